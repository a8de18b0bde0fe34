/* deck-lead-import-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "deck-api-error.h"
#include "deck-client-block-list.h"
#include "deck-client-leads.h"
#include "deck-lead-csv.h"
#include "deck-lead-import-dialog.h"

/* Emails per /leads/list query when looking for leads that are already there. */
#define EXISTING_CHUNK 250
#define N_PREVIEW_ROWS 5
#define N_EXAMPLES 5
#define MAX_REMEMBERED_MAPPINGS 50

struct _DeckLeadImportDialog
{
  AdwDialog            parent_instance;

  DeckWorkspace       *workspace;
  char                *campaign_id;       /* the target chosen */
  char                *list_id;
  GCancellable        *cancellable;       /* the dialog's life */
  GCancellable        *check_cancellable; /* the current check */
  GCancellable        *upload_cancellable;
  GSettings           *settings;

  DeckCsvTable        *table;
  DeckLeadMapping     *mapping;
  DeckLeadImportPlan  *plan;
  JsonArray           *leads;             /* what Upload sends */
  GArray              *sent_rows;         /* row of each sent lead */
  DeckLeadAddResult   *result;
  GError              *upload_error;
  gboolean             cancelled;
  guint                n_sent;

  /* The checking chain */
  GPtrArray           *pending_emails;    /* char *, normalized, still to query */
  DeckPager           *pager;

  GtkStringList       *target_names;
  GPtrArray           *target_ids;        /* "c:ID" / "l:ID" */
  GPtrArray           *column_rows;       /* AdwComboRow per column */
  GPtrArray           *dynamic_rows;      /* rows of the review and report groups */
  gboolean             updating_columns;

  AdwNavigationView   *nav;
  AdwStatusPage       *file_status;
  GtkWidget           *file_spinner;
  GtkLabel            *file_error;
  AdwComboRow         *target_row;
  AdwPreferencesGroup *columns_group;
  AdwSwitchRow        *skip_workspace_row;
  AdwSwitchRow        *skip_campaign_row;
  AdwSwitchRow        *skip_list_row;
  AdwSwitchRow        *verify_row;
  GtkStack            *review_stack;
  AdwStatusPage       *review_error;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *preview_group;
  GtkProgressBar      *progress_bar;
  AdwStatusPage       *upload_status;
  GtkImage            *report_icon;
  GtkLabel            *report_title;
  GtkLabel            *report_description;
  AdwPreferencesGroup *report_group;
  GtkWidget           *save_rejected_button;
};

G_DEFINE_FINAL_TYPE (DeckLeadImportDialog, deck_lead_import_dialog, ADW_TYPE_DIALOG)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_count (guint64 n)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

static void
update_actions (DeckLeadImportDialog *self)
{
  const char *tag = deck_lead_import_dialog_get_page_tag (self);
  gboolean uploading = self->upload_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !uploading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.check",
                                 self->table != NULL && (self->campaign_id != NULL || self->list_id != NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.upload",
                                 g_strcmp0 (tag, "review") == 0 && self->leads != NULL &&
                                 json_array_get_length (self->leads) > 0 && !uploading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", uploading);
  adw_dialog_set_can_close (ADW_DIALOG (self), !uploading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.save-rejected", self->plan != NULL);
}

/* Removes the rows added to the review and report groups. */
static void
clear_dynamic_rows (DeckLeadImportDialog *self,
                    AdwPreferencesGroup  *group)
{
  for (guint i = self->dynamic_rows->len; i > 0; i--)
    {
      GtkWidget *row = self->dynamic_rows->pdata[i - 1];

      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (group))
        {
          adw_preferences_group_remove (group, row);
          g_ptr_array_remove_index (self->dynamic_rows, i - 1);
        }
    }
}

static void
add_dynamic_row (DeckLeadImportDialog *self,
                 AdwPreferencesGroup  *group,
                 GtkWidget            *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, row);
}

/* ------------------------------------------------------------------ targets */

