/* test-mock-campaigns.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The mock's Campaign and Campaign Subsequence operations over real HTTP with a
 * plain SoupSession: shapes, validation, state changes, sharing, sending status. */

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-test-util.h"

#define N_ACCOUNTS 60

/* Wednesday 2025-11-05 16:00 UTC: 10:00 in Chicago, 17:00 in Belgrade. */
#define WEDNESDAY_16_UTC G_GINT64_CONSTANT (1762358400000)
/* Saturday 2025-11-08 16:00 UTC. */
#define SATURDAY_16_UTC  (WEDNESDAY_16_UTC + 3 * G_GINT64_CONSTANT (86400000))
/* Wednesday 2025-11-05 10:00 UTC: 11:00 in Belgrade, 04:00 in Chicago. */
#define WEDNESDAY_10_UTC (WEDNESDAY_16_UTC - 6 * G_GINT64_CONSTANT (3600000))

#define SCHEDULE(tz, from) \
  "{\"schedules\":[{\"name\":\"Weekdays\",\"timing\":{\"from\":\"" from "\",\"to\":\"17:00\"}," \
  "\"days\":{\"1\":true,\"2\":true,\"3\":true,\"4\":true,\"5\":true},\"timezone\":\"" tz "\"}]}"
#define STEPS \
  "[{\"steps\":[{\"type\":\"email\",\"delay\":2,\"variants\":[{\"subject\":\"Hi {{firstName}}\"," \
  "\"body\":\"{Hi|Hello} {{firstName}},<br/>at {{companyName}}\"}]}]}]"

typedef struct
{
  guint        status;
  char        *body;
  JsonNode    *json;
  SoupMessage *msg;
  GError      *error;
} Reply;

static void
reply_free (Reply *reply)
{
  g_free (reply->body);
  g_clear_pointer (&reply->json, json_node_unref);
  g_clear_object (&reply->msg);
  g_clear_error (&reply->error);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reply, reply_free)

/* Sends one request and waits for it (the server has a thread of its own).
 * @content_type alone, without @body, sends the header on an empty body. */
static Reply *
send_full (SoupSession    *session,
           DeckMockServer *server,
           const char     *method,
           const char     *path,
           const char     *key,
           const char     *body,
           const char     *content_type)
{
  g_autofree char *url = g_strconcat (deck_mock_server_get_url (server), path, NULL);
  Reply *reply = g_new0 (Reply, 1);
  g_autoptr(GBytes) bytes = NULL;
  SoupMessageHeaders *headers;

  reply->msg = soup_message_new (method, url);
  g_assert_nonnull (reply->msg);
  headers = soup_message_get_request_headers (reply->msg);

  if (key != NULL)
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", key);

      soup_message_headers_replace (headers, "Authorization", auth);
    }

  if (body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (reply->msg, content_type ? content_type : "application/json", request);
    }
  else if (content_type != NULL)
    soup_message_headers_replace (headers, "Content-Type", content_type);

  bytes = soup_session_send_and_read (session, reply->msg, NULL, &reply->error);
  if (bytes != NULL)
    {
      reply->status = soup_message_get_status (reply->msg);
      reply->body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }

  return reply;
}

static Reply *
send_json (SoupSession    *session,
           DeckMockServer *server,
           const char     *method,
           const char     *path,
           const char     *body)
{
  return send_full (session, server, method, path, deck_mock_server_get_api_key (server), body, NULL);
}

/* Parsed on demand: the sanitizer build makes every allocation slow. */
static JsonNode *
reply_json (Reply *reply)
{
  if (reply->json == NULL && reply->body != NULL && *reply->body != '\0')
    reply->json = json_from_string (reply->body, NULL);
  return reply->json;
}

static JsonObject *
reply_object (Reply *reply)
{
  g_assert_nonnull (reply_json (reply));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (reply->json));
  return json_node_get_object (reply->json);
}

static const char *
expected_phrase (guint status)
{
  switch (status)
    {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: g_assert_not_reached ();
    }
}

static void
assert_error_envelope (Reply      *reply,
                       guint       status,
                       const char *message)
{
  JsonObject *object;

  g_assert_no_error (reply->error);
  g_assert_cmpuint (reply->status, ==, status);
  object = reply_object (reply);
  g_assert_cmpint (json_object_get_int_member (object, "statusCode"), ==, status);
  g_assert_cmpstr (json_object_get_string_member (object, "error"), ==, expected_phrase (status));
  g_assert_true (json_object_has_member (object, "message"));
  if (message != NULL)
    g_assert_cmpstr (json_object_get_string_member (object, "message"), ==, message);
}

static DeckMockServer *
start_server (guint n_accounts)
{
  g_autoptr(GError) error = NULL;
  DeckMockServer *server = deck_mock_server_new (n_accounts);

  g_assert_true (deck_mock_server_start (server, 0, &error));
  g_assert_no_error (error);
  g_assert_nonnull (deck_mock_server_get_url (server));
  g_assert_cmpuint (deck_mock_server_get_port (server), >, 0);

  return server;
}

static JsonArray *
reply_items (Reply *reply)
{
  g_assert_cmpuint (reply->status, ==, 200);
  return json_object_get_array_member (reply_object (reply), "items");
}

static Reply *
request (SoupSession    *session,
         DeckMockServer *server,
         const char     *method,
         const char     *body,
         const char     *format,
         ...) G_GNUC_PRINTF (5, 6);

static Reply *
request (SoupSession    *session,
         DeckMockServer *server,
         const char     *method,
         const char     *body,
         const char     *format,
         ...)
{
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  path = g_strdup_vprintf (format, args);
  va_end (args);

  return send_json (session, server, method, path, body);
}

