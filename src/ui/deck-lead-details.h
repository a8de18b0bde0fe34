/* deck-lead-details.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-lead.h"
#include "deck-lead-set.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_DETAILS (deck_lead_details_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadDetails, deck_lead_details, DECK, LEAD_DETAILS, AdwDialog)

/* Every field of one lead (the spec's Lead schema) in words; its contact fields,
 * potential value, interest status, owner (a workspace member), subsequence and custom
 * variables editable. Save sends only what changed (PATCH /leads/{id}, and the
 * subsequence move or removal) and updates the lead in @lead_set in place. Emits
 * "toast" (AdwToast) with the outcome. */
AdwDialog  *deck_lead_details_new                 (DeckWorkspace   *workspace,
                                                   DeckLeadSet     *lead_set,
                                                   DeckLead        *lead);
DeckLead   *deck_lead_details_get_lead            (DeckLeadDetails *self);

/* Test and keyboard paths into the form. */
/* A contact field ("first_name", …, "pl_value_lead") as if typed. */
void        deck_lead_details_set_field           (DeckLeadDetails *self,
                                                   const char      *field,
                                                   const char      *value);
/* Sets (adding when new) a custom variable's text as if typed; a new one is text. */
void        deck_lead_details_set_custom_variable (DeckLeadDetails *self,
                                                   const char      *name,
                                                   const char      *text);
/* An lt_interest_status (DECK_LEAD_INTEREST_NONE = plain "Lead"). */
void        deck_lead_details_set_interest        (DeckLeadDetails *self,
                                                   int              interest);
/* What stops the form from being saved, in words, or NULL. */
char       *deck_lead_details_dup_problem         (DeckLeadDetails *self);
/* The PATCH body the form would send now (NULL when nothing changed). */
JsonObject *deck_lead_details_dup_changes         (DeckLeadDetails *self);
void        deck_lead_details_save                (DeckLeadDetails *self);
/* TRUE while a save runs or the members and subsequences load. */
gboolean    deck_lead_details_get_busy            (DeckLeadDetails *self);

G_END_DECLS
