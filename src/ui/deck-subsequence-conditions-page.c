/* deck-subsequence-conditions-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-subsequence-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-subsequence-conditions-page.h"

typedef struct
{
  int         value;
  const char *label;
} Choice;

/* The spec's conditions.lead_activity and crm_status values (x-enumDescriptions). */
static const Choice activities[] = {
  { 2, N_("Opens an Email") },
  { 4, N_("Clicks a Link") },
  { 91, N_("Finishes the Campaign Without Replying") },
};

static const Choice interests[] = {
  { 1, N_("Interested") },
  { 2, N_("Meeting Booked") },
  { 3, N_("Meeting Completed") },
  { 4, N_("Won") },
  { 0, N_("Out of Office") },
  { -1, N_("Not Interested") },
  { -2, N_("Wrong Person") },
  { -3, N_("Lost") },
  { -4, N_("No Show") },
};

static const char * const limit_modes[] = { "inherit", "custom", "unlimited" };

struct _DeckSubsequenceConditionsPage
{
  AdwBin             parent_instance;

  DeckCampaignDraft *draft;
  gboolean           updating;

  AdwPreferencesGroup *trigger_group;
  GtkWidget         *activity_rows[G_N_ELEMENTS (activities)];
  AdwExpanderRow    *interest_row;
  GtkWidget         *interest_rows[G_N_ELEMENTS (interests)];
  AdwEntryRow       *reply_row;
  AdwComboRow       *mode_row;
  AdwSpinRow        *limit_row;
  AdwSwitchRow      *ignore_row;
};

G_DEFINE_FINAL_TYPE (DeckSubsequenceConditionsPage, deck_subsequence_conditions_page, ADW_TYPE_BIN)

/* Writes @node (owned) as @name, unless it is what the server holds or, for a member
 * the server did not send, the default: then on-and-off again changes nothing. */
static void
set_scalar (DeckSubsequenceConditionsPage *self,
            const char                    *name,
            JsonNode                      *node,
            gboolean                       is_default)
{
  JsonNode *original = deck_campaign_draft_get_original_member (self->draft, name);

  if (original != NULL && json_node_equal (original, node))
    deck_campaign_draft_set_member (self->draft, name, original);
  else if (original == NULL && is_default)
    deck_campaign_draft_set_member (self->draft, name, NULL);
  else
    deck_campaign_draft_set_member (self->draft, name, node);
  json_node_unref (node);
}

static void
update_interest_subtitle (DeckSubsequenceConditionsPage *self)
{
  g_autoptr(GString) chosen = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (interests); i++)
    if (adw_switch_row_get_active (ADW_SWITCH_ROW (self->interest_rows[i])))
      {
        if (chosen->len > 0)
          /* Translators: separates the interest statuses in a list */
          g_string_append (chosen, _(", "));
        g_string_append (chosen, _(interests[i].label));
      }

  adw_expander_row_set_subtitle (self->interest_row, chosen->len > 0 ? chosen->str : _("None"));
}

static void
on_switch_changed (AdwSwitchRow                  *row,
                   GParamSpec                    *pspec,
                   DeckSubsequenceConditionsPage *self)
{
  const char *list = g_object_get_data (G_OBJECT (row), "deck-list");
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "deck-value"));

  update_interest_subtitle (self);
  if (self->updating)
    return;

  deck_campaign_draft_set_condition (self->draft, list, value, adw_switch_row_get_active (row));
}

static void
on_reply_changed (DeckSubsequenceConditionsPage *self)
{
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reply_row))));
  deck_campaign_draft_set_reply_contains (self->draft, *text != '\0' ? text : NULL);
}

static void on_limit_changed (DeckSubsequenceConditionsPage *self);

static void
on_mode_changed (DeckSubsequenceConditionsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->mode_row);

  selected = MIN (selected, G_N_ELEMENTS (limit_modes) - 1);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_row), selected == 1);
  if (self->updating)
    return;

  set_scalar (self, "daily_limit_mode", json_node_init_string (json_node_alloc (), limit_modes[selected]),
              selected == 0);
  /* Custom needs a number: the one shown. */
  if (selected == 1)
    on_limit_changed (self);
}

static void
on_limit_changed (DeckSubsequenceConditionsPage *self)
{
  if (self->updating || adw_combo_row_get_selected (self->mode_row) != 1)
    return;

  set_scalar (self, "daily_limit",
              json_node_init_int (json_node_alloc (), (gint64) adw_spin_row_get_value (self->limit_row)),
              FALSE);
}

