/* deck-chart-scale.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain tick, scale and statistics maths for the charts: no GTK, unit-tested on
 * their own (tests/test-chart-scale.c). */

/* A value axis range cut into ticks: min, min + step, …, max. */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
} DeckChartScale;

typedef enum
{
  DECK_CHART_DATE_UNIT_DAY,
  DECK_CHART_DATE_UNIT_WEEK,
  DECK_CHART_DATE_UNIT_MONTH,
  DECK_CHART_DATE_UNIT_YEAR,
} DeckChartDateUnit;

typedef enum
{
  DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA,
  DECK_CHART_SIGNIFICANCE_NONE,
  DECK_CHART_SIGNIFICANCE_BETTER,
  DECK_CHART_SIGNIFICANCE_WORSE,
} DeckChartSignificance;

/* Below this many trials per side, or fewer than this many expected successes or
 * failures, the normal approximation of the two-proportion test is not trusted. */
#define DECK_CHART_MIN_TRIALS   30
#define DECK_CHART_MIN_EXPECTED 5

/* A "nice" number (1, 2 or 5 times a power of ten) near @x: the closest one when
 * @round, otherwise the smallest one >= @x. @x <= 0 gives 0. */
double    deck_chart_nice_number         (double                x,
                                          gboolean              round);
/* Covers [@data_min, @data_max] with at most @max_ticks (>= 2; >= 3 when the
 * range crosses zero) ticks on a 1-2-5 step. Zero-width ranges are widened, reversed ones swapped, and @include_zero
 * stretches the range to 0. Non-finite input gives 0..1. */
void      deck_chart_scale_init          (DeckChartScale       *scale,
                                          double                data_min,
                                          double                data_max,
                                          guint                 max_ticks,
                                          gboolean              include_zero);
/* Like deck_chart_scale_init() for fractions shown as percentages: the range
 * never goes past 0..1 when the data stays inside it. */
void      deck_chart_scale_init_percent  (DeckChartScale       *scale,
                                          double                data_min,
                                          double                data_max,
                                          guint                 max_ticks);
double    deck_chart_scale_get_tick      (const DeckChartScale *scale,
                                          guint                 index);
/* Maps @value into 0..1 over the scale (outside values fall outside). */
double    deck_chart_scale_normalize     (const DeckChartScale *scale,
                                          double                value);

/* Ticks (Unix times of UTC midnights) inside [@start, @end] for a date axis, at
 * most @max_ticks of them (at least one when the range holds a day): days, 2 days,
 * Monday weeks, 2 weeks, months, quarters, half years or years, whichever is finest. */
GArray   *deck_chart_date_ticks          (gint64                start,
                                          gint64                end,
                                          guint                 max_ticks,
                                          DeckChartDateUnit    *out_unit);
/* A short tick label: "Mar 3" for days and weeks, "Mar" for months, "2026" for
 * years; @with_year adds the year to days and months. */
char     *deck_chart_format_date_tick    (gint64                time,
                                          DeckChartDateUnit     unit,
                                          gboolean              with_year);
/* A full date for tables and tooltips: "Mar 3, 2026". */
char     *deck_chart_format_date_long    (gint64                time);
/* "2026-03-03" (UTC), for CSV. */
char     *deck_chart_format_date_iso     (gint64                time);
/* Parses "2026-03-03" or an ISO 8601 date-time; FALSE when it is neither. */
gboolean  deck_chart_parse_date          (const char           *text,
                                          gint64               *out_time);

/* Compact numbers for tick labels: 950 → "950", 1200 → "1.2k", 3400000 → "3.4M",
 * 0.25 → "0.25". */
char     *deck_chart_format_compact      (double                value);
/* A tick label with just the decimals that @step needs, compacted: with step 50,
 * 1050 → "1.05k". */
char     *deck_chart_format_tick         (double                value,
                                          double                step);
/* A fraction as a percentage with the decimals @step needs: 0.25 → "25%". */
char     *deck_chart_format_percent      (double                value,
                                          double                step);
/* An exact value for tables and tooltips: integers with grouping, other values
 * with up to two decimals; @percent shows fractions as percentages. */
char     *deck_chart_format_exact        (double                value,
                                          gboolean              percent);

/* Two-sided two-proportion z-test of a/n_a against b/n_b (pooled). Returns FALSE,
 * with z = 0 and p = 1, when there is not enough data for the test (see
 * DECK_CHART_MIN_TRIALS and DECK_CHART_MIN_EXPECTED). */
gboolean  deck_chart_two_proportion_test (guint64               successes_a,
                                          guint64               n_a,
                                          guint64               successes_b,
                                          guint64               n_b,
                                          double               *out_z,
                                          double               *out_p);
/* Whether a is significantly better or worse than b at level @alpha (e.g. 0.05). */
DeckChartSignificance
          deck_chart_compare_proportions (guint64               successes_a,
                                          guint64               n_a,
                                          guint64               successes_b,
                                          guint64               n_b,
                                          double                alpha);

G_END_DECLS
