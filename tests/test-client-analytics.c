/* test-client-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The analytics client against the mock: each endpoint parsed, the figures agree
 * with the raw replies and with each other, and GET /accounts/analytics/daily is
 * split into requests of at most 200 accounts and 31 days (the request log says so). */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "deck-client.h"
#include "deck-client-analytics.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"

#define WAIT_MS 60000
/* More accounts than one daily request may name. */
#define N_ACCOUNTS 230
/* The seed's present, 2025-11-02T08:00:00Z: the figures stay the same whatever day it is. */
#define CLOCK_MS G_GINT64_CONSTANT (1762070400000)

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
} Fixture;

static JsonNode *
call_sync (DeckClient  *client,
           const char  *path)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  deck_client_call_async (client, "GET", path, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  node = deck_client_call_finish (client, result, &error);
  g_assert_no_error (error);
  return node;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->mock = deck_mock_server_new (GPOINTER_TO_UINT (data) ? GPOINTER_TO_UINT (data) : 12);
  deck_mock_server_set_clock (fixture->mock, CLOCK_MS);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 4, 1, 5000);
  deck_client_set_rate_limit (fixture->client, 0, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
}

static double
member (JsonObject *object,
        const char *name)
{
  return json_node_get_double (json_object_get_member (object, name));
}

/* Every (campaign) analytics request of the log, oldest first. */
static GPtrArray *
logged (Fixture    *fixture,
        const char *path)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->mock);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (g_str_equal (json_object_get_string_member (entry, "path"), path))
        g_ptr_array_add (entries, json_object_ref (entry));
    }
  return entries;
}

static const char *
query_string (JsonObject *entry,
              const char *name)
{
  JsonObject *query = json_object_get_object_member (entry, "query");

  return json_object_has_member (query, name) ? json_object_get_string_member (query, name) : NULL;
}

/* A repeated query value as a list (one value arrives as a string). */
static GPtrArray *
query_list (JsonObject *entry,
            const char *name)
{
  JsonObject *query = json_object_get_object_member (entry, "query");
  JsonNode *node = json_object_get_member (query, name);
  GPtrArray *values = g_ptr_array_new ();

  if (node == NULL)
    return values;
  if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      g_ptr_array_add (values, (gpointer) json_array_get_string_element (json_node_get_array (node), i));
  else
    g_ptr_array_add (values, (gpointer) json_node_get_string (node));
  return values;
}

