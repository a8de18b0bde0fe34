/* deck-api-error.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-api"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-api-error.h"

G_DEFINE_QUARK (deck-api-error-quark, deck_api_error)

DeckApiError
deck_api_error_code_for_status (guint status)
{
  switch (status)
    {
    case 400:
    case 422:
      return DECK_API_ERROR_INVALID;
    case 401:
      return DECK_API_ERROR_UNAUTHORIZED;
    case 402:
      return DECK_API_ERROR_PAYMENT_REQUIRED;
    case 403:
      return DECK_API_ERROR_FORBIDDEN;
    case 404:
      return DECK_API_ERROR_NOT_FOUND;
    case 409:
      return DECK_API_ERROR_CONFLICT;
    case 413:
      return DECK_API_ERROR_TOO_LARGE;
    case 429:
      return DECK_API_ERROR_RATE_LIMITED;
    default:
      return DECK_API_ERROR_SERVER;
    }
}

static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;

  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

GError *
deck_api_error_new_from_reply (guint       status,
                               const char *reason_phrase,
                               JsonNode   *body)
{
  JsonObject *object = NULL;
  const char *error_text;
  const char *message;
  DeckApiError code;

  if (body != NULL && JSON_NODE_HOLDS_OBJECT (body))
    object = json_node_get_object (body);

  error_text = object_get_string (object, "error");
  message = object_get_string (object, "message");

  if (status >= 200 && status < 300)
    {
      /* e.g. POST /emails/test answers 200 {"error":"ACC_AUTH_ERROR"} */
      if (error_text == NULL || error_text[0] == '\0')
        return NULL;

      if (message != NULL && message[0] != '\0')
        return g_error_new (DECK_API_ERROR, DECK_API_ERROR_REMOTE, "%s: %s", error_text, message);

      return g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_REMOTE, error_text);
    }

  code = deck_api_error_code_for_status (status);

  if (message != NULL && message[0] != '\0')
    return g_error_new_literal (DECK_API_ERROR, code, message);

  if (error_text != NULL && error_text[0] != '\0')
    return g_error_new_literal (DECK_API_ERROR, code, error_text);

  if (reason_phrase != NULL && reason_phrase[0] != '\0')
    return g_error_new (DECK_API_ERROR, code, "HTTP %u %s", status, reason_phrase);

  return g_error_new (DECK_API_ERROR, code, "HTTP %u", status);
}

GError *
deck_api_error_new_from_transport (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      error->domain == DECK_API_ERROR)
    return g_error_copy (error);

  return g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_NETWORK, error->message);
}

char *
deck_api_error_describe (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_strdup (_("The operation was cancelled."));

  if (error->domain != DECK_API_ERROR)
    return g_strdup (error->message);

  switch ((DeckApiError) error->code)
    {
    case DECK_API_ERROR_UNAUTHORIZED:
      return g_strdup (_("The API key was refused. Check that it is correct and has not been revoked."));
    case DECK_API_ERROR_PAYMENT_REQUIRED:
      return g_strdup (_("This workspace has no active paid plan. Using the API needs a paid Instantly plan."));
    case DECK_API_ERROR_FORBIDDEN:
      return g_strdup (_("This API key lacks the permission for this action. Create a key with the needed scopes in Instantly’s settings."));
    case DECK_API_ERROR_NOT_FOUND:
      return g_strdup (_("This item no longer exists on the server. Reload to see the current state."));
    case DECK_API_ERROR_CONFLICT:
      return g_strdup (_("This conflicts with something that already exists. Reload and try again."));
    case DECK_API_ERROR_INVALID:
      /* Translators: %s is the server's own explanation, in English */
      return g_strdup_printf (_("The server did not accept the request: %s"), error->message);
    case DECK_API_ERROR_TOO_LARGE:
      return g_strdup (_("The request is too large for the server. Try again with fewer items."));
    case DECK_API_ERROR_RATE_LIMITED:
      return g_strdup (_("Instantly is limiting requests right now. Wait a minute and try again."));
    case DECK_API_ERROR_SERVER:
      return g_strdup (_("The server had a problem and could not finish. Try again later."));
    case DECK_API_ERROR_NETWORK:
      return g_strdup (_("Could not reach the server. Check your internet connection."));
    case DECK_API_ERROR_PARSE:
      return g_strdup (_("The server sent an answer that could not be read. Try again later."));
    case DECK_API_ERROR_REMOTE:
      /* Translators: %s is the server's own error code or text */
      return g_strdup_printf (_("The server reported a problem: %s"), error->message);
    case DECK_API_ERROR_INVALID_URL:
      return g_strdup (_("This server address is not allowed. Use an https:// address; plain http:// only works for this computer."));
    default:
      return g_strdup (error->message);
    }
}

const char *
deck_api_error_get_title (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return _("Cancelled");

  if (error->domain != DECK_API_ERROR)
    return _("Something went wrong");

  switch ((DeckApiError) error->code)
    {
    case DECK_API_ERROR_UNAUTHORIZED:
      return _("The API key was refused");
    case DECK_API_ERROR_PAYMENT_REQUIRED:
      return _("No active paid plan");
    case DECK_API_ERROR_FORBIDDEN:
      return _("Permission missing");
    case DECK_API_ERROR_NOT_FOUND:
      return _("Not found");
    case DECK_API_ERROR_CONFLICT:
      return _("Conflict");
    case DECK_API_ERROR_INVALID:
      return _("Request not accepted");
    case DECK_API_ERROR_TOO_LARGE:
      return _("Request too large");
    case DECK_API_ERROR_RATE_LIMITED:
      return _("Too many requests");
    case DECK_API_ERROR_SERVER:
      return _("Server error");
    case DECK_API_ERROR_NETWORK:
      return _("No connection");
    case DECK_API_ERROR_PARSE:
      return _("Unreadable answer");
    case DECK_API_ERROR_REMOTE:
      return _("The server reported a problem");
    case DECK_API_ERROR_INVALID_URL:
      return _("Server address not allowed");
    default:
      return _("Something went wrong");
    }
}
