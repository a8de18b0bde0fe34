/* test-contract.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The contract test (DESIGN.md §7). An in-process DeckMockServer sits behind
 * `prism proxy`, which checks every request and every response against the vendored
 * openapi.json and passes both through unchanged (docs/CONTRACT.md).
 *
 * Two kinds of traffic go through Prism:
 *  - requests built here with a plain SoupSession, one per operation the mock
 *    implements: Prism's verdict comes back in the `sl-violations` response header;
 *  - the real client (DeckClient, DeckPager): DeckClient does not expose response
 *    headers, so its verdicts are read from Prism's log, which this test captures.
 *
 * Any response-side Error is the mock's fault; any request-side violation of a
 * request meant to be valid is the client's (or this test's). Failures name the
 * method, the path and Prism's messages, and the test goes on, so one run lists them
 * all.
 */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "deck-account.h"
#include "deck-client.h"
#include "deck-client-accounts.h"
#include "deck-campaign-draft.h"
#include "deck-client-campaigns.h"
#include "deck-client-subsequences.h"
#include "deck-client-analytics.h"
#include "deck-client-block-list.h"
#include "deck-client-lead-lists.h"
#include "deck-client-leads.h"
#include "deck-mock-server.h"
#include "deck-pager.h"
#include "deck-test-util.h"

#define N_ACCOUNTS             250
#define PRISM_START_TIMEOUT_MS 30000
#define LOG_SYNC_TIMEOUT_MS    15000
#define REQUEST_TIMEOUT_S      30
#define CALL_TIMEOUT_MS        30000
#define JOB_POLLS              100
#define JOB_POLL_INTERVAL_MS   50
#define JOB_DURATION_MS        200

#define INSTALL_HINT "npm ci --ignore-scripts --prefix tests/contract"

/* Accounts of the seed reserved for each test, so their state changes don't meet. */
enum {
  MOCK_ACCOUNTS_READ    = 0,
  MOCK_ACCOUNTS_ACTIONS = 10,
  MOCK_ACCOUNTS_TAGS    = 20,
  CLIENT_ACCOUNTS       = 30,
  N_RESERVED_ACCOUNTS   = 40,
};

typedef struct
{
  char *request;   /* "GET /api/v2/…", filled from Prism's log only */
  char *side;      /* "request" or "response" (Prism's own failures count as response) */
  char *severity;  /* "Error" or "Warning" */
  char *location;
  char *message;
} Violation;

typedef struct
{
  char      *method;
  char      *path;
  guint      status;
  GBytes    *body;
  JsonNode  *json;        /* NULL when the body is empty */
  GPtrArray *violations;  /* Violation */
} Exchange;

typedef struct
{
  GPtrArray *violations;  /* Violation, each with its request */
  guint      n_requests;  /* requests Prism received, the marker excluded */
} LogWindow;

typedef enum
{
  REQUEST_VALID,    /* Prism must find nothing wrong with the request */
  REQUEST_INVALID,  /* an intended negative case: Prism must object to the request */
  REQUEST_ANY,      /* valid per spec or not, only the response is judged */
} RequestIntent;

static struct
{
  gboolean        tried;
  char           *failure;       /* why the harness could not start */
  gboolean        failure_skips; /* TRUE: skip (not in CI), FALSE: fail */
  DeckMockServer *mock;
  GSubprocess    *prism;
  char           *tmpdir;
  char           *log_path;
  char           *prism_url;
  SoupSession    *session;
  guint           marker_serial;
  GPtrArray      *emails;        /* the seed's accounts, in list order */
} harness;

/* Every failure is also a TAP comment: GLib keeps only the last message of a case,
 * and a case goes on after a failure to list every violation it meets. */
static void G_GNUC_PRINTF (1, 2)
report_failure (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_message ("FAIL: %s", message);
  g_test_fail_printf ("%s", message);
}

static void
violation_free (Violation *v)
{
  g_free (v->request);
  g_free (v->side);
  g_free (v->severity);
  g_free (v->location);
  g_free (v->message);
  g_free (v);
}

static Violation *
violation_new (const char *request,
               const char *location,
               const char *severity,
               const char *message)
{
  Violation *v = g_new0 (Violation, 1);
  const char *dot = strchr (location, '.');

  v->request = g_strdup (request);
  v->side = dot != NULL ? g_strndup (location, dot - location) : g_strdup (location);
  v->severity = g_strdup (severity);
  v->location = g_strdup (location);
  v->message = g_strdup (message);
  return v;
}

static gboolean
violation_is_response_error (const Violation *v)
{
  return g_strcmp0 (v->side, "request") != 0 && g_strcmp0 (v->severity, "Error") == 0;
}

static gboolean
violation_is_request_side (const Violation *v)
{
  return g_strcmp0 (v->side, "request") == 0;
}

static void
exchange_free (Exchange *ex)
{
  g_free (ex->method);
  g_free (ex->path);
  g_clear_pointer (&ex->body, g_bytes_unref);
  g_clear_pointer (&ex->json, json_node_unref);
  g_clear_pointer (&ex->violations, g_ptr_array_unref);
  g_free (ex);
}

static void
log_window_free (LogWindow *w)
{
  g_clear_pointer (&w->violations, g_ptr_array_unref);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Exchange, exchange_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LogWindow, log_window_free)

/* Harness: the mock, Prism, the log */

static char *
read_log_tail (gsize max_bytes)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (harness.log_path == NULL || !g_file_get_contents (harness.log_path, &contents, &len, NULL))
    return g_strdup ("(no log)");

  return g_strdup (len > max_bytes ? contents + len - max_bytes : contents);
}

static goffset
log_offset (void)
{
  GStatBuf st;

  if (g_stat (harness.log_path, &st) != 0)
    return 0;
  return st.st_size;
}

static guint
find_free_port (GError **error)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  guint port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return 0;

  loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  address = g_inet_socket_address_new (loopback, 0);
  if (!g_socket_bind (socket, address, FALSE, error))
    return 0;

  bound = g_socket_get_local_address (socket, error);
  if (bound == NULL)
    return 0;

  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);
  return port;
}

/* Prism prints no "listening" line at our log level before it is ready, so poll. */
static gboolean
wait_for_port (guint    port,
               GError **error)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  gint64 deadline = g_get_monotonic_time () + PRISM_START_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GSocketConnection) connection = NULL;

      if (g_subprocess_get_identifier (harness.prism) == NULL)
        {
          g_autofree char *tail = read_log_tail (4000);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "prism exited before it listened; its log ends with:\n%s", tail);
          return FALSE;
        }

      connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);
      if (connection != NULL)
        return TRUE;

      g_usleep (50 * G_TIME_SPAN_MILLISECOND);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
               "prism did not listen on 127.0.0.1:%u within %d s", port,
               PRISM_START_TIMEOUT_MS / 1000);
  return FALSE;
}

static gboolean
harness_start (const char  *node,
               const char  *prism_js,
               const char  *spec,
               GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *port_str = NULL;
  guint port;

  harness.mock = deck_mock_server_new (N_ACCOUNTS);
  deck_mock_server_set_job_duration (harness.mock, JOB_DURATION_MS);
  if (!deck_mock_server_start (harness.mock, 0, error))
    return FALSE;

  harness.tmpdir = g_dir_make_tmp ("instadeck-contract-XXXXXX", error);
  if (harness.tmpdir == NULL)
    return FALSE;
  harness.log_path = g_build_filename (harness.tmpdir, "prism.log", NULL);

  port = find_free_port (error);
  if (port == 0)
    return FALSE;
  port_str = g_strdup_printf ("%u", port);

  /* A file rather than a pipe: nobody has to drain it while the test blocks. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_subprocess_launcher_set_stdout_file_path (launcher, harness.log_path);
  g_subprocess_launcher_unsetenv (launcher, "NODE_OPTIONS");

  /* -v info: each request is logged ("Request received") before its violations,
   * which lets the client's traffic be attributed request by request. */
  harness.prism = g_subprocess_launcher_spawn (launcher, error,
                                               node, prism_js, "proxy", spec,
                                               deck_mock_server_get_url (harness.mock),
                                               "-h", "127.0.0.1", "-p", port_str,
                                               "-v", "info", "--cors=false",
                                               NULL);
  if (harness.prism == NULL)
    return FALSE;

  if (!wait_for_port (port, error))
    return FALSE;

  harness.prism_url = g_strdup_printf ("http://127.0.0.1:%u", port);
  harness.session = soup_session_new_with_options ("timeout", REQUEST_TIMEOUT_S,
                                                   "user-agent", "instadeck-contract-test",
                                                   NULL);
  return TRUE;
}

static void
harness_stop (void)
{
  if (harness.prism != NULL)
    {
      g_subprocess_force_exit (harness.prism);
      g_subprocess_wait (harness.prism, NULL, NULL);
      g_clear_object (&harness.prism);
    }

  if (harness.mock != NULL)
    {
      deck_mock_server_stop (harness.mock);
      g_clear_object (&harness.mock);
    }

  g_clear_object (&harness.session);

  /* INSTADECK_KEEP_PRISM_LOG=1 keeps Prism's full log for whoever fixes a violation. */
  if (harness.log_path != NULL && g_getenv ("INSTADECK_KEEP_PRISM_LOG") != NULL)
    g_printerr ("Prism's log is kept in %s\n", harness.log_path);
  else if (harness.log_path != NULL)
    {
      g_unlink (harness.log_path);
      g_rmdir (harness.tmpdir);
    }

  g_clear_pointer (&harness.log_path, g_free);
  g_clear_pointer (&harness.tmpdir, g_free);
  g_clear_pointer (&harness.prism_url, g_free);
  g_clear_pointer (&harness.failure, g_free);
  g_clear_pointer (&harness.emails, g_ptr_array_unref);
}

/* Starts the mock and Prism on first use (Prism needs a second or two to load the
 * spec, so once per binary). Returns FALSE, having skipped or failed the current
 * test, when that is impossible. */
static gboolean
harness_ensure (void)
{
  if (!harness.tried)
    {
      g_autofree char *node = g_find_program_in_path ("node");
      g_autofree char *prism_js = g_test_build_filename (G_TEST_DIST, "contract", "node_modules",
                                                         "@stoplight", "prism-cli", "dist",
                                                         "index.js", NULL);
      const char *spec = g_getenv ("INSTADECK_SPEC");
      g_autoptr(GError) error = NULL;

      harness.tried = TRUE;
      harness.failure_skips = g_strcmp0 (g_getenv ("CI"), "true") != 0;

      if (node == NULL)
        harness.failure = g_strdup ("node is not in PATH (the SDK installs Debian's nodejs)");
      else if (!g_file_test (prism_js, G_FILE_TEST_EXISTS))
        harness.failure = g_strdup_printf ("Prism is not installed (%s is missing): run `"
                                           INSTALL_HINT "` on the host", prism_js);
      else if (spec == NULL || !g_file_test (spec, G_FILE_TEST_EXISTS))
        harness.failure = g_strdup ("INSTADECK_SPEC does not name the vendored openapi.json");
      else if (!harness_start (node, prism_js, spec, &error))
        {
          harness.failure = g_strdup_printf ("could not start the mock and Prism: %s",
                                             error->message);
          harness.failure_skips = FALSE;
        }
    }

  if (harness.failure == NULL)
    return TRUE;

  if (harness.failure_skips)
    g_test_skip_printf ("%s", harness.failure);
  else
    report_failure ("%s", harness.failure);
  return FALSE;
}

/* Prism's log */

static char *
marker_path (guint serial)
{
  return g_strdup_printf ("/api/v2/contract-test-marker/%u", serial);
}

static void
send_marker (const char *path)
{
  g_autofree char *uri = g_strconcat (harness.prism_url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", uri);
  g_autoptr(GBytes) body = NULL;
  g_autofree char *auth = g_strdup_printf ("Bearer %s", deck_mock_server_get_api_key (harness.mock));

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  body = soup_session_send_and_read (harness.session, msg, NULL, NULL);
}

/* One line of Prism's pretty log, e.g.
 *   [5:10:38 AM] ›     [VALIDATOR] ✖  error     Violation: request.query.limit Request query …
 *   [5:10:38 AM] › [HTTP SERVER] get /api/v2/accounts ℹ  info      Request received */
static void
parse_log_line (const char  *line,
                char       **current,
                LogWindow   *window)
{
  const char *p;

  if ((p = strstr (line, "[HTTP SERVER] ")) != NULL && strstr (line, "Request received") != NULL)
    {
      g_auto(GStrv) words = g_strsplit (p + strlen ("[HTTP SERVER] "), " ", 3);

      if (g_strv_length (words) >= 2)
        {
          g_autofree char *method = g_ascii_strup (words[0], -1);

          g_free (*current);
          *current = g_strdup_printf ("%s %s", method, words[1]);
          window->n_requests++;
        }
    }
  else if ((p = strstr (line, "[VALIDATOR] ")) != NULL && strstr (p, "Violation: ") != NULL)
    {
      const char *severity = strstr (p, " warning ") != NULL ? "Warning" : "Error";
      const char *rest = strstr (p, "Violation: ") + strlen ("Violation: ");
      const char *space = strchr (rest, ' ');
      g_autofree char *location = space != NULL ? g_strndup (rest, space - rest) : g_strdup (rest);

      g_ptr_array_add (window->violations,
                       violation_new (*current, location, severity,
                                      space != NULL ? space + 1 : ""));
    }
  else if (strstr (line, "✖") != NULL && strstr (line, " error ") != NULL)
    {
      /* Prism's own failures, such as an upstream that closed the connection or
       * sent a body that is not JSON. */
      g_autofree char *message = g_strdup (strstr (line, " error ") + strlen (" error "));

      g_ptr_array_add (window->violations,
                       violation_new (*current, "response.prism", "Error", g_strstrip (message)));
    }
}

/* Everything Prism logged since @start: sends a marker request, waits until Prism has
 * logged it (log lines keep request order), and parses the lines before it. */
static LogWindow *
log_collect (goffset start)
{
  LogWindow *window = g_new0 (LogWindow, 1);
  g_autofree char *marker = marker_path (++harness.marker_serial);
  g_autofree char *needle = g_strdup_printf ("[HTTP SERVER] get %s ", marker);
  g_autofree char *contents = NULL;
  g_autofree char *current = NULL;
  gint64 deadline = g_get_monotonic_time () + LOG_SYNC_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  const char *end = NULL;
  gsize len = 0;

  window->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) violation_free);

  send_marker (marker);

  while (end == NULL)
    {
      g_clear_pointer (&contents, g_free);
      if (g_file_get_contents (harness.log_path, &contents, &len, NULL) && (gsize) start <= len)
        end = strstr (contents + start, needle);

      if (end == NULL)
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("Prism never logged the marker request %s", marker);
          g_usleep (10 * G_TIME_SPAN_MILLISECOND);
        }
    }

  {
    g_autofree char *segment = g_strndup (contents + start, end - (contents + start));
    g_auto(GStrv) lines = g_strsplit (segment, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      parse_log_line (lines[i], &current, window);
  }

  return window;
}

