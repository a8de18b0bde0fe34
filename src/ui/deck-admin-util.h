/* deck-admin-util.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Small pieces the workspace administration pages share. */

/* Shows @title as a toast on the nearest AdwToastOverlay above @widget (the window's);
 * does nothing when there is none (a page on its own, in tests). */
void        deck_admin_toast                (GtkWidget     *widget,
                                             const char    *title);
/* The same for a failure: "@what: <the error in plain words>". */
void        deck_admin_toast_error          (GtkWidget     *widget,
                                             const char    *what,
                                             const GError  *error);

/* Local time, for a person: "3 Mar 2026, 14:05" and "3 Mar 2026"; "—" for NULL. */
char       *deck_admin_format_date_time     (GDateTime     *date_time);
char       *deck_admin_format_date          (GDateTime     *date_time);

/* Fills an error status page from @error (title and plain-words description). */
void        deck_admin_status_set_error     (AdwStatusPage *page,
                                             const GError  *error);

/* How a list page's load ended: a success sets *@loaded_once; a failure fills
 * @error_page when nothing was ever shown, or else says @refresh_failed ("Could not
 * refresh the members") in an error toast, kept in *@last_toast. TRUE on success. */
gboolean    deck_admin_list_load_done       (GtkWidget     *page,
                                             AdwStatusPage *error_page,
                                             const GError  *error,
                                             const char    *refresh_failed,
                                             gboolean      *loaded_once,
                                             char         **last_toast);

/* An AdwAlertDialog that asks before something is lost: Cancel (the default) and
 * @confirm_label (destructive, response id "confirm"). @callback is connected to
 * "response" (an AdwAlertDialog, the response id, @object) for as long as @object
 * lives. */
AdwDialog  *deck_admin_confirm_dialog_new   (const char    *heading,
                                             const char    *body,
                                             const char    *confirm_label,
                                             GCallback      callback,
                                             gpointer       object);

G_END_DECLS
