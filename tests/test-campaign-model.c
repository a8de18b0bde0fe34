/* test-campaign-model.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "deck-campaign.h"
#include "deck-campaign-draft.h"
#include "deck-subsequence.h"

#define CAMPAIGN_ID "019b4840-1c2a-7d3e-9f10-2a3b4c5d6e7f"

/* Helpers */

static JsonNode *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static DeckCampaign *
campaign_from_fixture (void)
{
  g_autoptr(JsonNode) node = load_fixture ("campaign-full.json");
  g_autoptr(GError) error = NULL;
  DeckCampaign *campaign;

  campaign = deck_campaign_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  g_assert_nonnull (campaign);
  return campaign;
}

static DeckCampaign *
campaign_from_string (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  DeckCampaign *campaign;

  g_assert_nonnull (node);
  campaign = deck_campaign_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  return campaign;
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

static char *
to_json (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static void
assert_patch_members (JsonObject         *patch,
                      const char * const *members)
{
  g_autofree char *text = to_json (patch);
  guint n = members != NULL ? g_strv_length ((GStrv) members) : 0;

  for (guint i = 0; i < n; i++)
    if (!json_object_has_member (patch, members[i]))
      g_error ("The patch %s lacks %s", text, members[i]);

  if (json_object_get_size (patch) != n)
    g_error ("The patch %s has %u members, expected %u", text, json_object_get_size (patch), n);
}

static void
assert_node_json (JsonNode   *node,
                  const char *expected)
{
  g_autoptr(JsonNode) want = parse (expected);
  g_autofree char *got = json_to_string (node, FALSE);
  g_autofree char *wanted = json_to_string (want, FALSE);

  if (!json_node_equal (node, want))
    g_error ("Expected %s, got %s", wanted, got);
}

/* Campaign */

static void
test_campaign_parse (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(JsonNode) fixture = load_fixture ("campaign-full.json");
  g_autofree char *created = NULL;

  g_assert_cmpstr (deck_campaign_get_id (campaign), ==, CAMPAIGN_ID);
  g_assert_cmpstr (deck_campaign_get_name (campaign), ==, "Q3 outreach: founders");
  g_assert_cmpint (deck_campaign_get_status (campaign), ==, DECK_CAMPAIGN_STATUS_ACTIVE);
  g_assert_cmpint (deck_campaign_get_not_sending_status (campaign), ==, 1);
  g_assert_cmpint (deck_campaign_get_daily_limit (campaign), ==, 120);
  created = g_date_time_format_iso8601 (deck_campaign_get_timestamp_created (campaign));
  g_assert_cmpstr (created, ==, "2026-03-02T09:15:27.412000Z");
  g_assert_nonnull (deck_campaign_get_timestamp_updated (campaign));

  /* The whole object is kept, equal to what came in, and is the campaign's own. */
  {
    g_autoptr(JsonNode) kept = json_node_init_object (json_node_alloc (), deck_campaign_get_json (campaign));

    g_assert_true (json_node_equal (kept, fixture));
    json_object_set_string_member (json_node_get_object (fixture), "name", "Changed behind its back");
    g_assert_cmpstr (json_object_get_string_member (deck_campaign_get_json (campaign), "name"), ==,
                     "Q3 outreach: founders");
  }
}

static void
test_campaign_defensive (void)
{
  g_autoptr(DeckCampaign) campaign = NULL;
  g_autoptr(JsonNode) no_id = parse ("{\"name\":\"x\"}");
  g_autoptr(GError) error = NULL;

  /* Numbers as strings, nulls, unknown members, no schedule. */
  campaign = campaign_from_string ("{\"id\":\"c1\",\"name\":\"N\",\"status\":\"2\","
                                   "\"not_sending_status\":null,\"daily_limit\":null,"
                                   "\"timestamp_created\":\"not a date\",\"brand_new\":{\"a\":1}}");
  g_assert_cmpint (deck_campaign_get_status (campaign), ==, DECK_CAMPAIGN_STATUS_PAUSED);
  g_assert_cmpint (deck_campaign_get_not_sending_status (campaign), ==, 0);
  g_assert_cmpint (deck_campaign_get_daily_limit (campaign), ==, -1);
  g_assert_null (deck_campaign_get_timestamp_created (campaign));
  g_assert_true (json_object_has_member (deck_campaign_get_json (campaign), "brand_new"));
  g_clear_object (&campaign);

  /* A status the spec does not know is kept. */
  campaign = campaign_from_string ("{\"id\":\"c2\",\"status\":7}");
  g_assert_cmpint (deck_campaign_get_status (campaign), ==, 7);
  g_assert_null (deck_campaign_get_name (campaign));

  g_assert_null (deck_campaign_new_from_json (json_node_get_object (no_id), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
test_campaign_update (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_string ("{\"id\":\"c1\",\"name\":\"A\",\"status\":0,"
                                                           "\"daily_limit\":10}");
  g_autoptr(DeckCampaign) fresh = campaign_from_string ("{\"id\":\"c1\",\"name\":\"A\",\"status\":1,"
                                                        "\"daily_limit\":10}");
  g_autoptr(DeckCampaign) other = campaign_from_string ("{\"id\":\"c2\",\"name\":\"B\"}");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) wrong = parse ("{\"id\":\"c3\"}");
  g_autoptr(GError) error = NULL;

  g_signal_connect (campaign, "notify", G_CALLBACK (count_notify), names);

  g_assert_true (deck_campaign_update_from_campaign (campaign, fresh));
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "status");
  g_assert_cmpint (deck_campaign_get_status (campaign), ==, 1);

  g_assert_false (deck_campaign_update_from_campaign (campaign, other));
  g_assert_false (deck_campaign_update_from_json (campaign, json_node_get_object (wrong), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (deck_campaign_get_name (campaign), ==, "A");
}

static void
test_campaign_status_words (void)
{
  static const int statuses[] = { 0, 1, 2, 3, 4, -1, -2, -99 };
  static const int not_sending[] = { 1, 2, 3, 4, 99 };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *unknown = deck_campaign_status_to_string (7);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      char *words = deck_campaign_status_to_string (statuses[i]);

      g_assert_null (strstr (words, "Unknown"));
      g_assert_true (g_hash_table_add (seen, words));
      g_assert_cmpstr (deck_campaign_status_icon_name (statuses[i]), !=, "dialog-question-symbolic");
    }
  g_assert_cmpstr (unknown, ==, "Unknown (7)");
  g_assert_cmpstr (deck_campaign_status_icon_name (7), ==, "dialog-question-symbolic");

  g_assert_true (deck_campaign_status_is_problem (DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY));
  g_assert_true (deck_campaign_status_is_problem (DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT));
  g_assert_true (deck_campaign_status_is_problem (DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED));
  g_assert_false (deck_campaign_status_is_problem (DECK_CAMPAIGN_STATUS_PAUSED));

  for (guint i = 0; i < G_N_ELEMENTS (not_sending); i++)
    {
      g_autofree char *words = deck_campaign_not_sending_to_string (not_sending[i]);

      /* What is wrong and what to do: at least two clauses. */
      g_assert_true (strlen (words) > 40);
      g_assert_true (g_hash_table_add (seen, g_strdup (words)));
    }
}

static void
test_campaign_sending_status (void)
{
  static const char *codes[] = {
    "campaign_paused", "campaign_draft", "campaign_completed", "campaign_running_subsequences",
    "campaign_bounce_protect", "campaign_accounts_unhealthy", "campaign_account_suspended",
    "out_of_schedule", "waiting_for_leads", "daily_limit_met", "account_daily_limit_met",
    "new_lead_limit_met", "all_accounts_unhealthy", "waiting_for_esp_match",
    "domain_limit_reached", "follow_up_delay_not_met", "no_accounts_available",
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"diagnostics\":{\"status\":\"%s\"},\"summary\":null}",
                                               codes[i]);
      g_autoptr(JsonNode) reply = parse (json);
      g_autofree char *words = deck_campaign_sending_status_describe (json_node_get_object (reply));

      g_assert_nonnull (words);
      g_assert_null (strstr (words, codes[i]));
      g_assert_cmpstr (deck_campaign_sending_status_code (json_node_get_object (reply)), ==, codes[i]);
    }

  {
    g_autoptr(JsonNode) healthy = parse ("{\"diagnostics\":{\"status\":\"healthy\"},"
                                         "\"summary\":{\"status\":\"healthy\"}}");
    g_autoptr(JsonNode) empty = parse ("{\"diagnostics\":null,\"summary\":null}");
    g_autoptr(JsonNode) limit = parse ("{\"diagnostics\":{\"status\":\"daily_limit_met\","
                                       "\"campaign_daily_limit\":{\"limit\":150,\"sent\":150,"
                                       "\"limit_hit\":true}}}");
    g_autoptr(JsonNode) novel = parse ("{\"diagnostics\":{\"status\":\"moon_phase\"},"
                                       "\"summary\":{\"status\":\"moon_phase\","
                                       "\"status_message\":\"Waiting for the full moon\"}}");
    g_autoptr(JsonNode) bare = parse ("{\"summary\":{\"status\":\"moon_phase\"}}");
    g_autofree char *limit_words = deck_campaign_sending_status_describe (json_node_get_object (limit));
    g_autofree char *novel_words = deck_campaign_sending_status_describe (json_node_get_object (novel));
    g_autofree char *bare_words = deck_campaign_sending_status_describe (json_node_get_object (bare));

    g_assert_null (deck_campaign_sending_status_describe (json_node_get_object (healthy)));
    g_assert_null (deck_campaign_sending_status_describe (json_node_get_object (empty)));
    g_assert_nonnull (strstr (limit_words, "150"));
    g_assert_cmpstr (novel_words, ==, "Waiting for the full moon");
    g_assert_nonnull (strstr (bare_words, "moon_phase"));
  }
}

/* Draft: round trips */

static void
test_draft_unchanged (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(JsonObject) patch = deck_campaign_draft_dup_patch (draft);

  g_assert_false (deck_campaign_draft_is_new (draft));
  g_assert_true (deck_campaign_draft_get_campaign (draft) == campaign);
  assert_patch_members (patch, NULL);
  g_assert_false (deck_campaign_draft_has_changes (draft));

  /* The typed readers see the fixture. */
  g_assert_cmpuint (deck_campaign_draft_get_n_steps (draft), ==, 3);
  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (deck_campaign_draft_get_n_variants (draft, s), ==, 3);
  g_assert_cmpuint (deck_campaign_draft_get_n_schedules (draft), ==, 2);
  g_assert_cmpuint (deck_campaign_draft_get_step_delay (draft, 2), ==, 12);
  g_assert_cmpstr (deck_campaign_draft_get_step_delay_unit (draft, 2), ==, "hours");
  g_assert_cmpstr (deck_campaign_draft_get_subject (draft, 0, 1), ==, "{Hello|Hi} {{firstName}}");
  g_assert_true (deck_campaign_draft_get_variant_disabled (draft, 0, 2));
  g_assert_false (deck_campaign_draft_get_variant_disabled (draft, 1, 1));
  g_assert_null (deck_campaign_draft_get_subject (draft, 5, 0));
  g_assert_cmpstr (json_object_get_string_member (deck_campaign_draft_get_schedule (draft, 1), "timezone"),
                   ==, "Europe/Belgrade");
  g_assert_true (deck_campaign_draft_get_boolean (draft, "stop_on_reply", FALSE));
  g_assert_cmpstr (deck_campaign_draft_get_string (draft, "owned_by"), ==,
                   "019b4800-aaaa-7bbb-8ccc-0000000000ff");
  {
    double value = 0;
    g_auto(GStrv) senders = deck_campaign_draft_dup_senders (draft);
    g_auto(GStrv) tags = deck_campaign_draft_dup_sender_tags (draft);

    g_assert_true (deck_campaign_draft_get_number (draft, "pl_value", &value));
    g_assert_cmpfloat (value, ==, 250.5);
    g_assert_false (deck_campaign_draft_get_number (draft, "ai_sdr_id", &value));
    g_assert_cmpuint (g_strv_length (senders), ==, 2);
    g_assert_cmpstr (senders[1], ==, "ben@send.example.com");
    g_assert_cmpuint (g_strv_length (tags), ==, 1);
  }
}

/* Values equal to the server's but written differently change nothing. */
static void
test_draft_structural_equality (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(JsonNode) schedule = parse ("{\"schedules\":["
    "{\"timezone\":\"America/Chicago\",\"days\":{\"6\":false,\"5\":true,\"4\":true,\"3\":true,"
    "\"2\":true,\"1\":true,\"0\":false},\"timing\":{\"to\":\"17:30\",\"from\":\"09:00\"},"
    "\"name\":\"Weekdays, Chicago\"},"
    "{\"days\":{\"6\":true},\"name\":\"Saturday mornings, Belgrade\",\"timezone\":\"Europe/Belgrade\","
    "\"timing\":{\"from\":\"08:00\",\"to\":\"12:00\"}}],"
    "\"end_date\":\"2026-06-30\",\"start_date\":\"2026-03-10\"}");
  g_autoptr(JsonNode) limit = parse ("{\"scope\":\"per_campaign\",\"daily_limit\":3.0,\"mode\":\"custom\"}");
  g_autoptr(JsonObject) patch = NULL;

  deck_campaign_draft_set_member (draft, "campaign_schedule", schedule);
  deck_campaign_draft_set_member (draft, "limit_emails_per_company_override", limit);
  deck_campaign_draft_set_number (draft, "daily_limit", 120.0);
  deck_campaign_draft_set_number (draft, "pl_value", 250.5);
  deck_campaign_draft_set_boolean (draft, "open_tracking", TRUE);
  deck_campaign_draft_set_name (draft, "Q3 outreach: founders");
  deck_campaign_draft_set_step_delay (draft, 0, 2, "days");
  deck_campaign_draft_set_subject (draft, 1, 2, "Re: outreach");

  patch = deck_campaign_draft_dup_patch (draft);
  assert_patch_members (patch, NULL);
}

typedef struct
{
  const char *member;
  const char *value;  /* JSON */
} OptionChange;

/* Load → change one option → a PATCH of exactly that member, with the new value. */
static void
test_draft_one_option (void)
{
  static const OptionChange changes[] = {
    { "name", "\"Renamed\"" },
    { "pl_value", "99" },
    { "is_evergreen", "true" },
    { "email_gap", "12" },
    { "random_wait_max", "0" },
    { "text_only", "true" },
    { "first_email_text_only", "false" },
    { "email_list", "[\"ana@send.example.com\"]" },
    { "daily_limit", "200" },
    { "stop_on_reply", "false" },
    { "email_tag_list", "[]" },
    { "link_tracking", "false" },
    { "open_tracking", "false" },
    { "stop_on_auto_reply", "true" },
    { "daily_max_leads", "0" },
    { "prioritize_new_leads", "true" },
    { "auto_variant_select", "{\"trigger\":\"open_rate\"}" },
    { "match_lead_esp", "false" },
    { "stop_for_company", "false" },
    { "insert_unsubscribe_header", "false" },
    { "allow_risky_contacts", "true" },
    { "disable_bounce_protect", "true" },
    { "limit_emails_per_company_override", "{\"mode\":\"disabled\"}" },
    { "cc_list", "[]" },
    { "bcc_list", "[\"crm@example.com\",\"audit@example.com\"]" },
    { "owned_by", "null" },
    { "provider_routing_rules", "[]" },
    { "auto_variant_select", "null" },
  };
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
      g_autoptr(JsonNode) value = parse (changes[i].value);
      g_autoptr(JsonObject) patch = NULL;
      const char *members[] = { changes[i].member, NULL };

      deck_campaign_draft_set_member (draft, changes[i].member, value);
      patch = deck_campaign_draft_dup_patch (draft);
      assert_patch_members (patch, members);
      assert_node_json (json_object_get_member (patch, changes[i].member), changes[i].value);
      g_assert_true (deck_campaign_draft_has_changes (draft));
    }
}

/* A change deep inside sends the whole top-level member, as the API's PATCH works. */
static void
test_draft_nested (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  static const char *schedule_only[] = { "campaign_schedule", NULL };
  static const char *sequences_only[] = { "sequences", NULL };

  {
    g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
    g_autoptr(JsonObject) patch = NULL;
    JsonObject *schedule;

    deck_campaign_draft_set_schedule_times (draft, 1, "08:30", "12:00");
    patch = deck_campaign_draft_dup_patch (draft);
    assert_patch_members (patch, schedule_only);
    schedule = json_object_get_object_member (patch, "campaign_schedule");
    g_assert_cmpstr (json_object_get_string_member (schedule, "start_date"), ==, "2026-03-10");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (schedule, "schedules")), ==, 2);
    assert_node_json (json_object_get_member (json_array_get_object_element (
                        json_object_get_array_member (schedule, "schedules"), 1), "timing"),
                      "{\"from\":\"08:30\",\"to\":\"12:00\"}");
  }

  {
    g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
    g_autoptr(JsonObject) patch = NULL;
    JsonArray *sequences;
    JsonArray *steps;

    deck_campaign_draft_set_body (draft, 2, 1, "<div>Closing the loop.</div>");
    patch = deck_campaign_draft_dup_patch (draft);
    assert_patch_members (patch, sequences_only);
    sequences = json_object_get_array_member (patch, "sequences");
    steps = json_object_get_array_member (json_array_get_object_element (sequences, 0), "steps");
    g_assert_cmpuint (json_array_get_length (steps), ==, 3);
    g_assert_cmpstr (deck_campaign_draft_get_body (draft, 2, 1), ==, "<div>Closing the loop.</div>");
  }

  {
    g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
    g_autoptr(JsonObject) patch = NULL;

    deck_campaign_draft_set_schedule_day (draft, 0, 6, TRUE);
    deck_campaign_draft_set_schedule_timezone (draft, 1, "Europe/Sarajevo");
    deck_campaign_draft_set_schedule_name (draft, 1, "Saturdays");
    deck_campaign_draft_set_dates (draft, "2026-04-01", NULL);
    patch = deck_campaign_draft_dup_patch (draft);
    assert_patch_members (patch, schedule_only);
    assert_node_json (json_object_get_member (json_object_get_object_member (patch, "campaign_schedule"),
                                              "end_date"), "null");
  }
}

