/* deck-audit-log-entry.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-audit-log-entry.h"
#include "deck-model-fields-private.h"

struct _DeckAuditLogEntry
{
  GObject parent_instance;

  char *id;
  GDateTime *timestamp;
  char *organization_id;
  int activity_type;
  char *user_agent;
  char *user_id;
  char *ip_address;
  gboolean from_api;
  char *api_key_id;
  double affected_count;
  gboolean has_affected_count;
  char *campaign_id;
  char *webhook_id;
  char *subsequence_id;
  char *list_id;
  char *audit_metadata;
  char *user_name;
};

G_DEFINE_FINAL_TYPE (DeckAuditLogEntry, deck_audit_log_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TIMESTAMP,
  PROP_ORGANIZATION_ID,
  PROP_ACTIVITY_TYPE,
  PROP_USER_AGENT,
  PROP_USER_ID,
  PROP_IP_ADDRESS,
  PROP_FROM_API,
  PROP_API_KEY_ID,
  PROP_AFFECTED_COUNT,
  PROP_HAS_AFFECTED_COUNT,
  PROP_CAMPAIGN_ID,
  PROP_WEBHOOK_ID,
  PROP_SUBSEQUENCE_ID,
  PROP_LIST_ID,
  PROP_AUDIT_METADATA,
  PROP_USER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_audit_log_entry_finalize (GObject *object)
{
  DeckAuditLogEntry *self = DECK_AUDIT_LOG_ENTRY (object);

  g_free (self->id);
  g_clear_pointer (&self->timestamp, g_date_time_unref);
  g_free (self->organization_id);
  g_free (self->user_agent);
  g_free (self->user_id);
  g_free (self->ip_address);
  g_free (self->api_key_id);
  g_free (self->campaign_id);
  g_free (self->webhook_id);
  g_free (self->subsequence_id);
  g_free (self->list_id);
  g_free (self->audit_metadata);
  g_free (self->user_name);

  G_OBJECT_CLASS (deck_audit_log_entry_parent_class)->finalize (object);
}

static void
deck_audit_log_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckAuditLogEntry *self = DECK_AUDIT_LOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TIMESTAMP:
      g_value_set_boxed (value, self->timestamp);
      break;

    case PROP_ORGANIZATION_ID:
      g_value_set_string (value, self->organization_id);
      break;

    case PROP_ACTIVITY_TYPE:
      g_value_set_int (value, self->activity_type);
      break;

    case PROP_USER_AGENT:
      g_value_set_string (value, self->user_agent);
      break;

    case PROP_USER_ID:
      g_value_set_string (value, self->user_id);
      break;

    case PROP_IP_ADDRESS:
      g_value_set_string (value, self->ip_address);
      break;

    case PROP_FROM_API:
      g_value_set_boolean (value, self->from_api);
      break;

    case PROP_API_KEY_ID:
      g_value_set_string (value, self->api_key_id);
      break;

    case PROP_AFFECTED_COUNT:
      g_value_set_double (value, self->affected_count);
      break;

    case PROP_HAS_AFFECTED_COUNT:
      g_value_set_boolean (value, self->has_affected_count);
      break;

    case PROP_CAMPAIGN_ID:
      g_value_set_string (value, self->campaign_id);
      break;

    case PROP_WEBHOOK_ID:
      g_value_set_string (value, self->webhook_id);
      break;

    case PROP_SUBSEQUENCE_ID:
      g_value_set_string (value, self->subsequence_id);
      break;

    case PROP_LIST_ID:
      g_value_set_string (value, self->list_id);
      break;

    case PROP_AUDIT_METADATA:
      g_value_set_string (value, self->audit_metadata);
      break;

    case PROP_USER_NAME:
      g_value_set_string (value, self->user_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_audit_log_entry_class_init (DeckAuditLogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_audit_log_entry_finalize;
  object_class->get_property = deck_audit_log_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, "Record ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMESTAMP] =
    g_param_spec_boxed ("timestamp", NULL, "When the activity occurred",
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_string ("organization-id", NULL, "Workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTIVITY_TYPE] =
    g_param_spec_int ("activity-type", NULL, "Activity type (1 login, 37 API key created, …)",
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USER_AGENT] =
    g_param_spec_string ("user-agent", NULL, "User agent",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USER_ID] =
    g_param_spec_string ("user-id", NULL, "User ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IP_ADDRESS] =
    g_param_spec_string ("ip-address", NULL, "IP address",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_API] =
    g_param_spec_boolean ("from-api", NULL, "Whether it was done through the API",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_API_KEY_ID] =
    g_param_spec_string ("api-key-id", NULL, "API key ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AFFECTED_COUNT] =
    g_param_spec_double ("affected-count", NULL, "Number of records affected",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_AFFECTED_COUNT] =
    g_param_spec_boolean ("has-affected-count", NULL, "Whether affected-count is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, "Campaign ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WEBHOOK_ID] =
    g_param_spec_string ("webhook-id", NULL, "Webhook ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUBSEQUENCE_ID] =
    g_param_spec_string ("subsequence-id", NULL, "Subsequence ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIST_ID] =
    g_param_spec_string ("list-id", NULL, "Lead list ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUDIT_METADATA] =
    g_param_spec_string ("audit-metadata", NULL, "Extra details as compact JSON",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USER_NAME] =
    g_param_spec_string ("user-name", NULL, "Name of the user",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_audit_log_entry_init (DeckAuditLogEntry *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckAuditLogEntry *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->id, deck_model_dup_string (object, (const char *[]) { "id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  if (deck_model_set_date_time (&self->timestamp, deck_model_dup_date_time (object, (const char *[]) { "timestamp", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP]);
  if (deck_model_set_string (&self->organization_id, deck_model_dup_string (object, (const char *[]) { "organization_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_ID]);
  if (deck_model_set_int (&self->activity_type, deck_model_get_int (object, (const char *[]) { "activity_type", NULL }, 0)) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY_TYPE]);
  if (deck_model_set_string (&self->user_agent, deck_model_dup_string (object, (const char *[]) { "user_agent", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_AGENT]);
  if (deck_model_set_string (&self->user_id, deck_model_dup_string (object, (const char *[]) { "user_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_ID]);
  if (deck_model_set_string (&self->ip_address, deck_model_dup_string (object, (const char *[]) { "ip_address", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IP_ADDRESS]);
  if (deck_model_set_boolean (&self->from_api, deck_model_get_boolean (object, (const char *[]) { "from_api", NULL }, FALSE)) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_API]);
  if (deck_model_set_string (&self->api_key_id, deck_model_dup_string (object, (const char *[]) { "api_key_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_API_KEY_ID]);
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "affected_count", NULL }, &value);

    if (deck_model_set_double (&self->affected_count, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFECTED_COUNT]);
    if (deck_model_set_boolean (&self->has_affected_count, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_AFFECTED_COUNT]);
  }
  if (deck_model_set_string (&self->campaign_id, deck_model_dup_string (object, (const char *[]) { "campaign_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN_ID]);
  if (deck_model_set_string (&self->webhook_id, deck_model_dup_string (object, (const char *[]) { "webhook_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBHOOK_ID]);
  if (deck_model_set_string (&self->subsequence_id, deck_model_dup_string (object, (const char *[]) { "subsequence_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBSEQUENCE_ID]);
  if (deck_model_set_string (&self->list_id, deck_model_dup_string (object, (const char *[]) { "list_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_ID]);
  if (deck_model_set_string (&self->audit_metadata, deck_model_dup_json (object, (const char *[]) { "audit_metadata", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIT_METADATA]);
  if (deck_model_set_string (&self->user_name, deck_model_dup_string (object, (const char *[]) { "user_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_NAME]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  static const char * const required[] = { "id", NULL };

  return deck_model_check_required (object, "AuditLogEntry", required, error);
}

DeckAuditLogEntry *
deck_audit_log_entry_new_from_json (JsonObject  *object,
                                    GError     **error)
{
  DeckAuditLogEntry *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_AUDIT_LOG_ENTRY, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_audit_log_entry_update_from_json (DeckAuditLogEntry  *self,
                                       JsonObject  *object,
                                       GError     **error)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  if (self->id != NULL &&
      g_strcmp0 (self->id, json_object_get_string_member_with_default (object, "id", NULL)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The AuditLogEntry answer is for another id");
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_audit_log_entry_get_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->id;
}

GDateTime *
deck_audit_log_entry_get_timestamp (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->timestamp;
}

const char *
deck_audit_log_entry_get_organization_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->organization_id;
}

int
deck_audit_log_entry_get_activity_type (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), 0);

  return self->activity_type;
}

const char *
deck_audit_log_entry_get_user_agent (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->user_agent;
}

const char *
deck_audit_log_entry_get_user_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->user_id;
}

const char *
deck_audit_log_entry_get_ip_address (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->ip_address;
}

gboolean
deck_audit_log_entry_get_from_api (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), FALSE);

  return self->from_api;
}

const char *
deck_audit_log_entry_get_api_key_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->api_key_id;
}

double
deck_audit_log_entry_get_affected_count (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), 0.0);

  return self->affected_count;
}

gboolean
deck_audit_log_entry_get_has_affected_count (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), FALSE);

  return self->has_affected_count;
}

const char *
deck_audit_log_entry_get_campaign_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->campaign_id;
}

const char *
deck_audit_log_entry_get_webhook_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->webhook_id;
}

const char *
deck_audit_log_entry_get_subsequence_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->subsequence_id;
}

const char *
deck_audit_log_entry_get_list_id (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->list_id;
}

const char *
deck_audit_log_entry_get_audit_metadata (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->audit_metadata;
}

const char *
deck_audit_log_entry_get_user_name (DeckAuditLogEntry *self)
{
  g_return_val_if_fail (DECK_IS_AUDIT_LOG_ENTRY (self), NULL);

  return self->user_name;
}

typedef struct
{
  int         type;
  const char *words;
} ActivityType;

/* The spec's x-enumDescriptions for AuditLog.activity_type, said for a person. */
static const ActivityType activity_types[] = {
    { 1, N_("Signed in") },
    { 2, N_("Deleted leads") },
    { 3, N_("Deleted a campaign") },
    { 4, N_("Launched a campaign") },
    { 5, N_("Paused a campaign") },
    { 6, N_("Added an email account") },
    { 7, N_("Deleted an email account") },
    { 8, N_("Moved leads") },
    { 9, N_("Added leads") },
    { 10, N_("Merged leads") },
    { 11, N_("Changed a campaign") },
    { 12, N_("Changed a subsequence") },
    { 18, N_("Created a webhook") },
    { 19, N_("Changed a webhook") },
    { 20, N_("Webhook stopped after errors") },
    { 21, N_("Resumed a webhook") },
    { 22, N_("Started setting up an authenticator app") },
    { 23, N_("Turned on an authenticator app") },
    { 24, N_("Started replacing the authenticator app") },
    { 25, N_("Replaced the authenticator app") },
    { 26, N_("Turned off the authenticator app") },
    { 27, N_("Created recovery codes") },
    { 28, N_("Used a recovery code") },
    { 29, N_("Failed a two-step sign-in") },
    { 30, N_("Failed a two-step sign-in too many times") },
    { 31, N_("Signed in with two steps") },
    { 32, N_("Started a subscriber import") },
    { 33, N_("Cancelled a subscriber import") },
    { 34, N_("Exported leads") },
    { 35, N_("Started a SuperSearch enrichment") },
    { 36, N_("Changed an email account") },
    { 37, N_("Created an API key") },
    { 38, N_("Deleted an API key") },
    { 40, N_("Changed domain forwarding") },
};

const int *
deck_audit_log_get_activity_types (guint *n_types)
{
  static int types[G_N_ELEMENTS (activity_types)];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (activity_types); i++)
        types[i] = activity_types[i].type;
      g_once_init_leave (&initialized, 1);
    }

  if (n_types != NULL)
    *n_types = G_N_ELEMENTS (activity_types);

  return types;
}

char *
deck_audit_log_activity_type_to_string (int activity_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (activity_types); i++)
    {
      if (activity_types[i].type == activity_type)
        return g_strdup (_(activity_types[i].words));
    }

  /* Translators: an activity type this version does not know, e.g. "Unknown (39)" */
  return g_strdup_printf (_("Unknown (%d)"), activity_type);
}
