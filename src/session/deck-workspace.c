/* deck-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-workspace"

#include "config.h"

#include "deck-workspace.h"
#include "deck-client-accounts.h"
#include "deck-client-campaigns.h"
#include "deck-client-lead-lists.h"
#include "deck-lead.h"

/*
 * Every list model of the workspace works the same way: a GListStore that stays the
 * same object, a hash from each item's key (borrowed from the item) to the item,
 * "…-loading" and "…-error" properties, and a load that merges the server's answer
 * in place: known items are updated (same objects, so rows and selection stay), new
 * ones appended, and those the server no longer lists removed at the end. A
 * WorkspaceModel holds that once for each kind of item.
 */

typedef const char *(*ItemKeyFunc)    (gpointer    item);
typedef gboolean    (*ItemUpdateFunc) (gpointer    existing,
                                       gpointer    fresh);
typedef DeckPager  *(*ItemPagerFunc)  (DeckClient *client);

typedef struct
{
  GListStore     *store;
  GHashTable     *by_key;       /* borrowed key -> borrowed item in @store */
  gboolean        loading;
  GError         *error;
  guint           loading_prop;
  guint           error_prop;
  ItemKeyFunc     key;
  ItemUpdateFunc  update;
  ItemPagerFunc   new_pager;
  /* Merge each page as it arrives (big lists: the table fills while it loads), or the
   * whole list once it is in (small lists: a failed load leaves the model as it was). */
  gboolean        per_page;
  const char     *what;
  /* Everyone who asked for the load in flight (GTask *): pages share one load, and one
   * page going away does not stop it for the others. */
  GPtrArray      *waiters;
} WorkspaceModel;

struct _DeckWorkspace
{
  GObject         parent_instance;

  DeckClient     *client;
  char           *label;

  WorkspaceModel  accounts;     /* by email */
  WorkspaceModel  custom_tags;  /* by id */
  WorkspaceModel  campaigns;    /* by id */
  WorkspaceModel  lead_lists;   /* by id */
  WorkspaceModel  lead_labels;  /* by id */
};

G_DEFINE_FINAL_TYPE (DeckWorkspace, deck_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_LABEL,
  PROP_ACCOUNTS,
  PROP_ACCOUNTS_LOADING,
  PROP_ACCOUNTS_ERROR,
  PROP_CUSTOM_TAGS,
  PROP_CUSTOM_TAGS_LOADING,
  PROP_CUSTOM_TAGS_ERROR,
  PROP_CAMPAIGNS,
  PROP_CAMPAIGNS_LOADING,
  PROP_CAMPAIGNS_ERROR,
  PROP_LEAD_LISTS,
  PROP_LEAD_LISTS_LOADING,
  PROP_LEAD_LISTS_ERROR,
  PROP_LEAD_LABELS,
  PROP_LEAD_LABELS_LOADING,
  PROP_LEAD_LABELS_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* WorkspaceModel */

static void
model_init (WorkspaceModel *m,
            GType           item_type,
            ItemKeyFunc     key,
            ItemUpdateFunc  update,
            ItemPagerFunc   new_pager,
            gboolean        per_page,
            guint           loading_prop,
            const char     *what)
{
  m->store = g_list_store_new (item_type);
  m->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  m->key = key;
  m->update = update;
  m->new_pager = new_pager;
  m->per_page = per_page;
  m->loading_prop = loading_prop;
  m->error_prop = loading_prop + 1;
  m->what = what;
  m->waiters = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
model_dispose (WorkspaceModel *m)
{
  if (m->by_key != NULL)
    g_hash_table_remove_all (m->by_key);
  if (m->store != NULL)
    g_list_store_remove_all (m->store);
}

static void
model_finalize (WorkspaceModel *m)
{
  g_clear_object (&m->store);
  g_clear_pointer (&m->by_key, g_hash_table_unref);
  g_clear_pointer (&m->waiters, g_ptr_array_unref);
  g_clear_error (&m->error);
}

static void
model_set_loading (DeckWorkspace  *self,
                   WorkspaceModel *m,
                   gboolean        loading)
{
  if (m->loading == loading)
    return;

  m->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[m->loading_prop]);
}

static void
model_set_error (DeckWorkspace  *self,
                 WorkspaceModel *m,
                 const GError   *error)
{
  if (m->error == NULL && error == NULL)
    return;

  g_clear_error (&m->error);
  if (error != NULL)
    m->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[m->error_prop]);
}

