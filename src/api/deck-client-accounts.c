/* deck-client-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include "deck-client-accounts.h"
#include "deck-client-reply-private.h"

/* The spec's maxItems on POST /accounts/pause, the warmup switches and warmup-analytics. */
#define BATCH_SIZE 100
/* Polling a background job backs off up to this, or the caller's interval if longer. */
#define FOLLOW_MAX_INTERVAL_MS 10000

DECK_REPLY_DEFINE_PARSER (parse_account, deck_account_new_from_json)
DECK_REPLY_DEFINE_PARSER (parse_background_job, deck_background_job_new_from_json)
DECK_REPLY_DEFINE_PARSER (parse_custom_tag, deck_custom_tag_new_from_json)
DECK_REPLY_DEFINE_PARSER (parse_ctd_status, deck_ctd_status_new_from_json)


/* Helpers */

static char *
account_path (const char *email,
              const char *action)
{
  return deck_reply_path ("accounts", email, action);
}

static char *
tag_path (const char *id)
{
  return deck_reply_path ("custom-tags", id, NULL);
}

static void
builder_add_strv (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *values,
                  guint               offset,
                  guint               count)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = offset; i < offset + count; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* {"@member": [@values[offset] … @values[offset + count - 1]]} */
static JsonNode *
strv_body (const char         *member,
           const char * const *values,
           guint               offset,
           guint               count)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  builder_add_strv (builder, member, values, offset, count);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static JsonNode *
object_body (JsonObject *object)
{
  JsonNode *node = json_node_alloc ();

  return json_node_init_object (node, object);
}

/* Listing and reading */

DeckPager *
deck_client_list_accounts (DeckClient *self,
                           const char *search)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/accounts");
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  deck_client_append_query (path, "include_tags", "true");
  if (search != NULL && search[0] != '\0')
    deck_client_append_query (path, "search", search);

  pager = deck_pager_new (self, "GET", path->str, NULL, DECK_TYPE_ACCOUNT, parse_account);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_get_account_async (DeckClient          *self,
                               const char          *email,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_object (self, deck_client_get_account_async, "GET",
                             "accounts", email, NULL, NULL, "account", parse_account,
                             cancellable, callback, user_data);
}

DeckAccount *
deck_client_get_account_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_account_async, error);
}

/* Single-account actions */

void
deck_client_account_action_async (DeckClient          *self,
                                  const char          *email,
                                  DeckAccountAction    action,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  const char *verb;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  switch (action)
    {
    case DECK_ACCOUNT_ACTION_PAUSE:
      verb = "pause";
      break;
    case DECK_ACCOUNT_ACTION_RESUME:
      verb = "resume";
      break;
    case DECK_ACCOUNT_ACTION_MARK_FIXED:
      verb = "mark-fixed";
      break;
    default:
      g_return_if_reached ();
    }

  task = deck_reply_task_new (self, deck_client_account_action_async, cancellable, callback, user_data);
  path = account_path (email, verb);
  /* Body-less: no body and no Content-Type. */
  deck_reply_call_for_object (self, "POST", path, NULL, "account", parse_account, task);
}

DeckAccount *
deck_client_account_action_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_account_action_async, error);
}

void
deck_client_patch_account_async (DeckClient          *self,
                                 const char          *email,
                                 JsonObject          *changes,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (changes != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_patch_account_async, cancellable, callback, user_data);

  /* The schema has minProperties 1: an empty change is the caller's slip. */
  if (json_object_get_size (changes) == 0)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               "Nothing to change");
      return;
    }

  path = account_path (email, NULL);
  body = object_body (changes);
  deck_reply_call_for_object (self, "PATCH", path, body, "account", parse_account, task);
}

DeckAccount *
deck_client_patch_account_finish (DeckClient    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_patch_account_async, error);
}

void
deck_client_create_account_async (DeckClient          *self,
                                  JsonObject          *fields,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (fields != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_create_account_async, cancellable, callback, user_data);
  body = object_body (fields);
  deck_reply_call_for_object (self, "POST", "/api/v2/accounts", body, "account", parse_account, task);
}

