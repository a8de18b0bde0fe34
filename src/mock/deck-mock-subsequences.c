/* deck-mock-subsequences.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-subsequences"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-campaign-schemas-private.h"
#include "deck-mock-campaigns-private.h"
#include "deck-mock-routes-private.h"

#define DEFAULT_LIMIT     10
#define DEFAULT_RANGE_DAYS 30

static JsonNode *
subsequence_to_json (DeckMockStore *store,
                     gpointer       data)
{
  DeckMockSubsequence *subsequence = data;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  /* Serialised under the store's lock: sharing the object is safe. */
  json_node_set_object (node, subsequence->json);
  return node;
}

static void
reply_subsequence (DeckMockContext     *ctx,
                   DeckMockSubsequence *subsequence)
{
  deck_mock_reply (ctx, SOUP_STATUS_OK, subsequence_to_json (ctx->store, subsequence));
}

static DeckMockSubsequence *
lookup_or_404 (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = deck_mock_store_lookup_subsequence (ctx->store,
                                                                         g_hash_table_lookup (ctx->params, "id"));

  if (subsequence == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Subsequence not found");
  return subsequence;
}

static DeckMockCampaign *
parent_or_404 (DeckMockContext *ctx,
               const char      *id)
{
  DeckMockCampaign *campaign = deck_mock_store_lookup_campaign (ctx->store, id);

  if (campaign == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
  return campaign;
}

/* A subsequence with every schema member, and the parent's schedule until it has
 * one of its own. */
static JsonObject *
subsequence_json_new (DeckMockStore    *store,
                      DeckMockCampaign *parent,
                      const char       *name,
                      gint64            created_ms)
{
  JsonObject *json = json_object_new ();
  JsonObject *conditions = json_object_new ();
  JsonArray *sequences = json_array_new ();
  JsonObject *sequence = json_object_new ();
  g_autofree char *id = deck_mock_store_new_id (store, created_ms);
  g_autofree char *created = deck_mock_format_time (created_ms);
  JsonNode *schedule = json_object_get_member (parent->json, "campaign_schedule");

  json_object_set_array_member (sequence, "steps", json_array_new ());
  json_array_add_object_element (sequences, sequence);

  json_object_set_string_member (json, "id", id);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "parent_campaign", parent->id);
  json_object_set_string_member (json, "workspace", store->workspace_id);
  json_object_set_int_member (json, "status", 1);
  json_object_set_string_member (json, "timestamp_leads_updated", created);
  json_object_set_string_member (json, "name", name);
  json_object_set_object_member (json, "conditions", conditions);
  json_object_set_member (json, "subsequence_schedule", deck_mock_json_copy (schedule));
  json_object_set_array_member (json, "sequences", sequences);
  json_object_set_string_member (json, "daily_limit_mode", "inherit");
  json_object_set_null_member (json, "daily_limit");
  json_object_set_boolean_member (json, "ignore_account_daily_limit", FALSE);

  return json;
}

/* The spec's variants "contains" rule (the schema check here does not know it):
 * every step keeps at least one variant that is not disabled. */
static gboolean
check_variants (DeckMockContext *ctx,
                JsonObject      *body)
{
  JsonNode *node = json_object_get_member (body, "sequences");
  JsonArray *sequences;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return TRUE;
  sequences = json_node_get_array (node);

  for (guint s = 0; s < json_array_get_length (sequences); s++)
    {
      JsonNode *sequence = json_array_get_element (sequences, s);
      JsonNode *steps_node;
      JsonArray *steps;

      if (!JSON_NODE_HOLDS_OBJECT (sequence) ||
          (steps_node = json_object_get_member (json_node_get_object (sequence), "steps")) == NULL ||
          !JSON_NODE_HOLDS_ARRAY (steps_node))
        continue;
      steps = json_node_get_array (steps_node);

      for (guint i = 0; i < json_array_get_length (steps); i++)
        {
          JsonNode *step = json_array_get_element (steps, i);
          JsonNode *variants_node;
          JsonArray *variants;
          gboolean enabled = FALSE;

          if (!JSON_NODE_HOLDS_OBJECT (step) ||
              (variants_node = json_object_get_member (json_node_get_object (step), "variants")) == NULL ||
              !JSON_NODE_HOLDS_ARRAY (variants_node))
            continue;
          variants = json_node_get_array (variants_node);

          for (guint j = 0; j < json_array_get_length (variants) && !enabled; j++)
            {
              JsonNode *variant = json_array_get_element (variants, j);

              enabled = JSON_NODE_HOLDS_OBJECT (variant) &&
                        !json_object_get_boolean_member_with_default (json_node_get_object (variant),
                                                                      "v_disabled", FALSE);
            }

          if (!enabled)
            {
              deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                     "body/sequences/%u/steps/%u/variants must contain at least 1 valid item(s)",
                                     s, i);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
check_body (DeckMockContext *ctx,
            JsonObject      *body)
{
  g_autofree char *message = NULL;
  JsonObject *conditions;

  if (!deck_mock_check_schedule (body, "subsequence_schedule", &message))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "%s", message);
      return FALSE;
    }

  if (!check_variants (ctx, body))
    return FALSE;

  /* A subsequence with no trigger would never run. */
  conditions = json_object_has_member (body, "conditions") ? json_object_get_object_member (body, "conditions") : NULL;
  if (conditions != NULL)
    {
      JsonArray *crm = json_object_has_member (conditions, "crm_status") ? json_object_get_array_member (conditions, "crm_status") : NULL;
      JsonArray *activity = json_object_has_member (conditions, "lead_activity") ? json_object_get_array_member (conditions, "lead_activity") : NULL;
      const char *reply = json_object_get_string_member_with_default (conditions, "reply_contains", NULL);

      if ((crm == NULL || json_array_get_length (crm) == 0) &&
          (activity == NULL || json_array_get_length (activity) == 0) &&
          (reply == NULL || *reply == '\0'))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                 "body/conditions must set at least one of crm_status, lead_activity or reply_contains");
          return FALSE;
        }
    }

  return TRUE;
}

