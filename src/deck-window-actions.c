/* deck-window-actions.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-permissions.h"
#include "deck-window-private.h"

static GtkWidget *
section_page (DeckWindow *self)
{
  if (self->section == NULL)
    return NULL;

  return deck_window_get_section_page (self, self->section->name);
}

static void
refresh_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DeckWindow *self = user_data;
  GtkWidget *page = section_page (self);

  if (page != NULL && self->section->reload_action != NULL)
    gtk_widget_activate_action (page, self->section->reload_action, NULL);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  DeckWindow *self = user_data;
  GtkWidget *page = section_page (self);

  /* Ctrl+F opens the search, or moves the focus back into it. */
  if (page != NULL && self->section->searchable)
    g_object_set (page, "search-mode", TRUE, NULL);
}

static void
switch_workspace_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  DeckWindow *self = user_data;
  DeckWorkspaceEntry *entry = deck_workspace_list_lookup (self->list, g_variant_get_string (parameter, NULL));

  if (entry == NULL)
    return;

  deck_workspace_list_set_current (self->list, entry);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
add_workspace_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  deck_window_present_add_dialog (DECK_WINDOW (user_data), NULL);
}

static void
enter_key_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  DeckWindow *self = user_data;

  deck_window_present_add_dialog (self, self->entry ? deck_workspace_entry_get_server_url (self->entry) : NULL);
}

static void
on_rename_response (DeckWindow     *self,
                    const char     *response,
                    AdwAlertDialog *dialog)
{
  DeckWorkspaceEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "entry-row");

  if (g_strcmp0 (response, "rename") == 0)
    deck_workspace_list_rename (self->list, entry, gtk_editable_get_text (row));
}

static void
on_rename_changed (AdwAlertDialog *dialog,
                   GtkEditable    *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));

  adw_alert_dialog_set_response_enabled (dialog, "rename", text[0] != '\0');
}

static void
rename_workspace_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  DeckWindow *self = user_data;
  AdwDialog *dialog;
  GtkWidget *list_box;
  GtkWidget *row;

  if (self->entry == NULL)
    return;

  dialog = adw_alert_dialog_new (_("Rename Workspace"),
                                 _("The name is shown in Instadeck only. In Instantly, the workspace keeps its own name."));
  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (row), deck_workspace_entry_get_label (self->entry));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list_box), row);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), list_box);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "rename", _("_Rename"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "rename");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "entry", g_object_ref (self->entry), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "entry-row", row);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_rename_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, G_CONNECT_SWAPPED);

  adw_dialog_present (dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (row);
}

static void
on_removed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DeckWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (deck_workspace_list_remove_finish (DECK_WORKSPACE_LIST (source), result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  {
    /* Translators: %s is the keyring's own error message */
    g_autofree char *text = g_strdup_printf (_("The workspace was removed, but its key could not be deleted from the keyring: %s"),
                                             error->message);

    toast = adw_toast_new (text);
    adw_toast_set_timeout (toast, 10);
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
  }
}

static void
on_remove_response (DeckWindow     *self,
                    const char     *response,
                    AdwAlertDialog *dialog)
{
  DeckWorkspaceEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_strcmp0 (response, "remove") != 0)
    return;

  deck_workspace_list_remove_async (self->list, entry, self->cancellable, on_removed, g_object_ref (self));
}

static void
remove_workspace_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  DeckWindow *self = user_data;
  AdwDialog *dialog;
  const char *body;

  if (self->entry == NULL)
    return;

  if (deck_workspace_entry_get_transient (self->entry))
    body = _("Instadeck stops showing this workspace. The workspace itself stays in Instantly.");
  else
    body = _("Instadeck forgets this workspace and deletes its API key from the keyring. The workspace itself stays in Instantly, and the key stays valid there until you delete it under Settings → Integrations → API Keys.");

  dialog = adw_alert_dialog_new (NULL, body);
  /* Translators: %s is the workspace's label */
  adw_alert_dialog_format_heading (ADW_ALERT_DIALOG (dialog), _("Remove “%s”?"),
                                   deck_workspace_entry_get_label (self->entry));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "remove", _("_Remove"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "entry", g_object_ref (self->entry), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, G_CONNECT_SWAPPED);

  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static const GActionEntry win_actions[] = {
  { "refresh", refresh_action },
  { "search", search_action },
  { "switch-workspace", switch_workspace_action, "s" },
  { "add-workspace", add_workspace_action },
  { "enter-key", enter_key_action },
  { "rename-workspace", rename_workspace_action },
  { "remove-workspace", remove_workspace_action },
};

void
deck_window_install_actions (DeckWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  deck_window_update_actions (self);
}

static void
set_enabled (DeckWindow *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
deck_window_update_actions (DeckWindow *self)
{
  gboolean ready = self->workspace != NULL;
  gboolean can_read = ready;
  gboolean searchable = ready && self->section != NULL && self->section->searchable;

  /* A list the key may not read is not refreshed into the same 403 again. */
  if (ready && self->section != NULL && self->section->read_scope != NULL)
    can_read = deck_workspace_permissions_allows (self->workspace, self->section->read_scope);

  set_enabled (self, "refresh", can_read);
  set_enabled (self, "search", searchable);
  set_enabled (self, "rename-workspace", self->entry != NULL);
  set_enabled (self, "remove-workspace", self->entry != NULL);
  set_enabled (self, "enter-key", self->entry != NULL);

  if (!can_read && ready)
    {
      g_autofree char *why = deck_permissions_describe_denied (self->section->read_scope);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->refresh_button), why);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->refresh_button), _("Refresh"));

  /* Without a workspace there is nothing to refresh or search. */
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_button), ready);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), searchable);
}
