/* deck-mock-campaign-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-analytics"

#include <libsoup/soup.h>
#include <math.h>
#include <string.h>

#include "deck-mock-analytics-private.h"
#include "deck-mock-routes-private.h"

#define DAY_MS        (G_GINT64_CONSTANT (86400000))
/* Steps and variants past these are not analysed (the editor makes far fewer). */
#define MAX_STEPS     32
#define MAX_VARIANTS  32
/* A variant added to a running campaign only sends on its last days: too little
 * data for a verdict. */
#define LATE_VARIANT_DAYS 3

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define STATUS_ENUM \
  "{\"type\":\"number\",\"enum\":[-99,-1,-2,0,1,2,3,4]}"

#define ANALYTICS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"ids\":{\"type\":\"array\"," \
  "\"items\":{\"type\":\"string\"}},\"start_date\":{\"type\":\"string\"},\"end_date\":{\"type\":" \
  "\"string\"},\"exclude_total_leads_count\":{\"type\":\"boolean\"}}}"

#define OVERVIEW_QUERY \
  "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"ids\":{\"type\":\"array\"," \
  "\"items\":{\"type\":\"string\"}},\"start_date\":{\"type\":\"string\"},\"end_date\":{\"type\":" \
  "\"string\"},\"campaign_status\":" STATUS_ENUM ",\"expand_crm_events\":{\"type\":\"boolean\"}}}"

#define DAILY_QUERY \
  "{\"type\":\"object\",\"properties\":{\"campaign_id\":{\"type\":\"string\"},\"start_date\":{" \
  "\"type\":\"string\"},\"end_date\":{\"type\":\"string\"},\"campaign_status\":" STATUS_ENUM "}}"

#define STEPS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"campaign_id\":{\"type\":\"string\"},\"start_date\":{" \
  "\"type\":\"string\"},\"end_date\":{\"type\":\"string\"},\"include_opportunities_count\":{" \
  "\"type\":\"boolean\"}}}"

/* The generator.
 *
 * A campaign starts its leads on its sending days between its start and the day it
 * stopped (or the present), as many in all as a share of its leads; a lead gets
 * step k on the sending day on or after its start + the delays before k; each step's
 * sends split evenly over its enabled variants. Rates come from the campaign, the
 * step, the variant's "lift" and a per-day jitter, all from stable hashes of the
 * campaign id, so every figure is a pure function of (campaign, day, step, variant). */

/* What a stable coin is thrown for: one independent stream each. The values seed
 * the figures: reordering them changes every number the mock serves. */
typedef enum
{
  DRAW_AUTO,
  DRAW_AUTO1,
  DRAW_BOUNCE,
  DRAW_CLICK,
  DRAW_CLICK1,
  DRAW_DUE,
  DRAW_JITTER,
  DRAW_LATE,
  DRAW_LIFT,
  DRAW_OPEN,
  DRAW_OPEN1,
  DRAW_OPP,
  DRAW_OPP_BOOKED,
  DRAW_OPP_MET,
  DRAW_OPP_WON,
  DRAW_QUALITY,
  DRAW_REAUTO,
  DRAW_RECLICK,
  DRAW_REOPEN,
  DRAW_REOPP,
  DRAW_REPLY,
  DRAW_REPLY1,
  DRAW_REREPLY,
  DRAW_SENDERS,
  DRAW_SPLIT,
  DRAW_STOP,
  DRAW_TO_BOOKED,
  DRAW_TO_MET,
  DRAW_TO_WON,
  DRAW_UNSUB,
  DRAW_VOLUME,
  DRAW_VOLUME_ROUND,
  DRAW_WAITING,
} Draw;

typedef struct
{
  DeckMockCampaign *campaign;
  const char       *id;
  guint32           seed;                  /* a hash of the id */
  int               status;
  guint             n_steps;
  gint64            offset[MAX_STEPS];     /* days from a lead's first email to step k */
  guint             n_variants[MAX_STEPS];
  guint32           enabled[MAX_STEPS];    /* bit v: variant v sends */
  guint8            weekdays;              /* bit 0: Sunday */
  gint64            first_day;             /* the days it sent on; first > last: none */
  gint64            last_day;
  gint64            leads_first_day;       /* the days new leads started on */
  gint64            leads_last_day;
  double            leads_per_day;         /* new leads on an average sending day */
  double            survival[MAX_STEPS];   /* the share of a day's leads still in at step k */
  /* Per step and variant (k * MAX_VARIANTS + v): */
  gint64           *late_from;             /* the first day it sends */
  double           *lift;
  double            quality;
  gboolean          open_tracking;
  gboolean          link_tracking;
  double            pl_value;
  GPtrArray        *senders;               /* lower-case emails */
  /* Day totals for the account split, filled on first use. */
  DeckMockCounts   *day_totals;
  gboolean         *day_done;
} Plan;

struct _DeckMockAnalytics
{
  DeckMockStore *store;
  gint64         today;
  GPtrArray     *plans;   /* Plan *, in creation order */
};

/* deck_mock_counts_add() and the account split walk the counters as an array. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (DeckMockCounts, opportunity_value) % sizeof (gint64) == 0);
G_STATIC_ASSERT (sizeof (DeckMockCounts) == G_STRUCT_OFFSET (DeckMockCounts, opportunity_value) + sizeof (double));

void
deck_mock_counts_add (DeckMockCounts       *total,
                      const DeckMockCounts *counts)
{
  gint64 *t = (gint64 *) total;
  const gint64 *c = (const gint64 *) counts;

  /* Every member but the value is a gint64, laid out first. */
  for (guint i = 0; i < G_STRUCT_OFFSET (DeckMockCounts, opportunity_value) / sizeof (gint64); i++)
    t[i] += c[i];
  total->opportunity_value += counts->opportunity_value;
}

