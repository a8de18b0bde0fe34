/* deck-subsequences-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-subsequences-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-campaign-draft.h"
#include "deck-campaign-editor.h"
#include "deck-client-subsequences.h"
#include "deck-subsequences-dialog.h"

struct _DeckSubsequencesDialog
{
  AdwDialog       parent_instance;

  DeckWorkspace  *workspace;
  DeckCampaign   *campaign;
  GCancellable   *cancellable;
  DeckPager      *pager;
  GListStore     *items;
  GHashTable     *sending;        /* id -> the sending status in words */
  const char     *state;
  guint           busy;
  char           *last_message;

  AdwToastOverlay *toast_overlay;
  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkListBox     *list_box;
  AdwDialog      *editor;         /* weak */
};

G_DEFINE_FINAL_TYPE (DeckSubsequencesDialog, deck_subsequences_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (DeckSubsequencesDialog *self);

/* ------------------------------------------------------------------ helpers */

static void
set_state (DeckSubsequencesDialog *self,
           const char             *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
show_message (DeckSubsequencesDialog *self,
              const char             *text)
{
  AdwToast *toast = adw_toast_new (text);

  g_set_str (&self->last_message, text);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (DeckSubsequencesDialog *self,
            const char             *what,
            const GError           *error)
{
  g_autofree char *reason = deck_api_error_describe (error);
  /* Translators: the first %s says what failed, the second why */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), what, reason);

  show_message (self, text);
}

static DeckSubsequence *
lookup_item (DeckSubsequencesDialog *self,
             const char             *id,
             guint                  *position)
{
  GListModel *model = G_LIST_MODEL (self->items);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckSubsequence) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (deck_subsequence_get_id (item), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;
        }
    }

  return NULL;
}

/* ------------------------------------------------------------------ rows */

static char *
row_subtitle (DeckSubsequencesDialog *self,
              DeckSubsequence        *item)
{
  g_autofree char *status = deck_campaign_status_to_string (deck_subsequence_get_status (item));
  const char *sending = g_hash_table_lookup (self->sending, deck_subsequence_get_id (item));

  if (sending == NULL)
    sending = _("Checking whether it sends…");

  /* Translators: a subsequence's status, then why it is not sending */
  return g_strdup_printf (_("%s — %s"), status, sending);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckSubsequencesDialog *self = user_data;
  DeckSubsequence *subsequence = item;
  const char *id = deck_subsequence_get_id (subsequence);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (deck_campaign_status_icon_name (deck_subsequence_get_status (subsequence)));
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autofree char *subtitle = row_subtitle (self, subsequence);
  static const struct { const char *label; const char *action; } entries[] = {
    { N_("_Edit…"), "subsequences.edit" },
    { N_("_Pause"), "subsequences.pause" },
    { N_("_Resume"), "subsequences.resume" },
    { N_("_Duplicate"), "subsequences.duplicate" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) menu_item = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (menu_item, entries[i].action, g_variant_new_string (id));
      g_menu_append_item (menu, menu_item);
    }
  {
    g_autoptr(GMenuItem) menu_item = g_menu_item_new (_("De_lete…"), NULL);

    g_menu_item_set_action_and_target_value (menu_item, "subsequences.delete", g_variant_new_string (id));
    g_menu_append_item (section, menu_item);
    g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_subsequence_get_name (subsequence));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  /* Activating the row edits the subsequence. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "subsequences.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Subsequence Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Subsequence actions"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Rows are rebuilt when an item or its sending words change. */
static void
refresh_row (DeckSubsequencesDialog *self,
             const char             *id)
{
  guint position;
  g_autoptr(DeckSubsequence) item = NULL;

  if (lookup_item (self, id, &position) == NULL)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  g_list_store_splice (self->items, position, 1, (gpointer *) &item, 1);
}

/* ------------------------------------------------------------------ sending status */

typedef struct
{
  DeckSubsequencesDialog *self;
  GCancellable           *cancellable;
  char                   *id;
} Call;

static Call *
call_new (DeckSubsequencesDialog *self,
          const char             *id)
{
  Call *call = g_new0 (Call, 1);

  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->id = g_strdup (id);
  self->busy++;

  return call;
}

/* Returns FALSE when the dialog is gone. */
static gboolean
call_free (Call *call)
{
  gboolean alive = !g_cancellable_is_cancelled (call->cancellable);

  if (alive)
    call->self->busy--;
  g_object_unref (call->cancellable);
  g_free (call->id);
  g_free (call);

  return alive;
}

static void
sending_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Call *call = user_data;
  DeckSubsequencesDialog *self = call->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) reply = deck_client_get_subsequence_sending_status_finish (DECK_CLIENT (source), result, &error);
  g_autofree char *id = g_strdup (call->id);
  g_autofree char *words = NULL;

  if (!call_free (call))
    return;

  if (reply != NULL)
    {
      /* The parent's "only its subsequences are sending" is good news here. */
      if (g_strcmp0 (deck_campaign_sending_status_code (reply), "campaign_running_subsequences") != 0)
        words = deck_campaign_sending_status_describe (reply);
      /* describe() has no words for a healthy one. */
      if (words == NULL)
        words = g_strdup (_("Sending normally."));
    }
  else
    {
      g_debug ("Reading the sending status of %s failed: %s", id, error->message);
      words = g_strdup (_("The sending status could not be read."));
    }

  g_hash_table_replace (self->sending, g_strdup (id), g_steal_pointer (&words));
  refresh_row (self, id);
}

