/* deck-lead-details.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-lead-details"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "deck-api-error.h"
#include "deck-client-leads.h"
#include "deck-client-subsequences.h"
#include "deck-client-workspace.h"
#include "deck-lead-details.h"
#include "deck-lead-util.h"
#include "deck-pager.h"
#include "deck-workspace-member.h"

/* The contact fields a PATCH may change, in the form's order. */
static const struct {
  const char *field;
  const char *title;
} editable[] = {
  { "first_name", N_("First Name") },
  { "last_name", N_("Last Name") },
  { "company_name", N_("Company") },
  { "job_title", N_("Job Title") },
  { "phone", N_("Phone") },
  { "website", N_("Website") },
  { "personalization", N_("Personalization") },
  { "pl_value_lead", N_("Potential Value") },
};

typedef enum
{
  KIND_TEXT,
  KIND_TIME,
  KIND_COUNT,
  KIND_STATUS,
  KIND_VERIFICATION,
  KIND_ENRICHMENT,
  KIND_ESP,
  KIND_ESG,
  KIND_CAMPAIGN,
  KIND_LIST,
  KIND_BOOL,
  KIND_MEMBER,
  KIND_UPLOAD,
  KIND_SUMMARY,
} Kind;

typedef struct
{
  const char *field;
  const char *title;
  Kind        kind;
} Info;

/* Every other field of the spec's Lead schema, grouped for reading. */
static const Info activity_info[] = {
  { "status", N_("Status"), KIND_STATUS },
  { "verification_status", N_("Email Verification"), KIND_VERIFICATION },
  { "email_open_count", N_("Opens"), KIND_COUNT },
  { "email_reply_count", N_("Replies"), KIND_COUNT },
  { "email_click_count", N_("Clicks"), KIND_COUNT },
  { "timestamp_last_contact", N_("Last Contacted"), KIND_TIME },
  { "last_contacted_from", N_("Last Contacted From"), KIND_TEXT },
  { "timestamp_last_open", N_("Last Opened"), KIND_TIME },
  { "timestamp_last_reply", N_("Last Replied"), KIND_TIME },
  { "timestamp_last_click", N_("Last Clicked"), KIND_TIME },
  { "timestamp_last_touch", N_("Last Touched"), KIND_TIME },
  { "timestamp_last_interest_change", N_("Interest Last Changed"), KIND_TIME },
  { "status_summary", N_("Sequence Progress"), KIND_SUMMARY },
  { "last_step_from", N_("Last Step Sent From"), KIND_TEXT },
  { "last_step_id", N_("Last Step"), KIND_TEXT },
  { "last_step_timestamp_executed", N_("Last Step Sent"), KIND_TIME },
  { "email_opened_step", N_("Last Step Opened"), KIND_COUNT },
  { "email_opened_variant", N_("Last Variant Opened"), KIND_COUNT },
  { "email_replied_step", N_("Last Step Replied To"), KIND_COUNT },
  { "email_replied_variant", N_("Last Variant Replied To"), KIND_COUNT },
  { "email_clicked_step", N_("Last Step Clicked"), KIND_COUNT },
  { "email_clicked_variant", N_("Last Variant Clicked"), KIND_COUNT },
  { "status_summary_subseq", N_("Subsequence Progress"), KIND_SUMMARY },
  { "timestamp_added_subsequence", N_("Added to the Subsequence"), KIND_TIME },
};

static const Info record_info[] = {
  { "email", N_("Email"), KIND_TEXT },
  { "company_domain", N_("Company Domain"), KIND_TEXT },
  { "campaign", N_("Campaign"), KIND_CAMPAIGN },
  { "list_id", N_("Lead List"), KIND_LIST },
  { "enrichment_status", N_("Enrichment"), KIND_ENRICHMENT },
  { "esp_code", N_("Email Provider"), KIND_ESP },
  { "esg_code", N_("Email Security Gateway"), KIND_ESG },
  { "is_website_visitor", N_("Website Visitor"), KIND_BOOL },
  { "upload_method", N_("Added Through"), KIND_UPLOAD },
  { "uploaded_by_user", N_("Added By"), KIND_MEMBER },
  { "timestamp_created", N_("Created"), KIND_TIME },
  { "timestamp_updated", N_("Last Updated"), KIND_TIME },
  { "organization", N_("Workspace ID"), KIND_TEXT },
  { "id", N_("Lead ID"), KIND_TEXT },
};

typedef enum
{
  VAR_TEXT,
  VAR_NUMBER,
  VAR_BOOLEAN,
} VarKind;

struct _DeckLeadDetails
{
  AdwDialog          parent_instance;

  DeckWorkspace     *workspace;
  DeckLeadSet       *lead_set;
  DeckLead          *lead;
  GCancellable      *cancellable;
  DeckPager         *members_pager;
  DeckPager         *subsequences_pager;
  gboolean           saving;
  guint              n_loading;
  gboolean           filling;

  GArray            *interest_values;
  GPtrArray         *member_ids;      /* parallel to the owner row after "Nobody" */
  GPtrArray         *subsequence_ids; /* parallel to the subsequence row after "None" */

