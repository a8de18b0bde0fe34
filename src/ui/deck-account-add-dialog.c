/* deck-account-add-dialog.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-add"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account.h"
#include "deck-account-add-dialog.h"
#include "deck-account-validate.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"

struct _DeckAccountAddDialog
{
  AdwDialog      parent_instance;

  DeckWorkspace *workspace;
  GCancellable  *cancellable;
  char          *error;
  GHashTable    *rows;     /* field -> row */
  AdwBanner     *banner;
  GtkButton     *add_button;
};

G_DEFINE_FINAL_TYPE (DeckAccountAddDialog, deck_account_add_dialog, ADW_TYPE_DIALOG)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (DeckAccountAddDialog *self,
         const char           *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (self->rows, field)));
}

static void
refuse (DeckAccountAddDialog *self,
        const char           *reason)
{
  g_set_str (&self->error, reason);
  adw_banner_set_title (self->banner, reason ? reason : "");
  adw_banner_set_revealed (self->banner, reason != NULL);
}

static void
create_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAccountAddDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autofree char *title = NULL;

  account = deck_client_create_account_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), TRUE);
  if (account == NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);

      refuse (self, reason);
      return;
    }

  /* The account as the server created it joins the list. */
  deck_workspace_add_account (self->workspace, account);
  title = g_strdup_printf (_("Added %s"), deck_account_get_email (account));
  g_signal_emit (self, signals[TOAST], 0, title, NULL);
  adw_dialog_close (ADW_DIALOG (self));
}

static gboolean
read_port (DeckAccountAddDialog  *self,
           const char            *field,
           const char            *what,
           gint64                *port)
{
  g_autoptr(GError) error = NULL;

  if (!deck_account_parse_number (text_of (self, field), 1, 65535, port, &error))
    {
      /* Translators: "The IMAP port must be a whole number from 1 to 65535." */
      g_autofree char *reason = g_strdup_printf (_("The %s port must be a whole number from 1 to 65535."), what);

      refuse (self, reason);
      gtk_widget_grab_focus (g_hash_table_lookup (self->rows, field));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_host (DeckAccountAddDialog *self,
            const char           *field,
            const char           *what)
{
  if (!deck_account_host_is_valid (text_of (self, field)))
    {
      /* Translators: %s is IMAP or SMTP */
      g_autofree char *reason = g_strdup_printf (_("The %s server needs a host name without spaces, "
                                                   "such as mail.example.com."), what);

      refuse (self, reason);
      gtk_widget_grab_focus (g_hash_table_lookup (self->rows, field));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_filled (DeckAccountAddDialog *self,
              const char           *field,
              const char           *reason)
{
  g_autofree char *value = g_strstrip (g_strdup (text_of (self, field)));

  if (*value != '\0')
    return TRUE;

  refuse (self, reason);
  gtk_widget_grab_focus (g_hash_table_lookup (self->rows, field));
  return FALSE;
}

static void
create (DeckAccountAddDialog *self)
{
  g_autoptr(JsonObject) fields = NULL;
  g_autofree char *email = g_strstrip (g_strdup (text_of (self, "email")));
  gint64 imap_port, smtp_port;

  if (!deck_account_email_is_valid (email))
    {
      refuse (self, _("The email address is not valid: it needs a name, an “@” and a domain, such as ada@example.com."));
      gtk_widget_grab_focus (g_hash_table_lookup (self->rows, "email"));
      return;
    }
  if (!check_filled (self, "first-name", _("The first name is needed: it is the sender’s name.")) ||
      !check_filled (self, "last-name", _("The last name is needed: it is the sender’s name.")) ||
      !check_host (self, "imap-host", "IMAP") ||
      !read_port (self, "imap-port", "IMAP", &imap_port) ||
      !check_filled (self, "imap-username", _("The IMAP user name is needed to read replies.")) ||
      !check_filled (self, "imap-password", _("The IMAP password is needed to read replies.")) ||
      !check_host (self, "smtp-host", "SMTP") ||
      !read_port (self, "smtp-port", "SMTP", &smtp_port) ||
      !check_filled (self, "smtp-username", _("The SMTP user name is needed to send.")) ||
      !check_filled (self, "smtp-password", _("The SMTP password is needed to send.")))
    return;

  refuse (self, NULL);

  fields = json_object_new ();
  json_object_set_string_member (fields, "email", email);
  json_object_set_string_member (fields, "first_name", text_of (self, "first-name"));
  json_object_set_string_member (fields, "last_name", text_of (self, "last-name"));
  json_object_set_int_member (fields, "provider_code", 1);
  json_object_set_string_member (fields, "imap_username", text_of (self, "imap-username"));
  json_object_set_string_member (fields, "imap_password", text_of (self, "imap-password"));
  json_object_set_string_member (fields, "imap_host", text_of (self, "imap-host"));
  json_object_set_int_member (fields, "imap_port", imap_port);
  json_object_set_string_member (fields, "smtp_username", text_of (self, "smtp-username"));
  json_object_set_string_member (fields, "smtp_password", text_of (self, "smtp-password"));
  json_object_set_string_member (fields, "smtp_host", text_of (self, "smtp-host"));
  json_object_set_int_member (fields, "smtp_port", smtp_port);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  deck_client_create_account_async (deck_workspace_get_client (self->workspace), fields,
                                    self->cancellable, create_cb, self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  create (DECK_ACCOUNT_ADD_DIALOG (widget));
}

static GtkWidget *
add_row (DeckAccountAddDialog *self,
         AdwPreferencesGroup  *group,
         const char           *field,
         const char           *title,
         GType                 type)
{
  GtkWidget *row = g_object_new (type, "title", title, NULL);

  if (type == ADW_TYPE_ENTRY_ROW)
    {
      GtkInputPurpose purpose = GTK_INPUT_PURPOSE_FREE_FORM;

      if (g_str_equal (field, "email"))
        purpose = GTK_INPUT_PURPOSE_EMAIL;
      else if (g_str_has_suffix (field, "-port"))
        purpose = GTK_INPUT_PURPOSE_DIGITS;
      else if (g_str_has_suffix (field, "-name"))
        purpose = GTK_INPUT_PURPOSE_NAME;
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);
    }
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (create), self);
  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->rows, (gpointer) field, row);
  return row;
}

const char *
deck_account_add_dialog_get_error (DeckAccountAddDialog *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ADD_DIALOG (self), NULL);

  return self->error;
}

GtkWidget *
deck_account_add_dialog_get_row (DeckAccountAddDialog *self,
                                 const char           *field)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_ADD_DIALOG (self), NULL);

  return g_hash_table_lookup (self->rows, field);
}

