/* deck-client-leads.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "deck-client-leads.h"
#include "deck-client-reply-private.h"

/* /leads/add takes at most 1,000 leads per request (CATALOG §6.9). */
#define ADD_BATCH_SIZE 1000
/* DELETE /leads: the spec caps its limit at 10,000; ids go in runs no longer. */
#define DELETE_BATCH_SIZE 1000

/* Parsers */

DECK_REPLY_DEFINE_PARSER (parse_lead, deck_lead_new_from_json)
DECK_REPLY_DEFINE_PARSER (parse_job, deck_background_job_new_from_json)

static void
call_for_lead (DeckClient *self,
               const char *method,
               const char *path,
               JsonNode   *body,
               GTask      *task)
{
  deck_reply_call_for_object (self, method, path, body, "lead", parse_lead, task);
}

/* The query */

G_DEFINE_BOXED_TYPE (DeckLeadQuery, deck_lead_query, deck_lead_query_copy, deck_lead_query_free)

DeckLeadQuery *
deck_lead_query_new (void)
{
  return g_new0 (DeckLeadQuery, 1);
}

DeckLeadQuery *
deck_lead_query_copy (const DeckLeadQuery *query)
{
  DeckLeadQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_new0 (DeckLeadQuery, 1);
  copy->search = g_strdup (query->search);
  copy->filter = g_strdup (query->filter);
  copy->campaign = g_strdup (query->campaign);
  copy->list_id = g_strdup (query->list_id);
  copy->in_campaign = query->in_campaign;
  copy->in_list = query->in_list;
  copy->ids = g_strdupv (query->ids);
  copy->excluded_ids = g_strdupv (query->excluded_ids);
  copy->contacts = g_strdupv (query->contacts);

  return copy;
}

void
deck_lead_query_free (DeckLeadQuery *query)
{
  if (query == NULL)
    return;

  g_free (query->search);
  g_free (query->filter);
  g_free (query->campaign);
  g_free (query->list_id);
  g_strfreev (query->ids);
  g_strfreev (query->excluded_ids);
  g_strfreev (query->contacts);
  g_free (query);
}

static void
set_string_if (JsonObject *object,
               const char *name,
               const char *value)
{
  if (value != NULL && value[0] != '\0')
    json_object_set_string_member (object, name, value);
}

static JsonArray *
strv_to_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  return array;
}

/* Empty arrays are left out: they break the server's search (CATALOG §6.5). */
static void
set_strv_if (JsonObject         *object,
             const char         *name,
             const char * const *strv)
{
  if (strv != NULL && strv[0] != NULL)
    json_object_set_array_member (object, name, strv_to_array (strv));
}

JsonObject *
deck_lead_query_to_json (const DeckLeadQuery *query)
{
  JsonObject *object = json_object_new ();

  if (query == NULL)
    return object;

  set_string_if (object, "search", query->search);
  set_string_if (object, "filter", query->filter);
  set_string_if (object, "campaign", query->campaign);
  set_string_if (object, "list_id", query->list_id);
  if (query->in_campaign)
    json_object_set_boolean_member (object, "in_campaign", TRUE);
  if (query->in_list)
    json_object_set_boolean_member (object, "in_list", TRUE);
  set_strv_if (object, "ids", (const char * const *) query->ids);
  set_strv_if (object, "excluded_ids", (const char * const *) query->excluded_ids);
  set_strv_if (object, "contacts", (const char * const *) query->contacts);

  return object;
}

/* Custom variables are scalars only (CATALOG §2.2): refuse anything else up front. */
static gboolean
check_custom_variables (JsonObject  *object,
                        GError     **error)
{
  JsonNode *node;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (object == NULL || (node = json_object_get_member (object, "custom_variables")) == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                           _("The custom variables must be an object"));
      return FALSE;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &value))
    if (!JSON_NODE_HOLDS_VALUE (value) && !JSON_NODE_HOLDS_NULL (value))
      {
        g_set_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                     _("The custom variable “%s” must be text, a number, true/false or empty, "
                       "not a list or an object"), name);
        return FALSE;
      }

  return TRUE;
}

