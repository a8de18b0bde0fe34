/* deck-mock-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-accounts"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

#define DEFAULT_LIMIT 10

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define CREATE_ACCOUNT_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"email\"" \
  "},\"first_name\":{\"type\":\"string\"},\"last_name\":{\"type\":\"string\"},\"warmup\":" \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"number\"},\"advanced\":{\"ty" \
  "pe\":\"object\",\"properties\":{\"warm_ctd\":{\"type\":\"boolean\"},\"open_rate\":{\"t" \
  "ype\":\"number\"},\"important_rate\":{\"type\":\"number\"},\"read_emulation\":{\"typ" \
  "e\":\"boolean\"},\"spam_save_rate\":{\"type\":\"number\"},\"weekday_only\":{\"type\":" \
  "\"boolean\"}}},\"warmup_custom_ftag\":{\"type\":\"string\"},\"increment\":{\"type\":" \
  "\"string\",\"enum\":[\"disabled\",\"0\",\"1\",\"2\",\"3\",\"4\"]},\"reply_rate\":{\"type\":\"" \
  "number\"}}},\"daily_limit\":{\"type\":[\"number\",\"null\"]},\"tracking_domain_nam" \
  "e\":{\"type\":[\"string\",\"null\"]},\"tracking_domain_status\":{\"type\":[\"string\"" \
  ",\"null\"]},\"enable_slow_ramp\":{\"type\":[\"boolean\",\"null\"]},\"inbox_placemen" \
  "t_test_limit\":{\"type\":[\"number\",\"null\"],\"minimum\":0},\"provider_code\":{\"t" \
  "ype\":\"number\",\"enum\":[1,2,3,4,8,11]},\"sending_gap\":{\"type\":\"number\",\"min" \
  "imum\":0,\"maximum\":1440},\"signature\":{\"type\":[\"string\",\"null\"]},\"reply_to" \
  "\":{\"type\":\"string\"},\"imap_username\":{\"type\":\"string\"},\"imap_password\":{\"" \
  "type\":\"string\"},\"imap_host\":{\"type\":\"string\"},\"imap_port\":{\"type\":\"numbe" \
  "r\"},\"smtp_username\":{\"type\":\"string\"},\"smtp_password\":{\"type\":\"string\"}," \
  "\"smtp_host\":{\"type\":\"string\"},\"smtp_port\":{\"type\":\"number\"},\"warmup_cust" \
  "om_ftag\":{\"type\":\"string\"},\"skip_cname_check\":{\"type\":\"boolean\"}},\"requi" \
  "red\":[\"email\",\"first_name\",\"last_name\",\"provider_code\",\"imap_username\",\"" \
  "imap_password\",\"imap_host\",\"imap_port\",\"smtp_username\",\"smtp_password\",\"" \
  "smtp_host\",\"smtp_port\"],\"additionalProperties\":false}"

#define LIST_ACCOUNTS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"ma" \
  "ximum\":100},\"starting_after\":{\"type\":\"string\"},\"search\":{\"type\":\"string\"" \
  "},\"status\":{\"type\":\"number\",\"enum\":[1,2,3,-1,-2,-3]},\"provider_code\":{\"t" \
  "ype\":\"number\",\"enum\":[1,2,3,4,8,11]},\"tag_ids\":{\"type\":\"string\"},\"tag_id" \
  "s_all\":{\"type\":\"string\"},\"include_tags\":{\"type\":\"boolean\"},\"filter\":{\"ty" \
  "pe\":\"string\",\"enum\":[\"ACC_FILTER_PAUSED\",\"ACC_FILTER_ERROR\",\"ACC_FILTER_" \
  "NO_CTD\",\"ACC_FILTER_PW_ACCOUNTS\",\"ACC_FILTER_DFY\",\"ACC_FILTER_DFY_SETUP_" \
  "PENDING\",\"ACC_FILTER_W_ACTIVE\",\"ACC_FILTER_W_PAUSED\",\"ACC_FILTER_W_ERROR" \
  "\"]},\"sort_by\":{\"type\":\"string\",\"enum\":[\"timestamp_created\",\"email\",\"stat" \
  "_warmup_score\",\"status\"]},\"sort_order\":{\"type\":\"string\",\"enum\":[\"asc\",\"d" \
  "esc\"]},\"skip\":{\"type\":\"integer\",\"minimum\":0}}}"

#define PATCH_ACCOUNT_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"first_name\":{\"type\":\"string\"},\"last_name" \
  "\":{\"type\":\"string\"},\"warmup\":{\"type\":\"object\",\"properties\":{\"limit\":{\"ty" \
  "pe\":\"number\"},\"advanced\":{\"type\":\"object\",\"properties\":{\"warm_ctd\":{\"typ" \
  "e\":\"boolean\"},\"open_rate\":{\"type\":\"number\"},\"important_rate\":{\"type\":\"nu" \
  "mber\"},\"read_emulation\":{\"type\":\"boolean\"},\"spam_save_rate\":{\"type\":\"num" \
  "ber\"},\"weekday_only\":{\"type\":\"boolean\"}}},\"warmup_custom_ftag\":{\"type\":\"" \
  "string\"},\"increment\":{\"type\":\"string\",\"enum\":[\"disabled\",\"0\",\"1\",\"2\",\"3\"" \
  ",\"4\"]},\"reply_rate\":{\"type\":\"number\"}}},\"daily_limit\":{\"type\":[\"number\"," \
  "\"null\"]},\"tracking_domain_name\":{\"type\":[\"string\",\"null\"]},\"tracking_dom" \
  "ain_status\":{\"type\":[\"string\",\"null\"]},\"enable_slow_ramp\":{\"type\":[\"bool" \
  "ean\",\"null\"]},\"inbox_placement_test_limit\":{\"type\":[\"number\",\"null\"],\"mi" \
  "nimum\":0},\"sending_gap\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1440},\"si" \
  "gnature\":{\"type\":[\"string\",\"null\"]},\"reply_to\":{\"type\":[\"string\",\"null\"]" \
  ",\"format\":\"email\"},\"skip_cname_check\":{\"type\":\"boolean\"},\"remove_trackin" \
  "g_domain\":{\"type\":\"boolean\"}},\"additionalProperties\":false}"

#define WARMUP_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"emails\":{\"type\":\"array\",\"items\":{\"type\":" \
  "\"string\"},\"maxItems\":100},\"include_all_emails\":{\"type\":\"boolean\"},\"exclu" \
  "ded_emails\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":100},\"f" \
  "ilter\":{\"type\":[\"object\",\"null\"],\"properties\":{\"tag_id\":{\"type\":\"string\"" \
  "},\"filter\":{\"type\":[\"string\",\"null\"],\"enum\":[\"ACC_FILTER_PAUSED\",\"ACC_FI" \
  "LTER_ERROR\",\"ACC_FILTER_NO_CTD\",\"ACC_FILTER_PW_ACCOUNTS\",\"ACC_FILTER_DFY" \
  "\",\"ACC_FILTER_DFY_SETUP_PENDING\",\"ACC_FILTER_W_ACTIVE\",\"ACC_FILTER_W_PAU" \
  "SED\",\"ACC_FILTER_W_ERROR\",null]}}},\"search\":{\"type\":\"string\"}}}"

#define BULK_PAUSE_SCHEMA \
  "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"emails\":{\"t" \
  "ype\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":100}},\"re" \
  "quired\":[\"emails\"]}"

#define MOVE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"emails\":{\"type\":\"array\",\"items\":{\"type\":" \
  "\"string\"},\"minItems\":1},\"source_workspace_id\":{\"type\":\"string\"},\"destina" \
  "tion_workspace_id\":{\"type\":\"string\"}},\"required\":[\"emails\",\"source_works" \
  "pace_id\",\"destination_workspace_id\"]}"

static void
reply_account (DeckMockContext *ctx,
               DeckMockAccount *account)
{
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_account_to_json (ctx->store, account, FALSE));
}

static DeckMockAccount *
lookup_or_404 (DeckMockContext *ctx)
{
  const char *email = g_hash_table_lookup (ctx->params, "email");
  DeckMockAccount *account = deck_mock_store_lookup_account (ctx->store, email);

  if (account == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Account not found");
  return account;
}

/* GET /api/v2/accounts */

