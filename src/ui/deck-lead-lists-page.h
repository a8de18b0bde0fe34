/* deck-lead-lists-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-client-lead-lists.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_LISTS_PAGE (deck_lead_lists_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadListsPage, deck_lead_lists_page, DECK, LEAD_LISTS_PAGE, AdwBin)

/* The workspace's lead lists with their lead counts and verification breakdown.
 * Actions: "lists.reload"; "lists.new" asks for a name, "lists.create" ("s") creates
 * a list; "lists.rename" ("s": id) asks for a new name, "lists.rename-to" ("(ss)": id,
 * name) renames; "lists.delete" ("s": id) asks, naming the exact lead count, then
 * deletes. Ctrl+N, F2 and Delete act on the focused list. */
GtkWidget     *deck_lead_lists_page_new            (void);

DeckWorkspace *deck_lead_lists_page_get_workspace  (DeckLeadListsPage *self);
void           deck_lead_lists_page_set_workspace  (DeckLeadListsPage *self,
                                                    DeckWorkspace     *workspace);
void           deck_lead_lists_page_reload         (DeckLeadListsPage *self);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_lead_lists_page_get_state      (DeckLeadListsPage *self);
/* The verification stats fetched for the list @id, or NULL while unknown. */
const DeckLeadListStats *deck_lead_lists_page_get_stats (DeckLeadListsPage *self,
                                                         const char        *id);
/* For tests: the open dialog (or NULL), the last toast, whether an operation runs. */
AdwDialog     *deck_lead_lists_page_get_dialog     (DeckLeadListsPage *self);
const char    *deck_lead_lists_page_get_last_toast (DeckLeadListsPage *self);
gboolean       deck_lead_lists_page_get_busy       (DeckLeadListsPage *self);

G_END_DECLS
