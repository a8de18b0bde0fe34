/* deck-mock-server.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-server"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-server.h"
#include "deck-mock-routes-private.h"
#include "deck-mock-store-private.h"
#include "deck-mock-leads-private.h"
#include "deck-mock-validate-private.h"

typedef struct
{
  const DeckMockRoute  *route;
  char                **segments;
  JsonObject           *query_schema;
  JsonObject           *body_schema;
} CompiledRoute;

typedef struct
{
  DeckMockFault  fault;
  GPatternSpec  *pattern;     /* NULL = any request */
  guint          remaining;   /* G_MAXUINT = every matching request */
  int            retry_after_s;
  guint          delay_ms;
} QueuedFault;

typedef struct
{
  DeckMockServer    *self;
  SoupServerMessage *msg;
  char              *method;
  char              *path;          /* decoded */
  char             **segments;      /* decoded */
  JsonObject        *raw_query;
  GBytes            *body;
  char              *content_type;
  JsonNode          *parsed_body;
  gboolean           body_malformed;
  DeckMockFault      fault;
  int                retry_after_s;
  GSource           *timer;
  const char        *reply_type;    /* static; NULL: JSON */
  gulong             finished_id;
  gboolean           finished;
} PendingRequest;

struct _DeckMockServer
{
  GObject        parent_instance;

  /* One lock over the store, the faults, the keys and the log. */
  GMutex         mutex;
  GCond          cond;
  DeckMockStore *store;
  GPtrArray     *routes;       /* CompiledRoute * */
  GQueue         faults;       /* QueuedFault * */
  JsonArray     *log;
  guint          latency_ms;

  /* The server thread. */
  GThread       *thread;
  GMainContext  *context;
  GMainLoop     *loop;
  GList         *pending;      /* PendingRequest * waiting on a timer; server thread only */
  guint          requested_port;
  gboolean       start_done;
  GError        *start_error;
  guint          port;
  char          *url;
};

G_DEFINE_FINAL_TYPE (DeckMockServer, deck_mock_server, G_TYPE_OBJECT)

static void
compiled_route_free (gpointer data)
{
  CompiledRoute *compiled = data;

  g_strfreev (compiled->segments);
  g_clear_pointer (&compiled->query_schema, json_object_unref);
  g_clear_pointer (&compiled->body_schema, json_object_unref);
  g_free (compiled);
}

static void
queued_fault_free (gpointer data)
{
  QueuedFault *fault = data;

  g_clear_pointer (&fault->pattern, g_pattern_spec_free);
  g_free (fault);
}

static void
pending_request_free (PendingRequest *pending)
{
  if (pending->finished_id != 0)
    g_signal_handler_disconnect (pending->msg, pending->finished_id);
  if (pending->timer != NULL)
    {
      g_source_destroy (pending->timer);
      g_source_unref (pending->timer);
    }
  g_clear_object (&pending->msg);
  g_free (pending->method);
  g_free (pending->path);
  g_strfreev (pending->segments);
  g_clear_pointer (&pending->raw_query, json_object_unref);
  g_clear_pointer (&pending->body, g_bytes_unref);
  g_free (pending->content_type);
  g_clear_pointer (&pending->parsed_body, json_node_unref);
  g_free (pending);
}

static JsonObject *
parse_schema (const char *text)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return NULL;

  node = json_from_string (text, &error);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    g_error ("invalid route schema: %s", error ? error->message : text);

  return json_object_ref (json_node_get_object (node));
}

static void
add_routes (DeckMockServer      *self,
            const DeckMockRoute *routes,
            guint                n_routes)
{
  for (guint i = 0; i < n_routes; i++)
    {
      CompiledRoute *compiled = g_new0 (CompiledRoute, 1);

      compiled->route = &routes[i];
      compiled->segments = g_strsplit (routes[i].path + 1, "/", -1);
      compiled->query_schema = parse_schema (routes[i].query_schema);
      compiled->body_schema = parse_schema (routes[i].body_schema);
      g_ptr_array_add (self->routes, compiled);
    }
}

static void
deck_mock_server_finalize (GObject *object)
{
  DeckMockServer *self = (DeckMockServer *) object;

  deck_mock_server_stop (self);

  g_queue_clear_full (&self->faults, queued_fault_free);
  g_clear_pointer (&self->routes, g_ptr_array_unref);
  g_clear_pointer (&self->log, json_array_unref);
  g_clear_pointer (&self->store, deck_mock_store_free);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (deck_mock_server_parent_class)->finalize (object);
}

static void
deck_mock_server_class_init (DeckMockServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_mock_server_finalize;
}

static void
deck_mock_server_init (DeckMockServer *self)
{
  const DeckMockRoute *routes;
  guint n_routes;

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  g_queue_init (&self->faults);
  self->log = json_array_new ();
  self->routes = g_ptr_array_new_with_free_func (compiled_route_free);

  /* Literal routes come before "{param}" ones inside each table. */
  routes = deck_mock_account_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_account_analytics_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_tag_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_job_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_workspace_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_api_key_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_member_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_group_member_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_audit_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_campaign_analytics_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_campaign_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_subsequence_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_lead_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_lead_list_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_lead_label_routes (&n_routes);
  add_routes (self, routes, n_routes);
  routes = deck_mock_block_list_routes (&n_routes);
  add_routes (self, routes, n_routes);
}

/* Replies and helpers for handlers */