/* Requests through Prism with SoupSession */

static char *
exchange_body_text (Exchange *ex)
{
  gsize len = g_bytes_get_size (ex->body);

  return g_strndup (g_bytes_get_data (ex->body, NULL), MIN (len, 2000));
}

static GPtrArray *
parse_violations_header (const char *header,
                         GError    **error)
{
  g_autoptr(GPtrArray) violations = g_ptr_array_new_with_free_func ((GDestroyNotify) violation_free);
  g_autoptr(JsonNode) root = json_from_string (header, error);
  JsonArray *array;

  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not an array");
      return NULL;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonArray *location = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);

      if (object == NULL)
        continue;
      if (json_object_has_member (object, "location"))
        location = json_object_get_array_member (object, "location");

      for (guint j = 0; location != NULL && j < json_array_get_length (location); j++)
        {
          JsonNode *node = json_array_get_element (location, j);

          if (joined->len > 0)
            g_string_append_c (joined, '.');
          if (json_node_get_value_type (node) == G_TYPE_STRING)
            g_string_append (joined, json_node_get_string (node));
          else
            g_string_append_printf (joined, "%" G_GINT64_FORMAT, json_node_get_int (node));
        }

      g_ptr_array_add (violations,
                       violation_new (NULL, joined->len > 0 ? joined->str : "unknown",
                                      json_object_get_string_member_with_default (object, "severity", "Error"),
                                      json_object_get_string_member_with_default (object, "message", "")));
    }

  return g_steal_pointer (&violations);
}

/* Sends one request through Prism. @api_key NULL means the mock's key, "" means no
 * Authorization header. @json_body must be valid JSON (Prism never answers a
 * malformed body, trap 1). */
static Exchange *
exchange_send (const char *method,
               const char *path,
               const char *json_body,
               const char *api_key)
{
  g_autofree char *uri = g_strconcat (harness.prism_url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(GError) error = NULL;
  Exchange *ex = g_new0 (Exchange, 1);
  const char *content_type;
  const char *header;
  goffset start = log_offset ();

  g_assert_nonnull (msg);
  ex->method = g_strdup (method);
  ex->path = g_strdup (path);

  if (api_key == NULL)
    api_key = deck_mock_server_get_api_key (harness.mock);
  if (api_key[0] != '\0')
    {
      g_autofree char *auth = g_strdup_printf ("Bearer %s", api_key);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }

  if (json_body != NULL)
    {
      g_autoptr(JsonNode) check = json_from_string (json_body, &error);
      g_autoptr(GBytes) bytes = g_bytes_new (json_body, strlen (json_body));

      g_assert_no_error (error);
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  ex->body = soup_session_send_and_read (harness.session, msg, NULL, &error);
  if (ex->body == NULL)
    {
      report_failure ("%s %s through Prism: %s", method, path, error->message);
      g_clear_error (&error);
      ex->body = g_bytes_new (NULL, 0);
      ex->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) violation_free);
      return ex;
    }

  ex->status = soup_message_get_status (msg);
  if (g_bytes_get_size (ex->body) > 0)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (ex->body, NULL), g_bytes_get_size (ex->body));

      ex->json = json_from_string (text, &error);
      if (ex->json == NULL)
        g_clear_error (&error);
    }

  header = soup_message_headers_get_one (soup_message_get_response_headers (msg), "sl-violations");
  if (header != NULL && g_str_has_prefix (header, "Too many violations"))
    {
      /* The header is cut at about 8 KB; the log has them all (trap 5). */
      g_autoptr(LogWindow) window = log_collect (start);

      ex->violations = g_ptr_array_ref (window->violations);
    }
  else if (header != NULL)
    {
      ex->violations = parse_violations_header (header, &error);
      if (ex->violations == NULL)
        g_error ("%s %s: unreadable sl-violations header (%s): %s",
                 method, path, error->message, header);
    }
  else
    {
      ex->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) violation_free);
    }

  /* Prism answers itself, with problem+json, when it cannot handle the mock's reply
   * (a body that is not the JSON its Content-Type claims, a dropped connection). */
  content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  if (g_strcmp0 (content_type, "application/problem+json") == 0)
    {
      g_autofree char *text = exchange_body_text (ex);

      g_ptr_array_add (ex->violations,
                       violation_new (NULL, "response.prism", "Error", text));
    }
  else if (ex->json == NULL && g_bytes_get_size (ex->body) > 0)
    g_ptr_array_add (ex->violations,
                     violation_new (NULL, "response.body", "Error", "the body is not JSON"));

  return ex;
}

static char *
format_violations (GPtrArray *violations,
                   gboolean (*filter) (const Violation *))
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < violations->len; i++)
    {
      const Violation *v = g_ptr_array_index (violations, i);

      if (filter != NULL && !filter (v))
        continue;
      g_string_append (out, "\n    - ");
      if (v->request != NULL)
        g_string_append_printf (out, "[%s] ", v->request);
      g_string_append_printf (out, "%s %s: %s", v->severity, v->location, v->message);
    }

  return g_string_free (out, FALSE);
}

static guint
count_violations (GPtrArray *violations,
                  gboolean (*filter) (const Violation *))
{
  guint n = 0;

  for (guint i = 0; i < violations->len; i++)
    if (filter (g_ptr_array_index (violations, i)))
      n++;
  return n;
}

static gboolean
violation_is_response_warning (const Violation *v)
{
  return !violation_is_request_side (v) && !violation_is_response_error (v);
}

/* Judges one exchange: response-side Errors always fail (the mock broke the spec);
 * request-side violations fail unless the request was meant to be invalid, and a
 * request meant to be invalid must draw at least one. */
static void
exchange_check (Exchange      *ex,
                RequestIntent  intent)
{
  guint n_response = count_violations (ex->violations, violation_is_response_error);
  guint n_request = count_violations (ex->violations, violation_is_request_side);
  guint n_warnings = count_violations (ex->violations, violation_is_response_warning);

  if (n_response > 0)
    {
      g_autofree char *list = format_violations (ex->violations, violation_is_response_error);

      report_failure ("MOCK VIOLATES THE SPEC: %s %s (HTTP %u), %u response error(s):%s",
                          ex->method, ex->path, ex->status, n_response, list);
    }

  if (intent == REQUEST_VALID && n_request > 0)
    {
      g_autofree char *list = format_violations (ex->violations, violation_is_request_side);

      report_failure ("REQUEST VIOLATES THE SPEC: %s %s, %u request violation(s):%s",
                          ex->method, ex->path, n_request, list);
    }
  else if (intent == REQUEST_INVALID && n_request == 0)
    {
      report_failure ("%s %s was meant to break the spec, but Prism found nothing wrong",
                          ex->method, ex->path);
    }

  if (n_warnings > 0)
    {
      g_autofree char *list = format_violations (ex->violations, violation_is_response_warning);

      g_test_message ("%s %s (HTTP %u), response warnings:%s",
                      ex->method, ex->path, ex->status, list);
    }
}

static gboolean
exchange_expect_status (Exchange *ex,
                        guint     status)
{
  if (ex->status != status)
    {
      g_autofree char *text = exchange_body_text (ex);

      report_failure ("%s %s: expected HTTP %u, got %u: %s",
                          ex->method, ex->path, status, ex->status, text);
      return FALSE;
    }
  return TRUE;
}

/* Prism checks no body of a status the operation does not declare (trap 4), so the
 * error envelope is checked here too. */
static void
exchange_expect_error_envelope (Exchange *ex)
{
  JsonObject *object = ex->json != NULL && JSON_NODE_HOLDS_OBJECT (ex->json)
    ? json_node_get_object (ex->json) : NULL;

  if (object == NULL
      || json_object_get_int_member_with_default (object, "statusCode", 0) != ex->status
      || json_object_get_string_member_with_default (object, "error", NULL) == NULL
      || json_object_get_string_member_with_default (object, "message", NULL) == NULL)
    {
      g_autofree char *text = exchange_body_text (ex);

      report_failure ("MOCK ERROR ENVELOPE: %s %s (HTTP %u) is not "
                          "{statusCode,error,message}: %s",
                          ex->method, ex->path, ex->status, text);
    }
}

/* A request meant to succeed: valid request, spec-conform response, @status. */
static Exchange *
run_ok (const char *method,
        const char *path,
        const char *json_body,
        guint       status)
{
  Exchange *ex = exchange_send (method, path, json_body, NULL);

  exchange_check (ex, REQUEST_VALID);
  exchange_expect_status (ex, status);
  return ex;
}

static Exchange *
run_error (const char    *method,
           const char    *path,
           const char    *json_body,
           const char    *api_key,
           RequestIntent  intent,
           guint          status)
{
  Exchange *ex = exchange_send (method, path, json_body, api_key);

  exchange_check (ex, intent);
  if (exchange_expect_status (ex, status))
    exchange_expect_error_envelope (ex);
  return ex;
}

static JsonObject *
exchange_object (Exchange *ex)
{
  if (ex->json == NULL || !JSON_NODE_HOLDS_OBJECT (ex->json))
    return NULL;
  return json_node_get_object (ex->json);
}

static char *
escape (const char *segment)
{
  return g_uri_escape_string (segment, NULL, FALSE);
}

static const char *
seed_email (guint i)
{
  g_assert_nonnull (harness.emails);
  g_assert_cmpuint (i, <, harness.emails->len);
  return g_ptr_array_index (harness.emails, i);
}

/* Lists every account through Prism with the raw cursor protocol, once per binary. */
static gboolean
ensure_emails (void)
{
  g_autofree char *cursor = NULL;
  guint pages = 0;

  if (harness.emails != NULL)
    return TRUE;

  harness.emails = g_ptr_array_new_with_free_func (g_free);

  do
    {
      g_autoptr(GString) path = g_string_new ("/api/v2/accounts?limit=100&include_tags=true");
      g_autoptr(Exchange) ex = NULL;
      JsonObject *object;
      JsonArray *items;

      if (cursor != NULL)
        {
          g_autofree char *escaped = escape (cursor);

          g_string_append_printf (path, "&starting_after=%s", escaped);
        }

      ex = run_ok ("GET", path->str, NULL, 200);
      object = exchange_object (ex);
      if (object == NULL || !json_object_has_member (object, "items"))
        {
          report_failure ("GET %s: no items", path->str);
          return FALSE;
        }

      items = json_object_get_array_member (object, "items");
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);
          const char *email = item != NULL
            ? json_object_get_string_member_with_default (item, "email", NULL) : NULL;

          if (email != NULL)
            g_ptr_array_add (harness.emails, g_strdup (email));
        }

      g_clear_pointer (&cursor, g_free);
      if (json_object_has_member (object, "next_starting_after")
          && !json_object_get_null_member (object, "next_starting_after"))
        cursor = g_strdup (json_object_get_string_member (object, "next_starting_after"));

      if (json_array_get_length (items) == 0)
        break;
    }
  while (cursor != NULL && ++pages < 100);

  if (harness.emails->len != deck_mock_server_get_n_accounts (harness.mock))
    report_failure ("walking the cursor listed %u accounts, the mock holds %u",
                        harness.emails->len, deck_mock_server_get_n_accounts (harness.mock));

  if (harness.emails->len < N_RESERVED_ACCOUNTS)
    {
      report_failure ("the mock listed %u accounts, the test needs %d",
                          harness.emails->len, N_RESERVED_ACCOUNTS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
setup (void)
{
  return harness_ensure () && ensure_emails ();
}

/* Tests with SoupSession: Prism's verdict per request */

static void
test_mock_accounts_list (void)
{
  g_autoptr(Exchange) small = NULL;
  g_autoptr(Exchange) search = NULL;
  g_autoptr(Exchange) status = NULL;
  g_autoptr(Exchange) sorted = NULL;
  g_autoptr(Exchange) filtered = NULL;
  g_autofree char *search_path = NULL;
  const char *at;

  if (!setup ())
    return;

  small = run_ok ("GET", "/api/v2/accounts?limit=1", NULL, 200);

  at = strchr (seed_email (0), '@');
  g_assert_nonnull (at);
  {
    g_autofree char *escaped = escape (at + 1);

    search_path = g_strdup_printf ("/api/v2/accounts?limit=10&search=%s", escaped);
  }
  search = run_ok ("GET", search_path, NULL, 200);
  status = run_ok ("GET", "/api/v2/accounts?limit=10&status=1&provider_code=2", NULL, 200);
  sorted = run_ok ("GET", "/api/v2/accounts?limit=10&sort_by=email&sort_order=asc", NULL, 200);
  filtered = run_ok ("GET", "/api/v2/accounts?limit=10&filter=ACC_FILTER_W_ACTIVE", NULL, 200);
}

static void
test_mock_accounts_read (void)
{
  g_autofree char *email = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(Exchange) get = NULL;
  g_autoptr(Exchange) ctd = NULL;
  g_autoptr(Exchange) daily = NULL;
  g_autoptr(Exchange) warmup = NULL;
  g_autoptr(Exchange) vitals = NULL;
  g_autoptr(Exchange) jobs = NULL;

  if (!setup ())
    return;

  email = escape (seed_email (MOCK_ACCOUNTS_READ));
  path = g_strdup_printf ("/api/v2/accounts/%s", email);
  get = run_ok ("GET", path, NULL, 200);

  ctd = run_ok ("GET", "/api/v2/accounts/ctd/status?host=track.example.com", NULL, 200);

  g_free (path);
  {
    g_autofree char *e1 = escape (seed_email (MOCK_ACCOUNTS_READ + 1));
    g_autofree char *e2 = escape (seed_email (MOCK_ACCOUNTS_READ + 2));

    path = g_strdup_printf ("/api/v2/accounts/analytics/daily?start_date=2026-10-01"
                            "&end_date=2026-10-14&emails=%s&emails=%s", e1, e2);
  }
  daily = run_ok ("GET", path, NULL, 200);

  body = g_strdup_printf ("{\"emails\":[\"%s\",\"%s\"]}",
                          seed_email (MOCK_ACCOUNTS_READ + 1), seed_email (MOCK_ACCOUNTS_READ + 2));
  warmup = run_ok ("POST", "/api/v2/accounts/warmup-analytics", body, 200);

  g_free (body);
  body = g_strdup_printf ("{\"accounts\":[\"%s\"]}", seed_email (MOCK_ACCOUNTS_READ + 3));
  vitals = run_ok ("POST", "/api/v2/accounts/test/vitals", body, 200);

  jobs = run_ok ("GET", "/api/v2/background-jobs?limit=10", NULL, 200);
}

/* Polls a background job until it reaches a terminal state. */
static void
poll_job (const char *id)
{
  g_autofree char *escaped = escape (id);
  g_autofree char *path = g_strdup_printf ("/api/v2/background-jobs/%s", escaped);
  const char *status = NULL;

  for (guint i = 0; i < JOB_POLLS; i++)
    {
      g_autoptr(Exchange) ex = run_ok ("GET", path, NULL, 200);
      JsonObject *object = exchange_object (ex);

      if (object == NULL)
        return;
      status = json_object_get_string_member_with_default (object, "status", "");
      if (g_str_equal (status, "success") || g_str_equal (status, "failed")
          || g_str_equal (status, "cancelled"))
        return;

      g_usleep (JOB_POLL_INTERVAL_MS * G_TIME_SPAN_MILLISECOND);
    }

  report_failure ("background job %s never finished", id);
}

/* The action really happened in the mock's store (not a contract matter, but an
 * action answered 200 and ignored would hide the response the spec describes). */
static int
mock_account_status (const char *email)
{
  g_autoptr(JsonNode) node = deck_mock_server_dup_account (harness.mock, email);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return G_MININT;
  return json_object_get_int_member_with_default (json_node_get_object (node), "status", G_MININT);
}

/* The emails among @n seed accounts from @first that the mock holds as active. */
static GPtrArray *
active_accounts (guint first,
                 guint n)
{
  GPtrArray *active = g_ptr_array_new ();

  for (guint i = first; i < first + n; i++)
    if (mock_account_status (seed_email (i)) == 1)
      g_ptr_array_add (active, (gpointer) seed_email (i));
  return active;
}

static void
expect_mock_status (const char *email,
                    int         expected)
{
  int status = mock_account_status (email);

  if (status != expected)
    report_failure ("the mock's account %s has status %d, expected %d",
                        email, status, expected);
}

static void
test_mock_accounts_actions (void)
{
  const char *email = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GPtrArray) active = NULL;
  guint n_before;
  int status_before;

  if (!setup ())
    return;

  /* The mock pauses only sending accounts; the seed has accounts in error too. */
  active = active_accounts (MOCK_ACCOUNTS_ACTIONS, 10);
  if (active->len < 3)
    {
      report_failure ("the seed has %u active accounts among 10", active->len);
      return;
    }
  email = g_ptr_array_index (active, 0);
  escaped = escape (email);

  /* Writable fields of PATCH /accounts/{email}, which forbids unknown ones. */
  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);
  exchange_free (run_ok ("PATCH", path,
                         "{\"first_name\":\"Contract\",\"last_name\":\"Test\","
                         "\"daily_limit\":42,\"sending_gap\":15,\"enable_slow_ramp\":true,"
                         "\"signature\":\"Regards\",\"reply_to\":null,"
                         "\"warmup\":{\"limit\":20,\"increment\":\"2\",\"reply_rate\":0.1,"
                         "\"advanced\":{\"warm_ctd\":false,\"open_rate\":0.9,"
                         "\"read_emulation\":true,\"weekday_only\":true}}}",
                         200));
  exchange_free (run_ok ("PATCH", path, "{\"daily_limit\":null}", 200));

  g_free (path);
  path = g_strdup_printf ("/api/v2/accounts/%s/pause", escaped);
  status_before = mock_account_status (email);
  exchange_free (run_ok ("POST", path, NULL, 200));
  expect_mock_status (email, 2);

  g_free (path);
  path = g_strdup_printf ("/api/v2/accounts/%s/resume", escaped);
  exchange_free (run_ok ("POST", path, NULL, 200));
  expect_mock_status (email, status_before == 2 ? 1 : status_before);

  g_free (path);
  path = g_strdup_printf ("/api/v2/accounts/%s/mark-fixed", escaped);
  exchange_free (run_ok ("POST", path, NULL, 200));

  body = g_strdup_printf ("{\"emails\":[\"%s\",\"%s\",\"nobody@nowhere.invalid\"]}",
                          (const char *) g_ptr_array_index (active, 1),
                          (const char *) g_ptr_array_index (active, 2));
  exchange_free (run_ok ("POST", "/api/v2/accounts/pause", body, 200));
  expect_mock_status (g_ptr_array_index (active, 1), 2);

  /* Warmup enable and disable answer a background job to poll. */
  for (guint i = 0; i < 2; i++)
    {
      const char *verb = i == 0 ? "enable" : "disable";
      g_autofree char *job_path = g_strdup_printf ("/api/v2/accounts/warmup/%s", verb);
      g_autofree char *job_body = g_strdup_printf ("{\"emails\":[\"%s\",\"%s\"]}",
                                                   seed_email (MOCK_ACCOUNTS_ACTIONS + 3),
                                                   seed_email (MOCK_ACCOUNTS_ACTIONS + 4));
      g_autoptr(Exchange) ex = run_ok ("POST", job_path, job_body, 200);
      JsonObject *job = exchange_object (ex);
      const char *id = job != NULL ? json_object_get_string_member_with_default (job, "id", NULL) : NULL;

      if (id == NULL)
        report_failure ("POST %s answered no job id", job_path);
      else
        poll_job (id);
    }

  n_before = deck_mock_server_get_n_accounts (harness.mock);
  g_free (path);
  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);
  exchange_free (run_ok ("DELETE", path, NULL, 200));
  g_assert_cmpuint (deck_mock_server_get_n_accounts (harness.mock), ==, n_before - 1);

  exchange_free (run_error ("GET", path, NULL, NULL, REQUEST_VALID, 404));
}

