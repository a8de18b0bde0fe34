/* deck-analytics-util.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-analytics-figures.h"
#include "chart/deck-chart-view.h"

G_BEGIN_DECLS

/* Shared pieces of the analytics pages and dialogs: the present day, words for
 * figures, and the daily chart. */

/* The present UTC day ("today" of every date range), or the day tests pinned. */
GDate      *deck_analytics_dup_today        (void);
/* Pins "today" to @date ("YYYY-MM-DD"), for tests; NULL goes back to real time. */
void        deck_analytics_set_today        (const char          *date);

/* "YYYY-MM-DD" and back (NULL when @text is not such a date). */
char       *deck_analytics_format_iso_date  (const GDate         *date);
GDate      *deck_analytics_parse_iso_date   (const char          *text);
/* "Oct 3 – Nov 1, 2025" for a range, as people read it. */
char       *deck_analytics_format_range     (const char          *start,
                                             const char          *end);

/* "1,234" (digit grouping of the locale). */
char       *deck_analytics_format_count     (double               value);
/* "12.3%" for 0.123; "–" when there is no rate (NAN). */
char       *deck_analytics_format_rate      (double               fraction);

/* A chart view of one line per @metrics over a GListModel of DeckAnalyticsFigures
 * with a "date" each, named by @names. */
GtkWidget  *deck_analytics_daily_chart_new  (const char          *title,
                                             GListModel          *days,
                                             const DeckAnalyticsMetric *metrics,
                                             const char * const  *names,
                                             guint                n_metrics);

/* A y function for chart series: the figure @metric (GUINT_TO_POINTER) of an item. */
double      deck_analytics_metric_value     (gpointer             item,
                                             gpointer             metric);

/* An AdwStatusPage with a spinner, for loading states. */
GtkWidget  *deck_analytics_loading_page_new (const char          *title);

G_END_DECLS
