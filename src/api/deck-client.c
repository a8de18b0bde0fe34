/* deck-client.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-client"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-client.h"

#define DEFAULT_RATE           10.0  /* requests per second, sustained */
#define DEFAULT_BURST          20
#define EMAILS_WINDOW_REQUESTS 20    /* GET /api/v2/emails: 20 per minute */
#define EMAILS_WINDOW_US       (60 * G_USEC_PER_SEC)
#define DEFAULT_MAX_ATTEMPTS   5
#define DEFAULT_BASE_DELAY_MS  500
#define DEFAULT_MAX_TOTAL_MS   30000
#define MAX_DELAY_MS           10000
/* /leads/list with a search takes 60–120 s on big workspaces (CATALOG §6). */
#define DEFAULT_TIMEOUT_S      150

struct _DeckClient
{
  GObject      parent_instance;

  char        *base_url;  /* no trailing slash */
  char        *auth_header;
  SoupSession *session;

  GMutex       lock;      /* guards the budgets below */
  double       rate;
  double       burst;
  double       tokens;
  gint64       tokens_time;
  gint64       emails_slots[EMAILS_WINDOW_REQUESTS];
  guint        emails_next;

  guint        max_attempts;
  guint        base_delay_ms;
  guint        max_total_ms;
};

G_DEFINE_FINAL_TYPE (DeckClient, deck_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where the attempt in flight is, for forwarding a cancellation to libsoup. */
typedef enum
{
  ATTEMPT_SENDING,      /* connecting, writing, waiting for the response */
  ATTEMPT_GOT_HEADERS,  /* headers parsed, soup_session_send_async() not finished */
  ATTEMPT_READING,      /* our own read of the body */
} AttemptPhase;

/* One API call through its attempts. */
typedef struct
{
  DeckClient    *client;
  char          *method;
  char          *path;
  GBytes        *body;
  gint64         started;
  guint          attempt;
  GSource       *wait_source;
  GSource       *cancel_source;
  void         (*after_wait) (GTask *task);
  /* the attempt in flight */
  SoupMessage   *msg;
  GCancellable  *io_cancellable;
  GSource       *io_cancel_source;
  GOutputStream *sink;
  AttemptPhase   phase;
  /* a raw call (deck_client_call_raw_async) keeps a successful body as bytes */
  gboolean       raw;
  char          *accept;
  /* the final reply, handed to the parsing thread */
  guint          status;
  char          *reason;
  GBytes        *reply;
} Call;

static void call_schedule (GTask *task);
static void call_send     (GTask *task);

static void
call_clear_wait (Call *call)
{
  if (call->wait_source != NULL)
    {
      g_source_destroy (call->wait_source);
      g_clear_pointer (&call->wait_source, g_source_unref);
    }
  if (call->cancel_source != NULL)
    {
      g_source_destroy (call->cancel_source);
      g_clear_pointer (&call->cancel_source, g_source_unref);
    }
}

static void
call_end_attempt (Call *call)
{
  if (call->io_cancel_source != NULL)
    {
      g_source_destroy (call->io_cancel_source);
      g_clear_pointer (&call->io_cancel_source, g_source_unref);
    }
  if (call->msg != NULL)
    g_signal_handlers_disconnect_by_data (call->msg, call);
  g_clear_object (&call->msg);
  g_clear_object (&call->io_cancellable);
  g_clear_object (&call->sink);
}

static void
call_free (gpointer data)
{
  Call *call = data;

  call_clear_wait (call);
  call_end_attempt (call);
  g_clear_object (&call->client);
  g_free (call->method);
  g_free (call->path);
  g_free (call->accept);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->reason);
  g_clear_pointer (&call->reply, g_bytes_unref);
  g_free (call);
}

static void
deck_client_finalize (GObject *object)
{
  DeckClient *self = DECK_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_free (self->base_url);
  if (self->auth_header != NULL)
    memset (self->auth_header, 0, strlen (self->auth_header));
  g_free (self->auth_header);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (deck_client_parent_class)->finalize (object);
}

