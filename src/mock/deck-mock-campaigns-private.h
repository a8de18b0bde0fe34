/* deck-mock-campaigns-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "deck-mock-store-private.h"

G_BEGIN_DECLS

/* What campaigns, subsequences and their seed share (deck-mock-campaigns.c). */

/* A Campaign with every schema member set to its default, as a new draft. */
JsonObject *deck_mock_campaign_json_new       (DeckMockStore       *store,
                                               const char          *id,
                                               const char          *name,
                                               gint64               created_ms);
/* Copies the members of @source over those of @target (deep copies). */
void        deck_mock_json_merge              (JsonObject          *target,
                                               JsonObject          *source);
/* Fills in what Fastify's ajv (useDefaults) adds to sequence steps. */
void        deck_mock_sequences_fill_defaults (JsonObject          *object,
                                               gboolean             subsequence);
/* What the schema checker cannot see: "format": "date" on start and end dates.
 * @member names the schedule in @body ("campaign_schedule"). */
gboolean    deck_mock_check_schedule          (JsonObject          *body,
                                               const char          *member,
                                               char               **message);
/* The time schedules are read against: the store's clock, or real time. */
gint64      deck_mock_campaign_clock          (DeckMockStore       *store);
/* Whether @unix_ms falls inside one of the schedule's entries. */
gboolean    deck_mock_schedule_contains       (JsonObject          *schedule,
                                               gint64               unix_ms);
/* The reply of GET /campaigns/{id}/sending-status (and of the subsequence one when
 * @subsequence is set), computed from the real state. */
JsonNode   *deck_mock_sending_status_json     (DeckMockStore       *store,
                                               DeckMockCampaign    *campaign,
                                               DeckMockSubsequence *subsequence,
                                               gboolean             with_ai_summary);
/* The paging of lists by id: the items after @cursor, at most @limit of them. */
JsonNode   *deck_mock_page_by_id              (GPtrArray           *matches,
                                               const char          *cursor,
                                               gint64               limit,
                                               JsonNode          *(*to_json) (DeckMockStore *, gpointer),
                                               DeckMockStore       *store);

G_END_DECLS
