/* deck-account-analytics-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account-analytics-dialog.h"
#include "deck-account-health.h"
#include "deck-analytics-util.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"
#include "deck-client-analytics.h"
#include "chart/deck-chart-bar-layer.h"

struct _DeckAccountAnalyticsDialog
{
  AdwDialog           parent_instance;

  DeckWorkspace      *workspace;
  char               *email;
  GCancellable       *cancellable;          /* the dialog's: cancelled on dispose */
  GCancellable       *sending_cancellable;  /* the running daily fetch's */
  const char         *warmup_state;
  const char         *sending_state;
  char               *health_text;

  GListStore         *warmup_days;
  GListStore         *sending_days;

  AdwHeaderBar       *header;
  GtkStack           *warmup_stack;
  AdwStatusPage      *warmup_status;
  GtkLabel           *health_label;
  DeckChartView      *warmup_view;
  DeckAnalyticsRange *range;
  GtkStack           *sending_stack;
  AdwStatusPage      *sending_status;
  DeckChartView      *sending_view;
};

G_DEFINE_FINAL_TYPE (DeckAccountAnalyticsDialog, deck_account_analytics_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_WARMUP_STATE,
  PROP_SENDING_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_warmup_state (DeckAccountAnalyticsDialog *self,
                  const char                 *state)
{
  if (g_strcmp0 (self->warmup_state, state) == 0)
    return;

  self->warmup_state = state;
  gtk_stack_set_visible_child_name (self->warmup_stack, g_str_equal (state, "results") ? "results" : "status");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARMUP_STATE]);
}

static void
set_sending_state (DeckAccountAnalyticsDialog *self,
                   const char                 *state)
{
  if (g_strcmp0 (self->sending_state, state) == 0)
    return;

  self->sending_state = state;
  gtk_stack_set_visible_child_name (self->sending_stack, g_str_equal (state, "results") ? "results" : "status");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDING_STATE]);
}

static void
show_status (AdwStatusPage *page,
             const char    *icon_name,
             const char    *title,
             const char    *description)
{
  AdwSpinnerPaintable *spinner = NULL;

  if (icon_name == NULL)
    spinner = adw_spinner_paintable_new (GTK_WIDGET (page));
  adw_status_page_set_paintable (page, spinner ? GDK_PAINTABLE (spinner) : NULL);
  adw_status_page_set_icon_name (page, icon_name);
  adw_status_page_set_title (page, title);
  adw_status_page_set_description (page, description);
  g_clear_object (&spinner);
}

/* ------------------------------------------------------------------ warmup */

static void
warmup_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAccountAnalyticsDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = deck_client_get_warmup_analytics_finish (DECK_CLIENT (source), result, &error);
  DeckWarmupAnalytics *analytics;
  GListModel *days;
  const char *label;
  guint n;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (list == NULL)
    {
      g_autofree char *description = deck_api_error_describe (error);

      show_status (self->warmup_status, "network-error-symbolic", _("Could Not Load the Warmup"), description);
      set_warmup_state (self, "error");
      return;
    }

  analytics = list->len > 0 ? g_ptr_array_index (list, 0) : NULL;
  days = analytics != NULL ? deck_warmup_analytics_get_days (analytics) : NULL;
  n = days != NULL ? g_list_model_get_n_items (days) : 0;
  if (n == 0 || deck_warmup_analytics_get_sent (analytics) == 0)
    {
      show_status (self->warmup_status, "mail-send-symbolic", _("No Warmup Yet"),
                   _("This account has not sent warmup emails lately. Enable warmup to build its reputation."));
      set_warmup_state (self, "empty");
      return;
    }

  g_list_store_remove_all (self->warmup_days);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) day = g_list_model_get_item (days, i);

      g_list_store_append (self->warmup_days, day);
    }

  label = deck_warmup_analytics_get_health_score_label (analytics);
  g_free (self->health_text);
  if (label != NULL && *label != '\0' && !g_str_has_suffix (label, "%"))
    /* Translators: a warmup health score and its word, e.g. "87 out of 100 (Good)" */
    self->health_text = g_strdup_printf (_("%.0f out of 100 (%s)"), deck_warmup_analytics_get_health_score (analytics), label);
  else
    /* Translators: a warmup health score, e.g. "87 out of 100" */
    self->health_text = g_strdup_printf (_("%.0f out of 100"), deck_warmup_analytics_get_health_score (analytics));
  {
    g_autofree char *inbox = deck_analytics_format_count (deck_warmup_analytics_get_landed_inbox (analytics));
    g_autofree char *spam = deck_analytics_format_count (deck_warmup_analytics_get_landed_spam (analytics));
    /* Translators: the warmup summary: the health score, then counts */
    g_autofree char *text = g_strdup_printf (_("Health score %s · %s landed in the inbox · %s in spam"),
                                             self->health_text, inbox, spam);

    gtk_label_set_label (self->health_label, text);
  }
  set_warmup_state (self, "results");
}

static double
warmup_inbox (gpointer item,
              gpointer user_data)
{
  return deck_warmup_day_get_landed_inbox (item);
}

