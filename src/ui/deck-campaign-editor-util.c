/* deck-campaign-editor-util.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <string.h>

#include "deck-campaign-draft.h"
#include "deck-campaign-editor-util.h"

gboolean
deck_campaign_time_is_valid (const char *time)
{
  if (time == NULL || strlen (time) != 5 || time[2] != ':')
    return FALSE;
  if (!g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) ||
      !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4]))
    return FALSE;

  return (time[0] - '0') * 10 + (time[1] - '0') <= 23 && time[3] <= '5';
}

gboolean
deck_campaign_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

static GDateTime *
time_on_day (GDateTime  *day,
             GTimeZone  *zone,
             const char *hhmm)
{
  int hour = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  int minute = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');

  return g_date_time_new (zone,
                          g_date_time_get_year (day),
                          g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day),
                          hour, minute, 0);
}

char *
deck_campaign_window_in_zone (const char *from,
                              const char *to,
                              const char *timezone,
                              GDateTime  *when,
                              GTimeZone  *local)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  int day_shift;

  g_return_val_if_fail (when != NULL, NULL);
  g_return_val_if_fail (local != NULL, NULL);

  if (timezone == NULL || !deck_campaign_time_is_valid (from) || !deck_campaign_time_is_valid (to))
    return NULL;

  zone = g_time_zone_new_identifier (timezone);
  if (zone == NULL)
    return NULL;

  day = g_date_time_to_timezone (when, zone);
  start = time_on_day (day, zone, from);
  end = time_on_day (day, zone, to);
  if (start == NULL || end == NULL)
    return NULL;

  local_start = g_date_time_to_timezone (start, local);
  local_end = g_date_time_to_timezone (end, local);
  start_text = g_date_time_format (local_start, "%H:%M");
  end_text = g_date_time_format (local_end, "%H:%M");

  /* Days between the zone's day and the local start, so "(next day)" is honest. */
  day_shift = g_date_time_get_day_of_year (local_start) - g_date_time_get_day_of_year (day);
  if (g_date_time_get_year (local_start) != g_date_time_get_year (day))
    day_shift = g_date_time_get_year (local_start) > g_date_time_get_year (day) ? 1 : -1;

  if (day_shift > 0)
    /* Translators: a time range in the user's zone that falls on the next day */
    return g_strdup_printf ("%s–%s (+1)", start_text, end_text);
  else if (day_shift < 0)
    return g_strdup_printf ("%s–%s (−1)", start_text, end_text);

  return g_strdup_printf ("%s–%s", start_text, end_text);
}

char **
deck_campaign_error_path (const char *message)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) words = NULL;
  const char *path = NULL;
  const char *quoted;
  g_auto(GStrv) parts = NULL;

  if (message == NULL)
    return NULL;

  words = g_strsplit (message, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_str_has_prefix (words[i], "body") || g_str_has_prefix (words[i], "/"))
      {
        path = words[i];
        break;
      }
  if (path == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  parts = g_strsplit_set (path, "/.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || (i == 0 && g_str_equal (parts[i], "body")))
        continue;
      g_strv_builder_add (builder, parts[i]);
    }

  /* "body must have required property 'name'": the member is quoted. */
  quoted = strstr (message, "required property '");
  if (quoted != NULL)
    {
      const char *start = quoted + strlen ("required property '");
      const char *end = strchr (start, '\'');

      if (end != NULL)
        {
          g_autofree char *member = g_strndup (start, end - start);
          g_strv_builder_add (builder, member);
        }
    }

  {
    g_auto(GStrv) result = g_strv_builder_end (builder);

    if (result[0] == NULL)
      return NULL;
    return g_steal_pointer (&result);
  }
}

static char *
find_closest_timezone (void)
{
  const char * const *zones = deck_campaign_timezones ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *local_name = g_time_zone_get_identifier (g_date_time_get_timezone (now));
  GTimeSpan offset = g_date_time_get_utc_offset (now);

  for (guint i = 0; zones[i] != NULL; i++)
    if (g_strcmp0 (zones[i], local_name) == 0)
      return g_strdup (zones[i]);

  for (guint i = 0; zones[i] != NULL; i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[i]);
      g_autoptr(GDateTime) there = NULL;

      if (tz == NULL)
        continue;
      there = g_date_time_to_timezone (now, tz);
      if (g_date_time_get_utc_offset (there) == offset)
        return g_strdup (zones[i]);
    }

  return g_strdup ("America/Detroit");
}

char *
deck_campaign_closest_timezone (void)
{
  static char *closest;

  /* Looking at every zone's tzdata costs; the user's zone stays for the session. */
  if (g_once_init_enter_pointer (&closest))
    g_once_init_leave_pointer (&closest, find_closest_timezone ());

  return g_strdup (closest);
}
