/* deck-lead-move-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_MOVE_DIALOG (deck_lead_move_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadMoveDialog, deck_lead_move_dialog, DECK, LEAD_MOVE_DIALOG, AdwAlertDialog)

/* Asks where leads go: a campaign or a lead list of @workspace. @what names the leads
 * ("3 leads"). Emits "chosen" when the person confirms; the getters then say where. */
AdwDialog  *deck_lead_move_dialog_new             (DeckWorkspace      *workspace,
                                                   gboolean            copy,
                                                   const char         *what);
gboolean    deck_lead_move_dialog_get_copy        (DeckLeadMoveDialog *self);
/* Exactly one of them is set. */
const char *deck_lead_move_dialog_get_campaign_id (DeckLeadMoveDialog *self);
const char *deck_lead_move_dialog_get_list_id     (DeckLeadMoveDialog *self);
/* Chooses the destination (as if picked; for tests); FALSE when it is not offered. */
gboolean    deck_lead_move_dialog_select          (DeckLeadMoveDialog *self,
                                                   const char         *campaign_id,
                                                   const char         *list_id);

G_END_DECLS
