/* deck-chart-view.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "deck-chart-view.h"

/* ------------------------------------------------------------------ rows */

/* One table row: the index of an x value of the chart. */
#define DECK_TYPE_CHART_ROW (deck_chart_row_get_type ())
G_DECLARE_FINAL_TYPE (DeckChartRow, deck_chart_row, DECK, CHART_ROW, GObject)

struct _DeckChartRow
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (DeckChartRow, deck_chart_row, G_TYPE_OBJECT)

static void
deck_chart_row_class_init (DeckChartRowClass *klass)
{
}

static void
deck_chart_row_init (DeckChartRow *self)
{
}

/* ------------------------------------------------------------------ view */

struct _DeckChartView
{
  AdwBin           parent_instance;

  char            *title;
  GCancellable    *cancellable;

  AdwToastOverlay *toasts;
  GtkLabel        *heading;
  AdwToggleGroup  *switcher;
  GtkStack        *stack;
  DeckChart       *chart;
  GtkColumnView   *table;
  GListStore      *rows;
  guint            n_columns_series;
};

G_DEFINE_FINAL_TYPE (DeckChartView, deck_chart_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VIEW_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define COLUMN_X (-1)

static guint
row_index (gpointer item)
{
  return DECK_CHART_ROW (item)->index;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (column == COLUMN_X)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  DeckChart *chart = g_object_get_data (G_OBJECT (factory), "deck-chart");
  int column = GPOINTER_TO_INT (user_data);
  guint row = row_index (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  if (row >= deck_chart_get_n_rows (chart))
    return;
  if (column == COLUMN_X)
    text = deck_chart_dup_row_title (chart, row);
  else if ((guint) column < deck_chart_get_n_series (chart))
    text = deck_chart_dup_value_text (chart, row, (guint) column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

typedef struct
{
  DeckChart *chart;
  int        column;
} SortData;

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  SortData *data = user_data;
  guint ra = row_index ((gpointer) a);
  guint rb = row_index ((gpointer) b);
  double va, vb;

  if (data->column == COLUMN_X || (guint) data->column >= deck_chart_get_n_series (data->chart) ||
      ra >= deck_chart_get_n_rows (data->chart) || rb >= deck_chart_get_n_rows (data->chart))
    return ra < rb ? GTK_ORDERING_SMALLER : ra > rb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;

  va = deck_chart_get_value (data->chart, ra, (guint) data->column);
  vb = deck_chart_get_value (data->chart, rb, (guint) data->column);
  /* Missing values sort first */
  if (isnan (va))
    va = -INFINITY;
  if (isnan (vb))
    vb = -INFINITY;

  return va < vb ? GTK_ORDERING_SMALLER : va > vb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkColumnViewColumn *
create_column (DeckChartView *self,
               const char    *title,
               int            column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  SortData *sort_data = g_new0 (SortData, 1);
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "deck-chart", self->chart);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (column));

  sort_data->chart = self->chart;
  sort_data->column = column;
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, sort_data, g_free));

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (column == COLUMN_X)
    gtk_column_view_column_set_expand (view_column, TRUE);
  g_object_unref (sorter);

  return view_column;
}

static void
rebuild_columns (DeckChartView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->table);
  DeckChartAxis *x_axis = deck_chart_get_x_axis (self->chart);
  const char *x_title = deck_chart_axis_get_title (x_axis);
  guint n_series = deck_chart_get_n_series (self->chart);
  g_autoptr(GtkColumnViewColumn) first = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->table, column);
    }

  if (x_title == NULL)
    x_title = deck_chart_axis_get_kind (x_axis) == DECK_CHART_AXIS_KIND_DATE ? _("Date") : _("Name");
  first = create_column (self, x_title, COLUMN_X);
  gtk_column_view_append_column (self->table, first);

  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        create_column (self, deck_chart_series_get_name (deck_chart_get_series (self->chart, i)), (int) i);

      gtk_column_view_append_column (self->table, column);
    }

  self->n_columns_series = n_series;
}

