/* deck-client-leads.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-lead.h"
#include "deck-background-job.h"

G_BEGIN_DECLS

/* ---- which leads: the filter object of POST /leads/list (also used by /leads/move
 * and /leads/bulk-assign). Every member is optional (NULL / FALSE = not sent). */
typedef struct
{
  char    *search;        /* server-side search (email, names, company) */
  char    *filter;        /* "FILTER_VAL_CONTACTED", "FILTER_LEAD_INTERESTED", … */
  char    *campaign;      /* campaign id */
  char    *list_id;       /* lead list id */
  gboolean in_campaign;   /* only leads that are in a campaign */
  gboolean in_list;       /* only leads that are in a list */
  GStrv    ids;           /* these leads only (needs campaign or list_id for /move) */
  GStrv    excluded_ids;
  GStrv    contacts;      /* emails */
} DeckLeadQuery;

#define DECK_TYPE_LEAD_QUERY (deck_lead_query_get_type ())
GType          deck_lead_query_get_type (void) G_GNUC_CONST;
DeckLeadQuery *deck_lead_query_new      (void);
DeckLeadQuery *deck_lead_query_copy     (const DeckLeadQuery *query);
void           deck_lead_query_free     (DeckLeadQuery       *query);
/* The members that are set, as the spec names them (a new object). */
JsonObject    *deck_lead_query_to_json  (const DeckLeadQuery *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckLeadQuery, deck_lead_query_free)

/* POST /api/v2/leads/list, cursor in the body; a pager of DeckLead whose pages are
 * parsed in a worker thread. @query may be NULL (every lead of the workspace). */
DeckPager     *deck_client_list_leads   (DeckClient          *self,
                                         const DeckLeadQuery *query);