/* POST /api/v2/subsequences */
static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(JsonObject) members = NULL;
  DeckMockCampaign *parent;
  JsonObject *json;

  if (!check_body (ctx, body))
    return;
  if ((parent = parent_or_404 (ctx, json_object_get_string_member (body, "parent_campaign"))) == NULL)
    return;

  json = subsequence_json_new (ctx->store, parent, json_object_get_string_member (body, "name"), deck_mock_now_ms ());
  members = deck_mock_json_object_copy (body);
  json_object_remove_member (members, "parent_campaign");
  deck_mock_json_merge (json, members);
  deck_mock_sequences_fill_defaults (json, TRUE);

  reply_subsequence (ctx, deck_mock_store_add_subsequence (ctx->store, json));
}

/* GET /api/v2/subsequences */
static void
handle_list (DeckMockContext *ctx)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  const char *parent = deck_mock_query_string (ctx, "parent_campaign");
  const char *parent_not = deck_mock_query_string (ctx, "parent_campaign_not");
  const char *search = deck_mock_query_string (ctx, "search");
  g_autofree char *needle = search != NULL ? g_utf8_casefold (search, -1) : NULL;
  gint64 limit = DEFAULT_LIMIT;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = 0; i < ctx->store->subsequences->len; i++)
    {
      DeckMockSubsequence *subsequence = g_ptr_array_index (ctx->store->subsequences, i);

      if (parent != NULL && g_strcmp0 (subsequence->parent_campaign, parent) != 0)
        continue;
      if (parent_not != NULL && g_strcmp0 (subsequence->parent_campaign, parent_not) == 0)
        continue;
      if (needle != NULL && *needle != '\0')
        {
          g_autofree char *name = g_utf8_casefold (json_object_get_string_member_with_default (subsequence->json, "name", ""), -1);

          if (strstr (name, needle) == NULL)
            continue;
        }
      g_ptr_array_add (matches, subsequence);
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK,
                   deck_mock_page_by_id (matches, deck_mock_query_string (ctx, "starting_after"),
                                         limit, subsequence_to_json, ctx->store));
}

/* GET /api/v2/subsequences/{id} */
static void
handle_get (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);

  if (subsequence != NULL)
    reply_subsequence (ctx, subsequence);
}

/* PATCH /api/v2/subsequences/{id} */
static void
handle_patch (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);
  JsonObject *body = deck_mock_body_object (ctx);

  if (subsequence == NULL || !check_body (ctx, body))
    return;

  deck_mock_json_merge (subsequence->json, body);
  deck_mock_sequences_fill_defaults (subsequence->json, TRUE);
  reply_subsequence (ctx, subsequence);
}

/* DELETE /api/v2/subsequences/{id} */
static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);

  if (subsequence == NULL)
    return;

  reply_subsequence (ctx, subsequence);
  deck_mock_store_remove_subsequence (ctx->store, subsequence);
}

static void
set_status (DeckMockContext *ctx,
            int              status)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);

  if (subsequence == NULL)
    return;

  json_object_set_int_member (subsequence->json, "status", status);
  reply_subsequence (ctx, subsequence);
}

/* POST /api/v2/subsequences/{id}/pause */
static void
handle_pause (DeckMockContext *ctx)
{
  set_status (ctx, 2);
}

