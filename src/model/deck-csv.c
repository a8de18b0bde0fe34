/* deck-csv.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "deck-csv.h"

G_DEFINE_QUARK (deck-csv-error-quark, deck_csv_error)

typedef enum
{
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED,   /* a quote inside a quoted field: doubled or closing */
} ReaderState;

typedef struct
{
  GStrv fields;
  guint line;
} ReadyRow;

struct _DeckCsvReader
{
  char        delimiter;
  ReaderState state;
  GString    *head;         /* bytes held back until the BOM and delimiter are known */
  gboolean    head_done;
  GString    *field;
  GPtrArray  *row;          /* char * */
  guint       line;         /* the current physical line, 1-based */
  guint       row_line;     /* where the row being read started */
  guint       field_line;   /* where the field being read started */
  gboolean    prev_cr;
  gboolean    field_quoted;
  GQueue      ready;        /* ReadyRow * */
};

static void
ready_row_free (gpointer data)
{
  ReadyRow *rr = data;

  g_strfreev (rr->fields);
  g_free (rr);
}

DeckCsvReader *
deck_csv_reader_new (char delimiter)
{
  DeckCsvReader *self = g_new0 (DeckCsvReader, 1);

  self->delimiter = delimiter;
  self->state = STATE_FIELD_START;
  self->head = g_string_new (NULL);
  self->field = g_string_new (NULL);
  self->row = g_ptr_array_new_with_free_func (g_free);
  self->line = 1;
  self->row_line = 1;
  self->field_line = 1;
  g_queue_init (&self->ready);

  return self;
}

void
deck_csv_reader_free (DeckCsvReader *self)
{
  if (self == NULL)
    return;

  g_string_free (self->head, TRUE);
  g_string_free (self->field, TRUE);
  g_ptr_array_unref (self->row);
  g_queue_clear_full (&self->ready, ready_row_free);
  g_free (self);
}

char
deck_csv_reader_get_delimiter (DeckCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->delimiter;
}

static gboolean
end_field (DeckCsvReader  *self,
           GError        **error)
{
  if (!g_utf8_validate_len (self->field->str, self->field->len, NULL))
    {
      g_set_error (error, DECK_CSV_ERROR, DECK_CSV_ERROR_INVALID_UTF8,
                   _("Line %u is not valid UTF-8 text. Save the file as UTF-8 and try again."),
                   self->field_line);
      return FALSE;
    }

  g_ptr_array_add (self->row, g_strndup (self->field->str, self->field->len));
  g_string_truncate (self->field, 0);
  self->field_line = self->line;

  return TRUE;
}

static void
end_row (DeckCsvReader *self)
{
  /* A blank line is one empty unquoted field: drop it. */
  if (self->row->len == 1 && ((char *) self->row->pdata[0])[0] == '\0' && !self->field_quoted)
    {
      g_ptr_array_set_size (self->row, 0);
    }
  else
    {
      ReadyRow *rr = g_new0 (ReadyRow, 1);

      g_ptr_array_add (self->row, NULL);
      rr->fields = (GStrv) g_ptr_array_steal (self->row, NULL);
      rr->line = self->row_line;
      g_queue_push_tail (&self->ready, rr);
    }

  self->row_line = self->line;
  self->field_line = self->line;
  self->field_quoted = FALSE;
}

static gboolean
feed_bytes (DeckCsvReader  *self,
            const char     *data,
            gsize           len,
            GError        **error)
{
  const char delim = self->delimiter;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      gboolean was_cr = self->prev_cr;

      self->prev_cr = (c == '\r');

      switch (self->state)
        {
        case STATE_FIELD_START:
          if (c == '"')
            {
              self->state = STATE_QUOTED;
              self->field_quoted = TRUE;
              self->field_line = self->line;
              break;
            }
          self->field_line = self->line;
          self->field_quoted = FALSE;
          G_GNUC_FALLTHROUGH;

        case STATE_UNQUOTED:
          if (c == delim)
            {
              if (!end_field (self, error))
                return FALSE;
              self->state = STATE_FIELD_START;
            }
          else if (c == '\r' || c == '\n')
            {
              /* The LF of a CRLF: the row already ended at the CR. */
              if (c == '\n' && was_cr)
                break;
              self->line++;
              if (!end_field (self, error))
                return FALSE;
              end_row (self);
              self->state = STATE_FIELD_START;
            }
          else
            {
              /* Start a run of plain bytes and copy it at once. */
              gsize j = i + 1;

              while (j < len && data[j] != delim && data[j] != '\r' && data[j] != '\n')
                j++;
              g_string_append_len (self->field, data + i, j - i);
              i = j - 1;
              self->prev_cr = FALSE;
              self->state = STATE_UNQUOTED;
            }
          break;

        case STATE_QUOTED:
          if (c == '"')
            {
              self->state = STATE_QUOTE_IN_QUOTED;
            }
          else
            {
              if (c == '\r' || (c == '\n' && !was_cr))
                self->line++;
              g_string_append_c (self->field, c);
            }
          break;

        case STATE_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              g_string_append_c (self->field, '"');
              self->state = STATE_QUOTED;
            }
          else if (c == delim)
            {
              if (!end_field (self, error))
                return FALSE;
              self->state = STATE_FIELD_START;
            }
          else if (c == '\r' || c == '\n')
            {
              self->line++;
              if (!end_field (self, error))
                return FALSE;
              end_row (self);
              self->state = STATE_FIELD_START;
            }
          else
            {
              g_set_error (error, DECK_CSV_ERROR, DECK_CSV_ERROR_STRAY_QUOTE,
                           _("Line %u: a quoted field is followed by other text. Quotes inside a field must be doubled (\"\")."),
                           self->line);
              return FALSE;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* The delimiter that occurs most often outside quotes in the first line. */
static char
sniff_delimiter (const char *data,
                 gsize       len)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\r' || c == '\n'))
        break;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > best_count)
      {
        best = candidates[k];
        best_count = counts[k];
      }

  return best;
}

