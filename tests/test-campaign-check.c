/* test-campaign-check.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "deck-campaign-check.h"
#include "deck-model-enums.h"

/* A draft with nothing wrong: two steps, two windows, senders. */
static DeckCampaignDraft *
valid_draft (void)
{
  DeckCampaignDraft *draft = deck_campaign_draft_new (NULL);
  const char *senders[] = { "ana@send.example.com", "ben@send.example.com", NULL };

  deck_campaign_draft_set_name (draft, "Valid");
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, 0, 0, "{Hi|Hello} {{firstName}}");
  deck_campaign_draft_set_body (draft, 0, 0, "<div>Do you work at {{companyName}}?</div>");
  deck_campaign_draft_add_variant (draft, 0);
  deck_campaign_draft_set_subject (draft, 0, 1, "Quick question");
  deck_campaign_draft_set_body (draft, 0, 1, "<div>Hello {{ firstName }}</div>");
  deck_campaign_draft_add_step (draft);
  /* A follow-up without a subject is a reply in the same thread. */
  deck_campaign_draft_set_body (draft, 1, 0, "<div>Following up.</div>");
  deck_campaign_draft_add_schedule (draft, "America/Chicago");
  deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  deck_campaign_draft_set_senders (draft, senders);
  deck_campaign_draft_set_boolean (draft, "text_only", FALSE);
  deck_campaign_draft_set_boolean (draft, "link_tracking", TRUE);

  return draft;
}

static GPtrArray *
check (DeckCampaignDraft *draft)
{
  return deck_campaign_check (draft, NULL, NULL);
}

static guint
count_kind (GPtrArray     *issues,
            DeckCheckKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < issues->len; i++)
    if (((DeckCheckIssue *) g_ptr_array_index (issues, i))->kind == kind)
      n++;
  return n;
}

/* The one issue of @kind, checked for its words and severity. */
static DeckCheckIssue *
only_issue (GPtrArray         *issues,
            DeckCheckKind      kind,
            DeckCheckSeverity  severity,
            const char        *field)
{
  DeckCheckIssue *found = NULL;

  for (guint i = 0; i < issues->len; i++)
    {
      DeckCheckIssue *issue = g_ptr_array_index (issues, i);

      if (issue->kind != kind)
        continue;
      g_assert_null (found);
      found = issue;
    }

  g_assert_nonnull (found);
  g_assert_cmpint (found->severity, ==, severity);
  g_assert_cmpstr (found->field, ==, field);
  /* One sentence for a person. */
  g_assert_nonnull (found->message);
  g_assert_true (strlen (found->message) > 10);
  g_assert_true (g_str_has_suffix (found->message, "."));
  return found;
}

static void
test_valid (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = check (draft);

  for (guint i = 0; i < issues->len; i++)
    g_test_message ("unexpected: %s", ((DeckCheckIssue *) g_ptr_array_index (issues, i))->message);
  g_assert_cmpuint (issues->len, ==, 0);
}

static void
test_no_steps (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  DeckCheckIssue *issue;

  deck_campaign_draft_remove_step (draft, 1);
  deck_campaign_draft_remove_step (draft, 0);
  issues = check (draft);
  issue = only_issue (issues, DECK_CHECK_NO_STEPS, DECK_CHECK_SEVERITY_ERROR, "sequences");
  g_assert_cmpint (issue->step, ==, -1);
  g_assert_cmpuint (issues->len, ==, 1);
}

static void
test_empty_subject (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) disabled = NULL;
  DeckCheckIssue *issue;

  deck_campaign_draft_set_subject (draft, 0, 1, "   ");
  issues = check (draft);
  issue = only_issue (issues, DECK_CHECK_EMPTY_SUBJECT, DECK_CHECK_SEVERITY_ERROR, "sequences");
  g_assert_cmpint (issue->step, ==, 0);
  g_assert_cmpint (issue->variant, ==, 1);
  g_assert_nonnull (strstr (issue->message, "B"));

  /* A disabled variant is never sent. */
  deck_campaign_draft_set_variant_disabled (draft, 0, 1, TRUE);
  disabled = check (draft);
  g_assert_cmpuint (count_kind (disabled, DECK_CHECK_EMPTY_SUBJECT), ==, 0);
}

