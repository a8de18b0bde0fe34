/* deck-mock-audit.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-audit"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

/* The audit log: a seeded history of the 90 days before the seed's present, newest
 * first, which grows with the state changes the mock handles that the log knows a
 * type for (accounts added, changed and deleted, API keys created and deleted). */

#define DEFAULT_LIMIT   10
#define HISTORY_DAYS    90
#define N_SEEDED        300
#define N_EMAILS        8
#define SEED_SALT       0xA0D17u

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define LIST_AUDIT_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"" \
  "maximum\":1000},\"starting_after\":{\"type\":\"string\"},\"activity_type\":{\"type\"" \
  ":\"number\"},\"search\":{\"type\":\"string\"},\"start_date\":{\"type\":\"string\"},\"" \
  "end_date\":{\"type\":\"string\"}}}"

/* The spec's activity types, their words (x-enumDescriptions) and how often the
 * seed makes each. */
static const struct
{
  int         type;
  const char *label;
  int         weight;
} activities[] = {
  { 1,  "User login", 60 },
  { 2,  "Lead deletion", 10 },
  { 3,  "Campaign deletion", 3 },
  { 4,  "Campaign launch", 12 },
  { 5,  "Campaign pause", 10 },
  { 6,  "Account addition", 10 },
  { 7,  "Account deletion", 3 },
  { 8,  "Lead moved", 8 },
  { 9,  "Lead added", 36 },
  { 10, "Lead merged", 3 },
  { 11, "Campaign update", 22 },
  { 12, "Subsequence update", 5 },
  { 18, "Webhook created", 3 },
  { 19, "Webhook updated", 3 },
  { 20, "Webhook marked as error", 2 },
  { 21, "Webhook resumed", 2 },
  { 22, "TOTP enrollment started", 1 },
  { 23, "TOTP enabled", 1 },
  { 24, "TOTP replacement started", 0 },
  { 25, "TOTP replaced", 0 },
  { 26, "TOTP disabled", 0 },
  { 27, "MFA recovery codes generated", 1 },
  { 28, "MFA recovery code used", 0 },
  { 29, "MFA login challenge failed", 2 },
  { 30, "MFA login challenge failed too many times", 0 },
  { 31, "MFA login succeeded", 10 },
  { 32, "Subscriber import started", 5 },
  { 33, "Subscriber import cancelled", 1 },
  { 34, "Lead exported", 8 },
  { 35, "SuperSearch enrichment created", 5 },
  { 36, "Account update", 22 },
  { 37, "API key created", 2 },
  { 38, "API key deleted", 1 },
  { 40, "Domain forwarding updated", 2 },
};

/* The requests that leave a trace, by route. */
static const struct
{
  const char *method;
  const char *route;
  int         type;
} recorded[] = {
  { "POST",   "/api/v2/accounts",                     6 },
  { "DELETE", "/api/v2/accounts/{email}",             7 },
  { "PATCH",  "/api/v2/accounts/{email}",             36 },
  { "POST",   "/api/v2/accounts/{email}/pause",       36 },
  { "POST",   "/api/v2/accounts/{email}/resume",      36 },
  { "POST",   "/api/v2/accounts/{email}/mark-fixed",  36 },
  { "POST",   "/api/v2/accounts/pause",               36 },
  { "POST",   "/api/v2/api-keys",                     37 },
  { "DELETE", "/api/v2/api-keys/{id}",                38 },
};

static const char * const browser_agents[] = {
  "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
};

static const char * const api_agents[] = {
  "Instadeck/1.0",
  "Zapier",
  "python-requests/2.32.3",
};

static const char * const campaign_names[] = {
  "Q3 SaaS founders", "DACH logistics", "Webinar follow-up", "Agency partners", "Re-engagement",
};

void
deck_mock_audit_entry_free (gpointer data)
{
  DeckMockAuditEntry *entry = data;

  g_free (entry->id);
  g_free (entry->user_agent);
  g_free (entry->user_id);
  g_free (entry->user_name);
  g_free (entry->ip_address);
  g_free (entry->api_key_id);
  g_free (entry->campaign_id);
  g_free (entry->webhook_id);
  g_free (entry->subsequence_id);
  g_free (entry->list_id);
  g_clear_pointer (&entry->metadata, json_object_unref);
  g_free (entry);
}

static const char *
activity_label (int type)
{
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (activities[i].type == type)
      return activities[i].label;
  return NULL;
}

