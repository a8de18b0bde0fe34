/* deck-chart-axis.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-axis"

#include "config.h"

#include <math.h>

#include "deck-chart-axis.h"
#include "deck-chart-scale.h"

struct _DeckChartAxis
{
  GObject            parent_instance;

  DeckChartAxisKind  kind;
  char              *title;
  double             fixed_min;
  double             fixed_max;

  /* The last layout */
  DeckChartScale     scale;
  GArray            *date_ticks;
  DeckChartDateUnit  date_unit;
  gboolean           date_with_year;

  guint              include_zero : 1;
  guint              has_range : 1;
};

G_DEFINE_FINAL_TYPE (DeckChartAxis, deck_chart_axis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_INCLUDE_ZERO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_chart_axis_finalize (GObject *object)
{
  DeckChartAxis *self = (DeckChartAxis *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date_ticks, g_array_unref);

  G_OBJECT_CLASS (deck_chart_axis_parent_class)->finalize (object);
}

static void
deck_chart_axis_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckChartAxis *self = DECK_CHART_AXIS (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_INCLUDE_ZERO:
      g_value_set_boolean (value, self->include_zero);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_axis_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DeckChartAxis *self = DECK_CHART_AXIS (object);

  switch (prop_id)
    {
    case PROP_KIND:
      deck_chart_axis_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      deck_chart_axis_set_title (self, g_value_get_string (value));
      break;

    case PROP_INCLUDE_ZERO:
      deck_chart_axis_set_include_zero (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_axis_class_init (DeckChartAxisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_chart_axis_finalize;
  object_class->get_property = deck_chart_axis_get_property;
  object_class->set_property = deck_chart_axis_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DECK_TYPE_CHART_AXIS_KIND,
                       DECK_CHART_AXIS_KIND_VALUE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INCLUDE_ZERO] =
    g_param_spec_boolean ("include-zero", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_chart_axis_init (DeckChartAxis *self)
{
  self->include_zero = TRUE;
  self->date_ticks = g_array_new (FALSE, FALSE, sizeof (gint64));
  deck_chart_scale_init (&self->scale, 0, 1, 2, TRUE);
}

DeckChartAxis *
deck_chart_axis_new (DeckChartAxisKind kind)
{
  return g_object_new (DECK_TYPE_CHART_AXIS,
                       "kind", kind,
                       NULL);
}

DeckChartAxisKind
deck_chart_axis_get_kind (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), DECK_CHART_AXIS_KIND_VALUE);

  return self->kind;
}

void
deck_chart_axis_set_kind (DeckChartAxis     *self,
                          DeckChartAxisKind  kind)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
deck_chart_axis_get_title (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), NULL);

  return self->title;
}

void
deck_chart_axis_set_title (DeckChartAxis *self,
                           const char    *title)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));

  if (g_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
deck_chart_axis_get_include_zero (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), FALSE);

  return self->include_zero;
}

void
deck_chart_axis_set_include_zero (DeckChartAxis *self,
                                  gboolean       include_zero)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));

  include_zero = !!include_zero;
  if (self->include_zero != include_zero)
    {
      self->include_zero = include_zero;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_ZERO]);
    }
}

void
deck_chart_axis_set_range (DeckChartAxis *self,
                           double         min,
                           double         max)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));
  g_return_if_fail (min < max);

  self->has_range = TRUE;
  self->fixed_min = min;
  self->fixed_max = max;
}

void
deck_chart_axis_clear_range (DeckChartAxis *self)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));

  self->has_range = FALSE;
}

gboolean
deck_chart_axis_get_range (DeckChartAxis *self,
                           double        *min,
                           double        *max)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), FALSE);

  if (min)
    *min = self->fixed_min;
  if (max)
    *max = self->fixed_max;

  return self->has_range;
}

