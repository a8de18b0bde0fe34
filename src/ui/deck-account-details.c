/* deck-account-details.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-details"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account-details.h"
#include "deck-account-health.h"
#include "deck-account-tags-dialog.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"

typedef enum
{
  INFO_EMAIL,
  INFO_NAME,
  INFO_STATUS,
  INFO_ERROR,
  INFO_PROVIDER,
  INFO_SETUP,
  INFO_DAILY_LIMIT,
  INFO_DAILY_LIMIT_MAX,
  INFO_SENDING_GAP,
  INFO_SLOW_RAMP,
  INFO_IPT_LIMIT,
  INFO_SIGNATURE,
  INFO_REPLY_TO,
  INFO_WARMUP_STATUS,
  INFO_WARMUP_SCORE,
  INFO_WARMUP_SETTINGS,
  INFO_WARMUP_ADVANCED,
  INFO_WARMUP_LIMIT_MAX,
  INFO_WARMUP_TAG,
  INFO_CTD,
  INFO_CREATED,
  INFO_UPDATED,
  INFO_WARMUP_START,
  INFO_ORGANIZATION,
  INFO_ADDED_BY,
  INFO_MODIFIED_BY,
  INFO_TAGS,
  N_INFO
} Info;

struct _DeckAccountDetails
{
  AdwDialog          parent_instance;

  DeckWorkspace     *workspace;
  DeckAccount       *account;
  GCancellable      *cancellable;

  AdwViewStack      *stack;
  AdwActionRow      *rows[N_INFO];
  GtkLabel          *raw_reply;
  AdwExpanderRow    *raw_expander;
  DeckAccountEditor *editor;

  GtkStack          *warmup_stack;
  AdwStatusPage     *warmup_status;
  GtkColumnView     *warmup_table;
  AdwActionRow      *health_row;
  AdwActionRow      *totals_row;
  guint              n_warmup_days;
};

G_DEFINE_FINAL_TYPE (DeckAccountDetails, deck_account_details, ADW_TYPE_DIALOG)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ words */

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (_("Never"));

  local = g_date_time_to_local (time);
  /* Translators: a date and time in the local time zone, see g_date_time_format() */
  return g_date_time_format (local, _("%e %B %Y, %H:%M"));
}

static const char *
status_meaning (int status)
{
  switch (status)
    {
    case DECK_ACCOUNT_STATUS_ACTIVE:
      return _("Sends campaign emails as scheduled.");
    case DECK_ACCOUNT_STATUS_PAUSED:
      return _("Paused: sends no campaign emails until it is resumed.");
    case DECK_ACCOUNT_STATUS_MAINTENANCE:
      return _("Paused by Instantly for maintenance; it resumes on its own.");
    case DECK_ACCOUNT_STATUS_CONNECTION_ERROR:
      return _("Instantly cannot sign in to the mailbox: check the password or app access, then mark it fixed.");
    case DECK_ACCOUNT_STATUS_SOFT_BOUNCE_ERROR:
      return _("Too many emails bounced back temporarily; sending stopped to protect the account.");
    case DECK_ACCOUNT_STATUS_SENDING_ERROR:
      return _("The mail server refused to send; read the error below, fix the cause, then mark it fixed.");
    default:
      return _("A status this version of Instadeck does not know.");
    }
}

static const char *
warmup_meaning (int status)
{
  switch (status)
    {
    case DECK_WARMUP_STATUS_ACTIVE:
      return _("Exchanges warmup emails every day.");
    case DECK_WARMUP_STATUS_PAUSED:
      return _("Warmup is off.");
    case DECK_WARMUP_STATUS_BANNED:
      return _("Removed from the warmup pool, usually for poor sending behaviour.");
    case DECK_WARMUP_STATUS_SPAM_FOLDER_UNKNOWN:
      return _("Warmup cannot find the spam folder of this mailbox.");
    case DECK_WARMUP_STATUS_PERMANENT_SUSPENSION:
      return _("Permanently suspended from warmup.");
    default:
      return _("A warmup status this version of Instadeck does not know.");
    }
}

