/* deck-json-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Defensive readers for the model classes (DESIGN.md §3): a missing member, a null
 * or a value of the wrong kind reads as "not there"; numbers may arrive as strings. */

JsonNode  *deck_json_get_member      (JsonObject *object,
                                      const char *member);
gboolean   deck_json_get_double      (JsonNode   *node,
                                      double     *out);
gboolean   deck_json_get_boolean     (JsonNode   *node,
                                      gboolean   *out);
/* Strings as they are; numbers and booleans written out. */
char      *deck_json_dup_string      (JsonNode   *node);
/* ISO 8601; NULL when absent or not a date-time. */
GDateTime *deck_json_dup_date_time   (JsonNode   *node);
/* A count: negative and fractional values are clamped and truncated. */
guint      deck_json_get_count       (JsonNode   *node);
JsonObject *deck_json_get_object     (JsonObject *object,
                                      const char *member);

G_END_DECLS
