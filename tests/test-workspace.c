/* test-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-account.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define WAIT_MS 60000

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
  DeckWorkspace  *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->mock = deck_mock_server_new (150);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 4, 1, 5000);
  deck_client_set_rate_limit (fixture->client, 0, 1);

  fixture->workspace = deck_workspace_new (fixture->client, "Test workspace");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workspace);
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
}

static gboolean
load_sync (DeckWorkspace  *workspace,
           GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_workspace_load_accounts_async (workspace, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_workspace_load_accounts_finish (workspace, result, error);
}

static JsonNode *
call_sync (DeckClient  *client,
           const char  *method,
           const char  *path,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_call_async (client, method, path, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_client_call_finish (client, result, error);
}

static DeckAccount *
find_account (GListModel *model,
              const char *email)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      if (g_str_equal (deck_account_get_email (account), email))
        return account;
    }

  return NULL;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n_removed)
{
  *n_removed += removed;
}

static void
test_load_and_reload (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *accounts = deck_workspace_get_accounts (fixture->workspace);
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autofree char *paused_email = NULL;
  g_autofree char *deleted_email = NULL;
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;
  DeckAccount *paused = NULL;
  guint n_removed = 0;
  gulong id;

  g_assert_cmpstr (deck_workspace_get_label (fixture->workspace), ==, "Test workspace");
  g_assert_true (deck_workspace_get_client (fixture->workspace) == fixture->client);
  g_assert_false (deck_workspace_get_accounts_loading (fixture->workspace));

  g_assert_true (load_sync (fixture->workspace, &error));
  g_assert_no_error (error);
  g_assert_null (deck_workspace_get_accounts_error (fixture->workspace));
  g_assert_false (deck_workspace_get_accounts_loading (fixture->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 150);

  for (guint i = 0; i < 150; i++)
    {
      DeckAccount *account = g_list_model_get_item (accounts, i);

      g_ptr_array_add (before, account);
      if (paused == NULL && deck_account_get_status (account) == 1)
        paused = account;
    }
  g_assert_nonnull (paused);
  paused_email = g_strdup (deck_account_get_email (paused));

  /* Change one account and delete another behind the workspace's back. */
  escaped = deck_client_escape_segment (paused_email);
  path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  reply = call_sync (fixture->client, "POST", path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&reply, json_node_unref);
  g_clear_pointer (&escaped, g_free);
  g_clear_pointer (&path, g_free);

  deleted_email = g_strdup (deck_account_get_email (g_ptr_array_index (before, 0) == paused
                                                    ? g_ptr_array_index (before, 1)
                                                    : g_ptr_array_index (before, 0)));
  escaped = deck_client_escape_segment (deleted_email);
  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);
  reply = call_sync (fixture->client, "DELETE", path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_get_n_accounts (fixture->mock), ==, 149);

  id = g_signal_connect (paused, "notify", G_CALLBACK (on_notify), notified);
  g_signal_connect (accounts, "items-changed", G_CALLBACK (count_changes), &n_removed);

  g_assert_true (load_sync (fixture->workspace, &error));
  g_assert_no_error (error);

  /* Same model, same object, updated in place. */
  g_assert_true (deck_workspace_get_accounts (fixture->workspace) == accounts);
  g_assert_true (find_account (accounts, paused_email) == paused);
  g_assert_cmpint (deck_account_get_status (paused), ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "status", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (notified, "email", g_str_equal, NULL));

  /* The deleted one is gone; every other object is the one we had. */
  g_assert_null (find_account (accounts, deleted_email));
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 149);
  g_assert_cmpuint (n_removed, ==, 1);
  for (guint i = 0; i < before->len; i++)
    {
      DeckAccount *old = g_ptr_array_index (before, i);

      if (g_str_equal (deck_account_get_email (old), deleted_email))
        continue;
      g_assert_true (find_account (accounts, deck_account_get_email (old)) == old);
    }

  g_signal_handler_disconnect (paused, id);
  g_signal_handlers_disconnect_by_func (accounts, count_changes, &n_removed);
}

static void
test_load_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const GError *stored;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_false (load_sync (fixture->workspace, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);

  stored = deck_workspace_get_accounts_error (fixture->workspace);
  g_assert_nonnull (stored);
  g_assert_error ((GError *) stored, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_false (deck_workspace_get_accounts_loading (fixture->workspace));
  g_clear_error (&error);

  /* The next good load clears it. */
  g_assert_true (load_sync (fixture->workspace, &error));
  g_assert_null (deck_workspace_get_accounts_error (fixture->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (deck_workspace_get_accounts (fixture->workspace)), ==, 150);
}

static void
on_loading (DeckWorkspace *workspace,
            GParamSpec    *pspec,
            GPtrArray     *events)
{
  g_ptr_array_add (events, g_strdup (deck_workspace_get_accounts_loading (workspace) ? "loading" : "idle"));
}

static void
test_loading_notifies (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_signal_connect (fixture->workspace, "notify::accounts-loading", G_CALLBACK (on_loading), events);
  g_assert_true (load_sync (fixture->workspace, &error));
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (events, 0), ==, "loading");
  g_assert_cmpstr (g_ptr_array_index (events, 1), ==, "idle");
  g_signal_handlers_disconnect_by_func (fixture->workspace, on_loading, events);
}

/* Two pages asking for the same model at once share one load: both learn it succeeded,
 * and the server is asked for each page once. */
static void
test_concurrent_loads_share (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GError) error = NULL;
  guint before = deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/lead-lists");

  deck_workspace_load_lead_lists_async (fixture->workspace, NULL, deck_test_store_result, &first);
  deck_workspace_load_lead_lists_async (fixture->workspace, NULL, deck_test_store_result, &second);
  g_assert_true (deck_workspace_get_lead_lists_loading (fixture->workspace));

  deck_test_wait_result (&first, WAIT_MS);
  deck_test_wait_result (&second, WAIT_MS);
  g_assert_true (deck_workspace_load_lead_lists_finish (fixture->workspace, first, &error));
  g_assert_no_error (error);
  g_assert_true (deck_workspace_load_lead_lists_finish (fixture->workspace, second, &error));
  g_assert_no_error (error);

  g_assert_false (deck_workspace_get_lead_lists_loading (fixture->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (deck_workspace_get_lead_lists (fixture->workspace)), >, 0);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/lead-lists") - before, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/workspace/load-and-reload", Fixture, NULL, fixture_set_up, test_load_and_reload, fixture_tear_down);
  g_test_add ("/workspace/load-error", Fixture, NULL, fixture_set_up, test_load_error, fixture_tear_down);
  g_test_add ("/workspace/concurrent-loads-share", Fixture, NULL, fixture_set_up, test_concurrent_loads_share, fixture_tear_down);
  g_test_add ("/workspace/loading-notifies", Fixture, NULL, fixture_set_up, test_loading_notifies, fixture_tear_down);

  return g_test_run ();
}
