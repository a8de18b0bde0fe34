/* deck-csv.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DECK_CSV_ERROR (deck_csv_error_quark ())
GQuark deck_csv_error_quark (void);

typedef enum
{
  DECK_CSV_ERROR_UNTERMINATED_QUOTE,  /* a quoted field never closes */
  DECK_CSV_ERROR_STRAY_QUOTE,         /* text after a closing quote: "ab"c */
  DECK_CSV_ERROR_INVALID_UTF8,        /* the message names the line */
  DECK_CSV_ERROR_EMPTY,               /* no header row */
} DeckCsvError;

/*
 * RFC 4180 reader, streaming: feed it chunks of any size (a field, a CRLF or a UTF-8
 * sequence may be split across chunks) and take the complete rows as they come; one
 * linear pass. Quoted fields may hold the delimiter, doubled quotes and CR/LF; lines
 * end in CRLF, LF or CR; a leading UTF-8 BOM is dropped. Line numbers are physical
 * lines, 1-based: a row's line is where it starts. Errors name the line.
 */
typedef struct _DeckCsvReader DeckCsvReader;

/* @delimiter: ',', ';', '\t', or 0 to sniff it from the first line (',' when unsure). */
DeckCsvReader *deck_csv_reader_new        (char            delimiter);
void           deck_csv_reader_free       (DeckCsvReader  *self);
gboolean       deck_csv_reader_feed       (DeckCsvReader  *self,
                                           const char     *data,
                                           gsize           len,
                                           GError        **error);
/* No more data: completes the last row (a file need not end in a newline). */
gboolean       deck_csv_reader_finish     (DeckCsvReader  *self,
                                           GError        **error);
/* The next complete row (transfer full), or NULL when none is ready yet. Blank lines
 * are dropped. @out_line: the line the row starts on. */
GStrv          deck_csv_reader_pop_row    (DeckCsvReader  *self,
                                           guint          *out_line);
/* The delimiter in use (after sniffing), 0 before the first line is known. */
char           deck_csv_reader_get_delimiter (DeckCsvReader *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckCsvReader, deck_csv_reader_free)

/*
 * A whole file: the header row and the data rows, each with the line it starts on.
 * Rows keep the number of fields they had: a ragged row (more or fewer fields than the
 * header) is kept as it is and listed in ragged_rows, for the caller to report.
 */
typedef struct
{
  GStrv      header;
  GPtrArray *rows;        /* GStrv, data rows only */
  GArray    *lines;       /* guint per row: its first line */
  GArray    *ragged_rows; /* guint: indices into rows */
  char       delimiter;
} DeckCsvTable;

#define DECK_TYPE_CSV_TABLE (deck_csv_table_get_type ())
GType         deck_csv_table_get_type   (void) G_GNUC_CONST;
DeckCsvTable *deck_csv_table_ref        (DeckCsvTable   *table);
void          deck_csv_table_unref      (DeckCsvTable   *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckCsvTable, deck_csv_table_unref)

guint         deck_csv_table_get_n_rows (DeckCsvTable   *table);
/* The field or "" when the row is short. */
const char   *deck_csv_table_get        (DeckCsvTable   *table,
                                         guint           row,
                                         guint           column);

DeckCsvTable *deck_csv_parse            (const char     *data,
                                         gsize           len,
                                         char            delimiter,
                                         GError        **error);
/* Reads and parses @file in a worker thread (chunked, so memory is the table's). */
void          deck_csv_read_file_async  (GFile               *file,
                                         char                 delimiter,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
DeckCsvTable *deck_csv_read_file_finish (GAsyncResult        *result,
                                         GError             **error);

/* ---- writer: quotes a field only when it holds the delimiter, a quote, CR or LF;
 * rows end in CRLF; text is written as given (UTF-8). */
void          deck_csv_append_field     (GString        *out,
                                         const char     *field,
                                         char            delimiter);
/* @n_fields -1: @fields is NULL-terminated. NULL fields are written empty. */
void          deck_csv_append_row       (GString        *out,
                                         const char * const *fields,
                                         gssize          n_fields,
                                         char            delimiter);

G_END_DECLS
