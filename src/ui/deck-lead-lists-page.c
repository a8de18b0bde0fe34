/* deck-lead-lists-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lists"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-lead-lists-page.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckLeadListsPage
{
  AdwBin         parent_instance;

  DeckWorkspace *workspace;
  GCancellable  *cancellable;
  GListStore    *empty;
  GHashTable    *stats;        /* list id -> DeckLeadListStats */
  GQueue         stats_queue;  /* ids waiting for their stats (owned strings) */
  gboolean       stats_running;
  const char    *state;
  char          *last_toast;
  AdwDialog     *dialog;
  guint          n_busy;
  gboolean       loading;
  gboolean       loaded_once;
  gboolean       load_pending;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (DeckLeadListsPage, deck_lead_lists_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The verification outcomes, in the order of the bar and the rows. */
typedef enum
{
  OUTCOME_VERIFIED,
  OUTCOME_INVALID,
  OUTCOME_RISKY,
  OUTCOME_CATCH_ALL,
  OUTCOME_JOB_CHANGE,
  OUTCOME_PENDING,
  N_OUTCOMES
} Outcome;

static const struct
{
  const char *title;
  double      rgb[3];   /* GNOME palette: green 4, red 3, yellow 4, orange 3, blue 3, light 4 */
} outcomes[N_OUTCOMES] = {
  { N_("Verified"),   { 0x2e / 255., 0xc2 / 255., 0x7e / 255. } },
  { N_("Invalid"),    { 0xe0 / 255., 0x1b / 255., 0x24 / 255. } },
  { N_("Risky"),      { 0xf5 / 255., 0xc2 / 255., 0x11 / 255. } },
  { N_("Catch-All"),  { 0xff / 255., 0x78 / 255., 0x00 / 255. } },
  { N_("Job Change"), { 0x35 / 255., 0x84 / 255., 0xe4 / 255. } },
  { N_("Pending"),    { 0x9a / 255., 0x99 / 255., 0x96 / 255. } },
};

static gint64
stats_get (const DeckLeadListStats *stats,
           Outcome                  outcome)
{
  switch (outcome)
    {
    case OUTCOME_VERIFIED:   return stats->verified;
    case OUTCOME_INVALID:    return stats->invalid;
    case OUTCOME_RISKY:      return stats->risky;
    case OUTCOME_CATCH_ALL:  return stats->catch_all;
    case OUTCOME_JOB_CHANGE: return stats->job_change;
    case OUTCOME_PENDING:    return stats->pending;
    case N_OUTCOMES:
    default:                 return 0;
    }
}

static void fetch_next_stats (DeckLeadListsPage       *self);
static void store_stats      (DeckLeadListsPage       *self,
                              const char              *id,
                              const DeckLeadListStats *stats);

/* ------------------------------------------------------------------ state */

static GListModel *
get_model (DeckLeadListsPage *self)
{
  if (self->workspace != NULL)
    return deck_workspace_get_lead_lists (self->workspace);

  return G_LIST_MODEL (self->empty);
}

static void
set_state (DeckLeadListsPage *self,
           const char        *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_state (DeckLeadListsPage *self)
{
  set_state (self, deck_page_state_for_list (self->workspace != NULL, self->loading, self->loaded_once,
                                             g_list_model_get_n_items (get_model (self))));
}

static void
toast (DeckLeadListsPage *self,
       const char        *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckLeadListsPage *self,
             const char        *what,
             const GError      *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckLeadListsPage *self,
                AdwDialog         *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static DeckLeadList *
find_list (DeckLeadListsPage *self,
           const char        *id)
{
  if (self->workspace == NULL || id == NULL)
    return NULL;

  return deck_workspace_lookup_lead_list (self->workspace, id);
}

/* "1,234 leads": the count in the person's locale. */
static char *
format_leads (gint64 n)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GINT64_FORMAT, n);

  /* Translators: %s is a number of leads, already formatted */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s lead", "%s leads", (gulong) MIN (n, G_MAXLONG)),
                          number);
}

