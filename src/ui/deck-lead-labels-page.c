/* deck-lead-labels-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-lead-lists.h"
#include "deck-lead-labels-page.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckLeadLabelsPage
{
  AdwBin         parent_instance;

  DeckWorkspace *workspace;
  GCancellable  *cancellable;
  GListStore    *empty;
  const char    *state;
  char          *last_toast;
  AdwDialog     *dialog;
  guint          n_busy;
  gboolean       loading;
  gboolean       loaded_once;
  gboolean       load_pending;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (DeckLeadLabelsPage, deck_lead_labels_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The polarities the API knows, in the editor's order. */
static const struct
{
  const char *value;
  const char *title;
  const char *icon_name;
  const char *css_class;
} polarities[] = {
  { "positive", N_("Positive"), "face-smile-symbolic", "success" },
  { "negative", N_("Negative"), "face-sad-symbolic", "error" },
  { "neutral", N_("Neutral"), "face-plain-symbolic", "dimmed" },
};

static guint
polarity_index (const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    if (g_strcmp0 (polarities[i].value, value) == 0)
      return i;

  return G_MAXUINT;
}

/* ------------------------------------------------------------------ state */

static GListModel *
get_model (DeckLeadLabelsPage *self)
{
  if (self->workspace != NULL)
    return deck_workspace_get_lead_labels (self->workspace);

  return G_LIST_MODEL (self->empty);
}

static void
set_state (DeckLeadLabelsPage *self,
           const char         *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckLeadLabelsPage *self)
{
  set_state (self, deck_page_state_for_list (self->workspace != NULL, self->loading, self->loaded_once,
                                             g_list_model_get_n_items (get_model (self))));
}

static void
toast (DeckLeadLabelsPage *self,
       const char         *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckLeadLabelsPage *self,
             const char         *what,
             const GError       *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckLeadLabelsPage *self,
                AdwDialog          *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static DeckLeadLabel *
find_label (DeckLeadLabelsPage *self,
            const char         *id)
{
  if (self->workspace == NULL || id == NULL || id[0] == '\0')
    return NULL;

  return deck_workspace_lookup_lead_label (self->workspace, id);
}

/* ------------------------------------------------------------------ rows */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *action,
             const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);

  return button;
}

static void
row_update (AdwActionRow  *row,
            DeckLeadLabel *label)
{
  GtkImage *icon = g_object_get_data (G_OBJECT (row), "deck-icon");
  GtkWidget *ai = g_object_get_data (G_OBJECT (row), "deck-ai");
  const char *polarity = deck_lead_label_get_interest_status_label (label);
  const char *description = deck_lead_label_get_description (label);
  guint index = polarity_index (polarity);
  g_autofree char *subtitle = NULL;
  const char *polarity_title;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_lead_label_get_label (label));

  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (icon), polarities[i].css_class);
  if (index != G_MAXUINT)
    {
      polarity_title = _(polarities[index].title);
      gtk_image_set_from_icon_name (icon, polarities[index].icon_name);
      gtk_widget_add_css_class (GTK_WIDGET (icon), polarities[index].css_class);
    }
  else
    {
      polarity_title = polarity ? polarity : _("Unknown");
      gtk_image_set_from_icon_name (icon, "dialog-question-symbolic");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, polarity_title, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (icon), polarity_title);

  if (description != NULL && description[0] != '\0')
    /* Translators: under a lead label's name: its polarity ("Positive"), then its description */
    subtitle = g_strdup_printf (_("%s · %s"), polarity_title, description);
  else
    subtitle = g_strdup (polarity_title);
  adw_action_row_set_subtitle (row, subtitle);

  gtk_widget_set_visible (ai, deck_lead_label_get_use_with_ai (label));
}

