/* deck-window-actions.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-window"

#include "config.h"

#include "deck-window-private.h"

static void
refresh_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DeckWindow *self = user_data;

  deck_accounts_page_reload (self->accounts_page);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  DeckWindow *self = user_data;

  /* Ctrl+F opens the search, or moves the focus back into it. */
  deck_accounts_page_set_search_mode (self->accounts_page, TRUE);
}

static const GActionEntry win_actions[] = {
  { "refresh", refresh_action },
  { "search", search_action },
};

void
deck_window_install_actions (DeckWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  deck_window_update_actions (self);
}

void
deck_window_update_actions (DeckWindow *self)
{
  gboolean connected = self->workspace != NULL;
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "refresh");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), connected);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "search");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), connected);
}
