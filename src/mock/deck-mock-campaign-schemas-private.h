/* deck-mock-campaign-schemas-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The request schemas of the Campaign and Campaign Subsequence operations, reduced
 * from openapi.json to the keywords deck_mock_validate() knows (generated with a
 * short python3 script over the spec; regenerate rather than edit by hand). */

#define CREATE_CAMPAIGN_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"pl_value\":{\"type\":[" \
  "\"number\",\"null\"]},\"is_evergreen\":{\"type\":[\"boolean\",\"null\"]},\"campaign_sched" \
  "ule\":{\"type\":\"object\",\"properties\":{\"start_date\":{\"type\":[\"string\",\"null\"],\"" \
  "format\":\"date\"},\"end_date\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},\"sched" \
  "ules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":" \
  "\"string\"},\"timing\":{\"type\":\"object\",\"properties\":{\"from\":{\"type\":\"string\",\"p" \
  "attern\":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"},\"to\":{\"type\":\"string\",\"pattern\"" \
  ":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"}},\"required\":[\"from\",\"to\"]},\"days\":{\"ty" \
  "pe\":\"object\",\"minProperties\":1,\"properties\":{\"0\":{\"type\":\"boolean\"},\"1\":{\"ty" \
  "pe\":\"boolean\"},\"2\":{\"type\":\"boolean\"},\"3\":{\"type\":\"boolean\"},\"4\":{\"type\":\"bo" \
  "olean\"},\"5\":{\"type\":\"boolean\"},\"6\":{\"type\":\"boolean\"}}},\"timezone\":{\"type\":\"" \
  "string\",\"enum\":[\"Etc/GMT+12\",\"Etc/GMT+11\",\"Etc/GMT+10\",\"America/Anchorage\",\"" \
  "America/Dawson\",\"America/Creston\",\"America/Chihuahua\",\"America/Boise\",\"Ameri" \
  "ca/Belize\",\"America/Chicago\",\"America/Bahia_Banderas\",\"America/Regina\",\"Amer" \
  "ica/Bogota\",\"America/Detroit\",\"America/Indiana/Marengo\",\"America/Caracas\",\"A" \
  "merica/Asuncion\",\"America/Glace_Bay\",\"America/Campo_Grande\",\"America/Anguill" \
  "a\",\"America/Santiago\",\"America/St_Johns\",\"America/Sao_Paulo\",\"America/Argent" \
  "ina/La_Rioja\",\"America/Araguaina\",\"America/Godthab\",\"America/Montevideo\",\"Am" \
  "erica/Bahia\",\"America/Noronha\",\"America/Scoresbysund\",\"Atlantic/Cape_Verde\"," \
  "\"Africa/Casablanca\",\"America/Danmarkshavn\",\"Europe/Isle_of_Man\",\"Atlantic/Ca" \
  "nary\",\"Africa/Abidjan\",\"Arctic/Longyearbyen\",\"Europe/Belgrade\",\"Africa/Ceuta" \
  "\",\"Europe/Sarajevo\",\"Africa/Algiers\",\"Africa/Windhoek\",\"Asia/Nicosia\",\"Asia/" \
  "Beirut\",\"Africa/Cairo\",\"Asia/Damascus\",\"Europe/Bucharest\",\"Africa/Blantyre\"," \
  "\"Europe/Helsinki\",\"Europe/Istanbul\",\"Asia/Jerusalem\",\"Africa/Tripoli\",\"Asia/" \
  "Amman\",\"Asia/Baghdad\",\"Europe/Kaliningrad\",\"Asia/Aden\",\"Africa/Addis_Ababa\"," \
  "\"Europe/Kirov\",\"Europe/Astrakhan\",\"Asia/Tehran\",\"Asia/Dubai\",\"Asia/Baku\",\"In" \
  "dian/Mahe\",\"Asia/Tbilisi\",\"Asia/Yerevan\",\"Asia/Kabul\",\"Antarctica/Mawson\",\"A" \
  "sia/Yekaterinburg\",\"Asia/Karachi\",\"Asia/Kolkata\",\"Asia/Colombo\",\"Asia/Kathma" \
  "ndu\",\"Antarctica/Vostok\",\"Asia/Dhaka\",\"Asia/Rangoon\",\"Antarctica/Davis\",\"Asi" \
  "a/Novokuznetsk\",\"Asia/Hong_Kong\",\"Asia/Krasnoyarsk\",\"Asia/Brunei\",\"Australia" \
  "/Perth\",\"Asia/Taipei\",\"Asia/Choibalsan\",\"Asia/Irkutsk\",\"Asia/Dili\",\"Asia/Pyo" \
  "ngyang\",\"Australia/Adelaide\",\"Australia/Darwin\",\"Australia/Brisbane\",\"Austra" \
  "lia/Melbourne\",\"Antarctica/DumontDUrville\",\"Australia/Currie\",\"Asia/Chita\",\"" \
  "Antarctica/Macquarie\",\"Asia/Sakhalin\",\"Pacific/Auckland\",\"Etc/GMT-12\",\"Pacif" \
  "ic/Fiji\",\"Asia/Anadyr\",\"Asia/Kamchatka\",\"Etc/GMT-13\",\"Pacific/Apia\"]}},\"requ" \
  "ired\":[\"name\",\"timing\",\"days\",\"timezone\"]},\"minItems\":1}},\"required\":[\"sched" \
  "ules\"]},\"sequences\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"" \
  "steps\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\"" \
  ":\"string\",\"enum\":[\"email\"]},\"delay\":{\"type\":\"number\"},\"delay_unit\":{\"type\":\"" \
  "string\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"pre_delay\":{\"type\":\"number\"},\"pr" \
  "e_delay_unit\":{\"type\":\"string\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"variants\"" \
  ":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"subject\":{\"type\":\"s" \
  "tring\"},\"body\":{\"type\":\"string\"},\"v_disabled\":{\"type\":\"boolean\"}},\"required\"" \
  ":[\"subject\",\"body\"]}}},\"required\":[\"type\",\"delay\",\"variants\"]}}},\"required\":" \
  "[\"steps\"]}},\"email_gap\":{\"type\":[\"number\",\"null\"]},\"random_wait_max\":{\"type\"" \
  ":[\"number\",\"null\"]},\"text_only\":{\"type\":[\"boolean\",\"null\"]},\"first_email_tex" \
  "t_only\":{\"type\":[\"boolean\",\"null\"]},\"email_list\":{\"type\":\"array\",\"items\":{\"t" \
  "ype\":\"string\"}},\"daily_limit\":{\"type\":[\"number\",\"null\"]},\"stop_on_reply\":{\"t" \
  "ype\":[\"boolean\",\"null\"]},\"email_tag_list\":{\"type\":\"array\",\"items\":{\"type\":\"s" \
  "tring\"}},\"link_tracking\":{\"type\":[\"boolean\",\"null\"]},\"open_tracking\":{\"type\"" \
  ":\"boolean\"},\"stop_on_auto_reply\":{\"type\":[\"boolean\",\"null\"]},\"daily_max_lead" \
  "s\":{\"type\":[\"integer\",\"null\"],\"minimum\":0},\"prioritize_new_leads\":{\"type\":[\"" \
  "boolean\",\"null\"]},\"auto_variant_select\":{\"type\":[\"object\",\"null\"],\"propertie" \
  "s\":{\"trigger\":{\"type\":\"string\",\"enum\":[\"reply_rate\",\"click_rate\",\"open_rate\"" \
  "]}},\"required\":[\"trigger\"]},\"match_lead_esp\":{\"type\":[\"boolean\",\"null\"]},\"st" \
  "op_for_company\":{\"type\":[\"boolean\",\"null\"]},\"insert_unsubscribe_header\":{\"ty" \
  "pe\":[\"boolean\",\"null\"]},\"allow_risky_contacts\":{\"type\":[\"boolean\",\"null\"]},\"" \
  "disable_bounce_protect\":{\"type\":[\"boolean\",\"null\"]},\"limit_emails_per_compan" \
  "y_override\":{\"type\":[\"object\",\"null\"],\"properties\":{\"mode\":{\"type\":\"string\"," \
  "\"enum\":[\"custom\",\"disabled\"]},\"daily_limit\":{\"type\":\"number\",\"minimum\":1},\"s" \
  "cope\":{\"type\":\"string\",\"enum\":[\"per_campaign\",\"across_workspace\"]}},\"require" \
  "d\":[\"mode\"]},\"cc_list\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"em" \
  "ail\"}},\"bcc_list\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"email\"}" \
  "},\"owned_by\":{\"type\":[\"string\",\"null\"]},\"ai_sdr_id\":{\"type\":[\"string\",\"null\"" \
  "]},\"provider_routing_rules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"proper" \
  "ties\":{\"action\":{\"type\":\"string\",\"enum\":[\"send\",\"do_not_send\"]},\"recipient_e" \
  "sp\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"all\",\"google\",\"outlook" \
  "\",\"other\"]}},\"sender_esp\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"" \
  "all\",\"google\",\"outlook\",\"other\"]}}}},\"required\":[\"action\",\"recipient_esp\",\"s" \
  "ender_esp\"]}},\"required\":[\"name\",\"campaign_schedule\"],\"additionalProperties\"" \
  ":false}"

