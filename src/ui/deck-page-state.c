/* deck-page-state.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-page"

#include "config.h"

#include "deck-page-state.h"

void
deck_page_state_set (gpointer      page,
                     GParamSpec   *pspec,
                     const char  **current,
                     GtkStack     *stack,
                     const char   *state)
{
  g_return_if_fail (G_IS_OBJECT (page));
  g_return_if_fail (current != NULL);
  g_return_if_fail (GTK_IS_STACK (stack));

  if (g_strcmp0 (*current, state) == 0)
    return;

  *current = state;
  gtk_stack_set_visible_child_name (stack, state);
  g_object_notify_by_pspec (G_OBJECT (page), pspec);
}

const char *
deck_page_state_for_list (gboolean ready,
                          gboolean loading,
                          gboolean loaded_once,
                          guint    n_items)
{
  if (!ready || (loading && !loaded_once))
    return "loading";
  if (!loaded_once)
    return "error";
  if (n_items == 0)
    return "empty";

  return "results";
}
