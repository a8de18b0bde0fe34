/* deck-lead.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "deck-lead.h"

/*
 * Layout. A workspace holds 100,000+ leads, so a lead keeps no JsonObject:
 *  - the strings that differ per lead live back to back in one allocation (@block),
 *    addressed by 32-bit offsets; the folded search haystack is one of them;
 *  - ids that repeat across leads (campaign, list, organization, …) are interned;
 *  - numbers are gint32, date-times Unix milliseconds;
 *  - the payload is a compact run of "type key\0value\0" entries, where the standard
 *    camelCase keys that repeat a top-level field are stored as a bare marker;
 *  - the rare members that fit none of this (unknown members, values of an unexpected
 *    type, odd date formats) are kept as compact JSON text in @rest, so that
 *    deck_lead_dup_json() gives back every member the server sent.
 */

enum { /* strings in the block */
  S_ID,
  S_EMAIL,
  S_FIRST_NAME,
  S_LAST_NAME,
  S_COMPANY_NAME,
  S_COMPANY_DOMAIN,
  S_JOB_TITLE,
  S_PHONE,
  S_WEBSITE,
  S_PERSONALIZATION,
  S_PL_VALUE_LEAD,
  S_LAST_STEP_ID,
  S_HAYSTACK,
  N_STRS
};

enum { /* interned strings */
  A_ORGANIZATION,
  A_CAMPAIGN,
  A_LIST_ID,
  A_SUBSEQUENCE_ID,
  A_ASSIGNED_TO,
  A_UPLOADED_BY_USER,
  A_LAST_CONTACTED_FROM,
  A_UPLOAD_METHOD,
  A_LAST_STEP_FROM,
  N_ATOMS
};

enum {
  I_STATUS,
  I_INTEREST,
  I_VERIFICATION,
  I_ENRICHMENT,
  I_ESP_CODE,
  I_ESG_CODE,
  I_OPEN_COUNT,
  I_REPLY_COUNT,
  I_CLICK_COUNT,
  I_OPENED_STEP,
  I_OPENED_VARIANT,
  I_REPLIED_STEP,
  I_REPLIED_VARIANT,
  I_CLICKED_STEP,
  I_CLICKED_VARIANT,
  N_INTS
};

enum {
  T_CREATED,
  T_UPDATED,
  T_LAST_CONTACT,
  T_LAST_OPEN,
  T_LAST_REPLY,
  T_LAST_CLICK,
  T_LAST_INTEREST_CHANGE,
  T_LAST_TOUCH,
  T_ADDED_SUBSEQUENCE,
  T_LAST_STEP_EXECUTED,
  N_TIMES
};

typedef enum
{
  KIND_STR,
  KIND_ATOM,
  KIND_INT,
  KIND_TIME,
  KIND_BOOL,
} FieldKind;

typedef struct
{
  const char *name;
  FieldKind   kind;
  guint8      slot;
} Field;

enum { /* indices into fields[] */
  F_ID,
  F_EMAIL,
  F_FIRST_NAME,
  F_LAST_NAME,
  F_COMPANY_NAME,
  F_COMPANY_DOMAIN,
  F_JOB_TITLE,
  F_PHONE,
  F_WEBSITE,
  F_PERSONALIZATION,
  F_PL_VALUE_LEAD,
  F_LAST_STEP_ID,
  F_ORGANIZATION,
  F_CAMPAIGN,
  F_LIST_ID,
  F_SUBSEQUENCE_ID,
  F_ASSIGNED_TO,
  F_UPLOADED_BY_USER,
  F_LAST_CONTACTED_FROM,
  F_UPLOAD_METHOD,
  F_LAST_STEP_FROM,
  F_STATUS,
  F_LT_INTEREST_STATUS,
  F_VERIFICATION_STATUS,
  F_ENRICHMENT_STATUS,
  F_ESP_CODE,
  F_ESG_CODE,
  F_EMAIL_OPEN_COUNT,
  F_EMAIL_REPLY_COUNT,
  F_EMAIL_CLICK_COUNT,
  F_EMAIL_OPENED_STEP,
  F_EMAIL_OPENED_VARIANT,
  F_EMAIL_REPLIED_STEP,
  F_EMAIL_REPLIED_VARIANT,
  F_EMAIL_CLICKED_STEP,
  F_EMAIL_CLICKED_VARIANT,
  F_TIMESTAMP_CREATED,
  F_TIMESTAMP_UPDATED,
  F_TIMESTAMP_LAST_CONTACT,
  F_TIMESTAMP_LAST_OPEN,
  F_TIMESTAMP_LAST_REPLY,
  F_TIMESTAMP_LAST_CLICK,
  F_TIMESTAMP_LAST_INTEREST_CHANGE,
  F_TIMESTAMP_LAST_TOUCH,
  F_TIMESTAMP_ADDED_SUBSEQUENCE,
  F_LAST_STEP_TIMESTAMP_EXECUTED,
  F_IS_WEBSITE_VISITOR,
};

static const Field fields[] = {
  [F_ID] = { "id", KIND_STR, S_ID },
  [F_EMAIL] = { "email", KIND_STR, S_EMAIL },
  [F_FIRST_NAME] = { "first_name", KIND_STR, S_FIRST_NAME },
  [F_LAST_NAME] = { "last_name", KIND_STR, S_LAST_NAME },
  [F_COMPANY_NAME] = { "company_name", KIND_STR, S_COMPANY_NAME },
  [F_COMPANY_DOMAIN] = { "company_domain", KIND_STR, S_COMPANY_DOMAIN },
  [F_JOB_TITLE] = { "job_title", KIND_STR, S_JOB_TITLE },
  [F_PHONE] = { "phone", KIND_STR, S_PHONE },
  [F_WEBSITE] = { "website", KIND_STR, S_WEBSITE },
  [F_PERSONALIZATION] = { "personalization", KIND_STR, S_PERSONALIZATION },
  [F_PL_VALUE_LEAD] = { "pl_value_lead", KIND_STR, S_PL_VALUE_LEAD },
  [F_LAST_STEP_ID] = { "last_step_id", KIND_STR, S_LAST_STEP_ID },
  [F_ORGANIZATION] = { "organization", KIND_ATOM, A_ORGANIZATION },
  [F_CAMPAIGN] = { "campaign", KIND_ATOM, A_CAMPAIGN },
  [F_LIST_ID] = { "list_id", KIND_ATOM, A_LIST_ID },
  [F_SUBSEQUENCE_ID] = { "subsequence_id", KIND_ATOM, A_SUBSEQUENCE_ID },
  [F_ASSIGNED_TO] = { "assigned_to", KIND_ATOM, A_ASSIGNED_TO },
  [F_UPLOADED_BY_USER] = { "uploaded_by_user", KIND_ATOM, A_UPLOADED_BY_USER },
  [F_LAST_CONTACTED_FROM] = { "last_contacted_from", KIND_ATOM, A_LAST_CONTACTED_FROM },
  [F_UPLOAD_METHOD] = { "upload_method", KIND_ATOM, A_UPLOAD_METHOD },
  [F_LAST_STEP_FROM] = { "last_step_from", KIND_ATOM, A_LAST_STEP_FROM },
  [F_STATUS] = { "status", KIND_INT, I_STATUS },
  [F_LT_INTEREST_STATUS] = { "lt_interest_status", KIND_INT, I_INTEREST },
  [F_VERIFICATION_STATUS] = { "verification_status", KIND_INT, I_VERIFICATION },
  [F_ENRICHMENT_STATUS] = { "enrichment_status", KIND_INT, I_ENRICHMENT },
  [F_ESP_CODE] = { "esp_code", KIND_INT, I_ESP_CODE },
  [F_ESG_CODE] = { "esg_code", KIND_INT, I_ESG_CODE },
  [F_EMAIL_OPEN_COUNT] = { "email_open_count", KIND_INT, I_OPEN_COUNT },
  [F_EMAIL_REPLY_COUNT] = { "email_reply_count", KIND_INT, I_REPLY_COUNT },
  [F_EMAIL_CLICK_COUNT] = { "email_click_count", KIND_INT, I_CLICK_COUNT },
  [F_EMAIL_OPENED_STEP] = { "email_opened_step", KIND_INT, I_OPENED_STEP },
  [F_EMAIL_OPENED_VARIANT] = { "email_opened_variant", KIND_INT, I_OPENED_VARIANT },
  [F_EMAIL_REPLIED_STEP] = { "email_replied_step", KIND_INT, I_REPLIED_STEP },
  [F_EMAIL_REPLIED_VARIANT] = { "email_replied_variant", KIND_INT, I_REPLIED_VARIANT },
  [F_EMAIL_CLICKED_STEP] = { "email_clicked_step", KIND_INT, I_CLICKED_STEP },
  [F_EMAIL_CLICKED_VARIANT] = { "email_clicked_variant", KIND_INT, I_CLICKED_VARIANT },
  [F_TIMESTAMP_CREATED] = { "timestamp_created", KIND_TIME, T_CREATED },
  [F_TIMESTAMP_UPDATED] = { "timestamp_updated", KIND_TIME, T_UPDATED },
  [F_TIMESTAMP_LAST_CONTACT] = { "timestamp_last_contact", KIND_TIME, T_LAST_CONTACT },
  [F_TIMESTAMP_LAST_OPEN] = { "timestamp_last_open", KIND_TIME, T_LAST_OPEN },
  [F_TIMESTAMP_LAST_REPLY] = { "timestamp_last_reply", KIND_TIME, T_LAST_REPLY },
  [F_TIMESTAMP_LAST_CLICK] = { "timestamp_last_click", KIND_TIME, T_LAST_CLICK },
  [F_TIMESTAMP_LAST_INTEREST_CHANGE] = { "timestamp_last_interest_change", KIND_TIME, T_LAST_INTEREST_CHANGE },
  [F_TIMESTAMP_LAST_TOUCH] = { "timestamp_last_touch", KIND_TIME, T_LAST_TOUCH },
  [F_TIMESTAMP_ADDED_SUBSEQUENCE] = { "timestamp_added_subsequence", KIND_TIME, T_ADDED_SUBSEQUENCE },
  [F_LAST_STEP_TIMESTAMP_EXECUTED] = { "last_step_timestamp_executed", KIND_TIME, T_LAST_STEP_EXECUTED },
  [F_IS_WEBSITE_VISITOR] = { "is_website_visitor", KIND_BOOL, 0 },
};

