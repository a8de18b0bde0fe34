/* deck-campaign-schedule-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-campaign-editor-util.h"
#include "deck-campaign-schedule-page.h"
#include "deck-timezone-picker.h"

typedef struct
{
  DeckCampaignSchedulePage *page;
  guint                     index;
  gboolean                  updating;

  AdwPreferencesGroup      *group;
  AdwEntryRow              *name;
  GtkWidget                *days_row;
  GtkWidget                *days[7];
  AdwEntryRow              *from;
  AdwEntryRow              *to;
  AdwActionRow             *timezone;
  AdwActionRow             *local;
} WindowView;

struct _DeckCampaignSchedulePage
{
  AdwBin                parent_instance;

  DeckWorkspace        *workspace;
  DeckCampaignDraft    *draft;

  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  GtkBox               *windows_box;
  GPtrArray            *windows;     /* WindowView */
  gboolean              updating;
  DeckTimezonePicker   *picker;      /* weak: the open picker */
};

G_DEFINE_FINAL_TYPE (DeckCampaignSchedulePage, deck_campaign_schedule_page, ADW_TYPE_BIN)

static void
set_valid (GtkWidget *row,
           gboolean   valid)
{
  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
}

static const char *
window_string (JsonObject *window,
               const char *parent,
               const char *member)
{
  if (parent != NULL)
    {
      if (!json_object_has_member (window, parent) ||
          !JSON_NODE_HOLDS_OBJECT (json_object_get_member (window, parent)))
        return NULL;
      window = json_object_get_object_member (window, parent);
    }

  return json_object_get_string_member_with_default (window, member, NULL);
}

static gboolean
window_has_day (JsonObject *window,
                guint       day)
{
  char key[2] = { (char) ('0' + day), '\0' };
  JsonObject *days;

  if (!json_object_has_member (window, "days") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (window, "days")))
    return FALSE;

  days = json_object_get_object_member (window, "days");
  return json_object_get_boolean_member_with_default (days, key, FALSE);
}

/* ------------------------------------------------------------------ windows */

static void
update_local (WindowView *view)
{
  JsonObject *window = deck_campaign_draft_get_schedule (view->page->draft, view->index);
  const char *from = window_string (window, "timing", "from");
  const char *to = window_string (window, "timing", "to");
  const char *zone = json_object_get_string_member_with_default (window, "timezone", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *here = NULL;
  g_autofree char *offset = NULL;
  g_autofree char *text = NULL;

  here = deck_campaign_window_in_zone (from, to, zone, now, local);
  offset = zone != NULL ? deck_timezone_describe_offset (zone) : NULL;

  if (zone == NULL)
    text = g_strdup (_("None"));
  else if (offset != NULL)
    text = g_strdup_printf ("%s (%s)", zone, offset);
  else
    text = g_strdup (zone);
  adw_action_row_set_subtitle (view->timezone, text);

  g_clear_pointer (&text, g_free);
  if (here == NULL)
    text = g_strdup (_("Enter valid times and a timezone to see this in your time"));
  else
    /* Translators: "09:00–17:00 America/Detroit = 15:00–23:00 here (today)" */
    text = g_strdup_printf (_("%s–%s %s = %s here (today)"), from, to, zone, here);
  adw_action_row_set_subtitle (view->local, text);
}

static void
on_window_name_changed (GtkEditable *editable,
                        WindowView  *view)
{
  const char *name = gtk_editable_get_text (editable);
  g_autofree char *fallback = g_strdup_printf (_("Sending Window %u"), view->index + 1);

  adw_preferences_group_set_title (view->group, name[0] != '\0' ? name : fallback);
  if (view->updating)
    return;
  deck_campaign_draft_set_schedule_name (view->page->draft, view->index, name);
}

static void
on_time_changed (WindowView *view)
{
  const char *from = gtk_editable_get_text (GTK_EDITABLE (view->from));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (view->to));
  gboolean from_ok = deck_campaign_time_is_valid (from);
  gboolean to_ok = deck_campaign_time_is_valid (to);

  set_valid (GTK_WIDGET (view->from), from_ok);
  set_valid (GTK_WIDGET (view->to), to_ok);

  if (view->updating)
    return;

  /* Only a valid HH:MM reaches the draft (the spec's pattern). */
  if (from_ok && to_ok)
    {
      deck_campaign_draft_set_schedule_times (view->page->draft, view->index, from, to);
      set_valid (GTK_WIDGET (view->to), g_strcmp0 (from, to) < 0);
    }
  update_local (view);
}

