/* deck-campaign-sequence-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-campaign-check.h"
#include "deck-campaign-sequence-page.h"
#include "deck-client-leads.h"

static const char * const delay_units[] = { "minutes", "hours", "days", NULL };
static const char * const triggers[] = { "reply_rate", "click_rate", "open_rate", NULL };

typedef struct
{
  DeckCampaignSequencePage *page;
  guint                     step;
  guint                     variant;     /* the one being edited */
  gboolean                  updating;

  AdwPreferencesGroup      *group;
  AdwSpinRow               *delay_row;
  GtkDropDown              *unit;
  GtkBox                   *variant_box;
  GPtrArray                *variant_buttons;
  AdwEntryRow              *subject;
  GtkTextView              *body;
  GtkWidget                *body_row;
  AdwSwitchRow             *enabled;
  GtkWidget                *remove_variant;
  AdwExpanderRow           *preview;
  GtkLabel                 *preview_subject;
  GtkLabel                 *preview_body;
} StepView;

struct _DeckCampaignSequencePage
{
  AdwBin             parent_instance;

  DeckWorkspace     *workspace;
  DeckCampaignDraft *draft;

  AdwEntryRow       *name_row;
  GtkBox            *steps_box;
  GPtrArray         *steps;        /* StepView */
  AdwExpanderRow    *auto_row;
  AdwComboRow       *trigger_row;
  gboolean           updating;

  GHashTable        *sample;       /* variable → value */
  char              *sample_caption;

  /* The campaign's first leads for the preview (POST /leads/list, one page). */
  AdwComboRow       *lead_row;
  DeckPager         *lead_pager;
  GCancellable      *lead_cancellable;
  GListStore        *leads;        /* DeckLead */
};

G_DEFINE_FINAL_TYPE (DeckCampaignSequencePage, deck_campaign_sequence_page, ADW_TYPE_BIN)

static void
step_view_free (gpointer data)
{
  StepView *view = data;

  g_clear_pointer (&view->variant_buttons, g_ptr_array_unref);
  g_free (view);
}

static guint
unit_index (const char *unit)
{
  for (guint i = 0; delay_units[i] != NULL; i++)
    if (g_strcmp0 (unit, delay_units[i]) == 0)
      return i;
  return 2;
}

static char *
variant_letter (guint variant)
{
  if (variant < 26)
    return g_strdup_printf ("%c", 'A' + variant);
  return g_strdup_printf ("%u", variant + 1);
}

/* ------------------------------------------------------------------ sample lead */

static void
add_value (GHashTable *values,
           const char *name,
           const char *value)
{
  if (value != NULL && *value != '\0')
    g_hash_table_insert (values, g_strdup (name), g_strdup (value));
}

/* The values of the lead chosen in "Preview With". FALSE when there is none. */
static gboolean
build_from_lead (DeckCampaignSequencePage *self)
{
  guint selected = self->lead_row != NULL ? adw_combo_row_get_selected (self->lead_row) : GTK_INVALID_LIST_POSITION;
  g_autoptr(DeckLead) lead = NULL;
  g_auto(GStrv) custom = NULL;
  g_autofree char *name = NULL;
  const char *email;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_list_model_get_n_items (G_LIST_MODEL (self->leads)))
    return FALSE;

  lead = g_list_model_get_item (G_LIST_MODEL (self->leads), selected);
  email = deck_lead_get_email (lead);

  g_hash_table_remove_all (self->sample);
  add_value (self->sample, "email", email);
  add_value (self->sample, "firstName", deck_lead_get_first_name (lead));
  add_value (self->sample, "lastName", deck_lead_get_last_name (lead));
  add_value (self->sample, "companyName", deck_lead_get_company_name (lead));
  add_value (self->sample, "companyDomain", deck_lead_get_company_domain (lead));
  add_value (self->sample, "jobTitle", deck_lead_get_job_title (lead));
  add_value (self->sample, "phone", deck_lead_get_phone (lead));
  add_value (self->sample, "website", deck_lead_get_website (lead));
  add_value (self->sample, "personalization", deck_lead_get_personalization (lead));
  custom = deck_lead_dup_custom_variable_names (lead);
  for (guint i = 0; custom != NULL && custom[i] != NULL; i++)
    {
      g_autofree char *value = deck_lead_dup_custom_variable_text (lead, custom[i]);

      add_value (self->sample, custom[i], value);
    }

  name = deck_lead_dup_display_name (lead);
  g_free (self->sample_caption);
  /* Translators: %s is a lead's name or email */
  self->sample_caption = g_strdup_printf (_("With the values of %s, a lead of the campaign"), name);
  return TRUE;
}

/* Without a lead (a new campaign, or one without leads) the preview uses a lead
 * made from the workspace's first account, and says so. */
