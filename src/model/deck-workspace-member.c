/* deck-workspace-member.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-workspace-member.h"
#include "deck-model-fields-private.h"

struct _DeckWorkspaceMember
{
  GObject parent_instance;

  char *id;
  char *email;
  char *user_id;
  char *user_email;
  char *nickname;
  char *first_name;
  char *last_name;
  char *role;
  GDateTime *timestamp_created;
  char *workspace_id;
  gboolean accepted;
  char *issuer_id;
};

G_DEFINE_FINAL_TYPE (DeckWorkspaceMember, deck_workspace_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EMAIL,
  PROP_USER_ID,
  PROP_USER_EMAIL,
  PROP_NICKNAME,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_ROLE,
  PROP_TIMESTAMP_CREATED,
  PROP_WORKSPACE_ID,
  PROP_ACCEPTED,
  PROP_ISSUER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_workspace_member_finalize (GObject *object)
{
  DeckWorkspaceMember *self = DECK_WORKSPACE_MEMBER (object);

  g_free (self->id);
  g_free (self->email);
  g_free (self->user_id);
  g_free (self->user_email);
  g_free (self->nickname);
  g_free (self->first_name);
  g_free (self->last_name);
  g_free (self->role);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_free (self->workspace_id);
  g_free (self->issuer_id);

  G_OBJECT_CLASS (deck_workspace_member_parent_class)->finalize (object);
}

static void
deck_workspace_member_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DeckWorkspaceMember *self = DECK_WORKSPACE_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_USER_ID:
      g_value_set_string (value, self->user_id);
      break;

    case PROP_USER_EMAIL:
      g_value_set_string (value, self->user_email);
      break;

    case PROP_NICKNAME:
      g_value_set_string (value, self->nickname);
      break;

    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;

    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    case PROP_WORKSPACE_ID:
      g_value_set_string (value, self->workspace_id);
      break;

    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;

    case PROP_ISSUER_ID:
      g_value_set_string (value, self->issuer_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_member_class_init (DeckWorkspaceMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_workspace_member_finalize;
  object_class->get_property = deck_workspace_member_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, "Member ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, "Email address",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USER_ID] =
    g_param_spec_string ("user-id", NULL, "User ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USER_EMAIL] =
    g_param_spec_string ("user-email", NULL, "Email address of the user",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NICKNAME] =
    g_param_spec_string ("nickname", NULL, "Private nickname",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, "First name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, "Last name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, "owner, admin, editor, view or client",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, "When the member was added",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSPACE_ID] =
    g_param_spec_string ("workspace-id", NULL, "Workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, "Whether the invitation was accepted",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ISSUER_ID] =
    g_param_spec_string ("issuer-id", NULL, "Who added the member",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_member_init (DeckWorkspaceMember *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckWorkspaceMember *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->id, deck_model_dup_string (object, (const char *[]) { "id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_string (&self->email, deck_model_dup_string (object, (const char *[]) { "email", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
  if (deck_model_set_string (&self->user_id, deck_model_dup_string (object, (const char *[]) { "user_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_ID]);
  if (deck_model_set_string (&self->user_email, deck_model_dup_string (object, (const char *[]) { "user_email", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_EMAIL]);
  if (deck_model_set_string (&self->nickname, deck_model_dup_string (object, (const char *[]) { "nickname", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NICKNAME]);
  if (deck_model_set_string (&self->first_name, deck_model_dup_string (object, (const char *[]) { "name", "first", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
  if (deck_model_set_string (&self->last_name, deck_model_dup_string (object, (const char *[]) { "name", "last", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
  if (deck_model_set_string (&self->role, deck_model_dup_string (object, (const char *[]) { "role", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
  if (deck_model_set_date_time (&self->timestamp_created, deck_model_dup_date_time (object, (const char *[]) { "timestamp_created", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
  if (deck_model_set_string (&self->workspace_id, deck_model_dup_string (object, (const char *[]) { "workspace_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE_ID]);
  if (deck_model_set_boolean (&self->accepted, deck_model_get_boolean (object, (const char *[]) { "accepted", NULL }, FALSE)) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
  if (deck_model_set_string (&self->issuer_id, deck_model_dup_string (object, (const char *[]) { "issuer_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUER_ID]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  static const char * const required[] = { "id", "email", NULL };

  return deck_model_check_required (object, "WorkspaceMember", required, error);
}

DeckWorkspaceMember *
deck_workspace_member_new_from_json (JsonObject  *object,
                                     GError     **error)
{
  DeckWorkspaceMember *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_WORKSPACE_MEMBER, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_workspace_member_update_from_json (DeckWorkspaceMember  *self,
                                        JsonObject  *object,
                                        GError     **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  if (self->id != NULL &&
      g_strcmp0 (self->id, json_object_get_string_member_with_default (object, "id", NULL)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The WorkspaceMember answer is for another id");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_workspace_member_get_id (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->id;
}

const char *
deck_workspace_member_get_email (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->email;
}

const char *
deck_workspace_member_get_user_id (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->user_id;
}

const char *
deck_workspace_member_get_user_email (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->user_email;
}

const char *
deck_workspace_member_get_nickname (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->nickname;
}

const char *
deck_workspace_member_get_first_name (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->first_name;
}

const char *
deck_workspace_member_get_last_name (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->last_name;
}

const char *
deck_workspace_member_get_role (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->role;
}

GDateTime *
deck_workspace_member_get_timestamp_created (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->timestamp_created;
}

const char *
deck_workspace_member_get_workspace_id (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->workspace_id;
}

gboolean
deck_workspace_member_get_accepted (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), FALSE);

  return self->accepted;
}

const char *
deck_workspace_member_get_issuer_id (DeckWorkspaceMember *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  return self->issuer_id;
}

char *
deck_workspace_member_dup_display_name (DeckWorkspaceMember *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), NULL);

  name = g_strstrip (g_strdup_printf ("%s %s",
                                      self->first_name ? self->first_name : "",
                                      self->last_name ? self->last_name : ""));
  if (*name == '\0')
    return g_strdup (self->email);

  return g_steal_pointer (&name);
}

const char * const *
deck_workspace_member_get_assignable_roles (void)
{
  static const char * const roles[] = { "admin", "editor", "view", NULL };

  return roles;
}

char *
deck_workspace_member_role_to_string (const char *role)
{
  if (g_strcmp0 (role, "owner") == 0)
    return g_strdup (C_("role", "Owner"));
  if (g_strcmp0 (role, "admin") == 0)
    return g_strdup (C_("role", "Admin"));
  if (g_strcmp0 (role, "editor") == 0)
    return g_strdup (C_("role", "Editor"));
  if (g_strcmp0 (role, "view") == 0)
    return g_strdup (C_("role", "Viewer"));
  if (g_strcmp0 (role, "client") == 0)
    return g_strdup (C_("role", "Client"));

  /* Translators: a member role this version does not know, e.g. "Unknown (auditor)" */
  return g_strdup_printf (_("Unknown (%s)"), role ? role : "");
}