static void
rebuild_targets (DeckLeadImportDialog *self)
{
  GListModel *campaigns = deck_workspace_get_campaigns (self->workspace);
  GListModel *lists = deck_workspace_get_lead_lists (self->workspace);
  g_autofree char *wanted = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (self->campaign_id != NULL)
    wanted = g_strconcat ("c:", self->campaign_id, NULL);
  else if (self->list_id != NULL)
    wanted = g_strconcat ("l:", self->list_id, NULL);

  g_ptr_array_set_size (self->target_ids, 0);

  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, i);

      /* Translators: a lead list in the import's destination menu */
      g_ptr_array_add (names, g_strdup_printf (_("List: %s"), deck_lead_list_get_name (list)));
      g_ptr_array_add (self->target_ids, g_strconcat ("l:", deck_lead_list_get_id (list), NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);

      /* Translators: a campaign in the import's destination menu */
      g_ptr_array_add (names, g_strdup_printf (_("Campaign: %s"), deck_campaign_get_name (campaign)));
      g_ptr_array_add (self->target_ids, g_strconcat ("c:", deck_campaign_get_id (campaign), NULL));
    }

  for (guint i = 0; i < self->target_ids->len; i++)
    if (g_strcmp0 (self->target_ids->pdata[i], wanted) == 0)
      selected = i;

  /* The preselected target may not be loaded yet: keep it selectable. */
  if (selected == GTK_INVALID_LIST_POSITION && wanted != NULL)
    {
      g_ptr_array_add (names, g_strdup (self->campaign_id != NULL ? _("This campaign") : _("This list")));
      g_ptr_array_add (self->target_ids, g_strdup (wanted));
      selected = self->target_ids->len - 1;
    }

  g_ptr_array_add (names, NULL);
  self->updating_columns = TRUE;
  gtk_string_list_splice (self->target_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->target_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->target_row, selected);
  self->updating_columns = FALSE;
}

static void
on_target_selected (DeckLeadImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);
  const char *id;

  if (self->updating_columns || selected >= self->target_ids->len)
    return;

  id = self->target_ids->pdata[selected];
  g_clear_pointer (&self->campaign_id, g_free);
  g_clear_pointer (&self->list_id, g_free);
  if (g_str_has_prefix (id, "c:"))
    self->campaign_id = g_strdup (id + 2);
  else
    self->list_id = g_strdup (id + 2);

  update_actions (self);
}

static void
on_targets_changed (DeckLeadImportDialog *self)
{
  rebuild_targets (self);
}

/* ------------------------------------------------------------------ columns */

static void
remember_mapping (DeckLeadImportDialog *self)
{
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, "lead-import-mapping");
  g_autofree char *key = deck_lead_mapping_dup_key ((const char * const *) self->table->header);
  g_autofree char *value = deck_lead_mapping_to_string (self->mapping);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *k;
  const char *v;
  guint n = 1;

  g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v))
    if (!g_str_equal (k, key) && n++ < MAX_REMEMBERED_MAPPINGS)
      g_variant_builder_add (&builder, "{ss}", k, v);

  g_settings_set_value (self->settings, "lead-import-mapping", g_variant_builder_end (&builder));
}

static DeckLeadMapping *
recall_mapping (DeckLeadImportDialog *self)
{
  g_autoptr(GVariant) dict = g_settings_get_value (self->settings, "lead-import-mapping");
  g_autofree char *key = deck_lead_mapping_dup_key ((const char * const *) self->table->header);
  const char *text = NULL;
  DeckLeadMapping *mapping = NULL;
  guint n = g_strv_length (self->table->header);

  if (g_variant_lookup (dict, key, "&s", &text))
    mapping = deck_lead_mapping_new_from_string (text, n);

  return mapping != NULL ? mapping : deck_lead_mapping_guess ((const char * const *) self->table->header);
}

static char *
column_variable_name (DeckLeadImportDialog *self,
                      guint                 column)
{
  g_autofree char *name = g_strstrip (g_strdup (self->table->header[column]));

  if (name[0] == '\0')
    /* Translators: the custom variable name of a column without a header */
    return g_strdup_printf (_("Column %u"), column + 1);

  return g_steal_pointer (&name);
}

static void
sync_column_rows (DeckLeadImportDialog *self)
{
  self->updating_columns = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_combo_row_set_selected (self->column_rows->pdata[i], deck_lead_mapping_get_field (self->mapping, i));
  self->updating_columns = FALSE;
}

static void
on_column_selected (AdwComboRow          *row,
                    GParamSpec           *pspec,
                    DeckLeadImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  DeckLeadField field = adw_combo_row_get_selected (row);
  g_autofree char *name = NULL;

  if (self->updating_columns || field >= DECK_LEAD_N_FIELDS)
    return;

  name = column_variable_name (self, column);
  deck_lead_mapping_set (self->mapping, column, field, name);
  /* Another column may have given up this field. */
  sync_column_rows (self);
}

static const char *
sample_value (DeckCsvTable *table,
              guint         column)
{
  for (guint row = 0; row < MIN (table->rows->len, 20); row++)
    {
      const char *value = deck_csv_table_get (table, row, column);

      if (value[0] != '\0')
        return value;
    }

  return "";
}