static DeckAnalyticsFigures *
overview_sync (Fixture            *fixture,
               const char * const *ids,
               const char         *start,
               const char         *end,
               int                 status)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DeckAnalyticsFigures *figures;

  deck_client_get_analytics_overview_async (fixture->client, ids, start, end, status, NULL,
                                            deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  figures = deck_client_get_analytics_overview_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static GPtrArray *
campaigns_sync (Fixture    *fixture,
                const char *start,
                const char *end)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  deck_client_list_campaign_analytics_async (fixture->client, NULL, start, end, NULL,
                                             deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  list = deck_client_list_campaign_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  return list;
}

/* ------------------------------------------------------------------ tests */

static void
test_overview (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(DeckAnalyticsFigures) all = overview_sync (fixture, NULL, "2025-10-04", "2025-11-02",
                                                       DECK_ANALYTICS_ANY_STATUS);
  g_autoptr(JsonNode) raw = call_sync (fixture->client,
                                       "/api/v2/campaigns/analytics/overview?start_date=2025-10-04&end_date=2025-11-02");
  JsonObject *object = json_node_get_object (raw);
  g_autoptr(GPtrArray) campaigns = campaigns_sync (fixture, "2025-10-04", "2025-11-02");
  g_autoptr(DeckAnalyticsFigures) active = NULL;
  g_autoptr(DeckAnalyticsFigures) two = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  const char *two_ids[3] = { NULL, NULL, NULL };
  double sum_sent = 0, sum_two = 0;

  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_SENT), ==, member (object, "emails_sent_count"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_SENT), >, 0);
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_CONTACTED), ==, member (object, "contacted_count"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_UNIQUE_OPENED), ==, member (object, "open_count_unique"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_UNIQUE_REPLIES), ==, member (object, "reply_count_unique"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_BOUNCED), ==, member (object, "bounced_count"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_UNSUBSCRIBED), ==, member (object, "unsubscribed_count"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_OPPORTUNITIES), ==, member (object, "total_opportunities"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_OPPORTUNITY_VALUE), ==, member (object, "total_opportunity_value"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_INTERESTED), ==, member (object, "total_interested"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_MEETINGS_BOOKED), ==, member (object, "total_meeting_booked"));
  g_assert_cmpfloat (deck_analytics_figures_get (all, DECK_ANALYTICS_CLOSED), ==, member (object, "total_closed"));
  g_assert_true (deck_analytics_figures_has (all, DECK_ANALYTICS_CLOSED));
  g_assert_false (deck_analytics_figures_has (all, DECK_ANALYTICS_LEADS));
  g_assert_cmpfloat_with_epsilon (deck_analytics_figures_get_rate (all, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_CONTACTED),
                                  member (object, "reply_count_unique") / member (object, "contacted_count"), 1e-12);

  /* The campaigns add up to the overview. */
  g_assert_cmpuint (campaigns->len, >, 1);
  for (guint i = 0; i < campaigns->len; i++)
    {
      DeckAnalyticsFigures *campaign = g_ptr_array_index (campaigns, i);

      g_assert_nonnull (deck_analytics_figures_get_campaign_id (campaign));
      g_assert_nonnull (deck_analytics_figures_get_campaign_name (campaign));
      sum_sent += deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT);
      if (i < 2)
        {
          two_ids[i] = deck_analytics_figures_get_campaign_id (campaign);
          sum_two += deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT);
        }
    }
  g_assert_cmpfloat (sum_sent, ==, deck_analytics_figures_get (all, DECK_ANALYTICS_SENT));
  requests = logged (fixture, "/api/v2/campaigns/analytics");
  g_assert_cmpstr (query_string (g_ptr_array_index (requests, 0), "exclude_total_leads_count"), ==, "true");

  /* Two campaigns by id, repeated keys. */
  two = overview_sync (fixture, two_ids, "2025-10-04", "2025-11-02", DECK_ANALYTICS_ANY_STATUS);
  g_assert_cmpfloat (deck_analytics_figures_get (two, DECK_ANALYTICS_SENT), ==, sum_two);
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = logged (fixture, "/api/v2/campaigns/analytics/overview");
  ids = query_list (g_ptr_array_index (requests, requests->len - 1), "ids");
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, two_ids[0]);

  /* The status filter is sent as campaign_status and narrows the figures. */
  active = overview_sync (fixture, NULL, "2025-10-04", "2025-11-02", 1);
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = logged (fixture, "/api/v2/campaigns/analytics/overview");
  g_assert_cmpstr (query_string (g_ptr_array_index (requests, requests->len - 1), "campaign_status"), ==, "1");
  g_assert_cmpstr (query_string (g_ptr_array_index (requests, requests->len - 1), "start_date"), ==, "2025-10-04");
  g_assert_cmpfloat (deck_analytics_figures_get (active, DECK_ANALYTICS_SENT), <=,
                     deck_analytics_figures_get (all, DECK_ANALYTICS_SENT));
}

