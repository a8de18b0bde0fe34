/* deck-jobs-panel.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-jobs"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"
#include "deck-client-leads.h"
#include "deck-jobs-panel.h"
#include "deck-page-state.h"
#include "deck-toast.h"

/* How often a running job is asked about (deck_client_follow_job_async backs off). */
#define FOLLOW_INTERVAL_MS 1000

struct _DeckJobsPanel
{
  AdwBin         parent_instance;

  DeckWorkspace *workspace;
  DeckPager     *pager;
  GListStore    *jobs;          /* what the list shows, newest first */
  GCancellable  *cancellable;
  GCancellable  *follow_cancellable;
  GHashTable    *followed;      /* ids of the jobs being followed */
  const char    *state;
  char          *last_toast;
  guint          n_busy;
  gboolean       loading;
  gboolean       loaded_once;
  gboolean       load_pending;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (DeckJobsPanel, deck_jobs_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  PROP_N_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void follow_job (DeckJobsPanel     *self,
                        DeckBackgroundJob *job);

/* ------------------------------------------------------------------ state */

static void
set_state (DeckJobsPanel *self,
           const char    *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckJobsPanel *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));

  if (self->workspace == NULL || (self->loading && !self->loaded_once && n == 0))
    set_state (self, "loading");
  else if (!self->loaded_once && n == 0)
    set_state (self, "error");
  else if (n == 0)
    set_state (self, "empty");
  else
    set_state (self, "results");
}

static void
toast (DeckJobsPanel *self,
       const char    *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

/* ------------------------------------------------------------------ words */

/* The counts a job's data may carry. */
static const char * const result_members[] = {
  "moved_leads", "success_count", "failed_count", "skipped_count",
};

static char *
format_result (guint       index,
               const char *number)
{
  switch (index)
    {
    case 0:
      /* Translators: a background job's result, %s is a number */
      return g_strdup_printf (_("%s moved"), number);
    case 1:
      /* Translators: a background job's result, %s is a number */
      return g_strdup_printf (_("%s succeeded"), number);
    case 2:
      /* Translators: a background job's result, %s is a number */
      return g_strdup_printf (_("%s failed"), number);
    default:
      /* Translators: a background job's result, %s is a number */
      return g_strdup_printf (_("%s skipped"), number);
    }
}

static gboolean
member_count (JsonObject *data,
              const char *member,
              gint64     *out)
{
  JsonNode *node = json_object_get_member (data, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out = json_node_get_int (node);
      return TRUE;
    case G_TYPE_DOUBLE:
      *out = (gint64) json_node_get_double (node);
      return TRUE;
    case G_TYPE_STRING:
      return g_ascii_string_to_signed (json_node_get_string (node), 10, 0, G_MAXINT64, out, NULL);
    default:
      return FALSE;
    }
}

char *
deck_jobs_panel_dup_result_text (DeckBackgroundJob *job)
{
  g_autoptr(GString) text = NULL;
  JsonObject *data;

  g_return_val_if_fail (DECK_IS_BACKGROUND_JOB (job), NULL);

  if ((data = deck_background_job_get_data (job)) == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (result_members); i++)
    {
      g_autofree char *number = NULL;
      g_autofree char *part = NULL;
      gint64 n;

      if (!member_count (data, result_members[i], &n))
        continue;

      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append (text, " · ");
      number = g_strdup_printf ("%'" G_GINT64_FORMAT, n);
      part = format_result (i, number);
      g_string_append (text, part);
    }

  return text ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* ------------------------------------------------------------------ rows */

static void
row_update (AdwActionRow      *row,
            DeckBackgroundJob *job)
{
  GtkProgressBar *bar = g_object_get_data (G_OBJECT (row), "deck-bar");
  GtkImage *icon = g_object_get_data (G_OBJECT (row), "deck-icon");
  g_autofree char *title = deck_background_job_dup_title (job);
  g_autofree char *status = deck_background_job_dup_status_text (job);
  g_autofree char *result = deck_jobs_panel_dup_result_text (job);
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GDateTime) created = NULL;
  gboolean finished = deck_background_job_is_finished (job);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  g_object_get (job, "created-at", &created, NULL);
  date = deck_admin_format_date_time (created);
  if (result != NULL)
    /* Translators: a background job's state, its result counts, then when it started */
    subtitle = g_strdup_printf (_("%s · %s · %s"), status, result, date);
  else
    /* Translators: a background job's state, then when it started */
    subtitle = g_strdup_printf (_("%s · %s"), status, date);
  adw_action_row_set_subtitle (row, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (bar), !finished);
  gtk_progress_bar_set_fraction (bar, CLAMP (deck_background_job_get_progress (job), 0, 100) / 100.);

  gtk_widget_set_visible (GTK_WIDGET (icon), finished);
  gtk_widget_remove_css_class (GTK_WIDGET (icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (icon), "error");
  if (finished)
    {
      gboolean success = deck_background_job_is_success (job);

      gtk_image_set_from_icon_name (icon, success ? "object-select-symbolic" : "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (icon), success ? "success" : "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, status, -1);
    }
}

static void
on_job_notify (DeckBackgroundJob *job,
               GParamSpec        *pspec,
               AdwActionRow      *row)
{
  row_update (row, job);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckBackgroundJob *job = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_name (row, deck_background_job_get_id (job));

  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "deck-bar", bar);
  g_object_set_data (G_OBJECT (row), "deck-icon", icon);

  g_signal_connect_object (job, "notify", G_CALLBACK (on_job_notify), row, G_CONNECT_DEFAULT);
  row_update (ADW_ACTION_ROW (row), job);

  return row;
}

/* ------------------------------------------------------------------ following */

typedef struct
{
  DeckJobsPanel     *self;
  DeckBackgroundJob *job;
} Follow;

static void
follow_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Follow *follow = user_data;
  g_autoptr(DeckBackgroundJob) job = follow->job;
  DeckJobsPanel *self = follow->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gboolean success;

  g_free (follow);

  success = deck_client_follow_job_finish (DECK_CLIENT (source), result, &error);
  if (!success && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_hash_table_remove (self->followed, deck_background_job_get_id (job));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNNING]);

  title = deck_background_job_dup_title (job);
  if (success)
    /* Translators: %s is a background job's title ("Moving leads") */
    text = g_strdup_printf (_("%s: done"), title);
  else
    {
      g_autofree char *description = deck_api_error_describe (error);

      /* Translators: %s is a background job's title ("Moving leads"), then why it failed */
      text = g_strdup_printf (_("%s: %s"), title, description);
    }
  toast (self, text);
}

