/* deck-chart-series.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "deck-chart-types.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_SERIES (deck_chart_series_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartSeries, deck_chart_series, DECK, CHART_SERIES, GObject)

/* Reads one number from an item of the series' model (NAN: no value). */
typedef double (*DeckChartValueFunc) (gpointer item,
                                      gpointer user_data);

/* A named series of (x, y) points read from the items of a GListModel, through
 * GtkExpressions (numbers, "YYYY-MM-DD" strings or GDateTimes for x) or C
 * callbacks. Without an x source, x is the item's position. The values are cached
 * and re-read on the model's items-changed; "changed" is emitted then.
 * deck_chart_series_new() takes ownership of the expressions (transfer full, like
 * gtk_string_sorter_new()); the setters do not. */
DeckChartSeries *deck_chart_series_new                  (const char         *name,
                                                         GListModel         *model,
                                                         GtkExpression      *x_expression,
                                                         GtkExpression      *y_expression);

const char      *deck_chart_series_get_name             (DeckChartSeries    *self);
void             deck_chart_series_set_name             (DeckChartSeries    *self,
                                                         const char         *name);
GListModel      *deck_chart_series_get_model            (DeckChartSeries    *self);
void             deck_chart_series_set_model            (DeckChartSeries    *self,
                                                         GListModel         *model);
GtkExpression   *deck_chart_series_get_x_expression     (DeckChartSeries    *self);
void             deck_chart_series_set_x_expression     (DeckChartSeries    *self,
                                                         GtkExpression      *expression);
GtkExpression   *deck_chart_series_get_y_expression     (DeckChartSeries    *self);
void             deck_chart_series_set_y_expression     (DeckChartSeries    *self,
                                                         GtkExpression      *expression);
/* A string per item naming its x (for category axes: campaign names). */
GtkExpression   *deck_chart_series_get_label_expression (DeckChartSeries    *self);
void             deck_chart_series_set_label_expression (DeckChartSeries    *self,
                                                         GtkExpression      *expression);
/* Callbacks instead of expressions (they win over them when set). */
void             deck_chart_series_set_x_func           (DeckChartSeries    *self,
                                                         DeckChartValueFunc  func,
                                                         gpointer            user_data,
                                                         GDestroyNotify      destroy);
void             deck_chart_series_set_y_func           (DeckChartSeries    *self,
                                                         DeckChartValueFunc  func,
                                                         gpointer            user_data,
                                                         GDestroyNotify      destroy);
DeckChartColor   deck_chart_series_get_color            (DeckChartSeries    *self);
void             deck_chart_series_set_color            (DeckChartSeries    *self,
                                                         DeckChartColor      color);
/* Hidden series stay in the legend and the table but are not drawn. */
gboolean         deck_chart_series_get_visible          (DeckChartSeries    *self);
void             deck_chart_series_set_visible          (DeckChartSeries    *self,
                                                         gboolean            visible);

guint            deck_chart_series_get_n_points         (DeckChartSeries    *self);
double           deck_chart_series_get_x                (DeckChartSeries    *self,
                                                         guint               index);
double           deck_chart_series_get_y                (DeckChartSeries    *self,
                                                         guint               index);
/* The item's label, or NULL. */
const char      *deck_chart_series_get_label            (DeckChartSeries    *self,
                                                         guint               index);
/* Reads every value again (after items changed in place). */
void             deck_chart_series_invalidate           (DeckChartSeries    *self);

G_END_DECLS
