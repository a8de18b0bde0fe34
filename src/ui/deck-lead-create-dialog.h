/* deck-lead-create-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-lead-set.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_CREATE_DIALOG (deck_lead_create_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadCreateDialog, deck_lead_create_dialog, DECK, LEAD_CREATE_DIALOG, AdwDialog)

/* A form for one new lead in a campaign or a list (preselected: @campaign_id or
 * @list_id, or neither). The created lead joins @lead_set (may be NULL). Emits "toast"
 * (AdwToast) with the outcome and closes on success. */
AdwDialog *deck_lead_create_dialog_new      (DeckWorkspace        *workspace,
                                             DeckLeadSet          *lead_set,
                                             const char           *campaign_id,
                                             const char           *list_id);
/* Fills a field ("email", "first_name", "last_name", "company_name", "job_title",
 * "phone", "website", "personalization") as if typed (for tests). */
void       deck_lead_create_dialog_set_field (DeckLeadCreateDialog *self,
                                             const char           *field,
                                             const char           *value);
/* What is wrong with the form in words, or NULL when it can be sent. */
char      *deck_lead_create_dialog_dup_problem (DeckLeadCreateDialog *self);
/* Sends the form (as the Add button does). */
void       deck_lead_create_dialog_submit   (DeckLeadCreateDialog *self);

G_END_DECLS
