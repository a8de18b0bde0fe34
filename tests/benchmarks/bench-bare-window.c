/* bench-bare-window.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The baseline of the start-up benchmark: a bare AdwApplicationWindow built in the same
 * tree, with the same first-frame report as the app. */

#include <adwaita.h>
#include <string.h>

#include "bench-first-frame.h"

static long
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? g_ascii_strtoll (line + 6, NULL, 10) : -1;
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 t0 = g_ascii_strtoll (g_getenv (BENCH_T0_ENV), NULL, 10);

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  g_print ("first-frame-us=%" G_GINT64_FORMAT " rss-kb=%ld\n",
           g_get_monotonic_time () - t0, read_rss_kb ());
  gtk_window_destroy (window);
}

static void
on_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.instadeck.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
