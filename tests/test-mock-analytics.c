/* test-mock-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The mock's campaign analytics over real HTTP with a plain SoupSession: the shapes
 * the spec gives, and above all that every endpoint tells the same story: the same
 * range gives the same totals from /campaigns/analytics, /overview, /daily, /steps
 * and, per sending account, /accounts/analytics/daily. */

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-test-util.h"

#define N_ACCOUNTS 40
/* The seed's present is 2025-11-02 (DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS). */
#define TODAY "2025-11-02"

typedef struct
{
  DeckMockServer *server;
  SoupSession    *session;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  g_assert_true (deck_mock_server_start (fixture->server, 0, &error));
  g_assert_no_error (error);
  fixture->session = soup_session_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->session);
  deck_mock_server_stop (fixture->server);
  g_assert_finalize_object (fixture->server);
}

/* The status and the body of one request; the body parsed into *json. */
static guint
request_on (Fixture         *fixture,
            DeckMockServer  *server,
            const char      *method,
            const char      *path,
            const char      *key,
            char           **text,
            JsonNode       **json)
{
  g_autofree char *url = g_strconcat (deck_mock_server_get_url (server), path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  g_assert_nonnull (msg);
  if (key != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", key);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }

  bytes = soup_session_send_and_read (fixture->session, msg, NULL, &error);
  g_assert_no_error (error);
  body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (json != NULL)
    {
      *json = json_from_string (body, &error);
      g_assert_no_error (error);
      g_assert_nonnull (*json);
    }
  if (text != NULL)
    *text = g_steal_pointer (&body);

  return soup_message_get_status (msg);
}

static guint
request (Fixture     *fixture,
         const char  *method,
         const char  *path,
         const char  *key,
         char       **text,
         JsonNode   **json)
{
  return request_on (fixture, fixture->server, method, path, key, text, json);
}

/* A GET that must answer 200. */
static JsonNode *
get_ok (Fixture    *fixture,
        const char *path)
{
  JsonNode *json = NULL;
  guint status = request (fixture, "GET", path, deck_mock_server_get_api_key (fixture->server), NULL, &json);

  if (status != 200)
    g_error ("GET %s answered %u: %s", path, status, json_to_string (json, FALSE));
  return json;
}

static JsonArray *
node_array (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_node_get_array (node);
}

static JsonObject *
node_object (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static void
assert_error (Fixture    *fixture,
              const char *path,
              guint       status,
              const char *message)
{
  g_autoptr(JsonNode) json = NULL;
  JsonObject *object;

  g_assert_cmpuint (request (fixture, "GET", path, deck_mock_server_get_api_key (fixture->server), NULL, &json), ==, status);
  object = node_object (json);
  g_assert_cmpint (json_object_get_int_member (object, "statusCode"), ==, status);
  g_assert_true (json_object_has_member (object, "error"));
  if (message != NULL)
    g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, message);
}

/* An integer member that must be there and be a non-negative integer. */
static gint64
int_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_error ("member %s is missing", member);
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_true (json_node_get_value_type (node) == G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (node), >=, 0);
  return json_node_get_int (node);
}

static gint64
sum_member (JsonArray  *array,
            const char *member)
{
  gint64 sum = 0;

  for (guint i = 0; i < json_array_get_length (array); i++)
    sum += int_member (json_array_get_object_element (array, i), member);
  return sum;
}

static double
sum_double (JsonArray  *array,
            const char *member)
{
  double sum = 0;

  for (guint i = 0; i < json_array_get_length (array); i++)
    sum += json_object_get_double_member (json_array_get_object_element (array, i), member);
  return sum;
}

/* "?a=1" or "" for the query of a range; NULL bounds are left out. */
static char *
range_query (const char *first,
             const char *start,
             const char *end)
{
  GString *query = g_string_new (NULL);

  if (first != NULL)
    g_string_append_printf (query, "&%s", first);
  if (start != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (start, NULL, FALSE);

      g_string_append_printf (query, "&start_date=%s", escaped);
    }
  if (end != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (end, NULL, FALSE);

      g_string_append_printf (query, "&end_date=%s", escaped);
    }
  if (query->len > 0)
    query->str[0] = '?';
  return g_string_free (query, FALSE);
}

static JsonNode *
get_range (Fixture    *fixture,
           const char *endpoint,
           const char *first,
           const char *start,
           const char *end)
{
  g_autofree char *query = range_query (first, start, end);
  g_autofree char *path = g_strconcat ("/api/v2/campaigns/analytics", endpoint, query, NULL);

  return get_ok (fixture, path);
}

/* Shapes */

static const char * const campaign_members[] = {
  "leads_count", "contacted_count", "emails_sent_count", "new_leads_contacted_count", "open_count",
  "open_count_unique", "open_count_unique_by_step", "reply_count", "reply_count_unique",
  "reply_count_unique_by_step", "reply_count_automatic", "reply_count_automatic_unique",
  "reply_count_automatic_unique_by_step", "link_click_count", "link_click_count_unique",
  "link_click_count_unique_by_step", "bounced_count", "unsubscribed_count", "completed_count",
  "total_opportunities",
};

static const char * const overview_members[] = {
  "open_count", "open_count_unique", "open_count_unique_by_step", "link_click_count",
  "link_click_count_unique", "link_click_count_unique_by_step", "reply_count", "reply_count_unique",
  "reply_count_unique_by_step", "reply_count_automatic", "reply_count_automatic_unique",
  "reply_count_automatic_unique_by_step", "bounced_count", "unsubscribed_count", "completed_count",
  "emails_sent_count", "contacted_count", "new_leads_contacted_count", "total_opportunities",
  "total_interested", "total_meeting_booked", "total_meeting_completed", "total_closed",
};

static const char * const daily_members[] = {
  "sent", "contacted", "new_leads_contacted", "opened", "unique_opened", "replies", "unique_replies",
  "replies_automatic", "unique_replies_automatic", "clicks", "unique_clicks", "opportunities",
  "unique_opportunities",
};

static const char * const step_members[] = {
  "sent", "opened", "unique_opened", "replies", "unique_replies", "replies_automatic",
  "unique_replies_automatic", "clicks", "unique_clicks",
};

static const char * const step_opportunity_members[] = {
  "opportunities", "unique_opportunities", "meetings_booked", "won",
};

static void
test_shapes (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(JsonNode) analytics = get_ok (fixture, "/api/v2/campaigns/analytics");
  g_autoptr(JsonNode) overview = get_ok (fixture, "/api/v2/campaigns/analytics/overview");
  g_autoptr(JsonNode) daily = get_ok (fixture, "/api/v2/campaigns/analytics/daily");
  g_autoptr(JsonNode) steps = get_ok (fixture, "/api/v2/campaigns/analytics/steps");
  g_autoptr(JsonNode) steps_opp = get_ok (fixture, "/api/v2/campaigns/analytics/steps?include_opportunities_count=true");
  JsonArray *array = node_array (analytics);
  g_autofree char *previous = NULL;
  guint n_sending = 0;

  g_assert_cmpuint (json_array_get_length (array), >=, 10);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      int status = (int) json_object_get_int_member (item, "campaign_status");

      g_assert_nonnull (json_object_get_string_member (item, "campaign_name"));
      g_assert_nonnull (json_object_get_string_member (item, "campaign_id"));
      g_assert_true (status == 0 || status == 1 || status == 2 || status == 3 || status == 4 ||
                     status == -1 || status == -2 || status == -99);
      json_object_get_boolean_member (item, "campaign_is_evergreen");
      for (guint m = 0; m < G_N_ELEMENTS (campaign_members); m++)
        int_member (item, campaign_members[m]);
      g_assert_cmpfloat (json_object_get_double_member (item, "total_opportunity_value"), >=, 0);

      /* Uniques never exceed their totals; a draft never sent anything. */
      g_assert_cmpint (int_member (item, "open_count_unique"), <=, int_member (item, "open_count_unique_by_step"));
      g_assert_cmpint (int_member (item, "open_count_unique_by_step"), <=, int_member (item, "open_count"));
      g_assert_cmpint (int_member (item, "reply_count_unique"), <=, int_member (item, "reply_count_unique_by_step"));
      g_assert_cmpint (int_member (item, "reply_count_unique_by_step"), <=, int_member (item, "reply_count"));
      g_assert_cmpint (int_member (item, "link_click_count_unique_by_step"), <=, int_member (item, "link_click_count"));
      g_assert_cmpint (int_member (item, "new_leads_contacted_count"), <=, int_member (item, "contacted_count"));
      g_assert_cmpint (int_member (item, "contacted_count"), <=, int_member (item, "leads_count"));
      g_assert_cmpint (int_member (item, "contacted_count"), <=, int_member (item, "emails_sent_count"));
      if (status == 0)
        g_assert_cmpint (int_member (item, "emails_sent_count"), ==, 0);
      else if (int_member (item, "emails_sent_count") > 0)
        n_sending++;

      /* Creation order: UUIDv7 ids sort by time. */
      if (previous != NULL)
        g_assert_cmpstr (previous, <, json_object_get_string_member (item, "campaign_id"));
      g_free (previous);
      previous = g_strdup (json_object_get_string_member (item, "campaign_id"));
    }
  g_assert_cmpuint (n_sending, >=, 8);

  for (guint m = 0; m < G_N_ELEMENTS (overview_members); m++)
    int_member (node_object (overview), overview_members[m]);
  json_object_get_double_member (node_object (overview), "total_opportunity_value");

  array = node_array (daily);
  g_assert_cmpuint (json_array_get_length (array), >, 100);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      for (guint m = 0; m < G_N_ELEMENTS (daily_members); m++)
        int_member (item, daily_members[m]);
      g_assert_cmpint (int_member (item, "unique_opened"), <=, int_member (item, "opened"));
      g_assert_cmpint (int_member (item, "new_leads_contacted"), <=, int_member (item, "contacted"));
    }
  /* The last day is the mock's present, whatever the real date. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, json_array_get_length (array) - 1), "date"),
                   ==, TODAY);

  array = node_array (steps);
  g_assert_cmpuint (json_array_get_length (array), >, 0);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      JsonObject *with = json_array_get_object_element (node_array (steps_opp), i);

      /* Zero-based indexes, as strings. */
      g_assert_nonnull (json_object_get_string_member (item, "step"));
      g_assert_nonnull (json_object_get_string_member (item, "variant"));
      g_assert_true (g_ascii_isdigit (json_object_get_string_member (item, "step")[0]));
      for (guint m = 0; m < G_N_ELEMENTS (step_members); m++)
        int_member (item, step_members[m]);
      for (guint m = 0; m < G_N_ELEMENTS (step_opportunity_members); m++)
        {
          g_assert_false (json_object_has_member (item, step_opportunity_members[m]));
          int_member (with, step_opportunity_members[m]);
        }
      g_assert_cmpint (int_member (with, "unique_opportunities"), <=, int_member (with, "opportunities"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "step"), ==, "0");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "variant"), ==, "0");
}