/* ------------------------------------------------------------------ rows */

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  const DeckLeadListStats *stats = g_object_get_data (G_OBJECT (area), "deck-stats");
  gint64 total = 0;
  double x = 0;

  if (stats != NULL)
    for (guint i = 0; i < N_OUTCOMES; i++)
      total += MAX (0, stats_get (stats, i));

  /* A rounded track, then one segment per outcome in proportion. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, height / 2., height / 2., height / 2., G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, width - height / 2., height / 2., height / 2., -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_clip (cr);

  if (total == 0)
    {
      cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.25);
      cairo_paint (cr);
      return;
    }

  for (guint i = 0; i < N_OUTCOMES; i++)
    {
      double w = width * (double) MAX (0, stats_get (stats, i)) / (double) total;

      if (w <= 0)
        continue;
      cairo_set_source_rgb (cr, outcomes[i].rgb[0], outcomes[i].rgb[1], outcomes[i].rgb[2]);
      cairo_rectangle (cr, x, 0, w, height);
      cairo_fill (cr);
      x += w;
    }
}

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  guint i = GPOINTER_TO_UINT (user_data);

  cairo_set_source_rgb (cr, outcomes[i].rgb[0], outcomes[i].rgb[1], outcomes[i].rgb[2]);
  cairo_arc (cr, width / 2., height / 2., MIN (width, height) / 2., 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
row_update (AdwExpanderRow    *row,
            DeckLeadList      *list,
            DeckLeadListsPage *self)
{
  const DeckLeadListStats *stats = g_hash_table_lookup (self->stats, deck_lead_list_get_id (list));
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *date = NULL;
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *bar = g_object_get_data (G_OBJECT (row), "deck-bar");
  gint64 n = deck_lead_list_get_n_leads (list);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_lead_list_get_name (list));

  if (deck_lead_list_get_timestamp_created (list) > 0)
    created = g_date_time_new_from_unix_utc (deck_lead_list_get_timestamp_created (list) / 1000);
  date = deck_admin_format_date (created);
  count = n >= 0 ? format_leads (n) : g_strdup (_("Counting leads…"));
  /* Translators: under a lead list's name: its lead count, then when it was created */
  subtitle = g_strdup_printf (_("%s · Created %s"), count, date);
  adw_expander_row_set_subtitle (row, subtitle);

  g_object_set_data (G_OBJECT (bar), "deck-stats", (gpointer) stats);
  gtk_widget_set_visible (bar, stats != NULL);
  gtk_widget_queue_draw (bar);

  for (guint i = 0; i < N_OUTCOMES; i++)
    {
      g_autofree char *key = g_strdup_printf ("deck-outcome-%u", i);
      GtkLabel *label = g_object_get_data (G_OBJECT (row), key);
      g_autofree char *text = NULL;

      if (stats != NULL)
        text = g_strdup_printf ("%'" G_GINT64_FORMAT, stats_get (stats, i));
      else
        /* Translators: shown when there is no value */
        text = g_strdup (C_("value", "—"));
      gtk_label_set_text (label, text);
    }
}

static void
on_list_notify (DeckLeadList   *list,
                GParamSpec     *pspec,
                AdwExpanderRow *row)
{
  DeckLeadListsPage *self = g_object_get_data (G_OBJECT (row), "deck-page");

  row_update (row, list, self);
}

static GtkWidget *
create_menu_button (DeckLeadList *list)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete…"), NULL);
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *label = NULL;
  const char *id = deck_lead_list_get_id (list);

  g_menu_item_set_action_and_target_value (rename, "lists.rename", g_variant_new_string (id));
  g_menu_item_set_action_and_target_value (delete, "lists.delete", g_variant_new_string (id));
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  /* Translators: the tooltip of a lead list's menu button; %s is its name */
  label = g_strdup_printf (_("Actions for “%s”"), deck_lead_list_get_name (list));
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DeckLeadListsPage *self = user_data;
  DeckLeadList *list = item;
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *bar_row = adw_preferences_row_new ();
  GtkWidget *bar = gtk_drawing_area_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (GTK_WIDGET (row), deck_lead_list_get_id (list));
  g_object_set_data (G_OBJECT (row), "deck-page", self);
  adw_expander_row_add_suffix (row, create_menu_button (list));

  /* The breakdown: a stacked bar, then one row per outcome. */
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (bar), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), draw_bar, NULL, NULL);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Verification breakdown"), -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (bar_row), bar);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (bar_row), FALSE);
  adw_expander_row_add_row (row, bar_row);
  g_object_set_data (G_OBJECT (row), "deck-bar", bar);

  for (guint i = 0; i < N_OUTCOMES; i++)
    {
      GtkWidget *outcome = adw_action_row_new ();
      GtkWidget *dot = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *key = g_strdup_printf ("deck-outcome-%u", i);
      g_autofree char *css = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (outcome), _(outcomes[i].title));
      /* The dot ties the row to its colour in the bar. */
      gtk_widget_set_size_request (dot, 10, 10);
      gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, GUINT_TO_POINTER (i), NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (outcome), dot);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (outcome), label);
      adw_expander_row_add_row (row, outcome);
      g_object_set_data (G_OBJECT (row), key, label);
    }

  g_signal_connect_object (list, "notify", G_CALLBACK (on_list_notify), row, G_CONNECT_DEFAULT);
  row_update (row, list, self);

  return GTK_WIDGET (row);
}

