/* test-client.c
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
#include "deck-pager.h"
#include "deck-test-util.h"

#define WAIT_MS 90000

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
} Fixture;

static DeckClient *
client_new_for_key (DeckMockServer *mock,
                    const char     *key)
{
  g_autoptr(GError) error = NULL;
  DeckClient *client;

  client = deck_client_new (deck_mock_server_get_url (mock), key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (client);

  /* Retries in tests are about counts, not time. */
  deck_client_set_retry_budget (client, 4, 1, 5000);
  deck_client_set_rate_limit (client, 0, 1);

  return client;
}

static void
fixture_set_up_n (Fixture *fixture,
                  guint    n_accounts)
{
  g_autoptr(GError) error = NULL;

  fixture->mock = deck_mock_server_new (n_accounts);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = client_new_for_key (fixture->mock, deck_mock_server_get_api_key (fixture->mock));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_n (fixture, GPOINTER_TO_UINT (data) ? GPOINTER_TO_UINT (data) : 40);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
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
pager_load_sync (DeckPager  *pager,
                 GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_pager_load_finish (pager, result, error);
}

static gboolean
list_accounts_sync (DeckClient  *client,
                    GError     **error)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (client, NULL);

  return pager_load_sync (pager, error);
}

/* An account the server will let us pause (status Active). */
static char *
active_email (Fixture *fixture)
{
  g_autoptr(JsonNode) page = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *items;

  page = call_sync (fixture->client, "GET", "/api/v2/accounts?limit=100&status=1", NULL, &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (page), "items");
  g_assert_cmpuint (json_array_get_length (items), >, 0);

  return g_strdup (json_object_get_string_member (json_array_get_object_element (items, 0), "email"));
}

static JsonObject *
last_log_entry (DeckMockServer *mock)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (mock);
  guint n = json_array_get_length (log);

  g_assert_cmpuint (n, >, 0);
  return json_object_ref (json_array_get_object_element (log, n - 1));
}

static void
test_list_many_pages (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (fixture->client, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *cursor = NULL;
  g_autoptr(JsonArray) log = NULL;
  GListModel *model;
  JsonObject *first;
  guint n;

  g_assert_cmpuint (deck_mock_server_get_n_accounts (fixture->mock), ==, 1000);

  g_assert_true (pager_load_sync (pager, &error));
  g_assert_no_error (error);

  model = deck_pager_get_model (pager);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, 1000);
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 1000);
  g_assert_cmpuint (deck_pager_get_n_pages (pager), >=, 10);
  g_assert_false (deck_pager_get_loading (pager));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_assert_true (g_hash_table_add (seen, (gpointer) deck_account_get_email (account)));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 1000);

  /* The request carried the list's parameters. */
  log = deck_mock_server_dup_request_log (fixture->mock);
  first = json_array_get_object_element (log, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "method"), ==, "GET");
  g_assert_cmpstr (json_object_get_string_member (first, "path"), ==, "/api/v2/accounts");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first, "query"), "limit"), ==, "100");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first, "query"), "include_tags"), ==, "true");

  /* The order is the server's. Each page continues after the one before: the cursor
   * the pager sent for page k + 1 (timestamp_created&email on this server) names the
   * last account of page k. */
  g_assert_cmpuint (json_array_get_length (log), ==, deck_pager_get_n_pages (pager));
  for (guint k = 1; k < json_array_get_length (log); k++)
    {
      JsonObject *query = json_object_get_object_member (json_array_get_object_element (log, k), "query");
      g_autoptr(DeckAccount) last = g_list_model_get_item (model, k * 100 - 1);

      cursor = g_strdup (json_object_get_string_member (query, "starting_after"));
      g_assert_true (g_str_has_suffix (cursor, deck_account_get_email (last)));
      g_clear_pointer (&cursor, g_free);
    }

  /* And within a page, item for item: fetch page 5 by hand and compare. */
  {
    JsonObject *query = json_object_get_object_member (json_array_get_object_element (log, 4), "query");
    g_autoptr(GString) path = g_string_new ("/api/v2/accounts");
    g_autoptr(JsonNode) page = NULL;
    JsonArray *items;

    deck_client_append_query (path, "limit", "100");
    deck_client_append_query (path, "starting_after", json_object_get_string_member (query, "starting_after"));
    page = call_sync (fixture->client, "GET", path->str, NULL, &error);
    g_assert_no_error (error);
    items = json_object_get_array_member (json_node_get_object (page), "items");
    g_assert_cmpuint (json_array_get_length (items), ==, 100);

    for (guint i = 0; i < 100; i++)
      {
        g_autoptr(DeckAccount) account = g_list_model_get_item (model, 400 + i);

        g_assert_cmpstr (deck_account_get_email (account), ==,
                         json_object_get_string_member (json_array_get_object_element (items, i), "email"));
      }
  }
}

