/* test-ui-lead-lists.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "deck-block-list-entry.h"
#include "deck-block-list-page.h"
#include "deck-client-leads.h"
#include "deck-jobs-panel.h"
#include "deck-lead-labels-page.h"
#include "deck-lead-lists-page.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer *server;
  DeckWorkspace  *workspace;
  GtkWindow      *window;
  GtkWidget      *page;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  GType (*get_type) (void) = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;

  fixture->server = deck_mock_server_new (4);
  deck_mock_server_set_job_duration (fixture->server, 300);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server), &error);
  g_assert_no_error (error);
  deck_client_set_rate_limit (client, 0, 1);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = g_object_new (get_type (), NULL);
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->page);
  gtk_window_present (fixture->window);
  g_object_set (fixture->page, "workspace", fixture->workspace, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWidget *page = g_object_ref (fixture->page);

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static const char *
page_state (GtkWidget *page)
{
  if (DECK_IS_LEAD_LISTS_PAGE (page))
    return deck_lead_lists_page_get_state (DECK_LEAD_LISTS_PAGE (page));
  if (DECK_IS_LEAD_LABELS_PAGE (page))
    return deck_lead_labels_page_get_state (DECK_LEAD_LABELS_PAGE (page));
  if (DECK_IS_BLOCK_LIST_PAGE (page))
    return deck_block_list_page_get_state (DECK_BLOCK_LIST_PAGE (page));
  return deck_jobs_panel_get_state (DECK_JOBS_PANEL (page));
}

static gboolean
page_busy (GtkWidget *page)
{
  if (DECK_IS_LEAD_LISTS_PAGE (page))
    return deck_lead_lists_page_get_busy (DECK_LEAD_LISTS_PAGE (page));
  if (DECK_IS_LEAD_LABELS_PAGE (page))
    return deck_lead_labels_page_get_busy (DECK_LEAD_LABELS_PAGE (page));
  if (DECK_IS_BLOCK_LIST_PAGE (page))
    return deck_block_list_page_get_busy (DECK_BLOCK_LIST_PAGE (page));
  return deck_jobs_panel_get_busy (DECK_JOBS_PANEL (page));
}

static gboolean
page_idle (gpointer data)
{
  GtkWidget *page = data;

  return !page_busy (page) && g_strcmp0 (page_state (page), "loading") != 0;
}

static void
activate (GtkWidget  *page,
          const char *action,
          const char *format,
          ...)
{
  GVariant *parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  if (parameter != NULL)
    g_variant_ref_sink (parameter);
  g_assert_true (gtk_widget_activate_action_variant (page, action, parameter));
  g_clear_pointer (&parameter, g_variant_unref);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, page);
}

static void
confirm (AdwDialog *dialog)
{
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpint (adw_alert_dialog_get_response_appearance (ADW_ALERT_DIALOG (dialog), "confirm"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  g_signal_emit_by_name (dialog, "response", "confirm");
  adw_dialog_force_close (dialog);
}

static JsonObject *
find_by (JsonArray  *array,
         const char *member,
         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }

  return NULL;
}

/* ------------------------------------------------------------------ lead lists */

