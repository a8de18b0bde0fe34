/* deck-workspace-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-workspace-list"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-workspace-list.h"

struct _DeckWorkspaceList
{
  GObject             parent_instance;

  GSettings          *settings;
  DeckSecretStore    *store;
  GListStore         *entries;
  DeckWorkspaceEntry *current;
  GCancellable       *cancellable;

  guint               max_attempts;
  guint               base_delay_ms;
  guint               max_total_ms;
  gboolean            retry_budget_set;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DeckWorkspaceList, deck_workspace_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_CURRENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
list_get_item_type (GListModel *model)
{
  return DECK_TYPE_WORKSPACE_ENTRY;
}

static guint
list_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (DECK_WORKSPACE_LIST (model)->entries));
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (DECK_WORKSPACE_LIST (model)->entries), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
on_entries_changed (DeckWorkspaceList *self,
                    guint              position,
                    guint              removed,
                    guint              added,
                    GListModel        *model)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
deck_workspace_list_dispose (GObject *object)
{
  DeckWorkspaceList *self = DECK_WORKSPACE_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (deck_workspace_list_parent_class)->dispose (object);
}

static void
deck_workspace_list_finalize (GObject *object)
{
  DeckWorkspaceList *self = DECK_WORKSPACE_LIST (object);

  g_clear_object (&self->entries);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (deck_workspace_list_parent_class)->finalize (object);
}

static void
deck_workspace_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckWorkspaceList *self = DECK_WORKSPACE_LIST (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_object (value, self->current);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DeckWorkspaceList *self = DECK_WORKSPACE_LIST (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      deck_workspace_list_set_current (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_list_class_init (DeckWorkspaceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_workspace_list_dispose;
  object_class->finalize = deck_workspace_list_finalize;
  object_class->get_property = deck_workspace_list_get_property;
  object_class->set_property = deck_workspace_list_set_property;

  properties[PROP_CURRENT] =
    g_param_spec_object ("current", NULL, NULL,
                         DECK_TYPE_WORKSPACE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_list_init (DeckWorkspaceList *self)
{
  self->entries = g_list_store_new (DECK_TYPE_WORKSPACE_ENTRY);
  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (self->entries, "items-changed",
                           G_CALLBACK (on_entries_changed), self,
                           G_CONNECT_SWAPPED);
}

DeckWorkspaceList *
deck_workspace_list_new (GSettings       *settings,
                         DeckSecretStore *store)
{
  DeckWorkspaceList *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (DECK_IS_SECRET_STORE (store), NULL);

  self = g_object_new (DECK_TYPE_WORKSPACE_LIST, NULL);
  g_set_object (&self->settings, settings);
  self->store = g_object_ref (store);

  return self;
}

DeckSecretStore *
deck_workspace_list_get_secret_store (DeckWorkspaceList *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);

  return self->store;
}

void
deck_workspace_list_set_retry_budget (DeckWorkspaceList *self,
                                      guint              max_attempts,
                                      guint              base_delay_ms,
                                      guint              max_total_ms)
{
  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));

  self->max_attempts = max_attempts;
  self->base_delay_ms = base_delay_ms;
  self->max_total_ms = max_total_ms;
  self->retry_budget_set = TRUE;
}

DeckClient *
deck_workspace_list_new_client (DeckWorkspaceList  *self,
                                const char         *server_url,
                                const char         *key,
                                GError            **error)
{
  DeckClient *client;

  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);

  client = deck_client_new (server_url, key, error);
  if (client != NULL && self->retry_budget_set)
    deck_client_set_retry_budget (client, self->max_attempts, self->base_delay_ms, self->max_total_ms);

  return client;
}

/* Writes the stored (not transient) entries and the current one. */
static void
deck_workspace_list_save (DeckWorkspaceList *self)
{
  GVariantBuilder builder;
  guint n;

  if (self->settings == NULL)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ssss)"));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckWorkspaceEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      const char *name = deck_workspace_entry_get_name (entry);
      const char *label = deck_workspace_entry_get_label (entry);

      if (deck_workspace_entry_get_transient (entry))
        continue;

      /* A label equal to the name is no label of its own: it follows renames. */
      g_variant_builder_add (&builder, "(ssss)",
                             deck_workspace_entry_get_id (entry),
                             deck_workspace_entry_get_server_url (entry),
                             g_strcmp0 (label, name) == 0 ? "" : label,
                             name ? name : "");
    }

  g_settings_set_value (self->settings, "workspaces", g_variant_builder_end (&builder));
  if (self->current == NULL || !deck_workspace_entry_get_transient (self->current))
    g_settings_set_string (self->settings, "current-workspace",
                           self->current ? deck_workspace_entry_get_uid (self->current) : "");
}

