/* deck-window.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-application.h"
#include "deck-accounts-page.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_WINDOW (deck_window_get_type ())
G_DECLARE_FINAL_TYPE (DeckWindow, deck_window, DECK, WINDOW, AdwApplicationWindow)

/* @application and @workspace may be NULL; without a workspace the window explains
 * how to connect. */
DeckWindow       *deck_window_new                (DeckApplication *application,
                                                  DeckWorkspace   *workspace);
DeckWorkspace    *deck_window_get_workspace      (DeckWindow      *self);
DeckAccountsPage *deck_window_get_accounts_page  (DeckWindow      *self);
/* The name of the section shown ("accounts"), or "connect" without a workspace. */
const char       *deck_window_get_visible_section (DeckWindow     *self);
void              deck_window_add_toast          (DeckWindow      *self,
                                                  AdwToast        *toast);

G_END_DECLS