/* Consistency */

/* Each figure of /analytics and /overview with the /daily and /steps member whose
 * sum it is (NULL: no such member). */
static const struct
{
  const char *campaign;
  const char *daily;
  const char *step;
} sums[] = {
  { "emails_sent_count", "sent", "sent" },
  { "new_leads_contacted_count", "new_leads_contacted", NULL },
  { "open_count", "opened", "opened" },
  { "open_count_unique_by_step", "unique_opened", "unique_opened" },
  { "reply_count", "replies", "replies" },
  { "reply_count_unique_by_step", "unique_replies", "unique_replies" },
  { "reply_count_automatic", "replies_automatic", "replies_automatic" },
  { "reply_count_automatic_unique_by_step", "unique_replies_automatic", "unique_replies_automatic" },
  { "link_click_count", "clicks", "clicks" },
  { "link_click_count_unique_by_step", "unique_clicks", "unique_clicks" },
  { "total_opportunities", "unique_opportunities", "unique_opportunities" },
  { "open_count_unique", NULL, NULL },
  { "reply_count_unique", NULL, NULL },
  { "reply_count_automatic_unique", NULL, NULL },
  { "link_click_count_unique", NULL, NULL },
  { "contacted_count", NULL, NULL },
  { "bounced_count", NULL, NULL },
  { "unsubscribed_count", NULL, NULL },
  { "completed_count", NULL, NULL },
};

