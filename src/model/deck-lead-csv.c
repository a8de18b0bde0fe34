/* deck-lead-csv.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "deck-lead-csv.h"

/* ---- fields */

static const struct
{
  const char *label;
  const char *api_name;
} field_info[DECK_LEAD_N_FIELDS] = {
  [DECK_LEAD_FIELD_SKIP]            = { N_("Skip"), NULL },
  [DECK_LEAD_FIELD_EMAIL]           = { N_("Email"), "email" },
  [DECK_LEAD_FIELD_FIRST_NAME]      = { N_("First name"), "first_name" },
  [DECK_LEAD_FIELD_LAST_NAME]       = { N_("Last name"), "last_name" },
  [DECK_LEAD_FIELD_COMPANY_NAME]    = { N_("Company"), "company_name" },
  [DECK_LEAD_FIELD_JOB_TITLE]       = { N_("Job title"), "job_title" },
  [DECK_LEAD_FIELD_PHONE]           = { N_("Phone"), "phone" },
  [DECK_LEAD_FIELD_WEBSITE]         = { N_("Website"), "website" },
  [DECK_LEAD_FIELD_PERSONALIZATION] = { N_("Personalization"), "personalization" },
  [DECK_LEAD_FIELD_PL_VALUE_LEAD]   = { N_("Potential value"), "pl_value_lead" },
  [DECK_LEAD_FIELD_CUSTOM_VARIABLE] = { N_("Custom variable"), NULL },
};

const char *
deck_lead_field_get_label (DeckLeadField field)
{
  g_return_val_if_fail (field < DECK_LEAD_N_FIELDS, "");

  return _(field_info[field].label);
}

const char *
deck_lead_field_get_api_name (DeckLeadField field)
{
  g_return_val_if_fail (field < DECK_LEAD_N_FIELDS, NULL);

  return field_info[field].api_name;
}

/* Header words (lowercase, letters and digits only) and what they become. */
static const struct
{
  const char    *word;
  DeckLeadField  field;
} header_words[] = {
  { "email", DECK_LEAD_FIELD_EMAIL },
  { "emailaddress", DECK_LEAD_FIELD_EMAIL },
  { "mail", DECK_LEAD_FIELD_EMAIL },
  { "workemail", DECK_LEAD_FIELD_EMAIL },
  { "businessemail", DECK_LEAD_FIELD_EMAIL },
  { "firstname", DECK_LEAD_FIELD_FIRST_NAME },
  { "first", DECK_LEAD_FIELD_FIRST_NAME },
  { "givenname", DECK_LEAD_FIELD_FIRST_NAME },
  { "fname", DECK_LEAD_FIELD_FIRST_NAME },
  { "lastname", DECK_LEAD_FIELD_LAST_NAME },
  { "last", DECK_LEAD_FIELD_LAST_NAME },
  { "surname", DECK_LEAD_FIELD_LAST_NAME },
  { "familyname", DECK_LEAD_FIELD_LAST_NAME },
  { "lname", DECK_LEAD_FIELD_LAST_NAME },
  { "company", DECK_LEAD_FIELD_COMPANY_NAME },
  { "companyname", DECK_LEAD_FIELD_COMPANY_NAME },
  { "organization", DECK_LEAD_FIELD_COMPANY_NAME },
  { "organisation", DECK_LEAD_FIELD_COMPANY_NAME },
  { "employer", DECK_LEAD_FIELD_COMPANY_NAME },
  { "jobtitle", DECK_LEAD_FIELD_JOB_TITLE },
  { "title", DECK_LEAD_FIELD_JOB_TITLE },
  { "position", DECK_LEAD_FIELD_JOB_TITLE },
  { "role", DECK_LEAD_FIELD_JOB_TITLE },
  { "phone", DECK_LEAD_FIELD_PHONE },
  { "phonenumber", DECK_LEAD_FIELD_PHONE },
  { "telephone", DECK_LEAD_FIELD_PHONE },
  { "mobile", DECK_LEAD_FIELD_PHONE },
  { "tel", DECK_LEAD_FIELD_PHONE },
  { "website", DECK_LEAD_FIELD_WEBSITE },
  { "web", DECK_LEAD_FIELD_WEBSITE },
  { "url", DECK_LEAD_FIELD_WEBSITE },
  { "homepage", DECK_LEAD_FIELD_WEBSITE },
  { "companywebsite", DECK_LEAD_FIELD_WEBSITE },
  { "personalization", DECK_LEAD_FIELD_PERSONALIZATION },
  { "personalisation", DECK_LEAD_FIELD_PERSONALIZATION },
  { "icebreaker", DECK_LEAD_FIELD_PERSONALIZATION },
  { "potentialvalue", DECK_LEAD_FIELD_PL_VALUE_LEAD },
  { "plvaluelead", DECK_LEAD_FIELD_PL_VALUE_LEAD },
  { "leadvalue", DECK_LEAD_FIELD_PL_VALUE_LEAD },
  /* Our own export's read-only columns: the server does not take them back. */
  { "id", DECK_LEAD_FIELD_SKIP },
  { "leadid", DECK_LEAD_FIELD_SKIP },
  { "companydomain", DECK_LEAD_FIELD_SKIP },
  { "status", DECK_LEAD_FIELD_SKIP },
  { "interest", DECK_LEAD_FIELD_SKIP },
  { "verification", DECK_LEAD_FIELD_SKIP },
  { "opens", DECK_LEAD_FIELD_SKIP },
  { "replies", DECK_LEAD_FIELD_SKIP },
  { "clicks", DECK_LEAD_FIELD_SKIP },
  { "created", DECK_LEAD_FIELD_SKIP },
  { "updated", DECK_LEAD_FIELD_SKIP },
  { "lastcontact", DECK_LEAD_FIELD_SKIP },
  { "campaign", DECK_LEAD_FIELD_SKIP },
  { "list", DECK_LEAD_FIELD_SKIP },
  { "subsequence", DECK_LEAD_FIELD_SKIP },
  { "assignedto", DECK_LEAD_FIELD_SKIP },
};