/* The last SMTP error as a sentence a person can act on. */
static char *
describe_smtp_error (DeckAccount *account)
{
  g_autofree char *code = NULL;
  g_autofree char *command = NULL;
  g_autofree char *e_message = NULL;
  int response_code = 0;
  const char *what;

  g_object_get (account,
                "status-message-code", &code,
                "status-message-command", &command,
                "status-message-e-message", &e_message,
                "status-message-response-code", &response_code,
                NULL);

  if ((code == NULL || *code == '\0') && (e_message == NULL || *e_message == '\0'))
    return NULL;

  if (g_strcmp0 (code, "EAUTH") == 0 || response_code == 535)
    what = _("The mail server rejected the sign-in: the password is wrong, or the provider blocks this kind of access.");
  else if (g_strcmp0 (code, "ETIMEDOUT") == 0 || g_strcmp0 (code, "ECONNECTION") == 0)
    what = _("The mail server could not be reached: check the host name, the port and the firewall.");
  else if (g_strcmp0 (code, "EENVELOPE") == 0 || response_code == 452)
    what = _("The receiving server refused the recipient, for example because the inbox is full.");
  else if (response_code == 550)
    what = _("The provider refused to send more: the account hit its provider’s daily sending limit.");
  else if (response_code == 554)
    what = _("The provider blocked the message as suspected spam and may have restricted the account.");
  else
    what = _("The mail server reported a problem while sending.");

  if (command != NULL && *command != '\0')
    /* Translators: a sentence, then the SMTP step where it happened */
    return g_strdup_printf (_("%s (during %s)"), what, command);
  return g_strdup (what);
}

