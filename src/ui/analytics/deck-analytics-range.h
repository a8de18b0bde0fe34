/* deck-analytics-range.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_ANALYTICS_RANGE (deck_analytics_range_get_type ())
G_DECLARE_FINAL_TYPE (DeckAnalyticsRange, deck_analytics_range, DECK, ANALYTICS_RANGE, AdwBin)

/* The date range of an analytics view: the last 7, 30 or 90 days up to today
 * (deck_analytics_dup_today()), or a custom range picked on a calendar in a
 * popover. "start-date" and "end-date" are "YYYY-MM-DD", both inclusive; "days"
 * is 7, 30, 90, or 0 for a custom range. "changed" is emitted once per change.
 *
 * Actions: range.last-days (i), range.pick-custom. */
GtkWidget  *deck_analytics_range_new        (void);

const char *deck_analytics_range_get_start  (DeckAnalyticsRange *self);
const char *deck_analytics_range_get_end    (DeckAnalyticsRange *self);
guint       deck_analytics_range_get_days   (DeckAnalyticsRange *self);
/* The last @days days up to today. */
void        deck_analytics_range_set_days   (DeckAnalyticsRange *self,
                                             guint               days);
/* A custom range; ignored unless both are dates and @start <= @end. */
void        deck_analytics_range_set_custom (DeckAnalyticsRange *self,
                                             const char         *start,
                                             const char         *end);

G_END_DECLS