gint64
deck_mock_analytics_today (DeckMockStore *store)
{
  gint64 now = store->clock_ms != 0 ? store->clock_ms : DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS;

  return now - ((now % DAY_MS) + DAY_MS) % DAY_MS;
}

static gint64
day_of (gint64 unix_ms)
{
  return unix_ms - ((unix_ms % DAY_MS) + DAY_MS) % DAY_MS;
}

static inline guint32
mix (guint32 h)
{
  /* A 32-bit finaliser (lowbias32): cheap, and every input bit moves the output. */
  h ^= h >> 16;
  h *= 0x7feb352d;
  h ^= h >> 15;
  h *= 0x846ca68b;
  h ^= h >> 16;
  return h;
}

static guint32
plan_hash (const Plan *plan,
           Draw        what,
           gint64      day,
           guint       step,
           guint       variant)
{
  guint32 h = mix (plan->seed ^ (guint32) what);

  h = mix (h ^ (guint32) (day / DAY_MS));
  return mix (h ^ (step << 16 | variant));
}

/* A uniform number in [0, 1). */
static double
plan_uniform (const Plan *plan,
              Draw        what,
              gint64      day,
              guint       step,
              guint       variant)
{
  return (plan_hash (plan, what, day, step, variant) & 0xffffff) / (double) 0x1000000;
}

/* About n·p, rounded by a stable coin so that the sums stay unbiased. */
static gint64
draw (const Plan *plan,
      Draw        what,
      gint64      day,
      guint       step,
      guint       variant,
      gint64      n,
      double      p)
{
  gint64 k;

  if (n <= 0 || p <= 0)
    return 0;
  k = (gint64) floor (n * p + plan_uniform (plan, what, day, step, variant));
  return CLAMP (k, 0, n);
}

static gboolean
plan_sends_on (const Plan *plan,
               gint64      day)
{
  /* 1970-01-01 was a Thursday (4, Sunday = 0). */
  int weekday = (int) (((day / DAY_MS) % 7 + 7 + 4) % 7);

  return (plan->weekdays & (1u << weekday)) != 0;
}

static gint64
plan_new_leads (const Plan *plan,
                gint64      day)
{
  if (day < plan->leads_first_day || day > plan->leads_last_day || !plan_sends_on (plan, day))
    return 0;
  return (gint64) floor (plan->leads_per_day * (0.7 + 0.6 * plan_uniform (plan, DRAW_VOLUME, day, 0, 0)) +
                         plan_uniform (plan, DRAW_VOLUME_ROUND, day, 0, 0));
}

/* The leads of step @step due on @day, before the weekend shift. */
static gint64
plan_due (const Plan *plan,
          gint64      day,
          guint       step)
{
  gint64 cohort = plan_new_leads (plan, day - plan->offset[step] * DAY_MS);

  if (step == 0 || cohort == 0)
    return cohort;
  /* Replies, bounces and unsubscribes take leads out of the sequence. */
  return (gint64) floor (cohort * plan->survival[step] + plan_uniform (plan, DRAW_DUE, day, step, 0));
}

static gint64
plan_step_sends (const Plan *plan,
                 gint64      day,
                 guint       step)
{
  gint64 sends = 0;

  if (day < plan->first_day || day > plan->last_day || !plan_sends_on (plan, day))
    return 0;
  if (step == 0)
    return plan_new_leads (plan, day);

  /* What fell due on the days it does not send goes out on the next one. */
  sends = plan_due (plan, day, step);
  for (gint64 e = day - DAY_MS; e > day - 7 * DAY_MS && !plan_sends_on (plan, e); e -= DAY_MS)
    sends += plan_due (plan, e, step);
  return sends;
}

static gint64
plan_compute_late_from (const Plan *plan,
                        guint       step,
                        guint       variant)
{
  gint64 end;

  if (variant == 0 || plan->first_day > plan->last_day ||
      plan_hash (plan, DRAW_LATE, 0, step, variant) % 5 != 0)
    return G_MININT64;
  end = MIN (plan->last_day, plan->leads_last_day + plan->offset[step] * DAY_MS);
  return MAX (plan->first_day, end - (LATE_VARIANT_DAYS - 1) * DAY_MS);
}

/* The share of @variant in the @total sends of its step on @day. */
static gint64
plan_variant_sends (const Plan *plan,
                    gint64      day,
                    guint       step,
                    guint       variant,
                    gint64      total)
{
  const gint64 *late_from = &plan->late_from[step * MAX_VARIANTS];
  gint64 base, remainder;
  guint n_active = 0, index = 0, rotation;

  if ((plan->enabled[step] & (1u << variant)) == 0 || total == 0 || day < late_from[variant])
    return 0;

  for (guint v = 0; v < plan->n_variants[step]; v++)
    if ((plan->enabled[step] & (1u << v)) != 0 && day >= late_from[v])
      {
        if (v == variant)
          index = n_active;
        n_active++;
      }

  /* An even split; the remainder goes round, so the step's total is kept. */
  base = total / n_active;
  remainder = total % n_active;
  rotation = plan_hash (plan, DRAW_SPLIT, day, step, 0) % n_active;
  return base + (((index + rotation) % n_active) < remainder ? 1 : 0);
}

/* How much better or worse a variant does than an average one: most are close,
 * one in ten is clearly better and one in ten clearly worse. */
static double
plan_compute_lift (const Plan *plan,
                   guint       step,
                   guint       variant)
{
  guint32 h = plan_hash (plan, DRAW_LIFT, 0, step, variant);

  switch (h % 10)
    {
    case 0:
      return 1.8;
    case 1:
      return 0.5;
    default:
      return 0.93 + 0.14 * ((h >> 8) & 0xffff) / 65536.0;
    }
}

