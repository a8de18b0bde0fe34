/* test-mock-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The mock's Lead, Lead List, Lead Label and Block List Entry operations over real
 * HTTP with a plain SoupSession: the seed, paging, filters, validation, and state
 * changes that really happen (move moves, delete deletes, merge merges). */

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-test-util.h"

#define N_ACCOUNTS 12
/* Enough for every campaign's own leads and a few hundred in lists; the
 * sanitizer build makes every lead served costly. */
#define N_SMALL    800

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

static DeckMockServer *start_server (guint n_accounts);

static DeckMockServer *
start_server_with (guint n_accounts,
                   guint n_leads)
{
  DeckMockServer *server = start_server (n_accounts);

  deck_mock_server_set_n_leads (server, n_leads);
  return server;
}

static DeckMockServer *
start_server (guint n_accounts)
{
  g_autoptr(GError) error = NULL;
  DeckMockServer *server = deck_mock_server_new (n_accounts);

  deck_mock_server_set_job_duration (server, 60);

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

static JsonObject *
node_object (JsonNode *node)
{
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static char *
first_campaign_id (SoupSession    *session,
                   DeckMockServer *server,
                   const char     *name)
{
  g_autoptr(Reply) reply = request (session, server, "GET", NULL, "/api/v2/campaigns?limit=100");
  JsonArray *items = reply_items (reply);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *campaign = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (campaign, "name"), name))
        return g_strdup (json_object_get_string_member (campaign, "id"));
    }
  g_assert_not_reached ();
}

static char *
lead_list_id (DeckMockServer *server,
              guint           index)
{
  g_autoptr(JsonArray) lists = deck_mock_server_dup_lead_lists (server);

  g_assert_cmpuint (json_array_get_length (lists), >, index);
  return g_strdup (json_object_get_string_member (json_array_get_object_element (lists, index), "id"));
}

/* The leads a listing saw: the parsed pages are kept, not copied (the sanitizer
 * build makes every allocation costly). */
typedef struct
{
  GPtrArray *pages;   /* JsonNode * */
  GPtrArray *leads;   /* JsonObject *, borrowed from @pages */
} LeadSet;

static void
lead_set_free (LeadSet *set)
{
  g_ptr_array_unref (set->pages);
  g_ptr_array_unref (set->leads);
  g_free (set);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadSet, lead_set_free)

#define n_leads(set)     ((set)->leads->len)
#define lead_at(set, i)  ((JsonObject *) g_ptr_array_index ((set)->leads, (i)))

/* Pages through POST /leads/list with @body_extra ("" or ",\"filter\":…") and
 * checks the order; returns every lead seen. */
static LeadSet *
list_all_leads (SoupSession    *session,
                DeckMockServer *server,
                const char     *body_extra,
                guint           limit)
{
  LeadSet *set = g_new0 (LeadSet, 1);
  g_autofree char *cursor = NULL;
  const char *previous = NULL;

  set->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  set->leads = g_ptr_array_new ();

  for (guint page = 0; page < 2000; page++)
    {
      g_autofree char *body = NULL;
      g_autoptr(Reply) reply = NULL;
      JsonArray *items;
      JsonObject *object;

      if (cursor != NULL)
        body = g_strdup_printf ("{\"limit\":%u,\"starting_after\":\"%s\"%s}", limit, cursor, body_extra);
      else
        body = g_strdup_printf ("{\"limit\":%u%s}", limit, body_extra);
      reply = send_json (session, server, "POST", "/api/v2/leads/list", body);
      items = reply_items (reply);
      object = reply_object (reply);
      g_assert_cmpuint (json_array_get_length (items), <=, limit);
      g_ptr_array_add (set->pages, json_node_ref (reply->json));

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *lead = json_array_get_object_element (items, i);
          const char *id = json_object_get_string_member (lead, "id");

          if (previous != NULL)
            g_assert_cmpstr (previous, <, id);
          previous = id;
          g_ptr_array_add (set->leads, lead);
        }

      g_clear_pointer (&cursor, g_free);
      if (!json_object_has_member (object, "next_starting_after"))
        return set;
      g_assert_cmpuint (json_array_get_length (items), ==, limit);
      cursor = g_strdup (json_object_get_string_member (object, "next_starting_after"));
    }

  g_assert_not_reached ();
}

static void
test_seed_and_paging (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(DeckMockServer) again = start_server (N_ACCOUNTS);
  g_autoptr(LeadSet) all = list_all_leads (session, server, "", 100);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(Reply) first = send_json (session, server, "POST", "/api/v2/leads/list", "{\"limit\":3}");
  g_autoptr(Reply) first_again = send_json (session, again, "POST", "/api/v2/leads/list", "{\"limit\":3}");
  g_autoptr(JsonArray) lists = deck_mock_server_dup_lead_lists (server);
  g_autoptr(JsonArray) labels = deck_mock_server_dup_lead_labels (server);
  g_autoptr(JsonArray) blocked = deck_mock_server_dup_block_list (server);
  gboolean utf8_name = FALSE;
  guint in_campaigns = 0;
  guint in_lists = 0;

  /* Every lead exactly once, in id order. */
  g_assert_cmpuint (deck_mock_server_get_n_leads (server), ==, 5000);
  g_assert_cmpuint (n_leads (all), ==, 5000);
  for (guint i = 0; i < n_leads (all); i++)
    {
      JsonObject *lead = lead_at (all, i);
      const char *first_name = json_object_get_string_member_with_default (lead, "first_name", NULL);

      g_assert_true (g_hash_table_add (ids, (gpointer) json_object_get_string_member (lead, "id")));
      g_assert_true (json_object_has_member (lead, "status_summary"));
      g_assert_true (json_object_has_member (lead, "company_domain"));
      in_campaigns += !json_object_get_null_member (lead, "campaign");
      in_lists += !json_object_get_null_member (lead, "list_id");
      utf8_name |= g_strcmp0 (first_name, "José") == 0 || g_strcmp0 (first_name, "Zoë") == 0;
    }
  g_assert_true (utf8_name);
  g_assert_cmpuint (in_campaigns, >, 100);
  g_assert_cmpuint (in_lists, >, 4000);
  g_assert_cmpuint (in_campaigns + in_lists, ==, 5000);

  /* The same on every run. */
  g_assert_cmpstr (first->body, ==, first_again->body);

  g_assert_cmpuint (json_array_get_length (lists), >=, 3);
  g_assert_cmpuint (json_array_get_length (labels), >=, 3);
  g_assert_cmpuint (json_array_get_length (blocked), >=, 3);
}

