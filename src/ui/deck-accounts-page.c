/* deck-accounts-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-accounts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-accounts-page.h"
#include "deck-account.h"
#include "deck-api-error.h"

typedef enum
{
  COLUMN_EMAIL,
  COLUMN_NAME,
  COLUMN_PROVIDER,
  COLUMN_STATUS,
  COLUMN_WARMUP_STATUS,
  COLUMN_HEALTH_SCORE,
  COLUMN_DAILY_LIMIT,
  COLUMN_SENDING_GAP,
  COLUMN_TAGS,
  N_COLUMNS
} Column;

struct _DeckAccountsPage
{
  AdwBin              parent_instance;

  DeckWorkspace      *workspace;
  GCancellable       *cancellable;
  GError             *error;
  const char         *state;
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            search_mode;
  gboolean            scroll_to_top;

  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkStringFilter    *filter;
  GtkColumnViewColumn *columns[N_COLUMNS];

  /* Template widgets */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
  AdwStatusPage      *no_matches_page;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (DeckAccountsPage, deck_accounts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_SEARCH_MODE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state (DeckAccountsPage *self);

/* ------------------------------------------------------------------ values */

/* The words a cell shows, also what the string sorters compare. */
static char *
account_dup_text (DeckAccount *account,
                  Column       column)
{
  switch (column)
    {
    case COLUMN_EMAIL:
      return g_strdup (deck_account_get_email (account));

    case COLUMN_NAME:
      {
        const char *first = deck_account_get_first_name (account);
        const char *last = deck_account_get_last_name (account);

        if (first == NULL || *first == '\0')
          return g_strdup (last ? last : "");
        if (last == NULL || *last == '\0')
          return g_strdup (first);
        return g_strdup_printf ("%s %s", first, last);
      }

    case COLUMN_PROVIDER:
      return deck_provider_code_to_string (deck_account_get_provider_code (account));

    case COLUMN_STATUS:
      return deck_account_status_to_string (deck_account_get_status (account));

    case COLUMN_WARMUP_STATUS:
      return deck_warmup_status_to_string (deck_account_get_warmup_status (account));

    case COLUMN_HEALTH_SCORE:
      if (!deck_account_get_has_warmup_score (account))
        /* Translators: shown in a table cell when there is no value */
        return g_strdup (C_("value", "—"));
      return g_strdup_printf ("%.0f", deck_account_get_stat_warmup_score (account));

    case COLUMN_DAILY_LIMIT:
      if (!deck_account_get_has_daily_limit (account))
        return g_strdup (C_("value", "—"));
      return g_strdup_printf ("%.0f", deck_account_get_daily_limit (account));

    case COLUMN_SENDING_GAP:
      {
        double gap = deck_account_get_sending_gap (account);
        int minutes = (int) gap;

        /* Translators: the gap between two emails of an account */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                                minutes);
      }

    case COLUMN_TAGS:
      {
        const char * const *tags = deck_account_get_tag_labels (account);

        /* Translators: the separator between the tags of an account */
        return tags ? g_strjoinv (_(", "), (char **) tags) : g_strdup ("");
      }

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What the numeric sorters compare; accounts without a value sort first. */
static double
account_get_number (DeckAccount *account,
                    Column       column)
{
  switch (column)
    {
    case COLUMN_STATUS:
      return deck_account_get_status (account);

    case COLUMN_WARMUP_STATUS:
      return deck_account_get_warmup_status (account);

    case COLUMN_HEALTH_SCORE:
      return deck_account_get_has_warmup_score (account)
               ? deck_account_get_stat_warmup_score (account) : -1.0;

    case COLUMN_DAILY_LIMIT:
      return deck_account_get_has_daily_limit (account)
               ? deck_account_get_daily_limit (account) : -1.0;

    case COLUMN_SENDING_GAP:
      return deck_account_get_sending_gap (account);

    case COLUMN_EMAIL:
    case COLUMN_NAME:
    case COLUMN_PROVIDER:
    case COLUMN_TAGS:
    case N_COLUMNS:
    default:
      g_return_val_if_reached (0.0);
    }
}

static char *
account_text_closure (DeckAccount *account,
                      gpointer     user_data)
{
  return account_dup_text (account, GPOINTER_TO_INT (user_data));
}

static double
account_number_closure (DeckAccount *account,
                        gpointer     user_data)
{
  return account_get_number (account, GPOINTER_TO_INT (user_data));
}

static char *
account_search_text (DeckAccount *account,
                     gpointer     user_data)
{
  return g_strdup_printf ("%s %s %s",
                          deck_account_get_email (account),
                          deck_account_get_first_name (account) ? deck_account_get_first_name (account) : "",
                          deck_account_get_last_name (account) ? deck_account_get_last_name (account) : "");
}

/* ------------------------------------------------------------------ cells */

static void
render_cell (GtkListItem *list_item,
             Column       column)
{
  DeckAccount *account = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (account == NULL || child == NULL)
    return;

  text = account_dup_text (account, column);

  if (column == COLUMN_STATUS)
    {
      GtkWidget *image = gtk_widget_get_first_child (child);
      GtkWidget *label = gtk_widget_get_next_sibling (image);
      int status = deck_account_get_status (account);

      gtk_image_set_from_icon_name (GTK_IMAGE (image), deck_account_status_icon_name (status));
      gtk_label_set_label (GTK_LABEL (label), text);

      gtk_widget_remove_css_class (image, "error");
      gtk_widget_remove_css_class (image, "success");
      gtk_widget_remove_css_class (image, "dimmed");
      if (deck_account_status_is_error (status))
        gtk_widget_add_css_class (image, "error");
      else if (status == DECK_ACCOUNT_STATUS_ACTIVE)
        gtk_widget_add_css_class (image, "success");
      else
        gtk_widget_add_css_class (image, "dimmed");
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (child), text);
      gtk_widget_set_tooltip_text (child, column == COLUMN_TAGS && *text ? text : NULL);
    }
}

static void
on_account_notify (GtkListItem *list_item,
                   GParamSpec  *pspec,
                   DeckAccount *account)
{
  GtkListItemFactory *factory = g_object_get_data (G_OBJECT (list_item), "deck-factory");

  if (factory != NULL)
    render_cell (list_item, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "deck-column")));
}

