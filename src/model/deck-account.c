/* deck-account.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <math.h>

#include "deck-account.h"

/*
 * DeckAccount keeps every field in a GValue slot indexed by its property id, and a
 * table says where each property lives in the JSON. Parsing, comparing, copying and
 * notifying are then the same few lines for all fifty fields, which is what keeps
 * "update in place, notify only what changed" honest.
 */

typedef enum
{
  FIELD_STRING,
  FIELD_INT,       /* enum-valued numbers: values outside the spec's set are kept */
  FIELD_DOUBLE,
  FIELD_BOOLEAN,
  FIELD_DATE_TIME,
  FIELD_HAS,       /* TRUE when the field named by has_of held a value */
  FIELD_TAG_IDS,
  FIELD_TAG_LABELS,
} FieldKind;

typedef struct
{
  const char *name;
  FieldKind   kind;
  const char *path[3];  /* JSON members from the account object inward */
  guint       has_prop; /* for optional fields: the "has-…" property to set */
  const char *nick;
} Field;

enum {
  PROP_0,
  PROP_EMAIL,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_ORGANIZATION,
  PROP_ADDED_BY,
  PROP_MODIFIED_BY,
  PROP_STATUS,
  PROP_WARMUP_STATUS,
  PROP_PROVIDER_CODE,
  PROP_SETUP_PENDING,
  PROP_IS_MANAGED_ACCOUNT,
  PROP_DAILY_LIMIT,
  PROP_HAS_DAILY_LIMIT,
  PROP_DAILY_LIMIT_MAX,
  PROP_HAS_DAILY_LIMIT_MAX,
  PROP_WARMUP_LIMIT_MAX,
  PROP_HAS_WARMUP_LIMIT_MAX,
  PROP_INBOX_PLACEMENT_TEST_LIMIT,
  PROP_HAS_INBOX_PLACEMENT_TEST_LIMIT,
  PROP_STAT_WARMUP_SCORE,
  PROP_HAS_WARMUP_SCORE,
  PROP_SENDING_GAP,
  PROP_ENABLE_SLOW_RAMP,
  PROP_AUTOFIX_FAILED,
  PROP_HAS_AUTOFIX_FAILED,
  PROP_TRACKING_DOMAIN_NAME,
  PROP_TRACKING_DOMAIN_STATUS,
  PROP_SIGNATURE,
  PROP_REPLY_TO,
  PROP_TIMESTAMP_WARMUP_START,
  PROP_WARMUP_LIMIT,
  PROP_WARMUP_INCREMENT,
  PROP_WARMUP_CUSTOM_FTAG,
  PROP_WARMUP_REPLY_RATE,
  PROP_WARMUP_WARM_CTD,
  PROP_WARMUP_OPEN_RATE,
  PROP_WARMUP_IMPORTANT_RATE,
  PROP_WARMUP_READ_EMULATION,
  PROP_WARMUP_SPAM_SAVE_RATE,
  PROP_WARMUP_WEEKDAY_ONLY,
  PROP_STATUS_MESSAGE_CODE,
  PROP_STATUS_MESSAGE_COMMAND,
  PROP_STATUS_MESSAGE_RESPONSE,
  PROP_STATUS_MESSAGE_E_MESSAGE,
  PROP_STATUS_MESSAGE_RESPONSE_CODE,
  PROP_TAG_IDS,
  PROP_TAG_LABELS,
  N_PROPS
};

