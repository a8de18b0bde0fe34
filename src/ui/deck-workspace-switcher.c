/* deck-workspace-switcher.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-workspace-switcher"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-workspace-switcher.h"

struct _DeckWorkspaceSwitcher
{
  AdwBin             parent_instance;

  DeckWorkspaceList *list;
  DeckWorkspaceEntry *current; /* the one the label shows */

  /* Template widgets */
  GtkMenuButton     *button;
  GtkLabel          *current_label;
  GtkListBox        *list_box;
};

G_DEFINE_FINAL_TYPE (DeckWorkspaceSwitcher, deck_workspace_switcher, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE_LIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
entry_dup_subtitle (DeckWorkspaceEntry *entry)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *name = deck_workspace_entry_get_name (entry);
  const char *hint = deck_workspace_entry_get_key_hint (entry);

  if (name != NULL && g_strcmp0 (name, deck_workspace_entry_get_label (entry)) != 0)
    g_strv_builder_add (parts, name);
  if (hint != NULL)
    /* Translators: %s is the key's last characters ("…abcd") */
    g_strv_builder_take (parts, g_strdup_printf (_("Key %s"), hint));
  if (deck_workspace_entry_get_transient (entry))
    g_strv_builder_add (parts, _("This session only"));

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static void
update_row (GtkListBoxRow *row)
{
  DeckWorkspaceEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  g_autofree char *text = entry_dup_subtitle (entry);

  gtk_label_set_text (title, deck_workspace_entry_get_label (entry));
  gtk_label_set_text (subtitle, text);
  gtk_widget_set_visible (GTK_WIDGET (subtitle), text[0] != '\0');
}

static void
update_checks (DeckWorkspaceSwitcher *self)
{
  DeckWorkspaceEntry *current = self->list ? deck_workspace_list_get_current (self->list) : NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL)
        gtk_widget_set_opacity (check,
                                g_object_get_data (G_OBJECT (row), "entry") == (gpointer) current ? 1 : 0);
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckWorkspaceEntry *entry = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Current workspace"),
                                  -1);

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, deck_workspace_entry_get_uid (entry));

  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "check", check);

  g_signal_connect_object (entry, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (GTK_LIST_BOX_ROW (row));

  return row;
}

static void
update_label (DeckWorkspaceSwitcher *self)
{
  const char *label = self->current ? deck_workspace_entry_get_label (self->current) : _("No Workspace");

  gtk_label_set_text (self->current_label, label);
}

static void
on_current_changed (DeckWorkspaceSwitcher *self)
{
  DeckWorkspaceEntry *current = deck_workspace_list_get_current (self->list);

  if (self->current != NULL)
    g_signal_handlers_disconnect_by_func (self->current, update_label, self);
  g_set_object (&self->current, current);
  if (current != NULL)
    g_signal_connect_object (current, "notify::label", G_CALLBACK (update_label), self,
                             G_CONNECT_SWAPPED);

  update_label (self);
  update_checks (self);
}

static void
on_items_changed (DeckWorkspaceSwitcher *self)
{
  update_checks (self);
}

static void
on_row_activated (DeckWorkspaceSwitcher *self,
                  GtkListBoxRow         *row)
{
  DeckWorkspaceEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  gtk_menu_button_popdown (self->button);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.switch-workspace", "s",
                              deck_workspace_entry_get_uid (entry));
}

static void
deck_workspace_switcher_dispose (GObject *object)
{
  DeckWorkspaceSwitcher *self = DECK_WORKSPACE_SWITCHER (object);

  deck_workspace_switcher_set_workspace_list (self, NULL);
  self->list_box = NULL;
  /* The button is both AdwBin's child and a template child: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_WORKSPACE_SWITCHER);

  G_OBJECT_CLASS (deck_workspace_switcher_parent_class)->dispose (object);
}

static void
deck_workspace_switcher_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DeckWorkspaceSwitcher *self = DECK_WORKSPACE_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE_LIST:
      g_value_set_object (value, self->list);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_switcher_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DeckWorkspaceSwitcher *self = DECK_WORKSPACE_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE_LIST:
      deck_workspace_switcher_set_workspace_list (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_switcher_class_init (DeckWorkspaceSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_workspace_switcher_dispose;
  object_class->get_property = deck_workspace_switcher_get_property;
  object_class->set_property = deck_workspace_switcher_set_property;

  properties[PROP_WORKSPACE_LIST] =
    g_param_spec_object ("workspace-list", NULL, NULL,
                         DECK_TYPE_WORKSPACE_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-workspace-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckWorkspaceSwitcher, button);
  gtk_widget_class_bind_template_child (widget_class, DeckWorkspaceSwitcher, current_label);
}

static void
deck_workspace_switcher_init (DeckWorkspaceSwitcher *self)
{
  GtkPopover *popover;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Made here rather than in the template: the popover, not the template, owns it. */
  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_set_size_request (GTK_WIDGET (self->list_box), 260, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Workspaces"),
                                  -1);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (on_row_activated), self,
                           G_CONNECT_SWAPPED);

  popover = gtk_menu_button_get_popover (self->button);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), GTK_WIDGET (self->list_box), "workspaces");
  update_label (self);
}

GtkWidget *
deck_workspace_switcher_new (void)
{
  return g_object_new (DECK_TYPE_WORKSPACE_SWITCHER, NULL);
}

DeckWorkspaceList *
deck_workspace_switcher_get_workspace_list (DeckWorkspaceSwitcher *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_SWITCHER (self), NULL);

  return self->list;
}

void
deck_workspace_switcher_set_workspace_list (DeckWorkspaceSwitcher *self,
                                            DeckWorkspaceList     *list)
{
  g_return_if_fail (DECK_IS_WORKSPACE_SWITCHER (self));
  g_return_if_fail (list == NULL || DECK_IS_WORKSPACE_LIST (list));

  if (self->list == list)
    return;

  if (self->list != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->list, on_current_changed, self);
      g_signal_handlers_disconnect_by_func (self->list, on_items_changed, self);
    }
  if (self->current != NULL)
    g_signal_handlers_disconnect_by_func (self->current, update_label, self);
  g_clear_object (&self->current);

  g_set_object (&self->list, list);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (list), create_row, NULL, NULL);

  if (list != NULL)
    {
      g_signal_connect_object (list, "notify::current", G_CALLBACK (on_current_changed), self,
                               G_CONNECT_SWAPPED);
      /* After the list box made its rows. */
      g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      on_current_changed (self);
    }
  else if (self->current_label != NULL)
    update_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE_LIST]);
}

GtkMenuButton *
deck_workspace_switcher_get_button (DeckWorkspaceSwitcher *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_SWITCHER (self), NULL);

  return self->button;
}

GtkListBox *
deck_workspace_switcher_get_list_box (DeckWorkspaceSwitcher *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_SWITCHER (self), NULL);

  return self->list_box;
}
