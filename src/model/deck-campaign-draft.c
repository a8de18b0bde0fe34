/* deck-campaign-draft.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-draft"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "deck-campaign-draft.h"
#include "deck-campaign-json-private.h"
#include "deck-json-private.h"
#include "deck-subsequence.h"

/*
 * What the spec lets a client write (patchCampaign / createCampaign, both with
 * additionalProperties: false). Read-only members (id, status, timestamps,
 * organization, core/custom variables, not_sending_status) are never sent.
 *
 * A member the draft dropped is sent as null where the PATCH schema allows null, as
 * [] for the arrays, and not at all for name, campaign_schedule and open_tracking:
 * the spec has no way to unset those.
 */
static const char * const patch_members[] = {
  "name", "pl_value", "is_evergreen", "campaign_schedule", "sequences", "email_gap",
  "random_wait_max", "text_only", "first_email_text_only", "email_list", "daily_limit",
  "stop_on_reply", "email_tag_list", "link_tracking", "open_tracking", "stop_on_auto_reply",
  "daily_max_leads", "prioritize_new_leads", "auto_variant_select", "match_lead_esp",
  "stop_for_company", "insert_unsubscribe_header", "allow_risky_contacts",
  "disable_bounce_protect", "limit_emails_per_company_override", "cc_list", "bcc_list",
  "owned_by", "provider_routing_rules",
  NULL
};

static const char * const create_members[] = {
  "name", "pl_value", "is_evergreen", "campaign_schedule", "sequences", "email_gap",
  "random_wait_max", "text_only", "first_email_text_only", "email_list", "daily_limit",
  "stop_on_reply", "email_tag_list", "link_tracking", "open_tracking", "stop_on_auto_reply",
  "daily_max_leads", "prioritize_new_leads", "auto_variant_select", "match_lead_esp",
  "stop_for_company", "insert_unsubscribe_header", "allow_risky_contacts",
  "disable_bounce_protect", "limit_emails_per_company_override", "cc_list", "bcc_list",
  "owned_by", "ai_sdr_id", "provider_routing_rules",
  NULL
};

/* The rest of CreateCampaign Subsequence (parent_campaign, name and conditions are
 * always sent; additionalProperties is false, so nothing else may go). */
static const char * const subsequence_create_members[] = {
  "subsequence_schedule", "sequences", "auto_variant_select", "daily_limit_mode", "daily_limit",
  "ignore_account_daily_limit",
  NULL
};

static const char * const nullable_members[] = {
  "pl_value", "is_evergreen", "email_gap", "random_wait_max", "text_only",
  "first_email_text_only", "daily_limit", "stop_on_reply", "link_tracking",
  "stop_on_auto_reply", "daily_max_leads", "prioritize_new_leads", "auto_variant_select",
  "match_lead_esp", "stop_for_company", "insert_unsubscribe_header", "allow_risky_contacts",
  "disable_bounce_protect", "limit_emails_per_company_override", "owned_by",
  NULL
};

static const char * const array_members[] = {
  "sequences", "email_list", "email_tag_list", "cc_list", "bcc_list", "provider_routing_rules",
  NULL
};

/* The spec's campaign_schedule.schedules[].timezone enum (timezones.txt), in its order. */
static const char * const timezones[] = {
  "Etc/GMT+12", "Etc/GMT+11", "Etc/GMT+10", "America/Anchorage", "America/Dawson",
  "America/Creston", "America/Chihuahua", "America/Boise", "America/Belize",
  "America/Chicago", "America/Bahia_Banderas", "America/Regina", "America/Bogota",
  "America/Detroit", "America/Indiana/Marengo", "America/Caracas", "America/Asuncion",
  "America/Glace_Bay", "America/Campo_Grande", "America/Anguilla", "America/Santiago",
  "America/St_Johns", "America/Sao_Paulo", "America/Argentina/La_Rioja",
  "America/Araguaina", "America/Godthab", "America/Montevideo", "America/Bahia",
  "America/Noronha", "America/Scoresbysund", "Atlantic/Cape_Verde", "Africa/Casablanca",
  "America/Danmarkshavn", "Europe/Isle_of_Man", "Atlantic/Canary", "Africa/Abidjan",
  "Arctic/Longyearbyen", "Europe/Belgrade", "Africa/Ceuta", "Europe/Sarajevo",
  "Africa/Algiers", "Africa/Windhoek", "Asia/Nicosia", "Asia/Beirut", "Africa/Cairo",
  "Asia/Damascus", "Europe/Bucharest", "Africa/Blantyre", "Europe/Helsinki",
  "Europe/Istanbul", "Asia/Jerusalem", "Africa/Tripoli", "Asia/Amman", "Asia/Baghdad",
  "Europe/Kaliningrad", "Asia/Aden", "Africa/Addis_Ababa", "Europe/Kirov",
  "Europe/Astrakhan", "Asia/Tehran", "Asia/Dubai", "Asia/Baku", "Indian/Mahe",
  "Asia/Tbilisi", "Asia/Yerevan", "Asia/Kabul", "Antarctica/Mawson", "Asia/Yekaterinburg",
  "Asia/Karachi", "Asia/Kolkata", "Asia/Colombo", "Asia/Kathmandu", "Antarctica/Vostok",
  "Asia/Dhaka", "Asia/Rangoon", "Antarctica/Davis", "Asia/Novokuznetsk", "Asia/Hong_Kong",
  "Asia/Krasnoyarsk", "Asia/Brunei", "Australia/Perth", "Asia/Taipei", "Asia/Choibalsan",
  "Asia/Irkutsk", "Asia/Dili", "Asia/Pyongyang", "Australia/Adelaide", "Australia/Darwin",
  "Australia/Brisbane", "Australia/Melbourne", "Antarctica/DumontDUrville",
  "Australia/Currie", "Asia/Chita", "Antarctica/Macquarie", "Asia/Sakhalin",
  "Pacific/Auckland", "Etc/GMT-12", "Pacific/Fiji", "Asia/Anadyr", "Asia/Kamchatka",
  "Etc/GMT-13", "Pacific/Apia",
  NULL
};