static void
test_filters (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Q1 SaaS Founders Outreach");
  g_autofree char *list = lead_list_id (server, 0);
  g_autofree char *by_campaign_body = g_strdup_printf (",\"campaign\":\"%s\"", campaign);
  g_autofree char *by_list_body = g_strdup_printf (",\"list_id\":\"%s\"", list);
  g_autoptr(LeadSet) by_campaign = list_all_leads (session, server, by_campaign_body, 7);
  g_autoptr(JsonArray) in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  g_autoptr(LeadSet) by_list = list_all_leads (session, server, by_list_body, 100);
  g_autoptr(JsonArray) in_list = deck_mock_server_dup_leads_in (server, list);
  g_autoptr(LeadSet) replied = list_all_leads (session, server, ",\"filter\":\"FILTER_VAL_REPLIED\"", 100);
  g_autoptr(LeadSet) interested = list_all_leads (session, server, ",\"filter\":\"FILTER_LEAD_INTERESTED\"", 100);
  g_autoptr(LeadSet) bounced = list_all_leads (session, server, ",\"filter\":\"FILTER_VAL_BOUNCED\"", 100);
  g_autoptr(LeadSet) not_contacted = list_all_leads (session, server, ",\"filter\":\"FILTER_VAL_NOT_CONTACTED\"", 100);
  g_autoptr(LeadSet) contacted = list_all_leads (session, server, ",\"filter\":\"FILTER_VAL_CONTACTED\"", 100);
  g_autoptr(LeadSet) searched = list_all_leads (session, server, ",\"search\":\"josé\"", 100);
  g_autoptr(LeadSet) no_list = list_all_leads (session, server, ",\"in_list\":false", 100);
  g_autoptr(LeadSet) contacts = list_all_leads (session, server, ",\"contacts\":[\"AVA.MULLER@northwind-traders.com\"]", 100);
  g_autoptr(JsonArray) distinct = json_array_new ();
  g_autoptr(Reply) too_many = send_json (session, server, "POST", "/api/v2/leads/list", "{\"limit\":101}");
  g_autoptr(Reply) bad_filter = send_json (session, server, "POST", "/api/v2/leads/list", "{\"filter\":\"FILTER_NOPE\"}");
  g_autoptr(Reply) ids_alone = send_json (session, server, "POST", "/api/v2/leads/list", "{\"ids\":[\"x\"]}");
  g_autoptr(Reply) bad_type = send_json (session, server, "POST", "/api/v2/leads/list", "{\"search\":3}");
  g_autofree char *cursor = NULL;

  g_assert_cmpuint (n_leads (by_campaign), ==, 40);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 40);
  g_assert_cmpuint (n_leads (by_list), ==, json_array_get_length (in_list));
  g_assert_cmpuint (n_leads (by_list), >, 100);
  g_assert_cmpuint (n_leads (no_list), >, 0);
  for (guint i = 0; i < n_leads (no_list); i++)
    g_assert_false (json_object_get_null_member (lead_at (no_list, i), "campaign"));

  g_assert_cmpuint (n_leads (replied), >, 0);
  for (guint i = 0; i < n_leads (replied); i++)
    g_assert_cmpint (json_object_get_int_member (lead_at (replied, i), "email_reply_count"), >, 0);
  g_assert_cmpuint (n_leads (interested), >, 0);
  for (guint i = 0; i < n_leads (interested); i++)
    g_assert_cmpint (json_object_get_int_member (lead_at (interested, i), "lt_interest_status"), ==, 1);
  g_assert_cmpuint (n_leads (bounced), >, 0);
  for (guint i = 0; i < n_leads (bounced); i++)
    g_assert_cmpint (json_object_get_int_member (lead_at (bounced, i), "status"), ==, -1);
  g_assert_cmpuint (n_leads (contacted) + n_leads (not_contacted), ==, N_SMALL);

  g_assert_cmpuint (n_leads (searched), >, 0);
  for (guint i = 0; i < n_leads (searched); i++)
    g_assert_cmpstr (json_object_get_string_member (lead_at (searched, i), "first_name"), ==, "José");

  /* The campaign seed's contact is in several campaigns (and maybe a list). */
  g_assert_cmpuint (n_leads (contacts), >=, 2);
  for (guint i = 0; i < n_leads (contacts); i++)
    g_assert_cmpstr (json_object_get_string_member (lead_at (contacts, i), "email"), ==,
                     "ava.muller@northwind-traders.com");

  /* distinct_contacts: one lead per email, the email as the cursor. */
  for (guint page = 0; page < 100; page++)
    {
      g_autofree char *body = g_strdup_printf ("{\"limit\":100,\"distinct_contacts\":true,\"contacts\":[\"ava.muller@northwind-traders.com\",\"noah.okafor@contoso-labs.io\"]%s%s%s}",
                                               cursor ? ",\"starting_after\":\"" : "", cursor ? cursor : "", cursor ? "\"" : "");
      g_autoptr(Reply) reply = send_json (session, server, "POST", "/api/v2/leads/list", body);
      JsonArray *items = reply_items (reply);

      for (guint i = 0; i < json_array_get_length (items); i++)
        json_array_add_element (distinct, json_node_copy (json_array_get_element (items, i)));
      g_clear_pointer (&cursor, g_free);
      if (!json_object_has_member (reply_object (reply), "next_starting_after"))
        break;
      cursor = g_strdup (json_object_get_string_member (reply_object (reply), "next_starting_after"));
    }
  g_assert_cmpuint (json_array_get_length (distinct), ==, 2);

  assert_error_envelope (too_many, 400, "body/limit must be <= 100");
  assert_error_envelope (bad_filter, 400, NULL);
  assert_error_envelope (ids_alone, 400, NULL);
  assert_error_envelope (bad_type, 400, NULL);
}