static void
load_sending_status (DeckSubsequencesDialog *self,
                     DeckSubsequence        *item)
{
  deck_client_get_subsequence_sending_status_async (deck_workspace_get_client (self->workspace),
                                                    deck_subsequence_get_id (item),
                                                    self->cancellable, sending_cb,
                                                    call_new (self, deck_subsequence_get_id (item)));
}

/* ------------------------------------------------------------------ list */

static void
list_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckPager *pager = DECK_PAGER (source);
  Call *call = user_data;
  DeckSubsequencesDialog *self = call->self;
  g_autoptr(GError) error = NULL;
  GListModel *model;
  guint n;

  deck_pager_load_finish (pager, result, &error);
  if (!call_free (call) || self->pager != pager)
    return;

  if (error != NULL)
    {
      g_autofree char *description = deck_api_error_describe (error);

      adw_status_page_set_title (self->error_page, deck_api_error_get_title (error));
      adw_status_page_set_description (self->error_page, description);
      set_state (self, "error");
      return;
    }

  model = deck_pager_get_model (pager);
  n = g_list_model_get_n_items (model);
  g_list_store_remove_all (self->items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckSubsequence) item = g_list_model_get_item (model, i);

      g_list_store_append (self->items, item);
      load_sending_status (self, item);
    }

  set_state (self, n > 0 ? "list" : "empty");
}

