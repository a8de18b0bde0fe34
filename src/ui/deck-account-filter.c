/* deck-account-filter.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-account-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-account.h"
#include "deck-account-filter.h"

struct _DeckAccountFilter
{
  GtkFilter               parent_instance;

  int                     status;
  int                     provider;
  char                   *tag_id;
  DeckAccountQuickFilter  quick;
  GHashTable             *prewarmed;
};

G_DEFINE_FINAL_TYPE (DeckAccountFilter, deck_account_filter, GTK_TYPE_FILTER)

static gboolean
strv_contains (char      **strv,
               const char *value)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, value);
}

static gboolean
match_quick (DeckAccountFilter *self,
             DeckAccount       *account)
{
  int status = deck_account_get_status (account);
  int warmup = deck_account_get_warmup_status (account);

  switch (self->quick)
    {
    case DECK_ACCOUNT_QUICK_FILTER_NONE:
      return TRUE;

    case DECK_ACCOUNT_QUICK_FILTER_PAUSED:
      return status == DECK_ACCOUNT_STATUS_PAUSED || status == DECK_ACCOUNT_STATUS_MAINTENANCE;

    case DECK_ACCOUNT_QUICK_FILTER_ERROR:
      return deck_account_status_is_error (status);

    case DECK_ACCOUNT_QUICK_FILTER_NO_CTD:
      {
        g_autofree char *domain = NULL;

        g_object_get (account, "tracking-domain-name", &domain, NULL);
        return domain == NULL || *domain == '\0';
      }

    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ACTIVE:
      return warmup == DECK_WARMUP_STATUS_ACTIVE;

    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_PAUSED:
      return warmup == DECK_WARMUP_STATUS_PAUSED;

    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ERROR:
      return warmup < 0;

    case DECK_ACCOUNT_QUICK_FILTER_DFY:
      {
        gboolean managed = FALSE;

        g_object_get (account, "is-managed-account", &managed, NULL);
        return managed;
      }

    case DECK_ACCOUNT_QUICK_FILTER_PREWARMED:
      {
        g_autofree char *key = NULL;

        if (self->prewarmed == NULL)
          return FALSE;
        key = g_ascii_strdown (deck_account_get_email (account), -1);
        return g_hash_table_contains (self->prewarmed, key);
      }

    case DECK_ACCOUNT_N_QUICK_FILTERS:
    default:
      return TRUE;
    }
}

static gboolean
deck_account_filter_match (GtkFilter *filter,
                           gpointer   item)
{
  DeckAccountFilter *self = DECK_ACCOUNT_FILTER (filter);
  DeckAccount *account = item;

  if (!DECK_IS_ACCOUNT (item))
    return FALSE;

  if (self->status != DECK_ACCOUNT_FILTER_ANY && deck_account_get_status (account) != self->status)
    return FALSE;

  if (self->provider != DECK_ACCOUNT_FILTER_ANY && deck_account_get_provider_code (account) != self->provider)
    return FALSE;

  if (self->tag_id != NULL)
    {
      g_auto(GStrv) tag_ids = NULL;

      g_object_get (account, "tag-ids", &tag_ids, NULL);
      if (!strv_contains (tag_ids, self->tag_id))
        return FALSE;
    }

  return match_quick (self, account);
}

static GtkFilterMatch
deck_account_filter_get_strictness (GtkFilter *filter)
{
  DeckAccountFilter *self = DECK_ACCOUNT_FILTER (filter);

  return deck_account_filter_get_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
deck_account_filter_finalize (GObject *object)
{
  DeckAccountFilter *self = DECK_ACCOUNT_FILTER (object);

  g_clear_pointer (&self->tag_id, g_free);
  g_clear_pointer (&self->prewarmed, g_hash_table_unref);

  G_OBJECT_CLASS (deck_account_filter_parent_class)->finalize (object);
}

static void
deck_account_filter_class_init (DeckAccountFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = deck_account_filter_finalize;
  filter_class->match = deck_account_filter_match;
  filter_class->get_strictness = deck_account_filter_get_strictness;
}

static void
deck_account_filter_init (DeckAccountFilter *self)
{
  self->status = DECK_ACCOUNT_FILTER_ANY;
  self->provider = DECK_ACCOUNT_FILTER_ANY;
}

DeckAccountFilter *
deck_account_filter_new (void)
{
  return g_object_new (DECK_TYPE_ACCOUNT_FILTER, NULL);
}

void
deck_account_filter_set_status (DeckAccountFilter *self,
                                int                status)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
deck_account_filter_get_status (DeckAccountFilter *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_FILTER (self), DECK_ACCOUNT_FILTER_ANY);

  return self->status;
}

void
deck_account_filter_set_provider (DeckAccountFilter *self,
                                  int                provider_code)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));

  if (self->provider == provider_code)
    return;
  self->provider = provider_code;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
deck_account_filter_get_provider (DeckAccountFilter *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_FILTER (self), DECK_ACCOUNT_FILTER_ANY);

  return self->provider;
}

void
deck_account_filter_set_tag_id (DeckAccountFilter *self,
                                const char        *tag_id)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));

  if (g_set_str (&self->tag_id, tag_id))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
deck_account_filter_get_tag_id (DeckAccountFilter *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_FILTER (self), NULL);

  return self->tag_id;
}

void
deck_account_filter_set_quick (DeckAccountFilter      *self,
                               DeckAccountQuickFilter  quick)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));
  g_return_if_fail (quick < DECK_ACCOUNT_N_QUICK_FILTERS);

  if (self->quick == quick)
    return;
  self->quick = quick;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

DeckAccountQuickFilter
deck_account_filter_get_quick (DeckAccountFilter *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_FILTER (self), DECK_ACCOUNT_QUICK_FILTER_NONE);

  return self->quick;
}

void
deck_account_filter_set_prewarmed (DeckAccountFilter *self,
                                   GHashTable        *emails)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));

  g_clear_pointer (&self->prewarmed, g_hash_table_unref);
  self->prewarmed = emails;
  if (self->quick == DECK_ACCOUNT_QUICK_FILTER_PREWARMED)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

gboolean
deck_account_filter_get_active (DeckAccountFilter *self)
{
  g_return_val_if_fail (DECK_IS_ACCOUNT_FILTER (self), FALSE);

  return self->status != DECK_ACCOUNT_FILTER_ANY ||
         self->provider != DECK_ACCOUNT_FILTER_ANY ||
         self->tag_id != NULL ||
         self->quick != DECK_ACCOUNT_QUICK_FILTER_NONE;
}

void
deck_account_filter_clear (DeckAccountFilter *self)
{
  g_return_if_fail (DECK_IS_ACCOUNT_FILTER (self));

  if (!deck_account_filter_get_active (self))
    return;

  self->status = DECK_ACCOUNT_FILTER_ANY;
  self->provider = DECK_ACCOUNT_FILTER_ANY;
  g_clear_pointer (&self->tag_id, g_free);
  self->quick = DECK_ACCOUNT_QUICK_FILTER_NONE;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

const char *
deck_account_quick_filter_to_api (DeckAccountQuickFilter quick)
{
  static const char * const names[] = {
    NULL, "ACC_FILTER_PAUSED", "ACC_FILTER_ERROR", "ACC_FILTER_NO_CTD", "ACC_FILTER_W_ACTIVE",
    "ACC_FILTER_W_PAUSED", "ACC_FILTER_W_ERROR", "ACC_FILTER_DFY", "ACC_FILTER_PW_ACCOUNTS",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == DECK_ACCOUNT_N_QUICK_FILTERS);
  g_return_val_if_fail (quick < DECK_ACCOUNT_N_QUICK_FILTERS, NULL);

  return names[quick];
}

const char *
deck_account_quick_filter_get_title (DeckAccountQuickFilter quick)
{
  switch (quick)
    {
    case DECK_ACCOUNT_QUICK_FILTER_NONE: return _("All accounts");
    case DECK_ACCOUNT_QUICK_FILTER_PAUSED: return _("Paused");
    case DECK_ACCOUNT_QUICK_FILTER_ERROR: return _("In error");
    case DECK_ACCOUNT_QUICK_FILTER_NO_CTD: return _("No custom tracking domain");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ACTIVE: return _("Warmup active");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_PAUSED: return _("Warmup paused");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ERROR: return _("Warmup problem");
    case DECK_ACCOUNT_QUICK_FILTER_DFY: return _("Done-for-you");
    case DECK_ACCOUNT_QUICK_FILTER_PREWARMED: return _("Pre-warmed");
    case DECK_ACCOUNT_N_QUICK_FILTERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
deck_account_quick_filter_get_explanation (DeckAccountQuickFilter quick)
{
  switch (quick)
    {
    case DECK_ACCOUNT_QUICK_FILTER_NONE:
      return _("Every account of the workspace.");
    case DECK_ACCOUNT_QUICK_FILTER_PAUSED:
      return _("Accounts that do not send: paused by someone, or paused for maintenance.");
    case DECK_ACCOUNT_QUICK_FILTER_ERROR:
      return _("Accounts that stopped sending because of a connection, bounce or sending error.");
    case DECK_ACCOUNT_QUICK_FILTER_NO_CTD:
      return _("Accounts whose links are tracked through Instantly’s shared domain instead of a domain of their own.");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ACTIVE:
      return _("Accounts that exchange warmup emails right now.");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_PAUSED:
      return _("Accounts whose warmup is switched off.");
    case DECK_ACCOUNT_QUICK_FILTER_WARMUP_ERROR:
      return _("Accounts banned from the warmup pool, suspended, or whose spam folder could not be found.");
    case DECK_ACCOUNT_QUICK_FILTER_DFY:
      return _("Accounts Instantly set up and manages for you.");
    case DECK_ACCOUNT_QUICK_FILTER_PREWARMED:
      return _("Accounts bought already warmed up. Instantly is asked which ones they are.");
    case DECK_ACCOUNT_N_QUICK_FILTERS:
    default:
      g_return_val_if_reached (NULL);
    }
}
