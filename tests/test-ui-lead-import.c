/* test-ui-lead-import.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "deck-client-lead-lists.h"
#include "deck-lead-csv.h"
#include "deck-lead-import-dialog.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

/* Generous: under ASan the mock answers a /leads/list page of 100 leads in seconds. */
#define TIMEOUT_MS 240000
#define N_ROWS 2500
#define N_BAD 10

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer *server;
  DeckWorkspace  *workspace;
  GtkWindow      *window;
  char           *list_id;
  char           *dir;
  GFile          *file;
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
  gint64 start = g_get_monotonic_time ();
  guint id = g_timeout_add (TIMEOUT_MS, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("condition not met after %u ms", TIMEOUT_MS);
  g_source_remove (id);
  g_test_message ("waited %.1f s", (g_get_monotonic_time () - start) / 1e6);
}

/* 2,500 rows: quoting, embedded newlines, UTF-8 names, custom variables, and ten bad
 * rows (4 invalid emails, 3 duplicates inside the file, a blocked email, a blocked
 * domain from the mock's seeded block list, a ragged row). */
static char *
write_csv (const char *dir)
{
  g_autoptr(GString) text = g_string_new ("Email,First Name,Last Name,Company,Job Title,Shoe Size,Notes\r\n");
  g_autofree char *path = g_build_filename (dir, "leads.csv", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_ROWS; i++)
    {
      if (i == 10 || i == 700 || i == 1500 || i == 2400)
        g_string_append_printf (text, "broken-%u.example.com,Bad,Email,Acme,,,\r\n", i);
      else if (i == 20 || i == 1100 || i == 2499)
        g_string_append_printf (text, "LEAD%u@import.example.com,Dup,Row,Acme,,,\r\n", i - 5);
      else if (i == 30)
        g_string_append (text, "legal@harbor-retail.com,Blocked,Email,Harbor,,,\r\n");
      else if (i == 40)
        g_string_append (text, "someone@mailinator.com,Blocked,Domain,Mailinator,,,\r\n");
      else if (i == 50)
        g_string_append (text, "ragged@import.example.com,Too,Short\r\n");
      else
        g_string_append_printf (text,
                                "lead%u@import.example.com,Zoë %u,\"O'Brien, Jr.\",\"Acme \"\"Rockets\"\"\","
                                "CEO,%u,\"line one\nline two\"\r\n",
                                i, i, 36 + i % 12);
    }

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckLeadList) list = NULL;
  g_autofree char *path = NULL;

  fixture->server = deck_mock_server_new (4);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  deck_client_create_lead_list_async (client, "Imported", NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  list = deck_client_create_lead_list_finish (client, result, &error);
  g_assert_no_error (error);
  fixture->list_id = g_strdup (deck_lead_list_get_id (list));

  fixture->dir = g_dir_make_tmp ("instadeck-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = write_csv (fixture->dir);
  fixture->file = g_file_new_for_path (path);

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_file_get_path (fixture->file);

  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->list_id, g_free);
}

static gboolean
on_setup_page (gpointer data)
{
  return g_strcmp0 (deck_lead_import_dialog_get_page_tag (data), "setup") == 0;
}

static gboolean
review_ready (gpointer data)
{
  return deck_lead_import_dialog_get_review_ready (data);
}

static gboolean
on_report_page (gpointer data)
{
  return g_strcmp0 (deck_lead_import_dialog_get_page_tag (data), "report") == 0;
}

static gboolean
first_batch_sent (gpointer data)
{
  return deck_lead_import_dialog_get_n_sent (data) >= 1000;
}