/* ------------------------------------------------------------------ stats */

typedef struct
{
  DeckLeadListsPage *self;
  char              *id;
} StatsCall;

static void
stats_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  StatsCall *call = user_data;
  DeckLeadListsPage *self = call->self;
  g_autofree char *id = call->id;
  g_autoptr(GError) error = NULL;
  DeckLeadListStats stats = { 0 };

  g_free (call);

  if (!deck_client_get_lead_list_stats_finish (DECK_CLIENT (source), result, &stats, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Without a count the row keeps "Counting leads…"; no toast for each list. */
      g_debug ("Verification stats of %s: %s", id, error->message);
      self->stats_running = FALSE;
      fetch_next_stats (self);
      return;
    }

  self->stats_running = FALSE;
  store_stats (self, id, &stats);
  fetch_next_stats (self);
}

/* Keeps @stats for @id and tells the list's row (which shows them) at once. */
static void
store_stats (DeckLeadListsPage       *self,
             const char              *id,
             const DeckLeadListStats *stats)
{
  DeckLeadList *list;

  g_hash_table_replace (self->stats, g_strdup (id), g_memdup2 (stats, sizeof *stats));
  if ((list = find_list (self, id)) == NULL)
    return;

  if (deck_lead_list_get_n_leads (list) != stats->total_leads)
    deck_lead_list_set_n_leads (list, stats->total_leads);
  else
    g_object_notify (G_OBJECT (list), "n-leads");
}

/* One request at a time: a workspace may have hundreds of lists. */
static void
fetch_next_stats (DeckLeadListsPage *self)
{
  StatsCall *call;
  char *id;

  if (self->stats_running || self->workspace == NULL)
    return;

  if ((id = g_queue_pop_head (&self->stats_queue)) == NULL)
    return;

  call = g_new0 (StatsCall, 1);
  call->self = self;
  call->id = id;
  self->stats_running = TRUE;
  deck_client_get_lead_list_stats_async (deck_workspace_get_client (self->workspace), id,
                                         self->cancellable, stats_cb, call);
}

static void
queue_stats (DeckLeadListsPage *self,
             const char        *id)
{
  if (g_queue_find_custom (&self->stats_queue, id, (GCompareFunc) g_strcmp0) == NULL)
    g_queue_push_tail (&self->stats_queue, g_strdup (id));
  fetch_next_stats (self);
}

static void
queue_all_stats (DeckLeadListsPage *self)
{
  GListModel *model = get_model (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckLeadList) list = g_list_model_get_item (model, i);

      queue_stats (self, deck_lead_list_get_id (list));
    }
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckLeadListsPage *self;
  g_autoptr(GError) error = NULL;

  if (!deck_workspace_load_lead_lists_finish (DECK_WORKSPACE (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_LEAD_LISTS_PAGE (user_data);
  self->loading = FALSE;
  self->n_busy--;

  if (deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                                 _("Could not refresh the lead lists"), &self->loaded_once, &self->last_toast))
    queue_all_stats (self);

  update_state (self);
}

void
deck_lead_lists_page_reload (DeckLeadListsPage *self)
{
  g_return_if_fail (DECK_IS_LEAD_LISTS_PAGE (self));

  if (self->workspace == NULL || self->loading)
    return;

  self->loading = TRUE;
  self->n_busy++;
  update_state (self);
  deck_workspace_load_lead_lists_async (self->workspace, self->cancellable, load_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_lead_lists_page_reload (DECK_LEAD_LISTS_PAGE (widget));
}

/* ------------------------------------------------------------------ name dialog */

static void
on_name_changed (AdwEntryRow    *entry,
                 AdwAlertDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  adw_alert_dialog_set_response_enabled (dialog, "apply", name[0] != '\0');
}

static void
on_name_activate (AdwEntryRow    *entry,
                  AdwAlertDialog *dialog)
{
  if (adw_alert_dialog_get_response_enabled (dialog, "apply"))
    {
      g_signal_emit_by_name (dialog, "response", "apply");
      adw_dialog_force_close (ADW_DIALOG (dialog));
    }
}

/* An AdwAlertDialog asking for a list name; "apply" is enabled once there is one. */
static AdwDialog *
name_dialog_new (const char *heading,
                 const char *apply_label,
                 const char *name,
                 GCallback   callback,
                 gpointer    object)
{
  AdwAlertDialog *dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, NULL));
  GtkWidget *group = gtk_list_box_new ();
  GtkWidget *entry = adw_entry_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (group), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (group, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (entry), name ? name : "");
  gtk_list_box_append (GTK_LIST_BOX (group), entry);
  adw_alert_dialog_set_extra_child (dialog, group);

  adw_alert_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_alert_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (dialog, "apply");
  adw_alert_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "deck-entry", entry);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_name_changed), dialog, G_CONNECT_DEFAULT);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (on_name_activate), dialog,
                           G_CONNECT_DEFAULT);
  on_name_changed (ADW_ENTRY_ROW (entry), dialog);
  g_signal_connect_object (dialog, "response", callback, object, G_CONNECT_DEFAULT);
  gtk_widget_grab_focus (entry);

  return ADW_DIALOG (dialog);
}

