/* deck-client-lead-lists.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-lead-lists.h"
#include "deck-client-reply-private.h"

DECK_REPLY_DEFINE_PARSER (parse_lead_list, deck_lead_list_new_from_json)
DECK_REPLY_DEFINE_PARSER (parse_lead_label, deck_lead_label_new_from_json)

/* Lead lists */

DeckPager *
deck_client_list_lead_lists (DeckClient *self,
                             const char *search)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/lead-lists");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_LEAD_LIST, parse_lead_list);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_create_lead_list_async (DeckClient          *self,
                                    const char          *name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_create_lead_list_async, cancellable, callback, user_data);
  json_object_set_string_member (body, "name", name);
  node = deck_reply_object_node (body);
  deck_reply_call_for_object (self, "POST", "/api/v2/lead-lists", node, "lead list",
                              parse_lead_list, task);
}

DeckLeadList *
deck_client_create_lead_list_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_lead_list_async, error);
}

void
deck_client_rename_lead_list_async (DeckClient          *self,
                                    const char          *id,
                                    const char          *name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_rename_lead_list_async, cancellable, callback, user_data);
  json_object_set_string_member (body, "name", name);
  node = deck_reply_object_node (body);
  path = deck_reply_path ("lead-lists", id, NULL);
  deck_reply_call_for_object (self, "PATCH", path, node, "lead list", parse_lead_list, task);
}

DeckLeadList *
deck_client_rename_lead_list_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_rename_lead_list_async, error);
}

void
deck_client_delete_lead_list_async (DeckClient          *self,
                                    const char          *id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  /* No body, so no Content-Type (CATALOG §6.7). */
  deck_reply_request_boolean (self, deck_client_delete_lead_list_async, "DELETE",
                              "lead-lists", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_lead_list_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_lead_list_async, error);
}

void
deck_client_get_lead_list_stats_async (DeckClient          *self,
                                       const char          *id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_json_object (self, deck_client_get_lead_list_stats_async, "GET",
                                  "lead-lists", id, "verification-stats", NULL, "verification stats",
                                  cancellable, callback, user_data);
}

static gint64
stat_value (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;
  /* Numbers may arrive as strings. */
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return MAX (g_ascii_strtoll (json_node_get_string (node), NULL, 10), 0);
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return 0;
  return MAX ((gint64) json_node_get_double (node), 0);
}

gboolean
deck_client_get_lead_list_stats_finish (DeckClient         *self,
                                        GAsyncResult       *result,
                                        DeckLeadListStats  *out_stats,
                                        GError            **error)
{
  g_autoptr(JsonObject) reply = NULL;
  JsonObject *stats = NULL;
  JsonNode *node;

  reply = deck_reply_propagate_pointer (self, result, deck_client_get_lead_list_stats_async, error);
  if (reply == NULL)
    return FALSE;

  node = json_object_get_member (reply, "stats");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    stats = json_node_get_object (node);

  if (out_stats != NULL)
    {
      out_stats->total_leads = stat_value (reply, "total_leads");
      out_stats->verified = stat_value (stats, "verified");
      out_stats->invalid = stat_value (stats, "invalid");
      out_stats->risky = stat_value (stats, "risky");
      out_stats->catch_all = stat_value (stats, "catch_all");
      out_stats->job_change = stat_value (stats, "job_change");
      out_stats->pending = stat_value (stats, "verification_job_pending_leadfinder") +
                           stat_value (stats, "verification_job_pending_user");
    }

  return TRUE;
}

/* Lead labels */

DeckPager *
deck_client_list_lead_labels (DeckClient *self)
{
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  pager = deck_pager_new (self, "GET", "/api/v2/lead-labels", NULL, DECK_TYPE_LEAD_LABEL,
                          parse_lead_label);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_create_lead_label_async (DeckClient          *self,
                                     JsonObject          *body,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (body != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_create_lead_label_async, "POST",
                             "lead-labels", NULL, NULL, body, "lead label", parse_lead_label,
                             cancellable, callback, user_data);
}

DeckLeadLabel *
deck_client_create_lead_label_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_lead_label_async, error);
}

void
deck_client_patch_lead_label_async (DeckClient          *self,
                                    const char          *id,
                                    JsonObject          *changes,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (changes != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_patch (self, deck_client_patch_lead_label_async,
                            "lead-labels", id, changes, "lead label", parse_lead_label,
                            cancellable, callback, user_data);
}

DeckLeadLabel *
deck_client_patch_lead_label_finish (DeckClient    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_patch_lead_label_async, error);
}

void
deck_client_delete_lead_label_async (DeckClient          *self,
                                     const char          *id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_boolean (self, deck_client_delete_lead_label_async, "DELETE",
                              "lead-labels", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_lead_label_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_lead_label_async, error);
}
