/* deck-mock-server.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * DeckMockServer: an independent, in-memory implementation of the Instantly API V2
 * (built from the vendored openapi.json, never from the client code). It runs its
 * SoupServer in a thread of its own with its own GMainContext, so a caller may block
 * on it, and it never steals time from the UI's main loop. All public functions are
 * thread-safe.
 */

typedef enum
{
  DECK_MOCK_FAULT_NONE,
  DECK_MOCK_FAULT_RATE_LIMIT,        /* 429, with Retry-After when retry_after_s >= 0 */
  DECK_MOCK_FAULT_SERVER_ERROR,      /* 500 */
  DECK_MOCK_FAULT_BAD_GATEWAY,       /* 502 */
  DECK_MOCK_FAULT_UNAVAILABLE,       /* 503 */
  DECK_MOCK_FAULT_DROP_CONNECTION,   /* close the socket without any reply */
  DECK_MOCK_FAULT_TRUNCATED_JSON,    /* 200 whose body stops half way */
  DECK_MOCK_FAULT_MALFORMED_JSON,    /* 200 whose body is not JSON */
  DECK_MOCK_FAULT_DELAY,             /* answer normally, after delay_ms */
  DECK_MOCK_FAULT_DROP_AFTER_HANDLING, /* apply the request to the store, then drop the reply */
} DeckMockFault;

#define DECK_TYPE_MOCK_SERVER (deck_mock_server_get_type ())
G_DECLARE_FINAL_TYPE (DeckMockServer, deck_mock_server, DECK, MOCK_SERVER, GObject)

/* A server whose store is seeded deterministically with @n_accounts accounts (40 for
 * the demo workspace). The seed is the same on every run. */
DeckMockServer *deck_mock_server_new            (guint            n_accounts);

/* Like deck_mock_server_new(), for a workspace called @workspace_name (NULL: the
 * default "Instadeck Demo"). Everything seeded (ids, the API key, accounts,
 * members, audit log) depends on the name, so servers for different names serve
 * different workspaces, and servers for the same name the same one. */
DeckMockServer *deck_mock_server_new_for_workspace (guint       n_accounts,
                                                    const char *workspace_name);

/* Starts listening on 127.0.0.1:@port (0 = a random free port) in the server thread. */
gboolean        deck_mock_server_start          (DeckMockServer  *self,
                                                 guint            port,
                                                 GError         **error);
void            deck_mock_server_stop           (DeckMockServer  *self);

/* "http://127.0.0.1:PORT", no trailing slash; NULL before start. */
const char     *deck_mock_server_get_url        (DeckMockServer  *self);
guint           deck_mock_server_get_port       (DeckMockServer  *self);

/* The key with scope all:all that the seed creates (deterministic per server). */
const char     *deck_mock_server_get_api_key    (DeckMockServer  *self);
/* Adds another valid key with the given scopes ("accounts:read", "all:all", …); it
 * is listed by GET /api/v2/api-keys too. Adding a known key again changes its
 * scopes. */
void            deck_mock_server_add_api_key    (DeckMockServer  *self,
                                                 const char      *key,
                                                 const char * const *scopes);

/* A workspace without a paid plan answers every authenticated request with 402
 * {"statusCode":402,"error":"Payment Required","message":"Workspace does not have an
 * active paid plan"} (a bad key still gets 401). Paid by default. */
void            deck_mock_server_set_paid_plan  (DeckMockServer  *self,
                                                 gboolean         paid);

/* Every request answered with a constant extra delay (latency). */
void            deck_mock_server_set_latency    (DeckMockServer  *self,
                                                 guint            latency_ms);

/* How long a simulated background job (warmup enable/disable) takes from pending
 * through in-progress to success; 1500 ms by default. Tests make it short. */
void            deck_mock_server_set_job_duration (DeckMockServer *self,
                                                   guint           duration_ms);

/* The time campaign and subsequence schedules are read against (sending status:
 * in or out of schedule), as Unix milliseconds; 0 (the default) is real time. */
