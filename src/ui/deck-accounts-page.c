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
#include "deck-account-add-dialog.h"
#include "deck-account-details.h"
#include "deck-account-filter.h"
#include "deck-account-tags-dialog.h"
#include "deck-account-vitals-dialog.h"
#include "analytics/deck-account-analytics-dialog.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"
#include "deck-custom-tag.h"
#include "deck-page-state.h"

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
  DeckAccountFilter  *account_filter;
  GtkMultiSelection  *selection;
  GtkColumnViewColumn *columns[N_COLUMNS];

  DeckBackgroundJob  *job;
  guint               job_n_accounts;
  guint               job_interval_ms;
  gboolean            warmup_running;
  char               *last_toast;
  char               *last_report;
  DeckAccountDetails *details;        /* weak */
  DeckAccountVitalsDialog *vitals_dialog; /* weak */

  /* Filter popover */
  AdwComboRow        *status_row;
  AdwComboRow        *provider_row;
  AdwComboRow        *tag_row;
  AdwComboRow        *quick_row;
  GtkButton          *clear_filters_button;
  GtkStringList      *tag_labels;
  GPtrArray          *tag_ids;
  gboolean            syncing_filter_rows;

  /* Template widgets */
  AdwBanner          *job_banner;
  GtkMenuButton      *filter_button;
  GtkLabel           *filter_label;
  GtkLabel           *selection_label;
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

G_DEFINE_FINAL_TYPE (DeckAccountsPage, deck_accounts_page, ADW_TYPE_BIN)

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
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
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

/* ------------------------------------------------------------------ toasts */

static void
on_report_response (AdwAlertDialog *dialog,
                    const char     *response,
                    gpointer        user_data)
{
}

static void
on_toast_details (AdwToast *toast,
                  gpointer  user_data)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (user_data);
  const char *report = g_object_get_data (G_OBJECT (toast), "deck-report");
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (adw_toast_get_title (toast), report);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_report_response), NULL);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Shows @title as a toast on the nearest overlay; @report (the failures with their
 * reasons, may be NULL) behind a "Details" button. */
static void
show_toast (DeckAccountsPage *self,
            const char       *title,
            const char       *report)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  g_set_str (&self->last_toast, title);
  g_set_str (&self->last_report, report);
  g_debug ("%s%s%s", title, report ? "\n" : "", report ? report : "");

  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  if (report != NULL)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_timeout (toast, 10);
      g_object_set_data_full (G_OBJECT (toast), "deck-report", g_strdup (report), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_details), self, 0);
    }

  g_signal_emit (self, signals[TOAST], 0, toast);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* "a@x, b@y and 3 more" */
static char *
name_emails (GPtrArray *emails)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = MIN (emails->len, 3);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (names, i + 1 == emails->len ? _(" and ") : _(", "));
      g_string_append (names, g_ptr_array_index (emails, i));
    }
  if (emails->len > shown)
    g_string_append_printf (names,
                            g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", emails->len - shown),
                            emails->len - shown);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* ------------------------------------------------------------------ selection */

