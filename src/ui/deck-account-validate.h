/* deck-account-validate.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Form checks shared by the account editor and the add dialog: plain functions so
 * the rules are tested without widgets. */
gboolean deck_account_email_is_valid (const char  *text);
/* Non-empty, no white space, only host name characters. */
gboolean deck_account_host_is_valid  (const char  *text);
/* A whole number in [min, max] written in @text (white space around allowed). */
gboolean deck_account_parse_number   (const char  *text,
                                      gint64       min,
                                      gint64       max,
                                      gint64      *out,
                                      GError     **error);

G_END_DECLS
