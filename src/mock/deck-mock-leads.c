/* deck-mock-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-leads"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-leads-private.h"
#include "deck-mock-lead-schemas-private.h"

#define DEFAULT_LIMIT       100
#define MAX_MOVED_EMAILS    10000
/* The plan's lead quota that /leads/add reports against. */
#define PLAN_LEADS          250000

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static const char *
body_string (JsonObject *body,
             const char *member)
{
  return deck_mock_nullable_string (body, member);
}

static void
lead_touch (DeckMockLead *lead)
{
  lead->updated_ms = MAX (deck_mock_now_ms (), lead->created_ms);
}

/* Contact fields, interest, value, owner and custom variables, as POST /leads,
 * PATCH /leads/{id} and each lead of /leads/add take them. */
static void
apply_fields (DeckMockStore *store,
              DeckMockLead  *lead,
              JsonObject    *body)
{
  static const struct { const char *member; gsize offset; } fields[] = {
    { "first_name", G_STRUCT_OFFSET (DeckMockLead, first_name) },
    { "last_name", G_STRUCT_OFFSET (DeckMockLead, last_name) },
    { "company_name", G_STRUCT_OFFSET (DeckMockLead, company_name) },
    { "job_title", G_STRUCT_OFFSET (DeckMockLead, job_title) },
    { "phone", G_STRUCT_OFFSET (DeckMockLead, phone) },
    { "website", G_STRUCT_OFFSET (DeckMockLead, website) },
    { "personalization", G_STRUCT_OFFSET (DeckMockLead, personalization) },
    { "pl_value_lead", G_STRUCT_OFFSET (DeckMockLead, pl_value_lead) },
    { "assigned_to", G_STRUCT_OFFSET (DeckMockLead, assigned_to) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (json_object_has_member (body, fields[i].member))
      G_STRUCT_MEMBER (const char *, lead, fields[i].offset) =
        deck_mock_lead_intern (store, body_string (body, fields[i].member));

  if (json_object_has_member (body, "lt_interest_status"))
    {
      int value = (int) json_object_get_int_member (body, "lt_interest_status");

      if (value != lead->interest)
        lead->interest_ms = deck_mock_now_ms ();
      lead->interest = value;
    }

  if (json_object_has_member (body, "custom_variables"))
    {
      JsonObject *custom = json_object_get_object_member (body, "custom_variables");
      JsonObject *target = deck_mock_lead_ensure_custom (lead);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, custom);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        json_object_set_member (target, name, json_node_copy (value));
    }
}

/* POST /api/v2/leads/list */

static int
compare_email_keys (gconstpointer a,
                    gconstpointer b)
{
  const DeckMockLead *x = *(DeckMockLead **) a;
  const DeckMockLead *y = *(DeckMockLead **) b;

  return strcmp (x->email_key, y->email_key);
}

/* distinct_contacts: one lead per email (the oldest), in email order, and the
 * cursor is the email. */
static void
list_distinct (DeckMockContext          *ctx,
               const DeckMockLeadFilter *filter,
               const char               *cursor,
               gint64                    limit)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *after = cursor != NULL ? g_ascii_strdown (cursor, -1) : NULL;
  GPtrArray *leads = ctx->store->leads->leads;
  JsonArray *items = json_array_new ();
  const char *next = NULL;

  for (guint i = 0; i < leads->len; i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (lead->email_key == NULL || g_hash_table_contains (seen, lead->email_key))
        continue;
      if (after != NULL && strcmp (lead->email_key, after) <= 0)
        continue;
      if (!deck_mock_lead_matches (ctx->store, lead, filter))
        continue;
      g_hash_table_add (seen, (gpointer) lead->email_key);
      g_ptr_array_add (matches, lead);
    }
  g_ptr_array_sort (matches, compare_email_keys);

  for (guint i = 0; i < matches->len && (gint64) i < limit; i++)
    json_array_add_element (items, deck_mock_lead_to_json (ctx->store, g_ptr_array_index (matches, i)));
  if ((gint64) matches->len > limit)
    next = ((DeckMockLead *) g_ptr_array_index (matches, limit - 1))->email;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

static void
handle_list (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  GPtrArray *leads = ctx->store->leads->leads;
  const char *cursor = json_object_get_string_member_with_default (body, "starting_after", NULL);
  gint64 limit = json_object_get_int_member_with_default (body, "limit", DEFAULT_LIMIT);
  DeckMockJsonWriter writer = { NULL, FALSE };
  DeckMockLeadFilter filter;
  DeckMockLead *last = NULL;
  gint64 n = 0;
  guint i;

  if (!deck_mock_lead_filter_init (&filter, ctx, body))
    return;

  if (json_object_get_boolean_member_with_default (body, "distinct_contacts", FALSE))
    {
      list_distinct (ctx, &filter, cursor, limit);
      deck_mock_lead_filter_clear (&filter);
      return;
    }

  /* Leads are kept in id order: the page starts right after the cursor. The
   * page is written as text, lead by lead. */
  writer.out = g_string_sized_new (4096);
  deck_mock_jw_begin_object (&writer);
  deck_mock_jw_name (&writer, "items");
  deck_mock_jw_begin_array (&writer);
  for (i = deck_mock_lead_index_after (ctx->store, cursor); i < leads->len && n < limit; i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (!deck_mock_lead_matches (ctx->store, lead, &filter))
        continue;
      deck_mock_lead_write_json (&writer, ctx->store, lead);
      last = lead;
      n++;
    }
  deck_mock_jw_end_array (&writer);

  /* A cursor only when another lead follows. */
  for (; n == limit && i < leads->len; i++)
    if (deck_mock_lead_matches (ctx->store, g_ptr_array_index (leads, i), &filter))
      break;
  if (n == limit && i < leads->len)
    {
      deck_mock_jw_name (&writer, "next_starting_after");
      deck_mock_jw_string (&writer, last->id);
    }
  deck_mock_jw_end_object (&writer);

  ctx->status = SOUP_STATUS_OK;
  ctx->text_reply = g_string_free (writer.out, FALSE);
  ctx->text_content_type = "application/json; charset=utf-8";
  deck_mock_lead_filter_clear (&filter);
}

/* GET, PATCH, DELETE /api/v2/leads/{id} */

static DeckMockLead *
lookup_or_404 (DeckMockContext *ctx,
               const char      *id)
{
  DeckMockLead *lead = deck_mock_store_lookup_lead (ctx->store, id);

  if (lead == NULL)
    deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead not found");
  return lead;
}

static void
handle_get (DeckMockContext *ctx)
{
  DeckMockLead *lead = lookup_or_404 (ctx, g_hash_table_lookup (ctx->params, "id"));

  if (lead != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
}

static void
handle_patch (DeckMockContext *ctx)
{
  DeckMockLead *lead = lookup_or_404 (ctx, g_hash_table_lookup (ctx->params, "id"));

  if (lead == NULL)
    return;

  apply_fields (ctx->store, lead, deck_mock_body_object (ctx));
  lead_touch (lead);
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
}

static void
handle_delete (DeckMockContext *ctx)
{
  DeckMockLead *lead = lookup_or_404 (ctx, g_hash_table_lookup (ctx->params, "id"));
  g_autofree char *campaign_id = NULL;

  if (lead == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
  campaign_id = g_strdup (lead->campaign_id);
  deck_mock_store_remove_lead (ctx->store, lead);
  deck_mock_lead_free (lead);
  if (campaign_id != NULL)
    deck_mock_leads_sync_campaign (ctx->store, campaign_id);
}

/* Where a new lead goes and whether it may go there. */

typedef struct
{
  const char *campaign_id;
  const char *list_id;
  gboolean    skip_workspace;
  gboolean    skip_campaign;
  gboolean    skip_list;
} Destination;

static gboolean
check_destination (DeckMockContext *ctx,
                   const char      *campaign_id,
                   const char      *list_id)
{
  if (campaign_id != NULL && list_id != NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Provide either campaign_id or list_id, not both");
      return FALSE;
    }
  if (campaign_id != NULL && deck_mock_store_lookup_campaign (ctx->store, campaign_id) == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
      return FALSE;
    }
  if (list_id != NULL && deck_mock_store_lookup_lead_list (ctx->store, list_id) == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead list not found");
      return FALSE;
    }
  return TRUE;
}

/* The existing lead that makes a new one with @email a duplicate (same campaign
 * or list) or skipped (by the skip_if_* flags), or NULL. *@skipped tells which. */
static DeckMockLead *
find_conflict (DeckMockStore     *store,
               const char        *email,
               const Destination *dest,
               gboolean          *skipped)
{
  *skipped = FALSE;

  for (DeckMockLead *lead = deck_mock_store_find_lead_email (store, email); lead != NULL; lead = lead->email_next)
    {
      if ((dest->campaign_id != NULL && g_strcmp0 (lead->campaign_id, dest->campaign_id) == 0) ||
          (dest->list_id != NULL && g_strcmp0 (lead->list_id, dest->list_id) == 0))
        return lead;
    }

  for (DeckMockLead *lead = deck_mock_store_find_lead_email (store, email); lead != NULL; lead = lead->email_next)
    {
      if (dest->skip_workspace ||
          (dest->skip_campaign && lead->campaign_id != NULL) ||
          (dest->skip_list && lead->list_id != NULL))
        {
          *skipped = TRUE;
          return lead;
        }
    }

  return NULL;
}

static DeckMockLead *
create_lead (DeckMockStore     *store,
             const Destination *dest,
             const char        *email,
             JsonObject        *fields,
             guint8             upload_method)
{
  gint64 now = deck_mock_now_ms ();
  DeckMockLead *lead = deck_mock_lead_new (store, now);
  g_autofree char *id = deck_mock_store_new_id (store, now);

  lead->id = deck_mock_lead_intern (store, id);
  lead->campaign_id = deck_mock_lead_intern (store, dest->campaign_id);
  lead->list_id = deck_mock_lead_intern (store, dest->list_id);
  lead->upload_method = upload_method;
  lead->esp_code = 0;
  deck_mock_lead_set_email (store, lead, email);
  if (email != NULL)
    lead->verification = deck_mock_lead_email_valid (email) ? 1 : -1;
  apply_fields (store, lead, fields);
  deck_mock_store_insert_lead (store, lead);

  return lead;
}

/* POST /api/v2/leads */

static void
handle_create (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *email = body_string (body, "email");
  Destination dest = {
    body_string (body, "campaign"),
    body_string (body, "list_id"),
    json_object_get_boolean_member_with_default (body, "skip_if_in_workspace", FALSE),
    json_object_get_boolean_member_with_default (body, "skip_if_in_campaign", FALSE),
    json_object_get_boolean_member_with_default (body, "skip_if_in_list", FALSE),
  };
  DeckMockLead *lead;
  gboolean skipped;

  if (email != NULL && *email == '\0')
    email = NULL;

  if (dest.campaign_id != NULL && email == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body must have required property 'email'");
      return;
    }
  if (email == NULL && body_string (body, "first_name") == NULL && body_string (body, "last_name") == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "A lead needs at least one of email, first_name or last_name");
      return;
    }
  if (!check_destination (ctx, dest.campaign_id, dest.list_id))
    return;
  if (email != NULL && !deck_mock_lead_email_valid (email))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "body/email must match format \"email\"");
      return;
    }
  if (email != NULL && json_object_has_member (body, "blocklist_id") && deck_mock_store_is_blocked (ctx->store, email))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "The lead's email is on the block list");
      return;
    }

  /* A lead already there (or one the skip flags name) is answered as it is. */
  if (email != NULL && (lead = find_conflict (ctx->store, email, &dest, &skipped)) != NULL)
    {
      deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
      return;
    }

  lead = create_lead (ctx->store, &dest, email, body, 1);
  if (dest.campaign_id != NULL)
    deck_mock_leads_sync_campaign (ctx->store, dest.campaign_id);
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
}

