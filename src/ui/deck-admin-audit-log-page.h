/* deck-admin-audit-log-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ADMIN_AUDIT_LOG_PAGE (deck_admin_audit_log_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckAdminAuditLogPage, deck_admin_audit_log_page, DECK, ADMIN_AUDIT_LOG_PAGE, AdwBin)

/* The workspace's audit log as a table (time in local time, activity in words, who,
 * details), filtered by activity type and a range of days, loaded a page at a time
 * (the Load More button, or scrolling to the end). Actions: "audit-log.reload",
 * "audit-log.load-more", "audit-log.clear-filters". */
GtkWidget     *deck_admin_audit_log_page_new            (void);

DeckWorkspace *deck_admin_audit_log_page_get_workspace  (DeckAdminAuditLogPage *self);
void           deck_admin_audit_log_page_set_workspace  (DeckAdminAuditLogPage *self,
                                                         DeckWorkspace         *workspace);
/* Fetches the log again from its first page. */
void           deck_admin_audit_log_page_reload         (DeckAdminAuditLogPage *self);
void           deck_admin_audit_log_page_load_more      (DeckAdminAuditLogPage *self);

/* @activity_type 0 = any; @first_day and @last_day (local dates, may be NULL) bound the
 * range, both days included. Changing the filter fetches the log again. */
void           deck_admin_audit_log_page_set_filter     (DeckAdminAuditLogPage *self,
                                                         int                    activity_type,
                                                         GDateTime             *first_day,
                                                         GDateTime             *last_day);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_admin_audit_log_page_get_state      (DeckAdminAuditLogPage *self);
/* The records shown (DeckAuditLogEntry). */
GListModel    *deck_admin_audit_log_page_get_model      (DeckAdminAuditLogPage *self);
gboolean       deck_admin_audit_log_page_get_busy       (DeckAdminAuditLogPage *self);
gboolean       deck_admin_audit_log_page_get_has_more   (DeckAdminAuditLogPage *self);
GtkColumnView *deck_admin_audit_log_page_get_column_view (DeckAdminAuditLogPage *self);

G_END_DECLS
