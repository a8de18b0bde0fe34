/* deck-mock-lead-labels.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-lead-labels"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-leads-private.h"
#include "deck-mock-lead-schemas-private.h"

#define DEFAULT_LIMIT 10

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static int
nullable_bool (JsonObject *body,
               const char *member)
{
  JsonNode *node = json_object_get_member (body, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return -1;
  return json_node_get_boolean (node) ? 1 : 0;
}

static DeckMockLeadLabel *
find_label (DeckMockStore *store,
            const char    *text)
{
  g_autofree char *wanted = g_utf8_casefold (text, -1);

  for (guint i = 0; i < store->leads->labels->len; i++)
    {
      DeckMockLeadLabel *label = g_ptr_array_index (store->leads->labels, i);
      g_autofree char *folded = g_utf8_casefold (label->label, -1);

      if (g_str_equal (folded, wanted))
        return label;
    }
  return NULL;
}

/* GET /api/v2/lead-labels: in creation order, the cursor is a timestamp. */

static void
handle_list (DeckMockContext *ctx)
{
  GPtrArray *labels = ctx->store->leads->labels;
  const char *search = deck_mock_query_string (ctx, "search");
  const char *kind = deck_mock_query_string (ctx, "interest_status");
  g_autofree char *needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  JsonArray *items = json_array_new ();
  g_autofree char *next = NULL;
  DeckMockLeadLabel *last = NULL;
  gint64 limit = DEFAULT_LIMIT;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_time (labels, G_STRUCT_OFFSET (DeckMockLeadLabel, created_ms),
                                             deck_mock_query_string (ctx, "starting_after"));
       i < labels->len; i++)
    {
      DeckMockLeadLabel *label = g_ptr_array_index (labels, i);

      if (kind != NULL && !g_str_equal (kind, label->interest_status_label))
        continue;
      if (needle != NULL)
        {
          g_autofree char *text = g_utf8_casefold (label->label, -1);

          if (strstr (text, needle) == NULL)
            continue;
        }
      if ((gint64) json_array_get_length (items) == limit)
        {
          next = deck_mock_format_time (last->created_ms);
          break;
        }
      json_array_add_element (items, deck_mock_lead_label_to_json (ctx->store, label));
      last = label;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/lead-labels */

static gboolean
check_label_text (DeckMockContext   *ctx,
                  const char        *text,
                  DeckMockLeadLabel *self)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  DeckMockLeadLabel *other;

  if (*trimmed == '\0')
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/label must not be empty");
      return FALSE;
    }
  other = find_label (ctx->store, trimmed);
  if (other != NULL && other != self)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "A lead label with this name already exists");
      return FALSE;
    }
  return TRUE;
}

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *text = json_object_get_string_member (body, "label");
  g_autofree char *trimmed = NULL;
  DeckMockLeadLabel *label;

  if (!check_label_text (ctx, text, NULL))
    return;

  trimmed = g_strstrip (g_strdup (text));
  label = deck_mock_store_add_lead_label (ctx->store, trimmed,
                                          json_object_get_string_member (body, "interest_status_label"),
                                          deck_mock_nullable_string (body, "description"),
                                          nullable_bool (body, "use_with_ai"),
                                          deck_mock_now_ms ());
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_label_to_json (ctx->store, label));
}

/* GET, PATCH, DELETE /api/v2/lead-labels/{id} */

static DeckMockLeadLabel *
lookup_or_404 (DeckMockContext *ctx)
{
  DeckMockLeadLabel *label = deck_mock_store_lookup_lead_label (ctx->store, g_hash_table_lookup (ctx->params, "id"));

  if (label == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead label not found");
  return label;
}

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockLeadLabel *label = lookup_or_404 (ctx);

  if (label != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_label_to_json (ctx->store, label));
}

static void
handle_patch (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLeadLabel *label = lookup_or_404 (ctx);

  if (label == NULL)
    return;

  if (json_object_has_member (body, "label"))
    {
      const char *text = json_object_get_string_member (body, "label");

      if (!check_label_text (ctx, text, label))
        return;
      g_free (label->label);
      label->label = g_strstrip (g_strdup (text));
    }
  /* The numeric interest_status stays: leads keep theirs. */
  if (json_object_has_member (body, "interest_status_label"))
    {
      g_free (label->interest_status_label);
      label->interest_status_label = g_strdup (json_object_get_string_member (body, "interest_status_label"));
    }
  if (json_object_has_member (body, "description"))
    {
      g_free (label->description);
      label->description = g_strdup (deck_mock_nullable_string (body, "description"));
    }
  if (json_object_has_member (body, "use_with_ai"))
    label->use_with_ai = nullable_bool (body, "use_with_ai");

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_label_to_json (ctx->store, label));
}

