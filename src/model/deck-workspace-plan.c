/* deck-workspace-plan.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>

#include "deck-workspace-plan.h"
#include "deck-model-fields-private.h"

struct _DeckWorkspacePlan
{
  GObject parent_instance;

  char *organization_id;
  char *organization_name;
  char *outreach_plan_name;
  char *outreach_product_id;
  char *outreach_interval;
  double outreach_total_lead_limit;
  gboolean has_outreach_total_lead_limit;
  double outreach_current_lead_count;
  gboolean has_outreach_current_lead_count;
  double outreach_price_in_dollars;
  gboolean has_outreach_price_in_dollars;
  double outreach_current_period_end;
  gboolean has_outreach_current_period_end;
  double outreach_cancel_at_time;
  gboolean has_outreach_cancel_at_time;
  char *credits_plan_name;
  double credits_total_credits;
  gboolean has_credits_total_credits;
  double credits_available_credits;
  gboolean has_credits_available_credits;
  char *bundle_plan_name;
  char *crm_plan_name;
  char *website_visitors_plan_name;
  char *inbox_placement_plan_name;
};

G_DEFINE_FINAL_TYPE (DeckWorkspacePlan, deck_workspace_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORGANIZATION_ID,
  PROP_ORGANIZATION_NAME,
  PROP_OUTREACH_PLAN_NAME,
  PROP_OUTREACH_PRODUCT_ID,
  PROP_OUTREACH_INTERVAL,
  PROP_OUTREACH_TOTAL_LEAD_LIMIT,
  PROP_HAS_OUTREACH_TOTAL_LEAD_LIMIT,
  PROP_OUTREACH_CURRENT_LEAD_COUNT,
  PROP_HAS_OUTREACH_CURRENT_LEAD_COUNT,
  PROP_OUTREACH_PRICE_IN_DOLLARS,
  PROP_HAS_OUTREACH_PRICE_IN_DOLLARS,
  PROP_OUTREACH_CURRENT_PERIOD_END,
  PROP_HAS_OUTREACH_CURRENT_PERIOD_END,
  PROP_OUTREACH_CANCEL_AT_TIME,
  PROP_HAS_OUTREACH_CANCEL_AT_TIME,
  PROP_CREDITS_PLAN_NAME,
  PROP_CREDITS_TOTAL_CREDITS,
  PROP_HAS_CREDITS_TOTAL_CREDITS,
  PROP_CREDITS_AVAILABLE_CREDITS,
  PROP_HAS_CREDITS_AVAILABLE_CREDITS,
  PROP_BUNDLE_PLAN_NAME,
  PROP_CRM_PLAN_NAME,
  PROP_WEBSITE_VISITORS_PLAN_NAME,
  PROP_INBOX_PLACEMENT_PLAN_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_workspace_plan_finalize (GObject *object)
{
  DeckWorkspacePlan *self = DECK_WORKSPACE_PLAN (object);

  g_free (self->organization_id);
  g_free (self->organization_name);
  g_free (self->outreach_plan_name);
  g_free (self->outreach_product_id);
  g_free (self->outreach_interval);
  g_free (self->credits_plan_name);
  g_free (self->bundle_plan_name);
  g_free (self->crm_plan_name);
  g_free (self->website_visitors_plan_name);
  g_free (self->inbox_placement_plan_name);

  G_OBJECT_CLASS (deck_workspace_plan_parent_class)->finalize (object);
}

static void
deck_workspace_plan_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckWorkspacePlan *self = DECK_WORKSPACE_PLAN (object);

  switch (prop_id)
    {
    case PROP_ORGANIZATION_ID:
      g_value_set_string (value, self->organization_id);
      break;

    case PROP_ORGANIZATION_NAME:
      g_value_set_string (value, self->organization_name);
      break;

    case PROP_OUTREACH_PLAN_NAME:
      g_value_set_string (value, self->outreach_plan_name);
      break;

    case PROP_OUTREACH_PRODUCT_ID:
      g_value_set_string (value, self->outreach_product_id);
      break;

    case PROP_OUTREACH_INTERVAL:
      g_value_set_string (value, self->outreach_interval);
      break;

    case PROP_OUTREACH_TOTAL_LEAD_LIMIT:
      g_value_set_double (value, self->outreach_total_lead_limit);
      break;

    case PROP_HAS_OUTREACH_TOTAL_LEAD_LIMIT:
      g_value_set_boolean (value, self->has_outreach_total_lead_limit);
      break;

    case PROP_OUTREACH_CURRENT_LEAD_COUNT:
      g_value_set_double (value, self->outreach_current_lead_count);
      break;

    case PROP_HAS_OUTREACH_CURRENT_LEAD_COUNT:
      g_value_set_boolean (value, self->has_outreach_current_lead_count);
      break;

    case PROP_OUTREACH_PRICE_IN_DOLLARS:
      g_value_set_double (value, self->outreach_price_in_dollars);
      break;

    case PROP_HAS_OUTREACH_PRICE_IN_DOLLARS:
      g_value_set_boolean (value, self->has_outreach_price_in_dollars);
      break;

    case PROP_OUTREACH_CURRENT_PERIOD_END:
      g_value_set_double (value, self->outreach_current_period_end);
      break;

    case PROP_HAS_OUTREACH_CURRENT_PERIOD_END:
      g_value_set_boolean (value, self->has_outreach_current_period_end);
      break;

    case PROP_OUTREACH_CANCEL_AT_TIME:
      g_value_set_double (value, self->outreach_cancel_at_time);
      break;

    case PROP_HAS_OUTREACH_CANCEL_AT_TIME:
      g_value_set_boolean (value, self->has_outreach_cancel_at_time);
      break;

    case PROP_CREDITS_PLAN_NAME:
      g_value_set_string (value, self->credits_plan_name);
      break;

    case PROP_CREDITS_TOTAL_CREDITS:
      g_value_set_double (value, self->credits_total_credits);
      break;

    case PROP_HAS_CREDITS_TOTAL_CREDITS:
      g_value_set_boolean (value, self->has_credits_total_credits);
      break;

    case PROP_CREDITS_AVAILABLE_CREDITS:
      g_value_set_double (value, self->credits_available_credits);
      break;

    case PROP_HAS_CREDITS_AVAILABLE_CREDITS:
      g_value_set_boolean (value, self->has_credits_available_credits);
      break;

    case PROP_BUNDLE_PLAN_NAME:
      g_value_set_string (value, self->bundle_plan_name);
      break;

    case PROP_CRM_PLAN_NAME:
      g_value_set_string (value, self->crm_plan_name);
      break;

    case PROP_WEBSITE_VISITORS_PLAN_NAME:
      g_value_set_string (value, self->website_visitors_plan_name);
      break;

    case PROP_INBOX_PLACEMENT_PLAN_NAME:
      g_value_set_string (value, self->inbox_placement_plan_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_plan_class_init (DeckWorkspacePlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_workspace_plan_finalize;
  object_class->get_property = deck_workspace_plan_get_property;

  properties[PROP_ORGANIZATION_ID] =
    g_param_spec_string ("organization-id", NULL, "Workspace ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANIZATION_NAME] =
    g_param_spec_string ("organization-name", NULL, "Workspace name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_PLAN_NAME] =
    g_param_spec_string ("outreach-plan-name", NULL, "Outreach plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_PRODUCT_ID] =
    g_param_spec_string ("outreach-product-id", NULL, "Outreach product ID",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_INTERVAL] =
    g_param_spec_string ("outreach-interval", NULL, "Outreach billing interval",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_TOTAL_LEAD_LIMIT] =
    g_param_spec_double ("outreach-total-lead-limit", NULL, "Lead limit with add-ons",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OUTREACH_TOTAL_LEAD_LIMIT] =
    g_param_spec_boolean ("has-outreach-total-lead-limit", NULL, "Whether outreach-total-lead-limit is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_CURRENT_LEAD_COUNT] =
    g_param_spec_double ("outreach-current-lead-count", NULL, "Leads counted toward the plan",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OUTREACH_CURRENT_LEAD_COUNT] =
    g_param_spec_boolean ("has-outreach-current-lead-count", NULL, "Whether outreach-current-lead-count is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_PRICE_IN_DOLLARS] =
    g_param_spec_double ("outreach-price-in-dollars", NULL, "Outreach price",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OUTREACH_PRICE_IN_DOLLARS] =
    g_param_spec_boolean ("has-outreach-price-in-dollars", NULL, "Whether outreach-price-in-dollars is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_CURRENT_PERIOD_END] =
    g_param_spec_double ("outreach-current-period-end", NULL, "Unix time the billing period ends",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OUTREACH_CURRENT_PERIOD_END] =
    g_param_spec_boolean ("has-outreach-current-period-end", NULL, "Whether outreach-current-period-end is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTREACH_CANCEL_AT_TIME] =
    g_param_spec_double ("outreach-cancel-at-time", NULL, "Unix time the subscription is cancelled",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OUTREACH_CANCEL_AT_TIME] =
    g_param_spec_boolean ("has-outreach-cancel-at-time", NULL, "Whether outreach-cancel-at-time is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREDITS_PLAN_NAME] =
    g_param_spec_string ("credits-plan-name", NULL, "Credits plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREDITS_TOTAL_CREDITS] =
    g_param_spec_double ("credits-total-credits", NULL, "Total credits",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_CREDITS_TOTAL_CREDITS] =
    g_param_spec_boolean ("has-credits-total-credits", NULL, "Whether credits-total-credits is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREDITS_AVAILABLE_CREDITS] =
    g_param_spec_double ("credits-available-credits", NULL, "Available credits",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_CREDITS_AVAILABLE_CREDITS] =
    g_param_spec_boolean ("has-credits-available-credits", NULL, "Whether credits-available-credits is set",
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUNDLE_PLAN_NAME] =
    g_param_spec_string ("bundle-plan-name", NULL, "Bundle plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CRM_PLAN_NAME] =
    g_param_spec_string ("crm-plan-name", NULL, "CRM plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WEBSITE_VISITORS_PLAN_NAME] =
    g_param_spec_string ("website-visitors-plan-name", NULL, "Website visitors plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INBOX_PLACEMENT_PLAN_NAME] =
    g_param_spec_string ("inbox-placement-plan-name", NULL, "Inbox placement plan name",
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_plan_init (DeckWorkspacePlan *self)
{
}

/* Reads every field of @object into @self; with @notify, notifies what changed. */
static void
apply_json (DeckWorkspacePlan *self,
            JsonObject *object,
            gboolean notify)
{
  if (deck_model_set_string (&self->organization_id, deck_model_dup_string (object, (const char *[]) { "organization_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_ID]);
  if (deck_model_set_string (&self->organization_name, deck_model_dup_string (object, (const char *[]) { "organization_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_NAME]);
  if (deck_model_set_string (&self->outreach_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "outreach", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_PLAN_NAME]);
  if (deck_model_set_string (&self->outreach_product_id, deck_model_dup_string (object, (const char *[]) { "subscriptions", "outreach", "product_id", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_PRODUCT_ID]);
  if (deck_model_set_string (&self->outreach_interval, deck_model_dup_string (object, (const char *[]) { "subscriptions", "outreach", "interval", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_INTERVAL]);
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "outreach", "total_lead_limit", NULL }, &value);

    if (deck_model_set_double (&self->outreach_total_lead_limit, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_TOTAL_LEAD_LIMIT]);
    if (deck_model_set_boolean (&self->has_outreach_total_lead_limit, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OUTREACH_TOTAL_LEAD_LIMIT]);
  }
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "outreach", "current_lead_count", NULL }, &value);

    if (deck_model_set_double (&self->outreach_current_lead_count, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_CURRENT_LEAD_COUNT]);
    if (deck_model_set_boolean (&self->has_outreach_current_lead_count, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OUTREACH_CURRENT_LEAD_COUNT]);
  }
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "outreach", "price_in_dollars", NULL }, &value);

    if (deck_model_set_double (&self->outreach_price_in_dollars, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_PRICE_IN_DOLLARS]);
    if (deck_model_set_boolean (&self->has_outreach_price_in_dollars, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OUTREACH_PRICE_IN_DOLLARS]);
  }
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "outreach", "current_period_end", NULL }, &value);

    if (deck_model_set_double (&self->outreach_current_period_end, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_CURRENT_PERIOD_END]);
    if (deck_model_set_boolean (&self->has_outreach_current_period_end, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OUTREACH_CURRENT_PERIOD_END]);
  }
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "outreach", "cancel_at_time", NULL }, &value);

    if (deck_model_set_double (&self->outreach_cancel_at_time, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTREACH_CANCEL_AT_TIME]);
    if (deck_model_set_boolean (&self->has_outreach_cancel_at_time, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OUTREACH_CANCEL_AT_TIME]);
  }
  if (deck_model_set_string (&self->credits_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "credits", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDITS_PLAN_NAME]);
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "credits", "total_credits", NULL }, &value);

    if (deck_model_set_double (&self->credits_total_credits, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDITS_TOTAL_CREDITS]);
    if (deck_model_set_boolean (&self->has_credits_total_credits, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CREDITS_TOTAL_CREDITS]);
  }
  {
    double value = 0.0;
    gboolean has = deck_model_get_double (object, (const char *[]) { "subscriptions", "credits", "available_credits", NULL }, &value);

    if (deck_model_set_double (&self->credits_available_credits, value) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDITS_AVAILABLE_CREDITS]);
    if (deck_model_set_boolean (&self->has_credits_available_credits, has) && notify)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CREDITS_AVAILABLE_CREDITS]);
  }
  if (deck_model_set_string (&self->bundle_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "bundle", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE_PLAN_NAME]);
  if (deck_model_set_string (&self->crm_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "crm", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRM_PLAN_NAME]);
  if (deck_model_set_string (&self->website_visitors_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "website_visitors", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE_VISITORS_PLAN_NAME]);
  if (deck_model_set_string (&self->inbox_placement_plan_name, deck_model_dup_string (object, (const char *[]) { "subscriptions", "inbox_placement", "plan_name", NULL })) && notify)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INBOX_PLACEMENT_PLAN_NAME]);
}

