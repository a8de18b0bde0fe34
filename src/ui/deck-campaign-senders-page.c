/* deck-campaign-senders-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-campaign-senders-page.h"
#include "deck-model-enums.h"

struct _DeckCampaignSendersPage
{
  AdwBin              parent_instance;

  DeckWorkspace      *workspace;
  DeckCampaignDraft  *draft;
  GCancellable       *cancellable;

  AdwPreferencesGroup *accounts_group;
  AdwPreferencesGroup *tags_group;
  GtkSearchEntry     *search;
  GtkListBox         *accounts_list;
  GtkListBox         *tags_list;
  GtkStringFilter    *filter;
  GtkFilterListModel *filtered;

  /* What is picked, in the order it was picked (kept in the draft's order). */
  GPtrArray          *emails;
  GPtrArray          *tag_ids;
  GHashTable         *checks;       /* email or tag id → GtkCheckButton (borrowed) */
};

G_DEFINE_FINAL_TYPE (DeckCampaignSendersPage, deck_campaign_senders_page, ADW_TYPE_BIN)

static gboolean
array_has (GPtrArray  *array,
           const char *value)
{
  return g_ptr_array_find_with_equal_func (array, value, g_str_equal, NULL);
}

static void
array_set (GPtrArray  *array,
           const char *value,
           gboolean    present)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (array, value, g_str_equal, &index))
    {
      if (!present)
        g_ptr_array_remove_index (array, index);
    }
  else if (present)
    {
      g_ptr_array_add (array, g_strdup (value));
    }
}

static void
update_counts (DeckCampaignSendersPage *self)
{
  g_autofree char *accounts = NULL;
  g_autofree char *tags = NULL;

  accounts = g_strdup_printf (ngettext ("%u account picked; Instantly rotates between them",
                                        "%u accounts picked; Instantly rotates between them",
                                        self->emails->len),
                              self->emails->len);
  adw_preferences_group_set_description (self->accounts_group, accounts);

  tags = g_strdup_printf (ngettext ("%u tag picked: every account carrying it sends too",
                                    "%u tags picked: every account carrying one sends too",
                                    self->tag_ids->len),
                          self->tag_ids->len);
  adw_preferences_group_set_description (self->tags_group, tags);
}

static void
write_senders (DeckCampaignSendersPage *self)
{
  g_ptr_array_add (self->emails, NULL);
  deck_campaign_draft_set_senders (self->draft, (const char * const *) self->emails->pdata);
  g_ptr_array_remove_index (self->emails, self->emails->len - 1);
  update_counts (self);
}

static void
write_tags (DeckCampaignSendersPage *self)
{
  g_ptr_array_add (self->tag_ids, NULL);
  deck_campaign_draft_set_sender_tags (self->draft, (const char * const *) self->tag_ids->pdata);
  g_ptr_array_remove_index (self->tag_ids, self->tag_ids->len - 1);
  update_counts (self);
}

static void
on_account_toggled (GtkCheckButton          *check,
                    DeckCampaignSendersPage *self)
{
  const char *email = g_object_get_data (G_OBJECT (check), "email");
  gboolean active = gtk_check_button_get_active (check);

  if (array_has (self->emails, email) == active)
    return;

  array_set (self->emails, email, active);
  write_senders (self);
}

static void
on_tag_toggled (GtkCheckButton          *check,
                DeckCampaignSendersPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "tag-id");
  gboolean active = gtk_check_button_get_active (check);

  if (array_has (self->tag_ids, id) == active)
    return;

  array_set (self->tag_ids, id, active);
  write_tags (self);
}

static void
on_check_destroyed (gpointer  data,
                    GObject  *where)
{
  DeckCampaignSendersPage *self = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == (gpointer) where)
      g_hash_table_iter_remove (&iter);
}

static void
remember_check (DeckCampaignSendersPage *self,
                const char              *key,
                GtkWidget               *check)
{
  GObject *old = g_hash_table_lookup (self->checks, key);

  if (old != NULL)
    g_object_weak_unref (old, on_check_destroyed, self);
  g_hash_table_replace (self->checks, g_strdup (key), check);
  g_object_weak_ref (G_OBJECT (check), on_check_destroyed, self);
}

/* Health in words: the status, and the warmup score when there is one. */
static char *
account_health (DeckAccount *account)
{
  g_autofree char *status = deck_account_status_to_string (deck_account_get_status (account));

  if (deck_account_get_has_warmup_score (account))
    /* Translators: an account's status, then its warmup score out of 100 */
    return g_strdup_printf (_("%s · warmup score %.0f"), status,
                            deck_account_get_stat_warmup_score (account));

  return g_strdup_printf (_("%s · no warmup score yet"), status);
}

