/* deck-admin-workspace-page.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-admin"

#include "config.h"

#include <glib/gi18n.h>

#include "deck-admin-workspace-page.h"
#include "deck-admin-util.h"
#include "deck-api-error.h"
#include "deck-client-workspace.h"
#include "deck-page-state.h"
#include "deck-toast.h"

struct _DeckAdminWorkspacePage
{
  AdwBin             parent_instance;

  gboolean           load_pending;

  DeckWorkspace     *workspace;
  DeckWorkspaceInfo *info;
  DeckWorkspacePlan *plan;
  GCancellable      *cancellable;
  const char        *state;
  char              *last_toast;
  guint              n_busy;
  gboolean           loading;

  /* Template widgets */
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  AdwEntryRow       *name_row;
  AdwActionRow      *id_row;
  AdwActionRow      *created_row;
  AdwActionRow      *removal_row;
  AdwActionRow      *plan_row;
  AdwActionRow      *leads_row;
  AdwActionRow      *period_row;
  AdwActionRow      *credits_row;
  AdwActionRow      *other_row;
  AdwActionRow      *plan_error_row;
};

G_DEFINE_FINAL_TYPE (DeckAdminWorkspacePage, deck_admin_workspace_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (DeckAdminWorkspacePage *self,
           const char             *state)
{
  deck_page_state_set (self, properties[PROP_STATE], &self->state, self->stack, state);
}

static void
toast (DeckAdminWorkspacePage *self,
       const char             *title)
{
  deck_toast_show (GTK_WIDGET (self), title, &self->last_toast);
}

static void
toast_error (DeckAdminWorkspacePage *self,
             const char             *what,
             const GError           *error)
{
  deck_toast_show_error (GTK_WIDGET (self), what, error, &self->last_toast);
}

/* ------------------------------------------------------------------ words */

/* A count with the locale's digit grouping: "25,000". */
static char *
format_count (double value)
{
  return g_strdup_printf ("%'.0f", value);
}

static const char *
interval_words (const char *interval)
{
  if (g_strcmp0 (interval, "day") == 0)
    return _("a day");
  if (g_strcmp0 (interval, "week") == 0)
    return _("a week");
  if (g_strcmp0 (interval, "month") == 0)
    return _("a month");
  if (g_strcmp0 (interval, "year") == 0)
    return _("a year");

  return NULL;
}

static char *
format_unix_date (double seconds)
{
  g_autoptr(GDateTime) date_time = g_date_time_new_from_unix_utc ((gint64) seconds);

  return deck_admin_format_date (date_time);
}

static void
set_row (AdwActionRow *row,
         const char   *subtitle)
{
  gtk_widget_set_visible (GTK_WIDGET (row), subtitle != NULL && *subtitle != '\0');
  adw_action_row_set_subtitle (row, subtitle ? subtitle : "");
}

static void
show_info (DeckAdminWorkspacePage *self)
{
  g_autofree char *created = NULL;
  g_autofree char *removal = NULL;
  GDateTime *removal_at;

  if (self->info == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), deck_workspace_info_get_name (self->info));
  adw_action_row_set_subtitle (self->id_row, deck_workspace_info_get_id (self->info));
  created = deck_admin_format_date (deck_workspace_info_get_timestamp_created (self->info));
  adw_action_row_set_subtitle (self->created_row, created);

  removal_at = deck_workspace_info_get_scheduled_for_removal_at (self->info);
  if (removal_at != NULL)
    removal = deck_admin_format_date_time (removal_at);
  set_row (self->removal_row, removal);
}