typedef struct
{
  const char *sort_by;
  gboolean    ascending;
} SortSpec;

static int
compare_sorted (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  DeckMockAccount *x = *(DeckMockAccount **) a;
  DeckMockAccount *y = *(DeckMockAccount **) b;
  const SortSpec *spec = user_data;
  int result = 0;

  if (g_str_equal (spec->sort_by, "email"))
    result = strcmp (x->key, y->key);
  else if (g_str_equal (spec->sort_by, "stat_warmup_score") || g_str_equal (spec->sort_by, "status"))
    {
      gboolean by_score = g_str_equal (spec->sort_by, "stat_warmup_score");
      int vx = by_score ? x->score : x->status;
      int vy = by_score ? y->score : y->status;

      result = vx < vy ? -1 : vx > vy ? 1 : 0;
    }

  if (result == 0)
    result = x->created_ms < y->created_ms ? -1 : x->created_ms > y->created_ms ? 1 : strcmp (x->key, y->key);

  return spec->ascending ? result : -result;
}

static void
list_sorted (DeckMockContext             *ctx,
             const DeckMockAccountFilter *filter,
             const char                  *sort_by,
             gint64                       skip,
             gint64                       limit,
             gboolean                     include_tags)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  const char *sort_order = deck_mock_query_string (ctx, "sort_order");
  SortSpec spec = { sort_by, g_strcmp0 (sort_order, "asc") == 0 };
  JsonArray *items = json_array_new ();
  GSequenceIter *iter;

  for (iter = g_sequence_get_begin_iter (ctx->store->account_order);
       !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    {
      DeckMockAccount *account = g_sequence_get (iter);

      if (deck_mock_account_matches (ctx->store, account, filter))
        g_ptr_array_add (matches, account);
    }

  g_ptr_array_sort_with_data (matches, compare_sorted, &spec);

  /* Offset pagination: the caller pages with skip, so there is no cursor. */
  for (gint64 i = skip; i < (gint64) matches->len && i < skip + limit; i++)
    json_array_add_element (items, deck_mock_account_to_json (ctx->store, g_ptr_array_index (matches, i), include_tags));

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, NULL));
}

