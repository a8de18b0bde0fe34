/* deck-mock-validate-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A small JSON Schema checker for the subset the spec's request schemas use (type,
 * enum, minimum/maximum, minLength, pattern, format email, minItems/maxItems, items,
 * properties, required, additionalProperties, minProperties, oneOf). On failure *message is the
 * ajv-style text Instantly's Fastify server sends, such as
 * "body must have required property 'email'" or "querystring/limit must be <= 100".
 * @instance may be NULL (an absent body). */
gboolean    deck_mock_validate          (JsonNode    *instance,
                                         JsonObject  *schema,
                                         const char  *path,
                                         char       **message);

/* Turns a decoded query (name -> string, or array of strings for a repeated name)
 * into typed values as Fastify's ajv (coerceTypes: "array") does, for the
 * properties that @schema declares; others are dropped. Never fails: values that do
 * not coerce stay strings, and deck_mock_validate() then reports them. */
JsonNode   *deck_mock_coerce_query      (JsonObject  *query,
                                         JsonObject  *schema);

G_END_DECLS
