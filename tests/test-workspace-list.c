/* test-workspace-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "deck-memory-secret-store.h"
#include "deck-permissions.h"
#include "deck-test-util.h"
#include "deck-workspace-list.h"

#define TIMEOUT_MS 60000
#define SERVER "http://127.0.0.1:9"
#define OTHER_SERVER "http://127.0.0.1:10"

typedef struct
{
  char             *dir;
  char             *keyfile;
  GSettingsBackend *backend;
  GSettings        *settings;
  DeckSecretStore  *store;
} Fixture;

/* A keyfile backend in a temp dir, so "restarting" (a new list on new settings over the
 * same file) reads what the last run wrote, and the test can read the file itself. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("instadeck-workspace-list-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->keyfile = g_build_filename (fixture->dir, "settings.ini", NULL);
  fixture->backend = g_keyfile_settings_backend_new (fixture->keyfile, "/", NULL);
  fixture->settings = g_settings_new_with_backend (APP_ID, fixture->backend);
  fixture->store = deck_memory_secret_store_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->backend);
  g_clear_object (&fixture->store);
  g_remove (fixture->keyfile);
  g_rmdir (fixture->dir);
  g_free (fixture->keyfile);
  g_free (fixture->dir);
}

static char *
new_key (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("test-%s", uuid);
}

/* A fresh GSettings over the same file: what the next start of the app sees. */
static GSettings *
restart_settings (Fixture *fixture)
{
  g_autoptr(GSettingsBackend) backend = g_keyfile_settings_backend_new (fixture->keyfile, "/", NULL);

  return g_settings_new_with_backend (APP_ID, backend);
}

static DeckWorkspaceEntry *
add_sync (DeckWorkspaceList  *list,
          const char         *server,
          const char         *id,
          const char         *name,
          const char         *key,
          GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckClient) client = deck_workspace_list_new_client (list, server, key, error);

  g_assert_nonnull (client);
  deck_workspace_list_add_async (list, client, id, name, key, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  return deck_workspace_list_add_finish (list, result, error);
}

static gboolean
remove_sync (DeckWorkspaceList   *list,
             DeckWorkspaceEntry  *entry,
             GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_workspace_list_remove_async (list, entry, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  return deck_workspace_list_remove_finish (list, result, error);
}

static void
wait_for_state (DeckWorkspaceEntry *entry)
{
  while (deck_workspace_entry_get_state (entry) == DECK_WORKSPACE_ENTRY_LOCKED)
    g_main_context_iteration (NULL, TRUE);
}

static DeckWorkspaceEntry *
get_entry (DeckWorkspaceList *list,
           guint              position)
{
  g_autoptr(DeckWorkspaceEntry) entry = g_list_model_get_item (G_LIST_MODEL (list), position);

  return entry; /* the list holds a reference */
}

static void
assert_file_lacks (const char *path,
                   const char *needle)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;
  g_assert_null (strstr (contents, needle));
}

static void
test_add_stores_key_in_secret_store_only (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceEntry) entry = NULL;
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *key = new_key ();
  g_autofree char *hint = NULL;
  DeckMemorySecretStore *memory = DECK_MEMORY_SECRET_STORE (fixture->store);

  entry = add_sync (list, SERVER, "ws-acme", "Acme Outreach", key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (deck_workspace_entry_get_state (entry), ==, DECK_WORKSPACE_ENTRY_READY);
  g_assert_nonnull (deck_workspace_entry_get_workspace (entry));
  g_assert_false (deck_workspace_entry_get_transient (entry));
  g_assert_cmpstr (deck_workspace_entry_get_label (entry), ==, "Acme Outreach");
  g_assert_cmpstr (deck_workspace_entry_get_server_url (entry), ==, SERVER);

  /* Only the last four characters are ever shown. */
  hint = g_strdup_printf ("…%s", key + strlen (key) - 4);
  g_assert_cmpstr (deck_workspace_entry_get_key_hint (entry), ==, hint);

  /* The key is in the secret store, with a label a person recognises … */
  g_assert_true (deck_memory_secret_store_has_secret (memory, "ws-acme", SERVER));
  g_assert_cmpstr (deck_memory_secret_store_get_label (memory, "ws-acme", SERVER),
                   ==, "Instadeck API key for Acme Outreach");

  /* … and nowhere in the settings. */
  stored = g_settings_get_value (fixture->settings, "workspaces");
  g_assert_cmpuint (g_variant_n_children (stored), ==, 1);
  {
    g_autofree char *printed = g_variant_print (stored, FALSE);

    g_assert_nonnull (strstr (printed, "ws-acme"));
    g_assert_null (strstr (printed, key));
  }
  g_settings_sync ();
  assert_file_lacks (fixture->keyfile, key);
  assert_file_lacks (fixture->keyfile, key + 5);
}

