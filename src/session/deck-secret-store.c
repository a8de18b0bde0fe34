/* deck-secret-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-secret-store"

#include "config.h"

#include <string.h>

#include "deck-secret-store.h"

#define DEFAULT_TIMEOUT_MS 60000

typedef struct
{
  guint timeout_ms;
} DeckSecretStorePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeckSecretStore, deck_secret_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (deck-secret-store-error-quark, deck_secret_store_error)

/* One operation: the subclass gets @inner, which the caller's cancellable and the
 * timeout both cancel. */
typedef struct
{
  GCancellable *inner;
  GCancellable *outer;
  gulong        outer_id;
  GSource      *timeout;
  gboolean      timed_out;
} Operation;

static void
operation_free (gpointer data)
{
  Operation *op = data;

  if (op->outer != NULL)
    {
      g_cancellable_disconnect (op->outer, op->outer_id);
      g_object_unref (op->outer);
    }
  if (op->timeout != NULL)
    {
      g_source_destroy (op->timeout);
      g_source_unref (op->timeout);
    }
  g_object_unref (op->inner);
  g_free (op);
}

static void
on_outer_cancelled (GCancellable *cancellable,
                    GCancellable *inner)
{
  g_cancellable_cancel (inner);
}

static gboolean
on_operation_timeout (gpointer user_data)
{
  Operation *op = user_data;

  op->timed_out = TRUE;
  g_clear_pointer (&op->timeout, g_source_unref);
  g_cancellable_cancel (op->inner);

  return G_SOURCE_REMOVE;
}

static GTask *
operation_start (DeckSecretStore     *self,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data,
                 gpointer             source_tag)
{
  DeckSecretStorePrivate *priv = deck_secret_store_get_instance_private (self);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Operation *op = g_new0 (Operation, 1);

  g_task_set_source_tag (task, source_tag);
  /* The subclass's error (or TIMED_OUT) is the answer, not a cancelled inner call. */
  g_task_set_check_cancellable (task, FALSE);

  op->inner = g_cancellable_new ();
  if (cancellable != NULL)
    {
      op->outer = g_object_ref (cancellable);
      op->outer_id = g_cancellable_connect (cancellable, G_CALLBACK (on_outer_cancelled),
                                            op->inner, NULL);
    }
  if (priv->timeout_ms > 0)
    {
      op->timeout = g_timeout_source_new (priv->timeout_ms);
      g_source_set_callback (op->timeout, on_operation_timeout, op, NULL);
      g_source_set_static_name (op->timeout, "[deck-secret-store] timeout");
      g_source_attach (op->timeout, g_main_context_get_thread_default ());
    }
  g_task_set_task_data (task, op, operation_free);

  return task;
}

/* Maps whatever the backend said to this domain: a timeout, the caller's cancellation,
 * or "unavailable" for anything else (HEADLESS.md §3.4: any error means no keyring). */
static GError *
operation_map_error (GTask  *task,
                     GError *error)
{
  Operation *op = g_task_get_task_data (task);
  GError *mapped;

  if (op->timed_out && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return g_error_new_literal (DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_TIMED_OUT,
                                  "The keyring did not answer in time");
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      error->domain == DECK_SECRET_STORE_ERROR)
    return error;

  mapped = g_error_new_literal (DECK_SECRET_STORE_ERROR, DECK_SECRET_STORE_ERROR_UNAVAILABLE,
                                error->message);
  g_error_free (error);
  return mapped;
}

static void
deck_secret_store_class_init (DeckSecretStoreClass *klass)
{
}

static void
deck_secret_store_init (DeckSecretStore *self)
{
  DeckSecretStorePrivate *priv = deck_secret_store_get_instance_private (self);

  priv->timeout_ms = DEFAULT_TIMEOUT_MS;
}

void
deck_secret_store_set_timeout (DeckSecretStore *self,
                               guint            timeout_ms)
{
  DeckSecretStorePrivate *priv = deck_secret_store_get_instance_private (self);

  g_return_if_fail (DECK_IS_SECRET_STORE (self));

  priv->timeout_ms = timeout_ms;
}

