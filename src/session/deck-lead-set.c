/* deck-lead-set.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-set"

#include "config.h"

#include <string.h>

#include "deck-lead-set.h"
#include "deck-enums.h"

/* The API's largest page. */
#define PAGE_SIZE 100
/* How long one splice slice may hold the main loop before it yields (µs). */
#define SLICE_BUDGET_US 3000

typedef struct _Load Load;

/* The model: leads in one array. A GListStore walks a GSequence tree per item, which
 * dominates a filter model's pass over 100,000 leads; this is an index. */
#define DECK_TYPE_LEAD_STORE (deck_lead_store_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadStore, deck_lead_store, DECK, LEAD_STORE, GObject)

struct _DeckLeadStore
{
  GObject    parent_instance;
  GPtrArray *items;     /* owned DeckLead */
};

static GType
deck_lead_store_get_item_type (GListModel *model)
{
  return DECK_TYPE_LEAD;
}

static guint
deck_lead_store_get_n_items (GListModel *model)
{
  return DECK_LEAD_STORE (model)->items->len;
}

static gpointer
deck_lead_store_get_item (GListModel *model,
                          guint       position)
{
  DeckLeadStore *self = DECK_LEAD_STORE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
deck_lead_store_model_init (GListModelInterface *iface)
{
  iface->get_item_type = deck_lead_store_get_item_type;
  iface->get_n_items = deck_lead_store_get_n_items;
  iface->get_item = deck_lead_store_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (DeckLeadStore, deck_lead_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, deck_lead_store_model_init))

static void
deck_lead_store_finalize (GObject *object)
{
  DeckLeadStore *self = DECK_LEAD_STORE (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_lead_store_parent_class)->finalize (object);
}

static void
deck_lead_store_class_init (DeckLeadStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = deck_lead_store_finalize;
}

static void
deck_lead_store_init (DeckLeadStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* As g_list_store_splice(): @additions are borrowed (and referenced). */
static void
lead_store_splice (DeckLeadStore  *self,
                   guint           position,
                   guint           n_removals,
                   gpointer       *additions,
                   guint           n_additions)
{
  g_return_if_fail (position + n_removals <= self->items->len);

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      /* Grow once, then move the tail (if any) out of the way. */
      guint tail = self->items->len - position;

      g_ptr_array_set_size (self->items, self->items->len + n_additions);
      memmove (self->items->pdata + position + n_additions,
               self->items->pdata + position, tail * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        self->items->pdata[position + i] = g_object_ref (additions[i]);
    }

  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

static void
lead_store_remove_all (DeckLeadStore *self)
{
  lead_store_splice (self, 0, self->items->len, NULL, 0);
}

static void
lead_store_append (DeckLeadStore *self,
                   DeckLead      *lead)
{
  gpointer item = lead;

  lead_store_splice (self, self->items->len, 0, &item, 1);
}

struct _DeckLeadSet
{
  GObject        parent_instance;

  DeckClient    *client;
  DeckLeadStore *store;
  GHashTable    *by_id;     /* borrowed id -> borrowed DeckLead in @store */

  DeckLeadScope  scope;
  char          *scope_id;
  char          *filter;
  char          *search;

  guint          n_loaded;
  gboolean       loading;
  gboolean       complete;
  GError        *error;

  Load          *load;      /* the load in flight, or NULL */
};

G_DEFINE_FINAL_TYPE (DeckLeadSet, deck_lead_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_MODEL,
  PROP_SCOPE,
  PROP_SCOPE_ID,
  PROP_FILTER,
  PROP_SEARCH,
  PROP_N_LOADED,
  PROP_LOADING,
  PROP_ERROR,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * One load. The next page is asked for as soon as a page's cursor is known (read on
 * the main thread, O(1)), while the worker builds the page's leads; the built pages
 * queue up and an idle source splices them in slices of at most SLICE_BUDGET_US.
 * Callbacks hold a reference on the Load, never on the set: a superseded load just
 * drops what still arrives.
 */
struct _Load
{
  gatomicrefcount  ref_count;
  DeckLeadSet     *self;         /* NULL once the load is over */
  GTask           *task;         /* NULL once returned */
  GCancellable    *cancellable;  /* ours; the caller's cancels it */
  GCancellable    *caller_cancellable;
  gulong           caller_handler;
  JsonObject      *query;        /* the filter members of every page's body */
  GHashTable      *cursors;      /* every cursor sent */
  GHashTable      *seen;         /* ids listed by this load (in-place reloads) */
  gboolean         in_place;     /* the model was kept: update, then drop the vanished */
  GQueue           pages;        /* GPtrArray * of DeckLead, built, not yet spliced */
  guint            n_building;   /* pages in a worker */
  gboolean         fetching;     /* a request in flight */
  gboolean         fetch_done;   /* no more pages to ask for */
  guint            splice_id;
};

static void load_fetch       (Load        *load,
                              const char  *cursor);
static void load_maybe_finish (Load       *load);

static Load *
load_ref (Load *load)
{
  g_atomic_ref_count_inc (&load->ref_count);
  return load;
}

static void
load_unref (Load *load)
{
  if (!g_atomic_ref_count_dec (&load->ref_count))
    return;

  g_assert (load->task == NULL);
  g_assert (load->splice_id == 0);
  g_queue_clear_full (&load->pages, (GDestroyNotify) g_ptr_array_unref);
  g_clear_object (&load->cancellable);
  g_clear_object (&load->caller_cancellable);
  g_clear_pointer (&load->query, json_object_unref);
  g_clear_pointer (&load->cursors, g_hash_table_unref);
  g_clear_pointer (&load->seen, g_hash_table_unref);
  g_free (load);
}

static void
on_caller_cancelled (GCancellable *caller,
                     gpointer      user_data)
{
  GCancellable *ours = user_data;

  g_cancellable_cancel (ours);
}

/* Property setters */

static void
set_loading (DeckLeadSet *self,
             gboolean     loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_complete (DeckLeadSet *self,
              gboolean     complete)
{
  if (self->complete == complete)
    return;

  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
set_error (DeckLeadSet  *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
update_n_loaded (DeckLeadSet *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  if (self->n_loaded == n)
    return;

  self->n_loaded = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADED]);
}

/* Ends @load: returns its task (TRUE, or @error) and detaches it from the set. */
static void
load_end (Load   *load,
          GError *error)
{
  DeckLeadSet *self = load->self;
  g_autoptr(GTask) task = g_steal_pointer (&load->task);

  g_clear_handle_id (&load->splice_id, g_source_remove);
  if (load->caller_handler != 0)
    {
      g_cancellable_disconnect (load->caller_cancellable, load->caller_handler);
      load->caller_handler = 0;
    }
  g_cancellable_cancel (load->cancellable);
  g_queue_clear_full (&load->pages, (GDestroyNotify) g_ptr_array_unref);
  load->self = NULL;

  if (self != NULL && self->load == load)
    {
      self->load = NULL;
      if (error == NULL)
        {
          set_error (self, NULL);
          set_complete (self, TRUE);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, error);
      set_loading (self, FALSE);
    }

  if (task != NULL)
    {
      if (error != NULL)
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
    }
  else if (error != NULL)
    g_error_free (error);

  load_unref (load);  /* the set's reference */
}

/* Splicing, on the main thread */

/* Drops the leads an in-place reload did not list, a run at a time from the end. */
static void
remove_vanished (DeckLeadSet *self,
                 GHashTable  *seen)
{
  GListModel *model = G_LIST_MODEL (self->store);
  guint i = g_list_model_get_n_items (model);

  while (i > 0)
    {
      guint run_end = i;

      while (i > 0)
        {
          g_autoptr(DeckLead) lead = g_list_model_get_item (model, i - 1);
          const char *id = deck_lead_get_id (lead);

          if (g_hash_table_contains (seen, id))
            break;
          g_hash_table_remove (self->by_id, id);
          i--;
        }

      if (run_end > i)
        lead_store_splice (self->store, i, run_end - i, NULL, 0);
      if (i > 0)
        i--;
    }
}

static void
splice_page (Load      *load,
             GPtrArray *page)
{
  DeckLeadSet *self = load->self;
  g_autoptr(GPtrArray) fresh = g_ptr_array_sized_new (page->len);

  for (guint i = 0; i < page->len; i++)
    {
      DeckLead *lead = g_ptr_array_index (page, i);
      const char *id = deck_lead_get_id (lead);
      DeckLead *existing = g_hash_table_lookup (self->by_id, id);

      if (load->seen != NULL)
        g_hash_table_add (load->seen, g_strdup (id));

      if (existing != NULL)
        deck_lead_update_from_lead (existing, lead);
      else
        {
          g_hash_table_insert (self->by_id, (gpointer) id, lead);
          g_ptr_array_add (fresh, lead);
        }
    }

  if (fresh->len > 0)
    lead_store_splice (self->store,
                         g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                         0, fresh->pdata, fresh->len);
}

static gboolean
on_splice_idle (gpointer user_data)
{
  Load *load = user_data;
  gint64 start = g_get_monotonic_time ();

  if (g_cancellable_is_cancelled (load->cancellable))
    {
      load->splice_id = 0;
      load_end (load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                           "The load was cancelled"));
      return G_SOURCE_REMOVE;
    }

  /* A page at least, then as many as fit the budget. */
  do
    {
      g_autoptr(GPtrArray) page = g_queue_pop_head (&load->pages);

      if (page == NULL)
        break;
      splice_page (load, page);
    }
  while (!g_queue_is_empty (&load->pages) &&
         g_get_monotonic_time () - start < SLICE_BUDGET_US);

  update_n_loaded (load->self);

  if (!g_queue_is_empty (&load->pages))
    return G_SOURCE_CONTINUE;

  load->splice_id = 0;
  load_maybe_finish (load);
  return G_SOURCE_REMOVE;
}

static void
load_schedule_splice (Load *load)
{
  if (load->splice_id != 0)
    return;

  /* Below the redraw priority, so frames are drawn between slices. */
  load->splice_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_splice_idle,
                                     load_ref (load), (GDestroyNotify) load_unref);
}

static void
load_maybe_finish (Load *load)
{
  if (load->self == NULL || load->fetching || load->n_building > 0 ||
      !load->fetch_done || !g_queue_is_empty (&load->pages) || load->splice_id != 0)
    return;

  if (load->in_place)
    {
      remove_vanished (load->self, load->seen);
      update_n_loaded (load->self);
    }

  load_end (load, NULL);
}

/* Building a page's leads, in a worker thread */

static void
build_page_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  JsonArray *items = task_data;
  guint n = json_array_get_length (items);
  GPtrArray *page = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (items, i);
      g_autoptr(GError) error = NULL;
      DeckLead *lead;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_message ("Skipping lead %u of a page: not an object", i);
          continue;
        }

      if ((lead = deck_lead_new_from_json (json_node_get_object (element), &error)) == NULL)
        {
          g_message ("Skipping lead %u of a page: %s", i, error->message);
          continue;
        }

      g_ptr_array_add (page, lead);
    }

  /* One block of strings per page rather than several allocations per lead. */
  deck_lead_pack ((DeckLead **) page->pdata, page->len);

  g_task_return_pointer (task, page, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_page_built (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Load *load = user_data;
  GPtrArray *page;

  load->n_building--;
  page = g_task_propagate_pointer (G_TASK (result), NULL);

  if (load->self == NULL)
    {
      g_clear_pointer (&page, g_ptr_array_unref);
      load_unref (load);
      return;
    }

  if (page == NULL)
    {
      /* Only a cancel makes a build fail. */
      load_end (load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                           "The load was cancelled"));
      load_unref (load);
      return;
    }

  g_queue_push_tail (&load->pages, page);
  load_schedule_splice (load);
  load_unref (load);
}

