/* test-ui-campaign-editor.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "deck-api-error.h"
#include "deck-campaign-check-list.h"
#include "deck-campaign-check.h"
#include "deck-campaign-draft.h"
#include "deck-campaign-editor-util.h"
#include "deck-campaign-editor.h"
#include "deck-campaign-options-page.h"
#include "deck-campaign-schedule-page.h"
#include "deck-campaign-senders-page.h"
#include "deck-campaign-sequence-page.h"
#include "deck-client-campaigns.h"
#include "deck-client-leads.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-timezone-picker.h"
#include "deck-workspace.h"

#define N_ACCOUNTS 6

typedef struct
{
  DeckMockServer     *server;
  DeckWorkspace      *workspace;
  GtkWindow          *window;
  DeckCampaignEditor *editor;
  char               *sender;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckAccount) account = NULL;
  GListModel *accounts;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server), &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  deck_workspace_load_accounts_async (fixture->workspace, NULL, deck_test_store_result, &result);
  deck_workspace_load_accounts_finish (fixture->workspace, deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);

  /* A healthy account to send from. */
  accounts = deck_workspace_get_accounts (fixture->workspace);
  for (guint i = 0; i < g_list_model_get_n_items (accounts) && fixture->sender == NULL; i++)
    {
      g_autoptr(DeckAccount) candidate = g_list_model_get_item (accounts, i);

      if (deck_account_get_status (candidate) == 1)
        fixture->sender = g_strdup (deck_account_get_email (candidate));
    }
  g_assert_nonnull (fixture->sender);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 800);
  gtk_window_present (fixture->window);
}

static void
open_editor (Fixture      *fixture,
             DeckCampaign *campaign)
{
  fixture->editor = g_object_ref (deck_campaign_editor_new (fixture->workspace, campaign));
  adw_dialog_present (ADW_DIALOG (fixture->editor), GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->editor != NULL)
    {
      DeckCampaignEditor *editor = g_steal_pointer (&fixture->editor);

      adw_dialog_force_close (ADW_DIALOG (editor));
      gtk_window_destroy (fixture->window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_finalize_object (editor);
    }
  else
    {
      gtk_window_destroy (fixture->window);
    }

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
  g_free (fixture->sender);
}

static gboolean
editor_idle (gpointer data)
{
  return !deck_campaign_editor_get_busy (data);
}

static void
wait_saved (DeckCampaignEditor *editor)
{
  gboolean timed_out = FALSE;
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!editor_idle (editor) && !timed_out)
    {
      g_main_context_iteration (NULL, FALSE);
      timed_out = g_get_monotonic_time () > end;
    }
  g_assert_false (timed_out);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The body of the last request with @method to a path starting with @prefix. */
static JsonNode *
last_body (DeckMockServer *server,
           const char     *method,
           const char     *prefix,
           guint          *n_matching)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (server);
  JsonNode *body = NULL;

  *n_matching = 0;
  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (g_str_equal (json_object_get_string_member (entry, "method"), method) &&
          g_str_has_prefix (json_object_get_string_member (entry, "path"), prefix))
        {
          g_clear_pointer (&body, json_node_unref);
          body = json_node_copy (json_object_get_member (entry, "body"));
          (*n_matching)++;
        }
    }

  return body;
}

static void
assert_json_equal (JsonNode   *actual,
                   const char *expected_text)
{
  g_autoptr(JsonNode) expected = json_from_string (expected_text, NULL);
  g_autofree char *actual_text = json_to_string (actual, TRUE);

  g_assert_nonnull (expected);
  if (!json_node_equal (actual, expected))
    g_error ("JSON differs:\n%s\nexpected:\n%s", actual_text, expected_text);
}