static void
build_column_rows (DeckLeadImportDialog *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, self->column_rows->pdata[i]);
  g_ptr_array_set_size (self->column_rows, 0);

  for (guint f = 0; f < DECK_LEAD_N_FIELDS; f++)
    gtk_string_list_append (fields, deck_lead_field_get_label (f));

  for (guint i = 0; self->table->header[i] != NULL; i++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *title = column_variable_name (self, i);
      g_autofree char *sample = g_utf8_make_valid (sample_value (self->table, i), -1);

      /* One line of the sample is enough. */
      g_strdelimit (sample, "\r\n", ' ');
      if (g_utf8_strlen (sample, -1) > 60)
        {
          char *end = g_utf8_offset_to_pointer (sample, 60);
          char *shortened = g_strdup_printf ("%.*s…", (int) (end - sample), sample);

          g_free (sample);
          sample = shortened;
        }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_combo_row_set_model (row, G_LIST_MODEL (fields));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (i));
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }

  sync_column_rows (self);

  for (guint i = 0; i < self->column_rows->len; i++)
    g_signal_connect (self->column_rows->pdata[i], "notify::selected", G_CALLBACK (on_column_selected), self);
}

/* ------------------------------------------------------------------ file */

static void
read_file_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCsvTable) table = NULL;

  table = deck_csv_read_file_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_visible (self->file_spinner, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->file_status), TRUE);

  if (table == NULL)
    {
      gtk_label_set_text (self->file_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->file_error), TRUE);
      return;
    }

  if (table->rows->len == 0)
    {
      gtk_label_set_text (self->file_error, _("The file has a header row but no leads."));
      gtk_widget_set_visible (GTK_WIDGET (self->file_error), TRUE);
      return;
    }

  g_clear_pointer (&self->table, deck_csv_table_unref);
  g_clear_pointer (&self->mapping, deck_lead_mapping_free);
  self->table = g_steal_pointer (&table);
  self->mapping = recall_mapping (self);

  build_column_rows (self);
  update_actions (self);

  adw_navigation_view_pop_to_tag (self->nav, "file");
  adw_navigation_view_push_by_tag (self->nav, "setup");
}

void
deck_lead_import_dialog_set_file (DeckLeadImportDialog *self,
                                  GFile                *file)
{
  g_return_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->upload_cancellable != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->file_error), FALSE);
  gtk_widget_set_visible (self->file_spinner, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->file_status), FALSE);

  deck_csv_read_file_async (file, 0, self->cancellable, read_file_cb, g_object_ref (self));
}

static void
choose_file_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    deck_lead_import_dialog_set_file (self, file);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DeckLeadImportDialog *self = DECK_LEAD_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, csv);
  g_list_store_append (filters, all);

  gtk_file_dialog_set_title (dialog, _("Import Leads"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, csv);
  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable,
                        choose_file_cb, g_object_ref (self));
}

static gboolean
on_drop (GtkDropTarget        *target,
         const GValue         *value,
         double                x,
         double                y,
         DeckLeadImportDialog *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  deck_lead_import_dialog_set_file (self, files->data);
  g_slist_free (files);

  return TRUE;
}

/* ------------------------------------------------------------------ check */

static void show_review_error (DeckLeadImportDialog *self,
                               const GError         *error);
static void load_next_existing (DeckLeadImportDialog *self);

typedef struct
{
  JsonArray *leads;
  GArray    *rows;
} Analysis;

static void
analysis_free (gpointer p)
{
  Analysis *analysis = p;

  g_clear_pointer (&analysis->leads, json_array_unref);
  g_clear_pointer (&analysis->rows, g_array_unref);
  g_free (analysis);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  DeckLeadImportPlan *plan = task_data;
  Analysis *analysis = g_new0 (Analysis, 1);

  deck_lead_import_plan_analyze (plan);
  analysis->leads = deck_lead_import_plan_build_leads (plan, &analysis->rows);

  g_task_return_pointer (task, analysis, analysis_free);
}

