/* test-mock-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The mock's workspace administration (workspace, billing, API keys, members, group
 * members, audit log) over real HTTP with a plain SoupSession, as test-mock.c does
 * for accounts: each operation's shape and state change, key scopes, the unpaid
 * workspace, several independent workspaces. */

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-test-util.h"

/* The seed's present: the audit log covers the 90 days before it. */
#define SEED_NOW        "2025-11-02T08:00:00.000Z"
#define SEED_HISTORY    "2025-08-04T08:00:00.000Z"
#define N_SEEDED_AUDIT  300

typedef struct
{
  guint        status;
  char        *body;
  JsonNode    *json;
  GError      *error;
} Reply;

static void
reply_free (Reply *reply)
{
  g_free (reply->body);
  g_clear_pointer (&reply->json, json_node_unref);
  g_clear_error (&reply->error);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reply, reply_free)

static Reply *
send_with_key (SoupSession    *session,
               DeckMockServer *server,
               const char     *method,
               const char     *path,
               const char     *key,
               const char     *body)
{
  g_autofree char *url = g_strconcat (deck_mock_server_get_url (server), path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) bytes = NULL;
  Reply *reply = g_new0 (Reply, 1);

  g_assert_nonnull (msg);
  if (key != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", key);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", request);
    }

  bytes = soup_session_send_and_read (session, msg, NULL, &reply->error);
  g_assert_no_error (reply->error);
  reply->status = soup_message_get_status (msg);
  reply->body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (*reply->body != '\0')
    reply->json = json_from_string (reply->body, NULL);

  return reply;
}

static Reply *
send_json (SoupSession    *session,
           DeckMockServer *server,
           const char     *method,
           const char     *path,
           const char     *body)
{
  return send_with_key (session, server, method, path, deck_mock_server_get_api_key (server), body);
}

static JsonObject *
reply_object (Reply *reply)
{
  g_assert_nonnull (reply->json);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (reply->json));
  return json_node_get_object (reply->json);
}

/* A 200 whose body is an object. */
static JsonObject *
ok_object (Reply *reply)
{
  if (reply->status != 200)
    g_error ("expected 200, got %u: %s", reply->status, reply->body);
  return reply_object (reply);
}

static JsonArray *
ok_items (Reply *reply)
{
  return json_object_get_array_member (ok_object (reply), "items");
}

static const char *
next_cursor (Reply *reply)
{
  JsonObject *object = reply_object (reply);

  return json_object_get_string_member_with_default (object, "next_starting_after", NULL);
}

static void
assert_error_envelope (Reply      *reply,
                       guint       status,
                       const char *phrase,
                       const char *message)
{
  JsonObject *object;

  g_assert_cmpuint (reply->status, ==, status);
  object = reply_object (reply);
  g_assert_cmpint (json_object_get_int_member (object, "statusCode"), ==, status);
  g_assert_cmpstr (json_object_get_string_member (object, "error"), ==, phrase);
  g_assert_true (json_object_has_member (object, "message"));
  if (message != NULL)
    g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, message);
}

static DeckMockServer *
start_workspace (const char *name)
{
  g_autoptr(GError) error = NULL;
  DeckMockServer *server = deck_mock_server_new_for_workspace (20, name);

  g_assert_true (deck_mock_server_start (server, 0, &error));
  g_assert_no_error (error);
  return server;
}

static char *
path_with_id (const char *prefix,
              const char *id)
{
  g_autofree char *escaped = g_uri_escape_string (id, NULL, FALSE);

  return g_strconcat (prefix, "/", escaped, NULL);
}

/* The member whose email starts with @local, from the mock's own view. */
static JsonObject *
find_member (JsonArray  *members,
             const char *local)
{
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *member = json_array_get_object_element (members, i);

      if (g_str_has_prefix (json_object_get_string_member (member, "email"), local))
        return member;
    }
  return NULL;
}

/* Tests */

static void
test_workspace (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) get = send_json (session, server, "GET", "/api/v2/workspaces/current", NULL);
  g_autoptr(Reply) patched = NULL;
  g_autoptr(Reply) empty = NULL;
  g_autoptr(Reply) unknown = NULL;
  g_autoptr(Reply) again = NULL;
  g_autofree char *name = NULL;
  JsonObject *ws = ok_object (get);
  g_autofree char *owner_before = g_strdup (json_object_get_string_member (ws, "owner"));

  g_assert_cmpstr (json_object_get_string_member (ws, "name"), ==, "Instadeck Demo");
  g_assert_cmpstr (json_object_get_string_member (ws, "plan_id"), ==, "pid_hg_v1");
  g_assert_true (json_object_get_null_member (ws, "scheduled_for_removal_at"));
  g_assert_true (json_object_get_null_member (ws, "org_client_domain"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (ws, "timestamp_created"), "Z"));
  g_assert_cmpuint (strlen (json_object_get_string_member (ws, "id")), ==, 36);

  patched = send_json (session, server, "PATCH", "/api/v2/workspaces/current",
                       "{\"name\":\"Renamed Workspace\",\"org_logo_url\":\"https://example.com/logo.png\"}");
  ws = ok_object (patched);
  g_assert_cmpstr (json_object_get_string_member (ws, "name"), ==, "Renamed Workspace");
  g_assert_cmpstr (json_object_get_string_member (ws, "org_logo_url"), ==, "https://example.com/logo.png");
  name = deck_mock_server_dup_workspace_name (server);
  g_assert_cmpstr (name, ==, "Renamed Workspace");

  again = send_json (session, server, "GET", "/api/v2/workspaces/current", NULL);
  g_assert_cmpstr (json_object_get_string_member (ok_object (again), "name"), ==, "Renamed Workspace");

  /* The body must change something and may only name writable fields. */
  empty = send_json (session, server, "PATCH", "/api/v2/workspaces/current", "{}");
  assert_error_envelope (empty, 400, "Bad Request", "body must NOT have fewer than 1 properties");
  unknown = send_json (session, server, "PATCH", "/api/v2/workspaces/current", "{\"owner\":\"x\"}");
  assert_error_envelope (unknown, 400, "Bad Request", "body must NOT have additional properties");

  g_assert_cmpstr (json_object_get_string_member (ws, "owner"), ==, owner_before);
}

