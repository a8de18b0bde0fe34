/* deck-pager.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "deck-client.h"

G_BEGIN_DECLS

/* Builds one item of the list from its JSON object; runs in a worker thread. */
typedef GObject *(*DeckItemParser) (JsonObject  *object,
                                    GError     **error);

#define DECK_TYPE_PAGER (deck_pager_get_type ())
G_DECLARE_FINAL_TYPE (DeckPager, deck_pager, DECK, PAGER, GObject)

/* A cursor pager over one list endpoint: {items, next_starting_after}. For GET lists
 * @path is the endpoint with its filters as query; for POST lists (leads) @body is the
 * filter object and the cursor goes into the body. It fills a GListStore of
 * @item_type page by page; it ends when the cursor is absent or null, and also (with a
 * logged warning) on a repeated cursor or an empty page. */
DeckPager   *deck_pager_new             (DeckClient          *client,
                                         const char          *method,
                                         const char          *path,
                                         JsonObject          *body,
                                         GType                item_type,
                                         DeckItemParser       parser);
void         deck_pager_set_page_size   (DeckPager           *self,
                                         guint                limit);

/* The store the pages are spliced into, on the main thread. */
GListModel  *deck_pager_get_model       (DeckPager           *self);
guint        deck_pager_get_n_loaded    (DeckPager           *self);
guint        deck_pager_get_n_pages     (DeckPager           *self);
gboolean     deck_pager_get_loading     (DeckPager           *self);

/* Loads every page into the model (cleared first); "n-loaded" and "n-pages" notify
 * as pages arrive. Cancelling stops after the page in flight. */
void         deck_pager_load_async      (DeckPager           *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean     deck_pager_load_finish     (DeckPager           *self,
                                         GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