DeckAccount *
deck_client_create_account_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_account_async, error);
}

void
deck_client_delete_account_async (DeckClient          *self,
                                  const char          *email,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (email != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_boolean (self, deck_client_delete_account_async, "DELETE",
                              "accounts", email, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_account_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_account_async, error);
}

/* Bulk pause, in batches */

typedef struct
{
  GStrv      emails;
  guint      n_emails;
  guint      next;        /* first email of the batch in flight */
  guint      batch_len;
  GPtrArray *paused;      /* char *, NULL-terminated at the end */
  GPtrArray *failed;
  guint      n_batches_ok;
  GError    *first_error;
} PauseBatches;

typedef struct
{
  GStrv paused;
  GStrv failed;
} PauseResult;

static void
pause_batches_free (gpointer data)
{
  PauseBatches *state = data;

  g_strfreev (state->emails);
  g_ptr_array_unref (state->paused);
  g_ptr_array_unref (state->failed);
  g_clear_error (&state->first_error);
  g_free (state);
}

static void
pause_result_free (gpointer data)
{
  PauseResult *result = data;

  g_strfreev (result->paused);
  g_strfreev (result->failed);
  g_free (result);
}

static void
add_string_elements (GPtrArray  *to,
                     JsonObject *object,
                     const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_ptr_array_add (to, json_node_dup_string (element));
    }
}

static void pause_next_batch (GTask *task);

static void
on_pause_batch (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PauseBatches *state = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);

  if (node == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    error = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                 "The bulk pause reply is not an object");

  if (error == NULL)
    {
      JsonObject *object = json_node_get_object (node);

      add_string_elements (state->paused, object, "paused_emails");
      add_string_elements (state->failed, object, "failed_emails");
      state->n_batches_ok++;
    }
  else
    {
      /* Earlier batches may have gone through: this one counts as failed and the
       * rest is still tried, so the caller learns what really changed. */
      g_debug ("Pausing %u accounts failed: %s", state->batch_len, error->message);
      for (guint i = state->next; i < state->next + state->batch_len; i++)
        g_ptr_array_add (state->failed, g_strdup (state->emails[i]));
      if (state->first_error == NULL)
        state->first_error = g_steal_pointer (&error);
    }

  state->next += state->batch_len;
  pause_next_batch (task);
}

static void
pause_next_batch (GTask *task)
{
  PauseBatches *state = g_task_get_task_data (task);
  DeckClient *self = g_task_get_source_object (task);
  g_autoptr(JsonNode) body = NULL;

  if (state->next >= state->n_emails)
    {
      PauseResult *result;

      /* Only when nothing went through is the whole call an error. */
      if (state->n_batches_ok == 0 && state->first_error != NULL)
        {
          g_task_return_error (task, g_steal_pointer (&state->first_error));
          return;
        }

      result = g_new0 (PauseResult, 1);
      g_ptr_array_add (state->paused, NULL);
      g_ptr_array_add (state->failed, NULL);
      result->paused = (GStrv) g_ptr_array_steal (state->paused, NULL);
      result->failed = (GStrv) g_ptr_array_steal (state->failed, NULL);
      g_task_return_pointer (task, result, pause_result_free);
      return;
    }

  state->batch_len = MIN (BATCH_SIZE, state->n_emails - state->next);
  body = strv_body ("emails", (const char * const *) state->emails, state->next, state->batch_len);
  deck_client_call_async (self, "POST", "/api/v2/accounts/pause", body,
                          g_task_get_cancellable (task), on_pause_batch, g_object_ref (task));
}

void
deck_client_pause_accounts_async (DeckClient          *self,
                                  const char * const  *emails,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PauseBatches *state;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (emails != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_pause_accounts_async, cancellable, callback, user_data);

  state = g_new0 (PauseBatches, 1);
  state->emails = g_strdupv ((GStrv) emails);
  state->n_emails = g_strv_length (state->emails);
  state->paused = g_ptr_array_new_with_free_func (g_free);
  state->failed = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, state, pause_batches_free);

  pause_next_batch (task);
}

