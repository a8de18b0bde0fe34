/* deck-mock-validate.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-validate"

#include "deck-mock-validate-private.h"

#include <math.h>
#include <string.h>

static gboolean
is_value_of (JsonNode *node,
             GType     type)
{
  return node != NULL &&
         JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == type;
}

static gboolean
is_number (JsonNode *node)
{
  return is_value_of (node, G_TYPE_INT64) || is_value_of (node, G_TYPE_DOUBLE);
}

static gboolean
type_matches (JsonNode   *node,
              const char *type)
{
  if (g_str_equal (type, "null"))
    return node == NULL || JSON_NODE_HOLDS_NULL (node);
  if (g_str_equal (type, "boolean"))
    return is_value_of (node, G_TYPE_BOOLEAN);
  if (g_str_equal (type, "string"))
    return is_value_of (node, G_TYPE_STRING);
  if (g_str_equal (type, "number"))
    return is_number (node);
  if (g_str_equal (type, "integer"))
    {
      double v;

      if (is_value_of (node, G_TYPE_INT64))
        return TRUE;
      if (!is_value_of (node, G_TYPE_DOUBLE))
        return FALSE;
      v = json_node_get_double (node);
      return isfinite (v) && floor (v) == v;
    }
  if (g_str_equal (type, "object"))
    return node != NULL && JSON_NODE_HOLDS_OBJECT (node);
  if (g_str_equal (type, "array"))
    return node != NULL && JSON_NODE_HOLDS_ARRAY (node);

  return TRUE;
}

static gboolean
check_type (JsonNode   *node,
            JsonObject *schema,
            const char *path,
            char      **message)
{
  JsonNode *type = json_object_get_member (schema, "type");
  g_autoptr(GString) names = NULL;

  if (type == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_VALUE (type))
    {
      if (type_matches (node, json_node_get_string (type)))
        return TRUE;
      *message = g_strdup_printf ("%s must be %s", path, json_node_get_string (type));
      return FALSE;
    }

  names = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (type)); i++)
    {
      const char *name = json_array_get_string_element (json_node_get_array (type), i);

      if (type_matches (node, name))
        return TRUE;
      if (names->len > 0)
        g_string_append_c (names, ',');
      g_string_append (names, name);
    }

  *message = g_strdup_printf ("%s must be %s", path, names->str);
  return FALSE;
}

static gboolean
values_equal (JsonNode *a,
              JsonNode *b)
{
  if (a == NULL || JSON_NODE_HOLDS_NULL (a))
    return b == NULL || JSON_NODE_HOLDS_NULL (b);
  if (b == NULL || JSON_NODE_HOLDS_NULL (b))
    return FALSE;
  if (is_number (a) && is_number (b))
    return json_node_get_double (a) == json_node_get_double (b);
  if (is_value_of (a, G_TYPE_STRING) && is_value_of (b, G_TYPE_STRING))
    return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
  if (is_value_of (a, G_TYPE_BOOLEAN) && is_value_of (b, G_TYPE_BOOLEAN))
    return json_node_get_boolean (a) == json_node_get_boolean (b);
  return FALSE;
}

static char *
format_limit (JsonNode *limit)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (is_value_of (limit, G_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (limit));
  return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (limit)));
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  /* What ajv-formats' "email" accepts, roughly: local@domain.tld, no spaces. */
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  if (strchr (text, ' ') != NULL)
    return FALSE;
  at++;
  return *at != '.' && strchr (at, '.') != NULL && text[strlen (text) - 1] != '.';
}

