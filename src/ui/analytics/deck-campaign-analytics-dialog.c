/* deck-campaign-analytics-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-analytics-table.h"
#include "deck-analytics-util.h"
#include "deck-api-error.h"
#include "deck-campaign-analytics-dialog.h"
#include "deck-client-analytics.h"

/* The rates that are tested, each out of the emails sent. */
static const DeckAnalyticsMetric tested[] = {
  DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_UNIQUE_CLICKS,
};

/* The level of the test: a difference this unlikely by chance is marked. */
#define ALPHA 0.05

struct _DeckCampaignAnalyticsDialog
{
  AdwDialog           parent_instance;

  DeckWorkspace      *workspace;
  char               *campaign_id;
  GCancellable       *cancellable;       /* the dialog's: cancelled on dispose */
  GCancellable       *load_cancellable;
  const char         *state;
  guint               n_pending;
  GError             *error;
  GPtrArray          *next_days;
  GPtrArray          *next_steps;

  GListStore         *days;
  GListStore         *steps;
  GHashTable         *marks;             /* DeckAnalyticsFigures -> guint8[3] */

  AdwHeaderBar       *header;
  DeckAnalyticsRange *range;
  GtkStack           *stack;
  AdwStatusPage      *error_page;
  DeckChartView      *daily_view;
  GtkColumnView      *grid;
};

G_DEFINE_FINAL_TYPE (DeckCampaignAnalyticsDialog, deck_campaign_analytics_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (DeckCampaignAnalyticsDialog *self,
           const char                  *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* ------------------------------------------------------------------ marks */

static guint
tested_index (DeckAnalyticsMetric metric)
{
  for (guint i = 0; i < G_N_ELEMENTS (tested); i++)
    if (tested[i] == metric)
      return i;
  return G_MAXUINT;
}

/* Each variant against the other variants of its step, pooled. */
static void
compute_marks (DeckCampaignAnalyticsDialog *self,
               GPtrArray                   *steps)
{
  g_hash_table_remove_all (self->marks);

  for (guint i = 0; i < steps->len; i++)
    {
      DeckAnalyticsFigures *item = g_ptr_array_index (steps, i);
      int step = deck_analytics_figures_get_step (item);
      guint8 *marks = g_new0 (guint8, G_N_ELEMENTS (tested));
      guint n_siblings = 0;
      double others_sent = 0;
      double others[G_N_ELEMENTS (tested)] = { 0 };

      for (guint j = 0; j < steps->len; j++)
        {
          DeckAnalyticsFigures *sibling = g_ptr_array_index (steps, j);

          if (j == i || deck_analytics_figures_get_step (sibling) != step)
            continue;
          n_siblings++;
          others_sent += deck_analytics_figures_get (sibling, DECK_ANALYTICS_SENT);
          for (guint m = 0; m < G_N_ELEMENTS (tested); m++)
            others[m] += deck_analytics_figures_get (sibling, tested[m]);
        }

      for (guint m = 0; m < G_N_ELEMENTS (tested); m++)
        {
          double sent = deck_analytics_figures_get (item, DECK_ANALYTICS_SENT);
          double hits = MIN (deck_analytics_figures_get (item, tested[m]), sent);

          /* A step with one variant has nothing to be compared with. */
          if (step < 0 || n_siblings == 0)
            marks[m] = DECK_CHART_SIGNIFICANCE_NONE;
          else
            marks[m] = deck_chart_compare_proportions ((guint64) hits, (guint64) sent,
                                                       (guint64) MIN (others[m], others_sent), (guint64) others_sent,
                                                       ALPHA);
        }
      g_hash_table_insert (self->marks, item, marks);
    }
}

static DeckChartSignificance
mark_func (DeckAnalyticsFigures *item,
           DeckAnalyticsMetric   metric,
           gpointer              user_data)
{
  DeckCampaignAnalyticsDialog *self = user_data;
  guint8 *marks = g_hash_table_lookup (self->marks, item);
  guint index = tested_index (metric);

  if (marks == NULL || index == G_MAXUINT)
    return DECK_CHART_SIGNIFICANCE_NONE;
  return marks[index];
}

/* ------------------------------------------------------------------ loading */

static void
finish_load (DeckCampaignAnalyticsDialog *self)
{
  if (self->error != NULL)
    {
      g_autofree char *description = deck_api_error_describe (self->error);

      adw_status_page_set_title (self->error_page, _("Could Not Load the Analytics"));
      adw_status_page_set_description (self->error_page, description);
      g_clear_pointer (&self->next_days, g_ptr_array_unref);
      g_clear_pointer (&self->next_steps, g_ptr_array_unref);
      set_state (self, "error");
      return;
    }

  compute_marks (self, self->next_steps);
  g_list_store_splice (self->days, 0, g_list_model_get_n_items (G_LIST_MODEL (self->days)),
                       self->next_days->pdata, self->next_days->len);
  g_list_store_splice (self->steps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->steps)),
                       self->next_steps->pdata, self->next_steps->len);
  g_clear_pointer (&self->next_days, g_ptr_array_unref);
  g_clear_pointer (&self->next_steps, g_ptr_array_unref);
  set_state (self, "results");
}

