/* deck-custom-tag.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-custom-tag.h"
#include "deck-json-private.h"

struct _DeckCustomTag
{
  GObject    parent_instance;

  char      *id;
  char      *label;
  char      *description;
  char      *organization_id;
  GDateTime *timestamp_created;
  GDateTime *timestamp_updated;
};

G_DEFINE_FINAL_TYPE (DeckCustomTag, deck_custom_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_DESCRIPTION,
  PROP_ORGANIZATION_ID,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_custom_tag_finalize (GObject *object)
{
  DeckCustomTag *self = DECK_CUSTOM_TAG (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->description);
  g_free (self->organization_id);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_clear_pointer (&self->timestamp_updated, g_date_time_unref);

  G_OBJECT_CLASS (deck_custom_tag_parent_class)->finalize (object);
}

static void
deck_custom_tag_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckCustomTag *self = DECK_CUSTOM_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_ORGANIZATION_ID:
      g_value_set_string (value, self->organization_id);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    case PROP_TIMESTAMP_UPDATED:
      g_value_set_boxed (value, self->timestamp_updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_custom_tag_class_init (DeckCustomTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_custom_tag_finalize;
  object_class->get_property = deck_custom_tag_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_string ("organization-id", NULL, NULL, NULL, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_boxed ("timestamp-updated", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_custom_tag_init (DeckCustomTag *self)
{
}

static void
tag_take_string (DeckCustomTag  *self,
                 char          **field,
                 char           *value,
                 guint           prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
tag_take_date_time (DeckCustomTag  *self,
                    GDateTime     **field,
                    GDateTime      *value,
                    guint           prop_id)
{
  if (*field == value ||
      (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    {
      g_clear_pointer (&value, g_date_time_unref);
      return;
    }

  g_clear_pointer (field, g_date_time_unref);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static char *
dup_id (JsonObject  *object,
        GError     **error)
{
  char *id = deck_json_dup_string (deck_json_get_member (object, "id"));

  if (id == NULL || id[0] == '\0')
    {
      g_free (id);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Custom tag object without an id");
      return NULL;
    }

  return id;
}

static void
tag_apply (DeckCustomTag *self,
           JsonObject    *object)
{
  g_object_freeze_notify (G_OBJECT (self));
  tag_take_string (self, &self->label,
                   deck_json_dup_string (deck_json_get_member (object, "label")), PROP_LABEL);
  tag_take_string (self, &self->description,
                   deck_json_dup_string (deck_json_get_member (object, "description")),
                   PROP_DESCRIPTION);
  tag_take_string (self, &self->organization_id,
                   deck_json_dup_string (deck_json_get_member (object, "organization_id")),
                   PROP_ORGANIZATION_ID);
  tag_take_date_time (self, &self->timestamp_created,
                      deck_json_dup_date_time (deck_json_get_member (object, "timestamp_created")),
                      PROP_TIMESTAMP_CREATED);
  tag_take_date_time (self, &self->timestamp_updated,
                      deck_json_dup_date_time (deck_json_get_member (object, "timestamp_updated")),
                      PROP_TIMESTAMP_UPDATED);
  g_object_thaw_notify (G_OBJECT (self));
}

DeckCustomTag *
deck_custom_tag_new_from_json (JsonObject  *object,
                               GError     **error)
{
  DeckCustomTag *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_CUSTOM_TAG, NULL);
  self->id = id;
  tag_apply (self, object);

  return self;
}

gboolean
deck_custom_tag_update_from_json (DeckCustomTag  *self,
                                  JsonObject     *object,
                                  GError        **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (g_strcmp0 (id, self->id) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Custom tag data is for another tag");
      return FALSE;
    }

  tag_apply (self, object);
  return TRUE;
}

gboolean
deck_custom_tag_update_from_tag (DeckCustomTag *self,
                                 DeckCustomTag *other)
{
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (self), FALSE);
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (other), FALSE);

  if (self == other)
    return TRUE;

  if (g_strcmp0 (self->id, other->id) != 0)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  tag_take_string (self, &self->label, g_strdup (other->label), PROP_LABEL);
  tag_take_string (self, &self->description, g_strdup (other->description), PROP_DESCRIPTION);
  tag_take_string (self, &self->organization_id, g_strdup (other->organization_id),
                   PROP_ORGANIZATION_ID);
  tag_take_date_time (self, &self->timestamp_created,
                      other->timestamp_created ? g_date_time_ref (other->timestamp_created) : NULL,
                      PROP_TIMESTAMP_CREATED);
  tag_take_date_time (self, &self->timestamp_updated,
                      other->timestamp_updated ? g_date_time_ref (other->timestamp_updated) : NULL,
                      PROP_TIMESTAMP_UPDATED);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_custom_tag_get_id (DeckCustomTag *self)
{
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (self), NULL);

  return self->id;
}

const char *
deck_custom_tag_get_label (DeckCustomTag *self)
{
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (self), NULL);

  return self->label;
}

const char *
deck_custom_tag_get_description (DeckCustomTag *self)
{
  g_return_val_if_fail (DECK_IS_CUSTOM_TAG (self), NULL);

  return self->description;
}
