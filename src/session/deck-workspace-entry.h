/* deck-workspace-entry.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  DECK_WORKSPACE_ENTRY_LOCKED,               /* its key is being looked up */
  DECK_WORKSPACE_ENTRY_READY,                /* it has a client and models */
  DECK_WORKSPACE_ENTRY_NO_KEY,               /* the keyring has no key for it */
  DECK_WORKSPACE_ENTRY_KEYRING_UNAVAILABLE,  /* the keyring did not answer */
} DeckWorkspaceEntryState;

#define DECK_TYPE_WORKSPACE_ENTRY (deck_workspace_entry_get_type ())
G_DECLARE_FINAL_TYPE (DeckWorkspaceEntry, deck_workspace_entry, DECK, WORKSPACE_ENTRY, GObject)

/*
 * One workspace in the workspace list: what is stored about it (its id on the server,
 * the server URL, the local label a person chose, the workspace's name on the server;
 * never the key) and, once its key is known, the DeckWorkspace with its own client and
 * models. A transient entry (INSTANTLY_API_KEY, --demo, a key used for this session
 * only) is never stored.
 */
DeckWorkspaceEntry      *deck_workspace_entry_new            (const char         *id,
                                                              const char         *server_url,
                                                              const char         *label,
                                                              const char         *name);
/* A transient, ready entry for a workspace made elsewhere. */
DeckWorkspaceEntry      *deck_workspace_entry_new_transient  (DeckWorkspace      *workspace,
                                                              const char         *id,
                                                              const char         *label);

const char              *deck_workspace_entry_get_id         (DeckWorkspaceEntry *self);
const char              *deck_workspace_entry_get_server_url (DeckWorkspaceEntry *self);
/* "SERVER#ID": unique in a list (the same workspace id may exist on two servers). */
const char              *deck_workspace_entry_get_uid        (DeckWorkspaceEntry *self);
const char              *deck_workspace_entry_get_label      (DeckWorkspaceEntry *self);
void                     deck_workspace_entry_set_label      (DeckWorkspaceEntry *self,
                                                              const char         *label);
const char              *deck_workspace_entry_get_name       (DeckWorkspaceEntry *self);
void                     deck_workspace_entry_set_name       (DeckWorkspaceEntry *self,
                                                              const char         *name);
gboolean                 deck_workspace_entry_get_transient  (DeckWorkspaceEntry *self);
void                     deck_workspace_entry_set_transient  (DeckWorkspaceEntry *self,
                                                              gboolean            transient);

DeckWorkspaceEntryState  deck_workspace_entry_get_state      (DeckWorkspaceEntry *self);
/* Why the key is missing or the keyring unavailable, or NULL. */
const char              *deck_workspace_entry_get_state_message (DeckWorkspaceEntry *self);
void                     deck_workspace_entry_set_state      (DeckWorkspaceEntry *self,
                                                              DeckWorkspaceEntryState state,
                                                              const char         *message);

/* The workspace (client and models), or NULL until the key is known; "workspace"
 * notifies, also when a new key replaces the client. */
DeckWorkspace           *deck_workspace_entry_get_workspace  (DeckWorkspaceEntry *self);
/* Gives the entry a client for its key (a new DeckWorkspace) and makes it ready.
 * @key_hint is what may be shown of the key ("…abcd"). */
void                     deck_workspace_entry_set_client     (DeckWorkspaceEntry *self,
                                                              DeckClient         *client,
                                                              const char         *key_hint);
const char              *deck_workspace_entry_get_key_hint   (DeckWorkspaceEntry *self);

G_END_DECLS
