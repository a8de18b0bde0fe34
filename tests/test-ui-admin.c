/* test-ui-admin.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "deck-admin-api-key-dialog.h"
#include "deck-admin-api-keys-page.h"
#include "deck-admin-audit-log-page.h"
#include "deck-admin-group-page.h"
#include "deck-admin-members-page.h"
#include "deck-admin-new-key-dialog.h"
#include "deck-admin-workspace-page.h"
#include "deck-client-workspace.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer *server;
  DeckWorkspace  *workspace;
  GtkWindow      *window;
  GtkWidget      *page;
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
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  GType (*get_type) (void) = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;

  fixture->server = deck_mock_server_new (4);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = g_object_new (get_type (), NULL);
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->page);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWidget *page = g_object_ref (fixture->page);

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static const char *
page_state (GtkWidget *page)
{
  const char *state = NULL;

  g_object_get (page, "state", &state, NULL);
  g_free ((char *) state);

  /* The pages return their interned state strings. */
  if (DECK_IS_ADMIN_API_KEYS_PAGE (page))
    return deck_admin_api_keys_page_get_state (DECK_ADMIN_API_KEYS_PAGE (page));
  if (DECK_IS_ADMIN_MEMBERS_PAGE (page))
    return deck_admin_members_page_get_state (DECK_ADMIN_MEMBERS_PAGE (page));
  if (DECK_IS_ADMIN_GROUP_PAGE (page))
    return deck_admin_group_page_get_state (DECK_ADMIN_GROUP_PAGE (page));
  if (DECK_IS_ADMIN_WORKSPACE_PAGE (page))
    return deck_admin_workspace_page_get_state (DECK_ADMIN_WORKSPACE_PAGE (page));
  return deck_admin_audit_log_page_get_state (DECK_ADMIN_AUDIT_LOG_PAGE (page));
}

static gboolean
page_busy (GtkWidget *page)
{
  if (DECK_IS_ADMIN_API_KEYS_PAGE (page))
    return deck_admin_api_keys_page_get_busy (DECK_ADMIN_API_KEYS_PAGE (page));
  if (DECK_IS_ADMIN_MEMBERS_PAGE (page))
    return deck_admin_members_page_get_busy (DECK_ADMIN_MEMBERS_PAGE (page));
  if (DECK_IS_ADMIN_GROUP_PAGE (page))
    return deck_admin_group_page_get_busy (DECK_ADMIN_GROUP_PAGE (page));
  if (DECK_IS_ADMIN_WORKSPACE_PAGE (page))
    return deck_admin_workspace_page_get_busy (DECK_ADMIN_WORKSPACE_PAGE (page));
  return deck_admin_audit_log_page_get_busy (DECK_ADMIN_AUDIT_LOG_PAGE (page));
}

static gboolean
page_idle (gpointer data)
{
  GtkWidget *page = data;

  return !page_busy (page) && g_strcmp0 (page_state (page), "loading") != 0;
}

