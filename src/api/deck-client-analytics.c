/* deck-client-analytics.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include <stdio.h>

#include "deck-client-analytics.h"
#include "deck-client-reply-private.h"

/* Every analytics list is a bare array (CATALOG.md §3). A call is one or more GETs
 * sent one after the other; the replies are parsed together in a worker thread. */

typedef struct
{
  DeckAnalyticsSource  source;
  const char          *what;
  GPtrArray           *paths;    /* char *, still to send from @next */
  guint                next;
  GPtrArray           *replies;  /* JsonNode, one per path */
  GHashTable          *order;    /* email -> position + 1, for account days */
} ArrayCall;

static void
array_call_free (gpointer data)
{
  ArrayCall *call = data;

  g_ptr_array_unref (call->paths);
  g_ptr_array_unref (call->replies);
  g_clear_pointer (&call->order, g_hash_table_unref);
  g_free (call);
}

static ArrayCall *
array_call_new (DeckAnalyticsSource  source,
                const char          *what)
{
  ArrayCall *call = g_new0 (ArrayCall, 1);

  call->source = source;
  call->what = what;
  call->paths = g_ptr_array_new_with_free_func (g_free);
  call->replies = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  return call;
}

static int
compare_account_days (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  DeckAnalyticsFigures *fa = *(DeckAnalyticsFigures **) a;
  DeckAnalyticsFigures *fb = *(DeckAnalyticsFigures **) b;
  GHashTable *order = user_data;
  int cmp = g_strcmp0 (deck_analytics_figures_get_date (fa), deck_analytics_figures_get_date (fb));
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;
  guint pa, pb;

  if (cmp != 0)
    return cmp;
  ka = g_ascii_strdown (deck_analytics_figures_get_email_account (fa), -1);
  kb = g_ascii_strdown (deck_analytics_figures_get_email_account (fb), -1);
  pa = GPOINTER_TO_UINT (g_hash_table_lookup (order, ka));
  pb = GPOINTER_TO_UINT (g_hash_table_lookup (order, kb));
  return pa < pb ? -1 : pa > pb;
}

static void
array_call_build_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  ArrayCall *call = task_data;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < call->replies->len; r++)
    {
      JsonNode *node = g_ptr_array_index (call->replies, r);
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "The %s reply is not a list", call->what);
          return;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autoptr(GError) error = NULL;
          DeckAnalyticsFigures *figures;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                       "The %s reply holds something that is not an object", call->what);
              return;
            }

          figures = deck_analytics_figures_new_from_json (call->source, json_node_get_object (element), &error);
          if (figures == NULL)
            {
              g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                       "The %s reply is not usable: %s", call->what, error->message);
              return;
            }
          g_ptr_array_add (result, figures);
        }
    }

  /* Parts of a split request come back range by range: put the days in order. */
  if (call->order != NULL)
    g_ptr_array_sort_with_data (result, compare_account_days, call->order);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) g_ptr_array_unref);
}

static void array_call_next (GTask *task);

static void
on_array_part (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ArrayCall *call = g_task_get_task_data (task);
  GError *error = NULL;
  JsonNode *node;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_ptr_array_add (call->replies, node);
  call->next++;
  array_call_next (task);
}

static void
array_call_next (GTask *task)
{
  ArrayCall *call = g_task_get_task_data (task);

  if (call->next >= call->paths->len)
    {
      g_task_run_in_thread (task, array_call_build_thread);
      return;
    }

  deck_client_call_async (g_task_get_source_object (task), "GET",
                          g_ptr_array_index (call->paths, call->next), NULL,
                          g_task_get_cancellable (task), on_array_part, g_object_ref (task));
}

static void
append_range (GString    *path,
              const char *start_date,
              const char *end_date)
{
  if (start_date != NULL && start_date[0] != '\0')
    deck_client_append_query (path, "start_date", start_date);
  if (end_date != NULL && end_date[0] != '\0')
    deck_client_append_query (path, "end_date", end_date);
}