/* The fixed export columns; the guess above maps each back. */
static const char * const export_columns[] = {
  "Email", "First Name", "Last Name", "Company", "Company Domain", "Job Title",
  "Phone", "Website", "Personalization", "Potential Value", "Status", "Interest",
  "Verification", "Opens", "Replies", "Clicks", "Created", "Updated",
  "Last Contact", "Campaign", "List", "Subsequence", "Assigned To", "ID",
  NULL
};

static char *
header_word (const char *header)
{
  GString *word = g_string_new (NULL);
  g_autofree char *folded = g_utf8_strdown (header, -1);

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (word, *p);

  return g_string_free (word, FALSE);
}

/* ---- mapping */

typedef struct
{
  DeckLeadField  field;
  char          *variable;
} Column;

struct _DeckLeadMapping
{
  GArray *columns;   /* Column */
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->variable, g_free);
}

static DeckLeadMapping *
mapping_new (guint n_columns)
{
  DeckLeadMapping *self = g_new0 (DeckLeadMapping, 1);

  self->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), n_columns);
  g_array_set_clear_func (self->columns, column_clear);
  g_array_set_size (self->columns, n_columns);

  return self;
}

DeckLeadMapping *
deck_lead_mapping_copy (const DeckLeadMapping *self)
{
  DeckLeadMapping *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = mapping_new (self->columns->len);
  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *from = &g_array_index (self->columns, Column, i);
      Column *to = &g_array_index (copy->columns, Column, i);

      to->field = from->field;
      to->variable = g_strdup (from->variable);
    }

  return copy;
}

void
deck_lead_mapping_free (DeckLeadMapping *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->columns);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (DeckLeadMapping, deck_lead_mapping, deck_lead_mapping_copy, deck_lead_mapping_free)

DeckLeadMapping *
deck_lead_mapping_guess (const char * const *headers)
{
  DeckLeadMapping *self;
  guint n;

  g_return_val_if_fail (headers != NULL, NULL);

  n = g_strv_length ((GStrv) headers);
  self = mapping_new (n);

  for (guint i = 0; i < n; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      g_autofree char *word = header_word (headers[i]);
      g_autofree char *name = g_strstrip (g_strdup (headers[i]));
      gboolean known = FALSE;

      column->field = DECK_LEAD_FIELD_SKIP;

      for (guint k = 0; k < G_N_ELEMENTS (header_words); k++)
        if (g_str_equal (word, header_words[k].word))
          {
            known = TRUE;
            if (header_words[k].field == DECK_LEAD_FIELD_SKIP ||
                deck_lead_mapping_find (self, header_words[k].field) < 0)
              column->field = header_words[k].field;
            else
              known = FALSE;   /* a second "Email": keep it as a variable */
            break;
          }

      if (!known && name[0] != '\0')
        {
          column->field = DECK_LEAD_FIELD_CUSTOM_VARIABLE;
          column->variable = g_steal_pointer (&name);
        }
    }

  return self;
}

guint
deck_lead_mapping_get_n_columns (const DeckLeadMapping *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

DeckLeadField
deck_lead_mapping_get_field (const DeckLeadMapping *self,
                             guint                  column)
{
  g_return_val_if_fail (self != NULL, DECK_LEAD_FIELD_SKIP);

  if (column >= self->columns->len)
    return DECK_LEAD_FIELD_SKIP;

  return g_array_index (self->columns, Column, column).field;
}

const char *
deck_lead_mapping_get_variable (const DeckLeadMapping *self,
                                guint                  column)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (column >= self->columns->len)
    return NULL;

  return g_array_index (self->columns, Column, column).variable;
}

