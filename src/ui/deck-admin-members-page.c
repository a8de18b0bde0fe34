/* deck-admin-members-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-members-page.h"
#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-workspace.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckAdminMembersPage
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
};

G_DEFINE_FINAL_TYPE (DeckAdminMembersPage, deck_admin_members_page, ADW_TYPE_BIN)

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
  DeckAdminMembersPage *self;
  DeckWorkspaceMember  *member;
  char                 *text;  /* the email or role it was about */
} Operation;

static Operation *
operation_new (DeckAdminMembersPage *self,
               DeckWorkspaceMember  *member,
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
set_state (DeckAdminMembersPage *self,
           const char           *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckAdminMembersPage *self)
{
  set_state (self, deck_page_state_for_list (self->pager != NULL, self->loading, self->loaded_once,
                                             g_list_model_get_n_items (deck_admin_members_page_get_model (self))));
}

static void
toast (DeckAdminMembersPage *self,
       const char           *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckAdminMembersPage *self,
             const char           *what,
             const GError         *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckAdminMembersPage *self,
                AdwDialog            *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static DeckWorkspaceMember *
find_member (DeckAdminMembersPage *self,
             const char           *id,
             guint                *position)
{
  GListModel *model = deck_admin_members_page_get_model (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckWorkspaceMember) member = g_list_model_get_item (model, i);

      if (g_strcmp0 (deck_workspace_member_get_id (member), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return member;
        }
    }

  return NULL;
}

static gboolean
role_is_assignable (const char *role)
{
  return g_strv_contains (deck_workspace_member_get_assignable_roles (), role);
}

/* ------------------------------------------------------------------ rows */

static char *
member_subtitle (DeckWorkspaceMember *member,
                 gboolean             with_role)
{
  g_autofree char *name = deck_workspace_member_dup_display_name (member);
  g_autofree char *role = deck_workspace_member_role_to_string (deck_workspace_member_get_role (member));
  const char *email = deck_workspace_member_get_email (member);
  const char *status = deck_workspace_member_get_accepted (member)
                         ? C_("member", "Joined") : C_("member", "Invitation not accepted yet");
  g_autoptr(GString) text = g_string_new (NULL);

  if (g_strcmp0 (name, email) != 0)
    g_string_append_printf (text, "%s\n", email);
  if (with_role)
    /* Translators: a member's role and whether they joined, e.g. "Owner · Joined" */
    g_string_append_printf (text, _("%s · %s"), role, status);
  else
    g_string_append (text, status);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
sync_row (AdwComboRow         *row,
          DeckWorkspaceMember *member)
{
  const char * const *roles = deck_workspace_member_get_assignable_roles ();
  g_autofree char *title = deck_workspace_member_dup_display_name (member);
  g_autofree char *subtitle = member_subtitle (member, FALSE);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "deck-handler"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Showing the server's answer is not a request to change it. */
  g_signal_handler_block (row, handler);
  for (guint i = 0; roles[i] != NULL; i++)
    {
      if (g_strcmp0 (roles[i], deck_workspace_member_get_role (member)) == 0)
        adw_combo_row_set_selected (row, i);
    }
  g_signal_handler_unblock (row, handler);
}

static void
on_member_notify (AdwComboRow         *row,
                  GParamSpec          *pspec,
                  DeckWorkspaceMember *member)
{
  sync_row (row, member);
}

static void
on_role_selected (AdwComboRow *row,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  DeckWorkspaceMember *member = g_object_get_data (G_OBJECT (row), "deck-member");
  const char * const *roles = deck_workspace_member_get_assignable_roles ();
  guint selected = adw_combo_row_get_selected (row);

  if (member == NULL || selected >= g_strv_length ((char **) roles) ||
      g_strcmp0 (roles[selected], deck_workspace_member_get_role (member)) == 0)
    return;

  gtk_widget_activate_action (GTK_WIDGET (row), "members.set-role", "(ss)",
                              deck_workspace_member_get_id (member), roles[selected]);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckWorkspaceMember *member = item;
  const char *role = deck_workspace_member_get_role (member);
  g_autofree char *name = deck_workspace_member_dup_display_name (member);
  g_autofree char *remove_label = NULL;
  GtkWidget *row;
  GtkWidget *button;

  if (!role_is_assignable (role))
    {
      /* The owner (and white-label clients) cannot be changed through the API. */
      g_autofree char *subtitle = member_subtitle (member, TRUE);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (g_strcmp0 (role, "owner") == 0)
        return row;
    }
  else
    {
      const char * const *roles = deck_workspace_member_get_assignable_roles ();
      g_autoptr(GtkStringList) words = gtk_string_list_new (NULL);
      gulong handler;

      for (guint i = 0; roles[i] != NULL; i++)
        {
          g_autofree char *word = deck_workspace_member_role_to_string (roles[i]);

          gtk_string_list_append (words, word);
        }

      row = adw_combo_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (words));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      g_object_set_data_full (G_OBJECT (row), "deck-member", g_object_ref (member), g_object_unref);

      handler = g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_selected), NULL);
      g_object_set_data (G_OBJECT (row), "deck-handler", GSIZE_TO_POINTER (handler));
      sync_row (ADW_COMBO_ROW (row), member);

      /* A role change updates the member in place: show it. */
      g_signal_connect_object (member, "notify", G_CALLBACK (on_member_notify), row,
                               G_CONNECT_SWAPPED);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the tooltip of a member's remove button */
  remove_label = g_strdup_printf (_("Remove “%s”"), name);
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "members.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                    deck_workspace_member_get_id (member));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckAdminMembersPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone or moved on: do not touch it. */
  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_MEMBERS_PAGE (user_data);
  self->loading = FALSE;
  self->n_busy--;

  deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                             _("Could not refresh the members"), &self->loaded_once, &self->last_toast);

  update_state (self);
}

