/* deck-chart.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "deck-chart-private.h"
#include "deck-chart-scale.h"

#define LEGEND_SPACING  6
#define TICK_FONT_SCALE 0.85
#define EXPORT_PADDING  16
#define LABEL_GAP       8
#define MAX_LABEL_WIDTH 140

struct _DeckChart
{
  GtkWidget        parent_instance;

  char            *title;
  DeckChartAxis   *x_axis;
  DeckChartAxis   *y_axis;
  GPtrArray       *layers;
  DeckChartData   *data;          /* NULL when stale */
  GPtrArray       *legend_series; /* what the legend buttons show */

  GtkWidget       *legend;
  int              legend_height;

  DeckChartScene  *scene;         /* the last drawn one, for hit-testing */
  int              focus_index;
  char            *focus_text;
  gboolean         enough_data;
  gboolean         hovering;
};

G_DEFINE_FINAL_TYPE (DeckChart, deck_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_X_AXIS,
  PROP_Y_AXIS,
  PROP_FOCUS_INDEX,
  PROP_FOCUS_TEXT,
  PROP_ENOUGH_DATA,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_focus_text (DeckChart *self);
static void sync_legend       (DeckChart *self);

/* ------------------------------------------------------------------ data */

static void
data_free (DeckChartData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->stops, g_array_unref);
  g_clear_pointer (&data->stop_labels, g_ptr_array_unref);
  g_clear_pointer (&data->series, g_ptr_array_unref);
  g_clear_pointer (&data->layers, g_ptr_array_unref);
  g_clear_pointer (&data->values, g_ptr_array_unref);
  g_free (data);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static guint
find_stop (GArray *stops,
           double  x)
{
  guint lo = 0, hi = stops->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (stops, double, mid) < x)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static DeckChartData *
data_build (DeckChart *self)
{
  DeckChartData *data = g_new0 (DeckChartData, 1);
  GArray *all = g_array_new (FALSE, FALSE, sizeof (double));

  data->series = g_ptr_array_new_with_free_func (g_object_unref);
  data->layers = g_ptr_array_new ();
  data->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  data->stops = g_array_new (FALSE, FALSE, sizeof (double));
  data->stop_labels = g_ptr_array_new_with_free_func (g_free);

  for (guint l = 0; l < self->layers->len; l++)
    {
      DeckChartLayer *layer = g_ptr_array_index (self->layers, l);
      GListModel *series = deck_chart_layer_get_series (layer);
      guint n = g_list_model_get_n_items (series);

      for (guint i = 0; i < n; i++)
        {
          DeckChartSeries *s = g_list_model_get_item (series, i);

          g_ptr_array_add (data->series, s);
          g_ptr_array_add (data->layers, layer);
          for (guint p = 0; p < deck_chart_series_get_n_points (s); p++)
            {
              double x = deck_chart_series_get_x (s, p);

              g_array_append_val (all, x);
            }
        }
    }

  g_array_sort (all, compare_doubles);
  for (guint i = 0; i < all->len; i++)
    {
      double x = g_array_index (all, double, i);

      if (data->stops->len == 0 || g_array_index (data->stops, double, data->stops->len - 1) != x)
        g_array_append_val (data->stops, x);
    }
  g_array_unref (all);
  g_ptr_array_set_size (data->stop_labels, data->stops->len);

  for (guint s = 0; s < data->series->len; s++)
    {
      DeckChartSeries *series = g_ptr_array_index (data->series, s);
      GArray *values = g_array_sized_new (FALSE, FALSE, sizeof (double), data->stops->len);

      g_array_set_size (values, data->stops->len);
      for (guint i = 0; i < values->len; i++)
        g_array_index (values, double, i) = NAN;

      /* A repeated x keeps its last value. */
      for (guint p = 0; p < deck_chart_series_get_n_points (series); p++)
        {
          guint stop = find_stop (data->stops, deck_chart_series_get_x (series, p));
          const char *label = deck_chart_series_get_label (series, p);

          g_array_index (values, double, stop) = deck_chart_series_get_y (series, p);
          if (label && g_ptr_array_index (data->stop_labels, stop) == NULL)
            g_ptr_array_index (data->stop_labels, stop) = g_strdup (label);
        }

      g_ptr_array_add (data->values, values);
    }

  return data;
}

const DeckChartData *
_deck_chart_get_data (DeckChart *self)
{
  if (self->data == NULL)
    self->data = data_build (self);

  return self->data;
}

static guint
get_min_points (DeckChart *self)
{
  guint min_points = 1;

  for (guint l = 0; l < self->layers->len; l++)
    {
      DeckChartLayer *layer = g_ptr_array_index (self->layers, l);

      if (g_list_model_get_n_items (deck_chart_layer_get_series (layer)) > 0)
        min_points = MAX (min_points, _deck_chart_layer_get_min_points (layer));
    }

  return min_points;
}

static gboolean
uses_slots (DeckChart *self)
{
  for (guint l = 0; l < self->layers->len; l++)
    if (_deck_chart_layer_uses_slots (g_ptr_array_index (self->layers, l)))
      return TRUE;

  return FALSE;
}

static void
invalidate (DeckChart *self)
{
  const DeckChartData *data;
  gboolean enough_data;

  g_clear_pointer (&self->data, data_free);
  data = _deck_chart_get_data (self);

  enough_data = data->stops->len >= get_min_points (self);
  if (enough_data != self->enough_data)
    {
      self->enough_data = enough_data;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENOUGH_DATA]);
    }

  if (self->focus_index >= (int) data->stops->len || !enough_data)
    deck_chart_set_focus_index (self, -1);
  else
    update_focus_text (self);

  sync_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------ colours */

