/* test-ui-campaigns.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "deck-campaign.h"
#include "deck-campaign-draft.h"
#include "deck-campaign-editor.h"
#include "deck-campaign-lead-dialog.h"
#include "deck-campaigns-page.h"
#include "deck-client.h"
#include "deck-client-campaigns.h"
#include "deck-custom-tag.h"
#include "deck-mock-server.h"
#include "deck-subsequence.h"
#include "deck-subsequences-dialog.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define N_ACCOUNTS 12
#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer    *server;
  DeckWorkspace     *workspace;
  GtkWindow         *window;
  DeckCampaignsPage *page;
  AdwToast          *last_toast;
  guint              n_toasts;
} Fixture;

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until (Condition condition,
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (TIMEOUT_MS, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("condition not met after %u ms", TIMEOUT_MS);

  g_source_remove (id);
}

/* Lets the main loop run until nothing is pending, so a request that should not be
 * sent would have been. */
static void
drain (void)
{
  for (guint i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
  g_usleep (20000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
on_toast (Fixture  *fixture,
          AdwToast *toast)
{
  fixture->n_toasts++;
  g_set_object (&fixture->last_toast, toast);
}

static gboolean
page_settled (gpointer data)
{
  DeckCampaignsPage *page = data;
  const char *state = deck_campaigns_page_get_state (page);

  return !deck_campaigns_page_get_busy (page) &&
         (g_strcmp0 (state, "results") == 0 || g_strcmp0 (state, "no-matches") == 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  GtkWidget *overlay;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = DECK_CAMPAIGNS_PAGE (deck_campaigns_page_new ());
  deck_campaigns_page_set_undo_timeout (fixture->page, 0);
  g_signal_connect_swapped (fixture->page, "toast", G_CALLBACK (on_toast), fixture);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 700);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  gtk_window_present (fixture->window);

  deck_campaigns_page_set_workspace (fixture->page, fixture->workspace);
  wait_until (page_settled, fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckCampaignsPage *page = fixture->page;

  g_clear_object (&fixture->last_toast);
  if (fixture->window != NULL)
    {
      AdwDialog *dialog = deck_campaigns_page_get_dialog (page);

      if (dialog != NULL)
        adw_dialog_force_close (dialog);
      g_object_ref (page);
      gtk_window_destroy (fixture->window);
      g_assert_finalize_object (page);
    }

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

/* ------------------------------------------------------------------ helpers */

static GListModel *
page_rows (Fixture *fixture)
{
  return G_LIST_MODEL (deck_campaigns_page_get_selection (fixture->page));
}

static DeckCampaign *
find_row (Fixture    *fixture,
          const char *name)
{
  GListModel *rows = page_rows (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, i);

      if (g_strcmp0 (deck_campaign_get_name (campaign), name) == 0)
        return campaign;
    }

  return NULL;
}

static DeckCampaign *
find_by_status (Fixture *fixture,
                int      status)
{
  GListModel *rows = page_rows (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, i);

      if (deck_campaign_get_status (campaign) == status)
        return campaign;
    }

  return NULL;
}

static void
select_campaign (Fixture      *fixture,
                 DeckCampaign *campaign)
{
  g_assert_true (deck_campaigns_page_select (fixture->page, campaign));
  g_assert_true (deck_campaigns_page_get_selected (fixture->page) == campaign);
}

static DeckCampaign *
server_campaign (Fixture    *fixture,
                 const char *id,
                 GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  DeckClient *client = deck_workspace_get_client (fixture->workspace);

  deck_client_get_campaign_async (client, id, NULL, deck_test_store_result, &result);
  return deck_client_get_campaign_finish (client, deck_test_wait_result (&result, TIMEOUT_MS), error);
}

static guint
count_requests (Fixture    *fixture,
                const char *method,
                const char *path)
{
  return deck_mock_server_count_requests (fixture->server, method, path);
}

/* ------------------------------------------------------------------ tests */

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  GListModel *campaigns = deck_workspace_get_campaigns (fixture->workspace);
  GListModel *rows = page_rows (fixture);
  gint64 total_leads = 0;
  guint n = g_list_model_get_n_items (campaigns);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  g_assert_cmpstr (deck_campaigns_page_get_state (fixture->page), ==, "results");
  g_assert_cmpuint (count_requests (fixture, "GET", "/api/v2/campaigns/analytics"), >=, 1);

  /* Every campaign has its figures, joined by id, and a status in words. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, i);
      g_autofree char *status = deck_campaign_status_to_string (deck_campaign_get_status (campaign));
      DeckCampaignFigures figures;

      g_assert_true (deck_campaigns_page_get_figures (fixture->page, deck_campaign_get_id (campaign), &figures));
      g_assert_cmpint (figures.leads, >=, 0);
      g_assert_cmpint (figures.sent, >=, 0);
      g_assert_cmpint (figures.contacted, <=, figures.leads);
      g_assert_null (strstr (status, "Unknown"));
      total_leads += figures.leads;
    }
  g_assert_cmpint (total_leads, >, 0);

  /* Sorting by a figure orders the rows by it. */
  {
    GtkColumnView *view = deck_campaigns_page_get_column_view (fixture->page);
    GListModel *columns = gtk_column_view_get_columns (view);
    g_autoptr(GtkColumnViewColumn) leads = g_list_model_get_item (columns, 2);
    gint64 previous = -1;

    gtk_column_view_sort_by_column (view, leads, GTK_SORT_ASCENDING);
    wait_until (page_settled, fixture->page);
    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, i);
        DeckCampaignFigures figures;

        deck_campaigns_page_get_figures (fixture->page, deck_campaign_get_id (campaign), &figures);
        g_assert_cmpint (figures.leads, >=, previous);
        previous = figures.leads;
      }
  }
}

