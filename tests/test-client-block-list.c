/* test-client-block-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "deck-block-list-entry.h"
#include "deck-client.h"
#include "deck-client-block-list.h"
#include "deck-mock-server.h"
#include "deck-pager.h"
#include "deck-test-util.h"

#define WAIT_MS 60000

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->mock = deck_mock_server_new (4);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 3, 1, 2000);
  deck_client_set_rate_limit (fixture->client, 0, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
}

/* Every entry of the block list (filtered as asked), through the client's pager. */
static GListModel *
load_entries (Fixture    *fixture,
              const char *search,
              gboolean    domains_only)
{
  g_autoptr(DeckPager) pager = deck_client_list_block_list (fixture->client, search, domains_only);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  g_assert_no_error (error);

  return g_object_ref (deck_pager_get_model (pager));
}

static DeckBlockListEntry *
find_value (GListModel *model,
            const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckBlockListEntry) entry = g_list_model_get_item (model, i);

      if (g_ascii_strcasecmp (deck_block_list_entry_get_bl_value (entry), value) == 0)
        return entry;
    }

  return NULL;
}

static GPtrArray *
add_values (Fixture             *fixture,
            const char * const  *values,
            guint               *valid,
            guint               *invalid,
            GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_add_block_list_entries_async (fixture->client, values, NULL,
                                            deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_add_block_list_entries_finish (fixture->client, result, valid, invalid, error);
}

static gboolean
delete_ids (Fixture             *fixture,
            const char * const  *ids,
            guint               *deleted,
            GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_delete_block_list_entries_async (fixture->client, ids, NULL,
                                               deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_delete_block_list_entries_finish (fixture->client, result, deleted, error);
}

/* The model */

static void
test_entry_from_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DeckBlockListEntry) entry = NULL;
  g_autoptr(DeckBlockListEntry) email = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  json_parser_load_from_data (parser,
                              "{\"id\":\"0190a1b2-0000-7000-8000-000000000001\","
                              "\"timestamp_created\":\"2026-03-01T12:00:00.000Z\","
                              "\"organization_id\":\"org\",\"bl_value\":\"spam.example\","
                              "\"is_domain\":true,\"extra\":[1,2]}", -1, &error);
  g_assert_no_error (error);
  entry = deck_block_list_entry_new_from_json (json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_block_list_entry_get_id (entry), ==, "0190a1b2-0000-7000-8000-000000000001");
  g_assert_cmpstr (deck_block_list_entry_get_bl_value (entry), ==, "spam.example");
  g_assert_true (deck_block_list_entry_get_is_domain (entry));
  g_assert_cmpint (deck_block_list_entry_get_timestamp_created (entry), ==, 1772366400000);

  /* No is_domain and no date: an email is not a domain, the date is unknown (0). */
  json_parser_load_from_data (parser, "{\"id\":\"x\",\"bl_value\":\"a@b.example\",\"timestamp_created\":null}",
                              -1, &error);
  g_assert_no_error (error);
  email = deck_block_list_entry_new_from_json (json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_no_error (error);
  g_assert_false (deck_block_list_entry_get_is_domain (email));
  g_assert_cmpint (deck_block_list_entry_get_timestamp_created (email), ==, 0);

  json_parser_load_from_data (parser, "{\"bl_value\":\"a@b.example\"}", -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_null (deck_block_list_entry_new_from_json (object, &error));
  g_assert_nonnull (error);
}

/* Listing */

static void
test_list_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) all = load_entries (fixture, NULL, FALSE);
  g_autoptr(GListModel) domains = load_entries (fixture, NULL, TRUE);
  g_autoptr(JsonArray) log = NULL;
  guint n_all = g_list_model_get_n_items (all);
  guint n_domains = g_list_model_get_n_items (domains);
  g_autoptr(DeckBlockListEntry) first = NULL;
  g_autoptr(GListModel) found = NULL;

  /* The seed holds both kinds. */
  g_assert_cmpuint (n_all, >, 0);
  g_assert_cmpuint (n_domains, >, 0);
  g_assert_cmpuint (n_domains, <, n_all);
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(DeckBlockListEntry) entry = g_list_model_get_item (domains, i);

      g_assert_true (deck_block_list_entry_get_is_domain (entry));
      g_assert_null (strchr (deck_block_list_entry_get_bl_value (entry), '@'));
    }

  first = g_list_model_get_item (all, 0);
  found = load_entries (fixture, deck_block_list_entry_get_bl_value (first), FALSE);
  g_assert_nonnull (find_value (found, deck_block_list_entry_get_bl_value (first)));
  g_assert_cmpuint (g_list_model_get_n_items (found), <, n_all);

  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/block-lists-entries"), >=, 3);
  log = deck_mock_server_dup_request_log (fixture->mock);
  for (guint i = 0; i < json_array_get_length (log); i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (log, i), "status"), ==, 200);
}

