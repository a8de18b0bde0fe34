/* deck-chart-line-layer.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-line-layer"

#include "config.h"

#include <math.h>

#include "deck-chart-line-layer.h"
#include "deck-chart-private.h"

struct _DeckChartLineLayer
{
  DeckChartLayer parent_instance;

  guint          fill : 1;
};

G_DEFINE_FINAL_TYPE (DeckChartLineLayer, deck_chart_line_layer, DECK_TYPE_CHART_LAYER)

enum {
  PROP_0,
  PROP_FILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
deck_chart_line_layer_get_min_points (DeckChartLayer *layer)
{
  return 2;
}

/* Ends a run of points: the area under it (when filling), then its line. A lone
 * point becomes a dot so it stays visible. */
static void
flush_run (DeckChartLineLayer   *self,
           const DeckChartFrame *frame,
           DeckChartScene       *scene,
           guint                 series,
           GArray               *run)
{
  const GdkRGBA *color = &frame->colors[series];

  if (run->len == 0)
    return;

  if (run->len == 1)
    {
      DeckChartShape *dot = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_DOT, (int) series, color);

      dot->radius = 3;
      g_array_append_vals (dot->points, run->data, 1);
    }
  else
    {
      DeckChartShape *line;

      if (self->fill)
        {
          GdkRGBA tint = *color;
          DeckChartShape *area;

          tint.alpha *= 0.15f;
          area = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_AREA, (int) series, &tint);
          area->baseline = frame->zero_y;
          g_array_append_vals (area->points, run->data, run->len);
        }

      line = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_LINE, (int) series, color);
      line->line_width = 2;
      g_array_append_vals (line->points, run->data, run->len);
    }

  g_array_set_size (run, 0);
}

static void
deck_chart_line_layer_build (DeckChartLayer       *layer,
                             const DeckChartFrame *frame,
                             DeckChartScene       *scene)
{
  DeckChartLineLayer *self = DECK_CHART_LINE_LAYER (layer);
  g_autoptr(GArray) visible = _deck_chart_frame_visible_series (frame, layer);
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  guint n_stops = frame->data->stops->len;

  for (guint v = 0; v < visible->len; v++)
    {
      guint series = g_array_index (visible, guint, v);

      for (guint stop = 0; stop < n_stops; stop++)
        {
          double value = _deck_chart_frame_get_value (frame, series, stop);
          graphene_point_t point;

          if (!isfinite (value))
            {
              flush_run (self, frame, scene, series, run);
              continue;
            }

          point.x = _deck_chart_frame_x_for_stop (frame, stop);
          point.y = _deck_chart_frame_y_for_value (frame, value);
          g_array_append_val (run, point);
        }

      flush_run (self, frame, scene, series, run);
    }
}

static void
deck_chart_line_layer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DeckChartLineLayer *self = DECK_CHART_LINE_LAYER (object);

  switch (prop_id)
    {
    case PROP_FILL:
      g_value_set_boolean (value, self->fill);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_line_layer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DeckChartLineLayer *self = DECK_CHART_LINE_LAYER (object);

  switch (prop_id)
    {
    case PROP_FILL:
      deck_chart_line_layer_set_fill (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_line_layer_class_init (DeckChartLineLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DeckChartLayerClass *layer_class = DECK_CHART_LAYER_CLASS (klass);

  object_class->get_property = deck_chart_line_layer_get_property;
  object_class->set_property = deck_chart_line_layer_set_property;

  layer_class->get_min_points = deck_chart_line_layer_get_min_points;
  layer_class->build = deck_chart_line_layer_build;

  properties[PROP_FILL] =
    g_param_spec_boolean ("fill", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_chart_line_layer_init (DeckChartLineLayer *self)
{
}

DeckChartLayer *
deck_chart_line_layer_new (void)
{
  return g_object_new (DECK_TYPE_CHART_LINE_LAYER, NULL);
}

gboolean
deck_chart_line_layer_get_fill (DeckChartLineLayer *self)
{
  g_return_val_if_fail (DECK_IS_CHART_LINE_LAYER (self), FALSE);

  return self->fill;
}

void
deck_chart_line_layer_set_fill (DeckChartLineLayer *self,
                                gboolean            fill)
{
  g_return_if_fail (DECK_IS_CHART_LINE_LAYER (self));

  fill = !!fill;
  if (self->fill != fill)
    {
      self->fill = fill;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILL]);
      g_signal_emit_by_name (self, "changed");
    }
}
