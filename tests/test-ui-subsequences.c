/* test-ui-subsequences.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "deck-campaign-check.h"
#include "deck-campaign-check-list.h"
#include "deck-campaign-draft.h"
#include "deck-campaign-editor.h"
#include "deck-campaign-schedule-page.h"
#include "deck-client-campaigns.h"
#include "deck-client-subsequences.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-subsequence-conditions-page.h"
#include "deck-subsequences-dialog.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define SCHEDULE \
  "{\"schedules\": [{\"name\": \"Office\", \"timing\": {\"from\": \"09:00\", \"to\": \"17:00\"}," \
  " \"days\": {\"1\": true, \"2\": true}, \"timezone\": \"Europe/Belgrade\"}]}"

typedef struct
{
  DeckMockServer         *server;
  DeckWorkspace          *workspace;
  GtkWindow              *window;
  DeckCampaign           *campaign;
  DeckSubsequence        *subsequence;
  DeckSubsequencesDialog *dialog;
} Fixture;

static JsonObject *
object_from (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonObject) campaign = NULL;
  g_autoptr(JsonObject) subsequence = NULL;
  g_autofree char *text = NULL;

  fixture->server = deck_mock_server_new (4);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server), &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  campaign = object_from ("{\"name\": \"Parent\", \"campaign_schedule\": " SCHEDULE ","
                          " \"sequences\": [{\"steps\": [{\"type\": \"email\", \"delay\": 2,"
                          "   \"variants\": [{\"subject\": \"Hi\", \"body\": \"Hello\"}]}]}]}");
  deck_client_create_campaign_async (client, campaign, NULL, deck_test_store_result, &result);
  fixture->campaign = deck_client_create_campaign_finish (client, deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  text = g_strdup_printf ("{\"parent_campaign\": \"%s\", \"name\": \"Openers\","
                          " \"conditions\": {\"lead_activity\": [2]},"
                          " \"subsequence_schedule\": " SCHEDULE ","
                          " \"sequences\": [{\"steps\": [{\"type\": \"email\", \"delay\": 1, \"delay_unit\": \"days\","
                          "   \"variants\": [{\"subject\": \"Saw you opened\", \"body\": \"<div>Hi</div>\"}]}]}]}",
                          deck_campaign_get_id (fixture->campaign));
  subsequence = object_from (text);
  deck_client_create_subsequence_async (client, subsequence, NULL, deck_test_store_result, &result);
  fixture->subsequence = deck_client_create_subsequence_finish (client, deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);
  deck_mock_server_clear_request_log (fixture->server);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 800);
  gtk_window_present (fixture->window);

  fixture->dialog = g_object_ref_sink (DECK_SUBSEQUENCES_DIALOG (deck_subsequences_dialog_new (fixture->workspace,
                                                                                              fixture->campaign)));
  adw_dialog_present (ADW_DIALOG (fixture->dialog), GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckSubsequencesDialog *dialog = g_steal_pointer (&fixture->dialog);

  adw_dialog_force_close (ADW_DIALOG (dialog));
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (dialog);

  g_clear_object (&fixture->subsequence);
  g_clear_object (&fixture->campaign);
  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
dialog_idle (gpointer data)
{
  DeckSubsequencesDialog *dialog = data;

  return g_strcmp0 (deck_subsequences_dialog_get_state (dialog), "loading") != 0 &&
         !deck_subsequences_dialog_get_busy (dialog);
}

static gboolean
editor_idle (gpointer data)
{
  return !deck_campaign_editor_get_busy (data);
}

/* The PATCH bodies sent to /subsequences/{id}, in order. */
static GPtrArray *
patch_bodies (Fixture *fixture)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);
  g_autofree char *path = g_strdup_printf ("/api/v2/subsequences/%s", deck_subsequence_get_id (fixture->subsequence));
  GPtrArray *bodies = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (g_str_equal (json_object_get_string_member (entry, "method"), "PATCH") &&
          g_str_equal (json_object_get_string_member (entry, "path"), path))
        g_ptr_array_add (bodies, json_node_copy (json_object_get_member (entry, "body")));
    }

  return bodies;
}