static const Field fields[N_PROPS] = {
  [PROP_EMAIL] =
    { "email", FIELD_STRING, { "email" }, 0,
      "Email address of the account" },
  [PROP_TIMESTAMP_CREATED] =
    { "timestamp-created", FIELD_DATE_TIME, { "timestamp_created" }, 0,
      "When the account was created" },
  [PROP_TIMESTAMP_UPDATED] =
    { "timestamp-updated", FIELD_DATE_TIME, { "timestamp_updated" }, 0,
      "When the account was last updated" },
  [PROP_FIRST_NAME] =
    { "first-name", FIELD_STRING, { "first_name" }, 0,
      "First name" },
  [PROP_LAST_NAME] =
    { "last-name", FIELD_STRING, { "last_name" }, 0,
      "Last name" },
  [PROP_ORGANIZATION] =
    { "organization", FIELD_STRING, { "organization" }, 0,
      "Organization ID that owns the account" },
  [PROP_ADDED_BY] =
    { "added-by", FIELD_STRING, { "added_by" }, 0,
      "User ID who added the account" },
  [PROP_MODIFIED_BY] =
    { "modified-by", FIELD_STRING, { "modified_by" }, 0,
      "User ID who last modified the account" },
  [PROP_STATUS] =
    { "status", FIELD_INT, { "status" }, 0,
      "Account status (DeckAccountStatus or another number)" },
  [PROP_WARMUP_STATUS] =
    { "warmup-status", FIELD_INT, { "warmup_status" }, 0,
      "Warmup status (DeckWarmupStatus or another number)" },
  [PROP_PROVIDER_CODE] =
    { "provider-code", FIELD_INT, { "provider_code" }, 0,
      "Provider (DeckProviderCode or another number)" },
  [PROP_SETUP_PENDING] =
    { "setup-pending", FIELD_BOOLEAN, { "setup_pending" }, 0,
      "Whether account setup is pending" },
  [PROP_IS_MANAGED_ACCOUNT] =
    { "is-managed-account", FIELD_BOOLEAN, { "is_managed_account" }, 0,
      "Whether this is a managed account" },
  [PROP_DAILY_LIMIT] =
    { "daily-limit", FIELD_DOUBLE, { "daily_limit" }, PROP_HAS_DAILY_LIMIT,
      "Daily sending limit" },
  [PROP_HAS_DAILY_LIMIT] =
    { "has-daily-limit", FIELD_HAS, { NULL }, 0,
      "Whether daily-limit is set" },
  [PROP_DAILY_LIMIT_MAX] =
    { "daily-limit-max", FIELD_DOUBLE, { "daily_limit_max" }, PROP_HAS_DAILY_LIMIT_MAX,
      "Maximum daily limit (AirMail)" },
  [PROP_HAS_DAILY_LIMIT_MAX] =
    { "has-daily-limit-max", FIELD_HAS, { NULL }, 0,
      "Whether daily-limit-max is set" },
  [PROP_WARMUP_LIMIT_MAX] =
    { "warmup-limit-max", FIELD_DOUBLE, { "warmup_limit_max" }, PROP_HAS_WARMUP_LIMIT_MAX,
      "Maximum warmup limit (AirMail)" },
  [PROP_HAS_WARMUP_LIMIT_MAX] =
    { "has-warmup-limit-max", FIELD_HAS, { NULL }, 0,
      "Whether warmup-limit-max is set" },
  [PROP_INBOX_PLACEMENT_TEST_LIMIT] =
    { "inbox-placement-test-limit", FIELD_DOUBLE, { "inbox_placement_test_limit" },
      PROP_HAS_INBOX_PLACEMENT_TEST_LIMIT,
      "Limit for inbox placement tests" },
  [PROP_HAS_INBOX_PLACEMENT_TEST_LIMIT] =
    { "has-inbox-placement-test-limit", FIELD_HAS, { NULL }, 0,
      "Whether inbox-placement-test-limit is set" },
  [PROP_STAT_WARMUP_SCORE] =
    { "stat-warmup-score", FIELD_DOUBLE, { "stat_warmup_score" }, PROP_HAS_WARMUP_SCORE,
      "Warmup score" },
  [PROP_HAS_WARMUP_SCORE] =
    { "has-warmup-score", FIELD_HAS, { NULL }, 0,
      "Whether stat-warmup-score is set" },
  [PROP_SENDING_GAP] =
    { "sending-gap", FIELD_DOUBLE, { "sending_gap" }, 0,
      "Minutes between emails" },
  [PROP_ENABLE_SLOW_RAMP] =
    { "enable-slow-ramp", FIELD_BOOLEAN, { "enable_slow_ramp" }, 0,
      "Whether slow ramp-up is enabled" },
  [PROP_AUTOFIX_FAILED] =
    { "autofix-failed", FIELD_BOOLEAN, { "autofix_failed" }, PROP_HAS_AUTOFIX_FAILED,
      "Whether automatic reconnection failed" },
  [PROP_HAS_AUTOFIX_FAILED] =
    { "has-autofix-failed", FIELD_HAS, { NULL }, 0,
      "FALSE while automatic reconnection is in progress or unknown" },
  [PROP_TRACKING_DOMAIN_NAME] =
    { "tracking-domain-name", FIELD_STRING, { "tracking_domain_name" }, 0,
      "Tracking domain" },
  [PROP_TRACKING_DOMAIN_STATUS] =
    { "tracking-domain-status", FIELD_STRING, { "tracking_domain_status" }, 0,
      "Tracking domain status" },
  [PROP_SIGNATURE] =
    { "signature", FIELD_STRING, { "signature" }, 0,
      "Email signature" },
  [PROP_REPLY_TO] =
    { "reply-to", FIELD_STRING, { "reply_to" }, 0,
      "Reply-to address" },
  [PROP_TIMESTAMP_WARMUP_START] =
    { "timestamp-warmup-start", FIELD_DATE_TIME, { "timestamp_warmup_start" }, 0,
      "When warmup started" },
  [PROP_WARMUP_LIMIT] =
    { "warmup-limit", FIELD_DOUBLE, { "warmup", "limit" }, 0,
      "Warmup sending limit" },
  [PROP_WARMUP_INCREMENT] =
    { "warmup-increment", FIELD_STRING, { "warmup", "increment" }, 0,
      "Warmup daily increment (\"disabled\", \"0\"…\"4\")" },
  [PROP_WARMUP_CUSTOM_FTAG] =
    { "warmup-custom-ftag", FIELD_STRING, { "warmup", "warmup_custom_ftag" }, 0,
      "Warmup custom tag" },
  [PROP_WARMUP_REPLY_RATE] =
    { "warmup-reply-rate", FIELD_DOUBLE, { "warmup", "reply_rate" }, 0,
      "Warmup reply rate" },
  [PROP_WARMUP_WARM_CTD] =
    { "warmup-warm-ctd", FIELD_BOOLEAN, { "warmup", "advanced", "warm_ctd" }, 0,
      "Warm custom tracking domain" },
  [PROP_WARMUP_OPEN_RATE] =
    { "warmup-open-rate", FIELD_DOUBLE, { "warmup", "advanced", "open_rate" }, 0,
      "Warmup open rate" },
  [PROP_WARMUP_IMPORTANT_RATE] =
    { "warmup-important-rate", FIELD_DOUBLE, { "warmup", "advanced", "important_rate" }, 0,
      "Warmup important rate" },
  [PROP_WARMUP_READ_EMULATION] =
    { "warmup-read-emulation", FIELD_BOOLEAN, { "warmup", "advanced", "read_emulation" }, 0,
      "Warmup read emulation" },
  [PROP_WARMUP_SPAM_SAVE_RATE] =
    { "warmup-spam-save-rate", FIELD_DOUBLE, { "warmup", "advanced", "spam_save_rate" }, 0,
      "Warmup spam save rate" },
  [PROP_WARMUP_WEEKDAY_ONLY] =
    { "warmup-weekday-only", FIELD_BOOLEAN, { "warmup", "advanced", "weekday_only" }, 0,
      "Warm up on weekdays only" },
  [PROP_STATUS_MESSAGE_CODE] =
    { "status-message-code", FIELD_STRING, { "status_message", "code" }, 0,
      "Status message code" },
  [PROP_STATUS_MESSAGE_COMMAND] =
    { "status-message-command", FIELD_STRING, { "status_message", "command" }, 0,
      "Status message command" },
  [PROP_STATUS_MESSAGE_RESPONSE] =
    { "status-message-response", FIELD_STRING, { "status_message", "response" }, 0,
      "Status message server response" },
  [PROP_STATUS_MESSAGE_E_MESSAGE] =
    { "status-message-e-message", FIELD_STRING, { "status_message", "e_message" }, 0,
      "Status message error text" },
  [PROP_STATUS_MESSAGE_RESPONSE_CODE] =
    { "status-message-response-code", FIELD_INT, { "status_message", "responseCode" }, 0,
      "Status message response code" },
  [PROP_TAG_IDS] =
    { "tag-ids", FIELD_TAG_IDS, { "tags" }, 0,
      "Custom tag IDs (include_tags)" },
  [PROP_TAG_LABELS] =
    { "tag-labels", FIELD_TAG_LABELS, { "tags" }, 0,
      "Custom tag labels (include_tags)" },
};