/* POST /api/v2/subsequences/{id}/resume */
static void
handle_resume (DeckMockContext *ctx)
{
  set_status (ctx, 1);
}

/* What a copy does not take from its source. */
static const char * const own_members[] = {
  "id", "timestamp_created", "parent_campaign", "workspace", "timestamp_leads_updated", "name",
};

/* POST /api/v2/subsequences/{id}/duplicate */
static void
handle_duplicate (DeckMockContext *ctx)
{
  DeckMockSubsequence *source = lookup_or_404 (ctx);
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(JsonObject) members = NULL;
  DeckMockCampaign *parent;
  const char *name;
  JsonObject *json;

  if (source == NULL)
    return;
  if ((parent = parent_or_404 (ctx, json_object_get_string_member (body, "parent_campaign"))) == NULL)
    return;

  /* The name defaults to the source's own (the spec says so). */
  name = json_object_get_string_member_with_default (body, "name",
                                                     json_object_get_string_member (source->json, "name"));
  json = subsequence_json_new (ctx->store, parent, name, deck_mock_now_ms ());

  members = deck_mock_json_object_copy (source->json);
  for (guint i = 0; i < G_N_ELEMENTS (own_members); i++)
    json_object_remove_member (members, own_members[i]);
  deck_mock_json_merge (json, members);

  reply_subsequence (ctx, deck_mock_store_add_subsequence (ctx->store, json));
}

/* Deterministic figures, so that a chart reads the same on every run. */
static guint
figure (const char *id,
        const char *what,
        guint       max)
{
  return deck_mock_hash (id, what) % (max + 1);
}

/* GET /api/v2/subsequences/analytics */
static void
handle_analytics (DeckMockContext *ctx)
{
  const char *campaign_id = deck_mock_query_string (ctx, "campaign_id");
  JsonArray *items = json_array_new ();
  JsonNode *node;

  if (deck_mock_store_lookup_campaign (ctx->store, campaign_id) == NULL)
    {
      json_array_unref (items);
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
      return;
    }

  for (guint i = 0; i < ctx->store->subsequences->len; i++)
    {
      DeckMockSubsequence *subsequence = g_ptr_array_index (ctx->store->subsequences, i);
      JsonObject *item;
      guint sent, opens;

      if (g_strcmp0 (subsequence->parent_campaign, campaign_id) != 0)
        continue;

      sent = 40 + figure (subsequence->id, "sent", 400);
      opens = sent * (20 + figure (subsequence->id, "opens", 40)) / 100;
      item = json_object_new ();
      json_object_set_string_member (item, "subsequence_id", subsequence->id);
      json_object_set_int_member (item, "emails_sent", sent);
      json_object_set_int_member (item, "unique_opens", opens);
      json_object_set_int_member (item, "unique_replies", opens * (5 + figure (subsequence->id, "replies", 20)) / 100);
      json_array_add_object_element (items, item);
    }

  /* A bare array, like the campaign analytics. */
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, items);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

static gboolean
query_date (DeckMockContext *ctx,
            const char      *name,
            gint64          *unix_ms)
{
  const char *text = deck_mock_query_string (ctx, name);

  if (text == NULL)
    return TRUE;
  if (deck_mock_parse_time (text, unix_ms))
    {
      /* Normalised to the UTC calendar date. */
      *unix_ms -= *unix_ms % DECK_MOCK_DAY_MS;
      return TRUE;
    }

  deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring/%s must be a date (YYYY-MM-DD) or an ISO 8601 timestamp", name);
  return FALSE;
}

