/* deck-workspace-member.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE_MEMBER (deck_workspace_member_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspaceMember, deck_workspace_member, DECK, WORKSPACE_MEMBER, GObject)

/* The spec's WorkspaceMember. Each field is a read-only property named after it. */
DeckWorkspaceMember  *deck_workspace_member_new_from_json         (JsonObject          *object,
                                                                   GError              **error);
gboolean              deck_workspace_member_update_from_json      (DeckWorkspaceMember *self,
                                                                   JsonObject          *object,
                                                                   GError              **error);

const char           *deck_workspace_member_get_id                (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_email             (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_user_id           (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_user_email        (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_nickname          (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_first_name        (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_last_name         (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_role              (DeckWorkspaceMember *self);
GDateTime            *deck_workspace_member_get_timestamp_created (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_workspace_id      (DeckWorkspaceMember *self);
gboolean              deck_workspace_member_get_accepted          (DeckWorkspaceMember *self);
const char           *deck_workspace_member_get_issuer_id         (DeckWorkspaceMember *self);
/* Copies every field of @other (a fresher answer for the same member) into @self, in
 * place, one notify per change. Returns FALSE (changing nothing) for another id. */
gboolean              deck_workspace_member_update_from_member   (DeckWorkspaceMember *self,
                                                                  DeckWorkspaceMember *other);

/* "First Last", or the email when the member has no name yet. */
char                 *deck_workspace_member_dup_display_name     (DeckWorkspaceMember *self);

/* Roles by the spec's enum: "owner", "admin", "editor", "view", "client". Owner is
 * only ever the workspace's creator and client is not available in the API, so the
 * roles a person may give are admin, editor and view. */
const char * const   *deck_workspace_member_get_assignable_roles (void);
/* "Admin", "Editor", …; "Unknown (role)" for a role this version does not know. */
char                 *deck_workspace_member_role_to_string       (const char          *role);
/* One sentence on what the role may do. */
const char           *deck_workspace_member_role_describe        (const char          *role);

G_END_DECLS