static void
build_sample (DeckCampaignSequencePage *self)
{
  GListModel *accounts = deck_workspace_get_accounts (self->workspace);
  g_autoptr(DeckAccount) account = NULL;
  const char *email = "alex@example.com";
  const char *first = "Alex";
  const char *last = "Doe";
  g_autofree char *domain = NULL;
  g_autofree char *company = NULL;

  if (build_from_lead (self))
    return;

  g_hash_table_remove_all (self->sample);

  if (g_list_model_get_n_items (accounts) > 0)
    {
      account = g_list_model_get_item (accounts, 0);
      email = deck_account_get_email (account);
      if (deck_account_get_first_name (account) != NULL && *deck_account_get_first_name (account))
        first = deck_account_get_first_name (account);
      if (deck_account_get_last_name (account) != NULL && *deck_account_get_last_name (account))
        last = deck_account_get_last_name (account);
    }

  domain = g_strdup (strchr (email, '@') != NULL ? strchr (email, '@') + 1 : "example.com");
  company = g_strndup (domain, strcspn (domain, "."));
  if (company[0] != '\0')
    company[0] = g_ascii_toupper (company[0]);

  g_hash_table_insert (self->sample, g_strdup ("firstName"), g_strdup (first));
  g_hash_table_insert (self->sample, g_strdup ("lastName"), g_strdup (last));
  g_hash_table_insert (self->sample, g_strdup ("email"), g_strdup (email));
  g_hash_table_insert (self->sample, g_strdup ("companyName"), g_strdup (company));
  g_hash_table_insert (self->sample, g_strdup ("companyDomain"), g_strdup (domain));
  g_hash_table_insert (self->sample, g_strdup ("website"), g_strdup_printf ("https://%s", domain));

  g_free (self->sample_caption);
  if (account != NULL)
    self->sample_caption = g_strdup_printf (_("With the values of a sample lead made from %s (the campaign has no leads to show)"),
                                            email);
  else
    self->sample_caption = g_strdup (_("With the values of a made-up sample lead (the campaign has no leads to show)"));
}

static void update_preview (StepView *view);

static void
refresh_previews (DeckCampaignSequencePage *self)
{
  build_sample (self);
  for (guint i = 0; i < self->steps->len; i++)
    update_preview (g_ptr_array_index (self->steps, i));
}

/* ------------------------------------------------------------------ leads */

#define N_PREVIEW_LEADS 20

static const char *
campaign_id (DeckCampaignSequencePage *self)
{
  DeckCampaign *campaign = deck_campaign_draft_get_campaign (self->draft);
  DeckSubsequence *subsequence = deck_campaign_draft_get_subsequence (self->draft);

  /* A subsequence mails its campaign's leads. */
  if (subsequence != NULL)
    return deck_subsequence_get_parent_campaign (subsequence);
  return campaign != NULL ? deck_campaign_get_id (campaign) : NULL;
}

static void
show_leads (DeckCampaignSequencePage *self)
{
  GListModel *model = deck_pager_get_model (self->lead_pager);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = MIN (g_list_model_get_n_items (model), N_PREVIEW_LEADS);

  g_list_store_remove_all (self->leads);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckLead) lead = g_list_model_get_item (model, i);
      g_autofree char *name = deck_lead_dup_display_name (lead);

      g_list_store_append (self->leads, lead);
      gtk_string_list_append (names, name);
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->lead_row, n > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->lead_row), n > 0);
  refresh_previews (self);
}

static void
on_lead_pages (DeckCampaignSequencePage *self)
{
  /* One page is all the picker shows. */
  if (deck_pager_get_n_pages (self->lead_pager) >= 1)
    g_cancellable_cancel (self->lead_cancellable);
}

static void
on_leads_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DeckCampaignSequencePage) self = user_data;
  g_autoptr(GError) error = NULL;

  deck_pager_load_finish (DECK_PAGER (source), result, &error);

  /* Disposed meanwhile, or a newer load. */
  if (self->draft == NULL || self->lead_pager != DECK_PAGER (source))
    return;

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Loading leads for the preview failed: %s", error->message);

  show_leads (self);
}

static void
load_leads (DeckCampaignSequencePage *self)
{
  const char *id = campaign_id (self);
  g_autoptr(DeckLeadQuery) query = NULL;

  if (id == NULL || self->lead_pager != NULL)
    return;

  query = deck_lead_query_new ();
  query->campaign = g_strdup (id);
  self->lead_pager = deck_client_list_leads (deck_workspace_get_client (self->workspace), query);
  deck_pager_set_page_size (self->lead_pager, N_PREVIEW_LEADS);
  self->lead_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->lead_pager, "notify::n-pages", G_CALLBACK (on_lead_pages),
                           self, G_CONNECT_SWAPPED);
  deck_pager_load_async (self->lead_pager, self->lead_cancellable, on_leads_loaded, g_object_ref (self));
}

