/* deck-permissions.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-permissions"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-permissions.h"

struct _DeckPermissions
{
  GObject     parent_instance;

  GHashTable *denied; /* scope set */
};

G_DEFINE_FINAL_TYPE (DeckPermissions, deck_permissions, G_TYPE_OBJECT)

enum {
  DENIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
deck_permissions_finalize (GObject *object)
{
  DeckPermissions *self = DECK_PERMISSIONS (object);

  g_clear_pointer (&self->denied, g_hash_table_unref);

  G_OBJECT_CLASS (deck_permissions_parent_class)->finalize (object);
}

static void
deck_permissions_class_init (DeckPermissionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = deck_permissions_finalize;

  /**
   * DeckPermissions::denied:
   * @scope: the scope the key turned out to lack
   *
   * Emitted the first time a scope is denied; detailed by the scope.
   */
  signals[DENIED] =
    g_signal_new ("denied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
deck_permissions_init (DeckPermissions *self)
{
  self->denied = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

DeckPermissions *
deck_permissions_new (void)
{
  return g_object_new (DECK_TYPE_PERMISSIONS, NULL);
}

DeckPermissions *
deck_permissions_get_for_workspace (DeckWorkspace *workspace)
{
  static GQuark quark;
  DeckPermissions *permissions;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("deck-permissions");

  permissions = g_object_get_qdata (G_OBJECT (workspace), quark);
  if (permissions == NULL)
    {
      permissions = deck_permissions_new ();
      g_object_set_qdata_full (G_OBJECT (workspace), quark, permissions, g_object_unref);
    }

  return permissions;
}

gboolean
deck_permissions_allows (DeckPermissions *self,
                         const char      *scope)
{
  g_return_val_if_fail (DECK_IS_PERMISSIONS (self), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);

  return !g_hash_table_contains (self->denied, scope);
}

void
deck_permissions_deny (DeckPermissions *self,
                       const char      *scope)
{
  g_return_if_fail (DECK_IS_PERMISSIONS (self));
  g_return_if_fail (scope != NULL);

  if (!g_hash_table_add (self->denied, g_strdup (scope)))
    return;

  g_debug ("The key lacks the scope %s", scope);
  g_signal_emit (self, signals[DENIED], g_quark_from_string (scope), scope);
}

gboolean
deck_permissions_record_error (DeckPermissions *self,
                               const char      *scope,
                               const GError    *error)
{
  g_return_val_if_fail (DECK_IS_PERMISSIONS (self), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);

  if (!g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN))
    return FALSE;

  deck_permissions_deny (self, scope);
  return TRUE;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GStrv
deck_permissions_dup_denied (DeckPermissions *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree const char **keys = NULL;
  guint n;

  g_return_val_if_fail (DECK_IS_PERMISSIONS (self), NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->denied, &n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, keys[i]);

  {
    GStrv strv = g_strv_builder_end (builder);

    qsort (strv, g_strv_length (strv), sizeof (char *), compare_strings);
    return strv;
  }
}

gboolean
deck_workspace_permissions_allows (DeckWorkspace *workspace,
                                   const char    *scope)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), FALSE);

  return deck_permissions_allows (deck_permissions_get_for_workspace (workspace), scope);
}

gboolean
deck_workspace_permissions_record_error (DeckWorkspace *workspace,
                                         const char    *scope,
                                         const GError  *error)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), FALSE);

  return deck_permissions_record_error (deck_permissions_get_for_workspace (workspace), scope, error);
}

static const char *
resource_words (const char *resource)
{
  static const struct {
    const char *resource;
    const char *words;
  } resources[] = {
    { "accounts", N_("email accounts") },
    { "campaigns", N_("campaigns") },
    { "leads", N_("leads") },
    { "lead_lists", N_("lead lists") },
    { "emails", N_("emails") },
    { "custom_tags", N_("custom tags") },
    { "background-jobs", N_("background jobs") },
    { "workspaces", N_("the workspace details") },
    { "workspace_billing", N_("the plan and billing details") },
    { "workspace_members", N_("the workspace members") },
    { "workspace_group_members", N_("the workspace group") },
    { "api_keys", N_("API keys") },
    { "audit_logs", N_("the audit log") },
    { "all", N_("everything") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    {
      if (g_strcmp0 (resources[i].resource, resource) == 0)
        return _(resources[i].words);
    }

  return NULL;
}

char *
deck_permissions_describe_scope (const char *scope)
{
  g_auto(GStrv) parts = NULL;
  const char *words;

  g_return_val_if_fail (scope != NULL, NULL);

  parts = g_strsplit (scope, ":", 2);
  if (g_strv_length (parts) != 2 || (words = resource_words (parts[0])) == NULL)
    return g_strdup (scope);

  /* Translators: %s is a kind of thing, such as "email accounts" */
  if (g_str_equal (parts[1], "read"))
    return g_strdup_printf (_("see %s"), words);
  /* Translators: %s is a kind of thing, such as "email accounts" */
  if (g_str_equal (parts[1], "create"))
    return g_strdup_printf (_("create %s"), words);
  /* Translators: %s is a kind of thing, such as "email accounts" */
  if (g_str_equal (parts[1], "update"))
    return g_strdup_printf (_("change %s"), words);
  /* Translators: %s is a kind of thing, such as "email accounts" */
  if (g_str_equal (parts[1], "delete"))
    return g_strdup_printf (_("delete %s"), words);
  /* Translators: %s is a kind of thing, such as "email accounts" */
  if (g_str_equal (parts[1], "all"))
    return g_strdup_printf (_("manage %s"), words);

  return g_strdup (scope);
}

char *
deck_permissions_describe_denied (const char *scope)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (scope != NULL, NULL);

  what = deck_permissions_describe_scope (scope);
  /* Translators: the first %s is what the key may not do ("change email accounts"),
   * the second the scope's own name ("accounts:update") */
  return g_strdup_printf (_("This API key may not %s: it lacks the “%s” permission. In Instantly, create a key with this scope under Settings → Integrations → API Keys and add it as a workspace."),
                          what, scope);
}