static void
handle_delete (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLeadLabel *label = lookup_or_404 (ctx);
  GPtrArray *leads = ctx->store->leads->leads;
  int reassigned = DECK_MOCK_LEAD_UNSET;

  if (label == NULL)
    return;

  if (json_object_has_member (body, "reassigned_status"))
    {
      reassigned = (int) json_object_get_double_member (body, "reassigned_status");
      if ((reassigned < -4 || reassigned > 4) &&
          (deck_mock_store_find_label_status (ctx->store, reassigned) == NULL ||
           reassigned == label->interest_status))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                 "body/reassigned_status must be a lead interest status or another label's interest_status");
          return;
        }
    }

  /* Leads with this label get the reassigned status, or none. */
  for (guint i = 0; i < leads->len; i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (lead->interest == label->interest_status)
        lead->interest = reassigned;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_label_to_json (ctx->store, label));
  g_ptr_array_remove (ctx->store->leads->labels, label);
}

/* POST /api/v2/lead-labels/ai-reply-label: a deterministic stand-in for the
 * classifier, by keywords, preferring the AI-enabled custom labels. */

static gboolean
mentions (const char         *text,
          const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
label_mentioned (const char        *text,
                 DeckMockLeadLabel *label)
{
  g_autofree char *name = g_utf8_casefold (label->label, -1);
  g_autofree char *description = label->description != NULL ? g_utf8_casefold (label->description, -1) : NULL;
  g_auto(GStrv) words = NULL;

  if (strstr (text, name) != NULL)
    return TRUE;
  if (description == NULL)
    return FALSE;
  /* Any long word of the description. */
  words = g_strsplit_set (description, " ,.;:!?()", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 6 && strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
handle_ai_reply_label (DeckMockContext *ctx)
{
  static const char * const out_of_office[] = { "out of office", "out of the office", "on vacation", "on leave", "away until", "abwesend", NULL };
  static const char * const not_interested[] = { "not interested", "unsubscribe", "remove me", "stop emailing", "no thanks", "no thank you", NULL };
  static const char * const wrong_person[] = { "wrong person", "no longer with", "not the right person", "left the company", NULL };
  static const char * const meeting[] = { "book a", "calendar", "schedule a", "let's meet", "meeting", "call on", NULL };
  static const char * const interested[] = { "interested", "sounds good", "tell me more", "pricing", "send me", "yes", NULL };
  JsonObject *body = deck_mock_body_object (ctx);
  g_autofree char *text = g_utf8_casefold (json_object_get_string_member (body, "reply_text"), -1);
  GPtrArray *labels = ctx->store->leads->labels;
  JsonArray *considered = json_array_new ();
  const char *result = NULL;
  JsonObject *reply;

  for (guint i = 0; i < labels->len; i++)
    {
      DeckMockLeadLabel *label = g_ptr_array_index (labels, i);

      if (label->use_with_ai != 1)
        continue;
      json_array_add_string_element (considered, label->label);
      if (result == NULL && label_mentioned (text, label))
        result = label->label;
    }

  if (result == NULL)
    {
      if (mentions (text, out_of_office))
        result = "Out of Office";
      else if (mentions (text, not_interested))
        result = "Not Interested";
      else if (mentions (text, wrong_person))
        result = "Wrong Person";
      else if (mentions (text, meeting))
        result = "Meeting Booked";
      else if (mentions (text, interested))
        result = "Interested";
      else
        result = "Lead";
    }

  reply = json_object_new ();
  json_object_set_string_member (reply, "result", result);
  json_object_set_array_member (reply, "custom_labels_considered", considered);
  deck_mock_reply (ctx, SOUP_STATUS_OK, object_node (reply));
}

static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/lead-labels",                "lead-labels:create", NULL,                   CREATE_LEAD_LABEL_SCHEMA, TRUE,  handle_create },
  { "GET",    "/api/v2/lead-labels",                "lead-labels:read",   LIST_LEAD_LABELS_QUERY, NULL,                     FALSE, handle_list },
  { "POST",   "/api/v2/lead-labels/ai-reply-label", "lead-labels:read",   NULL,                   AI_REPLY_LABEL_SCHEMA,    TRUE,  handle_ai_reply_label },
  { "GET",    "/api/v2/lead-labels/{id}",           "lead-labels:read",   NULL,                   NULL,                     FALSE, handle_get },
  { "PATCH",  "/api/v2/lead-labels/{id}",           "lead-labels:update", NULL,                   PATCH_LEAD_LABEL_SCHEMA,  TRUE,  handle_patch },
  { "DELETE", "/api/v2/lead-labels/{id}",           "lead-labels:delete", NULL,                   DELETE_LEAD_LABEL_SCHEMA, FALSE, handle_delete },
};

const DeckMockRoute *
deck_mock_lead_label_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
