/* deck-timezone-picker.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_TIMEZONE_PICKER (deck_timezone_picker_get_type ())
G_DECLARE_FINAL_TYPE (DeckTimezonePicker, deck_timezone_picker, DECK, TIMEZONE_PICKER, AdwDialog)

/* A dialog that picks one zone of the spec's closed list (deck_campaign_timezones)
 * with search by name, region or UTC offset ("detroit", "berlin", "+05:30"). Emits
 * "zone-selected" (const char *zone) and closes. */
DeckTimezonePicker *deck_timezone_picker_new          (const char         *current);
void                deck_timezone_picker_set_search   (DeckTimezonePicker *self,
                                                       const char         *text);
/* The zones the search leaves (a GListModel of GtkStringObject), for tests. */
GListModel         *deck_timezone_picker_get_results  (DeckTimezonePicker *self);
/* Picks the @position'th result, as a click would. */
void                deck_timezone_picker_select       (DeckTimezonePicker *self,
                                                       guint               position);

/* "UTC−05:00" for @zone now; NULL when the system does not know the zone. */
char               *deck_timezone_describe_offset     (const char         *zone);

G_END_DECLS