/* Every seeded campaign, through the cursor. */
static JsonArray *
list_all (SoupSession    *session,
          DeckMockServer *server,
          const char     *query)
{
  JsonArray *all = json_array_new ();
  g_autofree char *cursor = NULL;

  for (guint page = 0; page < 20; page++)
    {
      g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/campaigns?limit=5%s%s%s",
                                        query ? query : "", cursor ? "&starting_after=" : "", cursor ? cursor : "");
      JsonArray *items = reply_items (reply);
      JsonObject *object = reply_object (reply);

      for (guint i = 0; i < json_array_get_length (items); i++)
        json_array_add_element (all, json_node_copy (json_array_get_element (items, i)));

      g_clear_pointer (&cursor, g_free);
      if (!json_object_has_member (object, "next_starting_after"))
        return all;
      cursor = g_strdup (json_object_get_string_member (object, "next_starting_after"));
    }

  g_assert_not_reached ();
}

static JsonObject *
find_by_name (JsonArray  *campaigns,
              const char *name)
{
  for (guint i = 0; i < json_array_get_length (campaigns); i++)
    {
      JsonObject *campaign = json_array_get_object_element (campaigns, i);

      if (g_strcmp0 (json_object_get_string_member (campaign, "name"), name) == 0)
        return campaign;
    }
  g_assert_not_reached ();
}

static char *
seeded_id (SoupSession    *session,
           DeckMockServer *server,
           const char     *name)
{
  g_autoptr(JsonArray) all = list_all (session, server, NULL);

  return g_strdup (json_object_get_string_member (find_by_name (all, name), "id"));
}

/* A new campaign with one step (or none) and, when @sender is set, one sender. */
static char *
create_campaign (SoupSession    *session,
                 DeckMockServer *server,
                 const char     *name,
                 gboolean        with_steps,
                 const char     *sender)
{
  g_autofree char *senders = sender ? g_strdup_printf (",\"email_list\":[\"%s\"]", sender) : g_strdup ("");
  g_autofree char *body = g_strdup_printf ("{\"name\":\"%s\",\"campaign_schedule\":" SCHEDULE ("America/Chicago", "09:00")
                                           "%s%s}", name, with_steps ? ",\"sequences\":" STEPS : "", senders);
  g_autoptr(Reply) reply = send_json (session, server, "POST", "/api/v2/campaigns", body);

  g_assert_cmpuint (reply->status, ==, 200);
  return g_strdup (json_object_get_string_member (reply_object (reply), "id"));
}

static char *
healthy_sender (JsonArray *campaigns)
{
  JsonObject *campaign = find_by_name (campaigns, "Q1 SaaS Founders Outreach");

  return g_strdup (json_array_get_string_element (json_object_get_array_member (campaign, "email_list"), 0));
}

static int
campaign_status (SoupSession    *session,
                 DeckMockServer *server,
                 const char     *id)
{
  g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", id);

  g_assert_cmpuint (reply->status, ==, 200);
  return (int) json_object_get_int_member (reply_object (reply), "status");
}

/* Tests */

static void
test_seed (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) all = list_all (session, server, NULL);
  g_autoptr(DeckMockServer) again = start_server (N_ACCOUNTS);
  g_autoptr(JsonArray) same = list_all (session, again, NULL);
  static const int statuses[] = { 0, 1, 2, 3, 4, -1, -2, -99 };
  gboolean spintax = FALSE;

  g_assert_cmpuint (json_array_get_length (all), ==, 12);

  /* Deterministic: a second server seeds the same ids. */
  for (guint i = 0; i < json_array_get_length (all); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (all, i), "id"), ==,
                     json_object_get_string_member (json_array_get_object_element (same, i), "id"));

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (all) && !found; i++)
        found = json_object_get_int_member (json_array_get_object_element (all, i), "status") == statuses[s];
      g_assert_true (found);
    }

  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *campaign = json_array_get_object_element (all, i);
      JsonObject *schedule = json_object_get_object_member (campaign, "campaign_schedule");
      JsonObject *entry = json_array_get_object_element (json_object_get_array_member (schedule, "schedules"), 0);
      JsonArray *steps = json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (campaign, "sequences"), 0), "steps");
      JsonArray *senders = json_object_get_array_member (campaign, "email_list");

      g_assert_true (json_object_has_member (campaign, "timestamp_created"));
      g_assert_true (json_object_has_member (campaign, "timestamp_updated"));
      g_assert_cmpstr (json_object_get_string_member (entry, "timezone"), !=, "America/New_York");
      g_assert_cmpuint (json_array_get_length (steps), <=, 4);

      for (guint j = 0; j < json_array_get_length (steps); j++)
        {
          JsonObject *step = json_array_get_object_element (steps, j);
          JsonArray *variants = json_object_get_array_member (step, "variants");

          g_assert_cmpstr (json_object_get_string_member (step, "type"), ==, "email");
          g_assert_true (json_object_has_member (step, "delay"));
          g_assert_cmpuint (json_array_get_length (variants), >=, 1);
          g_assert_cmpuint (json_array_get_length (variants), <=, 3);
          for (guint k = 0; k < json_array_get_length (variants); k++)
            {
              const char *body = json_object_get_string_member (json_array_get_object_element (variants, k), "body");

              g_assert_nonnull (strstr (body, "{{firstName}}"));
              spintax |= strstr (body, "{Hi|Hello}") != NULL;
            }
        }

      /* Senders are accounts of the workspace. */
      for (guint j = 0; j < json_array_get_length (senders); j++)
        {
          g_autoptr(JsonNode) account = deck_mock_server_dup_account (server, json_array_get_string_element (senders, j));

          g_assert_nonnull (account);
        }
    }
  g_assert_true (spintax);
}

