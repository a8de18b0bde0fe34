/* test-client-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "deck-client.h"
#include "deck-client-accounts.h"
#include "deck-client-lead-lists.h"
#include "deck-client-leads.h"
#include "deck-mock-server.h"
#include "deck-pager.h"
#include "deck-test-util.h"

#define WAIT_MS 60000
/* Paging through 5,000 leads; fewer under ASan, whose slow unwinder (SDK.md G8) makes
 * every allocation costly. */
#if defined(__SANITIZE_ADDRESS__)
#define N_PAGED_LEADS 1000
#else
#define N_PAGED_LEADS 5000
#endif

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
  char           *campaign_id;  /* a seeded campaign with leads */
  char           *list_id;      /* a seeded lead list */
} Fixture;

/* Helpers */

static JsonNode *
call_sync (DeckClient  *client,
           const char  *method,
           const char  *path,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_call_async (client, method, path, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_call_finish (client, result, error);
}

static char *
first_id (DeckClient *client,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) page = call_sync (client, "GET", path, &error);
  JsonArray *items;

  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (page), "items");
  g_assert_cmpuint (json_array_get_length (items), >, 0);
  return g_strdup (json_object_get_string_member (json_array_get_object_element (items, 0), "id"));
}

/* One server for every test (seeding 5,000 leads is the slow part under ASan); the
 * tests only assert on what they add or change themselves. */
static DeckMockServer *shared_mock;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) lists = NULL;

  if (shared_mock == NULL)
    {
      shared_mock = deck_mock_server_new (5);
      deck_mock_server_set_job_duration (shared_mock, 50);
      deck_mock_server_start (shared_mock, 0, &error);
      g_assert_no_error (error);
    }
  fixture->mock = g_object_ref (shared_mock);
  deck_mock_server_clear_faults (fixture->mock);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 2, 1, 2000);
  deck_client_set_rate_limit (fixture->client, 0, 1);

  fixture->campaign_id = first_id (fixture->client, "/api/v2/campaigns?limit=1");
  lists = deck_mock_server_dup_lead_lists (fixture->mock);
  fixture->list_id = g_strdup (json_object_get_string_member (json_array_get_object_element (lists, 0), "id"));
  deck_mock_server_clear_request_log (fixture->mock);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  g_clear_object (&fixture->mock);
  g_free (fixture->campaign_id);
  g_free (fixture->list_id);
}

static JsonObject *
last_request (Fixture    *fixture,
              const char *method,
              const char *path)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->mock);

  for (guint i = json_array_get_length (log); i > 0; i--)
    {
      JsonObject *entry = json_array_get_object_element (log, i - 1);

      if (g_str_equal (json_object_get_string_member (entry, "method"), method) &&
          g_str_equal (json_object_get_string_member (entry, "path"), path))
        return json_object_ref (entry);
    }

  g_error ("No %s %s in the request log", method, path);
}

static JsonObject *
request_body (JsonObject *entry)
{
  JsonNode *body = json_object_get_member (entry, "body");

  g_assert_nonnull (body);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (body));
  return json_node_get_object (body);
}

static void
assert_body_equals (JsonObject *entry,
                    const char *expected)
{
  g_autoptr(JsonNode) want = json_from_string (expected, NULL);
  JsonNode *body = json_object_get_member (entry, "body");
  g_autofree char *got = json_to_string (body, FALSE);

  if (!json_node_equal (body, want))
    g_error ("Sent %s, expected %s", got, expected);
}

/* As assert_body_equals, taking @expected (built with g_strdup_printf). */
static void
assert_body_equals_take (JsonObject *entry,
                         char       *expected)
{
  assert_body_equals (entry, expected);
  g_free (expected);
}

static guint
load_pager (DeckPager *pager)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (deck_pager_get_model (pager));
}

/* A lead of @id (a campaign or a list) in the mock, as JSON. */
static char *
seeded_lead_id (Fixture    *fixture,
                const char *in)
{
  g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->mock, in);

  g_assert_cmpuint (json_array_get_length (leads), >, 0);
  return g_strdup (json_object_get_string_member (json_array_get_object_element (leads, 0), "id"));
}

