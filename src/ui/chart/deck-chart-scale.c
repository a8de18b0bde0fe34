/* deck-chart-scale.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-scale"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "deck-chart-scale.h"

#define SECONDS_PER_DAY 86400

double
deck_chart_nice_number (double   x,
                        gboolean round)
{
  double exponent;
  double fraction;
  double nice;

  if (!(x > 0) || !isfinite (x))
    return 0;

  exponent = floor (log10 (x));
  fraction = x / pow (10, exponent);

  if (round)
    {
      if (fraction < 1.5)
        nice = 1;
      else if (fraction < 3)
        nice = 2;
      else if (fraction < 7)
        nice = 5;
      else
        nice = 10;
    }
  else
    {
      /* The small slack keeps 0.3/0.1 from becoming 5 through rounding noise. */
      if (fraction <= 1 + 1e-9)
        nice = 1;
      else if (fraction <= 2 + 1e-9)
        nice = 2;
      else if (fraction <= 5 + 1e-9)
        nice = 5;
      else
        nice = 10;
    }

  return nice * pow (10, exponent);
}

/* The next step of the 1-2-5 sequence after @step. */
static double
next_nice_step (double step)
{
  double exponent = floor (log10 (step) + 1e-9);
  double fraction = step / pow (10, exponent);

  if (fraction < 1.5)
    return 2 * pow (10, exponent);
  if (fraction < 3.5)
    return 5 * pow (10, exponent);
  return 10 * pow (10, exponent);
}

/* floor() and ceil() that forgive rounding noise: 3.0000000000000004 is 3. */
static gboolean
nearly_integer (double q)
{
  return fabs (q - round (q)) <= 1e-9 * fabs (q);
}

static double
snap_floor (double q)
{
  return nearly_integer (q) ? round (q) : floor (q);
}

static double
snap_ceil (double q)
{
  return nearly_integer (q) ? round (q) : ceil (q);
}

void
deck_chart_scale_init (DeckChartScale *scale,
                       double          data_min,
                       double          data_max,
                       guint           max_ticks,
                       gboolean        include_zero)
{
  double step;

  g_return_if_fail (scale != NULL);

  max_ticks = MAX (max_ticks, 2);

  if (!isfinite (data_min) || !isfinite (data_max))
    {
      data_min = 0;
      data_max = 1;
    }
  if (data_min > data_max)
    {
      double tmp = data_min;

      data_min = data_max;
      data_max = tmp;
    }
  if (include_zero)
    {
      data_min = MIN (data_min, 0);
      data_max = MAX (data_max, 0);
    }
  if (data_max - data_min <= fabs (data_max) * 1e-12)
    {
      /* A flat series still gets an axis: around the value, or 0..1 for zeros. */
      if (data_min == 0)
        data_max = 1;
      else
        {
          double delta = fabs (data_min) * 0.1;

          data_min -= delta;
          data_max += delta;
        }
    }

  /* Nice ticks on both sides of zero take at least three. */
  if (data_min < 0 && data_max > 0)
    max_ticks = MAX (max_ticks, 3);

  step = deck_chart_nice_number ((data_max - data_min) / (max_ticks - 1), FALSE);

  for (guint guard = 0; guard < 64; guard++)
    {
      double lo = snap_floor (data_min / step);
      double hi = snap_ceil (data_max / step);

      if (hi - lo + 1 <= max_ticks)
        {
          scale->min = lo * step;
          scale->max = hi * step;
          scale->step = step;
          scale->n_ticks = (guint) (hi - lo) + 1;
          /* -0 would print as "-0" */
          if (scale->min == 0)
            scale->min = 0;
          return;
        }
      step = next_nice_step (step);
    }

  scale->min = data_min;
  scale->max = data_max;
  scale->step = data_max - data_min;
  scale->n_ticks = 2;
}

void
deck_chart_scale_init_percent (DeckChartScale *scale,
                               double          data_min,
                               double          data_max,
                               guint           max_ticks)
{
  gboolean inside;

  g_return_if_fail (scale != NULL);

  inside = isfinite (data_min) && isfinite (data_max) &&
           data_min >= 0 && data_max <= 1 && data_min <= data_max;

  deck_chart_scale_init (scale, data_min, data_max, max_ticks, TRUE);

  if (inside && scale->max > 1)
    {
      /* Stop at 100%: only whole steps fit, so 1 becomes the last tick when it is one. */
      double ticks_to_one = 1 / scale->step;

      if (fabs (ticks_to_one - round (ticks_to_one)) < 1e-9)
        {
          scale->max = 1;
          scale->n_ticks = (guint) round ((scale->max - scale->min) / scale->step) + 1;
        }
    }
}