static gboolean
lists_counted (gpointer data)
{
  Fixture *fixture = data;
  GListModel *model = deck_workspace_get_lead_lists (fixture->workspace);

  if (!page_idle (fixture->page))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckLeadList) list = g_list_model_get_item (model, i);

      if (deck_lead_list_get_n_leads (list) < 0)
        return FALSE;
    }

  return TRUE;
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  user_data)
{
  DeckLeadListsPage *page = DECK_LEAD_LISTS_PAGE (fixture->page);
  GListModel *model = deck_workspace_get_lead_lists (fixture->workspace);
  g_autoptr(JsonArray) lists = NULL;
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(DeckLeadList) seeded = NULL;
  g_autofree char *id = NULL;
  g_autofree char *expected = NULL;
  const DeckLeadListStats *stats;
  JsonObject *created;
  AdwDialog *dialog;
  const char *body;
  guint n_before;

  wait_until (page_idle, fixture->page);
  g_assert_cmpstr (page_state (fixture->page), ==, "results");
  n_before = g_list_model_get_n_items (model);
  lists = deck_mock_server_dup_lead_lists (fixture->server);
  g_assert_cmpuint (n_before, ==, json_array_get_length (lists));
  g_assert_cmpuint (n_before, >, 0);

  /* Every list gets its count and breakdown. */
  wait_until (lists_counted, fixture);
  seeded = g_list_model_get_item (model, 0);
  stats = deck_lead_lists_page_get_stats (page, deck_lead_list_get_id (seeded));
  g_assert_nonnull (stats);
  g_assert_cmpint (stats->total_leads, ==, deck_lead_list_get_n_leads (seeded));
  g_assert_cmpint (stats->total_leads, >, 0);

  /* Create, through the dialog. */
  activate (fixture->page, "lists.new", NULL);
  dialog = deck_lead_lists_page_get_dialog (page);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_false (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog), "apply"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "deck-entry"), "  Trade Fair 2026 ");
  g_assert_true (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog), "apply"));
  g_signal_emit_by_name (dialog, "response", "apply");
  adw_dialog_force_close (dialog);
  wait_until (page_idle, fixture->page);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  after = deck_mock_server_dup_lead_lists (fixture->server);
  created = find_by (after, "name", "Trade Fair 2026");
  g_assert_nonnull (created);
  id = g_strdup (json_object_get_string_member (created, "id"));
  g_assert_nonnull (deck_workspace_lookup_lead_list (fixture->workspace, id));
  g_assert_nonnull (strstr (deck_lead_lists_page_get_last_toast (page), "Trade Fair 2026"));

  /* Rename. */
  activate (fixture->page, "lists.rename-to", "(ss)", id, "Trade Fair Leads");
  g_clear_pointer (&after, json_array_unref);
  after = deck_mock_server_dup_lead_lists (fixture->server);
  g_assert_nonnull (find_by (after, "name", "Trade Fair Leads"));
  g_assert_null (find_by (after, "name", "Trade Fair 2026"));
  g_assert_cmpstr (deck_lead_list_get_name (deck_workspace_lookup_lead_list (fixture->workspace, id)),
                   ==, "Trade Fair Leads");

  /* Delete a seeded list: the confirmation names its exact lead count. */
  activate (fixture->page, "lists.delete", "s", deck_lead_list_get_id (seeded));
  dialog = deck_lead_lists_page_get_dialog (page);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog));
  g_assert_nonnull (strstr (body, deck_lead_list_get_name (seeded)));
  {
    g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->server, deck_lead_list_get_id (seeded));

    expected = g_strdup_printf ("%u leads", json_array_get_length (leads));
  }
  g_assert_nonnull (strstr (body, expected));
  confirm (dialog);
  wait_until (page_idle, fixture->page);

  g_clear_pointer (&after, json_array_unref);
  after = deck_mock_server_dup_lead_lists (fixture->server);
  g_assert_null (find_by (after, "id", deck_lead_list_get_id (seeded)));
  g_assert_null (deck_workspace_lookup_lead_list (fixture->workspace, deck_lead_list_get_id (seeded)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
}

static void
test_lists_error (Fixture       *fixture,
                  gconstpointer  user_data)
{
  DeckLeadListsPage *page = DECK_LEAD_LISTS_PAGE (fixture->page);

  wait_until (page_idle, fixture->page);

  /* A failed rename leaves the list as it was and says why in plain words. */
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_SERVER_ERROR, "PATCH /api/v2/lead-lists/*", 1, -1, 0);
  {
    g_autoptr(DeckLeadList) list = g_list_model_get_item (deck_workspace_get_lead_lists (fixture->workspace), 0);
    g_autofree char *name = g_strdup (deck_lead_list_get_name (list));

    activate (fixture->page, "lists.rename-to", "(ss)", deck_lead_list_get_id (list), "Never");
    g_assert_cmpstr (deck_lead_list_get_name (list), ==, name);
    g_assert_true (g_str_has_prefix (deck_lead_lists_page_get_last_toast (page), "Could not rename"));
  }
}

/* ------------------------------------------------------------------ lead labels */