static void
test_unauthorized (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wrong = g_strdup_printf ("wrong-%08x", g_random_int ());
  g_autoptr(DeckClient) client = client_new_for_key (fixture->mock, wrong);
  g_autoptr(GError) error = NULL;

  g_assert_false (list_accounts_sync (client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  /* A refused key is not worth asking again. */
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 1);
}

static void
test_forbidden (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const scopes[] = { "campaigns:read", NULL };
  g_autofree char *key = g_strdup_printf ("scoped-%08x", g_random_int ());
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_api_key (fixture->mock, key, scopes);
  client = client_new_for_key (fixture->mock, key);

  g_assert_false (list_accounts_sync (client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  deck_client_get_account_async (fixture->client, "nobody@nowhere.invalid", NULL,
                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  account = deck_client_get_account_finish (fixture->client, result, &error);

  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

static void
test_invalid_keeps_message (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(JsonNode) body = json_from_string ("{\"first_name\":\"No\",\"last_name\":\"Email\"}", NULL);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  reply = call_sync (fixture->client, "POST", "/api/v2/accounts", body, &error);
  g_assert_null (reply);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (g_str_has_prefix (error->message, "HTTP "));

  /* The person sees the server's reason too. */
  description = deck_api_error_describe (error);
  g_assert_nonnull (strstr (description, error->message));
}

static void
test_rate_limited_then_ok (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Without Retry-After: backoff, then success. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 2, -1, 0);
  g_assert_true (list_accounts_sync (fixture->client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 3);

  /* With Retry-After: 0. */
  deck_mock_server_clear_request_log (fixture->mock);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 2, 0, 0);
  g_assert_true (list_accounts_sync (fixture->client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 3);
}

static void
test_retry_after_honoured (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The server asks for 30 s, more than the 2 s budget allows: the client gives up
   * at once instead of hammering it (its own backoff would have fitted). */
  deck_client_set_retry_budget (fixture->client, 4, 1, 2000);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 1, 30, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_RATE_LIMITED);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 1);
  g_clear_error (&error);

  /* The same fault without the header is retried within the same budget. */
  deck_mock_server_clear_request_log (fixture->mock);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_true (list_accounts_sync (fixture->client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 2);
}

static void
test_rate_limited_gives_up (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 10, -1, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_RATE_LIMITED);
  /* max_attempts = 4 */
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 4);
}

static void
test_server_error_not_retried (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 1);
}

static void
test_gateway_errors_retried (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_BAD_GATEWAY, "GET /api/v2/accounts*", 1, -1, 0);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_UNAVAILABLE, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_true (list_accounts_sync (fixture->client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 3);
}

static void
test_post_gateway_error_not_retried (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;

  /* A 502 may come after the server applied the change: a POST is not repeated. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_BAD_GATEWAY, "POST /api/v2/accounts/*", 1, -1, 0);
  reply = call_sync (fixture->client, "POST", path, NULL, &error);
  g_assert_null (reply);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", logged), ==, 1);
}

static void
test_dropped_connection_get (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_DROP_CONNECTION, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_true (list_accounts_sync (fixture->client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), >=, 2);
}

static void
test_dropped_connection_exhausted (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_DROP_CONNECTION, "GET /api/v2/accounts*", 20, -1, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NETWORK);
  deck_mock_server_clear_faults (fixture->mock);
}

static void
test_truncated_json (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_TRUNCATED_JSON, "GET /api/v2/accounts*", 1, -1, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 1);
}

static void
test_malformed_json (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_MALFORMED_JSON, "GET /api/v2/accounts*", 2, -1, 0);
  g_assert_false (list_accounts_sync (fixture->client, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_clear_error (&error);

  deck_client_get_account_async (fixture->client, "someone@example.com", NULL,
                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  account = deck_client_get_account_finish (fixture->client, result, &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
}

static void
test_post_not_sent_twice (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_DROP_AFTER_HANDLING, "POST /api/v2/accounts/*", 1, -1, 0);
  reply = call_sync (fixture->client, "POST", path, NULL, &error);
  g_assert_null (reply);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NETWORK);

  /* The server did apply it, exactly once. */
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", logged), ==, 1);
  stored = deck_mock_server_dup_account (fixture->mock, email);
  g_assert_nonnull (stored);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (stored), "status"), ==, 2);
}