static char *
row_preview_subtitle (DeckLeadImportDialog *self,
                      guint                 row)
{
  g_autoptr(JsonObject) lead = deck_lead_import_plan_build_lead (self->plan, row);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *keys[] = { "first_name", "last_name", "company_name", "job_title", "phone", "website", NULL };

  for (guint i = 0; keys[i] != NULL; i++)
    if (json_object_has_member (lead, keys[i]))
      {
        if (text->len > 0)
          g_string_append (text, i == 1 ? " " : " · ");
        g_string_append (text, json_object_get_string_member (lead, keys[i]));
      }

  if (json_object_has_member (lead, "custom_variables"))
    {
      JsonObject *vars = json_object_get_object_member (lead, "custom_variables");
      g_autoptr(GList) names = json_object_get_members (vars);

      for (GList *l = names; l != NULL; l = l->next)
        {
          if (text->len > 0)
            g_string_append (text, " · ");
          g_string_append_printf (text, "%s: %s", (char *) l->data,
                                  json_object_get_string_member (vars, l->data));
        }
    }

  g_strdelimit (text->str, "\r\n", ' ');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_count_row (const char *title,
                const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static const char *
target_name (DeckLeadImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->target_names), selected);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

static void
fill_review (DeckLeadImportDialog *self)
{
  guint n_rows = deck_lead_import_plan_get_n_rows (self->plan);
  guint n_ok = deck_lead_import_plan_get_n_ok (self->plan);
  g_autofree char *ok_text = format_count (n_ok);
  g_autofree char *rows_text = format_count (n_rows);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gboolean any_problem = FALSE;

  clear_dynamic_rows (self, self->summary_group);
  clear_dynamic_rows (self, self->problems_group);
  clear_dynamic_rows (self, self->preview_group);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Lead Ready to Upload", "%s Leads Ready to Upload", n_ok),
                           ok_text);
  /* Translators: "2,500 rows in the file; destination: List: Customers" */
  description = g_strdup_printf (_("%s rows in the file · %s"), rows_text, target_name (self));
  adw_preferences_group_set_title (self->summary_group, title);
  adw_preferences_group_set_description (self->summary_group, description);

  for (guint p = DECK_LEAD_PROBLEM_NONE + 1; p < DECK_LEAD_N_PROBLEMS; p++)
    {
      guint count = deck_lead_import_plan_count_problem (self->plan, p);
      g_autoptr(GArray) examples = NULL;
      g_autofree char *count_text = NULL;
      GtkWidget *row;

      if (count == 0)
        continue;

      any_problem = TRUE;
      count_text = format_count (count);
      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_lead_problem_get_label (p));
      adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), gtk_label_new (count_text));

      examples = deck_lead_import_plan_dup_examples (self->plan, p, N_EXAMPLES);
      for (guint i = 0; i < examples->len; i++)
        {
          guint r = g_array_index (examples, guint, i);
          guint line = g_array_index (self->table->lines, guint, r);
          const char *email = deck_lead_import_plan_get_row_email (self->plan, r);
          g_autofree char *example_title = g_strdup_printf (_("Line %u"), line);
          g_autofree char *safe = g_utf8_make_valid (email[0] != '\0' ? email : _("(no email)"), -1);
          GtkWidget *example = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (example), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (example), example_title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (example), safe);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), example);
        }

      add_dynamic_row (self, self->problems_group, row);
    }

  adw_preferences_group_set_description (self->problems_group,
                                         any_problem
                                         ? _("These rows are not uploaded. Save them with the report at the end.")
                                         : NULL);
  if (!any_problem)
    add_dynamic_row (self, self->problems_group, make_count_row (_("No problems found"), ""));

  for (guint r = 0; r < MIN (n_rows, N_PREVIEW_ROWS); r++)
    {
      GtkWidget *row = adw_action_row_new ();
      const char *email = deck_lead_import_plan_get_row_email (self->plan, r);
      g_autofree char *subtitle = row_preview_subtitle (self, r);
      DeckLeadProblem problem = deck_lead_import_plan_get_problem (self->plan, r);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), email[0] != '\0' ? email : _("(no email)"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

      if (problem != DECK_LEAD_PROBLEM_NONE)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, deck_lead_problem_get_label (problem));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, deck_lead_problem_get_label (problem),
                                          -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }

      add_dynamic_row (self, self->preview_group, row);
    }
}

static void
analyze_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  Analysis *analysis;

  analysis = g_task_propagate_pointer (G_TASK (result), &error);
  if (analysis == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      if (analysis != NULL)
        analysis_free (analysis);
      return;
    }

  g_clear_pointer (&self->leads, json_array_unref);
  g_clear_pointer (&self->sent_rows, g_array_unref);
  self->leads = g_steal_pointer (&analysis->leads);
  self->sent_rows = g_steal_pointer (&analysis->rows);
  analysis_free (analysis);

  fill_review (self);
  gtk_stack_set_visible_child_name (self->review_stack, "ready");
  update_actions (self);
}

static void
start_analysis (DeckLeadImportDialog *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->check_cancellable, analyze_cb, g_object_ref (self));

  g_task_set_task_data (task, g_object_ref (self->plan), g_object_unref);
  g_task_run_in_thread (task, analyze_thread);
}

