/* deck-campaign-editor.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-campaign-check-list.h"
#include "deck-campaign-check.h"
#include "deck-campaign-editor-util.h"
#include "deck-campaign-editor.h"
#include "deck-campaign-options-page.h"
#include "deck-campaign-schedule-page.h"
#include "deck-campaign-senders-page.h"
#include "deck-campaign-sequence-page.h"
#include "deck-client-campaigns.h"
#include "deck-client-subsequences.h"
#include "deck-model-enums.h"
#include "deck-subsequence-conditions-page.h"

/* A campaign has the first four pages; a subsequence has Conditions, Sequence and
 * Schedule (it sends from its campaign's accounts with its campaign's options). */
typedef enum
{
  PAGE_SEQUENCE,
  PAGE_SCHEDULE,
  PAGE_SENDERS,
  PAGE_OPTIONS,
  PAGE_CONDITIONS,
  N_PAGES
} Page;

static const char * const page_names[N_PAGES] = { "sequence", "schedule", "senders", "options", "conditions" };

struct _DeckCampaignEditor
{
  AdwDialog              parent_instance;

  DeckWorkspace         *workspace;
  DeckCampaignDraft     *draft;
  DeckCampaign          *parent;      /* a subsequence's campaign */
  AdwDialog             *discard;     /* weak: the open "Discard unsaved changes?" */
  GCancellable          *cancellable;
  gboolean               busy;
  guint                  refresh_id;

  AdwToastOverlay       *toasts;
  AdwViewStack          *stack;
  GtkWidget             *pages[N_PAGES];
  AdwBanner             *banner;
  GtkWidget             *save_button;
  GtkMenuButton         *check_button;
  GtkWidget             *check_icon;
  GtkWidget             *check_label;
  DeckCampaignCheckList *check_list;

  /* The row a server error was put next to, so the next save can clear it. */
  GtkWidget             *marked;
  GtkWidget             *marked_icon;
  char                  *marked_subtitle;
  char                  *error_message;
  char                  *error_field;
};