static void
test_post_retried_after_429 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "POST /api/v2/accounts/*", 1, 0, 0);
  reply = call_sync (fixture->client, "POST", path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reply);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (reply), "email"), ==, email);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", logged), ==, 2);
}

static void
test_no_content_type_without_body (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autoptr(JsonNode) body = json_from_string ("{\"first_name\":\"No\",\"last_name\":\"Email\"}", NULL);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GError) error = NULL;

  reply = call_sync (fixture->client, "POST", path, NULL, &error);
  g_assert_no_error (error);
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "POST");
  g_assert_true (json_object_get_null_member (entry, "content_type"));
  g_assert_true (json_object_get_null_member (entry, "body"));
  g_clear_pointer (&entry, json_object_unref);
  g_clear_pointer (&reply, json_node_unref);

  /* With a body, it is JSON and says so. */
  reply = call_sync (fixture->client, "POST", "/api/v2/accounts", body, &error);
  g_clear_error (&error);
  entry = last_log_entry (fixture->mock);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (entry, "content_type"), "application/json"));
  g_assert_false (json_object_get_null_member (entry, "body"));
}

static void
test_escaping (Fixture       *fixture,
               gconstpointer  data)
{
  const char *email = "ada+test@example.com";
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) created = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(DeckPager) pager = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GString) query = g_string_new ("/api/v2/accounts");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (escaped, ==, "ada%2Btest%40example.com");
  deck_client_append_query (query, "search", "a+b c&d");
  deck_client_append_query (query, "limit", "5");
  g_assert_cmpstr (query->str, ==, "/api/v2/accounts?search=a%2Bb%20c%26d&limit=5");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, email);
  json_builder_set_member_name (builder, "first_name");
  json_builder_add_string_value (builder, "Ada");
  json_builder_set_member_name (builder, "last_name");
  json_builder_add_string_value (builder, "Test");
  json_builder_set_member_name (builder, "provider_code");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "imap_username");
  json_builder_add_string_value (builder, email);
  json_builder_set_member_name (builder, "imap_password");
  json_builder_add_string_value (builder, "imap-secret");
  json_builder_set_member_name (builder, "imap_host");
  json_builder_add_string_value (builder, "imap.example.com");
  json_builder_set_member_name (builder, "imap_port");
  json_builder_add_int_value (builder, 993);
  json_builder_set_member_name (builder, "smtp_username");
  json_builder_add_string_value (builder, email);
  json_builder_set_member_name (builder, "smtp_password");
  json_builder_add_string_value (builder, "smtp-secret");
  json_builder_set_member_name (builder, "smtp_host");
  json_builder_add_string_value (builder, "smtp.example.com");
  json_builder_set_member_name (builder, "smtp_port");
  json_builder_add_int_value (builder, 587);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  created = call_sync (fixture->client, "POST", "/api/v2/accounts", body, &error);
  g_assert_no_error (error);

  deck_client_get_account_async (fixture->client, email, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  account = deck_client_get_account_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_email (account), ==, email);

  /* The server saw one path segment that decodes to the email, '+' intact. */
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "path"), ==, "/api/v2/accounts/ada+test@example.com");
  g_clear_pointer (&entry, json_object_unref);

  /* And a search with '+' arrives as '+', not as a space. */
  pager = deck_client_list_accounts (fixture->client, "ada+test");
  g_assert_true (pager_load_sync (pager, &error));
  g_assert_no_error (error);
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "query"), "search"), ==, "ada+test");
  g_assert_cmpuint (g_list_model_get_n_items (deck_pager_get_model (pager)), ==, 1);
}

static void
test_url_validation (void)
{
  const char *allowed[] = {
    "https://api.instantly.ai",
    "https://api.instantly.ai/",
    "https://example.com:8443/prefix",
    "http://127.0.0.1:8080",
    "http://127.5.6.7",
    "http://localhost:3000",
    "http://LOCALHOST",
    "http://[::1]:8080",
  };
  const char *refused[] = {
    "http://api.instantly.ai",
    "http://10.0.0.1",
    "http://127.0.0.1.evil.example",
    "http://localhost.evil.example",
    "http://[::2]",
    "ftp://127.0.0.1",
    "api.instantly.ai",
    "https://user:secret@api.instantly.ai",
    "https://",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeckClient) client = NULL;

      g_assert_true (deck_client_validate_url (allowed[i], &error));
      g_assert_no_error (error);
      client = deck_client_new (allowed[i], "k", &error);
      g_assert_no_error (error);
      g_assert_false (g_str_has_suffix (deck_client_get_base_url (client), "/"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeckClient) client = NULL;

      g_assert_false (deck_client_validate_url (refused[i], &error));
      g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL);
      g_clear_error (&error);

      client = deck_client_new (refused[i], "k", &error);
      g_assert_null (client);
      g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL);
    }
}