static void
deck_client_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DeckClient *self = DECK_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_client_class_init (DeckClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_client_finalize;
  object_class->get_property = deck_client_get_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* INSTADECK_HTTP_LOG=1 (or "headers") traces requests at debug level. The key is
 * never printed, and bodies never are either: they may carry mailbox passwords. */
static void
print_http (SoupLogger         *logger,
            SoupLoggerLogLevel  level,
            char                direction,
            const char         *data,
            gpointer            user_data)
{
  if (g_ascii_strncasecmp (data, "Authorization:", strlen ("Authorization:")) == 0)
    g_debug ("%c Authorization: [redacted]", direction);
  else
    g_debug ("%c %s", direction, data);
}

static void
client_attach_http_log (DeckClient *self)
{
  const char *setting = g_getenv ("INSTADECK_HTTP_LOG");
  g_autoptr(SoupLogger) logger = NULL;

  if (setting == NULL || setting[0] == '\0' || g_str_equal (setting, "0"))
    return;

  logger = soup_logger_new (g_str_equal (setting, "headers") ? SOUP_LOGGER_LOG_HEADERS
                                                             : SOUP_LOGGER_LOG_MINIMAL);
  soup_logger_set_printer (logger, print_http, NULL, NULL);
  soup_session_add_feature (self->session, SOUP_SESSION_FEATURE (logger));
}

static void
deck_client_init (DeckClient *self)
{
  g_mutex_init (&self->lock);

  self->rate = DEFAULT_RATE;
  self->burst = DEFAULT_BURST;
  self->tokens = DEFAULT_BURST;
  self->tokens_time = g_get_monotonic_time ();
  self->max_attempts = DEFAULT_MAX_ATTEMPTS;
  self->base_delay_ms = DEFAULT_BASE_DELAY_MS;
  self->max_total_ms = DEFAULT_MAX_TOTAL_MS;

  self->session = soup_session_new_with_options ("timeout", DEFAULT_TIMEOUT_S,
                                                 "idle-timeout", 60,
                                                 "user-agent", PACKAGE_NAME "/" PACKAGE_VERSION " ",
                                                 NULL);
  client_attach_http_log (self);
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (host, "localhost") == 0 ||
      g_ascii_strcasecmp (host, "localhost.") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

gboolean
deck_client_validate_url (const char  *url,
                          GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (url == NULL || url[0] == '\0')
    {
      g_set_error_literal (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                           "No server address");
      return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    {
      g_set_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                   "“%s” is not a valid address", url);
      return FALSE;
    }

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);

  if (host == NULL || host[0] == '\0')
    {
      g_set_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                   "“%s” has no host", url);
      return FALSE;
    }

  if (g_uri_get_userinfo (uri) != NULL || g_uri_get_query (uri) != NULL ||
      g_uri_get_fragment (uri) != NULL)
    {
      g_set_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                   "“%s” must not carry credentials, a query or a fragment", url);
      return FALSE;
    }

  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;

  /* The key travels in a header: plain HTTP only where it cannot leave the machine. */
  if (g_ascii_strcasecmp (scheme, "http") == 0 && host_is_loopback (host))
    return TRUE;

  g_set_error (error, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
               "Refusing “%s”: only https://, or http:// on this computer", url);
  return FALSE;
}

DeckClient *
deck_client_new (const char  *base_url,
                 const char  *api_key,
                 GError     **error)
{
  DeckClient *self;
  g_autofree char *url = NULL;
  gsize len;

  g_return_val_if_fail (api_key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (base_url == NULL)
    base_url = DECK_DEFAULT_SERVER_URL;

  if (!deck_client_validate_url (base_url, error))
    return NULL;

  url = g_strdup (base_url);
  len = strlen (url);
  while (len > 0 && url[len - 1] == '/')
    url[--len] = '\0';

  self = g_object_new (DECK_TYPE_CLIENT, NULL);
  self->base_url = g_steal_pointer (&url);
  self->auth_header = g_strconcat ("Bearer ", api_key, NULL);

  return self;
}

const char *
deck_client_get_base_url (DeckClient *self)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);

  return self->base_url;
}