static void
parse_color (GdkRGBA    *color,
             const char *spec)
{
  if (!gdk_rgba_parse (color, spec))
    g_assert_not_reached ();
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
get_palette (DeckChartPalette *palette)
{
  if (is_dark ())
    {
      parse_color (&palette->fg, "#ffffff");
      parse_color (&palette->dim, "rgba(255,255,255,0.6)");
      parse_color (&palette->grid, "rgba(255,255,255,0.08)");
      parse_color (&palette->axis, "rgba(255,255,255,0.3)");
      parse_color (&palette->view_bg, "#1d1d20");
      parse_color (&palette->card_bg, "#36363a");
      parse_color (&palette->card_border, "rgba(0,0,0,0.36)");
    }
  else
    {
      parse_color (&palette->fg, "rgba(0,0,6,0.8)");
      parse_color (&palette->dim, "rgba(0,0,6,0.55)");
      parse_color (&palette->grid, "rgba(0,0,6,0.07)");
      parse_color (&palette->axis, "rgba(0,0,6,0.25)");
      parse_color (&palette->view_bg, "#ffffff");
      parse_color (&palette->card_bg, "#ffffff");
      parse_color (&palette->card_border, "rgba(0,0,6,0.15)");
    }
}

/* GNOME's HIG palette: a light-theme and a dark-theme shade of each colour. */
static const char * const role_colors[][2] = {
  [DECK_CHART_COLOR_BLUE]    = { "#3584e4", "#62a0ea" },
  [DECK_CHART_COLOR_GREEN]   = { "#26a269", "#33d17a" },
  [DECK_CHART_COLOR_YELLOW]  = { "#e5a50a", "#f6d32d" },
  [DECK_CHART_COLOR_ORANGE]  = { "#e66100", "#ffa348" },
  [DECK_CHART_COLOR_RED]     = { "#e01b24", "#f66151" },
  [DECK_CHART_COLOR_PURPLE]  = { "#9141ac", "#c061cb" },
  [DECK_CHART_COLOR_BROWN]   = { "#986a44", "#cdab8f" },
  [DECK_CHART_COLOR_NEUTRAL] = { "#77767b", "#9a9996" },
};

static const DeckChartColor auto_order[] = {
  DECK_CHART_COLOR_ACCENT,
  DECK_CHART_COLOR_GREEN,
  DECK_CHART_COLOR_ORANGE,
  DECK_CHART_COLOR_PURPLE,
  DECK_CHART_COLOR_RED,
  DECK_CHART_COLOR_YELLOW,
  DECK_CHART_COLOR_BROWN,
  DECK_CHART_COLOR_BLUE,
  DECK_CHART_COLOR_NEUTRAL,
};

/* The palette role that looks like the accent colour, so AUTO skips it. */
static DeckChartColor
accent_role (AdwStyleManager *manager)
{
  switch (adw_style_manager_get_accent_color (manager))
    {
    case ADW_ACCENT_COLOR_BLUE:
    case ADW_ACCENT_COLOR_TEAL:
      return DECK_CHART_COLOR_BLUE;
    case ADW_ACCENT_COLOR_GREEN:
      return DECK_CHART_COLOR_GREEN;
    case ADW_ACCENT_COLOR_YELLOW:
      return DECK_CHART_COLOR_YELLOW;
    case ADW_ACCENT_COLOR_ORANGE:
      return DECK_CHART_COLOR_ORANGE;
    case ADW_ACCENT_COLOR_RED:
    case ADW_ACCENT_COLOR_PINK:
      return DECK_CHART_COLOR_RED;
    case ADW_ACCENT_COLOR_PURPLE:
      return DECK_CHART_COLOR_PURPLE;
    case ADW_ACCENT_COLOR_SLATE:
      return DECK_CHART_COLOR_NEUTRAL;
    default:
      return DECK_CHART_COLOR_BLUE;
    }
}

static void
resolve_color (DeckChartColor  role,
               GdkRGBA        *color)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (role == DECK_CHART_COLOR_ACCENT || role == DECK_CHART_COLOR_AUTO)
    {
      g_autoptr(GdkRGBA) accent = adw_style_manager_get_accent_color_rgba (manager);

      *color = *accent;
      return;
    }

  parse_color (color, role_colors[role][is_dark () ? 1 : 0]);
}

/* The colours of all series: explicit roles as asked, AUTO ones in order. */
static GdkRGBA *
get_series_colors (const DeckChartData *data)
{
  GdkRGBA *colors = g_new0 (GdkRGBA, MAX (data->series->len, 1));
  DeckChartColor skip = accent_role (adw_style_manager_get_default ());
  guint next = 0;

  for (guint i = 0; i < data->series->len; i++)
    {
      DeckChartColor role = deck_chart_series_get_color (g_ptr_array_index (data->series, i));

      if (role == DECK_CHART_COLOR_AUTO)
        {
          do
            role = auto_order[next++ % G_N_ELEMENTS (auto_order)];
          while (role == skip);
        }
      resolve_color (role, &colors[i]);
    }

  return colors;
}

/* ------------------------------------------------------------------ frame */

float
_deck_chart_frame_x_for_stop (const DeckChartFrame *frame,
                              guint                 stop)
{
  double x;

  if (frame->slots)
    return frame->plot.origin.x + frame->slot_width * (stop + 0.5f);

  x = g_array_index (frame->data->stops, double, stop);
  return frame->plot.origin.x + deck_chart_axis_normalize (frame->x_axis, x) * frame->plot.size.width;
}

float
_deck_chart_frame_y_for_value (const DeckChartFrame *frame,
                               double                value)
{
  double n = deck_chart_axis_normalize (frame->y_axis, value);

  return frame->plot.origin.y + (1 - n) * frame->plot.size.height;
}

double
_deck_chart_frame_get_value (const DeckChartFrame *frame,
                             guint                 series,
                             guint                 stop)
{
  GArray *values = g_ptr_array_index (frame->data->values, series);

  return g_array_index (values, double, stop);
}

GArray *
_deck_chart_frame_visible_series (const DeckChartFrame *frame,
                                  DeckChartLayer       *layer)
{
  GArray *visible = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < frame->data->series->len; i++)
    if (g_ptr_array_index (frame->data->layers, i) == (gpointer) layer &&
        deck_chart_series_get_visible (g_ptr_array_index (frame->data->series, i)))
      g_array_append_val (visible, i);

  return visible;
}