static void
on_day_toggled (GtkToggleButton *button,
                WindowView      *view)
{
  guint day = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "day"));

  if (view->updating)
    return;

  deck_campaign_draft_set_schedule_day (view->page->draft, view->index, day,
                                        gtk_toggle_button_get_active (button));
}

static void
on_zone_selected (DeckTimezonePicker *picker,
                  const char         *zone,
                  WindowView         *view)
{
  deck_campaign_draft_set_schedule_timezone (view->page->draft, view->index, zone);
  update_local (view);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static WindowView *
build_window (DeckCampaignSchedulePage *self,
              guint                     index)
{
  WindowView *view = g_new0 (WindowView, 1);
  JsonObject *window = deck_campaign_draft_get_schedule (self->draft, index);
  const char *name = window_string (window, NULL, "name");
  const char *from = window_string (window, "timing", "from");
  const char *to = window_string (window, "timing", "to");
  GtkWidget *days_box = gtk_flow_box_new ();
  GtkWidget *days_outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *days_label = gtk_label_new (_("Days"));
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);

  view->page = self;
  view->index = index;
  view->updating = TRUE;

  view->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_header_suffix (view->group,
                                           icon_button ("user-trash-symbolic", _("Remove Sending Window"),
                                                        "schedule.remove-window",
                                                        g_variant_new_uint32 (index)));

  view->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->name), _("Name"));
  g_signal_connect (view->name, "changed", G_CALLBACK (on_window_name_changed), view);
  gtk_editable_set_text (GTK_EDITABLE (view->name), name != NULL ? name : "");
  on_window_name_changed (GTK_EDITABLE (view->name), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->name));

  /* Days in the user's week order, Monday first; the spec's keys 0..6 start on
   * Sunday as Instantly's own campaigns do. */
  view->days_row = adw_preferences_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->days_row), _("Days"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (view->days_row), FALSE);
  gtk_widget_add_css_class (days_label, "dim-label");
  gtk_widget_add_css_class (days_label, "caption");
  gtk_label_set_xalign (GTK_LABEL (days_label), 0);
  /* Wraps to two lines on a phone instead of widening the dialog. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (days_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (days_box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (days_box), 4);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (days_box), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (days_box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (days_box), 6);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (monday, i);
      g_autofree char *abbrev = g_date_time_format (date, "%a");
      g_autofree char *full = g_date_time_format (date, "%A");
      guint day = (i + 1) % 7;
      GtkWidget *button = gtk_toggle_button_new_with_label (abbrev);

      gtk_widget_set_tooltip_text (button, full);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      g_object_set_data (G_OBJECT (button), "day", GUINT_TO_POINTER (day));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), window_has_day (window, day));
      g_signal_connect (button, "toggled", G_CALLBACK (on_day_toggled), view);
      gtk_flow_box_append (GTK_FLOW_BOX (days_box), button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      view->days[day] = button;
    }
  gtk_box_append (GTK_BOX (days_outer), days_label);
  gtk_box_append (GTK_BOX (days_outer), days_box);
  gtk_widget_set_margin_start (days_outer, 12);
  gtk_widget_set_margin_end (days_outer, 12);
  gtk_widget_set_margin_top (days_outer, 8);
  gtk_widget_set_margin_bottom (days_outer, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (view->days_row), days_outer);
  adw_preferences_group_add (view->group, view->days_row);

  view->from = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->from), _("From (HH:MM)"));
  gtk_editable_set_text (GTK_EDITABLE (view->from), from != NULL ? from : "");
  adw_entry_row_set_input_purpose (view->from, GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_swapped (view->from, "changed", G_CALLBACK (on_time_changed), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->from));

  view->to = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->to), _("To (HH:MM)"));
  gtk_editable_set_text (GTK_EDITABLE (view->to), to != NULL ? to : "");
  adw_entry_row_set_input_purpose (view->to, GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_swapped (view->to, "changed", G_CALLBACK (on_time_changed), view);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->to));

  view->timezone = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->timezone), _("Timezone"));
  adw_action_row_add_suffix (view->timezone, gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (view->timezone), "schedule.pick-timezone");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (view->timezone), g_variant_new_uint32 (index));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (view->timezone), TRUE);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->timezone));

  view->local = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->local), _("In Your Time"));
  adw_action_row_add_prefix (view->local, gtk_image_new_from_icon_name ("preferences-system-time-symbolic"));
  adw_preferences_group_add (view->group, GTK_WIDGET (view->local));

  view->updating = FALSE;
  on_time_changed (view);
  return view;
}

/* ------------------------------------------------------------------ dates */

