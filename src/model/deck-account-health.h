/* deck-account-health.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Results of the account health endpoints: vitals per domain, the custom tracking
 * domain check, and warmup analytics per day. */

#define DECK_TYPE_DOMAIN_VITALS (deck_domain_vitals_get_type ())
G_DECLARE_FINAL_TYPE (DeckDomainVitals, deck_domain_vitals, DECK, DOMAIN_VITALS, GObject)

/* One entry of success_list or failure_list: "domain", "all-pass", "mx", "spf", "dkim",
 * "dmarc" (booleans). */
DeckDomainVitals *deck_domain_vitals_new_from_json (JsonObject       *object,
                                                    GError          **error);
const char       *deck_domain_vitals_get_domain    (DeckDomainVitals *self);
gboolean          deck_domain_vitals_get_all_pass  (DeckDomainVitals *self);
gboolean          deck_domain_vitals_get_mx        (DeckDomainVitals *self);
gboolean          deck_domain_vitals_get_spf       (DeckDomainVitals *self);
gboolean          deck_domain_vitals_get_dkim      (DeckDomainVitals *self);
gboolean          deck_domain_vitals_get_dmarc     (DeckDomainVitals *self);

#define DECK_TYPE_CTD_STATUS (deck_ctd_status_get_type ())
G_DECLARE_FINAL_TYPE (DeckCtdStatus, deck_ctd_status, DECK, CTD_STATUS, GObject)

/* GET /accounts/ctd/status: "host", "success", "cname", "ssl". */
DeckCtdStatus *deck_ctd_status_new_from_json (JsonObject    *object,
                                              GError       **error);
const char    *deck_ctd_status_get_host      (DeckCtdStatus *self);
gboolean       deck_ctd_status_get_success   (DeckCtdStatus *self);
gboolean       deck_ctd_status_get_cname     (DeckCtdStatus *self);
gboolean       deck_ctd_status_get_ssl       (DeckCtdStatus *self);

#define DECK_TYPE_WARMUP_DAY (deck_warmup_day_get_type ())
G_DECLARE_FINAL_TYPE (DeckWarmupDay, deck_warmup_day, DECK, WARMUP_DAY, GObject)

/* One day of one account: "date" (YYYY-MM-DD), "sent", "landed-inbox", "landed-spam",
 * "received". */
const char *deck_warmup_day_get_date         (DeckWarmupDay *self);
guint       deck_warmup_day_get_sent         (DeckWarmupDay *self);
guint       deck_warmup_day_get_landed_inbox (DeckWarmupDay *self);
guint       deck_warmup_day_get_landed_spam  (DeckWarmupDay *self);
guint       deck_warmup_day_get_received     (DeckWarmupDay *self);

#define DECK_TYPE_WARMUP_ANALYTICS (deck_warmup_analytics_get_type ())
G_DECLARE_FINAL_TYPE (DeckWarmupAnalytics, deck_warmup_analytics, DECK, WARMUP_ANALYTICS, GObject)

/* The reply of POST /accounts/warmup-analytics for one account: its days (a GListModel
 * of DeckWarmupDay, oldest first) and the aggregate ("sent", "received",
 * "landed-inbox", "landed-spam", "health-score", "health-score-label"). */
const char *deck_warmup_analytics_get_email              (DeckWarmupAnalytics *self);
GListModel *deck_warmup_analytics_get_days               (DeckWarmupAnalytics *self);
guint       deck_warmup_analytics_get_sent               (DeckWarmupAnalytics *self);
guint       deck_warmup_analytics_get_received           (DeckWarmupAnalytics *self);
guint       deck_warmup_analytics_get_landed_inbox       (DeckWarmupAnalytics *self);
guint       deck_warmup_analytics_get_landed_spam        (DeckWarmupAnalytics *self);
double      deck_warmup_analytics_get_health_score       (DeckWarmupAnalytics *self);
const char *deck_warmup_analytics_get_health_score_label (DeckWarmupAnalytics *self);

/* Splits the whole reply into one object per email (a GPtrArray of
 * DeckWarmupAnalytics, in the order of @emails). */
GPtrArray  *deck_warmup_analytics_list_from_json (JsonObject          *reply,
                                                  const char * const  *emails,
                                                  GError             **error);

G_END_DECLS
