/* deck-campaign-editor-util.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for "HH:MM" as the spec's pattern ^([01][0-9]|2[0-3]):([0-5][0-9])$. */
gboolean   deck_campaign_time_is_valid      (const char  *time);
/* TRUE for a real "YYYY-MM-DD" date. */
gboolean   deck_campaign_date_is_valid      (const char  *date);

/* "15:00–23:00" (with " (next day)" when it wraps): the window @from–@to in @timezone
 * on the day @when falls on in that zone, in the local zone @local. NULL when the
 * zone or a time is invalid. */
char      *deck_campaign_window_in_zone     (const char  *from,
                                             const char  *to,
                                             const char  *timezone,
                                             GDateTime   *when,
                                             GTimeZone   *local);

/* The field path a server message names ("body/campaign_schedule/schedules/0/timezone
 * must be …" → {"campaign_schedule","schedules","0","timezone"}), or NULL. */
char     **deck_campaign_error_path         (const char  *message);

/* The zone of the spec's list that is the user's own, or has the same UTC offset
 * now (America/Detroit when none does): where a new sending window starts. */
char      *deck_campaign_closest_timezone   (void);

G_END_DECLS