static void
append_status (GString *path,
               int      campaign_status)
{
  char number[16];

  if (campaign_status == DECK_ANALYTICS_ANY_STATUS)
    return;
  g_snprintf (number, sizeof number, "%d", campaign_status);
  deck_client_append_query (path, "campaign_status", number);
}

/* ------------------------------------------------------------------ overview */

static GObject *
parse_overview (JsonObject  *object,
                GError     **error)
{
  return (GObject *) deck_analytics_figures_new_from_json (DECK_ANALYTICS_SOURCE_OVERVIEW, object, error);
}

void
deck_client_get_analytics_overview_async (DeckClient          *self,
                                          const char * const  *campaign_ids,
                                          const char          *start_date,
                                          const char          *end_date,
                                          int                  campaign_status,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/campaigns/analytics/overview");
  GTask *task;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_analytics_overview_async, cancellable,
                              callback, user_data);

  /* Repeated keys, not a comma-separated list (CATALOG.md §1.2). */
  for (guint i = 0; campaign_ids != NULL && campaign_ids[i] != NULL; i++)
    deck_client_append_query (path, "ids", campaign_ids[i]);
  append_range (path, start_date, end_date);
  append_status (path, campaign_status);

  deck_reply_call_for_object (self, "GET", path->str, NULL, "analytics overview", parse_overview, task);
  g_object_unref (task);
}

DeckAnalyticsFigures *
deck_client_get_analytics_overview_finish (DeckClient    *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_analytics_overview_async, error);
}

/* ------------------------------------------------------------------ campaign days */

void
deck_client_get_daily_campaign_analytics_async (DeckClient          *self,
                                                const char          *campaign_id,
                                                const char          *start_date,
                                                const char          *end_date,
                                                int                  campaign_status,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GString *path = g_string_new ("/api/v2/campaigns/analytics/daily");
  ArrayCall *call;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_daily_campaign_analytics_async, cancellable,
                              callback, user_data);

  if (campaign_id != NULL && campaign_id[0] != '\0')
    deck_client_append_query (path, "campaign_id", campaign_id);
  append_range (path, start_date, end_date);
  append_status (path, campaign_status);

  call = array_call_new (DECK_ANALYTICS_SOURCE_CAMPAIGN_DAY, "daily campaign analytics");
  g_ptr_array_add (call->paths, g_string_free (path, FALSE));
  g_task_set_task_data (task, call, array_call_free);
  array_call_next (task);
}

GPtrArray *
deck_client_get_daily_campaign_analytics_finish (DeckClient    *self,
                                                 GAsyncResult  *result,
                                                 GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_daily_campaign_analytics_async, error);
}

/* ------------------------------------------------------------------ steps */

void
deck_client_get_campaign_steps_analytics_async (DeckClient          *self,
                                                const char          *campaign_id,
                                                const char          *start_date,
                                                const char          *end_date,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GString *path = g_string_new ("/api/v2/campaigns/analytics/steps");
  ArrayCall *call;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_campaign_steps_analytics_async, cancellable,
                              callback, user_data);

  if (campaign_id != NULL && campaign_id[0] != '\0')
    deck_client_append_query (path, "campaign_id", campaign_id);
  append_range (path, start_date, end_date);
  deck_client_append_query (path, "include_opportunities_count", "true");

  call = array_call_new (DECK_ANALYTICS_SOURCE_STEP, "step analytics");
  g_ptr_array_add (call->paths, g_string_free (path, FALSE));
  g_task_set_task_data (task, call, array_call_free);
  array_call_next (task);
}

GPtrArray *
deck_client_get_campaign_steps_analytics_finish (DeckClient    *self,
                                                 GAsyncResult  *result,
                                                 GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_campaign_steps_analytics_async, error);
}

/* ------------------------------------------------------------------ campaigns */

