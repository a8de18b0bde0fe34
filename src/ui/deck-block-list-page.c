/* deck-block-list-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-block-list"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-block-list-page.h"
#include "deck-client-block-list.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckBlockListPage
{
  AdwBin              parent_instance;

  DeckWorkspace      *workspace;
  DeckPager          *pager;
  GCancellable       *cancellable;
  GListStore         *empty;
  GtkMultiSelection  *selection;
  char               *search;
  gboolean            domains_only;
  const char         *state;
  char               *last_toast;
  AdwDialog          *dialog;
  guint               n_busy;
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            load_pending;

  /* Template widgets */
  GtkStack           *stack;
  AdwStatusPage      *error_page;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkToggleButton    *domains_button;
  GtkStack           *list_stack;
  GtkColumnView      *view;
  GtkRevealer        *selection_bar;
  GtkLabel           *selection_label;
};

G_DEFINE_FINAL_TYPE (DeckBlockListPage, deck_block_list_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ parsing */

static gboolean
is_domain (const char *value)
{
  const char *label_start = value;
  guint n_labels = 0;

  if (value[0] == '\0' || strlen (value) > 253)
    return FALSE;

  /* Labels of letters, digits and hyphens, dot-separated, at least two. */
  for (const char *p = value;; p++)
    {
      if (*p == '.' || *p == '\0')
        {
          gsize len = p - label_start;

          if (len == 0 || len > 63 || label_start[0] == '-' || p[-1] == '-')
            return FALSE;
          n_labels++;
          if (*p == '\0')
            break;
          label_start = p + 1;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-' && (guchar) *p < 0x80)
        return FALSE;
    }

  return n_labels >= 2;
}

static gboolean
is_email (const char *value)
{
  const char *at = strchr (value, '@');

  if (at == NULL || at == value || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = value; p < at; p++)
    if (g_ascii_isspace (*p) || *p == '"' || *p == '<' || *p == '>')
      return FALSE;

  return is_domain (at + 1);
}

char **
deck_block_list_parse (const char  *text,
                       guint       *n_emails,
                       guint       *n_domains,
                       GPtrArray  **invalid)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) tokens = NULL;
  guint emails = 0, domains = 0;

  tokens = g_regex_split_simple ("[\\s,;]+", text ? text : "", 0, 0);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_autofree char *value = NULL;
      gboolean email;

      if (tokens[i][0] == '\0')
        continue;

      value = g_utf8_strdown (tokens[i], -1);
      /* "@example.com" blocks the domain, as people often write it. */
      if (value[0] == '@' && is_domain (value + 1))
        memmove (value, value + 1, strlen (value));

      email = is_email (value);
      if (!email && !is_domain (value))
        {
          g_ptr_array_add (bad, g_strdup (tokens[i]));
          continue;
        }

      if (!g_hash_table_add (seen, g_strdup (value)))
        continue;

      g_strv_builder_add (builder, value);
      if (email)
        emails++;
      else
        domains++;
    }

  if (n_emails != NULL)
    *n_emails = emails;
  if (n_domains != NULL)
    *n_domains = domains;
  if (invalid != NULL)
    *invalid = g_steal_pointer (&bad);

  return g_strv_builder_end (builder);
}

/* ------------------------------------------------------------------ state */

static GListModel *
get_model (DeckBlockListPage *self)
{
  if (self->pager != NULL)
    return deck_pager_get_model (self->pager);

  return G_LIST_MODEL (self->empty);
}

static gboolean
is_filtered (DeckBlockListPage *self)
{
  return self->domains_only || (self->search != NULL && self->search[0] != '\0');
}

static void
set_state (DeckBlockListPage *self,
           const char        *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
update_counts (DeckBlockListPage *self)
{
  guint n = g_list_model_get_n_items (get_model (self));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = (guint) gtk_bitset_get_size (selected);
  g_autofree char *count = NULL;
  g_autofree char *selection = NULL;

  /* Translators: the number of block list entries shown */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  gtk_label_set_text (self->count_label, count);

  /* Translators: the number of block list entries selected */
  selection = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_selected), n_selected);
  gtk_label_set_text (self->selection_label, selection);
  gtk_revealer_set_reveal_child (self->selection_bar, n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "block-list.delete-selected", n_selected > 0);

  gtk_stack_set_visible_child_name (self->list_stack, n == 0 && !self->loading ? "no-results" : "list");
}

