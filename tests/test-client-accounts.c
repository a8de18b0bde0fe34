/* test-client-accounts.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <locale.h>
#include <string.h>

#include "deck-client.h"
#include "deck-client-accounts.h"
#include "deck-mock-server.h"
#include "deck-pager.h"
#include "deck-test-util.h"
#include "deck-workspace.h"

#define WAIT_MS 60000

typedef struct
{
  DeckMockServer *mock;
  DeckClient     *client;
} Fixture;

static DeckClient *
client_new_for_key (DeckMockServer *mock,
                    const char     *key)
{
  g_autoptr(GError) error = NULL;
  DeckClient *client;

  client = deck_client_new (deck_mock_server_get_url (mock), key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (client);

  /* Retries in tests are about counts, not time. */
  deck_client_set_retry_budget (client, 4, 1, 5000);
  deck_client_set_rate_limit (client, 0, 1);

  return client;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_accounts = GPOINTER_TO_UINT (data) ? GPOINTER_TO_UINT (data) : 40;

  fixture->mock = deck_mock_server_new (n_accounts);
  deck_mock_server_start (fixture->mock, 0, &error);
  g_assert_no_error (error);
  deck_mock_server_set_job_duration (fixture->mock, 60);

  fixture->client = client_new_for_key (fixture->mock, deck_mock_server_get_api_key (fixture->mock));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->client);
  deck_mock_server_stop (fixture->mock);
  g_clear_object (&fixture->mock);
}

/* Helpers */

static JsonNode *
call_sync (DeckClient  *client,
           const char  *method,
           const char  *path,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_call_async (client, method, path, NULL, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);

  return deck_client_call_finish (client, result, error);
}

/* Every seeded account as the server lists it. */
static JsonArray *
all_accounts (Fixture *fixture)
{
  g_autoptr(JsonNode) page = NULL;
  g_autoptr(GError) error = NULL;

  page = call_sync (fixture->client, "GET", "/api/v2/accounts?limit=100", &error);
  g_assert_no_error (error);
  return json_array_ref (json_object_get_array_member (json_node_get_object (page), "items"));
}

/* The @nth (from 0) account whose integer @member is @value, or NULL. */
static char *
find_email (Fixture    *fixture,
            const char *member,
            int         value,
            guint       nth)
{
  g_autoptr(JsonArray) items = all_accounts (fixture);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *account = json_array_get_object_element (items, i);

      if (json_object_has_member (account, member) &&
          !json_object_get_null_member (account, member) &&
          json_object_get_int_member (account, member) == value &&
          nth-- == 0)
        return g_strdup (json_object_get_string_member (account, "email"));
    }

  return NULL;
}

static char *
require_email (Fixture    *fixture,
               const char *member,
               int         value,
               guint       nth)
{
  char *email = find_email (fixture, member, value, nth);

  if (email == NULL)
    g_error ("The seed has no account #%u with %s = %d", nth, member, value);
  return email;
}

static int
mock_account_int (Fixture    *fixture,
                  const char *email,
                  const char *member)
{
  g_autoptr(JsonNode) node = deck_mock_server_dup_account (fixture->mock, email);

  g_assert_nonnull (node);
  return (int) json_object_get_int_member (json_node_get_object (node), member);
}

static JsonObject *
last_log_entry (DeckMockServer *mock)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (mock);
  guint n = json_array_get_length (log);

  g_assert_cmpuint (n, >, 0);
  return json_object_ref (json_array_get_object_element (log, n - 1));
}

static guint
log_length (DeckMockServer *mock)
{
  g_autoptr(JsonArray) log = deck_mock_server_dup_request_log (mock);

  return json_array_get_length (log);
}

/* Sync wrappers, one per operation */

