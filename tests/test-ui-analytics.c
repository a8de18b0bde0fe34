/* test-ui-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Analytics page and the campaign and account analytics dialogs under Xvfb
 * against the mock, with the mock's clock and the page's "today" pinned: the
 * overview shows the mock's totals, a date range or status change fetches again,
 * errors show and retry, and an empty chart builds and goes away cleanly. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "analytics/deck-account-analytics-dialog.h"
#include "analytics/deck-analytics-page.h"
#include "analytics/deck-analytics-util.h"
#include "analytics/deck-campaign-analytics-dialog.h"
#include "deck-client-analytics.h"
#include "deck-mock-server.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define TIMEOUT_MS 60000
/* The seed's present, 2025-11-02T08:00:00Z. */
#define CLOCK_MS G_GINT64_CONSTANT (1762070400000)
#define TODAY "2025-11-02"

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  DeckMockServer    *server;
  DeckWorkspace     *workspace;
  GtkWindow         *window;
  DeckAnalyticsPage *page;
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

/* Lets pending idles (a closed dialog's teardown) run. */
static void
drain (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closes @dialog (the test's reference) and waits until it is finalized: the
 * close animation holds it for a few frames. */
static void
close_and_finalize (AdwDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  adw_dialog_force_close (dialog);
  g_object_unref (dialog);
  drain ();
  wait_until (pointer_cleared, &weak);
}

static gboolean
page_settled (gpointer data)
{
  DeckAnalyticsPage *page = data;

  return !deck_analytics_page_get_loading (page) &&
         g_strcmp0 (deck_analytics_page_get_state (page), "loading") != 0;
}

static JsonNode *
get_raw (Fixture    *fixture,
         const char *path)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DeckClient *client = deck_workspace_get_client (fixture->workspace);
  JsonNode *node;

  deck_client_call_async (client, "GET", path, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  node = deck_client_call_finish (client, result, &error);
  g_assert_no_error (error);
  return node;
}

static char *
raw_count (Fixture    *fixture,
           const char *path,
           const char *member)
{
  g_autoptr(JsonNode) node = get_raw (fixture, path);

  return deck_analytics_format_count (json_object_get_double_member (json_node_get_object (node), member));
}

/* The query of the last logged request for @path. */
static JsonObject *
last_query (Fixture    *fixture,
            const char *path)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (fixture->server);

  for (guint i = json_array_get_length (log); i > 0; i--)
    {
      JsonObject *entry = json_array_get_object_element (log, i - 1);

      if (g_str_equal (json_object_get_string_member (entry, "path"), path))
        return json_object_ref (json_object_get_object_member (entry, "query"));
    }
  g_error ("no request for %s", path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckClient) client = NULL;

  deck_analytics_set_today (TODAY);
  fixture->server = deck_mock_server_new (8);
  deck_mock_server_set_clock (fixture->server, CLOCK_MS);
  deck_mock_server_start (fixture->server, 0, &error);
  g_assert_no_error (error);

  client = deck_client_new (deck_mock_server_get_url (fixture->server),
                            deck_mock_server_get_api_key (fixture->server), &error);
  g_assert_no_error (error);
  deck_client_set_retry_budget (client, 2, 1, 2000);
  deck_client_set_rate_limit (client, 0, 1);
  fixture->workspace = deck_workspace_new (client, "Test");

  fixture->page = DECK_ANALYTICS_PAGE (deck_analytics_page_new ());
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 800);
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkWidget *page = g_object_ref (GTK_WIDGET (fixture->page));

  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (page);

  g_clear_object (&fixture->workspace);
  deck_mock_server_stop (fixture->server);
  g_clear_object (&fixture->server);
  deck_analytics_set_today (NULL);
}

static void
show_page (Fixture *fixture)
{
  deck_analytics_page_set_workspace (fixture->page, fixture->workspace);
  /* Nothing is fetched before the page is shown. */
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/campaigns/analytics/overview"), ==, 0);
  gtk_window_present (fixture->window);
  wait_until (page_settled, fixture->page);
}

/* ------------------------------------------------------------------ tests */

