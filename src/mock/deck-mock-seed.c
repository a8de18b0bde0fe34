/* deck-mock-seed.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-seed"

#include <string.h>

#include "deck-mock-store-private.h"

/* Everything below comes from one PRNG seed (store->seed, fixed per workspace name)
 * and a fixed epoch, so two servers with the same name and account count serve the
 * same workspace, byte for byte. */
#define EPOCH_MS        DECK_MOCK_EPOCH_MS
#define SPAN_MS         DECK_MOCK_SPAN_MS
#define HOUR_MS         G_GINT64_CONSTANT (3600000)
#define DAY_MS          (24 * HOUR_MS)

static const char * const first_names[] = {
  "Jürgen", "Zoë", "Renée", "José", "Søren", "Łukasz", "Maëlle", "Björn", "Émile", "Chloé",
  "Noémie", "Frédéric", "Jörg", "Inés", "Małgorzata", "Anna", "Ben", "Clara", "David", "Emma",
  "Felix", "Grace", "Hannah", "Isaac", "Julia", "Kevin", "Laura", "Marco", "Nina", "Oliver",
  "Priya", "Rahul", "Sara", "Tom", "Wei", "Yuki", "Aisha", "Liam", "Mia", "Noah", "Olivia",
  "Lucas", "Sofia", "Mateo", "Elena", "Hélène", "Ömer", "Dóra",
};

static const char * const last_names[] = {
  "Müller", "Schäfer", "Weiß", "García", "Núñez", "Dvořák", "Lefèvre", "Østergaard", "O'Brien",
  "Kowalski", "Nowak", "Rossi", "Bianchi", "Smith", "Johnson", "Brown", "Patel", "Nguyen", "Kim",
  "Tanaka", "Silva", "Santos", "Dubois", "Novák", "Jansen", "de Vries", "Andersson", "Hansen",
  "Ivanova", "Fischer", "Becker", "Hoffmann", "Wang", "Chen", "Cohen", "Murphy", "Kelly",
  "Martínez", "López", "Çelik", "Sørensen",
};

typedef struct
{
  const char *name;
  const char *domain;
} Company;

static const Company companies[] = {
  { "Nordlicht Analytics", "nordlicht-analytics" },
  { "Bäckerei Schmidt GmbH", "baeckerei-schmidt" },
  { "Acme Robotics", "acmerobotics" },
  { "Café Lumière", "cafelumiere" },
  { "Fjord Logistics", "fjordlogistics" },
  { "Brightpath Consulting", "brightpath" },
  { "Kraków Software House", "krakowsoft" },
  { "Sol y Mar Viajes", "solymarviajes" },
  { "Helix Biotech", "helixbio" },
  { "Northwind Traders", "northwind" },
  { "Bluebird Marketing", "bluebirdmkt" },
  { "Zenith Capital", "zenithcap" },
  { "Green Leaf Organics", "greenleaf-organics" },
  { "Pixel & Pine", "pixelandpine" },
  { "Atlas Recruiting", "atlasrecruiting" },
  { "Lumen Health", "lumenhealth" },
  { "Orbit Labs", "orbitlabs" },
  { "Quokka Studios", "quokkastudios" },
  { "Tidewater Energy", "tidewater-energy" },
  { "Velvet Finch", "velvetfinch" },
};

static const char * const domain_prefixes[] = { "", "", "get", "try", "hello", "team", "meet" };
static const char * const domain_tlds[] = { ".com", ".com", ".io", ".co", ".de", ".net", ".eu" };

static const struct
{
  const char *label;
  const char *description;
} seed_tags[] = {
  { "VIP", "Accounts that send to key customers" },
  { "Q4 Outreach", "Cold outreach for the Q4 campaign" },
  { "EU Domains", NULL },
  { "Warmup Only", "Not used in campaigns yet" },
  { "Sales – DACH", "German-speaking markets" },
  { "Recruiting", NULL },
  { "Needs Review", "Deliverability issues to look at" },
};

typedef struct
{
  int provider_code;
  int weight;
} ProviderWeight;

static const ProviderWeight provider_weights[] = {
  { 2, 45 }, { 3, 28 }, { 1, 12 }, { 4, 5 }, { 8, 6 }, { 11, 4 },
};

/* One small PRNG per account (splitmix64 seeded with its index), so that an
 * account's JSON can be rebuilt on demand from its index alone. */
typedef struct
{
  guint64 state;
} Rng;