static DeckCampaignEditor *
open_editor (Fixture *fixture)
{
  AdwDialog *editor;

  wait_until (dialog_idle, fixture->dialog);
  g_assert_cmpstr (deck_subsequences_dialog_get_state (fixture->dialog), ==, "list");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "subsequences.edit", "s",
                                             deck_subsequence_get_id (fixture->subsequence)));
  editor = deck_subsequences_dialog_get_editor (fixture->dialog);
  g_assert_true (DECK_IS_CAMPAIGN_EDITOR (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return DECK_CAMPAIGN_EDITOR (editor);
}

static void
test_sending_words (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *words;

  wait_until (dialog_idle, fixture->dialog);
  words = deck_subsequences_dialog_get_sending_words (fixture->dialog, deck_subsequence_get_id (fixture->subsequence));
  g_assert_nonnull (words);
  /* Words for a person, not a status code. */
  g_assert_cmpuint (strlen (words), >, 8);
  g_assert_null (strchr (words, '_'));
}

static void
test_edit_condition_and_schedule (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_editor (fixture);
  DeckSubsequenceConditionsPage *conditions;
  DeckCampaignSchedulePage *schedule;
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSubsequence) stored = NULL;
  g_autoptr(JsonNode) expected_conditions = json_from_string ("{\"lead_activity\": [2], \"crm_status\": [1]}", NULL);
  JsonObject *body;
  JsonObject *window;
  GtkWidget *row;
  GListModel *items;
  g_autoptr(DeckSubsequence) shown = NULL;

  g_assert_false (deck_campaign_editor_get_can_save (editor));
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "conditions");
  g_assert_null (deck_campaign_editor_get_page (editor, "senders"));

  conditions = DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions"));
  row = deck_subsequence_conditions_page_get_switch (conditions, "lead_activity", 2);
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (row)));

  /* On and off again is no change. */
  row = deck_subsequence_conditions_page_get_switch (conditions, "crm_status", 1);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), FALSE);
  g_assert_false (deck_campaign_editor_get_can_save (editor));

  /* "Interested" starts it too, and the window opens at 10:00. */
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  schedule = DECK_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_editor_get_page (editor, "schedule"));
  row = deck_campaign_schedule_page_locate (schedule, "subsequence_schedule", 0, -1, "from", FALSE);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "10:00");
  g_assert_true (deck_campaign_editor_get_can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  g_assert_null (deck_campaign_editor_get_error_message (editor));

  /* Exactly one PATCH, of exactly the two members that changed. */
  bodies = patch_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  body = json_node_get_object (g_ptr_array_index (bodies, 0));
  g_assert_cmpuint (json_object_get_size (body), ==, 2);
  g_assert_true (json_node_equal (json_object_get_member (body, "conditions"), expected_conditions));
  window = json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (body, "subsequence_schedule"),
                                                                        "schedules"), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (window, "timing"), "from"), ==, "10:00");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (window, "timing"), "to"), ==, "17:00");
  g_assert_cmpstr (json_object_get_string_member (window, "timezone"), ==, "Europe/Belgrade");

  /* The server holds it, the editor has nothing left to save, the list row follows. */
  deck_client_get_subsequence_async (deck_workspace_get_client (fixture->workspace),
                                     deck_subsequence_get_id (fixture->subsequence), NULL,
                                     deck_test_store_result, &result);
  stored = deck_client_get_subsequence_finish (deck_workspace_get_client (fixture->workspace),
                                               deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (json_object_get_member (deck_subsequence_get_json (stored), "conditions"),
                                  expected_conditions));
  g_assert_false (deck_campaign_editor_get_can_save (editor));
  g_assert_false (deck_campaign_draft_has_unsaved_changes (deck_campaign_editor_get_draft (editor)));

  items = deck_subsequences_dialog_get_items (fixture->dialog);
  shown = g_list_model_get_item (items, 0);
  g_assert_true (json_node_equal (json_object_get_member (deck_subsequence_get_json (shown), "conditions"),
                                  expected_conditions));
}