void
deck_client_set_rate_limit (DeckClient *self,
                            double      requests_per_second,
                            guint       burst)
{
  g_return_if_fail (DECK_IS_CLIENT (self));

  g_mutex_lock (&self->lock);
  self->rate = requests_per_second;
  self->burst = MAX (burst, 1);
  self->tokens = self->burst;
  self->tokens_time = g_get_monotonic_time ();
  g_mutex_unlock (&self->lock);
}

void
deck_client_set_retry_budget (DeckClient *self,
                              guint       max_attempts,
                              guint       base_delay_ms,
                              guint       max_total_ms)
{
  g_return_if_fail (DECK_IS_CLIENT (self));

  g_mutex_lock (&self->lock);
  self->max_attempts = MAX (max_attempts, 1);
  self->base_delay_ms = base_delay_ms;
  self->max_total_ms = max_total_ms;
  g_mutex_unlock (&self->lock);
}

void
deck_client_set_timeout (DeckClient *self,
                         guint       timeout_s)
{
  g_return_if_fail (DECK_IS_CLIENT (self));

  soup_session_set_timeout (self->session, timeout_s);
}

char *
deck_client_escape_segment (const char *segment)
{
  g_return_val_if_fail (segment != NULL, NULL);

  /* Everything but unreserved characters: '@' → %40, '+' → %2B, '/' → %2F. */
  return g_uri_escape_string (segment, NULL, FALSE);
}

void
deck_client_append_query (GString    *path,
                          const char *name,
                          const char *value)
{
  g_autofree char *escaped_name = NULL;
  g_autofree char *escaped_value = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (value != NULL);

  escaped_name = g_uri_escape_string (name, NULL, FALSE);
  escaped_value = g_uri_escape_string (value, NULL, FALSE);

  g_string_append_c (path, strchr (path->str, '?') != NULL ? '&' : '?');
  g_string_append (path, escaped_name);
  g_string_append_c (path, '=');
  g_string_append (path, escaped_value);
}

/* How long the request must wait for the rate budget, in µs. The slot is reserved
 * now (tokens may go negative), so queued requests space out rather than burst. */
static gint64
client_reserve_slot (DeckClient *self,
                     const char *method,
                     const char *path)
{
  gint64 now = g_get_monotonic_time ();
  gint64 delay = 0;

  g_mutex_lock (&self->lock);

  if (self->rate > 0)
    {
      self->tokens = MIN (self->burst,
                          self->tokens + (now - self->tokens_time) * self->rate / G_USEC_PER_SEC);
      self->tokens_time = now;
      self->tokens -= 1;
      if (self->tokens < 0)
        delay = (gint64) (-self->tokens / self->rate * G_USEC_PER_SEC);
    }

  /* GET /api/v2/emails has its own 20 per minute: a sliding window of slots. */
  if (g_str_equal (method, "GET") &&
      g_str_has_prefix (path, "/api/v2/emails") &&
      (path[strlen ("/api/v2/emails")] == '\0' || path[strlen ("/api/v2/emails")] == '?'))
    {
      gint64 *slot = &self->emails_slots[self->emails_next];
      gint64 at = now + delay;

      if (*slot != 0 && *slot + EMAILS_WINDOW_US > at)
        at = *slot + EMAILS_WINDOW_US;

      *slot = at;
      self->emails_next = (self->emails_next + 1) % EMAILS_WINDOW_REQUESTS;
      delay = at - now;
    }

  g_mutex_unlock (&self->lock);

  return delay;
}

static gboolean
on_wait_done (gpointer user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);

  call_clear_wait (call);
  call->after_wait (task);

  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);

  call_clear_wait (call);
  g_task_return_error_if_cancelled (task);

  return G_SOURCE_REMOVE;
}

/* Waits @delay_us on the task's context, then runs @next; a cancellation ends the
 * wait at once. The sources hold the task. */
