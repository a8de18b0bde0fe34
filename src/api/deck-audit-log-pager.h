/* deck-audit-log-pager.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-client.h"

G_BEGIN_DECLS

#define DECK_TYPE_AUDIT_LOG_PAGER (deck_audit_log_pager_get_type ())
G_DECLARE_FINAL_TYPE (DeckAuditLogPager, deck_audit_log_pager, DECK, AUDIT_LOG_PAGER, GObject)

/* The audit log grows without bound, so unlike DeckPager this one loads a page only
 * when asked ("load more", infinite scroll). One page is up to 1000 records, the
 * largest limit the spec allows for GET /api/v2/audit-logs. Made by
 * deck_client_list_audit_log(). */
DeckAuditLogPager *deck_audit_log_pager_new             (DeckClient          *client,
                                                         const char          *path);

/* 1 to 1000; 100 by default. */
void               deck_audit_log_pager_set_page_size   (DeckAuditLogPager   *self,
                                                         guint                limit);

/* A GListModel of DeckAuditLogEntry, newest first as the server sends them. */
GListModel        *deck_audit_log_pager_get_model       (DeckAuditLogPager   *self);
/* FALSE once the server sent no cursor (also after a repeated cursor or an empty
 * page, with a logged warning); "has-more" notifies. */
gboolean           deck_audit_log_pager_get_has_more    (DeckAuditLogPager   *self);
/* TRUE while a page is in flight; "loading" notifies. */
gboolean           deck_audit_log_pager_get_loading     (DeckAuditLogPager   *self);

/* Fetches the next page and appends it to the model. Does nothing (and finishes
 * TRUE) when there is no more. Cancelling leaves the model as it was. */
void               deck_audit_log_pager_load_more_async (DeckAuditLogPager   *self,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean           deck_audit_log_pager_load_more_finish (DeckAuditLogPager  *self,
                                                          GAsyncResult       *result,
                                                          GError            **error);

G_END_DECLS
