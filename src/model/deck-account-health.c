/* deck-account-health.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-account-health.h"
#include "deck-json-private.h"

/* These are answers to one question each, never updated in place: every property is
 * set once while the object is built and only read afterwards. */

#define READ_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static gboolean
member_boolean (JsonObject *object,
                const char *member)
{
  gboolean value = FALSE;

  deck_json_get_boolean (deck_json_get_member (object, member), &value);
  return value;
}

static guint
member_count (JsonObject *object,
              const char *member)
{
  return deck_json_get_count (deck_json_get_member (object, member));
}

static char *
member_string (JsonObject *object,
               const char *member)
{
  return deck_json_dup_string (deck_json_get_member (object, member));
}

/* DeckDomainVitals */

struct _DeckDomainVitals
{
  GObject   parent_instance;

  char     *domain;
  gboolean  all_pass;
  gboolean  mx;
  gboolean  spf;
  gboolean  dkim;
  gboolean  dmarc;
};

G_DEFINE_FINAL_TYPE (DeckDomainVitals, deck_domain_vitals, G_TYPE_OBJECT)

enum {
  VITALS_PROP_0,
  VITALS_PROP_DOMAIN,
  VITALS_PROP_ALL_PASS,
  VITALS_PROP_MX,
  VITALS_PROP_SPF,
  VITALS_PROP_DKIM,
  VITALS_PROP_DMARC,
  VITALS_N_PROPS
};

static GParamSpec *vitals_properties[VITALS_N_PROPS];

static void
deck_domain_vitals_finalize (GObject *object)
{
  DeckDomainVitals *self = DECK_DOMAIN_VITALS (object);

  g_free (self->domain);

  G_OBJECT_CLASS (deck_domain_vitals_parent_class)->finalize (object);
}

static void
deck_domain_vitals_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeckDomainVitals *self = DECK_DOMAIN_VITALS (object);

  switch (prop_id)
    {
    case VITALS_PROP_DOMAIN:
      g_value_set_string (value, self->domain);
      break;

    case VITALS_PROP_ALL_PASS:
      g_value_set_boolean (value, self->all_pass);
      break;

    case VITALS_PROP_MX:
      g_value_set_boolean (value, self->mx);
      break;

    case VITALS_PROP_SPF:
      g_value_set_boolean (value, self->spf);
      break;

    case VITALS_PROP_DKIM:
      g_value_set_boolean (value, self->dkim);
      break;

    case VITALS_PROP_DMARC:
      g_value_set_boolean (value, self->dmarc);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_domain_vitals_class_init (DeckDomainVitalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_domain_vitals_finalize;
  object_class->get_property = deck_domain_vitals_get_property;

  vitals_properties[VITALS_PROP_DOMAIN] =
    g_param_spec_string ("domain", NULL, NULL, NULL, READ_FLAGS);
  vitals_properties[VITALS_PROP_ALL_PASS] =
    g_param_spec_boolean ("all-pass", NULL, NULL, FALSE, READ_FLAGS);
  vitals_properties[VITALS_PROP_MX] =
    g_param_spec_boolean ("mx", NULL, NULL, FALSE, READ_FLAGS);
  vitals_properties[VITALS_PROP_SPF] =
    g_param_spec_boolean ("spf", NULL, NULL, FALSE, READ_FLAGS);
  vitals_properties[VITALS_PROP_DKIM] =
    g_param_spec_boolean ("dkim", NULL, NULL, FALSE, READ_FLAGS);
  vitals_properties[VITALS_PROP_DMARC] =
    g_param_spec_boolean ("dmarc", NULL, NULL, FALSE, READ_FLAGS);

  g_object_class_install_properties (object_class, VITALS_N_PROPS, vitals_properties);
}

static void
deck_domain_vitals_init (DeckDomainVitals *self)
{
}

DeckDomainVitals *
deck_domain_vitals_new_from_json (JsonObject  *object,
                                  GError     **error)
{
  DeckDomainVitals *self;
  g_autofree char *domain = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  domain = member_string (object, "domain");
  if (domain == NULL || domain[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Domain vitals without a domain");
      return NULL;
    }

  self = g_object_new (DECK_TYPE_DOMAIN_VITALS, NULL);
  self->domain = g_steal_pointer (&domain);
  self->mx = member_boolean (object, "mx");
  self->spf = member_boolean (object, "spf");
  self->dkim = member_boolean (object, "dkim");
  self->dmarc = member_boolean (object, "dmarc");

  /* The spec spells it allPass; without it, all four checks decide. */
  if (!deck_json_get_boolean (deck_json_get_member (object, "allPass"), &self->all_pass) &&
      !deck_json_get_boolean (deck_json_get_member (object, "all_pass"), &self->all_pass))
    self->all_pass = self->mx && self->spf && self->dkim && self->dmarc;

  return self;
}

const char *
deck_domain_vitals_get_domain (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), NULL);

  return self->domain;
}