static void
call_wait (GTask  *task,
           gint64  delay_us,
           void  (*next) (GTask *task))
{
  Call *call = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  call->after_wait = next;

  call->wait_source = g_timeout_source_new ((guint) MAX (delay_us / 1000, 1));
  g_source_set_static_name (call->wait_source, "[deck-client] wait");
  g_source_set_callback (call->wait_source, on_wait_done, g_object_ref (task), g_object_unref);
  g_source_attach (call->wait_source, g_task_get_context (task));

  if (cancellable != NULL)
    {
      call->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_static_name (call->cancel_source, "[deck-client] cancel wait");
      g_source_set_callback (call->cancel_source, G_SOURCE_FUNC (on_wait_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (call->cancel_source, g_task_get_context (task));
    }
}

static void
call_schedule (GTask *task)
{
  Call *call = g_task_get_task_data (task);
  gint64 delay;

  if (g_task_return_error_if_cancelled (task))
    return;

  delay = client_reserve_slot (call->client, call->method, call->path);

  if (delay > 0)
    {
      g_debug ("%s %s waits %" G_GINT64_FORMAT " ms for the rate budget",
               call->method, call->path, delay / 1000);
      call_wait (task, delay, call_send);
    }
  else
    call_send (task);
}

/* The delay before attempt @attempt + 1, in µs: exponential with jitter, or what
 * Retry-After asked for. -1 when the budget does not allow another attempt. */
static gint64
call_retry_delay (Call        *call,
                  SoupMessage *msg)
{
  DeckClient *self = call->client;
  gint64 delay_ms;
  gint64 elapsed_ms;
  guint max_attempts, base_delay_ms, max_total_ms;
  const char *retry_after = NULL;

  g_mutex_lock (&self->lock);
  max_attempts = self->max_attempts;
  base_delay_ms = self->base_delay_ms;
  max_total_ms = self->max_total_ms;
  g_mutex_unlock (&self->lock);

  if (call->attempt >= max_attempts)
    return -1;

  if (msg != NULL)
    retry_after = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                "Retry-After");

  if (retry_after != NULL)
    {
      g_autoptr(GDateTime) date = NULL;
      guint64 seconds;

      if (g_ascii_string_to_unsigned (retry_after, 10, 0, G_MAXUINT32, &seconds, NULL))
        delay_ms = (gint64) seconds * 1000;
      else if ((date = soup_date_time_new_from_http_string (retry_after)) != NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

          delay_ms = MAX (0, g_date_time_difference (date, now) / 1000);
        }
      else
        retry_after = NULL;
    }

  if (retry_after == NULL)
    {
      gint64 ceiling = (gint64) base_delay_ms << MIN (call->attempt - 1, 16);

      ceiling = MIN (ceiling, MAX_DELAY_MS);
      /* "Equal jitter": half fixed, half random, so clients spread out. */
      delay_ms = ceiling / 2;
      if (ceiling > 1)
        delay_ms += g_random_int_range (0, (gint32) (ceiling / 2) + 1);
    }

  elapsed_ms = (g_get_monotonic_time () - call->started) / 1000;
  if (elapsed_ms + delay_ms > max_total_ms)
    return -1;

  return delay_ms * 1000;
}

/* Failures after which the request surely never reached the server. */
static gboolean
error_proves_not_sent (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_FAILED) ||
         error->domain == G_RESOLVER_ERROR;
}

static gboolean
error_is_connection_failure (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  return error->domain == G_IO_ERROR || error->domain == G_RESOLVER_ERROR;
}

static void
parse_reply_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Call *call = task_data;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root = NULL;
  GError *error;
  const char *data = NULL;
  gsize len = 0;

  if (call->reply != NULL)
    data = g_bytes_get_data (call->reply, &len);

  if (call->raw && SOUP_STATUS_IS_SUCCESSFUL (call->status))
    {
      g_task_return_pointer (task,
                             call->reply ? g_bytes_ref (call->reply) : g_bytes_new (NULL, 0),
                             (GDestroyNotify) g_bytes_unref);
      return;
    }

  if (len > 0)
    {
      parser = json_parser_new ();
      if (json_parser_load_from_data (parser, data, (gssize) len, &parse_error))
        root = json_parser_get_root (parser);
    }

  if (SOUP_STATUS_IS_SUCCESSFUL (call->status))
    {
      if (len == 0 || call->status == SOUP_STATUS_NO_CONTENT)
        {
          g_task_return_pointer (task, json_node_new (JSON_NODE_NULL),
                                 (GDestroyNotify) json_node_unref);
          return;
        }

      if (root == NULL)
        {
          g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_PARSE,
                                   "The reply is not JSON: %s",
                                   parse_error ? parse_error->message : "empty document");
          return;
        }
    }

  error = deck_api_error_new_from_reply (call->status, call->reason, root);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, json_node_ref (root), (GDestroyNotify) json_node_unref);
}