double
deck_chart_scale_get_tick (const DeckChartScale *scale,
                           guint                 index)
{
  double value;

  g_return_val_if_fail (scale != NULL, 0);

  value = round (scale->min / scale->step + index) * scale->step;
  /* Snap to the step's decimals so 3 * 0.1 is 0.3 for comparisons and labels. */
  if (scale->step < 1)
    {
      double p = pow (10, ceil (-log10 (scale->step) - 1e-9));

      value = round (value * p) / p;
    }
  if (fabs (value) < scale->step * 1e-9)
    value = 0;

  return value;
}

double
deck_chart_scale_normalize (const DeckChartScale *scale,
                            double                value)
{
  g_return_val_if_fail (scale != NULL, 0);

  if (scale->max <= scale->min)
    return 0;

  return (value - scale->min) / (scale->max - scale->min);
}

/* ------------------------------------------------------------------ dates */

static gint64
day_floor (gint64 time)
{
  gint64 days = time / SECONDS_PER_DAY;

  if (time < 0 && time % SECONDS_PER_DAY != 0)
    days--;

  return days * SECONDS_PER_DAY;
}

static gint64
make_utc (int year,
          int month,
          int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return dt ? g_date_time_to_unix (dt) : 0;
}

typedef struct
{
  DeckChartDateUnit unit;
  guint             step;
} DateStep;

static const DateStep date_steps[] = {
  { DECK_CHART_DATE_UNIT_DAY, 1 },
  { DECK_CHART_DATE_UNIT_DAY, 2 },
  { DECK_CHART_DATE_UNIT_WEEK, 1 },
  { DECK_CHART_DATE_UNIT_WEEK, 2 },
  { DECK_CHART_DATE_UNIT_MONTH, 1 },
  { DECK_CHART_DATE_UNIT_MONTH, 3 },
  { DECK_CHART_DATE_UNIT_MONTH, 6 },
  { DECK_CHART_DATE_UNIT_YEAR, 1 },
  { DECK_CHART_DATE_UNIT_YEAR, 2 },
  { DECK_CHART_DATE_UNIT_YEAR, 5 },
  { DECK_CHART_DATE_UNIT_YEAR, 10 },
};

