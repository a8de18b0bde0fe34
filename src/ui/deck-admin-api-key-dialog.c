/* deck-admin-api-key-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-api-key-dialog.h"
#include "deck-api-key.h"

/* The toggles of one resource. */
typedef struct
{
  const char     *resource;
  GtkCheckButton *read;
  GtkCheckButton *all;
} ScopeRow;

struct _DeckAdminApiKeyDialog
{
  AdwDialog    parent_instance;

  AdwEntryRow *name_row;
  GtkWidget   *create_button;
  GArray      *rows;
};

G_DEFINE_FINAL_TYPE (DeckAdminApiKeyDialog, deck_admin_api_key_dialog, ADW_TYPE_DIALOG)

enum {
  SIGNAL_CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char **
deck_admin_api_key_dialog_dup_scopes (DeckAdminApiKeyDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (DECK_IS_ADMIN_API_KEY_DIALOG (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      ScopeRow *row = &g_array_index (self->rows, ScopeRow, i);

      /* Full access includes reading: send the one scope that says the most. */
      if (gtk_check_button_get_active (row->all))
        g_strv_builder_take (builder, g_strconcat (row->resource, ":all", NULL));
      else if (gtk_check_button_get_active (row->read))
        g_strv_builder_take (builder, g_strconcat (row->resource, ":read", NULL));
    }

  return g_strv_builder_end (builder);
}

static void
update_create_button (DeckAdminApiKeyDialog *self)
{
  g_auto(GStrv) scopes = deck_admin_api_key_dialog_dup_scopes (self);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (self->create_button, *name != '\0' && scopes[0] != NULL);
}

static void
on_all_toggled (GtkCheckButton        *all,
                DeckAdminApiKeyDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ScopeRow *row = &g_array_index (self->rows, ScopeRow, i);

      if (row->all != all)
        continue;

      /* Full access implies reading; show it so. */
      if (gtk_check_button_get_active (all))
        gtk_check_button_set_active (row->read, TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (row->read), !gtk_check_button_get_active (all));
    }

  update_create_button (self);
}

void
deck_admin_api_key_dialog_set_name (DeckAdminApiKeyDialog *self,
                                    const char            *name)
{
  g_return_if_fail (DECK_IS_ADMIN_API_KEY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
}

void
deck_admin_api_key_dialog_set_access (DeckAdminApiKeyDialog *self,
                                      const char            *resource,
                                      const char            *action)
{
  g_return_if_fail (DECK_IS_ADMIN_API_KEY_DIALOG (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      ScopeRow *row = &g_array_index (self->rows, ScopeRow, i);

      if (g_strcmp0 (row->resource, resource) != 0)
        continue;

      gtk_check_button_set_active (row->all, g_strcmp0 (action, "all") == 0);
      gtk_check_button_set_active (row->read, action != NULL);
    }
}

void
deck_admin_api_key_dialog_create (DeckAdminApiKeyDialog *self)
{
  g_auto(GStrv) scopes = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (DECK_IS_ADMIN_API_KEY_DIALOG (self));

  if (!gtk_widget_get_sensitive (self->create_button))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  scopes = deck_admin_api_key_dialog_dup_scopes (self);

  g_signal_emit (self, signals[SIGNAL_CREATE], 0, name, scopes);
  adw_dialog_close (ADW_DIALOG (self));
}

static GtkWidget *
add_scope_row (DeckAdminApiKeyDialog *self,
               AdwPreferencesGroup   *group,
               const char            *resource,
               const char            *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *read_label = NULL;
  g_autofree char *all_label = NULL;
  ScopeRow scope = { resource, NULL, NULL };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  scope.read = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Read")));
  scope.all = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Full Access")));

  /* The row's title says which resource the toggle is for. */
  /* Translators: the accessible name of a toggle, e.g. "Campaigns: read" */
  read_label = g_strdup_printf (_("%s: read"), title);
  /* Translators: the accessible name of a toggle, e.g. "Campaigns: full access" */
  all_label = g_strdup_printf (_("%s: full access"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scope.read),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, read_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scope.all),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, all_label, -1);

  g_signal_connect_swapped (scope.read, "toggled", G_CALLBACK (update_create_button), self);
  g_signal_connect (scope.all, "toggled", G_CALLBACK (on_all_toggled), self);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (scope.read));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (scope.all));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_preferences_group_add (group, row);

  g_array_append_val (self->rows, scope);

  return row;
}

static void
on_name_entry_activated (DeckAdminApiKeyDialog *self)
{
  deck_admin_api_key_dialog_create (self);
}

static gboolean
create_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  deck_admin_api_key_dialog_create (DECK_ADMIN_API_KEY_DIALOG (widget));
  return TRUE;
}

static void
deck_admin_api_key_dialog_finalize (GObject *object)
{
  DeckAdminApiKeyDialog *self = DECK_ADMIN_API_KEY_DIALOG (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (deck_admin_api_key_dialog_parent_class)->finalize (object);
}

static void
deck_admin_api_key_dialog_class_init (DeckAdminApiKeyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = deck_admin_api_key_dialog_finalize;

  /**
   * DeckAdminApiKeyDialog::create:
   * @name: the key's name
   * @scopes: the chosen scopes
   *
   * The person asked for the key.
   */
  signals[SIGNAL_CREATE] =
    g_signal_new ("create",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRV);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                create_shortcut, NULL);
}

static void
deck_admin_api_key_dialog_init (DeckAdminApiKeyDialog *self)
{
  const char * const *resources = deck_api_key_get_scope_resources ();
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *name_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *everything = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *resources_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->rows = g_array_new (FALSE, TRUE, sizeof (ScopeRow));

  adw_dialog_set_title (ADW_DIALOG (self), _("New API Key"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 680);

  /* The header's close button would duplicate Cancel. */
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (adw_dialog_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->create_button = gtk_button_new_with_mnemonic (_("C_reate"));
  gtk_widget_add_css_class (self->create_button, "suggested-action");
  gtk_widget_set_sensitive (self->create_button, FALSE);
  g_signal_connect_swapped (self->create_button, "clicked",
                            G_CALLBACK (deck_admin_api_key_dialog_create), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->create_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update_create_button), self);
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (on_name_entry_activated), self);
  adw_preferences_group_set_description (name_group,
                                         _("A name that says where the key is used, such as “CRM sync”."));
  adw_preferences_group_add (name_group, GTK_WIDGET (self->name_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), name_group);

  adw_preferences_group_set_title (everything, _("Permissions"));
  adw_preferences_group_set_description (everything,
                                         _("Choose what the key may do. Read lets it look; Full Access "
                                           "also lets it create, change and delete. Give it no more "
                                           "than it needs."));
  add_scope_row (self, everything, resources[0], _("Everything"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), everything);

  adw_preferences_group_set_title (resources_group, _("By Resource"));
  for (guint i = 1; resources[i] != NULL; i++)
    add_scope_row (self, resources_group, resources[i],
                   deck_api_key_scope_resource_to_string (resources[i]));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), resources_group);

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->name_row));
}

AdwDialog *
deck_admin_api_key_dialog_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_API_KEY_DIALOG, NULL);
}