static gboolean
check_json (JsonObject  *object,
            GError     **error)
{
  return deck_model_check_required (object, "WorkspacePlan", NULL, error);
}

DeckWorkspacePlan *
deck_workspace_plan_new_from_json (JsonObject  *object,
                                   GError     **error)
{
  DeckWorkspacePlan *self;

  g_return_val_if_fail (object != NULL, NULL);

  if (!check_json (object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_WORKSPACE_PLAN, NULL);
  apply_json (self, object, FALSE);

  return self;
}

gboolean
deck_workspace_plan_update_from_json (DeckWorkspacePlan  *self,
                                      JsonObject  *object,
                                      GError     **error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  if (!check_json (object, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  apply_json (self, object, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

const char *
deck_workspace_plan_get_organization_id (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->organization_id;
}

const char *
deck_workspace_plan_get_organization_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->organization_name;
}

const char *
deck_workspace_plan_get_outreach_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->outreach_plan_name;
}

const char *
deck_workspace_plan_get_outreach_product_id (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->outreach_product_id;
}

const char *
deck_workspace_plan_get_outreach_interval (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->outreach_interval;
}

double
deck_workspace_plan_get_outreach_total_lead_limit (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->outreach_total_lead_limit;
}

gboolean
deck_workspace_plan_get_has_outreach_total_lead_limit (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_outreach_total_lead_limit;
}

double
deck_workspace_plan_get_outreach_current_lead_count (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->outreach_current_lead_count;
}

gboolean
deck_workspace_plan_get_has_outreach_current_lead_count (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_outreach_current_lead_count;
}

double
deck_workspace_plan_get_outreach_price_in_dollars (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->outreach_price_in_dollars;
}

gboolean
deck_workspace_plan_get_has_outreach_price_in_dollars (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_outreach_price_in_dollars;
}

double
deck_workspace_plan_get_outreach_current_period_end (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->outreach_current_period_end;
}

gboolean
deck_workspace_plan_get_has_outreach_current_period_end (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_outreach_current_period_end;
}

double
deck_workspace_plan_get_outreach_cancel_at_time (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->outreach_cancel_at_time;
}

gboolean
deck_workspace_plan_get_has_outreach_cancel_at_time (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_outreach_cancel_at_time;
}

const char *
deck_workspace_plan_get_credits_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->credits_plan_name;
}

double
deck_workspace_plan_get_credits_total_credits (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->credits_total_credits;
}

gboolean
deck_workspace_plan_get_has_credits_total_credits (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_credits_total_credits;
}

double
deck_workspace_plan_get_credits_available_credits (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), 0.0);

  return self->credits_available_credits;
}

gboolean
deck_workspace_plan_get_has_credits_available_credits (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), FALSE);

  return self->has_credits_available_credits;
}

const char *
deck_workspace_plan_get_bundle_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->bundle_plan_name;
}

const char *
deck_workspace_plan_get_crm_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->crm_plan_name;
}

const char *
deck_workspace_plan_get_website_visitors_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->website_visitors_plan_name;
}

const char *
deck_workspace_plan_get_inbox_placement_plan_name (DeckWorkspacePlan *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_PLAN (self), NULL);

  return self->inbox_placement_plan_name;
}
