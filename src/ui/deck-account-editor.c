/* deck-account-editor.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "deck-account-editor.h"
#include "deck-account-health.h"
#include "deck-account-validate.h"
#include "deck-api-error.h"
#include "deck-client-accounts.h"

typedef enum
{
  KIND_TEXT,      /* AdwEntryRow */
  KIND_EMAIL,     /* AdwEntryRow, empty or a valid address */
  KIND_DOMAIN,    /* AdwEntryRow, empty or a host name */
  KIND_LONG_TEXT, /* GtkTextView */
  KIND_NUMBER,    /* AdwSpinRow, whole numbers */
  KIND_PERCENT,   /* AdwSpinRow showing a 0–1 fraction as 0–100 */
  KIND_SWITCH,    /* AdwSwitchRow */
  KIND_INCREMENT, /* AdwComboRow over increments */
} Kind;

typedef enum
{
  F_FIRST_NAME,
  F_LAST_NAME,
  F_REPLY_TO,
  F_SIGNATURE,
  F_DAILY_LIMIT,
  F_SENDING_GAP,
  F_SLOW_RAMP,
  F_TRACKING_DOMAIN,
  F_WARMUP_LIMIT,
  F_WARMUP_INCREMENT,
  F_WARMUP_REPLY_RATE,
  F_WARM_CTD,
  F_OPEN_RATE,
  F_IMPORTANT_RATE,
  F_READ_EMULATION,
  F_SPAM_SAVE_RATE,
  F_WEEKDAY_ONLY,
  N_FIELDS
} FieldId;

typedef struct
{
  const char *api;       /* "daily_limit", "warmup.limit", "warmup.advanced.open_rate" */
  const char *property;  /* on DeckAccount */
  Kind        kind;
  gint64      min, max;
} Field;

static const Field fields[N_FIELDS] = {
  [F_FIRST_NAME] = { "first_name", "first-name", KIND_TEXT, 0, 0 },
  [F_LAST_NAME] = { "last_name", "last-name", KIND_TEXT, 0, 0 },
  [F_REPLY_TO] = { "reply_to", "reply-to", KIND_EMAIL, 0, 0 },
  [F_SIGNATURE] = { "signature", "signature", KIND_LONG_TEXT, 0, 0 },
  [F_DAILY_LIMIT] = { "daily_limit", "daily-limit", KIND_NUMBER, 0, 10000 },
  [F_SENDING_GAP] = { "sending_gap", "sending-gap", KIND_NUMBER, 0, 1440 },
  [F_SLOW_RAMP] = { "enable_slow_ramp", "enable-slow-ramp", KIND_SWITCH, 0, 0 },
  [F_TRACKING_DOMAIN] = { "tracking_domain_name", "tracking-domain-name", KIND_DOMAIN, 0, 0 },
  [F_WARMUP_LIMIT] = { "warmup.limit", "warmup-limit", KIND_NUMBER, 1, 500 },
  [F_WARMUP_INCREMENT] = { "warmup.increment", "warmup-increment", KIND_INCREMENT, 0, 0 },
  [F_WARMUP_REPLY_RATE] = { "warmup.reply_rate", "warmup-reply-rate", KIND_NUMBER, 0, 100 },
  [F_WARM_CTD] = { "warmup.advanced.warm_ctd", "warmup-warm-ctd", KIND_SWITCH, 0, 0 },
  [F_OPEN_RATE] = { "warmup.advanced.open_rate", "warmup-open-rate", KIND_PERCENT, 0, 100 },
  [F_IMPORTANT_RATE] = { "warmup.advanced.important_rate", "warmup-important-rate", KIND_PERCENT, 0, 100 },
  [F_READ_EMULATION] = { "warmup.advanced.read_emulation", "warmup-read-emulation", KIND_SWITCH, 0, 0 },
  [F_SPAM_SAVE_RATE] = { "warmup.advanced.spam_save_rate", "warmup-spam-save-rate", KIND_PERCENT, 0, 100 },
  [F_WEEKDAY_ONLY] = { "warmup.advanced.weekday_only", "warmup-weekday-only", KIND_SWITCH, 0, 0 },
};

