/* deck-mock-tags.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-tags"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

#define DEFAULT_LIMIT 10

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define CREATE_TAG_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\",\"minLength\":1,\"p" \
  "attern\":\".*\\\\S.*\"},\"description\":{\"type\":[\"string\",\"null\"]}},\"required\":" \
  "[\"label\"],\"additionalProperties\":false}"

#define PATCH_TAG_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\",\"minLength\":1,\"p" \
  "attern\":\".*\\\\S.*\"},\"description\":{\"type\":[\"string\",\"null\"]}},\"additional" \
  "Properties\":false}"

#define LIST_TAGS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"ma" \
  "ximum\":100},\"starting_after\":{\"type\":\"string\"},\"search\":{\"type\":\"string\"" \
  "},\"resource_ids\":{\"type\":\"string\"},\"tag_ids\":{\"type\":\"string\"}}}"

#define TOGGLE_SCHEMA \
  "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"tag_ids\":{\"" \
  "type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}},\"resource_type\":{\"" \
  "type\":\"number\",\"enum\":[1,2]},\"resource_ids\":{\"type\":\"array\",\"minItems\":1" \
  ",\"items\":{\"type\":\"string\"}},\"excluded_resource_ids\":{\"type\":\"array\",\"min" \
  "Items\":1,\"items\":{\"type\":\"string\"}},\"assign\":{\"type\":\"boolean\"},\"selecte" \
  "d_all\":{\"type\":\"boolean\"},\"filter\":{\"oneOf\":[{\"type\":[\"string\",\"null\"],\"" \
  "enum\":[\"ACC_FILTER_PAUSED\",\"ACC_FILTER_ERROR\",\"ACC_FILTER_NO_CTD\",\"ACC_F" \
  "ILTER_PW_ACCOUNTS\",\"ACC_FILTER_DFY\",\"ACC_FILTER_DFY_SETUP_PENDING\",\"ACC_" \
  "FILTER_W_ACTIVE\",\"ACC_FILTER_W_PAUSED\",\"ACC_FILTER_W_ERROR\",null]},{\"typ" \
  "e\":\"object\",\"additionalProperties\":false,\"properties\":{\"tag_id\":{\"oneOf\"" \
  ":[{\"type\":\"string\"},{\"type\":\"string\",\"enum\":[\"no-tag\"]}]},\"tag_ids\":{\"ty" \
  "pe\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}},\"tag_ids_all\":{\"type" \
  "\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}},\"filter\":{\"type\":[\"str" \
  "ing\",\"null\"],\"enum\":[\"ACC_FILTER_PAUSED\",\"ACC_FILTER_ERROR\",\"ACC_FILTER_" \
  "NO_CTD\",\"ACC_FILTER_PW_ACCOUNTS\",\"ACC_FILTER_DFY\",\"ACC_FILTER_DFY_SETUP_" \
  "PENDING\",\"ACC_FILTER_W_ACTIVE\",\"ACC_FILTER_W_PAUSED\",\"ACC_FILTER_W_ERROR" \
  "\",null]},\"search\":{\"type\":\"string\"}}}]},\"search\":{\"type\":\"string\"}},\"req" \
  "uired\":[\"tag_ids\",\"resource_type\",\"assign\"]}"

#define LIST_MAPPINGS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"ma" \
  "ximum\":100},\"starting_after\":{\"type\":\"string\"},\"resource_ids\":{\"type\":\"s" \
  "tring\"}}}"

static gboolean
tag_has_resource (DeckMockStore *store,
                  DeckMockTag   *tag,
                  char         **resource_ids)
{
  for (guint i = 0; i < store->mappings->len; i++)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (store->mappings, i);

      if (g_str_equal (mapping->tag_id, tag->id) &&
          g_strv_contains ((const char * const *) resource_ids, mapping->resource_id))
        return TRUE;
    }
  return FALSE;
}

/* Items are kept in id order (UUIDv7: creation order); the cursor is the last id. */
static guint
index_after_cursor (GPtrArray  *array,
                    const char *cursor)
{
  if (cursor == NULL || *cursor == '\0')
    return 0;

  for (guint i = 0; i < array->len; i++)
    {
      /* Each element starts with its char *id. */
      const char *id = *(const char **) g_ptr_array_index (array, i);

      if (strcmp (id, cursor) > 0)
        return i;
    }
  return array->len;
}

/* GET /api/v2/custom-tags */

