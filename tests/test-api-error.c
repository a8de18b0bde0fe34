/* test-api-error.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "deck-api-error.h"
#include "deck-test-util.h"

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

static void
test_status_classes (void)
{
  const struct {
    guint        status;
    DeckApiError code;
  } cases[] = {
    { 400, DECK_API_ERROR_INVALID },
    { 401, DECK_API_ERROR_UNAUTHORIZED },
    { 402, DECK_API_ERROR_PAYMENT_REQUIRED },
    { 403, DECK_API_ERROR_FORBIDDEN },
    { 404, DECK_API_ERROR_NOT_FOUND },
    { 405, DECK_API_ERROR_SERVER },
    { 409, DECK_API_ERROR_CONFLICT },
    { 413, DECK_API_ERROR_TOO_LARGE },
    { 422, DECK_API_ERROR_INVALID },
    { 429, DECK_API_ERROR_RATE_LIMITED },
    { 500, DECK_API_ERROR_SERVER },
    { 502, DECK_API_ERROR_SERVER },
    { 503, DECK_API_ERROR_SERVER },
    { 504, DECK_API_ERROR_SERVER },
    { 302, DECK_API_ERROR_SERVER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"statusCode\":%u,\"error\":\"Reason\",\"message\":\"Text %u\",\"code\":\"FST_X\"}",
                                               cases[i].status, cases[i].status);
      g_autoptr(JsonNode) body = parse (json);
      g_autoptr(GError) error = deck_api_error_new_from_reply (cases[i].status, "Reason", body);
      g_autofree char *expected = g_strdup_printf ("Text %u", cases[i].status);
      g_autofree char *description = NULL;

      g_assert_cmpint (deck_api_error_code_for_status (cases[i].status), ==, cases[i].code);
      g_assert_error (error, DECK_API_ERROR, (int) cases[i].code);
      g_assert_cmpstr (error->message, ==, expected);

      description = deck_api_error_describe (error);
      g_assert_nonnull (description);
      g_assert_cmpstr (description, !=, "");
      g_assert_nonnull (deck_api_error_get_title (error));
    }
}

static void
test_envelope_fallbacks (void)
{
  g_autoptr(JsonNode) only_error = parse ("{\"statusCode\":404,\"error\":\"Not Found\"}");
  g_autoptr(JsonNode) not_object = parse ("[1,2]");
  g_autoptr(GError) e1 = deck_api_error_new_from_reply (404, "Not Found", only_error);
  g_autoptr(GError) e2 = deck_api_error_new_from_reply (500, "Internal Server Error", not_object);
  g_autoptr(GError) e3 = deck_api_error_new_from_reply (503, NULL, NULL);

  g_assert_error (e1, DECK_API_ERROR, DECK_API_ERROR_NOT_FOUND);
  g_assert_cmpstr (e1->message, ==, "Not Found");
  g_assert_error (e2, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_cmpstr (e2->message, ==, "HTTP 500 Internal Server Error");
  g_assert_error (e3, DECK_API_ERROR, DECK_API_ERROR_SERVER);
  g_assert_cmpstr (e3->message, ==, "HTTP 503");
}

static void
test_error_inside_success (void)
{
  g_autoptr(JsonNode) failed = parse ("{\"error\":\"ACC_AUTH_ERROR\"}");
  g_autoptr(JsonNode) fine = parse ("{\"status\":\"success\"}");
  g_autoptr(JsonNode) null_error = parse ("{\"error\":null,\"items\":[]}");
  g_autoptr(JsonNode) array = parse ("[{\"error\":\"x\"}]");
  g_autoptr(GError) error = deck_api_error_new_from_reply (200, "OK", failed);
  g_autofree char *description = NULL;

  g_assert_error (error, DECK_API_ERROR, DECK_API_ERROR_REMOTE);
  g_assert_cmpstr (error->message, ==, "ACC_AUTH_ERROR");
  description = deck_api_error_describe (error);
  g_assert_nonnull (strstr (description, "ACC_AUTH_ERROR"));

  g_assert_null (deck_api_error_new_from_reply (200, "OK", fine));
  g_assert_null (deck_api_error_new_from_reply (200, "OK", null_error));
  g_assert_null (deck_api_error_new_from_reply (200, "OK", array));
  g_assert_null (deck_api_error_new_from_reply (204, "No Content", NULL));
}

static void
test_describe (void)
{
  g_autoptr(GError) unauthorized = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_UNAUTHORIZED, "Invalid API key");
  g_autoptr(GError) invalid = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_INVALID, "body must have required property 'name'");
  g_autoptr(GError) network = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_NETWORK, "Connection refused");
  g_autoptr(GError) payment = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_PAYMENT_REQUIRED, "x");
  g_autoptr(GError) forbidden = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_FORBIDDEN, "x");
  g_autoptr(GError) limited = g_error_new_literal (DECK_API_ERROR, DECK_API_ERROR_RATE_LIMITED, "x");
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "x");
  g_autofree char *d_unauthorized = deck_api_error_describe (unauthorized);
  g_autofree char *d_invalid = deck_api_error_describe (invalid);
  g_autofree char *d_network = deck_api_error_describe (network);
  g_autofree char *d_payment = deck_api_error_describe (payment);
  g_autofree char *d_forbidden = deck_api_error_describe (forbidden);
  g_autofree char *d_limited = deck_api_error_describe (limited);
  g_autofree char *d_cancelled = deck_api_error_describe (cancelled);

  g_assert_cmpstr (d_unauthorized, ==, "The API key was refused. Check that it is correct and has not been revoked.");
  /* The raw text is never the whole story, but the server's reason is kept for INVALID. */
  g_assert_true (g_str_has_suffix (d_invalid, "body must have required property 'name'"));
  g_assert_false (g_str_equal (d_invalid, invalid->message));
  g_assert_cmpstr (d_network, ==, "Could not reach the server. Check your internet connection.");
  g_assert_true (g_str_has_prefix (d_payment, "This workspace has no active paid plan"));
  g_assert_true (g_str_has_prefix (d_forbidden, "This API key lacks the permission for this action"));
  g_assert_true (g_str_has_prefix (d_limited, "Instantly is limiting requests right now"));
  g_assert_nonnull (d_cancelled);
  g_assert_cmpstr (deck_api_error_get_title (unauthorized), ==, "The API key was refused");

  /* Every class has its own words. */
  for (int code = DECK_API_ERROR_UNAUTHORIZED; code <= DECK_API_ERROR_INVALID_URL; code++)
    {
      g_autoptr(GError) error = g_error_new_literal (DECK_API_ERROR, code, "raw server text");
      g_autofree char *description = deck_api_error_describe (error);

      if (code != DECK_API_ERROR_INVALID && code != DECK_API_ERROR_REMOTE)
        g_assert_null (strstr (description, "raw server text"));
      g_assert_cmpstr (deck_api_error_get_title (error), !=, "Something went wrong");
    }
}

static void
test_transport (void)
{
  g_autoptr(GError) refused = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED, "refused");
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  g_autoptr(GError) mapped = deck_api_error_new_from_transport (refused);
  g_autoptr(GError) kept = deck_api_error_new_from_transport (cancelled);

  g_assert_error (mapped, DECK_API_ERROR, DECK_API_ERROR_NETWORK);
  g_assert_error (kept, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api-error/status-classes", test_status_classes);
  g_test_add_func ("/api-error/envelope-fallbacks", test_envelope_fallbacks);
  g_test_add_func ("/api-error/error-inside-success", test_error_inside_success);
  g_test_add_func ("/api-error/describe", test_describe);
  g_test_add_func ("/api-error/transport", test_transport);

  return g_test_run ();
}
