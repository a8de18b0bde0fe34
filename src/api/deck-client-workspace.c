/* deck-client-workspace.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include <string.h>

#include "deck-client-workspace.h"

typedef GObject *(*ObjectParser) (JsonObject  *object,
                                  GError     **error);

/* What one call needs to turn its reply into an object, as the GTask's data. */
typedef struct
{
  JsonNode     *node;
  ObjectParser  parser;
  const char   *what;     /* for the parse error: "workspace", "API key", … */
  gboolean      want_key; /* the create-key reply: also hand out "key" */
} Call;

/* The result of the create-key call. */
typedef struct
{
  GObject *object;
  char    *key;
} Created;

static void
call_free (gpointer data)
{
  Call *call = data;

  g_clear_pointer (&call->node, json_node_unref);
  g_free (call);
}

static void
created_free (gpointer data)
{
  Created *created = data;

  g_clear_object (&created->object);
  deck_client_free_key (created->key);
  g_free (created);
}

void
deck_client_free_key (char *key)
{
  if (key == NULL)
    return;

  /* volatile, so the compiler cannot drop the wipe as a dead store. */
  for (volatile char *p = key; *p != '\0'; p++)
    *p = '\0';
  g_free (key);
}

/* Builds the object in a worker thread. */
static void
parse_object_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  Call *call = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = NULL;
  JsonObject *json;

  if (!JSON_NODE_HOLDS_OBJECT (call->node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The %s reply is not an object", call->what);
      return;
    }

  json = json_node_get_object (call->node);
  object = call->parser (json, &error);
  if (object == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The %s reply is not valid: %s", call->what, error->message);
      return;
    }

  if (call->want_key)
    {
      Created *created;
      const char *key = json_object_get_string_member_with_default (json, "key", NULL);

      if (key == NULL || *key == '\0')
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "The new API key is missing from the reply");
          return;
        }

      created = g_new0 (Created, 1);
      created->object = g_steal_pointer (&object);
      created->key = g_strdup (key);
      g_task_return_pointer (task, created, created_free);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&object), g_object_unref);
}

static void
on_object_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  GError *error = NULL;

  call->node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (call->node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, parse_object_thread);
}

/* One call whose reply is one object of the spec. */
static void
call_for_object (DeckClient          *self,
                 const char          *method,
                 const char          *path,
                 JsonNode            *body,
                 ObjectParser         parser,
                 const char          *what,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  call = g_new0 (Call, 1);
  call->parser = parser;
  call->what = what;
  call->want_key = source_tag == deck_client_create_api_key_async;
  g_task_set_task_data (task, call, call_free);

  deck_client_call_async (self, method, path, body, cancellable,
                          on_object_reply, g_steal_pointer (&task));
}

