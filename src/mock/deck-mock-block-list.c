/* deck-mock-block-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-block-list"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-leads-private.h"
#include "deck-mock-lead-schemas-private.h"

#define DEFAULT_LIMIT 10

static DeckMockBlockEntry *
find_entry (DeckMockStore *store,
            const char    *value)
{
  for (guint i = 0; i < store->leads->block_list->len; i++)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (store->leads->block_list, i);

      if (g_str_equal (entry->value, value))
        return entry;
    }
  return NULL;
}

static gboolean
entry_matches (DeckMockBlockEntry *entry,
               gboolean            domains_only,
               const char         *needle)
{
  if (domains_only && !entry->is_domain)
    return FALSE;
  return needle == NULL || strstr (entry->value, needle) != NULL;
}

static char *
query_needle (DeckMockContext *ctx)
{
  const char *search = deck_mock_query_string (ctx, "search");

  if (search == NULL || *search == '\0')
    return NULL;
  return g_strstrip (g_ascii_strdown (search, -1));
}

/* GET /api/v2/block-lists-entries */

static void
handle_list (DeckMockContext *ctx)
{
  GPtrArray *entries = ctx->store->leads->block_list;
  g_autofree char *needle = query_needle (ctx);
  gboolean domains_only = deck_mock_query_bool (ctx, "domains_only");
  JsonArray *items = json_array_new ();
  DeckMockBlockEntry *last = NULL;
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_id (entries, deck_mock_query_string (ctx, "starting_after"));
       i < entries->len; i++)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (entries, i);

      if (!entry_matches (entry, domains_only, needle))
        continue;
      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_block_entry_to_json (ctx->store, entry));
      last = entry;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/block-lists-entries: an entry already there is answered as is. */

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autofree char *value = deck_mock_block_value_normalize (json_object_get_string_member (body, "bl_value"));
  DeckMockBlockEntry *entry;

  if (value == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/bl_value must be an email address or a domain");
      return;
    }

  entry = find_entry (ctx->store, value);
  if (entry == NULL)
    entry = deck_mock_store_add_block_entry (ctx->store, value, deck_mock_now_ms ());
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_block_entry_to_json (ctx->store, entry));
}

/* POST /api/v2/block-lists-entries/bulk-create */

static void
handle_bulk_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  JsonArray *values = json_object_get_array_member (body, "bl_values");
  JsonArray *items = json_array_new ();
  JsonObject *reply = json_object_new ();
  JsonNode *node;
  guint valid = 0;
  guint invalid = 0;
  gint64 now = deck_mock_now_ms ();

  for (guint i = 0; i < json_array_get_length (values); i++)
    {
      g_autofree char *value = deck_mock_block_value_normalize (json_array_get_string_element (values, i));
      DeckMockBlockEntry *entry;

      if (value == NULL)
        {
          invalid++;
          continue;
        }
      valid++;
      /* Duplicates (in the request or the list) are valid but not added twice. */
      if (find_entry (ctx->store, value) != NULL)
        continue;
      entry = deck_mock_store_add_block_entry (ctx->store, value, now);
      json_array_add_element (items, deck_mock_block_entry_to_json (ctx->store, entry));
    }

  json_object_set_array_member (reply, "items", items);
  json_object_set_int_member (reply, "valid_count", valid);
  json_object_set_int_member (reply, "invalid_count", invalid);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, reply);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* Removes the entries @func selects; answers them as a bare array. */
static void
remove_entries (DeckMockContext *ctx,
                gboolean       (*func) (DeckMockBlockEntry *, gpointer),
                gpointer         user_data)
{
  GPtrArray *entries = ctx->store->leads->block_list;
  JsonArray *removed = json_array_new ();
  JsonNode *node;

  for (guint i = 0; i < entries->len;)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (entries, i);

      if (func (entry, user_data))
        {
          json_array_add_element (removed, deck_mock_block_entry_to_json (ctx->store, entry));
          g_ptr_array_remove_index (entries, i);
        }
      else
        i++;
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, removed);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

typedef struct
{
  gboolean  domains_only;
  char     *needle;
} Selection;

static gboolean
selected (DeckMockBlockEntry *entry,
          gpointer            user_data)
{
  Selection *selection = user_data;

  return entry_matches (entry, selection->domains_only, selection->needle);
}

/* DELETE /api/v2/block-lists-entries */

static void
handle_delete_all (DeckMockContext *ctx)
{
  Selection selection = { deck_mock_query_bool (ctx, "domains_only"), query_needle (ctx) };

  remove_entries (ctx, selected, &selection);
  g_free (selection.needle);
}

/* POST /api/v2/block-lists-entries/bulk-delete */

