/* deck-memory-secret-store.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-secret-store.h"

G_BEGIN_DECLS

#define DECK_TYPE_MEMORY_SECRET_STORE (deck_memory_secret_store_get_type ())
G_DECLARE_FINAL_TYPE (DeckMemorySecretStore, deck_memory_secret_store, DECK, MEMORY_SECRET_STORE, DeckSecretStore)

/* Secrets kept in this process only: for tests, and the stand-in a test can make
 * fail like a missing keyring or hang like a prompt nobody answers. */
DeckSecretStore *deck_memory_secret_store_new            (void);

/* FALSE: every call fails with DECK_SECRET_STORE_ERROR_UNAVAILABLE. */
void             deck_memory_secret_store_set_available  (DeckMemorySecretStore *self,
                                                          gboolean               available);
/* TRUE: calls never answer until cancelled (or timed out), like an open prompt. */
void             deck_memory_secret_store_set_hang       (DeckMemorySecretStore *self,
                                                          gboolean               hang);

/* Inspection for tests. */
guint            deck_memory_secret_store_get_n_secrets  (DeckMemorySecretStore *self);
gboolean         deck_memory_secret_store_has_secret     (DeckMemorySecretStore *self,
                                                          const char            *workspace_id,
                                                          const char            *server_url);
const char      *deck_memory_secret_store_get_label      (DeckMemorySecretStore *self,
                                                          const char            *workspace_id,
                                                          const char            *server_url);

G_END_DECLS