static void
test_empty_body (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) no_variant = NULL;
  DeckCheckIssue *issue;

  /* Markup without any text is empty too. */
  deck_campaign_draft_set_body (draft, 1, 0, "<div><br/></div><div> </div>");
  issues = check (draft);
  issue = only_issue (issues, DECK_CHECK_EMPTY_BODY, DECK_CHECK_SEVERITY_ERROR, "sequences");
  g_assert_cmpint (issue->step, ==, 1);
  g_assert_cmpint (issue->variant, ==, 0);

  deck_campaign_draft_remove_variant (draft, 1, 0);
  no_variant = check (draft);
  issue = only_issue (no_variant, DECK_CHECK_EMPTY_BODY, DECK_CHECK_SEVERITY_ERROR, "sequences");
  g_assert_cmpint (issue->step, ==, 1);
  g_assert_cmpint (issue->variant, ==, -1);
}

static void
test_unknown_variable (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) known = NULL;
  g_autoptr(GPtrArray) custom = NULL;
  const char *variables[] = { "firstName", "companyName", "first_name", NULL };
  g_autoptr(JsonNode) custom_variables = json_from_string ("{\"first_name\":\"\"}", NULL);
  DeckCheckIssue *issue;

  /* Snake case is the API's field name, not a merge tag; reported once per variant. */
  deck_campaign_draft_set_body (draft, 0, 1, "<div>Hi {{first_name}}, {{first_name}}!</div>");
  issues = check (draft);
  issue = only_issue (issues, DECK_CHECK_UNKNOWN_VARIABLE, DECK_CHECK_SEVERITY_ERROR, "sequences");
  g_assert_cmpint (issue->step, ==, 0);
  g_assert_cmpint (issue->variant, ==, 1);
  g_assert_nonnull (strstr (issue->message, "{{first_name}}"));

  /* Known when the caller lists it, or when the campaign has it as a custom variable. */
  known = deck_campaign_check (draft, variables, NULL);
  g_assert_cmpuint (count_kind (known, DECK_CHECK_UNKNOWN_VARIABLE), ==, 0);
  deck_campaign_draft_set_member (draft, "custom_variables", custom_variables);
  custom = check (draft);
  g_assert_cmpuint (count_kind (custom, DECK_CHECK_UNKNOWN_VARIABLE), ==, 0);
}

static void
test_unbalanced_spintax (void)
{
  static const char *bad[] = { "{Hi|Hello there", "Hi} there", "{{firstName", "{a|{b|c}" };
  static const char *good[] = { "{a|{b|c}}", "{{firstName}} {x|y}", "no braces" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DeckCampaignDraft) draft = valid_draft ();
      g_autoptr(GPtrArray) issues = NULL;
      DeckCheckIssue *issue;

      deck_campaign_draft_set_subject (draft, 0, 0, bad[i]);
      issues = check (draft);
      issue = only_issue (issues, DECK_CHECK_UNBALANCED_SPINTAX, DECK_CHECK_SEVERITY_ERROR, "sequences");
      g_assert_cmpint (issue->step, ==, 0);
      g_assert_cmpint (issue->variant, ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(DeckCampaignDraft) draft = valid_draft ();
      g_autoptr(GPtrArray) issues = NULL;

      deck_campaign_draft_set_body (draft, 1, 0, good[i]);
      issues = check (draft);
      g_assert_cmpuint (count_kind (issues, DECK_CHECK_UNBALANCED_SPINTAX), ==, 0);
    }
}

static void
test_empty_schedule (void)
{
  g_autoptr(DeckCampaignDraft) no_days = valid_draft ();
  g_autoptr(DeckCampaignDraft) backwards = valid_draft ();
  g_autoptr(DeckCampaignDraft) bad_time = valid_draft ();
  g_autoptr(DeckCampaignDraft) none = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  DeckCheckIssue *issue;

  for (guint day = 0; day < 7; day++)
    deck_campaign_draft_set_schedule_day (no_days, 1, day, FALSE);
  issues = check (no_days);
  issue = only_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, "campaign_schedule");
  g_assert_cmpint (issue->schedule, ==, 1);
  g_clear_pointer (&issues, g_ptr_array_unref);

  deck_campaign_draft_set_schedule_times (backwards, 0, "17:00", "09:00");
  issues = check (backwards);
  issue = only_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, "campaign_schedule");
  g_assert_cmpint (issue->schedule, ==, 0);
  g_clear_pointer (&issues, g_ptr_array_unref);

  deck_campaign_draft_set_schedule_times (bad_time, 0, "9:00", "24:00");
  issues = check (bad_time);
  only_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, "campaign_schedule");
  g_clear_pointer (&issues, g_ptr_array_unref);

  deck_campaign_draft_remove_schedule (none, 1);
  deck_campaign_draft_remove_schedule (none, 0);
  issues = check (none);
  issue = only_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, "campaign_schedule");
  g_assert_cmpint (issue->schedule, ==, -1);
}

