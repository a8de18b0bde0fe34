/* test-ui-window.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "deck-account.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-preferences-dialog.h"
#include "deck-test-util.h"
#include "deck-window.h"
#include "deck-window-private.h"
#include "deck-workspace.h"

#define N_ACCOUNTS 40
#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until (Condition condition,
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (TIMEOUT_MS, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("condition not met after %u ms", TIMEOUT_MS);

  g_source_remove (id);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
is_drawn (gpointer data)
{
  /* One more frame, so the list has laid out its rows. */
  static guint frames;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (data));

  if (clock == NULL)
    return FALSE;
  if (frames == 0)
    frames = gdk_frame_clock_get_frame_counter (clock) + 2;
  if (gdk_frame_clock_get_frame_counter (clock) >= frames)
    {
      frames = 0;
      return TRUE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (data));
  return FALSE;
}

static gboolean
page_settled (gpointer data)
{
  DeckAccountsPage *page = data;
  const char *state = deck_accounts_page_get_state (page);

  return !deck_accounts_page_get_busy (page) &&
         (g_strcmp0 (state, "results") == 0 ||
          g_strcmp0 (state, "error") == 0 ||
          g_strcmp0 (state, "empty") == 0);
}

typedef struct
{
  DeckMockServer *server;
  DeckWorkspace  *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;

  fixture->server = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server),
                            &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (client, 2, 1, 100);

  fixture->workspace = deck_workspace_new (client, "Test");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static DeckWindow *
open_window (DeckWorkspace *workspace)
{
  DeckWindow *window = deck_window_new (NULL, workspace);

  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window);

  return window;
}

static void
close_window (DeckWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GListModel *
page_model (DeckAccountsPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (deck_accounts_page_get_column_view (page)));
}

static void
test_window_lists_accounts (Fixture       *fixture,
                            gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture->workspace);
  DeckAccountsPage *page = deck_window_get_accounts_page (window);
  GListModel *model = page_model (page);

  g_assert_true (deck_window_get_workspace (window) == fixture->workspace);
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");

  wait_until (page_settled, page);
  g_assert_cmpstr (deck_accounts_page_get_state (page), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ACCOUNTS);

  /* The list starts at the top, not at the first row that arrived. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (deck_accounts_page_get_column_view (page)),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    wait_until (is_drawn, window);
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0.0);
  }

  /* Every row is an account the server really has. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);
      g_autoptr(JsonNode) node = deck_mock_server_dup_account (fixture->server,
                                                               deck_account_get_email (account));

      g_assert_nonnull (node);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "email"), ==,
                       deck_account_get_email (account));
    }

  close_window (window);
}

static void
test_window_refresh_action (Fixture       *fixture,
                            gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture->workspace);
  DeckAccountsPage *page = deck_window_get_accounts_page (window);
  g_autoptr(DeckAccount) first = NULL;

  wait_until (page_settled, page);
  first = g_list_model_get_item (page_model (page), 0);

  deck_mock_server_clear_request_log (fixture->server);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  g_assert_true (deck_accounts_page_get_busy (page));
  wait_until (page_settled, page);

  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/accounts"), >=, 1);
  g_assert_cmpstr (deck_accounts_page_get_state (page), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (page_model (page)), ==, N_ACCOUNTS);

  /* Ctrl+F's action opens the search bar. */
  g_assert_false (deck_accounts_page_get_search_mode (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (deck_accounts_page_get_search_mode (page));

  close_window (window);
}

static void
test_window_unreachable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = deck_client_new ("http://127.0.0.1:1", "test-key", &error);
  g_autoptr(DeckWorkspace) workspace = NULL;
  g_autofree char *description = NULL;
  DeckWindow *window;
  DeckAccountsPage *page;
  AdwStatusPage *status;
  const GError *load_error;

  g_assert_no_error (error);
  deck_client_set_retry_budget (client, 1, 1, 50);
  workspace = deck_workspace_new (client, "Unreachable");

  window = open_window (workspace);
  page = deck_window_get_accounts_page (window);
  wait_until (page_settled, page);

  g_assert_cmpstr (deck_accounts_page_get_state (page), ==, "error");
  load_error = deck_workspace_get_accounts_error (workspace);
  g_assert_error (load_error, DECK_API_ERROR, DECK_API_ERROR_NETWORK);

  status = deck_accounts_page_get_status_page (page);
  g_assert_nonnull (status);
  description = deck_api_error_describe (load_error);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, deck_api_error_get_title (load_error));
  g_assert_cmpstr (adw_status_page_get_description (status), ==, description);

  /* Retry goes through the same path and fails the same way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "accounts.reload", NULL));
  g_assert_true (deck_accounts_page_get_busy (page));
  wait_until (page_settled, page);
  g_assert_cmpstr (deck_accounts_page_get_state (page), ==, "error");

  close_window (window);
}

static void
test_window_not_connected (void)
{
  DeckWindow *window = open_window (NULL);

  /* No workspace yet: the welcome page asks for a key. */
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "welcome");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "refresh"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "search"));

  close_window (window);
}

