/* deck-account-filter.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The API's account filters (the "filter" query of GET /accounts), matched locally on
 * the loaded accounts where the field is on the account. */
typedef enum
{
  DECK_ACCOUNT_QUICK_FILTER_NONE,
  DECK_ACCOUNT_QUICK_FILTER_PAUSED,         /* ACC_FILTER_PAUSED */
  DECK_ACCOUNT_QUICK_FILTER_ERROR,          /* ACC_FILTER_ERROR */
  DECK_ACCOUNT_QUICK_FILTER_NO_CTD,         /* ACC_FILTER_NO_CTD */
  DECK_ACCOUNT_QUICK_FILTER_WARMUP_ACTIVE,  /* ACC_FILTER_W_ACTIVE */
  DECK_ACCOUNT_QUICK_FILTER_WARMUP_PAUSED,  /* ACC_FILTER_W_PAUSED */
  DECK_ACCOUNT_QUICK_FILTER_WARMUP_ERROR,   /* ACC_FILTER_W_ERROR */
  DECK_ACCOUNT_QUICK_FILTER_DFY,            /* ACC_FILTER_DFY */
  DECK_ACCOUNT_QUICK_FILTER_PREWARMED,      /* ACC_FILTER_PW_ACCOUNTS: asked of the server */
  DECK_ACCOUNT_N_QUICK_FILTERS
} DeckAccountQuickFilter;

#define DECK_ACCOUNT_FILTER_ANY G_MININT

#define DECK_TYPE_ACCOUNT_FILTER (deck_account_filter_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountFilter, deck_account_filter, DECK, ACCOUNT_FILTER, GtkFilter)

DeckAccountFilter      *deck_account_filter_new           (void);

/* DECK_ACCOUNT_FILTER_ANY for any status / provider. */
void                    deck_account_filter_set_status    (DeckAccountFilter      *self,
                                                           int                     status);
int                     deck_account_filter_get_status    (DeckAccountFilter      *self);
void                    deck_account_filter_set_provider  (DeckAccountFilter      *self,
                                                           int                     provider_code);
int                     deck_account_filter_get_provider  (DeckAccountFilter      *self);
/* NULL for any tag. */
void                    deck_account_filter_set_tag_id    (DeckAccountFilter      *self,
                                                           const char             *tag_id);
const char             *deck_account_filter_get_tag_id    (DeckAccountFilter      *self);
void                    deck_account_filter_set_quick     (DeckAccountFilter      *self,
                                                           DeckAccountQuickFilter  quick);
DeckAccountQuickFilter  deck_account_filter_get_quick     (DeckAccountFilter      *self);
/* The emails the server says are pre-warmed (a set of lower-case emails, owned by the
 * filter), or NULL while unknown (nothing matches then). */
void                    deck_account_filter_set_prewarmed (DeckAccountFilter      *self,
                                                           GHashTable             *emails);
gboolean                deck_account_filter_get_active    (DeckAccountFilter      *self);
void                    deck_account_filter_clear         (DeckAccountFilter      *self);

/* The API's name (ACC_FILTER_…), a short title and a sentence that explains it. */
const char             *deck_account_quick_filter_to_api      (DeckAccountQuickFilter quick);
const char             *deck_account_quick_filter_get_title   (DeckAccountQuickFilter quick);
const char             *deck_account_quick_filter_get_explanation (DeckAccountQuickFilter quick);

G_END_DECLS