static void
call_finish_with_reply (GTask  *task,
                        GBytes *reply)
{
  Call *call = g_task_get_task_data (task);

  call->status = soup_message_get_status (call->msg);
  call->reason = g_strdup (soup_message_get_reason_phrase (call->msg));
  call->reply = reply != NULL ? g_bytes_ref (reply) : NULL;
  call_end_attempt (call);

  /* The main thread never parses: the body may be a 100-item page. */
  g_task_run_in_thread (task, parse_reply_thread);
}

/* A failed attempt: retried when that is safe, else the call ends. */
static void
call_failed (GTask        *task,
             const GError *error)
{
  Call *call = g_task_get_task_data (task);
  gboolean is_get = g_str_equal (call->method, "GET");
  gboolean retryable;
  gint64 delay;

  call_end_attempt (call);

  if (g_task_return_error_if_cancelled (task))
    return;

  /* After a timeout or a dropped reply a POST may have been applied: never
   * send it twice. A GET can always be asked again. */
  retryable = is_get ? error_is_connection_failure (error) : error_proves_not_sent (error);

  if (retryable && (delay = call_retry_delay (call, NULL)) >= 0)
    {
      g_debug ("%s %s failed (%s), attempt %u, retrying in %" G_GINT64_FORMAT " ms",
               call->method, call->path, error->message, call->attempt, delay / 1000);
      call_wait (task, delay, call_schedule);
      return;
    }

  g_debug ("%s %s failed: %s", call->method, call->path, error->message);
  g_task_return_error (task, deck_api_error_new_from_transport (error));
}

static void
on_body_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_get = g_str_equal (call->method, "GET");
  gint64 delay;
  guint status;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      call_failed (task, error);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    {
      call_end_attempt (call);
      return;
    }

  reply = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (call->sink));
  status = soup_message_get_status (call->msg);
  g_debug ("%s %s → %u", call->method, call->path, status);

  if (status == 429 ||
      (is_get && (status == SOUP_STATUS_BAD_GATEWAY ||
                  status == SOUP_STATUS_SERVICE_UNAVAILABLE ||
                  status == SOUP_STATUS_GATEWAY_TIMEOUT)))
    {
      if ((delay = call_retry_delay (call, call->msg)) >= 0)
        {
          g_debug ("%s %s attempt %u got %u, retrying in %" G_GINT64_FORMAT " ms",
                   call->method, call->path, call->attempt, status, delay / 1000);
          call_end_attempt (call);
          call_wait (task, delay, call_schedule);
          return;
        }
    }

  call_finish_with_reply (task, reply);
}

static void
on_headers (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (stream == NULL)
    {
      call_failed (task, error);
      return;
    }

  /* The body is read like soup_session_send_and_read_async() does it, but here
   * a cancellation may reach libsoup again (see on_io_cancelled). */
  call->phase = ATTEMPT_READING;
  call->sink = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (call->sink, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, call->io_cancellable,
                                on_body_read, g_object_ref (task));

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    g_cancellable_cancel (call->io_cancellable);
}

static void
on_got_headers (SoupMessage *msg,
                Call        *call)
{
  if (call->phase == ATTEMPT_SENDING)
    call->phase = ATTEMPT_GOT_HEADERS;
}