/* /analytics (one campaign or all, summed), /overview, /daily and /steps agree for
 * one range; @campaign_id NULL: the whole workspace. */
static gint64
check_range (Fixture    *fixture,
             const char *campaign_id,
             const char *start,
             const char *end)
{
  g_autofree char *id_param = campaign_id ? g_strdup_printf ("id=%s", campaign_id) : NULL;
  g_autofree char *campaign_param = campaign_id ? g_strdup_printf ("campaign_id=%s", campaign_id) : NULL;
  g_autoptr(JsonNode) analytics = get_range (fixture, "", id_param, start, end);
  g_autoptr(JsonNode) overview = get_range (fixture, "/overview", id_param, start, end);
  g_autoptr(JsonNode) daily = get_range (fixture, "/daily", campaign_param, start, end);
  g_autofree char *steps_param = g_strconcat ("include_opportunities_count=true",
                                              campaign_param ? "&" : "", campaign_param, NULL);
  g_autoptr(JsonNode) steps = get_range (fixture, "/steps", steps_param, start, end);
  JsonArray *campaigns = node_array (analytics);
  JsonObject *total = node_object (overview);

  if (campaign_id != NULL)
    g_assert_cmpuint (json_array_get_length (campaigns), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (sums); i++)
    {
      gint64 expected = int_member (total, sums[i].campaign);

      g_test_message ("%s..%s %s: %" G_GINT64_FORMAT, start ? start : "", end ? end : "", sums[i].campaign, expected);
      g_assert_cmpint (sum_member (campaigns, sums[i].campaign), ==, expected);
      if (sums[i].daily != NULL)
        g_assert_cmpint (sum_member (node_array (daily), sums[i].daily), ==, expected);
      if (sums[i].step != NULL)
        g_assert_cmpint (sum_member (node_array (steps), sums[i].step), ==, expected);
    }
  g_assert_cmpfloat_with_epsilon (sum_double (campaigns, "total_opportunity_value"),
                                  json_object_get_double_member (total, "total_opportunity_value"), 1e-6);

  /* Each opportunity once, by its first status. */
  g_assert_cmpint (int_member (total, "total_interested") + int_member (total, "total_meeting_booked") +
                   int_member (total, "total_meeting_completed") + int_member (total, "total_closed"),
                   ==, int_member (total, "total_opportunities"));

  /* The days are in the range, in order, one each (the ranges here are in UTC). */
  for (guint i = 0; i < json_array_get_length (node_array (daily)); i++)
    {
      const char *date = json_object_get_string_member (json_array_get_object_element (node_array (daily), i), "date");

      g_assert_cmpuint (strlen (date), ==, 10);
      if (start != NULL)
        g_assert_cmpint (strncmp (date, start, 10), >=, 0);
      if (end != NULL)
        g_assert_cmpint (strncmp (date, end, 10), <=, 0);
      if (i > 0)
        g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (node_array (daily), i - 1), "date"),
                         <, date);
    }

  return int_member (total, "emails_sent_count");
}

