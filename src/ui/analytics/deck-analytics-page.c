/* deck-analytics-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "deck-analytics-page.h"
#include "deck-analytics-util.h"
#include "deck-analytics-table.h"
#include "deck-api-error.h"
#include "deck-campaign.h"
#include "deck-client-analytics.h"
#include "chart/deck-chart-bar-layer.h"

/* The KPI tiles, in reading order: a figure, and what its rate is a share of. */
static const struct {
  DeckAnalyticsMetric metric;
  const char         *title;
  DeckAnalyticsMetric base;
} tile_defs[] = {
  { DECK_ANALYTICS_SENT, N_("Emails Sent"), DECK_ANALYTICS_N_METRICS },
  { DECK_ANALYTICS_CONTACTED, N_("Leads Contacted"), DECK_ANALYTICS_N_METRICS },
  { DECK_ANALYTICS_UNIQUE_OPENED, N_("Opened"), DECK_ANALYTICS_CONTACTED },
  { DECK_ANALYTICS_UNIQUE_REPLIES, N_("Replied"), DECK_ANALYTICS_CONTACTED },
  { DECK_ANALYTICS_BOUNCED, N_("Bounced"), DECK_ANALYTICS_CONTACTED },
  { DECK_ANALYTICS_UNSUBSCRIBED, N_("Unsubscribed"), DECK_ANALYTICS_CONTACTED },
  { DECK_ANALYTICS_OPPORTUNITIES, N_("Opportunities"), DECK_ANALYTICS_N_METRICS },
  { DECK_ANALYTICS_INTERESTED, N_("Interested"), DECK_ANALYTICS_OPPORTUNITIES },
  { DECK_ANALYTICS_MEETINGS_BOOKED, N_("Meetings Booked"), DECK_ANALYTICS_OPPORTUNITIES },
  { DECK_ANALYTICS_CLOSED, N_("Closed"), DECK_ANALYTICS_OPPORTUNITIES },
};

/* The status filter's choices, as campaign_status values. */
static const int status_values[] = {
  DECK_ANALYTICS_ANY_STATUS, 1, 2, 3, 4, 0, -1, -2, -99,
};

struct _DeckAnalyticsPage
{
  AdwBin                parent_instance;

  DeckWorkspace        *workspace;
  GCancellable         *cancellable;       /* the page's: cancelled on dispose */
  GCancellable         *load_cancellable;  /* the running load's */
  const char           *state;
  gboolean              load_pending;
  gboolean              loading;
  guint                 n_pending;
  GError               *error;
  int                   status;

  DeckAnalyticsFigures *overview;
  DeckAnalyticsFigures *next_overview;
  GPtrArray            *next_days;
  GPtrArray            *next_campaigns;
  GListStore           *days;
  GListStore           *campaigns;
  GtkSortListModel     *sorted;

  GtkLabel             *tile_values[G_N_ELEMENTS (tile_defs)];
  GtkLabel             *tile_details[G_N_ELEMENTS (tile_defs)];
  DeckChartView        *daily_view;
  DeckChartView        *bars_view;

  /* Template widgets */
  DeckAnalyticsRange   *range;
  GtkDropDown          *status_dropdown;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkFlowBox           *tiles;
  GtkBox               *daily_box;
  GtkColumnView        *comparison;
  GtkBox               *bars_box;
};

