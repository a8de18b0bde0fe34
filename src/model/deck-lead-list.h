/* deck-lead-list.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_LIST (deck_lead_list_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadList, deck_lead_list, DECK, LEAD_LIST, GObject)

/* The spec's LeadList: properties "id", "name", "has-enrichment-task", "owned-by",
 * "timestamp-created" (gint64 ms), and "n-leads" (set by the UI/session from the
 * verification stats' total_leads; -1 = unknown). */
DeckLeadList *deck_lead_list_new_from_json    (JsonObject    *object,
                                               GError       **error);
gboolean      deck_lead_list_update_from_json (DeckLeadList  *self,
                                               JsonObject    *object,
                                               GError       **error);
const char   *deck_lead_list_get_id           (DeckLeadList  *self);
const char   *deck_lead_list_get_name         (DeckLeadList  *self);
gboolean      deck_lead_list_get_has_enrichment_task (DeckLeadList *self);
const char   *deck_lead_list_get_owned_by     (DeckLeadList  *self);
gint64        deck_lead_list_get_timestamp_created (DeckLeadList *self);
gint64        deck_lead_list_get_n_leads      (DeckLeadList  *self);
void          deck_lead_list_set_n_leads      (DeckLeadList  *self,
                                               gint64         n_leads);
/* Copies every field of @other (same id) into @self, notifying what changed; the
 * lead count only when @other knows it. */
gboolean      deck_lead_list_update_from_list (DeckLeadList  *self,
                                               DeckLeadList  *other);

G_END_DECLS
