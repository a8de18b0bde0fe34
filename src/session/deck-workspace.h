/* deck-workspace.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-client.h"
#include "deck-account.h"
#include "deck-custom-tag.h"
#include "deck-campaign.h"
#include "deck-lead-list.h"
#include "deck-lead-label.h"

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE (deck_workspace_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspace, deck_workspace, DECK, WORKSPACE, GObject)

/* One API key = one workspace: its client (with its own rate budget) and its list
 * models. The UI binds to the models and asks the workspace to (re)load them. */
DeckWorkspace *deck_workspace_new                  (DeckClient          *client,
                                                    const char          *label);
DeckClient    *deck_workspace_get_client           (DeckWorkspace       *self);
const char    *deck_workspace_get_label            (DeckWorkspace       *self);

/* A GListModel of DeckAccount; stays the same object across reloads. */
GListModel    *deck_workspace_get_accounts         (DeckWorkspace       *self);
/* TRUE while a load runs; "accounts-loading" notifies. */
gboolean       deck_workspace_get_accounts_loading (DeckWorkspace       *self);
/* The error of the last load, or NULL. */
const GError  *deck_workspace_get_accounts_error   (DeckWorkspace       *self);
/* (Re)loads every account page by page. Accounts already in the model are updated in
 * place (same objects) and new ones appended, so selection and scroll position
 * survive; accounts the server no longer has are removed at the end. */