static void
update_state (DeckBlockListPage *self)
{
  if (self->workspace == NULL || (self->loading && !self->loaded_once))
    set_state (self, "loading");
  else if (!self->loaded_once)
    set_state (self, "error");
  else if (g_list_model_get_n_items (get_model (self)) == 0 && !is_filtered (self) && !self->loading)
    set_state (self, "empty");
  else
    set_state (self, "results");

  update_counts (self);
}

static void
toast (DeckBlockListPage *self,
       const char        *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckBlockListPage *self,
             const char        *what,
             const GError      *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

static void
present_dialog (DeckBlockListPage *self,
                AdwDialog         *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ columns */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_value (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  DeckBlockListEntry *entry = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), deck_block_list_entry_get_bl_value (entry));
}

static void
bind_kind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  DeckBlockListEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label),
                      deck_block_list_entry_get_is_domain (entry) ? _("Domain") : _("Email"));
  gtk_widget_add_css_class (label, "dimmed");
}

static void
bind_date (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  DeckBlockListEntry *entry = gtk_list_item_get_item (item);
  gint64 ms = deck_block_list_entry_get_timestamp_created (entry);
  g_autoptr(GDateTime) created = ms > 0 ? g_date_time_new_from_unix_utc (ms / 1000) : NULL;
  g_autofree char *text = deck_admin_format_date (created);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_add_css_class (label, "numeric");
}

static void
add_column (DeckBlockListPage *self,
            const char        *title,
            GCallback          bind,
            gboolean           expand,
            int                width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
}

/* ------------------------------------------------------------------ loading */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckBlockListPage *self;
  g_autoptr(GError) error = NULL;

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_BLOCK_LIST_PAGE (user_data);
  /* A reload with other filters replaced this pager: its answer is stale. */
  if (DECK_PAGER (source) != self->pager)
    return;

  self->loading = FALSE;
  self->n_busy--;

  deck_admin_list_load_done (GTK_WIDGET (self), self->error_page, error,
                             _("Could not load the block list"), &self->loaded_once, &self->last_toast);

  update_state (self);
}

void
deck_block_list_page_reload (DeckBlockListPage *self)
{
  g_return_if_fail (DECK_IS_BLOCK_LIST_PAGE (self));

  if (self->workspace == NULL)
    return;

  /* Each load asks with the filters of the moment, in a pager of its own. */
  if (self->loading)
    self->n_busy--;
  g_clear_object (&self->pager);
  self->pager = deck_client_list_block_list (deck_workspace_get_client (self->workspace),
                                             self->search, self->domains_only);
  gtk_multi_selection_set_model (self->selection, get_model (self));

  self->loading = TRUE;
  self->n_busy++;
  update_state (self);
  deck_pager_load_async (self->pager, self->cancellable, load_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_block_list_page_reload (DECK_BLOCK_LIST_PAGE (widget));
}

void
deck_block_list_page_set_search (DeckBlockListPage *self,
                                 const char        *search)
{
  g_autofree char *clean = g_strstrip (g_strdup (search ? search : ""));

  g_return_if_fail (DECK_IS_BLOCK_LIST_PAGE (self));

  if (g_strcmp0 (clean, self->search ? self->search : "") == 0)
    return;

  g_free (self->search);
  self->search = g_steal_pointer (&clean);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), self->search) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), self->search);
  deck_block_list_page_reload (self);
}

void
deck_block_list_page_set_domains_only (DeckBlockListPage *self,
                                       gboolean           domains_only)
{
  g_return_if_fail (DECK_IS_BLOCK_LIST_PAGE (self));

  domains_only = !!domains_only;
  if (self->domains_only == domains_only)
    return;

  self->domains_only = domains_only;
  gtk_toggle_button_set_active (self->domains_button, domains_only);
  deck_block_list_page_reload (self);
}