/* What the spec lets a PATCH say for a member the draft dropped. */
static void
test_draft_removed_members (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(JsonObject) patch = NULL;
  g_autoptr(JsonNode) status = parse ("2");
  static const char *expected[] = { "daily_limit", "email_list", "auto_variant_select", NULL };

  deck_campaign_draft_set_member (draft, "daily_limit", NULL);          /* nullable: null */
  deck_campaign_draft_set_member (draft, "email_list", NULL);           /* array: [] */
  deck_campaign_draft_set_member (draft, "auto_variant_select", NULL);  /* nullable object: null */
  deck_campaign_draft_set_member (draft, "open_tracking", NULL);        /* cannot be unset: left out */
  deck_campaign_draft_set_member (draft, "campaign_schedule", NULL);    /* cannot be unset: left out */
  /* Read-only and unknown members are never sent. */
  deck_campaign_draft_set_member (draft, "status", status);
  deck_campaign_draft_set_member (draft, "timestamp_updated", NULL);
  deck_campaign_draft_set_member (draft, "custom_variables", NULL);
  deck_campaign_draft_set_member (draft, "not_in_the_spec", status);
  deck_campaign_draft_set_member (draft, "ai_sdr_id", status);

  patch = deck_campaign_draft_dup_patch (draft);
  assert_patch_members (patch, expected);
  assert_node_json (json_object_get_member (patch, "daily_limit"), "null");
  assert_node_json (json_object_get_member (patch, "email_list"), "[]");
  assert_node_json (json_object_get_member (patch, "auto_variant_select"), "null");
}