/* Listing and reading */

DeckPager *
deck_client_list_leads (DeckClient          *self,
                        const DeckLeadQuery *query)
{
  g_autoptr(JsonObject) body = NULL;
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  body = deck_lead_query_to_json (query);
  pager = deck_pager_new (self, "POST", "/api/v2/leads/list", body, DECK_TYPE_LEAD, parse_lead);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_get_lead_async (DeckClient          *self,
                            const char          *id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_get_lead_async, "GET",
                             "leads", id, NULL, NULL, "lead", parse_lead,
                             cancellable, callback, user_data);
}

DeckLead *
deck_client_get_lead_finish (DeckClient    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_lead_async, error);
}

/* Create, change, delete */

void
deck_client_create_lead_async (DeckClient          *self,
                               JsonObject          *body,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (body != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_create_lead_async, cancellable, callback, user_data);

  if (!check_custom_variables (body, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  node = deck_reply_object_node (body);
  call_for_lead (self, "POST", "/api/v2/leads", node, task);
}

DeckLead *
deck_client_create_lead_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_lead_async, error);
}

void
deck_client_patch_lead_async (DeckClient          *self,
                              const char          *id,
                              JsonObject          *changes,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (changes != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_patch_lead_async, cancellable, callback, user_data);
  path = deck_reply_path ("leads", id, NULL);

  if (!check_custom_variables (changes, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Nothing changed (the schema wants at least one member): the lead as it is. */
  if (json_object_get_size (changes) == 0)
    {
      call_for_lead (self, "GET", path, NULL, task);
      return;
    }

  node = deck_reply_object_node (changes);
  call_for_lead (self, "PATCH", path, node, task);
}

DeckLead *
deck_client_patch_lead_finish (DeckClient    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_patch_lead_async, error);
}

void
deck_client_delete_lead_async (DeckClient          *self,
                               const char          *id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  /* No body, so no Content-Type (CATALOG §6.7). */
  deck_reply_request_boolean (self, deck_client_delete_lead_async, "DELETE",
                              "leads", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_lead_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_lead_async, error);
}

/* DELETE /leads, a run of ids after another. */
typedef struct
{
  char    *campaign_id;
  char    *list_id;
  GStrv    ids;       /* NULL: every lead there */
  int      status;
  guint    next;      /* the first id of the next run */
  guint64  count;
} DeleteLeads;

static void
delete_leads_free (gpointer data)
{
  DeleteLeads *state = data;

  g_free (state->campaign_id);
  g_free (state->list_id);
  g_strfreev (state->ids);
  g_free (state);
}

static void delete_leads_next (GTask *task);

static void
on_delete_leads_reply (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DeleteLeads *state = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *count = json_object_get_member (json_node_get_object (node), "count");
      double value;

      if (count != NULL && JSON_NODE_HOLDS_VALUE (count))
        {
          if (json_node_get_value_type (count) == G_TYPE_STRING)
            value = g_ascii_strtod (json_node_get_string (count), NULL);
          else
            value = json_node_get_double (count);
          if (value > 0)
            state->count += (guint64) value;
        }
    }

  if (state->ids == NULL || state->ids[state->next] == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_task_get_cancellable (task) != NULL &&
      g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  delete_leads_next (task);
}

static void
delete_leads_next (GTask *task)
{
  DeckClient *self = g_task_get_source_object (task);
  DeleteLeads *state = g_task_get_task_data (task);
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  set_string_if (body, "campaign_id", state->campaign_id);
  set_string_if (body, "list_id", state->list_id);
  if (state->status != 0)
    json_object_set_int_member (body, "status", state->status);

  if (state->ids != NULL)
    {
      JsonArray *ids = json_array_new ();

      for (guint n = 0; n < DELETE_BATCH_SIZE && state->ids[state->next] != NULL; n++)
        json_array_add_string_element (ids, state->ids[state->next++]);
      json_object_set_array_member (body, "ids", ids);
    }

  node = deck_reply_object_node (body);
  /* Not cancelled half way: a run either went out whole or not at all. */
  deck_client_call_async (self, "DELETE", "/api/v2/leads", node, NULL,
                          on_delete_leads_reply, g_object_ref (task));
}

void
deck_client_delete_leads_async (DeckClient          *self,
                                const char          *campaign_id,
                                const char          *list_id,
                                const char * const  *ids,
                                int                  status,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DeleteLeads *state;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail ((campaign_id != NULL) != (list_id != NULL));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_delete_leads_async, cancellable, callback, user_data);
  g_task_set_check_cancellable (task, FALSE);

  state = g_new0 (DeleteLeads, 1);
  state->campaign_id = g_strdup (campaign_id);
  state->list_id = g_strdup (list_id);
  state->ids = ids != NULL ? g_strdupv ((char **) ids) : NULL;
  state->status = status;
  g_task_set_task_data (task, state, delete_leads_free);

  /* No ids at all would delete everything there: that must be asked with ids NULL. */
  if (state->ids != NULL && state->ids[0] == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  delete_leads_next (task);
}

gboolean
deck_client_delete_leads_finish (DeckClient    *self,
                                 GAsyncResult  *result,
                                 guint64       *out_count,
                                 GError       **error)
{
  DeleteLeads *state;

  g_return_val_if_fail (DECK_IS_CLIENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_client_delete_leads_async, FALSE);

  state = g_task_get_task_data (G_TASK (result));
  if (out_count != NULL)
    *out_count = state->count;

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Merge, interest, subsequences */

void
deck_client_merge_leads_async (DeckClient          *self,
                               const char          *lead_id,
                               const char          *destination_lead_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (lead_id != NULL);
  g_return_if_fail (destination_lead_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_merge_leads_async, cancellable, callback, user_data);
  json_object_set_string_member (body, "lead_id", lead_id);
  json_object_set_string_member (body, "destination_lead_id", destination_lead_id);
  node = deck_reply_object_node (body);
  call_for_lead (self, "POST", "/api/v2/leads/merge", node, task);
}

DeckLead *
deck_client_merge_leads_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_merge_leads_async, error);
}