/* POST /api/v2/leads/add */

static void
handle_add (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  JsonArray *leads = json_object_get_array_member (body, "leads");
  const char *blocklist_id = body_string (body, "blocklist_id");
  const char *assigned_to = body_string (body, "assigned_to");
  gboolean verify = json_object_get_boolean_member_with_default (body, "verify_leads_on_import", FALSE);
  Destination dest = {
    body_string (body, "campaign_id"),
    body_string (body, "list_id"),
    json_object_get_boolean_member_with_default (body, "skip_if_in_workspace", FALSE),
    json_object_get_boolean_member_with_default (body, "skip_if_in_campaign", FALSE),
    json_object_get_boolean_member_with_default (body, "skip_if_in_list", FALSE),
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *created = json_array_new ();
  JsonObject *reply = json_object_new ();
  guint uploaded = 0, in_blocklist = 0, duplicated = 0, skipped_count = 0;
  guint invalid = 0, incomplete = 0, duplicate_emails = 0;

  if (dest.campaign_id == NULL && dest.list_id == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Provide either campaign_id or list_id");
      json_object_unref (reply);
      json_array_unref (created);
      return;
    }
  if (!check_destination (ctx, dest.campaign_id, dest.list_id))
    {
      json_object_unref (reply);
      json_array_unref (created);
      return;
    }

  for (guint i = 0; i < json_array_get_length (leads); i++)
    {
      JsonObject *fields = json_array_get_object_element (leads, i);
      const char *email = body_string (fields, "email");
      g_autofree char *key = NULL;
      DeckMockLead *lead;
      JsonObject *item;
      gboolean skipped;

      if (email != NULL && *email == '\0')
        email = NULL;
      if (email == NULL && (dest.campaign_id != NULL ||
                            (body_string (fields, "first_name") == NULL && body_string (fields, "last_name") == NULL)))
        {
          incomplete++;
          continue;
        }
      if (email != NULL)
        {
          if (!deck_mock_lead_email_valid (email))
            {
              invalid++;
              continue;
            }
          key = g_strstrip (g_ascii_strdown (email, -1));
          if (!g_hash_table_add (seen, g_strdup (key)))
            {
              duplicate_emails++;
              continue;
            }
          if (deck_mock_store_is_blocked (ctx->store, email))
            {
              in_blocklist++;
              continue;
            }
          if (find_conflict (ctx->store, email, &dest, &skipped) != NULL)
            {
              if (skipped)
                skipped_count++;
              else
                duplicated++;
              continue;
            }
        }

      lead = create_lead (ctx->store, &dest, email, fields, 1);
      if (assigned_to != NULL && !json_object_has_member (fields, "assigned_to"))
        lead->assigned_to = deck_mock_lead_intern (ctx->store, assigned_to);
      if (verify && email != NULL)
        lead->verification = 11;
      uploaded++;

      item = json_object_new ();
      json_object_set_int_member (item, "index", i);
      json_object_set_string_member (item, "id", lead->id);
      deck_mock_json_set_nullable_string (item, "email", lead->email);
      deck_mock_json_set_nullable_string (item, "first_name", lead->first_name);
      deck_mock_json_set_nullable_string (item, "last_name", lead->last_name);
      deck_mock_json_set_nullable_string (item, "phone", lead->phone);
      json_array_add_object_element (created, item);
    }

  if (dest.campaign_id != NULL && uploaded > 0)
    deck_mock_leads_sync_campaign (ctx->store, dest.campaign_id);

  json_object_set_string_member (reply, "status", "success");
  json_object_set_int_member (reply, "total_sent", json_array_get_length (leads));
  json_object_set_int_member (reply, "leads_uploaded", uploaded);
  json_object_set_int_member (reply, "in_blocklist", in_blocklist);
  json_object_set_string_member (reply, "blocklist_used",
                                 blocklist_id != NULL ? blocklist_id : ctx->store->leads->block_list_id);
  json_object_set_int_member (reply, "duplicated_leads", duplicated);
  json_object_set_int_member (reply, "skipped_count", skipped_count);
  json_object_set_int_member (reply, "invalid_email_count", invalid);
  json_object_set_int_member (reply, "incomplete_count", incomplete);
  json_object_set_int_member (reply, "duplicate_email_count", duplicate_emails);
  json_object_set_int_member (reply, "remaining_in_plan",
                              MAX ((gint64) PLAN_LEADS - (gint64) ctx->store->leads->leads->len, 0));
  json_object_set_array_member (reply, "created_leads", created);

  deck_mock_reply (ctx, SOUP_STATUS_OK, object_node (reply));
}

/* DELETE /api/v2/leads */

typedef struct
{
  const char *campaign_id;
  const char *list_id;
  int         status;
  GHashTable *ids;
} BulkDelete;

static gboolean
bulk_delete_matches (DeckMockLead *lead,
                     gpointer      user_data)
{
  BulkDelete *spec = user_data;

  if (spec->campaign_id != NULL && g_strcmp0 (lead->campaign_id, spec->campaign_id) != 0)
    return FALSE;
  if (spec->list_id != NULL && g_strcmp0 (lead->list_id, spec->list_id) != 0)
    return FALSE;
  if (spec->status != DECK_MOCK_LEAD_UNSET && lead->status != spec->status)
    return FALSE;
  return spec->ids == NULL || g_hash_table_contains (spec->ids, lead->id);
}

static void
handle_bulk_delete (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  g_autoptr(GHashTable) ids = NULL;
  BulkDelete spec = {
    json_object_get_string_member_with_default (body, "campaign_id", NULL),
    json_object_get_string_member_with_default (body, "list_id", NULL),
    json_object_has_member (body, "status") ? (int) json_object_get_int_member (body, "status") : DECK_MOCK_LEAD_UNSET,
    NULL,
  };
  guint limit = (guint) json_object_get_int_member_with_default (body, "limit", G_MAXUINT);
  JsonObject *reply;
  guint count;

  if (spec.campaign_id == NULL && spec.list_id == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Provide either campaign_id or list_id");
      return;
    }
  if (!check_destination (ctx, spec.campaign_id, spec.list_id))
    return;

  if (json_object_has_member (body, "ids"))
    {
      JsonArray *array = json_object_get_array_member (body, "ids");

      ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_hash_table_add (ids, (gpointer) json_array_get_string_element (array, i));
      spec.ids = ids;
    }

  count = deck_mock_store_remove_leads_if (ctx->store, bulk_delete_matches, &spec, limit);
  if (spec.campaign_id != NULL)
    deck_mock_leads_sync_campaign (ctx->store, spec.campaign_id);

  reply = json_object_new ();
  json_object_set_int_member (reply, "count", count);
  deck_mock_reply (ctx, SOUP_STATUS_OK, object_node (reply));
}

/* POST /api/v2/leads/merge */

static const char *
prefer (const char *a,
        const char *b)
{
  return a != NULL ? a : b;
}

static void
handle_merge (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLead *source = lookup_or_404 (ctx, json_object_get_string_member (body, "lead_id"));
  DeckMockLead *target;
  g_autofree char *campaign_id = NULL;

  if (source == NULL)
    return;
  target = lookup_or_404 (ctx, json_object_get_string_member (body, "destination_lead_id"));
  if (target == NULL)
    return;
  if (source == target)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "A lead cannot be merged into itself");
      return;
    }

  /* The destination keeps what it has, fills its gaps from the source and
   * adds up the activity; the source goes away. */
  target->first_name = prefer (target->first_name, source->first_name);
  target->last_name = prefer (target->last_name, source->last_name);
  target->company_name = prefer (target->company_name, source->company_name);
  target->job_title = prefer (target->job_title, source->job_title);
  target->phone = prefer (target->phone, source->phone);
  target->website = prefer (target->website, source->website);
  target->personalization = prefer (target->personalization, source->personalization);
  target->pl_value_lead = prefer (target->pl_value_lead, source->pl_value_lead);
  target->assigned_to = prefer (target->assigned_to, source->assigned_to);
  if (target->email == NULL && source->email != NULL)
    deck_mock_lead_set_email (ctx->store, target, source->email);
  if (target->interest == DECK_MOCK_LEAD_UNSET)
    {
      target->interest = source->interest;
      target->interest_ms = source->interest_ms;
    }
  if (source->custom != NULL || source->seed_custom != 0)
    {
      JsonObject *from = deck_mock_lead_ensure_custom (source);
      JsonObject *to = deck_mock_lead_ensure_custom (target);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, from);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        if (!json_object_has_member (to, name))
          json_object_set_member (to, name, json_node_copy (value));
    }
  target->opens += source->opens;
  target->replies += source->replies;
  target->clicks += source->clicks;
  target->last_contact_ms = MAX (target->last_contact_ms, source->last_contact_ms);
  target->last_open_ms = MAX (target->last_open_ms, source->last_open_ms);
  target->last_reply_ms = MAX (target->last_reply_ms, source->last_reply_ms);
  target->last_click_ms = MAX (target->last_click_ms, source->last_click_ms);
  lead_touch (target);

  campaign_id = g_strdup (source->campaign_id);
  deck_mock_store_remove_lead (ctx->store, source);
  deck_mock_lead_free (source);
  if (campaign_id != NULL)
    deck_mock_leads_sync_campaign (ctx->store, campaign_id);
  if (target->campaign_id != NULL)
    deck_mock_leads_sync_campaign (ctx->store, target->campaign_id);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, target));
}

