/* deck-subsequences-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_SUBSEQUENCES_DIALOG (deck_subsequences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckSubsequencesDialog, deck_subsequences_dialog, DECK, SUBSEQUENCES_DIALOG, AdwDialog)

/*
 * The subsequences of one campaign: name, status and sending status in words, with the
 * actions "subsequences.edit" (opens the campaign editor on the subsequence:
 * conditions, sequence, schedule; also by activating its row), "subsequences.pause", "subsequences.resume", "subsequences.duplicate" and
 * "subsequences.delete" (each with the subsequence id as a string parameter),
 * "subsequences.new" (the campaign editor on a new subsequence, see
 * deck_campaign_editor_new_subsequence(); it joins the list once saved) and
 * "subsequences.reload".
 */
GtkWidget  *deck_subsequences_dialog_new        (DeckWorkspace          *workspace,
                                                 DeckCampaign           *campaign);
/* "loading", "empty", "error" or "list"; "state" notifies. */
const char *deck_subsequences_dialog_get_state  (DeckSubsequencesDialog *self);
/* The subsequences shown (DeckSubsequence). */
GListModel *deck_subsequences_dialog_get_items  (DeckSubsequencesDialog *self);
/* TRUE while a request runs. */
gboolean    deck_subsequences_dialog_get_busy   (DeckSubsequencesDialog *self);
const char *deck_subsequences_dialog_get_last_message (DeckSubsequencesDialog *self);
/* The open subsequence editor (a DeckCampaignEditor), or NULL. */
AdwDialog  *deck_subsequences_dialog_get_editor (DeckSubsequencesDialog *self);
/* The sending status of subsequence @id in words, NULL until it is known. */
const char *deck_subsequences_dialog_get_sending_words (DeckSubsequencesDialog *self,
                                                        const char             *id);

/* A quick create without the editor: POST /subsequences with the parent campaign,
 * @name, the conditions (@lead_activity and @crm_status are arrays of the spec's
 * numbers, -1 = none; @reply_contains may be NULL) and one email step. */
void        deck_subsequences_dialog_create     (DeckSubsequencesDialog *self,
                                                 const char             *name,
                                                 const int              *lead_activity,
                                                 guint                   n_lead_activity,
                                                 const int              *crm_status,
                                                 guint                   n_crm_status,
                                                 const char             *reply_contains,
                                                 const char             *subject,
                                                 const char             *body_text,
                                                 guint                   delay_days);

G_END_DECLS
