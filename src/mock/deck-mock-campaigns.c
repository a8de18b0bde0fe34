/* deck-mock-campaigns.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-campaigns"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-campaign-schemas-private.h"
#include "deck-mock-campaigns-private.h"
#include "deck-mock-routes-private.h"

#define DEFAULT_LIMIT   10
#define SHARE_DAYS      7

/* Variables every lead has; POST /variables only records the others. */
static const char * const core_variable_names[] = {
  "firstName", "lastName", "email", "companyName", "phone", "website",
  "personalization", "jobTitle", "location", "companyDomain", NULL
};

/* Shared helpers */

JsonObject *
deck_mock_campaign_json_new (DeckMockStore *store,
                             const char    *id,
                             const char    *name,
                             gint64         created_ms)
{
  JsonObject *json = json_object_new ();
  JsonObject *schedule = json_object_new ();
  JsonArray *sequences = json_array_new ();
  JsonObject *sequence = json_object_new ();
  g_autofree char *created = deck_mock_format_time (created_ms);

  json_object_set_null_member (schedule, "start_date");
  json_object_set_null_member (schedule, "end_date");
  json_object_set_array_member (schedule, "schedules", json_array_new ());
  json_object_set_array_member (sequence, "steps", json_array_new ());
  json_array_add_object_element (sequences, sequence);

  /* Every member of the Campaign schema, in its order. */
  json_object_set_string_member (json, "id", id);
  json_object_set_string_member (json, "name", name);
  json_object_set_null_member (json, "pl_value");
  json_object_set_int_member (json, "status", 0);
  json_object_set_boolean_member (json, "is_evergreen", FALSE);
  json_object_set_object_member (json, "campaign_schedule", schedule);
  json_object_set_array_member (json, "sequences", sequences);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "timestamp_updated", created);
  json_object_set_int_member (json, "email_gap", 10);
  json_object_set_int_member (json, "random_wait_max", 10);
  json_object_set_boolean_member (json, "text_only", FALSE);
  json_object_set_boolean_member (json, "first_email_text_only", FALSE);
  json_object_set_array_member (json, "email_list", json_array_new ());
  json_object_set_int_member (json, "daily_limit", 50);
  json_object_set_boolean_member (json, "stop_on_reply", TRUE);
  json_object_set_array_member (json, "email_tag_list", json_array_new ());
  json_object_set_boolean_member (json, "link_tracking", FALSE);
  json_object_set_boolean_member (json, "open_tracking", FALSE);
  json_object_set_boolean_member (json, "stop_on_auto_reply", FALSE);
  json_object_set_null_member (json, "daily_max_leads");
  json_object_set_boolean_member (json, "prioritize_new_leads", FALSE);
  json_object_set_boolean_member (json, "match_lead_esp", FALSE);
  /* not_sending_status is absent, not null, when nothing holds the campaign back:
   * its enum has no null. */
  json_object_set_boolean_member (json, "stop_for_company", FALSE);
  json_object_set_null_member (json, "core_variables");
  json_object_set_object_member (json, "custom_variables", json_object_new ());
  json_object_set_boolean_member (json, "insert_unsubscribe_header", FALSE);
  json_object_set_boolean_member (json, "allow_risky_contacts", FALSE);
  json_object_set_boolean_member (json, "disable_bounce_protect", FALSE);
  json_object_set_array_member (json, "cc_list", json_array_new ());
  json_object_set_array_member (json, "bcc_list", json_array_new ());
  json_object_set_string_member (json, "organization", store->workspace_id);
  json_object_set_string_member (json, "owned_by", store->user_id);
  json_object_set_null_member (json, "ai_sdr_id");
  json_object_set_array_member (json, "provider_routing_rules", json_array_new ());

  return json;
}

void
deck_mock_json_merge (JsonObject *target,
                      JsonObject *source)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, source);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    json_object_set_member (target, name, deck_mock_json_copy (value));
}

void
deck_mock_sequences_fill_defaults (JsonObject *object,
                                   gboolean    subsequence)
{
  JsonNode *node = json_object_get_member (object, "sequences");
  JsonArray *sequences;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  sequences = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (sequences); i++)
    {
      JsonObject *sequence = json_array_get_object_element (sequences, i);
      JsonArray *steps = json_object_get_array_member (sequence, "steps");

      for (guint j = 0; j < json_array_get_length (steps); j++)
        {
          JsonObject *step = json_array_get_object_element (steps, j);

          if (!json_object_has_member (step, "delay_unit"))
            json_object_set_string_member (step, "delay_unit", "days");
          if (subsequence && !json_object_has_member (step, "pre_delay_unit"))
            json_object_set_string_member (step, "pre_delay_unit", "days");
        }
    }
}