static void
test_workspace_removal_and_domain (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) scheduled = send_json (session, server, "POST", "/api/v2/workspaces/current/schedule-for-removal", NULL);
  g_autoptr(Reply) cancelled = NULL;
  g_autoptr(Reply) no_domain = NULL;
  g_autoptr(Reply) set = NULL;
  g_autoptr(Reply) info = NULL;
  g_autoptr(Reply) removed = NULL;
  g_autoptr(Reply) removed_again = NULL;
  g_autoptr(Reply) missing_body = NULL;
  g_autoptr(JsonNode) current = NULL;
  JsonObject *object;
  JsonArray *records;

  object = ok_object (scheduled);
  g_assert_false (json_object_get_null_member (object, "scheduled_for_removal_at"));
  current = deck_mock_server_dup_workspace (server);
  g_assert_false (json_object_get_null_member (json_node_get_object (current), "scheduled_for_removal_at"));

  cancelled = send_json (session, server, "DELETE", "/api/v2/workspaces/current/schedule-for-removal", NULL);
  g_assert_true (json_object_get_null_member (ok_object (cancelled), "scheduled_for_removal_at"));

  no_domain = send_json (session, server, "GET", "/api/v2/workspaces/current/whitelabel-domain", NULL);
  assert_error_envelope (no_domain, 404, "Not Found", NULL);

  set = send_json (session, server, "POST", "/api/v2/workspaces/current/whitelabel-domain",
                   "{\"domain\":\"App.Agency.example\"}");
  g_assert_cmpstr (json_object_get_string_member (ok_object (set), "org_client_domain"), ==, "app.agency.example");

  info = send_json (session, server, "GET", "/api/v2/workspaces/current/whitelabel-domain", NULL);
  object = ok_object (info);
  g_assert_false (json_object_get_boolean_member (object, "verified"));
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "app.agency.example");
  records = json_object_get_array_member (object, "verification");
  g_assert_cmpuint (json_array_get_length (records), >=, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (records, 0), "type"), ==, "TXT");

  removed = send_json (session, server, "DELETE", "/api/v2/workspaces/current/whitelabel-domain", NULL);
  g_assert_true (json_object_get_null_member (ok_object (removed), "org_client_domain"));
  removed_again = send_json (session, server, "DELETE", "/api/v2/workspaces/current/whitelabel-domain", NULL);
  assert_error_envelope (removed_again, 404, "Not Found", NULL);

  missing_body = send_json (session, server, "POST", "/api/v2/workspaces/current/whitelabel-domain", "{}");
  assert_error_envelope (missing_body, 400, "Bad Request", "body must have required property 'domain'");
}

static void
test_change_owner (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) members = deck_mock_server_dup_members (server);
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(Reply) changed = NULL;
  g_autoptr(Reply) pending = NULL;
  g_autoptr(Reply) stranger = NULL;
  g_autofree char *body = NULL;
  JsonObject *maria = find_member (members, "maria.");
  JsonObject *jonas = find_member (members, "jonas.");
  JsonObject *chloe = find_member (members, "chloe.");

  g_assert_nonnull (maria);
  g_assert_nonnull (jonas);
  g_assert_nonnull (chloe);
  g_assert_cmpstr (json_object_get_string_member (maria, "role"), ==, "owner");

  body = g_strdup_printf ("{\"email\":\"%s\",\"sec\":\"123456\"}", json_object_get_string_member (jonas, "email"));
  changed = send_json (session, server, "POST", "/api/v2/workspaces/current/change-owner", body);
  g_assert_cmpstr (json_object_get_string_member (ok_object (changed), "owner"), ==,
                   json_object_get_string_member (jonas, "user_id"));

  after = deck_mock_server_dup_members (server);
  g_assert_cmpstr (json_object_get_string_member (find_member (after, "jonas."), "role"), ==, "owner");
  g_assert_cmpstr (json_object_get_string_member (find_member (after, "maria."), "role"), ==, "admin");

  /* Someone who never accepted the invitation cannot own the workspace. */
  g_free (body);
  body = g_strdup_printf ("{\"email\":\"%s\",\"sec\":\"123456\"}", json_object_get_string_member (chloe, "email"));
  pending = send_json (session, server, "POST", "/api/v2/workspaces/current/change-owner", body);
  assert_error_envelope (pending, 404, "Not Found", NULL);
  stranger = send_json (session, server, "POST", "/api/v2/workspaces/current/change-owner",
                        "{\"email\":\"nobody@nowhere.example\",\"sec\":\"1\"}");
  assert_error_envelope (stranger, 404, "Not Found", NULL);
}