/* libsoup has no phrase for some codes (429 would read "Unknown Error"). */
static const char *
status_phrase (guint status)
{
  switch (status)
    {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return soup_status_get_phrase (status);
    }
}

JsonNode *
deck_mock_error_body (guint       status,
                      const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "statusCode");
  json_builder_add_int_value (builder, status);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, status_phrase (status));
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

void
deck_mock_reply (DeckMockContext *ctx,
                 guint            status,
                 JsonNode        *reply)
{
  g_clear_pointer (&ctx->reply, json_node_unref);
  ctx->status = status;
  ctx->reply = reply;
}

void
deck_mock_reply_error (DeckMockContext *ctx,
                       guint            status,
                       const char      *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  deck_mock_reply (ctx, status, deck_mock_error_body (status, message));
}

const char *
deck_mock_query_string (DeckMockContext *ctx,
                        const char      *name)
{
  JsonNode *node = json_object_get_member (ctx->query, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
deck_mock_query_int (DeckMockContext *ctx,
                     const char      *name,
                     gint64          *value)
{
  JsonNode *node = json_object_get_member (ctx->query, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) == G_TYPE_STRING)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

gboolean
deck_mock_query_bool (DeckMockContext *ctx,
                      const char      *name)
{
  JsonNode *node = json_object_get_member (ctx->query, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

char **
deck_mock_split_list (const char *value)
{
  g_auto(GStrv) parts = NULL;
  GStrvBuilder *builder;
  char **result;

  if (value == NULL)
    return NULL;

  parts = g_strsplit (value, ",", -1);
  builder = g_strv_builder_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}

JsonNode *
deck_mock_list_reply (JsonArray  *items,
                      const char *next_starting_after)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_array_member (object, "items", items);
  /* The last page carries no cursor at all (CATALOG.md §5). */
  if (next_starting_after != NULL)
    json_object_set_string_member (object, "next_starting_after", next_starting_after);
  json_node_take_object (node, object);

  return node;
}

JsonObject *
deck_mock_body_object (DeckMockContext *ctx)
{
  if (ctx->body == NULL || !JSON_NODE_HOLDS_OBJECT (ctx->body))
    return NULL;
  return json_node_get_object (ctx->body);
}

/* Request parsing */

static char *
unescape_or_copy (const char *text)
{
  char *decoded = g_uri_unescape_string (text, NULL);

  return decoded != NULL ? decoded : g_strdup (text);
}

static JsonObject *
parse_query (const char *query)
{
  JsonObject *object = json_object_new ();
  g_auto(GStrv) pairs = NULL;

  if (query == NULL || *query == '\0')
    return object;

  pairs = g_strsplit (query, "&", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_autofree char *raw_name = NULL;
      g_autofree char *raw_value = NULL;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;
      char *eq;
      JsonNode *existing;

      if (*pairs[i] == '\0')
        continue;

      g_strdelimit (pairs[i], "+", ' ');
      eq = strchr (pairs[i], '=');
      raw_name = eq ? g_strndup (pairs[i], eq - pairs[i]) : g_strdup (pairs[i]);
      raw_value = g_strdup (eq ? eq + 1 : "");
      name = unescape_or_copy (raw_name);
      value = unescape_or_copy (raw_value);

      /* A repeated name (emails=a&emails=b) becomes an array. */
      existing = json_object_get_member (object, name);
      if (existing == NULL)
        json_object_set_string_member (object, name, value);
      else if (JSON_NODE_HOLDS_ARRAY (existing))
        json_array_add_string_element (json_node_get_array (existing), value);
      else
        {
          JsonArray *array = json_array_new ();

          json_array_add_string_element (array, json_node_get_string (existing));
          json_array_add_string_element (array, value);
          json_object_set_array_member (object, name, array);
        }
    }

  return object;
}

static PendingRequest *
pending_request_new (DeckMockServer    *self,
                     SoupServerMessage *msg)
{
  PendingRequest *pending = g_new0 (PendingRequest, 1);
  GUri *uri = soup_server_message_get_uri (msg);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_auto(GStrv) raw_segments = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  const char *content_type;

  pending->self = self;
  pending->msg = g_object_ref (msg);
  pending->method = g_strdup (soup_server_message_get_method (msg));

  /* Paths arrive percent-encoded (accounts are addressed by email): split first,
   * then decode each segment, so an encoded '/' cannot change the route. */
  raw_segments = g_strsplit (g_uri_get_path (uri) + (g_uri_get_path (uri)[0] == '/'), "/", -1);
  pending->segments = g_new0 (char *, g_strv_length (raw_segments) + 1);
  for (guint i = 0; raw_segments[i] != NULL; i++)
    {
      pending->segments[i] = unescape_or_copy (raw_segments[i]);
      g_string_append_c (path, '/');
      g_string_append (path, pending->segments[i]);
    }
  pending->path = g_string_free (g_steal_pointer (&path), FALSE);
  if (*pending->path == '\0')
    {
      g_free (pending->path);
      pending->path = g_strdup ("/");
    }

  pending->raw_query = parse_query (g_uri_get_query (uri));

  pending->body = soup_message_body_flatten (body);
  content_type = soup_message_headers_get_one (headers, "Content-Type");
  pending->content_type = g_strdup (content_type);

  if (g_bytes_get_size (pending->body) > 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      gsize size;
      const char *data = g_bytes_get_data (pending->body, &size);

      if (json_parser_load_from_data (parser, data, size, NULL) &&
          json_parser_get_root (parser) != NULL)
        pending->parsed_body = json_node_ref (json_parser_get_root (parser));
      else
        pending->body_malformed = TRUE;
    }

  return pending;
}

/* Dispatch */

static gboolean
route_matches (CompiledRoute  *compiled,
               const char     *method,
               char          **segments,
               GHashTable     *params)
{
  guint n = g_strv_length (segments);

  if (g_strv_length (compiled->segments) != n ||
      !g_str_equal (compiled->route->method, method))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *want = compiled->segments[i];

      if (want[0] == '{')
        {
          if (*segments[i] == '\0')
            return FALSE;
        }
      else if (!g_str_equal (want, segments[i]))
        return FALSE;
    }

  if (params == NULL)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      const char *want = compiled->segments[i];

      if (want[0] == '{')
        g_hash_table_insert (params,
                             g_strndup (want + 1, strlen (want) - 2),
                             g_strdup (segments[i]));
    }

  return TRUE;
}

static const char *
bearer_token (SoupServerMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                    "Authorization");

  if (value == NULL || g_ascii_strncasecmp (value, "Bearer ", 7) != 0)
    return NULL;
  value += 7;
  while (*value == ' ')
    value++;
  return *value != '\0' ? value : NULL;
}