static gboolean
is_date (const char *text)
{
  g_autoptr(GDate) date = NULL;
  guint64 year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
deck_mock_check_schedule (JsonObject  *body,
                          const char  *member,
                          char       **message)
{
  static const char * const dates[] = { "start_date", "end_date" };
  JsonNode *node = json_object_get_member (body, member);
  JsonObject *schedule;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;
  schedule = json_node_get_object (node);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *value = deck_mock_nullable_string (schedule, dates[i]);

      if (value != NULL && !is_date (value))
        {
          *message = g_strdup_printf ("body/%s/%s must match format \"date\"", member, dates[i]);
          return FALSE;
        }
    }

  {
    const char *start = deck_mock_nullable_string (schedule, "start_date");
    const char *end = deck_mock_nullable_string (schedule, "end_date");

    if (start != NULL && end != NULL && strcmp (start, end) > 0)
      {
        *message = g_strdup_printf ("body/%s/end_date must not be before start_date", member);
        return FALSE;
      }
  }

  return TRUE;
}

gint64
deck_mock_campaign_clock (DeckMockStore *store)
{
  return store->clock_ms != 0 ? store->clock_ms : deck_mock_now_ms ();
}

static int
parse_minutes (const char *hhmm)
{
  if (hhmm == NULL || strlen (hhmm) != 5)
    return -1;
  return (int) g_ascii_strtoll (hhmm, NULL, 10) * 60 + (int) g_ascii_strtoll (hhmm + 3, NULL, 10);
}

static gboolean
entry_contains (JsonObject *entry,
                gint64      unix_ms,
                const char *start_date,
                const char *end_date)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_ms / 1000);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *today = NULL;
  g_autofree char *day_key = NULL;
  JsonObject *timing;
  JsonObject *days;
  int from, to, now;

  if (utc == NULL)
    return FALSE;

  /* Unknown identifiers (an old tzdata without the legacy names) read as UTC. */
  tz = g_time_zone_new_identifier (json_object_get_string_member_with_default (entry, "timezone", "UTC"));
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (utc, tz);

  today = g_date_time_format (local, "%Y-%m-%d");
  if ((start_date != NULL && *start_date != '\0' && strcmp (today, start_date) < 0) ||
      (end_date != NULL && *end_date != '\0' && strcmp (today, end_date) > 0))
    return FALSE;

  /* 0 is Sunday, as JavaScript's getDay() (CATALOG.md §1.6). */
  day_key = g_strdup_printf ("%d", g_date_time_get_day_of_week (local) % 7);
  days = json_object_get_object_member (entry, "days");
  if (days == NULL || !json_object_get_boolean_member_with_default (days, day_key, FALSE))
    return FALSE;

  timing = json_object_get_object_member (entry, "timing");
  if (timing == NULL)
    return FALSE;
  from = parse_minutes (json_object_get_string_member_with_default (timing, "from", NULL));
  to = parse_minutes (json_object_get_string_member_with_default (timing, "to", NULL));
  now = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
  if (from < 0 || to < 0)
    return FALSE;

  /* A window such as 22:00-02:00 runs over midnight. */
  return from <= to ? (now >= from && now < to) : (now >= from || now < to);
}

gboolean
deck_mock_schedule_contains (JsonObject *schedule,
                             gint64      unix_ms)
{
  const char *start_date;
  const char *end_date;
  JsonArray *entries;

  if (schedule == NULL)
    return FALSE;

  start_date = deck_mock_nullable_string (schedule, "start_date");
  end_date = deck_mock_nullable_string (schedule, "end_date");
  entries = json_object_get_array_member (schedule, "schedules");
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          entry_contains (json_node_get_object (node), unix_ms, start_date, end_date))
        return TRUE;
    }
  return FALSE;
}

JsonNode *
deck_mock_page_by_id (GPtrArray     *matches,
                      const char    *cursor,
                      gint64         limit,
                      JsonNode    *(*to_json) (DeckMockStore *, gpointer),
                      DeckMockStore *store)
{
  JsonArray *items = json_array_new ();
  guint start = deck_mock_index_after_id (matches, cursor);
  guint end = (guint) MIN ((gint64) matches->len, (gint64) start + limit);
  const char *next = NULL;

  for (guint i = start; i < end; i++)
    json_array_add_element (items, to_json (store, g_ptr_array_index (matches, i)));

  /* The last page carries no cursor. */
  if (end < matches->len && end > start)
    next = *(char **) g_ptr_array_index (matches, end - 1);

  return deck_mock_list_reply (items, next);
}

/* Sending status */

typedef struct
{
  guint total;
  guint available;
  guint disconnected;
  guint daily_limit_hit;
} Senders;

static gboolean
account_has_any_tag (DeckMockAccount *account,
                     JsonArray       *tag_ids)
{
  for (guint i = 0; i < json_array_get_length (tag_ids); i++)
    {
      const char *tag = json_array_get_string_element (tag_ids, i);

      if (tag != NULL && deck_mock_account_has_tag (account, tag))
        return TRUE;
    }
  return FALSE;
}

static void
count_one (DeckMockAccount *account,
           GHashTable      *seen,
           Senders         *senders)
{
  if (account == NULL || !g_hash_table_add (seen, account->key))
    return;

  senders->total++;
  /* Connection, soft bounce and sending errors, and paused accounts, cannot send. */
  if (account->status != 1)
    senders->disconnected++;
  else
    senders->available++;
}

/* The sending accounts: email_list plus the accounts that carry a tag of
 * email_tag_list. */
