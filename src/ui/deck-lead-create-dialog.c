/* deck-lead-create-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-create-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-client-leads.h"
#include "deck-lead-create-dialog.h"
#include "deck-lead-util.h"

static const struct {
  const char *field;
  const char *title;
} fields[] = {
  { "email", N_("_Email") },
  { "first_name", N_("_First Name") },
  { "last_name", N_("_Last Name") },
  { "company_name", N_("_Company") },
  { "job_title", N_("_Job Title") },
  { "phone", N_("_Phone") },
  { "website", N_("_Website") },
  { "personalization", N_("P_ersonalization") },
};

typedef struct
{
  gboolean  is_list;
  char     *id;
} Destination;

struct _DeckLeadCreateDialog
{
  AdwDialog       parent_instance;

  DeckWorkspace  *workspace;
  DeckLeadSet    *lead_set;
  GCancellable   *cancellable;
  GArray         *destinations;
  gboolean        busy;

  AdwComboRow    *destination_row;
  AdwEntryRow    *rows[G_N_ELEMENTS (fields)];
  AdwSwitchRow   *skip_row;
  GtkLabel       *problem_label;
  GtkButton      *add_button;
};

G_DEFINE_FINAL_TYPE (DeckLeadCreateDialog, deck_lead_create_dialog, ADW_TYPE_DIALOG)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
destination_clear (gpointer data)
{
  Destination *destination = data;

  g_clear_pointer (&destination->id, g_free);
}

static char *
dup_field (DeckLeadCreateDialog *self,
           guint                 i)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[i]))));
}

static const Destination *
get_destination (DeckLeadCreateDialog *self)
{
  guint position = adw_combo_row_get_selected (self->destination_row);

  if (position >= self->destinations->len)
    return NULL;
  return &g_array_index (self->destinations, Destination, position);
}

static gboolean
email_looks_valid (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '.') != NULL &&
         strchr (email, ' ') == NULL && at[1] != '.';
}

char *
deck_lead_create_dialog_dup_problem (DeckLeadCreateDialog *self)
{
  const Destination *destination;
  g_autofree char *email = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (DECK_IS_LEAD_CREATE_DIALOG (self), NULL);

  destination = get_destination (self);
  email = dup_field (self, 0);
  first = dup_field (self, 1);
  last = dup_field (self, 2);

  if (destination == NULL)
    return g_strdup (_("Choose the campaign or list the lead goes to."));
  /* The spec's rules for POST /leads. */
  if (!destination->is_list && *email == '\0')
    return g_strdup (_("A lead in a campaign needs an email address."));
  if (destination->is_list && *email == '\0' && *first == '\0' && *last == '\0')
    return g_strdup (_("A lead in a list needs an email address or a name."));
  if (*email != '\0' && !email_looks_valid (email))
    return g_strdup (_("The email address is not complete (name@example.com)."));

  return NULL;
}

static void
update_problem (DeckLeadCreateDialog *self)
{
  g_autofree char *problem = deck_lead_create_dialog_dup_problem (self);

  gtk_label_set_label (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), problem == NULL && !self->busy);
}

void
deck_lead_create_dialog_set_field (DeckLeadCreateDialog *self,
                                   const char           *field,
                                   const char           *value)
{
  g_return_if_fail (DECK_IS_LEAD_CREATE_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value ? value : "");
}

static void
create_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DeckLeadCreateDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) lead = NULL;
  AdwToast *toast;

  lead = deck_client_create_lead_finish (DECK_CLIENT (source), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->busy = FALSE;
  update_problem (self);

  if (lead == NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      /* Translators: %s says why */
      g_autofree char *text = g_strdup_printf (_("Could not add the lead: %s"), reason);

      gtk_label_set_label (self->problem_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  if (self->lead_set != NULL)
    {
      DeckLeadScope scope = deck_lead_set_get_scope (self->lead_set);
      const char *scope_id = deck_lead_set_get_scope_id (self->lead_set);

      /* Only a lead that belongs to the view joins it. */
      if (scope == DECK_LEAD_SCOPE_WORKSPACE ||
          (scope == DECK_LEAD_SCOPE_CAMPAIGN && g_strcmp0 (deck_lead_get_campaign (lead), scope_id) == 0) ||
          (scope == DECK_LEAD_SCOPE_LIST && g_strcmp0 (deck_lead_get_list_id (lead), scope_id) == 0))
        deck_lead_set_add_lead (self->lead_set, lead);
    }

  {
    g_autofree char *label = deck_lead_util_dup_label (lead);
    /* Translators: %s is the new lead's email or name */
    g_autofree char *text = g_strdup_printf (_("Lead %s added"), label);

    toast = adw_toast_new (text);
    adw_toast_set_use_markup (toast, FALSE);
    g_signal_emit (self, signals[TOAST], 0, toast);
    g_object_unref (g_object_ref_sink (toast));
  }

  adw_dialog_force_close (ADW_DIALOG (self));
}

void
deck_lead_create_dialog_submit (DeckLeadCreateDialog *self)
{
  g_autoptr(JsonObject) body = NULL;
  g_autofree char *problem = NULL;
  const Destination *destination;

  g_return_if_fail (DECK_IS_LEAD_CREATE_DIALOG (self));

  problem = deck_lead_create_dialog_dup_problem (self);
  if (problem != NULL || self->busy)
    {
      update_problem (self);
      return;
    }

  destination = get_destination (self);
  body = json_object_new ();
  /* The single-lead create calls the campaign "campaign", not "campaign_id". */
  json_object_set_string_member (body, destination->is_list ? "list_id" : "campaign", destination->id);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = dup_field (self, i);

      if (*value != '\0')
        json_object_set_string_member (body, fields[i].field, value);
    }
  if (adw_switch_row_get_active (self->skip_row))
    json_object_set_boolean_member (body, "skip_if_in_workspace", TRUE);

  self->busy = TRUE;
  update_problem (self);
  deck_client_create_lead_async (deck_workspace_get_client (self->workspace), body,
                                 self->cancellable, create_cb, g_object_ref (self));
}

static void
on_add_clicked (DeckLeadCreateDialog *self)
{
  deck_lead_create_dialog_submit (self);
}

static void
deck_lead_create_dialog_dispose (GObject *object)
{
  DeckLeadCreateDialog *self = DECK_LEAD_CREATE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->lead_set);

  G_OBJECT_CLASS (deck_lead_create_dialog_parent_class)->dispose (object);
}