static gboolean
parse_cursor (const char      *cursor,
              DeckMockAccount *probe)
{
  const char *amp = strchr (cursor, '&');
  g_autofree char *timestamp = amp ? g_strndup (cursor, amp - cursor) : g_strdup (cursor);

  if (!deck_mock_parse_time (timestamp, &probe->created_ms))
    return FALSE;

  /* A legacy cursor (a bare date-time) continues with anything older than it. */
  probe->key = g_ascii_strdown (amp ? amp + 1 : "", -1);
  return TRUE;
}

static int
compare_probe (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const DeckMockAccount *x = a;
  const DeckMockAccount *y = b;

  if (x->created_ms != y->created_ms)
    return x->created_ms < y->created_ms ? -1 : 1;
  return strcmp (x->key, y->key);
}

static void
handle_list (DeckMockContext *ctx)
{
  DeckMockAccountFilter filter = { 0 };
  g_auto(GStrv) tag_ids = NULL;
  g_auto(GStrv) tag_ids_all = NULL;
  gint64 limit = DEFAULT_LIMIT;
  gint64 skip = 0;
  gint64 value;
  gboolean include_tags = deck_mock_query_bool (ctx, "include_tags");
  const char *cursor = deck_mock_query_string (ctx, "starting_after");
  const char *sort_by = deck_mock_query_string (ctx, "sort_by");
  DeckMockAccount probe = { 0 };
  GSequenceIter *position;
  JsonArray *items;
  DeckMockAccount *last = NULL;
  g_autofree char *next = NULL;
  gint64 n = 0;

  deck_mock_query_int (ctx, "limit", &limit);
  deck_mock_query_int (ctx, "skip", &skip);

  filter.search = deck_mock_query_string (ctx, "search");
  if (deck_mock_query_int (ctx, "status", &value))
    {
      filter.has_status = TRUE;
      filter.status = (int) value;
    }
  if (deck_mock_query_int (ctx, "provider_code", &value))
    {
      filter.has_provider_code = TRUE;
      filter.provider_code = (int) value;
    }
  tag_ids = deck_mock_split_list (deck_mock_query_string (ctx, "tag_ids"));
  tag_ids_all = deck_mock_split_list (deck_mock_query_string (ctx, "tag_ids_all"));
  filter.tag_ids_any = tag_ids;
  filter.tag_ids_all = tag_ids_all;
  filter.filter = deck_mock_query_string (ctx, "filter");

  if (sort_by != NULL)
    {
      list_sorted (ctx, &filter, sort_by, skip, limit, include_tags);
      return;
    }

  /* Newest first. The sequence is sorted ascending, so walk it backwards from the
   * cursor: paging costs O(page), whatever the size of the workspace. */
  if (cursor != NULL && *cursor != '\0')
    {
      if (!parse_cursor (cursor, &probe))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Invalid starting_after cursor");
          return;
        }
      position = g_sequence_search (ctx->store->account_order, &probe, compare_probe, NULL);
    }
  else
    position = g_sequence_get_end_iter (ctx->store->account_order);

  items = json_array_new ();
  while (!g_sequence_iter_is_begin (position))
    {
      DeckMockAccount *account;

      position = g_sequence_iter_prev (position);
      account = g_sequence_get (position);

      if (probe.key != NULL && compare_probe (account, &probe, NULL) >= 0)
        continue;
      if (!deck_mock_account_matches (ctx->store, account, &filter))
        continue;
      if (skip > 0)
        {
          skip--;
          continue;
        }

      if (n == limit)
        {
          /* There is at least one more: the page gets a cursor. */
          next = deck_mock_account_cursor (last);
          break;
        }

      json_array_add_element (items, deck_mock_account_to_json (ctx->store, account, include_tags));
      last = account;
      n++;
    }

  g_free (probe.key);
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/accounts */

