/* deck-page-state.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The pages' "state" property ("loading", "error", "empty", "results", …), which is
 * also the name of the GtkStack child that shows it. */

/* Keeps @state (a static string) in *@current and shows that child of @stack;
 * notifies @pspec on @page only when the state changes. */
void        deck_page_state_set       (gpointer      page,
                                       GParamSpec   *pspec,
                                       const char  **current,
                                       GtkStack     *stack,
                                       const char   *state);

/* The state of a page that shows one list: "loading" while it cannot load yet
 * (!@ready) or loads for the first time, "error" when that first load failed,
 * then "empty" or "results" by @n_items. */
const char *deck_page_state_for_list  (gboolean      ready,
                                       gboolean      loading,
                                       gboolean      loaded_once,
                                       guint         n_items);

G_END_DECLS
