/* test-csv.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "deck-csv.h"
#include "deck-lead-csv.h"
#include "deck-lead-export.h"
#include "deck-test-util.h"

static DeckCsvTable *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  DeckCsvTable *table = deck_csv_parse (text, strlen (text), 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);

  return table;
}

static void
assert_row (DeckCsvTable       *table,
            guint               row,
            const char * const *expected)
{
  GStrv fields = g_ptr_array_index (table->rows, row);

  g_assert_cmpstrv (fields, expected);
}

static void
test_reader_quoting (void)
{
  const char *text =
    "\xEF\xBB\xBF" "Email,Name,Note\r\n"
    "a@example.com,\"Doe, Jane\",\"She said \"\"hi\"\"\"\r\n"
    "b@example.com,\"Multi\r\nline\",\"LF\nonly\"\n"
    "c@example.com,Zoë,\r"
    "d@example.com,\"\",x\r\n";
  g_autoptr(DeckCsvTable) table = parse_ok (text);
  const char *header[] = { "Email", "Name", "Note", NULL };
  const char *r0[] = { "a@example.com", "Doe, Jane", "She said \"hi\"", NULL };
  const char *r1[] = { "b@example.com", "Multi\r\nline", "LF\nonly", NULL };
  const char *r2[] = { "c@example.com", "Zoë", "", NULL };
  const char *r3[] = { "d@example.com", "", "x", NULL };

  /* The BOM is dropped from the first header. */
  g_assert_cmpstrv (table->header, header);
  g_assert_cmpuint (deck_csv_table_get_n_rows (table), ==, 4);
  assert_row (table, 0, r0);
  assert_row (table, 1, r1);
  assert_row (table, 2, r2);
  assert_row (table, 3, r3);

  /* Physical lines: row 1 spans lines 3-5 (CRLF inside, then LF inside). */
  g_assert_cmpuint (g_array_index (table->lines, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (table->lines, guint, 1), ==, 3);
  g_assert_cmpuint (g_array_index (table->lines, guint, 2), ==, 6);
  g_assert_cmpuint (g_array_index (table->lines, guint, 3), ==, 7);
  g_assert_cmpuint (table->ragged_rows->len, ==, 0);
  g_assert_cmpint (table->delimiter, ==, ',');
}

