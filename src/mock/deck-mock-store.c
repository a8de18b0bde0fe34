/* deck-mock-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-store"

#include "deck-mock-store-private.h"
#include "deck-mock-leads-private.h"

#include <string.h>

#define DEFAULT_JOB_DURATION_MS 1500
/* The seed of the default workspace; a named one mixes its name in. */
#define DEFAULT_SEED            0x1D5EEDu

static void
deck_mock_account_free (gpointer data)
{
  DeckMockAccount *account = data;

  g_free (account->email);
  g_free (account->key);
  g_free (account->first_name);
  g_free (account->last_name);
  g_clear_pointer (&account->json, json_object_unref);
  g_clear_pointer (&account->tag_ids, g_ptr_array_unref);
  g_free (account);
}

static void
deck_mock_tag_free (gpointer data)
{
  DeckMockTag *tag = data;

  g_free (tag->id);
  g_free (tag->label);
  g_free (tag->description);
  g_free (tag);
}

static void
deck_mock_mapping_free (gpointer data)
{
  DeckMockTagMapping *mapping = data;

  g_free (mapping->id);
  g_free (mapping->tag_id);
  g_free (mapping->resource_id);
  g_free (mapping);
}

static void
deck_mock_job_free (gpointer data)
{
  DeckMockJob *job = data;

  g_free (job->id);
  g_free (job->type);
  g_free (job->entity_type);
  g_free (job->entity_id);
  g_free (job->status);
  g_clear_pointer (&job->data, json_object_unref);
  g_clear_pointer (&job->emails, g_ptr_array_unref);
  if (job->work_free != NULL)
    g_clear_pointer (&job->work, job->work_free);
  g_free (job);
}

static void
deck_mock_campaign_free (gpointer data)
{
  DeckMockCampaign *campaign = data;

  g_free (campaign->id);
  g_clear_pointer (&campaign->json, json_object_unref);
  g_clear_pointer (&campaign->lead_emails, g_ptr_array_unref);
  g_free (campaign);
}

static void
deck_mock_subsequence_free (gpointer data)
{
  DeckMockSubsequence *subsequence = data;

  g_free (subsequence->id);
  g_free (subsequence->parent_campaign);
  g_clear_pointer (&subsequence->json, json_object_unref);
  g_free (subsequence);
}

DeckMockStore *
deck_mock_store_new (guint n_accounts)
{
  return deck_mock_store_new_for_workspace (n_accounts, NULL);
}

DeckMockStore *
deck_mock_store_new_for_workspace (guint       n_accounts,
                                   const char *workspace_name)
{
  DeckMockStore *store = g_new0 (DeckMockStore, 1);

  if (workspace_name == NULL || g_str_equal (workspace_name, DECK_MOCK_DEFAULT_WORKSPACE_NAME))
    {
      store->seed = DEFAULT_SEED;
      store->workspace.name = g_strdup (DECK_MOCK_DEFAULT_WORKSPACE_NAME);
    }
  else
    {
      store->seed = DEFAULT_SEED ^ deck_mock_hash (workspace_name, "workspace");
      store->workspace.name = g_strdup (workspace_name);
    }

  store->accounts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, deck_mock_account_free);
  store->account_order = g_sequence_new (NULL);
  store->tags = g_ptr_array_new_with_free_func (deck_mock_tag_free);
  store->mappings = g_ptr_array_new_with_free_func (deck_mock_mapping_free);
  store->jobs = g_ptr_array_new_with_free_func (deck_mock_job_free);
  store->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  store->job_duration_ms = DEFAULT_JOB_DURATION_MS;
  store->api_keys = g_ptr_array_new_with_free_func (deck_mock_api_key_free);
  store->members = g_ptr_array_new_with_free_func (deck_mock_member_free);
  store->group_members = g_ptr_array_new_with_free_func (deck_mock_group_member_free);
  store->audit_log = g_ptr_array_new_with_free_func (deck_mock_audit_entry_free);
  store->campaigns = g_ptr_array_new_with_free_func (deck_mock_campaign_free);
  store->subsequences = g_ptr_array_new_with_free_func (deck_mock_subsequence_free);

  deck_mock_seed_fill (store, n_accounts);
  /* After the campaigns, whose leads it creates. */
  store->leads = deck_mock_lead_store_new ();
  deck_mock_seed_leads (store, DECK_MOCK_DEFAULT_N_LEADS);

  return store;
}