static void
activate (GtkWidget  *page,
          const char *action,
          const char *format,
          ...)
{
  GVariant *parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  if (parameter != NULL)
    g_variant_ref_sink (parameter);
  g_assert_true (gtk_widget_activate_action_variant (page, action, parameter));
  g_clear_pointer (&parameter, g_variant_unref);
  /* Let the action start its request. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, page);
}

/* Accepts the confirmation an AdwAlertDialog asks for, as its button would. */
static void
confirm (AdwDialog *dialog)
{
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpint (adw_alert_dialog_get_response_appearance (ADW_ALERT_DIALOG (dialog), "confirm"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  g_signal_emit_by_name (dialog, "response", "confirm");
  adw_dialog_force_close (dialog);
}

static JsonObject *
find_by (JsonArray  *array,
         const char *member,
         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }

  return NULL;
}

/* ------------------------------------------------------------------ workspace */

static void
test_workspace_page (Fixture       *fixture,
                     gconstpointer  user_data)
{
  DeckAdminWorkspacePage *page = DECK_ADMIN_WORKSPACE_PAGE (fixture->page);
  g_autofree char *name = deck_mock_server_dup_workspace_name (fixture->server);
  g_autofree char *renamed = NULL;

  deck_admin_workspace_page_set_workspace (page, fixture->workspace);
  g_assert_cmpstr (deck_admin_workspace_page_get_state (page), ==, "loading");
  wait_until (page_idle, page);

  g_assert_cmpstr (deck_admin_workspace_page_get_state (page), ==, "results");
  g_assert_cmpstr (deck_workspace_info_get_name (deck_admin_workspace_page_get_info (page)), ==, name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deck_admin_workspace_page_get_name_row (page))),
                   ==, name);
  g_assert_nonnull (deck_admin_workspace_page_get_plan (page));

  /* Saving sends only the name, and the server holds it. */
  gtk_editable_set_text (GTK_EDITABLE (deck_admin_workspace_page_get_name_row (page)), "Agency Main");
  g_signal_emit_by_name (deck_admin_workspace_page_get_name_row (page), "apply");
  wait_until (page_idle, page);
  renamed = deck_mock_server_dup_workspace_name (fixture->server);
  g_assert_cmpstr (renamed, ==, "Agency Main");
  g_assert_cmpstr (deck_workspace_info_get_name (deck_admin_workspace_page_get_info (page)), ==,
                   "Agency Main");
  g_assert_nonnull (strstr (deck_admin_workspace_page_get_last_toast (page), "Agency Main"));
}

static void
test_workspace_page_error (Fixture       *fixture,
                           gconstpointer  user_data)
{
  DeckAdminWorkspacePage *page = DECK_ADMIN_WORKSPACE_PAGE (fixture->page);

  deck_mock_server_set_paid_plan (fixture->server, FALSE);
  deck_admin_workspace_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);
  g_assert_cmpstr (deck_admin_workspace_page_get_state (page), ==, "error");
  g_assert_null (deck_admin_workspace_page_get_info (page));

  deck_mock_server_set_paid_plan (fixture->server, TRUE);
  activate (fixture->page, "workspace.reload", NULL);
  g_assert_cmpstr (deck_admin_workspace_page_get_state (page), ==, "results");
}

/* ------------------------------------------------------------------ API keys */

static gboolean
has_new_key_dialog (gpointer data)
{
  AdwDialog *dialog = deck_admin_api_keys_page_get_dialog (DECK_ADMIN_API_KEYS_PAGE (data));

  return dialog != NULL && DECK_IS_ADMIN_NEW_KEY_DIALOG (dialog) && page_idle (data);
}

