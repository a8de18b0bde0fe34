/* deck-analytics-util.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "deck-analytics-util.h"
#include "chart/deck-chart-line-layer.h"

/* Only tests set it, on the main thread. */
static GDate *pinned_today;

GDate *
deck_analytics_dup_today (void)
{
  g_autoptr(GDateTime) now = NULL;

  if (pinned_today != NULL)
    return g_date_copy (pinned_today);

  now = g_date_time_new_now_utc ();
  return g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

void
deck_analytics_set_today (const char *date)
{
  g_clear_pointer (&pinned_today, g_date_free);
  if (date != NULL)
    pinned_today = deck_analytics_parse_iso_date (date);
}

char *
deck_analytics_format_iso_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

GDate *
deck_analytics_parse_iso_date (const char *text)
{
  int year, month, day;
  char rest;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

static char *
format_day (const GDate *date,
            gboolean     with_year)
{
  char buffer[64];

  /* Translators: a short date in a range, strftime() format, e.g. "Oct 3, 2025" */
  const char *format = with_year ? /* xgettext:no-c-format */ _("%b %-d, %Y")
                                 : /* xgettext:no-c-format */ _("%b %-d");

  if (g_date_strftime (buffer, sizeof buffer, format, date) == 0)
    return deck_analytics_format_iso_date (date);
  return g_strdup (buffer);
}

char *
deck_analytics_format_range (const char *start,
                             const char *end)
{
  g_autoptr(GDate) from = deck_analytics_parse_iso_date (start);
  g_autoptr(GDate) to = deck_analytics_parse_iso_date (end);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  if (from == NULL || to == NULL)
    return g_strdup ("");

  from_text = format_day (from, g_date_get_year (from) != g_date_get_year (to));
  to_text = format_day (to, TRUE);
  if (g_date_compare (from, to) == 0)
    return g_steal_pointer (&to_text);
  /* Translators: a date range, e.g. "Oct 3 – Nov 1, 2025" */
  return g_strdup_printf (_("%s – %s"), from_text, to_text);
}

char *
deck_analytics_format_count (double value)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return g_strdup_printf ("%'.0f", value);
}

char *
deck_analytics_format_rate (double fraction)
{
  if (!isfinite (fraction))
    return g_strdup ("–");
  /* Translators: a rate as a percentage, e.g. "12.3%" */
  return g_strdup_printf (_("%.1f%%"), fraction * 100);
}

double
deck_analytics_metric_value (gpointer item,
                             gpointer metric)
{
  return deck_analytics_figures_get (item, GPOINTER_TO_UINT (metric));
}

GtkWidget *
deck_analytics_daily_chart_new (const char                *title,
                                GListModel                *days,
                                const DeckAnalyticsMetric *metrics,
                                const char * const        *names,
                                guint                      n_metrics)
{
  GtkWidget *view = deck_chart_view_new ();
  DeckChart *chart = deck_chart_view_get_chart (DECK_CHART_VIEW (view));
  g_autoptr(DeckChartLayer) layer = deck_chart_line_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartAxis) y_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_VALUE);

  deck_chart_axis_set_title (x_axis, _("Date"));
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_set_y_axis (chart, y_axis);
  for (guint i = 0; i < n_metrics; i++)
    {
      g_autoptr(DeckChartSeries) series =
        deck_chart_series_new (names[i], days,
                               gtk_property_expression_new (DECK_TYPE_ANALYTICS_FIGURES, NULL, "date"),
                               NULL);

      deck_chart_series_set_y_func (series, deck_analytics_metric_value, GUINT_TO_POINTER (metrics[i]), NULL);
      deck_chart_layer_add_series (layer, series);
    }
  deck_chart_add_layer (chart, layer);
  deck_chart_view_set_title (DECK_CHART_VIEW (view), title);
  gtk_widget_set_size_request (view, -1, 360);

  return view;
}

GtkWidget *
deck_analytics_loading_page_new (const char *title)
{
  GtkWidget *page = adw_status_page_new ();
  AdwSpinnerPaintable *spinner = adw_spinner_paintable_new (page);

  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_paintable (ADW_STATUS_PAGE (page), GDK_PAINTABLE (spinner));
  g_object_unref (spinner);
  return page;
}