gboolean
deck_domain_vitals_get_all_pass (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), FALSE);

  return self->all_pass;
}

gboolean
deck_domain_vitals_get_mx (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), FALSE);

  return self->mx;
}

gboolean
deck_domain_vitals_get_spf (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), FALSE);

  return self->spf;
}

gboolean
deck_domain_vitals_get_dkim (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), FALSE);

  return self->dkim;
}

gboolean
deck_domain_vitals_get_dmarc (DeckDomainVitals *self)
{
  g_return_val_if_fail (DECK_IS_DOMAIN_VITALS (self), FALSE);

  return self->dmarc;
}

/* DeckCtdStatus */

struct _DeckCtdStatus
{
  GObject   parent_instance;

  char     *host;
  gboolean  success;
  gboolean  cname;
  gboolean  ssl;
};

G_DEFINE_FINAL_TYPE (DeckCtdStatus, deck_ctd_status, G_TYPE_OBJECT)

enum {
  CTD_PROP_0,
  CTD_PROP_HOST,
  CTD_PROP_SUCCESS,
  CTD_PROP_CNAME,
  CTD_PROP_SSL,
  CTD_N_PROPS
};

static GParamSpec *ctd_properties[CTD_N_PROPS];

static void
deck_ctd_status_finalize (GObject *object)
{
  DeckCtdStatus *self = DECK_CTD_STATUS (object);

  g_free (self->host);

  G_OBJECT_CLASS (deck_ctd_status_parent_class)->finalize (object);
}