static gboolean
in_ids (DeckMockBlockEntry *entry,
        gpointer            user_data)
{
  JsonArray *ids = user_data;

  for (guint i = 0; i < json_array_get_length (ids); i++)
    if (g_strcmp0 (json_array_get_string_element (ids, i), entry->id) == 0)
      return TRUE;
  return FALSE;
}

static void
handle_bulk_delete (DeckMockContext *ctx)
{
  remove_entries (ctx, in_ids, json_object_get_array_member (deck_mock_body_object (ctx), "ids"));
}

/* GET /api/v2/block-lists-entries/download: CSV, not JSON. */

static void
handle_download (DeckMockContext *ctx)
{
  GPtrArray *entries = ctx->store->leads->block_list;
  g_autofree char *needle = query_needle (ctx);
  gboolean domains_only = deck_mock_query_bool (ctx, "domains_only");
  GString *csv = g_string_new ("Blocked Email,Date\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *created = NULL;

      if (!entry_matches (entry, domains_only, needle))
        continue;
      created = deck_mock_format_time (entry->created_ms);
      g_string_append_printf (csv, "%s,%s\r\n", entry->value, created);
    }

  ctx->status = SOUP_STATUS_OK;
  ctx->text_reply = g_string_free (csv, FALSE);
  ctx->text_content_type = "text/csv; charset=utf-8";
}

/* GET, PATCH, DELETE /api/v2/block-lists-entries/{id} */

static DeckMockBlockEntry *
lookup_or_404 (DeckMockContext *ctx,
               guint           *index)
{
  GPtrArray *entries = ctx->store->leads->block_list;
  const char *id = g_hash_table_lookup (ctx->params, "id");

  for (guint i = 0; i < entries->len; i++)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->id, id))
        {
          if (index != NULL)
            *index = i;
          return entry;
        }
    }
  deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Block list entry not found");
  return NULL;
}

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockBlockEntry *entry = lookup_or_404 (ctx, NULL);

  if (entry != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_block_entry_to_json (ctx->store, entry));
}

static void
handle_patch (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockBlockEntry *entry = lookup_or_404 (ctx, NULL);
  g_autofree char *value = NULL;
  DeckMockBlockEntry *other;

  if (entry == NULL)
    return;

  value = deck_mock_block_value_normalize (json_object_get_string_member (body, "bl_value"));
  if (value == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/bl_value must be an email address or a domain");
      return;
    }
  other = find_entry (ctx->store, value);
  if (other != NULL && other != entry)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "This email or domain is already on the block list");
      return;
    }

  g_free (entry->value);
  entry->value = g_steal_pointer (&value);
  entry->is_domain = strchr (entry->value, '@') == NULL;
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_block_entry_to_json (ctx->store, entry));
}

static void
handle_delete (DeckMockContext *ctx)
{
  guint index = 0;
  DeckMockBlockEntry *entry = lookup_or_404 (ctx, &index);

  if (entry == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_block_entry_to_json (ctx->store, entry));
  g_ptr_array_remove_index (ctx->store->leads->block_list, index);
}

static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/block-lists-entries",             "block_list_entries:create", NULL,                         CREATE_BLOCK_ENTRY_SCHEMA,        TRUE,  handle_create },
  { "GET",    "/api/v2/block-lists-entries",             "block_list_entries:read",   LIST_BLOCK_ENTRIES_QUERY,     NULL,                             FALSE, handle_list },
  { "DELETE", "/api/v2/block-lists-entries",             "block_list_entries:delete", DELETE_BLOCK_ENTRIES_QUERY,   NULL,                             FALSE, handle_delete_all },
  { "POST",   "/api/v2/block-lists-entries/bulk-create", "block_list_entries:create", NULL,                         BULK_CREATE_BLOCK_ENTRIES_SCHEMA, TRUE,  handle_bulk_create },
  { "POST",   "/api/v2/block-lists-entries/bulk-delete", "block_list_entries:delete", NULL,                         BULK_DELETE_BLOCK_ENTRIES_SCHEMA, TRUE,  handle_bulk_delete },
  { "GET",    "/api/v2/block-lists-entries/download",    "block_list_entries:read",   DOWNLOAD_BLOCK_ENTRIES_QUERY, NULL,                             FALSE, handle_download },
  { "GET",    "/api/v2/block-lists-entries/{id}",        "block_list_entries:read",   NULL,                         NULL,                             FALSE, handle_get },
  { "PATCH",  "/api/v2/block-lists-entries/{id}",        "block_list_entries:update", NULL,                         PATCH_BLOCK_ENTRY_SCHEMA,         TRUE,  handle_patch },
  { "DELETE", "/api/v2/block-lists-entries/{id}",        "block_list_entries:delete", NULL,                         NULL,                             FALSE, handle_delete },
};

const DeckMockRoute *
deck_mock_block_list_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