static void
test_list_filters (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) completed = list_all (session, server, "&status=3");
  g_autoptr(JsonArray) launched = list_all (session, server, "&exclude_status=0");
  g_autoptr(JsonArray) found = list_all (session, server, "&search=FINTECH");
  g_autoptr(Reply) tags = send_json (session, server, "GET", "/api/v2/custom-tags?limit=100", NULL);
  g_autoptr(Reply) bad_status = send_json (session, server, "GET", "/api/v2/campaigns?status=7", NULL);
  g_autoptr(Reply) bad_limit = send_json (session, server, "GET", "/api/v2/campaigns?limit=101", NULL);
  g_autoptr(JsonArray) tagged = NULL;
  g_autofree char *query = NULL;
  JsonArray *items = reply_items (tags);

  g_assert_cmpuint (json_array_get_length (completed), ==, 2);
  g_assert_cmpuint (json_array_get_length (launched), ==, 10);
  g_assert_cmpuint (json_array_get_length (found), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (found, 0), "name"), ==,
                   "Cold Intro - Fintech CFOs");

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (items, i), "label"), "VIP"))
      query = g_strdup_printf ("&tag_ids=%s", json_object_get_string_member (json_array_get_object_element (items, i), "id"));
  g_assert_nonnull (query);
  tagged = list_all (session, server, query);
  g_assert_cmpuint (json_array_get_length (tagged), ==, 2);

  assert_error_envelope (bad_status, 400, "querystring/status must be equal to one of the allowed values");
  assert_error_envelope (bad_limit, 400, "querystring/limit must be <= 100");
}

static void
test_create_and_validation (void)
{
  static const struct { const char *body; const char *message; } invalid[] = {
    { "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("America/New_York", "09:00") "}",
      "body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values" },
    { "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("America/Detroit", "9:00") "}",
      "body/campaign_schedule/schedules/0/timing/from must match pattern \"^([01][0-9]|2[0-3]):([0-5][0-9])$\"" },
    { "{\"name\":\"x\",\"colour\":\"red\",\"campaign_schedule\":" SCHEDULE ("America/Detroit", "09:00") "}",
      "body must NOT have additional properties" },
    { "{\"campaign_schedule\":" SCHEDULE ("America/Detroit", "09:00") "}",
      "body must have required property 'name'" },
    { "{\"name\":\"x\"}", "body must have required property 'campaign_schedule'" },
    { "{\"name\":\"x\",\"campaign_schedule\":{\"schedules\":[]}}",
      "body/campaign_schedule/schedules must NOT have fewer than 1 items" },
    { "{\"name\":\"x\",\"campaign_schedule\":{\"schedules\":[{\"name\":\"a\",\"timing\":{\"from\":\"09:00\",\"to\":\"10:00\"},"
      "\"days\":{},\"timezone\":\"Europe/Belgrade\"}]}}",
      "body/campaign_schedule/schedules/0/days must NOT have fewer than 1 properties" },
    { "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("Asia/Kolkata", "09:00") ",\"sequences\":[{\"steps\":[{\"type\":\"email\","
      "\"variants\":[{\"subject\":\"s\",\"body\":\"b\"}]}]}]}",
      "body/sequences/0/steps/0 must have required property 'delay'" },
    { "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("Asia/Kolkata", "09:00") ",\"sequences\":[{\"steps\":[{\"type\":\"sms\","
      "\"delay\":1,\"variants\":[]}]}]}",
      "body/sequences/0/steps/0/type must be equal to one of the allowed values" },
    { "{\"name\":\"x\",\"campaign_schedule\":{\"start_date\":\"2025-13-01\",\"schedules\":[{\"name\":\"a\",\"timing\":"
      "{\"from\":\"09:00\",\"to\":\"10:00\"},\"days\":{\"1\":true},\"timezone\":\"Europe/Belgrade\"}]}}",
      "body/campaign_schedule/start_date must match format \"date\"" },
    { "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("Asia/Kolkata", "09:00") ",\"auto_variant_select\":{\"trigger\":\"luck\"}}",
      "body/auto_variant_select/trigger must be equal to one of the allowed values" },
  };
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/campaigns",
                                        "{\"name\":\"Spring launch\",\"campaign_schedule\":" SCHEDULE ("America/Detroit", "08:00")
                                        ",\"sequences\":" STEPS ",\"daily_limit\":25,\"open_tracking\":true}");
  g_autoptr(Reply) fetched = NULL;
  g_autoptr(Reply) empty = NULL;
  JsonObject *campaign = reply_object (created);
  JsonObject *step;

  g_assert_cmpuint (created->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (campaign, "name"), ==, "Spring launch");
  g_assert_cmpint (json_object_get_int_member (campaign, "status"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (campaign, "daily_limit"), ==, 25);
  g_assert_true (json_object_get_boolean_member (campaign, "open_tracking"));
  step = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (campaign, "sequences"), 0), "steps"), 0);
  /* ajv's useDefaults fills the unit in. */
  g_assert_cmpstr (json_object_get_string_member (step, "delay_unit"), ==, "days");

  fetched = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", json_object_get_string_member (campaign, "id"));
  g_assert_cmpuint (fetched->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (fetched), "name"), ==, "Spring launch");

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(Reply) reply = send_json (session, server, "POST", "/api/v2/campaigns", invalid[i].body);

      assert_error_envelope (reply, 400, invalid[i].message);
    }

  empty = send_full (session, server, "POST", "/api/v2/campaigns", deck_mock_server_get_api_key (server), NULL, "application/json");
  assert_error_envelope (empty, 400, "Body cannot be empty when content-type is set to 'application/json'");
}

