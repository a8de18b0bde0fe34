/* deck-account-tags-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-tags"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account.h"
#include "deck-account-tags-dialog.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"
#include "deck-custom-tag.h"

struct _DeckAccountTagsDialog
{
  AdwDialog            parent_instance;

  DeckWorkspace       *workspace;
  GStrv                emails;
  GCancellable        *cancellable;
  GHashTable          *initial;   /* tag id -> number of the accounts that carry it */
  GHashTable          *checks;    /* tag id -> GtkCheckButton */
  char                *select_after_reload;
  guint                pending;
  GString             *failures;

  AdwPreferencesGroup *group;
  AdwEntryRow         *new_tag_row;
  GtkButton           *apply_button;
  AdwBanner           *banner;
  GtkWidget           *rows[256];
  guint                n_rows;
};

G_DEFINE_FINAL_TYPE (DeckAccountTagsDialog, deck_account_tags_dialog, ADW_TYPE_DIALOG)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
count_initial (DeckAccountTagsDialog *self)
{
  GListModel *accounts = deck_workspace_get_accounts (self->workspace);

  g_hash_table_remove_all (self->initial);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (accounts, i);
      g_auto(GStrv) tag_ids = NULL;

      if (!g_strv_contains ((const char * const *) self->emails, deck_account_get_email (account)))
        continue;

      g_object_get (account, "tag-ids", &tag_ids, NULL);
      for (guint j = 0; tag_ids != NULL && tag_ids[j] != NULL; j++)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->initial, tag_ids[j]));

          g_hash_table_insert (self->initial, g_strdup (tag_ids[j]), GUINT_TO_POINTER (n + 1));
        }
    }
}

static void
rebuild (DeckAccountTagsDialog *self)
{
  GListModel *tags = deck_workspace_get_custom_tags (self->workspace);
  guint n_accounts = g_strv_length (self->emails);

  for (guint i = 0; i < self->n_rows; i++)
    adw_preferences_group_remove (self->group, self->rows[i]);
  self->n_rows = 0;
  g_hash_table_remove_all (self->checks);

  for (guint i = 0; i < g_list_model_get_n_items (tags) && self->n_rows < G_N_ELEMENTS (self->rows); i++)
    {
      g_autoptr(DeckCustomTag) tag = g_list_model_get_item (tags, i);
      const char *id = deck_custom_tag_get_id (tag);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->initial, id));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *description = deck_custom_tag_get_description (tag);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_custom_tag_get_label (tag));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (n > 0 && n < n_accounts)
        {
          g_autofree char *subtitle = g_strdup_printf (_("On %u of the %u accounts"), n, n_accounts);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      else if (description != NULL && *description)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   n == n_accounts || g_strcmp0 (id, self->select_after_reload) == 0);
      gtk_check_button_set_inconsistent (GTK_CHECK_BUTTON (check), n > 0 && n < n_accounts);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, deck_custom_tag_get_label (tag),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      g_hash_table_insert (self->checks, g_strdup (id), check);
      adw_preferences_group_add (self->group, row);
      self->rows[self->n_rows++] = row;
    }
}

static void
on_tags_changed (DeckAccountTagsDialog *self)
{
  rebuild (self);
}

gboolean
deck_account_tags_dialog_set_tag_active (DeckAccountTagsDialog *self,
                                         const char            *tag_id,
                                         gboolean               active)
{
  GtkCheckButton *check;

  g_return_val_if_fail (DECK_IS_ACCOUNT_TAGS_DIALOG (self), FALSE);

  check = g_hash_table_lookup (self->checks, tag_id);
  if (check == NULL)
    return FALSE;
  gtk_check_button_set_inconsistent (check, FALSE);
  gtk_check_button_set_active (check, active);
  return TRUE;
}

static void
show_problem (DeckAccountTagsDialog *self,
              const char            *text)
{
  adw_banner_set_title (self->banner, text);
  adw_banner_set_revealed (self->banner, text != NULL);
}

