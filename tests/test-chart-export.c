/* test-chart-export.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "chart/deck-chart.h"
#include "chart/deck-chart-bar-layer.h"
#include "chart/deck-chart-line-layer.h"
#include "deck-test-util.h"

/* ------------------------------------------------------------------ a small item type */

#define TEST_TYPE_POINT (test_point_get_type ())
G_DECLARE_FINAL_TYPE (TestPoint, test_point, TEST, POINT, GObject)

struct _TestPoint
{
  GObject  parent_instance;
  char    *day;
  double   a;
  double   b;
};

G_DEFINE_FINAL_TYPE (TestPoint, test_point, G_TYPE_OBJECT)

enum { PROP_0, PROP_DAY, PROP_A, PROP_B, N_PROPS };

static void
test_point_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TestPoint *self = TEST_POINT (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_A:
      g_value_set_double (value, self->a);
      break;
    case PROP_B:
      g_value_set_double (value, self->b);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_point_finalize (GObject *object)
{
  g_free (TEST_POINT (object)->day);

  G_OBJECT_CLASS (test_point_parent_class)->finalize (object);
}

static void
test_point_class_init (TestPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_point_get_property;
  object_class->finalize = test_point_finalize;

  g_object_class_install_property (object_class, PROP_DAY,
    g_param_spec_string ("day", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, PROP_A,
    g_param_spec_double ("a", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, PROP_B,
    g_param_spec_double ("b", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
test_point_init (TestPoint *self)
{
}

/* Values that need care to round-trip: fractions, negatives, large numbers. */
static const double values_a[] = { 120, 0.1, 1e-7, 33.333333333333336, 1234567.25, 0 };
static const double values_b[] = { -4, 0.30000000000000004, 5, 7, 123456789012, 2.5 };

#define SERIES_A "Sent, \"all\" of them"
#define SERIES_B "Replies\nnew"

static GListStore *
create_store (void)
{
  GListStore *store = g_list_store_new (TEST_TYPE_POINT);

  for (guint i = 0; i < G_N_ELEMENTS (values_a); i++)
    {
      TestPoint *point = g_object_new (TEST_TYPE_POINT, NULL);

      point->day = g_strdup_printf ("2026-03-%02u", i + 1);
      point->a = values_a[i];
      point->b = values_b[i];
      g_list_store_append (store, point);
      g_object_unref (point);
    }

  return store;
}

static DeckChart *
create_chart (gboolean bars)
{
  g_autoptr(GListStore) store = create_store ();
  DeckChart *chart = DECK_CHART (g_object_ref_sink (deck_chart_new ()));
  g_autoptr(DeckChartLayer) layer = bars ? deck_chart_bar_layer_new () : deck_chart_line_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartSeries) a = NULL;
  g_autoptr(DeckChartSeries) b = NULL;

  a = deck_chart_series_new (SERIES_A, G_LIST_MODEL (store),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "day"),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "a"));
  b = deck_chart_series_new (SERIES_B, G_LIST_MODEL (store),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "day"),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "b"));
  deck_chart_layer_add_series (layer, a);
  deck_chart_layer_add_series (layer, b);
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_add_layer (chart, layer);
  deck_chart_set_title (chart, "Daily <activity> & more");

  return chart;
}

/* ------------------------------------------------------------------ PNG */

static void
test_export_png (void)
{
  g_autoptr(GError) error = NULL;
  DeckChart *chart = create_chart (FALSE);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png2 = NULL;
  g_autoptr(GdkTexture) texture2 = NULL;
  const guchar *data;

  png = deck_chart_export_png (chart, 320, 200, 1, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png, NULL);
  g_assert_cmpuint (g_bytes_get_size (png), >, 8);
  g_assert_cmpmem (data, 4, "\x89PNG", 4);

  texture = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 320);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 200);

  /* HiDPI exports double the pixels */
  png2 = deck_chart_export_png (chart, 300, 150, 2, &error);
  g_assert_no_error (error);
  texture2 = gdk_texture_new_from_bytes (png2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture2), ==, 600);
  g_assert_cmpint (gdk_texture_get_height (texture2), ==, 300);

  g_assert_finalize_object (chart);
}