static void
test_patch_delete (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *id = seeded_id (session, server, "Q1 SaaS Founders Outreach");
  g_autoptr(Reply) patched = request (session, server, "PATCH", "{\"name\":\"Renamed\",\"daily_limit\":12,\"stop_on_reply\":false}",
                                      "/api/v2/campaigns/%s", id);
  g_autoptr(Reply) status_key = request (session, server, "PATCH", "{\"status\":1}", "/api/v2/campaigns/%s", id);
  g_autoptr(Reply) bad_tz = request (session, server, "PATCH", "{\"campaign_schedule\":" SCHEDULE ("UTC", "09:00") "}",
                                     "/api/v2/campaigns/%s", id);
  g_autoptr(Reply) missing = send_json (session, server, "PATCH", "/api/v2/campaigns/01960000-0000-7000-8000-000000000000", "{\"name\":\"x\"}");
  g_autoptr(Reply) subsequences = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign=%s", id);
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(Reply) orphans = NULL;
  JsonObject *object = reply_object (patched);

  g_assert_cmpuint (patched->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Renamed");
  g_assert_cmpint (json_object_get_int_member (object, "daily_limit"), ==, 12);
  g_assert_false (json_object_get_boolean_member (object, "stop_on_reply"));
  g_assert_cmpstr (json_object_get_string_member (object, "timestamp_updated"), !=,
                   json_object_get_string_member (object, "timestamp_created"));
  assert_error_envelope (status_key, 400, "body must NOT have additional properties");
  assert_error_envelope (bad_tz, 400, "body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values");
  assert_error_envelope (missing, 404, "Campaign not found");
  g_assert_cmpuint (json_array_get_length (reply_items (subsequences)), ==, 2);

  /* DELETE is body-less and answers the deleted campaign. */
  deleted = request (session, server, "DELETE", NULL, "/api/v2/campaigns/%s", id);
  g_assert_cmpuint (deleted->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (deleted), "id"), ==, id);
  gone = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", id);
  assert_error_envelope (gone, 404, NULL);
  orphans = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign=%s", id);
  g_assert_cmpuint (json_array_get_length (reply_items (orphans)), ==, 0);
}

static void
test_transitions (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) all = list_all (session, server, NULL);
  g_autofree char *sender = healthy_sender (all);
  g_autofree char *id = create_campaign (session, server, "Transitions", FALSE, NULL);
  g_autofree char *senders = g_strdup_printf ("{\"email_list\":[\"%s\"]}", sender);
  static const struct { const char *name; const char *message; } refused[] = {
    { "Holiday Re-engagement 2025", "Campaign cannot be activated: it has completed and every lead finished the sequence. Add new leads first." },
    { "Recruiting - Senior Engineers", "Campaign cannot be activated: the workspace account is suspended." },
    { "Enterprise IT Directors", "Campaign cannot be activated: none of its sending accounts is healthy. Fix the accounts first." },
    { "Product Launch Beta Invite", "Campaign cannot be activated: it has no sending accounts. Add at least one email account first." },
    { "Cold Intro - Fintech CFOs", "Campaign cannot be activated: it has no sequence steps. Add at least one email step first." },
  };

  {
    g_autoptr(Reply) no_steps = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);
    g_autoptr(Reply) pause_draft = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/pause", id);
    g_autoptr(Reply) steps = request (session, server, "PATCH", "{\"sequences\":" STEPS "}", "/api/v2/campaigns/%s", id);
    g_autoptr(Reply) no_senders = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);

    assert_error_envelope (no_steps, 400, "Campaign cannot be activated: it has no sequence steps. Add at least one email step first.");
    assert_error_envelope (pause_draft, 400, "Campaign cannot be paused: it has not been launched.");
    g_assert_cmpuint (steps->status, ==, 200);
    assert_error_envelope (no_senders, 400, "Campaign cannot be activated: it has no sending accounts. Add at least one email account first.");
    g_assert_cmpint (campaign_status (session, server, id), ==, 0);
  }

  {
    g_autoptr(Reply) patched = request (session, server, "PATCH", senders, "/api/v2/campaigns/%s", id);
    g_autoptr(Reply) activated = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);
    g_autoptr(Reply) paused = NULL;
    g_autoptr(Reply) resumed = NULL;
    g_autoptr(Reply) with_type = NULL;
    g_autofree char *pause_path = g_strdup_printf ("/api/v2/campaigns/%s/pause", id);

    g_assert_cmpuint (patched->status, ==, 200);
    g_assert_cmpuint (activated->status, ==, 200);
    g_assert_cmpint (json_object_get_int_member (reply_object (activated), "status"), ==, 1);
    paused = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/pause", id);
    g_assert_cmpint (json_object_get_int_member (reply_object (paused), "status"), ==, 2);
    g_assert_cmpint (campaign_status (session, server, id), ==, 2);
    resumed = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);
    g_assert_cmpint (json_object_get_int_member (reply_object (resumed), "status"), ==, 1);

    /* A body-less POST must not carry a JSON Content-Type (CATALOG.md §6.7). */
    with_type = send_full (session, server, "POST", pause_path, deck_mock_server_get_api_key (server), NULL, "application/json");
    assert_error_envelope (with_type, 400, "Body cannot be empty when content-type is set to 'application/json'");
    g_assert_cmpint (campaign_status (session, server, id), ==, 1);
  }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      JsonObject *campaign = find_by_name (all, refused[i].name);
      int before = (int) json_object_get_int_member (campaign, "status");
      g_autoptr(Reply) reply = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate",
                                        json_object_get_string_member (campaign, "id"));

      assert_error_envelope (reply, 400, refused[i].message);
      g_assert_cmpint (campaign_status (session, server, json_object_get_string_member (campaign, "id")), ==, before);
    }

  /* Bounce protection pauses; activating resumes. */
  {
    JsonObject *bounced = find_by_name (all, "Local Retail Owners");
    g_autoptr(Reply) reply = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate",
                                      json_object_get_string_member (bounced, "id"));
    g_autoptr(Reply) pause_completed = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/pause",
                                                json_object_get_string_member (find_by_name (all, "Conference Leads - SaaStr"), "id"));

    g_assert_cmpuint (reply->status, ==, 200);
    g_assert_cmpint (json_object_get_int_member (reply_object (reply), "status"), ==, 1);
    assert_error_envelope (pause_completed, 400, "Campaign cannot be paused: it has completed.");
  }
}

