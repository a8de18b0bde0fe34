/* deck-leads-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-leads-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-client-accounts.h"
#include "deck-client-block-list.h"
#include "deck-client-campaigns.h"
#include "deck-client-lead-lists.h"
#include "deck-client-leads.h"
#include "deck-lead-create-dialog.h"
#include "deck-lead-details.h"
#include "deck-lead-export.h"
#include "deck-lead-import-dialog.h"
#include "deck-lead-move-dialog.h"
#include "deck-lead-util.h"
#include "deck-leads-page.h"
#include "deck-page-state.h"
#include "deck-toast.h"

/* How many POST /leads/update-interest-status requests run at once. */
#define INTEREST_PARALLEL 4
#define DEFAULT_JOB_INTERVAL_MS 1000

typedef enum
{
  COLUMN_EMAIL,
  COLUMN_NAME,
  COLUMN_COMPANY,
  COLUMN_STATUS,
  COLUMN_INTEREST,
  COLUMN_VERIFICATION,
  COLUMN_OPENS,
  COLUMN_REPLIES,
  COLUMN_CLICKS,
  COLUMN_LAST_CONTACT,
  N_COLUMNS
} Column;

static const int filter_statuses[] = {
  DECK_LEAD_STATUS_ACTIVE,
  DECK_LEAD_STATUS_PAUSED,
  DECK_LEAD_STATUS_COMPLETED,
  DECK_LEAD_STATUS_BOUNCED,
  DECK_LEAD_STATUS_UNSUBSCRIBED,
  DECK_LEAD_STATUS_SKIPPED,
};

static const int filter_verifications[] = { 1, 11, 12, -1, -2, -3, -4 };

typedef struct
{
  DeckLeadScope scope;
  char         *id;
} ScopeEntry;

struct _DeckLeadsPage
{
  AdwBin              parent_instance;

  DeckWorkspace      *workspace;
  DeckLeadSet        *lead_set;
  GCancellable       *cancellable;
  GCancellable       *total_cancellable;
  const char         *state;
  gboolean            load_wanted;
  gboolean            search_mode;
  char               *last_toast;
  char               *count_text;
  gint64              total;          /* the view's size when known, else -1 */
  guint               n_operations;
  guint               job_interval_ms;
  guint               pulse_id;

  /* Local filters */
  char               *needle;         /* folded search text, NULL = none */
  int                 status_filter;
  int                 interest_filter;
  int                 verification_filter;

  GtkCustomFilter    *lead_filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkMultiSelection  *selection;
  GtkColumnViewColumn *columns[N_COLUMNS];

  /* Scope */
  GtkStringList      *scope_labels;
  GArray             *scope_entries;  /* ScopeEntry */
  gboolean            syncing_scope;

  /* Filter popover */
  AdwComboRow        *status_row;
  AdwComboRow        *interest_row;
  AdwComboRow        *verification_row;
  GtkStringList      *interest_labels;
  GArray             *interest_values;  /* int, parallel to interest_labels after "Any" */
  gboolean            syncing_rows;

  AdwDialog          *dialog;        /* weak */

  /* Template widgets */
  AdwBanner          *job_banner;
  GtkDropDown        *scope_dropdown;
  GtkMenuButton      *filter_button;
  AdwButtonContent   *filter_content;
  AdwButtonContent   *new_content;
  AdwButtonContent   *move_content;
  GtkLabel           *filter_label;
  GtkMenuButton      *actions_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkRevealer        *server_search_revealer;
  GtkLabel           *server_search_label;
  GtkStack           *stack;
  AdwStatusPage      *loading_page;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
  AdwStatusPage      *no_matches_page;
  GtkColumnView      *column_view;
  GtkWidget          *status_line;
  GtkLabel           *count_label;
  GtkProgressBar     *progress_bar;
  GtkWidget          *stop_button;
  GtkWidget          *load_all_button;
  GtkActionBar       *action_bar;
  GtkLabel           *selection_label;
  GtkButton          *select_view_button;
};

G_DEFINE_FINAL_TYPE (DeckLeadsPage, deck_leads_page, ADW_TYPE_BIN)

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

static void update_state        (DeckLeadsPage *self);
static void update_actions      (DeckLeadsPage *self);
static void update_status_line  (DeckLeadsPage *self);
static void update_filter_label (DeckLeadsPage *self);
static void load_total          (DeckLeadsPage *self);

/* ------------------------------------------------------------------ toasts */

static void
show_toast_full (DeckLeadsPage *self,
                 AdwToast      *toast)
{
  deck_toast_present (GTK_WIDGET (self), toast, signals[TOAST], &self->last_toast);
}

static void
show_toast (DeckLeadsPage *self,
            const char    *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  show_toast_full (self, toast);
}

static void
show_error_toast (DeckLeadsPage *self,
                  const char    *what,
                  const GError  *error)
{
  show_toast_full (self, deck_toast_new_error (what, error, 10));
}

static void
on_child_toast (DeckLeadsPage *self,
                AdwToast      *toast)
{
  show_toast_full (self, g_object_ref (toast));
}

static void
present_dialog (DeckLeadsPage *self,
                AdwDialog     *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
operation_begin (DeckLeadsPage *self)
{
  self->n_operations++;
}

static void
operation_end (DeckLeadsPage *self)
{
  g_return_if_fail (self->n_operations > 0);
  self->n_operations--;
  update_actions (self);
}

/* ------------------------------------------------------------------ cells */

static char *
lead_dup_text (DeckLeadsPage *self,
               DeckLead      *lead,
               Column         column)
{
  switch (column)
    {
    case COLUMN_EMAIL:
      return g_strdup (deck_lead_get_email (lead) ? deck_lead_get_email (lead) : "");

    case COLUMN_NAME:
      return deck_lead_util_dup_name (lead);

    case COLUMN_COMPANY:
      {
        const char *company = deck_lead_get_company_name (lead);

        if (company == NULL || *company == '\0')
          company = deck_lead_get_company_domain (lead);
        return g_strdup (company ? company : "");
      }

    case COLUMN_STATUS:
      return deck_lead_status_to_string (deck_lead_get_status (lead));

    case COLUMN_INTEREST:
      return deck_lead_util_dup_interest_name (self->workspace, deck_lead_get_lt_interest_status (lead));

    case COLUMN_VERIFICATION:
      {
        int verification = deck_lead_get_verification_status (lead);

        if (verification == 0)
          return g_strdup (C_("value", "—"));
        return deck_lead_verification_to_string (verification);
      }

    case COLUMN_OPENS:
      return g_strdup_printf ("%u", deck_lead_get_email_open_count (lead));

    case COLUMN_REPLIES:
      return g_strdup_printf ("%u", deck_lead_get_email_reply_count (lead));

    case COLUMN_CLICKS:
      return g_strdup_printf ("%u", deck_lead_get_email_click_count (lead));

    case COLUMN_LAST_CONTACT:
      return deck_lead_util_format_date (deck_lead_get_timestamp_last_contact (lead), FALSE);

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

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
  else if (status == DECK_LEAD_STATUS_ACTIVE)
    gtk_widget_add_css_class (image, "success");
  else if (status == DECK_LEAD_STATUS_PAUSED)
    gtk_widget_add_css_class (image, "warning");
  else
    gtk_widget_add_css_class (image, "dimmed");
}

static void
render_cell (DeckLeadsPage *self,
             GtkListItem   *list_item,
             Column         column)
{
  DeckLead *lead = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (lead == NULL || child == NULL)
    return;

  text = lead_dup_text (self, lead, column);

  if (column == COLUMN_STATUS)
    {
      GtkWidget *image = gtk_widget_get_first_child (child);
      GtkWidget *label = gtk_widget_get_next_sibling (image);
      int status = deck_lead_get_status (lead);

      gtk_image_set_from_icon_name (GTK_IMAGE (image), deck_lead_status_icon_name (status));
      set_status_style (image, status);
      gtk_label_set_label (GTK_LABEL (label), text);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (child), text);
      if (column == COLUMN_EMAIL || column == COLUMN_NAME || column == COLUMN_COMPANY)
        gtk_widget_set_tooltip_text (child, *text ? text : NULL);
    }
}

static void
rerender (GtkListItem *list_item)
{
  DeckLeadsPage *self = g_object_get_data (G_OBJECT (list_item), "deck-page");
  gpointer column = g_object_get_data (G_OBJECT (list_item), "deck-column");

  if (self != NULL)
    render_cell (self, list_item, GPOINTER_TO_INT (column));
}

static gboolean
column_is_number (Column column)
{
  return column == COLUMN_OPENS || column == COLUMN_REPLIES || column == COLUMN_CLICKS;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);

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

  if (column_is_number (column))
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
  DeckLeadsPage *self = g_object_get_data (G_OBJECT (factory), "deck-page");
  DeckLead *lead = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "deck-page", self);
  g_object_set_data (G_OBJECT (list_item), "deck-column", user_data);
  render_cell (self, list_item, GPOINTER_TO_INT (user_data));

  /* Edits, merges and reloads update leads in place. Only shown rows listen. */
  g_signal_connect_object (lead, "notify", G_CALLBACK (rerender), list_item, G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  DeckLead *lead = gtk_list_item_get_item (list_item);

  if (lead != NULL)
    g_signal_handlers_disconnect_by_func (lead, rerender, list_item);
  g_object_set_data (G_OBJECT (list_item), "deck-page", NULL);
}

/* Sort keys. */

static char *
lead_name_key (DeckLead *lead,
               gpointer  user_data)
{
  return deck_lead_util_dup_name (lead);
}

static char *
lead_company_key (DeckLead *lead,
                  gpointer  user_data)
{
  const char *company = deck_lead_get_company_name (lead);

  if (company == NULL || *company == '\0')
    company = deck_lead_get_company_domain (lead);
  return g_strdup (company);
}

static char *
lead_interest_key (DeckLead *lead,
                   gpointer  user_data)
{
  DeckLeadsPage *self = user_data;

  return deck_lead_util_dup_interest_name (self->workspace, deck_lead_get_lt_interest_status (lead));
}

static double
lead_number_key (DeckLead *lead,
                 gpointer  user_data)
{
  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_STATUS:
      return deck_lead_get_status (lead);
    case COLUMN_VERIFICATION:
      return deck_lead_get_verification_status (lead);
    case COLUMN_OPENS:
      return deck_lead_get_email_open_count (lead);
    case COLUMN_REPLIES:
      return deck_lead_get_email_reply_count (lead);
    case COLUMN_CLICKS:
      return deck_lead_get_email_click_count (lead);
    case COLUMN_LAST_CONTACT:
      return (double) deck_lead_get_timestamp_last_contact (lead);
    case COLUMN_EMAIL:
    case COLUMN_NAME:
    case COLUMN_COMPANY:
    case COLUMN_INTEREST:
    case N_COLUMNS:
    default:
      return 0;
    }
}