/* The JSON object that follows @anchor in @text (parsing the whole 4 MB spec is
 * slow under ASan, and only two small parts of it matter here). */
static JsonNode *
spec_object_after (const char *text,
                   const char *anchor)
{
  const char *p = strstr (text, anchor);
  const char *start;
  gboolean in_string = FALSE;
  int depth = 0;

  g_assert_nonnull (p);
  start = strchr (p + strlen (anchor) - 1, '{');
  g_assert_nonnull (start);

  for (p = start; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\')
            p++;
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }

      if (*p == '"')
        in_string = TRUE;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth == 0)
        {
          g_autofree char *json = g_strndup (start, p - start + 1);

          return parse (json);
        }
    }

  g_assert_not_reached ();
}

static JsonObject *
object_at (JsonObject         *object,
           const char * const *path)
{
  for (guint i = 0; path[i] != NULL; i++)
    object = json_object_get_object_member (object, path[i]);
  return object;
}

/* Every member of the spec's PATCH schema reaches the PATCH, and nothing else does. */
static void
test_draft_patch_members_follow_spec (void)
{
  static const char * const patch_path[] = {
    "patch", "requestBody", "content", "application/json", "schema", "properties", NULL
  };
  static const char * const campaign_path[] = { "properties", NULL };
  const char *spec_path = g_getenv ("INSTADECK_SPEC");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(JsonNode) operation = NULL;
  g_autoptr(JsonNode) schema = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *props;
  JsonObject *campaign_props;

  if (spec_path == NULL)
    {
      g_test_skip ("INSTADECK_SPEC is not set");
      return;
    }

  g_file_get_contents (spec_path, &text, NULL, &error);
  g_assert_no_error (error);
  operation = spec_object_after (text, "\"/api/v2/campaigns/{id}\": {");
  schema = spec_object_after (text, "\"Campaign\": {");
  props = object_at (json_node_get_object (operation), patch_path);
  campaign_props = object_at (json_node_get_object (schema), campaign_path);
  g_assert_cmpuint (json_object_get_size (props), >, 20);

  names = json_object_get_members (campaign_props);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
      g_autoptr(JsonNode) marker = parse ("\"changed\"");
      g_autoptr(JsonObject) patch = NULL;
      gboolean writable = json_object_has_member (props, l->data);

      deck_campaign_draft_set_member (draft, l->data, marker);
      patch = deck_campaign_draft_dup_patch (draft);
      if (writable != json_object_has_member (patch, l->data))
        g_error ("%s: in the PATCH schema: %d, in the draft's PATCH: %d", (char *) l->data,
                 writable, !writable);
      g_assert_cmpuint (json_object_get_size (patch), ==, writable ? 1 : 0);
    }
}

