/* deck-workspace-info.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE_INFO (deck_workspace_info_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspaceInfo, deck_workspace_info, DECK, WORKSPACE_INFO, GObject)

/* The spec's Workspace (GET /api/v2/workspaces/current). Each field is a read-only
 * property named after it. */
DeckWorkspaceInfo  *deck_workspace_info_new_from_json                (JsonObject        *object,
                                                                      GError            **error);
gboolean            deck_workspace_info_update_from_json             (DeckWorkspaceInfo *self,
                                                                      JsonObject        *object,
                                                                      GError            **error);

const char         *deck_workspace_info_get_id                       (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_name                     (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_owner                    (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id                  (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id_bundle           (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id_leadfinder       (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id_crm              (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id_website_visitor  (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_plan_id_inbox_placement  (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_org_logo_url             (DeckWorkspaceInfo *self);
const char         *deck_workspace_info_get_org_client_domain        (DeckWorkspaceInfo *self);
GDateTime          *deck_workspace_info_get_timestamp_created        (DeckWorkspaceInfo *self);
GDateTime          *deck_workspace_info_get_timestamp_updated        (DeckWorkspaceInfo *self);
GDateTime          *deck_workspace_info_get_scheduled_for_removal_at (DeckWorkspaceInfo *self);

G_END_DECLS
