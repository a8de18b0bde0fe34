/* deck-api-error.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_API_ERROR (deck_api_error_quark ())

/* Instantly's error envelope {"statusCode","error","message"} mapped to classes a
 * person can be told about (DESIGN.md §3). */
typedef enum
{
  DECK_API_ERROR_UNAUTHORIZED,     /* 401 */
  DECK_API_ERROR_PAYMENT_REQUIRED, /* 402 */
  DECK_API_ERROR_FORBIDDEN,        /* 403: the key lacks a scope, or the plan */
  DECK_API_ERROR_NOT_FOUND,        /* 404 */
  DECK_API_ERROR_CONFLICT,         /* 409 */
  DECK_API_ERROR_INVALID,          /* 400 and 422: the server's message is kept */
  DECK_API_ERROR_TOO_LARGE,        /* 413 */
  DECK_API_ERROR_RATE_LIMITED,     /* 429, after the retries ran out */
  DECK_API_ERROR_SERVER,           /* 5xx and any other unexpected status */
  DECK_API_ERROR_NETWORK,          /* no connection, DNS, TLS, dropped, timed out */
  DECK_API_ERROR_PARSE,            /* a body that is not the JSON we expect */
  DECK_API_ERROR_REMOTE,           /* an error reported inside a 2xx body */
  DECK_API_ERROR_INVALID_URL,      /* a server URL we refuse (e.g. http:// off loopback) */
} DeckApiError;

GQuark       deck_api_error_quark          (void);

/* One sentence for a person: what happened and what to do. Never the raw text alone;
 * the server's message (when there is one) is appended for INVALID and REMOTE. */
char        *deck_api_error_describe       (const GError *error);

/* A short title ("The API key was refused"). */
const char  *deck_api_error_get_title      (const GError *error);

/* The class of an HTTP status that is not a success (DECK_API_ERROR_SERVER for any
 * status without a class of its own). */
DeckApiError deck_api_error_code_for_status (guint         status);

/* The error for one reply: @status and the parsed @body (may be NULL). Returns NULL
 * for a 2xx reply unless its body is an object with a top-level string "error"
 * member (an error reported inside a success, DECK_API_ERROR_REMOTE). The message is
 * the envelope's "message" (or "error", or @reason_phrase), never the request. */
GError      *deck_api_error_new_from_reply (guint         status,
                                            const char   *reason_phrase,
                                            JsonNode     *body);

/* Maps a transport error (GIO, TLS, resolver, libsoup) to DECK_API_ERROR_NETWORK,
 * keeping G_IO_ERROR_CANCELLED as it is. */
GError      *deck_api_error_new_from_transport (const GError *error);

G_END_DECLS
