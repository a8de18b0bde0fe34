/* test-lead-model.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-lead.h"
#include "deck-lead-label.h"
#include "deck-lead-list.h"

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

static DeckLead *
lead_from_string (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  g_autoptr(GError) error = NULL;
  DeckLead *lead;

  g_assert_nonnull (node);
  lead = deck_lead_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  return lead;
}

/* Every member of @original comes back from deck_lead_dup_json, with the same value. */
static void
assert_round_trip (JsonNode *original)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (original), &error);
  g_autoptr(JsonObject) back = NULL;
  g_autoptr(JsonNode) back_node = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  back = deck_lead_dup_json (lead);
  back_node = json_node_init_object (json_node_alloc (), back);
  want = json_to_string (original, TRUE);
  got = json_to_string (back_node, TRUE);
  if (!json_node_equal (original, back_node))
    g_error ("Round trip changed the lead:\n%s\nbecame\n%s", want, got);
}

static void
test_round_trip_full (void)
{
  g_autoptr(JsonNode) node = load_fixture ("lead-full.json");

  assert_round_trip (node);
}

static void
test_round_trip_odd (void)
{
  /* Numbers as strings, a date-time without milliseconds, an unknown member, a
   * status_summary that is not the last step, a null payload, a phone as a number. */
  const char *odd =
    "{\"id\":\"x1\",\"status\":\"2\",\"lt_interest_status\":\"-3\",\"email_open_count\":\"7\","
    "\"timestamp_created\":\"2025-05-18T20:38:56Z\",\"timestamp_updated\":\"2025-05-18T22:38:56+02:00\","
    "\"company_domain\":\"\",\"status_summary\":{\"domain_complete\":true},\"payload\":null,"
    "\"phone\":4144123,\"brand_new_member\":{\"a\":[1,2]},\"esp_code\":999,"
    "\"timestamp_last_contact\":\"not a date\",\"is_website_visitor\":\"yes\"}";
  const char *empty = "{\"id\":\"x2\",\"status_summary\":{},\"organization\":\"o\"}";
  g_autoptr(JsonNode) odd_node = json_from_string (odd, NULL);
  g_autoptr(JsonNode) empty_node = json_from_string (empty, NULL);
  g_autoptr(DeckLead) lead = lead_from_string (odd);

  assert_round_trip (odd_node);
  assert_round_trip (empty_node);

  g_assert_cmpint (deck_lead_get_status (lead), ==, DECK_LEAD_STATUS_PAUSED);
  g_assert_cmpint (deck_lead_get_lt_interest_status (lead), ==, -3);
  g_assert_cmpuint (deck_lead_get_email_open_count (lead), ==, 7);
  g_assert_cmpint (deck_lead_get_timestamp_created (lead), ==, G_GINT64_CONSTANT (1747600736000));
  g_assert_cmpint (deck_lead_get_timestamp_updated (lead), ==, G_GINT64_CONSTANT (1747600736000));
  g_assert_cmpint (deck_lead_get_timestamp_last_contact (lead), ==, 0);
  g_assert_cmpstr (deck_lead_get_phone (lead), ==, "4144123");
}