static void
test_export_file (void)
{
  g_autoptr(GError) error = NULL;
  DeckChart *chart = create_chart (TRUE);
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.png", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (deck_chart_export_to_file (chart, DECK_CHART_FORMAT_PNG, file, 400, 250, NULL, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  /* PNG files are written at twice the size for HiDPI screens */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 500);

  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
  g_assert_finalize_object (chart);
}

/* ------------------------------------------------------------------ SVG */

typedef struct
{
  GPtrArray *series_names;   /* data-name of each series group */
  GArray    *shapes;         /* guint: shapes in each series group */
  GString   *text;           /* all text content */
  int        in_series;      /* index into series_names, -1 outside */
  gboolean   has_svg_root;
  guint      depth;
} SvgInfo;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgInfo *info = user_data;
  const char *klass = NULL;
  const char *data_name = NULL;

  for (guint i = 0; names[i]; i++)
    {
      if (g_str_equal (names[i], "class"))
        klass = values[i];
      else if (g_str_equal (names[i], "data-name"))
        data_name = values[i];
    }

  if (info->depth == 0 && g_str_equal (element, "svg"))
    info->has_svg_root = TRUE;
  info->depth++;

  if (g_str_equal (element, "g") && g_strcmp0 (klass, "series") == 0)
    {
      guint zero = 0;

      g_ptr_array_add (info->series_names, g_strdup (data_name));
      g_array_append_val (info->shapes, zero);
      info->in_series = (int) info->series_names->len - 1;
    }
  else if (info->in_series >= 0 &&
           (g_str_equal (element, "path") || g_str_equal (element, "rect")) &&
           (g_strcmp0 (klass, "line") == 0 || g_strcmp0 (klass, "bar") == 0 || g_strcmp0 (klass, "area") == 0))
    g_array_index (info->shapes, guint, info->in_series)++;
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  SvgInfo *info = user_data;

  info->depth--;
  if (g_str_equal (element, "g"))
    info->in_series = -1;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 len,
          gpointer              user_data,
          GError              **error)
{
  SvgInfo *info = user_data;

  g_string_append_len (info->text, text, len);
  g_string_append_c (info->text, '|');
}

static void
parse_svg (GBytes  *svg,
           SvgInfo *info)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (svg, &len);

  info->series_names = g_ptr_array_new_with_free_func (g_free);
  info->shapes = g_array_new (FALSE, FALSE, sizeof (guint));
  info->text = g_string_new (NULL);
  info->in_series = -1;

  /* GMarkup has no <?xml?> support beyond skipping it: start at the root. */
  g_assert_true (g_str_has_prefix (data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, info, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (info->has_svg_root);
}

static void
svg_info_clear (SvgInfo *info)
{
  g_ptr_array_unref (info->series_names);
  g_array_unref (info->shapes);
  g_string_free (info->text, TRUE);
}

static void
check_svg (gboolean bars)
{
  DeckChart *chart = create_chart (bars);
  g_autoptr(GBytes) svg = deck_chart_export_svg (chart, 640, 360);
  SvgInfo info = { 0 };
  gboolean seen_a = FALSE, seen_b = FALSE;

  parse_svg (svg, &info);

  for (guint i = 0; i < info.series_names->len; i++)
    {
      const char *name = g_ptr_array_index (info.series_names, i);
      guint shapes = g_array_index (info.shapes, guint, i);

      if (g_strcmp0 (name, SERIES_A) == 0 && shapes > 0)
        seen_a = TRUE;
      if (g_strcmp0 (name, SERIES_B) == 0 && shapes > 0)
        seen_b = TRUE;
    }
  g_assert_true (seen_a);
  g_assert_true (seen_b);

  /* The legend and the title are text; markup characters survive escaping. */
  g_assert_nonnull (strstr (info.text->str, "|" SERIES_A "|"));
  g_assert_nonnull (strstr (info.text->str, "Daily <activity> & more"));
  g_assert_nonnull (strstr (info.text->str, "Mar 1"));

  svg_info_clear (&info);

  /* A hidden series is not drawn */
  deck_chart_series_set_visible (deck_chart_get_series (chart, 1), FALSE);
  g_clear_pointer (&svg, g_bytes_unref);
  svg = deck_chart_export_svg (chart, 640, 360);
  parse_svg (svg, &info);
  for (guint i = 0; i < info.series_names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (info.series_names, i), !=, SERIES_B);
  svg_info_clear (&info);

  g_assert_finalize_object (chart);
}

static void
test_export_svg_lines (void)
{
  check_svg (FALSE);
}

static void
test_export_svg_bars (void)
{
  check_svg (TRUE);
}

static void
test_export_svg_empty (void)
{
  DeckChart *chart = DECK_CHART (g_object_ref_sink (deck_chart_new ()));
  g_autoptr(GBytes) svg = deck_chart_export_svg (chart, 300, 200);
  SvgInfo info = { 0 };

  parse_svg (svg, &info);
  g_assert_cmpuint (info.series_names->len, ==, 0);
  g_assert_nonnull (strstr (info.text->str, "Not Enough Data"));
  svg_info_clear (&info);

  g_assert_finalize_object (chart);
}

/* ------------------------------------------------------------------ CSV */

/* A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"' && field->len == 0)
        {
          for (p++; *p; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
          g_assert_true (*p == ',' || *p == '\r');
          continue;
        }
      if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          p++;
        }
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }

  /* every record ends with CRLF */
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);

  return rows;
}