void           deck_client_get_lead_async      (DeckClient          *self,
                                                const char          *id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckLead      *deck_client_get_lead_finish     (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* POST /leads with @body (campaign or list_id, email, names, custom_variables,
 * skip_if_* …; the caller builds it from only what the user set). */
void           deck_client_create_lead_async   (DeckClient          *self,
                                                JsonObject          *body,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckLead      *deck_client_create_lead_finish  (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* PATCH /leads/{id} with exactly @changes (contact fields, lt_interest_status,
 * pl_value_lead, assigned_to, custom_variables). Custom variable values must be
 * scalars: anything else fails with DECK_API_ERROR_INVALID before any request. */
void           deck_client_patch_lead_async    (DeckClient          *self,
                                                const char          *id,
                                                JsonObject          *changes,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckLead      *deck_client_patch_lead_finish   (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

void           deck_client_delete_lead_async   (DeckClient          *self,
                                                const char          *id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       deck_client_delete_lead_finish  (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* DELETE /leads (JSON body): the leads @ids (split into as many requests as the spec's
 * limits need) of @campaign_id or @list_id (exactly one non-NULL), or, with @ids NULL,
 * every lead there (optionally only those with @status; 0 = any). The total count the
 * server reports deleted. */
void           deck_client_delete_leads_async  (DeckClient          *self,
                                                const char          *campaign_id,
                                                const char          *list_id,
                                                const char * const  *ids,
                                                int                  status,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       deck_client_delete_leads_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                guint64             *out_count,
                                                GError             **error);

/* POST /leads/merge: @lead_id is merged into @destination_lead_id; the merged lead. */
void           deck_client_merge_leads_async   (DeckClient          *self,
                                                const char          *lead_id,
                                                const char          *destination_lead_id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
DeckLead      *deck_client_merge_leads_finish  (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* POST /leads/update-interest-status (202: the server runs it as a background job).
 * @interest_value DECK_LEAD_INTEREST_NONE resets it (null). @campaign_id / @list_id
 * may be NULL. */
void           deck_client_update_interest_status_async  (DeckClient          *self,
                                                          const char          *lead_email,
                                                          int                  interest_value,
                                                          const char          *campaign_id,
                                                          const char          *list_id,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean       deck_client_update_interest_status_finish (DeckClient          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

/* POST /leads/subsequence/move ({id, subsequence_id}) and /leads/subsequence/remove
 * ({id}, @subsequence_id NULL): the lead as it now is. */
void           deck_client_set_lead_subsequence_async  (DeckClient          *self,
                                                        const char          *lead_id,
                                                        const char          *subsequence_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
DeckLead      *deck_client_set_lead_subsequence_finish (DeckClient          *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* POST /leads/bulk-assign (202): the leads @query selects go to @user_ids. */
void           deck_client_assign_leads_async  (DeckClient          *self,
                                                const DeckLeadQuery *query,
                                                const char * const  *user_ids,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       deck_client_assign_leads_finish (DeckClient          *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* POST /leads/move: the leads @query selects go (or, with @copy, are copied) to
 * @to_campaign_id or @to_list_id (exactly one). Finishes with the background job the
 * server started; follow it with deck_client_follow_job_async (deck-client-accounts.h)
 * to its end and read its counts from deck_background_job_get_data(). */
void               deck_client_move_leads_async  (DeckClient          *self,
                                                  const DeckLeadQuery *query,
                                                  const char          *to_campaign_id,
                                                  const char          *to_list_id,
                                                  gboolean             copy,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
DeckBackgroundJob *deck_client_move_leads_finish (DeckClient          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* ---- POST /leads/add: many leads at once */
typedef enum
{
  DECK_LEAD_ADD_SKIP_IF_IN_WORKSPACE = 1 << 0,
  DECK_LEAD_ADD_SKIP_IF_IN_CAMPAIGN  = 1 << 1,
  DECK_LEAD_ADD_SKIP_IF_IN_LIST      = 1 << 2,
  DECK_LEAD_ADD_VERIFY_ON_IMPORT     = 1 << 3,
} DeckLeadAddFlags;

/* The server's counts, summed over every batch. created_leads holds one entry per
 * created lead: its index in the caller's array (not the batch's), id and email. */
typedef struct
{
  guint      total_sent;
  guint      leads_uploaded;
  guint      in_blocklist;
  guint      duplicated_leads;
  guint      skipped_count;
  guint      invalid_email_count;
  guint      incomplete_count;
  guint      duplicate_email_count;
  gint64     remaining_in_plan;     /* -1 when the server did not say */
  guint      n_batches_done;
  GPtrArray *created_leads;         /* DeckLeadAddCreated * */
} DeckLeadAddResult;

typedef struct
{
  guint  index;
  char  *id;
  char  *email;
} DeckLeadAddCreated;

#define DECK_TYPE_LEAD_ADD_RESULT (deck_lead_add_result_get_type ())
GType              deck_lead_add_result_get_type (void) G_GNUC_CONST;
DeckLeadAddResult *deck_lead_add_result_new      (void);
DeckLeadAddResult *deck_lead_add_result_copy     (const DeckLeadAddResult *result);
void               deck_lead_add_result_free     (DeckLeadAddResult       *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckLeadAddResult, deck_lead_add_result_free)

/* Called on the main thread after each batch: @n_done of @n_total leads sent. */
typedef void (*DeckLeadAddProgress) (guint                    n_done,
                                     guint                    n_total,
                                     const DeckLeadAddResult *so_far,
                                     gpointer                 user_data);

/* Sends @leads (JsonObjects with only the spec's lead fields) to @campaign_id or
 * @list_id (exactly one) in batches of at most 1,000, one batch after another.
 * Cancelling stops after the batch in flight: the finish then fails with
 * G_IO_ERROR_CANCELLED and @out_partial (if not NULL) receives the counts of the batches
 * that completed, so a re-run with the skip flags does not create duplicates. */
void               deck_client_add_leads_async   (DeckClient          *self,
                                                  const char          *campaign_id,
                                                  const char          *list_id,
                                                  JsonArray           *leads,
                                                  DeckLeadAddFlags     flags,
                                                  DeckLeadAddProgress  progress,
                                                  gpointer             progress_data,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
DeckLeadAddResult *deck_client_add_leads_finish  (DeckClient          *self,
                                                  GAsyncResult        *result,
                                                  DeckLeadAddResult  **out_partial,
                                                  GError             **error);

/* ---- background jobs: GET /background-jobs (newest first), a pager of
 * DeckBackgroundJob; @status may be NULL. */
DeckPager         *deck_client_list_background_jobs (DeckClient *self,
                                                     const char *status);

G_END_DECLS