static void
update_account_row (GtkWidget   *row,
                    GParamSpec  *pspec,
                    DeckAccount *account)
{
  g_autofree char *health = account_health (account);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "status-icon");
  int status = deck_account_get_status (account);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), health);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), deck_account_status_icon_name (status));
  gtk_widget_set_tooltip_text (icon, health);
  if (deck_account_status_is_error (status))
    gtk_widget_add_css_class (icon, "error");
  else
    gtk_widget_remove_css_class (icon, "error");
}

static GtkWidget *
create_account_row (gpointer item,
                    gpointer user_data)
{
  DeckCampaignSendersPage *self = user_data;
  DeckAccount *account = item;
  const char *email = deck_account_get_email (account);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), email);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (check), "email", g_strdup (email), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), array_has (self->emails, email));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect (check, "toggled", G_CALLBACK (on_account_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "status-icon", icon);
  remember_check (self, email, check);

  g_signal_connect_object (account, "notify", G_CALLBACK (update_account_row), row, G_CONNECT_SWAPPED);
  update_account_row (row, NULL, account);

  return row;
}

static GtkWidget *
create_tag_row (gpointer item,
                gpointer user_data)
{
  DeckCampaignSendersPage *self = user_data;
  DeckCustomTag *tag = item;
  const char *id = deck_custom_tag_get_id (tag);
  const char *description = deck_custom_tag_get_description (tag);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deck_custom_tag_get_label (tag));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (description != NULL && *description != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  g_object_set_data_full (G_OBJECT (check), "tag-id", g_strdup (id), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), array_has (self->tag_ids, id));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect (check, "toggled", G_CALLBACK (on_tag_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  remember_check (self, id, check);

  return row;
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

static void
on_search_changed (GtkSearchEntry          *entry,
                   DeckCampaignSendersPage *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* ------------------------------------------------------------------ public */

void
deck_campaign_senders_page_reload (DeckCampaignSendersPage *self)
{
  g_auto(GStrv) emails = NULL;
  g_auto(GStrv) tags = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (DECK_IS_CAMPAIGN_SENDERS_PAGE (self));

  emails = deck_campaign_draft_dup_senders (self->draft);
  tags = deck_campaign_draft_dup_sender_tags (self->draft);

  g_ptr_array_set_size (self->emails, 0);
  g_ptr_array_set_size (self->tag_ids, 0);
  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    g_ptr_array_add (self->emails, g_strdup (emails[i]));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (self->tag_ids, g_strdup (tags[i]));

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean active = array_has (self->emails, key) || array_has (self->tag_ids, key);

      if (gtk_check_button_get_active (value) != active)
        gtk_check_button_set_active (value, active);
    }

  update_counts (self);
}

GtkWidget *
deck_campaign_senders_page_get_check (DeckCampaignSendersPage *self,
                                      const char              *email_or_tag_id)
{
  g_return_val_if_fail (DECK_IS_CAMPAIGN_SENDERS_PAGE (self), NULL);

  return g_hash_table_lookup (self->checks, email_or_tag_id);
}

static gboolean
focus_idle (gpointer data)
{
  if (gtk_widget_get_root (data) != NULL)
    gtk_widget_grab_focus (data);
  return G_SOURCE_REMOVE;
}

GtkWidget *
deck_campaign_senders_page_locate (DeckCampaignSendersPage *self,
                                   const char              *field,
                                   int                      index,
                                   int                      sub,
                                   const char              *detail,
                                   gboolean                 focus)
{
  GtkWidget *widget = NULL;

  g_return_val_if_fail (DECK_IS_CAMPAIGN_SENDERS_PAGE (self), NULL);

  if (g_strcmp0 (field, "email_list") == 0)
    {
      /* A named account when the issue is about one, else the list. */
      GtkWidget *check = detail != NULL ? g_hash_table_lookup (self->checks, detail) : NULL;

      if (check == NULL && index >= 0 && (guint) index < self->emails->len)
        check = g_hash_table_lookup (self->checks, g_ptr_array_index (self->emails, index));
      widget = check != NULL ? gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW) : GTK_WIDGET (self->accounts_group);
      if (focus)
        {
          GtkWidget *target = check != NULL ? check : GTK_WIDGET (self->search);

          gtk_widget_grab_focus (target);
          g_idle_add_full (G_PRIORITY_DEFAULT, focus_idle, g_object_ref (target), g_object_unref);
        }
    }
  else if (g_strcmp0 (field, "email_tag_list") == 0)
    {
      widget = GTK_WIDGET (self->tags_group);
      if (focus)
        gtk_widget_child_focus (GTK_WIDGET (self->tags_list), GTK_DIR_TAB_FORWARD);
    }

  return widget;
}

/* ------------------------------------------------------------------ GObject */

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors show on the Accounts page; here the list just stays as it is. */
  if (DECK_IS_WORKSPACE (source))
    {
      if (!deck_workspace_load_accounts_finish (DECK_WORKSPACE (source), result, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Accounts did not load: %s", error->message);
    }
}

static void
on_tags_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!deck_workspace_load_custom_tags_finish (DECK_WORKSPACE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Tags did not load: %s", error->message);
}

GtkWidget *
deck_campaign_senders_page_new (DeckWorkspace     *workspace,
                                DeckCampaignDraft *draft)
{
  DeckCampaignSendersPage *self;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *accounts_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GListModel *accounts = deck_workspace_get_accounts (workspace);
  GListModel *tags = deck_workspace_get_custom_tags (workspace);
  GtkExpression *expression;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_CAMPAIGN_DRAFT (draft), NULL);

  self = g_object_new (DECK_TYPE_CAMPAIGN_SENDERS_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->draft = g_object_ref (draft);

  /* Accounts */
  self->accounts_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->accounts_group, _("Sending Accounts"));
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_placeholder_text (self->search, _("Search accounts"));
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);

  expression = gtk_property_expression_new (DECK_TYPE_ACCOUNT, NULL, "email");
  self->filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  self->filtered = gtk_filter_list_model_new (g_object_ref (accounts), GTK_FILTER (g_object_ref (self->filter)));

  self->accounts_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->accounts_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->accounts_list), "boxed-list");
  gtk_list_box_set_placeholder (self->accounts_list,
                                placeholder (_("No accounts: add sending accounts on the Accounts page")));
  gtk_list_box_bind_model (self->accounts_list, G_LIST_MODEL (self->filtered),
                           create_account_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->accounts_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sending Accounts"), -1);
  gtk_box_append (GTK_BOX (accounts_box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (accounts_box), GTK_WIDGET (self->accounts_list));
  adw_preferences_group_add (self->accounts_group, accounts_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->accounts_group));

  /* Tags */
  self->tags_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->tags_group, _("Account Tags"));
  self->tags_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->tags_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->tags_list), "boxed-list");
  gtk_list_box_set_placeholder (self->tags_list, placeholder (_("No account tags in this workspace")));
  gtk_list_box_bind_model (self->tags_list, tags, create_tag_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tags_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Account Tags"), -1);
  adw_preferences_group_add (self->tags_group, GTK_WIDGET (self->tags_list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tags_group));

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  deck_campaign_senders_page_reload (self);

  /* The models may not have been loaded yet by any page. */
  if (g_list_model_get_n_items (accounts) == 0 && !deck_workspace_get_accounts_loading (workspace))
    deck_workspace_load_accounts_async (workspace, self->cancellable, on_loaded, NULL);
  if (g_list_model_get_n_items (tags) == 0 && !deck_workspace_get_custom_tags_loading (workspace))
    deck_workspace_load_custom_tags_async (workspace, self->cancellable, on_tags_loaded, NULL);

  return GTK_WIDGET (self);
}

static void
deck_campaign_senders_page_dispose (GObject *object)
{
  DeckCampaignSendersPage *self = DECK_CAMPAIGN_SENDERS_PAGE (object);
  GHashTableIter iter;
  gpointer value;

  g_cancellable_cancel (self->cancellable);

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_object_weak_unref (value, on_check_destroyed, self);
  g_hash_table_remove_all (self->checks);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->draft);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_campaign_senders_page_parent_class)->dispose (object);
}

static void
deck_campaign_senders_page_finalize (GObject *object)
{
  DeckCampaignSendersPage *self = DECK_CAMPAIGN_SENDERS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->emails, g_ptr_array_unref);
  g_clear_pointer (&self->tag_ids, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (deck_campaign_senders_page_parent_class)->finalize (object);
}

static void
deck_campaign_senders_page_class_init (DeckCampaignSendersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = deck_campaign_senders_page_dispose;
  object_class->finalize = deck_campaign_senders_page_finalize;
}

static void
deck_campaign_senders_page_init (DeckCampaignSendersPage *self)
{
  self->cancellable = g_cancellable_new ();
  self->emails = g_ptr_array_new_with_free_func (g_free);
  self->tag_ids = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