static const struct
{
  const char *start;
  const char *end;
} ranges[] = {
  { NULL, NULL },                           /* everything */
  { "2025-09-01", "2025-09-30" },
  { "2025-10-06", "2025-10-06" },           /* one Monday */
  { "2025-07-01T13:45:00Z", "2025-10-15T00:00:00.000Z" },
  { "2025-10-20", NULL },
};

static void
test_consistency (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) analytics = get_ok (fixture, "/api/v2/campaigns/analytics");
  JsonArray *campaigns = node_array (analytics);
  gint64 all = 0;

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      gint64 sent = check_range (fixture, NULL, ranges[r].start, ranges[r].end);

      g_assert_cmpint (sent, >, 0);
      if (r == 0)
        all = sent;
    }

  /* Ranges that split the time add up (the distinct leads do not). */
  g_assert_cmpint (check_range (fixture, NULL, NULL, "2025-08-31") + check_range (fixture, NULL, "2025-09-01", NULL), ==, all);

  /* Each campaign on its own over four weeks, two of them over all time (long
   * daily lists are slow to build under the sanitizers). */
  for (guint i = 0; i < json_array_get_length (campaigns); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (campaigns, i), "campaign_id");

      check_range (fixture, id, "2025-08-18", "2025-09-14");
      if (i < 2)
        check_range (fixture, id, NULL, NULL);
    }
}

/* Two campaigns named with repeated ids: the overview is their sum, unknown ids and
 * repeats are ignored. */
