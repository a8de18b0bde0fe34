/* deck-client-accounts.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-account.h"

G_BEGIN_DECLS

/* A pager over GET /api/v2/accounts (include_tags=true), filling DeckAccount items.
 * @search may be NULL. */
DeckPager   *deck_client_list_accounts        (DeckClient          *self,
                                               const char          *search);

void         deck_client_get_account_async    (DeckClient          *self,
                                               const char          *email,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
DeckAccount *deck_client_get_account_finish   (DeckClient          *self,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
