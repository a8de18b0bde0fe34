/* deck-campaign-lead-dialog.h
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

#define DECK_TYPE_CAMPAIGN_LEAD_DIALOG (deck_campaign_lead_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignLeadDialog, deck_campaign_lead_dialog, DECK, CAMPAIGN_LEAD_DIALOG, AdwDialog)

/* "Find Campaigns of a Lead": an entry for a lead's email; the campaigns it is in
 * (GET /campaigns/search-by-contact) are listed, and activating one emits
 * "open-campaign" (DeckCampaign). */
GtkWidget  *deck_campaign_lead_dialog_new       (DeckWorkspace          *workspace);
void        deck_campaign_lead_dialog_search    (DeckCampaignLeadDialog *self,
                                                 const char             *email);
/* "start", "searching", "none", "error" or "results"; "state" notifies. */
const char *deck_campaign_lead_dialog_get_state (DeckCampaignLeadDialog *self);
/* The campaigns found (DeckCampaign). */
GListModel *deck_campaign_lead_dialog_get_results (DeckCampaignLeadDialog *self);

G_END_DECLS
