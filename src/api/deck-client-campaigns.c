/* deck-client-campaigns.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include <string.h>

#include "deck-client-campaigns.h"
#include "deck-client-reply-private.h"

DECK_REPLY_DEFINE_PARSER (parse_campaign, deck_campaign_new_from_json)

static char *
campaign_path (const char *id,
               const char *action)
{
  return deck_reply_path ("campaigns", id, action);
}

static void
call_for_campaign (DeckClient *self,
                   const char *method,
                   const char *path,
                   JsonNode   *body,
                   GTask      *task)
{
  deck_reply_call_for_object (self, method, path, body, "campaign", parse_campaign, task);
}

/* Listing and reading */

DeckPager *
deck_client_list_campaigns (DeckClient *self,
                            const char *search,
                            int         status,
                            const char *tag_ids)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/campaigns");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);
  /* -1 means "no filter" here (as documented), so the accounts-unhealthy status can
   * only be filtered on the client side. */
  if (status != -1)
    {
      char value[16];

      g_snprintf (value, sizeof value, "%d", status);
      deck_client_append_query (path, "status", value);
    }
  if (tag_ids != NULL && tag_ids[0] != '\0')
    deck_client_append_query (path, "tag_ids", tag_ids);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_CAMPAIGN, parse_campaign);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_get_campaign_async (DeckClient          *self,
                                const char          *id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_get_campaign_async, "GET",
                             "campaigns", id, NULL, NULL, "campaign", parse_campaign,
                             cancellable, callback, user_data);
}

DeckCampaign *
deck_client_get_campaign_finish (DeckClient    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_campaign_async, error);
}

/* Create and change */

void
deck_client_create_campaign_async (DeckClient          *self,
                                   JsonObject          *body,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (body != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_create_campaign_async, "POST",
                             "campaigns", NULL, NULL, body, "campaign", parse_campaign,
                             cancellable, callback, user_data);
}

DeckCampaign *
deck_client_create_campaign_finish (DeckClient    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_campaign_async, error);
}

void
deck_client_patch_campaign_async (DeckClient          *self,
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

  deck_reply_request_patch (self, deck_client_patch_campaign_async,
                            "campaigns", id, changes, "campaign", parse_campaign,
                            cancellable, callback, user_data);
}

DeckCampaign *
deck_client_patch_campaign_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_patch_campaign_async, error);
}

/* The first member of an ajv-style path ("body/a/b", "body.a[0].b", "/a/b"). */
static char *
path_first_member (const char *path)
{
  const char *start = path;
  const char *end;

  if (g_str_has_prefix (start, "body"))
    start += strlen ("body");
  while (*start == '/' || *start == '.')
    start++;

  end = start;
  while (*end != '\0' && *end != '/' && *end != '.' && *end != '[' && !g_ascii_isspace (*end))
    end++;

  if (end == start)
    return NULL;

  return g_strndup (start, end - start);
}

char *
deck_campaign_error_field (const GError *error)
{
  const char *message;
  const char *found;

  if (error == NULL || error->domain != DECK_API_ERROR || error->code != DECK_API_ERROR_INVALID)
    return NULL;

  message = error->message;
  if (message == NULL)
    return NULL;

  /* "body must have required property 'name'" */
  if ((found = strstr (message, "required property '")) != NULL &&
      g_str_has_prefix (message, "body "))
    {
      const char *name = found + strlen ("required property '");
      const char *end = strchr (name, '\'');

      if (end != NULL && end > name)
        return g_strndup (name, end - name);
    }

  /* "body/campaign_schedule/schedules/0/timezone must be …", "body.name should …" */
  if ((found = strstr (message, "body/")) != NULL || (found = strstr (message, "body.")) != NULL)
    return path_first_member (found);

  /* "/campaign_schedule/schedules/0/timezone must be …" (an instancePath alone) */
  if (message[0] == '/')
    return path_first_member (message);

  return NULL;
}

/* Actions */

void
deck_client_campaign_action_async (DeckClient          *self,
                                   const char          *id,
                                   DeckCampaignAction   action,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  const char *verb;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  switch (action)
    {
    case DECK_CAMPAIGN_ACTION_ACTIVATE:
      verb = "activate";
      break;
    case DECK_CAMPAIGN_ACTION_PAUSE:
      verb = "pause";
      break;
    default:
      g_return_if_reached ();
    }

  task = deck_reply_task_new (self, deck_client_campaign_action_async, cancellable, callback, user_data);
  path = campaign_path (id, verb);
  /* No body, so no Content-Type (CATALOG §6.7). */
  call_for_campaign (self, "POST", path, NULL, task);
}

DeckCampaign *
deck_client_campaign_action_finish (DeckClient    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_campaign_action_async, error);
}

