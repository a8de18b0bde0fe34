/* deck-mock-lead-seed.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-lead-seed"

#include <string.h>

#include "deck-mock-leads-private.h"

/* The seeded leads: the campaigns' own leads (the emails the campaign seed gave
 * them) spread among many more in a few lead lists. Every figure is drawn from a
 * hash of the lead's index, so the seed is the same on every run and reseeding
 * 100,000 leads costs a few allocations per lead. */

typedef struct
{
  const char *name;
  const char *ascii;   /* for the email address */
} SeedName;

static const SeedName first_names[] = {
  { "Ava", "ava" }, { "Liam", "liam" }, { "José", "jose" }, { "Zoë", "zoe" }, { "Chloé", "chloe" },
  { "Mateo", "mateo" }, { "Søren", "soren" }, { "Björn", "bjorn" }, { "Amélie", "amelie" }, { "Noah", "noah" },
  { "Mia", "mia" }, { "Lucas", "lucas" }, { "Emma", "emma" }, { "Ethan", "ethan" }, { "Omar", "omar" },
  { "Lena", "lena" }, { "Arjun", "arjun" }, { "Nora", "nora" }, { "Felix", "felix" }, { "Priya", "priya" },
  { "Hiroshi", "hiroshi" }, { "Yuki", "yuki" }, { "Fatima", "fatima" }, { "Aisha", "aisha" }, { "Kwame", "kwame" },
  { "Chidi", "chidi" }, { "Ingrid", "ingrid" }, { "Lars", "lars" }, { "Marta", "marta" }, { "Łukasz", "lukasz" },
  { "Ana", "ana" }, { "João", "joao" }, { "François", "francois" }, { "Renée", "renee" }, { "Zoltán", "zoltan" },
  { "Dara", "dara" }, { "Sven", "sven" }, { "Elif", "elif" }, { "Mehmet", "mehmet" }, { "Olivia", "olivia" },
};

static const SeedName last_names[] = {
  { "Chen", "chen" }, { "Patel", "patel" }, { "García", "garcia" }, { "Müller", "muller" }, { "Rossi", "rossi" },
  { "Kim", "kim" }, { "Novák", "novak" }, { "Silva", "silva" }, { "Haddad", "haddad" }, { "Jensen", "jensen" },
  { "Okafor", "okafor" }, { "Brennan", "brennan" }, { "Tanaka", "tanaka" }, { "Dubois", "dubois" }, { "O'Brien", "obrien" },
  { "Nowak", "nowak" }, { "Kowalski", "kowalski" }, { "Schmidt", "schmidt" }, { "Andersson", "andersson" }, { "Nguyen", "nguyen" },
  { "Costa", "costa" }, { "Ferreira", "ferreira" }, { "Ivanova", "ivanova" }, { "Yılmaz", "yilmaz" }, { "Larsen", "larsen" },
  { "Moreau", "moreau" }, { "Fischer", "fischer" }, { "Romero", "romero" }, { "Santos", "santos" }, { "Lindqvist", "lindqvist" },
};

typedef struct
{
  const char *name;
  const char *domain;
} SeedCompany;