struct _DeckAccount
{
  GObject parent_instance;

  GValue   values[N_PROPS]; /* slot 0 unused */
  gboolean has_tags;        /* the JSON carried "tags" (include_tags) */
};

G_DEFINE_FINAL_TYPE (DeckAccount, deck_account, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

#define VALUES(self) ((self)->values)

static GType
field_gtype (FieldKind kind)
{
  switch (kind)
    {
    case FIELD_STRING:
      return G_TYPE_STRING;
    case FIELD_INT:
      return G_TYPE_INT;
    case FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case FIELD_BOOLEAN:
    case FIELD_HAS:
      return G_TYPE_BOOLEAN;
    case FIELD_DATE_TIME:
      return G_TYPE_DATE_TIME;
    case FIELD_TAG_IDS:
    case FIELD_TAG_LABELS:
      return G_TYPE_STRV;
    default:
      g_assert_not_reached ();
    }
}

static void
values_init (GValue *values)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_value_init (&values[i], field_gtype (fields[i].kind));
}

static void
values_clear (GValue *values)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_value_unset (&values[i]);
}

/* The member at @path, or NULL when any step is missing or not an object. */
static JsonNode *
lookup_member (JsonObject        *object,
               const char * const *path)
{
  JsonNode *node = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields[0].path) && path[i] != NULL; i++)
    {
      if (object == NULL || !json_object_has_member (object, path[i]))
        return NULL;

      node = json_object_get_member (object, path[i]);
      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }

  return node;
}

