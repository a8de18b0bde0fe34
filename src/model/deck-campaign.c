/* deck-campaign.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "deck-campaign.h"
#include "deck-campaign-json-private.h"
#include "deck-json-private.h"

struct _DeckCampaign
{
  GObject     parent_instance;

  JsonObject *json;
  char       *id;
  char       *name;
  int         status;
  int         not_sending_status;
  int         daily_limit;
  GDateTime  *timestamp_created;
  GDateTime  *timestamp_updated;
};

G_DEFINE_FINAL_TYPE (DeckCampaign, deck_campaign, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STATUS,
  PROP_NOT_SENDING_STATUS,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  PROP_DAILY_LIMIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Status words */

static char *
unknown_value (int value)
{
  /* Translators: an enum value this version does not know, e.g. "Unknown (7)" */
  return g_strdup_printf (_("Unknown (%d)"), value);
}

char *
deck_campaign_status_to_string (int status)
{
  switch (status)
    {
    case DECK_CAMPAIGN_STATUS_DRAFT:
      return g_strdup (_("Draft"));
    case DECK_CAMPAIGN_STATUS_ACTIVE:
      return g_strdup (_("Active"));
    case DECK_CAMPAIGN_STATUS_PAUSED:
      return g_strdup (_("Paused"));
    case DECK_CAMPAIGN_STATUS_COMPLETED:
      return g_strdup (_("Completed"));
    case DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES:
      return g_strdup (_("Running subsequences"));
    case DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY:
      return g_strdup (_("Accounts unhealthy"));
    case DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT:
      return g_strdup (_("Bounce protection"));
    case DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED:
      return g_strdup (_("Account suspended"));
    default:
      return unknown_value (status);
    }
}