void
deck_mock_store_free (DeckMockStore *store)
{
  if (store == NULL)
    return;

  /* The sequence does not own the accounts; the hash table does. */
  g_sequence_free (store->account_order);
  g_hash_table_unref (store->accounts);
  g_ptr_array_unref (store->tags);
  g_ptr_array_unref (store->mappings);
  g_ptr_array_unref (store->jobs);
  g_hash_table_unref (store->keys);
  g_ptr_array_unref (store->api_keys);
  g_ptr_array_unref (store->members);
  g_ptr_array_unref (store->group_members);
  g_ptr_array_unref (store->audit_log);
  g_clear_pointer (&store->leads, deck_mock_lead_store_free);
  g_ptr_array_unref (store->subsequences);
  g_ptr_array_unref (store->campaigns);
  g_strfreev (store->audit_user_ids);
  g_strfreev (store->audit_user_names);
  g_strfreev (store->audit_key_ids);
  g_strfreev (store->audit_emails);
  g_free (store->workspace.name);
  g_free (store->workspace.org_logo_url);
  g_free (store->workspace.client_domain);
  g_clear_pointer (&store->rand, g_rand_free);
  g_free (store->workspace_id);
  g_free (store->user_id);
  g_free (store->api_key);
  g_free (store);
}

/* IDs and time */

char *
deck_mock_uuid7 (GRand  *rand,
                 gint64  unix_ms,
                 guint   seq)
{
  guint64 ms = (guint64) MAX (unix_ms, 0) & G_GUINT64_CONSTANT (0xffffffffffff);
  guint32 r1 = g_rand_int (rand);
  guint32 r2 = g_rand_int (rand);
  guint32 r3 = g_rand_int (rand);

  /* 48-bit ms, version 7, 12 bits of sequence (keeps ids in creation order
   * within one millisecond), variant 10, 62 random bits. */
  return g_strdup_printf ("%08x-%04x-7%03x-%04x-%04x%08x",
                          (guint32) (ms >> 16),
                          (guint32) (ms & 0xffff),
                          seq & 0xfff,
                          0x8000 | (r1 & 0x3fff),
                          r2 & 0xffff,
                          r3);
}

char *
deck_mock_store_new_id (DeckMockStore *store,
                        gint64         unix_ms)
{
  if (unix_ms > store->last_id_ms)
    {
      store->last_id_ms = unix_ms;
      store->id_seq = 0;
    }
  else
    {
      /* Never go back in time, so ids stay sorted in creation order. */
      unix_ms = store->last_id_ms;
      store->id_seq++;
      if (store->id_seq > 0xfff)
        {
          store->last_id_ms++;
          unix_ms = store->last_id_ms;
          store->id_seq = 0;
        }
    }

  return deck_mock_uuid7 (store->rand, unix_ms, store->id_seq);
}

gint64
deck_mock_now_ms (void)
{
  return g_get_real_time () / 1000;
}

char *
deck_mock_format_time (gint64 unix_ms)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_ms / 1000);
  g_autofree char *base = NULL;

  if (dt == NULL)
    return g_strdup ("1970-01-01T00:00:00.000Z");

  base = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", base, (int) (unix_ms % 1000));
}

gboolean
deck_mock_parse_time (const char *text,
                      gint64     *unix_ms)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;

  /* A bare date means UTC midnight. */
  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      g_autofree char *full = g_strconcat (text, "T00:00:00Z", NULL);
      dt = g_date_time_new_from_iso8601 (full, NULL);
    }
  else
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      dt = g_date_time_new_from_iso8601 (text, utc);
    }

  if (dt == NULL)
    return FALSE;

  *unix_ms = g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
  return TRUE;
}

guint32
deck_mock_hash (const char *a,
                const char *b)
{
  guint32 h = 2166136261u;

  /* FNV-1a over both strings: stable across runs and platforms. */
  for (const char *p = a; p != NULL && *p; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  h = (h ^ 0xff) * 16777619u;
  for (const char *p = b; p != NULL && *p; p++)
    h = (h ^ (guchar) *p) * 16777619u;

  h ^= h >> 15;
  h *= 0x2c1b3c6d;
  h ^= h >> 12;
  return h;
}

JsonNode *
deck_mock_json_copy (JsonNode *node)
{
  JsonNode *copy;

  if (node == NULL)
    return NULL;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, deck_mock_json_object_copy (json_node_get_object (node)));
      return copy;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *out = json_array_sized_new (json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (out, deck_mock_json_copy (json_array_get_element (array, i)));
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, out);
        return copy;
      }

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