static void
on_label_notify (DeckLeadLabel *label,
                 GParamSpec    *pspec,
                 AdwActionRow  *row)
{
  row_update (row, label);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckLeadLabel *label = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *ai = gtk_label_new (_("AI"));
  const char *id = deck_lead_label_get_id (label);
  g_autofree char *edit = NULL;
  g_autofree char *delete = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_name (row, id);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "deck-icon", icon);

  /* Marks the labels AI may set on replies. */
  gtk_widget_set_valign (ai, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (ai, "caption-heading");
  gtk_widget_add_css_class (ai, "accent");
  gtk_widget_set_tooltip_text (ai, _("Used with AI"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), ai);
  g_object_set_data (G_OBJECT (row), "deck-ai", ai);

  /* Translators: the tooltip of a lead label's edit button; %s is its name */
  edit = g_strdup_printf (_("Edit “%s”"), deck_lead_label_get_label (label));
  /* Translators: the tooltip of a lead label's delete button; %s is its name */
  delete = g_strdup_printf (_("Delete “%s”"), deck_lead_label_get_label (label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon_button ("document-edit-symbolic", edit, "labels.edit", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon_button ("user-trash-symbolic", delete, "labels.delete", id));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "labels.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  g_signal_connect_object (label, "notify", G_CALLBACK (on_label_notify), row, G_CONNECT_DEFAULT);
  row_update (ADW_ACTION_ROW (row), label);

  return row;
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckLeadLabelsPage *self;
  g_autoptr(GError) error = NULL;

  if (!deck_workspace_load_lead_labels_finish (DECK_WORKSPACE (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_LEAD_LABELS_PAGE (user_data);
  self->loading = FALSE;
  self->n_busy--;

  deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                             _("Could not refresh the lead labels"), &self->loaded_once, &self->last_toast);

  update_state (self);
}

void
deck_lead_labels_page_reload (DeckLeadLabelsPage *self)
{
  g_return_if_fail (DECK_IS_LEAD_LABELS_PAGE (self));

  if (self->workspace == NULL || self->loading)
    return;

  self->loading = TRUE;
  self->n_busy++;
  update_state (self);
  deck_workspace_load_lead_labels_async (self->workspace, self->cancellable, load_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_lead_labels_page_reload (DECK_LEAD_LABELS_PAGE (widget));
}

/* ------------------------------------------------------------------ save */

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckLeadLabelsPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadLabel) label = NULL;
  g_autofree char *title = NULL;
  gboolean created = g_async_result_is_tagged (result, deck_client_create_lead_label_async);

  if (created)
    label = deck_client_create_lead_label_finish (DECK_CLIENT (source), result, &error);
  else
    label = deck_client_patch_lead_label_finish (DECK_CLIENT (source), result, &error);
  if (label == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_LEAD_LABELS_PAGE (user_data);
  self->n_busy--;

  if (label == NULL)
    {
      toast_error (self, created ? _("Could not create the lead label") : _("Could not save the lead label"),
                   error);
      return;
    }

  deck_workspace_add_lead_label (self->workspace, label);
  self->loaded_once = TRUE;
  update_state (self);

  if (created)
    /* Translators: %s is a lead label's name */
    title = g_strdup_printf (_("Lead label “%s” created"), deck_lead_label_get_label (label));
  else
    /* Translators: %s is a lead label's name */
    title = g_strdup_printf (_("Lead label “%s” saved"), deck_lead_label_get_label (label));
  toast (self, title);
}

static void
save_label (DeckLeadLabelsPage *self,
            const char         *id,
            const char         *name,
            const char         *polarity,
            gboolean            use_with_ai,
            const char         *description)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autofree char *clean_name = g_strstrip (g_strdup (name));
  g_autofree char *clean_description = g_strstrip (g_strdup (description ? description : ""));
  DeckClient *client;
  DeckLeadLabel *label;

  if (self->workspace == NULL || clean_name[0] == '\0' || polarity_index (polarity) == G_MAXUINT)
    return;

  client = deck_workspace_get_client (self->workspace);

  if (id == NULL || id[0] == '\0')
    {
      /* Only what the person set: the request schema forbids unknown keys. */
      json_object_set_string_member (body, "label", clean_name);
      json_object_set_string_member (body, "interest_status_label", polarity);
      if (use_with_ai)
        json_object_set_boolean_member (body, "use_with_ai", TRUE);
      if (clean_description[0] != '\0')
        json_object_set_string_member (body, "description", clean_description);

      self->n_busy++;
      deck_client_create_lead_label_async (client, body, self->cancellable, save_cb, self);
      return;
    }

  if ((label = find_label (self, id)) == NULL)
    return;

  if (g_strcmp0 (clean_name, deck_lead_label_get_label (label)) != 0)
    json_object_set_string_member (body, "label", clean_name);
  if (g_strcmp0 (polarity, deck_lead_label_get_interest_status_label (label)) != 0)
    json_object_set_string_member (body, "interest_status_label", polarity);
  if (!use_with_ai != !deck_lead_label_get_use_with_ai (label))
    json_object_set_boolean_member (body, "use_with_ai", use_with_ai);
  if (g_strcmp0 (clean_description, deck_lead_label_get_description (label) ?: "") != 0)
    json_object_set_string_member (body, "description", clean_description);

  if (json_object_get_size (body) == 0)
    return;

  self->n_busy++;
  deck_client_patch_lead_label_async (client, id, body, self->cancellable, save_cb, self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *id, *name, *polarity, *description;
  gboolean use_with_ai;

  g_variant_get (parameter, "(&s&s&sb&s)", &id, &name, &polarity, &use_with_ai, &description);
  save_label (DECK_LEAD_LABELS_PAGE (widget), id, name, polarity, use_with_ai, description);
}

/* ------------------------------------------------------------------ editor */

static void
editor_update_save (AdwDialog *dialog)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "deck-name");
  GtkWidget *save = g_object_get_data (G_OBJECT (dialog), "deck-save");
  g_autofree char *clean = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  gtk_widget_set_sensitive (save, clean[0] != '\0');
}

static void
on_editor_save (AdwDialog *dialog)
{
  DeckLeadLabelsPage *self = g_object_get_data (G_OBJECT (dialog), "deck-page");
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "deck-name");
  AdwComboRow *polarity = g_object_get_data (G_OBJECT (dialog), "deck-polarity");
  AdwSwitchRow *ai = g_object_get_data (G_OBJECT (dialog), "deck-ai");
  GtkEditable *description = g_object_get_data (G_OBJECT (dialog), "deck-description");
  const char *id = g_object_get_data (G_OBJECT (dialog), "deck-id");
  guint index = adw_combo_row_get_selected (polarity);

  if (!gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (dialog), "deck-save")) ||
      index >= G_N_ELEMENTS (polarities))
    return;

  save_label (self, id, gtk_editable_get_text (name), polarities[index].value,
              adw_switch_row_get_active (ai), gtk_editable_get_text (description));
  adw_dialog_close (dialog);
}