static void
plan_atom (const Plan     *plan,
           gint64          day,
           guint           step,
           guint           variant,
           gint64          step_total,
           gint64          range_start,
           DeckMockCounts *c)
{
  gint64 n = plan_variant_sends (plan, day, step, variant, step_total);
  double lift, jitter, p_open, p_reply, p_click;
  gint64 rest;

  memset (c, 0, sizeof *c);
  if (n == 0)
    return;

  lift = plan->lift[step * MAX_VARIANTS + variant];
  jitter = 0.85 + 0.3 * plan_uniform (plan, DRAW_JITTER, day, step, variant);
  p_open = plan->open_tracking ? MIN (0.95, (step == 0 ? 0.46 : 0.38) * plan->quality * (1 + (lift - 1) / 2) * jitter) : 0;
  p_reply = (step == 0 ? 0.034 : 0.021) * plan->quality * lift * jitter;
  p_click = plan->link_tracking ? 0.014 * plan->quality * lift * jitter : 0;

  c->sent = n;
  c->new_leads = step == 0 ? n : 0;
  /* The lead's previous email fell before the range: its first in the range. */
  if (step == 0 || day - (plan->offset[step] - plan->offset[step - 1]) * DAY_MS < range_start)
    c->first_contacts = n;

  c->unique_opened = draw (plan, DRAW_OPEN, day, step, variant, n, p_open);
  c->opened = c->unique_opened + draw (plan, DRAW_REOPEN, day, step, variant, c->unique_opened, 0.45);
  c->first_opened = step == 0 ? c->unique_opened : draw (plan, DRAW_OPEN1, day, step, variant, c->unique_opened, 0.35);

  c->unique_replies = draw (plan, DRAW_REPLY, day, step, variant, n, p_reply);
  c->replies = c->unique_replies + draw (plan, DRAW_REREPLY, day, step, variant, c->unique_replies, 0.15);
  c->first_replied = step == 0 ? c->unique_replies : draw (plan, DRAW_REPLY1, day, step, variant, c->unique_replies, 0.85);

  c->unique_replies_automatic = draw (plan, DRAW_AUTO, day, step, variant, n, 0.012);
  c->replies_automatic = c->unique_replies_automatic +
                         draw (plan, DRAW_REAUTO, day, step, variant, c->unique_replies_automatic, 0.2);
  c->first_replied_automatic = step == 0 ? c->unique_replies_automatic
                                         : draw (plan, DRAW_AUTO1, day, step, variant, c->unique_replies_automatic, 0.6);

  c->unique_clicks = draw (plan, DRAW_CLICK, day, step, variant, n, p_click);
  c->clicks = c->unique_clicks + draw (plan, DRAW_RECLICK, day, step, variant, c->unique_clicks, 0.4);
  c->first_clicked = step == 0 ? c->unique_clicks : draw (plan, DRAW_CLICK1, day, step, variant, c->unique_clicks, 0.5);

  c->bounced = draw (plan, DRAW_BOUNCE, day, step, variant, n, step == 0 ? 0.018 : 0.004);
  c->unsubscribed = draw (plan, DRAW_UNSUB, day, step, variant, n - c->bounced, 0.003);
  c->completed = step + 1 == plan->n_steps ? n - c->bounced : 0;

  /* Opportunities come from the replies; each has a first CRM status and may go
   * on from there (interested -> meeting booked -> completed -> closed). */
  c->unique_opportunities = draw (plan, DRAW_OPP, day, step, variant, c->unique_replies, 0.32);
  c->opportunities = c->unique_opportunities + draw (plan, DRAW_REOPP, day, step, variant, c->unique_opportunities, 0.12);
  rest = c->unique_opportunities;
  c->first_meeting_booked = draw (plan, DRAW_OPP_BOOKED, day, step, variant, rest, 0.15);
  rest -= c->first_meeting_booked;
  c->first_meeting_completed = draw (plan, DRAW_OPP_MET, day, step, variant, rest, 0.05);
  rest -= c->first_meeting_completed;
  c->first_closed = draw (plan, DRAW_OPP_WON, day, step, variant, rest, 0.04);
  c->first_interested = rest - c->first_closed;

  c->meetings_booked_all = c->first_meeting_booked + draw (plan, DRAW_TO_BOOKED, day, step, variant, c->first_interested, 0.3);
  c->meetings_completed_all = c->first_meeting_completed +
                              draw (plan, DRAW_TO_MET, day, step, variant, c->meetings_booked_all, 0.6);
  c->closed_all = c->first_closed + draw (plan, DRAW_TO_WON, day, step, variant, c->meetings_completed_all, 0.4);
  c->meetings_booked_now = c->meetings_booked_all - (c->meetings_completed_all - c->first_meeting_completed);
  c->won_now = c->closed_all;
  c->opportunity_value = c->unique_opportunities * plan->pl_value;
}

/* Building the plans from the campaigns' JSON */

