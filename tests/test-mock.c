/* test-mock.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* DeckMockServer over real HTTP with a plain SoupSession (never DeckClient), so the
 * mock is checked on its own terms: state changes, validation, auth, paging, faults. */

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-test-util.h"

typedef struct
{
  guint        status;
  char        *body;
  JsonNode    *json;
  SoupMessage *msg;
  GError      *error;
} Reply;

static void
reply_free (Reply *reply)
{
  g_free (reply->body);
  g_clear_pointer (&reply->json, json_node_unref);
  g_clear_object (&reply->msg);
  g_clear_error (&reply->error);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reply, reply_free)

/* Sends one request and waits for it (the server has a thread of its own).
 * @content_type alone, without @body, sends the header on an empty body. */
static Reply *
send_full (SoupSession    *session,
           DeckMockServer *server,
           const char     *method,
           const char     *path,
           const char     *key,
           const char     *body,
           const char     *content_type)
{
  g_autofree char *url = g_strconcat (deck_mock_server_get_url (server), path, NULL);
  Reply *reply = g_new0 (Reply, 1);
  g_autoptr(GBytes) bytes = NULL;
  SoupMessageHeaders *headers;

  reply->msg = soup_message_new (method, url);
  g_assert_nonnull (reply->msg);
  headers = soup_message_get_request_headers (reply->msg);

  if (key != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", key);

      soup_message_headers_replace (headers, "Authorization", auth);
    }

  if (body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (reply->msg, content_type ? content_type : "application/json", request);
    }
  else if (content_type != NULL)
    soup_message_headers_replace (headers, "Content-Type", content_type);

  bytes = soup_session_send_and_read (session, reply->msg, NULL, &reply->error);
  if (bytes != NULL)
    {
      reply->status = soup_message_get_status (reply->msg);
      reply->body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }

  return reply;
}

static Reply *
send_json (SoupSession    *session,
           DeckMockServer *server,
           const char     *method,
           const char     *path,
           const char     *body)
{
  return send_full (session, server, method, path, deck_mock_server_get_api_key (server), body, NULL);
}

static char *
account_path (const char *email,
              const char *suffix)
{
  g_autofree char *escaped = g_uri_escape_string (email, NULL, FALSE);

  return g_strconcat ("/api/v2/accounts/", escaped, suffix, NULL);
}

/* Parsed on demand: the sanitizer build makes every allocation slow. */
static JsonNode *
reply_json (Reply *reply)
{
  if (reply->json == NULL && reply->body != NULL && *reply->body != '\0')
    reply->json = json_from_string (reply->body, NULL);
  return reply->json;
}

static JsonObject *
reply_object (Reply *reply)
{
  g_assert_nonnull (reply_json (reply));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (reply->json));
  return json_node_get_object (reply->json);
}

static const char *
expected_phrase (guint status)
{
  switch (status)
    {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: g_assert_not_reached ();
    }
}

static void
assert_error_envelope (Reply      *reply,
                       guint       status,
                       const char *message)
{
  JsonObject *object;

  g_assert_no_error (reply->error);
  g_assert_cmpuint (reply->status, ==, status);
  object = reply_object (reply);
  g_assert_cmpint (json_object_get_int_member (object, "statusCode"), ==, status);
  g_assert_cmpstr (json_object_get_string_member (object, "error"), ==, expected_phrase (status));
  g_assert_true (json_object_has_member (object, "message"));
  if (message != NULL)
    g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, message);
}

static DeckMockServer *
start_server (guint n_accounts)
{
  g_autoptr(GError) error = NULL;
  DeckMockServer *server = deck_mock_server_new (n_accounts);

  g_assert_true (deck_mock_server_start (server, 0, &error));
  g_assert_no_error (error);
  g_assert_nonnull (deck_mock_server_get_url (server));
  g_assert_cmpuint (deck_mock_server_get_port (server), >, 0);

  return server;
}

/* The email of the newest account matching @query ("status=1"), or NULL. */
static char *
first_email (SoupSession    *session,
             DeckMockServer *server,
             const char     *query)
{
  g_autofree char *path = g_strdup_printf ("/api/v2/accounts?limit=1&%s", query);
  g_autoptr(Reply) reply = send_json (session, server, "GET", path, NULL);
  JsonArray *items;

  g_assert_cmpuint (reply->status, ==, 200);
  items = json_object_get_array_member (reply_object (reply), "items");
  if (json_array_get_length (items) == 0)
    return NULL;
  return g_strdup (json_object_get_string_member (json_array_get_object_element (items, 0), "email"));
}

static int
account_member_int (DeckMockServer *server,
                    const char     *email,
                    const char     *member)
{
  g_autoptr(JsonNode) node = deck_mock_server_dup_account (server, email);

  g_assert_nonnull (node);
  return (int) json_object_get_int_member (json_node_get_object (node), member);
}

/* Tests */

static void
test_auth (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  const char * const read_only[] = { "accounts:read", NULL };
  const char * const account_all[] = { "accounts:all", NULL };
  g_autofree char *email = first_email (session, server, "status=1");
  g_autofree char *pause_path = account_path (email, "/pause");
  g_autoptr(Reply) missing = send_full (session, server, "GET", "/api/v2/accounts", NULL, NULL, NULL);
  g_autoptr(Reply) unknown = send_full (session, server, "GET", "/api/v2/accounts", "not-a-key", NULL, NULL);
  g_autoptr(Reply) listed = NULL;
  g_autoptr(Reply) forbidden = NULL;
  g_autoptr(Reply) tags = NULL;
  g_autoptr(Reply) allowed = NULL;

  assert_error_envelope (missing, 401, NULL);
  assert_error_envelope (unknown, 401, NULL);

  deck_mock_server_add_api_key (server, "read-only-key", read_only);
  deck_mock_server_add_api_key (server, "accounts-all-key", account_all);

  listed = send_full (session, server, "GET", "/api/v2/accounts", "read-only-key", NULL, NULL);
  g_assert_cmpuint (listed->status, ==, 200);

  forbidden = send_full (session, server, "POST", pause_path, "read-only-key", NULL, NULL);
  assert_error_envelope (forbidden, 403, NULL);
  g_assert_cmpint (account_member_int (server, email, "status"), ==, 1);

  /* accounts:all grants accounts:update, but nothing on custom tags. */
  tags = send_full (session, server, "GET", "/api/v2/custom-tags", "accounts-all-key", NULL, NULL);
  assert_error_envelope (tags, 403, NULL);
  allowed = send_full (session, server, "POST", pause_path, "accounts-all-key", NULL, NULL);
  g_assert_cmpuint (allowed->status, ==, 200);
  g_assert_cmpint (account_member_int (server, email, "status"), ==, 2);
}

