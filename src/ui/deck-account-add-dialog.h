/* deck-account-add-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_ADD_DIALOG (deck_account_add_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountAddDialog, deck_account_add_dialog, DECK, ACCOUNT_ADD_DIALOG, AdwDialog)

/* A form for a custom IMAP/SMTP account; "add.create" validates it and sends
 * POST /accounts. Emits "toast" (title, report or NULL). Passwords are never logged. */
AdwDialog  *deck_account_add_dialog_new       (DeckWorkspace        *workspace);
/* The reason the form was last refused, or NULL. */
const char *deck_account_add_dialog_get_error (DeckAccountAddDialog *self);
/* For tests: the row of a field ("email", "imap-host", "smtp-port", …). */
GtkWidget  *deck_account_add_dialog_get_row   (DeckAccountAddDialog *self,
                                               const char           *field);

G_END_DECLS
