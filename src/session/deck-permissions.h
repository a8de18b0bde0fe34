/* deck-permissions.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_PERMISSIONS (deck_permissions_get_type ())
G_DECLARE_FINAL_TYPE (DeckPermissions, deck_permissions, DECK, PERMISSIONS, GObject)

/*
 * DeckPermissions: what the API key of one workspace turned out NOT to be allowed to
 * do. Instantly's keys carry scopes ("accounts:update", "workspaces:read", …; see
 * CATALOG.md §1) and answer 403 for an operation outside them. A page records such a
 * 403 once; from then on the action shows as unavailable in that workspace instead of
 * failing again. Nothing is known in advance: every scope is allowed until a 403
 * says otherwise. Kept in memory for the life of the workspace's key.
 *
 * Usage in a page:
 *
 *   if (!deck_workspace_permissions_allows (ws, "accounts:update"))
 *     … show the action as unavailable (insensitive, with the tooltip from
 *       deck_permissions_describe_denied ("accounts:update")) …
 *
 *   deck_client_pause_account_finish (…, &error);
 *   if (deck_workspace_permissions_record_error (ws, "accounts:update", error))
 *     … the key lacks the scope: say so with deck_permissions_describe_denied () …
 *
 * and connect to "denied" (detailed by the scope, e.g. "denied::accounts:update") on
 * deck_permissions_get_for_workspace (ws) to update the actions.
 */

/* The permissions of @workspace's key, created on first use (transfer none; lives as
 * long as @workspace). */
DeckPermissions *deck_permissions_get_for_workspace      (DeckWorkspace   *workspace);

DeckPermissions *deck_permissions_new                    (void);
/* FALSE once a 403 was recorded for @scope. */
gboolean         deck_permissions_allows                 (DeckPermissions *self,
                                                          const char      *scope);
/* Marks @scope as denied; emits "denied" the first time. */
void             deck_permissions_deny                   (DeckPermissions *self,
                                                          const char      *scope);
/* If @error is DECK_API_ERROR_FORBIDDEN, denies @scope and returns TRUE; otherwise
 * returns FALSE (NULL is allowed). */
gboolean         deck_permissions_record_error           (DeckPermissions *self,
                                                          const char      *scope,
                                                          const GError    *error);
/* The denied scopes, sorted (for display and tests). */
GStrv            deck_permissions_dup_denied             (DeckPermissions *self);

/* Shorthands on the workspace's permissions. */
gboolean         deck_workspace_permissions_allows       (DeckWorkspace   *workspace,
                                                          const char      *scope);
gboolean         deck_workspace_permissions_record_error (DeckWorkspace   *workspace,
                                                          const char      *scope,
                                                          const GError    *error);

/* "change email accounts": what a scope allows, in words (the scope itself for a
 * resource we have no words for). */
char            *deck_permissions_describe_scope         (const char      *scope);
/* One sentence for a person: which permission the key lacks and how to get it. */
char            *deck_permissions_describe_denied        (const char      *scope);

G_END_DECLS
