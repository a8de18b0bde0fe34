/* deck-lead-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-lead-list.h"
#include "deck-json-private.h"

struct _DeckLeadList
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  char     *owned_by;
  gint64    timestamp_created;
  gint64    n_leads;
  gboolean  has_enrichment_task;
};

G_DEFINE_FINAL_TYPE (DeckLeadList, deck_lead_list, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HAS_ENRICHMENT_TASK,
  PROP_OWNED_BY,
  PROP_TIMESTAMP_CREATED,
  PROP_N_LEADS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_lead_list_finalize (GObject *object)
{
  DeckLeadList *self = DECK_LEAD_LIST (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->owned_by);

  G_OBJECT_CLASS (deck_lead_list_parent_class)->finalize (object);
}

static void
deck_lead_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DeckLeadList *self = DECK_LEAD_LIST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HAS_ENRICHMENT_TASK:
      g_value_set_boolean (value, self->has_enrichment_task);
      break;

    case PROP_OWNED_BY:
      g_value_set_string (value, self->owned_by);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_int64 (value, self->timestamp_created);
      break;

    case PROP_N_LEADS:
      g_value_set_int64 (value, self->n_leads);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DeckLeadList *self = DECK_LEAD_LIST (object);

  switch (prop_id)
    {
    case PROP_N_LEADS:
      deck_lead_list_set_n_leads (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_list_class_init (DeckLeadListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_lead_list_finalize;
  object_class->get_property = deck_lead_list_get_property;
  object_class->set_property = deck_lead_list_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_HAS_ENRICHMENT_TASK] =
    g_param_spec_boolean ("has-enrichment-task", NULL, NULL, FALSE, flags);
  properties[PROP_OWNED_BY] = g_param_spec_string ("owned-by", NULL, NULL, NULL, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_int64 ("timestamp-created", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_N_LEADS] =
    g_param_spec_int64 ("n-leads", NULL, NULL, -1, G_MAXINT64, -1,
                        flags | G_PARAM_WRITABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_lead_list_init (DeckLeadList *self)
{
  self->n_leads = -1;
}

static void
list_take_string (DeckLeadList  *self,
                  char         **field,
                  char          *value,
                  guint          prop_id)
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

static gint64
dup_time_ms (JsonObject *object,
             const char *member)
{
  g_autoptr(GDateTime) dt = deck_json_dup_date_time (deck_json_get_member (object, member));

  if (dt == NULL)
    return 0;
  return g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
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
                           "Lead list object without an id");
      return NULL;
    }

  return id;
}

static void
list_apply (DeckLeadList *self,
            JsonObject   *object)
{
  gboolean enrichment = FALSE;
  gint64 created;

  g_object_freeze_notify (G_OBJECT (self));
  list_take_string (self, &self->name,
                    deck_json_dup_string (deck_json_get_member (object, "name")), PROP_NAME);
  list_take_string (self, &self->owned_by,
                    deck_json_dup_string (deck_json_get_member (object, "owned_by")), PROP_OWNED_BY);

  deck_json_get_boolean (deck_json_get_member (object, "has_enrichment_task"), &enrichment);
  if (self->has_enrichment_task != enrichment)
    {
      self->has_enrichment_task = enrichment;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ENRICHMENT_TASK]);
    }

  created = dup_time_ms (object, "timestamp_created");
  if (self->timestamp_created != created)
    {
      self->timestamp_created = created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

DeckLeadList *
deck_lead_list_new_from_json (JsonObject  *object,
                              GError     **error)
{
  DeckLeadList *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_LEAD_LIST, NULL);
  self->id = id;
  list_apply (self, object);

  return self;
}

gboolean
deck_lead_list_update_from_json (DeckLeadList  *self,
                                 JsonObject    *object,
                                 GError       **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (g_strcmp0 (id, self->id) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Lead list data is for another list");
      return FALSE;
    }

  list_apply (self, object);
  return TRUE;
}

gboolean
deck_lead_list_update_from_list (DeckLeadList *self,
                                 DeckLeadList *other)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), FALSE);
  g_return_val_if_fail (DECK_IS_LEAD_LIST (other), FALSE);

  if (self == other)
    return TRUE;
  if (g_strcmp0 (self->id, other->id) != 0)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  list_take_string (self, &self->name, g_strdup (other->name), PROP_NAME);
  list_take_string (self, &self->owned_by, g_strdup (other->owned_by), PROP_OWNED_BY);
  if (self->has_enrichment_task != other->has_enrichment_task)
    {
      self->has_enrichment_task = other->has_enrichment_task;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ENRICHMENT_TASK]);
    }
  if (self->timestamp_created != other->timestamp_created)
    {
      self->timestamp_created = other->timestamp_created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
    }
  /* A fresh server answer does not know the count: keep the one we have. */
  if (other->n_leads >= 0)
    deck_lead_list_set_n_leads (self, other->n_leads);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_lead_list_get_id (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), NULL);

  return self->id;
}

const char *
deck_lead_list_get_name (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), NULL);

  return self->name;
}

gboolean
deck_lead_list_get_has_enrichment_task (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), FALSE);

  return self->has_enrichment_task;
}

const char *
deck_lead_list_get_owned_by (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), NULL);

  return self->owned_by;
}

gint64
deck_lead_list_get_timestamp_created (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), 0);

  return self->timestamp_created;
}

gint64
deck_lead_list_get_n_leads (DeckLeadList *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LIST (self), -1);

  return self->n_leads;
}

void
deck_lead_list_set_n_leads (DeckLeadList *self,
                            gint64        n_leads)
{
  g_return_if_fail (DECK_IS_LEAD_LIST (self));

  n_leads = MAX (n_leads, -1);
  if (self->n_leads == n_leads)
    return;

  self->n_leads = n_leads;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LEADS]);
}
