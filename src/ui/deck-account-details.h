/* deck-account-details.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-account.h"
#include "deck-account-editor.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_DETAILS (deck_account_details_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountDetails, deck_account_details, DECK, ACCOUNT_DETAILS, AdwDialog)

/* Every field of one account in words, its tags, its settings (DeckAccountEditor)
 * and its warmup analytics. Follows the account object, so a refresh shows through.
 * Emits "toast" (title, report or NULL). */
AdwDialog         *deck_account_details_new           (DeckWorkspace      *workspace,
                                                       DeckAccount        *account);
DeckAccount       *deck_account_details_get_account   (DeckAccountDetails *self);
DeckAccountEditor *deck_account_details_get_editor    (DeckAccountDetails *self);
/* "overview", "settings" or "warmup". */
void               deck_account_details_set_page      (DeckAccountDetails *self,
                                                       const char         *name);
/* The days the warmup analytics table shows (0 until loaded). */
guint              deck_account_details_get_n_warmup_days (DeckAccountDetails *self);

G_END_DECLS