static void
copy_member (JsonObject *to,
             JsonObject *from,
             const char *member)
{
  if (json_object_has_member (from, member))
    json_object_set_member (to, member, deck_mock_json_copy (json_object_get_member (from, member)));
}

static void
merge_warmup (JsonObject *account,
              JsonObject *warmup)
{
  JsonObject *current = json_object_get_object_member (account, "warmup");
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, warmup);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      if (g_str_equal (name, "advanced") && JSON_NODE_HOLDS_OBJECT (value) &&
          json_object_has_member (current, "advanced"))
        {
          JsonObject *advanced = json_object_get_object_member (current, "advanced");
          JsonObjectIter inner;
          const char *inner_name;
          JsonNode *inner_value;

          json_object_iter_init_ordered (&inner, json_node_get_object (value));
          while (json_object_iter_next_ordered (&inner, &inner_name, &inner_value))
            json_object_set_member (advanced, inner_name, deck_mock_json_copy (inner_value));
        }
      else
        json_object_set_member (current, name, deck_mock_json_copy (value));
    }
}

static const char * const writable_members[] = {
  "first_name", "last_name", "daily_limit", "tracking_domain_name", "tracking_domain_status",
  "enable_slow_ramp", "inbox_placement_test_limit", "sending_gap", "signature", "reply_to",
};

static void
apply_writable (JsonObject *account,
                JsonObject *body)
{
  for (guint i = 0; i < G_N_ELEMENTS (writable_members); i++)
    copy_member (account, body, writable_members[i]);

  if (json_object_has_member (body, "warmup"))
    merge_warmup (account, json_object_get_object_member (body, "warmup"));
  if (json_object_has_member (body, "warmup_custom_ftag"))
    json_object_set_string_member (json_object_get_object_member (account, "warmup"), "warmup_custom_ftag",
                                   json_object_get_string_member (body, "warmup_custom_ftag"));

  /* A new tracking domain is checked unless the caller skips the CNAME check. */
  if (json_object_has_member (body, "tracking_domain_name") &&
      !json_object_has_member (body, "tracking_domain_status"))
    {
      const char *name = json_object_get_string_member_with_default (body, "tracking_domain_name", NULL);

      if (name == NULL || *name == '\0')
        json_object_set_null_member (account, "tracking_domain_status");
      else
        json_object_set_string_member (account, "tracking_domain_status",
                                       json_object_get_boolean_member_with_default (body, "skip_cname_check", FALSE)
                                       ? "active" : "pending");
    }

  if (json_object_get_boolean_member_with_default (body, "remove_tracking_domain", FALSE))
    {
      json_object_set_null_member (account, "tracking_domain_name");
      json_object_set_null_member (account, "tracking_domain_status");
    }
}

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *email = json_object_get_string_member (body, "email");
  g_autoptr(JsonObject) json = NULL;
  DeckMockAccount *account;

  if (deck_mock_store_lookup_account (ctx->store, email) != NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Account %s already exists", email);
      return;
    }

  json = deck_mock_account_json_new (ctx->store, email,
                                     json_object_get_string_member (body, "first_name"),
                                     json_object_get_string_member (body, "last_name"),
                                     (int) json_object_get_int_member (body, "provider_code"),
                                     deck_mock_now_ms ());
  apply_writable (json, body);

  account = deck_mock_store_add_account (ctx->store, json);
  reply_account (ctx, account);
}

/* GET, PATCH, DELETE /api/v2/accounts/{email} */

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);

  if (account != NULL)
    reply_account (ctx, account);
}

