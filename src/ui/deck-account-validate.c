/* deck-account-validate.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-validate"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "deck-account-validate.h"

gboolean
deck_account_email_is_valid (const char *text)
{
  const char *at;
  const char *dot;

  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  /* A domain with a dot that neither starts nor ends it. */
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot != at + 1 && dot[1] != '\0';
}

gboolean
deck_account_host_is_valid (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '_' && *p != ':' &&
        !((guchar) *p >= 0x80))
      return FALSE;

  return text[0] != '.' && text[0] != '-';
}

gboolean
deck_account_parse_number (const char  *text,
                           gint64       min,
                           gint64       max,
                           gint64      *out,
                           GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));

  if (!g_ascii_string_to_signed (copy, 10, min, max, out, error))
    return FALSE;

  return TRUE;
}