struct _DeckCampaignDraft
{
  GObject          parent_instance;

  DeckCampaign    *campaign;     /* NULL for a new campaign or a subsequence */
  DeckSubsequence *subsequence;  /* set when the draft edits a subsequence */
  gboolean         creating;     /* a new subsequence: @subsequence is unsaved */
  JsonObject      *original;     /* the server's object when the draft was made or rebased */
  JsonObject      *working;
  JsonObject      *pristine;     /* what counts as "nothing changed yet" */
};

G_DEFINE_FINAL_TYPE (DeckCampaignDraft, deck_campaign_draft, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
deck_campaign_draft_finalize (GObject *object)
{
  DeckCampaignDraft *self = DECK_CAMPAIGN_DRAFT (object);

  g_clear_object (&self->campaign);
  g_clear_object (&self->subsequence);
  g_clear_pointer (&self->original, json_object_unref);
  g_clear_pointer (&self->working, json_object_unref);
  g_clear_pointer (&self->pristine, json_object_unref);

  G_OBJECT_CLASS (deck_campaign_draft_parent_class)->finalize (object);
}

static void
deck_campaign_draft_class_init (DeckCampaignDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_campaign_draft_finalize;

  /* After every edit, and after a rebase. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
deck_campaign_draft_init (DeckCampaignDraft *self)
{
}

static void
draft_changed (DeckCampaignDraft *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

DeckCampaignDraft *
deck_campaign_draft_new (DeckCampaign *campaign)
{
  DeckCampaignDraft *self;

  g_return_val_if_fail (campaign == NULL || DECK_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_DRAFT, NULL);
  if (campaign != NULL)
    {
      self->campaign = g_object_ref (campaign);
      self->original = deck_campaign_json_object_dup (deck_campaign_get_json (campaign));
    }
  else
    self->original = json_object_new ();
  self->working = deck_campaign_json_object_dup (self->original);
  self->pristine = deck_campaign_json_object_dup (self->original);

  return self;
}

DeckCampaignDraft *
deck_campaign_draft_new_for_subsequence (DeckSubsequence *subsequence)
{
  DeckCampaignDraft *self;

  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (subsequence), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_DRAFT, NULL);
  self->subsequence = g_object_ref (subsequence);
  self->original = deck_campaign_json_object_dup (deck_subsequence_get_json (subsequence));
  self->working = deck_campaign_json_object_dup (self->original);
  self->pristine = deck_campaign_json_object_dup (self->original);

  return self;
}

DeckCampaignDraft *
deck_campaign_draft_new_subsequence (const char *parent_campaign)
{
  DeckCampaignDraft *self;

  g_return_val_if_fail (parent_campaign != NULL && *parent_campaign != '\0', NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_DRAFT, NULL);
  self->subsequence = deck_subsequence_new_unsaved (parent_campaign);
  self->creating = TRUE;
  self->original = json_object_new ();
  self->working = json_object_new ();
  self->pristine = json_object_new ();

  return self;
}

const char *
deck_campaign_draft_get_parent_campaign (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return self->subsequence != NULL ? deck_subsequence_get_parent_campaign (self->subsequence) : NULL;
}

DeckSubsequence *
deck_campaign_draft_get_subsequence (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return self->subsequence;
}

const char *
deck_campaign_draft_get_schedule_member (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return self->subsequence != NULL ? "subsequence_schedule" : "campaign_schedule";
}

JsonNode *
deck_campaign_draft_get_original_member (DeckCampaignDraft *self,
                                         const char        *name)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return deck_json_get_member (self->original, name);
}

DeckCampaign *
deck_campaign_draft_get_campaign (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return self->campaign;
}

gboolean
deck_campaign_draft_is_new (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);

  return (self->campaign == NULL && self->subsequence == NULL) || self->creating;
}

JsonObject *
deck_campaign_draft_get_json (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return self->working;
}

void
deck_campaign_draft_set_member (DeckCampaignDraft *self,
                                const char        *name,
                                JsonNode          *value)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);

  /* Copied: the caller keeps @value. */
  if (value == NULL)
    {
      if (!json_object_has_member (self->working, name))
        return;
      json_object_remove_member (self->working, name);
    }
  else
    json_object_set_member (self->working, name, deck_campaign_json_node_dup (value));

  draft_changed (self);
}

void
deck_campaign_draft_set_name (DeckCampaignDraft *self,
                              const char        *name)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);

  json_object_set_string_member (self->working, "name", name);
  draft_changed (self);
}

