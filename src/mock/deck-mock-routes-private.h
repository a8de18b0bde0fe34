/* deck-mock-routes-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "deck-mock-store-private.h"

G_BEGIN_DECLS

/* One request as a handler sees it. The server validated the query and the body
 * against the route's schemas and holds the store's lock during the call. */
typedef struct
{
  DeckMockStore *store;
  const char    *method;
  const char    *path;        /* decoded */
  GHashTable    *params;      /* "{name}" path segments, decoded */
  JsonObject    *query;       /* typed by the route's query schema */
  JsonObject    *raw_query;   /* name -> string, or array for repeated names */
  JsonNode      *body;        /* NULL when there was none */

  /* The reply. */
  guint          status;
  JsonNode      *reply;
  /* A reply that is not JSON (GET /block-lists-entries/download): the text and
   * its media type, used when @reply is NULL. */
  char          *text_reply;
  const char    *text_content_type;
} DeckMockContext;

typedef void (*DeckMockHandler) (DeckMockContext *ctx);

typedef struct
{
  const char      *method;
  const char      *path;          /* "/api/v2/accounts/{email}/pause" */
  const char      *scope;         /* "accounts:update": resource and action */
  const char      *query_schema;  /* JSON Schema of the query string, or NULL */
  const char      *body_schema;   /* JSON Schema of the body, or NULL if none is read */
  gboolean         body_required;
  DeckMockHandler  handler;
} DeckMockRoute;

/* Replies (deck-mock-server.c). @reply is taken. */
void          deck_mock_reply        (DeckMockContext *ctx,
                                      guint            status,
                                      JsonNode        *reply);
void          deck_mock_reply_error  (DeckMockContext *ctx,
                                      guint            status,
                                      const char      *format,
                                      ...) G_GNUC_PRINTF (3, 4);
JsonNode     *deck_mock_error_body   (guint            status,
                                      const char      *message);

/* Helpers for handlers. */
const char   *deck_mock_query_string (DeckMockContext *ctx,
                                      const char      *name);
gboolean      deck_mock_query_int    (DeckMockContext *ctx,
                                      const char      *name,
                                      gint64          *value);
gboolean      deck_mock_query_bool   (DeckMockContext *ctx,
                                      const char      *name);
/* Splits "a,b,c" into trimmed, non-empty parts; NULL when the value is absent. */
char        **deck_mock_split_list   (const char      *value);
JsonNode     *deck_mock_list_reply   (JsonArray       *items,
                                      const char      *next_starting_after);
/* The body as an object; never NULL inside a handler whose route has a body schema. */
JsonObject   *deck_mock_body_object  (DeckMockContext *ctx);

/* The position after @cursor in @array, whose elements each start with their char *id
 * and are kept in id order (UUIDv7: creation order); 0 for no cursor. */
guint         deck_mock_index_after_id (GPtrArray     *array,
                                        const char    *cursor);
/* A string member that may be null or absent (both give NULL). */
const char   *deck_mock_nullable_string (JsonObject   *object,
                                         const char   *member);

/* The route tables, one per resource group. */
const DeckMockRoute *deck_mock_account_routes           (guint *n_routes);
const DeckMockRoute *deck_mock_account_analytics_routes (guint *n_routes);
const DeckMockRoute *deck_mock_tag_routes               (guint *n_routes);
const DeckMockRoute *deck_mock_job_routes               (guint *n_routes);
const DeckMockRoute *deck_mock_workspace_routes         (guint *n_routes);
const DeckMockRoute *deck_mock_api_key_routes           (guint *n_routes);
const DeckMockRoute *deck_mock_member_routes            (guint *n_routes);
const DeckMockRoute *deck_mock_group_member_routes      (guint *n_routes);
const DeckMockRoute *deck_mock_audit_routes             (guint *n_routes);
/* Before the campaign routes: "/campaigns/analytics" is no "/campaigns/{id}". */
const DeckMockRoute *deck_mock_campaign_analytics_routes (guint *n_routes);
const DeckMockRoute *deck_mock_campaign_routes          (guint *n_routes);
const DeckMockRoute *deck_mock_subsequence_routes       (guint *n_routes);
/* Leads, lead lists, lead labels, block list (deck-mock-leads*.c and friends). */
const DeckMockRoute *deck_mock_lead_routes              (guint *n_routes);
const DeckMockRoute *deck_mock_lead_list_routes         (guint *n_routes);
const DeckMockRoute *deck_mock_lead_label_routes        (guint *n_routes);
const DeckMockRoute *deck_mock_block_list_routes        (guint *n_routes);

G_END_DECLS
