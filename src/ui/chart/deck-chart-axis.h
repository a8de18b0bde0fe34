/* deck-chart-axis.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "deck-chart-types.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_AXIS (deck_chart_axis_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartAxis, deck_chart_axis, DECK, CHART_AXIS, GObject)

/* Normalises values of one axis into 0..1 and labels its ticks. A value or
 * percent axis rounds its range out to "nice" ticks (1-2-5 steps) and includes
 * zero unless told not to; a date axis spans the data's days exactly and ticks on
 * days, weeks, months or years; a category axis is laid out by the chart. */
DeckChartAxis     *deck_chart_axis_new              (DeckChartAxisKind  kind);

DeckChartAxisKind  deck_chart_axis_get_kind         (DeckChartAxis     *self);
void               deck_chart_axis_set_kind         (DeckChartAxis     *self,
                                                     DeckChartAxisKind  kind);
/* The axis' name: the table's and the CSV's first column for an x axis. */
const char        *deck_chart_axis_get_title        (DeckChartAxis     *self);
void               deck_chart_axis_set_title        (DeckChartAxis     *self,
                                                     const char        *title);
gboolean           deck_chart_axis_get_include_zero (DeckChartAxis     *self);
void               deck_chart_axis_set_include_zero (DeckChartAxis     *self,
                                                     gboolean           include_zero);
/* A fixed range instead of the data's (e.g. 0..100 for a score). */
void               deck_chart_axis_set_range        (DeckChartAxis     *self,
                                                     double             min,
                                                     double             max);
void               deck_chart_axis_clear_range      (DeckChartAxis     *self);
gboolean           deck_chart_axis_get_range        (DeckChartAxis     *self,
                                                     double            *min,
                                                     double            *max);

/* Lays the axis out over the data's range with at most @max_ticks ticks. */
void               deck_chart_axis_update           (DeckChartAxis     *self,
                                                     double             data_min,
                                                     double             data_max,
                                                     guint              max_ticks);
double             deck_chart_axis_get_min          (DeckChartAxis     *self);
double             deck_chart_axis_get_max          (DeckChartAxis     *self);
double             deck_chart_axis_normalize        (DeckChartAxis     *self,
                                                     double             value);
guint              deck_chart_axis_get_n_ticks      (DeckChartAxis     *self);
double             deck_chart_axis_get_tick         (DeckChartAxis     *self,
                                                     guint              index);
char              *deck_chart_axis_dup_tick_label   (DeckChartAxis     *self,
                                                     guint              index);
/* The exact value for tables and tooltips ("Mar 3, 2026", "1,234", "25.3%"). */
char              *deck_chart_axis_format_value     (DeckChartAxis     *self,
                                                     double             value);
/* The value as CSV writes it: ISO dates, full-precision numbers. */
char              *deck_chart_axis_format_csv       (DeckChartAxis     *self,
                                                     double             value);

G_END_DECLS