static void
test_server_error (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_editor (fixture);
  DeckCampaignDraft *draft = deck_campaign_editor_get_draft (editor);
  DeckCampaignSchedulePage *schedule;
  DeckSubsequenceConditionsPage *conditions;
  g_autoptr(GPtrArray) bodies = NULL;
  GtkWidget *row;

  /* A date the widgets would not let through, which the server refuses. */
  deck_campaign_draft_set_dates (draft, "2026-13-45", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);

  bodies = patch_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  g_assert_nonnull (deck_campaign_editor_get_error_message (editor));
  g_assert_nonnull (strstr (deck_campaign_editor_get_error_message (editor), "start_date"));

  schedule = DECK_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_editor_get_page (editor, "schedule"));
  row = deck_campaign_schedule_page_locate (schedule, "subsequence_schedule", -1, -1, "start_date", FALSE);
  g_assert_true (deck_campaign_editor_get_error_widget (editor) == row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "schedule");

  /* A condition value out of the spec's range: shown on the interest statuses. */
  deck_campaign_draft_set_dates (draft, NULL, NULL);
  deck_campaign_draft_set_condition (draft, "crm_status", 40000, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);

  g_clear_pointer (&bodies, g_ptr_array_unref);
  bodies = patch_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 2);
  g_assert_nonnull (strstr (deck_campaign_editor_get_error_message (editor), "crm_status"));
  conditions = DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions"));
  row = deck_subsequence_conditions_page_locate (conditions, "conditions", 0, "crm_status", FALSE);
  g_assert_true (deck_campaign_editor_get_error_widget (editor) == row);
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "conditions");
}

static void
test_no_condition (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_editor (fixture);
  DeckSubsequenceConditionsPage *conditions;
  g_autoptr(GPtrArray) bodies = NULL;
  GtkWidget *row;

  conditions = DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions"));
  row = deck_subsequence_conditions_page_get_switch (conditions, "lead_activity", 2);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), FALSE);
  g_assert_true (deck_campaign_editor_get_can_save (editor));

  /* Nothing would start it: refused before any request, next to the conditions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  bodies = patch_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 0);
  g_assert_true (deck_campaign_editor_get_error_widget (editor) == row);
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

static void
test_discard (Fixture       *fixture,
              gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_editor (fixture);
  gboolean closed = FALSE;
  AdwDialog *alert;
  GtkWidget *row;

  g_signal_connect_swapped (editor, "closed", G_CALLBACK (set_flag), &closed);

  row = deck_subsequence_conditions_page_locate (DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions")),
                                                 "conditions", -1, "reply_contains", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "yes");
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Escape or the close button: asked first. */
  adw_dialog_close (ADW_DIALOG (editor));
  alert = deck_campaign_editor_get_discard_dialog (editor);
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  g_assert_false (closed);

  g_signal_emit_by_name (alert, "response", "discard");
  adw_dialog_force_close (alert);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (closed);
}

/* The bodies POSTed to /subsequences, in order. */
static GPtrArray *
create_bodies (Fixture *fixture)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);
  GPtrArray *bodies = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (g_str_equal (json_object_get_string_member (entry, "method"), "POST") &&
          g_str_equal (json_object_get_string_member (entry, "path"), "/api/v2/subsequences"))
        g_ptr_array_add (bodies, json_node_copy (json_object_get_member (entry, "body")));
    }

  return bodies;
}