static GPtrArray *
dup_selected_accounts (DeckAccountsPage *self)
{
  GPtrArray *accounts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (accounts, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return accounts;
}

static GStrv
dup_selected_emails (DeckAccountsPage *self)
{
  g_autoptr(GPtrArray) accounts = dup_selected_accounts (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < accounts->len; i++)
    g_strv_builder_add (builder, deck_account_get_email (g_ptr_array_index (accounts, i)));

  return g_strv_builder_end (builder);
}

static void
update_actions (DeckAccountsPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint64 n = 0;
  gboolean ready = self->workspace != NULL;
  g_autofree char *label = NULL;

  if (self->selection != NULL)
    {
      selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      n = gtk_bitset_get_size (selected);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.open-details", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.analytics", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.pause", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.resume", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.mark-fixed", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.enable-warmup", ready && n >= 1 && !self->warmup_running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.disable-warmup", ready && n >= 1 && !self->warmup_running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.test-vitals", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.tags", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.delete", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.add", ready);

  if (n > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", (gulong) n), (guint) n);
  gtk_label_set_label (self->selection_label, label ? label : "");
}

static void
on_selection_changed (DeckAccountsPage  *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *model)
{
  update_actions (self);
}

/* ------------------------------------------------------------------ batches */

typedef enum
{
  OP_PAUSE,
  OP_RESUME,
  OP_MARK_FIXED,
  OP_DELETE,
  OP_REFRESH,
} Op;

/* Many requests for one user action; the toast comes when the last one ends. The
 * page is not referenced: the page's cancellable, cancelled on dispose, says whether
 * it still exists. */
typedef struct
{
  DeckAccountsPage *self;
  GCancellable     *cancellable;
  DeckWorkspace    *workspace;
  Op                op;
  guint             pending;
  GPtrArray        *done;     /* emails */
  GPtrArray        *failed;   /* emails */
  GString          *reasons;
  char             *done_title;    /* overrides the summary when set */
  GPtrArray        *early_failed;  /* failures known before the batch (bulk pause) */
} Batch;

typedef struct
{
  Batch *batch;
  Op     op;
  char  *email;
} Call;

static Batch *
batch_new (DeckAccountsPage *self,
           Op                op)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->self = self;
  batch->cancellable = g_object_ref (self->cancellable);
  batch->workspace = g_object_ref (self->workspace);
  batch->op = op;
  batch->done = g_ptr_array_new_with_free_func (g_free);
  batch->failed = g_ptr_array_new_with_free_func (g_free);
  batch->reasons = g_string_new (NULL);
  batch->pending = 1; /* held until every call is started */
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->cancellable);
  g_clear_object (&batch->workspace);
  g_ptr_array_unref (batch->done);
  g_ptr_array_unref (batch->failed);
  g_string_free (batch->reasons, TRUE);
  g_free (batch->done_title);
  g_free (batch);
}

static char *
op_done_text (Op    op,
              guint n)
{
  switch (op)
    {
    case OP_PAUSE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paused %u account", "Paused %u accounts", n), n);
    case OP_RESUME:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Resumed %u account", "Resumed %u accounts", n), n);
    case OP_MARK_FIXED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Marked %u account as fixed",
                                           "Marked %u accounts as fixed", n), n);
    case OP_DELETE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u account", "Deleted %u accounts", n), n);
    case OP_REFRESH:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Refreshed %u account", "Refreshed %u accounts", n), n);
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
op_failed_text (Op          op,
                const char *names)
{
  switch (op)
    {
    /* Translators: %s names one or more accounts */
    case OP_PAUSE: return g_strdup_printf (_("Could not pause %s"), names);
    case OP_RESUME: return g_strdup_printf (_("Could not resume %s"), names);
    case OP_MARK_FIXED: return g_strdup_printf (_("Could not mark %s as fixed"), names);
    case OP_DELETE: return g_strdup_printf (_("Could not delete %s"), names);
    case OP_REFRESH: return g_strdup_printf (_("Could not refresh %s"), names);
    default: g_return_val_if_reached (NULL);
    }
}

static void
batch_fail (Batch        *batch,
            const char   *email,
            const char   *reason)
{
  g_ptr_array_add (batch->failed, g_strdup (email));
  /* Translators: an account and why an action failed for it */
  g_string_append_printf (batch->reasons, _("%s: %s\n"), email, reason);
}

static void
batch_unref_call (Batch *batch)
{
  DeckAccountsPage *self = batch->self;
  g_autofree char *title = NULL;
  g_autofree char *report = NULL;

  if (--batch->pending > 0)
    return;

  if (g_cancellable_is_cancelled (batch->cancellable))
    {
      batch_free (batch);
      return;
    }

  if (batch->failed->len == 0)
    {
      if (batch->done_title != NULL)
        title = g_strdup (batch->done_title);
      else
        title = op_done_text (batch->op, batch->done->len);
    }
  else
    {
      g_autofree char *names = name_emails (batch->failed);
      g_autofree char *failed = op_failed_text (batch->op, names);

      if (batch->done->len > 0)
        {
          g_autofree char *done = op_done_text (batch->op, batch->done->len);

          /* Translators: "Paused 2 accounts; could not pause a@b.com" */
          title = g_strdup_printf (_("%s; %s"), done, failed);
        }
      else
        title = g_steal_pointer (&failed);

      g_strchomp (batch->reasons->str);
      report = g_strdup (batch->reasons->str);
    }

  show_toast (self, title, report);
  batch_free (batch);
}

static void
account_call_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DeckClient *client = DECK_CLIENT (source);
  Call *call = user_data;
  Batch *batch = call->batch;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) fresh = NULL;
  gboolean ok = FALSE;

  switch (call->op)
    {
    case OP_PAUSE:
    case OP_RESUME:
    case OP_MARK_FIXED:
      fresh = deck_client_account_action_finish (client, result, &error);
      ok = fresh != NULL;
      break;

    case OP_REFRESH:
      fresh = deck_client_get_account_finish (client, result, &error);
      ok = fresh != NULL;
      break;

    case OP_DELETE:
      ok = deck_client_delete_account_finish (client, result, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!g_cancellable_is_cancelled (batch->cancellable))
    {
      if (!ok)
        {
          g_autofree char *reason = deck_api_error_describe (error);

          batch_fail (batch, call->email, reason);
        }
      else
        {
          /* Only what the server answered reaches the rows. */
          if (fresh != NULL)
            deck_workspace_update_account (batch->workspace, fresh);
          else if (call->op == OP_DELETE)
            deck_workspace_remove_account (batch->workspace, call->email);
          g_ptr_array_add (batch->done, g_strdup (call->email));
        }
    }

  batch_unref_call (batch);
  g_free (call->email);
  g_free (call);
}

