/* test-lead-set.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-client.h"
#include "deck-lead-set.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"

#define WAIT_MS 60000
/* Fewer under ASan, whose slow unwinder (SDK.md G8) makes every allocation costly. */
#if defined(__SANITIZE_ADDRESS__)
#define N_LEADS 600
#else
#define N_LEADS 3000
#endif

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
  DeckLeadSet    *set;
  char           *campaign_id;  /* a seeded campaign with leads */
} Fixture;

/* The seeded campaign holding the most leads. */
static char *
busiest_campaign (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) page = NULL;
  g_autofree char *best = NULL;
  guint best_n = 0;
  JsonArray *items;

  deck_client_call_async (fixture->client, "GET", "/api/v2/campaigns?limit=100", NULL, NULL,
                          deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  page = deck_client_call_finish (fixture->client, result, &error);
  g_assert_no_error (error);

  items = json_object_get_array_member (json_node_get_object (page), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (items, i), "id");
      g_autoptr(JsonArray) leads = deck_mock_server_dup_leads_in (fixture->mock, id);

      if (json_array_get_length (leads) > best_n)
        {
          best_n = json_array_get_length (leads);
          g_set_str (&best, id);
        }
    }

  g_assert_cmpuint (best_n, >=, 3);
  return g_steal_pointer (&best);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->mock = deck_mock_server_new (5);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);

  fixture->client = deck_client_new (deck_mock_server_get_url (fixture->mock),
                                     deck_mock_server_get_api_key (fixture->mock), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (fixture->client, 1, 1, 1000);
  deck_client_set_rate_limit (fixture->client, 0, 1);
  fixture->set = deck_lead_set_new (fixture->client);

  deck_mock_server_set_n_leads (fixture->mock, N_LEADS);
  fixture->campaign_id = busiest_campaign (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->set);
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
  g_free (fixture->campaign_id);
}