/* Helpers over the JSON tree */

static JsonArray *
object_get_array (JsonObject *object,
                  const char *member)
{
  JsonNode *node = deck_json_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static JsonArray *
object_ensure_array (JsonObject *object,
                     const char *member)
{
  JsonArray *array = object_get_array (object, member);

  if (array == NULL)
    {
      array = json_array_new ();
      json_object_set_array_member (object, member, array);
    }

  return array;
}

static JsonObject *
object_ensure_object (JsonObject *object,
                      const char *member)
{
  JsonObject *child = deck_json_get_object (object, member);

  if (child == NULL)
    {
      child = json_object_new ();
      json_object_set_object_member (object, member, child);
    }

  return child;
}

static JsonObject *
array_get_object (JsonArray *array,
                  guint      index)
{
  JsonNode *node;

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;

  node = json_array_get_element (array, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

/* sequences[0].steps of @root ("Only the first element is used"). */
static JsonArray *
root_get_steps (JsonObject *root)
{
  return object_get_array (array_get_object (object_get_array (root, "sequences"), 0), "steps");
}

static JsonArray *
draft_ensure_steps (DeckCampaignDraft *self)
{
  JsonArray *sequences = object_ensure_array (self->working, "sequences");
  JsonObject *first = array_get_object (sequences, 0);

  if (first == NULL)
    {
      first = json_object_new ();
      if (json_array_get_length (sequences) == 0)
        json_array_add_object_element (sequences, first);
      else
        {
          /* sequences[0] is not an object: replace it, keep the rest. */
          g_autoptr(JsonArray) fixed = json_array_new ();

          json_array_add_object_element (fixed, first);
          for (guint i = 1; i < json_array_get_length (sequences); i++)
            json_array_add_element (fixed, json_node_copy (json_array_get_element (sequences, i)));
          json_object_set_array_member (self->working, "sequences", json_array_ref (fixed));
        }
    }

  return object_ensure_array (first, "steps");
}

static JsonObject *
root_get_step (JsonObject *root,
               guint       step)
{
  return array_get_object (root_get_steps (root), step);
}

static JsonObject *
root_get_variant (JsonObject *root,
                  guint       step,
                  guint       variant)
{
  return array_get_object (object_get_array (root_get_step (root, step), "variants"), variant);
}

static JsonArray *
draft_get_schedules (DeckCampaignDraft *self)
{
  return object_get_array (deck_json_get_object (self->working, deck_campaign_draft_get_schedule_member (self)),
                           "schedules");
}

/* Sets @member of @object to @value (owned), except that a default value is not
 * written into an object whose original counterpart @was lacks the member: turning
 * an option on and off again then leaves the JSON as it was. */
static void
object_set_or_default (JsonObject *object,
                       JsonObject *was,
                       const char *member,
                       JsonNode   *value,
                       gboolean    is_default)
{
  if (is_default && (was == NULL || !json_object_has_member (was, member)))
    {
      json_node_unref (value);
      if (json_object_has_member (object, member))
        json_object_remove_member (object, member);
      return;
    }

  json_object_set_member (object, member, value);
}

static JsonNode *
number_node (double value)
{
  JsonNode *node = json_node_alloc ();

  if (value == floor (value) && fabs (value) < 9007199254740992.0)
    return json_node_init_int (node, (gint64) value);

  return json_node_init_double (node, value);
}

static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node = deck_json_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Sequence */

guint
deck_campaign_draft_get_n_steps (DeckCampaignDraft *self)
{
  JsonArray *steps;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  steps = root_get_steps (self->working);
  return steps != NULL ? json_array_get_length (steps) : 0;
}

static JsonObject *
new_variant (void)
{
  JsonObject *variant = json_object_new ();

  json_object_set_string_member (variant, "subject", "");
  json_object_set_string_member (variant, "body", "");
  return variant;
}

guint
deck_campaign_draft_add_step (DeckCampaignDraft *self)
{
  JsonArray *steps;
  JsonObject *step;
  JsonArray *variants;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  steps = draft_ensure_steps (self);

  /* Every step needs type, delay and variants (CATALOG §6.3). */
  step = json_object_new ();
  json_object_set_string_member (step, "type", "email");
  json_object_set_int_member (step, "delay", 1);
  json_object_set_string_member (step, "delay_unit", "days");
  variants = json_array_new ();
  json_array_add_object_element (variants, new_variant ());
  json_object_set_array_member (step, "variants", variants);
  json_array_add_object_element (steps, step);

  draft_changed (self);
  return json_array_get_length (steps) - 1;
}

void
deck_campaign_draft_remove_step (DeckCampaignDraft *self,
                                 guint              step)
{
  JsonArray *steps;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  steps = root_get_steps (self->working);
  g_return_if_fail (steps != NULL && step < json_array_get_length (steps));

  json_array_remove_element (steps, step);
  draft_changed (self);
}

void
deck_campaign_draft_move_step (DeckCampaignDraft *self,
                               guint              from,
                               guint              to)
{
  JsonArray *steps;
  JsonObject *sequence;
  g_autoptr(JsonArray) moved = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  guint n;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  steps = root_get_steps (self->working);
  g_return_if_fail (steps != NULL);
  n = json_array_get_length (steps);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  /* JsonArray cannot insert: build the new order and swap the array. */
  nodes = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (i != from)
      g_ptr_array_add (nodes, json_array_get_element (steps, i));
  g_ptr_array_insert (nodes, to, json_array_get_element (steps, from));

  moved = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    json_array_add_element (moved, json_node_copy (g_ptr_array_index (nodes, i)));

  sequence = array_get_object (object_get_array (self->working, "sequences"), 0);
  json_object_set_array_member (sequence, "steps", json_array_ref (moved));
  draft_changed (self);
}

guint
deck_campaign_draft_get_step_delay (DeckCampaignDraft *self,
                                    guint              step)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  return deck_json_get_count (deck_json_get_member (root_get_step (self->working, step), "delay"));
}

const char *
deck_campaign_draft_get_step_delay_unit (DeckCampaignDraft *self,
                                         guint              step)
{
  const char *unit;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), "days");

  unit = object_get_string (root_get_step (self->working, step), "delay_unit");
  return unit != NULL ? unit : "days";
}

