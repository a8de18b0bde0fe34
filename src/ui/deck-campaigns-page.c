/* deck-campaigns-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaigns-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-campaign-editor.h"
#include "deck-campaign-lead-dialog.h"
#include "deck-campaign-sending.h"
#include "deck-campaigns-page.h"
#include "deck-client-campaigns.h"
#include "deck-custom-tag.h"
#include "deck-page-state.h"
#include "deck-pager.h"
#include "deck-subsequences-dialog.h"
#include "deck-toast.h"
#include "analytics/deck-campaign-analytics-dialog.h"

/* How many campaign ids one analytics request carries (they repeat in the query). */
#define FIGURES_CHUNK 50
#define DEFAULT_UNDO_TIMEOUT 8

typedef enum
{
  COLUMN_NAME,
  COLUMN_STATUS,
  COLUMN_LEADS,
  COLUMN_CONTACTED,
  COLUMN_SENT,
  COLUMN_OPENED,
  COLUMN_REPLIED,
  COLUMN_BOUNCED,
  COLUMN_OPPORTUNITIES,
  N_COLUMNS
} Column;

#define FIRST_FIGURE COLUMN_LEADS

/* The statuses the filter offers, in its order (after "Any Status"). */
static const int filter_statuses[] = {
  DECK_CAMPAIGN_STATUS_DRAFT,
  DECK_CAMPAIGN_STATUS_ACTIVE,
  DECK_CAMPAIGN_STATUS_PAUSED,
  DECK_CAMPAIGN_STATUS_COMPLETED,
  DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES,
  DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY,
  DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT,
  DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED,
};

/* A deletion waiting for its toast to go. */
typedef struct
{
  DeckCampaign *campaign;
  AdwToast     *toast;
} Deletion;

struct _DeckCampaignsPage
{
  AdwBin              parent_instance;

  DeckWorkspace      *workspace;
  GCancellable       *cancellable;
  GCancellable       *figures_cancellable;
  GCancellable       *tag_cancellable;
  GCancellable       *sending_cancellable;
  GError             *error;
  const char         *state;
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            load_wanted;
  gboolean            search_mode;
  guint               figures_pending;
  guint               undo_timeout;
  char               *last_toast;

  GHashTable         *figures;      /* id -> DeckCampaignFigures */
  GHashTable         *pending;      /* id -> Deletion, waiting for the toast */
  GHashTable         *deleting;     /* id set: DELETE in flight */
  guint               n_in_flight;

  int                 status_filter;
  char               *tag_filter;
  GHashTable         *tag_ids;      /* ids of the campaigns with tag_filter, or NULL */
  DeckPager          *tag_pager;

  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkStringFilter    *search_filter;
  GtkCustomFilter    *campaign_filter;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[N_COLUMNS];
  GtkSorter          *figure_sorters[N_COLUMNS];

  DeckCampaign       *banner_campaign;
  DeckCampaign       *want_selected;  /* to select once its row shows */
  AdwDialog          *dialog;       /* weak */

  /* Filter popover */
  AdwComboRow        *status_row;
  AdwComboRow        *tag_row;
  GtkStringList      *tag_labels;
  GPtrArray          *tag_row_ids;
  gboolean            syncing_rows;

  /* Template widgets */
  AdwBanner          *sending_banner;
  GtkMenuButton      *filter_button;
  GtkLabel           *filter_label;
  GtkMenuButton      *actions_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
  AdwStatusPage      *no_matches_page;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (DeckCampaignsPage, deck_campaigns_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_SEARCH_MODE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  FIGURES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_state    (DeckCampaignsPage *self);
static void update_actions  (DeckCampaignsPage *self);
static void update_banner   (DeckCampaignsPage *self);
static void load_figures    (DeckCampaignsPage *self);

/* ------------------------------------------------------------------ toasts */

static void
show_toast_full (DeckCampaignsPage *self,
                 AdwToast          *toast)
{
  deck_toast_present (GTK_WIDGET (self), toast, signals[TOAST], &self->last_toast);
}

static void
show_toast (DeckCampaignsPage *self,
            const char        *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  show_toast_full (self, toast);
}

/* "Could not pause “Q4”: The server …" */
static void
show_error_toast (DeckCampaignsPage *self,
                  const char        *what,
                  const GError      *error)
{
  show_toast_full (self, deck_toast_new_error (what, error, 10));
}

static void
present_dialog (DeckCampaignsPage *self,
                AdwDialog         *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ values */

static const DeckCampaignFigures *
lookup_figures (DeckCampaignsPage *self,
                DeckCampaign      *campaign)
{
  const char *id = deck_campaign_get_id (campaign);

  return id != NULL ? g_hash_table_lookup (self->figures, id) : NULL;
}

static gint64
figure_value (const DeckCampaignFigures *figures,
              Column                     column)
{
  if (figures == NULL)
    return -1;

  switch (column)
    {
    case COLUMN_LEADS: return figures->leads;
    case COLUMN_CONTACTED: return figures->contacted;
    case COLUMN_SENT: return figures->sent;
    case COLUMN_OPENED: return figures->opened;
    case COLUMN_REPLIED: return figures->replied;
    case COLUMN_BOUNCED: return figures->bounced;
    case COLUMN_OPPORTUNITIES: return figures->opportunities;
    case COLUMN_NAME:
    case COLUMN_STATUS:
    case N_COLUMNS:
    default:
      g_return_val_if_reached (-1);
    }
}

static char *
campaign_dup_text (DeckCampaignsPage *self,
                   DeckCampaign      *campaign,
                   Column             column)
{
  switch (column)
    {
    case COLUMN_NAME:
      {
        const char *name = deck_campaign_get_name (campaign);

        return g_strdup (name != NULL && *name ? name : _("Unnamed Campaign"));
      }

    case COLUMN_STATUS:
      return deck_campaign_status_to_string (deck_campaign_get_status (campaign));

    case COLUMN_LEADS:
    case COLUMN_CONTACTED:
    case COLUMN_SENT:
    case COLUMN_OPENED:
    case COLUMN_REPLIED:
    case COLUMN_BOUNCED:
    case COLUMN_OPPORTUNITIES:
      {
        gint64 value = figure_value (lookup_figures (self, campaign), column);

        if (value < 0)
          /* Translators: shown in a table cell when there is no value */
          return g_strdup (C_("value", "—"));
        return g_strdup_printf ("%" G_GINT64_FORMAT, value);
      }

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The figure sorters need the page and the column: their closures carry both. */
typedef struct
{
  DeckCampaignsPage *self;
  Column             column;
} FigureKey;

static double
campaign_figure_closure (DeckCampaign *campaign,
                         gpointer      user_data)
{
  FigureKey *key = user_data;

  return (double) figure_value (lookup_figures (key->self, campaign), key->column);
}

static double
campaign_status_closure (DeckCampaign *campaign,
                         gpointer      user_data)
{
  return deck_campaign_get_status (campaign);
}

/* ------------------------------------------------------------------ cells */

static void
set_status_style (GtkWidget *image,
                  int        status)
{
  gtk_widget_remove_css_class (image, "error");
  gtk_widget_remove_css_class (image, "success");
  gtk_widget_remove_css_class (image, "warning");
  gtk_widget_remove_css_class (image, "dimmed");

  if (status < 0)
    gtk_widget_add_css_class (image, "error");
  else if (status == DECK_CAMPAIGN_STATUS_ACTIVE ||
           status == DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES)
    gtk_widget_add_css_class (image, "success");
  else if (status == DECK_CAMPAIGN_STATUS_PAUSED)
    gtk_widget_add_css_class (image, "warning");
  else
    gtk_widget_add_css_class (image, "dimmed");
}

static void
render_cell (DeckCampaignsPage *self,
             GtkListItem       *list_item,
             Column             column)
{
  DeckCampaign *campaign = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (campaign == NULL || child == NULL)
    return;

  text = campaign_dup_text (self, campaign, column);

  if (column == COLUMN_STATUS)
    {
      GtkWidget *image = gtk_widget_get_first_child (child);
      GtkWidget *label = gtk_widget_get_next_sibling (image);
      int status = deck_campaign_get_status (campaign);

      gtk_image_set_from_icon_name (GTK_IMAGE (image), deck_campaign_status_icon_name (status));
      set_status_style (image, status);
      gtk_label_set_label (GTK_LABEL (label), text);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (child), text);
      gtk_widget_set_tooltip_text (child, column == COLUMN_NAME ? text : NULL);
    }
}

static void
rerender (GtkListItem *list_item)
{
  DeckCampaignsPage *self = g_object_get_data (G_OBJECT (list_item), "deck-page");
  gpointer column = g_object_get_data (G_OBJECT (list_item), "deck-column");

  if (self != NULL)
    render_cell (self, list_item, GPOINTER_TO_INT (column));
}

static const int column_width_chars[N_COLUMNS] = {
  [COLUMN_NAME] = 18,
  [COLUMN_STATUS] = 10,
  [COLUMN_LEADS] = 4,
  [COLUMN_CONTACTED] = 4,
  [COLUMN_SENT] = 4,
  [COLUMN_OPENED] = 4,
  [COLUMN_REPLIED] = 4,
  [COLUMN_BOUNCED] = 4,
  [COLUMN_OPPORTUNITIES] = 4,
};

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_width_chars (GTK_LABEL (label), column_width_chars[column]);

  if (column == COLUMN_STATUS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *image = gtk_image_new ();

      /* The words next to it say the same. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (box), image);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (list_item, box);
      return;
    }

  if (column >= FIRST_FIGURE)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "numeric");
    }

  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DeckCampaignsPage *self = g_object_get_data (G_OBJECT (factory), "deck-page");
  DeckCampaign *campaign = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "deck-page", self);
  g_object_set_data (G_OBJECT (list_item), "deck-column", user_data);
  render_cell (self, list_item, GPOINTER_TO_INT (user_data));

  /* Actions and reloads update campaigns in place; figures arrive later. */
  g_signal_connect_object (campaign, "notify", G_CALLBACK (rerender), list_item, G_CONNECT_SWAPPED);
  if (GPOINTER_TO_INT (user_data) >= FIRST_FIGURE)
    g_signal_connect_object (self, "figures-changed", G_CALLBACK (rerender), list_item, G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  DeckCampaignsPage *self = g_object_get_data (G_OBJECT (list_item), "deck-page");
  DeckCampaign *campaign = gtk_list_item_get_item (list_item);

  if (campaign != NULL)
    g_signal_handlers_disconnect_by_func (campaign, rerender, list_item);
  if (self != NULL)
    g_signal_handlers_disconnect_by_func (self, rerender, list_item);
  g_object_set_data (G_OBJECT (list_item), "deck-page", NULL);
}

static void
add_column (DeckCampaignsPage *self,
            Column             column,
            const char        *title,
            int                fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;
  GtkSorter *sorter;
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "deck-page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (column));

  if (column == COLUMN_NAME)
    {
      expression = gtk_property_expression_new (DECK_TYPE_CAMPAIGN, NULL, "name");
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));
    }
  else if (column == COLUMN_STATUS)
    {
      expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                G_CALLBACK (campaign_status_closure),
                                                NULL, NULL);
      sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
    }
  else
    {
      FigureKey *key = g_new0 (FigureKey, 1);

      key->self = self;
      key->column = column;
      expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                G_CALLBACK (campaign_figure_closure),
                                                key, (GClosureNotify) g_free);
      sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
      self->figure_sorters[column] = sorter;
    }

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_NAME);
  gtk_column_view_column_set_id (view_column, title);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  self->columns[column] = view_column;
  g_object_unref (view_column);
}

