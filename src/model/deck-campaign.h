/* deck-campaign.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  DECK_CAMPAIGN_STATUS_DRAFT = 0,
  DECK_CAMPAIGN_STATUS_ACTIVE = 1,
  DECK_CAMPAIGN_STATUS_PAUSED = 2,
  DECK_CAMPAIGN_STATUS_COMPLETED = 3,
  DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES = 4,
  DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY = -1,
  DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT = -2,
  DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED = -99,
} DeckCampaignStatus;

/* Plain words for every status ("Unknown (n)" otherwise), and a symbolic icon. */
char       *deck_campaign_status_to_string      (int status);
const char *deck_campaign_status_icon_name      (int status);
/* Words for not_sending_status: why a campaign is not sending and what to do. */
char       *deck_campaign_not_sending_to_string (int not_sending_status);
/* TRUE for the statuses where the campaign stopped sending on its own (-1, -2, -99). */
gboolean    deck_campaign_status_is_problem     (int status);
/* Words for a GET /campaigns/{id}/sending-status reply ({diagnostics, summary}): why
 * the campaign is not sending (or sending slowly) and what to do. NULL when the reply
 * holds no data or says the campaign is healthy. Works for subsequences too. */
char       *deck_campaign_sending_status_describe (JsonObject *reply);
/* The sending-status code ("out_of_schedule", "healthy", …) of such a reply, or NULL. */
const char *deck_campaign_sending_status_code   (JsonObject *reply);

#define DECK_TYPE_CAMPAIGN (deck_campaign_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaign, deck_campaign, DECK, CAMPAIGN, GObject)

/*
 * A campaign as the server holds it. The whole server object is kept (so that nothing
 * the client does not know about is lost), with typed properties for what lists show:
 * "id", "name", "status", "not-sending-status", "timestamp-created",
 * "timestamp-updated", "daily-limit". The editor never edits a DeckCampaign: it edits a
 * DeckCampaignDraft (deck-campaign-draft.h), whose diff against this object is the
 * PATCH body.
 */
DeckCampaign *deck_campaign_new_from_json    (JsonObject    *object,
                                              GError       **error);
/* In place; one notify per property that changed. FALSE for another id. */
gboolean      deck_campaign_update_from_json (DeckCampaign  *self,
                                              JsonObject    *object,
                                              GError       **error);
const char   *deck_campaign_get_id           (DeckCampaign  *self);
const char   *deck_campaign_get_name         (DeckCampaign  *self);
int           deck_campaign_get_status       (DeckCampaign  *self);
int           deck_campaign_get_not_sending_status (DeckCampaign *self);
/* The full server object (borrowed; do not modify). */
JsonObject   *deck_campaign_get_json         (DeckCampaign  *self);
GDateTime    *deck_campaign_get_timestamp_created (DeckCampaign *self);
GDateTime    *deck_campaign_get_timestamp_updated (DeckCampaign *self);
/* The campaign's daily_limit, or -1 when it has none. */
int           deck_campaign_get_daily_limit  (DeckCampaign  *self);
/* Copies @other (a fresher object for the same id) into @self in place, one notify
 * per property that changed. FALSE for another id. */
gboolean      deck_campaign_update_from_campaign (DeckCampaign *self,
                                                  DeckCampaign *other);

G_END_DECLS
