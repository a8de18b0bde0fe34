/* deck-campaign-draft.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "deck-campaign.h"
#include "deck-subsequence.h"

G_BEGIN_DECLS

/*
 * DeckCampaignDraft: the editable copy of a campaign (or a new one). It holds a deep
 * copy of the campaign's JSON and offers typed edits of every part the editor shows:
 * the sequence (sequences[0].steps[]: type "email", delay, delay_unit, variants[]
 * {subject, body, v_disabled}), the schedule (campaign_schedule: start_date, end_date,
 * schedules[] {name, timing {from, to}, days {"0".."6"}, timezone}), senders
 * (email_list, email_tag_list) and every option of the spec's Campaign schema.
 *
 * deck_campaign_draft_dup_patch() is the PATCH body: exactly the top-level members
 * whose value differs from the original (compared structurally, so an unchanged
 * campaign gives an empty object); deck_campaign_draft_dup_create_body() is the
 * CreateCampaign body (only what is set). Every edit emits "changed".
 */

#define DECK_TYPE_CAMPAIGN_DRAFT (deck_campaign_draft_get_type ())
G_DECLARE_FINAL_TYPE (DeckCampaignDraft, deck_campaign_draft, DECK, CAMPAIGN_DRAFT, GObject)

/* A draft of @campaign, or of a new campaign when NULL. */
DeckCampaignDraft *deck_campaign_draft_new             (DeckCampaign      *campaign);
DeckCampaign      *deck_campaign_draft_get_campaign    (DeckCampaignDraft *self);
gboolean           deck_campaign_draft_is_new          (DeckCampaignDraft *self);

/* The working JSON (borrowed). Editors may read it freely; they change it only through
 * the functions below, or through set_member() followed by nothing else. */
JsonObject        *deck_campaign_draft_get_json        (DeckCampaignDraft *self);

/* A draft of an existing subsequence: the same sequence and schedule edits, made on
 * its "subsequence_schedule", plus its conditions. dup_patch() is then the
 * PATCH /subsequences/{id} body (deck_subsequence_dup_patch), get_campaign() is NULL
 * and is_new() FALSE. */
DeckCampaignDraft *deck_campaign_draft_new_for_subsequence (DeckSubsequence *subsequence);
/* A draft of a NEW subsequence of campaign @parent_campaign (an id): the same edits as
 * above; is_new() is TRUE, get_subsequence() an unsaved one (no id) whose parent is
 * @parent_campaign, dup_create_body() the CreateCampaign Subsequence body
 * (POST /subsequences) and has_unsaved_changes() counts edits since mark_pristine().
 * After the POST, rebase_subsequence() with the server's answer makes it a draft of
 * that subsequence. */
DeckCampaignDraft *deck_campaign_draft_new_subsequence (const char *parent_campaign);
/* The parent campaign's id for a subsequence draft, else NULL. */
const char        *deck_campaign_draft_get_parent_campaign (DeckCampaignDraft *self);
/* NULL unless the draft edits a subsequence. */
DeckSubsequence   *deck_campaign_draft_get_subsequence (DeckCampaignDraft *self);
/* "campaign_schedule", or "subsequence_schedule" for a subsequence: the member the
 * schedule functions below edit and that server messages name. */
const char        *deck_campaign_draft_get_schedule_member (DeckCampaignDraft *self);
/* A top-level member as the server holds it (borrowed; NULL when absent). */
JsonNode          *deck_campaign_draft_get_original_member (DeckCampaignDraft *self,
                                                            const char        *name);
/* Sets (or, with NULL, removes) one top-level member, e.g. "open_tracking". */
void               deck_campaign_draft_set_member      (DeckCampaignDraft *self,
                                                        const char        *name,
                                                        JsonNode          *value);
void               deck_campaign_draft_set_name        (DeckCampaignDraft *self,
                                                        const char        *name);

/* ---- sequence (sequences[0].steps) */
guint        deck_campaign_draft_get_n_steps        (DeckCampaignDraft *self);
/* Appends an email step (delay 1 day, one empty variant); returns its index. */
guint        deck_campaign_draft_add_step           (DeckCampaignDraft *self);
void         deck_campaign_draft_remove_step        (DeckCampaignDraft *self,
                                                     guint              step);