static void
deck_account_add_dialog_dispose (GObject *object)
{
  DeckAccountAddDialog *self = DECK_ACCOUNT_ADD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (deck_account_add_dialog_parent_class)->dispose (object);
}

static void
deck_account_add_dialog_finalize (GObject *object)
{
  DeckAccountAddDialog *self = DECK_ACCOUNT_ADD_DIALOG (object);

  g_free (self->error);
  g_hash_table_unref (self->rows);

  G_OBJECT_CLASS (deck_account_add_dialog_parent_class)->finalize (object);
}

static void
deck_account_add_dialog_class_init (DeckAccountAddDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_account_add_dialog_dispose;
  object_class->finalize = deck_account_add_dialog_finalize;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "add.create", NULL, add_action);
}

static void
deck_account_add_dialog_init (DeckAccountAddDialog *self)
{
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwPreferencesGroup *sender = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *imap = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *smtp = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->cancellable = g_cancellable_new ();
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);

  adw_dialog_set_title (ADW_DIALOG (self), _("Add Account"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 520);
  adw_dialog_set_content_height (ADW_DIALOG (self), 700);

  self->add_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Add")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "add.create");
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (adw_dialog_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->add_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  self->banner = ADW_BANNER (adw_banner_new (""));

  adw_preferences_group_set_title (sender, _("Sender"));
  add_row (self, sender, "email", _("Email address"), ADW_TYPE_ENTRY_ROW);
  add_row (self, sender, "first-name", _("First name"), ADW_TYPE_ENTRY_ROW);
  add_row (self, sender, "last-name", _("Last name"), ADW_TYPE_ENTRY_ROW);

  adw_preferences_group_set_title (imap, _("Incoming Mail (IMAP)"));
  adw_preferences_group_set_description (imap, _("Where Instantly reads replies and warmup mail."));
  add_row (self, imap, "imap-host", _("Server"), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (add_row (self, imap, "imap-port", _("Port"), ADW_TYPE_ENTRY_ROW)), "993");
  add_row (self, imap, "imap-username", _("User name"), ADW_TYPE_ENTRY_ROW);
  add_row (self, imap, "imap-password", _("Password"), ADW_TYPE_PASSWORD_ENTRY_ROW);

  adw_preferences_group_set_title (smtp, _("Outgoing Mail (SMTP)"));
  adw_preferences_group_set_description (smtp, _("Where Instantly sends from."));
  add_row (self, smtp, "smtp-host", _("Server"), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (add_row (self, smtp, "smtp-port", _("Port"), ADW_TYPE_ENTRY_ROW)), "587");
  add_row (self, smtp, "smtp-username", _("User name"), ADW_TYPE_ENTRY_ROW);
  add_row (self, smtp, "smtp-password", _("Password"), ADW_TYPE_PASSWORD_ENTRY_ROW);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), sender);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), imap);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), smtp);

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner));
  gtk_box_append (GTK_BOX (box), page);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), box);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);
  adw_dialog_set_focus (ADW_DIALOG (self), g_hash_table_lookup (self->rows, "email"));
}

AdwDialog *
deck_account_add_dialog_new (DeckWorkspace *workspace)
{
  DeckAccountAddDialog *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT_ADD_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  return ADW_DIALOG (self);
}