static void
count_senders (DeckMockStore *store,
               JsonObject    *campaign,
               Senders       *senders)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *emails = json_object_get_array_member (campaign, "email_list");
  JsonArray *tags = json_object_get_array_member (campaign, "email_tag_list");

  memset (senders, 0, sizeof *senders);

  for (guint i = 0; emails != NULL && i < json_array_get_length (emails); i++)
    {
      const char *email = json_array_get_string_element (emails, i);
      DeckMockAccount *account = deck_mock_store_lookup_account (store, email);

      if (account == NULL)
        {
          /* An address that is not (or no longer) in the workspace cannot connect. */
          senders->total++;
          senders->disconnected++;
          continue;
        }
      count_one (account, seen, senders);
    }

  if (tags != NULL && json_array_get_length (tags) > 0)
    {
      for (GSequenceIter *iter = g_sequence_get_begin_iter (store->account_order);
           !g_sequence_iter_is_end (iter);
           iter = g_sequence_iter_next (iter))
        {
          DeckMockAccount *account = g_sequence_get (iter);

          if (account_has_any_tag (account, tags))
            count_one (account, seen, senders);
        }
    }
}

static const char *
status_code_for (int status)
{
  switch (status)
    {
    case 0: return "campaign_draft";
    case 2: return "campaign_paused";
    case 3: return "campaign_completed";
    case 4: return "campaign_running_subsequences";
    case -1: return "campaign_accounts_unhealthy";
    case -2: return "campaign_bounce_protect";
    case -99: return "campaign_account_suspended";
    default: return NULL;
    }
}

