/* test-ui-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "deck-client.h"
#include "deck-csv.h"
#include "deck-lead.h"
#include "deck-lead-create-dialog.h"
#include "deck-lead-details.h"
#include "deck-lead-move-dialog.h"
#include "deck-lead-set.h"
#include "deck-leads-page.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define N_ACCOUNTS 6
#define N_LEADS 200
#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer *server;
  DeckWorkspace  *workspace;
  GtkWindow      *window;
  DeckLeadsPage  *page;
  guint           n_toasts;
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

static gboolean
page_settled (gpointer data)
{
  DeckLeadsPage *page = data;
  DeckLeadSet *set = deck_leads_page_get_lead_set (page);

  return set != NULL && deck_lead_set_get_complete (set) && !deck_leads_page_get_busy (page);
}

static gboolean
lists_loaded (gpointer data)
{
  Fixture *fixture = data;

  return g_list_model_get_n_items (deck_workspace_get_lead_lists (fixture->workspace)) > 0 &&
         !deck_workspace_get_lead_lists_loading (fixture->workspace) &&
         !deck_workspace_get_campaigns_loading (fixture->workspace);
}

static void
on_toast (Fixture  *fixture,
          AdwToast *toast)
{
  fixture->n_toasts++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  GtkWidget *overlay;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_set_n_leads (fixture->server, N_LEADS);
  deck_mock_server_set_job_duration (fixture->server, 30);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = DECK_LEADS_PAGE (deck_leads_page_new ());
  deck_leads_page_set_job_interval (fixture->page, 20);
  g_signal_connect_swapped (fixture->page, "toast", G_CALLBACK (on_toast), fixture);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 700);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  gtk_window_present (fixture->window);

  g_test_message ("loading");
  deck_leads_page_set_workspace (fixture->page, fixture->workspace);
  wait_until (page_settled, fixture->page);
  wait_until (lists_loaded, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckLeadsPage *page = fixture->page;
  AdwDialog *dialog = deck_leads_page_get_dialog (page);

  if (dialog != NULL)
    adw_dialog_force_close (dialog);
  g_object_ref (page);
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static guint
n_shown (DeckLeadsPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (deck_leads_page_get_selection (page)));
}

static DeckLead *
shown_lead (DeckLeadsPage *page,
            guint          position)
{
  g_autoptr(DeckLead) lead = g_list_model_get_item (G_LIST_MODEL (deck_leads_page_get_selection (page)),
                                                    position);

  return lead;
}

static gboolean
json_array_has_email (JsonArray  *leads,
                      const char *email)
{
  for (guint i = 0; i < json_array_get_length (leads); i++)
    {
      JsonObject *lead = json_array_get_object_element (leads, i);

      if (g_ascii_strcasecmp (json_object_get_string_member_with_default (lead, "email", ""), email) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_loads_every_lead (Fixture       *fixture,
                       gconstpointer  user_data)
{
  DeckLeadSet *set = deck_leads_page_get_lead_set (fixture->page);
  g_autofree char *count = g_strdup_printf ("%u", N_LEADS);

  g_assert_cmpuint (deck_lead_set_get_n_loaded (set), ==, N_LEADS);
  g_assert_cmpuint (n_shown (fixture->page), ==, N_LEADS);
  g_assert_cmpstr (deck_leads_page_get_state (fixture->page), ==, "results");
  /* The status line names the count. */
  g_assert_nonnull (strstr (deck_leads_page_get_count_text (fixture->page), count));
}

static void
test_search_as_you_type (Fixture       *fixture,
                         gconstpointer  user_data)
{
  DeckLead *lead = shown_lead (fixture->page, 17);
  g_autofree char *email = g_strdup (deck_lead_get_email (lead));
  g_autofree char *upper = g_ascii_strup (email, -1);

  /* Any case finds it; the filter runs in slices. */
  deck_leads_page_set_search_mode (fixture->page, TRUE);
  gtk_editable_set_text (deck_leads_page_get_search_entry (fixture->page), upper);
  g_signal_emit_by_name (deck_leads_page_get_search_entry (fixture->page), "search-changed");
  wait_until (page_settled, fixture->page);

  g_assert_cmpuint (n_shown (fixture->page), >=, 1);
  for (guint i = 0; i < n_shown (fixture->page); i++)
    g_assert_true (deck_lead_matches (shown_lead (fixture->page, i), email));
  g_assert_nonnull (strstr (deck_leads_page_get_count_text (fixture->page), "shown"));

  gtk_editable_set_text (deck_leads_page_get_search_entry (fixture->page), "");
  g_signal_emit_by_name (deck_leads_page_get_search_entry (fixture->page), "search-changed");
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (n_shown (fixture->page), ==, N_LEADS);
}

