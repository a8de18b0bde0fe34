/* deck-block-list-entry.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_BLOCK_LIST_ENTRY (deck_block_list_entry_get_type ())
G_DECLARE_FINAL_TYPE (DeckBlockListEntry, deck_block_list_entry, DECK, BLOCK_LIST_ENTRY, GObject)

/* The spec's BlockListEntry: properties "id", "bl-value" (an email or a domain),
 * "is-domain", "timestamp-created" (gint64 ms). */
DeckBlockListEntry *deck_block_list_entry_new_from_json (JsonObject         *object,
                                                         GError            **error);
const char         *deck_block_list_entry_get_id        (DeckBlockListEntry *self);
const char         *deck_block_list_entry_get_bl_value  (DeckBlockListEntry *self);
gboolean            deck_block_list_entry_get_is_domain (DeckBlockListEntry *self);
gint64              deck_block_list_entry_get_timestamp_created (DeckBlockListEntry *self);

G_END_DECLS
