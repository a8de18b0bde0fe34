/* deck-chart-bar-layer.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-chart-layer.h"

G_BEGIN_DECLS

#define DECK_TYPE_CHART_BAR_LAYER (deck_chart_bar_layer_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartBarLayer, deck_chart_bar_layer, DECK, CHART_BAR_LAYER, DeckChartLayer)

/* Bars, one slot per x value; several series make grouped bars side by side.
 * Needs one x value. */
DeckChartLayer *deck_chart_bar_layer_new (void);

G_END_DECLS