static void
test_daily_and_steps (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DeckAnalyticsFigures) all = overview_sync (fixture, NULL, "2025-09-01", "2025-11-02",
                                                       DECK_ANALYTICS_ANY_STATUS);
  g_autoptr(GPtrArray) campaigns = campaigns_sync (fixture, "2025-09-01", "2025-11-02");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) campaign_days = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  DeckAnalyticsFigures *busiest = NULL;
  const char *previous = NULL;
  double sent = 0, replies = 0;

  deck_client_get_daily_campaign_analytics_async (fixture->client, NULL, "2025-09-01", "2025-11-02",
                                                  DECK_ANALYTICS_ANY_STATUS, NULL,
                                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_campaign_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, >, 10);
  for (guint i = 0; i < days->len; i++)
    {
      DeckAnalyticsFigures *day = g_ptr_array_index (days, i);
      const char *date = deck_analytics_figures_get_date (day);

      g_assert_cmpuint (strlen (date), ==, 10);
      g_assert_cmpstr (date, >=, "2025-09-01");
      g_assert_cmpstr (date, <=, "2025-11-02");
      if (previous != NULL)
        g_assert_cmpstr (previous, <, date);
      previous = date;
      sent += deck_analytics_figures_get (day, DECK_ANALYTICS_SENT);
      replies += deck_analytics_figures_get (day, DECK_ANALYTICS_REPLIES);
    }
  /* The same range gives the same totals from every endpoint. */
  g_assert_cmpfloat (sent, ==, deck_analytics_figures_get (all, DECK_ANALYTICS_SENT));
  g_assert_cmpfloat (replies, ==, deck_analytics_figures_get (all, DECK_ANALYTICS_REPLIES));

  /* One campaign: its days and its steps add up to its own figures. */
  for (guint i = 0; i < campaigns->len; i++)
    {
      DeckAnalyticsFigures *campaign = g_ptr_array_index (campaigns, i);

      if (busiest == NULL || deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT) >
                             deck_analytics_figures_get (busiest, DECK_ANALYTICS_SENT))
        busiest = campaign;
    }
  g_assert_nonnull (busiest);

  g_clear_object (&result);
  deck_client_get_daily_campaign_analytics_async (fixture->client, deck_analytics_figures_get_campaign_id (busiest),
                                                  "2025-09-01", "2025-11-02", DECK_ANALYTICS_ANY_STATUS, NULL,
                                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  campaign_days = deck_client_get_daily_campaign_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  sent = 0;
  for (guint i = 0; i < campaign_days->len; i++)
    sent += deck_analytics_figures_get (g_ptr_array_index (campaign_days, i), DECK_ANALYTICS_SENT);
  g_assert_cmpfloat (sent, ==, deck_analytics_figures_get (busiest, DECK_ANALYTICS_SENT));
  requests = logged (fixture, "/api/v2/campaigns/analytics/daily");
  g_assert_cmpstr (query_string (g_ptr_array_index (requests, 1), "campaign_id"), ==,
                   deck_analytics_figures_get_campaign_id (busiest));

  g_clear_object (&result);
  deck_client_get_campaign_steps_analytics_async (fixture->client, deck_analytics_figures_get_campaign_id (busiest),
                                                  "2025-09-01", "2025-11-02", NULL,
                                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  steps = deck_client_get_campaign_steps_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >, 0);
  sent = 0;
  for (guint i = 0; i < steps->len; i++)
    {
      DeckAnalyticsFigures *step = g_ptr_array_index (steps, i);

      g_assert_cmpint (deck_analytics_figures_get_step (step), >=, 0);
      g_assert_cmpint (deck_analytics_figures_get_variant (step), >=, 0);
      g_assert_true (deck_analytics_figures_has (step, DECK_ANALYTICS_OPPORTUNITIES));
      sent += deck_analytics_figures_get (step, DECK_ANALYTICS_SENT);
    }
  g_assert_cmpfloat (sent, ==, deck_analytics_figures_get (busiest, DECK_ANALYTICS_SENT));
  g_clear_pointer (&requests, g_ptr_array_unref);
  requests = logged (fixture, "/api/v2/campaigns/analytics/steps");
  g_assert_cmpstr (query_string (g_ptr_array_index (requests, 0), "include_opportunities_count"), ==, "true");
}