  AdwWindowTitle    *title;
  GtkButton         *save_button;
  AdwEntryRow       *rows[G_N_ELEMENTS (editable)];
  AdwComboRow       *interest_row;
  AdwComboRow       *owner_row;
  AdwComboRow       *subsequence_row;
  AdwPreferencesGroup *variables_group;
  GPtrArray         *variable_rows;   /* AdwEntryRow, each with "deck-name", "deck-kind" */
  GHashTable        *removed;         /* names of variables removed in the form */
  AdwActionRow      *activity_rows[G_N_ELEMENTS (activity_info)];
  AdwActionRow      *record_rows[G_N_ELEMENTS (record_info)];
  GtkLabel          *problem_label;
};

G_DEFINE_FINAL_TYPE (DeckLeadDetails, deck_lead_details, ADW_TYPE_DIALOG)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_form_state (DeckLeadDetails *self);

static void
emit_toast (DeckLeadDetails *self,
            const char      *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  g_signal_emit (self, signals[TOAST], 0, toast);
  g_object_unref (g_object_ref_sink (toast));
}

/* ------------------------------------------------------------------ words */

static gint64
node_int (JsonNode *node,
          gboolean *ok)
{
  *ok = FALSE;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;

  *ok = TRUE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return json_node_get_int (node);
    case G_TYPE_DOUBLE:
      return (gint64) json_node_get_double (node);
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node);
    case G_TYPE_STRING:
      return g_ascii_strtoll (json_node_get_string (node), NULL, 10);
    default:
      *ok = FALSE;
      return 0;
    }
}

static char *
words_for_code (Kind   kind,
                gint64 code)
{
  switch (kind)
    {
    case KIND_ENRICHMENT:
      switch (code)
        {
        case 1: return g_strdup (_("Enriched"));
        case 11: return g_strdup (_("Enrichment pending"));
        case -1: return g_strdup (_("No enrichment data found"));
        case -2: return g_strdup (_("Enrichment failed"));
        default: break;
        }
      break;

    case KIND_ESP:
      switch (code)
        {
        case 0: return g_strdup (_("Not checked yet"));
        case 1: return g_strdup (_("Google"));
        case 2: return g_strdup (_("Microsoft"));
        case 3: return g_strdup (_("Zoho"));
        case 8: return g_strdup (_("AirMail"));
        case 9: return g_strdup (_("Yahoo"));
        case 10: return g_strdup (_("Yandex"));
        case 12: return g_strdup (_("Web.de"));
        case 13: return g_strdup (_("Libero.it"));
        case 999: return g_strdup (_("Other"));
        case 1000: return g_strdup (_("Not found"));
        default: break;
        }
      break;

    case KIND_ESG:
      switch (code)
        {
        case 0: return g_strdup (_("None"));
        case 1: return g_strdup (_("Barracuda"));
        case 2: return g_strdup (_("Mimecast"));
        case 3: return g_strdup (_("Proofpoint"));
        case 4: return g_strdup (_("Cisco"));
        default: break;
        }
      break;

    case KIND_TEXT:
    case KIND_TIME:
    case KIND_COUNT:
    case KIND_STATUS:
    case KIND_VERIFICATION:
    case KIND_CAMPAIGN:
    case KIND_LIST:
    case KIND_BOOL:
    case KIND_MEMBER:
    case KIND_UPLOAD:
    case KIND_SUMMARY:
    default:
      break;
    }

  /* Translators: a code this version does not know; %d is the number */
  return g_strdup_printf (_("Unknown (%d)"), (int) code);
}

static char *
summary_words (JsonNode *node)
{
  JsonObject *object;
  JsonObject *last;
  g_autoptr(GString) text = g_string_new (NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  last = json_object_has_member (object, "lastStep") &&
         JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "lastStep"))
         ? json_object_get_object_member (object, "lastStep") : NULL;
  if (last != NULL)
    {
      const char *step = json_object_get_string_member_with_default (last, "stepID", NULL);
      const char *from = json_object_get_string_member_with_default (last, "from", NULL);

      if (step != NULL)
        /* Translators: %s is a sequence step's id such as "0_1_0" */
        g_string_append_printf (text, _("Last step %s"), step);
      if (from != NULL)
        /* Translators: %s is the account that sent the last step */
        g_string_append_printf (text, _(", sent from %s"), from);
    }
  if (json_object_get_boolean_member_with_default (object, "domain_complete", FALSE))
    g_string_append (text, text->len ? _(", domain complete") : _("Domain complete"));

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
dup_member_name (DeckLeadDetails *self,
                 const char      *user_id)
{
  if (self->members_pager != NULL)
    {
      GListModel *members = deck_pager_get_model (self->members_pager);

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(DeckWorkspaceMember) member = g_list_model_get_item (members, i);

          if (g_strcmp0 (deck_workspace_member_get_user_id (member), user_id) == 0 ||
              g_strcmp0 (deck_workspace_member_get_id (member), user_id) == 0)
            return deck_workspace_member_dup_display_name (member);
        }
    }

  return g_strdup (user_id);
}