static void
handle_list (DeckMockContext *ctx)
{
  g_auto(GStrv) resource_ids = deck_mock_split_list (deck_mock_query_string (ctx, "resource_ids"));
  g_auto(GStrv) tag_ids = deck_mock_split_list (deck_mock_query_string (ctx, "tag_ids"));
  const char *search = deck_mock_query_string (ctx, "search");
  g_autofree char *needle = search ? g_utf8_casefold (search, -1) : NULL;
  JsonArray *items = json_array_new ();
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  DeckMockTag *last = NULL;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = index_after_cursor (ctx->store->tags, deck_mock_query_string (ctx, "starting_after"));
       i < ctx->store->tags->len; i++)
    {
      DeckMockTag *tag = g_ptr_array_index (ctx->store->tags, i);

      if (tag_ids != NULL && !g_strv_contains ((const char * const *) tag_ids, tag->id))
        continue;
      if (resource_ids != NULL && !tag_has_resource (ctx->store, tag, resource_ids))
        continue;
      if (needle != NULL)
        {
          g_autofree char *label = g_utf8_casefold (tag->label, -1);

          if (strstr (label, needle) == NULL)
            continue;
        }

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_tag_to_json (ctx->store, tag));
      last = tag;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/custom-tags */

static const char *
nullable_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return json_node_get_string (node);
}

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *label = json_object_get_string_member (body, "label");
  DeckMockTag *tag;

  if (deck_mock_store_find_tag_label (ctx->store, label) != NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_CONFLICT, "A custom tag with this label already exists");
      return;
    }

  tag = deck_mock_store_add_tag (ctx->store, label, nullable_string (body, "description"), deck_mock_now_ms ());
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_tag_to_json (ctx->store, tag));
}

/* GET, PATCH, DELETE /api/v2/custom-tags/{id} */

static DeckMockTag *
lookup_or_404 (DeckMockContext *ctx)
{
  DeckMockTag *tag = deck_mock_store_lookup_tag (ctx->store, g_hash_table_lookup (ctx->params, "id"));

  if (tag == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Custom tag not found");
  return tag;
}

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockTag *tag = lookup_or_404 (ctx);

  if (tag != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_tag_to_json (ctx->store, tag));
}

static void
handle_patch (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockTag *tag = lookup_or_404 (ctx);

  if (tag == NULL)
    return;

  if (json_object_has_member (body, "label"))
    {
      DeckMockTag *other = deck_mock_store_find_tag_label (ctx->store, json_object_get_string_member (body, "label"));

      if (other != NULL && other != tag)
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_CONFLICT, "A custom tag with this label already exists");
          return;
        }
      g_free (tag->label);
      tag->label = g_strstrip (g_strdup (json_object_get_string_member (body, "label")));
    }
  if (json_object_has_member (body, "description"))
    {
      g_free (tag->description);
      tag->description = g_strdup (nullable_string (body, "description"));
    }
  tag->updated_ms = deck_mock_now_ms ();

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_tag_to_json (ctx->store, tag));
}

static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockTag *tag = lookup_or_404 (ctx);

  if (tag == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_tag_to_json (ctx->store, tag));
  deck_mock_store_remove_tag (ctx->store, tag);
}

/* POST /api/v2/custom-tags/toggle-resource */

static GPtrArray *
selected_accounts (DeckMockContext *ctx,
                   JsonObject      *body)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  DeckMockAccountFilter filter = { 0 };
  g_auto(GStrv) tag_any = NULL;
  g_auto(GStrv) tag_all = NULL;
  JsonArray *excluded = NULL;
  JsonNode *by = json_object_get_member (body, "filter");
  GSequenceIter *iter;

  if (json_object_has_member (body, "excluded_resource_ids"))
    excluded = json_object_get_array_member (body, "excluded_resource_ids");

  filter.search = json_object_get_string_member_with_default (body, "search", NULL);
  if (by != NULL && JSON_NODE_HOLDS_VALUE (by))
    filter.filter = json_node_get_string (by);
  else if (by != NULL && JSON_NODE_HOLDS_OBJECT (by))
    {
      JsonObject *object = json_node_get_object (by);
      const char *tag_id = json_object_get_string_member_with_default (object, "tag_id", NULL);

      filter.filter = nullable_string (object, "filter");
      if (filter.search == NULL)
        filter.search = json_object_get_string_member_with_default (object, "search", NULL);
      if (tag_id != NULL && !g_str_equal (tag_id, "no-tag"))
        {
          tag_any = g_new0 (char *, 2);
          tag_any[0] = g_strdup (tag_id);
        }
      if (json_object_has_member (object, "tag_ids"))
        {
          JsonArray *array = json_object_get_array_member (object, "tag_ids");

          g_strfreev (tag_any);
          tag_any = g_new0 (char *, json_array_get_length (array) + 1);
          for (guint i = 0; i < json_array_get_length (array); i++)
            tag_any[i] = g_strdup (json_array_get_string_element (array, i));
        }
      if (json_object_has_member (object, "tag_ids_all"))
        {
          JsonArray *array = json_object_get_array_member (object, "tag_ids_all");

          tag_all = g_new0 (char *, json_array_get_length (array) + 1);
          for (guint i = 0; i < json_array_get_length (array); i++)
            tag_all[i] = g_strdup (json_array_get_string_element (array, i));
        }
    }
  filter.tag_ids_any = tag_any;
  filter.tag_ids_all = tag_all;

  for (iter = g_sequence_get_begin_iter (ctx->store->account_order);
       !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    {
      DeckMockAccount *account = g_sequence_get (iter);
      const char *email = account->email;
      gboolean skip = FALSE;

      for (guint i = 0; excluded != NULL && i < json_array_get_length (excluded) && !skip; i++)
        skip = g_ascii_strcasecmp (json_array_get_string_element (excluded, i), email) == 0;
      if (by != NULL && JSON_NODE_HOLDS_OBJECT (by) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (by), "tag_id", NULL), "no-tag") == 0 &&
          account->tag_ids != NULL && account->tag_ids->len > 0)
        skip = TRUE;
      if (!skip && deck_mock_account_matches (ctx->store, account, &filter))
        g_ptr_array_add (ids, g_strdup (email));
    }

  return ids;
}