static gboolean
part_done (DeckCampaignAnalyticsDialog *self,
           GError                      *error)
{
  /* Superseded, or the dialog is gone: @self may be too. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return FALSE;
    }
  if (error != NULL && self->error == NULL)
    self->error = error;
  else if (error != NULL)
    g_error_free (error);

  self->n_pending--;
  return self->n_pending == 0;
}

static void
daily_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DeckCampaignAnalyticsDialog *self = user_data;
  GError *error = NULL;
  GPtrArray *days = deck_client_get_daily_campaign_analytics_finish (DECK_CLIENT (source), result, &error);

  if (days != NULL)
    {
      g_clear_pointer (&self->next_days, g_ptr_array_unref);
      self->next_days = days;
    }
  if (part_done (self, error))
    finish_load (self);
}

static void
steps_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DeckCampaignAnalyticsDialog *self = user_data;
  GError *error = NULL;
  GPtrArray *steps = deck_client_get_campaign_steps_analytics_finish (DECK_CLIENT (source), result, &error);

  if (steps != NULL)
    {
      g_clear_pointer (&self->next_steps, g_ptr_array_unref);
      self->next_steps = steps;
    }
  if (part_done (self, error))
    finish_load (self);
}

static void
reload (DeckCampaignAnalyticsDialog *self)
{
  DeckClient *client = deck_workspace_get_client (self->workspace);
  const char *start = deck_analytics_range_get_start (self->range);
  const char *end = deck_analytics_range_get_end (self->range);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->load_cancellable, G_CONNECT_SWAPPED);
  g_clear_error (&self->error);
  self->n_pending = 2;
  if (g_strcmp0 (self->state, "results") != 0)
    set_state (self, "loading");

  deck_client_get_daily_campaign_analytics_async (client, self->campaign_id, start, end,
                                                  DECK_ANALYTICS_ANY_STATUS, self->load_cancellable,
                                                  daily_cb, self);
  deck_client_get_campaign_steps_analytics_async (client, self->campaign_id, start, end,
                                                  self->load_cancellable, steps_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  reload (DECK_CAMPAIGN_ANALYTICS_DIALOG (widget));
}

/* ------------------------------------------------------------------ object */

static void
deck_campaign_analytics_dialog_dispose (GObject *object)
{
  DeckCampaignAnalyticsDialog *self = DECK_CAMPAIGN_ANALYTICS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->load_cancellable);

  G_OBJECT_CLASS (deck_campaign_analytics_dialog_parent_class)->dispose (object);
}

static void
deck_campaign_analytics_dialog_finalize (GObject *object)
{
  DeckCampaignAnalyticsDialog *self = DECK_CAMPAIGN_ANALYTICS_DIALOG (object);

  g_clear_object (&self->workspace);
  g_free (self->campaign_id);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_error (&self->error);
  g_clear_pointer (&self->next_days, g_ptr_array_unref);
  g_clear_pointer (&self->next_steps, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_hash_table_unref);
  g_clear_object (&self->days);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (deck_campaign_analytics_dialog_parent_class)->finalize (object);
}

