/* deck-libsecret-store.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-secret-store.h"

G_BEGIN_DECLS

#define DECK_TYPE_LIBSECRET_STORE (deck_libsecret_store_get_type ())
G_DECLARE_FINAL_TYPE (DeckLibsecretStore, deck_libsecret_store, DECK, LIBSECRET_STORE, DeckSecretStore)

/* Keys in the Secret Service (GNOME Keyring, or the Secret portal in the Flatpak
 * sandbox): one item per workspace in the default collection, under the schema
 * "io.github.instadeck.Instadeck" with the attributes "workspace-id" and "server". */
DeckSecretStore *deck_libsecret_store_new (void);

G_END_DECLS