static const int column_width_chars[N_COLUMNS] = {
  [COLUMN_EMAIL] = 20,
  [COLUMN_NAME] = 11,
  [COLUMN_PROVIDER] = 8,
  [COLUMN_STATUS] = 9,
  [COLUMN_WARMUP_STATUS] = 7,
  [COLUMN_HEALTH_SCORE] = 3,
  [COLUMN_DAILY_LIMIT] = 3,
  [COLUMN_SENDING_GAP] = 6,
  [COLUMN_TAGS] = 8,
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
  /* Ellipsized labels would shrink to nothing when space is short: the table
   * scrolls sideways instead. */
  gtk_label_set_width_chars (GTK_LABEL (label), column_width_chars[column]);

  switch (column)
    {
    case COLUMN_STATUS:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        GtkWidget *image = gtk_image_new ();

        gtk_box_append (GTK_BOX (box), image);
        gtk_box_append (GTK_BOX (box), label);
        gtk_list_item_set_child (list_item, box);
        return;
      }

    case COLUMN_HEALTH_SCORE:
    case COLUMN_DAILY_LIMIT:
    case COLUMN_SENDING_GAP:
      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "numeric");
      break;

    case COLUMN_EMAIL:
    case COLUMN_NAME:
    case COLUMN_PROVIDER:
    case COLUMN_WARMUP_STATUS:
    case COLUMN_TAGS:
    case N_COLUMNS:
    default:
      break;
    }

  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DeckAccount *account = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "deck-factory", factory);
  render_cell (list_item, GPOINTER_TO_INT (user_data));

  /* A reload updates accounts in place: redraw the cell when one changes. */
  g_signal_connect_object (account, "notify",
                           G_CALLBACK (on_account_notify), list_item,
                           G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  DeckAccount *account = gtk_list_item_get_item (list_item);

  if (account != NULL)
    g_signal_handlers_disconnect_by_func (account, on_account_notify, list_item);
  g_object_set_data (G_OBJECT (list_item), "deck-factory", NULL);
}

static GtkColumnViewColumn *
add_column (DeckAccountsPage *self,
            Column            column,
            const char       *title,
            gboolean          numeric,
            gboolean          expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;
  GtkSorter *sorter;
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "deck-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (column));

  if (numeric)
    {
      expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                G_CALLBACK (account_number_closure),
                                                GINT_TO_POINTER (column), NULL);
      sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
    }
  else
    {
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (account_text_closure),
                                                GINT_TO_POINTER (column), NULL);
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));
    }

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_id (view_column, title);
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  self->columns[column] = view_column;
  g_object_unref (view_column);

  return view_column;
}

