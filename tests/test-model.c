/* test-model.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-account.h"
#include "deck-account-health.h"
#include "deck-background-job.h"
#include "deck-custom-tag.h"
#include "deck-enums.h"
#include "deck-model-enums.h"
#include "deck-test-util.h"

static JsonNode *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

static DeckAccount *
account_from_fixture (const char *name)
{
  g_autoptr(JsonNode) node = load_fixture (name);
  g_autoptr(GError) error = NULL;
  DeckAccount *account;

  account = deck_account_new_from_json (json_node_get_object (node), &error);
  g_assert_no_error (error);
  g_assert_nonnull (account);

  return account;
}

static void
test_account_full (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-full.json");
  g_autofree char *first_name = NULL, *added_by = NULL, *modified_by = NULL;
  g_autofree char *organization = NULL, *tracking_name = NULL, *tracking_status = NULL;
  g_autofree char *signature = NULL, *reply_to = NULL, *increment = NULL, *ftag = NULL;
  g_autofree char *code = NULL, *command = NULL, *response = NULL, *e_message = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(GDateTime) warmup_start = NULL;
  g_auto(GStrv) tag_ids = NULL;
  double daily_limit_max, warmup_limit_max, placement_limit, warmup_limit;
  double open_rate, important_rate, spam_save_rate, reply_rate;
  gboolean has_daily_limit_max, has_warmup_limit_max, has_placement_limit;
  gboolean setup_pending, managed, slow_ramp, autofix_failed, has_autofix;
  gboolean warm_ctd, read_emulation, weekday_only;
  int response_code;
  GDateTime *created;
  const char * const *labels;

  g_assert_cmpstr (deck_account_get_email (account), ==, "ada.lovelace+sales@example.com");
  g_assert_cmpstr (deck_account_get_first_name (account), ==, "Ada");
  g_assert_cmpstr (deck_account_get_last_name (account), ==, "Lovelace");
  display = deck_account_dup_display_name (account);
  g_assert_cmpstr (display, ==, "Ada Lovelace");
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_CONNECTION_ERROR);
  g_assert_cmpint (deck_account_get_warmup_status (account), ==, DECK_WARMUP_STATUS_ACTIVE);
  g_assert_cmpint (deck_account_get_provider_code (account), ==, DECK_PROVIDER_GOOGLE);
  g_assert_true (deck_account_get_has_warmup_score (account));
  g_assert_cmpfloat (deck_account_get_stat_warmup_score (account), ==, 85);
  g_assert_true (deck_account_get_has_daily_limit (account));
  g_assert_cmpfloat (deck_account_get_daily_limit (account), ==, 60);
  g_assert_cmpfloat (deck_account_get_sending_gap (account), ==, 10);

  created = deck_account_get_timestamp_created (account);
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_get_year (created), ==, 2025);
  g_assert_cmpint (g_date_time_get_month (created), ==, 5);
  g_assert_cmpint (g_date_time_get_day_of_month (created), ==, 18);
  g_assert_cmpint (g_date_time_get_hour (created), ==, 20);
  g_assert_cmpint (g_date_time_get_microsecond (created), ==, 237000);

  labels = deck_account_get_tag_labels (account);
  g_assert_nonnull (labels);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 2);
  g_assert_cmpstr (labels[0], ==, "Important");
  g_assert_cmpstr (labels[1], ==, "EU");

  g_object_get (account,
                "first-name", &first_name,
                "added-by", &added_by,
                "modified-by", &modified_by,
                "organization", &organization,
                "tracking-domain-name", &tracking_name,
                "tracking-domain-status", &tracking_status,
                "signature", &signature,
                "reply-to", &reply_to,
                "timestamp-updated", &updated,
                "timestamp-warmup-start", &warmup_start,
                "daily-limit-max", &daily_limit_max,
                "has-daily-limit-max", &has_daily_limit_max,
                "warmup-limit-max", &warmup_limit_max,
                "has-warmup-limit-max", &has_warmup_limit_max,
                "inbox-placement-test-limit", &placement_limit,
                "has-inbox-placement-test-limit", &has_placement_limit,
                "setup-pending", &setup_pending,
                "is-managed-account", &managed,
                "enable-slow-ramp", &slow_ramp,
                "autofix-failed", &autofix_failed,
                "has-autofix-failed", &has_autofix,
                "warmup-limit", &warmup_limit,
                "warmup-increment", &increment,
                "warmup-custom-ftag", &ftag,
                "warmup-reply-rate", &reply_rate,
                "warmup-warm-ctd", &warm_ctd,
                "warmup-open-rate", &open_rate,
                "warmup-important-rate", &important_rate,
                "warmup-read-emulation", &read_emulation,
                "warmup-spam-save-rate", &spam_save_rate,
                "warmup-weekday-only", &weekday_only,
                "status-message-code", &code,
                "status-message-command", &command,
                "status-message-response", &response,
                "status-message-e-message", &e_message,
                "status-message-response-code", &response_code,
                "tag-ids", &tag_ids,
                NULL);

  g_assert_cmpstr (first_name, ==, "Ada");
  g_assert_cmpstr (added_by, ==, "019b483f-81b3-7bef-8a51-3c1f2d4e5a6b");
  g_assert_cmpstr (modified_by, ==, "019b483f-81b3-7bef-8a51-3c1f2d4e5a6c");
  g_assert_cmpstr (organization, ==, "019b483f-81b3-7bef-8a51-000000000001");
  g_assert_cmpstr (tracking_name, ==, "track.example.com");
  g_assert_cmpstr (tracking_status, ==, "active");
  g_assert_cmpstr (signature, ==, "Best regards, Ada");
  g_assert_cmpstr (reply_to, ==, "reply@example.com");
  g_assert_nonnull (updated);
  g_assert_cmpint (g_date_time_get_month (updated), ==, 6);
  g_assert_nonnull (warmup_start);
  g_assert_cmpint (g_date_time_get_day_of_month (warmup_start), ==, 20);
  g_assert_true (has_daily_limit_max);
  g_assert_cmpfloat (daily_limit_max, ==, 120);
  g_assert_true (has_warmup_limit_max);
  g_assert_cmpfloat (warmup_limit_max, ==, 80);
  g_assert_true (has_placement_limit);
  g_assert_cmpfloat (placement_limit, ==, 10);
  g_assert_false (setup_pending);
  g_assert_true (managed);
  g_assert_true (slow_ramp);
  g_assert_true (has_autofix);
  g_assert_false (autofix_failed);
  g_assert_cmpfloat (warmup_limit, ==, 40);
  g_assert_cmpstr (increment, ==, "2");
  g_assert_cmpstr (ftag, ==, "warmup");
  g_assert_cmpfloat (reply_rate, ==, 0.1);
  g_assert_true (warm_ctd);
  g_assert_cmpfloat (open_rate, ==, 0.95);
  g_assert_cmpfloat (important_rate, ==, 0.8);
  g_assert_true (read_emulation);
  g_assert_cmpfloat (spam_save_rate, ==, 0.02);
  g_assert_false (weekday_only);
  g_assert_cmpstr (code, ==, "EENVELOPE");
  g_assert_cmpstr (command, ==, "DATA");
  g_assert_cmpstr (response, ==, "550-5.4.5 Daily user sending limit exceeded.");
  g_assert_cmpstr (e_message, ==, "error: data command failed");
  g_assert_cmpint (response_code, ==, 550);
  g_assert_nonnull (tag_ids);
  g_assert_cmpstr (tag_ids[1], ==, "019b483f-0000-7000-8000-000000000002");
}

static void
test_account_minimal (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-minimal.json");
  g_autofree char *display = deck_account_dup_display_name (account);
  g_autofree char *signature = NULL;
  g_autoptr(GDateTime) warmup_start = NULL;
  gboolean setup_pending, has_autofix;

  /* No name: the display name falls back to the email. */
  g_assert_cmpstr (display, ==, "min@example.com");
  g_assert_false (deck_account_get_has_daily_limit (account));
  g_assert_false (deck_account_get_has_warmup_score (account));
  g_assert_null (deck_account_get_tag_labels (account));
  g_assert_cmpint (deck_account_get_provider_code (account), ==, DECK_PROVIDER_CUSTOM_IMAP_SMTP);

  g_object_get (account,
                "signature", &signature,
                "timestamp-warmup-start", &warmup_start,
                "setup-pending", &setup_pending,
                "has-autofix-failed", &has_autofix,
                NULL);
  g_assert_null (signature);
  g_assert_null (warmup_start);
  g_assert_true (setup_pending);
  g_assert_false (has_autofix);
}