void
deck_admin_members_page_reload (DeckAdminMembersPage *self)
{
  g_return_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self));

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
  deck_admin_members_page_reload (DECK_ADMIN_MEMBERS_PAGE (widget));
}

/* ------------------------------------------------------------------ invite */

static void
invite_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Operation *operation = user_data;
  DeckAdminMembersPage *self = operation->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceMember) member = NULL;
  g_autofree char *title = NULL;
  GListModel *model;

  member = deck_client_invite_workspace_member_finish (DECK_CLIENT (source), result, &error);
  if (member == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      operation_free (operation);
      return;
    }

  self->n_busy--;

  if (member == NULL)
    {
      title = g_strdup_printf (_("Could not invite %s"), operation->text);
      toast_error (self, title, error);
      operation_free (operation);
      return;
    }

  title = g_strdup_printf (_("Invitation sent to %s"), deck_workspace_member_get_email (member));
  toast (self, title);

  model = deck_admin_members_page_get_model (self);
  if (G_IS_LIST_STORE (model) && find_member (self, deck_workspace_member_get_id (member), NULL) == NULL)
    g_list_store_append (G_LIST_STORE (model), member);
  update_state (self);

  operation_free (operation);
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (widget);
  const char *email;
  const char *role;

  if (self->workspace == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &email, &role);
  deck_client_invite_workspace_member_async (deck_workspace_get_client (self->workspace),
                                             email, role, self->cancellable, invite_cb,
                                             operation_new (self, NULL, email));
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
         strchr (text, ' ') == NULL;
}

static void
on_invite_email_changed (AdwAlertDialog *dialog,
                         GtkEditable    *entry)
{
  adw_alert_dialog_set_response_enabled (dialog, "invite",
                                         looks_like_email (gtk_editable_get_text (entry)));
}

static void
on_invite_response (AdwAlertDialog       *dialog,
                    const char           *response,
                    DeckAdminMembersPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "deck-email");
  AdwComboRow *role_row = g_object_get_data (G_OBJECT (dialog), "deck-role");
  const char * const *roles = deck_workspace_member_get_assignable_roles ();
  g_autofree char *email = NULL;

  if (g_strcmp0 (response, "invite") != 0)
    return;

  email = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gtk_widget_activate_action (GTK_WIDGET (self), "members.invite", "(ss)",
                              email, roles[adw_combo_row_get_selected (role_row)]);
}

