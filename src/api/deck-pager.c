/* deck-pager.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-pager"

#include "config.h"

#include "deck-pager.h"

#define DEFAULT_PAGE_SIZE 100

struct _DeckPager
{
  GObject         parent_instance;

  DeckClient     *client;
  char           *method;
  char           *path;
  JsonObject     *body;
  GType           item_type;
  DeckItemParser  parser;
  guint           limit;

  GListStore     *store;
  guint           n_loaded;
  guint           n_pages;
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (DeckPager, deck_pager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_N_LOADED,
  PROP_N_PAGES,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The state of one load_async, as the task data of its GTask. */
typedef struct
{
  char       *cursor;  /* the cursor the page in flight was asked with */
  GHashTable *seen;    /* every cursor sent so far */
} Load;

/* One page, parsed in a worker thread. */
typedef struct
{
  JsonNode       *node;
  GType           item_type;
  DeckItemParser  parser;
  GPtrArray      *items;
  char           *next_cursor;
} Page;

static void pager_fetch_page (GTask *task);

static void
load_free (gpointer data)
{
  Load *load = data;

  g_free (load->cursor);
  g_hash_table_unref (load->seen);
  g_free (load);
}

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
deck_pager_dispose (GObject *object)
{
  DeckPager *self = DECK_PAGER (object);

  g_clear_object (&self->client);

  G_OBJECT_CLASS (deck_pager_parent_class)->dispose (object);
}