static void
test_crud (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Q1 SaaS Founders Outreach");
  g_autofree char *list = lead_list_id (server, 1);
  g_autofree char *no_email = g_strdup_printf ("{\"campaign\":\"%s\",\"first_name\":\"Ana\"}", campaign);
  g_autofree char *create = g_strdup_printf ("{\"campaign\":\"%s\",\"email\":\"Zoe.New@Example.org\",\"first_name\":\"Zoë\","
                                             "\"lt_interest_status\":1,\"custom_variables\":{\"plan\":\"pro\",\"seats\":12}}", campaign);
  g_autofree char *in_list = g_strdup_printf ("{\"list_id\":\"%s\",\"last_name\":\"Only\"}", list);
  g_autoptr(Reply) missing_email = send_json (session, server, "POST", "/api/v2/leads", no_email);
  g_autoptr(Reply) unknown_key = send_json (session, server, "POST", "/api/v2/leads", "{\"email\":\"a@b.co\",\"campaign_id\":\"x\"}");
  g_autoptr(Reply) bad_enum = send_json (session, server, "POST", "/api/v2/leads", "{\"email\":\"a@b.co\",\"lt_interest_status\":7}");
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/leads", create);
  g_autoptr(Reply) again = send_json (session, server, "POST", "/api/v2/leads", create);
  g_autoptr(Reply) created_in_list = send_json (session, server, "POST", "/api/v2/leads", in_list);
  g_autoptr(Reply) got = NULL;
  g_autoptr(Reply) patched = NULL;
  g_autoptr(Reply) empty_patch = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(JsonArray) campaign_leads = NULL;
  g_autoptr(JsonNode) stored = NULL;
  JsonObject *lead;
  JsonObject *payload;
  const char *id;

  assert_error_envelope (missing_email, 400, "body must have required property 'email'");
  assert_error_envelope (unknown_key, 400, "body must NOT have additional properties");
  assert_error_envelope (bad_enum, 400, NULL);

  g_assert_cmpuint (created->status, ==, 200);
  lead = reply_object (created);
  id = json_object_get_string_member (lead, "id");
  g_assert_cmpstr (json_object_get_string_member (lead, "campaign"), ==, campaign);
  g_assert_cmpstr (json_object_get_string_member (lead, "email"), ==, "Zoe.New@Example.org");
  g_assert_cmpint (json_object_get_int_member (lead, "lt_interest_status"), ==, 1);
  payload = json_object_get_object_member (lead, "payload");
  g_assert_cmpstr (json_object_get_string_member (payload, "firstName"), ==, "Zoë");
  g_assert_cmpint (json_object_get_int_member (payload, "seats"), ==, 12);
  /* The same email in the same campaign is not added twice. */
  g_assert_cmpstr (json_object_get_string_member (reply_object (again), "id"), ==, id);
  campaign_leads = deck_mock_server_dup_leads_in (server, campaign);
  g_assert_cmpuint (json_array_get_length (campaign_leads), ==, 41);
  g_assert_cmpuint (created_in_list->status, ==, 200);
  g_assert_true (json_object_get_null_member (reply_object (created_in_list), "email"));

  got = request (session, server, "GET", NULL, "/api/v2/leads/%s", id);
  g_assert_cmpstr (got->body, ==, created->body);

  patched = request (session, server, "PATCH", "{\"first_name\":\"Zoe\",\"job_title\":\"CTO\",\"custom_variables\":{\"plan\":\"team\"}}",
                     "/api/v2/leads/%s", id);
  g_assert_cmpuint (patched->status, ==, 200);
  lead = reply_object (patched);
  g_assert_cmpstr (json_object_get_string_member (lead, "first_name"), ==, "Zoe");
  g_assert_cmpstr (json_object_get_string_member (lead, "job_title"), ==, "CTO");
  payload = json_object_get_object_member (lead, "payload");
  g_assert_cmpstr (json_object_get_string_member (payload, "plan"), ==, "team");
  g_assert_cmpint (json_object_get_int_member (payload, "seats"), ==, 12);
  stored = deck_mock_server_dup_lead (server, "zoe.new@example.org");
  g_assert_cmpstr (json_object_get_string_member (node_object (stored), "job_title"), ==, "CTO");

  empty_patch = request (session, server, "PATCH", "{\"email\":\"x@y.z\"}", "/api/v2/leads/%s", id);
  assert_error_envelope (empty_patch, 400, NULL);

  deleted = request (session, server, "DELETE", NULL, "/api/v2/leads/%s", id);
  g_assert_cmpuint (deleted->status, ==, 200);
  gone = request (session, server, "GET", NULL, "/api/v2/leads/%s", id);
  assert_error_envelope (gone, 404, NULL);
  g_assert_null (deck_mock_server_dup_lead (server, id));
  g_clear_pointer (&campaign_leads, json_array_unref);
  campaign_leads = deck_mock_server_dup_leads_in (server, campaign);
  g_assert_cmpuint (json_array_get_length (campaign_leads), ==, 40);
}

static gint64
int_member (Reply      *reply,
            const char *member)
{
  return json_object_get_int_member (reply_object (reply), member);
}

