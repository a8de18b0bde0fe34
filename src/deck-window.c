/* deck-window.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-window-private.h"

G_DEFINE_FINAL_TYPE (DeckWindow, deck_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

DeckWindow *
deck_window_new (DeckApplication *application,
                 DeckWorkspace   *workspace)
{
  g_return_val_if_fail (application == NULL || DECK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace), NULL);

  return g_object_new (DECK_TYPE_WINDOW,
                       "application", application,
                       "workspace", workspace,
                       NULL);
}

DeckWorkspace *
deck_window_get_workspace (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->workspace;
}

DeckAccountsPage *
deck_window_get_accounts_page (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->accounts_page;
}

const char *
deck_window_get_visible_section (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
deck_window_add_toast (DeckWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (DECK_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_section (DeckWindow    *self,
              GtkListBoxRow *row)
{
  const char *section = gtk_widget_get_name (GTK_WIDGET (row));
  const char *title = NULL;

  if (g_strcmp0 (section, "accounts") == 0)
    title = _("Accounts");
  else
    g_return_if_reached ();

  adw_navigation_page_set_title (self->content_page, title);
  adw_window_title_set_title (self->content_title, title);

  if (self->workspace != NULL)
    gtk_stack_set_visible_child_name (self->content_stack, section);
  else
    gtk_stack_set_visible_child_name (self->content_stack, "connect");

  g_settings_set_string (self->settings, "last-section", section);
}

static void
on_section_selected (DeckWindow    *self,
                     GtkListBoxRow *row,
                     GtkListBox    *list)
{
  if (row != NULL)
    show_section (self, row);
}

static void
on_section_activated (DeckWindow    *self,
                      GtkListBoxRow *row,
                      GtkListBox    *list)
{
  /* In the narrow layout, choosing a section moves on to its content. */
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static GtkListBoxRow *
find_section_row (DeckWindow *self,
                  const char *section)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (gtk_widget_get_name (child), section) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
restore_state (DeckWindow *self)
{
  g_autofree char *section = g_settings_get_string (self->settings, "last-section");
  GtkListBoxRow *row;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* A section saved by a newer version, or one that is gone, falls back to the first. */
  row = find_section_row (self, section);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->sections, 0);
  gtk_list_box_select_row (self->sections, row);
}

static void
save_state (DeckWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  /* The default size is the unmaximized size, so a maximized window keeps its old one. */
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 294));
    }
  g_settings_apply (self->settings);
}

static gboolean
deck_window_close_request (GtkWindow *window)
{
  save_state (DECK_WINDOW (window));

  return GTK_WINDOW_CLASS (deck_window_parent_class)->close_request (window);
}

static void
deck_window_constructed (GObject *object)
{
  DeckWindow *self = DECK_WINDOW (object);

  G_OBJECT_CLASS (deck_window_parent_class)->constructed (object);

  if (self->workspace != NULL)
    {
      adw_window_title_set_subtitle (self->content_title,
                                     deck_workspace_get_label (self->workspace));
      deck_accounts_page_set_workspace (self->accounts_page, self->workspace);
    }

  /* Without a workspace there is nothing to refresh or search. */
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), self->workspace != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_button), self->workspace != NULL);

  deck_accounts_page_set_key_capture_widget (self->accounts_page, GTK_WIDGET (self));
  deck_window_install_actions (self);
  restore_state (self);
}

static void
deck_window_dispose (GObject *object)
{
  DeckWindow *self = DECK_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_WINDOW);

  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (deck_window_parent_class)->dispose (object);
}

static void
deck_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DeckWindow *self = DECK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DeckWindow *self = DECK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_window_class_init (DeckWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = deck_window_constructed;
  object_class->dispose = deck_window_dispose;
  object_class->get_property = deck_window_get_property;
  object_class->set_property = deck_window_set_property;

  window_class->close_request = deck_window_close_request;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DECK_TYPE_ACCOUNTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/deck-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, sections);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, accounts_page);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, refresh_button);
  gtk_widget_class_bind_template_callback (widget_class, on_section_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated);
}

static void
deck_window_init (DeckWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  g_object_bind_property (self->search_button, "active",
                          self->accounts_page, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}