static char *
dup_string (DeckAccount *account,
            const char  *property)
{
  g_autofree char *value = NULL;

  g_object_get (account, property, &value, NULL);
  if (value == NULL || *value == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static void
set_row (DeckAccountDetails *self,
         Info                info,
         const char         *subtitle)
{
  adw_action_row_set_subtitle (self->rows[info], subtitle && *subtitle ? subtitle : _("Not set"));
}

static void
update (DeckAccountDetails *self)
{
  DeckAccount *account = self->account;
  int status = deck_account_get_status (account);
  int warmup = deck_account_get_warmup_status (account);
  g_autofree char *status_words = deck_account_status_to_string (status);
  g_autofree char *warmup_words = deck_warmup_status_to_string (warmup);
  g_autofree char *provider = deck_provider_code_to_string (deck_account_get_provider_code (account));
  g_autofree char *name = deck_account_dup_display_name (account);
  g_autofree char *text = NULL;
  g_autofree char *smtp = describe_smtp_error (account);
  g_autofree char *raw = NULL;
  g_autofree char *e_message = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(GDateTime) warmup_start = NULL;
  gboolean setup_pending, managed, slow_ramp, has_max, has_ipt, has_warmup_max, has_autofix, autofix_failed;
  gboolean warm_ctd, read_emulation, weekday_only;
  double daily_max, ipt, warmup_limit, reply_rate, warmup_max, open_rate, important_rate, spam_save_rate;
  g_autofree char *increment = NULL;

  g_object_get (account,
                "timestamp-created", &created,
                "timestamp-updated", &updated,
                "timestamp-warmup-start", &warmup_start,
                "setup-pending", &setup_pending,
                "is-managed-account", &managed,
                "enable-slow-ramp", &slow_ramp,
                "has-daily-limit-max", &has_max,
                "daily-limit-max", &daily_max,
                "has-inbox-placement-test-limit", &has_ipt,
                "inbox-placement-test-limit", &ipt,
                "has-warmup-limit-max", &has_warmup_max,
                "warmup-limit-max", &warmup_max,
                "has-autofix-failed", &has_autofix,
                "autofix-failed", &autofix_failed,
                "warmup-limit", &warmup_limit,
                "warmup-increment", &increment,
                "warmup-reply-rate", &reply_rate,
                "warmup-warm-ctd", &warm_ctd,
                "warmup-open-rate", &open_rate,
                "warmup-important-rate", &important_rate,
                "warmup-read-emulation", &read_emulation,
                "warmup-spam-save-rate", &spam_save_rate,
                "warmup-weekday-only", &weekday_only,
                "status-message-response", &raw,
                "status-message-e-message", &e_message,
                NULL);

  adw_dialog_set_title (ADW_DIALOG (self), deck_account_get_email (account));

  set_row (self, INFO_EMAIL, deck_account_get_email (account));
  set_row (self, INFO_NAME, name);

  text = g_strdup_printf ("%s — %s", status_words, status_meaning (status));
  set_row (self, INFO_STATUS, text);
  g_clear_pointer (&text, g_free);

  if (smtp != NULL)
    {
      if (deck_account_status_is_error (status) && has_autofix)
        text = g_strdup_printf ("%s %s", smtp,
                                autofix_failed ? _("Instantly tried to reconnect on its own and failed.")
                                               : _("Instantly is trying to reconnect on its own."));
      else
        text = g_strdup (smtp);
      set_row (self, INFO_ERROR, text);
      g_clear_pointer (&text, g_free);
      gtk_label_set_label (self->raw_reply, raw && *raw ? raw : (e_message ? e_message : ""));
      gtk_widget_set_visible (GTK_WIDGET (self->raw_expander), (raw && *raw) || (e_message && *e_message));
    }
  else
    {
      adw_action_row_set_subtitle (self->rows[INFO_ERROR], _("No error reported"));
      gtk_widget_set_visible (GTK_WIDGET (self->raw_expander), FALSE);
    }

  text = g_strdup_printf ("%s%s", provider, managed ? _(", set up and managed by Instantly (done-for-you)") : "");
  set_row (self, INFO_PROVIDER, text);
  g_clear_pointer (&text, g_free);
  set_row (self, INFO_SETUP, setup_pending ? _("Instantly is still setting this account up") : _("Complete"));

  if (deck_account_get_has_daily_limit (account))
    text = g_strdup_printf (_("%.0f campaign emails per day"), deck_account_get_daily_limit (account));
  set_row (self, INFO_DAILY_LIMIT, text);
  g_clear_pointer (&text, g_free);
  if (has_max)
    text = g_strdup_printf (_("Up to %.0f per day on this plan"), daily_max);
  set_row (self, INFO_DAILY_LIMIT_MAX, text);
  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute between two emails", "%d minutes between two emails",
                                       (int) deck_account_get_sending_gap (account)),
                          (int) deck_account_get_sending_gap (account));
  set_row (self, INFO_SENDING_GAP, text);
  g_clear_pointer (&text, g_free);
  set_row (self, INFO_SLOW_RAMP, slow_ramp ? _("On: new campaigns start slowly") : _("Off"));
  if (has_ipt)
    text = g_strdup_printf (_("%.0f tests"), ipt);
  set_row (self, INFO_IPT_LIMIT, text);
  g_clear_pointer (&text, g_free);

  text = dup_string (account, "signature");
  set_row (self, INFO_SIGNATURE, text);
  g_clear_pointer (&text, g_free);
  text = dup_string (account, "reply-to");
  set_row (self, INFO_REPLY_TO, text ? text : _("Replies go to the sending address"));
  g_clear_pointer (&text, g_free);

  text = g_strdup_printf ("%s — %s", warmup_words, warmup_meaning (warmup));
  set_row (self, INFO_WARMUP_STATUS, text);
  g_clear_pointer (&text, g_free);
  if (deck_account_get_has_warmup_score (account))
    text = g_strdup_printf (_("%.0f out of 100"), deck_account_get_stat_warmup_score (account));
  set_row (self, INFO_WARMUP_SCORE, text ? text : _("No score yet"));
  g_clear_pointer (&text, g_free);

  if (increment == NULL || g_str_equal (increment, "disabled"))
    text = g_strdup_printf (_("%.0f warmup emails a day from the start; %.0f %% of them get a reply"),
                            warmup_limit, reply_rate);
  else
    text = g_strdup_printf (_("Up to %.0f warmup emails a day, %s more each day; %.0f %% of them get a reply"),
                            warmup_limit, increment, reply_rate);
  set_row (self, INFO_WARMUP_SETTINGS, text);
  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (_("Opened %.0f %%, marked important %.0f %%, rescued from spam %.0f %%; "
                            "read emulation %s; weekdays only %s; tracking domain warmed %s"),
                          open_rate * 100, important_rate * 100, spam_save_rate * 100,
                          yes_no (read_emulation), yes_no (weekday_only), yes_no (warm_ctd));
  set_row (self, INFO_WARMUP_ADVANCED, text);
  g_clear_pointer (&text, g_free);
  if (has_warmup_max)
    text = g_strdup_printf (_("Up to %.0f per day on this plan"), warmup_max);
  set_row (self, INFO_WARMUP_LIMIT_MAX, text);
  g_clear_pointer (&text, g_free);
  text = dup_string (account, "warmup-custom-ftag");
  set_row (self, INFO_WARMUP_TAG, text);
  g_clear_pointer (&text, g_free);

  {
    g_autofree char *domain = dup_string (account, "tracking-domain-name");
    g_autofree char *domain_status = dup_string (account, "tracking-domain-status");

    if (domain == NULL)
      text = g_strdup (_("None: links are tracked through Instantly’s shared domain"));
    else if (g_strcmp0 (domain_status, "active") == 0)
      text = g_strdup_printf (_("%s, active"), domain);
    else if (g_strcmp0 (domain_status, "pending") == 0)
      text = g_strdup_printf (_("%s, waiting for its CNAME record to be checked"), domain);
    else
      text = g_strdup_printf (_("%s, status “%s”"), domain, domain_status ? domain_status : _("unknown"));
    set_row (self, INFO_CTD, text);
    g_clear_pointer (&text, g_free);
  }

  text = format_time (created);
  set_row (self, INFO_CREATED, text);
  g_clear_pointer (&text, g_free);
  text = format_time (updated);
  set_row (self, INFO_UPDATED, text);
  g_clear_pointer (&text, g_free);
  text = warmup_start ? format_time (warmup_start) : g_strdup (_("Warmup has not started"));
  set_row (self, INFO_WARMUP_START, text);
  g_clear_pointer (&text, g_free);

  text = dup_string (account, "organization");
  set_row (self, INFO_ORGANIZATION, text);
  g_clear_pointer (&text, g_free);
  text = dup_string (account, "added-by");
  set_row (self, INFO_ADDED_BY, text);
  g_clear_pointer (&text, g_free);
  text = dup_string (account, "modified-by");
  set_row (self, INFO_MODIFIED_BY, text);
  g_clear_pointer (&text, g_free);

  {
    const char * const *tags = deck_account_get_tag_labels (account);

    text = tags && tags[0] ? g_strjoinv (_(", "), (char **) tags) : g_strdup (_("No tags"));
    set_row (self, INFO_TAGS, text);
  }
}

