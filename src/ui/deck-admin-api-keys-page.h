/* deck-admin-api-keys-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_API_KEYS_PAGE (deck_admin_api_keys_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminApiKeysPage, deck_admin_api_keys_page, DECK, ADMIN_API_KEYS_PAGE, AdwBin)

/* The workspace's API keys. Actions: "api-keys.reload"; "api-keys.new" opens the
 * create dialog; "api-keys.create" ("(sas)": name and scopes) creates a key and shows
 * it once in a DeckAdminNewKeyDialog; "api-keys.delete" ("s": id) asks, then deletes. */
GtkWidget     *deck_admin_api_keys_page_new               (void);

DeckWorkspace *deck_admin_api_keys_page_get_workspace     (DeckAdminApiKeysPage *self);
void           deck_admin_api_keys_page_set_workspace     (DeckAdminApiKeysPage *self,
                                                           DeckWorkspace        *workspace);
void           deck_admin_api_keys_page_reload            (DeckAdminApiKeysPage *self);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_admin_api_keys_page_get_state         (DeckAdminApiKeysPage *self);
/* The keys shown (DeckApiKey). */
GListModel    *deck_admin_api_keys_page_get_model         (DeckAdminApiKeysPage *self);
/* For tests: the open dialogs (or NULL), the last toast, whether an operation runs. */
AdwDialog     *deck_admin_api_keys_page_get_dialog        (DeckAdminApiKeysPage *self);
const char    *deck_admin_api_keys_page_get_last_toast    (DeckAdminApiKeysPage *self);
gboolean       deck_admin_api_keys_page_get_busy          (DeckAdminApiKeysPage *self);

G_END_DECLS