static void
test_add (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Product Launch Beta Invite");
  g_autofree char *list = lead_list_id (server, 2);
  g_autofree char *rows = g_strdup ("[{\"email\":\"one@acme.io\",\"first_name\":\"Øyvind\"},{\"email\":\"two@acme.io\",\"phone\":\"+1 555\"},"
                                    "{\"email\":\"not-an-email\"},{\"email\":\"ONE@acme.io\"},{\"first_name\":\"No email\"},"
                                    "{\"email\":\"boss@mailinator.com\"},{\"email\":\"ava.chen@northwind-traders.com\"}]");
  g_autofree char *body = g_strdup_printf ("{\"campaign_id\":\"%s\",\"leads\":%s}", campaign, rows);
  g_autofree char *rerun = g_strdup_printf ("{\"campaign_id\":\"%s\",\"leads\":%s,\"skip_if_in_workspace\":true}", campaign, rows);
  g_autofree char *to_list = g_strdup_printf ("{\"list_id\":\"%s\",\"leads\":%s,\"skip_if_in_campaign\":true}", list, rows);
  g_autofree char *both = g_strdup_printf ("{\"campaign_id\":\"%s\",\"list_id\":\"%s\",\"leads\":[{\"email\":\"x@y.io\"}]}", campaign, list);
  g_autofree char *extra_key = g_strdup_printf ("{\"campaign_id\":\"%s\",\"leads\":[{\"email\":\"x@y.io\",\"company\":\"X\"}]}", campaign);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(Reply) first = NULL;
  g_autoptr(Reply) second = NULL;
  g_autoptr(Reply) listed = NULL;
  g_autoptr(Reply) both_ids = send_json (session, server, "POST", "/api/v2/leads/add", both);
  g_autoptr(Reply) neither = send_json (session, server, "POST", "/api/v2/leads/add", "{\"leads\":[{\"email\":\"x@y.io\"}]}");
  g_autoptr(Reply) extra = send_json (session, server, "POST", "/api/v2/leads/add", extra_key);
  g_autoptr(Reply) too_big = NULL;
  g_autoptr(JsonArray) in_campaign = NULL;
  JsonArray *created;

  assert_error_envelope (both_ids, 400, NULL);
  assert_error_envelope (neither, 400, NULL);
  assert_error_envelope (extra, 400, "body/leads/0 must NOT have additional properties");

  g_string_append_printf (big, "{\"campaign_id\":\"%s\",\"leads\":[", campaign);
  for (guint i = 0; i < 1001; i++)
    g_string_append_printf (big, "%s{\"email\":\"bulk%u@acme.io\"}", i ? "," : "", i);
  g_string_append (big, "]}");
  too_big = send_json (session, server, "POST", "/api/v2/leads/add", big->str);
  assert_error_envelope (too_big, 400, "body/leads must NOT have more than 1000 items");

  first = send_json (session, server, "POST", "/api/v2/leads/add", body);
  g_assert_cmpuint (first->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (first), "status"), ==, "success");
  g_assert_cmpint (int_member (first, "total_sent"), ==, 7);
  g_assert_cmpint (int_member (first, "leads_uploaded"), ==, 3);
  g_assert_cmpint (int_member (first, "invalid_email_count"), ==, 1);
  g_assert_cmpint (int_member (first, "duplicate_email_count"), ==, 1);
  g_assert_cmpint (int_member (first, "incomplete_count"), ==, 1);
  g_assert_cmpint (int_member (first, "in_blocklist"), ==, 1);
  g_assert_cmpint (int_member (first, "skipped_count"), ==, 0);
  g_assert_cmpint (int_member (first, "duplicated_leads"), ==, 0);
  g_assert_true (json_object_has_member (reply_object (first), "remaining_in_plan"));
  g_assert_true (json_object_has_member (reply_object (first), "blocklist_used"));
  created = json_object_get_array_member (reply_object (first), "created_leads");
  g_assert_cmpuint (json_array_get_length (created), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (created, 0), "index"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (created, 1), "index"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (created, 2), "index"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (created, 1), "phone"), ==, "+1 555");

  /* The same rows again create nothing. */
  second = send_json (session, server, "POST", "/api/v2/leads/add", rerun);
  g_assert_cmpint (int_member (second, "leads_uploaded"), ==, 0);
  g_assert_cmpint (int_member (second, "skipped_count") + int_member (second, "duplicated_leads"), ==, 3);
  in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 3);

  /* Into a list, skipping what any campaign holds. */
  listed = send_json (session, server, "POST", "/api/v2/leads/add", to_list);
  g_assert_cmpint (int_member (listed, "leads_uploaded"), ==, 1);   /* "No email" */
  g_assert_cmpint (int_member (listed, "skipped_count"), ==, 3);
}

static JsonObject *
wait_for_job (SoupSession    *session,
              DeckMockServer *server,
              const char     *id,
              Reply         **out)
{
  /* Poll until the job is done (bounded, no timing assertion). */
  for (guint i = 0; i < 500; i++)
    {
      Reply *reply = request (session, server, "GET", NULL, "/api/v2/background-jobs/%s", id);
      const char *status = json_object_get_string_member (reply_object (reply), "status");

      if (g_str_equal (status, "success"))
        {
          *out = reply;
          return reply_object (reply);
        }
      g_assert_true (g_str_equal (status, "pending") || g_str_equal (status, "in-progress"));
      reply_free (reply);
      g_usleep (10 * 1000);
    }
  g_assert_not_reached ();
}