static void
test_mock_custom_tags (void)
{
  g_autoptr(Exchange) created = NULL;
  g_autofree char *tag_path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *id = NULL;
  g_autofree char *escaped_email = NULL;
  g_autofree char *path = NULL;
  const char *email;
  JsonObject *tag;

  if (!setup ())
    return;

  created = run_ok ("POST", "/api/v2/custom-tags",
                    "{\"label\":\"Contract tag\",\"description\":\"made by test-contract\"}", 200);
  tag = exchange_object (created);
  if (tag == NULL || json_object_get_string_member_with_default (tag, "id", NULL) == NULL)
    {
      report_failure ("POST /api/v2/custom-tags answered no id");
      return;
    }
  id = g_strdup (json_object_get_string_member (tag, "id"));

  {
    g_autofree char *escaped = escape (id);

    tag_path = g_strdup_printf ("/api/v2/custom-tags/%s", escaped);
  }

  exchange_free (run_ok ("GET", "/api/v2/custom-tags?limit=10", NULL, 200));
  exchange_free (run_ok ("GET", tag_path, NULL, 200));
  exchange_free (run_ok ("PATCH", tag_path, "{\"description\":null}", 200));
  exchange_free (run_ok ("PATCH", tag_path, "{\"label\":\"Contract tag, renamed\"}", 200));

  /* A duplicate label is a 409 (declared for POST /custom-tags). */
  exchange_free (run_error ("POST", "/api/v2/custom-tags", "{\"label\":\"Contract tag, renamed\"}",
                            NULL, REQUEST_VALID, 409));

  email = seed_email (MOCK_ACCOUNTS_TAGS);
  escaped_email = escape (email);
  for (guint i = 0; i < 2; i++)
    {
      g_free (body);
      body = g_strdup_printf ("{\"tag_ids\":[\"%s\"],\"resource_type\":1,"
                              "\"resource_ids\":[\"%s\"],\"assign\":%s}",
                              id, email, i == 0 ? "true" : "false");
      exchange_free (run_ok ("POST", "/api/v2/custom-tags/toggle-resource", body, 200));

      g_free (path);
      path = g_strdup_printf ("/api/v2/custom-tag-mappings?limit=10&resource_ids=%s", escaped_email);
      exchange_free (run_ok ("GET", path, NULL, 200));

      g_free (path);
      {
        g_autofree char *escaped_id = escape (id);

        path = g_strdup_printf ("/api/v2/accounts?limit=10&include_tags=true&tag_ids=%s", escaped_id);
      }
      exchange_free (run_ok ("GET", path, NULL, 200));
    }

  exchange_free (run_ok ("GET", "/api/v2/custom-tag-mappings?limit=10", NULL, 200));
  exchange_free (run_ok ("DELETE", tag_path, NULL, 200));
  exchange_free (run_error ("GET", tag_path, NULL, NULL, REQUEST_VALID, 404));
}

static void
test_mock_errors (void)
{
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;

  if (!setup ())
    return;

  exchange_free (run_error ("GET", "/api/v2/accounts/nobody%40nowhere.invalid", NULL, NULL,
                            REQUEST_VALID, 404));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=10", NULL, "not-a-valid-key",
                            REQUEST_VALID, 401));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=10", NULL, "",
                            REQUEST_INVALID, 401));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=101", NULL, NULL,
                            REQUEST_INVALID, 400));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=0", NULL, NULL,
                            REQUEST_INVALID, 400));

  escaped = escape (seed_email (MOCK_ACCOUNTS_READ));
  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);
  exchange_free (run_error ("PATCH", path, "{\"no_such_field\":1}", NULL, REQUEST_INVALID, 400));
  exchange_free (run_error ("POST", "/api/v2/accounts/pause", "{\"emails\":[]}", NULL,
                            REQUEST_INVALID, 400));
  exchange_free (run_error ("POST", "/api/v2/custom-tags", "{\"label\":\"\"}", NULL,
                            REQUEST_INVALID, 400));
  exchange_free (run_error ("POST", "/api/v2/accounts/warmup-analytics", "{\"emails\":[]}", NULL,
                            REQUEST_INVALID, 400));
  exchange_free (run_error ("GET", "/api/v2/background-jobs/no-such-job", NULL, NULL,
                            REQUEST_VALID, 404));

  /* An unknown route is a 404, never a 501 (Prism would replace a 501, trap 2). */
  exchange_free (run_error ("GET", "/api/v2/no-such-resource", NULL, NULL, REQUEST_ANY, 404));
}

/* The workspace's administration: workspace, billing, API keys, members, group
 * members and the audit log, each operation at least once, every state change
 * undone so that the shared mock stays as the other cases expect it. */

static char *
exchange_dup_string (Exchange   *ex,
                     const char *member)
{
  JsonObject *object = exchange_object (ex);
  const char *value = object != NULL
    ? json_object_get_string_member_with_default (object, member, NULL) : NULL;

  if (value == NULL)
    report_failure ("%s %s answered no %s", ex->method, ex->path, member);
  return g_strdup (value);
}

static char *
id_path (const char *prefix,
         const char *id)
{
  g_autofree char *escaped = escape (id);

  return g_strdup_printf ("%s/%s", prefix, escaped);
}

