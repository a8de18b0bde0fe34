/* test-ui-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "deck-account.h"
#include "deck-accounts-page.h"
#include "deck-client.h"
#include "deck-mock-server.h"
#include "deck-workspace.h"
#include "deck-test-util.h"

#define N_ACCOUNTS 40
#define TIMEOUT_MS 60000

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer   *server;
  DeckWorkspace    *workspace;
  GtkWindow        *window;
  DeckAccountsPage *page;
} Fixture;

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

static GListModel *
page_model (DeckAccountsPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (deck_accounts_page_get_column_view (page)));
}

static gboolean
page_has_results (gpointer data)
{
  DeckAccountsPage *page = data;

  return !deck_accounts_page_get_busy (page) &&
         g_strcmp0 (deck_accounts_page_get_state (page), "results") == 0;
}

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
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = DECK_ACCOUNTS_PAGE (deck_accounts_page_new ());
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  DeckAccountsPage *page = g_object_ref (fixture->page);

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
}

static void
load_page (Fixture *fixture)
{
  deck_accounts_page_set_workspace (fixture->page, fixture->workspace);
  wait_until (page_has_results, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (fixture->page)), ==, N_ACCOUNTS);
}

typedef struct
{
  DeckAccountsPage *page;
  guint             n_items;
} Expect;

static gboolean
page_has_n_items (gpointer data)
{
  Expect *expect = data;

  return !deck_accounts_page_get_busy (expect->page) &&
         g_list_model_get_n_items (page_model (expect->page)) == expect->n_items;
}

static gboolean
page_has_fewer_items (gpointer data)
{
  Expect *expect = data;

  return !deck_accounts_page_get_busy (expect->page) &&
         g_list_model_get_n_items (page_model (expect->page)) < expect->n_items;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack ? haystack : "", -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static void
test_accounts_search (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkEditable *entry = deck_accounts_page_get_search_entry (fixture->page);
  GListModel *model = page_model (fixture->page);
  g_autoptr(DeckAccount) target = NULL;
  g_autofree char *needle = NULL;
  Expect expect = { fixture->page, N_ACCOUNTS };
  const char *at;

  load_page (fixture);
  target = g_list_model_get_item (model, N_ACCOUNTS / 2);

  /* The mailbox part of one address: at least that account matches, others may. */
  at = strchr (deck_account_get_email (target), '@');
  g_assert_nonnull (at);
  needle = g_strndup (deck_account_get_email (target), at - deck_account_get_email (target));

  deck_accounts_page_set_search_mode (fixture->page, TRUE);
  g_assert_true (deck_accounts_page_get_search_mode (fixture->page));
  gtk_editable_set_text (entry, needle);
  wait_until (page_has_fewer_items, &expect);

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_assert_true (contains_casefold (deck_account_get_email (account), needle) ||
                     contains_casefold (deck_account_get_first_name (account), needle) ||
                     contains_casefold (deck_account_get_last_name (account), needle));
    }

  /* Names are searched too, whatever the case. */
  if (deck_account_get_first_name (target) != NULL && *deck_account_get_first_name (target))
    {
      g_autofree char *upper = g_utf8_strup (deck_account_get_first_name (target), -1);
      gboolean found = FALSE;

      gtk_editable_set_text (entry, upper);
      expect.n_items = N_ACCOUNTS;
      wait_until (page_has_fewer_items, &expect);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

          found |= account == target;
        }
      g_assert_true (found);
    }

  /* Nothing matches: the page says so. */
  gtk_editable_set_text (entry, "no-such-account-zzz");
  expect.n_items = 0;
  wait_until (page_has_n_items, &expect);
  g_assert_cmpstr (deck_accounts_page_get_state (fixture->page), ==, "no-matches");

  /* Closing the search shows everything again. */
  deck_accounts_page_set_search_mode (fixture->page, FALSE);
  expect.n_items = N_ACCOUNTS;
  wait_until (page_has_n_items, &expect);
  g_assert_cmpstr (deck_accounts_page_get_state (fixture->page), ==, "results");
}

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_error ("no column %s", title);
  return NULL;
}

static gboolean
page_idle (gpointer data)
{
  return !deck_accounts_page_get_busy (DECK_ACCOUNTS_PAGE (data));
}