void
deck_campaign_draft_set_step_delay (DeckCampaignDraft *self,
                                    guint              step,
                                    guint              delay,
                                    const char        *unit)
{
  JsonObject *object;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (unit == NULL || g_str_equal (unit, "minutes") ||
                    g_str_equal (unit, "hours") || g_str_equal (unit, "days"));

  object = root_get_step (self->working, step);
  g_return_if_fail (object != NULL);

  json_object_set_member (object, "delay", number_node (delay));
  if (unit != NULL)
    object_set_or_default (object, root_get_step (self->original, step), "delay_unit",
                           json_node_init_string (json_node_alloc (), unit),
                           g_str_equal (unit, "days"));
  draft_changed (self);
}

guint
deck_campaign_draft_get_n_variants (DeckCampaignDraft *self,
                                    guint              step)
{
  JsonArray *variants;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  variants = object_get_array (root_get_step (self->working, step), "variants");
  return variants != NULL ? json_array_get_length (variants) : 0;
}

guint
deck_campaign_draft_add_variant (DeckCampaignDraft *self,
                                 guint              step)
{
  JsonObject *object;
  JsonArray *variants;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  object = root_get_step (self->working, step);
  g_return_val_if_fail (object != NULL, 0);

  variants = object_ensure_array (object, "variants");
  json_array_add_object_element (variants, new_variant ());
  draft_changed (self);

  return json_array_get_length (variants) - 1;
}

void
deck_campaign_draft_remove_variant (DeckCampaignDraft *self,
                                    guint              step,
                                    guint              variant)
{
  JsonArray *variants;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  variants = object_get_array (root_get_step (self->working, step), "variants");
  g_return_if_fail (variants != NULL && variant < json_array_get_length (variants));

  json_array_remove_element (variants, variant);
  draft_changed (self);
}