/* Turning something on and off again leaves no trace. */
static void
test_draft_toggle_back (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(JsonObject) patch = NULL;
  g_autoptr(DeckCampaign) bare = campaign_from_string (
    "{\"id\":\"c9\",\"name\":\"Bare\",\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,"
    "\"variants\":[{\"subject\":\"s\",\"body\":\"b\"}]}]}]}");
  g_autoptr(DeckCampaignDraft) bare_draft = deck_campaign_draft_new (bare);
  g_autoptr(JsonObject) bare_patch = NULL;
  const char *none[] = { NULL };

  /* Variant without v_disabled, and one with an explicit false. */
  deck_campaign_draft_set_variant_disabled (draft, 0, 0, TRUE);
  deck_campaign_draft_set_variant_disabled (draft, 0, 0, FALSE);
  deck_campaign_draft_set_variant_disabled (draft, 1, 1, TRUE);
  deck_campaign_draft_set_variant_disabled (draft, 1, 1, FALSE);
  patch = deck_campaign_draft_dup_patch (draft);
  assert_patch_members (patch, NULL);

  /* Defaults the server never wrote stay unwritten. */
  deck_campaign_draft_set_step_delay (bare_draft, 0, 1, "days");
  deck_campaign_draft_set_senders (bare_draft, none);
  deck_campaign_draft_set_sender_tags (bare_draft, NULL);
  deck_campaign_draft_set_dates (bare_draft, NULL, NULL);
  bare_patch = deck_campaign_draft_dup_patch (bare_draft);
  assert_patch_members (bare_patch, NULL);
}

