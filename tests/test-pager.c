/* test-pager.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <locale.h>

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-test-util.h"

#define WAIT_MS 60000

/* A list item for the crafted pages. */
#define TEST_TYPE_ITEM (test_item_get_type ())
G_DECLARE_FINAL_TYPE (TestItem, test_item, TEST, ITEM, GObject)

struct _TestItem
{
  GObject  parent_instance;
  char    *id;
};

G_DEFINE_FINAL_TYPE (TestItem, test_item, G_TYPE_OBJECT)

static void
test_item_finalize (GObject *object)
{
  g_free (TEST_ITEM (object)->id);
  G_OBJECT_CLASS (test_item_parent_class)->finalize (object);
}

static void
test_item_class_init (TestItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_item_finalize;
}

static void
test_item_init (TestItem *self)
{
}

static GObject *
parse_item (JsonObject  *object,
            GError     **error)
{
  TestItem *item;

  if (!json_object_has_member (object, "id") ||
      json_node_get_value_type (json_object_get_member (object, "id")) != G_TYPE_STRING)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no id");
      return NULL;
    }

  item = g_object_new (TEST_TYPE_ITEM, NULL);
  item->id = g_strdup (json_object_get_string_member (object, "id"));
  return G_OBJECT (item);
}

/* The crafted server: each path is one scenario, keyed by the cursor it was sent. */
typedef struct
{
  SoupServer *server;
  DeckClient *client;
  char       *url;
  GPtrArray  *bodies; /* POST bodies received, as strings */
  guint       n_requests;
} Fixture;

static const char *
page_for (const char *path,
          const char *cursor)
{
  if (g_str_equal (path, "/api/v2/repeat"))
    return cursor == NULL ? "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next_starting_after\":\"c1\"}"
                          : "{\"items\":[{\"id\":\"c\"},{\"id\":\"d\"}],\"next_starting_after\":\"c1\"}";

  if (g_str_equal (path, "/api/v2/cycle"))
    {
      if (cursor == NULL)
        return "{\"items\":[{\"id\":\"a\"}],\"next_starting_after\":\"A\"}";
      if (g_str_equal (cursor, "A"))
        return "{\"items\":[{\"id\":\"b\"}],\"next_starting_after\":\"B\"}";
      return "{\"items\":[{\"id\":\"c\"}],\"next_starting_after\":\"A\"}";
    }

  if (g_str_equal (path, "/api/v2/empty"))
    return cursor == NULL ? "{\"items\":[{\"id\":\"a\"}],\"next_starting_after\":\"x\"}"
                          : "{\"items\":[],\"next_starting_after\":\"y\"}";

  if (g_str_equal (path, "/api/v2/null-cursor"))
    return "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next_starting_after\":null}";

  /* A short page is not the end: only the missing cursor is. */
  if (g_str_equal (path, "/api/v2/short-pages") || g_str_equal (path, "/api/v2/leads/list"))
    {
      if (cursor == NULL)
        return "{\"items\":[{\"id\":\"p1\"}],\"next_starting_after\":\"2026-01-01T00:00:00.000Z&a+b@x.com\"}";
      if (g_str_equal (cursor, "2026-01-01T00:00:00.000Z&a+b@x.com"))
        return "{\"items\":[{\"id\":\"p2\"}],\"next_starting_after\":\"p3\",\"unknown\":true}";
      return "{\"items\":[{\"id\":\"p3\"}]}";
    }

  if (g_str_equal (path, "/api/v2/bad-items"))
    return "{\"items\":[{\"id\":\"ok1\"},42,{\"name\":\"no id\"},null,{\"id\":\"ok2\"}]}";

  if (g_str_equal (path, "/api/v2/not-a-page"))
    return "{\"things\":[]}";

  if (g_str_equal (path, "/api/v2/remote-error"))
    return "{\"error\":\"ACC_AUTH_ERROR\"}";

  return NULL;
}