static gboolean
scope_granted (const char * const *scopes,
               const char         *needed)
{
  const char *colon = strchr (needed, ':');
  g_autofree char *resource = g_strndup (needed, colon - needed);
  const char *action = colon + 1;
  g_autofree char *resource_all = g_strdup_printf ("%s:all", resource);
  g_autofree char *all_action = g_strdup_printf ("all:%s", action);

  if (scopes == NULL)
    return FALSE;

  return g_strv_contains (scopes, needed) ||
         g_strv_contains (scopes, resource_all) ||
         g_strv_contains (scopes, all_action) ||
         g_strv_contains (scopes, "all:all");
}

static gboolean
is_json_media_type (const char *content_type)
{
  g_autofree char *media = NULL;
  const char *semicolon;

  if (content_type == NULL)
    return FALSE;
  semicolon = strchr (content_type, ';');
  media = g_strstrip (semicolon ? g_strndup (content_type, semicolon - content_type) : g_strdup (content_type));
  return g_ascii_strcasecmp (media, "application/json") == 0;
}

/* Runs the request against the store. Returns the status; *out_body is the
 * serialised reply, or NULL for none. Called with the lock held. */
static guint
dispatch (DeckMockServer  *self,
          PendingRequest  *pending,
          char           **out_body)
{
  g_autoptr(GHashTable) params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonNode) query = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *message = NULL;
  CompiledRoute *compiled = NULL;
  DeckMockContext ctx = { 0 };
  const char *token;
  const char * const *scopes;
  guint status;

  *out_body = NULL;

  /* The route with the fewest "{param}" segments wins, so that a literal path
   * (GET /campaigns/analytics) beats a parameter (GET /campaigns/{id}) whatever
   * the order of the tables. */
  for (guint i = 0, best = G_MAXUINT; i < self->routes->len; i++)
    {
      CompiledRoute *candidate = g_ptr_array_index (self->routes, i);
      guint n_params = 0;

      if (!route_matches (candidate, pending->method, pending->segments, NULL))
        continue;
      for (guint j = 0; candidate->segments[j] != NULL; j++)
        n_params += candidate->segments[j][0] == '{';
      if (n_params < best)
        {
          best = n_params;
          compiled = candidate;
        }
    }
  if (compiled != NULL)
    route_matches (compiled, pending->method, pending->segments, params);

  if (compiled == NULL)
    {
      g_autofree char *text = g_strdup_printf ("Route %s:%s not found", pending->method, pending->path);
      g_autoptr(JsonNode) error = deck_mock_error_body (SOUP_STATUS_NOT_FOUND, text);

      *out_body = json_to_string (error, FALSE);
      return SOUP_STATUS_NOT_FOUND;
    }

  ctx.store = self->store;
  ctx.method = pending->method;
  ctx.path = pending->path;
  ctx.params = params;
  ctx.raw_query = pending->raw_query;
  ctx.status = SOUP_STATUS_OK;

  token = bearer_token (pending->msg);
  scopes = token != NULL ? g_hash_table_lookup (self->store->keys, token) : NULL;

  if (token == NULL)
    deck_mock_reply_error (&ctx, SOUP_STATUS_UNAUTHORIZED, "Missing Authorization header");
  else if (scopes == NULL)
    deck_mock_reply_error (&ctx, SOUP_STATUS_UNAUTHORIZED, "Invalid API key");
  else if (self->store->unpaid)
    deck_mock_reply_error (&ctx, SOUP_STATUS_PAYMENT_REQUIRED, "Workspace does not have an active paid plan");
  else if (!scope_granted (scopes, compiled->route->scope))
    {
      const char *colon = strchr (compiled->route->scope, ':');
      g_autofree char *resource = g_strndup (compiled->route->scope, colon - compiled->route->scope);

      deck_mock_reply_error (&ctx, SOUP_STATUS_FORBIDDEN,
                             "The API key does not have the required scope. Requires one of the following scopes: "
                             "%s, %s:all, all:%s, all:all",
                             compiled->route->scope, resource, colon + 1);
    }
  else if (is_json_media_type (pending->content_type) && g_bytes_get_size (pending->body) == 0)
    deck_mock_reply_error (&ctx, SOUP_STATUS_BAD_REQUEST,
                           "Body cannot be empty when content-type is set to 'application/json'");
  else if (g_bytes_get_size (pending->body) > 0 && !is_json_media_type (pending->content_type))
    deck_mock_reply_error (&ctx, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE,
                           "Unsupported Media Type: %s",
                           pending->content_type ? pending->content_type : "application/octet-stream");
  else if (pending->body_malformed)
    deck_mock_reply_error (&ctx, SOUP_STATUS_BAD_REQUEST, "Body is not valid JSON");
  else
    {
      if (compiled->query_schema != NULL)
        query = deck_mock_coerce_query (pending->raw_query, compiled->query_schema);
      else
        {
          query = json_node_new (JSON_NODE_OBJECT);
          json_node_take_object (query, json_object_new ());
        }
      ctx.query = json_node_get_object (query);

      if (compiled->body_schema != NULL)
        {
          if (pending->parsed_body != NULL)
            body = json_node_ref (pending->parsed_body);
          else if (!compiled->route->body_required)
            {
              body = json_node_new (JSON_NODE_OBJECT);
              json_node_take_object (body, json_object_new ());
            }
        }
      ctx.body = body;

      if (compiled->query_schema != NULL &&
          !deck_mock_validate (query, compiled->query_schema, "querystring", &message))
        deck_mock_reply_error (&ctx, SOUP_STATUS_BAD_REQUEST, "%s", message);
      else if (compiled->body_schema != NULL &&
               !deck_mock_validate (body, compiled->body_schema, "body", &message))
        deck_mock_reply_error (&ctx, SOUP_STATUS_BAD_REQUEST, "%s", message);
      else
        {
          deck_mock_store_tick (self->store);
          compiled->route->handler (&ctx);

          if (ctx.status >= 200 && ctx.status < 300 && !g_str_equal (pending->method, "GET"))
            deck_mock_audit_record (self->store, pending->method, compiled->route->path, pending->path, token,
                                    soup_message_headers_get_one (soup_server_message_get_request_headers (pending->msg),
                                                                  "User-Agent"));
        }
    }

  status = ctx.status;
  if (ctx.reply != NULL)
    {
      *out_body = json_to_string (ctx.reply, FALSE);
      json_node_unref (ctx.reply);
      g_clear_pointer (&ctx.text_reply, g_free);
    }
  else if (ctx.text_reply != NULL)
    {
      /* Not JSON (a CSV download): served with its own media type. */
      *out_body = g_steal_pointer (&ctx.text_reply);
      pending->reply_type = ctx.text_content_type;
    }

  return status;
}