const char *
deck_campaign_draft_get_subject (DeckCampaignDraft *self,
                                 guint              step,
                                 guint              variant)
{
  JsonObject *object;
  const char *subject;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  if ((object = root_get_variant (self->working, step, variant)) == NULL)
    return NULL;

  subject = object_get_string (object, "subject");
  return subject != NULL ? subject : "";
}

const char *
deck_campaign_draft_get_body (DeckCampaignDraft *self,
                              guint              step,
                              guint              variant)
{
  JsonObject *object;
  const char *body;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  if ((object = root_get_variant (self->working, step, variant)) == NULL)
    return NULL;

  body = object_get_string (object, "body");
  return body != NULL ? body : "";
}

static void
draft_set_variant_string (DeckCampaignDraft *self,
                          guint              step,
                          guint              variant,
                          const char        *member,
                          const char        *value)
{
  JsonObject *object = root_get_variant (self->working, step, variant);

  g_return_if_fail (object != NULL);

  if (g_strcmp0 (object_get_string (object, member), value) == 0)
    return;

  json_object_set_string_member (object, member, value);
  draft_changed (self);
}

void
deck_campaign_draft_set_subject (DeckCampaignDraft *self,
                                 guint              step,
                                 guint              variant,
                                 const char        *subject)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (subject != NULL);

  draft_set_variant_string (self, step, variant, "subject", subject);
}

void
deck_campaign_draft_set_body (DeckCampaignDraft *self,
                              guint              step,
                              guint              variant,
                              const char        *html)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (html != NULL);

  draft_set_variant_string (self, step, variant, "body", html);
}

gboolean
deck_campaign_draft_get_variant_disabled (DeckCampaignDraft *self,
                                          guint              step,
                                          guint              variant)
{
  gboolean disabled = FALSE;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);

  deck_json_get_boolean (deck_json_get_member (root_get_variant (self->working, step, variant),
                                               "v_disabled"),
                         &disabled);
  return disabled;
}

void
deck_campaign_draft_set_variant_disabled (DeckCampaignDraft *self,
                                          guint              step,
                                          guint              variant,
                                          gboolean           disabled)
{
  JsonObject *object;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  object = root_get_variant (self->working, step, variant);
  g_return_if_fail (object != NULL);

  /* Enabled is the default: leave the member out unless the server wrote one. */
  object_set_or_default (object, root_get_variant (self->original, step, variant), "v_disabled",
                         json_node_init_boolean (json_node_alloc (), disabled), !disabled);
  draft_changed (self);
}

/* Schedule */

guint
deck_campaign_draft_get_n_schedules (DeckCampaignDraft *self)
{
  JsonArray *schedules;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);

  schedules = draft_get_schedules (self);
  return schedules != NULL ? json_array_get_length (schedules) : 0;
}

guint
deck_campaign_draft_add_schedule (DeckCampaignDraft *self,
                                  const char        *timezone)
{
  JsonArray *schedules;
  JsonObject *schedule;
  JsonObject *timing;
  JsonObject *days;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), 0);
  g_return_val_if_fail (timezone != NULL, 0);

  schedules = object_ensure_array (object_ensure_object (self->working,
                                                         deck_campaign_draft_get_schedule_member (self)),
                                   "schedules");

  /* Translators: the default name of a new sending window, %u counts from 1 */
  name = g_strdup_printf (_("Schedule %u"), json_array_get_length (schedules) + 1);

  schedule = json_object_new ();
  json_object_set_string_member (schedule, "name", name);
  timing = json_object_new ();
  json_object_set_string_member (timing, "from", "09:00");
  json_object_set_string_member (timing, "to", "17:00");
  json_object_set_object_member (schedule, "timing", timing);
  /* Keys 0..6 with 0 = Sunday, as live campaigns show (CATALOG §6.2): Mon–Fri. */
  days = json_object_new ();
  for (guint day = 0; day < 7; day++)
    {
      char key[2] = { (char) ('0' + day), '\0' };

      json_object_set_boolean_member (days, key, day >= 1 && day <= 5);
    }
  json_object_set_object_member (schedule, "days", days);
  json_object_set_string_member (schedule, "timezone", timezone);
  json_array_add_object_element (schedules, schedule);

  draft_changed (self);
  return json_array_get_length (schedules) - 1;
}

void
deck_campaign_draft_remove_schedule (DeckCampaignDraft *self,
                                     guint              schedule)
{
  JsonArray *schedules;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  schedules = draft_get_schedules (self);
  g_return_if_fail (schedules != NULL && schedule < json_array_get_length (schedules));

  json_array_remove_element (schedules, schedule);
  draft_changed (self);
}

