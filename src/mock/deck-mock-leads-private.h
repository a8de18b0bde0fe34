/* deck-mock-leads-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-mock-routes-private.h"

G_BEGIN_DECLS

/* The mock's leads, lead lists, lead labels and block list.
 *
 * Leads are compact C structs (a workspace may hold 100,000 of them): every string
 * lives in the store's GStringChunk (seeded names are shared, edits append new
 * strings), and the Lead JSON is only built when a lead is served. */

#define DECK_MOCK_LEAD_UNSET G_MININT   /* an int member that is absent */
#define DECK_MOCK_DEFAULT_N_LEADS 5000

typedef struct _DeckMockLead DeckMockLead;

typedef struct
{
  GString  *out;
  gboolean  need_comma;
} DeckMockJsonWriter;

struct _DeckMockLead
{
  const char   *id;
  const char   *email;            /* NULL: none */
  const char   *email_key;        /* lower-case email, NULL if none */
  const char   *first_name;
  const char   *last_name;
  const char   *company_name;
  const char   *job_title;
  const char   *phone;
  const char   *website;
  const char   *personalization;
  const char   *pl_value_lead;
  const char   *assigned_to;
  const char   *campaign_id;      /* NULL: not in a campaign */
  const char   *list_id;          /* NULL: not in a list */
  const char   *subsequence_id;
  const char   *last_contacted_from;
  JsonObject   *custom;           /* custom variables, NULL if none */
  gint64        created_ms;
  gint64        updated_ms;
  gint64        last_contact_ms;  /* 0: never */
  gint64        last_open_ms;
  gint64        last_reply_ms;
  gint64        last_click_ms;
  gint64        interest_ms;
  gint64        subsequence_ms;
  int           status;
  int           interest;         /* DECK_MOCK_LEAD_UNSET: none */
  int           verification;     /* DECK_MOCK_LEAD_UNSET: none */
  int           enrichment;       /* DECK_MOCK_LEAD_UNSET: none */
  int           esp_code;
  int           esg_code;         /* DECK_MOCK_LEAD_UNSET: none */
  int           last_step;        /* the step last sent, -1: none */
  guint         opens;
  guint         replies;
  guint         clicks;
  guint8        upload_method;    /* 0 manual, 1 api, 2 website-visitor */
  guint16       seed_custom;      /* seeded custom variables (0: none), while custom is NULL */
  DeckMockLead *email_next;       /* the next lead with the same email_key */
};

typedef struct
{
  char     *id;
  char     *name;
  int       has_enrichment_task;  /* -1: null */
  char     *owned_by;             /* NULL: null */
  gint64    created_ms;
} DeckMockLeadList;

typedef struct
{
  char     *id;
  char     *label;
  char     *interest_status_label;
  int       interest_status;
  char     *description;          /* NULL: null */
  int       use_with_ai;          /* -1: null */
  gint64    created_ms;
} DeckMockLeadLabel;

typedef struct
{
  char     *id;
  char     *value;
  gboolean  is_domain;
  gint64    created_ms;
} DeckMockBlockEntry;

struct _DeckMockLeadStore
{
  GStringChunk *strings;
  GPtrArray    *leads;          /* DeckMockLead *, owned, by id */
  GHashTable   *by_id;          /* id -> DeckMockLead * */
  GHashTable   *by_email;       /* email_key -> first DeckMockLead * of its chain */
  GPtrArray    *lists;          /* DeckMockLeadList *, by timestamp_created */
  GPtrArray    *labels;         /* DeckMockLeadLabel *, by timestamp_created */
  GPtrArray    *block_list;     /* DeckMockBlockEntry *, by id */
  char         *block_list_id;  /* the workspace's default block list */
  gint64        last_list_ms;
  gint64        last_label_ms;
};

void          deck_mock_jw_begin_object          (DeckMockJsonWriter *w);
void          deck_mock_jw_end_object            (DeckMockJsonWriter *w);
void          deck_mock_jw_begin_array           (DeckMockJsonWriter *w);
void          deck_mock_jw_end_array             (DeckMockJsonWriter *w);
void          deck_mock_jw_name                  (DeckMockJsonWriter *w,
                                                  const char         *name);
/* NULL writes null. */
void          deck_mock_jw_string                (DeckMockJsonWriter *w,
                                                  const char         *value);
void          deck_mock_jw_null                  (DeckMockJsonWriter *w);
void          deck_mock_jw_int                   (DeckMockJsonWriter *w,
                                                  gint64              value);
void          deck_mock_jw_bool                  (DeckMockJsonWriter *w,
                                                  gboolean            value);
void          deck_mock_jw_node                  (DeckMockJsonWriter *w,
                                                  JsonNode           *node);

/* What POST /leads/list, /leads/move and /leads/bulk-assign select by. */
typedef struct
{
  char        *search;           /* casefolded */
  const char  *filter;
  const char  *campaign_id;
  const char  *list_id;
  int          in_campaign;      /* -1: any */
  int          in_list;          /* -1: any */
  GHashTable  *ids;              /* NULL: any */
  GHashTable  *excluded_ids;
  GHashTable  *contacts;         /* lower-case emails */
  GHashTable  *assigned_to;      /* organization_user_ids */
  JsonArray   *queries;
  int          website_visitor;  /* -1: any */
  int          enrichment;       /* DECK_MOCK_LEAD_UNSET: any */
  const char  *esg_code;
  int          esp_code;         /* DECK_MOCK_LEAD_UNSET: any */
  gint64       now_ms;
} DeckMockLeadFilter;