/* Adding many at once */

static void
test_add_in_batches (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) before = load_entries (fixture, NULL, FALSE);
  g_autoptr(GError) error = NULL;
  guint n_before = g_list_model_get_n_items (before);
  guint valid = 0, invalid = 0;

  /* 1,150 values: two batches (1,000 + 150). */
  for (guint i = 0; i < 1150; i++)
    {
      g_autofree char *value = (i % 3 == 0)
        ? g_strdup_printf ("blocked-%u.example", i)
        : g_strdup_printf ("person%u@blocked-%u.example", i, i);

      g_strv_builder_add (builder, value);
    }
  values = g_strv_builder_end (builder);

  deck_mock_server_clear_request_log (fixture->mock);
  entries = add_values (fixture, (const char * const *) values, &valid, &invalid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, ==, 1150);
  g_assert_cmpuint (valid, ==, 1150);
  g_assert_cmpuint (invalid, ==, 0);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST",
                                                     "/api/v2/block-lists-entries/bulk-create"), ==, 2);

  {
    g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->mock);
    JsonObject *first = json_array_get_object_element (log, 0);
    JsonObject *last = json_array_get_object_element (log, json_array_get_length (log) - 1);
    JsonObject *body = json_object_get_object_member (first, "body");

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "bl_values")), ==, 1000);
    g_assert_cmpuint (json_object_get_size (body), ==, 1);
    body = json_object_get_object_member (last, "body");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "bl_values")), ==, 150);
  }

  g_assert_true (deck_block_list_entry_get_is_domain (g_ptr_array_index (entries, 0)));
  g_assert_false (deck_block_list_entry_get_is_domain (g_ptr_array_index (entries, 1)));

  after = load_entries (fixture, NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n_before + 1150);
  g_assert_nonnull (find_value (after, "person1148@blocked-1148.example"));
  g_assert_nonnull (find_value (after, "blocked-0.example"));
}

static void
test_add_counts_invalid (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const values[] = { "ok@fine.example", "not a value at all", "fine2.example", NULL };
  const char * const none[] = { NULL };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GError) error = NULL;
  guint valid = 0, invalid = 0;

  entries = add_values (fixture, values, &valid, &invalid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (valid + invalid, ==, 3);
  g_assert_cmpuint (entries->len, ==, valid);
  g_assert_cmpuint (valid, >=, 2);

  /* Nothing to add: no request at all (the server refuses an empty list). */
  deck_mock_server_clear_request_log (fixture->mock);
  nothing = add_values (fixture, none, &valid, &invalid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpuint (valid, ==, 0);
  g_assert_cmpuint (invalid, ==, 0);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, NULL, NULL), ==, 0);
}