static void
deck_lead_create_dialog_finalize (GObject *object)
{
  DeckLeadCreateDialog *self = DECK_LEAD_CREATE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->destinations, g_array_unref);

  G_OBJECT_CLASS (deck_lead_create_dialog_parent_class)->finalize (object);
}

static void
deck_lead_create_dialog_class_init (DeckLeadCreateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_lead_create_dialog_dispose;
  object_class->finalize = deck_lead_create_dialog_finalize;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
deck_lead_create_dialog_init (DeckLeadCreateDialog *self)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *where = adw_preferences_group_new ();
  GtkWidget *contact = adw_preferences_group_new ();
  GtkWidget *options = adw_preferences_group_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->cancellable = g_cancellable_new ();
  self->destinations = g_array_new (FALSE, TRUE, sizeof (Destination));
  g_array_set_clear_func (self->destinations, destination_clear);

  adw_dialog_set_title (ADW_DIALOG (self), _("New Lead"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  adw_dialog_set_content_height (ADW_DIALOG (self), 640);

  self->add_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Add")));
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "suggested-action");
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (adw_dialog_close), self, G_CONNECT_SWAPPED);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->add_button));
  adw_dialog_set_default_widget (ADW_DIALOG (self), GTK_WIDGET (self->add_button));

  self->destination_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->destination_row), _("_Add To"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->destination_row), TRUE);
  adw_combo_row_set_enable_search (self->destination_row, TRUE);
  g_signal_connect_object (self->destination_row, "notify::selected", G_CALLBACK (update_problem), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (where), GTK_WIDGET (self->destination_row));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (contact), _("Contact"));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      self->rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), _(fields[i].title));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->rows[i]), TRUE);
      adw_entry_row_set_activates_default (self->rows[i], TRUE);
      g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (update_problem), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (contact), GTK_WIDGET (self->rows[i]));
    }
  adw_entry_row_set_input_purpose (self->rows[0], GTK_INPUT_PURPOSE_EMAIL);

  self->skip_row = ADW_SWITCH_ROW (adw_switch_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->skip_row), _("_Skip If Already in the Workspace"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->skip_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->skip_row),
                               _("Adds nothing when a lead with this email exists anywhere in the workspace."));
  adw_switch_row_set_active (self->skip_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (options), GTK_WIDGET (self->skip_row));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (options), GTK_WIDGET (self->problem_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (where));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (contact));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (options));
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
}

AdwDialog *
deck_lead_create_dialog_new (DeckWorkspace *workspace,
                             DeckLeadSet   *lead_set,
                             const char    *campaign_id,
                             const char    *list_id)
{
  DeckLeadCreateDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *campaigns;
  GListModel *lists;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (lead_set == NULL || DECK_IS_LEAD_SET (lead_set), NULL);

  self = g_object_new (DECK_TYPE_LEAD_CREATE_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->lead_set = lead_set ? g_object_ref (lead_set) : NULL;

  campaigns = deck_workspace_get_campaigns (workspace);
  lists = deck_workspace_get_lead_lists (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);
      Destination destination = { FALSE, g_strdup (deck_campaign_get_id (campaign)) };
      /* Translators: where a new lead goes; %s is a campaign's name */
      g_autofree char *label = g_strdup_printf (_("Campaign: %s"), deck_campaign_get_name (campaign));

      if (g_strcmp0 (destination.id, campaign_id) == 0)
        selected = self->destinations->len;
      g_array_append_val (self->destinations, destination);
      gtk_string_list_append (labels, label);
    }
  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, i);
      Destination destination = { TRUE, g_strdup (deck_lead_list_get_id (list)) };
      /* Translators: where a new lead goes; %s is a lead list's name */
      g_autofree char *label = g_strdup_printf (_("List: %s"), deck_lead_list_get_name (list));

      if (g_strcmp0 (destination.id, list_id) == 0)
        selected = self->destinations->len;
      g_array_append_val (self->destinations, destination);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->destination_row, G_LIST_MODEL (labels));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->destination_row, selected);
  update_problem (self);

  return ADW_DIALOG (self);
}
