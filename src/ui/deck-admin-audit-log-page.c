/* deck-admin-audit-log-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-audit-log-page.h"
#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-audit-log-entry.h"
#include "deck-client-workspace.h"
#include "deck-page-state.h"
#include "deck-toast.h"

#define PAGE_SIZE 100

typedef enum
{
  COLUMN_TIME,
  COLUMN_ACTIVITY,
  COLUMN_WHO,
  COLUMN_DETAILS,
  N_COLUMNS
} Column;

struct _DeckAdminAuditLogPage
{
  AdwBin             parent_instance;

  gboolean           load_pending;

  DeckWorkspace     *workspace;
  DeckAuditLogPager *pager;
  GListStore        *empty;
  GCancellable      *cancellable;
  const char        *state;
  GError            *error;
  int                activity_type;
  GDateTime         *first_day;
  GDateTime         *last_day;
  gboolean           updating_filter;

  /* Template widgets */
  GtkDropDown       *type_dropdown;
  GtkMenuButton     *from_button;
  GtkMenuButton     *to_button;
  GtkCalendar       *from_calendar;
  GtkCalendar       *to_calendar;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  AdwStatusPage     *empty_page;
  GtkColumnView     *column_view;
  GtkWidget         *more_button;
};

G_DEFINE_FINAL_TYPE (DeckAdminAuditLogPage, deck_admin_audit_log_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_more (DeckAdminAuditLogPage *self);

/* ------------------------------------------------------------------ state */

static void
set_state (DeckAdminAuditLogPage *self,
           const char            *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static gboolean
has_filter (DeckAdminAuditLogPage *self)
{
  return self->activity_type != 0 || self->first_day != NULL || self->last_day != NULL;
}

static void
update_state (DeckAdminAuditLogPage *self)
{
  guint n = g_list_model_get_n_items (deck_admin_audit_log_page_get_model (self));
  gboolean loading = self->pager != NULL && deck_audit_log_pager_get_loading (self->pager);
  gboolean has_more = self->pager != NULL && deck_audit_log_pager_get_has_more (self->pager);

  gtk_widget_set_visible (self->more_button, has_more);
  gtk_widget_set_sensitive (self->more_button, !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit-log.clear-filters", has_filter (self));

  adw_status_page_set_description (self->empty_page,
                                   has_filter (self)
                                     ? _("No activity matches the filters.")
                                     : _("Nothing has been recorded in this workspace yet."));

  if (n > 0)
    set_state (self, "results");
  else if (self->pager == NULL || loading)
    set_state (self, "loading");
  else if (self->error != NULL)
    set_state (self, "error");
  else
    set_state (self, "empty");
}

/* ------------------------------------------------------------------ cells */

static char *
entry_dup_text (DeckAuditLogEntry *entry,
                Column             column)
{
  switch (column)
    {
    case COLUMN_TIME:
      return deck_admin_format_date_time (deck_audit_log_entry_get_timestamp (entry));

    case COLUMN_ACTIVITY:
      return deck_audit_log_activity_type_to_string (deck_audit_log_entry_get_activity_type (entry));

    case COLUMN_WHO:
      {
        const char *name = deck_audit_log_entry_get_user_name (entry);

        if (name != NULL && *name != '\0')
          return g_strdup (name);
        if (deck_audit_log_entry_get_from_api (entry))
          return g_strdup (_("A program (API key)"));
        if (deck_audit_log_entry_get_user_id (entry) != NULL)
          return g_strdup (deck_audit_log_entry_get_user_id (entry));
        return g_strdup (_("Instantly"));
      }

    case COLUMN_DETAILS:
      {
        g_autoptr(GString) text = g_string_new (NULL);
        const char *ip = deck_audit_log_entry_get_ip_address (entry);

        if (deck_audit_log_entry_get_has_affected_count (entry))
          {
            int count = (int) deck_audit_log_entry_get_affected_count (entry);

            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d record", "%d records", count),
                                    count);
          }
        if (deck_audit_log_entry_get_from_api (entry))
          {
            if (text->len > 0)
              g_string_append (text, " · ");
            g_string_append (text, _("through the API"));
          }
        if (ip != NULL && *ip != '\0')
          {
            if (text->len > 0)
              g_string_append (text, " · ");
            /* Translators: where an action came from, e.g. "from 192.0.2.1" */
            g_string_append_printf (text, _("from %s"), ip);
          }

        return g_string_free (g_steal_pointer (&text), FALSE);
      }

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DeckAuditLogEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = entry_dup_text (entry, GPOINTER_TO_INT (user_data));

  gtk_label_set_label (GTK_LABEL (label), text);
  /* Long details stay readable on hover. */
  gtk_widget_set_tooltip_text (label, GPOINTER_TO_INT (user_data) == COLUMN_DETAILS && *text ? text : NULL);
}

static void
add_column (DeckAdminAuditLogPage *self,
            Column                 column,
            const char            *title,
            int                    fixed_width,
            gboolean               expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ------------------------------------------------------------------ loading */

static void
on_pager_notify (DeckAdminAuditLogPage *self)
{
  update_state (self);
}

static void
load_more_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DeckAdminAuditLogPage *self;
  g_autoptr(GError) error = NULL;

  /* Cancelled means the page is gone or the filter changed: do not touch it. */
  if (!deck_audit_log_pager_load_more_finish (DECK_AUDIT_LOG_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_AUDIT_LOG_PAGE (user_data);
  if (DECK_AUDIT_LOG_PAGER (source) != self->pager)
    return;

  g_clear_error (&self->error);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
    {
      g_debug ("Loading the audit log failed: %s", error->message);
      if (g_list_model_get_n_items (deck_admin_audit_log_page_get_model (self)) > 0)
        deck_admin_toast_error (GTK_WIDGET (self), _("Could not load more of the audit log"), error);
      else
        deck_admin_status_set_error (self->error_page, error);
      self->error = g_steal_pointer (&error);
    }

  update_state (self);
}

static void
load_more (DeckAdminAuditLogPage *self)
{
  if (self->pager == NULL ||
      deck_audit_log_pager_get_loading (self->pager) ||
      !deck_audit_log_pager_get_has_more (self->pager))
    return;

  deck_audit_log_pager_load_more_async (self->pager, self->cancellable, load_more_cb, self);
  update_state (self);
}

void
deck_admin_audit_log_page_reload (DeckAdminAuditLogPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self));

  /* A page of the old filter must not land in the new list. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_error (&self->error);

  if (self->pager != NULL)
    g_signal_handlers_disconnect_by_func (self->pager, on_pager_notify, self);
  g_clear_object (&self->pager);

  if (self->workspace != NULL)
    {
      /* The last day is included: the range ends where the next day starts. */
      if (self->last_day != NULL)
        end = g_date_time_add_days (self->last_day, 1);
      self->pager = deck_client_list_audit_log (deck_workspace_get_client (self->workspace),
                                                self->activity_type, NULL,
                                                self->first_day, end);
      deck_audit_log_pager_set_page_size (self->pager, PAGE_SIZE);
      g_signal_connect_object (self->pager, "notify::loading", G_CALLBACK (on_pager_notify), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->pager, "notify::has-more", G_CALLBACK (on_pager_notify), self,
                               G_CONNECT_SWAPPED);
    }

  selection = gtk_no_selection_new (g_object_ref (deck_admin_audit_log_page_get_model (self)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  update_state (self);
  load_more (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_admin_audit_log_page_reload (DECK_ADMIN_AUDIT_LOG_PAGE (widget));
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  load_more (DECK_ADMIN_AUDIT_LOG_PAGE (widget));
}

static void
on_edge_reached (DeckAdminAuditLogPage *self,
                 GtkPositionType        position,
                 GtkScrolledWindow     *scroller)
{
  /* Infinite scroll: the end of the table asks for the next page. */
  if (position == GTK_POS_BOTTOM)
    load_more (self);
}

/* ------------------------------------------------------------------ filters */

static void
update_filter_widgets (DeckAdminAuditLogPage *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint n_types;
  const int *types = deck_audit_log_get_activity_types (&n_types);

  self->updating_filter = TRUE;

  gtk_drop_down_set_selected (self->type_dropdown, 0);
  for (guint i = 0; i < n_types; i++)
    {
      if (types[i] == self->activity_type)
        gtk_drop_down_set_selected (self->type_dropdown, i + 1);
    }

  if (self->first_day != NULL)
    {
      g_autofree char *date = deck_admin_format_date (self->first_day);

      /* Translators: the first day of the audit log's range */
      from = g_strdup_printf (_("From %s"), date);
    }
  if (self->last_day != NULL)
    {
      g_autofree char *date = deck_admin_format_date (self->last_day);

      /* Translators: the last day of the audit log's range */
      to = g_strdup_printf (_("To %s"), date);
    }
  gtk_menu_button_set_label (self->from_button, from ? from : _("From Any Day"));
  gtk_menu_button_set_label (self->to_button, to ? to : _("To Any Day"));

  self->updating_filter = FALSE;
}

void
deck_admin_audit_log_page_set_filter (DeckAdminAuditLogPage *self,
                                      int                    activity_type,
                                      GDateTime             *first_day,
                                      GDateTime             *last_day)
{
  g_return_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self));

  self->activity_type = activity_type;
  g_clear_pointer (&self->first_day, g_date_time_unref);
  g_clear_pointer (&self->last_day, g_date_time_unref);
  if (first_day != NULL)
    self->first_day = g_date_time_new_local (g_date_time_get_year (first_day),
                                             g_date_time_get_month (first_day),
                                             g_date_time_get_day_of_month (first_day), 0, 0, 0);
  if (last_day != NULL)
    self->last_day = g_date_time_new_local (g_date_time_get_year (last_day),
                                            g_date_time_get_month (last_day),
                                            g_date_time_get_day_of_month (last_day), 0, 0, 0);

  update_filter_widgets (self);
  deck_admin_audit_log_page_reload (self);
}

static void
on_type_selected (DeckAdminAuditLogPage *self,
                  GParamSpec            *pspec,
                  GtkDropDown           *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  guint n_types;
  const int *types = deck_audit_log_get_activity_types (&n_types);

  if (self->updating_filter)
    return;

  deck_admin_audit_log_page_set_filter (self,
                                        selected >= 1 && selected <= n_types ? types[selected - 1] : 0,
                                        self->first_day, self->last_day);
}

static void
on_from_day_selected (DeckAdminAuditLogPage *self,
                      GtkCalendar           *calendar)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);

  if (self->updating_filter)
    return;

  gtk_menu_button_popdown (self->from_button);
  deck_admin_audit_log_page_set_filter (self, self->activity_type, day, self->last_day);
}

static void
on_to_day_selected (DeckAdminAuditLogPage *self,
                    GtkCalendar           *calendar)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);

  if (self->updating_filter)
    return;

  gtk_menu_button_popdown (self->to_button);
  deck_admin_audit_log_page_set_filter (self, self->activity_type, self->first_day, day);
}