static void
test_add_error (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const values[] = { "x@y.example", NULL };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  /* A POST is not retried on a 500: the error comes back as it is. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR,
                              "POST /api/v2/block-lists-entries/bulk-create", 1, -1, 0);
  entries = add_values (fixture, values, NULL, NULL, &error);
  g_assert_null (entries);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
}

/* Deleting */

static void
test_delete_many_and_one (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) id_builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) final = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) log = NULL;
  const char *single[2] = { NULL, NULL };
  guint deleted = 0;
  guint n_before;

  for (guint i = 0; i < 1020; i++)
    {
      g_autofree char *value = g_strdup_printf ("gone%u@delete.example", i);

      g_strv_builder_add (builder, value);
    }
  values = g_strv_builder_end (builder);
  entries = add_values (fixture, (const char * const *) values, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1020);

  before = load_entries (fixture, NULL, FALSE);
  n_before = g_list_model_get_n_items (before);

  /* 1,010 ids: two bulk-delete requests. */
  for (guint i = 0; i < 1010; i++)
    g_strv_builder_add (id_builder, deck_block_list_entry_get_id (g_ptr_array_index (entries, i)));
  ids = g_strv_builder_end (id_builder);

  deck_mock_server_clear_request_log (fixture->mock);
  g_assert_true (delete_ids (fixture, (const char * const *) ids, &deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deleted, ==, 1010);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST",
                                                     "/api/v2/block-lists-entries/bulk-delete"), ==, 2);

  after = load_entries (fixture, NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n_before - 1010);
  g_assert_null (find_value (after, "gone0@delete.example"));
  g_assert_nonnull (find_value (after, "gone1010@delete.example"));

  /* One id: DELETE /block-lists-entries/{id}, without a body or Content-Type. */
  single[0] = deck_block_list_entry_get_id (g_ptr_array_index (entries, 1010));
  deck_mock_server_clear_request_log (fixture->mock);
  g_assert_true (delete_ids (fixture, single, &deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deleted, ==, 1);
  log = deck_mock_server_dup_request_log (fixture->mock);
  g_assert_cmpuint (json_array_get_length (log), ==, 1);
  {
    JsonObject *entry = json_array_get_object_element (log, 0);
    JsonNode *type = json_object_get_member (entry, "content_type");
    JsonNode *body = json_object_get_member (entry, "body");

    g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "DELETE");
    g_assert_true (g_str_has_prefix (json_object_get_string_member (entry, "path"),
                                     "/api/v2/block-lists-entries/"));
    g_assert_true (type == NULL || JSON_NODE_HOLDS_NULL (type));
    g_assert_true (body == NULL || JSON_NODE_HOLDS_NULL (body));
  }

  final = load_entries (fixture, NULL, FALSE);
  g_assert_null (find_value (final, "gone1010@delete.example"));

  /* Deleting it again: not found, in the error domain. */
  g_assert_false (delete_ids (fixture, single, &deleted, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

/* Download */

static void
test_download (Fixture       *fixture,
               gconstpointer  data)
{
  const char * const values[] = { "download-me@csv.example", NULL };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize len;
  const char *data_;

  entries = add_values (fixture, values, NULL, NULL, &error);
  g_assert_no_error (error);

  deck_client_download_block_list_async (fixture->client, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  bytes = deck_client_download_block_list_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data_ = g_bytes_get_data (bytes, &len);
  g_assert_cmpuint (len, >, 0);
  text = g_strndup (data_, len);
  g_assert_nonnull (strstr (text, "download-me@csv.example"));
  /* CSV, not JSON. */
  g_assert_cmpint (text[0], !=, '{');
  g_assert_cmpint (text[0], !=, '[');
}

static void
test_download_errors (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DeckClient) bad = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) result2 = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* The error body is JSON even though the download is CSV. */
  bad = deck_client_new (deck_mock_server_get_url (fixture->mock), "not-a-key", &error);
  g_assert_no_error (error);
  deck_client_download_block_list_async (bad, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  bytes = deck_client_download_block_list_finish (bad, result, &error);
  g_assert_null (bytes);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  /* A GET is retried after a 503. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_UNAVAILABLE,
                              "GET /api/v2/block-lists-entries/download", 1, -1, 0);
  deck_client_download_block_list_async (fixture->client, NULL, deck_test_store_result, &result2);
  deck_test_wait_result (&result2, WAIT_MS);
  bytes = deck_client_download_block_list_finish (fixture->client, result2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/block-list/model", test_entry_from_json);
  g_test_add ("/block-list/list-filters", Fixture, NULL, fixture_set_up, test_list_filters, fixture_tear_down);
  g_test_add ("/block-list/add-in-batches", Fixture, NULL, fixture_set_up, test_add_in_batches, fixture_tear_down);
  g_test_add ("/block-list/add-counts-invalid", Fixture, NULL, fixture_set_up, test_add_counts_invalid, fixture_tear_down);
  g_test_add ("/block-list/add-error", Fixture, NULL, fixture_set_up, test_add_error, fixture_tear_down);
  g_test_add ("/block-list/delete-many-and-one", Fixture, NULL, fixture_set_up, test_delete_many_and_one, fixture_tear_down);
  g_test_add ("/block-list/download", Fixture, NULL, fixture_set_up, test_download, fixture_tear_down);
  g_test_add ("/block-list/download-errors", Fixture, NULL, fixture_set_up, test_download_errors, fixture_tear_down);

  return g_test_run ();
}