static void
reload (DeckSubsequencesDialog *self)
{
  g_clear_object (&self->pager);
  self->pager = deck_client_list_subsequences (deck_workspace_get_client (self->workspace),
                                               deck_campaign_get_id (self->campaign), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    set_state (self, "loading");
  deck_pager_load_async (self->pager, self->cancellable, list_cb, call_new (self, NULL));
}

/* ------------------------------------------------------------------ actions */

typedef enum
{
  OP_PAUSE,
  OP_RESUME,
  OP_DUPLICATE,
  OP_DELETE,
  OP_CREATE,
} Op;

typedef struct
{
  Call  *call;
  Op     op;
  char  *name;
} OpCall;

static char *
op_failed_text (Op          op,
                const char *name)
{
  switch (op)
    {
    /* Translators: %s is a subsequence's name */
    case OP_PAUSE: return g_strdup_printf (_("Could not pause “%s”"), name);
    case OP_RESUME: return g_strdup_printf (_("Could not resume “%s”"), name);
    case OP_DUPLICATE: return g_strdup_printf (_("Could not duplicate “%s”"), name);
    case OP_DELETE: return g_strdup_printf (_("Could not delete “%s”"), name);
    case OP_CREATE: return g_strdup_printf (_("Could not create “%s”"), name);
    default: g_return_val_if_reached (NULL);
    }
}

static char *
op_done_text (Op          op,
              const char *name)
{
  switch (op)
    {
    /* Translators: %s is a subsequence's name */
    case OP_PAUSE: return g_strdup_printf (_("Paused “%s”"), name);
    case OP_RESUME: return g_strdup_printf (_("Resumed “%s”"), name);
    case OP_DUPLICATE: return g_strdup_printf (_("Duplicated as “%s”"), name);
    case OP_DELETE: return g_strdup_printf (_("Deleted “%s”"), name);
    case OP_CREATE: return g_strdup_printf (_("Created “%s”"), name);
    default: g_return_val_if_reached (NULL);
    }
}

static void
op_cb (GObject      *source,
       GAsyncResult *result,
       gpointer      user_data)
{
  OpCall *op_call = user_data;
  DeckSubsequencesDialog *self = op_call->call->self;
  DeckClient *client = DECK_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (op_call->call->id);
  g_autofree char *name = g_steal_pointer (&op_call->name);
  Op op = op_call->op;
  g_autoptr(DeckSubsequence) fresh = NULL;
  gboolean ok;

  switch (op)
    {
    case OP_PAUSE:
    case OP_RESUME:
      fresh = deck_client_subsequence_action_finish (client, result, &error);
      break;
    case OP_DUPLICATE:
      fresh = deck_client_duplicate_subsequence_finish (client, result, &error);
      break;
    case OP_CREATE:
      fresh = deck_client_create_subsequence_finish (client, result, &error);
      break;
    case OP_DELETE:
    default:
      break;
    }
  ok = op == OP_DELETE ? deck_client_delete_subsequence_finish (client, result, &error) : fresh != NULL;

  if (!call_free (op_call->call))
    {
      g_free (op_call);
      return;
    }
  g_free (op_call);

  if (!ok)
    {
      g_autofree char *what = op_failed_text (op, name);

      show_error (self, what, error);
      return;
    }

  switch (op)
    {
    case OP_PAUSE:
    case OP_RESUME:
      {
        DeckSubsequence *item = lookup_item (self, id, NULL);

        /* The status shown is the server's answer, in the same object. */
        if (item != NULL &&
            deck_subsequence_update_from_json (item, deck_subsequence_get_json (fresh), NULL))
          {
            refresh_row (self, id);
            load_sending_status (self, item);
          }
      }
      break;

    case OP_DUPLICATE:
    case OP_CREATE:
      if (fresh != NULL)
        {
          g_free (name);
          name = g_strdup (deck_subsequence_get_name (fresh));
          g_list_store_append (self->items, fresh);
          load_sending_status (self, fresh);
          set_state (self, "list");
        }
      break;

    case OP_DELETE:
      {
        guint position;

        if (lookup_item (self, id, &position) != NULL)
          g_list_store_remove (self->items, position);
        if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
          set_state (self, "empty");
      }
      break;

    default:
      break;
    }

  {
    g_autofree char *text = op_done_text (op, name);

    show_message (self, text);
  }
}

static OpCall *
op_call_new (DeckSubsequencesDialog *self,
             Op                      op,
             const char             *id,
             const char             *name)
{
  OpCall *op_call = g_new0 (OpCall, 1);

  op_call->call = call_new (self, id);
  op_call->op = op;
  op_call->name = g_strdup (name);

  return op_call;
}

static void
on_delete_response (DeckSubsequencesDialog *self,
                    const char             *response,
                    AdwAlertDialog         *dialog)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "deck-id");
  const char *name = g_object_get_data (G_OBJECT (dialog), "deck-name");

  if (g_strcmp0 (response, "delete") != 0)
    return;

  deck_client_delete_subsequence_async (deck_workspace_get_client (self->workspace), id,
                                        self->cancellable, op_cb,
                                        op_call_new (self, OP_DELETE, id, name));
}