typedef struct
{
  Fixture *fixture;
  guint    n;
  gboolean fewer;
} SearchWait;

/* The entry reports a change after a short delay. */
static gboolean
search_applied (gpointer data)
{
  SearchWait *wait = data;
  guint n = g_list_model_get_n_items (page_rows (wait->fixture));

  return page_settled (wait->fixture->page) &&
         (wait->fewer ? n < wait->n : n == wait->n);
}

static void
test_search_and_filters (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GListModel *rows = page_rows (fixture);
  GListModel *campaigns = deck_workspace_get_campaigns (fixture->workspace);
  guint n = g_list_model_get_n_items (campaigns);
  guint n_drafts = 0;
  g_autoptr(DeckCampaign) first = g_list_model_get_item (campaigns, 0);
  g_autofree char *needle = g_utf8_strup (deck_campaign_get_name (first), 6);
  SearchWait search;

  /* Search as you type, by name, ignoring case. */
  search.fixture = fixture;
  search.n = n;
  search.fewer = TRUE;
  gtk_editable_set_text (deck_campaigns_page_get_search_entry (fixture->page), needle);
  wait_until (search_applied, &search);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, n);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, i);
      g_autofree char *name = g_utf8_strup (deck_campaign_get_name (campaign), -1);

      g_assert_nonnull (strstr (name, needle));
    }

  search.n = 0;
  search.fewer = FALSE;
  gtk_editable_set_text (deck_campaigns_page_get_search_entry (fixture->page), "no such campaign");
  wait_until (search_applied, &search);
  g_assert_cmpstr (deck_campaigns_page_get_state (fixture->page), ==, "no-matches");

  search.n = n;
  gtk_editable_set_text (deck_campaigns_page_get_search_entry (fixture->page), "");
  wait_until (search_applied, &search);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);

  /* Status filter. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);

      if (deck_campaign_get_status (campaign) == DECK_CAMPAIGN_STATUS_DRAFT)
        n_drafts++;
    }
  g_assert_cmpuint (n_drafts, >, 0);
  deck_campaigns_page_set_status_filter (fixture->page, DECK_CAMPAIGN_STATUS_DRAFT);
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_drafts);
  deck_campaigns_page_set_status_filter (fixture->page, DECK_CAMPAIGN_FILTER_ALL);
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);

  /* Tag filter: the server says which campaigns carry the tag. */
  {
    GListModel *tags = deck_workspace_get_custom_tags (fixture->workspace);
    g_autoptr(GError) error = NULL;
    g_autoptr(GAsyncResult) result = NULL;

    if (g_list_model_get_n_items (tags) == 0)
      {
        deck_workspace_load_custom_tags_async (fixture->workspace, NULL, deck_test_store_result, &result);
        deck_workspace_load_custom_tags_finish (fixture->workspace, deck_test_wait_result (&result, TIMEOUT_MS), &error);
        g_assert_no_error (error);
      }

    for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
      {
        g_autoptr(DeckCustomTag) tag = g_list_model_get_item (tags, i);
        g_autoptr(DeckPager) pager = deck_client_list_campaigns (deck_workspace_get_client (fixture->workspace),
                                                                 NULL, -1, deck_custom_tag_get_id (tag));
        g_autoptr(GAsyncResult) loaded = NULL;

        deck_pager_load_async (pager, NULL, deck_test_store_result, &loaded);
        deck_pager_load_finish (pager, deck_test_wait_result (&loaded, TIMEOUT_MS), &error);
        g_assert_no_error (error);

        deck_campaigns_page_set_tag_filter (fixture->page, deck_custom_tag_get_id (tag));
        wait_until (page_settled, fixture->page);
        g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                          g_list_model_get_n_items (deck_pager_get_model (pager)));
      }
    deck_campaigns_page_set_tag_filter (fixture->page, NULL);
    wait_until (page_settled, fixture->page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  }
}