static void
test_api_keys_page (Fixture       *fixture,
                    gconstpointer  user_data)
{
  DeckAdminApiKeysPage *page = DECK_ADMIN_API_KEYS_PAGE (fixture->page);
  const char *scopes[] = { "api_keys:read", NULL };
  g_autoptr(JsonArray) keys = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  GListModel *model;
  AdwDialog *dialog;
  JsonObject *held;
  guint n_before;
  char *id;

  deck_admin_api_keys_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);
  g_assert_cmpstr (deck_admin_api_keys_page_get_state (page), ==, "results");
  model = deck_admin_api_keys_page_get_model (page);
  n_before = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_before, >=, 1);

  /* Created through the page's action: the mock has it, and the dialog shows it. */
  activate (fixture->page, "api-keys.create", "(s^as)", "UI test key", scopes);
  wait_until (has_new_key_dialog, page);
  dialog = deck_admin_api_keys_page_get_dialog (page);
  key = g_strdup (deck_admin_new_key_dialog_get_key (DECK_ADMIN_NEW_KEY_DIALOG (dialog)));
  g_assert_nonnull (key);
  g_assert_cmpuint (strlen (key), >, 8);
  /* No application action to take it here, so the offer is hidden. */
  g_assert_false (deck_admin_new_key_dialog_can_add (DECK_ADMIN_NEW_KEY_DIALOG (dialog)));

  keys = deck_mock_server_dup_api_keys (fixture->server);
  held = find_by (keys, "name", "UI test key");
  g_assert_nonnull (held);
  id = g_strdup (json_object_get_string_member (held, "id"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);

  /* The key is real... */
  client = deck_client_new (deck_mock_server_get_url (fixture->server), key, &error);
  g_assert_no_error (error);
  {
    g_autoptr(DeckPager) pager = deck_client_list_api_keys (client);
    GAsyncResult *result = NULL;

    deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
    deck_test_wait_result (&result, TIMEOUT_MS);
    g_assert_true (deck_pager_load_finish (pager, result, &error));
    g_assert_no_error (error);
    g_object_unref (result);
  }

  /* ...and shown once: closing the dialog forgets it. */
  g_object_ref (dialog);
  adw_dialog_force_close (dialog);
  g_assert_null (deck_admin_new_key_dialog_get_key (DECK_ADMIN_NEW_KEY_DIALOG (dialog)));
  g_object_unref (dialog);

  /* Deleted after the confirmation. */
  activate (fixture->page, "api-keys.delete", "s", id);
  dialog = deck_admin_api_keys_page_get_dialog (page);
  g_assert_nonnull (dialog);
  confirm (dialog);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, page);
  g_clear_pointer (&keys, json_array_unref);
  keys = deck_mock_server_dup_api_keys (fixture->server);
  g_assert_null (find_by (keys, "id", id));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
  g_free (id);
}

static void
test_api_key_dialog (Fixture       *fixture,
                     gconstpointer  user_data)
{
  DeckAdminApiKeysPage *page = DECK_ADMIN_API_KEYS_PAGE (fixture->page);
  g_autoptr(JsonArray) keys = NULL;
  g_auto(GStrv) scopes = NULL;
  DeckAdminApiKeyDialog *dialog;
  JsonObject *held;

  deck_admin_api_keys_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);

  activate (fixture->page, "api-keys.new", NULL);
  dialog = DECK_ADMIN_API_KEY_DIALOG (deck_admin_api_keys_page_get_dialog (page));
  g_assert_true (DECK_IS_ADMIN_API_KEY_DIALOG (dialog));

  deck_admin_api_key_dialog_set_name (dialog, "Reporting");
  deck_admin_api_key_dialog_set_access (dialog, "campaigns", "read");
  deck_admin_api_key_dialog_set_access (dialog, "leads", "all");
  deck_admin_api_key_dialog_set_access (dialog, "accounts", "read");
  deck_admin_api_key_dialog_set_access (dialog, "accounts", NULL);
  scopes = deck_admin_api_key_dialog_dup_scopes (dialog);
  g_assert_cmpuint (g_strv_length (scopes), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) scopes, "campaigns:read"));
  g_assert_true (g_strv_contains ((const char * const *) scopes, "leads:all"));

  deck_admin_api_key_dialog_create (dialog);
  wait_until (has_new_key_dialog, page);

  keys = deck_mock_server_dup_api_keys (fixture->server);
  held = find_by (keys, "name", "Reporting");
  g_assert_nonnull (held);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (held, "scopes")), ==, 2);
  adw_dialog_force_close (deck_admin_api_keys_page_get_dialog (page));
}

/* ------------------------------------------------------------------ members */

