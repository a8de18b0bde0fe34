/* deck-block-list-entry.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "deck-block-list-entry.h"
#include "deck-json-private.h"

struct _DeckBlockListEntry
{
  GObject  parent_instance;

  char    *id;
  char    *bl_value;
  gboolean is_domain;
  gint64   timestamp_created;
};

G_DEFINE_FINAL_TYPE (DeckBlockListEntry, deck_block_list_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BL_VALUE,
  PROP_IS_DOMAIN,
  PROP_TIMESTAMP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_block_list_entry_finalize (GObject *object)
{
  DeckBlockListEntry *self = DECK_BLOCK_LIST_ENTRY (object);

  g_free (self->id);
  g_free (self->bl_value);

  G_OBJECT_CLASS (deck_block_list_entry_parent_class)->finalize (object);
}

static void
deck_block_list_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DeckBlockListEntry *self = DECK_BLOCK_LIST_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_BL_VALUE:
      g_value_set_string (value, self->bl_value);
      break;

    case PROP_IS_DOMAIN:
      g_value_set_boolean (value, self->is_domain);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_int64 (value, self->timestamp_created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_block_list_entry_class_init (DeckBlockListEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_block_list_entry_finalize;
  object_class->get_property = deck_block_list_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_BL_VALUE] =
    g_param_spec_string ("bl-value", NULL, NULL, NULL, flags);
  properties[PROP_IS_DOMAIN] =
    g_param_spec_boolean ("is-domain", NULL, NULL, FALSE, flags);
  /* Unix milliseconds; 0 when the server sent no usable date. */
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_int64 ("timestamp-created", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_block_list_entry_init (DeckBlockListEntry *self)
{
}

DeckBlockListEntry *
deck_block_list_entry_new_from_json (JsonObject  *object,
                                     GError     **error)
{
  DeckBlockListEntry *self;
  g_autofree char *id = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GDateTime) created = NULL;
  gboolean is_domain = FALSE;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = deck_json_dup_string (deck_json_get_member (object, "id"));
  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Block list entry without an id");
      return NULL;
    }

  value = deck_json_dup_string (deck_json_get_member (object, "bl_value"));
  if (value == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Block list entry without a value");
      return NULL;
    }

  /* A server that leaves is_domain out still blocks a domain when there is no '@'. */
  if (!deck_json_get_boolean (deck_json_get_member (object, "is_domain"), &is_domain))
    is_domain = strchr (value, '@') == NULL;

  created = deck_json_dup_date_time (deck_json_get_member (object, "timestamp_created"));

  self = g_object_new (DECK_TYPE_BLOCK_LIST_ENTRY, NULL);
  self->id = g_steal_pointer (&id);
  self->bl_value = g_steal_pointer (&value);
  self->is_domain = !!is_domain;
  if (created != NULL)
    self->timestamp_created = MAX (0, g_date_time_to_unix_usec (created) / 1000);

  return self;
}

const char *
deck_block_list_entry_get_id (DeckBlockListEntry *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_ENTRY (self), NULL);

  return self->id;
}

const char *
deck_block_list_entry_get_bl_value (DeckBlockListEntry *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_ENTRY (self), NULL);

  return self->bl_value;
}

gboolean
deck_block_list_entry_get_is_domain (DeckBlockListEntry *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_ENTRY (self), FALSE);

  return self->is_domain;
}

gint64
deck_block_list_entry_get_timestamp_created (DeckBlockListEntry *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_ENTRY (self), 0);

  return self->timestamp_created;
}