static char *
dialog_dup_name (AdwDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "deck-entry");

  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

/* ------------------------------------------------------------------ create */

static void
create_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckLeadListsPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadList) list = NULL;
  g_autofree char *title = NULL;
  DeckLeadList *added;

  list = deck_client_create_lead_list_finish (DECK_CLIENT (source), result, &error);
  if (list == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_LEAD_LISTS_PAGE (user_data);
  self->n_busy--;

  if (list == NULL)
    {
      toast_error (self, _("Could not create the lead list"), error);
      return;
    }

  /* A new list is empty: no need to ask the server. */
  added = deck_workspace_add_lead_list (self->workspace, list);
  if (deck_lead_list_get_n_leads (added) < 0)
    deck_lead_list_set_n_leads (added, 0);
  self->loaded_once = TRUE;
  update_state (self);
  queue_stats (self, deck_lead_list_get_id (added));

  /* Translators: %s is a lead list's name */
  title = g_strdup_printf (_("Lead list “%s” created"), deck_lead_list_get_name (added));
  toast (self, title);
}

static void
create_list (DeckLeadListsPage *self,
             const char        *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));

  if (self->workspace == NULL || clean[0] == '\0')
    return;

  self->n_busy++;
  deck_client_create_lead_list_async (deck_workspace_get_client (self->workspace), clean,
                                      self->cancellable, create_cb, self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  create_list (DECK_LEAD_LISTS_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
on_new_response (AdwAlertDialog    *dialog,
                 const char        *response,
                 DeckLeadListsPage *self)
{
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  name = dialog_dup_name (ADW_DIALOG (dialog));
  create_list (self, name);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (widget);

  if (self->workspace == NULL)
    return;

  present_dialog (self, name_dialog_new (_("New Lead List"), _("_Create"), NULL,
                                         G_CALLBACK (on_new_response), self));
}

/* ------------------------------------------------------------------ rename */

static void
rename_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckLeadListsPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLeadList) list = NULL;
  g_autofree char *title = NULL;

  list = deck_client_rename_lead_list_finish (DECK_CLIENT (source), result, &error);
  if (list == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_LEAD_LISTS_PAGE (user_data);
  self->n_busy--;

  if (list == NULL)
    {
      toast_error (self, _("Could not rename the lead list"), error);
      return;
    }

  /* Same id: the object in the model is updated in place, its row follows. */
  deck_workspace_add_lead_list (self->workspace, list);
  /* Translators: %s is a lead list's new name */
  title = g_strdup_printf (_("Lead list renamed to “%s”"), deck_lead_list_get_name (list));
  toast (self, title);
}

static void
rename_list (DeckLeadListsPage *self,
             const char        *id,
             const char        *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));
  DeckLeadList *list = find_list (self, id);

  if (list == NULL || clean[0] == '\0' || g_strcmp0 (clean, deck_lead_list_get_name (list)) == 0)
    return;

  self->n_busy++;
  deck_client_rename_lead_list_async (deck_workspace_get_client (self->workspace), id, clean,
                                      self->cancellable, rename_cb, self);
}