/* Fetching, on the main thread */

static void
on_page_received (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GTask) build = NULL;
  g_autofree char *cursor = NULL;
  GError *error = NULL;
  JsonObject *object;
  JsonNode *items;
  JsonNode *cursor_node;
  guint n_items;

  load->fetching = FALSE;
  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);

  if (load->self == NULL)
    {
      g_clear_error (&error);
      load_unref (load);
      return;
    }

  if (node == NULL)
    {
      load_end (load, error);
      load_unref (load);
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      (items = json_object_get_member (json_node_get_object (node), "items")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (items))
    {
      load_end (load, g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                           "A page of leads has no items array"));
      load_unref (load);
      return;
    }

  object = json_node_get_object (node);
  n_items = json_array_get_length (json_node_get_array (items));

  /* The cursor is opaque: absent or null ends the list (CATALOG §1.3). */
  cursor_node = json_object_get_member (object, "next_starting_after");
  if (cursor_node != NULL && JSON_NODE_HOLDS_VALUE (cursor_node) &&
      json_node_get_value_type (cursor_node) == G_TYPE_STRING)
    cursor = json_node_dup_string (cursor_node);

  /* The next page goes out while this one is built. */
  if (cursor == NULL || cursor[0] == '\0')
    load->fetch_done = TRUE;
  else if (n_items == 0)
    {
      g_message ("POST /api/v2/leads/list: an empty page still carried a cursor; stopping");
      load->fetch_done = TRUE;
    }
  else if (g_hash_table_contains (load->cursors, cursor))
    {
      g_message ("POST /api/v2/leads/list: the server repeated a cursor; stopping");
      load->fetch_done = TRUE;
    }
  else
    load_fetch (load, cursor);

  if (n_items > 0)
    {
      load->n_building++;
      build = g_task_new (NULL, load->cancellable, on_page_built, load_ref (load));
      g_task_set_source_tag (build, on_page_received);
      g_task_set_name (build, "[deck-lead-set] build page");
      g_task_set_task_data (build, json_array_ref (json_node_get_array (items)),
                            (GDestroyNotify) json_array_unref);
      g_task_run_in_thread (build, build_page_thread);
    }

  load_maybe_finish (load);
  load_unref (load);
}

