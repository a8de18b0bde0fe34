/* deck-api-key.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_API_KEY (deck_api_key_get_type ())
G_DECLARE_FINAL_TYPE (DeckApiKey, deck_api_key, DECK, API_KEY, GObject)

/* The spec's APIKey, without the key itself (which the server shows once, on creation,
 * and which is never kept in a model object). Each field is a read-only property named
 * after it. */
DeckApiKey          *deck_api_key_new_from_json         (JsonObject *object,
                                                         GError     **error);
gboolean             deck_api_key_update_from_json      (DeckApiKey *self,
                                                         JsonObject *object,
                                                         GError     **error);

const char          *deck_api_key_get_id                (DeckApiKey *self);
const char          *deck_api_key_get_name              (DeckApiKey *self);
const char * const  *deck_api_key_get_scopes            (DeckApiKey *self);
const char          *deck_api_key_get_organization_id   (DeckApiKey *self);
GDateTime           *deck_api_key_get_timestamp_created (DeckApiKey *self);
GDateTime           *deck_api_key_get_timestamp_updated (DeckApiKey *self);

/* The scope grammar is "<resource>:<action>" with action all, create, read, update or
 * delete (CATALOG.md §1.1). The resources of the spec's scope enum, in its order,
 * "all" first; NULL-terminated. Every resource has a read and an all scope. */
const char * const  *deck_api_key_get_scope_resources   (void);
/* "Campaigns", "Email accounts", …; the resource itself when this version does not
 * know it. */
const char          *deck_api_key_scope_resource_to_string (const char         *resource);
/* One scope in words: "Campaigns: read only", "Everything: full access". */
char                *deck_api_key_scope_to_string       (const char         *scope);
/* All scopes in words, joined with ", "; "No access" for none. */
char                *deck_api_key_scopes_to_string      (const char * const *scopes);

G_END_DECLS
