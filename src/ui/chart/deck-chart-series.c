/* deck-chart-series.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-series"

#include "config.h"

#include <math.h>

#include "deck-chart-scale.h"
#include "deck-chart-series.h"

struct _DeckChartSeries
{
  GObject             parent_instance;

  char               *name;
  GListModel         *model;
  GtkExpression      *x_expression;
  GtkExpression      *y_expression;
  GtkExpression      *label_expression;
  DeckChartValueFunc  x_func;
  gpointer            x_data;
  GDestroyNotify      x_destroy;
  DeckChartValueFunc  y_func;
  gpointer            y_data;
  GDestroyNotify      y_destroy;
  DeckChartColor      color;

  /* Cached values, re-read lazily after a change. */
  GArray             *xs;
  GArray             *ys;
  GPtrArray          *labels;

  guint               visible : 1;
  guint               dirty : 1;
};

G_DEFINE_FINAL_TYPE (DeckChartSeries, deck_chart_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_MODEL,
  PROP_X_EXPRESSION,
  PROP_Y_EXPRESSION,
  PROP_LABEL_EXPRESSION,
  PROP_COLOR,
  PROP_VISIBLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (DeckChartSeries *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
invalidate (DeckChartSeries *self)
{
  self->dirty = TRUE;
  emit_changed (self);
}

static void
items_changed_cb (DeckChartSeries *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  invalidate (self);
}

/* Turns whatever an expression gave into a number: numbers, booleans, enums,
 * date strings, numeric strings and GDateTimes. */
static double
value_to_double (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);
      gint64 time;
      char *end = NULL;
      double number;

      if (text == NULL || *text == '\0')
        return NAN;
      if (deck_chart_parse_date (text, &time))
        return (double) time;
      number = g_ascii_strtod (text, &end);
      return end != text && *end == '\0' ? number : NAN;
    }

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (value);

      return dt ? (double) g_date_time_to_unix (dt) : NAN;
    }

  if (g_value_type_transformable (type, G_TYPE_DOUBLE))
    {
      g_auto(GValue) number = G_VALUE_INIT;

      g_value_init (&number, G_TYPE_DOUBLE);
      if (g_value_transform (value, &number))
        return g_value_get_double (&number);
    }

  return NAN;
}

static double
evaluate_number (GtkExpression *expression,
                 gpointer       item)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (!gtk_expression_evaluate (expression, item, &value))
    return NAN;

  return value_to_double (&value);
}

static char *
evaluate_string (GtkExpression *expression,
                 gpointer       item)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) string = G_VALUE_INIT;

  if (!gtk_expression_evaluate (expression, item, &value))
    return NULL;
  if (G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);

  g_value_init (&string, G_TYPE_STRING);
  if (g_value_type_transformable (G_VALUE_TYPE (&value), G_TYPE_STRING) &&
      g_value_transform (&value, &string))
    return g_value_dup_string (&string);

  return NULL;
}

static void
ensure_values (DeckChartSeries *self)
{
  guint n_items;

  if (!self->dirty)
    return;

  self->dirty = FALSE;
  g_array_set_size (self->xs, 0);
  g_array_set_size (self->ys, 0);
  g_ptr_array_set_size (self->labels, 0);

  if (self->model == NULL)
    return;

  n_items = g_list_model_get_n_items (self->model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);
      double x = i;
      double y = NAN;
      char *label = NULL;

      if (self->x_func)
        x = self->x_func (item, self->x_data);
      else if (self->x_expression)
        x = evaluate_number (self->x_expression, item);

      if (self->y_func)
        y = self->y_func (item, self->y_data);
      else if (self->y_expression)
        y = evaluate_number (self->y_expression, item);

      if (self->label_expression)
        label = evaluate_string (self->label_expression, item);

      /* A point without an x can't be placed. */
      if (!isfinite (x))
        {
          g_free (label);
          continue;
        }

      g_array_append_val (self->xs, x);
      g_array_append_val (self->ys, y);
      g_ptr_array_add (self->labels, label);
    }
}