static void
show_plan (DeckAdminWorkspacePage *self)
{
  DeckWorkspacePlan *plan = self->plan;
  g_autofree char *leads = NULL;
  g_autoptr(GString) period = NULL;
  g_autofree char *credits = NULL;
  g_autoptr(GString) other = NULL;
  const char *names[4];
  const char *plan_name;

  gtk_widget_set_visible (GTK_WIDGET (self->plan_error_row), FALSE);

  if (plan == NULL)
    {
      set_row (self->plan_row, NULL);
      set_row (self->leads_row, NULL);
      set_row (self->period_row, NULL);
      set_row (self->credits_row, NULL);
      set_row (self->other_row, NULL);
      return;
    }

  plan_name = deck_workspace_plan_get_outreach_plan_name (plan);
  set_row (self->plan_row, plan_name && *plan_name ? plan_name : _("No outreach plan"));

  if (deck_workspace_plan_get_has_outreach_total_lead_limit (plan))
    {
      g_autofree char *used = format_count (deck_workspace_plan_get_outreach_current_lead_count (plan));
      g_autofree char *limit = format_count (deck_workspace_plan_get_outreach_total_lead_limit (plan));

      /* Translators: e.g. "1,200 of 25,000 leads used" */
      leads = g_strdup_printf (_("%s of %s leads used"), used, limit);
    }
  set_row (self->leads_row, leads);

  period = g_string_new (NULL);
  if (deck_workspace_plan_get_has_outreach_price_in_dollars (plan))
    {
      const char *per = interval_words (deck_workspace_plan_get_outreach_interval (plan));

      if (per != NULL)
        /* Translators: a price and how often it is paid, e.g. "$97 a month" */
        g_string_append_printf (period, _("$%.0f %s"),
                                deck_workspace_plan_get_outreach_price_in_dollars (plan), per);
      else
        g_string_append_printf (period, _("$%.0f"),
                                deck_workspace_plan_get_outreach_price_in_dollars (plan));
    }
  if (deck_workspace_plan_get_has_outreach_cancel_at_time (plan))
    {
      g_autofree char *date = format_unix_date (deck_workspace_plan_get_outreach_cancel_at_time (plan));

      if (period->len > 0)
        g_string_append (period, _(", "));
      /* Translators: when a cancelled subscription stops */
      g_string_append_printf (period, _("ends on %s"), date);
    }
  else if (deck_workspace_plan_get_has_outreach_current_period_end (plan))
    {
      g_autofree char *date = format_unix_date (deck_workspace_plan_get_outreach_current_period_end (plan));

      if (period->len > 0)
        g_string_append (period, _(", "));
      /* Translators: when the subscription is paid again */
      g_string_append_printf (period, _("renews on %s"), date);
    }
  set_row (self->period_row, period->str);

  if (deck_workspace_plan_get_has_credits_available_credits (plan))
    {
      g_autofree char *left = format_count (deck_workspace_plan_get_credits_available_credits (plan));

      if (deck_workspace_plan_get_has_credits_total_credits (plan))
        {
          g_autofree char *total = format_count (deck_workspace_plan_get_credits_total_credits (plan));

          /* Translators: e.g. "800 of 1,000 credits left" */
          credits = g_strdup_printf (_("%s of %s credits left"), left, total);
        }
      else
        credits = g_strdup_printf (_("%s credits left"), left);
    }
  set_row (self->credits_row, credits);

  names[0] = deck_workspace_plan_get_bundle_plan_name (plan);
  names[1] = deck_workspace_plan_get_crm_plan_name (plan);
  names[2] = deck_workspace_plan_get_website_visitors_plan_name (plan);
  names[3] = deck_workspace_plan_get_inbox_placement_plan_name (plan);
  other = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (names[i] == NULL || *names[i] == '\0')
        continue;
      if (other->len > 0)
        g_string_append (other, _(", "));
      g_string_append (other, names[i]);
    }
  set_row (self->other_row, other->str);
}

static void
show_plan_error (DeckAdminWorkspacePage *self,
                 const GError           *error)
{
  g_autofree char *description = deck_api_error_describe (error);

  g_clear_object (&self->plan);
  show_plan (self);
  adw_action_row_set_subtitle (self->plan_error_row, description);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_error_row), TRUE);
}

/* ------------------------------------------------------------------ loading */

static void
info_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckAdminWorkspacePage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceInfo) info = NULL;

  info = deck_client_get_workspace_info_finish (DECK_CLIENT (source), result, &error);
  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_WORKSPACE_PAGE (user_data);
  self->n_busy--;
  self->loading = FALSE;

  if (info == NULL)
    {
      g_debug ("Loading the workspace failed: %s", error->message);
      if (self->info != NULL)
        toast_error (self, _("Could not refresh the workspace"), error);
      else
        {
          deck_admin_status_set_error (self->error_page, error);
          set_state (self, "error");
        }
      return;
    }

  g_set_object (&self->info, info);
  show_info (self);
  set_state (self, "results");
}

static void
plan_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  DeckAdminWorkspacePage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspacePlan) plan = NULL;

  plan = deck_client_get_plan_details_finish (DECK_CLIENT (source), result, &error);
  if (plan == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_WORKSPACE_PAGE (user_data);
  self->n_busy--;

  /* The key may not read billing (workspace_billing:read): say so in the group. */
  if (plan == NULL)
    {
      g_debug ("Loading the plan details failed: %s", error->message);
      show_plan_error (self, error);
      return;
    }

  g_set_object (&self->plan, plan);
  show_plan (self);
}

void
deck_admin_workspace_page_reload (DeckAdminWorkspacePage *self)
{
  DeckClient *client;

  g_return_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self));

  if (self->workspace == NULL || self->loading)
    return;

  client = deck_workspace_get_client (self->workspace);
  self->loading = TRUE;
  self->n_busy += 2;
  if (self->info == NULL)
    set_state (self, "loading");

  deck_client_get_workspace_info_async (client, self->cancellable, info_cb, self);
  deck_client_get_plan_details_async (client, self->cancellable, plan_cb, self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  deck_admin_workspace_page_reload (DECK_ADMIN_WORKSPACE_PAGE (widget));
}

/* ------------------------------------------------------------------ rename */