static void
on_lead_selected (DeckCampaignSequencePage *self)
{
  if (!self->updating)
    refresh_previews (self);
}

/* ------------------------------------------------------------------ step views */

static void
update_preview (StepView *view)
{
  DeckCampaignSequencePage *self = view->page;
  const char *subject = deck_campaign_draft_get_subject (self->draft, view->step, view->variant);
  g_autofree char *body_text = deck_campaign_body_to_text (deck_campaign_draft_get_body (self->draft, view->step, view->variant));
  g_autofree char *rendered_subject = deck_campaign_render_preview (subject, self->sample);
  g_autofree char *rendered_body = deck_campaign_render_preview (body_text, self->sample);
  g_autofree char *letter = variant_letter (view->variant);
  g_autofree char *title = g_strdup_printf (_("Preview of Variant %s"), letter);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->preview), title);
  adw_expander_row_set_subtitle (view->preview, self->sample_caption);
  gtk_label_set_text (view->preview_subject,
                      rendered_subject[0] != '\0' ? rendered_subject : _("(no subject)"));
  gtk_label_set_text (view->preview_body, rendered_body);
}

static void
update_variant_buttons (StepView *view)
{
  DeckCampaignSequencePage *self = view->page;

  for (guint i = 0; i < view->variant_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (view->variant_buttons, i);
      gboolean disabled = deck_campaign_draft_get_variant_disabled (self->draft, view->step, i);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == view->variant);
      if (disabled)
        gtk_widget_add_css_class (button, "dim-label");
      else
        gtk_widget_remove_css_class (button, "dim-label");
    }
}

/* Fills the variant editor from the draft for the selected variant. */
static void
show_variant (StepView *view)
{
  DeckCampaignSequencePage *self = view->page;
  g_autofree char *text = deck_campaign_body_to_text (deck_campaign_draft_get_body (self->draft, view->step, view->variant));
  g_autofree char *letter = variant_letter (view->variant);
  g_autofree char *remove = g_strdup_printf (_("Remove Variant %s"), letter);
  const char *subject = deck_campaign_draft_get_subject (self->draft, view->step, view->variant);

  view->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (view->subject), subject != NULL ? subject : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view->body), text, -1);
  adw_switch_row_set_active (view->enabled,
                             !deck_campaign_draft_get_variant_disabled (self->draft, view->step, view->variant));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->remove_variant), remove);
  gtk_widget_set_visible (view->remove_variant,
                          deck_campaign_draft_get_n_variants (self->draft, view->step) > 1);
  update_variant_buttons (view);
  view->updating = FALSE;

  update_preview (view);
}

static void
on_variant_toggled (GtkToggleButton *button,
                    StepView        *view)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "variant"));

  if (view->updating || !gtk_toggle_button_get_active (button) || index == view->variant)
    return;

  view->variant = index;
  show_variant (view);
}

static void
on_subject_changed (GtkEditable *editable,
                    StepView    *view)
{
  if (view->updating)
    return;

  deck_campaign_draft_set_subject (view->page->draft, view->step, view->variant,
                                   gtk_editable_get_text (editable));
  update_preview (view);
}

static void
on_body_changed (GtkTextBuffer *buffer,
                 StepView      *view)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  if (view->updating)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  html = deck_campaign_body_from_text (text);
  deck_campaign_draft_set_body (view->page->draft, view->step, view->variant, html);
  update_preview (view);
}

static void
on_enabled_changed (AdwSwitchRow *row,
                    GParamSpec   *pspec,
                    StepView     *view)
{
  if (view->updating)
    return;

  deck_campaign_draft_set_variant_disabled (view->page->draft, view->step, view->variant,
                                            !adw_switch_row_get_active (row));
  update_variant_buttons (view);
}

static char *step_description (DeckCampaignSequencePage *self,
                               guint                     step);

static void
on_delay_changed (StepView *view)
{
  guint unit;

  if (view->updating)
    return;

  unit = gtk_drop_down_get_selected (view->unit);
  deck_campaign_draft_set_step_delay (view->page->draft, view->step,
                                      (guint) adw_spin_row_get_value (view->delay_row),
                                      delay_units[MIN (unit, 2)]);

  /* The next step says when it is sent. */
  if (view->step + 1 < view->page->steps->len)
    {
      StepView *next = g_ptr_array_index (view->page->steps, view->step + 1);
      g_autofree char *description = step_description (view->page, next->step);

      adw_preferences_group_set_description (next->group, description);
    }
}