static void
test_billing (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) plan = send_json (session, server, "GET", "/api/v2/workspace-billing/plan-details", NULL);
  g_autoptr(Reply) subs = send_json (session, server, "GET", "/api/v2/workspace-billing/subscription-details", NULL);
  g_autoptr(JsonNode) ws = deck_mock_server_dup_workspace (server);
  JsonObject *object = ok_object (plan);
  JsonObject *outreach;
  JsonArray *list;

  g_assert_cmpstr (json_object_get_string_member (object, "organization_name"), ==, "Instadeck Demo");
  g_assert_cmpstr (json_object_get_string_member (object, "organization_id"), ==,
                   json_object_get_string_member (json_node_get_object (ws), "id"));
  outreach = json_object_get_object_member (json_object_get_object_member (object, "subscriptions"), "outreach");
  g_assert_cmpstr (json_object_get_string_member (outreach, "plan_name"), ==, "Hypergrowth");
  g_assert_cmpstr (json_object_get_string_member (outreach, "product_id"), ==, "pid_hg_v1");
  g_assert_cmpint (json_object_get_int_member (outreach, "current_lead_count"), <=,
                   json_object_get_int_member (outreach, "total_lead_limit"));

  object = ok_object (subs);
  g_assert_false (json_object_get_boolean_member (object, "all_subs_cancelled"));
  list = json_object_get_array_member (object, "subscriptions");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "plan_type"), ==, "plt_primary");
}

static void
test_api_keys (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) list = send_json (session, server, "GET", "/api/v2/api-keys", NULL);
  g_autoptr(Reply) created = NULL;
  g_autoptr(Reply) relisted = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) deleted_again = NULL;
  g_autoptr(Reply) bad_scope = NULL;
  g_autoptr(Reply) no_name = NULL;
  g_autoptr(Reply) page1 = NULL;
  g_autoptr(Reply) page2 = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *id = NULL;
  g_autofree char *key_path = NULL;
  JsonArray *items = ok_items (list);
  JsonObject *key;
  guint n_seeded = json_array_get_length (items);

  g_assert_cmpuint (n_seeded, ==, 3);
  for (guint i = 0; i < n_seeded; i++)
    {
      key = json_array_get_object_element (items, i);
      /* Lists never show the secret. */
      g_assert_cmpstr (json_object_get_string_member (key, "key"), ==, "");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (key, "scopes")), >, 0);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "name"), ==, "Instadeck");
  g_assert_null (strstr (list->body, deck_mock_server_get_api_key (server)));

  created = send_json (session, server, "POST", "/api/v2/api-keys",
                       "{\"name\":\"Read accounts\",\"scopes\":[\"accounts:read\",\"accounts:read\"]}");
  key = ok_object (created);
  secret = g_strdup (json_object_get_string_member (key, "key"));
  id = g_strdup (json_object_get_string_member (key, "id"));
  g_assert_cmpuint (strlen (secret), >, 20);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (key, "scopes")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (key, "name"), ==, "Read accounts");

  relisted = send_json (session, server, "GET", "/api/v2/api-keys?limit=100", NULL);
  items = ok_items (relisted);
  g_assert_cmpuint (json_array_get_length (items), ==, n_seeded + 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, n_seeded), "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, n_seeded), "key"), ==, "");
  g_assert_null (strstr (relisted->body, secret));

  /* The new key works, with exactly its scopes. */
  {
    g_autoptr(Reply) accounts = send_with_key (session, server, "GET", "/api/v2/accounts", secret, NULL);
    g_autoptr(Reply) members = send_with_key (session, server, "GET", "/api/v2/workspace-members", secret, NULL);
    g_autoptr(Reply) keys = send_with_key (session, server, "GET", "/api/v2/api-keys", secret, NULL);

    g_assert_cmpuint (accounts->status, ==, 200);
    assert_error_envelope (members, 403, "Forbidden", NULL);
    g_assert_nonnull (strstr (json_object_get_string_member (reply_object (members), "message"),
                              "workspace_members:read"));
    assert_error_envelope (keys, 403, "Forbidden", NULL);
  }

  key_path = path_with_id ("/api/v2/api-keys", id);
  deleted = send_json (session, server, "DELETE", key_path, NULL);
  key = ok_object (deleted);
  g_assert_cmpstr (json_object_get_string_member (key, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (key, "key"), ==, "");

  {
    g_autoptr(Reply) after = send_with_key (session, server, "GET", "/api/v2/accounts", secret, NULL);
    g_autoptr(JsonArray) keys = deck_mock_server_dup_api_keys (server);

    assert_error_envelope (after, 401, "Unauthorized", "Invalid API key");
    g_assert_cmpuint (json_array_get_length (keys), ==, n_seeded);
  }

  deleted_again = send_json (session, server, "DELETE", key_path, NULL);
  assert_error_envelope (deleted_again, 404, "Not Found", NULL);

  bad_scope = send_json (session, server, "POST", "/api/v2/api-keys",
                         "{\"name\":\"x\",\"scopes\":[\"accounts:read\",\"accounts:fly\"]}");
  assert_error_envelope (bad_scope, 400, "Bad Request", "body/scopes/1 must be equal to one of the allowed values");
  no_name = send_json (session, server, "POST", "/api/v2/api-keys", "{\"scopes\":[\"all:all\"]}");
  assert_error_envelope (no_name, 400, "Bad Request", "body must have required property 'name'");

  /* Cursor paging over the keys. */
  page1 = send_json (session, server, "GET", "/api/v2/api-keys?limit=2", NULL);
  g_assert_cmpuint (json_array_get_length (ok_items (page1)), ==, 2);
  g_assert_nonnull (next_cursor (page1));
  {
    g_autofree char *escaped = g_uri_escape_string (next_cursor (page1), NULL, FALSE);
    g_autofree char *path = g_strdup_printf ("/api/v2/api-keys?limit=2&starting_after=%s", escaped);

    page2 = send_json (session, server, "GET", path, NULL);
  }
  g_assert_cmpuint (json_array_get_length (ok_items (page2)), ==, n_seeded - 2);
  g_assert_null (next_cursor (page2));
}

