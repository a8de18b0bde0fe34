/* bench-startup.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Start-up to first frame of `instadeck --demo` and its resident memory at that frame,
 * each as a ratio to a bare AdwApplicationWindow built in the same tree. Runs both
 * programs alternately and prints medians. */

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-first-frame.h"

#define N_RUNS 7

typedef struct
{
  double frame_ms[N_RUNS];
  double rss_mb[N_RUNS];
} Samples;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (const double *values)
{
  double sorted[N_RUNS];

  memcpy (sorted, values, sizeof sorted);
  qsort (sorted, N_RUNS, sizeof (double), compare_doubles);
  return sorted[N_RUNS / 2];
}

static gboolean
run_once (const char * const *argv,
          double             *frame_ms,
          double             *rss_mb)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *t0 = NULL;
  const char *line;
  gint64 us = 0;
  long kb = 0;

  t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  g_subprocess_launcher_setenv (launcher, BENCH_T0_ENV, t0, TRUE);
  proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (proc == NULL || !g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }

  line = out ? strstr (out, "first-frame-us=") : NULL;
  if (line == NULL || sscanf (line, "first-frame-us=%" G_GINT64_FORMAT " rss-kb=%ld", &us, &kb) != 2)
    {
      g_printerr ("%s printed no first-frame report\n", argv[0]);
      return FALSE;
    }

  *frame_ms = us / 1000.0;
  *rss_mb = kb / 1024.0;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *app = g_getenv ("INSTADECK_APP");
  const char *bare = g_getenv ("INSTADECK_BARE_WINDOW");
  const char *app_argv[] = { app, "--demo", NULL };
  const char *bare_argv[] = { bare, NULL };
  Samples a = { 0 }, b = { 0 };
  double app_ms, bare_ms, app_mb, bare_mb;

  if (app == NULL || bare == NULL)
    {
      g_printerr ("INSTADECK_APP and INSTADECK_BARE_WINDOW must be set (meson benchmark does)\n");
      return 1;
    }

  /* one warm-up run each: page cache, font cache, shader cache */
  if (!run_once (app_argv, &a.frame_ms[0], &a.rss_mb[0]) ||
      !run_once (bare_argv, &b.frame_ms[0], &b.rss_mb[0]))
    return 1;

  for (guint i = 0; i < N_RUNS; i++)
    {
      if (!run_once (app_argv, &a.frame_ms[i], &a.rss_mb[i]) ||
          !run_once (bare_argv, &b.frame_ms[i], &b.rss_mb[i]))
        return 1;
    }

  app_ms = median (a.frame_ms);
  bare_ms = median (b.frame_ms);
  app_mb = median (a.rss_mb);
  bare_mb = median (b.rss_mb);

  g_print ("startup to first frame, median of %d runs (renderer %s):\n", N_RUNS,
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("  instadeck --demo      %7.1f ms   RSS %6.1f MB\n", app_ms, app_mb);
  g_print ("  bare AdwAppWindow     %7.1f ms   RSS %6.1f MB\n", bare_ms, bare_mb);
  g_print ("  ratio                 %7.2fx        %6.2fx\n", app_ms / bare_ms, app_mb / bare_mb);
  return 0;
}
