/* deck-account-vitals-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_VITALS_DIALOG (deck_account_vitals_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountVitalsDialog, deck_account_vitals_dialog, DECK, ACCOUNT_VITALS_DIALOG, AdwDialog)

/* Shows "testing…" for @emails until the results (a GPtrArray of DeckDomainVitals)
 * or an error arrive. */
AdwDialog *deck_account_vitals_dialog_new         (const char * const      *emails);
void       deck_account_vitals_dialog_set_results (DeckAccountVitalsDialog *self,
                                                   GPtrArray               *vitals);
void       deck_account_vitals_dialog_set_error   (DeckAccountVitalsDialog *self,
                                                   const char              *message);
/* The number of domain rows shown. */
guint      deck_account_vitals_dialog_get_n_domains (DeckAccountVitalsDialog *self);

G_END_DECLS