/* Fills a new campaign through the pages, as a person would. */
static void
fill_campaign (Fixture    *fixture,
               const char *subject)
{
  DeckCampaignSequencePage *sequence = DECK_CAMPAIGN_SEQUENCE_PAGE (deck_campaign_editor_get_page (fixture->editor, "sequence"));
  DeckCampaignSchedulePage *schedule = DECK_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_editor_get_page (fixture->editor, "schedule"));
  DeckCampaignSendersPage *senders = DECK_CAMPAIGN_SENDERS_PAGE (deck_campaign_editor_get_page (fixture->editor, "senders"));
  GtkWidget *row, *body, *check;
  DeckTimezonePicker *picker;

  row = deck_campaign_sequence_page_locate (sequence, "name", -1, -1, NULL, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "Spring Outreach");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sequence), "sequence.add-step", NULL));
  row = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "subject", FALSE);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), subject);
  body = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "body", FALSE);
  g_assert_true (GTK_IS_TEXT_VIEW (body));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (body)), "Hi {{firstName}},\nsee you soon.", -1);

  /* The new campaign starts with one window; name it, set hours, pick a zone. */
  row = deck_campaign_schedule_page_locate (schedule, "campaign_schedule", 0, -1, "name", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "Weekdays");
  row = deck_campaign_schedule_page_locate (schedule, "campaign_schedule", 0, -1, "from", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "8:00");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "08:30");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  row = deck_campaign_schedule_page_locate (schedule, "campaign_schedule", 0, -1, "to", FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "16:00");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (deck_campaign_schedule_page_get_day_button (schedule, 0, 6)), TRUE);

  picker = deck_campaign_schedule_page_open_timezone_picker (schedule, 0);
  g_assert_nonnull (picker);
  deck_timezone_picker_set_search (picker, "detroit");
  g_assert_cmpuint (g_list_model_get_n_items (deck_timezone_picker_get_results (picker)), ==, 1);
  deck_timezone_picker_select (picker, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  check = deck_campaign_senders_page_get_check (senders, fixture->sender);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *html = deck_campaign_body_from_text ("Hi {{firstName}},\nsee you soon.");
  g_autofree char *expected = NULL;
  guint n_posts = 0;
  DeckCampaignCheckList *list;
  DeckCampaign *saved = NULL;

  open_editor (fixture, NULL);
  fill_campaign (fixture, "Hello {{firstName}}");

  list = deck_campaign_editor_get_check_list (fixture->editor);
  g_assert_cmpuint (deck_campaign_check_list_get_n_errors (list), ==, 0);
  g_assert_true (deck_campaign_editor_get_can_save (fixture->editor));

  g_signal_connect_swapped (fixture->editor, "saved", G_CALLBACK (g_set_object), &saved);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.save", NULL));
  wait_saved (fixture->editor);
  g_assert_null (deck_campaign_editor_get_error_message (fixture->editor));

  body = last_body (fixture->server, "POST", "/api/v2/campaigns", &n_posts);
  g_assert_cmpuint (n_posts, ==, 1);
  expected = g_strdup_printf ("{\"name\": \"Spring Outreach\","
                              " \"campaign_schedule\": {\"schedules\": [{\"name\": \"Weekdays\","
                              "   \"timing\": {\"from\": \"08:30\", \"to\": \"16:00\"},"
                              "   \"days\": {\"0\": false, \"1\": true, \"2\": true, \"3\": true, \"4\": true, \"5\": true, \"6\": true},"
                              "   \"timezone\": \"America/Detroit\"}]},"
                              " \"sequences\": [{\"steps\": [{\"type\": \"email\", \"delay\": 1, \"delay_unit\": \"days\","
                              "   \"variants\": [{\"subject\": \"Hello {{firstName}}\", \"body\": \"%s\"}]}]}],"
                              " \"email_list\": [\"%s\"]}",
                              html, fixture->sender);
  assert_json_equal (body, expected);

  /* The editor now edits the created campaign: nothing left to save. */
  g_assert_nonnull (saved);
  g_assert_false (deck_campaign_draft_is_new (deck_campaign_editor_get_draft (fixture->editor)));
  g_assert_false (deck_campaign_editor_get_can_save (fixture->editor));
  g_clear_object (&saved);
}

