/* deck-workspace-list.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-secret-store.h"
#include "deck-workspace-entry.h"

G_BEGIN_DECLS

#define DECK_TYPE_WORKSPACE_LIST (deck_workspace_list_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspaceList, deck_workspace_list, DECK, WORKSPACE_LIST, GObject)

/*
 * DeckWorkspaceList: a GListModel of DeckWorkspaceEntry, the workspaces a person
 * added. What is stored (in GSettings "workspaces": id, server, label, name) never
 * includes a key; keys live in the DeckSecretStore, one per workspace, and are looked
 * up asynchronously by deck_workspace_list_load(). Each entry gets its own DeckClient
 * (own rate budget) and DeckWorkspace (own models), so switching never mixes data.
 */

/* @settings: the app's settings (schema io.github.instadeck.Instadeck), or NULL for a
 * list that stores nothing (every entry transient). */
DeckWorkspaceList  *deck_workspace_list_new              (GSettings            *settings,
                                                          DeckSecretStore      *store);
DeckSecretStore    *deck_workspace_list_get_secret_store (DeckWorkspaceList    *self);

/* Reads the stored workspaces and starts looking up their keys; entries are LOCKED
 * until their key arrives, then READY (or NO_KEY, or KEYRING_UNAVAILABLE). The stored
 * current workspace becomes current. */
void                deck_workspace_list_load             (DeckWorkspaceList    *self);

/* Clients the list makes get this retry budget (tests keep it short). */
void                deck_workspace_list_set_retry_budget (DeckWorkspaceList    *self,
                                                          guint                 max_attempts,
                                                          guint                 base_delay_ms,
                                                          guint                 max_total_ms);
/* A client for @server_url and @key, tuned as set above. */
DeckClient         *deck_workspace_list_new_client       (DeckWorkspaceList    *self,
                                                          const char           *server_url,
                                                          const char           *key,
                                                          GError              **error);

DeckWorkspaceEntry *deck_workspace_list_lookup           (DeckWorkspaceList    *self,
                                                          const char           *uid);
/* The workspace shown, or NULL; "current" notifies. */
DeckWorkspaceEntry *deck_workspace_list_get_current      (DeckWorkspaceList    *self);
void                deck_workspace_list_set_current      (DeckWorkspaceList    *self,
                                                          DeckWorkspaceEntry   *entry);

/* Adds an entry that is never stored (INSTANTLY_API_KEY, --demo). */
void                deck_workspace_list_add_transient    (DeckWorkspaceList    *self,
                                                          DeckWorkspaceEntry   *entry);

/* Stores @key in the secret store (label "Instadeck API key for NAME"), then adds the
 * workspace (or gives the existing entry of the same workspace the new client) and
 * saves the list. @client is the validated client for @key. Fails with the store's
 * error (DECK_SECRET_STORE_ERROR_*) and then adds nothing: offer
 * deck_workspace_list_add_for_session(). Finishes with the entry (transfer full). */
void                deck_workspace_list_add_async        (DeckWorkspaceList    *self,
                                                          DeckClient           *client,
                                                          const char           *workspace_id,
                                                          const char           *name,
                                                          const char           *key,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
DeckWorkspaceEntry *deck_workspace_list_add_finish       (DeckWorkspaceList    *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
/* The same workspace for this run only: transient, its key kept in memory only.
 * Returns the entry (transfer none). */
DeckWorkspaceEntry *deck_workspace_list_add_for_session  (DeckWorkspaceList    *self,
                                                          DeckClient           *client,
                                                          const char           *workspace_id,
                                                          const char           *name,
                                                          const char           *key);

/* Sets the local label and saves it. */
void                deck_workspace_list_rename           (DeckWorkspaceList    *self,
                                                          DeckWorkspaceEntry   *entry,
                                                          const char           *label);

/* Deletes the entry's secret (unless transient), then removes it from the list and the
 * settings. When the secret cannot be deleted the entry is still removed and the
 * store's error returned. If it was current, the first remaining entry (or none)
 * becomes current. */
void                deck_workspace_list_remove_async     (DeckWorkspaceList    *self,
                                                          DeckWorkspaceEntry   *entry,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean            deck_workspace_list_remove_finish    (DeckWorkspaceList    *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

/* What a person sees in Seahorse for this workspace's key. */
char               *deck_workspace_list_dup_secret_label (const char           *name);

G_END_DECLS