/* A draft with a step, a schedule and a sender, created on the server. */
static DeckCampaign *
create_ready_draft (Fixture *fixture)
{
  DeckClient *client = deck_workspace_get_client (fixture->workspace);
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (NULL);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) account = NULL;
  DeckCampaign *created;
  guint step;

  deck_workspace_load_accounts_async (fixture->workspace, NULL, deck_test_store_result, &result);
  deck_workspace_load_accounts_finish (fixture->workspace, deck_test_wait_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (deck_workspace_get_accounts (fixture->workspace)); i++)
    {
      g_autoptr(DeckAccount) candidate = g_list_model_get_item (deck_workspace_get_accounts (fixture->workspace), i);

      if (deck_account_get_status (candidate) == DECK_ACCOUNT_STATUS_ACTIVE)
        {
          account = g_steal_pointer (&candidate);
          break;
        }
    }
  g_assert_nonnull (account);

  deck_campaign_draft_set_name (draft, "Ready Draft");
  step = deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, step, 0, "Hello {{firstName}}");
  deck_campaign_draft_set_body (draft, step, 0, "<div>Hi {{firstName}}, a short note.</div>");
  deck_campaign_draft_add_schedule (draft, "America/Chicago");
  {
    const char *senders[] = { deck_account_get_email (account), NULL };

    deck_campaign_draft_set_senders (draft, senders);
  }
  body = deck_campaign_draft_dup_create_body (draft);

  g_clear_object (&result);
  deck_client_create_campaign_async (client, body, NULL, deck_test_store_result, &result);
  created = deck_client_create_campaign_finish (client, deck_test_wait_result (&result, TIMEOUT_MS), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_campaign_get_status (created), ==, DECK_CAMPAIGN_STATUS_DRAFT);

  return created;
}

typedef struct
{
  DeckCampaign *campaign;
  int           status;
} StatusWait;

static gboolean
has_status (gpointer data)
{
  StatusWait *wait = data;

  return deck_campaign_get_status (wait->campaign) == wait->status;
}

static void
test_activate_pause (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) created = create_ready_draft (fixture);
  g_autoptr(DeckCampaign) on_server = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *activate_path = NULL;
  g_autofree char *pause_path = NULL;
  DeckCampaign *row;
  StatusWait wait;

  deck_campaigns_page_reload (fixture->page);
  wait_until (page_settled, fixture->page);
  row = deck_workspace_lookup_campaign (fixture->workspace, deck_campaign_get_id (created));
  g_assert_nonnull (row);
  select_campaign (fixture, row);

  activate_path = g_strdup_printf ("/api/v2/campaigns/%s/activate", deck_campaign_get_id (row));
  pause_path = g_strdup_printf ("/api/v2/campaigns/%s/pause", deck_campaign_get_id (row));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.activate", NULL));
  /* Nothing changes before the server answers. */
  g_assert_cmpint (deck_campaign_get_status (row), ==, DECK_CAMPAIGN_STATUS_DRAFT);
  wait.campaign = row;
  wait.status = DECK_CAMPAIGN_STATUS_ACTIVE;
  wait_until (has_status, &wait);
  g_assert_cmpuint (count_requests (fixture, "POST", activate_path), ==, 1);

  on_server = server_campaign (fixture, deck_campaign_get_id (row), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_campaign_get_status (on_server), ==, DECK_CAMPAIGN_STATUS_ACTIVE);
  g_clear_object (&on_server);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.pause", NULL));
  wait.status = DECK_CAMPAIGN_STATUS_PAUSED;
  wait_until (has_status, &wait);
  g_assert_cmpuint (count_requests (fixture, "POST", pause_path), ==, 1);

  on_server = server_campaign (fixture, deck_campaign_get_id (row), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_campaign_get_status (on_server), ==, DECK_CAMPAIGN_STATUS_PAUSED);
  g_assert_nonnull (fixture->last_toast);
}