#define RUN(call, finish_expr)                              \
  G_STMT_START {                                            \
    g_autoptr(GAsyncResult) result = NULL;                  \
    call;                                                   \
    deck_test_wait_result (&result, WAIT_MS);               \
    finish_expr;                                            \
  } G_STMT_END

/* Tests: listing */

static void
test_list_paging (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DeckPager) all = deck_client_list_leads (fixture->client, NULL);
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(DeckPager) in_campaign = NULL;
  g_autoptr(JsonArray) expected = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *model;

  deck_mock_server_set_n_leads (fixture->mock, N_PAGED_LEADS);
  g_assert_cmpuint (load_pager (all), ==, N_PAGED_LEADS);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/leads/list"), ==,
                    N_PAGED_LEADS / 100);

  /* Every lead once. */
  model = deck_pager_get_model (all);
  for (guint i = 0; i < N_PAGED_LEADS; i++)
    {
      g_autoptr(DeckLead) lead = g_list_model_get_item (model, i);

      g_assert_true (g_hash_table_add (ids, (gpointer) deck_lead_get_id (lead)));
    }

  /* The cursor and the filter go in the body; empty members are left out. */
  query->campaign = g_strdup (fixture->campaign_id);
  query->ids = g_new0 (char *, 1);
  in_campaign = deck_client_list_leads (fixture->client, query);
  expected = deck_mock_server_dup_leads_in (fixture->mock, fixture->campaign_id);
  g_assert_cmpuint (load_pager (in_campaign), ==, json_array_get_length (expected));
  entry = last_request (fixture, "POST", "/api/v2/leads/list");
  g_assert_cmpstr (json_object_get_string_member (request_body (entry), "campaign"), ==, fixture->campaign_id);
  g_assert_false (json_object_has_member (request_body (entry), "ids"));
  g_assert_cmpint (json_object_get_int_member (request_body (entry), "limit"), ==, 100);
}

static void
test_query_json (void)
{
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(DeckLeadQuery) copy = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) want = json_from_string (
    "{\"search\":\"ann\",\"filter\":\"FILTER_VAL_CONTACTED\",\"list_id\":\"l\",\"in_list\":true,"
    "\"excluded_ids\":[\"a\",\"b\"],\"contacts\":[\"x@y.org\"]}", NULL);
  const char *excluded[] = { "a", "b", NULL };
  const char *contacts[] = { "x@y.org", NULL };

  query->search = g_strdup ("ann");
  query->filter = g_strdup ("FILTER_VAL_CONTACTED");
  query->list_id = g_strdup ("l");
  query->campaign = g_strdup ("");
  query->in_list = TRUE;
  query->excluded_ids = g_strdupv ((char **) excluded);
  query->contacts = g_strdupv ((char **) contacts);

  copy = deck_lead_query_copy (query);
  object = deck_lead_query_to_json (copy);
  node = json_node_init_object (json_node_alloc (), object);
  g_assert_true (json_node_equal (node, want));
}

/* Tests: one lead */

