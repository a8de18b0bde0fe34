/* deck-lead-labels-page.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_LEAD_LABELS_PAGE (deck_lead_labels_page_get_type ())
G_DECLARE_FINAL_TYPE (DeckLeadLabelsPage, deck_lead_labels_page, DECK, LEAD_LABELS_PAGE, AdwBin)

/* The workspace's lead labels (custom interest statuses). Actions: "labels.reload";
 * "labels.new" opens the editor for a new label, "labels.edit" ("s": id) for one that
 * exists; "labels.save" ("(sssbs)": id or "" for a new label, name, polarity
 * "positive"/"negative"/"neutral", use with AI, description) creates the label, or
 * sends only what changed; "labels.delete" ("s": id) asks, then deletes. */
GtkWidget     *deck_lead_labels_page_new            (void);

DeckWorkspace *deck_lead_labels_page_get_workspace  (DeckLeadLabelsPage *self);
void           deck_lead_labels_page_set_workspace  (DeckLeadLabelsPage *self,
                                                     DeckWorkspace      *workspace);
void           deck_lead_labels_page_reload         (DeckLeadLabelsPage *self);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_lead_labels_page_get_state      (DeckLeadLabelsPage *self);
/* For tests: the open dialog (or NULL), the last toast, whether an operation runs. The
 * editor's widgets are its object data "deck-name" (AdwEntryRow), "deck-polarity"
 * (AdwComboRow), "deck-ai" (AdwSwitchRow), "deck-description" (AdwEntryRow) and
 * "deck-save" (GtkButton). */
AdwDialog     *deck_lead_labels_page_get_dialog     (DeckLeadLabelsPage *self);
const char    *deck_lead_labels_page_get_last_toast (DeckLeadLabelsPage *self);
gboolean       deck_lead_labels_page_get_busy       (DeckLeadLabelsPage *self);

G_END_DECLS