gboolean
deck_client_pause_accounts_finish (DeckClient     *self,
                                   GAsyncResult   *result,
                                   char         ***paused,
                                   char         ***failed,
                                   GError        **error)
{
  PauseResult *outcome;

  g_return_val_if_fail (DECK_IS_CLIENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        deck_client_pause_accounts_async, FALSE);

  if (paused != NULL)
    *paused = NULL;
  if (failed != NULL)
    *failed = NULL;

  outcome = g_task_propagate_pointer (G_TASK (result), error);
  if (outcome == NULL)
    return FALSE;

  if (paused != NULL)
    *paused = g_steal_pointer (&outcome->paused);
  if (failed != NULL)
    *failed = g_steal_pointer (&outcome->failed);
  pause_result_free (outcome);

  return TRUE;
}

/* Warmup */

void
deck_client_set_warmup_async (DeckClient          *self,
                              const char * const  *emails,
                              gboolean             enable,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) body = NULL;
  guint n;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (emails != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_set_warmup_async, cancellable, callback, user_data);

  /* One job per call: the caller splits larger selections. */
  n = g_strv_length ((GStrv) emails);
  if (n == 0 || n > BATCH_SIZE)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               "Warmup can be changed for 1 to %d accounts at once", BATCH_SIZE);
      return;
    }

  body = strv_body ("emails", emails, 0, n);
  deck_reply_call_for_object (self, "POST",
                   enable ? "/api/v2/accounts/warmup/enable" : "/api/v2/accounts/warmup/disable",
                   body, "background job", parse_background_job, task);
}

DeckBackgroundJob *
deck_client_set_warmup_finish (DeckClient    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_set_warmup_async, error);
}

/* Following a background job */

typedef struct
{
  DeckBackgroundJob *job;
  char              *path;
  guint              interval_ms;
  guint              delay_ms;
  GSource           *wait_source;
  GSource           *cancel_source;
} FollowJob;

static void
follow_clear_wait (FollowJob *follow)
{
  if (follow->wait_source != NULL)
    {
      g_source_destroy (follow->wait_source);
      g_clear_pointer (&follow->wait_source, g_source_unref);
    }
  if (follow->cancel_source != NULL)
    {
      g_source_destroy (follow->cancel_source);
      g_clear_pointer (&follow->cancel_source, g_source_unref);
    }
}

static void
follow_job_free (gpointer data)
{
  FollowJob *follow = data;

  follow_clear_wait (follow);
  g_clear_object (&follow->job);
  g_free (follow->path);
  g_free (follow);
}

/* Ends the task when the job is finished; FALSE while it still runs. */
static gboolean
follow_check_finished (GTask *task)
{
  FollowJob *follow = g_task_get_task_data (task);
  DeckBackgroundJob *job = follow->job;
  g_autofree char *title = NULL;
  JsonObject *data;
  const char *reason = NULL;

  if (!deck_background_job_is_finished (job))
    return FALSE;

  if (deck_background_job_is_success (job))
    {
      g_task_return_boolean (task, TRUE);
      return TRUE;
    }

  /* "data" is free-form: take whatever words the server left there. */
  data = deck_background_job_get_data (job);
  if (data != NULL)
    {
      static const char * const members[] = { "error", "message", "error_message", "reason" };

      for (guint i = 0; i < G_N_ELEMENTS (members) && reason == NULL; i++)
        {
          JsonNode *node = json_object_get_member (data, members[i]);

          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_STRING &&
              json_node_get_string (node)[0] != '\0')
            reason = json_node_get_string (node);
        }
    }

  title = deck_background_job_dup_title (job);
  if (g_strcmp0 (deck_background_job_get_status (job), "cancelled") == 0)
    g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_REMOTE,
                             "%s: the job was cancelled", title);
  else if (reason != NULL)
    g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_REMOTE,
                             "%s: the job failed: %s", title, reason);
  else
    g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_REMOTE,
                             "%s: the job failed", title);
  return TRUE;
}

static void follow_wait (GTask *task);

