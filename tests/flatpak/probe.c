/* probe.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A small helper for build-aux/flatpak-check, run both outside and inside the sandbox:
 *
 *   probe own NAME        own NAME on the session bus, print "owned NAME", run until killed
 *   probe secret          store, look up and clear a password with libsecret; print which
 *                         backend libsecret picked and what happened, one "key=value" a line
 *
 * It is not part of the app and is built only by the check. */

#define G_LOG_DOMAIN "instadeck-flatpak-probe"

#include <gio/gio.h>
#include <libsecret/secret.h>
#include <stdio.h>

static const SecretSchema probe_schema = {
  "io.github.instadeck.Instadeck.FlatpakProbe", SECRET_SCHEMA_NONE,
  { { "probe", SECRET_SCHEMA_ATTRIBUTE_STRING }, { NULL, 0 } },
};

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  g_print ("owned %s\n", name);
  fflush (stdout);
}

static void
on_name_lost (GDBusConnection *connection,
              const char      *name,
              gpointer         user_data)
{
  g_print ("lost %s\n", name);
  g_main_loop_quit (user_data);
}

static int
own_name (const char *name)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_bus_own_name (G_BUS_TYPE_SESSION, name, G_BUS_NAME_OWNER_FLAGS_DO_NOT_QUEUE,
                  NULL, on_name_acquired, on_name_lost, loop, NULL);
  g_main_loop_run (loop);
  return 1;
}

static const char *
error_text (const GError *error)
{
  return error != NULL ? error->message : "none";
}

/* libsecret 0.21 uses its file backend inside a sandbox only when the Secret portal answers
 * this call (secret-backend.c); otherwise it talks to org.freedesktop.secrets. */
static void
print_portal_version (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.portal.Desktop",
                                         "/org/freedesktop/portal/desktop",
                                         "org.freedesktop.DBus.Properties", "Get",
                                         g_variant_new ("(ss)", "org.freedesktop.portal.Secret", "version"),
                                         G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &error);
  if (reply != NULL)
    {
      g_variant_get (reply, "(v)", &value);
      g_print ("secret_portal=%u\n", g_variant_get_uint32 (value));
    }
  else
    {
      g_print ("secret_portal=absent\n");
      g_print ("secret_portal_error=%s\n", error_text (error));
    }
}

static int
secret_roundtrip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  gboolean stored;

  print_portal_version ();
  g_print ("flatpak_info=%s\n", g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) ? "yes" : "no");

  stored = secret_password_store_sync (&probe_schema, SECRET_COLLECTION_DEFAULT,
                                       "Instadeck flatpak probe", "probe-value",
                                       NULL, &error, "probe", "flatpak-check", NULL);
  g_print ("store=%s\n", stored ? "ok" : "failed");
  g_print ("store_error=%s\n", error_text (error));
  g_clear_error (&error);

  found = secret_password_lookup_sync (&probe_schema, NULL, &error, "probe", "flatpak-check", NULL);
  g_print ("lookup=%s\n", g_strcmp0 (found, "probe-value") == 0 ? "ok" : "failed");
  g_print ("lookup_error=%s\n", error_text (error));
  g_clear_error (&error);

  secret_password_clear_sync (&probe_schema, NULL, NULL, "probe", "flatpak-check", NULL);
  return stored && found != NULL ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "own"))
    return own_name (argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "secret"))
    return secret_roundtrip ();

  g_printerr ("usage: probe own NAME | probe secret\n");
  return 2;
}
