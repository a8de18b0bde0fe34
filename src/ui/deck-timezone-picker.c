/* deck-timezone-picker.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-timezone-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-campaign-draft.h"
#include "deck-timezone-picker.h"

struct _DeckTimezonePicker
{
  AdwDialog           parent_instance;

  GtkSearchEntry     *search;
  GtkStringFilter    *filter;
  GtkFilterListModel *results;
  GtkSingleSelection *selection;
  GtkListView        *list;
  char               *current;
};

G_DEFINE_FINAL_TYPE (DeckTimezonePicker, deck_timezone_picker, ADW_TYPE_DIALOG)

enum {
  ZONE_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
deck_timezone_describe_offset (const char *zone)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) now = NULL;
  GTimeSpan offset;
  int minutes;

  g_return_val_if_fail (zone != NULL, NULL);

  tz = g_time_zone_new_identifier (zone);
  if (tz == NULL)
    return NULL;

  now = g_date_time_new_now (tz);
  offset = g_date_time_get_utc_offset (now);
  minutes = (int) (offset / G_TIME_SPAN_MINUTE);

  return g_strdup_printf ("UTC%s%02d:%02d", minutes < 0 ? "−" : "+",
                          ABS (minutes) / 60, ABS (minutes) % 60);
}

/* What the search matches: the zone, its words and its offset now. Built once per
 * zone: loading a zone from tzdata on every key press would be slow. */
static char *build_search_key (const char *zone);

static char *
search_key (GtkStringObject *item,
            GHashTable      *keys)
{
  const char *zone = gtk_string_object_get_string (item);
  const char *key = g_hash_table_lookup (keys, zone);

  if (key == NULL)
    {
      key = build_search_key (zone);
      g_hash_table_insert (keys, g_strdup (zone), (char *) key);
    }

  return g_strdup (key);
}

static char *
build_search_key (const char *zone)
{
  g_autofree char *offset = deck_timezone_describe_offset (zone);
  g_autofree char *words = g_strdelimit (g_strdup (zone), "_/", ' ');
  g_autofree char *plain_offset = offset != NULL ? g_strdup (offset) : g_strdup ("");
  g_autofree char *ascii_offset = NULL;

  /* Let "+05" and "-05" find offsets written with a real minus sign. */
  {
    g_auto(GStrv) parts = g_strsplit (plain_offset, "−", -1);
    ascii_offset = g_strjoinv ("-", parts);
  }

  return g_strdup_printf ("%s %s %s %s", zone, words, plain_offset, ascii_offset);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *offset = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (offset, "dim-label");
  gtk_widget_add_css_class (offset, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), offset);
  gtk_box_append (GTK_BOX (box), check);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          DeckTimezonePicker       *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *offset = gtk_widget_get_next_sibling (name);
  GtkWidget *check = gtk_widget_get_next_sibling (offset);
  const char *zone = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *text = deck_timezone_describe_offset (zone);

  gtk_label_set_text (GTK_LABEL (name), zone);
  gtk_label_set_text (GTK_LABEL (offset), text != NULL ? text : "");
  gtk_widget_set_visible (check, g_strcmp0 (zone, self->current) == 0);
}

void
deck_timezone_picker_select (DeckTimezonePicker *self,
                             guint               position)
{
  g_autoptr(GtkStringObject) item = NULL;
  g_autofree char *zone = NULL;

  g_return_if_fail (DECK_IS_TIMEZONE_PICKER (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  if (item == NULL)
    return;

  zone = g_strdup (gtk_string_object_get_string (item));
  g_signal_emit (self, signals[ZONE_SELECTED], 0, zone);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
on_activate (GtkListView        *list,
             guint               position,
             DeckTimezonePicker *self)
{
  deck_timezone_picker_select (self, position);
}

static void
on_search_activate (DeckTimezonePicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    deck_timezone_picker_select (self, 0);
}

void
deck_timezone_picker_set_search (DeckTimezonePicker *self,
                                 const char         *text)
{
  g_return_if_fail (DECK_IS_TIMEZONE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text != NULL ? text : "");
  /* Not waiting for the entry's search delay keeps tests and typing in step. */
  gtk_string_filter_set_search (self->filter, text);
}

GListModel *
deck_timezone_picker_get_results (DeckTimezonePicker *self)
{
  g_return_val_if_fail (DECK_IS_TIMEZONE_PICKER (self), NULL);

  return G_LIST_MODEL (self->results);
}

static void
on_search_changed (GtkSearchEntry     *entry,
                   DeckTimezonePicker *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

DeckTimezonePicker *
deck_timezone_picker_new (const char *current)
{
  DeckTimezonePicker *self = g_object_new (DECK_TYPE_TIMEZONE_PICKER, NULL);
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search_bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkStringList *zones = gtk_string_list_new ((const char * const *) deck_campaign_timezones ());
  GtkExpression *expression;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->current = g_strdup (current);

  adw_dialog_set_title (ADW_DIALOG (self), _("Timezone"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 420);
  adw_dialog_set_content_height (ADW_DIALOG (self), 560);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (search_key),
                                            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
                                            (GClosureNotify) g_hash_table_unref);
  self->filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->results = gtk_filter_list_model_new (G_LIST_MODEL (zones), GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->results)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timezones"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate), self);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_placeholder_text (self->search, _("Search by city, region or UTC offset"));
  gtk_search_entry_set_search_delay (self->search, 100);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self->list));
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate), self);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search), 6);
  gtk_box_append (GTK_BOX (search_bar), GTK_WIDGET (self->search));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), search_bar);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->search));

  return self;
}

static void
deck_timezone_picker_dispose (GObject *object)
{
  DeckTimezonePicker *self = DECK_TIMEZONE_PICKER (object);

  adw_dialog_set_child (ADW_DIALOG (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (deck_timezone_picker_parent_class)->dispose (object);
}

static void
deck_timezone_picker_finalize (GObject *object)
{
  DeckTimezonePicker *self = DECK_TIMEZONE_PICKER (object);

  g_free (self->current);

  G_OBJECT_CLASS (deck_timezone_picker_parent_class)->finalize (object);
}

static void
deck_timezone_picker_class_init (DeckTimezonePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_timezone_picker_dispose;
  object_class->finalize = deck_timezone_picker_finalize;

  signals[ZONE_SELECTED] = g_signal_new ("zone-selected",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
deck_timezone_picker_init (DeckTimezonePicker *self)
{
}