static void
test_move (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Product Launch Beta Invite");
  g_autofree char *list = lead_list_id (server, 3);
  g_autofree char *target_list = lead_list_id (server, 0);
  g_autoptr(JsonArray) before = deck_mock_server_dup_leads_in (server, list);
  g_autofree char *move = g_strdup_printf ("{\"list_id\":\"%s\",\"to_campaign_id\":\"%s\",\"limit\":25}", list, campaign);
  g_autofree char *copy = g_strdup_printf ("{\"campaign\":\"%s\",\"to_list_id\":\"%s\",\"copy_leads\":true,\"limit\":5}", campaign, target_list);
  g_autofree char *ids_only = g_strdup_printf ("{\"ids\":[\"x\"],\"to_list_id\":\"%s\"}", target_list);
  g_autoptr(Reply) started = NULL;
  g_autoptr(Reply) still_pending = NULL;
  g_autoptr(Reply) done = NULL;
  g_autoptr(Reply) copy_started = NULL;
  g_autoptr(Reply) copy_done = NULL;
  g_autoptr(Reply) listed = NULL;
  g_autoptr(Reply) nowhere = send_json (session, server, "POST", "/api/v2/leads/move", "{\"limit\":1}");
  g_autoptr(Reply) bad_ids = send_json (session, server, "POST", "/api/v2/leads/move", ids_only);
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(JsonArray) in_campaign = NULL;
  g_autoptr(JsonArray) in_target = NULL;
  g_autoptr(JsonArray) target_before = deck_mock_server_dup_leads_in (server, target_list);
  g_autoptr(JsonNode) moved_lead = NULL;
  JsonObject *job;
  JsonObject *data;

  assert_error_envelope (nowhere, 400, NULL);
  assert_error_envelope (bad_ids, 400, NULL);

  /* A job that lasts until the test lets it finish. */
  deck_mock_server_set_job_duration (server, 3600 * 1000);
  started = send_json (session, server, "POST", "/api/v2/leads/move", move);
  g_assert_cmpuint (started->status, ==, 200);
  job = reply_object (started);
  g_assert_cmpstr (json_object_get_string_member (job, "type"), ==, "move-leads");
  g_assert_cmpstr (json_object_get_string_member (job, "status"), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (job, "entity_type"), ==, "campaign");
  /* Nothing has moved yet. */
  in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 0);
  still_pending = request (session, server, "GET", NULL, "/api/v2/background-jobs/%s", json_object_get_string_member (job, "id"));
  g_assert_cmpstr (json_object_get_string_member (reply_object (still_pending), "status"), !=, "success");
  g_clear_pointer (&in_campaign, json_array_unref);
  in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 0);

  deck_mock_server_set_job_duration (server, 0);
  job = wait_for_job (session, server, json_object_get_string_member (job, "id"), &done);
  data = json_object_get_object_member (job, "data");
  g_assert_cmpint (json_object_get_int_member (data, "success_count"), ==, 25);
  g_assert_cmpint (json_object_get_int_member (data, "failed_count"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (data, "moved_leads"), ==, 25);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (data, "moved_lead_emails")), ==, 25);

  g_clear_pointer (&in_campaign, json_array_unref);
  in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  after = deck_mock_server_dup_leads_in (server, list);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 25);
  g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before) - 25);
  /* Moved, not copied: the first lead of the list now sits in the campaign. */
  moved_lead = deck_mock_server_dup_lead (server,
                                          json_object_get_string_member (json_array_get_object_element (before, 0), "id"));
  g_assert_cmpstr (json_object_get_string_member (node_object (moved_lead), "campaign"), ==, campaign);
  g_assert_true (json_object_get_null_member (node_object (moved_lead), "list_id"));

  /* The campaign's own view follows (search by contact). */
  listed = request (session, server, "GET", NULL, "/api/v2/campaigns/%s", campaign);
  g_assert_cmpuint (listed->status, ==, 200);

  copy_started = send_json (session, server, "POST", "/api/v2/leads/move", copy);
  g_assert_cmpuint (copy_started->status, ==, 200);
  job = wait_for_job (session, server, json_object_get_string_member (reply_object (copy_started), "id"), &copy_done);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (job, "data"), "moved_leads"), ==, 5);
  g_clear_pointer (&in_campaign, json_array_unref);
  in_campaign = deck_mock_server_dup_leads_in (server, campaign);
  in_target = deck_mock_server_dup_leads_in (server, target_list);
  g_assert_cmpuint (json_array_get_length (in_campaign), ==, 25);
  g_assert_cmpuint (json_array_get_length (in_target), ==, json_array_get_length (target_before) + 5);
}

