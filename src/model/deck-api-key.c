/* deck-api-key.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-api-key.h"
#include "deck-model-fields-private.h"

struct _DeckApiKey
{
  GObject parent_instance;

  char *id;
  char *name;
  char **scopes;
  char *organization_id;
  GDateTime *timestamp_created;
  GDateTime *timestamp_updated;
};

G_DEFINE_FINAL_TYPE (DeckApiKey, deck_api_key, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SCOPES,
  PROP_ORGANIZATION_ID,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_api_key_finalize (GObject *object)
{
  DeckApiKey *self = DECK_API_KEY (object);

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->scopes);
  g_free (self->organization_id);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_clear_pointer (&self->timestamp_updated, g_date_time_unref);

  G_OBJECT_CLASS (deck_api_key_parent_class)->finalize (object);
}

static void
deck_api_key_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DeckApiKey *self = DECK_API_KEY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SCOPES:
      g_value_set_boxed (value, self->scopes);
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
deck_api_key_class_init (DeckApiKeyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_api_key_finalize;
  object_class->get_property = deck_api_key_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, "API key ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, "Name of the key",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCOPES] =
    g_param_spec_boxed ("scopes", NULL, "Scopes such as campaigns:read",
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_string ("organization-id", NULL, "Workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, "When the key was created",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_boxed ("timestamp-updated", NULL, "When the key was last updated",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_api_key_init (DeckApiKey *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckApiKey *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->id, deck_model_dup_string (object, (const char *[]) { "id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_string (&self->name, deck_model_dup_string (object, (const char *[]) { "name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (deck_model_set_strv (&self->scopes, deck_model_dup_strv (object, (const char *[]) { "scopes", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPES]);
  if (deck_model_set_string (&self->organization_id, deck_model_dup_string (object, (const char *[]) { "organization_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_ID]);
  if (deck_model_set_date_time (&self->timestamp_created, deck_model_dup_date_time (object, (const char *[]) { "timestamp_created", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_CREATED]);
  if (deck_model_set_date_time (&self->timestamp_updated, deck_model_dup_date_time (object, (const char *[]) { "timestamp_updated", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP_UPDATED]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  static const char * const required[] = { "id", NULL };

  return deck_model_check_required (object, "ApiKey", required, error);
}

DeckApiKey *
deck_api_key_new_from_json (JsonObject  *object,
                            GError     **error)
{
  DeckApiKey *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_API_KEY, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_api_key_update_from_json (DeckApiKey  *self,
                               JsonObject  *object,
                               GError     **error)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  if (self->id != NULL &&
      g_strcmp0 (self->id, json_object_get_string_member_with_default (object, "id", NULL)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The ApiKey answer is for another id");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_api_key_get_id (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return self->id;
}

const char *
deck_api_key_get_name (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return self->name;
}

const char * const *
deck_api_key_get_scopes (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return (const char * const *) self->scopes;
}

const char *
deck_api_key_get_organization_id (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return self->organization_id;
}

GDateTime *
deck_api_key_get_timestamp_created (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return self->timestamp_created;
}

GDateTime *
deck_api_key_get_timestamp_updated (DeckApiKey *self)
{
  g_return_val_if_fail (DECK_IS_API_KEY (self), NULL);

  return self->timestamp_updated;
}

typedef struct
{
  const char *resource;
  const char *name;
} ScopeResource;

/* The spec's scope enum (POST /api/v2/api-keys), resource by resource. */
static const ScopeResource scope_resources[] = {
    { "all", N_("All resources") },
    { "ai_agents", N_("AI agents") },
    { "api_keys", N_("API keys") },
    { "audit_logs", N_("Audit log") },
    { "custom_prompt_templates", N_("Custom prompt templates") },
    { "account_campaign_mappings", N_("Account–campaign links") },
    { "campaigns", N_("Campaigns") },
    { "inbox_placement_tests", N_("Inbox placement tests") },
    { "inbox_placement_analytics", N_("Inbox placement analytics") },
    { "inbox_placement_reports", N_("Inbox placement reports") },
    { "lead_lists", N_("Lead lists") },
    { "leads", N_("Leads") },
    { "background-jobs", N_("Background jobs") },
    { "custom_tags", N_("Custom tags") },
    { "custom_tag_mappings", N_("Custom tag assignments") },
    { "crm_actions", N_("CRM actions") },
    { "accounts", N_("Email accounts") },
    { "block_list_entries", N_("Block list") },
    { "lead-labels", N_("Lead labels") },
    { "email_verifications", N_("Email verifications") },
    { "emails", N_("Emails (Unibox)") },
    { "email_templates", N_("Email templates") },
    { "workspaces", N_("Workspace") },
    { "workspace_billing", N_("Workspace billing") },
    { "workspace_group_members", N_("Workspace group") },
    { "workspace_members", N_("Workspace members") },
    { "subsequences", N_("Subsequences") },
    { "ai_sdr", N_("AI SDR") },
    { "ai_sdr_replies", N_("AI SDR replies") },
    { "ai_inbox_manager_analytics", N_("AI inbox manager analytics") },
    { "sales_flows", N_("Sales flows") },
    { "webhooks", N_("Webhooks") },
    { "webhook_events", N_("Webhook events") },
    { "security_tokens", N_("Security tokens") },
    { "dfy_email_account_orders", N_("Done-for-you account orders") },
    { "auth", N_("Authentication") },
};