JsonObject *
deck_campaign_draft_get_schedule (DeckCampaignDraft *self,
                                  guint              schedule)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return array_get_object (draft_get_schedules (self), schedule);
}

static JsonObject *
draft_get_schedule_checked (DeckCampaignDraft *self,
                            guint              schedule)
{
  JsonObject *object = array_get_object (draft_get_schedules (self), schedule);

  if (object == NULL)
    g_critical ("The draft has no schedule %u", schedule);
  return object;
}

void
deck_campaign_draft_set_schedule_name (DeckCampaignDraft *self,
                                       guint              schedule,
                                       const char        *name)
{
  JsonObject *object;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);

  if ((object = draft_get_schedule_checked (self, schedule)) == NULL)
    return;

  json_object_set_string_member (object, "name", name);
  draft_changed (self);
}

void
deck_campaign_draft_set_schedule_times (DeckCampaignDraft *self,
                                        guint              schedule,
                                        const char        *from,
                                        const char        *to)
{
  JsonObject *object;
  JsonObject *timing;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (from != NULL && to != NULL);

  if ((object = draft_get_schedule_checked (self, schedule)) == NULL)
    return;

  /* Written as given: deck_campaign_check() names a time that is not HH:MM. */
  timing = object_ensure_object (object, "timing");
  json_object_set_string_member (timing, "from", from);
  json_object_set_string_member (timing, "to", to);
  draft_changed (self);
}

void
deck_campaign_draft_set_schedule_day (DeckCampaignDraft *self,
                                      guint              schedule,
                                      guint              day,
                                      gboolean           enabled)
{
  JsonObject *object;
  char key[2] = { 0, 0 };

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (day <= 6);

  if ((object = draft_get_schedule_checked (self, schedule)) == NULL)
    return;

  key[0] = (char) ('0' + day);
  json_object_set_boolean_member (object_ensure_object (object, "days"), key, enabled);
  draft_changed (self);
}

void
deck_campaign_draft_set_schedule_timezone (DeckCampaignDraft *self,
                                           guint              schedule,
                                           const char        *timezone)
{
  JsonObject *object;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (timezone != NULL);

  if ((object = draft_get_schedule_checked (self, schedule)) == NULL)
    return;

  json_object_set_string_member (object, "timezone", timezone);
  draft_changed (self);
}

static gboolean
date_is_set (JsonObject *object,
             const char *member)
{
  const char *value = object_get_string (object, member);

  return value != NULL && value[0] != '\0';
}

static void
schedule_set_date (JsonObject *campaign_schedule,
                   const char *member,
                   const char *date)
{
  if (date != NULL && date[0] != '\0')
    json_object_set_string_member (campaign_schedule, member, date);
  else if (date_is_set (campaign_schedule, member))
    /* Live campaigns without dates hold "" or null; clearing a real date sends null,
     * which the spec allows. Already-empty values stay as they are. */
    json_object_set_null_member (campaign_schedule, member);
}

void
deck_campaign_draft_set_dates (DeckCampaignDraft *self,
                               const char        *start_date,
                               const char        *end_date)
{
  JsonObject *campaign_schedule;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  /* Clearing dates of a campaign without a schedule changes nothing. */
  if ((start_date == NULL || start_date[0] == '\0') && (end_date == NULL || end_date[0] == '\0') &&
      deck_json_get_object (self->working, deck_campaign_draft_get_schedule_member (self)) == NULL)
    return;

  campaign_schedule = object_ensure_object (self->working, deck_campaign_draft_get_schedule_member (self));
  schedule_set_date (campaign_schedule, "start_date", start_date);
  schedule_set_date (campaign_schedule, "end_date", end_date);
  draft_changed (self);
}

/* Senders */

static char **
draft_dup_strv (DeckCampaignDraft *self,
                const char        *member)
{
  JsonArray *array = object_get_array (self->working, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *value = deck_json_dup_string (json_array_get_element (array, i));

      if (value != NULL)
        g_strv_builder_add (builder, value);
    }

  return g_strv_builder_end (builder);
}

static void
draft_set_strv (DeckCampaignDraft  *self,
                const char         *member,
                const char * const *values)
{
  JsonArray *array = json_array_new ();
  JsonNode *node;
  guint n = 0;

  for (; values != NULL && values[n] != NULL; n++)
    json_array_add_string_element (array, values[n]);

  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);

  /* An empty list where the server wrote none stays absent. */
  object_set_or_default (self->working, self->original, member, node, n == 0);
  draft_changed (self);
}

char **
deck_campaign_draft_dup_senders (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return draft_dup_strv (self, "email_list");
}

