/* deck-mock-main.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-main"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <stdio.h>

#include "deck-mock-server.h"

static gboolean
on_quit_signal (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DeckMockServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) faults = NULL;
  g_autofree char *workspace_name = NULL;
  gboolean unpaid = FALSE;
  int port = 0;
  int n_accounts = 40;
  int n_leads = -1;
  int latency_ms = 0;
  guint sigint_id;
  guint sigterm_id;
  GOptionEntry entries[] = {
    { "port", 'p', 0, G_OPTION_ARG_INT, &port,
      N_("Port to listen on at 127.0.0.1 (0 picks a free one)"), N_("PORT") },
    { "accounts", 'a', 0, G_OPTION_ARG_INT, &n_accounts,
      N_("Number of email accounts in the seeded workspace"), N_("COUNT") },
    { "leads", 0, 0, G_OPTION_ARG_INT, &n_leads,
      N_("Number of leads in the seeded workspace (5000 by default)"), N_("COUNT") },
    { "latency", 'l', 0, G_OPTION_ARG_INT, &latency_ms,
      N_("Extra delay before every reply, in milliseconds"), N_("MS") },
    { "workspace", 'w', 0, G_OPTION_ARG_STRING, &workspace_name,
      N_("Name of the seeded workspace; each name seeds a different workspace"), N_("NAME") },
    { "unpaid", 0, 0, G_OPTION_ARG_NONE, &unpaid,
      N_("Serve a workspace without a paid plan: every request answers 402"), NULL },
    { "fault", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &faults,
      N_("Inject a fault, e.g. 429:3, 429-retry-after=2:1, 500:2, 502, 503, drop:1, "
         "drop-after:1, truncated:1, malformed:1, delay=1500:1 (repeatable)"), N_("SPEC") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Serves a fake Instantly API V2 workspace on 127.0.0.1."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (port < 0 || port > G_MAXUINT16 || n_accounts < 0 || latency_ms < 0 || n_leads < -1)
    {
      g_printerr ("%s\n", _("Port, account count, lead count and latency must be positive numbers."));
      return 2;
    }

  if (workspace_name != NULL && *workspace_name == '\0')
    {
      g_printerr ("%s\n", _("The workspace name must not be empty."));
      return 2;
    }

  server = deck_mock_server_new_for_workspace ((guint) n_accounts, workspace_name);
  deck_mock_server_set_latency (server, (guint) latency_ms);
  if (n_leads >= 0)
    deck_mock_server_set_n_leads (server, (guint) n_leads);
  deck_mock_server_set_paid_plan (server, !unpaid);

  for (guint i = 0; faults != NULL && faults[i] != NULL; i++)
    {
      if (!deck_mock_server_add_fault_from_string (server, faults[i], &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }

  if (!deck_mock_server_start (server, (guint) port, &error))
    {
      /* TRANSLATORS: %s is the reason, e.g. "Address already in use" */
      g_printerr (_("Could not start the server: %s\n"), error->message);
      return 1;
    }

  /* TRANSLATORS: followed by the server's URL */
  g_print ("%s %s\n", _("URL:"), deck_mock_server_get_url (server));
  /* TRANSLATORS: followed by the API key to paste into the client */
  g_print ("%s %s\n", _("API key:"), deck_mock_server_get_api_key (server));
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  sigint_id = g_unix_signal_add (SIGINT, on_quit_signal, loop);
  sigterm_id = g_unix_signal_add (SIGTERM, on_quit_signal, loop);
  g_main_loop_run (loop);
  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);

  deck_mock_server_stop (server);

  return 0;
}