static void
subsequence_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DeckSubsequencesDialog *self = DECK_SUBSEQUENCES_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckSubsequence *item = lookup_item (self, id, NULL);
  DeckClient *client = deck_workspace_get_client (self->workspace);
  const char *name;

  if (item == NULL)
    return;

  name = deck_subsequence_get_name (item);

  if (g_str_equal (action_name, "subsequences.pause") ||
      g_str_equal (action_name, "subsequences.resume"))
    {
      gboolean pause = g_str_equal (action_name, "subsequences.pause");

      deck_client_subsequence_action_async (client, id,
                                            pause ? DECK_SUBSEQUENCE_ACTION_PAUSE : DECK_SUBSEQUENCE_ACTION_RESUME,
                                            self->cancellable, op_cb,
                                            op_call_new (self, pause ? OP_PAUSE : OP_RESUME, id, name));
    }
  else if (g_str_equal (action_name, "subsequences.duplicate"))
    {
      /* Translators: the default name of a copy; %s is the subsequence's name */
      g_autofree char *copy = g_strdup_printf (_("%s (copy)"), name);

      deck_client_duplicate_subsequence_async (client, id, deck_campaign_get_id (self->campaign), copy,
                                               self->cancellable, op_cb,
                                               op_call_new (self, OP_DUPLICATE, id, name));
    }
  else if (g_str_equal (action_name, "subsequences.delete"))
    {
      AdwDialog *dialog = adw_alert_dialog_new (NULL, _("Leads in it stop receiving its emails. This cannot be undone."));

      /* Translators: %s is a subsequence's name */
      adw_alert_dialog_format_heading (ADW_ALERT_DIALOG (dialog), _("Delete “%s”?"), name);
      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "cancel", _("_Cancel"),
                                      "delete", _("_Delete"),
                                      NULL);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
      adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
      adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
      g_object_set_data_full (G_OBJECT (dialog), "deck-name", g_strdup (name), g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, G_CONNECT_SWAPPED);
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
}

/* ------------------------------------------------------------------ create */

void
deck_subsequences_dialog_create (DeckSubsequencesDialog *self,
                                 const char             *name,
                                 const int              *lead_activity,
                                 guint                   n_lead_activity,
                                 const int              *crm_status,
                                 guint                   n_crm_status,
                                 const char             *reply_contains,
                                 const char             *subject,
                                 const char             *body_text,
                                 guint                   delay_days)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *html = NULL;
  OpCall *op_call;

  g_return_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self));
  g_return_if_fail (name != NULL);

  html = deck_campaign_body_from_text (body_text ? body_text : "");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parent_campaign");
  json_builder_add_string_value (builder, deck_campaign_get_id (self->campaign));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);

  json_builder_set_member_name (builder, "conditions");
  json_builder_begin_object (builder);
  /* Only what was chosen: empty arrays are left out. */
  if (n_lead_activity > 0)
    {
      json_builder_set_member_name (builder, "lead_activity");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_lead_activity; i++)
        json_builder_add_int_value (builder, lead_activity[i]);
      json_builder_end_array (builder);
    }
  if (n_crm_status > 0)
    {
      json_builder_set_member_name (builder, "crm_status");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_crm_status; i++)
        json_builder_add_int_value (builder, crm_status[i]);
      json_builder_end_array (builder);
    }
  if (reply_contains != NULL && *reply_contains != '\0')
    {
      json_builder_set_member_name (builder, "reply_contains");
      json_builder_add_string_value (builder, reply_contains);
    }
  json_builder_end_object (builder);

  /* One email step; the schedule is inherited from the campaign. */
  json_builder_set_member_name (builder, "sequences");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "email");
  json_builder_set_member_name (builder, "delay");
  json_builder_add_int_value (builder, delay_days);
  json_builder_set_member_name (builder, "delay_unit");
  json_builder_add_string_value (builder, "days");
  json_builder_set_member_name (builder, "variants");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "subject");
  json_builder_add_string_value (builder, subject ? subject : "");
  json_builder_set_member_name (builder, "body");
  json_builder_add_string_value (builder, html);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  op_call = op_call_new (self, OP_CREATE, NULL, name);
  deck_client_create_subsequence_async (deck_workspace_get_client (self->workspace),
                                        json_node_get_object (body),
                                        self->cancellable, op_cb, op_call);
}