static const char * const increments[] = { "disabled", "0", "1", "2", "3", "4", NULL };

/* The value a field had when the form was (re)loaded from the account. */
typedef struct
{
  char   *text;
  gint64  number;
  guint   index;
} Snapshot;

struct _DeckAccountEditor
{
  AdwBin         parent_instance;

  DeckWorkspace *workspace;
  DeckAccount   *account;
  GCancellable  *cancellable;
  char          *error;
  gboolean       busy;
  gboolean       loading;
  gboolean       dirty;

  GtkWidget     *rows[N_FIELDS];
  Snapshot       snapshot[N_FIELDS];
  GtkStringList *increment_labels;
  GPtrArray     *increment_values;

  AdwBanner     *banner;
  AdwActionRow  *ctd_result_row;
  GtkButton     *save_button;
  GtkButton     *check_button;
};

G_DEFINE_FINAL_TYPE (DeckAccountEditor, deck_account_editor, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ values */

static char *
row_dup_text (DeckAccountEditor *self,
              FieldId            id)
{
  GtkWidget *row = self->rows[id];

  if (fields[id].kind == KIND_LONG_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
load_field (DeckAccountEditor *self,
            FieldId            id)
{
  const Field *field = &fields[id];
  GtkWidget *row = self->rows[id];
  Snapshot *snap = &self->snapshot[id];

  g_clear_pointer (&snap->text, g_free);

  switch (field->kind)
    {
    case KIND_TEXT:
    case KIND_EMAIL:
    case KIND_DOMAIN:
      g_object_get (self->account, field->property, &snap->text, NULL);
      if (snap->text == NULL)
        snap->text = g_strdup ("");
      gtk_editable_set_text (GTK_EDITABLE (row), snap->text);
      break;

    case KIND_LONG_TEXT:
      g_object_get (self->account, field->property, &snap->text, NULL);
      if (snap->text == NULL)
        snap->text = g_strdup ("");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row)), snap->text, -1);
      break;

    case KIND_NUMBER:
    case KIND_PERCENT:
      {
        double value = 0.0;

        g_object_get (self->account, field->property, &value, NULL);
        if (field->kind == KIND_PERCENT)
          value *= 100.0;
        snap->number = (gint64) llround (value);
        adw_spin_row_set_value (ADW_SPIN_ROW (row), snap->number);
        /* Out-of-range server values are shown as the server holds them. */
        snap->number = (gint64) llround (adw_spin_row_get_value (ADW_SPIN_ROW (row)));
      }
      break;

    case KIND_SWITCH:
      {
        gboolean active = FALSE;

        g_object_get (self->account, field->property, &active, NULL);
        snap->number = active;
        adw_switch_row_set_active (ADW_SWITCH_ROW (row), active);
      }
      break;

    case KIND_INCREMENT:
      {
        g_autofree char *value = NULL;
        guint index = G_MAXUINT;

        g_object_get (self->account, field->property, &value, NULL);
        if (value == NULL)
          value = g_strdup ("disabled");
        for (guint i = 0; i < self->increment_values->len; i++)
          if (g_str_equal (g_ptr_array_index (self->increment_values, i), value))
            index = i;
        if (index == G_MAXUINT)
          {
            /* A value this version does not know stays selectable as it is. */
            g_ptr_array_add (self->increment_values, g_strdup (value));
            gtk_string_list_append (self->increment_labels, value);
            index = self->increment_values->len - 1;
          }
        snap->index = index;
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), index);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
load_form (DeckAccountEditor *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < N_FIELDS; i++)
    load_field (self, i);
  self->loading = FALSE;
  self->dirty = FALSE;
}

static void
on_form_changed (DeckAccountEditor *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
}

static void
on_account_notify (DeckAccountEditor *self)
{
  /* A refresh shows the server's values unless the person is editing. */
  if (!self->dirty && !self->busy)
    load_form (self);
}

