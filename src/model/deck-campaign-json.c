/* deck-campaign-json.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include "deck-campaign-json-private.h"

JsonObject *
deck_campaign_json_object_dup (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (object == NULL)
    return copy;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    json_object_set_member (copy, name, deck_campaign_json_node_dup (member));

  return copy;
}

JsonNode *
deck_campaign_json_node_dup (JsonNode *node)
{
  JsonNode *copy;

  if (node == NULL)
    return NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_alloc ();
      json_node_init_object (copy, NULL);
      json_node_take_object (copy, deck_campaign_json_object_dup (json_node_get_object (node)));
      return copy;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *dup = json_array_sized_new (json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (dup, deck_campaign_json_node_dup (json_array_get_element (array, i)));

        copy = json_node_alloc ();
        json_node_init_array (copy, NULL);
        json_node_take_array (copy, dup);
        return copy;
      }

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      /* Values are copied by value. */
      return json_node_copy (node);
    }
}

static gboolean
node_is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
value_is_number (JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
values_equal (JsonNode *a,
              JsonNode *b)
{
  GType ta = json_node_get_value_type (a);
  GType tb = json_node_get_value_type (b);

  if (value_is_number (a) && value_is_number (b))
    {
      if (ta == G_TYPE_INT64 && tb == G_TYPE_INT64)
        return json_node_get_int (a) == json_node_get_int (b);
      return json_node_get_double (a) == json_node_get_double (b);
    }

  if (ta != tb)
    return FALSE;

  if (ta == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
  if (ta == G_TYPE_BOOLEAN)
    return !json_node_get_boolean (a) == !json_node_get_boolean (b);

  return FALSE;
}

static gboolean
objects_equal (JsonObject *a,
               JsonObject *b)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (json_object_get_size (a) != json_object_get_size (b))
    return FALSE;

  json_object_iter_init (&iter, a);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (!json_object_has_member (b, name))
        return FALSE;
      if (!deck_campaign_json_node_equal (member, json_object_get_member (b, name)))
        return FALSE;
    }

  return TRUE;
}

gboolean
deck_campaign_json_node_equal (JsonNode *a,
                               JsonNode *b)
{
  if (node_is_null (a) || node_is_null (b))
    return node_is_null (a) && node_is_null (b);

  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      return objects_equal (json_node_get_object (a), json_node_get_object (b));

    case JSON_NODE_ARRAY:
      {
        JsonArray *aa = json_node_get_array (a);
        JsonArray *ab = json_node_get_array (b);
        guint n = json_array_get_length (aa);

        if (n != json_array_get_length (ab))
          return FALSE;
        for (guint i = 0; i < n; i++)
          if (!deck_campaign_json_node_equal (json_array_get_element (aa, i),
                                              json_array_get_element (ab, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_VALUE:
      return values_equal (a, b);

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static gboolean
strv_has (const char * const *strv,
          const char         *name)
{
  return strv != NULL && g_strv_contains (strv, name);
}

JsonObject *
deck_campaign_json_diff (JsonObject         *original,
                         JsonObject         *working,
                         const char * const *members,
                         const char * const *nullable,
                         const char * const *arrays)
{
  JsonObject *patch = json_object_new ();

  for (guint i = 0; members[i] != NULL; i++)
    {
      const char *name = members[i];
      JsonNode *before = original != NULL ? json_object_get_member (original, name) : NULL;
      JsonNode *after = working != NULL ? json_object_get_member (working, name) : NULL;

      if (deck_campaign_json_node_equal (before, after))
        continue;

      if (after != NULL)
        {
          /* A null where the spec does not allow one cannot be sent: leave it out. */
          if (JSON_NODE_HOLDS_NULL (after) && !strv_has (nullable, name))
            {
              if (strv_has (arrays, name))
                json_object_set_array_member (patch, name, json_array_new ());
              continue;
            }
          json_object_set_member (patch, name, deck_campaign_json_node_dup (after));
        }
      else if (strv_has (nullable, name))
        json_object_set_null_member (patch, name);
      else if (strv_has (arrays, name))
        json_object_set_array_member (patch, name, json_array_new ());
    }

  return patch;
}