#define N_FIELDS G_N_ELEMENTS (fields)
G_STATIC_ASSERT (G_N_ELEMENTS (fields) <= 64);

/* The payload keys that mirror a top-level field. */
static const struct
{
  const char *key;
  guint8      slot;
} standard_keys[] = {
  { "firstName", S_FIRST_NAME },
  { "lastName", S_LAST_NAME },
  { "companyName", S_COMPANY_NAME },
  { "jobTitle", S_JOB_TITLE },
  { "website", S_WEBSITE },
  { "phone", S_PHONE },
  { "personalization", S_PERSONALIZATION },
};

/* Payload entry types. */
#define P_END      '\0'
#define P_STRING   's'
#define P_INT      'i'
#define P_DOUBLE   'd'
#define P_TRUE     't'
#define P_FALSE    'f'
#define P_NULL     'z'
#define P_JSON     'j'  /* an object or array: not expected, kept anyway */
#define P_SAME     'A'  /* 'A' + i: standard_keys[i], equal to its top-level field; no strings */

enum {
  PAYLOAD_ABSENT,
  PAYLOAD_NULL,
  PAYLOAD_OBJECT,
};

enum {
  SUMMARY_ABSENT,
  SUMMARY_EMPTY,      /* {} */
  SUMMARY_DERIVED,    /* lastStep from the last_step_* members, plus domain_complete */
  SUMMARY_IN_REST,
};

#define NO_OFFSET G_MAXUINT32

typedef struct
{
  /* Search prefilter, first so that it shares a cache line with the GObject header
   * that the filter models touch anyway: which bytes (chars) and which adjacent byte
   * pairs (pairs, a 256-bit Bloom mask) occur in the searched strings. A needle whose
   * bytes or pairs are not all there cannot match, and the strings are not read. */
  guint64     chars;
  guint64     pairs[4];
  char       *id;         /* apart from the block: stable for the lead's life (hash keys) */
  char       *block;
  char       *payload;    /* NULL unless payload_state is PAYLOAD_OBJECT */
  char       *rest;       /* compact JSON object text, or NULL */
  /* Set when block, payload and rest live in a page's shared block (deck_lead_pack),
   * an atomic rc box; id_owner likewise for the id (kept apart: the id outlives
   * updates, which give the lead a new block of its own). */
  char       *owner;
  char       *id_owner;
  const char *atoms[N_ATOMS];
  gint64      times[N_TIMES];
  gint32      ints[N_INTS];
  guint32     offsets[N_STRS];
  guint64     present;    /* per field: a typed value is held */
  guint64     nulls;      /* per field: the member was null */
  guint8      is_website_visitor;
  guint8      payload_state;
  guint8      summary_state;
  guint8      domain_complete;
  guint8      search_raw;   /* SEARCH_RAW_*: fields searched as they are, not copied */
} LeadData;

/* Emails and domains are mostly folded already: searched in place, not copied into
 * the haystack (~50 bytes a lead). */
#define SEARCH_RAW_EMAIL  (1 << 0)
#define SEARCH_RAW_DOMAIN (1 << 1)

struct _DeckLead
{
  GObject  parent_instance;
  LeadData d;
};