static gboolean
member_bool (JsonObject *object,
             const char *member,
             gboolean    fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

static double
member_number (JsonObject *object,
               const char *member,
               double      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  if (type == G_TYPE_STRING)
    return g_ascii_strtod (json_node_get_string (node), NULL);
  return fallback;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
plan_free (gpointer data)
{
  Plan *plan = data;

  g_free (plan->late_from);
  g_free (plan->lift);
  g_free (plan->day_totals);
  g_free (plan->day_done);
  g_clear_pointer (&plan->senders, g_ptr_array_unref);
  g_free (plan);
}

static void
plan_read_sequence (Plan       *plan,
                    JsonObject *json)
{
  JsonArray *sequences = member_array (json, "sequences");
  JsonObject *sequence;
  JsonArray *steps;
  double offset = 0;

  if (sequences == NULL || json_array_get_length (sequences) == 0)
    return;
  /* Only the first sequence is used (CATALOG.md pitfall 3). */
  sequence = JSON_NODE_HOLDS_OBJECT (json_array_get_element (sequences, 0))
             ? json_array_get_object_element (sequences, 0) : NULL;
  steps = member_array (sequence, "steps");
  if (steps == NULL)
    return;

  plan->n_steps = MIN (json_array_get_length (steps), MAX_STEPS);
  for (guint k = 0; k < plan->n_steps; k++)
    {
      JsonNode *node = json_array_get_element (steps, k);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonArray *variants = member_array (step, "variants");
      const char *unit = member_string (step, "delay_unit");
      double delay = member_number (step, "delay", 0);

      plan->offset[k] = (gint64) ceil (offset - 1e-9);
      plan->n_variants[k] = variants != NULL ? MIN (json_array_get_length (variants), MAX_VARIANTS) : 0;
      for (guint v = 0; v < plan->n_variants[k]; v++)
        {
          JsonNode *vnode = json_array_get_element (variants, v);
          JsonObject *variant = JSON_NODE_HOLDS_OBJECT (vnode) ? json_node_get_object (vnode) : NULL;

          if (!member_bool (variant, "v_disabled", FALSE))
            plan->enabled[k] |= 1u << v;
        }

      /* The delay is the wait after this step, before the next one. */
      if (g_strcmp0 (unit, "minutes") == 0)
        delay /= 24 * 60;
      else if (g_strcmp0 (unit, "hours") == 0)
        delay /= 24;
      offset += MAX (delay, 0);
    }
}

static void
plan_read_schedule (Plan       *plan,
                    JsonObject *json,
                    gint64     *start_day,
                    gint64     *end_day)
{
  JsonObject *schedule = member_object (json, "campaign_schedule");
  JsonArray *schedules = member_array (schedule, "schedules");
  const char *start = member_string (schedule, "start_date");
  const char *end = member_string (schedule, "end_date");
  gint64 ms;

  *start_day = G_MININT64;
  *end_day = G_MAXINT64;
  if (start != NULL && deck_mock_parse_time (start, &ms))
    *start_day = day_of (ms);
  if (end != NULL && deck_mock_parse_time (end, &ms))
    *end_day = day_of (ms);

  plan->weekdays = 0;
  for (guint i = 0; schedules != NULL && i < json_array_get_length (schedules); i++)
    {
      JsonNode *node = json_array_get_element (schedules, i);
      JsonObject *days = JSON_NODE_HOLDS_OBJECT (node) ? member_object (json_node_get_object (node), "days") : NULL;

      /* Keys "0".."6", 0 = Sunday (CATALOG.md pitfall 2). */
      for (guint d = 0; d < 7; d++)
        {
          char key[2] = { (char) ('0' + d), '\0' };

          if (member_bool (days, key, FALSE))
            plan->weekdays |= 1u << d;
        }
    }
}

static void
plan_read_senders (Plan          *plan,
                   DeckMockStore *store,
                   JsonObject    *json)
{
  JsonArray *emails = member_array (json, "email_list");
  JsonArray *tags = member_array (json, "email_tag_list");

  plan->senders = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; emails != NULL && i < json_array_get_length (emails); i++)
    {
      JsonNode *node = json_array_get_element (emails, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (plan->senders, g_ascii_strdown (json_node_get_string (node), -1));
    }

  /* Accounts picked by tag, in the accounts' order. */
  if (tags != NULL && json_array_get_length (tags) > 0)
    {
      for (GSequenceIter *iter = g_sequence_get_begin_iter (store->account_order);
           !g_sequence_iter_is_end (iter);
           iter = g_sequence_iter_next (iter))
        {
          DeckMockAccount *account = g_sequence_get (iter);

          for (guint i = 0; i < json_array_get_length (tags); i++)
            {
              const char *tag = json_array_get_string_element (tags, i);

              if (tag != NULL && deck_mock_account_has_tag (account, tag))
                {
                  if (!g_ptr_array_find_with_equal_func (plan->senders, account->key, g_str_equal, NULL))
                    g_ptr_array_add (plan->senders, g_strdup (account->key));
                  break;
                }
            }
        }
    }
}

static Plan *
plan_new (DeckMockStore    *store,
          DeckMockCampaign *campaign,
          gint64            today)
{
  Plan *plan = g_new0 (Plan, 1);
  JsonObject *json = campaign->json;
  gint64 start_day, end_day, updated_ms;
  const char *updated;
  double daily_limit, per_lead = 0;

  plan->campaign = campaign;
  plan->id = campaign->id;
  plan->seed = deck_mock_hash (campaign->id, "analytics");
  plan->status = deck_mock_campaign_get_status (campaign);
  plan->quality = 0.8 + 0.4 * plan_uniform (plan, DRAW_QUALITY, 0, 0, 0);
  /* Absent or null: the defaults of a new campaign, which track. */
  plan->open_tracking = member_bool (json, "open_tracking", TRUE);
  plan->link_tracking = member_bool (json, "link_tracking", TRUE);
  plan->pl_value = MAX (member_number (json, "pl_value", 0), 0);

  plan_read_sequence (plan, json);
  plan_read_schedule (plan, json, &start_day, &end_day);
  plan_read_senders (plan, store, json);

  /* When it sent: from its creation (or scheduled start) to the present for a
   * running campaign; a draft never sent. */
  plan->first_day = MAX (day_of (campaign->created_ms), start_day);
  switch (plan->status)
    {
    case 0:
      plan->last_day = G_MININT64;
      break;
    case 1:
    case 4:
      plan->last_day = today;
      break;
    default:
      /* Stopped: a change after the mock's present (a pause through the API) stopped
       * it today; the seed's stopped campaigns stopped somewhere in their past. */
      updated = member_string (json, "timestamp_updated");
      if (updated != NULL && deck_mock_parse_time (updated, &updated_ms) && day_of (updated_ms) >= today)
        plan->last_day = today;
      else if (plan->first_day < today)
        plan->last_day = plan->first_day +
                         (gint64) ((today - plan->first_day) / DAY_MS * (0.5 + 0.4 * plan_uniform (plan, DRAW_STOP, 0, 0, 0))) * DAY_MS;
      else
        plan->last_day = today;
      break;
    }
  plan->last_day = MIN (plan->last_day, end_day);
  if (plan->n_steps == 0 || plan->weekdays == 0)
    plan->last_day = G_MININT64;

  /* A completed campaign ran out of new leads a whole sequence before its end. */
  plan->leads_first_day = plan->first_day;
  plan->leads_last_day = plan->last_day;
  if (plan->status == 3 && plan->n_steps > 0 && plan->first_day <= plan->last_day)
    plan->leads_last_day = MAX (plan->first_day, plan->last_day - plan->offset[plan->n_steps - 1] * DAY_MS);

  /* New leads a day so that all steps together keep to about 90% of the daily
   * limit once the sequence is under way. */
  daily_limit = member_number (json, "daily_limit", 0);
  if (daily_limit <= 0)
    daily_limit = 30;
  for (guint k = 0; k < plan->n_steps; k++)
    {
      plan->survival[k] = pow (0.94, k);
      per_lead += plan->survival[k];
    }
  plan->leads_per_day = per_lead > 0 ? 0.9 * daily_limit / per_lead : 0;

  plan->late_from = g_new0 (gint64, MAX (plan->n_steps, 1) * MAX_VARIANTS);
  plan->lift = g_new0 (double, MAX (plan->n_steps, 1) * MAX_VARIANTS);
  for (guint k = 0; k < plan->n_steps; k++)
    for (guint v = 0; v < plan->n_variants[k]; v++)
      {
        plan->late_from[k * MAX_VARIANTS + v] = plan_compute_late_from (plan, k, v);
        plan->lift[k * MAX_VARIANTS + v] = plan_compute_lift (plan, k, v);
      }

  return plan;
}

/* Every lead it started, and for a campaign that is not done the ones still
 * waiting; never fewer than the leads the store holds for it. */
static gint64
plan_leads_count (const Plan *plan)
{
  gint64 started = 0;
  guint stored = plan->campaign->lead_emails != NULL ? plan->campaign->lead_emails->len : 0;

  for (gint64 day = plan->leads_first_day; day <= plan->leads_last_day; day += DAY_MS)
    started += plan_new_leads (plan, day);
  if (plan->status != 3)
    started += (gint64) (started * (0.1 + 0.5 * plan_uniform (plan, DRAW_WAITING, 0, 0, 0)));
  return MAX (started, (gint64) stored);
}

static void
collect_plan (DeckMockStore    *store,
              DeckMockCampaign *campaign,
              gpointer          user_data)
{
  DeckMockAnalytics *analytics = user_data;

  g_ptr_array_add (analytics->plans, plan_new (store, campaign, analytics->today));
}

DeckMockAnalytics *
deck_mock_analytics_new (DeckMockStore *store)
{
  DeckMockAnalytics *analytics = g_new0 (DeckMockAnalytics, 1);

  analytics->store = store;
  analytics->today = deck_mock_analytics_today (store);
  analytics->plans = g_ptr_array_new_with_free_func (plan_free);
  deck_mock_store_foreach_campaign (store, collect_plan, analytics);

  return analytics;
}

void
deck_mock_analytics_free (DeckMockAnalytics *analytics)
{
  if (analytics == NULL)
    return;
  g_ptr_array_unref (analytics->plans);
  g_free (analytics);
}

static Plan *
analytics_find (DeckMockAnalytics *analytics,
                const char        *id)
{
  for (guint i = 0; i < analytics->plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (analytics->plans, i);

      if (g_strcmp0 (plan->id, id) == 0)
        return plan;
    }
  return NULL;
}

/* Sums of atoms */

typedef void (*AtomFunc) (const Plan           *plan,
                          gint64                day,
                          guint                 step,
                          guint                 variant,
                          const DeckMockCounts *counts,
                          gpointer              user_data);

/* Every atom of @plan from @from to @to (UTC midnights, inclusive). */
static void
plan_foreach_atom (const Plan *plan,
                   gint64      from,
                   gint64      to,
                   AtomFunc    func,
                   gpointer    user_data)
{
  gint64 first = MAX (from, plan->first_day);
  gint64 last = MIN (to, plan->last_day);

  for (gint64 day = first; day <= last; day += DAY_MS)
    for (guint k = 0; k < plan->n_steps; k++)
      {
        gint64 step_total = plan_step_sends (plan, day, k);

        if (step_total == 0)
          continue;
        for (guint v = 0; v < plan->n_variants[k]; v++)
          {
            DeckMockCounts counts;

            plan_atom (plan, day, k, v, step_total, from, &counts);
            if (counts.sent > 0)
              func (plan, day, k, v, &counts, user_data);
          }
      }
}

static void
add_to_total (const Plan           *plan,
              gint64                day,
              guint                 step,
              guint                 variant,
              const DeckMockCounts *counts,
              gpointer              user_data)
{
  deck_mock_counts_add (user_data, counts);
}

static const DeckMockCounts *
plan_day_total (Plan   *plan,
                gint64  day)
{
  gint64 i;

  if (day < plan->first_day || day > plan->last_day)
    return NULL;
  if (plan->day_totals == NULL)
    {
      gint64 n_days = (plan->last_day - plan->first_day) / DAY_MS + 1;

      plan->day_totals = g_new0 (DeckMockCounts, n_days);
      plan->day_done = g_new0 (gboolean, n_days);
    }
  i = (day - plan->first_day) / DAY_MS;
  if (!plan->day_done[i])
    {
      plan_foreach_atom (plan, day, day, add_to_total, &plan->day_totals[i]);
      plan->day_done[i] = TRUE;
    }
  return &plan->day_totals[i];
}

static gint64
share (gint64 value,
       guint  rank,
       guint  n)
{
  return value / n + ((gint64) rank < value % n ? 1 : 0);
}

void
deck_mock_analytics_account_day (DeckMockAnalytics *analytics,
                                 const char        *email,
                                 gint64             day_ms,
                                 DeckMockCounts    *counts)
{
  g_autofree char *key = g_ascii_strdown (email, -1);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < analytics->plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (analytics->plans, i);
      const DeckMockCounts *day;
      const gint64 *from;
      gint64 *to = (gint64 *) counts;
      guint index, rank, n = plan->senders->len;

      if (n == 0 || !g_ptr_array_find_with_equal_func (plan->senders, key, g_str_equal, &index))
        continue;
      day = plan_day_total (plan, day_ms);
      if (day == NULL)
        continue;

      /* The same rank for every member keeps unique <= total for each account. */
      rank = (index + plan_hash (plan, DRAW_SENDERS, day_ms, 0, 0) % n) % n;
      from = (const gint64 *) day;
      for (guint m = 0; m < G_STRUCT_OFFSET (DeckMockCounts, opportunity_value) / sizeof (gint64); m++)
        to[m] += share (from[m], rank, n);
      counts->opportunity_value += day->opportunity_value / n;
    }
}

/* Requests */

typedef struct
{
  gint64 start;          /* UTC midnights, inclusive; G_MININT64 / G_MAXINT64: open */
  gint64 end;
} Range;

static gboolean
parse_bound (DeckMockContext *ctx,
             const char      *name,
             gint64          *day)
{
  const char *text = deck_mock_query_string (ctx, name);
  gint64 ms;

  if (text == NULL || *text == '\0')
    return TRUE;
  if (!deck_mock_parse_time (text, &ms))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "querystring/%s must be a date (YYYY-MM-DD) or an ISO 8601 date-time", name);
      return FALSE;
    }
  *day = day_of (ms);
  return TRUE;
}

