/* deck-mock-keys.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-keys"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

/* The workspace's API keys. Each one authenticates (store->keys) with exactly the
 * scopes it was created with, until it is deleted. The secret is served once, by
 * the create reply; lists mask it as Instantly does (key: ""). */

#define DEFAULT_LIMIT 10
#define SECRET_BYTES  24

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define LIST_KEYS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"" \
  "maximum\":100},\"starting_after\":{\"type\":\"string\"}}}"

#define CREATE_KEY_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"scopes\":{\"ty" \
  "pe\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"all:all\",\"all:create\",\"" \
  "all:read\",\"all:update\",\"all:delete\",\"ai_agents:all\",\"ai_agents:create\",\"ai" \
  "_agents:read\",\"ai_agents:update\",\"ai_agents:delete\",\"api_keys:all\",\"api_keys" \
  ":create\",\"api_keys:read\",\"api_keys:update\",\"api_keys:delete\",\"audit_logs:all" \
  "\",\"audit_logs:create\",\"audit_logs:read\",\"audit_logs:update\",\"audit_logs:dele" \
  "te\",\"custom_prompt_templates:all\",\"custom_prompt_templates:create\",\"custom_pro" \
  "mpt_templates:read\",\"custom_prompt_templates:update\",\"custom_prompt_templates:de" \
  "lete\",\"account_campaign_mappings:all\",\"account_campaign_mappings:create\",\"acco" \
  "unt_campaign_mappings:read\",\"account_campaign_mappings:update\",\"account_campaign" \
  "_mappings:delete\",\"campaigns:all\",\"campaigns:create\",\"campaigns:read\",\"campa" \
  "igns:update\",\"campaigns:delete\",\"inbox_placement_tests:all\",\"inbox_placement_t" \
  "ests:create\",\"inbox_placement_tests:read\",\"inbox_placement_tests:update\",\"inbo" \
  "x_placement_tests:delete\",\"inbox_placement_analytics:all\",\"inbox_placement_analy" \
  "tics:create\",\"inbox_placement_analytics:read\",\"inbox_placement_analytics:update\"" \
  ",\"inbox_placement_analytics:delete\",\"inbox_placement_reports:all\",\"inbox_placem" \
  "ent_reports:create\",\"inbox_placement_reports:read\",\"inbox_placement_reports:upda" \
  "te\",\"inbox_placement_reports:delete\",\"lead_lists:all\",\"lead_lists:create\",\"l" \
  "ead_lists:read\",\"lead_lists:update\",\"lead_lists:delete\",\"leads:all\",\"leads:c" \
  "reate\",\"leads:read\",\"leads:update\",\"leads:delete\",\"background-jobs:all\",\"b" \
  "ackground-jobs:create\",\"background-jobs:read\",\"background-jobs:update\",\"backgr" \
  "ound-jobs:delete\",\"custom_tags:all\",\"custom_tags:create\",\"custom_tags:read\",\"" \
  "custom_tags:update\",\"custom_tags:delete\",\"custom_tag_mappings:all\",\"custom_tag" \
  "_mappings:create\",\"custom_tag_mappings:read\",\"custom_tag_mappings:update\",\"cus" \
  "tom_tag_mappings:delete\",\"crm_actions:all\",\"crm_actions:create\",\"crm_actions:r" \
  "ead\",\"crm_actions:update\",\"crm_actions:delete\",\"accounts:all\",\"accounts:crea" \
  "te\",\"accounts:read\",\"accounts:update\",\"accounts:delete\",\"block_list_entries:" \
  "all\",\"block_list_entries:create\",\"block_list_entries:read\",\"block_list_entries" \
  ":update\",\"block_list_entries:delete\",\"lead-labels:all\",\"lead-labels:create\",\"" \
  "lead-labels:read\",\"lead-labels:update\",\"lead-labels:delete\",\"email_verificatio" \
  "ns:all\",\"email_verifications:create\",\"email_verifications:read\",\"emails:all\"," \
  "\"emails:create\",\"emails:read\",\"emails:update\",\"emails:delete\",\"email_templa" \
  "tes:all\",\"email_templates:create\",\"email_templates:read\",\"email_templates:upda" \
  "te\",\"email_templates:delete\",\"workspaces:all\",\"workspaces:create\",\"workspace" \
  "s:read\",\"workspaces:update\",\"workspaces:delete\",\"workspace_billing:all\",\"wor" \
  "kspace_billing:create\",\"workspace_billing:read\",\"workspace_billing:update\",\"wo" \
  "rkspace_billing:delete\",\"workspace_group_members:all\",\"workspace_group_members:c" \
  "reate\",\"workspace_group_members:read\",\"workspace_group_members:update\",\"worksp" \
  "ace_group_members:delete\",\"workspace_members:all\",\"workspace_members:create\",\"" \
  "workspace_members:read\",\"workspace_members:update\",\"workspace_members:delete\",\"" \
  "subsequences:all\",\"subsequences:create\",\"subsequences:read\",\"subsequences:upda" \
  "te\",\"subsequences:delete\",\"ai_sdr:all\",\"ai_sdr:create\",\"ai_sdr:read\",\"ai_s" \
  "dr:update\",\"ai_sdr:delete\",\"ai_sdr_replies:all\",\"ai_sdr_replies:create\",\"ai_" \
  "sdr_replies:read\",\"ai_sdr_replies:update\",\"ai_sdr_replies:delete\",\"ai_inbox_ma" \
  "nager_analytics:all\",\"ai_inbox_manager_analytics:create\",\"ai_inbox_manager_analy" \
  "tics:read\",\"ai_inbox_manager_analytics:update\",\"ai_inbox_manager_analytics:delet" \
  "e\",\"sales_flows:all\",\"sales_flows:create\",\"sales_flows:read\",\"sales_flows:up" \
  "date\",\"sales_flows:delete\",\"webhooks:all\",\"webhooks:create\",\"webhooks:read\"" \
  ",\"webhooks:update\",\"webhooks:delete\",\"webhook_events:all\",\"webhook_events:cre" \
  "ate\",\"webhook_events:read\",\"webhook_events:update\",\"webhook_events:delete\",\"" \
  "security_tokens:all\",\"security_tokens:create\",\"security_tokens:read\",\"security" \
  "_tokens:update\",\"security_tokens:delete\",\"dfy_email_account_orders:all\",\"dfy_e" \
  "mail_account_orders:create\",\"dfy_email_account_orders:read\",\"dfy_email_account_o" \
  "rders:update\",\"dfy_email_account_orders:delete\",\"auth:all\",\"auth:create\",\"au" \
  "th:read\",\"auth:update\",\"auth:delete\"]}}},\"required\":[\"name\",\"scopes\"],\"a" \
  "dditionalProperties\":false}"

