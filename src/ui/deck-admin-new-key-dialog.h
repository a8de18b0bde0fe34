/* deck-admin-new-key-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_NEW_KEY_DIALOG (deck_admin_new_key_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminNewKeyDialog, deck_admin_new_key_dialog, DECK, ADMIN_NEW_KEY_DIALOG, AdwDialog)

/* Shows a newly created API key, the only time it can be seen, with a Copy button
 * and, when the application has the action "app.add-workspace-with-key" (parameter
 * "s": the key), an "Add as Workspace" button that activates it. The key is wiped from
 * the dialog when it closes; it is never logged or stored here. */
AdwDialog  *deck_admin_new_key_dialog_new          (const char            *name,
                                                    const char            *key);

/* The key as shown, or NULL once the dialog closed (for tests). */
const char *deck_admin_new_key_dialog_get_key      (DeckAdminNewKeyDialog *self);
/* Copies the key to the clipboard (the Copy button). */
void        deck_admin_new_key_dialog_copy         (DeckAdminNewKeyDialog *self);
/* Whether the "Add as Workspace" button is offered. */
gboolean    deck_admin_new_key_dialog_can_add      (DeckAdminNewKeyDialog *self);

G_END_DECLS