JsonObject *
deck_mock_json_object_copy (JsonObject *object)
{
  JsonObject *out = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    json_object_set_member (out, name, deck_mock_json_copy (value));

  return out;
}

/* Accounts */

static int
compare_accounts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const DeckMockAccount *x = a;
  const DeckMockAccount *y = b;

  if (x->created_ms != y->created_ms)
    return x->created_ms < y->created_ms ? -1 : 1;
  return strcmp (x->key, y->key);
}

static int
get_int (JsonObject *json,
         const char *member,
         int         fallback)
{
  JsonNode *node = json_object_get_member (json, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fallback;
  return (int) json_node_get_double (node);
}

void
deck_mock_account_sync (DeckMockAccount *account)
{
  JsonObject *json = account->json;
  const char *ctd = NULL;

  if (json == NULL)
    return;

  g_free (account->first_name);
  account->first_name = g_strdup (json_object_get_string_member_with_default (json, "first_name", ""));
  g_free (account->last_name);
  account->last_name = g_strdup (json_object_get_string_member_with_default (json, "last_name", ""));
  account->status = get_int (json, "status", 1);
  account->warmup_status = get_int (json, "warmup_status", 0);
  account->provider_code = get_int (json, "provider_code", 0);
  account->score = get_int (json, "stat_warmup_score", G_MININT);
  account->managed = json_object_get_boolean_member_with_default (json, "is_managed_account", FALSE);
  account->setup_pending = json_object_get_boolean_member_with_default (json, "setup_pending", FALSE);
  if (json_object_has_member (json, "tracking_domain_name"))
    ctd = json_object_get_string_member_with_default (json, "tracking_domain_name", NULL);
  account->has_ctd = ctd != NULL && *ctd != '\0';
}

static DeckMockAccount *
insert_account (DeckMockStore   *store,
                DeckMockAccount *account)
{
  account->key = g_ascii_strdown (account->email, -1);
  g_hash_table_replace (store->accounts, account->key, account);
  account->iter = g_sequence_insert_sorted (store->account_order, account, compare_accounts, NULL);

  return account;
}

DeckMockAccount *
deck_mock_store_add_account (DeckMockStore *store,
                             JsonObject    *json)
{
  DeckMockAccount *account = g_new0 (DeckMockAccount, 1);

  account->email = g_strdup (json_object_get_string_member (json, "email"));
  account->json = json_object_ref (json);
  deck_mock_parse_time (json_object_get_string_member (json, "timestamp_created"), &account->created_ms);
  deck_mock_account_sync (account);

  return insert_account (store, account);
}

DeckMockAccount *
deck_mock_store_add_seeded (DeckMockStore   *store,
                            DeckMockAccount *account)
{
  return insert_account (store, account);
}

JsonObject *
deck_mock_account_json (DeckMockStore   *store,
                        DeckMockAccount *account)
{
  if (account->json == NULL)
    account->json = deck_mock_seed_build_account (store, account);
  return account->json;
}

DeckMockAccount *
deck_mock_store_lookup_account (DeckMockStore *store,
                                const char    *email)
{
  g_autofree char *key = NULL;

  if (email == NULL)
    return NULL;

  key = g_ascii_strdown (email, -1);
  return g_hash_table_lookup (store->accounts, key);
}

void
deck_mock_store_remove_account (DeckMockStore   *store,
                                DeckMockAccount *account)
{
  const char *email = account->email;

  for (guint i = store->mappings->len; i > 0; i--)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (store->mappings, i - 1);

      if (mapping->resource_type == 1 && g_ascii_strcasecmp (mapping->resource_id, email) == 0)
        g_ptr_array_remove_index (store->mappings, i - 1);
    }

  g_sequence_remove (account->iter);
  g_hash_table_remove (store->accounts, account->key);
}

void
deck_mock_account_touch (DeckMockStore   *store,
                         DeckMockAccount *account)
{
  g_autofree char *now = deck_mock_format_time (deck_mock_now_ms ());
  JsonObject *json = deck_mock_account_json (store, account);

  json_object_set_string_member (json, "timestamp_updated", now);
  json_object_set_string_member (json, "modified_by", store->user_id);
  deck_mock_account_sync (account);
}

