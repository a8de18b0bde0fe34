/* deck-memory-secret-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-secret-store"

#include "config.h"

#include "deck-memory-secret-store.h"

typedef struct
{
  char *label;
  char *secret;
} Item;

struct _DeckMemorySecretStore
{
  DeckSecretStore  parent_instance;

  GHashTable      *items; /* "server\nid" → Item */
  gboolean         unavailable;
  gboolean         hang;
};

G_DEFINE_FINAL_TYPE (DeckMemorySecretStore, deck_memory_secret_store, DECK_TYPE_SECRET_STORE)

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->label);
  deck_secret_free (item->secret);
  g_free (item);
}

static char *
item_key (const char *workspace_id,
          const char *server_url)
{
  return g_strconcat (server_url, "\n", workspace_id, NULL);
}

static gboolean
on_hang_cancelled (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask *task = user_data;

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Operation was cancelled");
  return G_SOURCE_REMOVE;
}

/* Starts a call: FALSE when it already answered (unavailable, or hanging). */
static gboolean
memory_begin (DeckMemorySecretStore *self,
              GTask                 *task)
{
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (self->unavailable)
    {
      g_task_return_new_error (task, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN,
                               "The name org.freedesktop.secrets was not provided by any .service files");
      return FALSE;
    }

  if (self->hang && cancellable != NULL)
    {
      g_autoptr(GSource) source = g_cancellable_source_new (cancellable);

      g_source_set_callback (source, G_SOURCE_FUNC (on_hang_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (source, g_main_context_get_thread_default ());
      return FALSE;
    }

  return TRUE;
}

static GTask *
memory_task_new (DeckMemorySecretStore *self,
                 GCancellable          *cancellable,
                 GAsyncReadyCallback    callback,
                 gpointer               user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_check_cancellable (task, FALSE);
  return task;
}

static void
memory_store_async (DeckSecretStore     *store,
                    const char          *workspace_id,
                    const char          *server_url,
                    const char          *label,
                    const char          *secret,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  DeckMemorySecretStore *self = DECK_MEMORY_SECRET_STORE (store);
  g_autoptr(GTask) task = memory_task_new (self, cancellable, callback, user_data);
  Item *item;

  if (!memory_begin (self, task))
    return;

  item = g_new0 (Item, 1);
  item->label = g_strdup (label);
  item->secret = g_strdup (secret);
  g_hash_table_replace (self->items, item_key (workspace_id, server_url), item);
  g_task_return_boolean (task, TRUE);
}

static gboolean
memory_store_finish (DeckSecretStore  *store,
                     GAsyncResult     *result,
                     GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
memory_lookup_async (DeckSecretStore     *store,
                     const char          *workspace_id,
                     const char          *server_url,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  DeckMemorySecretStore *self = DECK_MEMORY_SECRET_STORE (store);
  g_autoptr(GTask) task = memory_task_new (self, cancellable, callback, user_data);
  g_autofree char *key = item_key (workspace_id, server_url);
  Item *item;

  if (!memory_begin (self, task))
    return;

  item = g_hash_table_lookup (self->items, key);
  g_task_return_pointer (task, item ? g_strdup (item->secret) : NULL, (GDestroyNotify) deck_secret_free);
}

static char *
memory_lookup_finish (DeckSecretStore  *store,
                      GAsyncResult     *result,
                      GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
memory_delete_async (DeckSecretStore     *store,
                     const char          *workspace_id,
                     const char          *server_url,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  DeckMemorySecretStore *self = DECK_MEMORY_SECRET_STORE (store);
  g_autoptr(GTask) task = memory_task_new (self, cancellable, callback, user_data);
  g_autofree char *key = item_key (workspace_id, server_url);

  if (!memory_begin (self, task))
    return;

  g_hash_table_remove (self->items, key);
  g_task_return_boolean (task, TRUE);
}

static gboolean
memory_delete_finish (DeckSecretStore  *store,
                      GAsyncResult     *result,
                      GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
deck_memory_secret_store_finalize (GObject *object)
{
  DeckMemorySecretStore *self = DECK_MEMORY_SECRET_STORE (object);

  g_clear_pointer (&self->items, g_hash_table_unref);

  G_OBJECT_CLASS (deck_memory_secret_store_parent_class)->finalize (object);
}

static void
deck_memory_secret_store_class_init (DeckMemorySecretStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DeckSecretStoreClass *store_class = DECK_SECRET_STORE_CLASS (klass);

  object_class->finalize = deck_memory_secret_store_finalize;

  store_class->store_async = memory_store_async;
  store_class->store_finish = memory_store_finish;
  store_class->lookup_async = memory_lookup_async;
  store_class->lookup_finish = memory_lookup_finish;
  store_class->delete_async = memory_delete_async;
  store_class->delete_finish = memory_delete_finish;
}

static void
deck_memory_secret_store_init (DeckMemorySecretStore *self)
{
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, item_free);
}

DeckSecretStore *
deck_memory_secret_store_new (void)
{
  return g_object_new (DECK_TYPE_MEMORY_SECRET_STORE, NULL);
}

void
deck_memory_secret_store_set_available (DeckMemorySecretStore *self,
                                        gboolean               available)
{
  g_return_if_fail (DECK_IS_MEMORY_SECRET_STORE (self));

  self->unavailable = !available;
}

void
deck_memory_secret_store_set_hang (DeckMemorySecretStore *self,
                                   gboolean               hang)
{
  g_return_if_fail (DECK_IS_MEMORY_SECRET_STORE (self));

  self->hang = !!hang;
}

guint
deck_memory_secret_store_get_n_secrets (DeckMemorySecretStore *self)
{
  g_return_val_if_fail (DECK_IS_MEMORY_SECRET_STORE (self), 0);

  return g_hash_table_size (self->items);
}

gboolean
deck_memory_secret_store_has_secret (DeckMemorySecretStore *self,
                                     const char            *workspace_id,
                                     const char            *server_url)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DECK_IS_MEMORY_SECRET_STORE (self), FALSE);

  key = item_key (workspace_id, server_url);
  return g_hash_table_contains (self->items, key);
}

const char *
deck_memory_secret_store_get_label (DeckMemorySecretStore *self,
                                    const char            *workspace_id,
                                    const char            *server_url)
{
  g_autofree char *key = NULL;
  Item *item;

  g_return_val_if_fail (DECK_IS_MEMORY_SECRET_STORE (self), NULL);

  key = item_key (workspace_id, server_url);
  item = g_hash_table_lookup (self->items, key);
  return item ? item->label : NULL;
}
