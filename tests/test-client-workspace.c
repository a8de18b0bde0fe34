/* test-client-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "deck-client-workspace.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"

#define TIMEOUT_MS 60000

typedef struct
{
  DeckMockServer *server;
  DeckClient     *client;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->server = deck_mock_server_new (4);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->server),
                                     deck_mock_server_get_api_key (fixture->server),
                                     &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 2, 5, 200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static DeckClient *
client_with_key (Fixture    *fixture,
                 const char *key)
{
  g_autoptr(GError) error = NULL;
  DeckClient *client = deck_client_new (deck_mock_server_get_url (fixture->server), key, &error);

  g_assert_no_error (error);
  deck_client_set_retry_budget (client, 1, 5, 100);

  return client;
}

static DeckWorkspaceInfo *
get_info (DeckClient  *client,
          GError     **error)
{
  GAsyncResult *result = NULL;

  deck_client_get_workspace_info_async (client, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);

  {
    DeckWorkspaceInfo *info = deck_client_get_workspace_info_finish (client, result, error);

    g_object_unref (result);
    return info;
  }
}

static GListModel *
load_all (DeckPager *pager)
{
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  g_assert_no_error (error);
  g_object_unref (result);

  return deck_pager_get_model (pager);
}

/* The body of the last request with @method, as the mock received it. */
static JsonObject *
last_body (Fixture    *fixture,
           const char *method)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);

  for (guint i = json_array_get_length (log); i > 0; i--)
    {
      JsonObject *request = json_array_get_object_element (log, i - 1);

      if (g_str_equal (json_object_get_string_member (request, "method"), method))
        {
          JsonNode *body = json_object_get_member (request, "body");

          g_assert_true (JSON_NODE_HOLDS_OBJECT (body));
          return json_object_ref (json_node_get_object (body));
        }
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_workspace_info (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceInfo) info = NULL;
  g_autoptr(DeckWorkspaceInfo) renamed = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autofree char *name = deck_mock_server_dup_workspace_name (fixture->server);
  g_autofree char *new_name = NULL;
  GAsyncResult *result = NULL;

  info = get_info (fixture->client, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_workspace_info_get_name (info), ==, name);
  g_assert_nonnull (deck_workspace_info_get_id (info));
  g_assert_nonnull (deck_workspace_info_get_timestamp_created (info));

  deck_client_rename_workspace_async (fixture->client, "Renamed Workspace", NULL,
                                      deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  renamed = deck_client_rename_workspace_finish (fixture->client, result, &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_workspace_info_get_name (renamed), ==, "Renamed Workspace");

  /* Only the name is sent, and the server holds it. */
  body = last_body (fixture, "PATCH");
  g_assert_cmpuint (json_object_get_size (body), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (body, "name"), ==, "Renamed Workspace");
  new_name = deck_mock_server_dup_workspace_name (fixture->server);
  g_assert_cmpstr (new_name, ==, "Renamed Workspace");

  /* Updated in place from the server's copy. */
  {
    g_autoptr(JsonNode) node = deck_mock_server_dup_workspace (fixture->server);

    g_assert_true (deck_workspace_info_update_from_json (info, json_node_get_object (node), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (deck_workspace_info_get_name (info), ==, "Renamed Workspace");
  }
}

static void
test_plan_details (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspacePlan) plan = NULL;
  GAsyncResult *result = NULL;

  deck_client_get_plan_details_async (fixture->client, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  plan = deck_client_get_plan_details_finish (fixture->client, result, &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_nonnull (deck_workspace_plan_get_organization_id (plan));
}

static DeckApiKey *
create_key (Fixture             *fixture,
            const char          *name,
            const char * const  *scopes,
            char               **key,
            GError             **error)
{
  GAsyncResult *result = NULL;
  DeckApiKey *api_key;

  deck_client_create_api_key_async (fixture->client, name, scopes, NULL,
                                    deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  api_key = deck_client_create_api_key_finish (fixture->client, result, key, error);
  g_object_unref (result);

  return api_key;
}

static gboolean
delete_key (DeckClient  *client,
            const char  *id,
            GError     **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  deck_client_delete_api_key_async (client, id, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  ok = deck_client_delete_api_key_finish (client, result, error);
  g_object_unref (result);

  return ok;
}

static void
test_api_keys (Fixture       *fixture,
               gconstpointer  user_data)
{
  const char *scopes[] = { "api_keys:read", "campaigns:all", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckPager) pager = deck_client_list_api_keys (fixture->client);
  g_autoptr(DeckApiKey) created = NULL;
  g_autoptr(DeckClient) limited = NULL;
  g_autoptr(DeckWorkspaceInfo) info = NULL;
  g_autoptr(JsonArray) keys = NULL;
  g_autoptr(JsonObject) body = NULL;
  GListModel *model;
  guint n_before;
  char *key = NULL;
  gboolean found = FALSE;

  model = load_all (pager);
  n_before = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_before, >=, 1);

  created = create_key (fixture, "Contract test", scopes, &key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (created);
  g_assert_nonnull (key);
  g_assert_cmpstr (deck_api_key_get_name (created), ==, "Contract test");
  g_assert_true (g_strv_equal (deck_api_key_get_scopes (created), scopes));

  /* The body holds exactly the name and the scopes. */
  body = last_body (fixture, "POST");
  g_assert_cmpuint (json_object_get_size (body), ==, 2);

  /* The mock now has it, and lists it without its secret. */
  keys = deck_mock_server_dup_api_keys (fixture->server);
  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      JsonObject *object = json_array_get_object_element (keys, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), deck_api_key_get_id (created)) == 0)
        found = TRUE;
    }
  g_assert_true (found);
  model = load_all (pager);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);

  /* The new key really authenticates, within its scopes: it may list keys but not
   * read the workspace (403). */
  limited = client_with_key (fixture, key);
  {
    g_autoptr(DeckPager) limited_pager = deck_client_list_api_keys (limited);

    load_all (limited_pager);
  }
  info = get_info (limited, &error);
  g_assert_null (info);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
  g_clear_error (&error);

  /* Deleted, it is refused (401), and deleting it again is a 404. */
  g_assert_true (delete_key (fixture->client, deck_api_key_get_id (created), &error));
  g_assert_no_error (error);
  info = get_info (limited, &error);
  g_assert_null (info);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  g_assert_false (delete_key (fixture->client, deck_api_key_get_id (created), &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  deck_client_free_key (key);
}

static DeckWorkspaceMember *
invite_member (Fixture     *fixture,
               const char  *email,
               const char  *role,
               GError     **error)
{
  GAsyncResult *result = NULL;
  DeckWorkspaceMember *member;

  deck_client_invite_workspace_member_async (fixture->client, email, role, NULL,
                                             deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  member = deck_client_invite_workspace_member_finish (fixture->client, result, error);
  g_object_unref (result);

  return member;
}

static JsonObject *
mock_member (Fixture    *fixture,
             const char *id)
{
  g_autoptr(JsonArray) members = deck_mock_server_dup_members (fixture->server);

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *object = json_array_get_object_element (members, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return json_object_ref (object);
    }

  return NULL;
}

static void
test_members (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckPager) pager = deck_client_list_workspace_members (fixture->client, NULL);
  g_autoptr(DeckWorkspaceMember) member = NULL;
  g_autoptr(DeckWorkspaceMember) changed = NULL;
  g_autoptr(JsonObject) held = NULL;
  g_autoptr(JsonObject) body = NULL;
  GAsyncResult *result = NULL;
  GListModel *model;
  guint n_before;

  model = load_all (pager);
  n_before = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_before, >=, 1);

  member = invite_member (fixture, "new.member@example.com", "editor", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_workspace_member_get_email (member), ==, "new.member@example.com");
  g_assert_cmpstr (deck_workspace_member_get_role (member), ==, "editor");
  body = last_body (fixture, "POST");
  g_assert_cmpuint (json_object_get_size (body), ==, 2);
  held = mock_member (fixture, deck_workspace_member_get_id (member));
  g_assert_nonnull (held);
  g_clear_pointer (&held, json_object_unref);

  model = load_all (pager);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);

  /* A role change is held by the server and updates the member in place. */
  deck_client_set_workspace_member_role_async (fixture->client, deck_workspace_member_get_id (member),
                                               "admin", NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  changed = deck_client_set_workspace_member_role_finish (fixture->client, result, &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_workspace_member_get_role (changed), ==, "admin");
  held = mock_member (fixture, deck_workspace_member_get_id (member));
  g_assert_cmpstr (json_object_get_string_member (held, "role"), ==, "admin");
  g_assert_true (deck_workspace_member_update_from_member (member, changed));
  g_assert_cmpstr (deck_workspace_member_get_role (member), ==, "admin");
  g_clear_pointer (&held, json_object_unref);

  /* Removed, it is gone; removing it again is a 404. */
  deck_client_remove_workspace_member_async (fixture->client, deck_workspace_member_get_id (member),
                                             NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_true (deck_client_remove_workspace_member_finish (fixture->client, result, &error));
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_null (mock_member (fixture, deck_workspace_member_get_id (member)));

  deck_client_remove_workspace_member_async (fixture->client, deck_workspace_member_get_id (member),
                                             NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_false (deck_client_remove_workspace_member_finish (fixture->client, result, &error));
  g_clear_object (&result);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

static void
test_group_members (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckPager) pager = deck_client_list_group_members (fixture->client);
  g_autoptr(DeckGroupMember) member = NULL;
  g_autoptr(JsonArray) held = NULL;
  GAsyncResult *result = NULL;
  GListModel *model;
  guint n_before;

  model = load_all (pager);
  n_before = g_list_model_get_n_items (model);

  deck_client_invite_group_member_async (fixture->client, "019b483f-81b3-7bef-8c1a-0123456789ab",
                                         NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  member = deck_client_invite_group_member_finish (fixture->client, result, &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_group_member_get_sub_workspace_id (member), ==,
                   "019b483f-81b3-7bef-8c1a-0123456789ab");
  g_assert_nonnull (deck_group_member_get_status (member));

  held = deck_mock_server_dup_group_members (fixture->server);
  g_assert_cmpuint (json_array_get_length (held), ==, n_before + 1);
  model = load_all (pager);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);

  deck_client_remove_group_member_async (fixture->client, deck_group_member_get_id (member),
                                         NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_true (deck_client_remove_group_member_finish (fixture->client, result, &error));
  g_clear_object (&result);
  g_assert_no_error (error);
  g_clear_pointer (&held, json_array_unref);
  held = deck_mock_server_dup_group_members (fixture->server);
  g_assert_cmpuint (json_array_get_length (held), ==, n_before);

  deck_client_remove_group_member_async (fixture->client, deck_group_member_get_id (member),
                                         NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_false (deck_client_remove_group_member_finish (fixture->client, result, &error));
  g_clear_object (&result);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

static guint
load_audit_log (DeckAuditLogPager *pager)
{
  guint n_pages = 0;

  while (deck_audit_log_pager_get_has_more (pager))
    {
      g_autoptr(GError) error = NULL;
      GAsyncResult *result = NULL;

      deck_audit_log_pager_load_more_async (pager, NULL, deck_test_store_result, &result);
      g_assert_true (deck_audit_log_pager_get_loading (pager));
      deck_test_wait_result (&result, TIMEOUT_MS);
      g_assert_true (deck_audit_log_pager_load_more_finish (pager, result, &error));
      g_assert_no_error (error);
      g_object_unref (result);
      n_pages++;
      g_assert_cmpuint (n_pages, <, 100);
    }

  return n_pages;
}

static void
test_audit_log (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(DeckAuditLogPager) pager = NULL;
  g_autoptr(DeckAuditLogPager) logins = NULL;
  g_autoptr(DeckAuditLogPager) big = NULL;
  g_autoptr(DeckAuditLogPager) ranged = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(JsonArray) log = NULL;
  guint n_entries = deck_mock_server_get_n_audit_entries (fixture->server);
  GListModel *model;
  guint n_pages;

  /* Page by page, as "load more" does. */
  pager = deck_client_list_audit_log (fixture->client, 0, NULL, NULL, NULL);
  deck_audit_log_pager_set_page_size (pager, 100);
  n_pages = load_audit_log (pager);
  model = deck_audit_log_pager_get_model (pager);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_entries);
  g_assert_cmpuint (n_pages, ==, (n_entries + 99) / 100);

  /* Up to 1000 in one page is allowed here. */
  big = deck_client_list_audit_log (fixture->client, 0, NULL, NULL, NULL);
  deck_audit_log_pager_set_page_size (big, 1000);
  g_assert_cmpuint (load_audit_log (big), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (deck_audit_log_pager_get_model (big)), ==, n_entries);

  /* One activity type. */
  logins = deck_client_list_audit_log (fixture->client, 1, NULL, NULL, NULL);
  load_audit_log (logins);
  model = deck_audit_log_pager_get_model (logins);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_entries);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAuditLogEntry) entry = g_list_model_get_item (model, i);

      g_assert_cmpint (deck_audit_log_entry_get_activity_type (entry), ==, 1);
    }

  /* A date range: every record inside it, and the dates sent as the spec shows. */
  {
    g_autoptr(DeckAuditLogEntry) newest = g_list_model_get_item (deck_audit_log_pager_get_model (pager), 0);
    GDateTime *newest_time = deck_audit_log_entry_get_timestamp (newest);

    g_assert_nonnull (newest_time);
    end = g_date_time_add_seconds (newest_time, 1);
    start = g_date_time_add_days (end, -7);
  }
  ranged = deck_client_list_audit_log (fixture->client, 0, NULL, start, end);
  load_audit_log (ranged);
  model = deck_audit_log_pager_get_model (ranged);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAuditLogEntry) entry = g_list_model_get_item (model, i);
      GDateTime *time = deck_audit_log_entry_get_timestamp (entry);

      g_assert_cmpint (g_date_time_compare (time, start), >=, 0);
      g_assert_cmpint (g_date_time_compare (time, end), <=, 0);
    }

  log = deck_mock_server_dup_request_log (fixture->server);
  {
    JsonObject *request = json_array_get_object_element (log, json_array_get_length (log) - 1);
    JsonObject *query = json_object_get_object_member (request, "query");

    g_assert_true (g_str_has_suffix (json_object_get_string_member (query, "start_date"), ".000Z"));
    g_assert_true (g_str_has_suffix (json_object_get_string_member (query, "end_date"), ".000Z"));
  }
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(DeckClient) stranger = client_with_key (fixture, "not-a-key-of-this-workspace");
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceInfo) info = NULL;

  info = get_info (stranger, &error);
  g_assert_null (info);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  deck_mock_server_set_paid_plan (fixture->server, FALSE);
  info = get_info (fixture->client, &error);
  g_assert_null (info);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PAYMENT_REQUIRED);
  g_clear_error (&error);
  deck_mock_server_set_paid_plan (fixture->server, TRUE);

  /* A reply that is not a workspace is a parse error, not a crash. */
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_MALFORMED_JSON,
                              "GET /api/v2/workspaces/current", 1, -1, 0);
  info = get_info (fixture->client, &error);
  g_assert_null (info);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
}

