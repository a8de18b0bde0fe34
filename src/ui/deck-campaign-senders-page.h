/* deck-campaign-senders-page.h
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

#define DECK_TYPE_CAMPAIGN_SENDERS_PAGE (deck_campaign_senders_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignSendersPage, deck_campaign_senders_page, DECK, CAMPAIGN_SENDERS_PAGE, AdwBin)

GtkWidget *deck_campaign_senders_page_new    (DeckWorkspace     *workspace,
                                              DeckCampaignDraft *draft);
/* Rebuilds every row from the draft. */
void       deck_campaign_senders_page_reload (DeckCampaignSendersPage *self);
/* The row (or editor widget) of @field ("name", "sequences", "campaign_schedule",
 * "email_list", "open_tracking", …) at @index / @sub (a step and variant, a window;
 * -1 when not about one) and @detail ("subject", "body", "delay", "timezone", "from",
 * "to", "days", …; may be NULL). It is scrolled into view and focused when @focus.
 * NULL when this page does not show the field. */
GtkWidget *deck_campaign_senders_page_locate (DeckCampaignSendersPage *self,
                                              const char              *field,
                                              int                      index,
                                              int                      sub,
                                              const char              *detail,
                                              gboolean                 focus);
/* The check button of an account (by email) or a tag (by id), for tests. */
GtkWidget *deck_campaign_senders_page_get_check (DeckCampaignSendersPage *self,
                                                 const char              *email_or_tag_id);

G_END_DECLS