/* ---- create */

static void
tags_reloaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!deck_workspace_load_custom_tags_finish (DECK_WORKSPACE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Reloading the custom tags failed: %s", error->message);
}

static void
create_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAccountTagsDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCustomTag) tag = NULL;

  tag = deck_client_create_custom_tag_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_tag_row), TRUE);
  if (tag == NULL)
    {
      g_autofree char *reason = NULL;

      if (g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_CONFLICT))
        reason = g_strdup (_("A tag with this name exists already."));
      else
        reason = deck_api_error_describe (error);
      show_problem (self, reason);
      return;
    }

  show_problem (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_tag_row), "");
  /* The new tag is meant for these accounts: tick it once it is listed. */
  g_free (self->select_after_reload);
  self->select_after_reload = g_strdup (deck_custom_tag_get_id (tag));
  deck_workspace_load_custom_tags_async (self->workspace, self->cancellable, tags_reloaded_cb, NULL);
}

static void
create_tag (DeckAccountTagsDialog *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_tag_row))));

  if (*label == '\0')
    {
      show_problem (self, _("A tag needs a name."));
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_tag_row), FALSE);
  deck_client_create_custom_tag_async (deck_workspace_get_client (self->workspace), label, NULL,
                                       self->cancellable, create_cb, self);
}

/* ---- apply */

static void
finish_apply (DeckAccountTagsDialog *self)
{
  g_autofree char *report = NULL;

  if (self->failures->len > 0)
    {
      g_strchomp (self->failures->str);
      report = g_strdup (self->failures->str);
      g_signal_emit (self, signals[TOAST], 0, _("Some tags could not be changed"), report);
      show_problem (self, report);
      gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), TRUE);
      return;
    }

  g_signal_emit (self, signals[TOAST], 0, _("Tags updated"), NULL);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
accounts_reloaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  DeckAccountTagsDialog *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!deck_workspace_load_accounts_finish (DECK_WORKSPACE (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    g_debug ("Reloading after tagging failed: %s", error->message);
  finish_apply (self);
}

static void
toggle_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAccountTagsDialog *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!deck_client_tag_accounts_finish (DECK_CLIENT (source), result, &error))
    {
      g_autofree char *reason = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      reason = deck_api_error_describe (error);
      g_string_append_printf (self->failures, "%s\n", reason);
    }

  if (--self->pending > 0)
    return;

  /* Tags come with the account list only: the rows show them once it is reloaded. */
  deck_workspace_load_accounts_async (self->workspace, self->cancellable, accounts_reloaded_cb, self);
}

static void
apply (DeckAccountTagsDialog *self)
{
  g_autoptr(GPtrArray) assign = g_ptr_array_new ();
  g_autoptr(GPtrArray) unassign = g_ptr_array_new ();
  guint n_accounts = g_strv_length (self->emails);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GtkCheckButton *check = value;
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->initial, key));

      if (gtk_check_button_get_inconsistent (check))
        continue;
      if (gtk_check_button_get_active (check) && n < n_accounts)
        g_ptr_array_add (assign, key);
      else if (!gtk_check_button_get_active (check) && n > 0)
        g_ptr_array_add (unassign, key);
    }

  if (assign->len == 0 && unassign->len == 0)
    {
      adw_dialog_close (ADW_DIALOG (self));
      return;
    }

  g_string_truncate (self->failures, 0);
  show_problem (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);

  if (assign->len > 0)
    {
      g_ptr_array_add (assign, NULL);
      self->pending++;
      deck_client_tag_accounts_async (deck_workspace_get_client (self->workspace),
                                      (const char * const *) assign->pdata,
                                      (const char * const *) self->emails, TRUE,
                                      self->cancellable, toggle_cb, self);
    }
  if (unassign->len > 0)
    {
      g_ptr_array_add (unassign, NULL);
      self->pending++;
      deck_client_tag_accounts_async (deck_workspace_get_client (self->workspace),
                                      (const char * const *) unassign->pdata,
                                      (const char * const *) self->emails, FALSE,
                                      self->cancellable, toggle_cb, self);
    }
}