/* ------------------------------------------------------------------ scene */

/* Shortens @text with an ellipsis until it fits @max_width. */
static char *
fit_text (DeckChartScene *scene,
          PangoContext   *context,
          const char     *text,
          double          font_scale,
          float           max_width)
{
  g_autofree char *candidate = g_strdup (text);
  glong n_chars = g_utf8_strlen (text, -1);
  float width;

  _deck_chart_scene_measure (scene, context, candidate, font_scale, FALSE, &width, NULL, NULL);
  while (width > max_width && n_chars > 1)
    {
      g_autofree char *prefix = NULL;

      n_chars--;
      prefix = g_utf8_substring (text, 0, n_chars);
      g_free (candidate);
      candidate = g_strconcat (g_strchomp (prefix), "…", NULL);
      _deck_chart_scene_measure (scene, context, candidate, font_scale, FALSE, &width, NULL, NULL);
    }

  return g_steal_pointer (&candidate);
}

static char *
dup_slot_label (DeckChart           *self,
                const DeckChartData *data,
                guint                stop)
{
  const char *label = g_ptr_array_index (data->stop_labels, stop);
  double x = g_array_index (data->stops, double, stop);

  if (label)
    return g_strdup (label);

  switch (deck_chart_axis_get_kind (self->x_axis))
    {
    case DECK_CHART_AXIS_KIND_DATE:
      return deck_chart_format_date_tick ((gint64) x, DECK_CHART_DATE_UNIT_DAY, FALSE);
    case DECK_CHART_AXIS_KIND_CATEGORY:
      return g_strdup_printf ("%g", x + 1);
    case DECK_CHART_AXIS_KIND_PERCENT:
    case DECK_CHART_AXIS_KIND_VALUE:
    default:
      return deck_chart_axis_format_value (self->x_axis, x);
    }
}

/* The legend drawn into exports (the widget has real buttons instead). */
static float
add_export_legend (DeckChart           *self,
                   DeckChartScene      *scene,
                   PangoContext        *context,
                   const DeckChartData *data,
                   const GdkRGBA       *colors,
                   const DeckChartPalette *palette,
                   float                x0,
                   float                x1,
                   float                y)
{
  float x = x0;
  float row_height = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < data->series->len; i++)
    {
      DeckChartSeries *series = g_ptr_array_index (data->series, i);
      const char *name = deck_chart_series_get_name (series);
      float width, height;
      DeckChartShape *swatch;

      if (!deck_chart_series_get_visible (series))
        continue;

      _deck_chart_scene_measure (scene, context, name ? name : "", 0.9, FALSE, &width, &height, NULL);
      if (x > x0 && x + 16 + width > x1)
        {
          x = x0;
          y += row_height + 4;
        }
      row_height = MAX (row_height, height);

      swatch = _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_PANEL, (int) i, &colors[i],
                                           x, y + (height - 10) / 2, 10, 10);
      swatch->radius = 3;
      _deck_chart_scene_add_text (scene, context, name ? name : "", 0.9, FALSE, &palette->fg,
                                  x + 16, y);
      x += 16 + width + 16;
      any = TRUE;
    }

  return any ? y + row_height + 12 : y;
}

static void
add_empty_state (DeckChartScene         *scene,
                 PangoContext           *context,
                 const DeckChartPalette *palette,
                 float                   x0,
                 float                   y0,
                 float                   x1,
                 float                   y1)
{
  const char *title = _("Not Enough Data");
  const char *description = _("There is too little data in this range to draw a chart");
  float tw, th, dw, dh;
  float top;

  _deck_chart_scene_measure (scene, context, title, 1.35, TRUE, &tw, &th, NULL);
  _deck_chart_scene_measure (scene, context, description, 1, FALSE, &dw, &dh, NULL);
  top = y0 + ((y1 - y0) - (th + 6 + dh)) / 2;

  _deck_chart_scene_add_text (scene, context, title, 1.35, TRUE, &palette->fg,
                              x0 + ((x1 - x0) - tw) / 2, top);
  _deck_chart_scene_add_text (scene, context, description, 1, FALSE, &palette->dim,
                              x0 + MAX (0, ((x1 - x0) - dw) / 2), top + th + 6);
}

/* The data range of the visible series (all of them when none is visible). */
static void
get_value_range (const DeckChartData *data,
                 double              *min,
                 double              *max)
{
  gboolean any_visible = FALSE;

  *min = INFINITY;
  *max = -INFINITY;

  for (guint i = 0; i < data->series->len; i++)
    any_visible |= deck_chart_series_get_visible (g_ptr_array_index (data->series, i));

  for (guint i = 0; i < data->series->len; i++)
    {
      GArray *values = g_ptr_array_index (data->values, i);

      if (any_visible && !deck_chart_series_get_visible (g_ptr_array_index (data->series, i)))
        continue;

      for (guint j = 0; j < values->len; j++)
        {
          double v = g_array_index (values, double, j);

          if (isfinite (v))
            {
              *min = MIN (*min, v);
              *max = MAX (*max, v);
            }
        }
    }

  if (!isfinite (*min))
    {
      *min = 0;
      *max = 1;
    }
}