static void
deck_chart_series_dispose (GObject *object)
{
  DeckChartSeries *self = (DeckChartSeries *)object;

  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->x_expression, gtk_expression_unref);
  g_clear_pointer (&self->y_expression, gtk_expression_unref);
  g_clear_pointer (&self->label_expression, gtk_expression_unref);
  if (self->x_destroy)
    g_clear_pointer (&self->x_data, self->x_destroy);
  if (self->y_destroy)
    g_clear_pointer (&self->y_data, self->y_destroy);
  self->x_func = NULL;
  self->y_func = NULL;

  G_OBJECT_CLASS (deck_chart_series_parent_class)->dispose (object);
}

static void
deck_chart_series_finalize (GObject *object)
{
  DeckChartSeries *self = (DeckChartSeries *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->xs, g_array_unref);
  g_clear_pointer (&self->ys, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_chart_series_parent_class)->finalize (object);
}

static void
deck_chart_series_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeckChartSeries *self = DECK_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_X_EXPRESSION:
      gtk_value_set_expression (value, self->x_expression);
      break;

    case PROP_Y_EXPRESSION:
      gtk_value_set_expression (value, self->y_expression);
      break;

    case PROP_LABEL_EXPRESSION:
      gtk_value_set_expression (value, self->label_expression);
      break;

    case PROP_COLOR:
      g_value_set_enum (value, self->color);
      break;

    case PROP_VISIBLE:
      g_value_set_boolean (value, self->visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_series_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DeckChartSeries *self = DECK_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      deck_chart_series_set_name (self, g_value_get_string (value));
      break;

    case PROP_MODEL:
      deck_chart_series_set_model (self, g_value_get_object (value));
      break;

    case PROP_X_EXPRESSION:
      deck_chart_series_set_x_expression (self, gtk_value_get_expression (value));
      break;

    case PROP_Y_EXPRESSION:
      deck_chart_series_set_y_expression (self, gtk_value_get_expression (value));
      break;

    case PROP_LABEL_EXPRESSION:
      deck_chart_series_set_label_expression (self, gtk_value_get_expression (value));
      break;

    case PROP_COLOR:
      deck_chart_series_set_color (self, g_value_get_enum (value));
      break;

    case PROP_VISIBLE:
      deck_chart_series_set_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_series_class_init (DeckChartSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_chart_series_dispose;
  object_class->finalize = deck_chart_series_finalize;
  object_class->get_property = deck_chart_series_get_property;
  object_class->set_property = deck_chart_series_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_X_EXPRESSION] =
    gtk_param_spec_expression ("x-expression", NULL, NULL,
                               (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_Y_EXPRESSION] =
    gtk_param_spec_expression ("y-expression", NULL, NULL,
                               (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL_EXPRESSION] =
    gtk_param_spec_expression ("label-expression", NULL, NULL,
                               (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOR] =
    g_param_spec_enum ("color", NULL, NULL,
                       DECK_TYPE_CHART_COLOR,
                       DECK_CHART_COLOR_AUTO,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VISIBLE] =
    g_param_spec_boolean ("visible", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeckChartSeries::changed:
   *
   * The values, name, colour or visibility changed: charts redraw.
   */
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
deck_chart_series_init (DeckChartSeries *self)
{
  self->visible = TRUE;
  self->dirty = TRUE;
  self->xs = g_array_new (FALSE, FALSE, sizeof (double));
  self->ys = g_array_new (FALSE, FALSE, sizeof (double));
  self->labels = g_ptr_array_new_with_free_func (g_free);
}

DeckChartSeries *
deck_chart_series_new (const char    *name,
                       GListModel    *model,
                       GtkExpression *x_expression,
                       GtkExpression *y_expression)
{
  DeckChartSeries *self;

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (DECK_TYPE_CHART_SERIES,
                       "name", name,
                       "model", model,
                       NULL);
  deck_chart_series_set_x_expression (self, x_expression);
  deck_chart_series_set_y_expression (self, y_expression);
  /* The expressions are taken over, as gtk_string_sorter_new() and friends do. */
  g_clear_pointer (&x_expression, gtk_expression_unref);
  g_clear_pointer (&y_expression, gtk_expression_unref);

  return self;
}

const char *
deck_chart_series_get_name (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  return self->name;
}

void
deck_chart_series_set_name (DeckChartSeries *self,
                            const char      *name)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (g_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      emit_changed (self);
    }
}

GListModel *
deck_chart_series_get_model (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  return self->model;
}

void
deck_chart_series_set_model (DeckChartSeries *self,
                             GListModel      *model)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  if (self->model)
    g_signal_connect_object (self->model, "items-changed",
                             G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  invalidate (self);
}

static gboolean
set_expression (GtkExpression **slot,
                GtkExpression  *expression)
{
  if (*slot == expression)
    return FALSE;

  if (expression)
    gtk_expression_ref (expression);
  g_clear_pointer (slot, gtk_expression_unref);
  *slot = expression;

  return TRUE;
}

GtkExpression *
deck_chart_series_get_x_expression (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  return self->x_expression;
}

void
deck_chart_series_set_x_expression (DeckChartSeries *self,
                                    GtkExpression   *expression)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (set_expression (&self->x_expression, expression))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X_EXPRESSION]);
      invalidate (self);
    }
}

