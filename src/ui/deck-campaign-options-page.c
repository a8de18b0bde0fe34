/* deck-campaign-options-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-campaign-options-page.h"

typedef enum
{
  OPTION_BOOL,
  OPTION_NUMBER,     /* nullable: an expander whose switch says "set" */
  OPTION_EMAILS,     /* array of addresses, comma-separated */
  OPTION_STRING,     /* nullable string */
} OptionKind;

typedef struct
{
  const char *field;
  OptionKind  kind;
  const char *title;
  const char *subtitle;
  double      max;
  guint       digits;
} Option;

typedef struct
{
  const char   *title;
  const char   *description;
  const Option *options;
  guint         n_options;
} OptionGroup;

/* Every writable member of the spec's Campaign schema that the other pages do not
 * edit, grouped as a person thinks of them. */
static const Option tracking_options[] = {
  { "open_tracking", OPTION_BOOL, N_("Track Opens"), N_("Adds an invisible image to see who opens the email") },
  { "link_tracking", OPTION_BOOL, N_("Track Links"), N_("Rewrites links to count clicks") },
  { "insert_unsubscribe_header", OPTION_BOOL, N_("Unsubscribe Header"), N_("Lets mail apps offer a one-click unsubscribe") },
};
static const Option format_options[] = {
  { "text_only", OPTION_BOOL, N_("Text Only"), N_("Sends plain text without HTML; opens cannot be tracked") },
  { "first_email_text_only", OPTION_BOOL, N_("First Email as Text Only"), N_("Only the first step goes out as plain text") },
};
static const Option stop_options[] = {
  { "stop_on_reply", OPTION_BOOL, N_("Stop on Reply"), N_("A lead who replies gets no more steps") },
  { "stop_on_auto_reply", OPTION_BOOL, N_("Stop on Auto-Reply"), N_("An out-of-office answer counts as a reply") },
  { "stop_for_company", OPTION_BOOL, N_("Stop for the Whole Company"), N_("A reply stops the campaign for every lead of the same domain") },
};
static const Option limit_options[] = {
  { "daily_limit", OPTION_NUMBER, N_("Daily Limit"), N_("At most this many emails a day for the campaign"), 100000, 0 },
  { "daily_max_leads", OPTION_NUMBER, N_("New Leads per Day"), N_("At most this many leads are contacted for the first time a day"), 100000, 0 },
  { "email_gap", OPTION_NUMBER, N_("Gap Between Emails"), N_("Minutes to wait between two emails of one account"), 1440, 0 },
  { "random_wait_max", OPTION_NUMBER, N_("Random Extra Wait"), N_("Up to this many minutes added at random, to look less regular"), 1440, 0 },
  { "prioritize_new_leads", OPTION_BOOL, N_("New Leads First"), N_("Contacts new leads before sending follow-ups") },
  { "is_evergreen", OPTION_BOOL, N_("Evergreen"), N_("Keeps running and picks up leads added later") },
};
static const Option deliverability_options[] = {
  { "match_lead_esp", OPTION_BOOL, N_("Match Email Providers"), N_("Sends from a Google account to Google leads, Outlook to Outlook, …") },
  { "allow_risky_contacts", OPTION_BOOL, N_("Allow Risky Contacts"), N_("Also emails leads whose address could not be verified") },
  { "disable_bounce_protect", OPTION_BOOL, N_("Turn Off Bounce Protection"), N_("Keeps sending even when many emails bounce; risky for the accounts") },
};
static const Option copy_options[] = {
  { "cc_list", OPTION_EMAILS, N_("CC"), NULL },
  { "bcc_list", OPTION_EMAILS, N_("BCC"), NULL },
};
static const Option value_options[] = {
  { "pl_value", OPTION_NUMBER, N_("Value of a Positive Lead"), N_("What one interested lead is worth, for the revenue figures"), 1e9, 2 },
  { "owned_by", OPTION_STRING, N_("Owner"), NULL },
};