static void
batch_start_call (Batch      *batch,
                  Op          op,
                  const char *email)
{
  DeckClient *client = deck_workspace_get_client (batch->workspace);
  Call *call = g_new0 (Call, 1);

  call->batch = batch;
  call->op = op;
  call->email = g_strdup (email);
  batch->pending++;

  switch (op)
    {
    case OP_PAUSE:
      deck_client_account_action_async (client, email, DECK_ACCOUNT_ACTION_PAUSE,
                                        batch->cancellable, account_call_cb, call);
      break;
    case OP_RESUME:
      deck_client_account_action_async (client, email, DECK_ACCOUNT_ACTION_RESUME,
                                        batch->cancellable, account_call_cb, call);
      break;
    case OP_MARK_FIXED:
      deck_client_account_action_async (client, email, DECK_ACCOUNT_ACTION_MARK_FIXED,
                                        batch->cancellable, account_call_cb, call);
      break;
    case OP_REFRESH:
      deck_client_get_account_async (client, email, batch->cancellable, account_call_cb, call);
      break;
    case OP_DELETE:
      deck_client_delete_account_async (client, email, batch->cancellable, account_call_cb, call);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
run_batch (DeckAccountsPage   *self,
           Op                  op,
           const char * const *emails)
{
  Batch *batch;

  if (self->workspace == NULL || emails == NULL || emails[0] == NULL)
    return;

  batch = batch_new (self, op);
  for (guint i = 0; emails[i] != NULL; i++)
    batch_start_call (batch, op, emails[i]);
  batch_unref_call (batch);
}

/* Why the server would refuse to pause an account, in words, from what we know. */
static char *
pause_refusal_reason (DeckAccountsPage *self,
                      const char       *email)
{
  GListModel *accounts = deck_workspace_get_accounts (self->workspace);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (accounts, i);
      int status;

      if (g_ascii_strcasecmp (deck_account_get_email (account), email) != 0)
        continue;

      status = deck_account_get_status (account);
      if (deck_account_status_is_error (status))
        {
          g_autofree char *words = deck_account_status_to_string (status);

          return g_strdup_printf (_("it has an error (%s) and cannot be paused until it is fixed"), words);
        }
      if (status == DECK_ACCOUNT_STATUS_PAUSED)
        return g_strdup (_("it is already paused"));
      break;
    }

  return g_strdup (_("the server refused to pause it"));
}

static void
bulk_pause_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Batch *batch = user_data;
  g_auto(GStrv) paused = NULL;
  g_auto(GStrv) failed = NULL;
  g_autoptr(GError) error = NULL;

  if (!deck_client_pause_accounts_finish (DECK_CLIENT (source), result, &paused, &failed, &error))
    {
      if (!g_cancellable_is_cancelled (batch->cancellable))
        {
          g_autofree char *reason = deck_api_error_describe (error);

          /* The whole request failed: every account stays as it was. */
          for (guint i = 0; batch->early_failed && i < batch->early_failed->len; i++)
            batch_fail (batch, g_ptr_array_index (batch->early_failed, i), reason);
        }
      if (batch->early_failed)
        g_ptr_array_unref (batch->early_failed);
      batch->early_failed = NULL;
      batch_unref_call (batch);
      return;
    }

  if (batch->early_failed)
    g_ptr_array_unref (batch->early_failed);
  batch->early_failed = NULL;

  if (!g_cancellable_is_cancelled (batch->cancellable))
    {
      for (guint i = 0; failed != NULL && failed[i] != NULL; i++)
        {
          g_autofree char *reason = pause_refusal_reason (batch->self, failed[i]);

          batch_fail (batch, failed[i], reason);
        }

      /* The bulk answer names the accounts; their new state comes from a GET each. */
      for (guint i = 0; paused != NULL && paused[i] != NULL; i++)
        batch_start_call (batch, OP_REFRESH, paused[i]);
    }

  batch_unref_call (batch);
}

static void
pause_accounts (DeckAccountsPage   *self,
                const char * const *emails)
{
  Batch *batch;

  if (self->workspace == NULL || emails == NULL || emails[0] == NULL)
    return;

  if (emails[1] == NULL)
    {
      run_batch (self, OP_PAUSE, emails);
      return;
    }

  batch = batch_new (self, OP_PAUSE);
  batch->early_failed = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; emails[i] != NULL; i++)
    g_ptr_array_add (batch->early_failed, g_strdup (emails[i]));
  deck_client_pause_accounts_async (deck_workspace_get_client (self->workspace), emails,
                                    self->cancellable, bulk_pause_cb, batch);
}

/* ------------------------------------------------------------------ warmup jobs */

/* One warmup enable/disable run: the emails go in batches of 100, one background job
 * each, followed until it ends; then the affected rows are fetched again. */
typedef struct
{
  DeckAccountsPage  *self;
  GCancellable      *cancellable;
  DeckWorkspace     *workspace;
  gboolean           enable;
  GStrv              emails;
  guint              offset;
  guint              chunk;
} WarmupRun;

static void warmup_run_next (WarmupRun *run);

static void
warmup_run_free (WarmupRun *run)
{
  g_clear_object (&run->cancellable);
  g_clear_object (&run->workspace);
  g_strfreev (run->emails);
  g_free (run);
}

static void
update_job_banner (DeckAccountsPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;
  g_autofree char *text = NULL;

  if (self->job == NULL)
    {
      adw_banner_set_revealed (self->job_banner, FALSE);
      return;
    }

  title = deck_background_job_dup_title (self->job);
  status = deck_background_job_dup_status_text (self->job);
  /* Translators: a background job, its state and how many accounts it concerns */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s for %u account: %s", "%s for %u accounts: %s",
                                       self->job_n_accounts),
                          title, self->job_n_accounts, status);
  adw_banner_set_title (self->job_banner, text);
  adw_banner_set_revealed (self->job_banner, TRUE);
}