static void
server_handler (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *cursor = query ? g_hash_table_lookup (query, "starting_after") : NULL;
  g_autoptr(JsonNode) body = NULL;
  const char *page;

  fixture->n_requests++;

  if (g_str_equal (soup_server_message_get_method (msg), "POST"))
    {
      SoupMessageBody *request = soup_server_message_get_request_body (msg);
      JsonObject *object;

      g_ptr_array_add (fixture->bodies, g_strndup (request->data, request->length));
      body = json_from_string (request->data, NULL);
      object = body ? json_node_get_object (body) : NULL;
      cursor = object && json_object_has_member (object, "starting_after")
               ? json_object_get_string_member (object, "starting_after") : NULL;
    }

  if (g_str_equal (path, "/api/v2/no-content"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }

  page = page_for (path, cursor);
  if (page == NULL)
    {
      static const char not_found[] = "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Resource not found\"}";

      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, not_found, strlen (not_found));
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, page, strlen (page));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->bodies = g_ptr_array_new_with_free_func (g_free);
  fixture->server = soup_server_new ("server-header", "test-pager ", NULL);
  soup_server_add_handler (fixture->server, NULL, server_handler, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  fixture->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  fixture->client = deck_client_new (fixture->url, "pager-test-key", &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 3, 1, 2000);
  deck_client_set_rate_limit (fixture->client, 0, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_clear_pointer (&fixture->bodies, g_ptr_array_unref);
  g_free (fixture->url);
}

static DeckPager *
pager_for (Fixture    *fixture,
           const char *path)
{
  return deck_pager_new (fixture->client, "GET", path, NULL, TEST_TYPE_ITEM, parse_item);
}

static gboolean
load_sync (DeckPager  *pager,
           GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_pager_load_finish (pager, result, error);
}

static char *
ids_of (GListModel *model)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TestItem) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (ids, ',');
      g_string_append (ids, item->id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_repeated_cursor (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/repeat");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (load_sync (pager, &error));
  g_assert_no_error (error);
  ids = ids_of (deck_pager_get_model (pager));
  g_assert_cmpstr (ids, ==, "a,b,c,d");
  g_assert_cmpuint (deck_pager_get_n_pages (pager), ==, 2);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
}

static void
test_cursor_cycle (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/cycle");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (load_sync (pager, &error));
  ids = ids_of (deck_pager_get_model (pager));
  g_assert_cmpstr (ids, ==, "a,b,c");
  g_assert_cmpuint (fixture->n_requests, ==, 3);
}

static void
test_empty_page_with_cursor (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/empty");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (load_sync (pager, &error));
  ids = ids_of (deck_pager_get_model (pager));
  g_assert_cmpstr (ids, ==, "a");
  g_assert_cmpuint (deck_pager_get_n_pages (pager), ==, 2);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
}

static void
test_null_cursor (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/null-cursor");
  g_autoptr(GError) error = NULL;

  g_assert_true (load_sync (pager, &error));
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 2);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
}

static void
test_short_pages_continue (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/short-pages?search=x");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (load_sync (pager, &error));
  g_assert_no_error (error);
  ids = ids_of (deck_pager_get_model (pager));
  /* The opaque cursor (with '&' and '+') went back to the server intact. */
  g_assert_cmpstr (ids, ==, "p1,p2,p3");
}

static void
test_post_cursor_in_body (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(JsonObject) filter = json_object_new ();
  g_autoptr(DeckPager) pager = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  g_autoptr(JsonNode) second = NULL;
  JsonObject *object;

  json_object_set_string_member (filter, "campaign", "019b483f-0000-7000-8000-000000000001");
  pager = deck_pager_new (fixture->client, "POST", "/api/v2/leads/list", filter, TEST_TYPE_ITEM, parse_item);
  deck_pager_set_page_size (pager, 50);

  g_assert_true (load_sync (pager, &error));
  g_assert_no_error (error);
  ids = ids_of (deck_pager_get_model (pager));
  g_assert_cmpstr (ids, ==, "p1,p2,p3");
  g_assert_cmpuint (fixture->bodies->len, ==, 3);

  second = json_from_string (g_ptr_array_index (fixture->bodies, 1), NULL);
  object = json_node_get_object (second);
  g_assert_cmpstr (json_object_get_string_member (object, "campaign"), ==, "019b483f-0000-7000-8000-000000000001");
  g_assert_cmpint (json_object_get_int_member (object, "limit"), ==, 50);
  g_assert_cmpstr (json_object_get_string_member (object, "starting_after"), ==, "2026-01-01T00:00:00.000Z&a+b@x.com");
  /* The caller's filter is left as it was. */
  g_assert_false (json_object_has_member (filter, "limit"));
}

static void
test_bad_items_skipped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/bad-items");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (load_sync (pager, &error));
  ids = ids_of (deck_pager_get_model (pager));
  g_assert_cmpstr (ids, ==, "ok1,ok2");
}

