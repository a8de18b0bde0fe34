/* deck-accounts-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNTS_PAGE (deck_accounts_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountsPage, deck_accounts_page, DECK, ACCOUNTS_PAGE, AdwBin)

GtkWidget     *deck_accounts_page_new                    (void);

DeckWorkspace *deck_accounts_page_get_workspace          (DeckAccountsPage *self);
/* Binds the page to @workspace's accounts and loads them unless they are loaded. */
void           deck_accounts_page_set_workspace          (DeckAccountsPage *self,
                                                          DeckWorkspace    *workspace);
/* Loads the accounts again; does nothing while a load runs. Also the
 * "accounts.reload" action (the Retry button). */
void           deck_accounts_page_reload                 (DeckAccountsPage *self);

gboolean       deck_accounts_page_get_search_mode        (DeckAccountsPage *self);
/* Shows the search bar and focuses its entry, or hides it (clearing the search). */
void           deck_accounts_page_set_search_mode        (DeckAccountsPage *self,
                                                          gboolean          search_mode);
void           deck_accounts_page_set_key_capture_widget (DeckAccountsPage *self,
                                                          GtkWidget        *widget);

/* "loading", "empty", "error", "no-matches" or "results"; the "state" property
 * notifies. */
const char    *deck_accounts_page_get_state              (DeckAccountsPage *self);

/* For tests and for the window. */
GtkColumnView *deck_accounts_page_get_column_view        (DeckAccountsPage *self);
GtkEditable   *deck_accounts_page_get_search_entry       (DeckAccountsPage *self);
/* TRUE while the sort and filter models still have work pending (incremental). */
gboolean       deck_accounts_page_get_busy               (DeckAccountsPage *self);
/* The status page shown for the current state (NULL for "results"). */
AdwStatusPage *deck_accounts_page_get_status_page        (DeckAccountsPage *self);

G_END_DECLS
