/* deck-model-fields.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <stdlib.h>

#include "deck-model-fields-private.h"

/* The node at @path, or NULL when a step is missing, null or not an object. */
static JsonNode *
lookup (JsonObject         *object,
        const char * const *path)
{
  JsonNode *node = NULL;

  for (guint i = 0; path[i] != NULL; i++)
    {
      if (object == NULL)
        return NULL;

      node = json_object_get_member (object, path[i]);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        return NULL;

      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }

  return node;
}

char *
deck_model_dup_string (JsonObject         *object,
                       const char * const *path)
{
  JsonNode *node = lookup (object, path);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return json_node_dup_string (node);
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return NULL;
}

char *
deck_model_dup_json (JsonObject         *object,
                     const char * const *path)
{
  JsonNode *node = lookup (object, path);

  if (node == NULL)
    return NULL;

  return json_to_string (node, FALSE);
}

GDateTime *
deck_model_dup_date_time (JsonObject         *object,
                          const char * const *path)
{
  g_autofree char *text = deck_model_dup_string (object, path);
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

char **
deck_model_dup_strv (JsonObject         *object,
                     const char * const *path)
{
  JsonNode *node = lookup (object, path);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) &&
          json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

gboolean
deck_model_get_double (JsonObject         *object,
                       const char * const *path,
                       double             *out)
{
  JsonNode *node = lookup (object, path);
  GType type;

  *out = 0.0;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *out = json_node_get_double (node);
      return isfinite (*out);
    }

  if (type == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *end = NULL;
      double value;

      if (text == NULL || *text == '\0')
        return FALSE;

      value = g_ascii_strtod (text, &end);
      if (end == NULL || *end != '\0' || !isfinite (value))
        return FALSE;

      *out = value;
      return TRUE;
    }

  return FALSE;
}

int
deck_model_get_int (JsonObject         *object,
                    const char * const *path,
                    int                 default_value)
{
  double value;

  if (!deck_model_get_double (object, path, &value) ||
      value < G_MININT || value > G_MAXINT)
    return default_value;

  return (int) value;
}

gboolean
deck_model_get_boolean (JsonObject         *object,
                        const char * const *path,
                        gboolean            default_value)
{
  JsonNode *node = lookup (object, path);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return default_value;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node);

    case G_TYPE_INT64:
      return json_node_get_int (node) != 0;

    default:
      return default_value;
    }
}

gboolean
deck_model_set_string (char **slot,
                       char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    {
      g_free (value);
      return FALSE;
    }

  g_free (*slot);
  *slot = value;

  return TRUE;
}

gboolean
deck_model_set_date_time (GDateTime **slot,
                          GDateTime  *value)
{
  if (*slot == value ||
      (*slot != NULL && value != NULL && g_date_time_equal (*slot, value)))
    {
      g_clear_pointer (&value, g_date_time_unref);
      return FALSE;
    }

  g_clear_pointer (slot, g_date_time_unref);
  *slot = value;

  return TRUE;
}

gboolean
deck_model_set_strv (char ***slot,
                     char  **value)
{
  if (*slot == value ||
      (*slot != NULL && value != NULL && g_strv_equal ((const char * const *) *slot,
                                                       (const char * const *) value)))
    {
      g_strfreev (value);
      return FALSE;
    }

  g_strfreev (*slot);
  *slot = value;

  return TRUE;
}

gboolean
deck_model_set_int (int *slot,
                    int  value)
{
  if (*slot == value)
    return FALSE;

  *slot = value;

  return TRUE;
}

gboolean
deck_model_set_double (double *slot,
                       double  value)
{
  if (*slot == value)
    return FALSE;

  *slot = value;

  return TRUE;
}

gboolean
deck_model_set_boolean (gboolean *slot,
                        gboolean  value)
{
  value = !!value;
  if (*slot == value)
    return FALSE;

  *slot = value;

  return TRUE;
}

gboolean
deck_model_check_required (JsonObject         *object,
                           const char         *type_name,
                           const char * const *required,
                           GError            **error)
{
  for (guint i = 0; required != NULL && required[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, required[i]);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "A %s without \"%s\"", type_name, required[i]);
          return FALSE;
        }
    }

  return TRUE;
}