static void
chart_changed_cb (DeckChartView *self)
{
  guint n_rows = deck_chart_get_n_rows (self->chart);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkSorter *sorter;

  rebuild_columns (self);

  for (guint i = 0; i < n_rows; i++)
    {
      DeckChartRow *row = g_object_new (DECK_TYPE_CHART_ROW, NULL);

      row->index = i;
      g_ptr_array_add (rows, row);
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);

  sorter = gtk_column_view_get_sorter (self->table);
  if (sorter)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* ------------------------------------------------------------------ export */

static const char *
format_extension (DeckChartFormat format)
{
  switch (format)
    {
    case DECK_CHART_FORMAT_PNG:
      return "png";
    case DECK_CHART_FORMAT_SVG:
      return "svg";
    case DECK_CHART_FORMAT_CSV:
    default:
      return "csv";
    }
}

static void
show_toast (DeckChartView *self,
            const char    *title)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
}

typedef struct
{
  DeckChartView   *self;
  DeckChartFormat  format;
  int              width;
  int              height;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->self);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void
replace_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DeckChartView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not save the chart: %s"), error->message);

          show_toast (self, message);
        }
      return;
    }

  show_toast (self, _("Chart saved"));
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    {
      /* Cancelling or closing the dialog is not an error worth a word. */
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
          !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (data->self, error->message);
      return;
    }

  bytes = deck_chart_export (data->self->chart, data->format, data->width, data->height, &error);
  if (bytes == NULL)
    {
      show_toast (data->self, error->message);
      return;
    }

  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       data->self->cancellable, replace_cb, g_object_ref (data->self));
}

static char *
suggested_name (DeckChartView   *self,
                DeckChartFormat  format)
{
  g_autofree char *base = g_strdup (self->title && *self->title ? self->title : _("Chart"));

  /* Keep the name portable across file systems. */
  g_strdelimit (base, "/\\:*?\"<>|", '-');

  return g_strdup_printf ("%s.%s", base, format_extension (format));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DeckChartView *self = DECK_CHART_VIEW (widget);
  const char *kind = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = NULL;
  SaveData *data = g_new0 (SaveData, 1);

  data->self = g_object_ref (self);
  if (g_str_equal (kind, "svg"))
    {
      data->format = DECK_CHART_FORMAT_SVG;
      gtk_file_filter_set_name (filter, _("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      gtk_file_dialog_set_title (dialog, _("Save Chart as SVG"));
    }
  else if (g_str_equal (kind, "csv"))
    {
      data->format = DECK_CHART_FORMAT_CSV;
      gtk_file_filter_set_name (filter, _("CSV Files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_dialog_set_title (dialog, _("Save Chart Data as CSV"));
    }
  else
    {
      data->format = DECK_CHART_FORMAT_PNG;
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      gtk_file_dialog_set_title (dialog, _("Save Chart as PNG"));
    }
  gtk_file_filter_add_suffix (filter, format_extension (data->format));
  deck_chart_get_export_size (self->chart, &data->width, &data->height);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  name = suggested_name (self, data->format);
  gtk_file_dialog_set_initial_name (dialog, name);

  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)),
                        self->cancellable, save_cb, data);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DeckChartView *self = DECK_CHART_VIEW (widget);

  if (g_str_equal (action_name, "chart-view.copy-image"))
    {
      deck_chart_copy_image (self->chart);
      show_toast (self, _("Chart copied"));
    }
  else
    {
      deck_chart_copy_data (self->chart);
      show_toast (self, _("Data copied"));
    }
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  deck_chart_view_set_view_mode (DECK_CHART_VIEW (widget), g_variant_get_string (param, NULL));
}

static void
visible_child_cb (DeckChartView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_MODE]);
}

/* ------------------------------------------------------------------ widget */

static GMenuModel *
create_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) save = g_menu_new ();
  g_autoptr(GMenu) copy = g_menu_new ();

  g_menu_append (save, _("Save as _PNG…"), "chart-view.export::png");
  g_menu_append (save, _("Save as _SVG…"), "chart-view.export::svg");
  g_menu_append (save, _("Save Data as _CSV…"), "chart-view.export::csv");
  g_menu_append (copy, _("Copy _Image"), "chart-view.copy-image");
  g_menu_append (copy, _("Copy _Data"), "chart-view.copy-data");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (copy));

  return G_MENU_MODEL (menu);
}

static void
deck_chart_view_dispose (GObject *object)
{
  DeckChartView *self = (DeckChartView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chart)
    g_signal_handlers_disconnect_by_func (self->chart, chart_changed_cb, self);
  self->chart = NULL;
  self->table = NULL;
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (deck_chart_view_parent_class)->dispose (object);
}

static void
deck_chart_view_finalize (GObject *object)
{
  DeckChartView *self = (DeckChartView *)object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (deck_chart_view_parent_class)->finalize (object);
}

