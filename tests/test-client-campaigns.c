/* test-client-campaigns.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "deck-campaign-draft.h"
#include "deck-client.h"
#include "deck-client-campaigns.h"
#include "deck-client-subsequences.h"
#include "deck-mock-server.h"
#include "deck-pager.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define WAIT_MS 60000
/* A lead of the mock's seed, in several seeded campaigns. */
#define SEED_LEAD "ava.muller@northwind-traders.com"

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
  char           *sender;  /* a seeded account's email */
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) page = NULL;

  fixture->mock = deck_mock_server_new (10);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 4, 1, 5000);
  deck_client_set_rate_limit (fixture->client, 0, 1);

  page = call_sync (fixture->client, "GET", "/api/v2/accounts?limit=1", &error);
  g_assert_no_error (error);
  fixture->sender = g_strdup (json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (page), "items"), 0),
    "email"));
  deck_mock_server_clear_request_log (fixture->mock);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
  g_free (fixture->sender);
}

/* The last request the mock logged for @method on a path starting with @path. */
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
          g_str_has_prefix (json_object_get_string_member (entry, "path"), path))
        return json_object_ref (entry);
    }

  g_error ("No %s %s in the request log", method, path);
}

static void
assert_no_body (JsonObject *entry)
{
  JsonNode *body = json_object_get_member (entry, "body");
  JsonNode *type = json_object_get_member (entry, "content_type");

  g_assert_true (body == NULL || JSON_NODE_HOLDS_NULL (body));
  g_assert_true (type == NULL || JSON_NODE_HOLDS_NULL (type));
}

static void
assert_body_equals (JsonObject *entry,
                    JsonObject *expected)
{
  g_autoptr(JsonNode) want = json_node_init_object (json_node_alloc (), expected);
  JsonNode *body = json_object_get_member (entry, "body");
  g_autofree char *got = json_to_string (body, FALSE);
  g_autofree char *wanted = json_to_string (want, FALSE);

  if (!json_node_equal (body, want))
    g_error ("Sent %s, expected %s", got, wanted);
  g_assert_cmpstr (json_object_get_string_member (entry, "content_type"), ==, "application/json");
}

/* The request's query as the mock parsed it: repeated keys become arrays. */
static void
assert_query (JsonObject *entry,
              const char *expected)
{
  g_autoptr(JsonNode) want = json_from_string (expected, NULL);
  JsonNode *query = json_object_get_member (entry, "query");
  g_autofree char *got = json_to_string (query, FALSE);

  if (!json_node_equal (query, want))
    g_error ("Query %s, expected %s", got, expected);
}

/* A new campaign that passes every check, with @sender sending. */
static DeckCampaignDraft *
valid_draft (const char *name,
             const char *sender)
{
  DeckCampaignDraft *draft = deck_campaign_draft_new (NULL);
  const char *senders[] = { sender, NULL };
  g_autofree char *body = deck_campaign_body_from_text ("Hi {{firstName}},\n\nA short note.");

  deck_campaign_draft_set_name (draft, name);
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, 0, 0, "{Hi|Hello} {{firstName}}");
  deck_campaign_draft_set_body (draft, 0, 0, body);
  deck_campaign_draft_add_schedule (draft, "America/Chicago");
  deck_campaign_draft_set_senders (draft, senders);
  deck_campaign_draft_set_boolean (draft, "stop_on_reply", TRUE);
  deck_campaign_draft_set_number (draft, "daily_limit", 40);

  return draft;
}

