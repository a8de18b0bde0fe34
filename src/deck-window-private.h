/* deck-window-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-window.h"

G_BEGIN_DECLS

struct _DeckWindow
{
  AdwApplicationWindow    parent_instance;

  GSettings              *settings;
  DeckWorkspace          *workspace;

  /* Template widgets */
  AdwNavigationSplitView *split_view;
  GtkListBox             *sections;
  AdwNavigationPage      *content_page;
  AdwWindowTitle         *content_title;
  AdwToastOverlay        *toast_overlay;
  GtkStack               *content_stack;
  DeckAccountsPage       *accounts_page;
  GtkToggleButton        *search_button;
  GtkButton              *refresh_button;
};

void deck_window_install_actions (DeckWindow *self);
void deck_window_update_actions  (DeckWindow *self);

G_END_DECLS