/* The JSON object a dotted API name goes into, made on demand. */
static JsonObject *
ensure_parent (JsonObject  *root,
               const char  *api,
               const char **leaf)
{
  g_auto(GStrv) parts = g_strsplit (api, ".", -1);
  JsonObject *object = root;
  guint n = g_strv_length (parts);

  for (guint i = 0; i + 1 < n; i++)
    {
      if (!json_object_has_member (object, parts[i]))
        json_object_set_object_member (object, parts[i], json_object_new ());
      object = json_object_get_object_member (object, parts[i]);
    }

  *leaf = strrchr (api, '.') ? strrchr (api, '.') + 1 : api;
  return object;
}

static char *
describe_field (DeckAccountEditor *self,
                FieldId            id)
{
  /* The label as shown: lowercasing it would be wrong in languages that
   * capitalize nouns, so the messages quote it instead. */
  if (id == F_SIGNATURE)
    return g_strdup (_("Signature"));
  return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[id])));
}

JsonObject *
deck_account_editor_build_changes (DeckAccountEditor  *self,
                                   GError            **error)
{
  g_autoptr(JsonObject) changes = NULL;

  g_return_val_if_fail (DECK_IS_ACCOUNT_EDITOR (self), NULL);

  changes = json_object_new ();

  for (guint i = 0; i < N_FIELDS; i++)
    {
      const Field *field = &fields[i];
      Snapshot *snap = &self->snapshot[i];
      JsonObject *parent;
      const char *leaf;

      switch (field->kind)
        {
        case KIND_TEXT:
        case KIND_EMAIL:
        case KIND_DOMAIN:
        case KIND_LONG_TEXT:
          {
            g_autofree char *text = row_dup_text (self, i);
            g_autofree char *trimmed = g_strstrip (g_strdup (text));

            if (field->kind != KIND_LONG_TEXT)
              g_set_str (&text, trimmed);

            if (g_strcmp0 (text, snap->text) == 0)
              continue;

            if (field->kind == KIND_EMAIL && *text != '\0' && !deck_account_email_is_valid (text))
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The reply-to address “%s” is not a valid email address: it needs a name, an “@” and a domain."),
                             text);
                return NULL;
              }
            if (field->kind == KIND_DOMAIN && *text != '\0' && !deck_account_host_is_valid (text))
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The tracking domain “%s” is not a host name, such as track.example.com."),
                             text);
                return NULL;
              }
            if (field->kind == KIND_TEXT && *text == '\0')
              {
                g_autofree char *what = describe_field (self, i);

                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             /* Translators: %s is the label of a field, such as “Sender name” */
                             _("“%s” cannot be empty."), what);
                return NULL;
              }

            if (i == F_TRACKING_DOMAIN && *text == '\0')
              json_object_set_boolean_member (changes, "remove_tracking_domain", TRUE);
            else if ((field->kind == KIND_EMAIL || field->kind == KIND_LONG_TEXT) && *text == '\0')
              json_object_set_null_member (changes, field->api);
            else
              {
                parent = ensure_parent (changes, field->api, &leaf);
                json_object_set_string_member (parent, leaf, text);
              }
          }
          break;

        case KIND_NUMBER:
        case KIND_PERCENT:
          {
            const char *text = gtk_editable_get_text (GTK_EDITABLE (self->rows[i]));
            gint64 value;

            /* The typed text, not the clamped value: a refused value is said, not
             * silently changed. */
            if (!deck_account_parse_number (text, field->min, field->max, &value, NULL))
              {
                g_autofree char *what = describe_field (self, i);

                if (i == F_SENDING_GAP)
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("The sending gap must be a whole number of minutes from 0 to 1440 (one day); “%s” is not."),
                               text);
                else
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               /* Translators: the first %s is the label of a field, such as “Daily limit” */
                               _("“%s” must be a whole number from %d to %d; “%s” is not."),
                               what, (int) field->min, (int) field->max, text);
                return NULL;
              }

            if (value == snap->number)
              continue;

            parent = ensure_parent (changes, field->api, &leaf);
            if (field->kind == KIND_PERCENT)
              json_object_set_double_member (parent, leaf, value / 100.0);
            else
              json_object_set_int_member (parent, leaf, value);
          }
          break;

        case KIND_SWITCH:
          {
            gboolean active = adw_switch_row_get_active (ADW_SWITCH_ROW (self->rows[i]));

            if (active == (snap->number != 0))
              continue;
            parent = ensure_parent (changes, field->api, &leaf);
            json_object_set_boolean_member (parent, leaf, active);
          }
          break;

        case KIND_INCREMENT:
          {
            guint index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->rows[i]));

            if (index == snap->index || index >= self->increment_values->len)
              continue;
            parent = ensure_parent (changes, field->api, &leaf);
            json_object_set_string_member (parent, leaf, g_ptr_array_index (self->increment_values, index));
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (json_object_get_size (changes) == 0)
    return NULL;

  return g_steal_pointer (&changes);
}

