/* deck-mock-campaign-seed.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-campaign-seed"

#include <string.h>

#include "deck-mock-campaigns-private.h"

/* The seeded campaigns: one of every status, copy in the shape Instantly keeps it
 * (camelCase merge tags, spintax, <br/> line breaks), schedules in zones of the
 * spec's closed list. Everything here is fixed, so every run seeds the same. */

typedef struct
{
  const char *subject;
  const char *body;
} SeedVariant;

typedef struct
{
  guint        delay;
  const char  *delay_unit;
  SeedVariant  variants[3];
} SeedStep;

typedef struct
{
  const char *name;
  int         status;
  guint       created_day;     /* days after DECK_MOCK_EPOCH_MS */
  const char *timezone;
  const char *from;
  const char *to;
  guint       days_mask;       /* bit n: day "n" (0 = Sunday) */
  guint       n_senders;
  gboolean    unhealthy_senders;
  guint       daily_limit;
  guint       n_leads;
  guint       leads_done_percent;
  gboolean    daily_limit_hit;
  const char *tag;             /* a seeded custom tag's label, or NULL */
  guint       n_steps;
} SeedCampaign;

#define WEEKDAYS 0x3e   /* Monday to Friday */
#define EVERY_DAY 0x7f

static const SeedStep intro_steps[] = {
  { 3, "days", {
      { "{Quick question|Question} about {{companyName}}",
        "{Hi|Hello} {{firstName}},<br/><br/>I noticed {{companyName}} is hiring for growth roles. "
        "Teams at that stage usually lose hours every week chasing replies by hand.<br/><br/>"
        "Would a 15-minute call next week be useful?<br/><br/>Best,<br/>{{sendingAccountFirstName}}" },
      { "{{firstName}}, an idea for {{companyName}}",
        "{Hi|Hey} {{firstName}},<br/><br/>We help teams like {{companyName}} book 30% more meetings "
        "without adding headcount.<br/><br/>Open to a short chat?<br/><br/>{{sendingAccountFirstName}}" },
      { NULL, NULL } } },
  { 4, "days", {
      { "Re: {Quick question|Question} about {{companyName}}",
        "{Hi|Hello} {{firstName}},<br/><br/>Just bumping this up in case it got buried. "
        "Happy to send a two-minute video instead of a call.<br/><br/>{{sendingAccountFirstName}}" },
      { NULL, NULL }, { NULL, NULL } } },
  { 5, "days", {
      { "Should I close your file?",
        "{Hi|Hello} {{firstName}},<br/><br/>I have not heard back, so I will assume the timing is off. "
        "If that changes, just reply to this email.<br/><br/>All the best,<br/>{{sendingAccountFirstName}}" },
      { "Last note, {{firstName}}",
        "{{firstName}},<br/><br/>Closing the loop here. Thanks for reading, and good luck with "
        "the quarter at {{companyName}}.<br/><br/>{{sendingAccountFirstName}}" },
      { NULL, NULL } } },
  { 7, "days", {
      { "A resource for {{companyName}}",
        "{Hi|Hello} {{firstName}},<br/><br/>No reply needed: here is the benchmark report we put together "
        "for teams in your space.<br/><br/>{{sendingAccountFirstName}}" },
      { NULL, NULL }, { NULL, NULL } } },
};

static const SeedStep invite_steps[] = {
  { 2, "days", {
      { "You're invited: {{companyName}} x Instadeck beta",
        "{Hi|Hello} {{firstName}},<br/><br/>We are opening our beta to a handful of teams and "
        "{{companyName}} came to mind first.<br/><br/>Want an invite?" },
      { "Early access for {{firstName}}",
        "{Hey|Hi} {{firstName}},<br/><br/>Early access opens on Monday. Reply \"yes\" and I will "
        "save a seat for {{companyName}}." },
      { "{{firstName}}, want to try it first?",
        "{Hi|Hello} {{firstName}},<br/><br/>We built something for teams like yours and would love "
        "your honest feedback before launch." } } },
};

