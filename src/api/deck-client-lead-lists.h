/* deck-client-lead-lists.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-lead-list.h"
#include "deck-lead-label.h"

G_BEGIN_DECLS

/* ---- lead lists */

/* GET /lead-lists (search may be NULL): a pager of DeckLeadList. */
DeckPager    *deck_client_list_lead_lists         (DeckClient          *self,
                                                   const char          *search);
/* POST /lead-lists {name}. */
void          deck_client_create_lead_list_async  (DeckClient          *self,
                                                   const char          *name,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckLeadList *deck_client_create_lead_list_finish (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* PATCH /lead-lists/{id} {name}. */
void          deck_client_rename_lead_list_async  (DeckClient          *self,
                                                   const char          *id,
                                                   const char          *name,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
DeckLeadList *deck_client_rename_lead_list_finish (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
void          deck_client_delete_lead_list_async  (DeckClient          *self,
                                                   const char          *id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean      deck_client_delete_lead_list_finish (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* GET /lead-lists/{id}/verification-stats. */
typedef struct
{
  gint64 total_leads;
  gint64 verified;
  gint64 invalid;
  gint64 risky;
  gint64 catch_all;
  gint64 job_change;
  gint64 pending;        /* verification_job_pending_leadfinder + _user */
} DeckLeadListStats;

void          deck_client_get_lead_list_stats_async  (DeckClient          *self,
                                                      const char          *id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean      deck_client_get_lead_list_stats_finish (DeckClient          *self,
                                                      GAsyncResult        *result,
                                                      DeckLeadListStats   *out_stats,
                                                      GError             **error);

/* ---- lead labels */

/* GET /lead-labels: a pager of DeckLeadLabel. */
DeckPager     *deck_client_list_lead_labels         (DeckClient          *self);
/* POST /lead-labels with @body {label, interest_status_label, use_with_ai?,
 * description?} (only what the user set). */
void           deck_client_create_lead_label_async  (DeckClient          *self,
                                                     JsonObject          *body,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DeckLeadLabel *deck_client_create_lead_label_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
/* PATCH /lead-labels/{id} with exactly @changes. */
void           deck_client_patch_lead_label_async   (DeckClient          *self,
                                                     const char          *id,
                                                     JsonObject          *changes,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DeckLeadLabel *deck_client_patch_lead_label_finish  (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void           deck_client_delete_lead_label_async  (DeckClient          *self,
                                                     const char          *id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean       deck_client_delete_lead_label_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
