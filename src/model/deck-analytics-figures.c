/* deck-analytics-figures.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "deck-analytics-figures.h"
#include "deck-json-private.h"

struct _DeckAnalyticsFigures
{
  GObject              parent_instance;

  DeckAnalyticsSource  source;
  char                *date;
  char                *campaign_id;
  char                *campaign_name;
  int                  campaign_status;
  char                *email_account;
  int                  step;
  int                  variant;
  double               values[DECK_ANALYTICS_N_METRICS];
  guint32              present;   /* bit m: the reply had metric m */
};

G_STATIC_ASSERT (DECK_ANALYTICS_N_METRICS <= 32);

G_DEFINE_FINAL_TYPE (DeckAnalyticsFigures, deck_analytics_figures, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_CAMPAIGN_ID,
  PROP_CAMPAIGN_NAME,
  PROP_CAMPAIGN_STATUS,
  PROP_EMAIL_ACCOUNT,
  PROP_STEP,
  PROP_VARIANT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Which member each metric is read from, per reply (openapi.json). */
typedef struct
{
  DeckAnalyticsMetric metric;
  const char         *member;
} Field;

#define CAMPAIGN_FIELDS \
  { DECK_ANALYTICS_SENT, "emails_sent_count" }, \
  { DECK_ANALYTICS_CONTACTED, "contacted_count" }, \
  { DECK_ANALYTICS_NEW_LEADS_CONTACTED, "new_leads_contacted_count" }, \
  { DECK_ANALYTICS_OPENED, "open_count" }, \
  { DECK_ANALYTICS_UNIQUE_OPENED, "open_count_unique" }, \
  { DECK_ANALYTICS_REPLIES, "reply_count" }, \
  { DECK_ANALYTICS_UNIQUE_REPLIES, "reply_count_unique" }, \
  { DECK_ANALYTICS_REPLIES_AUTOMATIC, "reply_count_automatic" }, \
  { DECK_ANALYTICS_CLICKS, "link_click_count" }, \
  { DECK_ANALYTICS_UNIQUE_CLICKS, "link_click_count_unique" }, \
  { DECK_ANALYTICS_BOUNCED, "bounced_count" }, \
  { DECK_ANALYTICS_UNSUBSCRIBED, "unsubscribed_count" }, \
  { DECK_ANALYTICS_COMPLETED, "completed_count" }, \
  { DECK_ANALYTICS_OPPORTUNITIES, "total_opportunities" }, \
  { DECK_ANALYTICS_UNIQUE_OPPORTUNITIES, "total_opportunities" }, \
  { DECK_ANALYTICS_OPPORTUNITY_VALUE, "total_opportunity_value" }

#define DAY_FIELDS \
  { DECK_ANALYTICS_SENT, "sent" }, \
  { DECK_ANALYTICS_OPENED, "opened" }, \
  { DECK_ANALYTICS_UNIQUE_OPENED, "unique_opened" }, \
  { DECK_ANALYTICS_REPLIES, "replies" }, \
  { DECK_ANALYTICS_UNIQUE_REPLIES, "unique_replies" }, \
  { DECK_ANALYTICS_REPLIES_AUTOMATIC, "replies_automatic" }, \
  { DECK_ANALYTICS_CLICKS, "clicks" }, \
  { DECK_ANALYTICS_UNIQUE_CLICKS, "unique_clicks" }

static const Field campaign_fields[] = {
  CAMPAIGN_FIELDS,
  { DECK_ANALYTICS_LEADS, "leads_count" },
};

static const Field overview_fields[] = {
  CAMPAIGN_FIELDS,
  { DECK_ANALYTICS_INTERESTED, "total_interested" },
  { DECK_ANALYTICS_MEETINGS_BOOKED, "total_meeting_booked" },
  { DECK_ANALYTICS_MEETINGS_COMPLETED, "total_meeting_completed" },
  { DECK_ANALYTICS_CLOSED, "total_closed" },
};

static const Field campaign_day_fields[] = {
  DAY_FIELDS,
  { DECK_ANALYTICS_CONTACTED, "contacted" },
  { DECK_ANALYTICS_NEW_LEADS_CONTACTED, "new_leads_contacted" },
  { DECK_ANALYTICS_OPPORTUNITIES, "opportunities" },
  { DECK_ANALYTICS_UNIQUE_OPPORTUNITIES, "unique_opportunities" },
};

static const Field step_fields[] = {
  DAY_FIELDS,
  { DECK_ANALYTICS_OPPORTUNITIES, "opportunities" },
  { DECK_ANALYTICS_UNIQUE_OPPORTUNITIES, "unique_opportunities" },
  { DECK_ANALYTICS_MEETINGS_BOOKED, "meetings_booked" },
  { DECK_ANALYTICS_CLOSED, "won" },
};

static const Field account_day_fields[] = {
  DAY_FIELDS,
  { DECK_ANALYTICS_CONTACTED, "contacted" },
  { DECK_ANALYTICS_NEW_LEADS_CONTACTED, "new_leads_contacted" },
  { DECK_ANALYTICS_BOUNCED, "bounced" },
};

static const Field *
fields_for (DeckAnalyticsSource  source,
            guint               *n_fields)
{
  switch (source)
    {
    case DECK_ANALYTICS_SOURCE_CAMPAIGN:
      *n_fields = G_N_ELEMENTS (campaign_fields);
      return campaign_fields;
    case DECK_ANALYTICS_SOURCE_OVERVIEW:
      *n_fields = G_N_ELEMENTS (overview_fields);
      return overview_fields;
    case DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY:
      *n_fields = G_N_ELEMENTS (campaign_day_fields);
      return campaign_day_fields;
    case DECK_ANALYTICS_SOURCE_STEP:
      *n_fields = G_N_ELEMENTS (step_fields);
      return step_fields;
    case DECK_ANALYTICS_SOURCE_ACCOUNT_DAY:
      *n_fields = G_N_ELEMENTS (account_day_fields);
      return account_day_fields;
    default:
      *n_fields = 0;
      return NULL;
    }
}

const char *
deck_analytics_metric_get_member (DeckAnalyticsSource source,
                                  DeckAnalyticsMetric metric)
{
  guint n_fields;
  const Field *fields = fields_for (source, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (fields[i].metric == metric)
      return fields[i].member;

  return NULL;
}

static void
deck_analytics_figures_finalize (GObject *object)
{
  DeckAnalyticsFigures *self = DECK_ANALYTICS_FIGURES (object);

  g_free (self->date);
  g_free (self->campaign_id);
  g_free (self->campaign_name);
  g_free (self->email_account);

  G_OBJECT_CLASS (deck_analytics_figures_parent_class)->finalize (object);
}

static void
deck_analytics_figures_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DeckAnalyticsFigures *self = DECK_ANALYTICS_FIGURES (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_CAMPAIGN_ID:
      g_value_set_string (value, self->campaign_id);
      break;

    case PROP_CAMPAIGN_NAME:
      g_value_set_string (value, self->campaign_name);
      break;

    case PROP_CAMPAIGN_STATUS:
      g_value_set_int (value, self->campaign_status);
      break;

    case PROP_EMAIL_ACCOUNT:
      g_value_set_string (value, self->email_account);
      break;

    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;

    case PROP_VARIANT:
      g_value_set_int (value, self->variant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_analytics_figures_class_init (DeckAnalyticsFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_analytics_figures_finalize;
  object_class->get_property = deck_analytics_figures_get_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAMPAIGN_NAME] =
    g_param_spec_string ("campaign-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAMPAIGN_STATUS] =
    g_param_spec_int ("campaign-status", NULL, NULL, G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EMAIL_ACCOUNT] =
    g_param_spec_string ("email-account", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VARIANT] =
    g_param_spec_int ("variant", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_analytics_figures_init (DeckAnalyticsFigures *self)
{
  self->step = -1;
  self->variant = -1;
}

DeckAnalyticsFigures *
deck_analytics_figures_new (DeckAnalyticsSource source)
{
  DeckAnalyticsFigures *self = g_object_new (DECK_TYPE_ANALYTICS_FIGURES, NULL);

  self->source = source;
  return self;
}

/* A zero-based index that may arrive as "0", 0 or null (CATALOG.md pitfall 11). */
static int
read_index (JsonObject *object,
            const char *member)
{
  double value;

  if (!deck_json_get_double (deck_json_get_member (object, member), &value) || value < 0 || value > G_MAXINT)
    return -1;
  return (int) value;
}

static gboolean
require (char       *value,
         const char *member,
         GError    **error)
{
  if (value != NULL && *value != '\0')
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "The analytics record has no “%s”", member);
  return FALSE;
}

DeckAnalyticsFigures *
deck_analytics_figures_new_from_json (DeckAnalyticsSource   source,
                                      JsonObject           *object,
                                      GError              **error)
{
  g_autoptr(DeckAnalyticsFigures) self = NULL;
  guint n_fields;
  const Field *fields;
  double status;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = deck_analytics_figures_new (source);
  self->date = deck_json_dup_string (deck_json_get_member (object, "date"));
  self->campaign_id = deck_json_dup_string (deck_json_get_member (object, "campaign_id"));
  self->campaign_name = deck_json_dup_string (deck_json_get_member (object, "campaign_name"));
  if (deck_json_get_double (deck_json_get_member (object, "campaign_status"), &status))
    self->campaign_status = (int) status;
  self->email_account = deck_json_dup_string (deck_json_get_member (object, "email_account"));
  self->step = read_index (object, "step");
  self->variant = read_index (object, "variant");

  /* A date-time where a date belongs keeps its day. */
  if (self->date != NULL && strlen (self->date) > 10 && self->date[10] == 'T')
    self->date[10] = '\0';

  switch (source)
    {
    case DECK_ANALYTICS_SOURCE_CAMPAIGN:
      if (!require (self->campaign_id, "campaign_id", error))
        return NULL;
      break;
    case DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY:
      if (!require (self->date, "date", error))
        return NULL;
      break;
    case DECK_ANALYTICS_SOURCE_ACCOUNT_DAY:
      if (!require (self->date, "date", error) || !require (self->email_account, "email_account", error))
        return NULL;
      break;
    case DECK_ANALYTICS_SOURCE_OVERVIEW:
    case DECK_ANALYTICS_SOURCE_STEP:
    default:
      break;
    }

  fields = fields_for (source, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      double value;

      if (deck_json_get_double (deck_json_get_member (object, fields[i].member), &value))
        {
          self->values[fields[i].metric] = MAX (value, 0);
          self->present |= 1u << fields[i].metric;
        }
    }

  return g_steal_pointer (&self);
}

DeckAnalyticsSource
deck_analytics_figures_get_source (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), 0);

  return self->source;
}

const char *
deck_analytics_figures_get_date (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), NULL);

  return self->date;
}

const char *
deck_analytics_figures_get_campaign_id (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), NULL);

  return self->campaign_id;
}

