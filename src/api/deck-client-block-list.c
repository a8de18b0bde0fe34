/* deck-client-block-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-block-list.h"
#include "deck-client-reply-private.h"

/* bulk-create and bulk-delete take at most this many values per request (spec maxItems). */
#define BATCH_SIZE 1000

DECK_REPLY_DEFINE_PARSER (parse_entry, deck_block_list_entry_new_from_json)

DeckPager *
deck_client_list_block_list (DeckClient *self,
                             const char *search,
                             gboolean    domains_only)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/block-lists-entries");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);
  if (domains_only)
    deck_client_append_query (path, "domains_only", "true");

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_BLOCK_LIST_ENTRY, parse_entry);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

/* Building up to a thousand entries of one batch reply happens in a worker thread
 * (DESIGN.md §4); the main thread only appends them. */

static void
build_entries_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  JsonArray *items = task_data;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = json_array_get_length (items);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      g_autoptr(GError) error = NULL;
      DeckBlockListEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "A block list entry in the reply is not an object");
          return;
        }

      entry = deck_block_list_entry_new_from_json (json_node_get_object (node), &error);
      if (entry == NULL)
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "A block list entry in the reply is not usable: %s",
                                   error->message);
          return;
        }
      g_ptr_array_add (entries, entry);
    }

  g_task_return_pointer (task, g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
}

static void
build_entries_async (DeckClient          *client,
                     JsonArray           *items,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (client, cancellable, callback, user_data);

  g_task_set_source_tag (task, build_entries_async);
  g_task_set_task_data (task, json_array_ref (items), (GDestroyNotify) json_array_unref);
  g_task_run_in_thread (task, build_entries_thread);
}