static void
handle_toggle (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  JsonArray *tag_ids = json_object_get_array_member (body, "tag_ids");
  int resource_type = (int) json_object_get_int_member (body, "resource_type");
  gboolean assign = json_object_get_boolean_member (body, "assign");
  g_autoptr(GPtrArray) resource_ids = NULL;
  gint64 now = deck_mock_now_ms ();
  JsonObject *reply;
  JsonNode *node;

  for (guint i = 0; i < json_array_get_length (tag_ids); i++)
    if (deck_mock_store_lookup_tag (ctx->store, json_array_get_string_element (tag_ids, i)) == NULL)
      {
        deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Custom tag %s not found",
                               json_array_get_string_element (tag_ids, i));
        return;
      }

  if (json_object_get_boolean_member_with_default (body, "selected_all", FALSE))
    {
      /* This mock keeps no campaigns: selecting all of them selects nothing. */
      resource_ids = resource_type == 1 ? selected_accounts (ctx, body)
                                        : g_ptr_array_new_with_free_func (g_free);
    }
  else if (json_object_has_member (body, "resource_ids"))
    {
      JsonArray *array = json_object_get_array_member (body, "resource_ids");

      resource_ids = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (resource_ids, g_strdup (json_array_get_string_element (array, i)));
    }
  else
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body must have required property 'resource_ids'");
      return;
    }

  for (guint i = 0; i < json_array_get_length (tag_ids); i++)
    for (guint j = 0; j < resource_ids->len; j++)
      deck_mock_store_set_tag_mapping (ctx->store, json_array_get_string_element (tag_ids, i),
                                       resource_type, g_ptr_array_index (resource_ids, j), assign, now);

  reply = json_object_new ();
  json_object_set_boolean_member (reply, "success", TRUE);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, reply);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* GET /api/v2/custom-tag-mappings */

static void
handle_list_mappings (DeckMockContext *ctx)
{
  g_auto(GStrv) resource_ids = deck_mock_split_list (deck_mock_query_string (ctx, "resource_ids"));
  JsonArray *items = json_array_new ();
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  DeckMockTagMapping *last = NULL;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = index_after_cursor (ctx->store->mappings, deck_mock_query_string (ctx, "starting_after"));
       i < ctx->store->mappings->len; i++)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (ctx->store->mappings, i);

      if (resource_ids != NULL && !g_strv_contains ((const char * const *) resource_ids, mapping->resource_id))
        continue;

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_mapping_to_json (ctx->store, mapping));
      last = mapping;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

static const DeckMockRoute routes[] = {
  { "GET",    "/api/v2/custom-tags",                 "custom_tags:read",         LIST_TAGS_QUERY,     NULL,              FALSE, handle_list },
  { "POST",   "/api/v2/custom-tags",                 "custom_tags:create",       NULL,                CREATE_TAG_SCHEMA, TRUE,  handle_create },
  { "POST",   "/api/v2/custom-tags/toggle-resource", "custom_tags:update",       NULL,                TOGGLE_SCHEMA,     TRUE,  handle_toggle },
  { "GET",    "/api/v2/custom-tags/{id}",            "custom_tags:read",         NULL,                NULL,              FALSE, handle_get },
  { "PATCH",  "/api/v2/custom-tags/{id}",            "custom_tags:update",       NULL,                PATCH_TAG_SCHEMA,  FALSE, handle_patch },
  { "DELETE", "/api/v2/custom-tags/{id}",            "custom_tags:delete",       NULL,                NULL,              FALSE, handle_delete },
  { "GET",    "/api/v2/custom-tag-mappings",         "custom_tag_mappings:read", LIST_MAPPINGS_QUERY, NULL,              FALSE, handle_list_mappings },
};

const DeckMockRoute *
deck_mock_tag_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