G_DEFINE_FINAL_TYPE (DeckAnalyticsPage, deck_analytics_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (DeckAnalyticsPage *self,
           const char        *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_loading (DeckAnalyticsPage *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* ------------------------------------------------------------------ showing */

static void
show_tiles (DeckAnalyticsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tile_defs); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *detail = NULL;

      if (self->overview == NULL)
        {
          gtk_label_set_label (self->tile_values[i], "–");
          gtk_label_set_label (self->tile_details[i], "");
          continue;
        }

      value = deck_analytics_format_count (deck_analytics_figures_get (self->overview, tile_defs[i].metric));
      if (tile_defs[i].base != DECK_ANALYTICS_N_METRICS)
        {
          g_autofree char *rate = deck_analytics_format_rate (
            deck_analytics_figures_get_rate (self->overview, tile_defs[i].metric, tile_defs[i].base));

          if (tile_defs[i].base == DECK_ANALYTICS_CONTACTED)
            /* Translators: a rate under a figure, e.g. "12.3% of contacted leads" */
            detail = g_strdup_printf (_("%s of contacted leads"), rate);
          else
            /* Translators: a rate under a figure, e.g. "20.0% of opportunities" */
            detail = g_strdup_printf (_("%s of opportunities"), rate);
        }
      else if (tile_defs[i].metric == DECK_ANALYTICS_CONTACTED)
        {
          g_autofree char *count = deck_analytics_format_count (
            deck_analytics_figures_get (self->overview, DECK_ANALYTICS_NEW_LEADS_CONTACTED));

          /* Translators: under the number of leads contacted, e.g. "1,200 for the first time" */
          detail = g_strdup_printf (_("%s for the first time"), count);
        }
      else if (tile_defs[i].metric == DECK_ANALYTICS_OPPORTUNITIES)
        {
          g_autofree char *worth = deck_analytics_format_count (
            deck_analytics_figures_get (self->overview, DECK_ANALYTICS_OPPORTUNITY_VALUE));

          /* Translators: the value of the opportunities, e.g. "Worth 12,000 in all" */
          detail = g_strdup_printf (_("Worth %s in all"), worth);
        }
      else
        {
          g_autofree char *sent = deck_analytics_format_range (deck_analytics_range_get_start (self->range),
                                                               deck_analytics_range_get_end (self->range));

          detail = g_steal_pointer (&sent);
        }

      gtk_label_set_label (self->tile_values[i], value);
      gtk_label_set_label (self->tile_details[i], detail);
    }
}

static void
splice_all (GListStore *store,
            GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items != NULL ? items->pdata : NULL, items != NULL ? items->len : 0);
}

static gboolean
anything_sent (DeckAnalyticsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->campaigns));

  if (self->overview != NULL && deck_analytics_figures_get (self->overview, DECK_ANALYTICS_SENT) > 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckAnalyticsFigures) campaign = g_list_model_get_item (G_LIST_MODEL (self->campaigns), i);

      if (deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT) > 0)
        return TRUE;
    }
  return FALSE;
}

static void
finish_load (DeckAnalyticsPage *self)
{
  g_autoptr(GPtrArray) campaigns = g_ptr_array_new ();

  set_loading (self, FALSE);

  if (self->error != NULL)
    {
      g_autofree char *description = deck_api_error_describe (self->error);

      adw_status_page_set_title (self->error_page, _("Could Not Load the Analytics"));
      adw_status_page_set_description (self->error_page, description);
      set_state (self, "error");
      g_clear_object (&self->next_overview);
      g_clear_pointer (&self->next_days, g_ptr_array_unref);
      g_clear_pointer (&self->next_campaigns, g_ptr_array_unref);
      return;
    }

  g_set_object (&self->overview, self->next_overview);
  g_clear_object (&self->next_overview);

  /* GET /campaigns/analytics has no status filter: the page applies it. Campaigns
   * that sent nothing in the range have no rates to compare. */
  for (guint i = 0; self->next_campaigns != NULL && i < self->next_campaigns->len; i++)
    {
      DeckAnalyticsFigures *campaign = g_ptr_array_index (self->next_campaigns, i);

      if ((self->status == DECK_ANALYTICS_ANY_STATUS ||
           deck_analytics_figures_get_campaign_status (campaign) == self->status) &&
          deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT) > 0)
        g_ptr_array_add (campaigns, campaign);
    }
  splice_all (self->days, self->next_days);
  splice_all (self->campaigns, campaigns);
  g_clear_pointer (&self->next_days, g_ptr_array_unref);
  g_clear_pointer (&self->next_campaigns, g_ptr_array_unref);

  show_tiles (self);
  set_state (self, anything_sent (self) ? "results" : "empty");
}