static void
test_get_create_patch_delete (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) got = NULL;
  g_autoptr(DeckLead) created = NULL;
  g_autoptr(DeckLead) patched = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autoptr(JsonObject) custom = json_object_new ();
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonNode) server = NULL;
  g_autofree char *id = seeded_lead_id (fixture, fixture->campaign_id);
  g_autofree char *tier = NULL;
  gboolean deleted = FALSE;

  RUN (deck_client_get_lead_async (fixture->client, id, NULL, deck_test_store_result, &result),
       got = deck_client_get_lead_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_get_id (got), ==, id);

  json_object_set_string_member (body, "campaign", fixture->campaign_id);
  json_object_set_string_member (body, "email", "new.lead@example.org");
  json_object_set_string_member (body, "first_name", "Nova");
  json_object_set_string_member (custom, "tier", "gold");
  json_object_set_int_member (custom, "seats", 12);
  json_object_set_object_member (body, "custom_variables", json_object_ref (custom));
  RUN (deck_client_create_lead_async (fixture->client, body, NULL, deck_test_store_result, &result),
       created = deck_client_create_lead_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_get_email (created), ==, "new.lead@example.org");
  g_assert_cmpstr (deck_lead_get_campaign (created), ==, fixture->campaign_id);
  tier = deck_lead_dup_custom_variable_text (created, "tier");
  g_assert_cmpstr (tier, ==, "gold");
  entry = last_request (fixture, "POST", "/api/v2/leads");
  g_assert_cmpstr (json_object_get_string_member (request_body (entry), "email"), ==, "new.lead@example.org");
  g_assert_false (json_object_has_member (request_body (entry), "list_id"));
  g_clear_pointer (&entry, json_object_unref);

  /* PATCH sends exactly the changes. */
  json_object_set_string_member (changes, "job_title", "CTO");
  json_object_set_int_member (changes, "lt_interest_status", 1);
  RUN (deck_client_patch_lead_async (fixture->client, deck_lead_get_id (created), changes, NULL,
                                     deck_test_store_result, &result),
       patched = deck_client_patch_lead_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_get_job_title (patched), ==, "CTO");
  g_assert_cmpint (deck_lead_get_lt_interest_status (patched), ==, 1);
  {
    g_autofree char *path = g_strconcat ("/api/v2/leads/", deck_lead_get_id (created), NULL);
    g_autoptr(JsonObject) patch = last_request (fixture, "PATCH", path);

    assert_body_equals (patch, "{\"job_title\":\"CTO\",\"lt_interest_status\":1}");
  }

  RUN (deck_client_delete_lead_async (fixture->client, deck_lead_get_id (created), NULL,
                                      deck_test_store_result, &result),
       deleted = deck_client_delete_lead_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (deleted);
  server = deck_mock_server_dup_lead (fixture->mock, deck_lead_get_id (created));
  g_assert_null (server);
  {
    g_autofree char *path = g_strconcat ("/api/v2/leads/", deck_lead_get_id (created), NULL);
    g_autoptr(JsonObject) del = last_request (fixture, "DELETE", path);
    JsonNode *type = json_object_get_member (del, "content_type");

    g_assert_true (type == NULL || JSON_NODE_HOLDS_NULL (type));
  }
}

static void
test_bad_custom_variable (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) patched = NULL;
  g_autoptr(DeckLeadAddResult) added = NULL;
  g_autoptr(DeckLeadAddResult) partial = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autoptr(JsonObject) custom = json_object_new ();
  g_autoptr(JsonArray) leads = json_array_new ();
  g_autoptr(JsonObject) lead = json_object_new ();
  g_autoptr(JsonObject) lead_custom = json_object_new ();
  g_autofree char *id = seeded_lead_id (fixture, fixture->campaign_id);

  json_object_set_object_member (custom, "address", json_object_new ());
  json_object_set_object_member (changes, "custom_variables", json_object_ref (custom));
  RUN (deck_client_patch_lead_async (fixture->client, id, changes, NULL, deck_test_store_result, &result),
       patched = deck_client_patch_lead_finish (fixture->client, result, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_null (patched);
  g_clear_error (&error);

  /* One bad lead among many: nothing goes out. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(JsonObject) good = json_object_new ();
      g_autofree char *email = g_strdup_printf ("good%u@example.org", i);

      json_object_set_string_member (good, "email", email);
      json_array_add_object_element (leads, g_steal_pointer (&good));
    }
  json_object_set_string_member (lead, "email", "bad@example.org");
  json_object_set_array_member (lead_custom, "tags", json_array_new ());
  json_object_set_object_member (lead, "custom_variables", json_object_ref (lead_custom));
  json_array_add_object_element (leads, json_object_ref (lead));
  RUN (deck_client_add_leads_async (fixture->client, NULL, fixture->list_id, leads, 0, NULL, NULL, NULL,
                                    deck_test_store_result, &result),
       added = deck_client_add_leads_finish (fixture->client, result, &partial, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_null (added);

  {
    g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->mock);

    g_assert_cmpuint (json_array_get_length (log), ==, 0);
  }
}

/* A seeded campaign that has a subsequence, and that subsequence. */
static char *
campaign_with_subsequence (Fixture  *fixture,
                           char    **subsequence_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) page = call_sync (fixture->client, "GET", "/api/v2/campaigns?limit=100", &error);
  JsonArray *items;

  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (page), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (items, i), "id");
      g_autofree char *path = g_strdup_printf ("/api/v2/subsequences?parent_campaign=%s&limit=1", id);
      g_autoptr(JsonNode) subsequences = call_sync (fixture->client, "GET", path, &error);
      g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->mock, id);
      JsonArray *found;

      g_assert_no_error (error);
      found = json_object_get_array_member (json_node_get_object (subsequences), "items");
      if (json_array_get_length (found) > 0 && json_array_get_length (leads) >= 2)
        {
          *subsequence_id = g_strdup (json_object_get_string_member (json_array_get_object_element (found, 0), "id"));
          return g_strdup (id);
        }
    }

  g_error ("No seeded campaign has a subsequence");
}

