/* deck-lead-export.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called on the main thread as chunks are written: @n_done of @n_total leads. */
typedef void (*DeckLeadExportProgress) (guint    n_done,
                                        guint    n_total,
                                        gpointer user_data);

/* Writes @leads (a GListModel of DeckLead: the current view) to @file as CSV
 * (RFC 4180, UTF-8, CRLF): every standard column plus one per custom variable. The
 * file is replaced only when everything was written (a cancelled or failed export
 * leaves any previous file as it was). */
void     deck_lead_export_async  (GListModel             *leads,
                                  GFile                  *file,
                                  DeckLeadExportProgress  progress,
                                  gpointer                progress_data,
                                  GCancellable           *cancellable,
                                  GAsyncReadyCallback     callback,
                                  gpointer                user_data);
/* @out_n_written (optional): the number of leads written. */
gboolean deck_lead_export_finish (GAsyncResult           *result,
                                  guint                  *out_n_written,
                                  GError                **error);

G_END_DECLS