static const OptionGroup groups[] = {
  { N_("Tracking"), NULL, tracking_options, G_N_ELEMENTS (tracking_options) },
  { N_("Email Format"), NULL, format_options, G_N_ELEMENTS (format_options) },
  { N_("Stop Rules"), N_("When a lead gets no more emails from this campaign"), stop_options, G_N_ELEMENTS (stop_options) },
  { N_("Limits and Pacing"), N_("Switch a limit on to set it; off leaves Instantly's default"), limit_options, G_N_ELEMENTS (limit_options) },
  { N_("Deliverability"), NULL, deliverability_options, G_N_ELEMENTS (deliverability_options) },
  { N_("CC and BCC"), N_("Addresses that get a copy of every email, separated by commas"), copy_options, G_N_ELEMENTS (copy_options) },
  { N_("Value and Ownership"), N_("The owner is the id of a workspace member"), value_options, G_N_ELEMENTS (value_options) },
};

static const char * const company_modes[] = { NULL, "custom", "disabled" };
static const char * const company_scopes[] = { "per_campaign", "across_workspace", NULL };
static const char * const routing_actions[] = { "send", "do_not_send", NULL };
static const char * const esps[] = { "all", "google", "outlook", "other", NULL };

struct _DeckCampaignOptionsPage
{
  AdwBin             parent_instance;

  DeckWorkspace     *workspace;
  DeckCampaignDraft *draft;
  gboolean           updating;

  GHashTable        *rows;          /* field → row */
  GHashTable        *inner;         /* field → the spin row inside a number expander */
  AdwComboRow       *company_mode;
  AdwSpinRow        *company_limit;
  AdwComboRow       *company_scope;
  AdwPreferencesGroup *routing_group;
  GPtrArray         *routing_rows;  /* expander rows */
  GPtrArray         *rules;         /* JsonObject, the rules as edited */
};

