/* deck-chart-line-layer.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-chart-layer.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_LINE_LAYER (deck_chart_line_layer_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartLineLayer, deck_chart_line_layer, DECK, CHART_LINE_LAYER, DeckChartLayer)

/* Lines (or areas, with "fill") through each series' points; a missing value
 * breaks the line. Needs two x values. */
DeckChartLayer *deck_chart_line_layer_new      (void);
gboolean        deck_chart_line_layer_get_fill (DeckChartLineLayer *self);
void            deck_chart_line_layer_set_fill (DeckChartLineLayer *self,
                                                gboolean            fill);

G_END_DECLS
