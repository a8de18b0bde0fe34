/* test-ui-signin.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "deck-account.h"
#include "deck-memory-secret-store.h"
#include "deck-mock-server.h"
#include "deck-permissions.h"
#include "deck-test-util.h"
#include "deck-window.h"

#define TIMEOUT_MS 60000
#define N_ALPHA 5
#define N_BETA 12

typedef gboolean (*Condition) (gpointer data);

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
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
page_settled (gpointer data)
{
  DeckAccountsPage *page = data;
  const char *state = deck_accounts_page_get_state (page);

  return !deck_accounts_page_get_busy (page) &&
         (g_strcmp0 (state, "results") == 0 ||
          g_strcmp0 (state, "error") == 0 ||
          g_strcmp0 (state, "empty") == 0);
}

static gboolean
welcome_idle (gpointer data)
{
  const char *state = deck_welcome_page_get_state (DECK_WELCOME_PAGE (data));

  return g_strcmp0 (state, "checking") != 0 && g_strcmp0 (state, "storing") != 0;
}

typedef struct
{
  DeckMockServer    *alpha;
  DeckMockServer    *beta;
  DeckSecretStore   *store;
  GSettings         *settings;
  DeckWorkspaceList *list;
  DeckWindow        *window;
} Fixture;

static DeckMockServer *
start_server (guint       n_accounts,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  DeckMockServer *server = deck_mock_server_new_for_workspace (n_accounts, name);

  deck_mock_server_start (server, 0, &error);
  g_assert_no_error (error);
  return server;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->alpha = start_server (N_ALPHA, "Alpha Agency");
  fixture->beta = start_server (N_BETA, "Beta Brands");
  fixture->store = deck_memory_secret_store_new ();
  /* The memory backend is process-wide: start every test from the defaults. */
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "workspaces");
  g_settings_reset (fixture->settings, "current-workspace");
  fixture->list = deck_workspace_list_new (fixture->settings, fixture->store);
  deck_workspace_list_set_retry_budget (fixture->list, 2, 1, 100);
}

static void
close_window (Fixture *fixture)
{
  DeckWindow *window = g_steal_pointer (&fixture->window);

  if (window == NULL)
    return;
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  close_window (fixture);
  g_clear_object (&fixture->list);
  g_clear_object (&fixture->store);
  g_settings_reset (fixture->settings, "workspaces");
  g_settings_reset (fixture->settings, "current-workspace");
  g_clear_object (&fixture->settings);
  deck_mock_server_stop (fixture->alpha);
  deck_mock_server_stop (fixture->beta);
  g_clear_object (&fixture->alpha);
  g_clear_object (&fixture->beta);
}

static DeckWindow *
open_window (Fixture *fixture)
{
  fixture->window = deck_window_new_for_list (NULL, fixture->list);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);

  return fixture->window;
}

/* Keys are made at run time, never kept in a fixture file. */
static char *
new_key (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("test-%s", uuid);
}

static void
fill_in (DeckWelcomePage *page,
         const char      *server,
         const char      *key)
{
  gtk_editable_set_text (deck_welcome_page_get_server_row (page), server);
  gtk_editable_set_text (deck_welcome_page_get_key_row (page), key);
}

static void
connect_and_wait (DeckWelcomePage *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "welcome.connect", NULL));
  wait_until (welcome_idle, page);
}

/* A failure explains itself in place and keeps what was typed. */
static void
assert_refused (Fixture         *fixture,
                DeckWelcomePage *page,
                const char      *server,
                const char      *key,
                DeckApiError     code)
{
  g_assert_cmpstr (deck_welcome_page_get_state (page), ==, "error");
  g_assert_error (deck_welcome_page_get_error (page), DECK_API_ERROR, code);
  g_assert_nonnull (deck_welcome_page_get_error_text (page));
  g_assert_cmpstr (deck_welcome_page_get_error_text (page), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_key_row (page)), ==, key);
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_server_row (page)), ==, server);
  g_assert_cmpstr (deck_window_get_visible_section (fixture->window), ==, "welcome");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 0);
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (DECK_MEMORY_SECRET_STORE (fixture->store)), ==, 0);
}

static void
test_first_run_shows_welcome (Fixture       *fixture,
                              gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);

  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "welcome");
  g_assert_null (deck_window_get_workspace (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "refresh"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "remove-workspace"));
}

