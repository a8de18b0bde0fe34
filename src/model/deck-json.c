/* deck-json.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <math.h>

#include "deck-json-private.h"

JsonNode *
deck_json_get_member (JsonObject *object,
                      const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return NULL;

  return json_object_get_member (object, member);
}

JsonObject *
deck_json_get_object (JsonObject *object,
                      const char *member)
{
  JsonNode *node = deck_json_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

gboolean
deck_json_get_double (JsonNode *node,
                      double   *out)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (!isfinite (value))
        return FALSE;
      *out = value;
      return TRUE;
    }

  if (type == G_TYPE_BOOLEAN)
    {
      *out = json_node_get_boolean (node) ? 1 : 0;
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);
      char *end = NULL;
      double value;

      if (str == NULL)
        return FALSE;

      while (g_ascii_isspace (*str))
        str++;
      if (*str == '\0')
        return FALSE;

      value = g_ascii_strtod (str, &end);
      while (end != NULL && g_ascii_isspace (*end))
        end++;
      if (end == NULL || *end != '\0' || !isfinite (value))
        return FALSE;

      *out = value;
      return TRUE;
    }

  return FALSE;
}

gboolean
deck_json_get_boolean (JsonNode *node,
                       gboolean *out)
{
  double number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *out = json_node_get_boolean (node);
      return TRUE;
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);

      if (g_ascii_strcasecmp (str, "true") == 0 || g_ascii_strcasecmp (str, "false") == 0)
        {
          *out = g_ascii_strcasecmp (str, "true") == 0;
          return TRUE;
        }
    }

  if (deck_json_get_double (node, &number))
    {
      *out = number != 0;
      return TRUE;
    }

  return FALSE;
}

char *
deck_json_dup_string (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    return json_node_dup_string (node);
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");

  return NULL;
}

GDateTime *
deck_json_dup_date_time (JsonNode *node)
{
  g_autoptr(GTimeZone) utc = NULL;
  const char *str;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  str = json_node_get_string (node);
  if (str == NULL || *str == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (str, utc);
}

guint
deck_json_get_count (JsonNode *node)
{
  double value;

  if (!deck_json_get_double (node, &value) || value <= 0)
    return 0;

  return (guint) MIN (value, (double) G_MAXUINT);
}