static void
test_check_blocks (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckCampaignCheckList *list;
  gboolean found = FALSE;
  guint n_posts = 0;
  g_autoptr(JsonNode) body = NULL;

  open_editor (fixture, NULL);
  fill_campaign (fixture, "");

  list = deck_campaign_editor_get_check_list (fixture->editor);
  g_assert_cmpuint (deck_campaign_check_list_get_n_errors (list), >, 0);
  for (guint i = 0; i < deck_campaign_check_list_get_n_issues (list); i++)
    {
      const DeckCheckIssue *issue = deck_campaign_check_list_get_issue (list, i);

      if (issue->kind == DECK_CHECK_EMPTY_SUBJECT)
        {
          g_assert_cmpint (issue->severity, ==, DECK_CHECK_SEVERITY_ERROR);
          g_assert_cmpint (issue->step, ==, 0);
          found = TRUE;

          /* Clicking the issue goes to the field. */
          gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.page", "s", "options");
          deck_campaign_check_list_activate (list, i);
          g_assert_cmpstr (deck_campaign_editor_get_visible_page (fixture->editor), ==, "sequence");
          break;
        }
    }
  g_assert_true (found);

  /* Save is refused before any request. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.save", NULL);
  wait_saved (fixture->editor);
  body = last_body (fixture->server, "POST", "/api/v2/campaigns", &n_posts);
  g_assert_cmpuint (n_posts, ==, 0);
}

static DeckCampaign *
create_on_server (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *text = g_strdup_printf ("{\"name\": \"Existing\","
                                           " \"campaign_schedule\": {\"schedules\": [{\"name\": \"Office\","
                                           "   \"timing\": {\"from\": \"09:00\", \"to\": \"17:00\"},"
                                           "   \"days\": {\"1\": true, \"2\": true}, \"timezone\": \"Europe/Belgrade\"}]},"
                                           " \"sequences\": [{\"steps\": [{\"type\": \"email\", \"delay\": 2,"
                                           "   \"variants\": [{\"subject\": \"Hi\", \"body\": \"Hello there\"}]}]}],"
                                           " \"email_list\": [\"%s\"], \"stop_on_reply\": false}",
                                           fixture->sender);
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  DeckCampaign *campaign;

  deck_client_create_campaign_async (deck_workspace_get_client (fixture->workspace),
                                     json_node_get_object (node), NULL, deck_test_store_result, &result);
  campaign = deck_client_create_campaign_finish (deck_workspace_get_client (fixture->workspace),
                                                 deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);
  deck_mock_server_clear_request_log (fixture->server);
  return campaign;
}

static void
test_patch_one_option (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = create_on_server (fixture);
  g_autoptr(JsonNode) body = NULL;
  DeckCampaignOptionsPage *options;
  GtkWidget *row;
  guint n_patches = 0;

  open_editor (fixture, campaign);
  g_assert_false (deck_campaign_editor_get_can_save (fixture->editor));

  options = DECK_CAMPAIGN_OPTIONS_PAGE (deck_campaign_editor_get_page (fixture->editor, "options"));
  row = deck_campaign_options_page_locate (options, "stop_on_reply", -1, -1, NULL, FALSE);
  g_assert_true (ADW_IS_SWITCH_ROW (row));
  g_assert_false (adw_switch_row_get_active (ADW_SWITCH_ROW (row)));

  /* On and off again is no change. */
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), FALSE);
  g_assert_false (deck_campaign_editor_get_can_save (fixture->editor));

  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  g_assert_true (deck_campaign_editor_get_can_save (fixture->editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.save", NULL));
  wait_saved (fixture->editor);
  g_assert_null (deck_campaign_editor_get_error_message (fixture->editor));

  body = last_body (fixture->server, "PATCH", "/api/v2/campaigns/", &n_patches);
  g_assert_cmpuint (n_patches, ==, 1);
  assert_json_equal (body, "{\"stop_on_reply\": true}");
  g_assert_false (deck_campaign_editor_get_can_save (fixture->editor));
}

static void
test_server_error (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = create_on_server (fixture);
  DeckCampaignSchedulePage *schedule;
  GtkWidget *row;
  guint n_patches = 0;
  g_autoptr(JsonNode) body = NULL;

  open_editor (fixture, campaign);

  /* A date the widgets would not let through, which the server refuses. */
  deck_campaign_draft_set_dates (deck_campaign_editor_get_draft (fixture->editor), "2026-13-45", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.save", NULL));
  wait_saved (fixture->editor);

  body = last_body (fixture->server, "PATCH", "/api/v2/campaigns/", &n_patches);
  g_assert_cmpuint (n_patches, ==, 1);
  g_assert_nonnull (deck_campaign_editor_get_error_message (fixture->editor));
  g_assert_nonnull (strstr (deck_campaign_editor_get_error_message (fixture->editor), "start_date"));

  /* Shown next to the start date, on the page that holds it. */
  schedule = DECK_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_editor_get_page (fixture->editor, "schedule"));
  row = deck_campaign_schedule_page_locate (schedule, "campaign_schedule", -1, -1, "start_date", FALSE);
  g_assert_true (deck_campaign_editor_get_error_widget (fixture->editor) == row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (deck_campaign_editor_get_visible_page (fixture->editor), ==, "schedule");
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

static void
answer (AdwDialog  *alert,
        const char *response)
{
  g_assert_true (ADW_IS_ALERT_DIALOG (alert));
  g_signal_emit_by_name (alert, "response", response);
  adw_dialog_force_close (alert);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_discard_question (Fixture       *fixture,
                       gconstpointer  user_data)
{
  gboolean closed = FALSE;
  GtkWidget *row;

  open_editor (fixture, NULL);
  g_signal_connect_swapped (fixture->editor, "closed", G_CALLBACK (set_flag), &closed);

  row = deck_campaign_sequence_page_locate (DECK_CAMPAIGN_SEQUENCE_PAGE (deck_campaign_editor_get_page (fixture->editor, "sequence")),
                                            "name", -1, -1, NULL, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "Half Written");
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Escape, the close button: asked first; Keep Editing keeps everything. */
  adw_dialog_close (ADW_DIALOG (fixture->editor));
  g_assert_nonnull (deck_campaign_editor_get_discard_dialog (fixture->editor));
  g_assert_false (closed);
  answer (deck_campaign_editor_get_discard_dialog (fixture->editor), "keep");
  g_assert_false (closed);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Half Written");

  adw_dialog_close (ADW_DIALOG (fixture->editor));
  g_assert_nonnull (deck_campaign_editor_get_discard_dialog (fixture->editor));
  answer (deck_campaign_editor_get_discard_dialog (fixture->editor), "discard");
  g_assert_true (closed);
}

static void
test_close_unchanged (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = create_on_server (fixture);
  gboolean closed = FALSE;

  /* A new campaign that nobody touched (its default window is not an edit). */
  open_editor (fixture, NULL);
  g_signal_connect_swapped (fixture->editor, "closed", G_CALLBACK (set_flag), &closed);
  adw_dialog_close (ADW_DIALOG (fixture->editor));
  g_assert_null (deck_campaign_editor_get_discard_dialog (fixture->editor));
  g_assert_true (closed);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->editor);

  /* An existing one, changed and changed back. */
  closed = FALSE;
  open_editor (fixture, campaign);
  g_signal_connect_swapped (fixture->editor, "closed", G_CALLBACK (set_flag), &closed);
  deck_campaign_draft_set_boolean (deck_campaign_editor_get_draft (fixture->editor), "stop_on_reply", TRUE);
  deck_campaign_draft_set_boolean (deck_campaign_editor_get_draft (fixture->editor), "stop_on_reply", FALSE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  adw_dialog_close (ADW_DIALOG (fixture->editor));
  g_assert_null (deck_campaign_editor_get_discard_dialog (fixture->editor));
  g_assert_true (closed);
}

static gboolean
preview_has_leads (gpointer data)
{
  return g_list_model_get_n_items (deck_campaign_sequence_page_get_preview_leads (data)) > 0;
}

static void
test_preview_real_lead (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(DeckCampaign) campaign = create_on_server (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckLead) lead = NULL;
  g_autofree char *text = g_strdup_printf ("{\"campaign\": \"%s\", \"email\": \"zoe.preview@example.org\","
                                           " \"first_name\": \"Zoë\", \"company_name\": \"Preview GmbH\"}",
                                           deck_campaign_get_id (campaign));
  g_autoptr(JsonNode) body = json_from_string (text, NULL);
  DeckCampaignSequencePage *sequence;
  GtkWidget *view, *preview;
  gint64 end;
  g_autoptr(JsonArray) log = NULL;
  gboolean listed = FALSE;

  deck_client_create_lead_async (deck_workspace_get_client (fixture->workspace), json_node_get_object (body),
                                 NULL, deck_test_store_result, &result);
  lead = deck_client_create_lead_finish (deck_workspace_get_client (fixture->workspace),
                                         deck_test_wait_result (&result, 20000), &error);
  g_assert_no_error (error);
  deck_mock_server_clear_request_log (fixture->server);

  open_editor (fixture, campaign);
  sequence = DECK_CAMPAIGN_SEQUENCE_PAGE (deck_campaign_editor_get_page (fixture->editor, "sequence"));
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!preview_has_leads (sequence))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (gtk_widget_get_visible (deck_campaign_sequence_page_get_lead_row (sequence)));

  /* The campaign's leads were asked for, by campaign. */
  log = deck_mock_server_dup_request_log (fixture->server);
  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);
      JsonNode *sent = json_object_get_member (entry, "body");

      if (g_str_equal (json_object_get_string_member (entry, "path"), "/api/v2/leads/list") &&
          sent != NULL && JSON_NODE_HOLDS_OBJECT (sent) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (sent), "campaign", NULL),
                     deck_campaign_get_id (campaign)) == 0)
        listed = TRUE;
    }
  g_assert_true (listed);

  view = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "body", FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Hi {{firstName}} at {{companyName}}", -1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  preview = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "preview", FALSE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (preview)), ==, "Hi Zoë at Preview GmbH");
}

