/* deck-client-reply.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-reply-private.h"

typedef struct
{
  const char      *what;
  DeckReplyParser  parse;
} ObjectReply;

GTask *
deck_reply_task_new (DeckClient          *client,
                     gpointer             source_tag,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task = g_task_new (client, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  return task;
}

static JsonObject *
reply_get_object (GTask       *task,
                  DeckClient  *client,
                  GAsyncResult *result,
                  const char  *what,
                  JsonNode   **node_out)
{
  GError *error = NULL;
  JsonNode *node = deck_client_call_finish (client, result, &error);

  if (node == NULL)
    {
      g_task_return_error (task, error);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      json_node_unref (node);
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The %s reply is not an object", what);
      return NULL;
    }

  *node_out = node;
  return json_node_get_object (node);
}

static void
on_object_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ObjectReply *kind = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *object;
  GObject *built;

  if ((object = reply_get_object (task, DECK_CLIENT (source), result, kind->what, &node)) == NULL)
    return;

  built = kind->parse (object, &parse_error);
  if (built == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The %s reply is not usable: %s", kind->what, parse_error->message);
      return;
    }

  g_task_return_pointer (task, built, g_object_unref);
}

void
deck_reply_call_for_object (DeckClient      *client,
                            const char      *method,
                            const char      *path,
                            JsonNode        *body,
                            const char      *what,
                            DeckReplyParser  parse,
                            GTask           *task)
{
  ObjectReply *kind = g_new0 (ObjectReply, 1);

  kind->what = what;
  kind->parse = parse;
  g_task_set_task_data (task, kind, g_free);
  deck_client_call_async (client, method, path, body, g_task_get_cancellable (task),
                          on_object_reply, g_object_ref (task));
}

static void
on_json_object_reply (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  object = reply_get_object (task, DECK_CLIENT (source), result, g_task_get_task_data (task), &node);
  if (object == NULL)
    return;

  g_task_return_pointer (task, json_object_ref (object), (GDestroyNotify) json_object_unref);
}

void
deck_reply_call_for_json_object (DeckClient *client,
                                 const char *method,
                                 const char *path,
                                 JsonNode   *body,
                                 const char *what,
                                 GTask      *task)
{
  g_task_set_task_data (task, (gpointer) what, NULL);
  deck_client_call_async (client, method, path, body, g_task_get_cancellable (task),
                          on_json_object_reply, g_object_ref (task));
}

static void
on_boolean_reply (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Some actions answer 200 with {"success": false} when nothing was applied. */
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *success = json_object_get_member (json_node_get_object (node), "success");

      if (success != NULL && JSON_NODE_HOLDS_VALUE (success) &&
          json_node_get_value_type (success) == G_TYPE_BOOLEAN &&
          !json_node_get_boolean (success))
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_REMOTE,
                                   "The server did not apply the change");
          return;
        }
    }

  g_task_return_boolean (task, TRUE);
}

void
deck_reply_call_for_boolean (DeckClient *client,
                             const char *method,
                             const char *path,
                             JsonNode   *body,
                             GTask      *task)
{
  deck_client_call_async (client, method, path, body, g_task_get_cancellable (task),
                          on_boolean_reply, g_object_ref (task));
}

/* The path of a request: the collection itself, or one object of it. */
static char *
request_path (const char *collection,
              const char *id,
              const char *action)
{
  if (id == NULL)
    return g_strconcat ("/api/v2/", collection, NULL);

  return deck_reply_path (collection, id, action);
}

static JsonNode *
request_body (JsonObject *body)
{
  return body != NULL ? deck_reply_object_node (body) : NULL;
}

void
deck_reply_request_object (DeckClient          *client,
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
                           gpointer             user_data)
{
  g_autoptr(GTask) task = deck_reply_task_new (client, source_tag, cancellable, callback, user_data);
  g_autofree char *path = request_path (collection, id, action);
  g_autoptr(JsonNode) node = request_body (body);

  deck_reply_call_for_object (client, method, path, node, what, parse, task);
}

void
deck_reply_request_json_object (DeckClient          *client,
                                gpointer             source_tag,
                                const char          *method,
                                const char          *collection,
                                const char          *id,
                                const char          *action,
                                JsonObject          *body,
                                const char          *what,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = deck_reply_task_new (client, source_tag, cancellable, callback, user_data);
  g_autofree char *path = request_path (collection, id, action);
  g_autoptr(JsonNode) node = request_body (body);

  deck_reply_call_for_json_object (client, method, path, node, what, task);
}

void
deck_reply_request_boolean (DeckClient          *client,
                            gpointer             source_tag,
                            const char          *method,
                            const char          *collection,
                            const char          *id,
                            const char          *action,
                            JsonObject          *body,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = deck_reply_task_new (client, source_tag, cancellable, callback, user_data);
  g_autofree char *path = request_path (collection, id, action);
  g_autoptr(JsonNode) node = request_body (body);

  deck_reply_call_for_boolean (client, method, path, node, task);
}

void
deck_reply_request_patch (DeckClient          *client,
                          gpointer             source_tag,
                          const char          *collection,
                          const char          *id,
                          JsonObject          *changes,
                          const char          *what,
                          DeckReplyParser      parse,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  /* The schemas want at least one member: with nothing changed, no PATCH, but the
   * caller still gets the object as it is. */
  if (json_object_get_size (changes) == 0)
    deck_reply_request_object (client, source_tag, "GET", collection, id, NULL, NULL,
                               what, parse, cancellable, callback, user_data);
  else
    deck_reply_request_object (client, source_tag, "PATCH", collection, id, NULL, changes,
                               what, parse, cancellable, callback, user_data);
}

gpointer
deck_reply_propagate_pointer (DeckClient    *client,
                              GAsyncResult  *result,
                              gpointer       source_tag,
                              GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (client), NULL);
  g_return_val_if_fail (g_task_is_valid (result, client), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
deck_reply_propagate_boolean (DeckClient    *client,
                              GAsyncResult  *result,
                              gpointer       source_tag,
                              GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, client), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
deck_reply_path (const char *collection,
                 const char *id,
                 const char *action)
{
  g_autofree char *escaped = deck_client_escape_segment (id);

  if (action == NULL)
    return g_strconcat ("/api/v2/", collection, "/", escaped, NULL);

  return g_strconcat ("/api/v2/", collection, "/", escaped, "/", action, NULL);
}

JsonNode *
deck_reply_object_node (JsonObject *object)
{
  return json_node_init_object (json_node_alloc (), object);
}