void
deck_lead_mapping_set (DeckLeadMapping *self,
                       guint            column,
                       DeckLeadField    field,
                       const char      *variable)
{
  Column *col;

  g_return_if_fail (self != NULL);
  g_return_if_fail (column < self->columns->len);
  g_return_if_fail (field < DECK_LEAD_N_FIELDS);
  g_return_if_fail (field != DECK_LEAD_FIELD_CUSTOM_VARIABLE || (variable != NULL && variable[0] != '\0'));

  if (field != DECK_LEAD_FIELD_SKIP && field != DECK_LEAD_FIELD_CUSTOM_VARIABLE)
    {
      int other = deck_lead_mapping_find (self, field);

      if (other >= 0 && (guint) other != column)
        {
          Column *o = &g_array_index (self->columns, Column, other);

          o->field = DECK_LEAD_FIELD_SKIP;
          g_clear_pointer (&o->variable, g_free);
        }
    }

  col = &g_array_index (self->columns, Column, column);
  col->field = field;
  g_free (col->variable);
  col->variable = field == DECK_LEAD_FIELD_CUSTOM_VARIABLE ? g_strstrip (g_strdup (variable)) : NULL;
}

int
deck_lead_mapping_find (const DeckLeadMapping *self,
                        DeckLeadField          field)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_array_index (self->columns, Column, i).field == field)
      return i;

  return -1;
}

static char *
strv_to_json (const char * const *strv,
              guint               n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

char *
deck_lead_mapping_dup_key (const char * const *headers)
{
  g_return_val_if_fail (headers != NULL, NULL);

  return strv_to_json (headers, g_strv_length ((GStrv) headers));
}

char *
deck_lead_mapping_to_string (const DeckLeadMapping *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *col = &g_array_index (self->columns, Column, i);

      if (col->field == DECK_LEAD_FIELD_CUSTOM_VARIABLE)
        g_ptr_array_add (items, g_strconcat ("custom:", col->variable, NULL));
      else if (col->field == DECK_LEAD_FIELD_SKIP)
        g_ptr_array_add (items, g_strdup ("skip"));
      else
        g_ptr_array_add (items, g_strdup (field_info[col->field].api_name));
    }

  return strv_to_json ((const char * const *) items->pdata, items->len);
}

DeckLeadMapping *
deck_lead_mapping_new_from_string (const char *text,
                                   guint       n_columns)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(DeckLeadMapping) self = NULL;
  JsonArray *array;

  g_return_val_if_fail (text != NULL, NULL);

  root = json_from_string (text, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;

  array = json_node_get_array (root);
  if (json_array_get_length (array) != n_columns)
    return NULL;

  self = mapping_new (n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      Column *col = &g_array_index (self->columns, Column, i);
      const char *item;
      gboolean found = FALSE;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return NULL;
      item = json_node_get_string (node);

      if (g_str_has_prefix (item, "custom:") && item[strlen ("custom:")] != '\0')
        {
          col->field = DECK_LEAD_FIELD_CUSTOM_VARIABLE;
          col->variable = g_strdup (item + strlen ("custom:"));
          continue;
        }
      if (g_str_equal (item, "skip"))
        {
          col->field = DECK_LEAD_FIELD_SKIP;
          continue;
        }
      for (guint f = 0; f < DECK_LEAD_N_FIELDS; f++)
        if (field_info[f].api_name != NULL && g_str_equal (item, field_info[f].api_name))
          {
            col->field = f;
            found = TRUE;
          }
      if (!found)
        return NULL;
    }

  return g_steal_pointer (&self);
}

/* ---- emails */

char *
deck_lead_email_normalize (const char *email)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (email != NULL, NULL);

  copy = g_strstrip (g_strdup (email));

  return g_utf8_strdown (copy, -1);
}

gboolean
deck_lead_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;
  const char *domain;

  if (email == NULL || email[0] == '\0')
    return FALSE;

  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>' || *p == '"')
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  dot = strrchr (domain, '.');
  if (dot == NULL || dot == domain || dot[1] == '\0' || strlen (dot + 1) < 2)
    return FALSE;
  if (strstr (domain, "..") != NULL || domain[0] == '.' || domain[0] == '-')
    return FALSE;

  return g_utf8_validate (email, -1, NULL);
}

/* ---- problems */