/* POST /api/v2/leads/update-interest-status: applied at once, answered 202. */

static void
handle_update_interest (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *email = json_object_get_string_member (body, "lead_email");
  const char *campaign_id = json_object_get_string_member_with_default (body, "campaign_id", NULL);
  const char *list_id = json_object_get_string_member_with_default (body, "list_id", NULL);
  JsonNode *value = json_object_get_member (body, "interest_value");
  int interest = JSON_NODE_HOLDS_NULL (value) ? DECK_MOCK_LEAD_UNSET : (int) json_node_get_double (value);
  gint64 now = deck_mock_now_ms ();
  JsonObject *reply;
  guint n = 0;

  if (interest != DECK_MOCK_LEAD_UNSET && (interest < -4 || interest > 4) &&
      deck_mock_store_find_label_status (ctx->store, interest) == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                             "body/interest_value must be a lead interest status or a lead label's interest_status");
      return;
    }

  for (DeckMockLead *lead = deck_mock_store_find_lead_email (ctx->store, email); lead != NULL; lead = lead->email_next)
    {
      if (campaign_id != NULL && g_strcmp0 (lead->campaign_id, campaign_id) != 0)
        continue;
      if (list_id != NULL && g_strcmp0 (lead->list_id, list_id) != 0)
        continue;
      lead->interest = interest;
      lead->interest_ms = now;
      lead_touch (lead);
      n++;
    }

  if (n == 0)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead not found");
      return;
    }

  reply = json_object_new ();
  json_object_set_string_member (reply, "message", "Lead interest status update background job submitted");
  deck_mock_reply (ctx, SOUP_STATUS_ACCEPTED, object_node (reply));
}