static void
test_preview_sample (Fixture       *fixture,
                     gconstpointer  user_data)
{
  DeckCampaignSequencePage *sequence;
  GtkWidget *view, *preview;

  /* A new campaign has no leads: a sample fills the preview, and none are asked for. */
  deck_mock_server_clear_request_log (fixture->server);
  open_editor (fixture, NULL);
  sequence = DECK_CAMPAIGN_SEQUENCE_PAGE (deck_campaign_editor_get_page (fixture->editor, "sequence"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sequence), "sequence.add-step", NULL));
  view = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "body", FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Hi {{firstName}}", -1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  preview = deck_campaign_sequence_page_locate (sequence, "sequences", 0, 0, "preview", FALSE);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (preview)), "Hi "));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (preview)), !=, "Hi ");
  g_assert_false (gtk_widget_get_visible (deck_campaign_sequence_page_get_lead_row (sequence)));
  g_assert_cmpuint (g_list_model_get_n_items (deck_campaign_sequence_page_get_preview_leads (sequence)), ==, 0);
}

static void
test_util (void)
{
  g_auto(GStrv) path = deck_campaign_error_path ("body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values");
  g_auto(GStrv) required = deck_campaign_error_path ("body must have required property 'name'");
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 1, 15, 12, 0, 0);
  g_autofree char *here = deck_campaign_window_in_zone ("09:00", "17:00", "America/Detroit", when, berlin);

  g_assert_cmpstrv (path, ((const char *[]) { "campaign_schedule", "schedules", "0", "timezone", NULL }));
  g_assert_cmpstrv (required, ((const char *[]) { "name", NULL }));
  g_assert_cmpstr (here, ==, "15:00–23:00");
  g_assert_true (deck_campaign_time_is_valid ("23:59"));
  g_assert_false (deck_campaign_time_is_valid ("24:00"));
  g_assert_false (deck_campaign_time_is_valid ("9:00"));
  g_assert_true (deck_campaign_date_is_valid ("2026-02-28"));
  g_assert_false (deck_campaign_date_is_valid ("2026-02-30"));
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

  g_test_add_func ("/ui/campaign-editor/util", test_util);
  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/campaign-editor/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/campaign-editor/create", Fixture, NULL, fixture_set_up, test_create, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/check-blocks", Fixture, NULL, fixture_set_up, test_check_blocks, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/patch-one-option", Fixture, NULL, fixture_set_up, test_patch_one_option, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/server-error", Fixture, NULL, fixture_set_up, test_server_error, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/discard-question", Fixture, NULL, fixture_set_up, test_discard_question, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/close-unchanged", Fixture, NULL, fixture_set_up, test_close_unchanged, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/preview-real-lead", Fixture, NULL, fixture_set_up, test_preview_real_lead, fixture_tear_down);
  g_test_add ("/ui/campaign-editor/preview-sample", Fixture, NULL, fixture_set_up, test_preview_sample, fixture_tear_down);

  return g_test_run ();
}
