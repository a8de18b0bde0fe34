/* deck-background-job.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-background-job.h"
#include "deck-json-private.h"

struct _DeckBackgroundJob
{
  GObject     parent_instance;

  char       *id;
  char       *workspace_id;
  char       *user_id;
  char       *type;
  char       *entity_id;
  char       *entity_type;
  JsonObject *data;
  int         progress;
  char       *status;
  GDateTime  *created_at;
  GDateTime  *updated_at;
};

G_DEFINE_FINAL_TYPE (DeckBackgroundJob, deck_background_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSPACE_ID,
  PROP_USER_ID,
  PROP_TYPE,
  PROP_ENTITY_ID,
  PROP_ENTITY_TYPE,
  PROP_DATA,
  PROP_PROGRESS,
  PROP_STATUS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_background_job_finalize (GObject *object)
{
  DeckBackgroundJob *self = DECK_BACKGROUND_JOB (object);

  g_free (self->id);
  g_free (self->workspace_id);
  g_free (self->user_id);
  g_free (self->type);
  g_free (self->entity_id);
  g_free (self->entity_type);
  g_clear_pointer (&self->data, json_object_unref);
  g_free (self->status);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);

  G_OBJECT_CLASS (deck_background_job_parent_class)->finalize (object);
}

static void
deck_background_job_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckBackgroundJob *self = DECK_BACKGROUND_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WORKSPACE_ID:
      g_value_set_string (value, self->workspace_id);
      break;

    case PROP_USER_ID:
      g_value_set_string (value, self->user_id);
      break;

    case PROP_TYPE:
      g_value_set_string (value, self->type);
      break;

    case PROP_ENTITY_ID:
      g_value_set_string (value, self->entity_id);
      break;

    case PROP_ENTITY_TYPE:
      g_value_set_string (value, self->entity_type);
      break;

    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;

    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, self->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_background_job_class_init (DeckBackgroundJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_background_job_finalize;
  object_class->get_property = deck_background_job_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_WORKSPACE_ID] =
    g_param_spec_string ("workspace-id", NULL, NULL, NULL, flags);
  properties[PROP_USER_ID] =
    g_param_spec_string ("user-id", NULL, NULL, NULL, flags);
  properties[PROP_TYPE] =
    g_param_spec_string ("type", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_ID] =
    g_param_spec_string ("entity-id", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_TYPE] =
    g_param_spec_string ("entity-type", NULL, NULL, NULL, flags);
  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, JSON_TYPE_OBJECT, flags);
  properties[PROP_PROGRESS] =
    g_param_spec_int ("progress", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_background_job_init (DeckBackgroundJob *self)
{
}

static void
job_take_string (DeckBackgroundJob  *self,
                 char              **field,
                 char               *value,
                 guint               prop_id)
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
job_take_date_time (DeckBackgroundJob  *self,
                    GDateTime         **field,
                    GDateTime          *value,
                    guint               prop_id)
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
dup_string_member (JsonObject *object,
                   const char *member)
{
  return deck_json_dup_string (deck_json_get_member (object, member));
}

static void
job_apply (DeckBackgroundJob *self,
           JsonObject        *object)
{
  JsonObject *data = deck_json_get_object (object, "data");
  double progress = 0;

  g_object_freeze_notify (G_OBJECT (self));

  job_take_string (self, &self->workspace_id, dup_string_member (object, "workspace_id"),
                   PROP_WORKSPACE_ID);
  job_take_string (self, &self->user_id, dup_string_member (object, "user_id"), PROP_USER_ID);
  job_take_string (self, &self->type, dup_string_member (object, "type"), PROP_TYPE);
  job_take_string (self, &self->entity_id, dup_string_member (object, "entity_id"), PROP_ENTITY_ID);
  job_take_string (self, &self->entity_type, dup_string_member (object, "entity_type"),
                   PROP_ENTITY_TYPE);
  job_take_string (self, &self->status, dup_string_member (object, "status"), PROP_STATUS);
  job_take_date_time (self, &self->created_at,
                      deck_json_dup_date_time (deck_json_get_member (object, "created_at")),
                      PROP_CREATED_AT);
  job_take_date_time (self, &self->updated_at,
                      deck_json_dup_date_time (deck_json_get_member (object, "updated_at")),
                      PROP_UPDATED_AT);

  deck_json_get_double (deck_json_get_member (object, "progress"), &progress);
  if (self->progress != (int) CLAMP (progress, 0, 100))
    {
      self->progress = (int) CLAMP (progress, 0, 100);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }

  /* A poll with data_fields may trim "data"; an absent member leaves it as it was. */
  if (data != NULL && (self->data == NULL || !json_object_equal (self->data, data)))
    {
      g_clear_pointer (&self->data, json_object_unref);
      self->data = json_object_ref (data);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static char *
dup_id (JsonObject  *object,
        GError     **error)
{
  char *id = dup_string_member (object, "id");

  if (id == NULL || id[0] == '\0')
    {
      g_free (id);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Background job object without an id");
      return NULL;
    }

  return id;
}

DeckBackgroundJob *
deck_background_job_new_from_json (JsonObject  *object,
                                   GError     **error)
{
  DeckBackgroundJob *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_BACKGROUND_JOB, NULL);
  self->id = id;
  job_apply (self, object);

  return self;
}