static double
score_of (DeckAccount *account)
{
  return deck_account_get_has_warmup_score (account) ? deck_account_get_stat_warmup_score (account) : -1.0;
}

static void
test_accounts_sort (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkColumnView *view = deck_accounts_page_get_column_view (fixture->page);
  GListModel *model = page_model (fixture->page);
  const char *titles[] = { "Email", "Name", "Provider", "Status", "Warmup",
                           "Health Score", "Daily Limit", "Sending Gap", "Tags" };

  load_page (fixture);

  /* Every column can be sorted. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_nonnull (gtk_column_view_column_get_sorter (find_column (view, titles[i])));

  gtk_column_view_sort_by_column (view, find_column (view, "Health Score"), GTK_SORT_DESCENDING);
  wait_until (page_idle, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_ACCOUNTS);
  for (guint i = 1; i < N_ACCOUNTS; i++)
    {
      g_autoptr(DeckAccount) a = g_list_model_get_item (model, i - 1);
      g_autoptr(DeckAccount) b = g_list_model_get_item (model, i);

      g_assert_cmpfloat (score_of (a), >=, score_of (b));
    }

  gtk_column_view_sort_by_column (view, find_column (view, "Email"), GTK_SORT_ASCENDING);
  wait_until (page_idle, fixture->page);
  for (guint i = 1; i < N_ACCOUNTS; i++)
    {
      g_autoptr(DeckAccount) a = g_list_model_get_item (model, i - 1);
      g_autoptr(DeckAccount) b = g_list_model_get_item (model, i);
      g_autofree char *ka = g_utf8_casefold (deck_account_get_email (a), -1);
      g_autofree char *kb = g_utf8_casefold (deck_account_get_email (b), -1);

      g_assert_cmpint (g_utf8_collate (ka, kb), <=, 0);
    }

  gtk_column_view_sort_by_column (view, find_column (view, "Email"), GTK_SORT_DESCENDING);
  wait_until (page_idle, fixture->page);
  {
    g_autoptr(DeckAccount) a = g_list_model_get_item (model, 0);
    g_autoptr(DeckAccount) b = g_list_model_get_item (model, N_ACCOUNTS - 1);
    g_autofree char *ka = g_utf8_casefold (deck_account_get_email (a), -1);
    g_autofree char *kb = g_utf8_casefold (deck_account_get_email (b), -1);

    g_assert_cmpint (g_utf8_collate (ka, kb), >, 0);
  }
}

static void
test_accounts_loading (Fixture       *fixture,
                       gconstpointer  user_data)
{
  AdwStatusPage *status;

  /* Hold the first page back so the loading state is what the page shows. */
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_DELAY,
                              "GET /api/v2/accounts*", 1, -1, 400);

  deck_accounts_page_set_workspace (fixture->page, fixture->workspace);
  g_assert_cmpstr (deck_accounts_page_get_state (fixture->page), ==, "loading");
  g_assert_true (deck_accounts_page_get_busy (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (page_model (fixture->page)), ==, 0);

  status = deck_accounts_page_get_status_page (fixture->page);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)) ||
                 !gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  wait_until (page_has_results, fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (page_model (fixture->page)), ==, N_ACCOUNTS);
  g_assert_null (deck_accounts_page_get_status_page (fixture->page));
}

static void
test_accounts_cancel_on_dispose (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  /* Destroyed while a load runs: the teardown's finalize check and the absence of
   * a late callback (ASan would catch one) are the assertions. */
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_DELAY,
                              "GET /api/v2/accounts*", 1, -1, 300);
  deck_accounts_page_set_workspace (fixture->page, fixture->workspace);
  g_assert_cmpstr (deck_accounts_page_get_state (fixture->page), ==, "loading");
}

static void
test_skip (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/accounts/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/ui/accounts/search", Fixture, NULL,
              fixture_set_up, test_accounts_search, fixture_tear_down);
  g_test_add ("/ui/accounts/sort", Fixture, NULL,
              fixture_set_up, test_accounts_sort, fixture_tear_down);
  g_test_add ("/ui/accounts/loading", Fixture, NULL,
              fixture_set_up, test_accounts_loading, fixture_tear_down);
  g_test_add ("/ui/accounts/cancel-on-dispose", Fixture, NULL,
              fixture_set_up, test_accounts_cancel_on_dispose, fixture_tear_down);

  return g_test_run ();
}