static void
test_reader_chunks (void)
{
  const char *text =
    "\xEF\xBB\xBF" "a;b;c\r\n"
    "1;\"x;\"\"y\"\"\r\nz\";é\r\n"
    "\r\n"
    "2;;\"\"\r\n"
    "3;last;no newline";
  g_autoptr(DeckCsvTable) whole = parse_ok (text);
  g_autoptr(DeckCsvReader) reader = deck_csv_reader_new (0);
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;
  GStrv fields;
  guint line;

  g_assert_cmpint (whole->delimiter, ==, ';');
  g_assert_cmpuint (deck_csv_table_get_n_rows (whole), ==, 3);
  g_assert_cmpstr (deck_csv_table_get (whole, 0, 1), ==, "x;\"y\"\r\nz");
  g_assert_cmpstr (deck_csv_table_get (whole, 0, 2), ==, "é");
  g_assert_cmpstr (deck_csv_table_get (whole, 2, 2), ==, "no newline");
  /* The blank line is dropped; numbering continues. */
  g_assert_cmpuint (g_array_index (whole->lines, guint, 1), ==, 5);

  /* One byte at a time: BOM, CRLF and UTF-8 split across chunks. */
  for (const char *p = text; *p != '\0'; p++)
    g_assert_true (deck_csv_reader_feed (reader, p, 1, &error));
  g_assert_true (deck_csv_reader_finish (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpint (deck_csv_reader_get_delimiter (reader), ==, ';');

  while ((fields = deck_csv_reader_pop_row (reader, &line)) != NULL)
    {
      if (n_rows == 0)
        g_assert_cmpstr (fields[0], ==, "a");
      else
        g_assert_cmpstrv (fields, (GStrv) g_ptr_array_index (whole->rows, n_rows - 1));
      g_strfreev (fields);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 4);
}

static void
test_reader_tabs (void)
{
  g_autoptr(DeckCsvTable) table = parse_ok ("Email\tFirst Name\nx@example.com\t\"Ann, B\"\n");

  g_assert_cmpint (table->delimiter, ==, '\t');
  g_assert_cmpstr (deck_csv_table_get (table, 0, 1), ==, "Ann, B");
}

static void
test_reader_errors (void)
{
  struct {
    const char *text;
    int code;
    const char *needle;
  } cases[] = {
    { "a,b\n1,2\n3,\"open\n4,5\n", DECK_CSV_ERROR_UNTERMINATED_QUOTE, "Line 3" },
    { "a,b\n1,\"x\"y\n", DECK_CSV_ERROR_STRAY_QUOTE, "Line 2" },
    { "a,b\n1,2\n3,\"ok\"\n4,caf\xE9\n", DECK_CSV_ERROR_INVALID_UTF8, "Line 4" },
    { "\"multi\nline header\",b\n1,\xFF\n", DECK_CSV_ERROR_INVALID_UTF8, "Line 3" },
    { "", DECK_CSV_ERROR_EMPTY, NULL },
    { "\r\n\r\n", DECK_CSV_ERROR_EMPTY, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeckCsvTable) table = deck_csv_parse (cases[i].text, strlen (cases[i].text), 0, &error);

      g_assert_null (table);
      g_assert_error (error, DECK_CSV_ERROR, cases[i].code);
      if (cases[i].needle != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].needle));
    }
}

static void
test_reader_ragged (void)
{
  g_autoptr(DeckCsvTable) table = parse_ok ("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");

  g_assert_cmpuint (table->ragged_rows->len, ==, 2);
  g_assert_cmpuint (g_array_index (table->ragged_rows, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (table->ragged_rows, guint, 1), ==, 2);
  /* A short row reads as empty cells. */
  g_assert_cmpstr (deck_csv_table_get (table, 1, 2), ==, "");
}

static void
test_reader_large (void)
{
  g_autoptr(GString) text = g_string_new ("Email,First Name,Note\r\n");
  g_autoptr(DeckCsvTable) table = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "lead%u@example.com,Name %u,\"a, \"\"b\"\"\nc\"\r\n", i, i);

  table = parse_ok (text->str);
  g_assert_cmpuint (deck_csv_table_get_n_rows (table), ==, 100000);
  g_assert_cmpstr (deck_csv_table_get (table, 99999, 0), ==, "lead99999@example.com");
  g_assert_cmpuint (g_array_index (table->lines, guint, 99999), ==, 2 + 99999 * 2);
}