static const char *problem_labels[DECK_LEAD_N_PROBLEMS] = {
  [DECK_LEAD_PROBLEM_NONE]              = NULL,
  [DECK_LEAD_PROBLEM_RAGGED_ROW]        = N_("Wrong number of fields"),
  [DECK_LEAD_PROBLEM_MISSING_EMAIL]     = N_("No email"),
  [DECK_LEAD_PROBLEM_EMPTY]             = N_("No email and no name"),
  [DECK_LEAD_PROBLEM_INVALID_EMAIL]     = N_("Invalid email"),
  [DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE] = N_("Duplicate in the file"),
  [DECK_LEAD_PROBLEM_ALREADY_IN_TARGET] = N_("Already there"),
  [DECK_LEAD_PROBLEM_IN_WORKSPACE]      = N_("Already in the workspace"),
  [DECK_LEAD_PROBLEM_IN_CAMPAIGN]       = N_("Already in a campaign"),
  [DECK_LEAD_PROBLEM_IN_LIST]           = N_("Already in a list"),
  [DECK_LEAD_PROBLEM_BLOCKED_EMAIL]     = N_("Blocked email"),
  [DECK_LEAD_PROBLEM_BLOCKED_DOMAIN]    = N_("Blocked domain"),
};

const char *
deck_lead_problem_get_label (DeckLeadProblem problem)
{
  g_return_val_if_fail (problem < DECK_LEAD_N_PROBLEMS, "");

  if (problem == DECK_LEAD_PROBLEM_NONE)
    return "";

  return _(problem_labels[problem]);
}

/* ---- plan */

typedef struct
{
  gboolean in_target;
  gboolean in_campaign;
  gboolean in_list;
} Existing;

struct _DeckLeadImportPlan
{
  GObject           parent_instance;

  DeckCsvTable     *table;
  char             *campaign_id;
  char             *list_id;
  DeckLeadMapping  *mapping;
  DeckLeadPlanSkip  skip;
  GHashTable       *existing;        /* normalized email -> Existing */
  GHashTable       *blocked_emails;  /* normalized */
  GHashTable       *blocked_domains; /* lowercase */
  GArray           *problems;        /* guint8 per row */
  guint             counts[DECK_LEAD_N_PROBLEMS];
};

G_DEFINE_FINAL_TYPE (DeckLeadImportPlan, deck_lead_import_plan, G_TYPE_OBJECT)

static void
deck_lead_import_plan_finalize (GObject *object)
{
  DeckLeadImportPlan *self = (DeckLeadImportPlan *)object;

  g_clear_pointer (&self->table, deck_csv_table_unref);
  g_clear_pointer (&self->campaign_id, g_free);
  g_clear_pointer (&self->list_id, g_free);
  g_clear_pointer (&self->mapping, deck_lead_mapping_free);
  g_clear_pointer (&self->existing, g_hash_table_unref);
  g_clear_pointer (&self->blocked_emails, g_hash_table_unref);
  g_clear_pointer (&self->blocked_domains, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_array_unref);

  G_OBJECT_CLASS (deck_lead_import_plan_parent_class)->finalize (object);
}

static void
deck_lead_import_plan_class_init (DeckLeadImportPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_lead_import_plan_finalize;
}

static void
deck_lead_import_plan_init (DeckLeadImportPlan *self)
{
  self->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->blocked_emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->blocked_domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_array_new (FALSE, TRUE, sizeof (guint8));
}

DeckLeadImportPlan *
deck_lead_import_plan_new (DeckCsvTable *table,
                           const char   *campaign_id,
                           const char   *list_id)
{
  DeckLeadImportPlan *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail ((campaign_id == NULL) != (list_id == NULL), NULL);

  self = g_object_new (DECK_TYPE_LEAD_IMPORT_PLAN, NULL);
  self->table = deck_csv_table_ref (table);
  self->campaign_id = g_strdup (campaign_id);
  self->list_id = g_strdup (list_id);
  self->mapping = deck_lead_mapping_guess ((const char * const *) table->header);
  g_array_set_size (self->problems, table->rows->len);

  return self;
}

DeckCsvTable *
deck_lead_import_plan_get_table (DeckLeadImportPlan *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);

  return self->table;
}

void
deck_lead_import_plan_set_mapping (DeckLeadImportPlan    *self,
                                   const DeckLeadMapping *mapping)
{
  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));
  g_return_if_fail (mapping != NULL);

  g_clear_pointer (&self->mapping, deck_lead_mapping_free);
  self->mapping = deck_lead_mapping_copy (mapping);
}

const DeckLeadMapping *
deck_lead_import_plan_get_mapping (DeckLeadImportPlan *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);

  return self->mapping;
}

void
deck_lead_import_plan_set_skip (DeckLeadImportPlan *self,
                                DeckLeadPlanSkip    skip)
{
  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));

  self->skip = skip;
}

void
deck_lead_import_plan_add_existing (DeckLeadImportPlan *self,
                                    const char         *email,
                                    const char         *campaign_id,
                                    const char         *list_id)
{
  g_autofree char *key = NULL;
  Existing *existing;

  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));

  if (email == NULL || email[0] == '\0')
    return;

  key = deck_lead_email_normalize (email);
  existing = g_hash_table_lookup (self->existing, key);
  if (existing == NULL)
    {
      existing = g_new0 (Existing, 1);
      g_hash_table_insert (self->existing, g_steal_pointer (&key), existing);
    }

  if (campaign_id != NULL && campaign_id[0] != '\0')
    {
      existing->in_campaign = TRUE;
      if (g_strcmp0 (campaign_id, self->campaign_id) == 0)
        existing->in_target = TRUE;
    }
  if (list_id != NULL && list_id[0] != '\0')
    {
      existing->in_list = TRUE;
      if (g_strcmp0 (list_id, self->list_id) == 0)
        existing->in_target = TRUE;
    }
}