static void
add_focus_card (DeckChart              *self,
                DeckChartScene         *scene,
                PangoContext           *context,
                const DeckChartFrame   *frame,
                const DeckChartPalette *palette)
{
  const DeckChartData *data = frame->data;
  guint stop = (guint) self->focus_index;
  g_autofree char *heading = deck_chart_dup_row_title (self, stop);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  float stop_x = _deck_chart_frame_x_for_stop (frame, stop);
  float hw, hh, name_w = 0, value_w = 0, row_h = 0;
  float card_w, card_h, card_x, card_y, y;
  DeckChartShape *card;

  if (!frame->slots)
    {
      /* A guide line through the focused x, and a dot on each line. */
      _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_RULE, -1, &palette->axis,
                                  roundf (stop_x) - 0.5f, frame->plot.origin.y,
                                  1, frame->plot.size.height);
      for (guint i = 0; i < data->series->len; i++)
        {
          double v = _deck_chart_frame_get_value (frame, i, stop);
          graphene_point_t p;
          DeckChartShape *dot;

          if (!deck_chart_series_get_visible (g_ptr_array_index (data->series, i)) || !isfinite (v))
            continue;

          p = GRAPHENE_POINT_INIT (stop_x, _deck_chart_frame_y_for_value (frame, v));
          dot = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_DOT, -1, &palette->view_bg);
          dot->radius = 6;
          g_array_append_val (dot->points, p);
          dot = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_DOT, -1, &frame->colors[i]);
          dot->radius = 4;
          g_array_append_val (dot->points, p);
        }
    }

  _deck_chart_scene_measure (scene, context, heading, 0.9, TRUE, &hw, &hh, NULL);

  for (guint i = 0; i < data->series->len; i++)
    {
      DeckChartSeries *series = g_ptr_array_index (data->series, i);
      const char *name = deck_chart_series_get_name (series);
      char *value;
      float w, h;

      if (!deck_chart_series_get_visible (series))
        continue;

      value = deck_chart_dup_value_text (self, stop, i);
      _deck_chart_scene_measure (scene, context, name ? name : "", 0.9, FALSE, &w, &h, NULL);
      name_w = MAX (name_w, w);
      row_h = MAX (row_h, h);
      _deck_chart_scene_measure (scene, context, value, 0.9, TRUE, &w, NULL, NULL);
      value_w = MAX (value_w, w);
      g_ptr_array_add (names, g_strdup (name ? name : ""));
      g_ptr_array_add (values, value);
      g_array_append_val (indexes, i);
    }

  card_w = MAX (hw, 14 + name_w + 16 + value_w) + 2 * 10;
  card_h = 8 + hh + indexes->len * (row_h + 2) + 8;

  card_x = stop_x + 14;
  if (card_x + card_w > frame->plot.origin.x + frame->plot.size.width)
    card_x = stop_x - 14 - card_w;
  card_x = MAX (card_x, 2);
  card_y = frame->plot.origin.y + 4;

  card = _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_PANEL, -1, &palette->card_bg,
                                     card_x, card_y, card_w, card_h);
  card->radius = 8;
  card->border = palette->card_border;

  _deck_chart_scene_add_text (scene, context, heading, 0.9, TRUE, &palette->fg, card_x + 10, card_y + 8);
  y = card_y + 8 + hh + 2;

  for (guint r = 0; r < indexes->len; r++)
    {
      guint i = g_array_index (indexes, guint, r);
      const char *value = g_ptr_array_index (values, r);
      DeckChartShape *swatch;
      float w;

      swatch = _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_PANEL, -1, &frame->colors[i],
                                           card_x + 10, y + (row_h - 8) / 2, 8, 8);
      swatch->radius = 4;
      _deck_chart_scene_add_text (scene, context, g_ptr_array_index (names, r), 0.9, FALSE,
                                  &palette->dim, card_x + 10 + 14, y);
      _deck_chart_scene_measure (scene, context, value, 0.9, TRUE, &w, NULL, NULL);
      _deck_chart_scene_add_text (scene, context, value, 0.9, TRUE, &palette->fg,
                                  card_x + card_w - 10 - w, y);
      y += row_h + 2;
    }
}