static void
rng_init (Rng     *rng,
          guint32  seed,
          guint    index)
{
  rng->state = ((guint64) seed << 32) ^ ((guint64) index * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));
}

static guint32
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return (guint32) ((z ^ (z >> 31)) >> 16);
}

/* An integer in [begin, end). */
static int
rng_range (Rng *rng,
           int  begin,
           int  end)
{
  return begin + (int) (rng_next (rng) % (guint32) (end - begin));
}

static int
pick_provider (Rng *rng)
{
  int roll = rng_range (rng, 0, 100);

  for (guint i = 0; i < G_N_ELEMENTS (provider_weights); i++)
    {
      if (roll < provider_weights[i].weight)
        return provider_weights[i].provider_code;
      roll -= provider_weights[i].weight;
    }
  return 2;
}

static int
pick_status (Rng   *rng,
             guint  rank)
{
  int roll = rng_range (rng, 0, 100);

  /* The newest accounts (the first page) show every status at least once. */
  switch (rank)
    {
    case 1: return -1;
    case 3: return 2;
    case 4: return -2;
    case 6: return -3;
    case 8: return 3;
    case 10: return -1;
    case 12: return 2;
    default: break;
    }

  if (roll < 78) return 1;
  if (roll < 86) return 2;
  if (roll < 88) return 3;
  if (roll < 93) return -1;
  if (roll < 97) return -2;
  return -3;
}

static int
pick_warmup_status (Rng   *rng,
                    guint  rank)
{
  int roll = rng_range (rng, 0, 100);

  switch (rank)
    {
    case 2: return -1;
    case 5: return -2;
    case 7: return -3;
    case 9: return 0;
    default: break;
    }

  if (roll < 70) return 1;
  if (roll < 90) return 0;
  if (roll < 93) return -1;
  if (roll < 97) return -2;
  return -3;
}

static int
pick_score (Rng *rng,
            int  warmup_status)
{
  int roll = rng_range (rng, 0, 10);
  int value = rng_range (rng, 0, 1000);

  switch (warmup_status)
    {
    case 1: return roll < 8 ? 88 + value % 13 : 70 + value % 18;
    case 0: return roll < 3 ? G_MININT : 40 + value % 56;
    case -1: return 5 + value % 31;
    case -2: return 20 + value % 41;
    case -3: return value % 16;
    default: return G_MININT;
    }
}

static char *
ascii_slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static JsonObject *
status_message (Rng        *rng,
                int         status,
                int         provider_code,
                const char *domain)
{
  JsonObject *message = json_object_new ();
  const char *code;
  const char *command;
  g_autofree char *response = NULL;
  g_autofree char *e_message = NULL;
  int response_code = 0;

  if (status == -1 && provider_code == 2)
    {
      code = "EAUTH";
      command = "AUTH XOAUTH2";
      response_code = 535;
      response = g_strdup_printf ("535-5.7.8 Username and Password not accepted. For more information, go to\n"
                                  "535 5.7.8  https://support.google.com/mail/?p=BadCredentials "
                                  "%08x-%04xsm%07d.%02d - gsmtp",
                                  rng_next (rng), rng_next (rng) & 0xffff,
                                  rng_range (rng, 1000000, 9999999), rng_range (rng, 10, 99));
      e_message = g_strdup ("Invalid login: 535-5.7.8 Username and Password not accepted.");
    }
  else if (status == -1 && provider_code == 3)
    {
      code = "EAUTH";
      command = "AUTH LOGIN";
      response_code = 535;
      response = g_strdup ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                           "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
                           "[AM0PR02CA0012.eurprd02.prod.outlook.com]");
      e_message = g_strdup ("Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
                            "is disabled for the Tenant.");
    }
  else if (status == -1)
    {
      code = "ETIMEDOUT";
      command = "CONN";
      response = g_strdup ("");
      e_message = g_strdup_printf ("Connection timeout: could not connect to imap.%s:993", domain);
    }
  else if (status == -2)
    {
      code = "EENVELOPE";
      command = "RCPT TO";
      response_code = 452;
      response = g_strdup ("452 4.2.2 The recipient's inbox is out of storage space. Please direct the "
                           "recipient to https://support.google.com/mail/?p=OverQuotaTemp");
      e_message = g_strdup_printf ("Can't send mail - all recipients were rejected: %s", response);
    }
  else if (provider_code == 3)
    {
      code = "EMESSAGE";
      command = "DATA";
      response_code = 554;
      response = g_strdup ("554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process "
                           "message due to a permanent exception with message [BeginDiagnosticData]WASCL "
                           "UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade."
                           "[EndDiagnosticData]");
      e_message = g_strdup_printf ("Message failed: %s", response);
    }
  else
    {
      code = "EMESSAGE";
      command = "DATA";
      response_code = 550;
      response = g_strdup ("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail "
                           "sending limits go to https://support.google.com/a/answer/166852");
      e_message = g_strdup_printf ("Message failed: %s", response);
    }

  json_object_set_string_member (message, "code", code);
  json_object_set_string_member (message, "command", command);
  json_object_set_string_member (message, "response", response);
  json_object_set_string_member (message, "e_message", e_message);
  if (response_code != 0)
    json_object_set_int_member (message, "responseCode", response_code);

  return message;
}