static void
test_added_key_is_listed (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  const char * const scopes[] = { "campaigns:read", NULL };
  const char * const wider[] = { "campaigns:all", NULL };
  g_autoptr(JsonArray) keys = NULL;
  JsonArray *listed_scopes;

  deck_mock_server_add_api_key (server, "test-key-1", scopes);
  deck_mock_server_add_api_key (server, "test-key-1", wider);
  keys = deck_mock_server_dup_api_keys (server);
  g_assert_cmpuint (json_array_get_length (keys), ==, 4);
  listed_scopes = json_object_get_array_member (json_array_get_object_element (keys, 3), "scopes");
  g_assert_cmpstr (json_array_get_string_element (listed_scopes, 0), ==, "campaigns:all");
}

static void
test_members (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) list = send_json (session, server, "GET", "/api/v2/workspace-members", NULL);
  g_autoptr(Reply) pending = send_json (session, server, "GET", "/api/v2/workspace-members?accepted=false", NULL);
  g_autoptr(Reply) search = send_json (session, server, "GET", "/api/v2/workspace-members?search=WEBER", NULL);
  g_autoptr(Reply) invited = NULL;
  g_autoptr(Reply) fetched = NULL;
  g_autoptr(Reply) patched = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  g_autofree char *member_path = NULL;
  g_autofree char *owner_path = NULL;
  JsonArray *items = ok_items (list);
  JsonObject *member;
  gboolean roles[5] = { FALSE };
  static const char * const role_names[] = { "owner", "admin", "editor", "view", "client" };

  g_assert_cmpuint (json_array_get_length (items), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      member = json_array_get_object_element (items, i);
      for (guint r = 0; r < G_N_ELEMENTS (role_names); r++)
        if (g_str_equal (json_object_get_string_member (member, "role"), role_names[r]))
          roles[r] = TRUE;
      if (g_str_equal (json_object_get_string_member (member, "role"), "owner"))
        owner_path = path_with_id ("/api/v2/workspace-members", json_object_get_string_member (member, "id"));
    }
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    g_assert_true (roles[r]);

  g_assert_cmpuint (json_array_get_length (ok_items (pending)), ==, 1);
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (ok_items (pending), 0), "accepted"));
  g_assert_cmpuint (json_array_get_length (ok_items (search)), ==, 1);

  /* Paging two at a time sees each member once. */
  do
    {
      g_autofree char *path = NULL;
      g_autoptr(Reply) page = NULL;

      if (cursor != NULL)
        {
          g_autofree char *escaped = g_uri_escape_string (cursor, NULL, FALSE);

          path = g_strdup_printf ("/api/v2/workspace-members?limit=2&starting_after=%s", escaped);
        }
      else
        path = g_strdup ("/api/v2/workspace-members?limit=2");
      page = send_json (session, server, "GET", path, NULL);
      items = ok_items (page);
      for (guint i = 0; i < json_array_get_length (items); i++)
        g_assert_true (g_hash_table_add (seen, g_strdup (json_object_get_string_member (json_array_get_object_element (items, i), "id"))));
      g_free (cursor);
      cursor = g_strdup (next_cursor (page));
    }
  while (cursor != NULL);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);

  invited = send_json (session, server, "POST", "/api/v2/workspace-members",
                       "{\"email\":\"new.person@example.com\",\"role\":\"editor\",\"nickname\":\"Newbie\","
                       "\"permissions\":[\"campaigns.view\"]}");
  member = ok_object (invited);
  g_assert_cmpstr (json_object_get_string_member (member, "role"), ==, "editor");
  g_assert_false (json_object_get_boolean_member (member, "accepted"));
  g_assert_cmpstr (json_object_get_string_member (member, "nickname"), ==, "Newbie");
  member_path = path_with_id ("/api/v2/workspace-members", json_object_get_string_member (member, "id"));

  fetched = send_json (session, server, "GET", member_path, NULL);
  g_assert_cmpstr (json_object_get_string_member (ok_object (fetched), "email"), ==, "new.person@example.com");

  patched = send_json (session, server, "PATCH", member_path, "{\"role\":\"view\",\"nickname\":null}");
  member = ok_object (patched);
  g_assert_cmpstr (json_object_get_string_member (member, "role"), ==, "view");
  g_assert_true (json_object_get_null_member (member, "nickname"));

  {
    g_autoptr(Reply) empty = send_json (session, server, "PATCH", member_path, "{}");
    g_autoptr(Reply) to_owner = send_json (session, server, "PATCH", member_path, "{\"role\":\"owner\"}");
    g_autoptr(Reply) bad_role = send_json (session, server, "PATCH", member_path, "{\"role\":\"boss\"}");
    g_autoptr(Reply) invite_owner = send_json (session, server, "POST", "/api/v2/workspace-members",
                                               "{\"email\":\"x@example.com\",\"role\":\"owner\"}");
    g_autoptr(Reply) duplicate = send_json (session, server, "POST", "/api/v2/workspace-members",
                                            "{\"email\":\"NEW.person@example.com\",\"role\":\"view\"}");
    g_autoptr(Reply) bad_email = send_json (session, server, "POST", "/api/v2/workspace-members",
                                            "{\"email\":\"not an email\",\"role\":\"view\"}");
    g_autoptr(Reply) remove_owner = send_json (session, server, "DELETE", owner_path, NULL);
    g_autoptr(Reply) big_limit = send_json (session, server, "GET", "/api/v2/workspace-members?limit=101", NULL);

    assert_error_envelope (empty, 400, "Bad Request", "body must NOT have fewer than 1 properties");
    assert_error_envelope (to_owner, 400, "Bad Request", NULL);
    assert_error_envelope (bad_role, 400, "Bad Request", "body/role must be equal to one of the allowed values");
    assert_error_envelope (invite_owner, 400, "Bad Request", NULL);
    assert_error_envelope (duplicate, 400, "Bad Request", NULL);
    assert_error_envelope (bad_email, 400, "Bad Request", "body/email must match format \"email\"");
    assert_error_envelope (remove_owner, 400, "Bad Request", NULL);
    assert_error_envelope (big_limit, 400, "Bad Request", "querystring/limit must be <= 100");
  }

  {
    g_autoptr(Reply) removed = send_json (session, server, "DELETE", member_path, NULL);
    g_autoptr(Reply) gone = send_json (session, server, "GET", member_path, NULL);
    g_autoptr(JsonArray) members = deck_mock_server_dup_members (server);

    g_assert_cmpstr (json_object_get_string_member (ok_object (removed), "email"), ==, "new.person@example.com");
    assert_error_envelope (gone, 404, "Not Found", NULL);
    g_assert_cmpuint (json_array_get_length (members), ==, 5);
  }
}