static void
existing_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  DeckPager *pager = DECK_PAGER (source);
  GListModel *model;

  if (!deck_pager_load_finish (pager, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_review_error (self, error);
      return;
    }

  model = deck_pager_get_model (pager);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckLead) lead = g_list_model_get_item (model, i);

      deck_lead_import_plan_add_existing (self->plan, deck_lead_get_email (lead),
                                          deck_lead_get_campaign (lead),
                                          deck_lead_get_list_id (lead));
    }

  g_clear_object (&self->pager);
  load_next_existing (self);
}

/* Asks the server which of the file's emails it already has, a chunk at a time. */
static void
load_next_existing (DeckLeadImportDialog *self)
{
  g_autoptr(DeckLeadQuery) query = NULL;
  guint n;

  if (self->pending_emails->len == 0)
    {
      start_analysis (self);
      return;
    }

  n = MIN (self->pending_emails->len, EXISTING_CHUNK);
  query = deck_lead_query_new ();
  query->contacts = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    query->contacts[i] = g_strdup (self->pending_emails->pdata[i]);
  g_ptr_array_remove_range (self->pending_emails, 0, n);

  self->pager = deck_client_list_leads (deck_workspace_get_client (self->workspace), query);
  deck_pager_set_page_size (self->pager, 100);
  deck_pager_load_async (self->pager, self->check_cancellable, existing_cb, g_object_ref (self));
}

static void
block_list_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  DeckPager *pager = DECK_PAGER (source);
  GListModel *model;
  g_autoptr(GHashTable) seen = NULL;
  int email_col;

  if (!deck_pager_load_finish (pager, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_review_error (self, error);
      return;
    }

  model = deck_pager_get_model (pager);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckBlockListEntry) entry = g_list_model_get_item (model, i);

      deck_lead_import_plan_add_blocked (self->plan, deck_block_list_entry_get_bl_value (entry));
    }
  g_clear_object (&self->pager);

  /* The file's distinct valid emails, to ask the server about. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_ptr_array_set_size (self->pending_emails, 0);
  email_col = deck_lead_mapping_find (self->mapping, DECK_LEAD_FIELD_EMAIL);
  for (guint row = 0; email_col >= 0 && row < self->table->rows->len; row++)
    {
      g_autofree char *email = deck_lead_email_normalize (deck_csv_table_get (self->table, row, email_col));

      if (deck_lead_email_is_valid (email) && !g_hash_table_contains (seen, email))
        {
          g_hash_table_add (seen, email);
          g_ptr_array_add (self->pending_emails, g_steal_pointer (&email));
        }
    }

  load_next_existing (self);
}

static void
show_review_error (DeckLeadImportDialog *self,
                   const GError         *error)
{
  g_autofree char *text = deck_api_error_describe (error);

  adw_status_page_set_description (self->review_error, text);
  gtk_stack_set_visible_child_name (self->review_stack, "error");
  g_clear_object (&self->pager);
}

static DeckLeadPlanSkip
current_skip (DeckLeadImportDialog *self)
{
  DeckLeadPlanSkip skip = 0;

  if (adw_switch_row_get_active (self->skip_workspace_row))
    skip |= DECK_LEAD_PLAN_SKIP_IF_IN_WORKSPACE;
  if (adw_switch_row_get_active (self->skip_campaign_row))
    skip |= DECK_LEAD_PLAN_SKIP_IF_IN_CAMPAIGN;
  if (adw_switch_row_get_active (self->skip_list_row))
    skip |= DECK_LEAD_PLAN_SKIP_IF_IN_LIST;

  return skip;
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DeckLeadImportDialog *self = DECK_LEAD_IMPORT_DIALOG (widget);
  DeckClient *client = deck_workspace_get_client (self->workspace);

  if (self->table == NULL || (self->campaign_id == NULL && self->list_id == NULL))
    return;

  remember_mapping (self);

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->check_cancellable, G_CONNECT_SWAPPED);
  g_clear_object (&self->pager);
  g_clear_pointer (&self->leads, json_array_unref);

  g_clear_object (&self->plan);
  self->plan = deck_lead_import_plan_new (self->table, self->campaign_id, self->list_id);
  deck_lead_import_plan_set_mapping (self->plan, self->mapping);
  deck_lead_import_plan_set_skip (self->plan, current_skip (self));

  gtk_stack_set_visible_child_name (self->review_stack, "checking");
  if (g_strcmp0 (deck_lead_import_dialog_get_page_tag (self), "review") != 0)
    adw_navigation_view_push_by_tag (self->nav, "review");
  update_actions (self);

  self->pager = deck_client_list_block_list (client, NULL, FALSE);
  deck_pager_set_page_size (self->pager, 100);
  deck_pager_load_async (self->pager, self->check_cancellable, block_list_cb, g_object_ref (self));
}

/* ------------------------------------------------------------------ upload and report */