/* POST /api/v2/leads/subsequence/move and /remove */

static void
handle_subsequence_move (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLead *lead = lookup_or_404 (ctx, json_object_get_string_member (body, "id"));
  DeckMockSubsequence *subsequence;

  if (lead == NULL)
    return;
  subsequence = deck_mock_store_lookup_subsequence (ctx->store, json_object_get_string_member (body, "subsequence_id"));
  if (subsequence == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Subsequence not found");
      return;
    }
  if (g_strcmp0 (subsequence->parent_campaign, lead->campaign_id) != 0)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "The subsequence belongs to another campaign than the lead");
      return;
    }

  lead->subsequence_id = deck_mock_lead_intern (ctx->store, subsequence->id);
  lead->subsequence_ms = deck_mock_now_ms ();
  lead_touch (lead);
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
}

static void
handle_subsequence_remove (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockLead *lead = lookup_or_404 (ctx, json_object_get_string_member (body, "id"));

  if (lead == NULL)
    return;

  lead->subsequence_id = NULL;
  lead->subsequence_ms = 0;
  lead_touch (lead);
  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_lead_to_json (ctx->store, lead));
}

/* POST /api/v2/leads/bulk-assign: applied at once, answered 202. */

static void
handle_bulk_assign (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  JsonArray *users = json_object_get_array_member (body, "organization_user_ids");
  GPtrArray *leads = ctx->store->leads->leads;
  gint64 limit = json_object_get_int_member_with_default (body, "limit", 0);
  g_autoptr(JsonObject) selection = deck_mock_json_object_copy (body);
  DeckMockLeadFilter filter;
  JsonObject *reply;
  guint n = 0;

  /* organization_user_ids names the new owners here, not a filter. */
  json_object_remove_member (selection, "organization_user_ids");
  if (!deck_mock_lead_filter_init (&filter, ctx, selection))
    return;

  for (guint i = 0; i < leads->len && (limit <= 0 || n < limit); i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (!deck_mock_lead_matches (ctx->store, lead, &filter))
        continue;
      /* Round robin over the users. */
      lead->assigned_to = deck_mock_lead_intern (ctx->store,
                                                 json_array_get_string_element (users, n % json_array_get_length (users)));
      lead_touch (lead);
      n++;
    }
  deck_mock_lead_filter_clear (&filter);

  reply = json_object_new ();
  json_object_set_string_member (reply, "status", "success");
  json_object_set_string_member (reply, "message", "Leads assignment submitted");
  deck_mock_reply (ctx, SOUP_STATUS_ACCEPTED, object_node (reply));
}