static void
test_duplicate_export_share (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *id = seeded_id (session, server, "Webinar Follow-up");
  g_autoptr(Reply) source = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", id);
  g_autoptr(Reply) copy = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/duplicate", id);
  g_autoptr(Reply) named = request (session, server, "POST", "{\"name\":\"Webinar v2\"}", "/api/v2/campaigns/%s/duplicate", id);
  g_autoptr(Reply) bad = request (session, server, "POST", "{\"name\":5}", "/api/v2/campaigns/%s/duplicate", id);
  g_autoptr(Reply) exported = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/export", id);
  g_autoptr(Reply) not_shared = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/from-export", id);
  g_autoptr(Reply) shared = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/share", id);
  g_autoptr(Reply) imported = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/from-export", id);
  g_autoptr(Reply) missing = send_json (session, server, "POST", "/api/v2/campaigns/nope/share", NULL);
  g_autofree char *source_sequences = json_to_string (json_object_get_member (reply_object (source), "sequences"), FALSE);
  JsonObject *object;

  object = reply_object (copy);
  g_assert_cmpuint (copy->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), !=, id);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Webinar Follow-up (copy)");
  g_assert_cmpint (json_object_get_int_member (object, "status"), ==, 0);
  {
    g_autofree char *sequences = json_to_string (json_object_get_member (object, "sequences"), FALSE);

    g_assert_cmpstr (sequences, ==, source_sequences);
  }
  g_assert_cmpstr (json_object_get_string_member (reply_object (named), "name"), ==, "Webinar v2");
  assert_error_envelope (bad, 400, "body/name must be string");

  /* The export is the campaign itself. */
  g_assert_cmpuint (exported->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (exported), "id"), ==, id);
  g_assert_true (json_object_has_member (reply_object (exported), "campaign_schedule"));

  assert_error_envelope (not_shared, 403, "The requested campaign not shared");
  g_assert_cmpuint (shared->status, ==, 204);
  g_assert_true (shared->body == NULL || *shared->body == '\0');
  g_assert_cmpint (soup_message_headers_get_content_length (soup_message_get_response_headers (shared->msg)), ==, 0);

  object = reply_object (imported);
  g_assert_cmpuint (imported->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), !=, id);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Webinar Follow-up");
  g_assert_cmpint (json_object_get_int_member (object, "status"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "email_list")), ==, 0);
  assert_error_envelope (missing, 404, "Campaign not found");
}

static void
test_count_variables_search (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) all = list_all (session, server, NULL);
  g_autofree char *sender = healthy_sender (all);
  g_autofree char *id = create_campaign (session, server, "Counted", TRUE, sender);
  g_autoptr(Reply) count = send_json (session, server, "GET", "/api/v2/campaigns/count-launched", NULL);
  g_autoptr(Reply) activated = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);
  g_autoptr(Reply) recount = send_json (session, server, "GET", "/api/v2/campaigns/count-launched", NULL);
  g_autoptr(Reply) variables = request (session, server, "POST", "{\"variables\":[\"painPoint\",\"firstName\"]}",
                                        "/api/v2/campaigns/%s/variables", id);
  g_autoptr(Reply) no_variables = request (session, server, "POST", "{}", "/api/v2/campaigns/%s/variables", id);
  g_autoptr(Reply) found = send_json (session, server, "GET",
                                      "/api/v2/campaigns/search-by-contact?search=Ava.Muller%40northwind-traders.com", NULL);
  g_autoptr(Reply) reversed = send_json (session, server, "GET",
                                         "/api/v2/campaigns/search-by-contact?search=ava.muller%40northwind-traders.com&sort_order=desc", NULL);
  g_autoptr(Reply) nobody = send_json (session, server, "GET", "/api/v2/campaigns/search-by-contact?search=nobody%40nowhere.dev", NULL);
  static const char * const expected[] = {
    "Holiday Re-engagement 2025", "Conference Leads - SaaStr", "Q1 SaaS Founders Outreach", "APAC Expansion - Logistics",
  };
  JsonObject *custom;
  JsonArray *items;

  g_assert_cmpint (json_object_get_int_member (reply_object (count), "count"), ==, 10);
  g_assert_cmpuint (activated->status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (reply_object (recount), "count"), ==, 11);

  g_assert_cmpuint (variables->status, ==, 200);
  custom = json_object_get_object_member (reply_object (variables), "custom_variables");
  g_assert_true (json_object_has_member (custom, "painPoint"));
  /* Core variables are every lead's already. */
  g_assert_false (json_object_has_member (custom, "firstName"));
  assert_error_envelope (no_variables, 400, "body must have required property 'variables'");

  items = reply_items (found);
  g_assert_false (json_object_has_member (reply_object (found), "next_starting_after"));
  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, i), "name"), ==, expected[i]);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reply_items (reversed), i), "name"), ==,
                       expected[G_N_ELEMENTS (expected) - 1 - i]);
    }
  g_assert_cmpuint (json_array_get_length (reply_items (nobody)), ==, 0);
}