static gpointer
object_finish (DeckClient    *self,
               GAsyncResult  *result,
               gpointer       source_tag,
               GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_delete_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* DELETE of one item by id; the deleted item in the reply is not needed. */
static void
call_delete (DeckClient          *self,
             const char          *collection,
             const char          *id,
             gpointer             source_tag,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *escaped = deck_client_escape_segment (id);
  g_autofree char *path = g_strconcat (collection, "/", escaped, NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  deck_client_call_async (self, "DELETE", path, NULL, cancellable,
                          on_delete_reply, g_steal_pointer (&task));
}

static gboolean
delete_finish (DeckClient    *self,
               GAsyncResult  *result,
               gpointer       source_tag,
               GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A body of string members: NULL-terminated name/value pairs; NULL values are left
 * out, so only what the caller set is sent. */
static JsonNode *
build_body (const char *first_name,
            ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      if (value == NULL)
        continue;
      json_builder_set_member_name (builder, name);
      json_builder_add_string_value (builder, value);
    }
  va_end (args);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* ------------------------------------------------------------------ workspace */

static GObject *
parse_workspace_info (JsonObject  *object,
                      GError     **error)
{
  return G_OBJECT (deck_workspace_info_new_from_json (object, error));
}

static GObject *
parse_workspace_plan (JsonObject  *object,
                      GError     **error)
{
  return G_OBJECT (deck_workspace_plan_new_from_json (object, error));
}

void
deck_client_get_workspace_info_async (DeckClient          *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_for_object (self, "GET", "/api/v2/workspaces/current", NULL,
                   parse_workspace_info, "workspace",
                   deck_client_get_workspace_info_async,
                   cancellable, callback, user_data);
}

DeckWorkspaceInfo *
deck_client_get_workspace_info_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return object_finish (self, result, deck_client_get_workspace_info_async, error);
}

void
deck_client_rename_workspace_async (DeckClient          *self,
                                    const char          *name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  body = build_body ("name", name, NULL);
  call_for_object (self, "PATCH", "/api/v2/workspaces/current", body,
                   parse_workspace_info, "workspace",
                   deck_client_rename_workspace_async,
                   cancellable, callback, user_data);
}

DeckWorkspaceInfo *
deck_client_rename_workspace_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return object_finish (self, result, deck_client_rename_workspace_async, error);
}

void
deck_client_get_plan_details_async (DeckClient          *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_for_object (self, "GET", "/api/v2/workspace-billing/plan-details", NULL,
                   parse_workspace_plan, "plan details",
                   deck_client_get_plan_details_async,
                   cancellable, callback, user_data);
}

DeckWorkspacePlan *
deck_client_get_plan_details_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return object_finish (self, result, deck_client_get_plan_details_async, error);
}

/* ------------------------------------------------------------------ API keys */

static GObject *
parse_api_key (JsonObject  *object,
               GError     **error)
{
  return G_OBJECT (deck_api_key_new_from_json (object, error));
}

