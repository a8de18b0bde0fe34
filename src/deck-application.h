/* deck-application.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_APPLICATION (deck_application_get_type ())
G_DECLARE_FINAL_TYPE (DeckApplication, deck_application, DECK, APPLICATION, AdwApplication)

DeckApplication *deck_application_new           (void);
/* The workspace the command line connected to, or NULL when there is none (no
 * --demo and no INSTANTLY_API_KEY). */
DeckWorkspace   *deck_application_get_workspace (DeckApplication *self);

G_END_DECLS