static void
test_group_members (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) list = send_json (session, server, "GET", "/api/v2/workspace-group-members", NULL);
  g_autoptr(Reply) admin = send_json (session, server, "GET", "/api/v2/workspace-group-members/admin", NULL);
  g_autoptr(Reply) invited = NULL;
  g_autoptr(Reply) duplicate = NULL;
  g_autoptr(Reply) self_invite = NULL;
  g_autoptr(Reply) fetched = NULL;
  g_autoptr(Reply) removed = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(JsonNode) ws = deck_mock_server_dup_workspace (server);
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  JsonArray *items = ok_items (list);
  JsonObject *group;

  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  group = json_array_get_object_element (items, 0);
  g_assert_cmpstr (json_object_get_string_member (group, "status"), ==, "accepted");
  g_assert_cmpstr (json_object_get_string_member (group, "admin_workspace_id"), ==,
                   json_object_get_string_member (json_node_get_object (ws), "id"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1), "status"), ==, "pending");

  g_assert_false (json_object_get_boolean_member (ok_object (admin), "has_admin_workspace"));
  g_assert_cmpstr (json_object_get_string_member (ok_object (admin), "workspace_name"), ==, "Instadeck Demo");

  invited = send_json (session, server, "POST", "/api/v2/workspace-group-members",
                       "{\"sub_workspace_id\":\"0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee\"}");
  group = ok_object (invited);
  g_assert_cmpstr (json_object_get_string_member (group, "status"), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (group, "sub_workspace_id"), ==, "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee");
  path = path_with_id ("/api/v2/workspace-group-members", json_object_get_string_member (group, "id"));

  duplicate = send_json (session, server, "POST", "/api/v2/workspace-group-members",
                         "{\"sub_workspace_id\":\"0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee\"}");
  assert_error_envelope (duplicate, 409, "Conflict", NULL);
  body = g_strdup_printf ("{\"sub_workspace_id\":\"%s\"}", json_object_get_string_member (json_node_get_object (ws), "id"));
  self_invite = send_json (session, server, "POST", "/api/v2/workspace-group-members", body);
  assert_error_envelope (self_invite, 400, "Bad Request", NULL);

  fetched = send_json (session, server, "GET", path, NULL);
  g_assert_cmpstr (json_object_get_string_member (ok_object (fetched), "status"), ==, "pending");
  removed = send_json (session, server, "DELETE", path, NULL);
  g_assert_cmpuint (removed->status, ==, 200);
  gone = send_json (session, server, "GET", path, NULL);
  assert_error_envelope (gone, 404, "Not Found", NULL);

  {
    g_autoptr(JsonArray) groups = deck_mock_server_dup_group_members (server);

    g_assert_cmpuint (json_array_get_length (groups), ==, 2);
  }
}

/* Every operation of the workspace's administration asks for its own scope. */
static void
test_scopes (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  const char * const accounts_read[] = { "accounts:read", NULL };
  const char * const workspaces_read[] = { "workspaces:read", NULL };
  const char * const all_read[] = { "all:read", NULL };
  const char * const members_all[] = { "workspace_members:all", NULL };
  static const char * const gets[] = {
    "/api/v2/workspaces/current",
    "/api/v2/workspaces/current/whitelabel-domain",
    "/api/v2/workspace-billing/plan-details",
    "/api/v2/workspace-billing/subscription-details",
    "/api/v2/api-keys",
    "/api/v2/workspace-members",
    "/api/v2/workspace-group-members",
    "/api/v2/workspace-group-members/admin",
    "/api/v2/audit-logs",
  };

  deck_mock_server_add_api_key (server, "accounts-read", accounts_read);
  deck_mock_server_add_api_key (server, "workspaces-read", workspaces_read);
  deck_mock_server_add_api_key (server, "all-read", all_read);
  deck_mock_server_add_api_key (server, "members-all", members_all);

  for (guint i = 0; i < G_N_ELEMENTS (gets); i++)
    {
      g_autoptr(Reply) denied = send_with_key (session, server, "GET", gets[i], "accounts-read", NULL);
      g_autoptr(Reply) allowed = send_with_key (session, server, "GET", gets[i], "all-read", NULL);

      assert_error_envelope (denied, 403, "Forbidden", NULL);
      /* all:read reads everything (the white-label domain is simply not set). */
      g_assert_cmpuint (allowed->status, ==, i == 1 ? 404 : 200);
    }

  {
    g_autoptr(Reply) read = send_with_key (session, server, "GET", "/api/v2/workspaces/current", "workspaces-read", NULL);
    g_autoptr(Reply) write = send_with_key (session, server, "PATCH", "/api/v2/workspaces/current", "workspaces-read",
                                            "{\"name\":\"Nope\"}");
    g_autoptr(Reply) create_key = send_with_key (session, server, "POST", "/api/v2/api-keys", "all-read",
                                                 "{\"name\":\"x\",\"scopes\":[\"all:all\"]}");
    g_autoptr(Reply) invite = send_with_key (session, server, "POST", "/api/v2/workspace-members", "members-all",
                                             "{\"email\":\"scoped@example.com\",\"role\":\"view\"}");
    g_autoptr(Reply) groups = send_with_key (session, server, "GET", "/api/v2/workspace-group-members", "members-all", NULL);
    g_autofree char *name = deck_mock_server_dup_workspace_name (server);

    g_assert_cmpuint (read->status, ==, 200);
    assert_error_envelope (write, 403, "Forbidden", NULL);
    g_assert_cmpstr (name, ==, "Instadeck Demo");
    assert_error_envelope (create_key, 403, "Forbidden", NULL);
    g_assert_cmpuint (invite->status, ==, 200);
    assert_error_envelope (groups, 403, "Forbidden", NULL);
  }
}