static DeckAccount *
action_sync (DeckClient         *client,
             const char         *email,
             DeckAccountAction   action,
             GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_account_action_async (client, email, action, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_account_action_finish (client, result, error);
}

static DeckAccount *
patch_sync (DeckClient  *client,
            const char  *email,
            const char  *changes_json,
            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) changes = json_from_string (changes_json, NULL);

  g_assert_nonnull (changes);
  deck_client_patch_account_async (client, email, json_node_get_object (changes), NULL,
                                   deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_patch_account_finish (client, result, error);
}

static DeckAccount *
create_sync (DeckClient  *client,
             const char  *fields_json,
             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) fields = json_from_string (fields_json, NULL);

  g_assert_nonnull (fields);
  deck_client_create_account_async (client, json_node_get_object (fields), NULL,
                                    deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_create_account_finish (client, result, error);
}

static gboolean
delete_sync (DeckClient  *client,
             const char  *email,
             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_delete_account_async (client, email, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_delete_account_finish (client, result, error);
}

static gboolean
pause_many_sync (DeckClient          *client,
                 const char * const  *emails,
                 char              ***paused,
                 char              ***failed,
                 GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_pause_accounts_async (client, emails, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_pause_accounts_finish (client, result, paused, failed, error);
}

static DeckBackgroundJob *
set_warmup_sync (DeckClient          *client,
                 const char * const  *emails,
                 gboolean             enable,
                 GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_set_warmup_async (client, emails, enable, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_set_warmup_finish (client, result, error);
}

static gboolean
follow_sync (DeckClient         *client,
             DeckBackgroundJob  *job,
             GCancellable       *cancellable,
             GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_follow_job_async (client, job, 10, cancellable, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_follow_job_finish (client, result, error);
}

static GPtrArray *
analytics_sync (DeckClient          *client,
                const char * const  *emails,
                GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_get_warmup_analytics_async (client, emails, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_get_warmup_analytics_finish (client, result, error);
}

static DeckCustomTag *
create_tag_sync (DeckClient  *client,
                 const char  *label,
                 const char  *description,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_create_custom_tag_async (client, label, description, NULL,
                                       deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_create_custom_tag_finish (client, result, error);
}

static DeckCustomTag *
update_tag_sync (DeckClient  *client,
                 const char  *id,
                 const char  *label,
                 const char  *description,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_update_custom_tag_async (client, id, label, description, NULL,
                                       deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_update_custom_tag_finish (client, result, error);
}

static gboolean
delete_tag_sync (DeckClient  *client,
                 const char  *id,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_delete_custom_tag_async (client, id, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_delete_custom_tag_finish (client, result, error);
}

static gboolean
tag_accounts_sync (DeckClient          *client,
                   const char * const  *tag_ids,
                   const char * const  *emails,
                   gboolean             assign,
                   GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_tag_accounts_async (client, tag_ids, emails, assign, NULL,
                                  deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_tag_accounts_finish (client, result, error);
}

static GListModel *
list_tags_sync (DeckClient *client)
{
  g_autoptr(DeckPager) pager = deck_client_list_custom_tags (client);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  g_assert_no_error (error);

  return g_object_ref (deck_pager_get_model (pager));
}

/* Single-account actions */

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 0);
  g_autofree char *logged = g_strdup_printf ("/api/v2/accounts/%s/pause", email);
  g_autoptr(DeckAccount) paused = NULL;
  g_autoptr(DeckAccount) resumed = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_clear_request_log (fixture->mock);
  paused = action_sync (fixture->client, email, DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_email (paused), ==, email);
  g_assert_cmpint (deck_account_get_status (paused), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_cmpint (mock_account_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_PAUSED);

  /* A body-less POST: no body, no Content-Type. */
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "POST");
  g_assert_cmpstr (json_object_get_string_member (entry, "path"), ==, logged);
  g_assert_true (json_object_get_null_member (entry, "content_type"));
  g_assert_true (json_object_get_null_member (entry, "body"));

  resumed = action_sync (fixture->client, email, DECK_ACCOUNT_ACTION_RESUME, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_account_get_status (resumed), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_cmpint (mock_account_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
}

static void
test_mark_fixed (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonArray) items = all_accounts (fixture);
  g_autofree char *email = NULL;
  g_autoptr(DeckAccount) fixed = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < json_array_get_length (items) && email == NULL; i++)
    {
      JsonObject *account = json_array_get_object_element (items, i);

      if (deck_account_status_is_error ((int) json_object_get_int_member (account, "status")))
        email = g_strdup (json_object_get_string_member (account, "email"));
    }
  g_assert_nonnull (email);

  fixed = action_sync (fixture->client, email, DECK_ACCOUNT_ACTION_MARK_FIXED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deck_account_get_status (fixed), ==, DECK_ACCOUNT_STATUS_ACTIVE);
  g_assert_cmpint (mock_account_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
}

static void
test_action_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const read_only[] = { "accounts:read", NULL };
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 0);
  g_autoptr(DeckClient) wrong = client_new_for_key (fixture->mock, "not-a-key");
  g_autoptr(DeckClient) reader = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  account = action_sync (fixture->client, "nobody@nowhere.invalid", DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  account = action_sync (wrong, email, DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  /* A read-only key may look but not touch. */
  deck_mock_server_add_api_key (fixture->mock, "read-only-key", read_only);
  reader = client_new_for_key (fixture->mock, "read-only-key");
  account = action_sync (reader, email, DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
  g_assert_cmpint (mock_account_int (fixture, email, "status"), ==, DECK_ACCOUNT_STATUS_ACTIVE);
}

/* PATCH */

static void
test_patch_exact_fields (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char *changes = "{\"first_name\":\"Grace\",\"sending_gap\":15,"
                               "\"warmup\":{\"limit\":12,\"advanced\":{\"weekday_only\":true}}}";
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 1);
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonNode) expected = json_from_string (changes, NULL);
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *sent;
  double limit;
  gboolean weekday_only;

  account = patch_sync (fixture->client, email, changes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_first_name (account), ==, "Grace");
  g_assert_cmpfloat (deck_account_get_sending_gap (account), ==, 15);
  g_object_get (account, "warmup-limit", &limit, "warmup-weekday-only", &weekday_only, NULL);
  g_assert_cmpfloat (limit, ==, 12);
  g_assert_true (weekday_only);

  /* Exactly the given fields went out, as JSON. */
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "PATCH");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (entry, "content_type"),
                                   "application/json"));
  sent = json_object_get_member (entry, "body");
  g_assert_true (json_node_equal (sent, expected));

  stored = deck_mock_server_dup_account (fixture->mock, email);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (stored), "first_name"), ==, "Grace");
}

static void
test_patch_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const read_only[] = { "accounts:read", NULL };
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 2);
  g_autoptr(DeckClient) reader = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  int gap_before = mock_account_int (fixture, email, "sending_gap");
  guint n_logged;

  /* The spec allows 0–1440 minutes. */
  account = patch_sync (fixture->client, email, "{\"sending_gap\":2000}", &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "sending_gap"));
  g_assert_cmpint (mock_account_int (fixture, email, "sending_gap"), ==, gap_before);
  g_clear_error (&error);

  /* An unknown member: the schema forbids additional properties. */
  account = patch_sync (fixture->client, email, "{\"nickname\":\"x\"}", &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_clear_error (&error);

  account = patch_sync (fixture->client, "nobody@nowhere.invalid", "{\"first_name\":\"X\"}", &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing to change is refused before anything is sent. */
  n_logged = log_length (fixture->mock);
  account = patch_sync (fixture->client, email, "{}", &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_cmpuint (log_length (fixture->mock), ==, n_logged);
  g_clear_error (&error);

  deck_mock_server_add_api_key (fixture->mock, "read-only-key", read_only);
  reader = client_new_for_key (fixture->mock, "read-only-key");
  account = patch_sync (reader, email, "{\"first_name\":\"X\"}", &error);
  g_assert_null (account);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
}

/* Create and delete */

#define NEW_ACCOUNT \
  "{\"email\":\"new+eu@example.org\",\"first_name\":\"New\",\"last_name\":\"Person\"," \
  "\"provider_code\":1,\"imap_username\":\"new\",\"imap_password\":\"secret\"," \
  "\"imap_host\":\"imap.example.org\",\"imap_port\":993,\"smtp_username\":\"new\"," \
  "\"smtp_password\":\"secret\",\"smtp_host\":\"smtp.example.org\",\"smtp_port\":587," \
  "\"daily_limit\":25}"

static void
test_create_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n_before = deck_mock_server_get_n_accounts (fixture->mock);
  g_autoptr(DeckAccount) created = NULL;
  g_autoptr(DeckAccount) again = NULL;
  g_autoptr(DeckAccount) paused = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(GError) error = NULL;

  created = create_sync (fixture->client, NEW_ACCOUNT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_email (created), ==, "new+eu@example.org");
  g_assert_cmpstr (deck_account_get_first_name (created), ==, "New");
  g_assert_cmpfloat (deck_account_get_daily_limit (created), ==, 25);
  g_assert_cmpuint (deck_mock_server_get_n_accounts (fixture->mock), ==, n_before + 1);
  stored = deck_mock_server_dup_account (fixture->mock, "new+eu@example.org");
  g_assert_nonnull (stored);

  /* The '+' survives the path. */
  paused = action_sync (fixture->client, "new+eu@example.org", DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_email (paused), ==, "new+eu@example.org");

  /* The same email twice. */
  again = create_sync (fixture->client, NEW_ACCOUNT, &error);
  g_assert_null (again);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_clear_error (&error);

  /* A required field missing. */
  again = create_sync (fixture->client, "{\"email\":\"x@example.org\",\"first_name\":\"X\"}", &error);
  g_assert_null (again);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (delete_sync (fixture->client, "new+eu@example.org", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_get_n_accounts (fixture->mock), ==, n_before);
  g_assert_null (deck_mock_server_dup_account (fixture->mock, "new+eu@example.org"));

  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "DELETE");
  g_assert_true (json_object_get_null_member (entry, "content_type"));

  g_assert_false (delete_sync (fixture->client, "new+eu@example.org", &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

/* Bulk pause */

static void
test_bulk_pause_partial (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *active = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 0);
  g_autofree char *in_error = require_email (fixture, "status", DECK_ACCOUNT_STATUS_CONNECTION_ERROR, 0);
  const char *emails[] = { active, "nobody@nowhere.invalid", in_error, NULL };
  g_auto(GStrv) paused = NULL;
  g_auto(GStrv) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pause_many_sync (fixture->client, emails, &paused, &failed, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_strv_length (paused), ==, 1);
  g_assert_cmpstr (paused[0], ==, active);
  g_assert_cmpuint (g_strv_length (failed), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) failed, "nobody@nowhere.invalid"));
  g_assert_true (g_strv_contains ((const char * const *) failed, in_error));

  g_assert_cmpint (mock_account_int (fixture, active, "status"), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_cmpint (mock_account_int (fixture, in_error, "status"), ==, DECK_ACCOUNT_STATUS_CONNECTION_ERROR);
}

static GPtrArray *
first_emails (Fixture *fixture,
              guint    n)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (fixture->client, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *emails = g_ptr_array_new_with_free_func (g_free);
  GListModel *model;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_true (deck_pager_load_finish (pager, result, &error));
  model = deck_pager_get_model (pager);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (model, i);

      g_ptr_array_add (emails, g_strdup (deck_account_get_email (account)));
    }
  g_ptr_array_add (emails, NULL);

  return emails;
}

static void
test_bulk_pause_batches (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = first_emails (fixture, 150);
  g_auto(GStrv) paused = NULL;
  g_auto(GStrv) failed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) log = NULL;
  guint n_batches = 0;
  guint sizes[2] = { 0, 0 };

  deck_mock_server_clear_request_log (fixture->mock);
  g_assert_true (pause_many_sync (fixture->client, (const char * const *) emails->pdata,
                                  &paused, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (paused) + g_strv_length (failed), ==, 150);
  g_assert_cmpuint (g_strv_length (paused), >, 0);

  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/accounts/pause"), ==, 2);
  log = deck_mock_server_dup_request_log (fixture->mock);
  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonObject *entry = json_array_get_object_element (log, i);
      JsonArray *sent;

      if (!g_str_equal (json_object_get_string_member (entry, "path"), "/api/v2/accounts/pause"))
        continue;
      sent = json_object_get_array_member (json_object_get_object_member (entry, "body"), "emails");
      g_assert_cmpuint (n_batches, <, 2);
      sizes[n_batches++] = json_array_get_length (sent);
      /* In order: the second batch starts where the first ended. */
      g_assert_cmpstr (json_array_get_string_element (sent, 0), ==,
                       g_ptr_array_index (emails, n_batches == 1 ? 0 : 100));
    }
  g_assert_cmpuint (sizes[0], ==, 100);
  g_assert_cmpuint (sizes[1], ==, 50);

  for (guint i = 0; paused[i] != NULL; i++)
    g_assert_cmpint (mock_account_int (fixture, paused[i], "status"), ==, DECK_ACCOUNT_STATUS_PAUSED);
}

static void
test_bulk_pause_batch_fails (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = first_emails (fixture, 150);
  g_auto(GStrv) paused = NULL;
  g_auto(GStrv) failed = NULL;
  g_autoptr(GError) error = NULL;

  /* The first batch meets a server error (a POST is not repeated), the second goes
   * through: the call succeeds and names the first hundred as failed. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "POST /api/v2/accounts/pause", 1, -1, 0);
  g_assert_true (pause_many_sync (fixture->client, (const char * const *) emails->pdata,
                                  &paused, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (failed), >=, 100);
  for (guint i = 0; i < 100; i++)
    g_assert_true (g_strv_contains ((const char * const *) failed, g_ptr_array_index (emails, i)));
  for (guint i = 0; paused[i] != NULL; i++)
    g_assert_false (g_strv_contains ((const char * const *) emails->pdata, paused[i]) &&
                    g_strv_contains ((const char * const *) failed, paused[i]));
  g_clear_pointer (&paused, g_strfreev);
  g_clear_pointer (&failed, g_strfreev);

  /* When every batch fails the call fails. */
  deck_mock_server_add_fault (fixture->mock, DECK_MOCK_FAULT_SERVER_ERROR, "POST /api/v2/accounts/pause", 2, -1, 0);
  g_assert_false (pause_many_sync (fixture->client, (const char * const *) emails->pdata,
                                   &paused, &failed, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_null (paused);
  g_assert_null (failed);
}

static void
test_bulk_pause_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *emails[] = { NULL };
  g_auto(GStrv) paused = NULL;
  g_auto(GStrv) failed = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_clear_request_log (fixture->mock);
  g_assert_true (pause_many_sync (fixture->client, emails, &paused, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (paused), ==, 0);
  g_assert_cmpuint (g_strv_length (failed), ==, 0);
  g_assert_cmpuint (log_length (fixture->mock), ==, 0);
}

/* Warmup and background jobs */

static void
on_notify_count (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_warmup_enable_follow (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *email = require_email (fixture, "warmup_status", DECK_WARMUP_STATUS_PAUSED, 0);
  const char *emails[] = { email, NULL };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  JsonObject *job_data;
  guint n_status_notifies = 0;

  job = set_warmup_sync (fixture->client, emails, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck_background_job_get_id (job));
  g_assert_cmpstr (deck_background_job_get_job_type (job), ==, "update-warmup-accounts");
  g_assert_false (deck_background_job_is_finished (job));
  title = deck_background_job_dup_title (job);
  g_assert_cmpstr (title, ==, "Enabling warmup");

  g_signal_connect (job, "notify::status", G_CALLBACK (on_notify_count), &n_status_notifies);
  g_assert_true (follow_sync (fixture->client, job, NULL, &error));
  g_assert_no_error (error);

  /* Updated in place. */
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "success");
  g_assert_cmpint (deck_background_job_get_progress (job), ==, 100);
  g_assert_true (deck_background_job_is_success (job));
  g_assert_cmpuint (n_status_notifies, >=, 1);
  text = deck_background_job_dup_status_text (job);
  g_assert_cmpstr (text, ==, "Done");
  job_data = deck_background_job_get_data (job);
  g_assert_nonnull (job_data);
  g_assert_cmpint (json_object_get_int_member (job_data, "success_count"), ==, 1);

  g_assert_cmpint (mock_account_int (fixture, email, "warmup_status"), ==, DECK_WARMUP_STATUS_ACTIVE);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/accounts/warmup/enable"), ==, 1);
}

static void
test_warmup_disable (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *email = require_email (fixture, "warmup_status", DECK_WARMUP_STATUS_ACTIVE, 0);
  const char *emails[] = { email, NULL };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) entry = NULL;

  job = set_warmup_sync (fixture->client, emails, FALSE, &error);
  g_assert_no_error (error);
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "path"), ==, "/api/v2/accounts/warmup/disable");

  g_assert_true (follow_sync (fixture->client, job, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mock_account_int (fixture, email, "warmup_status"), ==, DECK_WARMUP_STATUS_PAUSED);
}

static void
test_warmup_banned_counted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *banned = require_email (fixture, "warmup_status", DECK_WARMUP_STATUS_BANNED, 0);
  g_autofree char *paused = require_email (fixture, "warmup_status", DECK_WARMUP_STATUS_PAUSED, 0);
  const char *emails[] = { banned, paused, NULL };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *job_data;

  /* This server finishes such a job in success and counts the banned account as
   * failed; the job itself never fails. */
  job = set_warmup_sync (fixture->client, emails, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (follow_sync (fixture->client, job, NULL, &error));
  g_assert_no_error (error);

  job_data = deck_background_job_get_data (job);
  g_assert_cmpint (json_object_get_int_member (job_data, "failed_count"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (job_data, "success_count"), ==, 1);
  g_assert_cmpint (mock_account_int (fixture, banned, "warmup_status"), ==, DECK_WARMUP_STATUS_BANNED);
  g_assert_cmpint (mock_account_int (fixture, paused, "warmup_status"), ==, DECK_WARMUP_STATUS_ACTIVE);
}

static void
test_warmup_limits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  const char *none[] = { NULL };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 101; i++)
    g_ptr_array_add (emails, g_strdup_printf ("a%u@example.org", i));
  g_ptr_array_add (emails, NULL);

  deck_mock_server_clear_request_log (fixture->mock);
  job = set_warmup_sync (fixture->client, (const char * const *) emails->pdata, TRUE, &error);
  g_assert_null (job);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_clear_error (&error);

  job = set_warmup_sync (fixture->client, none, TRUE, &error);
  g_assert_null (job);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_cmpuint (log_length (fixture->mock), ==, 0);
}