static void
test_labels (Fixture       *fixture,
             gconstpointer  user_data)
{
  DeckLeadLabelsPage *page = DECK_LEAD_LABELS_PAGE (fixture->page);
  GListModel *model = deck_workspace_get_lead_labels (fixture->workspace);
  g_autoptr(JsonArray) labels = NULL;
  AdwDialog *dialog;
  JsonObject *created;
  g_autofree char *id = NULL;
  guint n_before;

  wait_until (page_idle, fixture->page);
  g_assert_cmpstr (page_state (fixture->page), ==, "results");
  n_before = g_list_model_get_n_items (model);
  labels = deck_mock_server_dup_lead_labels (fixture->server);
  g_assert_cmpuint (n_before, ==, json_array_get_length (labels));

  /* Create, through the editor. */
  activate (fixture->page, "labels.new", NULL);
  dialog = deck_lead_labels_page_get_dialog (page);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (dialog), "deck-save")));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "deck-name"), "Trade Show Contact");
  adw_combo_row_set_selected (g_object_get_data (G_OBJECT (dialog), "deck-polarity"), 0);
  adw_switch_row_set_active (g_object_get_data (G_OBJECT (dialog), "deck-ai"), TRUE);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "deck-description"), "Asked for a call");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (dialog), "deck-save"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, fixture->page);

  g_clear_pointer (&labels, json_array_unref);
  labels = deck_mock_server_dup_lead_labels (fixture->server);
  created = find_by (labels, "label", "Trade Show Contact");
  g_assert_nonnull (created);
  g_assert_cmpstr (json_object_get_string_member (created, "interest_status_label"), ==, "positive");
  g_assert_true (json_object_get_boolean_member (created, "use_with_ai"));
  g_assert_cmpstr (json_object_get_string_member (created, "description"), ==, "Asked for a call");
  id = g_strdup (json_object_get_string_member (created, "id"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);

  /* Edit: only what changed is sent. */
  activate (fixture->page, "labels.save", "(sssbs)", id, "Trade Show Contact", "negative", TRUE, "Asked for a call");
  g_clear_pointer (&labels, json_array_unref);
  labels = deck_mock_server_dup_lead_labels (fixture->server);
  created = find_by (labels, "id", id);
  g_assert_cmpstr (json_object_get_string_member (created, "interest_status_label"), ==, "negative");
  g_assert_cmpstr (deck_lead_label_get_interest_status_label (deck_workspace_lookup_lead_label (fixture->workspace, id)),
                   ==, "negative");
  {
    g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);
    JsonObject *last = json_array_get_object_element (log, json_array_get_length (log) - 1);
    JsonObject *body = json_object_get_object_member (last, "body");

    g_assert_cmpstr (json_object_get_string_member (last, "method"), ==, "PATCH");
    g_assert_cmpuint (json_object_get_size (body), ==, 1);
    g_assert_true (json_object_has_member (body, "interest_status_label"));
  }

  /* The editor opens on the label as it is. */
  activate (fixture->page, "labels.edit", "s", id);
  dialog = deck_lead_labels_page_get_dialog (page);
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "deck-name")), ==, "Trade Show Contact");
  g_assert_cmpuint (adw_combo_row_get_selected (g_object_get_data (G_OBJECT (dialog), "deck-polarity")), ==, 1);
  adw_dialog_force_close (dialog);

  /* Delete. */
  activate (fixture->page, "labels.delete", "s", id);
  confirm (deck_lead_labels_page_get_dialog (page));
  wait_until (page_idle, fixture->page);
  g_clear_pointer (&labels, json_array_unref);
  labels = deck_mock_server_dup_lead_labels (fixture->server);
  g_assert_null (find_by (labels, "id", id));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
}

/* ------------------------------------------------------------------ block list */

static void
test_block_list_parse (void)
{
  g_autoptr(GPtrArray) invalid = NULL;
  g_auto(GStrv) values = NULL;
  guint n_emails = 0, n_domains = 0;

  values = deck_block_list_parse ("a@b.example, spam.example\n\nBad Value;@c.example\nA@B.example  x@y\n",
                                  &n_emails, &n_domains, &invalid);
  g_assert_cmpuint (g_strv_length (values), ==, 3);
  g_assert_cmpstr (values[0], ==, "a@b.example");
  g_assert_cmpstr (values[1], ==, "spam.example");
  g_assert_cmpstr (values[2], ==, "c.example");
  g_assert_cmpuint (n_emails, ==, 1);
  g_assert_cmpuint (n_domains, ==, 2);
  /* "Bad", "Value" and "x@y" are neither. */
  g_assert_cmpuint (invalid->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (invalid, 2), ==, "x@y");
}

