/* deck-admin-group-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-group-page.h"
#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-workspace.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckAdminGroupPage
{
  AdwBin         parent_instance;

  gboolean           load_pending;

  DeckWorkspace *workspace;
  DeckPager     *pager;
  GListStore    *empty;
  GCancellable  *cancellable;
  const char    *state;
  char          *last_toast;
  AdwDialog     *dialog;
  guint          n_busy;
  gboolean       loading;
  gboolean       loaded_once;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkListBox    *list;
  AdwEntryRow   *invite_row;
};

G_DEFINE_FINAL_TYPE (DeckAdminGroupPage, deck_admin_group_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An operation on one member, carried to its callback. */
typedef struct
{
  DeckAdminGroupPage *self;
  DeckGroupMember      *member;
  char                 *text;  /* the email or role it was about */
} Operation;

static Operation *
operation_new (DeckAdminGroupPage *self,
               DeckGroupMember  *member,
               const char           *text)
{
  Operation *operation = g_new0 (Operation, 1);

  operation->self = self;
  operation->member = member ? g_object_ref (member) : NULL;
  operation->text = g_strdup (text);
  self->n_busy++;

  return operation;
}

static void
operation_free (Operation *operation)
{
  g_clear_object (&operation->member);
  g_free (operation->text);
  g_free (operation);
}

static void
set_state (DeckAdminGroupPage *self,
           const char           *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  /* The invite form lives on the results page, so an empty group shows it too. */
  gtk_stack_set_visible_child_name (self->stack, g_str_equal (state, "empty") ? "results" : state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
update_state (DeckAdminGroupPage *self)
{
  set_state (self, deck_page_state_for_list (self->pager != NULL, self->loading, self->loaded_once,
                                             g_list_model_get_n_items (deck_admin_group_page_get_model (self))));
}

static void
toast (DeckAdminGroupPage *self,
       const char           *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckAdminGroupPage *self,
             const char           *what,
             const GError         *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckAdminGroupPage *self,
                AdwDialog            *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static DeckGroupMember *
find_member (DeckAdminGroupPage *self,
             const char           *id,
             guint                *position)
{
  GListModel *model = deck_admin_group_page_get_model (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckGroupMember) member = g_list_model_get_item (model, i);

      if (g_strcmp0 (deck_group_member_get_id (member), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return member;
        }
    }

  return NULL;
}

/* ------------------------------------------------------------------ rows */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckGroupMember *member = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *name = deck_group_member_get_display_name (member);
  g_autofree char *status = deck_group_member_status_to_string (deck_group_member_get_status (member));
  g_autofree char *since = deck_admin_format_date (deck_group_member_get_timestamp_created (member));
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;

  /* Translators: a sub-workspace's state and when it was invited, e.g. "Joined · invited 3 Mar 2026" */
  subtitle = g_strdup_printf (_("%s · invited %s"), status, since);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name ? name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the tooltip of a sub-workspace's remove button */
  remove_label = g_strdup_printf (_("Remove “%s” from the group"), name ? name : "");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "group.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", deck_group_member_get_id (member));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckAdminGroupPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone or moved on: do not touch it. */
  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_GROUP_PAGE (user_data);
  self->loading = FALSE;
  self->n_busy--;

  deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                             _("Could not refresh the workspace group"), &self->loaded_once, &self->last_toast);

  update_state (self);
}

void
deck_admin_group_page_reload (DeckAdminGroupPage *self)
{
  g_return_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self));

  if (self->pager == NULL || self->loading)
    return;

  self->loading = TRUE;
  self->n_busy++;
  update_state (self);
  deck_pager_load_async (self->pager, self->cancellable, load_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_admin_group_page_reload (DECK_ADMIN_GROUP_PAGE (widget));
}

/* ------------------------------------------------------------------ invite */

static void
invite_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Operation *operation = user_data;
  DeckAdminGroupPage *self = operation->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckGroupMember) member = NULL;
  g_autofree char *title = NULL;
  GListModel *model;

  member = deck_client_invite_group_member_finish (DECK_CLIENT (source), result, &error);
  if (member == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      operation_free (operation);
      return;
    }

  self->n_busy--;

  if (member == NULL)
    {
      toast_error (self, _("Could not invite the workspace"), error);
      operation_free (operation);
      return;
    }

  title = g_strdup_printf (_("Invitation sent to “%s”"), deck_group_member_get_display_name (member));
  toast (self, title);
  gtk_editable_set_text (GTK_EDITABLE (self->invite_row), "");

  model = deck_admin_group_page_get_model (self);
  if (G_IS_LIST_STORE (model) && find_member (self, deck_group_member_get_id (member), NULL) == NULL)
    g_list_store_append (G_LIST_STORE (model), member);
  update_state (self);

  operation_free (operation);
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (widget);
  g_autofree char *id = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));

  if (self->workspace == NULL || *id == '\0')
    return;

  deck_client_invite_group_member_async (deck_workspace_get_client (self->workspace),
                                         id, self->cancellable, invite_cb,
                                         operation_new (self, NULL, id));
}