static char *
info_words (DeckLeadDetails *self,
            JsonObject      *json,
            const Info      *info)
{
  JsonNode *node = json_object_get_member (json, info->field);
  gboolean ok = FALSE;
  gint64 number;

  if (info->kind == KIND_SUMMARY)
    return summary_words (node);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  switch (info->kind)
    {
    case KIND_TEXT:
    case KIND_UPLOAD:
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          if (info->kind == KIND_UPLOAD)
            {
              if (g_strcmp0 (text, "manual") == 0)
                return g_strdup (_("Added by hand"));
              if (g_strcmp0 (text, "api") == 0)
                return g_strdup (_("Added through the API"));
              if (g_strcmp0 (text, "website-visitor") == 0)
                return g_strdup (_("Website visitor"));
            }
          return *text ? g_strdup (text) : NULL;
        }
      number = node_int (node, &ok);
      return ok ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : NULL;

    case KIND_TIME:
      {
        const char *text = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
        g_autoptr(GDateTime) time = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

        if (time == NULL)
          return text ? g_strdup (text) : NULL;
        return deck_lead_util_format_date (g_date_time_to_unix_usec (time) / 1000, TRUE);
      }

    case KIND_COUNT:
      number = node_int (node, &ok);
      return ok ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : NULL;

    case KIND_STATUS:
      number = node_int (node, &ok);
      return ok ? deck_lead_status_to_string ((int) number) : NULL;

    case KIND_VERIFICATION:
      number = node_int (node, &ok);
      return ok ? deck_lead_verification_to_string ((int) number) : NULL;

    case KIND_ENRICHMENT:
    case KIND_ESP:
    case KIND_ESG:
      number = node_int (node, &ok);
      return ok ? words_for_code (info->kind, number) : NULL;

    case KIND_BOOL:
      number = node_int (node, &ok);
      return ok ? g_strdup (number ? _("Yes") : _("No")) : NULL;

    case KIND_CAMPAIGN:
      {
        const char *id = json_node_get_string (node);
        DeckCampaign *campaign = id ? deck_workspace_lookup_campaign (self->workspace, id) : NULL;

        return g_strdup (campaign ? deck_campaign_get_name (campaign) : id);
      }

    case KIND_LIST:
      {
        const char *id = json_node_get_string (node);
        DeckLeadList *list = id ? deck_workspace_lookup_lead_list (self->workspace, id) : NULL;

        return g_strdup (list ? deck_lead_list_get_name (list) : id);
      }

    case KIND_MEMBER:
      return dup_member_name (self, json_node_get_string (node));

    case KIND_SUMMARY:
    default:
      return NULL;
    }
}

static void
show_info (DeckLeadDetails *self,
           JsonObject      *json,
           const Info      *infos,
           AdwActionRow   **rows,
           guint            n_infos)
{
  for (guint i = 0; i < n_infos; i++)
    {
      g_autofree char *words = info_words (self, json, &infos[i]);

      adw_action_row_set_subtitle (rows[i], words ? words : C_("value", "—"));
    }
}

/* ------------------------------------------------------------------ custom variables */

static const char *
variable_row_name (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "deck-name");
}

static VarKind
variable_row_kind (GtkWidget *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "deck-kind"));
}

/* The JSON value a row's text stands for; NULL with @problem set when it cannot. */
static JsonNode *
variable_row_value (GtkWidget  *row,
                    char      **problem)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  const char *name = variable_row_name (row);
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  switch (variable_row_kind (row))
    {
    case VAR_NUMBER:
      {
        char *end = NULL;
        double value;

        if (*text == '\0')
          {
            json_node_init_null (node);
            return node;
          }
        value = g_ascii_strtod (text, &end);
        if (end == NULL || *end != '\0' || !isfinite (value))
          {
            /* Translators: %s is a custom variable's name */
            *problem = g_strdup_printf (_("“%s” must be a number, such as 42 or 3.5."), name);
            json_node_unref (node);
            return NULL;
          }
        if (value == floor (value) && fabs (value) < 9e15)
          json_node_set_int (node, (gint64) value);
        else
          json_node_set_double (node, value);
        return node;
      }

    case VAR_BOOLEAN:
      if (g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "yes") == 0)
        json_node_set_boolean (node, TRUE);
      else if (g_ascii_strcasecmp (text, "false") == 0 || g_ascii_strcasecmp (text, "no") == 0)
        json_node_set_boolean (node, FALSE);
      else if (*text == '\0')
        json_node_init_null (node);
      else
        {
          /* Translators: %s is a custom variable's name */
          *problem = g_strdup_printf (_("“%s” must be yes or no."), name);
          json_node_unref (node);
          return NULL;
        }
      return node;

    case VAR_TEXT:
    default:
      json_node_set_string (node, text);
      return node;
    }
}

static void
on_remove_variable (DeckLeadDetails *self,
                    GtkButton       *button)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "deck-row");

  g_hash_table_add (self->removed, g_strdup (variable_row_name (row)));
  g_ptr_array_remove (self->variable_rows, row);
  adw_preferences_group_remove (self->variables_group, row);
  update_form_state (self);
}

static GtkWidget *
add_variable_row (DeckLeadDetails *self,
                  const char      *name,
                  VarKind          kind,
                  const char      *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_object_set_data_full (G_OBJECT (row), "deck-name", g_strdup (name), g_free);
  g_object_set_data (G_OBJECT (row), "deck-kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (row), "deck-original", g_strdup (text ? text : ""), g_free);
  if (kind == VAR_NUMBER)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);

  /* Translators: %s is a custom variable's name */
  tooltip = g_strdup_printf (_("Remove “%s”"), name);
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "deck-row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_variable), self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_signal_connect_object (row, "changed", G_CALLBACK (update_form_state), self, G_CONNECT_SWAPPED);

  g_hash_table_remove (self->removed, name);
  g_ptr_array_add (self->variable_rows, row);
  adw_preferences_group_add (self->variables_group, row);

  return row;
}