static void
test_unknown_route (void)
{
  g_autoptr(DeckMockServer) server = start_server (5);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) reply = send_json (session, server, "GET", "/api/v2/no-such-thing", NULL);
  g_autoptr(Reply) wrong_method = send_json (session, server, "PUT", "/api/v2/accounts", "{}");

  assert_error_envelope (reply, 404, NULL);
  assert_error_envelope (wrong_method, 404, NULL);
}

static void
test_pagination (void)
{
  g_autoptr(DeckMockServer) server = start_server (1000);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  guint pages = 0;

  g_assert_cmpuint (deck_mock_server_get_n_accounts (server), ==, 1000);

  do
    {
      g_autofree char *path = NULL;
      g_autoptr(Reply) reply = NULL;
      JsonObject *page;
      JsonArray *items;

      if (cursor != NULL)
        {
          g_autofree char *escaped = g_uri_escape_string (cursor, NULL, FALSE);

          path = g_strdup_printf ("/api/v2/accounts?limit=100&starting_after=%s", escaped);
        }
      else
        path = g_strdup ("/api/v2/accounts?limit=100");

      reply = send_json (session, server, "GET", path, NULL);
      g_assert_cmpuint (reply->status, ==, 200);
      page = reply_object (reply);
      items = json_object_get_array_member (page, "items");
      g_assert_cmpuint (json_array_get_length (items), ==, 100);

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          const char *email = json_object_get_string_member (json_array_get_object_element (items, i), "email");

          g_assert_true (g_hash_table_add (seen, g_strdup (email)));
        }

      g_clear_pointer (&cursor, g_free);
      if (json_object_has_member (page, "next_starting_after"))
        {
          cursor = g_strdup (json_object_get_string_member (page, "next_starting_after"));
          g_assert_nonnull (cursor);
        }
      pages++;
      g_assert_cmpuint (pages, <=, 10);
    }
  while (cursor != NULL);

  g_assert_cmpuint (pages, ==, 10);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 1000);
}

static void
test_limit_validation (void)
{
  g_autoptr(DeckMockServer) server = start_server (5);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) zero = send_json (session, server, "GET", "/api/v2/accounts?limit=0", NULL);
  g_autoptr(Reply) over = send_json (session, server, "GET", "/api/v2/accounts?limit=101", NULL);
  g_autoptr(Reply) text = send_json (session, server, "GET", "/api/v2/accounts?limit=ten", NULL);
  g_autoptr(Reply) status = send_json (session, server, "GET", "/api/v2/accounts?status=5", NULL);
  g_autoptr(Reply) cursor = send_json (session, server, "GET", "/api/v2/accounts?starting_after=garbage", NULL);
  g_autoptr(Reply) filter = send_json (session, server, "GET", "/api/v2/accounts?filter=ACC_FILTER_NOPE", NULL);

  assert_error_envelope (zero, 400, "querystring/limit must be >= 1");
  assert_error_envelope (over, 400, "querystring/limit must be <= 100");
  assert_error_envelope (text, 400, "querystring/limit must be integer");
  assert_error_envelope (status, 400, "querystring/status must be equal to one of the allowed values");
  assert_error_envelope (cursor, 400, NULL);
  assert_error_envelope (filter, 400, "querystring/filter must be equal to one of the allowed values");
}

static void
test_body_validation (void)
{
  g_autoptr(DeckMockServer) server = start_server (10);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "status=1");
  g_autofree char *path = account_path (email, "");
  g_autofree char *pause_path = account_path (email, "/pause");
  g_autoptr(Reply) unknown_key = send_json (session, server, "PATCH", path, "{\"first_name\":\"Ann\",\"password\":\"x\"}");
  g_autoptr(Reply) read_only_key = send_json (session, server, "PATCH", path, "{\"status\":2}");
  g_autoptr(Reply) wrong_type = send_json (session, server, "PATCH", path, "{\"sending_gap\":\"soon\"}");
  g_autoptr(Reply) too_big = send_json (session, server, "PATCH", path, "{\"sending_gap\":2000}");
  g_autoptr(Reply) nested = send_json (session, server, "PATCH", path, "{\"warmup\":{\"increment\":\"9\"}}");
  g_autoptr(Reply) empty = send_full (session, server, "POST", pause_path, deck_mock_server_get_api_key (server),
                                      NULL, "application/json");
  g_autoptr(Reply) malformed = send_json (session, server, "PATCH", path, "{\"first_name\":");
  g_autoptr(Reply) patched = NULL;
  g_autoptr(JsonNode) account = NULL;

  assert_error_envelope (unknown_key, 400, "body must NOT have additional properties");
  assert_error_envelope (read_only_key, 400, "body must NOT have additional properties");
  assert_error_envelope (wrong_type, 400, "body/sending_gap must be number");
  assert_error_envelope (too_big, 400, "body/sending_gap must be <= 1440");
  assert_error_envelope (nested, 400, "body/warmup/increment must be equal to one of the allowed values");
  assert_error_envelope (empty, 400, "Body cannot be empty when content-type is set to 'application/json'");
  assert_error_envelope (malformed, 400, NULL);

  /* None of that changed anything. */
  g_assert_cmpint (account_member_int (server, email, "status"), ==, 1);

  patched = send_json (session, server, "PATCH", path,
                       "{\"first_name\":\"Ännchen\",\"daily_limit\":42,\"warmup\":{\"limit\":33,\"advanced\":{\"weekday_only\":true}}}");
  g_assert_cmpuint (patched->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (patched), "first_name"), ==, "Ännchen");
  account = deck_mock_server_dup_account (server, email);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (account), "daily_limit"), ==, 42);
  {
    JsonObject *warmup = json_object_get_object_member (json_node_get_object (account), "warmup");

    g_assert_cmpint (json_object_get_int_member (warmup, "limit"), ==, 33);
    g_assert_true (json_object_get_boolean_member (json_object_get_object_member (warmup, "advanced"), "weekday_only"));
    /* A partial warmup object leaves the other settings alone. */
    g_assert_true (json_object_has_member (warmup, "increment"));
  }
}