G_DEFINE_FINAL_TYPE (DeckLead, deck_lead, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EMAIL,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_COMPANY_NAME,
  PROP_COMPANY_DOMAIN,
  PROP_JOB_TITLE,
  PROP_PHONE,
  PROP_WEBSITE,
  PROP_PERSONALIZATION,
  PROP_PL_VALUE_LEAD,
  PROP_CAMPAIGN,
  PROP_LIST_ID,
  PROP_SUBSEQUENCE_ID,
  PROP_ASSIGNED_TO,
  PROP_STATUS,
  PROP_LT_INTEREST_STATUS,
  PROP_VERIFICATION_STATUS,
  PROP_EMAIL_OPEN_COUNT,
  PROP_EMAIL_REPLY_COUNT,
  PROP_EMAIL_CLICK_COUNT,
  PROP_TIMESTAMP_CREATED,
  PROP_TIMESTAMP_UPDATED,
  PROP_TIMESTAMP_LAST_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Which field each property shows. */
static const guint8 prop_fields[N_PROPS] = {
  [PROP_ID] = F_ID,
  [PROP_EMAIL] = F_EMAIL,
  [PROP_FIRST_NAME] = F_FIRST_NAME,
  [PROP_LAST_NAME] = F_LAST_NAME,
  [PROP_COMPANY_NAME] = F_COMPANY_NAME,
  [PROP_COMPANY_DOMAIN] = F_COMPANY_DOMAIN,
  [PROP_JOB_TITLE] = F_JOB_TITLE,
  [PROP_PHONE] = F_PHONE,
  [PROP_WEBSITE] = F_WEBSITE,
  [PROP_PERSONALIZATION] = F_PERSONALIZATION,
  [PROP_PL_VALUE_LEAD] = F_PL_VALUE_LEAD,
  [PROP_CAMPAIGN] = F_CAMPAIGN,
  [PROP_LIST_ID] = F_LIST_ID,
  [PROP_SUBSEQUENCE_ID] = F_SUBSEQUENCE_ID,
  [PROP_ASSIGNED_TO] = F_ASSIGNED_TO,
  [PROP_STATUS] = F_STATUS,
  [PROP_LT_INTEREST_STATUS] = F_LT_INTEREST_STATUS,
  [PROP_VERIFICATION_STATUS] = F_VERIFICATION_STATUS,
  [PROP_EMAIL_OPEN_COUNT] = F_EMAIL_OPEN_COUNT,
  [PROP_EMAIL_REPLY_COUNT] = F_EMAIL_REPLY_COUNT,
  [PROP_EMAIL_CLICK_COUNT] = F_EMAIL_CLICK_COUNT,
  [PROP_TIMESTAMP_CREATED] = F_TIMESTAMP_CREATED,
  [PROP_TIMESTAMP_UPDATED] = F_TIMESTAMP_UPDATED,
  [PROP_TIMESTAMP_LAST_CONTACT] = F_TIMESTAMP_LAST_CONTACT,
};

/* Enum words */

static char *
unknown_value (int value)
{
  /* Translators: an enum value this version does not know, e.g. "Unknown (7)" */
  return g_strdup_printf (_("Unknown (%d)"), value);
}

char *
deck_lead_status_to_string (int status)
{
  switch (status)
    {
    case DECK_LEAD_STATUS_ACTIVE:
      return g_strdup (_("Active"));
    case DECK_LEAD_STATUS_PAUSED:
      return g_strdup (_("Paused"));
    case DECK_LEAD_STATUS_COMPLETED:
      return g_strdup (_("Completed"));
    case DECK_LEAD_STATUS_BOUNCED:
      return g_strdup (_("Bounced"));
    case DECK_LEAD_STATUS_UNSUBSCRIBED:
      return g_strdup (_("Unsubscribed"));
    case DECK_LEAD_STATUS_SKIPPED:
      return g_strdup (_("Skipped"));
    default:
      return unknown_value (status);
    }
}

const char *
deck_lead_status_icon_name (int status)
{
  switch (status)
    {
    case DECK_LEAD_STATUS_ACTIVE:
      return "media-playback-start-symbolic";
    case DECK_LEAD_STATUS_PAUSED:
      return "media-playback-pause-symbolic";
    case DECK_LEAD_STATUS_COMPLETED:
      return "object-select-symbolic";
    case DECK_LEAD_STATUS_BOUNCED:
      return "mail-mark-junk-symbolic";
    case DECK_LEAD_STATUS_UNSUBSCRIBED:
      return "action-unavailable-symbolic";
    case DECK_LEAD_STATUS_SKIPPED:
      return "media-skip-forward-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

char *
deck_lead_interest_to_string (int interest_status)
{
  switch (interest_status)
    {
    case DECK_LEAD_INTEREST_NONE:
      /* Translators: a lead without an interest status */
      return g_strdup (_("Lead"));
    case 0:
      return g_strdup (_("Out of office"));
    case 1:
      return g_strdup (_("Interested"));
    case 2:
      return g_strdup (_("Meeting booked"));
    case 3:
      return g_strdup (_("Meeting completed"));
    case 4:
      return g_strdup (_("Won"));
    case -1:
      return g_strdup (_("Not interested"));
    case -2:
      return g_strdup (_("Wrong person"));
    case -3:
      return g_strdup (_("Lost"));
    case -4:
      return g_strdup (_("No show"));
    default:
      return unknown_value (interest_status);
    }
}

char *
deck_lead_verification_to_string (int verification_status)
{
  switch (verification_status)
    {
    case 0:
      /* Translators: a lead whose email was never verified */
      return g_strdup (_("Not verified"));
    case 1:
      return g_strdup (_("Verified"));
    case 11:
      return g_strdup (_("Pending"));
    case 12:
      return g_strdup (_("Pending verification job"));
    case -1:
      return g_strdup (_("Invalid"));
    case -2:
      return g_strdup (_("Risky"));
    case -3:
      return g_strdup (_("Catch-all"));
    case -4:
      return g_strdup (_("Job change"));
    default:
      return unknown_value (verification_status);
    }
}

const int *
deck_lead_interest_values (guint *n_values)
{
  static const int values[] = { 1, 2, 3, 4, 0, -1, -2, -3, -4 };

  if (n_values != NULL)
    *n_values = G_N_ELEMENTS (values);
  return values;
}

/* Date-times: ISO 8601 <-> Unix ms, with a fast path for the server's own
 * "YYYY-MM-DDTHH:MM:SS.mmmZ" (parsed 100,000s of times per load). */

static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era;
  gint64 yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  z,
                 gint64 *y_out,
                 int    *m_out,
                 int    *d_out)
{
  gint64 era, doe, yoe, y, doy, mp;
  int d, m;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  *y_out = y + (m <= 2);
  *m_out = m;
  *d_out = d;
}

static gboolean
read_digits (const char **p,
             int          n,
             int         *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = value;
  return TRUE;
}

static gboolean
parse_fast_time (const char *s,
                 gint64     *out)
{
  int y, mo, d, h, mi, sec, ms = 0;

  if (!read_digits (&s, 4, &y) || *s++ != '-' ||
      !read_digits (&s, 2, &mo) || *s++ != '-' ||
      !read_digits (&s, 2, &d) || (*s != 'T' && *s != 't' && *s != ' ') || !*s++ ||
      !read_digits (&s, 2, &h) || *s++ != ':' ||
      !read_digits (&s, 2, &mi) || *s++ != ':' ||
      !read_digits (&s, 2, &sec))
    return FALSE;

  if (*s == '.')
    {
      int n = 0;

      s++;
      if (!g_ascii_isdigit (*s))
        return FALSE;
      while (g_ascii_isdigit (*s))
        {
          if (n < 3)
            ms = ms * 10 + (*s - '0');
          n++;
          s++;
        }
      for (; n < 3; n++)
        ms *= 10;
    }

  if ((*s != 'Z' && *s != 'z') || s[1] != '\0')
    return FALSE;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
    return FALSE;

  *out = ((days_from_civil (y, mo, d) * 24 + h) * 60 + mi) * (gint64) 60000 + sec * 1000 + ms;
  return TRUE;
}

static gboolean
parse_time (const char *text,
            gint64     *out)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  if (parse_fast_time (text, out))
    return TRUE;

  utc = g_time_zone_new_utc ();
  if ((dt = g_date_time_new_from_iso8601 (text, utc)) == NULL)
    return FALSE;

  *out = g_date_time_to_unix (dt) * 1000 + g_date_time_get_microsecond (dt) / 1000;
  return TRUE;
}

/* The server's format, "2025-05-18T20:38:56.237Z". */
static void
format_time (gint64  ms,
             char    buf[32])
{
  gint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
  gint64 rem = ms - days * 86400000;
  gint64 y;
  int m, d;

  civil_from_days (days, &y, &m, &d);
  g_snprintf (buf, 32, "%04" G_GINT64_FORMAT "-%02d-%02dT%02d:%02d:%02d.%03dZ",
              y, m, d,
              (int) (rem / 3600000), (int) (rem / 60000 % 60), (int) (rem / 1000 % 60),
              (int) (rem % 1000));
}

/* Search folding */

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* ASCII with no capitals: folding would not change it. */
static gboolean
is_folded_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80 || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

char *
deck_lead_fold_search_text (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  if (!g_utf8_validate (text, -1, NULL))
    return g_ascii_strdown (text, -1);

  /* Case-insensitive and accent-insensitive: "Müller" matches "muller". */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_steal_pointer (&folded);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Building */

static void
lead_data_clear (LeadData *d)
{
  if (d->id_owner != NULL)
    {
      g_atomic_rc_box_release (g_steal_pointer (&d->id_owner));
      d->id = NULL;
    }
  else
    g_clear_pointer (&d->id, g_free);

  if (d->owner != NULL)
    {
      g_atomic_rc_box_release (g_steal_pointer (&d->owner));
      d->block = d->payload = d->rest = NULL;
    }
  else
    {
      g_clear_pointer (&d->block, g_free);
      g_clear_pointer (&d->payload, g_free);
      g_clear_pointer (&d->rest, g_free);
    }
}

/* Search prefilter hashes: 6 bits for a byte, 8 bits for a pair of bytes. Folded
 * letters and digits have a bit each, so a one-letter needle (the first keystroke,
 * matching nearly every lead) is answered from the mask alone; other bytes share
 * the remaining 28 bits. */
static inline guint
char_bit (guchar c)
{
  if (c >= 'a' && c <= 'z')
    return c - 'a';
  if (c >= '0' && c <= '9')
    return 26 + (c - '0');
  return 36 + (c * 0x9E3779B1u) % 28;
}

static inline gboolean
char_bit_is_exact (guchar c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static inline guint
pair_bit (guchar a,
          guchar b)
{
  return (((guint32) a << 8 | b) * 0x9E3779B1u) >> 24;
}

static void
search_mask_add (LeadData   *d,
                 const char *text)
{
  const guchar *p = (const guchar *) text;

  if (p == NULL || p[0] == '\0')
    return;

  for (; p[0] != '\0'; p++)
    {
      guint bit;

      d->chars |= G_GUINT64_CONSTANT (1) << char_bit (p[0]);
      /* The parts of the haystack are joined by newlines, which no needle holds. */
      if (p[1] == '\0' || p[0] == '\n' || p[1] == '\n')
        continue;
      bit = pair_bit (p[0], p[1]);
      d->pairs[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
    }
}

static const char *
data_str (const LeadData *d,
          guint           slot)
{
  if (d->offsets[slot] == NO_OFFSET)
    return NULL;
  return d->block + d->offsets[slot];
}

static const Field *
lookup_field (const char *name,
              guint      *index_out)
{
  static GHashTable *by_name;

  if (g_once_init_enter_pointer (&by_name))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < N_FIELDS; i++)
        g_hash_table_insert (table, (gpointer) fields[i].name, GUINT_TO_POINTER (i + 1));
      g_once_init_leave_pointer (&by_name, table);
    }

  {
    guint i = GPOINTER_TO_UINT (g_hash_table_lookup (by_name, name));

    if (i == 0)
      return NULL;
    *index_out = i - 1;
    return &fields[i - 1];
  }
}

static int
standard_key_index (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (standard_keys); i++)
    if (strcmp (standard_keys[i].key, key) == 0)
      return i;
  return -1;
}

static int
standard_key_slot (const char *key)
{
  int i = standard_key_index (key);

  return i >= 0 ? standard_keys[i].slot : -1;
}

static gboolean
is_same_marker (char type)
{
  return type >= P_SAME && type < P_SAME + (int) G_N_ELEMENTS (standard_keys);
}

/* What new_from_json gathers before it lays the lead out. */
typedef struct
{
  const char *strs[N_STRS];
  JsonObject *rest;
  JsonObject *payload;
  JsonObject *summary;
} Gather;

static void
gather_rest (Gather     *g,
             const char *name,
             JsonNode   *node)
{
  if (g->rest == NULL)
    g->rest = json_object_new ();
  json_object_set_member (g->rest, name, json_node_copy (node));
}

static gboolean
node_get_int (JsonNode *node,
              gint32   *out,
              gboolean *canonical)
{
  GType type = json_node_get_value_type (node);
  double value;

  *canonical = FALSE;
  if (type == G_TYPE_INT64)
    {
      gint64 v = json_node_get_int (node);

      if (v < G_MININT32 || v > G_MAXINT32)
        return FALSE;
      *out = (gint32) v;
      *canonical = TRUE;
      return TRUE;
    }

  if (type == G_TYPE_DOUBLE)
    value = json_node_get_double (node);
  else if (type == G_TYPE_STRING)
    {
      const char *str = json_node_get_string (node);
      char *end = NULL;

      if (str == NULL || *str == '\0')
        return FALSE;
      value = g_ascii_strtod (str, &end);
      if (end == NULL || *end != '\0')
        return FALSE;
    }
  else
    return FALSE;

  if (!isfinite (value) || value < G_MININT32 || value > G_MAXINT32)
    return FALSE;
  *out = (gint32) value;
  return TRUE;
}

static void
gather_field (LeadData    *d,
              Gather      *g,
              guint        index,
              const Field *field,
              const char  *name,
              JsonNode    *node)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << index;
  GType type;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      d->nulls |= bit;
      return;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      gather_rest (g, name, node);
      return;
    }

  type = json_node_get_value_type (node);

  switch (field->kind)
    {
    case KIND_STR:
    case KIND_ATOM:
      {
        const char *str;
        g_autofree char *text = NULL;

        if (type == G_TYPE_STRING)
          str = json_node_get_string (node);
        else
          {
            /* A number where a string belongs: shown as text, sent back as it came. */
            if (type == G_TYPE_INT64)
              text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
            else
              {
                gather_rest (g, name, node);
                return;
              }
            gather_rest (g, name, node);
            str = text;
          }

        if (field->kind == KIND_ATOM)
          d->atoms[field->slot] = g_intern_string (str);
        else if (text != NULL)
          {
            /* The rest keeps the original; the block needs a string that lives on. */
            g->strs[field->slot] = g_intern_string (text);
          }
        else
          g->strs[field->slot] = str;
        d->present |= bit;
      }
      break;

    case KIND_INT:
      {
        gboolean canonical;
        gint32 value;

        if (!node_get_int (node, &value, &canonical))
          {
            gather_rest (g, name, node);
            return;
          }
        if (!canonical)
          gather_rest (g, name, node);
        d->ints[field->slot] = value;
        d->present |= bit;
      }
      break;

    case KIND_TIME:
      {
        const char *str = type == G_TYPE_STRING ? json_node_get_string (node) : NULL;
        char buf[32];
        gint64 ms;

        if (str == NULL || !parse_time (str, &ms))
          {
            gather_rest (g, name, node);
            return;
          }
        format_time (ms, buf);
        if (strcmp (buf, str) != 0)
          gather_rest (g, name, node);
        d->times[field->slot] = ms;
        d->present |= bit;
      }
      break;

    case KIND_BOOL:
      if (type != G_TYPE_BOOLEAN)
        {
          gather_rest (g, name, node);
          return;
        }
      d->is_website_visitor = json_node_get_boolean (node);
      d->present |= bit;
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
payload_append (GString    *out,
                char        type,
                const char *key,
                const char *value)
{
  g_string_append_c (out, type);
  g_string_append (out, key);
  g_string_append_c (out, '\0');
  if (value != NULL)
    g_string_append (out, value);
  g_string_append_c (out, '\0');
}

/* Lays out the payload; the values worth searching go to @haystack. */
static char *
encode_payload (JsonObject  *payload,
                const char **strs,
                GString     *haystack)
{
  GString *out = g_string_new (NULL);
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, payload);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      int slot = standard_key_slot (key);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (JSON_NODE_HOLDS_NULL (node))
        {
          payload_append (out, P_NULL, key, NULL);
          continue;
        }

      if (!JSON_NODE_HOLDS_VALUE (node))
        {
          g_autofree char *text = json_to_string (node, FALSE);

          payload_append (out, P_JSON, key, text);
          continue;
        }

      switch ((int) json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          {
            const char *value = json_node_get_string (node);

            if (slot >= 0 && g_strcmp0 (strs[slot], value) == 0)
              g_string_append_c (out, P_SAME + standard_key_index (key));
            else
              {
                payload_append (out, P_STRING, key, value);
                if (slot < 0 && value[0] != '\0')
                  {
                    g_string_append_c (haystack, '\n');
                    g_string_append (haystack, value);
                  }
              }
          }
          break;

        case G_TYPE_INT64:
          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, json_node_get_int (node));
          payload_append (out, P_INT, key, buf);
          g_string_append_c (haystack, '\n');
          g_string_append (haystack, buf);
          break;

        case G_TYPE_DOUBLE:
          g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node));
          payload_append (out, P_DOUBLE, key, buf);
          g_string_append_c (haystack, '\n');
          g_string_append (haystack, buf);
          break;

        case G_TYPE_BOOLEAN:
          payload_append (out, json_node_get_boolean (node) ? P_TRUE : P_FALSE, key, NULL);
          break;

        default:
          payload_append (out, P_NULL, key, NULL);
          break;
        }
    }

  g_string_append_c (out, P_END);
  return g_string_free (out, FALSE);
}

