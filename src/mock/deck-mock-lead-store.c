/* deck-mock-lead-store.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-lead-store"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "deck-mock-leads-private.h"

void
deck_mock_lead_free (gpointer data)
{
  DeckMockLead *lead = data;

  g_clear_pointer (&lead->custom, json_object_unref);
  g_free (lead);
}

static void
lead_list_free (gpointer data)
{
  DeckMockLeadList *list = data;

  g_free (list->id);
  g_free (list->name);
  g_free (list->owned_by);
  g_free (list);
}

static void
lead_label_free (gpointer data)
{
  DeckMockLeadLabel *label = data;

  g_free (label->id);
  g_free (label->label);
  g_free (label->interest_status_label);
  g_free (label->description);
  g_free (label);
}

static void
block_entry_free (gpointer data)
{
  DeckMockBlockEntry *entry = data;

  g_free (entry->id);
  g_free (entry->value);
  g_free (entry);
}

DeckMockLeadStore *
deck_mock_lead_store_new (void)
{
  DeckMockLeadStore *leads = g_new0 (DeckMockLeadStore, 1);

  leads->strings = g_string_chunk_new (64 * 1024);
  leads->leads = g_ptr_array_new_with_free_func (deck_mock_lead_free);
  leads->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  leads->by_email = g_hash_table_new (g_str_hash, g_str_equal);
  leads->lists = g_ptr_array_new_with_free_func (lead_list_free);
  leads->labels = g_ptr_array_new_with_free_func (lead_label_free);
  leads->block_list = g_ptr_array_new_with_free_func (block_entry_free);

  return leads;
}

void
deck_mock_lead_store_free (DeckMockLeadStore *leads)
{
  if (leads == NULL)
    return;

  g_hash_table_unref (leads->by_id);
  g_hash_table_unref (leads->by_email);
  g_ptr_array_unref (leads->leads);
  g_ptr_array_unref (leads->lists);
  g_ptr_array_unref (leads->labels);
  g_ptr_array_unref (leads->block_list);
  g_string_chunk_free (leads->strings);
  g_free (leads->block_list_id);
  g_free (leads);
}

/* Leads */

const char *
deck_mock_lead_intern (DeckMockStore *store,
                       const char    *text)
{
  if (text == NULL)
    return NULL;
  return g_string_chunk_insert_const (store->leads->strings, text);
}

DeckMockLead *
deck_mock_lead_new (DeckMockStore *store,
                    gint64         created_ms)
{
  DeckMockLead *lead = g_new0 (DeckMockLead, 1);

  lead->created_ms = created_ms;
  lead->updated_ms = created_ms;
  lead->status = 1;
  lead->interest = DECK_MOCK_LEAD_UNSET;
  lead->verification = DECK_MOCK_LEAD_UNSET;
  lead->enrichment = DECK_MOCK_LEAD_UNSET;
  lead->esg_code = DECK_MOCK_LEAD_UNSET;
  lead->last_step = -1;
  lead->upload_method = 1;

  return lead;
}

static void
email_index_add (DeckMockLeadStore *leads,
                 DeckMockLead      *lead)
{
  DeckMockLead *head;
  DeckMockLead **link;

  if (lead->email_key == NULL)
    return;

  /* Each chain stays in id order, so its head is the oldest lead. */
  head = g_hash_table_lookup (leads->by_email, lead->email_key);
  if (head == NULL || strcmp (lead->id, head->id) < 0)
    {
      lead->email_next = head;
      g_hash_table_insert (leads->by_email, (gpointer) lead->email_key, lead);
      return;
    }
  link = &head->email_next;
  while (*link != NULL && strcmp ((*link)->id, lead->id) < 0)
    link = &(*link)->email_next;
  lead->email_next = *link;
  *link = lead;
}

static void
email_index_remove (DeckMockLeadStore *leads,
                    DeckMockLead      *lead)
{
  DeckMockLead *head;
  DeckMockLead **link;

  if (lead->email_key == NULL)
    return;

  head = g_hash_table_lookup (leads->by_email, lead->email_key);
  if (head == lead)
    {
      if (lead->email_next != NULL)
        g_hash_table_insert (leads->by_email, (gpointer) lead->email_next->email_key, lead->email_next);
      else
        g_hash_table_remove (leads->by_email, lead->email_key);
    }
  else if (head != NULL)
    {
      for (link = &head->email_next; *link != NULL; link = &(*link)->email_next)
        if (*link == lead)
          {
            *link = lead->email_next;
            break;
          }
    }
  lead->email_next = NULL;
}

void
deck_mock_lead_set_email (DeckMockStore *store,
                          DeckMockLead  *lead,
                          const char    *email)
{
  gboolean indexed = lead->id != NULL && g_hash_table_lookup (store->leads->by_id, lead->id) == lead;
  g_autofree char *key = NULL;

  if (indexed)
    email_index_remove (store->leads, lead);

  if (email != NULL && *email != '\0')
    {
      char buf[256];
      gsize length;

      while (g_ascii_isspace (*email))
        email++;
      length = strlen (email);
      while (length > 0 && g_ascii_isspace (email[length - 1]))
        length--;
      /* Seeding 100,000 leads: no allocation for the common short address. */
      if (length < sizeof buf)
        {
          memcpy (buf, email, length);
          buf[length] = '\0';
          lead->email = g_string_chunk_insert (store->leads->strings, buf);
          for (gsize i = 0; i < length; i++)
            buf[i] = g_ascii_tolower (buf[i]);
          lead->email_key = g_string_chunk_insert_const (store->leads->strings, buf);
        }
      else
        {
          g_autofree char *trimmed = g_strndup (email, length);

          key = g_ascii_strdown (trimmed, -1);
          lead->email = g_string_chunk_insert (store->leads->strings, trimmed);
          lead->email_key = g_string_chunk_insert_const (store->leads->strings, key);
        }
    }
  else
    {
      lead->email = NULL;
      lead->email_key = NULL;
    }

  if (indexed)
    email_index_add (store->leads, lead);
}