void         deck_campaign_draft_move_step          (DeckCampaignDraft *self,
                                                     guint              from,
                                                     guint              to);
guint        deck_campaign_draft_get_step_delay     (DeckCampaignDraft *self,
                                                     guint              step);
/* "minutes", "hours" or "days" (the spec's delay_unit); "days" when absent. */
const char  *deck_campaign_draft_get_step_delay_unit (DeckCampaignDraft *self,
                                                      guint              step);
void         deck_campaign_draft_set_step_delay     (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              delay,
                                                     const char        *unit);
guint        deck_campaign_draft_get_n_variants     (DeckCampaignDraft *self,
                                                     guint              step);
guint        deck_campaign_draft_add_variant        (DeckCampaignDraft *self,
                                                     guint              step);
void         deck_campaign_draft_remove_variant     (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              variant);
const char  *deck_campaign_draft_get_subject        (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              variant);
/* The body as the API holds it (HTML). */
const char  *deck_campaign_draft_get_body           (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              variant);
void         deck_campaign_draft_set_subject        (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              variant,
                                                     const char        *subject);
void         deck_campaign_draft_set_body           (DeckCampaignDraft *self,
                                                     guint              step,
                                                     guint              variant,
                                                     const char        *html);
gboolean     deck_campaign_draft_get_variant_disabled (DeckCampaignDraft *self,
                                                       guint              step,
                                                       guint              variant);
void         deck_campaign_draft_set_variant_disabled (DeckCampaignDraft *self,
                                                       guint              step,
                                                       guint              variant,
                                                       gboolean           disabled);

/* ---- schedule (campaign_schedule) */
guint        deck_campaign_draft_get_n_schedules    (DeckCampaignDraft *self);
/* Appends a window (Mon–Fri 09:00–17:00 in @timezone); returns its index. */
guint        deck_campaign_draft_add_schedule       (DeckCampaignDraft *self,
                                                     const char        *timezone);
void         deck_campaign_draft_remove_schedule    (DeckCampaignDraft *self,
                                                     guint              schedule);
/* The schedule object (borrowed) with name, timing {from,to}, days, timezone. */
JsonObject  *deck_campaign_draft_get_schedule       (DeckCampaignDraft *self,
                                                     guint              schedule);
void         deck_campaign_draft_set_schedule_name  (DeckCampaignDraft *self,
                                                     guint              schedule,
                                                     const char        *name);
/* "HH:MM" each. */
void         deck_campaign_draft_set_schedule_times (DeckCampaignDraft *self,
                                                     guint              schedule,
                                                     const char        *from,
                                                     const char        *to);
/* @day 0..6 as the spec's "days" keys. */
void         deck_campaign_draft_set_schedule_day   (DeckCampaignDraft *self,
                                                     guint              schedule,
                                                     guint              day,
                                                     gboolean           enabled);
void         deck_campaign_draft_set_schedule_timezone (DeckCampaignDraft *self,
                                                        guint              schedule,
                                                        const char        *timezone);
/* "YYYY-MM-DD" or NULL to clear. */
void         deck_campaign_draft_set_dates          (DeckCampaignDraft *self,
                                                     const char        *start_date,
                                                     const char        *end_date);

/* ---- senders */
/* email_list (GStrv, may be empty) and email_tag_list (tag ids). */
char       **deck_campaign_draft_dup_senders        (DeckCampaignDraft *self);
void         deck_campaign_draft_set_senders        (DeckCampaignDraft *self,
                                                     const char * const *emails);
char       **deck_campaign_draft_dup_sender_tags    (DeckCampaignDraft *self);
void         deck_campaign_draft_set_sender_tags    (DeckCampaignDraft *self,
                                                     const char * const *tag_ids);

/* ---- bodies */
JsonObject  *deck_campaign_draft_dup_patch          (DeckCampaignDraft *self);
JsonObject  *deck_campaign_draft_dup_create_body    (DeckCampaignDraft *self);
/* After a successful save: the draft's original becomes @saved. */
void         deck_campaign_draft_rebase             (DeckCampaignDraft *self,
                                                     DeckCampaign      *saved);

