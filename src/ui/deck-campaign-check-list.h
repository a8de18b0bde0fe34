/* deck-campaign-check-list.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign-check.h"

G_BEGIN_DECLS

#define DECK_TYPE_CAMPAIGN_CHECK_LIST (deck_campaign_check_list_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignCheckList, deck_campaign_check_list, DECK, CAMPAIGN_CHECK_LIST, GtkBox)

/* What deck_campaign_check() found, one activatable row per issue with its severity
 * icon and where it is; activating a row emits "issue-activated" (guint index). */
GtkWidget            *deck_campaign_check_list_new        (void);
/* Takes a reference on @issues (a GPtrArray of DeckCheckIssue). */
void                  deck_campaign_check_list_set_issues (DeckCampaignCheckList *self,
                                                           GPtrArray             *issues);
guint                 deck_campaign_check_list_get_n_issues (DeckCampaignCheckList *self);
guint                 deck_campaign_check_list_get_n_errors (DeckCampaignCheckList *self);
const DeckCheckIssue *deck_campaign_check_list_get_issue  (DeckCampaignCheckList *self,
                                                           guint                  index);
/* Activates row @index, as a click does. */
void                  deck_campaign_check_list_activate   (DeckCampaignCheckList *self,
                                                           guint                  index);

G_END_DECLS