static void
add_columns (DeckCampaignsPage *self)
{
  add_column (self, COLUMN_NAME, _("Name"), 0);
  /* Room for the longest status ("Running subsequences") and the figures' headers. */
  add_column (self, COLUMN_STATUS, _("Status"), 185);
  add_column (self, COLUMN_LEADS, _("Leads"), 68);
  add_column (self, COLUMN_CONTACTED, _("Contacted"), 92);
  add_column (self, COLUMN_SENT, _("Sent"), 68);
  add_column (self, COLUMN_OPENED, _("Opened"), 76);
  add_column (self, COLUMN_REPLIED, _("Replied"), 76);
  add_column (self, COLUMN_BOUNCED, _("Bounced"), 82);
  add_column (self, COLUMN_OPPORTUNITIES, _("Opportunities"), 112);
}

/* ------------------------------------------------------------------ filtering */

static gboolean
campaign_visible (gpointer item,
                  gpointer user_data)
{
  DeckCampaignsPage *self = user_data;
  DeckCampaign *campaign = item;
  const char *id = deck_campaign_get_id (campaign);

  if (id != NULL &&
      (g_hash_table_contains (self->pending, id) || g_hash_table_contains (self->deleting, id)))
    return FALSE;

  if (self->status_filter != DECK_CAMPAIGN_FILTER_ALL &&
      deck_campaign_get_status (campaign) != self->status_filter)
    return FALSE;

  if (self->tag_filter != NULL)
    return self->tag_ids != NULL && id != NULL && g_hash_table_contains (self->tag_ids, id);

  return TRUE;
}

static void
refilter (DeckCampaignsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->campaign_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
update_filter_label (DeckCampaignsPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->status_filter != DECK_CAMPAIGN_FILTER_ALL)
    {
      g_autofree char *words = deck_campaign_status_to_string (self->status_filter);

      g_string_append (text, words);
    }
  if (self->tag_filter != NULL)
    {
      DeckCustomTag *tag = self->workspace ? deck_workspace_lookup_custom_tag (self->workspace, self->tag_filter) : NULL;

      if (text->len > 0)
        /* Translators: the separator between two active filters */
        g_string_append (text, _(", "));
      /* Translators: %s is a custom tag's label */
      g_string_append_printf (text, _("Tagged “%s”"), tag ? deck_custom_tag_get_label (tag) : self->tag_filter);
    }

  gtk_label_set_label (self->filter_label, text->str);
}

static void
tag_load_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DeckPager *pager = DECK_PAGER (source);
  DeckCampaignsPage *self;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  if (!deck_pager_load_finish (pager, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_CAMPAIGNS_PAGE (user_data);
  if (self->tag_pager != pager)
    return;

  if (error != NULL)
    {
      show_error_toast (self, _("Could not filter by tag"), error);
      g_clear_pointer (&self->tag_filter, g_free);
      g_clear_object (&self->tag_pager);
      update_filter_label (self);
      refilter (self);
      return;
    }

  g_clear_pointer (&self->tag_ids, g_hash_table_unref);
  self->tag_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  model = deck_pager_get_model (pager);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckCampaign) campaign = g_list_model_get_item (model, i);

      g_hash_table_add (self->tag_ids, g_strdup (deck_campaign_get_id (campaign)));
    }
  g_clear_object (&self->tag_pager);
  refilter (self);
}

void
deck_campaigns_page_set_tag_filter (DeckCampaignsPage *self,
                                    const char        *tag_id)
{
  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  if (tag_id != NULL && *tag_id == '\0')
    tag_id = NULL;
  if (g_strcmp0 (self->tag_filter, tag_id) == 0)
    return;

  g_set_str (&self->tag_filter, tag_id);
  g_clear_pointer (&self->tag_ids, g_hash_table_unref);
  g_cancellable_cancel (self->tag_cancellable);
  g_clear_object (&self->tag_cancellable);
  g_clear_object (&self->tag_pager);

  /* Campaigns carry no tags: the server says which ones have this one. */
  if (tag_id != NULL && self->workspace != NULL)
    {
      self->tag_cancellable = g_cancellable_new ();
      self->tag_pager = deck_client_list_campaigns (deck_workspace_get_client (self->workspace),
                                                    NULL, -1, tag_id);
      deck_pager_load_async (self->tag_pager, self->tag_cancellable, tag_load_cb, self);
    }

  update_filter_label (self);
  refilter (self);
}

void
deck_campaigns_page_set_status_filter (DeckCampaignsPage *self,
                                       int                status)
{
  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  if (self->status_filter == status)
    return;

  self->status_filter = status;
  update_filter_label (self);
  refilter (self);

  if (self->status_row != NULL && !self->syncing_rows)
    {
      guint position = 0;

      for (guint i = 0; i < G_N_ELEMENTS (filter_statuses); i++)
        if (filter_statuses[i] == status)
          position = i + 1;
      self->syncing_rows = TRUE;
      adw_combo_row_set_selected (self->status_row, position);
      self->syncing_rows = FALSE;
    }
}