static void
test_unpaid (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  static const char * const paths[] = {
    "/api/v2/workspaces/current",
    "/api/v2/workspace-billing/plan-details",
    "/api/v2/accounts",
    "/api/v2/api-keys",
    "/api/v2/audit-logs",
  };

  deck_mock_server_set_paid_plan (server, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(Reply) reply = send_json (session, server, "GET", paths[i], NULL);

      assert_error_envelope (reply, 402, "Payment Required", "Workspace does not have an active paid plan");
    }

  {
    g_autoptr(Reply) write = send_json (session, server, "PATCH", "/api/v2/workspaces/current", "{\"name\":\"x\"}");
    g_autoptr(Reply) bad_key = send_with_key (session, server, "GET", "/api/v2/workspaces/current", "wrong", NULL);
    g_autofree char *name = deck_mock_server_dup_workspace_name (server);

    assert_error_envelope (write, 402, "Payment Required", NULL);
    g_assert_cmpstr (name, ==, "Instadeck Demo");
    /* A wrong key is still told so first. */
    assert_error_envelope (bad_key, 401, "Unauthorized", NULL);
  }

  deck_mock_server_set_paid_plan (server, TRUE);
  {
    g_autoptr(Reply) reply = send_json (session, server, "GET", "/api/v2/workspaces/current", NULL);

    g_assert_cmpstr (json_object_get_string_member (ok_object (reply), "plan_id"), ==, "pid_hg_v1");
  }
}

/* The standalone binary's --unpaid and --workspace. */
static void
test_binary_flags (void)
{
  const char *binary = g_getenv ("INSTADECK_MOCK_SERVER");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *url_line = NULL;
  g_autofree char *key_line = NULL;
  const char *url;
  const char *key;

  if (binary == NULL || !g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("INSTADECK_MOCK_SERVER does not name the mock server binary");
      return;
    }

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              binary, "--port", "0", "--accounts", "3", "--workspace", "Binary Test Co",
                              "--unpaid", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  url_line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  key_line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (url_line);
  g_assert_nonnull (key_line);

  /* "URL: http://…" and "API key: …", possibly translated: the value is the last word. */
  url = strrchr (url_line, ' ') + 1;
  key = strrchr (key_line, ' ') + 1;
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));

  {
    g_autofree char *full = g_strconcat (url, "/api/v2/workspaces/current", NULL);
    g_autofree char *auth = g_strdup_printf ("Bearer %s", key);
    g_autoptr(SoupMessage) msg = soup_message_new ("GET", full);
    g_autoptr(GBytes) body = NULL;
    g_autoptr(JsonNode) json = NULL;

    soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    body = soup_session_send_and_read (session, msg, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (soup_message_get_status (msg), ==, 402);
    json = json_from_string (g_bytes_get_data (body, NULL), &error);
    g_assert_no_error (error);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (json), "statusCode"), ==, 402);
  }

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
}