static GMenuModel *
build_variable_menu (DeckCampaignSequencePage *self,
                     guint                     step,
                     const char               *target)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) standard = g_menu_new ();
  g_autoptr(GMenu) custom = g_menu_new ();
  const char * const *names = deck_campaign_standard_variables ();
  JsonObject *json = deck_campaign_draft_get_json (self->draft);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = g_strdup_printf ("{{%s}}", names[i]);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "sequence.insert-variable",
                                               g_variant_new ("(uss)", step, target, names[i]));
      g_menu_append_item (standard, item);
    }
  g_menu_append_section (menu, _("Lead Fields"), G_MENU_MODEL (standard));

  if (json_object_has_member (json, "custom_variables") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (json, "custom_variables")))
    {
      JsonObject *vars = json_object_get_object_member (json, "custom_variables");
      g_autoptr(GList) keys = json_object_get_members (vars);

      for (GList *l = keys; l != NULL; l = l->next)
        {
          g_autoptr(GMenuItem) item = NULL;
          g_autofree char *label = g_strdup_printf ("{{%s}}", (const char *) l->data);

          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (item, "sequence.insert-variable",
                                                   g_variant_new ("(uss)", step, target, (const char *) l->data));
          g_menu_append_item (custom, item);
        }
      if (keys != NULL)
        g_menu_append_section (menu, _("Campaign Variables"), G_MENU_MODEL (custom));
    }

  return G_MENU_MODEL (menu);
}

static GtkWidget *
variable_button (DeckCampaignSequencePage *self,
                 guint                     step,
                 const char               *target)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = build_variable_menu (self, step, target);
  const char *tooltip = g_str_equal (target, "subject")
                        ? _("Insert a Variable in the Subject")
                        : _("Insert a Variable in the Body");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "insert-text-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static char *
step_description (DeckCampaignSequencePage *self,
                  guint                     step)
{
  guint delay;
  const char *unit;

  if (step == 0)
    return g_strdup (_("Sent first, when the lead enters the campaign"));

  delay = deck_campaign_draft_get_step_delay (self->draft, step - 1);
  unit = deck_campaign_draft_get_step_delay_unit (self->draft, step - 1);
  if (g_strcmp0 (unit, "minutes") == 0)
    return g_strdup_printf (ngettext ("Sent %u minute after step %u",
                                         "Sent %u minutes after step %u", delay), delay, step);
  if (g_strcmp0 (unit, "hours") == 0)
    return g_strdup_printf (ngettext ("Sent %u hour after step %u",
                                         "Sent %u hours after step %u", delay), delay, step);
  return g_strdup_printf (ngettext ("Sent %u day after step %u",
                                       "Sent %u days after step %u", delay), delay, step);
}

static void
build_variant_buttons (StepView *view)
{
  DeckCampaignSequencePage *self = view->page;
  guint n = deck_campaign_draft_get_n_variants (self->draft, view->step);
  GtkWidget *child;
  GtkToggleButton *first = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (view->variant_box))) != NULL)
    gtk_box_remove (view->variant_box, child);
  g_ptr_array_set_size (view->variant_buttons, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *letter = variant_letter (i);
      g_autofree char *label = g_strdup_printf (_("Variant %s"), letter);
      GtkWidget *button = gtk_toggle_button_new_with_label (letter);

      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (button), "variant", GUINT_TO_POINTER (i));
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      g_signal_connect (button, "toggled", G_CALLBACK (on_variant_toggled), view);
      gtk_box_append (view->variant_box, button);
      g_ptr_array_add (view->variant_buttons, button);
    }

  gtk_box_append (view->variant_box,
                  icon_button ("list-add-symbolic", _("Add Variant"),
                               "sequence.add-variant", g_variant_new_uint32 (view->step)));
}

static gboolean
focus_widget_idle (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_get_root (widget) != NULL)
    gtk_widget_grab_focus (widget);
  return G_SOURCE_REMOVE;
}

