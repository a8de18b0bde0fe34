/* deck-lead-csv.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "deck-csv.h"
#include "deck-lead.h"

G_BEGIN_DECLS

/* ---- column mapping: what a CSV column becomes in a /leads/add lead object */
typedef enum
{
  DECK_LEAD_FIELD_SKIP,
  DECK_LEAD_FIELD_EMAIL,
  DECK_LEAD_FIELD_FIRST_NAME,
  DECK_LEAD_FIELD_LAST_NAME,
  DECK_LEAD_FIELD_COMPANY_NAME,
  DECK_LEAD_FIELD_JOB_TITLE,
  DECK_LEAD_FIELD_PHONE,
  DECK_LEAD_FIELD_WEBSITE,
  DECK_LEAD_FIELD_PERSONALIZATION,
  DECK_LEAD_FIELD_PL_VALUE_LEAD,
  DECK_LEAD_FIELD_CUSTOM_VARIABLE,    /* custom_variables[name] */
  DECK_LEAD_N_FIELDS
} DeckLeadField;

/* Plain words for menus ("Email", "First name", …, "Custom variable", "Skip"). */
const char *deck_lead_field_get_label    (DeckLeadField field);
/* The spec's member name ("email", "first_name", …); NULL for skip / custom. */
const char *deck_lead_field_get_api_name (DeckLeadField field);

typedef struct _DeckLeadMapping DeckLeadMapping;

#define DECK_TYPE_LEAD_MAPPING (deck_lead_mapping_get_type ())
GType            deck_lead_mapping_get_type     (void) G_GNUC_CONST;
/* Guessed from the headers: "Email", "E-mail", "email address" -> email, "First Name",
 * "firstname" -> first_name, …, the columns our own export writes but the server does
 * not take (ID, Status, Created, …) -> skip, anything else -> a custom variable named
 * after the header (trimmed), an empty header -> skip. At most one column per standard
 * field: later duplicates become custom variables. */
DeckLeadMapping *deck_lead_mapping_guess        (const char * const *headers);
DeckLeadMapping *deck_lead_mapping_copy         (const DeckLeadMapping *self);
void             deck_lead_mapping_free         (DeckLeadMapping       *self);
guint            deck_lead_mapping_get_n_columns (const DeckLeadMapping *self);
DeckLeadField    deck_lead_mapping_get_field    (const DeckLeadMapping *self,
                                                 guint                  column);
/* The custom variable's name (NULL unless the field is CUSTOM_VARIABLE). */
const char      *deck_lead_mapping_get_variable (const DeckLeadMapping *self,
                                                 guint                  column);
/* @variable is used (and required non-empty) for CUSTOM_VARIABLE only. Setting a
 * standard field another column has moves that column to skip. */
void             deck_lead_mapping_set          (DeckLeadMapping       *self,
                                                 guint                  column,
                                                 DeckLeadField          field,
                                                 const char            *variable);
/* The column mapped to @field, or -1. */
int              deck_lead_mapping_find         (const DeckLeadMapping *self,
                                                 DeckLeadField          field);
/* For remembering a mapping per header set (GSettings a{ss} "lead-import-mapping"):
 * the key names the header set; the value is the mapping as text. from_string gives
 * NULL when the text does not fit @n_columns. */
char            *deck_lead_mapping_dup_key      (const char * const *headers);
char            *deck_lead_mapping_to_string    (const DeckLeadMapping *self);
DeckLeadMapping *deck_lead_mapping_new_from_string (const char         *text,
                                                 guint                  n_columns);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckLeadMapping, deck_lead_mapping_free)

/* ---- the import plan: rows -> problems -> lead objects -> rejected rows */
typedef enum
{
  DECK_LEAD_PROBLEM_NONE,
  DECK_LEAD_PROBLEM_RAGGED_ROW,          /* field count differs from the header */
  DECK_LEAD_PROBLEM_MISSING_EMAIL,       /* campaign target: every lead needs one */
  DECK_LEAD_PROBLEM_EMPTY,               /* list target: no email and no name */
  DECK_LEAD_PROBLEM_INVALID_EMAIL,
  DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE,   /* the same email on an earlier row */
  DECK_LEAD_PROBLEM_ALREADY_IN_TARGET,   /* already in this campaign / list */
  DECK_LEAD_PROBLEM_IN_WORKSPACE,        /* skip if in workspace */
  DECK_LEAD_PROBLEM_IN_CAMPAIGN,         /* skip if in any campaign */
  DECK_LEAD_PROBLEM_IN_LIST,             /* skip if in any list */
  DECK_LEAD_PROBLEM_BLOCKED_EMAIL,
  DECK_LEAD_PROBLEM_BLOCKED_DOMAIN,
  DECK_LEAD_N_PROBLEMS
} DeckLeadProblem;

/* Plain words ("Invalid email", "Duplicate in the file", …). */
const char *deck_lead_problem_get_label (DeckLeadProblem problem);

/* Which existing leads count as "already there" (mirrors DeckLeadAddFlags). */
typedef enum
{
  DECK_LEAD_PLAN_SKIP_IF_IN_WORKSPACE = 1 << 0,
  DECK_LEAD_PLAN_SKIP_IF_IN_CAMPAIGN  = 1 << 1,
  DECK_LEAD_PLAN_SKIP_IF_IN_LIST      = 1 << 2,
} DeckLeadPlanSkip;