const char *
deck_analytics_figures_get_campaign_name (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), NULL);

  return self->campaign_name;
}

int
deck_analytics_figures_get_campaign_status (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), 0);

  return self->campaign_status;
}

const char *
deck_analytics_figures_get_email_account (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), NULL);

  return self->email_account;
}

int
deck_analytics_figures_get_step (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), -1);

  return self->step;
}

int
deck_analytics_figures_get_variant (DeckAnalyticsFigures *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), -1);

  return self->variant;
}

double
deck_analytics_figures_get (DeckAnalyticsFigures *self,
                            DeckAnalyticsMetric   metric)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), 0);
  g_return_val_if_fail (metric < DECK_ANALYTICS_N_METRICS, 0);

  return self->values[metric];
}

gboolean
deck_analytics_figures_has (DeckAnalyticsFigures *self,
                            DeckAnalyticsMetric   metric)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), FALSE);
  g_return_val_if_fail (metric < DECK_ANALYTICS_N_METRICS, FALSE);

  return (self->present & (1u << metric)) != 0;
}

double
deck_analytics_figures_get_rate (DeckAnalyticsFigures *self,
                                 DeckAnalyticsMetric   metric,
                                 DeckAnalyticsMetric   base)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_FIGURES (self), NAN);
  g_return_val_if_fail (metric < DECK_ANALYTICS_N_METRICS, NAN);
  g_return_val_if_fail (base < DECK_ANALYTICS_N_METRICS, NAN);

  if (self->values[base] <= 0)
    return NAN;
  return self->values[metric] / self->values[base];
}

void
deck_analytics_figures_add (DeckAnalyticsFigures *self,
                            DeckAnalyticsFigures *other)
{
  g_return_if_fail (DECK_IS_ANALYTICS_FIGURES (self));
  g_return_if_fail (DECK_IS_ANALYTICS_FIGURES (other));

  for (guint m = 0; m < DECK_ANALYTICS_N_METRICS; m++)
    self->values[m] += other->values[m];
  self->present |= other->present;
}
