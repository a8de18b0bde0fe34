/* deck-window-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-window.h"

G_BEGIN_DECLS

/* One section of the sidebar. Its page is a widget of type get_type() with a
 * "workspace" property (DeckWorkspace) that the window sets when the workspace
 * changes. */
typedef struct
{
  const char  *name;           /* also the GSettings "last-section" value */
  const char  *title;          /* N_() */
  const char  *icon_name;
  GType      (*get_type) (void);
  const char  *reload_action;  /* the page's action behind win.refresh, or NULL */
  const char  *read_scope;     /* the scope its list needs: once denied, no refresh */
  gboolean     searchable;     /* has a boolean "search-mode" property (win.search) */
} DeckWindowSection;

struct _DeckWindow
{
  AdwApplicationWindow    parent_instance;

  GSettings              *settings;
  DeckWorkspaceList      *list;
  DeckWorkspace          *initial_workspace; /* construct-only "workspace" */
  DeckWorkspaceEntry     *entry;             /* the current entry, watched */
  DeckWorkspace          *workspace;         /* what the pages show */
  GPtrArray              *pages;             /* one per deck_window_sections[] */
  const DeckWindowSection *section;          /* the section selected */
  GBinding               *search_binding;
  DeckWelcomePage        *add_page;          /* weak: inside the Add Workspace dialog */
  GCancellable           *cancellable;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkStack               *main_stack;
  DeckWelcomePage        *welcome_page;
  AdwNavigationSplitView *split_view;
  DeckWorkspaceSwitcher  *switcher;
  GtkListBox             *sections;
  AdwNavigationPage      *content_page;
  AdwWindowTitle         *content_title;
  GtkStack               *content_stack;
  AdwStatusPage          *key_status;
  GtkToggleButton        *search_button;
  GtkButton              *refresh_button;

  DeckAccountsPage       *accounts_page;
};

extern const DeckWindowSection deck_window_sections[];
extern const guint             deck_window_n_sections;

void deck_window_install_actions  (DeckWindow         *self);
void deck_window_update_actions   (DeckWindow         *self);
/* Shows the first section (Accounts) of the current workspace, content in front. */
void deck_window_land             (DeckWindow         *self);
void deck_window_present_add_dialog (DeckWindow       *self,
                                     const char       *server_url);

G_END_DECLS