static GtkSorter *
create_sorter (DeckLeadsPage *self,
               Column         column)
{
  GtkExpression *expression;

  switch (column)
    {
    case COLUMN_EMAIL:
      expression = gtk_property_expression_new (DECK_TYPE_LEAD, NULL, "email");
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case COLUMN_NAME:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (lead_name_key), NULL, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case COLUMN_COMPANY:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (lead_company_key), NULL, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case COLUMN_INTEREST:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (lead_interest_key), self, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case COLUMN_STATUS:
    case COLUMN_VERIFICATION:
    case COLUMN_OPENS:
    case COLUMN_REPLIES:
    case COLUMN_CLICKS:
    case COLUMN_LAST_CONTACT:
      expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                G_CALLBACK (lead_number_key),
                                                GINT_TO_POINTER (column), NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_column (DeckLeadsPage *self,
            Column         column,
            const char    *id,
            const char    *title,
            int            fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSorter *sorter = create_sorter (self, column);
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "deck-page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_EMAIL || column == COLUMN_NAME ||
                                                  column == COLUMN_COMPANY);
  gtk_column_view_column_set_id (view_column, id);
  if (fixed_width > 0)
    {
      /* Translated titles can be longer than the figures below them ("Öffnungen"). */
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), title);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      int title_width;

      /* Headers are set small and bold. */
      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_layout_get_pixel_size (layout, &title_width, NULL);
      /* The header's padding and its sort arrow. */
      gtk_column_view_column_set_fixed_width (view_column, MAX (fixed_width, title_width + 30));
    }
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  self->columns[column] = view_column;
  g_object_unref (view_column);
}

static void
add_columns (DeckLeadsPage *self)
{
  add_column (self, COLUMN_EMAIL, "email", _("Email"), 0);
  add_column (self, COLUMN_NAME, "name", _("Name"), 0);
  add_column (self, COLUMN_COMPANY, "company", _("Company"), 0);
  /* Room for the longest status ("Unsubscribed") next to its icon. */
  add_column (self, COLUMN_STATUS, "status", _("Status"), 128);
  add_column (self, COLUMN_INTEREST, "interest", _("Interest"), 130);
  add_column (self, COLUMN_VERIFICATION, "verification", _("Verification"), 112);
  add_column (self, COLUMN_OPENS, "opens", _("Opens"), 62);
  add_column (self, COLUMN_REPLIES, "replies", _("Replies"), 66);
  add_column (self, COLUMN_CLICKS, "clicks", _("Clicks"), 60);
  add_column (self, COLUMN_LAST_CONTACT, "last-contact", _("Last Contact"), 108);
}

/* Narrow windows keep the columns a person scans first. */
static void
add_breakpoints (DeckLeadsPage *self)
{
  /* The template's child; AdwBin owns it, so it is not bound as a template child. */
  AdwBreakpointBin *bin = ADW_BREAKPOINT_BIN (adw_bin_get_child (ADW_BIN (self)));
  AdwBreakpoint *wide = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 1100sp"));
  AdwBreakpoint *medium = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 860sp"));
  AdwBreakpoint *narrow = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 560sp"));

  adw_breakpoint_add_setters (wide,
                              G_OBJECT (self->columns[COLUMN_VERIFICATION]), "visible", FALSE,
                              NULL);
  adw_breakpoint_add_setters (medium,
                              G_OBJECT (self->columns[COLUMN_VERIFICATION]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_CLICKS]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_LAST_CONTACT]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_COMPANY]), "visible", FALSE,
                              NULL);
  adw_breakpoint_add_setters (narrow,
                              G_OBJECT (self->columns[COLUMN_VERIFICATION]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_CLICKS]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_LAST_CONTACT]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_COMPANY]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_NAME]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_INTEREST]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_OPENS]), "visible", FALSE,
                              G_OBJECT (self->columns[COLUMN_REPLIES]), "visible", FALSE,
                              G_OBJECT (self->filter_content), "label", "",
                              G_OBJECT (self->new_content), "label", "",
                              G_OBJECT (self->move_content), "label", "",
                              NULL);
  adw_breakpoint_bin_add_breakpoint (bin, wide);
  adw_breakpoint_bin_add_breakpoint (bin, medium);
  adw_breakpoint_bin_add_breakpoint (bin, narrow);
}

/* ------------------------------------------------------------------ filtering */

static gboolean
has_local_filters (DeckLeadsPage *self)
{
  return self->needle != NULL ||
         self->status_filter != DECK_LEADS_FILTER_ANY ||
         self->interest_filter != DECK_LEADS_FILTER_ANY ||
         self->verification_filter != DECK_LEADS_FILTER_ANY;
}

static gboolean
lead_visible (gpointer item,
              gpointer user_data)
{
  DeckLeadsPage *self = user_data;
  DeckLead *lead = item;

  if (self->status_filter != DECK_LEADS_FILTER_ANY &&
      deck_lead_get_status (lead) != self->status_filter)
    return FALSE;
  if (self->interest_filter != DECK_LEADS_FILTER_ANY &&
      deck_lead_get_lt_interest_status (lead) != self->interest_filter)
    return FALSE;
  if (self->verification_filter != DECK_LEADS_FILTER_ANY &&
      deck_lead_get_verification_status (lead) != self->verification_filter)
    return FALSE;
  if (self->needle != NULL && !deck_lead_matches (lead, self->needle))
    return FALSE;

  return TRUE;
}

static void
refilter (DeckLeadsPage    *self,
          GtkFilterChange   change)
{
  gtk_filter_changed (GTK_FILTER (self->lead_filter), change);
  update_filter_label (self);
  update_state (self);
  update_status_line (self);
  update_actions (self);
}

static void
on_search_changed (DeckLeadsPage  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *folded = NULL;
  g_autofree char *old = NULL;
  GtkFilterChange change;

  g_autofree char *stripped = g_strstrip (g_strdup (text));

  folded = *stripped ? deck_lead_fold_search_text (stripped) : NULL;
  if (folded != NULL && *folded == '\0')
    g_clear_pointer (&folded, g_free);
  if (g_strcmp0 (folded, self->needle) == 0)
    return;

  /* Typing on narrows what is shown; deleting widens it: the filter model then only
   * looks at the rows that can change. */
  if (self->needle == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (folded, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->needle, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  old = g_steal_pointer (&self->needle);
  self->needle = g_steal_pointer (&folded);
  refilter (self, change);
}

static char *
dup_search_text (DeckLeadsPage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

static void
on_search_activate (DeckLeadsPage  *self,
                    GtkSearchEntry *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "leads.server-search", NULL);
}

static void
update_server_search (DeckLeadsPage *self)
{
  const char *search = self->lead_set ? deck_lead_set_get_search (self->lead_set) : NULL;

  if (search != NULL)
    {
      /* Translators: %s is what the server was asked to search for */
      g_autofree char *text = g_strdup_printf (_("The server searched for “%s”"), search);

      gtk_label_set_label (self->server_search_label, text);
    }
  gtk_revealer_set_reveal_child (self->server_search_revealer, search != NULL);
}

void
deck_leads_page_set_server_search (DeckLeadsPage *self,
                                   const char    *search)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (self->lead_set == NULL || g_strcmp0 (deck_lead_set_get_search (self->lead_set), search) == 0)
    return;

  deck_lead_set_set_search (self->lead_set, search);
  update_server_search (self);
  load_total (self);
}

/* The filter popover. */

static void
sync_combo (DeckLeadsPage *self,
            AdwComboRow   *row,
            guint          position)
{
  if (row == NULL || self->syncing_rows)
    return;
  self->syncing_rows = TRUE;
  adw_combo_row_set_selected (row, position);
  self->syncing_rows = FALSE;
}

static guint
position_of (const int *values,
             guint      n_values,
             int        value)
{
  if (value == DECK_LEADS_FILTER_ANY)
    return 0;
  for (guint i = 0; i < n_values; i++)
    if (values[i] == value)
      return i + 1;
  return 0;
}

void
deck_leads_page_set_status_filter (DeckLeadsPage *self,
                                   int            status)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (self->status_filter == status)
    return;
  self->status_filter = status;
  sync_combo (self, self->status_row, position_of (filter_statuses, G_N_ELEMENTS (filter_statuses), status));
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
deck_leads_page_set_interest_filter (DeckLeadsPage *self,
                                     int            interest)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (self->interest_filter == interest)
    return;
  self->interest_filter = interest;
  sync_combo (self, self->interest_row,
              position_of ((const int *) (gpointer) self->interest_values->data,
                           self->interest_values->len, interest));
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
deck_leads_page_set_verification_filter (DeckLeadsPage *self,
                                         int            verification)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (self->verification_filter == verification)
    return;
  self->verification_filter = verification;
  sync_combo (self, self->verification_row,
              position_of (filter_verifications, G_N_ELEMENTS (filter_verifications), verification));
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_filter_row_selected (DeckLeadsPage *self,
                        GParamSpec    *pspec,
                        AdwComboRow   *row)
{
  guint position = adw_combo_row_get_selected (row);
  int value = DECK_LEADS_FILTER_ANY;

  if (self->syncing_rows)
    return;

  self->syncing_rows = TRUE;
  if (row == self->status_row)
    {
      if (position > 0 && position <= G_N_ELEMENTS (filter_statuses))
        value = filter_statuses[position - 1];
      deck_leads_page_set_status_filter (self, value);
    }
  else if (row == self->interest_row)
    {
      if (position > 0 && position <= self->interest_values->len)
        value = g_array_index (self->interest_values, int, position - 1);
      deck_leads_page_set_interest_filter (self, value);
    }
  else if (row == self->verification_row)
    {
      if (position > 0 && position <= G_N_ELEMENTS (filter_verifications))
        value = filter_verifications[position - 1];
      deck_leads_page_set_verification_filter (self, value);
    }
  self->syncing_rows = FALSE;
}

/* Known statuses, then the workspace's own lead labels. */
static void
rebuild_interest_rows (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = deck_lead_util_dup_interest_values (self->workspace);
  guint selected = 0;

  g_ptr_array_add (labels, g_strdup (_("Any Interest")));
  for (guint i = 0; i < values->len; i++)
    {
      int value = g_array_index (values, int, i);

      g_ptr_array_add (labels, deck_lead_util_dup_interest_name (self->workspace, value));
      if (value == self->interest_filter)
        selected = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  g_array_set_size (self->interest_values, 0);
  g_array_append_vals (self->interest_values, values->data, values->len);

  self->syncing_rows = TRUE;
  gtk_string_list_splice (self->interest_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->interest_labels)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->interest_row, selected);
  self->syncing_rows = FALSE;

  /* A label that went away no longer filters. */
  if (selected == 0 && self->interest_filter != DECK_LEADS_FILTER_ANY)
    deck_leads_page_set_interest_filter (self, DECK_LEADS_FILTER_ANY);
}

static void
on_labels_changed (DeckLeadsPage *self)
{
  rebuild_interest_rows (self);
  update_filter_label (self);
  /* Interest names in the table may have changed. */
  if (self->columns[COLUMN_INTEREST] != NULL)
    {
      GtkSorter *sorter = gtk_column_view_column_get_sorter (self->columns[COLUMN_INTEREST]);

      if (sorter != NULL)
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
}

static AdwComboRow *
add_combo_row (DeckLeadsPage *self,
               GtkWidget     *list_box,
               const char    *title,
               GListModel    *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, model);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_filter_row_selected), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list_box), GTK_WIDGET (row));

  return row;
}