static void
deck_ctd_status_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckCtdStatus *self = DECK_CTD_STATUS (object);

  switch (prop_id)
    {
    case CTD_PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case CTD_PROP_SUCCESS:
      g_value_set_boolean (value, self->success);
      break;

    case CTD_PROP_CNAME:
      g_value_set_boolean (value, self->cname);
      break;

    case CTD_PROP_SSL:
      g_value_set_boolean (value, self->ssl);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_ctd_status_class_init (DeckCtdStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_ctd_status_finalize;
  object_class->get_property = deck_ctd_status_get_property;

  ctd_properties[CTD_PROP_HOST] =
    g_param_spec_string ("host", NULL, NULL, NULL, READ_FLAGS);
  ctd_properties[CTD_PROP_SUCCESS] =
    g_param_spec_boolean ("success", NULL, NULL, FALSE, READ_FLAGS);
  ctd_properties[CTD_PROP_CNAME] =
    g_param_spec_boolean ("cname", NULL, NULL, FALSE, READ_FLAGS);
  ctd_properties[CTD_PROP_SSL] =
    g_param_spec_boolean ("ssl", NULL, NULL, FALSE, READ_FLAGS);

  g_object_class_install_properties (object_class, CTD_N_PROPS, ctd_properties);
}

static void
deck_ctd_status_init (DeckCtdStatus *self)
{
}

DeckCtdStatus *
deck_ctd_status_new_from_json (JsonObject  *object,
                               GError     **error)
{
  DeckCtdStatus *self;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every member is optional in the spec: an empty object is "nothing works yet". */
  self = g_object_new (DECK_TYPE_CTD_STATUS, NULL);
  self->host = member_string (object, "host");
  self->success = member_boolean (object, "success");
  self->cname = member_boolean (object, "cname");
  self->ssl = member_boolean (object, "ssl");

  return self;
}

const char *
deck_ctd_status_get_host (DeckCtdStatus *self)
{
  g_return_val_if_fail (DECK_IS_CTD_STATUS (self), NULL);

  return self->host;
}

gboolean
deck_ctd_status_get_success (DeckCtdStatus *self)
{
  g_return_val_if_fail (DECK_IS_CTD_STATUS (self), FALSE);

  return self->success;
}

gboolean
deck_ctd_status_get_cname (DeckCtdStatus *self)
{
  g_return_val_if_fail (DECK_IS_CTD_STATUS (self), FALSE);

  return self->cname;
}

gboolean
deck_ctd_status_get_ssl (DeckCtdStatus *self)
{
  g_return_val_if_fail (DECK_IS_CTD_STATUS (self), FALSE);

  return self->ssl;
}

/* DeckWarmupDay */

struct _DeckWarmupDay
{
  GObject  parent_instance;

  char    *date;
  guint    sent;
  guint    landed_inbox;
  guint    landed_spam;
  guint    received;
};

G_DEFINE_FINAL_TYPE (DeckWarmupDay, deck_warmup_day, G_TYPE_OBJECT)

enum {
  DAY_PROP_0,
  DAY_PROP_DATE,
  DAY_PROP_SENT,
  DAY_PROP_LANDED_INBOX,
  DAY_PROP_LANDED_SPAM,
  DAY_PROP_RECEIVED,
  DAY_N_PROPS
};

static GParamSpec *day_properties[DAY_N_PROPS];

static void
deck_warmup_day_finalize (GObject *object)
{
  DeckWarmupDay *self = DECK_WARMUP_DAY (object);

  g_free (self->date);

  G_OBJECT_CLASS (deck_warmup_day_parent_class)->finalize (object);
}

static void
deck_warmup_day_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckWarmupDay *self = DECK_WARMUP_DAY (object);

  switch (prop_id)
    {
    case DAY_PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case DAY_PROP_SENT:
      g_value_set_uint (value, self->sent);
      break;

    case DAY_PROP_LANDED_INBOX:
      g_value_set_uint (value, self->landed_inbox);
      break;

    case DAY_PROP_LANDED_SPAM:
      g_value_set_uint (value, self->landed_spam);
      break;

    case DAY_PROP_RECEIVED:
      g_value_set_uint (value, self->received);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_warmup_day_class_init (DeckWarmupDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_warmup_day_finalize;
  object_class->get_property = deck_warmup_day_get_property;

  day_properties[DAY_PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, READ_FLAGS);
  day_properties[DAY_PROP_SENT] =
    g_param_spec_uint ("sent", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  day_properties[DAY_PROP_LANDED_INBOX] =
    g_param_spec_uint ("landed-inbox", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  day_properties[DAY_PROP_LANDED_SPAM] =
    g_param_spec_uint ("landed-spam", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  day_properties[DAY_PROP_RECEIVED] =
    g_param_spec_uint ("received", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);

  g_object_class_install_properties (object_class, DAY_N_PROPS, day_properties);
}

static void
deck_warmup_day_init (DeckWarmupDay *self)
{
}

static DeckWarmupDay *
warmup_day_new (const char *date,
                JsonObject *object)
{
  DeckWarmupDay *self = g_object_new (DECK_TYPE_WARMUP_DAY, NULL);

  self->date = g_strdup (date);
  self->sent = member_count (object, "sent");
  self->landed_inbox = member_count (object, "landed_inbox");
  self->landed_spam = member_count (object, "landed_spam");
  self->received = member_count (object, "received");

  return self;
}

const char *
deck_warmup_day_get_date (DeckWarmupDay *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_DAY (self), NULL);

  return self->date;
}

guint
deck_warmup_day_get_sent (DeckWarmupDay *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_DAY (self), 0);

  return self->sent;
}

guint
deck_warmup_day_get_landed_inbox (DeckWarmupDay *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_DAY (self), 0);

  return self->landed_inbox;
}

guint
deck_warmup_day_get_landed_spam (DeckWarmupDay *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_DAY (self), 0);

  return self->landed_spam;
}

guint
deck_warmup_day_get_received (DeckWarmupDay *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_DAY (self), 0);

  return self->received;
}