static char *
make_email (Rng        *rng,
            GHashTable *used,
            const char *first,
            const char *last,
            const char *domain)
{
  g_autofree char *f = ascii_slug (first);
  g_autofree char *l = ascii_slug (last);
  g_autofree char *local = NULL;
  char *email;

  switch (rng_range (rng, 0, 4))
    {
    case 0: local = g_strdup (f); break;
    case 1: local = g_strdup_printf ("%c.%s", f[0], l); break;
    case 2: local = g_strdup_printf ("%s%c", f, l[0]); break;
    default: local = g_strdup_printf ("%s.%s", f, l); break;
    }

  email = g_strdup_printf ("%s@%s", local, domain);
  for (guint n = 2; g_hash_table_contains (used, email); n++)
    {
      g_free (email);
      email = g_strdup_printf ("%s%u@%s", local, n, domain);
    }

  g_hash_table_add (used, g_strdup (email));
  return email;
}

/* Draws everything about account @index. With @used (seeding) it fills the
 * account's filter fields and email; without (building) it returns the JSON. The
 * draws are the same in both cases, so the two always agree. */
static JsonObject *
generate (DeckMockStore   *store,
          DeckMockAccount *account,
          GHashTable      *used)
{
  static const int daily_limits[] = { 20, 25, 30, 40, 50, 75 };
  static const int gaps[] = { 5, 8, 10, 12, 15, 20 };
  static const char * const increments[] = { "disabled", "disabled", "0", "1", "2", "3", "4" };
  static const char * const ctd_prefixes[] = { "inst", "track", "link", "go" };
  guint rank = store->n_seeded - 1 - account->seed_index;
  gint64 created_ms = account->created_ms;
  Rng rng_state;
  Rng *rng = &rng_state;
  const char *first;
  const char *last;
  const Company *company;
  g_autofree char *domain = NULL;
  g_autofree char *email = NULL;
  int provider, status, warmup_status, score, daily_limit, gap, warmup_limit, reply_rate;
  int open_step, ctd_roll, ctd_prefix, ctd_active, signature_roll, reply_to_roll, setup_roll;
  int ipt_roll, autofix_roll, updated_quarters, warmup_start_hours;
  const char *increment;
  gboolean slow_ramp, weekday_only, airmail, prewarmed;
  JsonObject *json;
  JsonObject *warmup;
  JsonObject *advanced;

  rng_init (rng, store->seed, account->seed_index);

  first = first_names[rng_range (rng, 0, G_N_ELEMENTS (first_names))];
  last = last_names[rng_range (rng, 0, G_N_ELEMENTS (last_names))];
  company = &companies[rng_range (rng, 0, G_N_ELEMENTS (companies))];
  domain = g_strconcat (domain_prefixes[rng_range (rng, 0, G_N_ELEMENTS (domain_prefixes))],
                        company->domain,
                        domain_tlds[rng_range (rng, 0, G_N_ELEMENTS (domain_tlds))],
                        NULL);
  if (used != NULL)
    email = make_email (rng, used, first, last, domain);
  else
    {
      rng_next (rng);   /* the local-part pattern, already in account->email */
      email = g_strdup (account->email);
    }

  provider = pick_provider (rng);
  status = pick_status (rng, rank);
  warmup_status = pick_warmup_status (rng, rank);
  score = pick_score (rng, warmup_status);
  daily_limit = daily_limits[rng_range (rng, 0, G_N_ELEMENTS (daily_limits))];
  gap = gaps[rng_range (rng, 0, G_N_ELEMENTS (gaps))];
  slow_ramp = rng_range (rng, 0, 2);
  ipt_roll = rng_range (rng, 0, 5);
  warmup_limit = 10 + 5 * rng_range (rng, 0, 7);
  increment = increments[rng_range (rng, 0, G_N_ELEMENTS (increments))];
  reply_rate = 20 + 5 * rng_range (rng, 0, 7);
  open_step = rng_range (rng, 0, 5);
  weekday_only = rng_range (rng, 0, 4) == 0;
  updated_quarters = rng_range (rng, 1, 480);
  warmup_start_hours = rng_range (rng, 1, 72);
  ctd_roll = rng_range (rng, 0, 100);
  ctd_prefix = rng_range (rng, 0, G_N_ELEMENTS (ctd_prefixes));
  ctd_active = rng_range (rng, 0, 100) < 85;
  signature_roll = rng_range (rng, 0, 10);
  reply_to_roll = rng_range (rng, 0, 10);
  setup_roll = rng_range (rng, 0, 5);
  autofix_roll = rng_range (rng, 0, 10);
  prewarmed = rng_range (rng, 0, 2);
  airmail = provider == 8 || provider == 11;

  if (used != NULL)
    {
      account->email = g_steal_pointer (&email);
      account->first_name = g_strdup (first);
      account->last_name = g_strdup (last);
      account->status = status;
      account->warmup_status = warmup_status;
      account->provider_code = provider;
      account->score = score;
      account->managed = airmail;
      account->setup_pending = airmail && setup_roll == 0;
      account->has_ctd = ctd_roll < 55;
      account->prewarmed = airmail && prewarmed;
      return NULL;
    }

  json = deck_mock_account_json_new (store, email, first, last, provider, created_ms);
  warmup = json_object_get_object_member (json, "warmup");
  advanced = json_object_get_object_member (warmup, "advanced");

  {
    g_autofree char *updated = deck_mock_format_time (created_ms + updated_quarters * HOUR_MS / 4);

    json_object_set_string_member (json, "timestamp_updated", updated);
  }
  json_object_set_int_member (json, "status", status);
  json_object_set_int_member (json, "warmup_status", warmup_status);
  json_object_set_int_member (json, "daily_limit", daily_limit);
  json_object_set_int_member (json, "sending_gap", gap);
  json_object_set_boolean_member (json, "enable_slow_ramp", slow_ramp);
  if (ipt_roll == 0)
    json_object_set_null_member (json, "inbox_placement_test_limit");

  json_object_set_int_member (warmup, "limit", warmup_limit);
  json_object_set_string_member (warmup, "increment", increment);
  json_object_set_int_member (warmup, "reply_rate", reply_rate);
  json_object_set_double_member (advanced, "open_rate", (80 + 5 * open_step) / 100.0);
  json_object_set_boolean_member (advanced, "weekday_only", weekday_only);

  if (score != G_MININT)
    {
      g_autofree char *start = deck_mock_format_time (created_ms + warmup_start_hours * HOUR_MS);

      json_object_set_int_member (json, "stat_warmup_score", score);
      json_object_set_string_member (json, "timestamp_warmup_start", start);
    }

  if (ctd_roll < 55)
    {
      g_autofree char *ctd = g_strdup_printf ("%s.%s", ctd_prefixes[ctd_prefix], domain);

      json_object_set_string_member (json, "tracking_domain_name", ctd);
      json_object_set_string_member (json, "tracking_domain_status", ctd_active ? "active" : "pending");
      json_object_set_boolean_member (advanced, "warm_ctd", TRUE);
    }

  if (signature_roll < 7)
    {
      g_autofree char *signature = g_strdup_printf ("Best regards,\n%s %s\n%s", first, last, company->name);

      json_object_set_string_member (json, "signature", signature);
    }
  if (reply_to_roll == 0)
    {
      g_autofree char *reply_to = g_strdup_printf ("replies@%s", domain);

      json_object_set_string_member (json, "reply_to", reply_to);
    }

  if (airmail)
    {
      json_object_set_int_member (json, "daily_limit_max", 50);
      json_object_set_int_member (json, "warmup_limit_max", 40);
      json_object_set_boolean_member (json, "is_managed_account", TRUE);
      json_object_set_boolean_member (json, "setup_pending", setup_roll == 0);
    }

  if (status < 0)
    {
      /* null: the automatic reconnection is still trying. */
      if (autofix_roll < 6)
        json_object_set_boolean_member (json, "autofix_failed", TRUE);
      /* The last draws: only the build path makes them. */
      json_object_set_object_member (json, "status_message", status_message (rng, status, provider, domain));
    }
  else
    json_object_set_boolean_member (json, "autofix_failed", FALSE);

  return json;
}