static void
on_status_row_selected (DeckCampaignsPage *self,
                        GParamSpec        *pspec,
                        AdwComboRow       *row)
{
  guint position = adw_combo_row_get_selected (row);

  if (self->syncing_rows)
    return;

  self->syncing_rows = TRUE;
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    deck_campaigns_page_set_status_filter (self, DECK_CAMPAIGN_FILTER_ALL);
  else
    deck_campaigns_page_set_status_filter (self, filter_statuses[position - 1]);
  self->syncing_rows = FALSE;
}

static void
on_tag_row_selected (DeckCampaignsPage *self,
                     GParamSpec        *pspec,
                     AdwComboRow       *row)
{
  guint position = adw_combo_row_get_selected (row);

  if (self->syncing_rows)
    return;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > self->tag_row_ids->len)
    deck_campaigns_page_set_tag_filter (self, NULL);
  else
    deck_campaigns_page_set_tag_filter (self, g_ptr_array_index (self->tag_row_ids, position - 1));
}

static void
rebuild_tag_rows (DeckCampaignsPage *self)
{
  GListModel *tags = self->workspace ? deck_workspace_get_custom_tags (self->workspace) : NULL;
  guint n = tags ? g_list_model_get_n_items (tags) : 0;
  guint selected = 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  self->syncing_rows = TRUE;

  g_ptr_array_set_size (self->tag_row_ids, 0);
  g_ptr_array_add (labels, (gpointer) _("Any Tag"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckCustomTag) tag = g_list_model_get_item (tags, i);

      g_ptr_array_add (self->tag_row_ids, g_strdup (deck_custom_tag_get_id (tag)));
      g_ptr_array_add (labels, (gpointer) deck_custom_tag_get_label (tag));
      if (g_strcmp0 (self->tag_filter, deck_custom_tag_get_id (tag)) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->tag_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->tag_labels)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->tag_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_row), n > 0);

  self->syncing_rows = FALSE;
}

static void
on_tags_changed (DeckCampaignsPage *self)
{
  rebuild_tag_rows (self);
  update_filter_label (self);
}

static void
build_filter_popover (DeckCampaignsPage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list_box = gtk_list_box_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_statuses); i++)
    {
      g_autofree char *words = deck_campaign_status_to_string (filter_statuses[i]);

      gtk_string_list_append (statuses, words);
    }

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  gtk_widget_set_size_request (list_box, 300, -1);

  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("_Status"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->status_row), TRUE);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (on_status_row_selected), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list_box), GTK_WIDGET (self->status_row));

  self->tag_labels = gtk_string_list_new (NULL);
  self->tag_row_ids = g_ptr_array_new_with_free_func (g_free);
  self->tag_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tag_row), _("_Tag"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->tag_row), TRUE);
  adw_combo_row_set_model (self->tag_row, G_LIST_MODEL (self->tag_labels));
  adw_combo_row_set_enable_search (self->tag_row, TRUE);
  g_signal_connect_object (self->tag_row, "notify::selected",
                           G_CALLBACK (on_tag_row_selected), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list_box), GTK_WIDGET (self->tag_row));

  gtk_widget_set_margin_top (list_box, 6);
  gtk_widget_set_margin_bottom (list_box, 6);
  gtk_widget_set_margin_start (list_box, 6);
  gtk_widget_set_margin_end (list_box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), list_box);
  gtk_menu_button_set_popover (self->filter_button, popover);

  rebuild_tag_rows (self);
}

/* ------------------------------------------------------------------ state */

static void
set_state (DeckCampaignsPage *self,
           const char        *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static guint
n_source_items (DeckCampaignsPage *self)
{
  if (self->workspace == NULL)
    return 0;

  return g_list_model_get_n_items (deck_workspace_get_campaigns (self->workspace));
}

static void
update_state (DeckCampaignsPage *self)
{
  if (self->filter_model == NULL)
    return;

  if (self->workspace == NULL)
    set_state (self, "empty");
  else if (self->loading && !self->loaded_once)
    set_state (self, "loading");
  else if (self->error != NULL && !self->loaded_once)
    set_state (self, "error");
  else if (!self->loaded_once && !self->loading)
    set_state (self, "loading");
  else if (n_source_items (self) == 0)
    set_state (self, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
           gtk_filter_list_model_get_pending (self->filter_model) == 0)
    set_state (self, "no-matches");
  else
    set_state (self, "results");

  /* A campaign just added is selected once the filter and sort let it in. */
  if (self->want_selected != NULL &&
      gtk_filter_list_model_get_pending (self->filter_model) == 0 &&
      gtk_sort_list_model_get_pending (self->sort_model) == 0)
    {
      g_autoptr(DeckCampaign) campaign = g_steal_pointer (&self->want_selected);

      deck_campaigns_page_select (self, campaign);
    }
}

/* ------------------------------------------------------------------ figures */

typedef struct
{
  DeckCampaignsPage *self;
  GCancellable      *cancellable;
} FiguresCall;

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return -1;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return json_node_get_int (node);
    case G_TYPE_DOUBLE:
      return (gint64) json_node_get_double (node);
    case G_TYPE_STRING:
      return g_ascii_strtoll (json_node_get_string (node), NULL, 10);
    default:
      return -1;
    }
}

static void
figures_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  FiguresCall *call = user_data;
  DeckCampaignsPage *self = call->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  rows = deck_client_get_campaigns_analytics_finish (DECK_CLIENT (source), result, &error);

  if (g_cancellable_is_cancelled (call->cancellable))
    goto out;

  self->figures_pending--;

  if (rows == NULL)
    {
      /* The table works without figures; they stay "—". */
      g_debug ("Loading the campaign figures failed: %s", error->message);
      goto out;
    }

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      DeckCampaignFigures *figures;
      const char *id;

      if (row == NULL || (id = json_object_get_string_member_with_default (row, "campaign_id", NULL)) == NULL)
        continue;

      figures = g_new0 (DeckCampaignFigures, 1);
      figures->leads = member_int (row, "leads_count");
      figures->contacted = member_int (row, "contacted_count");
      figures->sent = member_int (row, "emails_sent_count");
      figures->opened = member_int (row, "open_count_unique");
      if (figures->opened < 0)
        figures->opened = member_int (row, "open_count");
      figures->replied = member_int (row, "reply_count_unique");
      if (figures->replied < 0)
        figures->replied = member_int (row, "reply_count");
      figures->bounced = member_int (row, "bounced_count");
      figures->opportunities = member_int (row, "total_opportunities");
      g_hash_table_replace (self->figures, g_strdup (id), figures);
    }

  g_signal_emit (self, signals[FIGURES_CHANGED], 0);
  for (guint c = FIRST_FIGURE; c < N_COLUMNS; c++)
    gtk_sorter_changed (self->figure_sorters[c], GTK_SORTER_CHANGE_DIFFERENT);

out:
  g_object_unref (call->cancellable);
  g_free (call);
}

static void
load_figures (DeckCampaignsPage *self)
{
  GListModel *campaigns;
  guint n;
  g_autoptr(GPtrArray) ids = NULL;
  DeckClient *client;

  if (self->workspace == NULL)
    return;

  g_cancellable_cancel (self->figures_cancellable);
  g_clear_object (&self->figures_cancellable);
  self->figures_cancellable = g_cancellable_new ();
  self->figures_pending = 0;

  client = deck_workspace_get_client (self->workspace);
  campaigns = deck_workspace_get_campaigns (self->workspace);
  n = g_list_model_get_n_items (campaigns);
  ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i <= n; i++)
    {
      if (i < n)
        {
          g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);

          g_ptr_array_add (ids, g_strdup (deck_campaign_get_id (campaign)));
        }

      if (ids->len > 0 && (ids->len == FIGURES_CHUNK || i == n))
        {
          FiguresCall *call = g_new0 (FiguresCall, 1);

          call->self = self;
          call->cancellable = g_object_ref (self->figures_cancellable);
          g_ptr_array_add (ids, NULL);
          self->figures_pending++;
          deck_client_get_campaigns_analytics_async (client,
                                                     (const char * const *) ids->pdata,
                                                     NULL, NULL,
                                                     self->figures_cancellable,
                                                     figures_cb, call);
          g_ptr_array_set_size (ids, 0);
        }
    }
}

/* ------------------------------------------------------------------ loading */

