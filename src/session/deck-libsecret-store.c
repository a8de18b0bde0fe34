/* deck-libsecret-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-secret-store"

#include "config.h"

#include <libsecret/secret.h>

#include "deck-libsecret-store.h"

struct _DeckLibsecretStore
{
  DeckSecretStore parent_instance;
};

G_DEFINE_FINAL_TYPE (DeckLibsecretStore, deck_libsecret_store, DECK_TYPE_SECRET_STORE)

static const SecretSchema *
get_schema (void)
{
  /* Named after the app id, so Seahorse and secret-tool show whose items these are. */
  static const SecretSchema schema = {
    APP_ID, SECRET_SCHEMA_NONE,
    {
      { "workspace-id", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

static void
on_password_stored (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
libsecret_store_async (DeckSecretStore     *store,
                       const char          *workspace_id,
                       const char          *server_url,
                       const char          *label,
                       const char          *secret,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_check_cancellable (task, FALSE);
  /* Storing with the same attributes replaces the old item. */
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                         cancellable, on_password_stored, task,
                         "workspace-id", workspace_id,
                         "server", server_url,
                         NULL);
}

static gboolean
libsecret_store_finish (DeckSecretStore  *store,
                        GAsyncResult     *result,
                        GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_password_looked_up (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Into our own allocation, so one free function (deck_secret_free) fits all stores. */
  g_task_return_pointer (task, g_strdup (password), (GDestroyNotify) deck_secret_free);
  secret_password_free (password);
}

static void
libsecret_lookup_async (DeckSecretStore     *store,
                        const char          *workspace_id,
                        const char          *server_url,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_check_cancellable (task, FALSE);
  secret_password_lookup (get_schema (), cancellable, on_password_looked_up, task,
                          "workspace-id", workspace_id,
                          "server", server_url,
                          NULL);
}

static char *
libsecret_lookup_finish (DeckSecretStore  *store,
                         GAsyncResult     *result,
                         GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_password_cleared (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error: there was nothing to delete, which is fine. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
libsecret_delete_async (DeckSecretStore     *store,
                        const char          *workspace_id,
                        const char          *server_url,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_check_cancellable (task, FALSE);
  secret_password_clear (get_schema (), cancellable, on_password_cleared, task,
                         "workspace-id", workspace_id,
                         "server", server_url,
                         NULL);
}

static gboolean
libsecret_delete_finish (DeckSecretStore  *store,
                         GAsyncResult     *result,
                         GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
deck_libsecret_store_class_init (DeckLibsecretStoreClass *klass)
{
  DeckSecretStoreClass *store_class = DECK_SECRET_STORE_CLASS (klass);

  store_class->store_async = libsecret_store_async;
  store_class->store_finish = libsecret_store_finish;
  store_class->lookup_async = libsecret_lookup_async;
  store_class->lookup_finish = libsecret_lookup_finish;
  store_class->delete_async = libsecret_delete_async;
  store_class->delete_finish = libsecret_delete_finish;
}

static void
deck_libsecret_store_init (DeckLibsecretStore *self)
{
}

DeckSecretStore *
deck_libsecret_store_new (void)
{
  return g_object_new (DECK_TYPE_LIBSECRET_STORE, NULL);
}
