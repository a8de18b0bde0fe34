/* deck-client-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-accounts.h"

static GObject *
parse_account (JsonObject  *object,
               GError     **error)
{
  return G_OBJECT (deck_account_new_from_json (object, error));
}

DeckPager *
deck_client_list_accounts (DeckClient *self,
                           const char *search)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/accounts");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  deck_client_append_query (path, "include_tags", "true");
  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_ACCOUNT, parse_account);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

static void
on_get_account (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;
  DeckAccount *account;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* One account is a small object: building it here costs less than a thread hop. */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The account reply is not an object");
      return;
    }

  account = deck_account_new_from_json (json_node_get_object (node), &error);
  if (account == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "%s", error->message);
      g_error_free (error);
      return;
    }

  g_task_return_pointer (task, account, g_object_unref);
}

void
deck_client_get_account_async (DeckClient          *self,
                               const char          *email,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_client_get_account_async);

  escaped = deck_client_escape_segment (email);
  path = g_strconcat ("/api/v2/accounts/", escaped, NULL);

  deck_client_call_async (self, "GET", path, NULL, cancellable,
                          on_get_account, g_steal_pointer (&task));
}

DeckAccount *
deck_client_get_account_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_client_get_account_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