/* ------------------------------------------------------------------ save */

static void
set_error (DeckAccountEditor *self,
           const char        *reason)
{
  g_set_str (&self->error, reason);
  adw_banner_set_title (self->banner, reason ? reason : "");
  adw_banner_set_revealed (self->banner, reason != NULL);
}

static void
set_busy (DeckAccountEditor *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !busy);
}

static void
patch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DeckAccountEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) fresh = NULL;

  fresh = deck_client_patch_account_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (fresh == NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      g_autofree char *title = g_strdup_printf (_("Could not save %s: %s"),
                                                deck_account_get_email (self->account), reason);

      /* The form keeps the person's values so they can fix and retry. */
      set_error (self, reason);
      g_signal_emit (self, signals[TOAST], 0, title, NULL);
      return;
    }

  self->dirty = FALSE;
  deck_workspace_update_account (self->workspace, fresh);
  load_form (self);

  {
    g_autofree char *title = g_strdup_printf (_("Saved %s"), deck_account_get_email (self->account));

    g_signal_emit (self, signals[TOAST], 0, title, NULL);
  }
}

static void
save (DeckAccountEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) changes = NULL;

  if (self->busy)
    return;

  changes = deck_account_editor_build_changes (self, &error);
  if (error != NULL)
    {
      set_error (self, error->message);
      return;
    }

  set_error (self, NULL);
  if (changes == NULL)
    {
      g_signal_emit (self, signals[TOAST], 0, _("Nothing to save"), NULL);
      return;
    }

  set_busy (self, TRUE);
  deck_client_patch_account_async (deck_workspace_get_client (self->workspace),
                                   deck_account_get_email (self->account), changes,
                                   self->cancellable, patch_cb, self);
}

/* ------------------------------------------------------------------ tracking domain */

static void
ctd_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  DeckAccountEditor *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCtdStatus) status = NULL;
  g_autoptr(GString) words = g_string_new (NULL);

  status = deck_client_get_ctd_status_finish (DECK_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), TRUE);

  if (status == NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ctd_result_row), _("Could not check the domain"));
      adw_action_row_set_subtitle (self->ctd_result_row, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->ctd_result_row), TRUE);
      return;
    }

  g_string_append (words, deck_ctd_status_get_cname (status)
                   ? _("The CNAME record points to Instantly’s tracking server.")
                   : _("The CNAME record is missing or points elsewhere: add a CNAME from this domain to Instantly’s tracking host."));
  g_string_append_c (words, ' ');
  g_string_append (words, deck_ctd_status_get_ssl (status)
                   ? _("The SSL certificate is valid, so tracked links open over HTTPS.")
                   : _("There is no valid SSL certificate yet; it is issued some time after the CNAME record works."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ctd_result_row),
                                 deck_ctd_status_get_success (status)
                                   ? _("The tracking domain is ready")
                                   : _("The tracking domain is not ready"));
  adw_action_row_set_subtitle (self->ctd_result_row, words->str);
  gtk_widget_set_visible (GTK_WIDGET (self->ctd_result_row), TRUE);
}