#define VALID_ACCOUNT \
  "{\"email\":\"new.person@example-mail.com\",\"first_name\":\"Ünal\",\"last_name\":\"Çelik\"," \
  "\"provider_code\":1,\"imap_username\":\"u\",\"imap_password\":\"p\",\"imap_host\":\"imap.example-mail.com\"," \
  "\"imap_port\":993,\"smtp_username\":\"u\",\"smtp_password\":\"p\",\"smtp_host\":\"smtp.example-mail.com\"," \
  "\"smtp_port\":587,\"daily_limit\":25}"

static void
test_create (void)
{
  g_autoptr(DeckMockServer) server = start_server (10);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) empty = send_json (session, server, "POST", "/api/v2/accounts", "{}");
  g_autoptr(Reply) no_body = send_json (session, server, "POST", "/api/v2/accounts", NULL);
  g_autoptr(Reply) bad_provider = send_json (session, server, "POST", "/api/v2/accounts",
                                             "{\"email\":\"a@b.com\",\"first_name\":\"A\",\"last_name\":\"B\","
                                             "\"provider_code\":5,\"imap_username\":\"u\",\"imap_password\":\"p\","
                                             "\"imap_host\":\"h\",\"imap_port\":993,\"smtp_username\":\"u\","
                                             "\"smtp_password\":\"p\",\"smtp_host\":\"h\",\"smtp_port\":587}");
  g_autoptr(Reply) bad_email = send_json (session, server, "POST", "/api/v2/accounts",
                                          "{\"email\":\"not an email\",\"first_name\":\"A\",\"last_name\":\"B\","
                                          "\"provider_code\":1,\"imap_username\":\"u\",\"imap_password\":\"p\","
                                          "\"imap_host\":\"h\",\"imap_port\":993,\"smtp_username\":\"u\","
                                          "\"smtp_password\":\"p\",\"smtp_host\":\"h\",\"smtp_port\":587}");
  g_autoptr(Reply) created = NULL;
  g_autoptr(Reply) again = NULL;
  g_autoptr(Reply) fetched = NULL;
  JsonObject *account;

  assert_error_envelope (empty, 400, "body must have required property 'email'");
  assert_error_envelope (no_body, 400, "body must be object");
  assert_error_envelope (bad_provider, 400, "body/provider_code must be equal to one of the allowed values");
  assert_error_envelope (bad_email, 400, "body/email must match format \"email\"");
  g_assert_cmpuint (deck_mock_server_get_n_accounts (server), ==, 10);

  created = send_json (session, server, "POST", "/api/v2/accounts", VALID_ACCOUNT);
  g_assert_cmpuint (created->status, ==, 200);
  account = reply_object (created);
  g_assert_cmpstr (json_object_get_string_member (account, "email"), ==, "new.person@example-mail.com");
  g_assert_cmpstr (json_object_get_string_member (account, "last_name"), ==, "Çelik");
  g_assert_cmpint (json_object_get_int_member (account, "status"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (account, "daily_limit"), ==, 25);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (account, "timestamp_created"), "Z"));
  /* Credentials are write-only: the Account schema has no such members. */
  g_assert_false (json_object_has_member (account, "imap_password"));
  g_assert_cmpuint (deck_mock_server_get_n_accounts (server), ==, 11);

  again = send_json (session, server, "POST", "/api/v2/accounts", VALID_ACCOUNT);
  assert_error_envelope (again, 400, NULL);

  fetched = send_json (session, server, "GET", "/api/v2/accounts/new.person%40example-mail.com", NULL);
  g_assert_cmpuint (fetched->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (fetched), "first_name"), ==, "Ünal");
}

static void
test_state_changes (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *active = first_email (session, server, "status=1");
  g_autofree char *broken = first_email (session, server, "filter=ACC_FILTER_ERROR");
  g_autofree char *active_path = account_path (active, "");
  g_autofree char *pause_path = account_path (active, "/pause");
  g_autofree char *resume_path = account_path (active, "/resume");
  g_autofree char *fix_path = account_path (broken, "/mark-fixed");
  g_autoptr(JsonNode) broken_before = deck_mock_server_dup_account (server, broken);
  g_autoptr(JsonNode) broken_after = NULL;
  g_autoptr(Reply) paused = NULL;
  g_autoptr(Reply) fetched = NULL;
  g_autoptr(Reply) resumed = NULL;
  g_autoptr(Reply) fixed = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(Reply) gone_again = NULL;

  g_assert_nonnull (active);
  g_assert_nonnull (broken);

  paused = send_json (session, server, "POST", pause_path, NULL);
  g_assert_cmpuint (paused->status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (reply_object (paused), "status"), ==, 2);
  fetched = send_json (session, server, "GET", active_path, NULL);
  g_assert_cmpint (json_object_get_int_member (reply_object (fetched), "status"), ==, 2);

  resumed = send_json (session, server, "POST", resume_path, NULL);
  g_assert_cmpuint (resumed->status, ==, 200);
  g_assert_cmpint (account_member_int (server, active, "status"), ==, 1);

  g_assert_cmpint (json_object_get_int_member (json_node_get_object (broken_before), "status"), <, 0);
  g_assert_true (json_object_has_member (json_node_get_object (broken_before), "status_message"));
  fixed = send_json (session, server, "POST", fix_path, NULL);
  g_assert_cmpuint (fixed->status, ==, 200);
  broken_after = deck_mock_server_dup_account (server, broken);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (broken_after), "status"), ==, 1);
  g_assert_false (json_object_has_member (json_node_get_object (broken_after), "status_message"));

  deleted = send_json (session, server, "DELETE", active_path, NULL);
  g_assert_cmpuint (deleted->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (deleted), "email"), ==, active);
  g_assert_cmpuint (deck_mock_server_get_n_accounts (server), ==, 39);
  g_assert_null (deck_mock_server_dup_account (server, active));
  gone = send_json (session, server, "GET", active_path, NULL);
  assert_error_envelope (gone, 404, NULL);
  gone_again = send_json (session, server, "POST", pause_path, NULL);
  assert_error_envelope (gone_again, 404, NULL);
}

