/* deck-preferences-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_PREFERENCES_DIALOG (deck_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckPreferencesDialog, deck_preferences_dialog, DECK, PREFERENCES_DIALOG, AdwPreferencesDialog)

DeckPreferencesDialog *deck_preferences_dialog_new            (void);

/* Validates @url and saves it as the server address; on failure the dialog shows
 * why in words and nothing is saved. Also what the Apply button of the row does. */
gboolean               deck_preferences_dialog_apply_server_url (DeckPreferencesDialog *self,
                                                                 const char            *url);
/* The error shown under the server address, or NULL. */
const char            *deck_preferences_dialog_get_server_error (DeckPreferencesDialog *self);

G_END_DECLS
