/* deck-leads-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-lead.h"
#include "deck-lead-set.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

/* A local filter that lets every lead through. */
#define DECK_LEADS_FILTER_ANY G_MAXINT

#define DECK_TYPE_LEADS_PAGE (deck_leads_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadsPage, deck_leads_page, DECK, LEADS_PAGE, AdwBin)

/*
 * The Leads section: a table of the leads of the workspace, a campaign or a list
 * (DeckLeadSet: 100,000+ leads loading page by page; the table stays usable while they
 * load), searched as you type over everything loaded, filtered by status, interest
 * and verification, sorted by any column, with a multi-selection and bulk actions.
 *
 * Widget actions: "leads.reload", "leads.stop", "leads.new", "leads.open-details",
 * "leads.move", "leads.copy", "leads.interest", "leads.merge", "leads.block",
 * "leads.delete", "leads.select-all", "leads.select-none", "leads.filter",
 * "leads.scope", "leads.server-search", "leads.clear-server-search", "leads.import",
 * "leads.export", "leads.actions-menu". Each ends with a toast (also the "toast"
 * signal).
 *
 * Bulk actions act on the selected leads. When every shown lead is selected and no
 * local search or filter narrows the view, Move and Copy act on the whole view as the
 * server sees it (deck_lead_set_dup_query), loaded or not.
 */
GtkWidget     *deck_leads_page_new                (void);

DeckWorkspace *deck_leads_page_get_workspace      (DeckLeadsPage *self);
void           deck_leads_page_set_workspace      (DeckLeadsPage *self,
                                                   DeckWorkspace *workspace);
/* Loads the view again. */
void           deck_leads_page_reload             (DeckLeadsPage *self);

gboolean       deck_leads_page_get_search_mode    (DeckLeadsPage *self);
void           deck_leads_page_set_search_mode    (DeckLeadsPage *self,
                                                   gboolean       search_mode);

/* "loading", "empty", "error", "no-matches" or "results"; "state" notifies. */
const char    *deck_leads_page_get_state          (DeckLeadsPage *self);
/* TRUE while leads load, the filter or the sort runs, or an operation is in flight. */
gboolean       deck_leads_page_get_busy           (DeckLeadsPage *self);
AdwStatusPage *deck_leads_page_get_status_page    (DeckLeadsPage *self);

DeckLeadSet   *deck_leads_page_get_lead_set       (DeckLeadsPage *self);
GtkColumnView *deck_leads_page_get_column_view    (DeckLeadsPage *self);
GtkEditable   *deck_leads_page_get_search_entry   (DeckLeadsPage *self);
/* The rows as shown (filtered and sorted), a GtkMultiSelection. */
GtkSelectionModel *deck_leads_page_get_selection  (DeckLeadsPage *self);
/* The text of the status line ("1,200 of 5,000 leads loaded…"). */
const char    *deck_leads_page_get_count_text     (DeckLeadsPage *self);

/* Shows the leads of the workspace, a campaign or a list. */
void           deck_leads_page_set_scope          (DeckLeadsPage *self,
                                                   DeckLeadScope  scope,
                                                   const char    *scope_id);
/* DECK_LEADS_FILTER_ANY or a lead status / an lt_interest_status (DECK_LEAD_INTEREST_NONE
 * = plain "Lead") / a verification status. */
void           deck_leads_page_set_status_filter  (DeckLeadsPage *self,
                                                   int            status);
void           deck_leads_page_set_interest_filter (DeckLeadsPage *self,
                                                   int            interest);
void           deck_leads_page_set_verification_filter (DeckLeadsPage *self,
                                                   int            verification);
/* The server's search for this view (NULL = none). */
void           deck_leads_page_set_server_search  (DeckLeadsPage *self,
                                                   const char    *search);

/* Operations on the selection, with their inputs given (the actions ask first). */
/* Moves (or copies) to @to_campaign_id or @to_list_id and follows the job to its end. */
void           deck_leads_page_move_selected      (DeckLeadsPage *self,
                                                   const char    *to_campaign_id,
                                                   const char    *to_list_id,
                                                   gboolean       copy);
void           deck_leads_page_set_interest_selected (DeckLeadsPage *self,
                                                   int            interest);
void           deck_leads_page_delete_selected    (DeckLeadsPage *self);
void           deck_leads_page_block_selected     (DeckLeadsPage *self);
/* Merges @lead into @destination. */
void           deck_leads_page_merge              (DeckLeadsPage *self,
                                                   DeckLead      *lead,
                                                   DeckLead      *destination);
/* Writes the leads shown (filtered and sorted) to @file as CSV. */
void           deck_leads_page_export             (DeckLeadsPage *self,
                                                   GFile         *file);
/* Opens the details dialog of @lead. */
AdwDialog     *deck_leads_page_open_details       (DeckLeadsPage *self,
                                                   DeckLead      *lead);

/* The number of operations (jobs, batches) still running. */
guint          deck_leads_page_get_n_operations   (DeckLeadsPage *self);
/* The title of the last toast. */
const char    *deck_leads_page_get_last_toast     (DeckLeadsPage *self);
/* The dialog the page presented last, while it is open (for tests). */
AdwDialog     *deck_leads_page_get_dialog         (DeckLeadsPage *self);
/* How often a background job is polled (tests make it short); 1000 ms by default. */
void           deck_leads_page_set_job_interval   (DeckLeadsPage *self,
                                                   guint          interval_ms);

G_END_DECLS