static gboolean
part_done (DeckAnalyticsPage *self,
           GError            *error)
{
  /* A cancelled load was superseded or the page is gone: @self may be too. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return FALSE;
    }

  if (error != NULL)
    {
      if (self->error == NULL)
        self->error = error;
      else
        g_error_free (error);
    }

  g_assert (self->n_pending > 0);
  self->n_pending--;
  return self->n_pending == 0;
}

static void
overview_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DeckAnalyticsPage *self = user_data;
  GError *error = NULL;
  DeckAnalyticsFigures *overview = deck_client_get_analytics_overview_finish (DECK_CLIENT (source), result, &error);

  if (error == NULL)
    {
      g_clear_object (&self->next_overview);
      self->next_overview = overview;
    }
  if (part_done (self, error))
    finish_load (self);
}

static void
daily_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DeckAnalyticsPage *self = user_data;
  GError *error = NULL;
  GPtrArray *days = deck_client_get_daily_campaign_analytics_finish (DECK_CLIENT (source), result, &error);

  if (error == NULL)
    {
      g_clear_pointer (&self->next_days, g_ptr_array_unref);
      self->next_days = days;
    }
  if (part_done (self, error))
    finish_load (self);
}

static void
campaigns_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DeckAnalyticsPage *self = user_data;
  GError *error = NULL;
  GPtrArray *campaigns = deck_client_list_campaign_analytics_finish (DECK_CLIENT (source), result, &error);

  if (error == NULL)
    {
      g_clear_pointer (&self->next_campaigns, g_ptr_array_unref);
      self->next_campaigns = campaigns;
    }
  if (part_done (self, error))
    finish_load (self);
}

void
deck_analytics_page_reload (DeckAnalyticsPage *self)
{
  DeckClient *client;
  const char *start, *end;

  g_return_if_fail (DECK_IS_ANALYTICS_PAGE (self));

  if (self->workspace == NULL)
    return;

  /* A newer question supersedes the running one. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->load_cancellable, G_CONNECT_SWAPPED);
  g_clear_error (&self->error);
  self->n_pending = 3;
  self->load_pending = FALSE;
  set_loading (self, TRUE);
  if (g_strcmp0 (self->state, "results") != 0)
    set_state (self, "loading");

  client = deck_workspace_get_client (self->workspace);
  start = deck_analytics_range_get_start (self->range);
  end = deck_analytics_range_get_end (self->range);
  deck_client_get_analytics_overview_async (client, NULL, start, end, self->status,
                                            self->load_cancellable, overview_cb, self);
  deck_client_get_daily_campaign_analytics_async (client, NULL, start, end, self->status,
                                                  self->load_cancellable, daily_cb, self);
  deck_client_list_campaign_analytics_async (client, NULL, start, end,
                                             self->load_cancellable, campaigns_cb, self);
}

static void
reload_soon (DeckAnalyticsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_analytics_page_reload (self);
  else
    self->load_pending = TRUE;
}

static void
on_range_changed (DeckAnalyticsPage *self)
{
  reload_soon (self);
}

static void
on_status_changed (DeckAnalyticsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (selected >= G_N_ELEMENTS (status_values) || status_values[selected] == self->status)
    return;
  self->status = status_values[selected];
  reload_soon (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_analytics_page_reload (DECK_ANALYTICS_PAGE (widget));
}

/* ------------------------------------------------------------------ building */

static void
build_tiles (DeckAnalyticsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tile_defs); i++)
    {
      GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (_(tile_defs[i].title));
      GtkWidget *value = gtk_label_new ("–");
      GtkWidget *detail = gtk_label_new (NULL);

      gtk_widget_add_css_class (tile, "card");
      gtk_widget_set_margin_start (title, 12);
      gtk_widget_set_margin_end (title, 12);
      gtk_widget_set_margin_top (title, 12);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (title, "caption-heading");
      gtk_widget_add_css_class (title, "dimmed");

      gtk_widget_set_margin_start (value, 12);
      gtk_widget_set_margin_end (value, 12);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_widget_add_css_class (value, "title-2");
      gtk_widget_add_css_class (value, "numeric");

      gtk_widget_set_margin_start (detail, 12);
      gtk_widget_set_margin_end (detail, 12);
      gtk_widget_set_margin_bottom (detail, 12);
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (detail, "caption");
      gtk_widget_add_css_class (detail, "dimmed");

      gtk_box_append (GTK_BOX (tile), title);
      gtk_box_append (GTK_BOX (tile), value);
      gtk_box_append (GTK_BOX (tile), detail);
      gtk_widget_set_size_request (tile, 160, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (tile),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                      -1);
      gtk_flow_box_append (self->tiles, tile);
      gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);

      self->tile_values[i] = GTK_LABEL (value);
      self->tile_details[i] = GTK_LABEL (detail);
    }
}

static double
rate_value (gpointer item,
            gpointer metric)
{
  return deck_analytics_figures_get_rate (item, GPOINTER_TO_UINT (metric), DECK_ANALYTICS_CONTACTED);
}