static DeckCampaign *
create_campaign (Fixture    *fixture,
                 JsonObject *body)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DeckCampaign *campaign;

  deck_client_create_campaign_async (fixture->client, body, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  campaign = deck_client_create_campaign_finish (fixture->client, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (campaign);
  return campaign;
}

static DeckCampaign *
get_campaign (Fixture     *fixture,
              const char  *id,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_get_campaign_async (fixture->client, id, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_get_campaign_finish (fixture->client, result, error);
}

static DeckCampaign *
campaign_action (Fixture             *fixture,
                 const char          *id,
                 DeckCampaignAction   action,
                 GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_campaign_action_async (fixture->client, id, action, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_campaign_action_finish (fixture->client, result, error);
}

static DeckCampaign *
patch_campaign (Fixture     *fixture,
                const char  *id,
                JsonObject  *changes,
                GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_patch_campaign_async (fixture->client, id, changes, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_patch_campaign_finish (fixture->client, result, error);
}

static GListModel *
load_pager (DeckPager *pager)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  g_assert_no_error (error);
  return deck_pager_get_model (pager);
}

/* Tests */

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(DeckPager) all = deck_client_list_campaigns (fixture->client, NULL, -1, NULL);
  g_autoptr(DeckPager) search = deck_client_list_campaigns (fixture->client, "webinar", -1, NULL);
  g_autoptr(DeckPager) completed = deck_client_list_campaigns (fixture->client, NULL,
                                                                DECK_CAMPAIGN_STATUS_COMPLETED, NULL);
  g_autoptr(JsonObject) entry = NULL;
  GListModel *model;
  guint n_all;

  model = load_pager (all);
  n_all = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_all, >, 3);
  entry = last_request (fixture, "GET", "/api/v2/campaigns");
  assert_query (entry, "{\"limit\":\"100\"}");

  model = load_pager (search);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (model, i);
      g_autofree char *folded = g_utf8_casefold (deck_campaign_get_name (campaign), -1);

      g_assert_nonnull (strstr (folded, "webinar"));
    }

  model = load_pager (completed);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (model, i);

      g_assert_cmpint (deck_campaign_get_status (campaign), ==, DECK_CAMPAIGN_STATUS_COMPLETED);
    }
}

static void
test_create_get_patch (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ("Client test", fixture->sender);
  g_autoptr(JsonObject) create_body = deck_campaign_draft_dup_create_body (draft);
  g_autoptr(DeckCampaign) created = NULL;
  g_autoptr(DeckCampaign) fetched = NULL;
  g_autoptr(DeckCampaign) patched = NULL;
  g_autoptr(DeckCampaign) reread = NULL;
  g_autoptr(DeckCampaignDraft) edit = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonObject) empty = json_object_new ();
  g_autoptr(GError) error = NULL;
  gboolean tracking;
  guint n_patches;

  created = create_campaign (fixture, create_body);
  entry = last_request (fixture, "POST", "/api/v2/campaigns");
  assert_body_equals (entry, create_body);
  g_assert_cmpstr (deck_campaign_get_name (created), ==, "Client test");
  g_assert_cmpint (deck_campaign_get_status (created), ==, DECK_CAMPAIGN_STATUS_DRAFT);
  g_assert_cmpint (deck_campaign_get_daily_limit (created), ==, 40);

  fetched = get_campaign (fixture, deck_campaign_get_id (created), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_campaign_get_id (fetched), ==, deck_campaign_get_id (created));

  /* A draft of the server's object changes nothing until edited, then exactly that. */
  edit = deck_campaign_draft_new (fetched);
  changes = deck_campaign_draft_dup_patch (edit);
  g_assert_cmpuint (json_object_get_size (changes), ==, 0);
  g_clear_pointer (&changes, json_object_unref);

  tracking = deck_campaign_draft_get_boolean (edit, "open_tracking", TRUE);
  deck_campaign_draft_set_boolean (edit, "open_tracking", !tracking);
  deck_campaign_draft_set_schedule_times (edit, 0, "08:00", "16:00");
  changes = deck_campaign_draft_dup_patch (edit);
  patched = patch_campaign (fixture, deck_campaign_get_id (fetched), changes, &error);
  g_assert_no_error (error);
  g_clear_pointer (&entry, json_object_unref);
  entry = last_request (fixture, "PATCH", "/api/v2/campaigns/");
  assert_body_equals (entry, changes);
  g_assert_cmpuint (json_object_get_size (changes), ==, 2);
  g_assert_true (json_object_get_boolean_member (deck_campaign_get_json (patched), "open_tracking") == !tracking);

  /* After a rebase on the answer the draft is clean again. */
  deck_campaign_draft_rebase (edit, patched);
  g_assert_false (deck_campaign_draft_has_changes (edit));

  /* An empty change sends no PATCH and still answers with the campaign. */
  n_patches = deck_mock_server_count_requests (fixture->mock, "PATCH", NULL);
  reread = patch_campaign (fixture, deck_campaign_get_id (fetched), empty, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reread);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "PATCH", NULL), ==, n_patches);
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ("Activate me", fixture->sender);
  g_autoptr(JsonObject) body = deck_campaign_draft_dup_create_body (draft);
  g_autoptr(DeckCampaign) created = create_campaign (fixture, body);
  g_autoptr(DeckCampaign) active = NULL;
  g_autoptr(DeckCampaign) paused = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GError) error = NULL;

  active = campaign_action (fixture, deck_campaign_get_id (created), DECK_CAMPAIGN_ACTION_ACTIVATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_campaign_get_status (active), ==, DECK_CAMPAIGN_STATUS_ACTIVE);
  entry = last_request (fixture, "POST", "/api/v2/campaigns/");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "path"), "/activate"));
  assert_no_body (entry);

  /* The list object is updated in place from the answer. */
  g_assert_true (deck_campaign_update_from_campaign (created, active));
  g_assert_cmpint (deck_campaign_get_status (created), ==, DECK_CAMPAIGN_STATUS_ACTIVE);

  paused = campaign_action (fixture, deck_campaign_get_id (created), DECK_CAMPAIGN_ACTION_PAUSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_campaign_get_status (paused), ==, DECK_CAMPAIGN_STATUS_PAUSED);
  g_clear_pointer (&entry, json_object_unref);
  entry = last_request (fixture, "POST", "/api/v2/campaigns/");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "path"), "/pause"));
  assert_no_body (entry);
}

