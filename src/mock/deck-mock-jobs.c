/* deck-mock-jobs.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-jobs"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

#define DEFAULT_LIMIT 10

static const char * const job_statuses[] = {
  "pending", "in-progress", "success", "failed", "draining", "paused", "cancelled", NULL
};

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define LIST_JOBS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"ma" \
  "ximum\":100},\"starting_after\":{\"type\":\"string\"},\"ids\":{\"type\":\"string\"},\"" \
  "included_ids\":{\"type\":\"string\"},\"excluded_ids\":{\"type\":\"string\"},\"type\":" \
  "{\"type\":\"string\",\"enum\":[\"move-leads\",\"import-leads\",\"export-leads\",\"upd" \
  "ate-warmup-accounts\",\"rename-variable\",\"broadcast-ai-generate\",\"broadcas" \
  "t-website-scrape\",\"import-subscribers-from-crm\",\"resync-subscriber-crm-t" \
  "ags\"]},\"entity_type\":{\"type\":\"string\",\"enum\":[\"list\",\"campaign\",\"workspa" \
  "ce\",\"broadcast\",\"subscriber-group-sync\",\"subscriber-group\"]},\"entity_id\"" \
  ":{\"type\":\"string\"},\"status\":{\"type\":\"string\"},\"sort_column\":{\"type\":\"str" \
  "ing\",\"enum\":[\"created_at\",\"updated_at\"]},\"sort_order\":{\"type\":\"string\",\"" \
  "enum\":[\"asc\",\"desc\"]}}}"

#define GET_JOB_QUERY \
  "{\"type\":\"object\",\"properties\":{\"data_fields\":{\"type\":\"string\"}}}"

static gboolean
in_list (char       **list,
         const char  *value)
{
  return list == NULL || (value != NULL && g_strv_contains ((const char * const *) list, value));
}

typedef struct
{
  gboolean by_updated;
  gboolean ascending;
} JobOrder;

static int
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const DeckMockJob *x = *(DeckMockJob **) a;
  const DeckMockJob *y = *(DeckMockJob **) b;
  const JobOrder *order = user_data;
  gint64 vx = order->by_updated ? x->updated_ms : x->created_ms;
  gint64 vy = order->by_updated ? y->updated_ms : y->created_ms;
  int result = vx < vy ? -1 : vx > vy ? 1 : strcmp (x->id, y->id);

  return order->ascending ? result : -result;
}

/* GET /api/v2/background-jobs */

static void
handle_list (DeckMockContext *ctx)
{
  g_auto(GStrv) ids = deck_mock_split_list (deck_mock_query_string (ctx, "ids"));
  g_auto(GStrv) included = deck_mock_split_list (deck_mock_query_string (ctx, "included_ids"));
  g_auto(GStrv) excluded = deck_mock_split_list (deck_mock_query_string (ctx, "excluded_ids"));
  g_auto(GStrv) entity_ids = deck_mock_split_list (deck_mock_query_string (ctx, "entity_id"));
  g_auto(GStrv) statuses = deck_mock_split_list (deck_mock_query_string (ctx, "status"));
  const char *type = deck_mock_query_string (ctx, "type");
  const char *entity_type = deck_mock_query_string (ctx, "entity_type");
  const char *cursor = deck_mock_query_string (ctx, "starting_after");
  JobOrder order = {
    g_strcmp0 (deck_mock_query_string (ctx, "sort_column"), "updated_at") == 0,
    g_strcmp0 (deck_mock_query_string (ctx, "sort_order"), "asc") == 0,
  };
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  JsonArray *items;
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  guint start = 0;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = 0; statuses != NULL && statuses[i] != NULL; i++)
    if (!g_strv_contains (job_statuses, statuses[i]))
      {
        deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                               "querystring/status must be a comma-separated list of: "
                               "pending, in-progress, success, failed, draining, paused, cancelled");
        return;
      }

  for (guint i = 0; i < ctx->store->jobs->len; i++)
    {
      DeckMockJob *job = g_ptr_array_index (ctx->store->jobs, i);

      if (!in_list (ids, job->id) || !in_list (included, job->id) || !in_list (entity_ids, job->entity_id) ||
          !in_list (statuses, job->status))
        continue;
      if (excluded != NULL && g_strv_contains ((const char * const *) excluded, job->id))
        continue;
      if ((type != NULL && g_strcmp0 (type, job->type) != 0) ||
          (entity_type != NULL && g_strcmp0 (entity_type, job->entity_type) != 0))
        continue;
      g_ptr_array_add (matches, job);
    }

  g_ptr_array_sort_with_data (matches, compare_jobs, &order);

  /* The cursor is the id of the last job of the previous page. */
  if (cursor != NULL)
    {
      for (guint i = 0; i < matches->len; i++)
        if (g_str_equal (((DeckMockJob *) g_ptr_array_index (matches, i))->id, cursor))
          {
            start = i + 1;
            break;
          }
    }

  items = json_array_new ();
  for (guint i = start; i < matches->len; i++)
    {
      if ((gint64) json_array_get_length (items) == limit)
        {
          next = ((DeckMockJob *) g_ptr_array_index (matches, i - 1))->id;
          break;
        }
      json_array_add_element (items, deck_mock_job_to_json (ctx->store, g_ptr_array_index (matches, i), NULL));
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* GET /api/v2/background-jobs/{id} */

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockJob *job = deck_mock_store_lookup_job (ctx->store, g_hash_table_lookup (ctx->params, "id"));
  g_auto(GStrv) fields = deck_mock_split_list (deck_mock_query_string (ctx, "data_fields"));

  if (job == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Background job not found");
      return;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_job_to_json (ctx->store, job, fields));
}

static const DeckMockRoute routes[] = {
  { "GET", "/api/v2/background-jobs",      "background-jobs:read", LIST_JOBS_QUERY, NULL, FALSE, handle_list },
  { "GET", "/api/v2/background-jobs/{id}", "background-jobs:read", GET_JOB_QUERY,   NULL, FALSE, handle_get },
};

const DeckMockRoute *
deck_mock_job_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