static void
test_follow_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *email = require_email (fixture, "warmup_status", DECK_WARMUP_STATUS_PAUSED, 0);
  const char *emails[] = { email, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_set_job_duration (fixture->mock, 600000);
  job = set_warmup_sync (fixture->client, emails, TRUE, &error);
  g_assert_no_error (error);

  /* Cancelled while it waits for its next poll: it ends at once, nothing is sent.
   * (The wait comes first, so the cancel lands there.) */
  deck_mock_server_clear_request_log (fixture->mock);
  deck_client_follow_job_async (fixture->client, job, 5000, cancellable, deck_test_store_result, &result);
  g_cancellable_cancel (cancellable);
  deck_test_wait_result (&result, WAIT_MS);
  g_assert_false (deck_client_follow_job_finish (fixture->client, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (deck_background_job_is_finished (job));
  g_assert_cmpuint (log_length (fixture->mock), ==, 0);
}

static void
test_follow_finished_job (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(JsonNode) node = json_from_string ("{\"id\":\"done-job\",\"type\":\"move-leads\","
                                               "\"status\":\"success\",\"progress\":100}", NULL);
  g_autoptr(DeckBackgroundJob) job = deck_background_job_new_from_json (json_node_get_object (node), NULL);
  g_autoptr(GError) error = NULL;

  deck_mock_server_clear_request_log (fixture->mock);
  g_assert_true (follow_sync (fixture->client, job, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log_length (fixture->mock), ==, 0);
}

/* A tiny server for what the mock never does: a job that fails or is cancelled. */

typedef struct
{
  const char * const *replies;  /* one JSON reply per poll, the last one repeats */
  guint               n_polls;
} JobScript;

static void
job_script_handler (SoupServer        *server,
                    SoupServerMessage *msg,
                    const char        *path,
                    GHashTable        *query,
                    gpointer           user_data)
{
  JobScript *script = user_data;
  guint n = g_strv_length ((GStrv) script->replies);
  const char *reply = script->replies[MIN (script->n_polls, n - 1)];

  script->n_polls++;
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, reply, strlen (reply));
}

static gboolean
follow_scripted (const char * const  *replies,
                 DeckBackgroundJob  **out_job,
                 guint               *n_polls,
                 GError             **error)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(JsonNode) node = json_from_string ("{\"id\":\"job-1\",\"type\":\"update-warmup-accounts\","
                                               "\"status\":\"pending\",\"progress\":0,"
                                               "\"data\":{\"enable_warmup\":true}}", NULL);
  g_autofree char *url = NULL;
  JobScript script = { replies, 0 };
  GSList *uris;
  gboolean ok;

  soup_server_add_handler (server, "/api/v2/background-jobs", job_script_handler, &script, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &local_error);
  g_assert_no_error (local_error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  client = deck_client_new (url, "scripted-key", &local_error);
  g_assert_no_error (local_error);
  deck_client_set_rate_limit (client, 0, 1);

  *out_job = deck_background_job_new_from_json (json_node_get_object (node), NULL);
  ok = follow_sync (client, *out_job, NULL, error);
  *n_polls = script.n_polls;

  soup_server_disconnect (server);
  return ok;
}

static void
test_follow_failed_job (void)
{
  const char * const replies[] = {
    "{\"id\":\"job-1\",\"type\":\"update-warmup-accounts\",\"status\":\"in-progress\",\"progress\":40,"
    "\"data\":{\"enable_warmup\":true}}",
    "{\"id\":\"job-1\",\"type\":\"update-warmup-accounts\",\"status\":\"failed\",\"progress\":40,"
    "\"data\":{\"enable_warmup\":true,\"error\":\"Mailbox provider refused the connection\"}}",
    NULL
  };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  guint n_polls = 0;

  g_assert_false (follow_scripted (replies, &job, &n_polls, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_REMOTE);
  g_assert_nonnull (strstr (error->message, "Mailbox provider refused the connection"));
  g_assert_nonnull (strstr (error->message, "Enabling warmup"));
  g_assert_cmpuint (n_polls, ==, 2);
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "failed");
  g_assert_true (deck_background_job_is_finished (job));
  g_assert_false (deck_background_job_is_success (job));

  description = deck_api_error_describe (error);
  g_assert_nonnull (description);
}

static void
test_follow_cancelled_job (void)
{
  const char * const replies[] = {
    "{\"id\":\"job-1\",\"type\":\"update-warmup-accounts\",\"status\":\"paused\",\"progress\":10}",
    "{\"id\":\"job-1\",\"type\":\"update-warmup-accounts\",\"status\":\"cancelled\",\"progress\":10}",
    NULL
  };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  guint n_polls = 0;

  g_assert_false (follow_scripted (replies, &job, &n_polls, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_REMOTE);
  g_assert_nonnull (strstr (error->message, "cancelled"));
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "cancelled");
}

static void
test_follow_wrong_job (void)
{
  const char * const replies[] = {
    "{\"id\":\"another-job\",\"type\":\"move-leads\",\"status\":\"success\",\"progress\":100}",
    NULL
  };
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  guint n_polls = 0;

  g_assert_false (follow_scripted (replies, &job, &n_polls, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_PARSE);
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "pending");
}

/* Health */

static void
test_vitals (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = first_emails (fixture, 6);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) vitals = NULL;
  g_autoptr(GHashTable) domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) entry = NULL;

  for (guint i = 0; i < 6; i++)
    g_hash_table_add (domains, g_ascii_strdown (strchr (g_ptr_array_index (emails, i), '@') + 1, -1));

  deck_client_test_vitals_async (fixture->client, (const char * const *) emails->pdata, NULL,
                                 deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  vitals = deck_client_test_vitals_finish (fixture->client, result, &error);
  g_assert_no_error (error);

  entry = last_log_entry (fixture->mock);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (entry, "body"),
                                                                         "accounts")), ==, 6);

  /* Passing and failing domains together, each domain once. */
  g_assert_cmpuint (vitals->len, ==, g_hash_table_size (domains));
  for (guint i = 0; i < vitals->len; i++)
    {
      DeckDomainVitals *v = g_ptr_array_index (vitals, i);

      g_assert_true (g_hash_table_contains (domains, deck_domain_vitals_get_domain (v)));
      g_assert_cmpint (deck_domain_vitals_get_all_pass (v), ==,
                       deck_domain_vitals_get_mx (v) && deck_domain_vitals_get_spf (v) &&
                       deck_domain_vitals_get_dkim (v) && deck_domain_vitals_get_dmarc (v));
    }
}