/* ------------------------------------------------------------------ warmup analytics */

static void
setup_number_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (user_data) == 0 ? 0.0f : 1.0f);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_number_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  DeckWarmupDay *day = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  switch (GPOINTER_TO_INT (user_data))
    {
    case 0: text = g_strdup (deck_warmup_day_get_date (day)); break;
    case 1: text = g_strdup_printf ("%u", deck_warmup_day_get_sent (day)); break;
    case 2: text = g_strdup_printf ("%u", deck_warmup_day_get_landed_inbox (day)); break;
    case 3: text = g_strdup_printf ("%u", deck_warmup_day_get_landed_spam (day)); break;
    case 4: text = g_strdup_printf ("%u", deck_warmup_day_get_received (day)); break;
    default: g_assert_not_reached ();
    }
  gtk_label_set_label (label, text);
}

static void
add_table_column (GtkColumnView *view,
                  const char    *title,
                  int            index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_number_cell), GINT_TO_POINTER (index));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_number_cell), GINT_TO_POINTER (index));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (view, column);
}

static void
analytics_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DeckAccountDetails *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  DeckWarmupAnalytics *analytics;
  g_autoptr(GtkNoSelection) selection = NULL;
  GListModel *days;
  g_autofree char *health = NULL;
  g_autofree char *totals = NULL;
  const char *label;

  list = deck_client_get_warmup_analytics_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (list == NULL || list->len == 0)
    {
      g_autofree char *reason = list ? g_strdup (_("The server has no warmup data for this account.")) : deck_api_error_describe (error);

      adw_status_page_set_title (self->warmup_status, list ? _("No Warmup Data") : _("Could Not Load the Warmup Analytics"));
      adw_status_page_set_description (self->warmup_status, reason);
      adw_status_page_set_paintable (self->warmup_status, NULL);
      adw_status_page_set_icon_name (self->warmup_status, "dialog-information-symbolic");
      return;
    }

  analytics = g_ptr_array_index (list, 0);
  days = deck_warmup_analytics_get_days (analytics);
  self->n_warmup_days = g_list_model_get_n_items (days);
  selection = gtk_no_selection_new (g_object_ref (days));
  gtk_column_view_set_model (self->warmup_table, GTK_SELECTION_MODEL (selection));

  label = deck_warmup_analytics_get_health_score_label (analytics);
  health = g_strdup_printf (_("%.0f out of 100%s%s"), deck_warmup_analytics_get_health_score (analytics),
                            label && *label ? " — " : "", label ? label : "");
  adw_action_row_set_subtitle (self->health_row, health);
  totals = g_strdup_printf (_("%u sent, %u landed in the inbox, %u landed in spam, %u received"),
                            deck_warmup_analytics_get_sent (analytics),
                            deck_warmup_analytics_get_landed_inbox (analytics),
                            deck_warmup_analytics_get_landed_spam (analytics),
                            deck_warmup_analytics_get_received (analytics));
  adw_action_row_set_subtitle (self->totals_row, totals);

  gtk_stack_set_visible_child_name (self->warmup_stack, self->n_warmup_days > 0 ? "table" : "status");
  if (self->n_warmup_days == 0)
    {
      adw_status_page_set_title (self->warmup_status, _("No Warmup Days Yet"));
      adw_status_page_set_paintable (self->warmup_status, NULL);
      adw_status_page_set_icon_name (self->warmup_status, "dialog-information-symbolic");
    }
}