guint
deck_mock_lead_index_after (DeckMockStore *store,
                            const char    *cursor)
{
  GPtrArray *array = store->leads->leads;
  guint lo = 0;
  guint hi = array->len;

  if (cursor == NULL || *cursor == '\0')
    return 0;

  /* Ids are UUIDv7 and the array is kept in id order: a binary search keeps a
   * page O(page size) however many leads there are. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      DeckMockLead *lead = g_ptr_array_index (array, mid);

      if (strcmp (lead->id, cursor) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
deck_mock_store_insert_lead (DeckMockStore *store,
                             DeckMockLead  *lead)
{
  GPtrArray *array = store->leads->leads;
  guint index = deck_mock_lead_index_after (store, lead->id);

  g_assert (lead->id != NULL);

  if (index == array->len)
    g_ptr_array_add (array, lead);
  else
    g_ptr_array_insert (array, (int) index, lead);
  g_hash_table_insert (store->leads->by_id, (gpointer) lead->id, lead);
  email_index_add (store->leads, lead);
}

void
deck_mock_store_remove_lead (DeckMockStore *store,
                             DeckMockLead  *lead)
{
  GPtrArray *array = store->leads->leads;
  guint index = deck_mock_lead_index_after (store, lead->id);

  g_hash_table_remove (store->leads->by_id, lead->id);
  email_index_remove (store->leads, lead);
  /* index_after gives the position after the lead itself. */
  g_assert (index > 0 && g_ptr_array_index (array, index - 1) == lead);
  g_ptr_array_steal_index (array, index - 1);
}

guint
deck_mock_store_remove_leads_if (DeckMockStore  *store,
                                 gboolean      (*func) (DeckMockLead *, gpointer),
                                 gpointer        user_data,
                                 guint           limit)
{
  GPtrArray *array = store->leads->leads;
  guint kept = 0;
  guint removed = 0;

  /* One pass that compacts the array, so removing many leads stays linear. */
  for (guint i = 0; i < array->len; i++)
    {
      DeckMockLead *lead = array->pdata[i];

      if (removed < limit && func (lead, user_data))
        {
          g_hash_table_remove (store->leads->by_id, lead->id);
          email_index_remove (store->leads, lead);
          deck_mock_lead_free (lead);
          removed++;
        }
      else
        array->pdata[kept++] = lead;
    }
  /* The tail holds leads kept or already freed: drop it without freeing. */
  g_ptr_array_set_free_func (array, NULL);
  g_ptr_array_remove_range (array, kept, array->len - kept);
  g_ptr_array_set_free_func (array, deck_mock_lead_free);

  return removed;
}

DeckMockLead *
deck_mock_store_lookup_lead (DeckMockStore *store,
                             const char    *id)
{
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (store->leads->by_id, id);
}

DeckMockLead *
deck_mock_store_find_lead_email (DeckMockStore *store,
                                 const char    *email)
{
  g_autofree char *key = NULL;

  if (email == NULL)
    return NULL;
  key = g_strstrip (g_ascii_strdown (email, -1));
  return g_hash_table_lookup (store->leads->by_email, key);
}

void
deck_mock_leads_sync_campaign (DeckMockStore *store,
                               const char    *campaign_id)
{
  GPtrArray *leads = store->leads->leads;

  for (guint c = 0; c < store->campaigns->len; c++)
    {
      DeckMockCampaign *campaign = g_ptr_array_index (store->campaigns, c);

      if (campaign_id != NULL && g_strcmp0 (campaign->id, campaign_id) != 0)
        continue;

      g_ptr_array_set_size (campaign->lead_emails, 0);
      for (guint i = 0; i < leads->len; i++)
        {
          DeckMockLead *lead = g_ptr_array_index (leads, i);

          if (lead->email_key != NULL && g_strcmp0 (lead->campaign_id, campaign->id) == 0)
            g_ptr_array_add (campaign->lead_emails, g_strdup (lead->email_key));
        }
    }
}

JsonObject *
deck_mock_lead_ensure_custom (DeckMockLead *lead)
{
  if (lead->custom == NULL)
    {
      DeckMockJsonWriter writer = { g_string_new (NULL), FALSE };
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) node = NULL;

      deck_mock_jw_begin_object (&writer);
      if (lead->seed_custom != 0)
        deck_mock_seed_lead_custom (&writer, lead->seed_custom);
      deck_mock_jw_end_object (&writer);
      text = g_string_free (writer.out, FALSE);
      node = json_from_string (text, NULL);
      lead->custom = json_object_ref (json_node_get_object (node));
      lead->seed_custom = 0;
    }
  return lead->custom;
}

/* JSON */

