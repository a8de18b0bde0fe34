/* deck-campaign-schedule-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign-draft.h"
#include "deck-timezone-picker.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_CAMPAIGN_SCHEDULE_PAGE (deck_campaign_schedule_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignSchedulePage, deck_campaign_schedule_page, DECK, CAMPAIGN_SCHEDULE_PAGE, AdwBin)

GtkWidget *deck_campaign_schedule_page_new    (DeckWorkspace     *workspace,
                                               DeckCampaignDraft *draft);
/* Rebuilds every row from the draft. */
void       deck_campaign_schedule_page_reload (DeckCampaignSchedulePage *self);
/* The row (or editor widget) of @field ("name", "sequences", "campaign_schedule",
 * "email_list", "open_tracking", …) at @index / @sub (a step and variant, a window;
 * -1 when not about one) and @detail ("subject", "body", "delay", "timezone", "from",
 * "to", "days", …; may be NULL). It is scrolled into view and focused when @focus.
 * NULL when this page does not show the field. */
GtkWidget *deck_campaign_schedule_page_locate (DeckCampaignSchedulePage *self,
                                               const char               *field,
                                               int                       index,
                                               int                       sub,
                                               const char               *detail,
                                               gboolean                  focus);
/* Opens the timezone picker of window @index (as its row does). */
DeckTimezonePicker *deck_campaign_schedule_page_open_timezone_picker (DeckCampaignSchedulePage *self,
                                                                      guint                     index);
/* The toggle of @day (the spec's key, 0 = Sunday) in window @index. */
GtkWidget          *deck_campaign_schedule_page_get_day_button       (DeckCampaignSchedulePage *self,
                                                                      guint                     index,
                                                                      guint                     day);

G_END_DECLS
