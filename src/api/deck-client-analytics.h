/* deck-client-analytics.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-analytics-figures.h"

G_BEGIN_DECLS

/* The analytics endpoints (CATALOG.md §3), parsed into DeckAnalyticsFigures in a
 * worker thread. Dates are "YYYY-MM-DD" (UTC days, both ends inclusive) or NULL
 * for the server's default. The per-campaign figures the campaigns list shows are
 * deck_client_get_campaigns_analytics_async() (deck-client-campaigns.h); this file
 * has the same call parsed. */

/* No campaign_status filter. */
#define DECK_ANALYTICS_ANY_STATUS G_MININT

/* What GET /accounts/analytics/daily accepts in one request. */
#define DECK_ANALYTICS_DAILY_MAX_ACCOUNTS 200
#define DECK_ANALYTICS_DAILY_MAX_DAYS     31

/* GET /campaigns/analytics/overview for @campaign_ids (NULL or empty: every
 * campaign) of @campaign_status: one DeckAnalyticsFigures. */
void                  deck_client_get_analytics_overview_async        (DeckClient          *self,
                                                                       const char * const  *campaign_ids,
                                                                       const char          *start_date,
                                                                       const char          *end_date,
                                                                       int                  campaign_status,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
DeckAnalyticsFigures *deck_client_get_analytics_overview_finish       (DeckClient          *self,
                                                                       GAsyncResult        *result,
                                                                       GError             **error);

/* GET /campaigns/analytics/daily for one campaign (@campaign_id) or all (NULL):
 * a GPtrArray of DeckAnalyticsFigures, one per day, oldest first. */
void                  deck_client_get_daily_campaign_analytics_async  (DeckClient          *self,
                                                                       const char          *campaign_id,
                                                                       const char          *start_date,
                                                                       const char          *end_date,
                                                                       int                  campaign_status,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
GPtrArray            *deck_client_get_daily_campaign_analytics_finish (DeckClient          *self,
                                                                       GAsyncResult        *result,
                                                                       GError             **error);

/* GET /campaigns/analytics/steps with the opportunity counts: a GPtrArray of
 * DeckAnalyticsFigures, one per step and variant. */
void                  deck_client_get_campaign_steps_analytics_async  (DeckClient          *self,
                                                                       const char          *campaign_id,
                                                                       const char          *start_date,
                                                                       const char          *end_date,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
GPtrArray            *deck_client_get_campaign_steps_analytics_finish (DeckClient          *self,
                                                                       GAsyncResult        *result,
                                                                       GError             **error);

/* GET /campaigns/analytics for @ids (NULL: every campaign): a GPtrArray of
 * DeckAnalyticsFigures, one per campaign, without the leads count (faster). */
void                  deck_client_list_campaign_analytics_async       (DeckClient          *self,
                                                                       const char * const  *ids,
                                                                       const char          *start_date,
                                                                       const char          *end_date,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
GPtrArray            *deck_client_list_campaign_analytics_finish      (DeckClient          *self,
                                                                       GAsyncResult        *result,
                                                                       GError             **error);

/* GET /accounts/analytics/daily for any number of accounts over any range: the
 * request is split into parts of at most DECK_ANALYTICS_DAILY_MAX_ACCOUNTS
 * accounts and DECK_ANALYTICS_DAILY_MAX_DAYS days, sent one after the other. Both
 * dates are required. A GPtrArray of DeckAnalyticsFigures sorted by date, then in
 * the order of @emails. */
void                  deck_client_get_daily_account_analytics_async   (DeckClient          *self,
                                                                       const char * const  *emails,
                                                                       const char          *start_date,
                                                                       const char          *end_date,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
GPtrArray            *deck_client_get_daily_account_analytics_finish  (DeckClient          *self,
                                                                       GAsyncResult        *result,
                                                                       GError             **error);

G_END_DECLS