static void
test_survives_restart (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key_a = new_key ();
  g_autofree char *key_b = new_key ();
  g_autofree char *uid_b = NULL;

  {
    g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
    g_autoptr(DeckWorkspaceEntry) a = add_sync (list, SERVER, "ws-a", "Alpha", key_a, &error);
    g_autoptr(DeckWorkspaceEntry) b = NULL;

    g_assert_no_error (error);
    b = add_sync (list, OTHER_SERVER, "ws-b", "Beta", key_b, &error);
    g_assert_no_error (error);

    deck_workspace_list_rename (list, a, "  Client A  ");
    deck_workspace_list_set_current (list, b);
    uid_b = g_strdup (deck_workspace_entry_get_uid (b));
    g_settings_sync ();
  }

  /* The app starts again. */
  {
    g_autoptr(GSettings) settings = restart_settings (fixture);
    g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (settings, fixture->store);
    DeckWorkspaceEntry *a, *b;

    deck_workspace_list_load (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

    a = get_entry (list, 0);
    b = get_entry (list, 1);
    /* The keys arrive asynchronously. */
    g_assert_cmpint (deck_workspace_entry_get_state (a), ==, DECK_WORKSPACE_ENTRY_LOCKED);
    g_assert_null (deck_workspace_entry_get_workspace (a));
    wait_for_state (a);
    wait_for_state (b);

    g_assert_cmpint (deck_workspace_entry_get_state (a), ==, DECK_WORKSPACE_ENTRY_READY);
    g_assert_cmpint (deck_workspace_entry_get_state (b), ==, DECK_WORKSPACE_ENTRY_READY);
    g_assert_cmpstr (deck_workspace_entry_get_id (a), ==, "ws-a");
    g_assert_cmpstr (deck_workspace_entry_get_label (a), ==, "Client A");
    g_assert_cmpstr (deck_workspace_entry_get_name (a), ==, "Alpha");
    g_assert_cmpstr (deck_workspace_entry_get_label (b), ==, "Beta");
    g_assert_cmpstr (deck_workspace_entry_get_server_url (b), ==, OTHER_SERVER);

    /* Each has its own client (own rate budget) and its own models. */
    g_assert_nonnull (deck_workspace_entry_get_workspace (a));
    g_assert_true (deck_workspace_entry_get_workspace (a) != deck_workspace_entry_get_workspace (b));
    g_assert_true (deck_workspace_get_client (deck_workspace_entry_get_workspace (a)) !=
                   deck_workspace_get_client (deck_workspace_entry_get_workspace (b)));
    g_assert_true (deck_workspace_get_accounts (deck_workspace_entry_get_workspace (a)) !=
                   deck_workspace_get_accounts (deck_workspace_entry_get_workspace (b)));
    g_assert_cmpstr (deck_client_get_base_url (deck_workspace_get_client (deck_workspace_entry_get_workspace (b))),
                     ==, OTHER_SERVER);

    /* The current workspace is the one shown last. */
    g_assert_cmpstr (deck_workspace_entry_get_uid (deck_workspace_list_get_current (list)), ==, uid_b);
  }
}

static void
test_missing_key_and_unavailable_keyring (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  DeckMemorySecretStore *memory = DECK_MEMORY_SECRET_STORE (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = new_key ();

  {
    g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
    g_autoptr(DeckWorkspaceEntry) a = add_sync (list, SERVER, "ws-a", "Alpha", key, &error);

    g_assert_no_error (error);
  }

  /* Someone deleted the item in Seahorse. */
  {
    g_autoptr(DeckSecretStore) empty = deck_memory_secret_store_new ();
    g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, empty);
    DeckWorkspaceEntry *a;

    deck_workspace_list_load (list);
    a = get_entry (list, 0);
    wait_for_state (a);
    g_assert_cmpint (deck_workspace_entry_get_state (a), ==, DECK_WORKSPACE_ENTRY_NO_KEY);
    g_assert_null (deck_workspace_entry_get_workspace (a));
  }

  /* No secret service answers. */
  {
    g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
    DeckWorkspaceEntry *a;

    deck_memory_secret_store_set_available (memory, FALSE);
    deck_workspace_list_load (list);
    a = get_entry (list, 0);
    wait_for_state (a);
    g_assert_cmpint (deck_workspace_entry_get_state (a), ==, DECK_WORKSPACE_ENTRY_KEYRING_UNAVAILABLE);
    g_assert_nonnull (deck_workspace_entry_get_state_message (a));
    g_assert_null (deck_workspace_entry_get_workspace (a));
    deck_memory_secret_store_set_available (memory, TRUE);
  }
}

static void
test_unavailable_keyring_session_only (Fixture       *fixture,
                                       gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceEntry) entry = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *key = new_key ();
  DeckWorkspaceEntry *session;

  deck_memory_secret_store_set_available (DECK_MEMORY_SECRET_STORE (fixture->store), FALSE);

  /* Adding fails with the store's error and adds nothing … */
  entry = add_sync (list, SERVER, "ws-a", "Alpha", key, &error);
  g_assert_null (entry);
  g_assert_error (error, DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* … and the key can be used for this run only, never stored. */
  client = deck_workspace_list_new_client (list, SERVER, key, NULL);
  session = deck_workspace_list_add_for_session (list, client, "ws-a", "Alpha", key);
  g_assert_true (deck_workspace_entry_get_transient (session));
  g_assert_cmpint (deck_workspace_entry_get_state (session), ==, DECK_WORKSPACE_ENTRY_READY);
  g_assert_true (deck_workspace_get_client (deck_workspace_entry_get_workspace (session)) == client);
  deck_workspace_list_set_current (list, session);
  deck_workspace_list_rename (list, session, "Renamed");

  stored = g_settings_get_value (fixture->settings, "workspaces");
  g_assert_cmpuint (g_variant_n_children (stored), ==, 0);
}

static void
test_remove_deletes_secret (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
  DeckMemorySecretStore *memory = DECK_MEMORY_SECRET_STORE (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceEntry) a = NULL;
  g_autoptr(DeckWorkspaceEntry) b = NULL;
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *key_a = new_key ();
  g_autofree char *key_b = new_key ();

  a = add_sync (list, SERVER, "ws-a", "Alpha", key_a, &error);
  g_assert_no_error (error);
  b = add_sync (list, SERVER, "ws-b", "Beta", key_b, &error);
  g_assert_no_error (error);
  deck_workspace_list_set_current (list, a);

  g_assert_true (remove_sync (list, a, &error));
  g_assert_no_error (error);

  g_assert_false (deck_memory_secret_store_has_secret (memory, "ws-a", SERVER));
  g_assert_true (deck_memory_secret_store_has_secret (memory, "ws-b", SERVER));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  /* The current one went: the remaining one takes its place. */
  g_assert_true (deck_workspace_list_get_current (list) == b);

  stored = g_settings_get_value (fixture->settings, "workspaces");
  g_assert_cmpuint (g_variant_n_children (stored), ==, 1);

  g_assert_true (remove_sync (list, b, &error));
  g_assert_no_error (error);
  g_assert_null (deck_workspace_list_get_current (list));
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (memory), ==, 0);
}