void
deck_client_update_interest_status_async (DeckClient          *self,
                                          const char          *lead_email,
                                          int                  interest_value,
                                          const char          *campaign_id,
                                          const char          *list_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (lead_email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_update_interest_status_async,
                              cancellable, callback, user_data);

  json_object_set_string_member (body, "lead_email", lead_email);
  /* interest_value is required; null resets the lead to plain "Lead". */
  if (interest_value == DECK_LEAD_INTEREST_NONE)
    json_object_set_null_member (body, "interest_value");
  else
    json_object_set_int_member (body, "interest_value", interest_value);
  set_string_if (body, "campaign_id", campaign_id);
  set_string_if (body, "list_id", list_id);

  node = deck_reply_object_node (body);
  deck_reply_call_for_boolean (self, "POST", "/api/v2/leads/update-interest-status", node, task);
}

gboolean
deck_client_update_interest_status_finish (DeckClient    *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_update_interest_status_async, error);
}

void
deck_client_set_lead_subsequence_async (DeckClient          *self,
                                        const char          *lead_id,
                                        const char          *subsequence_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (lead_id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_set_lead_subsequence_async,
                              cancellable, callback, user_data);

  json_object_set_string_member (body, "id", lead_id);
  if (subsequence_id != NULL)
    json_object_set_string_member (body, "subsequence_id", subsequence_id);
  node = deck_reply_object_node (body);

  call_for_lead (self, "POST",
                 subsequence_id != NULL ? "/api/v2/leads/subsequence/move"
                                        : "/api/v2/leads/subsequence/remove",
                 node, task);
}

DeckLead *
deck_client_set_lead_subsequence_finish (DeckClient    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_set_lead_subsequence_async, error);
}

/* Bulk actions on a query */

