/* deck-mock-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-workspace"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

/* The workspace the keys belong to ("current"), its white-label domain and its
 * billing, which are all read from the store's one DeckMockWorkspace. */

#define SEED_SALT        0x0A11CE5u
#define REMOVAL_DELAY_MS (DECK_MOCK_DAY_MS)
/* The end of the current billing period, in Unix seconds (the spec's unit). */
#define PERIOD_END_S     ((DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS) / 1000 + 18 * 86400)

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define PATCH_WORKSPACE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"org_logo_url\"" \
  ":{\"type\":[\"string\",\"null\"]}},\"additionalProperties\":false,\"minProperties\":" \
  "1}"

#define WHITELABEL_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"domain\":{\"type\":\"string\"}},\"required\":" \
  "[\"domain\"]}"

#define CHANGE_OWNER_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"ema" \
  "il\"},\"sec\":{\"type\":\"string\"}},\"required\":[\"email\",\"sec\"]}"

/* Helpers shared by the workspace's resources */

guint
deck_mock_index_after_id (GPtrArray  *array,
                          const char *cursor)
{
  if (cursor == NULL || *cursor == '\0')
    return 0;

  for (guint i = 0; i < array->len; i++)
    {
      const char *id = *(const char **) g_ptr_array_index (array, i);

      if (strcmp (id, cursor) > 0)
        return i;
    }
  return array->len;
}

const char *
deck_mock_nullable_string (JsonObject *object,
                           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return json_node_get_string (node);
}

void
deck_mock_json_set_nullable_string (JsonObject *object,
                                    const char *member,
                                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

static JsonNode *
take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/* The Workspace schema, every member in its order (plan_id_verification, an object
 * that cannot be null, is left out: this workspace has no verification plan). */
JsonNode *
deck_mock_workspace_to_json (DeckMockStore *store)
{
  DeckMockWorkspace *ws = &store->workspace;
  JsonObject *json = json_object_new ();
  g_autofree char *created = deck_mock_format_time (ws->created_ms);
  g_autofree char *updated = deck_mock_format_time (ws->updated_ms);
  g_autofree char *removal = ws->removal_ms != 0 ? deck_mock_format_time (ws->removal_ms) : NULL;

  json_object_set_string_member (json, "id", store->workspace_id);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "timestamp_updated", updated);
  deck_mock_json_set_nullable_string (json, "scheduled_for_removal_at", removal);
  json_object_set_string_member (json, "owner", deck_mock_store_get_owner_id (store));
  json_object_set_string_member (json, "name", ws->name);
  deck_mock_json_set_nullable_string (json, "plan_id", store->unpaid ? NULL : "pid_hg_v1");
  json_object_set_null_member (json, "plan_id_bundle");
  json_object_set_boolean_member (json, "add_unsub_to_block", TRUE);
  json_object_set_int_member (json, "default_opportunity_value", 500);
  json_object_set_null_member (json, "plan_id_leadfinder");
  deck_mock_json_set_nullable_string (json, "org_logo_url", ws->org_logo_url);
  deck_mock_json_set_nullable_string (json, "org_client_domain", ws->client_domain);
  json_object_set_null_member (json, "plan_id_crm");
  json_object_set_null_member (json, "plan_id_website_visitor");
  deck_mock_json_set_nullable_string (json, "plan_id_inbox_placement", store->unpaid ? NULL : "pid_ip_hg");

  return take_object (json);
}

static void
touch (DeckMockStore *store)
{
  store->workspace.updated_ms = MAX (deck_mock_now_ms (), store->workspace.updated_ms);
}

/* Seed */

/* "Instadeck Demo" -> "instadeck-demo.example": a reserved TLD, never a real domain. */
static char *
workspace_domain (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append (out, "workspace");
  g_string_append (out, ".example");

  return g_string_free (out, FALSE);
}

void
deck_mock_seed_workspace (DeckMockStore *store)
{
  /* A generator of its own: the accounts' seed stays what it was. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (store->seed ^ SEED_SALT);
  g_autofree char *domain = workspace_domain (store->workspace.name);

  /* The workspace's id was made at this time (deck-mock-seed.c). */
  store->workspace.created_ms = DECK_MOCK_EPOCH_MS - 90 * DECK_MOCK_DAY_MS;
  store->workspace.updated_ms = DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS - 12 * DECK_MOCK_DAY_MS;

  deck_mock_seed_members (store, rand, domain);
  deck_mock_seed_api_keys (store, rand);
  deck_mock_audit_prepare (store);
}