static const SeedCompany companies[] = {
  { "Northwind Traders", "northwind-traders.com" }, { "Contoso Labs", "contoso-labs.io" },
  { "Fabrikam", "fabrikam.co" }, { "Bluefin Logistics", "bluefin-logistics.com" },
  { "Lumen Analytics", "lumen-analytics.io" }, { "Harbor Retail", "harbor-retail.com" },
  { "Peakview Capital", "peakview-capital.com" }, { "Acme Robotics", "acme-robotics.dev" },
  { "Café Olé Roasters", "cafeole.fr" }, { "Søndergaard Design", "sondergaard.dk" },
  { "Müller & Söhne", "mueller-soehne.de" }, { "Brightline Health", "brightline.health" },
  { "Quantum Ledger", "quantumledger.io" }, { "Evergreen Foods", "evergreenfoods.com" },
  { "Atlas Freight", "atlasfreight.com" }, { "Nimbus Cloudworks", "nimbuscloud.io" },
  { "Tidewater Energy", "tidewater-energy.com" }, { "Copperleaf Software", "copperleaf.dev" },
  { "Redwood Insurance", "redwood-ins.com" }, { "Sakura Mobility", "sakura-mobility.jp" },
  { "Granite Peak Partners", "granitepeak.vc" }, { "Orbital Media", "orbitalmedia.co" },
  { "Vertex Biotech", "vertexbio.com" }, { "Lighthouse Education", "lighthouse.edu.au" },
  { "Pampas Agro", "pampasagro.com.ar" }, { "Kestrel Security", "kestrelsec.com" },
  { "Marigold Hotels", "marigoldhotels.in" }, { "Fjord Analytics", "fjordanalytics.no" },
  { "Solstice Solar", "solsticesolar.com" }, { "Ironclad Manufacturing", "ironclad-mfg.com" },
  { "Juniper Payments", "juniperpay.com" }, { "Citrine Fashion", "citrine.fashion" },
  { "Beacon Realty", "beaconrealty.com" }, { "Helix Gaming", "helixgaming.gg" },
  { "Sable Legal", "sablelegal.co.uk" }, { "Aurora Telecom", "auroratel.fi" },
  { "Cobalt Mining", "cobaltmining.ca" }, { "Willow Wellness", "willowwellness.com" },
  { "Zenith Aerospace", "zenithaero.com" }, { "Meridian Consulting", "meridian-consult.com" },
};

static const char * const job_titles[] = {
  "CEO", "Founder", "CTO", "VP of Sales", "Head of Growth", "Marketing Director", "Sales Manager",
  "Operations Manager", "CFO", "Head of Partnerships", "Product Manager", "Engineering Manager",
  "Chief Revenue Officer", "Account Executive", "Procurement Lead", "HR Director",
  "Business Development Rep", "Customer Success Lead", "IT Director", "Office Manager",
};

static const char * const personalizations[] = {
  "Loved your post about scaling outbound without burning the domain.",
  "Congrats on the Series A!",
  "Saw you are hiring three SDRs this quarter.",
  "Your talk at SaaStr on pipeline hygiene was great.",
  "Noticed you just opened an office in Lisbon.",
};

static const char * const industries[] = {
  "SaaS", "Logistics", "Fintech", "Retail", "Healthcare", "Manufacturing", "Media", "Energy",
};
static const char * const seniorities[] = { "C-level", "VP", "Director", "Manager", "Individual contributor" };

typedef struct
{
  const char *name;
  int         has_enrichment_task;
  guint       created_day;
  guint       weight;        /* out of 100, of the leads not in a campaign */
} SeedList;

static const SeedList seed_lists[] = {
  { "Conference Attendees 2025", 0, 40, 40 },
  { "Inbound Demo Requests", -1, 75, 30 },
  { "Fintech CFOs (enriched)", 1, 130, 15 },
  { "Newsletter Signups", 0, 200, 15 },
};

typedef struct
{
  const char *label;
  const char *kind;
  const char *description;
  int         use_with_ai;
} SeedLabel;

static const SeedLabel seed_labels[] = {
  { "Hot Lead", "positive", "Wants pricing or a call within two weeks", 1 },
  { "Needs Follow-up", "neutral", "Asked us to get back to them later", 1 },
  { "Competitor Customer", "negative", "Under contract with a competitor", 0 },
  { "Budget Next Quarter", "neutral", NULL, -1 },
};

static const char * const seed_blocked[] = {
  "competitor-inc.com", "mailinator.com", "legal@harbor-retail.com", "ceo@peakview-capital.com",
  "do-not-contact.org", "privacy@contoso-labs.io",
};

#define SEED_DAY(d) (DECK_MOCK_EPOCH_MS + (gint64) (d) * DECK_MOCK_DAY_MS)