static GtkWidget *
find_variable_row (DeckLeadDetails *self,
                   const char      *name)
{
  for (guint i = 0; i < self->variable_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->variable_rows, i);

      if (g_strcmp0 (variable_row_name (row), name) == 0)
        return row;
    }
  return NULL;
}

static gboolean
variable_name_valid (const char *name)
{
  /* Merge tags are {{name}}: keep names to letters, digits and underscores. */
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
variable_name_reserved (const char *name)
{
  static const char * const reserved[] = {
    "email", "firstName", "lastName", "companyName", "jobTitle", "website", "phone",
    "personalization", "first_name", "last_name", "company_name", "job_title",
  };

  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    if (g_ascii_strcasecmp (reserved[i], name) == 0)
      return TRUE;
  return FALSE;
}

void
deck_lead_details_set_custom_variable (DeckLeadDetails *self,
                                       const char      *name,
                                       const char      *text)
{
  GtkWidget *row;

  g_return_if_fail (DECK_IS_LEAD_DETAILS (self));
  g_return_if_fail (name != NULL);

  row = find_variable_row (self, name);
  if (row == NULL)
    add_variable_row (self, name, VAR_TEXT, NULL);
  row = find_variable_row (self, name);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  update_form_state (self);
}

static void
on_new_variable_response (DeckLeadDetails *self,
                          const char      *response,
                          AdwAlertDialog  *dialog)
{
  GtkEditable *name_row = g_object_get_data (G_OBJECT (dialog), "deck-name");
  AdwComboRow *kind_row = g_object_get_data (G_OBJECT (dialog), "deck-kind");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));
  GtkWidget *row;

  if (g_strcmp0 (response, "add") != 0)
    return;

  row = add_variable_row (self, name, (VarKind) adw_combo_row_get_selected (kind_row), NULL);
  /* A new variable counts as a change even while empty. */
  g_object_set_data_full (G_OBJECT (row), "deck-original", NULL, NULL);
  update_form_state (self);
  gtk_widget_grab_focus (row);
}

static void
on_new_variable_name_changed (AdwAlertDialog *dialog,
                              GtkEditable    *name_row)
{
  DeckLeadDetails *self = g_object_get_data (G_OBJECT (dialog), "deck-details");
  GtkLabel *hint = g_object_get_data (G_OBJECT (dialog), "deck-hint");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));
  const char *problem = NULL;

  if (*name == '\0')
    problem = "";
  else if (!variable_name_valid (name))
    problem = _("Use only letters, digits and underscores.");
  else if (variable_name_reserved (name))
    problem = _("This name belongs to a standard lead field.");
  else if (find_variable_row (self, name) != NULL)
    problem = _("The lead has a variable with this name already.");

  gtk_label_set_label (hint, problem ? problem : "");
  adw_alert_dialog_set_response_enabled (dialog, "add", problem == NULL);
}

static void
ask_new_variable (DeckLeadDetails *self)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("New Custom Variable"),
                                            _("Campaign emails can use it as {{name}}. Adding it to one lead adds it to every lead of the campaign."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list_box = gtk_list_box_new ();
  GtkWidget *name_row = adw_entry_row_new ();
  GtkWidget *kind_row = adw_combo_row_new ();
  GtkWidget *hint = gtk_label_new (NULL);
  const char * const kinds[] = { _("Text"), _("Number"), _("Yes or No"), NULL };

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (name_row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Kind of Value"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (gtk_string_list_new (kinds)));
  gtk_list_box_append (GTK_LIST_BOX (list_box), name_row);
  gtk_list_box_append (GTK_LIST_BOX (list_box), kind_row);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "error");
  gtk_box_append (GTK_BOX (box), list_box);
  gtk_box_append (GTK_BOX (box), hint);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), box);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "add", _("_Add"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (dialog), "add", FALSE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "add");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "deck-details", self);
  g_object_set_data (G_OBJECT (dialog), "deck-name", name_row);
  g_object_set_data (G_OBJECT (dialog), "deck-kind", kind_row);
  g_object_set_data (G_OBJECT (dialog), "deck-hint", hint);
  g_signal_connect_object (name_row, "changed", G_CALLBACK (on_new_variable_name_changed), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_variable_response), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (name_row);
}

/* ------------------------------------------------------------------ the form */

static const char *
lead_field (DeckLead   *lead,
            const char *field)
{
  if (g_str_equal (field, "first_name"))
    return deck_lead_get_first_name (lead);
  if (g_str_equal (field, "last_name"))
    return deck_lead_get_last_name (lead);
  if (g_str_equal (field, "company_name"))
    return deck_lead_get_company_name (lead);
  if (g_str_equal (field, "job_title"))
    return deck_lead_get_job_title (lead);
  if (g_str_equal (field, "phone"))
    return deck_lead_get_phone (lead);
  if (g_str_equal (field, "website"))
    return deck_lead_get_website (lead);
  if (g_str_equal (field, "personalization"))
    return deck_lead_get_personalization (lead);
  if (g_str_equal (field, "pl_value_lead"))
    return deck_lead_get_pl_value_lead (lead);
  return NULL;
}