static void
test_add_again_replaces_key (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceEntry) first = NULL;
  g_autoptr(DeckWorkspaceEntry) second = NULL;
  g_autofree char *key = new_key ();
  g_autofree char *new = new_key ();
  DeckWorkspace *old_workspace;

  first = add_sync (list, SERVER, "ws-a", "Alpha", key, &error);
  g_assert_no_error (error);
  old_workspace = deck_workspace_entry_get_workspace (first);

  second = add_sync (list, SERVER, "ws-a", "Alpha Renamed", new, &error);
  g_assert_no_error (error);
  /* Same workspace: same entry, a new client for the new key, no duplicate. */
  g_assert_true (first == second);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (deck_workspace_entry_get_workspace (second) != old_workspace);
  g_assert_cmpstr (deck_workspace_entry_get_name (second), ==, "Alpha Renamed");
}

static void
test_transient_never_stored (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(DeckWorkspaceList) list = deck_workspace_list_new (fixture->settings, fixture->store);
  g_autoptr(DeckClient) client = deck_client_new (SERVER, "env-key-for-test", NULL);
  g_autoptr(DeckWorkspace) workspace = deck_workspace_new (client, "From INSTANTLY_API_KEY");
  g_autoptr(DeckWorkspaceEntry) entry = deck_workspace_entry_new_transient (workspace, "environment", "From INSTANTLY_API_KEY");
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *current = NULL;

  deck_workspace_list_add_transient (list, entry);
  deck_workspace_list_set_current (list, entry);

  g_assert_true (deck_workspace_entry_get_workspace (entry) == workspace);
  g_assert_cmpint (deck_workspace_entry_get_state (entry), ==, DECK_WORKSPACE_ENTRY_READY);

  stored = g_settings_get_value (fixture->settings, "workspaces");
  g_assert_cmpuint (g_variant_n_children (stored), ==, 0);
  current = g_settings_get_string (fixture->settings, "current-workspace");
  g_assert_cmpstr (current, ==, "");
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (DECK_MEMORY_SECRET_STORE (fixture->store)), ==, 0);
}