static void
test_activate_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (NULL);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(DeckCampaign) created = NULL;
  g_autoptr(DeckCampaign) active = NULL;
  g_autoptr(GError) error = NULL;

  /* No steps and no senders: the server refuses, with its reason kept. */
  deck_campaign_draft_set_name (draft, "Empty");
  deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  body = deck_campaign_draft_dup_create_body (draft);
  created = create_campaign (fixture, body);

  active = campaign_action (fixture, deck_campaign_get_id (created), DECK_CAMPAIGN_ACTION_ACTIVATE, &error);
  g_assert_null (active);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "step"));
}

static void
test_duplicate_export_share_delete (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ("Original", fixture->sender);
  g_autoptr(JsonObject) body = deck_campaign_draft_dup_create_body (draft);
  g_autoptr(DeckCampaign) original = create_campaign (fixture, body);
  const char *id = deck_campaign_get_id (original);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(GAsyncResult) named = NULL;
    g_autoptr(GAsyncResult) unnamed = NULL;
    g_autoptr(DeckCampaign) copy = NULL;
    g_autoptr(DeckCampaign) default_copy = NULL;
    g_autoptr(JsonObject) entry = NULL;

    deck_client_duplicate_campaign_async (fixture->client, id, "Second edition", NULL,
                                          deck_test_store_result, &named);
    deck_test_wait_result (&named, WAIT_MS);
    copy = deck_client_duplicate_campaign_finish (fixture->client, named, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (deck_campaign_get_name (copy), ==, "Second edition");
    g_assert_cmpstr (deck_campaign_get_id (copy), !=, id);
    entry = last_request (fixture, "POST", "/api/v2/campaigns/");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "body"), "name"),
                     ==, "Second edition");

    deck_client_duplicate_campaign_async (fixture->client, id, NULL, NULL, deck_test_store_result, &unnamed);
    deck_test_wait_result (&unnamed, WAIT_MS);
    default_copy = deck_client_duplicate_campaign_finish (fixture->client, unnamed, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (deck_campaign_get_name (default_copy), "Original"));
  }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(JsonObject) exported = NULL;

    deck_client_export_campaign_async (fixture->client, id, NULL, deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    exported = deck_client_export_campaign_finish (fixture->client, result, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (exported, "name"), ==, "Original");
    g_assert_true (json_object_has_member (exported, "sequences"));
  }

  {
    g_autoptr(GAsyncResult) refused = NULL;
    g_autoptr(GAsyncResult) shared = NULL;
    g_autoptr(GAsyncResult) imported = NULL;
    g_autoptr(DeckCampaign) not_shared = NULL;
    g_autoptr(DeckCampaign) copy = NULL;
    g_autoptr(JsonObject) entry = NULL;

    /* Importing needs the campaign to be shared first. */
    deck_client_import_shared_campaign_async (fixture->client, id, NULL, deck_test_store_result, &refused);
    deck_test_wait_result (&refused, WAIT_MS);
    not_shared = deck_client_import_shared_campaign_finish (fixture->client, refused, &error);
    g_assert_null (not_shared);
    g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
    g_clear_error (&error);

    deck_client_share_campaign_async (fixture->client, id, NULL, deck_test_store_result, &shared);
    deck_test_wait_result (&shared, WAIT_MS);
    g_assert_true (deck_client_share_campaign_finish (fixture->client, shared, &error));
    g_assert_no_error (error);
    entry = last_request (fixture, "POST", "/api/v2/campaigns/");
    g_assert_cmpint (json_object_get_int_member (entry, "status"), ==, 204);
    assert_no_body (entry);

    deck_client_import_shared_campaign_async (fixture->client, id, NULL, deck_test_store_result, &imported);
    deck_test_wait_result (&imported, WAIT_MS);
    copy = deck_client_import_shared_campaign_finish (fixture->client, imported, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (deck_campaign_get_id (copy), !=, id);
  }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(DeckCampaign) gone = NULL;
    g_autoptr(JsonObject) entry = NULL;

    deck_client_delete_campaign_async (fixture->client, id, NULL, deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    g_assert_true (deck_client_delete_campaign_finish (fixture->client, result, &error));
    g_assert_no_error (error);
    entry = last_request (fixture, "DELETE", "/api/v2/campaigns/");
    assert_no_body (entry);

    gone = get_campaign (fixture, id, &error);
    g_assert_null (gone);
    g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  }
}