static void
build_filter_popover (DeckLeadsPage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list_box = gtk_list_box_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) verifications = gtk_string_list_new (NULL);

  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_statuses); i++)
    {
      g_autofree char *words = deck_lead_status_to_string (filter_statuses[i]);

      gtk_string_list_append (statuses, words);
    }
  gtk_string_list_append (verifications, _("Any Verification"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_verifications); i++)
    {
      g_autofree char *words = deck_lead_verification_to_string (filter_verifications[i]);

      gtk_string_list_append (verifications, words);
    }

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  gtk_widget_set_size_request (list_box, 300, -1);

  self->status_row = add_combo_row (self, list_box, _("_Status"), G_LIST_MODEL (statuses));
  self->interest_labels = gtk_string_list_new (NULL);
  self->interest_values = g_array_new (FALSE, FALSE, sizeof (int));
  self->interest_row = add_combo_row (self, list_box, _("_Interest"), G_LIST_MODEL (self->interest_labels));
  adw_combo_row_set_enable_search (self->interest_row, TRUE);
  self->verification_row = add_combo_row (self, list_box, _("_Verification"), G_LIST_MODEL (verifications));

  gtk_widget_set_margin_top (list_box, 6);
  gtk_widget_set_margin_bottom (list_box, 6);
  gtk_widget_set_margin_start (list_box, 6);
  gtk_widget_set_margin_end (list_box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), list_box);
  gtk_menu_button_set_popover (self->filter_button, popover);

  rebuild_interest_rows (self);
}

static void
update_filter_label (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  if (self->status_filter != DECK_LEADS_FILTER_ANY)
    g_ptr_array_add (parts, deck_lead_status_to_string (self->status_filter));
  if (self->interest_filter != DECK_LEADS_FILTER_ANY)
    g_ptr_array_add (parts, deck_lead_util_dup_interest_name (self->workspace, self->interest_filter));
  if (self->verification_filter != DECK_LEADS_FILTER_ANY)
    g_ptr_array_add (parts, deck_lead_verification_to_string (self->verification_filter));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between two active filters */
  text = g_strjoinv (_(", "), (char **) parts->pdata);
  gtk_label_set_label (self->filter_label, text);
}

/* ------------------------------------------------------------------ scope */

static void
scope_entry_clear (gpointer data)
{
  ScopeEntry *entry = data;

  g_clear_pointer (&entry->id, g_free);
}

static guint
find_scope_position (DeckLeadsPage *self,
                     DeckLeadScope  scope,
                     const char    *id)
{
  for (guint i = 0; i < self->scope_entries->len; i++)
    {
      ScopeEntry *entry = &g_array_index (self->scope_entries, ScopeEntry, i);

      if (entry->scope == scope && g_strcmp0 (entry->id, id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
add_scope_entry (DeckLeadsPage *self,
                 GPtrArray     *labels,
                 DeckLeadScope  scope,
                 const char    *id,
                 char          *label)
{
  ScopeEntry entry = { scope, g_strdup (id) };

  g_array_append_val (self->scope_entries, entry);
  g_ptr_array_add (labels, label);
}

static void
rebuild_scopes (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  DeckLeadScope scope = self->lead_set ? deck_lead_set_get_scope (self->lead_set) : DECK_LEAD_SCOPE_WORKSPACE;
  const char *scope_id = self->lead_set ? deck_lead_set_get_scope_id (self->lead_set) : NULL;
  guint position;

  g_array_set_size (self->scope_entries, 0);
  add_scope_entry (self, labels, DECK_LEAD_SCOPE_WORKSPACE, NULL, g_strdup (_("All Leads")));

  if (self->workspace != NULL)
    {
      GListModel *campaigns = deck_workspace_get_campaigns (self->workspace);
      GListModel *lists = deck_workspace_get_lead_lists (self->workspace);

      for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
        {
          g_autoptr(DeckCampaign) campaign = g_list_model_get_item (campaigns, i);

          add_scope_entry (self, labels, DECK_LEAD_SCOPE_CAMPAIGN, deck_campaign_get_id (campaign),
                           /* Translators: a choice of which leads to show; %s is a campaign's name */
                           g_strdup_printf (_("Campaign: %s"), deck_campaign_get_name (campaign)));
        }
      for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
        {
          g_autoptr(DeckLeadList) list = g_list_model_get_item (lists, i);

          add_scope_entry (self, labels, DECK_LEAD_SCOPE_LIST, deck_lead_list_get_id (list),
                           /* Translators: a choice of which leads to show; %s is a lead list's name */
                           g_strdup_printf (_("List: %s"), deck_lead_list_get_name (list)));
        }
    }

  /* A campaign or list that is not known (yet) keeps its place. */
  position = find_scope_position (self, scope, scope_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      position = self->scope_entries->len;
      add_scope_entry (self, labels, scope, scope_id,
                       g_strdup (scope == DECK_LEAD_SCOPE_CAMPAIGN ? _("Campaign: …") : _("List: …")));
    }
  g_ptr_array_add (labels, NULL);

  self->syncing_scope = TRUE;
  gtk_string_list_splice (self->scope_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->scope_labels)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->scope_dropdown, position);
  self->syncing_scope = FALSE;
}

static void
on_scope_selected (DeckLeadsPage *self,
                   GParamSpec    *pspec,
                   GtkDropDown   *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);
  ScopeEntry *entry;

  if (self->syncing_scope || position >= self->scope_entries->len)
    return;

  entry = &g_array_index (self->scope_entries, ScopeEntry, position);
  deck_leads_page_set_scope (self, entry->scope, entry->id);
}

static void
on_scope_sources_changed (DeckLeadsPage *self)
{
  rebuild_scopes (self);
}

void
deck_leads_page_set_scope (DeckLeadsPage *self,
                           DeckLeadScope  scope,
                           const char    *scope_id)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (self->lead_set == NULL)
    return;
  if (scope == DECK_LEAD_SCOPE_WORKSPACE)
    scope_id = NULL;
  if (deck_lead_set_get_scope (self->lead_set) == scope &&
      g_strcmp0 (deck_lead_set_get_scope_id (self->lead_set), scope_id) == 0)
    return;

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  deck_lead_set_set_scope (self->lead_set, scope, scope_id);
  rebuild_scopes (self);
  load_total (self);
  update_state (self);
  update_status_line (self);
}

/* The size of the view when the server can tell it: a list's verification stats, a
 * campaign's analytics. The workspace as a whole has no count. */

typedef struct
{
  DeckLeadsPage *self;
  GCancellable  *cancellable;
} TotalCall;

static void
total_call_free (TotalCall *call)
{
  g_object_unref (call->cancellable);
  g_free (call);
}

static void
list_total_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  TotalCall *call = user_data;
  DeckLeadListStats stats = { 0, };
  g_autoptr(GError) error = NULL;

  if (deck_client_get_lead_list_stats_finish (DECK_CLIENT (source), result, &stats, &error) &&
      !g_cancellable_is_cancelled (call->cancellable))
    {
      call->self->total = stats.total_leads;
      update_status_line (call->self);
    }
  total_call_free (call);
}

static void
campaign_total_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TotalCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  rows = deck_client_get_campaigns_analytics_finish (DECK_CLIENT (source), result, &error);
  if (rows != NULL && json_array_get_length (rows) > 0 && !g_cancellable_is_cancelled (call->cancellable))
    {
      JsonObject *row = json_array_get_object_element (rows, 0);
      JsonNode *node = row ? json_object_get_member (row, "leads_count") : NULL;

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
        {
          call->self->total = json_node_get_int (node);
          update_status_line (call->self);
        }
    }
  total_call_free (call);
}

static void
load_total (DeckLeadsPage *self)
{
  DeckClient *client;
  const char *id;
  TotalCall *call;

  g_cancellable_cancel (self->total_cancellable);
  g_clear_object (&self->total_cancellable);
  self->total = -1;

  if (self->workspace == NULL || self->lead_set == NULL ||
      deck_lead_set_get_search (self->lead_set) != NULL ||
      deck_lead_set_get_filter (self->lead_set) != NULL)
    return;

  id = deck_lead_set_get_scope_id (self->lead_set);
  if (id == NULL)
    return;

  client = deck_workspace_get_client (self->workspace);
  self->total_cancellable = g_cancellable_new ();
  call = g_new0 (TotalCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->total_cancellable);

  if (deck_lead_set_get_scope (self->lead_set) == DECK_LEAD_SCOPE_LIST)
    deck_client_get_lead_list_stats_async (client, id, self->total_cancellable, list_total_cb, call);
  else
    {
      const char *ids[] = { id, NULL };

      deck_client_get_campaigns_analytics_async (client, ids, NULL, NULL, self->total_cancellable,
                                                 campaign_total_cb, call);
    }
}

/* ------------------------------------------------------------------ state */

static void
set_state (DeckLeadsPage *self,
           const char    *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckLeadsPage *self)
{
  guint n_loaded;
  const GError *error;

  if (self->filter_model == NULL)
    return;

  if (self->workspace == NULL || self->lead_set == NULL)
    {
      set_state (self, "loading");
      return;
    }

  n_loaded = g_list_model_get_n_items (deck_lead_set_get_model (self->lead_set));
  error = deck_lead_set_get_error (self->lead_set);

  if (n_loaded == 0 && error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *description = deck_api_error_describe (error);

      adw_status_page_set_title (self->error_page, deck_api_error_get_title (error));
      adw_status_page_set_description (self->error_page, description);
      set_state (self, "error");
    }
  else if (n_loaded == 0 && (deck_lead_set_get_loading (self->lead_set) || self->load_wanted))
    set_state (self, "loading");
  else if (n_loaded == 0)
    set_state (self, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
           gtk_filter_list_model_get_pending (self->filter_model) == 0 &&
           !deck_lead_set_get_loading (self->lead_set))
    set_state (self, "no-matches");
  else
    set_state (self, "results");
}