/* POST /api/v2/leads/move: a move-leads background job that moves (or copies)
 * the selected leads when it reaches success. */

typedef struct
{
  GPtrArray *ids;              /* char *, the leads selected when asked */
  char      *to_campaign_id;
  char      *to_list_id;
  char      *assigned_to;
  gboolean   copy;
  gboolean   check_duplicates;
  gboolean   reset_interest;
} MoveWork;

static void
move_work_free (gpointer data)
{
  MoveWork *work = data;

  g_ptr_array_unref (work->ids);
  g_free (work->to_campaign_id);
  g_free (work->to_list_id);
  g_free (work->assigned_to);
  g_free (work);
}

static gboolean
in_destination (DeckMockStore *store,
                DeckMockLead  *lead,
                MoveWork      *work)
{
  for (DeckMockLead *other = deck_mock_store_find_lead_email (store, lead->email); other != NULL; other = other->email_next)
    if (other != lead &&
        ((work->to_campaign_id != NULL && g_strcmp0 (other->campaign_id, work->to_campaign_id) == 0) ||
         (work->to_list_id != NULL && g_strcmp0 (other->list_id, work->to_list_id) == 0)))
      return TRUE;
  return FALSE;
}

static void
move_finish (gpointer store_pointer,
             gpointer job_pointer)
{
  DeckMockStore *store = store_pointer;
  DeckMockJob *job = job_pointer;
  MoveWork *work = job->work;
  g_autoptr(GHashTable) campaigns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *emails = json_array_new ();
  guint moved = 0;
  guint failed = 0;

  for (guint i = 0; i < work->ids->len; i++)
    {
      DeckMockLead *lead = deck_mock_store_lookup_lead (store, g_ptr_array_index (work->ids, i));
      DeckMockLead *target;

      /* Deleted since, or already there. */
      if (lead == NULL ||
          (work->check_duplicates && lead->email_key != NULL && in_destination (store, lead, work)))
        {
          failed++;
          continue;
        }

      if (lead->campaign_id != NULL)
        g_hash_table_add (campaigns, g_strdup (lead->campaign_id));

      if (work->copy)
        {
          gint64 now = deck_mock_now_ms ();
          g_autofree char *id = deck_mock_store_new_id (store, now);

          target = g_new (DeckMockLead, 1);
          *target = *lead;
          target->id = deck_mock_lead_intern (store, id);
          target->email_next = NULL;
          target->created_ms = now;
          target->custom = lead->custom != NULL ? deck_mock_json_object_copy (lead->custom) : NULL;
          target->campaign_id = deck_mock_lead_intern (store, work->to_campaign_id);
          target->list_id = deck_mock_lead_intern (store, work->to_list_id);
          target->subsequence_id = NULL;
          deck_mock_store_insert_lead (store, target);
        }
      else
        {
          target = lead;
          target->campaign_id = deck_mock_lead_intern (store, work->to_campaign_id);
          target->list_id = deck_mock_lead_intern (store, work->to_list_id);
          target->subsequence_id = NULL;
        }

      if (work->reset_interest)
        target->interest = DECK_MOCK_LEAD_UNSET;
      if (work->assigned_to != NULL)
        target->assigned_to = deck_mock_lead_intern (store, work->assigned_to);
      lead_touch (target);
      moved++;
      if (target->email != NULL && json_array_get_length (emails) < MAX_MOVED_EMAILS)
        json_array_add_string_element (emails, target->email);
    }

  if (work->to_campaign_id != NULL)
    g_hash_table_add (campaigns, g_strdup (work->to_campaign_id));
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, campaigns);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      deck_mock_leads_sync_campaign (store, key);
  }

  json_object_set_int_member (job->data, "success_count", moved);
  json_object_set_int_member (job->data, "failed_count", failed);
  json_object_set_int_member (job->data, "moved_leads", moved);
  json_object_set_array_member (job->data, "moved_lead_emails", emails);
}