static StepView *
build_step (DeckCampaignSequencePage *self,
            guint                     step,
            guint                     n_steps)
{
  StepView *view = g_new0 (StepView, 1);
  g_autofree char *title = g_strdup_printf (_("Step %u"), step + 1);
  g_autofree char *description = step_description (self, step);
  g_autoptr(GtkStringList) units = gtk_string_list_new (NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *variants_row = adw_action_row_new ();
  GtkWidget *body_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *body_header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *body_label = gtk_label_new (_("Body"));
  GtkWidget *preview_row = gtk_list_box_row_new ();
  GtkWidget *preview_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *up, *down, *remove;
  const char *unit;

  view->page = self;
  view->step = step;
  view->variant_buttons = g_ptr_array_new ();

  view->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (view->group, title);
  adw_preferences_group_set_description (view->group, description);

  up = icon_button ("go-up-symbolic", _("Move Step Up"), "sequence.move-step",
                    g_variant_new ("(ui)", step, -1));
  down = icon_button ("go-down-symbolic", _("Move Step Down"), "sequence.move-step",
                      g_variant_new ("(ui)", step, 1));
  remove = icon_button ("user-trash-symbolic", _("Remove Step"), "sequence.remove-step",
                        g_variant_new_uint32 (step));
  gtk_widget_set_sensitive (up, step > 0);
  gtk_widget_set_sensitive (down, step + 1 < n_steps);
  gtk_box_append (GTK_BOX (header), up);
  gtk_box_append (GTK_BOX (header), down);
  gtk_box_append (GTK_BOX (header), remove);
  adw_preferences_group_set_header_suffix (view->group, header);

  /* The wait after this step, before the next email (the spec's delay). */
  view->delay_row = ADW_SPIN_ROW (adw_spin_row_new_with_range (0, 999, 1));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->delay_row), _("Wait Before the Next Email"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (view->delay_row),
                               step + 1 < n_steps ? _("Before the next step is sent")
                                                  : _("Kept for steps added later"));
  adw_spin_row_set_value (view->delay_row, deck_campaign_draft_get_step_delay (self->draft, step));
  gtk_string_list_append (units, _("Minutes"));
  gtk_string_list_append (units, _("Hours"));
  gtk_string_list_append (units, _("Days"));
  view->unit = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (units)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (view->unit), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view->unit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unit of the Wait"), -1);
  unit = deck_campaign_draft_get_step_delay_unit (self->draft, step);
  gtk_drop_down_set_selected (view->unit, unit_index (unit));
  adw_action_row_add_suffix (ADW_ACTION_ROW (view->delay_row), GTK_WIDGET (view->unit));
  g_signal_connect_swapped (view->delay_row, "notify::value", G_CALLBACK (on_delay_changed), view);
  g_signal_connect_swapped (view->unit, "notify::selected", G_CALLBACK (on_delay_changed), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->delay_row));

  /* Variants A, B, C…: recipients get one of the enabled ones. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (variants_row), _("Variants"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (variants_row), _("Each lead gets one of the enabled variants"));
  view->variant_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_widget_add_css_class (GTK_WIDGET (view->variant_box), "linked");
  gtk_widget_set_valign (GTK_WIDGET (view->variant_box), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (variants_row), GTK_WIDGET (view->variant_box));
  adw_preferences_group_add (view->group, variants_row);
  build_variant_buttons (view);

  view->subject = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->subject), _("Subject"));
  adw_entry_row_add_suffix (view->subject, variable_button (self, step, "subject"));
  g_signal_connect (view->subject, "changed", G_CALLBACK (on_subject_changed), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->subject));

  /* The body as plain text; the draft keeps the HTML the API wants. */
  view->body_row = adw_preferences_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->body_row), _("Body"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (view->body_row), FALSE);
  gtk_widget_add_css_class (body_label, "dim-label");
  gtk_widget_add_css_class (body_label, "caption");
  gtk_label_set_xalign (GTK_LABEL (body_label), 0);
  gtk_widget_set_hexpand (body_label, TRUE);
  gtk_box_append (GTK_BOX (body_header), body_label);
  gtk_box_append (GTK_BOX (body_header), variable_button (self, step, "body"));
  view->body = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (view->body, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view->body, FALSE);
  gtk_text_view_set_top_margin (view->body, 6);
  gtk_text_view_set_bottom_margin (view->body, 6);
  gtk_widget_set_size_request (GTK_WIDGET (view->body), -1, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view->body),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body"), -1);
  g_signal_connect (gtk_text_view_get_buffer (view->body), "changed", G_CALLBACK (on_body_changed), view);
  gtk_widget_set_margin_start (body_box, 12);
  gtk_widget_set_margin_end (body_box, 12);
  gtk_widget_set_margin_top (body_box, 6);
  gtk_widget_set_margin_bottom (body_box, 12);
  gtk_box_append (GTK_BOX (body_box), body_header);
  gtk_box_append (GTK_BOX (body_box), GTK_WIDGET (view->body));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (view->body_row), body_box);
  adw_preferences_group_add (view->group, view->body_row);

  view->enabled = ADW_SWITCH_ROW (adw_switch_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->enabled), _("Send This Variant"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (view->enabled), _("A disabled variant is kept but not sent"));
  g_signal_connect (view->enabled, "notify::active", G_CALLBACK (on_enabled_changed), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->enabled));

  view->remove_variant = adw_button_row_new ();
  gtk_widget_add_css_class (view->remove_variant, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (view->remove_variant), "sequence.remove-variant");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (view->remove_variant),
                                          g_variant_new_uint32 (step));
  adw_preferences_group_add (view->group, view->remove_variant);

  /* A live preview of the variant being edited, with a lead's values. */
  view->preview = ADW_EXPANDER_ROW (adw_expander_row_new ());
  view->preview_subject = GTK_LABEL (gtk_label_new (NULL));
  view->preview_body = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (view->preview_subject), "heading");
  for (GtkLabel *label = view->preview_subject; label != NULL;
       label = label == view->preview_subject ? view->preview_body : NULL)
    {
      gtk_label_set_xalign (label, 0);
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (label, TRUE);
      gtk_box_append (GTK_BOX (preview_box), GTK_WIDGET (label));
    }
  gtk_widget_set_margin_start (preview_box, 12);
  gtk_widget_set_margin_end (preview_box, 12);
  gtk_widget_set_margin_top (preview_box, 12);
  gtk_widget_set_margin_bottom (preview_box, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (preview_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (preview_row), preview_box);
  adw_expander_row_add_row (view->preview, preview_row);
  adw_expander_row_set_expanded (view->preview, TRUE);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->preview));

  show_variant (view);
  return view;
}