static const SeedCampaign seed_campaigns[] = {
  { "Q1 SaaS Founders Outreach", 1, 120, "America/Chicago", "09:00", "17:00", WEEKDAYS,
    3, FALSE, 60, 40, 35, FALSE, "Q4 Outreach", 3 },
  { "Agency Partnerships - EMEA", 1, 140, "Europe/Belgrade", "08:30", "16:30", WEEKDAYS,
    2, FALSE, 30, 30, 50, TRUE, NULL, 2 },
  { "Webinar Follow-up", 2, 160, "America/Detroit", "10:00", "18:00", WEEKDAYS,
    2, FALSE, 40, 25, 60, FALSE, NULL, 2 },
  { "Product Launch Beta Invite", 0, 275, "America/Boise", "09:00", "12:00", WEEKDAYS,
    0, FALSE, 50, 0, 0, FALSE, NULL, 1 },
  { "Cold Intro - Fintech CFOs", 0, 280, "Europe/Helsinki", "09:00", "17:00", WEEKDAYS,
    2, FALSE, 25, 12, 0, FALSE, NULL, 0 },
  { "Holiday Re-engagement 2025", 3, 105, "America/Chicago", "09:00", "17:00", EVERY_DAY,
    2, FALSE, 80, 18, 100, FALSE, "VIP", 2 },
  { "Conference Leads - SaaStr", 3, 110, "America/Boise", "08:00", "18:00", WEEKDAYS,
    1, FALSE, 40, 22, 100, FALSE, NULL, 3 },
  { "Enterprise IT Directors", -1, 190, "America/Detroit", "09:00", "17:00", WEEKDAYS,
    2, TRUE, 30, 20, 20, FALSE, NULL, 4 },
  { "Local Retail Owners", -2, 200, "Australia/Melbourne", "09:00", "17:00", WEEKDAYS,
    2, FALSE, 50, 30, 45, FALSE, NULL, 2 },
  { "Recruiting - Senior Engineers", -99, 210, "Asia/Kolkata", "10:00", "19:00", WEEKDAYS,
    1, FALSE, 20, 15, 30, FALSE, NULL, 1 },
  { "Customer Case Study Requests", 4, 150, "Europe/Isle_of_Man", "09:00", "17:00", WEEKDAYS,
    2, FALSE, 40, 20, 100, FALSE, "VIP", 2 },
  { "APAC Expansion - Logistics", 1, 240, "Asia/Kolkata", "09:30", "18:30", 0x3e | 0x40,
    2, FALSE, 50, 35, 10, FALSE, NULL, 4 },
};

/* The leads of the seed: campaigns overlap, so a lead is in several of them. */
static const char * const lead_first[] = {
  "ava", "liam", "sofia", "noah", "mia", "lucas", "emma", "ethan", "zoe", "omar",
  "lena", "mateo", "chloe", "arjun", "nora", "felix",
};
static const char * const lead_last[] = {
  "chen", "patel", "garcia", "muller", "rossi", "kim", "novak", "silva", "haddad", "jensen",
  "okafor", "brennan", "tanaka", "dubois",
};
static const char * const lead_domains[] = {
  "northwind-traders.com", "contoso-labs.io", "fabrikam.co", "bluefin-logistics.com",
  "lumen-analytics.io", "harbor-retail.com", "peakview-capital.com", "acme-robotics.dev",
};

#define N_LEADS (G_N_ELEMENTS (lead_first) * 3)

static char *
lead_email (guint index)
{
  return g_strdup_printf ("%s.%s@%s",
                          lead_first[index % G_N_ELEMENTS (lead_first)],
                          lead_last[(index * 5 + 3) % G_N_ELEMENTS (lead_last)],
                          lead_domains[(index * 3) % G_N_ELEMENTS (lead_domains)]);
}

static JsonObject *
schedule_json (const SeedCampaign *seed,
               gint64              created_ms)
{
  JsonObject *schedule = json_object_new ();
  JsonArray *entries = json_array_new ();
  JsonObject *entry = json_object_new ();
  JsonObject *timing = json_object_new ();
  JsonObject *days = json_object_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (created_ms / 1000 + 86400);
  g_autofree char *start_date = g_date_time_format (start, "%Y-%m-%d");

  json_object_set_string_member (timing, "from", seed->from);
  json_object_set_string_member (timing, "to", seed->to);
  for (guint day = 0; day < 7; day++)
    {
      char key[2] = { (char) ('0' + day), '\0' };

      json_object_set_boolean_member (days, key, (seed->days_mask & (1u << day)) != 0);
    }
  json_object_set_string_member (entry, "name", "Working hours");
  json_object_set_object_member (entry, "timing", timing);
  json_object_set_object_member (entry, "days", days);
  json_object_set_string_member (entry, "timezone", seed->timezone);
  json_array_add_object_element (entries, entry);

  json_object_set_string_member (schedule, "start_date", start_date);
  json_object_set_null_member (schedule, "end_date");
  json_object_set_array_member (schedule, "schedules", entries);

  return schedule;
}

