/* deck-model-enums.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-model-enums.h"

/* The server may grow new values before we know them: name them rather than hide them. */
static char *
unknown_value (int value)
{
  /* Translators: an enum value this version does not know, e.g. "Unknown (7)" */
  return g_strdup_printf (_("Unknown (%d)"), value);
}

char *
deck_account_status_to_string (int status)
{
  switch (status)
    {
    case DECK_ACCOUNT_STATUS_ACTIVE:
      return g_strdup (_("Active"));
    case DECK_ACCOUNT_STATUS_PAUSED:
      return g_strdup (_("Paused"));
    case DECK_ACCOUNT_STATUS_MAINTENANCE:
      return g_strdup (_("Paused for maintenance"));
    case DECK_ACCOUNT_STATUS_CONNECTION_ERROR:
      return g_strdup (_("Connection error"));
    case DECK_ACCOUNT_STATUS_SOFT_BOUNCE_ERROR:
      return g_strdup (_("Soft bounce error"));
    case DECK_ACCOUNT_STATUS_SENDING_ERROR:
      return g_strdup (_("Sending error"));
    default:
      return unknown_value (status);
    }
}

gboolean
deck_account_status_is_error (int status)
{
  return status == DECK_ACCOUNT_STATUS_CONNECTION_ERROR ||
         status == DECK_ACCOUNT_STATUS_SOFT_BOUNCE_ERROR ||
         status == DECK_ACCOUNT_STATUS_SENDING_ERROR;
}

const char *
deck_account_status_icon_name (int status)
{
  switch (status)
    {
    case DECK_ACCOUNT_STATUS_ACTIVE:
      return "object-select-symbolic";
    case DECK_ACCOUNT_STATUS_PAUSED:
      return "media-playback-pause-symbolic";
    case DECK_ACCOUNT_STATUS_MAINTENANCE:
      return "preferences-system-symbolic";
    case DECK_ACCOUNT_STATUS_CONNECTION_ERROR:
      return "network-error-symbolic";
    case DECK_ACCOUNT_STATUS_SOFT_BOUNCE_ERROR:
    case DECK_ACCOUNT_STATUS_SENDING_ERROR:
      return "dialog-warning-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

char *
deck_warmup_status_to_string (int warmup_status)
{
  switch (warmup_status)
    {
    case DECK_WARMUP_STATUS_PAUSED:
      return g_strdup (_("Paused"));
    case DECK_WARMUP_STATUS_ACTIVE:
      return g_strdup (_("Active"));
    case DECK_WARMUP_STATUS_BANNED:
      return g_strdup (_("Banned"));
    case DECK_WARMUP_STATUS_SPAM_FOLDER_UNKNOWN:
      return g_strdup (_("Spam folder unknown"));
    case DECK_WARMUP_STATUS_PERMANENT_SUSPENSION:
      return g_strdup (_("Permanently suspended"));
    default:
      return unknown_value (warmup_status);
    }
}

char *
deck_provider_code_to_string (int provider_code)
{
  switch (provider_code)
    {
    case DECK_PROVIDER_CUSTOM_IMAP_SMTP:
      return g_strdup (_("Custom IMAP/SMTP"));
    case DECK_PROVIDER_GOOGLE:
      return g_strdup (_("Google"));
    case DECK_PROVIDER_MICROSOFT:
      return g_strdup (_("Microsoft"));
    case DECK_PROVIDER_AWS:
      return g_strdup (_("AWS"));
    case DECK_PROVIDER_AIRMAIL:
      return g_strdup (_("AirMail"));
    case DECK_PROVIDER_AIRMAIL_INSTANT:
      return g_strdup (_("AirMail Instant"));
    default:
      return unknown_value (provider_code);
    }
}