static guint
interest_position (DeckLeadDetails *self,
                   int              interest)
{
  for (guint i = 0; i < self->interest_values->len; i++)
    if (g_array_index (self->interest_values, int, i) == interest)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
fill_interest (DeckLeadDetails *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int current = deck_lead_get_lt_interest_status (self->lead);

  g_clear_pointer (&self->interest_values, g_array_unref);
  self->interest_values = deck_lead_util_dup_interest_values (self->workspace);
  /* A status this version does not know stays choosable. */
  if (interest_position (self, current) == GTK_INVALID_LIST_POSITION)
    g_array_append_val (self->interest_values, current);

  for (guint i = 0; i < self->interest_values->len; i++)
    {
      g_autofree char *name = deck_lead_util_dup_interest_name (self->workspace,
                                                                g_array_index (self->interest_values, int, i));

      gtk_string_list_append (labels, name);
    }
  adw_combo_row_set_model (self->interest_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->interest_row, interest_position (self, current));
}

static void
fill_owner (DeckLeadDetails *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *assigned = deck_lead_get_assigned_to (self->lead);
  guint selected = 0;

  g_ptr_array_set_size (self->member_ids, 0);
  gtk_string_list_append (labels, _("Nobody"));
  if (self->members_pager != NULL)
    {
      GListModel *members = deck_pager_get_model (self->members_pager);

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(DeckWorkspaceMember) member = g_list_model_get_item (members, i);
          const char *user_id = deck_workspace_member_get_user_id (member);
          g_autofree char *name = deck_workspace_member_dup_display_name (member);

          if (user_id == NULL)
            user_id = deck_workspace_member_get_id (member);
          if (user_id == NULL)
            continue;
          g_ptr_array_add (self->member_ids, g_strdup (user_id));
          gtk_string_list_append (labels, name);
          if (g_strcmp0 (assigned, user_id) == 0)
            selected = self->member_ids->len;
        }
    }
  if (assigned != NULL && selected == 0)
    {
      /* Someone the member list does not show (yet). */
      g_ptr_array_add (self->member_ids, g_strdup (assigned));
      gtk_string_list_append (labels, assigned);
      selected = self->member_ids->len;
    }

  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->owner_row, selected);
}

static void
fill_subsequences (DeckLeadDetails *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = deck_lead_get_subsequence_id (self->lead);
  guint selected = 0;

  g_ptr_array_set_size (self->subsequence_ids, 0);
  gtk_string_list_append (labels, _("None"));
  if (self->subsequences_pager != NULL)
    {
      GListModel *subsequences = deck_pager_get_model (self->subsequences_pager);

      for (guint i = 0; i < g_list_model_get_n_items (subsequences); i++)
        {
          g_autoptr(DeckSubsequence) subsequence = g_list_model_get_item (subsequences, i);

          g_ptr_array_add (self->subsequence_ids, g_strdup (deck_subsequence_get_id (subsequence)));
          gtk_string_list_append (labels, deck_subsequence_get_name (subsequence));
          if (g_strcmp0 (current, deck_subsequence_get_id (subsequence)) == 0)
            selected = self->subsequence_ids->len;
        }
    }
  if (current != NULL && selected == 0)
    {
      g_ptr_array_add (self->subsequence_ids, g_strdup (current));
      gtk_string_list_append (labels, current);
      selected = self->subsequence_ids->len;
    }

  adw_combo_row_set_model (self->subsequence_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->subsequence_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->subsequence_row), deck_lead_get_campaign (self->lead) != NULL);
}

static void
fill_variables (DeckLeadDetails *self)
{
  g_auto(GStrv) names = deck_lead_dup_custom_variable_names (self->lead);

  for (guint i = 0; i < self->variable_rows->len; i++)
    adw_preferences_group_remove (self->variables_group, g_ptr_array_index (self->variable_rows, i));
  g_ptr_array_set_size (self->variable_rows, 0);
  g_hash_table_remove_all (self->removed);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(JsonNode) value = deck_lead_dup_custom_variable (self->lead, names[i]);
      g_autofree char *text = deck_lead_dup_custom_variable_text (self->lead, names[i]);
      VarKind kind = VAR_TEXT;

      if (value != NULL && JSON_NODE_HOLDS_VALUE (value))
        {
          GType type = json_node_get_value_type (value);

          if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
            kind = VAR_NUMBER;
          else if (type == G_TYPE_BOOLEAN)
            kind = VAR_BOOLEAN;
        }
      add_variable_row (self, names[i], kind, text);
    }
}

/* Puts the lead as it now is into the form. */
static void
fill_form (DeckLeadDetails *self)
{
  g_autoptr(JsonObject) json = deck_lead_dup_json (self->lead);
  g_autofree char *label = deck_lead_util_dup_label (self->lead);
  g_autofree char *name = deck_lead_util_dup_name (self->lead);

  self->filling = TRUE;

  adw_window_title_set_title (self->title, label);
  adw_window_title_set_subtitle (self->title, g_strcmp0 (name, label) != 0 ? name : NULL);

  for (guint i = 0; i < G_N_ELEMENTS (editable); i++)
    {
      const char *value = lead_field (self->lead, editable[i].field);

      gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value ? value : "");
    }
  fill_interest (self);
  fill_owner (self);
  fill_subsequences (self);
  fill_variables (self);
  show_info (self, json, activity_info, self->activity_rows, G_N_ELEMENTS (activity_info));
  show_info (self, json, record_info, self->record_rows, G_N_ELEMENTS (record_info));

  self->filling = FALSE;
  update_form_state (self);
}