static void
log_request (DeckMockServer *self,
             PendingRequest *pending,
             guint           status)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "method", pending->method);
  json_object_set_string_member (entry, "path", pending->path);
  json_object_set_object_member (entry, "query", deck_mock_json_object_copy (pending->raw_query));
  if (pending->parsed_body != NULL)
    json_object_set_member (entry, "body", deck_mock_json_copy (pending->parsed_body));
  else
    json_object_set_null_member (entry, "body");
  if (pending->content_type != NULL)
    json_object_set_string_member (entry, "content_type", pending->content_type);
  else
    json_object_set_null_member (entry, "content_type");
  json_object_set_int_member (entry, "status", status);

  json_array_add_object_element (self->log, entry);
}

static void
drop_connection (SoupServerMessage *msg)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static void
set_reply (SoupServerMessage *msg,
           guint              status,
           const char        *body,
           gsize              length)
{
  soup_server_message_set_status (msg, status, status_phrase (status));
  /* A 204 must carry no body at all (CONTRACT.md trap 3), but the spec still gives
   * its reply the JSON media type, which Prism checks. */
  if (status == SOUP_STATUS_NO_CONTENT)
    soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg),
                                           "application/json", NULL);
  else if (body != NULL)
    soup_server_message_set_response (msg, "application/json; charset=utf-8",
                                      SOUP_MEMORY_COPY, body, length);
}

