/* deck-welcome-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-permissions.h"
#include "deck-welcome-page.h"

struct _DeckWelcomePage
{
  AdwBin              parent_instance;

  DeckWorkspaceList  *list;
  GCancellable       *cancellable;
  const char         *state;
  GError             *error;
  char               *error_text;
  gboolean            dialog_mode;
  AdwAlertDialog     *keyring_dialog;

  /* The connection being checked */
  DeckClient         *client;
  char               *key;
  char               *workspace_id;
  char               *workspace_name;
  char               *plan_name;

  /* Template widgets */
  AdwHeaderBar       *header_bar;
  GtkWidget          *welcome_header;
  AdwPasswordEntryRow *key_row;
  AdwExpanderRow     *advanced_row;
  AdwEntryRow        *server_row;
  GtkWidget          *message_box;
  GtkImage           *message_icon;
  GtkLabel           *message_title;
  GtkLabel           *message_text;
  AdwSpinner         *connect_spinner;
  GtkLabel           *connect_label;
  GtkWidget          *demo_button;
};

G_DEFINE_FINAL_TYPE (DeckWelcomePage, deck_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE_LIST,
  PROP_STATE,
  N_PROPS
};

enum {
  WORKSPACE_ADDED,
  DEMO_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_state (DeckWelcomePage *self,
           const char      *state)
{
  gboolean busy;

  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  busy = g_str_equal (state, "checking") || g_str_equal (state, "storing");

  gtk_widget_set_visible (GTK_WIDGET (self->connect_spinner), busy);
  gtk_label_set_text_with_mnemonic (self->connect_label,
                                    g_str_equal (state, "checking") ? _("Connecting…") :
                                    g_str_equal (state, "storing") ? _("Saving the Key…") :
                                    _("_Connect"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->key_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->advanced_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.connect", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.demo", !busy);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
show_message (DeckWelcomePage *self,
              const char      *icon_name,
              const char      *style,
              const char      *title,
              const char      *text)
{
  gtk_image_set_from_icon_name (self->message_icon, icon_name);
  gtk_widget_set_css_classes (GTK_WIDGET (self->message_icon), (const char *[]) { style, NULL });
  gtk_label_set_text (self->message_title, title);
  gtk_label_set_text (self->message_text, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message_text), text != NULL && text[0] != '\0');
  gtk_widget_set_visible (self->message_box, TRUE);
}

static void
clear_message (DeckWelcomePage *self)
{
  g_clear_error (&self->error);
  g_clear_pointer (&self->error_text, g_free);
  gtk_widget_set_visible (self->message_box, FALSE);
}

static void
clear_connection (DeckWelcomePage *self)
{
  g_clear_object (&self->client);
  g_clear_pointer (&self->key, deck_secret_free);
  g_clear_pointer (&self->workspace_id, g_free);
  g_clear_pointer (&self->workspace_name, g_free);
  g_clear_pointer (&self->plan_name, g_free);
}

/* The sign-in's own words for each failure: a person reads them with the key they
 * just pasted in front of them. */
static char *
describe_failure (DeckWelcomePage *self,
                  const GError    *error,
                  const char     **title)
{
  if (error->domain == DECK_API_ERROR)
    {
      *title = deck_api_error_get_title (error);

      switch ((DeckApiError) error->code)
        {
        case DECK_API_ERROR_UNAUTHORIZED:
          return g_strdup (_("Instantly did not accept this key. Check that you copied all of it, and that it was not deleted under Settings → Integrations → API Keys."));
        case DECK_API_ERROR_PAYMENT_REQUIRED:
          *title = _("No active paid plan");
          return g_strdup (_("The key is right, but this workspace has no active paid plan, and Instantly opens its API only to paid plans. Upgrade the workspace in Instantly, then connect again."));
        case DECK_API_ERROR_FORBIDDEN:
          *title = _("The key lacks a permission");
          return deck_permissions_describe_denied ("workspaces:read");
        case DECK_API_ERROR_NETWORK:
          *title = _("Could not reach the server");
          return g_strdup (_("Check your internet connection. If you use a server of your own, check its address under Advanced."));
        case DECK_API_ERROR_INVALID_URL:
        case DECK_API_ERROR_NOT_FOUND:
        case DECK_API_ERROR_CONFLICT:
        case DECK_API_ERROR_INVALID:
        case DECK_API_ERROR_TOO_LARGE:
        case DECK_API_ERROR_RATE_LIMITED:
        case DECK_API_ERROR_SERVER:
        case DECK_API_ERROR_PARSE:
        case DECK_API_ERROR_REMOTE:
        default:
          return deck_api_error_describe (error);
        }
    }

  if (error->domain == DECK_SECRET_STORE_ERROR)
    {
      *title = _("The key could not be saved");
      /* Translators: %s is the keyring's own error message */
      return g_strdup_printf (_("The keyring did not store the key: %s"), error->message);
    }

  *title = _("Something went wrong");
  return g_strdup (error->message);
}

static void
show_error (DeckWelcomePage *self,
            const GError    *error)
{
  const char *title = NULL;

  clear_message (self);
  self->error = g_error_copy (error);
  self->error_text = describe_failure (self, error, &title);

  if (g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL) ||
      g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_NETWORK))
    adw_expander_row_set_expanded (self->advanced_row, TRUE);

