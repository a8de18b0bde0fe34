/* deck-mock-lead-schemas-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The request schemas of the Lead, Lead List, Lead Label and Block List Entry
 * operations, reduced from openapi.json to the keywords deck_mock_validate() knows
 * (generated with a short python3 script over the spec; regenerate rather than edit
 * by hand). The lead filter of /leads/list and /leads/move closes over the values
 * its x-enumDescriptions name. */

#define LIST_LEADS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"search\":{\"type\":\"string\"},\"filter\":{\"type\":\"stri" \
  "ng\",\"enum\":[\"FILTER_VAL_CONTACTED\",\"FILTER_VAL_NOT_CONTACTED\",\"FILTER_VAL_COMPLE" \
  "TED\",\"FILTER_VAL_UNSUBSCRIBED\",\"FILTER_VAL_ACTIVE\",\"FILTER_LEAD_INTERESTED\",\"FIL" \
  "TER_LEAD_NOT_INTERESTED\",\"FILTER_LEAD_MEETING_BOOKED\",\"FILTER_LEAD_MEETING_COMPL" \
  "ETED\",\"FILTER_LEAD_CLOSED\",\"FILTER_LEAD_OUT_OF_OFFICE\",\"FILTER_LEAD_WRONG_PERSON" \
  "\",\"FILTER_LEAD_LOST\",\"FILTER_LEAD_NO_SHOW\",\"FILTER_LEAD_CUSTOM_LABEL_POSITIVE\",\"" \
  "FILTER_LEAD_CUSTOM_LABEL_NEGATIVE\",\"FILTER_VAL_BOUNCED\",\"FILTER_VAL_SKIPPED\",\"FI" \
  "LTER_VAL_RISKY\",\"FILTER_VAL_INVALID\",\"FILTER_VAL_VALID\",\"FILTER_VAL_IN_SUBSEQUEN" \
  "CE\",\"FILTER_VAL_OPENED_NO_REPLY\",\"FILTER_VAL_COMPLETED_NO_REPLY\",\"FILTER_VAL_NO_" \
  "OPENS\",\"FILTER_VAL_REPLIED\",\"FILTER_VAL_LINK_CLICKED\"]},\"campaign\":{\"type\":\"stri" \
  "ng\"},\"list_id\":{\"type\":\"string\"},\"in_campaign\":{\"type\":\"boolean\"},\"in_list\":{\"ty" \
  "pe\":\"boolean\"},\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"queries\":{\"type" \
  "\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"actionType\",\"values\"],\"propertie" \
  "s\":{\"actionType\":{\"type\":\"string\",\"enum\":[\"reply\",\"email-open\",\"last-contacted\"," \
  "\"link-click\",\"lead-status\",\"lead-status-change\"]},\"values\":{\"type\":\"object\",\"pro" \
  "perties\":{\"occurrence-days\":{\"type\":\"number\"},\"occurrence-count\":{\"type\":\"object" \
  "\",\"properties\":{\"condition\":{\"type\":\"string\",\"enum\":[\"more\",\"less\",\"equal\"]},\"co" \
  "unt\":{\"type\":\"number\"}}},\"lead-status\":{\"type\":\"object\",\"properties\":{\"status\":{" \
  "\"type\":\"number\"},\"condition\":{\"type\":\"string\",\"enum\":[\"is\",\"is-not\"]}}}}}}}},\"ex" \
  "cluded_ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"contacts\":{\"type\":\"array" \
  "\",\"items\":{\"type\":\"string\",\"format\":\"email\"}},\"limit\":{\"type\":\"integer\",\"minimum" \
  "\":1,\"maximum\":100},\"starting_after\":{\"type\":\"string\"},\"organization_user_ids\":{\"" \
  "type\":\"array\",\"items\":{\"type\":\"string\"}},\"smart_view_id\":{\"type\":\"string\"},\"is_w" \
  "ebsite_visitor\":{\"type\":\"boolean\"},\"distinct_contacts\":{\"type\":\"boolean\"},\"enric" \
  "hment_status\":{\"type\":\"number\",\"enum\":[1,-1,11,-2]},\"esg_code\":{\"type\":\"string\"," \
  "\"enum\":[\"0\",\"1\",\"2\",\"3\",\"4\",\"all\",\"none\"]}}}"