/* A well-mixed 32-bit value for (index, salt): every lead figure comes from it. */
static guint32
draw (guint32 seed,
      guint   index,
      guint   salt)
{
  guint64 x = ((guint64) seed << 32) ^ ((guint64) index * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^ ((guint64) salt << 17);

  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94D049BB133111EB);
  x ^= x >> 31;
  return (guint32) x;
}

void
deck_mock_seed_lead_custom (DeckMockJsonWriter *writer,
                            guint               seed_custom)
{
  guint v = seed_custom - 1;

  deck_mock_jw_name (writer, "industry");
  deck_mock_jw_string (writer, industries[v % G_N_ELEMENTS (industries)]);
  deck_mock_jw_name (writer, "seniority");
  deck_mock_jw_string (writer, seniorities[(v / G_N_ELEMENTS (industries)) % G_N_ELEMENTS (seniorities)]);
  deck_mock_jw_name (writer, "employees");
  deck_mock_jw_int (writer, 10 + (v * 37) % 990);
  deck_mock_jw_name (writer, "pastCustomer");
  deck_mock_jw_bool (writer, v % 7 == 0);
}

typedef struct
{
  DeckMockCampaign *campaign;
  const char       *email;
} CampaignPair;

static int
pick (guint32       value,
      const int    *values,
      const guint  *weights,
      guint         n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = value % total;
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return values[i];
      r -= weights[i];
    }
  return values[n - 1];
}

static char *
capitalize (const char *word)
{
  return g_strdup_printf ("%c%s", g_ascii_toupper (word[0]), word + 1);
}

static const SeedCompany *
company_for_domain (const char *domain)
{
  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    if (g_str_equal (companies[i].domain, domain))
      return &companies[i];
  return NULL;
}

/* The history of a contacted lead, and what follows from it. */
static void
seed_activity (DeckMockStore *store,
               DeckMockLead  *lead,
               guint32        seed,
               guint          index,
               gboolean       contacted,
               guint          n_steps)
{
  static const int statuses[] = { 1, 3, -1, -2, 2, -3 };
  static const guint status_weights[] = { 50, 30, 6, 5, 4, 5 };
  static const int interests[] = { 1, 2, 3, 4, 0, -1, -2, -3, -4 };
  static const guint interest_weights[] = { 30, 15, 8, 5, 12, 18, 6, 4, 2 };
  gint64 present = DECK_MOCK_EPOCH_MS + DECK_MOCK_SPAN_MS;
  guint32 r = draw (seed, index, 11);

  if (!contacted)
    {
      lead->status = r % 100 < 3 ? -3 : 1;
      return;
    }

  lead->status = pick (draw (seed, index, 12), statuses, status_weights, G_N_ELEMENTS (statuses));
  lead->last_step = (int) (r % MAX (n_steps, 1));
  lead->last_contact_ms = MIN (lead->created_ms + (gint64) (1 + r % 40) * DECK_MOCK_DAY_MS + (r % 28800) * 1000,
                               present - (gint64) (r % 90) * 3600 * 1000);
  lead->last_contact_ms = MAX (lead->last_contact_ms, lead->created_ms + 60 * 1000);
  lead->last_contacted_from = deck_mock_lead_intern (store, "sales@instadeck-demo.com");
  if (lead->status == -1)
    return;

  r = draw (seed, index, 13);
  if (r % 100 < 58)
    {
      lead->opens = 1 + r % 5;
      lead->last_open_ms = lead->last_contact_ms + (gint64) (1 + r % 3000) * 60 * 1000;
    }
  if (lead->opens > 0 && (r >> 8) % 100 < 22)
    {
      lead->replies = 1 + ((r >> 16) % 7 == 0);
      lead->last_reply_ms = lead->last_open_ms + (gint64) (1 + (r >> 4) % 600) * 60 * 1000;
      lead->interest = pick (draw (seed, index, 14), interests, interest_weights, G_N_ELEMENTS (interests));
      lead->interest_ms = lead->last_reply_ms + 15 * 60 * 1000;
      if (lead->interest >= 1 && lead->interest <= 4)
        lead->pl_value_lead = deck_mock_lead_intern (store, (r >> 12) % 2 ? "2500" : "12000");
    }
  if (lead->opens > 0 && (r >> 20) % 100 < 15)
    {
      lead->clicks = 1 + (r >> 24) % 2;
      lead->last_click_ms = lead->last_open_ms + 5 * 60 * 1000;
    }
}