typedef struct
{
  guint         n_callbacks;
  GError       *error;
  GCancellable *cancellable;
} CancelState;

static void
on_pager_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CancelState *state = user_data;

  state->n_callbacks++;
  deck_pager_load_finish (DECK_PAGER (source), result, &state->error);
}

static void
on_n_pages (DeckPager   *pager,
            GParamSpec  *pspec,
            CancelState *state)
{
  if (deck_pager_get_n_pages (pager) == 1)
    g_cancellable_cancel (state->cancellable);
}

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for a while: gives late callbacks a chance to (wrongly) fire. */
static void
drain (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  deck_test_wait_for_flag (&done, ms + WAIT_MS);
}

static void
test_cancel_mid_pager (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (fixture->client, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelState state = { 0, NULL, cancellable };

  /* The second page is slow, so the cancel lands while it is in flight. */
  deck_mock_server_set_latency (fixture->mock, 50);
  g_signal_connect (pager, "notify::n-pages", G_CALLBACK (on_n_pages), &state);

  deck_pager_load_async (pager, cancellable, on_pager_loaded, &state);
  while (state.n_callbacks == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (deck_pager_get_n_pages (pager), ==, 1);
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 100);
  g_assert_false (deck_pager_get_loading (pager));

  drain (300);
  g_assert_cmpuint (state.n_callbacks, ==, 1);
  g_assert_cmpuint (deck_pager_get_n_pages (pager), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (deck_pager_get_model (pager)), ==, 100);
  g_clear_error (&state.error);
}

static void
on_call_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CancelState *state = user_data;
  g_autoptr(JsonNode) node = NULL;

  state->n_callbacks++;
  node = deck_client_call_finish (DECK_CLIENT (source), result, &state->error);
}

static void
test_cancel_mid_backoff (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelState state = { 0, NULL, cancellable };

  /* Asked to wait 60 s, within a budget that allows it. */
  deck_client_set_retry_budget (fixture->client, 4, 1, 120000);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts*", 1, 60, 0);

  deck_client_call_async (fixture->client, "GET", "/api/v2/accounts?limit=10", NULL,
                          cancellable, on_call_done, &state);

  while (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts") == 0)
    drain (10);
  /* Let the 429 arrive and the backoff start. */
  drain (100);
  g_assert_cmpuint (state.n_callbacks, ==, 0);

  g_cancellable_cancel (cancellable);
  while (state.n_callbacks == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  drain (200);
  g_assert_cmpuint (state.n_callbacks, ==, 1);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 1);
  g_clear_error (&state.error);
}

typedef struct
{
  guint n_done;
  guint n_cancelled;
} Batch;

static void
on_batch_call (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Batch *batch = user_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    batch->n_cancelled++;
  else
    batch->n_done++;
}

/* @n calls of @path at once; returns after @expect_done answered and a pause in
 * which a call that was let through too early would have been answered too. */
static void
run_batch (Fixture      *fixture,
           const char   *path,
           guint         n,
           guint         expect_done,
           GCancellable *cancellable,
           Batch        *batch)
{
  for (guint i = 0; i < n; i++)
    deck_client_call_async (fixture->client, "GET", path, NULL, cancellable, on_batch_call, batch);

  while (batch->n_done < expect_done)
    g_main_context_iteration (NULL, TRUE);
  drain (300);
}

static void
test_token_bucket_delays (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Batch batch = { 0 };

  /* A burst of 3, then one request per 100 s: the rest wait rather than fail. */
  deck_client_set_rate_limit (fixture->client, 0.01, 3);
  run_batch (fixture, "/api/v2/accounts?limit=1", 5, 3, cancellable, &batch);

  g_assert_cmpuint (batch.n_done, ==, 3);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 3);

  g_cancellable_cancel (cancellable);
  while (batch.n_cancelled < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts"), ==, 3);
}

static void
test_emails_window (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Batch batch = { 0 };
  Batch others = { 0 };

  /* GET /emails has its own 20 per minute on top of the workspace budget. */
  deck_client_set_rate_limit (fixture->client, 1000, 1000);
  run_batch (fixture, "/api/v2/emails?limit=1", 21, 20, cancellable, &batch);
  g_assert_cmpuint (batch.n_done, ==, 20);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/emails"), ==, 20);

  /* Other endpoints are not held back by it. */
  run_batch (fixture, "/api/v2/accounts?limit=1", 5, 5, NULL, &others);
  g_assert_cmpuint (others.n_done, ==, 5);

  g_cancellable_cancel (cancellable);
  while (batch.n_cancelled < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/emails"), ==, 20);
}

static void
test_post_timeout_not_retried (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;

  /* The server is slower than our patience: the POST may still be applied, so it
   * must not be sent again. */
  deck_client_set_timeout (fixture->client, 1);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_DELAY, "POST /api/v2/accounts/*", 1, -1, 1500);
  reply = call_sync (fixture->client, "POST", path, NULL, &error);
  g_assert_null (reply);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NETWORK);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", logged), <=, 1);

  /* Let the slow answer land before counting for good. */
  while (deck_mock_server_count_requests (fixture->mock, "POST", logged) == 0)
    drain (50);
  drain (200);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", logged), ==, 1);
}

