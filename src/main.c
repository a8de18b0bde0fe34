/* main.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "deck-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DeckApplication) app = deck_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