static void
add_columns (DeckAccountsPage *self)
{
  add_column (self, COLUMN_EMAIL, _("Email"), FALSE, TRUE);
  add_column (self, COLUMN_NAME, _("Name"), FALSE, FALSE);
  add_column (self, COLUMN_PROVIDER, _("Provider"), FALSE, FALSE);
  add_column (self, COLUMN_STATUS, _("Status"), TRUE, FALSE);
  add_column (self, COLUMN_WARMUP_STATUS, _("Warmup"), TRUE, FALSE);
  add_column (self, COLUMN_HEALTH_SCORE, _("Health Score"), TRUE, FALSE);
  add_column (self, COLUMN_DAILY_LIMIT, _("Daily Limit"), TRUE, FALSE);
  add_column (self, COLUMN_SENDING_GAP, _("Sending Gap"), TRUE, FALSE);
  add_column (self, COLUMN_TAGS, _("Tags"), FALSE, FALSE);

  /* Room for the longest words of each set ("Permanent suspension"), so the
   * statuses a person scans for are not cut off. */
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_PROVIDER], 105);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_STATUS], 150);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_WARMUP_STATUS], 150);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_NAME], 130);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_HEALTH_SCORE], 105);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_DAILY_LIMIT], 85);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_SENDING_GAP], 100);
  gtk_column_view_column_set_fixed_width (self->columns[COLUMN_TAGS], 110);

  gtk_column_view_sort_by_column (self->column_view, self->columns[COLUMN_EMAIL],
                                  GTK_SORT_ASCENDING);
}

/* ------------------------------------------------------------------ state */

static void
set_state (DeckAccountsPage *self,
           const char       *state)
{
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static guint
n_source_items (DeckAccountsPage *self)
{
  if (self->workspace == NULL)
    return 0;

  return g_list_model_get_n_items (deck_workspace_get_accounts (self->workspace));
}

static void
update_loading_count (DeckAccountsPage *self)
{
  guint n = n_source_items (self);
  g_autofree char *description = NULL;

  if (n > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u account loaded",
                                                "%u accounts loaded", n),
                                   n);
  adw_status_page_set_description (self->loading_page, description);
}

/* The list keeps the first row it showed in view while rows are spliced and sorted
 * in above it; after a load, a new search or a new order, start from the top. */
static void
maybe_scroll_to_top (DeckAccountsPage *self)
{
  if (!self->scroll_to_top ||
      self->filter_model == NULL ||
      g_strcmp0 (self->state, "results") != 0 ||
      gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    return;

  self->scroll_to_top = FALSE;
  gtk_column_view_scroll_to (self->column_view, 0, NULL, GTK_LIST_SCROLL_NONE, NULL);
}

static void
update_state (DeckAccountsPage *self)
{
  if (self->filter_model == NULL)
    return;

  update_loading_count (self);

  if (self->workspace == NULL)
    set_state (self, "empty");
  else if (self->loading && !self->loaded_once)
    set_state (self, "loading");
  else if (self->error != NULL && !self->loaded_once)
    set_state (self, "error");
  else if (n_source_items (self) == 0)
    set_state (self, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
           gtk_filter_list_model_get_pending (self->filter_model) == 0)
    set_state (self, "no-matches");
  else
    set_state (self, "results");

  maybe_scroll_to_top (self);
}

static void
show_error (DeckAccountsPage *self,
            const GError     *error)
{
  g_autofree char *description = deck_api_error_describe (error);

  adw_status_page_set_title (self->error_page, deck_api_error_get_title (error));
  adw_status_page_set_description (self->error_page, description);

  /* After a success the list stays; the failure is only reported. */
  if (self->loaded_once)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *title = g_strdup_printf (_("Could not refresh the accounts: %s"), description);

      if (overlay != NULL)
        {
          AdwToast *toast = adw_toast_new (title);

          adw_toast_set_timeout (toast, 8);
          adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
        }
    }
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckWorkspace *workspace = DECK_WORKSPACE (source);
  DeckAccountsPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone: do not touch it. */
  if (!deck_workspace_load_accounts_finish (workspace, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ACCOUNTS_PAGE (user_data);
  if (self->workspace != workspace)
    return;

  self->loading = FALSE;
  g_clear_error (&self->error);

  if (error != NULL)
    {
      g_debug ("Loading the accounts failed: %s", error->message);
      show_error (self, error);
      self->error = g_steal_pointer (&error);
    }
  else
    {
      if (!self->loaded_once)
        self->scroll_to_top = TRUE;
      self->loaded_once = TRUE;
    }

  update_state (self);
}

void
deck_accounts_page_reload (DeckAccountsPage *self)
{
  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));

  if (self->workspace == NULL || self->loading)
    return;

  self->loading = TRUE;
  update_state (self);

  deck_workspace_load_accounts_async (self->workspace, self->cancellable, load_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_accounts_page_reload (DECK_ACCOUNTS_PAGE (widget));
}

static void
on_items_changed (DeckAccountsPage *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *model)
{
  update_state (self);
}

static void
on_pending_changed (DeckAccountsPage *self,
                    GParamSpec       *pspec,
                    GObject          *model)
{
  update_state (self);
}

static void
on_sorter_changed (DeckAccountsPage *self,
                   GtkSorterChange   change,
                   GtkSorter        *sorter)
{
  self->scroll_to_top = TRUE;
  maybe_scroll_to_top (self);
}

static void
on_search_changed (DeckAccountsPage *self,
                   GtkSearchEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_string_filter_set_search (self->filter, *text ? text : NULL);
  self->scroll_to_top = TRUE;
  update_state (self);
}

/* ------------------------------------------------------------------ public */

GtkWidget *
deck_accounts_page_new (void)
{
  return g_object_new (DECK_TYPE_ACCOUNTS_PAGE, NULL);
}

DeckWorkspace *
deck_accounts_page_get_workspace (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->workspace;
}

void
deck_accounts_page_set_workspace (DeckAccountsPage *self,
                                  DeckWorkspace    *workspace)
{
  GListModel *accounts = NULL;

  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_func (deck_workspace_get_accounts (self->workspace),
                                            on_items_changed, self);
      /* A load for the old workspace must not land here. */
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }

  g_set_object (&self->workspace, workspace);
  self->loading = FALSE;
  self->loaded_once = FALSE;
  g_clear_error (&self->error);

  if (workspace != NULL)
    {
      accounts = deck_workspace_get_accounts (workspace);
      g_signal_connect_object (accounts, "items-changed",
                               G_CALLBACK (on_items_changed), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_filter_list_model_set_model (self->filter_model, accounts);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  if (workspace != NULL)
    {
      /* Another view may have loaded them already. */
      if (g_list_model_get_n_items (accounts) > 0 &&
          deck_workspace_get_accounts_error (workspace) == NULL &&
          !deck_workspace_get_accounts_loading (workspace))
        self->loaded_once = TRUE;
      else
        deck_accounts_page_reload (self);
    }

  update_state (self);
}

gboolean
deck_accounts_page_get_search_mode (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), FALSE);

  return self->search_mode;
}