static void
test_merge_interest_subsequence (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subsequence_id = NULL;
  g_autofree char *campaign_id = campaign_with_subsequence (fixture, &subsequence_id);
  g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->mock, campaign_id);
  g_autoptr(DeckLead) merged = NULL;
  g_autoptr(DeckLead) moved = NULL;
  g_autoptr(DeckLead) removed = NULL;
  g_autoptr(JsonObject) entry = NULL;
  JsonObject *first, *second;
  gboolean ok = FALSE;

  g_assert_cmpuint (json_array_get_length (leads), >=, 2);
  first = json_array_get_object_element (leads, 0);
  second = json_array_get_object_element (leads, 1);

  RUN (deck_client_merge_leads_async (fixture->client, json_object_get_string_member (second, "id"),
                                      json_object_get_string_member (first, "id"), NULL,
                                      deck_test_store_result, &result),
       merged = deck_client_merge_leads_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_get_id (merged), ==, json_object_get_string_member (first, "id"));
  entry = last_request (fixture, "POST", "/api/v2/leads/merge");
  g_assert_cmpstr (json_object_get_string_member (request_body (entry), "lead_id"), ==,
                   json_object_get_string_member (second, "id"));
  g_clear_pointer (&entry, json_object_unref);

  /* 202; null resets to plain "Lead". */
  RUN (deck_client_update_interest_status_async (fixture->client, json_object_get_string_member (first, "email"),
                                                 DECK_LEAD_INTEREST_NONE, campaign_id, NULL, NULL,
                                                 deck_test_store_result, &result),
       ok = deck_client_update_interest_status_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  entry = last_request (fixture, "POST", "/api/v2/leads/update-interest-status");
  assert_body_equals_take (entry, g_strdup_printf ("{\"lead_email\":\"%s\",\"interest_value\":null,\"campaign_id\":\"%s\"}",
                                              json_object_get_string_member (first, "email"),
                                              campaign_id));
  g_clear_pointer (&entry, json_object_unref);

  RUN (deck_client_set_lead_subsequence_async (fixture->client, json_object_get_string_member (first, "id"),
                                               subsequence_id, NULL, deck_test_store_result, &result),
       moved = deck_client_set_lead_subsequence_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_get_subsequence_id (moved), ==, subsequence_id);

  RUN (deck_client_set_lead_subsequence_async (fixture->client, json_object_get_string_member (first, "id"),
                                               NULL, NULL, deck_test_store_result, &result),
       removed = deck_client_set_lead_subsequence_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_null (deck_lead_get_subsequence_id (removed));
  entry = last_request (fixture, "POST", "/api/v2/leads/subsequence/remove");
  assert_body_equals_take (entry, g_strdup_printf ("{\"id\":\"%s\"}", json_object_get_string_member (first, "id")));
}

/* Tests: many leads */

static JsonArray *
make_leads (guint       n,
            const char *prefix)
{
  JsonArray *leads = json_array_new ();

  for (guint i = 0; i < n; i++)
    {
      JsonObject *lead = json_object_new ();
      g_autofree char *email = g_strdup_printf ("%s%05u@batch.example.org", prefix, i);
      g_autofree char *first = g_strdup_printf ("Batch %u", i);

      json_object_set_string_member (lead, "email", email);
      json_object_set_string_member (lead, "first_name", first);
      json_array_add_object_element (leads, lead);
    }

  return leads;
}

typedef struct
{
  guint         calls;
  guint         last_done;
  GCancellable *cancel_after_first;
} Progress;

static void
on_progress (guint                    n_done,
             guint                    n_total,
             const DeckLeadAddResult *so_far,
             gpointer                 user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (n_done, >, progress->last_done);
  g_assert_cmpuint (n_done, <=, n_total);
  g_assert_cmpuint (so_far->n_batches_done, ==, progress->calls + 1);
  progress->calls++;
  progress->last_done = n_done;
  if (progress->cancel_after_first != NULL)
    g_cancellable_cancel (progress->cancel_after_first);
}

/* A list of the test's own, so that the shared seeded one stays small. */
static char *
new_list (Fixture    *fixture,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadList) list = NULL;

  RUN (deck_client_create_lead_list_async (fixture->client, name, NULL, deck_test_store_result, &result),
       list = deck_client_create_lead_list_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  return g_strdup (deck_lead_list_get_id (list));
}

static void
test_add_batches (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) leads = make_leads (2500, "b");
  g_autoptr(DeckLeadAddResult) added = NULL;
  g_autoptr(JsonArray) log = NULL;
  g_autoptr(JsonArray) in_list = NULL;
  g_autofree char *list_id = new_list (fixture, "Batches");
  Progress progress = { 0 };
  guint n_add = 0;

  deck_mock_server_clear_request_log (fixture->mock);
  RUN (deck_client_add_leads_async (fixture->client, NULL, list_id, leads,
                                    DECK_LEAD_ADD_SKIP_IF_IN_LIST, on_progress, &progress, NULL,
                                    deck_test_store_result, &result),
       added = deck_client_add_leads_finish (fixture->client, result, NULL, &error));
  g_assert_no_error (error);

  /* Exactly three requests: 1000, 1000, 500. */
  log = deck_mock_server_dup_request_log (fixture->mock);
  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);

      if (!g_str_equal (json_object_get_string_member (entry, "path"), "/api/v2/leads/add"))
        continue;
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (request_body (entry), "leads")),
                        ==, n_add < 2 ? 1000 : 500);
      g_assert_cmpstr (json_object_get_string_member (request_body (entry), "list_id"), ==, list_id);
      g_assert_true (json_object_get_boolean_member (request_body (entry), "skip_if_in_list"));
      n_add++;
    }
  g_assert_cmpuint (n_add, ==, 3);
  g_assert_cmpuint (progress.calls, ==, 3);
  g_assert_cmpuint (progress.last_done, ==, 2500);

  g_assert_cmpuint (added->n_batches_done, ==, 3);
  g_assert_cmpuint (added->total_sent, ==, 2500);
  g_assert_cmpuint (added->leads_uploaded, ==, 2500);
  g_assert_cmpuint (added->created_leads->len, ==, 2500);

  /* Indices are the caller's, not the batch's. */
  for (guint i = 0; i < added->created_leads->len; i += 499)
    {
      DeckLeadAddCreated *created = g_ptr_array_index (added->created_leads, i);
      JsonObject *sent = json_array_get_object_element (leads, created->index);

      g_assert_cmpstr (created->email, ==, json_object_get_string_member (sent, "email"));
      g_assert_nonnull (created->id);
    }

  in_list = deck_mock_server_dup_leads_in (fixture->mock, list_id);
  g_assert_cmpuint (json_array_get_length (in_list), ==, 2500);
}

