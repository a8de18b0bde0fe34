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

struct _DeckWorkspace
{
  GObject     parent_instance;

  DeckClient *client;
  char       *label;

  GListStore *accounts;
  GHashTable *accounts_by_email; /* borrowed email → borrowed DeckAccount in @accounts */
  gboolean    accounts_loading;
  GError     *accounts_error;

  GListStore *custom_tags;
  GHashTable *custom_tags_by_id; /* borrowed id → borrowed DeckCustomTag in @custom_tags */
  gboolean    custom_tags_loading;
  GError     *custom_tags_error;

  GListStore *campaigns;
  GHashTable *campaigns_by_id; /* borrowed id → borrowed DeckCampaign in @campaigns */
  gboolean    campaigns_loading;
  GError     *campaigns_error;
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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One load of the accounts list, as the task data. */
typedef struct
{
  DeckPager  *pager;
  gulong      items_changed_id;
  GHashTable *seen;  /* emails the server listed in this load */
} AccountsLoad;

static void
accounts_load_free (gpointer data)
{
  AccountsLoad *load = data;

  g_clear_signal_handler (&load->items_changed_id, deck_pager_get_model (load->pager));
  g_clear_object (&load->pager);
  g_hash_table_unref (load->seen);
  g_free (load);
}

static void
deck_workspace_dispose (GObject *object)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  g_hash_table_remove_all (self->accounts_by_email);
  if (self->accounts != NULL)
    g_list_store_remove_all (self->accounts);
  g_hash_table_remove_all (self->custom_tags_by_id);
  if (self->custom_tags != NULL)
    g_list_store_remove_all (self->custom_tags);
  g_hash_table_remove_all (self->campaigns_by_id);
  if (self->campaigns != NULL)
    g_list_store_remove_all (self->campaigns);

  G_OBJECT_CLASS (deck_workspace_parent_class)->dispose (object);
}