static void
load_fetch (Load       *load,
            const char *cursor)
{
  DeckLeadSet *self = load->self;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, load->query);
  while (json_object_iter_next (&iter, &name, &member))
    json_object_set_member (body, name, json_node_copy (member));
  json_object_set_int_member (body, "limit", PAGE_SIZE);
  if (cursor != NULL)
    {
      json_object_set_string_member (body, "starting_after", cursor);
      g_hash_table_add (load->cursors, g_strdup (cursor));
    }

  node = json_node_init_object (json_node_alloc (), body);
  load->fetching = TRUE;
  deck_client_call_async (self->client, "POST", "/api/v2/leads/list", node,
                          load->cancellable, on_page_received, load_ref (load));
}

/* GObject */

static void
deck_lead_set_dispose (GObject *object)
{
  DeckLeadSet *self = DECK_LEAD_SET (object);

  if (self->load != NULL)
    load_end (self->load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                               "The lead set went away"));

  g_hash_table_remove_all (self->by_id);
  if (self->store != NULL)
    lead_store_remove_all (self->store);

  G_OBJECT_CLASS (deck_lead_set_parent_class)->dispose (object);
}

static void
deck_lead_set_finalize (GObject *object)
{
  DeckLeadSet *self = DECK_LEAD_SET (object);

  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_error (&self->error);
  g_free (self->scope_id);
  g_free (self->filter);
  g_free (self->search);

  G_OBJECT_CLASS (deck_lead_set_parent_class)->finalize (object);
}

