/* test-secret-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "deck-libsecret-store.h"
#include "deck-memory-secret-store.h"
#include "deck-test-util.h"

#define TIMEOUT_MS 60000
#define SERVER "https://api.instantly.test"

/* Keys are made at run time: no key ever sits in a fixture. */
static char *
new_key (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("test-%s", uuid);
}

static gboolean
store_sync (DeckSecretStore  *store,
            const char       *id,
            const char       *label,
            const char       *secret,
            GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_secret_store_store_async (store, id, SERVER, label, secret, NULL,
                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  return deck_secret_store_store_finish (store, result, error);
}

static char *
lookup_sync (DeckSecretStore  *store,
             const char       *id,
             GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_secret_store_lookup_async (store, id, SERVER, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  return deck_secret_store_lookup_finish (store, result, error);
}

static gboolean
delete_sync (DeckSecretStore  *store,
             const char       *id,
             GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_secret_store_delete_async (store, id, SERVER, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  return deck_secret_store_delete_finish (store, result, error);
}

/* Store, look up, replace, delete: what every implementation must do alike. */
static void
check_round_trip (DeckSecretStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *other_id = g_uuid_string_random ();
  g_autofree char *key = new_key ();
  g_autofree char *replacement = new_key ();
  g_autoptr(DeckSecret) found = NULL;

  /* Nothing stored yet: NULL, and no error. */
  found = lookup_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  g_assert_true (store_sync (store, id, "Instadeck API key for Test", key, &error));
  g_assert_no_error (error);
  found = lookup_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, key);
  g_clear_pointer (&found, deck_secret_free);

  /* Another workspace has its own item. */
  found = lookup_sync (store, other_id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* Storing again replaces. */
  g_assert_true (store_sync (store, id, "Instadeck API key for Test", replacement, &error));
  g_assert_no_error (error);
  found = lookup_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, replacement);
  g_clear_pointer (&found, deck_secret_free);

  g_assert_true (delete_sync (store, id, &error));
  g_assert_no_error (error);
  found = lookup_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* Deleting what is not there is no error. */
  g_assert_true (delete_sync (store, id, &error));
  g_assert_no_error (error);
}

static void
test_memory_round_trip (void)
{
  g_autoptr(DeckSecretStore) store = deck_memory_secret_store_new ();

  check_round_trip (store);
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (DECK_MEMORY_SECRET_STORE (store)), ==, 0);
}

static void
test_memory_label (void)
{
  g_autoptr(DeckSecretStore) store = deck_memory_secret_store_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key = new_key ();

  g_assert_true (store_sync (store, "ws-1", "Instadeck API key for Acme", key, &error));
  g_assert_no_error (error);
  g_assert_true (deck_memory_secret_store_has_secret (DECK_MEMORY_SECRET_STORE (store), "ws-1", SERVER));
  g_assert_false (deck_memory_secret_store_has_secret (DECK_MEMORY_SECRET_STORE (store), "ws-1", "https://other.test"));
  g_assert_cmpstr (deck_memory_secret_store_get_label (DECK_MEMORY_SECRET_STORE (store), "ws-1", SERVER),
                   ==, "Instadeck API key for Acme");
}

static void
test_memory_unavailable (void)
{
  g_autoptr(DeckSecretStore) store = deck_memory_secret_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSecret) found = NULL;
  g_autofree char *key = new_key ();

  deck_memory_secret_store_set_available (DECK_MEMORY_SECRET_STORE (store), FALSE);

  g_assert_false (store_sync (store, "ws-1", "label", key, &error));
  g_assert_error (error, DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  found = lookup_sync (store, "ws-1", &error);
  g_assert_null (found);
  g_assert_error (error, DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE);
  g_clear_error (&error);

  g_assert_false (delete_sync (store, "ws-1", &error));
  g_assert_error (error, DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE);
}

/* A prompt nobody answers ends with TIMED_OUT instead of hanging. */
static void
test_memory_timeout (void)
{
  g_autoptr(DeckSecretStore) store = deck_memory_secret_store_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key = new_key ();

  deck_memory_secret_store_set_hang (DECK_MEMORY_SECRET_STORE (store), TRUE);
  deck_secret_store_set_timeout (store, 20);
  g_assert_cmpuint (deck_secret_store_get_timeout (store), ==, 20);

  g_assert_false (store_sync (store, "ws-1", "label", key, &error));
  g_assert_error (error, DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_TIMED_OUT);
  g_assert_cmpuint (deck_memory_secret_store_get_n_secrets (DECK_MEMORY_SECRET_STORE (store)), ==, 0);
}

static void
test_memory_cancel (void)
{
  g_autoptr(DeckSecretStore) store = deck_memory_secret_store_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSecret) found = NULL;

  deck_memory_secret_store_set_hang (DECK_MEMORY_SECRET_STORE (store), TRUE);
  deck_secret_store_set_timeout (store, 0);

  deck_secret_store_lookup_async (store, "ws-1", SERVER, cancellable, deck_test_store_result, &result);
  g_cancellable_cancel (cancellable);
  deck_test_wait_result (&result, TIMEOUT_MS);
  found = deck_secret_store_lookup_finish (store, result, &error);
  g_assert_null (found);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_hint (void)
{
  g_autofree char *hint = deck_secret_dup_hint ("abcdefghijklmnopWXYZ");
  g_autofree char *short_hint = deck_secret_dup_hint ("short");

  g_assert_cmpstr (hint, ==, "…WXYZ");
  /* Too short to show a part of it. */
  g_assert_cmpstr (short_hint, ==, "…");
}

/* The real Secret Service: the throwaway gnome-keyring that tests/headless-run.sh
 * starts. Skipped only when no secret service answers the probe. */
static void
test_libsecret_round_trip (void)
{
  g_autoptr(DeckSecretStore) store = deck_libsecret_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSecret) found = NULL;
  g_autofree char *probe_id = g_uuid_string_random ();

  /* secret_service_get() succeeds even without a service: probe with a real lookup. */
  deck_secret_store_set_timeout (store, 15000);
  found = lookup_sync (store, probe_id, &error);
  if (error != NULL)
    {
      g_autofree char *reason = g_strdup_printf ("no secret service: %s", error->message);

      g_test_skip (reason);
      return;
    }
  g_assert_null (found);

  check_round_trip (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/secret-store/memory/round-trip", test_memory_round_trip);
  g_test_add_func ("/secret-store/memory/label", test_memory_label);
  g_test_add_func ("/secret-store/memory/unavailable", test_memory_unavailable);
  g_test_add_func ("/secret-store/memory/timeout", test_memory_timeout);
  g_test_add_func ("/secret-store/memory/cancel", test_memory_cancel);
  g_test_add_func ("/secret-store/hint", test_hint);
  g_test_add_func ("/secret-store/libsecret/round-trip", test_libsecret_round_trip);

  return g_test_run ();
}