static void
on_job_notify (DeckAccountsPage  *self,
               GParamSpec        *pspec,
               DeckBackgroundJob *job)
{
  update_job_banner (self);
}

static void
set_job (DeckAccountsPage  *self,
         DeckBackgroundJob *job,
         guint              n_accounts)
{
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, on_job_notify, self);

  g_set_object (&self->job, job);
  self->job_n_accounts = n_accounts;

  if (job != NULL)
    g_signal_connect_object (job, "notify", G_CALLBACK (on_job_notify), self, G_CONNECT_SWAPPED);

  update_job_banner (self);
  update_actions (self);
}

static void
warmup_run_finish (WarmupRun    *run,
                   const GError *error)
{
  DeckAccountsPage *self = run->self;
  Batch *batch;

  self->warmup_running = FALSE;
  set_job (self, NULL, 0);

  if (error != NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      g_autofree char *title = NULL;

      title = g_strdup_printf (run->enable ? _("Could not enable warmup: %s") : _("Could not disable warmup: %s"),
                               reason);
      show_toast (self, title, NULL);
    }

  /* Whatever the outcome, the rows the jobs touched show what the server holds now;
   * a failed first batch touched nothing. */
  if (run->offset == 0 && error != NULL)
    {
      warmup_run_free (run);
      return;
    }

  batch = batch_new (self, OP_REFRESH);
  if (error == NULL)
    batch->done_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      run->enable ? "Warmup enabled for %u account"
                                                                  : "Warmup disabled for %u account",
                                                      run->enable ? "Warmup enabled for %u accounts"
                                                                  : "Warmup disabled for %u accounts",
                                                      run->offset),
                                         run->offset);
  for (guint i = 0; i < run->offset && run->emails[i] != NULL; i++)
    batch_start_call (batch, OP_REFRESH, run->emails[i]);
  if (error != NULL)
    {
      /* The failure was already said; the refresh stays silent. */
      g_free (batch->done_title);
      batch->done_title = NULL;
      batch->pending--;
      if (batch->pending == 0)
        batch_free (batch);
    }
  else
    batch_unref_call (batch);

  warmup_run_free (run);
}

static void
follow_job_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  WarmupRun *run = user_data;
  g_autoptr(GError) error = NULL;

  deck_client_follow_job_finish (DECK_CLIENT (source), result, &error);

  if (g_cancellable_is_cancelled (run->cancellable))
    {
      warmup_run_free (run);
      return;
    }

  run->offset += run->chunk;
  if (error != NULL)
    {
      warmup_run_finish (run, error);
      return;
    }

  warmup_run_next (run);
}

static void
set_warmup_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  WarmupRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckBackgroundJob) job = NULL;

  job = deck_client_set_warmup_finish (DECK_CLIENT (source), result, &error);

  if (g_cancellable_is_cancelled (run->cancellable))
    {
      warmup_run_free (run);
      return;
    }

  if (job == NULL)
    {
      warmup_run_finish (run, error);
      return;
    }

  set_job (run->self, job, g_strv_length (run->emails));
  deck_client_follow_job_async (DECK_CLIENT (source), job, run->self->job_interval_ms,
                                run->cancellable, follow_job_cb, run);
}

static void
warmup_run_next (WarmupRun *run)
{
  guint n = g_strv_length (run->emails);
  g_autoptr(GPtrArray) chunk = g_ptr_array_new ();

  if (run->offset >= n)
    {
      warmup_run_finish (run, NULL);
      return;
    }

  for (guint i = run->offset; i < n && chunk->len < 100; i++)
    g_ptr_array_add (chunk, run->emails[i]);
  run->chunk = chunk->len;
  g_ptr_array_add (chunk, NULL);

  deck_client_set_warmup_async (deck_workspace_get_client (run->workspace),
                                (const char * const *) chunk->pdata, run->enable,
                                run->cancellable, set_warmup_cb, run);
}

static void
set_warmup (DeckAccountsPage   *self,
            const char * const *emails,
            gboolean            enable)
{
  WarmupRun *run;

  if (self->workspace == NULL || emails == NULL || emails[0] == NULL || self->warmup_running)
    return;

  run = g_new0 (WarmupRun, 1);
  run->self = self;
  run->cancellable = g_object_ref (self->cancellable);
  run->workspace = g_object_ref (self->workspace);
  run->enable = enable;
  run->emails = g_strdupv ((char **) emails);

  /* Actions stay disabled until the run ends. */
  self->warmup_running = TRUE;
  self->job_n_accounts = g_strv_length (run->emails);
  adw_banner_set_title (self->job_banner, enable ? _("Starting to enable warmup…") : _("Starting to disable warmup…"));
  adw_banner_set_revealed (self->job_banner, TRUE);
  update_actions (self);

  warmup_run_next (run);
}

/* ------------------------------------------------------------------ vitals */

