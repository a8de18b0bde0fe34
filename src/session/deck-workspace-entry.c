/* deck-workspace-entry.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-workspace-list"

#include "config.h"

#include "deck-enums.h"
#include "deck-workspace-entry.h"

struct _DeckWorkspaceEntry
{
  GObject                  parent_instance;

  char                    *id;
  char                    *server_url;
  char                    *uid;
  char                    *label;
  char                    *name;
  gboolean                 transient;

  DeckWorkspaceEntryState  state;
  char                    *state_message;
  DeckWorkspace           *workspace;
  char                    *key_hint;
};

G_DEFINE_FINAL_TYPE (DeckWorkspaceEntry, deck_workspace_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERVER_URL,
  PROP_LABEL,
  PROP_NAME,
  PROP_TRANSIENT,
  PROP_STATE,
  PROP_WORKSPACE,
  PROP_KEY_HINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deck_workspace_entry_finalize (GObject *object)
{
  DeckWorkspaceEntry *self = DECK_WORKSPACE_ENTRY (object);

  g_clear_object (&self->workspace);
  g_free (self->id);
  g_free (self->server_url);
  g_free (self->uid);
  g_free (self->label);
  g_free (self->name);
  g_free (self->state_message);
  g_free (self->key_hint);

  G_OBJECT_CLASS (deck_workspace_entry_parent_class)->finalize (object);
}

static void
deck_workspace_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DeckWorkspaceEntry *self = DECK_WORKSPACE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SERVER_URL:
      g_value_set_string (value, self->server_url);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TRANSIENT:
      g_value_set_boolean (value, self->transient);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_KEY_HINT:
      g_value_set_string (value, self->key_hint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DeckWorkspaceEntry *self = DECK_WORKSPACE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_SERVER_URL:
      self->server_url = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      deck_workspace_entry_set_label (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      deck_workspace_entry_set_name (self, g_value_get_string (value));
      break;

    case PROP_TRANSIENT:
      deck_workspace_entry_set_transient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_workspace_entry_constructed (GObject *object)
{
  DeckWorkspaceEntry *self = DECK_WORKSPACE_ENTRY (object);

  G_OBJECT_CLASS (deck_workspace_entry_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_strdup ("");
  if (self->server_url == NULL)
    self->server_url = g_strdup ("");
  self->uid = g_strconcat (self->server_url, "#", self->id, NULL);
}

static void
deck_workspace_entry_class_init (DeckWorkspaceEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = deck_workspace_entry_constructed;
  object_class->finalize = deck_workspace_entry_finalize;
  object_class->get_property = deck_workspace_entry_get_property;
  object_class->set_property = deck_workspace_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SERVER_URL] =
    g_param_spec_string ("server-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSIENT] =
    g_param_spec_boolean ("transient", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       DECK_TYPE_WORKSPACE_ENTRY_STATE,
                       DECK_WORKSPACE_ENTRY_LOCKED,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_HINT] =
    g_param_spec_string ("key-hint", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
deck_workspace_entry_init (DeckWorkspaceEntry *self)
{
}

DeckWorkspaceEntry *
deck_workspace_entry_new (const char *id,
                          const char *server_url,
                          const char *label,
                          const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (server_url != NULL, NULL);

  return g_object_new (DECK_TYPE_WORKSPACE_ENTRY,
                       "id", id,
                       "server-url", server_url,
                       "label", label,
                       "name", name,
                       NULL);
}

DeckWorkspaceEntry *
deck_workspace_entry_new_transient (DeckWorkspace *workspace,
                                    const char    *id,
                                    const char    *label)
{
  DeckWorkspaceEntry *self;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (DECK_TYPE_WORKSPACE_ENTRY,
                       "id", id,
                       "server-url", deck_client_get_base_url (deck_workspace_get_client (workspace)),
                       "label", label,
                       "name", label,
                       "transient", TRUE,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->state = DECK_WORKSPACE_ENTRY_READY;

  return self;
}

const char *
deck_workspace_entry_get_id (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->id;
}

const char *
deck_workspace_entry_get_server_url (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->server_url;
}

const char *
deck_workspace_entry_get_uid (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->uid;
}

const char *
deck_workspace_entry_get_label (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  /* Without a label of its own, the workspace goes by its name. */
  if (self->label == NULL || self->label[0] == '\0')
    return self->name != NULL ? self->name : "";

  return self->label;
}

void
deck_workspace_entry_set_label (DeckWorkspaceEntry *self,
                                const char         *label)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (self));

  if (label != NULL)
    stripped = g_strstrip (g_strdup (label));

  if (g_set_str (&self->label, stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
deck_workspace_entry_get_name (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->name;
}

void
deck_workspace_entry_set_name (DeckWorkspaceEntry *self,
                               const char         *name)
{
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (self));

  if (g_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      /* The label falls back to the name. */
      if (self->label == NULL || self->label[0] == '\0')
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
    }
}

gboolean
deck_workspace_entry_get_transient (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), FALSE);

  return self->transient;
}

void
deck_workspace_entry_set_transient (DeckWorkspaceEntry *self,
                                    gboolean            transient)
{
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (self));

  transient = !!transient;
  if (self->transient == transient)
    return;

  self->transient = transient;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSIENT]);
}

DeckWorkspaceEntryState
deck_workspace_entry_get_state (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), DECK_WORKSPACE_ENTRY_LOCKED);

  return self->state;
}

const char *
deck_workspace_entry_get_state_message (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->state_message;
}

void
deck_workspace_entry_set_state (DeckWorkspaceEntry      *self,
                                DeckWorkspaceEntryState  state,
                                const char              *message)
{
  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (self));

  g_set_str (&self->state_message, message);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

DeckWorkspace *
deck_workspace_entry_get_workspace (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->workspace;
}

void
deck_workspace_entry_set_client (DeckWorkspaceEntry *self,
                                 DeckClient         *client,
                                 const char         *key_hint)
{
  g_autoptr(DeckWorkspace) workspace = NULL;

  g_return_if_fail (DECK_IS_WORKSPACE_ENTRY (self));
  g_return_if_fail (DECK_IS_CLIENT (client));

  if (self->workspace != NULL && deck_workspace_get_client (self->workspace) == client)
    return;

  /* A new key is a new workspace object: models and permissions start afresh. */
  workspace = deck_workspace_new (client, deck_workspace_entry_get_label (self));
  g_set_object (&self->workspace, workspace);

  if (g_set_str (&self->key_hint, key_hint))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_HINT]);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
  deck_workspace_entry_set_state (self, DECK_WORKSPACE_ENTRY_READY, NULL);
}

const char *
deck_workspace_entry_get_key_hint (DeckWorkspaceEntry *self)
{
  g_return_val_if_fail (DECK_IS_WORKSPACE_ENTRY (self), NULL);

  return self->key_hint;
}