static const char *
selected_subsequence (DeckLeadDetails *self)
{
  guint position = adw_combo_row_get_selected (self->subsequence_row);

  if (position == 0 || position > self->subsequence_ids->len)
    return NULL;
  return g_ptr_array_index (self->subsequence_ids, position - 1);
}

static gboolean
subsequence_changed (DeckLeadDetails *self)
{
  return g_strcmp0 (selected_subsequence (self), deck_lead_get_subsequence_id (self->lead)) != 0;
}

char *
deck_lead_details_dup_problem (DeckLeadDetails *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_DETAILS (self), NULL);

  for (guint i = 0; i < self->variable_rows->len; i++)
    {
      char *problem = NULL;
      g_autoptr(JsonNode) value = variable_row_value (g_ptr_array_index (self->variable_rows, i), &problem);

      if (value == NULL)
        return problem;
    }

  return NULL;
}

static gboolean
variables_changed (DeckLeadDetails *self)
{
  if (g_hash_table_size (self->removed) > 0)
    return TRUE;

  for (guint i = 0; i < self->variable_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->variable_rows, i);
      const char *original = g_object_get_data (G_OBJECT (row), "deck-original");
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      if (original == NULL || g_strcmp0 (original, text) != 0)
        return TRUE;
    }
  return FALSE;
}

JsonObject *
deck_lead_details_dup_changes (DeckLeadDetails *self)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  guint interest_at;
  guint owner_at;

  g_return_val_if_fail (DECK_IS_LEAD_DETAILS (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (editable); i++)
    {
      const char *old = lead_field (self->lead, editable[i].field);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[i]))));

      if (g_strcmp0 (old ? old : "", text) == 0)
        continue;
      if (*text == '\0')
        json_object_set_null_member (changes, editable[i].field);
      else
        json_object_set_string_member (changes, editable[i].field, text);
    }

  interest_at = adw_combo_row_get_selected (self->interest_row);
  if (interest_at < self->interest_values->len)
    {
      int interest = g_array_index (self->interest_values, int, interest_at);

      if (interest != deck_lead_get_lt_interest_status (self->lead))
        {
          if (interest == DECK_LEAD_INTEREST_NONE)
            json_object_set_null_member (changes, "lt_interest_status");
          else
            json_object_set_int_member (changes, "lt_interest_status", interest);
        }
    }

  owner_at = adw_combo_row_get_selected (self->owner_row);
  if (owner_at != GTK_INVALID_LIST_POSITION)
    {
      const char *owner = owner_at == 0 || owner_at > self->member_ids->len
                          ? NULL : g_ptr_array_index (self->member_ids, owner_at - 1);

      if (g_strcmp0 (owner, deck_lead_get_assigned_to (self->lead)) != 0)
        {
          if (owner == NULL)
            json_object_set_null_member (changes, "assigned_to");
          else
            json_object_set_string_member (changes, "assigned_to", owner);
        }
    }

  /* The whole set, so a removed variable is gone too. */
  if (variables_changed (self))
    {
      JsonObject *variables = json_object_new ();

      for (guint i = 0; i < self->variable_rows->len; i++)
        {
          GtkWidget *row = g_ptr_array_index (self->variable_rows, i);
          g_autofree char *problem = NULL;
          JsonNode *value = variable_row_value (row, &problem);

          if (value == NULL)
            {
              json_object_unref (variables);
              return NULL;
            }
          json_object_set_member (variables, variable_row_name (row), value);
        }
      json_object_set_object_member (changes, "custom_variables", variables);
    }

  if (json_object_get_size (changes) == 0)
    return NULL;

  return g_steal_pointer (&changes);
}

static void
update_form_state (DeckLeadDetails *self)
{
  g_autofree char *problem = NULL;
  g_autoptr(JsonObject) changes = NULL;

  if (self->filling || self->lead == NULL)
    return;

  problem = deck_lead_details_dup_problem (self);
  changes = problem ? NULL : deck_lead_details_dup_changes (self);

  gtk_label_set_label (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            !self->saving && problem == NULL && (changes != NULL || subsequence_changed (self)));
}

void
deck_lead_details_set_field (DeckLeadDetails *self,
                             const char      *field,
                             const char      *value)
{
  g_return_if_fail (DECK_IS_LEAD_DETAILS (self));

  for (guint i = 0; i < G_N_ELEMENTS (editable); i++)
    if (g_strcmp0 (editable[i].field, field) == 0)
      gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value ? value : "");
}

void
deck_lead_details_set_interest (DeckLeadDetails *self,
                                int              interest)
{
  guint position;

  g_return_if_fail (DECK_IS_LEAD_DETAILS (self));

  position = interest_position (self, interest);
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->interest_row, position);
}

/* ------------------------------------------------------------------ saving */

static void
apply_fresh (DeckLeadDetails *self,
             DeckLead        *fresh)
{
  DeckLead *in_set = self->lead_set ? deck_lead_set_update_lead (self->lead_set, fresh) : NULL;

  /* The dialog follows the object the table shows. */
  if (in_set == NULL)
    deck_lead_update_from_lead (self->lead, fresh);
}

