/* deck-group-member.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_GROUP_MEMBER (deck_group_member_get_type ())
G_DECLARE_FINAL_TYPE (DeckGroupMember, deck_group_member, DECK, GROUP_MEMBER, GObject)

/* The spec's WorkspaceGroupMember: a sub-workspace of this (admin) workspace. Each
 * field is a read-only property named after it. */
DeckGroupMember  *deck_group_member_new_from_json            (JsonObject      *object,
                                                              GError          **error);
gboolean          deck_group_member_update_from_json         (DeckGroupMember *self,
                                                              JsonObject      *object,
                                                              GError          **error);

const char       *deck_group_member_get_id                   (DeckGroupMember *self);
const char       *deck_group_member_get_admin_workspace_id   (DeckGroupMember *self);
const char       *deck_group_member_get_sub_workspace_id     (DeckGroupMember *self);
const char       *deck_group_member_get_status               (DeckGroupMember *self);
GDateTime        *deck_group_member_get_timestamp_created    (DeckGroupMember *self);
GDateTime        *deck_group_member_get_timestamp_updated    (DeckGroupMember *self);
const char       *deck_group_member_get_sub_workspace_name   (DeckGroupMember *self);
const char       *deck_group_member_get_admin_workspace_name (DeckGroupMember *self);

/* The sub-workspace's name when the server sent it, else its id. */
const char       *deck_group_member_get_display_name         (DeckGroupMember *self);
/* "Invited, not answered yet", "Joined", "Declined" for pending, accepted, rejected. */
char             *deck_group_member_status_to_string         (const char      *status);

G_END_DECLS