/* Both bounds are inclusive days; date-only values are UTC midnight, so a
 * date-time counts for the UTC day it falls in. */
static gboolean
parse_range (DeckMockContext *ctx,
             Range           *range)
{
  range->start = G_MININT64;
  range->end = G_MAXINT64;
  if (!parse_bound (ctx, "start_date", &range->start) ||
      !parse_bound (ctx, "end_date", &range->end))
    return FALSE;
  if (range->start > range->end)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Start Date must be earlier than End Date");
      return FALSE;
    }
  return TRUE;
}

static gboolean
status_filter (DeckMockContext *ctx,
               int             *status)
{
  gint64 value;

  if (!deck_mock_query_int (ctx, "campaign_status", &value))
    return FALSE;
  *status = (int) value;
  return TRUE;
}

/* The campaigns a request names: @single_param (a 404 if unknown), the repeated
 * "ids" when @with_ids (unknown ones are left out), or every campaign when it names
 * none; in creation order, without repeats. NULL after replying 404. */
static GPtrArray *
select_plans (DeckMockContext   *ctx,
              DeckMockAnalytics *analytics,
              const char        *single_param,
              gboolean           with_ids)
{
  const char *single = deck_mock_query_string (ctx, single_param);
  JsonNode *ids = with_ids ? json_object_get_member (ctx->query, "ids") : NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *selected = g_ptr_array_new ();
  gboolean named = FALSE;
  int status = 0;
  gboolean has_status = status_filter (ctx, &status);

  if (single != NULL && *single != '\0')
    {
      if (analytics_find (analytics, single) == NULL)
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
          g_ptr_array_unref (selected);
          return NULL;
        }
      g_hash_table_add (wanted, (gpointer) single);
      named = TRUE;
    }

  if (ids != NULL && JSON_NODE_HOLDS_ARRAY (ids))
    {
      JsonArray *array = json_node_get_array (ids);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *id = json_array_get_string_element (array, i);

          if (id != NULL && *id != '\0')
            {
              g_hash_table_add (wanted, (gpointer) id);
              named = TRUE;
            }
        }
    }

  for (guint i = 0; i < analytics->plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (analytics->plans, i);

      if (named && !g_hash_table_contains (wanted, plan->id))
        continue;
      if (has_status && plan->status != status)
        continue;
      g_ptr_array_add (selected, plan);
    }

  return selected;
}

