/* test-ui-account-actions.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "deck-account.h"
#include "deck-account-details.h"
#include "deck-account-editor.h"
#include "deck-account-validate.h"
#include "deck-accounts-page.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-workspace.h"
#include "deck-test-util.h"

#define N_ACCOUNTS 40
#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer   *server;
  DeckWorkspace    *workspace;
  GtkWindow        *window;
  DeckAccountsPage *page;
  guint             n_toasts;
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
on_toast (Fixture  *fixture,
          AdwToast *toast)
{
  fixture->n_toasts++;
}

static gboolean
page_has_results (gpointer data)
{
  DeckAccountsPage *page = data;

  return !deck_accounts_page_get_busy (page) &&
         g_strcmp0 (deck_accounts_page_get_state (page), "results") == 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_set_job_duration (fixture->server, 60);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = DECK_ACCOUNTS_PAGE (deck_accounts_page_new ());
  deck_accounts_page_set_job_interval (fixture->page, 20);
  g_signal_connect_swapped (fixture->page, "toast", G_CALLBACK (on_toast), fixture);

  /* An AdwWindow hosts the page's dialogs, so they go with it. */
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);

  deck_accounts_page_set_workspace (fixture->page, fixture->workspace);
  wait_until (page_has_results, fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckAccountsPage *page = g_object_ref (fixture->page);
  DeckAccountDetails *details = deck_accounts_page_get_details (page);

  if (details != NULL)
    adw_dialog_force_close (ADW_DIALOG (details));

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

/* ------------------------------------------------------------------ helpers */

static GListModel *
page_model (Fixture *fixture)
{
  return G_LIST_MODEL (deck_accounts_page_get_selection (fixture->page));
}

/* The first @n accounts (in the table's order) whose status is @status; skips
 * accounts listed in @skip. */
static GPtrArray *
find_accounts (Fixture    *fixture,
               gboolean  (*match) (DeckAccount *account),
               guint       n)
{
  GListModel *model = page_model (fixture);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model) && found->len < n; i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      if (match (account))
        g_ptr_array_add (found, g_object_ref (account));
    }

  if (found->len < n)
    g_error ("the seed has fewer than %u matching accounts", n);
  return found;
}

static gboolean
is_active (DeckAccount *account)
{
  return deck_account_get_status (account) == DECK_ACCOUNT_STATUS_ACTIVE;
}

static gboolean
is_paused (DeckAccount *account)
{
  return deck_account_get_status (account) == DECK_ACCOUNT_STATUS_PAUSED;
}

static gboolean
is_error (DeckAccount *account)
{
  return deck_account_status_is_error (deck_account_get_status (account));
}

static gboolean
is_warmup_paused (DeckAccount *account)
{
  return deck_account_get_warmup_status (account) == DECK_WARMUP_STATUS_PAUSED &&
         !deck_account_status_is_error (deck_account_get_status (account));
}

static void
select_accounts (Fixture   *fixture,
                 GPtrArray *accounts)
{
  GtkSelectionModel *selection = deck_accounts_page_get_selection (fixture->page);
  GListModel *model = G_LIST_MODEL (selection);

  gtk_selection_model_unselect_all (selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      for (guint j = 0; j < accounts->len; j++)
        if (account == g_ptr_array_index (accounts, j))
          gtk_selection_model_select_item (selection, i, FALSE);
    }
}

static int
mock_int (Fixture     *fixture,
          const char  *email,
          const char  *member)
{
  g_autoptr(JsonNode) node = deck_mock_server_dup_account (fixture->server, email);

  g_assert_nonnull (node);
  return (int) json_object_get_int_member (json_node_get_object (node), member);
}

typedef struct
{
  Fixture *fixture;
  guint    n_toasts;
} ToastWait;

static gboolean
toast_arrived (gpointer data)
{
  ToastWait *wait = data;

  return wait->fixture->n_toasts > wait->n_toasts;
}

static void
activate_and_wait (Fixture    *fixture,
                   GtkWidget  *widget,
                   const char *action)
{
  ToastWait wait = { fixture, fixture->n_toasts };

  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  wait_until (toast_arrived, &wait);
}

/* ------------------------------------------------------------------ tests */