void
deck_client_assign_leads_async (DeckClient          *self,
                                const DeckLeadQuery *query,
                                const char * const  *user_ids,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_assign_leads_async, cancellable, callback, user_data);

  if (user_ids == NULL || user_ids[0] == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               _("Choose at least one member to assign the leads to"));
      return;
    }

  /* bulk-assign knows no exclusions or contact lists: it would assign more leads
   * than the query selects, so refuse rather than drop them. */
  if (query != NULL &&
      ((query->excluded_ids != NULL && query->excluded_ids[0] != NULL) ||
       (query->contacts != NULL && query->contacts[0] != NULL)))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               _("Leads picked by email or with exclusions cannot be assigned in bulk"));
      return;
    }

  body = deck_lead_query_to_json (query);
  json_object_set_array_member (body, "organization_user_ids", strv_to_array (user_ids));
  node = deck_reply_object_node (body);
  deck_reply_call_for_boolean (self, "POST", "/api/v2/leads/bulk-assign", node, task);
}

gboolean
deck_client_assign_leads_finish (DeckClient    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_assign_leads_async, error);
}

void
deck_client_move_leads_async (DeckClient          *self,
                              const DeckLeadQuery *query,
                              const char          *to_campaign_id,
                              const char          *to_list_id,
                              gboolean             copy,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail ((to_campaign_id != NULL) != (to_list_id != NULL));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_move_leads_async, cancellable, callback, user_data);

  /* The spec: ids need the campaign or list they are in. */
  if (query != NULL && query->ids != NULL && query->ids[0] != NULL &&
      (query->campaign == NULL || query->campaign[0] == '\0') &&
      (query->list_id == NULL || query->list_id[0] == '\0'))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               _("Moving chosen leads needs the campaign or list they are in"));
      return;
    }

  body = deck_lead_query_to_json (query);
  set_string_if (body, "to_campaign_id", to_campaign_id);
  set_string_if (body, "to_list_id", to_list_id);
  if (copy)
    json_object_set_boolean_member (body, "copy_leads", TRUE);
  node = deck_reply_object_node (body);
  deck_reply_call_for_object (self, "POST", "/api/v2/leads/move", node, "background job",
                              parse_job, task);
}

DeckBackgroundJob *
deck_client_move_leads_finish (DeckClient    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_move_leads_async, error);
}

/* The add result */

static DeckLeadAddCreated *
created_copy (const DeckLeadAddCreated *created)
{
  DeckLeadAddCreated *copy = g_new0 (DeckLeadAddCreated, 1);

  copy->index = created->index;
  copy->id = g_strdup (created->id);
  copy->email = g_strdup (created->email);
  return copy;
}

static void
created_free (gpointer data)
{
  DeckLeadAddCreated *created = data;

  g_free (created->id);
  g_free (created->email);
  g_free (created);
}

G_DEFINE_BOXED_TYPE (DeckLeadAddResult, deck_lead_add_result,
                     deck_lead_add_result_copy, deck_lead_add_result_free)

DeckLeadAddResult *
deck_lead_add_result_new (void)
{
  DeckLeadAddResult *result = g_new0 (DeckLeadAddResult, 1);

  result->remaining_in_plan = -1;
  result->created_leads = g_ptr_array_new_with_free_func (created_free);
  return result;
}

DeckLeadAddResult *
deck_lead_add_result_copy (const DeckLeadAddResult *result)
{
  DeckLeadAddResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = deck_lead_add_result_new ();
  copy->total_sent = result->total_sent;
  copy->leads_uploaded = result->leads_uploaded;
  copy->in_blocklist = result->in_blocklist;
  copy->duplicated_leads = result->duplicated_leads;
  copy->skipped_count = result->skipped_count;
  copy->invalid_email_count = result->invalid_email_count;
  copy->incomplete_count = result->incomplete_count;
  copy->duplicate_email_count = result->duplicate_email_count;
  copy->remaining_in_plan = result->remaining_in_plan;
  copy->n_batches_done = result->n_batches_done;
  for (guint i = 0; result->created_leads != NULL && i < result->created_leads->len; i++)
    g_ptr_array_add (copy->created_leads, created_copy (g_ptr_array_index (result->created_leads, i)));

  return copy;
}

