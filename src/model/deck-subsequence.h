/* deck-subsequence.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The spec's conditions.lead_activity values. */
typedef enum
{
  DECK_LEAD_ACTIVITY_OPENED = 2,
  DECK_LEAD_ACTIVITY_LINK_CLICKED = 4,
  DECK_LEAD_ACTIVITY_COMPLETED_NO_REPLY = 91,
} DeckLeadActivity;

/* Plain words for a lead_activity value ("Unknown (n)" otherwise). */
char *deck_lead_activity_to_string (int lead_activity);
/* Plain words for an interest status as used by conditions.crm_status. */
char *deck_interest_status_to_string (int interest_status);

#define DECK_TYPE_SUBSEQUENCE (deck_subsequence_get_type ())
G_DECLARE_FINAL_TYPE (DeckSubsequence, deck_subsequence, DECK, SUBSEQUENCE, GObject)

/*
 * A campaign subsequence as the server holds it (the spec's CampaignSubsequence). The
 * whole server object is kept; typed properties: "id", "name", "parent-campaign",
 * "status" (the campaign status enum, deck_campaign_status_to_string words it),
 * "timestamp-created".
 */
DeckSubsequence *deck_subsequence_new_from_json    (JsonObject       *object,
                                                    GError          **error);
/* In place; one notify per property that changed. FALSE for another id. */
/* One not on the server yet (the draft of a new one): only its parent campaign,
 * get_id() NULL. It cannot be updated from JSON. */
DeckSubsequence *deck_subsequence_new_unsaved      (const char       *parent_campaign);
gboolean         deck_subsequence_update_from_json (DeckSubsequence  *self,
                                                    JsonObject       *object,
                                                    GError          **error);
const char      *deck_subsequence_get_id           (DeckSubsequence  *self);
const char      *deck_subsequence_get_name         (DeckSubsequence  *self);
const char      *deck_subsequence_get_parent_campaign (DeckSubsequence *self);
int              deck_subsequence_get_status       (DeckSubsequence  *self);
GDateTime       *deck_subsequence_get_timestamp_created (DeckSubsequence *self);
/* The full server object (borrowed; do not modify). */
JsonObject      *deck_subsequence_get_json         (DeckSubsequence  *self);

/* The PATCH body for an edited copy @working of this subsequence's JSON: exactly the
 * writable top-level members (name, conditions, subsequence_schedule, sequences,
 * auto_variant_select, daily_limit_mode, daily_limit, ignore_account_daily_limit)
 * that differ structurally from the server's object. Empty when nothing changed. */
JsonObject      *deck_subsequence_dup_patch        (DeckSubsequence  *self,
                                                    JsonObject       *working);

G_END_DECLS
