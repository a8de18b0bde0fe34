/* deck-mock-store-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The fixed clock of the seed: accounts are created over SPAN from EPOCH, so the
 * seeded workspace's "present" is EPOCH + SPAN. */
#define DECK_MOCK_EPOCH_MS        G_GINT64_CONSTANT (1736150400000)   /* 2025-01-06T08:00:00Z */
#define DECK_MOCK_SPAN_MS         G_GINT64_CONSTANT (25920000000)     /* 300 days */
#define DECK_MOCK_DAY_MS          G_GINT64_CONSTANT (86400000)
#define DECK_MOCK_DEFAULT_WORKSPACE_NAME "Instadeck Demo"

/* The mock's in-memory workspace. Not thread-safe by itself: DeckMockServer holds
 * its one mutex around every use. */

typedef struct
{
  char          *email;
  char          *key;        /* lower-cased email: the hash key and the sort tie-break */
  gint64         created_ms;
  /* The Account exactly as served, without tags. Seeded accounts build it only when
   * first needed (deck_mock_account_json()): a large workspace then costs a few
   * allocations per account, not hundreds. */
  JsonObject    *json;
  guint          seed_index;
  GPtrArray     *tag_ids;    /* char *, the custom tags assigned to it; NULL if none */
  gboolean       prewarmed;  /* ACC_FILTER_PW_ACCOUNTS has no field of its own */

  /* What filters and sorting read, mirrored from the JSON by deck_mock_account_sync(). */
  char          *first_name;
  char          *last_name;
  int            status;
  int            warmup_status;
  int            provider_code;
  int            score;      /* G_MININT: null */
  gboolean       managed;
  gboolean       setup_pending;
  gboolean       has_ctd;

  GSequenceIter *iter;
} DeckMockAccount;

typedef struct
{
  char   *id;
  gint64  created_ms;
  gint64  updated_ms;
  char   *label;
  char   *description;
} DeckMockTag;

typedef struct
{
  char   *id;
  char   *tag_id;
  char   *resource_id;
  int     resource_type;
  gint64  created_ms;
} DeckMockTagMapping;

typedef struct
{
  char       *id;
  char       *type;
  char       *entity_type;
  char       *entity_id;
  char       *status;
  int         progress;
  JsonObject *data;
  gint64      created_ms;
  gint64      updated_ms;
  /* Simulated work: the job advances with the monotonic clock and, for warmup
   * jobs, applies warmup_status to @emails when it reaches success. */
  gint64      started_us;
  gboolean    simulated;
  int         warmup_status;
  GPtrArray  *emails;
  /* Other simulated work (move-leads): called once when the job reaches success,
   * before its status changes; @work is freed with @work_free. */
  void      (*finish) (gpointer store, gpointer job);
  gpointer    work;
  GDestroyNotify work_free;
} DeckMockJob;

typedef struct
{
  char   *id;
  char   *name;
  char   *key;          /* the secret; only ever served by the create reply */
  char  **scopes;
  gint64  created_ms;
  gint64  updated_ms;
} DeckMockApiKey;

typedef struct
{
  char       *id;
  char       *email;
  char       *user_id;
  char       *user_email;   /* NULL: null */
  char       *nickname;     /* NULL: null */
  char       *first_name;   /* NULL: no name yet (an invitation) */
  char       *last_name;
  char       *role;
  gint64      created_ms;
  gboolean    accepted;
  char       *issuer_id;    /* NULL: null */
  char      **permissions;  /* NULL: null */
} DeckMockMember;

typedef struct
{
  char   *id;
  char   *sub_workspace_id;
  char   *sub_workspace_name;  /* NULL: null */
  char   *status;
  gint64  created_ms;
  gint64  updated_ms;
} DeckMockGroupMember;

typedef struct
{
  char       *id;
  gint64      timestamp_ms;
  int         activity_type;
  char       *user_agent;
  char       *user_id;
  char       *user_name;
  char       *ip_address;
  gboolean    from_api;
  char       *api_key_id;
  gint64      affected_count;   /* < 0: null */
  char       *campaign_id;
  char       *webhook_id;
  char       *subsequence_id;
  char       *list_id;
  JsonObject *metadata;
} DeckMockAuditEntry;

typedef struct
{
  char   *name;
  gint64  created_ms;
  gint64  updated_ms;
  char   *org_logo_url;
  char   *client_domain;     /* the white-label agency domain, NULL if none */
  gboolean client_domain_verified;
  gint64  removal_ms;        /* 0: not scheduled for removal */
} DeckMockWorkspace;