JsonObject *
deck_mock_account_json_new (DeckMockStore *store,
                            const char    *email,
                            const char    *first_name,
                            const char    *last_name,
                            int            provider_code,
                            gint64         created_ms)
{
  JsonObject *json = json_object_new ();
  JsonObject *warmup = json_object_new ();
  JsonObject *advanced = json_object_new ();
  g_autofree char *created = deck_mock_format_time (created_ms);

  /* Every member of the Account schema, in its order, with neutral defaults. */
  json_object_set_boolean_member (advanced, "warm_ctd", FALSE);
  json_object_set_double_member (advanced, "open_rate", 0.95);
  json_object_set_double_member (advanced, "important_rate", 0.8);
  json_object_set_boolean_member (advanced, "read_emulation", TRUE);
  json_object_set_double_member (advanced, "spam_save_rate", 0.02);
  json_object_set_boolean_member (advanced, "weekday_only", FALSE);
  json_object_set_int_member (warmup, "limit", 20);
  json_object_set_object_member (warmup, "advanced", advanced);
  json_object_set_string_member (warmup, "warmup_custom_ftag", "");
  json_object_set_string_member (warmup, "increment", "disabled");
  json_object_set_int_member (warmup, "reply_rate", 30);

  json_object_set_string_member (json, "email", email);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "timestamp_updated", created);
  json_object_set_string_member (json, "first_name", first_name);
  json_object_set_string_member (json, "last_name", last_name);
  json_object_set_object_member (json, "warmup", warmup);
  json_object_set_string_member (json, "added_by", store->user_id);
  json_object_set_int_member (json, "daily_limit", 30);
  json_object_set_null_member (json, "daily_limit_max");
  json_object_set_null_member (json, "warmup_limit_max");
  json_object_set_string_member (json, "modified_by", store->user_id);
  json_object_set_null_member (json, "tracking_domain_name");
  json_object_set_null_member (json, "tracking_domain_status");
  json_object_set_int_member (json, "status", 1);
  json_object_set_boolean_member (json, "enable_slow_ramp", FALSE);
  json_object_set_int_member (json, "inbox_placement_test_limit", 10);
  json_object_set_string_member (json, "organization", store->workspace_id);
  json_object_set_int_member (json, "warmup_status", 0);
  json_object_set_null_member (json, "timestamp_warmup_start");
  json_object_set_int_member (json, "provider_code", provider_code);
  json_object_set_boolean_member (json, "setup_pending", FALSE);
  json_object_set_boolean_member (json, "is_managed_account", FALSE);
  json_object_set_null_member (json, "stat_warmup_score");
  json_object_set_int_member (json, "sending_gap", 10);
  json_object_set_null_member (json, "signature");
  json_object_set_null_member (json, "reply_to");
  json_object_set_null_member (json, "autofix_failed");

  return json;
}

gboolean
deck_mock_account_has_tag (DeckMockAccount *account,
                           const char      *tag_id)
{
  for (guint i = 0; account->tag_ids != NULL && i < account->tag_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (account->tag_ids, i), tag_id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle_folded)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle_folded) != NULL;
}

static gboolean
matches_acc_filter (DeckMockAccount *account,
                    const char      *filter)
{
  if (g_str_equal (filter, "ACC_FILTER_PAUSED"))
    return account->status == 2;
  if (g_str_equal (filter, "ACC_FILTER_ERROR"))
    return account->status < 0;
  if (g_str_equal (filter, "ACC_FILTER_NO_CTD"))
    return !account->has_ctd;
  if (g_str_equal (filter, "ACC_FILTER_PW_ACCOUNTS"))
    return account->prewarmed;
  if (g_str_equal (filter, "ACC_FILTER_DFY"))
    return account->managed;
  if (g_str_equal (filter, "ACC_FILTER_DFY_SETUP_PENDING"))
    return account->managed && account->setup_pending;
  if (g_str_equal (filter, "ACC_FILTER_W_ACTIVE"))
    return account->warmup_status == 1;
  if (g_str_equal (filter, "ACC_FILTER_W_PAUSED"))
    return account->warmup_status == 0;
  if (g_str_equal (filter, "ACC_FILTER_W_ERROR"))
    return account->warmup_status < 0;

  return TRUE;
}

