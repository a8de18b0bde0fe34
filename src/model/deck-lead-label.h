/* deck-lead-label.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_LABEL (deck_lead_label_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadLabel, deck_lead_label, DECK, LEAD_LABEL, GObject)

/* The spec's LeadLabel (custom interest status): properties "id", "label",
 * "interest-status" (the number leads carry in lt_interest_status),
 * "interest-status-label" ("positive", "negative", "neutral" or anything newer),
 * "use-with-ai", "description", "timestamp-created" (gint64 ms). */
DeckLeadLabel *deck_lead_label_new_from_json    (JsonObject     *object,
                                                 GError        **error);
gboolean       deck_lead_label_update_from_json (DeckLeadLabel  *self,
                                                 JsonObject     *object,
                                                 GError        **error);
const char    *deck_lead_label_get_id           (DeckLeadLabel  *self);
const char    *deck_lead_label_get_label        (DeckLeadLabel  *self);
int            deck_lead_label_get_interest_status (DeckLeadLabel *self);
const char    *deck_lead_label_get_interest_status_label (DeckLeadLabel *self);
gboolean       deck_lead_label_get_use_with_ai  (DeckLeadLabel  *self);
const char    *deck_lead_label_get_description  (DeckLeadLabel  *self);
gint64         deck_lead_label_get_timestamp_created (DeckLeadLabel *self);
/* Copies every field of @other (same id) into @self, notifying what changed. */
gboolean       deck_lead_label_update_from_label (DeckLeadLabel *self,
                                                  DeckLeadLabel *other);

G_END_DECLS
