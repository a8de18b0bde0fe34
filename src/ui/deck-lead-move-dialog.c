/* deck-lead-move-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-move-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-lead-move-dialog.h"

typedef struct
{
  gboolean  is_list;
  char     *id;
} Destination;

struct _DeckLeadMoveDialog
{
  AdwAlertDialog  parent_instance;

  GArray         *destinations;  /* Destination */
  AdwComboRow    *row;
  gboolean        copy;
};

G_DEFINE_FINAL_TYPE (DeckLeadMoveDialog, deck_lead_move_dialog, ADW_TYPE_ALERT_DIALOG)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
destination_clear (gpointer data)
{
  Destination *destination = data;

  g_clear_pointer (&destination->id, g_free);
}

static const Destination *
get_destination (DeckLeadMoveDialog *self)
{
  guint position = adw_combo_row_get_selected (self->row);

  if (position >= self->destinations->len)
    return NULL;
  return &g_array_index (self->destinations, Destination, position);
}

gboolean
deck_lead_move_dialog_get_copy (DeckLeadMoveDialog *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_MOVE_DIALOG (self), FALSE);

  return self->copy;
}

const char *
deck_lead_move_dialog_get_campaign_id (DeckLeadMoveDialog *self)
{
  const Destination *destination;

  g_return_val_if_fail (DECK_IS_LEAD_MOVE_DIALOG (self), NULL);

  destination = get_destination (self);
  return destination && !destination->is_list ? destination->id : NULL;
}

const char *
deck_lead_move_dialog_get_list_id (DeckLeadMoveDialog *self)
{
  const Destination *destination;

  g_return_val_if_fail (DECK_IS_LEAD_MOVE_DIALOG (self), NULL);

  destination = get_destination (self);
  return destination && destination->is_list ? destination->id : NULL;
}

gboolean
deck_lead_move_dialog_select (DeckLeadMoveDialog *self,
                              const char         *campaign_id,
                              const char         *list_id)
{
  g_return_val_if_fail (DECK_IS_LEAD_MOVE_DIALOG (self), FALSE);

  for (guint i = 0; i < self->destinations->len; i++)
    {
      const Destination *destination = &g_array_index (self->destinations, Destination, i);

      if (g_strcmp0 (destination->id, destination->is_list ? list_id : campaign_id) == 0)
        {
          adw_combo_row_set_selected (self->row, i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
deck_lead_move_dialog_response (AdwAlertDialog *dialog,
                                const char     *response)
{
  DeckLeadMoveDialog *self = DECK_LEAD_MOVE_DIALOG (dialog);

  if (g_strcmp0 (response, "go") == 0 && get_destination (self) != NULL)
    g_signal_emit (self, signals[CHOSEN], 0);
}

static void
deck_lead_move_dialog_finalize (GObject *object)
{
  DeckLeadMoveDialog *self = DECK_LEAD_MOVE_DIALOG (object);

  g_clear_pointer (&self->destinations, g_array_unref);

  G_OBJECT_CLASS (deck_lead_move_dialog_parent_class)->finalize (object);
}

static void
deck_lead_move_dialog_class_init (DeckLeadMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwAlertDialogClass *alert_class = ADW_ALERT_DIALOG_CLASS (klass);

  object_class->finalize = deck_lead_move_dialog_finalize;
  alert_class->response = deck_lead_move_dialog_response;

  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
deck_lead_move_dialog_init (DeckLeadMoveDialog *self)
{
  self->destinations = g_array_new (FALSE, TRUE, sizeof (Destination));
  g_array_set_clear_func (self->destinations, destination_clear);
}

AdwDialog *
deck_lead_move_dialog_new (DeckWorkspace *workspace,
                           gboolean       copy,
                           const char    *what)
{
  DeckLeadMoveDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *campaigns;
  GListModel *lists;
  GtkWidget *list_box;
  g_autofree char *body = NULL;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (DECK_TYPE_LEAD_MOVE_DIALOG, NULL);
  self->copy = !!copy;

  campaigns = deck_workspace_get_campaigns (workspace);
  lists = deck_workspace_get_lead_lists (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, i);
      Destination destination = { TRUE, g_strdup (deck_lead_list_get_id (list)) };
      /* Translators: a destination for leads; %s is a lead list's name */
      g_autofree char *label = g_strdup_printf (_("List: %s"), deck_lead_list_get_name (list));

      g_array_append_val (self->destinations, destination);
      gtk_string_list_append (labels, label);
    }
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);
      Destination destination = { FALSE, g_strdup (deck_campaign_get_id (campaign)) };
      /* Translators: a destination for leads; %s is a campaign's name */
      g_autofree char *label = g_strdup_printf (_("Campaign: %s"), deck_campaign_get_name (campaign));

      g_array_append_val (self->destinations, destination);
      gtk_string_list_append (labels, label);
    }

  if (copy)
    {
      adw_alert_dialog_set_heading (ADW_ALERT_DIALOG (self), _("Copy Leads"));
      /* Translators: %s is "3 leads" */
      body = g_strdup_printf (_("Copy %s to a campaign or a list. The originals stay where they are. The server does it in the background."),
                              what);
    }
  else
    {
      adw_alert_dialog_set_heading (ADW_ALERT_DIALOG (self), _("Move Leads"));
      /* Translators: %s is "3 leads" */
      body = g_strdup_printf (_("Move %s to a campaign or a list. The server does it in the background."), what);
    }
  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (self), body);

  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  self->row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), _("_Destination"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->row), TRUE);
  adw_combo_row_set_model (self->row, G_LIST_MODEL (labels));
  adw_combo_row_set_enable_search (self->row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list_box), GTK_WIDGET (self->row));
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (self), list_box);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (self),
                                  "cancel", _("_Cancel"),
                                  "go", copy ? _("_Copy") : _("_Move"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (self), "go", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (self), "go", self->destinations->len > 0);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (self), "go");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (self), "cancel");

  return ADW_DIALOG (self);
}
