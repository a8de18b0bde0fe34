/* deck-campaign-editor.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-campaign.h"
#include "deck-campaign-check-list.h"
#include "deck-campaign-draft.h"
#include "deck-subsequence.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_CAMPAIGN_EDITOR (deck_campaign_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignEditor, deck_campaign_editor, DECK, CAMPAIGN_EDITOR, AdwDialog)

/*
 * The campaign editor: an AdwDialog (a floating window on wide screens, a bottom
 * sheet at narrow widths) with four pages (Sequence, Schedule, Senders, Options)
 * that all edit one DeckCampaignDraft. Present it with
 * adw_dialog_present (ADW_DIALOG (editor), parent).
 *
 * With @campaign_or_NULL = NULL it creates a new campaign (POST /campaigns);
 * otherwise it edits that campaign and saves with a PATCH of exactly the changed
 * members. Before saving, deck_campaign_check() runs: errors block the save and show
 * in a check list (clicking an issue jumps to its field); a server 400 shows next to
 * the field it names.
 *
 * Actions: "editor.save" (Ctrl+S; disabled when an existing campaign has no
 * changes), "editor.check" (Ctrl+E, shows the check list), "editor.page" (string:
 * "sequence", "schedule", "senders", "options"; Alt+1..4); on the Sequence page
 * "sequence.add-step", "sequence.add-variant" (u step), "sequence.remove-step",
 * "sequence.move-step" ((ui) step, ±1), "sequence.insert-variable".
 *
 * Closing it (Escape, the close button, adw_dialog_close()) with unsaved changes asks
 * "Discard unsaved changes?" first (Discard / Keep Editing); without changes it closes.
 *
 * Signals:
 *   "saved" (DeckCampaign *campaign): after a successful create or PATCH, with the
 *   campaign as the server now holds it. The dialog stays open (the caller may close
 *   it); for a new campaign the editor continues editing the created one.
 *   "subsequence-saved" (DeckSubsequence *subsequence): the same for a subsequence.
 */
DeckCampaignEditor *deck_campaign_editor_new       (DeckWorkspace      *ws,
                                                    DeckCampaign       *campaign_or_NULL);
/* The same editor for an existing subsequence of @parent (whose custom variables its
 * bodies may use; may be NULL): pages "conditions", "sequence" and "schedule"; save
 * sends PATCH /subsequences/{id} with exactly the changed members. */
DeckCampaignEditor *deck_campaign_editor_new_for_subsequence (DeckWorkspace   *ws,
                                                              DeckCampaign    *parent,
                                                              DeckSubsequence *subsequence);
/* A new subsequence of @parent (deck_campaign_draft_new_subsequence()): Conditions,
 * Sequence and Schedule, one sending window to start from; Save POSTs it, emits
 * "subsequence-saved" with the server's answer and the editor goes on editing it. */
DeckCampaignEditor *deck_campaign_editor_new_subsequence (DeckWorkspace *ws,
                                                          DeckCampaign  *parent);
DeckCampaignDraft  *deck_campaign_editor_get_draft (DeckCampaignEditor *self);
/* TRUE while a save runs. */
gboolean            deck_campaign_editor_get_busy  (DeckCampaignEditor *self);

/* For tests and callers that open a page directly. */
GtkWidget             *deck_campaign_editor_get_page          (DeckCampaignEditor *self,
                                                               const char         *name);
const char            *deck_campaign_editor_get_visible_page  (DeckCampaignEditor *self);
/* The check list, brought up to date with the draft. */
DeckCampaignCheckList *deck_campaign_editor_get_check_list    (DeckCampaignEditor *self);
/* TRUE when "editor.save" would send something. */
gboolean               deck_campaign_editor_get_can_save      (DeckCampaignEditor *self);
/* The row a server error was shown next to, and the error in words (NULL if none). */
GtkWidget             *deck_campaign_editor_get_error_widget  (DeckCampaignEditor *self);
const char            *deck_campaign_editor_get_error_message (DeckCampaignEditor *self);
/* The open "Discard unsaved changes?" question, or NULL. */
AdwDialog             *deck_campaign_editor_get_discard_dialog (DeckCampaignEditor *self);

G_END_DECLS