static double
warmup_spam (gpointer item,
             gpointer user_data)
{
  return deck_warmup_day_get_landed_spam (item);
}

/* ------------------------------------------------------------------ sending */

static void
sending_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  DeckAccountAnalyticsDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = deck_client_get_daily_account_analytics_finish (DECK_CLIENT (source), result, &error);
  gboolean any = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (days == NULL)
    {
      g_autofree char *description = deck_api_error_describe (error);

      show_status (self->sending_status, "network-error-symbolic", _("Could Not Load the Sending"), description);
      set_sending_state (self, "error");
      return;
    }

  g_list_store_splice (self->sending_days, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sending_days)),
                       days->pdata, days->len);
  for (guint i = 0; i < days->len && !any; i++)
    any = deck_analytics_figures_get (g_ptr_array_index (days, i), DECK_ANALYTICS_SENT) > 0;

  if (!any)
    {
      show_status (self->sending_status, "mail-send-symbolic", _("Nothing Sent"),
                   _("No campaign emails went out from this account in this period."));
      set_sending_state (self, "empty");
      return;
    }
  set_sending_state (self, "results");
}

static void
load_sending (DeckAccountAnalyticsDialog *self)
{
  const char *emails[2] = { self->email, NULL };

  g_cancellable_cancel (self->sending_cancellable);
  g_clear_object (&self->sending_cancellable);
  self->sending_cancellable = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel),
                           self->sending_cancellable, G_CONNECT_SWAPPED);
  show_status (self->sending_status, NULL, _("Loading the Sending…"), NULL);
  set_sending_state (self, "loading");
  deck_client_get_daily_account_analytics_async (deck_workspace_get_client (self->workspace), emails,
                                                 deck_analytics_range_get_start (self->range),
                                                 deck_analytics_range_get_end (self->range),
                                                 self->sending_cancellable, sending_cb, self);
}

static void
load_warmup (DeckAccountAnalyticsDialog *self)
{
  const char *emails[2] = { self->email, NULL };

  show_status (self->warmup_status, NULL, _("Loading the Warmup…"), NULL);
  set_warmup_state (self, "loading");
  deck_client_get_warmup_analytics_async (deck_workspace_get_client (self->workspace), emails,
                                          self->cancellable, warmup_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAccountAnalyticsDialog *self = DECK_ACCOUNT_ANALYTICS_DIALOG (widget);

  load_warmup (self);
  load_sending (self);
}

/* ------------------------------------------------------------------ object */

static void
deck_account_analytics_dialog_dispose (GObject *object)
{
  DeckAccountAnalyticsDialog *self = DECK_ACCOUNT_ANALYTICS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->sending_cancellable);

  G_OBJECT_CLASS (deck_account_analytics_dialog_parent_class)->dispose (object);
}

static void
deck_account_analytics_dialog_finalize (GObject *object)
{
  DeckAccountAnalyticsDialog *self = DECK_ACCOUNT_ANALYTICS_DIALOG (object);

  g_clear_object (&self->workspace);
  g_free (self->email);
  g_free (self->health_text);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sending_cancellable);
  g_clear_object (&self->warmup_days);
  g_clear_object (&self->sending_days);

  G_OBJECT_CLASS (deck_account_analytics_dialog_parent_class)->finalize (object);
}