  show_message (self, "dialog-warning-symbolic", "error", title, self->error_text);
  clear_connection (self);
  set_state (self, "error");
  /* The form stays as it was, so the key can be fixed rather than pasted again. */
  gtk_widget_grab_focus (GTK_WIDGET (self->key_row));
}

static void
finish_added (DeckWelcomePage    *self,
              DeckWorkspaceEntry *entry)
{
  g_autofree char *plan = g_steal_pointer (&self->plan_name);

  clear_connection (self);
  clear_message (self);
  /* The key now lives in the keyring (or this session's client), not in the form. */
  gtk_editable_set_text (GTK_EDITABLE (self->key_row), "");
  set_state (self, "form");

  g_signal_emit (self, signals[WORKSPACE_ADDED], 0, entry, plan);
}

static void
on_keyring_response (DeckWelcomePage *self,
                     const char      *response,
                     AdwAlertDialog  *dialog)
{
  DeckWorkspaceEntry *entry;

  g_clear_weak_pointer (&self->keyring_dialog);

  if (g_strcmp0 (response, "session") != 0 || self->client == NULL)
    {
      clear_connection (self);
      set_state (self, "error");
      return;
    }

  entry = deck_workspace_list_add_for_session (self->list, self->client, self->workspace_id,
                                               self->workspace_name, self->key);
  finish_added (self, entry);
}

static void
ask_session_only (DeckWelcomePage *self,
                  const GError    *error)
{
  AdwDialog *dialog;
  const char *title;
  g_autofree char *text = NULL;

  clear_message (self);
  text = describe_failure (self, error, &title);
  self->error = g_error_copy (error);
  self->error_text = g_strdup (text);
  show_message (self, "dialog-warning-symbolic", "warning", _("Keyring not available"), text);

  dialog = adw_alert_dialog_new (_("Keyring Not Available"), NULL);
  /* Translators: %s is the keyring's own error message */
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog),
                                _("Instadeck keeps API keys only in the keyring, and it did not answer (%s).\n\nYou can use the key for this session only. Instadeck will then forget it when it quits, and you will paste it again next time."),
                                error->message);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "session", _("_Use for This Session"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "session",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "session");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_keyring_response), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->keyring_dialog, ADW_ALERT_DIALOG (dialog));

  set_state (self, "error");
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_added (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DeckWelcomePage) self = user_data;
  g_autoptr(DeckWorkspaceEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = deck_workspace_list_add_finish (DECK_WORKSPACE_LIST (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      g_message ("Could not store the key: %s", error->message);
      ask_session_only (self, error);
      return;
    }

  finish_added (self, entry);
}

static void
store_key (DeckWelcomePage *self)
{
  clear_message (self);
  {
    g_autofree char *hint = deck_secret_dup_hint (self->key);
    g_autofree char *text = NULL;

    if (self->plan_name != NULL)
      /* Translators: the first %s is the plan's name, the second the key's last characters ("…abcd") */
      text = g_strdup_printf (_("Plan: %s · Key %s"), self->plan_name, hint);
    else
      /* Translators: %s is the key's last characters ("…abcd") */
      text = g_strdup_printf (_("Key %s"), hint);
    show_message (self, "object-select-symbolic", "success", self->workspace_name, text);
  }

  set_state (self, "storing");
  deck_workspace_list_add_async (self->list, self->client, self->workspace_id,
                                 self->workspace_name, self->key, self->cancellable,
                                 on_added, g_object_ref (self));
}

static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
object_get_object (JsonObject *object,
                   const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
on_plan_details (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DeckWelcomePage) self = user_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_PAYMENT_REQUIRED))
    {
      show_error (self, error);
      return;
    }

  /* Not every key may read the plan (workspace_billing:read): that is no reason to
   * refuse it. */
  if (error == NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *subscriptions = object_get_object (json_node_get_object (node), "subscriptions");
      const char *plan = object_get_string (object_get_object (subscriptions, "outreach"), "plan_name");

      g_set_str (&self->plan_name, plan);
    }
  else if (error != NULL)
    g_debug ("The plan is not readable with this key: %s", error->message);

  store_key (self);
}

