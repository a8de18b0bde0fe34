/* deck-lead-label.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-lead-label.h"
#include "deck-lead.h"
#include "deck-json-private.h"

struct _DeckLeadLabel
{
  GObject   parent_instance;

  char     *id;
  char     *label;
  char     *interest_status_label;
  char     *description;
  gint64    timestamp_created;
  int       interest_status;
  gboolean  use_with_ai;
};

G_DEFINE_FINAL_TYPE (DeckLeadLabel, deck_lead_label, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_INTEREST_STATUS,
  PROP_INTEREST_STATUS_LABEL,
  PROP_USE_WITH_AI,
  PROP_DESCRIPTION,
  PROP_TIMESTAMP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_lead_label_finalize (GObject *object)
{
  DeckLeadLabel *self = DECK_LEAD_LABEL (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->interest_status_label);
  g_free (self->description);

  G_OBJECT_CLASS (deck_lead_label_parent_class)->finalize (object);
}

static void
deck_lead_label_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckLeadLabel *self = DECK_LEAD_LABEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_INTEREST_STATUS:
      g_value_set_int (value, self->interest_status);
      break;

    case PROP_INTEREST_STATUS_LABEL:
      g_value_set_string (value, self->interest_status_label);
      break;

    case PROP_USE_WITH_AI:
      g_value_set_boolean (value, self->use_with_ai);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_int64 (value, self->timestamp_created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_label_class_init (DeckLeadLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_lead_label_finalize;
  object_class->get_property = deck_lead_label_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_INTEREST_STATUS] =
    g_param_spec_int ("interest-status", NULL, NULL, G_MININT, G_MAXINT,
                      DECK_LEAD_INTEREST_NONE, flags);
  properties[PROP_INTEREST_STATUS_LABEL] =
    g_param_spec_string ("interest-status-label", NULL, NULL, NULL, flags);
  properties[PROP_USE_WITH_AI] = g_param_spec_boolean ("use-with-ai", NULL, NULL, FALSE, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_int64 ("timestamp-created", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_lead_label_init (DeckLeadLabel *self)
{
  self->interest_status = DECK_LEAD_INTEREST_NONE;
}

static void
label_take_string (DeckLeadLabel  *self,
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
label_set_values (DeckLeadLabel *self,
                  int            interest_status,
                  gboolean       use_with_ai,
                  gint64         timestamp_created)
{
  if (self->interest_status != interest_status)
    {
      self->interest_status = interest_status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTEREST_STATUS]);
    }
  if (self->use_with_ai != use_with_ai)
    {
      self->use_with_ai = use_with_ai;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USE_WITH_AI]);
    }
  if (self->timestamp_created != timestamp_created)
    {
      self->timestamp_created = timestamp_created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
    }
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
                           "Lead label object without an id");
      return NULL;
    }

  return id;
}

static void
label_apply (DeckLeadLabel *self,
             JsonObject    *object)
{
  g_autoptr(GDateTime) created = NULL;
  gboolean use_with_ai = FALSE;
  int interest_status = DECK_LEAD_INTEREST_NONE;
  double number;

  g_object_freeze_notify (G_OBJECT (self));
  label_take_string (self, &self->label,
                     deck_json_dup_string (deck_json_get_member (object, "label")), PROP_LABEL);
  label_take_string (self, &self->interest_status_label,
                     deck_json_dup_string (deck_json_get_member (object, "interest_status_label")),
                     PROP_INTEREST_STATUS_LABEL);
  label_take_string (self, &self->description,
                     deck_json_dup_string (deck_json_get_member (object, "description")),
                     PROP_DESCRIPTION);

  /* Numbers may arrive as strings. */
  if (deck_json_get_double (deck_json_get_member (object, "interest_status"), &number) &&
      number >= G_MININT + 1 && number <= G_MAXINT)
    interest_status = (int) number;
  deck_json_get_boolean (deck_json_get_member (object, "use_with_ai"), &use_with_ai);
  created = deck_json_dup_date_time (deck_json_get_member (object, "timestamp_created"));

  label_set_values (self, interest_status, use_with_ai,
                    created != NULL
                      ? g_date_time_to_unix (created) * 1000 + g_date_time_get_microsecond (created) / 1000
                      : 0);
  g_object_thaw_notify (G_OBJECT (self));
}

DeckLeadLabel *
deck_lead_label_new_from_json (JsonObject  *object,
                               GError     **error)
{
  DeckLeadLabel *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_LEAD_LABEL, NULL);
  self->id = id;
  label_apply (self, object);

  return self;
}

gboolean
deck_lead_label_update_from_json (DeckLeadLabel  *self,
                                  JsonObject     *object,
                                  GError        **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (g_strcmp0 (id, self->id) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Lead label data is for another label");
      return FALSE;
    }

  label_apply (self, object);
  return TRUE;
}

gboolean
deck_lead_label_update_from_label (DeckLeadLabel *self,
                                   DeckLeadLabel *other)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), FALSE);
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (other), FALSE);

  if (self == other)
    return TRUE;
  if (g_strcmp0 (self->id, other->id) != 0)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  label_take_string (self, &self->label, g_strdup (other->label), PROP_LABEL);
  label_take_string (self, &self->interest_status_label, g_strdup (other->interest_status_label),
                     PROP_INTEREST_STATUS_LABEL);
  label_take_string (self, &self->description, g_strdup (other->description), PROP_DESCRIPTION);
  label_set_values (self, other->interest_status, other->use_with_ai, other->timestamp_created);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_lead_label_get_id (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), NULL);

  return self->id;
}

const char *
deck_lead_label_get_label (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), NULL);

  return self->label;
}

int
deck_lead_label_get_interest_status (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), DECK_LEAD_INTEREST_NONE);

  return self->interest_status;
}

const char *
deck_lead_label_get_interest_status_label (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), NULL);

  return self->interest_status_label;
}

gboolean
deck_lead_label_get_use_with_ai (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), FALSE);

  return self->use_with_ai;
}

const char *
deck_lead_label_get_description (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), NULL);

  return self->description;
}

gint64
deck_lead_label_get_timestamp_created (DeckLeadLabel *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABEL (self), 0);

  return self->timestamp_created;
}