static void
test_window_state_saved (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DeckWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_string (settings, "last-section", "no-such-section");

  window = open_window (fixture->workspace);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  /* An unknown section falls back to the first one. */
  g_assert_cmpstr (deck_window_get_visible_section (window), ==, "accounts");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  {
    g_autofree char *section = g_settings_get_string (settings, "last-section");
    g_assert_cmpstr (section, ==, "accounts");
  }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_preferences_server_url (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  DeckPreferencesDialog *dialog = g_object_ref_sink (deck_preferences_dialog_new ());
  g_autofree char *saved = NULL;

  g_settings_reset (settings, "server-url");

  /* Plain http:// off this computer is refused, in words, and not saved. */
  g_assert_false (deck_preferences_dialog_apply_server_url (dialog, "http://example.com"));
  g_assert_nonnull (deck_preferences_dialog_get_server_error (dialog));
  g_assert_cmpstr (deck_preferences_dialog_get_server_error (dialog), !=, "");
  saved = g_settings_get_string (settings, "server-url");
  g_assert_cmpstr (saved, ==, DECK_DEFAULT_SERVER_URL);
  g_clear_pointer (&saved, g_free);

  g_assert_true (deck_preferences_dialog_apply_server_url (dialog, " http://127.0.0.1:8080 "));
  g_assert_null (deck_preferences_dialog_get_server_error (dialog));
  saved = g_settings_get_string (settings, "server-url");
  g_assert_cmpstr (saved, ==, "http://127.0.0.1:8080");

  g_settings_reset (settings, "server-url");
  g_assert_finalize_object (dialog);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/deck-shortcuts-window.ui");
  GObject *window = gtk_builder_get_object (builder, "shortcuts_window");

  g_assert_true (GTK_IS_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_skip (void)
{
  g_test_skip ("no display");
}

/* Every section of the sidebar shows its own page when its row is selected, whether or
 * not its page was built before (pages are built on first use). */
static void
test_window_every_section_shows (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  DeckWindow *window = open_window (fixture->workspace);

  for (guint i = 0; i < deck_window_n_sections; i++)
    {
      const DeckWindowSection *section = &deck_window_sections[i];
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (window->sections, i);

      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, section->name);
      gtk_list_box_select_row (window->sections, row);
      g_assert_cmpstr (deck_window_get_visible_section (window), ==, section->name);
      g_assert_true (gtk_stack_get_visible_child (window->content_stack) ==
                     deck_window_get_section_page (window, section->name));
    }

  /* The window remembers the last section: leave it on Accounts for the next test. */
  gtk_list_box_select_row (window->sections, gtk_list_box_get_row_at_index (window->sections, 0));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/window/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/window/lists-accounts", Fixture, NULL,
              fixture_set_up, test_window_lists_accounts, fixture_tear_down);
  g_test_add ("/ui/window/every-section-shows", Fixture, NULL,
              fixture_set_up, test_window_every_section_shows, fixture_tear_down);
  g_test_add ("/ui/window/refresh-action", Fixture, NULL,
              fixture_set_up, test_window_refresh_action, fixture_tear_down);
  g_test_add ("/ui/window/state-saved", Fixture, NULL,
              fixture_set_up, test_window_state_saved, fixture_tear_down);
  g_test_add_func ("/ui/window/unreachable", test_window_unreachable);
  g_test_add_func ("/ui/window/not-connected", test_window_not_connected);
  g_test_add_func ("/ui/preferences/server-url", test_preferences_server_url);
  g_test_add_func ("/ui/shortcuts/window", test_shortcuts_window);

  return g_test_run ();
}
