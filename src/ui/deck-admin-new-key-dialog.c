/* deck-admin-new-key-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-new-key-dialog.h"

#define ADD_WORKSPACE_ACTION "add-workspace-with-key"

struct _DeckAdminNewKeyDialog
{
  AdwDialog  parent_instance;

  char      *key;
  GtkLabel  *key_label;
  GtkButton *copy_button;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (DeckAdminNewKeyDialog, deck_admin_new_key_dialog, ADW_TYPE_DIALOG)

/* Overwrites the key before it is freed: no copy is left in freed memory. */
static void
wipe_key (DeckAdminNewKeyDialog *self)
{
  if (self->key != NULL)
    {
      for (volatile char *p = self->key; *p != '\0'; p++)
        *p = '\0';
      g_clear_pointer (&self->key, g_free);
    }

  if (self->key_label != NULL)
    gtk_label_set_label (self->key_label, "");
}

static GActionGroup *
application_actions (void)
{
  GApplication *app = g_application_get_default ();

  if (app == NULL || !G_IS_ACTION_GROUP (app) ||
      !g_action_group_has_action (G_ACTION_GROUP (app), ADD_WORKSPACE_ACTION))
    return NULL;

  return G_ACTION_GROUP (app);
}

void
deck_admin_new_key_dialog_copy (DeckAdminNewKeyDialog *self)
{
  g_return_if_fail (DECK_IS_ADMIN_NEW_KEY_DIALOG (self));

  if (self->key == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->key);
  gtk_button_set_label (self->copy_button, _("Copied"));
}

static void
on_add_clicked (DeckAdminNewKeyDialog *self)
{
  GActionGroup *actions = application_actions ();

  if (actions != NULL && self->key != NULL)
    g_action_group_activate_action (actions, ADD_WORKSPACE_ACTION,
                                    g_variant_new_string (self->key));
  adw_dialog_close (ADW_DIALOG (self));
}

gboolean
deck_admin_new_key_dialog_can_add (DeckAdminNewKeyDialog *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_NEW_KEY_DIALOG (self), FALSE);

  return gtk_widget_get_visible (self->add_button);
}

const char *
deck_admin_new_key_dialog_get_key (DeckAdminNewKeyDialog *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_NEW_KEY_DIALOG (self), NULL);

  return self->key;
}

static void
deck_admin_new_key_dialog_closed (AdwDialog *dialog)
{
  wipe_key (DECK_ADMIN_NEW_KEY_DIALOG (dialog));

  ADW_DIALOG_CLASS (deck_admin_new_key_dialog_parent_class)->closed (dialog);
}

static void
deck_admin_new_key_dialog_dispose (GObject *object)
{
  DeckAdminNewKeyDialog *self = DECK_ADMIN_NEW_KEY_DIALOG (object);

  wipe_key (self);
  self->key_label = NULL;

  G_OBJECT_CLASS (deck_admin_new_key_dialog_parent_class)->dispose (object);
}

static void
deck_admin_new_key_dialog_class_init (DeckAdminNewKeyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = deck_admin_new_key_dialog_dispose;
  dialog_class->closed = deck_admin_new_key_dialog_closed;
}

static void
deck_admin_new_key_dialog_init (DeckAdminNewKeyDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  adw_dialog_set_title (ADW_DIALOG (self), _("New API Key"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 520);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-password-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Copy the Key Now"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("This is the only time Instantly shows this key. Keep it "
                                     "somewhere safe, such as a password manager: anyone who has it "
                                     "can use your workspace."));
  gtk_widget_add_css_class (status, "compact");

  self->key_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->key_label, TRUE);
  gtk_label_set_wrap (self->key_label, TRUE);
  gtk_label_set_wrap_mode (self->key_label, PANGO_WRAP_CHAR);
  gtk_label_set_justify (self->key_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->key_label), "monospace");
  gtk_widget_set_margin_top (GTK_WIDGET (self->key_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->key_label), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->key_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->key_label), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->key_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The new API key"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->key_label));
  gtk_widget_add_css_class (frame, "view");

  self->copy_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Copy")));
  gtk_widget_add_css_class (GTK_WIDGET (self->copy_button), "pill");
  gtk_widget_add_css_class (GTK_WIDGET (self->copy_button), "suggested-action");
  g_signal_connect_swapped (self->copy_button, "clicked",
                            G_CALLBACK (deck_admin_new_key_dialog_copy), self);

  self->add_button = gtk_button_new_with_mnemonic (_("_Add as Workspace"));
  gtk_widget_add_css_class (self->add_button, "pill");
  gtk_widget_set_tooltip_text (self->add_button,
                               _("Open the workspace of this key in Instadeck as well"));
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  /* Only offered when the application can take the key. */
  gtk_widget_set_visible (self->add_button, application_actions () != NULL);

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->copy_button));
  gtk_box_append (GTK_BOX (buttons), self->add_button);

  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), buttons);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), box);

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), status);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->copy_button));
}

AdwDialog *
deck_admin_new_key_dialog_new (const char *name,
                               const char *key)
{
  DeckAdminNewKeyDialog *self;

  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (DECK_TYPE_ADMIN_NEW_KEY_DIALOG, NULL);
  self->key = g_strdup (key);
  gtk_label_set_label (self->key_label, key);
  if (name != NULL)
    adw_dialog_set_title (ADW_DIALOG (self), name);

  return ADW_DIALOG (self);
}