G_DEFINE_FINAL_TYPE (DeckCampaignEditor, deck_campaign_editor, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  SAVED,
  SUBSEQUENCE_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
toast (DeckCampaignEditor *self,
       const char         *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
set_busy (DeckCampaignEditor *self,
          gboolean            busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
is_subsequence (DeckCampaignEditor *self)
{
  return deck_campaign_draft_get_subsequence (self->draft) != NULL;
}

static Page
page_of_field (DeckCampaignEditor *self,
               const char         *field)
{
  if (g_strcmp0 (field, "name") == 0 || g_strcmp0 (field, "sequences") == 0 ||
      g_strcmp0 (field, "auto_variant_select") == 0)
    return PAGE_SEQUENCE;
  if (g_strcmp0 (field, "campaign_schedule") == 0 || g_strcmp0 (field, "subsequence_schedule") == 0)
    return PAGE_SCHEDULE;
  if (is_subsequence (self))
    return PAGE_CONDITIONS;
  if (g_strcmp0 (field, "email_list") == 0 || g_strcmp0 (field, "email_tag_list") == 0)
    return PAGE_SENDERS;
  return PAGE_OPTIONS;
}

static GtkWidget *
locate (DeckCampaignEditor *self,
        const char         *field,
        int                 index,
        int                 sub,
        const char         *detail,
        gboolean            focus)
{
  Page page = page_of_field (self, field);
  GtkWidget *widget = self->pages[page];

  if (widget == NULL)
    return NULL;

  if (focus)
    adw_view_stack_set_visible_child_name (self->stack, page_names[page]);

  switch (page)
    {
    case PAGE_SEQUENCE:
      return deck_campaign_sequence_page_locate (DECK_CAMPAIGN_SEQUENCE_PAGE (widget), field, index, sub, detail, focus);
    case PAGE_SCHEDULE:
      return deck_campaign_schedule_page_locate (DECK_CAMPAIGN_SCHEDULE_PAGE (widget), field, index, sub, detail, focus);
    case PAGE_SENDERS:
      return deck_campaign_senders_page_locate (DECK_CAMPAIGN_SENDERS_PAGE (widget), field, index, sub, detail, focus);
    case PAGE_CONDITIONS:
      return deck_subsequence_conditions_page_locate (DECK_SUBSEQUENCE_CONDITIONS_PAGE (widget), field, index, detail, focus);
    case PAGE_OPTIONS:
    case N_PAGES:
    default:
      return deck_campaign_options_page_locate (DECK_CAMPAIGN_OPTIONS_PAGE (widget), field, index, sub, detail, focus);
    }
}

/* ------------------------------------------------------------------ checks */

static GHashTable *
sender_status (DeckCampaignEditor *self)
{
  GListModel *accounts = deck_workspace_get_accounts (self->workspace);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (accounts, i);

      g_hash_table_insert (table, g_strdup (deck_account_get_email (account)),
                           GINT_TO_POINTER (deck_account_get_status (account)));
    }

  return table;
}

static GStrv
known_variables (DeckCampaignEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  /* A subsequence mails its campaign's leads: the campaign's variables apply. */
  JsonObject *json = self->parent != NULL ? deck_campaign_get_json (self->parent)
                                          : deck_campaign_draft_get_json (self->draft);

  g_strv_builder_addv (builder, (const char **) deck_campaign_standard_variables ());
  if (json_object_has_member (json, "custom_variables") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (json, "custom_variables")))
    {
      g_autoptr(GList) keys = json_object_get_members (json_object_get_object_member (json, "custom_variables"));

      for (GList *l = keys; l != NULL; l = l->next)
        g_strv_builder_add (builder, l->data);
    }

  return g_strv_builder_end (builder);
}

/* What a subsequence takes from its campaign is not its own problem: senders, the
 * tracking options, and a schedule when it has none of its own (it inherits). */
static void
drop_campaign_issues (DeckCampaignEditor *self,
                      GPtrArray          *issues)
{
  JsonObject *json = deck_campaign_draft_get_json (self->draft);
  gboolean inherits = !json_object_has_member (json, "subsequence_schedule") ||
                      JSON_NODE_HOLDS_NULL (json_object_get_member (json, "subsequence_schedule"));

  for (guint i = issues->len; i > 0; i--)
    {
      const DeckCheckIssue *issue = g_ptr_array_index (issues, i - 1);

      if (issue->kind == DECK_CHECK_NO_SENDERS || issue->kind == DECK_CHECK_SENDER_IN_ERROR ||
          issue->kind == DECK_CHECK_TEXT_ONLY_LINK_TRACKING ||
          (inherits && issue->kind == DECK_CHECK_EMPTY_SCHEDULE && issue->schedule < 0))
        g_ptr_array_remove_index (issues, i - 1);
    }
}

static void
run_check (DeckCampaignEditor *self)
{
  g_autoptr(GHashTable) status = sender_status (self);
  g_auto(GStrv) variables = known_variables (self);
  g_autoptr(GPtrArray) issues = NULL;
  guint n_errors;
  g_autofree char *count = NULL;

  issues = deck_campaign_check (self->draft, (const char * const *) variables, status);
  if (is_subsequence (self))
    drop_campaign_issues (self, issues);
  if (is_subsequence (self) && !deck_campaign_draft_has_condition (self->draft))
    {
      /* The shared check knows no conditions: this one is the editor's. Its field
       * leads to the Conditions page; the kind only gives it no detail. */
      DeckCheckIssue *issue = g_new0 (DeckCheckIssue, 1);

      issue->kind = DECK_CHECK_NO_STEPS;
      issue->severity = DECK_CHECK_SEVERITY_ERROR;
      issue->step = issue->variant = issue->schedule = -1;
      issue->field = g_strdup ("conditions");
      issue->message = g_strdup (_("Choose at least one condition that starts the subsequence"));
      g_ptr_array_insert (issues, 0, issue);
    }
  deck_campaign_check_list_set_issues (self->check_list, issues);

  n_errors = deck_campaign_check_list_get_n_errors (self->check_list);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->check_icon),
                                n_errors > 0 ? "dialog-error-symbolic"
                                : issues->len > 0 ? "dialog-warning-symbolic"
                                : "object-select-symbolic");
  gtk_widget_remove_css_class (self->check_icon, "error");
  gtk_widget_remove_css_class (self->check_icon, "warning");
  gtk_widget_remove_css_class (self->check_icon, "success");
  gtk_widget_add_css_class (self->check_icon, n_errors > 0 ? "error" : issues->len > 0 ? "warning" : "success");
  count = g_strdup_printf ("%u", issues->len);
  gtk_label_set_text (GTK_LABEL (self->check_label), count);
  gtk_widget_set_visible (self->check_label, issues->len > 0);
  {
    g_autofree char *tooltip = issues->len == 0
                               ? g_strdup (_("Check: nothing wrong or risky"))
                               : g_strdup_printf (ngettext ("Check: %u issue", "Check: %u issues", issues->len),
                                                  issues->len);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_button), tooltip);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->check_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  }
}