static void
test_sending_status_search_analytics (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(DeckPager) pager = deck_client_list_campaigns (fixture->client, NULL, -1, NULL);
  GListModel *model = load_pager (pager);
  g_autoptr(DeckCampaign) first = g_list_model_get_item (model, 0);
  g_autoptr(DeckCampaign) second = g_list_model_get_item (model, 1);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(JsonObject) reply = NULL;
    g_autofree char *words = NULL;

    deck_client_get_sending_status_async (fixture->client, deck_campaign_get_id (first), NULL,
                                          deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    reply = deck_client_get_sending_status_finish (fixture->client, result, &error);
    g_assert_no_error (error);
    g_assert_true (json_object_has_member (reply, "diagnostics"));
    g_assert_true (json_object_has_member (reply, "summary"));
    /* Healthy or a sentence: never a raw code. */
    words = deck_campaign_sending_status_describe (reply);
    if (words != NULL)
      g_assert_null (strchr (words, '_'));
  }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GPtrArray) found = NULL;
    g_autoptr(JsonObject) entry = NULL;

    deck_client_search_campaigns_by_contact_async (fixture->client, SEED_LEAD, NULL,
                                                   deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    found = deck_client_search_campaigns_by_contact_finish (fixture->client, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, >=, 1);
    g_assert_true (DECK_IS_CAMPAIGN (g_ptr_array_index (found, 0)));
    entry = last_request (fixture, "GET", "/api/v2/campaigns/search-by-contact");
    assert_query (entry, "{\"search\":\"" SEED_LEAD "\"}");
  }

  {
    const char *ids[] = { deck_campaign_get_id (first), deck_campaign_get_id (second), NULL };
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(JsonArray) figures = NULL;
    g_autoptr(JsonObject) entry = NULL;
    g_autofree char *expected = g_strdup_printf ("{\"ids\":[\"%s\",\"%s\"],\"start_date\":\"2026-01-01\","
                                                 "\"end_date\":\"2026-12-31\"}", ids[0], ids[1]);
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    deck_client_get_campaigns_analytics_async (fixture->client, ids, "2026-01-01", "2026-12-31", NULL,
                                               deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    figures = deck_client_get_campaigns_analytics_finish (fixture->client, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (json_array_get_length (figures), ==, 2);
    for (guint i = 0; i < 2; i++)
      g_hash_table_add (seen, (gpointer) json_object_get_string_member (
                          json_array_get_object_element (figures, i), "campaign_id"));
    g_assert_true (g_hash_table_contains (seen, ids[0]));
    g_assert_true (g_hash_table_contains (seen, ids[1]));

    /* Repeated keys, not a comma-separated list. */
    entry = last_request (fixture, "GET", "/api/v2/campaigns/analytics");
    assert_query (entry, expected);
  }
}

static void
test_invalid_field (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ("Bad timezone", fixture->sender);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckCampaign) created = NULL;
  g_autoptr(DeckCampaign) patched = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autofree char *patch_field = NULL;

  /* The check would have said so; the server must say it too, naming the field. */
  deck_campaign_draft_set_schedule_timezone (draft, 0, "America/New_York");
  body = deck_campaign_draft_dup_create_body (draft);
  deck_client_create_campaign_async (fixture->client, body, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  created = deck_client_create_campaign_finish (fixture->client, result, &error);
  g_assert_null (created);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  field = deck_campaign_error_field (error);
  g_test_message ("400: %s", error->message);
  g_assert_cmpstr (field, ==, "campaign_schedule");
  g_clear_error (&error);

  /* The same through a PATCH of an existing campaign. */
  deck_campaign_draft_set_schedule_timezone (draft, 0, "America/Chicago");
  g_clear_pointer (&body, json_object_unref);
  body = deck_campaign_draft_dup_create_body (draft);
  created = create_campaign (fixture, body);
  changes = json_object_new ();
  json_object_set_int_member (changes, "daily_max_leads", -5);
  patched = patch_campaign (fixture, deck_campaign_get_id (created), changes, &error);
  g_assert_null (patched);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_test_message ("400: %s", error->message);
  patch_field = deck_campaign_error_field (error);
  g_assert_cmpstr (patch_field, ==, "daily_max_leads");
}

static void
test_error_field_parsing (void)
{
  static const struct { const char *message; const char *field; } cases[] = {
    { "body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values",
      "campaign_schedule" },
    { "body must have required property 'name'", "name" },
    { "body/daily_limit must be >= 0", "daily_limit" },
    { "body.sequences[0].steps[1].delay should be number", "sequences" },
    { "/email_list/0 must be string", "email_list" },
    { "body must NOT have additional properties", NULL },
    { "querystring/limit must be <= 100", NULL },
    { "Campaign cannot be activated: it has no sequence steps.", NULL },
  };
  g_autoptr(GError) other = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND,
                                                 "body/name must be string");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_INVALID,
                                                     cases[i].message);
      g_autofree char *field = deck_campaign_error_field (error);

      g_assert_cmpstr (field, ==, cases[i].field);
    }

  g_assert_null (deck_campaign_error_field (other));
  g_assert_null (deck_campaign_error_field (NULL));
}