static void
test_export_csv (void)
{
  DeckChart *chart = create_chart (FALSE);
  g_autoptr(GBytes) csv = deck_chart_export_csv (chart);
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *header;

  /* names with a comma, quotes and a newline are quoted */
  g_assert_nonnull (strstr (text, "\"Sent, \"\"all\"\" of them\""));
  g_assert_nonnull (strstr (text, "\"Replies\nnew\""));

  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (values_a));

  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (header->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "Date");
  g_assert_cmpstr (g_ptr_array_index (header, 1), ==, SERIES_A);
  g_assert_cmpstr (g_ptr_array_index (header, 2), ==, SERIES_B);

  for (guint i = 0; i < G_N_ELEMENTS (values_a); i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i + 1);
      g_autofree char *day = g_strdup_printf ("2026-03-%02u", i + 1);

      g_assert_cmpuint (row->len, ==, 3);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, day);
      /* exactly the same doubles */
      g_assert_true (g_ascii_strtod (g_ptr_array_index (row, 1), NULL) == values_a[i]);
      g_assert_true (g_ascii_strtod (g_ptr_array_index (row, 2), NULL) == values_b[i]);
    }

  /* and the short forms: no 0.10000000000000001 */
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 2), 1), ==, "0.1");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 1), 2), ==, "-4");

  g_assert_finalize_object (chart);
}

static void
test_export_csv_missing (void)
{
  g_autoptr(GListStore) store = create_store ();
  g_autoptr(GListStore) shorter = g_list_store_new (TEST_TYPE_POINT);
  DeckChart *chart = DECK_CHART (g_object_ref_sink (deck_chart_new ()));
  g_autoptr(DeckChartLayer) layer = deck_chart_line_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartSeries) a = NULL;
  g_autoptr(DeckChartSeries) b = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GObject) first = g_list_model_get_item (G_LIST_MODEL (store), 0);

  /* the second series only has the first day */
  g_list_store_append (shorter, first);
  a = deck_chart_series_new ("a", G_LIST_MODEL (store),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "day"),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "a"));
  b = deck_chart_series_new ("b", G_LIST_MODEL (shorter),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "day"),
                             gtk_property_expression_new (TEST_TYPE_POINT, NULL, "b"));
  deck_chart_layer_add_series (layer, a);
  deck_chart_layer_add_series (layer, b);
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_add_layer (chart, layer);

  csv = deck_chart_export_csv (chart);
  rows = parse_csv (g_bytes_get_data (csv, NULL));
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (values_a));
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 1), 2), ==, "-4");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 2), 2), ==, "");

  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_object (&first);
  g_assert_finalize_object (chart);
}

static void
test_skip (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/chart/export/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/chart/export/png", test_export_png);
  g_test_add_func ("/chart/export/file", test_export_file);
  g_test_add_func ("/chart/export/svg-lines", test_export_svg_lines);
  g_test_add_func ("/chart/export/svg-bars", test_export_svg_bars);
  g_test_add_func ("/chart/export/svg-empty", test_export_svg_empty);
  g_test_add_func ("/chart/export/csv", test_export_csv);
  g_test_add_func ("/chart/export/csv-missing", test_export_csv_missing);

  return g_test_run ();
}
