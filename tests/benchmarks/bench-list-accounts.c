/* bench-list-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Listing 10,000 accounts from the mock server (a separate process, so this process's
 * CPU time is the client's alone): the pager's total wall time, the client's CPU time as
 * a ratio to a bare json-glib parse of the same pages, and the longest main-loop stall
 * while it runs. */

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "deck-client-accounts.h"

#define N_ACCOUNTS 10000
#define N_RUNS 5

typedef struct
{
  gint64 last_tick;
  gint64 max_gap;
} StallProbe;

static gboolean
on_tick (gpointer user_data)
{
  StallProbe *probe = user_data;
  gint64 now = g_get_monotonic_time ();

  if (probe->last_tick != 0)
    probe->max_gap = MAX (probe->max_gap, now - probe->last_tick);
  probe->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static GSubprocess *
spawn_mock (char **url,
            char **key)
{
  const char *mock = g_getenv ("INSTADECK_MOCK_SERVER");
  g_autofree char *count = g_strdup_printf ("%d", N_ACCOUNTS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  GSubprocess *proc;

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                           mock, "--port", "0", "--accounts", count, NULL);
  if (proc == NULL)
    g_error ("cannot start %s: %s", mock, error->message);

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proc));
  while (*url == NULL || *key == NULL)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
      const char *http;

      if (line == NULL)
        g_error ("the mock server printed no URL and key");
      if ((http = strstr (line, "http://")) != NULL)
        *url = g_strstrip (g_strdup (http));
      else if (strstr (line, "key") != NULL || strstr (line, "Key") != NULL)
        *key = g_strstrip (g_strdup (strrchr (line, ' ') + 1));
    }
  return proc;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error))
    g_error ("load failed: %s", error->message);
  *done = TRUE;
}

/* The minimal sequential loop: fetch every page with one blocking SoupSession and keep
 * the bodies for the bare-parse baseline. */
static GPtrArray *
fetch_pages_raw (const char *url,
                 const char *key,
                 double     *wall_s)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *auth = g_strdup_printf ("Bearer %s", key);
  g_autofree char *cursor = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  gint64 t0 = g_get_monotonic_time ();

  for (;;)
    {
      g_autofree char *escaped = cursor ? g_uri_escape_string (cursor, NULL, FALSE) : NULL;
      g_autofree char *uri = g_strdup_printf ("%s/api/v2/accounts?limit=100&include_tags=true%s%s", url,
                                              escaped ? "&starting_after=" : "", escaped ? escaped : "");
      g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      GBytes *body;
      JsonObject *page;

      soup_message_headers_append (soup_message_get_request_headers (msg), "Authorization", auth);
      body = soup_session_send_and_read (session, msg, NULL, &error);
      if (body == NULL || soup_message_get_status (msg) != 200)
        g_error ("raw fetch failed: %s", error ? error->message : soup_message_get_reason_phrase (msg));
      g_ptr_array_add (pages, body);

      if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), &error))
        g_error ("raw page is not JSON: %s", error->message);
      page = json_node_get_object (json_parser_get_root (parser));
      g_clear_pointer (&cursor, g_free);
      if (json_object_has_member (page, "next_starting_after") &&
          !JSON_NODE_HOLDS_NULL (json_object_get_member (page, "next_starting_after")))
        cursor = g_strdup (json_object_get_string_member (page, "next_starting_after"));
      if (cursor == NULL)
        break;
    }

  *wall_s = (g_get_monotonic_time () - t0) / 1e6;
  return pages;
}

static double
bare_parse_cpu (GPtrArray *pages)
{
  double t0 = cpu_seconds ();

  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      GBytes *body = g_ptr_array_index (pages, i);

      if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL))
        g_error ("bad page");
    }
  return cpu_seconds () - t0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *url = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GSubprocess) mock = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  double wall[N_RUNS], cpu[N_RUNS], stall[N_RUNS], raw_wall[N_RUNS], parse_cpu[N_RUNS];
  guint n_loaded = 0;

  mock = spawn_mock (&url, &key);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeckClient) client = deck_client_new (url, key, &error);
      g_autoptr(DeckPager) pager = NULL;
      StallProbe probe = { 0 };
      gboolean done = FALSE;
      double cpu0;
      gint64 t0;
      guint tick;

      g_assert_no_error (error);
      /* measure the client, not the rate budget (10 requests/s would floor this at ~8 s) */
      deck_client_set_rate_limit (client, 10000, 10000);
      pager = deck_client_list_accounts (client, NULL);

      tick = g_timeout_add (1, on_tick, &probe);
      cpu0 = cpu_seconds ();
      t0 = g_get_monotonic_time ();
      deck_pager_load_async (pager, NULL, on_loaded, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
      wall[run] = (g_get_monotonic_time () - t0) / 1e6;
      cpu[run] = cpu_seconds () - cpu0;
      stall[run] = probe.max_gap / 1000.0;
      g_source_remove (tick);
      n_loaded = g_list_model_get_n_items (deck_pager_get_model (pager));

      g_clear_pointer (&pages, g_ptr_array_unref);
      pages = fetch_pages_raw (url, key, &raw_wall[run]);
      parse_cpu[run] = bare_parse_cpu (pages);
    }

  g_print ("listing %u accounts (%u pages of 100), median of %d runs:\n", n_loaded, pages->len, N_RUNS);
  g_print ("  pager wall time                 %8.3f s\n", median (wall, N_RUNS));
  g_print ("  minimal sequential fetch loop   %8.3f s\n", median (raw_wall, N_RUNS));
  g_print ("  client CPU (all threads)        %8.3f s\n", median (cpu, N_RUNS));
  g_print ("  bare json-glib parse CPU        %8.3f s\n", median (parse_cpu, N_RUNS));
  g_print ("  client CPU / bare parse         %8.2fx\n", median (cpu, N_RUNS) / median (parse_cpu, N_RUNS));
  g_print ("  longest main-loop stall         %8.1f ms\n", median (stall, N_RUNS));

  g_subprocess_force_exit (mock);
  g_subprocess_wait (mock, NULL, NULL);
  return 0;
}