static void
on_invite_apply (DeckAdminGroupPage *self,
                 AdwEntryRow        *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "group.invite", "s",
                              gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* ------------------------------------------------------------------ remove */

static void
remove_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Operation *operation = user_data;
  DeckAdminGroupPage *self = operation->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *name;
  guint position;

  if (!deck_client_remove_group_member_finish (DECK_CLIENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      operation_free (operation);
      return;
    }

  self->n_busy--;
  name = deck_group_member_get_display_name (operation->member);

  if (error != NULL)
    {
      title = g_strdup_printf (_("Could not remove “%s”"), name);
      toast_error (self, title, error);
    }
  else
    {
      GListModel *model = deck_admin_group_page_get_model (self);

      title = g_strdup_printf (_("“%s” removed from the group"), name);
      toast (self, title);
      if (G_IS_LIST_STORE (model) &&
          find_member (self, deck_group_member_get_id (operation->member), &position) != NULL)
        g_list_store_remove (G_LIST_STORE (model), position);
      update_state (self);
    }

  operation_free (operation);
}

static void
on_remove_response (AdwAlertDialog     *dialog,
                    const char         *response,
                    DeckAdminGroupPage *self)
{
  DeckGroupMember *member;

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  member = find_member (self, g_object_get_data (G_OBJECT (dialog), "deck-id"), NULL);
  if (member == NULL)
    return;

  deck_client_remove_group_member_async (deck_workspace_get_client (self->workspace),
                                         deck_group_member_get_id (member),
                                         self->cancellable, remove_cb,
                                         operation_new (self, member, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckGroupMember *member = find_member (self, id, NULL);
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  if (member == NULL)
    return;

  /* An unnamed sub-workspace is known by its long id, which cannot wrap in a heading. */
  body = g_strdup_printf (_("This workspace stops managing “%s”. That workspace and its data "
                            "stay as they are; to manage it again, invite it again."),
                          deck_group_member_get_display_name (member));
  dialog = deck_admin_confirm_dialog_new (_("Remove the Sub-Workspace?"), body, _("_Remove"),
                                          G_CALLBACK (on_remove_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ object */

static void
deck_admin_group_page_map (GtkWidget *widget)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (widget);

  GTK_WIDGET_CLASS (deck_admin_group_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_admin_group_page_reload (self);
    }
}

static void
deck_admin_group_page_dispose (GObject *object)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  /* AdwBin keeps its own pointer to the template's top widget: let it go first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ADMIN_GROUP_PAGE);

  G_OBJECT_CLASS (deck_admin_group_page_parent_class)->dispose (object);
}

static void
deck_admin_group_page_finalize (GObject *object)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_admin_group_page_parent_class)->finalize (object);
}

static void
deck_admin_group_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_group_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DeckAdminGroupPage *self = DECK_ADMIN_GROUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_admin_group_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_group_page_class_init (DeckAdminGroupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_admin_group_page_dispose;
  object_class->finalize = deck_admin_group_page_finalize;
  object_class->get_property = deck_admin_group_page_get_property;
  object_class->set_property = deck_admin_group_page_set_property;

  widget_class->map = deck_admin_group_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/deck-admin-group-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAdminGroupPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminGroupPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminGroupPage, list);

  gtk_widget_class_bind_template_child (widget_class, DeckAdminGroupPage, invite_row);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_apply);

  gtk_widget_class_install_action (widget_class, "group.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "group.invite", "s", invite_action);
  gtk_widget_class_install_action (widget_class, "group.remove", "s", remove_action);
}

static void
deck_admin_group_page_init (DeckAdminGroupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_GROUP_MEMBER);
  update_state (self);
}

GtkWidget *
deck_admin_group_page_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_GROUP_PAGE, NULL);
}

DeckWorkspace *
deck_admin_group_page_get_workspace (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), NULL);

  return self->workspace;
}

void
deck_admin_group_page_set_workspace (DeckAdminGroupPage *self,
                                       DeckWorkspace        *workspace)
{
  g_return_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Nothing for the old workspace may land here. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_busy = 0;
  self->loading = FALSE;
  self->loaded_once = FALSE;

  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->pager);
  if (workspace != NULL)
    self->pager = deck_client_list_group_members (deck_workspace_get_client (workspace));

  gtk_list_box_bind_model (self->list,
                           self->pager ? deck_pager_get_model (self->pager) : NULL,
                           self->pager ? create_row : NULL, self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_admin_group_page_reload (self);
  else
    self->load_pending = TRUE;
}

const char *
deck_admin_group_page_get_state (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), NULL);

  return self->state;
}

GListModel *
deck_admin_group_page_get_model (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), NULL);

  if (self->pager != NULL)
    return deck_pager_get_model (self->pager);

  return G_LIST_MODEL (self->empty);
}

AdwDialog *
deck_admin_group_page_get_dialog (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_admin_group_page_get_last_toast (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_admin_group_page_get_busy (DeckAdminGroupPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_GROUP_PAGE (self), FALSE);

  return self->n_busy > 0;
}