static void
check_domain (DeckAccountEditor *self)
{
  g_autofree char *host = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[F_TRACKING_DOMAIN]))));

  if (!deck_account_host_is_valid (host))
    {
      set_error (self, _("Enter a tracking domain to check, such as track.example.com."));
      return;
    }

  set_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  deck_client_get_ctd_status_async (deck_workspace_get_client (self->workspace), host,
                                    self->cancellable, ctd_cb, self);
}

/* ------------------------------------------------------------------ actions */

/* Instadeck's starting point for a new sending account: a slow ramp to a modest
 * volume, a natural reply rate, and mail handled as a person would. */
static void
use_recommended (DeckAccountEditor *self)
{
  adw_spin_row_set_value (ADW_SPIN_ROW (self->rows[F_WARMUP_LIMIT]), 20);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->rows[F_WARMUP_INCREMENT]), 2); /* "1" per day */
  adw_spin_row_set_value (ADW_SPIN_ROW (self->rows[F_WARMUP_REPLY_RATE]), 30);
  adw_spin_row_set_value (ADW_SPIN_ROW (self->rows[F_OPEN_RATE]), 95);
  adw_spin_row_set_value (ADW_SPIN_ROW (self->rows[F_IMPORTANT_RATE]), 80);
  adw_spin_row_set_value (ADW_SPIN_ROW (self->rows[F_SPAM_SAVE_RATE]), 2);
  adw_switch_row_set_active (ADW_SWITCH_ROW (self->rows[F_READ_EMULATION]), TRUE);
  adw_switch_row_set_active (ADW_SWITCH_ROW (self->rows[F_WEEKDAY_ONLY]), FALSE);
  adw_switch_row_set_active (ADW_SWITCH_ROW (self->rows[F_WARM_CTD]),
                             *gtk_editable_get_text (GTK_EDITABLE (self->rows[F_TRACKING_DOMAIN])) != '\0');
}

static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAccountEditor *self = DECK_ACCOUNT_EDITOR (widget);

  if (g_str_equal (action_name, "editor.save"))
    save (self);
  else if (g_str_equal (action_name, "editor.revert"))
    {
      set_error (self, NULL);
      load_form (self);
    }
  else if (g_str_equal (action_name, "editor.recommended"))
    use_recommended (self);
  else if (g_str_equal (action_name, "editor.check-domain"))
    check_domain (self);
}

/* ------------------------------------------------------------------ building */

static GtkWidget *
add_row (DeckAccountEditor   *self,
         AdwPreferencesGroup *group,
         GtkWidget           *expander,
         FieldId              id,
         const char          *title,
         const char          *subtitle)
{
  const Field *field = &fields[id];
  GtkWidget *row = NULL;

  switch (field->kind)
    {
    case KIND_TEXT:
    case KIND_EMAIL:
    case KIND_DOMAIN:
      row = adw_entry_row_new ();
      if (field->kind == KIND_EMAIL)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      else if (field->kind == KIND_DOMAIN)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_URL);
      else
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NAME);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (on_form_changed), self);
      break;

    case KIND_NUMBER:
    case KIND_PERCENT:
      row = adw_spin_row_new_with_range (field->min, field->max, 1);
      adw_spin_row_set_digits (ADW_SPIN_ROW (row), 0);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (on_form_changed), self);
      g_signal_connect_swapped (row, "notify::value", G_CALLBACK (on_form_changed), self);
      break;

    case KIND_SWITCH:
      row = adw_switch_row_new ();
      g_signal_connect_swapped (row, "notify::active", G_CALLBACK (on_form_changed), self);
      break;

    case KIND_INCREMENT:
      row = adw_combo_row_new ();
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->increment_labels));
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_form_changed), self);
      break;

    case KIND_LONG_TEXT:
    default:
      g_assert_not_reached ();
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (expander != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  else
    adw_preferences_group_add (group, row);

  self->rows[id] = row;
  return row;
}