static DeckCtdStatus *
ctd_sync (DeckClient  *client,
          const char  *host,
          GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  deck_client_get_ctd_status_async (client, host, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, WAIT_MS);
  return deck_client_get_ctd_status_finish (client, result, error);
}

static void
test_ctd_status (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 3);
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(DeckCtdStatus) active = NULL;
  g_autoptr(DeckCtdStatus) unknown = NULL;
  g_autoptr(GError) error = NULL;

  account = patch_sync (fixture->client, email,
                        "{\"tracking_domain_name\":\"track.example.org\",\"skip_cname_check\":true}", &error);
  g_assert_no_error (error);

  active = ctd_sync (fixture->client, "track.example.org", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_ctd_status_get_host (active), ==, "track.example.org");
  g_assert_true (deck_ctd_status_get_success (active));
  g_assert_true (deck_ctd_status_get_cname (active));
  g_assert_true (deck_ctd_status_get_ssl (active));

  unknown = ctd_sync (fixture->client, "nothing.example.net", &error);
  g_assert_no_error (error);
  g_assert_false (deck_ctd_status_get_success (unknown));
  g_assert_false (deck_ctd_status_get_cname (unknown));
}

static void
test_warmup_analytics (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) seeded = first_emails (fixture, 5);
  const char *emails[] = {
    g_ptr_array_index (seeded, 0), g_ptr_array_index (seeded, 1), "nobody@nowhere.invalid",
    g_ptr_array_index (seeded, 2), g_ptr_array_index (seeded, 3), g_ptr_array_index (seeded, 4),
    NULL
  };
  g_autoptr(GPtrArray) analytics = NULL;
  g_autoptr(GError) error = NULL;

  analytics = analytics_sync (fixture->client, emails, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (analytics->len, ==, 6);

  for (guint i = 0; i < analytics->len; i++)
    {
      DeckWarmupAnalytics *a = g_ptr_array_index (analytics, i);
      GListModel *days = deck_warmup_analytics_get_days (a);
      g_autoptr(JsonNode) stored = NULL;
      JsonObject *account;
      guint sent = 0;
      double score = 0;

      g_assert_cmpstr (deck_warmup_analytics_get_email (a), ==, emails[i]);

      if (i == 2)
        {
          /* Not in this workspace: an empty answer in its place. */
          g_assert_cmpuint (g_list_model_get_n_items (days), ==, 0);
          g_assert_null (deck_warmup_analytics_get_health_score_label (a));
          continue;
        }

      stored = deck_mock_server_dup_account (fixture->mock, emails[i]);
      account = json_node_get_object (stored);
      if (json_object_has_member (account, "stat_warmup_score") &&
          !json_object_get_null_member (account, "stat_warmup_score"))
        score = json_object_get_double_member (account, "stat_warmup_score");
      g_assert_cmpfloat (deck_warmup_analytics_get_health_score (a), ==, score);
      g_assert_nonnull (deck_warmup_analytics_get_health_score_label (a));

      /* Oldest day first, and the days add up to the aggregate. */
      g_assert_cmpuint (g_list_model_get_n_items (days), ==, 14);
      for (guint d = 0; d < g_list_model_get_n_items (days); d++)
        {
          g_autoptr(DeckWarmupDay) day = g_list_model_get_item (days, d);

          if (d > 0)
            {
              g_autoptr(DeckWarmupDay) before = g_list_model_get_item (days, d - 1);

              g_assert_cmpstr (deck_warmup_day_get_date (before), <, deck_warmup_day_get_date (day));
            }
          sent += deck_warmup_day_get_sent (day);
          g_assert_cmpuint (deck_warmup_day_get_landed_inbox (day) + deck_warmup_day_get_landed_spam (day), ==,
                            deck_warmup_day_get_sent (day));
        }
      g_assert_cmpuint (sent, ==, deck_warmup_analytics_get_sent (a));
    }
}

