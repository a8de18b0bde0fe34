/* deck-client-block-list.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "deck-client.h"
#include "deck-pager.h"
#include "deck-block-list-entry.h"

G_BEGIN_DECLS

/* GET /block-lists-entries (search may be NULL): a pager of DeckBlockListEntry. */
DeckPager *deck_client_list_block_list           (DeckClient          *self,
                                                  const char          *search,
                                                  gboolean             domains_only);

/* POST /block-lists-entries/bulk-create with @values (emails or domains; any number,
 * sent in batches of at most 1,000). Finishes with the entries created (a GPtrArray
 * of DeckBlockListEntry) and the server's valid/invalid counts summed. */
void       deck_client_add_block_list_entries_async  (DeckClient          *self,
                                                      const char * const  *values,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GPtrArray *deck_client_add_block_list_entries_finish (DeckClient          *self,
                                                      GAsyncResult        *result,
                                                      guint               *out_valid,
                                                      guint               *out_invalid,
                                                      GError             **error);

/* POST /block-lists-entries/bulk-delete with @ids (batches of at most 1,000); a single
 * id uses DELETE /block-lists-entries/{id}. The number deleted. */
void       deck_client_delete_block_list_entries_async  (DeckClient          *self,
                                                         const char * const  *ids,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean   deck_client_delete_block_list_entries_finish (DeckClient          *self,
                                                         GAsyncResult        *result,
                                                         guint               *out_deleted,
                                                         GError             **error);

/* GET /block-lists-entries/download: the server's CSV text (transfer full). */
void       deck_client_download_block_list_async  (DeckClient          *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GBytes    *deck_client_download_block_list_finish (DeckClient          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