/* Subsequences */

static DeckSubsequence *
subsequence_finish (Fixture        *fixture,
                    GAsyncResult   *result,
                    DeckSubsequence *(*finish) (DeckClient *, GAsyncResult *, GError **))
{
  g_autoptr(GError) error = NULL;
  DeckSubsequence *subsequence = finish (fixture->client, result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (subsequence);
  return subsequence;
}

static void
test_subsequences (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ("Parent", fixture->sender);
  g_autoptr(JsonObject) campaign_body = deck_campaign_draft_dup_create_body (draft);
  g_autoptr(DeckCampaign) parent = create_campaign (fixture, campaign_body);
  const char *parent_id = deck_campaign_get_id (parent);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(DeckSubsequence) created = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  json = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Openers\","
                          "\"conditions\":{\"lead_activity\":[2]},"
                          "\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,"
                          "\"variants\":[{\"subject\":\"Saw you opened\",\"body\":\"<div>Hi</div>\"}]}]}]}",
                          parent_id);
  body = json_from_string (json, NULL);

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(JsonObject) entry = NULL;

    deck_client_create_subsequence_async (fixture->client, json_node_get_object (body), NULL,
                                          deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    created = subsequence_finish (fixture, result, deck_client_create_subsequence_finish);
    g_assert_cmpstr (deck_subsequence_get_name (created), ==, "Openers");
    g_assert_cmpstr (deck_subsequence_get_parent_campaign (created), ==, parent_id);
    entry = last_request (fixture, "POST", "/api/v2/subsequences");
    assert_body_equals (entry, json_node_get_object (body));
  }

  {
    g_autoptr(DeckPager) pager = deck_client_list_subsequences (fixture->client, parent_id, NULL);
    GListModel *model = load_pager (pager);
    g_autoptr(DeckSubsequence) listed = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    listed = g_list_model_get_item (model, 0);
    g_assert_cmpstr (deck_subsequence_get_id (listed), ==, deck_subsequence_get_id (created));
  }

  {
    g_autoptr(GAsyncResult) got = NULL;
    g_autoptr(GAsyncResult) patched = NULL;
    g_autoptr(DeckSubsequence) fetched = NULL;
    g_autoptr(DeckSubsequence) renamed = NULL;
    g_autoptr(JsonNode) working_node = NULL;
    g_autoptr(JsonObject) changes = NULL;
    g_autoptr(JsonObject) entry = NULL;
    g_autofree char *text = NULL;

    deck_client_get_subsequence_async (fixture->client, deck_subsequence_get_id (created), NULL,
                                       deck_test_store_result, &got);
    deck_test_wait_result (&got, WAIT_MS);
    fetched = subsequence_finish (fixture, got, deck_client_get_subsequence_finish);

    /* Edit a copy of the server's object: only the name goes out. */
    working_node = json_node_init_object (json_node_alloc (), deck_subsequence_get_json (fetched));
    text = json_to_string (working_node, FALSE);
    g_clear_pointer (&working_node, json_node_unref);
    working_node = json_from_string (text, NULL);
    json_object_set_string_member (json_node_get_object (working_node), "name", "Openers, renamed");
    changes = deck_subsequence_dup_patch (fetched, json_node_get_object (working_node));
    g_assert_cmpuint (json_object_get_size (changes), ==, 1);

    deck_client_patch_subsequence_async (fixture->client, deck_subsequence_get_id (created), changes, NULL,
                                         deck_test_store_result, &patched);
    deck_test_wait_result (&patched, WAIT_MS);
    renamed = subsequence_finish (fixture, patched, deck_client_patch_subsequence_finish);
    g_assert_cmpstr (deck_subsequence_get_name (renamed), ==, "Openers, renamed");
    entry = last_request (fixture, "PATCH", "/api/v2/subsequences/");
    assert_body_equals (entry, changes);
  }

  {
    static const DeckSubsequenceAction actions[] = { DECK_SUBSEQUENCE_ACTION_PAUSE, DECK_SUBSEQUENCE_ACTION_RESUME };
    static const char *suffixes[] = { "/pause", "/resume" };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        g_autoptr(GAsyncResult) result = NULL;
        g_autoptr(DeckSubsequence) after = NULL;
        g_autoptr(JsonObject) entry = NULL;

        deck_client_subsequence_action_async (fixture->client, deck_subsequence_get_id (created), actions[i],
                                              NULL, deck_test_store_result, &result);
        deck_test_wait_result (&result, WAIT_MS);
        after = subsequence_finish (fixture, result, deck_client_subsequence_action_finish);
        entry = last_request (fixture, "POST", "/api/v2/subsequences/");
        g_assert_true (g_str_has_suffix (json_object_get_string_member (entry, "path"), suffixes[i]));
        assert_no_body (entry);
        if (i == 0)
          g_assert_cmpint (deck_subsequence_get_status (after), ==, DECK_CAMPAIGN_STATUS_PAUSED);
      }
  }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GAsyncResult) status_result = NULL;
    g_autoptr(GAsyncResult) deleted = NULL;
    g_autoptr(DeckSubsequence) copy = NULL;
    g_autoptr(JsonObject) status = NULL;
    g_autoptr(JsonObject) entry = NULL;

    deck_client_duplicate_subsequence_async (fixture->client, deck_subsequence_get_id (created), parent_id,
                                             "Openers, again", NULL, deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    copy = subsequence_finish (fixture, result, deck_client_duplicate_subsequence_finish);
    g_assert_cmpstr (deck_subsequence_get_name (copy), ==, "Openers, again");
    g_assert_cmpstr (deck_subsequence_get_id (copy), !=, deck_subsequence_get_id (created));

    deck_client_get_subsequence_sending_status_async (fixture->client, deck_subsequence_get_id (created), NULL,
                                                      deck_test_store_result, &status_result);
    deck_test_wait_result (&status_result, WAIT_MS);
    status = deck_client_get_subsequence_sending_status_finish (fixture->client, status_result, &error);
    g_assert_no_error (error);
    g_assert_true (json_object_has_member (status, "diagnostics"));

    deck_client_delete_subsequence_async (fixture->client, deck_subsequence_get_id (copy), NULL,
                                          deck_test_store_result, &deleted);
    deck_test_wait_result (&deleted, WAIT_MS);
    g_assert_true (deck_client_delete_subsequence_finish (fixture->client, deleted, &error));
    g_assert_no_error (error);
    entry = last_request (fixture, "DELETE", "/api/v2/subsequences/");
    assert_no_body (entry);
  }
}