static void
deck_workspace_finalize (GObject *object)
{
  DeckWorkspace *self = DECK_WORKSPACE (object);

  g_clear_object (&self->client);
  g_clear_object (&self->accounts);
  g_clear_pointer (&self->accounts_by_email, g_hash_table_unref);
  g_clear_error (&self->accounts_error);
  g_clear_object (&self->custom_tags);
  g_clear_pointer (&self->custom_tags_by_id, g_hash_table_unref);
  g_clear_error (&self->custom_tags_error);
  g_clear_object (&self->campaigns);
  g_clear_pointer (&self->campaigns_by_id, g_hash_table_unref);
  g_clear_error (&self->campaigns_error);
  g_free (self->label);

  G_OBJECT_CLASS (deck_workspace_parent_class)->finalize (object);
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
      g_value_set_object (value, self->accounts);
      break;

    case PROP_ACCOUNTS_LOADING:
      g_value_set_boolean (value, self->accounts_loading);
      break;

    case PROP_ACCOUNTS_ERROR:
      g_value_set_boxed (value, self->accounts_error);
      break;

    case PROP_CUSTOM_TAGS:
      g_value_set_object (value, self->custom_tags);
      break;

    case PROP_CUSTOM_TAGS_LOADING:
      g_value_set_boolean (value, self->custom_tags_loading);
      break;

    case PROP_CUSTOM_TAGS_ERROR:
      g_value_set_boxed (value, self->custom_tags_error);
      break;

    case PROP_CAMPAIGNS:
      g_value_set_object (value, self->campaigns);
      break;

    case PROP_CAMPAIGNS_LOADING:
      g_value_set_boolean (value, self->campaigns_loading);
      break;

    case PROP_CAMPAIGNS_ERROR:
      g_value_set_boxed (value, self->campaigns_error);
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

  properties[PROP_ACCOUNTS] =
    g_param_spec_object ("accounts", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACCOUNTS_LOADING] =
    g_param_spec_boolean ("accounts-loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACCOUNTS_ERROR] =
    g_param_spec_boxed ("accounts-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CUSTOM_TAGS] =
    g_param_spec_object ("custom-tags", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CUSTOM_TAGS_LOADING] =
    g_param_spec_boolean ("custom-tags-loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CUSTOM_TAGS_ERROR] =
    g_param_spec_boxed ("custom-tags-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAMPAIGNS] =
    g_param_spec_object ("campaigns", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAMPAIGNS_LOADING] =
    g_param_spec_boolean ("campaigns-loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAMPAIGNS_ERROR] =
    g_param_spec_boxed ("campaigns-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_init (DeckWorkspace *self)
{
  self->accounts = g_list_store_new (DECK_TYPE_ACCOUNT);
  self->accounts_by_email = g_hash_table_new (g_str_hash, g_str_equal);
  self->custom_tags = g_list_store_new (DECK_TYPE_CUSTOM_TAG);
  self->custom_tags_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->campaigns = g_list_store_new (DECK_TYPE_CAMPAIGN);
  self->campaigns_by_id = g_hash_table_new (g_str_hash, g_str_equal);
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

GListModel *
deck_workspace_get_accounts (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->accounts);
}

gboolean
deck_workspace_get_accounts_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->accounts_loading;
}

const GError *
deck_workspace_get_accounts_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->accounts_error;
}

static void
workspace_set_accounts_loading (DeckWorkspace *self,
                                gboolean       loading)
{
  if (self->accounts_loading == loading)
    return;

  self->accounts_loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNTS_LOADING]);
}

static void
workspace_set_accounts_error (DeckWorkspace *self,
                              const GError  *error)
{
  if (self->accounts_error == NULL && error == NULL)
    return;

  g_clear_error (&self->accounts_error);
  if (error != NULL)
    self->accounts_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNTS_ERROR]);
}

/* Each page the pager splices in is merged at once: known accounts are updated in
 * place (same object), new ones appended. */
static void
on_accounts_page (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  GTask *task = user_data;
  DeckWorkspace *self = g_task_get_source_object (task);
  AccountsLoad *load = g_task_get_task_data (task);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);
      const char *email = deck_account_get_email (account);
      DeckAccount *existing;

      if (g_hash_table_contains (load->seen, email))
        continue;
      g_hash_table_add (load->seen, g_strdup (email));

      existing = g_hash_table_lookup (self->accounts_by_email, email);
      if (existing != NULL)
        deck_account_update_from_account (existing, account);
      else
        {
          g_hash_table_insert (self->accounts_by_email, (gpointer) email, account);
          g_ptr_array_add (fresh, g_object_ref (account));
        }
    }

  if (fresh->len > 0)
    g_list_store_splice (self->accounts,
                         g_list_model_get_n_items (G_LIST_MODEL (self->accounts)),
                         0, fresh->pdata, fresh->len);
}

/* Drops the accounts the last full load did not list, a run at a time from the end. */
static void
workspace_remove_vanished (DeckWorkspace *self,
                           GHashTable    *seen)
{
  GListModel *model = G_LIST_MODEL (self->accounts);
  guint i = g_list_model_get_n_items (model);

  while (i > 0)
    {
      guint run_end = i;

      while (i > 0)
        {
          g_autoptr(DeckAccount) account = g_list_model_get_item (model, i - 1);
          const char *email = deck_account_get_email (account);

          if (g_hash_table_contains (seen, email))
            break;

          g_hash_table_remove (self->accounts_by_email, email);
          i--;
        }

      if (run_end > i)
        g_list_store_splice (self->accounts, i, run_end - i, NULL, 0);

      if (i > 0)
        i--; /* the kept account at i - 1 */
    }
}

static void
on_accounts_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckWorkspace *self = g_task_get_source_object (task);
  AccountsLoad *load = g_task_get_task_data (task);
  GError *error = NULL;

  g_clear_signal_handler (&load->items_changed_id, deck_pager_get_model (load->pager));

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error))
    {
      /* A cancelled load is not something to show the user. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        workspace_set_accounts_error (self, error);
      workspace_set_accounts_loading (self, FALSE);
      g_task_return_error (task, error);
      return;
    }

  workspace_remove_vanished (self, load->seen);
  workspace_set_accounts_error (self, NULL);
  workspace_set_accounts_loading (self, FALSE);
  g_task_return_boolean (task, TRUE);
}

void
deck_workspace_load_accounts_async (DeckWorkspace       *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AccountsLoad *load;

  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_workspace_load_accounts_async);
  g_task_set_name (task, "[deck-workspace] load accounts");

  if (self->accounts_loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The accounts are already loading");
      return;
    }

  load = g_new0 (AccountsLoad, 1);
  load->pager = deck_client_list_accounts (self->client, NULL);
  load->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The task outlives the handler: it is disconnected when the load ends. */
  load->items_changed_id = g_signal_connect (deck_pager_get_model (load->pager), "items-changed",
                                             G_CALLBACK (on_accounts_page), task);
  g_task_set_task_data (task, load, accounts_load_free);

  workspace_set_accounts_loading (self, TRUE);

  deck_pager_load_async (load->pager, cancellable, on_accounts_loaded, g_object_ref (task));
}

