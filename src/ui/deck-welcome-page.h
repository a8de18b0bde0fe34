/* deck-welcome-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace-list.h"

G_BEGIN_DECLS

#define DECK_TYPE_WELCOME_PAGE (deck_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckWelcomePage, deck_welcome_page, DECK, WELCOME_PAGE, AdwBin)

/*
 * The sign-in form: an API key, an optional server address under "Advanced", Connect
 * and "Try the Demo Workspace". Connect checks the key with GET
 * /api/v2/workspaces/current, reads the plan (GET /api/v2/workspace-billing/plan-details)
 * where the key may, stores the key in the list's secret store and emits
 * "workspace-added". Every failure is explained in place and leaves the form filled.
 * Shown on first run, and inside the "Add Workspace" dialog (dialog mode).
 */
GtkWidget         *deck_welcome_page_new                (void);

DeckWorkspaceList *deck_welcome_page_get_workspace_list (DeckWelcomePage   *self);
void               deck_welcome_page_set_workspace_list (DeckWelcomePage   *self,
                                                         DeckWorkspaceList *list);
/* Dialog mode: a title in the header, no big welcome, no demo button. */
void               deck_welcome_page_set_dialog_mode    (DeckWelcomePage   *self,
                                                         gboolean           dialog_mode);
/* Prefills the server address (and opens "Advanced" when it is not the default). */
void               deck_welcome_page_set_server_url     (DeckWelcomePage   *self,
                                                         const char        *server_url);

/* The Connect button (also the "welcome.connect" action and Enter in the key row). */
void               deck_welcome_page_connect            (DeckWelcomePage   *self);

/* "form", "checking" (asking the server), "storing" (in the keyring) or "error";
 * "state" notifies. */
const char        *deck_welcome_page_get_state          (DeckWelcomePage   *self);
/* The failure shown, or NULL. DECK_API_ERROR for the server's answers (UNAUTHORIZED,
 * PAYMENT_REQUIRED, FORBIDDEN, NETWORK, INVALID_URL, …), DECK_SECRET_STORE_ERROR for
 * the keyring, G_IO_ERROR_INVALID_ARGUMENT for an empty key. */
const GError      *deck_welcome_page_get_error          (DeckWelcomePage   *self);
/* The explanation shown for it. */
const char        *deck_welcome_page_get_error_text     (DeckWelcomePage   *self);

/* For tests. */
GtkEditable       *deck_welcome_page_get_key_row        (DeckWelcomePage   *self);
GtkEditable       *deck_welcome_page_get_server_row     (DeckWelcomePage   *self);
/* The "keyring not available" question while it is open, or NULL. */
AdwAlertDialog    *deck_welcome_page_get_keyring_dialog (DeckWelcomePage   *self);

G_END_DECLS