gboolean
deck_mock_account_matches (DeckMockStore               *store,
                           DeckMockAccount             *account,
                           const DeckMockAccountFilter *filter)
{
  if (filter == NULL)
    return TRUE;

  if (filter->has_status && account->status != filter->status)
    return FALSE;

  if (filter->has_provider_code && account->provider_code != filter->provider_code)
    return FALSE;

  if (filter->filter != NULL && !matches_acc_filter (account, filter->filter))
    return FALSE;

  if (filter->tag_ids_any != NULL && filter->tag_ids_any[0] != NULL)
    {
      gboolean any = FALSE;

      for (guint i = 0; filter->tag_ids_any[i] != NULL && !any; i++)
        any = deck_mock_account_has_tag (account, filter->tag_ids_any[i]);
      if (!any)
        return FALSE;
    }

  if (filter->tag_ids_all != NULL)
    {
      for (guint i = 0; filter->tag_ids_all[i] != NULL; i++)
        if (!deck_mock_account_has_tag (account, filter->tag_ids_all[i]))
          return FALSE;
    }

  if (filter->search != NULL && *filter->search != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (filter->search, -1);
      g_autofree char *full_name = g_strdup_printf ("%s %s", account->first_name, account->last_name);

      if (!contains_casefold (account->email, needle) && !contains_casefold (full_name, needle))
        return FALSE;
    }

  return TRUE;
}

char *
deck_mock_account_cursor (DeckMockAccount *account)
{
  g_autofree char *created = deck_mock_format_time (account->created_ms);

  return g_strdup_printf ("%s&%s", created, account->email);
}

JsonNode *
deck_mock_account_to_json (DeckMockStore   *store,
                           DeckMockAccount *account,
                           gboolean         include_tags)
{
  JsonObject *json = deck_mock_account_json (store, account);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *copy;
  JsonArray *tags;

  /* Replies are serialised under the store's lock, so they may share the stored
   * object; only the tags need an object of their own. */
  if (!include_tags)
    {
      json_node_set_object (node, json);
      return node;
    }

  copy = json_object_new ();
  {
    JsonObjectIter iter;
    const char *name;
    JsonNode *value;

    json_object_iter_init_ordered (&iter, json);
    while (json_object_iter_next_ordered (&iter, &name, &value))
      json_object_set_member (copy, name, json_node_copy (value));
  }

  tags = json_array_new ();
  for (guint i = 0; account->tag_ids != NULL && i < account->tag_ids->len; i++)
    {
      DeckMockTag *tag = deck_mock_store_lookup_tag (store, g_ptr_array_index (account->tag_ids, i));
      JsonObject *obj;

      if (tag == NULL)
        continue;
      obj = json_object_new ();
      json_object_set_string_member (obj, "id", tag->id);
      json_object_set_string_member (obj, "label", tag->label);
      if (tag->description != NULL)
        json_object_set_string_member (obj, "description", tag->description);
      else
        json_object_set_null_member (obj, "description");
      json_array_add_object_element (tags, obj);
    }
  json_object_set_array_member (copy, "tags", tags);
  json_node_take_object (node, copy);

  return node;
}

/* Tags */

DeckMockTag *
deck_mock_store_lookup_tag (DeckMockStore *store,
                            const char    *id)
{
  for (guint i = 0; i < store->tags->len; i++)
    {
      DeckMockTag *tag = g_ptr_array_index (store->tags, i);

      if (g_strcmp0 (tag->id, id) == 0)
        return tag;
    }
  return NULL;
}

DeckMockTag *
deck_mock_store_find_tag_label (DeckMockStore *store,
                                const char    *label)
{
  g_autofree char *wanted = g_strstrip (g_strdup (label));

  for (guint i = 0; i < store->tags->len; i++)
    {
      DeckMockTag *tag = g_ptr_array_index (store->tags, i);

      if (g_strcmp0 (tag->label, wanted) == 0)
        return tag;
    }
  return NULL;
}

DeckMockTag *
deck_mock_store_add_tag (DeckMockStore *store,
                         const char    *label,
                         const char    *description,
                         gint64         created_ms)
{
  DeckMockTag *tag = g_new0 (DeckMockTag, 1);

  tag->id = deck_mock_store_new_id (store, created_ms);
  tag->created_ms = created_ms;
  tag->updated_ms = created_ms;
  tag->label = g_strstrip (g_strdup (label));
  tag->description = g_strdup (description);
  g_ptr_array_add (store->tags, tag);

  return tag;
}