static void
test_resume_paused (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_paused, 1);
  DeckAccount *account = g_ptr_array_index (accounts, 0);

  select_accounts (fixture, accounts);
  activate_and_wait (fixture, GTK_WIDGET (fixture->page), "accounts.resume");
  g_assert_cmpint (mock_int (fixture, deck_account_get_email (account), "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_ACTIVE);
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_active, 1);
  DeckAccount *account = g_ptr_array_index (accounts, 0);
  const char *email = deck_account_get_email (account);

  select_accounts (fixture, accounts);
  activate_and_wait (fixture, GTK_WIDGET (fixture->page), "accounts.pause");

  g_assert_cmpint (mock_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_nonnull (strstr (deck_accounts_page_get_last_toast (fixture->page), "Paused"));
  g_assert_null (deck_accounts_page_get_last_report (fixture->page));

  /* The selection survived the in-place update. */
  {
    g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (deck_accounts_page_get_selection (fixture->page));

    g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  }

  activate_and_wait (fixture, GTK_WIDGET (fixture->page), "accounts.resume");
  g_assert_cmpint (mock_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_nonnull (strstr (deck_accounts_page_get_last_toast (fixture->page), "Resumed"));

  /* An account the seed holds paused resumes too. */
  test_resume_paused (fixture, user_data);
}

static void
test_mark_fixed (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_error, 1);
  DeckAccount *account = g_ptr_array_index (accounts, 0);

  select_accounts (fixture, accounts);
  activate_and_wait (fixture, GTK_WIDGET (fixture->page), "accounts.mark-fixed");
  g_assert_cmpint (mock_int (fixture, deck_account_get_email (account), "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_ACTIVE);
}

static void
test_bulk_pause_partial (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) active = find_accounts (fixture, is_active, 2);
  g_autoptr(GPtrArray) broken = find_accounts (fixture, is_error, 1);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  DeckAccount *failing = g_ptr_array_index (broken, 0);
  int failing_status = deck_account_get_status (failing);
  const char *toast;

  g_ptr_array_add (selected, g_ptr_array_index (active, 0));
  g_ptr_array_add (selected, g_ptr_array_index (active, 1));
  g_ptr_array_add (selected, failing);
  select_accounts (fixture, selected);

  activate_and_wait (fixture, GTK_WIDGET (fixture->page), "accounts.pause");

  toast = deck_accounts_page_get_last_toast (fixture->page);
  g_assert_nonnull (strstr (toast, deck_account_get_email (failing)));
  g_assert_nonnull (strstr (toast, "Paused 2 accounts"));
  g_assert_nonnull (strstr (deck_accounts_page_get_last_report (fixture->page), deck_account_get_email (failing)));

  for (guint i = 0; i < active->len; i++)
    {
      DeckAccount *account = g_ptr_array_index (active, i);

      g_assert_cmpint (mock_int (fixture, deck_account_get_email (account), "status"), ==, DECK_ACCOUNT_STATUS_PAUSED);
      g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_PAUSED);
    }

  /* The failed row is as it was. */
  g_assert_cmpint (deck_account_get_status (failing), ==, failing_status);
  g_assert_cmpint (mock_int (fixture, deck_account_get_email (failing), "status"), ==, failing_status);
}

static gboolean
job_done (gpointer data)
{
  Fixture *fixture = data;

  return !deck_accounts_page_get_job_running (fixture->page);
}

static void
test_enable_warmup (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_warmup_paused, 2);

  select_accounts (fixture, accounts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "accounts.enable-warmup", NULL));
  g_assert_true (deck_accounts_page_get_job_running (fixture->page));
  wait_until (job_done, fixture);

  /* The rows are fetched again after the job; the toast comes last. */
  {
    ToastWait wait = { fixture, 0 };

    wait_until (toast_arrived, &wait);
  }
  for (guint i = 0; i < accounts->len; i++)
    g_assert_cmpint (deck_account_get_warmup_status (g_ptr_array_index (accounts, i)), ==, DECK_WARMUP_STATUS_ACTIVE);

  for (guint i = 0; i < accounts->len; i++)
    g_assert_cmpint (mock_int (fixture, deck_account_get_email (g_ptr_array_index (accounts, i)), "warmup_status"),
                     ==, DECK_WARMUP_STATUS_ACTIVE);
  g_assert_nonnull (strstr (deck_accounts_page_get_last_toast (fixture->page), "Warmup enabled"));
}

/* Requests with @method (any when NULL) in the log. */
static guint
count_method (Fixture    *fixture,
              const char *method)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (method == NULL || g_str_equal (json_object_get_string_member (entry, "method"), method))
        n++;
    }
  return n;
}

static DeckAccountEditor *
open_editor (Fixture     *fixture,
             DeckAccount *account)
{
  DeckAccountDetails *details;

  deck_accounts_page_open_details (fixture->page, account);
  details = deck_accounts_page_get_details (fixture->page);
  g_assert_nonnull (details);
  g_assert_true (deck_account_details_get_account (details) == account);
  deck_account_details_set_page (details, "settings");
  return deck_account_details_get_editor (details);
}

static gboolean
editor_idle (gpointer data)
{
  return !deck_account_editor_get_busy (DECK_ACCOUNT_EDITOR (data));
}