typedef struct
{
  char       *id;
  gint64      created_ms;
  /* The Campaign exactly as served: name, status, sequences, campaign_schedule,
   * email_list, timestamps... Read members with json-glib; only
   * deck-mock-campaigns.c writes it. */
  JsonObject *json;
  /* Shared by POST /campaigns/{id}/share until this time (0: never shared). */
  gint64      shared_until_ms;
  /* The leads in the campaign (lower-case emails), for search-by-contact and
   * for the counts the analytics derive from. */
  GPtrArray  *lead_emails;
  guint       n_leads_done;    /* leads that finished the sequence */
  guint       sent_today;      /* emails sent today, for the daily limit */
} DeckMockCampaign;

typedef struct
{
  char       *id;
  char       *parent_campaign;
  gint64      created_ms;
  JsonObject *json;            /* the CampaignSubsequence as served */
} DeckMockSubsequence;

typedef struct
{
  const char  *search;
  gboolean     has_status;
  int          status;
  gboolean     has_provider_code;
  int          provider_code;
  char       **tag_ids_any;
  char       **tag_ids_all;
  const char  *filter;       /* ACC_FILTER_* or NULL */
} DeckMockAccountFilter;

typedef struct _DeckMockLeadStore DeckMockLeadStore;

typedef struct
{
  GRand      *rand;
  char       *workspace_id;
  char       *user_id;
  char       *api_key;
  GHashTable *accounts;        /* key -> DeckMockAccount */
  GSequence  *account_order;   /* DeckMockAccount *, by (created_ms, key) */
  GPtrArray  *tags;            /* DeckMockTag *, by id (= creation order) */
  GPtrArray  *mappings;        /* DeckMockTagMapping *, by id */
  GPtrArray  *jobs;            /* DeckMockJob *, by id */
  GHashTable *keys;            /* api key -> GStrv scopes */
  guint       n_seeded;
  gint64      last_id_ms;
  guint       id_seq;
  guint       job_duration_ms;

  /* The workspace itself (deck-mock-workspace.c and friends). */
  guint32     seed;
  DeckMockWorkspace workspace;
  gboolean    unpaid;          /* every request answers 402 */
  GPtrArray  *api_keys;        /* DeckMockApiKey *, by id */
  GPtrArray  *members;         /* DeckMockMember *, by id */
  GPtrArray  *group_members;   /* DeckMockGroupMember *, by id */
  GPtrArray  *audit_log;       /* DeckMockAuditEntry *, by id (oldest first) */
  /* The audit log's seed is built on first use (most servers never read it); it
   * reads only this snapshot of the seed, so it is the same whatever came first. */
  gboolean    audit_seeded;
  char      **audit_user_ids;
  char      **audit_user_names;
  char      **audit_key_ids;
  char      **audit_emails;

  /* Campaigns and their subsequences (deck-mock-campaigns.c, -subsequences.c). */
  GPtrArray  *campaigns;       /* DeckMockCampaign *, by id (= creation order) */
  GPtrArray  *subsequences;    /* DeckMockSubsequence *, by id */
  /* The clock that campaign schedules are read against (sending status);
   * 0: real time. deck_mock_server_set_clock() sets it for tests. */
  gint64      clock_ms;

  /* Leads, lead lists, lead labels and the block list (deck-mock-leads-private.h). */
  DeckMockLeadStore *leads;
} DeckMockStore;

typedef void (*DeckMockCampaignFunc) (DeckMockStore    *store,
                                      DeckMockCampaign *campaign,
                                      gpointer          user_data);

DeckMockStore   *deck_mock_store_new               (guint                  n_accounts);
/* A workspace named @workspace_name (NULL: the default one); the seed depends on it. */
DeckMockStore   *deck_mock_store_new_for_workspace (guint                  n_accounts,
                                                    const char            *workspace_name);
void             deck_mock_store_free              (DeckMockStore         *store);

/* Seed data (deck-mock-seed.c; deck-mock-workspace.c for the workspace's own). */
void             deck_mock_seed_workspace          (DeckMockStore         *store);
void             deck_mock_seed_fill               (DeckMockStore         *store,
                                                    guint                  n_accounts);
/* Builds the JSON of a seeded account, the same on every run. */
JsonObject      *deck_mock_seed_build_account      (DeckMockStore         *store,
                                                    DeckMockAccount       *account);

/* IDs and time. */
char            *deck_mock_store_new_id            (DeckMockStore         *store,
                                                    gint64                 unix_ms);