DeckChartScene *
_deck_chart_build_scene (DeckChart    *self,
                         PangoContext *context,
                         float         width,
                         float         height,
                         gboolean      for_export)
{
  const DeckChartData *data = _deck_chart_get_data (self);
  DeckChartScene *scene = _deck_chart_scene_new (width, height, context);
  g_autofree GdkRGBA *colors = get_series_colors (data);
  DeckChartPalette palette;
  DeckChartFrame frame = { 0 };
  float pad = for_export ? EXPORT_PADDING : 0;
  float x0 = pad, y0 = pad, x1 = width - pad, y1 = height - pad;
  float label_h, y_label_w = 0, plot_left, plot_right, plot_top, plot_bottom;
  double vmin, vmax;
  guint n_stops = data->stops->len;
  gboolean slots = uses_slots (self);
  guint max_y_ticks;

  get_palette (&palette);
  if (for_export)
    scene->background = palette.view_bg;

  if (for_export && self->title && *self->title)
    {
      DeckChartShape *text = _deck_chart_scene_add_text (scene, context, self->title, 1.15, TRUE,
                                                         &palette.fg, x0, y0);

      y0 += text->rect.size.height + 8;
    }
  if (for_export)
    y0 = add_export_legend (self, scene, context, data, colors, &palette, x0, x1, y0);

  scene->enough_data = n_stops >= get_min_points (self) && n_stops > 0;
  if (!scene->enough_data)
    {
      add_empty_state (scene, context, &palette, x0, y0, x1, y1);
      return scene;
    }

  _deck_chart_scene_measure (scene, context, "0", TICK_FONT_SCALE, FALSE, NULL, &label_h, NULL);

  /* y axis: as many ticks as fit at a comfortable spacing */
  plot_top = y0 + ceilf (label_h / 2);
  plot_bottom = y1 - label_h - 6;
  max_y_ticks = (guint) CLAMP ((plot_bottom - plot_top) / (label_h * 2.4f), 2, 8);
  get_value_range (data, &vmin, &vmax);
  deck_chart_axis_update (self->y_axis, vmin, vmax, max_y_ticks);

  for (guint i = 0; i < deck_chart_axis_get_n_ticks (self->y_axis); i++)
    {
      g_autofree char *label = deck_chart_axis_dup_tick_label (self->y_axis, i);
      float w;

      _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, NULL, NULL);
      y_label_w = MAX (y_label_w, w);
    }

  plot_left = x0 + y_label_w + LABEL_GAP;
  plot_right = x1 - (slots ? 0 : 4);

  frame.x_axis = self->x_axis;
  frame.y_axis = self->y_axis;
  frame.data = data;
  frame.colors = colors;
  frame.palette = &palette;
  frame.slots = slots;

  /* x axis: continuous axes shed ticks until their labels fit */
  if (!slots)
    {
      double xmin = g_array_index (data->stops, double, 0);
      double xmax = g_array_index (data->stops, double, n_stops - 1);
      guint max_x_ticks = (guint) MAX ((plot_right - plot_left) / 64, 2);
      float last_half = 0;

      for (guint attempt = 0; attempt < 6; attempt++)
        {
          float widest = 0;
          guint n;

          deck_chart_axis_update (self->x_axis, xmin, xmax, max_x_ticks);
          n = deck_chart_axis_get_n_ticks (self->x_axis);
          for (guint i = 0; i < n; i++)
            {
              g_autofree char *label = deck_chart_axis_dup_tick_label (self->x_axis, i);
              float w;

              _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, NULL, NULL);
              widest = MAX (widest, w);
              if (i == n - 1)
                last_half = w / 2;
            }
          if (n <= 1 || (widest + 16) * n <= (plot_right - plot_left) || max_x_ticks <= 2)
            break;
          max_x_ticks = MAX (max_x_ticks * 2 / 3, 2);
        }
      plot_right = MIN (plot_right, x1 - MIN (last_half, 24));
    }

  graphene_rect_init (&frame.plot, plot_left, plot_top,
                      MAX (plot_right - plot_left, 1), MAX (plot_bottom - plot_top, 1));
  scene->plot = frame.plot;
  frame.slot_width = frame.plot.size.width / n_stops;
  frame.zero_y = CLAMP (_deck_chart_frame_y_for_value (&frame, 0),
                        frame.plot.origin.y, frame.plot.origin.y + frame.plot.size.height);

  /* grid lines and y labels */
  for (guint i = 0; i < deck_chart_axis_get_n_ticks (self->y_axis); i++)
    {
      double value = deck_chart_axis_get_tick (self->y_axis, i);
      float y = roundf (_deck_chart_frame_y_for_value (&frame, value));
      g_autofree char *label = deck_chart_axis_dup_tick_label (self->y_axis, i);
      float w, h;

      _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_RULE, -1,
                                  value == 0 ? &palette.axis : &palette.grid,
                                  plot_left, y - 0.5f, frame.plot.size.width, 1);
      _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, &h, NULL);
      _deck_chart_scene_add_text (scene, context, label, TICK_FONT_SCALE, FALSE, &palette.dim,
                                  plot_left - LABEL_GAP - w, y - h / 2);
    }

  /* x labels */
  if (slots)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      float widest = 0;
      guint every;

      for (guint stop = 0; stop < n_stops; stop++)
        {
          g_autofree char *full = dup_slot_label (self, data, stop);
          char *label = fit_text (scene, context, full, TICK_FONT_SCALE, MAX_LABEL_WIDTH);
          float w;

          _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, NULL, NULL);
          widest = MAX (widest, w);
          g_ptr_array_add (labels, label);
        }

      /* Labels that don't fit their slot are skipped, keeping every n-th. */
      every = (guint) MAX (1, ceilf ((widest + 12) / frame.slot_width));
      for (guint stop = 0; stop < n_stops; stop += every)
        {
          const char *label = g_ptr_array_index (labels, stop);
          float w, cx = _deck_chart_frame_x_for_stop (&frame, stop);

          _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, NULL, NULL);
          _deck_chart_scene_add_text (scene, context, label, TICK_FONT_SCALE, FALSE, &palette.dim,
                                      CLAMP (cx - w / 2, x0, x1 - w), plot_bottom + 6);
        }
    }
  else
    {
      for (guint i = 0; i < deck_chart_axis_get_n_ticks (self->x_axis); i++)
        {
          double value = deck_chart_axis_get_tick (self->x_axis, i);
          float x = plot_left + deck_chart_axis_normalize (self->x_axis, value) * frame.plot.size.width;
          g_autofree char *label = deck_chart_axis_dup_tick_label (self->x_axis, i);
          float w;

          _deck_chart_scene_measure (scene, context, label, TICK_FONT_SCALE, FALSE, &w, NULL, NULL);
          _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_RULE, -1, &palette.axis,
                                      roundf (x) - 0.5f, plot_bottom, 1, 4);
          _deck_chart_scene_add_text (scene, context, label, TICK_FONT_SCALE, FALSE, &palette.dim,
                                      CLAMP (x - w / 2, x0, x1 - w), plot_bottom + 6);
        }
    }

  for (guint stop = 0; stop < n_stops; stop++)
    {
      float x = _deck_chart_frame_x_for_stop (&frame, stop);

      g_array_append_val (scene->stop_px, x);
    }

  /* The focused slot's highlight goes under the bars. */
  if (!for_export && slots && self->focus_index >= 0 && self->focus_index < (int) n_stops)
    {
      GdkRGBA tint = palette.fg;

      tint.alpha = 0.06f;
      _deck_chart_scene_add_rect (scene, DECK_CHART_SHAPE_PANEL, -1, &tint,
                                  plot_left + frame.slot_width * self->focus_index, plot_top,
                                  frame.slot_width, frame.plot.size.height)->radius = 4;
    }

  for (guint l = 0; l < self->layers->len; l++)
    _deck_chart_layer_build (g_ptr_array_index (self->layers, l), &frame, scene);

  if (!for_export && self->focus_index >= 0 && self->focus_index < (int) n_stops)
    add_focus_card (self, scene, context, &frame, &palette);

  return scene;
}

/* ------------------------------------------------------------------ legend */

static void
legend_toggled_cb (DeckChart       *self,
                   GtkToggleButton *button)
{
  DeckChartSeries *series = g_object_get_data (G_OBJECT (button), "deck-chart-series");

  deck_chart_series_set_visible (series, gtk_toggle_button_get_active (button));
}