static GtkWidget *
pill_button (const char *label,
             const char *action,
             const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  return button;
}

static void
build (DeckAccountEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *sender = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *signature = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *sending = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *ctd = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *warmup = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *buttons = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *button_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *advanced = adw_expander_row_new ();
  GtkWidget *recommended;
  GtkWidget *frame;
  GtkWidget *text_view;

  self->increment_labels = gtk_string_list_new (NULL);
  self->increment_values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; increments[i] != NULL; i++)
    {
      g_autofree char *label = NULL;

      if (g_str_equal (increments[i], "disabled"))
        label = g_strdup (_("Off: full limit from day one"));
      else
        label = g_strdup_printf (_("%s more per day"), increments[i]);
      gtk_string_list_append (self->increment_labels, label);
      g_ptr_array_add (self->increment_values, g_strdup (increments[i]));
    }

  self->banner = ADW_BANNER (adw_banner_new (""));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner));

  adw_preferences_group_set_title (sender, _("Sender"));
  add_row (self, sender, NULL, F_FIRST_NAME, _("First name"), NULL);
  add_row (self, sender, NULL, F_LAST_NAME, _("Last name"), NULL);
  add_row (self, sender, NULL, F_REPLY_TO, _("Reply-to address"), NULL);

  adw_preferences_group_set_title (signature, _("Signature"));
  adw_preferences_group_set_description (signature, _("Added below every email this account sends."));
  text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_widget_set_size_request (text_view, -1, 90);
  gtk_widget_add_css_class (text_view, "inline");
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Signature"),
                                  -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), "changed",
                            G_CALLBACK (on_form_changed), self);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);
  adw_preferences_group_add (signature, frame);
  self->rows[F_SIGNATURE] = text_view;

  adw_preferences_group_set_title (sending, _("Sending"));
  add_row (self, sending, NULL, F_DAILY_LIMIT, _("Daily limit"),
           _("Campaign emails this account sends per day at most"));
  add_row (self, sending, NULL, F_SENDING_GAP, _("Sending gap"),
           _("Minutes to wait between two emails, 0 to 1440"));
  add_row (self, sending, NULL, F_SLOW_RAMP, _("Slow ramp"),
           _("Start a new campaign with few emails a day and increase slowly"));

  adw_preferences_group_set_title (ctd, _("Tracking Domain"));
  adw_preferences_group_set_description (ctd, _("Opens and clicks are tracked through this domain. "
                                                "Leave it empty to use Instantly’s shared domain."));
  add_row (self, ctd, NULL, F_TRACKING_DOMAIN, _("Custom tracking domain"), NULL);
  self->check_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Check")));
  gtk_widget_set_valign (GTK_WIDGET (self->check_button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_button), _("Check the CNAME record and the SSL certificate"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->check_button), "editor.check-domain");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->rows[F_TRACKING_DOMAIN]), GTK_WIDGET (self->check_button));
  self->ctd_result_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_action_row_set_subtitle_lines (self->ctd_result_row, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->ctd_result_row), FALSE);
  adw_preferences_group_add (ctd, GTK_WIDGET (self->ctd_result_row));

  adw_preferences_group_set_title (warmup, _("Warmup"));
  adw_preferences_group_set_description (warmup, _("Warmup exchanges emails with other inboxes so that "
                                                   "providers learn to trust this account."));
  recommended = gtk_button_new_with_mnemonic (_("Use _Recommended"));
  gtk_widget_set_tooltip_text (recommended, _("Fill in the recommended warmup settings (saved with Save)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (recommended), "editor.recommended");
  gtk_widget_add_css_class (recommended, "flat");
  gtk_widget_set_valign (recommended, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (warmup, recommended);
  add_row (self, warmup, NULL, F_WARMUP_LIMIT, _("Warmup emails per day"), NULL);
  add_row (self, warmup, NULL, F_WARMUP_INCREMENT, _("Daily increase"), NULL);
  add_row (self, warmup, NULL, F_WARMUP_REPLY_RATE, _("Reply rate (%)"),
           _("Share of warmup emails that get a reply"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (advanced), _("Advanced"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (advanced), _("How warmup emails are handled in the inboxes"));
  adw_preferences_group_add (warmup, advanced);
  add_row (self, warmup, advanced, F_OPEN_RATE, _("Open rate (%)"), NULL);
  add_row (self, warmup, advanced, F_IMPORTANT_RATE, _("Marked important (%)"), NULL);
  add_row (self, warmup, advanced, F_SPAM_SAVE_RATE, _("Rescued from spam (%)"), NULL);
  add_row (self, warmup, advanced, F_READ_EMULATION, _("Read emulation"),
           _("Scroll through and dwell on emails as a reader would"));
  add_row (self, warmup, advanced, F_WEEKDAY_ONLY, _("Weekdays only"), NULL);
  add_row (self, warmup, advanced, F_WARM_CTD, _("Warm the tracking domain"),
           _("Include the custom tracking domain in warmup emails"));

  self->save_button = GTK_BUTTON (pill_button (_("_Save"), "editor.save", "suggested-action"));
  gtk_box_append (GTK_BOX (button_box), pill_button (_("Re_vert"), "editor.revert", NULL));
  gtk_box_append (GTK_BOX (button_box), GTK_WIDGET (self->save_button));
  gtk_widget_set_halign (button_box, GTK_ALIGN_CENTER);
  adw_preferences_group_add (buttons, button_box);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), sender);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), sending);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), warmup);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ctd);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), signature);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), buttons);

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_bin_set_child (ADW_BIN (self), box);
}