void
deck_lead_add_result_free (DeckLeadAddResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->created_leads, g_ptr_array_unref);
  g_free (result);
}

static guint
reply_count (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;

  /* Numbers may arrive as strings. */
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    value = g_ascii_strtod (json_node_get_string (node), NULL);
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return 0;
  else
    value = json_node_get_double (node);

  return value > 0 ? (guint) MIN (value, (double) G_MAXUINT) : 0;
}

/* Adds one batch's reply to @sum; created indices are moved by @offset. */
static void
add_result_merge (DeckLeadAddResult *sum,
                  JsonObject        *reply,
                  guint              offset)
{
  JsonNode *remaining;
  JsonNode *created;

  sum->total_sent += reply_count (reply, "total_sent");
  sum->leads_uploaded += reply_count (reply, "leads_uploaded");
  sum->in_blocklist += reply_count (reply, "in_blocklist");
  sum->duplicated_leads += reply_count (reply, "duplicated_leads");
  sum->skipped_count += reply_count (reply, "skipped_count");
  sum->invalid_email_count += reply_count (reply, "invalid_email_count");
  sum->incomplete_count += reply_count (reply, "incomplete_count");
  sum->duplicate_email_count += reply_count (reply, "duplicate_email_count");

  /* What is left after the latest batch is what counts. */
  remaining = json_object_get_member (reply, "remaining_in_plan");
  if (remaining != NULL && JSON_NODE_HOLDS_VALUE (remaining) &&
      json_node_get_value_type (remaining) != G_TYPE_BOOLEAN)
    {
      if (json_node_get_value_type (remaining) == G_TYPE_STRING)
        sum->remaining_in_plan = g_ascii_strtoll (json_node_get_string (remaining), NULL, 10);
      else
        sum->remaining_in_plan = (gint64) json_node_get_double (remaining);
    }

  created = json_object_get_member (reply, "created_leads");
  if (created != NULL && JSON_NODE_HOLDS_ARRAY (created))
    {
      JsonArray *array = json_node_get_array (created);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;
          DeckLeadAddCreated *entry;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          object = json_node_get_object (element);

          entry = g_new0 (DeckLeadAddCreated, 1);
          entry->index = offset + reply_count (object, "index");
          entry->id = g_strdup (json_object_get_string_member_with_default (object, "id", NULL));
          entry->email = g_strdup (json_object_get_string_member_with_default (object, "email", NULL));
          g_ptr_array_add (sum->created_leads, entry);
        }
    }

  sum->n_batches_done++;
}

/* POST /leads/add, one batch after another */
typedef struct
{
  char                *campaign_id;
  char                *list_id;
  JsonArray           *leads;
  DeckLeadAddFlags     flags;
  DeckLeadAddProgress  progress;
  gpointer             progress_data;
  guint                next;       /* the first lead of the next batch */
  guint                in_flight;  /* the size of the batch in flight */
  DeckLeadAddResult   *result;
} AddLeads;

static void
add_leads_free (gpointer data)
{
  AddLeads *state = data;

  g_free (state->campaign_id);
  g_free (state->list_id);
  g_clear_pointer (&state->leads, json_array_unref);
  g_clear_pointer (&state->result, deck_lead_add_result_free);
  g_free (state);
}

static void add_leads_send (GTask *task);

static void
on_add_leads_reply (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddLeads *state = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The reply to adding leads is not an object");
      return;
    }

  add_result_merge (state->result, json_node_get_object (node), state->next);
  state->next += state->in_flight;
  state->in_flight = 0;

  if (state->progress != NULL)
    state->progress (state->next, json_array_get_length (state->leads),
                     state->result, state->progress_data);

  if (state->next >= json_array_get_length (state->leads))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Cancelling waits for the batch in flight, so the counts are exact. */
  if (cancellable != NULL && g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  add_leads_send (task);
}