static void
save_done (DeckLeadDetails *self,
           const GError    *error)
{
  self->saving = FALSE;

  if (error != NULL)
    {
      g_autofree char *reason = deck_api_error_describe (error);
      /* Translators: %s says why */
      g_autofree char *text = g_strdup_printf (_("Could not save the lead: %s"), reason);

      gtk_label_set_label (self->problem_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      emit_toast (self, text);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
      return;
    }

  fill_form (self);
  {
    g_autofree char *label = deck_lead_util_dup_label (self->lead);
    /* Translators: %s is a lead's email or name */
    g_autofree char *text = g_strdup_printf (_("Lead %s saved"), label);

    emit_toast (self, text);
  }
}

static void
subsequence_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DeckLeadDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) fresh = NULL;

  fresh = deck_client_set_lead_subsequence_finish (DECK_CLIENT (source), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (fresh != NULL)
    apply_fresh (self, fresh);
  save_done (self, error);
}

static void
set_subsequence (DeckLeadDetails *self)
{
  deck_client_set_lead_subsequence_async (deck_workspace_get_client (self->workspace),
                                          deck_lead_get_id (self->lead),
                                          selected_subsequence (self),
                                          self->cancellable, subsequence_cb, g_object_ref (self));
}

static void
patch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DeckLeadDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeckLead) fresh = NULL;
  gboolean move = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "deck-move-subsequence"));

  fresh = deck_client_patch_lead_finish (DECK_CLIENT (source), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (fresh == NULL)
    {
      save_done (self, error);
      return;
    }

  apply_fresh (self, fresh);
  if (move)
    set_subsequence (self);
  else
    save_done (self, NULL);
}

void
deck_lead_details_save (DeckLeadDetails *self)
{
  g_autoptr(JsonObject) changes = NULL;
  g_autofree char *problem = NULL;
  gboolean move;

  g_return_if_fail (DECK_IS_LEAD_DETAILS (self));

  if (self->saving)
    return;

  problem = deck_lead_details_dup_problem (self);
  if (problem != NULL)
    {
      update_form_state (self);
      return;
    }

  changes = deck_lead_details_dup_changes (self);
  move = subsequence_changed (self);
  if (changes == NULL && !move)
    return;

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);

  if (changes != NULL)
    {
      g_object_set_data (G_OBJECT (self), "deck-move-subsequence", GINT_TO_POINTER (move));
      deck_client_patch_lead_async (deck_workspace_get_client (self->workspace),
                                    deck_lead_get_id (self->lead), changes,
                                    self->cancellable, patch_cb, g_object_ref (self));
    }
  else
    set_subsequence (self);
}

gboolean
deck_lead_details_get_busy (DeckLeadDetails *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_DETAILS (self), FALSE);

  return self->saving || self->n_loading > 0;
}

/* ------------------------------------------------------------------ loading */