static void
deck_chart_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckChartView *self = DECK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_VIEW_MODE:
      g_value_set_string (value, deck_chart_view_get_view_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DeckChartView *self = DECK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      deck_chart_view_set_title (self, g_value_get_string (value));
      break;

    case PROP_VIEW_MODE:
      deck_chart_view_set_view_mode (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_chart_view_class_init (DeckChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_chart_view_dispose;
  object_class->finalize = deck_chart_view_finalize;
  object_class->get_property = deck_chart_view_get_property;
  object_class->set_property = deck_chart_view_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_MODE] =
    g_param_spec_string ("view-mode", NULL, NULL,
                         "chart",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart-view.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "chart-view.copy-image", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart-view.copy-data", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart-view.show", "s", show_action);
}

static void
deck_chart_view_init (DeckChartView *self)
{
  GtkWidget *box, *header, *menu_button, *scroller;
  g_autoptr(GMenuModel) menu = create_menu ();
  AdwToggle *toggle;
  GtkSortListModel *sort_model;
  GtkNoSelection *selection;

  self->cancellable = g_cancellable_new ();
  self->rows = g_list_store_new (DECK_TYPE_CHART_ROW);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toasts));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  adw_toast_overlay_set_child (self->toasts, box);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), header);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_ellipsize (self->heading, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->heading));

  self->switcher = ADW_TOGGLE_GROUP (adw_toggle_group_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->switcher), GTK_ALIGN_CENTER);
  toggle = adw_toggle_new ();
  adw_toggle_set_name (toggle, "chart");
  adw_toggle_set_label (toggle, _("Chart"));
  adw_toggle_set_tooltip (toggle, _("Show as Chart"));
  adw_toggle_group_add (self->switcher, toggle);
  toggle = adw_toggle_new ();
  adw_toggle_set_name (toggle, "table");
  adw_toggle_set_label (toggle, _("Table"));
  adw_toggle_set_tooltip (toggle, _("Show as Table"));
  adw_toggle_group_add (self->switcher, toggle);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->switcher));

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Export"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export"),
                                  -1);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), menu_button);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  self->chart = DECK_CHART (deck_chart_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->chart), "chart");

  self->table = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->table, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "data-table");
  sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), NULL);
  g_object_bind_property (self->table, "sorter", sort_model, "sorter", G_BINDING_SYNC_CREATE);
  selection = gtk_no_selection_new (G_LIST_MODEL (sort_model));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->table));
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), FALSE);
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_stack_add_named (self->stack, scroller, "table");

  g_object_bind_property (self->switcher, "active-name", self->stack, "visible-child-name",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_child_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart, "changed", G_CALLBACK (chart_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toggle_group_set_active_name (self->switcher, "chart");

  chart_changed_cb (self);
}

GtkWidget *
deck_chart_view_new (void)
{
  return g_object_new (DECK_TYPE_CHART_VIEW, NULL);
}

DeckChart *
deck_chart_view_get_chart (DeckChartView *self)
{
  g_return_val_if_fail (DECK_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

const char *
deck_chart_view_get_title (DeckChartView *self)
{
  g_return_val_if_fail (DECK_IS_CHART_VIEW (self), NULL);

  return self->title;
}

void
deck_chart_view_set_title (DeckChartView *self,
                           const char    *title)
{
  g_return_if_fail (DECK_IS_CHART_VIEW (self));

  if (g_set_str (&self->title, title))
    {
      gtk_label_set_text (self->heading, title ? title : "");
      gtk_widget_set_visible (GTK_WIDGET (self->heading), title != NULL && *title != '\0');
      deck_chart_set_title (self->chart, title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
deck_chart_view_get_view_mode (DeckChartView *self)
{
  const char *name;

  g_return_val_if_fail (DECK_IS_CHART_VIEW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->stack);

  return name ? name : "chart";
}

void
deck_chart_view_set_view_mode (DeckChartView *self,
                               const char    *view_mode)
{
  g_return_if_fail (DECK_IS_CHART_VIEW (self));
  g_return_if_fail (g_strcmp0 (view_mode, "chart") == 0 || g_strcmp0 (view_mode, "table") == 0);

  gtk_stack_set_visible_child_name (self->stack, view_mode);
}

GtkColumnView *
deck_chart_view_get_table (DeckChartView *self)
{
  g_return_val_if_fail (DECK_IS_CHART_VIEW (self), NULL);

  return self->table;
}