static void
test_merge_delete_interest (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Q1 SaaS Founders Outreach");
  g_autofree char *list = lead_list_id (server, 1);
  g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (server, campaign);
  JsonObject *a = json_array_get_object_element (leads, 0);
  JsonObject *b = json_array_get_object_element (leads, 1);
  g_autofree char *merge = g_strdup_printf ("{\"lead_id\":\"%s\",\"destination_lead_id\":\"%s\"}",
                                            json_object_get_string_member (a, "id"), json_object_get_string_member (b, "id"));
  g_autoptr(Reply) merged = send_json (session, server, "POST", "/api/v2/leads/merge", merge);
  g_autoptr(Reply) merge_missing = send_json (session, server, "POST", "/api/v2/leads/merge", "{\"lead_id\":\"nope\",\"destination_lead_id\":\"nope2\"}");
  g_autoptr(JsonNode) source = deck_mock_server_dup_lead (server, json_object_get_string_member (a, "id"));
  g_autofree char *interest = g_strdup_printf ("{\"lead_email\":\"%s\",\"interest_value\":2}", json_object_get_string_member (b, "email"));
  g_autoptr(Reply) interest_reply = send_json (session, server, "POST", "/api/v2/leads/update-interest-status", interest);
  g_autoptr(JsonNode) interested = deck_mock_server_dup_lead (server, json_object_get_string_member (b, "id"));
  g_autoptr(Reply) interest_missing = send_json (session, server, "POST", "/api/v2/leads/update-interest-status", "{\"lead_email\":\"x@y.io\"}");
  g_autofree char *bulk = g_strdup_printf ("{\"list_id\":\"%s\",\"status\":1,\"limit\":10}", list);
  g_autoptr(JsonArray) list_before = deck_mock_server_dup_leads_in (server, list);
  g_autoptr(Reply) bulk_deleted = send_json (session, server, "DELETE", "/api/v2/leads", bulk);
  g_autoptr(JsonArray) list_after = deck_mock_server_dup_leads_in (server, list);
  g_autoptr(Reply) bulk_nowhere = send_json (session, server, "DELETE", "/api/v2/leads", "{\"status\":1}");
  g_autofree char *assign = g_strdup_printf ("{\"organization_user_ids\":[\"u-1\",\"u-2\"],\"campaign\":\"%s\"}", campaign);
  g_autoptr(Reply) assigned = send_json (session, server, "POST", "/api/v2/leads/bulk-assign", assign);
  g_autoptr(JsonArray) after_assign = deck_mock_server_dup_leads_in (server, campaign);

  g_assert_cmpuint (merged->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (merged), "id"), ==, json_object_get_string_member (b, "id"));
  g_assert_cmpint (json_object_get_int_member (reply_object (merged), "email_open_count"), ==,
                   json_object_get_int_member (a, "email_open_count") + json_object_get_int_member (b, "email_open_count"));
  g_assert_null (source);
  assert_error_envelope (merge_missing, 404, NULL);

  g_assert_cmpuint (interest_reply->status, ==, 202);
  g_assert_cmpstr (json_object_get_string_member (reply_object (interest_reply), "message"), ==,
                   "Lead interest status update background job submitted");
  g_assert_cmpint (json_object_get_int_member (node_object (interested), "lt_interest_status"), ==, 2);
  assert_error_envelope (interest_missing, 400, "body must have required property 'interest_value'");

  g_assert_cmpuint (bulk_deleted->status, ==, 200);
  g_assert_cmpint (int_member (bulk_deleted, "count"), ==, 10);
  g_assert_cmpuint (json_array_get_length (list_after), ==, json_array_get_length (list_before) - 10);
  assert_error_envelope (bulk_nowhere, 400, NULL);

  g_assert_cmpuint (assigned->status, ==, 202);
  for (guint i = 0; i < json_array_get_length (after_assign); i++)
    {
      const char *owner = json_object_get_string_member (json_array_get_object_element (after_assign, i), "assigned_to");

      g_assert_true (g_strcmp0 (owner, "u-1") == 0 || g_strcmp0 (owner, "u-2") == 0);
    }
}

static void
test_subsequence (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autofree char *campaign = first_campaign_id (session, server, "Q1 SaaS Founders Outreach");
  g_autoptr(Reply) subsequences = request (session, server, "GET", NULL, "/api/v2/subsequences?parent_campaign=%s", campaign);
  g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (server, campaign);
  const char *lead_id = json_object_get_string_member (json_array_get_object_element (leads, 3), "id");
  const char *subsequence_id = json_object_get_string_member (json_array_get_object_element (reply_items (subsequences), 0), "id");
  g_autofree char *move = g_strdup_printf ("{\"id\":\"%s\",\"subsequence_id\":\"%s\"}", lead_id, subsequence_id);
  g_autofree char *remove = g_strdup_printf ("{\"id\":\"%s\"}", lead_id);
  g_autoptr(Reply) moved = send_json (session, server, "POST", "/api/v2/leads/subsequence/move", move);
  g_autoptr(Reply) removed = NULL;
  g_autoptr(Reply) unknown = send_json (session, server, "POST", "/api/v2/leads/subsequence/move", "{\"id\":\"x\",\"subsequence_id\":\"y\"}");

  g_assert_cmpuint (moved->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (moved), "subsequence_id"), ==, subsequence_id);
  removed = send_json (session, server, "POST", "/api/v2/leads/subsequence/remove", remove);
  g_assert_cmpuint (removed->status, ==, 200);
  g_assert_true (json_object_get_null_member (reply_object (removed), "subsequence_id"));
  assert_error_envelope (unknown, 404, NULL);
}