static gboolean
no_pending_deletions (gpointer data)
{
  return deck_campaigns_page_get_n_pending_deletions (data) == 0;
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *rows = page_rows (fixture);
  guint n = g_list_model_get_n_items (rows);
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, 0);
  g_autofree char *path = g_strdup_printf ("/api/v2/campaigns/%s", deck_campaign_get_id (campaign));
  g_autoptr(AdwToast) toast = NULL;

  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.delete", NULL));
  toast = g_object_ref (fixture->last_toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), !=, NULL);

  /* Hidden at once, not yet deleted. */
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n - 1);
  g_assert_null (find_row (fixture, deck_campaign_get_name (campaign)));

  /* Undo, as the toast's button does; then the toast goes. */
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  g_assert_nonnull (find_row (fixture, deck_campaign_get_name (campaign)));

  drain ();
  g_assert_cmpuint (count_requests (fixture, "DELETE", path), ==, 0);
  g_assert_cmpuint (deck_campaigns_page_get_n_pending_deletions (fixture->page), ==, 0);

  /* Ctrl+Z's action undoes too. */
  g_clear_object (&toast);
  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.delete", NULL));
  toast = g_object_ref (fixture->last_toast);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.undo-delete", NULL));
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  drain ();
  g_assert_cmpuint (count_requests (fixture, "DELETE", path), ==, 0);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  user_data)
{
  GListModel *rows = page_rows (fixture);
  GListModel *campaigns = deck_workspace_get_campaigns (fixture->workspace);
  guint n = g_list_model_get_n_items (campaigns);
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (rows, 1);
  g_autofree char *id = g_strdup (deck_campaign_get_id (campaign));
  g_autofree char *path = g_strdup_printf ("/api/v2/campaigns/%s", id);
  g_autoptr(DeckCampaign) on_server = NULL;
  g_autoptr(GError) error = NULL;

  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.delete", NULL));
  g_assert_cmpuint (count_requests (fixture, "DELETE", path), ==, 0);

  /* The toast goes without Undo: now it is sent. */
  adw_toast_dismiss (fixture->last_toast);
  wait_until (no_pending_deletions, fixture->page);
  g_assert_cmpuint (count_requests (fixture, "DELETE", path), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, n - 1);
  g_assert_null (deck_workspace_lookup_campaign (fixture->workspace, id));

  on_server = server_campaign (fixture, id, &error);
  g_assert_null (on_server);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

typedef struct
{
  Fixture    *fixture;
  const char *path;
  const char *id;
} RequestWait;

static gboolean
campaign_gone (gpointer data)
{
  RequestWait *wait = data;

  return deck_workspace_lookup_campaign (wait->fixture->workspace, wait->id) == NULL;
}

static gboolean
request_seen (gpointer data)
{
  RequestWait *wait = data;

  return count_requests (wait->fixture, "DELETE", wait->path) == 1;
}

static void
test_delete_on_close (Fixture       *fixture,
                      gconstpointer  user_data)
{
  DeckCampaignsPage *page = g_object_ref (fixture->page);
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (page_rows (fixture), 0);
  g_autofree char *path = g_strdup_printf ("/api/v2/campaigns/%s", deck_campaign_get_id (campaign));
  RequestWait wait = { fixture, path, NULL };

  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "campaigns.delete", NULL));
  g_clear_object (&fixture->last_toast);

  /* Closing the window sends what was not undone. */
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  g_assert_finalize_object (page);
  wait_until (request_seen, &wait);
  /* The answer still lands in the workspace, without the page. */
  wait.id = deck_campaign_get_id (campaign);
  wait_until (campaign_gone, &wait);
  g_assert_cmpuint (count_requests (fixture, "DELETE", path), ==, 1);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