/* Walks the payload: *key and *value point into it; FALSE at the end. */
static gboolean
payload_next (const char **cursor,
              char        *type,
              const char **key,
              const char **value)
{
  const char *p = *cursor;

  if (p == NULL || *p == P_END)
    return FALSE;

  /* A bare marker: the standard key repeats its field. */
  if (is_same_marker (*p))
    {
      *type = *p;
      *key = standard_keys[*p - P_SAME].key;
      *value = "";
      *cursor = p + 1;
      return TRUE;
    }

  *type = *p++;
  *key = p;
  p += strlen (p) + 1;
  *value = p;
  p += strlen (p) + 1;
  *cursor = p;
  return TRUE;
}

static gboolean
summary_is_derived (LeadData   *d,
                    JsonObject *summary,
                    const char *last_step_id)
{
  JsonNode *last_step_node;
  JsonNode *complete;
  JsonObject *last_step;
  const char *from, *step, *executed;
  char buf[32];

  if (json_object_get_size (summary) != 2)
    return FALSE;

  last_step_node = json_object_get_member (summary, "lastStep");
  complete = json_object_get_member (summary, "domain_complete");
  if (last_step_node == NULL || !JSON_NODE_HOLDS_OBJECT (last_step_node) ||
      complete == NULL || !JSON_NODE_HOLDS_VALUE (complete) ||
      json_node_get_value_type (complete) != G_TYPE_BOOLEAN)
    return FALSE;

  /* Only when the last_step_* members say exactly the same, as canonical values. */
  if (!(d->present & (G_GUINT64_CONSTANT (1) << F_LAST_STEP_FROM)) ||
      !(d->present & (G_GUINT64_CONSTANT (1) << F_LAST_STEP_ID)) ||
      !(d->present & (G_GUINT64_CONSTANT (1) << F_LAST_STEP_TIMESTAMP_EXECUTED)))
    return FALSE;

  last_step = json_node_get_object (last_step_node);
  if (json_object_get_size (last_step) != 3)
    return FALSE;

  from = json_object_get_string_member_with_default (last_step, "from", NULL);
  step = json_object_get_string_member_with_default (last_step, "stepID", NULL);
  executed = json_object_get_string_member_with_default (last_step, "timestamp_executed", NULL);
  format_time (d->times[T_LAST_STEP_EXECUTED], buf);

  if (g_strcmp0 (from, d->atoms[A_LAST_STEP_FROM]) != 0 ||
      g_strcmp0 (step, last_step_id) != 0 ||
      g_strcmp0 (executed, buf) != 0)
    return FALSE;

  d->domain_complete = json_node_get_boolean (complete);
  return TRUE;
}

