/* deck-campaign-analytics-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-analytics-figures.h"
#include "deck-analytics-range.h"
#include "deck-campaign.h"
#include "deck-workspace.h"
#include "chart/deck-chart-scale.h"
#include "chart/deck-chart-view.h"

G_BEGIN_DECLS

#define DECK_TYPE_CAMPAIGN_ANALYTICS_DIALOG (deck_campaign_analytics_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignAnalyticsDialog, deck_campaign_analytics_dialog, DECK, CAMPAIGN_ANALYTICS_DIALOG, AdwDialog)

/* One campaign's analytics: its daily chart (/campaigns/analytics/daily) and its
 * step x variant grid (/campaigns/analytics/steps) with sent, open, reply and click
 * rates and opportunities, where a variant that does significantly better or
 * worse than the other variants of its step is marked (two-proportion test at
 * 95%; "not enough data yet" below DECK_CHART_MIN_TRIALS). "state" is "loading",
 * "error" or "results". Loads when created. */
AdwDialog          *deck_campaign_analytics_dialog_new        (DeckWorkspace               *workspace,
                                                               DeckCampaign                *campaign);

const char         *deck_campaign_analytics_dialog_get_state  (DeckCampaignAnalyticsDialog *self);
DeckAnalyticsRange *deck_campaign_analytics_dialog_get_range  (DeckCampaignAnalyticsDialog *self);
/* GListModels of DeckAnalyticsFigures: the days, and the steps' variants. */
GListModel         *deck_campaign_analytics_dialog_get_days   (DeckCampaignAnalyticsDialog *self);
GListModel         *deck_campaign_analytics_dialog_get_steps  (DeckCampaignAnalyticsDialog *self);
DeckChartView      *deck_campaign_analytics_dialog_get_daily_view (DeckCampaignAnalyticsDialog *self);
/* How the variant at @position of the steps compares with its siblings on
 * @metric (DECK_ANALYTICS_UNIQUE_OPENED, _UNIQUE_REPLIES or _UNIQUE_CLICKS, each
 * out of those sent). */
DeckChartSignificance
                    deck_campaign_analytics_dialog_get_mark   (DeckCampaignAnalyticsDialog *self,
                                                               guint                        position,
                                                               DeckAnalyticsMetric          metric);

G_END_DECLS