static void
test_invalid_timezone (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  DeckCheckIssue *issue;

  /* Not in Instantly's closed list, although a real zone. */
  deck_campaign_draft_set_schedule_timezone (draft, 1, "America/New_York");
  issues = check (draft);
  issue = only_issue (issues, DECK_CHECK_INVALID_TIMEZONE, DECK_CHECK_SEVERITY_ERROR, "campaign_schedule");
  g_assert_cmpint (issue->schedule, ==, 1);
  g_assert_nonnull (strstr (issue->message, "America/New_York"));
}

static void
test_no_senders (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) tagged = NULL;
  const char *tags[] = { "019b4811-0000-7000-8000-000000000001", NULL };

  deck_campaign_draft_set_senders (draft, NULL);
  issues = check (draft);
  only_issue (issues, DECK_CHECK_NO_SENDERS, DECK_CHECK_SEVERITY_ERROR, "email_list");

  /* An account tag selects senders too. */
  deck_campaign_draft_set_sender_tags (draft, tags);
  tagged = check (draft);
  g_assert_cmpuint (count_kind (tagged, DECK_CHECK_NO_SENDERS), ==, 0);
}

static void
test_sender_in_error (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GHashTable) status = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) healthy = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  DeckCheckIssue *issue;

  g_hash_table_insert (status, (gpointer) "ana@send.example.com", GINT_TO_POINTER (DECK_ACCOUNT_STATUS_ACTIVE));
  g_hash_table_insert (status, (gpointer) "ben@send.example.com", GINT_TO_POINTER (DECK_ACCOUNT_STATUS_PAUSED));
  healthy = deck_campaign_check (draft, NULL, status);
  g_assert_cmpuint (healthy->len, ==, 0);

  g_hash_table_insert (status, (gpointer) "ben@send.example.com",
                       GINT_TO_POINTER (DECK_ACCOUNT_STATUS_CONNECTION_ERROR));
  issues = deck_campaign_check (draft, NULL, status);
  issue = only_issue (issues, DECK_CHECK_SENDER_IN_ERROR, DECK_CHECK_SEVERITY_WARNING, "email_list");
  g_assert_nonnull (strstr (issue->message, "ben@send.example.com"));
  g_assert_cmpuint (issues->len, ==, 1);
}

static void
test_text_only_link_tracking (void)
{
  g_autoptr(DeckCampaignDraft) draft = valid_draft ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GPtrArray) off = NULL;

  deck_campaign_draft_set_boolean (draft, "text_only", TRUE);
  issues = check (draft);
  only_issue (issues, DECK_CHECK_TEXT_ONLY_LINK_TRACKING, DECK_CHECK_SEVERITY_WARNING, "link_tracking");
  g_assert_cmpuint (issues->len, ==, 1);

  deck_campaign_draft_set_boolean (draft, "link_tracking", FALSE);
  off = check (draft);
  g_assert_cmpuint (off->len, ==, 0);
}

static void
test_standard_variables (void)
{
  const char * const *variables = deck_campaign_standard_variables ();

  g_assert_true (g_strv_contains (variables, "firstName"));
  g_assert_true (g_strv_contains (variables, "companyName"));
  g_assert_false (g_strv_contains (variables, "first_name"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/campaign/check/valid", test_valid);
  g_test_add_func ("/campaign/check/no-steps", test_no_steps);
  g_test_add_func ("/campaign/check/empty-subject", test_empty_subject);
  g_test_add_func ("/campaign/check/empty-body", test_empty_body);
  g_test_add_func ("/campaign/check/unknown-variable", test_unknown_variable);
  g_test_add_func ("/campaign/check/unbalanced-spintax", test_unbalanced_spintax);
  g_test_add_func ("/campaign/check/empty-schedule", test_empty_schedule);
  g_test_add_func ("/campaign/check/invalid-timezone", test_invalid_timezone);
  g_test_add_func ("/campaign/check/no-senders", test_no_senders);
  g_test_add_func ("/campaign/check/sender-in-error", test_sender_in_error);
  g_test_add_func ("/campaign/check/text-only-link-tracking", test_text_only_link_tracking);
  g_test_add_func ("/campaign/check/standard-variables", test_standard_variables);

  return g_test_run ();
}