static const char *
status_message_for (const char *code)
{
  static const struct { const char *code; const char *message; } messages[] = {
    { "healthy", "The campaign is sending normally." },
    { "campaign_draft", "The campaign is a draft and has not been launched." },
    { "campaign_paused", "The campaign is paused." },
    { "campaign_completed", "The campaign has completed: every lead finished the sequence." },
    { "campaign_running_subsequences", "The main sequence is done; only subsequences are sending." },
    { "campaign_accounts_unhealthy", "The campaign stopped because its sending accounts are unhealthy." },
    { "campaign_bounce_protect", "The campaign was paused by bounce protection after too many bounces." },
    { "campaign_account_suspended", "The campaign is stopped because the workspace account is suspended." },
    { "out_of_schedule", "The campaign is outside its sending schedule right now." },
    { "waiting_for_leads", "Every lead has been contacted; the campaign is waiting for new leads." },
    { "daily_limit_met", "The campaign reached its daily sending limit." },
    { "all_accounts_unhealthy", "None of the campaign's sending accounts can send." },
    { "no_accounts_available", "The campaign has no sending accounts." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_str_equal (messages[i].code, code))
      return messages[i].message;
  return NULL;
}

static void
add_object (JsonObject *parent,
            const char *name,
            JsonObject *child)
{
  json_object_set_object_member (parent, name, child);
}

JsonNode *
deck_mock_sending_status_json (DeckMockStore       *store,
                               DeckMockCampaign    *campaign,
                               DeckMockSubsequence *subsequence,
                               gboolean             with_ai_summary)
{
  JsonObject *json = campaign->json;
  JsonObject *schedule_owner = subsequence != NULL ? subsequence->json : json;
  JsonObject *schedule = json_object_get_object_member (schedule_owner,
                                                        subsequence != NULL ? "subsequence_schedule" : "campaign_schedule");
  gint64 now = deck_mock_campaign_clock (store);
  int status = deck_mock_campaign_get_status (campaign);
  gboolean in_schedule = deck_mock_schedule_contains (schedule, now);
  JsonNode *limit_node = json_object_get_member (json, "daily_limit");
  gint64 daily_limit = limit_node != NULL && !JSON_NODE_HOLDS_NULL (limit_node) ? json_node_get_int (limit_node) : 0;
  gboolean limit_hit = daily_limit > 0 && campaign->sent_today >= daily_limit;
  guint n_leads = campaign->lead_emails->len;
  gboolean no_leads_ready = campaign->n_leads_done >= n_leads;
  g_autofree char *now_text = deck_mock_format_time (now);
  g_autofree char *last_send = NULL;
  g_autofree char *issue_since = NULL;
  const char *code = status_code_for (status);
  JsonObject *root = json_object_new ();
  JsonObject *diagnostics = json_object_new ();
  JsonObject *summary = json_object_new ();
  JsonObject *object;
  JsonNode *node;
  Senders senders;

  count_senders (store, json, &senders);

  if (subsequence != NULL && code == NULL)
    {
      int sub_status = (int) json_object_get_int_member_with_default (subsequence->json, "status", 1);

      if (sub_status != 1)
        code = status_code_for (sub_status);
    }

  if (code == NULL)
    {
      if (senders.total == 0)
        code = "no_accounts_available";
      else if (senders.available == 0)
        code = "all_accounts_unhealthy";
      else if (!in_schedule)
        code = "out_of_schedule";
      else if (limit_hit)
        code = "daily_limit_met";
      else if (no_leads_ready)
        code = "waiting_for_leads";
      else
        code = "healthy";
    }

  /* A draft never sent; a healthy campaign sent a moment ago; any other stopped
   * sending when it last changed. */
  if (!g_str_equal (code, "healthy"))
    issue_since = g_strdup (json_object_get_string_member_with_default (json, "timestamp_updated", now_text));
  if (status != 0)
    last_send = issue_since != NULL ? g_strdup (issue_since) : deck_mock_format_time (now - 4 * 60 * 1000);

  json_object_set_string_member (diagnostics, "campaign_id", campaign->id);
  if (subsequence != NULL)
    json_object_set_string_member (diagnostics, "subsequence_id", subsequence->id);
  json_object_set_string_member (diagnostics, "last_updated", now_text);
  json_object_set_string_member (diagnostics, "status", code);

  object = json_object_new ();
  json_object_set_string_member (object, "current_status_code", code);
  deck_mock_json_set_nullable_string (object, "issue_first_seen_at", issue_since);
  json_object_set_int_member (object, "consecutive_loops_with_issue", issue_since != NULL ? 12 : 0);
  deck_mock_json_set_nullable_string (object, "last_healthy_send_at", last_send);
  add_object (diagnostics, "issue_tracking", object);

  object = json_object_new ();
  json_object_set_boolean_member (object, "in_schedule", in_schedule);
  add_object (diagnostics, "schedule_status", object);

  /* Out of schedule, the sending loop does not look at the rest. */
  if (!g_str_equal (code, "out_of_schedule"))
    {
      JsonObject *unavailable = json_object_new ();
      JsonArray *esps = json_array_new ();

      object = json_object_new ();
      json_object_set_int_member (object, "total_connected", senders.total);
      json_object_set_int_member (object, "available", senders.available);
      json_object_set_int_member (unavailable, "daily_limit_hit", senders.daily_limit_hit);
      json_object_set_int_member (unavailable, "slow_ramp_limit_hit", 0);
      json_object_set_int_member (unavailable, "disconnected", senders.disconnected);
      json_object_set_int_member (unavailable, "global_gap_not_met", 0);
      add_object (object, "unavailable", unavailable);
      add_object (diagnostics, "accounts_summary", object);

      object = json_object_new ();
      json_object_set_int_member (object, "limit", daily_limit);
      json_object_set_int_member (object, "sent", campaign->sent_today);
      json_object_set_boolean_member (object, "limit_hit", limit_hit);
      add_object (diagnostics, "campaign_daily_limit", object);

      object = json_object_new ();
      node = json_object_get_member (json, "daily_max_leads");
      json_object_set_boolean_member (object, "enabled", node != NULL && !JSON_NODE_HOLDS_NULL (node));
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        json_object_set_int_member (object, "limit", json_node_get_int (node));
      else
        json_object_set_null_member (object, "limit");
      json_object_set_int_member (object, "contacted", MIN (campaign->sent_today, n_leads));
      json_object_set_boolean_member (object, "limit_hit", FALSE);
      add_object (diagnostics, "new_lead_limit", object);

      object = json_object_new ();
      json_object_set_boolean_member (object, "enabled", FALSE);
      json_object_set_boolean_member (object, "single_account_per_wait_gap", FALSE);
      add_object (diagnostics, "send_one_by_one", object);

      object = json_object_new ();
      json_object_set_int_member (object, "count", n_leads - MIN (campaign->n_leads_done, n_leads));
      json_object_set_null_member (object, "earliest_wait_time_seconds");
      add_object (diagnostics, "follow_ups_waiting", object);

      object = json_object_new ();
      json_object_set_boolean_member (object, "enabled",
                                      json_array_get_length (json_object_get_array_member (json, "provider_routing_rules")) > 0);
      json_object_set_boolean_member (object, "waiting_for_match", FALSE);
      json_array_add_int_element (esps, 1);
      json_array_add_int_element (esps, 2);
      json_object_set_array_member (object, "connected_esps", esps);
      add_object (diagnostics, "esp_routing_status", object);

      object = json_object_new ();
      json_object_set_boolean_member (object, "active", FALSE);
      json_object_set_int_member (object, "domains_at_limit", 0);
      add_object (diagnostics, "domain_limiter", object);

      object = json_object_new ();
      json_object_set_boolean_member (object, "no_leads_ready", no_leads_ready);
      json_object_set_int_member (object, "account_unavailable_skips", senders.disconnected);
      json_object_set_int_member (object, "delay_not_met_skips", 0);
      add_object (diagnostics, "leads_status", object);
    }

  json_object_set_string_member (summary, "status", code);
  json_object_set_string_member (summary, "status_message", status_message_for (code));
  deck_mock_json_set_nullable_string (summary, "issue_started_at", issue_since);
  deck_mock_json_set_nullable_string (summary, "last_healthy_send_at", last_send);
  if (with_ai_summary)
    {
      g_autofree char *text = g_strdup_printf ("%s %u of %u sending accounts can send; %u of %u leads have finished.",
                                               status_message_for (code), senders.available, senders.total,
                                               MIN (campaign->n_leads_done, n_leads), n_leads);

      json_object_set_string_member (summary, "ai_summary", text);
    }
  else
    json_object_set_null_member (summary, "ai_summary");

  json_object_set_object_member (root, "diagnostics", diagnostics);
  json_object_set_object_member (root, "summary", summary);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  return node;
}

/* Campaign replies */

/* The reasons a campaign does not send, as not_sending_status says them. */
static void
update_not_sending (DeckMockStore    *store,
                    DeckMockCampaign *campaign)
{
  JsonObject *json = campaign->json;
  JsonNode *limit_node = json_object_get_member (json, "daily_limit");
  gint64 daily_limit = limit_node != NULL && !JSON_NODE_HOLDS_NULL (limit_node) ? json_node_get_int (limit_node) : 0;
  int reason = 0;

  if (deck_mock_campaign_get_status (campaign) == 1)
    {
      Senders senders;

      count_senders (store, json, &senders);
      if (!deck_mock_schedule_contains (json_object_get_object_member (json, "campaign_schedule"),
                                        deck_mock_campaign_clock (store)))
        reason = 1;
      else if (senders.total > 0 && senders.available == 0)
        reason = 4;
      else if (daily_limit > 0 && campaign->sent_today >= daily_limit)
        reason = 3;
      else if (campaign->n_leads_done >= campaign->lead_emails->len)
        reason = 2;
    }

  if (reason != 0)
    json_object_set_int_member (json, "not_sending_status", reason);
  else if (json_object_has_member (json, "not_sending_status"))
    json_object_remove_member (json, "not_sending_status");
}

static JsonNode *
campaign_to_json (DeckMockStore *store,
                  gpointer       data)
{
  DeckMockCampaign *campaign = data;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  update_not_sending (store, campaign);
  /* Replies are serialised under the store's lock: sharing the object is safe. */
  json_node_set_object (node, campaign->json);
  return node;
}

static void
reply_campaign (DeckMockContext  *ctx,
                DeckMockCampaign *campaign)
{
  deck_mock_reply (ctx, SOUP_STATUS_OK, campaign_to_json (ctx->store, campaign));
}

static DeckMockCampaign *
lookup_or_404 (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = deck_mock_store_lookup_campaign (ctx->store, g_hash_table_lookup (ctx->params, "id"));

  if (campaign == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
  return campaign;
}

static void
touch (DeckMockCampaign *campaign)
{
  g_autofree char *now = deck_mock_format_time (deck_mock_now_ms ());

  json_object_set_string_member (campaign->json, "timestamp_updated", now);
}

static DeckMockCampaign *
add_new_campaign (DeckMockStore *store,
                  const char    *name,
                  JsonObject    *members)
{
  gint64 now = deck_mock_now_ms ();
  g_autofree char *id = deck_mock_store_new_id (store, now);
  JsonObject *json = deck_mock_campaign_json_new (store, id, name, now);

  if (members != NULL)
    deck_mock_json_merge (json, members);
  /* The copy's own identity, whatever @members held. */
  json_object_set_string_member (json, "id", id);
  json_object_set_string_member (json, "name", name);
  json_object_set_int_member (json, "status", 0);
  deck_mock_sequences_fill_defaults (json, FALSE);

  return deck_mock_store_add_campaign (store, json);
}

/* Handlers */

static gboolean
check_body (DeckMockContext *ctx,
            JsonObject      *body)
{
  g_autofree char *message = NULL;

  if (!deck_mock_check_schedule (body, "campaign_schedule", &message))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "%s", message);
      return FALSE;
    }
  return TRUE;
}