static void
test_writer_round_trip (void)
{
  const char *rows[][4] = {
    { "Email", "Name", "Note", "Ünïcödé ✓" },
    { "plain", "with, comma", "with \"quotes\"", "multi\r\nline" },
    { "", "lf\nonly", "cr\ronly", "日本語" },
    { " spaced ", "'", "\"", "=1+2" },
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(DeckCsvTable) table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    deck_csv_append_row (out, rows[i], 4, ',');

  /* Quoting only when needed, CRLF line ends. */
  g_assert_true (g_str_has_prefix (out->str, "Email,Name,Note,Ünïcödé ✓\r\nplain,\"with, comma\""));

  table = parse_ok (out->str);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (table->header[i], ==, rows[0][i]);
  for (guint r = 1; r < G_N_ELEMENTS (rows); r++)
    for (guint i = 0; i < 4; i++)
      g_assert_cmpstr (deck_csv_table_get (table, r - 1, i), ==, rows[r][i]);

  /* A one-column row holding "" must not read back as a blank line. */
  {
    const char *header[] = { "Only" };
    const char *empty[] = { "" };
    g_autoptr(GString) one = g_string_new (NULL);
    g_autoptr(DeckCsvTable) t = NULL;

    deck_csv_append_row (one, header, 1, ',');
    deck_csv_append_row (one, empty, 1, ',');
    t = parse_ok (one->str);
    g_assert_cmpuint (deck_csv_table_get_n_rows (t), ==, 1);
  }
}

static void
test_mapping_guess (void)
{
  const char *headers[] = {
    "Email", "First Name", "lastname", "Company", "Job Title", "Phone", "Website",
    "Personalization", "Shoe Size", "", "E-mail", "ID", "Status", "  Favourite Colour ", NULL
  };
  g_autoptr(DeckLeadMapping) mapping = deck_lead_mapping_guess (headers);
  g_autoptr(DeckLeadMapping) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  DeckLeadField expected[] = {
    DECK_LEAD_FIELD_EMAIL, DECK_LEAD_FIELD_FIRST_NAME, DECK_LEAD_FIELD_LAST_NAME,
    DECK_LEAD_FIELD_COMPANY_NAME, DECK_LEAD_FIELD_JOB_TITLE, DECK_LEAD_FIELD_PHONE,
    DECK_LEAD_FIELD_WEBSITE, DECK_LEAD_FIELD_PERSONALIZATION,
    DECK_LEAD_FIELD_CUSTOM_VARIABLE, DECK_LEAD_FIELD_SKIP,
    DECK_LEAD_FIELD_CUSTOM_VARIABLE, DECK_LEAD_FIELD_SKIP, DECK_LEAD_FIELD_SKIP,
    DECK_LEAD_FIELD_CUSTOM_VARIABLE,
  };
  const char *more[] = { "email address", "firstname", "Surname", "Organization", "Title", NULL };
  g_autoptr(DeckLeadMapping) more_mapping = deck_lead_mapping_guess (more);

  g_assert_cmpuint (deck_lead_mapping_get_n_columns (mapping), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (deck_lead_mapping_get_field (mapping, i), ==, expected[i]);
  g_assert_cmpstr (deck_lead_mapping_get_variable (mapping, 8), ==, "Shoe Size");
  g_assert_cmpstr (deck_lead_mapping_get_variable (mapping, 10), ==, "E-mail");
  g_assert_cmpstr (deck_lead_mapping_get_variable (mapping, 13), ==, "Favourite Colour");

  g_assert_cmpint (deck_lead_mapping_get_field (more_mapping, 0), ==, DECK_LEAD_FIELD_EMAIL);
  g_assert_cmpint (deck_lead_mapping_get_field (more_mapping, 1), ==, DECK_LEAD_FIELD_FIRST_NAME);
  g_assert_cmpint (deck_lead_mapping_get_field (more_mapping, 2), ==, DECK_LEAD_FIELD_LAST_NAME);
  g_assert_cmpint (deck_lead_mapping_get_field (more_mapping, 3), ==, DECK_LEAD_FIELD_COMPANY_NAME);
  g_assert_cmpint (deck_lead_mapping_get_field (more_mapping, 4), ==, DECK_LEAD_FIELD_JOB_TITLE);

  /* Moving a standard field to another column frees the first one. */
  deck_lead_mapping_set (mapping, 10, DECK_LEAD_FIELD_EMAIL, NULL);
  g_assert_cmpint (deck_lead_mapping_get_field (mapping, 0), ==, DECK_LEAD_FIELD_SKIP);
  g_assert_cmpint (deck_lead_mapping_find (mapping, DECK_LEAD_FIELD_EMAIL), ==, 10);
  deck_lead_mapping_set (mapping, 0, DECK_LEAD_FIELD_CUSTOM_VARIABLE, "old_email");

  /* Remembered as text. */
  text = deck_lead_mapping_to_string (mapping);
  back = deck_lead_mapping_new_from_string (text, G_N_ELEMENTS (expected));
  g_assert_nonnull (back);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (deck_lead_mapping_get_field (back, i), ==, deck_lead_mapping_get_field (mapping, i));
      g_assert_cmpstr (deck_lead_mapping_get_variable (back, i), ==, deck_lead_mapping_get_variable (mapping, i));
    }
  g_assert_null (deck_lead_mapping_new_from_string (text, 3));
  g_assert_null (deck_lead_mapping_new_from_string ("not json", 3));
  g_assert_null (deck_lead_mapping_new_from_string ("[\"email\",\"bogus\"]", 2));

  key = deck_lead_mapping_dup_key (headers);
  g_assert_nonnull (strstr (key, "Shoe Size"));
}

static void
test_email_validity (void)
{
  const char *valid[] = { "a@example.com", "first.last+tag@sub.example.co.uk", "Ünï@exämple.de" };
  const char *invalid[] = { "", "plain", "@example.com", "a@", "a@b", "a@b.c", "a b@example.com",
                            "a@@example.com", "a@example..com", "a@.example.com", "a@b@example.com" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (deck_lead_email_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (deck_lead_email_is_valid (invalid[i]));
}

static const char *plan_csv =
  "Email,First Name,Last Name,Company,Score,Notes\n"
  "ok1@example.com,Ann,One,Acme,10,\"multi\nline\"\n"          /* 0 ok */
  "not-an-email,Bob,Two,Acme,20,\n"                            /* 1 invalid */
  "OK1@Example.com,Ann,Dup,Acme,30,\n"                         /* 2 duplicate in file */
  "there@example.com,Cat,Three,Acme,40,\n"                     /* 3 already in target */
  "elsewhere@example.com,Dan,Four,Acme,50,\n"                  /* 4 in another campaign */
  "listed@example.com,Eve,Five,Acme,60,\n"                     /* 5 in a list */
  "blocked@example.com,Fay,Six,Acme,70,\n"                     /* 6 blocked email */
  "x@spam.example.net,Gus,Seven,Acme,80,\n"                    /* 7 blocked domain (parent) */
  ",Hal,Eight,Acme,90,\n"                                      /* 8 no email */
  "short@example.com,Ivy\n"                                    /* 9 ragged */
  "ok2@example.com,Jo,Nine,,,\n";                              /* 10 ok */

static DeckLeadImportPlan *
make_plan (const char *campaign_id,
           const char *list_id)
{
  g_autoptr(DeckCsvTable) table = parse_ok (plan_csv);
  DeckLeadImportPlan *plan = deck_lead_import_plan_new (table, campaign_id, list_id);

  deck_lead_import_plan_add_existing (plan, "there@example.com", "camp-1", NULL);
  deck_lead_import_plan_add_existing (plan, "elsewhere@example.com", "camp-2", NULL);
  deck_lead_import_plan_add_existing (plan, "listed@example.com", NULL, "list-9");
  deck_lead_import_plan_add_blocked (plan, "Blocked@Example.com");
  deck_lead_import_plan_add_blocked (plan, "example.net");

  return plan;
}

static void
test_plan_problems (void)
{
  g_autoptr(DeckLeadImportPlan) plan = make_plan ("camp-1", NULL);
  DeckLeadProblem expected[] = {
    DECK_LEAD_PROBLEM_NONE, DECK_LEAD_PROBLEM_INVALID_EMAIL, DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE,
    DECK_LEAD_PROBLEM_ALREADY_IN_TARGET, DECK_LEAD_PROBLEM_IN_CAMPAIGN, DECK_LEAD_PROBLEM_NONE,
    DECK_LEAD_PROBLEM_BLOCKED_EMAIL, DECK_LEAD_PROBLEM_BLOCKED_DOMAIN,
    DECK_LEAD_PROBLEM_MISSING_EMAIL, DECK_LEAD_PROBLEM_RAGGED_ROW, DECK_LEAD_PROBLEM_NONE,
  };
  g_autoptr(GArray) examples = NULL;

  deck_lead_import_plan_set_skip (plan, DECK_LEAD_PLAN_SKIP_IF_IN_CAMPAIGN);
  deck_lead_import_plan_analyze (plan);

  g_assert_cmpuint (deck_lead_import_plan_get_n_rows (plan), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (deck_lead_import_plan_get_problem (plan, i), ==, expected[i]);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, 3);
  g_assert_cmpuint (deck_lead_import_plan_count_problem (plan, DECK_LEAD_PROBLEM_INVALID_EMAIL), ==, 1);

  examples = deck_lead_import_plan_dup_examples (plan, DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE, 5);
  g_assert_cmpuint (examples->len, ==, 1);
  g_assert_cmpstr (deck_lead_import_plan_get_row_email (plan, g_array_index (examples, guint, 0)), ==, "OK1@Example.com");

  /* Skip if in workspace covers the list lead too. */
  deck_lead_import_plan_set_skip (plan, DECK_LEAD_PLAN_SKIP_IF_IN_WORKSPACE);
  deck_lead_import_plan_analyze (plan);
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 4), ==, DECK_LEAD_PROBLEM_IN_WORKSPACE);
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 5), ==, DECK_LEAD_PROBLEM_IN_WORKSPACE);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, 2);

  /* No skip flags: only the target counts. */
  deck_lead_import_plan_set_skip (plan, 0);
  deck_lead_import_plan_analyze (plan);
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 4), ==, DECK_LEAD_PROBLEM_NONE);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, 4);
}

