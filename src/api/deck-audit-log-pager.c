/* deck-audit-log-pager.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-audit-log"

#include "config.h"

#include "deck-audit-log-pager.h"
#include "deck-audit-log-entry.h"

#define DEFAULT_PAGE_SIZE 100
#define MAX_PAGE_SIZE 1000

struct _DeckAuditLogPager
{
  GObject     parent_instance;

  DeckClient *client;
  char       *path;
  guint       limit;

  GListStore *store;
  char       *cursor;
  GHashTable *seen;
  gboolean    has_more;
  gboolean    loading;
  gboolean    started;
};

G_DEFINE_FINAL_TYPE (DeckAuditLogPager, deck_audit_log_pager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_HAS_MORE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One page, parsed in a worker thread. */
typedef struct
{
  JsonNode  *node;
  GPtrArray *items;
  char      *next_cursor;
} Page;

static void
page_free (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->node, json_node_unref);
  g_clear_pointer (&page->items, g_ptr_array_unref);
  g_free (page->next_cursor);
  g_free (page);
}

static void
deck_audit_log_pager_dispose (GObject *object)
{
  DeckAuditLogPager *self = DECK_AUDIT_LOG_PAGER (object);

  g_clear_object (&self->client);

  G_OBJECT_CLASS (deck_audit_log_pager_parent_class)->dispose (object);
}

static void
deck_audit_log_pager_finalize (GObject *object)
{
  DeckAuditLogPager *self = DECK_AUDIT_LOG_PAGER (object);

  g_free (self->path);
  g_free (self->cursor);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (deck_audit_log_pager_parent_class)->finalize (object);
}

static void
deck_audit_log_pager_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckAuditLogPager *self = DECK_AUDIT_LOG_PAGER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->store);
      break;

    case PROP_HAS_MORE:
      g_value_set_boolean (value, self->has_more);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_audit_log_pager_class_init (DeckAuditLogPagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_audit_log_pager_dispose;
  object_class->finalize = deck_audit_log_pager_finalize;
  object_class->get_property = deck_audit_log_pager_get_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_MORE] =
    g_param_spec_boolean ("has-more", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_audit_log_pager_init (DeckAuditLogPager *self)
{
  self->limit = DEFAULT_PAGE_SIZE;
  self->has_more = TRUE;
  self->store = g_list_store_new (DECK_TYPE_AUDIT_LOG_ENTRY);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

DeckAuditLogPager *
deck_audit_log_pager_new (DeckClient *client,
                          const char *path)
{
  DeckAuditLogPager *self;

  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DECK_TYPE_AUDIT_LOG_PAGER, NULL);
  self->client = g_object_ref (client);
  self->path = g_strdup (path);

  return self;
}

void
deck_audit_log_pager_set_page_size (DeckAuditLogPager *self,
                                    guint              limit)
{
  g_return_if_fail (DECK_IS_AUDIT_LOG_PAGER (self));
  g_return_if_fail (limit >= 1 && limit <= MAX_PAGE_SIZE);

  self->limit = limit;
}

GListModel *
deck_audit_log_pager_get_model (DeckAuditLogPager *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_PAGER (self), NULL);

  return G_LIST_MODEL (self->store);
}

gboolean
deck_audit_log_pager_get_has_more (DeckAuditLogPager *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_PAGER (self), FALSE);

  return self->has_more;
}

gboolean
deck_audit_log_pager_get_loading (DeckAuditLogPager *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_PAGER (self), FALSE);

  return self->loading;
}

static void
set_loading (DeckAuditLogPager *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_has_more (DeckAuditLogPager *self,
              gboolean           has_more)
{
  if (self->has_more == has_more)
    return;

  self->has_more = has_more;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
}

static void
parse_page_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Page *page = task_data;
  JsonObject *object;
  JsonNode *items_node;
  JsonNode *cursor_node;
  JsonArray *items;

  if (!JSON_NODE_HOLDS_OBJECT (page->node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "An audit log page is not an object");
      return;
    }

  object = json_node_get_object (page->node);
  items_node = json_object_get_member (object, "items");
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "An audit log page has no items array");
      return;
    }

  items = json_node_get_array (items_node);
  page->items = g_ptr_array_new_full (json_array_get_length (items), g_object_unref);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *element = json_array_get_element (items, i);
      g_autoptr(GError) error = NULL;
      DeckAuditLogEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_message ("Skipping audit log record %u: not an object", i);
          continue;
        }

      entry = deck_audit_log_entry_new_from_json (json_node_get_object (element), &error);
      if (entry == NULL)
        {
          g_message ("Skipping audit log record %u: %s", i, error->message);
          continue;
        }

      g_ptr_array_add (page->items, entry);
    }

  /* The cursor is opaque: absent or null ends the log. */
  cursor_node = json_object_get_member (object, "next_starting_after");
  if (cursor_node != NULL && JSON_NODE_HOLDS_VALUE (cursor_node) &&
      json_node_get_value_type (cursor_node) == G_TYPE_STRING)
    page->next_cursor = json_node_dup_string (cursor_node);

  g_task_return_boolean (task, TRUE);
}

static void
on_page_parsed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckAuditLogPager *self = g_task_get_source_object (task);
  Page *page = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  set_loading (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      g_task_return_error_if_cancelled (task))
    {
      if (error != NULL)
        g_task_return_error (task, error);
      return;
    }

  if (page->items->len > 0)
    g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                         page->items->pdata, page->items->len);

  g_clear_pointer (&self->cursor, g_free);
  if (page->next_cursor == NULL)
    set_has_more (self, FALSE);
  else if (page->items->len == 0)
    {
      g_warning ("The audit log sent an empty page with a cursor; stopping");
      set_has_more (self, FALSE);
    }
  else if (!g_hash_table_add (self->seen, g_strdup (page->next_cursor)))
    {
      g_warning ("The audit log sent a cursor it had sent before; stopping");
      set_has_more (self, FALSE);
    }
  else
    self->cursor = g_steal_pointer (&page->next_cursor);

  g_task_return_boolean (task, TRUE);
}

static void
on_page_fetched (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckAuditLogPager *self = g_task_get_source_object (task);
  g_autoptr(GTask) parse = NULL;
  GError *error = NULL;
  JsonNode *node;
  Page *page;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      set_loading (self, FALSE);
      g_task_return_error (task, error);
      return;
    }

  page = g_new0 (Page, 1);
  page->node = node;

  parse = g_task_new (self, g_task_get_cancellable (task), on_page_parsed, g_object_ref (task));
  g_task_set_source_tag (parse, on_page_fetched);
  g_task_set_task_data (parse, page, page_free);
  g_task_run_in_thread (parse, parse_page_thread);
}

void
deck_audit_log_pager_load_more_async (DeckAuditLogPager   *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GString) path = NULL;
  g_autofree char *limit = NULL;

  g_return_if_fail (DECK_IS_AUDIT_LOG_PAGER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_audit_log_pager_load_more_async);

  if (!self->has_more)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (self->loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "A page of the audit log is already loading");
      return;
    }

  path = g_string_new (self->path);
  limit = g_strdup_printf ("%u", self->limit);
  deck_client_append_query (path, "limit", limit);
  if (self->cursor != NULL)
    deck_client_append_query (path, "starting_after", self->cursor);

  set_loading (self, TRUE);
  deck_client_call_async (self->client, "GET", path->str, NULL, cancellable,
                          on_page_fetched, g_steal_pointer (&task));
}

gboolean
deck_audit_log_pager_load_more_finish (DeckAuditLogPager  *self,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_PAGER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
