/* deck-mock-members.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-mock-members"

#include <libsoup/soup.h>
#include <string.h>

#include "deck-mock-routes-private.h"

/* The people of the workspace (workspace members) and the sub-workspaces it
 * administers (workspace group members). */

#define DEFAULT_LIMIT 10

/* Request schemas, reduced from openapi.json to the keywords the checker knows. */

#define LIST_MEMBERS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"" \
  "maximum\":100},\"starting_after\":{\"type\":\"string\"},\"accepted\":{\"type\":\"boo" \
  "lean\"},\"search\":{\"type\":\"string\"}}}"

#define CREATE_MEMBER_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"ema" \
  "il\"},\"user_email\":{\"type\":[\"string\",\"null\"],\"format\":\"email\"},\"nicknam" \
  "e\":{\"type\":[\"string\",\"null\"],\"maxLength\":80},\"role\":{\"type\":\"string\"," \
  "\"enum\":[\"owner\",\"admin\",\"editor\",\"view\",\"client\"]},\"permissions\":{\"ty" \
  "pe\":[\"array\",\"null\"],\"items\":{\"type\":\"string\",\"enum\":[\"dashboard.view\"" \
  ",\"campaigns.view\",\"campaigns.create\",\"campaigns.edit\",\"campaigns.delete\",\"o" \
  "rganization.manage\",\"organization.integrations\",\"organization.billing\",\"organi" \
  "zation.users.manage\",\"leadFinder.view\",\"customLeadLabels.create\",\"customLeadLa" \
  "bels.edit\",\"customLeadLabels.delete\",\"unibox.all\",\"analytics.view\",\"websiteC" \
  "hat.view\",\"websiteChat.manage\",\"agency.manage\",\"accounts.view\",\"accounts.man" \
  "age\",\"leadManagement.view\",\"leads.move\",\"crm.view\",\"websiteVisitors.view\",\"" \
  "blocklist.manage\",\"preferences.manage\",\"inboxPlacement.view\",\"aiAgents.manage\"" \
  ",\"workspaceGroupMembers.invite\",\"workspaceGroupMembers.remove\",\"workspaceGroupM" \
  "embers.leave\"]}}},\"required\":[\"email\",\"role\"],\"additionalProperties\":false}"

#define PATCH_MEMBER_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"nickname\":{\"type\":[\"string\",\"null\"],\"" \
  "maxLength\":80},\"role\":{\"type\":\"string\",\"enum\":[\"owner\",\"admin\",\"editor" \
  "\",\"view\",\"client\"]}},\"additionalProperties\":false,\"minProperties\":1}"

#define LIST_GROUP_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"" \
  "maximum\":100},\"starting_after\":{\"type\":\"string\"}}}"

#define CREATE_GROUP_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"sub_workspace_id\":{\"type\":\"string\"}},\"r" \
  "equired\":[\"sub_workspace_id\"],\"additionalProperties\":false}"

void
deck_mock_member_free (gpointer data)
{
  DeckMockMember *member = data;

  g_free (member->id);
  g_free (member->email);
  g_free (member->user_id);
  g_free (member->user_email);
  g_free (member->nickname);
  g_free (member->first_name);
  g_free (member->last_name);
  g_free (member->role);
  g_free (member->issuer_id);
  g_strfreev (member->permissions);
  g_free (member);
}

void
deck_mock_group_member_free (gpointer data)
{
  DeckMockGroupMember *group_member = data;

  g_free (group_member->id);
  g_free (group_member->sub_workspace_id);
  g_free (group_member->sub_workspace_name);
  g_free (group_member->status);
  g_free (group_member);
}

/* Seeded items carry their own (past) time in their id; later ones are made now. */
static char *
new_id (DeckMockStore *store,
        GRand         *rand,
        gint64         created_ms,
        guint          seq)
{
  if (created_ms > store->last_id_ms)
    return deck_mock_store_new_id (store, created_ms);
  return deck_mock_uuid7 (rand, created_ms, seq);
}

const char *
deck_mock_store_get_owner_id (DeckMockStore *store)
{
  for (guint i = 0; i < store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (store->members, i);

      if (g_str_equal (member->role, "owner"))
        return member->user_id;
    }
  return store->user_id;
}

