/* deck-test-util.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gtk/gtk.h>

#include "deck-test-util.h"

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
deck_test_wait_for_flag (gboolean *flag,
                         guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("timed out after %u ms", timeout_ms);

  g_source_remove (id);
}

void
deck_test_store_result (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GAsyncResult **res = user_data;

  *res = g_object_ref (result);
}

GAsyncResult *
deck_test_wait_result (GAsyncResult **res,
                       guint          timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout, &timed_out);

  while (*res == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("timed out after %u ms", timeout_ms);

  g_source_remove (id);
  return *res;
}

gboolean
deck_test_init_gtk (void)
{
  const char *display = g_getenv ("DISPLAY");

  if (display == NULL)
    display = g_getenv ("WAYLAND_DISPLAY");

  for (guint attempt = 0; attempt < 20; attempt++)
    {
      if (gtk_init_check ())
        return TRUE;
      if (display == NULL)
        return FALSE;
      g_usleep (250 * G_TIME_SPAN_MILLISECOND);
    }

  g_error ("The display %s did not open", display);
  return FALSE;
}