/* A simple, permissive check (local@domain.tld, no spaces, one @). */
gboolean deck_lead_email_is_valid      (const char *email);
/* Lowercased and trimmed (transfer full), for comparisons. */
char    *deck_lead_email_normalize     (const char *email);

#define DECK_TYPE_LEAD_IMPORT_PLAN (deck_lead_import_plan_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadImportPlan, deck_lead_import_plan, DECK, LEAD_IMPORT_PLAN, GObject)

/*
 * Not thread-safe, but has no main-thread affinity: the dialog configures it, runs
 * analyze() in a worker thread (it is linear in the rows) and reads it back.
 * Exactly one of @campaign_id / @list_id.
 */
DeckLeadImportPlan *deck_lead_import_plan_new       (DeckCsvTable       *table,
                                                     const char         *campaign_id,
                                                     const char         *list_id);
DeckCsvTable       *deck_lead_import_plan_get_table (DeckLeadImportPlan *self);
/* Copies @mapping (default: the guess from the header). */
void                deck_lead_import_plan_set_mapping (DeckLeadImportPlan    *self,
                                                       const DeckLeadMapping *mapping);
const DeckLeadMapping *deck_lead_import_plan_get_mapping (DeckLeadImportPlan *self);
void                deck_lead_import_plan_set_skip  (DeckLeadImportPlan *self,
                                                     DeckLeadPlanSkip    skip);
/* An existing lead of the workspace (@campaign_id / @list_id: where it is; NULL for
 * neither). Several calls for one email accumulate. */
void                deck_lead_import_plan_add_existing (DeckLeadImportPlan *self,
                                                        const char         *email,
                                                        const char         *campaign_id,
                                                        const char         *list_id);
void                deck_lead_import_plan_clear_existing (DeckLeadImportPlan *self);
/* A block list value: an email, or a domain (matches the email's domain and its
 * subdomains). */
void                deck_lead_import_plan_add_blocked (DeckLeadImportPlan *self,
                                                       const char         *value);

/* Finds every row's first problem; call again after changing the inputs. */
void                deck_lead_import_plan_analyze   (DeckLeadImportPlan *self);
guint               deck_lead_import_plan_get_n_rows (DeckLeadImportPlan *self);
DeckLeadProblem     deck_lead_import_plan_get_problem (DeckLeadImportPlan *self,
                                                       guint               row);
guint               deck_lead_import_plan_count_problem (DeckLeadImportPlan *self,
                                                         DeckLeadProblem     problem);
/* Rows with no problem, i.e. the ones that will be sent. */
guint               deck_lead_import_plan_get_n_ok  (DeckLeadImportPlan *self);
/* Up to @max rows (indices) with @problem, for examples. */
GArray             *deck_lead_import_plan_dup_examples (DeckLeadImportPlan *self,
                                                        DeckLeadProblem     problem,
                                                        guint               max);
/* The email the row maps to ("" when none), for examples. */
const char         *deck_lead_import_plan_get_row_email (DeckLeadImportPlan *self,
                                                         guint               row);

/* The /leads/add lead object of one row (only the spec's lead fields; custom
 * variables as strings; empty cells left out). */
JsonObject         *deck_lead_import_plan_build_lead (DeckLeadImportPlan *self,
                                                      guint               row);
/* The lead objects of every row without a problem, in row order; @out_rows (optional)
 * receives the row index of each (guint). */
JsonArray          *deck_lead_import_plan_build_leads (DeckLeadImportPlan *self,
                                                       GArray            **out_rows);

/* The rejected rows as CSV: the header plus a "Reason" column; every row with a
 * problem, and, with @sent_rows and @created_indices (the indices into the sent
 * array the server created; DeckLeadAddResult.created_leads), the rows sent but not
 * created ("Not added by the server"). Rows the upload never reached (@n_attempted
 * <= index) are listed as "Not uploaded". Pass @sent_rows NULL before any upload. */
char               *deck_lead_import_plan_dup_rejected_csv (DeckLeadImportPlan *self,
                                                            GArray             *sent_rows,
                                                            GArray             *created_indices,
                                                            guint               n_attempted);

/* ---- export: DeckLead rows to CSV */

/* The fixed columns, in order ("Email", "First Name", …); a column per custom
 * variable follows them. */
const char * const *deck_lead_csv_export_columns (void);
/* One lead as fields for the fixed columns then @variables (transfer full). */
GStrv               deck_lead_csv_export_row     (DeckLead            *lead,
                                                  const char * const  *variables);

typedef void (*DeckLeadCsvProgress) (guint    n_done,
                                     guint    n_total,
                                     gpointer user_data);

/* Writes every lead of @leads (DeckLead items) to @stream: a first pass collects the
 * custom variable names (their union, sorted), then the header and rows are formatted
 * in idle chunks on the main thread (DeckLeads are main-thread objects) and written
 * asynchronously, so the main loop never stalls. @progress runs after each chunk.
 * Does not close @stream. Finishes with the number of leads written. */
void                deck_lead_csv_write_async    (GListModel          *leads,
                                                  GOutputStream       *stream,
                                                  DeckLeadCsvProgress  progress,
                                                  gpointer             progress_data,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean            deck_lead_csv_write_finish   (GAsyncResult        *result,
                                                  guint               *out_n_written,
                                                  GError             **error);

G_END_DECLS