static void
on_job_polled (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FollowJob *follow = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *status_before = NULL;
  GError *error = NULL;
  int progress_before;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The background job reply is not an object");
      return;
    }

  status_before = g_strdup (deck_background_job_get_status (follow->job));
  progress_before = deck_background_job_get_progress (follow->job);

  if (!deck_background_job_update_from_json (follow->job, json_node_get_object (node), &parse_error))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The background job reply is not usable: %s",
                               parse_error->message);
      return;
    }

  if (follow_check_finished (task))
    return;

  /* Poll briskly while the job moves, less often while it sits still. */
  if (g_strcmp0 (status_before, deck_background_job_get_status (follow->job)) != 0 ||
      progress_before != deck_background_job_get_progress (follow->job))
    follow->delay_ms = follow->interval_ms;
  else
    follow->delay_ms = MIN (follow->delay_ms + follow->delay_ms / 2 + 1,
                            MAX (follow->interval_ms, FOLLOW_MAX_INTERVAL_MS));

  follow_wait (task);
}

static gboolean
on_follow_wait_done (gpointer user_data)
{
  GTask *task = user_data;
  FollowJob *follow = g_task_get_task_data (task);
  DeckClient *self = g_task_get_source_object (task);

  follow_clear_wait (follow);
  deck_client_call_async (self, "GET", follow->path, NULL, g_task_get_cancellable (task),
                          on_job_polled, g_object_ref (task));

  return G_SOURCE_REMOVE;
}

static gboolean
on_follow_cancelled (GCancellable *cancellable,
                     gpointer      user_data)
{
  GTask *task = user_data;
  FollowJob *follow = g_task_get_task_data (task);

  follow_clear_wait (follow);
  g_task_return_error_if_cancelled (task);

  return G_SOURCE_REMOVE;
}

static void
follow_wait (GTask *task)
{
  FollowJob *follow = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (g_task_return_error_if_cancelled (task))
    return;

  follow->wait_source = g_timeout_source_new (MAX (follow->delay_ms, 1));
  g_source_set_static_name (follow->wait_source, "[deck-client] follow job");
  g_source_set_callback (follow->wait_source, on_follow_wait_done,
                         g_object_ref (task), g_object_unref);
  g_source_attach (follow->wait_source, g_task_get_context (task));

  if (cancellable != NULL)
    {
      follow->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_static_name (follow->cancel_source, "[deck-client] cancel follow job");
      g_source_set_callback (follow->cancel_source, G_SOURCE_FUNC (on_follow_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (follow->cancel_source, g_task_get_context (task));
    }
}

void
deck_client_follow_job_async (DeckClient          *self,
                              DeckBackgroundJob   *job,
                              guint                interval_ms,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *escaped = NULL;
  FollowJob *follow;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (DECK_IS_BACKGROUND_JOB (job));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_follow_job_async, cancellable, callback, user_data);

  escaped = deck_client_escape_segment (deck_background_job_get_id (job));
  follow = g_new0 (FollowJob, 1);
  follow->job = g_object_ref (job);
  follow->path = g_strconcat ("/api/v2/background-jobs/", escaped, NULL);
  follow->interval_ms = MAX (interval_ms, 1);
  follow->delay_ms = follow->interval_ms;
  g_task_set_task_data (task, follow, follow_job_free);

  if (follow_check_finished (task))
    return;

  follow_wait (task);
}

gboolean
deck_client_follow_job_finish (DeckClient    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_follow_job_async, error);
}

/* Health */

static void
add_vitals (GPtrArray  *to,
            JsonObject *reply,
            const char *member)
{
  JsonNode *node = json_object_get_member (reply, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GError) error = NULL;
      DeckDomainVitals *vitals;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      vitals = deck_domain_vitals_new_from_json (json_node_get_object (element), &error);
      if (vitals == NULL)
        g_debug ("Skipping a vitals entry: %s", error->message);
      else
        g_ptr_array_add (to, vitals);
    }
}

