/* deck-workspace-switcher.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace-list.h"

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE_SWITCHER (deck_workspace_switcher_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspaceSwitcher, deck_workspace_switcher, DECK, WORKSPACE_SWITCHER, AdwBin)

/* The sidebar header's menu button: the current workspace's label, and a popover that
 * lists the workspaces (choosing one activates "win.switch-workspace" with its uid)
 * above "Add Workspace…", "Rename Workspace…" and "Remove Workspace…" (the window's
 * win.add-workspace, win.rename-workspace, win.remove-workspace). */
GtkWidget         *deck_workspace_switcher_new                (void);
DeckWorkspaceList *deck_workspace_switcher_get_workspace_list (DeckWorkspaceSwitcher *self);
void               deck_workspace_switcher_set_workspace_list (DeckWorkspaceSwitcher *self,
                                                               DeckWorkspaceList     *list);
/* For tests. */
GtkMenuButton     *deck_workspace_switcher_get_button         (DeckWorkspaceSwitcher *self);
GtkListBox        *deck_workspace_switcher_get_list_box       (DeckWorkspaceSwitcher *self);

G_END_DECLS