/* Numbers may arrive as JSON numbers or as strings ("85", "0.9"). */
static gboolean
node_get_double (JsonNode *node,
                 double   *out)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *out = json_node_get_double (node);
      return isfinite (*out);
    }

  if (type == G_TYPE_BOOLEAN)
    {
      *out = json_node_get_boolean (node) ? 1 : 0;
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);
      char *end = NULL;
      double value;

      if (str == NULL)
        return FALSE;

      while (g_ascii_isspace (*str))
        str++;
      if (*str == '\0')
        return FALSE;

      value = g_ascii_strtod (str, &end);
      while (end != NULL && g_ascii_isspace (*end))
        end++;
      if (end == NULL || *end != '\0' || !isfinite (value))
        return FALSE;

      *out = value;
      return TRUE;
    }

  return FALSE;
}

static gboolean
node_get_boolean (JsonNode *node,
                  gboolean *out)
{
  double number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *out = json_node_get_boolean (node);
      return TRUE;
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);

      if (g_ascii_strcasecmp (str, "true") == 0 || g_ascii_strcasecmp (str, "false") == 0)
        {
          *out = g_ascii_strcasecmp (str, "true") == 0;
          return TRUE;
        }
    }

  if (node_get_double (node, &number))
    {
      *out = number != 0;
      return TRUE;
    }

  return FALSE;
}

static char *
node_dup_string (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    return json_node_dup_string (node);
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");

  return NULL;
}

static GDateTime *
node_dup_date_time (JsonNode *node)
{
  g_autoptr(GTimeZone) utc = NULL;
  const char *str;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  str = json_node_get_string (node);
  if (str == NULL || *str == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (str, utc);
}

static GStrv
node_dup_tags (JsonNode   *node,
               const char *member)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *tag;
      g_autofree char *str = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      tag = json_node_get_object (element);
      if (json_object_has_member (tag, member))
        str = node_dup_string (json_object_get_member (tag, member));

      g_strv_builder_add (builder, str != NULL ? str : "");
    }

  return g_strv_builder_end (builder);
}