static void
test_warmup_analytics_batches (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = first_emails (fixture, 150);
  g_autoptr(GPtrArray) analytics = NULL;
  g_autoptr(GError) error = NULL;

  deck_mock_server_clear_request_log (fixture->mock);
  analytics = analytics_sync (fixture->client, (const char * const *) emails->pdata, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deck_mock_server_count_requests (fixture->mock, "POST", "/api/v2/accounts/warmup-analytics"), ==, 2);
  g_assert_cmpuint (analytics->len, ==, 150);
  for (guint i = 0; i < 150; i++)
    g_assert_cmpstr (deck_warmup_analytics_get_email (g_ptr_array_index (analytics, i)), ==,
                     g_ptr_array_index (emails, i));
}

/* Custom tags */

static void
test_tags_crud (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const read_only[] = { "custom_tags:read", NULL };
  g_autoptr(DeckClient) reader = NULL;
  g_autoptr(DeckCustomTag) tag = NULL;
  g_autoptr(DeckCustomTag) other = NULL;
  g_autoptr(DeckCustomTag) renamed = NULL;
  g_autoptr(DeckCustomTag) failed = NULL;
  g_autoptr(GListModel) tags = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GError) error = NULL;
  gboolean listed = FALSE;
  guint n_logged;

  tag = create_tag_sync (fixture->client, "Outbound EU", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck_custom_tag_get_id (tag));
  g_assert_cmpstr (deck_custom_tag_get_label (tag), ==, "Outbound EU");
  g_assert_null (deck_custom_tag_get_description (tag));
  /* Only the given fields. */
  entry = last_log_entry (fixture->mock);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (entry, "body")), ==, 1);

  failed = create_tag_sync (fixture->client, "Outbound EU", "again", &error);
  g_assert_null (failed);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_CONFLICT);
  g_clear_error (&error);

  tags = list_tags_sync (fixture->client);
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    {
      g_autoptr(DeckCustomTag) item = g_list_model_get_item (tags, i);

      listed |= g_strcmp0 (deck_custom_tag_get_id (item), deck_custom_tag_get_id (tag)) == 0;
    }
  g_assert_true (listed);

  renamed = update_tag_sync (fixture->client, deck_custom_tag_get_id (tag), "Outbound DACH",
                             "German-speaking accounts", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_custom_tag_get_id (renamed), ==, deck_custom_tag_get_id (tag));
  g_assert_cmpstr (deck_custom_tag_get_label (renamed), ==, "Outbound DACH");
  g_assert_cmpstr (deck_custom_tag_get_description (renamed), ==, "German-speaking accounts");

  /* Only the description: the label stays. */
  g_clear_object (&renamed);
  renamed = update_tag_sync (fixture->client, deck_custom_tag_get_id (tag), NULL, "DACH", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_custom_tag_get_label (renamed), ==, "Outbound DACH");
  g_clear_pointer (&entry, json_object_unref);
  entry = last_log_entry (fixture->mock);
  g_assert_false (json_object_has_member (json_object_get_object_member (entry, "body"), "label"));

  other = create_tag_sync (fixture->client, "Inbound", NULL, &error);
  g_assert_no_error (error);
  failed = update_tag_sync (fixture->client, deck_custom_tag_get_id (other), "Outbound DACH", NULL, &error);
  g_assert_null (failed);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_CONFLICT);
  g_clear_error (&error);

  n_logged = log_length (fixture->mock);
  failed = update_tag_sync (fixture->client, deck_custom_tag_get_id (other), NULL, NULL, &error);
  g_assert_null (failed);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID);
  g_assert_cmpuint (log_length (fixture->mock), ==, n_logged);
  g_clear_error (&error);

  failed = update_tag_sync (fixture->client, "019b0000-0000-7000-8000-000000000000", "Nope", NULL, &error);
  g_assert_null (failed);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  deck_mock_server_add_api_key (fixture->mock, "tags-reader", read_only);
  reader = client_new_for_key (fixture->mock, "tags-reader");
  failed = create_tag_sync (reader, "Read only", NULL, &error);
  g_assert_null (failed);
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_false (delete_tag_sync (reader, deck_custom_tag_get_id (tag), &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN);
  g_clear_error (&error);

  g_assert_true (delete_tag_sync (fixture->client, deck_custom_tag_get_id (tag), &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, json_object_unref);
  entry = last_log_entry (fixture->mock);
  g_assert_cmpstr (json_object_get_string_member (entry, "method"), ==, "DELETE");
  g_assert_true (json_object_get_null_member (entry, "content_type"));

  g_assert_false (delete_tag_sync (fixture->client, deck_custom_tag_get_id (tag), &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
}

/* The tag ids the server maps to @email. */
static GStrv
mapped_tags (Fixture    *fixture,
             const char *email)
{
  g_autoptr(GString) path = g_string_new ("/api/v2/custom-tag-mappings");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(JsonNode) page = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *items;

  deck_client_append_query (path, "limit", "100");
  deck_client_append_query (path, "resource_ids", email);
  page = call_sync (fixture->client, "GET", path->str, &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (page), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    g_strv_builder_add (builder, json_object_get_string_member (json_array_get_object_element (items, i),
                                                                "tag_id"));

  return g_strv_builder_end (builder);
}

static void
test_tag_accounts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) emails = first_emails (fixture, 2);
  g_autoptr(DeckCustomTag) tag = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(GError) error = NULL;
  const char *tag_ids[] = { NULL, NULL };
  const char *unknown[] = { "019b0000-0000-7000-8000-000000000000", NULL };
  const char *none[] = { NULL };
  JsonObject *body;
  guint n_logged;

  tag = create_tag_sync (fixture->client, "Tagged by test", NULL, &error);
  g_assert_no_error (error);
  tag_ids[0] = deck_custom_tag_get_id (tag);

  g_assert_true (tag_accounts_sync (fixture->client, tag_ids, (const char * const *) emails->pdata, TRUE, &error));
  g_assert_no_error (error);
  entry = last_log_entry (fixture->mock);
  body = json_object_get_object_member (entry, "body");
  g_assert_cmpint (json_object_get_int_member (body, "resource_type"), ==, 1);
  g_assert_true (json_object_get_boolean_member (body, "assign"));
  g_assert_cmpuint (json_object_get_size (body), ==, 4);

  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) mapped = mapped_tags (fixture, g_ptr_array_index (emails, i));

      g_assert_true (g_strv_contains ((const char * const *) mapped, tag_ids[0]));
    }

  g_assert_true (tag_accounts_sync (fixture->client, tag_ids, (const char * const *) emails->pdata, FALSE, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) mapped = mapped_tags (fixture, g_ptr_array_index (emails, i));

      g_assert_false (g_strv_contains ((const char * const *) mapped, tag_ids[0]));
    }

  g_assert_false (tag_accounts_sync (fixture->client, unknown, (const char * const *) emails->pdata, TRUE, &error));
  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing to tag: nothing is sent. */
  n_logged = log_length (fixture->mock);
  g_assert_true (tag_accounts_sync (fixture->client, tag_ids, none, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log_length (fixture->mock), ==, n_logged);
}

/* The workspace's models */

static void
load_workspace (DeckWorkspace *ws)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) tags_result = NULL;
  g_autoptr(GError) error = NULL;

  deck_workspace_load_accounts_async (ws, NULL, deck_test_store_result, &result);
  deck_workspace_load_custom_tags_async (ws, NULL, deck_test_store_result, &tags_result);
  deck_test_wait_result (&result, WAIT_MS);
  deck_test_wait_result (&tags_result, WAIT_MS);
  g_assert_true (deck_workspace_load_accounts_finish (ws, result, &error));
  g_assert_no_error (error);
  g_assert_true (deck_workspace_load_custom_tags_finish (ws, tags_result, &error));
  g_assert_no_error (error);
}