static DeckCampaignEditor *
open_new_editor (Fixture *fixture)
{
  AdwDialog *editor;

  wait_until (dialog_idle, fixture->dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "subsequences.new", NULL));
  editor = deck_subsequences_dialog_get_editor (fixture->dialog);
  g_assert_true (DECK_IS_CAMPAIGN_EDITOR (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return DECK_CAMPAIGN_EDITOR (editor);
}

static gboolean
check_list_has (DeckCampaignEditor *editor,
                DeckCheckKind       kind,
                const char         *field)
{
  DeckCampaignCheckList *list = deck_campaign_editor_get_check_list (editor);

  for (guint i = 0; i < deck_campaign_check_list_get_n_issues (list); i++)
    {
      const DeckCheckIssue *issue = deck_campaign_check_list_get_issue (list, i);

      if (issue->kind == kind && g_strcmp0 (issue->field, field) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_new_editor (fixture);
  DeckCampaignDraft *draft = deck_campaign_editor_get_draft (editor);
  DeckSubsequenceConditionsPage *conditions;
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(DeckSubsequence) shown = NULL;
  g_autofree char *text = NULL;
  GListModel *items = deck_subsequences_dialog_get_items (fixture->dialog);
  guint n = g_list_model_get_n_items (items);
  GtkWidget *row;

  /* A fresh subsequence of this campaign, on the Conditions page, one window in the
   * campaign's time zone to start from, nothing to lose yet. */
  g_assert_true (deck_campaign_draft_is_new (draft));
  g_assert_cmpstr (deck_campaign_draft_get_parent_campaign (draft), ==, deck_campaign_get_id (fixture->campaign));
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (editor)), ==, "New Subsequence");
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "conditions");
  g_assert_null (deck_campaign_editor_get_page (editor, "senders"));
  g_assert_nonnull (deck_campaign_editor_get_page (editor, "sequence"));
  g_assert_cmpuint (deck_campaign_draft_get_n_steps (draft), ==, 0);
  g_assert_cmpuint (deck_campaign_draft_get_n_schedules (draft), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (deck_campaign_draft_get_schedule (draft, 0), "timezone"), ==,
                   "Europe/Belgrade");
  g_assert_false (deck_campaign_draft_has_unsaved_changes (draft));

  /* The check list says what is missing. */
  g_assert_true (check_list_has (editor, DECK_CHECK_NO_STEPS, "sequences"));
  g_assert_true (check_list_has (editor, DECK_CHECK_NO_STEPS, "conditions"));

  deck_campaign_draft_set_name (draft, "Clickers");
  conditions = DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions"));
  row = deck_subsequence_conditions_page_get_switch (conditions, "lead_activity", 4);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  deck_campaign_draft_add_step (draft);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (check_list_has (editor, DECK_CHECK_EMPTY_SUBJECT, "sequences"));
  g_assert_true (check_list_has (editor, DECK_CHECK_EMPTY_BODY, "sequences"));
  g_assert_false (check_list_has (editor, DECK_CHECK_NO_STEPS, "conditions"));

  deck_campaign_draft_set_subject (draft, 0, 0, "Clicked through?");
  deck_campaign_draft_set_body (draft, 0, 0, "<div>Hi {{firstName}}</div>");
  deck_campaign_draft_set_schedule_name (draft, 0, "Weekdays");
  deck_campaign_draft_set_schedule_times (draft, 0, "10:00", "16:00");
  deck_campaign_draft_set_schedule_day (draft, 0, 6, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (deck_campaign_check_list_get_n_errors (deck_campaign_editor_get_check_list (editor)), ==, 0);
  g_assert_true (deck_campaign_editor_get_can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  g_assert_null (deck_campaign_editor_get_error_message (editor));

  /* Exactly the spec's CreateCampaign Subsequence body, once. */
  text = g_strdup_printf ("{\"parent_campaign\": \"%s\", \"name\": \"Clickers\","
                          " \"conditions\": {\"lead_activity\": [4]},"
                          " \"subsequence_schedule\": {\"schedules\": [{\"name\": \"Weekdays\","
                          "   \"timing\": {\"from\": \"10:00\", \"to\": \"16:00\"},"
                          "   \"days\": {\"0\": false, \"1\": true, \"2\": true, \"3\": true, \"4\": true,"
                          "            \"5\": true, \"6\": true},"
                          "   \"timezone\": \"Europe/Belgrade\"}]},"
                          " \"sequences\": [{\"steps\": [{\"type\": \"email\", \"delay\": 1, \"delay_unit\": \"days\","
                          "   \"variants\": [{\"subject\": \"Clicked through?\", \"body\": \"<div>Hi {{firstName}}</div>\"}]}]}]}",
                          deck_campaign_get_id (fixture->campaign));
  expected = json_from_string (text, NULL);
  bodies = create_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  if (!json_node_equal (g_ptr_array_index (bodies, 0), expected))
    g_error ("unexpected body: %s", json_to_string (g_ptr_array_index (bodies, 0), FALSE));

  /* The list shows it; the editor now edits it, with nothing left to save. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n + 1);
  shown = g_list_model_get_item (items, n);
  g_assert_cmpstr (deck_subsequence_get_name (shown), ==, "Clickers");
  g_assert_nonnull (deck_subsequence_get_id (shown));
  g_assert_false (deck_campaign_draft_is_new (draft));
  g_assert_cmpstr (deck_subsequence_get_id (deck_campaign_draft_get_subsequence (draft)), ==,
                   deck_subsequence_get_id (shown));
  g_assert_false (deck_campaign_draft_has_unsaved_changes (draft));
  g_assert_false (deck_campaign_editor_get_can_save (editor));
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (editor)), ==, "Clickers");

  /* A later save is a PATCH of that subsequence, not a second POST. */
  deck_campaign_draft_set_reply_contains (draft, "yes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  g_clear_pointer (&bodies, g_ptr_array_unref);
  bodies = create_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n + 1);
}

static void
test_create_server_error (Fixture       *fixture,
                          gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_new_editor (fixture);
  DeckCampaignDraft *draft = deck_campaign_editor_get_draft (editor);
  DeckSubsequenceConditionsPage *conditions;
  DeckCampaignSchedulePage *schedule;
  g_autoptr(GPtrArray) bodies = NULL;
  GListModel *items = deck_subsequences_dialog_get_items (fixture->dialog);
  guint n = g_list_model_get_n_items (items);
  GtkWidget *row;

  /* Nothing would start it: refused before any request, next to the conditions. */
  deck_campaign_draft_set_name (draft, "Refused");
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, 0, 0, "Hello");
  deck_campaign_draft_set_body (draft, 0, 0, "<div>Hi</div>");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  bodies = create_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 0);
  conditions = DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions"));
  g_assert_true (deck_campaign_editor_get_error_widget (editor) ==
                 deck_subsequence_conditions_page_locate (conditions, "conditions", -1, NULL, FALSE));

  /* An interest status out of the spec's range: the server's 400 is shown there. */
  deck_campaign_draft_set_condition (draft, "lead_activity", 2, TRUE);
  deck_campaign_draft_set_condition (draft, "crm_status", 40000, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  g_clear_pointer (&bodies, g_ptr_array_unref);
  bodies = create_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 1);
  g_assert_nonnull (deck_campaign_editor_get_error_message (editor));
  g_assert_nonnull (strstr (deck_campaign_editor_get_error_message (editor), "crm_status"));
  row = deck_subsequence_conditions_page_locate (conditions, "conditions", 0, "crm_status", FALSE);
  g_assert_true (deck_campaign_editor_get_error_widget (editor) == row);
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "conditions");
  g_assert_true (deck_campaign_draft_is_new (draft));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);

  /* A start date the server refuses: shown on the schedule. */
  deck_campaign_draft_set_condition (draft, "crm_status", 40000, FALSE);
  deck_campaign_draft_set_dates (draft, "2026-13-45", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_until (editor_idle, editor);
  g_assert_nonnull (strstr (deck_campaign_editor_get_error_message (editor), "start_date"));
  schedule = DECK_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_editor_get_page (editor, "schedule"));
  row = deck_campaign_schedule_page_locate (schedule, "subsequence_schedule", -1, -1, "start_date", FALSE);
  g_assert_true (deck_campaign_editor_get_error_widget (editor) == row);
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (editor), ==, "schedule");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
}