static void
add_report_row (DeckLeadImportDialog *self,
                const char           *title,
                guint64               value)
{
  g_autofree char *text = format_count (value);

  add_dynamic_row (self, self->report_group, make_count_row (title, text));
}

static void
fill_report (DeckLeadImportDialog *self)
{
  const DeckLeadAddResult *r = self->result;
  guint n_left_out = deck_lead_import_plan_get_n_rows (self->plan) - deck_lead_import_plan_get_n_ok (self->plan);
  guint uploaded = r != NULL ? r->leads_uploaded : 0;
  g_autofree char *uploaded_text = format_count (uploaded);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  clear_dynamic_rows (self, self->report_group);

  if (self->upload_error != NULL && !self->cancelled)
    {
      g_autofree char *why = deck_api_error_describe (self->upload_error);

      gtk_image_set_from_icon_name (self->report_icon, "dialog-warning-symbolic");
      title = g_strdup (_("Import Stopped"));
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s lead was added before the error: %s",
                                                  "%s leads were added before the error: %s", uploaded),
                                     uploaded_text, why);
    }
  else if (self->cancelled)
    {
      gtk_image_set_from_icon_name (self->report_icon, "process-stop-symbolic");
      title = g_strdup (_("Import Cancelled"));
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s lead was added. Import the file again to add the rest: leads already there are left out.",
                                                  "%s leads were added. Import the file again to add the rest: leads already there are left out.",
                                                  uploaded),
                                     uploaded_text);
    }
  else
    {
      gtk_image_set_from_icon_name (self->report_icon, "object-select-symbolic");
      title = g_strdup (_("Import Finished"));
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead added to %s", "%s leads added to %s", uploaded),
                                     uploaded_text, target_name (self));
    }

  gtk_label_set_text (self->report_title, title);
  gtk_label_set_text (self->report_description, description);

  add_report_row (self, _("Uploaded"), uploaded);
  if (r != NULL)
    {
      add_report_row (self, _("Already there"), r->duplicated_leads);
      add_report_row (self, _("Duplicates in the upload"), r->duplicate_email_count);
      add_report_row (self, _("Invalid emails"), r->invalid_email_count);
      if (r->incomplete_count > 0)
        add_report_row (self, _("Incomplete"), r->incomplete_count);
      add_report_row (self, _("Blocklisted"), r->in_blocklist);
      add_report_row (self, _("Skipped"), r->skipped_count);
      if (r->remaining_in_plan >= 0)
        add_report_row (self, _("Remaining in plan"), r->remaining_in_plan);
    }
  add_report_row (self, _("Left out before the upload"), n_left_out);
}