static void
build_comparison (DeckAnalyticsPage *self)
{
  static const DeckAnalyticsTableColumn columns[] = {
    { N_("Campaign"), DECK_ANALYTICS_TABLE_NAME, 0, 0 },
    { N_("Status"), DECK_ANALYTICS_TABLE_STATUS, 0, 0 },
    { N_("Sent"), DECK_ANALYTICS_TABLE_COUNT, DECK_ANALYTICS_SENT, 0 },
    { N_("Contacted"), DECK_ANALYTICS_TABLE_COUNT, DECK_ANALYTICS_CONTACTED, 0 },
    { N_("Open Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_CONTACTED },
    { N_("Reply Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_CONTACTED },
    { N_("Click Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_UNIQUE_CLICKS, DECK_ANALYTICS_CONTACTED },
    { N_("Bounce Rate"), DECK_ANALYTICS_TABLE_RATE, DECK_ANALYTICS_BOUNCED, DECK_ANALYTICS_CONTACTED },
    { N_("Opportunities"), DECK_ANALYTICS_TABLE_COUNT, DECK_ANALYTICS_OPPORTUNITIES, 0 },
  };
  static const struct {
    const char         *name;
    DeckAnalyticsMetric metric;
  } bars[] = {
    { N_("Open Rate"), DECK_ANALYTICS_UNIQUE_OPENED },
    { N_("Reply Rate"), DECK_ANALYTICS_UNIQUE_REPLIES },
    { N_("Click Rate"), DECK_ANALYTICS_UNIQUE_CLICKS },
  };
  g_autoptr(DeckChartLayer) layer = deck_chart_bar_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_CATEGORY);
  g_autoptr(DeckChartAxis) y_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_PERCENT);
  g_autoptr(GtkColumnViewColumn) reply_column = NULL;
  GtkNoSelection *selection;
  DeckChart *chart;

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->campaigns)), NULL);
  g_object_bind_property (self->comparison, "sorter", self->sorted, "sorter", G_BINDING_SYNC_CREATE);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_column_view_set_model (self->comparison, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  deck_analytics_table_add_columns (self->comparison, columns, G_N_ELEMENTS (columns));
  /* The best repliers first. */
  reply_column = g_list_model_get_item (gtk_column_view_get_columns (self->comparison), 5);
  gtk_column_view_sort_by_column (self->comparison, reply_column, GTK_SORT_DESCENDING);

  /* Grouped bars in the table's order. */
  self->bars_view = DECK_CHART_VIEW (deck_chart_view_new ());
  chart = deck_chart_view_get_chart (self->bars_view);
  deck_chart_axis_set_title (x_axis, _("Campaign"));
  deck_chart_set_x_axis (chart, x_axis);
  deck_chart_set_y_axis (chart, y_axis);
  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    {
      g_autoptr(DeckChartSeries) series = deck_chart_series_new (_(bars[i].name), G_LIST_MODEL (self->sorted), NULL, NULL);
      g_autoptr(GtkExpression) label = gtk_property_expression_new (DECK_TYPE_ANALYTICS_FIGURES, NULL, "campaign-name");

      /* The setter does not take the expression over. */
      deck_chart_series_set_label_expression (series, label);
      deck_chart_series_set_y_func (series, rate_value, GUINT_TO_POINTER (bars[i].metric), NULL);
      deck_chart_layer_add_series (layer, series);
    }
  deck_chart_add_layer (chart, layer);
  deck_chart_view_set_title (self->bars_view, _("Rates by Campaign"));
  gtk_widget_set_size_request (GTK_WIDGET (self->bars_view), -1, 360);
  gtk_box_append (self->bars_box, GTK_WIDGET (self->bars_view));
}

static void
build_daily (DeckAnalyticsPage *self)
{
  static const DeckAnalyticsMetric metrics[] = {
    DECK_ANALYTICS_SENT, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_UNIQUE_REPLIES,
    DECK_ANALYTICS_UNIQUE_CLICKS, DECK_ANALYTICS_OPPORTUNITIES,
  };
  const char *names[] = { _("Sent"), _("Opened"), _("Replies"), _("Clicks"), _("Opportunities") };

  self->daily_view = DECK_CHART_VIEW (deck_analytics_daily_chart_new (_("Daily Activity"), G_LIST_MODEL (self->days),
                                                                      metrics, names, G_N_ELEMENTS (metrics)));
  gtk_box_append (self->daily_box, GTK_WIDGET (self->daily_view));
}

static void
build_status_filter (DeckAnalyticsPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (status_values); i++)
    {
      g_autofree char *name = NULL;

      if (status_values[i] == DECK_ANALYTICS_ANY_STATUS)
        name = g_strdup (_("All Campaigns"));
      else
        name = deck_campaign_status_to_string (status_values[i]);
      gtk_string_list_append (names, name);
    }
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (names));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Campaign Status"), -1);
}

/* ------------------------------------------------------------------ object */

static void
deck_analytics_page_map (GtkWidget *widget)
{
  DeckAnalyticsPage *self = DECK_ANALYTICS_PAGE (widget);

  GTK_WIDGET_CLASS (deck_analytics_page_parent_class)->map (widget);

  if (self->load_pending)
    deck_analytics_page_reload (self);
}