static void
on_ignore_changed (DeckSubsequenceConditionsPage *self)
{
  gboolean active;

  if (self->updating)
    return;

  active = adw_switch_row_get_active (self->ignore_row);
  set_scalar (self, "ignore_account_daily_limit", json_node_init_boolean (json_node_alloc (), active), !active);
}

/* ------------------------------------------------------------------ public */

void
deck_subsequence_conditions_page_reload (DeckSubsequenceConditionsPage *self)
{
  const char *reply;
  const char *mode;
  double limit = 0;
  guint selected = 0;

  g_return_if_fail (DECK_IS_SUBSEQUENCE_CONDITIONS_PAGE (self));

  self->updating = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    adw_switch_row_set_active (ADW_SWITCH_ROW (self->activity_rows[i]),
                               deck_campaign_draft_get_condition (self->draft, "lead_activity", activities[i].value));
  for (guint i = 0; i < G_N_ELEMENTS (interests); i++)
    adw_switch_row_set_active (ADW_SWITCH_ROW (self->interest_rows[i]),
                               deck_campaign_draft_get_condition (self->draft, "crm_status", interests[i].value));
  reply = deck_campaign_draft_get_reply_contains (self->draft);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->reply_row)), reply ? reply : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->reply_row), reply ? reply : "");

  mode = deck_campaign_draft_get_string (self->draft, "daily_limit_mode");
  for (guint i = 0; i < G_N_ELEMENTS (limit_modes); i++)
    if (g_strcmp0 (mode, limit_modes[i]) == 0)
      selected = i;
  adw_combo_row_set_selected (self->mode_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_row), selected == 1);
  if (deck_campaign_draft_get_number (self->draft, "daily_limit", &limit) && limit >= 1)
    adw_spin_row_set_value (self->limit_row, limit);
  adw_switch_row_set_active (self->ignore_row,
                             deck_campaign_draft_get_boolean (self->draft, "ignore_account_daily_limit", FALSE));

  self->updating = FALSE;
  update_interest_subtitle (self);
}

static gboolean
focus_idle (gpointer data)
{
  if (gtk_widget_get_root (data) != NULL)
    gtk_widget_grab_focus (data);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
focus_row (GtkWidget *widget,
           gboolean   focus)
{
  if (focus && widget != NULL)
    {
      gtk_widget_grab_focus (widget);
      /* A page not shown yet takes the focus once it is. */
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_idle, g_object_ref (widget), g_object_unref);
    }
  return widget;
}

GtkWidget *
deck_subsequence_conditions_page_locate (DeckSubsequenceConditionsPage *self,
                                         const char                    *field,
                                         int                            index,
                                         const char                    *detail,
                                         gboolean                       focus)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE_CONDITIONS_PAGE (self), NULL);

  if (g_strcmp0 (field, "daily_limit_mode") == 0)
    return focus_row (GTK_WIDGET (self->mode_row), focus);
  if (g_strcmp0 (field, "daily_limit") == 0)
    return focus_row (gtk_widget_get_visible (GTK_WIDGET (self->limit_row)) ? GTK_WIDGET (self->limit_row)
                                                                             : GTK_WIDGET (self->mode_row),
                      focus);
  if (g_strcmp0 (field, "ignore_account_daily_limit") == 0)
    return focus_row (GTK_WIDGET (self->ignore_row), focus);
  if (g_strcmp0 (field, "conditions") != 0)
    return NULL;

  if (g_strcmp0 (detail, "crm_status") == 0)
    {
      if (focus)
        adw_expander_row_set_expanded (self->interest_row, TRUE);
      return focus_row (GTK_WIDGET (self->interest_row), focus);
    }
  if (g_strcmp0 (detail, "reply_contains") == 0)
    return focus_row (GTK_WIDGET (self->reply_row), focus);

  /* lead_activity/N: the row of the value the draft holds there. */
  if (index >= 0 && g_strcmp0 (detail, "lead_activity") == 0)
    {
      JsonObject *conditions = NULL;
      JsonNode *list = NULL;
      JsonObject *json = deck_campaign_draft_get_json (self->draft);

      if (json_object_has_member (json, "conditions") &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (json, "conditions")))
        conditions = json_object_get_object_member (json, "conditions");
      if (conditions != NULL && json_object_has_member (conditions, "lead_activity"))
        list = json_object_get_member (conditions, "lead_activity");
      if (list != NULL && JSON_NODE_HOLDS_ARRAY (list) &&
          (guint) index < json_array_get_length (json_node_get_array (list)))
        {
          GtkWidget *row = deck_subsequence_conditions_page_get_switch (self, "lead_activity",
                                                                        (int) json_array_get_double_element (json_node_get_array (list), index));

          if (row != NULL)
            return focus_row (row, focus);
        }
    }
  return focus_row (self->activity_rows[0], focus);
}