static int
pick_activity (GRand *rand)
{
  int total = 0;
  int roll;

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    total += activities[i].weight;

  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      if (roll < activities[i].weight)
        return activities[i].type;
      roll -= activities[i].weight;
    }
  return 1;
}

static gboolean
may_come_from_api (int type)
{
  switch (type)
    {
    case 2: case 4: case 5: case 6: case 8: case 9: case 11: case 32: case 34: case 35: case 36:
      return TRUE;
    default:
      return FALSE;
    }
}

static gint64
affected_count (GRand *rand,
                int    type)
{
  switch (type)
    {
    case 2: return g_rand_int_range (rand, 1, 41);
    case 8: return g_rand_int_range (rand, 1, 201);
    case 9: return g_rand_int_range (rand, 1, 501);
    case 10: return g_rand_int_range (rand, 2, 6);
    case 32: return g_rand_int_range (rand, 100, 2001);
    case 34: return g_rand_int_range (rand, 50, 3001);
    case 35: return g_rand_int_range (rand, 10, 501);
    default: return -1;
    }
}

/* Small pools of ids, so that a campaign or a list shows up more than once. */
static char *
pool_id (GRand      *rand,
         const char *pool,
         guint       n,
         guint      *index)
{
  g_autofree char *salt = NULL;
  guint32 a;
  guint32 b;

  *index = (guint) g_rand_int_range (rand, 0, (gint32) n);
  salt = g_strdup_printf ("%u", *index);
  a = deck_mock_hash (pool, salt);
  b = deck_mock_hash (salt, pool);

  return g_strdup_printf ("%08x-%04x-7%03x-%04x-%04x%08x",
                          a, b & 0xffff, (b >> 16) & 0xfff, 0x8000 | (a & 0x3fff), (a >> 16) & 0xffff, a ^ b);
}