static void
vitals_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GCancellable) cancellable = user_data;
  g_autoptr(GPtrArray) vitals = NULL;
  g_autoptr(GError) error = NULL;
  DeckAccountsPage *self;

  vitals = deck_client_test_vitals_finish (DECK_CLIENT (source), result, &error);
  if (g_cancellable_is_cancelled (cancellable))
    return;

  self = g_object_get_data (G_OBJECT (cancellable), "deck-page");
  if (vitals == NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      g_autofree char *title = g_strdup_printf (_("Could not test the vitals: %s"), reason);

      if (self->vitals_dialog != NULL)
        deck_account_vitals_dialog_set_error (self->vitals_dialog, reason);
      show_toast (self, title, NULL);
      return;
    }

  if (self->vitals_dialog != NULL)
    deck_account_vitals_dialog_set_results (self->vitals_dialog, vitals);
  show_toast (self, _("Vitals tested"), NULL);
}

static void
test_vitals (DeckAccountsPage   *self,
             const char * const *emails)
{
  AdwDialog *dialog;

  if (self->workspace == NULL || emails == NULL || emails[0] == NULL)
    return;

  dialog = deck_account_vitals_dialog_new (emails);
  g_set_weak_pointer (&self->vitals_dialog, DECK_ACCOUNT_VITALS_DIALOG (dialog));
  adw_dialog_present (dialog, GTK_WIDGET (self));

  g_object_set_data (G_OBJECT (self->cancellable), "deck-page", self);
  deck_client_test_vitals_async (deck_workspace_get_client (self->workspace), emails,
                                 self->cancellable, vitals_cb, g_object_ref (self->cancellable));
}

/* ------------------------------------------------------------------ delete */

static void
on_delete_response (AdwAlertDialog *dialog,
                    const char     *response,
                    gpointer        user_data)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (user_data);
  GStrv emails = g_object_get_data (G_OBJECT (dialog), "deck-emails");

  if (g_strcmp0 (response, "delete") == 0)
    run_batch (self, OP_DELETE, (const char * const *) emails);
}

static void
confirm_delete (DeckAccountsPage   *self,
                const char * const *emails)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autofree char *body = NULL;
  guint n = emails ? g_strv_length ((char **) emails) : 0;
  AdwDialog *dialog;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, (gpointer) emails[i]);
  list = name_emails (names);

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s will be removed from the workspace. Its campaigns stop sending from it, "
                                       "and its warmup history, settings and tags are lost. This cannot be undone.",
                                       "%s will be removed from the workspace. Their campaigns stop sending from them, "
                                       "and their warmup history, settings and tags are lost. This cannot be undone.",
                                       n),
                          list);

  dialog = adw_alert_dialog_new (g_dngettext (GETTEXT_PACKAGE, "Delete Account?", "Delete %u Accounts?", n), body);
  if (n > 1)
    {
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete Account?",
                                                               "Delete %u Accounts?", n), n);

      adw_alert_dialog_set_heading (ADW_ALERT_DIALOG (dialog), heading);
    }
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "deck-emails", g_strdupv ((char **) emails), (GDestroyNotify) g_strfreev);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);

  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ actions */

static void
on_child_toast (DeckAccountsPage *self,
                const char       *title,
                const char       *report,
                GObject          *child)
{
  show_toast (self, title, report);
}