static JsonObject *
step_json (const SeedStep *seed)
{
  JsonObject *step = json_object_new ();
  JsonArray *variants = json_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (seed->variants) && seed->variants[i].subject != NULL; i++)
    {
      JsonObject *variant = json_object_new ();

      json_object_set_string_member (variant, "subject", seed->variants[i].subject);
      json_object_set_string_member (variant, "body", seed->variants[i].body);
      json_array_add_object_element (variants, variant);
    }

  json_object_set_string_member (step, "type", "email");
  json_object_set_int_member (step, "delay", seed->delay);
  json_object_set_string_member (step, "delay_unit", seed->delay_unit);
  json_object_set_array_member (step, "variants", variants);

  return step;
}

static JsonArray *
sequences_json (guint           n_steps,
                const SeedStep *steps,
                guint           n_available)
{
  JsonArray *sequences = json_array_new ();
  JsonObject *sequence = json_object_new ();
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < MIN (n_steps, n_available); i++)
    json_array_add_object_element (array, step_json (&steps[i]));
  json_object_set_array_member (sequence, "steps", array);
  json_array_add_object_element (sequences, sequence);

  return sequences;
}

/* Sending accounts from the seeded workspace: healthy ones (status 1), or for
 * the "accounts unhealthy" campaign, ones in error. @offset spreads campaigns
 * over the accounts. */
static JsonArray *
senders_json (DeckMockStore *store,
              guint          count,
              gboolean       unhealthy,
              guint          offset)
{
  JsonArray *array = json_array_new ();
  guint skipped = 0;

  for (GSequenceIter *iter = g_sequence_get_begin_iter (store->account_order);
       !g_sequence_iter_is_end (iter) && json_array_get_length (array) < count;
       iter = g_sequence_iter_next (iter))
    {
      DeckMockAccount *account = g_sequence_get (iter);

      if (unhealthy ? account->status >= 0 : account->status != 1)
        continue;
      if (skipped++ < offset)
        continue;
      json_array_add_string_element (array, account->email);
    }

  /* A small workspace may have too few accounts for the offset: start over. */
  if (json_array_get_length (array) == 0 && offset > 0)
    {
      json_array_unref (array);
      return senders_json (store, count, unhealthy, 0);
    }

  return array;
}

static void
seed_subsequence (DeckMockStore    *store,
                  GRand            *rand,
                  DeckMockCampaign *parent,
                  const char       *name,
                  int               status,
                  const char       *condition,
                  int               value,
                  gint64            created_ms)
{
  JsonObject *json = json_object_new ();
  JsonObject *conditions = json_object_new ();
  JsonArray *values = json_array_new ();
  g_autofree char *id = deck_mock_uuid7 (rand, created_ms, 0);
  g_autofree char *created = deck_mock_format_time (created_ms);
  static const SeedStep step = {
    1, "days", {
      { "Re: {{companyName}}",
        "{Hi|Hello} {{firstName}},<br/><br/>Thanks for getting back to me! Here is my calendar so you "
        "can pick a time that suits you: {{calendarLink}}<br/><br/>{{sendingAccountFirstName}}" },
      { NULL, NULL }, { NULL, NULL } } };
  JsonArray *sequences = sequences_json (1, &step, 1);
  JsonObject *first = json_array_get_object_element (sequences, 0);

  json_object_set_int_member (json_array_get_object_element (json_object_get_array_member (first, "steps"), 0),
                              "pre_delay", 1);
  json_object_set_string_member (json_array_get_object_element (json_object_get_array_member (first, "steps"), 0),
                                 "pre_delay_unit", "hours");

  json_array_add_int_element (values, value);
  json_object_set_array_member (conditions, condition, values);

  json_object_set_string_member (json, "id", id);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "parent_campaign", parent->id);
  json_object_set_string_member (json, "workspace", store->workspace_id);
  json_object_set_int_member (json, "status", status);
  json_object_set_string_member (json, "timestamp_leads_updated", created);
  json_object_set_string_member (json, "name", name);
  json_object_set_object_member (json, "conditions", conditions);
  json_object_set_member (json, "subsequence_schedule",
                          deck_mock_json_copy (json_object_get_member (parent->json, "campaign_schedule")));
  json_object_set_array_member (json, "sequences", sequences);
  json_object_set_string_member (json, "daily_limit_mode", "inherit");
  json_object_set_null_member (json, "daily_limit");
  json_object_set_boolean_member (json, "ignore_account_daily_limit", FALSE);

  deck_mock_store_add_subsequence (store, json);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  /* Campaigns and subsequences both start with their id. */
  return strcmp (**(char * const * const *) a, **(char * const * const *) b);
}