gboolean
deck_background_job_update_from_json (DeckBackgroundJob  *self,
                                      JsonObject         *object,
                                      GError            **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (g_strcmp0 (id, self->id) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Background job data is for another job");
      return FALSE;
    }

  job_apply (self, object);
  return TRUE;
}

const char *
deck_background_job_get_id (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  return self->id;
}

const char *
deck_background_job_get_job_type (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  return self->type;
}

const char *
deck_background_job_get_status (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  return self->status;
}

int
deck_background_job_get_progress (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), 0);

  return self->progress;
}

gboolean
deck_background_job_is_finished (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), FALSE);

  return g_strcmp0 (self->status, "success") == 0 ||
         g_strcmp0 (self->status, "failed") == 0 ||
         g_strcmp0 (self->status, "cancelled") == 0;
}

gboolean
deck_background_job_is_success (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), FALSE);

  return g_strcmp0 (self->status, "success") == 0;
}

JsonObject *
deck_background_job_get_data (DeckBackgroundJob *self)
{
  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  return self->data;
}

char *
deck_background_job_dup_title (DeckBackgroundJob *self)
{
  const char *type;

  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  type = self->type != NULL ? self->type : "";

  if (g_str_equal (type, "update-warmup-accounts"))
    {
      gboolean enable;

      /* The job does not always say which way it goes. */
      if (deck_json_get_boolean (deck_json_get_member (self->data, "enable_warmup"), &enable))
        return g_strdup (enable ? _("Enabling warmup") : _("Disabling warmup"));
      return g_strdup (_("Updating warmup"));
    }
  if (g_str_equal (type, "move-leads"))
    return g_strdup (_("Moving leads"));
  if (g_str_equal (type, "import-leads"))
    return g_strdup (_("Importing leads"));
  if (g_str_equal (type, "export-leads"))
    return g_strdup (_("Exporting leads"));
  if (g_str_equal (type, "rename-variable"))
    return g_strdup (_("Renaming a variable"));
  if (g_str_equal (type, "broadcast-ai-generate"))
    return g_strdup (_("Generating a broadcast"));
  if (g_str_equal (type, "broadcast-website-scrape"))
    return g_strdup (_("Analyzing a website"));
  if (g_str_equal (type, "import-subscribers-from-crm"))
    return g_strdup (_("Importing subscribers from the CRM"));
  if (g_str_equal (type, "resync-subscriber-crm-tags"))
    return g_strdup (_("Syncing CRM tags again"));

  return g_strdup (_("Background job"));
}

char *
deck_background_job_dup_status_text (DeckBackgroundJob *self)
{
  const char *status;

  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (self), NULL);

  status = self->status != NULL ? self->status : "";

  if (g_str_equal (status, "pending"))
    return g_strdup (_("Queued"));
  if (g_str_equal (status, "in-progress"))
    /* Translators: a background job that runs, with its progress in percent */
    return g_strdup_printf (_("Running (%d %%)"), self->progress);
  if (g_str_equal (status, "success"))
    return g_strdup (_("Done"));
  if (g_str_equal (status, "failed"))
    return g_strdup (_("Failed"));
  if (g_str_equal (status, "draining"))
    return g_strdup (_("Finishing"));
  if (g_str_equal (status, "paused"))
    return g_strdup (_("Paused"));
  if (g_str_equal (status, "cancelled"))
    return g_strdup (_("Cancelled"));

  /* Translators: a job status this version does not know, e.g. "Unknown (archived)" */
  return g_strdup_printf (_("Unknown (%s)"), status);
}