static void
vitals_build_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  JsonNode *node = task_data;
  GPtrArray *result;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                               "The vitals reply is not an object");
      return;
    }

  result = g_ptr_array_new_with_free_func (g_object_unref);
  add_vitals (result, json_node_get_object (node), "success_list");
  add_vitals (result, json_node_get_object (node), "failure_list");
  g_task_return_pointer (task, result, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_vitals_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  JsonNode *node;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A whole workspace's domains can be many: built off the main thread. */
  g_task_set_task_data (task, node, (GDestroyNotify) json_node_unref);
  g_task_run_in_thread (task, vitals_build_thread);
}

void
deck_client_test_vitals_async (DeckClient          *self,
                               const char * const  *emails,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_test_vitals_async, cancellable, callback, user_data);

  /* Without a list the server checks every domain of the workspace. */
  if (emails != NULL)
    body = strv_body ("accounts", emails, 0, g_strv_length ((GStrv) emails));
  else
    body = json_from_string ("{}", NULL);

  deck_client_call_async (self, "POST", "/api/v2/accounts/test/vitals", body, cancellable,
                          on_vitals_reply, g_steal_pointer (&task));
}

GPtrArray *
deck_client_test_vitals_finish (DeckClient    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_test_vitals_async, error);
}

void
deck_client_get_ctd_status_async (DeckClient          *self,
                                  const char          *host,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GString) path = g_string_new ("/api/v2/accounts/ctd/status");

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (host != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_ctd_status_async, cancellable, callback, user_data);
  deck_client_append_query (path, "host", host);
  deck_reply_call_for_object (self, "GET", path->str, NULL, "tracking domain status", parse_ctd_status, task);
}

DeckCtdStatus *
deck_client_get_ctd_status_finish (DeckClient    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_ctd_status_async, error);
}

/* Warmup analytics, in batches */

typedef struct
{
  GStrv      emails;
  guint      n_emails;
  guint      next;
  guint      batch_len;
  GPtrArray *replies;  /* JsonNode, one per batch of BATCH_SIZE emails */
} AnalyticsBatches;

static void
analytics_batches_free (gpointer data)
{
  AnalyticsBatches *state = data;

  g_strfreev (state->emails);
  g_ptr_array_unref (state->replies);
  g_free (state);
}

static void
analytics_build_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  AnalyticsBatches *state = task_data;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint b = 0; b < state->replies->len; b++)
    {
      JsonNode *node = g_ptr_array_index (state->replies, b);
      guint offset = b * BATCH_SIZE;
      guint len = MIN (BATCH_SIZE, state->n_emails - offset);
      g_autofree const char **batch = g_new0 (const char *, len + 1);
      g_autoptr(GPtrArray) part = NULL;
      g_autoptr(GError) error = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "The warmup analytics reply is not an object");
          return;
        }

      for (guint i = 0; i < len; i++)
        batch[i] = state->emails[offset + i];

      part = deck_warmup_analytics_list_from_json (json_node_get_object (node), batch, &error);
      if (part == NULL)
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "The warmup analytics reply is not usable: %s",
                                   error->message);
          return;
        }

      for (guint i = 0; i < part->len; i++)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (part, i)));
    }

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) g_ptr_array_unref);
}

static void analytics_next_batch (GTask *task);

static void
on_analytics_batch (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AnalyticsBatches *state = g_task_get_task_data (task);
  JsonNode *node;
  GError *error = NULL;

  node = deck_client_call_finish (DECK_CLIENT (source), result, &error);
  if (node == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_ptr_array_add (state->replies, node);
  state->next += state->batch_len;
  analytics_next_batch (task);
}

static void
analytics_next_batch (GTask *task)
{
  AnalyticsBatches *state = g_task_get_task_data (task);
  DeckClient *self = g_task_get_source_object (task);
  g_autoptr(JsonNode) body = NULL;

  if (state->next >= state->n_emails)
    {
      /* Up to 14 days for each of hundreds of accounts: built off the main thread. */
      g_task_run_in_thread (task, analytics_build_thread);
      return;
    }

  state->batch_len = MIN (BATCH_SIZE, state->n_emails - state->next);
  body = strv_body ("emails", (const char * const *) state->emails, state->next, state->batch_len);
  deck_client_call_async (self, "POST", "/api/v2/accounts/warmup-analytics", body,
                          g_task_get_cancellable (task), on_analytics_batch, g_object_ref (task));
}

void
deck_client_get_warmup_analytics_async (DeckClient          *self,
                                        const char * const  *emails,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AnalyticsBatches *state;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (emails != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_get_warmup_analytics_async, cancellable, callback, user_data);

  state = g_new0 (AnalyticsBatches, 1);
  state->emails = g_strdupv ((GStrv) emails);
  state->n_emails = g_strv_length (state->emails);
  state->replies = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_task_set_task_data (task, state, analytics_batches_free);

  analytics_next_batch (task);
}

GPtrArray *
deck_client_get_warmup_analytics_finish (DeckClient    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_get_warmup_analytics_async, error);
}

