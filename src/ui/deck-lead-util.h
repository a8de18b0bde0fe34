/* deck-lead-util.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "deck-lead.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

/* Words the Leads views share. */

/* "First Last", or "" when the lead has no name. */
char   *deck_lead_util_dup_name              (DeckLead      *lead);
/* The email, else the name, else the id: how a message names one lead. */
char   *deck_lead_util_dup_label             (DeckLead      *lead);
/* "Lead" for none, a known status, a custom label's name (with a workspace), or
 * "Unknown (n)". */
char   *deck_lead_util_dup_interest_name     (DeckWorkspace *workspace,
                                              int            interest_status);
/* The values a person can choose: DECK_LEAD_INTEREST_NONE, the known statuses, then
 * the workspace's custom lead labels (an array of int). */
GArray *deck_lead_util_dup_interest_values   (DeckWorkspace *workspace);
/* A Unix-ms time in the local time zone; "Never" for 0. */
char   *deck_lead_util_format_date           (gint64         unix_ms,
                                              gboolean       with_time);

G_END_DECLS