static void
test_overview (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *sent = NULL;
  g_autofree char *opportunities = NULL;
  g_autofree char *closed = NULL;
  g_autoptr(JsonObject) query = NULL;
  g_autoptr(GtkColumnViewColumn) sent_column = NULL;
  GListModel *days, *campaigns;
  DeckAnalyticsFigures *overview;
  double sum = 0, previous_rate = G_MAXDOUBLE;

  show_page (fixture);
  g_assert_cmpstr (deck_analytics_page_get_state (fixture->page), ==, "results");
  g_assert_cmpstr (deck_analytics_range_get_start (deck_analytics_page_get_range (fixture->page)), ==, "2025-10-04");
  g_assert_cmpstr (deck_analytics_range_get_end (deck_analytics_page_get_range (fixture->page)), ==, TODAY);

  /* The tiles show what the mock answers for the same 30 days. */
  sent = raw_count (fixture, "/api/v2/campaigns/analytics/overview?start_date=2025-10-04&end_date=" TODAY, "emails_sent_count");
  opportunities = raw_count (fixture, "/api/v2/campaigns/analytics/overview?start_date=2025-10-04&end_date=" TODAY,
                             "total_opportunities");
  closed = raw_count (fixture, "/api/v2/campaigns/analytics/overview?start_date=2025-10-04&end_date=" TODAY, "total_closed");
  g_assert_cmpstr (deck_analytics_page_get_tile_value (fixture->page, DECK_ANALYTICS_SENT), ==, sent);
  g_assert_cmpstr (deck_analytics_page_get_tile_value (fixture->page, DECK_ANALYTICS_OPPORTUNITIES), ==, opportunities);
  g_assert_cmpstr (deck_analytics_page_get_tile_value (fixture->page, DECK_ANALYTICS_CLOSED), ==, closed);
  g_assert_cmpstr (sent, !=, "0");
  query = last_query (fixture, "/api/v2/campaigns/analytics/daily");
  g_assert_cmpstr (json_object_get_string_member (query, "start_date"), ==, "2025-10-04");

  /* The chart's days add up to the tile. */
  overview = deck_analytics_page_get_overview (fixture->page);
  days = deck_analytics_page_get_days (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (days), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(DeckAnalyticsFigures) day = g_list_model_get_item (days, i);

      sum += deck_analytics_figures_get (day, DECK_ANALYTICS_SENT);
    }
  g_assert_cmpfloat (sum, ==, deck_analytics_figures_get (overview, DECK_ANALYTICS_SENT));
  g_assert_true (deck_chart_get_enough_data (deck_chart_view_get_chart (deck_analytics_page_get_daily_view (fixture->page))));

  /* The campaigns that sent, best reply rate first, and as many bar groups. */
  campaigns = deck_analytics_page_get_campaigns (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (campaigns), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(DeckAnalyticsFigures) campaign = g_list_model_get_item (campaigns, i);
      double rate = deck_analytics_figures_get_rate (campaign, DECK_ANALYTICS_UNIQUE_REPLIES, DECK_ANALYTICS_CONTACTED);

      g_assert_cmpfloat (deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT), >, 0);
      g_assert_cmpfloat (rate, <=, previous_rate);
      previous_rate = rate;
    }
  g_assert_cmpuint (deck_chart_get_n_rows (deck_chart_view_get_chart (deck_analytics_page_get_bars_view (fixture->page))), ==,
                    g_list_model_get_n_items (campaigns));

  /* Sorting by another rate reorders the table and the bars alike. */
  sent_column = g_list_model_get_item (gtk_column_view_get_columns (deck_analytics_page_get_comparison (fixture->page)), 2);
  gtk_column_view_sort_by_column (deck_analytics_page_get_comparison (fixture->page), sent_column, GTK_SORT_ASCENDING);
  previous_rate = -1;
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(DeckAnalyticsFigures) campaign = g_list_model_get_item (campaigns, i);
      g_autofree char *title = deck_chart_dup_row_title (deck_chart_view_get_chart (deck_analytics_page_get_bars_view (fixture->page)), i);

      g_assert_cmpfloat (deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT), >=, previous_rate);
      previous_rate = deck_analytics_figures_get (campaign, DECK_ANALYTICS_SENT);
      g_assert_cmpstr (title, ==, deck_analytics_figures_get_campaign_name (campaign));
    }
}

