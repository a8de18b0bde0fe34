/* deck-campaign-lead-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-lead-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-campaign-lead-dialog.h"
#include "deck-client-campaigns.h"

struct _DeckCampaignLeadDialog
{
  AdwDialog      parent_instance;

  DeckWorkspace *workspace;
  GCancellable  *cancellable;
  GListStore    *results;
  const char    *state;

  AdwEntryRow   *email_row;
  GtkStack      *stack;
  AdwStatusPage *start_page;
  AdwStatusPage *none_page;
  AdwStatusPage *error_page;
  GtkListBox    *list_box;
};

G_DEFINE_FINAL_TYPE (DeckCampaignLeadDialog, deck_campaign_lead_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_CAMPAIGN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_state (DeckCampaignLeadDialog *self,
           const char             *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckCampaign *campaign = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (deck_campaign_status_icon_name (deck_campaign_get_status (campaign)));
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *status = deck_campaign_status_to_string (deck_campaign_get_status (campaign));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_campaign_get_name (campaign));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show this campaign in the list"));

  return row;
}

static void
on_row_activated (DeckCampaignLeadDialog *self,
                  GtkListBoxRow          *row)
{
  g_autoptr(DeckCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                            gtk_list_box_row_get_index (row));

  if (campaign != NULL)
    g_signal_emit (self, signals[OPEN_CAMPAIGN], 0, campaign);
}

static void
search_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckCampaignLeadDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;

  found = deck_client_search_campaigns_by_contact_finish (DECK_CLIENT (source), result, &error);
  if (found == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_CAMPAIGN_LEAD_DIALOG (user_data);

  if (found == NULL)
    {
      g_autofree char *description = deck_api_error_describe (error);

      adw_status_page_set_title (self->error_page, deck_api_error_get_title (error));
      adw_status_page_set_description (self->error_page, description);
      set_state (self, "error");
      return;
    }

  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       found->pdata, found->len);
  set_state (self, found->len > 0 ? "results" : "none");
}

void
deck_campaign_lead_dialog_search (DeckCampaignLeadDialog *self,
                                  const char             *email)
{
  g_autofree char *text = NULL;

  g_return_if_fail (DECK_IS_CAMPAIGN_LEAD_DIALOG (self));
  g_return_if_fail (email != NULL);

  text = g_strstrip (g_strdup (email));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_list_store_remove_all (self->results);

  if (*text == '\0')
    {
      set_state (self, "start");
      return;
    }

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->email_row)), email) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->email_row), email);

  /* Translators: %s is the email address searched for */
  {
    g_autofree char *description = g_strdup_printf (_("“%s” is in no campaign of this workspace."), text);

    adw_status_page_set_description (self->none_page, description);
  }

  self->cancellable = g_cancellable_new ();
  set_state (self, "searching");
  deck_client_search_campaigns_by_contact_async (deck_workspace_get_client (self->workspace), text,
                                                 self->cancellable, search_cb, self);
}

static void
on_apply (DeckCampaignLeadDialog *self,
          AdwEntryRow            *row)
{
  deck_campaign_lead_dialog_search (self, gtk_editable_get_text (GTK_EDITABLE (row)));
}

const char *
deck_campaign_lead_dialog_get_state (DeckCampaignLeadDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_LEAD_DIALOG (self), NULL);

  return self->state;
}

GListModel *
deck_campaign_lead_dialog_get_results (DeckCampaignLeadDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_LEAD_DIALOG (self), NULL);

  return G_LIST_MODEL (self->results);
}

GtkWidget *
deck_campaign_lead_dialog_new (DeckWorkspace *workspace)
{
  DeckCampaignLeadDialog *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_LEAD_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);

  return GTK_WIDGET (self);
}

static void
deck_campaign_lead_dialog_dispose (GObject *object)
{
  DeckCampaignLeadDialog *self = DECK_CAMPAIGN_LEAD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (deck_campaign_lead_dialog_parent_class)->dispose (object);
}

static void
deck_campaign_lead_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DeckCampaignLeadDialog *self = DECK_CAMPAIGN_LEAD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_campaign_lead_dialog_class_init (DeckCampaignLeadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_campaign_lead_dialog_dispose;
  object_class->get_property = deck_campaign_lead_dialog_get_property;

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_CAMPAIGN] =
    g_signal_new ("open-campaign",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DECK_TYPE_CAMPAIGN);
}

static AdwStatusPage *
add_status_page (DeckCampaignLeadDialog *self,
                 const char             *name,
                 const char             *icon_name,
                 const char             *title,
                 const char             *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  gtk_stack_add_named (self->stack, page, name);

  return ADW_STATUS_PAGE (page);
}

static void
deck_campaign_lead_dialog_init (DeckCampaignLeadDialog *self)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry_list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *searching = adw_status_page_new ();

  self->results = g_list_store_new (DECK_TYPE_CAMPAIGN);

  adw_dialog_set_title (ADW_DIALOG (self), _("Find Campaigns of a Lead"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  adw_dialog_set_content_height (ADW_DIALOG (self), 520);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (entry_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (entry_list, "boxed-list");
  self->email_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->email_row), _("Lead’s Email"));
  adw_entry_row_set_input_purpose (self->email_row, GTK_INPUT_PURPOSE_EMAIL);
  adw_entry_row_set_show_apply_button (self->email_row, TRUE);
  g_signal_connect_object (self->email_row, "apply", G_CALLBACK (on_apply), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->email_row, "entry-activated", G_CALLBACK (on_apply), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (entry_list), GTK_WIDGET (self->email_row));
  gtk_box_append (GTK_BOX (box), entry_list);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->start_page = add_status_page (self, "start", "avatar-default-symbolic", NULL,
                                      _("Enter a lead’s email address to list the campaigns it is in."));

  adw_status_page_set_title (ADW_STATUS_PAGE (searching), _("Searching…"));
  adw_status_page_set_paintable (ADW_STATUS_PAGE (searching),
                                 GDK_PAINTABLE (adw_spinner_paintable_new (searching)));
  gtk_widget_add_css_class (searching, "compact");
  gtk_stack_add_named (self->stack, searching, "searching");

  self->none_page = add_status_page (self, "none", "system-search-symbolic", _("No Campaigns"), NULL);
  self->error_page = add_status_page (self, "error", "network-error-symbolic", NULL, NULL);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list_box), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Campaigns of the lead"), -1);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->results), create_row, NULL, NULL);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (on_row_activated), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scrolled, "results");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), clamp);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->email_row));

  set_state (self, "start");
}