static void
on_changed (DeckCampaignDraft *draft,
            guint             *count)
{
  (*count)++;
}

static void
test_draft_new (void)
{
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (NULL);
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonObject) empty = NULL;
  const char *senders[] = { "ana@send.example.com", NULL };
  static const char *expected[] = {
    "name", "campaign_schedule", "sequences", "email_list", "open_tracking", "daily_limit", NULL
  };
  g_autoptr(JsonNode) step_node = NULL;
  JsonObject *schedule;
  JsonObject *step;
  guint changed = 0;
  guint s, v, w;

  g_signal_connect (draft, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_true (deck_campaign_draft_is_new (draft));
  g_assert_null (deck_campaign_draft_get_campaign (draft));
  empty = deck_campaign_draft_dup_create_body (draft);
  g_assert_cmpuint (json_object_get_size (empty), ==, 0);
  g_assert_cmpuint (deck_campaign_draft_get_n_steps (draft), ==, 0);

  deck_campaign_draft_set_name (draft, "Fresh");
  s = deck_campaign_draft_add_step (draft);
  g_assert_cmpuint (s, ==, 0);
  v = deck_campaign_draft_add_variant (draft, s);
  g_assert_cmpuint (v, ==, 1);
  deck_campaign_draft_set_subject (draft, s, v, "Hi {{firstName}}");
  deck_campaign_draft_set_body (draft, s, v, "<div>Hello</div>");
  w = deck_campaign_draft_add_schedule (draft, "America/Chicago");
  g_assert_cmpuint (w, ==, 0);
  deck_campaign_draft_set_senders (draft, senders);
  deck_campaign_draft_set_boolean (draft, "open_tracking", FALSE);
  deck_campaign_draft_set_number (draft, "daily_limit", 50);
  deck_campaign_draft_set_string (draft, "owned_by", NULL);  /* null: not sent on create */
  g_assert_cmpuint (changed, ==, 10);

  body = deck_campaign_draft_dup_create_body (draft);
  assert_patch_members (body, expected);
  assert_node_json (json_object_get_member (body, "daily_limit"), "50");
  assert_node_json (json_object_get_member (body, "email_list"), "[\"ana@send.example.com\"]");

  /* Every step carries type, delay and variants. */
  step = json_array_get_object_element (json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (body, "sequences"), 0), "steps"), 0);
  g_clear_pointer (&step_node, json_node_unref);
  step_node = json_node_init_object (json_node_alloc (), step);
  assert_node_json (step_node,
                    "{\"type\":\"email\",\"delay\":1,\"delay_unit\":\"days\",\"variants\":["
                    "{\"subject\":\"\",\"body\":\"\"},"
                    "{\"subject\":\"Hi {{firstName}}\",\"body\":\"<div>Hello</div>\"}]}");

  /* Mon–Fri, 09:00–17:00, with 0 = Sunday. */
  schedule = json_array_get_object_element (json_object_get_array_member (
    json_object_get_object_member (body, "campaign_schedule"), "schedules"), 0);
  assert_node_json (json_object_get_member (schedule, "timing"), "{\"from\":\"09:00\",\"to\":\"17:00\"}");
  assert_node_json (json_object_get_member (schedule, "days"),
                    "{\"0\":false,\"1\":true,\"2\":true,\"3\":true,\"4\":true,\"5\":true,\"6\":false}");
  g_assert_cmpstr (json_object_get_string_member (schedule, "timezone"), ==, "America/Chicago");
  g_assert_true (json_object_has_member (schedule, "name"));
  g_assert_true (deck_campaign_draft_has_changes (draft));
}

