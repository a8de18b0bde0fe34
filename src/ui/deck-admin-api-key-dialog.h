/* deck-admin-api-key-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_API_KEY_DIALOG (deck_admin_api_key_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminApiKeyDialog, deck_admin_api_key_dialog, DECK, ADMIN_API_KEY_DIALOG, AdwDialog)

/* Asks for a new API key's name and scopes: one row per resource of the spec's scope
 * enum with Read and Full Access toggles ("<resource>:read", "<resource>:all"). Create
 * emits "create" (name, scopes as a GStrv) and closes the dialog. */
AdwDialog  *deck_admin_api_key_dialog_new         (void);

void        deck_admin_api_key_dialog_set_name    (DeckAdminApiKeyDialog *self,
                                                   const char            *name);
/* @action is "read", "all" or NULL (no access). */
void        deck_admin_api_key_dialog_set_access  (DeckAdminApiKeyDialog *self,
                                                   const char            *resource,
                                                   const char            *action);
/* The scopes chosen so far, in the spec's order. */
char      **deck_admin_api_key_dialog_dup_scopes  (DeckAdminApiKeyDialog *self);
/* What the Create button does. */
void        deck_admin_api_key_dialog_create      (DeckAdminApiKeyDialog *self);

G_END_DECLS