static void
on_search_changed (DeckBlockListPage *self,
                   GtkSearchEntry    *entry)
{
  deck_block_list_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (DeckBlockListPage *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_domains_toggled (DeckBlockListPage *self,
                    GtkToggleButton   *button)
{
  deck_block_list_page_set_domains_only (self, gtk_toggle_button_get_active (button));
}

/* ------------------------------------------------------------------ add */

static void
add_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  DeckBlockListPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *title = NULL;
  guint valid = 0, invalid = 0;

  entries = deck_client_add_block_list_entries_finish (DECK_CLIENT (source), result, &valid, &invalid, &error);
  if (entries == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_BLOCK_LIST_PAGE (user_data);
  self->n_busy--;

  if (entries == NULL)
    {
      toast_error (self, _("Could not add to the block list"), error);
      return;
    }

  if (invalid > 0)
    /* Translators: the first %u is a number of entries blocked, the second those the server refused */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry blocked, %u refused as not valid",
                                          "%u entries blocked, %u refused as not valid", valid),
                             valid, invalid);
  else
    /* Translators: %u is a number of emails and domains */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry blocked", "%u entries blocked", valid), valid);
  toast (self, title);

  deck_block_list_page_reload (self);
}

static void
add_values (DeckBlockListPage  *self,
            const char * const *values)
{
  if (self->workspace == NULL || values == NULL || values[0] == NULL)
    return;

  self->n_busy++;
  deck_client_add_block_list_entries_async (deck_workspace_get_client (self->workspace), values,
                                            self->cancellable, add_cb, self);
}

static void
add_values_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree const char **values = g_variant_get_strv (parameter, NULL);

  add_values (DECK_BLOCK_LIST_PAGE (widget), values);
}

static char **
dialog_parse (AdwDialog  *dialog,
              guint      *n_emails,
              guint      *n_domains,
              GPtrArray **invalid)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "deck-text");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return deck_block_list_parse (text, n_emails, n_domains, invalid);
}

/* Before anything is sent, the dialog says what it understood. */
static void
on_paste_changed (AdwDialog *dialog)
{
  GtkLabel *summary = g_object_get_data (G_OBJECT (dialog), "deck-summary");
  GtkWidget *add = g_object_get_data (G_OBJECT (dialog), "deck-add");
  g_autoptr(GPtrArray) invalid = NULL;
  g_auto(GStrv) values = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_emails = 0, n_domains = 0;

  values = dialog_parse (dialog, &n_emails, &n_domains, &invalid);

  /* Translators: "%u emails" is the first half of "3 emails and 2 domains" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u email", "%u emails", n_emails), n_emails);
  g_string_append (text, " · ");
  /* Translators: a number of domains */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u domain", "%u domains", n_domains), n_domains);

  if (invalid->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < MIN (invalid->len, 5); i++)
        {
          if (i > 0)
            g_string_append (list, ", ");
          g_string_append_printf (list, "“%s”", (char *) g_ptr_array_index (invalid, i));
        }
      if (invalid->len > 5)
        g_string_append (list, ", …");

      g_string_append (text, "\n");
      /* Translators: %u is how many pasted values are neither an email nor a domain, %s lists them */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u value is not valid and will be skipped: %s",
                                                 "%u values are not valid and will be skipped: %s", invalid->len),
                              invalid->len, list->str);
    }

  gtk_label_set_text (summary, text->str);
  gtk_widget_remove_css_class (GTK_WIDGET (summary), "warning");
  if (invalid->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (summary), "warning");
  gtk_widget_set_sensitive (add, values[0] != NULL);
}

static void
on_paste_add (AdwDialog *dialog)
{
  DeckBlockListPage *self = g_object_get_data (G_OBJECT (dialog), "deck-page");
  g_auto(GStrv) values = dialog_parse (dialog, NULL, NULL, NULL);

  if (values[0] == NULL)
    return;

  add_values (self, (const char * const *) values);
  adw_dialog_close (dialog);
}

