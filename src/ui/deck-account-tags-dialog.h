/* deck-account-tags-dialog.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_ACCOUNT_TAGS_DIALOG (deck_account_tags_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeckAccountTagsDialog, deck_account_tags_dialog, DECK, ACCOUNT_TAGS_DIALOG, AdwDialog)

/* Assigns and removes the workspace's custom tags on the accounts @emails, and creates
 * new tags. Emits "toast" (title, report or NULL) when done. */
AdwDialog *deck_account_tags_dialog_new (DeckWorkspace       *workspace,
                                         const char * const  *emails);

/* For tests: ticks (or unticks) the tag with @tag_id, then "tags.apply" applies. */
gboolean   deck_account_tags_dialog_set_tag_active (DeckAccountTagsDialog *self,
                                                    const char            *tag_id,
                                                    gboolean               active);

G_END_DECLS
