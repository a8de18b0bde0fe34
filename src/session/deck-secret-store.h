/* deck-secret-store.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DECK_SECRET_STORE_ERROR (deck_secret_store_error_quark ())

typedef enum
{
  DECK_SECRET_STORE_ERROR_UNAVAILABLE, /* no Secret Service answers, or it refused */
  DECK_SECRET_STORE_ERROR_TIMED_OUT,   /* no answer in time (e.g. a prompt left open) */
} DeckSecretStoreError;

GQuark deck_secret_store_error_quark (void);

#define DECK_TYPE_SECRET_STORE (deck_secret_store_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeckSecretStore, deck_secret_store, DECK, SECRET_STORE, GObject)

/*
 * DeckSecretStore: where API keys live, one secret per workspace, addressed by the
 * workspace id and the server URL. Abstract: DeckLibsecretStore keeps them in the
 * Secret Service (GNOME Keyring), DeckMemorySecretStore in memory for tests.
 *
 * The public functions add what every implementation needs: a timeout (so a keyring
 * prompt left open cannot hang the caller), the caller's cancellable, and one error
 * domain. Subclasses only implement the vfuncs, which get a cancellable that fires on
 * either. Secrets returned by lookup are freed with deck_secret_free().
 */
struct _DeckSecretStoreClass
{
  GObjectClass parent_class;

  void      (*store_async)  (DeckSecretStore     *self,
                             const char          *workspace_id,
                             const char          *server_url,
                             const char          *label,
                             const char          *secret,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
  gboolean  (*store_finish) (DeckSecretStore     *self,
                             GAsyncResult        *result,
                             GError             **error);
  void      (*lookup_async) (DeckSecretStore     *self,
                             const char          *workspace_id,
                             const char          *server_url,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
  /* NULL without an error when there is no such secret. */
  char     *(*lookup_finish) (DeckSecretStore    *self,
                              GAsyncResult       *result,
                              GError            **error);
  void      (*delete_async) (DeckSecretStore     *self,
                             const char          *workspace_id,
                             const char          *server_url,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
  gboolean  (*delete_finish) (DeckSecretStore    *self,
                              GAsyncResult       *result,
                              GError            **error);

  /*< private >*/
  gpointer padding[8];
};

/* How long one operation may take before it fails with TIMED_OUT (default 60 s: long
 * enough to type a keyring password into a prompt). 0 means no timeout. */
void      deck_secret_store_set_timeout  (DeckSecretStore     *self,
                                          guint                timeout_ms);
guint     deck_secret_store_get_timeout  (DeckSecretStore     *self);

/* Stores (or replaces) the secret of one workspace. @label is what a person sees in
 * Seahorse. */
void      deck_secret_store_store_async  (DeckSecretStore     *self,
                                          const char          *workspace_id,
                                          const char          *server_url,
                                          const char          *label,
                                          const char          *secret,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean  deck_secret_store_store_finish (DeckSecretStore     *self,
                                          GAsyncResult        *result,
                                          GError             **error);

/* Finishes with the secret (free it with deck_secret_free()), or with NULL and no
 * error when this workspace has none. An error means the store itself failed: treat
 * it as "no keyring" (HEADLESS.md §3.4). */
void      deck_secret_store_lookup_async (DeckSecretStore     *self,
                                          const char          *workspace_id,
                                          const char          *server_url,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
char     *deck_secret_store_lookup_finish (DeckSecretStore    *self,
                                           GAsyncResult       *result,
                                           GError            **error);

/* Deletes the secret of one workspace; deleting a secret that does not exist succeeds. */
void      deck_secret_store_delete_async (DeckSecretStore     *self,
                                          const char          *workspace_id,
                                          const char          *server_url,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean  deck_secret_store_delete_finish (DeckSecretStore    *self,
                                           GAsyncResult       *result,
                                           GError            **error);

/* Overwrites a secret's bytes before freeing it. */
void      deck_secret_free               (char                *secret);

/* "…abcd": the only part of a key ever shown. */
char     *deck_secret_dup_hint           (const char          *secret);

/* g_autoptr(DeckSecret) key = deck_secret_store_lookup_finish (…) wipes it on scope exit. */
typedef char DeckSecret;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckSecret, deck_secret_free)

G_END_DECLS