static JsonObject *
sending_status (SoupSession    *session,
                DeckMockServer *server,
                const char     *id,
                const char     *expected)
{
  g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/campaigns/%s/sending-status", id);
  JsonObject *root = reply_object (reply);
  JsonObject *diagnostics = json_object_get_object_member (root, "diagnostics");
  JsonObject *summary = json_object_get_object_member (root, "summary");

  g_assert_cmpuint (reply->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (diagnostics, "campaign_id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (diagnostics, "status"), ==, expected);
  g_assert_cmpstr (json_object_get_string_member (summary, "status"), ==, expected);
  g_assert_nonnull (json_object_get_string_member (summary, "status_message"));
  g_assert_true (json_object_has_member (diagnostics, "issue_tracking"));
  g_assert_true (json_object_has_member (diagnostics, "last_updated"));

  return json_object_ref (diagnostics);
}

static void
assert_sending (SoupSession    *session,
                DeckMockServer *server,
                JsonArray      *all,
                const char     *name,
                const char     *expected)
{
  g_autoptr(JsonObject) diagnostics = sending_status (session, server,
                                                      json_object_get_string_member (find_by_name (all, name), "id"),
                                                      expected);
}

static void
test_sending_status (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(JsonArray) all = list_all (session, server, NULL);
  g_autofree char *sender = healthy_sender (all);
  g_autofree char *id = create_campaign (session, server, "Diagnosed", TRUE, sender);
  JsonArray *unhealthy = json_object_get_array_member (find_by_name (all, "Enterprise IT Directors"), "email_list");
  g_autoptr(JsonObject) diagnostics = NULL;

  deck_mock_server_set_clock (server, WEDNESDAY_16_UTC);

  assert_sending (session, server, all, "Product Launch Beta Invite", "campaign_draft");
  assert_sending (session, server, all, "Webinar Follow-up", "campaign_paused");
  assert_sending (session, server, all, "Holiday Re-engagement 2025", "campaign_completed");
  assert_sending (session, server, all, "Customer Case Study Requests", "campaign_running_subsequences");
  assert_sending (session, server, all, "Enterprise IT Directors", "campaign_accounts_unhealthy");
  assert_sending (session, server, all, "Local Retail Owners", "campaign_bounce_protect");
  assert_sending (session, server, all, "Recruiting - Senior Engineers", "campaign_account_suspended");

  /* 10:00 on a Wednesday in Chicago: in schedule, leads waiting, under the limit. */
  diagnostics = sending_status (session, server, json_object_get_string_member (find_by_name (all, "Q1 SaaS Founders Outreach"), "id"),
                                "healthy");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (diagnostics, "schedule_status"), "in_schedule"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (diagnostics, "accounts_summary"), "available"), ==, 3);
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (diagnostics, "campaign_daily_limit"), "limit_hit"));
  g_clear_pointer (&diagnostics, json_object_unref);

  /* 17:00 in Belgrade is past its 16:30 end; at 11:00 the daily limit is what stops it. */
  diagnostics = sending_status (session, server, json_object_get_string_member (find_by_name (all, "Agency Partnerships - EMEA"), "id"),
                                "out_of_schedule");
  g_assert_false (json_object_has_member (diagnostics, "accounts_summary"));
  g_clear_pointer (&diagnostics, json_object_unref);
  deck_mock_server_set_clock (server, WEDNESDAY_10_UTC);
  diagnostics = sending_status (session, server, json_object_get_string_member (find_by_name (all, "Agency Partnerships - EMEA"), "id"),
                                "daily_limit_met");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (diagnostics, "campaign_daily_limit"), "limit_hit"));
  g_clear_pointer (&diagnostics, json_object_unref);

  /* A weekend is outside every weekday schedule, and GET says so too. */
  deck_mock_server_set_clock (server, SATURDAY_16_UTC);
  assert_sending (session, server, all, "Q1 SaaS Founders Outreach", "out_of_schedule");
  {
    g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/campaigns/%s",
                                      json_object_get_string_member (find_by_name (all, "Q1 SaaS Founders Outreach"), "id"));

    g_assert_cmpint (json_object_get_int_member (reply_object (reply), "not_sending_status"), ==, 1);
  }

  /* A new active campaign in schedule has no leads yet. */
  deck_mock_server_set_clock (server, WEDNESDAY_16_UTC);
  {
    g_autoptr(Reply) activated = request (session, server, "POST", NULL, "/api/v2/campaigns/%s/activate", id);
    g_autoptr(Reply) with_ai = request (session, server, "GET", NULL, "/api/v2/campaigns/%s/sending-status?with_ai_summary=true", id);
    g_autoptr(Reply) without_ai = request (session, server, "GET", NULL, "/api/v2/campaigns/%s/sending-status", id);
    g_autofree char *bad_senders = g_strdup_printf ("{\"email_list\":[\"%s\"]}", json_array_get_string_element (unhealthy, 0));
    g_autoptr(Reply) patched = NULL;
    g_autoptr(Reply) emptied = NULL;

    g_assert_cmpuint (activated->status, ==, 200);
    g_clear_pointer (&diagnostics, json_object_unref);
    diagnostics = sending_status (session, server, id, "waiting_for_leads");
    g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (reply_object (with_ai), "summary"), "ai_summary"));
    g_assert_true (json_object_get_null_member (json_object_get_object_member (reply_object (without_ai), "summary"), "ai_summary"));

    patched = request (session, server, "PATCH", bad_senders, "/api/v2/campaigns/%s", id);
    g_assert_cmpuint (patched->status, ==, 200);
    g_clear_pointer (&diagnostics, json_object_unref);
    diagnostics = sending_status (session, server, id, "all_accounts_unhealthy");
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_object_get_object_member (diagnostics, "accounts_summary"),
                                                                                "unavailable"), "disconnected"), ==, 1);

    emptied = request (session, server, "PATCH", "{\"email_list\":[]}", "/api/v2/campaigns/%s", id);
    g_assert_cmpuint (emptied->status, ==, 200);
    g_clear_pointer (&diagnostics, json_object_unref);
    diagnostics = sending_status (session, server, id, "no_accounts_available");
  }
}

static char *
subsequence_id (SoupSession    *session,
                DeckMockServer *server,
                const char     *parent,
                const char     *name)
{
  g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign=%s", parent);
  JsonArray *items = reply_items (reply);

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (items, i), "name"), name))
      return g_strdup (json_object_get_string_member (json_array_get_object_element (items, i), "id"));
  g_assert_not_reached ();
}

