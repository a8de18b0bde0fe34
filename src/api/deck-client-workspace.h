/* deck-client-workspace.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-audit-log-pager.h"
#include "deck-api-key.h"
#include "deck-audit-log-entry.h"
#include "deck-group-member.h"
#include "deck-workspace-info.h"
#include "deck-workspace-member.h"
#include "deck-workspace-plan.h"

G_BEGIN_DECLS

/* Workspace administration: the workspace itself, its plan, API keys, members,
 * group members (sub-workspaces) and the audit log. Every call is GIO style; replies
 * are parsed and their objects built in a worker thread. Request bodies hold only the
 * fields named by the arguments. */

/* ---- the workspace (resolved from the key) */

/* GET /api/v2/workspaces/current */
void               deck_client_get_workspace_info_async    (DeckClient          *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DeckWorkspaceInfo *deck_client_get_workspace_info_finish   (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* PATCH /api/v2/workspaces/current with {"name"} only: the workspace as it now is. */
void               deck_client_rename_workspace_async      (DeckClient          *self,
                                                            const char          *name,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DeckWorkspaceInfo *deck_client_rename_workspace_finish     (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* GET /api/v2/workspace-billing/plan-details (needs workspace_billing:read). */
void               deck_client_get_plan_details_async      (DeckClient          *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DeckWorkspacePlan *deck_client_get_plan_details_finish     (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* ---- API keys */

/* A pager over GET /api/v2/api-keys filling DeckApiKey items (the server masks the
 * keys in lists; they are never read from there). */
DeckPager         *deck_client_list_api_keys               (DeckClient          *self);

/* POST /api/v2/api-keys {"name","scopes"}. The reply holds the new key: it is the
 * only time the server shows it. deck_client_create_api_key_finish() hands it out
 * through @key (never kept in the returned object, never logged); the caller shows it
 * and then frees it with deck_client_free_key(). */
void               deck_client_create_api_key_async        (DeckClient          *self,
                                                            const char          *name,
                                                            const char * const  *scopes,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DeckApiKey        *deck_client_create_api_key_finish       (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            char               **key,
                                                            GError             **error);
/* Overwrites @key before freeing it, so no copy lingers in freed memory. */
void               deck_client_free_key                    (char                *key);

/* DELETE /api/v2/api-keys/{id}: requests with that key are refused from then on. */
void               deck_client_delete_api_key_async        (DeckClient          *self,
                                                            const char          *id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean           deck_client_delete_api_key_finish       (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* ---- members */

/* A pager over GET /api/v2/workspace-members filling DeckWorkspaceMember items.
 * @search may be NULL. */
DeckPager         *deck_client_list_workspace_members      (DeckClient          *self,
                                                            const char          *search);

/* POST /api/v2/workspace-members {"email","role"}: sends an invitation. @role is one of
 * deck_workspace_member_get_assignable_roles(). */
void                 deck_client_invite_workspace_member_async  (DeckClient          *self,
                                                                 const char          *email,
                                                                 const char          *role,
                                                                 GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
DeckWorkspaceMember *deck_client_invite_workspace_member_finish (DeckClient          *self,
                                                                 GAsyncResult        *result,
                                                                 GError             **error);

/* PATCH /api/v2/workspace-members/{id} {"role"}: the member as the server now holds it
 * (a new object: update the shown one with deck_workspace_member_update_from_json or
 * by replacing it). */
void                 deck_client_set_workspace_member_role_async  (DeckClient          *self,
                                                                   const char          *id,
                                                                   const char          *role,
                                                                   GCancellable        *cancellable,
                                                                   GAsyncReadyCallback  callback,
                                                                   gpointer             user_data);
DeckWorkspaceMember *deck_client_set_workspace_member_role_finish (DeckClient          *self,
                                                                   GAsyncResult        *result,
                                                                   GError             **error);

/* DELETE /api/v2/workspace-members/{id} */
void               deck_client_remove_workspace_member_async  (DeckClient          *self,
                                                               const char          *id,
                                                               GCancellable        *cancellable,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
gboolean           deck_client_remove_workspace_member_finish (DeckClient          *self,
                                                               GAsyncResult        *result,
                                                               GError             **error);

/* ---- workspace group (this workspace as the admin of sub-workspaces) */

/* A pager over GET /api/v2/workspace-group-members filling DeckGroupMember items. */
DeckPager         *deck_client_list_group_members          (DeckClient          *self);

/* POST /api/v2/workspace-group-members {"sub_workspace_id"}: invites a sub-workspace
 * (409 when it already is in a group). */
void               deck_client_invite_group_member_async   (DeckClient          *self,
                                                            const char          *sub_workspace_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
DeckGroupMember   *deck_client_invite_group_member_finish  (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* DELETE /api/v2/workspace-group-members/{id} */
void               deck_client_remove_group_member_async   (DeckClient          *self,
                                                            const char          *id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean           deck_client_remove_group_member_finish  (DeckClient          *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* ---- audit log */

/* A load-more pager over GET /api/v2/audit-logs. @activity_type 0 means any type;
 * @search, @start and @end may be NULL (dates are sent as UTC ISO 8601). */
DeckAuditLogPager *deck_client_list_audit_log              (DeckClient          *self,
                                                            int                  activity_type,
                                                            const char          *search,
                                                            GDateTime           *start,
                                                            GDateTime           *end);

G_END_DECLS