static gboolean
has_changes (DeckCampaignEditor *self)
{
  g_autoptr(JsonObject) patch = NULL;

  if (deck_campaign_draft_is_new (self->draft))
    return TRUE;

  patch = deck_campaign_draft_dup_patch (self->draft);
  return patch != NULL && json_object_get_size (patch) > 0;
}

static void
refresh (DeckCampaignEditor *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  run_check (self);
  gtk_widget_set_sensitive (self->save_button, !self->busy && has_changes (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !self->busy && has_changes (self));
  /* Closing with edits asks first (close-attempt). */
  adw_dialog_set_can_close (ADW_DIALOG (self), !deck_campaign_draft_has_unsaved_changes (self->draft));
}

static gboolean
refresh_idle (gpointer data)
{
  DeckCampaignEditor *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_draft_changed (DeckCampaignEditor *self)
{
  /* Typing emits a change per key: check once the burst is over. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle, self, NULL);
}

static const char *
issue_detail (const DeckCheckIssue *issue)
{
  switch (issue->kind)
    {
    case DECK_CHECK_EMPTY_SUBJECT:
      return "subject";
    case DECK_CHECK_EMPTY_BODY:
    case DECK_CHECK_UNKNOWN_VARIABLE:
    case DECK_CHECK_UNBALANCED_SPINTAX:
      return "body";
    case DECK_CHECK_EMPTY_SCHEDULE:
      return "days";
    case DECK_CHECK_INVALID_TIMEZONE:
      return "timezone";
    case DECK_CHECK_TEXT_ONLY_LINK_TRACKING:
    case DECK_CHECK_NO_STEPS:
    case DECK_CHECK_NO_SENDERS:
    case DECK_CHECK_SENDER_IN_ERROR:
    default:
      return NULL;
    }
}

static void
on_issue_activated (DeckCampaignEditor *self,
                    guint               index)
{
  const DeckCheckIssue *issue = deck_campaign_check_list_get_issue (self->check_list, index);
  int first = issue->step >= 0 ? issue->step : issue->schedule;

  gtk_menu_button_popdown (self->check_button);
  locate (self, issue->field, first, issue->variant, issue_detail (issue), TRUE);
}

/* ------------------------------------------------------------------ server errors */

static void
clear_mark (DeckCampaignEditor *self)
{
  adw_banner_set_revealed (self->banner, FALSE);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->error_field, g_free);

  if (self->marked == NULL)
    return;

  gtk_widget_remove_css_class (self->marked, "error");
  gtk_widget_set_tooltip_text (self->marked, NULL);
  if (self->marked_icon != NULL && ADW_IS_ENTRY_ROW (self->marked))
    adw_entry_row_remove (ADW_ENTRY_ROW (self->marked), self->marked_icon);
  else if (ADW_IS_ACTION_ROW (self->marked))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->marked), self->marked_subtitle);
  else if (ADW_IS_EXPANDER_ROW (self->marked))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->marked), self->marked_subtitle);

  g_clear_object (&self->marked_icon);
  g_clear_pointer (&self->marked_subtitle, g_free);
  g_clear_weak_pointer (&self->marked);
}

