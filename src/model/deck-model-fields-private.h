/* deck-model-fields-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Field readers and setters shared by the workspace administration models. A @path is
 * a NULL-terminated list of members from @object inward. Readers are defensive
 * (DESIGN.md §3): an absent member, a null or a value of the wrong kind reads as "not
 * there", and numbers may arrive as strings. Setters take ownership of the new value
 * and return TRUE when the field changed. */

char      *deck_model_dup_string       (JsonObject         *object,
                                        const char * const *path);
/* A nested value written out as compact JSON (NULL for absent or null). */
char      *deck_model_dup_json         (JsonObject         *object,
                                        const char * const *path);
GDateTime *deck_model_dup_date_time    (JsonObject         *object,
                                        const char * const *path);
char     **deck_model_dup_strv         (JsonObject         *object,
                                        const char * const *path);
int        deck_model_get_int          (JsonObject         *object,
                                        const char * const *path,
                                        int                 default_value);
gboolean   deck_model_get_double       (JsonObject         *object,
                                        const char * const *path,
                                        double             *out);
gboolean   deck_model_get_boolean      (JsonObject         *object,
                                        const char * const *path,
                                        gboolean            default_value);

gboolean   deck_model_set_string       (char              **slot,
                                        char               *value);
gboolean   deck_model_set_date_time    (GDateTime         **slot,
                                        GDateTime          *value);
gboolean   deck_model_set_strv         (char             ***slot,
                                        char              **value);
gboolean   deck_model_set_int          (int                *slot,
                                        int                 value);
gboolean   deck_model_set_double       (double             *slot,
                                        double              value);
gboolean   deck_model_set_boolean      (gboolean           *slot,
                                        gboolean            value);

/* FALSE (G_IO_ERROR_INVALID_DATA naming @type_name) when a member of @required is
 * absent or null. */
gboolean   deck_model_check_required   (JsonObject         *object,
                                        const char         *type_name,
                                        const char * const *required,
                                        GError            **error);

G_END_DECLS