static void
test_lead_lists (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autoptr(Reply) page = request (session, server, "GET", NULL, "/api/v2/lead-lists?limit=2");
  g_autoptr(Reply) next_page = NULL;
  g_autoptr(Reply) enriched = request (session, server, "GET", NULL, "/api/v2/lead-lists?has_enrichment_task=true");
  g_autoptr(Reply) searched = request (session, server, "GET", NULL, "/api/v2/lead-lists?search=inbound");
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/lead-lists", "{\"name\":\"Q3 Webinar\",\"has_enrichment_task\":false}");
  g_autoptr(Reply) no_name = send_json (session, server, "POST", "/api/v2/lead-lists", "{\"owned_by\":null}");
  g_autoptr(Reply) extra = send_json (session, server, "POST", "/api/v2/lead-lists", "{\"name\":\"x\",\"color\":\"red\"}");
  g_autoptr(Reply) patched = NULL;
  g_autoptr(Reply) stats = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(Reply) missing_stats = request (session, server, "GET", NULL, "/api/v2/lead-lists/nope/verification-stats");
  g_autofree char *first_list = lead_list_id (server, 0);
  g_autoptr(JsonArray) first_leads = deck_mock_server_dup_leads_in (server, first_list);
  g_autoptr(JsonArray) lists_after = NULL;
  JsonObject *object;
  const char *id;
  gint64 sum = 0;

  g_assert_cmpuint (json_array_get_length (reply_items (page)), ==, 2);
  object = reply_object (page);
  g_assert_true (json_object_has_member (object, "next_starting_after"));
  next_page = request (session, server, "GET", NULL, "/api/v2/lead-lists?limit=2&starting_after=%s",
                       json_object_get_string_member (object, "next_starting_after"));
  g_assert_cmpuint (json_array_get_length (reply_items (next_page)), >=, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reply_items (next_page), 0), "name"), !=,
                   json_object_get_string_member (json_array_get_object_element (reply_items (page), 0), "name"));
  g_assert_cmpuint (json_array_get_length (reply_items (enriched)), ==, 1);
  g_assert_cmpuint (json_array_get_length (reply_items (searched)), ==, 1);
  assert_error_envelope (no_name, 400, "body must have required property 'name'");
  assert_error_envelope (extra, 400, "body must NOT have additional properties");
  assert_error_envelope (missing_stats, 404, NULL);

  g_assert_cmpuint (created->status, ==, 200);
  id = json_object_get_string_member (reply_object (created), "id");
  patched = request (session, server, "PATCH", "{\"name\":\"Q3 Webinar (EU)\"}", "/api/v2/lead-lists/%s", id);
  g_assert_cmpstr (json_object_get_string_member (reply_object (patched), "name"), ==, "Q3 Webinar (EU)");

  stats = request (session, server, "GET", NULL, "/api/v2/lead-lists/%s/verification-stats", first_list);
  g_assert_cmpuint (stats->status, ==, 200);
  object = json_object_get_object_member (reply_object (stats), "stats");
  g_assert_cmpint (int_member (stats, "total_leads"), ==, json_array_get_length (first_leads));
  g_assert_cmpint (json_object_get_int_member (object, "verified"), >, 0);
  sum = json_object_get_int_member (object, "verified") + json_object_get_int_member (object, "invalid") +
        json_object_get_int_member (object, "risky") + json_object_get_int_member (object, "catch_all");
  g_assert_cmpint (sum, <=, int_member (stats, "total_leads"));

  deleted = request (session, server, "DELETE", NULL, "/api/v2/lead-lists/%s", first_list);
  g_assert_cmpuint (deleted->status, ==, 200);
  gone = request (session, server, "GET", NULL, "/api/v2/lead-lists/%s", first_list);
  assert_error_envelope (gone, 404, NULL);
  lists_after = deck_mock_server_dup_leads_in (server, first_list);
  g_assert_cmpuint (json_array_get_length (lists_after), ==, 0);
  g_assert_cmpuint (deck_mock_server_get_n_leads (server), ==, N_SMALL - json_array_get_length (first_leads));
}

static void
test_lead_labels (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autoptr(Reply) created = send_json (session, server, "POST", "/api/v2/lead-labels",
                                        "{\"label\":\"Asked for a demo\",\"interest_status_label\":\"positive\",\"use_with_ai\":true,"
                                        "\"description\":\"Wants a product demonstration\"}");
  g_autoptr(Reply) bad_kind = send_json (session, server, "POST", "/api/v2/lead-labels", "{\"label\":\"X\",\"interest_status_label\":\"warm\"}");
  g_autoptr(Reply) positive = request (session, server, "GET", NULL, "/api/v2/lead-labels?interest_status=positive");
  g_autoptr(Reply) ai = send_json (session, server, "POST", "/api/v2/lead-labels/ai-reply-label",
                                   "{\"reply_text\":\"Could you give us a product demonstration next week?\"}");
  g_autoptr(Reply) ai_again = send_json (session, server, "POST", "/api/v2/lead-labels/ai-reply-label",
                                         "{\"reply_text\":\"Could you give us a product demonstration next week?\"}");
  g_autoptr(Reply) ooo = send_json (session, server, "POST", "/api/v2/lead-labels/ai-reply-label",
                                    "{\"reply_text\":\"I am out of office until Monday.\"}");
  g_autoptr(Reply) patched = NULL;
  g_autoptr(Reply) interest = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(Reply) gone = NULL;
  g_autoptr(JsonArray) leads = NULL;
  g_autoptr(JsonNode) lead = NULL;
  g_autofree char *set_interest = NULL;
  g_autofree char *list = lead_list_id (server, 0);
  const char *id;
  gint64 status;

  g_assert_cmpuint (created->status, ==, 200);
  id = json_object_get_string_member (reply_object (created), "id");
  status = int_member (created, "interest_status");
  g_assert_cmpint (status, >, 4);
  assert_error_envelope (bad_kind, 400, NULL);
  for (guint i = 0; i < json_array_get_length (reply_items (positive)); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reply_items (positive), i), "interest_status_label"), ==, "positive");
  g_assert_cmpstr (json_object_get_string_member (reply_object (ai), "result"), ==, "Asked for a demo");
  g_assert_cmpstr (ai->body, ==, ai_again->body);
  g_assert_cmpstr (json_object_get_string_member (reply_object (ooo), "result"), ==, "Out of Office");

  patched = request (session, server, "PATCH", "{\"use_with_ai\":false,\"description\":null}", "/api/v2/lead-labels/%s", id);
  g_assert_false (json_object_get_boolean_member (reply_object (patched), "use_with_ai"));
  g_assert_true (json_object_get_null_member (reply_object (patched), "description"));

  /* A lead with the label gets the reassigned status when it goes. */
  leads = deck_mock_server_dup_leads_in (server, list);
  set_interest = g_strdup_printf ("{\"lead_email\":\"%s\",\"interest_value\":%" G_GINT64_FORMAT "}",
                                  json_object_get_string_member (json_array_get_object_element (leads, 0), "email"), status);
  interest = send_json (session, server, "POST", "/api/v2/leads/update-interest-status", set_interest);
  g_assert_cmpuint (interest->status, ==, 202);
  deleted = request (session, server, "DELETE", "{\"reassigned_status\":1}", "/api/v2/lead-labels/%s", id);
  g_assert_cmpuint (deleted->status, ==, 200);
  gone = request (session, server, "GET", NULL, "/api/v2/lead-labels/%s", id);
  assert_error_envelope (gone, 404, NULL);
  lead = deck_mock_server_dup_lead (server, json_object_get_string_member (json_array_get_object_element (leads, 0), "id"));
  g_assert_cmpint (json_object_get_int_member (node_object (lead), "lt_interest_status"), ==, 1);
}