static void
test_ids (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(JsonNode) all = get_ok (fixture, "/api/v2/campaigns/analytics");
  JsonArray *campaigns = node_array (all);
  JsonObject *a = json_array_get_object_element (campaigns, 0);
  JsonObject *b = json_array_get_object_element (campaigns, 2);
  const char *id_a = json_object_get_string_member (a, "campaign_id");
  const char *id_b = json_object_get_string_member (b, "campaign_id");
  g_autofree char *ids = g_strdup_printf ("?ids=%s&ids=00000000-0000-7000-8000-000000000000&ids=%s&ids=%s",
                                          id_b, id_a, id_b);
  g_autofree char *path = g_strconcat ("/api/v2/campaigns/analytics", ids, NULL);
  g_autofree char *overview_path = g_strconcat ("/api/v2/campaigns/analytics/overview", ids, NULL);
  g_autofree char *single_path = g_strdup_printf ("/api/v2/campaigns/analytics?ids=%s", id_b);
  g_autoptr(JsonNode) two = get_ok (fixture, path);
  g_autoptr(JsonNode) overview = get_ok (fixture, overview_path);
  g_autoptr(JsonNode) single = get_ok (fixture, single_path);
  g_autoptr(JsonNode) unknown = get_ok (fixture, "/api/v2/campaigns/analytics?ids=00000000-0000-7000-8000-000000000000");
  g_autoptr(JsonNode) unknown_overview = get_ok (fixture, "/api/v2/campaigns/analytics/overview?ids=nope");

  /* In creation order, whatever the order asked. */
  g_assert_cmpuint (json_array_get_length (node_array (two)), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (node_array (two), 0), "campaign_id"), ==, id_a);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (node_array (two), 1), "campaign_id"), ==, id_b);
  g_assert_cmpint (int_member (node_object (overview), "emails_sent_count"), ==,
                   int_member (a, "emails_sent_count") + int_member (b, "emails_sent_count"));
  g_assert_cmpint (int_member (node_object (overview), "reply_count"), ==,
                   int_member (a, "reply_count") + int_member (b, "reply_count"));

  /* One id, repeated or not, is an array of one. */
  g_assert_cmpuint (json_array_get_length (node_array (single)), ==, 1);
  g_assert_cmpint (int_member (json_array_get_object_element (node_array (single), 0), "emails_sent_count"), ==,
                   int_member (b, "emails_sent_count"));

  /* Naming only unknown campaigns selects none, not all. */
  g_assert_cmpuint (json_array_get_length (node_array (unknown)), ==, 0);
  g_assert_cmpint (int_member (node_object (unknown_overview), "emails_sent_count"), ==, 0);
}

/* Status filter */

static void
test_status_filter (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) all = get_ok (fixture, "/api/v2/campaigns/analytics");
  JsonArray *campaigns = node_array (all);
  const int statuses[] = { 1, 2, 3, 4, -1, -2, -99, 0 };

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autofree char *filter = g_strdup_printf ("campaign_status=%d", statuses[s]);
      g_autoptr(JsonNode) overview = get_range (fixture, "/overview", filter, NULL, NULL);
      g_autoptr(JsonNode) daily = get_range (fixture, "/daily", filter, "2025-09-01", "2025-09-14");
      g_autoptr(JsonNode) overview_range = get_range (fixture, "/overview", filter, "2025-09-01", "2025-09-14");
      gint64 sent = 0, replies = 0;

      for (guint i = 0; i < json_array_get_length (campaigns); i++)
        {
          JsonObject *item = json_array_get_object_element (campaigns, i);

          if (json_object_get_int_member (item, "campaign_status") == statuses[s])
            {
              sent += int_member (item, "emails_sent_count");
              replies += int_member (item, "reply_count");
            }
        }

      g_assert_cmpint (int_member (node_object (overview), "emails_sent_count"), ==, sent);
      g_assert_cmpint (int_member (node_object (overview), "reply_count"), ==, replies);
      g_assert_cmpint (sum_member (node_array (daily), "sent"), ==,
                       int_member (node_object (overview_range), "emails_sent_count"));
      /* Drafts never sent: no day at all. */
      if (statuses[s] == 0)
        {
          g_assert_cmpint (sent, ==, 0);
          g_assert_cmpuint (json_array_get_length (node_array (daily)), ==, 0);
        }
      else
        g_assert_cmpint (sent, >, 0);
    }
}