static void
test_bad_key_keeps_form (Fixture       *fixture,
                         gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  g_autofree char *key = new_key ();

  fill_in (page, url, key);
  connect_and_wait (page);
  assert_refused (fixture, page, url, key, DECK_API_ERROR_UNAUTHORIZED);

  /* An empty key is refused before any request. */
  deck_mock_server_clear_request_log (fixture->alpha);
  fill_in (page, url, "   ");
  connect_and_wait (page);
  g_assert_error (deck_welcome_page_get_error (page), G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->alpha, "GET", "/api/v2/workspaces/current"), ==, 0);
}

static void
test_no_paid_plan (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  const char *key = deck_mock_server_get_api_key (fixture->alpha);

  deck_mock_server_set_paid_plan (fixture->alpha, FALSE);
  fill_in (page, url, key);
  connect_and_wait (page);
  assert_refused (fixture, page, url, key, DECK_API_ERROR_PAYMENT_REQUIRED);
  g_assert_nonnull (strstr (deck_welcome_page_get_error_text (page), "paid plan"));
}

static void
test_missing_scope (Fixture       *fixture,
                    gconstpointer  user_data)
{
  static const char *scopes[] = { "accounts:read", NULL };
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  g_autofree char *key = new_key ();

  deck_mock_server_add_api_key (fixture->alpha, key, scopes);
  fill_in (page, url, key);
  connect_and_wait (page);
  assert_refused (fixture, page, url, key, DECK_API_ERROR_FORBIDDEN);
  /* It names the permission the key lacks. */
  g_assert_nonnull (strstr (deck_welcome_page_get_error_text (page), "workspaces:read"));
}

static void
test_no_network (Fixture       *fixture,
                 gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  g_autofree char *key = new_key ();

  fill_in (page, "http://127.0.0.1:1", key);
  connect_and_wait (page);
  assert_refused (fixture, page, "http://127.0.0.1:1", key, DECK_API_ERROR_NETWORK);

  /* Plain http:// off this computer is refused before any request. */
  fill_in (page, "http://example.com", key);
  connect_and_wait (page);
  assert_refused (fixture, page, "http://example.com", key, DECK_API_ERROR_INVALID_URL);
}

static void
test_good_key_lands_on_accounts (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  const char *key = deck_mock_server_get_api_key (fixture->alpha);
  DeckMemorySecretStore *store = DECK_MEMORY_SECRET_STORE (fixture->store);
  g_autoptr(JsonNode) workspace = deck_mock_server_dup_workspace (fixture->alpha);
  const char *id = json_object_get_string_member (json_node_get_object (workspace), "id");
  DeckWorkspaceEntry *entry;
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *printed = NULL;

  fill_in (page, url, key);
  connect_and_wait (page);

  g_assert_cmpstr (deck_welcome_page_get_state (page), ==, "form");
  g_assert_null (deck_welcome_page_get_error (page));
  /* The key left the form for the keyring. */
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_key_row (page)), ==, "");

  entry = deck_workspace_list_get_current (fixture->list);
  g_assert_nonnull (entry);
  g_assert_cmpstr (deck_workspace_entry_get_id (entry), ==, id);
  g_assert_cmpstr (deck_workspace_entry_get_name (entry), ==, "Alpha Agency");
  g_assert_false (deck_workspace_entry_get_transient (entry));
  g_assert_true (deck_memory_secret_store_has_secret (store, id, url));
  g_assert_cmpstr (deck_memory_secret_store_get_label (store, id, url), ==,
                   "Instadeck API key for Alpha Agency");

  /* It lands on Accounts, with this workspace's accounts. */
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");
  wait_until (page_settled, deck_window_get_accounts_page (window));
  g_assert_cmpuint (g_list_model_get_n_items (deck_workspace_get_accounts (deck_window_get_workspace (window))),
                    ==, N_ALPHA);

  /* The plan was asked for, and nothing of the key went into the settings. */
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->alpha, "GET", "/api/v2/workspace-billing/plan-details"), >=, 1);
  stored = g_settings_get_value (fixture->settings, "workspaces");
  printed = g_variant_print (stored, FALSE);
  g_assert_nonnull (strstr (printed, id));
  g_assert_null (strstr (printed, key));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), key + strlen (key) - 8));
}