/* GET, PATCH /api/v2/workspaces/current */

static void
handle_get (DeckMockContext *ctx)
{
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

static void
handle_patch (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockWorkspace *ws = &ctx->store->workspace;

  if (json_object_has_member (body, "name"))
    {
      g_autofree char *name = g_strstrip (g_strdup (json_object_get_string_member (body, "name")));

      if (*name == '\0')
        {
          /* The spec sets no minLength, but a nameless workspace helps nobody. */
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/name must NOT have fewer than 1 characters");
          return;
        }
      g_free (ws->name);
      ws->name = g_steal_pointer (&name);
    }
  if (json_object_has_member (body, "org_logo_url"))
    {
      g_free (ws->org_logo_url);
      ws->org_logo_url = g_strdup (deck_mock_nullable_string (body, "org_logo_url"));
    }
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

/* POST, DELETE /api/v2/workspaces/current/schedule-for-removal */

static void
handle_schedule_removal (DeckMockContext *ctx)
{
  gint64 now = deck_mock_now_ms ();

  /* Asking again keeps the first date: the removal does not move away. */
  if (ctx->store->workspace.removal_ms == 0)
    ctx->store->workspace.removal_ms = now + REMOVAL_DELAY_MS;
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

static void
handle_cancel_removal (DeckMockContext *ctx)
{
  ctx->store->workspace.removal_ms = 0;
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

/* POST, GET, DELETE /api/v2/workspaces/current/whitelabel-domain */

static void
handle_set_domain (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autofree char *domain = g_ascii_strdown (json_object_get_string_member (body, "domain"), -1);
  DeckMockWorkspace *ws = &ctx->store->workspace;

  g_strstrip (domain);
  if (g_strcmp0 (ws->client_domain, domain) != 0)
    {
      g_free (ws->client_domain);
      ws->client_domain = g_steal_pointer (&domain);
      ws->client_domain_verified = FALSE;
    }
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

static void
add_record (JsonArray  *records,
            const char *type,
            const char *domain,
            const char *value,
            const char *reason)
{
  JsonObject *record = json_object_new ();

  json_object_set_string_member (record, "type", type);
  json_object_set_string_member (record, "domain", domain);
  json_object_set_string_member (record, "value", value);
  json_object_set_string_member (record, "reason", reason);
  json_array_add_object_element (records, record);
}

static void
handle_get_domain (DeckMockContext *ctx)
{
  DeckMockWorkspace *ws = &ctx->store->workspace;
  JsonObject *json;
  JsonArray *records;
  g_autofree char *txt_domain = NULL;
  g_autofree char *txt_value = NULL;

  if (ws->client_domain == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "No agency domain is set for this workspace");
      return;
    }

  json = json_object_new ();
  json_object_set_boolean_member (json, "verified", ws->client_domain_verified);
  json_object_set_string_member (json, "name", ws->client_domain);

  /* The DNS records a person adds; deterministic per workspace and domain. */
  records = json_array_new ();
  txt_domain = g_strdup_printf ("_instantly.%s", ws->client_domain);
  txt_value = g_strdup_printf ("instantly-verification=%08x",
                               deck_mock_hash (ctx->store->workspace_id, ws->client_domain));
  add_record (records, "TXT", txt_domain, txt_value, "Proves that the workspace owns the domain");
  add_record (records, "CNAME", ws->client_domain, "agency.instantly.ai",
              "Points the domain at Instantly's white-label app");
  json_object_set_array_member (json, "verification", records);

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (json));
}

static void
handle_delete_domain (DeckMockContext *ctx)
{
  DeckMockWorkspace *ws = &ctx->store->workspace;

  if (ws->client_domain == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "No agency domain is set for this workspace");
      return;
    }

  g_clear_pointer (&ws->client_domain, g_free);
  ws->client_domain_verified = FALSE;
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

/* POST /api/v2/workspaces/current/change-owner */

static void
handle_change_owner (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *email = json_object_get_string_member (body, "email");
  DeckMockMember *new_owner = NULL;

  for (guint i = 0; i < ctx->store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (ctx->store->members, i);

      if (g_ascii_strcasecmp (member->email, email) == 0)
        new_owner = member;
    }

  /* Only someone who accepted the invitation can own the workspace. */
  if (new_owner == NULL || !new_owner->accepted)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Workspace member not found");
      return;
    }

  for (guint i = 0; i < ctx->store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (ctx->store->members, i);

      if (member != new_owner && g_str_equal (member->role, "owner"))
        {
          g_free (member->role);
          member->role = g_strdup ("admin");
        }
    }
  g_free (new_owner->role);
  new_owner->role = g_strdup ("owner");
  touch (ctx->store);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_workspace_to_json (ctx->store));
}

/* GET /api/v2/workspace-billing/plan-details */

static guint
lead_count (DeckMockStore *store)
{
  /* Leads are not kept by this mock; a stable figure below the plan's limit. */
  return 4000 + deck_mock_hash (store->workspace_id, "leads") % 17000;
}

static JsonObject *
pricing_tier (int    from,
              int    to,
              double price)
{
  JsonObject *tier = json_object_new ();

  json_object_set_int_member (tier, "from_quantity", from);
  if (to > 0)
    json_object_set_int_member (tier, "to_quantity", to);
  else
    json_object_set_null_member (tier, "to_quantity");
  json_object_set_double_member (tier, "price_in_dollars", price);
  return tier;
}

static void
handle_plan_details (DeckMockContext *ctx)
{
  DeckMockStore *store = ctx->store;
  JsonObject *json = json_object_new ();
  JsonObject *subscriptions = json_object_new ();
  JsonObject *outreach = json_object_new ();
  JsonObject *credits = json_object_new ();
  JsonObject *addons = json_object_new ();
  JsonObject *addon_outreach = json_object_new ();
  JsonObject *addon_credits = json_object_new ();
  JsonArray *tiers = json_array_new ();
  guint32 spent = deck_mock_hash (store->workspace_id, "credits") % 6000;

  json_object_set_string_member (outreach, "plan_name", "Hypergrowth");
  json_object_set_int_member (outreach, "addons_qty", 0);
  json_object_set_int_member (outreach, "total_lead_limit", 25000);
  json_object_set_int_member (outreach, "current_lead_count", lead_count (store));
  json_object_set_int_member (outreach, "base_lead_limit", 25000);
  json_object_set_string_member (outreach, "interval", "month");
  json_object_set_int_member (outreach, "current_period_end", PERIOD_END_S);
  json_object_set_null_member (outreach, "cancel_at_time");
  json_object_set_int_member (outreach, "price_in_dollars", 97);
  json_object_set_string_member (outreach, "product_id", "pid_hg_v1");
  json_object_set_object_member (subscriptions, "outreach", outreach);

  json_object_set_string_member (credits, "plan_name", "Instantly Credits Growth");
  json_object_set_int_member (credits, "total_credits", 10000);
  json_object_set_int_member (credits, "available_credits", 10000 - spent);
  json_object_set_string_member (credits, "interval", "month");
  json_object_set_int_member (credits, "current_period_end", PERIOD_END_S);
  json_object_set_null_member (credits, "cancel_at_time");
  json_object_set_int_member (credits, "price_in_dollars", 47);
  json_object_set_string_member (credits, "product_id", "pid_gic_v1");
  json_object_set_null_member (credits, "price_option_id");
  json_object_set_object_member (subscriptions, "credits", credits);

  json_object_set_string_member (addon_outreach, "product_id", "pid_addon_25kl_v1");
  json_object_set_int_member (addon_outreach, "unit_lead_limit", 25000);
  json_object_set_int_member (addon_outreach, "existing_quantity", 0);
  json_object_set_int_member (addon_outreach, "max_quantity", 10);
  json_object_set_string_member (addon_outreach, "interval", "month");
  json_object_set_boolean_member (addon_outreach, "can_purchase", TRUE);
  json_object_set_null_member (addon_outreach, "purchase_blocked_reason");
  json_object_set_int_member (addon_outreach, "annual_discount_percent", 20);
  json_array_add_object_element (tiers, pricing_tier (1, 4, 97));
  json_array_add_object_element (tiers, pricing_tier (5, 0, 87.5));
  json_object_set_array_member (addon_outreach, "monthly_pricing_tiers", tiers);
  json_object_set_object_member (addons, "outreach", addon_outreach);

  json_object_set_string_member (addon_credits, "product_id", "pid_addon_ic_50k_v1");
  json_object_set_string_member (addon_credits, "annual_product_id", "pid_addon_ic_50k_v1_annual");
  json_object_set_int_member (addon_credits, "unit_credits", 50000);
  json_object_set_int_member (addon_credits, "annual_unit_credits", 600000);
  json_object_set_int_member (addon_credits, "existing_quantity", 0);
  json_object_set_int_member (addon_credits, "max_quantity", 20);
  json_object_set_null_member (addon_credits, "interval");
  json_object_set_boolean_member (addon_credits, "can_purchase", TRUE);
  json_object_set_null_member (addon_credits, "purchase_blocked_reason");
  json_object_set_int_member (addon_credits, "monthly_price_in_dollars", 47);
  json_object_set_int_member (addon_credits, "annual_price_in_dollars", 470);
  json_object_set_object_member (addons, "credits", addon_credits);

  json_object_set_string_member (json, "organization_id", store->workspace_id);
  json_object_set_string_member (json, "organization_name", store->workspace.name);
  json_object_set_object_member (json, "subscriptions", subscriptions);
  json_object_set_object_member (json, "addons", addons);

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (json));
}