static void
deck_lead_set_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DeckLeadSet *self = DECK_LEAD_SET (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->store);
      break;

    case PROP_SCOPE:
      g_value_set_enum (value, self->scope);
      break;

    case PROP_SCOPE_ID:
      g_value_set_string (value, self->scope_id);
      break;

    case PROP_FILTER:
      g_value_set_string (value, self->filter);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_N_LOADED:
      g_value_set_uint (value, self->n_loaded);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_set_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DeckLeadSet *self = DECK_LEAD_SET (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;

    case PROP_FILTER:
      deck_lead_set_set_filter (self, g_value_get_string (value));
      break;

    case PROP_SEARCH:
      deck_lead_set_set_search (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_set_class_init (DeckLeadSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = deck_lead_set_dispose;
  object_class->finalize = deck_lead_set_finalize;
  object_class->get_property = deck_lead_set_get_property;
  object_class->set_property = deck_lead_set_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, DECK_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, DECK_TYPE_LEAD_SCOPE, DECK_LEAD_SCOPE_WORKSPACE, flags);
  properties[PROP_SCOPE_ID] =
    g_param_spec_string ("scope-id", NULL, NULL, NULL, flags);
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL, NULL, flags | G_PARAM_WRITABLE);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL, flags | G_PARAM_WRITABLE);
  properties[PROP_N_LOADED] =
    g_param_spec_uint ("n-loaded", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, flags);
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_lead_set_init (DeckLeadSet *self)
{
  self->store = g_object_new (DECK_TYPE_LEAD_STORE, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->scope = DECK_LEAD_SCOPE_WORKSPACE;
}

DeckLeadSet *
deck_lead_set_new (DeckClient *client)
{
  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);

  return g_object_new (DECK_TYPE_LEAD_SET, "client", client, NULL);
}