static GPtrArray *
all_emails (Fixture *fixture)
{
  GPtrArray *emails = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cursor = NULL;

  do
    {
      g_autofree char *path = cursor ? g_strdup_printf ("/api/v2/accounts?limit=100&starting_after=%s", cursor)
                                     : g_strdup ("/api/v2/accounts?limit=100");
      g_autoptr(JsonNode) page = call_sync (fixture->client, path);
      JsonObject *object = json_node_get_object (page);
      JsonArray *items = json_object_get_array_member (object, "items");

      for (guint i = 0; i < json_array_get_length (items); i++)
        g_ptr_array_add (emails, g_strdup (json_object_get_string_member (json_array_get_object_element (items, i), "email")));
      g_clear_pointer (&cursor, g_free);
      if (json_object_has_member (object, "next_starting_after") &&
          !json_node_is_null (json_object_get_member (object, "next_starting_after")))
        cursor = g_uri_escape_string (json_object_get_string_member (object, "next_starting_after"), NULL, FALSE);
    }
  while (cursor != NULL);

  g_ptr_array_add (emails, NULL);
  return emails;
}

/* Runs the split daily account analytics for @emails and returns the mock's log of
 * the requests it made. */
static GPtrArray *
account_days_sync (Fixture            *fixture,
                   const char * const *emails,
                   const char         *start,
                   const char         *end,
                   GPtrArray         **requests)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *days;

  deck_mock_server_clear_request_log (fixture->mock);
  deck_client_get_daily_account_analytics_async (fixture->client, emails, start, end, NULL,
                                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_account_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  *requests = logged (fixture, "/api/v2/accounts/analytics/daily");
  return days;
}

static void
assert_part_limits (GPtrArray *requests)
{
  for (guint r = 0; r < requests->len; r++)
    {
      JsonObject *entry = g_ptr_array_index (requests, r);
      g_autoptr(GPtrArray) names = query_list (entry, "emails");
      g_autofree char *start_iso = g_strconcat (query_string (entry, "start_date"), "T00:00:00Z", NULL);
      g_autofree char *end_iso = g_strconcat (query_string (entry, "end_date"), "T00:00:00Z", NULL);
      g_autoptr(GDateTime) start_time = g_date_time_new_from_iso8601 (start_iso, NULL);
      g_autoptr(GDateTime) end_time = g_date_time_new_from_iso8601 (end_iso, NULL);

      g_assert_cmpint (json_object_get_int_member (entry, "status"), ==, 200);
      g_assert_cmpuint (names->len, >=, 1);
      g_assert_cmpuint (names->len, <=, DECK_ANALYTICS_DAILY_MAX_ACCOUNTS);
      g_assert_nonnull (start_time);
      g_assert_nonnull (end_time);
      g_assert_cmpint (g_date_time_difference (end_time, start_time) / G_TIME_SPAN_DAY + 1, <=,
                       DECK_ANALYTICS_DAILY_MAX_DAYS);
    }
}