static void
update_auto_variant (DeckCampaignSequencePage *self)
{
  JsonObject *json = deck_campaign_draft_get_json (self->draft);
  JsonNode *node = json_object_get_member (json, "auto_variant_select");
  const char *trigger = NULL;
  guint selected = 0;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    trigger = json_object_get_string_member_with_default (json_node_get_object (node), "trigger", NULL);
  for (guint i = 0; triggers[i] != NULL; i++)
    if (g_strcmp0 (trigger, triggers[i]) == 0)
      selected = i;

  self->updating = TRUE;
  adw_expander_row_set_enable_expansion (self->auto_row, node != NULL && JSON_NODE_HOLDS_OBJECT (node));
  adw_combo_row_set_selected (self->trigger_row, selected);
  self->updating = FALSE;
}

static void
on_auto_variant_changed (DeckCampaignSequencePage *self)
{
  g_autoptr(JsonNode) node = NULL;
  JsonNode *original;

  if (self->updating)
    return;

  original = deck_campaign_draft_get_original_member (self->draft, "auto_variant_select");

  if (adw_expander_row_get_enable_expansion (self->auto_row))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      guint selected = adw_combo_row_get_selected (self->trigger_row);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "trigger");
      json_builder_add_string_value (builder, triggers[MIN (selected, 2)]);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
    }
  else if (original != NULL)
    {
      /* Turned off: null on the server (or as it was, when it was null). */
      node = json_node_new (JSON_NODE_NULL);
    }

  /* set_member() copies the node. */
  if (node != NULL && original != NULL && json_node_equal (node, original))
    deck_campaign_draft_set_member (self->draft, "auto_variant_select", original);
  else
    deck_campaign_draft_set_member (self->draft, "auto_variant_select", node);
}

/* ------------------------------------------------------------------ actions */

static void
insert_variable (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step;
  const char *target, *name;
  g_autofree char *tag = NULL;
  StepView *view;

  g_variant_get (parameter, "(u&s&s)", &step, &target, &name);
  if (step >= self->steps->len)
    return;

  view = g_ptr_array_index (self->steps, step);
  tag = g_strdup_printf ("{{%s}}", name);

  if (g_str_equal (target, "subject"))
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (view->subject));

      gtk_editable_insert_text (GTK_EDITABLE (view->subject), tag, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (view->subject), position);
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_widget_idle, g_object_ref (view->subject), g_object_unref);
    }
  else
    {
      gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view->body), tag, -1);
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_widget_idle, g_object_ref (view->body), g_object_unref);
    }
}

static void
add_step (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step = deck_campaign_draft_add_step (self->draft);

  deck_campaign_sequence_page_reload (self);
  deck_campaign_sequence_page_locate (self, "sequences", step, 0, "subject", TRUE);
}

static void
remove_step (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step = g_variant_get_uint32 (parameter);

  if (step >= deck_campaign_draft_get_n_steps (self->draft))
    return;

  deck_campaign_draft_remove_step (self->draft, step);
  deck_campaign_sequence_page_reload (self);
}

static void
move_step (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step;
  int direction;
  guint n = deck_campaign_draft_get_n_steps (self->draft);

  g_variant_get (parameter, "(ui)", &step, &direction);
  if (step >= n || (direction < 0 && step == 0) || (direction > 0 && step + 1 >= n))
    return;

  deck_campaign_draft_move_step (self->draft, step, step + direction);
  deck_campaign_sequence_page_reload (self);
}