static char *
format_count (guint64 n)
{
  /* Grouped digits in the person's locale ("12,345"). */
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

static gboolean
pulse_cb (gpointer user_data)
{
  DeckLeadsPage *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
update_status_line (DeckLeadsPage *self)
{
  gboolean loading = self->lead_set != NULL && deck_lead_set_get_loading (self->lead_set);
  gboolean complete = self->lead_set != NULL && deck_lead_set_get_complete (self->lead_set);
  guint n_loaded = self->lead_set ? g_list_model_get_n_items (deck_lead_set_get_model (self->lead_set)) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *loaded = format_count (n_loaded);
  g_autofree char *shown = format_count (n_shown);
  g_autofree char *text = NULL;
  gboolean filtered = has_local_filters (self);

  if (loading && self->total > 0)
    {
      g_autofree char *total = format_count (MAX ((guint64) self->total, n_loaded));

      /* Translators: the first %s is how many leads arrived, the second how many there are */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s lead loaded…", "%s of %s leads loaded…",
                                           (gulong) self->total),
                              loaded, total);
      gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) n_loaded / (double) self->total));
    }
  else if (loading)
    /* Translators: %s is how many leads arrived so far */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead loaded…", "%s leads loaded…", n_loaded),
                            loaded);
  else if (!complete && n_loaded > 0)
    /* Translators: %s is how many leads arrived before loading stopped */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead loaded, not all of this view",
                                         "%s leads loaded, not all of this view", n_loaded),
                            loaded);
  else
    /* Translators: %s is the number of leads in the view */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead", "%s leads", n_loaded), loaded);

  if (filtered && n_loaded > 0)
    {
      /* Translators: the status line's first part, then how many leads the search and filters show */
      g_autofree char *full = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s shown", "%s · %s shown", n_shown),
                                               text, shown);

      g_free (text);
      text = g_steal_pointer (&full);
    }

  if (g_strcmp0 (text, self->count_text) != 0)
    {
      g_set_str (&self->count_text, text);
      gtk_label_set_label (self->count_label, text);
    }

  gtk_widget_set_visible (self->stop_button, loading);
  gtk_widget_set_visible (self->load_all_button, !loading && !complete && n_loaded > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), loading);
  gtk_widget_set_visible (self->status_line, self->lead_set != NULL && (loading || n_loaded > 0));

  /* Without a total, the bar says "still working". */
  if (loading && self->total <= 0 && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (250, pulse_cb, self);
  else if ((!loading || self->total > 0) && self->pulse_id != 0)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static void
on_set_changed (DeckLeadsPage *self)
{
  update_state (self);
  update_status_line (self);
  update_actions (self);
}

static void
on_set_error (DeckLeadsPage *self)
{
  const GError *error = deck_lead_set_get_error (self->lead_set);

  /* With leads already shown, a failure is only reported. */
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      g_list_model_get_n_items (deck_lead_set_get_model (self->lead_set)) > 0)
    show_error_toast (self, _("Could not load every lead"), error);
  on_set_changed (self);
}

/* ------------------------------------------------------------------ selection */

static guint
n_selected (DeckLeadsPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static GPtrArray *
dup_selected_leads (DeckLeadsPage *self)
{
  GPtrArray *leads = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (leads, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return leads;
}

/* Every shown lead is selected and nothing local narrows the view: the selection is
 * the view as the server sees it, loaded or not. */
static gboolean
selection_is_whole_view (DeckLeadsPage *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  return n_shown > 0 && n_selected (self) == n_shown && !has_local_filters (self) &&
         gtk_filter_list_model_get_pending (self->filter_model) == 0;
}

static void
update_actions (DeckLeadsPage *self)
{
  guint n = self->selection ? n_selected (self) : 0;
  guint n_shown = self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0;
  gboolean ready = self->workspace != NULL && self->lead_set != NULL;
  gboolean loading = ready && deck_lead_set_get_loading (self->lead_set);
  g_autofree char *label = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.reload", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.stop", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.open-details", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.move", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.copy", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.interest", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.merge", ready && n == 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.block", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.delete", ready && n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.select-all", ready && n_shown > 0 && n < n_shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.select-none", ready && n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.scope", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.server-search", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.clear-server-search",
                                 ready && deck_lead_set_get_search (self->lead_set) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.import", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "leads.export", ready && n_shown > 0);

  if (n > 0 && selection_is_whole_view (self))
    {
      if (deck_lead_set_get_complete (self->lead_set))
        {
          g_autofree char *count = format_count (n);

          /* Translators: %s is the number of leads in the view, all of them selected */
          label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %s lead in this view", "All %s leads in this view", n),
                                   count);
        }
      else
        label = g_strdup (_("All leads in this view"));
    }
  else if (n > 0)
    {
      g_autofree char *count = format_count (n);

      /* Translators: %s is the number of selected leads */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s selected", "%s selected", n), count);
    }
  gtk_label_set_label (self->selection_label, label ? label : "");
  gtk_action_bar_set_revealed (self->action_bar, n > 0);

  if (n > 0 && n < n_shown)
    {
      g_autofree char *count = format_count (n_shown);
      /* Translators: a button that selects every lead shown; %s is their number */
      g_autofree char *select = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Select the _%s Shown", "Select All _%s Shown", n_shown),
                                                 count);

      gtk_button_set_label (self->select_view_button, select);
      gtk_button_set_use_underline (self->select_view_button, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->select_view_button), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->select_view_button), FALSE);
}

static void
on_selection_changed (DeckLeadsPage *self)
{
  update_actions (self);
}

static void
on_items_changed (DeckLeadsPage *self)
{
  update_state (self);
  update_status_line (self);
  update_actions (self);
}

/* "a@x.com, b@y.com and 3 more" */
static char *
name_leads (GPtrArray *leads)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = MIN (leads->len, 2);

  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *name = deck_lead_util_dup_label (g_ptr_array_index (leads, i));

      if (i > 0)
        g_string_append (names, shown == leads->len ? _(" and ") : _(", "));
      g_string_append (names, name);
    }
  if (leads->len > shown)
    g_string_append_printf (names,
                            g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", leads->len - shown),
                            leads->len - shown);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* ------------------------------------------------------------------ move and copy */

typedef struct
{
  GWeakRef       page;
  DeckClient    *client;
  GCancellable  *cancellable;
  GPtrArray     *jobs;           /* DeckBackgroundJob * started */
  char          *destination;    /* name, for the messages */
  gboolean       copy;
  guint          n_requests;     /* POST /leads/move not answered yet */
  guint          n_following;    /* jobs not finished yet */
  guint64        n_leads;        /* what was asked (0 = the whole view) */
  guint64        n_done;         /* the jobs' success counts */
  guint64        n_failed;
  gboolean       have_counts;
  GError        *error;
} MoveRun;

static void
move_run_free (MoveRun *run)
{
  g_weak_ref_clear (&run->page);
  g_object_unref (run->client);
  g_object_unref (run->cancellable);
  g_ptr_array_unref (run->jobs);
  g_free (run->destination);
  g_clear_error (&run->error);
  g_free (run);
}

static gint64
data_count (JsonObject *data,
            const char *name)
{
  JsonNode *node = data ? json_object_get_member (data, name) : NULL;

  if (node == NULL)
    return -1;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_length (json_node_get_array (node));
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64)
        return json_node_get_int (node);
      if (type == G_TYPE_DOUBLE)
        return (gint64) json_node_get_double (node);
      if (type == G_TYPE_STRING)
        return g_ascii_strtoll (json_node_get_string (node), NULL, 10);
    }
  return -1;
}

/* The banner follows every job of the run to its end. */
static void
update_move_banner (DeckLeadsPage *self,
                    MoveRun       *run)
{
  int progress = 0;
  g_autofree char *title = NULL;

  for (guint i = 0; i < run->jobs->len; i++)
    progress += deck_background_job_get_progress (g_ptr_array_index (run->jobs, i));
  if (run->jobs->len > 0)
    progress /= (int) run->jobs->len;

  if (run->copy)
    /* Translators: %s is a campaign or list name, %d the job's progress in percent */
    title = g_strdup_printf (_("Copying leads to “%s”… %d %%"), run->destination, CLAMP (progress, 0, 100));
  else
    /* Translators: %s is a campaign or list name, %d the job's progress in percent */
    title = g_strdup_printf (_("Moving leads to “%s”… %d %%"), run->destination, CLAMP (progress, 0, 100));

  adw_banner_set_title (self->job_banner, title);
  adw_banner_set_button_label (self->job_banner, NULL);
  adw_banner_set_revealed (self->job_banner, TRUE);
}

static void
on_job_progress (DeckBackgroundJob *job,
                 GParamSpec        *pspec,
                 MoveRun           *run)
{
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&run->page);

  if (self != NULL)
    update_move_banner (self, run);
}

static void
finish_move_run (MoveRun *run)
{
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&run->page);
  g_autofree char *text = NULL;

  if (self == NULL || g_cancellable_is_cancelled (run->cancellable))
    return;

  adw_banner_set_revealed (self->job_banner, FALSE);

  if (run->error != NULL)
    {
      g_autofree char *what = NULL;

      if (run->copy)
        /* Translators: %s is a campaign or list name */
        what = g_strdup_printf (_("Could not copy the leads to “%s”"), run->destination);
      else
        /* Translators: %s is a campaign or list name */
        what = g_strdup_printf (_("Could not move the leads to “%s”"), run->destination);
      show_error_toast (self, what, run->error);
    }
  else
    {
      g_autofree char *done = format_count (run->have_counts ? run->n_done : run->n_leads);

      if (run->copy)
        /* Translators: %s (first) is a number of leads, the second a campaign or list name */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead copied to “%s”", "%s leads copied to “%s”",
                                             (gulong) (run->have_counts ? run->n_done : run->n_leads)),
                                done, run->destination);
      else
        /* Translators: %s (first) is a number of leads, the second a campaign or list name */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead moved to “%s”", "%s leads moved to “%s”",
                                             (gulong) (run->have_counts ? run->n_done : run->n_leads)),
                                done, run->destination);

      if (run->n_failed > 0)
        {
          g_autofree char *failed = format_count (run->n_failed);
          /* Translators: appended to "3 leads moved to “X”"; %s is how many were not */
          g_autofree char *full = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s failed", "%s, %s failed",
                                                                (gulong) run->n_failed),
                                                   text, failed);

          g_free (text);
          text = g_steal_pointer (&full);
        }
      show_toast (self, text);
    }

  /* What the view holds changed on the server. */
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  deck_lead_set_reload (self->lead_set);
  operation_end (self);
}

static void
maybe_finish_move_run (MoveRun *run)
{
  if (run->n_requests > 0 || run->n_following > 0)
    return;

  finish_move_run (run);
  move_run_free (run);
}

static void
follow_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  MoveRun *run = user_data;
  DeckBackgroundJob *job = g_object_get_data (G_OBJECT (result), "deck-job");
  g_autoptr(GError) error = NULL;

  if (!deck_client_follow_job_finish (DECK_CLIENT (source), result, &error) && run->error == NULL)
    run->error = g_steal_pointer (&error);

  (void) job;
  run->n_following--;
  maybe_finish_move_run (run);
}

static void
count_job (MoveRun           *run,
           DeckBackgroundJob *job)
{
  JsonObject *data = deck_background_job_get_data (job);
  gint64 done = data_count (data, "success_count");
  gint64 failed = data_count (data, "failed_count");

  if (done < 0)
    done = data_count (data, "moved_leads");
  if (done >= 0)
    {
      run->n_done += done;
      run->have_counts = TRUE;
    }
  if (failed > 0)
    run->n_failed += failed;
}

static void
on_job_finished (DeckBackgroundJob *job,
                 GParamSpec        *pspec,
                 MoveRun           *run)
{
  if (!deck_background_job_is_finished (job) || g_object_get_data (G_OBJECT (job), "deck-counted"))
    return;
  g_object_set_data (G_OBJECT (job), "deck-counted", GINT_TO_POINTER (1));
  count_job (run, job);
}