void
deck_mock_api_key_free (gpointer data)
{
  DeckMockApiKey *api_key = data;

  g_free (api_key->id);
  g_free (api_key->name);
  g_free (api_key->key);
  g_strfreev (api_key->scopes);
  g_free (api_key);
}

char *
deck_mock_new_secret (GRand *rand)
{
  guint8 bytes[SECRET_BYTES];

  for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  return g_base64_encode (bytes, sizeof bytes);
}

DeckMockApiKey *
deck_mock_store_find_api_key (DeckMockStore *store,
                              const char    *key)
{
  for (guint i = 0; key != NULL && i < store->api_keys->len; i++)
    {
      DeckMockApiKey *api_key = g_ptr_array_index (store->api_keys, i);

      if (g_str_equal (api_key->key, key))
        return api_key;
    }
  return NULL;
}

static DeckMockApiKey *
lookup_by_id (DeckMockStore *store,
              const char    *id)
{
  for (guint i = 0; id != NULL && i < store->api_keys->len; i++)
    {
      DeckMockApiKey *api_key = g_ptr_array_index (store->api_keys, i);

      if (g_str_equal (api_key->id, id))
        return api_key;
    }
  return NULL;
}

DeckMockApiKey *
deck_mock_store_add_api_key (DeckMockStore      *store,
                             const char         *name,
                             const char         *key,
                             const char * const *scopes,
                             gint64              created_ms)
{
  DeckMockApiKey *api_key = deck_mock_store_find_api_key (store, key);
  char **copy = scopes != NULL ? g_strdupv ((char **) scopes) : g_new0 (char *, 1);

  g_hash_table_replace (store->keys, g_strdup (key), g_strdupv (copy));

  /* Adding a key again changes its scopes, as deck_mock_server_add_api_key() says. */
  if (api_key != NULL)
    {
      g_strfreev (api_key->scopes);
      api_key->scopes = copy;
      api_key->updated_ms = MAX (created_ms, api_key->updated_ms);
      return api_key;
    }

  api_key = g_new0 (DeckMockApiKey, 1);
  /* Seeded keys carry their own (past) time in their id; ids stay in list order
   * because the seed adds them oldest first and later keys are made now. */
  if (created_ms > store->last_id_ms)
    api_key->id = deck_mock_store_new_id (store, created_ms);
  else
    api_key->id = deck_mock_uuid7 (store->rand, created_ms, store->api_keys->len);
  api_key->name = g_strdup (name);
  api_key->key = g_strdup (key);
  api_key->scopes = copy;
  api_key->created_ms = created_ms;
  api_key->updated_ms = created_ms;
  g_ptr_array_add (store->api_keys, api_key);

  return api_key;
}