typedef struct
{
  DeckWorkspaceEntry *entry;
  DeckWorkspaceList  *list; /* weak */
} KeyLookup;

static void
key_lookup_free (KeyLookup *lookup)
{
  g_clear_weak_pointer (&lookup->list);
  g_object_unref (lookup->entry);
  g_free (lookup);
}

static void
on_key_looked_up (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  KeyLookup *lookup = user_data;
  DeckWorkspaceEntry *entry = lookup->entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSecret) key = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autofree char *hint = NULL;

  key = deck_secret_store_lookup_finish (DECK_SECRET_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || lookup->list == NULL)
    goto out;

  if (error != NULL)
    {
      g_message ("Could not look up the key of a workspace: %s", error->message);
      deck_workspace_entry_set_state (entry, DECK_WORKSPACE_ENTRY_KEYRING_UNAVAILABLE, error->message);
      goto out;
    }

  if (key == NULL)
    {
      deck_workspace_entry_set_state (entry, DECK_WORKSPACE_ENTRY_NO_KEY, NULL);
      goto out;
    }

  client = deck_workspace_list_new_client (lookup->list, deck_workspace_entry_get_server_url (entry),
                                           key, &error);
  if (client == NULL)
    {
      deck_workspace_entry_set_state (entry, DECK_WORKSPACE_ENTRY_NO_KEY, error->message);
      goto out;
    }

  hint = deck_secret_dup_hint (key);
  deck_workspace_entry_set_client (entry, client, hint);

out:
  key_lookup_free (lookup);
}

static void
entry_look_up_key (DeckWorkspaceList  *self,
                   DeckWorkspaceEntry *entry)
{
  KeyLookup *lookup = g_new0 (KeyLookup, 1);

  lookup->entry = g_object_ref (entry);
  g_set_weak_pointer (&lookup->list, self);

  deck_workspace_entry_set_state (entry, DECK_WORKSPACE_ENTRY_LOCKED, NULL);
  deck_secret_store_lookup_async (self->store,
                                  deck_workspace_entry_get_id (entry),
                                  deck_workspace_entry_get_server_url (entry),
                                  self->cancellable,
                                  on_key_looked_up, lookup);
}

void
deck_workspace_list_load (DeckWorkspaceList *self)
{
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *current_uid = NULL;
  GVariantIter iter;
  const char *id, *server, *label, *name;

  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));

  if (self->settings == NULL)
    return;

  stored = g_settings_get_value (self->settings, "workspaces");
  g_variant_iter_init (&iter, stored);
  while (g_variant_iter_next (&iter, "(&s&s&s&s)", &id, &server, &label, &name))
    {
      g_autoptr(DeckWorkspaceEntry) entry = NULL;

      if (id[0] == '\0' || server[0] == '\0')
        continue;

      entry = deck_workspace_entry_new (id, server, label, name);
      if (deck_workspace_list_lookup (self, deck_workspace_entry_get_uid (entry)) != NULL)
        continue;

      g_list_store_append (self->entries, entry);
      entry_look_up_key (self, entry);
    }

  if (self->current == NULL)
    {
      DeckWorkspaceEntry *current;

      current_uid = g_settings_get_string (self->settings, "current-workspace");
      current = deck_workspace_list_lookup (self, current_uid);
      if (current == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0)
        {
          g_autoptr(DeckWorkspaceEntry) first = g_list_model_get_item (G_LIST_MODEL (self->entries), 0);
          current = first;
        }
      if (current != NULL)
        deck_workspace_list_set_current (self, current);
    }
}