static void
test_draft_steps (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(JsonObject) patch = NULL;

  /* Move the last step first and back: nothing changed. */
  deck_campaign_draft_move_step (draft, 2, 0);
  g_assert_cmpstr (deck_campaign_draft_get_step_delay_unit (draft, 0), ==, "hours");
  g_assert_cmpstr (deck_campaign_draft_get_body (draft, 1, 0), ==,
                   "<div>Hi {{firstName}},</div><div><br/></div><div>Do you handle outreach at {{companyName}}?</div>");
  deck_campaign_draft_move_step (draft, 0, 2);
  patch = deck_campaign_draft_dup_patch (draft);
  assert_patch_members (patch, NULL);
  g_clear_pointer (&patch, json_object_unref);

  deck_campaign_draft_move_step (draft, 0, 1);
  g_assert_cmpuint (deck_campaign_draft_get_step_delay (draft, 0), ==, 3);
  g_assert_cmpuint (deck_campaign_draft_get_step_delay (draft, 1), ==, 2);

  deck_campaign_draft_remove_variant (draft, 1, 2);
  g_assert_cmpuint (deck_campaign_draft_get_n_variants (draft, 1), ==, 2);
  deck_campaign_draft_remove_step (draft, 2);
  g_assert_cmpuint (deck_campaign_draft_get_n_steps (draft), ==, 2);
  deck_campaign_draft_set_step_delay (draft, 1, 30, "minutes");
  g_assert_cmpuint (deck_campaign_draft_get_step_delay (draft, 1), ==, 30);
  g_assert_cmpstr (deck_campaign_draft_get_step_delay_unit (draft, 1), ==, "minutes");
  deck_campaign_draft_remove_schedule (draft, 0);
  g_assert_cmpuint (deck_campaign_draft_get_n_schedules (draft), ==, 1);

  {
    static const char *expected[] = { "sequences", "campaign_schedule", NULL };

    patch = deck_campaign_draft_dup_patch (draft);
    assert_patch_members (patch, expected);
  }
}

static void
test_draft_rebase (void)
{
  g_autoptr(DeckCampaign) campaign = campaign_from_fixture ();
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new (campaign);
  g_autoptr(DeckCampaign) saved = NULL;
  g_autoptr(JsonObject) patch = NULL;
  g_autoptr(JsonObject) json = NULL;
  guint changed = 0;

  deck_campaign_draft_set_name (draft, "Saved name");
  deck_campaign_draft_set_boolean (draft, "text_only", TRUE);

  /* What the server answers after the PATCH. */
  json = json_object_ref (deck_campaign_draft_get_json (draft));
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), json);
    g_autofree char *text = json_to_string (node, FALSE);

    saved = campaign_from_string (text);
  }

  g_signal_connect (draft, "changed", G_CALLBACK (on_changed), &changed);
  deck_campaign_draft_rebase (draft, saved);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (deck_campaign_draft_get_campaign (draft) == saved);
  patch = deck_campaign_draft_dup_patch (draft);
  assert_patch_members (patch, NULL);
  g_assert_cmpstr (json_object_get_string_member (deck_campaign_draft_get_json (draft), "name"), ==,
                   "Saved name");
}

/* Bodies */