static void
test_mock_workspace (void)
{
  g_autoptr(Exchange) current = NULL;
  g_autoptr(Exchange) key = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *key_id = NULL;
  g_autofree char *key_path = NULL;

  if (!setup ())
    return;

  current = run_ok ("GET", "/api/v2/workspaces/current", NULL, 200);
  name = exchange_dup_string (current, "name");
  if (name == NULL)
    return;

  exchange_free (run_ok ("PATCH", "/api/v2/workspaces/current",
                         "{\"name\":\"Contract workspace\",\"org_logo_url\":\"https://example.com/l.png\"}", 200));
  exchange_free (run_ok ("PATCH", "/api/v2/workspaces/current", "{\"org_logo_url\":null}", 200));
  body = g_strdup_printf ("{\"name\":\"%s\"}", name);
  exchange_free (run_ok ("PATCH", "/api/v2/workspaces/current", body, 200));
  exchange_free (run_error ("PATCH", "/api/v2/workspaces/current", "{}", NULL, REQUEST_INVALID, 400));

  exchange_free (run_ok ("POST", "/api/v2/workspaces/current/schedule-for-removal", NULL, 200));
  exchange_free (run_ok ("DELETE", "/api/v2/workspaces/current/schedule-for-removal", NULL, 200));

  exchange_free (run_error ("GET", "/api/v2/workspaces/current/whitelabel-domain", NULL, NULL, REQUEST_VALID, 404));
  exchange_free (run_ok ("POST", "/api/v2/workspaces/current/whitelabel-domain",
                         "{\"domain\":\"app.contract-agency.example\"}", 200));
  exchange_free (run_ok ("GET", "/api/v2/workspaces/current/whitelabel-domain", NULL, 200));
  exchange_free (run_ok ("DELETE", "/api/v2/workspaces/current/whitelabel-domain", NULL, 200));

  exchange_free (run_ok ("GET", "/api/v2/workspace-billing/plan-details", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/workspace-billing/subscription-details", NULL, 200));

  /* API keys: the new one works with exactly its scopes until it is deleted. */
  exchange_free (run_ok ("GET", "/api/v2/api-keys?limit=2", NULL, 200));
  key = run_ok ("POST", "/api/v2/api-keys",
                "{\"name\":\"Contract key\",\"scopes\":[\"accounts:read\",\"audit_logs:read\"]}", 200);
  secret = exchange_dup_string (key, "key");
  key_id = exchange_dup_string (key, "id");
  if (secret == NULL || key_id == NULL)
    return;
  key_path = id_path ("/api/v2/api-keys", key_id);
  exchange_free (run_ok ("GET", "/api/v2/api-keys?limit=100", NULL, 200));

  exchange_free (run_error ("GET", "/api/v2/workspace-members?limit=10", NULL, secret, REQUEST_VALID, 403));
  exchange_free (run_error ("GET", "/api/v2/workspaces/current", NULL, secret, REQUEST_VALID, 403));
  exchange_free (run_ok ("DELETE", key_path, NULL, 200));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=1", NULL, secret, REQUEST_VALID, 401));
  exchange_free (run_error ("DELETE", key_path, NULL, NULL, REQUEST_VALID, 404));
  exchange_free (run_error ("POST", "/api/v2/api-keys", "{\"name\":\"x\",\"scopes\":[\"accounts:fly\"]}",
                            NULL, REQUEST_INVALID, 400));

  /* A workspace without a paid plan: 402 on every operation, declared everywhere. */
  deck_mock_server_set_paid_plan (harness.mock, FALSE);
  exchange_free (run_error ("GET", "/api/v2/workspaces/current", NULL, NULL, REQUEST_VALID, 402));
  exchange_free (run_error ("GET", "/api/v2/workspace-billing/plan-details", NULL, NULL, REQUEST_VALID, 402));
  exchange_free (run_error ("GET", "/api/v2/accounts?limit=1", NULL, NULL, REQUEST_VALID, 402));
  deck_mock_server_set_paid_plan (harness.mock, TRUE);
}

static void
test_mock_members (void)
{
  g_autoptr(Exchange) invited = NULL;
  g_autoptr(Exchange) group = NULL;
  g_autoptr(Exchange) list = NULL;
  g_autofree char *member_path = NULL;
  g_autofree char *group_path = NULL;
  g_autofree char *id = NULL;
  g_autofree char *owner_email = NULL;
  g_autofree char *admin_email = NULL;
  JsonObject *object;
  JsonArray *items;

  if (!setup ())
    return;

  list = run_ok ("GET", "/api/v2/workspace-members?limit=10", NULL, 200);
  exchange_free (run_ok ("GET", "/api/v2/workspace-members?limit=2&accepted=true&search=a", NULL, 200));

  /* The owner and an admin, to hand ownership over and back. */
  object = exchange_object (list);
  items = object != NULL && json_object_has_member (object, "items")
    ? json_object_get_array_member (object, "items") : NULL;
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *member = json_array_get_object_element (items, i);
      const char *role = json_object_get_string_member_with_default (member, "role", "");
      const char *email = json_object_get_string_member_with_default (member, "email", NULL);

      if (g_str_equal (role, "owner") && owner_email == NULL)
        owner_email = g_strdup (email);
      else if (g_str_equal (role, "admin") && admin_email == NULL)
        admin_email = g_strdup (email);
    }
  if (owner_email == NULL || admin_email == NULL)
    report_failure ("the seed has no owner and admin among its members");
  else
    {
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *body = g_strdup_printf ("{\"email\":\"%s\",\"sec\":\"123456\"}",
                                                   i == 0 ? admin_email : owner_email);

          exchange_free (run_ok ("POST", "/api/v2/workspaces/current/change-owner", body, 200));
        }
    }

  invited = run_ok ("POST", "/api/v2/workspace-members",
                    "{\"email\":\"contract.member@example.com\",\"role\":\"editor\","
                    "\"nickname\":\"Contract\",\"user_email\":null,\"permissions\":[\"campaigns.view\"]}", 200);
  id = exchange_dup_string (invited, "id");
  if (id == NULL)
    return;
  member_path = id_path ("/api/v2/workspace-members", id);
  exchange_free (run_ok ("GET", member_path, NULL, 200));
  exchange_free (run_ok ("PATCH", member_path, "{\"role\":\"view\",\"nickname\":null}", 200));
  exchange_free (run_error ("PATCH", member_path, "{}", NULL, REQUEST_INVALID, 400));
  exchange_free (run_ok ("DELETE", member_path, NULL, 200));
  exchange_free (run_error ("GET", member_path, NULL, NULL, REQUEST_VALID, 404));
  exchange_free (run_error ("GET", "/api/v2/workspace-members?limit=101", NULL, NULL, REQUEST_INVALID, 400));

  exchange_free (run_ok ("GET", "/api/v2/workspace-group-members?limit=10", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/workspace-group-members/admin", NULL, 200));
  group = run_ok ("POST", "/api/v2/workspace-group-members",
                  "{\"sub_workspace_id\":\"0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee\"}", 200);
  g_free (id);
  id = exchange_dup_string (group, "id");
  if (id == NULL)
    return;
  group_path = id_path ("/api/v2/workspace-group-members", id);
  exchange_free (run_error ("POST", "/api/v2/workspace-group-members",
                            "{\"sub_workspace_id\":\"0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee\"}",
                            NULL, REQUEST_VALID, 409));
  exchange_free (run_ok ("GET", group_path, NULL, 200));
  exchange_free (run_ok ("DELETE", group_path, NULL, 200));
  exchange_free (run_error ("GET", group_path, NULL, NULL, REQUEST_VALID, 404));
}

static void
test_mock_audit_log (void)
{
  g_autoptr(Exchange) first = NULL;
  g_autofree char *cursor = NULL;

  if (!setup ())
    return;

  first = run_ok ("GET", "/api/v2/audit-logs?limit=1000", NULL, 200);
  exchange_free (run_ok ("GET", "/api/v2/audit-logs", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/audit-logs?limit=50&activity_type=1", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/audit-logs?limit=50&search=login"
                         "&start_date=2025-09-01T00%3A00%3A00.000Z&end_date=2025-09-30", NULL, 200));

  {
    g_autoptr(Exchange) page = run_ok ("GET", "/api/v2/audit-logs?limit=100", NULL, 200);

    cursor = exchange_dup_string (page, "next_starting_after");
  }
  if (cursor != NULL)
    {
      g_autofree char *escaped = escape (cursor);
      g_autofree char *path = g_strdup_printf ("/api/v2/audit-logs?limit=100&starting_after=%s", escaped);

      exchange_free (run_ok ("GET", path, NULL, 200));
    }
  exchange_free (run_error ("GET", "/api/v2/audit-logs?limit=1001", NULL, NULL, REQUEST_INVALID, 400));
}

/* Campaign analytics: every parameter the spec gives, bare arrays but for the
 * overview, and the mock's 400 and 404 in the error envelope. */
static void
test_mock_campaign_analytics (void)
{
  g_autoptr(Exchange) all = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  JsonArray *campaigns;

  if (!setup ())
    return;

  all = run_ok ("GET", "/api/v2/campaigns/analytics", NULL, 200);
  if (all->json == NULL || !JSON_NODE_HOLDS_ARRAY (all->json) ||
      json_array_get_length (json_node_get_array (all->json)) < 2)
    {
      report_failure ("GET /api/v2/campaigns/analytics: fewer than two seeded campaigns");
      return;
    }
  campaigns = json_node_get_array (all->json);
  first = escape (json_object_get_string_member (json_array_get_object_element (campaigns, 0), "campaign_id"));
  second = escape (json_object_get_string_member (json_array_get_object_element (campaigns, 1), "campaign_id"));

  {
    g_autofree char *one = g_strdup_printf ("/api/v2/campaigns/analytics?id=%s&start_date=2025-09-01"
                                            "&end_date=2025-09-30T12%%3A00%%3A00.000Z", first);
    g_autofree char *two = g_strdup_printf ("/api/v2/campaigns/analytics?ids=%s&ids=%s"
                                            "&exclude_total_leads_count=true", first, second);
    g_autofree char *overview = g_strdup_printf ("/api/v2/campaigns/analytics/overview?ids=%s&ids=%s"
                                                 "&start_date=2025-08-01&end_date=2025-10-31", first, second);
    g_autofree char *daily = g_strdup_printf ("/api/v2/campaigns/analytics/daily?campaign_id=%s"
                                              "&start_date=2025-10-01&end_date=2025-10-31", first);
    g_autofree char *steps = g_strdup_printf ("/api/v2/campaigns/analytics/steps?campaign_id=%s"
                                              "&include_opportunities_count=true", first);
    g_autofree char *unknown = g_strdup_printf ("/api/v2/campaigns/analytics/steps?campaign_id=%s",
                                                "00000000-0000-7000-8000-000000000000");

    exchange_free (run_ok ("GET", one, NULL, 200));
    exchange_free (run_ok ("GET", two, NULL, 200));
    exchange_free (run_ok ("GET", "/api/v2/campaigns/analytics/overview", NULL, 200));
    exchange_free (run_ok ("GET", overview, NULL, 200));
    exchange_free (run_ok ("GET", "/api/v2/campaigns/analytics/overview?campaign_status=1"
                           "&expand_crm_events=true", NULL, 200));
    exchange_free (run_ok ("GET", "/api/v2/campaigns/analytics/daily", NULL, 200));
    exchange_free (run_ok ("GET", daily, NULL, 200));
    exchange_free (run_ok ("GET", "/api/v2/campaigns/analytics/daily?campaign_status=3"
                           "&start_date=2025-06-01", NULL, 200));
    exchange_free (run_ok ("GET", "/api/v2/campaigns/analytics/steps", NULL, 200));
    exchange_free (run_ok ("GET", steps, NULL, 200));
    exchange_free (run_error ("GET", "/api/v2/campaigns/analytics?start_date=2025-10-02&end_date=2025-10-01",
                              NULL, NULL, REQUEST_ANY, 400));
    exchange_free (run_error ("GET", "/api/v2/campaigns/analytics/daily?start_date=not-a-date",
                              NULL, NULL, REQUEST_ANY, 400));
    exchange_free (run_error ("GET", "/api/v2/campaigns/analytics/overview?campaign_status=5",
                              NULL, NULL, REQUEST_INVALID, 400));
    exchange_free (run_error ("GET", unknown, NULL, NULL, REQUEST_VALID, 404));
  }
}

/* Campaigns and subsequences: every operation the mock serves for them, with
 * bodies as the spec writes them, and the refusals it declares. */
static char *
created_id (Exchange   *ex,
            const char *what)
{
  JsonObject *object = exchange_object (ex);

  if (object == NULL || json_object_get_string_member_with_default (object, "id", NULL) == NULL)
    {
      report_failure ("%s answered no id", what);
      return NULL;
    }
  return escape (json_object_get_string_member (object, "id"));
}

#define CONTRACT_SCHEDULE \
  "{\"start_date\":\"2025-11-10\",\"end_date\":null,\"schedules\":[{\"name\":\"Weekdays\"," \
  "\"timing\":{\"from\":\"09:00\",\"to\":\"17:00\"},\"days\":{\"1\":true,\"2\":true,\"3\":true," \
  "\"4\":true,\"5\":true},\"timezone\":\"America/Detroit\"}]}"
#define CONTRACT_SEQUENCES \
  "[{\"steps\":[{\"type\":\"email\",\"delay\":2,\"delay_unit\":\"days\",\"variants\":[" \
  "{\"subject\":\"Hi {{firstName}}\",\"body\":\"{Hi|Hello} {{firstName}},<br/>{{companyName}}\"}," \
  "{\"subject\":\"Question\",\"body\":\"Hello {{firstName}}\",\"v_disabled\":true}]}]}]"

static void
test_mock_campaigns (void)
{
  g_autoptr(Exchange) created = NULL;
  g_autoptr(Exchange) sub = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sub_id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;

  if (!setup ())
    return;

  created = run_ok ("POST", "/api/v2/campaigns",
                    "{\"name\":\"Contract campaign\",\"campaign_schedule\":" CONTRACT_SCHEDULE ","
                    "\"daily_limit\":40,\"open_tracking\":true,\"auto_variant_select\":{\"trigger\":\"reply_rate\"}}", 200);
  if ((id = created_id (created, "POST /api/v2/campaigns")) == NULL)
    return;

#define CAMPAIGN(suffix) (g_free (path), path = g_strdup_printf ("/api/v2/campaigns/%s%s", id, suffix))
  exchange_free (run_ok ("GET", "/api/v2/campaigns?limit=5", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/campaigns?limit=100&status=1&search=outreach", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/campaigns?exclude_status=0", NULL, 200));
  exchange_free (run_ok ("GET", CAMPAIGN (""), NULL, 200));
  /* Not the refused activation (400): the spec gives activate's 400 the 404 body
   * (statusCode enum [404]), which no honest 400 can match; test-mock-campaigns
   * checks it instead. */
  body = g_strdup_printf ("{\"sequences\":" CONTRACT_SEQUENCES ",\"email_list\":[\"%s\"]}", seed_email (MOCK_ACCOUNTS_READ));
  exchange_free (run_ok ("PATCH", CAMPAIGN (""), body, 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/activate"), NULL, 200));
  exchange_free (run_ok ("GET", CAMPAIGN ("/sending-status"), NULL, 200));
  exchange_free (run_ok ("GET", CAMPAIGN ("/sending-status?with_ai_summary=true"), NULL, 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/pause"), NULL, 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/variables"), "{\"variables\":[\"painPoint\"]}", 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/duplicate"), NULL, 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/duplicate"), "{\"name\":\"Contract copy\"}", 200));
  exchange_free (run_ok ("POST", CAMPAIGN ("/export"), NULL, 200));
  exchange_free (run_error ("POST", CAMPAIGN ("/from-export"), NULL, NULL, REQUEST_VALID, 403));
  exchange_free (run_ok ("POST", CAMPAIGN ("/share"), NULL, 204));
  exchange_free (run_ok ("POST", CAMPAIGN ("/from-export"), NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/campaigns/count-launched", NULL, 200));
  exchange_free (run_ok ("GET", "/api/v2/campaigns/search-by-contact?search=ava.muller%40northwind-traders.com"
                         "&sort_column=timestamp_created&sort_order=desc", NULL, 200));
  exchange_free (run_error ("POST", "/api/v2/campaigns",
                            "{\"name\":\"x\",\"campaign_schedule\":{\"schedules\":[{\"name\":\"a\",\"timing\":"
                            "{\"from\":\"9:00\",\"to\":\"17:00\"},\"days\":{\"1\":true},\"timezone\":\"America/New_York\"}]}}",
                            NULL, REQUEST_INVALID, 400));

  /* Subsequences of the new campaign. */
  g_free (body);
  body = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Contract subsequence\","
                          "\"conditions\":{\"crm_status\":[1],\"lead_activity\":[2,91],\"reply_contains\":\"price\"},"
                          "\"subsequence_schedule\":" CONTRACT_SCHEDULE ",\"sequences\":" CONTRACT_SEQUENCES ","
                          "\"daily_limit_mode\":\"custom\",\"daily_limit\":20}", id);
  sub = run_ok ("POST", "/api/v2/subsequences", body, 200);
  if ((sub_id = created_id (sub, "POST /api/v2/subsequences")) == NULL)
    return;

#define SUBSEQUENCE(suffix) (g_free (path), path = g_strdup_printf ("/api/v2/subsequences/%s%s", sub_id, suffix))
  exchange_free (run_ok ("GET", "/api/v2/subsequences?limit=10", NULL, 200));
  g_free (body);
  body = g_strdup_printf ("/api/v2/subsequences?parent_campaign=%s&search=contract", id);
  exchange_free (run_ok ("GET", body, NULL, 200));
  exchange_free (run_ok ("GET", SUBSEQUENCE (""), NULL, 200));
  exchange_free (run_ok ("PATCH", SUBSEQUENCE (""), "{\"name\":\"Contract subsequence, renamed\"}", 200));
  exchange_free (run_ok ("POST", SUBSEQUENCE ("/pause"), NULL, 200));
  exchange_free (run_ok ("POST", SUBSEQUENCE ("/resume"), NULL, 200));
  exchange_free (run_ok ("GET", SUBSEQUENCE ("/sending-status"), NULL, 200));
  exchange_free (run_ok ("GET", SUBSEQUENCE ("/analytics/steps?start_date=2025-10-01&end_date=2025-10-31"), NULL, 200));
  g_free (body);
  body = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Contract subsequence copy\"}", id);
  exchange_free (run_ok ("POST", SUBSEQUENCE ("/duplicate"), body, 200));
  g_free (body);
  body = g_strdup_printf ("/api/v2/subsequences/analytics?campaign_id=%s", id);
  exchange_free (run_ok ("GET", body, NULL, 200));
  exchange_free (run_ok ("DELETE", SUBSEQUENCE (""), NULL, 200));
  exchange_free (run_error ("GET", SUBSEQUENCE (""), NULL, NULL, REQUEST_VALID, 404));

  exchange_free (run_ok ("DELETE", CAMPAIGN (""), NULL, 200));
  exchange_free (run_error ("GET", CAMPAIGN (""), NULL, NULL, REQUEST_VALID, 404));
#undef SUBSEQUENCE
#undef CAMPAIGN
}

/* The checker is not blind: a reply the mock breaks on purpose (a fault) must be
 * caught both through the header and through the log. */
static void
test_harness_catches_violations (void)
{
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Exchange) ex = NULL;
  g_autoptr(LogWindow) window = NULL;
  goffset start;

  if (!setup ())
    return;

  escaped = escape (seed_email (MOCK_ACCOUNTS_READ));
  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);

  deck_mock_server_add_fault (harness.mock, DECK_MOCK_FAULT_MALFORMED_JSON,
                              "GET /api/v2/accounts/*", 1, -1, 0);
  ex = exchange_send ("GET", path, NULL, NULL);
  g_assert_cmpuint (count_violations (ex->violations, violation_is_response_error), >, 0);
  g_assert_cmpuint (count_violations (ex->violations, violation_is_request_side), ==, 0);

  deck_mock_server_add_fault (harness.mock, DECK_MOCK_FAULT_TRUNCATED_JSON,
                              "GET /api/v2/accounts/*", 1, -1, 0);
  start = log_offset ();
  exchange_free (exchange_send ("GET", path, NULL, NULL));
  window = log_collect (start);
  g_assert_cmpuint (window->n_requests, ==, 1);
  g_assert_cmpuint (count_violations (window->violations, violation_is_response_error), >, 0);
  g_assert_cmpuint (count_violations (window->violations, violation_is_request_side), ==, 0);

  deck_mock_server_clear_faults (harness.mock);
}