static void
on_subsequence_saved (DeckSubsequencesDialog *self,
                      DeckSubsequence        *saved)
{
  DeckSubsequence *item = lookup_item (self, deck_subsequence_get_id (saved), NULL);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    {
      /* Just created in the editor: a row of its own, and that editor now edits it. */
      g_autofree char *text = g_strdup_printf (_("Created “%s”"), deck_subsequence_get_name (saved));

      g_list_store_append (self->items, saved);
      load_sending_status (self, saved);
      set_state (self, "list");
      show_message (self, text);
      return;
    }

  /* The same object, updated in place: the row follows. */
  if (!deck_subsequence_update_from_json (item, deck_subsequence_get_json (saved), &error))
    g_warning ("Could not update the subsequence: %s", error->message);
  g_hash_table_remove (self->sending, deck_subsequence_get_id (item));
  refresh_row (self, deck_subsequence_get_id (item));
  load_sending_status (self, item);
}

/* A closed editor may live on a little (its animation): it is gone for us. */
static void
on_editor_closed (DeckSubsequencesDialog *self)
{
  g_clear_weak_pointer (&self->editor);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckSubsequencesDialog *self = DECK_SUBSEQUENCES_DIALOG (widget);
  DeckSubsequence *item = lookup_item (self, g_variant_get_string (parameter, NULL), NULL);
  DeckCampaignEditor *editor;

  if (item == NULL || self->editor != NULL)
    return;

  editor = deck_campaign_editor_new_for_subsequence (self->workspace, self->campaign, item);
  g_signal_connect_object (editor, "subsequence-saved", G_CALLBACK (on_subsequence_saved),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "closed", G_CALLBACK (on_editor_closed), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, ADW_DIALOG (editor));
  adw_dialog_present (ADW_DIALOG (editor), GTK_WIDGET (self));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckSubsequencesDialog *self = DECK_SUBSEQUENCES_DIALOG (widget);
  DeckCampaignEditor *editor;

  if (self->editor != NULL)
    return;

  editor = deck_campaign_editor_new_subsequence (self->workspace, self->campaign);
  g_signal_connect_object (editor, "subsequence-saved", G_CALLBACK (on_subsequence_saved),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "closed", G_CALLBACK (on_editor_closed), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, ADW_DIALOG (editor));
  adw_dialog_present (ADW_DIALOG (editor), GTK_WIDGET (self));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (DECK_SUBSEQUENCES_DIALOG (widget));
}

/* ------------------------------------------------------------------ public */

GtkWidget *
deck_subsequences_dialog_new (DeckWorkspace *workspace,
                              DeckCampaign  *campaign)
{
  DeckSubsequencesDialog *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (DECK_TYPE_SUBSEQUENCES_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->campaign = g_object_ref (campaign);

  /* Translators: %s is a campaign's name */
  {
    g_autofree char *title = g_strdup_printf (_("Subsequences of “%s”"), deck_campaign_get_name (campaign));

    adw_dialog_set_title (ADW_DIALOG (self), title);
  }

  reload (self);

  return GTK_WIDGET (self);
}

const char *
deck_subsequences_dialog_get_state (DeckSubsequencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), NULL);

  return self->state;
}

GListModel *
deck_subsequences_dialog_get_items (DeckSubsequencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), NULL);

  return G_LIST_MODEL (self->items);
}

gboolean
deck_subsequences_dialog_get_busy (DeckSubsequencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), FALSE);

  return self->busy > 0;
}

AdwDialog *
deck_subsequences_dialog_get_editor (DeckSubsequencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), NULL);

  return self->editor;
}