static void
seed_lead (DeckMockStore      *store,
           guint32             seed,
           guint               index,
           guint               name_index,
           gint64              created_ms,
           const CampaignPair *pair,
           GPtrArray          *subsequences,
           guint               list_index)
{
  static const int verifications[] = { 1, -2, -3, -1, -4, 11, 12, DECK_MOCK_LEAD_UNSET };
  static const guint verification_weights[] = { 70, 8, 8, 4, 2, 3, 1, 4 };
  static const int esps[] = { 1, 2, 999, 3, 9, 1000 };
  static const guint esp_weights[] = { 45, 35, 12, 3, 3, 2 };
  DeckMockLead *lead = deck_mock_lead_new (store, created_ms);
  guint32 r = draw (seed, index, 1);
  const SeedCompany *company = NULL;
  const char *email;
  char email_buf[128];
  char id[40];
  char text[64];
  gboolean contacted;
  guint n_steps = 3;

  if (pair != NULL)
    {
      /* The campaign seed's own address: "ava.chen@northwind-traders.com". */
      g_auto(GStrv) parts = g_strsplit_set (pair->email, ".@", 3);
      g_autofree char *first = capitalize (parts[0]);
      g_autofree char *last = capitalize (parts[1]);

      email = pair->email;
      lead->first_name = deck_mock_lead_intern (store, first);
      lead->last_name = deck_mock_lead_intern (store, last);
      company = company_for_domain (strchr (pair->email, '@') + 1);
      lead->campaign_id = deck_mock_lead_intern (store, pair->campaign->id);
      n_steps = MAX (deck_mock_campaign_get_n_steps (pair->campaign), 1);
      contacted = deck_mock_campaign_get_status (pair->campaign) != 0 && r % 100 < 85;
      lead->upload_method = 1;
    }
  else
    {
      /* A permutation of (first, last, company) keeps every address unique. */
      guint m = G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names) * G_N_ELEMENTS (companies);
      guint q = (guint) (((guint64) name_index * 7919) % m);
      const SeedName *first = &first_names[q % G_N_ELEMENTS (first_names)];
      const SeedName *last = &last_names[(q / G_N_ELEMENTS (first_names)) % G_N_ELEMENTS (last_names)];
      char suffix[16] = "";

      if (name_index >= m)
        g_snprintf (suffix, sizeof suffix, "%u", name_index / m);
      company = &companies[q / (G_N_ELEMENTS (first_names) * G_N_ELEMENTS (last_names))];
      g_snprintf (email_buf, sizeof email_buf, "%s.%s%s@%s", first->ascii, last->ascii, suffix, company->domain);
      email = email_buf;
      lead->first_name = first->name;
      lead->last_name = last->name;
      lead->list_id = deck_mock_lead_intern (store, ((DeckMockLeadList *) g_ptr_array_index (store->leads->lists, list_index))->id);
      contacted = r % 100 < 25;
      lead->upload_method = (r >> 8) % 100 < 5 ? 2 : (r >> 8) % 100 < 35 ? 0 : 1;
      if (seed_lists[list_index].has_enrichment_task == 1)
        lead->enrichment = (r >> 12) % 10 < 6 ? 1 : (r >> 12) % 10 < 8 ? 11 : -1;
    }

  /* deck_mock_uuid7()'s layout, formatted without allocating. */
  {
    guint64 ms = (guint64) MAX (created_ms, 0) & G_GUINT64_CONSTANT (0xffffffffffff);
    guint32 r1 = g_rand_int (store->rand);
    guint32 r2 = g_rand_int (store->rand);
    guint32 r3 = g_rand_int (store->rand);

    g_snprintf (id, sizeof id, "%08x-%04x-7000-%04x-%04x%08x",
                (guint32) (ms >> 16), (guint32) (ms & 0xffff), 0x8000 | (r1 & 0x3fff), r2 & 0xffff, r3);
  }
  lead->id = g_string_chunk_insert (store->leads->strings, id);
  deck_mock_lead_set_email (store, lead, email);

  if (company != NULL)
    {
      g_snprintf (text, sizeof text, "https://%s", company->domain);
      lead->company_name = company->name;
      lead->website = deck_mock_lead_intern (store, text);
    }
  lead->job_title = job_titles[draw (seed, index, 2) % G_N_ELEMENTS (job_titles)];
  if (r % 10 < 6)
    {
      g_snprintf (text, sizeof text, "+1 555 %03u %04u", 100 + r % 900, (r >> 10) % 10000);
      lead->phone = g_string_chunk_insert (store->leads->strings, text);
    }
  if ((r >> 4) % 10 < 3)
    lead->personalization = personalizations[(r >> 6) % G_N_ELEMENTS (personalizations)];
  if ((r >> 14) % 10 < 4)
    lead->seed_custom = 1 + (guint16) ((r >> 3) % 1000);
  lead->verification = pick (draw (seed, index, 3), verifications, verification_weights, G_N_ELEMENTS (verifications));
  lead->esp_code = pick (draw (seed, index, 4), esps, esp_weights, G_N_ELEMENTS (esps));
  if ((r >> 18) % 100 < 8)
    lead->esg_code = 1 + (int) ((r >> 22) % 4);
  if ((r >> 26) % 10 < 3)
    lead->assigned_to = deck_mock_lead_intern (store, deck_mock_store_get_owner_id (store));

  seed_activity (store, lead, seed, index, contacted, n_steps);
  if (lead->status == -1)
    lead->verification = -1;
  lead->updated_ms = MAX (lead->created_ms, MAX (lead->last_contact_ms, MAX (lead->last_reply_ms, lead->interest_ms)));

  /* Some of a campaign's repliers went on to one of its subsequences. */
  if (pair != NULL && lead->replies > 0 && (r >> 5) % 3 == 0)
    for (guint i = 0; i < subsequences->len; i++)
      {
        DeckMockSubsequence *subsequence = g_ptr_array_index (subsequences, i);

        if (g_str_equal (subsequence->parent_campaign, pair->campaign->id))
          {
            lead->subsequence_id = deck_mock_lead_intern (store, subsequence->id);
            lead->subsequence_ms = lead->interest_ms + DECK_MOCK_DAY_MS;
            break;
          }
      }

  /* Created in id order: appending keeps the array sorted. */
  g_ptr_array_add (store->leads->leads, lead);
  g_hash_table_insert (store->leads->by_id, (gpointer) lead->id, lead);
  if (lead->email_key != NULL)
    {
      DeckMockLead *head = g_hash_table_lookup (store->leads->by_email, lead->email_key);

      if (head == NULL)
        g_hash_table_insert (store->leads->by_email, (gpointer) lead->email_key, lead);
      else
        {
          while (head->email_next != NULL)
            head = head->email_next;
          head->email_next = lead;
        }
    }
}