/* deck_mock_format_time() into @buf, without allocating: a page of leads holds
 * a dozen timestamps per lead. */
static const char *
format_time (gint64  unix_ms,
             char    buf[32])
{
  time_t seconds = (time_t) (unix_ms / 1000);
  struct tm tm;

  if (unix_ms < 0 || gmtime_r (&seconds, &tm) == NULL)
    return "1970-01-01T00:00:00.000Z";
  g_snprintf (buf, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
              tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
              (int) (unix_ms % 1000));
  return buf;
}

/* A small JSON text writer: a page of 100 leads is written straight into one
 * string, without a tree of nodes (the sanitizer build makes each allocation
 * costly, and the benchmark pages through 100,000 leads). */

static void
jw_separate (DeckMockJsonWriter *w)
{
  if (w->need_comma)
    g_string_append_c (w->out, ',');
  w->need_comma = FALSE;
}

void
deck_mock_jw_begin_object (DeckMockJsonWriter *w)
{
  jw_separate (w);
  g_string_append_c (w->out, '{');
}

void
deck_mock_jw_end_object (DeckMockJsonWriter *w)
{
  g_string_append_c (w->out, '}');
  w->need_comma = TRUE;
}

void
deck_mock_jw_begin_array (DeckMockJsonWriter *w)
{
  jw_separate (w);
  g_string_append_c (w->out, '[');
}

void
deck_mock_jw_end_array (DeckMockJsonWriter *w)
{
  g_string_append_c (w->out, ']');
  w->need_comma = TRUE;
}

