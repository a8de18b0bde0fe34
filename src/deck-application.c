/* deck-application.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "deck-application.h"
#include "deck-client.h"
#include "deck-libsecret-store.h"
#include "deck-mock-server.h"
#include "deck-preferences-dialog.h"
#include "deck-window.h"

/* The demo workspace: as many accounts as a small agency has. */
#define DEMO_N_ACCOUNTS 40

struct _DeckApplication
{
  AdwApplication  parent_instance;

  gboolean        demo;
  char           *server_url;

  DeckWorkspaceList *workspaces;
  gboolean        connected;
};

G_DEFINE_FINAL_TYPE (DeckApplication, deck_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the built-in demo workspace"), NULL },
  { "server", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Connect to the Instantly API at URL, with the key from INSTANTLY_API_KEY"), N_("URL") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

DeckApplication *
deck_application_new (void)
{
  return g_object_new (DECK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

DeckWorkspace *
deck_application_get_workspace (DeckApplication *self)
{
  DeckWorkspaceEntry *current;

  g_return_val_if_fail (DECK_IS_APPLICATION (self), NULL);

  if (self->workspaces == NULL)
    return NULL;

  current = deck_workspace_list_get_current (self->workspaces);
  return current ? deck_workspace_entry_get_workspace (current) : NULL;
}

DeckWorkspaceList *
deck_application_get_workspace_list (DeckApplication *self)
{
  g_return_val_if_fail (DECK_IS_APPLICATION (self), NULL);

  return self->workspaces;
}

static void
stop_mock_server (gpointer data)
{
  DeckMockServer *server = data;

  deck_mock_server_stop (server);
  g_object_unref (server);
}

DeckWorkspaceEntry *
deck_application_create_demo_entry (GError **error)
{
  g_autoptr(DeckMockServer) server = deck_mock_server_new (DEMO_N_ACCOUNTS);
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckWorkspace) workspace = NULL;
  DeckWorkspaceEntry *entry;

  /* The demo's analytics run up to today, not the seed's fixed present. */
  deck_mock_server_set_clock (server, g_get_real_time () / 1000);
  if (!deck_mock_server_start (server, 0, error))
    return NULL;

  client = deck_client_new (deck_mock_server_get_url (server),
                            deck_mock_server_get_api_key (server),
                            error);
  if (client == NULL)
    {
      deck_mock_server_stop (server);
      return NULL;
    }

  workspace = deck_workspace_new (client, _("Demo Workspace"));
  entry = deck_workspace_entry_new_transient (workspace, "demo", _("Demo Workspace"));
  /* The server lives as long as the entry that shows it. */
  g_object_set_data_full (G_OBJECT (entry), "deck-demo-server", g_steal_pointer (&server),
                          stop_mock_server);

  return entry;
}

static DeckWorkspaceEntry *
connect_environment (DeckApplication  *self,
                     GError          **error)
{
  const char *key = g_getenv ("INSTANTLY_API_KEY");
  g_autofree char *url = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckWorkspace) workspace = NULL;

  /* The key is only ever read from the environment, never stored. */
  if (key == NULL || *key == '\0')
    return NULL;

  if (self->server_url != NULL)
    {
      url = g_strdup (self->server_url);
    }
  else
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      url = g_settings_get_string (settings, "server-url");
      if (url[0] == '\0')
        g_set_str (&url, DECK_DEFAULT_SERVER_URL);
    }

  client = deck_client_new (url, key, error);
  if (client == NULL)
    return NULL;

  workspace = deck_workspace_new (client, _("Key from INSTANTLY_API_KEY"));
  return deck_workspace_entry_new_transient (workspace, "environment", _("Key from INSTANTLY_API_KEY"));
}

static void
deck_application_connect (DeckApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(DeckSecretStore) store = NULL;
  g_autoptr(DeckWorkspaceEntry) entry = NULL;

  if (self->connected)
    return;
  self->connected = TRUE;

  settings = g_settings_new (APP_ID);
  store = deck_libsecret_store_new ();
  self->workspaces = deck_workspace_list_new (settings, store);

  /* --demo and INSTANTLY_API_KEY come first, as transient workspaces; the stored
   * ones are listed too, their keys looked up in the background. */
  if (self->demo)
    entry = deck_application_create_demo_entry (&error);
  else
    entry = connect_environment (self, &error);

  if (error != NULL)
    g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);

  if (entry != NULL)
    {
      deck_workspace_list_add_transient (self->workspaces, entry);
      deck_workspace_list_set_current (self->workspaces, entry);
    }

  deck_workspace_list_load (self->workspaces);
}