static void
invite_dialog_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (widget);
  const char * const *roles = deck_workspace_member_get_assignable_roles ();
  g_autoptr(GtkStringList) words = gtk_string_list_new (NULL);
  AdwAlertDialog *dialog;
  GtkWidget *group;
  GtkWidget *email;
  GtkWidget *role;

  if (self->workspace == NULL)
    return;

  dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (_("Invite a Member"),
                                                   _("They get an email with a link to join this "
                                                     "workspace.")));
  adw_alert_dialog_add_responses (dialog,
                                  "cancel", _("_Cancel"),
                                  "invite", _("_Invite"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (dialog, "invite", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_enabled (dialog, "invite", FALSE);
  adw_alert_dialog_set_default_response (dialog, "invite");
  adw_alert_dialog_set_close_response (dialog, "cancel");

  group = adw_preferences_group_new ();
  email = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (email), _("Email Address"));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (email), GTK_INPUT_PURPOSE_EMAIL);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (email), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), email);

  for (guint i = 0; roles[i] != NULL; i++)
    {
      g_autofree char *word = deck_workspace_member_role_to_string (roles[i]);

      gtk_string_list_append (words, word);
    }
  role = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (role), G_LIST_MODEL (words));
  /* Editor: enough to work, not enough to manage the workspace. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (role), 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), role);
  adw_alert_dialog_set_extra_child (dialog, group);

  g_object_set_data (G_OBJECT (dialog), "deck-email", email);
  g_object_set_data (G_OBJECT (dialog), "deck-role", role);
  g_signal_connect_object (email, "changed", G_CALLBACK (on_invite_email_changed), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_invite_response), self,
                           G_CONNECT_DEFAULT);

  present_dialog (self, ADW_DIALOG (dialog));
  adw_dialog_set_focus (ADW_DIALOG (dialog), email);
}

/* ------------------------------------------------------------------ role */

static void
set_role_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Operation *operation = user_data;
  DeckAdminMembersPage *self = operation->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceMember) fresh = NULL;

  fresh = deck_client_set_workspace_member_role_finish (DECK_CLIENT (source), result, &error);
  if (fresh == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      operation_free (operation);
      return;
    }

  self->n_busy--;

  if (fresh == NULL)
    {
      g_autofree char *what = g_strdup_printf (_("Could not change the role of %s"),
                                               deck_workspace_member_get_email (operation->member));

      toast_error (self, what, error);
      /* Put the row's role back to what the server holds. */
      g_object_notify (G_OBJECT (operation->member), "role");
    }
  else
    {
      g_autofree char *role = NULL;
      g_autofree char *title = NULL;

      deck_workspace_member_update_from_member (operation->member, fresh);
      role = deck_workspace_member_role_to_string (deck_workspace_member_get_role (operation->member));
      /* Translators: e.g. "ana@example.com is now Editor" */
      title = g_strdup_printf (_("%s is now %s"), deck_workspace_member_get_email (operation->member), role);
      toast (self, title);
    }

  operation_free (operation);
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (widget);
  DeckWorkspaceMember *member;
  const char *id;
  const char *role;

  g_variant_get (parameter, "(&s&s)", &id, &role);
  member = find_member (self, id, NULL);
  if (member == NULL || self->workspace == NULL || !role_is_assignable (role))
    return;

  deck_client_set_workspace_member_role_async (deck_workspace_get_client (self->workspace),
                                               id, role, self->cancellable, set_role_cb,
                                               operation_new (self, member, role));
}

/* ------------------------------------------------------------------ remove */

static void
remove_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Operation *operation = user_data;
  DeckAdminMembersPage *self = operation->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *email;
  guint position;

  if (!deck_client_remove_workspace_member_finish (DECK_CLIENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      operation_free (operation);
      return;
    }

  self->n_busy--;
  email = deck_workspace_member_get_email (operation->member);

  if (error != NULL)
    {
      title = g_strdup_printf (_("Could not remove %s"), email);
      toast_error (self, title, error);
    }
  else
    {
      GListModel *model = deck_admin_members_page_get_model (self);

      title = g_strdup_printf (_("%s removed from the workspace"), email);
      toast (self, title);
      if (G_IS_LIST_STORE (model) &&
          find_member (self, deck_workspace_member_get_id (operation->member), &position) != NULL)
        g_list_store_remove (G_LIST_STORE (model), position);
      update_state (self);
    }

  operation_free (operation);
}

