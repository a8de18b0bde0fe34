/* deck-campaign-check.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "deck-campaign-check.h"
#include "deck-json-private.h"
#include "deck-model-enums.h"

/* The lead fields as Instantly's merge tags name them (camelCase, CATALOG §2.2). */
static const char * const standard_variables[] = {
  "firstName", "lastName", "email", "companyName", "companyDomain", "jobTitle", "website",
  "phone", "personalization",
  NULL
};

/* Tags Instantly fills from the sending account, and its own RANDOM spintax; always
 * accepted. */
static const char * const builtin_variables[] = {
  "sendingAccountFirstName", "sendingAccountLastName", "sendingAccountFullName",
  "accountSignature", "RANDOM",
  NULL
};

const char * const *
deck_campaign_standard_variables (void)
{
  return standard_variables;
}

void
deck_check_issue_free (DeckCheckIssue *issue)
{
  if (issue == NULL)
    return;

  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

static void
add_issue (GPtrArray         *issues,
           DeckCheckKind      kind,
           DeckCheckSeverity  severity,
           int                step,
           int                variant,
           int                schedule,
           const char        *field,
           char              *message)
{
  DeckCheckIssue *issue = g_new0 (DeckCheckIssue, 1);

  issue->kind = kind;
  issue->severity = severity;
  issue->step = step;
  issue->variant = variant;
  issue->schedule = schedule;
  issue->field = g_strdup (field);
  issue->message = message;
  g_ptr_array_add (issues, issue);
}

/* "A", "B", … "Z", then "27", … as the editor labels variants. */
static char *
variant_label (guint variant)
{
  if (variant < 26)
    return g_strdup_printf ("%c", 'A' + variant);
  return g_strdup_printf ("%u", variant + 1);
}

/* Text helpers */

static gboolean
html_is_empty (const char *html)
{
  g_autofree char *text = NULL;

  if (html == NULL)
    return TRUE;

  text = deck_campaign_body_to_text (html);
  g_strstrip (text);
  return text[0] == '\0';
}

static gboolean
text_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Single braces balance, and every {{ has its }}. */
static gboolean
spintax_balanced (const char *text)
{
  int depth = 0;

  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] == '{')
        {
          const char *close = strstr (p + 2, "}}");

          if (close == NULL)
            return FALSE;
          p = close + 1;
          continue;
        }

      if (*p == '{')
        depth++;
      else if (*p == '}' && --depth < 0)
        return FALSE;
    }

  return depth == 0;
}

/* The names of the {{variables}} in @text (before any "|"), in order. */
static GPtrArray *
collect_variables (const char *text)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (p != NULL && (p = strstr (p, "{{")) != NULL)
    {
      const char *close = strstr (p + 2, "}}");
      char *name;
      char *bar;

      if (close == NULL)
        break;

      name = g_strndup (p + 2, close - p - 2);
      if ((bar = strchr (name, '|')) != NULL)
        *bar = '\0';
      g_strstrip (name);
      g_ptr_array_add (names, name);
      p = close + 2;
    }

  return names;
}

static gboolean
variable_known (const char         *name,
                const char * const *known,
                JsonObject         *custom)
{
  return g_strv_contains (known, name) ||
         g_strv_contains (builtin_variables, name) ||
         (custom != NULL && json_object_has_member (custom, name));
}

static void
check_text (GPtrArray          *issues,
            const char         *text,
            const char * const *known,
            JsonObject         *custom,
            guint               step,
            guint               variant,
            gboolean            is_subject,
            GHashTable         *reported)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *label = variant_label (variant);

  if (!spintax_balanced (text))
    add_issue (issues, DECK_CHECK_UNBALANCED_SPINTAX, DECK_CHECK_SEVERITY_ERROR,
               step, variant, -1, "sequences",
               is_subject
               /* Translators: spintax is "{a|b}": one of the options is picked for each email */
               ? g_strdup_printf (_("The subject of step %u, variant %s, has a brace without its "
                                    "partner: spintax is written {option one|option two}."),
                                  step + 1, label)
               : g_strdup_printf (_("The body of step %u, variant %s, has a brace without its "
                                    "partner: spintax is written {option one|option two}."),
                                  step + 1, label));

  names = collect_variables (text);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *key = NULL;

      if (variable_known (name, known, custom))
        continue;

      /* One issue per variable and variant, even if it is used many times. */
      key = g_strdup_printf ("%u/%u/%s", step, variant, name);
      if (!g_hash_table_add (reported, g_steal_pointer (&key)))
        continue;

      add_issue (issues, DECK_CHECK_UNKNOWN_VARIABLE, DECK_CHECK_SEVERITY_ERROR,
                 step, variant, -1, "sequences",
                 /* Translators: %s (first) is a merge tag such as {{firstName}} */
                 g_strdup_printf (_("Step %u, variant %s, uses the variable {{%s}}, which no lead "
                                    "has. Check its spelling (variables are camelCase, like "
                                    "{{firstName}}) or add it as a custom variable."),
                                  step + 1, label, name));
    }
}