void           deck_workspace_load_accounts_async  (DeckWorkspace       *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean       deck_workspace_load_accounts_finish (DeckWorkspace       *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* The account with @email in the model, or NULL. */
DeckAccount   *deck_workspace_lookup_account       (DeckWorkspace       *self,
                                                    const char          *email);
/* Puts a fresh server answer for one account (from an action, a PATCH, a GET) into
 * the model: the account with the same email is updated in place
 * (deck_account_update_from_account), so rows and selection stay. Returns that
 * object, or NULL when the model has no account with this email. */
DeckAccount   *deck_workspace_update_account       (DeckWorkspace       *self,
                                                    DeckAccount         *fresh);
/* As update_account, but appends @account when the model does not hold its email yet
 * (a created account). Returns the object in the model. */
DeckAccount   *deck_workspace_add_account          (DeckWorkspace       *self,
                                                    DeckAccount         *account);
/* Drops the account with @email from the model; FALSE when there was none. */
gboolean       deck_workspace_remove_account       (DeckWorkspace       *self,
                                                    const char          *email);

/* A GListModel of DeckCustomTag, in the server's order; stays the same object across
 * reloads. "custom-tags-loading" and "custom-tags-error" as for the accounts. */
GListModel    *deck_workspace_get_custom_tags         (DeckWorkspace       *self);
gboolean       deck_workspace_get_custom_tags_loading (DeckWorkspace       *self);
const GError  *deck_workspace_get_custom_tags_error   (DeckWorkspace       *self);
/* (Re)loads every custom tag: known tags are updated in place, new ones appended,
 * tags the server no longer has removed. */
void           deck_workspace_load_custom_tags_async  (DeckWorkspace       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean       deck_workspace_load_custom_tags_finish (DeckWorkspace       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* The tag with @id in the model, or NULL. */
DeckCustomTag *deck_workspace_lookup_custom_tag       (DeckWorkspace       *self,
                                                       const char          *id);
/* Updates the tag with the same id in place, or appends @tag (a created tag).
 * Returns the object in the model. */
DeckCustomTag *deck_workspace_add_custom_tag          (DeckWorkspace       *self,
                                                       DeckCustomTag       *tag);
/* Drops the tag with @id from the model; FALSE when there was none. */
gboolean       deck_workspace_remove_custom_tag       (DeckWorkspace       *self,
                                                       const char          *id);

/* A GListModel of DeckCampaign, in the server's order; stays the same object across
 * reloads. "campaigns-loading" and "campaigns-error" as for the accounts. */
GListModel    *deck_workspace_get_campaigns           (DeckWorkspace       *self);
gboolean       deck_workspace_get_campaigns_loading   (DeckWorkspace       *self);
const GError  *deck_workspace_get_campaigns_error     (DeckWorkspace       *self);
/* (Re)loads every campaign page by page: known campaigns are updated in place (same
 * objects), new ones appended, campaigns the server no longer has removed at the end. */
void           deck_workspace_load_campaigns_async    (DeckWorkspace       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean       deck_workspace_load_campaigns_finish   (DeckWorkspace       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* The campaign with @id in the model, or NULL. */
DeckCampaign  *deck_workspace_lookup_campaign         (DeckWorkspace       *self,
                                                       const char          *id);
/* Puts a fresh server answer for one campaign (action, PATCH, GET) into the model:
 * the campaign with the same id is updated in place. Returns that object, or NULL
 * when the model has no campaign with this id. */
DeckCampaign  *deck_workspace_update_campaign         (DeckWorkspace       *self,
                                                       DeckCampaign        *fresh);
/* As update_campaign, but appends @campaign when its id is new (a created or
 * duplicated campaign). Returns the object in the model. */
DeckCampaign  *deck_workspace_add_campaign            (DeckWorkspace       *self,
                                                       DeckCampaign        *campaign);
/* Drops the campaign with @id from the model; FALSE when there was none. */
gboolean       deck_workspace_remove_campaign         (DeckWorkspace       *self,
                                                       const char          *id);

/* A GListModel of DeckLeadList, in the server's order; stays the same object across
 * reloads. "lead-lists-loading" / "lead-lists-error" as for the accounts. */
GListModel    *deck_workspace_get_lead_lists          (DeckWorkspace       *self);
gboolean       deck_workspace_get_lead_lists_loading  (DeckWorkspace       *self);
const GError  *deck_workspace_get_lead_lists_error    (DeckWorkspace       *self);
void           deck_workspace_load_lead_lists_async   (DeckWorkspace       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean       deck_workspace_load_lead_lists_finish  (DeckWorkspace       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
DeckLeadList  *deck_workspace_lookup_lead_list        (DeckWorkspace       *self,
                                                       const char          *id);
/* Updates the list with the same id in place, or appends @list. */
DeckLeadList  *deck_workspace_add_lead_list           (DeckWorkspace       *self,
                                                       DeckLeadList        *list);
gboolean       deck_workspace_remove_lead_list        (DeckWorkspace       *self,
                                                       const char          *id);

/* A GListModel of DeckLeadLabel (custom interest statuses), as for the lead lists;
 * "lead-labels-loading" / "lead-labels-error". */
GListModel    *deck_workspace_get_lead_labels         (DeckWorkspace       *self);
gboolean       deck_workspace_get_lead_labels_loading (DeckWorkspace       *self);
const GError  *deck_workspace_get_lead_labels_error   (DeckWorkspace       *self);
void           deck_workspace_load_lead_labels_async  (DeckWorkspace       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean       deck_workspace_load_lead_labels_finish (DeckWorkspace       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
DeckLeadLabel *deck_workspace_lookup_lead_label       (DeckWorkspace       *self,
                                                       const char          *id);
/* The label whose interest_status is @interest_status, or NULL. */
DeckLeadLabel *deck_workspace_lookup_lead_label_by_status (DeckWorkspace   *self,
                                                       int                  interest_status);
DeckLeadLabel *deck_workspace_add_lead_label          (DeckWorkspace       *self,
                                                       DeckLeadLabel       *label);
gboolean       deck_workspace_remove_lead_label       (DeckWorkspace       *self,
                                                       const char          *id);
/* Words for a lead's lt_interest_status: a known status, a custom label's name, "Lead"
 * for none, or "Unknown (n)". */
char          *deck_workspace_dup_interest_name       (DeckWorkspace       *self,
                                                       int                  interest_status);

G_END_DECLS
