/* deck-chart-bar-layer.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-bar-layer"

#include "config.h"

#include <math.h>

#include "deck-chart-bar-layer.h"
#include "deck-chart-private.h"

struct _DeckChartBarLayer
{
  DeckChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (DeckChartBarLayer, deck_chart_bar_layer, DECK_TYPE_CHART_LAYER)

#define GROUP_FILL    0.72f  /* the share of a slot a group of bars takes */
#define MAX_BAR_WIDTH 40.0f
#define BAR_GAP       2.0f

static guint
deck_chart_bar_layer_get_min_points (DeckChartLayer *layer)
{
  return 1;
}

static gboolean
deck_chart_bar_layer_uses_slots (DeckChartLayer *layer)
{
  return TRUE;
}

static void
deck_chart_bar_layer_build (DeckChartLayer       *layer,
                            const DeckChartFrame *frame,
                            DeckChartScene       *scene)
{
  g_autoptr(GArray) visible = _deck_chart_frame_visible_series (frame, layer);
  guint n_stops = frame->data->stops->len;
  float group_width, bar_width, gap;

  if (visible->len == 0)
    return;

  group_width = frame->slot_width * GROUP_FILL;
  gap = visible->len > 1 && group_width / visible->len > 6 ? BAR_GAP : 0;
  bar_width = MIN ((group_width - gap * (visible->len - 1)) / visible->len, MAX_BAR_WIDTH);
  bar_width = MAX (bar_width, 1);
  group_width = bar_width * visible->len + gap * (visible->len - 1);

  for (guint stop = 0; stop < n_stops; stop++)
    {
      float left = _deck_chart_frame_x_for_stop (frame, stop) - group_width / 2;

      for (guint v = 0; v < visible->len; v++)
        {
          guint series = g_array_index (visible, guint, v);
          double value = _deck_chart_frame_get_value (frame, series, stop);
          float y, top, height;
          DeckChartShape *bar;

          if (!isfinite (value))
            continue;

          y = _deck_chart_frame_y_for_value (frame, value);
          top = MIN (y, frame->zero_y);
          height = fabsf (frame->zero_y - y);
          /* A zero still shows as a hairline, so "no sends" differs from "no data". */
          if (height < 1)
            {
              height = 1;
              top = frame->zero_y - (value < 0 ? 0 : 1);
            }

          bar = _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_BAR, (int) series,
                                            &frame->colors[series],
                                            left + v * (bar_width + gap), top,
                                            bar_width, height);
          bar->radius = MIN (4, bar_width / 3);
          bar->bar_down = value < 0;
        }
    }
}

static void
deck_chart_bar_layer_class_init (DeckChartBarLayerClass *klass)
{
  DeckChartLayerClass *layer_class = DECK_CHART_LAYER_CLASS (klass);

  layer_class->get_min_points = deck_chart_bar_layer_get_min_points;
  layer_class->uses_slots = deck_chart_bar_layer_uses_slots;
  layer_class->build = deck_chart_bar_layer_build;
}

static void
deck_chart_bar_layer_init (DeckChartBarLayer *self)
{
}

DeckChartLayer *
deck_chart_bar_layer_new (void)
{
  return g_object_new (DECK_TYPE_CHART_BAR_LAYER, NULL);
}
