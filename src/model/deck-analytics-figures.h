/* deck-analytics-figures.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The figures the analytics endpoints count, under one name each whatever the
 * endpoint calls them ("emails_sent_count" in /campaigns/analytics, "sent" in
 * /daily). */
typedef enum
{
  DECK_ANALYTICS_SENT,
  DECK_ANALYTICS_CONTACTED,
  DECK_ANALYTICS_NEW_LEADS_CONTACTED,
  DECK_ANALYTICS_OPENED,               /* every open */
  DECK_ANALYTICS_UNIQUE_OPENED,        /* leads that opened */
  DECK_ANALYTICS_REPLIES,
  DECK_ANALYTICS_UNIQUE_REPLIES,       /* leads that replied, automatic replies excluded */
  DECK_ANALYTICS_REPLIES_AUTOMATIC,
  DECK_ANALYTICS_CLICKS,
  DECK_ANALYTICS_UNIQUE_CLICKS,
  DECK_ANALYTICS_BOUNCED,
  DECK_ANALYTICS_UNSUBSCRIBED,
  DECK_ANALYTICS_COMPLETED,
  DECK_ANALYTICS_LEADS,
  DECK_ANALYTICS_OPPORTUNITIES,
  DECK_ANALYTICS_UNIQUE_OPPORTUNITIES,
  DECK_ANALYTICS_OPPORTUNITY_VALUE,
  DECK_ANALYTICS_INTERESTED,
  DECK_ANALYTICS_MEETINGS_BOOKED,
  DECK_ANALYTICS_MEETINGS_COMPLETED,
  DECK_ANALYTICS_CLOSED,
  DECK_ANALYTICS_N_METRICS
} DeckAnalyticsMetric;

/* Which reply an object was read from. */
typedef enum
{
  DECK_ANALYTICS_SOURCE_CAMPAIGN,      /* one item of GET /campaigns/analytics */
  DECK_ANALYTICS_SOURCE_OVERVIEW,      /* GET /campaigns/analytics/overview */
  DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY,  /* one item of GET /campaigns/analytics/daily */
  DECK_ANALYTICS_SOURCE_STEP,          /* one item of GET /campaigns/analytics/steps */
  DECK_ANALYTICS_SOURCE_ACCOUNT_DAY,   /* one item of GET /accounts/analytics/daily */
} DeckAnalyticsSource;

#define DECK_TYPE_ANALYTICS_FIGURES (deck_analytics_figures_get_type ())
G_DECLARE_FINAL_TYPE (DeckAnalyticsFigures, deck_analytics_figures, DECK, ANALYTICS_FIGURES, GObject)

/* One analytics record: what it is about ("date", "campaign-id", "campaign-name",
 * "campaign-status", "email-account", "step", "variant": whichever the reply
 * has) and its figures. Numbers may arrive as strings; absent figures read 0.
 * "step" and "variant" are zero-based, -1 when the server could not attribute
 * the events. Fails only when @object lacks what identifies the record (a day's
 * date, a campaign's id, an account day's email). */
DeckAnalyticsFigures *deck_analytics_figures_new_from_json   (DeckAnalyticsSource   source,
                                                              JsonObject           *object,
                                                              GError              **error);
/* An empty record of @source, for sums. */
DeckAnalyticsFigures *deck_analytics_figures_new             (DeckAnalyticsSource   source);

DeckAnalyticsSource   deck_analytics_figures_get_source        (DeckAnalyticsFigures *self);
const char           *deck_analytics_figures_get_date          (DeckAnalyticsFigures *self);
const char           *deck_analytics_figures_get_campaign_id   (DeckAnalyticsFigures *self);
const char           *deck_analytics_figures_get_campaign_name (DeckAnalyticsFigures *self);
/* The campaign's status (DeckCampaignStatus values), 0 when not given. */
int                   deck_analytics_figures_get_campaign_status (DeckAnalyticsFigures *self);
const char           *deck_analytics_figures_get_email_account (DeckAnalyticsFigures *self);
int                   deck_analytics_figures_get_step          (DeckAnalyticsFigures *self);
int                   deck_analytics_figures_get_variant       (DeckAnalyticsFigures *self);

double                deck_analytics_figures_get               (DeckAnalyticsFigures *self,
                                                                DeckAnalyticsMetric   metric);
/* Whether the reply carried @metric at all. */
gboolean              deck_analytics_figures_has               (DeckAnalyticsFigures *self,
                                                                DeckAnalyticsMetric   metric);
/* @metric divided by @base (a fraction), NAN when @base is 0. */
double                deck_analytics_figures_get_rate          (DeckAnalyticsFigures *self,
                                                                DeckAnalyticsMetric   metric,
                                                                DeckAnalyticsMetric   base);
/* Adds every figure of @other to @self. */
void                  deck_analytics_figures_add               (DeckAnalyticsFigures *self,
                                                                DeckAnalyticsFigures *other);

/* The API member @metric is read from in @source, or NULL when it has none. */
const char           *deck_analytics_metric_get_member         (DeckAnalyticsSource   source,
                                                                DeckAnalyticsMetric   metric);

G_END_DECLS