static gboolean
is_number (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Where in the editor a server message's path points: the step and variant, the
 * window, or the option and its part. */
static GtkWidget *
locate_path (DeckCampaignEditor *self,
             char              **path,
             gboolean            focus)
{
  const char *field = path[0];
  const char *detail = NULL;
  int index = -1, sub = -1;
  guint n = g_strv_length (path);

  for (guint i = 1; i < n; i++)
    {
      if (is_number (path[i]))
        {
          int value = atoi (path[i]);

          if (g_str_equal (field, "sequences"))
            {
              if (g_str_equal (path[i - 1], "steps"))
                index = value;
              else if (g_str_equal (path[i - 1], "variants"))
                sub = value;
            }
          else if (index < 0)
            {
              index = value;
            }
        }
      else if (!g_str_equal (path[i], "steps") && !g_str_equal (path[i], "variants") &&
               !g_str_equal (path[i], "schedules"))
        {
          detail = path[i];
        }
    }

  return locate (self, field, index, sub, detail, focus);
}

static void
mark_field (DeckCampaignEditor *self,
            GtkWidget          *widget,
            const char         *message)
{
  if (widget == NULL)
    return;

  g_set_weak_pointer (&self->marked, widget);
  gtk_widget_add_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, message);

  /* Next to the field: an icon in an entry, the subtitle of other rows. */
  if (ADW_IS_ENTRY_ROW (widget))
    {
      self->marked_icon = g_object_ref_sink (gtk_image_new_from_icon_name ("dialog-error-symbolic"));
      gtk_widget_add_css_class (self->marked_icon, "error");
      gtk_widget_set_tooltip_text (self->marked_icon, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->marked_icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (widget), self->marked_icon);
    }
  else if (ADW_IS_ACTION_ROW (widget))
    {
      /* Rows parse markup; a server message ("must be <= 30000") is text. */
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      self->marked_subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), escaped);
    }
  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      self->marked_subtitle = g_strdup (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (widget), escaped);
    }
}

static void
show_server_error (DeckCampaignEditor *self,
                   const GError       *error)
{
  g_autofree char *words = deck_api_error_describe (error);
  g_auto(GStrv) path = deck_campaign_error_path (error->message);
  g_autofree char *field = deck_campaign_error_field (error);
  GtkWidget *widget = NULL;

  clear_mark (self);
  self->error_message = g_strdup (words);

  if (path != NULL)
    widget = locate_path (self, path, TRUE);
  if (widget == NULL && field != NULL)
    widget = locate (self, field, -1, -1, NULL, TRUE);
  self->error_field = g_strdup (path != NULL ? path[0] : field);

  mark_field (self, widget, words);
  adw_banner_set_title (self->banner, words);
  adw_banner_set_button_label (self->banner, widget != NULL ? _("Show") : NULL);
  adw_banner_set_revealed (self->banner, TRUE);
}

static void
on_banner_button (DeckCampaignEditor *self)
{
  if (self->marked == NULL)
    return;

  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != NULL && gtk_widget_is_ancestor (self->marked, self->pages[i]))
      adw_view_stack_set_visible_child_name (self->stack, page_names[i]);
  gtk_widget_grab_focus (self->marked);
}

/* ------------------------------------------------------------------ save */