static gpointer
model_lookup (WorkspaceModel *m,
              const char     *key)
{
  return g_hash_table_lookup (m->by_key, key);
}

/* The item with @fresh's key, updated in place, or NULL. */
static gpointer
model_update (WorkspaceModel *m,
              gpointer        fresh)
{
  gpointer existing = g_hash_table_lookup (m->by_key, m->key (fresh));

  if (existing == NULL)
    return NULL;

  m->update (existing, fresh);
  return existing;
}

static gpointer
model_add (WorkspaceModel *m,
           gpointer        item)
{
  gpointer existing;

  if ((existing = model_update (m, item)) != NULL)
    return existing;

  g_hash_table_insert (m->by_key, (gpointer) m->key (item), item);
  g_list_store_append (m->store, item);
  return item;
}

static gboolean
model_remove (WorkspaceModel *m,
              const char     *key)
{
  gpointer existing = g_hash_table_lookup (m->by_key, key);
  guint position;

  if (existing == NULL)
    return FALSE;

  /* The key is the item's own string: drop it before the store drops the item. */
  g_hash_table_remove (m->by_key, key);
  if (g_list_store_find (m->store, existing, &position))
    g_list_store_remove (m->store, position);

  return TRUE;
}

/* Merges @n items of @fresh from @position: known ones updated in place, new ones
 * appended; every key goes into @seen. */
static void
model_merge (WorkspaceModel *m,
             GListModel     *fresh,
             guint           position,
             guint           n,
             GHashTable     *seen)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = position; i < position + n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);
      const char *key = m->key (item);
      gpointer existing;

      if (!g_hash_table_add (seen, g_strdup (key)))
        continue;

      existing = g_hash_table_lookup (m->by_key, key);
      if (existing != NULL)
        m->update (existing, item);
      else
        {
          g_hash_table_insert (m->by_key, (gpointer) key, item);
          g_ptr_array_add (added, g_object_ref (item));
        }
    }

  if (added->len > 0)
    g_list_store_splice (m->store, g_list_model_get_n_items (G_LIST_MODEL (m->store)),
                         0, added->pdata, added->len);
}

/* Drops the items the last full load did not list, a run at a time from the end. */
static void
model_remove_vanished (WorkspaceModel *m,
                       GHashTable     *seen)
{
  GListModel *model = G_LIST_MODEL (m->store);
  guint i = g_list_model_get_n_items (model);

  while (i > 0)
    {
      guint run_end = i;

      while (i > 0)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i - 1);
          const char *key = m->key (item);

          if (g_hash_table_contains (seen, key))
            break;

          g_hash_table_remove (m->by_key, key);
          i--;
        }

      if (run_end > i)
        g_list_store_splice (m->store, i, run_end - i, NULL, 0);

      if (i > 0)
        i--; /* the kept item at i - 1 */
    }
}

/* One load of a model, as the task data. */
typedef struct
{
  DeckWorkspace  *self;
  WorkspaceModel *m;
  DeckPager      *pager;
  gulong          items_changed_id;
  GHashTable     *seen;  /* keys the server listed in this load */
} ModelLoad;

static void
model_load_free (ModelLoad *load)
{
  g_clear_signal_handler (&load->items_changed_id, deck_pager_get_model (load->pager));
  g_clear_object (&load->pager);
  g_hash_table_unref (load->seen);
  g_object_unref (load->self);
  g_free (load);
}

/* Tells everyone who asked for the load how it ended (a waiter whose cancellable
 * fired gets CANCELLED from GTask). */
