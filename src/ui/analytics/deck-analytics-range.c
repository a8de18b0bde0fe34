/* deck-analytics-range.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-analytics"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-analytics-range.h"
#include "deck-analytics-util.h"

struct _DeckAnalyticsRange
{
  AdwBin          parent_instance;

  char           *start;
  char           *end;
  guint           days;
  gboolean        updating;

  AdwToggleGroup *presets;
  GtkMenuButton  *custom_button;
  GtkPopover     *popover;
  AdwToggleGroup *boundary;
  GtkCalendar    *calendar;
  GtkLabel       *pending_label;
  GDate          *pending_start;
  GDate          *pending_end;
};

G_DEFINE_FINAL_TYPE (DeckAnalyticsRange, deck_analytics_range, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_DAYS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_widgets (DeckAnalyticsRange *self)
{
  g_autofree char *name = g_strdup_printf ("%u", self->days);

  self->updating = TRUE;
  if (self->days != 0)
    {
      adw_toggle_group_set_active_name (self->presets, name);
      gtk_menu_button_set_label (self->custom_button, _("Custom…"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->custom_button), "accent");
    }
  else
    {
      g_autofree char *text = deck_analytics_format_range (self->start, self->end);

      adw_toggle_group_set_active (self->presets, GTK_INVALID_LIST_POSITION);
      gtk_menu_button_set_label (self->custom_button, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->custom_button), "accent");
    }
  self->updating = FALSE;
}

static void
set_range (DeckAnalyticsRange *self,
           const char         *start,
           const char         *end,
           guint               days)
{
  gboolean changed = g_strcmp0 (self->start, start) != 0 || g_strcmp0 (self->end, end) != 0;

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_str (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
  if (g_set_str (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
  if (self->days != days)
    {
      self->days = days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
      changed = TRUE;
    }
  update_widgets (self);
  g_object_thaw_notify (G_OBJECT (self));

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------ custom popover */

static void
show_pending (DeckAnalyticsRange *self)
{
  g_autofree char *start = deck_analytics_format_iso_date (self->pending_start);
  g_autofree char *end = deck_analytics_format_iso_date (self->pending_end);
  g_autofree char *text = deck_analytics_format_range (start, end);

  gtk_label_set_label (self->pending_label, text);
}

static void
select_on_calendar (DeckAnalyticsRange *self,
                    const GDate        *date)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                  g_date_get_day (date), 12, 0, 0);

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->updating = FALSE;
}

static void
on_boundary_changed (DeckAnalyticsRange *self)
{
  gboolean end = g_strcmp0 (adw_toggle_group_get_active_name (self->boundary), "end") == 0;

  select_on_calendar (self, end ? self->pending_end : self->pending_start);
}

static void
on_day_selected (DeckAnalyticsRange *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDate) today = deck_analytics_dup_today ();
  GDate *date;

  if (self->updating)
    return;

  date = g_date_new_dmy (g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                         g_date_time_get_year (picked));
  /* Nothing has happened after today yet. */
  if (g_date_compare (date, today) > 0)
    *date = *today;

  if (g_strcmp0 (adw_toggle_group_get_active_name (self->boundary), "end") == 0)
    {
      g_date_free (self->pending_end);
      self->pending_end = date;
    }
  else
    {
      g_date_free (self->pending_start);
      self->pending_start = date;
      /* Picking a start moves on to the end. */
      adw_toggle_group_set_active_name (self->boundary, "end");
    }

  if (g_date_compare (self->pending_start, self->pending_end) > 0)
    {
      GDate swap = *self->pending_start;

      *self->pending_start = *self->pending_end;
      *self->pending_end = swap;
    }
  show_pending (self);
}

static void
on_popover_show (DeckAnalyticsRange *self)
{
  g_clear_pointer (&self->pending_start, g_date_free);
  g_clear_pointer (&self->pending_end, g_date_free);
  self->pending_start = deck_analytics_parse_iso_date (self->start);
  self->pending_end = deck_analytics_parse_iso_date (self->end);
  if (self->pending_start == NULL || self->pending_end == NULL)
    {
      g_clear_pointer (&self->pending_start, g_date_free);
      g_clear_pointer (&self->pending_end, g_date_free);
      self->pending_end = deck_analytics_dup_today ();
      self->pending_start = g_date_copy (self->pending_end);
      g_date_subtract_days (self->pending_start, 29);
    }
  adw_toggle_group_set_active_name (self->boundary, "start");
  on_boundary_changed (self);
  show_pending (self);
}

static void
on_apply (DeckAnalyticsRange *self)
{
  g_autofree char *start = deck_analytics_format_iso_date (self->pending_start);
  g_autofree char *end = deck_analytics_format_iso_date (self->pending_end);

  gtk_popover_popdown (self->popover);
  deck_analytics_range_set_custom (self, start, end);
}

/* ------------------------------------------------------------------ presets */

static void
on_preset_changed (DeckAnalyticsRange *self)
{
  const char *name = adw_toggle_group_get_active_name (self->presets);

  if (self->updating || name == NULL)
    return;
  deck_analytics_range_set_days (self, (guint) g_ascii_strtoull (name, NULL, 10));
}