/* POST /api/v2/campaigns */
static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockCampaign *campaign;

  if (!check_body (ctx, body))
    return;

  campaign = add_new_campaign (ctx->store, json_object_get_string_member (body, "name"), body);
  reply_campaign (ctx, campaign);
}

static gboolean
campaign_has_tag (DeckMockStore    *store,
                  DeckMockCampaign *campaign,
                  char            **tag_ids)
{
  for (guint i = 0; i < store->mappings->len; i++)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (store->mappings, i);

      if (mapping->resource_type == 2 &&
          g_strcmp0 (mapping->resource_id, campaign->id) == 0 &&
          g_strv_contains ((const char * const *) tag_ids, mapping->tag_id))
        return TRUE;
    }
  return FALSE;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack != NULL ? haystack : "", -1);

  return strstr (folded, needle) != NULL;
}

/* GET /api/v2/campaigns */
static void
handle_list (DeckMockContext *ctx)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_auto(GStrv) tag_ids = deck_mock_split_list (deck_mock_query_string (ctx, "tag_ids"));
  const char *search = deck_mock_query_string (ctx, "search");
  const char *agent = deck_mock_query_string (ctx, "ai_sales_agent_id");
  g_autofree char *needle = search != NULL ? g_utf8_casefold (search, -1) : NULL;
  gint64 limit = DEFAULT_LIMIT;
  gint64 status = 0;
  gint64 exclude = 0;
  gboolean has_status = deck_mock_query_int (ctx, "status", &status);
  gboolean has_exclude = deck_mock_query_int (ctx, "exclude_status", &exclude);

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = 0; i < ctx->store->campaigns->len; i++)
    {
      DeckMockCampaign *campaign = g_ptr_array_index (ctx->store->campaigns, i);
      int campaign_status = deck_mock_campaign_get_status (campaign);

      if (has_status && campaign_status != status)
        continue;
      if (has_exclude && campaign_status == exclude)
        continue;
      if (needle != NULL && *needle != '\0' && !contains_casefold (deck_mock_campaign_get_name (campaign), needle))
        continue;
      if (agent != NULL && g_strcmp0 (deck_mock_nullable_string (campaign->json, "ai_sdr_id"), agent) != 0)
        continue;
      if (tag_ids != NULL && tag_ids[0] != NULL && !campaign_has_tag (ctx->store, campaign, tag_ids))
        continue;
      g_ptr_array_add (matches, campaign);
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK,
                   deck_mock_page_by_id (matches, deck_mock_query_string (ctx, "starting_after"),
                                         limit, campaign_to_json, ctx->store));
}