#define CREATE_LEAD_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"campaign\":{\"type\":[\"string\",\"null\"]},\"email\":{\"t" \
  "ype\":[\"string\",\"null\"]},\"personalization\":{\"type\":[\"string\",\"null\"]},\"website\":{" \
  "\"type\":[\"string\",\"null\"]},\"last_name\":{\"type\":[\"string\",\"null\"]},\"first_name\":{\"" \
  "type\":[\"string\",\"null\"]},\"company_name\":{\"type\":[\"string\",\"null\"]},\"job_title\":{" \
  "\"type\":[\"string\",\"null\"]},\"phone\":{\"type\":[\"string\",\"null\"]},\"lt_interest_status" \
  "\":{\"type\":\"number\",\"enum\":[1,2,3,4,0,-1,-2,-3,-4]},\"pl_value_lead\":{\"type\":[\"str" \
  "ing\",\"null\"]},\"list_id\":{\"type\":[\"string\",\"null\"]},\"assigned_to\":{\"type\":[\"strin" \
  "g\",\"null\"]},\"skip_if_in_workspace\":{\"type\":\"boolean\"},\"skip_if_in_campaign\":{\"ty" \
  "pe\":\"boolean\"},\"skip_if_in_list\":{\"type\":\"boolean\"},\"blocklist_id\":{\"type\":\"stri" \
  "ng\"},\"verify_leads_for_lead_finder\":{\"type\":\"boolean\"},\"verify_leads_on_import\":" \
  "{\"type\":\"boolean\"},\"custom_variables\":{\"type\":\"object\",\"additionalProperties\":{\"" \
  "type\":[\"string\",\"number\",\"boolean\",\"null\"]}}},\"additionalProperties\":false}"

#define PATCH_LEAD_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"personalization\":{\"type\":[\"string\",\"null\"]},\"web" \
  "site\":{\"type\":[\"string\",\"null\"]},\"last_name\":{\"type\":[\"string\",\"null\"]},\"first_n" \
  "ame\":{\"type\":[\"string\",\"null\"]},\"company_name\":{\"type\":[\"string\",\"null\"]},\"job_t" \
  "itle\":{\"type\":[\"string\",\"null\"]},\"phone\":{\"type\":[\"string\",\"null\"]},\"lt_interest" \
  "_status\":{\"type\":\"number\",\"enum\":[1,2,3,4,0,-1,-2,-3,-4]},\"pl_value_lead\":{\"type" \
  "\":[\"string\",\"null\"]},\"assigned_to\":{\"type\":[\"string\",\"null\"]},\"custom_variables\"" \
  ":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"n" \
  "ull\"]}}},\"additionalProperties\":false,\"minProperties\":1}"

#define BULK_DELETE_LEADS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"campaign_id\":{\"type\":\"string\"},\"list_id\":{\"type\"" \
  ":\"string\"},\"status\":{\"type\":\"number\",\"enum\":[1,2,3,-1,-2,-3]},\"ids\":{\"type\":\"arr" \
  "ay\",\"items\":{\"type\":\"string\"}},\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":1" \
  "0000}}}"

#define MERGE_LEADS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"lead_id\":{\"type\":\"string\"},\"destination_lead_id\"" \
  ":{\"type\":\"string\"}},\"required\":[\"lead_id\",\"destination_lead_id\"]}"

#define UPDATE_INTEREST_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"lead_email\":{\"type\":\"string\"},\"interest_value\":{" \
  "\"type\":[\"number\",\"null\"]},\"campaign_id\":{\"type\":\"string\"},\"ai_interest_value\":{\"" \
  "type\":\"number\"},\"disable_auto_interest\":{\"type\":\"boolean\"},\"list_id\":{\"type\":\"st" \
  "ring\"}},\"required\":[\"lead_email\",\"interest_value\"]}"

#define SUBSEQUENCE_REMOVE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":[\"id\"]}"

#define SUBSEQUENCE_MOVE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"subsequence_id\":{\"type\":\"string\"},\"id\":{\"type\":\"" \
  "string\"}},\"required\":[\"id\",\"subsequence_id\"]}"

