/* test-ui-chart.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "chart/deck-chart.h"
#include "chart/deck-chart-bar-layer.h"
#include "chart/deck-chart-line-layer.h"
#include "chart/deck-chart-view.h"
#include "deck-test-util.h"

#define TIMEOUT_MS 60000

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

static void
append_point (GListStore *store,
              const char *day,
              double      a,
              double      b)
{
  TestPoint *point = g_object_new (TEST_TYPE_POINT, NULL);

  point->day = g_strdup (day);
  point->a = a;
  point->b = b;
  g_list_store_append (store, point);
  g_object_unref (point);
}

static DeckChartSeries *
create_series (const char *name,
               GListModel *model,
               const char *y)
{
  return deck_chart_series_new (name, model,
                                gtk_property_expression_new (TEST_TYPE_POINT, NULL, "day"),
                                gtk_property_expression_new (TEST_TYPE_POINT, NULL, y));
}

/* A line chart of two series over @store, with a date x axis. */
static DeckChart *
create_chart (GListStore *store)
{
  DeckChart *chart = DECK_CHART (g_object_ref_sink (deck_chart_new ()));
  g_autoptr(DeckChartLayer) layer = deck_chart_line_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartSeries) a = create_series ("Sent", G_LIST_MODEL (store), "a");
  g_autoptr(DeckChartSeries) b = create_series ("Replies", G_LIST_MODEL (store), "b");

  deck_chart_layer_add_series (layer, a);
  deck_chart_layer_add_series (layer, b);
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_add_layer (chart, layer);

  return chart;
}

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Shows @widget in a window and waits until it has been drawn twice. */
static GtkWindow *
show_in_window (GtkWidget *widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gboolean timed_out = FALSE;
  guint id;
  GdkFrameClock *clock;
  gint64 target = -1;

  gtk_window_set_default_size (window, 640, 400);
  gtk_window_set_child (window, widget);
  gtk_window_present (window);

  id = g_timeout_add (TIMEOUT_MS, on_timeout, &timed_out);
  while (!timed_out)
    {
      if (gtk_widget_get_mapped (widget) && (clock = gtk_widget_get_frame_clock (widget)))
        {
          if (target < 0)
            target = gdk_frame_clock_get_frame_counter (clock) + 2;
          if (gdk_frame_clock_get_frame_counter (clock) >= target)
            break;
          gtk_widget_queue_draw (widget);
        }
      g_main_context_iteration (NULL, TRUE);
    }
  if (timed_out)
    g_error ("the chart was not drawn after %u ms", TIMEOUT_MS);
  g_source_remove (id);

  return window;
}

static void
test_chart_empty (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_POINT);
  DeckChart *chart = create_chart (store);
  GtkWindow *window;

  g_assert_false (deck_chart_get_enough_data (chart));
  g_assert_cmpuint (deck_chart_get_n_rows (chart), ==, 0);
  g_assert_cmpuint (deck_chart_get_n_series (chart), ==, 2);

  window = show_in_window (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));

  /* nothing to focus */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-next", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, -1);
  g_assert_null (deck_chart_get_focus_text (chart));

  /* one point is still too few for lines... */
  append_point (store, "2026-03-01", 10, 1);
  g_assert_false (deck_chart_get_enough_data (chart));
  /* ...two are enough */
  append_point (store, "2026-03-02", 20, 2);
  g_assert_true (deck_chart_get_enough_data (chart));
  g_assert_cmpuint (deck_chart_get_n_rows (chart), ==, 2);
  /* and emptying the model brings the state back */
  g_list_store_remove_all (store);
  g_assert_false (deck_chart_get_enough_data (chart));

  gtk_window_destroy (window);
  g_assert_finalize_object (chart);
}

static void
test_chart_bars_need_one (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_POINT);
  DeckChart *chart = DECK_CHART (g_object_ref_sink (deck_chart_new ()));
  g_autoptr(DeckChartLayer) layer = deck_chart_bar_layer_new ();
  g_autoptr(DeckChartSeries) a = create_series ("Sent", G_LIST_MODEL (store), "a");

  deck_chart_layer_add_series (layer, a);
  deck_chart_add_layer (chart, layer);
  g_assert_false (deck_chart_get_enough_data (chart));
  append_point (store, "2026-03-01", 10, 1);
  g_assert_true (deck_chart_get_enough_data (chart));

  g_assert_finalize_object (chart);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_chart_legend_toggle (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_POINT);
  DeckChart *chart;
  GtkWindow *window;
  GtkWidget *button;
  DeckChartSeries *replies;

  append_point (store, "2026-03-01", 10, 1);
  append_point (store, "2026-03-02", 20, 2);
  chart = create_chart (store);
  window = show_in_window (GTK_WIDGET (chart));
  replies = deck_chart_get_series (chart, 1);

  button = deck_chart_get_legend_button (chart, 1);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (deck_chart_series_get_visible (replies));
  g_assert_null (deck_chart_get_legend_button (chart, 2));

  /* clicking the legend entry hides the series... */
  g_signal_emit_by_name (button, "clicked");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (deck_chart_series_get_visible (replies));

  /* ...the focus overlay leaves it out... */
  deck_chart_set_focus_index (chart, 0);
  g_assert_cmpstr (deck_chart_get_focus_text (chart), ==, "Mar 1, 2026: Sent 10");

  /* ...and the action (and the model) show it again, the button follows */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.toggle-series", "i", 1);
  g_assert_true (deck_chart_series_get_visible (replies));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpstr (deck_chart_get_focus_text (chart), ==, "Mar 1, 2026: Sent 10, Replies 1");

  deck_chart_series_set_visible (replies, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (deck_chart_get_legend_button (chart, 1))));

  gtk_window_destroy (window);
  g_assert_finalize_object (chart);
}