G_DEFINE_FINAL_TYPE (DeckCampaignOptionsPage, deck_campaign_options_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------ commits */

static JsonNode *
original_member (DeckCampaignOptionsPage *self,
                 const char              *field)
{
  DeckCampaign *campaign = deck_campaign_draft_get_campaign (self->draft);

  if (campaign == NULL || deck_campaign_draft_is_new (self->draft))
    return NULL;
  return json_object_get_member (deck_campaign_get_json (campaign), field);
}

static JsonNode *
current_member (DeckCampaignOptionsPage *self,
                const char              *field)
{
  return json_object_get_member (deck_campaign_draft_get_json (self->draft), field);
}

/* Puts @value (or, NULL, "not set") into the draft, unless it means what the
 * original already says: then the original goes back, so that nothing shows as
 * changed and the PATCH stays minimal. */
static void
commit (DeckCampaignOptionsPage *self,
        const char              *field,
        JsonNode                *value,
        gboolean                 same_as_original)
{
  g_autoptr(JsonNode) owned = value;
  JsonNode *original = original_member (self, field);

  if (self->updating)
    return;

  /* set_member() copies: this function only lends its nodes. */
  if (same_as_original || (owned != NULL && original != NULL && json_node_equal (owned, original)))
    {
      deck_campaign_draft_set_member (self->draft, field, original);
      return;
    }

  if (owned == NULL && original != NULL)
    owned = json_node_new (JSON_NODE_NULL);

  deck_campaign_draft_set_member (self->draft, field, owned);
}

static gboolean
node_bool (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static gboolean
node_number (JsonNode *node,
             double   *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *value = (double) json_node_get_int (node);
      return TRUE;
    case G_TYPE_DOUBLE:
      *value = json_node_get_double (node);
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
node_emails (JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (json_node_get_value_type (json_array_get_element (array, i)) == G_TYPE_STRING)
          g_strv_builder_add (builder, json_array_get_string_element (array, i));
    }

  strv = g_strv_builder_end (builder);
  return g_strjoinv (", ", strv);
}

static void
on_bool_changed (AdwSwitchRow            *row,
                 GParamSpec              *pspec,
                 DeckCampaignOptionsPage *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  gboolean value = adw_switch_row_get_active (row);
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_boolean (node, value);
  commit (self, field, node, value == node_bool (original_member (self, field)));
}

static void
on_number_changed (DeckCampaignOptionsPage *self,
                   GParamSpec              *pspec,
                   GObject                 *object)
{
  const char *field = g_object_get_data (object, "field");
  AdwExpanderRow *expander = g_hash_table_lookup (self->rows, field);
  AdwSpinRow *spin = g_hash_table_lookup (self->inner, field);
  const Option *option = g_object_get_data (G_OBJECT (expander), "option");
  double original;
  gboolean had = node_number (original_member (self, field), &original);
  double value = adw_spin_row_get_value (spin);
  JsonNode *node = NULL;

  if (!adw_expander_row_get_enable_expansion (expander))
    {
      commit (self, field, NULL, !had);
      return;
    }

  node = json_node_new (JSON_NODE_VALUE);
  if (option->digits == 0)
    json_node_set_int (node, (gint64) value);
  else
    json_node_set_double (node, value);
  commit (self, field, node, had && original == value);
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && strchr (at + 1, '.') != NULL &&
         strchr (at + 1, '@') == NULL && strpbrk (text, " \t<>") == NULL &&
         at[strlen (at) - 1] != '.';
}

static void
on_emails_changed (AdwEntryRow             *row,
                   DeckCampaignOptionsPage *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  g_auto(GStrv) parts = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (row)), ",;", -1);
  JsonNode *original = original_member (self, field);
  g_autofree char *original_text = node_emails (original);
  g_autoptr(JsonArray) array = json_array_new ();
  gboolean valid = TRUE;
  JsonNode *node;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *address = g_strstrip (parts[i]);

      if (*address == '\0')
        continue;
      if (!looks_like_email (address))
        valid = FALSE;
      json_array_add_string_element (array, address);
    }

  if (!valid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  node = json_node_init_array (json_node_alloc (), array);
  if (json_array_get_length (array) == 0 && (original == NULL || original_text[0] == '\0'))
    {
      json_node_unref (node);
      commit (self, field, NULL, TRUE);
      return;
    }
  commit (self, field, node, FALSE);
}

static void
on_string_changed (AdwEntryRow             *row,
                   DeckCampaignOptionsPage *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  JsonNode *original = original_member (self, field);
  gboolean original_empty = original == NULL || JSON_NODE_HOLDS_NULL (original) ||
                            g_strcmp0 (json_node_get_string (original), "") == 0;

  if (*text == '\0')
    {
      commit (self, field, NULL, original_empty);
      return;
    }
  commit (self, field, json_node_init_string (json_node_alloc (), text), FALSE);
}

/* ------------------------------------------------------------------ company limit */

static guint
index_in (const char * const *values,
          guint               n,
          const char         *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static void
on_company_changed (DeckCampaignOptionsPage *self)
{
  guint mode = adw_combo_row_get_selected (self->company_mode);
  g_autoptr(JsonBuilder) builder = NULL;
  JsonNode *original = original_member (self, "limit_emails_per_company_override");

  gtk_widget_set_sensitive (GTK_WIDGET (self->company_limit), mode == 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->company_scope), mode == 1);

  if (mode == 0 || mode >= G_N_ELEMENTS (company_modes))
    {
      commit (self, "limit_emails_per_company_override", NULL,
              original == NULL || JSON_NODE_HOLDS_NULL (original));
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, company_modes[mode]);
  if (mode == 1)
    {
      json_builder_set_member_name (builder, "daily_limit");
      json_builder_add_int_value (builder, (gint64) adw_spin_row_get_value (self->company_limit));
      json_builder_set_member_name (builder, "scope");
      json_builder_add_string_value (builder, company_scopes[MIN (adw_combo_row_get_selected (self->company_scope), 1)]);
    }
  json_builder_end_object (builder);
  commit (self, "limit_emails_per_company_override", json_builder_get_root (builder), FALSE);
}