static void
test_bulk_pause (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *active = first_email (session, server, "status=1");
  g_autofree char *already = first_email (session, server, "status=2");
  g_autofree char *body = g_strdup_printf ("{\"emails\":[\"%s\",\"nobody@nowhere.example\",\"%s\",\"%s\"]}",
                                           active, already, active);
  g_autoptr(Reply) reply = send_json (session, server, "POST", "/api/v2/accounts/pause", body);
  g_autoptr(Reply) empty = send_json (session, server, "POST", "/api/v2/accounts/pause", "{\"emails\":[]}");
  JsonArray *paused;
  JsonArray *failed;

  g_assert_cmpuint (reply->status, ==, 200);
  paused = json_object_get_array_member (reply_object (reply), "paused_emails");
  failed = json_object_get_array_member (reply_object (reply), "failed_emails");
  /* Each unique email lands in exactly one of the lists. */
  g_assert_cmpuint (json_array_get_length (paused), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (paused, 0), ==, active);
  g_assert_cmpuint (json_array_get_length (failed), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (failed, 0), ==, "nobody@nowhere.example");
  g_assert_cmpstr (json_array_get_string_element (failed, 1), ==, already);
  g_assert_cmpint (account_member_int (server, active, "status"), ==, 2);

  assert_error_envelope (empty, 400, "body/emails must NOT have fewer than 1 items");
}

static const char *
job_status (Reply *reply)
{
  return json_object_get_string_member (reply_object (reply), "status");
}

static void
test_warmup_job (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "filter=ACC_FILTER_W_PAUSED");
  g_autofree char *body = g_strdup_printf ("{\"emails\":[\"%s\"]}", email);
  g_autoptr(Reply) started = NULL;
  g_autoptr(Reply) listed = NULL;
  g_autofree char *job_path = NULL;
  const char * const order[] = { "pending", "in-progress", "success" };
  guint stage = 0;
  guint polls = 0;

  g_assert_nonnull (email);
  g_assert_cmpint (account_member_int (server, email, "warmup_status"), ==, 0);
  deck_mock_server_set_job_duration (server, 150);

  started = send_json (session, server, "POST", "/api/v2/accounts/warmup/enable", body);
  g_assert_cmpuint (started->status, ==, 200);
  g_assert_cmpstr (job_status (started), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (reply_object (started), "type"), ==, "update-warmup-accounts");
  g_assert_cmpint (json_object_get_int_member (reply_object (started), "progress"), ==, 0);
  job_path = g_strdup_printf ("/api/v2/background-jobs/%s",
                              json_object_get_string_member (reply_object (started), "id"));

  /* Poll as a client would; the states only ever move forward. */
  while (stage < 2)
    {
      g_autoptr(Reply) polled = send_json (session, server, "GET", job_path, NULL);
      guint seen = 0;

      g_assert_cmpuint (polled->status, ==, 200);
      while (seen < G_N_ELEMENTS (order) && g_strcmp0 (order[seen], job_status (polled)) != 0)
        seen++;
      g_assert_cmpuint (seen, <, G_N_ELEMENTS (order));
      g_assert_cmpuint (seen, >=, stage);
      stage = seen;
      if (stage == 2)
        g_assert_cmpint (json_object_get_int_member (reply_object (polled), "progress"), ==, 100);
      else
        g_usleep (20 * 1000);
      g_assert_cmpuint (++polls, <, 500);
    }

  g_assert_cmpint (account_member_int (server, email, "warmup_status"), ==, 1);

  listed = send_json (session, server, "GET", "/api/v2/background-jobs?status=success&type=update-warmup-accounts", NULL);
  g_assert_cmpuint (listed->status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (listed), "items")), ==, 1);
}