gboolean
deck_workspace_load_accounts_finish (DeckWorkspace  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        deck_workspace_load_accounts_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Single accounts */

DeckAccount *
deck_workspace_lookup_account (DeckWorkspace *self,
                               const char    *email)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  return g_hash_table_lookup (self->accounts_by_email, email);
}

DeckAccount *
deck_workspace_update_account (DeckWorkspace *self,
                               DeckAccount   *fresh)
{
  DeckAccount *existing;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (fresh), NULL);

  existing = g_hash_table_lookup (self->accounts_by_email, deck_account_get_email (fresh));
  if (existing == NULL)
    return NULL;

  deck_account_update_from_account (existing, fresh);
  return existing;
}

DeckAccount *
deck_workspace_add_account (DeckWorkspace *self,
                            DeckAccount   *account)
{
  DeckAccount *existing;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (account), NULL);

  if ((existing = deck_workspace_update_account (self, account)) != NULL)
    return existing;

  g_hash_table_insert (self->accounts_by_email, (gpointer) deck_account_get_email (account), account);
  g_list_store_append (self->accounts, account);
  return account;
}

gboolean
deck_workspace_remove_account (DeckWorkspace *self,
                               const char    *email)
{
  DeckAccount *existing;
  guint position;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (email != NULL, FALSE);

  existing = g_hash_table_lookup (self->accounts_by_email, email);
  if (existing == NULL)
    return FALSE;

  /* The key is the account's own email: drop it before the store drops the account. */
  g_hash_table_remove (self->accounts_by_email, email);
  if (g_list_store_find (self->accounts, existing, &position))
    g_list_store_remove (self->accounts, position);

  return TRUE;
}

/* Custom tags */

GListModel *
deck_workspace_get_custom_tags (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->custom_tags);
}

gboolean
deck_workspace_get_custom_tags_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->custom_tags_loading;
}

const GError *
deck_workspace_get_custom_tags_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->custom_tags_error;
}

static void
workspace_set_custom_tags_loading (DeckWorkspace *self,
                                   gboolean       loading)
{
  if (self->custom_tags_loading == loading)
    return;

  self->custom_tags_loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM_TAGS_LOADING]);
}

static void
workspace_set_custom_tags_error (DeckWorkspace *self,
                                 const GError  *error)
{
  if (self->custom_tags_error == NULL && error == NULL)
    return;

  g_clear_error (&self->custom_tags_error);
  if (error != NULL)
    self->custom_tags_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM_TAGS_ERROR]);
}

DeckCustomTag *
deck_workspace_lookup_custom_tag (DeckWorkspace *self,
                                  const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->custom_tags_by_id, id);
}

DeckCustomTag *
deck_workspace_add_custom_tag (DeckWorkspace *self,
                               DeckCustomTag *tag)
{
  DeckCustomTag *existing;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (tag), NULL);

  existing = g_hash_table_lookup (self->custom_tags_by_id, deck_custom_tag_get_id (tag));
  if (existing != NULL)
    {
      deck_custom_tag_update_from_tag (existing, tag);
      return existing;
    }

  g_hash_table_insert (self->custom_tags_by_id, (gpointer) deck_custom_tag_get_id (tag), tag);
  g_list_store_append (self->custom_tags, tag);
  return tag;
}

gboolean
deck_workspace_remove_custom_tag (DeckWorkspace *self,
                                  const char    *id)
{
  DeckCustomTag *existing;
  guint position;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  existing = g_hash_table_lookup (self->custom_tags_by_id, id);
  if (existing == NULL)
    return FALSE;

  g_hash_table_remove (self->custom_tags_by_id, id);
  if (g_list_store_find (self->custom_tags, existing, &position))
    g_list_store_remove (self->custom_tags, position);

  return TRUE;
}