static void
test_plan_list_target (void)
{
  g_autoptr(DeckLeadImportPlan) plan = make_plan (NULL, "list-9");
  g_autoptr(DeckCsvTable) table = parse_ok ("Email,First Name\n,\n,Named\n");
  g_autoptr(DeckLeadImportPlan) names = deck_lead_import_plan_new (table, NULL, "list-1");

  deck_lead_import_plan_analyze (plan);
  /* A lead list takes a row with a name and no email. */
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 8), ==, DECK_LEAD_PROBLEM_NONE);
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 5), ==, DECK_LEAD_PROBLEM_ALREADY_IN_TARGET);
  g_assert_cmpint (deck_lead_import_plan_get_problem (plan, 3), ==, DECK_LEAD_PROBLEM_NONE);

  deck_lead_import_plan_analyze (names);
  g_assert_cmpint (deck_lead_import_plan_get_problem (names, 0), ==, DECK_LEAD_PROBLEM_EMPTY);
  g_assert_cmpint (deck_lead_import_plan_get_problem (names, 1), ==, DECK_LEAD_PROBLEM_NONE);
}

/* Every member of a /leads/add lead item must be in the spec's schema. */
static void
assert_spec_lead_item (JsonObject *lead)
{
  const char *allowed[] = {
    "email", "personalization", "website", "last_name", "first_name", "company_name",
    "job_title", "phone", "lt_interest_status", "pl_value_lead", "assigned_to",
    "custom_variables", NULL
  };
  g_autoptr(GList) members = json_object_get_members (lead);

  for (GList *l = members; l != NULL; l = l->next)
    g_assert_true (g_strv_contains (allowed, l->data));

  if (json_object_has_member (lead, "custom_variables"))
    {
      JsonObject *vars = json_object_get_object_member (lead, "custom_variables");
      g_autoptr(GList) names = json_object_get_members (vars);

      for (GList *l = names; l != NULL; l = l->next)
        g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (vars, l->data)));
    }
}