/* Dates */

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonNode) before = get_range (fixture, "", NULL, "2024-01-01", "2024-12-31");
  g_autoptr(JsonNode) before_daily = get_range (fixture, "/daily", NULL, "2024-01-01", "2024-12-31");
  g_autoptr(JsonNode) future = get_range (fixture, "/overview", NULL, "2025-11-03", "2026-12-31");
  g_autoptr(JsonNode) day = get_range (fixture, "/overview", NULL, "2025-10-08", "2025-10-08");
  g_autoptr(JsonNode) day_iso = get_range (fixture, "/overview", NULL, "2025-10-08T00:00:01+02:00", "2025-10-08T23:59:59.999Z");
  g_autoptr(JsonNode) day_daily = get_range (fixture, "/daily", NULL, "2025-10-08", "2025-10-08");
  g_autoptr(JsonNode) week = get_range (fixture, "/daily", NULL, "2025-10-04", "2025-10-10");
  g_autoptr(JsonNode) with_leads = get_ok (fixture, "/api/v2/campaigns/analytics");
  g_autoptr(JsonNode) without_leads = get_ok (fixture, "/api/v2/campaigns/analytics?exclude_total_leads_count=true");
  g_autoptr(JsonNode) later = NULL;
  JsonObject *entry;

  /* Nothing before the campaigns started or after the present. */
  g_assert_cmpuint (json_array_get_length (node_array (before)), >, 0);
  g_assert_cmpint (sum_member (node_array (before), "emails_sent_count"), ==, 0);
  g_assert_cmpuint (json_array_get_length (node_array (before_daily)), ==, 0);
  g_assert_cmpint (int_member (node_object (future), "emails_sent_count"), ==, 0);

  /* A date-time counts for its UTC day (10-08T00:00:01+02:00 is 10-07 in UTC). */
  g_assert_cmpint (int_member (node_object (day), "emails_sent_count"), >, 0);
  g_assert_cmpuint (json_array_get_length (node_array (day_daily)), ==, 1);
  entry = json_array_get_object_element (node_array (day_daily), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "date"), ==, "2025-10-08");
  g_assert_cmpint (int_member (entry, "sent"), ==, int_member (node_object (day), "emails_sent_count"));
  g_assert_cmpint (int_member (entry, "contacted"), ==, int_member (node_object (day), "contacted_count"));
  {
    g_autoptr(JsonNode) days = get_range (fixture, "/overview", NULL, "2025-10-07", "2025-10-08");

    g_assert_cmpint (int_member (node_object (day_iso), "emails_sent_count"), ==,
                     int_member (node_object (days), "emails_sent_count"));
  }

  /* Every day of a week listed (Saturday 10-04 first); most campaigns send on
   * weekdays only. */
  g_assert_cmpuint (json_array_get_length (node_array (week)), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (node_array (week), 0), "date"), ==, "2025-10-04");
  for (guint i = 0; i < 2; i++)
    g_assert_cmpint (int_member (json_array_get_object_element (node_array (week), i), "sent"), <,
                     int_member (json_array_get_object_element (node_array (week), 3), "sent"));

  /* exclude_total_leads_count: the required member stays, as 0. */
  for (guint i = 0; i < json_array_get_length (node_array (with_leads)); i++)
    {
      JsonObject *a = json_array_get_object_element (node_array (with_leads), i);
      JsonObject *b = json_array_get_object_element (node_array (without_leads), i);

      g_assert_cmpint (int_member (b, "leads_count"), ==, 0);
      g_assert_cmpint (int_member (a, "emails_sent_count"), ==, int_member (b, "emails_sent_count"));
      if (int_member (a, "emails_sent_count") > 0)
        g_assert_cmpint (int_member (a, "leads_count"), >, 0);
    }

  /* Validation. */
  assert_error (fixture, "/api/v2/campaigns/analytics?start_date=yesterday", 400, NULL);
  assert_error (fixture, "/api/v2/campaigns/analytics/overview?end_date=2025-13-45", 400, NULL);
  assert_error (fixture, "/api/v2/campaigns/analytics/daily?start_date=2025-10-02&end_date=2025-10-01", 400,
                "Start Date must be earlier than End Date");
  assert_error (fixture, "/api/v2/campaigns/analytics/steps?start_date=2025-10-02T00:00:00Z&end_date=2025-10-01", 400,
                "Start Date must be earlier than End Date");
  assert_error (fixture, "/api/v2/campaigns/analytics/overview?campaign_status=5", 400, NULL);
  assert_error (fixture, "/api/v2/campaigns/analytics/daily?campaign_status=active", 400, NULL);
  assert_error (fixture, "/api/v2/campaigns/analytics?id=00000000-0000-7000-8000-000000000000", 404, "Campaign not found");
  assert_error (fixture, "/api/v2/campaigns/analytics/daily?campaign_id=nope", 404, "Campaign not found");
  assert_error (fixture, "/api/v2/campaigns/analytics/steps?campaign_id=nope", 404, "Campaign not found");
  g_assert_cmpuint (request (fixture, "GET", "/api/v2/campaigns/analytics", NULL, NULL, NULL), ==, 401);
  g_assert_cmpuint (request (fixture, "GET", "/api/v2/campaigns/analytics/overview", "wrong", NULL, NULL), ==, 401);

  /* A key with only accounts scopes may not read them. */
  {
    const char *scopes[] = { "accounts:read", NULL };

    deck_mock_server_add_api_key (fixture->server, "accounts-only-key", scopes);
    g_assert_cmpuint (request (fixture, "GET", "/api/v2/campaigns/analytics", "accounts-only-key", NULL, NULL), ==, 403);
  }

  /* The mock's clock: a test that sets it moves the present. */
  deck_mock_server_set_clock (fixture->server, G_GINT64_CONSTANT (1759276800000));  /* 2025-10-01 */
  later = get_range (fixture, "/daily", NULL, "2025-09-25", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (later)), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (node_array (later), 6), "date"), ==, "2025-10-01");
}