/* GET /api/v2/subsequences/{id}/analytics/steps */
static void
handle_analytics_steps (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);
  gint64 today = deck_mock_now_ms () / DECK_MOCK_DAY_MS * DECK_MOCK_DAY_MS;
  gint64 end = today;
  gint64 start;
  gint64 days;
  JsonArray *items;
  JsonArray *steps = NULL;
  JsonNode *node;

  if (subsequence == NULL)
    return;

  start = today - (DEFAULT_RANGE_DAYS - 1) * DECK_MOCK_DAY_MS;
  if (!query_date (ctx, "start_date", &start) || !query_date (ctx, "end_date", &end))
    return;
  if (end < start)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring/end_date must not be before start_date");
      return;
    }
  days = (end - start) / DECK_MOCK_DAY_MS + 1;

  node = json_object_get_member (subsequence->json, "sequences");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    steps = json_object_get_array_member (json_array_get_object_element (json_node_get_array (node), 0), "steps");

  items = json_array_new ();
  for (guint i = 0; steps != NULL && i < json_array_get_length (steps); i++)
    {
      JsonArray *variants = json_object_get_array_member (json_array_get_object_element (steps, i), "variants");

      for (guint j = 0; variants != NULL && j < json_array_get_length (variants); j++)
        {
          g_autofree char *step = g_strdup_printf ("%u", i);
          g_autofree char *variant = g_strdup_printf ("%u", j);
          g_autofree char *key = g_strdup_printf ("%s/%u/%u", subsequence->id, i, j);
          /* Later steps reach fewer leads; the range scales the totals. */
          guint sent = (guint) MIN ((gint64) (2 + figure (key, "sent", 12)) * days / (i + 1), G_MAXINT32);
          guint unique_opened = sent * (25 + figure (key, "opens", 35)) / 100;
          guint unique_replies = unique_opened * (5 + figure (key, "replies", 20)) / 100;
          guint unique_clicks = unique_opened * figure (key, "clicks", 30) / 100;
          guint automatic = unique_replies * figure (key, "auto", 25) / 100;
          JsonObject *item = json_object_new ();

          json_object_set_string_member (item, "step", step);
          json_object_set_string_member (item, "variant", variant);
          json_object_set_int_member (item, "sent", sent);
          json_object_set_int_member (item, "opened", unique_opened + unique_opened / 4);
          json_object_set_int_member (item, "unique_opened", unique_opened);
          json_object_set_int_member (item, "replies", unique_replies + unique_replies / 10);
          json_object_set_int_member (item, "unique_replies", unique_replies);
          json_object_set_int_member (item, "replies_automatic", automatic);
          json_object_set_int_member (item, "unique_replies_automatic", automatic);
          json_object_set_int_member (item, "clicks", unique_clicks + unique_clicks / 3);
          json_object_set_int_member (item, "unique_clicks", unique_clicks);
          json_array_add_object_element (items, item);
        }
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, items);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* GET /api/v2/subsequences/{id}/sending-status */
static void
handle_sending_status (DeckMockContext *ctx)
{
  DeckMockSubsequence *subsequence = lookup_or_404 (ctx);
  DeckMockCampaign *parent;

  if (subsequence == NULL)
    return;

  parent = deck_mock_store_lookup_campaign (ctx->store, subsequence->parent_campaign);
  if (parent == NULL)
    {
      /* No data: both members are null (the spec allows it). */
      JsonObject *root = json_object_new ();
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_object_set_null_member (root, "diagnostics");
      json_object_set_null_member (root, "summary");
      json_node_take_object (node, root);
      deck_mock_reply (ctx, SOUP_STATUS_OK, node);
      return;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK,
                   deck_mock_sending_status_json (ctx->store, parent, subsequence,
                                                  deck_mock_query_bool (ctx, "with_ai_summary")));
}

static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/subsequences",                         "subsequences:create", NULL,                             CREATE_SUBSEQUENCE_SCHEMA,    TRUE,  handle_create },
  { "GET",    "/api/v2/subsequences",                         "subsequences:read",   LIST_SUBSEQUENCES_QUERY,          NULL,                         FALSE, handle_list },
  { "GET",    "/api/v2/subsequences/analytics",               "subsequences:read",   SUBSEQUENCE_ANALYTICS_QUERY,      NULL,                         FALSE, handle_analytics },
  { "GET",    "/api/v2/subsequences/{id}",                    "subsequences:read",   NULL,                             NULL,                         FALSE, handle_get },
  { "PATCH",  "/api/v2/subsequences/{id}",                    "subsequences:update", NULL,                             PATCH_SUBSEQUENCE_SCHEMA,     TRUE,  handle_patch },
  { "DELETE", "/api/v2/subsequences/{id}",                    "subsequences:delete", NULL,                             NULL,                         FALSE, handle_delete },
  { "POST",   "/api/v2/subsequences/{id}/pause",              "subsequences:update", NULL,                             NULL,                         FALSE, handle_pause },
  { "POST",   "/api/v2/subsequences/{id}/resume",             "subsequences:update", NULL,                             NULL,                         FALSE, handle_resume },
  { "POST",   "/api/v2/subsequences/{id}/duplicate",          "subsequences:create", NULL,                             DUPLICATE_SUBSEQUENCE_SCHEMA, TRUE,  handle_duplicate },
  { "GET",    "/api/v2/subsequences/{id}/analytics/steps",    "subsequences:read",   SUBSEQUENCE_STEPS_QUERY,          NULL,                         FALSE, handle_analytics_steps },
  { "GET",    "/api/v2/subsequences/{id}/sending-status",     "subsequences:read",   SUBSEQUENCE_SENDING_STATUS_QUERY, NULL,                         FALSE, handle_sending_status },
};

const DeckMockRoute *
deck_mock_subsequence_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