static void
test_block_list (Fixture       *fixture,
                 gconstpointer  user_data)
{
  DeckBlockListPage *page = DECK_BLOCK_LIST_PAGE (fixture->page);
  GtkSelectionModel *selection = deck_block_list_page_get_selection (page);
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(GString) pasted = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextView *view;
  AdwDialog *dialog;
  const char *summary;
  guint n_before;

  wait_until (page_idle, fixture->page);
  g_assert_cmpstr (page_state (fixture->page), ==, "results");
  before = deck_mock_server_dup_block_list (fixture->server);
  n_before = json_array_get_length (before);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_before);

  /* Paste 120 emails and 30 domains, and two bad lines (the client's batching has
   * tests of its own). */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (pasted, "person%u@pasted.example\n", i);
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (pasted, "domain%u.example, ", i);
  g_string_append (pasted, "\nnot valid\n");

  activate (fixture->page, "block-list.add", NULL);
  dialog = deck_block_list_page_get_dialog (page);
  view = g_object_get_data (G_OBJECT (dialog), "deck-text");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), pasted->str, -1);
  summary = gtk_label_get_text (g_object_get_data (G_OBJECT (dialog), "deck-summary"));
  g_assert_nonnull (strstr (summary, "120 emails"));
  g_assert_nonnull (strstr (summary, "30 domains"));
  g_assert_nonnull (strstr (summary, "2 values are not valid"));
  g_assert_nonnull (strstr (summary, "“not”"));
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (dialog), "deck-add"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, fixture->page);

  after = deck_mock_server_dup_block_list (fixture->server);
  g_assert_cmpuint (json_array_get_length (after), ==, n_before + 150);
  g_assert_nonnull (find_by (after, "bl_value", "person119@pasted.example"));
  g_assert_nonnull (find_by (after, "bl_value", "domain29.example"));
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "POST",
                                                     "/api/v2/block-lists-entries/bulk-create"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_before + 150);
  g_assert_nonnull (strstr (deck_block_list_page_get_last_toast (page), "150 entries blocked"));

  /* Domains only. */
  deck_block_list_page_set_domains_only (page, TRUE);
  wait_until (page_idle, fixture->page);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(DeckBlockListEntry) entry = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_true (deck_block_list_entry_get_is_domain (entry));
    }
  deck_block_list_page_set_domains_only (page, FALSE);
  wait_until (page_idle, fixture->page);

  /* Search, select all matches, unblock them. */
  deck_block_list_page_set_search (page, "pasted.example");
  wait_until (page_idle, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 120);
  gtk_selection_model_select_all (selection);
  activate (fixture->page, "block-list.delete-selected", NULL);
  dialog = deck_block_list_page_get_dialog (page);
  g_assert_nonnull (strstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), "120 "));
  confirm (dialog);
  wait_until (page_idle, fixture->page);

  g_clear_pointer (&after, json_array_unref);
  after = deck_mock_server_dup_block_list (fixture->server);
  g_assert_cmpuint (json_array_get_length (after), ==, n_before + 30);
  g_assert_null (find_by (after, "bl_value", "person5@pasted.example"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 0);
  g_assert_cmpstr (page_state (fixture->page), ==, "results");

  /* Download to a file. */
  path = g_build_filename (g_get_tmp_dir (), "instadeck-test-block-list.csv", NULL);
  activate (fixture->page, "block-list.download-to", "s", path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "domain29.example"));
  g_unlink (path);
}

/* ------------------------------------------------------------------ jobs */

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DeckBackgroundJob **job = user_data;
  g_autoptr(GError) error = NULL;

  *job = deck_client_move_leads_finish (DECK_CLIENT (source), result, &error);
  g_assert_no_error (error);
}