/* Tests with the real client: Prism's verdicts from its log */

static DeckClient *
client_new (const char *api_key)
{
  g_autoptr(GError) error = NULL;
  DeckClient *client = deck_client_new (harness.prism_url,
                                        api_key != NULL ? api_key : deck_mock_server_get_api_key (harness.mock),
                                        &error);

  g_assert_no_error (error);
  deck_client_set_rate_limit (client, 1000.0, 1000);
  deck_client_set_retry_budget (client, 2, 10, 1000);
  deck_client_set_timeout (client, REQUEST_TIMEOUT_S);
  return client;
}

/* Runs one deck_client_call_async() to completion. */
static JsonNode *
client_call (DeckClient  *client,
             const char  *method,
             const char  *path,
             const char  *json_body,
             GError     **error)
{
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  if (json_body != NULL)
    {
      body = json_from_string (json_body, NULL);
      g_assert_nonnull (body);
    }

  deck_client_call_async (client, method, path, body, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, CALL_TIMEOUT_MS);
  return deck_client_call_finish (client, result, error);
}

static JsonNode *
client_call_ok (DeckClient *client,
                const char *method,
                const char *path,
                const char *json_body)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = client_call (client, method, path, json_body, &error);

  if (node == NULL)
    report_failure ("client %s %s failed: %s", method, path,
                        error != NULL ? error->message : "no result");
  return node;
}

static void
client_call_error (DeckClient   *client,
                   const char   *method,
                   const char   *path,
                   DeckApiError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = client_call (client, method, path, NULL, &error);

  if (!g_error_matches (error, DECK_API_ERROR, code))
    report_failure ("client %s %s: expected DeckApiError %d, got %s", method, path, code,
                        error != NULL ? error->message : "success");
}

/* Judges everything Prism logged for the client's traffic since @start. */
static void
check_client_window (goffset        start,
                     RequestIntent  intent,
                     const char    *what,
                     guint          min_requests)
{
  g_autoptr(LogWindow) window = log_collect (start);
  guint n_response = count_violations (window->violations, violation_is_response_error);
  guint n_request = count_violations (window->violations, violation_is_request_side);

  if (window->n_requests < min_requests)
    report_failure ("%s: Prism saw %u requests, expected at least %u",
                        what, window->n_requests, min_requests);

  if (n_response > 0)
    {
      g_autofree char *list = format_violations (window->violations, violation_is_response_error);

      report_failure ("MOCK VIOLATES THE SPEC during %s: %u response error(s):%s",
                          what, n_response, list);
    }

  if (intent == REQUEST_VALID && n_request > 0)
    {
      g_autofree char *list = format_violations (window->violations, violation_is_request_side);

      report_failure ("CLIENT VIOLATES THE SPEC during %s: %u request violation(s):%s",
                          what, n_request, list);
    }
  else if (intent == REQUEST_INVALID && n_request == 0)
    {
      report_failure ("%s was meant to break the spec, but Prism found nothing wrong", what);
    }
}

static guint
client_load_all (DeckClient *client,
                 const char *search,
                 guint       page_size)
{
  g_autoptr(DeckPager) pager = deck_client_list_accounts (client, search);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  deck_pager_set_page_size (pager, page_size);
  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, CALL_TIMEOUT_MS * 4);
  if (!deck_pager_load_finish (pager, result, &error))
    {
      report_failure ("the pager (limit %u) failed: %s", page_size, error->message);
      return 0;
    }

  g_assert_cmpuint (g_list_model_get_n_items (deck_pager_get_model (pager)), ==,
                    deck_pager_get_n_loaded (pager));
  return deck_pager_get_n_loaded (pager);
}

static void
test_client_pager (void)
{
  g_autoptr(DeckClient) client = NULL;
  guint n_accounts;
  guint n_loaded;
  goffset start;

  if (!setup ())
    return;

  client = client_new (NULL);
  n_accounts = deck_mock_server_get_n_accounts (harness.mock);

  start = log_offset ();
  n_loaded = client_load_all (client, NULL, 100);
  g_assert_cmpuint (n_loaded, ==, n_accounts);
  n_loaded = client_load_all (client, NULL, 17);
  g_assert_cmpuint (n_loaded, ==, n_accounts);
  check_client_window (start, REQUEST_VALID, "the account pager",
                       (n_accounts + 99) / 100 + (n_accounts + 16) / 17);

  start = log_offset ();
  n_loaded = client_load_all (client, seed_email (CLIENT_ACCOUNTS), 100);
  g_assert_cmpuint (n_loaded, >=, 1);
  check_client_window (start, REQUEST_VALID, "the account pager with a search", 1);
}

static void
test_client_accounts (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(DeckAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *tag_id = NULL;
  const char *email;
  goffset start;
  guint n_before;

  if (!setup ())
    return;

  client = client_new (NULL);
  email = seed_email (CLIENT_ACCOUNTS);
  escaped = deck_client_escape_segment (email);
  start = log_offset ();

  deck_client_get_account_async (client, email, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, CALL_TIMEOUT_MS);
  account = deck_client_get_account_finish (client, result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (deck_account_get_email (account), ==, email);

  path = g_strdup_printf ("/api/v2/accounts/%s", escaped);
  {
    g_autoptr(JsonNode) n1 = client_call_ok (client, "GET", path, NULL);
    g_autoptr(JsonNode) n2 = client_call_ok (client, "PATCH", path,
                                             "{\"first_name\":\"Client\",\"daily_limit\":30,"
                                             "\"warmup\":{\"limit\":10,\"increment\":\"disabled\"}}");
  }

  for (guint i = 0; i < 3; i++)
    {
      static const char * const verbs[] = { "pause", "resume", "mark-fixed" };
      g_autofree char *action = g_strdup_printf ("/api/v2/accounts/%s/%s", escaped, verbs[i]);
      g_autoptr(JsonNode) node = client_call_ok (client, "POST", action, NULL);
    }

  body = g_strdup_printf ("{\"emails\":[\"%s\",\"%s\"]}",
                          seed_email (CLIENT_ACCOUNTS + 1), seed_email (CLIENT_ACCOUNTS + 2));
  {
    g_autoptr(JsonNode) paused = client_call_ok (client, "POST", "/api/v2/accounts/pause", body);
    g_autoptr(JsonNode) analytics = client_call_ok (client, "POST",
                                                    "/api/v2/accounts/warmup-analytics", body);
    g_autoptr(JsonNode) job = client_call_ok (client, "POST", "/api/v2/accounts/warmup/enable", body);
    const char *id = job != NULL && JSON_NODE_HOLDS_OBJECT (job)
      ? json_object_get_string_member_with_default (json_node_get_object (job), "id", NULL) : NULL;

    if (id == NULL)
      report_failure ("client POST /api/v2/accounts/warmup/enable: no job id");
    else
      {
        g_autofree char *escaped_id = deck_client_escape_segment (id);
        g_autofree char *job_path = g_strdup_printf ("/api/v2/background-jobs/%s", escaped_id);

        for (guint i = 0; i < JOB_POLLS; i++)
          {
            g_autoptr(JsonNode) polled = client_call_ok (client, "GET", job_path, NULL);
            const char *status = polled != NULL && JSON_NODE_HOLDS_OBJECT (polled)
              ? json_object_get_string_member_with_default (json_node_get_object (polled), "status", "")
              : "failed";

            if (g_str_equal (status, "success") || g_str_equal (status, "failed")
                || g_str_equal (status, "cancelled"))
              break;
            g_usleep (JOB_POLL_INTERVAL_MS * G_TIME_SPAN_MILLISECOND);
          }
      }
  }

  {
    g_autoptr(GString) daily = g_string_new ("/api/v2/accounts/analytics/daily");
    g_autoptr(GString) ctd = g_string_new ("/api/v2/accounts/ctd/status");
    g_autoptr(JsonNode) n1 = NULL;
    g_autoptr(JsonNode) n2 = NULL;
    g_autoptr(JsonNode) n3 = NULL;
    g_autofree char *vitals = g_strdup_printf ("{\"accounts\":[\"%s\"]}", email);

    deck_client_append_query (daily, "start_date", "2026-10-01");
    deck_client_append_query (daily, "end_date", "2026-10-14");
    deck_client_append_query (daily, "emails", seed_email (CLIENT_ACCOUNTS + 1));
    deck_client_append_query (daily, "emails", seed_email (CLIENT_ACCOUNTS + 2));
    deck_client_append_query (ctd, "host", "track.example.com");
    n1 = client_call_ok (client, "GET", daily->str, NULL);
    n2 = client_call_ok (client, "GET", ctd->str, NULL);
    n3 = client_call_ok (client, "POST", "/api/v2/accounts/test/vitals", vitals);
  }

  /* Custom tags: create, read, rename, assign and unassign, delete. */
  {
    g_autoptr(JsonNode) tag = client_call_ok (client, "POST", "/api/v2/custom-tags",
                                              "{\"label\":\"Client tag\"}");

    if (tag != NULL && JSON_NODE_HOLDS_OBJECT (tag))
      tag_id = g_strdup (json_object_get_string_member_with_default (json_node_get_object (tag), "id", NULL));
    if (tag_id == NULL)
      report_failure ("client POST /api/v2/custom-tags: no tag id");
  }
  if (tag_id != NULL)
    {
      g_autofree char *escaped_id = deck_client_escape_segment (tag_id);
      g_autofree char *tag_path = g_strdup_printf ("/api/v2/custom-tags/%s", escaped_id);
      g_autoptr(GString) mappings = g_string_new ("/api/v2/custom-tag-mappings");
      g_autofree char *assign = g_strdup_printf ("{\"tag_ids\":[\"%s\"],\"resource_type\":1,"
                                                 "\"resource_ids\":[\"%s\"],\"assign\":true}",
                                                 tag_id, email);
      g_autofree char *unassign = g_strdup_printf ("{\"tag_ids\":[\"%s\"],\"resource_type\":1,"
                                                   "\"resource_ids\":[\"%s\"],\"assign\":false}",
                                                   tag_id, email);
      g_autoptr(JsonNode) n1 = NULL;
      g_autoptr(JsonNode) n2 = NULL;
      g_autoptr(JsonNode) n3 = NULL;
      g_autoptr(JsonNode) n4 = NULL;
      g_autoptr(JsonNode) n5 = NULL;
      g_autoptr(JsonNode) n6 = NULL;
      g_autoptr(JsonNode) n7 = NULL;

      deck_client_append_query (mappings, "resource_ids", email);
      n1 = client_call_ok (client, "GET", "/api/v2/custom-tags?limit=100", NULL);
      n2 = client_call_ok (client, "GET", tag_path, NULL);
      n3 = client_call_ok (client, "PATCH", tag_path, "{\"label\":\"Client tag, renamed\"}");
      n4 = client_call_ok (client, "POST", "/api/v2/custom-tags/toggle-resource", assign);
      n5 = client_call_ok (client, "GET", mappings->str, NULL);
      n6 = client_call_ok (client, "POST", "/api/v2/custom-tags/toggle-resource", unassign);
      n7 = client_call_ok (client, "DELETE", tag_path, NULL);
    }

  {
    g_autofree char *victim = deck_client_escape_segment (seed_email (CLIENT_ACCOUNTS + 9));
    g_autofree char *victim_path = g_strdup_printf ("/api/v2/accounts/%s", victim);
    g_autoptr(JsonNode) node = NULL;

    n_before = deck_mock_server_get_n_accounts (harness.mock);
    node = client_call_ok (client, "DELETE", victim_path, NULL);
    g_assert_cmpuint (deck_mock_server_get_n_accounts (harness.mock), ==, n_before - 1);
  }

  check_client_window (start, REQUEST_VALID, "the client's account operations", 20);
}

static void
test_client_errors (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckClient) wrong = NULL;
  goffset start;

  if (!setup ())
    return;

  client = client_new (NULL);
  wrong = client_new ("not-a-valid-key");

  /* Valid requests that the mock must refuse in the spec's own terms. */
  start = log_offset ();
  client_call_error (client, "GET", "/api/v2/accounts/nobody%40nowhere.invalid",
                     DECK_API_ERROR_NOT_FOUND);
  client_call_error (wrong, "GET", "/api/v2/accounts?limit=10", DECK_API_ERROR_UNAUTHORIZED);
  check_client_window (start, REQUEST_VALID, "the client's error cases", 2);

  /* An intended negative case: Prism must flag the request, the mock answer 400. */
  start = log_offset ();
  client_call_error (client, "GET", "/api/v2/accounts?limit=101", DECK_API_ERROR_INVALID);
  check_client_window (start, REQUEST_INVALID, "the client's limit=101", 1);
}

/* The typed account operations of deck-client-accounts.h, through Prism. They use
 * seed accounts past every reserved range, and their own account and tags. */

#define TYPED_ACCOUNTS N_RESERVED_ACCOUNTS

static void
typed_wait (GAsyncResult **result)
{
  deck_test_wait_result (result, CALL_TIMEOUT_MS);
}

static void
typed_check (const char   *what,
             gboolean      ok,
             const GError *error)
{
  if (!ok)
    report_failure ("typed client call %s failed: %s", what,
                    error != NULL ? error->message : "no result");
}

static void
test_client_typed_accounts (void)
{
  static const char *new_account =
    "{\"email\":\"typed.contract@example.org\",\"first_name\":\"Typed\",\"last_name\":\"Contract\","
    "\"provider_code\":1,\"imap_username\":\"typed\",\"imap_password\":\"secret\","
    "\"imap_host\":\"imap.example.org\",\"imap_port\":993,\"smtp_username\":\"typed\","
    "\"smtp_password\":\"secret\",\"smtp_host\":\"smtp.example.org\",\"smtp_port\":587}";
  static const DeckAccountAction actions[] = {
    DECK_ACCOUNT_ACTION_PAUSE, DECK_ACCOUNT_ACTION_RESUME, DECK_ACCOUNT_ACTION_MARK_FIXED,
  };
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckCustomTag) tag = NULL;
  const char *email;
  const char *batch[4];
  const char *one[2];
  goffset start;

  if (!setup ())
    return;

  client = client_new (NULL);
  email = seed_email (TYPED_ACCOUNTS);
  for (guint i = 0; i < 3; i++)
    batch[i] = seed_email (TYPED_ACCOUNTS + 1 + i);
  batch[3] = NULL;
  one[0] = seed_email (TYPED_ACCOUNTS + 4);
  one[1] = NULL;

  start = log_offset ();

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(DeckAccount) account = NULL;

      deck_client_account_action_async (client, email, actions[i], NULL, deck_test_store_result, &result);
      typed_wait (&result);
      account = deck_client_account_action_finish (client, result, &error);
      typed_check ("account action", account != NULL, error);
      g_clear_error (&error);
    }

  {
    g_autoptr(JsonNode) changes = json_from_string ("{\"first_name\":\"Typed\",\"sending_gap\":20,"
                                                    "\"warmup\":{\"limit\":10,\"increment\":\"2\"}}", NULL);
    g_autoptr(JsonNode) fields = json_from_string (new_account, NULL);
    g_autoptr(GAsyncResult) patched = NULL;
    g_autoptr(GAsyncResult) created = NULL;
    g_autoptr(GAsyncResult) deleted = NULL;
    g_autoptr(DeckAccount) a1 = NULL;
    g_autoptr(DeckAccount) a2 = NULL;

    deck_client_patch_account_async (client, email, json_node_get_object (changes), NULL,
                                     deck_test_store_result, &patched);
    typed_wait (&patched);
    a1 = deck_client_patch_account_finish (client, patched, &error);
    typed_check ("patch", a1 != NULL, error);
    g_clear_error (&error);

    deck_client_create_account_async (client, json_node_get_object (fields), NULL,
                                      deck_test_store_result, &created);
    typed_wait (&created);
    a2 = deck_client_create_account_finish (client, created, &error);
    typed_check ("create", a2 != NULL, error);
    g_clear_error (&error);

    deck_client_delete_account_async (client, "typed.contract@example.org", NULL,
                                      deck_test_store_result, &deleted);
    typed_wait (&deleted);
    typed_check ("delete", deck_client_delete_account_finish (client, deleted, &error), error);
    g_clear_error (&error);
  }

  {
    g_autoptr(GAsyncResult) result = NULL;
    g_auto(GStrv) paused = NULL;
    g_auto(GStrv) failed = NULL;

    deck_client_pause_accounts_async (client, batch, NULL, deck_test_store_result, &result);
    typed_wait (&result);
    typed_check ("bulk pause",
                 deck_client_pause_accounts_finish (client, result, &paused, &failed, &error), error);
    g_clear_error (&error);
  }

  /* Warmup on, then off again, each followed to its end. */
  for (guint k = 0; k < 2; k++)
    {
      gboolean enable = k == 0;
      g_autoptr(GAsyncResult) started = NULL;
      g_autoptr(GAsyncResult) followed = NULL;
      g_autoptr(DeckBackgroundJob) job = NULL;

      deck_client_set_warmup_async (client, one, enable, NULL, deck_test_store_result, &started);
      typed_wait (&started);
      job = deck_client_set_warmup_finish (client, started, &error);
      typed_check ("set warmup", job != NULL, error);
      g_clear_error (&error);
      if (job == NULL)
        break;

      deck_client_follow_job_async (client, job, JOB_POLL_INTERVAL_MS, NULL, deck_test_store_result, &followed);
      deck_test_wait_result (&followed, CALL_TIMEOUT_MS * 2);
      typed_check ("follow job", deck_client_follow_job_finish (client, followed, &error), error);
      g_clear_error (&error);
    }

  {
    g_autoptr(GAsyncResult) vitals_result = NULL;
    g_autoptr(GAsyncResult) ctd_result = NULL;
    g_autoptr(GAsyncResult) analytics_result = NULL;
    g_autoptr(GPtrArray) vitals = NULL;
    g_autoptr(DeckCtdStatus) ctd = NULL;
    g_autoptr(GPtrArray) analytics = NULL;

    deck_client_test_vitals_async (client, batch, NULL, deck_test_store_result, &vitals_result);
    typed_wait (&vitals_result);
    vitals = deck_client_test_vitals_finish (client, vitals_result, &error);
    typed_check ("vitals", vitals != NULL, error);
    g_clear_error (&error);

    deck_client_get_ctd_status_async (client, "track.example.com", NULL, deck_test_store_result, &ctd_result);
    typed_wait (&ctd_result);
    ctd = deck_client_get_ctd_status_finish (client, ctd_result, &error);
    typed_check ("ctd status", ctd != NULL, error);
    g_clear_error (&error);

    deck_client_get_warmup_analytics_async (client, batch, NULL, deck_test_store_result, &analytics_result);
    typed_wait (&analytics_result);
    analytics = deck_client_get_warmup_analytics_finish (client, analytics_result, &error);
    typed_check ("warmup analytics", analytics != NULL, error);
    if (analytics != NULL && analytics->len != 3)
      report_failure ("warmup analytics: %u results for 3 emails", analytics->len);
    g_clear_error (&error);
  }

  {
    g_autoptr(DeckPager) pager = deck_client_list_custom_tags (client);
    g_autoptr(GAsyncResult) listed = NULL;
    g_autoptr(GAsyncResult) created = NULL;

    deck_pager_load_async (pager, NULL, deck_test_store_result, &listed);
    typed_wait (&listed);
    typed_check ("list custom tags", deck_pager_load_finish (pager, listed, &error), error);
    g_clear_error (&error);

    deck_client_create_custom_tag_async (client, "Typed contract tag", "Made by the contract test", NULL,
                                         deck_test_store_result, &created);
    typed_wait (&created);
    tag = deck_client_create_custom_tag_finish (client, created, &error);
    typed_check ("create custom tag", tag != NULL, error);
    g_clear_error (&error);
  }

  if (tag != NULL)
    {
      const char *tag_ids[] = { deck_custom_tag_get_id (tag), NULL };
      g_autoptr(GAsyncResult) updated = NULL;
      g_autoptr(GAsyncResult) assigned = NULL;
      g_autoptr(GAsyncResult) removed = NULL;
      g_autoptr(GAsyncResult) deleted = NULL;
      g_autoptr(DeckCustomTag) renamed = NULL;

      deck_client_update_custom_tag_async (client, tag_ids[0], "Typed contract tag, renamed", NULL, NULL,
                                           deck_test_store_result, &updated);
      typed_wait (&updated);
      renamed = deck_client_update_custom_tag_finish (client, updated, &error);
      typed_check ("update custom tag", renamed != NULL, error);
      g_clear_error (&error);

      deck_client_tag_accounts_async (client, tag_ids, batch, TRUE, NULL, deck_test_store_result, &assigned);
      typed_wait (&assigned);
      typed_check ("assign tag", deck_client_tag_accounts_finish (client, assigned, &error), error);
      g_clear_error (&error);

      deck_client_tag_accounts_async (client, tag_ids, batch, FALSE, NULL, deck_test_store_result, &removed);
      typed_wait (&removed);
      typed_check ("remove tag", deck_client_tag_accounts_finish (client, removed, &error), error);
      g_clear_error (&error);

      deck_client_delete_custom_tag_async (client, tag_ids[0], NULL, deck_test_store_result, &deleted);
      typed_wait (&deleted);
      typed_check ("delete custom tag", deck_client_delete_custom_tag_finish (client, deleted, &error), error);
      g_clear_error (&error);
    }

  check_client_window (start, REQUEST_VALID, "the typed account calls", 20);

  /* Refusals in the spec's own terms: valid requests, error replies. */
  start = log_offset ();
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(DeckAccount) account = NULL;

    deck_client_account_action_async (client, "nobody@nowhere.invalid", DECK_ACCOUNT_ACTION_PAUSE, NULL,
                                      deck_test_store_result, &result);
    typed_wait (&result);
    account = deck_client_account_action_finish (client, result, &error);
    if (!g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND))
      report_failure ("typed pause of an unknown account: expected not-found, got %s",
                      error != NULL ? error->message : "success");
    g_clear_error (&error);
  }
  check_client_window (start, REQUEST_VALID, "the typed refusals", 1);

  /* An intended negative case: a PATCH outside the spec's range. */
  start = log_offset ();
  {
    g_autoptr(JsonNode) changes = json_from_string ("{\"sending_gap\":2000}", NULL);
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(DeckAccount) account = NULL;

    deck_client_patch_account_async (client, email, json_node_get_object (changes), NULL,
                                     deck_test_store_result, &result);
    typed_wait (&result);
    account = deck_client_patch_account_finish (client, result, &error);
    if (!g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_INVALID))
      report_failure ("typed PATCH sending_gap 2000: expected invalid, got %s",
                      error != NULL ? error->message : "success");
    g_clear_error (&error);
  }
  check_client_window (start, REQUEST_INVALID, "the typed PATCH with sending_gap 2000", 1);
}

