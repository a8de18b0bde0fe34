/* deck-chart-types.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The colour role of a series. AUTO picks by the series' place in the chart:
 * the accent colour first, then the palette. The palette has a light and a dark
 * variant of each colour (GNOME's HIG palette). */
typedef enum
{
  DECK_CHART_COLOR_AUTO,
  DECK_CHART_COLOR_ACCENT,
  DECK_CHART_COLOR_BLUE,
  DECK_CHART_COLOR_GREEN,
  DECK_CHART_COLOR_YELLOW,
  DECK_CHART_COLOR_ORANGE,
  DECK_CHART_COLOR_RED,
  DECK_CHART_COLOR_PURPLE,
  DECK_CHART_COLOR_BROWN,
  DECK_CHART_COLOR_NEUTRAL,
} DeckChartColor;

/* What an axis' values are: plain numbers, fractions shown as percentages, Unix
 * times of days (UTC), or item positions labelled by the series' label. */
typedef enum
{
  DECK_CHART_AXIS_KIND_VALUE,
  DECK_CHART_AXIS_KIND_PERCENT,
  DECK_CHART_AXIS_KIND_DATE,
  DECK_CHART_AXIS_KIND_CATEGORY,
} DeckChartAxisKind;

typedef enum
{
  DECK_CHART_FORMAT_PNG,
  DECK_CHART_FORMAT_SVG,
  DECK_CHART_FORMAT_CSV,
} DeckChartFormat;

#define DECK_TYPE_CHART_COLOR (deck_chart_color_get_type ())
#define DECK_TYPE_CHART_AXIS_KIND (deck_chart_axis_kind_get_type ())
#define DECK_TYPE_CHART_FORMAT (deck_chart_format_get_type ())

GType deck_chart_color_get_type     (void) G_GNUC_CONST;
GType deck_chart_axis_kind_get_type (void) G_GNUC_CONST;
GType deck_chart_format_get_type    (void) G_GNUC_CONST;

G_END_DECLS