/* Workspace model */

static void
wait_load (DeckWorkspace *ws)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_workspace_load_campaigns_async (ws, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_workspace_load_campaigns_finish (ws, result, &error));
  g_assert_no_error (error);
}

static void
test_workspace_campaigns (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DeckWorkspace) ws = deck_workspace_new (fixture->client, "Test");
  GListModel *model = deck_workspace_get_campaigns (ws);
  g_autoptr(DeckCampaign) first = NULL;
  g_autoptr(DeckCampaign) paused = NULL;
  g_autoptr(DeckCampaign) created = NULL;
  g_autoptr(DeckCampaign) again = NULL;
  g_autoptr(DeckCampaignDraft) draft = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GError) error = NULL;
  guint position = 0;
  guint n;

  g_assert_false (deck_workspace_get_campaigns_loading (ws));
  wait_load (ws);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 3);
  g_assert_null (deck_workspace_get_campaigns_error (ws));
  /* An active campaign, to pause. */
  for (guint i = 0; i < n && first == NULL; i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (model, i);

      if (deck_campaign_get_status (campaign) == DECK_CAMPAIGN_STATUS_ACTIVE)
        {
          first = g_object_ref (campaign);
          position = i;
        }
    }
  g_assert_nonnull (first);
  g_assert_true (deck_workspace_lookup_campaign (ws, deck_campaign_get_id (first)) == first);

  /* A fresh answer updates the object in the model in place. */
  paused = campaign_action (fixture, deck_campaign_get_id (first), DECK_CAMPAIGN_ACTION_PAUSE, &error);
  g_assert_no_error (error);
  g_assert_true (deck_workspace_update_campaign (ws, paused) == first);
  g_assert_cmpint (deck_campaign_get_status (first), ==, DECK_CAMPAIGN_STATUS_PAUSED);

  /* Created: appended; reload keeps the same objects and finds the new one. */
  draft = valid_draft ("Workspace test", fixture->sender);
  body = deck_campaign_draft_dup_create_body (draft);
  created = create_campaign (fixture, body);
  g_assert_true (deck_workspace_add_campaign (ws, created) == created);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);

  wait_load (ws);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
  again = g_list_model_get_item (model, position);
  g_assert_true (again == first);
  g_assert_true (deck_workspace_lookup_campaign (ws, deck_campaign_get_id (created)) == created);

  /* Deleted on the server: gone after the next load. */
  {
    g_autoptr(GAsyncResult) result = NULL;

    deck_client_delete_campaign_async (fixture->client, deck_campaign_get_id (first), NULL,
                                       deck_test_store_result, &result);
    deck_test_wait_result (&result, WAIT_MS);
    g_assert_true (deck_client_delete_campaign_finish (fixture->client, result, &error));
  }
  wait_load (ws);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_null (deck_workspace_lookup_campaign (ws, deck_campaign_get_id (first)));

  g_assert_true (deck_workspace_remove_campaign (ws, deck_campaign_get_id (created)));
  g_assert_false (deck_workspace_remove_campaign (ws, deck_campaign_get_id (created)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n - 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/client/campaigns/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("list", test_list);
  ADD ("create-get-patch", test_create_get_patch);
  ADD ("actions", test_actions);
  ADD ("activate-refused", test_activate_refused);
  ADD ("duplicate-export-share-delete", test_duplicate_export_share_delete);
  ADD ("sending-status-search-analytics", test_sending_status_search_analytics);
  ADD ("invalid-field", test_invalid_field);
  ADD ("subsequences", test_subsequences);
  ADD ("workspace", test_workspace_campaigns);
  g_test_add_func ("/client/campaigns/error-field-parsing", test_error_field_parsing);

#undef ADD

  return g_test_run ();
}
