/* deck-campaign-sending.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-sending"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-campaign.h"
#include "deck-campaign-sending.h"

void
deck_sending_advice_free (DeckSendingAdvice *advice)
{
  if (advice == NULL)
    return;

  g_free (advice->code);
  g_free (advice->text);
  g_free (advice);
}

/* What the campaign's own status already says, before (or without) diagnostics. */
static const char *
code_for_status (int status)
{
  switch (status)
    {
    case DECK_CAMPAIGN_STATUS_DRAFT: return "campaign_draft";
    case DECK_CAMPAIGN_STATUS_PAUSED: return "campaign_paused";
    case DECK_CAMPAIGN_STATUS_COMPLETED: return "campaign_completed";
    case DECK_CAMPAIGN_STATUS_RUNNING_SUBSEQUENCES: return "campaign_running_subsequences";
    case DECK_CAMPAIGN_STATUS_ACCOUNTS_UNHEALTHY: return "campaign_accounts_unhealthy";
    case DECK_CAMPAIGN_STATUS_BOUNCE_PROTECT: return "campaign_bounce_protect";
    case DECK_CAMPAIGN_STATUS_ACCOUNT_SUSPENDED: return "campaign_account_suspended";
    default: return NULL;
    }
}

/* The button that helps with @code: start it again, or change what blocks it. */
static void
set_fix (DeckSendingAdvice *advice)
{
  static const char * const activate[] = {
    "campaign_paused", "campaign_draft", "campaign_bounce_protect", "campaign_accounts_unhealthy", NULL
  };
  static const char * const edit[] = {
    "campaign_completed", "out_of_schedule", "daily_limit_met", "account_daily_limit_met",
    "new_lead_limit_met", "waiting_for_esp_match", "no_accounts_available", NULL
  };

  if (advice->code == NULL)
    return;

  if (g_strv_contains (activate, advice->code))
    {
      advice->button_label = _("_Activate");
      advice->action_name = "campaigns.activate";
    }
  else if (g_strv_contains (edit, advice->code))
    {
      advice->button_label = _("_Edit");
      advice->action_name = "campaigns.edit";
    }
}

static DeckSendingAdvice *
advice_for_reply (JsonObject *reply)
{
  const char *code = deck_campaign_sending_status_code (reply);
  g_autofree char *text = NULL;
  DeckSendingAdvice *advice;

  if (code == NULL || g_str_equal (code, "healthy"))
    return NULL;

  if ((text = deck_campaign_sending_status_describe (reply)) == NULL)
    return NULL;

  advice = g_new0 (DeckSendingAdvice, 1);
  advice->code = g_strdup (code);
  advice->text = g_steal_pointer (&text);
  set_fix (advice);

  return advice;
}

DeckSendingAdvice *
deck_sending_advice_new (int         status,
                         int         not_sending_status,
                         JsonObject *reply)
{
  const char *code;

  if (reply != NULL && deck_campaign_sending_status_code (reply) != NULL)
    return advice_for_reply (reply);

  /* Without diagnostics, the status says it in the same words. */
  if ((code = code_for_status (status)) != NULL)
    {
      g_autoptr(JsonObject) synthetic = json_object_new ();
      JsonObject *diagnostics = json_object_new ();

      json_object_set_string_member (diagnostics, "status", code);
      json_object_set_object_member (synthetic, "diagnostics", diagnostics);
      return advice_for_reply (synthetic);
    }

  if (not_sending_status != 0)
    {
      DeckSendingAdvice *advice = g_new0 (DeckSendingAdvice, 1);

      advice->text = deck_campaign_not_sending_to_string (not_sending_status);
      advice->button_label = _("_Edit");
      advice->action_name = "campaigns.edit";
      return advice;
    }

  return NULL;
}