/* Tags are few (one workspace's labels): the whole list is merged once it is in. */
static void
workspace_merge_custom_tags (DeckWorkspace *self,
                             GListModel    *fresh)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (fresh);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(DeckCustomTag) tag = g_list_model_get_item (fresh, i);
      const char *id = deck_custom_tag_get_id (tag);
      DeckCustomTag *existing;

      if (!g_hash_table_add (seen, g_strdup (id)))
        continue;

      existing = g_hash_table_lookup (self->custom_tags_by_id, id);
      if (existing != NULL)
        deck_custom_tag_update_from_tag (existing, tag);
      else
        {
          g_hash_table_insert (self->custom_tags_by_id, (gpointer) id, tag);
          g_ptr_array_add (added, g_object_ref (tag));
        }
    }

  /* Vanished tags first, from the end, so positions stay valid. */
  i = g_list_model_get_n_items (G_LIST_MODEL (self->custom_tags));
  while (i > 0)
    {
      g_autoptr(DeckCustomTag) tag = g_list_model_get_item (G_LIST_MODEL (self->custom_tags), --i);

      if (!g_hash_table_contains (seen, deck_custom_tag_get_id (tag)))
        {
          g_hash_table_remove (self->custom_tags_by_id, deck_custom_tag_get_id (tag));
          g_list_store_remove (self->custom_tags, i);
        }
    }

  if (added->len > 0)
    g_list_store_splice (self->custom_tags,
                         g_list_model_get_n_items (G_LIST_MODEL (self->custom_tags)),
                         0, added->pdata, added->len);
}

static void
on_custom_tags_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckWorkspace *self = g_task_get_source_object (task);
  DeckPager *pager = DECK_PAGER (source);
  GError *error = NULL;

  if (!deck_pager_load_finish (pager, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        workspace_set_custom_tags_error (self, error);
      workspace_set_custom_tags_loading (self, FALSE);
      g_task_return_error (task, error);
      return;
    }

  workspace_merge_custom_tags (self, deck_pager_get_model (pager));
  workspace_set_custom_tags_error (self, NULL);
  workspace_set_custom_tags_loading (self, FALSE);
  g_task_return_boolean (task, TRUE);
}

void
deck_workspace_load_custom_tags_async (DeckWorkspace       *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(DeckPager) pager = NULL;

  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_workspace_load_custom_tags_async);
  g_task_set_name (task, "[deck-workspace] load custom tags");

  if (self->custom_tags_loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The custom tags are already loading");
      return;
    }

  pager = deck_client_list_custom_tags (self->client);
  /* The task keeps the pager alive until the load ends. */
  g_task_set_task_data (task, g_object_ref (pager), g_object_unref);

  workspace_set_custom_tags_loading (self, TRUE);

  deck_pager_load_async (pager, cancellable, on_custom_tags_loaded, g_steal_pointer (&task));
}

gboolean
deck_workspace_load_custom_tags_finish (DeckWorkspace  *self,
                                        GAsyncResult   *result,
                                        GError        **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        deck_workspace_load_custom_tags_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Campaigns */

GListModel *
deck_workspace_get_campaigns (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->campaigns);
}

gboolean
deck_workspace_get_campaigns_loading (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);

  return self->campaigns_loading;
}

const GError *
deck_workspace_get_campaigns_error (DeckWorkspace *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);

  return self->campaigns_error;
}

static void
workspace_set_campaigns_loading (DeckWorkspace *self,
                                 gboolean       loading)
{
  if (self->campaigns_loading == loading)
    return;

  self->campaigns_loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGNS_LOADING]);
}

static void
workspace_set_campaigns_error (DeckWorkspace *self,
                               const GError  *error)
{
  if (self->campaigns_error == NULL && error == NULL)
    return;

  g_clear_error (&self->campaigns_error);
  if (error != NULL)
    self->campaigns_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGNS_ERROR]);
}

DeckCampaign *
deck_workspace_lookup_campaign (DeckWorkspace *self,
                                const char    *id)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->campaigns_by_id, id);
}

DeckCampaign *
deck_workspace_update_campaign (DeckWorkspace *self,
                                DeckCampaign  *fresh)
{
  DeckCampaign *existing;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (fresh), NULL);

  existing = g_hash_table_lookup (self->campaigns_by_id, deck_campaign_get_id (fresh));
  if (existing == NULL)
    return NULL;

  deck_campaign_update_from_campaign (existing, fresh);
  return existing;
}