static void
handle_patch (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);

  if (account == NULL)
    return;

  apply_writable (deck_mock_account_json (ctx->store, account), deck_mock_body_object (ctx));
  deck_mock_account_touch (ctx->store, account);
  reply_account (ctx, account);
}

static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);

  if (account == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_account_to_json (ctx->store, account, FALSE));
  deck_mock_store_remove_account (ctx->store, account);
}

/* Status changes */

static gboolean
pause_account (DeckMockStore   *store,
               DeckMockAccount *account)
{
  int status = account->status;

  /* Only a sending (or maintenance-paused) account can be paused; an account in
   * error keeps its error until it is fixed. */
  if (status != 1 && status != 3)
    return FALSE;

  json_object_set_int_member (deck_mock_account_json (store, account), "status", 2);
  deck_mock_account_touch (store, account);
  return TRUE;
}

static void
handle_pause (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);

  if (account == NULL)
    return;

  pause_account (ctx->store, account);
  reply_account (ctx, account);
}

static void
handle_resume (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);
  int status;

  if (account == NULL)
    return;

  status = account->status;
  if (status == 2 || status == 3)
    {
      json_object_set_int_member (deck_mock_account_json (ctx->store, account), "status", 1);
      deck_mock_account_touch (ctx->store, account);
    }
  reply_account (ctx, account);
}

static void
handle_mark_fixed (DeckMockContext *ctx)
{
  DeckMockAccount *account = lookup_or_404 (ctx);

  if (account == NULL)
    return;

  if (account->status < 0)
    {
      JsonObject *json = deck_mock_account_json (ctx->store, account);

      json_object_set_int_member (json, "status", 1);
      json_object_remove_member (json, "status_message");
      json_object_set_boolean_member (json, "autofix_failed", FALSE);
      deck_mock_account_touch (ctx->store, account);
    }
  reply_account (ctx, account);
}

/* POST /api/v2/accounts/pause */

static GPtrArray *
unique_strings (JsonArray *array)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *value = json_array_get_string_element (array, i);
      char *key = g_ascii_strdown (value, -1);

      if (!g_hash_table_add (seen, key))
        continue;
      g_ptr_array_add (result, g_strdup (value));
    }

  return result;
}

static void
handle_bulk_pause (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(GPtrArray) emails = unique_strings (json_object_get_array_member (body, "emails"));
  JsonArray *paused = json_array_new ();
  JsonArray *failed = json_array_new ();
  JsonObject *reply = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < emails->len; i++)
    {
      const char *email = g_ptr_array_index (emails, i);
      DeckMockAccount *account = deck_mock_store_lookup_account (ctx->store, email);

      if (account != NULL && pause_account (ctx->store, account))
        json_array_add_string_element (paused, email);
      else
        json_array_add_string_element (failed, email);
    }

  json_object_set_array_member (reply, "paused_emails", paused);
  json_object_set_array_member (reply, "failed_emails", failed);
  json_node_take_object (node, reply);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* POST /api/v2/accounts/warmup/enable|disable */

static void
start_warmup_job (DeckMockContext *ctx,
                  int              warmup_status)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(GPtrArray) emails = NULL;
  DeckMockJob *job;

  if (json_object_get_boolean_member_with_default (body, "include_all_emails", FALSE))
    {
      g_autoptr(GPtrArray) excluded = NULL;
      DeckMockAccountFilter filter = { 0 };
      g_auto(GStrv) tag_ids = NULL;
      GSequenceIter *iter;

      if (json_object_has_member (body, "excluded_emails"))
        excluded = unique_strings (json_object_get_array_member (body, "excluded_emails"));

      filter.search = json_object_get_string_member_with_default (body, "search", NULL);
      if (json_object_has_member (body, "filter") &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (body, "filter")))
        {
          JsonObject *by = json_object_get_object_member (body, "filter");
          const char *tag_id = json_object_get_string_member_with_default (by, "tag_id", NULL);

          if (json_object_has_member (by, "filter"))
            filter.filter = json_object_get_string_member_with_default (by, "filter", NULL);
          if (tag_id != NULL)
            {
              tag_ids = g_new0 (char *, 2);
              tag_ids[0] = g_strdup (tag_id);
              filter.tag_ids_any = tag_ids;
            }
        }

      emails = g_ptr_array_new_with_free_func (g_free);
      for (iter = g_sequence_get_begin_iter (ctx->store->account_order);
           !g_sequence_iter_is_end (iter);
           iter = g_sequence_iter_next (iter))
        {
          DeckMockAccount *account = g_sequence_get (iter);
          const char *email = account->email;
          gboolean skip = FALSE;

          for (guint i = 0; excluded != NULL && i < excluded->len && !skip; i++)
            skip = g_ascii_strcasecmp (g_ptr_array_index (excluded, i), email) == 0;
          if (!skip && deck_mock_account_matches (ctx->store, account, &filter))
            g_ptr_array_add (emails, g_strdup (email));
        }
    }
  else if (json_object_has_member (body, "emails"))
    emails = unique_strings (json_object_get_array_member (body, "emails"));
  else
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body must have required property 'emails'");
      return;
    }

  job = deck_mock_store_add_job (ctx->store, "update-warmup-accounts", "workspace",
                                 ctx->store->workspace_id, deck_mock_now_ms ());
  job->simulated = TRUE;
  job->warmup_status = warmup_status;
  job->emails = g_steal_pointer (&emails);
  json_object_set_int_member (job->data, "total_to_process", job->emails->len);
  json_object_set_boolean_member (job->data, "enable_warmup", warmup_status == 1);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_job_to_json (ctx->store, job, NULL));
}

