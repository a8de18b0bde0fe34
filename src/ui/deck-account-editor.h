/* deck-account-editor.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-account.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_EDITOR (deck_account_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountEditor, deck_account_editor, DECK, ACCOUNT_EDITOR, AdwBin)

/* The writable settings of one account as preference rows. "editor.save" validates
 * the form (refusing invalid values with the reason, before any request) and sends a
 * PATCH with only the changed fields; "editor.revert" reloads the form from the
 * account; "editor.recommended" fills in the recommended warmup settings;
 * "editor.check-domain" checks the tracking domain's CNAME and SSL. Emits "toast"
 * (title, report or NULL). */
GtkWidget  *deck_account_editor_new       (DeckWorkspace     *workspace,
                                           DeckAccount       *account);
/* The reason the form was last refused, or NULL. */
const char *deck_account_editor_get_error (DeckAccountEditor *self);
/* TRUE while a save or a check runs. */
gboolean    deck_account_editor_get_busy  (DeckAccountEditor *self);
/* The row of a field, by its API name ("daily_limit", "sending_gap",
 * "warmup.limit", "warmup.advanced.open_rate", …), for tests. */
GtkWidget  *deck_account_editor_get_row   (DeckAccountEditor *self,
                                           const char        *field);
/* The changes the form holds, as the PATCH body (NULL when nothing changed or the
 * form is invalid; @error then says why when invalid). */
JsonObject *deck_account_editor_build_changes (DeckAccountEditor  *self,
                                               GError            **error);

G_END_DECLS
