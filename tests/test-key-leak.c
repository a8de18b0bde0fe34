/* test-key-leak.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-client.h"
#include "deck-client-accounts.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define WAIT_MS 60000

/* Everything any thread logs, as text. */
static GMutex   captured_lock;
static GString *captured;

static GLogWriterOutput
capture_writer (GLogLevelFlags   log_level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  g_mutex_lock (&captured_lock);
  for (gsize i = 0; i < n_fields; i++)
    {
      g_string_append (captured, fields[i].key);
      g_string_append_c (captured, '=');
      if (fields[i].length < 0)
        g_string_append (captured, fields[i].value);
      else
        g_string_append_len (captured, fields[i].value, fields[i].length);
      g_string_append_c (captured, ' ');
    }
  g_string_append_c (captured, '\n');
  g_mutex_unlock (&captured_lock);

  return G_LOG_WRITER_HANDLED;
}

static char *
dup_captured (void)
{
  char *copy;

  g_mutex_lock (&captured_lock);
  copy = g_strdup (captured->str);
  g_mutex_unlock (&captured_lock);

  return copy;
}

static JsonNode *
call_sync (DeckClient  *client,
           const char  *method,
           const char  *path,
           JsonNode    *body,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_call_async (client, method, path, body, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_client_call_finish (client, result, error);
}

static gboolean
list_sync (DeckClient  *client,
           GError     **error)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (client, NULL);
  g_autoptr(GAsyncResult) result = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_pager_load_finish (pager, result, error);
}

static void
test_key_never_logged (void)
{
  g_autoptr(DeckMockServer) mock = deck_mock_server_new (150);
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckClient) wrong_client = NULL;
  g_autoptr(DeckWorkspace) workspace = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonNode) body = json_from_string ("{\"first_name\":\"No\"}", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong_key = g_strdup_printf ("wrong-key-%08x%08x", g_random_int (), g_random_int ());
  g_autofree char *log = NULL;
  g_autofree char *bearer = NULL;
  const char *key;

  deck_mock_server_start (mock, 0, &error);
  g_assert_no_error (error);
  key = deck_mock_server_get_api_key (mock);
  g_assert_cmpuint (strlen (key), >=, 8);

  client = deck_client_new (deck_mock_server_get_url (mock), key, &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (client, 4, 1, 5000);

  /* A full list, through the workspace. */
  workspace = deck_workspace_new (client, "Leak test");
  deck_workspace_load_accounts_async (workspace, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_workspace_load_accounts_finish (workspace, result, &error));
  g_assert_no_error (error);

  /* Retries: 429 with and without Retry-After, 502, a dropped connection. */
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 1, 0, 0);
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 1, -1, 0);
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_BAD_GATEWAY, "GET /api/v2/accounts*", 1, -1, 0);
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_DROP_CONNECTION, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_true (list_sync (client, &error));
  g_assert_no_error (error);

  /* Errors: 400 with a body sent, 404, 500, malformed. */
  reply = call_sync (client, "POST", "/api/v2/accounts", body, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_clear_error (&error);
  reply = call_sync (client, "GET", "/api/v2/accounts/nobody%40nowhere.invalid", NULL, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_SERVER_ERROR, NULL, 1, -1, 0);
  reply = call_sync (client, "GET", "/api/v2/accounts?limit=1", NULL, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_clear_error (&error);
  deck_mock_server_add_fault (mock, DECK_MOCK_FAULT_MALFORMED_JSON, NULL, 1, -1, 0);
  reply = call_sync (client, "GET", "/api/v2/accounts?limit=1", NULL, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_clear_error (&error);

  /* A refused key. */
  wrong_client = deck_client_new (deck_mock_server_get_url (mock), wrong_key, &error);
  g_assert_no_error (error);
  g_assert_false (list_sync (wrong_client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  g_clear_object (&workspace);
  g_clear_object (&client);
  g_clear_object (&wrong_client);
  deck_mock_server_stop (mock);

  log = dup_captured ();

  /* The capture works: the client's debug trace and libsoup's are in it. */
  g_assert_nonnull (strstr (log, "GET /api/v2/accounts"));
  g_assert_nonnull (strstr (log, "Authorization: [redacted]"));

  g_assert_null (strstr (log, key));
  g_assert_null (strstr (log, wrong_key));
  bearer = g_strdup_printf ("Bearer %s", key);
  g_assert_null (strstr (log, bearer));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  /* Before anything logs: every domain at every level, into our writer. */
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  g_setenv ("INSTADECK_HTTP_LOG", "headers", TRUE);
  captured = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  g_log_set_debug_enabled (TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/security/key-never-logged", test_key_never_logged);

  return g_test_run ();
}