/* ------------------------------------------------------------------ public */

GtkWidget *
deck_account_editor_new (DeckWorkspace *workspace,
                         DeckAccount   *account)
{
  DeckAccountEditor *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DECK_IS_ACCOUNT (account), NULL);

  self = g_object_new (DECK_TYPE_ACCOUNT_EDITOR, NULL);
  self->workspace = g_object_ref (workspace);
  self->account = g_object_ref (account);
  g_signal_connect_object (account, "notify", G_CALLBACK (on_account_notify), self, G_CONNECT_SWAPPED);
  load_form (self);

  return GTK_WIDGET (self);
}

const char *
deck_account_editor_get_error (DeckAccountEditor *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_EDITOR (self), NULL);

  return self->error;
}

gboolean
deck_account_editor_get_busy (DeckAccountEditor *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_EDITOR (self), FALSE);

  return self->busy;
}

GtkWidget *
deck_account_editor_get_row (DeckAccountEditor *self,
                             const char        *field)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_EDITOR (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (fields[i].api, field))
      return self->rows[i];

  return NULL;
}

/* ------------------------------------------------------------------ GObject */

static void
deck_account_editor_dispose (GObject *object)
{
  DeckAccountEditor *self = DECK_ACCOUNT_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_func (self->account, on_account_notify, self);
  g_clear_object (&self->account);
  g_clear_object (&self->workspace);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (deck_account_editor_parent_class)->dispose (object);
}

static void
deck_account_editor_finalize (GObject *object)
{
  DeckAccountEditor *self = DECK_ACCOUNT_EDITOR (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->snapshot[i].text);
  g_free (self->error);
  g_clear_object (&self->increment_labels);
  g_clear_pointer (&self->increment_values, g_ptr_array_unref);

  G_OBJECT_CLASS (deck_account_editor_parent_class)->finalize (object);
}

static void
deck_account_editor_class_init (DeckAccountEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_account_editor_dispose;
  object_class->finalize = deck_account_editor_finalize;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.revert", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.recommended", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.check-domain", NULL, editor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
deck_account_editor_init (DeckAccountEditor *self)
{
  self->cancellable = g_cancellable_new ();
  build (self);
}