void
deck_client_list_campaign_analytics_async (DeckClient          *self,
                                           const char * const  *ids,
                                           const char          *start_date,
                                           const char          *end_date,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GString *path = g_string_new ("/api/v2/campaigns/analytics");
  ArrayCall *call;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_list_campaign_analytics_async, cancellable,
                              callback, user_data);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    deck_client_append_query (path, "ids", ids[i]);
  append_range (path, start_date, end_date);
  deck_client_append_query (path, "exclude_total_leads_count", "true");

  call = array_call_new (DECK_ANALYTICS_SOURCE_CAMPAIGN, "campaign analytics");
  g_ptr_array_add (call->paths, g_string_free (path, FALSE));
  g_task_set_task_data (task, call, array_call_free);
  array_call_next (task);
}

GPtrArray *
deck_client_list_campaign_analytics_finish (DeckClient    *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_list_campaign_analytics_async, error);
}

/* ------------------------------------------------------------------ account days */

static GDate *
parse_date (const char *text)
{
  int year, month, day;
  char rest;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

void
deck_client_get_daily_account_analytics_async (DeckClient          *self,
                                               const char * const  *emails,
                                               const char          *start_date,
                                               const char          *end_date,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GPtrArray) unique = NULL;
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) end = NULL;
  ArrayCall *call;
  guint32 first, last;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (emails != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_daily_account_analytics_async, cancellable,
                              callback, user_data);

  start = parse_date (start_date);
  end = parse_date (end_date);
  if (start == NULL || end == NULL || g_date_compare (start, end) > 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "The daily account analytics need a start and an end date, in order");
      return;
    }

  call = array_call_new (DECK_ANALYTICS_SOURCE_ACCOUNT_DAY, "daily account analytics");
  g_task_set_task_data (task, call, array_call_free);

  /* The limit is on unique accounts: repeats are sent once. */
  call->order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  unique = g_ptr_array_new ();
  for (guint i = 0; emails[i] != NULL; i++)
    {
      char *key = g_ascii_strdown (emails[i], -1);

      if (g_hash_table_contains (call->order, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_insert (call->order, key, GUINT_TO_POINTER (unique->len + 1));
      g_ptr_array_add (unique, (gpointer) emails[i]);
    }

  if (unique->len == 0)
    {
      g_task_return_pointer (task, g_ptr_array_new_with_free_func (g_object_unref),
                             (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  /* Windows of at most 31 days, each asked for in groups of at most 200 accounts. */
  first = g_date_get_julian (start);
  last = g_date_get_julian (end);
  for (guint32 from = first; from <= last; from += DECK_ANALYTICS_DAILY_MAX_DAYS)
    {
      guint32 to = MIN (last, from + DECK_ANALYTICS_DAILY_MAX_DAYS - 1);
      g_autoptr(GDate) from_date = g_date_new_julian (from);
      g_autoptr(GDate) to_date = g_date_new_julian (to);
      g_autofree char *from_text = format_date (from_date);
      g_autofree char *to_text = format_date (to_date);

      for (guint offset = 0; offset < unique->len; offset += DECK_ANALYTICS_DAILY_MAX_ACCOUNTS)
        {
          GString *path = g_string_new ("/api/v2/accounts/analytics/daily");
          guint n = MIN (DECK_ANALYTICS_DAILY_MAX_ACCOUNTS, unique->len - offset);

          append_range (path, from_text, to_text);
          /* Repeated keys (CATALOG.md §1.2). */
          for (guint i = 0; i < n; i++)
            deck_client_append_query (path, "emails", g_ptr_array_index (unique, offset + i));
          g_ptr_array_add (call->paths, g_string_free (path, FALSE));
        }
    }

  array_call_next (task);
}

GPtrArray *
deck_client_get_daily_account_analytics_finish (DeckClient    *self,
                                                GAsyncResult  *result,
                                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_daily_account_analytics_async, error);
}