static void
test_filter_and_move (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GListModel *lists = deck_workspace_get_lead_lists (fixture->workspace);
  g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, 0);
  const char *list_id = deck_lead_list_get_id (list);
  GtkSelectionModel *selection = deck_leads_page_get_selection (fixture->page);
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonArray) in_list = NULL;
  AdwDialog *dialog;
  guint n_before;

  deck_leads_page_set_status_filter (fixture->page, DECK_LEAD_STATUS_ACTIVE);
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (n_shown (fixture->page), >, 3);
  g_assert_cmpuint (n_shown (fixture->page), <, N_LEADS);
  for (guint i = 0; i < n_shown (fixture->page); i++)
    g_assert_cmpint (deck_lead_get_status (shown_lead (fixture->page, i)), ==, DECK_LEAD_STATUS_ACTIVE);

  /* Three leads of the filtered view that are not in the list yet. */
  for (guint i = 0; i < n_shown (fixture->page) && emails->len < 3; i++)
    {
      DeckLead *lead = shown_lead (fixture->page, i);

      if (g_strcmp0 (deck_lead_get_list_id (lead), list_id) == 0 || deck_lead_get_email (lead) == NULL ||
          (deck_lead_get_campaign (lead) == NULL && deck_lead_get_list_id (lead) == NULL))
        continue;
      gtk_selection_model_select_item (selection, i, FALSE);
      g_ptr_array_add (emails, g_strdup (deck_lead_get_email (lead)));
    }
  g_assert_cmpuint (emails->len, ==, 3);

  in_list = deck_mock_server_dup_leads_in (fixture->server, list_id);
  n_before = json_array_get_length (in_list);
  for (guint i = 0; i < emails->len; i++)
    g_assert_false (json_array_has_email (in_list, g_ptr_array_index (emails, i)));
  g_clear_pointer (&in_list, json_array_unref);

  /* Through the action and its dialog, as a person does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "leads.move", NULL));
  dialog = deck_leads_page_get_dialog (fixture->page);
  g_assert_true (DECK_IS_LEAD_MOVE_DIALOG (dialog));
  g_assert_true (deck_lead_move_dialog_select (DECK_LEAD_MOVE_DIALOG (dialog), NULL, list_id));
  g_signal_emit_by_name (dialog, "response", "go");
  adw_dialog_force_close (dialog);

  g_assert_cmpuint (deck_leads_page_get_n_operations (fixture->page), ==, 1);
  wait_until (page_settled, fixture->page);

  in_list = deck_mock_server_dup_leads_in (fixture->server, list_id);
  for (guint i = 0; i < emails->len; i++)
    g_assert_true (json_array_has_email (in_list, g_ptr_array_index (emails, i)));
  g_assert_cmpuint (json_array_get_length (in_list), ==, n_before + 3);
  g_assert_true (g_str_has_prefix (deck_leads_page_get_last_toast (fixture->page), "3 leads moved to"));
}

static gboolean
details_idle (gpointer data)
{
  return !deck_lead_details_get_busy (DECK_LEAD_DETAILS (data));
}

static void
test_details_edit (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckLead *lead = shown_lead (fixture->page, 3);
  g_autofree char *id = g_strdup (deck_lead_get_id (lead));
  g_autoptr(JsonNode) stored = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(JsonObject) changes = NULL;
  JsonObject *object;
  JsonObject *payload;
  AdwDialog *dialog;

  dialog = deck_leads_page_open_details (fixture->page, lead);
  g_assert_true (DECK_IS_LEAD_DETAILS (dialog));
  wait_until (details_idle, dialog);
  g_assert_null (deck_lead_details_dup_changes (DECK_LEAD_DETAILS (dialog)));

  deck_lead_details_set_field (DECK_LEAD_DETAILS (dialog), "first_name", "Ada");
  deck_lead_details_set_custom_variable (DECK_LEAD_DETAILS (dialog), "favourite_colour", "green");
  deck_lead_details_set_interest (DECK_LEAD_DETAILS (dialog), 1);
  deck_lead_details_save (DECK_LEAD_DETAILS (dialog));
  wait_until (details_idle, dialog);

  stored = deck_mock_server_dup_lead (fixture->server, id);
  object = json_node_get_object (stored);
  g_assert_cmpstr (json_object_get_string_member (object, "first_name"), ==, "Ada");
  g_assert_cmpint (json_object_get_int_member (object, "lt_interest_status"), ==, 1);
  payload = json_object_get_object_member (object, "payload");
  g_assert_cmpstr (json_object_get_string_member (payload, "favourite_colour"), ==, "green");
  /* The row shows the server's answer: the same object, updated in place. */
  g_assert_cmpstr (deck_lead_get_first_name (lead), ==, "Ada");

  /* After the save, the form holds no changes; a new edit is one. */
  g_assert_null (deck_lead_details_dup_changes (DECK_LEAD_DETAILS (dialog)));
  deck_lead_details_set_custom_variable (DECK_LEAD_DETAILS (dialog), "favourite_colour", "blue");
  changes = deck_lead_details_dup_changes (DECK_LEAD_DETAILS (dialog));
  g_assert_nonnull (changes);
  problem = deck_lead_details_dup_problem (DECK_LEAD_DETAILS (dialog));
  g_assert_null (problem);

  adw_dialog_force_close (dialog);
}