static char *
legend_markup (DeckChartSeries *series,
               const GdkRGBA   *color)
{
  g_autofree char *name = g_markup_escape_text (deck_chart_series_get_name (series)
                                                  ? deck_chart_series_get_name (series) : "", -1);
  gboolean visible = deck_chart_series_get_visible (series);

  /* A filled square for a shown series, a hollow one for a hidden one. */
  return g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">%s</span>  %s%s%s",
                          (guint) lround (color->red * 255),
                          (guint) lround (color->green * 255),
                          (guint) lround (color->blue * 255),
                          visible ? "■" : "□",
                          visible ? "" : "<s>", name, visible ? "" : "</s>");
}

static void
sync_legend (DeckChart *self)
{
  const DeckChartData *data = _deck_chart_get_data (self);
  g_autofree GdkRGBA *colors = get_series_colors (data);
  gboolean same = self->legend_series->len == data->series->len;
  GtkWidget *child;
  guint i = 0;

  for (guint j = 0; same && j < data->series->len; j++)
    same = g_ptr_array_index (self->legend_series, j) == g_ptr_array_index (data->series, j);

  if (!same)
    {
      while ((child = gtk_widget_get_first_child (self->legend)))
        adw_wrap_box_remove (ADW_WRAP_BOX (self->legend), child);
      g_ptr_array_set_size (self->legend_series, 0);

      for (guint j = 0; j < data->series->len; j++)
        {
          DeckChartSeries *series = g_ptr_array_index (data->series, j);
          GtkWidget *button = gtk_toggle_button_new ();
          GtkWidget *label = gtk_label_new (NULL);

          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (label, "caption");
          gtk_button_set_child (GTK_BUTTON (button), label);
          g_object_set_data_full (G_OBJECT (button), "deck-chart-series",
                                  g_object_ref (series), g_object_unref);
          g_signal_connect_object (button, "toggled", G_CALLBACK (legend_toggled_cb), self,
                                   G_CONNECT_SWAPPED);
          adw_wrap_box_append (ADW_WRAP_BOX (self->legend), button);
          g_ptr_array_add (self->legend_series, g_object_ref (series));
        }
    }

  for (child = gtk_widget_get_first_child (self->legend); child; child = gtk_widget_get_next_sibling (child), i++)
    {
      DeckChartSeries *series = g_ptr_array_index (self->legend_series, i);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (child));
      g_autofree char *markup = legend_markup (series, &colors[i]);
      g_autofree char *tooltip = NULL;

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), deck_chart_series_get_visible (series));
      /* Translators: the tooltip of a chart legend button; %s is a series name */
      tooltip = g_strdup_printf (deck_chart_series_get_visible (series) ? _("Hide “%s”") : _("Show “%s”"),
                                 deck_chart_series_get_name (series) ? deck_chart_series_get_name (series) : "");
      gtk_widget_set_tooltip_text (child, tooltip);
    }

  /* One series needs no legend on screen: the page's heading names it. */
  gtk_widget_set_visible (self->legend, data->series->len > 1);
}

/* ------------------------------------------------------------------ focus */

static void
update_focus_text (DeckChart *self)
{
  g_autofree char *text = NULL;

  if (self->focus_index >= 0)
    {
      const DeckChartData *data = _deck_chart_get_data (self);
      g_autoptr(GString) string = g_string_new (NULL);
      g_autofree char *heading = deck_chart_dup_row_title (self, (guint) self->focus_index);
      gboolean first = TRUE;

      g_string_append (string, heading);
      g_string_append (string, ": ");
      for (guint i = 0; i < data->series->len; i++)
        {
          DeckChartSeries *series = g_ptr_array_index (data->series, i);
          g_autofree char *value = NULL;

          if (!deck_chart_series_get_visible (series))
            continue;

          value = deck_chart_dup_value_text (self, (guint) self->focus_index, i);
          g_string_append_printf (string, "%s%s %s", first ? "" : ", ",
                                  deck_chart_series_get_name (series) ? deck_chart_series_get_name (series) : "",
                                  value);
          first = FALSE;
        }
      text = g_string_free (g_steal_pointer (&string), FALSE);
    }

  if (g_set_str (&self->focus_text, text))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "",
                                      -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_TEXT]);
    }
}

static void
move_focus (DeckChart *self,
            int        delta,
            gboolean   absolute)
{
  int n = (int) deck_chart_get_n_rows (self);
  int index;

  if (n == 0 || !self->enough_data)
    return;

  if (absolute)
    index = delta < 0 ? 0 : n - 1;
  else if (self->focus_index < 0)
    index = delta > 0 ? 0 : n - 1;
  else
    index = CLAMP (self->focus_index + delta, 0, n - 1);

  deck_chart_set_focus_index (self, index);
}

static void
focus_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DeckChart *self = DECK_CHART (widget);

  if (g_str_equal (action_name, "chart.focus-next"))
    move_focus (self, 1, FALSE);
  else if (g_str_equal (action_name, "chart.focus-previous"))
    move_focus (self, -1, FALSE);
  else if (g_str_equal (action_name, "chart.focus-first"))
    move_focus (self, -1, TRUE);
  else if (g_str_equal (action_name, "chart.focus-last"))
    move_focus (self, 1, TRUE);
  else if (g_str_equal (action_name, "chart.focus-clear"))
    deck_chart_set_focus_index (self, -1);
}

static void
toggle_series_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DeckChart *self = DECK_CHART (widget);
  int index = g_variant_get_int32 (param);

  if (index >= 0 && (guint) index < deck_chart_get_n_series (self))
    {
      DeckChartSeries *series = deck_chart_get_series (self, (guint) index);

      deck_chart_series_set_visible (series, !deck_chart_series_get_visible (series));
    }
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  if (g_str_equal (action_name, "chart.copy-image"))
    deck_chart_copy_image (DECK_CHART (widget));
  else
    deck_chart_copy_data (DECK_CHART (widget));
}