/* libsoup 3.6.5 must not see a cancellation between parsing the response headers
 * and finishing soup_session_send_async(): run_until_read_done() then finishes
 * the queue item twice, frees it while its task still holds it, and the session
 * crashes in soup_session_send_finish() (fixed upstream in 3.6.6, commit 794e089a).
 * So libsoup gets a cancellable of its own, and the caller's cancellation is
 * forwarded to it on the main context, except in that window; on_headers()
 * forwards it once the window has closed. The call still ends at once: GTask
 * reports G_IO_ERROR_CANCELLED whatever the attempt returns. */
static gboolean
on_io_cancelled (GCancellable *cancellable,
                 gpointer      user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);

  if (call->phase == ATTEMPT_GOT_HEADERS)
    g_debug ("%s %s cancelled between headers and body", call->method, call->path);
  else if (call->io_cancellable != NULL)
    g_cancellable_cancel (call->io_cancellable);

  g_clear_pointer (&call->io_cancel_source, g_source_unref);

  return G_SOURCE_REMOVE;
}

static void
call_send (GTask *task)
{
  Call *call = g_task_get_task_data (task);
  DeckClient *self = call->client;
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;

  if (g_task_return_error_if_cancelled (task))
    return;

  url = g_strconcat (self->base_url, call->path, NULL);
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error);
  if (uri == NULL)
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                               "Invalid request path: %s", error->message);
      return;
    }

  /* The call owns the message for the whole attempt: its status and headers are
   * read after libsoup is done with it. */
  call->msg = soup_message_new_from_uri (call->method, uri);
  headers = soup_message_get_request_headers (call->msg);
  soup_message_headers_replace (headers, "Authorization", self->auth_header);
  soup_message_headers_replace (headers, "Accept", call->accept ? call->accept : "application/json");

  /* A body-less POST/DELETE must not claim a JSON body: Instantly answers 400. */
  if (call->body != NULL)
    soup_message_set_request_body_from_bytes (call->msg, "application/json", call->body);

  call->phase = ATTEMPT_SENDING;
  g_signal_connect (call->msg, "got-headers", G_CALLBACK (on_got_headers), call);

  call->io_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      call->io_cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_static_name (call->io_cancel_source, "[deck-client] cancel request");
      g_source_set_callback (call->io_cancel_source, G_SOURCE_FUNC (on_io_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (call->io_cancel_source, g_task_get_context (task));
    }

  call->attempt++;
  soup_session_send_async (self->session, call->msg, G_PRIORITY_DEFAULT,
                           call->io_cancellable, on_headers, g_object_ref (task));
}

static void
call_start (DeckClient          *self,
            const char          *method,
            const char          *path,
            JsonNode            *body,
            const char          *accept,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "[deck-client] call");

  if (!g_str_has_prefix (path, "/api/v2/"))
    {
      g_task_return_new_error (task, DECK_API_ERROR, DECK_API_ERROR_INVALID_URL,
                               "Request path must start with /api/v2/");
      return;
    }

  call = g_new0 (Call, 1);
  call->client = g_object_ref (self);
  call->method = g_ascii_strup (method, -1);
  call->path = g_strdup (path);
  call->started = g_get_monotonic_time ();
  call->raw = accept != NULL;
  call->accept = g_strdup (accept);
  if (body != NULL)
    {
      gsize len;
      char *json = json_to_string (body, FALSE);

      len = strlen (json);
      call->body = g_bytes_new_take (json, len);
    }
  g_task_set_task_data (task, call, call_free);

  call_schedule (task);
}

void
deck_client_call_async (DeckClient          *self,
                        const char          *method,
                        const char          *path,
                        JsonNode            *body,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_start (self, method, path, body, NULL, deck_client_call_async,
              cancellable, callback, user_data);
}

void
deck_client_call_raw_async (DeckClient          *self,
                            const char          *method,
                            const char          *path,
                            const char          *accept,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (DECK_IS_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (accept != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  call_start (self, method, path, NULL, accept, deck_client_call_raw_async,
              cancellable, callback, user_data);
}

GBytes *
deck_client_call_raw_finish (DeckClient    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_client_call_raw_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

JsonNode *
deck_client_call_finish (DeckClient    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (DECK_IS_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_client_call_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