static void
test_faults (void)
{
  g_autoptr(DeckMockServer) server = start_server (10);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "status=1");
  g_autofree char *pause_path = account_path (email, "/pause");
  g_autoptr(GError) error = NULL;

  /* Status faults, counted and queued in order. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts", 1, 2, 0);
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_RATE_LIMIT, "GET /api/v2/accounts", 1, -1, 0);
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_SERVER_ERROR, "GET /api/v2/accounts", 1, -1, 0);
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_BAD_GATEWAY, "GET /api/v2/accounts", 1, -1, 0);
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_UNAVAILABLE, "GET /api/v2/accounts", 1, -1, 0);
  {
    g_autoptr(Reply) other = send_json (session, server, "GET", "/api/v2/custom-tags", NULL);
    g_autoptr(Reply) first = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) second = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) third = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) fourth = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) fifth = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) normal = send_json (session, server, "GET", "/api/v2/accounts", NULL);

    g_assert_cmpuint (other->status, ==, 200);
    assert_error_envelope (first, 429, "Rate limit exceeded");
    g_assert_cmpstr (soup_message_headers_get_one (soup_message_get_response_headers (first->msg), "Retry-After"), ==, "2");
    assert_error_envelope (second, 429, NULL);
    g_assert_null (soup_message_headers_get_one (soup_message_get_response_headers (second->msg), "Retry-After"));
    assert_error_envelope (third, 500, NULL);
    assert_error_envelope (fourth, 502, NULL);
    assert_error_envelope (fifth, 503, NULL);
    g_assert_cmpuint (normal->status, ==, 200);
  }

  /* Truncated and malformed bodies arrive as 200s that do not parse. */
  g_assert_true (deck_mock_server_add_fault_from_string (server, "truncated:1", &error));
  g_assert_true (deck_mock_server_add_fault_from_string (server, "malformed:1", &error));
  g_assert_no_error (error);
  {
    g_autoptr(Reply) truncated = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) malformed = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(JsonParser) parser = json_parser_new ();

    g_assert_no_error (truncated->error);
    g_assert_cmpuint (truncated->status, ==, 200);
    g_assert_cmpuint (strlen (truncated->body), >, 10);
    g_assert_true (truncated->body[0] == '{');
    g_assert_false (json_parser_load_from_data (parser, truncated->body, -1, NULL));
    g_assert_cmpuint (malformed->status, ==, 200);
    g_assert_false (json_parser_load_from_data (parser, malformed->body, -1, NULL));
  }

  /* A short delay still answers normally. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_DELAY, NULL, 1, -1, 50);
  {
    g_autoptr(Reply) delayed = send_json (session, server, "GET", "/api/v2/accounts", NULL);

    g_assert_cmpuint (delayed->status, ==, 200);
  }

  /* A dropped connection is a transport error, on a fresh connection so that
   * libsoup cannot quietly resend. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_DROP_CONNECTION, "GET *", 1, -1, 0);
  {
    g_autoptr(SoupSession) fresh = soup_session_new ();
    g_autoptr(Reply) dropped = send_json (fresh, server, "GET", "/api/v2/accounts", NULL);

    g_assert_nonnull (dropped->error);
  }

  /* Dropped after handling: the client sees no reply, yet the pause happened. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_DROP_AFTER_HANDLING, "POST /api/v2/accounts/*/pause", 1, -1, 0);
  {
    g_autoptr(SoupSession) fresh = soup_session_new ();
    g_autoptr(Reply) dropped = send_json (fresh, server, "POST", pause_path, NULL);

    g_assert_nonnull (dropped->error);
    g_assert_cmpint (account_member_int (server, email, "status"), ==, 2);
  }

  /* A delay longer than the client waits: the client times out, the server copes. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_DELAY, NULL, 1, -1, 3000);
  {
    g_autoptr(SoupSession) impatient = soup_session_new_with_options ("timeout", 1, NULL);
    g_autoptr(Reply) late = send_json (impatient, server, "GET", "/api/v2/accounts", NULL);

    g_assert_error (late->error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  }

  /* clear_faults empties the queue. */
  deck_mock_server_add_fault (server, DECK_MOCK_FAULT_SERVER_ERROR, NULL, 5, -1, 0);
  deck_mock_server_clear_faults (server);
  {
    g_autoptr(Reply) normal = send_json (session, server, "GET", "/api/v2/accounts", NULL);

    g_assert_cmpuint (normal->status, ==, 200);
  }
}