static JsonNode *
take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static JsonNode *
take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

/* The members /analytics and /overview share. */
static void
set_campaign_counts (JsonObject           *object,
                     const DeckMockCounts *c)
{
  json_object_set_int_member (object, "contacted_count", c->first_contacts);
  json_object_set_int_member (object, "emails_sent_count", c->sent);
  json_object_set_int_member (object, "new_leads_contacted_count", c->new_leads);
  json_object_set_int_member (object, "open_count", c->opened);
  json_object_set_int_member (object, "open_count_unique", c->first_opened);
  json_object_set_int_member (object, "open_count_unique_by_step", c->unique_opened);
  json_object_set_int_member (object, "reply_count", c->replies);
  json_object_set_int_member (object, "reply_count_unique", c->first_replied);
  json_object_set_int_member (object, "reply_count_unique_by_step", c->unique_replies);
  json_object_set_int_member (object, "reply_count_automatic", c->replies_automatic);
  json_object_set_int_member (object, "reply_count_automatic_unique", c->first_replied_automatic);
  json_object_set_int_member (object, "reply_count_automatic_unique_by_step", c->unique_replies_automatic);
  json_object_set_int_member (object, "link_click_count", c->clicks);
  json_object_set_int_member (object, "link_click_count_unique", c->first_clicked);
  json_object_set_int_member (object, "link_click_count_unique_by_step", c->unique_clicks);
  json_object_set_int_member (object, "bounced_count", c->bounced);
  json_object_set_int_member (object, "unsubscribed_count", c->unsubscribed);
  json_object_set_int_member (object, "completed_count", c->completed);
}