static void
check_sequence (DeckCampaignDraft  *draft,
                GPtrArray          *issues,
                const char * const *known)
{
  JsonObject *custom = deck_json_get_object (deck_campaign_draft_get_json (draft), "custom_variables");
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_steps = deck_campaign_draft_get_n_steps (draft);

  if (n_steps == 0)
    {
      add_issue (issues, DECK_CHECK_NO_STEPS, DECK_CHECK_SEVERITY_ERROR, -1, -1, -1, "sequences",
                 g_strdup (_("The campaign has no email yet. Add a step to the sequence.")));
      return;
    }

  for (guint step = 0; step < n_steps; step++)
    {
      guint n_variants = deck_campaign_draft_get_n_variants (draft, step);

      if (n_variants == 0)
        add_issue (issues, DECK_CHECK_EMPTY_BODY, DECK_CHECK_SEVERITY_ERROR, step, -1, -1, "sequences",
                   g_strdup_printf (_("Step %u has no email. Add a variant to it."), step + 1));

      for (guint variant = 0; variant < n_variants; variant++)
        {
          const char *subject = deck_campaign_draft_get_subject (draft, step, variant);
          const char *body = deck_campaign_draft_get_body (draft, step, variant);
          g_autofree char *label = variant_label (variant);

          /* A disabled variant is never sent: nothing in it can go wrong. */
          if (deck_campaign_draft_get_variant_disabled (draft, step, variant))
            continue;

          /* A follow-up with an empty subject is sent as a reply in the same thread,
           * so only the first email needs one. */
          if (step == 0 && text_is_blank (subject))
            add_issue (issues, DECK_CHECK_EMPTY_SUBJECT, DECK_CHECK_SEVERITY_ERROR,
                       step, variant, -1, "sequences",
                       g_strdup_printf (_("The first email (variant %s) has no subject."), label));

          if (html_is_empty (body))
            add_issue (issues, DECK_CHECK_EMPTY_BODY, DECK_CHECK_SEVERITY_ERROR,
                       step, variant, -1, "sequences",
                       g_strdup_printf (_("The email of step %u, variant %s, has no text."),
                                        step + 1, label));

          check_text (issues, subject, known, custom, step, variant, TRUE, reported);
          check_text (issues, body, known, custom, step, variant, FALSE, reported);
        }
    }
}