GtkWidget *
deck_subsequence_conditions_page_get_switch (DeckSubsequenceConditionsPage *self,
                                             const char                    *list,
                                             int                            value)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE_CONDITIONS_PAGE (self), NULL);

  if (g_strcmp0 (list, "lead_activity") == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
        if (activities[i].value == value)
          return self->activity_rows[i];
    }
  else if (g_strcmp0 (list, "crm_status") == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (interests); i++)
        if (interests[i].value == value)
          return self->interest_rows[i];
    }

  return NULL;
}

/* ------------------------------------------------------------------ GObject */

static GtkWidget *
switch_row (DeckSubsequenceConditionsPage *self,
            const char                    *list,
            const Choice                  *choice)
{
  GtkWidget *row = adw_switch_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(choice->label));
  g_object_set_data (G_OBJECT (row), "deck-list", (gpointer) list);
  g_object_set_data (G_OBJECT (row), "deck-value", GINT_TO_POINTER (choice->value));
  g_signal_connect (row, "notify::active", G_CALLBACK (on_switch_changed), self);
  return row;
}

GtkWidget *
deck_subsequence_conditions_page_new (DeckCampaignDraft *draft)
{
  DeckSubsequenceConditionsPage *self;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *limits = adw_preferences_group_new ();
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);

  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  self = g_object_new (DECK_TYPE_SUBSEQUENCE_CONDITIONS_PAGE, NULL);
  self->draft = g_object_ref (draft);

  self->trigger_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->trigger_group, _("Starts When a Lead"));
  adw_preferences_group_set_description (self->trigger_group,
                                         _("Leads of the campaign move into the subsequence when any of these happens"));
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      self->activity_rows[i] = switch_row (self, "lead_activity", &activities[i]);
      adw_preferences_group_add (self->trigger_group, self->activity_rows[i]);
    }
  self->interest_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->interest_row), _("Gets an Interest Status"));
  for (guint i = 0; i < G_N_ELEMENTS (interests); i++)
    {
      self->interest_rows[i] = switch_row (self, "crm_status", &interests[i]);
      adw_expander_row_add_row (self->interest_row, self->interest_rows[i]);
    }
  adw_preferences_group_add (self->trigger_group, GTK_WIDGET (self->interest_row));
  self->reply_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reply_row), _("Replies With Text Containing"));
  g_signal_connect_swapped (self->reply_row, "changed", G_CALLBACK (on_reply_changed), self);
  adw_preferences_group_add (self->trigger_group, GTK_WIDGET (self->reply_row));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->trigger_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (limits), _("Daily Limit"));
  self->mode_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode_row), _("Emails per Day"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row), _("How many emails of the subsequence go out each day"));
  gtk_string_list_append (modes, _("As the Campaign"));
  gtk_string_list_append (modes, _("Custom"));
  gtk_string_list_append (modes, _("Unlimited"));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (on_mode_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (limits), GTK_WIDGET (self->mode_row));
  self->limit_row = ADW_SPIN_ROW (adw_spin_row_new_with_range (1, 100000, 1));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->limit_row), _("Limit"));
  adw_spin_row_set_value (self->limit_row, 50);
  g_signal_connect_swapped (self->limit_row, "notify::value", G_CALLBACK (on_limit_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (limits), GTK_WIDGET (self->limit_row));
  self->ignore_row = ADW_SWITCH_ROW (adw_switch_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ignore_row), _("Ignore the Accounts’ Daily Limits"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->ignore_row),
                               _("Send even when a sending account has reached its own limit"));
  g_signal_connect_swapped (self->ignore_row, "notify::active", G_CALLBACK (on_ignore_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (limits), GTK_WIDGET (self->ignore_row));
  gtk_box_append (GTK_BOX (box), limits);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  deck_subsequence_conditions_page_reload (self);
  return GTK_WIDGET (self);
}

static void
deck_subsequence_conditions_page_dispose (GObject *object)
{
  DeckSubsequenceConditionsPage *self = DECK_SUBSEQUENCE_CONDITIONS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (deck_subsequence_conditions_page_parent_class)->dispose (object);
}

static void
deck_subsequence_conditions_page_class_init (DeckSubsequenceConditionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_subsequence_conditions_page_dispose;
}

static void
deck_subsequence_conditions_page_init (DeckSubsequenceConditionsPage *self)
{
}
