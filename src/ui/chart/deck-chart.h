/* deck-chart.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "deck-chart-axis.h"
#include "deck-chart-layer.h"
#include "deck-chart-series.h"
#include "deck-chart-types.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART (deck_chart_get_type ())
G_DECLARE_FINAL_TYPE (DeckChart, deck_chart, DECK, CHART, GtkWidget)

/* A chart widget after Sysprof's design: series over GListModels, normalised by
 * an x and a y axis, drawn by stacked layers (lines, areas, bars), with grid
 * lines, tick labels, a legend whose buttons hide and show series, and a focus
 * (hover, or the arrow keys) whose exact values show in an overlay and in the
 * "focus-text" property. Colours follow the style manager (accent, light/dark).
 * Below the layers' minimum of x values it says "Not Enough Data".
 *
 * "changed" is emitted whenever its data, series or their visibility change.
 *
 * Actions: chart.focus-next/-previous/-first/-last (Right/Left/Home/End),
 * chart.toggle-series (int index), chart.copy-image, chart.copy-data. */
GtkWidget       *deck_chart_new                (void);

const char      *deck_chart_get_title          (DeckChart       *self);
/* Shown at the top of exported images and as the accessible label. */
void             deck_chart_set_title          (DeckChart       *self,
                                                const char      *title);
DeckChartAxis   *deck_chart_get_x_axis         (DeckChart       *self);
void             deck_chart_set_x_axis         (DeckChart       *self,
                                                DeckChartAxis   *axis);
DeckChartAxis   *deck_chart_get_y_axis         (DeckChart       *self);
void             deck_chart_set_y_axis         (DeckChart       *self,
                                                DeckChartAxis   *axis);
void             deck_chart_add_layer          (DeckChart       *self,
                                                DeckChartLayer  *layer);
void             deck_chart_remove_layer       (DeckChart       *self,
                                                DeckChartLayer  *layer);

/* Every series of every layer, in legend order. */
guint            deck_chart_get_n_series       (DeckChart       *self);
DeckChartSeries *deck_chart_get_series         (DeckChart       *self,
                                                guint            index);
/* The legend's toggle button for series @index, or NULL. */
GtkWidget       *deck_chart_get_legend_button  (DeckChart       *self,
                                                guint            index);
/* FALSE while there are too few x values to draw ("Not Enough Data"). */
gboolean         deck_chart_get_enough_data    (DeckChart       *self);

/* The data as a table: one row per distinct x, one column per series. */
guint            deck_chart_get_n_rows         (DeckChart       *self);
double           deck_chart_get_row_x          (DeckChart       *self,
                                                guint            row);
/* The x as people read it: "Mar 3, 2026", a campaign's name, a number. */
char            *deck_chart_dup_row_title      (DeckChart       *self,
                                                guint            row);
/* NAN where the series has no value at that x. */
double           deck_chart_get_value          (DeckChart       *self,
                                                guint            row,
                                                guint            series);
char            *deck_chart_dup_value_text     (DeckChart       *self,
                                                guint            row,
                                                guint            series);

/* The focused row (-1: none); it follows the pointer and the arrow keys. */
int              deck_chart_get_focus_index    (DeckChart       *self);
void             deck_chart_set_focus_index    (DeckChart       *self,
                                                int              index);
/* "Mar 3, 2026: Sent 120, Opened 40" for the focused row (visible series), or NULL. */
const char      *deck_chart_get_focus_text     (DeckChart       *self);

/* Exports. Images show the visible series with a title, a legend and the
 * view background; CSV holds every series (RFC 4180: CRLF, quoted fields).
 * PNGs are @width x @height logical pixels times @scale. */
GdkTexture      *deck_chart_render_texture     (DeckChart       *self,
                                                int              width,
                                                int              height,
                                                int              scale,
                                                GError         **error);
GBytes          *deck_chart_export_png         (DeckChart       *self,
                                                int              width,
                                                int              height,
                                                int              scale,
                                                GError         **error);
GBytes          *deck_chart_export_svg         (DeckChart       *self,
                                                int              width,
                                                int              height);
GBytes          *deck_chart_export_csv         (DeckChart       *self);
/* Tab-separated values, for pasting into spreadsheets. */
GBytes          *deck_chart_export_tsv         (DeckChart       *self);
GBytes          *deck_chart_export             (DeckChart       *self,
                                                DeckChartFormat  format,
                                                int              width,
                                                int              height,
                                                GError         **error);
gboolean         deck_chart_export_to_file     (DeckChart       *self,
                                                DeckChartFormat  format,
                                                GFile           *file,
                                                int              width,
                                                int              height,
                                                GCancellable    *cancellable,
                                                GError         **error);
/* The size images are exported at: the widget's, or 960x480 when it has none. */
void             deck_chart_get_export_size    (DeckChart       *self,
                                                int             *width,
                                                int             *height);
void             deck_chart_copy_image         (DeckChart       *self);
void             deck_chart_copy_data          (DeckChart       *self);

G_END_DECLS