static void
deck_campaign_analytics_dialog_get_property (GObject    *object,
                                             guint       prop_id,
                                             GValue     *value,
                                             GParamSpec *pspec)
{
  DeckCampaignAnalyticsDialog *self = DECK_CAMPAIGN_ANALYTICS_DIALOG (object);

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
deck_campaign_analytics_dialog_class_init (DeckCampaignAnalyticsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_campaign_analytics_dialog_dispose;
  object_class->finalize = deck_campaign_analytics_dialog_finalize;
  object_class->get_property = deck_campaign_analytics_dialog_get_property;

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "campaign-analytics.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "campaign-analytics.reload", NULL);
}

static GtkWidget *
build_grid (DeckCampaignAnalyticsDialog *self)
{
  DeckAnalyticsTableColumn columns[] = {
    { N_("Step"), DECK_ANALYTICS_TABLE_STEP, 0, 0, NULL, NULL },
    { N_("Variant"), DECK_ANALYTICS_TABLE_VARIANT, 0, 0, NULL, NULL },
    { N_("Sent"), DECK_ANALYTICS_TABLE_COUNT, DECK_ANALYTICS_SENT, 0, NULL, NULL },
    { N_("Open Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_SENT, mark_func, self },
    { N_("Reply Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_SENT, mark_func, self },
    { N_("Click Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_CLICKS, DECK_ANALYTICS_SENT, mark_func, self },
    { N_("Opportunities"), DECK_ANALYTICS_TABLE_COUNT, DECK_ANALYTICS_OPPORTUNITIES, 0, NULL, NULL },
  };
  GtkSortListModel *sorted;
  GtkNoSelection *selection;
  GtkWidget *scroller;

  self->grid = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "data-table");
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->steps)), NULL);
  g_object_bind_property (self->grid, "sorter", sorted, "sorter", G_BINDING_SYNC_CREATE);
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->grid, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  deck_analytics_table_add_columns (self->grid, columns, G_N_ELEMENTS (columns));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Steps and Variants"), -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->grid));
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  return scroller;
}

static void
deck_campaign_analytics_dialog_init (DeckCampaignAnalyticsDialog *self)
{
  static const DeckAnalyticsMetric metrics[] = {
    DECK_ANALYTICS_SENT, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_UNIQUE_REPLIES,
    DECK_ANALYTICS_UNIQUE_CLICKS, DECK_ANALYTICS_OPPORTUNITIES,
  };
  const char *names[] = { _("Sent"), _("Opened"), _("Replies"), _("Clicks"), _("Opportunities") };
  GtkWidget *toolbar_view, *header, *box, *scroller, *clamp, *content, *heading, *legend, *button;

  self->cancellable = g_cancellable_new ();
  self->days = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);
  self->steps = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);
  self->marks = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  adw_dialog_set_content_width (ADW_DIALOG (self), 960);
  adw_dialog_set_content_height (ADW_DIALOG (self), 760);

  toolbar_view = adw_toolbar_view_new ();
  header = adw_header_bar_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header);
  self->header = ADW_HEADER_BAR (header);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), box);

  self->range = DECK_ANALYTICS_RANGE (deck_analytics_range_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (self->range), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->range), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->range), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->range), 6);
  gtk_widget_set_halign (GTK_WIDGET (self->range), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->range));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  gtk_stack_add_named (self->stack, deck_analytics_loading_page_new (_("Loading Analytics…")), "loading");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "network-error-symbolic");
  button = gtk_button_new_with_mnemonic (_("_Retry"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "campaign-analytics.reload");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (self->error_page, button);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_bottom (content, 24);
  self->daily_view = DECK_CHART_VIEW (deck_analytics_daily_chart_new (_("Daily Activity"), G_LIST_MODEL (self->days),
                                                                      metrics, names, G_N_ELEMENTS (metrics)));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->daily_view));

  heading = gtk_label_new (_("Steps and Variants"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), build_grid (self));

  /* xgettext:no-c-format */
  legend = gtk_label_new (_("▲ and ▼ mark a variant whose rate is clearly better or worse than the other "
                            "variants of its step (a two-proportion test at 95% confidence). Dimmed rates "
                            "have too few emails sent for a verdict yet."));
  gtk_label_set_wrap (GTK_LABEL (legend), TRUE);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_widget_add_css_class (legend, "caption");
  gtk_widget_add_css_class (legend, "dimmed");
  gtk_box_append (GTK_BOX (content), legend);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_stack_add_named (self->stack, scroller, "results");

  g_signal_connect_object (self->range, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  set_state (self, "loading");
}

AdwDialog *
deck_campaign_analytics_dialog_new (DeckWorkspace *workspace,
                                    DeckCampaign  *campaign)
{
  DeckCampaignAnalyticsDialog *self;
  GtkWidget *title;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_ANALYTICS_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->campaign_id = g_strdup (deck_campaign_get_id (campaign));
  adw_dialog_set_title (ADW_DIALOG (self), deck_campaign_get_name (campaign));

  title = adw_window_title_new (deck_campaign_get_name (campaign), _("Campaign Analytics"));
  adw_header_bar_set_title_widget (self->header, title);

  reload (self);
  return ADW_DIALOG (self);
}

const char *
deck_campaign_analytics_dialog_get_state (DeckCampaignAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), NULL);

  return self->state;
}

DeckAnalyticsRange *
deck_campaign_analytics_dialog_get_range (DeckCampaignAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), NULL);

  return self->range;
}

GListModel *
deck_campaign_analytics_dialog_get_days (DeckCampaignAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->days);
}

GListModel *
deck_campaign_analytics_dialog_get_steps (DeckCampaignAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->steps);
}

DeckChartView *
deck_campaign_analytics_dialog_get_daily_view (DeckCampaignAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), NULL);

  return self->daily_view;
}

DeckChartSignificance
deck_campaign_analytics_dialog_get_mark (DeckCampaignAnalyticsDialog *self,
                                         guint                        position,
                                         DeckAnalyticsMetric          metric)
{
  g_autoptr(DeckAnalyticsFigures) item = NULL;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_ANALYTICS_DIALOG (self), DECK_CHART_SIGNIFICANCE_NONE);

  item = g_list_model_get_item (G_LIST_MODEL (self->steps), position);
  if (item == NULL)
    return DECK_CHART_SIGNIFICANCE_NONE;
  return mark_func (item, metric, self);
}
