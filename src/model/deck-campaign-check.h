/* deck-campaign-check.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-campaign-draft.h"

G_BEGIN_DECLS

/* What is wrong or risky in a draft, checked before saving or activating. */
typedef enum
{
  DECK_CHECK_NO_STEPS,
  DECK_CHECK_EMPTY_SUBJECT,
  DECK_CHECK_EMPTY_BODY,
  DECK_CHECK_UNKNOWN_VARIABLE,
  DECK_CHECK_UNBALANCED_SPINTAX,
  DECK_CHECK_EMPTY_SCHEDULE,      /* a window with no day, or from >= to, or no window */
  DECK_CHECK_INVALID_TIMEZONE,
  DECK_CHECK_NO_SENDERS,
  DECK_CHECK_SENDER_IN_ERROR,
  DECK_CHECK_TEXT_ONLY_LINK_TRACKING,
} DeckCheckKind;

typedef enum
{
  DECK_CHECK_SEVERITY_ERROR,    /* blocks activation */
  DECK_CHECK_SEVERITY_WARNING,  /* risky, allowed */
} DeckCheckSeverity;

typedef struct
{
  DeckCheckKind      kind;
  DeckCheckSeverity  severity;
  int                step;      /* -1 when not about a step */
  int                variant;   /* -1 when not about a variant */
  int                schedule;  /* -1 when not about a schedule */
  char              *field;     /* the draft member it is about ("sequences", "email_list", …) */
  char              *message;   /* one sentence for a person */
} DeckCheckIssue;

void       deck_check_issue_free (DeckCheckIssue *issue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckCheckIssue, deck_check_issue_free)

/* Runs every rule. @known_variables: the lead fields and custom variables a body may use
 * ({{firstName}} …; NULL = the standard lead fields only). @sender_status: a hash table
 * email → GINT_TO_POINTER (account status) for the senders' health (may be NULL).
 * Returns a GPtrArray of DeckCheckIssue (empty when all is well). */
GPtrArray *deck_campaign_check   (DeckCampaignDraft   *draft,
                                  const char * const  *known_variables,
                                  GHashTable          *sender_status);

/* The standard lead variables, camelCase as Instantly's merge tags ({{firstName}}). */
const char * const *deck_campaign_standard_variables (void);

G_END_DECLS
