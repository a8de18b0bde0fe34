/* deck-mock-account-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-analytics"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-analytics-private.h"
#include "deck-mock-routes-private.h"

#define DAY_MS (G_GINT64_CONSTANT (86400000))
#define WARMUP_ANALYTICS_DAYS 14
#define MAX_DAILY_RANGE_DAYS 31

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define WARMUP_ANALYTICS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"emails\":{\"type\":\"array\",\"items\":{\"type\":" \
  "\"string\"},\"maxItems\":100,\"minItems\":1}},\"required\":[\"emails\"]}"

#define DAILY_QUERY \
  "{\"type\":\"object\",\"properties\":{\"start_date\":{\"type\":\"string\"},\"end_date\"" \
  ":{\"type\":\"string\"},\"emails\":{\"type\":\"array\",\"minItems\":1,\"maxItems\":200," \
  "\"items\":{\"type\":\"string\"}}}}"

#define CTD_QUERY \
  "{\"type\":\"object\",\"properties\":{\"host\":{\"type\":\"string\"}},\"required\":[\"ho" \
  "st\"]}"

#define VITALS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"accounts\":{\"type\":\"array\",\"items\":{\"type" \
  "\":\"string\"}}}}"

/* Warmup figures are derived from (email, date) with a stable hash, sending figures
 * from the campaigns the account sends for (deck-mock-campaign-analytics.c): the
 * same question always gets the same answer, whatever the order of the calls. Days
 * are those of the mock's fixed clock, like the campaigns'. */

static char *
format_date (gint64 unix_ms)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_ms / 1000);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static int
member_int (JsonObject *json,
            const char *member,
            int         fallback)
{
  JsonNode *node = json_object_get_member (json, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fallback;
  return (int) json_node_get_double (node);
}

static JsonNode *
take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static GPtrArray *
unique_accounts (DeckMockStore *store,
                 JsonArray     *emails)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; emails != NULL && i < json_array_get_length (emails); i++)
    {
      JsonNode *element = json_array_get_element (emails, i);
      DeckMockAccount *account;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      /* Emails that are not in this workspace are left out of the answer. */
      account = deck_mock_store_lookup_account (store, json_node_get_string (element));
      if (account != NULL && !g_ptr_array_find (result, account, NULL))
        g_ptr_array_add (result, account);
    }

  return result;
}

/* POST /api/v2/accounts/warmup-analytics */

static const char *
health_label (int score,
              int sent)
{
  if (sent == 0)
    return "No data";
  if (score >= 80)
    return "Good";
  if (score >= 60)
    return "Fair";
  return "Poor";
}

static void
handle_warmup_analytics (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(GPtrArray) accounts = unique_accounts (ctx->store, json_object_get_array_member (body, "emails"));
  JsonObject *by_email = json_object_new ();
  JsonObject *aggregates = json_object_new ();
  JsonObject *reply = json_object_new ();
  gint64 today = deck_mock_analytics_today (ctx->store);

  for (guint i = 0; i < accounts->len; i++)
    {
      DeckMockAccount *account = g_ptr_array_index (accounts, i);
      JsonObject *json = deck_mock_account_json (ctx->store, account);
      const char *email = account->email;
      JsonObject *warmup = json_object_get_object_member (json, "warmup");
      int score = member_int (json, "stat_warmup_score", -1);
      int limit = member_int (warmup, "limit", 20);
      JsonObject *days = json_object_new ();
      JsonObject *aggregate = json_object_new ();
      int total_sent = 0, total_inbox = 0, total_spam = 0, total_received = 0;

      for (int d = WARMUP_ANALYTICS_DAYS - 1; d >= 0; d--)
        {
          g_autofree char *date = format_date (today - d * DAY_MS);
          guint32 h = deck_mock_hash (email, date);
          JsonObject *day = json_object_new ();
          int sent = 0, inbox = 0, received = 0;

          /* No warmup history without a score (never warmed up). */
          if (score >= 0 && limit > 0)
            {
              sent = limit / 2 + (int) (h % (guint32) (limit / 2 + 1));
              inbox = (sent * score + 50) / 100;
              received = sent - 2 + (int) ((h >> 8) % 5);
              received = MAX (received, 0);
            }

          json_object_set_int_member (day, "sent", sent);
          json_object_set_int_member (day, "landed_inbox", inbox);
          json_object_set_int_member (day, "landed_spam", sent - inbox);
          json_object_set_int_member (day, "received", received);
          json_object_set_object_member (days, date, day);

          total_sent += sent;
          total_inbox += inbox;
          total_spam += sent - inbox;
          total_received += received;
        }

      json_object_set_int_member (aggregate, "sent", total_sent);
      json_object_set_int_member (aggregate, "received", total_received);
      json_object_set_int_member (aggregate, "landed_inbox", total_inbox);
      json_object_set_int_member (aggregate, "landed_spam", total_spam);
      json_object_set_string_member (aggregate, "health_score_label", health_label (score, total_sent));
      json_object_set_int_member (aggregate, "health_score", MAX (score, 0));

      json_object_set_object_member (by_email, email, days);
      json_object_set_object_member (aggregates, email, aggregate);
    }

  json_object_set_object_member (reply, "email_date_data", by_email);
  json_object_set_object_member (reply, "aggregate_data", aggregates);
  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (reply));
}