static void
test_keyring_unavailable_session_only (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  const char *key = deck_mock_server_get_api_key (fixture->alpha);
  AdwAlertDialog *dialog;
  DeckWorkspaceEntry *entry;
  g_autoptr(GVariant) stored = NULL;

  deck_memory_secret_store_set_available (DECK_MEMORY_SECRET_STORE (fixture->store), FALSE);
  fill_in (page, url, key);
  connect_and_wait (page);

  /* The page says so and asks whether to use the key for this run only. */
  g_assert_error (deck_welcome_page_get_error (page), DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE);
  dialog = deck_welcome_page_get_keyring_dialog (page);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 0);

  g_signal_emit_by_name (dialog, "response", "session");
  adw_dialog_force_close (ADW_DIALOG (dialog));

  entry = deck_workspace_list_get_current (fixture->list);
  g_assert_nonnull (entry);
  g_assert_true (deck_workspace_entry_get_transient (entry));
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");
  wait_until (page_settled, deck_window_get_accounts_page (window));

  stored = g_settings_get_value (fixture->settings, "workspaces");
  g_assert_cmpuint (g_variant_n_children (stored), ==, 0);
}

static DeckWorkspaceEntry *
add_workspace (Fixture        *fixture,
               DeckMockServer *server)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) workspace = deck_mock_server_dup_workspace (server);
  g_autofree char *name = deck_mock_server_dup_workspace_name (server);
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckWorkspaceEntry) entry = NULL;

  client = deck_workspace_list_new_client (fixture->list, deck_mock_server_get_url (server),
                                           deck_mock_server_get_api_key (server), &error);
  g_assert_no_error (error);
  deck_workspace_list_add_async (fixture->list, client,
                                 json_object_get_string_member (json_node_get_object (workspace), "id"),
                                 name, deck_mock_server_get_api_key (server),
                                 NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  entry = deck_workspace_list_add_finish (fixture->list, result, &error);
  g_assert_no_error (error);

  return entry; /* the list holds a reference */
}

/* Every account shown belongs to @server. */
static void
assert_shows_accounts_of (DeckWindow     *window,
                          DeckMockServer *server,
                          guint           n_accounts)
{
  DeckAccountsPage *page = deck_window_get_accounts_page (window);
  GListModel *model;

  wait_until (page_settled, page);
  g_assert_cmpstr (deck_accounts_page_get_state (page), ==, "results");
  model = G_LIST_MODEL (gtk_column_view_get_model (deck_accounts_page_get_column_view (page)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_accounts);

  for (guint i = 0; i < n_accounts; i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);
      g_autoptr(JsonNode) node = deck_mock_server_dup_account (server, deck_account_get_email (account));

      g_assert_nonnull (node);
    }
}

static void
test_switch_workspaces (Fixture       *fixture,
                        gconstpointer  user_data)
{
  DeckWorkspaceEntry *alpha = add_workspace (fixture, fixture->alpha);
  DeckWorkspaceEntry *beta = add_workspace (fixture, fixture->beta);
  DeckWindow *window;
  GtkListBox *rows;

  deck_workspace_list_set_current (fixture->list, alpha);
  window = open_window (fixture);

  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");
  assert_shows_accounts_of (window, fixture->alpha, N_ALPHA);

  /* The switcher lists both. */
  rows = deck_workspace_switcher_get_list_box (deck_window_get_switcher (window));
  g_assert_nonnull (gtk_list_box_get_row_at_index (rows, 1));
  g_assert_null (gtk_list_box_get_row_at_index (rows, 2));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-workspace", "s",
                                             deck_workspace_entry_get_uid (beta)));
  g_assert_true (deck_window_get_workspace (window) == deck_workspace_entry_get_workspace (beta));
  assert_shows_accounts_of (window, fixture->beta, N_BETA);

  /* Back again: the first workspace's own data, never a mix. */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (rows, 0)));
  g_assert_true (deck_workspace_list_get_current (fixture->list) == alpha);
  assert_shows_accounts_of (window, fixture->alpha, N_ALPHA);

  /* Each has its own client, so its own rate budget. */
  g_assert_true (deck_workspace_get_client (deck_workspace_entry_get_workspace (alpha)) !=
                 deck_workspace_get_client (deck_workspace_entry_get_workspace (beta)));
}