/* DeckWarmupAnalytics */

struct _DeckWarmupAnalytics
{
  GObject     parent_instance;

  char       *email;
  GListStore *days;
  guint       sent;
  guint       received;
  guint       landed_inbox;
  guint       landed_spam;
  double      health_score;
  char       *health_score_label;
};

G_DEFINE_FINAL_TYPE (DeckWarmupAnalytics, deck_warmup_analytics, G_TYPE_OBJECT)

enum {
  ANALYTICS_PROP_0,
  ANALYTICS_PROP_EMAIL,
  ANALYTICS_PROP_DAYS,
  ANALYTICS_PROP_SENT,
  ANALYTICS_PROP_RECEIVED,
  ANALYTICS_PROP_LANDED_INBOX,
  ANALYTICS_PROP_LANDED_SPAM,
  ANALYTICS_PROP_HEALTH_SCORE,
  ANALYTICS_PROP_HEALTH_SCORE_LABEL,
  ANALYTICS_N_PROPS
};

static GParamSpec *analytics_properties[ANALYTICS_N_PROPS];

static void
deck_warmup_analytics_finalize (GObject *object)
{
  DeckWarmupAnalytics *self = DECK_WARMUP_ANALYTICS (object);

  g_free (self->email);
  g_clear_object (&self->days);
  g_free (self->health_score_label);

  G_OBJECT_CLASS (deck_warmup_analytics_parent_class)->finalize (object);
}

static void
deck_warmup_analytics_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DeckWarmupAnalytics *self = DECK_WARMUP_ANALYTICS (object);

  switch (prop_id)
    {
    case ANALYTICS_PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case ANALYTICS_PROP_DAYS:
      g_value_set_object (value, self->days);
      break;

    case ANALYTICS_PROP_SENT:
      g_value_set_uint (value, self->sent);
      break;

    case ANALYTICS_PROP_RECEIVED:
      g_value_set_uint (value, self->received);
      break;

    case ANALYTICS_PROP_LANDED_INBOX:
      g_value_set_uint (value, self->landed_inbox);
      break;

    case ANALYTICS_PROP_LANDED_SPAM:
      g_value_set_uint (value, self->landed_spam);
      break;

    case ANALYTICS_PROP_HEALTH_SCORE:
      g_value_set_double (value, self->health_score);
      break;

    case ANALYTICS_PROP_HEALTH_SCORE_LABEL:
      g_value_set_string (value, self->health_score_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_warmup_analytics_class_init (DeckWarmupAnalyticsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_warmup_analytics_finalize;
  object_class->get_property = deck_warmup_analytics_get_property;

  analytics_properties[ANALYTICS_PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_DAYS] =
    g_param_spec_object ("days", NULL, NULL, G_TYPE_LIST_MODEL, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_SENT] =
    g_param_spec_uint ("sent", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_RECEIVED] =
    g_param_spec_uint ("received", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_LANDED_INBOX] =
    g_param_spec_uint ("landed-inbox", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_LANDED_SPAM] =
    g_param_spec_uint ("landed-spam", NULL, NULL, 0, G_MAXUINT, 0, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_HEALTH_SCORE] =
    g_param_spec_double ("health-score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READ_FLAGS);
  analytics_properties[ANALYTICS_PROP_HEALTH_SCORE_LABEL] =
    g_param_spec_string ("health-score-label", NULL, NULL, NULL, READ_FLAGS);

  g_object_class_install_properties (object_class, ANALYTICS_N_PROPS, analytics_properties);
}

static void
deck_warmup_analytics_init (DeckWarmupAnalytics *self)
{
  self->days = g_list_store_new (DECK_TYPE_WARMUP_DAY);
}

/* The reply keys its maps by the address as the server spells it, which may differ
 * in case from the one asked for. */
static JsonObject *
lookup_email (JsonObject *map,
              const char *email)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (map == NULL)
    return NULL;

  if (json_object_has_member (map, email))
    return deck_json_get_object (map, email);

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &name, &value))
    if (g_ascii_strcasecmp (name, email) == 0 && JSON_NODE_HOLDS_OBJECT (value))
      return json_node_get_object (value);

  return NULL;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static DeckWarmupAnalytics *
warmup_analytics_new (const char *email,
                      JsonObject *days,
                      JsonObject *aggregate)
{
  DeckWarmupAnalytics *self = g_object_new (DECK_TYPE_WARMUP_ANALYTICS, NULL);
  double score = 0;

  self->email = g_strdup (email);

  if (days != NULL)
    {
      g_autoptr(GPtrArray) dates = g_ptr_array_new ();
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      JsonObjectIter iter;
      const char *date;
      JsonNode *value;

      json_object_iter_init (&iter, days);
      while (json_object_iter_next (&iter, &date, &value))
        if (JSON_NODE_HOLDS_OBJECT (value))
          g_ptr_array_add (dates, (gpointer) date);

      /* YYYY-MM-DD sorts as text: oldest first whatever order the map came in. */
      g_ptr_array_sort (dates, compare_dates);

      for (guint i = 0; i < dates->len; i++)
        {
          const char *day = g_ptr_array_index (dates, i);

          g_ptr_array_add (items, warmup_day_new (day, json_object_get_object_member (days, day)));
        }

      g_list_store_splice (self->days, 0, 0, items->pdata, items->len);
    }

  if (aggregate != NULL)
    {
      self->sent = member_count (aggregate, "sent");
      self->received = member_count (aggregate, "received");
      self->landed_inbox = member_count (aggregate, "landed_inbox");
      self->landed_spam = member_count (aggregate, "landed_spam");
      if (deck_json_get_double (deck_json_get_member (aggregate, "health_score"), &score))
        self->health_score = score;
      self->health_score_label = member_string (aggregate, "health_score_label");
    }

  return self;
}

const char *
deck_warmup_analytics_get_email (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), NULL);

  return self->email;
}