static void
test_workspace_accounts (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DeckWorkspace) ws = deck_workspace_new (fixture->client, "Test");
  g_autofree char *email = require_email (fixture, "status", DECK_ACCOUNT_STATUS_ACTIVE, 0);
  g_autoptr(DeckAccount) paused = NULL;
  g_autoptr(DeckAccount) created = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *accounts = deck_workspace_get_accounts (ws);
  DeckAccount *in_model;
  DeckAccount *updated;
  guint n_notifies = 0;
  guint n;

  load_workspace (ws);
  n = g_list_model_get_n_items (accounts);
  g_assert_cmpuint (n, ==, 40);

  in_model = deck_workspace_lookup_account (ws, email);
  g_assert_nonnull (in_model);
  g_signal_connect (in_model, "notify::status", G_CALLBACK (on_notify_count), &n_notifies);

  paused = action_sync (fixture->client, email, DECK_ACCOUNT_ACTION_PAUSE, &error);
  g_assert_no_error (error);
  g_assert_true (paused != in_model);

  updated = deck_workspace_update_account (ws, paused);
  g_assert_true (updated == in_model);
  g_assert_cmpint (deck_account_get_status (in_model), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, n);

  created = create_sync (fixture->client, NEW_ACCOUNT, &error);
  g_assert_no_error (error);
  g_assert_null (deck_workspace_update_account (ws, created));
  g_assert_true (deck_workspace_add_account (ws, created) == created);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, n + 1);
  g_assert_true (deck_workspace_lookup_account (ws, "new+eu@example.org") == created);

  g_assert_true (deck_workspace_remove_account (ws, email));
  g_assert_false (deck_workspace_remove_account (ws, email));
  g_assert_null (deck_workspace_lookup_account (ws, email));
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, n);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(DeckAccount) account = g_list_model_get_item (accounts, i);

      g_assert_cmpstr (deck_account_get_email (account), !=, email);
    }
}

