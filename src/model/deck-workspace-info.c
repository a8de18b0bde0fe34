/* deck-workspace-info.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-workspace-info.h"
#include "deck-model-fields-private.h"

struct _DeckWorkspaceInfo
{
  GObject parent_instance;

  char *id;
  char *name;
  char *owner;
  char *plan_id;
  char *plan_id_bundle;
  char *plan_id_leadfinder;
  char *plan_id_crm;
  char *plan_id_website_visitor;
  char *plan_id_inbox_placement;
  char *org_logo_url;
  char *org_client_domain;
  GDateTime *timestamp_created;
  GDateTime *timestamp_updated;
  GDateTime *scheduled_for_removal_at;
};

G_DEFINE_FINAL_TYPE (DeckWorkspaceInfo, deck_workspace_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_OWNER,
  PROP_PLAN_ID,
  PROP_PLAN_ID_BUNDLE,
  PROP_PLAN_ID_LEADFINDER,
  PROP_PLAN_ID_CRM,
  PROP_PLAN_ID_WEBSITE_VISITOR,
  PROP_PLAN_ID_INBOX_PLACEMENT,
  PROP_ORG_LOGO_URL,
  PROP_ORG_CLIENT_DOMAIN,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  PROP_SCHEDULED_FOR_REMOVAL_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_workspace_info_finalize (GObject *object)
{
  DeckWorkspaceInfo *self = DECK_WORKSPACE_INFO (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->owner);
  g_free (self->plan_id);
  g_free (self->plan_id_bundle);
  g_free (self->plan_id_leadfinder);
  g_free (self->plan_id_crm);
  g_free (self->plan_id_website_visitor);
  g_free (self->plan_id_inbox_placement);
  g_free (self->org_logo_url);
  g_free (self->org_client_domain);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_clear_pointer (&self->timestamp_updated, g_date_time_unref);
  g_clear_pointer (&self->scheduled_for_removal_at, g_date_time_unref);

  G_OBJECT_CLASS (deck_workspace_info_parent_class)->finalize (object);
}

static void
deck_workspace_info_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckWorkspaceInfo *self = DECK_WORKSPACE_INFO (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_PLAN_ID:
      g_value_set_string (value, self->plan_id);
      break;

    case PROP_PLAN_ID_BUNDLE:
      g_value_set_string (value, self->plan_id_bundle);
      break;

    case PROP_PLAN_ID_LEADFINDER:
      g_value_set_string (value, self->plan_id_leadfinder);
      break;

    case PROP_PLAN_ID_CRM:
      g_value_set_string (value, self->plan_id_crm);
      break;

    case PROP_PLAN_ID_WEBSITE_VISITOR:
      g_value_set_string (value, self->plan_id_website_visitor);
      break;

    case PROP_PLAN_ID_INBOX_PLACEMENT:
      g_value_set_string (value, self->plan_id_inbox_placement);
      break;

    case PROP_ORG_LOGO_URL:
      g_value_set_string (value, self->org_logo_url);
      break;

    case PROP_ORG_CLIENT_DOMAIN:
      g_value_set_string (value, self->org_client_domain);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    case PROP_TIMESTAMP_UPDATED:
      g_value_set_boxed (value, self->timestamp_updated);
      break;

    case PROP_SCHEDULED_FOR_REMOVAL_AT:
      g_value_set_boxed (value, self->scheduled_for_removal_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_info_class_init (DeckWorkspaceInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_workspace_info_finalize;
  object_class->get_property = deck_workspace_info_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, "Workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, "Name of the workspace",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, "User ID of the owner",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID] =
    g_param_spec_string ("plan-id", NULL, "Outreach plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID_BUNDLE] =
    g_param_spec_string ("plan-id-bundle", NULL, "Bundle plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID_LEADFINDER] =
    g_param_spec_string ("plan-id-leadfinder", NULL, "Lead finder plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID_CRM] =
    g_param_spec_string ("plan-id-crm", NULL, "CRM plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID_WEBSITE_VISITOR] =
    g_param_spec_string ("plan-id-website-visitor", NULL, "Website visitor plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_ID_INBOX_PLACEMENT] =
    g_param_spec_string ("plan-id-inbox-placement", NULL, "Inbox placement plan ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORG_LOGO_URL] =
    g_param_spec_string ("org-logo-url", NULL, "Logo URL",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORG_CLIENT_DOMAIN] =
    g_param_spec_string ("org-client-domain", NULL, "White label domain",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, "When the workspace was created",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_boxed ("timestamp-updated", NULL, "When the workspace was last updated",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEDULED_FOR_REMOVAL_AT] =
    g_param_spec_boxed ("scheduled-for-removal-at", NULL, "When the workspace will be removed",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_info_init (DeckWorkspaceInfo *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckWorkspaceInfo *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->id, deck_model_dup_string (object, (const char *[]) { "id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_string (&self->name, deck_model_dup_string (object, (const char *[]) { "name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (deck_model_set_string (&self->owner, deck_model_dup_string (object, (const char *[]) { "owner", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
  if (deck_model_set_string (&self->plan_id, deck_model_dup_string (object, (const char *[]) { "plan_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
  if (deck_model_set_string (&self->plan_id_bundle, deck_model_dup_string (object, (const char *[]) { "plan_id_bundle", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID_BUNDLE]);
  if (deck_model_set_string (&self->plan_id_leadfinder, deck_model_dup_string (object, (const char *[]) { "plan_id_leadfinder", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID_LEADFINDER]);
  if (deck_model_set_string (&self->plan_id_crm, deck_model_dup_string (object, (const char *[]) { "plan_id_crm", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID_CRM]);
  if (deck_model_set_string (&self->plan_id_website_visitor, deck_model_dup_string (object, (const char *[]) { "plan_id_website_visitor", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID_WEBSITE_VISITOR]);
  if (deck_model_set_string (&self->plan_id_inbox_placement, deck_model_dup_string (object, (const char *[]) { "plan_id_inbox_placement", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID_INBOX_PLACEMENT]);
  if (deck_model_set_string (&self->org_logo_url, deck_model_dup_string (object, (const char *[]) { "org_logo_url", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORG_LOGO_URL]);
  if (deck_model_set_string (&self->org_client_domain, deck_model_dup_string (object, (const char *[]) { "org_client_domain", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORG_CLIENT_DOMAIN]);
  if (deck_model_set_date_time (&self->timestamp_created, deck_model_dup_date_time (object, (const char *[]) { "timestamp_created", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
  if (deck_model_set_date_time (&self->timestamp_updated, deck_model_dup_date_time (object, (const char *[]) { "timestamp_updated", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_UPDATED]);
  if (deck_model_set_date_time (&self->scheduled_for_removal_at, deck_model_dup_date_time (object, (const char *[]) { "scheduled_for_removal_at", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULED_FOR_REMOVAL_AT]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  static const char * const required[] = { "id", "name", NULL };

  return deck_model_check_required (object, "WorkspaceInfo", required, error);
}

DeckWorkspaceInfo *
deck_workspace_info_new_from_json (JsonObject  *object,
                                   GError     **error)
{
  DeckWorkspaceInfo *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_WORKSPACE_INFO, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_workspace_info_update_from_json (DeckWorkspaceInfo  *self,
                                      JsonObject  *object,
                                      GError     **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  if (self->id != NULL &&
      g_strcmp0 (self->id, json_object_get_string_member_with_default (object, "id", NULL)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The WorkspaceInfo answer is for another id");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_workspace_info_get_id (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->id;
}

const char *
deck_workspace_info_get_name (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->name;
}

const char *
deck_workspace_info_get_owner (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->owner;
}

const char *
deck_workspace_info_get_plan_id (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id;
}

const char *
deck_workspace_info_get_plan_id_bundle (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id_bundle;
}

const char *
deck_workspace_info_get_plan_id_leadfinder (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id_leadfinder;
}

const char *
deck_workspace_info_get_plan_id_crm (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id_crm;
}

const char *
deck_workspace_info_get_plan_id_website_visitor (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id_website_visitor;
}

const char *
deck_workspace_info_get_plan_id_inbox_placement (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->plan_id_inbox_placement;
}

const char *
deck_workspace_info_get_org_logo_url (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->org_logo_url;
}

const char *
deck_workspace_info_get_org_client_domain (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->org_client_domain;
}

GDateTime *
deck_workspace_info_get_timestamp_created (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->timestamp_created;
}

GDateTime *
deck_workspace_info_get_timestamp_updated (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->timestamp_updated;
}

GDateTime *
deck_workspace_info_get_scheduled_for_removal_at (DeckWorkspaceInfo *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_INFO (self), NULL);

  return self->scheduled_for_removal_at;
}