/* GET /api/v2/workspace-billing/subscription-details */

static JsonObject *
subscription (DeckMockStore *store,
              const char    *product_id,
              const char    *product_type,
              const char    *plan_type,
              double         price)
{
  JsonObject *sub = json_object_new ();
  g_autofree char *price_id = g_strdup_printf ("price_%08x", deck_mock_hash (store->workspace_id, product_id));

  json_object_set_string_member (sub, "workspace_id", store->workspace_id);
  json_object_set_string_member (sub, "interval", "month");
  json_object_set_int_member (sub, "quantity", 1);
  json_object_set_string_member (sub, "product_id", product_id);
  json_object_set_string_member (sub, "product_type", product_type);
  json_object_set_string_member (sub, "plan_type", plan_type);
  json_object_set_int_member (sub, "current_period_end", PERIOD_END_S);
  json_object_set_null_member (sub, "cancel_at_time");
  json_object_set_double_member (sub, "price_in_dollars", price);
  json_object_set_string_member (sub, "price_id", price_id);
  return sub;
}

static void
handle_subscription_details (DeckMockContext *ctx)
{
  JsonObject *json = json_object_new ();
  JsonArray *subs = json_array_new ();

  json_array_add_object_element (subs, subscription (ctx->store, "pid_hg_v1", "prt_outreach", "plt_primary", 97));
  json_array_add_object_element (subs, subscription (ctx->store, "pid_addon_lf_10k_v1", "prt_leadfinder", "plt_addon", 47));
  json_object_set_array_member (json, "subscriptions", subs);
  json_object_set_boolean_member (json, "all_subs_cancelled", FALSE);

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (json));
}