static void
set_text_reply (SoupServerMessage *msg,
                guint              status,
                const char        *content_type,
                const char        *body)
{
  soup_server_message_set_status (msg, status, status_phrase (status));
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
answer (PendingRequest *pending)
{
  DeckMockServer *self = pending->self;
  SoupServerMessage *msg = pending->msg;
  g_autofree char *body = NULL;
  guint status;

  switch (pending->fault)
    {
    case DECK_MOCK_FAULT_RATE_LIMIT:
    case DECK_MOCK_FAULT_SERVER_ERROR:
    case DECK_MOCK_FAULT_BAD_GATEWAY:
    case DECK_MOCK_FAULT_UNAVAILABLE:
      {
        g_autoptr(JsonNode) error = NULL;

        status = pending->fault == DECK_MOCK_FAULT_RATE_LIMIT ? 429 :
                 pending->fault == DECK_MOCK_FAULT_SERVER_ERROR ? SOUP_STATUS_INTERNAL_SERVER_ERROR :
                 pending->fault == DECK_MOCK_FAULT_BAD_GATEWAY ? SOUP_STATUS_BAD_GATEWAY :
                 SOUP_STATUS_SERVICE_UNAVAILABLE;
        error = deck_mock_error_body (status,
                                      status == 429 ? "Rate limit exceeded" :
                                      status == 500 ? "Internal server error" :
                                      status == 502 ? "Bad gateway" :
                                      "Service temporarily unavailable");
        body = json_to_string (error, FALSE);
        if (status == 429 && pending->retry_after_s >= 0)
          {
            g_autofree char *value = g_strdup_printf ("%d", pending->retry_after_s);

            soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", value);
          }
        g_mutex_lock (&self->mutex);
        log_request (self, pending, status);
        g_mutex_unlock (&self->mutex);
        set_reply (msg, status, body, strlen (body));
        return;
      }

    case DECK_MOCK_FAULT_DROP_CONNECTION:
      g_mutex_lock (&self->mutex);
      log_request (self, pending, 0);
      g_mutex_unlock (&self->mutex);
      drop_connection (msg);
      return;

    case DECK_MOCK_FAULT_MALFORMED_JSON:
      {
        static const char page[] = "<html><head><title>502 Bad Gateway</title></head>"
                                   "<body><center><h1>502 Bad Gateway</h1></center></body></html>";

        g_mutex_lock (&self->mutex);
        log_request (self, pending, SOUP_STATUS_OK);
        g_mutex_unlock (&self->mutex);
        set_reply (msg, SOUP_STATUS_OK, page, strlen (page));
        return;
      }

    case DECK_MOCK_FAULT_NONE:
    case DECK_MOCK_FAULT_TRUNCATED_JSON:
    case DECK_MOCK_FAULT_DELAY:
    case DECK_MOCK_FAULT_DROP_AFTER_HANDLING:
    default:
      break;
    }

  g_mutex_lock (&self->mutex);
  status = dispatch (self, pending, &body);
  if (pending->fault == DECK_MOCK_FAULT_TRUNCATED_JSON)
    status = SOUP_STATUS_OK;
  log_request (self, pending, pending->fault == DECK_MOCK_FAULT_DROP_AFTER_HANDLING ? 0 : status);
  g_mutex_unlock (&self->mutex);

  if (pending->fault == DECK_MOCK_FAULT_DROP_AFTER_HANDLING)
    {
      drop_connection (msg);
      return;
    }

  if (pending->fault == DECK_MOCK_FAULT_TRUNCATED_JSON)
    {
      const char *text = body != NULL && strlen (body) > 2 ? body : "{\"items\":[{\"id\":1}]}";
      gsize cut = MAX (strlen (text) / 2, 1);

      /* Content-Length matches what is sent; the JSON itself stops half way. */
      set_reply (msg, status, text, cut);
      return;
    }

  if (pending->reply_type != NULL && body != NULL)
    set_text_reply (msg, status, pending->reply_type, body);
  else
    set_reply (msg, status, body, body ? strlen (body) : 0);
}

static gboolean
on_delay_done (gpointer user_data)
{
  PendingRequest *pending = user_data;
  DeckMockServer *self = pending->self;

  self->pending = g_list_remove (self->pending, pending);
  g_clear_pointer (&pending->timer, g_source_unref);

  if (!pending->finished)
    {
      answer (pending);
      /* A dropped connection no longer belongs to the server. */
      if (!pending->finished &&
          pending->fault != DECK_MOCK_FAULT_DROP_CONNECTION &&
          pending->fault != DECK_MOCK_FAULT_DROP_AFTER_HANDLING)
        soup_server_message_unpause (pending->msg);
    }

  pending_request_free (pending);
  return G_SOURCE_REMOVE;
}

static void
on_message_finished (SoupServerMessage *msg,
                     gpointer           user_data)
{
  PendingRequest *pending = user_data;

  /* The client went away while the reply was delayed. */
  pending->finished = TRUE;
}

static void
take_fault (DeckMockServer *self,
            PendingRequest *pending,
            guint          *delay_ms)
{
  g_autofree char *subject = g_strdup_printf ("%s %s", pending->method, pending->path);

  for (GList *l = self->faults.head; l != NULL; l = l->next)
    {
      QueuedFault *fault = l->data;

      if (fault->pattern != NULL && !g_pattern_spec_match_string (fault->pattern, subject))
        continue;

      pending->fault = fault->fault;
      pending->retry_after_s = fault->retry_after_s;
      if (fault->fault == DECK_MOCK_FAULT_DELAY)
        *delay_ms += fault->delay_ms;

      if (fault->remaining != G_MAXUINT && --fault->remaining == 0)
        {
          g_queue_delete_link (&self->faults, l);
          queued_fault_free (fault);
        }
      return;
    }
}

static void
server_callback (SoupServer        *server,
                 SoupServerMessage *msg,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  DeckMockServer *self = user_data;
  PendingRequest *pending = pending_request_new (self, msg);
  guint delay_ms;

  g_mutex_lock (&self->mutex);
  delay_ms = self->latency_ms;
  take_fault (self, pending, &delay_ms);
  g_mutex_unlock (&self->mutex);

  if (delay_ms == 0)
    {
      answer (pending);
      pending_request_free (pending);
      return;
    }

  soup_server_message_pause (msg);
  pending->finished_id = g_signal_connect (msg, "finished", G_CALLBACK (on_message_finished), pending);
  pending->timer = g_timeout_source_new (delay_ms);
  g_source_set_callback (pending->timer, on_delay_done, pending, NULL);
  g_source_attach (pending->timer, self->context);
  self->pending = g_list_prepend (self->pending, pending);
}

/* The server thread */

static gpointer
server_thread (gpointer user_data)
{
  DeckMockServer *self = user_data;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GInetAddress) loopback = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  gboolean listening;

  g_main_context_push_thread_default (self->context);

  server = soup_server_new ("server-header", "instadeck-mock ", NULL);
  soup_server_add_handler (server, NULL, server_callback, self, NULL);

  loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  address = g_inet_socket_address_new (loopback, self->requested_port);
  listening = soup_server_listen (server, address, 0, &error);

  g_mutex_lock (&self->mutex);
  if (listening)
    {
      GSList *uris = soup_server_get_uris (server);

      self->port = uris != NULL ? g_uri_get_port (uris->data) : 0;
      self->url = g_strdup_printf ("http://127.0.0.1:%u", self->port);
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    }
  else
    self->start_error = g_steal_pointer (&error);
  self->start_done = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);

  if (listening)
    g_main_loop_run (self->loop);

  /* Replies still waiting on a timer die with the server. */
  while (self->pending != NULL)
    {
      PendingRequest *pending = self->pending->data;

      self->pending = g_list_delete_link (self->pending, self->pending);
      pending_request_free (pending);
    }

  soup_server_disconnect (server);
  g_clear_object (&server);

  while (g_main_context_iteration (self->context, FALSE))
    ;

  g_main_context_pop_thread_default (self->context);

  return NULL;
}

