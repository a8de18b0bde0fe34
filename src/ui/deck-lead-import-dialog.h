/* deck-lead-import-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-client-leads.h"
#include "deck-lead-csv.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_IMPORT_DIALOG (deck_lead_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadImportDialog, deck_lead_import_dialog, DECK, LEAD_IMPORT_DIALOG, AdwDialog)

/*
 * Import leads from a CSV file into a campaign or a lead list: file -> target ->
 * column mapping -> preview and problems -> upload (batches of 1,000, progress,
 * Cancel) -> the server's report, with "Save Rejected Rows…".
 * @campaign_id / @list_id preselect the target (both NULL: the user picks one).
 *
 * Signal "imported" (guint n_uploaded): emitted when an upload finished or was
 * cancelled after some leads were created, so the caller can reload its view.
 */
DeckLeadImportDialog *deck_lead_import_dialog_new      (DeckWorkspace        *workspace,
                                                        const char           *campaign_id,
                                                        const char           *list_id);
/* Loads @file as if chosen (for tests and drag and drop); moves to the next page
 * once it is read. */
void                  deck_lead_import_dialog_set_file (DeckLeadImportDialog *self,
                                                        GFile                *file);

/* For tests and the caller: the tag of the page shown ("file", "setup", "review",
 * "upload", "report"); TRUE once the review page has its counts; the plan of the last
 * check (NULL before); the server's counts once the upload ended (the partial ones
 * after Cancel or an error; NULL before); leads sent so far; the rejected rows as
 * CSV with a Reason column (NULL before a check). */
const char               *deck_lead_import_dialog_get_page_tag     (DeckLeadImportDialog *self);
gboolean                  deck_lead_import_dialog_get_review_ready (DeckLeadImportDialog *self);
DeckLeadImportPlan       *deck_lead_import_dialog_get_plan         (DeckLeadImportDialog *self);
const DeckLeadAddResult  *deck_lead_import_dialog_get_result       (DeckLeadImportDialog *self);
guint                     deck_lead_import_dialog_get_n_sent       (DeckLeadImportDialog *self);
char                     *deck_lead_import_dialog_dup_rejected_csv (DeckLeadImportDialog *self);

G_END_DECLS