static void
jw_quoted (GString    *out,
           const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

void
deck_mock_jw_name (DeckMockJsonWriter *w,
                   const char         *name)
{
  jw_separate (w);
  jw_quoted (w->out, name);
  g_string_append_c (w->out, ':');
}

void
deck_mock_jw_string (DeckMockJsonWriter *w,
                     const char         *value)
{
  jw_separate (w);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    jw_quoted (w->out, value);
  w->need_comma = TRUE;
}

void
deck_mock_jw_null (DeckMockJsonWriter *w)
{
  jw_separate (w);
  g_string_append (w->out, "null");
  w->need_comma = TRUE;
}

void
deck_mock_jw_int (DeckMockJsonWriter *w,
                  gint64              value)
{
  jw_separate (w);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
  w->need_comma = TRUE;
}

void
deck_mock_jw_bool (DeckMockJsonWriter *w,
                   gboolean            value)
{
  jw_separate (w);
  g_string_append (w->out, value ? "true" : "false");
  w->need_comma = TRUE;
}

void
deck_mock_jw_node (DeckMockJsonWriter *w,
                   JsonNode           *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  jw_separate (w);
  g_string_append (w->out, text);
  w->need_comma = TRUE;
}

static void
add_nullable_string (DeckMockJsonWriter *builder,
                     const char  *member,
                     const char  *value)
{
  deck_mock_jw_name (builder, member);
  deck_mock_jw_string (builder, value);
}

static void
add_nullable_time (DeckMockJsonWriter *builder,
                   const char  *member,
                   gint64       unix_ms)
{
  char buf[32];

  add_nullable_string (builder, member, unix_ms > 0 ? format_time (unix_ms, buf) : NULL);
}

static void
add_payload_string (DeckMockJsonWriter *builder,
                    const char  *member,
                    const char  *value)
{
  if (value == NULL)
    return;
  deck_mock_jw_name (builder, member);
  deck_mock_jw_string (builder, value);
}

static const char * const upload_methods[] = { "manual", "api", "website-visitor" };

void
deck_mock_lead_write_json (DeckMockJsonWriter *builder,
                           DeckMockStore      *store,
                           DeckMockLead       *lead)
{
  const char *at = lead->email_key != NULL ? strchr (lead->email_key, '@') : NULL;
  char created[32];
  char updated[32];
  char step[32];

  deck_mock_jw_begin_object (builder);
  deck_mock_jw_name (builder, "id");
  deck_mock_jw_string (builder, lead->id);
  deck_mock_jw_name (builder, "timestamp_created");
  deck_mock_jw_string (builder, format_time (lead->created_ms, created));
  deck_mock_jw_name (builder, "timestamp_updated");
  deck_mock_jw_string (builder, format_time (lead->updated_ms, updated));
  deck_mock_jw_name (builder, "organization");
  deck_mock_jw_string (builder, store->workspace_id);
  add_nullable_string (builder, "campaign", lead->campaign_id);
  add_nullable_string (builder, "list_id", lead->list_id);
  deck_mock_jw_name (builder, "status");
  deck_mock_jw_int (builder, lead->status);
  add_nullable_string (builder, "email", lead->email);
  add_nullable_string (builder, "first_name", lead->first_name);
  add_nullable_string (builder, "last_name", lead->last_name);
  add_nullable_string (builder, "company_name", lead->company_name);
  add_nullable_string (builder, "job_title", lead->job_title);
  add_nullable_string (builder, "phone", lead->phone);
  add_nullable_string (builder, "website", lead->website);
  add_nullable_string (builder, "personalization", lead->personalization);
  deck_mock_jw_name (builder, "email_open_count");
  deck_mock_jw_int (builder, lead->opens);
  deck_mock_jw_name (builder, "email_reply_count");
  deck_mock_jw_int (builder, lead->replies);
  deck_mock_jw_name (builder, "email_click_count");
  deck_mock_jw_int (builder, lead->clicks);
  deck_mock_jw_name (builder, "company_domain");
  deck_mock_jw_string (builder, at != NULL ? at + 1 : "");

  /* The lead's variables, as merge tags see them (camelCase). */
  deck_mock_jw_name (builder, "payload");
  deck_mock_jw_begin_object (builder);
  add_payload_string (builder, "firstName", lead->first_name);
  add_payload_string (builder, "lastName", lead->last_name);
  add_payload_string (builder, "companyName", lead->company_name);
  add_payload_string (builder, "jobTitle", lead->job_title);
  add_payload_string (builder, "website", lead->website);
  add_payload_string (builder, "phone", lead->phone);
  add_payload_string (builder, "personalization", lead->personalization);
  if (lead->custom == NULL && lead->seed_custom != 0)
    deck_mock_seed_lead_custom (builder, lead->seed_custom);
  if (lead->custom != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, lead->custom);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          deck_mock_jw_name (builder, name);
          deck_mock_jw_node (builder, value);
        }
    }
  deck_mock_jw_end_object (builder);

  deck_mock_jw_name (builder, "status_summary");
  deck_mock_jw_begin_object (builder);
  if (lead->last_step >= 0 && lead->last_contact_ms > 0)
    g_snprintf (step, sizeof step, "0_%d_0", lead->last_step);
  if (lead->last_step >= 0 && lead->last_contact_ms > 0)
    {
      char executed[32];

      deck_mock_jw_name (builder, "lastStep");
      deck_mock_jw_begin_object (builder);
      deck_mock_jw_name (builder, "from");
      deck_mock_jw_string (builder, "campaign");
      deck_mock_jw_name (builder, "stepID");
      deck_mock_jw_string (builder, step);
      deck_mock_jw_name (builder, "timestamp_executed");
      deck_mock_jw_string (builder, format_time (lead->last_contact_ms, executed));
      deck_mock_jw_end_object (builder);
      deck_mock_jw_name (builder, "domain_complete");
      deck_mock_jw_bool (builder, lead->status == 3);
    }
  deck_mock_jw_end_object (builder);

  if (lead->last_step >= 0 && lead->last_contact_ms > 0)
    {
      add_nullable_string (builder, "last_step_from", "campaign");
      add_nullable_string (builder, "last_step_id", step);
      add_nullable_time (builder, "last_step_timestamp_executed", lead->last_contact_ms);
    }
  else
    {
      add_nullable_string (builder, "last_step_from", NULL);
      add_nullable_string (builder, "last_step_id", NULL);
      add_nullable_string (builder, "last_step_timestamp_executed", NULL);
    }

  if (lead->interest != DECK_MOCK_LEAD_UNSET)
    {
      deck_mock_jw_name (builder, "lt_interest_status");
      deck_mock_jw_int (builder, lead->interest);
    }
  if (lead->verification != DECK_MOCK_LEAD_UNSET)
    {
      deck_mock_jw_name (builder, "verification_status");
      deck_mock_jw_int (builder, lead->verification);
    }
  if (lead->enrichment != DECK_MOCK_LEAD_UNSET)
    {
      deck_mock_jw_name (builder, "enrichment_status");
      deck_mock_jw_int (builder, lead->enrichment);
    }
  add_nullable_string (builder, "pl_value_lead", lead->pl_value_lead);
  add_nullable_string (builder, "subsequence_id", lead->subsequence_id);
  add_nullable_time (builder, "timestamp_added_subsequence", lead->subsequence_ms);
  add_nullable_time (builder, "timestamp_last_contact", lead->last_contact_ms);
  add_nullable_time (builder, "timestamp_last_open", lead->last_open_ms);
  add_nullable_time (builder, "timestamp_last_reply", lead->last_reply_ms);
  add_nullable_time (builder, "timestamp_last_click", lead->last_click_ms);
  add_nullable_time (builder, "timestamp_last_interest_change", lead->interest_ms);
  add_nullable_time (builder, "timestamp_last_touch",
                     MAX (MAX (lead->last_contact_ms, lead->last_reply_ms), MAX (lead->last_open_ms, lead->last_click_ms)));
  add_nullable_string (builder, "last_contacted_from", lead->last_contacted_from);
  add_nullable_string (builder, "uploaded_by_user", store->user_id);
  deck_mock_jw_name (builder, "upload_method");
  deck_mock_jw_string (builder, upload_methods[MIN (lead->upload_method, 2)]);
  add_nullable_string (builder, "assigned_to", lead->assigned_to);
  deck_mock_jw_name (builder, "is_website_visitor");
  deck_mock_jw_bool (builder, lead->upload_method == 2);
  deck_mock_jw_name (builder, "esp_code");
  deck_mock_jw_int (builder, lead->esp_code);
  if (lead->esg_code != DECK_MOCK_LEAD_UNSET)
    {
      deck_mock_jw_name (builder, "esg_code");
      deck_mock_jw_int (builder, lead->esg_code);
    }
  deck_mock_jw_end_object (builder);
}

JsonNode *
deck_mock_lead_to_json (DeckMockStore *store,
                        DeckMockLead  *lead)
{
  DeckMockJsonWriter writer = { g_string_new (NULL), FALSE };
  g_autofree char *text = NULL;

  deck_mock_lead_write_json (&writer, store, lead);
  text = g_string_free (writer.out, FALSE);
  return json_from_string (text, NULL);
}