static void
show_load_error (DeckCampaignsPage *self,
                 const GError      *error)
{
  g_autofree char *description = deck_api_error_describe (error);

  adw_status_page_set_title (self->error_page, deck_api_error_get_title (error));
  adw_status_page_set_description (self->error_page, description);

  /* After a success the list stays; the failure is only reported. */
  if (self->loaded_once)
    show_error_toast (self, _("Could not refresh the campaigns"), error);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckWorkspace *workspace = DECK_WORKSPACE (source);
  DeckCampaignsPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone: do not touch it. */
  if (!deck_workspace_load_campaigns_finish (workspace, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_CAMPAIGNS_PAGE (user_data);
  if (self->workspace != workspace)
    return;

  self->loading = FALSE;
  g_clear_error (&self->error);

  if (error != NULL)
    {
      g_debug ("Loading the campaigns failed: %s", error->message);
      show_load_error (self, error);
      self->error = g_steal_pointer (&error);
    }
  else
    {
      self->loaded_once = TRUE;
      load_figures (self);
    }

  update_state (self);
  update_actions (self);
}

void
deck_campaigns_page_reload (DeckCampaignsPage *self)
{
  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  if (self->workspace == NULL || self->loading)
    return;

  self->loading = TRUE;
  self->load_wanted = FALSE;
  update_state (self);

  deck_workspace_load_campaigns_async (self->workspace, self->cancellable, load_cb, self);

  /* A tag filter's set may have changed too. */
  if (self->tag_filter != NULL)
    {
      g_autofree char *tag = g_strdup (self->tag_filter);

      deck_campaigns_page_set_tag_filter (self, NULL);
      deck_campaigns_page_set_tag_filter (self, tag);
    }
}

static void
on_items_changed (DeckCampaignsPage *self)
{
  update_state (self);
}

static void
on_pending_changed (DeckCampaignsPage *self)
{
  update_state (self);
}

static void
on_search_changed (DeckCampaignsPage *self,
                   GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_string_filter_set_search (self->search_filter, *text ? text : NULL);
  update_state (self);
}

/* ------------------------------------------------------------------ selection */

DeckCampaign *
deck_campaigns_page_get_selected (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (DeckCampaignsPage *self)
{
  DeckCampaign *campaign = deck_campaigns_page_get_selected (self);
  gboolean ready = self->workspace != NULL;
  gboolean one = ready && campaign != NULL;
  int status = campaign ? deck_campaign_get_status (campaign) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.import", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.find-by-lead", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.edit", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.subsequences", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.analytics", one);
  /* The server decides; these only hide what cannot make sense. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.activate",
                                 one && status != DECK_CAMPAIGN_STATUS_ACTIVE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.pause",
                                 one && status != DECK_CAMPAIGN_STATUS_PAUSED &&
                                 status != DECK_CAMPAIGN_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.duplicate", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.export", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.share", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.delete", one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.undo-delete",
                                 g_hash_table_size (self->pending) > 0);
}

static void
on_selected_notify (DeckCampaignsPage *self,
                    GParamSpec        *pspec,
                    DeckCampaign      *campaign)
{
  update_actions (self);
  if (g_strcmp0 (pspec->name, "status") == 0 ||
      g_strcmp0 (pspec->name, "not-sending-status") == 0)
    update_banner (self);
}

static void
on_selection_changed (DeckCampaignsPage *self)
{
  DeckCampaign *campaign = deck_campaigns_page_get_selected (self);

  if (campaign != self->banner_campaign)
    {
      if (self->banner_campaign != NULL)
        g_signal_handlers_disconnect_by_func (self->banner_campaign, on_selected_notify, self);
      g_set_object (&self->banner_campaign, campaign);
      if (campaign != NULL)
        g_signal_connect_object (campaign, "notify", G_CALLBACK (on_selected_notify), self,
                                 G_CONNECT_SWAPPED);
      update_banner (self);
    }

  update_actions (self);
}

gboolean
deck_campaigns_page_select (DeckCampaignsPage *self,
                            DeckCampaign      *campaign)
{
  GListModel *model;

  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), FALSE);
  g_return_val_if_fail (DECK_IS_CAMPAIGN (campaign), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckCampaign) item = g_list_model_get_item (model, i);

      if (item == campaign)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_column_view_scroll_to (self->column_view, i, NULL, GTK_LIST_SCROLL_NONE, NULL);
          return TRUE;
        }
    }

  return FALSE;
}

static void
select_when_shown (DeckCampaignsPage *self,
                   DeckCampaign      *campaign)
{
  if (deck_campaigns_page_select (self, campaign))
    return;

  g_set_object (&self->want_selected, campaign);
  update_state (self);
}

/* ------------------------------------------------------------------ banner */

typedef struct
{
  DeckCampaignsPage *self;
  GCancellable      *cancellable;
  DeckCampaign      *campaign;
} SendingCall;

static void
show_banner (DeckCampaignsPage *self,
             DeckCampaign      *campaign,
             JsonObject        *reply)
{
  g_autoptr(DeckSendingAdvice) advice = NULL;

  advice = deck_sending_advice_new (deck_campaign_get_status (campaign),
                                    deck_campaign_get_not_sending_status (campaign),
                                    reply);

  if (advice == NULL)
    {
      adw_banner_set_revealed (self->sending_banner, FALSE);
      return;
    }

  adw_banner_set_title (self->sending_banner, advice->text);
  adw_banner_set_button_label (self->sending_banner, advice->button_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sending_banner), advice->action_name);
  adw_banner_set_revealed (self->sending_banner, TRUE);
}

static void
sending_status_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SendingCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) reply = NULL;

  reply = deck_client_get_sending_status_finish (DECK_CLIENT (source), result, &error);

  if (!g_cancellable_is_cancelled (call->cancellable))
    {
      if (reply == NULL)
        g_debug ("Reading the sending status failed: %s", error->message);
      /* Without the diagnostics, the campaign's own status still says something. */
      show_banner (call->self, call->campaign, reply);
    }

  g_object_unref (call->campaign);
  g_object_unref (call->cancellable);
  g_free (call);
}

static void
update_banner (DeckCampaignsPage *self)
{
  DeckCampaign *campaign = self->banner_campaign;
  SendingCall *call;

  g_cancellable_cancel (self->sending_cancellable);
  g_clear_object (&self->sending_cancellable);

  if (campaign == NULL || self->workspace == NULL)
    {
      adw_banner_set_revealed (self->sending_banner, FALSE);
      return;
    }

  /* Words from what is known at once; the diagnostics refine them. */
  show_banner (self, campaign, NULL);

  self->sending_cancellable = g_cancellable_new ();
  call = g_new0 (SendingCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->sending_cancellable);
  call->campaign = g_object_ref (campaign);
  deck_client_get_sending_status_async (deck_workspace_get_client (self->workspace),
                                        deck_campaign_get_id (campaign),
                                        self->sending_cancellable,
                                        sending_status_cb, call);
}

/* ------------------------------------------------------------------ activate, pause */

typedef struct
{
  DeckCampaignsPage *self;
  GCancellable      *cancellable;
  DeckWorkspace     *workspace;
  DeckCampaignAction action;
  char              *name;
} ActionCall;

static void
action_call_free (ActionCall *call)
{
  g_object_unref (call->cancellable);
  g_object_unref (call->workspace);
  g_free (call->name);
  g_free (call);
}

static void
campaign_action_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ActionCall *call = user_data;
  DeckCampaignsPage *self = call->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCampaign) fresh = NULL;
  g_autofree char *text = NULL;

  fresh = deck_client_campaign_action_finish (DECK_CLIENT (source), result, &error);

  /* The status shown is the one the server answered with. */
  if (fresh != NULL)
    deck_workspace_update_campaign (call->workspace, fresh);

  if (g_cancellable_is_cancelled (call->cancellable))
    {
      action_call_free (call);
      return;
    }

  if (fresh == NULL)
    {
      if (call->action == DECK_CAMPAIGN_ACTION_ACTIVATE)
        /* Translators: %s is a campaign's name */
        text = g_strdup_printf (_("Could not activate “%s”"), call->name);
      else
        /* Translators: %s is a campaign's name */
        text = g_strdup_printf (_("Could not pause “%s”"), call->name);
      show_error_toast (self, text, error);
    }
  else
    {
      g_autofree char *status = deck_campaign_status_to_string (deck_campaign_get_status (fresh));

      /* Translators: the first %s is a campaign's name, the second its new status ("Active") */
      text = g_strdup_printf (_("“%s” is now %s"), deck_campaign_get_name (fresh), status);
      show_toast (self, text);
      update_banner (self);
    }

  update_actions (self);
  action_call_free (call);
}