static void
deck_pager_finalize (GObject *object)
{
  DeckPager *self = DECK_PAGER (object);

  g_free (self->method);
  g_free (self->path);
  g_clear_pointer (&self->body, json_object_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (deck_pager_parent_class)->finalize (object);
}

static void
deck_pager_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DeckPager *self = DECK_PAGER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->store);
      break;

    case PROP_N_LOADED:
      g_value_set_uint (value, self->n_loaded);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_pager_class_init (DeckPagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_pager_dispose;
  object_class->finalize = deck_pager_finalize;
  object_class->get_property = deck_pager_get_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_LOADED] =
    g_param_spec_uint ("n-loaded", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_pager_init (DeckPager *self)
{
  self->limit = DEFAULT_PAGE_SIZE;
}

DeckPager *
deck_pager_new (DeckClient     *client,
                const char     *method,
                const char     *path,
                JsonObject     *body,
                GType           item_type,
                DeckItemParser  parser)
{
  DeckPager *self;

  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);
  g_return_val_if_fail (method != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (parser != NULL, NULL);

  self = g_object_new (DECK_TYPE_PAGER, NULL);
  self->client = g_object_ref (client);
  self->method = g_ascii_strup (method, -1);
  self->path = g_strdup (path);
  self->body = body != NULL ? json_object_ref (body) : NULL;
  self->item_type = item_type;
  self->parser = parser;
  self->store = g_list_store_new (item_type);

  return self;
}

void
deck_pager_set_page_size (DeckPager *self,
                          guint      limit)
{
  g_return_if_fail (DECK_IS_PAGER (self));
  g_return_if_fail (limit >= 1 && limit <= 100);

  self->limit = limit;
}

GListModel *
deck_pager_get_model (DeckPager *self)
{
  g_return_val_if_fail (DECK_IS_PAGER (self), NULL);

  return G_LIST_MODEL (self->store);
}

guint
deck_pager_get_n_loaded (DeckPager *self)
{
  g_return_val_if_fail (DECK_IS_PAGER (self), 0);

  return self->n_loaded;
}

guint
deck_pager_get_n_pages (DeckPager *self)
{
  g_return_val_if_fail (DECK_IS_PAGER (self), 0);

  return self->n_pages;
}

gboolean
deck_pager_get_loading (DeckPager *self)
{
  g_return_val_if_fail (DECK_IS_PAGER (self), FALSE);

  return self->loading;
}

static void
pager_set_loading (DeckPager *self,
                   gboolean   loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
pager_set_counts (DeckPager *self,
                  guint      n_loaded,
                  guint      n_pages)
{
  if (self->n_loaded != n_loaded)
    {
      self->n_loaded = n_loaded;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADED]);
    }

  if (self->n_pages != n_pages)
    {
      self->n_pages = n_pages;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
}

static void
pager_return_error (GTask  *task,
                    GError *error)
{
  DeckPager *self = g_task_get_source_object (task);

  pager_set_loading (self, FALSE);
  g_task_return_error (task, error);
}

/* Builds the page's objects off the main thread. */
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
  guint n;

  if (!JSON_NODE_HOLDS_OBJECT (page->node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "A list page is not an object");
      return;
    }

  object = json_node_get_object (page->node);
  items_node = json_object_get_member (object, "items");
  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "A list page has no items array");
      return;
    }

  items = json_node_get_array (items_node);
  n = json_array_get_length (items);
  page->items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (items, i);
      g_autoptr(GError) error = NULL;
      GObject *item;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_message ("Skipping list item %u: not an object", i);
          continue;
        }

      item = page->parser (json_node_get_object (element), &error);
      if (item == NULL)
        {
          g_message ("Skipping list item %u: %s", i, error ? error->message : "no object");
          continue;
        }

      if (!G_TYPE_CHECK_INSTANCE_TYPE (item, page->item_type))
        {
          g_message ("Skipping list item %u: a %s, not a %s", i,
                     G_OBJECT_TYPE_NAME (item), g_type_name (page->item_type));
          g_object_unref (item);
          continue;
        }

      g_ptr_array_add (page->items, item);
    }

  /* The cursor is opaque: absent or null ends the list. */
  cursor_node = json_object_get_member (object, "next_starting_after");
  if (cursor_node != NULL && JSON_NODE_HOLDS_VALUE (cursor_node))
    {
      if (json_node_get_value_type (cursor_node) == G_TYPE_STRING)
        page->next_cursor = json_node_dup_string (cursor_node);
      else if (json_node_get_value_type (cursor_node) == G_TYPE_INT64)
        page->next_cursor = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (cursor_node));
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_page_parsed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckPager *self = g_task_get_source_object (task);
  Load *load = g_task_get_task_data (task);
  Page *page = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  guint n_items;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      pager_return_error (task, error);
      return;
    }

  /* A closed page must not receive a late splice. */
  if (g_task_get_cancellable (task) != NULL &&
      g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    {
      pager_return_error (task, error);
      return;
    }

  n_items = page->items->len;
  if (n_items > 0)
    g_list_store_splice (self->store, self->n_loaded, 0, page->items->pdata, n_items);
  pager_set_counts (self, self->n_loaded + n_items, self->n_pages + 1);

  if (page->next_cursor == NULL)
    {
      pager_set_loading (self, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A buggy server could page forever: stop on a page that brings nothing, or a
   * cursor we already followed. */
  if (n_items == 0)
    {
      g_message ("%s %s: an empty page still carried a cursor; stopping after %u items",
                 self->method, self->path, self->n_loaded);
      pager_set_loading (self, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_hash_table_contains (load->seen, page->next_cursor))
    {
      g_message ("%s %s: the server repeated a cursor; stopping after %u items",
                 self->method, self->path, self->n_loaded);
      pager_set_loading (self, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_free (load->cursor);
  load->cursor = g_strdup (page->next_cursor);
  pager_fetch_page (task);
}

static void
on_page_received (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckPager *self = g_task_get_source_object (task);
  g_autoptr(GTask) parse_task = NULL;
  GError *error = NULL;
  JsonNode *node;
  Page *page;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      pager_return_error (task, error);
      return;
    }

  page = g_new0 (Page, 1);
  page->node = node;
  page->item_type = self->item_type;
  page->parser = self->parser;

  parse_task = g_task_new (self, g_task_get_cancellable (task),
                           on_page_parsed, g_object_ref (task));
  g_task_set_source_tag (parse_task, on_page_received);
  g_task_set_name (parse_task, "[deck-pager] parse page");
  g_task_set_task_data (parse_task, page, page_free);
  g_task_run_in_thread (parse_task, parse_page_thread);
}

static JsonNode *
pager_build_body (DeckPager  *self,
                  const char *cursor)
{
  g_autoptr(JsonObject) object = json_object_new ();

  if (self->body != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, self->body);
      while (json_object_iter_next (&iter, &name, &member))
        if (g_strcmp0 (name, "limit") != 0 && g_strcmp0 (name, "starting_after") != 0)
          json_object_set_member (object, name, json_node_copy (member));
    }

  json_object_set_int_member (object, "limit", self->limit);
  if (cursor != NULL)
    json_object_set_string_member (object, "starting_after", cursor);

  return json_node_init_object (json_node_alloc (), object);
}

static void
pager_fetch_page (GTask *task)
{
  DeckPager *self = g_task_get_source_object (task);
  Load *load = g_task_get_task_data (task);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GString) path = g_string_new (self->path);
  g_autofree char *limit = g_strdup_printf ("%u", self->limit);

  if (load->cursor != NULL)
    g_hash_table_add (load->seen, g_strdup (load->cursor));

  if (g_str_equal (self->method, "GET"))
    {
      deck_client_append_query (path, "limit", limit);
      if (load->cursor != NULL)
        deck_client_append_query (path, "starting_after", load->cursor);
    }
  else
    body = pager_build_body (self, load->cursor);

  deck_client_call_async (self->client, self->method, path->str, body,
                          g_task_get_cancellable (task),
                          on_page_received, g_object_ref (task));
}

void
deck_pager_load_async (DeckPager           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  g_return_if_fail (DECK_IS_PAGER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_pager_load_async);
  g_task_set_name (task, "[deck-pager] load");

  if (self->loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "This list is already loading");
      return;
    }

  load = g_new0 (Load, 1);
  load->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, load, load_free);

  g_list_store_remove_all (self->store);
  pager_set_counts (self, 0, 0);
  pager_set_loading (self, TRUE);

  pager_fetch_page (task);
}

gboolean
deck_pager_load_finish (DeckPager     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (DECK_IS_PAGER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_pager_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