static void
test_fault_strings (void)
{
  g_autoptr(DeckMockServer) server = start_server (3);
  g_autoptr(SoupSession) session = soup_session_new ();
  const char * const valid[] = {
    "429:3", "429-retry-after=2:1", "500:2", "502", "503", "drop:1", "drop-after:1", "truncated:1",
    "malformed:1", "delay=1500:1", "503:2@GET /api/v2/custom-tags*",
  };
  const char * const invalid[] = { "", "418", "429:x", "delay=soon", "429-retry-after=:1" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (deck_mock_server_add_fault_from_string (server, valid[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (deck_mock_server_add_fault_from_string (server, invalid[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }

  deck_mock_server_clear_faults (server);
  g_assert_true (deck_mock_server_add_fault_from_string (server, "503:2@GET /api/v2/custom-tags*", NULL));
  {
    g_autoptr(Reply) accounts = send_json (session, server, "GET", "/api/v2/accounts", NULL);
    g_autoptr(Reply) first = send_json (session, server, "GET", "/api/v2/custom-tags?limit=5", NULL);
    g_autoptr(Reply) second = send_json (session, server, "GET", "/api/v2/custom-tags", NULL);
    g_autoptr(Reply) third = send_json (session, server, "GET", "/api/v2/custom-tags", NULL);

    g_assert_cmpuint (accounts->status, ==, 200);
    g_assert_cmpuint (first->status, ==, 503);
    g_assert_cmpuint (second->status, ==, 503);
    g_assert_cmpuint (third->status, ==, 200);
  }
}

static void
test_latency (void)
{
  g_autoptr(DeckMockServer) server = start_server (3);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) reply = NULL;

  deck_mock_server_set_latency (server, 20);
  reply = send_json (session, server, "GET", "/api/v2/accounts", NULL);
  g_assert_cmpuint (reply->status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (reply), "items")), ==, 3);
}

static void
test_determinism (void)
{
  g_autoptr(DeckMockServer) a = start_server (200);
  g_autoptr(DeckMockServer) b = start_server (200);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) page_a = send_json (session, a, "GET", "/api/v2/accounts?limit=100&include_tags=true", NULL);
  g_autoptr(Reply) page_b = send_json (session, b, "GET", "/api/v2/accounts?limit=100&include_tags=true", NULL);
  g_autoptr(Reply) tags_a = send_json (session, a, "GET", "/api/v2/custom-tag-mappings?limit=100", NULL);
  g_autoptr(Reply) tags_b = send_json (session, b, "GET", "/api/v2/custom-tag-mappings?limit=100", NULL);

  g_assert_cmpstr (deck_mock_server_get_api_key (a), ==, deck_mock_server_get_api_key (b));
  g_assert_cmpuint (page_a->status, ==, 200);
  g_assert_cmpstr (page_a->body, ==, page_b->body);
  g_assert_cmpstr (tags_a->body, ==, tags_b->body);
}

static void
test_seed_variety (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) reply = send_json (session, server, "GET", "/api/v2/accounts?limit=40&include_tags=true", NULL);
  gboolean statuses[7] = { FALSE };
  gboolean warmup[5] = { FALSE };
  gboolean providers[12] = { FALSE };
  guint tagged = 0;
  guint non_ascii = 0;
  JsonArray *items;

  g_assert_cmpuint (reply->status, ==, 200);
  items = json_object_get_array_member (reply_object (reply), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 40);
  g_assert_false (json_object_has_member (reply_object (reply), "next_starting_after"));

  for (guint i = 0; i < 40; i++)
    {
      JsonObject *account = json_array_get_object_element (items, i);
      int status = json_object_get_int_member (account, "status");
      const char *name = json_object_get_string_member (account, "first_name");
      const char *last = json_object_get_string_member (account, "last_name");

      g_assert_cmpint (status, >=, -3);
      g_assert_cmpint (status, <=, 3);
      statuses[status + 3] = TRUE;
      warmup[json_object_get_int_member (account, "warmup_status") + 3] = TRUE;
      providers[json_object_get_int_member (account, "provider_code")] = TRUE;
      tagged += json_array_get_length (json_object_get_array_member (account, "tags")) > 0;
      non_ascii += !g_str_is_ascii (name) || !g_str_is_ascii (last);

      if (status < 0)
        {
          JsonObject *message = json_object_get_object_member (account, "status_message");

          g_assert_nonnull (message);
          g_assert_true (json_object_has_member (message, "code"));
          g_assert_true (json_object_has_member (message, "e_message"));
        }
      else
        g_assert_false (json_object_has_member (account, "status_message"));
    }

  for (int s = -3; s <= 3; s++)
    if (s != 0)
      g_assert_true (statuses[s + 3]);
  for (int w = -3; w <= 1; w++)
    g_assert_true (warmup[w + 3]);
  g_assert_true (providers[2] && providers[3]);
  g_assert_cmpuint (tagged, >, 0);
  g_assert_cmpuint (non_ascii, >, 0);
}

static void
test_filters (void)
{
  g_autoptr(DeckMockServer) server = start_server (300);
  g_autoptr(SoupSession) session = soup_session_new ();
  const char * const filters[] = {
    "ACC_FILTER_PAUSED", "ACC_FILTER_ERROR", "ACC_FILTER_NO_CTD", "ACC_FILTER_PW_ACCOUNTS", "ACC_FILTER_DFY",
    "ACC_FILTER_DFY_SETUP_PENDING", "ACC_FILTER_W_ACTIVE", "ACC_FILTER_W_PAUSED", "ACC_FILTER_W_ERROR",
  };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autofree char *path = g_strdup_printf ("/api/v2/accounts?limit=25&filter=%s", filters[i]);
      g_autoptr(Reply) reply = send_json (session, server, "GET", path, NULL);
      JsonArray *items;

      g_assert_cmpuint (reply->status, ==, 200);
      items = json_object_get_array_member (reply_object (reply), "items");
      g_assert_cmpuint (json_array_get_length (items), >, 0);

      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          JsonObject *account = json_array_get_object_element (items, j);

          if (i == 0)
            g_assert_cmpint (json_object_get_int_member (account, "status"), ==, 2);
          else if (i == 1)
            g_assert_cmpint (json_object_get_int_member (account, "status"), <, 0);
          else if (i == 4)
            g_assert_true (json_object_get_boolean_member (account, "is_managed_account"));
          else if (i == 6)
            g_assert_cmpint (json_object_get_int_member (account, "warmup_status"), ==, 1);
          else if (i == 8)
            g_assert_cmpint (json_object_get_int_member (account, "warmup_status"), <, 0);
        }
    }

  /* Search is case- and accent-insensitive enough for names, and covers emails. */
  {
    g_autoptr(Reply) reply = send_json (session, server, "GET", "/api/v2/accounts?limit=25&search=NORTHWIND", NULL);
    JsonArray *items = json_object_get_array_member (reply_object (reply), "items");

    g_assert_cmpuint (json_array_get_length (items), >, 0);
    for (guint j = 0; j < json_array_get_length (items); j++)
      g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (items, j), "email"),
                                "northwind"));
  }

  /* Offset paging with sort_by. */
  {
    g_autoptr(Reply) first = send_json (session, server, "GET",
                                        "/api/v2/accounts?limit=5&sort_by=email&sort_order=asc", NULL);
    g_autoptr(Reply) second = send_json (session, server, "GET",
                                         "/api/v2/accounts?limit=5&sort_by=email&sort_order=asc&skip=4", NULL);
    JsonArray *a = json_object_get_array_member (reply_object (first), "items");
    JsonArray *b = json_object_get_array_member (reply_object (second), "items");

    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (a, 4), "email"), ==,
                     json_object_get_string_member (json_array_get_object_element (b, 0), "email"));
    g_assert_cmpint (strcmp (json_object_get_string_member (json_array_get_object_element (a, 0), "email"),
                             json_object_get_string_member (json_array_get_object_element (a, 1), "email")), <, 0);
  }
}

