/* deck-admin-workspace-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"
#include "deck-workspace-info.h"
#include "deck-workspace-plan.h"

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_WORKSPACE_PAGE (deck_admin_workspace_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminWorkspacePage, deck_admin_workspace_page, DECK, ADMIN_WORKSPACE_PAGE, AdwBin)

/* The workspace's details (name editable) and its plan in words. Actions:
 * "workspace.reload"; "workspace.rename" ("s": the new name; PATCHes only the name,
 * also the name row's apply button). */
GtkWidget         *deck_admin_workspace_page_new            (void);

DeckWorkspace     *deck_admin_workspace_page_get_workspace  (DeckAdminWorkspacePage *self);
void               deck_admin_workspace_page_set_workspace  (DeckAdminWorkspacePage *self,
                                                             DeckWorkspace          *workspace);
void               deck_admin_workspace_page_reload         (DeckAdminWorkspacePage *self);

/* "loading", "error" or "results"; "state" notifies. */
const char        *deck_admin_workspace_page_get_state      (DeckAdminWorkspacePage *self);
/* What the server last said (NULL before it answered, or when it refused). */
DeckWorkspaceInfo *deck_admin_workspace_page_get_info       (DeckAdminWorkspacePage *self);
DeckWorkspacePlan *deck_admin_workspace_page_get_plan       (DeckAdminWorkspacePage *self);
/* For tests: the last toast, whether an operation runs, the name row. */
const char        *deck_admin_workspace_page_get_last_toast (DeckAdminWorkspacePage *self);
gboolean           deck_admin_workspace_page_get_busy       (DeckAdminWorkspacePage *self);
AdwEntryRow       *deck_admin_workspace_page_get_name_row   (DeckAdminWorkspacePage *self);

G_END_DECLS
