/* deck-campaign-json-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deep copies: json_node_copy() shares objects and arrays, but a draft edits its copy. */
JsonNode   *deck_campaign_json_node_dup    (JsonNode   *node);
JsonObject *deck_campaign_json_object_dup  (JsonObject *object);

/* Structural equality: object members in any order, numbers by value (1 == 1.0), an
 * absent node (NULL) equal to a JSON null. */
gboolean    deck_campaign_json_node_equal  (JsonNode   *a,
                                            JsonNode   *b);

/* The top-level members of @working whose value differs from @original, for the
 * writable @members only. A member @working dropped is sent as null when it is in
 * @nullable, as [] when in @arrays, and left out otherwise (the spec offers no way
 * to unset it). */
JsonObject *deck_campaign_json_diff        (JsonObject         *original,
                                            JsonObject         *working,
                                            const char * const *members,
                                            const char * const *nullable,
                                            const char * const *arrays);

G_END_DECLS
