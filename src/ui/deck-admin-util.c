/* deck-admin-util.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-toast.h"

void
deck_admin_toast (GtkWidget  *widget,
                  const char *title)
{
  deck_toast_show (widget, title, NULL);
}

void
deck_admin_toast_error (GtkWidget    *widget,
                        const char   *what,
                        const GError *error)
{
  deck_toast_show_error (widget, what, error, NULL);
}

static char *
format_local (GDateTime  *date_time,
              const char *format)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (date_time == NULL)
    /* Translators: shown when there is no value */
    return g_strdup (C_("value", "—"));

  local = g_date_time_to_local (date_time);
  text = g_date_time_format (local, format);

  return g_strdup (g_strstrip (text));
}

char *
deck_admin_format_date_time (GDateTime *date_time)
{
  /* Translators: a date and time, see g_date_time_format(); e.g. "3 Mar 2026, 14:05" */
  return format_local (date_time, _("%-d %b %Y, %H:%M"));
}

char *
deck_admin_format_date (GDateTime *date_time)
{
  /* Translators: a date, see g_date_time_format(); e.g. "3 Mar 2026" */
  return format_local (date_time, _("%-d %b %Y"));
}

void
deck_admin_status_set_error (AdwStatusPage *page,
                             const GError  *error)
{
  g_autofree char *description = deck_api_error_describe (error);

  g_return_if_fail (ADW_IS_STATUS_PAGE (page));

  adw_status_page_set_title (page, deck_api_error_get_title (error));
  adw_status_page_set_description (page, description);
}

AdwDialog *
deck_admin_confirm_dialog_new (const char *heading,
                               const char *body,
                               const char *confirm_label,
                               GCallback   callback,
                               gpointer    object)
{
  AdwAlertDialog *dialog;

  dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, body));
  adw_alert_dialog_add_responses (dialog,
                                  "cancel", _("_Cancel"),
                                  "confirm", confirm_label,
                                  NULL);
  adw_alert_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (dialog, "cancel");
  adw_alert_dialog_set_close_response (dialog, "cancel");
  /* The page may go away while the dialog is open. */
  g_signal_connect_object (dialog, "response", callback, object, G_CONNECT_DEFAULT);

  return ADW_DIALOG (dialog);
}

gboolean
deck_admin_list_load_done (GtkWidget      *page,
                           AdwStatusPage  *error_page,
                           const GError   *error,
                           const char     *refresh_failed,
                           gboolean       *loaded_once,
                           char          **last_toast)
{
  g_return_val_if_fail (GTK_IS_WIDGET (page), FALSE);
  g_return_val_if_fail (loaded_once != NULL, FALSE);

  if (error == NULL)
    {
      *loaded_once = TRUE;
      return TRUE;
    }

  g_debug ("%s: %s", refresh_failed, error->message);
  if (*loaded_once)
    deck_toast_show_error (page, refresh_failed, error, last_toast);
  else
    deck_admin_status_set_error (error_page, error);
  return FALSE;
}
