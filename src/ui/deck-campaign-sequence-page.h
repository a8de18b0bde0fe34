/* deck-campaign-sequence-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign-draft.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_CAMPAIGN_SEQUENCE_PAGE (deck_campaign_sequence_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignSequencePage, deck_campaign_sequence_page, DECK, CAMPAIGN_SEQUENCE_PAGE, AdwBin)

GtkWidget *deck_campaign_sequence_page_new    (DeckWorkspace     *workspace,
                                               DeckCampaignDraft *draft);
/* Rebuilds every row from the draft. */
void       deck_campaign_sequence_page_reload (DeckCampaignSequencePage *self);
/* The row (or editor widget) of @field ("name", "sequences", "campaign_schedule",
 * "email_list", "open_tracking", …) at @index / @sub (a step and variant, a window;
 * -1 when not about one) and @detail ("subject", "body", "delay", "timezone", "from",
 * "to", "days", …; may be NULL). It is scrolled into view and focused when @focus.
 * NULL when this page does not show the field. */
GtkWidget *deck_campaign_sequence_page_locate (DeckCampaignSequencePage *self,
                                               const char               *field,
                                               int                       index,
                                               int                       sub,
                                               const char               *detail,
                                               gboolean                  focus);

/* The live previews render with a real lead: the first ones of the campaign (or of a
 * subsequence's campaign; POST /leads/list, one page of 20) in the "Preview With"
 * combo row, and a sample lead when there is none (a new campaign). The leads loaded
 * (DeckLead; empty until they arrive) and that row: */
GListModel *deck_campaign_sequence_page_get_preview_leads (DeckCampaignSequencePage *self);
GtkWidget  *deck_campaign_sequence_page_get_lead_row      (DeckCampaignSequencePage *self);

G_END_DECLS