/* GET /api/v2/campaigns/analytics */

static void
handle_analytics (DeckMockContext *ctx)
{
  g_autoptr(DeckMockAnalytics) analytics = deck_mock_analytics_new (ctx->store);
  g_autoptr(GPtrArray) plans = NULL;
  gboolean exclude_leads = deck_mock_query_bool (ctx, "exclude_total_leads_count");
  JsonArray *items;
  Range range;

  if (!parse_range (ctx, &range))
    return;
  plans = select_plans (ctx, analytics, "id", TRUE);
  if (plans == NULL)
    return;

  items = json_array_new ();
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (plans, i);
      JsonObject *json = plan->campaign->json;
      JsonObject *item = json_object_new ();
      DeckMockCounts total = { 0 };

      plan_foreach_atom (plan, range.start, range.end, add_to_total, &total);

      json_object_set_string_member (item, "campaign_name", deck_mock_campaign_get_name (plan->campaign));
      json_object_set_string_member (item, "campaign_id", plan->id);
      json_object_set_int_member (item, "campaign_status", plan->status);
      json_object_set_boolean_member (item, "campaign_is_evergreen", member_bool (json, "is_evergreen", FALSE));
      /* Required by the schema even when left out on purpose: 0 then. */
      json_object_set_int_member (item, "leads_count", exclude_leads ? 0 : plan_leads_count (plan));
      set_campaign_counts (item, &total);
      json_object_set_int_member (item, "total_opportunities", total.unique_opportunities);
      json_object_set_double_member (item, "total_opportunity_value", total.opportunity_value);
      json_array_add_object_element (items, item);
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_array (items));
}

/* GET /api/v2/campaigns/analytics/overview */

static void
handle_overview (DeckMockContext *ctx)
{
  g_autoptr(DeckMockAnalytics) analytics = deck_mock_analytics_new (ctx->store);
  g_autoptr(GPtrArray) plans = NULL;
  gboolean expand = deck_mock_query_bool (ctx, "expand_crm_events");
  DeckMockCounts total = { 0 };
  JsonObject *reply;
  Range range;

  if (!parse_range (ctx, &range))
    return;
  plans = select_plans (ctx, analytics, "id", TRUE);
  if (plans == NULL)
    return;

  for (guint i = 0; i < plans->len; i++)
    plan_foreach_atom (g_ptr_array_index (plans, i), range.start, range.end, add_to_total, &total);

  reply = json_object_new ();
  set_campaign_counts (reply, &total);
  json_object_set_double_member (reply, "total_opportunity_value", total.opportunity_value);
  if (expand)
    {
      /* Every status a lead went through. */
      json_object_set_int_member (reply, "total_opportunities", total.opportunities);
      json_object_set_int_member (reply, "total_interested", total.first_interested);
      json_object_set_int_member (reply, "total_meeting_booked", total.meetings_booked_all);
      json_object_set_int_member (reply, "total_meeting_completed", total.meetings_completed_all);
      json_object_set_int_member (reply, "total_closed", total.closed_all);
    }
  else
    {
      /* Each lead once, by its first status: these add up to the opportunities. */
      json_object_set_int_member (reply, "total_opportunities", total.unique_opportunities);
      json_object_set_int_member (reply, "total_interested", total.first_interested);
      json_object_set_int_member (reply, "total_meeting_booked", total.first_meeting_booked);
      json_object_set_int_member (reply, "total_meeting_completed", total.first_meeting_completed);
      json_object_set_int_member (reply, "total_closed", total.first_closed);
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_object (reply));
}

/* GET /api/v2/campaigns/analytics/daily */

typedef struct
{
  gint64          first;
  DeckMockCounts *days;
} DailySums;

static void
add_to_day (const Plan           *plan,
            gint64                day,
            guint                 step,
            guint                 variant,
            const DeckMockCounts *counts,
            gpointer              user_data)
{
  DailySums *sums = user_data;

  deck_mock_counts_add (&sums->days[(day - sums->first) / DAY_MS], counts);
}