static void
test_account_nulls (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-nulls.json");
  g_autofree char *added_by = NULL, *reply_to = NULL, *increment = NULL, *code = NULL;
  g_autoptr(GDateTime) warmup_start = NULL;
  gboolean has_autofix, has_max, slow_ramp;

  g_assert_false (deck_account_get_has_daily_limit (account));
  g_assert_cmpfloat (deck_account_get_daily_limit (account), ==, 0);
  g_assert_false (deck_account_get_has_warmup_score (account));
  g_assert_null (deck_account_get_tag_labels (account));
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_ACTIVE);

  g_object_get (account,
                "added-by", &added_by,
                "reply-to", &reply_to,
                "warmup-increment", &increment,
                "status-message-code", &code,
                "timestamp-warmup-start", &warmup_start,
                "has-autofix-failed", &has_autofix,
                "has-daily-limit-max", &has_max,
                "enable-slow-ramp", &slow_ramp,
                NULL);
  g_assert_null (added_by);
  g_assert_null (reply_to);
  g_assert_null (increment);
  g_assert_null (code);
  g_assert_null (warmup_start);
  g_assert_false (has_autofix);
  g_assert_false (has_max);
  g_assert_false (slow_ramp);
}

static void
test_account_numbers_as_strings (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-strings.json");
  gboolean setup_pending, has_placement;
  double warmup_limit, reply_rate;
  int response_code;

  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_PAUSED);
  g_assert_cmpint (deck_account_get_warmup_status (account), ==, DECK_WARMUP_STATUS_ACTIVE);
  g_assert_cmpint (deck_account_get_provider_code (account), ==, DECK_PROVIDER_GOOGLE);
  g_assert_true (deck_account_get_has_daily_limit (account));
  g_assert_cmpfloat (deck_account_get_daily_limit (account), ==, 75);
  g_assert_true (deck_account_get_has_warmup_score (account));
  g_assert_cmpfloat (deck_account_get_stat_warmup_score (account), ==, 91.5);
  g_assert_cmpfloat (deck_account_get_sending_gap (account), ==, 12);

  g_object_get (account,
                "setup-pending", &setup_pending,
                "has-inbox-placement-test-limit", &has_placement,
                "warmup-limit", &warmup_limit,
                "warmup-reply-rate", &reply_rate,
                "status-message-response-code", &response_code,
                NULL);
  g_assert_false (setup_pending);
  /* "not a number" is not a number: treated as absent, not as 0. */
  g_assert_false (has_placement);
  g_assert_cmpfloat (warmup_limit, ==, 30);
  g_assert_cmpfloat (reply_rate, ==, 0.25);
  g_assert_cmpint (response_code, ==, 421);
}

