/* deck-account-analytics-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-analytics-range.h"
#include "deck-workspace.h"
#include "chart/deck-chart-view.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_ANALYTICS_DIALOG (deck_account_analytics_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountAnalyticsDialog, deck_account_analytics_dialog, DECK, ACCOUNT_ANALYTICS_DIALOG, AdwDialog)

/* One sending account's analytics: its warmup (landed in the inbox or in spam per
 * day, and its health score, from POST /accounts/warmup-analytics) and its daily
 * sending for a date range (GET /accounts/analytics/daily, split by the client so
 * any range works). "warmup-state" and "sending-state" are "loading", "error",
 * "empty" or "results". Loads when created. */
AdwDialog          *deck_account_analytics_dialog_new               (DeckWorkspace              *workspace,
                                                                     const char                 *email);

const char         *deck_account_analytics_dialog_get_warmup_state  (DeckAccountAnalyticsDialog *self);
const char         *deck_account_analytics_dialog_get_sending_state (DeckAccountAnalyticsDialog *self);
DeckAnalyticsRange *deck_account_analytics_dialog_get_range         (DeckAccountAnalyticsDialog *self);
/* The warmup days (DeckWarmupDay) and the sending days (DeckAnalyticsFigures). */
GListModel         *deck_account_analytics_dialog_get_warmup_days   (DeckAccountAnalyticsDialog *self);
GListModel         *deck_account_analytics_dialog_get_sending_days  (DeckAccountAnalyticsDialog *self);
/* "87 out of 100 (Good)", or NULL before the warmup loaded. */
const char         *deck_account_analytics_dialog_get_health_text   (DeckAccountAnalyticsDialog *self);
DeckChartView      *deck_account_analytics_dialog_get_warmup_view   (DeckAccountAnalyticsDialog *self);
DeckChartView      *deck_account_analytics_dialog_get_sending_view  (DeckAccountAnalyticsDialog *self);

G_END_DECLS