static void
deck_analytics_page_dispose (GObject *object)
{
  DeckAnalyticsPage *self = DECK_ANALYTICS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->workspace);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ANALYTICS_PAGE);

  G_OBJECT_CLASS (deck_analytics_page_parent_class)->dispose (object);
}

static void
deck_analytics_page_finalize (GObject *object)
{
  DeckAnalyticsPage *self = DECK_ANALYTICS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_error (&self->error);
  g_clear_object (&self->overview);
  g_clear_object (&self->next_overview);
  g_clear_pointer (&self->next_days, g_ptr_array_unref);
  g_clear_pointer (&self->next_campaigns, g_ptr_array_unref);
  g_clear_object (&self->sorted);
  g_clear_object (&self->days);
  g_clear_object (&self->campaigns);

  G_OBJECT_CLASS (deck_analytics_page_parent_class)->finalize (object);
}

static void
deck_analytics_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckAnalyticsPage *self = DECK_ANALYTICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_analytics_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DeckAnalyticsPage *self = DECK_ANALYTICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_analytics_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_analytics_page_class_init (DeckAnalyticsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_analytics_page_dispose;
  object_class->finalize = deck_analytics_page_finalize;
  object_class->get_property = deck_analytics_page_get_property;
  object_class->set_property = deck_analytics_page_set_property;

  widget_class->map = deck_analytics_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DECK_TYPE_ANALYTICS_RANGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/analytics/deck-analytics-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, range);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, tiles);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, daily_box);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, comparison);
  gtk_widget_class_bind_template_child (widget_class, DeckAnalyticsPage, bars_box);
  gtk_widget_class_bind_template_callback (widget_class, on_range_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed);

  gtk_widget_class_install_action (widget_class, "analytics.reload", NULL, reload_action);
}

static void
deck_analytics_page_init (DeckAnalyticsPage *self)
{
  self->status = DECK_ANALYTICS_ANY_STATUS;
  self->cancellable = g_cancellable_new ();
  self->days = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);
  self->campaigns = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);

  gtk_widget_init_template (GTK_WIDGET (self));

  build_status_filter (self);
  build_tiles (self);
  build_daily (self);
  build_comparison (self);
  show_tiles (self);
  set_state (self, "loading");
}

GtkWidget *
deck_analytics_page_new (void)
{
  return g_object_new (DECK_TYPE_ANALYTICS_PAGE, NULL);
}

DeckWorkspace *
deck_analytics_page_get_workspace (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->workspace;
}

void
deck_analytics_page_set_workspace (DeckAnalyticsPage *self,
                                   DeckWorkspace     *workspace)
{
  g_return_if_fail (DECK_IS_ANALYTICS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Nothing for the old workspace may land here. */
  g_cancellable_cancel (self->load_cancellable);
  self->n_pending = 0;
  set_loading (self, FALSE);
  g_clear_object (&self->overview);
  splice_all (self->days, NULL);
  splice_all (self->campaigns, NULL);
  show_tiles (self);
  set_state (self, "loading");

  g_set_object (&self->workspace, workspace);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  reload_soon (self);
}

const char *
deck_analytics_page_get_state (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->state;
}

gboolean
deck_analytics_page_get_loading (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), FALSE);

  return self->loading;
}

DeckAnalyticsRange *
deck_analytics_page_get_range (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->range;
}

int
deck_analytics_page_get_status (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), DECK_ANALYTICS_ANY_STATUS);

  return self->status;
}

void
deck_analytics_page_set_status (DeckAnalyticsPage *self,
                                int                status)
{
  g_return_if_fail (DECK_IS_ANALYTICS_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (status_values); i++)
    if (status_values[i] == status)
      gtk_drop_down_set_selected (self->status_dropdown, i);
}

DeckAnalyticsFigures *
deck_analytics_page_get_overview (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->overview;
}

const char *
deck_analytics_page_get_tile_value (DeckAnalyticsPage   *self,
                                    DeckAnalyticsMetric  metric)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tile_defs); i++)
    if (tile_defs[i].metric == metric)
      return gtk_label_get_label (self->tile_values[i]);

  return NULL;
}

GListModel *
deck_analytics_page_get_days (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return G_LIST_MODEL (self->days);
}

GListModel *
deck_analytics_page_get_campaigns (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

DeckChartView *
deck_analytics_page_get_daily_view (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->daily_view;
}

DeckChartView *
deck_analytics_page_get_bars_view (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->bars_view;
}

GtkColumnView *
deck_analytics_page_get_comparison (DeckAnalyticsPage *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_PAGE (self), NULL);

  return self->comparison;
}
