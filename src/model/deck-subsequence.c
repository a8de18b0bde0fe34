/* deck-subsequence.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-campaign-json-private.h"
#include "deck-json-private.h"
#include "deck-subsequence.h"

/* patchCampaignSubsequence's members (additionalProperties: false). */
static const char * const patch_members[] = {
  "name", "conditions", "subsequence_schedule", "sequences", "auto_variant_select",
  "daily_limit_mode", "daily_limit", "ignore_account_daily_limit",
  NULL
};

static const char * const array_members[] = { "sequences", NULL };

/* The spec's PATCH schema allows null for these two. */
static const char * const nullable_members[] = { "auto_variant_select", "daily_limit", NULL };

struct _DeckSubsequence
{
  GObject     parent_instance;

  JsonObject *json;
  char       *id;
  char       *name;
  char       *parent_campaign;
  int         status;
  GDateTime  *timestamp_created;
};

G_DEFINE_FINAL_TYPE (DeckSubsequence, deck_subsequence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PARENT_CAMPAIGN,
  PROP_STATUS,
  PROP_TIMESTAMP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
unknown_value (int value)
{
  /* Translators: an enum value this version does not know, e.g. "Unknown (7)" */
  return g_strdup_printf (_("Unknown (%d)"), value);
}

char *
deck_lead_activity_to_string (int lead_activity)
{
  switch (lead_activity)
    {
    case DECK_LEAD_ACTIVITY_OPENED:
      return g_strdup (_("Opened an email"));
    case DECK_LEAD_ACTIVITY_LINK_CLICKED:
      return g_strdup (_("Clicked a link"));
    case DECK_LEAD_ACTIVITY_COMPLETED_NO_REPLY:
      return g_strdup (_("Completed the campaign without replying"));
    default:
      return unknown_value (lead_activity);
    }
}

char *
deck_interest_status_to_string (int interest_status)
{
  switch (interest_status)
    {
    case 0:
      return g_strdup (_("Out of office"));
    case 1:
      return g_strdup (_("Interested"));
    case 2:
      return g_strdup (_("Meeting booked"));
    case 3:
      return g_strdup (_("Meeting completed"));
    case 4:
      return g_strdup (_("Won"));
    case -1:
      return g_strdup (_("Not interested"));
    case -2:
      return g_strdup (_("Wrong person"));
    case -3:
      return g_strdup (_("Lost"));
    case -4:
      return g_strdup (_("No show"));
    default:
      /* Custom lead labels have their own values. */
      return unknown_value (interest_status);
    }
}

static void
deck_subsequence_finalize (GObject *object)
{
  DeckSubsequence *self = DECK_SUBSEQUENCE (object);

  g_clear_pointer (&self->json, json_object_unref);
  g_free (self->id);
  g_free (self->name);
  g_free (self->parent_campaign);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);

  G_OBJECT_CLASS (deck_subsequence_parent_class)->finalize (object);
}

static void
deck_subsequence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DeckSubsequence *self = DECK_SUBSEQUENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PARENT_CAMPAIGN:
      g_value_set_string (value, self->parent_campaign);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_subsequence_class_init (DeckSubsequenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_subsequence_finalize;
  object_class->get_property = deck_subsequence_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PARENT_CAMPAIGN] =
    g_param_spec_string ("parent-campaign", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_subsequence_init (DeckSubsequence *self)
{
}

static void
take_string (DeckSubsequence  *self,
             char            **field,
             char             *value,
             guint             prop_id)
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

static char *
dup_id (JsonObject  *object,
        GError     **error)
{
  char *id = deck_json_dup_string (deck_json_get_member (object, "id"));

  if (id == NULL || id[0] == '\0')
    {
      g_free (id);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Subsequence object without an id");
      return NULL;
    }

  return id;
}

static void
subsequence_apply (DeckSubsequence *self,
                   JsonObject      *json)
{
  GDateTime *created;
  double status = 0;

  g_clear_pointer (&self->json, json_object_unref);
  self->json = deck_campaign_json_object_dup (json);

  g_object_freeze_notify (G_OBJECT (self));
  take_string (self, &self->name, deck_json_dup_string (deck_json_get_member (json, "name")), PROP_NAME);
  take_string (self, &self->parent_campaign,
               deck_json_dup_string (deck_json_get_member (json, "parent_campaign")),
               PROP_PARENT_CAMPAIGN);

  if (!deck_json_get_double (deck_json_get_member (json, "status"), &status))
    status = 0;
  if (self->status != (int) status)
    {
      self->status = (int) status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }

  created = deck_json_dup_date_time (deck_json_get_member (json, "timestamp_created"));
  if ((created == NULL) != (self->timestamp_created == NULL) ||
      (created != NULL && !g_date_time_equal (created, self->timestamp_created)))
    {
      g_clear_pointer (&self->timestamp_created, g_date_time_unref);
      self->timestamp_created = g_steal_pointer (&created);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
    }
  g_clear_pointer (&created, g_date_time_unref);
  g_object_thaw_notify (G_OBJECT (self));
}

DeckSubsequence *
deck_subsequence_new_from_json (JsonObject  *object,
                                GError     **error)
{
  DeckSubsequence *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_SUBSEQUENCE, NULL);
  self->id = id;
  subsequence_apply (self, object);

  return self;
}

DeckSubsequence *
deck_subsequence_new_unsaved (const char *parent_campaign)
{
  DeckSubsequence *self;
  g_autoptr(JsonObject) json = json_object_new ();

  g_return_val_if_fail (parent_campaign != NULL, NULL);

  json_object_set_string_member (json, "parent_campaign", parent_campaign);
  self = g_object_new (DECK_TYPE_SUBSEQUENCE, NULL);
  subsequence_apply (self, json);

  return self;
}

gboolean
deck_subsequence_update_from_json (DeckSubsequence  *self,
                                   JsonObject       *object,
                                   GError          **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (self->id == NULL || !g_str_equal (id, self->id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Subsequence %s cannot be updated from subsequence %s", self->id != NULL ? self->id : "(unsaved)", id);
      return FALSE;
    }

  subsequence_apply (self, object);
  return TRUE;
}

const char *
deck_subsequence_get_id (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);

  return self->id;
}

const char *
deck_subsequence_get_name (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);

  return self->name;
}

const char *
deck_subsequence_get_parent_campaign (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);

  return self->parent_campaign;
}

int
deck_subsequence_get_status (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), 0);

  return self->status;
}

GDateTime *
deck_subsequence_get_timestamp_created (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);

  return self->timestamp_created;
}

JsonObject *
deck_subsequence_get_json (DeckSubsequence *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);

  return self->json;
}

JsonObject *
deck_subsequence_dup_patch (DeckSubsequence *self,
                            JsonObject      *working)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (self), NULL);
  g_return_val_if_fail (working != NULL, NULL);

  return deck_campaign_json_diff (self->json, working, patch_members, nullable_members, array_members);
}