static GArray *
date_ticks_for_step (gint64          start,
                     gint64          end,
                     const DateStep *step)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first_day = day_floor (start);

  if (first_day < start)
    first_day += SECONDS_PER_DAY;

  switch (step->unit)
    {
    case DECK_CHART_DATE_UNIT_DAY:
    case DECK_CHART_DATE_UNIT_WEEK:
      {
        gint64 t = first_day;
        guint stride_days = step->unit == DECK_CHART_DATE_UNIT_WEEK ? 7 * step->step : step->step;

        if (step->unit == DECK_CHART_DATE_UNIT_WEEK)
          {
            g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);
            int dow = g_date_time_get_day_of_week (dt); /* 1 = Monday */

            t += (gint64) ((8 - dow) % 7) * SECONDS_PER_DAY;
          }
        else if (step->step > 1)
          {
            /* Align multi-day steps to the epoch so ticks don't shift with the range. */
            gint64 day_number = t / SECONDS_PER_DAY;
            gint64 rem = ((day_number % step->step) + step->step) % step->step;

            if (rem != 0)
              t += (step->step - rem) * SECONDS_PER_DAY;
          }

        for (; t <= end; t += (gint64) stride_days * SECONDS_PER_DAY)
          g_array_append_val (ticks, t);
      }
      break;

    case DECK_CHART_DATE_UNIT_MONTH:
    case DECK_CHART_DATE_UNIT_YEAR:
      {
        g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (first_day);
        int year = g_date_time_get_year (dt);
        int month = g_date_time_get_month (dt);
        guint months = step->unit == DECK_CHART_DATE_UNIT_YEAR ? 12 * step->step : step->step;
        int index;

        if (step->unit == DECK_CHART_DATE_UNIT_YEAR)
          {
            month = 1;
            if (g_date_time_get_day_of_month (dt) != 1 || g_date_time_get_month (dt) != 1)
              year++;
            year = (int) (ceil ((double) year / step->step) * step->step);
          }
        else if (g_date_time_get_day_of_month (dt) != 1)
          month++;

        index = year * 12 + (month - 1);
        if (step->unit == DECK_CHART_DATE_UNIT_MONTH && index % (int) months != 0)
          index += (int) months - index % (int) months;

        for (;; index += (int) months)
          {
            gint64 t = make_utc (index / 12, index % 12 + 1, 1);

            if (t > end || index / 12 > 9999)
              break;
            g_array_append_val (ticks, t);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return ticks;
}

GArray *
deck_chart_date_ticks (gint64             start,
                       gint64             end,
                       guint              max_ticks,
                       DeckChartDateUnit *out_unit)
{
  GArray *ticks = NULL;

  if (end < start)
    {
      gint64 tmp = start;

      start = end;
      end = tmp;
    }
  max_ticks = MAX (max_ticks, 1);

  for (guint i = 0; i < G_N_ELEMENTS (date_steps); i++)
    {
      g_clear_pointer (&ticks, g_array_unref);
      ticks = date_ticks_for_step (start, end, &date_steps[i]);
      if (out_unit)
        *out_unit = date_steps[i].unit;
      if (ticks->len <= max_ticks)
        break;
    }

  /* A range shorter than the coarsest step that still holds a day keeps its first day. */
  if (ticks->len == 0 && day_floor (end) >= start)
    {
      gint64 t = day_floor (end);

      g_array_append_val (ticks, t);
      if (out_unit)
        *out_unit = DECK_CHART_DATE_UNIT_DAY;
    }

  return ticks;
}

char *
deck_chart_format_date_tick (gint64            time,
                             DeckChartDateUnit unit,
                             gboolean          with_year)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  if (dt == NULL)
    return g_strdup ("");

  switch (unit)
    {
    case DECK_CHART_DATE_UNIT_DAY:
    case DECK_CHART_DATE_UNIT_WEEK:
      return g_date_time_format (dt, with_year
                                     /* Translators: a date on a chart axis, see g_date_time_format() */
                                     /* xgettext:no-c-format */
                                     ? C_("chart date", "%b %-d %Y")
                                     /* Translators: a date on a chart axis, see g_date_time_format() */
                                     /* xgettext:no-c-format */
                                     : C_("chart date", "%b %-d"));

    case DECK_CHART_DATE_UNIT_MONTH:
      return g_date_time_format (dt, with_year
                                     /* Translators: a month on a chart axis, see g_date_time_format() */
                                     /* xgettext:no-c-format */
                                     ? C_("chart date", "%b %Y")
                                     /* Translators: a month on a chart axis, see g_date_time_format() */
                                     /* xgettext:no-c-format */
                                     : C_("chart date", "%b"));

    case DECK_CHART_DATE_UNIT_YEAR:
      return g_date_time_format (dt, "%Y");

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

char *
deck_chart_format_date_long (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  if (dt == NULL)
    return g_strdup ("");

  /* Translators: a full date in chart tables and tooltips, see g_date_time_format() */
  /* xgettext:no-c-format */
  return g_date_time_format (dt, C_("chart date", "%b %-d, %Y"));
}

char *
deck_chart_format_date_iso (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (time);

  if (dt == NULL)
    return g_strdup ("");

  return g_date_time_format (dt, "%Y-%m-%d");
}

gboolean
deck_chart_parse_date (const char *text,
                       gint64     *out_time)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  int year, month, day;
  char tail;

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3 &&
      strlen (text) == 10)
    dt = g_date_time_new_utc (year, month, day, 0, 0, 0);
  else
    {
      utc = g_time_zone_new_utc ();
      dt = g_date_time_new_from_iso8601 (text, utc);
    }

  if (dt == NULL)
    return FALSE;

  if (out_time)
    *out_time = g_date_time_to_unix (dt);

  return TRUE;
}

/* ------------------------------------------------------------------ numbers */

/* Drops trailing zeros (and a trailing decimal point) from a printf()ed number. */
static void
trim_zeros (char *text)
{
  char *point = strpbrk (text, ".,");
  char *end;

  if (point == NULL)
    return;

  end = text + strlen (text) - 1;
  while (end > point && *end == '0')
    *end-- = '\0';
  if (end == point)
    *end = '\0';
}

/* The divisor for @magnitude: 1e9, 1e6, 1e3 or 1. */
static double
pick_divisor (double magnitude)
{
  if (magnitude >= 1e9)
    return 1e9;
  if (magnitude >= 1e6)
    return 1e6;
  if (magnitude >= 1e3)
    return 1e3;
  return 1;
}

static const char *
divisor_suffix (double divisor)
{
  if (divisor >= 1e9)
    return C_("number suffix for billions", "B");
  if (divisor >= 1e6)
    return C_("number suffix for millions", "M");
  if (divisor >= 1e3)
    return C_("number suffix for thousands", "k");
  return "";
}

typedef int (*DecimalsFunc) (double   divisor,
                             gpointer data);