static gboolean
load_sync (DeckLeadSet  *set,
           GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_lead_set_load_async (set, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_lead_set_load_finish (set, result, error);
}

static void
wait_loaded (DeckLeadSet *set)
{
  while (deck_lead_set_get_loading (set))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_load_workspace (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = deck_lead_set_get_model (fixture->set);

  g_assert_true (load_sync (fixture->set, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, deck_mock_server_get_n_leads (fixture->mock));
  g_assert_cmpuint (deck_lead_set_get_n_loaded (fixture->set), ==, g_list_model_get_n_items (model));
  g_assert_true (deck_lead_set_get_complete (fixture->set));
  g_assert_false (deck_lead_set_get_loading (fixture->set));
  g_assert_null (deck_lead_set_get_error (fixture->set));
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/leads/list"), ==,
                    (deck_mock_server_get_n_leads (fixture->mock) + 99) / 100);

  /* Every lead once, and findable by id. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckLead) lead = g_list_model_get_item (model, i);

      g_assert_true (deck_lead_set_lookup (fixture->set, deck_lead_get_id (lead)) == lead);
    }
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *max_added = user_data;

  *max_added = MAX (*max_added, added);
}

static void
test_scope_change (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) expected = deck_mock_server_dup_leads_in (fixture->mock, fixture->campaign_id);
  g_autoptr(DeckLeadQuery) query = NULL;
  g_autoptr(JsonArray) log = NULL;
  GListModel *model = deck_lead_set_get_model (fixture->set);
  guint max_added = 0;

  g_assert_true (load_sync (fixture->set, &error));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &max_added);

  deck_mock_server_clear_request_log (fixture->mock);
  deck_lead_set_set_scope (fixture->set, DECK_LEAD_SCOPE_CAMPAIGN, fixture->campaign_id);
  /* The old view is gone at once; the new one loads. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (deck_lead_set_get_loading (fixture->set));
  g_assert_false (deck_lead_set_get_complete (fixture->set));
  wait_loaded (fixture->set);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (expected));
  g_assert_true (deck_lead_set_get_complete (fixture->set));
  g_assert_cmpint (deck_lead_set_get_scope (fixture->set), ==, DECK_LEAD_SCOPE_CAMPAIGN);
  g_assert_cmpstr (deck_lead_set_get_scope_id (fixture->set), ==, fixture->campaign_id);
  /* Spliced a page at a time at most. */
  g_assert_cmpuint (max_added, <=, 100);

  log = deck_mock_server_dup_request_log (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (json_object_get_member (json_array_get_object_element (log, 0), "body")),
                     "campaign"), ==, fixture->campaign_id);

  query = deck_lead_set_dup_query (fixture->set);
  g_assert_cmpstr (query->campaign, ==, fixture->campaign_id);
  g_assert_null (query->list_id);

  /* A server filter reloads too, and the query says it. */
  deck_lead_set_set_filter (fixture->set, "FILTER_VAL_CONTACTED");
  wait_loaded (fixture->set);
  g_assert_null (deck_lead_set_get_error (fixture->set));
  g_assert_cmpuint (g_list_model_get_n_items (model), <=, json_array_get_length (expected));
  g_signal_handlers_disconnect_by_func (model, on_items_changed, &max_added);
}

static void
test_in_place (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) first = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(JsonObject) changed = NULL;
  g_autoptr(DeckLead) fresh = NULL;
  g_autoptr(DeckLead) created = NULL;
  g_autoptr(JsonNode) created_json = NULL;
  GListModel *model = deck_lead_set_get_model (fixture->set);
  DeckLead *kept;
  const char *ids[3] = { NULL, NULL, NULL };
  guint n;

  deck_lead_set_set_scope (fixture->set, DECK_LEAD_SCOPE_CAMPAIGN, fixture->campaign_id);
  wait_loaded (fixture->set);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 2);
  first = g_list_model_get_item (model, 0);

  /* A fresh answer for a lead the set holds updates that object. */
  json = deck_mock_server_dup_lead (fixture->mock, deck_lead_get_id (first));
  changed = json_object_ref (json_node_get_object (json));
  json_object_set_string_member (changed, "first_name", "Renamed");
  json_object_set_string_member (changed, "last_name", "Çelik-Müller");
  if (!json_object_has_member (changed, "payload") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (changed, "payload")))
    json_object_set_object_member (changed, "payload", json_object_new ());
  json_object_set_string_member (json_object_get_object_member (changed, "payload"),
                                 "Hobby", "Pâtisserie");
  fresh = deck_lead_new_from_json (changed, &error);
  g_assert_no_error (error);
  kept = deck_lead_set_update_lead (fixture->set, fresh);
  g_assert_true (kept == first);
  g_assert_cmpstr (deck_lead_get_first_name (first), ==, "Renamed");

  /* Search follows the update: accents, case and custom variables. */
  {
    const char *hits[] = { "renamed", "RENAMED", "celik-muller", "ÇELIK-MÜLLER", "patisserie",
                           "Pâtiss" };

    for (guint i = 0; i < G_N_ELEMENTS (hits); i++)
      {
        g_autofree char *needle = deck_lead_fold_search_text (hits[i]);

        if (!deck_lead_matches (first, needle))
          g_error ("“%s” should match the updated lead", hits[i]);
      }
  }

  /* A reload of the same view keeps the same objects. */
  g_assert_true (load_sync (fixture->set, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_true (deck_lead_set_lookup (fixture->set, deck_lead_get_id (first)) == first);
  {
    g_autoptr(DeckLead) again = g_list_model_get_item (model, 0);

    g_assert_true (again == first);
  }
  /* …with the server's values again, and what search finds with them. */
  g_assert_cmpstr (deck_lead_get_first_name (first), !=, "Renamed");
  {
    g_autofree char *gone = deck_lead_fold_search_text ("Pâtisserie");
    g_autofree char *email = deck_lead_fold_search_text (deck_lead_get_email (first));

    g_assert_false (deck_lead_matches (first, gone));
    g_assert_true (deck_lead_matches (first, email));
  }

  /* Added, then removed. */
  created_json = json_from_string ("{\"id\":\"zzzz-created\",\"email\":\"new@example.org\"}", NULL);
  created = deck_lead_new_from_json (json_node_get_object (created_json), &error);
  g_assert_true (deck_lead_set_add_lead (fixture->set, created) == created);
  g_assert_true (deck_lead_set_add_lead (fixture->set, created) == created);
  g_assert_cmpuint (deck_lead_set_get_n_loaded (fixture->set), ==, n + 1);
  g_assert_true (deck_lead_set_lookup (fixture->set, "zzzz-created") == created);

  ids[0] = deck_lead_get_id (first);
  ids[1] = "zzzz-created";
  g_assert_cmpuint (deck_lead_set_remove_leads (fixture->set, ids), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n - 1);
  g_assert_null (deck_lead_set_lookup (fixture->set, "zzzz-created"));
  g_assert_cmpuint (deck_lead_set_get_n_loaded (fixture->set), ==, n - 1);
}

static void
test_cancel_and_supersede (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GListModel *model = deck_lead_set_get_model (fixture->set);

  /* A newer load supersedes the one in flight. */
  deck_lead_set_load_async (fixture->set, NULL, deck_test_store_result, &first);
  deck_lead_set_load_async (fixture->set, NULL, deck_test_store_result, &second);
  deck_test_wait_result (&first, WAIT_MS);
  g_assert_false (deck_lead_set_load_finish (fixture->set, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  deck_test_wait_result (&second, WAIT_MS);
  g_assert_true (deck_lead_set_load_finish (fixture->set, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, deck_mock_server_get_n_leads (fixture->mock));
  g_clear_object (&first);
  g_clear_object (&second);

  /* The caller's cancellable stops it; what was loaded stays. */
  deck_lead_set_set_scope (fixture->set, DECK_LEAD_SCOPE_CAMPAIGN, fixture->campaign_id);
  deck_lead_set_cancel (fixture->set);
  g_assert_false (deck_lead_set_get_loading (fixture->set));
  g_assert_false (deck_lead_set_get_complete (fixture->set));
  g_assert_null (deck_lead_set_get_error (fixture->set));

  deck_lead_set_load_async (fixture->set, cancellable, deck_test_store_result, &first);
  g_cancellable_cancel (cancellable);
  deck_test_wait_result (&first, WAIT_MS);
  g_assert_false (deck_lead_set_load_finish (fixture->set, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (deck_lead_set_get_loading (fixture->set));
}

static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "POST /api/v2/leads/list", 1, -1, 0);
  g_assert_false (load_sync (fixture->set, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_nonnull (deck_lead_set_get_error (fixture->set));
  g_assert_false (deck_lead_set_get_complete (fixture->set));
  g_assert_false (deck_lead_set_get_loading (fixture->set));
  g_clear_error (&error);

  /* The next load clears it. */
  g_assert_true (load_sync (fixture->set, &error));
  g_assert_null (deck_lead_set_get_error (fixture->set));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/lead-set/load-workspace", test_load_workspace);
  ADD ("/lead-set/scope-change", test_scope_change);
  ADD ("/lead-set/in-place", test_in_place);
  ADD ("/lead-set/cancel-supersede", test_cancel_and_supersede);
  ADD ("/lead-set/error", test_error);

  return g_test_run ();
}