/* Public API */

DeckMockServer *
deck_mock_server_new (guint n_accounts)
{
  return deck_mock_server_new_for_workspace (n_accounts, NULL);
}

DeckMockServer *
deck_mock_server_new_for_workspace (guint       n_accounts,
                                    const char *workspace_name)
{
  DeckMockServer *self;

  g_return_val_if_fail (workspace_name == NULL || *workspace_name != '\0', NULL);

  self = g_object_new (DECK_TYPE_MOCK_SERVER, NULL);
  self->store = deck_mock_store_new_for_workspace (n_accounts, workspace_name);

  return self;
}

gboolean
deck_mock_server_start (DeckMockServer  *self,
                        guint            port,
                        GError         **error)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), FALSE);
  g_return_val_if_fail (self->thread == NULL, FALSE);
  g_return_val_if_fail (port <= G_MAXUINT16, FALSE);

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->requested_port = port;
  self->start_done = FALSE;

  self->thread = g_thread_new ("instadeck-mock", server_thread, self);

  g_mutex_lock (&self->mutex);
  while (!self->start_done)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  if (self->start_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->start_error));
      g_thread_join (g_steal_pointer (&self->thread));
      g_clear_pointer (&self->loop, g_main_loop_unref);
      g_clear_pointer (&self->context, g_main_context_unref);
      return FALSE;
    }

  g_debug ("listening on %s", self->url);
  return TRUE;
}

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

void
deck_mock_server_stop (DeckMockServer *self)
{
  g_autoptr(GSource) source = NULL;

  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  if (self->thread == NULL)
    return;

  /* A source rather than g_main_loop_quit() so that a stop right after start
   * cannot be lost before the loop runs. */
  source = g_idle_source_new ();
  g_source_set_callback (source, quit_loop, g_main_loop_ref (self->loop), (GDestroyNotify) g_main_loop_unref);
  g_source_attach (source, self->context);

  g_thread_join (g_steal_pointer (&self->thread));

  g_clear_pointer (&self->loop, g_main_loop_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->url, g_free);
  self->port = 0;
  g_mutex_unlock (&self->mutex);
}

const char *
deck_mock_server_get_url (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return self->url;
}

guint
deck_mock_server_get_port (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), 0);

  return self->port;
}

const char *
deck_mock_server_get_api_key (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  /* Set once by the seed and never changed. */
  return self->store->api_key;
}

void
deck_mock_server_add_api_key (DeckMockServer     *self,
                              const char         *key,
                              const char * const *scopes)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));
  g_return_if_fail (key != NULL && *key != '\0');

  g_mutex_lock (&self->mutex);
  /* Listed by GET /api-keys like any other key, under a name that says where it
   * came from. */
  deck_mock_store_add_api_key (self->store, "Added by the test harness", key, scopes, deck_mock_now_ms ());
  g_mutex_unlock (&self->mutex);
}

void
deck_mock_server_set_paid_plan (DeckMockServer *self,
                                gboolean        paid)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->store->unpaid = !paid;
  g_mutex_unlock (&self->mutex);
}

char *
deck_mock_server_dup_workspace_name (DeckMockServer *self)
{
  char *name;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  g_mutex_lock (&self->mutex);
  name = g_strdup (self->store->workspace.name);
  g_mutex_unlock (&self->mutex);

  return name;
}

JsonNode *
deck_mock_server_dup_workspace (DeckMockServer *self)
{
  JsonNode *node;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  g_mutex_lock (&self->mutex);
  node = deck_mock_workspace_to_json (self->store);
  g_mutex_unlock (&self->mutex);

  return node;
}

/* Each list as its GET would serve it, taken under the lock (the JSON shares
 * nothing with the store). */
static JsonArray *
dup_list (DeckMockServer *self,
          GPtrArray      *(*get) (DeckMockStore *),
          JsonNode       *(*to_json) (DeckMockStore *, gpointer))
{
  JsonArray *array = json_array_new ();
  GPtrArray *items;

  g_mutex_lock (&self->mutex);
  items = get (self->store);
  for (guint i = 0; i < items->len; i++)
    json_array_add_element (array, to_json (self->store, g_ptr_array_index (items, i)));
  g_mutex_unlock (&self->mutex);

  return array;
}

static GPtrArray *
get_api_keys (DeckMockStore *store)
{
  return store->api_keys;
}

static GPtrArray *
get_members (DeckMockStore *store)
{
  return store->members;
}