JsonObject *
deck_mock_seed_build_account (DeckMockStore   *store,
                              DeckMockAccount *account)
{
  return generate (store, account, NULL);
}

static void
seed_account (DeckMockStore *store,
              GHashTable    *used,
              guint          index,
              gint64         created_ms)
{
  DeckMockAccount *account = g_new0 (DeckMockAccount, 1);

  account->seed_index = index;
  account->created_ms = created_ms;
  generate (store, account, used);
  deck_mock_store_add_seeded (store, account);

  /* A few accounts carry custom tags. */
  if (store->tags->len > 0 && g_rand_int_range (store->rand, 0, 100) < 25)
    {
      DeckMockTag *tag = g_ptr_array_index (store->tags, g_rand_int_range (store->rand, 0, store->tags->len));

      deck_mock_store_set_tag_mapping (store, tag->id, 1, account->email, TRUE, created_ms + HOUR_MS);
      if (g_rand_int_range (store->rand, 0, 100) < 30)
        {
          tag = g_ptr_array_index (store->tags, g_rand_int_range (store->rand, 0, store->tags->len));
          deck_mock_store_set_tag_mapping (store, tag->id, 1, account->email, TRUE, created_ms + HOUR_MS);
        }
    }
}

static void
seed_job (DeckMockStore *store,
          const char    *type,
          const char    *entity_type,
          gint64         created_ms,
          int            total,
          int            failed)
{
  g_autofree char *entity_id = deck_mock_store_new_id (store, created_ms - DAY_MS);
  DeckMockJob *job = deck_mock_store_add_job (store, type, entity_type, entity_id, created_ms);

  g_free (job->status);
  job->status = g_strdup ("success");
  job->progress = 100;
  job->updated_ms = created_ms + 90 * 1000;
  json_object_set_int_member (job->data, "total_to_process", total);
  json_object_set_int_member (job->data, "success_count", total - failed);
  json_object_set_int_member (job->data, "failed_count", failed);
}

