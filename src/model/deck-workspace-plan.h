/* deck-workspace-plan.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE_PLAN (deck_workspace_plan_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspacePlan, deck_workspace_plan, DECK, WORKSPACE_PLAN, GObject)

/* The plan details (GET /api/v2/workspace-billing/plan-details). Each field is a read-
 * only property named after it. */
DeckWorkspacePlan  *deck_workspace_plan_new_from_json                       (JsonObject        *object,
                                                                             GError            **error);
gboolean            deck_workspace_plan_update_from_json                    (DeckWorkspacePlan *self,
                                                                             JsonObject        *object,
                                                                             GError            **error);

const char         *deck_workspace_plan_get_organization_id                 (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_organization_name               (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_outreach_plan_name              (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_outreach_product_id             (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_outreach_interval               (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_outreach_total_lead_limit       (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_outreach_total_lead_limit   (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_outreach_current_lead_count     (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_outreach_current_lead_count (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_outreach_price_in_dollars       (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_outreach_price_in_dollars   (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_outreach_current_period_end     (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_outreach_current_period_end (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_outreach_cancel_at_time         (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_outreach_cancel_at_time     (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_credits_plan_name               (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_credits_total_credits           (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_credits_total_credits       (DeckWorkspacePlan *self);
double              deck_workspace_plan_get_credits_available_credits       (DeckWorkspacePlan *self);
gboolean            deck_workspace_plan_get_has_credits_available_credits   (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_bundle_plan_name                (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_crm_plan_name                   (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_website_visitors_plan_name      (DeckWorkspacePlan *self);
const char         *deck_workspace_plan_get_inbox_placement_plan_name       (DeckWorkspacePlan *self);

G_END_DECLS