static void
open_details (DeckAccountsPage *self,
              DeckAccount      *account)
{
  AdwDialog *dialog;

  if (self->workspace == NULL || account == NULL)
    return;

  if (self->details != NULL)
    adw_dialog_force_close (ADW_DIALOG (self->details));

  dialog = deck_account_details_new (self->workspace, account);
  g_set_weak_pointer (&self->details, DECK_ACCOUNT_DETAILS (dialog));
  g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_row_activate (DeckAccountsPage *self,
                 guint             position,
                 GtkColumnView    *view)
{
  g_autoptr(DeckAccount) account = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_details (self, account);
}

static void
account_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DeckAccountsPage *self = DECK_ACCOUNTS_PAGE (widget);
  g_auto(GStrv) emails = dup_selected_emails (self);
  const char * const *list = (const char * const *) emails;

  if (g_str_equal (action_name, "accounts.open-details"))
    {
      g_autoptr(GPtrArray) accounts = dup_selected_accounts (self);

      if (accounts->len > 0)
        open_details (self, g_ptr_array_index (accounts, 0));
    }
  else if (g_str_equal (action_name, "accounts.analytics"))
    {
      if (self->workspace != NULL && emails[0] != NULL)
        adw_dialog_present (deck_account_analytics_dialog_new (self->workspace, emails[0]), GTK_WIDGET (self));
    }
  else if (g_str_equal (action_name, "accounts.pause"))
    pause_accounts (self, list);
  else if (g_str_equal (action_name, "accounts.resume"))
    run_batch (self, OP_RESUME, list);
  else if (g_str_equal (action_name, "accounts.mark-fixed"))
    run_batch (self, OP_MARK_FIXED, list);
  else if (g_str_equal (action_name, "accounts.enable-warmup"))
    set_warmup (self, list, TRUE);
  else if (g_str_equal (action_name, "accounts.disable-warmup"))
    set_warmup (self, list, FALSE);
  else if (g_str_equal (action_name, "accounts.test-vitals"))
    test_vitals (self, list);
  else if (g_str_equal (action_name, "accounts.delete"))
    confirm_delete (self, list);
  else if (g_str_equal (action_name, "accounts.tags"))
    {
      AdwDialog *dialog;

      if (self->workspace == NULL || emails[0] == NULL)
        return;
      dialog = deck_account_tags_dialog_new (self->workspace, list);
      g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
  else if (g_str_equal (action_name, "accounts.add"))
    {
      AdwDialog *dialog;

      if (self->workspace == NULL)
        return;
      dialog = deck_account_add_dialog_new (self->workspace);
      g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
  else if (g_str_equal (action_name, "accounts.select-all"))
    gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
  else if (g_str_equal (action_name, "accounts.select-none"))
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  else if (g_str_equal (action_name, "accounts.filter"))
    gtk_menu_button_popup (self->filter_button);
  else if (g_str_equal (action_name, "accounts.actions-menu"))
    gtk_menu_button_popup (self->actions_button);
}

/* ------------------------------------------------------------------ filters */

static void
update_filter_label (DeckAccountsPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int status = deck_account_filter_get_status (self->account_filter);
  int provider = deck_account_filter_get_provider (self->account_filter);
  DeckAccountQuickFilter quick = deck_account_filter_get_quick (self->account_filter);
  const char *tag_id = deck_account_filter_get_tag_id (self->account_filter);
  g_autofree char *text = NULL;

  if (status != DECK_ACCOUNT_FILTER_ANY)
    g_ptr_array_add (parts, deck_account_status_to_string (status));
  if (provider != DECK_ACCOUNT_FILTER_ANY)
    g_ptr_array_add (parts, deck_provider_code_to_string (provider));
  if (tag_id != NULL)
    {
      guint selected = adw_combo_row_get_selected (self->tag_row);
      g_autofree char *label = g_strdup (gtk_string_list_get_string (self->tag_labels, selected));

      /* Translators: the filter by a custom tag */
      g_ptr_array_add (parts, g_strdup_printf (_("tagged “%s”"), label ? label : tag_id));
    }
  if (quick != DECK_ACCOUNT_QUICK_FILTER_NONE)
    g_ptr_array_add (parts, g_strdup (deck_account_quick_filter_get_title (quick)));
  g_ptr_array_add (parts, NULL);

  if (parts->len > 1)
    {
      g_autofree char *joined = g_strjoinv (_(", "), (char **) parts->pdata);

      /* Translators: which filters hide some accounts */
      text = g_strdup_printf (_("Showing only: %s"), joined);
    }
  gtk_label_set_label (self->filter_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->clear_filters_button), parts->len > 1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->quick_row), deck_account_quick_filter_get_explanation (quick));
  adw_status_page_set_description (self->no_matches_page,
                                   parts->len > 1
                                     ? _("No account matches both the search and the filters.")
                                     : _("No email address or name contains the search."));
}

static void
prewarmed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DeckPager *pager = DECK_PAGER (source);
  g_autoptr(GCancellable) cancellable = user_data;
  g_autoptr(GError) error = NULL;
  GListModel *model;
  GHashTable *emails;
  DeckAccountsPage *self;

  if (!deck_pager_load_finish (pager, result, &error) && g_cancellable_is_cancelled (cancellable))
    return;
  if (g_cancellable_is_cancelled (cancellable))
    return;

  self = g_object_get_data (G_OBJECT (cancellable), "deck-page");
  if (error != NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      g_autofree char *title = g_strdup_printf (_("Could not find the pre-warmed accounts: %s"), reason);

      show_toast (self, title, NULL);
      return;
    }

  model = deck_pager_get_model (pager);
  emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_hash_table_add (emails, g_ascii_strdown (deck_account_get_email (account), -1));
    }
  deck_account_filter_set_prewarmed (self->account_filter, emails);
}

static GObject *
parse_account (JsonObject  *object,
               GError     **error)
{
  return G_OBJECT (deck_account_new_from_json (object, error));
}

/* Pre-warmed is not a field of the account: ask the server which accounts are. */
static void
load_prewarmed (DeckAccountsPage *self)
{
  g_autoptr(DeckPager) pager = NULL;
  g_autoptr(GString) path = g_string_new ("/api/v2/accounts");

  if (self->workspace == NULL)
    return;

  deck_client_append_query (path, "filter", deck_account_quick_filter_to_api (DECK_ACCOUNT_QUICK_FILTER_PREWARMED));
  pager = deck_pager_new (deck_workspace_get_client (self->workspace), "GET", path->str, NULL,
                          DECK_TYPE_ACCOUNT, parse_account);
  deck_pager_set_page_size (pager, 100);
  g_object_set_data (G_OBJECT (self->cancellable), "deck-page", self);
  deck_pager_load_async (pager, self->cancellable, prewarmed_cb, g_object_ref (self->cancellable));
}

static const int status_values[] = {
  DECK_ACCOUNT_FILTER_ANY, DECK_ACCOUNT_STATUS_ACTIVE, DECK_ACCOUNT_STATUS_PAUSED,
  DECK_ACCOUNT_STATUS_MAINTENANCE, DECK_ACCOUNT_STATUS_CONNECTION_ERROR,
  DECK_ACCOUNT_STATUS_SOFT_BOUNCE_ERROR, DECK_ACCOUNT_STATUS_SENDING_ERROR,
};

static const int provider_values[] = {
  DECK_ACCOUNT_FILTER_ANY, DECK_PROVIDER_GOOGLE, DECK_PROVIDER_MICROSOFT,
  DECK_PROVIDER_CUSTOM_IMAP_SMTP, DECK_PROVIDER_AWS, DECK_PROVIDER_AIRMAIL,
  DECK_PROVIDER_AIRMAIL_INSTANT,
};