#define BULK_ASSIGN_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"search\":{\"type\":\"string\"},\"filter\":{\"type\":\"stri" \
  "ng\",\"enum\":[\"FILTER_VAL_CONTACTED\",\"FILTER_VAL_NOT_CONTACTED\",\"FILTER_VAL_COMPLE" \
  "TED\",\"FILTER_VAL_UNSUBSCRIBED\",\"FILTER_VAL_ACTIVE\",\"FILTER_LEAD_INTERESTED\",\"FIL" \
  "TER_LEAD_NOT_INTERESTED\",\"FILTER_LEAD_MEETING_BOOKED\",\"FILTER_LEAD_MEETING_COMPL" \
  "ETED\",\"FILTER_LEAD_CLOSED\",\"FILTER_LEAD_OUT_OF_OFFICE\",\"FILTER_LEAD_WRONG_PERSON" \
  "\",\"FILTER_LEAD_LOST\",\"FILTER_LEAD_NO_SHOW\",\"FILTER_LEAD_CUSTOM_LABEL_POSITIVE\",\"" \
  "FILTER_LEAD_CUSTOM_LABEL_NEGATIVE\",\"FILTER_VAL_BOUNCED\",\"FILTER_VAL_SKIPPED\",\"FI" \
  "LTER_VAL_RISKY\",\"FILTER_VAL_INVALID\",\"FILTER_VAL_VALID\",\"FILTER_VAL_IN_SUBSEQUEN" \
  "CE\",\"FILTER_VAL_OPENED_NO_REPLY\",\"FILTER_VAL_COMPLETED_NO_REPLY\",\"FILTER_VAL_NO_" \
  "OPENS\",\"FILTER_VAL_REPLIED\",\"FILTER_VAL_LINK_CLICKED\"]},\"campaign\":{\"type\":\"stri" \
  "ng\"},\"list_id\":{\"type\":\"string\"},\"in_campaign\":{\"type\":\"boolean\"},\"in_list\":{\"ty" \
  "pe\":\"boolean\"},\"organization_user_ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}" \
  ",\"minItems\":1},\"smart_view_id\":{\"type\":\"string\"},\"ids\":{\"type\":\"array\",\"items\":{" \
  "\"type\":\"string\"}},\"limit\":{\"type\":\"integer\",\"minimum\":0},\"queries\":{\"type\":\"arra" \
  "y\",\"items\":{\"type\":\"object\",\"properties\":{\"actionType\":{\"type\":\"string\",\"enum\":[" \
  "\"reply\",\"email-open\",\"last-contacted\",\"link-click\",\"lead-status\",\"lead-status-ch" \
  "ange\"]},\"values\":{\"type\":\"object\",\"properties\":{\"occurrence-days\":{\"type\":\"numbe" \
  "r\"},\"occurrence-count\":{\"type\":\"object\",\"properties\":{\"condition\":{\"type\":\"strin" \
  "g\",\"enum\":[\"more\",\"less\",\"equal\"]},\"count\":{\"type\":\"number\"}}},\"lead-status\":{\"t" \
  "ype\":\"object\",\"properties\":{\"status\":{\"type\":\"number\"},\"condition\":{\"type\":\"stri" \
  "ng\",\"enum\":[\"is\",\"is-not\"]}}}}}},\"required\":[\"actionType\",\"values\"]}},\"assigned_" \
  "to\":{\"type\":\"string\"},\"has_clause\":{\"type\":\"boolean\"}},\"required\":[\"organization" \
  "_user_ids\"]}"