static char *
format_with_unit (double       value,
                  DecimalsFunc decimals_for_unit,
                  gpointer     data)
{
  g_autofree char *text = NULL;
  double divisor;
  int decimals;

  if (!isfinite (value))
    return g_strdup ("");
  if (value == 0)
    return g_strdup ("0");

  divisor = pick_divisor (fabs (value));
  decimals = decimals_for_unit (divisor, data);

  /* 999 950 would round to "1000k": move up a unit instead. */
  if (divisor < 1e9 &&
      fabs (round (value / divisor * pow (10, decimals)) / pow (10, decimals)) >= 1000)
    {
      divisor *= 1000;
      decimals = decimals_for_unit (divisor, data);
    }

  text = g_strdup_printf ("%.*f", decimals, value / divisor);
  trim_zeros (text);
  if (strcmp (text, "-0") == 0)
    return g_strdup ("0");

  return g_strconcat (text, divisor_suffix (divisor), NULL);
}

/* The decimals that write @step exactly: 0.25 needs 2, 50 none. */
static int
decimals_of (double step)
{
  int decimals = 0;

  if (!(step > 0) || !isfinite (step))
    return 0;

  while (decimals < 6)
    {
      double scaled = step * pow (10, decimals);

      if (fabs (scaled - round (scaled)) <= 1e-9 * MAX (1, scaled))
        break;
      decimals++;
    }

  return decimals;
}

static int
compact_decimals (double   divisor,
                  gpointer data)
{
  double value = fabs (*(double *) data) / divisor;

  /* One decimal for scaled numbers ("1.2k"), two for small plain ones ("0.25"). */
  if (divisor > 1)
    return value < 100 ? 1 : 0;
  if (value >= 100)
    return 0;
  if (value >= 10)
    return 1;
  return 2;
}

char *
deck_chart_format_compact (double value)
{
  return format_with_unit (value, compact_decimals, &value);
}

static int
step_decimals (double   divisor,
               gpointer data)
{
  double step = fabs (*(double *) data) / divisor;

  return decimals_of (step);
}

char *
deck_chart_format_tick (double value,
                        double step)
{
  if (fabs (value) < fabs (step) * 1e-9)
    value = 0;

  return format_with_unit (value, step_decimals, &step);
}

char *
deck_chart_format_percent (double value,
                           double step)
{
  double percent_step = fabs (step) * 100;
  int decimals;
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("");

  decimals = MIN (decimals_of (percent_step), 4);

  number = g_strdup_printf ("%.*f", decimals, value * 100);
  trim_zeros (number);
  if (strcmp (number, "-0") == 0)
    g_set_str (&number, "0");

  /* Translators: a percentage on a chart; %s is the number */
  return g_strdup_printf (C_("chart", "%s%%"), number);
}

char *
deck_chart_format_exact (double   value,
                         gboolean percent)
{
  char *text;

  if (!isfinite (value))
    /* Translators: shown in a chart table cell when there is no value */
    return g_strdup (C_("chart value", "—"));

  if (percent)
    return deck_chart_format_percent (value, 0.001);

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%'.0f", value);

  text = g_strdup_printf ("%'.2f", value);
  trim_zeros (text);

  return text;
}

/* ------------------------------------------------------------------ statistics */

gboolean
deck_chart_two_proportion_test (guint64  successes_a,
                                guint64  n_a,
                                guint64  successes_b,
                                guint64  n_b,
                                double  *out_z,
                                double  *out_p)
{
  double p_a, p_b, pooled, se, z;

  if (out_z)
    *out_z = 0;
  if (out_p)
    *out_p = 1;

  if (n_a < DECK_CHART_MIN_TRIALS || n_b < DECK_CHART_MIN_TRIALS ||
      successes_a > n_a || successes_b > n_b)
    return FALSE;

  pooled = (double) (successes_a + successes_b) / (double) (n_a + n_b);

  /* The normal approximation needs enough expected successes and failures on both sides. */
  if (MIN (n_a, n_b) * pooled < DECK_CHART_MIN_EXPECTED ||
      MIN (n_a, n_b) * (1 - pooled) < DECK_CHART_MIN_EXPECTED)
    return FALSE;

  p_a = (double) successes_a / (double) n_a;
  p_b = (double) successes_b / (double) n_b;
  se = sqrt (pooled * (1 - pooled) * (1.0 / n_a + 1.0 / n_b));
  if (!(se > 0))
    return FALSE;

  z = (p_a - p_b) / se;

  if (out_z)
    *out_z = z;
  if (out_p)
    *out_p = erfc (fabs (z) / G_SQRT2);

  return TRUE;
}

DeckChartSignificance
deck_chart_compare_proportions (guint64 successes_a,
                                guint64 n_a,
                                guint64 successes_b,
                                guint64 n_b,
                                double  alpha)
{
  double z, p;

  if (!deck_chart_two_proportion_test (successes_a, n_a, successes_b, n_b, &z, &p))
    return DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA;

  if (p >= alpha)
    return DECK_CHART_SIGNIFICANCE_NONE;

  return z > 0 ? DECK_CHART_SIGNIFICANCE_BETTER : DECK_CHART_SIGNIFICANCE_WORSE;
}
