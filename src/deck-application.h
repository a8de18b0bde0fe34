/* deck-application.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"
#include "deck-workspace-list.h"

G_BEGIN_DECLS

#define DECK_TYPE_APPLICATION (deck_application_get_type ())
G_DECLARE_FINAL_TYPE (DeckApplication, deck_application, DECK, APPLICATION, AdwApplication)

DeckApplication *deck_application_new           (void);
/* The workspace shown: the current one of the workspace list once its key is
 * known (--demo, INSTANTLY_API_KEY, or a stored workspace), or NULL. */
DeckWorkspace   *deck_application_get_workspace (DeckApplication *self);
/* The workspaces (stored ones, plus a transient one for --demo or INSTANTLY_API_KEY);
 * NULL before the first activation. */
DeckWorkspaceList *deck_application_get_workspace_list (DeckApplication *self);

/* A transient entry for the built-in demo workspace, with its own embedded mock
 * server (stopped when the entry goes). */
DeckWorkspaceEntry *deck_application_create_demo_entry (GError **error);

G_END_DECLS