static void
last_days_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  deck_analytics_range_set_days (DECK_ANALYTICS_RANGE (widget), (guint) MAX (g_variant_get_int32 (parameter), 1));
}

static void
pick_custom_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_menu_button_popup (DECK_ANALYTICS_RANGE (widget)->custom_button);
}

/* ------------------------------------------------------------------ object */

static void
deck_analytics_range_finalize (GObject *object)
{
  DeckAnalyticsRange *self = DECK_ANALYTICS_RANGE (object);

  g_free (self->start);
  g_free (self->end);
  g_clear_pointer (&self->pending_start, g_date_free);
  g_clear_pointer (&self->pending_end, g_date_free);

  G_OBJECT_CLASS (deck_analytics_range_parent_class)->finalize (object);
}

static void
deck_analytics_range_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckAnalyticsRange *self = DECK_ANALYTICS_RANGE (object);

  switch (prop_id)
    {
    case PROP_START_DATE:
      g_value_set_string (value, self->start);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end);
      break;

    case PROP_DAYS:
      g_value_set_uint (value, self->days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_analytics_range_class_init (DeckAnalyticsRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = deck_analytics_range_finalize;
  object_class->get_property = deck_analytics_range_get_property;

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DAYS] =
    g_param_spec_uint ("days", NULL, NULL, 0, G_MAXUINT, 30,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "range.last-days", "i", last_days_action);
  gtk_widget_class_install_action (widget_class, "range.pick-custom", NULL, pick_custom_action);
}

static AdwToggle *
add_toggle (AdwToggleGroup *group,
            const char     *name,
            const char     *label)
{
  AdwToggle *toggle = adw_toggle_new ();

  adw_toggle_set_name (toggle, name);
  adw_toggle_set_label (toggle, label);
  adw_toggle_set_use_underline (toggle, TRUE);
  adw_toggle_group_add (group, toggle);
  return toggle;
}

static void
deck_analytics_range_init (DeckAnalyticsRange *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *content, *apply;

  adw_bin_set_child (ADW_BIN (self), box);

  self->presets = ADW_TOGGLE_GROUP (adw_toggle_group_new ());
  add_toggle (self->presets, "7", _("7 Days"));
  add_toggle (self->presets, "30", _("30 Days"));
  add_toggle (self->presets, "90", _("90 Days"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->presets),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date Range"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->presets));

  /* The custom range: a start and an end picked on one calendar, applied at once. */
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->boundary = ADW_TOGGLE_GROUP (adw_toggle_group_new ());
  add_toggle (self->boundary, "start", _("_From"));
  add_toggle (self->boundary, "end", _("_To"));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->boundary));
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->calendar));
  self->pending_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->pending_label), "heading");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->pending_label));
  apply = gtk_button_new_with_mnemonic (_("_Show Range"));
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_box_append (GTK_BOX (content), apply);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, content);

  self->custom_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->custom_button, GTK_WIDGET (self->popover));
  gtk_menu_button_set_always_show_arrow (self->custom_button, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->custom_button), _("Pick a Custom Date Range"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->custom_button));

  g_signal_connect_object (self->presets, "notify::active-name", G_CALLBACK (on_preset_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->boundary, "notify::active-name", G_CALLBACK (on_boundary_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (on_popover_show), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (apply, "clicked", G_CALLBACK (on_apply), self, G_CONNECT_SWAPPED);

  deck_analytics_range_set_days (self, 30);
}

GtkWidget *
deck_analytics_range_new (void)
{
  return g_object_new (DECK_TYPE_ANALYTICS_RANGE, NULL);
}

const char *
deck_analytics_range_get_start (DeckAnalyticsRange *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_RANGE (self), NULL);

  return self->start;
}

const char *
deck_analytics_range_get_end (DeckAnalyticsRange *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_RANGE (self), NULL);

  return self->end;
}

guint
deck_analytics_range_get_days (DeckAnalyticsRange *self)
{
  g_return_val_if_fail (DECK_IS_ANALYTICS_RANGE (self), 0);

  return self->days;
}

void
deck_analytics_range_set_days (DeckAnalyticsRange *self,
                               guint               days)
{
  g_autoptr(GDate) end = NULL;
  g_autoptr(GDate) start = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  g_return_if_fail (DECK_IS_ANALYTICS_RANGE (self));
  g_return_if_fail (days > 0);

  end = deck_analytics_dup_today ();
  start = g_date_copy (end);
  g_date_subtract_days (start, days - 1);
  start_text = deck_analytics_format_iso_date (start);
  end_text = deck_analytics_format_iso_date (end);
  set_range (self, start_text, end_text, days);
}

void
deck_analytics_range_set_custom (DeckAnalyticsRange *self,
                                 const char         *start,
                                 const char         *end)
{
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;

  g_return_if_fail (DECK_IS_ANALYTICS_RANGE (self));

  from = deck_analytics_parse_iso_date (start);
  to = deck_analytics_parse_iso_date (end);
  if (from == NULL || to == NULL || g_date_compare (from, to) > 0)
    return;
  set_range (self, start, end, 0);
}