static gboolean
lead_data_build (LeadData    *d,
                 JsonObject  *object,
                 GError     **error)
{
  Gather g = { { NULL }, NULL, NULL, NULL };
  g_autoptr(GString) haystack = g_string_new (NULL);
  g_autofree char *folded = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gsize lengths[N_STRS];
  gsize total = 0, pos = 0;

  memset (d, 0, sizeof *d);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const Field *field;
      guint index;

      if ((field = lookup_field (name, &index)) != NULL)
        gather_field (d, &g, index, field, name, node);
      else if (strcmp (name, "payload") == 0)
        {
          if (JSON_NODE_HOLDS_NULL (node))
            d->payload_state = PAYLOAD_NULL;
          else if (JSON_NODE_HOLDS_OBJECT (node))
            {
              d->payload_state = PAYLOAD_OBJECT;
              g.payload = json_node_get_object (node);
            }
          else
            gather_rest (&g, name, node);
        }
      else if (strcmp (name, "status_summary") == 0 && JSON_NODE_HOLDS_OBJECT (node))
        g.summary = json_node_get_object (node);
      else
        gather_rest (&g, name, node);
    }

  if (g.strs[S_ID] == NULL || g.strs[S_ID][0] == '\0')
    {
      g_clear_pointer (&g.rest, json_object_unref);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Lead object without an id");
      return FALSE;
    }

  if (g.summary != NULL)
    {
      if (json_object_get_size (g.summary) == 0)
        d->summary_state = SUMMARY_EMPTY;
      else if (summary_is_derived (d, g.summary, g.strs[S_LAST_STEP_ID]))
        d->summary_state = SUMMARY_DERIVED;
      else
        {
          JsonNode *summary_node = json_node_init_object (json_node_alloc (), g.summary);

          d->summary_state = SUMMARY_IN_REST;
          gather_rest (&g, "status_summary", summary_node);
          json_node_unref (summary_node);
        }
    }

  /* The search haystack: who the lead is, and what its variables say. */
  {
    static const guint8 searched[] = { S_EMAIL, S_FIRST_NAME, S_LAST_NAME, S_COMPANY_NAME,
                                       S_COMPANY_DOMAIN, S_JOB_TITLE };

    for (guint i = 0; i < G_N_ELEMENTS (searched); i++)
      if (g.strs[searched[i]] != NULL && g.strs[searched[i]][0] != '\0')
        {
          if ((searched[i] == S_EMAIL || searched[i] == S_COMPANY_DOMAIN) &&
              is_folded_ascii (g.strs[searched[i]]))
            {
              d->search_raw |= searched[i] == S_EMAIL ? SEARCH_RAW_EMAIL : SEARCH_RAW_DOMAIN;
              continue;
            }
          if (haystack->len > 0)
            g_string_append_c (haystack, '\n');
          g_string_append (haystack, g.strs[searched[i]]);
        }
  }

  if (g.payload != NULL)
    d->payload = encode_payload (g.payload, g.strs, haystack);

  folded = deck_lead_fold_search_text (haystack->str);
  g.strs[S_HAYSTACK] = folded;
  d->id = g_strdup (g.strs[S_ID]);
  g.strs[S_ID] = NULL;

  for (guint i = 0; i < N_STRS; i++)
    {
      lengths[i] = g.strs[i] != NULL ? strlen (g.strs[i]) + 1 : 0;
      total += lengths[i];
    }

  d->block = g_malloc (MAX (total, 1));
  for (guint i = 0; i < N_STRS; i++)
    {
      if (g.strs[i] == NULL)
        {
          d->offsets[i] = NO_OFFSET;
          continue;
        }
      memcpy (d->block + pos, g.strs[i], lengths[i]);
      d->offsets[i] = pos;
      pos += lengths[i];
    }

  if (g.rest != NULL)
    {
      JsonNode *rest_node = json_node_init_object (json_node_alloc (), g.rest);

      d->rest = json_to_string (rest_node, FALSE);
      json_node_unref (rest_node);
      json_object_unref (g.rest);
    }

  /* Everything deck_lead_matches() reads. */
  search_mask_add (d, data_str (d, S_HAYSTACK));
  if (d->search_raw & SEARCH_RAW_EMAIL)
    search_mask_add (d, data_str (d, S_EMAIL));
  if (d->search_raw & SEARCH_RAW_DOMAIN)
    search_mask_add (d, data_str (d, S_COMPANY_DOMAIN));

  return TRUE;
}