/* TRUE when the head buffer holds the whole first line (outside quotes). */
static gboolean
head_has_first_line (GString *head)
{
  gboolean quoted = FALSE;

  for (gsize i = 0; i < head->len; i++)
    {
      if (head->str[i] == '"')
        quoted = !quoted;
      else if (!quoted && (head->str[i] == '\r' || head->str[i] == '\n'))
        return TRUE;
    }

  return FALSE;
}

static gboolean
flush_head (DeckCsvReader  *self,
            GError        **error)
{
  gsize skip = 0;

  self->head_done = TRUE;

  if (self->head->len >= 3 && memcmp (self->head->str, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (self->delimiter == 0)
    self->delimiter = sniff_delimiter (self->head->str + skip, self->head->len - skip);

  return feed_bytes (self, self->head->str + skip, self->head->len - skip, error);
}

gboolean
deck_csv_reader_feed (DeckCsvReader  *self,
                      const char     *data,
                      gsize           len,
                      GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (self->head_done)
    return feed_bytes (self, data, len, error);

  g_string_append_len (self->head, data, len);

  /* Wait for the BOM to be decidable and, when sniffing, for the first line; give up
   * waiting after 64 KiB (a pathological first line). */
  if (self->head->len < 3)
    return TRUE;
  if (self->delimiter == 0 && !head_has_first_line (self->head) && self->head->len < 65536)
    return TRUE;

  return flush_head (self, error);
}

gboolean
deck_csv_reader_finish (DeckCsvReader  *self,
                        GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->head_done && !flush_head (self, error))
    return FALSE;

  switch (self->state)
    {
    case STATE_QUOTED:
      g_set_error (error, DECK_CSV_ERROR, DECK_CSV_ERROR_UNTERMINATED_QUOTE,
                   _("Line %u: a quoted field starts here but its closing quote is missing."),
                   self->field_line);
      return FALSE;

    case STATE_UNQUOTED:
    case STATE_QUOTE_IN_QUOTED:
      if (!end_field (self, error))
        return FALSE;
      end_row (self);
      break;

    case STATE_FIELD_START:
      /* "a,b," at the very end still has an empty last field. */
      if (self->row->len > 0)
        {
          if (!end_field (self, error))
            return FALSE;
          end_row (self);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  self->state = STATE_FIELD_START;

  return TRUE;
}

GStrv
deck_csv_reader_pop_row (DeckCsvReader *self,
                         guint         *out_line)
{
  ReadyRow *rr;
  GStrv fields;

  g_return_val_if_fail (self != NULL, NULL);

  rr = g_queue_pop_head (&self->ready);
  if (rr == NULL)
    return NULL;

  if (out_line != NULL)
    *out_line = rr->line;

  fields = g_steal_pointer (&rr->fields);
  g_free (rr);

  return fields;
}

/* ---- table */

typedef struct
{
  DeckCsvTable table;
  gatomicrefcount ref_count;
} TableReal;

static DeckCsvTable *
table_new (void)
{
  TableReal *real = g_new0 (TableReal, 1);

  g_atomic_ref_count_init (&real->ref_count);
  real->table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  real->table.lines = g_array_new (FALSE, FALSE, sizeof (guint));
  real->table.ragged_rows = g_array_new (FALSE, FALSE, sizeof (guint));

  return &real->table;
}

DeckCsvTable *
deck_csv_table_ref (DeckCsvTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  g_atomic_ref_count_inc (&((TableReal *) table)->ref_count);

  return table;
}

void
deck_csv_table_unref (DeckCsvTable *table)
{
  g_return_if_fail (table != NULL);

  if (g_atomic_ref_count_dec (&((TableReal *) table)->ref_count))
    {
      g_strfreev (table->header);
      g_ptr_array_unref (table->rows);
      g_array_unref (table->lines);
      g_array_unref (table->ragged_rows);
      g_free (table);
    }
}

G_DEFINE_BOXED_TYPE (DeckCsvTable, deck_csv_table, deck_csv_table_ref, deck_csv_table_unref)

guint
deck_csv_table_get_n_rows (DeckCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

const char *
deck_csv_table_get (DeckCsvTable *table,
                    guint         row,
                    guint         column)
{
  GStrv fields;

  g_return_val_if_fail (table != NULL, "");
  g_return_val_if_fail (row < table->rows->len, "");

  fields = table->rows->pdata[row];
  for (guint i = 0; i <= column; i++)
    if (fields[i] == NULL)
      return "";

  return fields[column];
}

/* Moves the rows the reader has ready into @table. */
static void
table_take_rows (DeckCsvTable  *table,
                 DeckCsvReader *reader)
{
  GStrv fields;
  guint line;

  while ((fields = deck_csv_reader_pop_row (reader, &line)) != NULL)
    {
      if (table->header == NULL)
        {
          table->header = fields;
          continue;
        }

      if (g_strv_length (fields) != g_strv_length (table->header))
        {
          guint index = table->rows->len;

          g_array_append_val (table->ragged_rows, index);
        }

      g_ptr_array_add (table->rows, fields);
      g_array_append_val (table->lines, line);
    }
}

static gboolean
table_complete (DeckCsvTable   *table,
                DeckCsvReader  *reader,
                GError        **error)
{
  if (!deck_csv_reader_finish (reader, error))
    return FALSE;

  table_take_rows (table, reader);
  table->delimiter = deck_csv_reader_get_delimiter (reader);

  if (table->header == NULL)
    {
      g_set_error_literal (error, DECK_CSV_ERROR, DECK_CSV_ERROR_EMPTY,
                           _("The file is empty: it has no header row."));
      return FALSE;
    }

  return TRUE;
}

DeckCsvTable *
deck_csv_parse (const char  *data,
                gsize        len,
                char         delimiter,
                GError     **error)
{
  g_autoptr(DeckCsvReader) reader = deck_csv_reader_new (delimiter);
  g_autoptr(DeckCsvTable) table = table_new ();

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (!deck_csv_reader_feed (reader, data, len, error) ||
      !table_complete (table, reader, error))
    return NULL;

  return g_steal_pointer (&table);
}

typedef struct
{
  GFile *file;
  char   delimiter;
} ReadFileData;

static void
read_file_data_free (gpointer p)
{
  ReadFileData *data = p;

  g_object_unref (data->file);
  g_free (data);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadFileData *data = task_data;
  GFile *file = data->file;
  g_autoptr(DeckCsvReader) reader = deck_csv_reader_new (data->delimiter);
  g_autoptr(DeckCsvTable) table = table_new ();
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *buffer = g_malloc (65536);
  GError *error = NULL;

  stream = g_file_read (file, cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 65536, cancellable, &error);

      if (n < 0)
        {
          g_task_return_error (task, error);
          return;
        }
      if (n == 0)
        break;

      if (!deck_csv_reader_feed (reader, buffer, n, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      table_take_rows (table, reader);
    }

  if (!table_complete (table, reader, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&table), (GDestroyNotify) deck_csv_table_unref);
}

void
deck_csv_read_file_async (GFile               *file,
                          char                 delimiter,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadFileData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_csv_read_file_async);
  data = g_new0 (ReadFileData, 1);
  data->file = g_object_ref (file);
  data->delimiter = delimiter;
  g_task_set_task_data (task, data, read_file_data_free);
  g_task_run_in_thread (task, read_file_thread);
}

DeckCsvTable *
deck_csv_read_file_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_csv_read_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- writer */

void
deck_csv_append_field (GString    *out,
                       const char *field,
                       char        delimiter)
{
  g_return_if_fail (out != NULL);

  if (field == NULL || field[0] == '\0')
    return;

  if (strchr (field, delimiter) == NULL && strpbrk (field, "\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
deck_csv_append_row (GString            *out,
                     const char * const *fields,
                     gssize              n_fields,
                     char                delimiter)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields <= 0);

  if (n_fields < 0)
    n_fields = fields != NULL ? g_strv_length ((GStrv) fields) : 0;

  /* A row of one empty field would read back as a blank line: quote it. */
  if (n_fields == 1 && (fields[0] == NULL || fields[0][0] == '\0'))
    g_string_append (out, "\"\"");

  for (gssize i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      deck_csv_append_field (out, fields[i], delimiter);
    }

  g_string_append (out, "\r\n");
}