static void
follow_job (DeckJobsPanel     *self,
            DeckBackgroundJob *job)
{
  Follow *follow;

  if (self->workspace == NULL || deck_background_job_is_finished (job) ||
      !g_hash_table_add (self->followed, g_strdup (deck_background_job_get_id (job))))
    return;

  follow = g_new0 (Follow, 1);
  follow->self = self;
  follow->job = g_object_ref (job);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNNING]);
  deck_client_follow_job_async (deck_workspace_get_client (self->workspace), job, FOLLOW_INTERVAL_MS,
                                self->follow_cancellable, follow_cb, follow);
}

static void
stop_following (DeckJobsPanel *self)
{
  g_cancellable_cancel (self->follow_cancellable);
  g_clear_object (&self->follow_cancellable);
  self->follow_cancellable = g_cancellable_new ();
  if (g_hash_table_size (self->followed) > 0)
    {
      g_hash_table_remove_all (self->followed);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNNING]);
    }
}

/* ------------------------------------------------------------------ loading */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  g_autoptr(GDateTime) created_a = NULL;
  g_autoptr(GDateTime) created_b = NULL;

  g_object_get ((gpointer) a, "created-at", &created_a, NULL);
  g_object_get ((gpointer) b, "created-at", &created_b, NULL);

  if (created_a == NULL || created_b == NULL)
    return (created_a == NULL) - (created_b == NULL);

  return -g_date_time_compare (created_a, created_b);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckJobsPanel *self;
  g_autoptr(GError) error = NULL;
  GListModel *loaded;
  g_autoptr(GPtrArray) items = NULL;

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_JOBS_PANEL (user_data);
  self->loading = FALSE;
  self->n_busy--;

  if (error != NULL)
    {
      g_debug ("Loading the background jobs failed: %s", error->message);
      if (self->loaded_once)
        deck_toast_show_error (GTK_WIDGET (self), _("Could not refresh the background jobs"),
                               error, &self->last_toast);
      else
        deck_admin_status_set_error (self->error_page, error);
      update_state (self);
      return;
    }

  self->loaded_once = TRUE;

  /* Fresh objects replace the old ones: what was followed is followed anew. */
  stop_following (self);
  loaded = deck_pager_get_model (DECK_PAGER (source));
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (loaded); i++)
    g_ptr_array_add (items, g_list_model_get_item (loaded, i));
  g_ptr_array_sort_values_with_data (items, compare_newest_first, NULL);
  g_list_store_splice (self->jobs, 0, g_list_model_get_n_items (G_LIST_MODEL (self->jobs)),
                       items->pdata, items->len);

  for (guint i = 0; i < items->len; i++)
    follow_job (self, g_ptr_array_index (items, i));

  update_state (self);
}