void
deck_lead_import_plan_clear_existing (DeckLeadImportPlan *self)
{
  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));

  g_hash_table_remove_all (self->existing);
}

void
deck_lead_import_plan_add_blocked (DeckLeadImportPlan *self,
                                   const char         *value)
{
  g_autofree char *key = NULL;

  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));

  if (value == NULL)
    return;

  key = deck_lead_email_normalize (value);
  if (key[0] == '\0')
    return;

  if (strchr (key, '@') != NULL)
    g_hash_table_add (self->blocked_emails, g_steal_pointer (&key));
  else
    g_hash_table_add (self->blocked_domains, g_steal_pointer (&key));
}

static const char *
cell (DeckLeadImportPlan *self,
      guint               row,
      int                 column)
{
  if (column < 0)
    return "";

  return deck_csv_table_get (self->table, row, column);
}

static gboolean
cell_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static gboolean
row_is_ragged (DeckLeadImportPlan *self,
               guint               row)
{
  GStrv fields = self->table->rows->pdata[row];
  guint n_header = g_strv_length (self->table->header);
  guint n = g_strv_length (fields);

  if (n < n_header)
    return TRUE;

  /* Trailing empty fields ("a,b,c,") are harmless. */
  for (guint i = n_header; i < n; i++)
    if (!cell_is_blank (fields[i]))
      return TRUE;

  return FALSE;
}

static gboolean
domain_is_blocked (DeckLeadImportPlan *self,
                   const char         *email)
{
  const char *domain = strchr (email, '@');

  if (domain == NULL || g_hash_table_size (self->blocked_domains) == 0)
    return FALSE;

  /* The domain and each parent: a.b.example.com, b.example.com, example.com. */
  for (domain = domain + 1; domain != NULL && *domain != '\0'; )
    {
      const char *dot;

      if (g_hash_table_contains (self->blocked_domains, domain))
        return TRUE;

      dot = strchr (domain, '.');
      domain = dot != NULL ? dot + 1 : NULL;
    }

  return FALSE;
}

void
deck_lead_import_plan_analyze (DeckLeadImportPlan *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int email_col;
  int first_col;
  int last_col;
  guint n_rows;

  g_return_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self));

  email_col = deck_lead_mapping_find (self->mapping, DECK_LEAD_FIELD_EMAIL);
  first_col = deck_lead_mapping_find (self->mapping, DECK_LEAD_FIELD_FIRST_NAME);
  last_col = deck_lead_mapping_find (self->mapping, DECK_LEAD_FIELD_LAST_NAME);
  n_rows = self->table->rows->len;

  memset (self->counts, 0, sizeof self->counts);

  for (guint row = 0; row < n_rows; row++)
    {
      DeckLeadProblem problem = DECK_LEAD_PROBLEM_NONE;
      g_autofree char *email = deck_lead_email_normalize (cell (self, row, email_col));

      if (row_is_ragged (self, row))
        problem = DECK_LEAD_PROBLEM_RAGGED_ROW;
      else if (email[0] == '\0')
        {
          if (self->campaign_id != NULL)
            problem = DECK_LEAD_PROBLEM_MISSING_EMAIL;
          else if (cell_is_blank (cell (self, row, first_col)) &&
                   cell_is_blank (cell (self, row, last_col)))
            problem = DECK_LEAD_PROBLEM_EMPTY;
        }
      else if (!deck_lead_email_is_valid (email))
        problem = DECK_LEAD_PROBLEM_INVALID_EMAIL;
      else if (g_hash_table_contains (seen, email))
        problem = DECK_LEAD_PROBLEM_DUPLICATE_IN_FILE;
      else
        {
          Existing *existing = g_hash_table_lookup (self->existing, email);

          g_hash_table_add (seen, g_strdup (email));

          if (existing != NULL && existing->in_target)
            problem = DECK_LEAD_PROBLEM_ALREADY_IN_TARGET;
          else if (existing != NULL && (self->skip & DECK_LEAD_PLAN_SKIP_IF_IN_WORKSPACE))
            problem = DECK_LEAD_PROBLEM_IN_WORKSPACE;
          else if (existing != NULL && existing->in_campaign && (self->skip & DECK_LEAD_PLAN_SKIP_IF_IN_CAMPAIGN))
            problem = DECK_LEAD_PROBLEM_IN_CAMPAIGN;
          else if (existing != NULL && existing->in_list && (self->skip & DECK_LEAD_PLAN_SKIP_IF_IN_LIST))
            problem = DECK_LEAD_PROBLEM_IN_LIST;
          else if (g_hash_table_contains (self->blocked_emails, email))
            problem = DECK_LEAD_PROBLEM_BLOCKED_EMAIL;
          else if (domain_is_blocked (self, email))
            problem = DECK_LEAD_PROBLEM_BLOCKED_DOMAIN;
        }

      g_array_index (self->problems, guint8, row) = problem;
      self->counts[problem]++;
    }
}

