/* deck-workspace.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-client.h"

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE (deck_workspace_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspace, deck_workspace, DECK, WORKSPACE, GObject)

/* One API key = one workspace: its client (with its own rate budget) and its list
 * models. The UI binds to the models and asks the workspace to (re)load them. */
DeckWorkspace *deck_workspace_new                  (DeckClient          *client,
                                                    const char          *label);
DeckClient    *deck_workspace_get_client           (DeckWorkspace       *self);
const char    *deck_workspace_get_label            (DeckWorkspace       *self);

/* A GListModel of DeckAccount; stays the same object across reloads. */
GListModel    *deck_workspace_get_accounts         (DeckWorkspace       *self);
/* TRUE while a load runs; "accounts-loading" notifies. */
gboolean       deck_workspace_get_accounts_loading (DeckWorkspace       *self);
/* The error of the last load, or NULL. */
const GError  *deck_workspace_get_accounts_error   (DeckWorkspace       *self);
/* (Re)loads every account page by page. Accounts already in the model are updated in
 * place (same objects) and new ones appended, so selection and scroll position
 * survive; accounts the server no longer has are removed at the end. */
void           deck_workspace_load_accounts_async  (DeckWorkspace       *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean       deck_workspace_load_accounts_finish (DeckWorkspace       *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