/* TRUE when the working JSON differs from the original (dup_patch would not be empty;
 * always TRUE for a new campaign with anything set). */
gboolean     deck_campaign_draft_has_changes        (DeckCampaignDraft *self);
/* What closing the editor would lose: has_changes() for a campaign or subsequence
 * on the server; for a new campaign, any edit since the last mark_pristine() (the
 * draft's creation until then). */
gboolean     deck_campaign_draft_has_unsaved_changes (DeckCampaignDraft *self);
void         deck_campaign_draft_mark_pristine      (DeckCampaignDraft *self);
/* After a successful PATCH (or POST, for a new one) of a subsequence draft. */
void         deck_campaign_draft_rebase_subsequence (DeckCampaignDraft *self,
                                                     DeckSubsequence   *saved);

/* ---- subsequence conditions (conditions.crm_status / .lead_activity: @list; the
 * values are the spec's numbers; conditions.reply_contains). Emptying a list or the
 * text the server did not hold removes the member again. */
gboolean     deck_campaign_draft_get_condition      (DeckCampaignDraft *self,
                                                     const char        *list,
                                                     int                value);
void         deck_campaign_draft_set_condition      (DeckCampaignDraft *self,
                                                     const char        *list,
                                                     int                value,
                                                     gboolean           enabled);
/* NULL when not set. */
const char  *deck_campaign_draft_get_reply_contains (DeckCampaignDraft *self);
/* NULL or "" removes it. */
void         deck_campaign_draft_set_reply_contains (DeckCampaignDraft *self,
                                                     const char        *text);
/* TRUE when at least one condition is set (a subsequence needs a trigger). */
gboolean     deck_campaign_draft_has_condition      (DeckCampaignDraft *self);

/* Typed access to scalar options ("open_tracking", "daily_limit", …). A member that is
 * absent or null reads as @default_value / FALSE. Setting a value equal to an absent
 * member's default still sets it; set_member (name, NULL) removes it. */
gboolean     deck_campaign_draft_get_boolean        (DeckCampaignDraft *self,
                                                     const char        *name,
                                                     gboolean           default_value);
void         deck_campaign_draft_set_boolean        (DeckCampaignDraft *self,
                                                     const char        *name,
                                                     gboolean           value);
/* FALSE when absent or null (then *value is untouched). */
gboolean     deck_campaign_draft_get_number         (DeckCampaignDraft *self,
                                                     const char        *name,
                                                     double            *value);
/* Integral values are stored as JSON integers. */
void         deck_campaign_draft_set_number         (DeckCampaignDraft *self,
                                                     const char        *name,
                                                     double             value);
/* NULL when absent or null. */
const char  *deck_campaign_draft_get_string         (DeckCampaignDraft *self,
                                                     const char        *name);
/* NULL sets JSON null (the spec's nullable scalars). */
void         deck_campaign_draft_set_string         (DeckCampaignDraft *self,
                                                     const char        *name,
                                                     const char        *value);

/* The spec's closed list of schedule timezones (static, NULL-terminated). */
const char * const *deck_campaign_timezones         (void);
gboolean            deck_campaign_timezone_is_valid (const char *timezone);

/* ---- bodies as text
 * The editor shows plain text; the API holds HTML. from_text: each paragraph
 * (separated by a blank line) becomes <div>…</div>, single line breaks inside a
 * paragraph become <br>, and <, >, & are escaped ({{variables}} and {a|b} spintax
 * pass through). to_text is the reverse, best-effort for HTML written elsewhere
 * (tags dropped, block ends and <br> turned into line breaks, entities decoded). */
char        *deck_campaign_body_from_text           (const char        *text);
char        *deck_campaign_body_to_text             (const char        *html);
/* A preview of @template (a subject, or a body as text or HTML): every {{name}} is
 * replaced by @values[name] (string → string; a missing name becomes ""; NULL
 * @values = none), and every spintax {a|b|c} by its first option. */
char        *deck_campaign_render_preview           (const char        *template_text,
                                                     GHashTable        *values);

G_END_DECLS