void
deck_mock_store_remove_api_key (DeckMockStore  *store,
                                DeckMockApiKey *api_key)
{
  g_hash_table_remove (store->keys, api_key->key);
  g_ptr_array_remove (store->api_keys, api_key);
}

JsonNode *
deck_mock_api_key_to_json (DeckMockStore  *store,
                           DeckMockApiKey *api_key,
                           gboolean        masked)
{
  JsonObject *json = json_object_new ();
  JsonArray *scopes = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *created = deck_mock_format_time (api_key->created_ms);
  g_autofree char *updated = deck_mock_format_time (api_key->updated_ms);

  for (guint i = 0; api_key->scopes[i] != NULL; i++)
    json_array_add_string_element (scopes, api_key->scopes[i]);

  json_object_set_string_member (json, "id", api_key->id);
  json_object_set_string_member (json, "name", api_key->name);
  json_object_set_array_member (json, "scopes", scopes);
  json_object_set_string_member (json, "key", masked ? "" : api_key->key);
  json_object_set_string_member (json, "organization_id", store->workspace_id);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "timestamp_updated", updated);
  json_node_take_object (node, json);

  return node;
}

void
deck_mock_seed_api_keys (DeckMockStore *store,
                         GRand         *rand)
{
  static const char * const all[] = { "all:all", NULL };
  static const char * const zapier[] = { "leads:all", "campaigns:read", "lead_lists:read", NULL };
  static const char * const reporting[] = { "all:read", NULL };
  g_autofree char *zapier_key = deck_mock_new_secret (rand);
  g_autofree char *reporting_key = deck_mock_new_secret (rand);

  /* The key deck_mock_server_get_api_key() hands out comes first. */
  deck_mock_store_add_api_key (store, "Instadeck", store->api_key, all,
                               DECK_MOCK_EPOCH_MS - 89 * DECK_MOCK_DAY_MS);
  deck_mock_store_add_api_key (store, "Zapier", zapier_key, zapier,
                               DECK_MOCK_EPOCH_MS + 40 * DECK_MOCK_DAY_MS);
  deck_mock_store_add_api_key (store, "Reporting dashboard", reporting_key, reporting,
                               DECK_MOCK_EPOCH_MS + 200 * DECK_MOCK_DAY_MS);
}

/* GET /api/v2/api-keys */

static void
handle_list (DeckMockContext *ctx)
{
  JsonArray *items = json_array_new ();
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  DeckMockApiKey *last = NULL;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_id (ctx->store->api_keys, deck_mock_query_string (ctx, "starting_after"));
       i < ctx->store->api_keys->len; i++)
    {
      DeckMockApiKey *api_key = g_ptr_array_index (ctx->store->api_keys, i);

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_api_key_to_json (ctx->store, api_key, TRUE));
      last = api_key;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/api-keys */

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  JsonArray *array = json_object_get_array_member (body, "scopes");
  g_autoptr(GPtrArray) scopes = g_ptr_array_new ();
  g_autofree char *secret = deck_mock_new_secret (ctx->store->rand);
  DeckMockApiKey *api_key;

  /* A scope named twice is kept once. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *scope = json_array_get_string_element (array, i);

      if (!g_ptr_array_find_with_equal_func (scopes, scope, g_str_equal, NULL))
        g_ptr_array_add (scopes, (gpointer) scope);
    }
  g_ptr_array_add (scopes, NULL);

  api_key = deck_mock_store_add_api_key (ctx->store, json_object_get_string_member (body, "name"),
                                         secret, (const char * const *) scopes->pdata, deck_mock_now_ms ());

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_api_key_to_json (ctx->store, api_key, FALSE));
}

/* DELETE /api/v2/api-keys/{id} */

static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockApiKey *api_key = lookup_by_id (ctx->store, g_hash_table_lookup (ctx->params, "id"));

  if (api_key == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "API key not found");
      return;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_api_key_to_json (ctx->store, api_key, TRUE));
  deck_mock_store_remove_api_key (ctx->store, api_key);
}

static const DeckMockRoute routes[] = {
  { "GET",    "/api/v2/api-keys",      "api_keys:read",   LIST_KEYS_QUERY, NULL,              FALSE, handle_list },
  { "POST",   "/api/v2/api-keys",      "api_keys:create", NULL,            CREATE_KEY_SCHEMA, TRUE,  handle_create },
  { "DELETE", "/api/v2/api-keys/{id}", "api_keys:delete", NULL,            NULL,              FALSE, handle_delete },
};

const DeckMockRoute *
deck_mock_api_key_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