static AdwDialog *
paste_dialog_new (DeckBlockListPage *self)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Block"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("Paste emails or domains, one per line or separated by commas."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *summary = gtk_label_new (NULL);

  adw_dialog_set_title (dialog, _("Add to Block List"));
  adw_dialog_set_content_width (dialog, 480);
  adw_dialog_set_content_height (dialog, 460);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), add);
  gtk_widget_add_css_class (add, "suggested-action");
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);

  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Emails and domains to block"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (summary), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What was recognised"), -1);
  gtk_box_append (GTK_BOX (box), summary);

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), box);
  adw_dialog_set_child (dialog, toolbar);

  g_object_set_data (G_OBJECT (dialog), "deck-page", self);
  g_object_set_data (G_OBJECT (dialog), "deck-text", view);
  g_object_set_data (G_OBJECT (dialog), "deck-summary", summary);
  g_object_set_data (G_OBJECT (dialog), "deck-add", add);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_paste_changed), dialog);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (adw_dialog_close), dialog);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_paste_add), dialog);
  adw_dialog_set_focus (dialog, view);
  on_paste_changed (dialog);

  return dialog;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (widget);

  if (self->workspace == NULL)
    return;

  present_dialog (self, paste_dialog_new (self));
}

/* ------------------------------------------------------------------ delete */

static void
delete_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckBlockListPage *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint deleted = 0;

  if (!deck_client_delete_block_list_entries_finish (DECK_CLIENT (source), result, &deleted, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_BLOCK_LIST_PAGE (user_data);
  self->n_busy--;

  if (error != NULL)
    toast_error (self, _("Could not unblock the entries"), error);
  else
    {
      /* Translators: %u is a number of emails and domains */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry unblocked", "%u entries unblocked", deleted),
                               deleted);
      toast (self, title);
    }

  /* Even a partial failure changed the list. */
  deck_block_list_page_reload (self);
}

static void
on_delete_response (AdwAlertDialog    *dialog,
                    const char        *response,
                    DeckBlockListPage *self)
{
  const char * const *ids = g_object_get_data (G_OBJECT (dialog), "deck-ids");

  if (g_strcmp0 (response, "confirm") != 0 || self->workspace == NULL)
    return;

  self->n_busy++;
  deck_client_delete_block_list_entries_async (deck_workspace_get_client (self->workspace), ids,
                                               self->cancellable, delete_cb, self);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *first = NULL;
  GtkBitsetIter iter;
  AdwDialog *dialog;
  guint position;
  guint n = 0;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(DeckBlockListEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

      if (entry == NULL)
        continue;
      if (first == NULL)
        first = g_strdup (deck_block_list_entry_get_bl_value (entry));
      g_strv_builder_add (builder, deck_block_list_entry_get_id (entry));
      n++;
    }

  if (n == 0)
    return;

  /* Translators: %u is a number of emails and domains */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Unblock %u Entry?", "Unblock %u Entries?", n), n);
  if (n == 1)
    /* Translators: %s is an email or a domain */
    body = g_strdup_printf (_("Campaigns may email “%s” again."), first);
  else
    body = g_strdup (_("Campaigns may email these addresses and domains again."));

  dialog = deck_admin_confirm_dialog_new (heading, body, _("_Unblock"), G_CALLBACK (on_delete_response), self);
  g_object_set_data_full (G_OBJECT (dialog), "deck-ids", g_strv_builder_end (builder), (GDestroyNotify) g_strfreev);
  present_dialog (self, dialog);
}

/* ------------------------------------------------------------------ download */

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckBlockListPage *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_BLOCK_LIST_PAGE (user_data);
  self->n_busy--;

  if (error != NULL)
    {
      toast_error (self, _("Could not save the block list"), error);
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Block list saved as “%s”"), name);
  toast (self, title);
}

static void
download_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  DeckBlockListPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = deck_client_download_block_list_finish (DECK_CLIENT (source), result, &error);
  if (bytes == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = g_object_get_data (G_OBJECT (file), "deck-page");
  if (bytes == NULL)
    {
      self->n_busy--;
      toast_error (self, _("Could not download the block list"), error);
      return;
    }

  /* n_busy stays up until the file is written. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, save_cb, self);
}

static void
download_to (DeckBlockListPage *self,
             GFile             *file)
{
  if (self->workspace == NULL)
    return;

  g_object_set_data (G_OBJECT (file), "deck-page", self);
  self->n_busy++;
  deck_client_download_block_list_async (deck_workspace_get_client (self->workspace), self->cancellable,
                                         download_cb, g_object_ref (file));
}

static void
download_to_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  download_to (DECK_BLOCK_LIST_PAGE (widget), file);
}

static void
on_save_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GWeakRef *ref = user_data;
  g_autoptr(DeckBlockListPage) self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL || self == NULL)
    return;

  download_to (self, file);
}

static void
download_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (widget);
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GListStore) filters = NULL;
  GWeakRef *ref;

  if (self->workspace == NULL)
    return;

  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Download Block List"));
  gtk_file_dialog_set_initial_name (dialog, "block-list.csv");
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("CSV Files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL, on_save_chosen, ref);
}

/* ------------------------------------------------------------------ object */

static void
on_selection_changed (DeckBlockListPage *self)
{
  update_counts (self);
}

static void
on_items_changed (DeckBlockListPage *self)
{
  if (self->loaded_once)
    update_state (self);
}

static void
deck_block_list_page_map (GtkWidget *widget)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (widget);

  GTK_WIDGET_CLASS (deck_block_list_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_block_list_page_reload (self);
    }
}