static void
model_finish_waiters (WorkspaceModel *m,
                      const GError   *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&m->waiters);

  m->waiters = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *task = g_ptr_array_index (waiters, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

static void
on_model_page (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  ModelLoad *load = user_data;

  model_merge (load->m, model, position, added, load->seen);
}

static void
on_model_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ModelLoad *load = user_data;
  DeckWorkspace *self = load->self;
  GListModel *pages = deck_pager_get_model (load->pager);
  g_autoptr(GError) error = NULL;

  g_clear_signal_handler (&load->items_changed_id, pages);

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error))
    {
      /* A cancelled load is not something to show the user. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        model_set_error (self, load->m, error);
    }
  else
    {
      if (!load->m->per_page)
        model_merge (load->m, pages, 0, g_list_model_get_n_items (pages), load->seen);
      model_remove_vanished (load->m, load->seen);
      model_set_error (self, load->m, NULL);
    }
  model_set_loading (self, load->m, FALSE);
  model_finish_waiters (load->m, error);
  model_load_free (load);
}

static void
model_load_async (DeckWorkspace       *self,
                  WorkspaceModel      *m,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ModelLoad *load;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "[deck-workspace] load");

  g_ptr_array_add (m->waiters, g_steal_pointer (&task));
  if (m->loading)
    return;

  load = g_new0 (ModelLoad, 1);
  load->self = g_object_ref (self);
  load->m = m;
  load->pager = m->new_pager (self->client);
  load->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The load outlives the handler: it is disconnected when the load ends. */
  if (m->per_page)
    load->items_changed_id = g_signal_connect (deck_pager_get_model (load->pager), "items-changed",
                                               G_CALLBACK (on_model_page), load);

  model_set_loading (self, m, TRUE);

  /* The first caller's cancellable stops the load (a page going away on a workspace
   * switch); later callers join it and learn how it ended. */
  deck_pager_load_async (load->pager, cancellable, on_model_loaded, load);
}

static gboolean
model_load_finish (DeckWorkspace  *self,
                   GAsyncResult   *result,
                   gpointer        source_tag,
                   GError        **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* What each kind of item needs */

static const char *
account_key (gpointer item)
{
  return deck_account_get_email (item);
}

static gboolean
account_update (gpointer existing,
                gpointer fresh)
{
  return deck_account_update_from_account (existing, fresh);
}

static DeckPager *
account_pager (DeckClient *client)
{
  return deck_client_list_accounts (client, NULL);
}

static const char *
custom_tag_key (gpointer item)
{
  return deck_custom_tag_get_id (item);
}

static gboolean
custom_tag_update (gpointer existing,
                   gpointer fresh)
{
  return deck_custom_tag_update_from_tag (existing, fresh);
}

static DeckPager *
custom_tag_pager (DeckClient *client)
{
  return deck_client_list_custom_tags (client);
}

static const char *
campaign_key (gpointer item)
{
  return deck_campaign_get_id (item);
}

static gboolean
campaign_update (gpointer existing,
                 gpointer fresh)
{
  return deck_campaign_update_from_campaign (existing, fresh);
}

static DeckPager *
campaign_pager (DeckClient *client)
{
  return deck_client_list_campaigns (client, NULL, -1, NULL);
}

static const char *
lead_list_key (gpointer item)
{
  return deck_lead_list_get_id (item);
}

static gboolean
lead_list_update (gpointer existing,
                  gpointer fresh)
{
  return deck_lead_list_update_from_list (existing, fresh);
}

static DeckPager *
lead_list_pager (DeckClient *client)
{
  return deck_client_list_lead_lists (client, NULL);
}

static const char *
lead_label_key (gpointer item)
{
  return deck_lead_label_get_id (item);
}

static gboolean
lead_label_update (gpointer existing,
                   gpointer fresh)
{
  return deck_lead_label_update_from_label (existing, fresh);
}

static DeckPager *
lead_label_pager (DeckClient *client)
{
  return deck_client_list_lead_labels (client);
}

/* GObject */

static void
deck_workspace_dispose (GObject *object)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  model_dispose (&self->accounts);
  model_dispose (&self->custom_tags);
  model_dispose (&self->campaigns);
  model_dispose (&self->lead_lists);
  model_dispose (&self->lead_labels);

  G_OBJECT_CLASS (deck_workspace_parent_class)->dispose (object);
}