static void
test_create_discard (Fixture       *fixture,
                     gconstpointer  user_data)
{
  DeckCampaignEditor *editor = open_new_editor (fixture);
  g_autoptr(DeckCampaignEditor) first = NULL;
  g_autoptr(GPtrArray) bodies = NULL;
  gboolean closed = FALSE;
  AdwDialog *alert;
  GtkWidget *row;

  /* Untouched: closes without asking. */
  g_signal_connect_swapped (editor, "closed", G_CALLBACK (set_flag), &closed);
  first = g_object_ref (editor);
  adw_dialog_close (ADW_DIALOG (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (deck_campaign_editor_get_discard_dialog (first));
  g_assert_true (closed);
  g_assert_null (deck_subsequences_dialog_get_editor (fixture->dialog));

  /* Touched: asked first. */
  editor = open_new_editor (fixture);
  closed = FALSE;
  g_signal_connect_swapped (editor, "closed", G_CALLBACK (set_flag), &closed);
  row = deck_subsequence_conditions_page_locate (DECK_SUBSEQUENCE_CONDITIONS_PAGE (deck_campaign_editor_get_page (editor, "conditions")),
                                                 "conditions", -1, "reply_contains", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "yes");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  adw_dialog_close (ADW_DIALOG (editor));
  alert = deck_campaign_editor_get_discard_dialog (editor);
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  g_assert_false (closed);

  g_signal_emit_by_name (alert, "response", "discard");
  adw_dialog_force_close (alert);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (closed);
  bodies = create_bodies (fixture);
  g_assert_cmpuint (bodies->len, ==, 0);
}

/* The mock refuses what the spec's CreateCampaign Subsequence refuses. */
static void
test_mock_validates_create (Fixture       *fixture,
                            gconstpointer  user_data)
{
  DeckClient *client = deck_workspace_get_client (fixture->workspace);
  const struct {
    gboolean    with_parent;
    const char *text;
  } cases[] = {
    /* conditions missing */
    { TRUE, "{\"name\": \"A\"}" },
    /* a member the schema does not have */
    { TRUE, "{\"name\": \"A\", \"conditions\": {\"lead_activity\": [2]}, \"open_tracking\": true}" },
    /* an activity outside the enum */
    { TRUE, "{\"name\": \"A\", \"conditions\": {\"lead_activity\": [3]}}" },
    /* parent_campaign missing */
    { FALSE, "{\"name\": \"A\", \"conditions\": {\"lead_activity\": [2]}}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonObject) body = object_from (cases[i].text);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DeckSubsequence) created = NULL;

      if (cases[i].with_parent)
        json_object_set_string_member (body, "parent_campaign", deck_campaign_get_id (fixture->campaign));
      deck_client_create_subsequence_async (client, body, NULL, deck_test_store_result, &result);
      created = deck_client_create_subsequence_finish (client, deck_test_wait_result (&result, 20000), &error);
      g_assert_null (created);
      g_assert_nonnull (error);
    }
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
      g_test_add_func ("/ui/subsequences/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/subsequences/sending-words", Fixture, NULL, fixture_set_up, test_sending_words, fixture_tear_down);
  g_test_add ("/ui/subsequences/edit-condition-and-schedule", Fixture, NULL, fixture_set_up, test_edit_condition_and_schedule, fixture_tear_down);
  g_test_add ("/ui/subsequences/server-error", Fixture, NULL, fixture_set_up, test_server_error, fixture_tear_down);
  g_test_add ("/ui/subsequences/no-condition", Fixture, NULL, fixture_set_up, test_no_condition, fixture_tear_down);
  g_test_add ("/ui/subsequences/discard", Fixture, NULL, fixture_set_up, test_discard, fixture_tear_down);
  g_test_add ("/ui/subsequences/create", Fixture, NULL, fixture_set_up, test_create, fixture_tear_down);
  g_test_add ("/ui/subsequences/create-server-error", Fixture, NULL, fixture_set_up, test_create_server_error, fixture_tear_down);
  g_test_add ("/ui/subsequences/mock-validates-create", Fixture, NULL, fixture_set_up, test_mock_validates_create, fixture_tear_down);
  g_test_add ("/ui/subsequences/create-discard", Fixture, NULL, fixture_set_up, test_create_discard, fixture_tear_down);

  return g_test_run ();
}