GListModel *
deck_warmup_analytics_get_days (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), NULL);

  return G_LIST_MODEL (self->days);
}

guint
deck_warmup_analytics_get_sent (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), 0);

  return self->sent;
}

guint
deck_warmup_analytics_get_received (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), 0);

  return self->received;
}

guint
deck_warmup_analytics_get_landed_inbox (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), 0);

  return self->landed_inbox;
}

guint
deck_warmup_analytics_get_landed_spam (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), 0);

  return self->landed_spam;
}

double
deck_warmup_analytics_get_health_score (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), 0);

  return self->health_score;
}

const char *
deck_warmup_analytics_get_health_score_label (DeckWarmupAnalytics *self)
{
  g_return_val_if_fail (DECK_IS_WARMUP_ANALYTICS (self), NULL);

  return self->health_score_label;
}

GPtrArray *
deck_warmup_analytics_list_from_json (JsonObject          *reply,
                                      const char * const  *emails,
                                      GError             **error)
{
  g_autoptr(GPtrArray) result = NULL;
  JsonObject *by_email;
  JsonObject *aggregates;

  g_return_val_if_fail (reply != NULL, NULL);
  g_return_val_if_fail (emails != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  by_email = deck_json_get_object (reply, "email_date_data");
  aggregates = deck_json_get_object (reply, "aggregate_data");

  if ((json_object_has_member (reply, "email_date_data") && by_email == NULL &&
       !JSON_NODE_HOLDS_NULL (json_object_get_member (reply, "email_date_data"))) ||
      (json_object_has_member (reply, "aggregate_data") && aggregates == NULL &&
       !JSON_NODE_HOLDS_NULL (json_object_get_member (reply, "aggregate_data"))))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Warmup analytics whose maps are not objects");
      return NULL;
    }

  /* One object per email asked for, in that order: an account the server left out
   * (not in this workspace) gets an empty one rather than shifting the others. */
  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; emails[i] != NULL; i++)
    g_ptr_array_add (result, warmup_analytics_new (emails[i],
                                                   lookup_email (by_email, emails[i]),
                                                   lookup_email (aggregates, emails[i])));

  return g_steal_pointer (&result);
}