static void
on_remove_response (AdwAlertDialog       *dialog,
                    const char           *response,
                    DeckAdminMembersPage *self)
{
  DeckWorkspaceMember *member;

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  member = find_member (self, g_object_get_data (G_OBJECT (dialog), "deck-id"), NULL);
  if (member == NULL)
    return;

  deck_client_remove_workspace_member_async (deck_workspace_get_client (self->workspace),
                                             deck_workspace_member_get_id (member),
                                             self->cancellable, remove_cb,
                                             operation_new (self, member, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckWorkspaceMember *member = find_member (self, id, NULL);
  g_autofree char *heading = NULL;
  AdwDialog *dialog;

  if (member == NULL)
    return;

  heading = g_strdup_printf (_("Remove %s?"), deck_workspace_member_get_email (member));
  dialog = deck_admin_confirm_dialog_new (heading,
                                          _("They lose access to this workspace at once. To let "
                                            "them back in, invite them again."),
                                          _("_Remove"),
                                          G_CALLBACK (on_remove_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ object */

static void
deck_admin_members_page_map (GtkWidget *widget)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (widget);

  GTK_WIDGET_CLASS (deck_admin_members_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_admin_members_page_reload (self);
    }
}

static void
deck_admin_members_page_dispose (GObject *object)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  /* AdwBin keeps its own pointer to the template's top widget: let it go first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ADMIN_MEMBERS_PAGE);

  G_OBJECT_CLASS (deck_admin_members_page_parent_class)->dispose (object);
}

static void
deck_admin_members_page_finalize (GObject *object)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_admin_members_page_parent_class)->finalize (object);
}

static void
deck_admin_members_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (object);

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
deck_admin_members_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DeckAdminMembersPage *self = DECK_ADMIN_MEMBERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_admin_members_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_members_page_class_init (DeckAdminMembersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_admin_members_page_dispose;
  object_class->finalize = deck_admin_members_page_finalize;
  object_class->get_property = deck_admin_members_page_get_property;
  object_class->set_property = deck_admin_members_page_set_property;

  widget_class->map = deck_admin_members_page_map;

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
                                               "/io/github/instadeck/Instadeck/ui/deck-admin-members-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAdminMembersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminMembersPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminMembersPage, list);

  gtk_widget_class_install_action (widget_class, "members.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "members.invite-dialog", NULL, invite_dialog_action);
  gtk_widget_class_install_action (widget_class, "members.invite", "(ss)", invite_action);
  gtk_widget_class_install_action (widget_class, "members.set-role", "(ss)", set_role_action);
  gtk_widget_class_install_action (widget_class, "members.remove", "s", remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "members.invite-dialog", NULL);
}

static void
deck_admin_members_page_init (DeckAdminMembersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_WORKSPACE_MEMBER);
  update_state (self);
}

GtkWidget *
deck_admin_members_page_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_MEMBERS_PAGE, NULL);
}

DeckWorkspace *
deck_admin_members_page_get_workspace (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), NULL);

  return self->workspace;
}

void
deck_admin_members_page_set_workspace (DeckAdminMembersPage *self,
                                       DeckWorkspace        *workspace)
{
  g_return_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self));
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
    self->pager = deck_client_list_workspace_members (deck_workspace_get_client (workspace), NULL);

  gtk_list_box_bind_model (self->list,
                           self->pager ? deck_pager_get_model (self->pager) : NULL,
                           self->pager ? create_row : NULL, self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_admin_members_page_reload (self);
  else
    self->load_pending = TRUE;
}

const char *
deck_admin_members_page_get_state (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), NULL);

  return self->state;
}

GListModel *
deck_admin_members_page_get_model (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), NULL);

  if (self->pager != NULL)
    return deck_pager_get_model (self->pager);

  return G_LIST_MODEL (self->empty);
}

AdwDialog *
deck_admin_members_page_get_dialog (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_admin_members_page_get_last_toast (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_admin_members_page_get_busy (DeckAdminMembersPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_MEMBERS_PAGE (self), FALSE);

  return self->n_busy > 0;
}