static gboolean
list_has_n (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (G_LIST_MODEL (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static void
answer_visible_dialog (DeckWindow *window,
                       const char *response)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", response);
  adw_dialog_force_close (dialog);
}

static void
test_remove_workspace_deletes_secret (Fixture       *fixture,
                                      gconstpointer  user_data)
{
  DeckWorkspaceEntry *alpha = add_workspace (fixture, fixture->alpha);
  DeckWorkspaceEntry *beta = add_workspace (fixture, fixture->beta);
  DeckMemorySecretStore *store = DECK_MEMORY_SECRET_STORE (fixture->store);
  g_autofree char *alpha_id = g_strdup (deck_workspace_entry_get_id (alpha));
  g_autofree char *alpha_url = g_strdup (deck_workspace_entry_get_server_url (alpha));
  gpointer args[2] = { fixture->list, GUINT_TO_POINTER (1) };
  DeckWindow *window;

  deck_workspace_list_set_current (fixture->list, alpha);
  window = open_window (fixture);
  g_assert_true (deck_memory_secret_store_has_secret (store, alpha_id, alpha_url));

  /* It asks first; Cancel keeps everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-workspace", NULL));
  answer_visible_dialog (window, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-workspace", NULL));
  answer_visible_dialog (window, "remove");
  wait_until (list_has_n, args);

  g_assert_false (deck_memory_secret_store_has_secret (store, alpha_id, alpha_url));
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (store), ==, 1);
  g_assert_true (deck_workspace_list_get_current (fixture->list) == beta);
  assert_shows_accounts_of (window, fixture->beta, N_BETA);

  /* The last one gone, the welcome page is back. */
  args[1] = GUINT_TO_POINTER (0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-workspace", NULL));
  answer_visible_dialog (window, "remove");
  wait_until (list_has_n, args);
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (store), ==, 0);
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "welcome");
}

static void
test_rename_workspace (Fixture       *fixture,
                       gconstpointer  user_data)
{
  DeckWorkspaceEntry *alpha = add_workspace (fixture, fixture->alpha);
  DeckWindow *window;
  AdwDialog *dialog;
  GtkWidget *list_box;
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *printed = NULL;

  deck_workspace_list_set_current (fixture->list, alpha);
  window = open_window (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-workspace", NULL));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  list_box = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0)),
                         "Client Alpha");
  answer_visible_dialog (window, "rename");

  g_assert_cmpstr (deck_workspace_entry_get_label (alpha), ==, "Client Alpha");
  g_assert_cmpstr (deck_workspace_entry_get_name (alpha), ==, "Alpha Agency");
  stored = g_settings_get_value (fixture->settings, "workspaces");
  printed = g_variant_print (stored, FALSE);
  g_assert_nonnull (strstr (printed, "Client Alpha"));
}

static void
test_restart_without_key (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(DeckSecretStore) empty = deck_memory_secret_store_new ();
  g_autoptr(DeckWorkspaceList) restarted = NULL;
  DeckWindow *window;

  add_workspace (fixture, fixture->alpha);

  /* The next start finds the workspace but, this time, no key in the keyring. */
  restarted = deck_workspace_list_new (fixture->settings, empty);
  g_set_object (&fixture->list, restarted);
  deck_workspace_list_load (fixture->list);
  window = open_window (fixture);

  while (deck_workspace_entry_get_state (deck_workspace_list_get_current (fixture->list)) == DECK_WORKSPACE_ENTRY_LOCKED)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "no-key");
  g_assert_null (deck_window_get_workspace (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "refresh"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "enter-key"));

  /* Entering the key again opens the form for that server. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.enter-key", NULL));
  g_assert_nonnull (deck_window_get_add_page (window));
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_server_row (deck_window_get_add_page (window))),
                   ==, deck_mock_server_get_url (fixture->alpha));
  adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
}

static void
test_unlocking_while_keyring_waits (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) restarted = NULL;
  DeckWindow *window;

  add_workspace (fixture, fixture->alpha);
  /* A keyring prompt nobody answers. */
  deck_memory_secret_store_set_hang (DECK_MEMORY_SECRET_STORE (fixture->store), TRUE);
  deck_secret_store_set_timeout (fixture->store, 0);

  restarted = deck_workspace_list_new (fixture->settings, fixture->store);
  g_set_object (&fixture->list, restarted);
  deck_workspace_list_load (fixture->list);
  window = open_window (fixture);

  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "unlocking");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "refresh"));

  /* Closing cancels the lookup (the list goes with the fixture). */
}