static gboolean
check_number (JsonNode   *node,
              JsonObject *schema,
              const char *path,
              char      **message)
{
  double v = json_node_get_double (node);
  JsonNode *limit;

  if ((limit = json_object_get_member (schema, "maximum")) != NULL && v > json_node_get_double (limit))
    {
      g_autofree char *text = format_limit (limit);
      *message = g_strdup_printf ("%s must be <= %s", path, text);
      return FALSE;
    }
  if ((limit = json_object_get_member (schema, "minimum")) != NULL && v < json_node_get_double (limit))
    {
      g_autofree char *text = format_limit (limit);
      *message = g_strdup_printf ("%s must be >= %s", path, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_string (JsonNode   *node,
              JsonObject *schema,
              const char *path,
              char      **message)
{
  const char *text = json_node_get_string (node);
  glong length = g_utf8_strlen (text, -1);
  JsonNode *limit;
  const char *pattern;
  const char *format;

  if ((limit = json_object_get_member (schema, "maxLength")) != NULL && length > json_node_get_int (limit))
    {
      *message = g_strdup_printf ("%s must NOT have more than %" G_GINT64_FORMAT " characters",
                                  path, json_node_get_int (limit));
      return FALSE;
    }
  if ((limit = json_object_get_member (schema, "minLength")) != NULL && length < json_node_get_int (limit))
    {
      *message = g_strdup_printf ("%s must NOT have fewer than %" G_GINT64_FORMAT " characters",
                                  path, json_node_get_int (limit));
      return FALSE;
    }
  if ((pattern = json_object_get_string_member_with_default (schema, "pattern", NULL)) != NULL &&
      !g_regex_match_simple (pattern, text, 0, 0))
    {
      *message = g_strdup_printf ("%s must match pattern \"%s\"", path, pattern);
      return FALSE;
    }
  if ((format = json_object_get_string_member_with_default (schema, "format", NULL)) != NULL &&
      g_str_equal (format, "email") && !looks_like_email (text))
    {
      *message = g_strdup_printf ("%s must match format \"email\"", path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_array (JsonNode   *node,
             JsonObject *schema,
             const char *path,
             char      **message)
{
  JsonArray *array = json_node_get_array (node);
  guint length = json_array_get_length (array);
  JsonNode *limit;
  JsonObject *items;

  if ((limit = json_object_get_member (schema, "maxItems")) != NULL && length > json_node_get_int (limit))
    {
      *message = g_strdup_printf ("%s must NOT have more than %" G_GINT64_FORMAT " items",
                                  path, json_node_get_int (limit));
      return FALSE;
    }
  if ((limit = json_object_get_member (schema, "minItems")) != NULL && length < json_node_get_int (limit))
    {
      *message = g_strdup_printf ("%s must NOT have fewer than %" G_GINT64_FORMAT " items",
                                  path, json_node_get_int (limit));
      return FALSE;
    }

  if (json_object_has_member (schema, "items") &&
      (items = json_object_get_object_member (schema, "items")) != NULL)
    {
      for (guint i = 0; i < length; i++)
        {
          g_autofree char *child = g_strdup_printf ("%s/%u", path, i);

          if (!deck_mock_validate (json_array_get_element (array, i), items, child, message))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_object (JsonNode   *node,
              JsonObject *schema,
              const char *path,
              char      **message)
{
  JsonObject *object = json_node_get_object (node);
  JsonObject *properties = NULL;
  JsonNode *additional;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (json_object_has_member (schema, "properties"))
    properties = json_object_get_object_member (schema, "properties");

  if (json_object_has_member (schema, "minProperties") &&
      json_object_get_size (object) < (guint) json_object_get_int_member (schema, "minProperties"))
    {
      *message = g_strdup_printf ("%s must NOT have fewer than %" G_GINT64_FORMAT " properties",
                                  path, json_object_get_int_member (schema, "minProperties"));
      return FALSE;
    }

  if (json_object_has_member (schema, "required"))
    {
      JsonArray *required = json_object_get_array_member (schema, "required");

      for (guint i = 0; i < json_array_get_length (required); i++)
        {
          const char *member = json_array_get_string_element (required, i);

          if (!json_object_has_member (object, member))
            {
              *message = g_strdup_printf ("%s must have required property '%s'", path, member);
              return FALSE;
            }
        }
    }

  additional = json_object_get_member (schema, "additionalProperties");
  if (additional != NULL)
    {
      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          if (properties != NULL && json_object_has_member (properties, name))
            continue;

          if (JSON_NODE_HOLDS_VALUE (additional) && !json_node_get_boolean (additional))
            {
              *message = g_strdup_printf ("%s must NOT have additional properties", path);
              return FALSE;
            }
          if (JSON_NODE_HOLDS_OBJECT (additional))
            {
              g_autofree char *child = g_strdup_printf ("%s/%s", path, name);

              if (!deck_mock_validate (value, json_node_get_object (additional), child, message))
                return FALSE;
            }
        }
    }

  if (properties != NULL)
    {
      json_object_iter_init_ordered (&iter, properties);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          g_autofree char *child = NULL;

          if (!json_object_has_member (object, name))
            continue;
          child = g_strdup_printf ("%s/%s", path, name);
          if (!deck_mock_validate (json_object_get_member (object, name),
                                   json_node_get_object (value), child, message))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
deck_mock_validate (JsonNode    *instance,
                    JsonObject  *schema,
                    const char  *path,
                    char       **message)
{
  g_return_val_if_fail (schema != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  *message = NULL;

  if (!check_type (instance, schema, path, message))
    return FALSE;

  if (json_object_has_member (schema, "enum"))
    {
      JsonArray *values = json_object_get_array_member (schema, "enum");
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (values) && !found; i++)
        found = values_equal (instance, json_array_get_element (values, i));
      if (!found)
        {
          *message = g_strdup_printf ("%s must be equal to one of the allowed values", path);
          return FALSE;
        }
    }

  if (json_object_has_member (schema, "oneOf"))
    {
      JsonArray *branches = json_object_get_array_member (schema, "oneOf");
      guint passing = 0;

      for (guint i = 0; i < json_array_get_length (branches); i++)
        {
          g_autofree char *ignored = NULL;

          if (deck_mock_validate (instance, json_array_get_object_element (branches, i), path, &ignored))
            passing++;
        }
      if (passing != 1)
        {
          *message = g_strdup_printf ("%s must match exactly one schema in oneOf", path);
          return FALSE;
        }
    }

  if (instance == NULL || JSON_NODE_HOLDS_NULL (instance))
    return TRUE;

  if (is_number (instance) && !check_number (instance, schema, path, message))
    return FALSE;
  if (is_value_of (instance, G_TYPE_STRING) && !check_string (instance, schema, path, message))
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (instance) && !check_array (instance, schema, path, message))
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (instance) && !check_object (instance, schema, path, message))
    return FALSE;

  return TRUE;
}

static const char *
first_type (JsonObject *schema)
{
  JsonNode *type = json_object_get_member (schema, "type");

  if (type == NULL)
    return "string";
  if (JSON_NODE_HOLDS_VALUE (type))
    return json_node_get_string (type);
  /* ["number","null"]: coerce towards the first non-null type. */
  for (guint i = 0; i < json_array_get_length (json_node_get_array (type)); i++)
    {
      const char *name = json_array_get_string_element (json_node_get_array (type), i);

      if (!g_str_equal (name, "null"))
        return name;
    }
  return "null";
}

static JsonNode *
coerce_scalar (const char *text,
               const char *type)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  if (g_str_equal (type, "integer"))
    {
      gint64 v;

      if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &v, NULL))
        {
          json_node_set_int (node, v);
          return node;
        }
    }
  else if (g_str_equal (type, "number"))
    {
      char *end = NULL;
      double v = g_ascii_strtod (text, &end);

      if (*text != '\0' && end != NULL && *end == '\0' && isfinite (v))
        {
          if (floor (v) == v && fabs (v) < 9e15)
            json_node_set_int (node, (gint64) v);
          else
            json_node_set_double (node, v);
          return node;
        }
    }
  else if (g_str_equal (type, "boolean"))
    {
      if (g_str_equal (text, "true") || g_str_equal (text, "false"))
        {
          json_node_set_boolean (node, g_str_equal (text, "true"));
          return node;
        }
    }

  json_node_set_string (node, text);
  return node;
}

JsonNode *
deck_mock_coerce_query (JsonObject *query,
                        JsonObject *schema)
{
  JsonObject *out = json_object_new ();
  JsonObject *properties = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  JsonNode *root;

  if (json_object_has_member (schema, "properties"))
    properties = json_object_get_object_member (schema, "properties");

  if (query != NULL && properties != NULL)
    {
      json_object_iter_init_ordered (&iter, query);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          JsonObject *prop;
          const char *type;

          if (!json_object_has_member (properties, name))
            continue;
          prop = json_object_get_object_member (properties, name);
          type = first_type (prop);

          if (g_str_equal (type, "array"))
            {
              JsonArray *array = json_array_new ();
              const char *item_type = "string";

              if (json_object_has_member (prop, "items"))
                item_type = first_type (json_object_get_object_member (prop, "items"));

              if (JSON_NODE_HOLDS_ARRAY (value))
                {
                  for (guint i = 0; i < json_array_get_length (json_node_get_array (value)); i++)
                    json_array_add_element (array,
                                            coerce_scalar (json_array_get_string_element (json_node_get_array (value), i),
                                                           item_type));
                }
              else
                json_array_add_element (array, coerce_scalar (json_node_get_string (value), item_type));

              json_object_set_array_member (out, name, array);
            }
          else if (JSON_NODE_HOLDS_ARRAY (value))
            {
              /* A repeated scalar: the first one counts. */
              json_object_set_member (out, name,
                                      coerce_scalar (json_array_get_string_element (json_node_get_array (value), 0), type));
            }
          else
            json_object_set_member (out, name, coerce_scalar (json_node_get_string (value), type));
        }
    }

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, out);
  return root;
}
