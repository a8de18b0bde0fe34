/* deck-background-job.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DECK_TYPE_BACKGROUND_JOB (deck_background_job_get_type ())
G_DECLARE_FINAL_TYPE (DeckBackgroundJob, deck_background_job, DECK, BACKGROUND_JOB, GObject)

/* The spec's BackgroundJob: properties "id", "type", "status" (string: pending,
 * in-progress, success, failed, draining, paused, cancelled, or anything newer),
 * "progress" (0-100), "entity-id", "entity-type", "created-at", "updated-at". */
DeckBackgroundJob *deck_background_job_new_from_json    (JsonObject        *object,
                                                         GError           **error);
/* In place, notifying only what changed. */
gboolean           deck_background_job_update_from_json (DeckBackgroundJob *self,
                                                         JsonObject        *object,
                                                         GError           **error);
const char        *deck_background_job_get_id           (DeckBackgroundJob *self);
const char        *deck_background_job_get_job_type     (DeckBackgroundJob *self);
const char        *deck_background_job_get_status       (DeckBackgroundJob *self);
int                deck_background_job_get_progress     (DeckBackgroundJob *self);
/* success, failed or cancelled */
gboolean           deck_background_job_is_finished      (DeckBackgroundJob *self);
gboolean           deck_background_job_is_success       (DeckBackgroundJob *self);
/* The free-form "data" object (success_count, failed_count, …); may be NULL. */
JsonObject        *deck_background_job_get_data         (DeckBackgroundJob *self);
/* "Enabling warmup", "Moving leads", … and "Queued", "Running (40 %)", "Done", … */
char              *deck_background_job_dup_title        (DeckBackgroundJob *self);
char              *deck_background_job_dup_status_text  (DeckBackgroundJob *self);

G_END_DECLS
