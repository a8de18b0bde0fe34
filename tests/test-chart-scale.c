/* test-chart-scale.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "chart/deck-chart-scale.h"

#define DAY 86400

static gint64
utc (int year,
     int month,
     int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return g_date_time_to_unix (dt);
}

/* Takes ownership of @text. */
static void
assert_text (char       *text,
             const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_nice_number (void)
{
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (1, TRUE), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (1.4, TRUE), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (2.5, TRUE), 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (4, TRUE), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (8, TRUE), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (0.025, TRUE), 0.02, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (1.1, FALSE), 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (2, FALSE), 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (2.1, FALSE), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (6, FALSE), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (340, FALSE), 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (deck_chart_nice_number (0.3 / 0.1 / 10, FALSE), 0.5, 1e-12);
  g_assert_cmpfloat (deck_chart_nice_number (0, TRUE), ==, 0);
  g_assert_cmpfloat (deck_chart_nice_number (-3, TRUE), ==, 0);
  g_assert_cmpfloat (deck_chart_nice_number (NAN, TRUE), ==, 0);
}

/* Every scale must cover its data, step on 1-2-5 and stay within max_ticks. */
static void
assert_scale (const DeckChartScale *scale,
              double                lo,
              double                hi,
              guint                 max_ticks)
{
  double mantissa;

  g_assert_cmpfloat (scale->min, <=, lo);
  g_assert_cmpfloat (scale->max, >=, hi);
  g_assert_cmpfloat (scale->min, <, scale->max);
  g_assert_cmpuint (scale->n_ticks, >=, 2);
  g_assert_cmpuint (scale->n_ticks, <=, max_ticks);
  g_assert_cmpfloat_with_epsilon (scale->min + (scale->n_ticks - 1) * scale->step, scale->max,
                                  scale->step * 1e-6);
  mantissa = scale->step / pow (10, floor (log10 (scale->step) + 1e-9));
  g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 || fabs (mantissa - 5) < 1e-9);
}

