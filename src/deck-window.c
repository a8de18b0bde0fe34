/* deck-window.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-api-keys-page.h"
#include "deck-admin-audit-log-page.h"
#include "deck-admin-group-page.h"
#include "deck-admin-members-page.h"
#include "deck-admin-workspace-page.h"
#include "deck-campaigns-page.h"
#include "deck-leads-page.h"
#include "deck-block-list-page.h"
#include "deck-jobs-panel.h"
#include "deck-lead-labels-page.h"
#include "deck-lead-lists-page.h"
#include "analytics/deck-analytics-page.h"
#include "deck-memory-secret-store.h"
#include "deck-permissions.h"
#include "deck-window-private.h"

/* The sidebar, top to bottom. To add a section, append a row: its page type (with a
 * "workspace" property) is created once per window. Accounts stays first: it is where
 * a new workspace lands. */
const DeckWindowSection deck_window_sections[] = {
  { "accounts", N_("Accounts"), "mail-send-symbolic", deck_accounts_page_get_type,
    "accounts.reload", "accounts:read", TRUE },
  { "campaigns", N_("Campaigns"), "mail-send-receive-symbolic", deck_campaigns_page_get_type,
    "campaigns.reload", "campaigns:read", TRUE },
  { "leads", N_("Leads"), "avatar-default-symbolic", deck_leads_page_get_type,
    "leads.reload", "leads:read", TRUE },
  { "lists", N_("Lead Lists"), "view-list-bullet-symbolic", deck_lead_lists_page_get_type,
    "lists.reload", "lead_lists:read", FALSE },
  { "lead-labels", N_("Lead Labels"), "user-bookmarks-symbolic", deck_lead_labels_page_get_type,
    "labels.reload", "lead-labels:read", FALSE },
  { "block-list", N_("Block List"), "action-unavailable-symbolic", deck_block_list_page_get_type,
    "block-list.reload", "block_list_entries:read", TRUE },
  { "analytics", N_("Analytics"), "x-office-presentation-symbolic", deck_analytics_page_get_type,
    "analytics.reload", "campaigns:read", FALSE },
  { "jobs", N_("Background Jobs"), "system-run-symbolic", deck_jobs_panel_get_type,
    "jobs.reload", "background-jobs:read", FALSE },
  { "workspace-details", N_("Workspace"), "user-home-symbolic", deck_admin_workspace_page_get_type,
    "workspace.reload", "workspaces:read", FALSE },
  { "api-keys", N_("API Keys"), "dialog-password-symbolic", deck_admin_api_keys_page_get_type,
    "api-keys.reload", "api_keys:read", FALSE },
  { "members", N_("Members"), "system-users-symbolic", deck_admin_members_page_get_type,
    "members.reload", "workspace_members:read", FALSE },
  { "workspace-group", N_("Workspace Group"), "network-workgroup-symbolic", deck_admin_group_page_get_type,
    "group.reload", "workspace_group_members:read", FALSE },
  { "audit-log", N_("Audit Log"), "document-open-recent-symbolic", deck_admin_audit_log_page_get_type,
    "audit-log.reload", "audit_logs:read", FALSE },
};
const guint deck_window_n_sections = G_N_ELEMENTS (deck_window_sections);