static void
test_subsequences (void)
{
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *parent = seeded_id (session, server, "Q1 SaaS Founders Outreach");
  g_autofree char *other = seeded_id (session, server, "Webinar Follow-up");
  g_autofree char *body = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Clicked - demo offer\","
                                           "\"conditions\":{\"lead_activity\":[4],\"crm_status\":[1,2]},"
                                           "\"subsequence_schedule\":" SCHEDULE ("Asia/Kolkata", "10:00") ","
                                           "\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,\"pre_delay\":2,"
                                           "\"variants\":[{\"subject\":\"Demo?\",\"body\":\"{Hi|Hello} {{firstName}}\"}]}]}]}", parent);
  g_autofree char *inherit = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Reply says pricing\","
                                              "\"conditions\":{\"reply_contains\":\"pricing\"}}", parent);
  g_autofree char *bad_tz = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"x\",\"conditions\":{\"crm_status\":[1]},"
                                             "\"subsequence_schedule\":" SCHEDULE ("America/New_York", "09:00") "}", parent);
  g_autofree char *bad_activity = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"x\",\"conditions\":{\"lead_activity\":[3]}}", parent);
  g_autofree char *no_conditions = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"x\"}", parent);
  g_autofree char *empty_conditions = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"x\",\"conditions\":{}}", parent);
  g_autofree char *unknown_key = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"x\",\"conditions\":{\"crm_status\":[1]},\"colour\":1}", parent);
  g_autofree char *duplicate_body = g_strdup_printf ("{\"parent_campaign\":\"%s\"}", other);
  g_autoptr(Reply) listed = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign=%s", parent);
  g_autoptr(Reply) others = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign_not=%s", parent);
  g_autoptr(Reply) searched = send_json (session, server, "GET", "/api/v2/subsequences?search=BREAKUP", NULL);
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/subsequences", body);
  g_autoptr(Reply) inherited = send_json (session, server, "POST", "/api/v2/subsequences", inherit);
  g_autoptr(Reply) parent_reply = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", parent);
  g_autoptr(Reply) orphan = send_json (session, server, "POST", "/api/v2/subsequences",
                                       "{\"parent_campaign\":\"01960000-0000-7000-8000-000000000000\",\"name\":\"x\",\"conditions\":{\"crm_status\":[1]}}");
  g_autofree char *id = NULL;
  g_autofree char *parent_schedule = NULL;
  g_autofree char *inherited_schedule = NULL;
  JsonObject *object;
  JsonObject *step;

  g_assert_cmpuint (json_array_get_length (reply_items (listed)), ==, 2);
  g_assert_cmpuint (json_array_get_length (reply_items (others)), ==, 1);
  g_assert_cmpuint (json_array_get_length (reply_items (searched)), ==, 1);

  object = reply_object (created);
  g_assert_cmpuint (created->status, ==, 200);
  id = g_strdup (json_object_get_string_member (object, "id"));
  g_assert_cmpstr (json_object_get_string_member (object, "parent_campaign"), ==, parent);
  g_assert_cmpint (json_object_get_int_member (object, "status"), ==, 1);
  g_assert_true (json_object_has_member (object, "workspace"));
  g_assert_true (json_object_has_member (object, "timestamp_leads_updated"));
  g_assert_cmpstr (json_object_get_string_member (object, "daily_limit_mode"), ==, "inherit");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (object, "conditions"), "crm_status")), ==, 2);
  step = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (object, "sequences"), 0), "steps"), 0);
  g_assert_cmpint (json_object_get_int_member (step, "pre_delay"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (step, "pre_delay_unit"), ==, "days");

  /* Without a schedule of its own it takes the parent's. */
  parent_schedule = json_to_string (json_object_get_member (reply_object (parent_reply), "campaign_schedule"), FALSE);
  inherited_schedule = json_to_string (json_object_get_member (reply_object (inherited), "subsequence_schedule"), FALSE);
  g_assert_cmpstr (inherited_schedule, ==, parent_schedule);

  {
    g_autoptr(Reply) r1 = send_json (session, server, "POST", "/api/v2/subsequences", bad_tz);
    g_autoptr(Reply) r2 = send_json (session, server, "POST", "/api/v2/subsequences", bad_activity);
    g_autoptr(Reply) r3 = send_json (session, server, "POST", "/api/v2/subsequences", no_conditions);
    g_autoptr(Reply) r4 = send_json (session, server, "POST", "/api/v2/subsequences", empty_conditions);
    g_autoptr(Reply) r5 = send_json (session, server, "POST", "/api/v2/subsequences", unknown_key);

    assert_error_envelope (r1, 400, "body/subsequence_schedule/schedules/0/timezone must be equal to one of the allowed values");
    assert_error_envelope (r2, 400, "body/conditions/lead_activity/0 must be equal to one of the allowed values");
    assert_error_envelope (r3, 400, "body must have required property 'conditions'");
    assert_error_envelope (r4, 400, "body/conditions must set at least one of crm_status, lead_activity or reply_contains");
    assert_error_envelope (r5, 400, "body must NOT have additional properties");
    assert_error_envelope (orphan, 404, "Campaign not found");
  }

  {
    g_autoptr(Reply) fetched = request (session, server, "GET", NULL, "/api/v2/subsequences/%s", id);
    g_autoptr(Reply) patched = request (session, server, "PATCH", "{\"name\":\"Clicked - offer a demo\",\"daily_limit_mode\":\"custom\",\"daily_limit\":15}",
                                        "/api/v2/subsequences/%s", id);
    g_autoptr(Reply) bad_patch = request (session, server, "PATCH", "{\"parent_campaign\":\"x\"}", "/api/v2/subsequences/%s", id);
    g_autoptr(Reply) bad_mode = request (session, server, "PATCH", "{\"daily_limit_mode\":\"sometimes\"}", "/api/v2/subsequences/%s", id);
    g_autoptr(Reply) paused = request (session, server, "POST", NULL, "/api/v2/subsequences/%s/pause", id);
    g_autoptr(Reply) paused_status = NULL;
    g_autoptr(Reply) resumed = NULL;

    g_assert_cmpstr (json_object_get_string_member (reply_object (fetched), "name"), ==, "Clicked - demo offer");
    g_assert_cmpstr (json_object_get_string_member (reply_object (patched), "name"), ==, "Clicked - offer a demo");
    g_assert_cmpint (json_object_get_int_member (reply_object (patched), "daily_limit"), ==, 15);
    assert_error_envelope (bad_patch, 400, "body must NOT have additional properties");
    assert_error_envelope (bad_mode, 400, "body/daily_limit_mode must be equal to one of the allowed values");
    g_assert_cmpint (json_object_get_int_member (reply_object (paused), "status"), ==, 2);

    deck_mock_server_set_clock (server, WEDNESDAY_16_UTC);
    paused_status = request (session, server, "GET", NULL, "/api/v2/subsequences/%s/sending-status", id);
    object = json_object_get_object_member (reply_object (paused_status), "diagnostics");
    g_assert_cmpstr (json_object_get_string_member (object, "subsequence_id"), ==, id);
    g_assert_cmpstr (json_object_get_string_member (object, "campaign_id"), ==, parent);
    g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "campaign_paused");

    resumed = request (session, server, "POST", NULL, "/api/v2/subsequences/%s/resume", id);
    g_assert_cmpint (json_object_get_int_member (reply_object (resumed), "status"), ==, 1);
  }

  {
    g_autoptr(Reply) copy = request (session, server, "POST", duplicate_body, "/api/v2/subsequences/%s/duplicate", id);
    g_autoptr(Reply) no_parent = request (session, server, "POST", "{\"name\":\"x\"}", "/api/v2/subsequences/%s/duplicate", id);
    g_autoptr(Reply) analytics = request (session, server, "GET", NULL, "/api/v2/subsequences/analytics?campaign_id=%s", parent);
    g_autoptr(Reply) no_campaign = send_json (session, server, "GET", "/api/v2/subsequences/analytics", NULL);
    g_autoptr(Reply) steps = request (session, server, "GET", NULL, "/api/v2/subsequences/%s/analytics/steps?start_date=2025-10-01&end_date=2025-10-31", id);
    g_autoptr(Reply) bad_range = request (session, server, "GET", NULL, "/api/v2/subsequences/%s/analytics/steps?start_date=soon", id);
    g_autoptr(Reply) deleted = NULL;
    g_autoptr(Reply) gone = NULL;
    JsonNode *node;

    object = reply_object (copy);
    g_assert_cmpuint (copy->status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (object, "id"), !=, id);
    g_assert_cmpstr (json_object_get_string_member (object, "parent_campaign"), ==, other);
    /* The name defaults to the source's own. */
    g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Clicked - offer a demo");
    assert_error_envelope (no_parent, 400, "body must have required property 'parent_campaign'");

    node = reply_json (analytics);
    g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
    g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 4);
    assert_error_envelope (no_campaign, 400, "querystring must have required property 'campaign_id'");

    node = reply_json (steps);
    g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
    g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (node), 0), "step"), ==, "0");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (node), 0), "variant"), ==, "0");
    assert_error_envelope (bad_range, 400, NULL);

    deleted = request (session, server, "DELETE", NULL, "/api/v2/subsequences/%s", id);
    g_assert_cmpstr (json_object_get_string_member (reply_object (deleted), "id"), ==, id);
    gone = request (session, server, "GET", NULL, "/api/v2/subsequences/%s", id);
    assert_error_envelope (gone, 404, "Subsequence not found");
  }

  {
    g_autofree char *seeded = subsequence_id (session, server, parent, "Finished without reply - breakup");
    g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/subsequences/%s", seeded);

    g_assert_cmpint (json_object_get_int_member (reply_object (reply), "status"), ==, 2);
  }
}