static void
test_members_page (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckAdminMembersPage *page = DECK_ADMIN_MEMBERS_PAGE (fixture->page);
  g_autoptr(DeckWorkspaceMember) member = NULL;
  g_autoptr(JsonArray) members = NULL;
  GListModel *model;
  guint n_before;
  JsonObject *held;

  deck_admin_members_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);
  g_assert_cmpstr (deck_admin_members_page_get_state (page), ==, "results");

  /* Invite, through the page's action. */
  model = deck_admin_members_page_get_model (page);
  n_before = g_list_model_get_n_items (model);
  activate (fixture->page, "members.invite", "(ss)", "invited@example.com", "editor");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  members = deck_mock_server_dup_members (fixture->server);
  held = find_by (members, "email", "invited@example.com");
  g_assert_nonnull (held);
  g_assert_cmpstr (json_object_get_string_member (held, "role"), ==, "editor");
  member = g_list_model_get_item (model, n_before);
  g_assert_cmpstr (deck_workspace_member_get_email (member), ==, "invited@example.com");

  /* Change the role: the mock holds it, the member object too. */
  activate (fixture->page, "members.set-role", "(ss)", deck_workspace_member_get_id (member), "view");
  g_clear_pointer (&members, json_array_unref);
  members = deck_mock_server_dup_members (fixture->server);
  held = find_by (members, "id", deck_workspace_member_get_id (member));
  g_assert_cmpstr (json_object_get_string_member (held, "role"), ==, "view");
  g_assert_cmpstr (deck_workspace_member_get_role (member), ==, "view");

  /* Remove, once the confirmation is accepted. */
  activate (fixture->page, "members.remove", "s", deck_workspace_member_get_id (member));
  confirm (deck_admin_members_page_get_dialog (page));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, page);
  g_clear_pointer (&members, json_array_unref);
  members = deck_mock_server_dup_members (fixture->server);
  g_assert_null (find_by (members, "id", deck_workspace_member_get_id (member)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
}

/* ------------------------------------------------------------------ group */

static void
test_group_page (Fixture       *fixture,
                 gconstpointer  user_data)
{
  DeckAdminGroupPage *page = DECK_ADMIN_GROUP_PAGE (fixture->page);
  g_autoptr(DeckGroupMember) member = NULL;
  g_autoptr(JsonArray) held = NULL;
  GListModel *model;
  guint n_before;

  deck_admin_group_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);
  g_assert_true (g_strcmp0 (deck_admin_group_page_get_state (page), "results") == 0 ||
                 g_strcmp0 (deck_admin_group_page_get_state (page), "empty") == 0);

  model = deck_admin_group_page_get_model (page);
  n_before = g_list_model_get_n_items (model);
  activate (fixture->page, "group.invite", "s", "019b483f-81b3-7bef-8c1a-00000000abcd");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  g_assert_cmpstr (deck_admin_group_page_get_state (page), ==, "results");
  held = deck_mock_server_dup_group_members (fixture->server);
  g_assert_nonnull (find_by (held, "sub_workspace_id", "019b483f-81b3-7bef-8c1a-00000000abcd"));

  member = g_list_model_get_item (model, n_before);
  activate (fixture->page, "group.remove", "s", deck_group_member_get_id (member));
  confirm (deck_admin_group_page_get_dialog (page));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wait_until (page_idle, page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
  g_clear_pointer (&held, json_array_unref);
  held = deck_mock_server_dup_group_members (fixture->server);
  g_assert_null (find_by (held, "sub_workspace_id", "019b483f-81b3-7bef-8c1a-00000000abcd"));
}

/* ------------------------------------------------------------------ audit log */

static void
test_audit_log_page (Fixture       *fixture,
                     gconstpointer  user_data)
{
  DeckAdminAuditLogPage *page = DECK_ADMIN_AUDIT_LOG_PAGE (fixture->page);
  g_autoptr(JsonArray) log = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  GListModel *model;
  guint n_first;
  JsonObject *query;

  deck_admin_audit_log_page_set_workspace (page, fixture->workspace);
  wait_until (page_idle, page);
  g_assert_cmpstr (deck_admin_audit_log_page_get_state (page), ==, "results");
  model = deck_admin_audit_log_page_get_model (page);
  n_first = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_first, >, 0);
  g_assert_true (deck_admin_audit_log_page_get_has_more (page));

  /* Load more appends the next page. */
  activate (fixture->page, "audit-log.load-more", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, n_first);

  /* Filtering by an activity type fetches again with that filter. */
  deck_mock_server_clear_request_log (fixture->server);
  deck_admin_audit_log_page_set_filter (page, 1, NULL, NULL);
  wait_until (page_idle, page);
  model = deck_admin_audit_log_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAuditLogEntry) entry = g_list_model_get_item (model, i);

      g_assert_cmpint (deck_audit_log_entry_get_activity_type (entry), ==, 1);
    }
  log = deck_mock_server_dup_request_log (fixture->server);
  g_assert_cmpuint (json_array_get_length (log), ==, 1);
  query = json_object_get_object_member (json_array_get_object_element (log, 0), "query");
  g_assert_cmpstr (json_object_get_string_member (query, "activity_type"), ==, "1");
  g_assert_false (json_object_has_member (query, "starting_after"));

  /* A range of days. */
  deck_mock_server_clear_request_log (fixture->server);
  deck_admin_audit_log_page_set_filter (page, 0, today, today);
  wait_until (page_idle, page);
  g_clear_pointer (&log, json_array_unref);
  log = deck_mock_server_dup_request_log (fixture->server);
  g_assert_cmpuint (json_array_get_length (log), ==, 1);
  query = json_object_get_object_member (json_array_get_object_element (log, 0), "query");
  g_assert_true (json_object_has_member (query, "start_date"));
  g_assert_true (json_object_has_member (query, "end_date"));
  g_assert_false (json_object_has_member (query, "activity_type"));

  /* Clearing the filters shows everything again. */
  activate (fixture->page, "audit-log.clear-filters", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (deck_admin_audit_log_page_get_model (page)), ==, n_first);
}