static void
add_leads_send (GTask *task)
{
  DeckClient *self = g_task_get_source_object (task);
  AddLeads *state = g_task_get_task_data (task);
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonArray *batch = json_array_new ();
  guint n = json_array_get_length (state->leads);

  set_string_if (body, "campaign_id", state->campaign_id);
  set_string_if (body, "list_id", state->list_id);

  for (guint i = state->next; i < n && i < state->next + ADD_BATCH_SIZE; i++)
    json_array_add_element (batch, json_node_ref (json_array_get_element (state->leads, i)));
  state->in_flight = json_array_get_length (batch);
  json_object_set_array_member (body, "leads", batch);

  if (state->flags & DECK_LEAD_ADD_SKIP_IF_IN_WORKSPACE)
    json_object_set_boolean_member (body, "skip_if_in_workspace", TRUE);
  if (state->flags & DECK_LEAD_ADD_SKIP_IF_IN_CAMPAIGN)
    json_object_set_boolean_member (body, "skip_if_in_campaign", TRUE);
  if (state->flags & DECK_LEAD_ADD_SKIP_IF_IN_LIST)
    json_object_set_boolean_member (body, "skip_if_in_list", TRUE);
  if (state->flags & DECK_LEAD_ADD_VERIFY_ON_IMPORT)
    json_object_set_boolean_member (body, "verify_leads_on_import", TRUE);

  node = deck_reply_object_node (body);
  /* No cancellable: a batch is never cut off half way. */
  deck_client_call_async (self, "POST", "/api/v2/leads/add", node, NULL,
                          on_add_leads_reply, g_object_ref (task));
}

void
deck_client_add_leads_async (DeckClient          *self,
                             const char          *campaign_id,
                             const char          *list_id,
                             JsonArray           *leads,
                             DeckLeadAddFlags     flags,
                             DeckLeadAddProgress  progress,
                             gpointer             progress_data,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AddLeads *state;
  guint n;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (leads != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_add_leads_async, cancellable, callback, user_data);
  /* A finished import is reported as such even when the cancel came too late. */
  g_task_set_check_cancellable (task, FALSE);

  state = g_new0 (AddLeads, 1);
  state->campaign_id = g_strdup (campaign_id);
  state->list_id = g_strdup (list_id);
  state->leads = json_array_ref (leads);
  state->flags = flags;
  state->progress = progress;
  state->progress_data = progress_data;
  state->result = deck_lead_add_result_new ();
  g_task_set_task_data (task, state, add_leads_free);

  if ((campaign_id == NULL) == (list_id == NULL))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               _("Leads are added to one campaign or one list"));
      return;
    }

  /* Every lead is checked before the first batch goes out. */
  n = json_array_get_length (leads);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (leads, i);
      GError *error = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                                   _("Lead %u is not an object"), i + 1);
          return;
        }
      if (!check_custom_variables (json_node_get_object (element), &error))
        {
          g_prefix_error (&error, _("Lead %u: "), i + 1);
          g_task_return_error (task, error);
          return;
        }
    }

  if (n == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  add_leads_send (task);
}

DeckLeadAddResult *
deck_client_add_leads_finish (DeckClient          *self,
                              GAsyncResult        *result,
                              DeckLeadAddResult  **out_partial,
                              GError             **error)
{
  AddLeads *state;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_client_add_leads_async, NULL);

  state = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    {
      if (out_partial != NULL)
        *out_partial = deck_lead_add_result_copy (state->result);
      return NULL;
    }

  if (out_partial != NULL)
    *out_partial = NULL;
  return deck_lead_add_result_copy (state->result);
}

/* Background jobs */

DeckPager *
deck_client_list_background_jobs (DeckClient *self,
                                  const char *status)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/background-jobs");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  deck_client_append_query (path, "sort_column", "created_at");
  deck_client_append_query (path, "sort_order", "desc");
  if (status != NULL && status[0] != '\0')
    deck_client_append_query (path, "status", status);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_BACKGROUND_JOB, parse_job);
  deck_pager_set_page_size (pager, 100);

  return pager;
}