static void
handle_move (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *to_campaign_id = json_object_get_string_member_with_default (body, "to_campaign_id", NULL);
  const char *to_list_id = json_object_get_string_member_with_default (body, "to_list_id", NULL);
  GPtrArray *leads = ctx->store->leads->leads;
  gint64 limit = json_object_has_member (body, "limit") ? (gint64) json_object_get_double_member (body, "limit") : 0;
  DeckMockLeadFilter filter;
  MoveWork *work;
  DeckMockJob *job;

  if ((to_campaign_id == NULL) == (to_list_id == NULL))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "Provide either to_campaign_id or to_list_id");
      return;
    }
  if (to_campaign_id != NULL && deck_mock_store_lookup_campaign (ctx->store, to_campaign_id) == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Campaign not found");
      return;
    }
  if (to_list_id != NULL && deck_mock_store_lookup_lead_list (ctx->store, to_list_id) == NULL)
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Lead list not found");
      return;
    }
  if (!deck_mock_lead_filter_init (&filter, ctx, body))
    return;

  work = g_new0 (MoveWork, 1);
  work->ids = g_ptr_array_new_with_free_func (g_free);
  work->to_campaign_id = g_strdup (to_campaign_id);
  work->to_list_id = g_strdup (to_list_id);
  work->assigned_to = g_strdup (json_object_get_string_member_with_default (body, "assigned_to", NULL));
  work->copy = json_object_get_boolean_member_with_default (body, "copy_leads", FALSE);
  work->check_duplicates = json_object_get_boolean_member_with_default (body, "check_duplicates", FALSE) ||
                           json_object_get_boolean_member_with_default (body, "check_duplicates_in_campaigns", FALSE);
  work->reset_interest = json_object_get_boolean_member_with_default (body, "reset_interest_status", FALSE);

  /* The selection is taken now; the job applies it when it is done. */
  for (guint i = 0; i < leads->len && (limit <= 0 || (gint64) work->ids->len < limit); i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (deck_mock_lead_matches (ctx->store, lead, &filter))
        g_ptr_array_add (work->ids, g_strdup (lead->id));
    }
  deck_mock_lead_filter_clear (&filter);

  job = deck_mock_store_add_job (ctx->store, "move-leads", to_campaign_id != NULL ? "campaign" : "list",
                                 to_campaign_id != NULL ? to_campaign_id : to_list_id, deck_mock_now_ms ());
  json_object_set_int_member (job->data, "total_to_process", work->ids->len);
  job->simulated = TRUE;
  job->finish = move_finish;
  job->work = work;
  job->work_free = move_work_free;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_job_to_json (ctx->store, job, NULL));
}