static void
move_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  MoveRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(DeckLeadsPage) self = NULL;

  job = deck_client_move_leads_finish (DECK_CLIENT (source), result, &error);
  run->n_requests--;

  if (job == NULL)
    {
      if (run->error == NULL)
        run->error = g_steal_pointer (&error);
      maybe_finish_move_run (run);
      return;
    }

  g_ptr_array_add (run->jobs, g_object_ref (job));
  g_signal_connect (job, "notify::progress", G_CALLBACK (on_job_progress), run);
  g_signal_connect (job, "notify::status", G_CALLBACK (on_job_finished), run);
  on_job_finished (job, NULL, run);

  self = g_weak_ref_get (&run->page);
  if (self != NULL)
    update_move_banner (self, run);

  if (deck_background_job_is_finished (job))
    {
      if (!deck_background_job_is_success (job) && run->error == NULL)
        run->error = g_error_new (DECK_API_ERROR, DECK_API_ERROR_REMOTE, "%s",
                                  deck_background_job_get_status (job));
      maybe_finish_move_run (run);
      return;
    }

  run->n_following++;
  deck_client_follow_job_async (run->client, job,
                                self ? self->job_interval_ms : DEFAULT_JOB_INTERVAL_MS,
                                run->cancellable, follow_cb, run);
}

static char *
dup_destination_name (DeckLeadsPage *self,
                      const char    *to_campaign_id,
                      const char    *to_list_id)
{
  if (to_campaign_id != NULL)
    {
      DeckCampaign *campaign = deck_workspace_lookup_campaign (self->workspace, to_campaign_id);

      return g_strdup (campaign ? deck_campaign_get_name (campaign) : to_campaign_id);
    }
  else
    {
      DeckLeadList *list = deck_workspace_lookup_lead_list (self->workspace, to_list_id);

      return g_strdup (list ? deck_lead_list_get_name (list) : to_list_id);
    }
}

static void
send_move (MoveRun             *run,
           const DeckLeadQuery *query,
           const char          *to_campaign_id,
           const char          *to_list_id)
{
  run->n_requests++;
  deck_client_move_leads_async (run->client, query, to_campaign_id, to_list_id, run->copy,
                                run->cancellable, move_cb, run);
}

/* The spec wants a campaign or a list next to ids: one request per source. */
static void
move_leads (DeckLeadsPage *self,
            GPtrArray     *leads,
            gboolean       whole_view,
            const char    *to_campaign_id,
            const char    *to_list_id,
            gboolean       copy)
{
  MoveRun *run;

  g_return_if_fail ((to_campaign_id == NULL) != (to_list_id == NULL));

  run = g_new0 (MoveRun, 1);
  g_weak_ref_init (&run->page, self);
  run->client = g_object_ref (deck_workspace_get_client (self->workspace));
  run->cancellable = g_object_ref (self->cancellable);
  run->jobs = g_ptr_array_new_with_free_func (g_object_unref);
  run->destination = dup_destination_name (self, to_campaign_id, to_list_id);
  run->copy = copy;
  operation_begin (self);

  if (whole_view)
    {
      g_autoptr(DeckLeadQuery) query = deck_lead_set_dup_query (self->lead_set);

      run->n_leads = leads->len;
      send_move (run, query, to_campaign_id, to_list_id);
    }
  else
    {
      g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_ptr_array_unref);
      GHashTableIter iter;
      gpointer key, value;
      guint n_skipped = 0;

      for (guint i = 0; i < leads->len; i++)
        {
          DeckLead *lead = g_ptr_array_index (leads, i);
          const char *campaign = deck_lead_get_campaign (lead);
          const char *list = deck_lead_get_list_id (lead);
          g_autofree char *group = NULL;
          GPtrArray *ids;

          if (campaign != NULL)
            group = g_strconcat ("c:", campaign, NULL);
          else if (list != NULL)
            group = g_strconcat ("l:", list, NULL);
          else
            {
              n_skipped++;
              continue;
            }

          ids = g_hash_table_lookup (groups, group);
          if (ids == NULL)
            {
              ids = g_ptr_array_new ();
              g_hash_table_insert (groups, g_steal_pointer (&group), ids);
            }
          g_ptr_array_add (ids, (gpointer) deck_lead_get_id (lead));
        }

      if (n_skipped > 0)
        g_debug ("%u leads are in no campaign and no list; not moved", n_skipped);

      run->n_leads = leads->len - n_skipped;
      g_hash_table_iter_init (&iter, groups);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const char *group = key;
          GPtrArray *ids = value;
          g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();

          g_ptr_array_add (ids, NULL);
          if (group[0] == 'c')
            query->campaign = g_strdup (group + 2);
          else
            query->list_id = g_strdup (group + 2);
          query->ids = g_strdupv ((char **) ids->pdata);
          send_move (run, query, to_campaign_id, to_list_id);
        }
    }

  update_move_banner (self, run);
  update_actions (self);
  maybe_finish_move_run (run);
}

void
deck_leads_page_move_selected (DeckLeadsPage *self,
                               const char    *to_campaign_id,
                               const char    *to_list_id,
                               gboolean       copy)
{
  g_autoptr(GPtrArray) leads = NULL;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (self->workspace != NULL);
  g_return_if_fail ((to_campaign_id == NULL) != (to_list_id == NULL));

  leads = dup_selected_leads (self);
  if (leads->len == 0)
    return;

  move_leads (self, leads, selection_is_whole_view (self), to_campaign_id, to_list_id, copy);
}

static void
on_move_chosen (DeckLeadsPage      *self,
                DeckLeadMoveDialog *dialog)
{
  deck_leads_page_move_selected (self,
                                 deck_lead_move_dialog_get_campaign_id (dialog),
                                 deck_lead_move_dialog_get_list_id (dialog),
                                 deck_lead_move_dialog_get_copy (dialog));
}

static char *
dup_target_words (DeckLeadsPage *self)
{
  guint n = n_selected (self);
  g_autofree char *count = format_count (n);

  if (selection_is_whole_view (self) && !deck_lead_set_get_complete (self->lead_set))
    return g_strdup (_("every lead in this view, also those not loaded yet"));

  /* Translators: %s is a number of leads */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead", "%s leads", n), count);
}

static void
ask_move (DeckLeadsPage *self,
          gboolean       copy)
{
  g_autofree char *what = dup_target_words (self);
  AdwDialog *dialog = deck_lead_move_dialog_new (self->workspace, copy, what);

  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_move_chosen), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ interest */

typedef struct
{
  GWeakRef      page;
  DeckClient   *client;
  GCancellable *cancellable;
  GPtrArray    *leads;
  int           interest;
  char         *interest_name;
  guint         next;
  guint         n_running;
  guint         n_done;
  guint         n_failed;
  GError       *error;
} InterestRun;

static void interest_next (InterestRun *run);

static void
interest_run_free (InterestRun *run)
{
  g_weak_ref_clear (&run->page);
  g_object_unref (run->client);
  g_object_unref (run->cancellable);
  g_ptr_array_unref (run->leads);
  g_free (run->interest_name);
  g_clear_error (&run->error);
  g_free (run);
}

static void
interest_finish (InterestRun *run)
{
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&run->page);

  if (self != NULL && !g_cancellable_is_cancelled (run->cancellable))
    {
      adw_banner_set_revealed (self->job_banner, FALSE);
      if (run->n_done == 0 && run->error != NULL)
        show_error_toast (self, _("Could not change the interest status"), run->error);
      else
        {
          g_autofree char *count = format_count (run->n_done);
          /* Translators: the first %s is a number of leads, the second an interest status ("Interested") */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "The server is setting %s lead to “%s”",
                                                                "The server is setting %s leads to “%s”",
                                                                run->n_done),
                                                   count, run->interest_name);

          if (run->n_failed > 0)
            {
              /* Translators: appended to the message above; %u is how many were refused */
              g_autofree char *full = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u refused", "%s; %u refused",
                                                                    run->n_failed),
                                                       text, run->n_failed);

              g_free (text);
              text = g_steal_pointer (&full);
            }
          show_toast (self, text);
        }
      operation_end (self);
    }
  else if (self != NULL)
    operation_end (self);

  interest_run_free (run);
}

static void
interest_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  InterestRun *run = user_data;
  g_autoptr(GError) error = NULL;
  DeckLead *lead = g_object_get_data (G_OBJECT (result), "deck-lead");

  (void) lead;
  run->n_running--;
  if (deck_client_update_interest_status_finish (DECK_CLIENT (source), result, &error))
    run->n_done++;
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      run->n_failed++;
      if (run->error == NULL)
        run->error = g_steal_pointer (&error);
    }

  interest_next (run);
}

static void
interest_next (InterestRun *run)
{
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&run->page);

  while (run->n_running < INTEREST_PARALLEL && run->next < run->leads->len &&
         !g_cancellable_is_cancelled (run->cancellable))
    {
      DeckLead *lead = g_ptr_array_index (run->leads, run->next++);
      const char *email = deck_lead_get_email (lead);

      if (email == NULL)
        {
          run->n_failed++;
          continue;
        }
      run->n_running++;
      deck_client_update_interest_status_async (run->client, email, run->interest,
                                                deck_lead_get_campaign (lead),
                                                deck_lead_get_campaign (lead) ? NULL : deck_lead_get_list_id (lead),
                                                run->cancellable, interest_cb, run);
    }

  if (self != NULL && run->leads->len > 1)
    {
      /* Translators: %u of %u leads done */
      g_autofree char *title = g_strdup_printf (_("Changing the interest status… %u of %u"),
                                                run->n_done + run->n_failed, run->leads->len);

      adw_banner_set_title (self->job_banner, title);
      adw_banner_set_button_label (self->job_banner, NULL);
      adw_banner_set_revealed (self->job_banner, run->n_running > 0);
    }

  if (run->n_running == 0)
    interest_finish (run);
}

void
deck_leads_page_set_interest_selected (DeckLeadsPage *self,
                                       int            interest)
{
  InterestRun *run;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (self->workspace != NULL);

  run = g_new0 (InterestRun, 1);
  g_weak_ref_init (&run->page, self);
  run->client = g_object_ref (deck_workspace_get_client (self->workspace));
  run->cancellable = g_object_ref (self->cancellable);
  run->leads = dup_selected_leads (self);
  run->interest = interest;
  run->interest_name = deck_lead_util_dup_interest_name (self->workspace, interest);
  operation_begin (self);
  update_actions (self);
  interest_next (run);
}

static void
on_interest_response (DeckLeadsPage  *self,
                      const char     *response,
                      AdwAlertDialog *dialog)
{
  AdwComboRow *row = g_object_get_data (G_OBJECT (dialog), "deck-row");
  GArray *values = g_object_get_data (G_OBJECT (dialog), "deck-values");
  guint position = adw_combo_row_get_selected (row);

  if (g_strcmp0 (response, "change") == 0 && position < values->len)
    deck_leads_page_set_interest_selected (self, g_array_index (values, int, position));
}