static void
test_plan_build_and_reject (void)
{
  g_autoptr(DeckLeadImportPlan) plan = make_plan ("camp-1", NULL);
  g_autoptr(GArray) rows = NULL;
  g_autoptr(JsonArray) leads = NULL;
  g_autoptr(GArray) sent_rows = NULL;
  g_autoptr(GArray) created = NULL;
  g_autoptr(DeckCsvTable) rejected = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv2 = NULL;
  JsonObject *first;
  JsonObject *vars;
  guint index;

  deck_lead_import_plan_analyze (plan);
  leads = deck_lead_import_plan_build_leads (plan, &rows);

  g_assert_cmpuint (json_array_get_length (leads), ==, 4);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpuint (g_array_index (rows, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (rows, guint, 3), ==, 10);

  for (guint i = 0; i < json_array_get_length (leads); i++)
    assert_spec_lead_item (json_array_get_object_element (leads, i));

  first = json_array_get_object_element (leads, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "email"), ==, "ok1@example.com");
  g_assert_cmpstr (json_object_get_string_member (first, "first_name"), ==, "Ann");
  g_assert_cmpstr (json_object_get_string_member (first, "last_name"), ==, "One");
  g_assert_cmpstr (json_object_get_string_member (first, "company_name"), ==, "Acme");
  vars = json_object_get_object_member (first, "custom_variables");
  g_assert_cmpstr (json_object_get_string_member (vars, "Score"), ==, "10");
  g_assert_cmpstr (json_object_get_string_member (vars, "Notes"), ==, "multi\nline");

  /* Empty cells are left out. */
  g_assert_false (json_object_has_member (json_array_get_object_element (leads, 3), "company_name"));
  g_assert_false (json_object_has_member (json_array_get_object_element (leads, 3), "custom_variables"));

  /* Before the upload: the problem rows with their reason. */
  csv = deck_lead_import_plan_dup_rejected_csv (plan, NULL, NULL, 0);
  rejected = parse_ok (csv);
  g_assert_cmpuint (g_strv_length (rejected->header), ==, 7);
  g_assert_cmpstr (rejected->header[6], ==, "Reason");
  g_assert_cmpuint (deck_csv_table_get_n_rows (rejected), ==, 7);
  g_assert_cmpstr (deck_csv_table_get (rejected, 0, 0), ==, "not-an-email");
  g_assert_cmpstr (deck_csv_table_get (rejected, 0, 6), ==, "Invalid email");
  /* The ragged row is padded to the header. */
  g_assert_cmpstr (deck_csv_table_get (rejected, 6, 0), ==, "short@example.com");
  g_assert_cmpstr (deck_csv_table_get (rejected, 6, 6), ==, "Wrong number of fields");
  g_clear_pointer (&rejected, deck_csv_table_unref);

  /* After an upload where the server created sent leads 0 and 2 of 4 and the last
   * batch never went out. */
  sent_rows = g_array_copy (rows);
  created = g_array_new (FALSE, FALSE, sizeof (guint));
  index = 0;
  g_array_append_val (created, index);
  index = 2;
  g_array_append_val (created, index);
  csv2 = deck_lead_import_plan_dup_rejected_csv (plan, sent_rows, created, 3);
  rejected = parse_ok (csv2);
  g_assert_cmpuint (deck_csv_table_get_n_rows (rejected), ==, 9);
  for (guint r = 0; r < deck_csv_table_get_n_rows (rejected); r++)
    {
      const char *email = deck_csv_table_get (rejected, r, 0);

      if (g_str_equal (email, "listed@example.com"))
        g_assert_cmpstr (deck_csv_table_get (rejected, r, 6), ==, "Not added by the server");
      else if (g_str_equal (email, "ok2@example.com"))
        g_assert_cmpstr (deck_csv_table_get (rejected, r, 6), ==, "Not uploaded");
      g_assert_cmpstr (email, !=, "ok1@example.com");
    }
}