static void
test_workspace_custom_tags (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DeckWorkspace) ws = deck_workspace_new (fixture->client, "Test");
  g_autoptr(GListModel) server_tags = list_tags_sync (fixture->client);
  g_autoptr(DeckCustomTag) created = NULL;
  g_autoptr(DeckCustomTag) renamed = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *tags = deck_workspace_get_custom_tags (ws);
  DeckCustomTag *in_model;
  guint n;

  g_assert_false (deck_workspace_get_custom_tags_loading (ws));
  load_workspace (ws);
  g_assert_null (deck_workspace_get_custom_tags_error (ws));
  n = g_list_model_get_n_items (tags);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (server_tags));

  created = create_tag_sync (fixture->client, "Workspace tag", NULL, &error);
  g_assert_no_error (error);
  in_model = deck_workspace_add_custom_tag (ws, created);
  g_assert_true (in_model == created);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, n + 1);

  /* A reload keeps the same objects and takes the server's changes in place. */
  renamed = update_tag_sync (fixture->client, deck_custom_tag_get_id (created), "Workspace tag, renamed", NULL, &error);
  g_assert_no_error (error);
  load_workspace (ws);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, n + 1);
  g_assert_true (deck_workspace_lookup_custom_tag (ws, deck_custom_tag_get_id (created)) == created);
  g_assert_cmpstr (deck_custom_tag_get_label (created), ==, "Workspace tag, renamed");

  /* Deleted on the server: gone after the next load. */
  g_assert_true (delete_tag_sync (fixture->client, deck_custom_tag_get_id (created), &error));
  g_assert_no_error (error);
  load_workspace (ws);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, n);
  g_assert_null (deck_workspace_lookup_custom_tag (ws, deck_custom_tag_get_id (created)));

  /* And by hand. */
  if (n > 0)
    {
      g_autoptr(DeckCustomTag) first = g_list_model_get_item (tags, 0);
      g_autofree char *id = g_strdup (deck_custom_tag_get_id (first));

      g_assert_true (deck_workspace_remove_custom_tag (ws, id));
      g_assert_false (deck_workspace_remove_custom_tag (ws, id));
      g_assert_cmpuint (g_list_model_get_n_items (tags), ==, n - 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, n, func) \
  g_test_add ("/client-accounts/" path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

  ADD ("action/pause-resume", 0, test_pause_resume);
  ADD ("action/mark-fixed", 0, test_mark_fixed);
  ADD ("action/errors", 0, test_action_errors);
  ADD ("patch/exact-fields", 0, test_patch_exact_fields);
  ADD ("patch/errors", 0, test_patch_errors);
  ADD ("create-delete", 0, test_create_delete);
  ADD ("bulk-pause/partial", 0, test_bulk_pause_partial);
  ADD ("bulk-pause/batches", 160, test_bulk_pause_batches);
  ADD ("bulk-pause/batch-fails", 160, test_bulk_pause_batch_fails);
  ADD ("bulk-pause/empty", 0, test_bulk_pause_empty);
  ADD ("warmup/enable-follow", 0, test_warmup_enable_follow);
  ADD ("warmup/disable", 0, test_warmup_disable);
  ADD ("warmup/banned-counted", 0, test_warmup_banned_counted);
  ADD ("warmup/limits", 0, test_warmup_limits);
  ADD ("job/cancel", 0, test_follow_cancel);
  ADD ("job/already-finished", 0, test_follow_finished_job);
  ADD ("health/vitals", 0, test_vitals);
  ADD ("health/ctd-status", 0, test_ctd_status);
  ADD ("health/warmup-analytics", 0, test_warmup_analytics);
  ADD ("health/warmup-analytics-batches", 160, test_warmup_analytics_batches);
  ADD ("tags/crud", 0, test_tags_crud);
  ADD ("tags/assign-remove", 0, test_tag_accounts);
  ADD ("workspace/accounts", 0, test_workspace_accounts);
  ADD ("workspace/custom-tags", 0, test_workspace_custom_tags);

#undef ADD

  g_test_add_func ("/client-accounts/job/failed", test_follow_failed_job);
  g_test_add_func ("/client-accounts/job/cancelled", test_follow_cancelled_job);
  g_test_add_func ("/client-accounts/job/wrong-id", test_follow_wrong_job);

  return g_test_run ();
}
