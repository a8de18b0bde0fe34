/* deck-subsequence-conditions-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign-draft.h"

G_BEGIN_DECLS

#define DECK_TYPE_SUBSEQUENCE_CONDITIONS_PAGE (deck_subsequence_conditions_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckSubsequenceConditionsPage, deck_subsequence_conditions_page, DECK, SUBSEQUENCE_CONDITIONS_PAGE, AdwBin)

/*
 * The first page of the campaign editor when it edits a subsequence: what moves a lead
 * into it (conditions.lead_activity, conditions.crm_status, conditions.reply_contains)
 * and its daily limit (daily_limit_mode, daily_limit, ignore_account_daily_limit).
 * Every change goes straight into @draft (a deck_campaign_draft_new_for_subsequence()).
 */
GtkWidget *deck_subsequence_conditions_page_new    (DeckCampaignDraft *draft);
void       deck_subsequence_conditions_page_reload (DeckSubsequenceConditionsPage *self);
/* The row of @field ("conditions" with @detail "lead_activity", "crm_status" or
 * "reply_contains", and @index the position in that list when known;
 * "daily_limit_mode", "daily_limit", "ignore_account_daily_limit"); focused when
 * @focus. NULL when this page does not show the field. */
GtkWidget *deck_subsequence_conditions_page_locate (DeckSubsequenceConditionsPage *self,
                                                    const char                    *field,
                                                    int                            index,
                                                    const char                    *detail,
                                                    gboolean                       focus);
/* The switch row of one lead_activity or crm_status value (the spec's number). */
GtkWidget *deck_subsequence_conditions_page_get_switch (DeckSubsequenceConditionsPage *self,
                                                        const char                    *list,
                                                        int                            value);

G_END_DECLS