/* The campaign and subsequence client (deck-client-campaigns.h,
 * deck-client-subsequences.h) through Prism: every typed call once. */

#define CONTRACT_SEARCH_LEAD "ava.muller@northwind-traders.com"

static DeckCampaign *
typed_campaign (DeckClient    *client,
                const char    *what,
                GAsyncResult **result,
                DeckCampaign *(*finish) (DeckClient *, GAsyncResult *, GError **))
{
  g_autoptr(GError) error = NULL;
  DeckCampaign *campaign;

  typed_wait (result);
  campaign = finish (client, *result, &error);
  typed_check (what, campaign != NULL, error);
  g_clear_object (result);
  return campaign;
}

static DeckSubsequence *
typed_subsequence (DeckClient    *client,
                   const char    *what,
                   GAsyncResult **result,
                   DeckSubsequence *(*finish) (DeckClient *, GAsyncResult *, GError **))
{
  g_autoptr(GError) error = NULL;
  DeckSubsequence *subsequence;

  typed_wait (result);
  subsequence = finish (client, *result, &error);
  typed_check (what, subsequence != NULL, error);
  g_clear_object (result);
  return subsequence;
}

static void
test_client_typed_campaigns (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckCampaignDraft) draft = NULL;
  g_autoptr(JsonObject) create_body = NULL;
  g_autoptr(DeckCampaign) campaign = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  const char *senders[2];
  const char *id;
  goffset start;

  if (!setup ())
    return;

  client = client_new (NULL);
  senders[0] = seed_email (MOCK_ACCOUNTS_READ);
  senders[1] = NULL;

  /* A campaign as the editor builds it. */
  draft = deck_campaign_draft_new (NULL);
  html = deck_campaign_body_from_text ("Hi {{firstName}},\n\nA short note about {{companyName}}.");
  deck_campaign_draft_set_name (draft, "Typed contract campaign");
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, 0, 0, "{Hi|Hello} {{firstName}}");
  deck_campaign_draft_set_body (draft, 0, 0, html);
  deck_campaign_draft_add_variant (draft, 0);
  deck_campaign_draft_set_subject (draft, 0, 1, "Quick question");
  deck_campaign_draft_set_body (draft, 0, 1, html);
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_step_delay (draft, 1, 36, "hours");
  deck_campaign_draft_set_body (draft, 1, 0, "<div>Following up.</div>");
  deck_campaign_draft_add_schedule (draft, "America/Chicago");
  deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  deck_campaign_draft_set_dates (draft, "2026-01-05", NULL);
  deck_campaign_draft_set_senders (draft, senders);
  deck_campaign_draft_set_boolean (draft, "stop_on_reply", TRUE);
  deck_campaign_draft_set_number (draft, "daily_limit", 40);
  create_body = deck_campaign_draft_dup_create_body (draft);

  start = log_offset ();

  {
    GAsyncResult *result = NULL;

    deck_client_create_campaign_async (client, create_body, NULL, deck_test_store_result, &result);
    campaign = typed_campaign (client, "create campaign", &result, deck_client_create_campaign_finish);
  }
  if (campaign == NULL)
    return;
  id = deck_campaign_get_id (campaign);

  {
    g_autoptr(DeckPager) pager = deck_client_list_campaigns (client, "contract", -1, NULL);
    g_autoptr(DeckPager) by_status = deck_client_list_campaigns (client, NULL, DECK_CAMPAIGN_STATUS_DRAFT, NULL);
    g_autoptr(GAsyncResult) listed = NULL;
    g_autoptr(GAsyncResult) listed_status = NULL;

    deck_pager_load_async (pager, NULL, deck_test_store_result, &listed);
    typed_wait (&listed);
    typed_check ("list campaigns", deck_pager_load_finish (pager, listed, &error), error);
    g_clear_error (&error);

    deck_pager_load_async (by_status, NULL, deck_test_store_result, &listed_status);
    typed_wait (&listed_status);
    typed_check ("list campaigns by status", deck_pager_load_finish (by_status, listed_status, &error), error);
    g_clear_error (&error);
  }

  {
    GAsyncResult *result = NULL;
    g_autoptr(DeckCampaign) fetched = NULL;
    g_autoptr(DeckCampaign) patched = NULL;
    g_autoptr(DeckCampaignDraft) edit = NULL;
    g_autoptr(JsonObject) changes = NULL;

    deck_client_get_campaign_async (client, id, NULL, deck_test_store_result, &result);
    fetched = typed_campaign (client, "get campaign", &result, deck_client_get_campaign_finish);

    if (fetched != NULL)
      {
        edit = deck_campaign_draft_new (fetched);
        deck_campaign_draft_set_schedule_times (edit, 1, "08:00", "12:30");
        deck_campaign_draft_set_boolean (edit, "text_only", TRUE);
        deck_campaign_draft_set_member (edit, "daily_max_leads", NULL);
        changes = deck_campaign_draft_dup_patch (edit);
        result = NULL;
        deck_client_patch_campaign_async (client, id, changes, NULL, deck_test_store_result, &result);
        patched = typed_campaign (client, "patch campaign", &result, deck_client_patch_campaign_finish);
      }
  }

  {
    static const DeckCampaignAction actions[] = { DECK_CAMPAIGN_ACTION_ACTIVATE, DECK_CAMPAIGN_ACTION_PAUSE };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        GAsyncResult *result = NULL;
        g_autoptr(DeckCampaign) after = NULL;

        deck_client_campaign_action_async (client, id, actions[i], NULL, deck_test_store_result, &result);
        after = typed_campaign (client, "campaign action", &result, deck_client_campaign_action_finish);
      }
  }

  {
    GAsyncResult *result = NULL;
    g_autoptr(GAsyncResult) exported = NULL;
    g_autoptr(GAsyncResult) shared = NULL;
    g_autoptr(GAsyncResult) status = NULL;
    g_autoptr(GAsyncResult) found = NULL;
    g_autoptr(GAsyncResult) figures = NULL;
    g_autoptr(DeckCampaign) copy = NULL;
    g_autoptr(DeckCampaign) default_copy = NULL;
    g_autoptr(DeckCampaign) imported = NULL;
    g_autoptr(JsonObject) export = NULL;
    g_autoptr(JsonObject) sending = NULL;
    g_autoptr(GPtrArray) campaigns = NULL;
    g_autoptr(JsonArray) analytics = NULL;
    const char *ids[3] = { id, NULL, NULL };

    deck_client_duplicate_campaign_async (client, id, "Typed contract copy", NULL, deck_test_store_result, &result);
    copy = typed_campaign (client, "duplicate campaign", &result, deck_client_duplicate_campaign_finish);
    result = NULL;
    deck_client_duplicate_campaign_async (client, id, NULL, NULL, deck_test_store_result, &result);
    default_copy = typed_campaign (client, "duplicate campaign without a name", &result,
                                   deck_client_duplicate_campaign_finish);

    deck_client_export_campaign_async (client, id, NULL, deck_test_store_result, &exported);
    typed_wait (&exported);
    export = deck_client_export_campaign_finish (client, exported, &error);
    typed_check ("export campaign", export != NULL, error);
    g_clear_error (&error);

    deck_client_share_campaign_async (client, id, NULL, deck_test_store_result, &shared);
    typed_wait (&shared);
    typed_check ("share campaign", deck_client_share_campaign_finish (client, shared, &error), error);
    g_clear_error (&error);

    result = NULL;
    deck_client_import_shared_campaign_async (client, id, NULL, deck_test_store_result, &result);
    imported = typed_campaign (client, "import shared campaign", &result, deck_client_import_shared_campaign_finish);

    deck_client_get_sending_status_async (client, id, NULL, deck_test_store_result, &status);
    typed_wait (&status);
    sending = deck_client_get_sending_status_finish (client, status, &error);
    typed_check ("campaign sending status", sending != NULL, error);
    g_clear_error (&error);

    deck_client_search_campaigns_by_contact_async (client, CONTRACT_SEARCH_LEAD, NULL, deck_test_store_result, &found);
    typed_wait (&found);
    campaigns = deck_client_search_campaigns_by_contact_finish (client, found, &error);
    typed_check ("search campaigns by contact", campaigns != NULL, error);
    g_clear_error (&error);

    if (copy != NULL)
      ids[1] = deck_campaign_get_id (copy);
    deck_client_get_campaigns_analytics_async (client, ids, "2026-01-01", "2026-03-31", NULL,
                                               deck_test_store_result, &figures);
    typed_wait (&figures);
    analytics = deck_client_get_campaigns_analytics_finish (client, figures, &error);
    typed_check ("campaign analytics", analytics != NULL, error);
    g_clear_error (&error);
  }

  {
    g_autofree char *json = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Typed openers\","
                                             "\"conditions\":{\"lead_activity\":[2],\"crm_status\":[1]}}", id);
    g_autoptr(JsonNode) body = json_from_string (json, NULL);
    g_autoptr(DeckSubsequence) subsequence = NULL;
    GAsyncResult *result = NULL;

    deck_client_create_subsequence_async (client, json_node_get_object (body), NULL, deck_test_store_result, &result);
    subsequence = typed_subsequence (client, "create subsequence", &result, deck_client_create_subsequence_finish);

    if (subsequence != NULL)
      {
        const char *sub_id = deck_subsequence_get_id (subsequence);
        g_autoptr(DeckPager) pager = deck_client_list_subsequences (client, id, NULL);
        g_autoptr(GAsyncResult) listed = NULL;
        g_autoptr(GAsyncResult) status = NULL;
        g_autoptr(GAsyncResult) deleted = NULL;
        g_autoptr(DeckSubsequence) fetched = NULL;
        g_autoptr(DeckSubsequence) patched = NULL;
        g_autoptr(DeckSubsequence) paused = NULL;
        g_autoptr(DeckSubsequence) resumed = NULL;
        g_autoptr(DeckSubsequence) copy = NULL;
        g_autoptr(JsonObject) changes = json_object_new ();
        g_autoptr(JsonObject) sending = NULL;

        deck_pager_load_async (pager, NULL, deck_test_store_result, &listed);
        typed_wait (&listed);
        typed_check ("list subsequences", deck_pager_load_finish (pager, listed, &error), error);
        g_clear_error (&error);

        result = NULL;
        deck_client_get_subsequence_async (client, sub_id, NULL, deck_test_store_result, &result);
        fetched = typed_subsequence (client, "get subsequence", &result, deck_client_get_subsequence_finish);

        json_object_set_string_member (changes, "name", "Typed openers, renamed");
        result = NULL;
        deck_client_patch_subsequence_async (client, sub_id, changes, NULL, deck_test_store_result, &result);
        patched = typed_subsequence (client, "patch subsequence", &result, deck_client_patch_subsequence_finish);

        result = NULL;
        deck_client_subsequence_action_async (client, sub_id, DECK_SUBSEQUENCE_ACTION_PAUSE, NULL,
                                              deck_test_store_result, &result);
        paused = typed_subsequence (client, "pause subsequence", &result, deck_client_subsequence_action_finish);
        result = NULL;
        deck_client_subsequence_action_async (client, sub_id, DECK_SUBSEQUENCE_ACTION_RESUME, NULL,
                                              deck_test_store_result, &result);
        resumed = typed_subsequence (client, "resume subsequence", &result, deck_client_subsequence_action_finish);

        result = NULL;
        deck_client_duplicate_subsequence_async (client, sub_id, id, "Typed openers, copy", NULL,
                                                 deck_test_store_result, &result);
        copy = typed_subsequence (client, "duplicate subsequence", &result, deck_client_duplicate_subsequence_finish);

        deck_client_get_subsequence_sending_status_async (client, sub_id, NULL, deck_test_store_result, &status);
        typed_wait (&status);
        sending = deck_client_get_subsequence_sending_status_finish (client, status, &error);
        typed_check ("subsequence sending status", sending != NULL, error);
        g_clear_error (&error);

        deck_client_delete_subsequence_async (client, sub_id, NULL, deck_test_store_result, &deleted);
        typed_wait (&deleted);
        typed_check ("delete subsequence", deck_client_delete_subsequence_finish (client, deleted, &error), error);
        g_clear_error (&error);
      }
  }

  {
    g_autoptr(GAsyncResult) deleted = NULL;

    deck_client_delete_campaign_async (client, id, NULL, deck_test_store_result, &deleted);
    typed_wait (&deleted);
    typed_check ("delete campaign", deck_client_delete_campaign_finish (client, deleted, &error), error);
    g_clear_error (&error);
  }

  check_client_window (start, REQUEST_VALID, "the typed campaign calls", 25);

  /* An intended negative case: a timezone outside the spec's closed list; the 400
   * names the field. */
  start = log_offset ();
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(DeckCampaign) refused = NULL;
    g_autofree char *field = NULL;

    deck_campaign_draft_set_schedule_timezone (draft, 0, "America/New_York");
    g_clear_pointer (&create_body, json_object_unref);
    create_body = deck_campaign_draft_dup_create_body (draft);
    deck_client_create_campaign_async (client, create_body, NULL, deck_test_store_result, &result);
    typed_wait (&result);
    refused = deck_client_create_campaign_finish (client, result, &error);
    field = deck_campaign_error_field (error);
    if (!g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_INVALID) ||
        g_strcmp0 (field, "campaign_schedule") != 0)
      report_failure ("typed create with America/New_York: expected invalid campaign_schedule, got %s (%s)",
                      error != NULL ? error->message : "success", field != NULL ? field : "no field");
    g_clear_error (&error);
  }
  check_client_window (start, REQUEST_INVALID, "the typed create with America/New_York", 1);
}