JsonNode *
deck_mock_member_to_json (DeckMockStore  *store,
                          DeckMockMember *member)
{
  JsonObject *json = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *created = deck_mock_format_time (member->created_ms);

  json_object_set_string_member (json, "id", member->id);
  json_object_set_string_member (json, "email", member->email);
  json_object_set_string_member (json, "user_id", member->user_id);
  deck_mock_json_set_nullable_string (json, "user_email", member->user_email);
  deck_mock_json_set_nullable_string (json, "nickname", member->nickname);
  /* An invitation nobody accepted has no person behind it yet. */
  if (member->first_name != NULL)
    {
      JsonObject *name = json_object_new ();

      json_object_set_string_member (name, "first", member->first_name);
      json_object_set_string_member (name, "last", member->last_name);
      json_object_set_object_member (json, "name", name);
    }
  json_object_set_string_member (json, "role", member->role);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "workspace_id", store->workspace_id);
  json_object_set_boolean_member (json, "accepted", member->accepted);
  deck_mock_json_set_nullable_string (json, "issuer_id", member->issuer_id);
  if (member->permissions != NULL)
    {
      JsonArray *permissions = json_array_new ();

      for (guint i = 0; member->permissions[i] != NULL; i++)
        json_array_add_string_element (permissions, member->permissions[i]);
      json_object_set_array_member (json, "permissions", permissions);
    }
  else
    json_object_set_null_member (json, "permissions");
  json_node_take_object (node, json);

  return node;
}

JsonNode *
deck_mock_group_member_to_json (DeckMockStore       *store,
                                DeckMockGroupMember *group_member)
{
  JsonObject *json = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *created = deck_mock_format_time (group_member->created_ms);
  g_autofree char *updated = deck_mock_format_time (group_member->updated_ms);

  json_object_set_string_member (json, "id", group_member->id);
  json_object_set_string_member (json, "admin_workspace_id", store->workspace_id);
  json_object_set_string_member (json, "sub_workspace_id", group_member->sub_workspace_id);
  json_object_set_string_member (json, "status", group_member->status);
  json_object_set_string_member (json, "timestamp_created", created);
  json_object_set_string_member (json, "timestamp_updated", updated);
  deck_mock_json_set_nullable_string (json, "sub_workspace_name", group_member->sub_workspace_name);
  json_object_set_string_member (json, "admin_workspace_name", store->workspace.name);
  json_node_take_object (node, json);

  return node;
}

/* Seed */

static const struct
{
  const char *first;
  const char *last;
  const char *local;
  const char *nickname;
  const char *role;
  int         day;        /* joined, in days after the workspace was created */
  gboolean    accepted;
} seed_members[] = {
  { "Maria", "Schneider", "maria.schneider", NULL,  "owner",  0,   TRUE },
  { "Jonas", "Weber",     "jonas.weber",     "Jo",  "admin",  3,   TRUE },
  { "Aisha", "Khan",      "aisha.khan",      NULL,  "editor", 41,  TRUE },
  { "Lukas", "Brandt",    "lukas.brandt",    NULL,  "view",   118, TRUE },
  { "Chloé", "Martin",    "chloe.martin",    NULL,  "client", 352, FALSE },
};

static const char * const client_permissions[] = {
  "dashboard.view", "campaigns.view", "analytics.view", NULL
};

