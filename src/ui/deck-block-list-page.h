/* deck-block-list-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_BLOCK_LIST_PAGE (deck_block_list_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckBlockListPage, deck_block_list_page, DECK, BLOCK_LIST_PAGE, AdwBin)

/* The workspace's block list: blocked emails and domains, searchable ("search-mode"
 * reveals the search bar), filterable to domains, many selected at once. Actions:
 * "block-list.reload"; "block-list.add" opens the paste dialog, "block-list.add-values"
 * ("as") blocks the values; "block-list.delete-selected" asks, then unblocks the
 * selection; "block-list.download" asks where to save the CSV, "block-list.download-to"
 * ("s": a path) saves it there. Ctrl+N adds, Delete unblocks, Ctrl+S downloads. */
GtkWidget     *deck_block_list_page_new             (void);

DeckWorkspace *deck_block_list_page_get_workspace   (DeckBlockListPage *self);
void           deck_block_list_page_set_workspace   (DeckBlockListPage *self,
                                                     DeckWorkspace     *workspace);
void           deck_block_list_page_reload          (DeckBlockListPage *self);
void           deck_block_list_page_set_search      (DeckBlockListPage *self,
                                                     const char        *search);
void           deck_block_list_page_set_domains_only (DeckBlockListPage *self,
                                                     gboolean           domains_only);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_block_list_page_get_state       (DeckBlockListPage *self);
/* The entries shown (DeckBlockListEntry) and their selection. */
GtkSelectionModel *deck_block_list_page_get_selection (DeckBlockListPage *self);
/* For tests: the open dialog (or NULL), the last toast, whether an operation runs. The
 * paste dialog's GtkTextView is its object data "deck-text", its summary GtkLabel
 * "deck-summary" and its Add button "deck-add". */
AdwDialog     *deck_block_list_page_get_dialog      (DeckBlockListPage *self);
const char    *deck_block_list_page_get_last_toast  (DeckBlockListPage *self);
gboolean       deck_block_list_page_get_busy        (DeckBlockListPage *self);

/* Splits pasted text (one value per line, or separated by commas, semicolons or
 * spaces) into lower-cased, de-duplicated emails and domains, in order; what is neither
 * goes to @invalid (as written). Returns the values to block (a NULL-terminated
 * array). */
char         **deck_block_list_parse                (const char        *text,
                                                     guint             *n_emails,
                                                     guint             *n_domains,
                                                     GPtrArray        **invalid);

G_END_DECLS