/* ------------------------------------------------------------------ lifetime */

static void
test_cancel_on_dispose (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GType (*get_type) (void) = user_data;

  /* Destroyed while loading: the teardown's finalize check and the absence of a late
   * callback (ASan would catch one) are the assertions. */
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_DELAY, NULL, 0, -1, 300);
  g_object_set (fixture->page, "workspace", fixture->workspace, NULL);
  g_assert_cmpstr (page_state (fixture->page), ==, "loading");
  g_assert_true (get_type () == G_OBJECT_TYPE (fixture->page));
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
  static const struct {
    const char *name;
    GType (*get_type) (void);
  } pages[] = {
    { "workspace", deck_admin_workspace_page_get_type },
    { "api-keys", deck_admin_api_keys_page_get_type },
    { "members", deck_admin_members_page_get_type },
    { "group", deck_admin_group_page_get_type },
    { "audit-log", deck_admin_audit_log_page_get_type },
  };

  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/admin/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/admin/workspace", Fixture, deck_admin_workspace_page_get_type,
              fixture_set_up, test_workspace_page, fixture_tear_down);
  g_test_add ("/ui/admin/workspace-error", Fixture, deck_admin_workspace_page_get_type,
              fixture_set_up, test_workspace_page_error, fixture_tear_down);
  g_test_add ("/ui/admin/api-keys", Fixture, deck_admin_api_keys_page_get_type,
              fixture_set_up, test_api_keys_page, fixture_tear_down);
  g_test_add ("/ui/admin/api-key-dialog", Fixture, deck_admin_api_keys_page_get_type,
              fixture_set_up, test_api_key_dialog, fixture_tear_down);
  g_test_add ("/ui/admin/members", Fixture, deck_admin_members_page_get_type,
              fixture_set_up, test_members_page, fixture_tear_down);
  g_test_add ("/ui/admin/group", Fixture, deck_admin_group_page_get_type,
              fixture_set_up, test_group_page, fixture_tear_down);
  g_test_add ("/ui/admin/audit-log", Fixture, deck_admin_audit_log_page_get_type,
              fixture_set_up, test_audit_log_page, fixture_tear_down);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/admin/%s/cancel-on-dispose", pages[i].name);

      g_test_add (path, Fixture, pages[i].get_type,
                  fixture_set_up, test_cancel_on_dispose, fixture_tear_down);
    }

  return g_test_run ();
}