static void
run_campaign_action (DeckCampaignsPage  *self,
                     DeckCampaign       *campaign,
                     DeckCampaignAction  action)
{
  ActionCall *call = g_new0 (ActionCall, 1);

  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->workspace = g_object_ref (self->workspace);
  call->action = action;
  call->name = g_strdup (deck_campaign_get_name (campaign));

  deck_client_campaign_action_async (deck_workspace_get_client (self->workspace),
                                     deck_campaign_get_id (campaign), action,
                                     self->cancellable, campaign_action_cb, call);
}

/* ------------------------------------------------------------------ delete with undo */

typedef struct
{
  GWeakRef       page;
  DeckWorkspace *workspace;
  DeckCampaign  *campaign;
  GApplication  *application;
} DeleteCall;

static void
deletion_free (Deletion *deletion)
{
  g_clear_object (&deletion->campaign);
  g_clear_object (&deletion->toast);
  g_free (deletion);
}

static void
delete_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeleteCall *call = user_data;
  g_autoptr(DeckCampaignsPage) self = g_weak_ref_get (&call->page);
  g_autoptr(GError) error = NULL;
  const char *id = deck_campaign_get_id (call->campaign);
  gboolean ok;

  ok = deck_client_delete_campaign_finish (DECK_CLIENT (source), result, &error);

  if (ok)
    deck_workspace_remove_campaign (call->workspace, id);

  if (self != NULL)
    {
      self->n_in_flight--;
      g_hash_table_remove (self->deleting, id);
      if (!ok)
        {
          /* Translators: %s is a campaign's name */
          g_autofree char *what = g_strdup_printf (_("Could not delete “%s”"),
                                                   deck_campaign_get_name (call->campaign));

          show_error_toast (self, what, error);
          refilter (self);
        }
    }
  else if (!ok)
    g_warning ("Deleting campaign %s failed: %s", id, error->message);

  if (call->application != NULL)
    {
      g_application_release (call->application);
      g_object_unref (call->application);
    }
  g_weak_ref_clear (&call->page);
  g_object_unref (call->workspace);
  g_object_unref (call->campaign);
  g_free (call);
}

/* Sends the DELETE of a deletion whose toast went without Undo. It is not tied to
 * the page's life: closing the window must not lose it. */
static void
commit_deletion (DeckCampaignsPage *self,
                 const char        *id)
{
  g_autofree char *key = NULL;
  Deletion *deletion = NULL;
  DeleteCall *call;

  if (!g_hash_table_steal_extended (self->pending, id, (gpointer *) &key, (gpointer *) &deletion))
    return;

  if (deletion->toast != NULL)
    g_signal_handlers_disconnect_by_data (deletion->toast, self);

  call = g_new0 (DeleteCall, 1);
  g_weak_ref_init (&call->page, self);
  call->workspace = g_object_ref (self->workspace);
  call->campaign = g_object_ref (deletion->campaign);
  call->application = g_application_get_default ();
  if (call->application != NULL)
    {
      g_object_ref (call->application);
      g_application_hold (call->application);
    }

  g_hash_table_add (self->deleting, g_strdup (id));
  self->n_in_flight++;
  deck_client_delete_campaign_async (deck_workspace_get_client (self->workspace), id,
                                     NULL, delete_cb, call);

  deletion_free (deletion);
  update_actions (self);
}

static void
undo_deletion (DeckCampaignsPage *self,
               const char        *id)
{
  Deletion *deletion = g_hash_table_lookup (self->pending, id);
  g_autoptr(AdwToast) toast = NULL;

  if (deletion == NULL)
    return;

  toast = deletion->toast ? g_object_ref (deletion->toast) : NULL;
  if (toast != NULL)
    g_signal_handlers_disconnect_by_data (toast, self);
  g_hash_table_remove (self->pending, id);

  refilter (self);
  update_actions (self);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
on_delete_toast_undo (DeckCampaignsPage *self,
                      AdwToast          *toast)
{
  undo_deletion (self, g_object_get_data (G_OBJECT (toast), "deck-campaign-id"));
}

static void
on_delete_toast_dismissed (DeckCampaignsPage *self,
                           AdwToast          *toast)
{
  commit_deletion (self, g_object_get_data (G_OBJECT (toast), "deck-campaign-id"));
}

static void
delete_campaign (DeckCampaignsPage *self,
                 DeckCampaign      *campaign)
{
  const char *id = deck_campaign_get_id (campaign);
  Deletion *deletion;
  AdwToast *toast;
  g_autofree char *title = NULL;

  if (id == NULL || g_hash_table_contains (self->pending, id))
    return;

  /* Translators: %s is a campaign's name */
  title = g_strdup_printf (_("Campaign “%s” deleted"), deck_campaign_get_name (campaign));
  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, self->undo_timeout);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "deck-campaign-id", g_strdup (id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_toast_undo), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed), self,
                           G_CONNECT_SWAPPED);

  deletion = g_new0 (Deletion, 1);
  deletion->campaign = g_object_ref (campaign);
  deletion->toast = g_object_ref (toast);
  g_hash_table_insert (self->pending, g_strdup (id), deletion);

  refilter (self);
  update_actions (self);
  show_toast_full (self, toast);
}

void
deck_campaigns_page_flush_deletions (DeckCampaignsPage *self)
{
  g_autofree gpointer *ids = NULL;
  guint n;

  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  ids = g_hash_table_get_keys_as_array (self->pending, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup (ids[i]);

      commit_deletion (self, id);
    }
}

/* ------------------------------------------------------------------ duplicate */

typedef struct
{
  DeckCampaignsPage *self;
  GCancellable      *cancellable;
  DeckWorkspace     *workspace;
  char              *name;
  char              *id;
} AddCall;

static void
add_call_free (AddCall *call)
{
  g_object_unref (call->cancellable);
  g_object_unref (call->workspace);
  g_free (call->name);
  g_free (call->id);
  g_free (call);
}

/* A created campaign (duplicate, import) joins the list and is selected. */
static void
finish_add (AddCall      *call,
            DeckCampaign *created,
            gboolean      imported)
{
  DeckCampaign *in_model = created ? deck_workspace_add_campaign (call->workspace, created) : NULL;
  DeckCampaignsPage *self = call->self;

  if (g_cancellable_is_cancelled (call->cancellable) || in_model == NULL)
    return;

  {
    g_autofree char *text = NULL;

    if (imported)
      /* Translators: %s is the imported campaign's name */
      text = g_strdup_printf (_("Imported “%s”"), deck_campaign_get_name (in_model));
    else
      /* Translators: %s is the new campaign's name */
      text = g_strdup_printf (_("Duplicated as “%s”"), deck_campaign_get_name (in_model));
    show_toast (self, text);
  }
  select_when_shown (self, in_model);
  load_figures (self);
}

static void
duplicate_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AddCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCampaign) created = NULL;

  created = deck_client_duplicate_campaign_finish (DECK_CLIENT (source), result, &error);
  if (created == NULL && !g_cancellable_is_cancelled (call->cancellable))
    {
      /* Translators: %s is a campaign's name */
      g_autofree char *what = g_strdup_printf (_("Could not duplicate “%s”"), call->name);

      show_error_toast (call->self, what, error);
    }
  finish_add (call, created, FALSE);
  add_call_free (call);
}

void
deck_campaigns_page_duplicate (DeckCampaignsPage *self,
                               DeckCampaign      *campaign,
                               const char        *name)
{
  AddCall *call;

  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (DECK_IS_CAMPAIGN (campaign));
  g_return_if_fail (self->workspace != NULL);

  call = g_new0 (AddCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->workspace = g_object_ref (self->workspace);
  call->name = g_strdup (deck_campaign_get_name (campaign));

  deck_client_duplicate_campaign_async (deck_workspace_get_client (self->workspace),
                                        deck_campaign_get_id (campaign),
                                        name != NULL && *name ? name : NULL,
                                        self->cancellable, duplicate_cb, call);
}

/* An alert with one entry row; @response_id is enabled while the entry has text. */
static GtkWidget *
add_entry_row (AdwAlertDialog *dialog,
               const char     *title,
               const char     *text)
{
  GtkWidget *list_box = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list_box), row);
  adw_alert_dialog_set_extra_child (dialog, list_box);
  g_object_set_data (G_OBJECT (dialog), "deck-entry", row);

  return row;
}

static void
on_entry_changed (AdwAlertDialog *dialog,
                  GtkEditable    *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));
  const char *response = g_object_get_data (G_OBJECT (dialog), "deck-response");

  adw_alert_dialog_set_response_enabled (dialog, response, text[0] != '\0');
}