static void
deck_workspace_finalize (GObject *object)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  g_clear_object (&self->client);
  model_finalize (&self->accounts);
  model_finalize (&self->custom_tags);
  model_finalize (&self->campaigns);
  model_finalize (&self->lead_lists);
  model_finalize (&self->lead_labels);
  g_free (self->label);

  G_OBJECT_CLASS (deck_workspace_parent_class)->finalize (object);
}

/* The model a property belongs to, and which of its three it is. */
static WorkspaceModel *
property_model (DeckWorkspace *self,
                guint          prop_id)
{
  if (prop_id >= PROP_LEAD_LABELS)
    return &self->lead_labels;
  if (prop_id >= PROP_LEAD_LISTS)
    return &self->lead_lists;
  if (prop_id >= PROP_CAMPAIGNS)
    return &self->campaigns;
  if (prop_id >= PROP_CUSTOM_TAGS)
    return &self->custom_tags;
  return &self->accounts;
}

static void
deck_workspace_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_ACCOUNTS:
    case PROP_CUSTOM_TAGS:
    case PROP_CAMPAIGNS:
    case PROP_LEAD_LISTS:
    case PROP_LEAD_LABELS:
      g_value_set_object (value, property_model (self, prop_id)->store);
      break;

    case PROP_ACCOUNTS_LOADING:
    case PROP_CUSTOM_TAGS_LOADING:
    case PROP_CAMPAIGNS_LOADING:
    case PROP_LEAD_LISTS_LOADING:
    case PROP_LEAD_LABELS_LOADING:
      g_value_set_boolean (value, property_model (self, prop_id)->loading);
      break;

    case PROP_ACCOUNTS_ERROR:
    case PROP_CUSTOM_TAGS_ERROR:
    case PROP_CAMPAIGNS_ERROR:
    case PROP_LEAD_LISTS_ERROR:
    case PROP_LEAD_LABELS_ERROR:
      g_value_set_boxed (value, property_model (self, prop_id)->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The model, "-loading" and "-error" properties of one model, from @first on. */
static void
install_model_properties (guint       first,
                          const char *name)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  g_autofree char *loading = g_strconcat (name, "-loading", NULL);
  g_autofree char *error = g_strconcat (name, "-error", NULL);

  properties[first] =
    g_param_spec_object (g_intern_string (name), NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[first + 1] =
    g_param_spec_boolean (g_intern_string (loading), NULL, NULL, FALSE, flags);
  properties[first + 2] =
    g_param_spec_boxed (g_intern_string (error), NULL, NULL, G_TYPE_ERROR, flags);
}

static void
deck_workspace_class_init (DeckWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_workspace_dispose;
  object_class->finalize = deck_workspace_finalize;
  object_class->get_property = deck_workspace_get_property;
  object_class->set_property = deck_workspace_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         DECK_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  install_model_properties (PROP_ACCOUNTS, "accounts");
  install_model_properties (PROP_CUSTOM_TAGS, "custom-tags");
  install_model_properties (PROP_CAMPAIGNS, "campaigns");
  install_model_properties (PROP_LEAD_LISTS, "lead-lists");
  install_model_properties (PROP_LEAD_LABELS, "lead-labels");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_init (DeckWorkspace *self)
{
  model_init (&self->accounts, DECK_TYPE_ACCOUNT, account_key, account_update, account_pager,
              TRUE, PROP_ACCOUNTS_LOADING, "accounts");
  model_init (&self->custom_tags, DECK_TYPE_CUSTOM_TAG, custom_tag_key, custom_tag_update,
              custom_tag_pager, FALSE, PROP_CUSTOM_TAGS_LOADING, "custom tags");
  model_init (&self->campaigns, DECK_TYPE_CAMPAIGN, campaign_key, campaign_update, campaign_pager,
              FALSE, PROP_CAMPAIGNS_LOADING, "campaigns");
  model_init (&self->lead_lists, DECK_TYPE_LEAD_LIST, lead_list_key, lead_list_update,
              lead_list_pager, FALSE, PROP_LEAD_LISTS_LOADING, "lead lists");
  model_init (&self->lead_labels, DECK_TYPE_LEAD_LABEL, lead_label_key, lead_label_update,
              lead_label_pager, FALSE, PROP_LEAD_LABELS_LOADING, "lead labels");
}

DeckWorkspace *
deck_workspace_new (DeckClient *client,
                    const char *label)
{
  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);

  return g_object_new (DECK_TYPE_WORKSPACE,
                       "client", client,
                       "label", label,
                       NULL);
}

DeckClient *
deck_workspace_get_client (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->client;
}

const char *
deck_workspace_get_label (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->label;
}

/* Accounts */

GListModel *
deck_workspace_get_accounts (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->accounts.store);
}