void
deck_mock_seed_members (DeckMockStore *store,
                        GRand         *rand,
                        const char    *domain)
{
  const char *owner_id = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (seed_members); i++)
    {
      DeckMockMember *member = g_new0 (DeckMockMember, 1);
      gint64 created = store->workspace.created_ms + seed_members[i].day * DECK_MOCK_DAY_MS + (gint64) i * 3600000;

      member->id = new_id (store, rand, created, i);
      member->email = g_strdup_printf ("%s@%s", seed_members[i].local, domain);
      /* The owner is the user the seed's accounts were added by. */
      member->user_id = i == 0 ? g_strdup (store->user_id) : deck_mock_uuid7 (rand, created, i);
      member->nickname = g_strdup (seed_members[i].nickname);
      if (seed_members[i].accepted)
        {
          member->first_name = g_strdup (seed_members[i].first);
          member->last_name = g_strdup (seed_members[i].last);
        }
      member->role = g_strdup (seed_members[i].role);
      member->created_ms = created;
      member->accepted = seed_members[i].accepted;
      member->issuer_id = g_strdup (owner_id);
      if (g_str_equal (member->role, "client"))
        member->permissions = g_strdupv ((char **) client_permissions);
      g_ptr_array_add (store->members, member);

      if (i == 0)
        owner_id = member->user_id;
    }

  /* Two agency clients: one joined, one not yet answered. */
  {
    static const struct
    {
      const char *name;
      const char *status;
      int         day;
    } subs[] = {
      { "Nordlicht Analytics – Outreach", "accepted", 60 },
      { "Fjord Logistics",                "pending",  330 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (subs); i++)
      {
        DeckMockGroupMember *group_member = g_new0 (DeckMockGroupMember, 1);
        gint64 created = store->workspace.created_ms + subs[i].day * DECK_MOCK_DAY_MS;

        group_member->id = new_id (store, rand, created, i);
        group_member->sub_workspace_id = deck_mock_uuid7 (rand, created - 200 * DECK_MOCK_DAY_MS, i);
        group_member->sub_workspace_name = g_strdup (subs[i].name);
        group_member->status = g_strdup (subs[i].status);
        group_member->created_ms = created;
        group_member->updated_ms = created + (g_str_equal (subs[i].status, "accepted") ? 2 * DECK_MOCK_DAY_MS : 0);
        g_ptr_array_add (store->group_members, group_member);
      }
  }
}

/* Workspace members */

static DeckMockMember *
lookup_member_or_404 (DeckMockContext *ctx)
{
  const char *id = g_hash_table_lookup (ctx->params, "id");

  for (guint i = 0; i < ctx->store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (ctx->store->members, i);

      if (g_str_equal (member->id, id))
        return member;
    }

  deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Workspace member not found");
  return NULL;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle_folded)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle_folded) != NULL;
}

static gboolean
member_matches (DeckMockMember *member,
                const char     *needle_folded)
{
  g_autofree char *full_name = NULL;

  if (needle_folded == NULL)
    return TRUE;
  if (member->first_name != NULL)
    full_name = g_strdup_printf ("%s %s", member->first_name, member->last_name);
  return contains_casefold (member->email, needle_folded) ||
         contains_casefold (full_name, needle_folded) ||
         contains_casefold (member->nickname, needle_folded);
}

/* GET /api/v2/workspace-members */

static void
handle_list_members (DeckMockContext *ctx)
{
  const char *search = deck_mock_query_string (ctx, "search");
  g_autofree char *needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  JsonNode *accepted = json_object_get_member (ctx->query, "accepted");
  JsonArray *items = json_array_new ();
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  DeckMockMember *last = NULL;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_id (ctx->store->members, deck_mock_query_string (ctx, "starting_after"));
       i < ctx->store->members->len; i++)
    {
      DeckMockMember *member = g_ptr_array_index (ctx->store->members, i);

      if (accepted != NULL && member->accepted != json_node_get_boolean (accepted))
        continue;
      if (!member_matches (member, needle))
        continue;

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_member_to_json (ctx->store, member));
      last = member;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/workspace-members */

static void
handle_create_member (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *email = json_object_get_string_member (body, "email");
  const char *role = json_object_get_string_member (body, "role");
  gint64 now = deck_mock_now_ms ();
  DeckMockMember *member;

  /* Ownership moves only through change-owner. */
  if (g_str_equal (role, "owner"))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "A member cannot be invited as owner");
      return;
    }

  for (guint i = 0; i < ctx->store->members->len; i++)
    {
      DeckMockMember *other = g_ptr_array_index (ctx->store->members, i);

      if (g_ascii_strcasecmp (other->email, email) == 0)
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "%s is already a member of this workspace", email);
          return;
        }
    }

  member = g_new0 (DeckMockMember, 1);
  member->id = deck_mock_store_new_id (ctx->store, now);
  member->email = g_ascii_strdown (email, -1);
  member->user_id = deck_mock_store_new_id (ctx->store, now);
  member->user_email = g_strdup (deck_mock_nullable_string (body, "user_email"));
  member->nickname = g_strdup (deck_mock_nullable_string (body, "nickname"));
  member->role = g_strdup (role);
  member->created_ms = now;
  member->accepted = FALSE;
  member->issuer_id = g_strdup (deck_mock_store_get_owner_id (ctx->store));
  if (json_object_has_member (body, "permissions") && !json_object_get_null_member (body, "permissions"))
    {
      JsonArray *array = json_object_get_array_member (body, "permissions");

      member->permissions = g_new0 (char *, json_array_get_length (array) + 1);
      for (guint i = 0; i < json_array_get_length (array); i++)
        member->permissions[i] = g_strdup (json_array_get_string_element (array, i));
    }
  g_ptr_array_add (ctx->store->members, member);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_member_to_json (ctx->store, member));
}