static void
test_scopes (void)
{
  static const char * const campaigns_read[] = { "campaigns:read", NULL };
  static const char * const subsequences_all[] = { "subsequences:all", NULL };
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *id = NULL;

  deck_mock_server_add_api_key (server, "reader-key", campaigns_read);
  deck_mock_server_add_api_key (server, "subsequence-key", subsequences_all);
  id = seeded_id (session, server, "Webinar Follow-up");

  {
    g_autoptr(Reply) list = send_full (session, server, "GET", "/api/v2/campaigns", "reader-key", NULL, NULL);
    g_autoptr(Reply) create = send_full (session, server, "POST", "/api/v2/campaigns", "reader-key",
                                         "{\"name\":\"x\",\"campaign_schedule\":" SCHEDULE ("Asia/Kolkata", "09:00") "}", NULL);
    g_autofree char *path = g_strdup_printf ("/api/v2/campaigns/%s/activate", id);
    g_autoptr(Reply) activate = send_full (session, server, "POST", path, "reader-key", NULL, NULL);
    g_autoptr(Reply) subsequences = send_full (session, server, "GET", "/api/v2/subsequences", "reader-key", NULL, NULL);
    g_autoptr(Reply) allowed = send_full (session, server, "GET", "/api/v2/subsequences", "subsequence-key", NULL, NULL);
    g_autoptr(Reply) campaigns = send_full (session, server, "GET", "/api/v2/campaigns", "subsequence-key", NULL, NULL);

    g_assert_cmpuint (list->status, ==, 200);
    assert_error_envelope (create, 403, NULL);
    assert_error_envelope (activate, 403, NULL);
    g_assert_cmpint (campaign_status (session, server, id), ==, 2);
    assert_error_envelope (subsequences, 403, NULL);
    g_assert_cmpuint (allowed->status, ==, 200);
    assert_error_envelope (campaigns, 403, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mock/campaigns/seed", test_seed);
  g_test_add_func ("/mock/campaigns/list-filters", test_list_filters);
  g_test_add_func ("/mock/campaigns/create-validation", test_create_and_validation);
  g_test_add_func ("/mock/campaigns/patch-delete", test_patch_delete);
  g_test_add_func ("/mock/campaigns/transitions", test_transitions);
  g_test_add_func ("/mock/campaigns/duplicate-export-share", test_duplicate_export_share);
  g_test_add_func ("/mock/campaigns/count-variables-search", test_count_variables_search);
  g_test_add_func ("/mock/campaigns/sending-status", test_sending_status);
  g_test_add_func ("/mock/campaigns/subsequences", test_subsequences);
  g_test_add_func ("/mock/campaigns/scopes", test_scopes);

  return g_test_run ();
}