const char * const *
deck_api_key_get_scope_resources (void)
{
  static const char *resources[G_N_ELEMENTS (scope_resources) + 1];

  if (g_once_init_enter_pointer (&resources[0]))
    {
      for (guint i = 1; i < G_N_ELEMENTS (scope_resources); i++)
        resources[i] = scope_resources[i].resource;
      g_once_init_leave_pointer (&resources[0], scope_resources[0].resource);
    }

  return resources;
}

const char *
deck_api_key_scope_resource_to_string (const char *resource)
{
  for (guint i = 0; i < G_N_ELEMENTS (scope_resources); i++)
    {
      if (g_strcmp0 (scope_resources[i].resource, resource) == 0)
        return _(scope_resources[i].name);
    }

  return resource;
}

static const char *
scope_action_to_string (const char *action)
{
  if (g_strcmp0 (action, "all") == 0)
    return C_("scope", "full access");
  if (g_strcmp0 (action, "read") == 0)
    return C_("scope", "read only");
  if (g_strcmp0 (action, "create") == 0)
    return C_("scope", "create");
  if (g_strcmp0 (action, "update") == 0)
    return C_("scope", "update");
  if (g_strcmp0 (action, "delete") == 0)
    return C_("scope", "delete");

  return action;
}

char *
deck_api_key_scope_to_string (const char *scope)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (scope != NULL, NULL);

  parts = g_strsplit (scope, ":", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    return g_strdup (scope);

  if (g_str_equal (parts[0], "all"))
    /* Translators: an API key scope over every resource, e.g. "Everything: read only" */
    return g_strdup_printf (_("Everything: %s"), scope_action_to_string (parts[1]));

  /* Translators: an API key scope, e.g. "Campaigns: read only" */
  return g_strdup_printf (_("%s: %s"),
                          deck_api_key_scope_resource_to_string (parts[0]),
                          scope_action_to_string (parts[1]));
}

char *
deck_api_key_scopes_to_string (const char * const *scopes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (scopes == NULL || scopes[0] == NULL)
    return g_strdup (_("No access"));

  for (guint i = 0; scopes[i] != NULL; i++)
    {
      g_autofree char *words = deck_api_key_scope_to_string (scopes[i]);

      if (i > 0)
        /* Translators: the separator between the scopes of an API key */
        g_string_append (text, _(", "));
      g_string_append (text, words);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