static void
add_variant (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step = g_variant_get_uint32 (parameter);
  guint variant;

  if (step >= self->steps->len)
    return;

  variant = deck_campaign_draft_add_variant (self->draft, step);
  deck_campaign_sequence_page_locate (self, "sequences", step, variant, "subject", TRUE);
}

static void
remove_variant (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (widget);
  guint step = g_variant_get_uint32 (parameter);
  StepView *view;

  if (step >= self->steps->len)
    return;

  view = g_ptr_array_index (self->steps, step);
  if (deck_campaign_draft_get_n_variants (self->draft, step) < 2)
    return;

  deck_campaign_draft_remove_variant (self->draft, step, view->variant);
  view->variant = MIN (view->variant, deck_campaign_draft_get_n_variants (self->draft, step) - 1);
  build_variant_buttons (view);
  show_variant (view);
}

/* ------------------------------------------------------------------ public */

void
deck_campaign_sequence_page_reload (DeckCampaignSequencePage *self)
{
  GtkWidget *child;
  guint n;
  const char *name;

  g_return_if_fail (DECK_IS_CAMPAIGN_SEQUENCE_PAGE (self));

  build_sample (self);

  name = json_object_get_string_member_with_default (deck_campaign_draft_get_json (self->draft), "name", "");
  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  self->updating = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  g_ptr_array_set_size (self->steps, 0);

  n = deck_campaign_draft_get_n_steps (self->draft);
  for (guint i = 0; i < n; i++)
    {
      StepView *view = build_step (self, i, n);

      g_ptr_array_add (self->steps, view);
      gtk_box_append (self->steps_box, GTK_WIDGET (view->group));
    }

  if (n == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "mail-send-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Emails Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Add the first step: the email each lead gets first."));
      gtk_widget_add_css_class (status, "compact");
      gtk_box_append (self->steps_box, status);
    }

  update_auto_variant (self);
}

static GtkWidget *
focus_row (GtkWidget *widget,
           gboolean   focus)
{
  if (focus && widget != NULL)
    {
      gtk_widget_grab_focus (widget);
      /* A freshly built page is not mapped yet: focus once it is. */
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_widget_idle, g_object_ref (widget), g_object_unref);
    }
  return widget;
}

GtkWidget *
deck_campaign_sequence_page_locate (DeckCampaignSequencePage *self,
                                    const char               *field,
                                    int                       index,
                                    int                       sub,
                                    const char               *detail,
                                    gboolean                  focus)
{
  StepView *view;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_SEQUENCE_PAGE (self), NULL);

  if (g_strcmp0 (field, "name") == 0)
    return focus_row (GTK_WIDGET (self->name_row), focus);
  if (g_strcmp0 (field, "auto_variant_select") == 0)
    return focus_row (GTK_WIDGET (self->auto_row), focus);
  if (g_strcmp0 (field, "sequences") != 0)
    return NULL;

  if (self->steps->len == 0)
    return NULL;
  view = g_ptr_array_index (self->steps, index >= 0 && (guint) index < self->steps->len ? (guint) index : 0);

  if (sub >= 0 && (guint) sub < deck_campaign_draft_get_n_variants (self->draft, view->step) &&
      (guint) sub != view->variant)
    {
      view->variant = sub;
      if (view->variant_buttons->len != deck_campaign_draft_get_n_variants (self->draft, view->step))
        build_variant_buttons (view);
      show_variant (view);
    }
  else if (view->variant_buttons->len != deck_campaign_draft_get_n_variants (self->draft, view->step))
    {
      build_variant_buttons (view);
      show_variant (view);
    }

  if (g_strcmp0 (detail, "body") == 0)
    return focus_row (GTK_WIDGET (view->body), focus);
  if (g_strcmp0 (detail, "delay") == 0 || g_strcmp0 (detail, "delay_unit") == 0)
    return focus_row (GTK_WIDGET (view->delay_row), focus);
  if (g_strcmp0 (detail, "v_disabled") == 0)
    return focus_row (GTK_WIDGET (view->enabled), focus);
  if (g_strcmp0 (detail, "preview") == 0)
    return GTK_WIDGET (view->preview_body);
  return focus_row (GTK_WIDGET (view->subject), focus);
}

GListModel *
deck_campaign_sequence_page_get_preview_leads (DeckCampaignSequencePage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_SEQUENCE_PAGE (self), NULL);

  return G_LIST_MODEL (self->leads);
}

GtkWidget *
deck_campaign_sequence_page_get_lead_row (DeckCampaignSequencePage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_SEQUENCE_PAGE (self), NULL);

  return GTK_WIDGET (self->lead_row);
}

/* ------------------------------------------------------------------ GObject */

static void
on_name_changed (GtkEditable              *editable,
                 DeckCampaignSequencePage *self)
{
  if (!self->updating)
    deck_campaign_draft_set_name (self->draft, gtk_editable_get_text (editable));
}