static void
test_add_cancel_and_rerun (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) leads = make_leads (2500, "c");
  g_autoptr(DeckLeadAddResult) added = NULL;
  g_autoptr(DeckLeadAddResult) partial = NULL;
  g_autoptr(DeckLeadAddResult) rerun = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *list_id = new_list (fixture, "Cancelled");
  g_autoptr(JsonArray) after = NULL;
  Progress progress = { 0 };

  deck_mock_server_clear_request_log (fixture->mock);

  progress.cancel_after_first = cancellable;
  RUN (deck_client_add_leads_async (fixture->client, NULL, list_id, leads,
                                    DECK_LEAD_ADD_SKIP_IF_IN_LIST, on_progress, &progress, cancellable,
                                    deck_test_store_result, &result),
       added = deck_client_add_leads_finish (fixture->client, result, &partial, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (added);
  g_assert_nonnull (partial);
  g_assert_cmpuint (partial->n_batches_done, ==, 1);
  g_assert_cmpuint (partial->leads_uploaded, ==, 1000);
  g_assert_cmpuint (partial->created_leads->len, ==, 1000);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/leads/add"), ==, 1);

  /* The re-run with the skip flag only creates the leads that were missing. */
  RUN (deck_client_add_leads_async (fixture->client, NULL, list_id, leads,
                                    DECK_LEAD_ADD_SKIP_IF_IN_LIST, NULL, NULL, NULL,
                                    deck_test_store_result, &result),
       rerun = deck_client_add_leads_finish (fixture->client, result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rerun->total_sent, ==, 2500);
  g_assert_cmpuint (rerun->leads_uploaded, ==, 1500);
  g_assert_cmpuint (rerun->created_leads->len, ==, 1500);

  after = deck_mock_server_dup_leads_in (fixture->mock, list_id);
  g_assert_cmpuint (json_array_get_length (after), ==, 2500);
}

static void
test_delete_many (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) leads = make_leads (30, "d");
  g_autoptr(DeckLeadAddResult) added = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  guint64 count = 0;
  gboolean ok = FALSE;

  RUN (deck_client_add_leads_async (fixture->client, NULL, fixture->list_id, leads, 0, NULL, NULL, NULL,
                                    deck_test_store_result, &result),
       added = deck_client_add_leads_finish (fixture->client, result, NULL, &error));
  g_assert_no_error (error);
  before = deck_mock_server_dup_leads_in (fixture->mock, fixture->list_id);

  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (ids, ((DeckLeadAddCreated *) g_ptr_array_index (added->created_leads, i))->id);
  g_ptr_array_add (ids, NULL);

  RUN (deck_client_delete_leads_async (fixture->client, NULL, fixture->list_id,
                                       (const char * const *) ids->pdata, 0, NULL,
                                       deck_test_store_result, &result),
       ok = deck_client_delete_leads_finish (fixture->client, result, &count, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count, ==, 10);

  /* DELETE with a JSON body. */
  entry = last_request (fixture, "DELETE", "/api/v2/leads");
  g_assert_cmpstr (json_object_get_string_member (entry, "content_type"), ==, "application/json");
  g_assert_cmpstr (json_object_get_string_member (request_body (entry), "list_id"), ==, fixture->list_id);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (request_body (entry), "ids")), ==, 10);

  after = deck_mock_server_dup_leads_in (fixture->mock, fixture->list_id);
  g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before) - 10);
}

