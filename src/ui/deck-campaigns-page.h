/* deck-campaigns-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

/* Per-campaign figures from GET /campaigns/analytics; -1 where the server gave none. */
typedef struct
{
  gint64 leads;
  gint64 contacted;
  gint64 sent;
  gint64 opened;
  gint64 replied;
  gint64 bounced;
  gint64 opportunities;
} DeckCampaignFigures;

/* Every status the spec names, in the order the status filter lists them. */
#define DECK_CAMPAIGN_FILTER_ALL G_MININT

#define DECK_TYPE_CAMPAIGNS_PAGE (deck_campaigns_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignsPage, deck_campaigns_page, DECK, CAMPAIGNS_PAGE, AdwBin)

/*
 * The Campaigns section: a table of the workspace's campaigns with their status and
 * figures, filters, search, and every campaign operation as a widget action:
 * "campaigns.reload", "campaigns.new", "campaigns.edit", "campaigns.activate",
 * "campaigns.pause", "campaigns.duplicate", "campaigns.export", "campaigns.share",
 * "campaigns.import", "campaigns.delete", "campaigns.undo-delete",
 * "campaigns.subsequences", "campaigns.find-by-lead", "campaigns.filter",
 * "campaigns.actions-menu". The selected-campaign actions act on the selected row;
 * each ends with a toast (also the "toast" signal).
 *
 * Delete hides the row at once and offers Undo in a toast; the DELETE is sent only
 * when the toast goes away without Undo, or when the page goes away.
 */
GtkWidget     *deck_campaigns_page_new               (void);

DeckWorkspace *deck_campaigns_page_get_workspace     (DeckCampaignsPage *self);
void           deck_campaigns_page_set_workspace     (DeckCampaignsPage *self,
                                                      DeckWorkspace     *workspace);
/* Loads the campaigns and their figures again. */
void           deck_campaigns_page_reload            (DeckCampaignsPage *self);

gboolean       deck_campaigns_page_get_search_mode   (DeckCampaignsPage *self);
void           deck_campaigns_page_set_search_mode   (DeckCampaignsPage *self,
                                                      gboolean           search_mode);

/* "loading", "empty", "error", "no-matches" or "results"; "state" notifies. */
const char    *deck_campaigns_page_get_state         (DeckCampaignsPage *self);
/* TRUE while campaigns, figures or a tag filter are still loading. */
gboolean       deck_campaigns_page_get_busy          (DeckCampaignsPage *self);
AdwStatusPage *deck_campaigns_page_get_status_page   (DeckCampaignsPage *self);

GtkColumnView *deck_campaigns_page_get_column_view   (DeckCampaignsPage *self);
GtkEditable   *deck_campaigns_page_get_search_entry  (DeckCampaignsPage *self);
/* The rows as shown (sorted and filtered), a GtkSingleSelection. */
GtkSelectionModel *deck_campaigns_page_get_selection (DeckCampaignsPage *self);
DeckCampaign  *deck_campaigns_page_get_selected      (DeckCampaignsPage *self);
/* Selects @campaign's row; FALSE when it is not shown. */
gboolean       deck_campaigns_page_select            (DeckCampaignsPage *self,
                                                      DeckCampaign      *campaign);

/* The figures of the campaign with @id; FALSE when none arrived (yet). */
gboolean       deck_campaigns_page_get_figures       (DeckCampaignsPage   *self,
                                                      const char          *id,
                                                      DeckCampaignFigures *figures);

/* DECK_CAMPAIGN_FILTER_ALL or a DeckCampaignStatus. */
void           deck_campaigns_page_set_status_filter (DeckCampaignsPage *self,
                                                      int                status);
/* A custom tag id, or NULL for every campaign. */
void           deck_campaigns_page_set_tag_filter    (DeckCampaignsPage *self,
                                                      const char        *tag_id);

/* The sending-status banner of the selected campaign. */
AdwBanner     *deck_campaigns_page_get_banner        (DeckCampaignsPage *self);

/* Operations with their inputs given (the actions ask for them first). */
void           deck_campaigns_page_duplicate         (DeckCampaignsPage *self,
                                                      DeckCampaign      *campaign,
                                                      const char        *name);
void           deck_campaigns_page_export            (DeckCampaignsPage *self,
                                                      DeckCampaign      *campaign,
                                                      GFile             *file);
void           deck_campaigns_page_import_shared     (DeckCampaignsPage *self,
                                                      const char        *shared_id);

/* Seconds a "Campaign deleted" toast stays (0 = until dismissed; tests use it). */
void           deck_campaigns_page_set_undo_timeout  (DeckCampaignsPage *self,
                                                      guint              seconds);
/* Sends the DELETEs still waiting for their toast to go. */
void           deck_campaigns_page_flush_deletions   (DeckCampaignsPage *self);
/* The number of deletions waiting for their toast, and of DELETEs in flight. */
guint          deck_campaigns_page_get_n_pending_deletions (DeckCampaignsPage *self);

/* The title of the last toast. */
const char    *deck_campaigns_page_get_last_toast    (DeckCampaignsPage *self);
/* The dialog the page presented last, while it is open (for tests). */
AdwDialog     *deck_campaigns_page_get_dialog        (DeckCampaignsPage *self);

G_END_DECLS