static void
test_account_unknown_enum (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-unknown-enum.json");
  g_autofree char *status = NULL;
  g_autofree char *warmup = NULL;
  g_autofree char *provider = NULL;

  g_assert_cmpint (deck_account_get_status (account), ==, 7);
  g_assert_cmpint (deck_account_get_warmup_status (account), ==, 7);
  g_assert_cmpint (deck_account_get_provider_code (account), ==, 7);

  status = deck_account_status_to_string (deck_account_get_status (account));
  warmup = deck_warmup_status_to_string (deck_account_get_warmup_status (account));
  provider = deck_provider_code_to_string (deck_account_get_provider_code (account));
  g_assert_cmpstr (status, ==, "Unknown (7)");
  g_assert_cmpstr (warmup, ==, "Unknown (7)");
  g_assert_cmpstr (provider, ==, "Unknown (7)");
  g_assert_false (deck_account_status_is_error (7));
  g_assert_nonnull (deck_account_status_icon_name (7));
}

static void
test_enum_names (void)
{
  const int statuses[] = { 1, 2, 3, -1, -2, -3 };
  const int warmups[] = { 0, 1, -1, -2, -3 };
  const int providers[] = { 1, 2, 3, 4, 8, 11 };
  GEnumClass *klass;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *name = deck_account_status_to_string (statuses[i]);

      g_assert_false (g_str_has_prefix (name, "Unknown"));
      g_assert_nonnull (deck_account_status_icon_name (statuses[i]));
      g_assert_true (deck_account_status_is_error (statuses[i]) == (statuses[i] < 0));
    }

  for (guint i = 0; i < G_N_ELEMENTS (warmups); i++)
    {
      g_autofree char *name = deck_warmup_status_to_string (warmups[i]);

      g_assert_false (g_str_has_prefix (name, "Unknown"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (providers); i++)
    {
      g_autofree char *name = deck_provider_code_to_string (providers[i]);

      g_assert_false (g_str_has_prefix (name, "Unknown"));
    }

  /* mkenums registered the GEnum types. */
  klass = g_type_class_ref (DECK_TYPE_ACCOUNT_STATUS);
  g_assert_nonnull (g_enum_get_value (klass, DECK_ACCOUNT_STATUS_SENDING_ERROR));
  g_type_class_unref (klass);
}

static void
test_account_invalid (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) account = NULL;

  json_parser_load_from_data (parser, "{\"first_name\":\"No email\",\"email\":42}", -1, &error);
  g_assert_no_error (error);

  account = deck_account_new_from_json (json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_null (account);
  g_assert_nonnull (error);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *notified = user_data;

  g_ptr_array_add (notified, g_strdup (pspec->name));
}

static gboolean
str_in_array (GPtrArray  *array,
              const char *str)
{
  return g_ptr_array_find_with_equal_func (array, str, g_str_equal, NULL);
}

static void
test_account_update_in_place (void)
{
  g_autoptr(DeckAccount) account = account_from_fixture ("account-full.json");
  g_autoptr(JsonNode) same = load_fixture ("account-full.json");
  g_autoptr(JsonNode) updated = load_fixture ("account-full-updated.json");
  g_autoptr(JsonNode) other = load_fixture ("account-minimal.json");
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckAccount) fresh = NULL;
  gulong id;

  id = g_signal_connect (account, "notify", G_CALLBACK (on_notify), notified);

  /* The same data changes nothing and notifies nothing. */
  g_assert_true (deck_account_update_from_json (account, json_node_get_object (same), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified->len, ==, 0);

  /* Only status and timestamp_updated differ. */
  g_assert_true (deck_account_update_from_json (account, json_node_get_object (updated), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (str_in_array (notified, "status"));
  g_assert_true (str_in_array (notified, "timestamp-updated"));
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_PAUSED);

  /* Another account's data is refused and changes nothing. */
  g_ptr_array_set_size (notified, 0);
  g_assert_false (deck_account_update_from_json (account, json_node_get_object (other), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (notified->len, ==, 0);
  g_assert_cmpstr (deck_account_get_email (account), ==, "ada.lovelace+sales@example.com");

  /* A single-account answer carries no tags: they stay. */
  json_object_remove_member (json_node_get_object (updated), "tags");
  json_object_set_int_member (json_node_get_object (updated), "status", 1);
  g_assert_true (deck_account_update_from_json (account, json_node_get_object (updated), &error));
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "status");
  g_assert_nonnull (deck_account_get_tag_labels (account));

  /* Object to object, as the workspace merges a reload. */
  g_ptr_array_set_size (notified, 0);
  fresh = account_from_fixture ("account-full.json");
  g_assert_true (deck_account_update_from_account (account, fresh));
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (str_in_array (notified, "status"));
  g_assert_true (str_in_array (notified, "timestamp-updated"));
  g_assert_cmpint (deck_account_get_status (account), ==, DECK_ACCOUNT_STATUS_CONNECTION_ERROR);

  g_signal_handler_disconnect (account, id);
}

/* Background jobs, custom tags, account health */

static JsonObject *
fixture_object (const char *name)
{
  g_autoptr(JsonNode) node = load_fixture (name);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
test_background_job (void)
{
  g_autoptr(JsonObject) object = fixture_object ("background-job.json");
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) later = NULL;
  g_autofree char *workspace_id = NULL, *user_id = NULL, *entity_id = NULL, *entity_type = NULL;
  g_autofree char *title = NULL, *text = NULL;
  JsonObject *data;

  job = deck_background_job_new_from_json (object, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_background_job_get_id (job), ==, "019b483f-81b3-7bef-9a3c-2f1e0d5c4b3a");
  g_assert_cmpstr (deck_background_job_get_job_type (job), ==, "update-warmup-accounts");
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "in-progress");
  g_assert_cmpint (deck_background_job_get_progress (job), ==, 40);
  g_assert_false (deck_background_job_is_finished (job));
  g_assert_false (deck_background_job_is_success (job));

  data = deck_background_job_get_data (job);
  g_assert_nonnull (data);
  g_assert_cmpint (json_object_get_int_member (data, "total_to_process"), ==, 3);

  g_object_get (job,
                "workspace-id", &workspace_id,
                "user-id", &user_id,
                "entity-id", &entity_id,
                "entity-type", &entity_type,
                "created-at", &created,
                "updated-at", &updated,
                NULL);
  g_assert_cmpstr (workspace_id, ==, "019b1111-2222-7333-8444-555566667777");
  g_assert_null (user_id);
  g_assert_cmpstr (entity_id, ==, workspace_id);
  g_assert_cmpstr (entity_type, ==, "workspace");
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_get_microsecond (created), ==, 125000);
  g_assert_cmpint (g_date_time_compare (created, updated), <, 0);

  title = deck_background_job_dup_title (job);
  g_assert_cmpstr (title, ==, "Enabling warmup");
  text = deck_background_job_dup_status_text (job);
  g_assert_cmpstr (text, ==, "Running (40 %)");

  /* The next poll: only what changed notifies, and "data" may be trimmed away. */
  later = fixture_object ("background-job.json");
  json_object_set_string_member (later, "status", "success");
  json_object_set_int_member (later, "progress", 100);
  json_object_remove_member (later, "data");
  g_signal_connect (job, "notify", G_CALLBACK (count_notify), notified);
  g_assert_true (deck_background_job_update_from_json (job, later, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "status", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "progress", g_str_equal, NULL));
  g_assert_true (deck_background_job_is_finished (job));
  g_assert_true (deck_background_job_is_success (job));
  g_assert_true (deck_background_job_get_data (job) == data);

  /* Another job's data changes nothing. */
  g_ptr_array_set_size (notified, 0);
  json_object_set_string_member (later, "id", "another");
  json_object_set_string_member (later, "status", "failed");
  g_assert_false (deck_background_job_update_from_json (job, later, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (notified->len, ==, 0);
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "success");
}

static void
test_background_job_defensive (void)
{
  g_autoptr(JsonObject) object = fixture_object ("background-job-strings.json");
  g_autoptr(JsonNode) no_id = json_from_string ("{\"status\":\"pending\"}", NULL);
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(DeckBackgroundJob) broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *title = NULL, *text = NULL;

  job = deck_background_job_new_from_json (object, &error);
  g_assert_no_error (error);
  /* A number as a string, clamped to 0–100. */
  g_assert_cmpint (deck_background_job_get_progress (job), ==, 100);
  g_assert_null (deck_background_job_get_data (job));
  /* A status this version does not know is kept and named. */
  g_assert_cmpstr (deck_background_job_get_status (job), ==, "archived");
  g_assert_false (deck_background_job_is_finished (job));
  text = deck_background_job_dup_status_text (job);
  g_assert_cmpstr (text, ==, "Unknown (archived)");
  title = deck_background_job_dup_title (job);
  g_assert_cmpstr (title, ==, "Exporting leads");
  g_object_get (job, "updated-at", &updated, NULL);
  g_assert_null (updated);

  broken = deck_background_job_new_from_json (json_node_get_object (no_id), &error);
  g_assert_null (broken);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_background_job_texts (void)
{
  static const struct { const char *json; const char *title; const char *status; } cases[] = {
    { "{\"id\":\"1\",\"type\":\"update-warmup-accounts\",\"status\":\"pending\",\"data\":{\"enable_warmup\":false}}",
      "Disabling warmup", "Queued" },
    { "{\"id\":\"1\",\"type\":\"update-warmup-accounts\",\"status\":\"failed\"}", "Updating warmup", "Failed" },
    { "{\"id\":\"1\",\"type\":\"move-leads\",\"status\":\"cancelled\"}", "Moving leads", "Cancelled" },
    { "{\"id\":\"1\",\"type\":\"import-leads\",\"status\":\"paused\"}", "Importing leads", "Paused" },
    { "{\"id\":\"1\",\"type\":\"something-new\",\"status\":\"draining\"}", "Background job", "Finishing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(DeckBackgroundJob) job = deck_background_job_new_from_json (json_node_get_object (node), NULL);
      g_autofree char *title = deck_background_job_dup_title (job);
      g_autofree char *status = deck_background_job_dup_status_text (job);

      g_assert_cmpstr (title, ==, cases[i].title);
      g_assert_cmpstr (status, ==, cases[i].status);
    }
}

static void
test_custom_tag (void)
{
  g_autoptr(JsonObject) object = fixture_object ("custom-tag.json");
  g_autoptr(DeckCustomTag) tag = NULL;
  g_autoptr(DeckCustomTag) fresh = NULL;
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *organization_id = NULL;
  g_autoptr(JsonNode) no_id = json_from_string ("{\"label\":\"x\"}", NULL);

  tag = deck_custom_tag_new_from_json (object, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_custom_tag_get_id (tag), ==, "019b2222-81b3-7bef-9a3c-2f1e0d5c4b3a");
  g_assert_cmpstr (deck_custom_tag_get_label (tag), ==, "Outbound EU");
  g_assert_null (deck_custom_tag_get_description (tag));
  g_object_get (tag, "organization-id", &organization_id, "timestamp-created", &created, NULL);
  g_assert_cmpstr (organization_id, ==, "019b1111-2222-7333-8444-555566667777");
  g_assert_cmpint (g_date_time_get_day_of_month (created), ==, 10);

  g_signal_connect (tag, "notify", G_CALLBACK (count_notify), notified);

  json_object_set_string_member (object, "description", "Accounts in the EU");
  g_assert_true (deck_custom_tag_update_from_json (tag, object, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "description");
  g_assert_cmpstr (deck_custom_tag_get_description (tag), ==, "Accounts in the EU");

  /* From another object: same pointer, only the label notifies. */
  g_ptr_array_set_size (notified, 0);
  json_object_set_string_member (object, "label", "Outbound DACH");
  fresh = deck_custom_tag_new_from_json (object, NULL);
  g_assert_true (deck_custom_tag_update_from_tag (tag, fresh));
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "label");

  json_object_set_string_member (object, "id", "another");
  g_assert_false (deck_custom_tag_update_from_json (tag, object, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_clear_object (&fresh);
  fresh = deck_custom_tag_new_from_json (object, NULL);
  g_assert_false (deck_custom_tag_update_from_tag (tag, fresh));
  g_assert_cmpstr (deck_custom_tag_get_label (tag), ==, "Outbound DACH");

  g_assert_null (deck_custom_tag_new_from_json (json_node_get_object (no_id), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_domain_vitals (void)
{
  g_autoptr(JsonObject) reply = fixture_object ("account-vitals.json");
  JsonArray *success = json_object_get_array_member (reply, "success_list");
  JsonArray *failure = json_object_get_array_member (reply, "failure_list");
  g_autoptr(DeckDomainVitals) good = NULL;
  g_autoptr(DeckDomainVitals) mixed = NULL;
  g_autoptr(DeckDomainVitals) implied = NULL;
  g_autoptr(DeckDomainVitals) nameless = NULL;
  g_autoptr(GError) error = NULL;

  good = deck_domain_vitals_new_from_json (json_array_get_object_element (success, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_domain_vitals_get_domain (good), ==, "example.com");
  g_assert_true (deck_domain_vitals_get_all_pass (good));
  g_assert_true (deck_domain_vitals_get_dmarc (good));

  /* Booleans as strings and numbers. */
  mixed = deck_domain_vitals_new_from_json (json_array_get_object_element (failure, 0), &error);
  g_assert_no_error (error);
  g_assert_false (deck_domain_vitals_get_all_pass (mixed));
  g_assert_true (deck_domain_vitals_get_mx (mixed));
  g_assert_true (deck_domain_vitals_get_spf (mixed));
  g_assert_false (deck_domain_vitals_get_dkim (mixed));
  g_assert_false (deck_domain_vitals_get_dmarc (mixed));

  /* Without allPass the four checks decide. */
  implied = deck_domain_vitals_new_from_json (json_array_get_object_element (failure, 1), &error);
  g_assert_no_error (error);
  g_assert_false (deck_domain_vitals_get_all_pass (implied));

  nameless = deck_domain_vitals_new_from_json (json_array_get_object_element (failure, 2), &error);
  g_assert_null (nameless);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_ctd_status (void)
{
  g_autoptr(JsonObject) object = fixture_object ("ctd-status.json");
  g_autoptr(JsonNode) empty = json_from_string ("{}", NULL);
  g_autoptr(DeckCtdStatus) status = NULL;
  g_autoptr(DeckCtdStatus) nothing = NULL;
  g_autoptr(GError) error = NULL;

  status = deck_ctd_status_new_from_json (object, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_ctd_status_get_host (status), ==, "track.example.com");
  g_assert_false (deck_ctd_status_get_success (status));
  g_assert_true (deck_ctd_status_get_cname (status));
  g_assert_false (deck_ctd_status_get_ssl (status));

  nothing = deck_ctd_status_new_from_json (json_node_get_object (empty), &error);
  g_assert_no_error (error);
  g_assert_null (deck_ctd_status_get_host (nothing));
  g_assert_false (deck_ctd_status_get_success (nothing));
}

static void
test_warmup_analytics (void)
{
  g_autoptr(JsonObject) reply = fixture_object ("warmup-analytics.json");
  const char *emails[] = { "grace@example.com", "nobody@example.com", "ada@example.com", NULL };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWarmupDay) first = NULL;
  g_autoptr(DeckWarmupDay) second = NULL;
  g_autoptr(DeckWarmupDay) last = NULL;
  DeckWarmupAnalytics *grace, *nobody, *ada;

  list = deck_warmup_analytics_list_from_json (reply, emails, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  grace = g_ptr_array_index (list, 0);
  nobody = g_ptr_array_index (list, 1);
  ada = g_ptr_array_index (list, 2);

  /* The server spelled the address with capitals: still found, asked spelling kept. */
  g_assert_cmpstr (deck_warmup_analytics_get_email (grace), ==, "grace@example.com");
  g_assert_cmpuint (g_list_model_get_n_items (deck_warmup_analytics_get_days (grace)), ==, 1);
  g_assert_cmpuint (deck_warmup_analytics_get_sent (grace), ==, 5);
  g_assert_cmpfloat (deck_warmup_analytics_get_health_score (grace), ==, 40.5);
  g_assert_cmpstr (deck_warmup_analytics_get_health_score_label (grace), ==, "Poor");

  g_assert_cmpstr (deck_warmup_analytics_get_email (nobody), ==, "nobody@example.com");
  g_assert_cmpuint (g_list_model_get_n_items (deck_warmup_analytics_get_days (nobody)), ==, 0);
  g_assert_cmpuint (deck_warmup_analytics_get_sent (nobody), ==, 0);
  g_assert_null (deck_warmup_analytics_get_health_score_label (nobody));

  /* Days oldest first, whatever the map's order; strings and negatives tolerated. */
  g_assert_cmpuint (g_list_model_get_n_items (deck_warmup_analytics_get_days (ada)), ==, 3);
  first = g_list_model_get_item (deck_warmup_analytics_get_days (ada), 0);
  second = g_list_model_get_item (deck_warmup_analytics_get_days (ada), 1);
  last = g_list_model_get_item (deck_warmup_analytics_get_days (ada), 2);
  g_assert_cmpstr (deck_warmup_day_get_date (first), ==, "2026-03-01");
  g_assert_cmpuint (deck_warmup_day_get_sent (first), ==, 10);
  g_assert_cmpuint (deck_warmup_day_get_landed_inbox (first), ==, 9);
  g_assert_cmpuint (deck_warmup_day_get_landed_spam (first), ==, 1);
  g_assert_cmpuint (deck_warmup_day_get_received (first), ==, 8);
  g_assert_cmpstr (deck_warmup_day_get_date (second), ==, "2026-03-02");
  g_assert_cmpuint (deck_warmup_day_get_sent (second), ==, 11);
  g_assert_cmpuint (deck_warmup_day_get_received (second), ==, 0);
  g_assert_cmpstr (deck_warmup_day_get_date (last), ==, "2026-03-03");
  g_assert_cmpuint (deck_warmup_analytics_get_sent (ada), ==, 33);
  g_assert_cmpuint (deck_warmup_analytics_get_received (ada), ==, 18);
  g_assert_cmpuint (deck_warmup_analytics_get_landed_inbox (ada), ==, 31);
  g_assert_cmpuint (deck_warmup_analytics_get_landed_spam (ada), ==, 2);
  g_assert_cmpfloat (deck_warmup_analytics_get_health_score (ada), ==, 94);
}

static void
test_warmup_analytics_bad_shape (void)
{
  g_autoptr(JsonNode) bad = json_from_string ("{\"email_date_data\":[],\"aggregate_data\":{}}", NULL);
  g_autoptr(JsonNode) empty = json_from_string ("{}", NULL);
  const char *emails[] = { "a@example.com", NULL };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  list = deck_warmup_analytics_list_from_json (json_node_get_object (bad), emails, &error);
  g_assert_null (list);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  list = deck_warmup_analytics_list_from_json (json_node_get_object (empty), emails, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/account/full", test_account_full);
  g_test_add_func ("/model/account/minimal", test_account_minimal);
  g_test_add_func ("/model/account/nulls", test_account_nulls);
  g_test_add_func ("/model/account/numbers-as-strings", test_account_numbers_as_strings);
  g_test_add_func ("/model/account/unknown-enum", test_account_unknown_enum);
  g_test_add_func ("/model/account/invalid", test_account_invalid);
  g_test_add_func ("/model/account/update-in-place", test_account_update_in_place);
  g_test_add_func ("/model/enums/names", test_enum_names);
  g_test_add_func ("/model/background-job/parse-and-update", test_background_job);
  g_test_add_func ("/model/background-job/defensive", test_background_job_defensive);
  g_test_add_func ("/model/background-job/texts", test_background_job_texts);
  g_test_add_func ("/model/custom-tag", test_custom_tag);
  g_test_add_func ("/model/health/domain-vitals", test_domain_vitals);
  g_test_add_func ("/model/health/ctd-status", test_ctd_status);
  g_test_add_func ("/model/health/warmup-analytics", test_warmup_analytics);
  g_test_add_func ("/model/health/warmup-analytics-bad-shape", test_warmup_analytics_bad_shape);

  return g_test_run ();
}