static void
test_model_words (void)
{
  g_autofree char *scopes = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *role = NULL;
  const char *list[] = { "all:read", "campaigns:all", NULL };
  const char * const *resources = deck_api_key_get_scope_resources ();
  guint n_types;

  scopes = deck_api_key_scopes_to_string (list);
  g_assert_cmpstr (scopes, ==, "Everything: read only, Campaigns: full access");
  g_assert_cmpstr (resources[0], ==, "all");
  g_assert_cmpuint (g_strv_length ((char **) resources), ==, 36);

  deck_audit_log_get_activity_types (&n_types);
  g_assert_cmpuint (n_types, ==, 34);
  unknown = deck_audit_log_activity_type_to_string (39);
  g_assert_cmpstr (unknown, ==, "Unknown (39)");

  role = deck_workspace_member_role_to_string ("view");
  g_assert_cmpstr (role, ==, "Viewer");
  g_assert_false (g_strv_contains (deck_workspace_member_get_assignable_roles (), "owner"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/client-workspace/words", test_model_words);
  g_test_add ("/client-workspace/info", Fixture, NULL, fixture_set_up, test_workspace_info, fixture_tear_down);
  g_test_add ("/client-workspace/plan", Fixture, NULL, fixture_set_up, test_plan_details, fixture_tear_down);
  g_test_add ("/client-workspace/api-keys", Fixture, NULL, fixture_set_up, test_api_keys, fixture_tear_down);
  g_test_add ("/client-workspace/members", Fixture, NULL, fixture_set_up, test_members, fixture_tear_down);
  g_test_add ("/client-workspace/group-members", Fixture, NULL, fixture_set_up, test_group_members, fixture_tear_down);
  g_test_add ("/client-workspace/audit-log", Fixture, NULL, fixture_set_up, test_audit_log, fixture_tear_down);
  g_test_add ("/client-workspace/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);

  return g_test_run ();
}