static int
stop_at (DeckChart *self,
         double     x,
         double     y)
{
  DeckChartScene *scene = self->scene;
  int best = -1;
  float best_distance = G_MAXFLOAT;

  if (scene == NULL || !scene->enough_data)
    return -1;

  y -= self->legend_height;
  if (x < scene->plot.origin.x - 8 || x > scene->plot.origin.x + scene->plot.size.width + 8 ||
      y < scene->plot.origin.y || y > scene->plot.origin.y + scene->plot.size.height + 24)
    return -1;

  for (guint i = 0; i < scene->stop_px->len; i++)
    {
      float d = fabsf (g_array_index (scene->stop_px, float, i) - (float) x);

      if (d < best_distance)
        {
          best_distance = d;
          best = (int) i;
        }
    }

  return best;
}

static void
motion_cb (DeckChart                *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  int index = stop_at (self, x, y);

  self->hovering = index >= 0;
  if (index >= 0 || !gtk_widget_has_focus (GTK_WIDGET (self)))
    deck_chart_set_focus_index (self, index);
}

static void
leave_cb (DeckChart                *self,
          GtkEventControllerMotion *controller)
{
  self->hovering = FALSE;
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    deck_chart_set_focus_index (self, -1);
}

static void
pressed_cb (DeckChart       *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  if ((y >= self->legend_height) && stop_at (self, x, y) >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
focus_leave_cb (DeckChart               *self,
                GtkEventControllerFocus *controller)
{
  if (!self->hovering)
    deck_chart_set_focus_index (self, -1);
}

static void
style_changed_cb (DeckChart *self)
{
  sync_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ widget */

static void
deck_chart_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  DeckChart *self = DECK_CHART (widget);
  int legend_min = 0, legend_nat = 0;

  if (gtk_widget_get_visible (self->legend))
    gtk_widget_measure (self->legend, orientation, for_size, &legend_min, &legend_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (legend_min, 160);
      *natural = MAX (legend_nat, 480);
    }
  else
    {
      int extra = gtk_widget_get_visible (self->legend) ? LEGEND_SPACING : 0;

      *minimum = legend_min + extra + 160;
      *natural = legend_nat + extra + 260;
    }
}

static void
deck_chart_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  DeckChart *self = DECK_CHART (widget);
  int legend_h = 0;

  if (gtk_widget_get_visible (self->legend))
    {
      gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width, NULL, &legend_h, NULL, NULL);
      gtk_widget_allocate (self->legend, width, legend_h, -1, NULL);
      legend_h += LEGEND_SPACING;
    }
  self->legend_height = legend_h;
}

static void
deck_chart_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  DeckChart *self = DECK_CHART (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget) - self->legend_height;

  g_clear_pointer (&self->scene, _deck_chart_scene_free);
  if (width <= 0 || height <= 0)
    return;

  self->scene = _deck_chart_build_scene (self, context, width, height, FALSE);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, self->legend_height));
  _deck_chart_scene_snapshot (self->scene, context, snapshot);
  gtk_snapshot_restore (snapshot);

  if (gtk_widget_get_visible (self->legend))
    gtk_widget_snapshot_child (widget, self->legend, snapshot);
}

static void
layer_changed_cb (DeckChart *self)
{
  invalidate (self);
}

static void
deck_chart_dispose (GObject *object)
{
  DeckChart *self = (DeckChart *)object;

  if (self->layers)
    {
      for (guint i = 0; i < self->layers->len; i++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->layers, i), layer_changed_cb, self);
      g_ptr_array_set_size (self->layers, 0);
    }
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_pointer (&self->data, data_free);
  g_clear_pointer (&self->scene, _deck_chart_scene_free);
  if (self->legend_series)
    g_ptr_array_set_size (self->legend_series, 0);

  G_OBJECT_CLASS (deck_chart_parent_class)->dispose (object);
}

static void
deck_chart_finalize (GObject *object)
{
  DeckChart *self = (DeckChart *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->focus_text, g_free);
  g_clear_object (&self->x_axis);
  g_clear_object (&self->y_axis);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  g_clear_pointer (&self->legend_series, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_chart_parent_class)->finalize (object);
}

static void
deck_chart_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DeckChart *self = DECK_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_X_AXIS:
      g_value_set_object (value, self->x_axis);
      break;

    case PROP_Y_AXIS:
      g_value_set_object (value, self->y_axis);
      break;

    case PROP_FOCUS_INDEX:
      g_value_set_int (value, self->focus_index);
      break;

    case PROP_FOCUS_TEXT:
      g_value_set_string (value, self->focus_text);
      break;

    case PROP_ENOUGH_DATA:
      g_value_set_boolean (value, self->enough_data);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DeckChart *self = DECK_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      deck_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_X_AXIS:
      deck_chart_set_x_axis (self, g_value_get_object (value));
      break;

    case PROP_Y_AXIS:
      deck_chart_set_y_axis (self, g_value_get_object (value));
      break;

    case PROP_FOCUS_INDEX:
      deck_chart_set_focus_index (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_class_init (DeckChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_chart_dispose;
  object_class->finalize = deck_chart_finalize;
  object_class->get_property = deck_chart_get_property;
  object_class->set_property = deck_chart_set_property;

  widget_class->measure = deck_chart_measure;
  widget_class->size_allocate = deck_chart_size_allocate;
  widget_class->snapshot = deck_chart_snapshot;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_X_AXIS] =
    g_param_spec_object ("x-axis", NULL, NULL,
                         DECK_TYPE_CHART_AXIS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_Y_AXIS] =
    g_param_spec_object ("y-axis", NULL, NULL,
                         DECK_TYPE_CHART_AXIS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOCUS_INDEX] =
    g_param_spec_int ("focus-index", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOCUS_TEXT] =
    g_param_spec_string ("focus-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENOUGH_DATA] =
    g_param_spec_boolean ("enough-data", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeckChart::changed:
   *
   * The chart's data (series, values, visibility) changed: tables refresh.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "chart.focus-next", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-previous", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-first", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-last", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.focus-clear", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "chart.toggle-series", "i", toggle_series_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-data", NULL, copy_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.focus-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.focus-last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "chart.focus-clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-data", NULL);

  gtk_widget_class_set_css_name (widget_class, "deck-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
deck_chart_init (DeckChart *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->focus_index = -1;
  self->layers = g_ptr_array_new_with_free_func (g_object_unref);
  self->legend_series = g_ptr_array_new_with_free_func (g_object_unref);
  self->x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_VALUE);
  self->y_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_VALUE);

  self->legend = adw_wrap_box_new ();
  adw_wrap_box_set_child_spacing (ADW_WRAP_BOX (self->legend), 2);
  adw_wrap_box_set_line_spacing (ADW_WRAP_BOX (self->legend), 2);
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));
  gtk_widget_set_visible (self->legend, FALSE);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::accent-color", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  invalidate (self);
}