/* GET /api/v2/accounts/analytics/daily */

static gboolean
parse_day (DeckMockContext *ctx,
           const char      *name,
           gint64           fallback,
           gint64          *day)
{
  const char *text = deck_mock_query_string (ctx, name);
  gint64 ms;

  if (text == NULL || *text == '\0')
    {
      *day = fallback;
      return TRUE;
    }
  if (!deck_mock_parse_time (text, &ms))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring/%s must be a date (YYYY-MM-DD) or a date-time", name);
      return FALSE;
    }
  *day = ms - ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  return TRUE;
}

static void
add_daily_entry (JsonArray         *items,
                 DeckMockAnalytics *analytics,
                 const char        *email,
                 gint64             day,
                 const char        *date)
{
  JsonObject *entry = json_object_new ();
  DeckMockCounts c;

  /* Its share of the campaigns it sends for: over all the senders of the
   * workspace these add up to /campaigns/analytics/daily. */
  deck_mock_analytics_account_day (analytics, email, day, &c);

  json_object_set_string_member (entry, "date", date);
  json_object_set_string_member (entry, "email_account", email);
  json_object_set_int_member (entry, "sent", c.sent);
  json_object_set_int_member (entry, "bounced", c.bounced);
  json_object_set_int_member (entry, "contacted", c.sent);
  json_object_set_int_member (entry, "new_leads_contacted", c.new_leads);
  json_object_set_int_member (entry, "opened", c.opened);
  json_object_set_int_member (entry, "unique_opened", c.unique_opened);
  json_object_set_int_member (entry, "replies", c.replies);
  json_object_set_int_member (entry, "unique_replies", c.unique_replies);
  json_object_set_int_member (entry, "replies_automatic", c.replies_automatic);
  json_object_set_int_member (entry, "unique_replies_automatic", c.unique_replies_automatic);
  json_object_set_int_member (entry, "clicks", c.clicks);
  json_object_set_int_member (entry, "unique_clicks", c.unique_clicks);

  json_array_add_object_element (items, entry);
}

static void
handle_daily (DeckMockContext *ctx)
{
  JsonNode *emails = json_object_get_member (ctx->query, "emails");
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(DeckMockAnalytics) analytics = NULL;
  gint64 end, start;
  JsonArray *items;
  JsonNode *node;

  if (emails == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "querystring must have required property 'emails'");
      return;
    }

  if (!parse_day (ctx, "end_date", deck_mock_analytics_today (ctx->store), &end) ||
      !parse_day (ctx, "start_date", end - 29 * DAY_MS, &start))
    return;

  if (start > end)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "start_date must not be after end_date");
      return;
    }
  if ((end - start) / DAY_MS + 1 > MAX_DAILY_RANGE_DAYS)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "The maximum date range is %d days", MAX_DAILY_RANGE_DAYS);
      return;
    }

  accounts = unique_accounts (ctx->store, json_node_get_array (emails));
  analytics = deck_mock_analytics_new (ctx->store);
  items = json_array_new ();
  for (gint64 day = start; day <= end; day += DAY_MS)
    {
      g_autofree char *date = format_date (day);

      for (guint i = 0; i < accounts->len; i++)
        add_daily_entry (items, analytics, ((DeckMockAccount *) g_ptr_array_index (accounts, i))->email, day, date);
    }

  /* A bare array, not a list envelope. */
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, items);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* GET /api/v2/accounts/ctd/status */

