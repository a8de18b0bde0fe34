/* deck-admin-api-keys-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-api-keys-page.h"
#include "deck-admin-api-key-dialog.h"
#include "deck-admin-new-key-dialog.h"
#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-workspace.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckAdminApiKeysPage
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

G_DEFINE_FINAL_TYPE (DeckAdminApiKeysPage, deck_admin_api_keys_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (DeckAdminApiKeysPage *self,
           const char           *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckAdminApiKeysPage *self)
{
  GListModel *model = deck_admin_api_keys_page_get_model (self);

  set_state (self, deck_page_state_for_list (self->pager != NULL, self->loading, self->loaded_once,
                                             g_list_model_get_n_items (model)));
}

static void
toast (DeckAdminApiKeysPage *self,
       const char           *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckAdminApiKeysPage *self,
             const char           *what,
             const GError         *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckAdminApiKeysPage *self,
                AdwDialog            *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static DeckApiKey *
find_key (DeckAdminApiKeysPage *self,
          const char           *id,
          guint                *position)
{
  GListModel *model = deck_admin_api_keys_page_get_model (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckApiKey) key = g_list_model_get_item (model, i);

      if (g_strcmp0 (deck_api_key_get_id (key), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return key;
        }
    }

  return NULL;
}

/* ------------------------------------------------------------------ rows */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckApiKey *key = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *scopes = deck_api_key_scopes_to_string (deck_api_key_get_scopes (key));
  g_autofree char *created = deck_admin_format_date (deck_api_key_get_timestamp_created (key));
  g_autofree char *subtitle = NULL;
  g_autofree char *delete_label = NULL;
  const char *name = deck_api_key_get_name (key);

  if (name == NULL || *name == '\0')
    name = _("Unnamed key");

  /* Translators: under an API key's name: its permissions, then when it was made */
  subtitle = g_strdup_printf (_("%s\nCreated %s"), scopes, created);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  /* Translators: the tooltip of an API key's delete button */
  delete_label = g_strdup_printf (_("Delete “%s”"), name);
  gtk_widget_set_tooltip_text (button, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "api-keys.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", deck_api_key_get_id (key));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckAdminApiKeysPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone or moved on: do not touch it. */
  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_API_KEYS_PAGE (user_data);
  self->loading = FALSE;
  self->n_busy--;

  deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                             _("Could not refresh the API keys"), &self->loaded_once, &self->last_toast);

  update_state (self);
}

void
deck_admin_api_keys_page_reload (DeckAdminApiKeysPage *self)
{
  g_return_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self));

  if (self->pager == NULL || self->loading)
    return;

  self->loading = TRUE;
  self->n_busy++;
  update_state (self);
  deck_pager_load_async (self->pager, self->cancellable, load_cb, self);
}

/* ------------------------------------------------------------------ create */

static void
create_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAdminApiKeysPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckApiKey) key = NULL;
  char *secret = NULL;

  key = deck_client_create_api_key_finish (DECK_CLIENT (source), result, &secret, &error);
  if (key == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_API_KEYS_PAGE (user_data);
  self->n_busy--;

  if (key == NULL)
    {
      toast_error (self, _("Could not create the API key"), error);
      return;
    }

  {
    g_autofree char *title = g_strdup_printf (_("API key “%s” created"), deck_api_key_get_name (key));

    toast (self, title);
  }

  present_dialog (self, deck_admin_new_key_dialog_new (deck_api_key_get_name (key), secret));
  deck_client_free_key (secret);

  deck_admin_api_keys_page_reload (self);
}