static void
update_title (DeckCampaignEditor *self)
{
  const char *name = json_object_get_string_member_with_default (deck_campaign_draft_get_json (self->draft),
                                                                  "name", NULL);

  if (is_subsequence (self) && deck_campaign_draft_is_new (self->draft))
    adw_dialog_set_title (ADW_DIALOG (self), _("New Subsequence"));
  else if (is_subsequence (self))
    adw_dialog_set_title (ADW_DIALOG (self), name != NULL && *name != '\0' ? name : _("Subsequence"));
  else if (deck_campaign_draft_is_new (self->draft))
    adw_dialog_set_title (ADW_DIALOG (self), _("New Campaign"));
  else
    adw_dialog_set_title (ADW_DIALOG (self), name != NULL && *name != '\0' ? name : _("Campaign"));
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DeckCampaignEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCampaign) campaign = NULL;
  g_autoptr(DeckSubsequence) subsequence = NULL;
  gboolean created = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "creating"));

  if (is_subsequence (self) && created)
    subsequence = deck_client_create_subsequence_finish (DECK_CLIENT (source), result, &error);
  else if (is_subsequence (self))
    subsequence = deck_client_patch_subsequence_finish (DECK_CLIENT (source), result, &error);
  else if (created)
    campaign = deck_client_create_campaign_finish (DECK_CLIENT (source), result, &error);
  else
    campaign = deck_client_patch_campaign_finish (DECK_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (error != NULL)
    {
      show_server_error (self, error);
      refresh (self);
      return;
    }

  if (subsequence != NULL)
    {
      deck_campaign_draft_rebase_subsequence (self->draft, subsequence);
      update_title (self);
      refresh (self);
      if (created)
        {
          g_autofree char *text = g_strdup_printf (_("Created “%s”"), deck_subsequence_get_name (subsequence));

          toast (self, text);
        }
      else
        toast (self, _("Subsequence saved"));
      g_signal_emit (self, signals[SUBSEQUENCE_SAVED], 0, subsequence);
      return;
    }

  deck_campaign_draft_rebase (self->draft, campaign);
  update_title (self);
  refresh (self);
  toast (self, created ? _("Campaign created") : _("Campaign saved"));
  g_signal_emit (self, signals[SAVED], 0, campaign);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (widget);
  DeckClient *client = deck_workspace_get_client (self->workspace);

  if (self->busy)
    return;

  clear_mark (self);
  run_check (self);

  /* The server refuses a subsequence that nothing would start: said next to the
   * conditions rather than only in the list. */
  if (is_subsequence (self) && !deck_campaign_draft_has_condition (self->draft))
    {
      GtkWidget *row = locate (self, "conditions", -1, -1, NULL, TRUE);

      mark_field (self, row, _("Choose at least one condition that starts the subsequence"));
      toast (self, _("Choose at least one condition first"));
      return;
    }

  if (deck_campaign_check_list_get_n_errors (self->check_list) > 0)
    {
      /* Errors block the save; the list says what and where. */
      gtk_menu_button_popup (self->check_button);
      toast (self, _("Fix the problems in the check list first"));
      return;
    }

  if (is_subsequence (self) && deck_campaign_draft_is_new (self->draft))
    {
      g_autoptr(JsonObject) body = deck_campaign_draft_dup_create_body (self->draft);

      g_object_set_data (G_OBJECT (self), "creating", GINT_TO_POINTER (TRUE));
      set_busy (self, TRUE);
      deck_client_create_subsequence_async (client, body, self->cancellable, on_saved, g_object_ref (self));
    }
  else if (is_subsequence (self))
    {
      g_autoptr(JsonObject) patch = deck_campaign_draft_dup_patch (self->draft);

      if (json_object_get_size (patch) == 0)
        return;
      g_object_set_data (G_OBJECT (self), "creating", GINT_TO_POINTER (FALSE));
      set_busy (self, TRUE);
      deck_client_patch_subsequence_async (client,
                                           deck_subsequence_get_id (deck_campaign_draft_get_subsequence (self->draft)),
                                           patch, self->cancellable, on_saved, g_object_ref (self));
    }
  else if (deck_campaign_draft_is_new (self->draft))
    {
      g_autoptr(JsonObject) body = deck_campaign_draft_dup_create_body (self->draft);

      g_object_set_data (G_OBJECT (self), "creating", GINT_TO_POINTER (TRUE));
      set_busy (self, TRUE);
      deck_client_create_campaign_async (client, body, self->cancellable, on_saved, g_object_ref (self));
    }
  else
    {
      g_autoptr(JsonObject) patch = deck_campaign_draft_dup_patch (self->draft);

      if (patch == NULL || json_object_get_size (patch) == 0)
        return;
      g_object_set_data (G_OBJECT (self), "creating", GINT_TO_POINTER (FALSE));
      set_busy (self, TRUE);
      deck_client_patch_campaign_async (client,
                                        deck_campaign_get_id (deck_campaign_draft_get_campaign (self->draft)),
                                        patch, self->cancellable, on_saved, g_object_ref (self));
    }

  refresh (self);
}