static DeckLeadImportDialog *
open_and_check (Fixture *fixture)
{
  DeckLeadImportDialog *dialog = deck_lead_import_dialog_new (fixture->workspace, NULL, fixture->list_id);

  g_object_ref_sink (dialog);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (fixture->window));
  deck_lead_import_dialog_set_file (dialog, fixture->file);
  wait_until (on_setup_page, dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.check", NULL));
  wait_until (review_ready, dialog);

  return dialog;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing lets go of the dialog once the main loop has run its pending work. */
static void
close_dialog (DeckLeadImportDialog *dialog)
{
  gpointer weak = dialog;

  adw_dialog_force_close (ADW_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_object_unref (dialog);
  wait_until (is_null, &weak);
}

/* The list's leads in the mock: every email once. */
static guint
count_distinct (Fixture *fixture,
                guint   *out_total)
{
  g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->server, fixture->list_id);
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (leads); i++)
    {
      JsonObject *lead = json_array_get_object_element (leads, i);

      g_hash_table_add (emails, g_ascii_strdown (json_object_get_string_member (lead, "email"), -1));
    }

  *out_total = json_array_get_length (leads);

  return g_hash_table_size (emails);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  user_data)
{
  DeckLeadImportDialog *dialog = open_and_check (fixture);
  DeckLeadImportPlan *plan = deck_lead_import_dialog_get_plan (dialog);
  const DeckLeadAddResult *result;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *rejected_csv = NULL;
  g_autoptr(DeckCsvTable) rejected = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *lead;
  JsonObject *payload;
  guint total;

  /* What the review shows before anything is sent. */
  g_assert_cmpuint (deck_lead_import_plan_get_n_rows (plan), ==, N_ROWS);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, N_ROWS - N_BAD);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_INVALID_EMAIL), ==, 4);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE), ==, 3);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_BLOCKED_EMAIL), ==, 1);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_BLOCKED_DOMAIN), ==, 1);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_RAGGED_ROW), ==, 1);

  deck_mock_server_clear_request_log (fixture->server);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.upload", NULL));
  wait_until (on_report_page, dialog);

  result = deck_lead_import_dialog_get_result (dialog);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->total_sent, ==, N_ROWS - N_BAD);
  g_assert_cmpuint (result->leads_uploaded, ==, N_ROWS - N_BAD);
  g_assert_cmpuint (result->duplicated_leads, ==, 0);
  g_assert_cmpuint (result->in_blocklist, ==, 0);
  g_assert_cmpuint (result->invalid_email_count, ==, 0);
  g_assert_cmpuint (result->n_batches_done, ==, 3);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "POST", "/api/v2/leads/add"), ==, 3);

  /* The mock holds exactly the good rows, with their fields and variables. */
  g_assert_cmpuint (count_distinct (fixture, &total), ==, N_ROWS - N_BAD);
  g_assert_cmpuint (total, ==, N_ROWS - N_BAD);

  node = deck_mock_server_dup_lead (fixture->server, "lead7@import.example.com");
  g_assert_nonnull (node);
  lead = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (lead, "first_name"), ==, "Zoë 7");
  g_assert_cmpstr (json_object_get_string_member (lead, "last_name"), ==, "O'Brien, Jr.");
  g_assert_cmpstr (json_object_get_string_member (lead, "company_name"), ==, "Acme \"Rockets\"");
  g_assert_cmpstr (json_object_get_string_member (lead, "list_id"), ==, fixture->list_id);
  payload = json_object_get_object_member (lead, "payload");
  g_assert_cmpstr (json_object_get_string_member (payload, "Shoe Size"), ==, "43");
  g_assert_cmpstr (json_object_get_string_member (payload, "Notes"), ==, "line one\nline two");
  g_assert_null (deck_mock_server_dup_lead (fixture->server, "someone@mailinator.com"));

  /* The rejected rows: the ten bad ones with their reason. */
  rejected_csv = deck_lead_import_dialog_dup_rejected_csv (dialog);
  rejected = deck_csv_parse (rejected_csv, strlen (rejected_csv), ',', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deck_csv_table_get_n_rows (rejected), ==, N_BAD);
  g_assert_cmpstr (rejected->header[7], ==, "Reason");
  g_assert_cmpstr (deck_csv_table_get (rejected, 0, 0), ==, "broken-10.example.com");
  g_assert_cmpstr (deck_csv_table_get (rejected, 0, 7), ==, "Invalid email");

  close_dialog (dialog);
}

static void
test_cancel_and_rerun (Fixture       *fixture,
                       gconstpointer  user_data)
{
  DeckLeadImportDialog *dialog = open_and_check (fixture);
  const DeckLeadAddResult *result;
  DeckLeadImportPlan *plan;
  guint first_uploaded;
  guint total;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.upload", NULL));
  wait_until (first_batch_sent, dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  wait_until (on_report_page, dialog);

  /* Cancel stops after the batch in flight; the report has what got through. */
  result = deck_lead_import_dialog_get_result (dialog);
  g_assert_nonnull (result);
  first_uploaded = result->leads_uploaded;
  g_assert_cmpuint (first_uploaded, >=, 1000);
  g_assert_cmpuint (first_uploaded, <, N_ROWS - N_BAD);
  g_assert_cmpuint (count_distinct (fixture, &total), ==, first_uploaded);
  close_dialog (dialog);

  /* The same file again: what is already in the list is left out. */
  dialog = open_and_check (fixture);
  plan = deck_lead_import_dialog_get_plan (dialog);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_ALREADY_IN_TARGET), ==, first_uploaded);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, N_ROWS - N_BAD - first_uploaded);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.upload", NULL));
  wait_until (on_report_page, dialog);
  result = deck_lead_import_dialog_get_result (dialog);
  g_assert_cmpuint (result->leads_uploaded, ==, N_ROWS - N_BAD - first_uploaded);
  g_assert_cmpuint (result->duplicated_leads, ==, 0);

  g_assert_cmpuint (count_distinct (fixture, &total), ==, N_ROWS - N_BAD);
  g_assert_cmpuint (total, ==, N_ROWS - N_BAD);
  close_dialog (dialog);
}

static void
test_malformed (Fixture       *fixture,
                gconstpointer  user_data)
{
  DeckLeadImportDialog *dialog = deck_lead_import_dialog_new (fixture->workspace, NULL, fixture->list_id);
  g_autofree char *path = g_build_filename (fixture->dir, "bad.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  g_file_set_contents (path, "Email,Name\na@example.com,\"open\nb@example.com,x\n", -1, &error);
  g_assert_no_error (error);

  g_object_ref_sink (dialog);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (fixture->window));
  deck_lead_import_dialog_set_file (dialog, file);

  /* The error is shown on the first page, naming the line. */
  label = NULL;
  while (label == NULL || !gtk_widget_get_visible (label))
    {
      g_main_context_iteration (NULL, TRUE);
      label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), DECK_TYPE_LEAD_IMPORT_DIALOG, "file_error"));
    }
  g_assert_cmpstr (deck_lead_import_dialog_get_page_tag (dialog), ==, "file");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Line 2"));

  close_dialog (dialog);
  g_unlink (path);
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
      g_test_add_func ("/ui/lead-import/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/lead-import/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/ui/lead-import/cancel-and-rerun", Fixture, NULL,
              fixture_set_up, test_cancel_and_rerun, fixture_tear_down);
  g_test_add ("/ui/lead-import/malformed", Fixture, NULL, fixture_set_up, test_malformed, fixture_tear_down);

  return g_test_run ();
}
