/* deck-admin-group-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_GROUP_PAGE (deck_admin_group_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminGroupPage, deck_admin_group_page, DECK, ADMIN_GROUP_PAGE, AdwBin)

/* The workspace group: the sub-workspaces this workspace manages. Actions:
 * "group.reload"; "group.invite" ("s": the sub-workspace's id); "group.remove" ("s":
 * the group member's id) asks, then removes. */
GtkWidget     *deck_admin_group_page_new            (void);

DeckWorkspace *deck_admin_group_page_get_workspace  (DeckAdminGroupPage *self);
void           deck_admin_group_page_set_workspace  (DeckAdminGroupPage *self,
                                                     DeckWorkspace      *workspace);
void           deck_admin_group_page_reload         (DeckAdminGroupPage *self);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_admin_group_page_get_state      (DeckAdminGroupPage *self);
/* The group members shown (DeckGroupMember). */
GListModel    *deck_admin_group_page_get_model      (DeckAdminGroupPage *self);
/* For tests: the open dialog (or NULL), the last toast, whether an operation runs. */
AdwDialog     *deck_admin_group_page_get_dialog     (DeckAdminGroupPage *self);
const char    *deck_admin_group_page_get_last_toast (DeckAdminGroupPage *self);
gboolean       deck_admin_group_page_get_busy       (DeckAdminGroupPage *self);

G_END_DECLS