/* Store (deck-mock-lead-store.c). */
DeckMockLeadStore *deck_mock_lead_store_new      (void);
void          deck_mock_lead_store_free          (DeckMockLeadStore *leads);
/* Seeds lead lists, labels, the block list and @n_leads leads, the same on every
 * run, and makes the campaigns' lead_emails match (deck-mock-lead-seed.c). */
void          deck_mock_seed_leads               (DeckMockStore     *store,
                                                  guint              n_leads);
/* Replaces the leads (only) by @n_leads seeded ones. */
void          deck_mock_reseed_leads             (DeckMockStore     *store,
                                                  guint              n_leads);

const char   *deck_mock_lead_intern              (DeckMockStore     *store,
                                                  const char        *text);
DeckMockLead *deck_mock_lead_new                 (DeckMockStore     *store,
                                                  gint64             created_ms);
void          deck_mock_lead_free                (gpointer           lead);
/* Inserts @lead (its id set) in id order and in the indexes. */
void          deck_mock_store_insert_lead        (DeckMockStore     *store,
                                                  DeckMockLead      *lead);
/* Takes @lead out of the store; the caller frees it. */
void          deck_mock_store_remove_lead        (DeckMockStore     *store,
                                                  DeckMockLead      *lead);
/* Removes every lead for which @func returns TRUE; returns how many. */
guint         deck_mock_store_remove_leads_if    (DeckMockStore     *store,
                                                  gboolean         (*func) (DeckMockLead *, gpointer),
                                                  gpointer           user_data,
                                                  guint              limit);
DeckMockLead *deck_mock_store_lookup_lead        (DeckMockStore     *store,
                                                  const char        *id);
/* The first lead (lowest id) with this email, any case. */
DeckMockLead *deck_mock_store_find_lead_email    (DeckMockStore     *store,
                                                  const char        *email);
void          deck_mock_lead_set_email           (DeckMockStore     *store,
                                                  DeckMockLead      *lead,
                                                  const char        *email);
/* The index of the first lead whose id sorts after @cursor. */
guint         deck_mock_lead_index_after         (DeckMockStore     *store,
                                                  const char        *cursor);
JsonNode     *deck_mock_lead_to_json             (DeckMockStore     *store,
                                                  DeckMockLead      *lead);
/* The Lead as JSON text, appended to @writer (a list page). */
void          deck_mock_lead_write_json          (DeckMockJsonWriter *writer,
                                                  DeckMockStore     *store,
                                                  DeckMockLead      *lead);
/* Rebuilds the lead_emails of @campaign_id (NULL: of every campaign). */
void          deck_mock_leads_sync_campaign      (DeckMockStore     *store,
                                                  const char        *campaign_id);

/* The custom variables of @lead, created from its seed when needed. */
JsonObject   *deck_mock_lead_ensure_custom       (DeckMockLead      *lead);
/* Writes the seeded custom variables @seed_custom into @writer's open object. */
void          deck_mock_seed_lead_custom         (DeckMockJsonWriter *writer,
                                                  guint              seed_custom);

/* Filters. Parses @body (validated) into @filter; FALSE with a 400 already sent. */
gboolean      deck_mock_lead_filter_init         (DeckMockLeadFilter *filter,
                                                  DeckMockContext    *ctx,
                                                  JsonObject         *body);
void          deck_mock_lead_filter_clear        (DeckMockLeadFilter *filter);
gboolean      deck_mock_lead_matches             (DeckMockStore      *store,
                                                  DeckMockLead       *lead,
                                                  const DeckMockLeadFilter *filter);

/* Lists, labels, block list. */
DeckMockLeadList  *deck_mock_store_lookup_lead_list  (DeckMockStore *store,
                                                      const char    *id);
DeckMockLeadList  *deck_mock_store_add_lead_list     (DeckMockStore *store,
                                                      const char    *name,
                                                      int            has_enrichment_task,
                                                      const char    *owned_by,
                                                      gint64         created_ms);
JsonNode          *deck_mock_lead_list_to_json       (DeckMockStore *store,
                                                      DeckMockLeadList *list);
DeckMockLeadLabel *deck_mock_store_lookup_lead_label (DeckMockStore *store,
                                                      const char    *id);
DeckMockLeadLabel *deck_mock_store_add_lead_label    (DeckMockStore *store,
                                                      const char    *label,
                                                      const char    *interest_status_label,
                                                      const char    *description,
                                                      int            use_with_ai,
                                                      gint64         created_ms);
JsonNode          *deck_mock_lead_label_to_json      (DeckMockStore *store,
                                                      DeckMockLeadLabel *label);
/* The label whose interest_status is @value, or NULL. */
DeckMockLeadLabel *deck_mock_store_find_label_status (DeckMockStore *store,
                                                      int            value);
DeckMockBlockEntry *deck_mock_store_add_block_entry  (DeckMockStore *store,
                                                      const char    *value,
                                                      gint64         created_ms);
JsonNode          *deck_mock_block_entry_to_json     (DeckMockStore *store,
                                                      DeckMockBlockEntry *entry);
/* Lower-cases and trims @value; NULL if it is neither an email nor a domain. */
char              *deck_mock_block_value_normalize   (const char    *value);
/* TRUE when @email or its domain is on the block list. */
gboolean           deck_mock_store_is_blocked        (DeckMockStore *store,
                                                      const char    *email);
gboolean           deck_mock_lead_email_valid        (const char    *email);

/* Lists in timestamp order, paged by a timestamp cursor. */
guint              deck_mock_index_after_time        (GPtrArray     *array,
                                                      gsize          time_offset,
                                                      const char    *cursor);

G_END_DECLS