static gboolean
refresh_disabled (gpointer data)
{
  return !g_action_group_get_action_enabled (G_ACTION_GROUP (data), "refresh");
}

/* A key without accounts:read: the 403 is recorded and refreshing is then shown as
 * unavailable instead of failing again. */
static void
test_denied_scope_disables_action (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  static const char *scopes[] = { "workspaces:read", NULL };
  g_autofree char *key = new_key ();
  g_autoptr(JsonNode) workspace = deck_mock_server_dup_workspace (fixture->alpha);
  g_autoptr(DeckClient) client = NULL;
  DeckWorkspaceEntry *entry;
  DeckWindow *window;

  deck_mock_server_add_api_key (fixture->alpha, key, scopes);
  client = deck_workspace_list_new_client (fixture->list, deck_mock_server_get_url (fixture->alpha), key, NULL);
  entry = deck_workspace_list_add_for_session (fixture->list, client,
                                               json_object_get_string_member (json_node_get_object (workspace), "id"),
                                               "Alpha Agency", key);
  deck_workspace_list_set_current (fixture->list, entry);
  window = open_window (fixture);

  wait_until (page_settled, deck_window_get_accounts_page (window));
  wait_until (refresh_disabled, window);
  g_assert_false (deck_workspace_permissions_allows (deck_window_get_workspace (window), "accounts:read"));
  g_assert_true (deck_workspace_permissions_allows (deck_window_get_workspace (window), "campaigns:read"));
}

static void
test_demo_button (Fixture       *fixture,
                  gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  DeckWorkspaceEntry *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "welcome.demo", NULL));
  entry = deck_workspace_list_get_current (fixture->list);
  g_assert_nonnull (entry);
  g_assert_true (deck_workspace_entry_get_transient (entry));
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");
  wait_until (page_settled, deck_window_get_accounts_page (window));
  g_assert_cmpuint (g_list_model_get_n_items (deck_workspace_get_accounts (deck_window_get_workspace (window))),
                    ==, 40);
}

/* A key created on the API Keys page is offered as a new workspace: the add dialog
 * opens on the current server with the key filled in. */
static void
test_add_workspace_with_key (Fixture       *fixture,
                             gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture);
  DeckWelcomePage *page = deck_window_get_welcome_page (window);
  const char *url = deck_mock_server_get_url (fixture->alpha);
  g_autofree char *new_api_key = new_key ();
  DeckWelcomePage *add_page;

  fill_in (page, url, deck_mock_server_get_api_key (fixture->alpha));
  connect_and_wait (page);
  g_assert_nonnull (deck_workspace_list_get_current (fixture->list));

  deck_window_add_workspace_with_key (window, new_api_key);
  add_page = deck_window_get_add_page (window);
  g_assert_nonnull (add_page);
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_key_row (add_page)), ==, new_api_key);
  g_assert_cmpstr (gtk_editable_get_text (deck_welcome_page_get_server_row (add_page)), ==, url);
}

static void
test_skip (void)
{
  g_test_skip ("no display");
}

#define ADD(path, func) \
  g_test_add ("/ui/signin/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/signin/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  ADD ("first-run-shows-welcome", test_first_run_shows_welcome);
  ADD ("bad-key-keeps-form", test_bad_key_keeps_form);
  ADD ("no-paid-plan", test_no_paid_plan);
  ADD ("missing-scope", test_missing_scope);
  ADD ("no-network", test_no_network);
  ADD ("good-key-lands-on-accounts", test_good_key_lands_on_accounts);
  ADD ("keyring-unavailable-session-only", test_keyring_unavailable_session_only);
  ADD ("switch-workspaces", test_switch_workspaces);
  ADD ("remove-workspace-deletes-secret", test_remove_workspace_deletes_secret);
  ADD ("rename-workspace", test_rename_workspace);
  ADD ("restart-without-key", test_restart_without_key);
  ADD ("unlocking-while-keyring-waits", test_unlocking_while_keyring_waits);
  ADD ("denied-scope-disables-action", test_denied_scope_disables_action);
  ADD ("demo-button", test_demo_button);
  ADD ("add-workspace-with-key", test_add_workspace_with_key);

  return g_test_run ();
}
