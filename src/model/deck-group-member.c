/* deck-group-member.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-group-member.h"
#include "deck-model-fields-private.h"

struct _DeckGroupMember
{
  GObject parent_instance;

  char *id;
  char *admin_workspace_id;
  char *sub_workspace_id;
  char *status;
  GDateTime *timestamp_created;
  GDateTime *timestamp_updated;
  char *sub_workspace_name;
  char *admin_workspace_name;
};

G_DEFINE_FINAL_TYPE (DeckGroupMember, deck_group_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ADMIN_WORKSPACE_ID,
  PROP_SUB_WORKSPACE_ID,
  PROP_STATUS,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  PROP_SUB_WORKSPACE_NAME,
  PROP_ADMIN_WORKSPACE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_group_member_finalize (GObject *object)
{
  DeckGroupMember *self = DECK_GROUP_MEMBER (object);

  g_free (self->id);
  g_free (self->admin_workspace_id);
  g_free (self->sub_workspace_id);
  g_free (self->status);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_clear_pointer (&self->timestamp_updated, g_date_time_unref);
  g_free (self->sub_workspace_name);
  g_free (self->admin_workspace_name);

  G_OBJECT_CLASS (deck_group_member_parent_class)->finalize (object);
}

static void
deck_group_member_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeckGroupMember *self = DECK_GROUP_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ADMIN_WORKSPACE_ID:
      g_value_set_string (value, self->admin_workspace_id);
      break;

    case PROP_SUB_WORKSPACE_ID:
      g_value_set_string (value, self->sub_workspace_id);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    case PROP_TIMESTAMP_UPDATED:
      g_value_set_boxed (value, self->timestamp_updated);
      break;

    case PROP_SUB_WORKSPACE_NAME:
      g_value_set_string (value, self->sub_workspace_name);
      break;

    case PROP_ADMIN_WORKSPACE_NAME:
      g_value_set_string (value, self->admin_workspace_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_group_member_class_init (DeckGroupMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_group_member_finalize;
  object_class->get_property = deck_group_member_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, "Group member ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADMIN_WORKSPACE_ID] =
    g_param_spec_string ("admin-workspace-id", NULL, "Admin workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUB_WORKSPACE_ID] =
    g_param_spec_string ("sub-workspace-id", NULL, "Sub-workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, "pending, accepted or rejected",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, "When the invitation was sent",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_boxed ("timestamp-updated", NULL, "When the membership last changed",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUB_WORKSPACE_NAME] =
    g_param_spec_string ("sub-workspace-name", NULL, "Sub-workspace name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADMIN_WORKSPACE_NAME] =
    g_param_spec_string ("admin-workspace-name", NULL, "Admin workspace name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_group_member_init (DeckGroupMember *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckGroupMember *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->id, deck_model_dup_string (object, (const char *[]) { "id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_string (&self->admin_workspace_id, deck_model_dup_string (object, (const char *[]) { "admin_workspace_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADMIN_WORKSPACE_ID]);
  if (deck_model_set_string (&self->sub_workspace_id, deck_model_dup_string (object, (const char *[]) { "sub_workspace_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUB_WORKSPACE_ID]);
  if (deck_model_set_string (&self->status, deck_model_dup_string (object, (const char *[]) { "status", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (deck_model_set_date_time (&self->timestamp_created, deck_model_dup_date_time (object, (const char *[]) { "timestamp_created", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
  if (deck_model_set_date_time (&self->timestamp_updated, deck_model_dup_date_time (object, (const char *[]) { "timestamp_updated", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_UPDATED]);
  if (deck_model_set_string (&self->sub_workspace_name, deck_model_dup_string (object, (const char *[]) { "sub_workspace_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUB_WORKSPACE_NAME]);
  if (deck_model_set_string (&self->admin_workspace_name, deck_model_dup_string (object, (const char *[]) { "admin_workspace_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADMIN_WORKSPACE_NAME]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  static const char * const required[] = { "id", NULL };

  return deck_model_check_required (object, "GroupMember", required, error);
}

DeckGroupMember *
deck_group_member_new_from_json (JsonObject  *object,
                                 GError     **error)
{
  DeckGroupMember *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_GROUP_MEMBER, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_group_member_update_from_json (DeckGroupMember  *self,
                                    JsonObject  *object,
                                    GError     **error)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  if (self->id != NULL &&
      g_strcmp0 (self->id, json_object_get_string_member_with_default (object, "id", NULL)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The GroupMember answer is for another id");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_group_member_get_id (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->id;
}

const char *
deck_group_member_get_admin_workspace_id (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->admin_workspace_id;
}

const char *
deck_group_member_get_sub_workspace_id (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->sub_workspace_id;
}

const char *
deck_group_member_get_status (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->status;
}

GDateTime *
deck_group_member_get_timestamp_created (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->timestamp_created;
}

GDateTime *
deck_group_member_get_timestamp_updated (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->timestamp_updated;
}

const char *
deck_group_member_get_sub_workspace_name (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->sub_workspace_name;
}

const char *
deck_group_member_get_admin_workspace_name (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  return self->admin_workspace_name;
}

const char *
deck_group_member_get_display_name (DeckGroupMember *self)
{
  g_return_val_if_fail (DECK_IS_GROUP_MEMBER (self), NULL);

  if (self->sub_workspace_name != NULL && *self->sub_workspace_name != '\0')
    return self->sub_workspace_name;

  return self->sub_workspace_id;
}

char *
deck_group_member_status_to_string (const char *status)
{
  if (g_strcmp0 (status, "pending") == 0)
    return g_strdup (C_("group member", "Invited, not answered yet"));
  if (g_strcmp0 (status, "accepted") == 0)
    return g_strdup (C_("group member", "Joined"));
  if (g_strcmp0 (status, "rejected") == 0)
    return g_strdup (C_("group member", "Declined"));

  /* Translators: a status this version does not know, e.g. "Unknown (paused)" */
  return g_strdup_printf (_("Unknown (%s)"), status ? status : "");
}