static void
test_account_daily_split (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = all_emails (fixture);
  g_autoptr(DeckAnalyticsFigures) all = overview_sync (fixture, NULL, "2025-10-31", "2025-11-01",
                                                       DECK_ANALYTICS_ANY_STATUS);
  g_autoptr(GPtrArray) with_repeat = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) long_days = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) long_requests = NULL;
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  const char *two[3] = { NULL, NULL, NULL };
  const char *previous = NULL;
  double sent = 0;

  g_assert_cmpuint (emails->len - 1, ==, N_ACCOUNTS);
  for (guint i = 0; i < N_ACCOUNTS; i++)
    g_ptr_array_add (with_repeat, g_strdup (g_ptr_array_index (emails, i)));
  /* A repeat (in other case) is asked for once. */
  g_ptr_array_add (with_repeat, g_ascii_strup (g_ptr_array_index (emails, 3), -1));
  g_ptr_array_add (with_repeat, NULL);

  /* 230 accounts: a request for 200 and one for 30, every account once. */
  days = account_days_sync (fixture, (const char * const *) with_repeat->pdata, "2025-10-31", "2025-11-01", &requests);
  g_assert_cmpuint (requests->len, ==, 2);
  assert_part_limits (requests);
  for (guint r = 0; r < requests->len; r++)
    {
      g_autoptr(GPtrArray) names = query_list (g_ptr_array_index (requests, r), "emails");

      for (guint i = 0; i < names->len; i++)
        {
          g_assert_false (g_hash_table_contains (covered, g_ptr_array_index (names, i)));
          g_hash_table_add (covered, g_ptr_array_index (names, i));
        }
    }
  g_assert_cmpuint (g_hash_table_size (covered), ==, N_ACCOUNTS);

  /* Every account every day, in date order; all senders together sent what the
   * campaigns sent. */
  g_assert_cmpuint (days->len, ==, 2 * N_ACCOUNTS);
  for (guint i = 0; i < days->len; i++)
    {
      DeckAnalyticsFigures *day = g_ptr_array_index (days, i);

      if (previous != NULL)
        g_assert_cmpstr (previous, <=, deck_analytics_figures_get_date (day));
      previous = deck_analytics_figures_get_date (day);
      sent += deck_analytics_figures_get (day, DECK_ANALYTICS_SENT);
    }
  g_assert_cmpstr (deck_analytics_figures_get_email_account (g_ptr_array_index (days, 0)), ==,
                   g_ptr_array_index (emails, 0));
  g_assert_cmpfloat (sent, ==, deck_analytics_figures_get (all, DECK_ANALYTICS_SENT));

  /* 75 days: windows of 31, 31 and 13 days, in order. */
  two[0] = g_ptr_array_index (emails, 0);
  two[1] = g_ptr_array_index (emails, 1);
  long_days = account_days_sync (fixture, two, "2025-08-19", "2025-11-01", &long_requests);
  g_assert_cmpuint (long_requests->len, ==, 3);
  assert_part_limits (long_requests);
  g_assert_cmpstr (query_string (g_ptr_array_index (long_requests, 0), "start_date"), ==, "2025-08-19");
  g_assert_cmpstr (query_string (g_ptr_array_index (long_requests, 0), "end_date"), ==, "2025-09-18");
  g_assert_cmpstr (query_string (g_ptr_array_index (long_requests, 1), "start_date"), ==, "2025-09-19");
  g_assert_cmpstr (query_string (g_ptr_array_index (long_requests, 2), "start_date"), ==, "2025-10-20");
  g_assert_cmpstr (query_string (g_ptr_array_index (long_requests, 2), "end_date"), ==, "2025-11-01");
  g_assert_cmpuint (long_days->len, ==, 75 * 2);
  g_assert_cmpstr (deck_analytics_figures_get_date (g_ptr_array_index (long_days, 0)), ==, "2025-08-19");
  g_assert_cmpstr (deck_analytics_figures_get_date (g_ptr_array_index (long_days, long_days->len - 1)), ==, "2025-11-01");
}