static gint
deck_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  DeckApplication *self = DECK_APPLICATION (app);
  const char *server = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  self->demo = g_variant_dict_contains (options, "demo");

  if (g_variant_dict_lookup (options, "server", "&s", &server))
    {
      g_autoptr(GError) error = NULL;

      if (!deck_client_validate_url (server, &error))
        {
          g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
          return EXIT_FAILURE;
        }
      g_set_str (&self->server_url, server);
    }

  return G_APPLICATION_CLASS (deck_application_parent_class)->handle_local_options (app, options);
}

/* The start-up benchmark (tests/benchmarks/bench-startup.c) puts its start time
 * (CLOCK_MONOTONIC, µs) into INSTADECK_BENCH_T0; the first paint of the window is
 * then reported on stdout and the app quits. */
static long
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? (long) g_ascii_strtoll (line + 6, NULL, 10) : -1;
}

static void
on_first_frame (GdkFrameClock *clock,
                GtkWidget     *window)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("INSTADECK_BENCH_T0"), NULL, 10);

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  g_print ("first-frame-us=%" G_GINT64_FORMAT " rss-kb=%ld\n",
           g_get_monotonic_time () - t0, read_rss_kb ());
  g_application_quit (g_application_get_default ());
}

static void
on_window_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame), window);
}

static void
deck_application_activate (GApplication *app)
{
  DeckApplication *self = DECK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      deck_application_connect (self);
      window = GTK_WINDOW (deck_window_new_for_list (self, self->workspaces));
      if (g_getenv ("INSTADECK_BENCH_T0") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (on_window_realize), NULL);
    }

  gtk_window_present (window);
}

static void
deck_application_shutdown (GApplication *app)
{
  DeckApplication *self = DECK_APPLICATION (app);

  G_APPLICATION_CLASS (deck_application_parent_class)->shutdown (app);

  /* After the windows are gone, so no request is left in flight. */
  g_clear_object (&self->workspaces);
}

static void
deck_application_dispose (GObject *object)
{
  DeckApplication *self = DECK_APPLICATION (object);

  g_clear_object (&self->workspaces);

  G_OBJECT_CLASS (deck_application_parent_class)->dispose (object);
}

static void
deck_application_finalize (GObject *object)
{
  DeckApplication *self = DECK_APPLICATION (object);

  g_clear_pointer (&self->server_url, g_free);

  G_OBJECT_CLASS (deck_application_parent_class)->finalize (object);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  DeckApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close the windows rather than quit, so they save their state. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  DeckApplication *self = user_data;
  static const char *developers[] = { "The Instadeck developers", NULL };
  AdwDialog *dialog = adw_about_dialog_new ();

  adw_about_dialog_set_application_name (ADW_ABOUT_DIALOG (dialog), _("Instadeck"));
  adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (dialog), APP_ID);
  adw_about_dialog_set_version (ADW_ABOUT_DIALOG (dialog), PACKAGE_VERSION);
  adw_about_dialog_set_developer_name (ADW_ABOUT_DIALOG (dialog), "The Instadeck developers");
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (dialog), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (dialog), "© 2026 The Instadeck developers");
  adw_about_dialog_set_license_type (ADW_ABOUT_DIALOG (dialog), GTK_LICENSE_GPL_3_0);
  adw_about_dialog_set_website (ADW_ABOUT_DIALOG (dialog), "https://github.com/instadeck/instadeck");
  adw_about_dialog_set_issue_url (ADW_ABOUT_DIALOG (dialog), "https://github.com/instadeck/instadeck/issues");
  /* Translators: Replace "translator-credits" with your name and email address, one per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  DeckApplication *self = user_data;
  AdwDialog *dialog = ADW_DIALOG (deck_preferences_dialog_new ());

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  DeckApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/deck-shortcuts-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (window, gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  gtk_window_present (window);
}

/* From the API Keys page: a key created there, offered as a new workspace. The key
 * arrives as the parameter and is only put into the form (never logged or stored
 * outside the secret store). */
static void
add_workspace_with_key_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  DeckApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (DECK_IS_WINDOW (window))
    deck_window_add_workspace_with_key (DECK_WINDOW (window), g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "add-workspace-with-key", add_workspace_with_key_action, "s" },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
};

static void
deck_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *refresh_accels[] = { "<Control>r", "F5", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };

  G_APPLICATION_CLASS (deck_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.refresh", refresh_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
}

static void
deck_application_class_init (DeckApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = deck_application_dispose;
  object_class->finalize = deck_application_finalize;

  app_class->handle_local_options = deck_application_handle_local_options;
  app_class->startup = deck_application_startup;
  app_class->activate = deck_application_activate;
  app_class->shutdown = deck_application_shutdown;
}

static void
deck_application_init (DeckApplication *self)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Manage an Instantly workspace."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Workspaces are added in the app, their API keys kept in the keyring. INSTANTLY_API_KEY in the environment opens a workspace for this run only, never stored."));
}