static void
test_delete_counts (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkSelectionModel *selection = deck_leads_page_get_selection (fixture->page);
  g_autofree char *first = g_strdup (deck_lead_get_id (shown_lead (fixture->page, 0)));
  g_autofree char *second = g_strdup (deck_lead_get_id (shown_lead (fixture->page, 1)));
  g_autoptr(JsonNode) gone = NULL;
  AdwDialog *dialog;

  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "leads.delete", NULL));
  dialog = deck_leads_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "Delete 2 Leads?");
  g_signal_emit_by_name (dialog, "response", "delete");
  adw_dialog_force_close (dialog);
  wait_until (page_settled, fixture->page);

  gone = deck_mock_server_dup_lead (fixture->server, first);
  g_assert_null (gone);
  gone = deck_mock_server_dup_lead (fixture->server, second);
  g_assert_null (gone);
  g_assert_cmpuint (n_shown (fixture->page), ==, N_LEADS - 2);
  g_assert_cmpstr (deck_leads_page_get_last_toast (fixture->page), ==, "2 leads deleted");
}

static void
test_create_lead (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *lists = deck_workspace_get_lead_lists (fixture->workspace);
  g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, 0);
  g_autoptr(JsonNode) stored = NULL;
  g_autofree char *problem = NULL;
  AdwDialog *dialog;

  deck_leads_page_set_scope (fixture->page, DECK_LEAD_SCOPE_LIST, deck_lead_list_get_id (list));
  wait_until (page_settled, fixture->page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "leads.new", NULL));
  dialog = deck_leads_page_get_dialog (fixture->page);
  g_assert_true (DECK_IS_LEAD_CREATE_DIALOG (dialog));

  deck_lead_create_dialog_set_field (DECK_LEAD_CREATE_DIALOG (dialog), "email", "not an address");
  problem = deck_lead_create_dialog_dup_problem (DECK_LEAD_CREATE_DIALOG (dialog));
  g_assert_nonnull (problem);

  deck_lead_create_dialog_set_field (DECK_LEAD_CREATE_DIALOG (dialog), "email", "grace@example.org");
  deck_lead_create_dialog_set_field (DECK_LEAD_CREATE_DIALOG (dialog), "first_name", "Grace");
  g_clear_pointer (&problem, g_free);
  problem = deck_lead_create_dialog_dup_problem (DECK_LEAD_CREATE_DIALOG (dialog));
  g_assert_null (problem);
  g_object_ref (dialog);
  deck_lead_create_dialog_submit (DECK_LEAD_CREATE_DIALOG (dialog));
  while (deck_leads_page_get_last_toast (fixture->page) == NULL ||
         !g_str_has_prefix (deck_leads_page_get_last_toast (fixture->page), "Lead grace"))
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (dialog);

  stored = deck_mock_server_dup_lead (fixture->server, "grace@example.org");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (stored), "list_id"), ==,
                   deck_lead_list_get_id (list));
  /* It joins the list's view at once. */
  g_assert_nonnull (deck_lead_set_lookup (deck_leads_page_get_lead_set (fixture->page),
                                          json_object_get_string_member (json_node_get_object (stored), "id")));
}