DeckPager *
deck_client_list_api_keys (DeckClient *self)
{
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  pager = deck_pager_new (self, "GET", "/api/v2/api-keys", NULL, DECK_TYPE_API_KEY, parse_api_key);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_create_api_key_async (DeckClient          *self,
                                  const char          *name,
                                  const char * const  *scopes,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (scopes != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "scopes");
  json_builder_begin_array (builder);
  for (guint i = 0; scopes[i] != NULL; i++)
    json_builder_add_string_value (builder, scopes[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  call_for_object (self, "POST", "/api/v2/api-keys", body,
                   parse_api_key, "API key",
                   deck_client_create_api_key_async,
                   cancellable, callback, user_data);
}

DeckApiKey *
deck_client_create_api_key_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   char         **key,
                                   GError       **error)
{
  Created *created;
  DeckApiKey *api_key;

  if (key != NULL)
    *key = NULL;

  created = object_finish (self, result, deck_client_create_api_key_async, error);
  if (created == NULL)
    return NULL;

  api_key = DECK_API_KEY (g_steal_pointer (&created->object));
  if (key != NULL)
    *key = g_steal_pointer (&created->key);
  created_free (created);

  return api_key;
}

void
deck_client_delete_api_key_async (DeckClient          *self,
                                  const char          *id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_delete (self, "/api/v2/api-keys", id, deck_client_delete_api_key_async,
               cancellable, callback, user_data);
}

gboolean
deck_client_delete_api_key_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return delete_finish (self, result, deck_client_delete_api_key_async, error);
}

/* ------------------------------------------------------------------ members */

static GObject *
parse_workspace_member (JsonObject  *object,
                        GError     **error)
{
  return G_OBJECT (deck_workspace_member_new_from_json (object, error));
}

DeckPager *
deck_client_list_workspace_members (DeckClient *self,
                                    const char *search)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/workspace-members");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (search != NULL && *search != '\0')
    deck_client_append_query (path, "search", search);

  pager = deck_pager_new (self, "GET", path->str, NULL,
                          DECK_TYPE_WORKSPACE_MEMBER, parse_workspace_member);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_invite_workspace_member_async (DeckClient          *self,
                                           const char          *email,
                                           const char          *role,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (role != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  body = build_body ("email", email, "role", role, NULL);
  call_for_object (self, "POST", "/api/v2/workspace-members", body,
                   parse_workspace_member, "workspace member",
                   deck_client_invite_workspace_member_async,
                   cancellable, callback, user_data);
}

DeckWorkspaceMember *
deck_client_invite_workspace_member_finish (DeckClient    *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return object_finish (self, result, deck_client_invite_workspace_member_async, error);
}

void
deck_client_set_workspace_member_role_async (DeckClient          *self,
                                             const char          *id,
                                             const char          *role,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (role != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  escaped = deck_client_escape_segment (id);
  path = g_strconcat ("/api/v2/workspace-members/", escaped, NULL);
  body = build_body ("role", role, NULL);
  call_for_object (self, "PATCH", path, body,
                   parse_workspace_member, "workspace member",
                   deck_client_set_workspace_member_role_async,
                   cancellable, callback, user_data);
}

DeckWorkspaceMember *
deck_client_set_workspace_member_role_finish (DeckClient    *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  return object_finish (self, result, deck_client_set_workspace_member_role_async, error);
}

void
deck_client_remove_workspace_member_async (DeckClient          *self,
                                           const char          *id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_delete (self, "/api/v2/workspace-members", id,
               deck_client_remove_workspace_member_async,
               cancellable, callback, user_data);
}

gboolean
deck_client_remove_workspace_member_finish (DeckClient    *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return delete_finish (self, result, deck_client_remove_workspace_member_async, error);
}

/* ------------------------------------------------------------------ group */

static GObject *
parse_group_member (JsonObject  *object,
                    GError     **error)
{
  return G_OBJECT (deck_group_member_new_from_json (object, error));
}

DeckPager *
deck_client_list_group_members (DeckClient *self)
{
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  pager = deck_pager_new (self, "GET", "/api/v2/workspace-group-members", NULL,
                          DECK_TYPE_GROUP_MEMBER, parse_group_member);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_invite_group_member_async (DeckClient          *self,
                                       const char          *sub_workspace_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (sub_workspace_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  body = build_body ("sub_workspace_id", sub_workspace_id, NULL);
  call_for_object (self, "POST", "/api/v2/workspace-group-members", body,
                   parse_group_member, "workspace group member",
                   deck_client_invite_group_member_async,
                   cancellable, callback, user_data);
}

DeckGroupMember *
deck_client_invite_group_member_finish (DeckClient    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return object_finish (self, result, deck_client_invite_group_member_async, error);
}

void
deck_client_remove_group_member_async (DeckClient          *self,
                                       const char          *id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_delete (self, "/api/v2/workspace-group-members", id,
               deck_client_remove_group_member_async,
               cancellable, callback, user_data);
}

gboolean
deck_client_remove_group_member_finish (DeckClient    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return delete_finish (self, result, deck_client_remove_group_member_async, error);
}

/* ------------------------------------------------------------------ audit log */

/* The spec's examples use "1970-01-01T00:00:00.000Z". */
static char *
format_date (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");
}

DeckAuditLogPager *
deck_client_list_audit_log (DeckClient *self,
                            int         activity_type,
                            const char *search,
                            GDateTime  *start,
                            GDateTime  *end)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/audit-logs");

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (activity_type != 0)
    {
      g_autofree char *type = g_strdup_printf ("%d", activity_type);

      deck_client_append_query (path, "activity_type", type);
    }
  if (search != NULL && *search != '\0')
    deck_client_append_query (path, "search", search);
  if (start != NULL)
    {
      g_autofree char *text = format_date (start);

      deck_client_append_query (path, "start_date", text);
    }
  if (end != NULL)
    {
      g_autofree char *text = format_date (end);

      deck_client_append_query (path, "end_date", text);
    }

  return deck_audit_log_pager_new (self, path->str);
}