static void
fill_details (DeckMockStore      *store,
              DeckMockAuditEntry *entry,
              GRand              *rand)
{
  JsonObject *metadata = json_object_new ();
  guint index;
  int type = entry->activity_type;

  entry->affected_count = affected_count (rand, type);

  switch (type)
    {
    case 3: case 4: case 5: case 11:
      entry->campaign_id = pool_id (rand, "campaign", G_N_ELEMENTS (campaign_names), &index);
      json_object_set_string_member (metadata, "campaign_name", campaign_names[index]);
      break;
    case 12:
      entry->subsequence_id = pool_id (rand, "subsequence", 2, &index);
      break;
    case 18: case 19: case 20: case 21:
      entry->webhook_id = pool_id (rand, "webhook", 2, &index);
      break;
    case 9: case 32: case 33: case 34:
      entry->list_id = pool_id (rand, "list", 4, &index);
      break;
    case 6: case 7: case 36:
      if (store->audit_emails[0] != NULL)
        {
          guint n = g_strv_length (store->audit_emails);

          json_object_set_string_member (metadata, "email",
                                         store->audit_emails[g_rand_int_range (rand, 0, (gint32) n)]);
        }
      break;
    case 1: case 31:
      json_object_set_string_member (metadata, "method", g_rand_boolean (rand) ? "password" : "google");
      break;
    default:
      break;
    }

  entry->metadata = metadata;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

void
deck_mock_audit_prepare (DeckMockStore *store)
{
  GStrvBuilder *ids = g_strv_builder_new ();
  GStrvBuilder *names = g_strv_builder_new ();
  GStrvBuilder *keys = g_strv_builder_new ();
  GStrvBuilder *emails = g_strv_builder_new ();
  GSequenceIter *iter = g_sequence_get_begin_iter (store->account_order);

  for (guint i = 0; i < store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (store->members, i);

      if (member->accepted)
        {
          g_strv_builder_add (ids, member->user_id);
          g_strv_builder_take (names, g_strdup_printf ("%s %s", member->first_name, member->last_name));
        }
    }
  for (guint i = 0; i < store->api_keys->len; i++)
    g_strv_builder_add (keys, ((DeckMockApiKey *) g_ptr_array_index (store->api_keys, i))->id);
  for (guint i = 0; i < N_EMAILS && !g_sequence_iter_is_end (iter); i++, iter = g_sequence_iter_next (iter))
    g_strv_builder_add (emails, ((DeckMockAccount *) g_sequence_get (iter))->email);

  store->audit_user_ids = g_strv_builder_end (ids);
  store->audit_user_names = g_strv_builder_end (names);
  store->audit_key_ids = g_strv_builder_end (keys);
  store->audit_emails = g_strv_builder_end (emails);
  g_strv_builder_unref (ids);
  g_strv_builder_unref (names);
  g_strv_builder_unref (keys);
  g_strv_builder_unref (emails);
}

void
deck_mock_audit_ensure (DeckMockStore *store)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GArray) times = NULL;
  g_autoptr(GPtrArray) seeded = NULL;
  gint64 end = DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS;
  gint64 span = HISTORY_DAYS * DECK_MOCK_DAY_MS;
  guint n_people;
  guint n_keys;

  if (store->audit_seeded)
    return;
  store->audit_seeded = TRUE;

  n_people = g_strv_length (store->audit_user_ids);
  n_keys = g_strv_length (store->audit_key_ids);
  g_return_if_fail (n_people > 0);

  rand = g_rand_new_with_seed (store->seed ^ SEED_SALT);
  times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), N_SEEDED);
  for (guint i = 0; i < N_SEEDED; i++)
    {
      gint64 t = end - span + (gint64) (g_rand_double (rand) * (double) span);

      g_array_append_val (times, t);
    }
  g_array_sort (times, compare_times);

  /* Oldest first, so that the ids (UUIDv7 of the entry's own time) sort as the
   * entries do; entries recorded before this call come after them. */
  seeded = g_ptr_array_new_full (N_SEEDED + store->audit_log->len, deck_mock_audit_entry_free);
  for (guint i = 0; i < N_SEEDED; i++)
    {
      DeckMockAuditEntry *entry = g_new0 (DeckMockAuditEntry, 1);
      guint person = (guint) g_rand_int_range (rand, 0, (gint32) n_people);

      entry->timestamp_ms = g_array_index (times, gint64, i);
      entry->id = deck_mock_uuid7 (rand, entry->timestamp_ms, i);
      entry->activity_type = pick_activity (rand);
      entry->from_api = may_come_from_api (entry->activity_type) && g_rand_int_range (rand, 0, 100) < 35;

      if (entry->from_api)
        {
          guint k = (guint) g_rand_int_range (rand, 0, (gint32) MAX (n_keys, 1));

          entry->api_key_id = g_strdup (store->audit_key_ids[k]);
          entry->user_agent = g_strdup (api_agents[k % G_N_ELEMENTS (api_agents)]);
          entry->ip_address = g_strdup_printf ("198.51.100.%u", 10 + k);
        }
      else
        {
          entry->user_id = g_strdup (store->audit_user_ids[person]);
          entry->user_name = g_strdup (store->audit_user_names[person]);
          entry->user_agent = g_strdup (browser_agents[person % G_N_ELEMENTS (browser_agents)]);
          entry->ip_address = g_strdup_printf ("203.0.113.%u", 20 + person * 7 + (guint) g_rand_int_range (rand, 0, 3));
        }

      fill_details (store, entry, rand);
      g_ptr_array_add (seeded, entry);
    }

  g_ptr_array_extend_and_steal (seeded, g_steal_pointer (&store->audit_log));
  store->audit_log = g_steal_pointer (&seeded);
}

void
deck_mock_audit_record (DeckMockStore *store,
                        const char    *method,
                        const char    *route_path,
                        const char    *path,
                        const char    *token,
                        const char    *user_agent)
{
  DeckMockAuditEntry *entry;
  DeckMockApiKey *api_key;
  int type = 0;

  for (guint i = 0; i < G_N_ELEMENTS (recorded) && type == 0; i++)
    if (g_str_equal (recorded[i].method, method) && g_str_equal (recorded[i].route, route_path))
      type = recorded[i].type;
  if (type == 0)
    return;

  deck_mock_audit_ensure (store);
  api_key = deck_mock_store_find_api_key (store, token);

  entry = g_new0 (DeckMockAuditEntry, 1);
  entry->timestamp_ms = deck_mock_now_ms ();
  entry->id = deck_mock_store_new_id (store, entry->timestamp_ms);
  entry->activity_type = type;
  entry->from_api = TRUE;
  entry->api_key_id = api_key != NULL ? g_strdup (api_key->id) : NULL;
  entry->user_agent = g_strdup (user_agent);
  entry->ip_address = g_strdup ("127.0.0.1");
  entry->affected_count = -1;
  entry->metadata = json_object_new ();
  json_object_set_string_member (entry->metadata, "method", method);
  json_object_set_string_member (entry->metadata, "path", path);
  g_ptr_array_add (store->audit_log, entry);
}