/* Determinism */

static void
test_determinism (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *paths[] = {
    "/api/v2/campaigns/analytics",
    "/api/v2/campaigns/analytics/overview?expand_crm_events=true",
    "/api/v2/campaigns/analytics/daily?start_date=2025-09-01",
    "/api/v2/campaigns/analytics/steps?include_opportunities_count=true",
  };
  g_autoptr(DeckMockServer) other = deck_mock_server_new (N_ACCOUNTS);
  g_autoptr(GError) error = NULL;

  g_assert_true (deck_mock_server_start (other, 0, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *first = NULL;
      g_autofree char *again = NULL;
      g_autofree char *elsewhere = NULL;
      const char *key = deck_mock_server_get_api_key (fixture->server);

      g_assert_cmpuint (request (fixture, "GET", paths[i], key, &first, NULL), ==, 200);
      g_assert_cmpuint (request (fixture, "GET", paths[i], key, &again, NULL), ==, 200);
      g_assert_cmpuint (request_on (fixture, other, "GET", paths[i], deck_mock_server_get_api_key (other), &elsewhere, NULL), ==, 200);

      g_assert_cmpstr (first, ==, again);
      g_assert_cmpstr (first, ==, elsewhere);
    }

  deck_mock_server_stop (other);
}

/* What the UI's variant grid needs: a variant clearly better or worse than its
 * siblings, with volume enough for a two-proportion test to say so, and one with
 * too little data for any verdict. */

static double
two_proportion_z (gint64 x1,
                  gint64 n1,
                  gint64 x2,
                  gint64 n2)
{
  double p, se;

  if (n1 == 0 || n2 == 0)
    return 0;
  p = (double) (x1 + x2) / (n1 + n2);
  se = sqrt (p * (1 - p) * (1.0 / n1 + 1.0 / n2));
  return se > 0 ? ((double) x1 / n1 - (double) x2 / n2) / se : 0;
}

static void
test_variants (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(JsonNode) all = get_ok (fixture, "/api/v2/campaigns/analytics");
  JsonArray *campaigns = node_array (all);
  guint n_significant = 0, n_thin = 0;

  for (guint c = 0; c < json_array_get_length (campaigns); c++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (campaigns, c), "campaign_id");
      g_autofree char *path = g_strdup_printf ("/api/v2/campaigns/analytics/steps?campaign_id=%s", id);
      g_autoptr(JsonNode) steps = get_ok (fixture, path);
      JsonArray *rows = node_array (steps);

      for (guint i = 0; i < json_array_get_length (rows); i++)
        {
          JsonObject *row = json_array_get_object_element (rows, i);
          const char *step = json_object_get_string_member (row, "step");
          gint64 n = int_member (row, "sent"), x = int_member (row, "unique_replies");
          gint64 n_rest = 0, x_rest = 0;
          guint n_siblings = 0;

          for (guint j = 0; j < json_array_get_length (rows); j++)
            {
              JsonObject *other = json_array_get_object_element (rows, j);

              if (j == i || !g_str_equal (json_object_get_string_member (other, "step"), step))
                continue;
              n_rest += int_member (other, "sent");
              x_rest += int_member (other, "unique_replies");
              n_siblings++;
            }
          if (n_siblings == 0)
            continue;

          if (n > 0 && n < 30)
            n_thin++;
          else if (n >= 500 && n_rest >= 500 && fabs (two_proportion_z (x, n, x_rest, n_rest)) > 2.58)
            n_significant++;
        }
    }

  g_assert_cmpuint (n_significant, >=, 1);
  g_assert_cmpuint (n_thin, >=, 1);
}

