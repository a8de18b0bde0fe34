/* deck-lead.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Lead.status (CATALOG §5): 1 Active, 2 Paused, 3 Completed, -1 Bounced,
 * -2 Unsubscribed, -3 Skipped. */
typedef enum
{
  DECK_LEAD_STATUS_ACTIVE = 1,
  DECK_LEAD_STATUS_PAUSED = 2,
  DECK_LEAD_STATUS_COMPLETED = 3,
  DECK_LEAD_STATUS_BOUNCED = -1,
  DECK_LEAD_STATUS_UNSUBSCRIBED = -2,
  DECK_LEAD_STATUS_SKIPPED = -3,
} DeckLeadStatus;

/* lt_interest_status: 0 Out of Office, 1 Interested, 2 Meeting Booked, 3 Meeting
 * Completed, 4 Won, -1 Not Interested, -2 Wrong Person, -3 Lost, -4 No Show. Custom
 * lead labels add their own numbers. DECK_LEAD_INTEREST_NONE = no interest status
 * (null / absent = plain "Lead"). */
#define DECK_LEAD_INTEREST_NONE G_MININT

/* Plain words ("Unknown (n)" outside the known set). */
char       *deck_lead_status_to_string        (int status);
const char *deck_lead_status_icon_name        (int status);
/* Known statuses only; custom lead labels are named by their DeckLeadLabel. */
char       *deck_lead_interest_to_string      (int interest_status);
/* 1 Verified, 11 Pending, 12 Pending verification job, -1 Invalid, -2 Risky,
 * -3 Catch all, -4 Job change. */
char       *deck_lead_verification_to_string  (int verification_status);
/* The known values, for filters and menus; *n_values set. */
const int  *deck_lead_interest_values         (guint *n_values);

#define DECK_TYPE_LEAD (deck_lead_get_type ())
G_DECLARE_FINAL_TYPE (DeckLead, deck_lead, DECK, LEAD, GObject)

/*
 * A lead as the server holds it (the spec's Lead schema). Workspaces hold 100,000+
 * leads, so a DeckLead is COMPACT: typed fields (timestamps as Unix ms, repeated ids
 * such as campaign/list/organization interned), the payload (custom variables) as a
 * compact key/value store, and no retained JsonObject. Target: under ~1 KB resident per
 * lead with typical fields. deck_lead_dup_json() rebuilds the spec object.
 *
 * Properties (read-only, notify on change; names after the API fields): "id", "email",
 * "first-name", "last-name", "company-name", "company-domain", "job-title", "phone",
 * "website", "personalization", "status", "lt-interest-status", "verification-status",
 * "email-open-count", "email-reply-count", "email-click-count", "timestamp-created",
 * "timestamp-updated", "timestamp-last-contact" (gint64 ms, 0 = never), "campaign",
 * "list-id", "subsequence-id", "assigned-to", "pl-value-lead".
 */
DeckLead     *deck_lead_new_from_json          (JsonObject   *object,
                                                GError      **error);
/* In place; one notify per property that changed. FALSE (and no change) for another id. */
gboolean      deck_lead_update_from_json       (DeckLead     *self,
                                                JsonObject   *object,
                                                GError      **error);
/* Copies every field of @fresh (same id) into @self, notifying what changed. */
gboolean      deck_lead_update_from_lead       (DeckLead     *self,
                                                DeckLead     *fresh);
/* Moves the strings of freshly built leads (a page, nobody else holding them yet) into
 * one shared allocation: fewer allocations per lead, and a search walks neighbouring
 * leads' haystacks side by side. Any thread. The shared block lives while any of these
 * leads points into it; an update gives the lead its own strings again. */
void          deck_lead_pack                   (DeckLead    **leads,
                                                guint         n_leads);
/* The spec object again (every field the server sent, payload included). */
JsonObject   *deck_lead_dup_json               (DeckLead     *self);

const char   *deck_lead_get_id                 (DeckLead     *self);
const char   *deck_lead_get_email              (DeckLead     *self);
const char   *deck_lead_get_first_name         (DeckLead     *self);
const char   *deck_lead_get_last_name          (DeckLead     *self);
const char   *deck_lead_get_company_name       (DeckLead     *self);
const char   *deck_lead_get_company_domain     (DeckLead     *self);
const char   *deck_lead_get_job_title          (DeckLead     *self);
const char   *deck_lead_get_phone              (DeckLead     *self);
const char   *deck_lead_get_website            (DeckLead     *self);
const char   *deck_lead_get_personalization    (DeckLead     *self);
int           deck_lead_get_status             (DeckLead     *self);
/* DECK_LEAD_INTEREST_NONE when the lead has none. */
int           deck_lead_get_lt_interest_status (DeckLead     *self);
int           deck_lead_get_verification_status (DeckLead    *self);
guint         deck_lead_get_email_open_count   (DeckLead     *self);
guint         deck_lead_get_email_reply_count  (DeckLead     *self);
guint         deck_lead_get_email_click_count  (DeckLead     *self);
gint64        deck_lead_get_timestamp_created  (DeckLead     *self);
gint64        deck_lead_get_timestamp_updated  (DeckLead     *self);
gint64        deck_lead_get_timestamp_last_contact (DeckLead *self);
const char   *deck_lead_get_campaign           (DeckLead     *self);
const char   *deck_lead_get_list_id            (DeckLead     *self);
const char   *deck_lead_get_subsequence_id     (DeckLead     *self);
const char   *deck_lead_get_assigned_to        (DeckLead     *self);
const char   *deck_lead_get_pl_value_lead      (DeckLead     *self);
/* "First Last", else the email. */
char         *deck_lead_dup_display_name       (DeckLead     *self);

/* Custom variables (payload keys that are not the standard camelCase fields
 * firstName, lastName, companyName, jobTitle, website, phone, personalization), sorted.
 * Values are scalars: strings, numbers, booleans or null, returned as a JsonNode
 * (transfer full; NULL when absent). */
GStrv         deck_lead_dup_custom_variable_names (DeckLead  *self);
JsonNode     *deck_lead_dup_custom_variable    (DeckLead     *self,
                                                const char   *name);
/* The value as text for tables and CSV ("" for null, "true"/"false", numbers as the
 * server wrote them); NULL when absent. */
char         *deck_lead_dup_custom_variable_text (DeckLead   *self,
                                                const char   *name);

/* Search as you type over 100,000 leads: @folded_needle is
 * deck_lead_fold_search_text (user text). TRUE when it occurs in the email, the names,
 * the company (name and domain), the job title or any custom variable value. Must be
 * cheap (a precomputed folded haystack per lead): it runs for every lead per keystroke. */
gboolean      deck_lead_matches                (DeckLead     *self,
                                                const char   *folded_needle);
char         *deck_lead_fold_search_text       (const char   *text);

G_END_DECLS
