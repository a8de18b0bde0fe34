/* deck-analytics-table.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "deck-analytics-table.h"
#include "deck-analytics-util.h"
#include "deck-campaign.h"

const char *
deck_analytics_significance_to_string (DeckChartSignificance significance)
{
  switch (significance)
    {
    case DECK_CHART_SIGNIFICANCE_BETTER:
      return _("Better than the other variants");
    case DECK_CHART_SIGNIFICANCE_WORSE:
      return _("Worse than the other variants");
    case DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA:
      return _("Not enough data yet");
    case DECK_CHART_SIGNIFICANCE_NONE:
    default:
      return _("No clear difference");
    }
}

static double
column_value (const DeckAnalyticsTableColumn *column,
              DeckAnalyticsFigures           *item)
{
  switch (column->kind)
    {
    case DECK_ANALYTICS_TABLE_STATUS:
      return deck_analytics_figures_get_campaign_status (item);
    case DECK_ANALYTICS_TABLE_STEP:
      return deck_analytics_figures_get_step (item);
    case DECK_ANALYTICS_TABLE_VARIANT:
      return deck_analytics_figures_get_variant (item);
    case DECK_ANALYTICS_TABLE_COUNT:
      return deck_analytics_figures_get (item, column->metric);
    case DECK_ANALYTICS_TABLE_RATE:
      return deck_analytics_figures_get_rate (item, column->metric, column->base);
    case DECK_ANALYTICS_TABLE_NAME:
    case DECK_ANALYTICS_TABLE_DATE:
    default:
      return NAN;
    }
}

static char *
variant_letter (int variant)
{
  if (variant < 0)
    return g_strdup (_("Unknown"));
  if (variant < 26)
    return g_strdup_printf ("%c", 'A' + variant);
  return g_strdup_printf ("%d", variant + 1);
}

static char *
column_text (const DeckAnalyticsTableColumn *column,
             DeckAnalyticsFigures           *item)
{
  switch (column->kind)
    {
    case DECK_ANALYTICS_TABLE_NAME:
      return g_strdup (deck_analytics_figures_get_campaign_name (item));
    case DECK_ANALYTICS_TABLE_STATUS:
      return deck_campaign_status_to_string (deck_analytics_figures_get_campaign_status (item));
    case DECK_ANALYTICS_TABLE_DATE:
      return deck_analytics_format_range (deck_analytics_figures_get_date (item),
                                          deck_analytics_figures_get_date (item));
    case DECK_ANALYTICS_TABLE_STEP:
      if (deck_analytics_figures_get_step (item) < 0)
        return g_strdup (_("Unknown"));
      /* Translators: a sequence step, counted from 1 */
      return g_strdup_printf (_("Step %d"), deck_analytics_figures_get_step (item) + 1);
    case DECK_ANALYTICS_TABLE_VARIANT:
      return variant_letter (deck_analytics_figures_get_variant (item));
    case DECK_ANALYTICS_TABLE_COUNT:
      return deck_analytics_format_count (column_value (column, item));
    case DECK_ANALYTICS_TABLE_RATE:
    default:
      return deck_analytics_format_rate (column_value (column, item));
    }
}

static void
setup_cell (GtkSignalListItemFactory       *factory,
            GtkListItem                    *list_item,
            const DeckAnalyticsTableColumn *column)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean text = column->kind == DECK_ANALYTICS_TABLE_NAME || column->kind == DECK_ANALYTICS_TABLE_STATUS ||
                  column->kind == DECK_ANALYTICS_TABLE_DATE || column->kind == DECK_ANALYTICS_TABLE_STEP ||
                  column->kind == DECK_ANALYTICS_TABLE_VARIANT;

  gtk_label_set_xalign (GTK_LABEL (label), text ? 0.0f : 1.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), text ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  if (!text)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory       *factory,
           GtkListItem                    *list_item,
           const DeckAnalyticsTableColumn *column)
{
  DeckAnalyticsFigures *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = column_text (column, item);
  DeckChartSignificance mark = DECK_CHART_SIGNIFICANCE_NONE;

  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "dimmed");
  gtk_widget_set_tooltip_text (label, NULL);

  if (column->kind == DECK_ANALYTICS_TABLE_RATE && column->mark != NULL)
    mark = column->mark (item, column->metric, column->mark_data);

  if (mark == DECK_CHART_SIGNIFICANCE_BETTER || mark == DECK_CHART_SIGNIFICANCE_WORSE)
    {
      gboolean better = mark == DECK_CHART_SIGNIFICANCE_BETTER;
      /* An arrow as well as the colour, for those who do not see it. */
      char *marked = g_strdup_printf ("%s %s", better ? "▲" : "▼", text);

      g_free (text);
      text = marked;
      gtk_widget_add_css_class (label, better ? "success" : "error");
      gtk_widget_set_tooltip_text (label, deck_analytics_significance_to_string (mark));
    }
  else if (mark == DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA)
    {
      gtk_widget_add_css_class (label, "dimmed");
      gtk_widget_set_tooltip_text (label, deck_analytics_significance_to_string (mark));
    }

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  mark != DECK_CHART_SIGNIFICANCE_NONE ? deck_analytics_significance_to_string (mark) : "",
                                  -1);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const DeckAnalyticsTableColumn *column = user_data;
  DeckAnalyticsFigures *fa = (DeckAnalyticsFigures *) a;
  DeckAnalyticsFigures *fb = (DeckAnalyticsFigures *) b;
  double va, vb;

  if (column->kind == DECK_ANALYTICS_TABLE_NAME)
    return g_utf8_collate (deck_analytics_figures_get_campaign_name (fa) ? deck_analytics_figures_get_campaign_name (fa) : "",
                           deck_analytics_figures_get_campaign_name (fb) ? deck_analytics_figures_get_campaign_name (fb) : "");
  if (column->kind == DECK_ANALYTICS_TABLE_DATE)
    return g_strcmp0 (deck_analytics_figures_get_date (fa), deck_analytics_figures_get_date (fb));

  va = column_value (column, fa);
  vb = column_value (column, fb);
  /* No rate sorts below every rate. */
  if (isnan (va) || isnan (vb))
    return isnan (va) && isnan (vb) ? 0 : (isnan (va) ? -1 : 1);
  return va < vb ? -1 : va > vb;
}

void
deck_analytics_table_add_columns (GtkColumnView                  *view,
                                  const DeckAnalyticsTableColumn *columns,
                                  guint                           n_columns)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (guint i = 0; i < n_columns; i++)
    {
      DeckAnalyticsTableColumn *copy = g_memdup2 (&columns[i], sizeof columns[i]);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), copy);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), copy);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      /* The column holds the factory and the sorter that use the copy. */
      g_object_set_data_full (G_OBJECT (column), "deck-analytics-column", copy, g_free);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, copy, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_append_column (view, column);
    }
}