/* ---- export */

static DeckLead *
lead_from_json (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  DeckLead *lead;

  g_assert_nonnull (node);
  lead = deck_lead_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);

  return lead;
}

static GListStore *
export_leads (void)
{
  GListStore *store = g_list_store_new (DECK_TYPE_LEAD);
  const char *leads[] = {
    "{\"id\":\"019a0000-0000-7000-8000-000000000001\",\"timestamp_created\":\"2026-01-02T03:04:05.678Z\","
    "\"timestamp_updated\":\"2026-01-03T00:00:00.000Z\",\"organization\":\"org\",\"status\":1,"
    "\"email_open_count\":3,\"email_reply_count\":1,\"email_click_count\":0,\"company_domain\":\"acme.example\","
    "\"status_summary\":{},\"email\":\"zoe@acme.example\",\"first_name\":\"Zoë\",\"last_name\":\"O'Brien, Jr.\","
    "\"company_name\":\"Acme \\\"Rockets\\\"\",\"job_title\":\"CEO\",\"phone\":\"+1 555\",\"website\":\"https://acme.example\","
    "\"personalization\":\"Line one\\nLine two\",\"campaign\":\"camp-1\",\"lt_interest_status\":1,"
    "\"payload\":{\"firstName\":\"Zoë\",\"Shoe Size\":\"42\",\"Motto\":\"Go, go \\\"now\\\"\\r\\nfast\",\"日本\":\"東京\"}}",
    "{\"id\":\"019a0000-0000-7000-8000-000000000002\",\"timestamp_created\":\"2026-01-02T03:04:05.000Z\","
    "\"timestamp_updated\":\"2026-01-02T03:04:05.000Z\",\"organization\":\"org\",\"status\":-1,"
    "\"email_open_count\":0,\"email_reply_count\":0,\"email_click_count\":0,\"company_domain\":\"\","
    "\"status_summary\":{},\"email\":\"bo@example.com\",\"list_id\":\"list-1\","
    "\"payload\":{\"Tier\":\"gold\"}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    {
      g_autoptr(DeckLead) lead = lead_from_json (leads[i]);

      g_list_store_append (store, lead);
    }

  return store;
}