static AdwDialog *
editor_new (DeckLeadLabelsPage *self,
            DeckLeadLabel      *label)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (label ? _("_Save") : _("_Create"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *polarity = adw_combo_row_new ();
  GtkWidget *ai = adw_switch_row_new ();
  GtkWidget *description = adw_entry_row_new ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint index = 0;

  adw_dialog_set_title (dialog, label ? _("Edit Lead Label") : _("New Lead Label"));
  adw_dialog_set_content_width (dialog, 440);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (adw_dialog_close), dialog);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);

  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    gtk_string_list_append (titles, _(polarities[i].title));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (polarity), _("Polarity"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (polarity),
                               _("Whether a lead with this label counts as a good or a bad outcome"));
  adw_combo_row_set_model (ADW_COMBO_ROW (polarity), G_LIST_MODEL (titles));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), polarity);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ai), _("Use with AI"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (ai), _("AI may set this label on replies, guided by the description"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), ai);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (description), _("Description"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), description);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), page);
  adw_dialog_set_child (dialog, toolbar);

  if (label != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (name), deck_lead_label_get_label (label));
      index = polarity_index (deck_lead_label_get_interest_status_label (label));
      adw_switch_row_set_active (ADW_SWITCH_ROW (ai), deck_lead_label_get_use_with_ai (label));
      gtk_editable_set_text (GTK_EDITABLE (description), deck_lead_label_get_description (label) ?: "");
      g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (deck_lead_label_get_id (label)), g_free);
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (polarity), index != G_MAXUINT ? index : 0);

  g_object_set_data (G_OBJECT (dialog), "deck-page", self);
  g_object_set_data (G_OBJECT (dialog), "deck-name", name);
  g_object_set_data (G_OBJECT (dialog), "deck-polarity", polarity);
  g_object_set_data (G_OBJECT (dialog), "deck-ai", ai);
  g_object_set_data (G_OBJECT (dialog), "deck-description", description);
  g_object_set_data (G_OBJECT (dialog), "deck-save", save);

  g_signal_connect_swapped (name, "changed", G_CALLBACK (editor_update_save), dialog);
  g_signal_connect_swapped (name, "entry-activated", G_CALLBACK (on_editor_save), dialog);
  g_signal_connect_swapped (description, "entry-activated", G_CALLBACK (on_editor_save), dialog);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_editor_save), dialog);
  adw_dialog_set_default_widget (dialog, save);
  adw_dialog_set_focus (dialog, name);
  editor_update_save (dialog);

  return dialog;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (widget);

  if (self->workspace == NULL)
    return;

  present_dialog (self, editor_new (self, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (widget);
  DeckLeadLabel *label = find_label (self, g_variant_get_string (parameter, NULL));

  if (label == NULL)
    return;

  present_dialog (self, editor_new (self, label));
}

/* ------------------------------------------------------------------ delete */

typedef struct
{
  DeckLeadLabelsPage *self;
  char               *id;
  char               *name;
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
  DeckLeadLabelsPage *self = deletion->self;
  g_autoptr(GError) error = NULL;

  if (!deck_client_delete_lead_label_finish (DECK_CLIENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      deletion_free (deletion);
      return;
    }

  self->n_busy--;

  if (error != NULL)
    toast_error (self, _("Could not delete the lead label"), error);
  else
    {
      g_autofree char *title = NULL;

      deck_workspace_remove_lead_label (self->workspace, deletion->id);
      /* Translators: %s is a lead label's name */
      title = g_strdup_printf (_("Lead label “%s” deleted"), deletion->name);
      toast (self, title);
      update_state (self);
    }

  deletion_free (deletion);
}

static void
on_delete_response (AdwAlertDialog     *dialog,
                    const char         *response,
                    DeckLeadLabelsPage *self)
{
  Deletion *deletion;

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  deletion = g_new0 (Deletion, 1);
  deletion->self = self;
  deletion->id = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-id"));
  deletion->name = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-name"));

  self->n_busy++;
  deck_client_delete_lead_label_async (deck_workspace_get_client (self->workspace), deletion->id,
                                       self->cancellable, delete_cb, deletion);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckLeadLabel *label = find_label (self, id);
  g_autofree char *heading = NULL;
  const char *name;
  AdwDialog *dialog;

  if (label == NULL)
    return;

  name = deck_lead_label_get_label (label);
  /* Translators: %s is a lead label's name */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = deck_admin_confirm_dialog_new (heading,
                                          _("Leads that carry this label lose it. This cannot be undone."),
                                          _("_Delete"), G_CALLBACK (on_delete_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "deck-name", g_strdup (name), g_free);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ keyboard */

static void
focused_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    return;
  if ((row = gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW)) == NULL && ADW_IS_ACTION_ROW (focus))
    row = focus;
  if (row == NULL)
    return;

  gtk_widget_activate_action (widget, "labels.delete", "s", gtk_widget_get_name (row));
}

/* ------------------------------------------------------------------ object */

static void
deck_lead_labels_page_map (GtkWidget *widget)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (widget);

  GTK_WIDGET_CLASS (deck_lead_labels_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_lead_labels_page_reload (self);
    }
}

static void
deck_lead_labels_page_dispose (GObject *object)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  /* An open dialog would act on a page that is gone. */
  if (self->dialog != NULL)
    adw_dialog_force_close (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->workspace);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_LEAD_LABELS_PAGE);

  G_OBJECT_CLASS (deck_lead_labels_page_parent_class)->dispose (object);
}