#define LIST_CAMPAIGNS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximu" \
  "m\":100},\"starting_after\":{\"type\":\"string\"},\"search\":{\"type\":\"string\"},\"tag_i" \
  "ds\":{\"type\":\"string\"},\"ai_sales_agent_id\":{\"type\":\"string\"},\"status\":{\"type\"" \
  ":\"number\",\"enum\":[-99,-1,-2,0,1,2,3,4]},\"exclude_status\":{\"type\":\"number\",\"e" \
  "num\":[-99,-1,-2,0,1,2,3,4]}}}"

#define PATCH_CAMPAIGN_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"pl_value\":{\"type\":[" \
  "\"number\",\"null\"]},\"is_evergreen\":{\"type\":[\"boolean\",\"null\"]},\"campaign_sched" \
  "ule\":{\"type\":\"object\",\"properties\":{\"start_date\":{\"type\":[\"string\",\"null\"],\"" \
  "format\":\"date\"},\"end_date\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},\"sched" \
  "ules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":" \
  "\"string\"},\"timing\":{\"type\":\"object\",\"properties\":{\"from\":{\"type\":\"string\",\"p" \
  "attern\":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"},\"to\":{\"type\":\"string\",\"pattern\"" \
  ":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"}},\"required\":[\"from\",\"to\"]},\"days\":{\"ty" \
  "pe\":\"object\",\"minProperties\":1,\"properties\":{\"0\":{\"type\":\"boolean\"},\"1\":{\"ty" \
  "pe\":\"boolean\"},\"2\":{\"type\":\"boolean\"},\"3\":{\"type\":\"boolean\"},\"4\":{\"type\":\"bo" \
  "olean\"},\"5\":{\"type\":\"boolean\"},\"6\":{\"type\":\"boolean\"}}},\"timezone\":{\"type\":\"" \
  "string\",\"enum\":[\"Etc/GMT+12\",\"Etc/GMT+11\",\"Etc/GMT+10\",\"America/Anchorage\",\"" \
  "America/Dawson\",\"America/Creston\",\"America/Chihuahua\",\"America/Boise\",\"Ameri" \
  "ca/Belize\",\"America/Chicago\",\"America/Bahia_Banderas\",\"America/Regina\",\"Amer" \
  "ica/Bogota\",\"America/Detroit\",\"America/Indiana/Marengo\",\"America/Caracas\",\"A" \
  "merica/Asuncion\",\"America/Glace_Bay\",\"America/Campo_Grande\",\"America/Anguill" \
  "a\",\"America/Santiago\",\"America/St_Johns\",\"America/Sao_Paulo\",\"America/Argent" \
  "ina/La_Rioja\",\"America/Araguaina\",\"America/Godthab\",\"America/Montevideo\",\"Am" \
  "erica/Bahia\",\"America/Noronha\",\"America/Scoresbysund\",\"Atlantic/Cape_Verde\"," \
  "\"Africa/Casablanca\",\"America/Danmarkshavn\",\"Europe/Isle_of_Man\",\"Atlantic/Ca" \
  "nary\",\"Africa/Abidjan\",\"Arctic/Longyearbyen\",\"Europe/Belgrade\",\"Africa/Ceuta" \
  "\",\"Europe/Sarajevo\",\"Africa/Algiers\",\"Africa/Windhoek\",\"Asia/Nicosia\",\"Asia/" \
  "Beirut\",\"Africa/Cairo\",\"Asia/Damascus\",\"Europe/Bucharest\",\"Africa/Blantyre\"," \
  "\"Europe/Helsinki\",\"Europe/Istanbul\",\"Asia/Jerusalem\",\"Africa/Tripoli\",\"Asia/" \
  "Amman\",\"Asia/Baghdad\",\"Europe/Kaliningrad\",\"Asia/Aden\",\"Africa/Addis_Ababa\"," \
  "\"Europe/Kirov\",\"Europe/Astrakhan\",\"Asia/Tehran\",\"Asia/Dubai\",\"Asia/Baku\",\"In" \
  "dian/Mahe\",\"Asia/Tbilisi\",\"Asia/Yerevan\",\"Asia/Kabul\",\"Antarctica/Mawson\",\"A" \
  "sia/Yekaterinburg\",\"Asia/Karachi\",\"Asia/Kolkata\",\"Asia/Colombo\",\"Asia/Kathma" \
  "ndu\",\"Antarctica/Vostok\",\"Asia/Dhaka\",\"Asia/Rangoon\",\"Antarctica/Davis\",\"Asi" \
  "a/Novokuznetsk\",\"Asia/Hong_Kong\",\"Asia/Krasnoyarsk\",\"Asia/Brunei\",\"Australia" \
  "/Perth\",\"Asia/Taipei\",\"Asia/Choibalsan\",\"Asia/Irkutsk\",\"Asia/Dili\",\"Asia/Pyo" \
  "ngyang\",\"Australia/Adelaide\",\"Australia/Darwin\",\"Australia/Brisbane\",\"Austra" \
  "lia/Melbourne\",\"Antarctica/DumontDUrville\",\"Australia/Currie\",\"Asia/Chita\",\"" \
  "Antarctica/Macquarie\",\"Asia/Sakhalin\",\"Pacific/Auckland\",\"Etc/GMT-12\",\"Pacif" \
  "ic/Fiji\",\"Asia/Anadyr\",\"Asia/Kamchatka\",\"Etc/GMT-13\",\"Pacific/Apia\"]}},\"requ" \
  "ired\":[\"name\",\"timing\",\"days\",\"timezone\"]},\"minItems\":1}},\"required\":[\"sched" \
  "ules\"]},\"sequences\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"" \
  "steps\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\"" \
  ":\"string\",\"enum\":[\"email\"]},\"delay\":{\"type\":\"number\"},\"delay_unit\":{\"type\":\"" \
  "string\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"pre_delay\":{\"type\":\"number\"},\"pr" \
  "e_delay_unit\":{\"type\":\"string\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"variants\"" \
  ":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"subject\":{\"type\":\"s" \
  "tring\"},\"body\":{\"type\":\"string\"},\"v_disabled\":{\"type\":\"boolean\"}},\"required\"" \
  ":[\"subject\",\"body\"]}}},\"required\":[\"type\",\"delay\",\"variants\"]}}},\"required\":" \
  "[\"steps\"]}},\"email_gap\":{\"type\":[\"number\",\"null\"]},\"random_wait_max\":{\"type\"" \
  ":[\"number\",\"null\"]},\"text_only\":{\"type\":[\"boolean\",\"null\"]},\"first_email_tex" \
  "t_only\":{\"type\":[\"boolean\",\"null\"]},\"email_list\":{\"type\":\"array\",\"items\":{\"t" \
  "ype\":\"string\"}},\"daily_limit\":{\"type\":[\"number\",\"null\"]},\"stop_on_reply\":{\"t" \
  "ype\":[\"boolean\",\"null\"]},\"email_tag_list\":{\"type\":\"array\",\"items\":{\"type\":\"s" \
  "tring\"}},\"link_tracking\":{\"type\":[\"boolean\",\"null\"]},\"open_tracking\":{\"type\"" \
  ":\"boolean\"},\"stop_on_auto_reply\":{\"type\":[\"boolean\",\"null\"]},\"daily_max_lead" \
  "s\":{\"type\":[\"integer\",\"null\"],\"minimum\":0},\"prioritize_new_leads\":{\"type\":[\"" \
  "boolean\",\"null\"]},\"auto_variant_select\":{\"type\":[\"object\",\"null\"],\"propertie" \
  "s\":{\"trigger\":{\"type\":\"string\",\"enum\":[\"reply_rate\",\"click_rate\",\"open_rate\"" \
  "]}},\"required\":[\"trigger\"]},\"match_lead_esp\":{\"type\":[\"boolean\",\"null\"]},\"st" \
  "op_for_company\":{\"type\":[\"boolean\",\"null\"]},\"insert_unsubscribe_header\":{\"ty" \
  "pe\":[\"boolean\",\"null\"]},\"allow_risky_contacts\":{\"type\":[\"boolean\",\"null\"]},\"" \
  "disable_bounce_protect\":{\"type\":[\"boolean\",\"null\"]},\"limit_emails_per_compan" \
  "y_override\":{\"type\":[\"object\",\"null\"],\"properties\":{\"mode\":{\"type\":\"string\"," \
  "\"enum\":[\"custom\",\"disabled\"]},\"daily_limit\":{\"type\":\"number\",\"minimum\":1},\"s" \
  "cope\":{\"type\":\"string\",\"enum\":[\"per_campaign\",\"across_workspace\"]}},\"require" \
  "d\":[\"mode\"]},\"cc_list\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"em" \
  "ail\"}},\"bcc_list\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"email\"}" \
  "},\"owned_by\":{\"type\":[\"string\",\"null\"]},\"provider_routing_rules\":{\"type\":\"ar" \
  "ray\",\"items\":{\"type\":\"object\",\"properties\":{\"action\":{\"type\":\"string\",\"enum\"" \
  ":[\"send\",\"do_not_send\"]},\"recipient_esp\":{\"type\":\"array\",\"items\":{\"type\":\"st" \
  "ring\",\"enum\":[\"all\",\"google\",\"outlook\",\"other\"]}},\"sender_esp\":{\"type\":\"arra" \
  "y\",\"items\":{\"type\":\"string\",\"enum\":[\"all\",\"google\",\"outlook\",\"other\"]}}}},\"r" \
  "equired\":[\"action\",\"recipient_esp\",\"sender_esp\"]}},\"required\":[],\"additional" \
  "Properties\":false,\"minProperties\":1}"