GListModel *
deck_lead_set_get_model (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  return G_LIST_MODEL (self->store);
}

/* The view */

/* A new view: nothing of the old one stays, and the new one loads. */
static void
lead_set_change_view (DeckLeadSet *self)
{
  if (self->load != NULL)
    load_end (self->load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                               "The view changed"));

  g_hash_table_remove_all (self->by_id);
  lead_store_remove_all (self->store);
  update_n_loaded (self);
  set_complete (self, FALSE);
  set_error (self, NULL);

  deck_lead_set_reload (self);
}

void
deck_lead_set_set_scope (DeckLeadSet   *self,
                         DeckLeadScope  scope,
                         const char    *scope_id)
{
  g_return_if_fail (DECK_IS_LEAD_SET (self));
  g_return_if_fail (scope == DECK_LEAD_SCOPE_WORKSPACE || scope_id != NULL);

  if (scope == DECK_LEAD_SCOPE_WORKSPACE)
    scope_id = NULL;

  if (self->scope == scope && g_strcmp0 (self->scope_id, scope_id) == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->scope != scope)
    {
      self->scope = scope;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
    }
  if (g_set_str (&self->scope_id, scope_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_ID]);
  lead_set_change_view (self);
  g_object_thaw_notify (G_OBJECT (self));
}

DeckLeadScope
deck_lead_set_get_scope (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), DECK_LEAD_SCOPE_WORKSPACE);

  return self->scope;
}

const char *
deck_lead_set_get_scope_id (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  return self->scope_id;
}

static const char *
empty_to_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

void
deck_lead_set_set_filter (DeckLeadSet *self,
                          const char  *filter)
{
  g_return_if_fail (DECK_IS_LEAD_SET (self));

  if (!g_set_str (&self->filter, empty_to_null (filter)))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
  lead_set_change_view (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
deck_lead_set_get_filter (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  return self->filter;
}

void
deck_lead_set_set_search (DeckLeadSet *self,
                          const char  *search)
{
  g_return_if_fail (DECK_IS_LEAD_SET (self));

  if (!g_set_str (&self->search, empty_to_null (search)))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  lead_set_change_view (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
deck_lead_set_get_search (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  return self->search;
}

DeckLeadQuery *
deck_lead_set_dup_query (DeckLeadSet *self)
{
  DeckLeadQuery *query;

  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  query = deck_lead_query_new ();
  if (self->scope == DECK_LEAD_SCOPE_CAMPAIGN)
    query->campaign = g_strdup (self->scope_id);
  else if (self->scope == DECK_LEAD_SCOPE_LIST)
    query->list_id = g_strdup (self->scope_id);
  query->filter = g_strdup (self->filter);
  query->search = g_strdup (self->search);

  return query;
}

guint
deck_lead_set_get_n_loaded (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), 0);

  return self->n_loaded;
}

gboolean
deck_lead_set_get_loading (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), FALSE);

  return self->loading;
}

gboolean
deck_lead_set_get_complete (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), FALSE);

  return self->complete;
}

const GError *
deck_lead_set_get_error (DeckLeadSet *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);

  return self->error;
}

/* Loading */

/* @task is NULL for a fire-and-forget reload: only a caller's own load holds the set
 * alive until it ends (a task refs its source object). */