static void
test_block_list (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkSelectionModel *selection = deck_leads_page_get_selection (fixture->page);
  g_autofree char *email = g_strdup (deck_lead_get_email (shown_lead (fixture->page, 5)));
  g_autoptr(JsonArray) entries = NULL;
  gboolean found = FALSE;
  AdwDialog *dialog;

  gtk_selection_model_select_item (selection, 5, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "leads.block", NULL));
  dialog = deck_leads_page_get_dialog (fixture->page);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "Block 1 Address?");
  g_signal_emit_by_name (dialog, "response", "block");
  adw_dialog_force_close (dialog);
  wait_until (page_settled, fixture->page);

  entries = deck_mock_server_dup_block_list (fixture->server);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      found |= g_ascii_strcasecmp (json_object_get_string_member (entry, "bl_value"), email) == 0;
    }
  g_assert_true (found);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkColumnView *view = deck_leads_page_get_column_view (fixture->page);
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n_visible = 0;

  gtk_window_set_default_size (fixture->window, 400, 700);
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        n_visible++;
    }
  /* Email and status stay; the rest folds away. */
  g_assert_cmpuint (n_visible, <=, 3);
}

static gboolean
toast_shown (gpointer data)
{
  Fixture *fixture = data;

  return fixture->n_toasts > 0 && !deck_leads_page_get_busy (fixture->page);
}

/* The first shown row from @from on whose lead the mock has opens or replies (the
 * shown order need not be the same from run to run). */
static guint
first_active_position (Fixture *fixture,
                       guint    from)
{
  for (guint i = from; i < n_shown (fixture->page); i++)
    {
      g_autoptr(JsonNode) node = deck_mock_server_dup_lead (fixture->server, deck_lead_get_id (shown_lead (fixture->page, i)));
      JsonObject *object = json_node_get_object (node);

      if (json_object_get_int_member (object, "email_open_count") + json_object_get_int_member (object, "email_reply_count") > 0)
        return i;
    }
  g_error ("no shown lead has any activity");
  return 0;
}

static void
test_merge_two (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkSelectionModel *selection = deck_leads_page_get_selection (fixture->page);
  DeckLeadSet *set = deck_leads_page_get_lead_set (fixture->page);
  guint gone_position = first_active_position (fixture, 1);
  g_autofree char *keep_id = g_strdup (deck_lead_get_id (shown_lead (fixture->page, 0)));
  g_autofree char *gone_id = g_strdup (deck_lead_get_id (shown_lead (fixture->page, gone_position)));
  g_autoptr(JsonNode) keep_before = deck_mock_server_dup_lead (fixture->server, keep_id);
  g_autoptr(JsonNode) gone_before = deck_mock_server_dup_lead (fixture->server, gone_id);
  g_autoptr(JsonNode) kept = NULL;
  g_autoptr(JsonNode) gone = NULL;
  JsonObject *keep_object = json_node_get_object (keep_before);
  JsonObject *gone_object = json_node_get_object (gone_before);
  gint64 opens = json_object_get_int_member (keep_object, "email_open_count") +
                 json_object_get_int_member (gone_object, "email_open_count");
  gint64 replies = json_object_get_int_member (keep_object, "email_reply_count") +
                   json_object_get_int_member (gone_object, "email_reply_count");
  DeckLead *row;
  AdwDialog *dialog;

  g_assert_cmpstr (keep_id, !=, gone_id);
  g_test_message ("merging %s (opens %" G_GINT64_FORMAT ", replies %" G_GINT64_FORMAT ") into %s",
                  gone_id, json_object_get_int_member (gone_object, "email_open_count"),
                  json_object_get_int_member (gone_object, "email_reply_count"), keep_id);
  /* The source has activity of its own, so the sum below says something. */
  g_assert_cmpint (opens + replies, >, json_object_get_int_member (keep_object, "email_open_count") +
                                       json_object_get_int_member (keep_object, "email_reply_count"));
  fixture->n_toasts = 0;

  /* Two selected: the action asks which one to keep; the first is the default. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, gone_position, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "leads.merge", NULL));
  dialog = deck_leads_page_get_dialog (fixture->page);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "Merge Two Leads?");
  g_signal_emit_by_name (dialog, "response", "merge");
  adw_dialog_force_close (dialog);
  g_assert_cmpuint (deck_leads_page_get_n_operations (fixture->page), ==, 1);
  wait_until (toast_shown, fixture);
  g_assert_nonnull (strstr (deck_leads_page_get_last_toast (fixture->page), " merged into "));

  /* The mock: the source is gone, the destination adds up the activity. */
  gone = deck_mock_server_dup_lead (fixture->server, gone_id);
  g_assert_null (gone);
  kept = deck_mock_server_dup_lead (fixture->server, keep_id);
  g_assert_nonnull (kept);
  g_assert_cmpstr (json_object_get_string_member_with_default (json_node_get_object (kept), "email", NULL), ==,
                   json_object_get_string_member_with_default (keep_object, "email", NULL));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (kept), "email_open_count"), ==, opens);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (kept), "email_reply_count"), ==, replies);

  /* The page: one row fewer, the kept row shows the server's answer. */
  g_assert_null (deck_lead_set_lookup (set, gone_id));
  row = deck_lead_set_lookup (set, keep_id);
  g_assert_nonnull (row);
  g_assert_cmpuint (deck_lead_get_email_open_count (row), ==, opens);
  g_assert_cmpuint (deck_lead_get_email_reply_count (row), ==, replies);
  g_assert_cmpuint (n_shown (fixture->page), ==, N_LEADS - 1);
  for (guint i = 0; i < n_shown (fixture->page); i++)
    g_assert_cmpstr (deck_lead_get_id (shown_lead (fixture->page, i)), !=, gone_id);
}