static void
load_analytics (DeckAccountDetails *self)
{
  const char *emails[] = { deck_account_get_email (self->account), NULL };

  deck_client_get_warmup_analytics_async (deck_workspace_get_client (self->workspace), emails,
                                          self->cancellable, analytics_cb, self);
}

/* ------------------------------------------------------------------ building */

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (page, group);
  return group;
}

static void
add_info (DeckAccountDetails  *self,
          AdwPreferencesGroup *group,
          Info                 info,
          const char          *title)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_selectable (row, TRUE);
  adw_action_row_set_subtitle_lines (row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row), "property");
  adw_preferences_group_add (group, GTK_WIDGET (row));
  self->rows[info] = row;
}

static void
on_child_toast (DeckAccountDetails *self,
                const char         *title,
                const char         *report,
                GObject            *child)
{
  g_signal_emit (self, signals[TOAST], 0, title, report);
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DeckAccountDetails *self = DECK_ACCOUNT_DETAILS (widget);

  if (g_str_equal (action_name, "details.tags"))
    {
      const char *emails[] = { deck_account_get_email (self->account), NULL };
      AdwDialog *dialog = deck_account_tags_dialog_new (self->workspace, emails);

      g_signal_connect_object (dialog, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
  else if (g_str_equal (action_name, "details.reload-analytics"))
    load_analytics (self);
}

static GtkWidget *
build_overview (DeckAccountDetails *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group;
  GtkWidget *tags_button;
  GtkWidget *raw;

  group = add_group (page, _("Account"));
  add_info (self, group, INFO_EMAIL, _("Email address"));
  add_info (self, group, INFO_NAME, _("Sender name"));
  add_info (self, group, INFO_PROVIDER, _("Provider"));
  add_info (self, group, INFO_SETUP, _("Setup"));
  add_info (self, group, INFO_TAGS, _("Tags"));
  tags_button = gtk_button_new_with_mnemonic (_("_Edit Tags…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (tags_button), "details.tags");
  gtk_widget_set_valign (tags_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tags_button, "flat");
  adw_action_row_add_suffix (self->rows[INFO_TAGS], tags_button);

  group = add_group (page, _("Status"));
  add_info (self, group, INFO_STATUS, _("Sending status"));
  add_info (self, group, INFO_ERROR, _("Last error"));
  self->raw_expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->raw_expander), _("Mail server’s reply"));
  adw_expander_row_set_subtitle (self->raw_expander, _("Exactly as the server sent it"));
  raw = gtk_label_new (NULL);
  self->raw_reply = GTK_LABEL (raw);
  gtk_label_set_wrap (self->raw_reply, TRUE);
  gtk_label_set_wrap_mode (self->raw_reply, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (self->raw_reply, TRUE);
  gtk_label_set_xalign (self->raw_reply, 0.0f);
  gtk_widget_add_css_class (raw, "monospace");
  gtk_widget_set_margin_top (raw, 12);
  gtk_widget_set_margin_bottom (raw, 12);
  gtk_widget_set_margin_start (raw, 12);
  gtk_widget_set_margin_end (raw, 12);
  adw_expander_row_add_row (self->raw_expander, raw);
  adw_preferences_group_add (group, GTK_WIDGET (self->raw_expander));

  group = add_group (page, _("Sending"));
  add_info (self, group, INFO_DAILY_LIMIT, _("Daily limit"));
  add_info (self, group, INFO_DAILY_LIMIT_MAX, _("Highest daily limit allowed"));
  add_info (self, group, INFO_SENDING_GAP, _("Sending gap"));
  add_info (self, group, INFO_SLOW_RAMP, _("Slow ramp"));
  add_info (self, group, INFO_IPT_LIMIT, _("Inbox placement test limit"));
  add_info (self, group, INFO_REPLY_TO, _("Reply-to address"));
  add_info (self, group, INFO_SIGNATURE, _("Signature"));

  group = add_group (page, _("Warmup"));
  add_info (self, group, INFO_WARMUP_STATUS, _("Warmup status"));
  add_info (self, group, INFO_WARMUP_SCORE, _("Health score"));
  add_info (self, group, INFO_WARMUP_SETTINGS, _("Volume"));
  add_info (self, group, INFO_WARMUP_ADVANCED, _("Behaviour"));
  add_info (self, group, INFO_WARMUP_LIMIT_MAX, _("Highest warmup limit allowed"));
  add_info (self, group, INFO_WARMUP_TAG, _("Warmup filter tag"));

  group = add_group (page, _("Tracking Domain"));
  add_info (self, group, INFO_CTD, _("Custom tracking domain"));

  group = add_group (page, _("History"));
  add_info (self, group, INFO_CREATED, _("Added"));
  add_info (self, group, INFO_UPDATED, _("Last changed"));
  add_info (self, group, INFO_WARMUP_START, _("Warmup started"));
  add_info (self, group, INFO_ORGANIZATION, _("Organization ID"));
  add_info (self, group, INFO_ADDED_BY, _("Added by (user ID)"));
  add_info (self, group, INFO_MODIFIED_BY, _("Last changed by (user ID)"));

  return GTK_WIDGET (page);
}

static GtkWidget *
build_warmup (DeckAccountDetails *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *outer = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->health_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->health_row), _("Health score"));
  adw_action_row_set_subtitle (self->health_row, _("Loading…"));
  gtk_widget_add_css_class (GTK_WIDGET (self->health_row), "property");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->health_row));
  self->totals_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->totals_row), _("All days together"));
  adw_action_row_set_subtitle (self->totals_row, _("Loading…"));
  adw_action_row_set_subtitle_lines (self->totals_row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->totals_row), "property");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->totals_row));
  gtk_box_append (GTK_BOX (box), list);

  self->warmup_table = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->warmup_table), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->warmup_table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warmup emails per day"),
                                  -1);
  add_table_column (self->warmup_table, _("Day"), 0);
  add_table_column (self->warmup_table, _("Sent"), 1);
  add_table_column (self->warmup_table, _("Inbox"), 2);
  add_table_column (self->warmup_table, _("Spam"), 3);
  add_table_column (self->warmup_table, _("Received"), 4);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->warmup_table));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);

  self->warmup_stack = GTK_STACK (gtk_stack_new ());
  self->warmup_status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_title (self->warmup_status, _("Loading Warmup Analytics…"));
  adw_status_page_set_paintable (self->warmup_status,
                                 GDK_PAINTABLE (adw_spinner_paintable_new (GTK_WIDGET (self->warmup_status))));
  adw_status_page_set_description (self->warmup_status, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->warmup_status), "compact");
  gtk_stack_add_named (self->warmup_stack, GTK_WIDGET (self->warmup_status), "status");
  gtk_stack_add_named (self->warmup_stack, frame, "table");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->warmup_stack));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (outer), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (outer), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  return outer;
}