static char *
dialog_dup_entry (AdwAlertDialog *dialog)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "deck-entry");

  return g_strstrip (g_strdup (gtk_editable_get_text (row)));
}

static void
on_duplicate_response (DeckCampaignsPage *self,
                       const char        *response,
                       AdwAlertDialog    *dialog)
{
  DeckCampaign *campaign = g_object_get_data (G_OBJECT (dialog), "deck-campaign");
  g_autofree char *name = dialog_dup_entry (dialog);

  if (g_strcmp0 (response, "duplicate") == 0 && *name != '\0' && self->workspace != NULL)
    deck_campaigns_page_duplicate (self, campaign, name);
}

static void
ask_duplicate (DeckCampaignsPage *self,
               DeckCampaign      *campaign)
{
  AdwDialog *dialog;
  GtkWidget *row;
  /* Translators: the default name of a copy; %s is the campaign's name */
  g_autofree char *name = g_strdup_printf (_("%s (copy)"), deck_campaign_get_name (campaign));

  dialog = adw_alert_dialog_new (_("Duplicate Campaign"),
                                 _("The copy has the same sequence, schedule, senders and options, and starts as a draft."));
  row = add_entry_row (ADW_ALERT_DIALOG (dialog), _("Name of the Copy"), name);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "duplicate", _("_Duplicate"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "duplicate", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "duplicate");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "deck-response", (gpointer) "duplicate");
  g_object_set_data_full (G_OBJECT (dialog), "deck-campaign", g_object_ref (campaign), g_object_unref);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_entry_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicate_response), self, G_CONNECT_SWAPPED);

  present_dialog (self, dialog);
  gtk_widget_grab_focus (row);
}

/* ------------------------------------------------------------------ import */

static void
import_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AddCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCampaign) created = NULL;

  created = deck_client_import_shared_campaign_finish (DECK_CLIENT (source), result, &error);
  if (created == NULL && !g_cancellable_is_cancelled (call->cancellable))
    {
      g_autofree char *what = NULL;

      if (g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN))
        /* Translators: %s is the id the person entered */
        what = g_strdup_printf (_("Campaign %s is not shared, or its share expired (shares last 7 days)"), call->name);
      else
        /* Translators: %s is the id the person entered */
        what = g_strdup_printf (_("Could not import campaign %s"), call->name);
      show_error_toast (call->self, what, error);
    }
  finish_add (call, created, TRUE);
  add_call_free (call);
}

void
deck_campaigns_page_import_shared (DeckCampaignsPage *self,
                                   const char        *shared_id)
{
  AddCall *call;

  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (shared_id != NULL);
  g_return_if_fail (self->workspace != NULL);

  call = g_new0 (AddCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->workspace = g_object_ref (self->workspace);
  call->name = g_strdup (shared_id);

  deck_client_import_shared_campaign_async (deck_workspace_get_client (self->workspace), shared_id,
                                            self->cancellable, import_cb, call);
}

static void
on_import_response (DeckCampaignsPage *self,
                    const char        *response,
                    AdwAlertDialog    *dialog)
{
  g_autofree char *id = dialog_dup_entry (dialog);

  if (g_strcmp0 (response, "import") == 0 && *id != '\0' && self->workspace != NULL)
    deck_campaigns_page_import_shared (self, id);
}

static void
ask_import (DeckCampaignsPage *self)
{
  AdwDialog *dialog;
  GtkWidget *row;

  dialog = adw_alert_dialog_new (_("Import a Shared Campaign"),
                                 _("Enter the id of a campaign someone shared with you in the last 7 days. A copy of it is added to this workspace as a draft."));
  row = add_entry_row (ADW_ALERT_DIALOG (dialog), _("Shared Campaign ID"), NULL);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "import", _("_Import"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (dialog), "import", FALSE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "import");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "deck-response", (gpointer) "import");
  g_signal_connect_object (row, "changed", G_CALLBACK (on_entry_changed), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_response), self, G_CONNECT_SWAPPED);

  present_dialog (self, dialog);
  gtk_widget_grab_focus (row);
}

/* ------------------------------------------------------------------ share */

static void
on_share_response (DeckCampaignsPage *self,
                   const char        *response,
                   AdwAlertDialog    *dialog)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "deck-id");

  if (g_strcmp0 (response, "copy") == 0)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), id);
      show_toast (self, _("Campaign ID copied"));
    }
}

static void
share_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AddCall *call = user_data;
  DeckCampaignsPage *self = call->self;
  g_autoptr(GError) error = NULL;
  const char *shared_id = call->id;
  gboolean ok;

  ok = deck_client_share_campaign_finish (DECK_CLIENT (source), result, &error);

  if (g_cancellable_is_cancelled (call->cancellable))
    {
      add_call_free (call);
      return;
    }

  if (!ok)
    {
      /* Translators: %s is a campaign's name */
      g_autofree char *what = g_strdup_printf (_("Could not share “%s”"), call->name);

      show_error_toast (self, what, error);
    }
  else
    {
      AdwDialog *dialog;
      GtkWidget *label;

      dialog = adw_alert_dialog_new (_("Campaign Shared"), NULL);
      /* Translators: %s is a campaign's name */
      adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog),
                                    _("For the next 7 days, anyone can import a copy of “%s” into their workspace with this ID:"),
                                    call->name);
      label = gtk_label_new (shared_id);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
      gtk_widget_add_css_class (label, "monospace");
      gtk_widget_add_css_class (label, "title-4");
      adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), label);
      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "close", _("_Close"),
                                      "copy", _("_Copy ID"),
                                      NULL);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
      adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "copy");
      adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
      g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (shared_id), g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_share_response), self, G_CONNECT_SWAPPED);

      /* Translators: %s is a campaign's name */
      {
        g_autofree char *text = g_strdup_printf (_("“%s” is shared for 7 days"), call->name);

        g_set_str (&self->last_toast, text);
      }
      present_dialog (self, dialog);
    }

  add_call_free (call);
}

static void
share_campaign (DeckCampaignsPage *self,
                DeckCampaign      *campaign)
{
  AddCall *call = g_new0 (AddCall, 1);

  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->workspace = g_object_ref (self->workspace);
  call->name = g_strdup (deck_campaign_get_name (campaign));
  /* The id to import is the campaign's own. */
  call->id = g_strdup (deck_campaign_get_id (campaign));

  deck_client_share_campaign_async (deck_workspace_get_client (self->workspace),
                                    deck_campaign_get_id (campaign),
                                    self->cancellable, share_cb, call);
}

/* ------------------------------------------------------------------ export */

typedef struct
{
  DeckCampaignsPage *self;
  GCancellable      *cancellable;
  GFile             *file;
  char              *name;
} ExportCall;

static void
export_call_free (ExportCall *call)
{
  g_object_unref (call->cancellable);
  g_clear_object (&call->file);
  g_free (call->name);
  g_free (call);
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportCall *call = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      if (!g_cancellable_is_cancelled (call->cancellable))
        {
          /* Translators: the first %s is a campaign's name, the second the file system's error */
          g_autofree char *text = g_strdup_printf (_("Could not save “%s”: %s"), call->name, error->message);

          show_toast (call->self, text);
        }
    }
  else if (!g_cancellable_is_cancelled (call->cancellable))
    {
      g_autofree char *basename = g_file_get_basename (call->file);
      /* Translators: the first %s is a campaign's name, the second a file name */
      g_autofree char *text = g_strdup_printf (_("Exported “%s” to %s"), call->name, basename);

      show_toast (call->self, text);
    }

  export_call_free (call);
}

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ExportCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length;
  GBytes *bytes;

  exported = deck_client_export_campaign_finish (DECK_CLIENT (source), result, &error);
  if (g_cancellable_is_cancelled (call->cancellable))
    {
      export_call_free (call);
      return;
    }
  if (exported == NULL)
    {
      /* Translators: %s is a campaign's name */
      g_autofree char *what = g_strdup_printf (_("Could not export “%s”"), call->name);

      show_error_toast (call->self, what, error);
      export_call_free (call);
      return;
    }

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, exported);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  /* A text file ends with a newline. */
  bytes = g_bytes_new_take (g_strconcat (text, "\n", NULL), length + 1);

  g_file_replace_contents_bytes_async (call->file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION,
                                       call->cancellable, export_written_cb, call);
  g_bytes_unref (bytes);
}