void
deck_accounts_page_set_search_mode (DeckAccountsPage *self,
                                    gboolean          search_mode)
{
  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));

  search_mode = !!search_mode;

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  if (self->search_mode == search_mode)
    return;

  self->search_mode = search_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

void
deck_accounts_page_set_key_capture_widget (DeckAccountsPage *self,
                                           GtkWidget        *widget)
{
  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

const char *
deck_accounts_page_get_state (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->state;
}

GtkColumnView *
deck_accounts_page_get_column_view (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->column_view;
}

GtkEditable *
deck_accounts_page_get_search_entry (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

gboolean
deck_accounts_page_get_busy (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), FALSE);

  return self->loading ||
         gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0;
}

AdwStatusPage *
deck_accounts_page_get_status_page (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

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

/* ------------------------------------------------------------------ GObject */

static void
on_search_mode_enabled (DeckAccountsPage *self,
                        GParamSpec       *pspec,
                        GtkSearchBar     *search_bar)
{
  gboolean search_mode = gtk_search_bar_get_search_mode (search_bar);

  if (self->search_mode == search_mode)
    return;

  self->search_mode = search_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
deck_accounts_page_dispose (GObject *object)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (object);

  /* No late callbacks once the page is gone. */
  g_cancellable_cancel (self->cancellable);

  if (self->column_view != NULL && gtk_column_view_get_sorter (self->column_view) != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->column_view),
                                          on_sorter_changed, self);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (deck_workspace_get_accounts (self->workspace),
                                          on_items_changed, self);

  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_pending_changed, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_func (self->sort_model, on_pending_changed, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ACCOUNTS_PAGE);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (deck_accounts_page_parent_class)->dispose (object);
}

static void
deck_accounts_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (object);

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
deck_accounts_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_accounts_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_MODE:
      deck_accounts_page_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_accounts_page_class_init (DeckAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_accounts_page_dispose;
  object_class->get_property = deck_accounts_page_get_property;
  object_class->set_property = deck_accounts_page_set_property;

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

  gtk_widget_class_install_action (widget_class, "accounts.reload", NULL, reload_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, loading_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
}

static void
deck_accounts_page_init (DeckAccountsPage *self)
{
  GtkExpression *search_expression;
  GtkSorter *sorter;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  add_columns (self);

  search_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                   G_CALLBACK (account_search_text),
                                                   NULL, NULL);
  self->filter = gtk_string_filter_new (search_expression);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);

  /* Incremental, so a workspace with thousands of accounts never blocks a frame. */
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              sorter ? g_object_ref (sorter) : NULL);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (on_pending_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (on_pending_changed), self, G_CONNECT_SWAPPED);
  if (sorter != NULL)
    g_signal_connect_object (sorter, "changed",
                             G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_enabled), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  update_state (self);
}