/* GET, PATCH, DELETE /api/v2/workspace-members/{id} */

static void
handle_get_member (DeckMockContext *ctx)
{
  DeckMockMember *member = lookup_member_or_404 (ctx);

  if (member != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_member_to_json (ctx->store, member));
}

static void
handle_patch_member (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  DeckMockMember *member = lookup_member_or_404 (ctx);

  if (member == NULL)
    return;

  if (json_object_has_member (body, "role"))
    {
      const char *role = json_object_get_string_member (body, "role");

      /* Ownership moves only through change-owner, and the owner stays one. */
      if (g_str_equal (member->role, "owner") != g_str_equal (role, "owner"))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST,
                                 "The owner's role changes only by transferring ownership");
          return;
        }
    }

  if (json_object_has_member (body, "role"))
    {
      g_free (member->role);
      member->role = g_strdup (json_object_get_string_member (body, "role"));
    }
  if (json_object_has_member (body, "nickname"))
    {
      g_free (member->nickname);
      member->nickname = g_strdup (deck_mock_nullable_string (body, "nickname"));
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_member_to_json (ctx->store, member));
}

static void
handle_delete_member (DeckMockContext *ctx)
{
  DeckMockMember *member = lookup_member_or_404 (ctx);

  if (member == NULL)
    return;

  if (g_str_equal (member->role, "owner"))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "The workspace owner cannot be removed");
      return;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_member_to_json (ctx->store, member));
  g_ptr_array_remove (ctx->store->members, member);
}

/* Workspace group members */

static DeckMockGroupMember *
lookup_group_member_or_404 (DeckMockContext *ctx)
{
  const char *id = g_hash_table_lookup (ctx->params, "id");

  for (guint i = 0; i < ctx->store->group_members->len; i++)
    {
      DeckMockGroupMember *group_member = g_ptr_array_index (ctx->store->group_members, i);

      if (g_str_equal (group_member->id, id))
        return group_member;
    }

  deck_mock_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "Workspace group member not found");
  return NULL;
}

/* GET /api/v2/workspace-group-members */

static void
handle_list_group (DeckMockContext *ctx)
{
  JsonArray *items = json_array_new ();
  const char *next = NULL;
  gint64 limit = DEFAULT_LIMIT;
  DeckMockGroupMember *last = NULL;

  deck_mock_query_int (ctx, "limit", &limit);

  for (guint i = deck_mock_index_after_id (ctx->store->group_members, deck_mock_query_string (ctx, "starting_after"));
       i < ctx->store->group_members->len; i++)
    {
      DeckMockGroupMember *group_member = g_ptr_array_index (ctx->store->group_members, i);

      if ((gint64) json_array_get_length (items) == limit)
        {
          next = last->id;
          break;
        }
      json_array_add_element (items, deck_mock_group_member_to_json (ctx->store, group_member));
      last = group_member;
    }

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_list_reply (items, next));
}

/* POST /api/v2/workspace-group-members */

