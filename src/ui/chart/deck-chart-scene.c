/* deck-chart-scene.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-scene"

#include "config.h"

#include <math.h>

#include "deck-chart-private.h"
#include "deck-chart-series.h"

/* A scene is the chart's geometry at one size: the widget draws it into a
 * GtkSnapshot and the SVG export writes the same shapes as XML. */

static void
shape_free (gpointer data)
{
  DeckChartShape *shape = data;

  g_clear_pointer (&shape->points, g_array_unref);
  g_clear_pointer (&shape->text, g_free);
  g_free (shape);
}

DeckChartScene *
_deck_chart_scene_new (float         width,
                       float         height,
                       PangoContext *context)
{
  DeckChartScene *scene = g_new0 (DeckChartScene, 1);
  const PangoFontDescription *base = pango_context_get_font_description (context);
  double dpi = 96;

  scene->width = width;
  scene->height = height;
  scene->shapes = g_ptr_array_new_with_free_func (shape_free);
  scene->stop_px = g_array_new (FALSE, FALSE, sizeof (float));
  scene->font = base ? pango_font_description_copy (base) : pango_font_description_from_string ("Sans 11");
  if (pango_font_description_get_size (scene->font) <= 0)
    pango_font_description_set_size (scene->font, 11 * PANGO_SCALE);

  if (PANGO_IS_CONTEXT (context))
    {
      double resolution = pango_cairo_context_get_resolution (context);

      if (resolution > 0)
        dpi = resolution;
    }

  if (pango_font_description_get_size_is_absolute (scene->font))
    scene->font_px = (double) pango_font_description_get_size (scene->font) / PANGO_SCALE;
  else
    scene->font_px = (double) pango_font_description_get_size (scene->font) / PANGO_SCALE * dpi / 72.0;

  return scene;
}

void
_deck_chart_scene_free (DeckChartScene *scene)
{
  if (scene == NULL)
    return;

  g_clear_pointer (&scene->shapes, g_ptr_array_unref);
  g_clear_pointer (&scene->stop_px, g_array_unref);
  g_clear_pointer (&scene->font, pango_font_description_free);
  g_free (scene);
}

DeckChartShape *
_deck_chart_scene_add (DeckChartScene     *scene,
                       DeckChartShapeKind  kind,
                       int                 series,
                       const GdkRGBA      *color)
{
  DeckChartShape *shape = g_new0 (DeckChartShape, 1);

  shape->kind = kind;
  shape->series = series;
  shape->color = *color;
  shape->line_width = 2;
  shape->font_scale = 1;
  if (kind == DECK_CHART_SHAPE_LINE || kind == DECK_CHART_SHAPE_AREA || kind == DECK_CHART_SHAPE_DOT)
    shape->points = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  g_ptr_array_add (scene->shapes, shape);

  return shape;
}

DeckChartShape *
_deck_chart_scene_add_rect (DeckChartScene     *scene,
                            DeckChartShapeKind  kind,
                            int                 series,
                            const GdkRGBA      *color,
                            float               x,
                            float               y,
                            float               width,
                            float               height)
{
  DeckChartShape *shape = _deck_chart_scene_add (scene, kind, series, color);

  graphene_rect_init (&shape->rect, x, y, width, height);

  return shape;
}