static void
test_custom_tags (void)
{
  g_autoptr(DeckMockServer) server = start_server (20);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "status=1");
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/custom-tags",
                                        "{\"label\":\"Hot Leads\",\"description\":\"Für später\"}");
  g_autoptr(Reply) duplicate = send_json (session, server, "POST", "/api/v2/custom-tags", "{\"label\":\"  Hot Leads \"}");
  g_autoptr(Reply) blank = send_json (session, server, "POST", "/api/v2/custom-tags", "{\"label\":\"   \"}");
  g_autoptr(Reply) extra = send_json (session, server, "POST", "/api/v2/custom-tags", "{\"label\":\"X\",\"color\":\"red\"}");
  g_autoptr(Reply) toggled = NULL;
  g_autoptr(Reply) listed = NULL;
  g_autoptr(Reply) mappings = NULL;
  g_autoptr(Reply) renamed = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autofree char *tag_path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *path = NULL;
  const char *tag_id;
  JsonArray *items;

  g_assert_cmpuint (created->status, ==, 200);
  tag_id = json_object_get_string_member (reply_object (created), "id");
  g_assert_cmpuint (strlen (tag_id), ==, 36);
  g_assert_cmpint (tag_id[14], ==, '7');
  assert_error_envelope (duplicate, 409, NULL);
  assert_error_envelope (blank, 400, NULL);
  assert_error_envelope (extra, 400, "body must NOT have additional properties");

  body = g_strdup_printf ("{\"tag_ids\":[\"%s\"],\"resource_type\":1,\"resource_ids\":[\"%s\"],\"assign\":true}",
                          tag_id, email);
  toggled = send_json (session, server, "POST", "/api/v2/custom-tags/toggle-resource", body);
  g_assert_cmpuint (toggled->status, ==, 200);
  g_assert_true (json_object_get_boolean_member (reply_object (toggled), "success"));

  path = g_strdup_printf ("/api/v2/accounts?limit=100&include_tags=true&tag_ids=%s", tag_id);
  listed = send_json (session, server, "GET", path, NULL);
  items = json_object_get_array_member (reply_object (listed), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  {
    JsonArray *tags = json_object_get_array_member (json_array_get_object_element (items, 0), "tags");
    gboolean found = FALSE;

    for (guint i = 0; i < json_array_get_length (tags); i++)
      found |= g_strcmp0 (json_object_get_string_member (json_array_get_object_element (tags, i), "label"),
                          "Hot Leads") == 0;
    g_assert_true (found);
  }

  g_clear_pointer (&path, g_free);
  {
    g_autofree char *escaped = g_uri_escape_string (email, NULL, FALSE);

    path = g_strdup_printf ("/api/v2/custom-tag-mappings?limit=100&resource_ids=%s", escaped);
  }
  mappings = send_json (session, server, "GET", path, NULL);
  g_assert_cmpuint (mappings->status, ==, 200);
  items = json_object_get_array_member (reply_object (mappings), "items");
  g_assert_cmpuint (json_array_get_length (items), >=, 1);

  tag_path = g_strdup_printf ("/api/v2/custom-tags/%s", tag_id);
  renamed = send_json (session, server, "PATCH", tag_path, "{\"label\":\"VIP\"}");
  assert_error_envelope (renamed, 409, NULL);

  deleted = send_json (session, server, "DELETE", tag_path, NULL);
  g_assert_cmpuint (deleted->status, ==, 200);
  gone = send_json (session, server, "GET", tag_path, NULL);
  assert_error_envelope (gone, 404, NULL);

  /* The account lost the tag with it. */
  {
    g_autoptr(Reply) again = send_json (session, server, "GET", path, NULL);
    JsonArray *left = json_object_get_array_member (reply_object (again), "items");

    for (guint i = 0; i < json_array_get_length (left); i++)
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (left, i), "tag_id"), !=, tag_id);
  }
}

static void
test_analytics (void)
{
  g_autoptr(DeckMockServer) server = start_server (40);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "filter=ACC_FILTER_W_ACTIVE");
  g_autofree char *escaped = g_uri_escape_string (email, NULL, FALSE);
  g_autofree char *body = g_strdup_printf ("{\"emails\":[\"%s\",\"stranger@nowhere.example\"]}", email);
  g_autofree char *daily_path = g_strdup_printf ("/api/v2/accounts/analytics/daily?emails=%s&start_date=2026-01-01&end_date=2026-01-03",
                                                 escaped);
  g_autofree char *vitals_body = g_strdup_printf ("{\"accounts\":[\"%s\"]}", email);
  g_autoptr(Reply) warmup = send_json (session, server, "POST", "/api/v2/accounts/warmup-analytics", body);
  g_autoptr(Reply) daily = send_json (session, server, "GET", daily_path, NULL);
  g_autoptr(Reply) too_long = send_json (session, server, "GET",
                                         "/api/v2/accounts/analytics/daily?emails=a%40b.com&start_date=2026-01-01&end_date=2026-03-01",
                                         NULL);
  g_autoptr(Reply) vitals = send_json (session, server, "POST", "/api/v2/accounts/test/vitals", vitals_body);
  g_autoptr(Reply) ctd = send_json (session, server, "GET", "/api/v2/accounts/ctd/status?host=unknown.example", NULL);
  g_autoptr(Reply) ctd_missing = send_json (session, server, "GET", "/api/v2/accounts/ctd/status", NULL);
  g_autoptr(Reply) moved = NULL;
  JsonObject *aggregate;
  JsonArray *entries;

  g_assert_cmpuint (warmup->status, ==, 200);
  aggregate = json_object_get_object_member (json_object_get_object_member (reply_object (warmup), "aggregate_data"), email);
  g_assert_nonnull (aggregate);
  g_assert_cmpint (json_object_get_int_member (aggregate, "health_score"), ==,
                   account_member_int (server, email, "stat_warmup_score"));
  g_assert_cmpint (json_object_get_int_member (aggregate, "sent"), ==,
                   json_object_get_int_member (aggregate, "landed_inbox") + json_object_get_int_member (aggregate, "landed_spam"));
  g_assert_false (json_object_has_member (json_object_get_object_member (reply_object (warmup), "email_date_data"),
                                          "stranger@nowhere.example"));

  g_assert_cmpuint (daily->status, ==, 200);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (reply_json (daily)));
  entries = json_node_get_array (reply_json (daily));
  g_assert_cmpuint (json_array_get_length (entries), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 0), "date"), ==, "2026-01-01");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 2), "email_account"), ==, email);
  assert_error_envelope (too_long, 400, NULL);

  g_assert_cmpuint (vitals->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (vitals), "status"), ==, "success");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (vitals), "success_list")) +
                    json_array_get_length (json_object_get_array_member (reply_object (vitals), "failure_list")), ==, 1);

  g_assert_cmpuint (ctd->status, ==, 200);
  g_assert_false (json_object_get_boolean_member (reply_object (ctd), "success"));
  g_assert_cmpstr (json_object_get_string_member (reply_object (ctd), "host"), ==, "unknown.example");
  assert_error_envelope (ctd_missing, 400, "querystring must have required property 'host'");

  /* Moving an account to another workspace takes it out of this one. */
  {
    g_autoptr(JsonNode) account = deck_mock_server_dup_account (server, email);
    g_autofree char *move = g_strdup_printf ("{\"emails\":[\"%s\"],\"source_workspace_id\":\"%s\","
                                             "\"destination_workspace_id\":\"0190aaaa-0000-7000-8000-000000000001\"}",
                                             email, json_object_get_string_member (json_node_get_object (account), "organization"));

    moved = send_json (session, server, "POST", "/api/v2/accounts/move", move);
    g_assert_cmpuint (moved->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (reply_object (moved), "status"), ==, "success");
    g_assert_null (deck_mock_server_dup_account (server, email));
  }
}