static void
test_range_refetch (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *sent_7 = NULL;
  g_autofree char *sent_custom = NULL;
  g_autoptr(JsonObject) query = NULL;
  g_autoptr(JsonObject) status_query = NULL;
  DeckAnalyticsRange *range;

  show_page (fixture);
  range = deck_analytics_page_get_range (fixture->page);
  deck_mock_server_clear_request_log (fixture->server);

  gtk_widget_activate_action (GTK_WIDGET (range), "range.last-days", "i", 7);
  g_assert_true (deck_analytics_page_get_loading (fixture->page));
  wait_until (page_settled, fixture->page);
  query = last_query (fixture, "/api/v2/campaigns/analytics/overview");
  g_assert_cmpstr (json_object_get_string_member (query, "start_date"), ==, "2025-10-27");
  g_assert_cmpstr (json_object_get_string_member (query, "end_date"), ==, TODAY);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/campaigns/analytics/daily"), ==, 1);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/campaigns/analytics"), ==, 1);
  sent_7 = raw_count (fixture, "/api/v2/campaigns/analytics/overview?start_date=2025-10-27&end_date=" TODAY, "emails_sent_count");
  g_assert_cmpstr (deck_analytics_page_get_tile_value (fixture->page, DECK_ANALYTICS_SENT), ==, sent_7);
  g_assert_cmpuint (g_list_model_get_n_items (deck_analytics_page_get_days (fixture->page)), <=, 7);

  /* A custom range. */
  deck_analytics_range_set_custom (range, "2025-09-01", "2025-09-30");
  g_assert_cmpuint (deck_analytics_range_get_days (range), ==, 0);
  wait_until (page_settled, fixture->page);
  sent_custom = raw_count (fixture, "/api/v2/campaigns/analytics/overview?start_date=2025-09-01&end_date=2025-09-30",
                           "emails_sent_count");
  g_assert_cmpstr (deck_analytics_page_get_tile_value (fixture->page, DECK_ANALYTICS_SENT), ==, sent_custom);

  /* The status filter goes to the server and narrows the comparison. */
  deck_analytics_page_set_status (fixture->page, 1);
  g_assert_cmpint (deck_analytics_page_get_status (fixture->page), ==, 1);
  wait_until (page_settled, fixture->page);
  status_query = last_query (fixture, "/api/v2/campaigns/analytics/overview");
  g_assert_cmpstr (json_object_get_string_member (status_query, "campaign_status"), ==, "1");
  for (guint i = 0; i < g_list_model_get_n_items (deck_analytics_page_get_campaigns (fixture->page)); i++)
    {
      g_autoptr(DeckAnalyticsFigures) campaign = g_list_model_get_item (deck_analytics_page_get_campaigns (fixture->page), i);

      g_assert_cmpint (deck_analytics_figures_get_campaign_status (campaign), ==, 1);
    }
}

static void
test_error_and_retry (Fixture       *fixture,
                      gconstpointer  user_data)
{
  deck_mock_server_add_fault (fixture->server, DECK_MOCK_FAULT_SERVER_ERROR, "GET /api/v2/campaigns/analytics/overview*",
                              5, -1, 0);
  show_page (fixture);
  g_assert_cmpstr (deck_analytics_page_get_state (fixture->page), ==, "error");
  g_assert_null (deck_analytics_page_get_overview (fixture->page));

  deck_mock_server_clear_faults (fixture->server);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "analytics.reload", NULL);
  wait_until (page_settled, fixture->page);
  g_assert_cmpstr (deck_analytics_page_get_state (fixture->page), ==, "results");
  g_assert_nonnull (deck_analytics_page_get_overview (fixture->page));
}

static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  user_data)
{
  show_page (fixture);
  /* Before any campaign of the seed was created. */
  deck_analytics_range_set_custom (deck_analytics_page_get_range (fixture->page), "2020-01-01", "2020-01-31");
  wait_until (page_settled, fixture->page);
  g_assert_cmpstr (deck_analytics_page_get_state (fixture->page), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (deck_analytics_page_get_campaigns (fixture->page)), ==, 0);
}

static void
test_cancel_on_dispose (Fixture       *fixture,
                        gconstpointer  user_data)
{
  deck_mock_server_set_latency (fixture->server, 200);
  deck_analytics_page_set_workspace (fixture->page, fixture->workspace);
  gtk_window_present (fixture->window);
  wait_until ((Condition) deck_analytics_page_get_loading, fixture->page);
  /* The tear-down destroys the page with its requests in flight. */
}