static GPtrArray *
build_entries_finish (DeckClient    *client,
                      GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* State of a bulk operation that runs batch after batch. */
typedef struct
{
  GPtrArray *values;   /* the strings to send (owned) */
  guint      next;     /* index of the first value of the next batch */
  GPtrArray *entries;  /* bulk-create: entries created so far */
  guint      valid;
  guint      invalid;
  guint      deleted;
} Bulk;

static void
bulk_free (gpointer data)
{
  Bulk *bulk = data;

  g_clear_pointer (&bulk->values, g_ptr_array_unref);
  g_clear_pointer (&bulk->entries, g_ptr_array_unref);
  g_free (bulk);
}

static Bulk *
bulk_new (const char * const *values)
{
  Bulk *bulk = g_new0 (Bulk, 1);

  bulk->values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    g_ptr_array_add (bulk->values, g_strdup (values[i]));
  bulk->entries = g_ptr_array_new_with_free_func (g_object_unref);

  return bulk;
}

/* The next batch as {"@member": [...]}, advancing bulk->next. */
static JsonNode *
bulk_take_batch (Bulk       *bulk,
                 const char *member)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint end = MIN (bulk->values->len, bulk->next + BATCH_SIZE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = bulk->next; i < end; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (bulk->values, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  bulk->next = end;

  return json_builder_get_root (builder);
}

/* Adding */

static void add_next_batch (GTask *task);

static void
on_add_entries_built (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Bulk *bulk = g_task_get_task_data (task);
  g_autoptr(GPtrArray) entries = NULL;
  GError *error = NULL;

  entries = build_entries_finish (DECK_CLIENT (source), result, &error);
  if (entries == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (bulk->entries, g_object_ref (g_ptr_array_index (entries, i)));

  add_next_batch (task);
}

static void
on_add_reply (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeckClient *client = DECK_CLIENT (source);
  Bulk *bulk = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;
  JsonObject *object;
  JsonNode *items;
  JsonNode *count;
  double number;

  node = deck_client_call_finish (client, result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The block list reply is not an object");
      return;
    }

  object = json_node_get_object (node);
  if ((count = json_object_get_member (object, "valid_count")) != NULL &&
      JSON_NODE_HOLDS_VALUE (count) && (number = json_node_get_double (count)) > 0)
    bulk->valid += (guint) number;
  if ((count = json_object_get_member (object, "invalid_count")) != NULL &&
      JSON_NODE_HOLDS_VALUE (count) && (number = json_node_get_double (count)) > 0)
    bulk->invalid += (guint) number;

  items = json_object_get_member (object, "items");
  if (items == NULL || JSON_NODE_HOLDS_NULL (items))
    {
      add_next_batch (task);
      return;
    }
  if (!JSON_NODE_HOLDS_ARRAY (items))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The block list reply has no list of entries");
      return;
    }

  build_entries_async (client, json_node_get_array (items), g_task_get_cancellable (task),
                       on_add_entries_built, g_object_ref (task));
}

static void
add_next_batch (GTask *task)
{
  Bulk *bulk = g_task_get_task_data (task);
  g_autoptr(JsonNode) body = NULL;

  if (bulk->next >= bulk->values->len)
    {
      g_task_return_pointer (task, g_ptr_array_ref (bulk->entries),
                             (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  body = bulk_take_batch (bulk, "bl_values");
  deck_client_call_async (g_task_get_source_object (task), "POST",
                          "/api/v2/block-lists-entries/bulk-create", body,
                          g_task_get_cancellable (task), on_add_reply, g_object_ref (task));
}

void
deck_client_add_block_list_entries_async (DeckClient          *self,
                                          const char * const  *values,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (values != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_add_block_list_entries_async,
                              cancellable, callback, user_data);
  g_task_set_task_data (task, bulk_new (values), bulk_free);
  /* Nothing to send finishes at once: the server refuses an empty bl_values. */
  add_next_batch (task);
}

GPtrArray *
deck_client_add_block_list_entries_finish (DeckClient    *self,
                                           GAsyncResult  *result,
                                           guint         *out_valid,
                                           guint         *out_invalid,
                                           GError       **error)
{
  GPtrArray *entries;

  entries = deck_reply_propagate_pointer (self, result, deck_client_add_block_list_entries_async,
                                          error);
  if (entries != NULL)
    {
      Bulk *bulk = g_task_get_task_data (G_TASK (result));

      if (out_valid != NULL)
        *out_valid = bulk->valid;
      if (out_invalid != NULL)
        *out_invalid = bulk->invalid;
    }

  return entries;
}

/* Deleting */

static void delete_next_batch (GTask *task);

static void
on_delete_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Bulk *bulk = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* bulk-delete answers the deleted entries as a bare array, DELETE /{id} the entry. */
  if (JSON_NODE_HOLDS_ARRAY (node))
    bulk->deleted += json_array_get_length (json_node_get_array (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    bulk->deleted += 1;
  else
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The block list reply is neither a list nor an entry");
      return;
    }

  delete_next_batch (task);
}

static void
delete_next_batch (GTask *task)
{
  Bulk *bulk = g_task_get_task_data (task);
  DeckClient *client = g_task_get_source_object (task);
  g_autoptr(JsonNode) body = NULL;

  if (bulk->next >= bulk->values->len)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (bulk->values->len == 1)
    {
      g_autofree char *path = deck_reply_path ("block-lists-entries",
                                               g_ptr_array_index (bulk->values, 0), NULL);

      bulk->next = 1;
      /* No body, so no Content-Type (CATALOG §1.2). */
      deck_client_call_async (client, "DELETE", path, NULL, g_task_get_cancellable (task),
                              on_delete_reply, g_object_ref (task));
      return;
    }

  body = bulk_take_batch (bulk, "ids");
  deck_client_call_async (client, "POST", "/api/v2/block-lists-entries/bulk-delete", body,
                          g_task_get_cancellable (task), on_delete_reply, g_object_ref (task));
}

void
deck_client_delete_block_list_entries_async (DeckClient          *self,
                                             const char * const  *ids,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (ids != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_delete_block_list_entries_async,
                              cancellable, callback, user_data);
  g_task_set_task_data (task, bulk_new (ids), bulk_free);
  delete_next_batch (task);
}

gboolean
deck_client_delete_block_list_entries_finish (DeckClient    *self,
                                              GAsyncResult  *result,
                                              guint         *out_deleted,
                                              GError       **error)
{
  gboolean ok;

  ok = deck_reply_propagate_boolean (self, result, deck_client_delete_block_list_entries_async,
                                     error);
  if (ok && out_deleted != NULL)
    {
      Bulk *bulk = g_task_get_task_data (G_TASK (result));

      *out_deleted = bulk->deleted;
    }

  return ok;
}

/* Download */

static void
on_download_reply (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GBytes *bytes;

  bytes = deck_client_call_raw_finish (DECK_CLIENT (source), result, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
deck_client_download_block_list_async (DeckClient          *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_download_block_list_async,
                              cancellable, callback, user_data);
  /* The download answers text/csv; errors still come as JSON. */
  deck_client_call_raw_async (self, "GET", "/api/v2/block-lists-entries/download",
                              "text/csv, application/json", cancellable,
                              on_download_reply, g_object_ref (task));
}

GBytes *
deck_client_download_block_list_finish (DeckClient    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_download_block_list_async,
                                       error);
}