void
deck_campaign_draft_set_senders (DeckCampaignDraft  *self,
                                 const char * const *emails)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  draft_set_strv (self, "email_list", emails);
}

char **
deck_campaign_draft_dup_sender_tags (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return draft_dup_strv (self, "email_tag_list");
}

void
deck_campaign_draft_set_sender_tags (DeckCampaignDraft  *self,
                                     const char * const *tag_ids)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  draft_set_strv (self, "email_tag_list", tag_ids);
}

/* Scalar options */

gboolean
deck_campaign_draft_get_boolean (DeckCampaignDraft *self,
                                 const char        *name,
                                 gboolean           default_value)
{
  gboolean value = default_value;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), default_value);
  g_return_val_if_fail (name != NULL, default_value);

  deck_json_get_boolean (deck_json_get_member (self->working, name), &value);
  return value;
}

void
deck_campaign_draft_set_boolean (DeckCampaignDraft *self,
                                 const char        *name,
                                 gboolean           value)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);

  json_object_set_boolean_member (self->working, name, value);
  draft_changed (self);
}

gboolean
deck_campaign_draft_get_number (DeckCampaignDraft *self,
                                const char        *name,
                                double            *value)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return deck_json_get_double (deck_json_get_member (self->working, name), value);
}

void
deck_campaign_draft_set_number (DeckCampaignDraft *self,
                                const char        *name,
                                double             value)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (isfinite (value));

  json_object_set_member (self->working, name, number_node (value));
  draft_changed (self);
}

const char *
deck_campaign_draft_get_string (DeckCampaignDraft *self,
                                const char        *name)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return object_get_string (self->working, name);
}

void
deck_campaign_draft_set_string (DeckCampaignDraft *self,
                                const char        *name,
                                const char        *value)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (name != NULL);

  if (value != NULL)
    json_object_set_string_member (self->working, name, value);
  else
    json_object_set_null_member (self->working, name);
  draft_changed (self);
}

/* Bodies */

JsonObject *
deck_campaign_draft_dup_patch (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  if (self->subsequence != NULL)
    return deck_subsequence_dup_patch (self->subsequence, self->working);

  return deck_campaign_json_diff (self->original, self->working,
                                  patch_members, nullable_members, array_members);
}

gboolean
deck_campaign_draft_has_changes (DeckCampaignDraft *self)
{
  g_autoptr(JsonObject) patch = NULL;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);

  patch = deck_campaign_draft_dup_patch (self);
  return json_object_get_size (patch) > 0;
}

static gboolean
objects_equal (JsonObject *a,
               JsonObject *b)
{
  g_autoptr(JsonNode) node_a = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) node_b = json_node_init_object (json_node_alloc (), b);

  return deck_campaign_json_node_equal (node_a, node_b);
}

gboolean
deck_campaign_draft_has_unsaved_changes (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);

  if (!deck_campaign_draft_is_new (self))
    return deck_campaign_draft_has_changes (self);

  return !objects_equal (self->pristine, self->working);
}

void
deck_campaign_draft_mark_pristine (DeckCampaignDraft *self)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  g_clear_pointer (&self->pristine, json_object_unref);
  self->pristine = deck_campaign_json_object_dup (self->working);
}