/* ------------------------------------------------------------------ public */

AdwDialog *
deck_account_details_new (DeckWorkspace *workspace,
                          DeckAccount   *account)
{
  DeckAccountDetails *self;
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *switcher_bar = adw_view_switcher_bar_new ();
  GtkWidget *editor;
  AdwBreakpoint *breakpoint;
  AdwViewStackPage *page;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (account), NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT_DETAILS, NULL);
  self->workspace = g_object_ref (workspace);
  self->account = g_object_ref (account);

  adw_dialog_set_content_width (ADW_DIALOG (self), 720);
  adw_dialog_set_content_height (ADW_DIALOG (self), 760);
  /* The breakpoint needs a floor to measure against. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 300);

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  page = adw_view_stack_add_titled_with_icon (self->stack, build_overview (self), "overview",
                                              _("Overview"), "user-info-symbolic");
  editor = deck_account_editor_new (workspace, account);
  self->editor = DECK_ACCOUNT_EDITOR (editor);
  g_signal_connect_object (editor, "toast", G_CALLBACK (on_child_toast), self, G_CONNECT_SWAPPED);
  page = adw_view_stack_add_titled_with_icon (self->stack, editor, "settings",
                                              _("Settings"), "document-edit-symbolic");
  page = adw_view_stack_add_titled_with_icon (self->stack, build_warmup (self), "warmup",
                                              _("Warmup"), "mail-send-receive-symbolic");
  (void) page;

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (switcher_bar), self->stack);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_add_bottom_bar (ADW_TOOLBAR_VIEW (toolbar), switcher_bar);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), GTK_WIDGET (self->stack));
  adw_dialog_set_child (ADW_DIALOG (self), toolbar);

  /* Narrow: the switcher moves to the bottom, as in GNOME's own apps. */
  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 550sp"));
  adw_breakpoint_add_setters (breakpoint,
                              G_OBJECT (header), "title-widget", NULL,
                              G_OBJECT (switcher_bar), "reveal", TRUE,
                              NULL);
  adw_dialog_add_breakpoint (ADW_DIALOG (self), breakpoint);

  g_signal_connect_object (account, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  load_analytics (self);

  return ADW_DIALOG (self);
}