static void
ask_interest (DeckLeadsPage *self)
{
  g_autoptr(GArray) values = deck_lead_util_dup_interest_values (self->workspace);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *what = dup_target_words (self);
  g_autofree char *body = NULL;
  GtkWidget *list_box = gtk_list_box_new ();
  GtkWidget *row = adw_combo_row_new ();
  AdwDialog *dialog;

  for (guint i = 0; i < values->len; i++)
    {
      g_autofree char *name = deck_lead_util_dup_interest_name (self->workspace, g_array_index (values, int, i));

      gtk_string_list_append (labels, name);
    }

  if (selection_is_whole_view (self) && !deck_lead_set_get_complete (self->lead_set))
    {
      g_autofree char *count = format_count (n_selected (self));

      /* Translators: %s is a number of leads */
      body = g_strdup_printf (_("The change applies to the %s loaded leads of this view, one by one. The server runs it in the background."),
                              count);
    }
  else
    /* Translators: %s is "3 leads" */
    body = g_strdup_printf (_("The change applies to %s, one by one. The server runs it in the background."), what);

  dialog = adw_alert_dialog_new (_("Change Interest Status"), body);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Interest Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_enable_search (ADW_COMBO_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list_box), row);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), list_box);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "change", _("C_hange"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "change", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "change");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "deck-row", row);
  g_object_set_data_full (G_OBJECT (dialog), "deck-values", g_array_ref (values), (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_interest_response), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ delete */

typedef struct
{
  GWeakRef      page;
  DeckLeadSet  *lead_set;
  GApplication *application;
  GPtrArray    *ids;         /* every id asked for */
  guint         n_requests;
  guint64       n_deleted;
  GError       *error;
} DeleteRun;

static void
delete_run_finish (DeleteRun *run)
{
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&run->page);

  /* The rows go whatever happened to the page; a reload corrects a partial failure. */
  g_ptr_array_add (run->ids, NULL);
  if (run->n_deleted > 0)
    deck_lead_set_remove_leads (run->lead_set, (const char * const *) run->ids->pdata);

  if (self != NULL)
    {
      g_autofree char *count = format_count (run->n_deleted);

      if (run->error != NULL && run->n_deleted == 0)
        show_error_toast (self, _("Could not delete the leads"), run->error);
      else if (run->error != NULL)
        {
          /* Translators: %s is a number of leads */
          g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead deleted, some could not be",
                                                                "%s leads deleted, some could not be",
                                                                (gulong) run->n_deleted),
                                                   count);

          show_error_toast (self, what, run->error);
          deck_lead_set_reload (self->lead_set);
        }
      else
        {
          /* Translators: %s is a number of leads */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead deleted", "%s leads deleted",
                                                                (gulong) run->n_deleted),
                                                   count);

          show_toast (self, text);
        }
      operation_end (self);
    }

  if (run->application != NULL)
    {
      g_application_release (run->application);
      g_object_unref (run->application);
    }
  g_weak_ref_clear (&run->page);
  g_object_unref (run->lead_set);
  g_ptr_array_unref (run->ids);
  g_clear_error (&run->error);
  g_free (run);
}

static void
delete_many_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DeleteRun *run = user_data;
  g_autoptr(GError) error = NULL;
  guint64 count = 0;

  if (deck_client_delete_leads_finish (DECK_CLIENT (source), result, &count, &error))
    run->n_deleted += count;
  else if (run->error == NULL)
    run->error = g_steal_pointer (&error);

  if (--run->n_requests == 0)
    delete_run_finish (run);
}

static void
delete_one_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  DeleteRun *run = user_data;
  g_autoptr(GError) error = NULL;

  if (deck_client_delete_lead_finish (DECK_CLIENT (source), result, &error))
    run->n_deleted++;
  else if (run->error == NULL)
    run->error = g_steal_pointer (&error);

  if (--run->n_requests == 0)
    delete_run_finish (run);
}

void
deck_leads_page_delete_selected (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GHashTable) groups = NULL;
  DeckClient *client;
  DeleteRun *run;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (self->workspace != NULL);

  leads = dup_selected_leads (self);
  if (leads->len == 0)
    return;

  client = deck_workspace_get_client (self->workspace);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  run = g_new0 (DeleteRun, 1);
  g_weak_ref_init (&run->page, self);
  run->lead_set = g_object_ref (self->lead_set);
  run->ids = g_ptr_array_new_with_free_func (g_free);
  /* A delete the person confirmed finishes even when the window closes. */
  run->application = g_application_get_default ();
  if (run->application != NULL)
    {
      g_object_ref (run->application);
      g_application_hold (run->application);
    }

  /* DELETE /leads needs a campaign or a list next to the ids: one request per source;
   * a lead in neither goes alone. */
  for (guint i = 0; i < leads->len; i++)
    {
      DeckLead *lead = g_ptr_array_index (leads, i);
      const char *campaign = deck_lead_get_campaign (lead);
      const char *list = deck_lead_get_list_id (lead);
      g_autofree char *group = NULL;
      GPtrArray *ids;

      g_ptr_array_add (run->ids, g_strdup (deck_lead_get_id (lead)));
      if (campaign != NULL)
        group = g_strconcat ("c:", campaign, NULL);
      else if (list != NULL)
        group = g_strconcat ("l:", list, NULL);
      else
        {
          run->n_requests++;
          deck_client_delete_lead_async (client, deck_lead_get_id (lead), NULL, delete_one_cb, run);
          continue;
        }

      ids = g_hash_table_lookup (groups, group);
      if (ids == NULL)
        {
          ids = g_ptr_array_new ();
          g_hash_table_insert (groups, g_steal_pointer (&group), ids);
        }
      g_ptr_array_add (ids, (gpointer) deck_lead_get_id (lead));
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *group = key;
      GPtrArray *ids = value;

      g_ptr_array_add (ids, NULL);
      run->n_requests++;
      deck_client_delete_leads_async (client,
                                      group[0] == 'c' ? group + 2 : NULL,
                                      group[0] == 'l' ? group + 2 : NULL,
                                      (const char * const *) ids->pdata, 0,
                                      NULL, delete_many_cb, run);
    }

  operation_begin (self);
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  update_actions (self);
}

static void
on_delete_response (DeckLeadsPage  *self,
                    const char     *response,
                    AdwAlertDialog *dialog)
{
  if (g_strcmp0 (response, "delete") == 0 && self->workspace != NULL)
    deck_leads_page_delete_selected (self);
}

static void
confirm_delete (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) leads = dup_selected_leads (self);
  g_autofree char *count = format_count (leads->len);
  g_autofree char *names = name_leads (leads);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  if (leads->len == 0)
    return;

  /* Translators: %s is the exact number of leads */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %s Lead?", "Delete %s Leads?", leads->len), count);
  if (selection_is_whole_view (self) && !deck_lead_set_get_complete (self->lead_set))
    /* Translators: %s is a list of lead names */
    body = g_strdup_printf (_("%s will be deleted from the workspace, with their activity. Only the leads loaded so far are deleted. This cannot be undone."),
                            names);
  else
    /* Translators: %s is a list of lead names */
    body = g_strdup_printf (_("%s will be deleted from the workspace, with their activity. This cannot be undone."),
                            names);

  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ block list */

typedef struct
{
  DeckLeadsPage *self;
  GCancellable  *cancellable;
} BlockCall;

static void
block_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  BlockCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint valid = 0, invalid = 0;

  entries = deck_client_add_block_list_entries_finish (DECK_CLIENT (source), result, &valid, &invalid, &error);

  if (!g_cancellable_is_cancelled (call->cancellable))
    {
      DeckLeadsPage *self = call->self;

      if (entries == NULL)
        show_error_toast (self, _("Could not add to the block list"), error);
      else
        {
          g_autofree char *count = format_count (valid);
          /* Translators: %s is a number of email addresses */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s address added to the block list",
                                                                "%s addresses added to the block list", valid),
                                                   count);

          if (invalid > 0)
            {
              /* Translators: appended to the message above; %u is how many the server refused */
              g_autofree char *full = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u refused as invalid)",
                                                                    "%s (%u refused as invalid)", invalid),
                                                       text, invalid);

              g_free (text);
              text = g_steal_pointer (&full);
            }
          show_toast (self, text);
        }
      operation_end (self);
    }

  g_object_unref (call->cancellable);
  g_free (call);
}

void
deck_leads_page_block_selected (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GPtrArray) emails = NULL;
  g_autoptr(GHashTable) seen = NULL;
  BlockCall *call;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (self->workspace != NULL);

  leads = dup_selected_leads (self);
  emails = g_ptr_array_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < leads->len; i++)
    {
      const char *email = deck_lead_get_email (g_ptr_array_index (leads, i));

      if (email != NULL && *email && g_hash_table_add (seen, (gpointer) email))
        g_ptr_array_add (emails, (gpointer) email);
    }
  g_ptr_array_add (emails, NULL);
  if (emails->len == 1)
    return;

  call = g_new0 (BlockCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  operation_begin (self);
  deck_client_add_block_list_entries_async (deck_workspace_get_client (self->workspace),
                                            (const char * const *) emails->pdata,
                                            self->cancellable, block_cb, call);
}

static void
on_block_response (DeckLeadsPage  *self,
                   const char     *response,
                   AdwAlertDialog *dialog)
{
  if (g_strcmp0 (response, "block") == 0 && self->workspace != NULL)
    deck_leads_page_block_selected (self);
}

static void
confirm_block (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) leads = dup_selected_leads (self);
  g_autofree char *count = format_count (leads->len);
  g_autofree char *names = name_leads (leads);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  if (leads->len == 0)
    return;

  /* Translators: %s is the exact number of email addresses */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Block %s Address?", "Block %s Addresses?", leads->len),
                             count);
  /* Translators: %s is a list of lead names */
  body = g_strdup_printf (_("No campaign of this workspace will email %s again. The leads stay; you can lift the block in the Block List."),
                          names);
  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "block", _("_Block"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "block", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_block_response), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ merge */

typedef struct
{
  DeckLeadsPage *self;
  GCancellable  *cancellable;
  DeckLeadSet   *lead_set;
  char          *lead_id;
  char          *lead_label;
  char          *destination_label;
} MergeCall;

static void
merge_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  MergeCall *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) merged = NULL;

  merged = deck_client_merge_leads_finish (DECK_CLIENT (source), result, &error);

  if (merged != NULL)
    {
      const char *ids[] = { call->lead_id, NULL };

      /* The merged lead is gone; the destination holds both now. */
      if (g_strcmp0 (deck_lead_get_id (merged), call->lead_id) != 0)
        deck_lead_set_remove_leads (call->lead_set, ids);
      deck_lead_set_update_lead (call->lead_set, merged);
    }

  if (!g_cancellable_is_cancelled (call->cancellable))
    {
      if (merged == NULL)
        show_error_toast (call->self, _("Could not merge the leads"), error);
      else
        {
          /* Translators: both %s are lead names or emails */
          g_autofree char *text = g_strdup_printf (_("%s merged into %s"), call->lead_label, call->destination_label);

          show_toast (call->self, text);
        }
      operation_end (call->self);
    }

  g_object_unref (call->cancellable);
  g_object_unref (call->lead_set);
  g_free (call->lead_id);
  g_free (call->lead_label);
  g_free (call->destination_label);
  g_free (call);
}