static GPtrArray *
get_group_members (DeckMockStore *store)
{
  return store->group_members;
}

static JsonNode *
masked_api_key_to_json (DeckMockStore *store,
                        gpointer       api_key)
{
  return deck_mock_api_key_to_json (store, api_key, TRUE);
}

static JsonNode *
member_to_json (DeckMockStore *store,
                gpointer       member)
{
  return deck_mock_member_to_json (store, member);
}

static JsonNode *
group_member_to_json (DeckMockStore *store,
                      gpointer       group_member)
{
  return deck_mock_group_member_to_json (store, group_member);
}

JsonArray *
deck_mock_server_dup_api_keys (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_api_keys, masked_api_key_to_json);
}

JsonArray *
deck_mock_server_dup_members (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_members, member_to_json);
}

JsonArray *
deck_mock_server_dup_group_members (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_group_members, group_member_to_json);
}

guint
deck_mock_server_get_n_audit_entries (DeckMockServer *self)
{
  guint n;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  deck_mock_audit_ensure (self->store);
  n = self->store->audit_log->len;
  g_mutex_unlock (&self->mutex);

  return n;
}

void
deck_mock_server_set_latency (DeckMockServer *self,
                              guint           latency_ms)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->latency_ms = latency_ms;
  g_mutex_unlock (&self->mutex);
}

void
deck_mock_server_set_job_duration (DeckMockServer *self,
                                   guint           duration_ms)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->store->job_duration_ms = duration_ms;
  g_mutex_unlock (&self->mutex);
}

void
deck_mock_server_set_clock (DeckMockServer *self,
                            gint64          unix_ms)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->store->clock_ms = unix_ms;
  g_mutex_unlock (&self->mutex);
}

void
deck_mock_server_add_fault (DeckMockServer *self,
                            DeckMockFault   fault,
                            const char     *pattern,
                            guint           count,
                            int             retry_after_s,
                            guint           delay_ms)
{
  QueuedFault *queued;

  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  if (fault == DECK_MOCK_FAULT_NONE || count == 0)
    return;

  queued = g_new0 (QueuedFault, 1);
  queued->fault = fault;
  queued->pattern = pattern != NULL ? g_pattern_spec_new (pattern) : NULL;
  queued->remaining = count;
  queued->retry_after_s = retry_after_s;
  queued->delay_ms = delay_ms;

  g_mutex_lock (&self->mutex);
  g_queue_push_tail (&self->faults, queued);
  g_mutex_unlock (&self->mutex);
}

void
deck_mock_server_clear_faults (DeckMockServer *self)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_queue_clear_full (&self->faults, queued_fault_free);
  g_queue_init (&self->faults);
  g_mutex_unlock (&self->mutex);
}

static gboolean
parse_uint (const char *text,
            guint      *value)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT - 1, &v, NULL))
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

gboolean
deck_mock_server_add_fault_from_string (DeckMockServer  *self,
                                        const char      *spec,
                                        GError         **error)
{
  g_autofree char *head = NULL;
  g_autofree char *pattern = NULL;
  DeckMockFault fault = DECK_MOCK_FAULT_NONE;
  guint count = 1;
  guint delay_ms = 0;
  int retry_after_s = -1;
  char *at;
  char *colon;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  /* KIND[=ARG][:COUNT][@PATTERN]; COUNT 0 means every matching request. */
  head = g_strdup (spec);
  if ((at = strchr (head, '@')) != NULL)
    {
      *at = '\0';
      pattern = g_strdup (at + 1);
    }
  if ((colon = strrchr (head, ':')) != NULL)
    {
      *colon = '\0';
      if (!parse_uint (colon + 1, &count))
        goto invalid;
      if (count == 0)
        count = G_MAXUINT;
    }

  if (g_str_equal (head, "429"))
    fault = DECK_MOCK_FAULT_RATE_LIMIT;
  else if (g_str_has_prefix (head, "429-retry-after="))
    {
      guint seconds;

      if (!parse_uint (head + strlen ("429-retry-after="), &seconds))
        goto invalid;
      fault = DECK_MOCK_FAULT_RATE_LIMIT;
      retry_after_s = (int) MIN (seconds, G_MAXINT);
    }
  else if (g_str_equal (head, "500"))
    fault = DECK_MOCK_FAULT_SERVER_ERROR;
  else if (g_str_equal (head, "502"))
    fault = DECK_MOCK_FAULT_BAD_GATEWAY;
  else if (g_str_equal (head, "503"))
    fault = DECK_MOCK_FAULT_UNAVAILABLE;
  else if (g_str_equal (head, "drop"))
    fault = DECK_MOCK_FAULT_DROP_CONNECTION;
  else if (g_str_equal (head, "drop-after"))
    fault = DECK_MOCK_FAULT_DROP_AFTER_HANDLING;
  else if (g_str_equal (head, "truncated"))
    fault = DECK_MOCK_FAULT_TRUNCATED_JSON;
  else if (g_str_equal (head, "malformed"))
    fault = DECK_MOCK_FAULT_MALFORMED_JSON;
  else if (g_str_has_prefix (head, "delay="))
    {
      if (!parse_uint (head + strlen ("delay="), &delay_ms))
        goto invalid;
      fault = DECK_MOCK_FAULT_DELAY;
    }
  else
    goto invalid;

  deck_mock_server_add_fault (self, fault, pattern, count, retry_after_s, delay_ms);
  return TRUE;

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "Invalid fault “%s”", spec);
  return FALSE;
}