static void
seed_lead_set (DeckMockStore *store,
               guint          n_leads)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (CampaignPair));
  g_autoptr(GRand) saved = store->rand;
  guint32 seed = store->seed ^ deck_mock_hash ("leads", NULL);
  gint64 first_ms = SEED_DAY (-60);
  gint64 step = MAX ((DECK_MOCK_SPAN_MS + 50 * DECK_MOCK_DAY_MS) / MAX (n_leads, 1), 1);
  guint stride;
  guint next_pair = 0;

  /* A generator of its own: the leads change nothing else the seed draws. */
  store->rand = g_rand_new_with_seed (seed);

  for (guint c = 0; c < store->campaigns->len; c++)
    {
      DeckMockCampaign *campaign = g_ptr_array_index (store->campaigns, c);

      for (guint j = 0; j < campaign->lead_emails->len; j++)
        {
          CampaignPair pair = { campaign, g_ptr_array_index (campaign->lead_emails, j) };

          g_array_append_val (pairs, pair);
        }
    }

  stride = pairs->len > 0 ? MAX (n_leads / pairs->len, 1) : G_MAXUINT;
  g_ptr_array_set_size (store->leads->leads, 0);
  g_hash_table_remove_all (store->leads->by_id);
  g_hash_table_remove_all (store->leads->by_email);

  for (guint i = 0, list_seq = 0; i < n_leads; i++)
    {
      gint64 created_ms = first_ms + (gint64) i * step;

      if (next_pair < pairs->len && i % stride == 0)
        {
          seed_lead (store, seed, i, 0, created_ms, &g_array_index (pairs, CampaignPair, next_pair), store->subsequences, 0);
          next_pair++;
        }
      else
        {
          guint w = draw (seed, i, 9) % 100;
          guint list_index = 0;

          for (guint acc = 0; list_index < G_N_ELEMENTS (seed_lists); list_index++)
            {
              acc += seed_lists[list_index].weight;
              if (w < acc)
                break;
            }
          seed_lead (store, seed, i, list_seq++, created_ms, NULL, NULL, MIN (list_index, G_N_ELEMENTS (seed_lists) - 1));
        }
    }

  g_rand_free (store->rand);
  store->rand = g_steal_pointer (&saved);

  /* The campaigns hold exactly the leads seeded into them. */
  deck_mock_leads_sync_campaign (store, NULL);
}