static void
deck_lead_labels_page_finalize (GObject *object)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_lead_labels_page_parent_class)->finalize (object);
}

static void
deck_lead_labels_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (object);

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
deck_lead_labels_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DeckLeadLabelsPage *self = DECK_LEAD_LABELS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_lead_labels_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_labels_page_class_init (DeckLeadLabelsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_lead_labels_page_dispose;
  object_class->finalize = deck_lead_labels_page_finalize;
  object_class->get_property = deck_lead_labels_page_get_property;
  object_class->set_property = deck_lead_labels_page_set_property;

  widget_class->map = deck_lead_labels_page_map;

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
                                               "/io/github/instadeck/Instadeck/ui/deck-lead-labels-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckLeadLabelsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadLabelsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadLabelsPage, list);

  gtk_widget_class_install_action (widget_class, "labels.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "labels.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "labels.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "labels.save", "(sssbs)", save_action);
  gtk_widget_class_install_action (widget_class, "labels.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "labels.delete-focused", NULL, focused_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "labels.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "labels.delete-focused", NULL);
}

static void
deck_lead_labels_page_init (DeckLeadLabelsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_LEAD_LABEL);
  update_state (self);
}

GtkWidget *
deck_lead_labels_page_new (void)
{
  return g_object_new (DECK_TYPE_LEAD_LABELS_PAGE, NULL);
}

DeckWorkspace *
deck_lead_labels_page_get_workspace (DeckLeadLabelsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABELS_PAGE (self), NULL);

  return self->workspace;
}

static void
on_model_changed (DeckLeadLabelsPage *self)
{
  update_state (self);
}

void
deck_lead_labels_page_set_workspace (DeckLeadLabelsPage *self,
                                     DeckWorkspace      *workspace)
{
  g_return_if_fail (DECK_IS_LEAD_LABELS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_busy = 0;
  self->loading = FALSE;
  self->loaded_once = FALSE;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (get_model (self), on_model_changed, self);

  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    g_signal_connect_object (get_model (self), "items-changed", G_CALLBACK (on_model_changed), self,
                             G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->list, get_model (self), create_row, self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_lead_labels_page_reload (self);
  else
    self->load_pending = workspace != NULL;
}

const char *
deck_lead_labels_page_get_state (DeckLeadLabelsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABELS_PAGE (self), NULL);

  return self->state;
}

AdwDialog *
deck_lead_labels_page_get_dialog (DeckLeadLabelsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABELS_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_lead_labels_page_get_last_toast (DeckLeadLabelsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABELS_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_lead_labels_page_get_busy (DeckLeadLabelsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LABELS_PAGE (self), FALSE);

  return self->n_busy > 0;
}