static void
check (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (widget);

  run_check (self);
  gtk_menu_button_popup (self->check_button);
}

static void
show_page (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != NULL && g_str_equal (name, page_names[i]))
      adw_view_stack_set_visible_child_name (self->stack, name);
}

/* ------------------------------------------------------------------ public */

DeckCampaignDraft *
deck_campaign_editor_get_draft (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  return self->draft;
}

gboolean
deck_campaign_editor_get_busy (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), FALSE);

  return self->busy;
}

GtkWidget *
deck_campaign_editor_get_page (DeckCampaignEditor *self,
                               const char         *name)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  for (guint i = 0; i < N_PAGES; i++)
    if (g_strcmp0 (name, page_names[i]) == 0)
      return self->pages[i];
  return NULL;
}

const char *
deck_campaign_editor_get_visible_page (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

DeckCampaignCheckList *
deck_campaign_editor_get_check_list (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  refresh (self);
  return self->check_list;
}

GtkWidget *
deck_campaign_editor_get_error_widget (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  return self->marked;
}

const char *
deck_campaign_editor_get_error_message (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  return self->error_message;
}

gboolean
deck_campaign_editor_get_can_save (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), FALSE);

  refresh (self);
  return gtk_widget_get_sensitive (self->save_button);
}

static GtkWidget *
build_check_button (DeckCampaignEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Before Saving or Activating"));

  self->check_icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  self->check_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->check_label, "numeric");
  gtk_box_append (GTK_BOX (box), self->check_icon);
  gtk_box_append (GTK_BOX (box), self->check_label);

  self->check_list = DECK_CAMPAIGN_CHECK_LIST (deck_campaign_check_list_new ());
  g_signal_connect_object (self->check_list, "issue-activated", G_CALLBACK (on_issue_activated),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (content), title);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->check_list));
  gtk_widget_set_margin_start (content, 6);
  gtk_widget_set_margin_end (content, 6);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_bottom (content, 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_widget_set_size_request (scrolled, 320, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  self->check_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->check_button, box);
  gtk_menu_button_set_popover (self->check_button, popover);
  return GTK_WIDGET (self->check_button);
}

/* ------------------------------------------------------------------ discard */

static void
on_discard_closed (DeckCampaignEditor *self)
{
  g_clear_weak_pointer (&self->discard);
}

static void
on_discard_response (DeckCampaignEditor *self,
                     const char         *response)
{
  g_clear_weak_pointer (&self->discard);
  if (g_strcmp0 (response, "discard") == 0)
    adw_dialog_force_close (ADW_DIALOG (self));
}

static void
on_close_attempt (DeckCampaignEditor *self)
{
  AdwDialog *alert;

  if (self->discard != NULL)
    return;

  alert = adw_alert_dialog_new (_("Discard Unsaved Changes?"),
                                is_subsequence (self)
                                ? _("The changes to this subsequence have not been saved.")
                                : _("The changes to this campaign have not been saved."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "keep", _("_Keep Editing"),
                                  "discard", _("_Discard"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "keep");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "keep");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_discard_response), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (alert, "closed", G_CALLBACK (on_discard_closed), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->discard, alert);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

AdwDialog *
deck_campaign_editor_get_discard_dialog (DeckCampaignEditor *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_EDITOR (self), NULL);

  return self->discard;
}

/* ------------------------------------------------------------------ construction */