static void
load_company (DeckCampaignOptionsPage *self)
{
  JsonNode *node = current_member (self, "limit_emails_per_company_override");
  JsonObject *object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *mode = object != NULL ? json_object_get_string_member_with_default (object, "mode", NULL) : NULL;

  adw_combo_row_set_selected (self->company_mode, mode != NULL ? index_in (company_modes, 3, mode) : 0);
  adw_spin_row_set_value (self->company_limit,
                          object != NULL ? json_object_get_int_member_with_default (object, "daily_limit", 3) : 3);
  adw_combo_row_set_selected (self->company_scope,
                              object != NULL
                              ? index_in (company_scopes, 2, json_object_get_string_member_with_default (object, "scope", NULL))
                              : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->company_limit), mode != NULL && g_str_equal (mode, "custom"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->company_scope), mode != NULL && g_str_equal (mode, "custom"));
}

/* ------------------------------------------------------------------ routing rules */

static void rebuild_routing (DeckCampaignOptionsPage *self);

static void
commit_rules (DeckCampaignOptionsPage *self)
{
  JsonArray *array = json_array_new ();
  JsonNode *original = original_member (self, "provider_routing_rules");

  for (guint i = 0; i < self->rules->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (self->rules, i)));

  if (json_array_get_length (array) == 0 &&
      (original == NULL || !JSON_NODE_HOLDS_ARRAY (original) ||
       json_array_get_length (json_node_get_array (original)) == 0))
    {
      json_array_unref (array);
      commit (self, "provider_routing_rules", NULL, TRUE);
      return;
    }

  commit (self, "provider_routing_rules", json_node_init_array (json_node_alloc (), array), FALSE);
  json_array_unref (array);
}

static const char *
first_string (JsonObject *rule,
              const char *member)
{
  JsonNode *node = json_object_get_member (rule, member);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    return json_node_get_string (json_array_get_element (json_node_get_array (node), 0));
  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_string (node);
  return NULL;
}

static char *
rule_summary (JsonObject *rule)
{
  const char *action = first_string (rule, "action");
  const char *sender = first_string (rule, "sender_esp");
  const char *recipient = first_string (rule, "recipient_esp");

  /* Translators: a routing rule, e.g. "Send: google → outlook" */
  return g_strdup_printf (_("%s: %s → %s"),
                          g_strcmp0 (action, "do_not_send") == 0 ? _("Do not send") : _("Send"),
                          sender != NULL ? sender : "all",
                          recipient != NULL ? recipient : "all");
}

static void
on_rule_changed (AdwComboRow             *combo,
                 GParamSpec              *pspec,
                 DeckCampaignOptionsPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "rule"));
  const char *member = g_object_get_data (G_OBJECT (combo), "member");
  guint selected = adw_combo_row_get_selected (combo);
  JsonObject *rule;
  g_autofree char *summary = NULL;

  if (self->updating || index >= self->rules->len)
    return;

  rule = g_ptr_array_index (self->rules, index);
  if (g_str_equal (member, "action"))
    {
      json_object_set_string_member (rule, "action", routing_actions[MIN (selected, 1)]);
    }
  else
    {
      JsonArray *array = json_array_new ();

      json_array_add_string_element (array, esps[MIN (selected, 3)]);
      json_object_set_array_member (rule, member, array);
    }

  summary = rule_summary (rule);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (g_ptr_array_index (self->routing_rows, index)), summary);
  commit_rules (self);
}

static AdwComboRow *
rule_combo (DeckCampaignOptionsPage *self,
            guint                    index,
            const char              *member,
            const char              *title,
            const char * const      *labels,
            guint                    selected)
{
  AdwComboRow *combo = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (combo, G_LIST_MODEL (model));
  adw_combo_row_set_selected (combo, selected);
  g_object_set_data (G_OBJECT (combo), "rule", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (combo), "member", (gpointer) member);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_rule_changed), self);
  return combo;
}