/* Pausing a campaign stops it today: its history stays. */
static void
test_pause_keeps_history (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(JsonNode) all = get_ok (fixture, "/api/v2/campaigns/analytics");
  JsonArray *campaigns = node_array (all);
  JsonObject *active = NULL;
  g_autofree char *pause = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) after = NULL;
  JsonObject *item;

  for (guint i = 0; i < json_array_get_length (campaigns) && active == NULL; i++)
    if (json_object_get_int_member (json_array_get_object_element (campaigns, i), "campaign_status") == 1)
      active = json_array_get_object_element (campaigns, i);
  g_assert_nonnull (active);

  pause = g_strdup_printf ("/api/v2/campaigns/%s/pause", json_object_get_string_member (active, "campaign_id"));
  g_assert_cmpuint (request (fixture, "POST", pause, deck_mock_server_get_api_key (fixture->server), NULL, NULL), ==, 200);

  path = g_strdup_printf ("/api/v2/campaigns/analytics?id=%s", json_object_get_string_member (active, "campaign_id"));
  after = get_ok (fixture, path);
  item = json_array_get_object_element (node_array (after), 0);
  g_assert_cmpint (json_object_get_int_member (item, "campaign_status"), ==, 2);
  g_assert_cmpint (int_member (item, "emails_sent_count"), ==, int_member (active, "emails_sent_count"));
  g_assert_cmpint (int_member (item, "reply_count"), ==, int_member (active, "reply_count"));
}

/* /accounts/analytics/daily is each sender's share of the campaigns' days. */
static void
test_accounts_match (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(JsonNode) accounts = get_ok (fixture, "/api/v2/accounts?limit=100");
  g_autoptr(JsonNode) campaign_daily = get_range (fixture, "/daily", NULL, "2025-10-13", "2025-10-19");
  JsonArray *items = json_object_get_array_member (node_object (accounts), "items");
  g_autoptr(GString) path = g_string_new ("/api/v2/accounts/analytics/daily?start_date=2025-10-13&end_date=2025-10-19");
  g_autoptr(JsonNode) account_daily = NULL;
  g_autoptr(GHashTable) per_day = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *members[] = { "sent", "new_leads_contacted", "opened", "unique_opened", "replies", "unique_replies",
                            "replies_automatic", "unique_replies_automatic", "clicks", "unique_clicks" };

  g_assert_cmpuint (json_array_get_length (items), ==, N_ACCOUNTS);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      g_autofree char *escaped = g_uri_escape_string (json_object_get_string_member (json_array_get_object_element (items, i), "email"),
                                                      NULL, FALSE);

      g_string_append_printf (path, "&emails=%s", escaped);
    }
  account_daily = get_ok (fixture, path->str);
  g_assert_cmpuint (json_array_get_length (node_array (account_daily)), ==, 7 * N_ACCOUNTS);

  for (guint i = 0; i < json_array_get_length (node_array (account_daily)); i++)
    {
      JsonObject *entry = json_array_get_object_element (node_array (account_daily), i);
      const char *date = json_object_get_string_member (entry, "date");
      gint64 *sum = g_hash_table_lookup (per_day, date);

      if (sum == NULL)
        {
          sum = g_new0 (gint64, G_N_ELEMENTS (members));
          g_hash_table_insert (per_day, g_strdup (date), sum);
        }
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        sum[m] += int_member (entry, members[m]);
      g_assert_cmpint (int_member (entry, "unique_opened"), <=, int_member (entry, "opened"));
    }

  g_assert_cmpuint (json_array_get_length (node_array (campaign_daily)), ==, 7);
  for (guint i = 0; i < json_array_get_length (node_array (campaign_daily)); i++)
    {
      JsonObject *day = json_array_get_object_element (node_array (campaign_daily), i);
      gint64 *sum = g_hash_table_lookup (per_day, json_object_get_string_member (day, "date"));

      g_assert_nonnull (sum);
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        g_assert_cmpint (sum[m], ==, int_member (day, members[m]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/mock-analytics/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shapes", test_shapes);
  ADD ("consistency", test_consistency);
  ADD ("ids", test_ids);
  ADD ("status-filter", test_status_filter);
  ADD ("dates", test_dates);
  ADD ("determinism", test_determinism);
  ADD ("variants", test_variants);
  ADD ("pause-keeps-history", test_pause_keeps_history);
  ADD ("accounts-match", test_accounts_match);

#undef ADD

  return g_test_run ();
}
