/* deck-chart-layer.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-layer"

#include "config.h"

#include "deck-chart-layer.h"
#include "deck-chart-private.h"

typedef struct
{
  GListStore *series;
} DeckChartLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DeckChartLayer, deck_chart_layer, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
series_changed_cb (DeckChartLayer *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static guint
deck_chart_layer_real_get_min_points (DeckChartLayer *self)
{
  return 1;
}

static gboolean
deck_chart_layer_real_uses_slots (DeckChartLayer *self)
{
  return FALSE;
}

static void
deck_chart_layer_dispose (GObject *object)
{
  DeckChartLayer *self = (DeckChartLayer *)object;
  DeckChartLayerPrivate *priv = deck_chart_layer_get_instance_private (self);

  if (priv->series)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (priv->series));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DeckChartSeries) series = g_list_model_get_item (G_LIST_MODEL (priv->series), i);

          g_signal_handlers_disconnect_by_func (series, series_changed_cb, self);
        }
    }
  g_clear_object (&priv->series);

  G_OBJECT_CLASS (deck_chart_layer_parent_class)->dispose (object);
}

static void
deck_chart_layer_class_init (DeckChartLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_chart_layer_dispose;

  klass->get_min_points = deck_chart_layer_real_get_min_points;
  klass->uses_slots = deck_chart_layer_real_uses_slots;

  /* Any series of the layer changed, or the series list did. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
deck_chart_layer_init (DeckChartLayer *self)
{
  DeckChartLayerPrivate *priv = deck_chart_layer_get_instance_private (self);

  priv->series = g_list_store_new (DECK_TYPE_CHART_SERIES);
}

void
deck_chart_layer_add_series (DeckChartLayer  *self,
                             DeckChartSeries *series)
{
  DeckChartLayerPrivate *priv = deck_chart_layer_get_instance_private (self);

  g_return_if_fail (DECK_IS_CHART_LAYER (self));
  g_return_if_fail (DECK_IS_CHART_SERIES (series));

  g_signal_connect_object (series, "changed", G_CALLBACK (series_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_list_store_append (priv->series, series);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
deck_chart_layer_remove_series (DeckChartLayer  *self,
                                DeckChartSeries *series)
{
  DeckChartLayerPrivate *priv = deck_chart_layer_get_instance_private (self);
  guint position;

  g_return_if_fail (DECK_IS_CHART_LAYER (self));
  g_return_if_fail (DECK_IS_CHART_SERIES (series));

  if (!g_list_store_find (priv->series, series, &position))
    return;

  g_signal_handlers_disconnect_by_func (series, series_changed_cb, self);
  g_list_store_remove (priv->series, position);
  g_signal_emit (self, signals[CHANGED], 0);
}

GListModel *
deck_chart_layer_get_series (DeckChartLayer *self)
{
  DeckChartLayerPrivate *priv = deck_chart_layer_get_instance_private (self);

  g_return_val_if_fail (DECK_IS_CHART_LAYER (self), NULL);

  return G_LIST_MODEL (priv->series);
}

guint
_deck_chart_layer_get_min_points (DeckChartLayer *self)
{
  return DECK_CHART_LAYER_GET_CLASS (self)->get_min_points (self);
}

gboolean
_deck_chart_layer_uses_slots (DeckChartLayer *self)
{
  return DECK_CHART_LAYER_GET_CLASS (self)->uses_slots (self);
}

void
_deck_chart_layer_build (DeckChartLayer       *self,
                         const DeckChartFrame *frame,
                         DeckChartScene       *scene)
{
  if (DECK_CHART_LAYER_GET_CLASS (self)->build)
    DECK_CHART_LAYER_GET_CLASS (self)->build (self, frame, scene);
}