JsonObject *
deck_campaign_draft_dup_create_body (DeckCampaignDraft *self)
{
  JsonObject *body;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  /* Only what is set: nulls and read-only members stay out, and nothing is refused
   * here (deck_campaign_check() says what is missing). */
  body = json_object_new ();
  if (self->subsequence != NULL)
    {
      /* CreateCampaign Subsequence: parent_campaign, name and conditions are required,
       * so they are always there (the server names what is wrong with them). */
      const char *name = object_get_string (self->working, "name");

      json_object_set_string_member (body, "parent_campaign",
                                     deck_subsequence_get_parent_campaign (self->subsequence));
      json_object_set_string_member (body, "name", name != NULL ? name : "");
      if (deck_json_get_object (self->working, "conditions") != NULL)
        json_object_set_member (body, "conditions",
                                deck_campaign_json_node_dup (json_object_get_member (self->working, "conditions")));
      else
        json_object_set_object_member (body, "conditions", json_object_new ());
    }
  for (guint i = 0; !self->subsequence && create_members[i] != NULL; i++)
    {
      JsonNode *node = deck_json_get_member (self->working, create_members[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        json_object_set_member (body, create_members[i], deck_campaign_json_node_dup (node));
    }
  for (guint i = 0; self->subsequence && subsequence_create_members[i] != NULL; i++)
    {
      JsonNode *node = deck_json_get_member (self->working, subsequence_create_members[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        json_object_set_member (body, subsequence_create_members[i], deck_campaign_json_node_dup (node));
    }

  return body;
}

/* The server's answer is the truth from now on, including what it normalised. */
static void
draft_reset (DeckCampaignDraft *self,
             JsonObject        *server)
{
  g_clear_pointer (&self->original, json_object_unref);
  g_clear_pointer (&self->working, json_object_unref);
  g_clear_pointer (&self->pristine, json_object_unref);
  self->original = deck_campaign_json_object_dup (server);
  self->working = deck_campaign_json_object_dup (self->original);
  self->pristine = deck_campaign_json_object_dup (self->original);
  draft_changed (self);
}

void
deck_campaign_draft_rebase (DeckCampaignDraft *self,
                            DeckCampaign      *saved)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (DECK_IS_CAMPAIGN (saved));

  g_return_if_fail (self->subsequence == NULL);
  g_set_object (&self->campaign, saved);
  draft_reset (self, deck_campaign_get_json (saved));
}

void
deck_campaign_draft_rebase_subsequence (DeckCampaignDraft *self,
                                        DeckSubsequence   *saved)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (DECK_IS_SUBSEQUENCE (saved));
  g_return_if_fail (self->subsequence != NULL);

  g_set_object (&self->subsequence, saved);
  self->creating = FALSE;
  draft_reset (self, deck_subsequence_get_json (saved));
}

/* Subsequence conditions */

static JsonArray *
condition_array (JsonObject *root,
                 const char *list)
{
  return object_get_array (deck_json_get_object (root, "conditions"), list);
}

gboolean
deck_campaign_draft_get_condition (DeckCampaignDraft *self,
                                   const char        *list,
                                   int                value)
{
  JsonArray *array;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);
  g_return_val_if_fail (list != NULL, FALSE);

  array = condition_array (self->working, list);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      double number;

      /* Numbers may arrive as 1 or 1.0. */
      if (deck_json_get_double (json_array_get_element (array, i), &number) && number == value)
        return TRUE;
    }

  return FALSE;
}

void
deck_campaign_draft_set_condition (DeckCampaignDraft *self,
                                   const char        *list,
                                   int                value,
                                   gboolean           enabled)
{
  JsonObject *conditions;
  JsonArray *array;
  g_autoptr(JsonArray) kept = NULL;
  JsonNode *node;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));
  g_return_if_fail (list != NULL);

  if (deck_campaign_draft_get_condition (self, list, value) == enabled)
    return;

  conditions = object_ensure_object (self->working, "conditions");
  array = condition_array (self->working, list);

  /* A fresh array each time, in the order the values were chosen. */
  kept = json_array_new ();
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      double number;

      if (!enabled && deck_json_get_double (element, &number) && number == value)
        continue;
      json_array_add_element (kept, json_node_copy (element));
    }
  if (enabled)
    json_array_add_int_element (kept, value);

  /* An emptied list the server did not hold goes away, so on-and-off is no change. */
  node = json_node_init_array (json_node_alloc (), kept);
  object_set_or_default (conditions, deck_json_get_object (self->original, "conditions"), list, node,
                         json_array_get_length (kept) == 0);
  draft_changed (self);
}

const char *
deck_campaign_draft_get_reply_contains (DeckCampaignDraft *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), NULL);

  return object_get_string (deck_json_get_object (self->working, "conditions"), "reply_contains");
}

void
deck_campaign_draft_set_reply_contains (DeckCampaignDraft *self,
                                        const char        *text)
{
  JsonObject *conditions;

  g_return_if_fail (DECK_IS_CAMPAIGN_DRAFT (self));

  if (g_strcmp0 (deck_campaign_draft_get_reply_contains (self), text) == 0)
    return;

  conditions = object_ensure_object (self->working, "conditions");
  object_set_or_default (conditions, deck_json_get_object (self->original, "conditions"), "reply_contains",
                         json_node_init_string (json_node_alloc (), text != NULL ? text : ""),
                         text == NULL || *text == '\0');
  draft_changed (self);
}

gboolean
deck_campaign_draft_has_condition (DeckCampaignDraft *self)
{
  static const char * const lists[] = { "crm_status", "lead_activity" };
  const char *reply;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      JsonArray *array = condition_array (self->working, lists[i]);

      if (array != NULL && json_array_get_length (array) > 0)
        return TRUE;
    }

  reply = deck_campaign_draft_get_reply_contains (self);
  return reply != NULL && *reply != '\0';
}

const char * const *
deck_campaign_timezones (void)
{
  return timezones;
}

gboolean
deck_campaign_timezone_is_valid (const char *timezone)
{
  return timezone != NULL && g_strv_contains (timezones, timezone);
}