#define MOVE_LEADS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"search\":{\"type\":\"string\"},\"filter\":{\"type\":\"stri" \
  "ng\",\"enum\":[\"FILTER_VAL_CONTACTED\",\"FILTER_VAL_NOT_CONTACTED\",\"FILTER_VAL_COMPLE" \
  "TED\",\"FILTER_VAL_UNSUBSCRIBED\",\"FILTER_VAL_ACTIVE\",\"FILTER_LEAD_INTERESTED\",\"FIL" \
  "TER_LEAD_NOT_INTERESTED\",\"FILTER_LEAD_MEETING_BOOKED\",\"FILTER_LEAD_MEETING_COMPL" \
  "ETED\",\"FILTER_LEAD_CLOSED\",\"FILTER_LEAD_OUT_OF_OFFICE\",\"FILTER_LEAD_WRONG_PERSON" \
  "\",\"FILTER_LEAD_LOST\",\"FILTER_LEAD_NO_SHOW\",\"FILTER_LEAD_CUSTOM_LABEL_POSITIVE\",\"" \
  "FILTER_LEAD_CUSTOM_LABEL_NEGATIVE\",\"FILTER_VAL_BOUNCED\",\"FILTER_VAL_SKIPPED\",\"FI" \
  "LTER_VAL_RISKY\",\"FILTER_VAL_INVALID\",\"FILTER_VAL_VALID\",\"FILTER_VAL_IN_SUBSEQUEN" \
  "CE\",\"FILTER_VAL_OPENED_NO_REPLY\",\"FILTER_VAL_COMPLETED_NO_REPLY\",\"FILTER_VAL_NO_" \
  "OPENS\",\"FILTER_VAL_REPLIED\",\"FILTER_VAL_LINK_CLICKED\"]},\"campaign\":{\"type\":\"stri" \
  "ng\"},\"list_id\":{\"type\":\"string\"},\"in_campaign\":{\"type\":\"boolean\"},\"in_list\":{\"ty" \
  "pe\":\"boolean\"},\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"queries\":{\"type" \
  "\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"actionType\",\"values\"],\"propertie" \
  "s\":{\"actionType\":{\"type\":\"string\",\"enum\":[\"reply\",\"email-open\",\"last-contacted\"," \
  "\"link-click\",\"lead-status\",\"lead-status-change\"]},\"values\":{\"type\":\"object\",\"pro" \
  "perties\":{\"occurrence-days\":{\"type\":\"number\"},\"occurrence-count\":{\"type\":\"object" \
  "\",\"properties\":{\"condition\":{\"type\":\"string\",\"enum\":[\"more\",\"less\",\"equal\"]},\"co" \
  "unt\":{\"type\":\"number\"}}},\"lead-status\":{\"type\":\"object\",\"properties\":{\"status\":{" \
  "\"type\":\"number\"},\"condition\":{\"type\":\"string\",\"enum\":[\"is\",\"is-not\"]}}}}}}}},\"ex" \
  "cluded_ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"contacts\":{\"type\":\"array" \
  "\",\"items\":{\"type\":\"string\",\"format\":\"email\"}},\"to_campaign_id\":{\"type\":\"string\"}" \
  ",\"to_list_id\":{\"type\":\"string\"},\"ignore_resource_filter_clauses\":{\"type\":\"boolea" \
  "n\"},\"check_duplicates_in_campaigns\":{\"type\":\"boolean\"},\"skip_leads_in_verificati" \
  "on\":{\"type\":\"boolean\"},\"limit\":{\"type\":\"number\"},\"assigned_to\":{\"type\":\"string\"}" \
  ",\"esp_code\":{\"type\":\"number\",\"enum\":[0,1,2,3,8,9,10,12,13,999,1000]},\"esg_code\":" \
  "{\"type\":\"string\",\"enum\":[\"0\",\"1\",\"2\",\"3\",\"4\",\"all\",\"none\"]},\"copy_leads\":{\"type\"" \
  ":\"boolean\"},\"check_duplicates\":{\"type\":\"boolean\"},\"reset_interest_status\":{\"type" \
  "\":\"boolean\"}}}"

#define ADD_LEADS_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"campaign_id\":{\"type\":\"string\"},\"list_id\":{\"type\"" \
  ":\"string\"},\"leads\":{\"type\":\"array\",\"minItems\":1,\"maxItems\":1000,\"items\":{\"type\":" \
  "\"object\",\"properties\":{\"email\":{\"type\":[\"string\",\"null\"]},\"personalization\":{\"ty" \
  "pe\":[\"string\",\"null\"]},\"website\":{\"type\":[\"string\",\"null\"]},\"last_name\":{\"type\":" \
  "[\"string\",\"null\"]},\"first_name\":{\"type\":[\"string\",\"null\"]},\"company_name\":{\"type" \
  "\":[\"string\",\"null\"]},\"job_title\":{\"type\":[\"string\",\"null\"]},\"phone\":{\"type\":[\"st" \
  "ring\",\"null\"]},\"lt_interest_status\":{\"type\":\"number\",\"enum\":[1,2,3,4,0,-1,-2,-3," \
  "-4]},\"pl_value_lead\":{\"type\":[\"string\",\"null\"]},\"assigned_to\":{\"type\":[\"string\"," \
  "\"null\"]},\"custom_variables\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"st" \
  "ring\",\"number\",\"boolean\",\"null\"]}}},\"additionalProperties\":false}},\"blocklist_id" \
  "\":{\"type\":[\"string\",\"null\"]},\"assigned_to\":{\"type\":\"string\"},\"verify_leads_on_im" \
  "port\":{\"type\":\"boolean\"},\"skip_if_in_workspace\":{\"type\":\"boolean\"},\"skip_if_in_c" \
  "ampaign\":{\"type\":\"boolean\"},\"skip_if_in_list\":{\"type\":\"boolean\"}},\"required\":[\"l" \
  "eads\"]}"