/* The subsequence editor's save (deck-campaign-editor.h in subsequence mode): a draft
 * of a subsequence with its conditions, schedule and sequence edited gives a PATCH of
 * exactly those members, which must be what the spec accepts. */
static void
test_client_subsequence_editor (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckCampaign) campaign = NULL;
  g_autoptr(DeckSubsequence) subsequence = NULL;
  g_autoptr(DeckSubsequence) patched = NULL;
  g_autoptr(DeckCampaignDraft) draft = NULL;
  g_autoptr(JsonObject) patch = NULL;
  g_autoptr(JsonNode) campaign_body = json_from_string ("{\"name\":\"Contract editor parent\","
                                                        "\"campaign_schedule\":" CONTRACT_SCHEDULE "}", NULL);
  g_autoptr(JsonNode) mode = json_node_init_string (json_node_alloc (), "custom");
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) sub_body = NULL;
  GAsyncResult *result = NULL;
  goffset start;

  if (!setup ())
    return;

  client = client_new (NULL);
  start = log_offset ();

  deck_client_create_campaign_async (client, json_node_get_object (campaign_body), NULL, deck_test_store_result, &result);
  campaign = typed_campaign (client, "create the editor's parent campaign", &result, deck_client_create_campaign_finish);
  if (campaign == NULL)
    return;

  text = g_strdup_printf ("{\"parent_campaign\":\"%s\",\"name\":\"Contract editor subsequence\","
                          "\"conditions\":{\"lead_activity\":[2]},\"sequences\":" CONTRACT_SEQUENCES "}",
                          deck_campaign_get_id (campaign));
  sub_body = json_from_string (text, NULL);
  result = NULL;
  deck_client_create_subsequence_async (client, json_node_get_object (sub_body), NULL, deck_test_store_result, &result);
  subsequence = typed_subsequence (client, "create the edited subsequence", &result, deck_client_create_subsequence_finish);
  if (subsequence == NULL)
    return;

  draft = deck_campaign_draft_new_for_subsequence (subsequence);
  deck_campaign_draft_set_condition (draft, "crm_status", 1, TRUE);
  deck_campaign_draft_set_condition (draft, "crm_status", -4, TRUE);
  deck_campaign_draft_set_reply_contains (draft, "pricing");
  if (deck_campaign_draft_get_n_schedules (draft) == 0)
    deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  deck_campaign_draft_set_schedule_times (draft, 0, "10:00", "16:30");
  deck_campaign_draft_set_dates (draft, "2026-02-01", "2026-03-01");
  deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, deck_campaign_draft_get_n_steps (draft) - 1, 0, "One more thing");
  deck_campaign_draft_set_body (draft, deck_campaign_draft_get_n_steps (draft) - 1, 0, "<div>Still there?</div>");
  deck_campaign_draft_set_member (draft, "daily_limit_mode", mode);
  deck_campaign_draft_set_number (draft, "daily_limit", 25);
  patch = deck_campaign_draft_dup_patch (draft);

  result = NULL;
  deck_client_patch_subsequence_async (client, deck_subsequence_get_id (subsequence), patch, NULL,
                                       deck_test_store_result, &result);
  patched = typed_subsequence (client, "the subsequence editor's PATCH", &result, deck_client_patch_subsequence_finish);

  check_client_window (start, REQUEST_VALID, "the subsequence editor's save", 3);
}

/* A new subsequence as the editor creates it (deck_campaign_draft_new_subsequence ->
 * dup_create_body): the POST /subsequences body must be valid for the spec. */
static void
test_client_subsequence_editor_create (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckCampaign) campaign = NULL;
  g_autoptr(DeckSubsequence) created = NULL;
  g_autoptr(DeckCampaignDraft) draft = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) campaign_body = json_from_string ("{\"name\":\"Contract new-subsequence parent\","
                                                        "\"campaign_schedule\":" CONTRACT_SCHEDULE "}", NULL);
  GAsyncResult *result = NULL;
  goffset start;
  guint step;

  if (!setup ())
    return;

  client = client_new (NULL);
  start = log_offset ();

  deck_client_create_campaign_async (client, json_node_get_object (campaign_body), NULL, deck_test_store_result, &result);
  campaign = typed_campaign (client, "create the new subsequence's parent campaign", &result,
                             deck_client_create_campaign_finish);
  if (campaign == NULL)
    return;

  draft = deck_campaign_draft_new_subsequence (deck_campaign_get_id (campaign));
  deck_campaign_draft_add_schedule (draft, "Europe/Belgrade");
  deck_campaign_draft_set_schedule_times (draft, 0, "10:00", "16:30");
  deck_campaign_draft_set_name (draft, "Contract new subsequence");
  deck_campaign_draft_set_condition (draft, "lead_activity", 4, TRUE);
  deck_campaign_draft_set_condition (draft, "crm_status", -1, TRUE);
  deck_campaign_draft_set_reply_contains (draft, "pricing");
  step = deck_campaign_draft_add_step (draft);
  deck_campaign_draft_set_subject (draft, step, 0, "Saw you clicked");
  deck_campaign_draft_set_body (draft, step, 0, "<div>Any questions?</div>");
  deck_campaign_draft_add_variant (draft, step);
  deck_campaign_draft_set_subject (draft, step, 1, "Quick follow-up");
  deck_campaign_draft_set_body (draft, step, 1, "<div>Still interested?</div>");
  body = deck_campaign_draft_dup_create_body (draft);

  result = NULL;
  deck_client_create_subsequence_async (client, body, NULL, deck_test_store_result, &result);
  created = typed_subsequence (client, "the subsequence editor's POST", &result, deck_client_create_subsequence_finish);

  check_client_window (start, REQUEST_VALID, "the subsequence editor's create", 2);
}

/* The analytics client (deck-client-analytics.c), one case per endpoint. */

static GPtrArray *
typed_analytics (DeckClient    *client,
                 const char    *what,
                 GAsyncResult **result,
                 GPtrArray   *(*finish) (DeckClient *, GAsyncResult *, GError **))
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  typed_wait (result);
  list = finish (client, *result, &error);
  typed_check (what, list != NULL, error);
  g_clear_object (result);
  return list;
}

static void
test_client_analytics_overview (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckAnalyticsFigures) overview = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);
  start = log_offset ();
  deck_client_get_analytics_overview_async (client, NULL, "2025-10-04", "2025-11-02", 1, NULL,
                                            deck_test_store_result, &result);
  typed_wait (&result);
  overview = deck_client_get_analytics_overview_finish (client, result, &error);
  typed_check ("analytics overview", overview != NULL, error);
  g_clear_object (&result);
  check_client_window (start, REQUEST_VALID, "the analytics overview", 1);
}

static void
test_client_analytics_campaign_daily (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GPtrArray) days = NULL;
  GAsyncResult *result = NULL;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);
  start = log_offset ();
  deck_client_get_daily_campaign_analytics_async (client, NULL, "2025-10-04", "2025-11-02", DECK_ANALYTICS_ANY_STATUS,
                                                  NULL, deck_test_store_result, &result);
  days = typed_analytics (client, "daily campaign analytics", &result, deck_client_get_daily_campaign_analytics_finish);
  check_client_window (start, REQUEST_VALID, "the daily campaign analytics", 1);
}

