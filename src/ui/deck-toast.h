/* deck-toast.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The pages' toasts. Each page keeps the last toast's title in a string of its own
 * (@last_toast, may be NULL) so tests can read it without a window. */

/* Shows @title on the nearest AdwToastOverlay above @page (nothing when there is
 * none: a page on its own, in tests). */
void      deck_toast_show         (GtkWidget     *page,
                                   const char    *title,
                                   char         **last_toast);
/* The same for a failure, shown for longer: "@what: <the error in plain words>".
 * *@last_toast gets the untranslated "@what: reason". */
void      deck_toast_show_error   (GtkWidget     *page,
                                   const char    *what,
                                   const GError  *error,
                                   char         **last_toast);

/* For pages that re-emit their toasts: keeps @toast's title in *@last_toast, emits
 * @signal_id (a signal of @page with the toast as only argument), then adds @toast to
 * the nearest overlay or drops it. Takes @toast. */
void      deck_toast_present      (GtkWidget     *page,
                                   AdwToast      *toast,
                                   guint          signal_id,
                                   char         **last_toast);
/* A plain-text toast "@what: <the error in plain words>" shown for @timeout seconds. */
AdwToast *deck_toast_new_error    (const char    *what,
                                   const GError  *error,
                                   guint          timeout);

G_END_DECLS
