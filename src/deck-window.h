/* deck-window.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-application.h"
#include "deck-accounts-page.h"
#include "deck-welcome-page.h"
#include "deck-workspace.h"
#include "deck-workspace-list.h"
#include "deck-workspace-switcher.h"

G_BEGIN_DECLS

#define DECK_TYPE_WINDOW (deck_window_get_type ())
G_DECLARE_FINAL_TYPE (DeckWindow, deck_window, DECK, WINDOW, AdwApplicationWindow)

/* A window showing @workspace alone (a transient entry in a list of its own), or,
 * with @workspace NULL, the application's workspace list (an empty one without
 * @application). @application may be NULL. */
DeckWindow         *deck_window_new                 (DeckApplication   *application,
                                                     DeckWorkspace     *workspace);
/* A window over @list: the sidebar's switcher lists it, the content shows its current
 * workspace, and the welcome page shows while it is empty. */
DeckWindow         *deck_window_new_for_list        (DeckApplication   *application,
                                                     DeckWorkspaceList *list);
DeckWorkspaceList  *deck_window_get_workspace_list  (DeckWindow        *self);
/* The workspace the pages show: the current entry's, once its key is known; or NULL. */
DeckWorkspace      *deck_window_get_workspace       (DeckWindow        *self);
DeckAccountsPage   *deck_window_get_accounts_page   (DeckWindow        *self);
/* The page of a sidebar section ("accounts", …), or NULL. */
GtkWidget          *deck_window_get_section_page    (DeckWindow        *self,
                                                     const char        *section);
/* What the window shows: "welcome" (no workspace yet), "unlocking" (the current
 * workspace's key is being read), "no-key" (the keyring has none, or did not answer),
 * or the name of the section shown ("accounts", …). */
const char         *deck_window_get_visible_section (DeckWindow        *self);
void                deck_window_add_toast           (DeckWindow        *self,
                                                     AdwToast          *toast);

/* For tests. */
DeckWelcomePage       *deck_window_get_welcome_page (DeckWindow        *self);
DeckWorkspaceSwitcher *deck_window_get_switcher     (DeckWindow        *self);
/* The "Add Workspace" dialog's page while it is open, or NULL. */
DeckWelcomePage       *deck_window_get_add_page     (DeckWindow        *self);
/* Opens "Add Workspace" with @key filled in, on the current workspace's server: for a
 * key just created on the API Keys page. The key stays in the form only. */
void                   deck_window_add_workspace_with_key (DeckWindow *self,
                                                           const char *key);

G_END_DECLS