static void
test_assign (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(JsonArray) members = deck_mock_server_dup_members (fixture->mock);
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonArray) after = NULL;
  const char *user = json_object_get_string_member (json_array_get_object_element (members, 0), "id");
  const char *users[] = { user, NULL };
  gboolean ok = FALSE;

  query->list_id = g_strdup (fixture->list_id);
  RUN (deck_client_assign_leads_async (fixture->client, query, users, NULL, deck_test_store_result, &result),
       ok = deck_client_assign_leads_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  entry = last_request (fixture, "POST", "/api/v2/leads/bulk-assign");
  assert_body_equals_take (entry, g_strdup_printf ("{\"list_id\":\"%s\",\"organization_user_ids\":[\"%s\"]}",
                                              fixture->list_id, user));

  after = deck_mock_server_dup_leads_in (fixture->mock, fixture->list_id);
  for (guint i = 0; i < json_array_get_length (after); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (after, i), "assigned_to"),
                     ==, user);

  /* Exclusions cannot be honoured by bulk-assign: refused without a request. */
  query->excluded_ids = g_strsplit ("a", ",", -1);
  deck_mock_server_clear_request_log (fixture->mock);
  RUN (deck_client_assign_leads_async (fixture->client, query, users, NULL, deck_test_store_result, &result),
       ok = deck_client_assign_leads_finish (fixture->client, result, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/leads/bulk-assign"), ==, 0);
}

static DeckBackgroundJob *
move_sync (Fixture             *fixture,
           const DeckLeadQuery *query,
           const char          *to_list_id,
           gboolean             copy)
{
  g_autoptr(GError) error = NULL;
  DeckBackgroundJob *job = NULL;

  RUN (deck_client_move_leads_async (fixture->client, query, NULL, to_list_id, copy, NULL,
                                     deck_test_store_result, &result),
       job = deck_client_move_leads_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_nonnull (job);
  return job;
}

static void
test_move_and_follow (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(DeckBackgroundJob) failing = NULL;
  g_autoptr(DeckLeadList) target = NULL;
  g_autoptr(JsonArray) moved = NULL;
  g_autoptr(JsonArray) source = deck_mock_server_dup_leads_in (fixture->mock, fixture->campaign_id);
  g_autoptr(DeckPager) jobs = NULL;
  g_autoptr(JsonObject) entry = NULL;
  JsonObject *job_data;
  gboolean ok = FALSE;

  RUN (deck_client_create_lead_list_async (fixture->client, "Moved here", NULL, deck_test_store_result, &result),
       target = deck_client_create_lead_list_finish (fixture->client, result, &error));
  g_assert_no_error (error);

  query->campaign = g_strdup (fixture->campaign_id);
  job = move_sync (fixture, query, deck_lead_list_get_id (target), TRUE);
  g_assert_cmpstr (deck_background_job_get_job_type (job), ==, "move-leads");
  entry = last_request (fixture, "POST", "/api/v2/leads/move");
  assert_body_equals_take (entry, g_strdup_printf ("{\"campaign\":\"%s\",\"to_list_id\":\"%s\",\"copy_leads\":true}",
                                              fixture->campaign_id, deck_lead_list_get_id (target)));

  /* Polled to completion: the counts are in the job's data. */
  RUN (deck_client_follow_job_async (fixture->client, job, 10, NULL, deck_test_store_result, &result),
       ok = deck_client_follow_job_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (deck_background_job_is_success (job));
  job_data = deck_background_job_get_data (job);
  g_assert_nonnull (job_data);
  g_assert_cmpint (json_object_get_int_member (job_data, "success_count"), ==, json_array_get_length (source));
  moved = deck_mock_server_dup_leads_in (fixture->mock, deck_lead_list_get_id (target));
  g_assert_cmpuint (json_array_get_length (moved), ==, json_array_get_length (source));

  /* Polled to failure: the server answers every poll with a 500. */
  failing = move_sync (fixture, query, deck_lead_list_get_id (target), TRUE);
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "GET /api/v2/background-jobs/*",
                              1000, -1, 0);
  RUN (deck_client_follow_job_async (fixture->client, failing, 10, NULL, deck_test_store_result, &result),
       ok = deck_client_follow_job_finish (fixture->client, result, &error));
  g_assert_false (ok);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_false (deck_background_job_is_success (failing));
  deck_mock_server_clear_faults (fixture->mock);
  g_clear_error (&error);

  /* Both jobs are listed, newest first. */
  jobs = deck_client_list_background_jobs (fixture->client, NULL);
  g_assert_cmpuint (load_pager (jobs), >=, 2);
  {
    g_autoptr(DeckBackgroundJob) newest = g_list_model_get_item (deck_pager_get_model (jobs), 0);

    g_assert_cmpstr (deck_background_job_get_id (newest), ==, deck_background_job_get_id (failing));
  }

  /* Moving chosen leads needs their campaign or list. */
  g_clear_pointer (&query->campaign, g_free);
  query->ids = g_strsplit ("x", ",", -1);
  {
    g_autoptr(DeckBackgroundJob) refused = NULL;

    RUN (deck_client_move_leads_async (fixture->client, query, NULL, deck_lead_list_get_id (target), FALSE,
                                       NULL, deck_test_store_result, &result),
         refused = deck_client_move_leads_finish (fixture->client, result, &error));
    g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
    g_assert_null (refused);
  }
}

/* Tests: lead lists and labels */

static void
test_lead_lists (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckPager) pager = deck_client_list_lead_lists (fixture->client, NULL);
  g_autoptr(JsonArray) lists = deck_mock_server_dup_lead_lists (fixture->mock);
  g_autoptr(DeckLeadList) created = NULL;
  g_autoptr(DeckLeadList) renamed = NULL;
  g_autoptr(JsonArray) in_list = deck_mock_server_dup_leads_in (fixture->mock, fixture->list_id);
  g_autoptr(JsonObject) entry = NULL;
  g_autofree char *path = NULL;
  DeckLeadListStats stats = { 0 };
  gboolean ok = FALSE;

  g_assert_cmpuint (load_pager (pager), ==, json_array_get_length (lists));

  RUN (deck_client_create_lead_list_async (fixture->client, "Fresh list", NULL, deck_test_store_result, &result),
       created = deck_client_create_lead_list_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_list_get_name (created), ==, "Fresh list");
  entry = last_request (fixture, "POST", "/api/v2/lead-lists");
  assert_body_equals (entry, "{\"name\":\"Fresh list\"}");

  RUN (deck_client_rename_lead_list_async (fixture->client, deck_lead_list_get_id (created), "Renamed", NULL,
                                           deck_test_store_result, &result),
       renamed = deck_client_rename_lead_list_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_list_get_name (renamed), ==, "Renamed");

  RUN (deck_client_get_lead_list_stats_async (fixture->client, fixture->list_id, NULL,
                                              deck_test_store_result, &result),
       ok = deck_client_get_lead_list_stats_finish (fixture->client, result, &stats, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (stats.total_leads, ==, json_array_get_length (in_list));

  RUN (deck_client_delete_lead_list_async (fixture->client, deck_lead_list_get_id (created), NULL,
                                           deck_test_store_result, &result),
       ok = deck_client_delete_lead_list_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  g_clear_pointer (&lists, json_array_unref);
  lists = deck_mock_server_dup_lead_lists (fixture->mock);
  for (guint i = 0; i < json_array_get_length (lists); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (lists, i), "id"),
                     !=, deck_lead_list_get_id (created));
  path = g_strconcat ("/api/v2/lead-lists/", deck_lead_list_get_id (created), NULL);
  g_clear_pointer (&entry, json_object_unref);
  entry = last_request (fixture, "DELETE", path);
  g_assert_true (json_object_get_member (entry, "content_type") == NULL ||
                 JSON_NODE_HOLDS_NULL (json_object_get_member (entry, "content_type")));
}

static void
test_lead_labels (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckPager) pager = deck_client_list_lead_labels (fixture->client);
  g_autoptr(JsonArray) labels = deck_mock_server_dup_lead_labels (fixture->mock);
  g_autoptr(DeckLeadLabel) created = NULL;
  g_autoptr(DeckLeadLabel) patched = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonObject) changes = json_object_new ();
  gboolean ok = FALSE;

  g_assert_cmpuint (load_pager (pager), ==, json_array_get_length (labels));

  json_object_set_string_member (body, "label", "Warm");
  json_object_set_string_member (body, "interest_status_label", "positive");
  RUN (deck_client_create_lead_label_async (fixture->client, body, NULL, deck_test_store_result, &result),
       created = deck_client_create_lead_label_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_label_get_label (created), ==, "Warm");
  g_assert_cmpint (deck_lead_label_get_interest_status (created), !=, DECK_LEAD_INTEREST_NONE);

  json_object_set_string_member (changes, "label", "Warmer");
  RUN (deck_client_patch_lead_label_async (fixture->client, deck_lead_label_get_id (created), changes, NULL,
                                           deck_test_store_result, &result),
       patched = deck_client_patch_lead_label_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_label_get_label (patched), ==, "Warmer");

  RUN (deck_client_delete_lead_label_async (fixture->client, deck_lead_label_get_id (created), NULL,
                                            deck_test_store_result, &result),
       ok = deck_client_delete_lead_label_finish (fixture->client, result, &error));
  g_assert_no_error (error);
  g_assert_true (ok);
  g_clear_pointer (&labels, json_array_unref);
  labels = deck_mock_server_dup_lead_labels (fixture->mock);
  for (guint i = 0; i < json_array_get_length (labels); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (labels, i), "id"),
                     !=, deck_lead_label_get_id (created));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/client-leads/query-json", test_query_json);
  ADD ("/client-leads/list-paging", test_list_paging);
  ADD ("/client-leads/get-create-patch-delete", test_get_create_patch_delete);
  ADD ("/client-leads/bad-custom-variable", test_bad_custom_variable);
  ADD ("/client-leads/merge-interest-subsequence", test_merge_interest_subsequence);
  ADD ("/client-leads/add-batches", test_add_batches);
  ADD ("/client-leads/add-cancel-rerun", test_add_cancel_and_rerun);
  ADD ("/client-leads/delete-many", test_delete_many);
  ADD ("/client-leads/assign", test_assign);
  ADD ("/client-leads/move-follow", test_move_and_follow);
  ADD ("/client-leads/lead-lists", test_lead_lists);
  ADD ("/client-leads/lead-labels", test_lead_labels);

  ret = g_test_run ();
  if (shared_mock != NULL)
    {
      deck_mock_server_stop (shared_mock);
      g_clear_object (&shared_mock);
    }
  return ret;
}
