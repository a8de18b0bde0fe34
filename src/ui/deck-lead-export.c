/* deck-lead-export.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-export"

#include "config.h"

#include "deck-lead-csv.h"
#include "deck-lead-export.h"

typedef struct
{
  GListModel             *leads;
  GOutputStream          *stream;
  DeckLeadExportProgress  progress;
  gpointer                progress_data;
  GError                 *error;      /* the write's, while the stream is aborted */
  guint                   n_written;
} ExportData;

static void
export_data_free (gpointer p)
{
  ExportData *data = p;

  g_clear_object (&data->leads);
  g_clear_object (&data->stream);
  g_clear_error (&data->error);
  g_free (data);
}

static void
close_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean closed;

  closed = g_output_stream_close_finish (G_OUTPUT_STREAM (object), result, &error);

  if (data->error != NULL)
    {
      g_clear_error (&error);
      g_task_return_error (task, g_steal_pointer (&data->error));
    }
  else if (!closed)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  g_autoptr(GCancellable) abort_close = NULL;

  if (!deck_lead_csv_write_finish (result, &data->n_written, &data->error))
    {
      /* Closing a replace stream with a cancelled cancellable drops the temporary
       * file, so the previous file stays as it was. */
      abort_close = g_cancellable_new ();
      g_cancellable_cancel (abort_close);
    }

  g_output_stream_close_async (data->stream, G_PRIORITY_DEFAULT,
                               abort_close != NULL ? abort_close : g_task_get_cancellable (task),
                               close_cb, g_object_ref (task));
}

static void
progress_cb (guint    n_done,
             guint    n_total,
             gpointer user_data)
{
  ExportData *data = user_data;

  if (data->progress != NULL)
    data->progress (n_done, n_total, data->progress_data);
}

static void
replace_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  GFileOutputStream *stream;
  GError *error = NULL;

  stream = g_file_replace_finish (G_FILE (object), result, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  data->stream = G_OUTPUT_STREAM (stream);
  deck_lead_csv_write_async (data->leads, data->stream, progress_cb, data,
                             g_task_get_cancellable (task), write_cb, g_object_ref (task));
}

void
deck_lead_export_async (GListModel             *leads,
                        GFile                  *file,
                        DeckLeadExportProgress  progress,
                        gpointer                progress_data,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (G_IS_LIST_MODEL (leads));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ExportData, 1);
  data->leads = g_object_ref (leads);
  data->progress = progress;
  data->progress_data = progress_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, deck_lead_export_async);
  g_task_set_task_data (task, data, export_data_free);

  g_file_replace_async (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                        G_PRIORITY_DEFAULT, cancellable, replace_cb, g_steal_pointer (&task));
}

gboolean
deck_lead_export_finish (GAsyncResult  *result,
                         guint         *out_n_written,
                         GError       **error)
{
  ExportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == deck_lead_export_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (out_n_written != NULL)
    *out_n_written = data->n_written;

  return g_task_propagate_boolean (G_TASK (result), error);
}