static void
test_edit_daily_limit (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_active, 1);
  DeckAccount *account = g_ptr_array_index (accounts, 0);
  DeckAccountEditor *editor = open_editor (fixture, account);
  GtkWidget *row = deck_account_editor_get_row (editor, "daily_limit");
  double limit = deck_account_get_daily_limit (account);
  double wanted = limit >= 100 ? limit - 7 : limit + 7;
  g_autoptr(JsonArray) log = NULL;
  JsonObject *body = NULL;

  g_assert_nonnull (row);
  adw_spin_row_set_value (ADW_SPIN_ROW (row), wanted);
  deck_mock_server_clear_request_log (fixture->server);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (deck_account_editor_get_busy (editor));
  wait_until (editor_idle, editor);
  g_assert_null (deck_account_editor_get_error (editor));

  log = deck_mock_server_dup_request_log (fixture->server);
  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (g_str_equal (json_object_get_string_member (entry, "method"), "PATCH"))
        {
          g_assert_null (body);
          body = json_object_get_object_member (entry, "body");
        }
    }
  g_assert_nonnull (body);
  g_assert_cmpuint (json_object_get_size (body), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (body, "daily_limit"), ==, wanted);

  g_assert_cmpfloat (deck_account_get_daily_limit (account), ==, wanted);
  g_assert_cmpint (mock_int (fixture, deck_account_get_email (account), "daily_limit"), ==, (int) wanted);
}

static void
test_invalid_gap_refused (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) accounts = find_accounts (fixture, is_active, 1);
  DeckAccount *account = g_ptr_array_index (accounts, 0);
  DeckAccountEditor *editor = open_editor (fixture, account);
  GtkWidget *row = deck_account_editor_get_row (editor, "sending_gap");
  const char *bad[] = { "2000", "-5", "ten" };

  deck_mock_server_clear_request_log (fixture->server);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), bad[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
      g_assert_false (deck_account_editor_get_busy (editor));
      g_assert_nonnull (deck_account_editor_get_error (editor));
      g_assert_nonnull (strstr (deck_account_editor_get_error (editor), "1440"));
    }

  /* A moment for any stray request to arrive: there must be none. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_method (fixture, "PATCH"), ==, 0);

  /* An invalid reply-to is refused the same way. */
  gtk_editable_set_text (GTK_EDITABLE (row), "10");
  gtk_editable_set_text (GTK_EDITABLE (deck_account_editor_get_row (editor, "reply_to")), "not an address");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (strstr (deck_account_editor_get_error (editor), "reply-to"));
  g_assert_cmpuint (count_method (fixture, "PATCH"), ==, 0);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  user_data)
{
  DeckAccountEditor *editor;

  /* Refused first, before any request; then a valid edit of the same form. */
  test_invalid_gap_refused (fixture, user_data);
  editor = deck_account_details_get_editor (deck_accounts_page_get_details (fixture->page));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.revert", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deck_account_editor_get_row (editor, "reply_to"))), !=,
                   "not an address");
  test_edit_daily_limit (fixture, user_data);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  user_data)
{
  DeckAccountFilter *filter = deck_accounts_page_get_filter (fixture->page);
  GListModel *model = page_model (fixture);

  deck_account_filter_set_quick (filter, DECK_ACCOUNT_QUICK_FILTER_ERROR);
  wait_until (page_has_results, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, N_ACCOUNTS);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_assert_true (is_error (account));
    }

  deck_account_filter_clear (filter);
  deck_account_filter_set_status (filter, DECK_ACCOUNT_STATUS_ACTIVE);
  wait_until (page_has_results, fixture->page);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_assert_true (is_active (account));
    }

  deck_account_filter_clear (filter);
  wait_until (page_has_results, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ACCOUNTS);
}

static void
test_validate (void)
{
  gint64 value;

  g_assert_true (deck_account_email_is_valid ("ada@example.com"));
  g_assert_false (deck_account_email_is_valid ("ada@example"));
  g_assert_false (deck_account_email_is_valid ("ada example.com"));
  g_assert_false (deck_account_email_is_valid ("@example.com"));
  g_assert_false (deck_account_email_is_valid ("a@b@c.com"));
  g_assert_true (deck_account_host_is_valid ("mail.example.com"));
  g_assert_false (deck_account_host_is_valid ("mail example.com"));
  g_assert_false (deck_account_host_is_valid (""));
  g_assert_true (deck_account_parse_number (" 1440 ", 0, 1440, &value, NULL));
  g_assert_cmpint (value, ==, 1440);
  g_assert_false (deck_account_parse_number ("1441", 0, 1440, &value, NULL));
  g_assert_false (deck_account_parse_number ("0", 1, 65535, &value, NULL));
  g_assert_false (deck_account_parse_number ("12a", 1, 65535, &value, NULL));
}

static void
test_skip (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/account-actions/validate", test_validate);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/account-actions/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/account-actions/pause-resume", Fixture, NULL,
              fixture_set_up, test_pause_resume, fixture_tear_down);
  g_test_add ("/ui/account-actions/mark-fixed", Fixture, NULL,
              fixture_set_up, test_mark_fixed, fixture_tear_down);
  g_test_add ("/ui/account-actions/bulk-pause-partial", Fixture, NULL,
              fixture_set_up, test_bulk_pause_partial, fixture_tear_down);
  g_test_add ("/ui/account-actions/enable-warmup", Fixture, NULL,
              fixture_set_up, test_enable_warmup, fixture_tear_down);
  g_test_add ("/ui/account-actions/edit", Fixture, NULL,
              fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/ui/account-actions/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);

  return g_test_run ();
}