static void
on_workspace_current (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(DeckWelcomePage) self = user_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = NULL;
  const char *id, *name;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      show_error (self, error);
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    object = json_node_get_object (node);
  id = object_get_string (object, "id");
  name = object_get_string (object, "name");
  if (id == NULL || id[0] == '\0')
    {
      g_autoptr(GError) parse_error = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                                           "The workspace has no id");
      show_error (self, parse_error);
      return;
    }

  g_set_str (&self->workspace_id, id);
  g_set_str (&self->workspace_name, name && *name ? name : _("Instantly Workspace"));

  deck_client_call_async (self->client, "GET", "/api/v2/workspace-billing/plan-details", NULL,
                          self->cancellable, on_plan_details, g_object_ref (self));
}

void
deck_welcome_page_connect (DeckWelcomePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *url = NULL;

  g_return_if_fail (DECK_IS_WELCOME_PAGE (self));
  g_return_if_fail (self->list != NULL);

  if (g_str_equal (self->state, "checking") || g_str_equal (self->state, "storing"))
    return;

  clear_message (self);
  clear_connection (self);

  key = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->key_row))));
  url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->server_row))));
  if (url[0] == '\0')
    g_set_str (&url, DECK_DEFAULT_SERVER_URL);

  if (key[0] == '\0')
    {
      error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Paste the API key from Instantly into the API Key field."));
      show_error (self, error);
      return;
    }

  self->client = deck_workspace_list_new_client (self->list, url, key, &error);
  if (self->client == NULL)
    {
      show_error (self, error);
      return;
    }
  self->key = g_steal_pointer (&key);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_state (self, "checking");
  deck_client_call_async (self->client, "GET", "/api/v2/workspaces/current", NULL,
                          self->cancellable, on_workspace_current, g_object_ref (self));
}

static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  deck_welcome_page_connect (DECK_WELCOME_PAGE (widget));
}

static void
demo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[DEMO_REQUESTED], 0);
}

static void
on_key_activated (DeckWelcomePage *self)
{
  deck_welcome_page_connect (self);
}

static void
on_form_changed (DeckWelcomePage *self)
{
  /* Editing after a failure starts over; the explanation has done its job. */
  if (g_strcmp0 (self->state, "error") == 0)
    {
      clear_message (self);
      set_state (self, "form");
    }
}

static void
deck_welcome_page_dispose (GObject *object)
{
  DeckWelcomePage *self = DECK_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->keyring_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (deck_welcome_page_parent_class)->dispose (object);
}

static void
deck_welcome_page_finalize (GObject *object)
{
  DeckWelcomePage *self = DECK_WELCOME_PAGE (object);

  clear_connection (self);
  g_clear_object (&self->list);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_free (self->error_text);

  G_OBJECT_CLASS (deck_welcome_page_parent_class)->finalize (object);
}

