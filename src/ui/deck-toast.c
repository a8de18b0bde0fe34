/* deck-toast.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-toast.h"

/* How long a failure stays up (seconds): longer, there is a reason to read. */
#define ERROR_TIMEOUT 8

static void
add_toast (GtkWidget *page,
           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (page, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
deck_toast_show (GtkWidget   *page,
                 const char  *title,
                 char       **last_toast)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (title != NULL);

  if (last_toast != NULL)
    g_set_str (last_toast, title);

  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  add_toast (page, toast);
}

void
deck_toast_show_error (GtkWidget     *page,
                       const char    *what,
                       const GError  *error,
                       char         **last_toast)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (what != NULL);

  if (last_toast != NULL)
    {
      g_autofree char *description = deck_api_error_describe (error);

      g_free (*last_toast);
      *last_toast = g_strdup_printf ("%s: %s", what, description);
    }

  add_toast (page, deck_toast_new_error (what, error, ERROR_TIMEOUT));
}

void
deck_toast_present (GtkWidget  *page,
                    AdwToast   *toast,
                    guint       signal_id,
                    char      **last_toast)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (last_toast != NULL)
    {
      g_set_str (last_toast, adw_toast_get_title (toast));
      g_debug ("%s", *last_toast);
    }

  g_signal_emit (page, signal_id, 0, toast);
  add_toast (page, toast);
}

AdwToast *
deck_toast_new_error (const char   *what,
                      const GError *error,
                      guint         timeout)
{
  g_autofree char *reason = deck_api_error_describe (error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: the first %s says what failed ("Could not pause “Q4”"), the second why */
  title = g_strdup_printf (_("%s: %s"), what, reason);
  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_timeout (toast, timeout);

  return toast;
}