void
deck_leads_page_merge (DeckLeadsPage *self,
                       DeckLead      *lead,
                       DeckLead      *destination)
{
  MergeCall *call;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (DECK_IS_LEAD (lead));
  g_return_if_fail (DECK_IS_LEAD (destination));
  g_return_if_fail (self->workspace != NULL);

  call = g_new0 (MergeCall, 1);
  call->self = self;
  call->cancellable = g_object_ref (self->cancellable);
  call->lead_set = g_object_ref (self->lead_set);
  call->lead_id = g_strdup (deck_lead_get_id (lead));
  call->lead_label = deck_lead_util_dup_label (lead);
  call->destination_label = deck_lead_util_dup_label (destination);
  operation_begin (self);
  deck_client_merge_leads_async (deck_workspace_get_client (self->workspace),
                                 deck_lead_get_id (lead), deck_lead_get_id (destination),
                                 self->cancellable, merge_cb, call);
}

static void
on_merge_response (DeckLeadsPage  *self,
                   const char     *response,
                   AdwAlertDialog *dialog)
{
  GPtrArray *leads = g_object_get_data (G_OBJECT (dialog), "deck-leads");
  GtkCheckButton *first = g_object_get_data (G_OBJECT (dialog), "deck-first");
  gboolean keep_first = gtk_check_button_get_active (first);

  if (g_strcmp0 (response, "merge") != 0 || self->workspace == NULL)
    return;

  /* The lead kept is the destination. */
  deck_leads_page_merge (self,
                         g_ptr_array_index (leads, keep_first ? 1 : 0),
                         g_ptr_array_index (leads, keep_first ? 0 : 1));
}

static void
ask_merge (DeckLeadsPage *self)
{
  g_autoptr(GPtrArray) leads = dup_selected_leads (self);
  GtkWidget *list_box;
  GtkWidget *first_check = NULL;
  AdwDialog *dialog;

  if (leads->len != 2)
    return;

  dialog = adw_alert_dialog_new (_("Merge Two Leads?"),
                                 _("Choose the lead to keep. The other one is merged into it: its activity moves over and it is removed. This cannot be undone."));
  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  for (guint i = 0; i < 2; i++)
    {
      DeckLead *lead = g_ptr_array_index (leads, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = deck_lead_util_dup_name (lead);
      g_autofree char *title = g_strdup_printf (_("Keep %s"), deck_lead_get_email (lead) ? deck_lead_get_email (lead) : name);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      if (first_check == NULL)
        {
          first_check = check;
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
        }
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first_check));
      gtk_list_box_append (GTK_LIST_BOX (list_box), row);
    }
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), list_box);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "merge", _("_Merge"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "merge", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "deck-leads", g_ptr_array_ref (leads), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "deck-first", first_check);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ details, create */

AdwDialog *
deck_leads_page_open_details (DeckLeadsPage *self,
                              DeckLead      *lead)
{
  AdwDialog *dialog;

  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);
  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

  if (self->workspace == NULL)
    return NULL;

  dialog = deck_lead_details_new (self->workspace, self->lead_set, lead);
  g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);

  return dialog;
}

static void
on_row_activate (DeckLeadsPage *self,
                 guint          position,
                 GtkColumnView *view)
{
  g_autoptr(DeckLead) lead = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (lead != NULL)
    deck_leads_page_open_details (self, lead);
}

static void
open_create (DeckLeadsPage *self)
{
  DeckLeadScope scope = deck_lead_set_get_scope (self->lead_set);
  const char *id = deck_lead_set_get_scope_id (self->lead_set);
  AdwDialog *dialog;

  dialog = deck_lead_create_dialog_new (self->workspace, self->lead_set,
                                        scope == DECK_LEAD_SCOPE_CAMPAIGN ? id : NULL,
                                        scope == DECK_LEAD_SCOPE_LIST ? id : NULL);
  g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ import, export */

typedef struct
{
  GWeakRef      page;
  GCancellable *cancellable;
  char         *name;
} ExportCall;

static void
export_progress (guint    n_done,
                 guint    n_total,
                 gpointer user_data)
{
  ExportCall *call = user_data;
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&call->page);
  g_autofree char *done = format_count (n_done);
  g_autofree char *total = format_count (n_total);
  g_autofree char *title = NULL;

  if (self == NULL)
    return;

  /* Translators: %s of %s leads written to a CSV file */
  title = g_strdup_printf (_("Exporting… %s of %s leads"), done, total);
  adw_banner_set_title (self->job_banner, title);
  adw_banner_set_button_label (self->job_banner, NULL);
  adw_banner_set_revealed (self->job_banner, TRUE);
}

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ExportCall *call = user_data;
  g_autoptr(DeckLeadsPage) self = g_weak_ref_get (&call->page);
  g_autoptr(GError) error = NULL;
  guint n_written = 0;
  gboolean ok;

  ok = deck_lead_export_finish (result, &n_written, &error);

  if (self != NULL && !g_cancellable_is_cancelled (call->cancellable))
    {
      adw_banner_set_revealed (self->job_banner, FALSE);
      if (!ok)
        show_error_toast (self, _("Could not export the leads"), error);
      else
        {
          g_autofree char *count = format_count (n_written);
          /* Translators: the first %s is a number of leads, the second a file name */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead exported to “%s”",
                                                                "%s leads exported to “%s”", n_written),
                                                   count, call->name);

          show_toast (self, text);
        }
      operation_end (self);
    }
  else if (self != NULL)
    operation_end (self);

  g_weak_ref_clear (&call->page);
  g_object_unref (call->cancellable);
  g_free (call->name);
  g_free (call);
}

void
deck_leads_page_export (DeckLeadsPage *self,
                        GFile         *file)
{
  ExportCall *call;

  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  call = g_new0 (ExportCall, 1);
  g_weak_ref_init (&call->page, self);
  call->cancellable = g_object_ref (self->cancellable);
  call->name = g_file_get_basename (file);
  operation_begin (self);
  deck_lead_export_async (G_LIST_MODEL (self->sort_model), file, export_progress, call,
                          self->cancellable, export_cb, call);
}

static void
export_file_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DeckLeadsPage) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL && self->workspace != NULL)
    deck_leads_page_export (self, file);
}

static void
run_export (DeckLeadsPage *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_file_filter_set_name (filter, _("CSV Files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Export Leads"));
  gtk_file_dialog_set_initial_name (dialog, _("leads.csv"));
  gtk_file_dialog_save (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                        self->cancellable, export_file_cb, g_object_ref (self));
}

static void
on_import_closed (DeckLeadsPage *self)
{
  /* New leads show up once the import is through. */
  deck_leads_page_reload (self);
}

static void
run_import (DeckLeadsPage *self)
{
  DeckLeadScope scope = deck_lead_set_get_scope (self->lead_set);
  const char *id = deck_lead_set_get_scope_id (self->lead_set);
  AdwDialog *dialog;

  dialog = ADW_DIALOG (deck_lead_import_dialog_new (self->workspace,
                                                    scope == DECK_LEAD_SCOPE_CAMPAIGN ? id : NULL,
                                                    scope == DECK_LEAD_SCOPE_LIST ? id : NULL));
  g_signal_connect_object (dialog, "closed", G_CALLBACK (on_import_closed), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ actions */

static void
lead_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckLeadsPage *self = DECK_LEADS_PAGE (widget);

  if (self->workspace == NULL || self->lead_set == NULL)
    return;

  if (g_str_equal (action_name, "leads.reload"))
    deck_leads_page_reload (self);
  else if (g_str_equal (action_name, "leads.stop"))
    deck_lead_set_cancel (self->lead_set);
  else if (g_str_equal (action_name, "leads.new"))
    open_create (self);
  else if (g_str_equal (action_name, "leads.open-details"))
    {
      g_autoptr(GPtrArray) leads = dup_selected_leads (self);

      if (leads->len > 0)
        deck_leads_page_open_details (self, g_ptr_array_index (leads, 0));
    }
  else if (g_str_equal (action_name, "leads.move"))
    ask_move (self, FALSE);
  else if (g_str_equal (action_name, "leads.copy"))
    ask_move (self, TRUE);
  else if (g_str_equal (action_name, "leads.interest"))
    ask_interest (self);
  else if (g_str_equal (action_name, "leads.merge"))
    ask_merge (self);
  else if (g_str_equal (action_name, "leads.block"))
    confirm_block (self);
  else if (g_str_equal (action_name, "leads.delete"))
    confirm_delete (self);
  else if (g_str_equal (action_name, "leads.select-all"))
    gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
  else if (g_str_equal (action_name, "leads.select-none"))
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  else if (g_str_equal (action_name, "leads.filter"))
    gtk_menu_button_popup (self->filter_button);
  else if (g_str_equal (action_name, "leads.scope"))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->scope_dropdown));
      g_signal_emit_by_name (self->scope_dropdown, "activate");
    }
  else if (g_str_equal (action_name, "leads.server-search"))
    {
      g_autofree char *text = dup_search_text (self);

      if (!self->search_mode)
        deck_leads_page_set_search_mode (self, TRUE);
      else
        deck_leads_page_set_server_search (self, text);
    }
  else if (g_str_equal (action_name, "leads.clear-server-search"))
    deck_leads_page_set_server_search (self, NULL);
  else if (g_str_equal (action_name, "leads.import"))
    run_import (self);
  else if (g_str_equal (action_name, "leads.export"))
    run_export (self);
  else if (g_str_equal (action_name, "leads.actions-menu"))
    gtk_menu_button_popup (self->actions_button);

  update_actions (self);
}

/* ------------------------------------------------------------------ loading */

static void
load_models_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Campaigns, lists and labels only feed the menus: the page works without them. */
  if (DECK_IS_WORKSPACE (source))
    {
      if (user_data == GINT_TO_POINTER (DECK_LEAD_SCOPE_CAMPAIGN))
        ok = deck_workspace_load_campaigns_finish (DECK_WORKSPACE (source), result, &error);
      else if (user_data == GINT_TO_POINTER (DECK_LEAD_SCOPE_LIST))
        ok = deck_workspace_load_lead_lists_finish (DECK_WORKSPACE (source), result, &error);
      else
        ok = deck_workspace_load_lead_labels_finish (DECK_WORKSPACE (source), result, &error);

      if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Loading a menu of the Leads page failed: %s", error->message);
    }
}

void
deck_leads_page_reload (DeckLeadsPage *self)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  if (self->lead_set == NULL)
    return;

  self->load_wanted = FALSE;
  deck_lead_set_reload (self->lead_set);
  load_total (self);
  update_state (self);
  update_status_line (self);
  update_actions (self);
}