JsonNode *
deck_mock_server_dup_account (DeckMockServer *self,
                              const char     *email)
{
  DeckMockAccount *account;
  JsonNode *node = NULL;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  g_mutex_lock (&self->mutex);
  deck_mock_store_tick (self->store);
  account = deck_mock_store_lookup_account (self->store, email);
  if (account != NULL)
    {
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (node, deck_mock_json_object_copy (deck_mock_account_json (self->store, account)));
    }
  g_mutex_unlock (&self->mutex);

  return node;
}

guint
deck_mock_server_get_n_accounts (DeckMockServer *self)
{
  guint n;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  n = g_hash_table_size (self->store->accounts);
  g_mutex_unlock (&self->mutex);

  return n;
}

JsonArray *
deck_mock_server_dup_request_log (DeckMockServer *self)
{
  JsonArray *copy;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) deep = NULL;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  g_mutex_lock (&self->mutex);
  json_node_set_array (node, self->log);
  deep = deck_mock_json_copy (node);
  g_mutex_unlock (&self->mutex);

  copy = json_array_ref (json_node_get_array (deep));
  return copy;
}

void
deck_mock_server_clear_request_log (DeckMockServer *self)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->log, json_array_unref);
  self->log = json_array_new ();
  g_mutex_unlock (&self->mutex);
}

guint
deck_mock_server_count_requests (DeckMockServer *self,
                                 const char     *method,
                                 const char     *path)
{
  g_autoptr(GPatternSpec) pattern = NULL;
  guint n = 0;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), 0);

  if (path != NULL && strchr (path, '*') != NULL)
    pattern = g_pattern_spec_new (path);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < json_array_get_length (self->log); i++)
    {
      JsonObject *entry = json_array_get_object_element (self->log, i);
      const char *entry_path = json_object_get_string_member (entry, "path");

      if (method != NULL && g_strcmp0 (json_object_get_string_member (entry, "method"), method) != 0)
        continue;
      if (pattern != NULL ? !g_pattern_spec_match_string (pattern, entry_path)
                          : (path != NULL && g_strcmp0 (entry_path, path) != 0))
        continue;
      n++;
    }
  g_mutex_unlock (&self->mutex);

  return n;
}

void
deck_mock_server_set_n_leads (DeckMockServer *self,
                              guint           n_leads)
{
  g_return_if_fail (DECK_IS_MOCK_SERVER (self));

  g_mutex_lock (&self->mutex);
  deck_mock_reseed_leads (self->store, n_leads);
  g_mutex_unlock (&self->mutex);
}

guint
deck_mock_server_get_n_leads (DeckMockServer *self)
{
  guint n;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  n = self->store->leads->leads->len;
  g_mutex_unlock (&self->mutex);

  return n;
}

JsonNode *
deck_mock_server_dup_lead (DeckMockServer *self,
                           const char     *id_or_email)
{
  DeckMockLead *lead;
  JsonNode *node = NULL;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);
  g_return_val_if_fail (id_or_email != NULL, NULL);

  g_mutex_lock (&self->mutex);
  deck_mock_store_tick (self->store);
  lead = deck_mock_store_lookup_lead (self->store, id_or_email);
  if (lead == NULL)
    lead = deck_mock_store_find_lead_email (self->store, id_or_email);
  if (lead != NULL)
    node = deck_mock_lead_to_json (self->store, lead);
  g_mutex_unlock (&self->mutex);

  return node;
}

JsonArray *
deck_mock_server_dup_leads_in (DeckMockServer *self,
                               const char     *id)
{
  JsonArray *array = json_array_new ();
  GPtrArray *leads;

  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  g_mutex_lock (&self->mutex);
  deck_mock_store_tick (self->store);
  leads = self->store->leads->leads;
  for (guint i = 0; i < leads->len; i++)
    {
      DeckMockLead *lead = g_ptr_array_index (leads, i);

      if (g_strcmp0 (lead->campaign_id, id) == 0 || g_strcmp0 (lead->list_id, id) == 0)
        json_array_add_element (array, deck_mock_lead_to_json (self->store, lead));
    }
  g_mutex_unlock (&self->mutex);

  return array;
}

static GPtrArray *
get_lead_lists (DeckMockStore *store)
{
  return store->leads->lists;
}

static GPtrArray *
get_lead_labels (DeckMockStore *store)
{
  return store->leads->labels;
}

static GPtrArray *
get_block_list (DeckMockStore *store)
{
  return store->leads->block_list;
}

static JsonNode *
lead_list_to_json (DeckMockStore *store,
                   gpointer       list)
{
  return deck_mock_lead_list_to_json (store, list);
}

static JsonNode *
lead_label_to_json (DeckMockStore *store,
                    gpointer       label)
{
  return deck_mock_lead_label_to_json (store, label);
}

static JsonNode *
block_entry_to_json (DeckMockStore *store,
                     gpointer       entry)
{
  return deck_mock_block_entry_to_json (store, entry);
}

JsonArray *
deck_mock_server_dup_lead_lists (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_lead_lists, lead_list_to_json);
}

JsonArray *
deck_mock_server_dup_lead_labels (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_lead_labels, lead_label_to_json);
}

JsonArray *
deck_mock_server_dup_block_list (DeckMockServer *self)
{
  g_return_val_if_fail (DECK_IS_MOCK_SERVER (self), NULL);

  return dup_list (self, get_block_list, block_entry_to_json);
}
