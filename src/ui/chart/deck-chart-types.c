/* deck-chart-types.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-types"

#include "config.h"

#include "deck-chart-types.h"

/* Registered here rather than through mkenums: the generated enum code only sees
 * the include directories of src/, and this folder is not one of them. */

G_DEFINE_ENUM_TYPE (DeckChartColor, deck_chart_color,
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_AUTO, "auto"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_ACCENT, "accent"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_BLUE, "blue"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_GREEN, "green"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_YELLOW, "yellow"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_ORANGE, "orange"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_RED, "red"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_PURPLE, "purple"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_BROWN, "brown"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_COLOR_NEUTRAL, "neutral"))

G_DEFINE_ENUM_TYPE (DeckChartAxisKind, deck_chart_axis_kind,
  G_DEFINE_ENUM_VALUE (DECK_CHART_AXIS_KIND_VALUE, "value"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_AXIS_KIND_PERCENT, "percent"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_AXIS_KIND_DATE, "date"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_AXIS_KIND_CATEGORY, "category"))

G_DEFINE_ENUM_TYPE (DeckChartFormat, deck_chart_format,
  G_DEFINE_ENUM_VALUE (DECK_CHART_FORMAT_PNG, "png"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_FORMAT_SVG, "svg"),
  G_DEFINE_ENUM_VALUE (DECK_CHART_FORMAT_CSV, "csv"))