void
deck_mock_seed_leads (DeckMockStore *store,
                      guint          n_leads)
{
  g_autoptr(GRand) saved = store->rand;
  const char *owner = deck_mock_store_get_owner_id (store);

  store->rand = g_rand_new_with_seed (store->seed ^ deck_mock_hash ("lead-lists", NULL));
  store->leads->block_list_id = deck_mock_uuid7 (store->rand, SEED_DAY (-90), 7);

  for (guint i = 0; i < G_N_ELEMENTS (seed_lists); i++)
    deck_mock_store_add_lead_list (store, seed_lists[i].name, seed_lists[i].has_enrichment_task,
                                   i == 3 ? NULL : owner, SEED_DAY (seed_lists[i].created_day) + i * 1000);
  for (guint i = 0; i < G_N_ELEMENTS (seed_labels); i++)
    deck_mock_store_add_lead_label (store, seed_labels[i].label, seed_labels[i].kind, seed_labels[i].description,
                                    seed_labels[i].use_with_ai, SEED_DAY (20 + 10 * i));
  for (guint i = 0; i < G_N_ELEMENTS (seed_blocked); i++)
    deck_mock_store_add_block_entry (store, seed_blocked[i], SEED_DAY (5 + 3 * i));

  g_rand_free (store->rand);
  store->rand = g_steal_pointer (&saved);

  seed_lead_set (store, n_leads);
}

void
deck_mock_reseed_leads (DeckMockStore *store,
                        guint          n_leads)
{
  /* The lead strings go with the leads; lists, labels and the block list keep
   * theirs outside the chunk. */
  g_hash_table_remove_all (store->leads->by_id);
  g_hash_table_remove_all (store->leads->by_email);
  g_ptr_array_set_size (store->leads->leads, 0);
  g_string_chunk_clear (store->leads->strings);

  seed_lead_set (store, n_leads);
}
