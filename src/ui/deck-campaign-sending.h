/* deck-campaign-sending.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Why a campaign is not sending and what to do, as a banner shows it: the model's
 * words (deck_campaign_sending_status_describe) and the button that helps. */
typedef struct
{
  char       *code;          /* the sending-status code, or NULL */
  char       *text;          /* why, then what to do */
  const char *button_label;  /* translated, or NULL */
  const char *action_name;   /* "campaigns.activate", "campaigns.edit", or NULL */
} DeckSendingAdvice;

void               deck_sending_advice_free (DeckSendingAdvice *advice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckSendingAdvice, deck_sending_advice_free)

/* From the campaign's @status and @not_sending_status and, when known, the reply of
 * GET …/sending-status (@reply may be NULL). NULL when it is sending normally. */
DeckSendingAdvice *deck_sending_advice_new  (int         status,
                                             int         not_sending_status,
                                             JsonObject *reply);

G_END_DECLS
