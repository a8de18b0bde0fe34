/* deck-account.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "deck-model-enums.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT (deck_account_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccount, deck_account, DECK, ACCOUNT, GObject)

/* Every field of the spec's Account schema is a property named after it
 * ("timestamp-created" for timestamp_created). Enum-valued fields (status,
 * warmup-status, provider-code) are int properties so that values outside the known
 * set survive; deck_account_status_to_string() and friends name them, or say
 * "Unknown (n)". warmup and status_message are flattened into their own properties
 * ("warmup-limit", "warmup-increment", …, "status-message-code", …). */
DeckAccount *deck_account_new_from_json        (JsonObject   *object,
                                                GError      **error);

/* Replaces every field from a fresh server answer, in place: same object, one notify
 * per property that changed. Returns FALSE (and changes nothing) if @object is not an
 * Account or is for another email. */
gboolean     deck_account_update_from_json     (DeckAccount  *self,
                                                JsonObject   *object,
                                                GError      **error);

/* Copies every field of @other (a fresher object for the same email) into @self, in
 * place, one notify per property that changed; tags are kept when @other came
 * without them. Returns FALSE (and changes nothing) for another email. */
gboolean     deck_account_update_from_account  (DeckAccount  *self,
                                                DeckAccount  *other);

const char  *deck_account_get_email            (DeckAccount  *self);
const char  *deck_account_get_first_name       (DeckAccount  *self);
const char  *deck_account_get_last_name        (DeckAccount  *self);
/* "First Last", or the email when both are empty. */
char        *deck_account_dup_display_name     (DeckAccount  *self);
int          deck_account_get_status           (DeckAccount  *self);
int          deck_account_get_warmup_status    (DeckAccount  *self);
int          deck_account_get_provider_code    (DeckAccount  *self);
double       deck_account_get_stat_warmup_score (DeckAccount *self);
gboolean     deck_account_get_has_warmup_score (DeckAccount  *self);
gboolean     deck_account_get_has_daily_limit  (DeckAccount  *self);
double       deck_account_get_daily_limit      (DeckAccount  *self);
double       deck_account_get_sending_gap      (DeckAccount  *self);
GDateTime   *deck_account_get_timestamp_created (DeckAccount *self);
/* Custom tag labels when the list was asked with include_tags (may be NULL). */
const char * const *deck_account_get_tag_labels (DeckAccount *self);

G_END_DECLS
