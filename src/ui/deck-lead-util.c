/* deck-lead-util.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-util"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-lead-util.h"

char *
deck_lead_util_dup_name (DeckLead *lead)
{
  const char *first;
  const char *last;

  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

  first = deck_lead_get_first_name (lead);
  last = deck_lead_get_last_name (lead);
  if (first == NULL || *first == '\0')
    return g_strdup (last ? last : "");
  if (last == NULL || *last == '\0')
    return g_strdup (first);

  /* Translators: a person's name: first name, then last name */
  return g_strdup_printf (C_("person", "%s %s"), first, last);
}

char *
deck_lead_util_dup_label (DeckLead *lead)
{
  const char *email;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

  email = deck_lead_get_email (lead);
  if (email != NULL && *email)
    return g_strdup (email);

  name = deck_lead_util_dup_name (lead);
  if (*name)
    return g_steal_pointer (&name);

  return g_strdup (deck_lead_get_id (lead));
}

char *
deck_lead_util_dup_interest_name (DeckWorkspace *workspace,
                                  int            interest_status)
{
  if (workspace != NULL)
    return deck_workspace_dup_interest_name (workspace, interest_status);

  if (interest_status == DECK_LEAD_INTEREST_NONE)
    return g_strdup (C_("interest status", "Lead"));

  return deck_lead_interest_to_string (interest_status);
}

GArray *
deck_lead_util_dup_interest_values (DeckWorkspace *workspace)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (int));
  int none = DECK_LEAD_INTEREST_NONE;
  const int *known;
  guint n_known = 0;

  g_array_append_val (values, none);
  known = deck_lead_interest_values (&n_known);
  g_array_append_vals (values, known, n_known);

  if (workspace != NULL)
    {
      GListModel *labels = deck_workspace_get_lead_labels (workspace);

      for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
        {
          g_autoptr(DeckLeadLabel) label = g_list_model_get_item (labels, i);
          int value = deck_lead_label_get_interest_status (label);
          gboolean seen = FALSE;

          for (guint j = 0; j < values->len && !seen; j++)
            seen = g_array_index (values, int, j) == value;
          if (!seen)
            g_array_append_val (values, value);
        }
    }

  return values;
}

char *
deck_lead_util_format_date (gint64   unix_ms,
                            gboolean with_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_ms <= 0)
    return g_strdup (C_("last contact", "Never"));

  utc = g_date_time_new_from_unix_utc_usec (unix_ms * 1000);
  if (utc == NULL)
    return g_strdup (C_("value", "—"));
  local = g_date_time_to_local (utc);

  if (with_time)
    /* Translators: a date and time in the local time zone, see g_date_time_format() */
    return g_date_time_format (local, _("%e %B %Y, %H:%M"));

  /* Translators: a short date in a table, see g_date_time_format() */
  return g_date_time_format (local, _("%e %b %Y"));
}
