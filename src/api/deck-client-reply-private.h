/* deck-client-reply-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"

G_BEGIN_DECLS

/* Shared plumbing of the typed endpoint files (accounts, campaigns, subsequences). */

typedef GObject *(*DeckReplyParser) (JsonObject  *object,
                                     GError     **error);

/* Defines the DeckReplyParser @name over @new_from_json, a deck_*_new_from_json(). */
#define DECK_REPLY_DEFINE_PARSER(name, new_from_json) \
  static GObject *                                    \
  name (JsonObject  *object,                          \
        GError     **error)                           \
  {                                                   \
    return G_OBJECT (new_from_json (object, error));  \
  }

GTask    *deck_reply_task_new          (DeckClient          *client,
                                        gpointer             source_tag,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

/* Calls and finishes @task with the object @parse builds from the reply (a one-object
 * reply is built on the calling thread: cheaper than a thread hop). @what names the
 * object in parse errors. */
void      deck_reply_call_for_object   (DeckClient          *client,
                                        const char          *method,
                                        const char          *path,
                                        JsonNode            *body,
                                        const char          *what,
                                        DeckReplyParser      parse,
                                        GTask               *task);
/* Finishes @task with the reply's JSON object (a JsonObject, transfer full). */
void      deck_reply_call_for_json_object (DeckClient       *client,
                                           const char       *method,
                                           const char       *path,
                                           JsonNode         *body,
                                           const char       *what,
                                           GTask            *task);
/* Finishes @task with TRUE once the call succeeded, unless its body says
 * {"success": false} (DECK_API_ERROR_REMOTE). */
void      deck_reply_call_for_boolean  (DeckClient          *client,
                                        const char          *method,
                                        const char          *path,
                                        JsonNode            *body,
                                        GTask               *task);

/* The usual endpoint in one call: a new task tagged @source_tag, then @method on
 * "/api/v2/@collection" or, when @id is set, on deck_reply_path (@collection, @id,
 * @action), with @body (may be NULL); the task finishes as with deck_reply_call_for_object,
 * deck_reply_call_for_json_object or deck_reply_call_for_boolean. */
void      deck_reply_request_object    (DeckClient          *client,
                                        gpointer             source_tag,
                                        const char          *method,
                                        const char          *collection,
                                        const char          *id,
                                        const char          *action,
                                        JsonObject          *body,
                                        const char          *what,
                                        DeckReplyParser      parse,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
void      deck_reply_request_json_object (DeckClient        *client,
                                          gpointer           source_tag,
                                          const char        *method,
                                          const char        *collection,
                                          const char        *id,
                                          const char        *action,
                                          JsonObject        *body,
                                          const char        *what,
                                          GCancellable      *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer           user_data);
void      deck_reply_request_boolean   (DeckClient          *client,
                                        gpointer             source_tag,
                                        const char          *method,
                                        const char          *collection,
                                        const char          *id,
                                        const char          *action,
                                        JsonObject          *body,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

/* PATCH @changes on one object and finish with it as deck_reply_request_object does;
 * with no changes, GET it instead. */
void      deck_reply_request_patch     (DeckClient          *client,
                                        gpointer             source_tag,
                                        const char          *collection,
                                        const char          *id,
                                        JsonObject          *changes,
                                        const char          *what,
                                        DeckReplyParser      parse,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

gpointer  deck_reply_propagate_pointer (DeckClient          *client,
                                        GAsyncResult        *result,
                                        gpointer             source_tag,
                                        GError             **error);
gboolean  deck_reply_propagate_boolean (DeckClient          *client,
                                        GAsyncResult        *result,
                                        gpointer             source_tag,
                                        GError             **error);

/* "/api/v2/@collection/ESCAPED-ID" or ".../ESCAPED-ID/@action" (@action may be NULL). */
char     *deck_reply_path              (const char          *collection,
                                        const char          *id,
                                        const char          *action);
/* A JSON node holding @object (a reference). */
JsonNode *deck_reply_object_node       (JsonObject          *object);

G_END_DECLS