static void
pager_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(DeckLeadDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!deck_pager_load_finish (DECK_PAGER (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Loading a menu of the lead details failed: %s", error->message);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->n_loading--;
  /* Keep what the person chose while the menu loaded. */
  if (source == G_OBJECT (self->members_pager))
    {
      guint owner_at = adw_combo_row_get_selected (self->owner_row);
      g_autofree char *chosen = owner_at > 0 && owner_at <= self->member_ids->len
                                ? g_strdup (g_ptr_array_index (self->member_ids, owner_at - 1)) : NULL;

      self->filling = TRUE;
      fill_owner (self);
      for (guint i = 0; chosen != NULL && i < self->member_ids->len; i++)
        if (g_str_equal (g_ptr_array_index (self->member_ids, i), chosen))
          adw_combo_row_set_selected (self->owner_row, i + 1);
      {
        g_autoptr(JsonObject) json = deck_lead_dup_json (self->lead);

        /* "Added by" names a member now. */
        show_info (self, json, record_info, self->record_rows, G_N_ELEMENTS (record_info));
      }
      self->filling = FALSE;
    }
  else
    {
      self->filling = TRUE;
      fill_subsequences (self);
      self->filling = FALSE;
    }
  update_form_state (self);
}

/* ------------------------------------------------------------------ GObject */

DeckLead *
deck_lead_details_get_lead (DeckLeadDetails *self)
{
  g_return_val_if_fail (DECK_IS_LEAD_DETAILS (self), NULL);

  return self->lead;
}

static void
on_lead_notify (DeckLeadDetails *self)
{
  /* A refresh from elsewhere shows through, unless the person is editing. */
  if (!self->saving && !gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    fill_form (self);
}

static void
deck_lead_details_dispose (GObject *object)
{
  DeckLeadDetails *self = DECK_LEAD_DETAILS (object);

  g_cancellable_cancel (self->cancellable);
  if (self->lead != NULL)
    g_signal_handlers_disconnect_by_data (self->lead, self);
  g_clear_object (&self->members_pager);
  g_clear_object (&self->subsequences_pager);
  g_clear_object (&self->lead);
  g_clear_object (&self->lead_set);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (deck_lead_details_parent_class)->dispose (object);
}

static void
deck_lead_details_finalize (GObject *object)
{
  DeckLeadDetails *self = DECK_LEAD_DETAILS (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->interest_values, g_array_unref);
  g_clear_pointer (&self->member_ids, g_ptr_array_unref);
  g_clear_pointer (&self->subsequence_ids, g_ptr_array_unref);
  g_clear_pointer (&self->variable_rows, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_hash_table_unref);

  G_OBJECT_CLASS (deck_lead_details_parent_class)->finalize (object);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  deck_lead_details_save (DECK_LEAD_DETAILS (widget));
}

static void
deck_lead_details_class_init (DeckLeadDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = deck_lead_details_dispose;
  object_class->finalize = deck_lead_details_finalize;

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_install_action (widget_class, "lead.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "lead.save", NULL);
}

static AdwActionRow *
add_info_row (AdwPreferencesGroup *group,
              const char          *title)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_selectable (row, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row), "property");
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

static void
deck_lead_details_init (DeckLeadDetails *self)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *contact = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *crm = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *activity = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *record = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add_variable = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();

  self->cancellable = g_cancellable_new ();
  /* A closed dialog gets no late answers. */
  g_signal_connect_swapped (self, "closed", G_CALLBACK (g_cancellable_cancel), self->cancellable);
  self->member_ids = g_ptr_array_new_with_free_func (g_free);
  self->subsequence_ids = g_ptr_array_new_with_free_func (g_free);
  self->variable_rows = g_ptr_array_new ();
  self->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 720);
  adw_dialog_set_title (ADW_DIALOG (self), _("Lead Details"));

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Lead Details"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "lead.save");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), _("Save the Changes (Ctrl+S)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->save_button));

  adw_preferences_group_set_title (contact, _("Contact"));
  for (guint i = 0; i < G_N_ELEMENTS (editable); i++)
    {
      self->rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), _(editable[i].title));
      adw_entry_row_set_activates_default (self->rows[i], TRUE);
      g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (update_form_state), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (contact, GTK_WIDGET (self->rows[i]));
    }

  adw_preferences_group_set_title (crm, _("Follow-Up"));
  self->interest_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->interest_row), _("Interest Status"));
  adw_combo_row_set_enable_search (self->interest_row, TRUE);
  self->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Assigned To"));
  adw_combo_row_set_enable_search (self->owner_row, TRUE);
  self->subsequence_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->subsequence_row), _("Subsequence"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->subsequence_row),
                               _("Moves the lead into a subsequence of its campaign, or out of it."));
  g_signal_connect_object (self->interest_row, "notify::selected", G_CALLBACK (update_form_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->owner_row, "notify::selected", G_CALLBACK (update_form_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subsequence_row, "notify::selected", G_CALLBACK (update_form_state), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (crm, GTK_WIDGET (self->interest_row));
  adw_preferences_group_add (crm, GTK_WIDGET (self->owner_row));
  adw_preferences_group_add (crm, GTK_WIDGET (self->subsequence_row));

  self->variables_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->variables_group, _("Custom Variables"));
  adw_preferences_group_set_description (self->variables_group,
                                         _("Text, numbers, or yes and no. Campaign emails use them as {{name}}."));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("_Add"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add_variable), add_content);
  gtk_widget_set_tooltip_text (add_variable, _("Add a Custom Variable"));
  gtk_widget_add_css_class (add_variable, "flat");
  gtk_widget_set_valign (add_variable, GTK_ALIGN_CENTER);
  g_signal_connect_object (add_variable, "clicked", G_CALLBACK (ask_new_variable), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (self->variables_group, add_variable);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0.0f);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");

  adw_preferences_group_set_title (activity, _("Activity"));
  for (guint i = 0; i < G_N_ELEMENTS (activity_info); i++)
    self->activity_rows[i] = add_info_row (activity, _(activity_info[i].title));
  adw_preferences_group_set_title (record, _("Record"));
  for (guint i = 0; i < G_N_ELEMENTS (record_info); i++)
    self->record_rows[i] = add_info_row (record, _(record_info[i].title));

  {
    AdwPreferencesGroup *problems = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

    adw_preferences_group_add (problems, GTK_WIDGET (self->problem_label));
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), problems);
  }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), contact);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), crm);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->variables_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), activity);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), record);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
}

AdwDialog *
deck_lead_details_new (DeckWorkspace *workspace,
                       DeckLeadSet   *lead_set,
                       DeckLead      *lead)
{
  DeckLeadDetails *self;
  DeckClient *client;

  g_return_val_if_fail (DECK_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (lead_set == NULL || DECK_IS_LEAD_SET (lead_set), NULL);
  g_return_val_if_fail (DECK_IS_LEAD (lead), NULL);

  self = g_object_new (DECK_TYPE_LEAD_DETAILS, NULL);
  self->workspace = g_object_ref (workspace);
  self->lead_set = lead_set ? g_object_ref (lead_set) : NULL;
  self->lead = g_object_ref (lead);
  client = deck_workspace_get_client (workspace);

  fill_form (self);
  g_signal_connect_object (lead, "notify", G_CALLBACK (on_lead_notify), self, G_CONNECT_SWAPPED);

  /* The owner and subsequence menus fill in as they arrive. */
  self->members_pager = deck_client_list_workspace_members (client, NULL);
  self->n_loading++;
  deck_pager_load_async (self->members_pager, self->cancellable, pager_cb, g_object_ref (self));
  if (deck_lead_get_campaign (lead) != NULL)
    {
      self->subsequences_pager = deck_client_list_subsequences (client, deck_lead_get_campaign (lead), NULL);
      self->n_loading++;
      deck_pager_load_async (self->subsequences_pager, self->cancellable, pager_cb, g_object_ref (self));
    }

  return ADW_DIALOG (self);
}