/* Fills @values (initialised, at their defaults) from @object. */
static gboolean
values_parse (GValue      *values,
              JsonObject  *object,
              GError     **error)
{
  JsonNode *email_node = json_object_get_member (object, "email");

  if (email_node == NULL || !JSON_NODE_HOLDS_VALUE (email_node) ||
      json_node_get_value_type (email_node) != G_TYPE_STRING ||
      json_node_get_string (email_node)[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Account object without an email");
      return FALSE;
    }

  for (guint i = 1; i < N_PROPS; i++)
    {
      const Field *field = &fields[i];
      JsonNode *node;
      double number;
      gboolean boolean;
      gboolean has = FALSE;

      if (field->kind == FIELD_HAS)
        continue;

      node = lookup_member (object, field->path);

      switch (field->kind)
        {
        case FIELD_STRING:
          g_value_take_string (&values[i], node_dup_string (node));
          break;

        case FIELD_INT:
          if ((has = node_get_double (node, &number)))
            g_value_set_int (&values[i], (int) CLAMP (number, G_MININT, G_MAXINT));
          break;

        case FIELD_DOUBLE:
          if ((has = node_get_double (node, &number)))
            g_value_set_double (&values[i], number);
          break;

        case FIELD_BOOLEAN:
          if ((has = node_get_boolean (node, &boolean)))
            g_value_set_boolean (&values[i], boolean);
          break;

        case FIELD_DATE_TIME:
          g_value_take_boxed (&values[i], node_dup_date_time (node));
          break;

        case FIELD_TAG_IDS:
          g_value_take_boxed (&values[i], node_dup_tags (node, "id"));
          break;

        case FIELD_TAG_LABELS:
          g_value_take_boxed (&values[i], node_dup_tags (node, "label"));
          break;

        case FIELD_HAS:
        default:
          g_assert_not_reached ();
        }

      if (field->has_prop != 0)
        g_value_set_boolean (&values[field->has_prop], has);
    }

  return TRUE;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (a);
      GDateTime *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return g_date_time_equal (da, db);
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);

      if (sa == NULL || sb == NULL)
        return sa == sb;
      return g_strv_equal (sa, sb);
    }

  g_assert_not_reached ();
}

static void
deck_account_finalize (GObject *object)
{
  values_clear (VALUES (DECK_ACCOUNT (object)));

  G_OBJECT_CLASS (deck_account_parent_class)->finalize (object);
}

