/* deck-test-util.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Iterates the default main context until *@flag is TRUE, failing the test after
 * @timeout_ms. */
void      deck_test_wait_for_flag     (gboolean     *flag,
                                       guint         timeout_ms);
/* Runs an async call to completion: pass deck_test_store_result as the callback and
 * &res as its user data, then call deck_test_wait_result (&res, 10000). */
void      deck_test_store_result      (GObject      *source,
                                       GAsyncResult *result,
                                       gpointer      user_data);
GAsyncResult *deck_test_wait_result   (GAsyncResult **res,
                                       guint          timeout_ms);
/* gtk_init_check() for UI tests. FALSE (the test may skip) only when there is no
 * display at all; with DISPLAY or WAYLAND_DISPLAY set, a display that does not open is
 * retried for a while and then fails the test, so a busy Xvfb never turns a UI test
 * into a silent skip. */
gboolean  deck_test_init_gtk          (void);

G_END_DECLS
