/* deck-account-vitals-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-vitals"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account-health.h"
#include "deck-account-vitals-dialog.h"

struct _DeckAccountVitalsDialog
{
  AdwDialog            parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *error_page;
  AdwPreferencesGroup *group;
  guint                n_domains;
};

G_DEFINE_FINAL_TYPE (DeckAccountVitalsDialog, deck_account_vitals_dialog, ADW_TYPE_DIALOG)

static GtkWidget *
check_box (const char *name,
           gboolean    pass)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *image = gtk_image_new_from_icon_name (pass ? "object-select-symbolic" : "dialog-error-symbolic");
  GtkWidget *label = gtk_label_new (name);
  g_autofree char *description = NULL;

  gtk_widget_add_css_class (image, pass ? "success" : "error");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  /* Translators: "SPF passes" / "SPF fails", read by a screen reader */
  description = g_strdup_printf (pass ? _("%s passes") : _("%s fails"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_set_tooltip_text (box, description);
  return box;
}

static char *
describe (DeckDomainVitals *vitals)
{
  g_autoptr(GPtrArray) failing = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (!deck_domain_vitals_get_mx (vitals))
    g_ptr_array_add (failing, (gpointer) _("no MX record, so replies cannot arrive"));
  if (!deck_domain_vitals_get_spf (vitals))
    g_ptr_array_add (failing, (gpointer) _("no valid SPF record, so receivers cannot tell the sender is allowed"));
  if (!deck_domain_vitals_get_dkim (vitals))
    g_ptr_array_add (failing, (gpointer) _("no DKIM signature, so messages can be taken for forgeries"));
  if (!deck_domain_vitals_get_dmarc (vitals))
    g_ptr_array_add (failing, (gpointer) _("no DMARC policy, so some receivers send mail to spam"));

  if (failing->len == 0)
    return g_strdup (_("Everything is set up: MX, SPF, DKIM and DMARC pass."));

  g_ptr_array_add (failing, NULL);
  /* Translators: the separator between failing checks */
  joined = g_strjoinv (_("; "), (char **) failing->pdata);
  /* Translators: %s lists what is wrong with a domain */
  return g_strdup_printf (_("Needs attention: %s."), joined);
}

void
deck_account_vitals_dialog_set_results (DeckAccountVitalsDialog *self,
                                        GPtrArray               *vitals)
{
  g_return_if_fail (DECK_IS_ACCOUNT_VITALS_DIALOG (self));
  g_return_if_fail (vitals != NULL);

  for (guint i = 0; i < vitals->len; i++)
    {
      DeckDomainVitals *v = g_ptr_array_index (vitals, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *checks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      g_autofree char *subtitle = describe (v);
      GtkWidget *icon;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_domain_vitals_get_domain (v));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

      icon = gtk_image_new_from_icon_name (deck_domain_vitals_get_all_pass (v)
                                           ? "object-select-symbolic" : "dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, deck_domain_vitals_get_all_pass (v) ? "success" : "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      gtk_box_append (GTK_BOX (checks), check_box ("MX", deck_domain_vitals_get_mx (v)));
      gtk_box_append (GTK_BOX (checks), check_box ("SPF", deck_domain_vitals_get_spf (v)));
      gtk_box_append (GTK_BOX (checks), check_box ("DKIM", deck_domain_vitals_get_dkim (v)));
      gtk_box_append (GTK_BOX (checks), check_box ("DMARC", deck_domain_vitals_get_dmarc (v)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), checks);

      adw_preferences_group_add (self->group, row);
      self->n_domains++;
    }

  if (vitals->len == 0)
    {
      adw_status_page_set_title (self->error_page, _("No Domains Tested"));
      adw_status_page_set_description (self->error_page, _("The server returned no result for these accounts."));
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "results");
}

void
deck_account_vitals_dialog_set_error (DeckAccountVitalsDialog *self,
                                      const char              *message)
{
  g_return_if_fail (DECK_IS_ACCOUNT_VITALS_DIALOG (self));

  adw_status_page_set_title (self->error_page, _("Could Not Test the Vitals"));
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

guint
deck_account_vitals_dialog_get_n_domains (DeckAccountVitalsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_VITALS_DIALOG (self), 0);

  return self->n_domains;
}

static void
deck_account_vitals_dialog_class_init (DeckAccountVitalsDialogClass *klass)
{
}

static void
deck_account_vitals_dialog_init (DeckAccountVitalsDialog *self)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *spinner = adw_status_page_new ();
  GtkWidget *page = adw_preferences_page_new ();

  adw_dialog_set_title (ADW_DIALOG (self), _("Vitals"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 640);
  adw_dialog_set_content_height (ADW_DIALOG (self), 480);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  adw_status_page_set_title (ADW_STATUS_PAGE (spinner), _("Testing DNS Records…"));
  adw_status_page_set_paintable (ADW_STATUS_PAGE (spinner),
                                 GDK_PAINTABLE (adw_spinner_paintable_new (spinner)));
  gtk_stack_add_named (self->stack, spinner, "testing");

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
                                         _("Each sending domain needs an MX record to receive replies, "
                                           "and SPF, DKIM and DMARC records so receivers trust its mail."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  gtk_stack_add_named (self->stack, page, "results");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-warning-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), GTK_WIDGET (self->stack));
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);
}

AdwDialog *
deck_account_vitals_dialog_new (const char * const *emails)
{
  DeckAccountVitalsDialog *self = g_object_new (DECK_TYPE_ACCOUNT_VITALS_DIALOG, NULL);
  guint n = emails ? g_strv_length ((char **) emails) : 0;
  g_autofree char *title = NULL;

  if (n == 1)
    title = g_strdup_printf (_("Vitals of %s"), emails[0]);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Vitals of %u Account", "Vitals of %u Accounts", n), n);
  adw_dialog_set_title (ADW_DIALOG (self), title);

  return ADW_DIALOG (self);
}