guint
deck_lead_import_plan_get_n_rows (DeckLeadImportPlan *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), 0);

  return self->table->rows->len;
}

DeckLeadProblem
deck_lead_import_plan_get_problem (DeckLeadImportPlan *self,
                                   guint               row)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), DECK_LEAD_PROBLEM_NONE);
  g_return_val_if_fail (row < self->problems->len, DECK_LEAD_PROBLEM_NONE);

  return g_array_index (self->problems, guint8, row);
}

guint
deck_lead_import_plan_count_problem (DeckLeadImportPlan *self,
                                     DeckLeadProblem     problem)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (problem < DECK_LEAD_N_PROBLEMS, 0);

  return self->counts[problem];
}

guint
deck_lead_import_plan_get_n_ok (DeckLeadImportPlan *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), 0);

  return self->counts[DECK_LEAD_PROBLEM_NONE];
}

GArray *
deck_lead_import_plan_dup_examples (DeckLeadImportPlan *self,
                                    DeckLeadProblem     problem,
                                    guint               max)
{
  GArray *rows;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);

  rows = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint row = 0; row < self->problems->len && rows->len < max; row++)
    if (g_array_index (self->problems, guint8, row) == problem)
      g_array_append_val (rows, row);

  return rows;
}

const char *
deck_lead_import_plan_get_row_email (DeckLeadImportPlan *self,
                                     guint               row)
{
  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), "");
  g_return_val_if_fail (row < self->table->rows->len, "");

  return cell (self, row, deck_lead_mapping_find (self->mapping, DECK_LEAD_FIELD_EMAIL));
}

JsonObject *
deck_lead_import_plan_build_lead (DeckLeadImportPlan *self,
                                  guint               row)
{
  JsonObject *lead;
  JsonObject *variables = NULL;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (row < self->table->rows->len, NULL);

  lead = json_object_new ();

  for (guint i = 0; i < self->mapping->columns->len; i++)
    {
      const Column *col = &g_array_index (self->mapping->columns, Column, i);
      g_autofree char *value = g_strstrip (g_strdup (cell (self, row, i)));

      if (col->field == DECK_LEAD_FIELD_SKIP || value[0] == '\0')
        continue;

      if (col->field == DECK_LEAD_FIELD_CUSTOM_VARIABLE)
        {
          if (variables == NULL)
            variables = json_object_new ();
          json_object_set_string_member (variables, col->variable, value);
        }
      else
        {
          json_object_set_string_member (lead, field_info[col->field].api_name, value);
        }
    }

  if (variables != NULL)
    json_object_set_object_member (lead, "custom_variables", variables);

  return lead;
}

JsonArray *
deck_lead_import_plan_build_leads (DeckLeadImportPlan  *self,
                                   GArray             **out_rows)
{
  JsonArray *leads;
  GArray *rows;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);

  leads = json_array_sized_new (self->counts[DECK_LEAD_PROBLEM_NONE]);
  rows = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint row = 0; row < self->problems->len; row++)
    if (g_array_index (self->problems, guint8, row) == DECK_LEAD_PROBLEM_NONE)
      {
        json_array_add_object_element (leads, deck_lead_import_plan_build_lead (self, row));
        g_array_append_val (rows, row);
      }

  if (out_rows != NULL)
    *out_rows = rows;
  else
    g_array_unref (rows);

  return leads;
}