static int
column_of (DeckCsvTable *table,
           const char   *name)
{
  for (guint i = 0; table->header[i] != NULL; i++)
    if (g_str_equal (table->header[i], name))
      return i;
  return -1;
}

static const char *
member_or_empty (JsonObject *object,
                 const char *name)
{
  const char *value = json_object_get_string_member_with_default (object, name, NULL);

  return value != NULL ? value : "";
}

/* The seeded leads of a small workspace all sit in campaigns: the export test fills
 * a list itself, with names and a variable beyond ASCII. */
static void
add_list_lead (Fixture    *fixture,
               const char *list_id,
               const char *email,
               const char *first_name,
               const char *last_name,
               const char *colour)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckLead) lead = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *res = NULL;

  json_object_set_string_member (body, "list_id", list_id);
  json_object_set_string_member (body, "email", email);
  json_object_set_string_member (body, "first_name", first_name);
  json_object_set_string_member (body, "last_name", last_name);
  if (colour != NULL)
    {
      JsonObject *variables = json_object_new ();

      json_object_set_string_member (variables, "favourite_colour", colour);
      json_object_set_object_member (body, "custom_variables", variables);
    }
  deck_client_create_lead_async (deck_workspace_get_client (fixture->workspace), body, NULL,
                                 deck_test_store_result, &res);
  result = deck_test_wait_result (&res, TIMEOUT_MS);
  lead = deck_client_create_lead_finish (deck_workspace_get_client (fixture->workspace), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lead);
}