gboolean
deck_workspace_get_accounts_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->accounts.loading;
}

const GError *
deck_workspace_get_accounts_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->accounts.error;
}

void
deck_workspace_load_accounts_async (DeckWorkspace       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  model_load_async (self, &self->accounts, deck_workspace_load_accounts_async,
                    cancellable, callback, user_data);
}

gboolean
deck_workspace_load_accounts_finish (DeckWorkspace  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  return model_load_finish (self, result, deck_workspace_load_accounts_async, error);
}

DeckAccount *
deck_workspace_lookup_account (DeckWorkspace *self,
                               const char    *email)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  return model_lookup (&self->accounts, email);
}

DeckAccount *
deck_workspace_update_account (DeckWorkspace *self,
                               DeckAccount   *fresh)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (fresh), NULL);

  return model_update (&self->accounts, fresh);
}

DeckAccount *
deck_workspace_add_account (DeckWorkspace *self,
                            DeckAccount   *account)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (account), NULL);

  return model_add (&self->accounts, account);
}

gboolean
deck_workspace_remove_account (DeckWorkspace *self,
                               const char    *email)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (email != NULL, FALSE);

  return model_remove (&self->accounts, email);
}

/* Custom tags */

GListModel *
deck_workspace_get_custom_tags (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->custom_tags.store);
}

gboolean
deck_workspace_get_custom_tags_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->custom_tags.loading;
}

const GError *
deck_workspace_get_custom_tags_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->custom_tags.error;
}

void
deck_workspace_load_custom_tags_async (DeckWorkspace       *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  model_load_async (self, &self->custom_tags, deck_workspace_load_custom_tags_async,
                    cancellable, callback, user_data);
}

gboolean
deck_workspace_load_custom_tags_finish (DeckWorkspace  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  return model_load_finish (self, result, deck_workspace_load_custom_tags_async, error);
}

DeckCustomTag *
deck_workspace_lookup_custom_tag (DeckWorkspace *self,
                                  const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return model_lookup (&self->custom_tags, id);
}

DeckCustomTag *
deck_workspace_add_custom_tag (DeckWorkspace *self,
                               DeckCustomTag *custom_tag)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (custom_tag), NULL);

  return model_add (&self->custom_tags, custom_tag);
}

gboolean
deck_workspace_remove_custom_tag (DeckWorkspace *self,
                                  const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return model_remove (&self->custom_tags, id);
}

/* Campaigns */

GListModel *
deck_workspace_get_campaigns (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->campaigns.store);
}

gboolean
deck_workspace_get_campaigns_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->campaigns.loading;
}

const GError *
deck_workspace_get_campaigns_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->campaigns.error;
}

void
deck_workspace_load_campaigns_async (DeckWorkspace       *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  model_load_async (self, &self->campaigns, deck_workspace_load_campaigns_async,
                    cancellable, callback, user_data);
}

gboolean
deck_workspace_load_campaigns_finish (DeckWorkspace  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  return model_load_finish (self, result, deck_workspace_load_campaigns_async, error);
}

DeckCampaign *
deck_workspace_lookup_campaign (DeckWorkspace *self,
                                const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return model_lookup (&self->campaigns, id);
}

DeckCampaign *
deck_workspace_update_campaign (DeckWorkspace *self,
                                DeckCampaign  *fresh)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (fresh), NULL);

  return model_update (&self->campaigns, fresh);
}