static void
handle_ctd_status (DeckMockContext *ctx)
{
  const char *host = deck_mock_query_string (ctx, "host");
  JsonObject *reply = json_object_new ();
  const char *status = NULL;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, ctx->store->accounts);
  while (status == NULL && g_hash_table_iter_next (&iter, NULL, &value))
    {
      DeckMockAccount *account = value;
      JsonObject *json;
      const char *name;

      if (!account->has_ctd)
        continue;
      json = deck_mock_account_json (ctx->store, account);
      name = json_object_get_string_member_with_default (json, "tracking_domain_name", NULL);
      if (name != NULL && g_ascii_strcasecmp (name, host) == 0)
        status = json_object_get_string_member_with_default (json, "tracking_domain_status", "pending");
    }

  json_object_set_boolean_member (reply, "success", g_strcmp0 (status, "active") == 0);
  json_object_set_boolean_member (reply, "ssl", g_strcmp0 (status, "active") == 0);
  json_object_set_boolean_member (reply, "cname", status != NULL && !g_str_equal (status, "pending"));
  json_object_set_string_member (reply, "host", host);
  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (reply));
}

/* POST /api/v2/accounts/test/vitals */

static void
add_domain (GPtrArray  *domains,
            const char *email_or_domain)
{
  const char *at = strrchr (email_or_domain, '@');
  g_autofree char *domain = g_ascii_strdown (at ? at + 1 : email_or_domain, -1);

  if (*domain == '\0')
    return;
  for (guint i = 0; i < domains->len; i++)
    if (g_str_equal (g_ptr_array_index (domains, i), domain))
      return;
  g_ptr_array_add (domains, g_steal_pointer (&domain));
}

static void
handle_vitals (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(GPtrArray) domains = g_ptr_array_new_with_free_func (g_free);
  JsonArray *success = json_array_new ();
  JsonArray *failure = json_array_new ();
  JsonObject *reply = json_object_new ();

  if (json_object_has_member (body, "accounts"))
    {
      JsonArray *accounts = json_object_get_array_member (body, "accounts");

      for (guint i = 0; i < json_array_get_length (accounts); i++)
        add_domain (domains, json_array_get_string_element (accounts, i));
    }
  else
    {
      /* No list: every domain of the workspace, oldest account first. */
      GSequenceIter *iter;

      for (iter = g_sequence_get_begin_iter (ctx->store->account_order);
           !g_sequence_iter_is_end (iter);
           iter = g_sequence_iter_next (iter))
        add_domain (domains, ((DeckMockAccount *) g_sequence_get (iter))->email);
    }

  for (guint i = 0; i < domains->len; i++)
    {
      const char *domain = g_ptr_array_index (domains, i);
      guint32 h = deck_mock_hash (domain, "dns");
      JsonObject *result = json_object_new ();
      gboolean mx = h % 100 < 97;
      gboolean spf = (h >> 8) % 100 < 90;
      gboolean dkim = (h >> 16) % 100 < 85;
      gboolean dmarc = (h >> 24) % 100 < 75;
      gboolean all = mx && spf && dkim && dmarc;

      json_object_set_string_member (result, "domain", domain);
      json_object_set_boolean_member (result, "allPass", all);
      json_object_set_boolean_member (result, "mx", mx);
      json_object_set_boolean_member (result, "spf", spf);
      json_object_set_boolean_member (result, "dkim", dkim);
      json_object_set_boolean_member (result, "dmarc", dmarc);
      json_array_add_object_element (all ? success : failure, result);
    }

  json_object_set_string_member (reply, "status", "success");
  json_object_set_array_member (reply, "success_list", success);
  json_object_set_array_member (reply, "failure_list", failure);
  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (reply));
}

static const DeckMockRoute routes[] = {
  { "POST", "/api/v2/accounts/warmup-analytics", "accounts:read", NULL,        WARMUP_ANALYTICS_SCHEMA, TRUE,  handle_warmup_analytics },
  { "GET",  "/api/v2/accounts/analytics/daily",  "accounts:read", DAILY_QUERY, NULL,                    FALSE, handle_daily },
  { "GET",  "/api/v2/accounts/ctd/status",       "accounts:read", CTD_QUERY,   NULL,                    FALSE, handle_ctd_status },
  { "POST", "/api/v2/accounts/test/vitals",      "accounts:read", NULL,        VITALS_SCHEMA,           FALSE, handle_vitals },
};

const DeckMockRoute *
deck_mock_account_analytics_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