DeckCampaign *
deck_workspace_add_campaign (DeckWorkspace *self,
                             DeckCampaign  *campaign)
{
  DeckCampaign *existing;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (campaign), NULL);

  if ((existing = deck_workspace_update_campaign (self, campaign)) != NULL)
    return existing;

  g_hash_table_insert (self->campaigns_by_id, (gpointer) deck_campaign_get_id (campaign), campaign);
  g_list_store_append (self->campaigns, campaign);
  return campaign;
}

gboolean
deck_workspace_remove_campaign (DeckWorkspace *self,
                                const char    *id)
{
  DeckCampaign *existing;
  guint position;

  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  existing = g_hash_table_lookup (self->campaigns_by_id, id);
  if (existing == NULL)
    return FALSE;

  /* The key is the campaign's own id: drop it before the store drops the campaign. */
  g_hash_table_remove (self->campaigns_by_id, id);
  if (g_list_store_find (self->campaigns, existing, &position))
    g_list_store_remove (self->campaigns, position);

  return TRUE;
}

/* Campaigns are a few hundred at most: the whole list is merged once it is in, so a
 * failed load leaves the model as it was. */
static void
workspace_merge_campaigns (DeckWorkspace *self,
                           GListModel    *fresh)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (fresh);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (fresh, i);
      const char *id = deck_campaign_get_id (campaign);
      DeckCampaign *existing;

      if (!g_hash_table_add (seen, g_strdup (id)))
        continue;

      existing = g_hash_table_lookup (self->campaigns_by_id, id);
      if (existing != NULL)
        deck_campaign_update_from_campaign (existing, campaign);
      else
        {
          g_hash_table_insert (self->campaigns_by_id, (gpointer) id, campaign);
          g_ptr_array_add (added, g_object_ref (campaign));
        }
    }

  /* Vanished campaigns first, from the end, in runs, so positions stay valid. */
  i = g_list_model_get_n_items (G_LIST_MODEL (self->campaigns));
  while (i > 0)
    {
      guint run_end = i;

      while (i > 0)
        {
          g_autoptr(DeckCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->campaigns), i - 1);

          if (g_hash_table_contains (seen, deck_campaign_get_id (campaign)))
            break;
          g_hash_table_remove (self->campaigns_by_id, deck_campaign_get_id (campaign));
          i--;
        }

      if (run_end > i)
        g_list_store_splice (self->campaigns, i, run_end - i, NULL, 0);
      if (i > 0)
        i--;
    }

  if (added->len > 0)
    g_list_store_splice (self->campaigns,
                         g_list_model_get_n_items (G_LIST_MODEL (self->campaigns)),
                         0, added->pdata, added->len);
}

static void
on_campaigns_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckWorkspace *self = g_task_get_source_object (task);
  DeckPager *pager = DECK_PAGER (source);
  GError *error = NULL;

  if (!deck_pager_load_finish (pager, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        workspace_set_campaigns_error (self, error);
      workspace_set_campaigns_loading (self, FALSE);
      g_task_return_error (task, error);
      return;
    }

  workspace_merge_campaigns (self, deck_pager_get_model (pager));
  workspace_set_campaigns_error (self, NULL);
  workspace_set_campaigns_loading (self, FALSE);
  g_task_return_boolean (task, TRUE);
}

void
deck_workspace_load_campaigns_async (DeckWorkspace       *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(DeckPager) pager = NULL;

  g_return_if_fail (DECK_IS_WORKSPACE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_workspace_load_campaigns_async);
  g_task_set_name (task, "[deck-workspace] load campaigns");

  if (self->campaigns_loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The campaigns are already loading");
      return;
    }

  pager = deck_client_list_campaigns (self->client, NULL, -1, NULL);
  /* The task keeps the pager alive until the load ends. */
  g_task_set_task_data (task, g_object_ref (pager), g_object_unref);

  workspace_set_campaigns_loading (self, TRUE);

  deck_pager_load_async (pager, cancellable, on_campaigns_loaded, g_steal_pointer (&task));
}

gboolean
deck_workspace_load_campaigns_finish (DeckWorkspace  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        deck_workspace_load_campaigns_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