/* Filters */

static GHashTable *
string_set (JsonObject *body,
            const char *member,
            gboolean    lower)
{
  GHashTable *set;
  JsonArray *array;

  /* An empty array filters nothing, as Instantly ignores it (CATALOG §6.5 says
   * it breaks search there; the mock stays lenient). */
  if (!json_object_has_member (body, member))
    return NULL;
  array = json_object_get_array_member (body, member);
  if (json_array_get_length (array) == 0)
    return NULL;

  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *value = json_array_get_string_element (array, i);

      g_hash_table_add (set, lower ? g_ascii_strdown (value, -1) : g_strdup (value));
    }
  return set;
}

static int
optional_bool (JsonObject *body,
               const char *member)
{
  if (!json_object_has_member (body, member))
    return -1;
  return json_object_get_boolean_member (body, member) ? 1 : 0;
}

gboolean
deck_mock_lead_filter_init (DeckMockLeadFilter *filter,
                            DeckMockContext    *ctx,
                            JsonObject         *body)
{
  const char *search = json_object_get_string_member_with_default (body, "search", NULL);

  memset (filter, 0, sizeof *filter);
  filter->in_campaign = optional_bool (body, "in_campaign");
  filter->in_list = optional_bool (body, "in_list");
  filter->website_visitor = optional_bool (body, "is_website_visitor");
  filter->enrichment = DECK_MOCK_LEAD_UNSET;
  filter->esp_code = DECK_MOCK_LEAD_UNSET;
  filter->now_ms = deck_mock_now_ms ();

  if (search != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (search));

      if (*trimmed != '\0')
        filter->search = g_utf8_casefold (trimmed, -1);
    }
  filter->filter = json_object_get_string_member_with_default (body, "filter", NULL);
  filter->campaign_id = json_object_get_string_member_with_default (body, "campaign", NULL);
  filter->list_id = json_object_get_string_member_with_default (body, "list_id", NULL);
  filter->ids = string_set (body, "ids", FALSE);
  filter->excluded_ids = string_set (body, "excluded_ids", FALSE);
  filter->contacts = string_set (body, "contacts", TRUE);
  filter->assigned_to = string_set (body, "organization_user_ids", FALSE);
  if (json_object_has_member (body, "queries"))
    filter->queries = json_array_ref (json_object_get_array_member (body, "queries"));
  if (json_object_has_member (body, "enrichment_status"))
    filter->enrichment = (int) json_object_get_int_member (body, "enrichment_status");
  if (json_object_has_member (body, "esp_code"))
    filter->esp_code = (int) json_object_get_int_member (body, "esp_code");
  filter->esg_code = json_object_get_string_member_with_default (body, "esg_code", NULL);

  if (filter->ids != NULL && filter->campaign_id == NULL && filter->list_id == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                           "body/ids can only be used together with campaign or list_id");
  else if (filter->campaign_id != NULL && deck_mock_store_lookup_campaign (ctx->store, filter->campaign_id) == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
  else if (filter->list_id != NULL && deck_mock_store_lookup_lead_list (ctx->store, filter->list_id) == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead list not found");
  else
    return TRUE;

  deck_mock_lead_filter_clear (filter);
  return FALSE;
}

void
deck_mock_lead_filter_clear (DeckMockLeadFilter *filter)
{
  g_clear_pointer (&filter->search, g_free);
  g_clear_pointer (&filter->ids, g_hash_table_unref);
  g_clear_pointer (&filter->excluded_ids, g_hash_table_unref);
  g_clear_pointer (&filter->contacts, g_hash_table_unref);
  g_clear_pointer (&filter->assigned_to, g_hash_table_unref);
  g_clear_pointer (&filter->queries, json_array_unref);
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
matches_search (DeckMockLead *lead,
                const char   *needle)
{
  g_autofree char *full = NULL;

  if (contains_folded (lead->email, needle) ||
      contains_folded (lead->first_name, needle) ||
      contains_folded (lead->last_name, needle) ||
      contains_folded (lead->company_name, needle))
    return TRUE;
  if (lead->first_name != NULL && lead->last_name != NULL)
    {
      full = g_strconcat (lead->first_name, " ", lead->last_name, NULL);
      return contains_folded (full, needle);
    }
  return FALSE;
}

static gboolean
matches_custom_label (DeckMockStore *store,
                      DeckMockLead  *lead,
                      const char    *kind)
{
  DeckMockLeadLabel *label;

  if (lead->interest == DECK_MOCK_LEAD_UNSET)
    return FALSE;
  label = deck_mock_store_find_label_status (store, lead->interest);
  return label != NULL && g_str_equal (label->interest_status_label, kind);
}

static gboolean
matches_named_filter (DeckMockStore *store,
                      DeckMockLead  *lead,
                      const char    *filter)
{
  static const struct { const char *name; int value; } interests[] = {
    { "FILTER_LEAD_INTERESTED", 1 }, { "FILTER_LEAD_NOT_INTERESTED", -1 },
    { "FILTER_LEAD_MEETING_BOOKED", 2 }, { "FILTER_LEAD_MEETING_COMPLETED", 3 },
    { "FILTER_LEAD_CLOSED", 4 }, { "FILTER_LEAD_OUT_OF_OFFICE", 0 },
    { "FILTER_LEAD_WRONG_PERSON", -2 }, { "FILTER_LEAD_LOST", -3 }, { "FILTER_LEAD_NO_SHOW", -4 },
  };
  gboolean contacted = lead->last_contact_ms > 0;

  for (guint i = 0; i < G_N_ELEMENTS (interests); i++)
    if (g_str_equal (filter, interests[i].name))
      return lead->interest == interests[i].value;

  if (g_str_equal (filter, "FILTER_LEAD_CUSTOM_LABEL_POSITIVE"))
    return matches_custom_label (store, lead, "positive");
  if (g_str_equal (filter, "FILTER_LEAD_CUSTOM_LABEL_NEGATIVE"))
    return matches_custom_label (store, lead, "negative");
  if (g_str_equal (filter, "FILTER_VAL_CONTACTED"))
    return contacted;
  if (g_str_equal (filter, "FILTER_VAL_NOT_CONTACTED"))
    return !contacted;
  if (g_str_equal (filter, "FILTER_VAL_COMPLETED"))
    return lead->status == 3;
  if (g_str_equal (filter, "FILTER_VAL_UNSUBSCRIBED"))
    return lead->status == -2;
  if (g_str_equal (filter, "FILTER_VAL_ACTIVE"))
    return lead->status == 1;
  if (g_str_equal (filter, "FILTER_VAL_BOUNCED"))
    return lead->status == -1;
  if (g_str_equal (filter, "FILTER_VAL_SKIPPED"))
    return lead->status == -3;
  if (g_str_equal (filter, "FILTER_VAL_RISKY"))
    return lead->verification == -2 || lead->verification == -3;
  if (g_str_equal (filter, "FILTER_VAL_INVALID"))
    return lead->verification == -1;
  if (g_str_equal (filter, "FILTER_VAL_VALID"))
    return lead->verification == 1;
  if (g_str_equal (filter, "FILTER_VAL_IN_SUBSEQUENCE"))
    return lead->subsequence_id != NULL;
  if (g_str_equal (filter, "FILTER_VAL_OPENED_NO_REPLY"))
    return lead->opens > 0 && lead->replies == 0;
  if (g_str_equal (filter, "FILTER_VAL_COMPLETED_NO_REPLY"))
    return lead->status == 3 && lead->replies == 0;
  if (g_str_equal (filter, "FILTER_VAL_NO_OPENS"))
    return contacted && lead->opens == 0;
  if (g_str_equal (filter, "FILTER_VAL_REPLIED"))
    return lead->replies > 0;
  if (g_str_equal (filter, "FILTER_VAL_LINK_CLICKED"))
    return lead->clicks > 0;

  return FALSE;
}

static gboolean
count_matches (JsonObject *values,
               guint       count)
{
  JsonObject *occurrence;
  const char *condition;
  gint64 wanted;

  if (values == NULL || !json_object_has_member (values, "occurrence-count"))
    return count > 0;
  occurrence = json_object_get_object_member (values, "occurrence-count");
  condition = json_object_get_string_member_with_default (occurrence, "condition", "more");
  wanted = (gint64) json_object_get_double_member_with_default (occurrence, "count", 0);
  if (g_str_equal (condition, "less"))
    return (gint64) count < wanted;
  if (g_str_equal (condition, "equal"))
    return (gint64) count == wanted;
  return (gint64) count > wanted;
}

static gboolean
within_days (JsonObject *values,
             gint64      when_ms,
             gint64      now_ms)
{
  double days;

  if (values == NULL || !json_object_has_member (values, "occurrence-days"))
    return TRUE;
  days = json_object_get_double_member (values, "occurrence-days");
  return when_ms > 0 && now_ms - when_ms <= (gint64) (days * DECK_MOCK_DAY_MS);
}

/* Smart-view queries: every one must hold. */
static gboolean
matches_queries (DeckMockLead *lead,
                 JsonArray    *queries,
                 gint64        now_ms)
{
  for (guint i = 0; i < json_array_get_length (queries); i++)
    {
      JsonObject *query = json_array_get_object_element (queries, i);
      const char *action = json_object_get_string_member (query, "actionType");
      JsonObject *values = json_object_get_object_member (query, "values");
      gboolean ok = TRUE;

      if (g_str_equal (action, "reply"))
        ok = count_matches (values, lead->replies) && (lead->replies == 0 || within_days (values, lead->last_reply_ms, now_ms));
      else if (g_str_equal (action, "email-open"))
        ok = count_matches (values, lead->opens) && (lead->opens == 0 || within_days (values, lead->last_open_ms, now_ms));
      else if (g_str_equal (action, "link-click"))
        ok = count_matches (values, lead->clicks) && (lead->clicks == 0 || within_days (values, lead->last_click_ms, now_ms));
      else if (g_str_equal (action, "last-contacted"))
        ok = lead->last_contact_ms > 0 && within_days (values, lead->last_contact_ms, now_ms);
      else if (g_str_equal (action, "lead-status") || g_str_equal (action, "lead-status-change"))
        {
          JsonObject *status = values != NULL && json_object_has_member (values, "lead-status")
                               ? json_object_get_object_member (values, "lead-status") : NULL;

          if (status != NULL && json_object_has_member (status, "status"))
            {
              gboolean is = lead->interest != DECK_MOCK_LEAD_UNSET &&
                            lead->interest == (int) json_object_get_double_member (status, "status");

              ok = g_strcmp0 (json_object_get_string_member_with_default (status, "condition", "is"), "is-not") == 0 ? !is : is;
            }
          if (ok && g_str_equal (action, "lead-status-change"))
            ok = within_days (values, lead->interest_ms, now_ms);
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

gboolean
deck_mock_lead_matches (DeckMockStore            *store,
                        DeckMockLead             *lead,
                        const DeckMockLeadFilter *filter)
{
  if (filter->campaign_id != NULL && g_strcmp0 (lead->campaign_id, filter->campaign_id) != 0)
    return FALSE;
  if (filter->list_id != NULL && g_strcmp0 (lead->list_id, filter->list_id) != 0)
    return FALSE;
  if (filter->in_campaign >= 0 && (lead->campaign_id != NULL) != filter->in_campaign)
    return FALSE;
  if (filter->in_list >= 0 && (lead->list_id != NULL) != filter->in_list)
    return FALSE;
  if (filter->ids != NULL && !g_hash_table_contains (filter->ids, lead->id))
    return FALSE;
  if (filter->excluded_ids != NULL && g_hash_table_contains (filter->excluded_ids, lead->id))
    return FALSE;
  if (filter->contacts != NULL && (lead->email_key == NULL || !g_hash_table_contains (filter->contacts, lead->email_key)))
    return FALSE;
  if (filter->assigned_to != NULL && (lead->assigned_to == NULL || !g_hash_table_contains (filter->assigned_to, lead->assigned_to)))
    return FALSE;
  if (filter->website_visitor >= 0 && (lead->upload_method == 2) != filter->website_visitor)
    return FALSE;
  if (filter->enrichment != DECK_MOCK_LEAD_UNSET && lead->enrichment != filter->enrichment)
    return FALSE;
  if (filter->esp_code != DECK_MOCK_LEAD_UNSET && lead->esp_code != filter->esp_code)
    return FALSE;
  if (filter->esg_code != NULL && !g_str_equal (filter->esg_code, "all"))
    {
      if (g_str_equal (filter->esg_code, "none"))
        {
          if (lead->esg_code != DECK_MOCK_LEAD_UNSET)
            return FALSE;
        }
      else if (lead->esg_code != atoi (filter->esg_code))
        return FALSE;
    }
  if (filter->filter != NULL && !matches_named_filter (store, lead, filter->filter))
    return FALSE;
  if (filter->queries != NULL && !matches_queries (lead, filter->queries, filter->now_ms))
    return FALSE;
  if (filter->search != NULL && !matches_search (lead, filter->search))
    return FALSE;
  return TRUE;
}

static void
builder_nullable_string (JsonBuilder *builder,
                         const char  *member,
                         const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Lead lists and labels are paged by a timestamp: each gets a distinct one. */

guint
deck_mock_index_after_time (GPtrArray  *array,
                            gsize       time_offset,
                            const char *cursor)
{
  gint64 after;

  if (cursor == NULL || *cursor == '\0')
    return 0;
  if (!deck_mock_parse_time (cursor, &after))
    return array->len;

  for (guint i = 0; i < array->len; i++)
    {
      gint64 created = G_STRUCT_MEMBER (gint64, g_ptr_array_index (array, i), time_offset);

      if (created > after)
        return i;
    }
  return array->len;
}

DeckMockLeadList *
deck_mock_store_lookup_lead_list (DeckMockStore *store,
                                  const char    *id)
{
  for (guint i = 0; id != NULL && i < store->leads->lists->len; i++)
    {
      DeckMockLeadList *list = g_ptr_array_index (store->leads->lists, i);

      if (g_str_equal (list->id, id))
        return list;
    }
  return NULL;
}

DeckMockLeadList *
deck_mock_store_add_lead_list (DeckMockStore *store,
                               const char    *name,
                               int            has_enrichment_task,
                               const char    *owned_by,
                               gint64         created_ms)
{
  DeckMockLeadList *list = g_new0 (DeckMockLeadList, 1);

  created_ms = MAX (created_ms, store->leads->last_list_ms + 1);
  store->leads->last_list_ms = created_ms;

  list->id = deck_mock_store_new_id (store, created_ms);
  list->name = g_strdup (name);
  list->has_enrichment_task = has_enrichment_task;
  list->owned_by = g_strdup (owned_by);
  list->created_ms = created_ms;
  g_ptr_array_add (store->leads->lists, list);

  return list;
}

JsonNode *
deck_mock_lead_list_to_json (DeckMockStore    *store,
                             DeckMockLeadList *list)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *created = deck_mock_format_time (list->created_ms);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, list->id);
  json_builder_set_member_name (builder, "organization_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_set_member_name (builder, "has_enrichment_task");
  if (list->has_enrichment_task < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, list->has_enrichment_task);
  builder_nullable_string (builder, "owned_by", list->owned_by);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, list->name);
  json_builder_set_member_name (builder, "timestamp_created");
  json_builder_add_string_value (builder, created);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

DeckMockLeadLabel *
deck_mock_store_lookup_lead_label (DeckMockStore *store,
                                   const char    *id)
{
  for (guint i = 0; id != NULL && i < store->leads->labels->len; i++)
    {
      DeckMockLeadLabel *label = g_ptr_array_index (store->leads->labels, i);

      if (g_str_equal (label->id, id))
        return label;
    }
  return NULL;
}

DeckMockLeadLabel *
deck_mock_store_find_label_status (DeckMockStore *store,
                                   int            value)
{
  for (guint i = 0; i < store->leads->labels->len; i++)
    {
      DeckMockLeadLabel *label = g_ptr_array_index (store->leads->labels, i);

      if (label->interest_status == value)
        return label;
    }
  return NULL;
}

DeckMockLeadLabel *
deck_mock_store_add_lead_label (DeckMockStore *store,
                                const char    *text,
                                const char    *interest_status_label,
                                const char    *description,
                                int            use_with_ai,
                                gint64         created_ms)
{
  DeckMockLeadLabel *label = g_new0 (DeckMockLeadLabel, 1);
  /* Custom statuses live outside the built-in -4..4: positive ones from 10001,
   * negative ones from -10001, neutral ones from 20001. */
  int base = g_str_equal (interest_status_label, "positive") ? 10001 :
             g_str_equal (interest_status_label, "negative") ? -10001 : 20001;
  int value = base;

  while (deck_mock_store_find_label_status (store, value) != NULL)
    value += base < 0 ? -1 : 1;

  created_ms = MAX (created_ms, store->leads->last_label_ms + 1);
  store->leads->last_label_ms = created_ms;

  label->id = deck_mock_store_new_id (store, created_ms);
  label->label = g_strdup (text);
  label->interest_status_label = g_strdup (interest_status_label);
  label->interest_status = value;
  label->description = g_strdup (description);
  label->use_with_ai = use_with_ai;
  label->created_ms = created_ms;
  g_ptr_array_add (store->leads->labels, label);

  return label;
}

JsonNode *
deck_mock_lead_label_to_json (DeckMockStore     *store,
                              DeckMockLeadLabel *label)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *created = deck_mock_format_time (label->created_ms);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, label->id);
  json_builder_set_member_name (builder, "timestamp_created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "created_by");
  json_builder_add_string_value (builder, store->user_id);
  json_builder_set_member_name (builder, "organization_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, label->label);
  json_builder_set_member_name (builder, "interest_status_label");
  json_builder_add_string_value (builder, label->interest_status_label);
  json_builder_set_member_name (builder, "interest_status");
  json_builder_add_int_value (builder, label->interest_status);
  builder_nullable_string (builder, "description", label->description);
  json_builder_set_member_name (builder, "use_with_ai");
  if (label->use_with_ai < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, label->use_with_ai);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Block list */

gboolean
deck_mock_lead_email_valid (const char *email)
{
  const char *at;

  if (email == NULL)
    return FALSE;
  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || strpbrk (email, " \t,;<>") != NULL)
    return FALSE;
  at++;
  return *at != '.' && strchr (at, '.') != NULL && email[strlen (email) - 1] != '.';
}

static gboolean
domain_valid (const char *domain)
{
  const char *dot = strrchr (domain, '.');

  if (dot == NULL || dot == domain || dot[1] == '\0' || domain[0] == '.' || domain[0] == '-')
    return FALSE;
  for (const char *p = domain; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.')
      return FALSE;
  return strstr (domain, "..") == NULL;
}

char *
deck_mock_block_value_normalize (const char *value)
{
  g_autofree char *text = NULL;

  if (value == NULL)
    return NULL;
  text = g_strstrip (g_ascii_strdown (value, -1));
  if (strchr (text, '@') != NULL ? !deck_mock_lead_email_valid (text) : !domain_valid (text))
    return NULL;
  return g_steal_pointer (&text);
}

DeckMockBlockEntry *
deck_mock_store_add_block_entry (DeckMockStore *store,
                                 const char    *value,
                                 gint64         created_ms)
{
  DeckMockBlockEntry *entry = g_new0 (DeckMockBlockEntry, 1);

  entry->id = deck_mock_store_new_id (store, created_ms);
  entry->value = g_strdup (value);
  entry->is_domain = strchr (value, '@') == NULL;
  entry->created_ms = created_ms;
  g_ptr_array_add (store->leads->block_list, entry);

  return entry;
}

JsonNode *
deck_mock_block_entry_to_json (DeckMockStore      *store,
                               DeckMockBlockEntry *entry)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *created = deck_mock_format_time (entry->created_ms);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, entry->id);
  json_builder_set_member_name (builder, "timestamp_created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "organization_id");
  json_builder_add_string_value (builder, store->workspace_id);
  json_builder_set_member_name (builder, "bl_value");
  json_builder_add_string_value (builder, entry->value);
  json_builder_set_member_name (builder, "is_domain");
  json_builder_add_boolean_value (builder, entry->is_domain);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

gboolean
deck_mock_store_is_blocked (DeckMockStore *store,
                            const char    *email)
{
  g_autofree char *key = NULL;
  const char *at;

  if (email == NULL)
    return FALSE;
  key = g_strstrip (g_ascii_strdown (email, -1));
  at = strchr (key, '@');

  for (guint i = 0; i < store->leads->block_list->len; i++)
    {
      DeckMockBlockEntry *entry = g_ptr_array_index (store->leads->block_list, i);

      if (entry->is_domain ? (at != NULL && g_str_equal (at + 1, entry->value)) : g_str_equal (key, entry->value))
        return TRUE;
    }
  return FALSE;
}