static void
handle_daily (DeckMockContext *ctx)
{
  g_autoptr(DeckMockAnalytics) analytics = deck_mock_analytics_new (ctx->store);
  g_autoptr(GPtrArray) plans = NULL;
  g_autofree DeckMockCounts *days = NULL;
  gint64 first = G_MAXINT64, last = G_MININT64, n_days;
  DailySums sums;
  JsonArray *items;
  Range range;

  if (!parse_range (ctx, &range))
    return;
  plans = select_plans (ctx, analytics, "campaign_id", FALSE);
  if (plans == NULL)
    return;

  /* One entry per day of the range on which a selected campaign was sending
   * (weekends included), none outside. */
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (plans, i);

      if (plan->first_day > plan->last_day)
        continue;
      first = MIN (first, plan->first_day);
      last = MAX (last, plan->last_day);
    }
  first = MAX (first, range.start);
  last = MIN (last, range.end);

  items = json_array_new ();
  if (first <= last)
    {
      n_days = (last - first) / DAY_MS + 1;
      days = g_new0 (DeckMockCounts, n_days);
      sums.first = first;
      sums.days = days;
      for (guint i = 0; i < plans->len; i++)
        plan_foreach_atom (g_ptr_array_index (plans, i), first, last, add_to_day, &sums);

      for (gint64 i = 0; i < n_days; i++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((first + i * DAY_MS) / 1000);
          g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d");
          const DeckMockCounts *c = &days[i];
          JsonObject *item = json_object_new ();

          json_object_set_string_member (item, "date", date);
          json_object_set_int_member (item, "sent", c->sent);
          /* A lead gets at most one email of a campaign a day. */
          json_object_set_int_member (item, "contacted", c->sent);
          json_object_set_int_member (item, "new_leads_contacted", c->new_leads);
          json_object_set_int_member (item, "opened", c->opened);
          json_object_set_int_member (item, "unique_opened", c->unique_opened);
          json_object_set_int_member (item, "replies", c->replies);
          json_object_set_int_member (item, "unique_replies", c->unique_replies);
          json_object_set_int_member (item, "replies_automatic", c->replies_automatic);
          json_object_set_int_member (item, "unique_replies_automatic", c->unique_replies_automatic);
          json_object_set_int_member (item, "clicks", c->clicks);
          json_object_set_int_member (item, "unique_clicks", c->unique_clicks);
          json_object_set_int_member (item, "opportunities", c->opportunities);
          json_object_set_int_member (item, "unique_opportunities", c->unique_opportunities);
          json_array_add_object_element (items, item);
        }
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_array (items));
}

/* GET /api/v2/campaigns/analytics/steps */

static void
add_to_step (const Plan           *plan,
             gint64                day,
             guint                 step,
             guint                 variant,
             const DeckMockCounts *counts,
             gpointer              user_data)
{
  DeckMockCounts *grid = user_data;

  deck_mock_counts_add (&grid[step * MAX_VARIANTS + variant], counts);
}

static void
handle_steps (DeckMockContext *ctx)
{
  g_autoptr(DeckMockAnalytics) analytics = deck_mock_analytics_new (ctx->store);
  g_autoptr(GPtrArray) plans = NULL;
  g_autofree DeckMockCounts *grid = g_new0 (DeckMockCounts, MAX_STEPS * MAX_VARIANTS);
  gboolean with_opportunities = deck_mock_query_bool (ctx, "include_opportunities_count");
  guint n_variants[MAX_STEPS] = { 0 };
  guint n_steps = 0;
  JsonArray *items;
  Range range;

  if (!parse_range (ctx, &range))
    return;
  plans = select_plans (ctx, analytics, "campaign_id", FALSE);
  if (plans == NULL)
    return;

  /* Every step and variant of the selected sequences, sent or not yet. */
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (plans, i);

      n_steps = MAX (n_steps, plan->n_steps);
      for (guint k = 0; k < plan->n_steps; k++)
        n_variants[k] = MAX (n_variants[k], plan->n_variants[k]);
      plan_foreach_atom (plan, range.start, range.end, add_to_step, grid);
    }

  items = json_array_new ();
  for (guint k = 0; k < n_steps; k++)
    for (guint v = 0; v < n_variants[k]; v++)
      {
        const DeckMockCounts *c = &grid[k * MAX_VARIANTS + v];
        JsonObject *item = json_object_new ();
        char number[16];

        /* Zero-based, as strings. */
        g_snprintf (number, sizeof number, "%u", k);
        json_object_set_string_member (item, "step", number);
        g_snprintf (number, sizeof number, "%u", v);
        json_object_set_string_member (item, "variant", number);
        json_object_set_int_member (item, "sent", c->sent);
        json_object_set_int_member (item, "opened", c->opened);
        json_object_set_int_member (item, "unique_opened", c->unique_opened);
        json_object_set_int_member (item, "replies", c->replies);
        json_object_set_int_member (item, "unique_replies", c->unique_replies);
        json_object_set_int_member (item, "replies_automatic", c->replies_automatic);
        json_object_set_int_member (item, "unique_replies_automatic", c->unique_replies_automatic);
        json_object_set_int_member (item, "clicks", c->clicks);
        json_object_set_int_member (item, "unique_clicks", c->unique_clicks);
        if (with_opportunities)
          {
            json_object_set_int_member (item, "opportunities", c->opportunities);
            json_object_set_int_member (item, "unique_opportunities", c->unique_opportunities);
            json_object_set_int_member (item, "meetings_booked", c->meetings_booked_now);
            json_object_set_int_member (item, "won", c->won_now);
          }
        json_array_add_object_element (items, item);
      }

  deck_mock_reply (ctx, SOUP_STATUS_OK, take_array (items));
}

/* The spec states no scope for these (CATALOG.md §1.1): campaigns:read. */
static const DeckMockRoute routes[] = {
  { "GET", "/api/v2/campaigns/analytics",          "campaigns:read", ANALYTICS_QUERY, NULL, FALSE, handle_analytics },
  { "GET", "/api/v2/campaigns/analytics/overview", "campaigns:read", OVERVIEW_QUERY,  NULL, FALSE, handle_overview },
  { "GET", "/api/v2/campaigns/analytics/daily",    "campaigns:read", DAILY_QUERY,     NULL, FALSE, handle_daily },
  { "GET", "/api/v2/campaigns/analytics/steps",    "campaigns:read", STEPS_QUERY,     NULL, FALSE, handle_steps },
};

const DeckMockRoute *
deck_mock_campaign_analytics_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