const char *
deck_subsequences_dialog_get_sending_words (DeckSubsequencesDialog *self,
                                            const char             *id)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sending, id);
}

const char *
deck_subsequences_dialog_get_last_message (DeckSubsequencesDialog *self)
{
  g_return_val_if_fail (DECK_IS_SUBSEQUENCES_DIALOG (self), NULL);

  return self->last_message;
}

/* ------------------------------------------------------------------ GObject */

static void
deck_subsequences_dialog_dispose (GObject *object)
{
  DeckSubsequencesDialog *self = DECK_SUBSEQUENCES_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->editor != NULL)
    adw_dialog_force_close (self->editor);
  g_clear_weak_pointer (&self->editor);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);
  g_clear_object (&self->campaign);
  g_clear_object (&self->items);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sending, g_hash_table_unref);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (deck_subsequences_dialog_parent_class)->dispose (object);
}

static void
deck_subsequences_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DeckSubsequencesDialog *self = DECK_SUBSEQUENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_subsequences_dialog_class_init (DeckSubsequencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_subsequences_dialog_dispose;
  object_class->get_property = deck_subsequences_dialog_get_property;

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "subsequences.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "subsequences.pause", "s", subsequence_action);
  gtk_widget_class_install_action (widget_class, "subsequences.resume", "s", subsequence_action);
  gtk_widget_class_install_action (widget_class, "subsequences.duplicate", "s", subsequence_action);
  gtk_widget_class_install_action (widget_class, "subsequences.delete", "s", subsequence_action);
  gtk_widget_class_install_action (widget_class, "subsequences.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "subsequences.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "subsequences.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "subsequences.reload", NULL);
}

static GtkWidget *
status_page (const char *icon_name,
             const char *title,
             const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");

  return page;
}

static void
deck_subsequences_dialog_init (DeckSubsequencesDialog *self)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *new_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *reload_button = gtk_button_new_from_icon_name ("view-refresh-symbolic");
  GtkWidget *loading = adw_status_page_new ();
  GtkWidget *empty;
  GtkWidget *create;
  GtkWidget *retry;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->cancellable = g_cancellable_new ();
  self->items = g_list_store_new (DECK_TYPE_SUBSEQUENCE);
  self->sending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 560);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (new_button), "subsequences.new");
  gtk_widget_set_tooltip_text (new_button, _("New Subsequence (Ctrl+N)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (new_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New subsequence"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), new_button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reload_button), "subsequences.reload");
  gtk_widget_set_tooltip_text (reload_button, _("Refresh (Ctrl+R)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reload_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Refresh"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), reload_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  adw_status_page_set_title (ADW_STATUS_PAGE (loading), _("Loading Subsequences…"));
  adw_status_page_set_paintable (ADW_STATUS_PAGE (loading),
                                 GDK_PAINTABLE (adw_spinner_paintable_new (loading)));
  gtk_stack_add_named (self->stack, loading, "loading");

  empty = status_page ("mail-send-receive-symbolic", _("No Subsequences"),
                       _("A subsequence sends other emails to the leads that open, click, reply or get an interest status."));
  create = gtk_button_new_with_mnemonic (_("_Create Subsequence"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (create), "subsequences.new");
  gtk_widget_set_halign (create, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (create, "pill");
  gtk_widget_add_css_class (create, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), create);
  gtk_stack_add_named (self->stack, empty, "empty");

  self->error_page = ADW_STATUS_PAGE (status_page ("network-error-symbolic", NULL, NULL));
  retry = gtk_button_new_with_mnemonic (_("_Retry"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (retry), "subsequences.reload");
  gtk_widget_set_halign (retry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retry, "pill");
  adw_status_page_set_child (self->error_page, retry);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list_box), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list_box), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Subsequences"), -1);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->items), create_row, self, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list_box));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scrolled, "list");

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->stack));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), GTK_WIDGET (self->toast_overlay));
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);

  set_state (self, "loading");
}