static void
test_audit_log (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) first = send_json (session, server, "GET", "/api/v2/audit-logs", NULL);
  g_autoptr(Reply) all = send_json (session, server, "GET", "/api/v2/audit-logs?limit=1000", NULL);
  g_autoptr(Reply) logins = send_json (session, server, "GET", "/api/v2/audit-logs?limit=1000&activity_type=1", NULL);
  g_autoptr(Reply) september = send_json (session, server, "GET",
                                          "/api/v2/audit-logs?limit=1000&start_date=2025-09-01&end_date=2025-09-30", NULL);
  g_autoptr(Reply) search = send_json (session, server, "GET", "/api/v2/audit-logs?limit=1000&search=login", NULL);
  g_autoptr(Reply) too_many = send_json (session, server, "GET", "/api/v2/audit-logs?limit=1001", NULL);
  g_autoptr(Reply) bad_date = send_json (session, server, "GET", "/api/v2/audit-logs?start_date=yesterday", NULL);
  g_autoptr(GHashTable) types = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *cursor = NULL;
  JsonArray *items;
  guint n_september = 0;
  guint n_logins = 0;
  guint n_from_api = 0;
  guint pages = 0;

  g_assert_cmpuint (json_array_get_length (ok_items (first)), ==, 10);
  g_assert_nonnull (next_cursor (first));

  items = ok_items (all);
  g_assert_cmpuint (json_array_get_length (items), ==, N_SEEDED_AUDIT);
  g_assert_null (next_cursor (all));
  g_assert_cmpuint (deck_mock_server_get_n_audit_entries (server), ==, N_SEEDED_AUDIT);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *entry = json_array_get_object_element (items, i);
      const char *timestamp = json_object_get_string_member (entry, "timestamp");
      int type = (int) json_object_get_int_member (entry, "activity_type");

      /* Newest first, within the 90 days before the seed's present. */
      g_assert_cmpstr (timestamp, >=, SEED_HISTORY);
      g_assert_cmpstr (timestamp, <=, SEED_NOW);
      if (i > 0)
        g_assert_cmpstr (timestamp, <=,
                         json_object_get_string_member (json_array_get_object_element (items, i - 1), "timestamp"));
      g_hash_table_add (types, GINT_TO_POINTER (type));
      if (type == 1)
        n_logins++;
      if (g_str_has_prefix (timestamp, "2025-09"))
        n_september++;
      if (json_object_get_boolean_member (entry, "from_api"))
        {
          n_from_api++;
          g_assert_false (json_object_get_null_member (entry, "api_key_id"));
        }
      g_assert_true (json_object_has_member (entry, "audit_metadata"));
      g_assert_true (json_object_has_member (entry, "ip_address"));
    }
  g_assert_cmpuint (g_hash_table_size (types), >=, 15);
  g_assert_cmpuint (n_from_api, >, 0);

  items = ok_items (logins);
  g_assert_cmpuint (json_array_get_length (items), ==, n_logins);
  g_assert_cmpuint (n_logins, >, 0);
  items = ok_items (september);
  g_assert_cmpuint (json_array_get_length (items), ==, n_september);
  g_assert_cmpuint (n_september, >, 0);
  items = ok_items (search);
  g_assert_cmpuint (json_array_get_length (items), >=, n_logins);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      int type = (int) json_object_get_int_member (json_array_get_object_element (items, i), "activity_type");

      /* "User login", "MFA login …". */
      g_assert_true (type == 1 || (type >= 29 && type <= 31));
    }

  assert_error_envelope (too_many, 400, "Bad Request", "querystring/limit must be <= 1000");
  assert_error_envelope (bad_date, 400, "Bad Request", NULL);

  /* Cursor paging: every entry once, in pages of 70. */
  do
    {
      g_autofree char *path = NULL;
      g_autoptr(Reply) page = NULL;

      if (cursor != NULL)
        {
          g_autofree char *escaped = g_uri_escape_string (cursor, NULL, FALSE);

          path = g_strdup_printf ("/api/v2/audit-logs?limit=70&starting_after=%s", escaped);
        }
      else
        path = g_strdup ("/api/v2/audit-logs?limit=70");
      page = send_json (session, server, "GET", path, NULL);
      items = ok_items (page);
      for (guint i = 0; i < json_array_get_length (items); i++)
        g_assert_true (g_hash_table_add (seen, g_strdup (json_object_get_string_member (json_array_get_object_element (items, i), "id"))));
      g_free (cursor);
      cursor = g_strdup (next_cursor (page));
      pages++;
    }
  while (cursor != NULL && pages < 20);
  g_assert_cmpuint (g_hash_table_size (seen), ==, N_SEEDED_AUDIT);
  g_assert_cmpuint (pages, ==, 5);
}

static void
test_audit_log_grows (void)
{
  g_autoptr(DeckMockServer) server = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) keys = deck_mock_server_dup_api_keys (server);
  const char *main_key_id = json_object_get_string_member (json_array_get_object_element (keys, 0), "id");
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/api-keys",
                                        "{\"name\":\"Temp\",\"scopes\":[\"all:read\"]}");
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) newest = NULL;
  g_autoptr(Reply) by_type = NULL;
  g_autoptr(Reply) read = NULL;
  g_autofree char *path = path_with_id ("/api/v2/api-keys", json_object_get_string_member (ok_object (created), "id"));
  JsonArray *items;
  JsonObject *entry;

  deleted = send_json (session, server, "DELETE", path, NULL);
  g_assert_cmpuint (deleted->status, ==, 200);
  /* Reads leave no trace. */
  read = send_json (session, server, "GET", "/api/v2/workspace-members", NULL);
  g_assert_cmpuint (deck_mock_server_get_n_audit_entries (server), ==, N_SEEDED_AUDIT + 2);

  newest = send_json (session, server, "GET", "/api/v2/audit-logs?limit=2", NULL);
  items = ok_items (newest);
  entry = json_array_get_object_element (items, 0);
  g_assert_cmpint (json_object_get_int_member (entry, "activity_type"), ==, 38);
  g_assert_true (json_object_get_boolean_member (entry, "from_api"));
  g_assert_cmpstr (json_object_get_string_member (entry, "api_key_id"), ==, main_key_id);
  entry = json_array_get_object_element (items, 1);
  g_assert_cmpint (json_object_get_int_member (entry, "activity_type"), ==, 37);

  by_type = send_json (session, server, "GET", "/api/v2/audit-logs?activity_type=38&limit=1", NULL);
  entry = json_array_get_object_element (ok_items (by_type), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "audit_metadata"), "path"), ==, path);
}

/* The seeded log is built on first use, from the seed alone: changes made before
 * anybody reads it do not change it. */