static void
upload_progress (guint                    n_done,
                 guint                    n_total,
                 const DeckLeadAddResult *so_far,
                 gpointer                 user_data)
{
  DeckLeadImportDialog *self = user_data;
  g_autofree char *done = format_count (n_done);
  g_autofree char *total = format_count (n_total);
  g_autofree char *text = NULL;

  self->n_sent = n_done;
  /* Translators: upload progress, "1,000 of 2,490" */
  text = g_strdup_printf (_("%s of %s"), done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double) n_done / n_total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
upload_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(DeckLeadAddResult) partial = NULL;
  GError *error = NULL;
  DeckLeadAddResult *done;

  done = deck_client_add_leads_finish (DECK_CLIENT (source), result, &partial, &error);

  g_clear_object (&self->upload_cancellable);
  g_clear_pointer (&self->result, deck_lead_add_result_free);
  g_clear_error (&self->upload_error);

  if (done != NULL)
    self->result = done;
  else
    {
      self->result = g_steal_pointer (&partial);
      self->upload_error = error;
      self->cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }

  /* The dialog went away: nothing to show. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  fill_report (self);
  adw_navigation_view_push_by_tag (self->nav, "report");
  update_actions (self);

  if (self->result != NULL && self->result->leads_uploaded > 0)
    g_signal_emit (self, signals[IMPORTED], 0, self->result->leads_uploaded);
}

static void
upload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DeckLeadImportDialog *self = DECK_LEAD_IMPORT_DIALOG (widget);
  DeckLeadAddFlags flags = 0;
  DeckLeadPlanSkip skip = current_skip (self);
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;

  if (self->leads == NULL || json_array_get_length (self->leads) == 0 || self->upload_cancellable != NULL)
    return;

  if (skip & DECK_LEAD_PLAN_SKIP_IF_IN_WORKSPACE)
    flags |= DECK_LEAD_ADD_SKIP_IF_IN_WORKSPACE;
  if (skip & DECK_LEAD_PLAN_SKIP_IF_IN_CAMPAIGN)
    flags |= DECK_LEAD_ADD_SKIP_IF_IN_CAMPAIGN;
  if (skip & DECK_LEAD_PLAN_SKIP_IF_IN_LIST)
    flags |= DECK_LEAD_ADD_SKIP_IF_IN_LIST;
  if (adw_switch_row_get_active (self->verify_row))
    flags |= DECK_LEAD_ADD_VERIFY_ON_IMPORT;

  self->upload_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->upload_cancellable, G_CONNECT_SWAPPED);
  self->cancelled = FALSE;
  self->n_sent = 0;

  total = format_count (json_array_get_length (self->leads));
  text = g_strdup_printf (_("%s of %s"), "0", total);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  adw_navigation_view_push_by_tag (self->nav, "upload");
  update_actions (self);

  deck_client_add_leads_async (deck_workspace_get_client (self->workspace),
                               self->campaign_id, self->list_id, self->leads, flags,
                               upload_progress, self, self->upload_cancellable,
                               upload_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DeckLeadImportDialog *self = DECK_LEAD_IMPORT_DIALOG (widget);

  if (self->upload_cancellable == NULL)
    return;

  adw_status_page_set_title (self->upload_status, _("Cancelling…"));
  adw_status_page_set_description (self->upload_status, _("Waiting for the batch being sent"));
  gtk_widget_action_set_enabled (widget, "import.cancel", FALSE);
  g_cancellable_cancel (self->upload_cancellable);
}

static GArray *
created_indices (DeckLeadImportDialog *self)
{
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->result != NULL && self->result->created_leads != NULL)
    for (guint i = 0; i < self->result->created_leads->len; i++)
      {
        const DeckLeadAddCreated *created = g_ptr_array_index (self->result->created_leads, i);

        g_array_append_val (indices, created->index);
      }

  return indices;
}

char *
deck_lead_import_dialog_dup_rejected_csv (DeckLeadImportDialog *self)
{
  g_autoptr(GArray) indices = NULL;
  gboolean uploaded;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), NULL);

  if (self->plan == NULL)
    return NULL;

  uploaded = self->result != NULL || self->upload_error != NULL;
  indices = created_indices (self);

  return deck_lead_import_plan_dup_rejected_csv (self->plan,
                                                 uploaded ? self->sent_rows : NULL,
                                                 indices,
                                                 self->result != NULL ? self->result->total_sent : 0);
}

static void
save_rejected_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not save the rejected rows: %s"), error->message);

      gtk_label_set_text (self->report_description, text);
    }
}

static void
save_rejected_file_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(DeckLeadImportDialog) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  g_autoptr(GBytes) bytes = NULL;
  char *csv;

  if (file == NULL)
    return;

  csv = deck_lead_import_dialog_dup_rejected_csv (self);
  bytes = g_bytes_new_take (csv, strlen (csv));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, save_rejected_done_cb, g_object_ref (self));
}

static void
save_rejected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  DeckLeadImportDialog *self = DECK_LEAD_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, _("Save Rejected Rows"));
  gtk_file_dialog_set_initial_name (dialog, _("rejected-leads.csv"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable,
                        save_rejected_file_cb, g_object_ref (self));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
on_skip_workspace_changed (DeckLeadImportDialog *self)
{
  gboolean all = adw_switch_row_get_active (self->skip_workspace_row);

  /* "In the workspace" covers both of the others. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->skip_campaign_row), !all);
  gtk_widget_set_sensitive (GTK_WIDGET (self->skip_list_row), !all);
}

static void
on_close_attempt (DeckLeadImportDialog *self)
{
  /* Closing while uploading asks to stop after the batch in flight; the report
   * then says what got through. */
  gtk_widget_activate_action (GTK_WIDGET (self), "import.cancel", NULL);
}

static void
on_visible_page_changed (DeckLeadImportDialog *self)
{
  update_actions (self);
}

/* ------------------------------------------------------------------ object */

static void
deck_lead_import_dialog_dispose (GObject *object)
{
  DeckLeadImportDialog *self = (DeckLeadImportDialog *)object;

  g_cancellable_cancel (self->cancellable);

  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_data (deck_workspace_get_campaigns (self->workspace), self);
      g_signal_handlers_disconnect_by_data (deck_workspace_get_lead_lists (self->workspace), self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_LEAD_IMPORT_DIALOG);

  G_OBJECT_CLASS (deck_lead_import_dialog_parent_class)->dispose (object);
}