static void
count_progress (guint    n_done,
                guint    n_total,
                gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (n_done, <=, n_total);
  (*calls)++;
}

static void
test_export_round_trip (void)
{
  g_autoptr(GListStore) store = export_leads ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckCsvTable) table = NULL;
  g_autoptr(DeckLeadImportPlan) plan = NULL;
  g_autoptr(JsonArray) leads = NULL;
  const char * const *columns = deck_lead_csv_export_columns ();
  guint n_fixed = g_strv_length ((GStrv) columns);
  guint n_written = 0;
  guint calls = 0;
  JsonObject *zoe;
  JsonObject *vars;
  gsize size;
  char *data;

  deck_lead_csv_write_async (G_LIST_MODEL (store), stream, count_progress, &calls, NULL,
                             deck_test_store_result, &result);
  deck_test_wait_result (&result, 10000);
  g_assert_true (deck_lead_csv_write_finish (result, &n_written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 2);
  g_assert_cmpuint (calls, >=, 1);

  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_utf8_validate_len (data, size, NULL));

  table = deck_csv_parse (data, size, ',', &error);
  g_assert_no_error (error);

  /* The fixed columns then the union of the custom variables, sorted. */
  g_assert_cmpuint (g_strv_length (table->header), ==, n_fixed + 4);
  g_assert_cmpstr (table->header[n_fixed], ==, "Motto");
  g_assert_cmpstr (table->header[n_fixed + 1], ==, "Shoe Size");
  g_assert_cmpstr (table->header[n_fixed + 2], ==, "Tier");
  g_assert_cmpstr (table->header[n_fixed + 3], ==, "日本");
  g_assert_cmpstr (deck_csv_table_get (table, 0, 16), ==, "2026-01-02T03:04:05.678Z");
  g_assert_cmpstr (deck_csv_table_get (table, 0, 23), ==, "019a0000-0000-7000-8000-000000000001");
  g_assert_cmpstr (deck_csv_table_get (table, 1, n_fixed + 1), ==, "");

  /* Read back as an import: the standard fields and the custom variables return. */
  plan = deck_lead_import_plan_new (table, "camp-2", NULL);
  deck_lead_import_plan_analyze (plan);
  g_assert_cmpuint (deck_lead_import_plan_get_n_ok (plan), ==, 2);
  leads = deck_lead_import_plan_build_leads (plan, NULL);
  zoe = json_array_get_object_element (leads, 0);
  assert_spec_lead_item (zoe);
  g_assert_cmpstr (json_object_get_string_member (zoe, "email"), ==, "zoe@acme.example");
  g_assert_cmpstr (json_object_get_string_member (zoe, "first_name"), ==, "Zoë");
  g_assert_cmpstr (json_object_get_string_member (zoe, "last_name"), ==, "O'Brien, Jr.");
  g_assert_cmpstr (json_object_get_string_member (zoe, "company_name"), ==, "Acme \"Rockets\"");
  g_assert_cmpstr (json_object_get_string_member (zoe, "personalization"), ==, "Line one\nLine two");
  g_assert_cmpstr (json_object_get_string_member (zoe, "website"), ==, "https://acme.example");
  vars = json_object_get_object_member (zoe, "custom_variables");
  g_assert_cmpuint (json_object_get_size (vars), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (vars, "Motto"), ==, "Go, go \"now\"\r\nfast");
  g_assert_cmpstr (json_object_get_string_member (vars, "Shoe Size"), ==, "42");
  g_assert_cmpstr (json_object_get_string_member (vars, "日本"), ==, "東京");
}

