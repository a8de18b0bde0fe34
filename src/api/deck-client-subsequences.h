/* deck-client-subsequences.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-subsequence.h"

G_BEGIN_DECLS

/* GET /api/v2/subsequences?parent_campaign=ID (and search by name; NULL = none). */
DeckPager       *deck_client_list_subsequences          (DeckClient          *self,
                                                         const char          *parent_campaign,
                                                         const char          *search);

void             deck_client_get_subsequence_async      (DeckClient          *self,
                                                         const char          *id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DeckSubsequence *deck_client_get_subsequence_finish     (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* POST /subsequences with @body (parent_campaign, name, conditions required; the
 * caller sets only what the user set). */
void             deck_client_create_subsequence_async   (DeckClient          *self,
                                                         JsonObject          *body,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DeckSubsequence *deck_client_create_subsequence_finish  (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* PATCH /subsequences/{id} with exactly @changes (deck_subsequence_dup_patch). An empty
 * @changes sends nothing and finishes with the subsequence re-read. */
void             deck_client_patch_subsequence_async    (DeckClient          *self,
                                                         const char          *id,
                                                         JsonObject          *changes,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
DeckSubsequence *deck_client_patch_subsequence_finish   (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

void             deck_client_delete_subsequence_async   (DeckClient          *self,
                                                         const char          *id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean         deck_client_delete_subsequence_finish  (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

typedef enum
{
  DECK_SUBSEQUENCE_ACTION_PAUSE,   /* POST /subsequences/{id}/pause */
  DECK_SUBSEQUENCE_ACTION_RESUME,  /* POST /subsequences/{id}/resume */
} DeckSubsequenceAction;

/* Body-less; finishes with the subsequence as the server now holds it. */
void             deck_client_subsequence_action_async   (DeckClient             *self,
                                                         const char             *id,
                                                         DeckSubsequenceAction   action,
                                                         GCancellable           *cancellable,
                                                         GAsyncReadyCallback     callback,
                                                         gpointer                user_data);
DeckSubsequence *deck_client_subsequence_action_finish  (DeckClient             *self,
                                                         GAsyncResult           *result,
                                                         GError                **error);

/* POST /subsequences/{id}/duplicate into @parent_campaign (required by the spec),
 * named @name (NULL: the server's default). */
void             deck_client_duplicate_subsequence_async  (DeckClient          *self,
                                                           const char          *id,
                                                           const char          *parent_campaign,
                                                           const char          *name,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
DeckSubsequence *deck_client_duplicate_subsequence_finish (DeckClient          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* GET /subsequences/{id}/sending-status: the reply object (transfer full);
 * deck_campaign_sending_status_describe() words it. */
void             deck_client_get_subsequence_sending_status_async  (DeckClient          *self,
                                                                    const char          *id,
                                                                    GCancellable        *cancellable,
                                                                    GAsyncReadyCallback  callback,
                                                                    gpointer             user_data);
JsonObject      *deck_client_get_subsequence_sending_status_finish (DeckClient          *self,
                                                                    GAsyncResult        *result,
                                                                    GError             **error);

G_END_DECLS