static const DeckMockRoute routes[] = {
  { "POST",   "/api/v2/leads",                        "leads:create", NULL, CREATE_LEAD_SCHEMA,        TRUE,  handle_create },
  { "DELETE", "/api/v2/leads",                        "leads:delete", NULL, BULK_DELETE_LEADS_SCHEMA,  TRUE,  handle_bulk_delete },
  { "POST",   "/api/v2/leads/list",                   "leads:read",   NULL, LIST_LEADS_SCHEMA,         FALSE, handle_list },
  { "POST",   "/api/v2/leads/add",                    "leads:create", NULL, ADD_LEADS_SCHEMA,          TRUE,  handle_add },
  { "POST",   "/api/v2/leads/move",                   "leads:update", NULL, MOVE_LEADS_SCHEMA,         TRUE,  handle_move },
  { "POST",   "/api/v2/leads/merge",                  "leads:update", NULL, MERGE_LEADS_SCHEMA,        TRUE,  handle_merge },
  { "POST",   "/api/v2/leads/update-interest-status", "leads:update", NULL, UPDATE_INTEREST_SCHEMA,    TRUE,  handle_update_interest },
  { "POST",   "/api/v2/leads/subsequence/move",       "leads:update", NULL, SUBSEQUENCE_MOVE_SCHEMA,   TRUE,  handle_subsequence_move },
  { "POST",   "/api/v2/leads/subsequence/remove",     "leads:update", NULL, SUBSEQUENCE_REMOVE_SCHEMA, TRUE,  handle_subsequence_remove },
  { "POST",   "/api/v2/leads/bulk-assign",            "leads:update", NULL, BULK_ASSIGN_SCHEMA,        TRUE,  handle_bulk_assign },
  { "GET",    "/api/v2/leads/{id}",                   "leads:read",   NULL, NULL,                      FALSE, handle_get },
  { "PATCH",  "/api/v2/leads/{id}",                   "leads:update", NULL, PATCH_LEAD_SCHEMA,         TRUE,  handle_patch },
  { "DELETE", "/api/v2/leads/{id}",                   "leads:delete", NULL, NULL,                      FALSE, handle_delete },
};

const DeckMockRoute *
deck_mock_lead_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (routes);
  return routes;
}