static void
deck_welcome_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DeckWelcomePage *self = DECK_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE_LIST:
      g_value_set_object (value, self->list);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_welcome_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DeckWelcomePage *self = DECK_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE_LIST:
      deck_welcome_page_set_workspace_list (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_welcome_page_class_init (DeckWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_welcome_page_dispose;
  object_class->finalize = deck_welcome_page_finalize;
  object_class->get_property = deck_welcome_page_get_property;
  object_class->set_property = deck_welcome_page_set_property;

  properties[PROP_WORKSPACE_LIST] =
    g_param_spec_object ("workspace-list", NULL, NULL,
                         DECK_TYPE_WORKSPACE_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         "form",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeckWelcomePage::workspace-added:
   * @entry: the workspace, stored (or for this session only)
   * @plan: the plan's name, or NULL when the key may not read it
   */
  signals[WORKSPACE_ADDED] =
    g_signal_new ("workspace-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, DECK_TYPE_WORKSPACE_ENTRY, G_TYPE_STRING);

  signals[DEMO_REQUESTED] =
    g_signal_new ("demo-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, welcome_header);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, key_row);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, advanced_row);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, server_row);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, message_box);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, message_icon);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, message_title);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, message_text);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, connect_spinner);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, connect_label);
  gtk_widget_class_bind_template_child (widget_class, DeckWelcomePage, demo_button);
  gtk_widget_class_bind_template_callback (widget_class, on_key_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);

  gtk_widget_class_install_action (widget_class, "welcome.connect", NULL, connect_action);
  gtk_widget_class_install_action (widget_class, "welcome.demo", NULL, demo_action);
}

static void
deck_welcome_page_init (DeckWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->state = "form";
  self->cancellable = g_cancellable_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->server_row), DECK_DEFAULT_SERVER_URL);
}

GtkWidget *
deck_welcome_page_new (void)
{
  return g_object_new (DECK_TYPE_WELCOME_PAGE, NULL);
}

DeckWorkspaceList *
deck_welcome_page_get_workspace_list (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return self->list;
}

void
deck_welcome_page_set_workspace_list (DeckWelcomePage   *self,
                                      DeckWorkspaceList *list)
{
  g_return_if_fail (DECK_IS_WELCOME_PAGE (self));
  g_return_if_fail (list == NULL || DECK_IS_WORKSPACE_LIST (list));

  if (g_set_object (&self->list, list))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE_LIST]);
}

void
deck_welcome_page_set_dialog_mode (DeckWelcomePage *self,
                                   gboolean         dialog_mode)
{
  g_return_if_fail (DECK_IS_WELCOME_PAGE (self));

  self->dialog_mode = !!dialog_mode;
  adw_header_bar_set_show_title (self->header_bar, self->dialog_mode);
  gtk_widget_set_visible (self->welcome_header, !self->dialog_mode);
  gtk_widget_set_visible (self->demo_button, !self->dialog_mode);
}

void
deck_welcome_page_set_server_url (DeckWelcomePage *self,
                                  const char      *server_url)
{
  g_return_if_fail (DECK_IS_WELCOME_PAGE (self));

  if (server_url == NULL || server_url[0] == '\0')
    server_url = DECK_DEFAULT_SERVER_URL;

  gtk_editable_set_text (GTK_EDITABLE (self->server_row), server_url);
  adw_expander_row_set_expanded (self->advanced_row,
                                 g_strcmp0 (server_url, DECK_DEFAULT_SERVER_URL) != 0);
}

const char *
deck_welcome_page_get_state (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return self->state;
}

const GError *
deck_welcome_page_get_error (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return self->error;
}

const char *
deck_welcome_page_get_error_text (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return self->error_text;
}

GtkEditable *
deck_welcome_page_get_key_row (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return GTK_EDITABLE (self->key_row);
}

GtkEditable *
deck_welcome_page_get_server_row (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return GTK_EDITABLE (self->server_row);
}

AdwAlertDialog *
deck_welcome_page_get_keyring_dialog (DeckWelcomePage *self)
{
  g_return_val_if_fail (DECK_IS_WELCOME_PAGE (self), NULL);

  return self->keyring_dialog;
}