GtkExpression *
deck_chart_series_get_y_expression (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  return self->y_expression;
}

void
deck_chart_series_set_y_expression (DeckChartSeries *self,
                                    GtkExpression   *expression)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (set_expression (&self->y_expression, expression))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y_EXPRESSION]);
      invalidate (self);
    }
}

GtkExpression *
deck_chart_series_get_label_expression (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  return self->label_expression;
}

void
deck_chart_series_set_label_expression (DeckChartSeries *self,
                                        GtkExpression   *expression)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (set_expression (&self->label_expression, expression))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL_EXPRESSION]);
      invalidate (self);
    }
}

void
deck_chart_series_set_x_func (DeckChartSeries    *self,
                              DeckChartValueFunc  func,
                              gpointer            user_data,
                              GDestroyNotify      destroy)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (self->x_destroy)
    g_clear_pointer (&self->x_data, self->x_destroy);
  self->x_func = func;
  self->x_data = user_data;
  self->x_destroy = destroy;
  invalidate (self);
}

void
deck_chart_series_set_y_func (DeckChartSeries    *self,
                              DeckChartValueFunc  func,
                              gpointer            user_data,
                              GDestroyNotify      destroy)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (self->y_destroy)
    g_clear_pointer (&self->y_data, self->y_destroy);
  self->y_func = func;
  self->y_data = user_data;
  self->y_destroy = destroy;
  invalidate (self);
}

DeckChartColor
deck_chart_series_get_color (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), DECK_CHART_COLOR_AUTO);

  return self->color;
}

void
deck_chart_series_set_color (DeckChartSeries *self,
                             DeckChartColor   color)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  if (self->color != color)
    {
      self->color = color;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
      emit_changed (self);
    }
}

gboolean
deck_chart_series_get_visible (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), FALSE);

  return self->visible;
}

void
deck_chart_series_set_visible (DeckChartSeries *self,
                               gboolean         visible)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  visible = !!visible;
  if (self->visible != visible)
    {
      self->visible = visible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
      emit_changed (self);
    }
}

guint
deck_chart_series_get_n_points (DeckChartSeries *self)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), 0);

  ensure_values (self);

  return self->xs->len;
}

double
deck_chart_series_get_x (DeckChartSeries *self,
                         guint            index)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NAN);

  ensure_values (self);
  g_return_val_if_fail (index < self->xs->len, NAN);

  return g_array_index (self->xs, double, index);
}

double
deck_chart_series_get_y (DeckChartSeries *self,
                         guint            index)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NAN);

  ensure_values (self);
  g_return_val_if_fail (index < self->ys->len, NAN);

  return g_array_index (self->ys, double, index);
}

const char *
deck_chart_series_get_label (DeckChartSeries *self,
                             guint            index)
{
  g_return_val_if_fail (DECK_IS_CHART_SERIES (self), NULL);

  ensure_values (self);
  g_return_val_if_fail (index < self->labels->len, NULL);

  return g_ptr_array_index (self->labels, index);
}

void
deck_chart_series_invalidate (DeckChartSeries *self)
{
  g_return_if_fail (DECK_IS_CHART_SERIES (self));

  invalidate (self);
}