static void
rename_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const char *id, *name;

  g_variant_get (parameter, "(&s&s)", &id, &name);
  rename_list (DECK_LEAD_LISTS_PAGE (widget), id, name);
}

static void
on_rename_response (AdwAlertDialog    *dialog,
                    const char        *response,
                    DeckLeadListsPage *self)
{
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  name = dialog_dup_name (ADW_DIALOG (dialog));
  rename_list (self, g_object_get_data (G_OBJECT (dialog), "deck-id"), name);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckLeadList *list = find_list (self, id);
  AdwDialog *dialog;

  if (list == NULL)
    return;

  dialog = name_dialog_new (_("Rename Lead List"), _("_Rename"), deck_lead_list_get_name (list),
                            G_CALLBACK (on_rename_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (id), g_free);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ delete */

typedef struct
{
  DeckLeadListsPage *self;
  char              *id;
  char              *name;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_free (deletion->id);
  g_free (deletion->name);
  g_free (deletion);
}

static void
delete_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Deletion *deletion = user_data;
  DeckLeadListsPage *self = deletion->self;
  g_autoptr(GError) error = NULL;

  if (!deck_client_delete_lead_list_finish (DECK_CLIENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      deletion_free (deletion);
      return;
    }

  self->n_busy--;

  if (error != NULL)
    toast_error (self, _("Could not delete the lead list"), error);
  else
    {
      g_autofree char *title = NULL;

      deck_workspace_remove_lead_list (self->workspace, deletion->id);
      g_hash_table_remove (self->stats, deletion->id);
      /* Translators: %s is a lead list's name */
      title = g_strdup_printf (_("Lead list “%s” deleted"), deletion->name);
      toast (self, title);
      update_state (self);
    }

  deletion_free (deletion);
}

static void
on_delete_response (AdwAlertDialog    *dialog,
                    const char        *response,
                    DeckLeadListsPage *self)
{
  Deletion *deletion;

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  deletion = g_new0 (Deletion, 1);
  deletion->self = self;
  deletion->id = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-id"));
  deletion->name = g_strdup (g_object_get_data (G_OBJECT (dialog), "deck-name"));

  self->n_busy++;
  deck_client_delete_lead_list_async (deck_workspace_get_client (self->workspace), deletion->id,
                                      self->cancellable, delete_cb, deletion);
}

static void
present_delete_dialog (DeckLeadListsPage *self,
                       DeckLeadList      *list,
                       gboolean           counted)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *name = deck_lead_list_get_name (list);
  gint64 n = deck_lead_list_get_n_leads (list);
  AdwDialog *dialog;

  /* The name goes in the body: a long heading does not wrap well. */
  heading = g_strdup (_("Delete Lead List?"));
  if (counted && n >= 0)
    {
      g_autofree char *count = format_leads (n);

      /* Translators: the first %s is a lead list's name, the second a number of leads ("1,234 leads") */
      body = g_strdup_printf (_("“%s” holds %s. Deleting the list cannot be undone."), name, count);
    }
  else
    /* Translators: %s is a lead list's name */
    body = g_strdup_printf (_("The leads in “%s” could not be counted. Deleting the list cannot be undone."), name);

  dialog = deck_admin_confirm_dialog_new (heading, body, _("_Delete"),
                                          G_CALLBACK (on_delete_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-id", g_strdup (deck_lead_list_get_id (list)), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "deck-name", g_strdup (name), g_free);
  present_dialog (self, dialog);
}

static void
delete_stats_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  StatsCall *call = user_data;
  DeckLeadListsPage *self = call->self;
  g_autofree char *id = call->id;
  g_autoptr(GError) error = NULL;
  DeckLeadListStats stats = { 0 };
  gboolean counted;
  DeckLeadList *list;

  g_free (call);

  counted = deck_client_get_lead_list_stats_finish (DECK_CLIENT (source), result, &stats, &error);
  if (!counted && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->n_busy--;
  if ((list = find_list (self, id)) == NULL)
    return;

  if (counted)
    store_stats (self, id, &stats);

  present_delete_dialog (self, list, counted);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  DeckLeadList *list = find_list (self, id);
  StatsCall *call;

  if (list == NULL)
    return;

  /* The dialog names the exact count, so it is asked for right before. */
  call = g_new0 (StatsCall, 1);
  call->self = self;
  call->id = g_strdup (id);
  self->n_busy++;
  deck_client_get_lead_list_stats_async (deck_workspace_get_client (self->workspace), id,
                                         self->cancellable, delete_stats_cb, call);
}

/* ------------------------------------------------------------------ keyboard */

/* The id of the list whose row holds the focus, or NULL. */
static const char *
focused_id (DeckLeadListsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    return NULL;

  row = gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW);
  return row ? gtk_widget_get_name (row) : NULL;
}

static void
focused_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (widget);
  const char *id = focused_id (self);

  if (id == NULL)
    return;

  gtk_widget_activate_action (widget,
                              g_str_equal (action_name, "lists.rename-focused") ? "lists.rename" : "lists.delete",
                              "s", id);
}

/* ------------------------------------------------------------------ object */

static void
deck_lead_lists_page_map (GtkWidget *widget)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (widget);

  GTK_WIDGET_CLASS (deck_lead_lists_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_lead_lists_page_reload (self);
    }
}