static void
test_getters (void)
{
  g_autoptr(JsonNode) node = load_fixture ("lead-full.json");
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (node), NULL);
  g_autofree char *name = deck_lead_dup_display_name (lead);
  g_autofree char *status = deck_lead_status_to_string (deck_lead_get_status (lead));
  g_autofree char *interest = deck_lead_interest_to_string (deck_lead_get_lt_interest_status (lead));
  g_autofree char *id = NULL;
  gint64 created = 0;
  guint opens = 0;

  g_assert_cmpstr (deck_lead_get_id (lead), ==, "019b483f-81b3-7bef-8a1e-6c1f2d3e4a5b");
  g_assert_cmpstr (deck_lead_get_email (lead), ==, "ava.muller@northwind-traders.com");
  g_assert_cmpstr (deck_lead_get_first_name (lead), ==, "Ava");
  g_assert_cmpstr (deck_lead_get_last_name (lead), ==, "Müller");
  g_assert_cmpstr (deck_lead_get_company_name (lead), ==, "Northwind Traders");
  g_assert_cmpstr (deck_lead_get_company_domain (lead), ==, "northwind-traders.com");
  g_assert_cmpstr (deck_lead_get_job_title (lead), ==, "Head of Growth");
  g_assert_cmpstr (deck_lead_get_website (lead), ==, "https://northwind-traders.com");
  g_assert_cmpstr (deck_lead_get_pl_value_lead (lead), ==, "High");
  g_assert_cmpstr (deck_lead_get_campaign (lead), ==, "019b0000-0000-7000-8000-0000000000c1");
  g_assert_null (deck_lead_get_list_id (lead));
  g_assert_null (deck_lead_get_subsequence_id (lead));
  g_assert_cmpstr (deck_lead_get_assigned_to (lead), ==, "019b0000-0000-7000-8000-0000000000u2");
  g_assert_cmpint (deck_lead_get_verification_status (lead), ==, 1);
  g_assert_cmpuint (deck_lead_get_email_reply_count (lead), ==, 1);
  g_assert_cmpuint (deck_lead_get_email_click_count (lead), ==, 0);
  g_assert_cmpint (deck_lead_get_timestamp_created (lead), ==, G_GINT64_CONSTANT (1747600736237));
  g_assert_cmpint (deck_lead_get_timestamp_last_contact (lead), ==, G_GINT64_CONSTANT (1747732500000));
  g_assert_cmpstr (name, ==, "Ava Müller");
  g_assert_cmpstr (status, ==, "Active");
  g_assert_cmpstr (interest, ==, "Meeting booked");

  /* Properties say the same as the getters. */
  g_object_get (lead, "id", &id, "timestamp-created", &created, "email-open-count", &opens, NULL);
  g_assert_cmpstr (id, ==, deck_lead_get_id (lead));
  g_assert_cmpint (created, ==, deck_lead_get_timestamp_created (lead));
  g_assert_cmpuint (opens, ==, 3);
}

static void
test_enums (void)
{
  g_autoptr(DeckLead) plain = lead_from_string ("{\"id\":\"p\",\"email\":\"p@x.org\"}");
  g_autoptr(DeckLead) custom = lead_from_string ("{\"id\":\"c\",\"lt_interest_status\":12345,\"status\":7}");
  g_autofree char *none = deck_lead_interest_to_string (deck_lead_get_lt_interest_status (plain));
  g_autofree char *unknown = deck_lead_interest_to_string (deck_lead_get_lt_interest_status (custom));
  g_autofree char *status = deck_lead_status_to_string (deck_lead_get_status (custom));
  g_autofree char *verification = deck_lead_verification_to_string (-3);
  g_autofree char *name = deck_lead_dup_display_name (plain);
  guint n = 0;
  const int *values = deck_lead_interest_values (&n);

  g_assert_cmpint (deck_lead_get_lt_interest_status (plain), ==, DECK_LEAD_INTEREST_NONE);
  g_assert_cmpstr (none, ==, "Lead");
  g_assert_cmpstr (unknown, ==, "Unknown (12345)");
  g_assert_cmpstr (status, ==, "Unknown (7)");
  g_assert_cmpstr (verification, ==, "Catch-all");
  g_assert_cmpstr (name, ==, "p@x.org");
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpint (values[0], ==, 1);
  g_assert_cmpstr (deck_lead_status_icon_name (99), ==, "dialog-question-symbolic");
}