static void
test_client_analytics_campaigns (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GPtrArray) campaigns = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GAsyncResult *result = NULL;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);
  start = log_offset ();
  deck_client_list_campaign_analytics_async (client, NULL, "2025-10-04", "2025-11-02", NULL,
                                             deck_test_store_result, &result);
  campaigns = typed_analytics (client, "campaign analytics", &result, deck_client_list_campaign_analytics_finish);
  check_client_window (start, REQUEST_VALID, "the campaign analytics", 1);
  if (campaigns == NULL || campaigns->len == 0)
    return;

  start = log_offset ();
  deck_client_get_campaign_steps_analytics_async (client,
                                                  deck_analytics_figures_get_campaign_id (g_ptr_array_index (campaigns, 0)),
                                                  "2025-10-04", "2025-11-02", NULL, deck_test_store_result, &result);
  steps = typed_analytics (client, "step analytics", &result, deck_client_get_campaign_steps_analytics_finish);
  check_client_window (start, REQUEST_VALID, "the step analytics", 1);
}

static void
test_client_analytics_account_daily (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) emails = g_ptr_array_new ();
  GAsyncResult *result = NULL;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);
  for (guint i = 0; i < harness.emails->len; i++)
    g_ptr_array_add (emails, g_ptr_array_index (harness.emails, i));
  g_ptr_array_add (emails, NULL);

  /* More than 200 accounts over more than 31 days: four requests. */
  start = log_offset ();
  deck_client_get_daily_account_analytics_async (client, (const char * const *) emails->pdata,
                                                 "2025-09-01", "2025-10-10", NULL, deck_test_store_result, &result);
  days = typed_analytics (client, "daily account analytics", &result, deck_client_get_daily_account_analytics_finish);
  check_client_window (start, REQUEST_VALID, "the split daily account analytics", 4);
}

static void
test_client_block_list (void)
{
  const char * const values[] = { "contract-block@example.org", "contract-block.example", NULL };
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckPager) pager = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  const char *single[2] = { NULL, NULL };
  GAsyncResult *result = NULL;
  guint valid = 0, deleted = 0;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);

  /* List (filtered), bulk-create, download (CSV), bulk-delete, DELETE one. */
  start = log_offset ();
  pager = deck_client_list_block_list (client, "example", TRUE);
  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  typed_wait (&result);
  typed_check ("list the block list", deck_pager_load_finish (pager, result, &error), error);
  g_clear_object (&result);
  g_clear_error (&error);

  deck_client_add_block_list_entries_async (client, values, NULL, deck_test_store_result, &result);
  typed_wait (&result);
  entries = deck_client_add_block_list_entries_finish (client, result, &valid, NULL, &error);
  typed_check ("add to the block list", entries != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  deck_client_download_block_list_async (client, NULL, deck_test_store_result, &result);
  typed_wait (&result);
  csv = deck_client_download_block_list_finish (client, result, &error);
  typed_check ("download the block list", csv != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  if (entries != NULL && entries->len == 2)
    {
      g_strv_builder_add (builder, deck_block_list_entry_get_id (g_ptr_array_index (entries, 0)));
      g_strv_builder_add (builder, deck_block_list_entry_get_id (g_ptr_array_index (entries, 1)));
      ids = g_strv_builder_end (builder);

      /* Two ids go through bulk-delete; then one more (already gone) through DELETE. */
      deck_client_delete_block_list_entries_async (client, (const char * const *) ids, NULL,
                                                   deck_test_store_result, &result);
      typed_wait (&result);
      typed_check ("bulk-delete block list entries",
                   deck_client_delete_block_list_entries_finish (client, result, &deleted, &error), error);
      g_clear_object (&result);
      g_clear_error (&error);

      entries = (g_ptr_array_unref (entries), NULL);
      deck_client_add_block_list_entries_async (client, values, NULL, deck_test_store_result, &result);
      typed_wait (&result);
      entries = deck_client_add_block_list_entries_finish (client, result, NULL, NULL, &error);
      g_clear_object (&result);
      g_clear_error (&error);
      if (entries != NULL && entries->len > 0)
        {
          single[0] = deck_block_list_entry_get_id (g_ptr_array_index (entries, 0));
          deck_client_delete_block_list_entries_async (client, single, NULL, deck_test_store_result, &result);
          typed_wait (&result);
          typed_check ("delete one block list entry",
                       deck_client_delete_block_list_entries_finish (client, result, &deleted, &error), error);
          g_clear_object (&result);
        }
    }

  check_client_window (start, REQUEST_VALID, "the block list calls", 6);
}

/* Leads, lead lists, lead labels and background jobs: every request the typed lead
 * client sends, and every answer the mock gives to it, against the spec. */

static gboolean
contract_pager (DeckPager  *pager,
                const char *what)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  deck_pager_load_async (pager, NULL, deck_test_store_result, &result);
  deck_test_wait_result (&result, CALL_TIMEOUT_MS * 4);
  ok = deck_pager_load_finish (pager, result, &error);
  typed_check (what, ok, error);
  return ok;
}

static void
test_client_leads (void)
{
  g_autoptr(DeckClient) client = NULL;
  g_autoptr(DeckLeadQuery) query = deck_lead_query_new ();
  g_autoptr(DeckPager) leads = NULL;
  g_autoptr(DeckPager) lists = NULL;
  g_autoptr(DeckPager) labels = NULL;
  g_autoptr(DeckPager) jobs = NULL;
  g_autoptr(DeckLeadList) list = NULL;
  g_autoptr(DeckLeadList) renamed = NULL;
  g_autoptr(DeckLeadLabel) label = NULL;
  g_autoptr(DeckLeadLabel) patched_label = NULL;
  g_autoptr(DeckLead) created = NULL;
  g_autoptr(DeckLead) got = NULL;
  g_autoptr(DeckLead) patched = NULL;
  g_autoptr(DeckLeadAddResult) added = NULL;
  g_autoptr(DeckBackgroundJob) job = NULL;
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autoptr(JsonObject) custom = json_object_new ();
  g_autoptr(JsonObject) label_body = json_object_new ();
  g_autoptr(JsonObject) label_changes = json_object_new ();
  g_autoptr(JsonArray) batch = json_array_new ();
  g_autoptr(GError) error = NULL;
  DeckLeadListStats stats;
  GAsyncResult *result = NULL;
  guint64 count = 0;
  goffset start;

  if (!setup ())
    return;
  client = client_new (NULL);

  start = log_offset ();

  /* Lists, each with a filter. */
  query->search = g_strdup ("a");
  query->in_list = TRUE;
  leads = deck_client_list_leads (client, query);
  contract_pager (leads, "list leads");
  lists = deck_client_list_lead_lists (client, "a");
  contract_pager (lists, "list lead lists");
  labels = deck_client_list_lead_labels (client);
  contract_pager (labels, "list lead labels");

  /* A list of our own, its stats, a label. */
  deck_client_create_lead_list_async (client, "Contract list", NULL, deck_test_store_result, &result);
  typed_wait (&result);
  list = deck_client_create_lead_list_finish (client, result, &error);
  typed_check ("create a lead list", list != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);
  if (list == NULL)
    return;

  deck_client_rename_lead_list_async (client, deck_lead_list_get_id (list), "Contract list 2", NULL,
                                      deck_test_store_result, &result);
  typed_wait (&result);
  renamed = deck_client_rename_lead_list_finish (client, result, &error);
  typed_check ("rename a lead list", renamed != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  json_object_set_string_member (label_body, "label", "Contract label");
  json_object_set_string_member (label_body, "interest_status_label", "neutral");
  deck_client_create_lead_label_async (client, label_body, NULL, deck_test_store_result, &result);
  typed_wait (&result);
  label = deck_client_create_lead_label_finish (client, result, &error);
  typed_check ("create a lead label", label != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  /* One lead: create, read, change. */
  json_object_set_string_member (body, "list_id", deck_lead_list_get_id (list));
  json_object_set_string_member (body, "email", "contract.lead@example.org");
  json_object_set_string_member (body, "first_name", "Contract");
  json_object_set_string_member (custom, "plan", "gold");
  json_object_set_int_member (custom, "seats", 3);
  json_object_set_object_member (body, "custom_variables", json_object_ref (custom));
  deck_client_create_lead_async (client, body, NULL, deck_test_store_result, &result);
  typed_wait (&result);
  created = deck_client_create_lead_finish (client, result, &error);
  typed_check ("create a lead", created != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  if (created != NULL)
    {
      deck_client_get_lead_async (client, deck_lead_get_id (created), NULL, deck_test_store_result, &result);
      typed_wait (&result);
      got = deck_client_get_lead_finish (client, result, &error);
      typed_check ("get a lead", got != NULL, error);
      g_clear_object (&result);
      g_clear_error (&error);

      json_object_set_string_member (changes, "job_title", "Tester");
      json_object_set_int_member (changes, "lt_interest_status", 1);
      deck_client_patch_lead_async (client, deck_lead_get_id (created), changes, NULL,
                                    deck_test_store_result, &result);
      typed_wait (&result);
      patched = deck_client_patch_lead_finish (client, result, &error);
      typed_check ("patch a lead", patched != NULL, error);
      g_clear_object (&result);
      g_clear_error (&error);

      deck_client_update_interest_status_async (client, "contract.lead@example.org", DECK_LEAD_INTEREST_NONE,
                                                NULL, deck_lead_list_get_id (list), NULL,
                                                deck_test_store_result, &result);
      typed_wait (&result);
      typed_check ("update the interest status",
                   deck_client_update_interest_status_finish (client, result, &error), error);
      g_clear_object (&result);
      g_clear_error (&error);
    }

  /* Many leads, then a move (a background job) and a bulk delete. */
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *lead = json_object_new ();
      g_autofree char *email = g_strdup_printf ("contract.batch%u@example.org", i);

      json_object_set_string_member (lead, "email", email);
      json_array_add_object_element (batch, lead);
    }
  deck_client_add_leads_async (client, NULL, deck_lead_list_get_id (list), batch,
                               DECK_LEAD_ADD_SKIP_IF_IN_LIST, NULL, NULL, NULL,
                               deck_test_store_result, &result);
  typed_wait (&result);
  added = deck_client_add_leads_finish (client, result, NULL, &error);
  typed_check ("add leads", added != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  g_clear_pointer (&query->search, g_free);
  query->in_list = FALSE;
  query->list_id = g_strdup (deck_lead_list_get_id (list));
  deck_client_move_leads_async (client, query, NULL, deck_lead_list_get_id (list), TRUE, NULL,
                                deck_test_store_result, &result);
  typed_wait (&result);
  job = deck_client_move_leads_finish (client, result, &error);
  typed_check ("move leads", job != NULL, error);
  g_clear_object (&result);
  g_clear_error (&error);

  jobs = deck_client_list_background_jobs (client, "pending,in-progress,success");
  contract_pager (jobs, "list background jobs");

  deck_client_delete_leads_async (client, NULL, deck_lead_list_get_id (list), NULL, 0, NULL,
                                  deck_test_store_result, &result);
  typed_wait (&result);
  typed_check ("delete the leads of a list",
               deck_client_delete_leads_finish (client, result, &count, &error), error);
  g_clear_object (&result);
  g_clear_error (&error);

  deck_client_get_lead_list_stats_async (client, deck_lead_list_get_id (list), NULL,
                                         deck_test_store_result, &result);
  typed_wait (&result);
  typed_check ("lead list stats",
               deck_client_get_lead_list_stats_finish (client, result, &stats, &error), error);
  g_clear_object (&result);
  g_clear_error (&error);

  if (label != NULL)
    {
      json_object_set_boolean_member (label_changes, "use_with_ai", TRUE);
      deck_client_patch_lead_label_async (client, deck_lead_label_get_id (label), label_changes, NULL,
                                          deck_test_store_result, &result);
      typed_wait (&result);
      patched_label = deck_client_patch_lead_label_finish (client, result, &error);
      typed_check ("patch a lead label", patched_label != NULL, error);
      g_clear_object (&result);
      g_clear_error (&error);

      deck_client_delete_lead_label_async (client, deck_lead_label_get_id (label), NULL,
                                           deck_test_store_result, &result);
      typed_wait (&result);
      typed_check ("delete a lead label", deck_client_delete_lead_label_finish (client, result, &error), error);
      g_clear_object (&result);
      g_clear_error (&error);
    }

  deck_client_delete_lead_list_async (client, deck_lead_list_get_id (list), NULL, deck_test_store_result, &result);
  typed_wait (&result);
  typed_check ("delete a lead list", deck_client_delete_lead_list_finish (client, result, &error), error);
  g_clear_object (&result);

  check_client_window (start, REQUEST_VALID, "the lead calls", 18);
}

int
main (int   argc,
      char *argv[])
{
  static char keep_going[] = "--keep-going";
  g_autofree char **args = g_new0 (char *, argc + 2);
  int n_args = 0;
  int ret;

  /* Keep going after a failing case, so that one run lists every violation of the
   * mock and the client (each case already goes on past its own failures). The
   * array only borrows the strings: g_test_init() removes the ones it consumes. */
  for (int i = 0; i < argc; i++)
    args[n_args++] = argv[i];
  if (!g_strv_contains ((const char * const *) argv, keep_going)
      && !g_strv_contains ((const char * const *) argv, "-k"))
    args[n_args++] = keep_going;
  argc = n_args;
  argv = args;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/contract/harness/catches-violations", test_harness_catches_violations);
  g_test_add_func ("/contract/mock/accounts-list", test_mock_accounts_list);
  g_test_add_func ("/contract/mock/accounts-read", test_mock_accounts_read);
  g_test_add_func ("/contract/mock/accounts-actions", test_mock_accounts_actions);
  g_test_add_func ("/contract/mock/custom-tags", test_mock_custom_tags);
  g_test_add_func ("/contract/mock/errors", test_mock_errors);
  g_test_add_func ("/contract/mock/workspace", test_mock_workspace);
  g_test_add_func ("/contract/mock/members", test_mock_members);
  g_test_add_func ("/contract/mock/audit-log", test_mock_audit_log);
  g_test_add_func ("/contract/mock/campaign-analytics", test_mock_campaign_analytics);
  g_test_add_func ("/contract/mock/campaigns", test_mock_campaigns);
  g_test_add_func ("/contract/client/accounts-pager", test_client_pager);
  g_test_add_func ("/contract/client/accounts-calls", test_client_accounts);
  g_test_add_func ("/contract/client/accounts-errors", test_client_errors);
  g_test_add_func ("/contract/client/accounts-typed", test_client_typed_accounts);
  g_test_add_func ("/contract/client/campaigns-typed", test_client_typed_campaigns);
  g_test_add_func ("/contract/client/subsequence-editor", test_client_subsequence_editor);
  g_test_add_func ("/contract/client/subsequence-editor-create", test_client_subsequence_editor_create);
  g_test_add_func ("/contract/client/analytics-overview", test_client_analytics_overview);
  g_test_add_func ("/contract/client/analytics-campaign-daily", test_client_analytics_campaign_daily);
  g_test_add_func ("/contract/client/analytics-campaigns-steps", test_client_analytics_campaigns);
  g_test_add_func ("/contract/client/analytics-account-daily", test_client_analytics_account_daily);
  g_test_add_func ("/contract/client/block-list", test_client_block_list);
  g_test_add_func ("/contract/client/leads", test_client_leads);

  ret = g_test_run ();
  harness_stop ();
  return ret;
}