void
deck_mock_seed_campaigns (DeckMockStore *store)
{
  /* A generator of its own: the rest of the seed does not move. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (store->seed ^ deck_mock_hash ("campaigns", NULL));
  DeckMockCampaign *first = NULL;
  DeckMockCampaign *case_study = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (seed_campaigns); i++)
    {
      const SeedCampaign *seed = &seed_campaigns[i];
      gint64 created_ms = DECK_MOCK_EPOCH_MS + (gint64) seed->created_day * DECK_MOCK_DAY_MS + (gint64) i * 3600 * 1000;
      g_autofree char *id = deck_mock_uuid7 (rand, created_ms, 0);
      g_autofree char *updated = deck_mock_format_time (created_ms + 2 * DECK_MOCK_DAY_MS);
      JsonObject *json = deck_mock_campaign_json_new (store, id, seed->name, created_ms);
      JsonObject *custom = json_object_new ();
      DeckMockCampaign *campaign;
      gboolean invite = i == 3;

      json_object_set_int_member (json, "status", seed->status);
      json_object_set_object_member (json, "campaign_schedule", schedule_json (seed, created_ms));
      json_object_set_array_member (json, "sequences",
                                    invite ? sequences_json (seed->n_steps, invite_steps, G_N_ELEMENTS (invite_steps))
                                           : sequences_json (seed->n_steps, intro_steps, G_N_ELEMENTS (intro_steps)));
      if (seed->status != 0)
        json_object_set_string_member (json, "timestamp_updated", updated);
      json_object_set_array_member (json, "email_list",
                                    senders_json (store, seed->n_senders, seed->unhealthy_senders, i));
      json_object_set_int_member (json, "daily_limit", seed->daily_limit);
      json_object_set_boolean_member (json, "link_tracking", i % 2 == 0);
      json_object_set_boolean_member (json, "open_tracking", i % 3 != 2);
      json_object_set_boolean_member (json, "stop_on_auto_reply", i % 4 == 1);
      json_object_set_int_member (json, "pl_value", 100 + 50 * (i % 5));
      json_object_set_string_member (custom, "calendarLink", "https://cal.example.com/demo");
      json_object_set_object_member (json, "custom_variables", custom);

      campaign = deck_mock_store_add_campaign (store, json);

      for (guint j = 0; j < seed->n_leads; j++)
        g_ptr_array_add (campaign->lead_emails, lead_email ((i * 7 + j) % N_LEADS));
      campaign->n_leads_done = seed->n_leads * seed->leads_done_percent / 100;
      campaign->sent_today = seed->daily_limit_hit ? seed->daily_limit
                                                   : seed->status == 1 ? seed->daily_limit / 3 : 0;

      if (seed->tag != NULL)
        {
          DeckMockTag *tag = deck_mock_store_find_tag_label (store, seed->tag);

          if (tag != NULL)
            deck_mock_store_set_tag_mapping (store, tag->id, 2, campaign->id, TRUE, created_ms);
        }

      if (i == 0)
        first = campaign;
      else if (seed->status == 4)
        case_study = campaign;
    }

  seed_subsequence (store, rand, first, "Interested - send the calendar link", 1, "crm_status", 1,
                    first->created_ms + 3 * DECK_MOCK_DAY_MS);
  seed_subsequence (store, rand, first, "Finished without reply - breakup", 2, "lead_activity", 91,
                    first->created_ms + 4 * DECK_MOCK_DAY_MS);
  seed_subsequence (store, rand, case_study, "Opened but no reply - nudge", 1, "lead_activity", 2,
                    case_study->created_ms + 2 * DECK_MOCK_DAY_MS);

  /* Kept in id order (= creation order), like everything listed by cursor. */
  g_ptr_array_sort (store->campaigns, compare_ids);
  g_ptr_array_sort (store->subsequences, compare_ids);
}