static void
create_key (DeckAdminApiKeysPage *self,
            const char           *name,
            const char * const   *scopes)
{
  if (self->workspace == NULL)
    return;

  self->n_busy++;
  deck_client_create_api_key_async (deck_workspace_get_client (self->workspace),
                                    name, scopes, self->cancellable, create_cb, self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (widget);
  g_autofree const char **scopes = NULL;
  const char *name;

  g_variant_get (parameter, "(&s^a&s)", &name, &scopes);
  create_key (self, name, scopes);
}

static void
on_dialog_create (DeckAdminApiKeysPage  *self,
                  const char            *name,
                  char                 **scopes,
                  DeckAdminApiKeyDialog *dialog)
{
  create_key (self, name, (const char * const *) scopes);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (widget);
  AdwDialog *dialog;

  if (self->workspace == NULL)
    return;

  dialog = deck_admin_api_key_dialog_new ();
  g_signal_connect_object (dialog, "create", G_CALLBACK (on_dialog_create), self,
                           G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ delete */

typedef struct
{
  DeckAdminApiKeysPage *self;
  char                 *id;
  char                 *name;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_free (deletion->id);
  g_free (deletion->name);
  g_free (deletion);
}

static void
delete_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Deletion *deletion = user_data;
  DeckAdminApiKeysPage *self = deletion->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position;

  if (!deck_client_delete_api_key_finish (DECK_CLIENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      deletion_free (deletion);
      return;
    }

  self->n_busy--;

  if (error != NULL)
    toast_error (self, _("Could not delete the API key"), error);
  else
    {
      GListModel *model = deck_admin_api_keys_page_get_model (self);

      title = g_strdup_printf (_("API key “%s” deleted"), deletion->name);
      toast (self, title);
      if (G_IS_LIST_STORE (model) && find_key (self, deletion->id, &position) != NULL)
        g_list_store_remove (G_LIST_STORE (model), position);
      update_state (self);
    }

  deletion_free (deletion);
}

static void
on_delete_response (AdwAlertDialog       *dialog,
                    const char           *response,
                    DeckAdminApiKeysPage *self)
{
  Deletion *deletion;

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  deletion = g_new0 (Deletion, 1);
  deletion->self = self;
  deletion->id = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-id"));
  deletion->name = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-name"));

  self->n_busy++;
  deck_client_delete_api_key_async (deck_workspace_get_client (self->workspace),
                                    deletion->id, self->cancellable, delete_cb, deletion);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckApiKey *key = find_key (self, id, NULL);
  g_autofree char *heading = NULL;
  const char *name;
  AdwDialog *dialog;

  if (key == NULL)
    return;

  name = deck_api_key_get_name (key);
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = deck_admin_confirm_dialog_new (heading,
                                          _("Every program that uses this key loses access to the "
                                            "workspace at once. This cannot be undone."),
                                          _("_Delete"),
                                          G_CALLBACK (on_delete_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "deck-name", g_strdup (name), g_free);
  present_dialog (self, dialog);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_admin_api_keys_page_reload (DECK_ADMIN_API_KEYS_PAGE (widget));
}

/* ------------------------------------------------------------------ object */

static void
deck_admin_api_keys_page_map (GtkWidget *widget)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (widget);

  GTK_WIDGET_CLASS (deck_admin_api_keys_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_admin_api_keys_page_reload (self);
    }
}

static void
deck_admin_api_keys_page_dispose (GObject *object)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  /* AdwBin keeps its own pointer to the template's top widget: let it go first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ADMIN_API_KEYS_PAGE);

  G_OBJECT_CLASS (deck_admin_api_keys_page_parent_class)->dispose (object);
}

static void
deck_admin_api_keys_page_finalize (GObject *object)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_admin_api_keys_page_parent_class)->finalize (object);
}

static void
deck_admin_api_keys_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (object);

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
deck_admin_api_keys_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DeckAdminApiKeysPage *self = DECK_ADMIN_API_KEYS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_admin_api_keys_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_api_keys_page_class_init (DeckAdminApiKeysPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_admin_api_keys_page_dispose;
  object_class->finalize = deck_admin_api_keys_page_finalize;
  object_class->get_property = deck_admin_api_keys_page_get_property;
  object_class->set_property = deck_admin_api_keys_page_set_property;

  widget_class->map = deck_admin_api_keys_page_map;

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
                                               "/io/github/instadeck/Instadeck/ui/deck-admin-api-keys-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAdminApiKeysPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminApiKeysPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminApiKeysPage, list);

  gtk_widget_class_install_action (widget_class, "api-keys.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "api-keys.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "api-keys.create", "(sas)", create_action);
  gtk_widget_class_install_action (widget_class, "api-keys.delete", "s", delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "api-keys.new", NULL);
}

static void
deck_admin_api_keys_page_init (DeckAdminApiKeysPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_API_KEY);
  update_state (self);
}

GtkWidget *
deck_admin_api_keys_page_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_API_KEYS_PAGE, NULL);
}

DeckWorkspace *
deck_admin_api_keys_page_get_workspace (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), NULL);

  return self->workspace;
}

void
deck_admin_api_keys_page_set_workspace (DeckAdminApiKeysPage *self,
                                        DeckWorkspace        *workspace)
{
  g_return_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self));
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
    self->pager = deck_client_list_api_keys (deck_workspace_get_client (workspace));

  gtk_list_box_bind_model (self->list,
                           self->pager ? deck_pager_get_model (self->pager) : NULL,
                           self->pager ? create_row : NULL, self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_admin_api_keys_page_reload (self);
  else
    self->load_pending = TRUE;
}

const char *
deck_admin_api_keys_page_get_state (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), NULL);

  return self->state;
}

GListModel *
deck_admin_api_keys_page_get_model (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), NULL);

  if (self->pager != NULL)
    return deck_pager_get_model (self->pager);

  return G_LIST_MODEL (self->empty);
}

AdwDialog *
deck_admin_api_keys_page_get_dialog (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_admin_api_keys_page_get_last_toast (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_admin_api_keys_page_get_busy (DeckAdminApiKeysPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_API_KEYS_PAGE (self), FALSE);

  return self->n_busy > 0;
}