static void
deck_block_list_page_dispose (GObject *object)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->dialog != NULL)
    adw_dialog_force_close (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->pager);
  g_clear_object (&self->workspace);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_BLOCK_LIST_PAGE);

  G_OBJECT_CLASS (deck_block_list_page_parent_class)->dispose (object);
}

static void
deck_block_list_page_finalize (GObject *object)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->empty);
  g_free (self->search);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_block_list_page_parent_class)->finalize (object);
}

static void
deck_block_list_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_block_list_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DeckBlockListPage *self = DECK_BLOCK_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_block_list_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_search_mode_changed (DeckBlockListPage *self)
{
  gboolean active = gtk_search_bar_get_search_mode (self->search_bar);

  if (active)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    deck_block_list_page_set_search (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
deck_block_list_page_class_init (DeckBlockListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_block_list_page_dispose;
  object_class->finalize = deck_block_list_page_finalize;
  object_class->get_property = deck_block_list_page_get_property;
  object_class->set_property = deck_block_list_page_set_property;

  widget_class->map = deck_block_list_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/deck-block-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, domains_button);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, view);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, selection_bar);
  gtk_widget_class_bind_template_child (widget_class, DeckBlockListPage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_domains_toggled);

  gtk_widget_class_install_action (widget_class, "block-list.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "block-list.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "block-list.add-values", "as", add_values_action);
  gtk_widget_class_install_action (widget_class, "block-list.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "block-list.download", NULL, download_action);
  gtk_widget_class_install_action (widget_class, "block-list.download-to", "s", download_to_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "block-list.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "block-list.download", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "block-list.delete-selected", NULL);
}

static void
deck_block_list_page_init (DeckBlockListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->empty = g_list_store_new (DECK_TYPE_BLOCK_LIST_ENTRY);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->empty)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);

  /* Translators: a column of the block list: the blocked email or domain */
  add_column (self, _("Blocked"), G_CALLBACK (bind_value), TRUE, -1);
  /* Translators: a column of the block list: "Email" or "Domain" */
  add_column (self, _("Kind"), G_CALLBACK (bind_kind), FALSE, 90);
  /* Translators: a column of the block list: when the entry was added */
  add_column (self, _("Added"), G_CALLBACK (bind_date), FALSE, 120);

  update_state (self);
}

GtkWidget *
deck_block_list_page_new (void)
{
  return g_object_new (DECK_TYPE_BLOCK_LIST_PAGE, NULL);
}

DeckWorkspace *
deck_block_list_page_get_workspace (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), NULL);

  return self->workspace;
}

void
deck_block_list_page_set_workspace (DeckBlockListPage *self,
                                    DeckWorkspace     *workspace)
{
  g_return_if_fail (DECK_IS_BLOCK_LIST_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_busy = 0;
  self->loading = FALSE;
  self->loaded_once = FALSE;

  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->pager);
  gtk_multi_selection_set_model (self->selection, get_model (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  update_state (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_block_list_page_reload (self);
  else
    self->load_pending = workspace != NULL;
}

const char *
deck_block_list_page_get_state (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), NULL);

  return self->state;
}

GtkSelectionModel *
deck_block_list_page_get_selection (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

AdwDialog *
deck_block_list_page_get_dialog (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), NULL);

  return self->dialog;
}

const char *
deck_block_list_page_get_last_toast (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_block_list_page_get_busy (DeckBlockListPage *self)
{
  g_return_val_if_fail (DECK_IS_BLOCK_LIST_PAGE (self), FALSE);

  return self->n_busy > 0;
}