static void
on_filter_row_changed (DeckAccountsPage *self,
                       GParamSpec       *pspec,
                       AdwComboRow      *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing_filter_rows)
    return;

  if (row == self->status_row && selected < G_N_ELEMENTS (status_values))
    deck_account_filter_set_status (self->account_filter, status_values[selected]);
  else if (row == self->provider_row && selected < G_N_ELEMENTS (provider_values))
    deck_account_filter_set_provider (self->account_filter, provider_values[selected]);
  else if (row == self->tag_row)
    deck_account_filter_set_tag_id (self->account_filter,
                                    selected > 0 && selected < self->tag_ids->len
                                      ? g_ptr_array_index (self->tag_ids, selected) : NULL);
  else if (row == self->quick_row && selected < DECK_ACCOUNT_N_QUICK_FILTERS)
    {
      deck_account_filter_set_quick (self->account_filter, selected);
      if (selected == DECK_ACCOUNT_QUICK_FILTER_PREWARMED)
        load_prewarmed (self);
    }

  self->scroll_to_top = TRUE;
  update_filter_label (self);
  update_state (self);
}

static void
clear_filters (DeckAccountsPage *self)
{
  self->syncing_filter_rows = TRUE;
  adw_combo_row_set_selected (self->status_row, 0);
  adw_combo_row_set_selected (self->provider_row, 0);
  adw_combo_row_set_selected (self->tag_row, 0);
  adw_combo_row_set_selected (self->quick_row, 0);
  self->syncing_filter_rows = FALSE;
  deck_account_filter_clear (self->account_filter);
  update_filter_label (self);
  update_state (self);
}

static void
rebuild_tag_rows (DeckAccountsPage *self)
{
  GListModel *tags = self->workspace ? deck_workspace_get_custom_tags (self->workspace) : NULL;
  const char *current = deck_account_filter_get_tag_id (self->account_filter);
  guint selected = 0;
  guint n = tags ? g_list_model_get_n_items (tags) : 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_ptr_array_set_size (self->tag_ids, 0);
  g_ptr_array_add (self->tag_ids, NULL);
  g_ptr_array_add (labels, (gpointer) _("Any tag"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckCustomTag) tag = g_list_model_get_item (tags, i);

      g_ptr_array_add (self->tag_ids, g_strdup (deck_custom_tag_get_id (tag)));
      g_ptr_array_add (labels, (gpointer) deck_custom_tag_get_label (tag));
      if (g_strcmp0 (current, deck_custom_tag_get_id (tag)) == 0)
        selected = i + 1;
    }

  self->syncing_filter_rows = TRUE;
  gtk_string_list_splice (self->tag_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tag_labels)),
                          (const char * const *) NULL);
  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (self->tag_labels, g_ptr_array_index (labels, i));
  adw_combo_row_set_selected (self->tag_row, selected);
  self->syncing_filter_rows = FALSE;

  /* A tag that was deleted no longer filters. */
  if (selected == 0 && current != NULL)
    deck_account_filter_set_tag_id (self->account_filter, NULL);
  update_filter_label (self);
}

static void
on_tags_changed (DeckAccountsPage *self,
                 guint             position,
                 guint             removed,
                 guint             added,
                 GListModel       *tags)
{
  rebuild_tag_rows (self);
}

static AdwComboRow *
add_combo_row (GtkListBox         *list,
               const char         *title,
               GtkStringList      *strings)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
