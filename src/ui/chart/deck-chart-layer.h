/* deck-chart-layer.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "deck-chart-series.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_LAYER (deck_chart_layer_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeckChartLayer, deck_chart_layer, DECK, CHART_LAYER, GObject)

typedef struct _DeckChartFrame DeckChartFrame;
typedef struct _DeckChartScene DeckChartScene;

/* A layer turns its series into shapes (lines, areas, bars) in the chart's plot
 * area. The shapes are the geometry both the widget and the SVG export draw, so
 * what is exported is what is shown. The frame and scene are private to the
 * chart code (deck-chart-private.h). */
struct _DeckChartLayerClass
{
  GObjectClass parent_class;

  /* The fewest x values this layer needs to draw something useful. */
  guint    (*get_min_points) (DeckChartLayer       *self);
  /* Whether the x axis is cut into equal slots (bars) instead of a continuous scale. */
  gboolean (*uses_slots)     (DeckChartLayer       *self);
  void     (*build)          (DeckChartLayer       *self,
                              const DeckChartFrame *frame,
                              DeckChartScene       *scene);
};

void        deck_chart_layer_add_series    (DeckChartLayer  *self,
                                            DeckChartSeries *series);
void        deck_chart_layer_remove_series (DeckChartLayer  *self,
                                            DeckChartSeries *series);
/* A GListModel of DeckChartSeries. */
GListModel *deck_chart_layer_get_series    (DeckChartLayer  *self);

G_END_DECLS