has_n_items (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  user_data)
{
  GListModel *campaigns = deck_workspace_get_campaigns (fixture->workspace);
  guint n = g_list_model_get_n_items (campaigns);
  g_autoptr(DeckCampaign) source = g_list_model_get_item (page_rows (fixture), 0);
  g_autofree char *expected = g_strdup_printf ("%s (copy)", deck_campaign_get_name (source));
  CountWait wait = { campaigns, n + 1 };
  AdwDialog *dialog;
  DeckCampaign *copy;
  g_autoptr(DeckCampaign) on_server = NULL;
  g_autoptr(GError) error = NULL;

  select_campaign (fixture, source);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.duplicate", NULL));
  dialog = deck_campaigns_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", "duplicate");
  adw_dialog_force_close (dialog);

  wait_until (has_n_items, &wait);
  wait_until (page_settled, fixture->page);
  copy = deck_campaigns_page_get_selected (fixture->page);
  g_assert_nonnull (copy);
  g_assert_true (copy != source);
  g_assert_cmpstr (deck_campaign_get_name (copy), ==, expected);

  on_server = server_campaign (fixture, deck_campaign_get_id (copy), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_campaign_get_name (on_server), ==, expected);

  /* With a name of the person's choice. */
  wait.n = n + 2;
  deck_campaigns_page_duplicate (fixture->page, source, "Second Copy");
  wait_until (has_n_items, &wait);
  wait_until (page_settled, fixture->page);
  g_assert_nonnull (find_row (fixture, "Second Copy"));
}

typedef struct
{
  GFile *file;
} FileWait;

static gboolean
file_written (gpointer data)
{
  return g_file_query_exists (((FileWait *) data)->file, NULL);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (page_rows (fixture), 0);
  g_autofree char *dir = g_dir_make_tmp ("instadeck-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "campaign.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  FileWait wait = { file };

  deck_campaigns_page_export (fixture->page, campaign, file);
  wait_until (file_written, &wait);
  /* The toast says it is done once the file is complete. */
  while (fixture->last_toast == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  /* Pretty-printed. */
  g_assert_nonnull (strstr (contents, "\n  \""));
  json_parser_load_from_data (parser, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
banner_revealed (gpointer data)
{
  return adw_banner_get_revealed (data);
}

static void
test_banner (Fixture       *fixture,
             gconstpointer  user_data)
{
  DeckCampaign *paused = find_by_status (fixture, DECK_CAMPAIGN_STATUS_PAUSED);
  AdwBanner *banner = deck_campaigns_page_get_banner (fixture->page);
  g_autofree char *path = NULL;

  g_assert_nonnull (paused);
  g_assert_false (adw_banner_get_revealed (banner));

  select_campaign (fixture, paused);
  wait_until (banner_revealed, banner);
  g_assert_cmpstr (adw_banner_get_title (banner), !=, "");
  path = g_strdup_printf ("/api/v2/campaigns/%s/sending-status", deck_campaign_get_id (paused));
  while (count_requests (fixture, "GET", path) == 0)
    g_main_context_iteration (NULL, TRUE);
  drain ();
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (banner)), ==, "campaigns.activate");

  /* Unselected: no banner. */
  gtk_selection_model_unselect_all (deck_campaigns_page_get_selection (fixture->page));
  g_assert_false (adw_banner_get_revealed (banner));
}

static gboolean
lead_search_done (gpointer data)
{
  const char *state = deck_campaign_lead_dialog_get_state (data);

  return g_strcmp0 (state, "searching") != 0;
}

static void
test_find_by_lead (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckCampaignLeadDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.find-by-lead", NULL));
  dialog = DECK_CAMPAIGN_LEAD_DIALOG (deck_campaigns_page_get_dialog (fixture->page));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (deck_campaign_lead_dialog_get_state (dialog), ==, "start");

  deck_campaign_lead_dialog_search (dialog, "nobody-at-all@example.org");
  wait_until (lead_search_done, dialog);
  g_assert_cmpstr (deck_campaign_lead_dialog_get_state (dialog), ==, "none");
  g_assert_cmpuint (count_requests (fixture, "GET", "/api/v2/campaigns/search-by-contact"), ==, 1);
}

static gboolean
subsequences_idle (gpointer data)
{
  DeckSubsequencesDialog *dialog = data;

  return !deck_subsequences_dialog_get_busy (dialog) &&
         g_strcmp0 (deck_subsequences_dialog_get_state (dialog), "loading") != 0;
}

static void
test_subsequences (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (page_rows (fixture), 0);
  DeckSubsequencesDialog *dialog;
  GListModel *items;
  guint n;
  const int activity[] = { 2 };
  CountWait wait;

  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.subsequences", NULL));
  dialog = DECK_SUBSEQUENCES_DIALOG (deck_campaigns_page_get_dialog (fixture->page));
  g_assert_nonnull (dialog);
  wait_until (subsequences_idle, dialog);
  g_assert_cmpstr (deck_subsequences_dialog_get_state (dialog), !=, "error");

  items = deck_subsequences_dialog_get_items (dialog);
  n = g_list_model_get_n_items (items);
  deck_subsequences_dialog_create (dialog, "Openers", activity, 1, NULL, 0, NULL,
                                   "Saw you opened my note", "Hi {{firstName}},\nany thoughts?", 2);
  wait.model = items;
  wait.n = n + 1;
  wait_until (has_n_items, &wait);
  wait_until (subsequences_idle, dialog);
  g_assert_cmpuint (count_requests (fixture, "POST", "/api/v2/subsequences"), ==, 1);

  {
    g_autoptr(DeckSubsequence) created = g_list_model_get_item (items, n);
    g_autofree char *path = g_strdup_printf ("/api/v2/subsequences/%s/pause", deck_subsequence_get_id (created));

    g_assert_cmpstr (deck_subsequence_get_name (created), ==, "Openers");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "subsequences.pause", "s",
                                               deck_subsequence_get_id (created)));
    wait_until (subsequences_idle, dialog);
    g_assert_cmpuint (count_requests (fixture, "POST", path), ==, 1);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "subsequences.duplicate", "s",
                                               deck_subsequence_get_id (created)));
    wait.n = n + 2;
    wait_until (has_n_items, &wait);
  }
}