GtkWidget *
deck_chart_new (void)
{
  return g_object_new (DECK_TYPE_CHART, NULL);
}

const char *
deck_chart_get_title (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return self->title;
}

void
deck_chart_set_title (DeckChart  *self,
                      const char *title)
{
  g_return_if_fail (DECK_IS_CHART (self));

  if (g_set_str (&self->title, title))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                      -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

DeckChartAxis *
deck_chart_get_x_axis (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return self->x_axis;
}

void
deck_chart_set_x_axis (DeckChart     *self,
                       DeckChartAxis *axis)
{
  g_return_if_fail (DECK_IS_CHART (self));
  g_return_if_fail (DECK_IS_CHART_AXIS (axis));

  if (g_set_object (&self->x_axis, axis))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X_AXIS]);
      invalidate (self);
    }
}

DeckChartAxis *
deck_chart_get_y_axis (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return self->y_axis;
}

void
deck_chart_set_y_axis (DeckChart     *self,
                       DeckChartAxis *axis)
{
  g_return_if_fail (DECK_IS_CHART (self));
  g_return_if_fail (DECK_IS_CHART_AXIS (axis));

  if (g_set_object (&self->y_axis, axis))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y_AXIS]);
      invalidate (self);
    }
}

void
deck_chart_add_layer (DeckChart      *self,
                      DeckChartLayer *layer)
{
  g_return_if_fail (DECK_IS_CHART (self));
  g_return_if_fail (DECK_IS_CHART_LAYER (layer));

  g_ptr_array_add (self->layers, g_object_ref (layer));
  g_signal_connect_object (layer, "changed", G_CALLBACK (layer_changed_cb), self, G_CONNECT_SWAPPED);
  invalidate (self);
}

void
deck_chart_remove_layer (DeckChart      *self,
                         DeckChartLayer *layer)
{
  g_return_if_fail (DECK_IS_CHART (self));
  g_return_if_fail (DECK_IS_CHART_LAYER (layer));

  g_signal_handlers_disconnect_by_func (layer, layer_changed_cb, self);
  if (g_ptr_array_remove (self->layers, layer))
    invalidate (self);
}

guint
deck_chart_get_n_series (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), 0);

  return _deck_chart_get_data (self)->series->len;
}

DeckChartSeries *
deck_chart_get_series (DeckChart *self,
                       guint      index)
{
  const DeckChartData *data;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  data = _deck_chart_get_data (self);
  g_return_val_if_fail (index < data->series->len, NULL);

  return g_ptr_array_index (data->series, index);
}

GtkWidget *
deck_chart_get_legend_button (DeckChart *self,
                              guint      index)
{
  GtkWidget *child;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  for (child = gtk_widget_get_first_child (self->legend); child && index > 0; index--)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

gboolean
deck_chart_get_enough_data (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), FALSE);

  return self->enough_data;
}

guint
deck_chart_get_n_rows (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), 0);

  return _deck_chart_get_data (self)->stops->len;
}

double
deck_chart_get_row_x (DeckChart *self,
                      guint      row)
{
  const DeckChartData *data;

  g_return_val_if_fail (DECK_IS_CHART (self), NAN);

  data = _deck_chart_get_data (self);
  g_return_val_if_fail (row < data->stops->len, NAN);

  return g_array_index (data->stops, double, row);
}

char *
deck_chart_dup_row_title (DeckChart *self,
                          guint      row)
{
  const DeckChartData *data;
  const char *label;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  data = _deck_chart_get_data (self);
  g_return_val_if_fail (row < data->stops->len, NULL);

  label = g_ptr_array_index (data->stop_labels, row);
  if (label)
    return g_strdup (label);
  if (deck_chart_axis_get_kind (self->x_axis) == DECK_CHART_AXIS_KIND_CATEGORY)
    return g_strdup_printf ("%u", row + 1);

  return deck_chart_axis_format_value (self->x_axis, g_array_index (data->stops, double, row));
}

double
deck_chart_get_value (DeckChart *self,
                      guint      row,
                      guint      series)
{
  const DeckChartData *data;

  g_return_val_if_fail (DECK_IS_CHART (self), NAN);

  data = _deck_chart_get_data (self);
  g_return_val_if_fail (row < data->stops->len, NAN);
  g_return_val_if_fail (series < data->series->len, NAN);

  return g_array_index ((GArray *) g_ptr_array_index (data->values, series), double, row);
}

char *
deck_chart_dup_value_text (DeckChart *self,
                           guint      row,
                           guint      series)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return deck_chart_axis_format_value (self->y_axis, deck_chart_get_value (self, row, series));
}

int
deck_chart_get_focus_index (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), -1);

  return self->focus_index;
}

void
deck_chart_set_focus_index (DeckChart *self,
                            int        index)
{
  g_return_if_fail (DECK_IS_CHART (self));

  if (index < -1 || index >= (int) deck_chart_get_n_rows (self))
    index = -1;

  if (self->focus_index != index)
    {
      self->focus_index = index;
      update_focus_text (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_INDEX]);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

const char *
deck_chart_get_focus_text (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return self->focus_text;
}