/* An empty chart builds, draws and goes away without leaks or warnings. */
static void
test_empty_chart (void)
{
  static const DeckAnalyticsMetric metrics[] = { DECK_ANALYTICS_SENT, DECK_ANALYTICS_UNIQUE_REPLIES };
  const char *names[] = { "Sent", "Replies" };
  g_autoptr(GListStore) days = g_list_store_new (DECK_TYPE_ANALYTICS_FIGURES);
  GtkWidget *view = deck_analytics_daily_chart_new ("Empty", G_LIST_MODEL (days), metrics, names, G_N_ELEMENTS (metrics));
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  DeckChart *chart = deck_chart_view_get_chart (DECK_CHART_VIEW (view));
  g_autoptr(GBytes) csv = NULL;

  g_object_ref (view);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_false (deck_chart_get_enough_data (chart));
  g_assert_cmpuint (deck_chart_get_n_rows (chart), ==, 0);
  g_assert_cmpuint (deck_chart_get_n_series (chart), ==, 2);
  csv = deck_chart_export_csv (chart);
  g_assert_nonnull (csv);
  deck_chart_view_set_view_mode (DECK_CHART_VIEW (view), "table");
  while (g_main_context_iteration (NULL, FALSE))
    ;

  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

/* ------------------------------------------------------------------ dialogs */

static gboolean
steps_logged (gpointer data)
{
  Fixture *fixture = data;

  return deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/campaigns/analytics/steps") > 0;
}

/* A range change refetches both parts at once; either may be logged first. */
static gboolean
daily_and_steps_logged (gpointer data)
{
  Fixture *fixture = data;

  return steps_logged (data) &&
         deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/campaigns/analytics/daily") > 0;
}

static gboolean
dialog_settled (gpointer data)
{
  return g_strcmp0 (deck_campaign_analytics_dialog_get_state (data), "loading") != 0;
}

static void
test_campaign_dialog (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(JsonObject) query = NULL;
  DeckClient *client = deck_workspace_get_client (fixture->workspace);
  DeckAnalyticsFigures *busiest = NULL;
  DeckCampaign *campaign;
  DeckCampaignAnalyticsDialog *dialog;
  GListModel *steps;

  gtk_window_present (fixture->window);
  deck_workspace_load_campaigns_async (fixture->workspace, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  g_assert_true (deck_workspace_load_campaigns_finish (fixture->workspace, result, &error));
  g_clear_object (&result);
  deck_client_list_campaign_analytics_async (client, NULL, "2025-10-04", TODAY, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, TIMEOUT_MS);
  figures = deck_client_list_campaign_analytics_finish (client, result, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->len; i++)
    if (busiest == NULL || deck_analytics_figures_get (g_ptr_array_index (figures, i), DECK_ANALYTICS_SENT) >
                           deck_analytics_figures_get (busiest, DECK_ANALYTICS_SENT))
      busiest = g_ptr_array_index (figures, i);
  campaign = deck_workspace_lookup_campaign (fixture->workspace, deck_analytics_figures_get_campaign_id (busiest));
  g_assert_nonnull (campaign);

  dialog = DECK_CAMPAIGN_ANALYTICS_DIALOG (g_object_ref_sink (deck_campaign_analytics_dialog_new (fixture->workspace, campaign)));
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (fixture->page));
  wait_until (dialog_settled, dialog);
  g_assert_cmpstr (deck_campaign_analytics_dialog_get_state (dialog), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (deck_campaign_analytics_dialog_get_days (dialog)), >, 0);
  query = last_query (fixture, "/api/v2/campaigns/analytics/steps");
  g_assert_cmpstr (json_object_get_string_member (query, "campaign_id"), ==, deck_campaign_get_id (campaign));

  /* Each variant against its siblings: the marks follow the two-proportion test. */
  steps = deck_campaign_analytics_dialog_get_steps (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (steps), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(DeckAnalyticsFigures) item = g_list_model_get_item (steps, i);
      double sent = deck_analytics_figures_get (item, DECK_ANALYTICS_SENT);
      double replies = deck_analytics_figures_get (item, DECK_ANALYTICS_UNIQUE_REPLIES);
      double others_sent = 0, others_replies = 0;
      guint n_siblings = 0;
      DeckChartSignificance expected;

      for (guint j = 0; j < g_list_model_get_n_items (steps); j++)
        {
          g_autoptr(DeckAnalyticsFigures) other = g_list_model_get_item (steps, j);

          if (j == i || deck_analytics_figures_get_step (other) != deck_analytics_figures_get_step (item))
            continue;
          n_siblings++;
          others_sent += deck_analytics_figures_get (other, DECK_ANALYTICS_SENT);
          others_replies += deck_analytics_figures_get (other, DECK_ANALYTICS_UNIQUE_REPLIES);
        }
      expected = n_siblings == 0 ? DECK_CHART_SIGNIFICANCE_NONE
                                 : deck_chart_compare_proportions ((guint64) replies, (guint64) sent,
                                                                   (guint64) others_replies, (guint64) others_sent, 0.05);
      g_assert_cmpint (deck_campaign_analytics_dialog_get_mark (dialog, i, DECK_ANALYTICS_UNIQUE_REPLIES), ==, expected);
      if (n_siblings > 0 && sent < DECK_CHART_MIN_TRIALS)
        g_assert_cmpint (expected, ==, DECK_CHART_SIGNIFICANCE_NOT_ENOUGH_DATA);
    }

  /* Another range fetches again. */
  deck_mock_server_clear_request_log (fixture->server);
  deck_analytics_range_set_days (deck_campaign_analytics_dialog_get_range (dialog), 90);
  wait_until (daily_and_steps_logged, fixture);
  wait_until (dialog_settled, dialog);
  g_clear_pointer (&query, json_object_unref);
  query = last_query (fixture, "/api/v2/campaigns/analytics/daily");
  g_assert_cmpstr (json_object_get_string_member (query, "start_date"), ==, "2025-08-05");

  close_and_finalize (ADW_DIALOG (dialog));
}

static gboolean
account_dialog_settled (gpointer data)
{
  return g_strcmp0 (deck_account_analytics_dialog_get_warmup_state (data), "loading") != 0 &&
         g_strcmp0 (deck_account_analytics_dialog_get_sending_state (data), "loading") != 0;
}

static void
test_account_dialog (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(JsonNode) page = get_raw (fixture, "/api/v2/accounts?limit=10");
  JsonArray *items = json_object_get_array_member (json_node_get_object (page), "items");
  DeckAccountAnalyticsDialog *dialog = NULL;
  GListModel *days;

  gtk_window_present (fixture->window);

  /* A sender of a campaign: one whose 30 days are not all zeros. */
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      const char *email = json_object_get_string_member (json_array_get_object_element (items, i), "email");

      g_clear_object (&dialog);
      dialog = DECK_ACCOUNT_ANALYTICS_DIALOG (g_object_ref_sink (deck_account_analytics_dialog_new (fixture->workspace, email)));
      wait_until (account_dialog_settled, dialog);
      if (g_str_equal (deck_account_analytics_dialog_get_sending_state (dialog), "results") &&
          g_str_equal (deck_account_analytics_dialog_get_warmup_state (dialog), "results"))
        break;
    }
  g_assert_cmpstr (deck_account_analytics_dialog_get_sending_state (dialog), ==, "results");
  g_assert_cmpstr (deck_account_analytics_dialog_get_warmup_state (dialog), ==, "results");
  g_assert_nonnull (deck_account_analytics_dialog_get_health_text (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (deck_account_analytics_dialog_get_warmup_days (dialog)), >, 0);
  days = deck_account_analytics_dialog_get_sending_days (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 30);

  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (fixture->page));

  /* 90 days: three requests of at most 31 days. */
  deck_mock_server_clear_request_log (fixture->server);
  deck_analytics_range_set_days (deck_account_analytics_dialog_get_range (dialog), 90);
  wait_until (account_dialog_settled, dialog);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->server, "GET", "/api/v2/accounts/analytics/daily"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 90);

  close_and_finalize (ADW_DIALOG (dialog));
}

static void
test_skip (void)
{
  g_test_skip ("No display");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!deck_test_init_gtk ())
    {
      g_test_add_func ("/ui/analytics/skip", test_skip);
      return g_test_run ();
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/analytics/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("overview", test_overview);
  ADD ("range-refetch", test_range_refetch);
  ADD ("error-and-retry", test_error_and_retry);
  ADD ("empty-period", test_empty_period);
  ADD ("cancel-on-dispose", test_cancel_on_dispose);
  ADD ("campaign-dialog", test_campaign_dialog);
  ADD ("account-dialog", test_account_dialog);
  g_test_add_func ("/ui/analytics/empty-chart", test_empty_chart);

#undef ADD

  return g_test_run ();
}
