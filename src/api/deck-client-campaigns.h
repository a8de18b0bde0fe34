/* deck-client-campaigns.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-campaign.h"

G_BEGIN_DECLS

/* GET /api/v2/campaigns (search by name, status filter, tag ids; NULL/-1 = none). */
DeckPager    *deck_client_list_campaigns          (DeckClient          *self,
                                                   const char          *search,
                                                   int                  status,
                                                   const char          *tag_ids);

void          deck_client_get_campaign_async      (DeckClient          *self,
                                                   const char          *id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckCampaign *deck_client_get_campaign_finish     (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* POST /campaigns with @body (deck_campaign_draft_dup_create_body). */
void          deck_client_create_campaign_async   (DeckClient          *self,
                                                   JsonObject          *body,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckCampaign *deck_client_create_campaign_finish  (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* PATCH /campaigns/{id} with exactly @changes (deck_campaign_draft_dup_patch). An empty
 * @changes sends nothing and finishes with the campaign re-read. A 400 keeps the
 * server's message (deck_api_error_describe); deck_campaign_error_field() names the
 * field it is about when the message says so. */
void          deck_client_patch_campaign_async    (DeckClient          *self,
                                                   const char          *id,
                                                   JsonObject          *changes,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckCampaign *deck_client_patch_campaign_finish   (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* "body/campaign_schedule/schedules/0/timezone must be …" -> "campaign_schedule"
 * (newly allocated; NULL when the message names no field). */
char         *deck_campaign_error_field           (const GError        *error);

typedef enum
{
  DECK_CAMPAIGN_ACTION_ACTIVATE,   /* POST /campaigns/{id}/activate */
  DECK_CAMPAIGN_ACTION_PAUSE,      /* POST /campaigns/{id}/pause */
} DeckCampaignAction;

/* Finishes with the campaign as the server now holds it. */
void          deck_client_campaign_action_async   (DeckClient          *self,
                                                   const char          *id,
                                                   DeckCampaignAction   action,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckCampaign *deck_client_campaign_action_finish  (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void          deck_client_delete_campaign_async   (DeckClient          *self,
                                                   const char          *id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean      deck_client_delete_campaign_finish  (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* POST /campaigns/{id}/duplicate (with @name when the spec allows one). */
void          deck_client_duplicate_campaign_async  (DeckClient          *self,
                                                     const char          *id,
                                                     const char          *name,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DeckCampaign *deck_client_duplicate_campaign_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* POST /campaigns/{id}/export: the exported JSON object (transfer full). */
void          deck_client_export_campaign_async   (DeckClient          *self,
                                                   const char          *id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
JsonObject   *deck_client_export_campaign_finish  (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* POST /campaigns/{id}/share (204) and POST /campaigns/{id}/from-export (import a shared
 * campaign by its id). */
void          deck_client_share_campaign_async    (DeckClient          *self,
                                                   const char          *id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean      deck_client_share_campaign_finish   (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void          deck_client_import_shared_campaign_async  (DeckClient          *self,
                                                         const char          *shared_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DeckCampaign *deck_client_import_shared_campaign_finish (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* GET /campaigns/{id}/sending-status: the reply object (transfer full); the model's
 * deck_campaign_sending_status_describe() words it. */
void          deck_client_get_sending_status_async  (DeckClient          *self,
                                                     const char          *id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
JsonObject   *deck_client_get_sending_status_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* GET /campaigns/search-by-contact?search=EMAIL: a GPtrArray of DeckCampaign. */
void          deck_client_search_campaigns_by_contact_async  (DeckClient          *self,
                                                              const char          *email,
                                                              GCancellable        *cancellable,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
GPtrArray    *deck_client_search_campaigns_by_contact_finish (DeckClient          *self,
                                                              GAsyncResult        *result,
                                                              GError             **error);

/* GET /campaigns/analytics (ids repeated; dates YYYY-MM-DD or NULL): a JsonArray of the
 * per-campaign figures (transfer full). */
void          deck_client_get_campaigns_analytics_async  (DeckClient          *self,
                                                          const char * const  *ids,
                                                          const char          *start_date,
                                                          const char          *end_date,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
JsonArray    *deck_client_get_campaigns_analytics_finish (DeckClient          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

G_END_DECLS
