/* deck-client-accounts.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-account.h"
#include "deck-account-health.h"
#include "deck-background-job.h"
#include "deck-custom-tag.h"

G_BEGIN_DECLS

/* A pager over GET /api/v2/accounts (include_tags=true), filling DeckAccount items.
 * @search may be NULL. */
DeckPager   *deck_client_list_accounts        (DeckClient          *self,
                                               const char          *search);

void         deck_client_get_account_async    (DeckClient          *self,
                                               const char          *email,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
DeckAccount *deck_client_get_account_finish   (DeckClient          *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* ---- single-account actions: each finishes with the account as the server now
 * holds it (a new object; the caller updates its own with
 * deck_account_update_from_account, so rows update in place) */

typedef enum
{
  DECK_ACCOUNT_ACTION_PAUSE,       /* POST /accounts/{email}/pause */
  DECK_ACCOUNT_ACTION_RESUME,      /* POST /accounts/{email}/resume */
  DECK_ACCOUNT_ACTION_MARK_FIXED,  /* POST /accounts/{email}/mark-fixed */
} DeckAccountAction;

void         deck_client_account_action_async  (DeckClient          *self,
                                                const char          *email,
                                                DeckAccountAction    action,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckAccount *deck_client_account_action_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* PATCH /accounts/{email} with exactly @changes (only the fields the user changed;
 * nested "warmup" as in the spec). */
void         deck_client_patch_account_async   (DeckClient          *self,
                                                const char          *email,
                                                JsonObject          *changes,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckAccount *deck_client_patch_account_finish  (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* POST /accounts with the CreateAccount fields in @fields. */
void         deck_client_create_account_async  (DeckClient          *self,
                                                JsonObject          *fields,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckAccount *deck_client_create_account_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

void         deck_client_delete_account_async  (DeckClient          *self,
                                                const char          *email,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean     deck_client_delete_account_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* ---- bulk */

/* POST /accounts/pause for up to any number of emails (sent in batches of 100, one
 * after the other). @paused and @failed receive the server's paused_emails /
 * failed_emails (GStrv). A batch that fails as a whole (network, 5xx) puts its emails
 * into @failed and the other batches still go; the call only fails (with the first
 * batch's error) when no batch went through. No emails: TRUE, nothing sent. */
void         deck_client_pause_accounts_async  (DeckClient          *self,
                                                const char * const  *emails,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean     deck_client_pause_accounts_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                char              ***paused,
                                                char              ***failed,
                                                GError             **error);

/* POST /accounts/warmup/enable or /disable for @emails (1 to 100, else
 * DECK_API_ERROR_INVALID without a request): the background job the server started. */
void               deck_client_set_warmup_async  (DeckClient          *self,
                                                  const char * const  *emails,
                                                  gboolean             enable,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
DeckBackgroundJob *deck_client_set_warmup_finish (DeckClient          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* ---- background jobs */

/* Polls GET /background-jobs/{id} (every @interval_ms, backing off) and updates @job in
 * place until it is finished; finishes TRUE when it ended in success, FALSE with
 * DECK_API_ERROR_REMOTE (naming the job's failure) when it failed or was cancelled. */
void         deck_client_follow_job_async      (DeckClient          *self,
                                                DeckBackgroundJob   *job,
                                                guint                interval_ms,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean     deck_client_follow_job_finish     (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* ---- health */

/* POST /accounts/test/vitals: a GPtrArray of DeckDomainVitals (passing and failing
 * domains together). @emails NULL checks every domain of the workspace. */
void         deck_client_test_vitals_async     (DeckClient          *self,
                                                const char * const  *emails,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GPtrArray   *deck_client_test_vitals_finish    (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

void           deck_client_get_ctd_status_async  (DeckClient          *self,
                                                  const char          *host,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
DeckCtdStatus *deck_client_get_ctd_status_finish (DeckClient          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* POST /accounts/warmup-analytics (batches of 100): a GPtrArray of DeckWarmupAnalytics
 * in the order of @emails. */
void         deck_client_get_warmup_analytics_async  (DeckClient          *self,
                                                      const char * const  *emails,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GPtrArray   *deck_client_get_warmup_analytics_finish (DeckClient          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* ---- custom tags (resource_type 1 = account, 2 = campaign) */

DeckPager     *deck_client_list_custom_tags       (DeckClient          *self);
void           deck_client_create_custom_tag_async  (DeckClient          *self,
                                                     const char          *label,
                                                     const char          *description,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DeckCustomTag *deck_client_create_custom_tag_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
/* NULL leaves a field unchanged (both NULL: DECK_API_ERROR_INVALID, nothing sent). */
void           deck_client_update_custom_tag_async  (DeckClient          *self,
                                                     const char          *id,
                                                     const char          *label,
                                                     const char          *description,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
DeckCustomTag *deck_client_update_custom_tag_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void           deck_client_delete_custom_tag_async  (DeckClient          *self,
                                                     const char          *id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean       deck_client_delete_custom_tag_finish (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
/* POST /custom-tags/toggle-resource: assign (or remove) @tag_ids on the accounts
 * @emails. Either list empty: TRUE, nothing sent. */
void           deck_client_tag_accounts_async       (DeckClient          *self,
                                                     const char * const  *tag_ids,
                                                     const char * const  *emails,
                                                     gboolean             assign,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean       deck_client_tag_accounts_finish      (DeckClient          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