static gboolean
job_done (gpointer data)
{
  Fixture *fixture = data;
  GListModel *model = deck_jobs_panel_get_model (DECK_JOBS_PANEL (fixture->page));
  g_autoptr(DeckBackgroundJob) first = NULL;

  if (g_list_model_get_n_items (model) == 0)
    return FALSE;
  first = g_list_model_get_item (model, 0);

  return deck_background_job_is_finished (first) &&
         deck_jobs_panel_get_n_running (DECK_JOBS_PANEL (fixture->page)) == 0;
}

static void
test_jobs (Fixture       *fixture,
           gconstpointer  user_data)
{
  DeckJobsPanel *panel = DECK_JOBS_PANEL (fixture->page);
  DeckClient *client = deck_workspace_get_client (fixture->workspace);
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(DeckBackgroundJob) shown = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonArray) lists = deck_mock_server_dup_lead_lists (fixture->server);
  g_autofree char *text = NULL;
  const char *from = json_object_get_string_member (json_array_get_object_element (lists, 0), "id");
  const char *to = json_object_get_string_member (json_array_get_object_element (lists, 1), "id");
  gboolean running_seen = FALSE;

  wait_until (page_idle, fixture->page);

  /* Copy one list's leads into another: a move job. */
  query->list_id = g_strdup (from);
  deck_client_move_leads_async (client, query, NULL, to, TRUE, NULL, on_moved, &job);
  while (job == NULL)
    g_main_context_iteration (NULL, TRUE);

  activate (fixture->page, "jobs.reload", NULL);
  g_assert_cmpstr (page_state (fixture->page), ==, "results");
  shown = g_list_model_get_item (deck_jobs_panel_get_model (panel), 0);
  g_assert_cmpstr (deck_background_job_get_id (shown), ==, deck_background_job_get_id (job));
  running_seen = !deck_background_job_is_finished (shown) && deck_jobs_panel_get_n_running (panel) == 1;

  /* Followed to its end, in place. */
  wait_until (job_done, fixture);
  g_assert_true (running_seen || deck_background_job_is_finished (shown));
  g_assert_true (deck_background_job_is_success (shown));
  g_assert_cmpint (deck_background_job_get_progress (shown), ==, 100);
  text = deck_jobs_panel_dup_result_text (shown);
  g_assert_nonnull (text);
  if (running_seen)
    g_assert_nonnull (strstr (deck_jobs_panel_get_last_toast (panel), "done"));
}

/* ------------------------------------------------------------------ common */

static void
test_cancel_on_dispose (Fixture       *fixture,
                        gconstpointer  user_data)
{
  /* The page goes away with its first load in flight (see tear-down). */
  deck_mock_server_set_latency (fixture->server, 200);
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
  const struct {
    const char *name;
    GType     (*get_type) (void);
  } pages[] = {
    { "lists", deck_lead_lists_page_get_type },
    { "labels", deck_lead_labels_page_get_type },
    { "block-list", deck_block_list_page_get_type },
    { "jobs", deck_jobs_panel_get_type },
  };

  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/lead-lists/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/ui/lead-lists/block-list-parse", test_block_list_parse);
  g_test_add ("/ui/lead-lists/lists", Fixture, deck_lead_lists_page_get_type,
              fixture_set_up, test_lists, fixture_tear_down);
  g_test_add ("/ui/lead-lists/lists-error", Fixture, deck_lead_lists_page_get_type,
              fixture_set_up, test_lists_error, fixture_tear_down);
  g_test_add ("/ui/lead-lists/labels", Fixture, deck_lead_labels_page_get_type,
              fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/ui/lead-lists/block-list", Fixture, deck_block_list_page_get_type,
              fixture_set_up, test_block_list, fixture_tear_down);
  g_test_add ("/ui/lead-lists/jobs", Fixture, deck_jobs_panel_get_type,
              fixture_set_up, test_jobs, fixture_tear_down);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/lead-lists/%s/cancel-on-dispose", pages[i].name);

      g_test_add (path, Fixture, pages[i].get_type,
                  fixture_set_up, test_cancel_on_dispose, fixture_tear_down);
    }

  return g_test_run ();
}