static void
on_dates_changed (DeckCampaignSchedulePage *self)
{
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->end_row));
  gboolean start_ok = start[0] == '\0' || deck_campaign_date_is_valid (start);
  gboolean end_ok = end[0] == '\0' || deck_campaign_date_is_valid (end);

  if (start_ok && end_ok && start[0] != '\0' && end[0] != '\0' && g_strcmp0 (start, end) > 0)
    end_ok = FALSE;

  set_valid (GTK_WIDGET (self->start_row), start_ok);
  set_valid (GTK_WIDGET (self->end_row), end_ok);

  if (self->updating || !start_ok || !end_ok)
    return;

  deck_campaign_draft_set_dates (self->draft,
                                 start[0] != '\0' ? start : NULL,
                                 end[0] != '\0' ? end : NULL);
}

static const char *
schedule_date (DeckCampaignSchedulePage *self,
               const char               *member)
{
  JsonObject *json = deck_campaign_draft_get_json (self->draft);
  const char *holder = deck_campaign_draft_get_schedule_member (self->draft);
  JsonObject *schedule;
  JsonNode *node;

  if (!json_object_has_member (json, holder) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json, holder)))
    return "";
  schedule = json_object_get_object_member (json, holder);
  node = json_object_get_member (schedule, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";

  return json_node_get_string (node);
}

/* ------------------------------------------------------------------ actions */

static void
add_window (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckCampaignSchedulePage *self = DECK_CAMPAIGN_SCHEDULE_PAGE (widget);
  g_autofree char *zone = deck_campaign_closest_timezone ();
  guint index = deck_campaign_draft_add_schedule (self->draft, zone);

  deck_campaign_schedule_page_reload (self);
  deck_campaign_schedule_page_locate (self, "campaign_schedule", index, -1, "name", TRUE);
}

static void
remove_window (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckCampaignSchedulePage *self = DECK_CAMPAIGN_SCHEDULE_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= deck_campaign_draft_get_n_schedules (self->draft))
    return;

  deck_campaign_draft_remove_schedule (self->draft, index);
  deck_campaign_schedule_page_reload (self);
}

static void
pick_timezone (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckCampaignSchedulePage *self = DECK_CAMPAIGN_SCHEDULE_PAGE (widget);

  deck_campaign_schedule_page_open_timezone_picker (self, g_variant_get_uint32 (parameter));
}

/* ------------------------------------------------------------------ public */

DeckTimezonePicker *
deck_campaign_schedule_page_open_timezone_picker (DeckCampaignSchedulePage *self,
                                                  guint                     index)
{
  WindowView *view;
  JsonObject *window;
  DeckTimezonePicker *picker;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_SCHEDULE_PAGE (self), NULL);

  if (index >= self->windows->len)
    return NULL;

  view = g_ptr_array_index (self->windows, index);
  window = deck_campaign_draft_get_schedule (self->draft, index);
  picker = deck_timezone_picker_new (json_object_get_string_member_with_default (window, "timezone", NULL));
  /* The picker is closed before any view goes away (reload, dispose). */
  g_signal_connect (picker, "zone-selected", G_CALLBACK (on_zone_selected), view);
  g_set_weak_pointer (&self->picker, picker);
  adw_dialog_present (ADW_DIALOG (picker), GTK_WIDGET (self));
  return picker;
}

void
deck_campaign_schedule_page_reload (DeckCampaignSchedulePage *self)
{
  GtkWidget *child;
  guint n;

  g_return_if_fail (DECK_IS_CAMPAIGN_SCHEDULE_PAGE (self));

  /* A picker would write into a window that no longer exists. */
  if (self->picker != NULL)
    adw_dialog_force_close (ADW_DIALOG (self->picker));

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), schedule_date (self, "start_date"));
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), schedule_date (self, "end_date"));
  self->updating = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->windows_box))) != NULL)
    gtk_box_remove (self->windows_box, child);
  g_ptr_array_set_size (self->windows, 0);

  n = deck_campaign_draft_get_n_schedules (self->draft);
  for (guint i = 0; i < n; i++)
    {
      WindowView *view = build_window (self, i);

      g_ptr_array_add (self->windows, view);
      gtk_box_append (self->windows_box, GTK_WIDGET (view->group));
    }

  if (n == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Sending Window"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Add the days and hours in which emails may go out."));
      gtk_widget_add_css_class (status, "compact");
      gtk_box_append (self->windows_box, status);
    }
}

static gboolean
focus_idle (gpointer data)
{
  if (gtk_widget_get_root (data) != NULL)
    gtk_widget_grab_focus (data);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
focus_row (GtkWidget *widget,
           gboolean   focus)
{
  if (focus && widget != NULL)
    {
      gtk_widget_grab_focus (widget);
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_idle, g_object_ref (widget), g_object_unref);
    }
  return widget;
}