static void
test_not_a_page (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/not-a-page");
  g_autoptr(GError) error = NULL;

  g_assert_false (load_sync (pager, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_assert_false (deck_pager_get_loading (pager));
}

static void
test_remote_error_and_no_content (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) result2 = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  deck_client_call_async (fixture->client, "POST", "/api/v2/remote-error", NULL, NULL,
                          deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  node = deck_client_call_finish (fixture->client, result, &error);
  g_assert_null (node);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_REMOTE);
  g_assert_cmpstr (error->message, ==, "ACC_AUTH_ERROR");
  g_clear_error (&error);

  deck_client_call_async (fixture->client, "POST", "/api/v2/no-content", NULL, NULL,
                          deck_test_store_result, &result2);
  deck_test_wait_result (&result2, WAIT_MS);
  node = deck_client_call_finish (fixture->client, result2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_NULL (node));
}

typedef struct
{
  GPtrArray *events;
} Progress;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *events = user_data;
  DeckPager *pager = DECK_PAGER (object);

  if (g_str_equal (pspec->name, "loading"))
    g_ptr_array_add (events, g_strdup_printf ("loading=%d", deck_pager_get_loading (pager)));
  else if (g_str_equal (pspec->name, "n-pages"))
    g_ptr_array_add (events, g_strdup_printf ("n-pages=%u", deck_pager_get_n_pages (pager)));
  else if (g_str_equal (pspec->name, "n-loaded"))
    g_ptr_array_add (events, g_strdup_printf ("n-loaded=%u", deck_pager_get_n_loaded (pager)));
}

static void
test_progress_notifications (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/short-pages");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;

  g_signal_connect (pager, "notify", G_CALLBACK (on_notify), events);
  g_assert_true (load_sync (pager, &error));
  g_ptr_array_add (events, NULL);
  joined = g_strjoinv (" ", (char **) events->pdata);
  g_assert_cmpstr (joined, ==,
                   "loading=1 n-loaded=1 n-pages=1 n-loaded=2 n-pages=2 n-loaded=3 n-pages=3 loading=0");
  g_ptr_array_set_size (events, 0);

  /* A reload starts from an empty model: counts go back to 0 first. */
  g_assert_true (load_sync (pager, &error));
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 3);
  g_assert_cmpstr (g_ptr_array_index (events, 0), ==, "n-loaded=0");
  g_assert_cmpstr (g_ptr_array_index (events, 1), ==, "n-pages=0");
}

typedef struct
{
  guint   n_callbacks;
  GError *error;
} LoadState;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadState *state = user_data;

  state->n_callbacks++;
  deck_pager_load_finish (DECK_PAGER (source), result, &state->error);
}

static void
cancel_after_first_page (DeckPager    *pager,
                         GParamSpec   *pspec,
                         GCancellable *cancellable)
{
  if (deck_pager_get_n_pages (pager) == 1)
    g_cancellable_cancel (cancellable);
}

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DeckPager) pager = pager_for (fixture, "/api/v2/short-pages");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  LoadState state = { 0 };
  LoadState state2 = { 0 };
  LoadState busy = { 0 };
  gboolean done = FALSE;

  g_signal_connect (pager, "notify::n-pages", G_CALLBACK (cancel_after_first_page), cancellable);
  deck_pager_load_async (pager, cancellable, on_loaded, &state);

  /* A second load while one runs is refused rather than interleaved. */
  deck_pager_load_async (pager, NULL, on_loaded, &busy);
  while (state.n_callbacks == 0 || busy.n_callbacks == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (busy.error, G_IO_ERROR, G_IO_ERROR_PENDING);

  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 1);
  g_assert_false (deck_pager_get_loading (pager));

  g_timeout_add (100, set_flag, &done);
  deck_test_wait_for_flag (&done, WAIT_MS);
  g_assert_cmpuint (state.n_callbacks, ==, 1);
  g_assert_cmpuint (deck_pager_get_n_loaded (pager), ==, 1);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  /* Already cancelled: nothing is sent. */
  g_cancellable_cancel (cancelled);
  g_signal_handlers_disconnect_by_func (pager, cancel_after_first_page, cancellable);
  deck_pager_load_async (pager, cancelled, on_loaded, &state2);
  while (state2.n_callbacks == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (state2.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  g_clear_error (&state.error);
  g_clear_error (&state2.error);
  g_clear_error (&busy.error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pager/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("end/repeated-cursor", test_repeated_cursor);
  ADD ("end/cursor-cycle", test_cursor_cycle);
  ADD ("end/empty-page-with-cursor", test_empty_page_with_cursor);
  ADD ("end/null-cursor", test_null_cursor);
  ADD ("end/short-pages-continue", test_short_pages_continue);
  ADD ("post/cursor-in-body", test_post_cursor_in_body);
  ADD ("parse/bad-items-skipped", test_bad_items_skipped);
  ADD ("parse/not-a-page", test_not_a_page);
  ADD ("client/remote-error-and-no-content", test_remote_error_and_no_content);
  ADD ("progress", test_progress_notifications);
  ADD ("cancel", test_cancel);

#undef ADD

  return g_test_run ();
}