static void
test_no_id (void)
{
  g_autoptr(JsonNode) node = json_from_string ("{\"email\":\"a@b.c\"}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (node), &error);

  g_assert_null (lead);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_custom_variables (void)
{
  g_autoptr(JsonNode) node = load_fixture ("lead-full.json");
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (node), NULL);
  g_auto(GStrv) names = deck_lead_dup_custom_variable_names (lead);
  const char * const expected[] = { "employees", "industry", "notes", "past_customer", "score", NULL };
  g_autoptr(JsonNode) employees = deck_lead_dup_custom_variable (lead, "employees");
  g_autofree char *score = deck_lead_dup_custom_variable_text (lead, "score");
  g_autofree char *past = deck_lead_dup_custom_variable_text (lead, "past_customer");
  g_autofree char *notes = deck_lead_dup_custom_variable_text (lead, "notes");
  g_autofree char *industry = deck_lead_dup_custom_variable_text (lead, "industry");

  g_assert_true (g_strv_equal ((const char * const *) names, expected));
  g_assert_cmpint (json_node_get_value_type (employees), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (employees), ==, 250);
  g_assert_cmpstr (score, ==, "4.5");
  g_assert_cmpstr (past, ==, "true");
  g_assert_cmpstr (notes, ==, "");
  g_assert_cmpstr (industry, ==, "Logistics");
  /* Standard payload keys are fields, not custom variables. */
  g_assert_null (deck_lead_dup_custom_variable (lead, "firstName"));
  g_assert_null (deck_lead_dup_custom_variable_text (lead, "missing"));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
test_update_in_place (void)
{
  g_autoptr(JsonNode) node = load_fixture ("lead-full.json");
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (node), NULL);
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) changed = json_object_ref (json_node_get_object (node));
  g_autoptr(JsonNode) other = json_from_string ("{\"id\":\"someone-else\"}", NULL);
  g_autoptr(GError) error = NULL;
  const char *id_before = deck_lead_get_id (lead);

  g_signal_connect (lead, "notify", G_CALLBACK (on_notify), notified);

  json_object_set_string_member (changed, "first_name", "Eva");
  json_object_set_int_member (changed, "lt_interest_status", 4);
  g_assert_true (deck_lead_update_from_json (lead, changed, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "first-name", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "lt-interest-status", g_str_equal, NULL));
  g_assert_cmpstr (deck_lead_get_first_name (lead), ==, "Eva");
  /* The id string stays put: hash tables keyed by it stay valid. */
  g_assert_true (deck_lead_get_id (lead) == id_before);

  g_assert_false (deck_lead_update_from_json (lead, json_node_get_object (other), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (deck_lead_get_first_name (lead), ==, "Eva");
}

static void
test_update_from_lead (void)
{
  g_autoptr(DeckLead) lead = lead_from_string ("{\"id\":\"a\",\"email\":\"a@x.org\",\"status\":1}");
  g_autoptr(DeckLead) fresh = lead_from_string ("{\"id\":\"a\",\"email\":\"a@x.org\",\"status\":3,"
                                                "\"payload\":{\"k\":\"v\"}}");
  g_autoptr(DeckLead) stranger = lead_from_string ("{\"id\":\"b\"}");
  g_autofree char *k = NULL;

  g_assert_true (deck_lead_update_from_lead (lead, fresh));
  g_assert_cmpint (deck_lead_get_status (lead), ==, 3);
  k = deck_lead_dup_custom_variable_text (lead, "k");
  g_assert_cmpstr (k, ==, "v");
  g_assert_false (deck_lead_update_from_lead (lead, stranger));
}

static void
test_search (void)
{
  g_autoptr(JsonNode) node = load_fixture ("lead-full.json");
  g_autoptr(DeckLead) lead = deck_lead_new_from_json (json_node_get_object (node), NULL);
  const char *hits[] = { "", "ava", "AVA", "müller", "MULLER", "muller", "northwind", "head of",
                         "logistics", "250", "northwind-traders.com" };
  const char *misses[] = { "zürich-x", "bob", "mullerx", "high" };

  for (guint i = 0; i < G_N_ELEMENTS (hits); i++)
    {
      g_autofree char *needle = deck_lead_fold_search_text (hits[i]);

      if (!deck_lead_matches (lead, needle))
        g_error ("“%s” should match", hits[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (misses); i++)
    {
      g_autofree char *needle = deck_lead_fold_search_text (misses[i]);

      if (deck_lead_matches (lead, needle))
        g_error ("“%s” should not match", misses[i]);
    }
}

static void
packed_lead_check (DeckLead   *lead,
                   const char *text,
                   gboolean    expected)
{
  g_autofree char *needle = deck_lead_fold_search_text (text);

  if (deck_lead_matches (lead, needle) != expected)
    g_error ("“%s” should %smatch lead %s", text, expected ? "" : "not ",
             deck_lead_get_id (lead));
}

/* Leads packed into a page's shared block search and read as before; an in-place
 * update gives the lead a new haystack (accents, case, custom variables), the block
 * stays alive for the leads still pointing into it, and the id string stays put. */
static void
test_search_packed_update (void)
{
  const char *page_json[] = {
    "{\"id\":\"p1\",\"email\":\"ava@northwind.com\",\"first_name\":\"Ava\",\"last_name\":\"Müller\","
    "\"company_domain\":\"northwind.com\",\"payload\":{\"firstName\":\"Ava\",\"Region\":\"Zürich\"}}",
    "{\"id\":\"p2\",\"email\":\"Bob@Example.ORG\",\"first_name\":\"Bob\",\"company_name\":\"ÉCOLE Bleue\","
    "\"payload\":{\"seats\":250},\"unknown_member\":[1,2]}",
    "{\"id\":\"p3\",\"email\":\"carl@x.io\",\"payload\":null}",
  };
  g_autoptr(GPtrArray) page = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) update = json_from_string (
    "{\"id\":\"p1\",\"email\":\"jo@ölberg.de\",\"first_name\":\"Jürgen\",\"last_name\":\"ÖLBERG\","
    "\"payload\":{\"firstName\":\"Jürgen\",\"Dessert\":\"Crème Brûlée\",\"Score\":4.5}}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) first = NULL;
  g_autoptr(DeckLead) second = NULL;
  g_autofree char *region = NULL;
  g_autofree char *dessert = NULL;
  g_autofree char *rest = NULL;
  g_autoptr(JsonObject) second_json = NULL;
  g_autoptr(JsonNode) second_node = NULL;
  g_autoptr(DeckLead) fresh = lead_from_string (
    "{\"id\":\"p2\",\"email\":\"bob@example.org\",\"payload\":{\"Nickname\":\"Bobby Tables\"}}");
  const char *id_before;

  for (guint i = 0; i < G_N_ELEMENTS (page_json); i++)
    g_ptr_array_add (page, lead_from_string (page_json[i]));
  deck_lead_pack ((DeckLead **) page->pdata, page->len);

  first = g_object_ref (g_ptr_array_index (page, 0));
  second = g_object_ref (g_ptr_array_index (page, 1));
  id_before = deck_lead_get_id (first);

  packed_lead_check (first, "MULLER", TRUE);
  packed_lead_check (first, "zurich", TRUE);
  packed_lead_check (first, "northwind.com", TRUE);
  packed_lead_check (second, "école", TRUE);
  packed_lead_check (second, "bob@example.org", TRUE);
  packed_lead_check (second, "250", TRUE);
  packed_lead_check (second, "muller", FALSE);
  packed_lead_check (g_ptr_array_index (page, 2), "carl@x", TRUE);
  region = deck_lead_dup_custom_variable_text (first, "Region");
  g_assert_cmpstr (region, ==, "Zürich");
  second_json = deck_lead_dup_json (second);
  second_node = json_node_init_object (json_node_alloc (), second_json);
  rest = json_to_string (second_node, FALSE);
  g_assert_nonnull (strstr (rest, "\"unknown_member\":[1,2]"));

  /* The page goes; the two leads held here keep its block alive. */
  g_clear_pointer (&page, g_ptr_array_unref);

  g_assert_true (deck_lead_update_from_json (first, json_node_get_object (update), &error));
  g_assert_no_error (error);
  g_assert_true (deck_lead_get_id (first) == id_before);
  g_assert_cmpstr (deck_lead_get_id (first), ==, "p1");
  packed_lead_check (first, "jurgen", TRUE);
  packed_lead_check (first, "JÜRGEN ", FALSE);
  packed_lead_check (first, "olberg", TRUE);
  packed_lead_check (first, "Ölberg.DE", TRUE);
  packed_lead_check (first, "creme brulee", TRUE);
  packed_lead_check (first, "CRÈME", TRUE);
  packed_lead_check (first, "4.5", TRUE);
  packed_lead_check (first, "muller", FALSE);
  packed_lead_check (first, "zurich", FALSE);
  packed_lead_check (first, "northwind", FALSE);
  dessert = deck_lead_dup_custom_variable_text (first, "Dessert");
  g_assert_cmpstr (dessert, ==, "Crème Brûlée");

  /* The other packed lead is untouched, and so is a copy into a packed lead. */
  packed_lead_check (second, "ecole bleue", TRUE);
  id_before = deck_lead_get_id (second);
  deck_lead_pack (&fresh, 1);
  g_assert_true (deck_lead_update_from_lead (second, fresh));
  /* The fresh lead and its block go; @second shares that block and keeps it alive. */
  g_clear_object (&fresh);
  g_assert_true (deck_lead_get_id (second) == id_before);
  packed_lead_check (second, "BOBBY tables", TRUE);
  packed_lead_check (second, "ecole", FALSE);
  g_assert_cmpstr (deck_lead_get_email (second), ==, "bob@example.org");
  g_clear_pointer (&rest, g_free);
  rest = deck_lead_dup_custom_variable_text (second, "Nickname");
  g_assert_cmpstr (rest, ==, "Bobby Tables");
}

/* The prefilter never hides a real match: every substring of what is searched matches. */
static void
test_search_substrings (void)
{
  g_autoptr(DeckLead) lead = lead_from_string (
    "{\"id\":\"s\",\"email\":\"ann.o'neil+x@mail-ex.com\",\"first_name\":\"Ann-Sophie\","
    "\"last_name\":\"Ñúñez\",\"company_domain\":\"mail-ex.com\",\"job_title\":\"CTO / Co-founder\","
    "\"payload\":{\"City\":\"São Paulo\",\"n\":12345}}");
  const char *texts[] = { "ann.o'neil+x@mail-ex.com", "ann-sophie", "nunez", "cto / co-founder",
                          "sao paulo", "12345" };
  const char *misses[] = { "en", "qq", "w", "ann-sophien", "eni", "123456", "ñ", "@@" };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      gsize len = strlen (texts[t]);

      for (gsize start = 0; start < len; start++)
        for (gsize n = 1; start + n <= len; n++)
          {
            g_autofree char *sub = g_strndup (texts[t] + start, n);

            if (!deck_lead_matches (lead, sub))
              g_error ("substring “%s” should match", sub);
          }
    }

  /* Nothing matches across two fields ("ann-sophie" then "nunez"), nor what is absent. */
  for (guint i = 0; i < G_N_ELEMENTS (misses); i++)
    if (deck_lead_matches (lead, misses[i]))
      g_error ("“%s” should not match", misses[i]);
}

static void
test_lead_list (void)
{
  g_autoptr(JsonNode) node = json_from_string (
    "{\"id\":\"l1\",\"organization_id\":\"o\",\"name\":\"Summer\",\"has_enrichment_task\":null,"
    "\"owned_by\":\"u1\",\"timestamp_created\":\"2025-05-18T20:38:56.237Z\"}", NULL);
  g_autoptr(JsonNode) renamed = json_from_string ("{\"id\":\"l1\",\"name\":\"Autumn\"}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadList) list = deck_lead_list_new_from_json (json_node_get_object (node), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_list_get_id (list), ==, "l1");
  g_assert_cmpstr (deck_lead_list_get_name (list), ==, "Summer");
  g_assert_false (deck_lead_list_get_has_enrichment_task (list));
  g_assert_cmpstr (deck_lead_list_get_owned_by (list), ==, "u1");
  g_assert_cmpint (deck_lead_list_get_timestamp_created (list), ==, G_GINT64_CONSTANT (1747600736237));
  g_assert_cmpint (deck_lead_list_get_n_leads (list), ==, -1);
  deck_lead_list_set_n_leads (list, 42);
  g_assert_cmpint (deck_lead_list_get_n_leads (list), ==, 42);

  g_assert_true (deck_lead_list_update_from_json (list, json_node_get_object (renamed), &error));
  g_assert_cmpstr (deck_lead_list_get_name (list), ==, "Autumn");
  g_assert_cmpint (deck_lead_list_get_n_leads (list), ==, 42);
}

static void
test_lead_label (void)
{
  g_autoptr(JsonNode) node = json_from_string (
    "{\"id\":\"b1\",\"timestamp_created\":\"2025-05-18T20:38:56.237Z\",\"created_by\":\"u\","
    "\"organization_id\":\"o\",\"label\":\"Hot lead\",\"interest_status_label\":\"positive\","
    "\"interest_status\":\"30001\",\"description\":null,\"use_with_ai\":true}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadLabel) label = deck_lead_label_new_from_json (json_node_get_object (node), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (deck_lead_label_get_label (label), ==, "Hot lead");
  g_assert_cmpint (deck_lead_label_get_interest_status (label), ==, 30001);
  g_assert_cmpstr (deck_lead_label_get_interest_status_label (label), ==, "positive");
  g_assert_true (deck_lead_label_get_use_with_ai (label));
  g_assert_null (deck_lead_label_get_description (label));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lead/round-trip/full", test_round_trip_full);
  g_test_add_func ("/lead/round-trip/odd", test_round_trip_odd);
  g_test_add_func ("/lead/getters", test_getters);
  g_test_add_func ("/lead/enums", test_enums);
  g_test_add_func ("/lead/no-id", test_no_id);
  g_test_add_func ("/lead/custom-variables", test_custom_variables);
  g_test_add_func ("/lead/update-in-place", test_update_in_place);
  g_test_add_func ("/lead/update-from-lead", test_update_from_lead);
  g_test_add_func ("/lead/search", test_search);
  g_test_add_func ("/lead/search/packed-update", test_search_packed_update);
  g_test_add_func ("/lead/search/substrings", test_search_substrings);
  g_test_add_func ("/lead-list/parse", test_lead_list);
  g_test_add_func ("/lead-label/parse", test_lead_label);

  return g_test_run ();
}