static void
deck_account_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DeckAccount *self = DECK_ACCOUNT (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_copy (&VALUES (self)[prop_id], value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
deck_account_class_init (DeckAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_account_finalize;
  object_class->get_property = deck_account_get_property;

  for (guint i = 1; i < N_PROPS; i++)
    {
      const Field *field = &fields[i];

      switch (field->kind)
        {
        case FIELD_STRING:
          properties[i] = g_param_spec_string (field->name, NULL, field->nick, NULL, flags);
          break;
        case FIELD_INT:
          properties[i] = g_param_spec_int (field->name, NULL, field->nick,
                                            G_MININT, G_MAXINT, 0, flags);
          break;
        case FIELD_DOUBLE:
          properties[i] = g_param_spec_double (field->name, NULL, field->nick,
                                               -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        case FIELD_BOOLEAN:
        case FIELD_HAS:
          properties[i] = g_param_spec_boolean (field->name, NULL, field->nick, FALSE, flags);
          break;
        case FIELD_DATE_TIME:
          properties[i] = g_param_spec_boxed (field->name, NULL, field->nick,
                                              G_TYPE_DATE_TIME, flags);
          break;
        case FIELD_TAG_IDS:
        case FIELD_TAG_LABELS:
          properties[i] = g_param_spec_boxed (field->name, NULL, field->nick,
                                              G_TYPE_STRV, flags);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_account_init (DeckAccount *self)
{
  values_init (VALUES (self));
}

DeckAccount *
deck_account_new_from_json (JsonObject  *object,
                            GError     **error)
{
  g_autoptr(DeckAccount) self = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT, NULL);

  if (!values_parse (VALUES (self), object, error))
    return NULL;

  self->has_tags = json_object_has_member (object, "tags");

  return g_steal_pointer (&self);
}

/* Moves every value of @fresh that differs into @self, one notify per change. */
static void
account_apply (DeckAccount *self,
               GValue      *fresh,
               gboolean     with_tags)
{
  g_object_freeze_notify (G_OBJECT (self));

  for (guint i = 1; i < N_PROPS; i++)
    {
      if ((i == PROP_TAG_IDS || i == PROP_TAG_LABELS) && !with_tags)
        continue;

      if (!values_equal (&self->values[i], &fresh[i]))
        {
          g_value_unset (&self->values[i]);
          self->values[i] = fresh[i];
          fresh[i] = (GValue) G_VALUE_INIT;
          g_value_init (&fresh[i], field_gtype (fields[i].kind));
          g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
        }
    }

  if (with_tags)
    self->has_tags = TRUE;

  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
deck_account_update_from_json (DeckAccount  *self,
                               JsonObject   *object,
                               GError      **error)
{
  GValue fresh[N_PROPS] = { G_VALUE_INIT };

  g_return_val_if_fail (DECK_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  values_init (fresh);

  if (!values_parse (fresh, object, error))
    {
      values_clear (fresh);
      return FALSE;
    }

  if (g_strcmp0 (g_value_get_string (&fresh[PROP_EMAIL]),
                 g_value_get_string (&self->values[PROP_EMAIL])) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Account data is for another email");
      values_clear (fresh);
      return FALSE;
    }

  /* Tags only come with include_tags on the list; a single-account answer (get,
   * pause, resume) has none and must not wipe them. */
  account_apply (self, fresh, json_object_has_member (object, "tags"));

  values_clear (fresh);
  return TRUE;
}

gboolean
deck_account_update_from_account (DeckAccount *self,
                                  DeckAccount *other)
{
  GValue fresh[N_PROPS] = { G_VALUE_INIT };

  g_return_val_if_fail (DECK_IS_ACCOUNT (self), FALSE);
  g_return_val_if_fail (DECK_IS_ACCOUNT (other), FALSE);

  if (self == other)
    return TRUE;

  if (g_strcmp0 (deck_account_get_email (self), deck_account_get_email (other)) != 0)
    return FALSE;

  values_init (fresh);
  for (guint i = 1; i < N_PROPS; i++)
    g_value_copy (&other->values[i], &fresh[i]);

  account_apply (self, fresh, other->has_tags);

  values_clear (fresh);
  return TRUE;
}

const char *
deck_account_get_email (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  return g_value_get_string (&VALUES (self)[PROP_EMAIL]);
}

const char *
deck_account_get_first_name (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  return g_value_get_string (&VALUES (self)[PROP_FIRST_NAME]);
}

const char *
deck_account_get_last_name (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  return g_value_get_string (&VALUES (self)[PROP_LAST_NAME]);
}

char *
deck_account_dup_display_name (DeckAccount *self)
{
  const char *first;
  const char *last;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  first = deck_account_get_first_name (self);
  last = deck_account_get_last_name (self);

  name = g_strstrip (g_strdup_printf ("%s %s", first ? first : "", last ? last : ""));
  if (name[0] == '\0')
    return g_strdup (deck_account_get_email (self));

  return g_steal_pointer (&name);
}

int
deck_account_get_status (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_int (&VALUES (self)[PROP_STATUS]);
}

int
deck_account_get_warmup_status (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_int (&VALUES (self)[PROP_WARMUP_STATUS]);
}

int
deck_account_get_provider_code (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_int (&VALUES (self)[PROP_PROVIDER_CODE]);
}

double
deck_account_get_stat_warmup_score (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_double (&VALUES (self)[PROP_STAT_WARMUP_SCORE]);
}

gboolean
deck_account_get_has_warmup_score (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), FALSE);

  return g_value_get_boolean (&VALUES (self)[PROP_HAS_WARMUP_SCORE]);
}

gboolean
deck_account_get_has_daily_limit (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), FALSE);

  return g_value_get_boolean (&VALUES (self)[PROP_HAS_DAILY_LIMIT]);
}

double
deck_account_get_daily_limit (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_double (&VALUES (self)[PROP_DAILY_LIMIT]);
}

double
deck_account_get_sending_gap (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), 0);

  return g_value_get_double (&VALUES (self)[PROP_SENDING_GAP]);
}

GDateTime *
deck_account_get_timestamp_created (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  return g_value_get_boxed (&VALUES (self)[PROP_TIMESTAMP_CREATED]);
}

const char * const *
deck_account_get_tag_labels (DeckAccount *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT (self), NULL);

  return g_value_get_boxed (&VALUES (self)[PROP_TAG_LABELS]);
}
