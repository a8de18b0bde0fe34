/* deck-accounts-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-account.h"
#include "deck-account-details.h"
#include "deck-account-filter.h"
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

/* The actions "accounts.pause", "accounts.resume", "accounts.mark-fixed",
 * "accounts.enable-warmup", "accounts.disable-warmup", "accounts.test-vitals",
 * "accounts.tags", "accounts.delete", "accounts.add", "accounts.open-details",
 * "accounts.select-all", "accounts.select-none", "accounts.filter" act on the selected
 * rows; each ends with a toast (also the "toast" signal). */
GtkSelectionModel  *deck_accounts_page_get_selection    (DeckAccountsPage *self);
DeckAccountFilter  *deck_accounts_page_get_filter       (DeckAccountsPage *self);
/* The title of the last toast, and the failures behind its Details button (or NULL). */
const char         *deck_accounts_page_get_last_toast   (DeckAccountsPage *self);
const char         *deck_accounts_page_get_last_report  (DeckAccountsPage *self);
/* The open details dialog, or NULL. */
DeckAccountDetails *deck_accounts_page_get_details      (DeckAccountsPage *self);
void                deck_accounts_page_open_details     (DeckAccountsPage *self,
                                                         DeckAccount      *account);
/* TRUE while a warmup background job is followed. */
gboolean            deck_accounts_page_get_job_running  (DeckAccountsPage *self);
/* How often a background job is polled (tests make it short). */
void                deck_accounts_page_set_job_interval (DeckAccountsPage *self,
                                                         guint             interval_ms);

G_END_DECLS