DeckWorkspaceEntry *
deck_workspace_list_lookup (DeckWorkspaceList *self,
                            const char        *uid)
{
  guint n;

  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);

  if (uid == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckWorkspaceEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (g_strcmp0 (deck_workspace_entry_get_uid (entry), uid) == 0)
        return entry; /* the store holds a reference */
    }

  return NULL;
}

DeckWorkspaceEntry *
deck_workspace_list_get_current (DeckWorkspaceList *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);

  return self->current;
}

void
deck_workspace_list_set_current (DeckWorkspaceList  *self,
                                 DeckWorkspaceEntry *entry)
{
  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));
  g_return_if_fail (entry == NULL || DECK_IS_WORKSPACE_ENTRY (entry));

  if (!g_set_object (&self->current, entry))
    return;

  if (self->settings != NULL && entry != NULL && !deck_workspace_entry_get_transient (entry))
    g_settings_set_string (self->settings, "current-workspace", deck_workspace_entry_get_uid (entry));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

void
deck_workspace_list_add_transient (DeckWorkspaceList  *self,
                                   DeckWorkspaceEntry *entry)
{
  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (entry));

  deck_workspace_entry_set_transient (entry, TRUE);
  g_list_store_append (self->entries, entry);
}

char *
deck_workspace_list_dup_secret_label (const char *name)
{
  /* Translators: the label of the key's item in the keyring (Seahorse); %s is the
   * workspace's name */
  return g_strdup_printf (_("Instadeck API key for %s"), name && *name ? name : _("Instantly workspace"));
}

typedef struct
{
  DeckClient *client;
  char       *workspace_id;
  char       *name;
  char       *key_hint;
} AddData;

static void
add_data_free (gpointer data)
{
  AddData *add = data;

  g_clear_object (&add->client);
  g_free (add->workspace_id);
  g_free (add->name);
  g_free (add->key_hint);
  g_free (add);
}

/* The entry of this workspace, new or the one already listed. */
static DeckWorkspaceEntry *
ensure_entry (DeckWorkspaceList *self,
              DeckClient        *client,
              const char        *workspace_id,
              const char        *name,
              gboolean           transient)
{
  const char *server_url = deck_client_get_base_url (client);
  g_autofree char *uid = g_strconcat (server_url, "#", workspace_id, NULL);
  DeckWorkspaceEntry *entry = deck_workspace_list_lookup (self, uid);

  if (entry != NULL)
    {
      deck_workspace_entry_set_name (entry, name);
      /* A key stored for good makes a session-only entry a stored one. */
      if (!transient)
        deck_workspace_entry_set_transient (entry, FALSE);
      return entry;
    }

  {
    g_autoptr(DeckWorkspaceEntry) fresh = deck_workspace_entry_new (workspace_id, server_url, NULL, name);

    deck_workspace_entry_set_transient (fresh, transient);
    g_list_store_append (self->entries, fresh);
    return fresh;
  }
}