static void
test_request_log (void)
{
  g_autoptr(DeckMockServer) server = start_server (10);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *email = first_email (session, server, "status=1");
  g_autofree char *path = account_path (email, "");
  g_autoptr(Reply) patched = NULL;
  g_autoptr(JsonArray) log = NULL;
  JsonObject *entry;

  deck_mock_server_clear_request_log (server);
  patched = send_json (session, server, "PATCH", path, "{\"signature\":\"Grüße\"}");
  g_assert_cmpuint (patched->status, ==, 200);

  log = deck_mock_server_dup_request_log (server);
  g_assert_cmpuint (json_array_get_length (log), ==, 1);
  entry = json_array_get_object_element (log, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "PATCH");
  /* The path is logged decoded: "@" rather than "%40". */
  g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "path"), email));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "body"), "signature"), ==, "Grüße");
  g_assert_cmpstr (json_object_get_string_member (entry, "content_type"), ==, "application/json");
  g_assert_cmpint (json_object_get_int_member (entry, "status"), ==, 200);

  {
    g_autoptr(Reply) listed = send_json (session, server, "GET", "/api/v2/accounts?limit=2&search=a%20b", NULL);
    g_autoptr(JsonArray) log2 = deck_mock_server_dup_request_log (server);
    JsonObject *query = json_object_get_object_member (json_array_get_object_element (log2, 1), "query");

    g_assert_cmpstr (json_object_get_string_member (query, "search"), ==, "a b");
    g_assert_cmpstr (json_object_get_string_member (query, "limit"), ==, "2");
    g_assert_true (json_object_get_null_member (json_array_get_object_element (log2, 1), "body"));
  }

  g_assert_cmpuint (deck_mock_server_count_requests (server, "GET", "/api/v2/accounts"), ==, 1);
  {
    g_autofree char *decoded = g_strconcat ("/api/v2/accounts/", email, NULL);

    g_assert_cmpuint (deck_mock_server_count_requests (server, "PATCH", decoded), ==, 1);
    g_assert_cmpuint (deck_mock_server_count_requests (server, "PATCH", path), ==, 0);
  }
  g_assert_cmpuint (deck_mock_server_count_requests (server, NULL, "/api/v2/accounts*"), ==, 2);
  deck_mock_server_clear_request_log (server);
  g_assert_cmpuint (deck_mock_server_count_requests (server, NULL, NULL), ==, 0);
}

static void
test_large_workspace (void)
{
  g_autoptr(DeckMockServer) server = start_server (10000);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) first = send_json (session, server, "GET", "/api/v2/accounts?limit=100", NULL);
  g_autoptr(Reply) deep = send_json (session, server, "GET", "/api/v2/accounts?limit=100&skip=9950", NULL);

  g_assert_cmpuint (deck_mock_server_get_n_accounts (server), ==, 10000);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (first), "items")), ==, 100);
  g_assert_true (json_object_has_member (reply_object (first), "next_starting_after"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (deep), "items")), ==, 50);
  g_assert_false (json_object_has_member (reply_object (deep), "next_starting_after"));
}

static void
test_stop_restart (void)
{
  g_autoptr(DeckMockServer) server = deck_mock_server_new (3);
  g_autoptr(GError) error = NULL;

  g_assert_null (deck_mock_server_get_url (server));
  g_assert_nonnull (deck_mock_server_get_api_key (server));
  g_assert_true (deck_mock_server_start (server, 0, &error));
  deck_mock_server_stop (server);
  g_assert_null (deck_mock_server_get_url (server));
  g_assert_true (deck_mock_server_start (server, 0, &error));
  g_assert_no_error (error);
  /* finalize stops it. */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mock/auth", test_auth);
  g_test_add_func ("/mock/unknown-route", test_unknown_route);
  g_test_add_func ("/mock/pagination", test_pagination);
  g_test_add_func ("/mock/limit-validation", test_limit_validation);
  g_test_add_func ("/mock/body-validation", test_body_validation);
  g_test_add_func ("/mock/create", test_create);
  g_test_add_func ("/mock/state-changes", test_state_changes);
  g_test_add_func ("/mock/bulk-pause", test_bulk_pause);
  g_test_add_func ("/mock/warmup-job", test_warmup_job);
  g_test_add_func ("/mock/faults", test_faults);
  g_test_add_func ("/mock/fault-strings", test_fault_strings);
  g_test_add_func ("/mock/latency", test_latency);
  g_test_add_func ("/mock/determinism", test_determinism);
  g_test_add_func ("/mock/seed-variety", test_seed_variety);
  g_test_add_func ("/mock/filters", test_filters);
  g_test_add_func ("/mock/custom-tags", test_custom_tags);
  g_test_add_func ("/mock/analytics", test_analytics);
  g_test_add_func ("/mock/request-log", test_request_log);
  g_test_add_func ("/mock/large-workspace", test_large_workspace);
  g_test_add_func ("/mock/stop-restart", test_stop_restart);

  return g_test_run ();
}