static void
rename_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DeckAdminWorkspacePage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckWorkspaceInfo) info = NULL;
  g_autofree char *title = NULL;

  info = deck_client_rename_workspace_finish (DECK_CLIENT (source), result, &error);
  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = DECK_ADMIN_WORKSPACE_PAGE (user_data);
  self->n_busy--;

  if (info == NULL)
    {
      toast_error (self, _("Could not rename the workspace"), error);
      /* Without the permission, renaming is not offered again. */
      if (g_error_matches (error, DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN))
        gtk_editable_set_editable (GTK_EDITABLE (self->name_row), FALSE);
      show_info (self);
      return;
    }

  g_set_object (&self->info, info);
  show_info (self);
  title = g_strdup_printf (_("Workspace renamed to “%s”"), deck_workspace_info_get_name (info));
  toast (self, title);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (widget);
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (parameter, NULL)));

  if (self->workspace == NULL)
    return;

  if (*name == '\0')
    {
      toast (self, _("A workspace needs a name"));
      show_info (self);
      return;
    }

  self->n_busy++;
  deck_client_rename_workspace_async (deck_workspace_get_client (self->workspace), name,
                                      self->cancellable, rename_cb, self);
}

static void
on_name_apply (DeckAdminWorkspacePage *self,
               AdwEntryRow            *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "workspace.rename", "s",
                              gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* ------------------------------------------------------------------ object */

static void
deck_admin_workspace_page_map (GtkWidget *widget)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (widget);

  GTK_WIDGET_CLASS (deck_admin_workspace_page_parent_class)->map (widget);

  if (self->load_pending)
    {
      self->load_pending = FALSE;
      deck_admin_workspace_page_reload (self);
    }
}

static void
deck_admin_workspace_page_dispose (GObject *object)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->workspace);
  g_clear_object (&self->info);
  g_clear_object (&self->plan);

  /* AdwBin keeps its own pointer to the template's top widget: let it go first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DECK_TYPE_ADMIN_WORKSPACE_PAGE);

  G_OBJECT_CLASS (deck_admin_workspace_page_parent_class)->dispose (object);
}

static void
deck_admin_workspace_page_finalize (GObject *object)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->last_toast);

  G_OBJECT_CLASS (deck_admin_workspace_page_parent_class)->finalize (object);
}

static void
deck_admin_workspace_page_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_workspace_page_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DeckAdminWorkspacePage *self = DECK_ADMIN_WORKSPACE_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      deck_admin_workspace_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
deck_admin_workspace_page_class_init (DeckAdminWorkspacePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_admin_workspace_page_dispose;
  object_class->finalize = deck_admin_workspace_page_finalize;
  object_class->get_property = deck_admin_workspace_page_get_property;
  object_class->set_property = deck_admin_workspace_page_set_property;

  widget_class->map = deck_admin_workspace_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DECK_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/instadeck/Instadeck/ui/deck-admin-workspace-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, id_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, created_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, removal_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, plan_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, leads_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, period_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, credits_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, other_row);
  gtk_widget_class_bind_template_child (widget_class, DeckAdminWorkspacePage, plan_error_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);

  gtk_widget_class_install_action (widget_class, "workspace.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "workspace.rename", "s", rename_action);
}

static void
deck_admin_workspace_page_init (DeckAdminWorkspacePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  set_state (self, "loading");
  show_plan (self);
}

GtkWidget *
deck_admin_workspace_page_new (void)
{
  return g_object_new (DECK_TYPE_ADMIN_WORKSPACE_PAGE, NULL);
}

DeckWorkspace *
deck_admin_workspace_page_get_workspace (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->workspace;
}

void
deck_admin_workspace_page_set_workspace (DeckAdminWorkspacePage *self,
                                         DeckWorkspace          *workspace)
{
  g_return_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self));
  g_return_if_fail (workspace == NULL || DECK_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Nothing for the old workspace may land here. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_busy = 0;
  self->loading = FALSE;
  g_clear_object (&self->info);
  g_clear_object (&self->plan);
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), TRUE);
  show_plan (self);
  set_state (self, "loading");

  g_set_object (&self->workspace, workspace);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);

  /* A page the person has not opened yet loads when it is first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    deck_admin_workspace_page_reload (self);
  else
    self->load_pending = TRUE;
}

const char *
deck_admin_workspace_page_get_state (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->state;
}

DeckWorkspaceInfo *
deck_admin_workspace_page_get_info (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->info;
}

DeckWorkspacePlan *
deck_admin_workspace_page_get_plan (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->plan;
}

const char *
deck_admin_workspace_page_get_last_toast (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->last_toast;
}

gboolean
deck_admin_workspace_page_get_busy (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), FALSE);

  return self->n_busy > 0;
}

AdwEntryRow *
deck_admin_workspace_page_get_name_row (DeckAdminWorkspacePage *self)
{
  g_return_val_if_fail (DECK_IS_ADMIN_WORKSPACE_PAGE (self), NULL);

  return self->name_row;
}