/* GET /api/v2/campaigns/{id} */
static void
handle_get (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);

  if (campaign != NULL)
    reply_campaign (ctx, campaign);
}

/* PATCH /api/v2/campaigns/{id} */
static void
handle_patch (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);
  JsonObject *body = deck_mock_body_object (ctx);

  if (campaign == NULL || !check_body (ctx, body))
    return;

  deck_mock_json_merge (campaign->json, body);
  deck_mock_sequences_fill_defaults (campaign->json, FALSE);
  touch (campaign);
  reply_campaign (ctx, campaign);
}

/* DELETE /api/v2/campaigns/{id} */
static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);

  if (campaign == NULL)
    return;

  reply_campaign (ctx, campaign);
  deck_mock_store_remove_campaign (ctx->store, campaign);
}

/* Why a campaign cannot send, or NULL when it can. */
static char *
activation_problem (DeckMockStore    *store,
                    DeckMockCampaign *campaign)
{
  JsonArray *emails = json_object_get_array_member (campaign->json, "email_list");
  JsonArray *tags = json_object_get_array_member (campaign->json, "email_tag_list");
  guint n_steps = deck_mock_campaign_get_n_steps (campaign);
  Senders senders;

  if (n_steps == 0)
    return g_strdup ("Campaign cannot be activated: it has no sequence steps. Add at least one email step first.");

  for (guint i = 0; i < n_steps; i++)
    {
      JsonArray *steps = json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (campaign->json, "sequences"), 0), "steps");
      JsonArray *variants = json_object_get_array_member (json_array_get_object_element (steps, i), "variants");
      gboolean enabled = FALSE;

      for (guint j = 0; variants != NULL && j < json_array_get_length (variants) && !enabled; j++)
        enabled = !json_object_get_boolean_member_with_default (json_array_get_object_element (variants, j),
                                                                "v_disabled", FALSE);
      if (!enabled)
        return g_strdup_printf ("Campaign cannot be activated: step %u has no enabled variant.", i + 1);
    }

  if ((emails == NULL || json_array_get_length (emails) == 0) &&
      (tags == NULL || json_array_get_length (tags) == 0))
    return g_strdup ("Campaign cannot be activated: it has no sending accounts. Add at least one email account first.");

  count_senders (store, campaign->json, &senders);
  if (senders.total == 0)
    return g_strdup ("Campaign cannot be activated: none of its sending accounts is in the workspace.");

  return NULL;
}

/* POST /api/v2/campaigns/{id}/activate */
static void
handle_activate (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);
  g_autofree char *problem = NULL;
  int status;

  if (campaign == NULL)
    return;

  status = deck_mock_campaign_get_status (campaign);
  switch (status)
    {
    case 1:
    case 4:
      /* Already sending: nothing to do. */
      reply_campaign (ctx, campaign);
      return;

    case 3:
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "Campaign cannot be activated: it has completed and every lead finished the sequence. Add new leads first.");
      return;

    case -99:
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "Campaign cannot be activated: the workspace account is suspended.");
      return;

    default:
      break;
    }

  if ((problem = activation_problem (ctx->store, campaign)) != NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "%s", problem);
      return;
    }

  if (status == -1)
    {
      Senders senders;

      count_senders (ctx->store, campaign->json, &senders);
      if (senders.available == 0)
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                 "Campaign cannot be activated: none of its sending accounts is healthy. Fix the accounts first.");
          return;
        }
    }

  json_object_set_int_member (campaign->json, "status", 1);
  touch (campaign);
  reply_campaign (ctx, campaign);
}

/* POST /api/v2/campaigns/{id}/pause */
static void
handle_pause (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);
  int status;

  if (campaign == NULL)
    return;

  status = deck_mock_campaign_get_status (campaign);
  if (status == 0)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Campaign cannot be paused: it has not been launched.");
      return;
    }
  if (status == 3)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Campaign cannot be paused: it has completed.");
      return;
    }

  if (status != 2)
    {
      json_object_set_int_member (campaign->json, "status", 2);
      touch (campaign);
    }
  reply_campaign (ctx, campaign);
}

typedef struct
{
  const char *column;
  gboolean    descending;
} SortSpec;

