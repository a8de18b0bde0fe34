/* deck-mock-lead-lists.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-lead-lists"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-leads-private.h"
#include "deck-mock-lead-schemas-private.h"

#define DEFAULT_LIMIT 10

static int
nullable_bool (JsonObject *body,
               const char *member)
{
  JsonNode *node = json_object_get_member (body, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return -1;
  return json_node_get_boolean (node) ? 1 : 0;
}

static gboolean
name_is_blank (const char *name)
{
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* GET /api/v2/lead-lists: in creation order, the cursor is a timestamp. */

static void
handle_list (DeckMockContext *ctx)
{
  GPtrArray *lists = ctx->store->leads->lists;
  const char *search = deck_mock_query_string (ctx, "search");
  g_autofree char *needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  gboolean by_enrichment = json_object_has_member (ctx->query, "has_enrichment_task");
  gboolean enrichment = deck_mock_query_bool (ctx, "has_enrichment_task");
  JsonArray *items = json_array_new ();
  g_autofree char *next = NULL;
  DeckMockLeadList *last = NULL;
  gint64 limit = DEFAULT_LIMIT;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_time (lists, G_STRUCT_OFFSET (DeckMockLeadList, created_ms),
                                             deck_mock_query_string (ctx, "starting_after"));
       i < lists->len; i++)
    {
      DeckMockLeadList *list = g_ptr_array_index (lists, i);

      if (by_enrichment && (list->has_enrichment_task == 1) != enrichment)
        continue;
      if (needle != NULL)
        {
          g_autofree char *name = g_utf8_casefold (list->name, -1);

          if (strstr (name, needle) == NULL)
            continue;
        }
      if ((gint64) json_array_get_length (items) == limit)
        {
          next = deck_mock_format_time (last->created_ms);
          break;
        }
      json_array_add_element (items, deck_mock_lead_list_to_json (ctx->store, list));
      last = list;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/lead-lists */

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *name = json_object_get_string_member (body, "name");
  const char *owned_by = deck_mock_nullable_string (body, "owned_by");
  DeckMockLeadList *list;

  if (name_is_blank (name))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/name must not be empty");
      return;
    }

  list = deck_mock_store_add_lead_list (ctx->store, name, nullable_bool (body, "has_enrichment_task"),
                                        json_object_has_member (body, "owned_by") ? owned_by : ctx->store->user_id,
                                        deck_mock_now_ms ());
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_list_to_json (ctx->store, list));
}

/* GET, PATCH, DELETE /api/v2/lead-lists/{id} */

static DeckMockLeadList *
lookup_or_404 (DeckMockContext *ctx)
{
  DeckMockLeadList *list = deck_mock_store_lookup_lead_list (ctx->store, g_hash_table_lookup (ctx->params, "id"));

  if (list == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead list not found");
  return list;
}

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockLeadList *list = lookup_or_404 (ctx);

  if (list != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_list_to_json (ctx->store, list));
}

static void
handle_patch (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLeadList *list = lookup_or_404 (ctx);

  if (list == NULL)
    return;

  if (json_object_has_member (body, "name"))
    {
      const char *name = json_object_get_string_member (body, "name");

      if (name_is_blank (name))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/name must not be empty");
          return;
        }
      g_free (list->name);
      list->name = g_strdup (name);
    }
  if (json_object_has_member (body, "has_enrichment_task"))
    list->has_enrichment_task = nullable_bool (body, "has_enrichment_task");
  if (json_object_has_member (body, "owned_by"))
    {
      g_free (list->owned_by);
      list->owned_by = g_strdup (deck_mock_nullable_string (body, "owned_by"));
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_list_to_json (ctx->store, list));
}

static gboolean
lead_in_list (DeckMockLead *lead,
              gpointer      list_id)
{
  return g_strcmp0 (lead->list_id, list_id) == 0;
}

static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockLeadList *list = lookup_or_404 (ctx);

  if (list == NULL)
    return;

  /* The list's leads go with it. */
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_list_to_json (ctx->store, list));
  deck_mock_store_remove_leads_if (ctx->store, lead_in_list, list->id, G_MAXUINT);
  g_ptr_array_remove (ctx->store->leads->lists, list);
}

/* GET /api/v2/lead-lists/{id}/verification-stats */

static void
handle_verification_stats (DeckMockContext *ctx)
{
  DeckMockLeadList *list = lookup_or_404 (ctx);
  GPtrArray *leads = ctx->store->leads->leads;
  guint verified = 0, invalid = 0, risky = 0, catch_all = 0, job_change = 0;
  guint pending_finder = 0, pending_user = 0, total = 0;
  JsonObject *stats;
  JsonObject *reply;
  JsonNode *node;

  if (list == NULL)
    return;

  for (guint i = 0; i < leads->len; i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (g_strcmp0 (lead->list_id, list->id) != 0)
        continue;
      total++;
      switch (lead->verification)
        {
        case 1: verified++; break;
        case -1: invalid++; break;
        case -2: risky++; break;
        case -3: catch_all++; break;
        case -4: job_change++; break;
        case 11: pending_user++; break;
        case 12: pending_finder++; break;
        default: break;
        }
    }

  stats = json_object_new ();
  json_object_set_int_member (stats, "verified", verified);
  json_object_set_int_member (stats, "invalid", invalid);
  json_object_set_int_member (stats, "risky", risky);
  json_object_set_int_member (stats, "catch_all", catch_all);
  json_object_set_int_member (stats, "job_change", job_change);
  json_object_set_int_member (stats, "verification_job_pending_leadfinder", pending_finder);
  json_object_set_int_member (stats, "verification_job_pending_user", pending_user);
  reply = json_object_new ();
  json_object_set_object_member (reply, "stats", stats);
  json_object_set_int_member (reply, "total_leads", total);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, reply);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/lead-lists",                         "lead_lists:create", NULL,                  CREATE_LEAD_LIST_SCHEMA, TRUE,  handle_create },
  { "GET",    "/api/v2/lead-lists",                         "lead_lists:read",   LIST_LEAD_LISTS_QUERY, NULL,                    FALSE, handle_list },
  { "GET",    "/api/v2/lead-lists/{id}",                    "lead_lists:read",   NULL,                  NULL,                    FALSE, handle_get },
  { "PATCH",  "/api/v2/lead-lists/{id}",                    "lead_lists:update", NULL,                  PATCH_LEAD_LIST_SCHEMA,  TRUE,  handle_patch },
  { "DELETE", "/api/v2/lead-lists/{id}",                    "lead_lists:delete", NULL,                  NULL,                    FALSE, handle_delete },
  { "GET",    "/api/v2/lead-lists/{id}/verification-stats", "lead_lists:read",   NULL,                  NULL,                    FALSE, handle_verification_stats },
};

const DeckMockRoute *
deck_mock_lead_list_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
