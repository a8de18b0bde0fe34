/* deck-preferences-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-client.h"
#include "deck-preferences-dialog.h"

struct _DeckPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwEntryRow          *server_row;
  GtkLabel             *server_error;
  GtkButton            *reset_button;
};

G_DEFINE_FINAL_TYPE (DeckPreferencesDialog, deck_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

DeckPreferencesDialog *
deck_preferences_dialog_new (void)
{
  return g_object_new (DECK_TYPE_PREFERENCES_DIALOG, NULL);
}

static void
show_server_error (DeckPreferencesDialog *self,
                   const char            *message)
{
  gtk_label_set_label (self->server_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->server_error), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->server_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->server_row), "error");
}

gboolean
deck_preferences_dialog_apply_server_url (DeckPreferencesDialog *self,
                                          const char            *url)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (DECK_IS_PREFERENCES_DIALOG (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  stripped = g_strstrip (g_strdup (url));

  if (!deck_client_validate_url (stripped, &error))
    {
      g_autofree char *message = deck_api_error_describe (error);

      show_server_error (self, message);
      return FALSE;
    }

  show_server_error (self, NULL);
  g_settings_set_string (self->settings, "server-url", stripped);
  return TRUE;
}

const char *
deck_preferences_dialog_get_server_error (DeckPreferencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_PREFERENCES_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->server_error)))
    return NULL;

  return gtk_label_get_label (self->server_error);
}

static void
on_server_apply (DeckPreferencesDialog *self,
                 AdwEntryRow           *row)
{
  deck_preferences_dialog_apply_server_url (self, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_server_changed (DeckPreferencesDialog *self,
                   GtkEditable           *row)
{
  /* The old error is about a text that is no longer there. */
  show_server_error (self, NULL);
}

static void
on_reset_clicked (DeckPreferencesDialog *self,
                  GtkButton             *button)
{
  g_settings_reset (self->settings, "server-url");
  gtk_editable_set_text (GTK_EDITABLE (self->server_row),
                         DECK_DEFAULT_SERVER_URL);
  show_server_error (self, NULL);
}

static void
deck_preferences_dialog_dispose (GObject *object)
{
  DeckPreferencesDialog *self = DECK_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (deck_preferences_dialog_parent_class)->dispose (object);
}

static void
deck_preferences_dialog_class_init (DeckPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckPreferencesDialog, server_row);
  gtk_widget_class_bind_template_child (widget_class, DeckPreferencesDialog, server_error);
  gtk_widget_class_bind_template_child (widget_class, DeckPreferencesDialog, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_server_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_server_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
}

static void
deck_preferences_dialog_init (DeckPreferencesDialog *self)
{
  g_autofree char *url = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  url = g_settings_get_string (self->settings, "server-url");
  gtk_editable_set_text (GTK_EDITABLE (self->server_row), url);
  show_server_error (self, NULL);
}
