/* deck-chart-export.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "deck-chart-private.h"

/* PNG, SVG, CSV and the clipboard: all drawn from the same scene or data table
 * the widget shows. */

GdkTexture *
deck_chart_render_texture (DeckChart  *self,
                           int         width,
                           int         height,
                           int         scale,
                           GError    **error)
{
  g_autoptr(DeckChartScene) scene = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = NULL;
  GdkTexture *texture;
  PangoContext *context;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  scene = _deck_chart_build_scene (self, context, width, height, TRUE);

  snapshot = gtk_snapshot_new ();
  if (scale != 1)
    gtk_snapshot_scale (snapshot, scale, scale);
  _deck_chart_scene_snapshot (scene, context, snapshot);
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The chart could not be drawn"));
      return NULL;
    }

  /* The cairo renderer works without a realized window and gives the same
   * pixels everywhere, which suits exports. */
  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize_for_display (renderer, gtk_widget_get_display (GTK_WIDGET (self)), error))
    return NULL;

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width * scale, height * scale));
  gsk_renderer_unrealize (renderer);

  return texture;
}

GBytes *
deck_chart_export_png (DeckChart  *self,
                       int         width,
                       int         height,
                       int         scale,
                       GError    **error)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  texture = deck_chart_render_texture (self, width, height, scale, error);
  if (texture == NULL)
    return NULL;

  return gdk_texture_save_to_png_bytes (texture);
}

GBytes *
deck_chart_export_svg (DeckChart *self,
                       int        width,
                       int        height)
{
  g_autoptr(DeckChartScene) scene = NULL;

  g_return_val_if_fail (DECK_IS_CHART (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  scene = _deck_chart_build_scene (self, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                   width, height, TRUE);

  return _deck_chart_scene_to_svg (scene, _deck_chart_get_data (self), deck_chart_get_title (self));
}

/* RFC 4180: fields with a separator, quote or line break are quoted, quotes doubled. */
static void
append_csv_field (GString    *out,
                  const char *field,
                  char        separator)
{
  if (field == NULL)
    return;

  if (separator == '\t')
    {
      /* TSV has no quoting: flatten what would break a cell. */
      for (const char *p = field; *p; p++)
        g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
      return;
    }

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The shortest text that reads back as the same double: "0.05", not
 * "0.050000000000000003". Locale-independent. */
static const char *
format_shortest (char   *buffer,
                 double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return buffer;
}

static const char *
default_x_title (DeckChartAxis *axis)
{
  if (deck_chart_axis_get_title (axis))
    return deck_chart_axis_get_title (axis);

  switch (deck_chart_axis_get_kind (axis))
    {
    case DECK_CHART_AXIS_KIND_DATE:
      return _("Date");
    case DECK_CHART_AXIS_KIND_CATEGORY:
      return _("Name");
    case DECK_CHART_AXIS_KIND_VALUE:
    case DECK_CHART_AXIS_KIND_PERCENT:
    default:
      return "x";
    }
}

static GBytes *
export_table (DeckChart *self,
              char       separator)
{
  const DeckChartData *data = _deck_chart_get_data (self);
  DeckChartAxis *x_axis = deck_chart_get_x_axis (self);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *eol = separator == ',' ? "\r\n" : "\n";

  append_csv_field (out, default_x_title (x_axis), separator);
  for (guint s = 0; s < data->series->len; s++)
    {
      g_string_append_c (out, separator);
      append_csv_field (out, deck_chart_series_get_name (g_ptr_array_index (data->series, s)), separator);
    }
  g_string_append (out, eol);

  for (guint row = 0; row < data->stops->len; row++)
    {
      const char *label = g_ptr_array_index (data->stop_labels, row);
      double x = g_array_index (data->stops, double, row);

      if (label)
        append_csv_field (out, label, separator);
      else
        {
          g_autofree char *text = deck_chart_axis_format_csv (x_axis, x);

          append_csv_field (out, text, separator);
        }

      for (guint s = 0; s < data->series->len; s++)
        {
          double value = g_array_index ((GArray *) g_ptr_array_index (data->values, s), double, row);
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_c (out, separator);
          if (isfinite (value))
            g_string_append (out, format_shortest (buffer, value));
        }
      g_string_append (out, eol);
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
deck_chart_export_csv (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return export_table (self, ',');
}

GBytes *
deck_chart_export_tsv (DeckChart *self)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  return export_table (self, '\t');
}

GBytes *
deck_chart_export (DeckChart        *self,
                   DeckChartFormat   format,
                   int               width,
                   int               height,
                   GError          **error)
{
  g_return_val_if_fail (DECK_IS_CHART (self), NULL);

  switch (format)
    {
    case DECK_CHART_FORMAT_PNG:
      return deck_chart_export_png (self, width, height, 2, error);

    case DECK_CHART_FORMAT_SVG:
      return deck_chart_export_svg (self, width, height);

    case DECK_CHART_FORMAT_CSV:
      return deck_chart_export_csv (self);

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
deck_chart_export_to_file (DeckChart        *self,
                           DeckChartFormat   format,
                           GFile            *file,
                           int               width,
                           int               height,
                           GCancellable     *cancellable,
                           GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (DECK_IS_CHART (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = deck_chart_export (self, format, width, height, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

void
deck_chart_get_export_size (DeckChart *self,
                            int       *width,
                            int       *height)
{
  int w, h;

  g_return_if_fail (DECK_IS_CHART (self));

  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  if (w < 200 || h < 150)
    {
      w = 960;
      h = 480;
    }

  if (width)
    *width = w;
  if (height)
    *height = h;
}

void
deck_chart_copy_image (DeckChart *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int width, height;

  g_return_if_fail (DECK_IS_CHART (self));

  deck_chart_get_export_size (self, &width, &height);
  texture = deck_chart_render_texture (self, width, height, 2, &error);
  if (texture == NULL)
    {
      g_warning ("Could not copy the chart: %s", error->message);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
}

void
deck_chart_copy_data (DeckChart *self)
{
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) tsv = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[3];

  g_return_if_fail (DECK_IS_CHART (self));

  csv = deck_chart_export_csv (self);
  tsv = deck_chart_export_tsv (self);
  /* Spreadsheets take tab-separated text; text/csv for those that ask for it. */
  providers[0] = gdk_content_provider_new_for_bytes ("text/csv", csv);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", tsv);
  providers[2] = gdk_content_provider_new_for_bytes ("text/plain", tsv);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}