G_DEFINE_FINAL_TYPE (DeckWindow, deck_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *deck_window_ensure_page (DeckWindow *self,
                                           guint       index);

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_WORKSPACE_LIST,
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

DeckWindow *
deck_window_new_for_list (DeckApplication   *application,
                          DeckWorkspaceList *list)
{
  g_return_val_if_fail (application == NULL || DECK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (DECK_IS_WORKSPACE_LIST (list), NULL);

  return g_object_new (DECK_TYPE_WINDOW,
                       "application", application,
                       "workspace-list", list,
                       NULL);
}

DeckWorkspaceList *
deck_window_get_workspace_list (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->list;
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

static const DeckWindowSection *
find_section (const char *name,
              guint      *index)
{
  for (guint i = 0; i < deck_window_n_sections; i++)
    {
      if (g_strcmp0 (deck_window_sections[i].name, name) == 0)
        {
          if (index != NULL)
            *index = i;
          return &deck_window_sections[i];
        }
    }

  return NULL;
}

GtkWidget *
deck_window_get_section_page (DeckWindow *self,
                              const char *section)
{
  guint i;

  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  if (find_section (section, &i) == NULL)
    return NULL;

  return deck_window_ensure_page (self, i);
}

const char *
deck_window_get_visible_section (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    return "welcome";

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

DeckWelcomePage *
deck_window_get_welcome_page (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->welcome_page;
}

DeckWorkspaceSwitcher *
deck_window_get_switcher (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->switcher;
}

DeckWelcomePage *
deck_window_get_add_page (DeckWindow *self)
{
  g_return_val_if_fail (DECK_IS_WINDOW (self), NULL);

  return self->add_page;
}

/* Which page the content shows: the workspace's state first, then the section. */
static void
update_content (DeckWindow *self)
{
  DeckWorkspaceEntryState state;
  const char *label;

  gtk_stack_set_visible_child_name (self->main_stack,
                                    self->entry != NULL ? "workspace" : "welcome");
  if (self->entry == NULL)
    {
      deck_window_update_actions (self);
      return;
    }

  label = deck_workspace_entry_get_label (self->entry);
  adw_window_title_set_subtitle (self->content_title, label);

  state = deck_workspace_entry_get_state (self->entry);
  switch (state)
    {
    case DECK_WORKSPACE_ENTRY_LOCKED:
      gtk_stack_set_visible_child_name (self->content_stack, "unlocking");
      break;

    case DECK_WORKSPACE_ENTRY_NO_KEY:
      {
        g_autofree char *description = NULL;

        /* Translators: %s is the workspace's label */
        description = g_strdup_printf (_("The keyring has no API key for “%s”. Enter the key again, or remove this workspace."),
                                       label);
        adw_status_page_set_title (self->key_status, _("API Key Missing"));
        adw_status_page_set_description (self->key_status, description);
        gtk_stack_set_visible_child_name (self->content_stack, "no-key");
      }
      break;

    case DECK_WORKSPACE_ENTRY_KEYRING_UNAVAILABLE:
      {
        g_autofree char *description = NULL;

        /* Translators: the first %s is the workspace's label, the second the keyring's own error message */
        description = g_strdup_printf (_("The API key of “%s” could not be read because the keyring did not answer (%s). Enter the key to use it for this session only."),
                                       label, deck_workspace_entry_get_state_message (self->entry));
        adw_status_page_set_title (self->key_status, _("Keyring Not Available"));
        adw_status_page_set_description (self->key_status, description);
        gtk_stack_set_visible_child_name (self->content_stack, "no-key");
      }
      break;

    case DECK_WORKSPACE_ENTRY_READY:
    default:
      if (self->section != NULL)
        gtk_stack_set_visible_child_name (self->content_stack, self->section->name);
      break;
    }

  deck_window_update_actions (self);
}

static void
on_permission_denied (DeckWindow      *self,
                      const char      *scope,
                      DeckPermissions *permissions)
{
  g_autofree char *text = deck_permissions_describe_denied (scope);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  deck_window_update_actions (self);
}

/* A 403 on the accounts list: the key lacks accounts:read, so refreshing would only
 * fail again. */
static void
on_accounts_error (DeckWindow    *self,
                   GParamSpec    *pspec,
                   DeckWorkspace *workspace)
{
  deck_workspace_permissions_record_error (workspace, "accounts:read",
                                           deck_workspace_get_accounts_error (workspace));
}

static void
set_workspace (DeckWindow    *self,
               DeckWorkspace *workspace)
{
  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->workspace, on_accounts_error, self);
      g_signal_handlers_disconnect_by_func (deck_permissions_get_for_workspace (self->workspace),
                                            on_permission_denied, self);
    }

  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "notify::accounts-error",
                               G_CALLBACK (on_accounts_error), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (deck_permissions_get_for_workspace (workspace), "denied",
                               G_CALLBACK (on_permission_denied), self, G_CONNECT_SWAPPED);
    }

  /* Every page follows, so no page ever shows another workspace's data. */
  for (guint i = 0; i < self->pages->len; i++)
    if (g_ptr_array_index (self->pages, i) != NULL)
      g_object_set (g_ptr_array_index (self->pages, i), "workspace", workspace, NULL);

  if (workspace != NULL)
    on_accounts_error (self, NULL, workspace);
}

static void
on_entry_changed (DeckWindow *self)
{
  DeckWorkspace *workspace = NULL;

  if (self->entry != NULL &&
      deck_workspace_entry_get_state (self->entry) == DECK_WORKSPACE_ENTRY_READY)
    workspace = deck_workspace_entry_get_workspace (self->entry);

  set_workspace (self, workspace);
  update_content (self);
}

static void
on_current_changed (DeckWindow *self)
{
  DeckWorkspaceEntry *current = deck_workspace_list_get_current (self->list);

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_changed, self);

  g_set_object (&self->entry, current);

  if (current != NULL)
    {
      g_signal_connect_object (current, "notify::state", G_CALLBACK (on_entry_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (current, "notify::workspace", G_CALLBACK (on_entry_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (current, "notify::label", G_CALLBACK (on_entry_changed), self,
                               G_CONNECT_SWAPPED);
    }

  on_entry_changed (self);
}

static void
on_list_changed (DeckWindow *self)
{
  /* A list with workspaces always shows one of them. */
  if (deck_workspace_list_get_current (self->list) == NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    {
      g_autoptr(DeckWorkspaceEntry) first = g_list_model_get_item (G_LIST_MODEL (self->list), 0);

      deck_workspace_list_set_current (self->list, first);
    }
}

static void
bind_search (DeckWindow *self,
             GtkWidget  *page)
{
  g_clear_pointer (&self->search_binding, g_binding_unbind);

  if (page != NULL)
    self->search_binding = g_object_bind_property (self->search_button, "active",
                                                   page, "search-mode",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
show_section (DeckWindow    *self,
              GtkListBoxRow *row)
{
  guint index;
  const DeckWindowSection *section = find_section (gtk_widget_get_name (GTK_WIDGET (row)), &index);
  const char *title;
  GtkWidget *page;

  g_return_if_fail (section != NULL);

  self->section = section;
  title = _(section->title);
  adw_navigation_page_set_title (self->content_page, title);
  adw_window_title_set_title (self->content_title, title);

  gtk_toggle_button_set_active (self->search_button, FALSE);
  page = deck_window_ensure_page (self, index);
  bind_search (self, section->searchable ? page : NULL);

  update_content (self);

  g_settings_set_string (self->settings, "last-section", section->name);
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

void
deck_window_land (DeckWindow *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->sections, 0);

  if (gtk_list_box_get_selected_row (self->sections) != first)
    gtk_list_box_select_row (self->sections, first);
  else
    show_section (self, first);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_workspace_added (DeckWindow         *self,
                    DeckWorkspaceEntry *entry,
                    const char         *plan,
                    DeckWelcomePage    *page)
{
  g_autofree char *text = NULL;

  deck_workspace_list_set_current (self->list, entry);
  deck_window_land (self);

  if (plan != NULL)
    /* Translators: the first %s is the workspace's name, the second its plan ("Hypergrowth") */
    text = g_strdup_printf (_("Connected to “%s” (%s plan)"), deck_workspace_entry_get_label (entry), plan);
  else
    /* Translators: %s is the workspace's name */
    text = g_strdup_printf (_("Connected to “%s”"), deck_workspace_entry_get_label (entry));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
on_demo_requested (DeckWindow      *self,
                   DeckWelcomePage *page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceEntry) entry = deck_application_create_demo_entry (&error);

  if (entry == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The demo workspace could not start: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      return;
    }

  deck_workspace_list_add_transient (self->list, entry);
  deck_workspace_list_set_current (self->list, entry);
  deck_window_land (self);
}

static void
on_add_workspace_added (DeckWindow         *self,
                        DeckWorkspaceEntry *entry,
                        const char         *plan,
                        DeckWelcomePage    *page)
{
  AdwDialog *dialog = ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_DIALOG));

  on_workspace_added (self, entry, plan, page);
  if (dialog != NULL)
    adw_dialog_force_close (dialog);
}

void
deck_window_present_add_dialog (DeckWindow *self,
                                const char *server_url)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *page = deck_welcome_page_new ();

  deck_welcome_page_set_dialog_mode (DECK_WELCOME_PAGE (page), TRUE);
  deck_welcome_page_set_workspace_list (DECK_WELCOME_PAGE (page), self->list);
  if (server_url != NULL)
    deck_welcome_page_set_server_url (DECK_WELCOME_PAGE (page), server_url);
  g_signal_connect_object (page, "workspace-added", G_CALLBACK (on_add_workspace_added), self,
                           G_CONNECT_SWAPPED);

  adw_dialog_set_title (dialog, _("Add Workspace"));
  adw_dialog_set_content_width (dialog, 480);
  adw_dialog_set_child (dialog, page);
  g_set_weak_pointer (&self->add_page, DECK_WELCOME_PAGE (page));

  adw_dialog_present (dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (deck_welcome_page_get_key_row (DECK_WELCOME_PAGE (page))));
}

void
deck_window_add_workspace_with_key (DeckWindow *self,
                                    const char *key)
{
  GtkEditable *key_row;

  g_return_if_fail (DECK_IS_WINDOW (self));
  g_return_if_fail (key != NULL);

  deck_window_present_add_dialog (self, self->entry ? deck_workspace_entry_get_server_url (self->entry) : NULL);
  if (self->add_page == NULL)
    return;

  key_row = GTK_EDITABLE (deck_welcome_page_get_key_row (self->add_page));
  gtk_editable_set_text (key_row, key);
}

/* A separator above the first section of each group: outreach, leads, insights, the
 * workspace's administration. */
static gboolean
section_starts_group (const char *name)
{
  static const char * const group_starts[] = { "leads", "analytics", "workspace-details" };

  for (guint i = 0; i < G_N_ELEMENTS (group_starts); i++)
    if (g_strcmp0 (name, group_starts[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
update_section_header (GtkListBoxRow *row,
                       GtkListBoxRow *before,
                       gpointer       user_data)
{
  gboolean wanted = before != NULL && section_starts_group (gtk_widget_get_name (GTK_WIDGET (row)));

  if (wanted == (gtk_list_box_row_get_header (row) != NULL))
    return;
  gtk_list_box_row_set_header (row, wanted ? gtk_separator_new (GTK_ORIENTATION_HORIZONTAL) : NULL);
}

/* The page of section @index, built (and given the window's workspace) the first time
 * it is asked for. */
static GtkWidget *
deck_window_ensure_page (DeckWindow *self,
                         guint       index)
{
  const DeckWindowSection *section = &deck_window_sections[index];
  GtkWidget *page = g_ptr_array_index (self->pages, index);

  if (page != NULL)
    return page;

  page = g_object_new (section->get_type (), "workspace", self->workspace, NULL);
  gtk_stack_add_named (self->content_stack, page, section->name);
  g_ptr_array_index (self->pages, index) = page;
  return page;
}

static void
create_sections (DeckWindow *self)
{
  gtk_list_box_set_header_func (self->sections, update_section_header, NULL, NULL);
  for (guint i = 0; i < deck_window_n_sections; i++)
    {
      const DeckWindowSection *section = &deck_window_sections[i];
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name (section->icon_name);
      GtkWidget *label = gtk_label_new (_(section->title));

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_widget_set_name (row, section->name);
      gtk_list_box_append (self->sections, row);

      /* Pages are built on first use (deck_window_ensure_page): start-up builds only the
       * first one. */
      g_ptr_array_add (self->pages, NULL);
    }

  self->accounts_page = DECK_ACCOUNTS_PAGE (deck_window_ensure_page (self, 0));
  deck_accounts_page_set_key_capture_widget (self->accounts_page, GTK_WIDGET (self));
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

/* The list this window shows: the one given, a list of its own around a single
 * workspace, the application's, or an empty one. */
static DeckWorkspaceList *
make_list (DeckWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(DeckSecretStore) store = NULL;
  DeckWorkspaceList *list;

  if (self->initial_workspace == NULL && DECK_IS_APPLICATION (app) &&
      deck_application_get_workspace_list (DECK_APPLICATION (app)) != NULL)
    return g_object_ref (deck_application_get_workspace_list (DECK_APPLICATION (app)));

  store = deck_memory_secret_store_new ();
  list = deck_workspace_list_new (NULL, store);

  if (self->initial_workspace != NULL)
    {
      g_autoptr(DeckWorkspaceEntry) entry = NULL;

      entry = deck_workspace_entry_new_transient (self->initial_workspace, "window",
                                                  deck_workspace_get_label (self->initial_workspace));
      deck_workspace_list_add_transient (list, entry);
      deck_workspace_list_set_current (list, entry);
    }

  return list;
}

static void
deck_window_constructed (GObject *object)
{
  DeckWindow *self = DECK_WINDOW (object);

  G_OBJECT_CLASS (deck_window_parent_class)->constructed (object);

  if (self->list == NULL)
    self->list = make_list (self);

  create_sections (self);
  deck_welcome_page_set_workspace_list (self->welcome_page, self->list);
  deck_workspace_switcher_set_workspace_list (self->switcher, self->list);

  g_signal_connect_object (self->list, "notify::current", G_CALLBACK (on_current_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_changed), self,
                           G_CONNECT_SWAPPED);

  deck_window_install_actions (self);
  on_list_changed (self);
  on_current_changed (self);
  restore_state (self);
}

static void
deck_window_dispose (GObject *object)
{
  DeckWindow *self = DECK_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->search_binding, g_binding_unbind);
  if (self->pages != NULL)
    set_workspace (self, NULL);
  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_changed, self);
  g_clear_weak_pointer (&self->add_page);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_WINDOW);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->entry);
  g_clear_object (&self->workspace);
  g_clear_object (&self->initial_workspace);
  g_clear_object (&self->list);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

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

    case PROP_WORKSPACE_LIST:
      g_value_set_object (value, self->list);
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
      self->initial_workspace = g_value_dup_object (value);
      break;

    case PROP_WORKSPACE_LIST:
      self->list = g_value_dup_object (value);
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

  properties[PROP_WORKSPACE_LIST] =
    g_param_spec_object ("workspace-list", NULL, NULL,
                         DECK_TYPE_WORKSPACE_LIST,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DECK_TYPE_WELCOME_PAGE);
  g_type_ensure (DECK_TYPE_WORKSPACE_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/deck-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, sections);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, key_status);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, DeckWindow, refresh_button);
  gtk_widget_class_bind_template_callback (widget_class, on_section_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_workspace_added);
  gtk_widget_class_bind_template_callback (widget_class, on_demo_requested);
}

static void
deck_window_init (DeckWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->pages = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}