void            deck_mock_server_set_clock        (DeckMockServer *self,
                                                   gint64          unix_ms);

/* Injects @fault into the next @count requests whose "METHOD /api/v2/path" matches
 * @pattern (a GPatternSpec glob such as "GET /api/v2/accounts*"; NULL = any). Faults
 * queue in the order they are added. @retry_after_s < 0 means no Retry-After header;
 * @delay_ms is used by DECK_MOCK_FAULT_DELAY. */
void            deck_mock_server_add_fault      (DeckMockServer  *self,
                                                 DeckMockFault    fault,
                                                 const char      *pattern,
                                                 guint            count,
                                                 int              retry_after_s,
                                                 guint            delay_ms);
void            deck_mock_server_clear_faults   (DeckMockServer  *self);

/* Parses "--fault" command-line values such as "429:3", "429-retry-after=2:1",
 * "500:2", "502", "503", "drop:1", "drop-after:1", "truncated:1", "malformed:1",
 * "delay=1500:1". The count defaults to 1 and 0 means every matching request; an
 * optional "@PATTERN" suffix restricts it ("429:2@GET /api/v2/accounts*"). */
gboolean        deck_mock_server_add_fault_from_string (DeckMockServer *self,
                                                        const char     *spec,
                                                        GError        **error);

/* Inspection for tests, each a deep copy taken under the store's lock. */
JsonNode       *deck_mock_server_dup_account    (DeckMockServer  *self,
                                                 const char      *email);
guint           deck_mock_server_get_n_accounts (DeckMockServer  *self);

/* The workspace as GET /api/v2/workspaces/current serves it, and its name. */
JsonNode       *deck_mock_server_dup_workspace  (DeckMockServer  *self);
char           *deck_mock_server_dup_workspace_name (DeckMockServer *self);
/* Every API key (secrets masked, key: ""), member and group member, oldest first,
 * as their list operations serve them. */
JsonArray      *deck_mock_server_dup_api_keys   (DeckMockServer  *self);
JsonArray      *deck_mock_server_dup_members    (DeckMockServer  *self);
JsonArray      *deck_mock_server_dup_group_members (DeckMockServer *self);
/* The audit log's length: 300 seeded entries, plus one per recorded change. */
guint           deck_mock_server_get_n_audit_entries (DeckMockServer *self);

/* Leads. The seed holds 5,000 leads (the campaigns' own leads and four lead
 * lists), four lead labels and a few block-list entries, the same on every run.
 * deck_mock_server_set_n_leads() replaces the leads (only) by exactly @n_leads
 * seeded ones, deterministically; 100,000 take well under a second. */
void            deck_mock_server_set_n_leads    (DeckMockServer  *self,
                                                 guint            n_leads);
guint           deck_mock_server_get_n_leads    (DeckMockServer  *self);
/* The Lead as GET /api/v2/leads/{id} serves it, by id or by email (any case;
 * the oldest lead with that email); NULL if there is none. */
JsonNode       *deck_mock_server_dup_lead       (DeckMockServer  *self,
                                                 const char      *id_or_email);
/* Every lead of a campaign or a lead list (@id is either), in id order. */
JsonArray      *deck_mock_server_dup_leads_in   (DeckMockServer  *self,
                                                 const char      *id);
/* Lead lists, lead labels and block-list entries, as their list operations
 * serve them, in their list order. */
JsonArray      *deck_mock_server_dup_lead_lists (DeckMockServer  *self);
JsonArray      *deck_mock_server_dup_lead_labels (DeckMockServer *self);
JsonArray      *deck_mock_server_dup_block_list (DeckMockServer  *self);

/* The requests the server received, oldest first, as JSON objects
 * {"method","path","query","body" (parsed or null),"content_type","status"}. */
JsonArray      *deck_mock_server_dup_request_log (DeckMockServer *self);
void            deck_mock_server_clear_request_log (DeckMockServer *self);
guint           deck_mock_server_count_requests (DeckMockServer  *self,
                                                 const char      *method,
                                                 const char      *path);

G_END_DECLS