/* Loads only once the page is seen: a window creates every section at start. */
static void
maybe_load (DeckLeadsPage *self)
{
  DeckWorkspace *workspace = self->workspace;

  if (workspace == NULL || !self->load_wanted || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  if (g_list_model_get_n_items (deck_workspace_get_campaigns (workspace)) == 0 &&
      !deck_workspace_get_campaigns_loading (workspace))
    deck_workspace_load_campaigns_async (workspace, self->cancellable, load_models_cb,
                                         GINT_TO_POINTER (DECK_LEAD_SCOPE_CAMPAIGN));
  if (g_list_model_get_n_items (deck_workspace_get_lead_lists (workspace)) == 0 &&
      !deck_workspace_get_lead_lists_loading (workspace))
    deck_workspace_load_lead_lists_async (workspace, self->cancellable, load_models_cb,
                                          GINT_TO_POINTER (DECK_LEAD_SCOPE_LIST));
  if (g_list_model_get_n_items (deck_workspace_get_lead_labels (workspace)) == 0 &&
      !deck_workspace_get_lead_labels_loading (workspace))
    deck_workspace_load_lead_labels_async (workspace, self->cancellable, load_models_cb,
                                           GINT_TO_POINTER (DECK_LEAD_SCOPE_WORKSPACE));

  deck_leads_page_reload (self);
}

static void
disconnect_workspace (DeckLeadsPage *self)
{
  if (self->workspace == NULL)
    return;

  g_signal_handlers_disconnect_by_data (deck_workspace_get_campaigns (self->workspace), self);
  g_signal_handlers_disconnect_by_data (deck_workspace_get_lead_lists (self->workspace), self);
  g_signal_handlers_disconnect_by_data (deck_workspace_get_lead_labels (self->workspace), self);
  if (self->lead_set != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->lead_set, self);
      deck_lead_set_cancel (self->lead_set);
    }
}

void
deck_leads_page_set_workspace (DeckLeadsPage *self,
                               DeckWorkspace *workspace)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  disconnect_workspace (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_cancellable_cancel (self->total_cancellable);
  adw_banner_set_revealed (self->job_banner, FALSE);
  self->n_operations = 0;

  gtk_filter_list_model_set_model (self->filter_model, NULL);
  g_clear_object (&self->lead_set);
  g_set_object (&self->workspace, workspace);
  self->load_wanted = workspace != NULL;
  self->total = -1;

  if (workspace != NULL)
    {
      self->lead_set = deck_lead_set_new (deck_workspace_get_client (workspace));
      g_signal_connect_object (self->lead_set, "notify::n-loaded", G_CALLBACK (on_set_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->lead_set, "notify::loading", G_CALLBACK (on_set_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->lead_set, "notify::complete", G_CALLBACK (on_set_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->lead_set, "notify::error", G_CALLBACK (on_set_error), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->lead_set, "notify::search", G_CALLBACK (update_server_search), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (deck_workspace_get_campaigns (workspace), "items-changed",
                               G_CALLBACK (on_scope_sources_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (deck_workspace_get_lead_lists (workspace), "items-changed",
                               G_CALLBACK (on_scope_sources_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (deck_workspace_get_lead_labels (workspace), "items-changed",
                               G_CALLBACK (on_labels_changed), self, G_CONNECT_SWAPPED);
      gtk_filter_list_model_set_model (self->filter_model, deck_lead_set_get_model (self->lead_set));
    }

  rebuild_scopes (self);
  rebuild_interest_rows (self);
  update_server_search (self);
  update_filter_label (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  maybe_load (self);
  update_state (self);
  update_status_line (self);
}

/* ------------------------------------------------------------------ accessors */

GtkWidget *
deck_leads_page_new (void)
{
  return g_object_new (DECK_TYPE_LEADS_PAGE, NULL);
}

DeckWorkspace *
deck_leads_page_get_workspace (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->workspace;
}

gboolean
deck_leads_page_get_search_mode (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), FALSE);

  return self->search_mode;
}

void
deck_leads_page_set_search_mode (DeckLeadsPage *self,
                                 gboolean       search_mode)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

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
deck_leads_page_get_state (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->state;
}

gboolean
deck_leads_page_get_busy (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), FALSE);

  return (self->lead_set != NULL && deck_lead_set_get_loading (self->lead_set)) ||
         self->load_wanted ||
         self->n_operations > 0 ||
         gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0;
}

AdwStatusPage *
deck_leads_page_get_status_page (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

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

DeckLeadSet *
deck_leads_page_get_lead_set (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->lead_set;
}

GtkColumnView *
deck_leads_page_get_column_view (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->column_view;
}

GtkEditable *
deck_leads_page_get_search_entry (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkSelectionModel *
deck_leads_page_get_selection (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

const char *
deck_leads_page_get_count_text (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->count_text;
}

guint
deck_leads_page_get_n_operations (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), 0);

  return self->n_operations;
}

const char *
deck_leads_page_get_last_toast (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->last_toast;
}

AdwDialog *
deck_leads_page_get_dialog (DeckLeadsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEADS_PAGE (self), NULL);

  return self->dialog;
}

void
deck_leads_page_set_job_interval (DeckLeadsPage *self,
                                  guint          interval_ms)
{
  g_return_if_fail (DECK_IS_LEADS_PAGE (self));

  self->job_interval_ms = MAX (interval_ms, 1);
}

/* ------------------------------------------------------------------ GObject */

static void
on_search_mode_enabled (DeckLeadsPage *self,
                        GParamSpec    *pspec,
                        GtkSearchBar  *search_bar)
{
  gboolean search_mode = gtk_search_bar_get_search_mode (search_bar);

  if (self->search_mode == search_mode)
    return;

  self->search_mode = search_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
setup_scope_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* The button stays small; the popup shows long names in full. */
  if (GPOINTER_TO_INT (user_data))
    gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_scope_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (item));
}

static void
setup_scope_dropdown (DeckLeadsPage *self)
{
  GtkListItemFactory *button_factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list_factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;

  g_signal_connect (button_factory, "setup", G_CALLBACK (setup_scope_item), GINT_TO_POINTER (TRUE));
  g_signal_connect (button_factory, "bind", G_CALLBACK (bind_scope_item), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_scope_item), GINT_TO_POINTER (FALSE));
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_scope_item), NULL);

  self->scope_labels = gtk_string_list_new (NULL);
  self->scope_entries = g_array_new (FALSE, TRUE, sizeof (ScopeEntry));
  g_array_set_clear_func (self->scope_entries, scope_entry_clear);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->scope_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_factory (self->scope_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->scope_dropdown, list_factory);
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (self->scope_labels));
  g_object_unref (button_factory);
  g_object_unref (list_factory);

  g_signal_connect_object (self->scope_dropdown, "notify::selected",
                           G_CALLBACK (on_scope_selected), self, G_CONNECT_SWAPPED);
}

static void
deck_leads_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (deck_leads_page_parent_class)->map (widget);

  maybe_load (DECK_LEADS_PAGE (widget));
}

static void
deck_leads_page_dispose (GObject *object)
{
  DeckLeadsPage *self = DECK_LEADS_PAGE (object);

  /* No late callbacks once the page is gone. */
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->total_cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  disconnect_workspace (self);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  g_clear_weak_pointer (&self->dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_LEADS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->lead_filter);
  g_clear_object (&self->scope_labels);
  g_clear_object (&self->interest_labels);
  g_clear_object (&self->lead_set);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->total_cancellable);

  G_OBJECT_CLASS (deck_leads_page_parent_class)->dispose (object);
}

static void
deck_leads_page_finalize (GObject *object)
{
  DeckLeadsPage *self = DECK_LEADS_PAGE (object);

  g_clear_pointer (&self->scope_entries, g_array_unref);
  g_clear_pointer (&self->interest_values, g_array_unref);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->count_text, g_free);

  G_OBJECT_CLASS (deck_leads_page_parent_class)->finalize (object);
}

static void
deck_leads_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DeckLeadsPage *self = DECK_LEADS_PAGE (object);

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
deck_leads_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DeckLeadsPage *self = DECK_LEADS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_leads_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_MODE:
      deck_leads_page_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_leads_page_class_init (DeckLeadsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    const char     *name;
    guint           key;
    GdkModifierType mods;
  } actions[] = {
    { "leads.reload", 0, 0 },
    { "leads.stop", GDK_KEY_period, GDK_CONTROL_MASK },
    { "leads.new", GDK_KEY_n, GDK_CONTROL_MASK },
    { "leads.open-details", 0, 0 },
    { "leads.move", GDK_KEY_m, GDK_CONTROL_MASK },
    { "leads.copy", GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "leads.interest", GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "leads.merge", GDK_KEY_j, GDK_CONTROL_MASK },
    { "leads.block", GDK_KEY_b, GDK_CONTROL_MASK },
    { "leads.delete", GDK_KEY_Delete, 0 },
    { "leads.select-all", GDK_KEY_a, GDK_CONTROL_MASK },
    { "leads.select-none", GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "leads.filter", GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { "leads.scope", GDK_KEY_l, GDK_CONTROL_MASK },
    { "leads.server-search", GDK_KEY_Return, GDK_CONTROL_MASK },
    { "leads.clear-server-search", 0, 0 },
    { "leads.import", GDK_KEY_o, GDK_CONTROL_MASK },
    { "leads.export", GDK_KEY_e, GDK_CONTROL_MASK },
    { "leads.actions-menu", GDK_KEY_F10, GDK_SHIFT_MASK },
  };

  object_class->dispose = deck_leads_page_dispose;
  object_class->finalize = deck_leads_page_finalize;
  object_class->get_property = deck_leads_page_get_property;
  object_class->set_property = deck_leads_page_set_property;

  widget_class->map = deck_leads_page_map;

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
   * DeckLeadsPage::toast:
   * @toast: the AdwToast the page also adds to the nearest toast overlay
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_class_install_action (widget_class, actions[i].name, NULL, lead_action);
      if (actions[i].key != 0)
        gtk_widget_class_add_binding_action (widget_class, actions[i].key, actions[i].mods,
                                             actions[i].name, NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "leads.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "leads.actions-menu", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/deck-leads-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, job_banner);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, filter_content);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, new_content);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, move_content);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, actions_button);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, server_search_revealer);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, server_search_label);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, loading_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, status_line);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, stop_button);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, load_all_button);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadsPage, select_view_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
}

static void
deck_leads_page_init (DeckLeadsPage *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->job_interval_ms = DEFAULT_JOB_INTERVAL_MS;
  self->total = -1;
  self->status_filter = DECK_LEADS_FILTER_ANY;
  self->interest_filter = DECK_LEADS_FILTER_ANY;
  self->verification_filter = DECK_LEADS_FILTER_ANY;

  add_columns (self);
  add_breakpoints (self);
  setup_scope_dropdown (self);

  /* 100,000 leads must never freeze a frame: filter and sort in slices. */
  self->lead_filter = gtk_custom_filter_new (lead_visible, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->lead_filter)));
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
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_row_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_enabled), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  build_filter_popover (self);
  update_filter_label (self);
  update_actions (self);
  update_state (self);
  update_status_line (self);
}