static void
on_accounts_changed (DeckCampaignSequencePage *self)
{
  refresh_previews (self);
}

GtkWidget *
deck_campaign_sequence_page_new (DeckWorkspace     *workspace,
                                 DeckCampaignDraft *draft)
{
  DeckCampaignSequencePage *self;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *name_group = adw_preferences_group_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_row = adw_button_row_new ();
  GtkWidget *auto_group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) trigger_names = gtk_string_list_new (NULL);

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_SEQUENCE_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->draft = g_object_ref (draft);

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 deck_campaign_draft_get_subsequence (draft) != NULL ? _("Subsequence Name")
                                                                                     : _("Campaign Name"));
  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (name_group), GTK_WIDGET (self->name_row));
  self->lead_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lead_row), _("Preview With"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->lead_row), _("A lead of the campaign fills in the variables"));
  adw_combo_row_set_enable_search (self->lead_row, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->lead_row), FALSE);
  g_signal_connect_swapped (self->lead_row, "notify::selected", G_CALLBACK (on_lead_selected), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (name_group), GTK_WIDGET (self->lead_row));
  gtk_box_append (GTK_BOX (box), name_group);

  self->steps_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->steps_box));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add Step"));
  adw_button_row_set_start_icon_name (ADW_BUTTON_ROW (add_row), "list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_row), "sequence.add-step");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_row);
  gtk_box_append (GTK_BOX (box), add_group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (auto_group), _("Automatic Variant Selection"));
  self->auto_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->auto_row), _("Pick the Best Variant"));
  adw_expander_row_set_subtitle (self->auto_row,
                                 _("Instantly sends more of the variant that performs best"));
  adw_expander_row_set_show_enable_switch (self->auto_row, TRUE);
  self->trigger_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->trigger_row), _("Measured By"));
  gtk_string_list_append (trigger_names, _("Reply Rate"));
  gtk_string_list_append (trigger_names, _("Click Rate"));
  gtk_string_list_append (trigger_names, _("Open Rate"));
  adw_combo_row_set_model (self->trigger_row, G_LIST_MODEL (trigger_names));
  adw_expander_row_add_row (self->auto_row, GTK_WIDGET (self->trigger_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (auto_group), GTK_WIDGET (self->auto_row));
  gtk_box_append (GTK_BOX (box), auto_group);
  g_signal_connect_swapped (self->auto_row, "notify::enable-expansion",
                            G_CALLBACK (on_auto_variant_changed), self);
  g_signal_connect_swapped (self->trigger_row, "notify::selected",
                            G_CALLBACK (on_auto_variant_changed), self);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  g_signal_connect_object (deck_workspace_get_accounts (workspace), "items-changed",
                           G_CALLBACK (on_accounts_changed), self, G_CONNECT_SWAPPED);

  deck_campaign_sequence_page_reload (self);
  load_leads (self);
  return GTK_WIDGET (self);
}

static void
deck_campaign_sequence_page_dispose (GObject *object)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (object);

  g_cancellable_cancel (self->lead_cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->lead_row = NULL;
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_object (&self->lead_pager);
  g_clear_object (&self->lead_cancellable);
  g_clear_object (&self->leads);
  g_clear_object (&self->draft);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_campaign_sequence_page_parent_class)->dispose (object);
}

static void
deck_campaign_sequence_page_finalize (GObject *object)
{
  DeckCampaignSequencePage *self = DECK_CAMPAIGN_SEQUENCE_PAGE (object);

  g_clear_pointer (&self->sample, g_hash_table_unref);
  g_free (self->sample_caption);

  G_OBJECT_CLASS (deck_campaign_sequence_page_parent_class)->finalize (object);
}

static void
deck_campaign_sequence_page_class_init (DeckCampaignSequencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_campaign_sequence_page_dispose;
  object_class->finalize = deck_campaign_sequence_page_finalize;

  gtk_widget_class_install_action (widget_class, "sequence.add-step", NULL, add_step);
  gtk_widget_class_install_action (widget_class, "sequence.remove-step", "u", remove_step);
  gtk_widget_class_install_action (widget_class, "sequence.move-step", "(ui)", move_step);
  gtk_widget_class_install_action (widget_class, "sequence.add-variant", "u", add_variant);
  gtk_widget_class_install_action (widget_class, "sequence.remove-variant", "u", remove_variant);
  gtk_widget_class_install_action (widget_class, "sequence.insert-variable", "(uss)", insert_variable);
}

static void
deck_campaign_sequence_page_init (DeckCampaignSequencePage *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_view_free);
  self->sample = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->leads = g_list_store_new (DECK_TYPE_LEAD);
}