#define SEARCH_BY_CONTACT_QUERY \
  "{\"type\":\"object\",\"properties\":{\"search\":{\"type\":\"string\"},\"sort_column\":{\"ty" \
  "pe\":\"string\"},\"sort_order\":{\"type\":\"string\"}}}"

#define DUPLICATE_CAMPAIGN_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}"

#define CAMPAIGN_VARIABLES_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"variables\":{\"type\":\"array\",\"items\":{\"type\":\"" \
  "string\"}}},\"required\":[\"variables\"]}"

#define CAMPAIGN_SENDING_STATUS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"with_ai_summary\":{\"type\":\"boolean\"}}}"

#define CREATE_SUBSEQUENCE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"parent_campaign\":{\"type\":\"string\"},\"name\":{\"" \
  "type\":\"string\"},\"conditions\":{\"type\":\"object\",\"properties\":{\"crm_status\":{\"t" \
  "ype\":\"array\",\"items\":{\"type\":\"number\",\"minimum\":-30000,\"maximum\":30000}},\"le" \
  "ad_activity\":{\"type\":\"array\",\"items\":{\"type\":\"number\",\"enum\":[4,91,2]}},\"rep" \
  "ly_contains\":{\"type\":\"string\"}}},\"subsequence_schedule\":{\"type\":\"object\",\"pr" \
  "operties\":{\"start_date\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},\"end_date" \
  "\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},\"schedules\":{\"type\":\"array\",\"it" \
  "ems\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"timing\":{\"type" \
  "\":\"object\",\"properties\":{\"from\":{\"type\":\"string\",\"pattern\":\"^([01][0-9]|2[0-" \
  "3]):([0-5][0-9])$\"},\"to\":{\"type\":\"string\",\"pattern\":\"^([01][0-9]|2[0-3]):([0" \
  "-5][0-9])$\"}},\"required\":[\"from\",\"to\"]},\"days\":{\"type\":\"object\",\"minProperti" \
  "es\":1,\"properties\":{\"0\":{\"type\":\"boolean\"},\"1\":{\"type\":\"boolean\"},\"2\":{\"type" \
  "\":\"boolean\"},\"3\":{\"type\":\"boolean\"},\"4\":{\"type\":\"boolean\"},\"5\":{\"type\":\"bool" \
  "ean\"},\"6\":{\"type\":\"boolean\"}}},\"timezone\":{\"type\":\"string\",\"enum\":[\"Etc/GMT+" \
  "12\",\"Etc/GMT+11\",\"Etc/GMT+10\",\"America/Anchorage\",\"America/Dawson\",\"America/" \
  "Creston\",\"America/Chihuahua\",\"America/Boise\",\"America/Belize\",\"America/Chica" \
  "go\",\"America/Bahia_Banderas\",\"America/Regina\",\"America/Bogota\",\"America/Detr" \
  "oit\",\"America/Indiana/Marengo\",\"America/Caracas\",\"America/Asuncion\",\"America" \
  "/Glace_Bay\",\"America/Campo_Grande\",\"America/Anguilla\",\"America/Santiago\",\"Am" \
  "erica/St_Johns\",\"America/Sao_Paulo\",\"America/Argentina/La_Rioja\",\"America/Ar" \
  "aguaina\",\"America/Godthab\",\"America/Montevideo\",\"America/Bahia\",\"America/Nor" \
  "onha\",\"America/Scoresbysund\",\"Atlantic/Cape_Verde\",\"Africa/Casablanca\",\"Amer" \
  "ica/Danmarkshavn\",\"Europe/Isle_of_Man\",\"Atlantic/Canary\",\"Africa/Abidjan\",\"A" \
  "rctic/Longyearbyen\",\"Europe/Belgrade\",\"Africa/Ceuta\",\"Europe/Sarajevo\",\"Afri" \
  "ca/Algiers\",\"Africa/Windhoek\",\"Asia/Nicosia\",\"Asia/Beirut\",\"Africa/Cairo\",\"A" \
  "sia/Damascus\",\"Europe/Bucharest\",\"Africa/Blantyre\",\"Europe/Helsinki\",\"Europe" \
  "/Istanbul\",\"Asia/Jerusalem\",\"Africa/Tripoli\",\"Asia/Amman\",\"Asia/Baghdad\",\"Eu" \
  "rope/Kaliningrad\",\"Asia/Aden\",\"Africa/Addis_Ababa\",\"Europe/Kirov\",\"Europe/As" \
  "trakhan\",\"Asia/Tehran\",\"Asia/Dubai\",\"Asia/Baku\",\"Indian/Mahe\",\"Asia/Tbilisi\"" \
  ",\"Asia/Yerevan\",\"Asia/Kabul\",\"Antarctica/Mawson\",\"Asia/Yekaterinburg\",\"Asia/" \
  "Karachi\",\"Asia/Kolkata\",\"Asia/Colombo\",\"Asia/Kathmandu\",\"Antarctica/Vostok\"," \
  "\"Asia/Dhaka\",\"Asia/Rangoon\",\"Antarctica/Davis\",\"Asia/Novokuznetsk\",\"Asia/Hon" \
  "g_Kong\",\"Asia/Krasnoyarsk\",\"Asia/Brunei\",\"Australia/Perth\",\"Asia/Taipei\",\"As" \
  "ia/Choibalsan\",\"Asia/Irkutsk\",\"Asia/Dili\",\"Asia/Pyongyang\",\"Australia/Adelai" \
  "de\",\"Australia/Darwin\",\"Australia/Brisbane\",\"Australia/Melbourne\",\"Antarctic" \
  "a/DumontDUrville\",\"Australia/Currie\",\"Asia/Chita\",\"Antarctica/Macquarie\",\"As" \
  "ia/Sakhalin\",\"Pacific/Auckland\",\"Etc/GMT-12\",\"Pacific/Fiji\",\"Asia/Anadyr\",\"A" \
  "sia/Kamchatka\",\"Etc/GMT-13\",\"Pacific/Apia\"]}},\"required\":[\"name\",\"timing\",\"d" \
  "ays\",\"timezone\"]},\"minItems\":1}},\"required\":[\"schedules\"]},\"sequences\":{\"typ" \
  "e\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"steps\":{\"type\":\"array\",\"i" \
  "tems\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"enum\":[\"email\"" \
  "]},\"delay\":{\"type\":\"number\"},\"delay_unit\":{\"type\":\"string\",\"enum\":[\"minutes\"" \
  ",\"hours\",\"days\"]},\"pre_delay\":{\"type\":\"number\"},\"pre_delay_unit\":{\"type\":\"st" \
  "ring\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"variants\":{\"type\":\"array\",\"items\":" \
  "{\"type\":\"object\",\"properties\":{\"subject\":{\"type\":\"string\"},\"body\":{\"type\":\"s" \
  "tring\"},\"v_disabled\":{\"type\":\"boolean\"}},\"required\":[\"subject\",\"body\"]},\"min" \
  "Items\":1,\"maxItems\":26}},\"required\":[\"type\",\"delay\",\"variants\"]}}},\"required" \
  "\":[\"steps\"]}},\"auto_variant_select\":{\"type\":[\"object\",\"null\"],\"properties\":{" \
  "\"trigger\":{\"type\":\"string\",\"enum\":[\"reply_rate\",\"click_rate\",\"open_rate\"]}}," \
  "\"required\":[\"trigger\"]},\"daily_limit_mode\":{\"type\":\"string\",\"enum\":[\"inherit" \
  "\",\"custom\",\"unlimited\"]},\"daily_limit\":{\"type\":[\"number\",\"null\"]},\"ignore_ac" \
  "count_daily_limit\":{\"type\":\"boolean\"}},\"required\":[\"parent_campaign\",\"name\"," \
  "\"conditions\"],\"additionalProperties\":false}"