char            *deck_mock_uuid7                   (GRand                 *rand,
                                                    gint64                 unix_ms,
                                                    guint                  seq);
gint64           deck_mock_now_ms                  (void);
char            *deck_mock_format_time             (gint64                 unix_ms);
gboolean         deck_mock_parse_time              (const char            *text,
                                                    gint64                *unix_ms);

/* Accounts. */
/* A new Account object with every schema member set to a neutral default. */
JsonObject      *deck_mock_account_json_new        (DeckMockStore         *store,
                                                    const char            *email,
                                                    const char            *first_name,
                                                    const char            *last_name,
                                                    int                    provider_code,
                                                    gint64                 created_ms);
DeckMockAccount *deck_mock_store_add_account       (DeckMockStore         *store,
                                                    JsonObject            *json);
/* A seeded account whose JSON is built later; the filter fields must be set. */
DeckMockAccount *deck_mock_store_add_seeded        (DeckMockStore         *store,
                                                    DeckMockAccount       *account);
JsonObject      *deck_mock_account_json            (DeckMockStore         *store,
                                                    DeckMockAccount       *account);
/* Re-reads the filter fields after the JSON changed. */
void             deck_mock_account_sync            (DeckMockAccount       *account);
DeckMockAccount *deck_mock_store_lookup_account    (DeckMockStore         *store,
                                                    const char            *email);
void             deck_mock_store_remove_account    (DeckMockStore         *store,
                                                    DeckMockAccount       *account);
void             deck_mock_account_touch           (DeckMockStore         *store,
                                                    DeckMockAccount       *account);
gboolean         deck_mock_account_matches         (DeckMockStore         *store,
                                                    DeckMockAccount       *account,
                                                    const DeckMockAccountFilter *filter);
char            *deck_mock_account_cursor          (DeckMockAccount       *account);
JsonNode        *deck_mock_account_to_json         (DeckMockStore         *store,
                                                    DeckMockAccount       *account,
                                                    gboolean               include_tags);
gboolean         deck_mock_account_has_tag         (DeckMockAccount       *account,
                                                    const char            *tag_id);

/* Tags. */
DeckMockTag     *deck_mock_store_lookup_tag        (DeckMockStore         *store,
                                                    const char            *id);
DeckMockTag     *deck_mock_store_find_tag_label    (DeckMockStore         *store,
                                                    const char            *label);
DeckMockTag     *deck_mock_store_add_tag           (DeckMockStore         *store,
                                                    const char            *label,
                                                    const char            *description,
                                                    gint64                 created_ms);
void             deck_mock_store_remove_tag        (DeckMockStore         *store,
                                                    DeckMockTag           *tag);
JsonNode        *deck_mock_tag_to_json             (DeckMockStore         *store,
                                                    DeckMockTag           *tag);
/* Assigns or unassigns; returns TRUE when something changed. */
gboolean         deck_mock_store_set_tag_mapping   (DeckMockStore         *store,
                                                    const char            *tag_id,
                                                    int                    resource_type,
                                                    const char            *resource_id,
                                                    gboolean               assign,
                                                    gint64                 created_ms);
JsonNode        *deck_mock_mapping_to_json         (DeckMockStore         *store,
                                                    DeckMockTagMapping    *mapping);

/* Background jobs. */
DeckMockJob     *deck_mock_store_add_job           (DeckMockStore         *store,
                                                    const char            *type,
                                                    const char            *entity_type,
                                                    const char            *entity_id,
                                                    gint64                 created_ms);
DeckMockJob     *deck_mock_store_lookup_job        (DeckMockStore         *store,
                                                    const char            *id);
/* Advances the simulated jobs to the present. Called before every use of the store. */
void             deck_mock_store_tick              (DeckMockStore         *store);
JsonNode        *deck_mock_job_to_json             (DeckMockStore         *store,
                                                    DeckMockJob           *job,
                                                    char                 **data_fields);

/* Workspace, keys, members, audit log. */
void             deck_mock_json_set_nullable_string (JsonObject           *object,
                                                     const char           *member,
                                                     const char           *value);
/* A new random key, as Instantly's look (base64). */
char            *deck_mock_new_secret              (GRand                 *rand);
void             deck_mock_api_key_free            (gpointer               data);
void             deck_mock_member_free             (gpointer               data);
void             deck_mock_group_member_free       (gpointer               data);
void             deck_mock_audit_entry_free        (gpointer               data);
JsonNode        *deck_mock_workspace_to_json       (DeckMockStore         *store);
/* Registers a key that authenticates with @scopes; listed as @name. */
DeckMockApiKey  *deck_mock_store_add_api_key       (DeckMockStore         *store,
                                                    const char            *name,
                                                    const char            *key,
                                                    const char * const    *scopes,
                                                    gint64                 created_ms);