static gsize
data_block_size (const LeadData *d)
{
  gsize block_size = 0;

  for (guint i = 0; i < N_STRS; i++)
    if (d->offsets[i] != NO_OFFSET)
      block_size = MAX (block_size, d->offsets[i] + strlen (d->block + d->offsets[i]) + 1);
  return MAX (block_size, 1);
}

static gsize
data_payload_size (const LeadData *d)
{
  const char *cursor = d->payload;
  const char *key, *value;
  char type;

  if (d->payload == NULL)
    return 0;
  while (payload_next (&cursor, &type, &key, &value))
    ;
  return cursor - d->payload + 1;
}

static void
lead_data_copy (LeadData       *dst,
                const LeadData *src)
{
  *dst = *src;
  dst->id = g_strdup (src->id);
  dst->id_owner = NULL;
  /* A packed lead's strings never change: share them (a reload keeps leads packed). */
  if (src->owner != NULL)
    {
      dst->owner = g_atomic_rc_box_acquire (src->owner);
      return;
    }
  dst->block = g_memdup2 (src->block, data_block_size (src));
  if (src->payload != NULL)
    dst->payload = g_memdup2 (src->payload, data_payload_size (src));
  dst->rest = g_strdup (src->rest);
}

/* GObject */

static void
deck_lead_finalize (GObject *object)
{
  DeckLead *self = DECK_LEAD (object);

  lead_data_clear (&self->d);

  G_OBJECT_CLASS (deck_lead_parent_class)->finalize (object);
}

static gboolean
field_present (const LeadData *d,
               guint           index)
{
  return (d->present & (G_GUINT64_CONSTANT (1) << index)) != 0;
}

static const char *
data_field_string (const LeadData *d,
                   guint           index)
{
  const Field *field = &fields[index];

  if (!field_present (d, index))
    return NULL;
  if (field->kind == KIND_ATOM)
    return d->atoms[field->slot];
  if (field->slot == S_ID)
    return d->id;
  return data_str (d, field->slot);
}

static int
data_interest (const LeadData *d)
{
  return field_present (d, F_LT_INTEREST_STATUS) ? d->ints[I_INTEREST] : DECK_LEAD_INTEREST_NONE;
}

static int
data_int (const LeadData *d,
          guint           index,
          int             default_value)
{
  return field_present (d, index) ? d->ints[fields[index].slot] : default_value;
}

static guint
data_count (const LeadData *d,
            guint           index)
{
  return (guint) MAX (data_int (d, index, 0), 0);
}

static gint64
data_time (const LeadData *d,
           guint           index)
{
  return field_present (d, index) ? d->times[fields[index].slot] : 0;
}