static void
remove_rule (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckCampaignOptionsPage *self = DECK_CAMPAIGN_OPTIONS_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->rules->len)
    return;

  g_ptr_array_remove_index (self->rules, index);
  commit_rules (self);
  rebuild_routing (self);
}

static void
add_rule (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  DeckCampaignOptionsPage *self = DECK_CAMPAIGN_OPTIONS_PAGE (widget);
  JsonObject *rule = json_object_new ();
  JsonArray *recipients = json_array_new ();
  JsonArray *senders = json_array_new ();

  json_object_set_string_member (rule, "action", "send");
  json_array_add_string_element (recipients, "all");
  json_array_add_string_element (senders, "all");
  json_object_set_array_member (rule, "recipient_esp", recipients);
  json_object_set_array_member (rule, "sender_esp", senders);
  g_ptr_array_add (self->rules, rule);
  commit_rules (self);
  rebuild_routing (self);
}

static void
rebuild_routing (DeckCampaignOptionsPage *self)
{
  const char *action_labels[] = { _("Send"), _("Do Not Send"), NULL };
  const char *esp_labels[] = { _("Any Provider"), "Google", "Outlook", _("Other"), NULL };
  GtkWidget *add_row;

  for (guint i = 0; i < self->routing_rows->len; i++)
    adw_preferences_group_remove (self->routing_group, g_ptr_array_index (self->routing_rows, i));
  g_ptr_array_set_size (self->routing_rows, 0);

  self->updating = TRUE;
  for (guint i = 0; i < self->rules->len; i++)
    {
      JsonObject *rule = g_ptr_array_index (self->rules, i);
      AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      g_autofree char *summary = rule_summary (rule);
      GtkWidget *remove = adw_button_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
      adw_expander_row_add_row (row, GTK_WIDGET (rule_combo (self, i, "action", _("Action"), action_labels,
                                                             index_in (routing_actions, 2, first_string (rule, "action")))));
      adw_expander_row_add_row (row, GTK_WIDGET (rule_combo (self, i, "sender_esp", _("From Accounts At"), esp_labels,
                                                             index_in (esps, 4, first_string (rule, "sender_esp")))));
      adw_expander_row_add_row (row, GTK_WIDGET (rule_combo (self, i, "recipient_esp", _("To Leads At"), esp_labels,
                                                             index_in (esps, 4, first_string (rule, "recipient_esp")))));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove), _("Remove Rule"));
      gtk_widget_add_css_class (remove, "destructive-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "options.remove-rule");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_uint32 (i));
      adw_expander_row_add_row (row, remove);
      adw_preferences_group_add (self->routing_group, GTK_WIDGET (row));
      g_ptr_array_add (self->routing_rows, row);
    }

  add_row = adw_button_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add Routing Rule"));
  adw_button_row_set_start_icon_name (ADW_BUTTON_ROW (add_row), "list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_row), "options.add-rule");
  adw_preferences_group_add (self->routing_group, add_row);
  g_ptr_array_add (self->routing_rows, add_row);
  self->updating = FALSE;
}

static void
load_rules (DeckCampaignOptionsPage *self)
{
  JsonNode *node = current_member (self, "provider_routing_rules");

  g_ptr_array_set_size (self->rules, 0);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            {
              g_autoptr(JsonNode) copy = json_node_copy (element);

              g_ptr_array_add (self->rules, json_object_ref (json_node_get_object (copy)));
            }
        }
    }
  rebuild_routing (self);
}

/* ------------------------------------------------------------------ rows */