static void
test_audit_log_is_stable (void)
{
  g_autoptr(DeckMockServer) a = start_workspace (NULL);
  g_autoptr(DeckMockServer) b = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) members = deck_mock_server_dup_members (b);
  g_autoptr(JsonArray) keys = deck_mock_server_dup_api_keys (b);
  g_autofree char *member_path = path_with_id ("/api/v2/workspace-members",
                                               json_object_get_string_member (find_member (members, "jonas."), "id"));
  g_autofree char *key_path = path_with_id ("/api/v2/api-keys",
                                            json_object_get_string_member (json_array_get_object_element (keys, 1), "id"));
  g_autoptr(Reply) removed_member = send_json (session, b, "DELETE", member_path, NULL);
  g_autoptr(Reply) removed_key = send_json (session, b, "DELETE", key_path, NULL);
  g_autoptr(Reply) log_a = send_json (session, a, "GET", "/api/v2/audit-logs?limit=40", NULL);
  g_autoptr(Reply) log_b = send_json (session, b, "GET", "/api/v2/audit-logs?limit=41", NULL);
  JsonArray *items_a = ok_items (log_a);
  JsonArray *items_b = ok_items (log_b);

  g_assert_cmpuint (removed_member->status, ==, 200);
  g_assert_cmpuint (removed_key->status, ==, 200);
  /* The key's deletion is on top; the seeded history under it is unchanged. */
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (items_b, 0), "activity_type"), ==, 38);
  for (guint i = 0; i < json_array_get_length (items_a); i++)
    {
      g_autoptr(JsonNode) x = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) y = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *text_x = NULL;
      g_autofree char *text_y = NULL;

      json_node_set_object (x, json_array_get_object_element (items_a, i));
      json_node_set_object (y, json_array_get_object_element (items_b, i + 1));
      text_x = json_to_string (x, FALSE);
      text_y = json_to_string (y, FALSE);
      g_assert_cmpstr (text_x, ==, text_y);
    }
}

/* One server per workspace: each name seeds its own workspace, the same on every run. */
static void
test_workspaces (void)
{
  g_autoptr(DeckMockServer) plain = deck_mock_server_new (20);
  g_autoptr(DeckMockServer) a1 = start_workspace ("Acme Agency");
  g_autoptr(DeckMockServer) a2 = start_workspace ("Acme Agency");
  g_autoptr(DeckMockServer) b = start_workspace ("Bluebird Marketing");
  g_autoptr(DeckMockServer) demo = start_workspace (NULL);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) ws_a1 = send_json (session, a1, "GET", "/api/v2/workspaces/current", NULL);
  g_autoptr(Reply) ws_a2 = send_json (session, a2, "GET", "/api/v2/workspaces/current", NULL);
  g_autoptr(Reply) ws_b = send_json (session, b, "GET", "/api/v2/workspaces/current", NULL);
  g_autoptr(Reply) accounts_a = send_json (session, a1, "GET", "/api/v2/accounts?limit=100", NULL);
  g_autoptr(Reply) accounts_a2 = send_json (session, a2, "GET", "/api/v2/accounts?limit=100", NULL);
  g_autoptr(Reply) accounts_b = send_json (session, b, "GET", "/api/v2/accounts?limit=100", NULL);
  g_autoptr(Reply) audit_a1 = send_json (session, a1, "GET", "/api/v2/audit-logs?limit=40", NULL);
  g_autoptr(Reply) audit_a2 = send_json (session, a2, "GET", "/api/v2/audit-logs?limit=40", NULL);
  g_autoptr(Reply) members_a = send_json (session, a1, "GET", "/api/v2/workspace-members", NULL);
  g_autoptr(Reply) cross = NULL;

  g_assert_cmpstr (deck_mock_server_get_api_key (plain), ==, deck_mock_server_get_api_key (demo));
  g_assert_cmpstr (deck_mock_server_get_api_key (a1), ==, deck_mock_server_get_api_key (a2));
  g_assert_cmpstr (deck_mock_server_get_api_key (a1), !=, deck_mock_server_get_api_key (b));
  g_assert_cmpstr (deck_mock_server_get_api_key (a1), !=, deck_mock_server_get_api_key (demo));

  g_assert_cmpstr (json_object_get_string_member (ok_object (ws_a1), "name"), ==, "Acme Agency");
  g_assert_cmpstr (json_object_get_string_member (ok_object (ws_b), "name"), ==, "Bluebird Marketing");
  g_assert_cmpstr (ws_a1->body, ==, ws_a2->body);
  g_assert_cmpstr (json_object_get_string_member (ok_object (ws_a1), "id"), !=,
                   json_object_get_string_member (ok_object (ws_b), "id"));

  g_assert_cmpuint (accounts_a->status, ==, 200);
  g_assert_cmpstr (accounts_a->body, ==, accounts_a2->body);
  g_assert_cmpstr (accounts_a->body, !=, accounts_b->body);
  g_assert_cmpuint (json_array_get_length (ok_items (accounts_b)), ==, 20);
  g_assert_cmpstr (audit_a1->body, ==, audit_a2->body);
  g_assert_nonnull (strstr (members_a->body, "@acme-agency.example"));

  /* A key of one workspace opens nothing in another. */
  cross = send_with_key (session, b, "GET", "/api/v2/workspaces/current", deck_mock_server_get_api_key (a1), NULL);
  assert_error_envelope (cross, 401, "Unauthorized", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mock-workspace/workspace", test_workspace);
  g_test_add_func ("/mock-workspace/removal-and-domain", test_workspace_removal_and_domain);
  g_test_add_func ("/mock-workspace/change-owner", test_change_owner);
  g_test_add_func ("/mock-workspace/billing", test_billing);
  g_test_add_func ("/mock-workspace/api-keys", test_api_keys);
  g_test_add_func ("/mock-workspace/added-key-is-listed", test_added_key_is_listed);
  g_test_add_func ("/mock-workspace/members", test_members);
  g_test_add_func ("/mock-workspace/group-members", test_group_members);
  g_test_add_func ("/mock-workspace/scopes", test_scopes);
  g_test_add_func ("/mock-workspace/unpaid", test_unpaid);
  g_test_add_func ("/mock-workspace/binary-flags", test_binary_flags);
  g_test_add_func ("/mock-workspace/audit-log", test_audit_log);
  g_test_add_func ("/mock-workspace/audit-log-grows", test_audit_log_grows);
  g_test_add_func ("/mock-workspace/audit-log-is-stable", test_audit_log_is_stable);
  g_test_add_func ("/mock-workspace/workspaces", test_workspaces);

  return g_test_run ();
}