const char *
deck_campaign_status_icon_name (int status)
{
  switch (status)
    {
    case DECK_CAMPAIGN_STATUS_DRAFT:
      return "document-edit-symbolic";
    case DECK_CAMPAIGN_STATUS_ACTIVE:
      return "media-playback-start-symbolic";
    case DECK_CAMPAIGN_STATUS_PAUSED:
      return "media-playback-pause-symbolic";
    case DECK_CAMPAIGN_STATUS_COMPLETED:
      return "object-select-symbolic";
    case DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES:
      return "media-playlist-repeat-symbolic";
    case DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY:
      return "dialog-warning-symbolic";
    case DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT:
      return "mail-mark-junk-symbolic";
    case DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED:
      return "action-unavailable-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

gboolean
deck_campaign_status_is_problem (int status)
{
  return status == DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY ||
         status == DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT ||
         status == DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED;
}

char *
deck_campaign_not_sending_to_string (int not_sending_status)
{
  switch (not_sending_status)
    {
    case 1:
      return g_strdup (_("The campaign is outside its sending schedule. It sends again in its next "
                         "sending window; change the schedule to send at other times."));
    case 2:
      return g_strdup (_("The campaign is waiting for a lead to process. Add leads, or wait until "
                         "the next follow-up is due."));
    case 3:
      return g_strdup (_("The campaign reached its daily sending limit. It goes on tomorrow; raise "
                         "the campaign’s daily limit to send more."));
    case 4:
      return g_strdup (_("Every sending account of the campaign reached its daily limit. It goes on "
                         "tomorrow; add sending accounts or raise their limits to send more."));
    case 99:
      return g_strdup (_("The campaign is not sending because of an error on Instantly’s side. "
                         "Contact Instantly support."));
    default:
      /* Translators: %d is a code this version does not know */
      return g_strdup_printf (_("The campaign is not sending (reason %d)."), not_sending_status);
    }
}

/* Sending status (GET /campaigns/{id}/sending-status) */

static JsonObject *
sending_part (JsonObject *reply,
              const char *member)
{
  return reply != NULL ? deck_json_get_object (reply, member) : NULL;
}

const char *
deck_campaign_sending_status_code (JsonObject *reply)
{
  JsonObject *diagnostics = sending_part (reply, "diagnostics");
  JsonObject *summary = sending_part (reply, "summary");
  JsonNode *node;

  node = deck_json_get_member (diagnostics, "status");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    node = deck_json_get_member (summary, "status");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static double
diagnostic_number (JsonObject *diagnostics,
                   const char *part,
                   const char *member)
{
  double value = -1;

  deck_json_get_double (deck_json_get_member (deck_json_get_object (diagnostics, part), member), &value);
  return value;
}

static char *
describe_code (const char *code,
               JsonObject *diagnostics)
{
  if (g_str_equal (code, "campaign_paused"))
    return g_strdup (_("The campaign is paused. Activate it to send."));
  if (g_str_equal (code, "campaign_draft"))
    return g_strdup (_("The campaign is a draft. Activate it to send."));
  if (g_str_equal (code, "campaign_completed"))
    return g_strdup (_("The campaign is completed: every lead went through the sequence. Add leads "
                       "to send more."));
  if (g_str_equal (code, "campaign_running_subsequences"))
    return g_strdup (_("The campaign’s own sequence is done; only its subsequences are sending."));
  if (g_str_equal (code, "campaign_bounce_protect"))
    return g_strdup (_("Bounce protection stopped the campaign because too many emails bounced. "
                       "Clean the lead list, then activate the campaign again."));
  if (g_str_equal (code, "campaign_accounts_unhealthy") || g_str_equal (code, "all_accounts_unhealthy"))
    return g_strdup (_("The campaign’s sending accounts are unhealthy. Fix the accounts in error "
                       "or add healthy ones."));
  if (g_str_equal (code, "campaign_account_suspended"))
    return g_strdup (_("The workspace’s account is suspended, so nothing is sent. Contact Instantly "
                       "support."));
  if (g_str_equal (code, "out_of_schedule"))
    return g_strdup (_("The campaign is outside its sending schedule. It sends again in its next "
                       "sending window."));
  if (g_str_equal (code, "waiting_for_leads"))
    return g_strdup (_("The campaign has no lead ready to be contacted. Add leads, or wait until "
                       "the next follow-up is due."));
  if (g_str_equal (code, "daily_limit_met"))
    {
      double limit = diagnostic_number (diagnostics, "campaign_daily_limit", "limit");

      if (limit >= 0)
        /* Translators: %.0f is the campaign's daily limit of emails */
        return g_strdup_printf (_("The campaign sent its daily limit of %.0f emails. It goes on "
                                  "tomorrow; raise the daily limit to send more."), limit);
      return g_strdup (_("The campaign reached its daily sending limit. It goes on tomorrow; raise "
                         "the daily limit to send more."));
    }
  if (g_str_equal (code, "account_daily_limit_met"))
    return g_strdup (_("Every sending account reached its daily limit. Add sending accounts or "
                       "raise their limits to send more."));
  if (g_str_equal (code, "new_lead_limit_met"))
    return g_strdup (_("The campaign contacted its maximum of new leads for today. Raise the daily "
                       "maximum of new leads to contact more."));
  if (g_str_equal (code, "waiting_for_esp_match"))
    return g_strdup (_("The campaign waits for a sending account whose provider matches the lead’s. "
                       "Add accounts of that provider or relax the provider matching."));
  if (g_str_equal (code, "domain_limit_reached"))
    return g_strdup (_("The campaign reached the limit of emails per company domain for today."));
  if (g_str_equal (code, "follow_up_delay_not_met"))
    return g_strdup (_("The campaign waits for the delay before the next follow-up."));
  if (g_str_equal (code, "no_accounts_available"))
    return g_strdup (_("No sending account is available. Add sending accounts to the campaign or "
                       "reconnect the disconnected ones."));

  return NULL;
}

char *
deck_campaign_sending_status_describe (JsonObject *reply)
{
  JsonObject *diagnostics = sending_part (reply, "diagnostics");
  JsonObject *summary = sending_part (reply, "summary");
  const char *code = deck_campaign_sending_status_code (reply);
  g_autofree char *message = NULL;
  char *words;

  if (code != NULL && g_str_equal (code, "healthy"))
    return NULL;

  if (code != NULL && (words = describe_code (code, diagnostics)) != NULL)
    return words;

  /* A code we do not know yet: the server's own words are better than nothing. */
  message = deck_json_dup_string (deck_json_get_member (summary, "status_message"));
  if (message != NULL && message[0] != '\0')
    return g_steal_pointer (&message);

  if (code != NULL)
    /* Translators: %s is a status code from the server, e.g. "sending_paused" */
    return g_strdup_printf (_("The campaign is not sending normally (%s)."), code);

  return NULL;
}

/* GObject */

static void
deck_campaign_finalize (GObject *object)
{
  DeckCampaign *self = DECK_CAMPAIGN (object);

  g_clear_pointer (&self->json, json_object_unref);
  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->timestamp_created, g_date_time_unref);
  g_clear_pointer (&self->timestamp_updated, g_date_time_unref);

  G_OBJECT_CLASS (deck_campaign_parent_class)->finalize (object);
}

static void
deck_campaign_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DeckCampaign *self = DECK_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_NOT_SENDING_STATUS:
      g_value_set_int (value, self->not_sending_status);
      break;

    case PROP_TIMESTAMP_CREATED:
      g_value_set_boxed (value, self->timestamp_created);
      break;

    case PROP_TIMESTAMP_UPDATED:
      g_value_set_boxed (value, self->timestamp_updated);
      break;

    case PROP_DAILY_LIMIT:
      g_value_set_int (value, self->daily_limit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_campaign_class_init (DeckCampaignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_campaign_finalize;
  object_class->get_property = deck_campaign_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  /* 0 when the campaign is sending (the spec's null). */
  properties[PROP_NOT_SENDING_STATUS] =
    g_param_spec_int ("not-sending-status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_boxed ("timestamp-created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_boxed ("timestamp-updated", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /* -1 when the campaign has no daily limit. */
  properties[PROP_DAILY_LIMIT] =
    g_param_spec_int ("daily-limit", NULL, NULL, -1, G_MAXINT, -1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_campaign_init (DeckCampaign *self)
{
  self->daily_limit = -1;
}

/* Field updates, one notify each when the value changed */

static void
campaign_take_string (DeckCampaign  *self,
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

static void
campaign_set_int (DeckCampaign *self,
                  int          *field,
                  int           value,
                  guint         prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
campaign_take_date_time (DeckCampaign  *self,
                         GDateTime    **field,
                         GDateTime     *value,
                         guint          prop_id)
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

/* An integer member; numbers may arrive as strings, fractions are truncated. */
static int
json_int (JsonObject *object,
          const char *member,
          int         default_value)
{
  double value;

  if (!deck_json_get_double (deck_json_get_member (object, member), &value))
    return default_value;

  return (int) CLAMP (value, (double) G_MININT, (double) G_MAXINT);
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
                           "Campaign object without an id");
      return NULL;
    }

  return id;
}

/* @json is owned by the caller and copied: the campaign keeps its own. */
static void
campaign_apply (DeckCampaign *self,
                JsonObject   *json)
{
  g_clear_pointer (&self->json, json_object_unref);
  self->json = deck_campaign_json_object_dup (json);

  g_object_freeze_notify (G_OBJECT (self));
  campaign_take_string (self, &self->name,
                        deck_json_dup_string (deck_json_get_member (json, "name")), PROP_NAME);
  campaign_set_int (self, &self->status, json_int (json, "status", 0), PROP_STATUS);
  campaign_set_int (self, &self->not_sending_status, json_int (json, "not_sending_status", 0),
                    PROP_NOT_SENDING_STATUS);
  campaign_set_int (self, &self->daily_limit, MAX (-1, json_int (json, "daily_limit", -1)),
                    PROP_DAILY_LIMIT);
  campaign_take_date_time (self, &self->timestamp_created,
                           deck_json_dup_date_time (deck_json_get_member (json, "timestamp_created")),
                           PROP_TIMESTAMP_CREATED);
  campaign_take_date_time (self, &self->timestamp_updated,
                           deck_json_dup_date_time (deck_json_get_member (json, "timestamp_updated")),
                           PROP_TIMESTAMP_UPDATED);
  g_object_thaw_notify (G_OBJECT (self));
}

DeckCampaign *
deck_campaign_new_from_json (JsonObject  *object,
                             GError     **error)
{
  DeckCampaign *self;
  char *id;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((id = dup_id (object, error)) == NULL)
    return NULL;

  self = g_object_new (DECK_TYPE_CAMPAIGN, NULL);
  self->id = id;
  campaign_apply (self, object);

  return self;
}

gboolean
deck_campaign_update_from_json (DeckCampaign  *self,
                                JsonObject    *object,
                                GError       **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((id = dup_id (object, error)) == NULL)
    return FALSE;

  if (!g_str_equal (id, self->id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Campaign %s cannot be updated from campaign %s", self->id, id);
      return FALSE;
    }

  campaign_apply (self, object);
  return TRUE;
}

gboolean
deck_campaign_update_from_campaign (DeckCampaign *self,
                                    DeckCampaign *other)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), FALSE);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (other), FALSE);

  if (self == other)
    return TRUE;
  if (!g_str_equal (self->id, other->id))
    return FALSE;

  campaign_apply (self, other->json);
  return TRUE;
}

const char *
deck_campaign_get_id (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), NULL);

  return self->id;
}

const char *
deck_campaign_get_name (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), NULL);

  return self->name;
}

int
deck_campaign_get_status (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), 0);

  return self->status;
}

int
deck_campaign_get_not_sending_status (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), 0);

  return self->not_sending_status;
}

JsonObject *
deck_campaign_get_json (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), NULL);

  return self->json;
}

GDateTime *
deck_campaign_get_timestamp_created (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), NULL);

  return self->timestamp_created;
}

GDateTime *
deck_campaign_get_timestamp_updated (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), NULL);

  return self->timestamp_updated;
}

int
deck_campaign_get_daily_limit (DeckCampaign *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN (self), -1);

  return self->daily_limit;
}
