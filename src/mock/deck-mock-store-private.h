/* deck-mock-store-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

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
} DeckMockJob;

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
} DeckMockStore;

DeckMockStore   *deck_mock_store_new               (guint                  n_accounts);
void             deck_mock_store_free              (DeckMockStore         *store);

/* Seed data (deck-mock-seed.c). */
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

/* Deep copies (json_node_copy shares objects and arrays). */
JsonNode        *deck_mock_json_copy               (JsonNode              *node);
JsonObject      *deck_mock_json_object_copy        (JsonObject            *object);

/* Deterministic pseudo-random number from a string (analytics figures). */
guint32          deck_mock_hash                    (const char            *a,
                                                    const char            *b);

G_END_DECLS