static void
on_add_stored (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckWorkspaceList *self = g_task_get_source_object (task);
  AddData *add = g_task_get_task_data (task);
  DeckWorkspaceEntry *entry;
  GError *error = NULL;

  if (!deck_secret_store_store_finish (DECK_SECRET_STORE (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  entry = ensure_entry (self, add->client, add->workspace_id, add->name, FALSE);
  deck_workspace_entry_set_client (entry, add->client, add->key_hint);
  deck_workspace_list_save (self);

  g_task_return_pointer (task, g_object_ref (entry), g_object_unref);
}

void
deck_workspace_list_add_async (DeckWorkspaceList   *self,
                               DeckClient          *client,
                               const char          *workspace_id,
                               const char          *name,
                               const char          *key,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *label = NULL;
  AddData *add;

  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));
  g_return_if_fail (DECK_IS_CLIENT (client));
  g_return_if_fail (workspace_id != NULL && workspace_id[0] != '\0');
  g_return_if_fail (key != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_workspace_list_add_async);

  add = g_new0 (AddData, 1);
  add->client = g_object_ref (client);
  add->workspace_id = g_strdup (workspace_id);
  add->name = g_strdup (name);
  add->key_hint = deck_secret_dup_hint (key);
  g_task_set_task_data (task, add, add_data_free);

  label = deck_workspace_list_dup_secret_label (name);
  deck_secret_store_store_async (self->store, workspace_id, deck_client_get_base_url (client),
                                 label, key, cancellable, on_add_stored, g_steal_pointer (&task));
}

DeckWorkspaceEntry *
deck_workspace_list_add_finish (DeckWorkspaceList  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

DeckWorkspaceEntry *
deck_workspace_list_add_for_session (DeckWorkspaceList *self,
                                     DeckClient        *client,
                                     const char        *workspace_id,
                                     const char        *name,
                                     const char        *key)
{
  g_autofree char *hint = NULL;
  DeckWorkspaceEntry *entry;

  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), NULL);
  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);
  g_return_val_if_fail (workspace_id != NULL && workspace_id[0] != '\0', NULL);
  g_return_val_if_fail (key != NULL, NULL);

  hint = deck_secret_dup_hint (key);
  entry = ensure_entry (self, client, workspace_id, name, TRUE);
  deck_workspace_entry_set_client (entry, client, hint);

  return entry;
}

void
deck_workspace_list_rename (DeckWorkspaceList  *self,
                            DeckWorkspaceEntry *entry,
                            const char         *label)
{
  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (entry));

  deck_workspace_entry_set_label (entry, label);
  deck_workspace_list_save (self);
}

static void
remove_entry (DeckWorkspaceList  *self,
              DeckWorkspaceEntry *entry)
{
  guint position;

  if (!g_list_store_find (self->entries, entry, &position))
    return;

  g_object_ref (entry);
  g_list_store_remove (self->entries, position);

  if (self->current == entry)
    {
      g_autoptr(DeckWorkspaceEntry) first = g_list_model_get_item (G_LIST_MODEL (self->entries), 0);

      deck_workspace_list_set_current (self, first);
    }

  deck_workspace_list_save (self);
  g_object_unref (entry);
}

static void
on_secret_deleted (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckWorkspaceList *self = g_task_get_source_object (task);
  DeckWorkspaceEntry *entry = g_task_get_task_data (task);
  GError *error = NULL;

  deck_secret_store_delete_finish (DECK_SECRET_STORE (source), result, &error);

  /* The workspace goes from the list even if the keyring failed: the caller says so. */
  remove_entry (self, entry);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
deck_workspace_list_remove_async (DeckWorkspaceList   *self,
                                  DeckWorkspaceEntry  *entry,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DECK_IS_WORKSPACE_LIST (self));
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (entry));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_workspace_list_remove_async);
  g_task_set_task_data (task, g_object_ref (entry), g_object_unref);

  if (deck_workspace_entry_get_transient (entry))
    {
      remove_entry (self, entry);
      g_task_return_boolean (task, TRUE);
      return;
    }

  deck_secret_store_delete_async (self->store,
                                  deck_workspace_entry_get_id (entry),
                                  deck_workspace_entry_get_server_url (entry),
                                  cancellable, on_secret_deleted, g_steal_pointer (&task));
}

gboolean
deck_workspace_list_remove_finish (DeckWorkspaceList  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