static void
test_export_cancel (void)
{
  g_autoptr(GListStore) store = export_leads ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_lead_csv_write_async (G_LIST_MODEL (store), stream, NULL, NULL, cancellable,
                             deck_test_store_result, &result);
  g_cancellable_cancel (cancellable);
  deck_test_wait_result (&result, 10000);
  g_assert_false (deck_lead_csv_write_finish (result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_export_file (void)
{
  g_autoptr(GListStore) store = export_leads ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("instadeck-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "leads.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckCsvTable) table = NULL;
  g_autofree char *contents = NULL;
  guint n_written = 0;
  gsize len;

  g_assert_no_error (error);
  deck_lead_export_async (G_LIST_MODEL (store), file, NULL, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, 10000);
  g_assert_true (deck_lead_export_finish (result, &n_written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 2);
  g_clear_object (&result);

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  table = deck_csv_parse (contents, len, ',', &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deck_csv_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (deck_csv_table_get (table, 0, 0), ==, "zoe@acme.example");

  /* A cancelled export leaves the previous file as it was. */
  g_cancellable_cancel (cancellable);
  deck_lead_export_async (G_LIST_MODEL (store), file, NULL, NULL, cancellable, deck_test_store_result, &result);
  deck_test_wait_result (&result, 10000);
  g_assert_false (deck_lead_export_finish (result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  {
    g_autofree char *again = NULL;

    g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
    g_assert_cmpstr (again, ==, contents);
  }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/reader/quoting", test_reader_quoting);
  g_test_add_func ("/csv/reader/chunks", test_reader_chunks);
  g_test_add_func ("/csv/reader/tabs", test_reader_tabs);
  g_test_add_func ("/csv/reader/errors", test_reader_errors);
  g_test_add_func ("/csv/reader/ragged", test_reader_ragged);
  g_test_add_func ("/csv/reader/large", test_reader_large);
  g_test_add_func ("/csv/writer/round-trip", test_writer_round_trip);
  g_test_add_func ("/csv/mapping/guess", test_mapping_guess);
  g_test_add_func ("/csv/email/validity", test_email_validity);
  g_test_add_func ("/csv/plan/problems", test_plan_problems);
  g_test_add_func ("/csv/plan/list-target", test_plan_list_target);
  g_test_add_func ("/csv/plan/build-and-reject", test_plan_build_and_reject);
  g_test_add_func ("/csv/export/round-trip", test_export_round_trip);
  g_test_add_func ("/csv/export/cancel", test_export_cancel);
  g_test_add_func ("/csv/export/file", test_export_file);

  return g_test_run ();
}
