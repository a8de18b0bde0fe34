/* deck-jobs-panel.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "deck-background-job.h"
#include "deck-workspace.h"

G_BEGIN_DECLS

#define DECK_TYPE_JOBS_PANEL (deck_jobs_panel_get_type ())
G_DECLARE_FINAL_TYPE (DeckJobsPanel, deck_jobs_panel, DECK, JOBS_PANEL, AdwBin)

/* The workspace's background jobs (GET /background-jobs), newest first, with their
 * type, progress, state and result counts; the ones still running are followed until
 * they end. Action: "jobs.reload". */
GtkWidget     *deck_jobs_panel_new            (void);

DeckWorkspace *deck_jobs_panel_get_workspace  (DeckJobsPanel     *self);
void           deck_jobs_panel_set_workspace  (DeckJobsPanel     *self,
                                               DeckWorkspace     *workspace);
void           deck_jobs_panel_reload         (DeckJobsPanel     *self);
/* Shows @job (one an action just started, e.g. a lead move) at the top and follows
 * it, without waiting for a reload. */
void           deck_jobs_panel_add_job        (DeckJobsPanel     *self,
                                               DeckBackgroundJob *job);

/* "loading", "error", "empty" or "results"; "state" notifies. */
const char    *deck_jobs_panel_get_state      (DeckJobsPanel     *self);
/* The jobs shown, newest first (DeckBackgroundJob). */
GListModel    *deck_jobs_panel_get_model      (DeckJobsPanel     *self);
/* How many jobs are being followed; "n-running" notifies. */
guint          deck_jobs_panel_get_n_running  (DeckJobsPanel     *self);
/* A job's result in words ("120 moved · 3 failed"), from its data; NULL when it
 * reports none. */
char          *deck_jobs_panel_dup_result_text (DeckBackgroundJob *job);
gboolean       deck_jobs_panel_get_busy       (DeckJobsPanel     *self);
const char    *deck_jobs_panel_get_last_toast (DeckJobsPanel     *self);

G_END_DECLS