char *
deck_lead_import_plan_dup_rejected_csv (DeckLeadImportPlan *self,
                                        GArray             *sent_rows,
                                        GArray             *created_indices,
                                        guint               n_attempted)
{
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  GString *out;
  guint n_header;
  guint n_rows;

  g_return_val_if_fail (DECK_IS_LEAD_IMPORT_PLAN (self), NULL);

  n_rows = self->table->rows->len;
  n_header = g_strv_length (self->table->header);

  /* Reasons by row: the plan's problems, then what the upload did not create. */
  reasons = g_ptr_array_new ();
  g_ptr_array_set_size (reasons, n_rows);
  for (guint row = 0; row < n_rows; row++)
    {
      DeckLeadProblem problem = g_array_index (self->problems, guint8, row);

      reasons->pdata[row] = problem != DECK_LEAD_PROBLEM_NONE ? (gpointer) deck_lead_problem_get_label (problem) : NULL;
    }

  if (sent_rows != NULL)
    {
      g_autofree gboolean *created = g_new0 (gboolean, sent_rows->len);

      if (created_indices != NULL)
        for (guint i = 0; i < created_indices->len; i++)
          {
            guint index = g_array_index (created_indices, guint, i);

            if (index < sent_rows->len)
              created[index] = TRUE;
          }

      for (guint i = 0; i < sent_rows->len; i++)
        {
          guint row = g_array_index (sent_rows, guint, i);

          if (row >= n_rows || created[i])
            continue;
          if (i < n_attempted)
            reasons->pdata[row] = (gpointer) _("Not added by the server");
          else
            reasons->pdata[row] = (gpointer) _("Not uploaded");
        }
    }

  out = g_string_new (NULL);
  fields = g_ptr_array_new ();

  for (guint i = 0; i < n_header; i++)
    g_ptr_array_add (fields, self->table->header[i]);
  g_ptr_array_add (fields, (gpointer) _("Reason"));
  deck_csv_append_row (out, (const char * const *) fields->pdata, fields->len, ',');

  for (guint row = 0; row < n_rows; row++)
    {
      GStrv row_fields = self->table->rows->pdata[row];
      guint n = g_strv_length (row_fields);

      if (reasons->pdata[row] == NULL)
        continue;

      g_ptr_array_set_size (fields, 0);
      for (guint i = 0; i < MAX (n, n_header); i++)
        g_ptr_array_add (fields, i < n ? row_fields[i] : (char *) "");
      g_ptr_array_add (fields, reasons->pdata[row]);
      deck_csv_append_row (out, (const char * const *) fields->pdata, fields->len, ',');
    }

  return g_string_free (out, FALSE);
}

/* ---- export */

const char * const *
deck_lead_csv_export_columns (void)
{
  return export_columns;
}

static char *
format_timestamp (gint64 ms)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *base = NULL;

  if (ms <= 0)
    return g_strdup ("");

  dt = g_date_time_new_from_unix_utc_usec (ms * 1000);
  if (dt == NULL)
    return g_strdup ("");

  base = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, (int) (ms % 1000));
}

GStrv
deck_lead_csv_export_row (DeckLead           *lead,
                          const char * const *variables)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int interest;
  int verification;

  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

#define ADD_TEXT(s) g_strv_builder_add (builder, (s) != NULL ? (s) : "")
#define TAKE(s) g_strv_builder_take (builder, (s))
  ADD_TEXT (deck_lead_get_email (lead));
  ADD_TEXT (deck_lead_get_first_name (lead));
  ADD_TEXT (deck_lead_get_last_name (lead));
  ADD_TEXT (deck_lead_get_company_name (lead));
  ADD_TEXT (deck_lead_get_company_domain (lead));
  ADD_TEXT (deck_lead_get_job_title (lead));
  ADD_TEXT (deck_lead_get_phone (lead));
  ADD_TEXT (deck_lead_get_website (lead));
  ADD_TEXT (deck_lead_get_personalization (lead));
  ADD_TEXT (deck_lead_get_pl_value_lead (lead));
  TAKE (deck_lead_status_to_string (deck_lead_get_status (lead)));
  interest = deck_lead_get_lt_interest_status (lead);
  TAKE (interest == DECK_LEAD_INTEREST_NONE ? g_strdup ("") : deck_lead_interest_to_string (interest));
  verification = deck_lead_get_verification_status (lead);
  TAKE (verification == 0 ? g_strdup ("") : deck_lead_verification_to_string (verification));
  TAKE (g_strdup_printf ("%u", deck_lead_get_email_open_count (lead)));
  TAKE (g_strdup_printf ("%u", deck_lead_get_email_reply_count (lead)));
  TAKE (g_strdup_printf ("%u", deck_lead_get_email_click_count (lead)));
  TAKE (format_timestamp (deck_lead_get_timestamp_created (lead)));
  TAKE (format_timestamp (deck_lead_get_timestamp_updated (lead)));
  TAKE (format_timestamp (deck_lead_get_timestamp_last_contact (lead)));
  ADD_TEXT (deck_lead_get_campaign (lead));
  ADD_TEXT (deck_lead_get_list_id (lead));
  ADD_TEXT (deck_lead_get_subsequence_id (lead));
  ADD_TEXT (deck_lead_get_assigned_to (lead));
  ADD_TEXT (deck_lead_get_id (lead));

  for (guint i = 0; variables != NULL && variables[i] != NULL; i++)
    {
      char *text = deck_lead_dup_custom_variable_text (lead, variables[i]);

      TAKE (text != NULL ? text : g_strdup (""));
    }
#undef ADD_TEXT
#undef TAKE

  return g_strv_builder_end (builder);
}

/* Leads per idle slice: formatting one lead is a few microseconds, so a slice stays
 * well under a frame. */
#define COLLECT_CHUNK 2000
#define WRITE_CHUNK 500

