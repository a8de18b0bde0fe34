/* deck-campaign-check-list.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-campaign-check-list.h"

struct _DeckCampaignCheckList
{
  GtkBox      parent_instance;

  GtkListBox *list;
  GPtrArray  *issues;
};

G_DEFINE_FINAL_TYPE (DeckCampaignCheckList, deck_campaign_check_list, GTK_TYPE_BOX)

enum {
  ISSUE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
issue_place (const DeckCheckIssue *issue)
{
  if (issue->step >= 0 && issue->variant >= 0)
    /* Translators: where an issue is, e.g. "Sequence, step 2, variant B" */
    return g_strdup_printf (_("Sequence, step %d, variant %c"), issue->step + 1, 'A' + MIN (issue->variant, 25));
  if (issue->step >= 0)
    return g_strdup_printf (_("Sequence, step %d"), issue->step + 1);
  if (issue->schedule >= 0)
    return g_strdup_printf (_("Schedule, sending window %d"), issue->schedule + 1);
  if (g_strcmp0 (issue->field, "sequences") == 0)
    return g_strdup (_("Sequence"));
  if (g_strcmp0 (issue->field, "campaign_schedule") == 0)
    return g_strdup (_("Schedule"));
  if (g_strcmp0 (issue->field, "email_list") == 0 || g_strcmp0 (issue->field, "email_tag_list") == 0)
    return g_strdup (_("Senders"));
  return g_strdup (_("Options"));
}

static void
on_row_activated (GtkListBox            *list,
                  GtkListBoxRow         *row,
                  DeckCampaignCheckList *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->issues->len)
    g_signal_emit (self, signals[ISSUE_ACTIVATED], 0, (guint) index);
}

void
deck_campaign_check_list_set_issues (DeckCampaignCheckList *self,
                                     GPtrArray             *issues)
{
  g_return_if_fail (DECK_IS_CAMPAIGN_CHECK_LIST (self));
  g_return_if_fail (issues != NULL);

  g_ptr_array_ref (issues);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  self->issues = issues;

  gtk_list_box_remove_all (self->list);
  for (guint i = 0; i < issues->len; i++)
    {
      const DeckCheckIssue *issue = g_ptr_array_index (issues, i);
      gboolean error = issue->severity == DECK_CHECK_SEVERITY_ERROR;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      g_autofree char *place = issue_place (issue);

      gtk_widget_add_css_class (icon, error ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      error ? _("Error") : _("Warning"), -1);
      gtk_widget_set_tooltip_text (icon, error ? _("Must be fixed first") : _("Risky, but allowed"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), issue->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), place);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
    }
}

guint
deck_campaign_check_list_get_n_issues (DeckCampaignCheckList *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_CHECK_LIST (self), 0);

  return self->issues->len;
}

guint
deck_campaign_check_list_get_n_errors (DeckCampaignCheckList *self)
{
  guint n = 0;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_CHECK_LIST (self), 0);

  for (guint i = 0; i < self->issues->len; i++)
    if (((DeckCheckIssue *) g_ptr_array_index (self->issues, i))->severity == DECK_CHECK_SEVERITY_ERROR)
      n++;
  return n;
}

const DeckCheckIssue *
deck_campaign_check_list_get_issue (DeckCampaignCheckList *self,
                                    guint                  index)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_CHECK_LIST (self), NULL);

  return index < self->issues->len ? g_ptr_array_index (self->issues, index) : NULL;
}

void
deck_campaign_check_list_activate (DeckCampaignCheckList *self,
                                   guint                  index)
{
  GtkListBoxRow *row;

  g_return_if_fail (DECK_IS_CAMPAIGN_CHECK_LIST (self));

  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  if (row != NULL)
    on_row_activated (self->list, row, self);
}

GtkWidget *
deck_campaign_check_list_new (void)
{
  return g_object_new (DECK_TYPE_CAMPAIGN_CHECK_LIST,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 12,
                       NULL);
}

static void
deck_campaign_check_list_finalize (GObject *object)
{
  DeckCampaignCheckList *self = DECK_CAMPAIGN_CHECK_LIST (object);

  g_clear_pointer (&self->issues, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_campaign_check_list_parent_class)->finalize (object);
}

static void
deck_campaign_check_list_class_init (DeckCampaignCheckListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_campaign_check_list_finalize;

  signals[ISSUE_ACTIVATED] = g_signal_new ("issue-activated",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
deck_campaign_check_list_init (DeckCampaignCheckList *self)
{
  GtkWidget *placeholder = adw_status_page_new ();

  self->issues = g_ptr_array_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("All Good"));
  adw_status_page_set_description (ADW_STATUS_PAGE (placeholder), _("Nothing wrong or risky was found"));
  gtk_widget_add_css_class (placeholder, "compact");

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check Results"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->list));
}