static void
test_account_daily_short (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = all_emails (fixture);
  const char *one[2] = { g_ptr_array_index (emails, 0), NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) requests = NULL;

  deck_mock_server_clear_request_log (fixture->mock);
  deck_client_get_daily_account_analytics_async (fixture->client, one, "2025-10-27", "2025-11-02", NULL,
                                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_account_analytics_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 7);
  requests = logged (fixture, "/api/v2/accounts/analytics/daily");
  g_assert_cmpuint (requests->len, ==, 1);

  /* Dates out of order or missing: refused before any request. */
  g_clear_object (&result);
  g_clear_pointer (&days, g_ptr_array_unref);
  deck_client_get_daily_account_analytics_async (fixture->client, one, "2025-11-02", "2025-10-27", NULL,
                                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_account_analytics_finish (fixture->client, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (days);
  g_clear_error (&error);
  g_clear_object (&result);
  deck_client_get_daily_account_analytics_async (fixture->client, one, NULL, "2025-10-27", NULL,
                                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_account_analytics_finish (fixture->client, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "GET", "/api/v2/accounts/analytics/daily"), ==, 1);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DeckAnalyticsFigures) overview = NULL;

  deck_client_get_daily_campaign_analytics_async (fixture->client, "00000000-0000-7000-8000-000000000000",
                                                  NULL, NULL, DECK_ANALYTICS_ANY_STATUS, NULL,
                                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_daily_campaign_analytics_finish (fixture->client, result, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_assert_null (days);
  g_clear_error (&error);

  /* A malformed reply is a parse error, not a crash. */
  g_clear_object (&result);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_MALFORMED_JSON, "GET /api/v2/campaigns/analytics/overview", 1, -1, 0);
  deck_client_get_analytics_overview_async (fixture->client, NULL, NULL, NULL, DECK_ANALYTICS_ANY_STATUS, NULL,
                                            deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  overview = deck_client_get_analytics_overview_finish (fixture->client, result, &error);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_clear_error (&error);

  g_clear_object (&result);
  g_cancellable_cancel (cancellable);
  deck_client_get_campaign_steps_analytics_async (fixture->client, NULL, NULL, NULL, cancellable,
                                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  days = deck_client_get_campaign_steps_analytics_finish (fixture->client, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Replies as live servers send them: numbers as strings, step and variant as numbers
 * or null, a date-time for a date. */
static void
test_model_parsing (void)
{
  g_autoptr(JsonNode) node = json_from_string ("{\"step\":1,\"variant\":null,\"sent\":\"120\",\"unique_opened\":30,"
                                               "\"unique_replies\":null,\"won\":2}", NULL);
  g_autoptr(JsonNode) day = json_from_string ("{\"date\":\"2025-10-01T00:00:00.000Z\",\"sent\":5,\"opportunities\":1}", NULL);
  g_autoptr(JsonNode) no_date = json_from_string ("{\"sent\":5}", NULL);
  g_autoptr(DeckAnalyticsFigures) step = NULL;
  g_autoptr(DeckAnalyticsFigures) parsed_day = NULL;
  g_autoptr(DeckAnalyticsFigures) sum = deck_analytics_figures_new (DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY);
  g_autoptr(GError) error = NULL;
  DeckAnalyticsFigures *missing;

  step = deck_analytics_figures_new_from_json (DECK_ANALYTICS_SOURCE_STEP, json_node_get_object (node), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_analytics_figures_get_step (step), ==, 1);
  g_assert_cmpint (deck_analytics_figures_get_variant (step), ==, -1);
  g_assert_cmpfloat (deck_analytics_figures_get (step, DECK_ANALYTICS_SENT), ==, 120);
  g_assert_cmpfloat (deck_analytics_figures_get (step, DECK_ANALYTICS_CLOSED), ==, 2);
  g_assert_false (deck_analytics_figures_has (step, DECK_ANALYTICS_UNIQUE_REPLIES));
  g_assert_cmpfloat_with_epsilon (deck_analytics_figures_get_rate (step, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_SENT),
                                  0.25, 1e-12);
  g_assert_true (isnan (deck_analytics_figures_get_rate (step, DECK_ANALYTICS_SENT, DECK_ANALYTICS_BOUNCED)));

  parsed_day = deck_analytics_figures_new_from_json (DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY, json_node_get_object (day), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_analytics_figures_get_date (parsed_day), ==, "2025-10-01");
  deck_analytics_figures_add (sum, parsed_day);
  deck_analytics_figures_add (sum, parsed_day);
  g_assert_cmpfloat (deck_analytics_figures_get (sum, DECK_ANALYTICS_OPPORTUNITIES), ==, 2);

  missing = deck_analytics_figures_new_from_json (DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY, json_node_get_object (no_date), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (missing);

  g_assert_cmpstr (deck_analytics_metric_get_member (DECK_ANALYTICS_SOURCE_OVERVIEW, DECK_ANALYTICS_SENT), ==,
                   "emails_sent_count");
  g_assert_cmpstr (deck_analytics_metric_get_member (DECK_ANALYTICS_SOURCE_ACCOUNT_DAY, DECK_ANALYTICS_BOUNCED), ==,
                   "bounced");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, n) \
  g_test_add ("/client/analytics/" path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

  ADD ("overview", test_overview, 0);
  ADD ("daily-and-steps", test_daily_and_steps, 0);
  ADD ("account-daily-split", test_account_daily_split, N_ACCOUNTS);
  ADD ("account-daily-short", test_account_daily_short, 0);
  ADD ("errors", test_errors, 0);
  g_test_add_func ("/client/analytics/model-parsing", test_model_parsing);

#undef ADD

  return g_test_run ();
}
