/* deck-custom-tag.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_CUSTOM_TAG (deck_custom_tag_get_type ())
G_DECLARE_FINAL_TYPE (DeckCustomTag, deck_custom_tag, DECK, CUSTOM_TAG, GObject)

/* The spec's CustomTag: "id", "label", "description", "organization-id",
 * "timestamp-created", "timestamp-updated". */
DeckCustomTag *deck_custom_tag_new_from_json    (JsonObject     *object,
                                                 GError        **error);
gboolean       deck_custom_tag_update_from_json (DeckCustomTag  *self,
                                                 JsonObject     *object,
                                                 GError        **error);
/* Copies every field of @other (a fresher object for the same id) into @self, in
 * place, one notify per property that changed. FALSE for another id. */
gboolean       deck_custom_tag_update_from_tag  (DeckCustomTag  *self,
                                                 DeckCustomTag  *other);
const char    *deck_custom_tag_get_id           (DeckCustomTag  *self);
const char    *deck_custom_tag_get_label        (DeckCustomTag  *self);
const char    *deck_custom_tag_get_description  (DeckCustomTag  *self);

G_END_DECLS