typedef struct
{
  GListModel          *leads;
  GOutputStream       *stream;
  DeckLeadCsvProgress  progress;
  gpointer             progress_data;
  GHashTable          *names;
  GStrv                variables;
  guint                n_total;
  guint                position;
  guint                n_written;
  gboolean             header_done;
} WriteData;

static void
write_data_free (gpointer p)
{
  WriteData *data = p;

  g_clear_object (&data->leads);
  g_clear_object (&data->stream);
  g_clear_pointer (&data->names, g_hash_table_unref);
  g_clear_pointer (&data->variables, g_strfreev);
  g_free (data);
}

static void write_next (GTask *task);

static void
write_chunk_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  WriteData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  data->n_written = data->position;
  if (data->progress != NULL)
    data->progress (data->n_written, data->n_total, data->progress_data);

  write_next (g_steal_pointer (&task));
}

static gboolean
write_idle_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  WriteData *data = g_task_get_task_data (task);
  GCancellable *cancellable;
  GString *chunk;
  gsize len;
  char *bytes;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;

  /* Pass 1: the union of the custom variable names. */
  if (data->variables == NULL)
    {
      guint end = MIN (data->position + COLLECT_CHUNK, data->n_total);

      for (; data->position < end; data->position++)
        {
          g_autoptr(DeckLead) lead = g_list_model_get_item (data->leads, data->position);
          g_auto(GStrv) names = NULL;

          if (lead == NULL)
            {
              data->n_total = data->position;
              break;
            }

          names = deck_lead_dup_custom_variable_names (lead);
          for (guint i = 0; names != NULL && names[i] != NULL; i++)
            if (!g_hash_table_contains (data->names, names[i]))
              g_hash_table_add (data->names, g_strdup (names[i]));
        }

      if (data->position < data->n_total)
        {
          write_next (g_steal_pointer (&task));
          return G_SOURCE_REMOVE;
        }

      {
        g_autoptr(GPtrArray) keys = g_hash_table_get_keys_as_ptr_array (data->names);

        g_ptr_array_sort_values (keys, (GCompareFunc) g_strcmp0);
        g_ptr_array_add (keys, NULL);
        data->variables = g_strdupv ((GStrv) keys->pdata);
      }
      data->position = 0;
    }

  chunk = g_string_new (NULL);

  if (!data->header_done)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) header = NULL;

      g_strv_builder_addv (builder, (const char **) export_columns);
      g_strv_builder_addv (builder, (const char **) data->variables);
      header = g_strv_builder_end (builder);
      deck_csv_append_row (chunk, (const char * const *) header, -1, ',');
      data->header_done = TRUE;
    }

  for (guint end = MIN (data->position + WRITE_CHUNK, data->n_total); data->position < end; data->position++)
    {
      g_autoptr(DeckLead) lead = g_list_model_get_item (data->leads, data->position);
      g_auto(GStrv) row = NULL;

      if (lead == NULL)
        {
          data->n_total = data->position;
          break;
        }

      row = deck_lead_csv_export_row (lead, (const char * const *) data->variables);
      deck_csv_append_row (chunk, (const char * const *) row, -1, ',');
    }

  len = chunk->len;
  bytes = g_string_free (chunk, FALSE);
  g_object_set_data_full (G_OBJECT (task), "chunk", bytes, g_free);

  if (len == 0)
    {
      g_task_return_boolean (task, TRUE);
      return G_SOURCE_REMOVE;
    }

  cancellable = g_task_get_cancellable (task);
  g_output_stream_write_all_async (data->stream, bytes, len, G_PRIORITY_DEFAULT,
                                   cancellable, write_chunk_cb, g_steal_pointer (&task));

  return G_SOURCE_REMOVE;
}

static void
write_next (GTask *task)
{
  WriteData *data = g_task_get_task_data (task);

  if (data->variables != NULL && data->header_done && data->position >= data->n_total)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, write_idle_cb, task, NULL);
}

void
deck_lead_csv_write_async (GListModel          *leads,
                           GOutputStream       *stream,
                           DeckLeadCsvProgress  progress,
                           gpointer             progress_data,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;
  WriteData *data;

  g_return_if_fail (G_IS_LIST_MODEL (leads));
  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (WriteData, 1);
  data->leads = g_object_ref (leads);
  data->stream = g_object_ref (stream);
  data->progress = progress;
  data->progress_data = progress_data;
  data->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data->n_total = g_list_model_get_n_items (leads);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_lead_csv_write_async);
  g_task_set_task_data (task, data, write_data_free);

  write_next (task);
}

gboolean
deck_lead_csv_write_finish (GAsyncResult  *result,
                            guint         *out_n_written,
                            GError       **error)
{
  WriteData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_lead_csv_write_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (out_n_written != NULL)
    *out_n_written = data->n_written;

  return g_task_propagate_boolean (G_TASK (result), error);
}
