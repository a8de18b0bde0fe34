/* deck-admin-members-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_MEMBERS_PAGE (deck_admin_members_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminMembersPage, deck_admin_members_page, DECK, ADMIN_MEMBERS_PAGE, AdwBin)

/* The workspace's members with their role and whether they joined. Actions:
 * "members.reload"; "members.invite-dialog" asks for an email and a role;
 * "members.invite" ("(ss)": email, role) sends the invitation; "members.set-role"
 * ("(ss)": member id, role) changes a role (also each row's role list);
 * "members.remove" ("s": member id) asks, then removes. */
GtkWidget     *deck_admin_members_page_new            (void);

DeckWorkspace *deck_admin_members_page_get_workspace  (DeckAdminMembersPage *self);
void           deck_admin_members_page_set_workspace  (DeckAdminMembersPage *self,
                                                       DeckWorkspace        *workspace);
void           deck_admin_members_page_reload         (DeckAdminMembersPage *self);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_admin_members_page_get_state      (DeckAdminMembersPage *self);
/* The members shown (DeckWorkspaceMember). */
GListModel    *deck_admin_members_page_get_model      (DeckAdminMembersPage *self);
/* For tests: the open dialog (or NULL), the last toast, whether an operation runs. */
AdwDialog     *deck_admin_members_page_get_dialog     (DeckAdminMembersPage *self);
const char    *deck_admin_members_page_get_last_toast (DeckAdminMembersPage *self);
gboolean       deck_admin_members_page_get_busy       (DeckAdminMembersPage *self);

G_END_DECLS