void
deck_chart_axis_update (DeckChartAxis *self,
                        double         data_min,
                        double         data_max,
                        guint          max_ticks)
{
  g_return_if_fail (DECK_IS_CHART_AXIS (self));

  if (self->has_range)
    {
      data_min = self->fixed_min;
      data_max = self->fixed_max;
    }

  switch (self->kind)
    {
    case DECK_CHART_AXIS_KIND_DATE:
      {
        g_autoptr(GDateTime) first = NULL;
        g_autoptr(GDateTime) last = NULL;

        if (!isfinite (data_min) || !isfinite (data_max))
          data_min = data_max = 0;
        g_clear_pointer (&self->date_ticks, g_array_unref);
        self->date_ticks = deck_chart_date_ticks ((gint64) data_min, (gint64) data_max,
                                                  max_ticks, &self->date_unit);
        /* The exact span, so the first and last day sit on the plot's edges. */
        self->scale.min = data_min;
        self->scale.max = data_max > data_min ? data_max : data_min + 86400;
        self->scale.step = 86400;
        self->scale.n_ticks = self->date_ticks->len;
        first = g_date_time_new_from_unix_utc ((gint64) data_min);
        last = g_date_time_new_from_unix_utc ((gint64) data_max);
        self->date_with_year = first && last &&
                               g_date_time_get_year (first) != g_date_time_get_year (last);
      }
      break;

    case DECK_CHART_AXIS_KIND_PERCENT:
      deck_chart_scale_init_percent (&self->scale, data_min, data_max, max_ticks);
      if (!self->include_zero && !self->has_range)
        deck_chart_scale_init (&self->scale, data_min, data_max, max_ticks, FALSE);
      break;

    case DECK_CHART_AXIS_KIND_VALUE:
    case DECK_CHART_AXIS_KIND_CATEGORY:
    default:
      deck_chart_scale_init (&self->scale, data_min, data_max, max_ticks,
                             self->include_zero && !self->has_range);
      break;
    }
}

double
deck_chart_axis_get_min (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), 0);

  return self->scale.min;
}

double
deck_chart_axis_get_max (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), 1);

  return self->scale.max;
}

double
deck_chart_axis_normalize (DeckChartAxis *self,
                           double         value)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), 0);

  return deck_chart_scale_normalize (&self->scale, value);
}

guint
deck_chart_axis_get_n_ticks (DeckChartAxis *self)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), 0);

  if (self->kind == DECK_CHART_AXIS_KIND_DATE)
    return self->date_ticks->len;

  return self->scale.n_ticks;
}

double
deck_chart_axis_get_tick (DeckChartAxis *self,
                          guint          index)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), 0);
  g_return_val_if_fail (index < deck_chart_axis_get_n_ticks (self), 0);

  if (self->kind == DECK_CHART_AXIS_KIND_DATE)
    return (double) g_array_index (self->date_ticks, gint64, index);

  return deck_chart_scale_get_tick (&self->scale, index);
}

char *
deck_chart_axis_dup_tick_label (DeckChartAxis *self,
                                guint          index)
{
  double value;

  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), NULL);
  g_return_val_if_fail (index < deck_chart_axis_get_n_ticks (self), NULL);

  value = deck_chart_axis_get_tick (self, index);

  switch (self->kind)
    {
    case DECK_CHART_AXIS_KIND_DATE:
      {
        gboolean with_year = FALSE;

        /* Across years, the first tick and each tick in a new year show the year. */
        if (self->date_with_year && self->date_unit != DECK_CHART_DATE_UNIT_YEAR)
          {
            g_autoptr(GDateTime) here = g_date_time_new_from_unix_utc ((gint64) value);

            if (index == 0)
              with_year = TRUE;
            else
              {
                gint64 before = g_array_index (self->date_ticks, gint64, index - 1);
                g_autoptr(GDateTime) prev = g_date_time_new_from_unix_utc (before);

                with_year = g_date_time_get_year (prev) != g_date_time_get_year (here);
              }
          }
        return deck_chart_format_date_tick ((gint64) value, self->date_unit, with_year);
      }

    case DECK_CHART_AXIS_KIND_PERCENT:
      return deck_chart_format_percent (value, self->scale.step);

    case DECK_CHART_AXIS_KIND_VALUE:
    case DECK_CHART_AXIS_KIND_CATEGORY:
    default:
      return deck_chart_format_tick (value, self->scale.step);
    }
}

char *
deck_chart_axis_format_value (DeckChartAxis *self,
                              double         value)
{
  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), NULL);

  switch (self->kind)
    {
    case DECK_CHART_AXIS_KIND_DATE:
      return deck_chart_format_date_long ((gint64) value);

    case DECK_CHART_AXIS_KIND_PERCENT:
      return deck_chart_format_exact (value, TRUE);

    case DECK_CHART_AXIS_KIND_VALUE:
    case DECK_CHART_AXIS_KIND_CATEGORY:
    default:
      return deck_chart_format_exact (value, FALSE);
    }
}

char *
deck_chart_axis_format_csv (DeckChartAxis *self,
                            double         value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (DECK_IS_CHART_AXIS (self), NULL);

  if (!isfinite (value))
    return g_strdup ("");

  if (self->kind == DECK_CHART_AXIS_KIND_DATE)
    return deck_chart_format_date_iso ((gint64) value);

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}