static void
deck_lead_lists_page_dispose (GObject *object)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  /* An open dialog would act on a page that is gone. */
  if (self->dialog != NULL)
    adw_dialog_force_close (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->workspace);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_LEAD_LISTS_PAGE);

  G_OBJECT_CLASS (deck_lead_lists_page_parent_class)->dispose (object);
}

static void
deck_lead_lists_page_finalize (GObject *object)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->empty);
  g_clear_pointer (&self->stats, g_hash_table_unref);
  g_queue_clear_full (&self->stats_queue, g_free);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_lead_lists_page_parent_class)->finalize (object);
}

static void
deck_lead_lists_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (object);

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
deck_lead_lists_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DeckLeadListsPage *self = DECK_LEAD_LISTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_lead_lists_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_lists_page_class_init (DeckLeadListsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_lead_lists_page_dispose;
  object_class->finalize = deck_lead_lists_page_finalize;
  object_class->get_property = deck_lead_lists_page_get_property;
  object_class->set_property = deck_lead_lists_page_set_property;

  widget_class->map = deck_lead_lists_page_map;

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
                                               "/io/github/instadeck/Instadeck/ui/deck-lead-lists-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckLeadListsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadListsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckLeadListsPage, list);

  gtk_widget_class_install_action (widget_class, "lists.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "lists.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "lists.create", "s", create_action);
  gtk_widget_class_install_action (widget_class, "lists.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "lists.rename-to", "(ss)", rename_to_action);
  gtk_widget_class_install_action (widget_class, "lists.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "lists.rename-focused", NULL, focused_action);
  gtk_widget_class_install_action (widget_class, "lists.delete-focused", NULL, focused_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "lists.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "lists.rename-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "lists.delete-focused", NULL);
}

static void
deck_lead_lists_page_init (DeckLeadListsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_LEAD_LIST);
  self->stats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_queue_init (&self->stats_queue);
  update_state (self);
}

GtkWidget *
deck_lead_lists_page_new (void)
{
  return g_object_new (DECK_TYPE_LEAD_LISTS_PAGE, NULL);
}

DeckWorkspace *
deck_lead_lists_page_get_workspace (DeckLeadListsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), NULL);

  return self->workspace;
}

static void
on_model_changed (DeckLeadListsPage *self)
{
  update_state (self);
}

void
deck_lead_lists_page_set_workspace (DeckLeadListsPage *self,
                                    DeckWorkspace     *workspace)
{
  g_return_if_fail (DECK_IS_LEAD_LISTS_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Nothing for the old workspace may land here. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_busy = 0;
  self->loading = FALSE;
  self->loaded_once = FALSE;
  self->stats_running = FALSE;
  g_queue_clear_full (&self->stats_queue, g_free);
  g_hash_table_remove_all (self->stats);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (get_model (self), on_model_changed, self);

  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    g_signal_connect_object (get_model (self), "items-changed", G_CALLBACK (on_model_changed), self,
                             G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->list, get_model (self), create_row, self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_lead_lists_page_reload (self);
  else
    self->load_pending = workspace != NULL;
}

const char *
deck_lead_lists_page_get_state (DeckLeadListsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), NULL);

  return self->state;
}

const DeckLeadListStats *
deck_lead_lists_page_get_stats (DeckLeadListsPage *self,
                                const char        *id)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->stats, id);
}

AdwDialog *
deck_lead_lists_page_get_dialog (DeckLeadListsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_lead_lists_page_get_last_toast (DeckLeadListsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_lead_lists_page_get_busy (DeckLeadListsPage *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_LISTS_PAGE (self), FALSE);

  return self->n_busy > 0 || self->stats_running;
}