static void
test_scale_ticks (void)
{
  DeckChartScale scale;

  deck_chart_scale_init (&scale, 0, 100, 6, TRUE);
  assert_scale (&scale, 0, 100, 6);
  g_assert_cmpfloat (scale.min, ==, 0);
  g_assert_cmpfloat (scale.max, ==, 100);
  g_assert_cmpfloat (scale.step, ==, 20);

  deck_chart_scale_init (&scale, 3, 97, 5, TRUE);
  assert_scale (&scale, 0, 97, 5);
  g_assert_cmpfloat (scale.step, ==, 50);
  g_assert_cmpfloat (scale.max, ==, 100);

  deck_chart_scale_init (&scale, 0, 1234, 5, TRUE);
  assert_scale (&scale, 0, 1234, 5);
  g_assert_cmpfloat (scale.step, ==, 500);
  g_assert_cmpfloat (scale.max, ==, 1500);

  /* without zero */
  deck_chart_scale_init (&scale, 1012, 1047, 6, FALSE);
  assert_scale (&scale, 1012, 1047, 6);
  g_assert_cmpfloat (scale.min, ==, 1010);
  g_assert_cmpfloat (scale.max, ==, 1050);

  /* small fractions: ticks snap to the step's grid */
  deck_chart_scale_init (&scale, 0, 0.3, 4, TRUE);
  assert_scale (&scale, 0, 0.3, 4);
  g_assert_cmpfloat (scale.step, ==, 0.1);
  g_assert_cmpfloat (deck_chart_scale_get_tick (&scale, 3), ==, 0.3);

  /* a tight tick budget still holds */
  for (guint max_ticks = 3; max_ticks <= 12; max_ticks++)
    {
      deck_chart_scale_init (&scale, -7.3, 981.2, max_ticks, TRUE);
      assert_scale (&scale, -7.3, 981.2, max_ticks);
    }
  /* across zero, three ticks is the least */
  deck_chart_scale_init (&scale, -7.3, 981.2, 2, TRUE);
  assert_scale (&scale, -7.3, 981.2, 3);

  /* normalisation */
  deck_chart_scale_init (&scale, 0, 100, 6, TRUE);
  g_assert_cmpfloat_with_epsilon (deck_chart_scale_normalize (&scale, 25), 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (deck_chart_scale_normalize (&scale, 100), 1, 1e-12);
}

static void
test_scale_degenerate (void)
{
  DeckChartScale scale;

  /* zero width at zero */
  deck_chart_scale_init (&scale, 0, 0, 5, TRUE);
  assert_scale (&scale, 0, 0, 5);
  g_assert_cmpfloat (scale.min, ==, 0);
  g_assert_cmpfloat (scale.max, ==, 1);

  /* zero width elsewhere, with and without zero */
  deck_chart_scale_init (&scale, 42, 42, 5, TRUE);
  assert_scale (&scale, 0, 42, 5);
  deck_chart_scale_init (&scale, 42, 42, 5, FALSE);
  assert_scale (&scale, 42, 42, 5);
  g_assert_cmpfloat (scale.min, >, 0);

  /* negative ranges */
  deck_chart_scale_init (&scale, -37, 12, 6, TRUE);
  assert_scale (&scale, -37, 12, 6);
  g_assert_cmpfloat (scale.min, ==, -40);
  g_assert_cmpfloat (scale.max, ==, 20);

  deck_chart_scale_init (&scale, -50, -10, 6, TRUE);
  assert_scale (&scale, -50, 0, 6);
  g_assert_cmpfloat (scale.max, ==, 0);

  deck_chart_scale_init (&scale, -50, -10, 6, FALSE);
  assert_scale (&scale, -50, -10, 6);
  g_assert_cmpfloat (scale.max, <=, 0);

  /* swapped and non-finite */
  deck_chart_scale_init (&scale, 10, 2, 5, FALSE);
  assert_scale (&scale, 2, 10, 5);
  deck_chart_scale_init (&scale, NAN, INFINITY, 5, TRUE);
  assert_scale (&scale, 0, 1, 5);

  /* max_ticks below 2 is treated as 2 */
  deck_chart_scale_init (&scale, 0, 10, 0, TRUE);
  assert_scale (&scale, 0, 10, 2);
}

static void
test_scale_percent (void)
{
  DeckChartScale scale;

  deck_chart_scale_init_percent (&scale, 0.02, 0.97, 5);
  assert_scale (&scale, 0, 0.97, 5);
  g_assert_cmpfloat (scale.max, ==, 1);

  deck_chart_scale_init_percent (&scale, 0, 0.043, 5);
  assert_scale (&scale, 0, 0.043, 5);
  g_assert_cmpfloat (scale.max, <=, 0.1);

  assert_text (deck_chart_format_percent (0.25, 0.05), "25%");
  assert_text (deck_chart_format_percent (0.025, 0.005), "2.5%");
  assert_text (deck_chart_format_percent (1, 0.25), "100%");
  assert_text (deck_chart_format_percent (0, 0.25), "0%");
  assert_text (deck_chart_format_percent (-0.1, 0.1), "-10%");
}

static void
test_format_numbers (void)
{
  assert_text (deck_chart_format_compact (0), "0");
  assert_text (deck_chart_format_compact (950), "950");
  assert_text (deck_chart_format_compact (1000), "1k");
  assert_text (deck_chart_format_compact (1234), "1.2k");
  assert_text (deck_chart_format_compact (12500), "12.5k");
  assert_text (deck_chart_format_compact (125000), "125k");
  assert_text (deck_chart_format_compact (999950), "1M");
  assert_text (deck_chart_format_compact (3400000), "3.4M");
  assert_text (deck_chart_format_compact (2.5e9), "2.5B");
  assert_text (deck_chart_format_compact (-1500), "-1.5k");
  assert_text (deck_chart_format_compact (0.25), "0.25");
  assert_text (deck_chart_format_compact (12.5), "12.5");
  assert_text (deck_chart_format_compact (NAN), "");

  assert_text (deck_chart_format_tick (0, 250), "0");
  assert_text (deck_chart_format_tick (750, 250), "750");
  assert_text (deck_chart_format_tick (1000, 250), "1k");
  assert_text (deck_chart_format_tick (1250, 250), "1.25k");
  assert_text (deck_chart_format_tick (1200, 200), "1.2k");
  assert_text (deck_chart_format_tick (1050, 50), "1.05k");
  assert_text (deck_chart_format_tick (0.3, 0.1), "0.3");
  assert_text (deck_chart_format_tick (0.05, 0.05), "0.05");
  assert_text (deck_chart_format_tick (-20, 10), "-20");
  assert_text (deck_chart_format_tick (5e-17, 0.1), "0");
  assert_text (deck_chart_format_tick (4000000, 1000000), "4M");

  assert_text (deck_chart_format_exact (1234, FALSE), "1234");
  assert_text (deck_chart_format_exact (12.5, FALSE), "12.5");
  assert_text (deck_chart_format_exact (0.125, TRUE), "12.5%");
}

static void
assert_dates (GArray            *ticks,
              DeckChartDateUnit  unit,
              DeckChartDateUnit  expected_unit,
              gint64             start,
              gint64             end,
              guint              max_ticks)
{
  g_assert_cmpint (unit, ==, expected_unit);
  g_assert_cmpuint (ticks->len, >=, 1);
  g_assert_cmpuint (ticks->len, <=, max_ticks);
  for (guint i = 0; i < ticks->len; i++)
    {
      gint64 t = g_array_index (ticks, gint64, i);

      g_assert_cmpint (t, >=, start);
      g_assert_cmpint (t, <=, end);
      g_assert_cmpint (t % DAY, ==, 0);
      if (i > 0)
        g_assert_cmpint (t, >, g_array_index (ticks, gint64, i - 1));
    }
}

static void
test_date_ticks (void)
{
  gint64 start = utc (2026, 3, 1);
  DeckChartDateUnit unit;
  GArray *ticks;

  /* a week, room for every day */
  ticks = deck_chart_date_ticks (start, start + 6 * DAY, 10, &unit);
  assert_dates (ticks, unit, DECK_CHART_DATE_UNIT_DAY, start, start + 6 * DAY, 10);
  g_assert_cmpuint (ticks->len, ==, 7);
  g_array_unref (ticks);

  /* 30 days in 5 ticks: weeks, on Mondays (2026-03-02 is a Monday) */
  ticks = deck_chart_date_ticks (start, start + 29 * DAY, 5, &unit);
  assert_dates (ticks, unit, DECK_CHART_DATE_UNIT_WEEK, start, start + 29 * DAY, 5);
  g_assert_cmpint (g_array_index (ticks, gint64, 0), ==, utc (2026, 3, 2));
  g_array_unref (ticks);

  /* 30 days in 16 ticks: every second day */
  ticks = deck_chart_date_ticks (start, start + 29 * DAY, 16, &unit);
  assert_dates (ticks, unit, DECK_CHART_DATE_UNIT_DAY, start, start + 29 * DAY, 16);
  g_assert_cmpint (g_array_index (ticks, gint64, 1) - g_array_index (ticks, gint64, 0), ==, 2 * DAY);
  g_array_unref (ticks);

  /* 90 days: months, on the 1st */
  ticks = deck_chart_date_ticks (utc (2026, 1, 15), utc (2026, 4, 14), 4, &unit);
  assert_dates (ticks, unit, DECK_CHART_DATE_UNIT_MONTH, utc (2026, 1, 15), utc (2026, 4, 14), 4);
  g_assert_cmpint (g_array_index (ticks, gint64, 0), ==, utc (2026, 2, 1));
  g_assert_cmpuint (ticks->len, ==, 3);
  g_array_unref (ticks);

  /* 400 days in 6 ticks: quarters */
  ticks = deck_chart_date_ticks (utc (2025, 2, 10), utc (2025, 2, 10) + 400 * DAY, 6, &unit);
  assert_dates (ticks, unit, DECK_CHART_DATE_UNIT_MONTH, utc (2025, 2, 10), utc (2025, 2, 10) + 400 * DAY, 6);
  g_assert_cmpint (g_array_index (ticks, gint64, 0), ==, utc (2025, 4, 1));
  g_array_unref (ticks);

  /* every range from 1 to 400 days, at a few widths */
  for (guint days = 1; days <= 400; days += 7)
    for (guint max_ticks = 2; max_ticks <= 14; max_ticks += 4)
      {
        gint64 end = start + (gint64) (days - 1) * DAY;

        ticks = deck_chart_date_ticks (start, end, max_ticks, &unit);
        g_assert_cmpuint (ticks->len, >=, 1);
        g_assert_cmpuint (ticks->len, <=, max_ticks);
        g_assert_cmpint (g_array_index (ticks, gint64, 0), >=, start);
        g_assert_cmpint (g_array_index (ticks, gint64, ticks->len - 1), <=, end);
        g_array_unref (ticks);
      }

  /* a single day */
  ticks = deck_chart_date_ticks (start, start, 5, &unit);
  g_assert_cmpuint (ticks->len, ==, 1);
  g_assert_cmpint (g_array_index (ticks, gint64, 0), ==, start);
  g_array_unref (ticks);
}

static void
test_date_labels (void)
{
  gint64 t = utc (2026, 3, 3);
  gint64 parsed = 0;

  assert_text (deck_chart_format_date_tick (t, DECK_CHART_DATE_UNIT_DAY, FALSE), "Mar 3");
  assert_text (deck_chart_format_date_tick (t, DECK_CHART_DATE_UNIT_WEEK, FALSE), "Mar 3");
  assert_text (deck_chart_format_date_tick (t, DECK_CHART_DATE_UNIT_DAY, TRUE), "Mar 3 2026");
  assert_text (deck_chart_format_date_tick (utc (2026, 3, 1), DECK_CHART_DATE_UNIT_MONTH, FALSE), "Mar");
  assert_text (deck_chart_format_date_tick (utc (2026, 1, 1), DECK_CHART_DATE_UNIT_MONTH, TRUE), "Jan 2026");
  assert_text (deck_chart_format_date_tick (utc (2026, 1, 1), DECK_CHART_DATE_UNIT_YEAR, FALSE), "2026");
  assert_text (deck_chart_format_date_long (t), "Mar 3, 2026");
  assert_text (deck_chart_format_date_iso (t), "2026-03-03");

  g_assert_true (deck_chart_parse_date ("2026-03-03", &parsed));
  g_assert_cmpint (parsed, ==, t);
  g_assert_true (deck_chart_parse_date ("2026-03-03T00:00:00Z", &parsed));
  g_assert_cmpint (parsed, ==, t);
  g_assert_false (deck_chart_parse_date ("yesterday", &parsed));
  g_assert_false (deck_chart_parse_date ("2026-13-45", &parsed));
  g_assert_false (deck_chart_parse_date (NULL, &parsed));
}

static void
test_two_proportion (void)
{
  double z = 99, p = 99;

  /* 50/100 against 30/100: z = 2.8868, p = 0.00389 */
  g_assert_true (deck_chart_two_proportion_test (50, 100, 30, 100, &z, &p));
  g_assert_cmpfloat_with_epsilon (z, 2.886751, 1e-5);
  g_assert_cmpfloat_with_epsilon (p, 0.003892, 1e-5);

  /* symmetric */
  g_assert_true (deck_chart_two_proportion_test (30, 100, 50, 100, &z, &p));
  g_assert_cmpfloat_with_epsilon (z, -2.886751, 1e-5);
  g_assert_cmpfloat_with_epsilon (p, 0.003892, 1e-5);

  /* 12% against 10% of 1000: not significant */
  g_assert_true (deck_chart_two_proportion_test (120, 1000, 100, 1000, &z, &p));
  g_assert_cmpfloat_with_epsilon (z, 1.429301, 1e-5);
  g_assert_cmpfloat_with_epsilon (p, 0.152918, 1e-5);

  /* equal rates */
  g_assert_true (deck_chart_two_proportion_test (40, 200, 20, 100, &z, &p));
  g_assert_cmpfloat_with_epsilon (z, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (p, 1, 1e-12);

  /* not enough data: few trials, too few successes or failures, impossible counts */
  g_assert_false (deck_chart_two_proportion_test (5, 10, 1, 10, &z, &p));
  g_assert_cmpfloat (z, ==, 0);
  g_assert_cmpfloat (p, ==, 1);
  g_assert_false (deck_chart_two_proportion_test (1, 1000, 2, 1000, &z, &p));
  g_assert_false (deck_chart_two_proportion_test (0, 500, 0, 500, &z, &p));
  g_assert_false (deck_chart_two_proportion_test (500, 500, 499, 500, &z, &p));
  g_assert_false (deck_chart_two_proportion_test (60, 50, 10, 50, &z, &p));
  g_assert_false (deck_chart_two_proportion_test (10, 0, 10, 100, NULL, NULL));

  g_assert_cmpint (deck_chart_compare_proportions (50, 100, 30, 100, 0.05), ==, DECK_CHART_SIGNIFICANCE_BETTER);
  g_assert_cmpint (deck_chart_compare_proportions (30, 100, 50, 100, 0.05), ==, DECK_CHART_SIGNIFICANCE_WORSE);
  g_assert_cmpint (deck_chart_compare_proportions (120, 1000, 100, 1000, 0.05), ==, DECK_CHART_SIGNIFICANCE_NONE);
  g_assert_cmpint (deck_chart_compare_proportions (3, 20, 1, 20, 0.05), ==, DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/scale/nice-number", test_nice_number);
  g_test_add_func ("/chart/scale/ticks", test_scale_ticks);
  g_test_add_func ("/chart/scale/degenerate", test_scale_degenerate);
  g_test_add_func ("/chart/scale/percent", test_scale_percent);
  g_test_add_func ("/chart/scale/format", test_format_numbers);
  g_test_add_func ("/chart/scale/date-ticks", test_date_ticks);
  g_test_add_func ("/chart/scale/date-labels", test_date_labels);
  g_test_add_func ("/chart/scale/two-proportion", test_two_proportion);

  return g_test_run ();
}