static void
deck_lead_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DeckLead *self = DECK_LEAD (object);
  const LeadData *d = &self->d;

  switch (prop_id)
    {
    case PROP_ID:
    case PROP_EMAIL:
    case PROP_FIRST_NAME:
    case PROP_LAST_NAME:
    case PROP_COMPANY_NAME:
    case PROP_COMPANY_DOMAIN:
    case PROP_JOB_TITLE:
    case PROP_PHONE:
    case PROP_WEBSITE:
    case PROP_PERSONALIZATION:
    case PROP_PL_VALUE_LEAD:
    case PROP_CAMPAIGN:
    case PROP_LIST_ID:
    case PROP_SUBSEQUENCE_ID:
    case PROP_ASSIGNED_TO:
      g_value_set_string (value, data_field_string (d, prop_fields[prop_id]));
      break;

    case PROP_STATUS:
    case PROP_VERIFICATION_STATUS:
      g_value_set_int (value, data_int (d, prop_fields[prop_id], 0));
      break;

    case PROP_LT_INTEREST_STATUS:
      g_value_set_int (value, data_interest (d));
      break;

    case PROP_EMAIL_OPEN_COUNT:
    case PROP_EMAIL_REPLY_COUNT:
    case PROP_EMAIL_CLICK_COUNT:
      g_value_set_uint (value, data_count (d, prop_fields[prop_id]));
      break;

    case PROP_TIMESTAMP_CREATED:
    case PROP_TIMESTAMP_UPDATED:
    case PROP_TIMESTAMP_LAST_CONTACT:
      g_value_set_int64 (value, data_time (d, prop_fields[prop_id]));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_lead_class_init (DeckLeadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = deck_lead_finalize;
  object_class->get_property = deck_lead_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties[PROP_FIRST_NAME] = g_param_spec_string ("first-name", NULL, NULL, NULL, flags);
  properties[PROP_LAST_NAME] = g_param_spec_string ("last-name", NULL, NULL, NULL, flags);
  properties[PROP_COMPANY_NAME] = g_param_spec_string ("company-name", NULL, NULL, NULL, flags);
  properties[PROP_COMPANY_DOMAIN] = g_param_spec_string ("company-domain", NULL, NULL, NULL, flags);
  properties[PROP_JOB_TITLE] = g_param_spec_string ("job-title", NULL, NULL, NULL, flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties[PROP_WEBSITE] = g_param_spec_string ("website", NULL, NULL, NULL, flags);
  properties[PROP_PERSONALIZATION] = g_param_spec_string ("personalization", NULL, NULL, NULL, flags);
  properties[PROP_PL_VALUE_LEAD] = g_param_spec_string ("pl-value-lead", NULL, NULL, NULL, flags);
  properties[PROP_CAMPAIGN] = g_param_spec_string ("campaign", NULL, NULL, NULL, flags);
  properties[PROP_LIST_ID] = g_param_spec_string ("list-id", NULL, NULL, NULL, flags);
  properties[PROP_SUBSEQUENCE_ID] = g_param_spec_string ("subsequence-id", NULL, NULL, NULL, flags);
  properties[PROP_ASSIGNED_TO] = g_param_spec_string ("assigned-to", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_LT_INTEREST_STATUS] =
    g_param_spec_int ("lt-interest-status", NULL, NULL, G_MININT, G_MAXINT, DECK_LEAD_INTEREST_NONE, flags);
  properties[PROP_VERIFICATION_STATUS] =
    g_param_spec_int ("verification-status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_EMAIL_OPEN_COUNT] =
    g_param_spec_uint ("email-open-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_EMAIL_REPLY_COUNT] =
    g_param_spec_uint ("email-reply-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_EMAIL_CLICK_COUNT] =
    g_param_spec_uint ("email-click-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TIMESTAMP_CREATED] =
    g_param_spec_int64 ("timestamp-created", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TIMESTAMP_UPDATED] =
    g_param_spec_int64 ("timestamp-updated", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TIMESTAMP_LAST_CONTACT] =
    g_param_spec_int64 ("timestamp-last-contact", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_lead_init (DeckLead *self)
{
}

DeckLead *
deck_lead_new_from_json (JsonObject  *object,
                         GError     **error)
{
  DeckLead *self;
  LeadData d;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!lead_data_build (&d, object, error))
    return NULL;

  self = g_object_new (DECK_TYPE_LEAD, NULL);
  self->d = d;
  return self;
}

/* Swaps @fresh in and notifies what a reader can see change. */
static void
lead_take_data (DeckLead *self,
                LeadData *fresh)
{
  LeadData old = self->d;
  gboolean changed[N_PROPS] = { FALSE };

  for (guint prop = PROP_ID; prop < N_PROPS; prop++)
    {
      guint index = prop_fields[prop];

      switch (prop)
        {
        case PROP_LT_INTEREST_STATUS:
          changed[prop] = data_interest (&old) != data_interest (fresh);
          break;
        case PROP_STATUS:
        case PROP_VERIFICATION_STATUS:
        case PROP_EMAIL_OPEN_COUNT:
        case PROP_EMAIL_REPLY_COUNT:
        case PROP_EMAIL_CLICK_COUNT:
          changed[prop] = data_int (&old, index, 0) != data_int (fresh, index, 0);
          break;
        case PROP_TIMESTAMP_CREATED:
        case PROP_TIMESTAMP_UPDATED:
        case PROP_TIMESTAMP_LAST_CONTACT:
          changed[prop] = data_time (&old, index) != data_time (fresh, index);
          break;
        default:
          changed[prop] = g_strcmp0 (data_field_string (&old, index),
                                     data_field_string (fresh, index)) != 0;
          break;
        }
    }

  /* Same id (the callers check): the lead keeps its own string, so hash tables
   * keyed by deck_lead_get_id() stay valid across updates. */
  if (fresh->id_owner != NULL)
    g_atomic_rc_box_release (g_steal_pointer (&fresh->id_owner));
  else
    g_free (fresh->id);
  fresh->id = g_steal_pointer (&old.id);
  fresh->id_owner = g_steal_pointer (&old.id_owner);
  self->d = *fresh;
  lead_data_clear (&old);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop = PROP_ID; prop < N_PROPS; prop++)
    if (changed[prop])
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
deck_lead_update_from_json (DeckLead    *self,
                            JsonObject  *object,
                            GError     **error)
{
  LeadData d;

  g_return_val_if_fail (DECK_IS_LEAD (self), FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lead_data_build (&d, object, error))
    return FALSE;

  if (g_strcmp0 (d.id, self->d.id) != 0)
    {
      lead_data_clear (&d);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Lead data is for another lead");
      return FALSE;
    }

  lead_take_data (self, &d);
  return TRUE;
}

gboolean
deck_lead_update_from_lead (DeckLead *self,
                            DeckLead *fresh)
{
  LeadData d;

  g_return_val_if_fail (DECK_IS_LEAD (self), FALSE);
  g_return_val_if_fail (DECK_IS_LEAD (fresh), FALSE);

  if (self == fresh)
    return TRUE;
  if (g_strcmp0 (self->d.id, fresh->d.id) != 0)
    return FALSE;

  lead_data_copy (&d, &fresh->d);
  lead_take_data (self, &d);
  return TRUE;
}

void
deck_lead_pack (DeckLead **leads,
                guint      n_leads)
{
  g_autofree gsize *block_sizes = NULL;
  g_autofree gsize *payload_sizes = NULL;
  gsize total = 0;
  char *box;
  char *pos;

  g_return_if_fail (leads != NULL || n_leads == 0);

  if (n_leads == 0)
    return;

  block_sizes = g_new (gsize, n_leads);
  payload_sizes = g_new (gsize, n_leads);

  for (guint i = 0; i < n_leads; i++)
    {
      const LeadData *d;

      g_return_if_fail (DECK_IS_LEAD (leads[i]));
      d = &leads[i]->d;
      g_return_if_fail (d->owner == NULL && d->id_owner == NULL);

      block_sizes[i] = data_block_size (d);
      payload_sizes[i] = data_payload_size (d);
      total += block_sizes[i] + payload_sizes[i] + strlen (d->id) + 1;
      if (d->rest != NULL)
        total += strlen (d->rest) + 1;
    }

  box = g_atomic_rc_box_alloc (total);
  pos = box;

  /* The blocks (with the haystacks) side by side first: a search walks them in order. */
  for (guint i = 0; i < n_leads; i++)
    {
      LeadData *d = &leads[i]->d;

      memcpy (pos, d->block, block_sizes[i]);
      g_free (d->block);
      d->block = pos;
      pos += block_sizes[i];
    }

  for (guint i = 0; i < n_leads; i++)
    {
      LeadData *d = &leads[i]->d;
      gsize len;

      if (d->payload != NULL)
        {
          memcpy (pos, d->payload, payload_sizes[i]);
          g_free (d->payload);
          d->payload = pos;
          pos += payload_sizes[i];
        }

      if (d->rest != NULL)
        {
          len = strlen (d->rest) + 1;
          memcpy (pos, d->rest, len);
          g_free (d->rest);
          d->rest = pos;
          pos += len;
        }

      len = strlen (d->id) + 1;
      memcpy (pos, d->id, len);
      g_free (d->id);
      d->id = pos;
      pos += len;

      d->owner = g_atomic_rc_box_acquire (box);
      d->id_owner = g_atomic_rc_box_acquire (box);
    }

  g_assert ((gsize) (pos - box) == total);
  g_atomic_rc_box_release (box);
}

/* Back to JSON */

static JsonNode *
payload_value_node (char        type,
                    const char *value,
                    const char *same)
{
  JsonNode *node;

  if (is_same_marker (type))
    return json_node_init_string (json_node_alloc (), same);

  switch (type)
    {
    case P_STRING:
      return json_node_init_string (json_node_alloc (), value);
    case P_INT:
      return json_node_init_int (json_node_alloc (), g_ascii_strtoll (value, NULL, 10));
    case P_DOUBLE:
      return json_node_init_double (json_node_alloc (), g_ascii_strtod (value, NULL));
    case P_TRUE:
    case P_FALSE:
      return json_node_init_boolean (json_node_alloc (), type == P_TRUE);
    case P_JSON:
      if ((node = json_from_string (value, NULL)) != NULL)
        return node;
      return json_node_init_null (json_node_alloc ());
    case P_NULL:
    default:
      return json_node_init_null (json_node_alloc ());
    }
}

JsonObject *
deck_lead_dup_json (DeckLead *self)
{
  const LeadData *d;
  JsonObject *object;

  g_return_val_if_fail (DECK_IS_LEAD (self), NULL);

  d = &self->d;
  object = json_object_new ();

  for (guint i = 0; i < N_FIELDS; i++)
    {
      const Field *field = &fields[i];
      char buf[32];

      if (d->nulls & (G_GUINT64_CONSTANT (1) << i))
        {
          json_object_set_null_member (object, field->name);
          continue;
        }
      if (!field_present (d, i))
        continue;

      switch (field->kind)
        {
        case KIND_STR:
        case KIND_ATOM:
          json_object_set_string_member (object, field->name, data_field_string (d, i));
          break;
        case KIND_INT:
          json_object_set_int_member (object, field->name, d->ints[field->slot]);
          break;
        case KIND_TIME:
          format_time (d->times[field->slot], buf);
          json_object_set_string_member (object, field->name, buf);
          break;
        case KIND_BOOL:
          json_object_set_boolean_member (object, field->name, d->is_website_visitor);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (d->payload_state == PAYLOAD_NULL)
    json_object_set_null_member (object, "payload");
  else if (d->payload_state == PAYLOAD_OBJECT)
    {
      JsonObject *payload = json_object_new ();
      const char *cursor = d->payload;
      const char *key, *value;
      char type;

      while (payload_next (&cursor, &type, &key, &value))
        {
          int slot = standard_key_slot (key);

          json_object_set_member (payload, key,
                                  payload_value_node (type, value,
                                                      slot >= 0 ? data_str (d, slot) : NULL));
        }
      json_object_set_object_member (object, "payload", payload);
    }

  if (d->summary_state == SUMMARY_EMPTY)
    json_object_set_object_member (object, "status_summary", json_object_new ());
  else if (d->summary_state == SUMMARY_DERIVED)
    {
      JsonObject *summary = json_object_new ();
      JsonObject *last_step = json_object_new ();
      char buf[32];

      format_time (d->times[T_LAST_STEP_EXECUTED], buf);
      json_object_set_string_member (last_step, "from", d->atoms[A_LAST_STEP_FROM]);
      json_object_set_string_member (last_step, "stepID", data_str (d, S_LAST_STEP_ID));
      json_object_set_string_member (last_step, "timestamp_executed", buf);
      json_object_set_object_member (summary, "lastStep", last_step);
      json_object_set_boolean_member (summary, "domain_complete", d->domain_complete);
      json_object_set_object_member (object, "status_summary", summary);
    }

  /* What did not fit a typed field, as the server sent it. */
  if (d->rest != NULL)
    {
      g_autoptr(JsonNode) rest = json_from_string (d->rest, NULL);

      if (rest != NULL && JSON_NODE_HOLDS_OBJECT (rest))
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *member;

          json_object_iter_init (&iter, json_node_get_object (rest));
          while (json_object_iter_next (&iter, &name, &member))
            json_object_set_member (object, name, json_node_copy (member));
        }
    }

  return object;
}

/* Getters */

#define STRING_GETTER(func, index)                        \
  const char *                                            \
  func (DeckLead *self)                                   \
  {                                                       \
    g_return_val_if_fail (DECK_IS_LEAD (self), NULL);     \
    return data_field_string (&self->d, index);           \
  }

STRING_GETTER (deck_lead_get_id, F_ID)
STRING_GETTER (deck_lead_get_email, F_EMAIL)
STRING_GETTER (deck_lead_get_first_name, F_FIRST_NAME)
STRING_GETTER (deck_lead_get_last_name, F_LAST_NAME)
STRING_GETTER (deck_lead_get_company_name, F_COMPANY_NAME)
STRING_GETTER (deck_lead_get_company_domain, F_COMPANY_DOMAIN)
STRING_GETTER (deck_lead_get_job_title, F_JOB_TITLE)
STRING_GETTER (deck_lead_get_phone, F_PHONE)
STRING_GETTER (deck_lead_get_website, F_WEBSITE)
STRING_GETTER (deck_lead_get_personalization, F_PERSONALIZATION)
STRING_GETTER (deck_lead_get_pl_value_lead, F_PL_VALUE_LEAD)
STRING_GETTER (deck_lead_get_campaign, F_CAMPAIGN)
STRING_GETTER (deck_lead_get_list_id, F_LIST_ID)
STRING_GETTER (deck_lead_get_subsequence_id, F_SUBSEQUENCE_ID)
STRING_GETTER (deck_lead_get_assigned_to, F_ASSIGNED_TO)

int
deck_lead_get_status (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_int (&self->d, F_STATUS, 0);
}

int
deck_lead_get_lt_interest_status (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), DECK_LEAD_INTEREST_NONE);

  return data_interest (&self->d);
}

int
deck_lead_get_verification_status (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_int (&self->d, F_VERIFICATION_STATUS, 0);
}

guint
deck_lead_get_email_open_count (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_count (&self->d, F_EMAIL_OPEN_COUNT);
}

guint
deck_lead_get_email_reply_count (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_count (&self->d, F_EMAIL_REPLY_COUNT);
}

guint
deck_lead_get_email_click_count (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_count (&self->d, F_EMAIL_CLICK_COUNT);
}

gint64
deck_lead_get_timestamp_created (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_time (&self->d, F_TIMESTAMP_CREATED);
}

gint64
deck_lead_get_timestamp_updated (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_time (&self->d, F_TIMESTAMP_UPDATED);
}

gint64
deck_lead_get_timestamp_last_contact (DeckLead *self)
{
  g_return_val_if_fail (DECK_IS_LEAD (self), 0);

  return data_time (&self->d, F_TIMESTAMP_LAST_CONTACT);
}

char *
deck_lead_dup_display_name (DeckLead *self)
{
  const char *first, *last, *email;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DECK_IS_LEAD (self), NULL);

  first = deck_lead_get_first_name (self);
  last = deck_lead_get_last_name (self);
  email = deck_lead_get_email (self);

  name = g_strstrip (g_strjoin (" ", first ? first : "", last ? last : "", NULL));
  if (name[0] != '\0')
    return g_steal_pointer (&name);

  return g_strdup (email ? email : "");
}

/* Custom variables */

static gboolean
find_custom_variable (DeckLead    *self,
                      const char  *name,
                      char        *type_out,
                      const char **value_out)
{
  const char *cursor = self->d.payload;
  const char *key, *value;
  char type;

  if (standard_key_slot (name) >= 0)
    return FALSE;

  while (payload_next (&cursor, &type, &key, &value))
    if (strcmp (key, name) == 0)
      {
        *type_out = type;
        *value_out = value;
        return TRUE;
      }

  return FALSE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

GStrv
deck_lead_dup_custom_variable_names (DeckLead *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *cursor;
  const char *key, *value;
  GStrv names;
  char type;

  g_return_val_if_fail (DECK_IS_LEAD (self), NULL);

  cursor = self->d.payload;
  while (payload_next (&cursor, &type, &key, &value))
    if (standard_key_slot (key) < 0)
      g_strv_builder_add (builder, key);

  names = g_strv_builder_end (builder);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return names;
}

JsonNode *
deck_lead_dup_custom_variable (DeckLead   *self,
                               const char *name)
{
  const char *value;
  char type;

  g_return_val_if_fail (DECK_IS_LEAD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!find_custom_variable (self, name, &type, &value))
    return NULL;

  return payload_value_node (type, value, NULL);
}

char *
deck_lead_dup_custom_variable_text (DeckLead   *self,
                                    const char *name)
{
  const char *value;
  char type;

  g_return_val_if_fail (DECK_IS_LEAD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!find_custom_variable (self, name, &type, &value))
    return NULL;

  switch (type)
    {
    case P_TRUE:
      return g_strdup ("true");
    case P_FALSE:
      return g_strdup ("false");
    case P_NULL:
      return g_strdup ("");
    default:
      return g_strdup (value);
    }
}

/* Search */

/* strstr() prepares each call for long needles; typed needles are short, and this
 * runs 100,000 times per keystroke. */
static inline gboolean
contains (const char *haystack,
          const char *needle,
          gsize       needle_len)
{
  for (const char *p = strchr (haystack, needle[0]); p != NULL; p = strchr (p + 1, needle[0]))
    if (strncmp (p + 1, needle + 1, needle_len - 1) == 0)
      return TRUE;
  return FALSE;
}

gboolean
deck_lead_matches (DeckLead   *self,
                   const char *folded_needle)
{
  const LeadData *d;
  const guchar *n;
  guint64 chars = 0;
  guint64 pairs[4] = { 0, 0, 0, 0 };
  gsize len;

  g_return_val_if_fail (DECK_IS_LEAD (self), FALSE);

  if (folded_needle == NULL || folded_needle[0] == '\0')
    return TRUE;

  /* The prefilter rejects most leads from the lead object alone. */
  d = &self->d;
  n = (const guchar *) folded_needle;
  for (len = 0; n[len] != '\0'; len++)
    {
      chars |= G_GUINT64_CONSTANT (1) << char_bit (n[len]);
      if (n[len + 1] != '\0')
        {
          guint bit = pair_bit (n[len], n[len + 1]);

          pairs[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
        }
    }
  if ((chars & ~d->chars) != 0)
    return FALSE;
  /* A letter or a digit has a bit of its own: the answer, without the strings. */
  if (len == 1 && char_bit_is_exact (n[0]))
    return TRUE;
  if ((pairs[0] & ~d->pairs[0]) != 0 || (pairs[1] & ~d->pairs[1]) != 0 ||
      (pairs[2] & ~d->pairs[2]) != 0 || (pairs[3] & ~d->pairs[3]) != 0)
    return FALSE;

  if (contains (data_str (d, S_HAYSTACK), folded_needle, len))
    return TRUE;
  if ((d->search_raw & SEARCH_RAW_EMAIL) &&
      contains (data_str (d, S_EMAIL), folded_needle, len))
    return TRUE;
  if ((d->search_raw & SEARCH_RAW_DOMAIN) &&
      contains (data_str (d, S_COMPANY_DOMAIN), folded_needle, len))
    return TRUE;
  return FALSE;
}
