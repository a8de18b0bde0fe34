/* bench-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* 100,000 leads from the mock server (run in a child process, so this process's CPU
 * time and memory are the client's alone), loaded through DeckLeadSet with the rate
 * limit lifted: the longest main-loop stall while it loads, the total wall time next
 * to a minimal sequential libsoup + json-glib loop over the same pages, the client's
 * CPU next to a bare json-glib parse of those pages, the resident memory per lead,
 * and the latency of search-as-you-type over all of them (a GtkFilterListModel with a
 * GtkCustomFilter calling deck_lead_matches). Figures only: never fails on timing. */

#include <gtk/gtk.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "deck-lead-set.h"
#include "deck-mock-server.h"

#define N_LEADS 100000

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

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
rss_mb (void)
{
  g_autofree char *statm = NULL;
  long pages_total = 0, pages_resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%ld %ld", &pages_total, &pages_resident) != 2)
    return 0;
  return pages_resident * (double) sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The mock in a child process forked before this process starts any thread. */
static pid_t
spawn_mock (char **url,
            char **key,
            int   *keep_alive_fd)
{
  int to_parent[2], from_parent[2];
  pid_t pid;

  if (pipe (to_parent) != 0 || pipe (from_parent) != 0)
    g_error ("pipe failed");

  pid = fork ();
  if (pid == 0)
    {
      g_autoptr(DeckMockServer) mock = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;
      char byte;

      close (to_parent[0]);
      close (from_parent[1]);
      mock = deck_mock_server_new (10);
      deck_mock_server_set_n_leads (mock, N_LEADS);
      if (!deck_mock_server_start (mock, 0, &error))
        g_error ("mock: %s", error->message);
      line = g_strdup_printf ("%s\n%s\n", deck_mock_server_get_url (mock), deck_mock_server_get_api_key (mock));
      if (write (to_parent[1], line, strlen (line)) < 0)
        _exit (1);
      /* Serve until the parent goes away. */
      while (read (from_parent[0], &byte, 1) > 0)
        ;
      _exit (0);
    }

  close (to_parent[1]);
  close (from_parent[0]);
  {
    char buf[512] = { 0 };
    gsize len = 0;
    g_auto(GStrv) lines = NULL;

    /* Two lines: the URL and the key. */
    while (len < sizeof buf - 1 && (strchr (buf, '\n') == NULL || strchr (strchr (buf, '\n') + 1, '\n') == NULL))
      {
        ssize_t got = read (to_parent[0], buf + len, sizeof buf - 1 - len);

        if (got <= 0)
          g_error ("the mock server printed no URL and key");
        len += got;
      }
    lines = g_strsplit (buf, "\n", 3);
    *url = g_strdup (lines[0]);
    *key = g_strdup (lines[1]);
  }
  close (to_parent[0]);
  *keep_alive_fd = from_parent[1];
  return pid;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  if (!deck_lead_set_load_finish (DECK_LEAD_SET (source), result, &error))
    g_error ("load failed: %s", error->message);
  *done = TRUE;
}

/* The minimal sequential loop: POST /leads/list page after page with one blocking
 * SoupSession, keeping the bodies for the bare-parse baseline. */
static GPtrArray *
fetch_pages_raw (const char *url,
                 const char *key,
                 double     *wall_s)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *auth = g_strdup_printf ("Bearer %s", key);
  g_autofree char *uri = g_strdup_printf ("%s/api/v2/leads/list", url);
  g_autofree char *cursor = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  gint64 t0 = g_get_monotonic_time ();

  for (;;)
    {
      g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *request = NULL;
      g_autoptr(GBytes) request_bytes = NULL;
      GBytes *body;
      JsonObject *page;

      if (cursor != NULL)
        request = g_strdup_printf ("{\"limit\":100,\"starting_after\":\"%s\"}", cursor);
      else
        request = g_strdup ("{\"limit\":100}");
      request_bytes = g_bytes_new (request, strlen (request));
      soup_message_set_request_body_from_bytes (msg, "application/json", request_bytes);
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

/* Search as you type */

typedef struct
{
  char *needle;
} Search;

static gboolean
match_lead (gpointer item,
            gpointer user_data)
{
  Search *search = user_data;

  return deck_lead_matches (item, search->needle);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *url = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckLeadSet) set = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) typed = g_string_new (NULL);
  g_autoptr(GPtrArray) leads = g_ptr_array_new_with_free_func (g_object_unref);
  double bare_ms = 0;
  double walk_ms = 0;
  guint n_bare = 0;
  StallProbe probe = { 0 };
  Search search = { NULL };
  GtkCustomFilter *filter;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  const char *words[] = { "ann", "müller" };
  gboolean done = FALSE;
  double wall, cpu, raw_wall, parse_cpu, rss_before, rss_after, per_lead;
  double median_ms, max_ms;
  double max_iteration_ms = 0;
  int keep_alive;
  pid_t mock;
  guint tick, n_loaded;
  gint64 t0;
  double cpu0;

  setlocale (LC_ALL, "");
  mock = spawn_mock (&url, &key, &keep_alive);

  client = deck_client_new (url, key, &error);
  g_assert_no_error (error);
  /* Measure the client, not the rate budget (10 requests/s would floor 1,000 pages at ~100 s). */
  deck_client_set_rate_limit (client, 100000, 100000);
  set = deck_lead_set_new (client);

  malloc_trim (0);
  rss_before = rss_mb ();

  tick = g_timeout_add (1, on_tick, &probe);
  cpu0 = cpu_seconds ();
  t0 = g_get_monotonic_time ();
  deck_lead_set_load_async (set, NULL, on_loaded, &done);
  while (!done)
    {
      /* The main thread's own CPU per iteration: what the client costs it, apart from
       * the OS scheduling on a busy machine (which the tick gaps include). */
      double c0 = thread_cpu_ms ();

      g_main_context_iteration (NULL, TRUE);
      max_iteration_ms = MAX (max_iteration_ms, thread_cpu_ms () - c0);
    }
  wall = (g_get_monotonic_time () - t0) / 1e6;
  cpu = cpu_seconds () - cpu0;
  g_source_remove (tick);
  n_loaded = g_list_model_get_n_items (deck_lead_set_get_model (set));

  malloc_trim (0);
  rss_after = rss_mb ();
  per_lead = (rss_after - rss_before) * 1024.0 * 1024.0 / MAX (n_loaded, 1);

  pages = fetch_pages_raw (url, key, &raw_wall);
  parse_cpu = bare_parse_cpu (pages);

  /* Search: a filter model over the set's model, as the Leads page builds it. */
  for (guint i = 0; i < n_loaded; i++)
    g_ptr_array_add (leads, g_list_model_get_item (deck_lead_set_get_model (set), i));
  filter = gtk_custom_filter_new (match_lead, &search, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (deck_lead_set_get_model (set)), GTK_FILTER (filter));
  g_print ("search-as-you-type over %u leads:\n", n_loaded);
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_string_truncate (typed, 0);
      for (const char *p = words[w]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gint64 k0;
          double ms;
          guint n_matches;

          g_string_append_unichar (typed, g_utf8_get_char (p));
          g_free (search.needle);
          search.needle = deck_lead_fold_search_text (typed->str);
          k0 = g_get_monotonic_time ();
          gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_MORE_STRICT);
          n_matches = g_list_model_get_n_items (G_LIST_MODEL (filtered));
          ms = (g_get_monotonic_time () - k0) / 1000.0;
          g_array_append_val (keystrokes, ms);
          /* The same test without the filter model, for the split of the cost. */
          k0 = g_get_monotonic_time ();
          for (guint i = 0; i < leads->len; i++)
            n_bare += deck_lead_matches (g_ptr_array_index (leads, i), search.needle);
          bare_ms = MAX (bare_ms, (g_get_monotonic_time () - k0) / 1000.0);
          g_print ("  \"%s\"%*s %6.2f ms  (%u matches)\n", typed->str,
                   (int) (8 - g_utf8_strlen (typed->str, -1)), "", ms, n_matches);
        }
      /* Clearing the box between words. */
      g_clear_pointer (&search.needle, g_free);
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_LESS_STRICT);
    }
  /* The model's share: walking the set's model item by item, as a filter model does. */
  for (guint run = 0; run < 3; run++)
    {
      GListModel *model = deck_lead_set_get_model (set);
      gint64 k0 = g_get_monotonic_time ();

      for (guint i = 0; i < n_loaded; i++)
        g_object_unref (g_list_model_get_item (model, i));
      walk_ms = run == 0 ? (g_get_monotonic_time () - k0) / 1000.0
                         : MIN (walk_ms, (g_get_monotonic_time () - k0) / 1000.0);
    }

  g_array_sort (keystrokes, compare_doubles);
  median_ms = g_array_index (keystrokes, double, keystrokes->len / 2);
  max_ms = g_array_index (keystrokes, double, keystrokes->len - 1);

  g_print ("\nloading %u leads (%u pages of 100) through DeckLeadSet:\n", n_loaded, pages->len);
  g_print ("  DeckLeadSet wall time            %8.2f s\n", wall);
  g_print ("  minimal sequential fetch loop    %8.2f s\n", raw_wall);
  g_print ("  client CPU (all threads)         %8.2f s\n", cpu);
  g_print ("  bare json-glib parse CPU         %8.2f s\n", parse_cpu);
  g_print ("  client CPU / bare parse          %8.2fx\n", cpu / parse_cpu);
  g_print ("  longest main-loop stall          %8.1f ms (target < 16 ms; wall clock, OS scheduling included)\n",
           probe.max_gap / 1000.0);
  g_print ("  longest main-loop iteration      %8.1f ms (main-thread CPU)\n", max_iteration_ms);
  g_print ("  resident memory                  %8.1f MB (+%.1f MB, %.0f bytes per lead)\n",
           rss_after, rss_after - rss_before, per_lead);
  g_print ("  search per keystroke             %8.2f ms median, %.2f ms max\n", median_ms, max_ms);
  g_print ("  of which deck_lead_matches       %8.2f ms max (a bare loop, %u hits in all)\n", bare_ms, n_bare);
  g_print ("  of which walking the model       %8.2f ms (get_item + unref over every lead, best of 3)\n", walk_ms);

  g_print ("\nREADME summary:\n");
  g_print ("| 100,000 leads through DeckLeadSet | %.1f s (minimal loop %.1f s) | stall %.1f ms "
           "(longest iteration %.1f ms CPU) | CPU %.2fx bare parse | %.0f bytes/lead (%.0f MB) | "
           "search %.1f ms median, %.1f ms max |\n",
           wall, raw_wall, probe.max_gap / 1000.0, max_iteration_ms, cpu / parse_cpu, per_lead,
           rss_after - rss_before, median_ms, max_ms);

  g_free (search.needle);
  g_clear_object (&filtered);
  close (keep_alive);
  waitpid (mock, NULL, 0);
  return 0;
}