void
deck_jobs_panel_reload (DeckJobsPanel *self)
{
  g_return_if_fail (DECK_IS_JOBS_PANEL (self));

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
  deck_jobs_panel_reload (DECK_JOBS_PANEL (widget));
}

void
deck_jobs_panel_add_job (DeckJobsPanel     *self,
                         DeckBackgroundJob *job)
{
  guint n;

  g_return_if_fail (DECK_IS_JOBS_PANEL (self));
  g_return_if_fail (DECK_IS_BACKGROUND_JOB (job));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckBackgroundJob) known = g_list_model_get_item (G_LIST_MODEL (self->jobs), i);

      if (g_strcmp0 (deck_background_job_get_id (known), deck_background_job_get_id (job)) == 0)
        {
          g_list_store_remove (self->jobs, i);
          break;
        }
    }

  g_list_store_insert (self->jobs, 0, job);
  follow_job (self, job);
  update_state (self);
}

/* ------------------------------------------------------------------ object */

static void
deck_jobs_panel_map (GtkWidget *widget)
{
  DeckJobsPanel *self = DECK_JOBS_PANEL (widget);

  GTK_WIDGET_CLASS (deck_jobs_panel_parent_class)->map (widget);

  /* Jobs change on their own: every visit shows the current ones. */
  if (self->load_pending || self->loaded_once)
    {
      self->load_pending = FALSE;
      deck_jobs_panel_reload (self);
    }
}

static void
deck_jobs_panel_dispose (GObject *object)
{
  DeckJobsPanel *self = DECK_JOBS_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->follow_cancellable);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_JOBS_PANEL);

  G_OBJECT_CLASS (deck_jobs_panel_parent_class)->dispose (object);
}

static void
deck_jobs_panel_finalize (GObject *object)
{
  DeckJobsPanel *self = DECK_JOBS_PANEL (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->follow_cancellable);
  g_clear_object (&self->jobs);
  g_clear_pointer (&self->followed, g_hash_table_unref);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_jobs_panel_parent_class)->finalize (object);
}

static void
deck_jobs_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckJobsPanel *self = DECK_JOBS_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_N_RUNNING:
      g_value_set_uint (value, deck_jobs_panel_get_n_running (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_jobs_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DeckJobsPanel *self = DECK_JOBS_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_jobs_panel_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_jobs_panel_class_init (DeckJobsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_jobs_panel_dispose;
  object_class->finalize = deck_jobs_panel_finalize;
  object_class->get_property = deck_jobs_panel_get_property;
  object_class->set_property = deck_jobs_panel_set_property;

  widget_class->map = deck_jobs_panel_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_RUNNING] =
    g_param_spec_uint ("n-running", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/deck-jobs-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckJobsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckJobsPanel, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckJobsPanel, list);

  gtk_widget_class_install_action (widget_class, "jobs.reload", NULL, reload_action);
}

static void
deck_jobs_panel_init (DeckJobsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->follow_cancellable = g_cancellable_new ();
  self->jobs = g_list_store_new (DECK_TYPE_BACKGROUND_JOB);
  self->followed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->jobs), create_row, self, NULL);
  update_state (self);
}

GtkWidget *
deck_jobs_panel_new (void)
{
  return g_object_new (DECK_TYPE_JOBS_PANEL, NULL);
}

DeckWorkspace *
deck_jobs_panel_get_workspace (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), NULL);

  return self->workspace;
}

void
deck_jobs_panel_set_workspace (DeckJobsPanel *self,
                               DeckWorkspace *workspace)
{
  g_return_if_fail (DECK_IS_JOBS_PANEL (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  stop_following (self);
  self->n_busy = 0;
  self->loading = FALSE;
  self->loaded_once = FALSE;
  g_list_store_remove_all (self->jobs);

  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->pager);
  if (workspace != NULL)
    self->pager = deck_client_list_background_jobs (deck_workspace_get_client (workspace), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_jobs_panel_reload (self);
  else
    self->load_pending = workspace != NULL;
}

const char *
deck_jobs_panel_get_state (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), NULL);

  return self->state;
}

GListModel *
deck_jobs_panel_get_model (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), NULL);

  return G_LIST_MODEL (self->jobs);
}

guint
deck_jobs_panel_get_n_running (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), 0);

  return g_hash_table_size (self->followed);
}

gboolean
deck_jobs_panel_get_busy (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), FALSE);

  return self->n_busy > 0;
}

const char *
deck_jobs_panel_get_last_toast (DeckJobsPanel *self)
{
  g_return_val_if_fail (DECK_IS_JOBS_PANEL (self), NULL);

  return self->last_toast;
}