static void
test_body_text_html (void)
{
  static const struct { const char *text; const char *html; } cases[] = {
    { "Hi {{firstName}},\n\nDo you use <tags> & such?\nThanks",
      "<div>Hi {{firstName}},</div><div><br/></div><div>Do you use &lt;tags&gt; &amp; such?<br/>Thanks</div>" },
    { "One line", "<div>One line</div>" },
    { "A\n\n\nB", "<div>A</div><div><br/></div><div><br/></div><div>B</div>" },
    { "{Hi|Hello} there", "<div>{Hi|Hello} there</div>" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = deck_campaign_body_from_text (cases[i].text);
      g_autofree char *text = deck_campaign_body_to_text (html);

      g_assert_cmpstr (html, ==, cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Windows line ends and surrounding blank lines are normalised. */
  {
    g_autofree char *html = deck_campaign_body_from_text ("\r\n\r\nA\r\nB\r\n\r\n");

    g_assert_cmpstr (html, ==, "<div>A<br/>B</div>");
  }

  /* HTML written elsewhere, best-effort. */
  {
    static const struct { const char *html; const char *text; } foreign[] = {
      { "Hey {{firstName}},<br/><br/>I hope you are doing well.",
        "Hey {{firstName}},\n\nI hope you are doing well." },
      { "<p>First &amp; foremost</p><p>Second&nbsp;para &#8211; <a href=\"x\">link</a></p>",
        "First & foremost\n\nSecond para \xe2\x80\x93 link" },
      { "<div>A</div>\n<div><br></div>\n<div>B</div>", "A\n\nB" },
      { "plain\ntext\n\nwith lines", "plain\ntext\n\nwith lines" },
      { "5 < 6 & unfinished <b", "5 < 6 & unfinished <b" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
      {
        g_autofree char *text = deck_campaign_body_to_text (foreign[i].html);

        g_assert_cmpstr (text, ==, foreign[i].text);
      }
  }
}

static void
test_render_preview (void)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  static const struct { const char *in; const char *out; } cases[] = {
    { "Hi {{firstName}}", "Hi Ada" },
    { "Hi {{ firstName }} at {{companyName}}!", "Hi Ada at {Braces|Inc}!" },
    { "{Hello|Hi|Hey} {{firstName}}", "Hello Ada" },
    { "{Hi {{firstName}}|Hello}, {a|{b|c}}", "Hi Ada, a" },
    { "{no options} and {{unknownVar}}.", "{no options} and ." },
    { "Unbalanced {a|b", "Unbalanced {a|b" },
    { "", "" },
  };

  g_hash_table_insert (values, (gpointer) "firstName", (gpointer) "Ada");
  g_hash_table_insert (values, (gpointer) "companyName", (gpointer) "{Braces|Inc}");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = deck_campaign_render_preview (cases[i].in, values);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  {
    g_autofree char *out = deck_campaign_render_preview ("{A|B} {{firstName}}", NULL);

    g_assert_cmpstr (out, ==, "A ");
  }
}

static void
test_timezones (void)
{
  const char * const *zones = deck_campaign_timezones ();

  g_assert_cmpuint (g_strv_length ((GStrv) zones), ==, 102);
  g_assert_cmpstr (zones[0], ==, "Etc/GMT+12");
  g_assert_cmpstr (zones[101], ==, "Pacific/Apia");
  g_assert_true (deck_campaign_timezone_is_valid ("America/Detroit"));
  g_assert_true (deck_campaign_timezone_is_valid ("Asia/Kolkata"));
  g_assert_false (deck_campaign_timezone_is_valid ("America/New_York"));
  g_assert_false (deck_campaign_timezone_is_valid ("UTC"));
  g_assert_false (deck_campaign_timezone_is_valid (NULL));
}

/* Subsequences */

static void
test_subsequence (void)
{
  g_autoptr(JsonNode) node = parse (
    "{\"id\":\"s1\",\"parent_campaign\":\"c1\",\"name\":\"Openers\",\"status\":\"2\","
    "\"timestamp_created\":\"2026-03-02T09:15:27.412Z\",\"workspace\":\"w\","
    "\"conditions\":{\"lead_activity\":[2],\"crm_status\":[1]},"
    "\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,\"pre_delay\":2,"
    "\"variants\":[{\"subject\":\"s\",\"body\":\"b\"}]}]}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckSubsequence) subsequence = deck_subsequence_new_from_json (json_node_get_object (node), &error);
  g_autoptr(JsonNode) working_node = NULL;
  g_autoptr(JsonObject) working = NULL;
  g_autoptr(JsonObject) patch = NULL;
  g_autofree char *words = NULL;
  static const char *expected[] = { "conditions", NULL };

  g_assert_no_error (error);
  g_assert_cmpstr (deck_subsequence_get_id (subsequence), ==, "s1");
  g_assert_cmpstr (deck_subsequence_get_name (subsequence), ==, "Openers");
  g_assert_cmpstr (deck_subsequence_get_parent_campaign (subsequence), ==, "c1");
  g_assert_cmpint (deck_subsequence_get_status (subsequence), ==, 2);
  g_assert_nonnull (deck_subsequence_get_timestamp_created (subsequence));

  /* Only writable members that changed; read-only workspace/status never. */
  working_node = parse (
    "{\"id\":\"s1\",\"parent_campaign\":\"c1\",\"name\":\"Openers\",\"status\":1,"
    "\"workspace\":\"other\",\"conditions\":{\"crm_status\":[1.0],\"lead_activity\":[2,4]},"
    "\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,\"pre_delay\":2,"
    "\"variants\":[{\"subject\":\"s\",\"body\":\"b\"}]}]}]}");
  working = json_object_ref (json_node_get_object (working_node));
  patch = deck_subsequence_dup_patch (subsequence, working);
  assert_patch_members (patch, expected);

  words = deck_lead_activity_to_string (DECK_LEAD_ACTIVITY_COMPLETED_NO_REPLY);
  g_assert_null (strstr (words, "Unknown"));
  g_clear_pointer (&words, g_free);
  words = deck_interest_status_to_string (-4);
  g_assert_null (strstr (words, "Unknown"));
}

static void
test_new_subsequence (void)
{
  g_autoptr(DeckCampaignDraft) draft = deck_campaign_draft_new_subsequence ("c1");
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) body_node = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(JsonNode) saved_node = NULL;
  g_autoptr(DeckSubsequence) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint step;

  g_assert_true (deck_campaign_draft_is_new (draft));
  g_assert_nonnull (deck_campaign_draft_get_subsequence (draft));
  g_assert_null (deck_subsequence_get_id (deck_campaign_draft_get_subsequence (draft)));
  g_assert_null (deck_campaign_draft_get_campaign (draft));
  g_assert_cmpstr (deck_campaign_draft_get_parent_campaign (draft), ==, "c1");
  g_assert_cmpstr (deck_campaign_draft_get_schedule_member (draft), ==, "subsequence_schedule");
  g_assert_false (deck_campaign_draft_has_unsaved_changes (draft));
  g_assert_false (deck_campaign_draft_has_condition (draft));

  /* The required members are always there, even before anything is set. */
  body = deck_campaign_draft_dup_create_body (draft);
  body_node = json_node_init_object (json_node_alloc (), body);
  expected = parse ("{\"parent_campaign\":\"c1\",\"name\":\"\",\"conditions\":{}}");
  g_assert_true (json_node_equal (body_node, expected));
  g_clear_pointer (&body_node, json_node_unref);
  g_clear_pointer (&body, json_object_unref);
  g_clear_pointer (&expected, json_node_unref);

  /* A default window is not an edit; what the user does is. */
  deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  deck_campaign_draft_mark_pristine (draft);
  g_assert_false (deck_campaign_draft_has_unsaved_changes (draft));
  deck_campaign_draft_set_name (draft, "Openers");
  g_assert_true (deck_campaign_draft_has_unsaved_changes (draft));
  deck_campaign_draft_set_condition (draft, "lead_activity", 2, TRUE);
  deck_campaign_draft_set_reply_contains (draft, "yes");
  step = deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, step, 0, "Hi");
  deck_campaign_draft_set_body (draft, step, 0, "<div>Hello</div>");
  deck_campaign_draft_set_schedule_name (draft, 0, "Office");
  /* Only what CreateCampaign Subsequence allows (additionalProperties is false). */
  deck_campaign_draft_set_boolean (draft, "open_tracking", TRUE);
  deck_campaign_draft_set_number (draft, "daily_limit", 30);

  body = deck_campaign_draft_dup_create_body (draft);
  body_node = json_node_init_object (json_node_alloc (), body);
  expected = parse ("{\"parent_campaign\":\"c1\",\"name\":\"Openers\","
                    "\"conditions\":{\"lead_activity\":[2],\"reply_contains\":\"yes\"},"
                    "\"subsequence_schedule\":{\"schedules\":[{\"name\":\"Office\","
                    "\"timing\":{\"from\":\"09:00\",\"to\":\"17:00\"},"
                    "\"days\":{\"0\":false,\"1\":true,\"2\":true,\"3\":true,\"4\":true,\"5\":true,\"6\":false},"
                    "\"timezone\":\"Europe/Belgrade\"}]},"
                    "\"sequences\":[{\"steps\":[{\"type\":\"email\",\"delay\":1,\"delay_unit\":\"days\","
                    "\"variants\":[{\"subject\":\"Hi\",\"body\":\"<div>Hello</div>\"}]}]}],"
                    "\"daily_limit\":30}");
  if (!json_node_equal (body_node, expected))
    g_error ("unexpected body: %s", json_to_string (body_node, FALSE));

  /* The server's answer makes it a draft of that subsequence. */
  saved_node = parse ("{\"id\":\"s9\",\"parent_campaign\":\"c1\",\"name\":\"Openers\","
                      "\"conditions\":{\"lead_activity\":[2],\"reply_contains\":\"yes\"}}");
  saved = deck_subsequence_new_from_json (json_node_get_object (saved_node), &error);
  g_assert_no_error (error);
  deck_campaign_draft_rebase_subsequence (draft, saved);
  g_assert_false (deck_campaign_draft_is_new (draft));
  g_assert_true (deck_campaign_draft_get_subsequence (draft) == saved);
  g_assert_false (deck_campaign_draft_has_unsaved_changes (draft));
  deck_campaign_draft_set_name (draft, "Openers 2");
  g_assert_true (deck_campaign_draft_has_changes (draft));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/campaign/model/parse", test_campaign_parse);
  g_test_add_func ("/campaign/model/defensive", test_campaign_defensive);
  g_test_add_func ("/campaign/model/update", test_campaign_update);
  g_test_add_func ("/campaign/model/status-words", test_campaign_status_words);
  g_test_add_func ("/campaign/model/sending-status", test_campaign_sending_status);
  g_test_add_func ("/campaign/draft/unchanged", test_draft_unchanged);
  g_test_add_func ("/campaign/draft/structural-equality", test_draft_structural_equality);
  g_test_add_func ("/campaign/draft/one-option", test_draft_one_option);
  g_test_add_func ("/campaign/draft/nested", test_draft_nested);
  g_test_add_func ("/campaign/draft/removed-members", test_draft_removed_members);
  g_test_add_func ("/campaign/draft/patch-members-follow-spec", test_draft_patch_members_follow_spec);
  g_test_add_func ("/campaign/draft/toggle-back", test_draft_toggle_back);
  g_test_add_func ("/campaign/draft/new", test_draft_new);
  g_test_add_func ("/campaign/draft/steps", test_draft_steps);
  g_test_add_func ("/campaign/draft/rebase", test_draft_rebase);
  g_test_add_func ("/campaign/body/text-html", test_body_text_html);
  g_test_add_func ("/campaign/body/preview", test_render_preview);
  g_test_add_func ("/campaign/timezones", test_timezones);
  g_test_add_func ("/campaign/subsequence", test_subsequence);
  g_test_add_func ("/campaign/subsequence/new", test_new_subsequence);

  return g_test_run ();
}