const char *
deck_workspace_member_role_describe (const char *role)
{
  if (g_strcmp0 (role, "owner") == 0)
    return _("Full access, including managing and deleting the workspace");
  if (g_strcmp0 (role, "admin") == 0)
    return _("Full access except deleting the workspace");
  if (g_strcmp0 (role, "editor") == 0)
    return _("Can edit, but not manage workspace settings");
  if (g_strcmp0 (role, "view") == 0)
    return _("Can only look");
  if (g_strcmp0 (role, "client") == 0)
    return _("Sees the white-label agency view");

  return "";
}

gboolean
deck_workspace_member_update_from_member (DeckWorkspaceMember *self,
                                          DeckWorkspaceMember *other)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (self), FALSE);
  g_return_val_if_fail (DECK_IS_WORKSPACE_MEMBER (other), FALSE);

  if (g_strcmp0 (self->id, other->id) != 0)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (deck_model_set_string (&self->id, g_strdup (other->id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_string (&self->email, g_strdup (other->email)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
  if (deck_model_set_string (&self->user_id, g_strdup (other->user_id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_ID]);
  if (deck_model_set_string (&self->user_email, g_strdup (other->user_email)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_EMAIL]);
  if (deck_model_set_string (&self->nickname, g_strdup (other->nickname)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NICKNAME]);
  if (deck_model_set_string (&self->first_name, g_strdup (other->first_name)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
  if (deck_model_set_string (&self->last_name, g_strdup (other->last_name)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
  if (deck_model_set_string (&self->role, g_strdup (other->role)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
  if (deck_model_set_date_time (&self->timestamp_created, other->timestamp_created ? g_date_time_ref (other->timestamp_created) : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
  if (deck_model_set_string (&self->workspace_id, g_strdup (other->workspace_id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE_ID]);
  if (deck_model_set_boolean (&self->accepted, other->accepted))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
  if (deck_model_set_string (&self->issuer_id, g_strdup (other->issuer_id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUER_ID]);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}