static GtkWidget *
build_option (DeckCampaignOptionsPage *self,
              const Option            *option)
{
  GtkWidget *row = NULL;

  switch (option->kind)
    {
    case OPTION_BOOL:
      row = adw_switch_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(option->subtitle));
      g_signal_connect (row, "notify::active", G_CALLBACK (on_bool_changed), self);
      break;

    case OPTION_NUMBER:
      {
        GtkWidget *spin = adw_spin_row_new_with_range (0, option->max, option->digits > 0 ? 0.01 : 1);

        row = adw_expander_row_new ();
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _(option->subtitle));
        adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
        adw_spin_row_set_digits (ADW_SPIN_ROW (spin), option->digits);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (spin), _("Value"));
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin);
        g_object_set_data (G_OBJECT (spin), "field", (gpointer) option->field);
        g_hash_table_insert (self->inner, (gpointer) option->field, spin);
        g_signal_connect_swapped (row, "notify::enable-expansion", G_CALLBACK (on_number_changed), self);
        g_signal_connect_swapped (spin, "notify::value", G_CALLBACK (on_number_changed), self);
      }
      break;

    case OPTION_EMAILS:
      row = adw_entry_row_new ();
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      g_signal_connect (row, "changed", G_CALLBACK (on_emails_changed), self);
      break;

    case OPTION_STRING:
    default:
      row = adw_entry_row_new ();
      g_signal_connect (row, "changed", G_CALLBACK (on_string_changed), self);
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(option->title));
  g_object_set_data (G_OBJECT (row), "field", (gpointer) option->field);
  g_object_set_data (G_OBJECT (row), "option", (gpointer) option);
  g_hash_table_insert (self->rows, (gpointer) option->field, row);
  return row;
}

static void
load_option (DeckCampaignOptionsPage *self,
             const Option            *option)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, option->field);
  JsonNode *node = current_member (self, option->field);

  switch (option->kind)
    {
    case OPTION_BOOL:
      adw_switch_row_set_active (ADW_SWITCH_ROW (row), node_bool (node));
      break;

    case OPTION_NUMBER:
      {
        double value = 0;
        gboolean set = node_number (node, &value);

        adw_spin_row_set_value (g_hash_table_lookup (self->inner, option->field), value);
        adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), set);
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
      }
      break;

    case OPTION_EMAILS:
      {
        g_autofree char *text = node_emails (node);

        gtk_editable_set_text (GTK_EDITABLE (row), text);
      }
      break;

    case OPTION_STRING:
    default:
      gtk_editable_set_text (GTK_EDITABLE (row),
                             node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
                             json_node_get_value_type (node) == G_TYPE_STRING
                             ? json_node_get_string (node) : "");
      break;
    }
}

/* ------------------------------------------------------------------ public */

void
deck_campaign_options_page_reload (DeckCampaignOptionsPage *self)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_OPTIONS_PAGE (self));

  self->updating = TRUE;
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint i = 0; i < groups[g].n_options; i++)
      load_option (self, &groups[g].options[i]);
  load_company (self);
  self->updating = FALSE;

  load_rules (self);
}

static gboolean
focus_idle (gpointer data)
{
  if (gtk_widget_get_root (data) != NULL)
    gtk_widget_grab_focus (data);
  return G_SOURCE_REMOVE;
}

GtkWidget *
deck_campaign_options_page_locate (DeckCampaignOptionsPage *self,
                                   const char              *field,
                                   int                      index,
                                   int                      sub,
                                   const char              *detail,
                                   gboolean                 focus)
{
  GtkWidget *row;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_OPTIONS_PAGE (self), NULL);

  if (field == NULL)
    return NULL;

  if (g_str_equal (field, "limit_emails_per_company_override"))
    row = GTK_WIDGET (g_strcmp0 (detail, "daily_limit") == 0 ? ADW_PREFERENCES_ROW (self->company_limit)
                      : g_strcmp0 (detail, "scope") == 0 ? ADW_PREFERENCES_ROW (self->company_scope)
                      : ADW_PREFERENCES_ROW (self->company_mode));
  else if (g_str_equal (field, "provider_routing_rules"))
    row = index >= 0 && (guint) index < self->rules->len
          ? g_ptr_array_index (self->routing_rows, index)
          : g_ptr_array_index (self->routing_rows, self->routing_rows->len - 1);
  else
    row = g_hash_table_lookup (self->rows, field);

  if (row != NULL && focus)
    {
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (row);
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_idle, g_object_ref (row), g_object_unref);
    }

  return row;
}