static void
handle_warmup_enable (DeckMockContext *ctx)
{
  start_warmup_job (ctx, 1);
}

static void
handle_warmup_disable (DeckMockContext *ctx)
{
  start_warmup_job (ctx, 0);
}

/* POST /api/v2/accounts/move */

static void
handle_move (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *source = json_object_get_string_member (body, "source_workspace_id");
  const char *destination = json_object_get_string_member (body, "destination_workspace_id");
  g_autoptr(GPtrArray) emails = unique_strings (json_object_get_array_member (body, "emails"));
  JsonObject *reply;
  JsonNode *node;

  if (g_strcmp0 (source, ctx->store->workspace_id) != 0)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Source workspace not found");
      return;
    }
  if (g_strcmp0 (source, destination) == 0)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "Source and destination workspaces must be different");
      return;
    }

  /* The accounts leave this workspace. */
  for (guint i = 0; i < emails->len; i++)
    {
      DeckMockAccount *account = deck_mock_store_lookup_account (ctx->store, g_ptr_array_index (emails, i));

      if (account != NULL)
        deck_mock_store_remove_account (ctx->store, account);
    }

  reply = json_object_new ();
  json_object_set_string_member (reply, "status", "success");
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, reply);
  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* Literal paths first: "{email}" would match "pause" too. */
static const DeckMockRoute routes[] = {
  { "GET",    "/api/v2/accounts",                  "accounts:read",   LIST_ACCOUNTS_QUERY, NULL,                 FALSE, handle_list },
  { "POST",   "/api/v2/accounts",                  "accounts:create", NULL,                CREATE_ACCOUNT_SCHEMA, TRUE, handle_create },
  { "POST",   "/api/v2/accounts/pause",            "accounts:update", NULL,                BULK_PAUSE_SCHEMA,    TRUE,  handle_bulk_pause },
  { "POST",   "/api/v2/accounts/warmup/enable",    "accounts:update", NULL,                WARMUP_SCHEMA,        FALSE, handle_warmup_enable },
  { "POST",   "/api/v2/accounts/warmup/disable",   "accounts:update", NULL,                WARMUP_SCHEMA,        FALSE, handle_warmup_disable },
  { "POST",   "/api/v2/accounts/move",             "accounts:update", NULL,                MOVE_SCHEMA,          TRUE,  handle_move },
  { "GET",    "/api/v2/accounts/{email}",          "accounts:read",   NULL,                NULL,                 FALSE, handle_get },
  { "PATCH",  "/api/v2/accounts/{email}",          "accounts:update", NULL,                PATCH_ACCOUNT_SCHEMA, FALSE, handle_patch },
  { "DELETE", "/api/v2/accounts/{email}",          "accounts:delete", NULL,                NULL,                 FALSE, handle_delete },
  { "POST",   "/api/v2/accounts/{email}/pause",    "accounts:update", NULL,                NULL,                 FALSE, handle_pause },
  { "POST",   "/api/v2/accounts/{email}/resume",   "accounts:update", NULL,                NULL,                 FALSE, handle_resume },
  { "POST",   "/api/v2/accounts/{email}/mark-fixed", "accounts:update", NULL,              NULL,                 FALSE, handle_mark_fixed },
};

const DeckMockRoute *
deck_mock_account_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