DeckMockApiKey  *deck_mock_store_find_api_key      (DeckMockStore         *store,
                                                    const char            *key);
void             deck_mock_store_remove_api_key    (DeckMockStore         *store,
                                                    DeckMockApiKey        *api_key);
/* @masked: the key as lists serve it (""). */
JsonNode        *deck_mock_api_key_to_json         (DeckMockStore         *store,
                                                    DeckMockApiKey        *api_key,
                                                    gboolean               masked);
JsonNode        *deck_mock_member_to_json          (DeckMockStore         *store,
                                                    DeckMockMember        *member);
JsonNode        *deck_mock_group_member_to_json    (DeckMockStore         *store,
                                                    DeckMockGroupMember   *group_member);
/* Appends what a state-changing request did to the audit log, if it is an activity
 * the log knows; @route_path is the route's pattern, @token the caller's key. */
void             deck_mock_audit_record            (DeckMockStore         *store,
                                                    const char            *method,
                                                    const char            *route_path,
                                                    const char            *path,
                                                    const char            *token,
                                                    const char            *user_agent);
void             deck_mock_seed_members            (DeckMockStore         *store,
                                                    GRand                 *rand,
                                                    const char            *domain);
void             deck_mock_seed_api_keys           (DeckMockStore         *store,
                                                    GRand                 *rand);
/* The user id of the member whose role is owner. */
const char      *deck_mock_store_get_owner_id      (DeckMockStore         *store);
/* Takes the snapshot the audit log's seed reads (at seed time). */
void             deck_mock_audit_prepare           (DeckMockStore         *store);
/* Builds the seeded audit log if that has not happened yet. */
void             deck_mock_audit_ensure            (DeckMockStore         *store);

/* Campaigns and subsequences. The JSON is the object as served; the status is
 * its "status" member (0 draft, 1 active, 2 paused, 3 completed, 4 running
 * subsequences, -1 accounts unhealthy, -2 bounce protect, -99 suspended). */
DeckMockCampaign *deck_mock_store_lookup_campaign   (DeckMockStore         *store,
                                                     const char            *id);
/* Calls @func on every campaign in creation order; @func must not add or remove. */
void             deck_mock_store_foreach_campaign  (DeckMockStore         *store,
                                                    DeckMockCampaignFunc   func,
                                                    gpointer               user_data);
/* Takes @json (its "id" and "timestamp_created" must be set). */
DeckMockCampaign *deck_mock_store_add_campaign      (DeckMockStore         *store,
                                                     JsonObject            *json);
void             deck_mock_store_remove_campaign   (DeckMockStore         *store,
                                                    DeckMockCampaign      *campaign);
const char      *deck_mock_campaign_get_name       (DeckMockCampaign      *campaign);
int              deck_mock_campaign_get_status     (DeckMockCampaign      *campaign);
/* The steps of sequences[0] (0 if none) and the variants of one of them. */
guint            deck_mock_campaign_get_n_steps    (DeckMockCampaign      *campaign);
guint            deck_mock_campaign_get_n_variants (DeckMockCampaign      *campaign,
                                                    guint                  step);
DeckMockSubsequence *deck_mock_store_lookup_subsequence (DeckMockStore    *store,
                                                         const char       *id);
/* Takes @json (its "id", "parent_campaign" and "timestamp_created" must be set). */
DeckMockSubsequence *deck_mock_store_add_subsequence    (DeckMockStore    *store,
                                                         JsonObject       *json);
void             deck_mock_store_remove_subsequence (DeckMockStore        *store,
                                                     DeckMockSubsequence  *subsequence);
/* Seeds ~12 campaigns and a few subsequences (deck-mock-campaign-seed.c). */
void             deck_mock_seed_campaigns          (DeckMockStore         *store);

/* Deep copies (json_node_copy shares objects and arrays). */
JsonNode        *deck_mock_json_copy               (JsonNode              *node);
JsonObject      *deck_mock_json_object_copy        (JsonObject            *object);

/* Deterministic pseudo-random number from a string (analytics figures). */
guint32          deck_mock_hash                    (const char            *a,
                                                    const char            *b);

G_END_DECLS