static void
on_from_cleared (DeckAdminAuditLogPage *self)
{
  gtk_menu_button_popdown (self->from_button);
  deck_admin_audit_log_page_set_filter (self, self->activity_type, NULL, self->last_day);
}

static void
on_to_cleared (DeckAdminAuditLogPage *self)
{
  gtk_menu_button_popdown (self->to_button);
  deck_admin_audit_log_page_set_filter (self, self->activity_type, self->first_day, NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  deck_admin_audit_log_page_set_filter (DECK_ADMIN_AUDIT_LOG_PAGE (widget), 0, NULL, NULL);
}

/* ------------------------------------------------------------------ object */

static void
deck_admin_audit_log_page_map (GtkWidget *widget)
{
  DeckAdminAuditLogPage *self = DECK_ADMIN_AUDIT_LOG_PAGE (widget);

  GTK_WIDGET_CLASS (deck_admin_audit_log_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_admin_audit_log_page_reload (self);
    }
}

static void
deck_admin_audit_log_page_dispose (GObject *object)
{
  DeckAdminAuditLogPage *self = DECK_ADMIN_AUDIT_LOG_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  /* AdwBin keeps its own pointer to the template's top widget: let it go first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ADMIN_AUDIT_LOG_PAGE);

  G_OBJECT_CLASS (deck_admin_audit_log_page_parent_class)->dispose (object);
}

static void
deck_admin_audit_log_page_finalize (GObject *object)
{
  DeckAdminAuditLogPage *self = DECK_ADMIN_AUDIT_LOG_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_clear_error (&self->error);
  g_clear_pointer (&self->first_day, g_date_time_unref);
  g_clear_pointer (&self->last_day, g_date_time_unref);

  G_OBJECT_CLASS (deck_admin_audit_log_page_parent_class)->finalize (object);
}

static void
deck_admin_audit_log_page_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DeckAdminAuditLogPage *self = DECK_ADMIN_AUDIT_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_audit_log_page_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DeckAdminAuditLogPage *self = DECK_ADMIN_AUDIT_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_admin_audit_log_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_audit_log_page_class_init (DeckAdminAuditLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_admin_audit_log_page_dispose;
  object_class->finalize = deck_admin_audit_log_page_finalize;
  object_class->get_property = deck_admin_audit_log_page_get_property;
  object_class->set_property = deck_admin_audit_log_page_set_property;

  widget_class->map = deck_admin_audit_log_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/deck-admin-audit-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, from_button);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, to_button);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminAuditLogPage, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_edge_reached);
  gtk_widget_class_bind_template_callback (widget_class, on_from_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_to_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_from_cleared);
  gtk_widget_class_bind_template_callback (widget_class, on_to_cleared);

  gtk_widget_class_install_action (widget_class, "audit-log.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "audit-log.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "audit-log.clear-filters", NULL, clear_filters_action);
}

static void
deck_admin_audit_log_page_init (DeckAdminAuditLogPage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  guint n_types;
  const int *values = deck_audit_log_get_activity_types (&n_types);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_AUDIT_LOG_ENTRY);

  gtk_string_list_append (types, _("All Activity"));
  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *words = deck_audit_log_activity_type_to_string (values[i]);

      gtk_string_list_append (types, words);
    }
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  g_signal_connect_object (self->type_dropdown, "notify::selected",
                           G_CALLBACK (on_type_selected), self, G_CONNECT_SWAPPED);

  add_column (self, COLUMN_TIME, _("Time"), 170, FALSE);
  add_column (self, COLUMN_ACTIVITY, _("Activity"), 240, FALSE);
  add_column (self, COLUMN_WHO, _("Who"), 170, FALSE);
  add_column (self, COLUMN_DETAILS, _("Details"), -1, TRUE);

  update_filter_widgets (self);
  update_state (self);
}

GtkWidget *
deck_admin_audit_log_page_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_AUDIT_LOG_PAGE, NULL);
}

DeckWorkspace *
deck_admin_audit_log_page_get_workspace (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), NULL);

  return self->workspace;
}

void
deck_admin_audit_log_page_set_workspace (DeckAdminAuditLogPage *self,
                                         DeckWorkspace         *workspace)
{
  g_return_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_admin_audit_log_page_reload (self);
  else
    self->load_pending = TRUE;
}

void
deck_admin_audit_log_page_load_more (DeckAdminAuditLogPage *self)
{
  g_return_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self));

  load_more (self);
}

const char *
deck_admin_audit_log_page_get_state (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), NULL);

  return self->state;
}

GListModel *
deck_admin_audit_log_page_get_model (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), NULL);

  if (self->pager != NULL)
    return deck_audit_log_pager_get_model (self->pager);

  return G_LIST_MODEL (self->empty);
}

gboolean
deck_admin_audit_log_page_get_busy (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), FALSE);

  return self->pager != NULL && deck_audit_log_pager_get_loading (self->pager);
}

gboolean
deck_admin_audit_log_page_get_has_more (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), FALSE);

  return self->pager != NULL && deck_audit_log_pager_get_has_more (self->pager);
}

GtkColumnView *
deck_admin_audit_log_page_get_column_view (DeckAdminAuditLogPage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_AUDIT_LOG_PAGE (self), NULL);

  return self->column_view;
}