DeckAccount *
deck_account_details_get_account (DeckAccountDetails *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_DETAILS (self), NULL);

  return self->account;
}

DeckAccountEditor *
deck_account_details_get_editor (DeckAccountDetails *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_DETAILS (self), NULL);

  return self->editor;
}

void
deck_account_details_set_page (DeckAccountDetails *self,
                               const char         *name)
{
  g_return_if_fail (DECK_IS_ACCOUNT_DETAILS (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

guint
deck_account_details_get_n_warmup_days (DeckAccountDetails *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_DETAILS (self), 0);

  return self->n_warmup_days;
}

/* ------------------------------------------------------------------ GObject */

static void
deck_account_details_dispose (GObject *object)
{
  DeckAccountDetails *self = DECK_ACCOUNT_DETAILS (object);

  g_cancellable_cancel (self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_func (self->account, update, self);
  g_clear_object (&self->account);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (deck_account_details_parent_class)->dispose (object);
}

static void
deck_account_details_class_init (DeckAccountDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_account_details_dispose;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "details.tags", NULL, details_action);
  gtk_widget_class_install_action (widget_class, "details.reload-analytics", NULL, details_action);
}

static void
deck_account_details_init (DeckAccountDetails *self)
{
  self->cancellable = g_cancellable_new ();
}