static void
test_export_list (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *lists = deck_workspace_get_lead_lists (fixture->workspace);
  g_autoptr(DeckLeadList) list = NULL;
  g_autoptr(JsonArray) in_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCsvTable) table = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  const char *list_id = NULL;
  gsize length;
  int email_column, first_column, last_column, id_column, colour_column;
  guint n_utf8 = 0;
  guint n_custom = 0;

  list = g_list_model_get_item (lists, 0);
  list_id = deck_lead_list_get_id (list);
  add_list_lead (fixture, list_id, "zoe.muller@example.org", "Zoë", "Müller", "grün");
  add_list_lead (fixture, list_id, "lukasz.yilmaz@example.org", "Łukasz", "Yılmaz", NULL);
  add_list_lead (fixture, list_id, "ada@example.org", "Ada", "Lovelace", "blue");
  in_list = deck_mock_server_dup_leads_in (fixture->server, list_id);
  g_assert_cmpuint (json_array_get_length (in_list), >=, 3);

  deck_leads_page_set_scope (fixture->page, DECK_LEAD_SCOPE_LIST, list_id);
  wait_until (page_settled, fixture->page);
  g_assert_cmpuint (n_shown (fixture->page), ==, json_array_get_length (in_list));

  dir = g_dir_make_tmp ("test-ui-leads-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "leads.csv", NULL);
  file = g_file_new_for_path (path);

  fixture->n_toasts = 0;
  deck_leads_page_export (fixture->page, file);
  wait_until (toast_shown, fixture);
  g_assert_cmpuint (deck_leads_page_get_n_operations (fixture->page), ==, 0);
  g_assert_nonnull (strstr (deck_leads_page_get_last_toast (fixture->page), "exported to “leads.csv”"));

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  table = deck_csv_parse (contents, length, ',', &error);
  g_assert_no_error (error);

  /* One header row, one row per lead of the list. */
  g_assert_nonnull (table->header);
  g_assert_cmpuint (deck_csv_table_get_n_rows (table), ==, json_array_get_length (in_list));
  g_assert_cmpuint (table->ragged_rows->len, ==, 0);
  email_column = column_of (table, "Email");
  first_column = column_of (table, "First Name");
  last_column = column_of (table, "Last Name");
  id_column = column_of (table, "ID");
  colour_column = column_of (table, "favourite_colour");
  g_assert_cmpint (email_column, >=, 0);
  g_assert_cmpint (first_column, >=, 0);
  g_assert_cmpint (last_column, >=, 0);
  g_assert_cmpint (id_column, >=, 0);
  /* A custom variable has a column of its own. */
  g_assert_cmpint (colour_column, >=, 0);

  for (guint i = 0; i < deck_csv_table_get_n_rows (table); i++)
    {
      const char *id = deck_csv_table_get (table, i, id_column);

      g_assert_false (g_hash_table_contains (rows, id));
      g_hash_table_insert (rows, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < json_array_get_length (in_list); i++)
    {
      JsonObject *lead = json_array_get_object_element (in_list, i);
      const char *id = json_object_get_string_member (lead, "id");
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, id));
      JsonObject *payload = json_object_get_object_member (lead, "payload");
      const char *first_name = member_or_empty (lead, "first_name");
      const char *last_name = member_or_empty (lead, "last_name");

      g_assert_cmpuint (row, >, 0);
      row--;
      g_assert_cmpstr (deck_csv_table_get (table, row, email_column), ==, member_or_empty (lead, "email"));
      /* Names go through byte for byte, accents and all. */
      g_assert_cmpstr (deck_csv_table_get (table, row, first_column), ==, first_name);
      g_assert_cmpstr (deck_csv_table_get (table, row, last_column), ==, last_name);
      if (!g_str_is_ascii (first_name) || !g_str_is_ascii (last_name))
        n_utf8++;
      if (payload != NULL && json_object_has_member (payload, "favourite_colour"))
        {
          g_assert_cmpstr (deck_csv_table_get (table, row, colour_column), ==,
                           json_object_get_string_member (payload, "favourite_colour"));
          n_custom++;
        }
    }
  g_assert_cmpuint (n_utf8, >, 0);
  g_assert_cmpuint (n_custom, ==, 2);

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
clear_view (Fixture *fixture)
{
  gtk_selection_model_unselect_all (deck_leads_page_get_selection (fixture->page));
  deck_leads_page_set_status_filter (fixture->page, DECK_LEADS_FILTER_ANY);
  deck_leads_page_set_scope (fixture->page, DECK_LEAD_SCOPE_WORKSPACE, NULL);
  wait_until (page_settled, fixture->page);
}

static void
test_every_step (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_test_message ("%s", "loads_every_lead");
  test_loads_every_lead (fixture, user_data);
  g_test_message ("%s", "search_as_you_type");
  test_search_as_you_type (fixture, user_data);
  g_test_message ("%s", "details_edit");
  test_details_edit (fixture, user_data);
  g_test_message ("%s", "block_list");
  test_block_list (fixture, user_data);
  clear_view (fixture);
  g_test_message ("%s", "delete_counts");
  test_delete_counts (fixture, user_data);
  clear_view (fixture);
  g_test_message ("%s", "filter_and_move");
  test_filter_and_move (fixture, user_data);
  clear_view (fixture);
  g_test_message ("%s", "create_lead");
  test_create_lead (fixture, user_data);
  g_test_message ("%s", "narrow");
  test_narrow (fixture, user_data);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  /* One workspace for every step: seeding the mock is the expensive part under ASan. */
  g_test_add ("/ui/leads/every-step", Fixture, NULL, fixture_set_up, test_every_step, fixture_tear_down);
  g_test_add ("/ui/leads/merge-two", Fixture, NULL, fixture_set_up, test_merge_two, fixture_tear_down);
  g_test_add ("/ui/leads/export-list", Fixture, NULL, fixture_set_up, test_export_list, fixture_tear_down);

  return g_test_run ();
}