/* Custom tags */

DeckPager *
deck_client_list_custom_tags (DeckClient *self)
{
  DeckPager *pager;

  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  pager = deck_pager_new (self, "GET", "/api/v2/custom-tags", NULL,
                          DECK_TYPE_CUSTOM_TAG, parse_custom_tag);
  deck_pager_set_page_size (pager, 100);

  return pager;
}

void
deck_client_create_custom_tag_async (DeckClient          *self,
                                     const char          *label,
                                     const char          *description,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_create_custom_tag_async, cancellable, callback, user_data);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, label);
  if (description != NULL)
    {
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, description);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  deck_reply_call_for_object (self, "POST", "/api/v2/custom-tags", body, "custom tag", parse_custom_tag, task);
}

DeckCustomTag *
deck_client_create_custom_tag_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_create_custom_tag_async, error);
}

void
deck_client_update_custom_tag_async (DeckClient          *self,
                                     const char          *id,
                                     const char          *label,
                                     const char          *description,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_update_custom_tag_async, cancellable, callback, user_data);

  if (label == NULL && description == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID,
                               "Nothing to change");
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  if (label != NULL)
    {
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, label);
    }
  if (description != NULL)
    {
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, description);
    }
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  path = tag_path (id);
  deck_reply_call_for_object (self, "PATCH", path, body, "custom tag", parse_custom_tag, task);
}

DeckCustomTag *
deck_client_update_custom_tag_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_pointer (self, result, deck_client_update_custom_tag_async, error);
}

void
deck_client_delete_custom_tag_async (DeckClient          *self,
                                     const char          *id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deck_reply_request_boolean (self, deck_client_delete_custom_tag_async, "DELETE",
                              "custom-tags", id, NULL, NULL,
                              cancellable, callback, user_data);
}

gboolean
deck_client_delete_custom_tag_finish (DeckClient    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_delete_custom_tag_async, error);
}

void
deck_client_tag_accounts_async (DeckClient          *self,
                                const char * const  *tag_ids,
                                const char * const  *emails,
                                gboolean             assign,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) body = NULL;
  guint n_tags, n_emails;

  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (tag_ids != NULL);
  g_return_if_fail (emails != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = deck_reply_task_new (self, deck_client_tag_accounts_async, cancellable, callback, user_data);

  n_tags = g_strv_length ((GStrv) tag_ids);
  n_emails = g_strv_length ((GStrv) emails);

  /* Both lists have minItems 1; with either empty there is nothing to do. */
  if (n_tags == 0 || n_emails == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  builder_add_strv (builder, "tag_ids", tag_ids, 0, n_tags);
  json_builder_set_member_name (builder, "resource_type");
  json_builder_add_int_value (builder, 1); /* account */
  builder_add_strv (builder, "resource_ids", emails, 0, n_emails);
  json_builder_set_member_name (builder, "assign");
  json_builder_add_boolean_value (builder, assign);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  deck_reply_call_for_boolean (self, "POST", "/api/v2/custom-tags/toggle-resource", body, task);
}

gboolean
deck_client_tag_accounts_finish (DeckClient    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return deck_reply_propagate_boolean (self, result, deck_client_tag_accounts_async, error);
}