guint
deck_secret_store_get_timeout (DeckSecretStore *self)
{
  DeckSecretStorePrivate *priv = deck_secret_store_get_instance_private (self);

  g_return_val_if_fail (DECK_IS_SECRET_STORE (self), 0);

  return priv->timeout_ms;
}

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckSecretStore *self = DECK_SECRET_STORE (source);
  GError *error = NULL;

  if (DECK_SECRET_STORE_GET_CLASS (self)->store_finish (self, result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, operation_map_error (task, error));
}

void
deck_secret_store_store_async (DeckSecretStore     *self,
                               const char          *workspace_id,
                               const char          *server_url,
                               const char          *label,
                               const char          *secret,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  Operation *op;

  g_return_if_fail (DECK_IS_SECRET_STORE (self));
  g_return_if_fail (workspace_id != NULL);
  g_return_if_fail (server_url != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (secret != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = operation_start (self, cancellable, callback, user_data, deck_secret_store_store_async);
  op = g_task_get_task_data (task);
  DECK_SECRET_STORE_GET_CLASS (self)->store_async (self, workspace_id, server_url, label, secret,
                                                   op->inner, on_stored, task);
}

gboolean
deck_secret_store_store_finish (DeckSecretStore  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (DECK_IS_SECRET_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckSecretStore *self = DECK_SECRET_STORE (source);
  GError *error = NULL;
  char *secret;

  secret = DECK_SECRET_STORE_GET_CLASS (self)->lookup_finish (self, result, &error);
  if (error != NULL)
    g_task_return_error (task, operation_map_error (task, error));
  else
    g_task_return_pointer (task, secret, (GDestroyNotify) deck_secret_free);
}

void
deck_secret_store_lookup_async (DeckSecretStore     *self,
                                const char          *workspace_id,
                                const char          *server_url,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  Operation *op;

  g_return_if_fail (DECK_IS_SECRET_STORE (self));
  g_return_if_fail (workspace_id != NULL);
  g_return_if_fail (server_url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = operation_start (self, cancellable, callback, user_data, deck_secret_store_lookup_async);
  op = g_task_get_task_data (task);
  DECK_SECRET_STORE_GET_CLASS (self)->lookup_async (self, workspace_id, server_url,
                                                    op->inner, on_looked_up, task);
}

char *
deck_secret_store_lookup_finish (DeckSecretStore  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (DECK_IS_SECRET_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckSecretStore *self = DECK_SECRET_STORE (source);
  GError *error = NULL;

  if (DECK_SECRET_STORE_GET_CLASS (self)->delete_finish (self, result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, operation_map_error (task, error));
}

void
deck_secret_store_delete_async (DeckSecretStore     *self,
                                const char          *workspace_id,
                                const char          *server_url,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  Operation *op;

  g_return_if_fail (DECK_IS_SECRET_STORE (self));
  g_return_if_fail (workspace_id != NULL);
  g_return_if_fail (server_url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = operation_start (self, cancellable, callback, user_data, deck_secret_store_delete_async);
  op = g_task_get_task_data (task);
  DECK_SECRET_STORE_GET_CLASS (self)->delete_async (self, workspace_id, server_url,
                                                    op->inner, on_deleted, task);
}

gboolean
deck_secret_store_delete_finish (DeckSecretStore  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (DECK_IS_SECRET_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
deck_secret_free (char *secret)
{
  volatile char *p = (volatile char *) secret;

  if (secret == NULL)
    return;

  /* volatile, so the compiler cannot drop the wipe of memory about to be freed */
  while (*p != '\0')
    *p++ = '\0';
  g_free (secret);
}

char *
deck_secret_dup_hint (const char *secret)
{
  gsize len;

  g_return_val_if_fail (secret != NULL, NULL);

  len = strlen (secret);
  /* A key too short to hide anything shows nothing of itself. */
  if (len < 12)
    return g_strdup ("…");

  return g_strdup_printf ("…%s", secret + len - 4);
}