static void
lead_set_start_load (DeckLeadSet  *self,
                     GCancellable *cancellable,
                     GTask        *task)
{
  g_autoptr(DeckLeadQuery) query = NULL;
  Load *load;

  /* A new load supersedes the one in flight. */
  if (self->load != NULL)
    load_end (self->load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                               "A newer load replaced this one"));

  load = g_new0 (Load, 1);
  g_atomic_ref_count_init (&load->ref_count);
  load->self = self;
  load->task = task != NULL ? g_object_ref (task) : NULL;
  load->cancellable = g_cancellable_new ();
  load->cursors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&load->pages);

  query = deck_lead_set_dup_query (self);
  load->query = deck_lead_query_to_json (query);

  /* Reloading the same view keeps the leads (same objects) and drops, at the end,
   * those the server no longer lists. */
  load->in_place = g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;
  if (load->in_place)
    load->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->load = load;  /* the set's reference */
  set_complete (self, FALSE);
  set_loading (self, TRUE);

  if (cancellable != NULL)
    {
      load->caller_cancellable = g_object_ref (cancellable);
      load->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                    g_object_ref (load->cancellable), g_object_unref);
      if (load->caller_handler == 0)
        {
          /* Already cancelled. */
          load_end (load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                               "The load was cancelled"));
          return;
        }
    }

  load_fetch (load, NULL);
}

void
deck_lead_set_load_async (DeckLeadSet         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DECK_IS_LEAD_SET (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_lead_set_load_async);
  g_task_set_name (task, "[deck-lead-set] load");
  lead_set_start_load (self, cancellable, task);
}

gboolean
deck_lead_set_load_finish (DeckLeadSet   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_lead_set_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
deck_lead_set_reload (DeckLeadSet *self)
{
  g_return_if_fail (DECK_IS_LEAD_SET (self));

  /* Errors land in "error". */
  lead_set_start_load (self, NULL, NULL);
}

void
deck_lead_set_cancel (DeckLeadSet *self)
{
  g_return_if_fail (DECK_IS_LEAD_SET (self));

  if (self->load != NULL)
    load_end (self->load, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                               "The load was cancelled"));
}

/* Single leads */

DeckLead *
deck_lead_set_lookup (DeckLeadSet *self,
                      const char  *id)
{
  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

DeckLead *
deck_lead_set_update_lead (DeckLeadSet *self,
                           DeckLead    *fresh)
{
  DeckLead *existing;

  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);
  g_return_val_if_fail (DECK_IS_LEAD (fresh), NULL);

  existing = g_hash_table_lookup (self->by_id, deck_lead_get_id (fresh));
  if (existing == NULL)
    return NULL;

  deck_lead_update_from_lead (existing, fresh);
  return existing;
}

DeckLead *
deck_lead_set_add_lead (DeckLeadSet *self,
                        DeckLead    *lead)
{
  DeckLead *existing;

  g_return_val_if_fail (DECK_IS_LEAD_SET (self), NULL);
  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

  if ((existing = deck_lead_set_update_lead (self, lead)) != NULL)
    return existing;

  /* An in-place reload in flight must not drop it as vanished. */
  if (self->load != NULL && self->load->seen != NULL)
    g_hash_table_add (self->load->seen, g_strdup (deck_lead_get_id (lead)));

  g_hash_table_insert (self->by_id, (gpointer) deck_lead_get_id (lead), lead);
  lead_store_append (self->store, lead);
  update_n_loaded (self);
  return lead;
}

guint
deck_lead_set_remove_leads (DeckLeadSet        *self,
                            const char * const *ids)
{
  g_autoptr(GHashTable) doomed = NULL;
  GListModel *model;
  guint removed = 0;
  guint i;

  g_return_val_if_fail (DECK_IS_LEAD_SET (self), 0);

  if (ids == NULL)
    return 0;

  doomed = g_hash_table_new (NULL, NULL);
  for (i = 0; ids[i] != NULL; i++)
    {
      DeckLead *lead = g_hash_table_lookup (self->by_id, ids[i]);

      if (lead != NULL)
        g_hash_table_add (doomed, lead);
    }

  if (g_hash_table_size (doomed) == 0)
    return 0;

  /* One walk from the end, removing runs, so positions stay valid. */
  model = G_LIST_MODEL (self->store);
  i = g_list_model_get_n_items (model);
  while (i > 0 && removed < g_hash_table_size (doomed))
    {
      guint run_end = i;

      while (i > 0)
        {
          g_autoptr(DeckLead) lead = g_list_model_get_item (model, i - 1);

          if (!g_hash_table_contains (doomed, lead))
            break;
          g_hash_table_remove (self->by_id, deck_lead_get_id (lead));
          removed++;
          i--;
        }

      if (run_end > i)
        lead_store_splice (self->store, i, run_end - i, NULL, 0);
      if (i > 0)
        i--;
    }

  update_n_loaded (self);
  return removed;
}