GtkWidget *
deck_campaign_options_page_get_value_row (DeckCampaignOptionsPage *self,
                                          const char              *field)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_OPTIONS_PAGE (self), NULL);

  return g_hash_table_lookup (self->inner, field);
}

/* ------------------------------------------------------------------ GObject */

GtkWidget *
deck_campaign_options_page_new (DeckWorkspace     *workspace,
                                DeckCampaignDraft *draft)
{
  DeckCampaignOptionsPage *self;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *company = adw_preferences_group_new ();
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_OPTIONS_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->draft = g_object_ref (draft);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
      if (groups[g].description != NULL)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(groups[g].description));
      for (guint i = 0; i < groups[g].n_options; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_option (self, &groups[g].options[i]));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

      /* The per-company limit belongs with the other limits. */
      if (groups[g].options == limit_options)
        {
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (company), _("Emails per Company"));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (company),
                                                 _("How many emails one company (domain) may get a day"));
          self->company_mode = ADW_COMBO_ROW (adw_combo_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->company_mode), _("Limit"));
          gtk_string_list_append (modes, _("Workspace Setting"));
          gtk_string_list_append (modes, _("Custom Limit"));
          gtk_string_list_append (modes, _("No Limit"));
          adw_combo_row_set_model (self->company_mode, G_LIST_MODEL (modes));
          self->company_limit = ADW_SPIN_ROW (adw_spin_row_new_with_range (1, 1000, 1));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->company_limit), _("Emails a Day"));
          self->company_scope = ADW_COMBO_ROW (adw_combo_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->company_scope), _("Counted"));
          gtk_string_list_append (scopes, _("In This Campaign"));
          gtk_string_list_append (scopes, _("Across the Workspace"));
          adw_combo_row_set_model (self->company_scope, G_LIST_MODEL (scopes));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (company), GTK_WIDGET (self->company_mode));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (company), GTK_WIDGET (self->company_limit));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (company), GTK_WIDGET (self->company_scope));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (company));
          g_signal_connect_swapped (self->company_mode, "notify::selected", G_CALLBACK (on_company_changed), self);
          g_signal_connect_swapped (self->company_limit, "notify::value", G_CALLBACK (on_company_changed), self);
          g_signal_connect_swapped (self->company_scope, "notify::selected", G_CALLBACK (on_company_changed), self);
        }

      if (groups[g].options == deliverability_options)
        {
          self->routing_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (self->routing_group, _("Provider Routing"));
          adw_preferences_group_set_description (self->routing_group,
                                                 _("Which accounts may email which leads, by email provider"));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->routing_group);
        }
    }

  adw_bin_set_child (ADW_BIN (self), page);
  deck_campaign_options_page_reload (self);
  return GTK_WIDGET (self);
}

static void
deck_campaign_options_page_dispose (GObject *object)
{
  DeckCampaignOptionsPage *self = DECK_CAMPAIGN_OPTIONS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->draft);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_campaign_options_page_parent_class)->dispose (object);
}

static void
deck_campaign_options_page_finalize (GObject *object)
{
  DeckCampaignOptionsPage *self = DECK_CAMPAIGN_OPTIONS_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->inner, g_hash_table_unref);
  g_clear_pointer (&self->routing_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_campaign_options_page_parent_class)->finalize (object);
}

static void
deck_campaign_options_page_class_init (DeckCampaignOptionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_campaign_options_page_dispose;
  object_class->finalize = deck_campaign_options_page_finalize;

  gtk_widget_class_install_action (widget_class, "options.add-rule", NULL, add_rule);
  gtk_widget_class_install_action (widget_class, "options.remove-rule", "u", remove_rule);
}

static void
deck_campaign_options_page_init (DeckCampaignOptionsPage *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->inner = g_hash_table_new (g_str_hash, g_str_equal);
  self->routing_rows = g_ptr_array_new ();
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
}