GtkWidget *
deck_campaign_schedule_page_locate (DeckCampaignSchedulePage *self,
                                    const char               *field,
                                    int                       index,
                                    int                       sub,
                                    const char               *detail,
                                    gboolean                  focus)
{
  WindowView *view;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_SCHEDULE_PAGE (self), NULL);

  /* Check issues name "campaign_schedule"; a subsequence's server messages name
   * "subsequence_schedule". */
  if (g_strcmp0 (field, "campaign_schedule") != 0 &&
      g_strcmp0 (field, deck_campaign_draft_get_schedule_member (self->draft)) != 0)
    return NULL;

  if (g_strcmp0 (detail, "start_date") == 0)
    return focus_row (GTK_WIDGET (self->start_row), focus);
  if (g_strcmp0 (detail, "end_date") == 0)
    return focus_row (GTK_WIDGET (self->end_row), focus);

  if (self->windows->len == 0)
    return NULL;
  view = g_ptr_array_index (self->windows, index >= 0 && (guint) index < self->windows->len ? (guint) index : 0);

  if (g_strcmp0 (detail, "name") == 0)
    return focus_row (GTK_WIDGET (view->name), focus);
  if (g_strcmp0 (detail, "days") == 0)
    return focus_row (view->days[1], focus) != NULL ? view->days_row : NULL;
  if (g_strcmp0 (detail, "from") == 0 || g_strcmp0 (detail, "timing") == 0)
    return focus_row (GTK_WIDGET (view->from), focus);
  if (g_strcmp0 (detail, "to") == 0)
    return focus_row (GTK_WIDGET (view->to), focus);
  if (g_strcmp0 (detail, "local") == 0)
    return GTK_WIDGET (view->local);
  return focus_row (GTK_WIDGET (view->timezone), focus);
}

GtkWidget *
deck_campaign_schedule_page_get_day_button (DeckCampaignSchedulePage *self,
                                            guint                     index,
                                            guint                     day)
{
  WindowView *view;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_SCHEDULE_PAGE (self), NULL);
  g_return_val_if_fail (day < 7, NULL);

  if (index >= self->windows->len)
    return NULL;
  view = g_ptr_array_index (self->windows, index);
  return view->days[day];
}

/* ------------------------------------------------------------------ GObject */

GtkWidget *
deck_campaign_schedule_page_new (DeckWorkspace     *workspace,
                                 DeckCampaignDraft *draft)
{
  DeckCampaignSchedulePage *self;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *dates = adw_preferences_group_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_row = adw_button_row_new ();

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_SCHEDULE_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->draft = g_object_ref (draft);

  self->windows_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->windows_box));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add Sending Window"));
  adw_button_row_set_start_icon_name (ADW_BUTTON_ROW (add_row), "list-add-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_row), "schedule.add-window");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_row);
  gtk_box_append (GTK_BOX (box), add_group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (dates), _("Dates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (dates),
                                         _("Optional, as YYYY-MM-DD in the campaign's timezone; empty starts now and never ends"));
  self->start_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _("Start Date"));
  self->end_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_row), _("End Date"));
  g_signal_connect_swapped (self->start_row, "changed", G_CALLBACK (on_dates_changed), self);
  g_signal_connect_swapped (self->end_row, "changed", G_CALLBACK (on_dates_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates), GTK_WIDGET (self->start_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates), GTK_WIDGET (self->end_row));
  gtk_box_append (GTK_BOX (box), dates);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  deck_campaign_schedule_page_reload (self);
  return GTK_WIDGET (self);
}

static void
deck_campaign_schedule_page_dispose (GObject *object)
{
  DeckCampaignSchedulePage *self = DECK_CAMPAIGN_SCHEDULE_PAGE (object);

  if (self->picker != NULL)
    adw_dialog_force_close (ADW_DIALOG (self->picker));
  g_clear_weak_pointer (&self->picker);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->windows, g_ptr_array_unref);
  g_clear_object (&self->draft);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_campaign_schedule_page_parent_class)->dispose (object);
}

static void
deck_campaign_schedule_page_class_init (DeckCampaignSchedulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_campaign_schedule_page_dispose;

  gtk_widget_class_install_action (widget_class, "schedule.add-window", NULL, add_window);
  gtk_widget_class_install_action (widget_class, "schedule.remove-window", "u", remove_window);
  gtk_widget_class_install_action (widget_class, "schedule.pick-timezone", "u", pick_timezone);
}

static void
deck_campaign_schedule_page_init (DeckCampaignSchedulePage *self)
{
  self->windows = g_ptr_array_new_with_free_func (g_free);
}