static const DeckMockRoute routes[] = {
  { "GET",    "/api/v2/workspaces/current",                       "workspaces:read",        NULL, NULL,                   FALSE, handle_get },
  { "PATCH",  "/api/v2/workspaces/current",                       "workspaces:update",      NULL, PATCH_WORKSPACE_SCHEMA, FALSE, handle_patch },
  { "POST",   "/api/v2/workspaces/current/schedule-for-removal",  "workspaces:delete",      NULL, NULL,                   FALSE, handle_schedule_removal },
  { "DELETE", "/api/v2/workspaces/current/schedule-for-removal",  "workspaces:delete",      NULL, NULL,                   FALSE, handle_cancel_removal },
  { "POST",   "/api/v2/workspaces/current/whitelabel-domain",     "workspaces:update",      NULL, WHITELABEL_SCHEMA,      TRUE,  handle_set_domain },
  { "GET",    "/api/v2/workspaces/current/whitelabel-domain",     "workspaces:read",        NULL, NULL,                   FALSE, handle_get_domain },
  { "DELETE", "/api/v2/workspaces/current/whitelabel-domain",     "workspaces:update",      NULL, NULL,                   FALSE, handle_delete_domain },
  { "POST",   "/api/v2/workspaces/current/change-owner",          "workspaces:update",      NULL, CHANGE_OWNER_SCHEMA,    TRUE,  handle_change_owner },
  { "GET",    "/api/v2/workspace-billing/plan-details",           "workspace_billing:read", NULL, NULL,                   FALSE, handle_plan_details },
  { "GET",    "/api/v2/workspace-billing/subscription-details",   "workspace_billing:read", NULL, NULL,                   FALSE, handle_subscription_details },
};

const DeckMockRoute *
deck_mock_workspace_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
