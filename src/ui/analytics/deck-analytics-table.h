/* deck-analytics-table.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "deck-analytics-figures.h"
#include "chart/deck-chart-scale.h"

G_BEGIN_DECLS

/* Sortable columns of DeckAnalyticsFigures for GtkColumnViews: what a cell shows. */
typedef enum
{
  DECK_ANALYTICS_TABLE_NAME,      /* the campaign's name */
  DECK_ANALYTICS_TABLE_STATUS,    /* the campaign's status in words */
  DECK_ANALYTICS_TABLE_DATE,      /* the day */
  DECK_ANALYTICS_TABLE_STEP,      /* "Step 1" */
  DECK_ANALYTICS_TABLE_VARIANT,   /* "A" */
  DECK_ANALYTICS_TABLE_COUNT,     /* metric */
  DECK_ANALYTICS_TABLE_RATE,      /* metric / base as a percentage */
} DeckAnalyticsTableKind;

/* How a rate compares with its siblings (a step's other variants). */
typedef DeckChartSignificance (*DeckAnalyticsMarkFunc) (DeckAnalyticsFigures *item,
                                                        DeckAnalyticsMetric   metric,
                                                        gpointer              user_data);

typedef struct
{
  const char            *title;   /* N_() */
  DeckAnalyticsTableKind kind;
  DeckAnalyticsMetric    metric;
  DeckAnalyticsMetric    base;
  DeckAnalyticsMarkFunc  mark;    /* RATE only: marks better and worse values */
  gpointer               mark_data;
} DeckAnalyticsTableColumn;

/* Appends a sortable column per entry (the first expands). */
void  deck_analytics_table_add_columns (GtkColumnView                  *view,
                                        const DeckAnalyticsTableColumn *columns,
                                        guint                           n_columns);

/* The words a marked cell adds ("better", "worse", "not enough data yet"). */
const char *deck_analytics_significance_to_string (DeckChartSignificance significance);

G_END_DECLS
