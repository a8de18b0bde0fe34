/* deck-audit-log-entry.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_AUDIT_LOG_ENTRY (deck_audit_log_entry_get_type ())
G_DECLARE_FINAL_TYPE (DeckAuditLogEntry, deck_audit_log_entry, DECK, AUDIT_LOG_ENTRY, GObject)

/* The spec's AuditLog record. Each field is a read-only property named after it. */
DeckAuditLogEntry  *deck_audit_log_entry_new_from_json          (JsonObject        *object,
                                                                 GError            **error);
gboolean            deck_audit_log_entry_update_from_json       (DeckAuditLogEntry *self,
                                                                 JsonObject        *object,
                                                                 GError            **error);

const char         *deck_audit_log_entry_get_id                 (DeckAuditLogEntry *self);
GDateTime          *deck_audit_log_entry_get_timestamp          (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_organization_id    (DeckAuditLogEntry *self);
int                 deck_audit_log_entry_get_activity_type      (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_user_agent         (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_user_id            (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_ip_address         (DeckAuditLogEntry *self);
gboolean            deck_audit_log_entry_get_from_api           (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_api_key_id         (DeckAuditLogEntry *self);
double              deck_audit_log_entry_get_affected_count     (DeckAuditLogEntry *self);
gboolean            deck_audit_log_entry_get_has_affected_count (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_campaign_id        (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_webhook_id         (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_subsequence_id     (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_list_id            (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_audit_metadata     (DeckAuditLogEntry *self);
const char         *deck_audit_log_entry_get_user_name          (DeckAuditLogEntry *self);

/* The activity types of the spec's enum (1 login … 40 domain forwarding), in order;
 * @n_types receives how many. */
const int           *deck_audit_log_get_activity_types      (guint              *n_types);
/* "Signed in", "Created an API key", …; "Unknown (n)" for a type this version does not
 * know. */
char                *deck_audit_log_activity_type_to_string (int                 activity_type);

G_END_DECLS