#define CREATE_LEAD_LIST_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"has_enrichment_task\":{\"type\":[\"boolean\",\"null\"]}" \
  ",\"owned_by\":{\"type\":[\"string\",\"null\"]},\"name\":{\"type\":\"string\"}},\"required\":[\"na" \
  "me\"],\"additionalProperties\":false}"

#define PATCH_LEAD_LIST_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"has_enrichment_task\":{\"type\":[\"boolean\",\"null\"]}" \
  ",\"owned_by\":{\"type\":[\"string\",\"null\"]},\"name\":{\"type\":\"string\"}},\"additionalProp" \
  "erties\":false,\"minProperties\":1}"

#define LIST_LEAD_LISTS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":1" \
  "00},\"starting_after\":{\"type\":\"string\"},\"has_enrichment_task\":{\"type\":\"boolean\"}," \
  "\"search\":{\"type\":\"string\"}}}"

#define CREATE_LEAD_LABEL_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},\"interest_status_label\"" \
  ":{\"type\":\"string\",\"enum\":[\"positive\",\"negative\",\"neutral\"]},\"description\":{\"type" \
  "\":[\"string\",\"null\"]},\"use_with_ai\":{\"type\":[\"boolean\",\"null\"]}},\"required\":[\"lab" \
  "el\",\"interest_status_label\"],\"additionalProperties\":false}"

#define PATCH_LEAD_LABEL_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},\"interest_status_label\"" \
  ":{\"type\":\"string\",\"enum\":[\"positive\",\"negative\",\"neutral\"]},\"description\":{\"type" \
  "\":[\"string\",\"null\"]},\"use_with_ai\":{\"type\":[\"boolean\",\"null\"]}},\"additionalPrope" \
  "rties\":false,\"minProperties\":1}"

#define DELETE_LEAD_LABEL_SCHEMA \
  "{\"properties\":{\"reassigned_status\":{\"type\":\"number\"}},\"type\":\"object\"}"

#define LIST_LEAD_LABELS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":1" \
  "00},\"starting_after\":{\"type\":\"string\"},\"search\":{\"type\":\"string\"},\"interest_stat" \
  "us\":{\"type\":\"string\",\"enum\":[\"positive\",\"neutral\",\"negative\"]}}}"

#define AI_REPLY_LABEL_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"reply_text\":{\"type\":\"string\"}},\"required\":[\"repl" \
  "y_text\"]}"

#define CREATE_BLOCK_ENTRY_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"bl_value\":{\"type\":\"string\"}},\"required\":[\"bl_val" \
  "ue\"],\"additionalProperties\":false}"

#define PATCH_BLOCK_ENTRY_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"bl_value\":{\"type\":\"string\"}},\"additionalProperti" \
  "es\":false,\"minProperties\":1}"

#define LIST_BLOCK_ENTRIES_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":1" \
  "00},\"starting_after\":{\"type\":\"string\"},\"domains_only\":{\"type\":\"boolean\"},\"search" \
  "\":{\"type\":\"string\"}}}"

#define DELETE_BLOCK_ENTRIES_QUERY \
  "{\"type\":\"object\",\"properties\":{\"domains_only\":{\"type\":\"boolean\"},\"search\":{\"type" \
  "\":\"string\"}}}"

#define DOWNLOAD_BLOCK_ENTRIES_QUERY \
  "{\"type\":\"object\",\"properties\":{\"domains_only\":{\"type\":\"boolean\"},\"search\":{\"type" \
  "\":\"string\"}}}"

#define BULK_CREATE_BLOCK_ENTRIES_SCHEMA \
  "{\"type\":\"object\",\"required\":[\"bl_values\"],\"properties\":{\"bl_values\":{\"type\":\"arr" \
  "ay\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":1000}}}"

#define BULK_DELETE_BLOCK_ENTRIES_SCHEMA \
  "{\"type\":\"object\",\"required\":[\"ids\"],\"properties\":{\"ids\":{\"type\":\"array\",\"items\":" \
  "{\"type\":\"string\"},\"minItems\":1,\"maxItems\":1000}}}"