void
deck_mock_store_remove_tag (DeckMockStore *store,
                            DeckMockTag   *tag)
{
  GHashTableIter iter;
  gpointer value;

  for (guint i = store->mappings->len; i > 0; i--)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (store->mappings, i - 1);

      if (g_strcmp0 (mapping->tag_id, tag->id) == 0)
        g_ptr_array_remove_index (store->mappings, i - 1);
    }

  g_hash_table_iter_init (&iter, store->accounts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      DeckMockAccount *account = value;

      for (guint i = account->tag_ids ? account->tag_ids->len : 0; i > 0; i--)
        if (g_strcmp0 (g_ptr_array_index (account->tag_ids, i - 1), tag->id) == 0)
          g_ptr_array_remove_index (account->tag_ids, i - 1);
    }

  g_ptr_array_remove (store->tags, tag);
}

JsonNode *
deck_mock_tag_to_json (DeckMockStore *store,
                       DeckMockTag   *tag)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = deck_mock_format_time (tag->created_ms);
  g_autofree char *updated = deck_mock_format_time (tag->updated_ms);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, tag->id);
  json_builder_set_member_name (builder, "timestamp_created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "timestamp_updated");
  json_builder_add_string_value (builder, updated);
  json_builder_set_member_name (builder, "organization_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, tag->label);
  json_builder_set_member_name (builder, "description");
  if (tag->description != NULL)
    json_builder_add_string_value (builder, tag->description);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

gboolean
deck_mock_store_set_tag_mapping (DeckMockStore *store,
                                 const char    *tag_id,
                                 int            resource_type,
                                 const char    *resource_id,
                                 gboolean       assign,
                                 gint64         created_ms)
{
  DeckMockAccount *account = NULL;
  DeckMockTagMapping *mapping;

  if (resource_type == 1)
    {
      account = deck_mock_store_lookup_account (store, resource_id);
      if (account == NULL)
        return FALSE;
      /* Mappings of accounts use the account's email as its id: the Account
       * schema has no other identifier. */
      resource_id = account->email;
    }

  for (guint i = 0; i < store->mappings->len; i++)
    {
      mapping = g_ptr_array_index (store->mappings, i);

      if (mapping->resource_type == resource_type &&
          g_strcmp0 (mapping->tag_id, tag_id) == 0 &&
          g_strcmp0 (mapping->resource_id, resource_id) == 0)
        {
          if (assign)
            return FALSE;

          g_ptr_array_remove_index (store->mappings, i);
          if (account != NULL && account->tag_ids != NULL)
            {
              for (guint j = 0; j < account->tag_ids->len; j++)
                if (g_str_equal (g_ptr_array_index (account->tag_ids, j), tag_id))
                  {
                    g_ptr_array_remove_index (account->tag_ids, j);
                    break;
                  }
            }
          return TRUE;
        }
    }

  if (!assign)
    return FALSE;

  mapping = g_new0 (DeckMockTagMapping, 1);
  mapping->id = deck_mock_store_new_id (store, created_ms);
  mapping->tag_id = g_strdup (tag_id);
  mapping->resource_id = g_strdup (resource_id);
  mapping->resource_type = resource_type;
  mapping->created_ms = created_ms;
  g_ptr_array_add (store->mappings, mapping);

  if (account != NULL)
    {
      if (account->tag_ids == NULL)
        account->tag_ids = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (account->tag_ids, g_strdup (tag_id));
    }

  return TRUE;
}

JsonNode *
deck_mock_mapping_to_json (DeckMockStore      *store,
                           DeckMockTagMapping *mapping)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = deck_mock_format_time (mapping->created_ms);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, mapping->id);
  json_builder_set_member_name (builder, "tag_id");
  json_builder_add_string_value (builder, mapping->tag_id);
  json_builder_set_member_name (builder, "resource_id");
  json_builder_add_string_value (builder, mapping->resource_id);
  json_builder_set_member_name (builder, "resource_type");
  json_builder_add_int_value (builder, mapping->resource_type);
  json_builder_set_member_name (builder, "timestamp_created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "organization_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Background jobs */

DeckMockJob *
deck_mock_store_add_job (DeckMockStore *store,
                         const char    *type,
                         const char    *entity_type,
                         const char    *entity_id,
                         gint64         created_ms)
{
  DeckMockJob *job = g_new0 (DeckMockJob, 1);

  job->id = deck_mock_store_new_id (store, created_ms);
  job->type = g_strdup (type);
  job->entity_type = g_strdup (entity_type);
  job->entity_id = g_strdup (entity_id);
  job->status = g_strdup ("pending");
  job->data = json_object_new ();
  job->created_ms = created_ms;
  job->updated_ms = created_ms;
  job->started_us = g_get_monotonic_time ();
  g_ptr_array_add (store->jobs, job);

  return job;
}

DeckMockJob *
deck_mock_store_lookup_job (DeckMockStore *store,
                            const char    *id)
{
  for (guint i = 0; i < store->jobs->len; i++)
    {
      DeckMockJob *job = g_ptr_array_index (store->jobs, i);

      if (g_strcmp0 (job->id, id) == 0)
        return job;
    }
  return NULL;
}

static void
job_set_state (DeckMockJob *job,
               const char  *status,
               int          progress)
{
  if (g_strcmp0 (job->status, status) == 0 && job->progress == progress)
    return;

  g_free (job->status);
  job->status = g_strdup (status);
  job->progress = progress;
  job->updated_ms = deck_mock_now_ms ();
}

static void
job_finish_warmup (DeckMockStore *store,
                   DeckMockJob   *job)
{
  guint success = 0;
  guint failed = 0;

  for (guint i = 0; i < job->emails->len; i++)
    {
      DeckMockAccount *account = deck_mock_store_lookup_account (store, g_ptr_array_index (job->emails, i));
      int current;

      if (account == NULL)
        {
          failed++;
          continue;
        }

      current = account->warmup_status;
      /* Banned and permanently suspended accounts cannot be warmed up again. */
      if (job->warmup_status == 1 && (current == -1 || current == -3))
        {
          failed++;
          continue;
        }

      json_object_set_int_member (deck_mock_account_json (store, account), "warmup_status", job->warmup_status);
      if (job->warmup_status == 1 && current != 1)
        {
          g_autofree char *now = deck_mock_format_time (deck_mock_now_ms ());

          json_object_set_string_member (deck_mock_account_json (store, account), "timestamp_warmup_start", now);
        }
      deck_mock_account_touch (store, account);
      success++;
    }

  json_object_set_int_member (job->data, "success_count", success);
  json_object_set_int_member (job->data, "failed_count", failed);
}

void
deck_mock_store_tick (DeckMockStore *store)
{
  gint64 now = g_get_monotonic_time ();
  gint64 duration_us = (gint64) store->job_duration_ms * 1000;

  for (guint i = 0; i < store->jobs->len; i++)
    {
      DeckMockJob *job = g_ptr_array_index (store->jobs, i);
      gint64 elapsed = now - job->started_us;

      if (!job->simulated)
        continue;

      if (elapsed >= duration_us)
        {
          if (job->emails != NULL)
            job_finish_warmup (store, job);
          if (job->finish != NULL)
            job->finish (store, job);
          job_set_state (job, "success", 100);
          job->simulated = FALSE;
        }
      else if (elapsed >= duration_us / 5)
        {
          job_set_state (job, "in-progress", (int) CLAMP (elapsed * 100 / MAX (duration_us, 1), 1, 99));
        }
    }
}

JsonNode *
deck_mock_job_to_json (DeckMockStore  *store,
                       DeckMockJob    *job,
                       char          **data_fields)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = deck_mock_format_time (job->created_ms);
  g_autofree char *updated = deck_mock_format_time (job->updated_ms);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, job->id);
  json_builder_set_member_name (builder, "workspace_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_set_member_name (builder, "user_id");
  json_builder_add_string_value (builder, store->user_id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, job->type);
  json_builder_set_member_name (builder, "entity_id");
  if (job->entity_id != NULL)
    json_builder_add_string_value (builder, job->entity_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "entity_type");
  json_builder_add_string_value (builder, job->entity_type);

  json_builder_set_member_name (builder, "data");
  json_builder_begin_object (builder);
  json_object_iter_init_ordered (&iter, job->data);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      if (data_fields != NULL && !g_strv_contains ((const char * const *) data_fields, name))
        continue;
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (value));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "progress");
  json_builder_add_int_value (builder, job->progress);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, job->status);
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_string_value (builder, updated);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Campaigns and subsequences */