static int
compare_campaigns (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  DeckMockCampaign *x = *(DeckMockCampaign **) a;
  DeckMockCampaign *y = *(DeckMockCampaign **) b;
  const SortSpec *spec = user_data;
  int result;

  if (g_str_equal (spec->column, "name"))
    result = g_utf8_collate (deck_mock_campaign_get_name (x), deck_mock_campaign_get_name (y));
  else if (g_str_equal (spec->column, "status"))
    result = deck_mock_campaign_get_status (x) - deck_mock_campaign_get_status (y);
  else if (g_str_equal (spec->column, "timestamp_updated"))
    result = g_strcmp0 (json_object_get_string_member (x->json, "timestamp_updated"),
                        json_object_get_string_member (y->json, "timestamp_updated"));
  else
    result = x->created_ms < y->created_ms ? -1 : x->created_ms > y->created_ms;

  if (result == 0)
    result = strcmp (x->id, y->id);
  return spec->descending ? -result : result;
}

/* GET /api/v2/campaigns/search-by-contact */
static void
handle_search_by_contact (DeckMockContext *ctx)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  const char *search = deck_mock_query_string (ctx, "search");
  const char *column = deck_mock_query_string (ctx, "sort_column");
  const char *order = deck_mock_query_string (ctx, "sort_order");
  g_autofree char *email = search != NULL ? g_strstrip (g_ascii_strdown (search, -1)) : NULL;
  SortSpec spec = { column != NULL ? column : "timestamp_created", g_strcmp0 (order, "desc") == 0 };
  JsonArray *items = json_array_new ();
  JsonObject *root = json_object_new ();
  JsonNode *node;

  for (guint i = 0; email != NULL && *email != '\0' && i < ctx->store->campaigns->len; i++)
    {
      DeckMockCampaign *campaign = g_ptr_array_index (ctx->store->campaigns, i);

      for (guint j = 0; j < campaign->lead_emails->len; j++)
        if (g_str_equal (g_ptr_array_index (campaign->lead_emails, j), email))
          {
            g_ptr_array_add (matches, campaign);
            break;
          }
    }

  g_ptr_array_sort_with_data (matches, compare_campaigns, &spec);
  for (guint i = 0; i < matches->len; i++)
    json_array_add_element (items, campaign_to_json (ctx->store, g_ptr_array_index (matches, i)));

  /* {items} without a cursor (CATALOG.md §1.3). */
  json_object_set_array_member (root, "items", items);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* POST /api/v2/campaigns/{id}/share */
static void
handle_share (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);

  if (campaign == NULL)
    return;

  /* Shared for seven days from now; sharing again extends it. */
  campaign->shared_until_ms = deck_mock_now_ms () + SHARE_DAYS * DECK_MOCK_DAY_MS;
  deck_mock_reply (ctx, SOUP_STATUS_NO_CONTENT, NULL);
}

/* The members a copy of a campaign keeps: the settings and the copy, not the
 * identity, state or statistics. */
static JsonObject *
copyable_members (DeckMockCampaign *campaign,
                  gboolean          keep_senders)
{
  JsonObject *copy = deck_mock_json_object_copy (campaign->json);
  static const char * const drop[] = {
    "id", "name", "status", "timestamp_created", "timestamp_updated", "not_sending_status",
    "organization", "owned_by",
  };

  for (guint i = 0; i < G_N_ELEMENTS (drop); i++)
    json_object_remove_member (copy, drop[i]);

  if (!keep_senders)
    {
      /* Another workspace's accounts and tags mean nothing here. */
      json_object_set_array_member (copy, "email_list", json_array_new ());
      json_object_set_array_member (copy, "email_tag_list", json_array_new ());
    }

  return copy;
}

/* POST /api/v2/campaigns/{id}/from-export */
static void
handle_from_export (DeckMockContext *ctx)
{
  DeckMockCampaign *source = lookup_or_404 (ctx);
  g_autoptr(JsonObject) members = NULL;
  DeckMockCampaign *campaign;

  if (source == NULL)
    return;

  if (source->shared_until_ms < deck_mock_now_ms ())
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_FORBIDDEN, "The requested campaign not shared");
      return;
    }

  members = copyable_members (source, FALSE);
  campaign = add_new_campaign (ctx->store, deck_mock_campaign_get_name (source), members);
  reply_campaign (ctx, campaign);
}

/* POST /api/v2/campaigns/{id}/export */
static void
handle_export (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);

  if (campaign == NULL)
    return;

  /* The export is the Campaign itself, as a deep copy the caller may keep. */
  {
    JsonNode *node = json_node_new (JSON_NODE_OBJECT);

    update_not_sending (ctx->store, campaign);
    json_node_take_object (node, deck_mock_json_object_copy (campaign->json));
    deck_mock_reply (ctx, SOUP_STATUS_OK, node);
  }
}

/* POST /api/v2/campaigns/{id}/duplicate */
static void
handle_duplicate (DeckMockContext *ctx)
{
  DeckMockCampaign *source = lookup_or_404 (ctx);
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(JsonObject) members = NULL;
  g_autofree char *name = NULL;
  const char *wanted;
  DeckMockCampaign *campaign;

  if (source == NULL)
    return;

  wanted = body != NULL ? json_object_get_string_member_with_default (body, "name", NULL) : NULL;
  if (wanted != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (wanted));

      /* An empty name is a mistake, not a request for the default. */
      if (*stripped == '\0')
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/name must NOT have fewer than 1 characters");
          return;
        }
    }
  name = wanted != NULL ? g_strdup (wanted) : g_strdup_printf ("%s (copy)", deck_mock_campaign_get_name (source));

  members = copyable_members (source, TRUE);
  campaign = add_new_campaign (ctx->store, name, members);
  reply_campaign (ctx, campaign);
}