DeckCampaign *
deck_workspace_add_campaign (DeckWorkspace *self,
                             DeckCampaign  *campaign)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (campaign), NULL);

  return model_add (&self->campaigns, campaign);
}

gboolean
deck_workspace_remove_campaign (DeckWorkspace *self,
                                const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return model_remove (&self->campaigns, id);
}

/* Lead lists */

GListModel *
deck_workspace_get_lead_lists (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->lead_lists.store);
}

gboolean
deck_workspace_get_lead_lists_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->lead_lists.loading;
}

const GError *
deck_workspace_get_lead_lists_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->lead_lists.error;
}

void
deck_workspace_load_lead_lists_async (DeckWorkspace       *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  model_load_async (self, &self->lead_lists, deck_workspace_load_lead_lists_async,
                    cancellable, callback, user_data);
}

gboolean
deck_workspace_load_lead_lists_finish (DeckWorkspace  *self,
                                GAsyncResult   *result,
                                GError        **error)
{
  return model_load_finish (self, result, deck_workspace_load_lead_lists_async, error);
}

DeckLeadList *
deck_workspace_lookup_lead_list (DeckWorkspace *self,
                                 const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return model_lookup (&self->lead_lists, id);
}

DeckLeadList *
deck_workspace_add_lead_list (DeckWorkspace *self,
                              DeckLeadList  *lead_list)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_LEAD_LIST (lead_list), NULL);

  return model_add (&self->lead_lists, lead_list);
}

gboolean
deck_workspace_remove_lead_list (DeckWorkspace *self,
                                 const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return model_remove (&self->lead_lists, id);
}

/* Lead labels */

GListModel *
deck_workspace_get_lead_labels (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->lead_labels.store);
}

gboolean
deck_workspace_get_lead_labels_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->lead_labels.loading;
}

const GError *
deck_workspace_get_lead_labels_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->lead_labels.error;
}

void
deck_workspace_load_lead_labels_async (DeckWorkspace       *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  model_load_async (self, &self->lead_labels, deck_workspace_load_lead_labels_async,
                    cancellable, callback, user_data);
}

gboolean
deck_workspace_load_lead_labels_finish (DeckWorkspace  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  return model_load_finish (self, result, deck_workspace_load_lead_labels_async, error);
}

DeckLeadLabel *
deck_workspace_lookup_lead_label (DeckWorkspace *self,
                                  const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return model_lookup (&self->lead_labels, id);
}

DeckLeadLabel *
deck_workspace_add_lead_label (DeckWorkspace *self,
                               DeckLeadLabel *lead_label)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (lead_label), NULL);

  return model_add (&self->lead_labels, lead_label);
}

gboolean
deck_workspace_remove_lead_label (DeckWorkspace *self,
                                  const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return model_remove (&self->lead_labels, id);
}

DeckLeadLabel *
deck_workspace_lookup_lead_label_by_status (DeckWorkspace *self,
                                            int            interest_status)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  /* Labels are a handful per workspace. */
  model = G_LIST_MODEL (self->lead_labels.store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckLeadLabel) label = g_list_model_get_item (model, i);

      if (deck_lead_label_get_interest_status (label) == interest_status)
        return label;
    }

  return NULL;
}

char *
deck_workspace_dup_interest_name (DeckWorkspace *self,
                                  int            interest_status)
{
  const int *known;
  DeckLeadLabel *label;
  guint n_known;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  if (interest_status == DECK_LEAD_INTEREST_NONE)
    return deck_lead_interest_to_string (interest_status);

  known = deck_lead_interest_values (&n_known);
  for (guint i = 0; i < n_known; i++)
    if (known[i] == interest_status)
      return deck_lead_interest_to_string (interest_status);

  label = deck_workspace_lookup_lead_label_by_status (self, interest_status);
  if (label != NULL && deck_lead_label_get_label (label) != NULL)
    return g_strdup (deck_lead_label_get_label (label));

  /* "Unknown (n)" */
  return deck_lead_interest_to_string (interest_status);
}