static void
test_chart_keyboard_focus (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_POINT);
  DeckChart *chart;
  GtkWindow *window;
  guint notified = 0;

  append_point (store, "2026-03-01", 10, 1);
  append_point (store, "2026-03-02", 1234, 2);
  append_point (store, "2026-03-03", 30, 3);
  chart = create_chart (store);
  g_signal_connect (chart, "notify::focus-index", G_CALLBACK (count_notify), &notified);
  window = show_in_window (GTK_WIDGET (chart));

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  /* The window's focus widget, not gtk_widget_has_focus(): that also needs the window
   * to be the active one, which Xvfb without a window manager does not promise. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (chart));
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, -1);

  /* Right: the first point */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-next", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (deck_chart_get_focus_text (chart), ==, "Mar 1, 2026: Sent 10, Replies 1");

  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-next", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 1);
  g_assert_cmpstr (deck_chart_get_focus_text (chart), ==, "Mar 2, 2026: Sent 1234, Replies 2");

  /* End, then Right stays on the last point */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-last", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-next", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 2);
  g_assert_cmpuint (notified, ==, 3);

  /* Left and Home */
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-previous", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.focus-first", NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 0);

  /* the overlay is drawn with the focus; another frame must not crash */
  gtk_widget_queue_draw (GTK_WIDGET (chart));
  while (g_main_context_iteration (NULL, FALSE));

  /* the property is settable and clamps out-of-range values to "none" */
  g_object_set (chart, "focus-index", 2, NULL);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, 2);
  deck_chart_set_focus_index (chart, 7);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, -1);
  g_assert_null (deck_chart_get_focus_text (chart));

  /* removing the focused row drops the focus */
  deck_chart_set_focus_index (chart, 2);
  g_list_store_remove (store, 2);
  g_assert_cmpint (deck_chart_get_focus_index (chart), ==, -1);

  gtk_window_destroy (window);
  g_assert_finalize_object (chart);
}

static void
test_chart_view_table (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_POINT);
  DeckChartView *view = DECK_CHART_VIEW (g_object_ref_sink (deck_chart_view_new ()));
  DeckChart *chart = deck_chart_view_get_chart (view);
  g_autoptr(DeckChartLayer) layer = deck_chart_bar_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartSeries) a = create_series ("Sent", G_LIST_MODEL (store), "a");
  g_autoptr(DeckChartSeries) b = create_series ("Replies", G_LIST_MODEL (store), "b");
  GtkColumnView *table;
  GtkWindow *window;

  append_point (store, "2026-03-01", 10, 1);
  append_point (store, "2026-03-02", 20, 2);
  deck_chart_layer_add_series (layer, a);
  deck_chart_layer_add_series (layer, b);
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_add_layer (chart, layer);
  deck_chart_view_set_title (view, "Daily");
  g_assert_cmpstr (deck_chart_get_title (chart), ==, "Daily");

  window = show_in_window (GTK_WIDGET (view));
  g_assert_cmpstr (deck_chart_view_get_view_mode (view), ==, "chart");

  gtk_widget_activate_action (GTK_WIDGET (view), "chart-view.show", "s", "table");
  g_assert_cmpstr (deck_chart_view_get_view_mode (view), ==, "table");
  table = deck_chart_view_get_table (view);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (table)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, 2);

  /* the table follows the data */
  append_point (store, "2026-03-03", 30, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, 3);
  {
    g_autofree char *title = deck_chart_dup_row_title (chart, 2);
    g_autofree char *value = deck_chart_dup_value_text (chart, 2, 0);

    g_assert_cmpstr (title, ==, "Mar 3, 2026");
    g_assert_cmpstr (value, ==, "30");
  }

  gtk_window_destroy (window);
  g_assert_finalize_object (view);
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
      g_test_add_func ("/ui/chart/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add_func ("/ui/chart/empty", test_chart_empty);
  g_test_add_func ("/ui/chart/bars-need-one", test_chart_bars_need_one);
  g_test_add_func ("/ui/chart/legend-toggle", test_chart_legend_toggle);
  g_test_add_func ("/ui/chart/keyboard-focus", test_chart_keyboard_focus);
  g_test_add_func ("/ui/chart/view-table", test_chart_view_table);

  return g_test_run ();
}