#define LIST_SUBSEQUENCES_QUERY \
  "{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximu" \
  "m\":100},\"starting_after\":{\"type\":\"string\"},\"parent_campaign\":{\"type\":\"string" \
  "\"},\"parent_campaign_not\":{\"type\":\"string\"},\"search\":{\"type\":\"string\"}}}"

#define PATCH_SUBSEQUENCE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"conditions\":{\"type\"" \
  ":\"object\",\"properties\":{\"crm_status\":{\"type\":\"array\",\"items\":{\"type\":\"number" \
  "\",\"minimum\":-30000,\"maximum\":30000}},\"lead_activity\":{\"type\":\"array\",\"items\"" \
  ":{\"type\":\"number\",\"enum\":[4,91,2]}},\"reply_contains\":{\"type\":\"string\"}}},\"su" \
  "bsequence_schedule\":{\"type\":\"object\",\"properties\":{\"start_date\":{\"type\":[\"st" \
  "ring\",\"null\"],\"format\":\"date\"},\"end_date\":{\"type\":[\"string\",\"null\"],\"format\"" \
  ":\"date\"},\"schedules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{" \
  "\"name\":{\"type\":\"string\"},\"timing\":{\"type\":\"object\",\"properties\":{\"from\":{\"ty" \
  "pe\":\"string\",\"pattern\":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"},\"to\":{\"type\":\"st" \
  "ring\",\"pattern\":\"^([01][0-9]|2[0-3]):([0-5][0-9])$\"}},\"required\":[\"from\",\"to" \
  "\"]},\"days\":{\"type\":\"object\",\"minProperties\":1,\"properties\":{\"0\":{\"type\":\"boo" \
  "lean\"},\"1\":{\"type\":\"boolean\"},\"2\":{\"type\":\"boolean\"},\"3\":{\"type\":\"boolean\"}," \
  "\"4\":{\"type\":\"boolean\"},\"5\":{\"type\":\"boolean\"},\"6\":{\"type\":\"boolean\"}}},\"time" \
  "zone\":{\"type\":\"string\",\"enum\":[\"Etc/GMT+12\",\"Etc/GMT+11\",\"Etc/GMT+10\",\"Ameri" \
  "ca/Anchorage\",\"America/Dawson\",\"America/Creston\",\"America/Chihuahua\",\"Americ" \
  "a/Boise\",\"America/Belize\",\"America/Chicago\",\"America/Bahia_Banderas\",\"Americ" \
  "a/Regina\",\"America/Bogota\",\"America/Detroit\",\"America/Indiana/Marengo\",\"Amer" \
  "ica/Caracas\",\"America/Asuncion\",\"America/Glace_Bay\",\"America/Campo_Grande\",\"" \
  "America/Anguilla\",\"America/Santiago\",\"America/St_Johns\",\"America/Sao_Paulo\"," \
  "\"America/Argentina/La_Rioja\",\"America/Araguaina\",\"America/Godthab\",\"America/" \
  "Montevideo\",\"America/Bahia\",\"America/Noronha\",\"America/Scoresbysund\",\"Atlant" \
  "ic/Cape_Verde\",\"Africa/Casablanca\",\"America/Danmarkshavn\",\"Europe/Isle_of_Ma" \
  "n\",\"Atlantic/Canary\",\"Africa/Abidjan\",\"Arctic/Longyearbyen\",\"Europe/Belgrade" \
  "\",\"Africa/Ceuta\",\"Europe/Sarajevo\",\"Africa/Algiers\",\"Africa/Windhoek\",\"Asia/" \
  "Nicosia\",\"Asia/Beirut\",\"Africa/Cairo\",\"Asia/Damascus\",\"Europe/Bucharest\",\"Af" \
  "rica/Blantyre\",\"Europe/Helsinki\",\"Europe/Istanbul\",\"Asia/Jerusalem\",\"Africa/" \
  "Tripoli\",\"Asia/Amman\",\"Asia/Baghdad\",\"Europe/Kaliningrad\",\"Asia/Aden\",\"Afric" \
  "a/Addis_Ababa\",\"Europe/Kirov\",\"Europe/Astrakhan\",\"Asia/Tehran\",\"Asia/Dubai\"," \
  "\"Asia/Baku\",\"Indian/Mahe\",\"Asia/Tbilisi\",\"Asia/Yerevan\",\"Asia/Kabul\",\"Antarc" \
  "tica/Mawson\",\"Asia/Yekaterinburg\",\"Asia/Karachi\",\"Asia/Kolkata\",\"Asia/Colomb" \
  "o\",\"Asia/Kathmandu\",\"Antarctica/Vostok\",\"Asia/Dhaka\",\"Asia/Rangoon\",\"Antarct" \
  "ica/Davis\",\"Asia/Novokuznetsk\",\"Asia/Hong_Kong\",\"Asia/Krasnoyarsk\",\"Asia/Bru" \
  "nei\",\"Australia/Perth\",\"Asia/Taipei\",\"Asia/Choibalsan\",\"Asia/Irkutsk\",\"Asia/" \
  "Dili\",\"Asia/Pyongyang\",\"Australia/Adelaide\",\"Australia/Darwin\",\"Australia/Br" \
  "isbane\",\"Australia/Melbourne\",\"Antarctica/DumontDUrville\",\"Australia/Currie\"" \
  ",\"Asia/Chita\",\"Antarctica/Macquarie\",\"Asia/Sakhalin\",\"Pacific/Auckland\",\"Etc" \
  "/GMT-12\",\"Pacific/Fiji\",\"Asia/Anadyr\",\"Asia/Kamchatka\",\"Etc/GMT-13\",\"Pacific" \
  "/Apia\"]}},\"required\":[\"name\",\"timing\",\"days\",\"timezone\"]},\"minItems\":1}},\"re" \
  "quired\":[\"schedules\"]},\"sequences\":{\"type\":\"array\",\"items\":{\"type\":\"object\"," \
  "\"properties\":{\"steps\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":" \
  "{\"type\":{\"type\":\"string\",\"enum\":[\"email\"]},\"delay\":{\"type\":\"number\"},\"delay_" \
  "unit\":{\"type\":\"string\",\"enum\":[\"minutes\",\"hours\",\"days\"]},\"pre_delay\":{\"type" \
  "\":\"number\"},\"pre_delay_unit\":{\"type\":\"string\",\"enum\":[\"minutes\",\"hours\",\"day" \
  "s\"]},\"variants\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"subj" \
  "ect\":{\"type\":\"string\"},\"body\":{\"type\":\"string\"},\"v_disabled\":{\"type\":\"boolea" \
  "n\"}},\"required\":[\"subject\",\"body\"]},\"minItems\":1,\"maxItems\":26}},\"required\":" \
  "[\"type\",\"delay\",\"variants\"]}}},\"required\":[\"steps\"]}},\"auto_variant_select\":" \
  "{\"type\":[\"object\",\"null\"],\"properties\":{\"trigger\":{\"type\":\"string\",\"enum\":[\"" \
  "reply_rate\",\"click_rate\",\"open_rate\"]}},\"required\":[\"trigger\"]},\"daily_limit" \
  "_mode\":{\"type\":\"string\",\"enum\":[\"inherit\",\"custom\",\"unlimited\"]},\"daily_limi" \
  "t\":{\"type\":[\"number\",\"null\"]},\"ignore_account_daily_limit\":{\"type\":\"boolean\"" \
  "}},\"required\":[],\"additionalProperties\":false,\"minProperties\":1}"

#define DUPLICATE_SUBSEQUENCE_SCHEMA \
  "{\"type\":\"object\",\"properties\":{\"parent_campaign\":{\"type\":\"string\"},\"name\":{\"" \
  "type\":\"string\"}},\"required\":[\"parent_campaign\"]}"

#define SUBSEQUENCE_ANALYTICS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"campaign_id\":{\"type\":\"string\"}},\"required\":[" \
  "\"campaign_id\"]}"

#define SUBSEQUENCE_STEPS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"start_date\":{\"type\":\"string\"},\"end_date\":{\"t" \
  "ype\":\"string\"}}}"

#define SUBSEQUENCE_SENDING_STATUS_QUERY \
  "{\"type\":\"object\",\"properties\":{\"with_ai_summary\":{\"type\":\"boolean\"}}}"