void
deck_mock_seed_fill (DeckMockStore *store,
                     guint          n_accounts)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint8 key_bytes[24];
  gint64 step = n_accounts > 0 ? MAX (SPAN_MS / n_accounts, 60 * 1000) : DAY_MS;
  gint64 created = EPOCH_MS;

  store->rand = g_rand_new_with_seed (store->seed);
  store->workspace_id = deck_mock_uuid7 (store->rand, EPOCH_MS - 90 * DAY_MS, 0);
  store->user_id = deck_mock_uuid7 (store->rand, EPOCH_MS - 90 * DAY_MS, 1);

  for (guint i = 0; i < G_N_ELEMENTS (key_bytes); i++)
    key_bytes[i] = (guint8) g_rand_int_range (store->rand, 0, 256);
  store->api_key = g_base64_encode (key_bytes, sizeof key_bytes);
  {
    char **scopes = g_new0 (char *, 2);

    scopes[0] = g_strdup ("all:all");
    g_hash_table_replace (store->keys, g_strdup (store->api_key), scopes);
  }

  for (guint i = 0; i < G_N_ELEMENTS (seed_tags); i++)
    deck_mock_store_add_tag (store, seed_tags[i].label, seed_tags[i].description,
                             EPOCH_MS - (30 - (gint64) i) * DAY_MS);

  store->n_seeded = n_accounts;
  for (guint i = 0; i < n_accounts; i++)
    {
      created += step - step / 4 + g_rand_int_range (store->rand, 0, (gint32) MIN (step / 2, G_MAXINT32 - 1) + 1);
      seed_account (store, used, i, created);
    }

  seed_job (store, "import-leads", "list", created + 2 * HOUR_MS, 1250, 17);
  seed_job (store, "export-leads", "campaign", created + 5 * HOUR_MS, 830, 0);

  /* Last, so that the accounts above do not depend on it. */
  deck_mock_seed_workspace (store);
  /* After the accounts, whose emails the campaigns send from; it draws from a
   * generator of its own, so nothing seeded before changes. */
  deck_mock_seed_campaigns (store);
}