static void
add_page (DeckCampaignEditor *self,
          Page                page,
          GtkWidget          *widget,
          const char         *title,
          const char         *icon)
{
  self->pages[page] = widget;
  adw_view_stack_add_titled_with_icon (self->stack, widget, page_names[page], title, icon);
}

static void
build (DeckCampaignEditor *self)
{
  DeckWorkspace *ws = self->workspace;
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *switcher_bar = adw_view_switcher_bar_new ();
  GtkWidget *window_title = adw_window_title_new (NULL, NULL);
  AdwBreakpoint *breakpoint;

  adw_dialog_set_content_width (ADW_DIALOG (self), 820);
  adw_dialog_set_content_height (ADW_DIALOG (self), 860);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 300);

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  if (is_subsequence (self))
    add_page (self, PAGE_CONDITIONS, deck_subsequence_conditions_page_new (self->draft),
              _("Conditions"), "find-location-symbolic");
  add_page (self, PAGE_SEQUENCE, deck_campaign_sequence_page_new (ws, self->draft),
            _("Sequence"), "mail-send-symbolic");
  add_page (self, PAGE_SCHEDULE, deck_campaign_schedule_page_new (ws, self->draft),
            _("Schedule"), "x-office-calendar-symbolic");
  if (!is_subsequence (self))
    {
      add_page (self, PAGE_SENDERS, deck_campaign_senders_page_new (ws, self->draft),
                _("Senders"), "system-users-symbolic");
      add_page (self, PAGE_OPTIONS, deck_campaign_options_page_new (ws, self->draft),
                _("Options"), "preferences-other-symbolic");
    }

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (switcher_bar), self->stack);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  g_object_bind_property (self, "title", window_title, "title", G_BINDING_SYNC_CREATE);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "editor.save");
  gtk_widget_set_tooltip_text (self->save_button,
                               is_subsequence (self) ? _("Save the Subsequence (Ctrl+S)")
                                                     : _("Save the Campaign (Ctrl+S)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), build_check_button (self));

  self->banner = ADW_BANNER (adw_banner_new (""));
  adw_banner_set_use_markup (self->banner, FALSE);
  g_signal_connect_object (self->banner, "button-clicked", G_CALLBACK (on_banner_button), self, G_CONNECT_SWAPPED);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->stack));

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), GTK_WIDGET (self->banner));
  adw_toolbar_view_add_bottom_bar (ADW_TOOLBAR_VIEW (toolbar), switcher_bar);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), GTK_WIDGET (self->toasts));
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);

  /* Narrow: the switcher moves to the bottom and the title shows the campaign. */
  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 600sp"));
  adw_breakpoint_add_setters (breakpoint,
                              G_OBJECT (header), "title-widget", window_title,
                              G_OBJECT (switcher_bar), "reveal", TRUE,
                              NULL);
  adw_dialog_add_breakpoint (ADW_DIALOG (self), breakpoint);

  g_signal_connect_object (self->draft, "changed", G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (deck_workspace_get_accounts (ws), "items-changed",
                           G_CALLBACK (on_draft_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "close-attempt", G_CALLBACK (on_close_attempt), NULL);

  update_title (self);
  refresh (self);
}

DeckCampaignEditor *
deck_campaign_editor_new (DeckWorkspace *ws,
                          DeckCampaign  *campaign_or_NULL)
{
  DeckCampaignEditor *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (campaign_or_NULL == NULL || DECK_IS_CAMPAIGN (campaign_or_NULL), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_EDITOR, NULL);
  self->workspace = g_object_ref (ws);
  self->draft = deck_campaign_draft_new (campaign_or_NULL);

  /* A new campaign needs a sending window to be created at all; that default is
   * not a change the user made. */
  if (deck_campaign_draft_is_new (self->draft) && deck_campaign_draft_get_n_schedules (self->draft) == 0)
    {
      g_autofree char *zone = deck_campaign_closest_timezone ();

      deck_campaign_draft_add_schedule (self->draft, zone);
      deck_campaign_draft_mark_pristine (self->draft);
    }

  build (self);
  return self;
}

DeckCampaignEditor *
deck_campaign_editor_new_for_subsequence (DeckWorkspace   *ws,
                                          DeckCampaign    *parent,
                                          DeckSubsequence *subsequence)
{
  DeckCampaignEditor *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (parent == NULL || DECK_IS_CAMPAIGN (parent), NULL);
  g_return_val_if_fail (DECK_IS_SUBSEQUENCE (subsequence), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_EDITOR, NULL);
  self->workspace = g_object_ref (ws);
  self->parent = parent != NULL ? g_object_ref (parent) : NULL;
  self->draft = deck_campaign_draft_new_for_subsequence (subsequence);

  build (self);
  return self;
}

DeckCampaignEditor *
deck_campaign_editor_new_subsequence (DeckWorkspace *ws,
                                      DeckCampaign  *parent)
{
  DeckCampaignEditor *self;
  g_autofree char *zone = NULL;
  JsonObject *json;
  JsonNode *node;

  g_return_val_if_fail (DECK_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (parent), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_EDITOR, NULL);
  self->workspace = g_object_ref (ws);
  self->parent = g_object_ref (parent);
  self->draft = deck_campaign_draft_new_subsequence (deck_campaign_get_id (parent));

  /* Like a new campaign: one sending window to start from, here in the campaign's
   * own time zone when it has one. Defaults are not changes the user made. */
  json = deck_campaign_get_json (parent);
  node = json != NULL ? json_object_get_member (json, "campaign_schedule") : NULL;
  node = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
         ? json_object_get_member (json_node_get_object (node), "schedules") : NULL;
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);

      if (JSON_NODE_HOLDS_OBJECT (first))
        {
          const char *parent_zone = json_object_get_string_member_with_default (json_node_get_object (first),
                                                                                "timezone", NULL);

          if (parent_zone != NULL && deck_campaign_timezone_is_valid (parent_zone))
            zone = g_strdup (parent_zone);
        }
    }
  if (zone == NULL)
    zone = deck_campaign_closest_timezone ();
  deck_campaign_draft_add_schedule (self->draft, zone);
  deck_campaign_draft_mark_pristine (self->draft);

  build (self);
  return self;
}

