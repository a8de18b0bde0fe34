/* deck-mock-analytics-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "deck-mock-store-private.h"

G_BEGIN_DECLS

/* The one generator behind every campaign figure (deck-mock-campaign-analytics.c).
 * Everything is a sum of "atoms": what one step variant of one campaign did on one
 * UTC day. /campaigns/analytics sums them per campaign, /overview over campaigns,
 * /daily per day, /steps per step and variant, /accounts/analytics/daily per sending
 * account, so the same range gives the same totals everywhere. */

typedef struct
{
  gint64 sent;
  gint64 new_leads;             /* step 0 sends: a lead's sequence starts */
  gint64 first_contacts;        /* sends to a lead not emailed earlier in the range */
  gint64 opened;                /* every open */
  gint64 unique_opened;         /* first open per lead and step */
  gint64 first_opened;          /* first open per lead */
  gint64 replies;
  gint64 unique_replies;        /* per lead and step, automatic replies excluded */
  gint64 first_replied;         /* per lead */
  gint64 replies_automatic;
  gint64 unique_replies_automatic;
  gint64 first_replied_automatic;
  gint64 clicks;
  gint64 unique_clicks;
  gint64 first_clicked;
  gint64 bounced;
  gint64 unsubscribed;
  gint64 completed;             /* leads that got the last step */
  gint64 opportunities;         /* every opportunity event */
  gint64 unique_opportunities;  /* per lead */
  /* Each unique opportunity by its first CRM status... */
  gint64 first_interested;
  gint64 first_meeting_booked;
  gint64 first_meeting_completed;
  gint64 first_closed;
  /* ...and every status it went through (expand_crm_events). */
  gint64 meetings_booked_all;
  gint64 meetings_completed_all;
  gint64 closed_all;
  gint64 meetings_booked_now;   /* current status Meeting Booked */
  gint64 won_now;               /* current status Won */
  double opportunity_value;
} DeckMockCounts;

void     deck_mock_counts_add             (DeckMockCounts       *total,
                                           const DeckMockCounts *counts);

/* UTC midnight of the mock's present: the store's clock when a test set one, else
 * the seed's fixed present (DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS). Never real time. */
gint64   deck_mock_analytics_today        (DeckMockStore        *store);

/* The campaigns' figures for one request: built once, then asked per account and
 * day. Holds pointers into the store: use it under the store's lock only. */
typedef struct _DeckMockAnalytics DeckMockAnalytics;

DeckMockAnalytics *deck_mock_analytics_new         (DeckMockStore      *store);
void               deck_mock_analytics_free        (DeckMockAnalytics  *analytics);
/* What @email sent for the campaigns that send from it on @day_ms (UTC midnight):
 * each campaign's day split evenly over its senders (email_list, or the accounts
 * of its email_tag_list). Summed over the senders this is the campaign's day. */
void               deck_mock_analytics_account_day (DeckMockAnalytics  *analytics,
                                                    const char         *email,
                                                    gint64              day_ms,
                                                    DeckMockCounts     *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckMockAnalytics, deck_mock_analytics_free)

G_END_DECLS