static void
test_editor (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (page_rows (fixture), 0);
  AdwDialog *dialog;

  /* New opens the editor on a new campaign; Edit (and Return) on the selected one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.new", NULL));
  dialog = deck_campaigns_page_get_dialog (fixture->page);
  g_assert_true (DECK_IS_CAMPAIGN_EDITOR (dialog));
  g_assert_true (deck_campaign_draft_is_new (deck_campaign_editor_get_draft (DECK_CAMPAIGN_EDITOR (dialog))));
  adw_dialog_force_close (dialog);

  select_campaign (fixture, campaign);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "campaigns.edit", NULL));
  dialog = deck_campaigns_page_get_dialog (fixture->page);
  g_assert_true (DECK_IS_CAMPAIGN_EDITOR (dialog));
  g_assert_false (deck_campaign_draft_is_new (deck_campaign_editor_get_draft (DECK_CAMPAIGN_EDITOR (dialog))));
  g_assert_true (deck_campaign_draft_get_campaign (deck_campaign_editor_get_draft (DECK_CAMPAIGN_EDITOR (dialog))) == campaign);
  adw_dialog_force_close (dialog);
}

static void
test_skip (void)
{
  g_test_skip ("No display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/campaigns/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/campaigns/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/ui/campaigns/search-and-filters", Fixture, NULL,
              fixture_set_up, test_search_and_filters, fixture_tear_down);
  g_test_add ("/ui/campaigns/activate-pause", Fixture, NULL,
              fixture_set_up, test_activate_pause, fixture_tear_down);
  g_test_add ("/ui/campaigns/delete-undo", Fixture, NULL,
              fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/ui/campaigns/delete", Fixture, NULL, fixture_set_up, test_delete, fixture_tear_down);
  g_test_add ("/ui/campaigns/delete-on-close", Fixture, NULL,
              fixture_set_up, test_delete_on_close, fixture_tear_down);
  g_test_add ("/ui/campaigns/duplicate", Fixture, NULL,
              fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/ui/campaigns/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ui/campaigns/banner", Fixture, NULL, fixture_set_up, test_banner, fixture_tear_down);
  g_test_add ("/ui/campaigns/find-by-lead", Fixture, NULL,
              fixture_set_up, test_find_by_lead, fixture_tear_down);
  g_test_add ("/ui/campaigns/editor", Fixture, NULL, fixture_set_up, test_editor, fixture_tear_down);
  g_test_add ("/ui/campaigns/subsequences", Fixture, NULL,
              fixture_set_up, test_subsequences, fixture_tear_down);

  return g_test_run ();
}