static void
deck_account_analytics_dialog_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  DeckAccountAnalyticsDialog *self = DECK_ACCOUNT_ANALYTICS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WARMUP_STATE:
      g_value_set_string (value, self->warmup_state);
      break;

    case PROP_SENDING_STATE:
      g_value_set_string (value, self->sending_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_account_analytics_dialog_class_init (DeckAccountAnalyticsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_account_analytics_dialog_dispose;
  object_class->finalize = deck_account_analytics_dialog_finalize;
  object_class->get_property = deck_account_analytics_dialog_get_property;

  properties[PROP_WARMUP_STATE] =
    g_param_spec_string ("warmup-state", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SENDING_STATE] =
    g_param_spec_string ("sending-state", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "account-analytics.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "account-analytics.reload", NULL);
}

static GtkWidget *
section_stack (GtkStack      **stack,
               AdwStatusPage **status,
               GtkWidget      *results)
{
  *stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (*stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_set_vhomogeneous (*stack, FALSE);
  *status = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_add_css_class (GTK_WIDGET (*status), "compact");
  gtk_stack_add_named (*stack, GTK_WIDGET (*status), "status");
  gtk_stack_add_named (*stack, results, "results");
  return GTK_WIDGET (*stack);
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *heading = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  return heading;
}

static void
deck_account_analytics_dialog_init (DeckAccountAnalyticsDialog *self)
{
  static const DeckAnalyticsMetric metrics[] = {
    DECK_ANALYTICS_SENT, DECK_ANALYTICS_UNIQUE_OPENED, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_BOUNCED,
  };
  const char *names[] = { _("Sent"), _("Opened"), _("Replies"), _("Bounced") };
  g_autoptr(DeckChartLayer) layer = deck_chart_bar_layer_new ();
  g_autoptr(DeckChartAxis) x_axis = deck_chart_axis_new (DECK_CHART_AXIS_KIND_DATE);
  g_autoptr(DeckChartSeries) inbox = NULL;
  g_autoptr(DeckChartSeries) spam = NULL;
  GtkWidget *toolbar_view, *header, *scroller, *clamp, *content, *warmup_box;
  DeckChart *chart;

  self->cancellable = g_cancellable_new ();
  self->warmup_days = g_list_store_new (DECK_TYPE_WARMUP_DAY);
  self->sending_days = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);

  adw_dialog_set_content_width (ADW_DIALOG (self), 900);
  adw_dialog_set_content_height (ADW_DIALOG (self), 760);

  toolbar_view = adw_toolbar_view_new ();
  header = adw_header_bar_new ();
  self->header = ADW_HEADER_BAR (header);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_bottom (content, 24);

  /* Warmup: inbox against spam per day, and the health score. */
  gtk_box_append (GTK_BOX (content), heading_new (_("Warmup")));
  warmup_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->health_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->health_label, 0);
  gtk_label_set_wrap (self->health_label, TRUE);
  gtk_box_append (GTK_BOX (warmup_box), GTK_WIDGET (self->health_label));
  self->warmup_view = DECK_CHART_VIEW (deck_chart_view_new ());
  chart = deck_chart_view_get_chart (self->warmup_view);
  deck_chart_axis_set_title (x_axis, _("Date"));
  deck_chart_set_x_axis (chart, x_axis);
  inbox = deck_chart_series_new (_("Landed in Inbox"), G_LIST_MODEL (self->warmup_days),
                                 gtk_property_expression_new (DECK_TYPE_WARMUP_DAY, NULL, "date"), NULL);
  deck_chart_series_set_y_func (inbox, warmup_inbox, NULL, NULL);
  deck_chart_series_set_color (inbox, DECK_CHART_COLOR_GREEN);
  spam = deck_chart_series_new (_("Landed in Spam"), G_LIST_MODEL (self->warmup_days),
                                gtk_property_expression_new (DECK_TYPE_WARMUP_DAY, NULL, "date"), NULL);
  deck_chart_series_set_y_func (spam, warmup_spam, NULL, NULL);
  deck_chart_series_set_color (spam, DECK_CHART_COLOR_RED);
  deck_chart_layer_add_series (layer, inbox);
  deck_chart_layer_add_series (layer, spam);
  deck_chart_add_layer (chart, layer);
  deck_chart_view_set_title (self->warmup_view, _("Warmup Emails by Day"));
  gtk_widget_set_size_request (GTK_WIDGET (self->warmup_view), -1, 320);
  gtk_box_append (GTK_BOX (warmup_box), GTK_WIDGET (self->warmup_view));
  gtk_box_append (GTK_BOX (content), section_stack (&self->warmup_stack, &self->warmup_status, warmup_box));

  /* Daily sending for a range. */
  gtk_box_append (GTK_BOX (content), heading_new (_("Campaign Sending")));
  self->range = DECK_ANALYTICS_RANGE (deck_analytics_range_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->range), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->range));
  self->sending_view = DECK_CHART_VIEW (deck_analytics_daily_chart_new (_("Emails by Day"), G_LIST_MODEL (self->sending_days),
                                                                        metrics, names, G_N_ELEMENTS (metrics)));
  gtk_box_append (GTK_BOX (content), section_stack (&self->sending_stack, &self->sending_status,
                                                    GTK_WIDGET (self->sending_view)));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), scroller);

  g_signal_connect_object (self->range, "changed", G_CALLBACK (load_sending), self, G_CONNECT_SWAPPED);
}

AdwDialog *
deck_account_analytics_dialog_new (DeckWorkspace *workspace,
                                   const char    *email)
{
  DeckAccountAnalyticsDialog *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT_ANALYTICS_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->email = g_strdup (email);
  adw_dialog_set_title (ADW_DIALOG (self), email);
  adw_header_bar_set_title_widget (self->header, adw_window_title_new (email, _("Account Analytics")));

  load_warmup (self);
  load_sending (self);
  return ADW_DIALOG (self);
}

const char *
deck_account_analytics_dialog_get_warmup_state (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->warmup_state;
}

const char *
deck_account_analytics_dialog_get_sending_state (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->sending_state;
}

DeckAnalyticsRange *
deck_account_analytics_dialog_get_range (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->range;
}

GListModel *
deck_account_analytics_dialog_get_warmup_days (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->warmup_days);
}

GListModel *
deck_account_analytics_dialog_get_sending_days (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->sending_days);
}

const char *
deck_account_analytics_dialog_get_health_text (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->health_text;
}

DeckChartView *
deck_account_analytics_dialog_get_warmup_view (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->warmup_view;
}

DeckChartView *
deck_account_analytics_dialog_get_sending_view (DeckAccountAnalyticsDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ANALYTICS_DIALOG (self), NULL);

  return self->sending_view;
}