void
deck_campaigns_page_export (DeckCampaignsPage *self,
                            DeckCampaign      *campaign,
                            GFile             *file)
{
  ExportCall *call;

  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (DECK_IS_CAMPAIGN (campaign));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->workspace != NULL);

  call = g_new0 (ExportCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->file = g_object_ref (file);
  call->name = g_strdup (deck_campaign_get_name (campaign));

  deck_client_export_campaign_async (deck_workspace_get_client (self->workspace),
                                     deck_campaign_get_id (campaign),
                                     self->cancellable, export_cb, call);
}

static void
export_file_chosen_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ExportCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  DeckCampaign *campaign;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  campaign = g_object_get_data (G_OBJECT (source), "deck-campaign");

  if (file != NULL && !g_cancellable_is_cancelled (call->cancellable) &&
      call->self->workspace != NULL)
    deck_campaigns_page_export (call->self, campaign, file);
  else if (file == NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
           !g_cancellable_is_cancelled (call->cancellable))
    g_debug ("The save dialog failed: %s", error->message);

  export_call_free (call);
}

static void
ask_export (DeckCampaignsPage *self,
            DeckCampaign      *campaign)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *name = g_strdup_printf ("%s.json", deck_campaign_get_name (campaign));
  ExportCall *call = g_new0 (ExportCall, 1);

  /* A name is a file name too: no slashes. */
  g_strdelimit (name, "/\\", '-');

  gtk_file_filter_set_name (filter, _("JSON Files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  g_list_store_append (filters, filter);

  gtk_file_dialog_set_title (dialog, _("Export Campaign as JSON"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  g_object_set_data_full (G_OBJECT (dialog), "deck-campaign", g_object_ref (campaign), g_object_unref);

  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                        self->cancellable, export_file_chosen_cb, call);
}

/* ------------------------------------------------------------------ editor */

static void
on_editor_saved (DeckCampaignsPage *self,
                 DeckCampaign      *saved)
{
  DeckCampaign *in_model;

  if (self->workspace == NULL)
    return;

  /* A created campaign joins the list; an edited one is updated in place. */
  in_model = deck_workspace_add_campaign (self->workspace, saved);
  if (in_model != NULL)
    {
      select_when_shown (self, in_model);
      update_banner (self);
    }
}

static void
open_campaign_editor (DeckCampaignsPage *self,
                      DeckCampaign      *campaign)
{
  DeckCampaignEditor *editor = deck_campaign_editor_new (self->workspace, campaign);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  present_dialog (self, ADW_DIALOG (editor));
}

/* ------------------------------------------------------------------ actions */

static void
on_lead_dialog_open (DeckCampaignsPage *self,
                     DeckCampaign      *campaign,
                     AdwDialog         *dialog)
{
  DeckCampaign *in_model = self->workspace
                             ? deck_workspace_lookup_campaign (self->workspace, deck_campaign_get_id (campaign))
                             : NULL;

  adw_dialog_close (dialog);
  if (in_model == NULL || !deck_campaigns_page_select (self, in_model))
    {
      /* The filters may hide it. */
      deck_campaigns_page_set_status_filter (self, DECK_CAMPAIGN_FILTER_ALL);
      deck_campaigns_page_set_tag_filter (self, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_string_filter_set_search (self->search_filter, NULL);
      if (in_model != NULL)
        deck_campaigns_page_select (self, in_model);
    }
}

static void
campaign_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DeckCampaignsPage *self = DECK_CAMPAIGNS_PAGE (widget);
  DeckCampaign *campaign = deck_campaigns_page_get_selected (self);
  const char *name = action_name + strlen ("campaigns.");

  if (self->workspace == NULL)
    return;

  if (g_str_equal (name, "new"))
    open_campaign_editor (self, NULL);
  else if (g_str_equal (name, "import"))
    ask_import (self);
  else if (g_str_equal (name, "find-by-lead"))
    {
      AdwDialog *dialog = ADW_DIALOG (deck_campaign_lead_dialog_new (self->workspace));

      g_signal_connect_object (dialog, "open-campaign", G_CALLBACK (on_lead_dialog_open), self,
                               G_CONNECT_SWAPPED);
      present_dialog (self, dialog);
    }
  else if (g_str_equal (name, "filter"))
    gtk_menu_button_popup (self->filter_button);
  else if (g_str_equal (name, "actions-menu"))
    gtk_menu_button_popup (self->actions_button);
  else if (g_str_equal (name, "undo-delete"))
    {
      /* The newest deletion first. */
      g_autofree gpointer *ids = NULL;
      guint n;

      ids = g_hash_table_get_keys_as_array (self->pending, &n);
      if (n > 0)
        {
          g_autofree char *id = g_strdup (ids[n - 1]);

          undo_deletion (self, id);
        }
    }
  else if (campaign == NULL)
    return;
  else if (g_str_equal (name, "edit"))
    open_campaign_editor (self, campaign);
  else if (g_str_equal (name, "activate"))
    run_campaign_action (self, campaign, DECK_CAMPAIGN_ACTION_ACTIVATE);
  else if (g_str_equal (name, "pause"))
    run_campaign_action (self, campaign, DECK_CAMPAIGN_ACTION_PAUSE);
  else if (g_str_equal (name, "duplicate"))
    ask_duplicate (self, campaign);
  else if (g_str_equal (name, "export"))
    ask_export (self, campaign);
  else if (g_str_equal (name, "share"))
    share_campaign (self, campaign);
  else if (g_str_equal (name, "delete"))
    delete_campaign (self, campaign);
  else if (g_str_equal (name, "subsequences"))
    present_dialog (self, ADW_DIALOG (deck_subsequences_dialog_new (self->workspace, campaign)));
  else if (g_str_equal (name, "analytics"))
    present_dialog (self, deck_campaign_analytics_dialog_new (self->workspace, campaign));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_campaigns_page_reload (DECK_CAMPAIGNS_PAGE (widget));
}

static void
on_row_activate (DeckCampaignsPage *self,
                 guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "campaigns.edit", NULL);
}

/* ------------------------------------------------------------------ public */

GtkWidget *
deck_campaigns_page_new (void)
{
  return g_object_new (DECK_TYPE_CAMPAIGNS_PAGE, NULL);
}

DeckWorkspace *
deck_campaigns_page_get_workspace (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->workspace;
}

static void
load_tags_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Tags are an extra: the filter just offers none. */
  if (!deck_workspace_load_custom_tags_finish (DECK_WORKSPACE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Loading the custom tags failed: %s", error->message);
}

/* Loads only once the page is seen: a window creates every section at start. */
static void
maybe_load (DeckCampaignsPage *self)
{
  GListModel *campaigns;

  if (self->workspace == NULL || !self->load_wanted || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->load_wanted = FALSE;
  campaigns = deck_workspace_get_campaigns (self->workspace);

  if (g_list_model_get_n_items (deck_workspace_get_custom_tags (self->workspace)) == 0 &&
      !deck_workspace_get_custom_tags_loading (self->workspace))
    deck_workspace_load_custom_tags_async (self->workspace, self->cancellable, load_tags_cb, NULL);

  /* Another view may have loaded them already. */
  if (g_list_model_get_n_items (campaigns) > 0 &&
      deck_workspace_get_campaigns_error (self->workspace) == NULL &&
      !deck_workspace_get_campaigns_loading (self->workspace))
    {
      self->loaded_once = TRUE;
      load_figures (self);
      update_state (self);
    }
  else
    deck_campaigns_page_reload (self);
}

void
deck_campaigns_page_set_workspace (DeckCampaignsPage *self,
                                   DeckWorkspace     *workspace)
{
  GListModel *campaigns = NULL;

  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    {
      /* Deletions the person left to happen still happen, in their workspace. */
      deck_campaigns_page_flush_deletions (self);
      g_signal_handlers_disconnect_by_func (deck_workspace_get_campaigns (self->workspace),
                                            on_items_changed, self);
      g_signal_handlers_disconnect_by_func (deck_workspace_get_custom_tags (self->workspace),
                                            on_tags_changed, self);
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
      g_cancellable_cancel (self->figures_cancellable);
      g_cancellable_cancel (self->sending_cancellable);
    }

  deck_campaigns_page_set_tag_filter (self, NULL);
  g_set_object (&self->workspace, workspace);
  self->loading = FALSE;
  self->loaded_once = FALSE;
  self->load_wanted = workspace != NULL;
  self->figures_pending = 0;
  g_hash_table_remove_all (self->figures);
  g_clear_error (&self->error);

  if (workspace != NULL)
    {
      campaigns = deck_workspace_get_campaigns (workspace);
      g_signal_connect_object (campaigns, "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (deck_workspace_get_custom_tags (workspace), "items-changed",
                               G_CALLBACK (on_tags_changed), self, G_CONNECT_SWAPPED);
    }

  gtk_filter_list_model_set_model (self->filter_model, campaigns);
  rebuild_tag_rows (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  maybe_load (self);
  update_state (self);
}

gboolean
deck_campaigns_page_get_search_mode (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), FALSE);

  return self->search_mode;
}

void
deck_campaigns_page_set_search_mode (DeckCampaignsPage *self,
                                     gboolean           search_mode)
{
  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  search_mode = !!search_mode;

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  if (self->search_mode == search_mode)
    return;

  self->search_mode = search_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

const char *
deck_campaigns_page_get_state (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->state;
}

gboolean
deck_campaigns_page_get_busy (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), FALSE);

  return self->loading ||
         self->figures_pending > 0 ||
         self->tag_pager != NULL ||
         gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0;
}

AdwStatusPage *
deck_campaigns_page_get_status_page (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  if (g_strcmp0 (self->state, "loading") == 0)
    return self->loading_page;
  if (g_strcmp0 (self->state, "empty") == 0)
    return self->empty_page;
  if (g_strcmp0 (self->state, "error") == 0)
    return self->error_page;
  if (g_strcmp0 (self->state, "no-matches") == 0)
    return self->no_matches_page;
  return NULL;
}

GtkColumnView *
deck_campaigns_page_get_column_view (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->column_view;
}

GtkEditable *
deck_campaigns_page_get_search_entry (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkSelectionModel *
deck_campaigns_page_get_selection (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

gboolean
deck_campaigns_page_get_figures (DeckCampaignsPage   *self,
                                 const char          *id,
                                 DeckCampaignFigures *figures)
{
  const DeckCampaignFigures *found;

  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  found = g_hash_table_lookup (self->figures, id);
  if (found != NULL && figures != NULL)
    *figures = *found;

  return found != NULL;
}

AdwBanner *
deck_campaigns_page_get_banner (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->sending_banner;
}

void
deck_campaigns_page_set_undo_timeout (DeckCampaignsPage *self,
                                      guint              seconds)
{
  g_return_if_fail (DECK_IS_CAMPAIGNS_PAGE (self));

  self->undo_timeout = seconds;
}

guint
deck_campaigns_page_get_n_pending_deletions (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), 0);

  return g_hash_table_size (self->pending) + self->n_in_flight;
}

const char *
deck_campaigns_page_get_last_toast (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->last_toast;
}

AdwDialog *
deck_campaigns_page_get_dialog (DeckCampaignsPage *self)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->dialog;
}