build_filter_popover (DeckAccountsPage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) providers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) quick = gtk_string_list_new (NULL);

  gtk_string_list_append (statuses, _("Any status"));
  for (guint i = 1; i < G_N_ELEMENTS (status_values); i++)
    {
      g_autofree char *words = deck_account_status_to_string (status_values[i]);

      gtk_string_list_append (statuses, words);
    }
  gtk_string_list_append (providers, _("Any provider"));
  for (guint i = 1; i < G_N_ELEMENTS (provider_values); i++)
    {
      g_autofree char *words = deck_provider_code_to_string (provider_values[i]);

      gtk_string_list_append (providers, words);
    }
  for (guint i = 0; i < DECK_ACCOUNT_N_QUICK_FILTERS; i++)
    gtk_string_list_append (quick, deck_account_quick_filter_get_title (i));
  self->tag_labels = gtk_string_list_new (NULL);
  self->tag_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_set_size_request (box, 320, -1);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->status_row = add_combo_row (GTK_LIST_BOX (list), _("Status"), statuses);
  self->provider_row = add_combo_row (GTK_LIST_BOX (list), _("Provider"), providers);
  self->tag_row = add_combo_row (GTK_LIST_BOX (list), _("Tag"), self->tag_labels);
  self->quick_row = add_combo_row (GTK_LIST_BOX (list), _("Show"), quick);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->quick_row), 3);
  gtk_box_append (GTK_BOX (box), list);

  button = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_object (button, "clicked", G_CALLBACK (clear_filters), self, G_CONNECT_SWAPPED);
  self->clear_filters_button = GTK_BUTTON (button);
  gtk_box_append (GTK_BOX (box), button);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->filter_button, popover);

  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (on_filter_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->provider_row, "notify::selected", G_CALLBACK (on_filter_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tag_row, "notify::selected", G_CALLBACK (on_filter_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quick_row, "notify::selected", G_CALLBACK (on_filter_row_changed), self, G_CONNECT_SWAPPED);

  rebuild_tag_rows (self);
}

static void
load_tags_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Tags are an extra: the table works without them, the filter just offers none. */
  if (!deck_workspace_load_custom_tags_finish (DECK_WORKSPACE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Loading the custom tags failed: %s", error->message);
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
      g_signal_handlers_disconnect_by_func (deck_workspace_get_custom_tags (self->workspace),
                                            on_tags_changed, self);
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
      g_signal_connect_object (deck_workspace_get_custom_tags (workspace), "items-changed",
                               G_CALLBACK (on_tags_changed), self,
                               G_CONNECT_SWAPPED);
      deck_workspace_load_custom_tags_async (workspace, self->cancellable, load_tags_cb, NULL);
    }
  deck_account_filter_set_prewarmed (self->account_filter, NULL);
  if (self->tag_ids != NULL)
    rebuild_tag_rows (self);
  update_actions (self);
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

const char *
deck_accounts_page_get_last_toast (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->last_toast;
}

const char *
deck_accounts_page_get_last_report (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->last_report;
}

GtkSelectionModel *
deck_accounts_page_get_selection (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

DeckAccountFilter *
deck_accounts_page_get_filter (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->account_filter;
}

DeckAccountDetails *
deck_accounts_page_get_details (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), NULL);

  return self->details;
}

void
deck_accounts_page_open_details (DeckAccountsPage *self,
                                 DeckAccount      *account)
{
  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (DECK_IS_ACCOUNT (account));

  open_details (self, account);
}

gboolean
deck_accounts_page_get_job_running (DeckAccountsPage *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNTS_PAGE (self), FALSE);

  return self->warmup_running;
}

void
deck_accounts_page_set_job_interval (DeckAccountsPage *self,
                                     guint             interval_ms)
{
  g_return_if_fail (DECK_IS_ACCOUNTS_PAGE (self));

  self->job_interval_ms = MAX (interval_ms, 10);
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

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (deck_workspace_get_custom_tags (self->workspace),
                                          on_tags_changed, self);
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, on_job_notify, self);
  g_clear_object (&self->job);
  g_clear_weak_pointer (&self->details);
  g_clear_weak_pointer (&self->vitals_dialog);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ACCOUNTS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->account_filter);
  g_clear_object (&self->tag_labels);
  g_clear_pointer (&self->tag_ids, g_ptr_array_unref);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->last_report, g_free);
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

  /**
   * DeckAccountsPage::toast:
   * @toast: the AdwToast the page also adds to the nearest toast overlay
   *
   * Emitted when an action ends with a message for the person.
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_install_action (widget_class, "accounts.reload", NULL, reload_action);

  {
    static const struct {
      const char *name;
      guint       key;
      GdkModifierType mods;
    } actions[] = {
      { "accounts.open-details", 0, 0 },
      { "accounts.analytics", GDK_KEY_y, GDK_CONTROL_MASK },
      { "accounts.pause", GDK_KEY_p, GDK_CONTROL_MASK },
      { "accounts.resume", GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
      { "accounts.mark-fixed", GDK_KEY_m, GDK_CONTROL_MASK },
      { "accounts.enable-warmup", GDK_KEY_u, GDK_CONTROL_MASK },
      { "accounts.disable-warmup", GDK_KEY_u, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
      { "accounts.test-vitals", GDK_KEY_t, GDK_CONTROL_MASK },
      { "accounts.tags", GDK_KEY_g, GDK_CONTROL_MASK },
      { "accounts.delete", GDK_KEY_Delete, 0 },
      { "accounts.add", GDK_KEY_n, GDK_CONTROL_MASK },
      { "accounts.select-all", GDK_KEY_a, GDK_CONTROL_MASK },
      { "accounts.select-none", GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
      { "accounts.filter", GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
      { "accounts.actions-menu", GDK_KEY_F10, GDK_SHIFT_MASK },
    };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        gtk_widget_class_install_action (widget_class, actions[i].name, NULL, account_action);
        if (actions[i].key != 0)
          gtk_widget_class_add_binding_action (widget_class, actions[i].key, actions[i].mods,
                                               actions[i].name, NULL);
      }
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "accounts.delete", NULL);
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "accounts.actions-menu", NULL);
  }

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, job_banner);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, DeckAccountsPage, actions_button);
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
  GtkEveryFilter *every;

  g_type_ensure (DECK_TYPE_ACCOUNT_FILTER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->job_interval_ms = 1000;

  add_columns (self);

  search_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                   G_CALLBACK (account_search_text),
                                                   NULL, NULL);
  self->filter = gtk_string_filter_new (search_expression);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);

  /* Incremental, so a workspace with thousands of accounts never blocks a frame. */
  self->account_filter = deck_account_filter_new ();
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->account_filter)));
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (every));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              sorter ? g_object_ref (sorter) : NULL);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);

  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_row_activate), self, G_CONNECT_SWAPPED);

  build_filter_popover (self);
  update_actions (self);

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