/* "HH:MM" as the spec's pattern ^([01][0-9]|2[0-3]):([0-5][0-9])$ */
static gboolean
time_is_valid (const char *time)
{
  return time != NULL && strlen (time) == 5 &&
         g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) && time[2] == ':' &&
         g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
         (time[0] < '2' || (time[0] == '2' && time[1] <= '3')) && time[3] <= '5';
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = deck_json_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void
check_schedule (DeckCampaignDraft *draft,
                GPtrArray         *issues)
{
  guint n = deck_campaign_draft_get_n_schedules (draft);

  if (n == 0)
    {
      add_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, -1, -1, -1,
                 "campaign_schedule",
                 g_strdup (_("The campaign has no sending window. Add one to the schedule.")));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonObject *schedule = deck_campaign_draft_get_schedule (draft, i);
      JsonObject *timing = deck_json_get_object (schedule, "timing");
      JsonObject *days = deck_json_get_object (schedule, "days");
      const char *from = string_member (timing, "from");
      const char *to = string_member (timing, "to");
      const char *timezone = string_member (schedule, "timezone");
      const char *name = string_member (schedule, "name");
      g_autofree char *label = NULL;
      gboolean any_day = FALSE;

      if (name != NULL && name[0] != '\0')
        label = g_strdup (name);
      else
        /* Translators: a sending window without a name, %u counts from 1 */
        label = g_strdup_printf (_("Window %u"), i + 1);

      for (guint day = 0; day < 7 && days != NULL; day++)
        {
          char key[2] = { (char) ('0' + day), '\0' };
          gboolean on = FALSE;

          if (deck_json_get_boolean (deck_json_get_member (days, key), &on) && on)
            any_day = TRUE;
        }

      if (!any_day)
        add_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, -1, -1, i,
                   "campaign_schedule",
                   /* Translators: %s is the name of a sending window */
                   g_strdup_printf (_("The sending window “%s” has no day of the week. Pick at "
                                      "least one day."), label));

      if (!time_is_valid (from) || !time_is_valid (to))
        add_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, -1, -1, i,
                   "campaign_schedule",
                   g_strdup_printf (_("The sending window “%s” needs a start and an end time, "
                                      "written as hours and minutes (09:00)."), label));
      else if (strcmp (from, to) >= 0)
        add_issue (issues, DECK_CHECK_EMPTY_SCHEDULE, DECK_CHECK_SEVERITY_ERROR, -1, -1, i,
                   "campaign_schedule",
                   g_strdup_printf (_("The sending window “%s” ends before it starts. Make its end "
                                      "time later than its start time."), label));

      if (!deck_campaign_timezone_is_valid (timezone))
        add_issue (issues, DECK_CHECK_INVALID_TIMEZONE, DECK_CHECK_SEVERITY_ERROR, -1, -1, i,
                   "campaign_schedule",
                   timezone != NULL && timezone[0] != '\0'
                   /* Translators: the first %s is a timezone name, the second a window's name */
                   ? g_strdup_printf (_("Instantly does not accept the timezone “%s” of the sending "
                                        "window “%s”. Pick one from the list."), timezone, label)
                   : g_strdup_printf (_("The sending window “%s” has no timezone. Pick one from "
                                        "the list."), label));
    }
}

static void
check_senders (DeckCampaignDraft *draft,
               GPtrArray         *issues,
               GHashTable        *sender_status)
{
  g_auto(GStrv) senders = deck_campaign_draft_dup_senders (draft);
  g_auto(GStrv) tags = deck_campaign_draft_dup_sender_tags (draft);

  if (g_strv_length (senders) == 0 && g_strv_length (tags) == 0)
    {
      add_issue (issues, DECK_CHECK_NO_SENDERS, DECK_CHECK_SEVERITY_ERROR, -1, -1, -1, "email_list",
                 g_strdup (_("The campaign has no sending account. Pick accounts or account tags "
                             "on the Senders page.")));
      return;
    }

  for (guint i = 0; sender_status != NULL && senders[i] != NULL; i++)
    {
      gpointer value;
      int status;
      g_autofree char *words = NULL;

      if (!g_hash_table_lookup_extended (sender_status, senders[i], NULL, &value))
        continue;

      status = GPOINTER_TO_INT (value);
      if (!deck_account_status_is_error (status))
        continue;

      words = deck_account_status_to_string (status);
      add_issue (issues, DECK_CHECK_SENDER_IN_ERROR, DECK_CHECK_SEVERITY_WARNING, -1, -1, -1,
                 "email_list",
                 /* Translators: the first %s is an email address, the second its status
                  * ("Connection error") */
                 g_strdup_printf (_("The sending account %s is in error (%s): it sends nothing "
                                    "until it is fixed."), senders[i], words));
    }
}

static void
check_options (DeckCampaignDraft *draft,
               GPtrArray         *issues)
{
  if (deck_campaign_draft_get_boolean (draft, "text_only", FALSE) &&
      deck_campaign_draft_get_boolean (draft, "link_tracking", FALSE))
    add_issue (issues, DECK_CHECK_TEXT_ONLY_LINK_TRACKING, DECK_CHECK_SEVERITY_WARNING, -1, -1, -1,
               "link_tracking",
               g_strdup (_("Link tracking has no effect in text-only emails: links cannot be "
                           "tracked without HTML. Turn one of the two off.")));
}

GPtrArray *
deck_campaign_check (DeckCampaignDraft  *draft,
                     const char * const *known_variables,
                     GHashTable         *sender_status)
{
  GPtrArray *issues;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  issues = g_ptr_array_new_with_free_func ((GDestroyNotify) deck_check_issue_free);

  check_sequence (draft, issues, known_variables != NULL ? known_variables : standard_variables);
  check_schedule (draft, issues);
  check_senders (draft, issues, sender_status);
  check_options (draft, issues);

  return issues;
}