static void
deck_lead_import_dialog_finalize (GObject *object)
{
  DeckLeadImportDialog *self = (DeckLeadImportDialog *)object;

  g_clear_object (&self->workspace);
  g_clear_pointer (&self->campaign_id, g_free);
  g_clear_pointer (&self->list_id, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_object (&self->upload_cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->table, deck_csv_table_unref);
  g_clear_pointer (&self->mapping, deck_lead_mapping_free);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->leads, json_array_unref);
  g_clear_pointer (&self->sent_rows, g_array_unref);
  g_clear_pointer (&self->result, deck_lead_add_result_free);
  g_clear_error (&self->upload_error);
  g_clear_pointer (&self->pending_emails, g_ptr_array_unref);
  g_clear_object (&self->pager);
  g_clear_object (&self->target_names);
  g_clear_pointer (&self->target_ids, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_lead_import_dialog_parent_class)->finalize (object);
}

static void
deck_lead_import_dialog_class_init (DeckLeadImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_lead_import_dialog_dispose;
  object_class->finalize = deck_lead_import_dialog_finalize;

  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/instadeck/Instadeck/ui/deck-lead-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, nav);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, file_status);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, file_spinner);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, file_error);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, skip_workspace_row);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, skip_campaign_row);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, skip_list_row);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, verify_row);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, review_stack);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, review_error);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, upload_status);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, report_icon);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, report_title);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, report_description);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, report_group);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadImportDialog, save_rejected_button);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "import.upload", NULL, upload_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.save-rejected", NULL, save_rejected_action);
  gtk_widget_class_install_action (widget_class, "import.done", NULL, done_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose-file", NULL);
}

static void
deck_lead_import_dialog_init (DeckLeadImportDialog *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->target_names = gtk_string_list_new (NULL);
  self->target_ids = g_ptr_array_new_with_free_func (g_free);
  self->column_rows = g_ptr_array_new ();
  self->dynamic_rows = g_ptr_array_new ();
  self->pending_emails = g_ptr_array_new_with_free_func (g_free);

  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (self->target_names));
  g_signal_connect_swapped (self->target_row, "notify::selected", G_CALLBACK (on_target_selected), self);
  g_signal_connect_swapped (self->skip_workspace_row, "notify::active", G_CALLBACK (on_skip_workspace_changed), self);
  g_signal_connect_swapped (self->nav, "notify::visible-page", G_CALLBACK (on_visible_page_changed), self);
  g_signal_connect_swapped (self, "close-attempt", G_CALLBACK (on_close_attempt), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self->file_status), GTK_EVENT_CONTROLLER (drop));
}

DeckLeadImportDialog *
deck_lead_import_dialog_new (DeckWorkspace *workspace,
                             const char    *campaign_id,
                             const char    *list_id)
{
  DeckLeadImportDialog *self;
  GListModel *campaigns;
  GListModel *lists;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (DECK_TYPE_LEAD_IMPORT_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->campaign_id = g_strdup (campaign_id);
  if (campaign_id == NULL)
    self->list_id = g_strdup (list_id);

  campaigns = deck_workspace_get_campaigns (workspace);
  lists = deck_workspace_get_lead_lists (workspace);
  g_signal_connect_swapped (campaigns, "items-changed", G_CALLBACK (on_targets_changed), self);
  g_signal_connect_swapped (lists, "items-changed", G_CALLBACK (on_targets_changed), self);

  /* The destination menu needs both; load what was never loaded. */
  if (g_list_model_get_n_items (campaigns) == 0 && !deck_workspace_get_campaigns_loading (workspace))
    deck_workspace_load_campaigns_async (workspace, self->cancellable, NULL, NULL);
  if (g_list_model_get_n_items (lists) == 0 && !deck_workspace_get_lead_lists_loading (workspace))
    deck_workspace_load_lead_lists_async (workspace, self->cancellable, NULL, NULL);

  rebuild_targets (self);
  update_actions (self);

  return self;
}

const char *
deck_lead_import_dialog_get_page_tag (DeckLeadImportDialog *self)
{
  AdwNavigationPage *page;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), NULL);

  page = adw_navigation_view_get_visible_page (self->nav);

  return page != NULL ? adw_navigation_page_get_tag (page) : NULL;
}

DeckLeadImportPlan *
deck_lead_import_dialog_get_plan (DeckLeadImportDialog *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), NULL);

  return self->plan;
}

const DeckLeadAddResult *
deck_lead_import_dialog_get_result (DeckLeadImportDialog *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), NULL);

  return self->result;
}

guint
deck_lead_import_dialog_get_n_sent (DeckLeadImportDialog *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), 0);

  return self->n_sent;
}

gboolean
deck_lead_import_dialog_get_review_ready (DeckLeadImportDialog *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_DIALOG (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->review_stack), "ready") == 0 &&
         g_strcmp0 (deck_lead_import_dialog_get_page_tag (self), "review") == 0;
}
