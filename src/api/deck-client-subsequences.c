/* deck-client-subsequences.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-reply-private.h"
#include "deck-client-subsequences.h"

DECK_REPLY_DEFINE_PARSER (parse_subsequence, deck_subsequence_new_from_json)

static char *
subsequence_path (const char *id,
                  const char *action)
{
  return deck_reply_path ("subsequences", id, action);
}

static void
call_for_subsequence (DeckClient *self,
                      const char *method,
                      const char *path,
                      JsonNode   *body,
                      GTask      *task)
{
  deck_reply_call_for_object (self, method, path, body, "subsequence", parse_subsequence, task);
}

DeckPager *
deck_client_list_subsequences (DeckClient *self,
                               const char *parent_campaign,
                               const char *search)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/subsequences");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  if (parent_campaign != NULL && parent_campaign[0] != '\0')
    deck_client_append_query (path, "parent_campaign", parent_campaign);
  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_SUBSEQUENCE, parse_subsequence);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_get_subsequence_async (DeckClient          *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_get_subsequence_async, "GET",
                             "subsequences", id, NULL, NULL, "subsequence", parse_subsequence,
                             cancellable, callback, user_data);
}

DeckSubsequence *
deck_client_get_subsequence_finish (DeckClient    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_subsequence_async, error);
}

void
deck_client_create_subsequence_async (DeckClient          *self,
                                      JsonObject          *body,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (body != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_create_subsequence_async, "POST",
                             "subsequences", NULL, NULL, body, "subsequence", parse_subsequence,
                             cancellable, callback, user_data);
}

DeckSubsequence *
deck_client_create_subsequence_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_subsequence_async, error);
}

void
deck_client_patch_subsequence_async (DeckClient          *self,
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

  deck_reply_request_patch (self, deck_client_patch_subsequence_async,
                            "subsequences", id, changes, "subsequence", parse_subsequence,
                            cancellable, callback, user_data);
}

DeckSubsequence *
deck_client_patch_subsequence_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_patch_subsequence_async, error);
}

void
deck_client_delete_subsequence_async (DeckClient          *self,
                                      const char          *id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_boolean (self, deck_client_delete_subsequence_async, "DELETE",
                              "subsequences", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_subsequence_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_subsequence_async, error);
}

void
deck_client_subsequence_action_async (DeckClient            *self,
                                      const char            *id,
                                      DeckSubsequenceAction  action,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  const char *verb;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  switch (action)
    {
    case DECK_SUBSEQUENCE_ACTION_PAUSE:
      verb = "pause";
      break;
    case DECK_SUBSEQUENCE_ACTION_RESUME:
      verb = "resume";
      break;
    default:
      g_return_if_reached ();
    }

  task = deck_reply_task_new (self, deck_client_subsequence_action_async, cancellable, callback, user_data);
  path = subsequence_path (id, verb);
  call_for_subsequence (self, "POST", path, NULL, task);
}

DeckSubsequence *
deck_client_subsequence_action_finish (DeckClient    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_subsequence_action_async, error);
}

void
deck_client_duplicate_subsequence_async (DeckClient          *self,
                                         const char          *id,
                                         const char          *parent_campaign,
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
  g_return_if_fail (parent_campaign != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_duplicate_subsequence_async, cancellable, callback,
                              user_data);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parent_campaign");
  json_builder_add_string_value (builder, parent_campaign);
  if (name != NULL && name[0] != '\0')
    {
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  path = subsequence_path (id, "duplicate");
  call_for_subsequence (self, "POST", path, body, task);
}

DeckSubsequence *
deck_client_duplicate_subsequence_finish (DeckClient    *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_duplicate_subsequence_async, error);
}

void
deck_client_get_subsequence_sending_status_async (DeckClient          *self,
                                                  const char          *id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_subsequence_sending_status_async, cancellable,
                              callback, user_data);
  path = subsequence_path (id, "sending-status");
  deck_reply_call_for_json_object (self, "GET", path, NULL, "sending status", task);
}

JsonObject *
deck_client_get_subsequence_sending_status_finish (DeckClient    *self,
                                                   GAsyncResult  *result,
                                                   GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_subsequence_sending_status_async,
                                       error);
}