static void
handle_create_group (DeckMockContext *ctx)
{
  JsonObject *body = deck_mock_body_object (ctx);
  const char *sub_id = json_object_get_string_member (body, "sub_workspace_id");
  DeckMockGroupMember *group_member;
  gint64 now = deck_mock_now_ms ();

  if (*sub_id == '\0' || g_str_equal (sub_id, ctx->store->workspace_id))
    {
      deck_mock_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "A workspace cannot join its own group");
      return;
    }

  for (guint i = 0; i < ctx->store->group_members->len; i++)
    {
      DeckMockGroupMember *other = g_ptr_array_index (ctx->store->group_members, i);

      if (g_str_equal (other->sub_workspace_id, sub_id) && !g_str_equal (other->status, "rejected"))
        {
          deck_mock_reply_error (ctx, SOUP_STATUS_CONFLICT,
                                 "This workspace is already a member of the group or has a pending invitation");
          return;
        }
    }

  /* The invited workspace's name is known only once its owner accepts. */
  group_member = g_new0 (DeckMockGroupMember, 1);
  group_member->id = deck_mock_store_new_id (ctx->store, now);
  group_member->sub_workspace_id = g_strdup (sub_id);
  group_member->status = g_strdup ("pending");
  group_member->created_ms = now;
  group_member->updated_ms = now;
  g_ptr_array_add (ctx->store->group_members, group_member);

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_group_member_to_json (ctx->store, group_member));
}

/* GET /api/v2/workspace-group-members/admin */

static void
handle_admin (DeckMockContext *ctx)
{
  JsonObject *json = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  /* This workspace is an admin workspace itself: nobody administers it. */
  json_object_set_string_member (json, "workspace_name", ctx->store->workspace.name);
  json_object_set_boolean_member (json, "has_admin_workspace", FALSE);
  json_node_take_object (node, json);

  deck_mock_reply (ctx, SOUP_STATUS_OK, node);
}

/* GET, DELETE /api/v2/workspace-group-members/{id} */

static void
handle_get_group (DeckMockContext *ctx)
{
  DeckMockGroupMember *group_member = lookup_group_member_or_404 (ctx);

  if (group_member != NULL)
    deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_group_member_to_json (ctx->store, group_member));
}

static void
handle_delete_group (DeckMockContext *ctx)
{
  DeckMockGroupMember *group_member = lookup_group_member_or_404 (ctx);

  if (group_member == NULL)
    return;

  deck_mock_reply (ctx, SOUP_STATUS_OK, deck_mock_group_member_to_json (ctx->store, group_member));
  g_ptr_array_remove (ctx->store->group_members, group_member);
}

static const DeckMockRoute member_routes[] = {
  { "GET",    "/api/v2/workspace-members",      "workspace_members:read",   LIST_MEMBERS_QUERY, NULL,                 FALSE, handle_list_members },
  { "POST",   "/api/v2/workspace-members",      "workspace_members:create", NULL,               CREATE_MEMBER_SCHEMA, TRUE,  handle_create_member },
  { "GET",    "/api/v2/workspace-members/{id}", "workspace_members:read",   NULL,               NULL,                 FALSE, handle_get_member },
  { "PATCH",  "/api/v2/workspace-members/{id}", "workspace_members:update", NULL,               PATCH_MEMBER_SCHEMA,  FALSE, handle_patch_member },
  { "DELETE", "/api/v2/workspace-members/{id}", "workspace_members:delete", NULL,               NULL,                 FALSE, handle_delete_member },
};

/* The admin route states no scope; it reads group membership. */
static const DeckMockRoute group_routes[] = {
  { "GET",    "/api/v2/workspace-group-members",       "workspace_group_members:read",   LIST_GROUP_QUERY, NULL,                FALSE, handle_list_group },
  { "POST",   "/api/v2/workspace-group-members",       "workspace_group_members:create", NULL,             CREATE_GROUP_SCHEMA, TRUE,  handle_create_group },
  { "GET",    "/api/v2/workspace-group-members/admin", "workspace_group_members:read",   NULL,             NULL,                FALSE, handle_admin },
  { "GET",    "/api/v2/workspace-group-members/{id}",  "workspace_group_members:read",   NULL,             NULL,                FALSE, handle_get_group },
  { "DELETE", "/api/v2/workspace-group-members/{id}",  "workspace_group_members:delete", NULL,             NULL,                FALSE, handle_delete_group },
};

const DeckMockRoute *
deck_mock_member_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (member_routes);
  return member_routes;
}

const DeckMockRoute *
deck_mock_group_member_routes (guint *n_routes)
{
  *n_routes = G_N_ELEMENTS (group_routes);
  return group_routes;
}