static PangoLayout *
create_layout (DeckChartScene *scene,
               PangoContext   *context,
               const char     *text,
               double          font_scale,
               gboolean        bold)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (scene->font);
  int size = pango_font_description_get_size (scene->font);

  if (pango_font_description_get_size_is_absolute (scene->font))
    pango_font_description_set_absolute_size (font, size * font_scale);
  else
    pango_font_description_set_size (font, (int) (size * font_scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

void
_deck_chart_scene_measure (DeckChartScene *scene,
                           PangoContext   *context,
                           const char     *text,
                           double          font_scale,
                           gboolean        bold,
                           float          *width,
                           float          *height,
                           float          *baseline)
{
  g_autoptr(PangoLayout) layout = create_layout (scene, context, text, font_scale, bold);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width)
    *width = w;
  if (height)
    *height = h;
  if (baseline)
    *baseline = (float) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

DeckChartShape *
_deck_chart_scene_add_text (DeckChartScene *scene,
                            PangoContext   *context,
                            const char     *text,
                            double          font_scale,
                            gboolean        bold,
                            const GdkRGBA  *color,
                            float           x,
                            float           y)
{
  DeckChartShape *shape = _deck_chart_scene_add (scene, DECK_CHART_SHAPE_TEXT, -1, color);
  float width, height, baseline;

  _deck_chart_scene_measure (scene, context, text, font_scale, bold, &width, &height, &baseline);
  shape->text = g_strdup (text);
  shape->font_scale = font_scale;
  shape->bold = bold;
  shape->baseline = baseline;
  graphene_rect_init (&shape->rect, x, y, width, height);

  return shape;
}

/* ------------------------------------------------------------------ snapshot */

static GskPath *
polyline_path (const DeckChartShape *shape,
               gboolean              close_to_baseline)
{
  g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
  const graphene_point_t *points = (const graphene_point_t *) (gpointer) shape->points->data;
  guint n = shape->points->len;

  if (n == 0)
    return gsk_path_builder_free_to_path (g_steal_pointer (&builder));

  if (close_to_baseline)
    {
      gsk_path_builder_move_to (builder, points[0].x, shape->baseline);
      for (guint i = 0; i < n; i++)
        gsk_path_builder_line_to (builder, points[i].x, points[i].y);
      gsk_path_builder_line_to (builder, points[n - 1].x, shape->baseline);
      gsk_path_builder_close (builder);
    }
  else
    {
      gsk_path_builder_move_to (builder, points[0].x, points[0].y);
      for (guint i = 1; i < n; i++)
        gsk_path_builder_line_to (builder, points[i].x, points[i].y);
    }

  return gsk_path_builder_free_to_path (g_steal_pointer (&builder));
}

static void
bar_rounded_rect (const DeckChartShape *shape,
                  GskRoundedRect       *out)
{
  float r = MIN (shape->radius, MIN (shape->rect.size.width, shape->rect.size.height) / 2);
  graphene_size_t round = GRAPHENE_SIZE_INIT (r, r);
  graphene_size_t square = GRAPHENE_SIZE_INIT (0, 0);

  if (shape->kind == DECK_CHART_SHAPE_BAR && shape->bar_down)
    gsk_rounded_rect_init (out, &shape->rect, &square, &square, &round, &round);
  else if (shape->kind == DECK_CHART_SHAPE_BAR)
    gsk_rounded_rect_init (out, &shape->rect, &round, &round, &square, &square);
  else
    gsk_rounded_rect_init (out, &shape->rect, &round, &round, &round, &round);
}

void
_deck_chart_scene_snapshot (DeckChartScene *scene,
                            PangoContext   *context,
                            GtkSnapshot    *snapshot)
{
  if (scene->background.alpha > 0)
    gtk_snapshot_append_color (snapshot, &scene->background,
                               &GRAPHENE_RECT_INIT (0, 0, scene->width, scene->height));

  for (guint i = 0; i < scene->shapes->len; i++)
    {
      const DeckChartShape *shape = g_ptr_array_index (scene->shapes, i);

      switch (shape->kind)
        {
        case DECK_CHART_SHAPE_RULE:
          gtk_snapshot_append_color (snapshot, &shape->color, &shape->rect);
          break;

        case DECK_CHART_SHAPE_PANEL:
        case DECK_CHART_SHAPE_BAR:
          {
            GskRoundedRect rounded;

            bar_rounded_rect (shape, &rounded);
            if (shape->radius > 0)
              {
                gtk_snapshot_push_rounded_clip (snapshot, &rounded);
                gtk_snapshot_append_color (snapshot, &shape->color, &shape->rect);
                gtk_snapshot_pop (snapshot);
              }
            else
              gtk_snapshot_append_color (snapshot, &shape->color, &shape->rect);

            if (shape->kind == DECK_CHART_SHAPE_PANEL && shape->border.alpha > 0)
              {
                const float widths[4] = { 1, 1, 1, 1 };
                const GdkRGBA colors[4] = { shape->border, shape->border, shape->border, shape->border };

                gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
              }
          }
          break;

        case DECK_CHART_SHAPE_LINE:
          {
            g_autoptr(GskPath) path = polyline_path (shape, FALSE);
            g_autoptr(GskStroke) stroke = gsk_stroke_new (shape->line_width);

            gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
            gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
            gtk_snapshot_append_stroke (snapshot, path, stroke, &shape->color);
          }
          break;

        case DECK_CHART_SHAPE_AREA:
          {
            g_autoptr(GskPath) path = polyline_path (shape, TRUE);

            gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, &shape->color);
          }
          break;

        case DECK_CHART_SHAPE_DOT:
          {
            g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
            g_autoptr(GskPath) path = NULL;
            const graphene_point_t *centre = &g_array_index (shape->points, graphene_point_t, 0);

            gsk_path_builder_add_circle (builder, centre, shape->radius);
            path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
            gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, &shape->color);
          }
          break;

        case DECK_CHART_SHAPE_TEXT:
          {
            g_autoptr(PangoLayout) layout = create_layout (scene, context, shape->text,
                                                           shape->font_scale, shape->bold);

            gtk_snapshot_save (snapshot);
            gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (shape->rect.origin.x,
                                                                    shape->rect.origin.y));
            gtk_snapshot_append_layout (snapshot, layout, &shape->color);
            gtk_snapshot_restore (snapshot);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* ------------------------------------------------------------------ SVG */

static void
append_color (GString       *svg,
              const char    *attribute,
              const GdkRGBA *color)
{
  char opacity[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (svg, " %s=\"#%02x%02x%02x\"", attribute,
                          (guint) lround (CLAMP (color->red, 0, 1) * 255),
                          (guint) lround (CLAMP (color->green, 0, 1) * 255),
                          (guint) lround (CLAMP (color->blue, 0, 1) * 255));
  if (color->alpha < 1)
    g_string_append_printf (svg, " %s-opacity=\"%s\"", attribute,
                            g_ascii_formatd (opacity, sizeof opacity, "%.3f", color->alpha));
}

/* Locale-independent numbers: SVG wants '.' whatever LC_NUMERIC says. */
static const char *
num (char   *buffer,
     double  value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

/* One path command and its numbers, e.g. "Q" with 4 values. */
static void
append_cmd (GString      *svg,
            const char   *command,
            guint         n_values,
            const double *values)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (svg, command);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (svg, "%s%s", i ? " " : "", num (buffer, values[i]));
}

static void
append_points (GString              *svg,
               const DeckChartShape *shape,
               gboolean              close_to_baseline)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  const graphene_point_t *points = (const graphene_point_t *) (gpointer) shape->points->data;
  guint n = shape->points->len;

  if (n == 0)
    return;

  if (close_to_baseline)
    g_string_append_printf (svg, "M%s %s", num (a, points[0].x), num (b, shape->baseline));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (svg, "%s%s %s", (i == 0 && !close_to_baseline) ? "M" : " L",
                            num (a, points[i].x), num (b, points[i].y));
  if (close_to_baseline)
    g_string_append_printf (svg, " L%s %s Z", num (a, points[n - 1].x), num (b, shape->baseline));
}

/* XML parsers turn line breaks in attributes into spaces unless they are
 * character references. */
static char *
escape_attribute (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = escaped; *p; p++)
    {
      if (*p == '\n')
        g_string_append (out, "&#10;");
      else if (*p == '\r')
        g_string_append (out, "&#13;");
      else if (*p == '\t')
        g_string_append (out, "&#9;");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

GBytes *
_deck_chart_scene_to_svg (DeckChartScene      *scene,
                          const DeckChartData *data,
                          const char          *title)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autofree char *family = NULL;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  char c[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE];
  int open_series = -2;

  family = g_markup_escape_text (pango_font_description_get_family (scene->font)
                                   ? pango_font_description_get_family (scene->font) : "sans-serif", -1);

  g_string_append (svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (svg,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
                          "font-family=\"%s, sans-serif\">\n",
                          num (a, scene->width), num (b, scene->height),
                          num (c, scene->width), num (d, scene->height), family);
  if (title && *title)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (svg, "  <title>%s</title>\n", escaped);
    }

  if (scene->background.alpha > 0)
    {
      g_string_append_printf (svg, "  <rect class=\"background\" x=\"0\" y=\"0\" width=\"%s\" height=\"%s\"",
                              num (a, scene->width), num (b, scene->height));
      append_color (svg, "fill", &scene->background);
      g_string_append (svg, "/>\n");
    }

  for (guint i = 0; i < scene->shapes->len; i++)
    {
      const DeckChartShape *shape = g_ptr_array_index (scene->shapes, i);
      const char *indent = shape->series >= 0 ? "    " : "  ";

      /* Consecutive shapes of one series share a group named after it. */
      if (shape->series != open_series)
        {
          if (open_series >= 0)
            g_string_append (svg, "  </g>\n");
          if (shape->series >= 0 && data && (guint) shape->series < data->series->len)
            {
              DeckChartSeries *series = g_ptr_array_index (data->series, shape->series);
              const char *raw = deck_chart_series_get_name (series) ? deck_chart_series_get_name (series) : "";
              g_autofree char *name = g_markup_escape_text (raw, -1);
              g_autofree char *attribute = escape_attribute (raw);

              g_string_append_printf (svg, "  <g class=\"series\" data-series=\"%d\" data-name=\"%s\">\n"
                                           "    <title>%s</title>\n",
                                      shape->series, attribute, name);
            }
          open_series = shape->series;
        }

      switch (shape->kind)
        {
        case DECK_CHART_SHAPE_RULE:
        case DECK_CHART_SHAPE_PANEL:
        case DECK_CHART_SHAPE_BAR:
          if (shape->kind == DECK_CHART_SHAPE_BAR && shape->radius > 0)
            {
              /* Rounded only at the far end: a path, as <rect rx> rounds all four corners. */
              float x = shape->rect.origin.x, y = shape->rect.origin.y;
              float w = shape->rect.size.width, h = shape->rect.size.height;
              float r = MIN (shape->radius, MIN (w, h) / 2);

              g_string_append_printf (svg, "%s<path class=\"bar\" d=\"", indent);
              if (shape->bar_down)
                {
                  append_cmd (svg, "M", 2, (double[]) { x, y });
                  append_cmd (svg, " H", 1, (double[]) { x + w });
                  append_cmd (svg, " V", 1, (double[]) { y + h - r });
                  append_cmd (svg, " Q", 4, (double[]) { x + w, y + h, x + w - r, y + h });
                  append_cmd (svg, " H", 1, (double[]) { x + r });
                  append_cmd (svg, " Q", 4, (double[]) { x, y + h, x, y + h - r });
                }
              else
                {
                  append_cmd (svg, "M", 2, (double[]) { x, y + h });
                  append_cmd (svg, " V", 1, (double[]) { y + r });
                  append_cmd (svg, " Q", 4, (double[]) { x, y, x + r, y });
                  append_cmd (svg, " H", 1, (double[]) { x + w - r });
                  append_cmd (svg, " Q", 4, (double[]) { x + w, y, x + w, y + r });
                  append_cmd (svg, " V", 1, (double[]) { y + h });
                }
              g_string_append (svg, " Z\"");
              append_color (svg, "fill", &shape->color);
              g_string_append (svg, "/>\n");
              break;
            }

          g_string_append_printf (svg, "%s<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"",
                                  indent,
                                  shape->kind == DECK_CHART_SHAPE_RULE ? "rule"
                                    : shape->kind == DECK_CHART_SHAPE_BAR ? "bar" : "panel",
                                  num (a, shape->rect.origin.x), num (b, shape->rect.origin.y),
                                  num (c, shape->rect.size.width), num (d, shape->rect.size.height));
          if (shape->radius > 0)
            g_string_append_printf (svg, " rx=\"%s\"", num (a, shape->radius));
          append_color (svg, "fill", &shape->color);
          if (shape->kind == DECK_CHART_SHAPE_PANEL && shape->border.alpha > 0)
            append_color (svg, "stroke", &shape->border);
          g_string_append (svg, "/>\n");
          break;

        case DECK_CHART_SHAPE_LINE:
          g_string_append_printf (svg, "%s<path class=\"line\" d=\"", indent);
          append_points (svg, shape, FALSE);
          g_string_append (svg, "\" fill=\"none\"");
          append_color (svg, "stroke", &shape->color);
          g_string_append_printf (svg, " stroke-width=\"%s\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n",
                                  num (a, shape->line_width));
          break;

        case DECK_CHART_SHAPE_AREA:
          g_string_append_printf (svg, "%s<path class=\"area\" d=\"", indent);
          append_points (svg, shape, TRUE);
          g_string_append (svg, "\"");
          append_color (svg, "fill", &shape->color);
          g_string_append (svg, "/>\n");
          break;

        case DECK_CHART_SHAPE_DOT:
          {
            const graphene_point_t *centre = &g_array_index (shape->points, graphene_point_t, 0);

            g_string_append_printf (svg, "%s<circle class=\"dot\" cx=\"%s\" cy=\"%s\" r=\"%s\"", indent,
                                    num (a, centre->x), num (b, centre->y), num (c, shape->radius));
            append_color (svg, "fill", &shape->color);
            g_string_append (svg, "/>\n");
          }
          break;

        case DECK_CHART_SHAPE_TEXT:
          {
            g_autofree char *escaped = g_markup_escape_text (shape->text, -1);

            g_string_append_printf (svg, "%s<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s", indent,
                                    num (a, shape->rect.origin.x),
                                    num (b, shape->rect.origin.y + shape->baseline),
                                    num (c, scene->font_px * shape->font_scale),
                                    shape->bold ? " font-weight=\"bold\"" : "");
            append_color (svg, "fill", &shape->color);
            g_string_append_printf (svg, ">%s</text>\n", escaped);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (open_series >= 0)
    g_string_append (svg, "  </g>\n");
  g_string_append (svg, "</svg>\n");

  return g_string_free_to_bytes (g_steal_pointer (&svg));
}