/* ------------------------------------------------------------------ GObject */

static void
on_search_mode_enabled (DeckCampaignsPage *self,
                        GParamSpec        *pspec,
                        GtkSearchBar      *search_bar)
{
  gboolean search_mode = gtk_search_bar_get_search_mode (search_bar);

  if (self->search_mode == search_mode)
    return;

  self->search_mode = search_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
deck_campaigns_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (deck_campaigns_page_parent_class)->map (widget);

  maybe_load (DECK_CAMPAIGNS_PAGE (widget));
}

static void
deck_campaigns_page_dispose (GObject *object)
{
  DeckCampaignsPage *self = DECK_CAMPAIGNS_PAGE (object);

  /* Closing the window sends what the person did not undo. */
  if (self->workspace != NULL && self->pending != NULL)
    deck_campaigns_page_flush_deletions (self);

  /* No late callbacks once the page is gone. */
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->figures_cancellable);
  g_cancellable_cancel (self->tag_cancellable);
  g_cancellable_cancel (self->sending_cancellable);

  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_func (deck_workspace_get_campaigns (self->workspace),
                                            on_items_changed, self);
      g_signal_handlers_disconnect_by_func (deck_workspace_get_custom_tags (self->workspace),
                                            on_tags_changed, self);
    }
  if (self->banner_campaign != NULL)
    g_signal_handlers_disconnect_by_func (self->banner_campaign, on_selected_notify, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  g_clear_weak_pointer (&self->dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_CAMPAIGNS_PAGE);

  g_clear_object (&self->banner_campaign);
  g_clear_object (&self->want_selected);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->campaign_filter);
  g_clear_object (&self->tag_labels);
  g_clear_object (&self->tag_pager);
  g_clear_pointer (&self->tag_row_ids, g_ptr_array_unref);
  g_clear_pointer (&self->tag_ids, g_hash_table_unref);
  g_clear_pointer (&self->tag_filter, g_free);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->figures_cancellable);
  g_clear_object (&self->tag_cancellable);
  g_clear_object (&self->sending_cancellable);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (deck_campaigns_page_parent_class)->dispose (object);
}

static void
deck_campaigns_page_finalize (GObject *object)
{
  DeckCampaignsPage *self = DECK_CAMPAIGNS_PAGE (object);

  g_clear_pointer (&self->figures, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->deleting, g_hash_table_unref);

  G_OBJECT_CLASS (deck_campaigns_page_parent_class)->finalize (object);
}

static void
deck_campaigns_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DeckCampaignsPage *self = DECK_CAMPAIGNS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, self->search_mode);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_campaigns_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DeckCampaignsPage *self = DECK_CAMPAIGNS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_campaigns_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_MODE:
      deck_campaigns_page_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_campaigns_page_class_init (DeckCampaignsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    const char     *name;
    guint           key;
    GdkModifierType mods;
  } actions[] = {
    { "campaigns.new", GDK_KEY_n, GDK_CONTROL_MASK },
    { "campaigns.edit", GDK_KEY_e, GDK_CONTROL_MASK },
    { "campaigns.activate", GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "campaigns.pause", GDK_KEY_p, GDK_CONTROL_MASK },
    { "campaigns.duplicate", GDK_KEY_d, GDK_CONTROL_MASK },
    { "campaigns.export", GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "campaigns.share", GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "campaigns.import", GDK_KEY_i, GDK_CONTROL_MASK },
    { "campaigns.delete", GDK_KEY_Delete, 0 },
    { "campaigns.undo-delete", GDK_KEY_z, GDK_CONTROL_MASK },
    { "campaigns.subsequences", GDK_KEY_u, GDK_CONTROL_MASK },
    { "campaigns.analytics", GDK_KEY_y, GDK_CONTROL_MASK },
    { "campaigns.find-by-lead", GDK_KEY_l, GDK_CONTROL_MASK },
    { "campaigns.filter", GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "campaigns.actions-menu", GDK_KEY_F10, GDK_SHIFT_MASK },
  };

  object_class->dispose = deck_campaigns_page_dispose;
  object_class->finalize = deck_campaigns_page_finalize;
  object_class->get_property = deck_campaigns_page_get_property;
  object_class->set_property = deck_campaigns_page_set_property;

  widget_class->map = deck_campaigns_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DeckCampaignsPage::toast:
   * @toast: the AdwToast the page also adds to the nearest toast overlay
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /* Cells showing figures redraw on it. */
  signals[FIGURES_CHANGED] =
    g_signal_new ("figures-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "campaigns.reload", NULL, reload_action);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_class_install_action (widget_class, actions[i].name, NULL, campaign_action);
      gtk_widget_class_add_binding_action (widget_class, actions[i].key, actions[i].mods,
                                           actions[i].name, NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "campaigns.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "campaigns.actions-menu", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-campaigns-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, sending_banner);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, actions_button);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, loading_page);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, DeckCampaignsPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
}

static void
deck_campaigns_page_init (DeckCampaignsPage *self)
{
  GtkEveryFilter *every;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->undo_timeout = DEFAULT_UNDO_TIMEOUT;
  self->status_filter = DECK_CAMPAIGN_FILTER_ALL;
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) deletion_free);
  self->deleting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_columns (self);

  self->search_filter = gtk_string_filter_new (gtk_property_expression_new (DECK_TYPE_CAMPAIGN, NULL, "name"));
  gtk_string_filter_set_ignore_case (self->search_filter, TRUE);
  gtk_string_filter_set_match_mode (self->search_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  self->campaign_filter = gtk_custom_filter_new (campaign_visible, self, NULL);

  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->campaign_filter)));
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (every));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              sorter ? g_object_ref (sorter) : NULL);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_row_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (on_pending_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (on_pending_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_enabled), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  build_filter_popover (self);
  update_actions (self);
  update_state (self);
}