static JsonNode *
entry_to_json (DeckMockStore      *store,
               DeckMockAuditEntry *entry)
{
  JsonObject *json = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *timestamp = deck_mock_format_time (entry->timestamp_ms);

  json_object_set_string_member (json, "id", entry->id);
  json_object_set_string_member (json, "timestamp", timestamp);
  json_object_set_string_member (json, "organization_id", store->workspace_id);
  json_object_set_int_member (json, "activity_type", entry->activity_type);
  deck_mock_json_set_nullable_string (json, "user_agent", entry->user_agent);
  deck_mock_json_set_nullable_string (json, "user_id", entry->user_id);
  json_object_set_string_member (json, "ip_address", entry->ip_address);
  json_object_set_boolean_member (json, "from_api", entry->from_api);
  deck_mock_json_set_nullable_string (json, "api_key_id", entry->api_key_id);
  if (entry->affected_count >= 0)
    json_object_set_int_member (json, "affected_count", entry->affected_count);
  else
    json_object_set_null_member (json, "affected_count");
  deck_mock_json_set_nullable_string (json, "campaign_id", entry->campaign_id);
  deck_mock_json_set_nullable_string (json, "webhook_id", entry->webhook_id);
  deck_mock_json_set_nullable_string (json, "subsequence_id", entry->subsequence_id);
  deck_mock_json_set_nullable_string (json, "list_id", entry->list_id);
  json_object_set_object_member (json, "audit_metadata", deck_mock_json_object_copy (entry->metadata));
  deck_mock_json_set_nullable_string (json, "user_name", entry->user_name);
  json_node_take_object (node, json);

  return node;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle_folded)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle_folded) != NULL;
}

static gboolean
entry_matches_search (DeckMockAuditEntry *entry,
                      const char         *needle_folded)
{
  return contains_casefold (activity_label (entry->activity_type), needle_folded) ||
         contains_casefold (entry->user_name, needle_folded) ||
         contains_casefold (entry->ip_address, needle_folded) ||
         contains_casefold (entry->user_agent, needle_folded);
}

/* A bare date as an end means the whole of that day. */
static gboolean
parse_bound (const char *text,
             gboolean    is_end,
             gint64     *unix_ms)
{
  if (!deck_mock_parse_time (text, unix_ms))
    return FALSE;
  if (is_end && strlen (text) == 10)
    *unix_ms += DECK_MOCK_DAY_MS - 1;
  return TRUE;
}

/* GET /api/v2/audit-logs */

static void
handle_list (DeckMockContext *ctx)
{
  GPtrArray *log;
  const char *cursor = deck_mock_query_string (ctx, "starting_after");
  const char *search = deck_mock_query_string (ctx, "search");
  const char *start_text = deck_mock_query_string (ctx, "start_date");
  const char *end_text = deck_mock_query_string (ctx, "end_date");
  JsonNode *type_node = json_object_get_member (ctx->query, "activity_type");
  g_autofree char *needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  gint64 start_ms = G_MININT64;
  gint64 end_ms = G_MAXINT64;
  gint64 limit = DEFAULT_LIMIT;
  JsonArray *items;
  DeckMockAuditEntry *last = NULL;
  const char *next = NULL;
  guint i;

  if (start_text != NULL && !parse_bound (start_text, FALSE, &start_ms))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring/start_date must be a date or a date-time");
      return;
    }
  if (end_text != NULL && !parse_bound (end_text, TRUE, &end_ms))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring/end_date must be a date or a date-time");
      return;
    }
  deck_mock_query_int (ctx, "limit", &limit);

  deck_mock_audit_ensure (ctx->store);
  log = ctx->store->audit_log;

  /* Newest first: walk from the end, below the cursor. */
  i = log->len;
  if (cursor != NULL && *cursor != '\0')
    {
      while (i > 0 && strcmp (((DeckMockAuditEntry *) g_ptr_array_index (log, i - 1))->id, cursor) >= 0)
        i--;
    }

  items = json_array_new ();
  for (; i > 0; i--)
    {
      DeckMockAuditEntry *entry = g_ptr_array_index (log, i - 1);

      if (type_node != NULL && json_node_get_double (type_node) != entry->activity_type)
        continue;
      if (entry->timestamp_ms < start_ms || entry->timestamp_ms > end_ms)
        continue;
      if (needle != NULL && !entry_matches_search (entry, needle))
        continue;

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, entry_to_json (ctx->store, entry));
      last = entry;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

static const DeckMockRoute routes[] = {
  { "GET", "/api/v2/audit-logs", "audit_logs:read", LIST_AUDIT_QUERY, NULL, FALSE, handle_list },
};

const DeckMockRoute *
deck_mock_audit_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