static void
tags_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DeckAccountTagsDialog *self = DECK_ACCOUNT_TAGS_DIALOG (widget);

  if (g_str_equal (action_name, "tags.apply"))
    apply (self);
  else if (g_str_equal (action_name, "tags.create"))
    create_tag (self);
}

static void
deck_account_tags_dialog_dispose (GObject *object)
{
  DeckAccountTagsDialog *self = DECK_ACCOUNT_TAGS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (deck_workspace_get_custom_tags (self->workspace),
                                          on_tags_changed, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (deck_account_tags_dialog_parent_class)->dispose (object);
}

static void
deck_account_tags_dialog_finalize (GObject *object)
{
  DeckAccountTagsDialog *self = DECK_ACCOUNT_TAGS_DIALOG (object);

  g_strfreev (self->emails);
  g_hash_table_unref (self->initial);
  g_hash_table_unref (self->checks);
  g_free (self->select_after_reload);
  g_string_free (self->failures, TRUE);

  G_OBJECT_CLASS (deck_account_tags_dialog_parent_class)->finalize (object);
}

static void
deck_account_tags_dialog_class_init (DeckAccountTagsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_account_tags_dialog_dispose;
  object_class->finalize = deck_account_tags_dialog_finalize;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "tags.apply", NULL, tags_action);
  gtk_widget_class_install_action (widget_class, "tags.create", NULL, tags_action);
}

static void
deck_account_tags_dialog_init (DeckAccountTagsDialog *self)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *new_group = adw_preferences_group_new ();
  GtkWidget *create_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->cancellable = g_cancellable_new ();
  self->initial = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->failures = g_string_new (NULL);

  adw_dialog_set_content_width (ADW_DIALOG (self), 440);
  adw_dialog_set_content_height (ADW_DIALOG (self), 520);

  self->apply_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Apply")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->apply_button), "tags.apply");
  gtk_widget_add_css_class (GTK_WIDGET (self->apply_button), "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->apply_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->banner = ADW_BANNER (adw_banner_new (""));

  self->new_tag_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_tag_row), _("New tag"));
  gtk_widget_set_tooltip_text (create_button, _("Create Tag"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (create_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Create tag"),
                                  -1);
  gtk_widget_set_valign (create_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (create_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (create_button), "tags.create");
  adw_entry_row_add_suffix (self->new_tag_row, create_button);
  g_signal_connect_swapped (self->new_tag_row, "entry-activated", G_CALLBACK (create_tag), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (new_group), GTK_WIDGET (self->new_tag_row));

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Custom Tags"));
  adw_preferences_group_set_description (self->group,
                                         _("Ticked tags are put on every selected account; "
                                           "untick a tag to take it off them."));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (new_group));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner));
  gtk_box_append (GTK_BOX (box), page);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), box);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);
}

AdwDialog *
deck_account_tags_dialog_new (DeckWorkspace      *workspace,
                              const char * const *emails)
{
  DeckAccountTagsDialog *self;
  guint n;
  g_autofree char *title = NULL;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (emails != NULL, NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT_TAGS_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->emails = g_strdupv ((char **) emails);
  n = g_strv_length (self->emails);

  if (n == 1)
    title = g_strdup_printf (_("Tags of %s"), emails[0]);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tags of %u Account", "Tags of %u Accounts", n), n);
  adw_dialog_set_title (ADW_DIALOG (self), title);

  g_signal_connect_object (deck_workspace_get_custom_tags (workspace), "items-changed",
                           G_CALLBACK (on_tags_changed), self, G_CONNECT_SWAPPED);
  count_initial (self);
  rebuild (self);

  return ADW_DIALOG (self);
}