DeckMockCampaign *
deck_mock_store_lookup_campaign (DeckMockStore *store,
                                 const char    *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < store->campaigns->len; i++)
    {
      DeckMockCampaign *campaign = g_ptr_array_index (store->campaigns, i);

      if (g_str_equal (campaign->id, id))
        return campaign;
    }
  return NULL;
}

void
deck_mock_store_foreach_campaign (DeckMockStore        *store,
                                  DeckMockCampaignFunc  func,
                                  gpointer              user_data)
{
  for (guint i = 0; i < store->campaigns->len; i++)
    func (store, g_ptr_array_index (store->campaigns, i), user_data);
}

DeckMockCampaign *
deck_mock_store_add_campaign (DeckMockStore *store,
                              JsonObject    *json)
{
  DeckMockCampaign *campaign = g_new0 (DeckMockCampaign, 1);

  campaign->id = g_strdup (json_object_get_string_member (json, "id"));
  campaign->json = json;
  deck_mock_parse_time (json_object_get_string_member_with_default (json, "timestamp_created", NULL),
                        &campaign->created_ms);
  campaign->lead_emails = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (store->campaigns, campaign);

  return campaign;
}

void
deck_mock_store_remove_campaign (DeckMockStore    *store,
                                 DeckMockCampaign *campaign)
{
  /* Subsequences belong to their campaign. */
  for (guint i = store->subsequences->len; i > 0; i--)
    {
      DeckMockSubsequence *subsequence = g_ptr_array_index (store->subsequences, i - 1);

      if (g_strcmp0 (subsequence->parent_campaign, campaign->id) == 0)
        g_ptr_array_remove_index (store->subsequences, i - 1);
    }

  for (guint i = store->mappings->len; i > 0; i--)
    {
      DeckMockTagMapping *mapping = g_ptr_array_index (store->mappings, i - 1);

      if (mapping->resource_type == 2 && g_strcmp0 (mapping->resource_id, campaign->id) == 0)
        g_ptr_array_remove_index (store->mappings, i - 1);
    }

  g_ptr_array_remove (store->campaigns, campaign);
}