/* GET /api/v2/campaigns/count-launched */
static void
handle_count_launched (DeckMockContext *ctx)
{
  JsonObject *root = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  guint count = 0;

  /* Launched: everything that has left the draft state. */
  for (guint i = 0; i < ctx->store->campaigns->len; i++)
    count += deck_mock_campaign_get_status (g_ptr_array_index (ctx->store->campaigns, i)) != 0;

  json_object_set_int_member (root, "count", count);
  json_node_take_object (node, root);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* POST /api/v2/campaigns/{id}/variables */
static void
handle_variables (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);
  JsonArray *variables;
  JsonNode *node;
  JsonObject *custom;

  if (campaign == NULL)
    return;

  variables = json_object_get_array_member (deck_mock_body_object (ctx), "variables");
  for (guint i = 0; i < json_array_get_length (variables); i++)
    {
      const char *name = json_array_get_string_element (variables, i);

      if (name == NULL || *name == '\0' || strchr (name, ' ') != NULL || strchr (name, '{') != NULL)
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                 "body/variables/%u must be a variable name without spaces or braces", i);
          return;
        }
    }

  node = json_object_get_member (campaign->json, "custom_variables");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    json_object_set_object_member (campaign->json, "custom_variables", json_object_new ());
  custom = json_object_get_object_member (campaign->json, "custom_variables");

  for (guint i = 0; i < json_array_get_length (variables); i++)
    {
      const char *name = json_array_get_string_element (variables, i);

      if (!g_strv_contains (core_variable_names, name) && !json_object_has_member (custom, name))
        json_object_set_string_member (custom, name, "");
    }

  touch (campaign);
  reply_campaign (ctx, campaign);
}

/* GET /api/v2/campaigns/{id}/sending-status */
static void
handle_sending_status (DeckMockContext *ctx)
{
  DeckMockCampaign *campaign = lookup_or_404 (ctx);

  if (campaign == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK,
                   deck_mock_sending_status_json (ctx->store, campaign, NULL,
                                                  deck_mock_query_bool (ctx, "with_ai_summary")));
}

/* The four analytics GETs live in deck-mock-campaign-analytics.c. The router
 * prefers literal segments, so /campaigns/count-launched never reaches {id}. */
static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/campaigns",                       "campaigns:create", NULL,                          CREATE_CAMPAIGN_SCHEMA,    TRUE,  handle_create },
  { "GET",    "/api/v2/campaigns",                       "campaigns:read",   LIST_CAMPAIGNS_QUERY,          NULL,                      FALSE, handle_list },
  { "GET",    "/api/v2/campaigns/search-by-contact",     "campaigns:read",   SEARCH_BY_CONTACT_QUERY,       NULL,                      FALSE, handle_search_by_contact },
  { "GET",    "/api/v2/campaigns/count-launched",        "campaigns:read",   NULL,                          NULL,                      FALSE, handle_count_launched },
  { "GET",    "/api/v2/campaigns/{id}",                  "campaigns:read",   NULL,                          NULL,                      FALSE, handle_get },
  { "PATCH",  "/api/v2/campaigns/{id}",                  "campaigns:update", NULL,                          PATCH_CAMPAIGN_SCHEMA,     TRUE,  handle_patch },
  { "DELETE", "/api/v2/campaigns/{id}",                  "campaigns:delete", NULL,                          NULL,                      FALSE, handle_delete },
  { "POST",   "/api/v2/campaigns/{id}/activate",         "campaigns:update", NULL,                          NULL,                      FALSE, handle_activate },
  { "POST",   "/api/v2/campaigns/{id}/pause",            "campaigns:update", NULL,                          NULL,                      FALSE, handle_pause },
  /* The spec states no scope for share; it changes the campaign. */
  { "POST",   "/api/v2/campaigns/{id}/share",            "campaigns:update", NULL,                          NULL,                      FALSE, handle_share },
  { "POST",   "/api/v2/campaigns/{id}/from-export",      "campaigns:create", NULL,                          NULL,                      FALSE, handle_from_export },
  { "POST",   "/api/v2/campaigns/{id}/export",           "campaigns:read",   NULL,                          NULL,                      FALSE, handle_export },
  { "POST",   "/api/v2/campaigns/{id}/duplicate",        "campaigns:create", NULL,                          DUPLICATE_CAMPAIGN_SCHEMA, FALSE, handle_duplicate },
  { "POST",   "/api/v2/campaigns/{id}/variables",        "campaigns:update", NULL,                          CAMPAIGN_VARIABLES_SCHEMA, TRUE,  handle_variables },
  { "GET",    "/api/v2/campaigns/{id}/sending-status",   "campaigns:read",   CAMPAIGN_SENDING_STATUS_QUERY, NULL,                      FALSE, handle_sending_status },
};

const DeckMockRoute *
deck_mock_campaign_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
