/* deck-chart-view.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-chart.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_VIEW (deck_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartView, deck_chart_view, DECK, CHART_VIEW, AdwBin)

/* A chart with a heading, a Chart/Table switch (the table is a sortable
 * GtkColumnView of the same data) and an export menu: Save as PNG, SVG or CSV
 * through GtkFileDialog (the portal when sandboxed), Copy Image and Copy Data.
 *
 * Actions: chart-view.export (s: "png", "svg" or "csv"), chart-view.copy-image,
 * chart-view.copy-data, chart-view.show (s: "chart" or "table"). */
GtkWidget     *deck_chart_view_new           (void);

/* The chart it shows; add layers and series to it. */
DeckChart     *deck_chart_view_get_chart     (DeckChartView *self);
const char    *deck_chart_view_get_title     (DeckChartView *self);
/* The heading, also the chart's title and the exported files' name. */
void           deck_chart_view_set_title     (DeckChartView *self,
                                              const char    *title);
/* "chart" or "table". */
const char    *deck_chart_view_get_view_mode (DeckChartView *self);
void           deck_chart_view_set_view_mode (DeckChartView *self,
                                              const char    *view_mode);
GtkColumnView *deck_chart_view_get_table     (DeckChartView *self);

G_END_DECLS
