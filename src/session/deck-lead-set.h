/* deck-lead-set.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "deck-client-leads.h"
#include "deck-lead.h"

G_BEGIN_DECLS

typedef enum
{
  DECK_LEAD_SCOPE_WORKSPACE,   /* every lead */
  DECK_LEAD_SCOPE_CAMPAIGN,    /* the leads of one campaign */
  DECK_LEAD_SCOPE_LIST,        /* the leads of one lead list */
} DeckLeadScope;

#define DECK_TYPE_LEAD_SET (deck_lead_set_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadSet, deck_lead_set, DECK, LEAD_SET, GObject)

/*
 * The leads of one view (the workspace, a campaign or a list, optionally narrowed by a
 * server-side filter and search), held in full in memory: 100,000+ leads. It loads
 * page after page (POST /leads/list), parses in worker threads and splices each page
 * into its model on the main thread in slices small enough that no main-loop
 * iteration stalls for more than a frame; the table stays usable while it loads.
 * The model is the same GListModel object for the set's whole life: a reload replaces
 * its items (known leads are updated in place, so selection survives where possible).
 *
 * Properties: "scope", "scope-id", "filter", "search" (the server-side ones),
 * "n-loaded" (guint, notifies as pages arrive), "loading" (gboolean), "error"
 * (GError boxed, the last load's, or NULL), "complete" (every page was loaded).
 */
DeckLeadSet   *deck_lead_set_new              (DeckClient          *client);
GListModel    *deck_lead_set_get_model        (DeckLeadSet         *self);

/* Changing the view clears the model and starts a reload (a load in flight is
 * cancelled first). @scope_id is the campaign or list id (NULL for the workspace). */
void           deck_lead_set_set_scope        (DeckLeadSet         *self,
                                               DeckLeadScope        scope,
                                               const char          *scope_id);
DeckLeadScope  deck_lead_set_get_scope        (DeckLeadSet         *self);
const char    *deck_lead_set_get_scope_id     (DeckLeadSet         *self);
/* A FILTER_VAL_* / FILTER_LEAD_* value or NULL; reloads. */
void           deck_lead_set_set_filter       (DeckLeadSet         *self,
                                               const char          *filter);
const char    *deck_lead_set_get_filter       (DeckLeadSet         *self);
/* The server's search (NULL = none); reloads. Typing searches the loaded leads
 * locally (deck_lead_matches); this is for "search the server too". */
void           deck_lead_set_set_search       (DeckLeadSet         *self,
                                               const char          *search);
const char    *deck_lead_set_get_search       (DeckLeadSet         *self);
/* The query the current view sends (for bulk actions on "the whole filtered view"). */
DeckLeadQuery *deck_lead_set_dup_query        (DeckLeadSet         *self);

guint          deck_lead_set_get_n_loaded     (DeckLeadSet         *self);
gboolean       deck_lead_set_get_loading      (DeckLeadSet         *self);
gboolean       deck_lead_set_get_complete     (DeckLeadSet         *self);
const GError  *deck_lead_set_get_error        (DeckLeadSet         *self);

/* (Re)loads the current view; finishes when every page is in (or on error / cancel).
 * Starting a new load cancels the one in flight (its callback gets CANCELLED). */
void           deck_lead_set_load_async       (DeckLeadSet         *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       deck_lead_set_load_finish      (DeckLeadSet         *self,
                                               GAsyncResult        *result,
                                               GError             **error);
/* Fire-and-forget reload (errors land in "error"). */
void           deck_lead_set_reload           (DeckLeadSet         *self);
/* Stops a load in flight; what was loaded stays. */
void           deck_lead_set_cancel           (DeckLeadSet         *self);

/* O(1) by id (a hash kept next to the model). */
DeckLead      *deck_lead_set_lookup           (DeckLeadSet         *self,
                                               const char          *id);
/* A fresh server answer for one lead (PATCH, GET, merge): updated in place when the
 * set holds its id. Returns the object in the set, or NULL. */
DeckLead      *deck_lead_set_update_lead      (DeckLeadSet         *self,
                                               DeckLead            *fresh);
/* Appends @lead (a created lead) or updates the one with its id. */
DeckLead      *deck_lead_set_add_lead         (DeckLeadSet         *self,
                                               DeckLead            *lead);
/* Drops the leads with these ids; returns how many were there. */
guint          deck_lead_set_remove_leads     (DeckLeadSet         *self,
                                               const char * const  *ids);

G_END_DECLS
