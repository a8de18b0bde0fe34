/* deck-analytics-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-analytics-figures.h"
#include "deck-analytics-range.h"
#include "deck-workspace.h"
#include "chart/deck-chart-view.h"

G_BEGIN_DECLS

#define DECK_TYPE_ANALYTICS_PAGE (deck_analytics_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAnalyticsPage, deck_analytics_page, DECK, ANALYTICS_PAGE, AdwBin)

/* The workspace's Analytics section: KPI tiles from /campaigns/analytics/overview,
 * the daily chart (/campaigns/analytics/daily) and the campaigns side by side
 * (/campaigns/analytics, a sortable table and grouped bars), for a date range and a
 * campaign status. Loads when first shown; "state" is "loading", "error", "empty"
 * or "results"; "loading" is TRUE while a fetch runs (also over shown results).
 *
 * Actions: analytics.reload. */
GtkWidget            *deck_analytics_page_new            (void);

DeckWorkspace        *deck_analytics_page_get_workspace  (DeckAnalyticsPage *self);
void                  deck_analytics_page_set_workspace  (DeckAnalyticsPage *self,
                                                          DeckWorkspace     *workspace);
void                  deck_analytics_page_reload         (DeckAnalyticsPage *self);

const char           *deck_analytics_page_get_state      (DeckAnalyticsPage *self);
gboolean              deck_analytics_page_get_loading    (DeckAnalyticsPage *self);
DeckAnalyticsRange   *deck_analytics_page_get_range      (DeckAnalyticsPage *self);
/* The campaign status shown (DECK_ANALYTICS_ANY_STATUS: all). */
int                   deck_analytics_page_get_status     (DeckAnalyticsPage *self);
void                  deck_analytics_page_set_status     (DeckAnalyticsPage *self,
                                                          int                status);

/* What is shown: the overview (NULL before the first load), the value a tile
 * shows for @metric (NULL when there is no such tile), the days of the chart and
 * the campaigns in the table's order (GListModels of DeckAnalyticsFigures). */
DeckAnalyticsFigures *deck_analytics_page_get_overview   (DeckAnalyticsPage *self);
const char           *deck_analytics_page_get_tile_value (DeckAnalyticsPage *self,
                                                          DeckAnalyticsMetric metric);
GListModel           *deck_analytics_page_get_days       (DeckAnalyticsPage *self);
GListModel           *deck_analytics_page_get_campaigns  (DeckAnalyticsPage *self);
DeckChartView        *deck_analytics_page_get_daily_view (DeckAnalyticsPage *self);
DeckChartView        *deck_analytics_page_get_bars_view  (DeckAnalyticsPage *self);
GtkColumnView        *deck_analytics_page_get_comparison (DeckAnalyticsPage *self);

G_END_DECLS