/* Cancelling once the server has the request. */

typedef enum
{
  CANCEL_AT_ONCE,          /* before anything is sent */
  CANCEL_FROM_IDLE,        /* the request is on its way */
  CANCEL_AFTER_TIMEOUT,    /* 0–5 ms in: anywhere from connecting to reading the reply */
  CANCEL_WHEN_RECEIVED,    /* the mock's log shows it: the reply is being written or read */
  N_CANCEL_POINTS
} CancelPoint;

typedef struct
{
  DeckMockServer *mock;
  GCancellable   *cancellable;
  const char     *method;
  const char     *request_path;
  const char     *logged_path;
  guint           n_before;
  guint           n_callbacks;
  GError         *error;
} Race;

static gboolean
race_cancel (gpointer user_data)
{
  Race *race = user_data;

  g_cancellable_cancel (race->cancellable);
  return G_SOURCE_REMOVE;
}

/* Polls from the main loop (the mock runs in its own thread) and cancels as soon as
 * the server has logged the request, while its reply is under way. */
static gboolean
race_cancel_when_received (gpointer user_data)
{
  Race *race = user_data;

  if (race->n_callbacks > 0)
    return G_SOURCE_REMOVE;

  if (deck_mock_server_count_requests (race->mock, race->method, race->logged_path) == race->n_before)
    return G_SOURCE_CONTINUE;

  g_cancellable_cancel (race->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_race_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Race *race = user_data;
  g_autoptr(JsonNode) node = NULL;

  race->n_callbacks++;
  if (DECK_IS_PAGER (source))
    deck_pager_load_finish (DECK_PAGER (source), result, &race->error);
  else
    node = deck_client_call_finish (DECK_CLIENT (source), result, &race->error);

  /* Exactly one outcome: a reply, or a cancellation (when the cancel came late,
   * a reply is fine, or the mock's own error for a paused account). */
  g_assert_true (node != NULL || race->error != NULL || DECK_IS_PAGER (source));
}

/* Starts @start (a call or a pager load on @race->cancellable), cancels it at
 * @point, and checks it ended exactly once and never answered after that. */
static void
race_run (Race        *race,
          CancelPoint  point,
          guint        step,
          void       (*start) (Race *race, gpointer data),
          gpointer     data)
{
  guint source_id = 0;

  race->cancellable = g_cancellable_new ();
  race->n_callbacks = 0;
  race->n_before = deck_mock_server_count_requests (race->mock, race->method, race->logged_path);

  start (race, data);

  switch (point)
    {
    case CANCEL_AT_ONCE:
      g_cancellable_cancel (race->cancellable);
      break;

    case CANCEL_FROM_IDLE:
      source_id = g_idle_add (race_cancel, race);
      break;

    case CANCEL_AFTER_TIMEOUT:
      source_id = g_timeout_add (step % 6, race_cancel, race);
      break;

    case CANCEL_WHEN_RECEIVED:
    case N_CANCEL_POINTS:
    default:
      source_id = g_timeout_add (0, race_cancel_when_received, race);
      break;
    }

  while (race->n_callbacks == 0)
    g_main_context_iteration (NULL, TRUE);

  /* If the cancel had not fired yet when the call ended, it must not matter now. */
  if (!g_cancellable_is_cancelled (race->cancellable))
    {
      g_clear_handle_id (&source_id, g_source_remove);
      g_cancellable_cancel (race->cancellable);
    }

  if (point == CANCEL_AT_ONCE)
    g_assert_error (race->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  else if (race->error != NULL && !g_error_matches (race->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_assert_true (race->error->domain == DECK_API_ERROR);

  /* A few idles and a short pause: a second callback would come now. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  drain (2);
  g_assert_cmpuint (race->n_callbacks, ==, 1);

  g_clear_error (&race->error);
  g_clear_object (&race->cancellable);
}

static void
start_call (Race     *race,
            gpointer  data)
{
  Fixture *fixture = data;

  deck_client_call_async (fixture->client, race->method, race->request_path, NULL,
                          race->cancellable, on_race_done, race);
}

static void
start_pager (Race     *race,
             gpointer  data)
{
  DeckPager *pager = data;

  deck_pager_load_async (pager, race->cancellable, on_race_done, race);
}

static void
test_cancel_in_flight (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *email = active_email (fixture);
  g_autofree char *escaped = deck_client_escape_segment (email);
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  Race race = { fixture->mock, NULL, NULL, NULL, NULL, 0, 0, NULL };

  /* A GET of a large page: the reply takes several reads to arrive. */
  race.method = "GET";
  race.request_path = "/api/v2/accounts?limit=100";
  race.logged_path = "/api/v2/accounts";
  for (guint i = 0; i < 60; i++)
    race_run (&race, i % N_CANCEL_POINTS, i / N_CANCEL_POINTS, start_call, fixture);

  /* A POST (its reply is small, so cancels land around the reply). */
  race.method = "POST";
  race.request_path = path;
  race.logged_path = logged;
  for (guint i = 0; i < 30; i++)
    race_run (&race, i % N_CANCEL_POINTS, i / N_CANCEL_POINTS, start_call, fixture);

  /* A pager cancelled on its first pages. */
  race.method = "GET";
  race.logged_path = "/api/v2/accounts";
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(DeckPager) pager = deck_client_list_accounts (fixture->client, NULL);

      race_run (&race, i % N_CANCEL_POINTS, i / N_CANCEL_POINTS, start_pager, pager);
    }

  /* The client still works afterwards. */
  {
    g_autoptr(JsonNode) page = NULL;
    g_autoptr(GError) error = NULL;

    page = call_sync (fixture->client, "GET", "/api/v2/accounts?limit=1", NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (page);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, n) \
  g_test_add ("/client/" path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

  ADD ("list/1000-accounts", test_list_many_pages, 1000);
  ADD ("error/unauthorized", test_unauthorized, 0);
  ADD ("error/forbidden", test_forbidden, 0);
  ADD ("error/not-found", test_not_found, 0);
  ADD ("error/invalid", test_invalid_keeps_message, 0);
  ADD ("fault/429-retried", test_rate_limited_then_ok, 0);
  ADD ("fault/429-retry-after-honoured", test_retry_after_honoured, 0);
  ADD ("fault/429-gives-up", test_rate_limited_gives_up, 0);
  ADD ("fault/500-not-retried", test_server_error_not_retried, 0);
  ADD ("fault/502-503-retried", test_gateway_errors_retried, 0);
  ADD ("fault/post-502-not-retried", test_post_gateway_error_not_retried, 0);
  ADD ("fault/dropped-get-retried", test_dropped_connection_get, 0);
  ADD ("fault/dropped-get-exhausted", test_dropped_connection_exhausted, 0);
  ADD ("fault/truncated-json", test_truncated_json, 0);
  ADD ("fault/malformed-json", test_malformed_json, 0);
  ADD ("fault/post-not-sent-twice", test_post_not_sent_twice, 0);
  ADD ("fault/post-retried-after-429", test_post_retried_after_429, 0);
  ADD ("cancel/mid-pager", test_cancel_mid_pager, 250);
  ADD ("cancel/mid-backoff", test_cancel_mid_backoff, 0);
  ADD ("cancel/in-flight", test_cancel_in_flight, 250);
  ADD ("request/no-content-type-without-body", test_no_content_type_without_body, 0);
  ADD ("request/escaping", test_escaping, 0);
  ADD ("rate/token-bucket-delays", test_token_bucket_delays, 0);
  ADD ("rate/emails-window", test_emails_window, 0);
  ADD ("fault/post-timeout-not-retried", test_post_timeout_not_retried, 0);
  g_test_add_func ("/client/url-validation", test_url_validation);

#undef ADD

  return g_test_run ();
}
