/* deck-client.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "deck-api-error.h"

G_BEGIN_DECLS

#define DECK_DEFAULT_SERVER_URL "https://api.instantly.ai"

#define DECK_TYPE_CLIENT (deck_client_get_type ())
G_DECLARE_FINAL_TYPE (DeckClient, deck_client, DECK, CLIENT, GObject)

/* Refuses (DECK_API_ERROR_INVALID_URL) anything but https://, or http:// on a loopback
 * address. @api_key is kept in memory only and never logged. */
DeckClient  *deck_client_new                 (const char          *base_url,
                                              const char          *api_key,
                                              GError             **error);
gboolean     deck_client_validate_url        (const char          *url,
                                              GError             **error);
const char  *deck_client_get_base_url        (DeckClient          *self);

/* Tuning, mainly for tests and benchmarks. */
void         deck_client_set_rate_limit      (DeckClient          *self,
                                              double               requests_per_second,
                                              guint                burst);
void         deck_client_set_retry_budget    (DeckClient          *self,
                                              guint                max_attempts,
                                              guint                base_delay_ms,
                                              guint                max_total_ms);
void         deck_client_set_timeout         (DeckClient          *self,
                                              guint                timeout_s);

/* One API call. @method is "GET", "POST", "PATCH" or "DELETE"; @path starts with
 * "/api/v2/" and may carry an already-escaped query; @body may be NULL (then no body
 * and no Content-Type are sent). The reply is parsed in a worker thread. A 204 or an
 * empty body finishes with a JSON null node. Retries follow DESIGN.md §3. */
void         deck_client_call_async          (DeckClient          *self,
                                              const char          *method,
                                              const char          *path,
                                              JsonNode            *body,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
JsonNode    *deck_client_call_finish         (DeckClient          *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* As deck_client_call_async, without a body, for a reply that is not JSON (the block
 * list's CSV download): @accept is sent as the Accept header and a successful reply
 * finishes with its body as bytes (transfer full). Errors are mapped as for any call. */
void         deck_client_call_raw_async      (DeckClient          *self,
                                              const char          *method,
                                              const char          *path,
                                              const char          *accept,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GBytes      *deck_client_call_raw_finish     (DeckClient          *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* Helpers for building paths: escapes one path segment (an email) and appends query
 * parameters to a GString ("?" first, then "&"). */
char        *deck_client_escape_segment      (const char          *segment);
void         deck_client_append_query        (GString             *path,
                                              const char          *name,
                                              const char          *value);

G_END_DECLS