/* ------------------------------------------------------------------ GObject */

static void
deck_campaign_editor_dispose (GObject *object)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  clear_mark (self);
  adw_dialog_set_child (ADW_DIALOG (self), NULL);
  if (self->discard != NULL)
    adw_dialog_force_close (self->discard);
  g_clear_weak_pointer (&self->discard);
  g_clear_object (&self->draft);
  g_clear_object (&self->parent);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_campaign_editor_parent_class)->dispose (object);
}

static void
deck_campaign_editor_finalize (GObject *object)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_free (self->error_message);
  g_free (self->error_field);
  g_free (self->marked_subtitle);

  G_OBJECT_CLASS (deck_campaign_editor_parent_class)->finalize (object);
}

static void
deck_campaign_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckCampaignEditor *self = DECK_CAMPAIGN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_campaign_editor_class_init (DeckCampaignEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_campaign_editor_dispose;
  object_class->finalize = deck_campaign_editor_finalize;
  object_class->get_property = deck_campaign_editor_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, DECK_TYPE_CAMPAIGN);
  /* After a subsequence is saved, or created (then the editor goes on editing it). */
  signals[SUBSEQUENCE_SAVED] = g_signal_new ("subsequence-saved",
                                             G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, DECK_TYPE_SUBSEQUENCE);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.check", NULL, check);
  gtk_widget_class_install_action (widget_class, "editor.page", "s", show_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "editor.page", "s", "sequence");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "editor.page", "s", "schedule");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "editor.page", "s", "senders");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "editor.page", "s", "options");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "editor.check", NULL);
}

static void
deck_campaign_editor_init (DeckCampaignEditor *self)
{
  self->cancellable = g_cancellable_new ();
}