void
deck_client_delete_campaign_async (DeckClient          *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_boolean (self, deck_client_delete_campaign_async, "DELETE",
                              "campaigns", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_campaign_finish (DeckClient    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_campaign_async, error);
}

void
deck_client_duplicate_campaign_async (DeckClient          *self,
                                      const char          *id,
                                      const char          *name,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_duplicate_campaign_async, cancellable, callback, user_data);

  /* The spec gives the operation a JSON body whose only member, name, is optional. */
  json_builder_begin_object (builder);
  if (name != NULL && name[0] != '\0')
    {
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  path = campaign_path (id, "duplicate");
  call_for_campaign (self, "POST", path, body, task);
}

DeckCampaign *
deck_client_duplicate_campaign_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_duplicate_campaign_async, error);
}

void
deck_client_export_campaign_async (DeckClient          *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_json_object (self, deck_client_export_campaign_async, "POST",
                                  "campaigns", id, "export", NULL, "export",
                                  cancellable, callback, user_data);
}

JsonObject *
deck_client_export_campaign_finish (DeckClient    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_export_campaign_async, error);
}

void
deck_client_share_campaign_async (DeckClient          *self,
                                  const char          *id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  /* 204 without a body. */
  deck_reply_request_boolean (self, deck_client_share_campaign_async, "POST",
                              "campaigns", id, "share", NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_share_campaign_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_share_campaign_async, error);
}

void
deck_client_import_shared_campaign_async (DeckClient          *self,
                                          const char          *shared_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (shared_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_import_shared_campaign_async, cancellable, callback,
                              user_data);
  path = campaign_path (shared_id, "from-export");
  call_for_campaign (self, "POST", path, NULL, task);
}

DeckCampaign *
deck_client_import_shared_campaign_finish (DeckClient    *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_import_shared_campaign_async, error);
}

void
deck_client_get_sending_status_async (DeckClient          *self,
                                      const char          *id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_json_object (self, deck_client_get_sending_status_async, "GET",
                                  "campaigns", id, "sending-status", NULL, "sending status",
                                  cancellable, callback, user_data);
}

JsonObject *
deck_client_get_sending_status_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_sending_status_async, error);
}

/* Search by contact: {items} without a cursor, built off the main thread */

static void
campaign_list_build_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  JsonNode *node = task_data;
  g_autoptr(GPtrArray) campaigns = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *items_node = NULL;
  JsonArray *items;

  if (JSON_NODE_HOLDS_OBJECT (node))
    items_node = json_object_get_member (json_node_get_object (node), "items");

  if (items_node == NULL || !JSON_NODE_HOLDS_ARRAY (items_node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The campaign search reply has no list of items");
      return;
    }

  items = json_node_get_array (items_node);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);
      g_autoptr(GError) error = NULL;
      DeckCampaign *campaign;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          g_warning ("Skipping a campaign search result that is not an object");
          continue;
        }

      campaign = deck_campaign_new_from_json (json_node_get_object (item), &error);
      if (campaign == NULL)
        {
          g_warning ("Skipping a campaign search result: %s", error->message);
          continue;
        }
      g_ptr_array_add (campaigns, campaign);
    }

  g_task_return_pointer (task, g_steal_pointer (&campaigns), (GDestroyNotify) g_ptr_array_unref);
}

static void
on_search_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  JsonNode *node;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, node, (GDestroyNotify) json_node_unref);
  g_task_run_in_thread (task, campaign_list_build_thread);
}

void
deck_client_search_campaigns_by_contact_async (DeckClient          *self,
                                               const char          *email,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GString) path = g_string_new ("/api/v2/campaigns/search-by-contact");

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_search_campaigns_by_contact_async, cancellable,
                              callback, user_data);
  deck_client_append_query (path, "search", email);
  deck_client_call_async (self, "GET", path->str, NULL, cancellable,
                          on_search_reply, g_steal_pointer (&task));
}

GPtrArray *
deck_client_search_campaigns_by_contact_finish (DeckClient    *self,
                                                GAsyncResult  *result,
                                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_search_campaigns_by_contact_async,
                                       error);
}

/* Analytics: a bare array (CATALOG §3) */

static void
on_analytics_reply (GObject      *source,
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

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The campaign analytics reply is not a list");
      return;
    }

  g_task_return_pointer (task, json_array_ref (json_node_get_array (node)),
                         (GDestroyNotify) json_array_unref);
}

void
deck_client_get_campaigns_analytics_async (DeckClient          *self,
                                           const char * const  *ids,
                                           const char          *start_date,
                                           const char          *end_date,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GString) path = g_string_new ("/api/v2/campaigns/analytics");

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_campaigns_analytics_async, cancellable,
                              callback, user_data);

  /* Repeated keys, not a comma-separated list (CATALOG §1.2); none = every campaign. */
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    deck_client_append_query (path, "ids", ids[i]);
  if (start_date != NULL && start_date[0] != '\0')
    deck_client_append_query (path, "start_date", start_date);
  if (end_date != NULL && end_date[0] != '\0')
    deck_client_append_query (path, "end_date", end_date);

  deck_client_call_async (self, "GET", path->str, NULL, cancellable,
                          on_analytics_reply, g_steal_pointer (&task));
}

JsonArray *
deck_client_get_campaigns_analytics_finish (DeckClient    *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_campaigns_analytics_async, error);
}