static void
on_denied (DeckPermissions *permissions,
           const char      *scope,
           guint           *count)
{
  (*count)++;
}

static void
test_permissions (void)
{
  g_autoptr(DeckClient) client = deck_client_new (SERVER, "key-for-permissions-test", NULL);
  g_autoptr(DeckWorkspace) a = deck_workspace_new (client, "A");
  g_autoptr(DeckWorkspace) b = deck_workspace_new (client, "B");
  g_autoptr(GError) forbidden = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN, "no");
  g_autoptr(GError) unauthorized = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED, "no");
  g_auto(GStrv) denied = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *words = NULL;
  g_autofree char *unknown = NULL;
  guint count = 0, update_count = 0;

  g_signal_connect (deck_permissions_get_for_workspace (a), "denied",
                    G_CALLBACK (on_denied), &count);
  g_signal_connect (deck_permissions_get_for_workspace (a), "denied::accounts:update",
                    G_CALLBACK (on_denied), &update_count);

  g_assert_true (deck_workspace_permissions_allows (a, "accounts:update"));
  /* Only a 403 says anything about scopes. */
  g_assert_false (deck_workspace_permissions_record_error (a, "accounts:update", unauthorized));
  g_assert_false (deck_workspace_permissions_record_error (a, "accounts:update", NULL));
  g_assert_true (deck_workspace_permissions_allows (a, "accounts:update"));

  g_assert_true (deck_workspace_permissions_record_error (a, "accounts:update", forbidden));
  g_assert_false (deck_workspace_permissions_allows (a, "accounts:update"));
  g_assert_true (deck_workspace_permissions_allows (a, "accounts:read"));
  /* Another workspace's key is another matter. */
  g_assert_true (deck_workspace_permissions_allows (b, "accounts:update"));

  /* Denied once, announced once. */
  g_assert_true (deck_workspace_permissions_record_error (a, "accounts:update", forbidden));
  g_assert_true (deck_workspace_permissions_record_error (a, "campaigns:read", forbidden));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (update_count, ==, 1);

  denied = deck_permissions_dup_denied (deck_permissions_get_for_workspace (a));
  g_assert_cmpuint (g_strv_length (denied), ==, 2);
  g_assert_cmpstr (denied[0], ==, "accounts:update");
  g_assert_cmpstr (denied[1], ==, "campaigns:read");

  words = deck_permissions_describe_scope ("accounts:update");
  g_assert_cmpstr (words, ==, "change email accounts");
  unknown = deck_permissions_describe_scope ("frobnicators:zap");
  g_assert_cmpstr (unknown, ==, "frobnicators:zap");
  sentence = deck_permissions_describe_denied ("accounts:update");
  g_assert_nonnull (strstr (sentence, "change email accounts"));
  g_assert_nonnull (strstr (sentence, "accounts:update"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/workspace-list/add-stores-key-in-secret-store-only", Fixture, NULL,
              fixture_set_up, test_add_stores_key_in_secret_store_only, fixture_tear_down);
  g_test_add ("/workspace-list/survives-restart", Fixture, NULL,
              fixture_set_up, test_survives_restart, fixture_tear_down);
  g_test_add ("/workspace-list/missing-key-and-unavailable-keyring", Fixture, NULL,
              fixture_set_up, test_missing_key_and_unavailable_keyring, fixture_tear_down);
  g_test_add ("/workspace-list/unavailable-keyring-session-only", Fixture, NULL,
              fixture_set_up, test_unavailable_keyring_session_only, fixture_tear_down);
  g_test_add ("/workspace-list/remove-deletes-secret", Fixture, NULL,
              fixture_set_up, test_remove_deletes_secret, fixture_tear_down);
  g_test_add ("/workspace-list/add-again-replaces-key", Fixture, NULL,
              fixture_set_up, test_add_again_replaces_key, fixture_tear_down);
  g_test_add ("/workspace-list/transient-never-stored", Fixture, NULL,
              fixture_set_up, test_transient_never_stored, fixture_tear_down);
  g_test_add_func ("/workspace-list/permissions", test_permissions);

  return g_test_run ();
}