const char *
deck_mock_campaign_get_name (DeckMockCampaign *campaign)
{
  return json_object_get_string_member_with_default (campaign->json, "name", "");
}

int
deck_mock_campaign_get_status (DeckMockCampaign *campaign)
{
  return (int) json_object_get_int_member_with_default (campaign->json, "status", 0);
}

static JsonArray *
campaign_steps (DeckMockCampaign *campaign)
{
  JsonNode *node = json_object_get_member (campaign->json, "sequences");
  JsonArray *sequences;
  JsonNode *first;
  JsonNode *steps;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  sequences = json_node_get_array (node);
  if (json_array_get_length (sequences) == 0)
    return NULL;
  first = json_array_get_element (sequences, 0);
  if (!JSON_NODE_HOLDS_OBJECT (first))
    return NULL;
  steps = json_object_get_member (json_node_get_object (first), "steps");
  if (steps == NULL || !JSON_NODE_HOLDS_ARRAY (steps))
    return NULL;
  return json_node_get_array (steps);
}

guint
deck_mock_campaign_get_n_steps (DeckMockCampaign *campaign)
{
  JsonArray *steps = campaign_steps (campaign);

  return steps != NULL ? json_array_get_length (steps) : 0;
}

guint
deck_mock_campaign_get_n_variants (DeckMockCampaign *campaign,
                                   guint             step)
{
  JsonArray *steps = campaign_steps (campaign);
  JsonNode *node;
  JsonNode *variants;

  if (steps == NULL || step >= json_array_get_length (steps))
    return 0;
  node = json_array_get_element (steps, step);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return 0;
  variants = json_object_get_member (json_node_get_object (node), "variants");
  if (variants == NULL || !JSON_NODE_HOLDS_ARRAY (variants))
    return 0;
  return json_array_get_length (json_node_get_array (variants));
}

DeckMockSubsequence *
deck_mock_store_lookup_subsequence (DeckMockStore *store,
                                    const char    *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < store->subsequences->len; i++)
    {
      DeckMockSubsequence *subsequence = g_ptr_array_index (store->subsequences, i);

      if (g_str_equal (subsequence->id, id))
        return subsequence;
    }
  return NULL;
}

DeckMockSubsequence *
deck_mock_store_add_subsequence (DeckMockStore *store,
                                 JsonObject    *json)
{
  DeckMockSubsequence *subsequence = g_new0 (DeckMockSubsequence, 1);

  subsequence->id = g_strdup (json_object_get_string_member (json, "id"));
  subsequence->parent_campaign = g_strdup (json_object_get_string_member (json, "parent_campaign"));
  subsequence->json = json;
  deck_mock_parse_time (json_object_get_string_member_with_default (json, "timestamp_created", NULL),
                        &subsequence->created_ms);
  g_ptr_array_add (store->subsequences, subsequence);

  return subsequence;
}

void
deck_mock_store_remove_subsequence (DeckMockStore       *store,
                                    DeckMockSubsequence *subsequence)
{
  g_ptr_array_remove (store->subsequences, subsequence);
}