static void
test_block_list (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server_with (N_ACCOUNTS, N_SMALL);
  g_autoptr(Reply) domain = send_json (session, server, "POST", "/api/v2/block-lists-entries", "{\"bl_value\":\"Spammy.Example\"}");
  g_autoptr(Reply) email = send_json (session, server, "POST", "/api/v2/block-lists-entries", "{\"bl_value\":\"boss@corp.io\"}");
  g_autoptr(Reply) invalid = send_json (session, server, "POST", "/api/v2/block-lists-entries", "{\"bl_value\":\"not valid\"}");
  g_autoptr(Reply) bulk = send_json (session, server, "POST", "/api/v2/block-lists-entries/bulk-create",
                                     "{\"bl_values\":[\"a.example\",\"b@b.example\",\"??\",\"a.example\"]}");
  g_autoptr(Reply) domains = request (session, server, "GET", NULL, "/api/v2/block-lists-entries?domains_only=true&limit=100");
  g_autoptr(Reply) csv = request (session, server, "GET", NULL, "/api/v2/block-lists-entries/download");
  g_autoptr(Reply) patched = NULL;
  g_autoptr(Reply) bulk_deleted = NULL;
  g_autoptr(Reply) all_deleted = NULL;
  g_autoptr(Reply) deleted = NULL;
  g_autoptr(JsonArray) left = NULL;
  g_autofree char *bulk_delete = NULL;
  const char *email_id;

  g_assert_cmpuint (domain->status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (reply_object (domain), "bl_value"), ==, "spammy.example");
  g_assert_true (json_object_get_boolean_member (reply_object (domain), "is_domain"));
  g_assert_false (json_object_get_boolean_member (reply_object (email), "is_domain"));
  assert_error_envelope (invalid, 400, NULL);
  g_assert_cmpint (int_member (bulk, "valid_count"), ==, 3);
  g_assert_cmpint (int_member (bulk, "invalid_count"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (bulk), "items")), ==, 2);
  for (guint i = 0; i < json_array_get_length (reply_items (domains)); i++)
    g_assert_true (json_object_get_boolean_member (json_array_get_object_element (reply_items (domains), i), "is_domain"));

  g_assert_cmpuint (csv->status, ==, 200);
  g_assert_true (g_str_has_prefix (soup_message_headers_get_content_type (soup_message_get_response_headers (csv->msg), NULL), "text/csv"));
  g_assert_true (g_str_has_prefix (csv->body, "Blocked Email,Date\r\n"));
  g_assert_nonnull (strstr (csv->body, "boss@corp.io,"));

  email_id = json_object_get_string_member (reply_object (email), "id");
  patched = request (session, server, "PATCH", "{\"bl_value\":\"corp.io\"}", "/api/v2/block-lists-entries/%s", email_id);
  g_assert_true (json_object_get_boolean_member (reply_object (patched), "is_domain"));

  bulk_delete = g_strdup_printf ("{\"ids\":[\"%s\"]}", email_id);
  bulk_deleted = send_json (session, server, "POST", "/api/v2/block-lists-entries/bulk-delete", bulk_delete);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (reply_json (bulk_deleted))), ==, 1);
  deleted = request (session, server, "GET", NULL, "/api/v2/block-lists-entries/%s", email_id);
  assert_error_envelope (deleted, 404, NULL);

  all_deleted = send_json (session, server, "DELETE", "/api/v2/block-lists-entries?domains_only=true", NULL);
  g_assert_cmpuint (all_deleted->status, ==, 200);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (reply_json (all_deleted)));
  left = deck_mock_server_dup_block_list (server);
  g_assert_cmpuint (json_array_get_length (left), >, 0);
  for (guint i = 0; i < json_array_get_length (left); i++)
    g_assert_false (json_object_get_boolean_member (json_array_get_object_element (left, i), "is_domain"));
}

static void
test_large (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(DeckMockServer) server = start_server (N_ACCOUNTS);
  g_autoptr(JsonNode) middle = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *previous = NULL;

  deck_mock_server_set_n_leads (server, 100000);
  g_assert_cmpuint (deck_mock_server_get_n_leads (server), ==, 100000);

  /* A few pages from the middle: each costs the page, not the workspace. */
  for (guint page = 0; page < 5; page++)
    {
      g_autofree char *body = cursor ? g_strdup_printf ("{\"limit\":100,\"starting_after\":\"%s\"}", cursor)
                                     : g_strdup ("{\"limit\":100}");
      g_autoptr(Reply) reply = send_json (session, server, "POST", "/api/v2/leads/list", body);
      JsonArray *items = reply_items (reply);

      g_assert_cmpuint (json_array_get_length (items), ==, 100);
      g_free (cursor);
      cursor = g_strdup (json_object_get_string_member (reply_object (reply), "next_starting_after"));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, json_object_get_string_member (json_array_get_object_element (items, 0), "id"));
      g_free (previous);
      previous = g_strdup (cursor);
    }
  middle = deck_mock_server_dup_lead (server, cursor);
  g_assert_nonnull (middle);

  deck_mock_server_set_n_leads (server, 10);
  g_assert_cmpuint (deck_mock_server_get_n_leads (server), ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mock/leads/seed-paging", test_seed_and_paging);
  g_test_add_func ("/mock/leads/filters", test_filters);
  g_test_add_func ("/mock/leads/crud", test_crud);
  g_test_add_func ("/mock/leads/add", test_add);
  g_test_add_func ("/mock/leads/move", test_move);
  g_test_add_func ("/mock/leads/merge-delete-interest", test_merge_delete_interest);
  g_test_add_func ("/mock/leads/subsequence", test_subsequence);
  g_test_add_func ("/mock/leads/lead-lists", test_lead_lists);
  g_test_add_func ("/mock/leads/lead-labels", test_lead_labels);
  g_test_add_func ("/mock/leads/block-list", test_block_list);
  g_test_add_func ("/mock/leads/large", test_large);

  return g_test_run ();
}
