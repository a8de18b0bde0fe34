/* deck-campaign-body.c
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "instadeck-campaign-body"

#include "config.h"

#include <string.h>

#include "deck-campaign-draft.h"

/* Text → HTML */

static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  const char *end = text + len;

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static gboolean
line_is_blank (const char *line)
{
  for (; *line != '\0'; line++)
    if (!g_ascii_isspace (*line))
      return FALSE;
  return TRUE;
}

char *
deck_campaign_body_from_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) crlf = NULL;
  g_autofree char *normal = NULL;
  g_auto(GStrv) lines = NULL;
  guint first = 0;
  guint last;
  gboolean in_paragraph = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  /* One line ending, no leading or trailing blank lines. */
  crlf = g_strsplit (text, "\r\n", -1);
  normal = g_strjoinv ("\n", crlf);
  g_strdelimit (normal, "\r", '\n');

  lines = g_strsplit (normal, "\n", -1);
  last = g_strv_length (lines);
  while (first < last && line_is_blank (lines[first]))
    first++;
  while (last > first && line_is_blank (lines[last - 1]))
    last--;

  /* A paragraph is one <div>, its lines joined by <br/>; each blank line between
   * paragraphs is an empty <div><br/></div>, as Instantly's own editor writes them,
   * so the delivered email keeps its spacing. */
  for (guint i = first; i < last; i++)
    {
      if (line_is_blank (lines[i]))
        {
          if (in_paragraph)
            g_string_append (out, "</div>");
          in_paragraph = FALSE;
          g_string_append (out, "<div><br/></div>");
          continue;
        }

      if (in_paragraph)
        g_string_append (out, "<br/>");
      else
        g_string_append (out, "<div>");
      in_paragraph = TRUE;
      append_escaped (out, lines[i], strlen (lines[i]));
    }

  if (in_paragraph)
    g_string_append (out, "</div>");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* HTML → text */

static gboolean
tag_is (const char *tag,
        const char *name)
{
  gsize len = strlen (name);

  return g_ascii_strncasecmp (tag, name, len) == 0 &&
         (tag[len] == '\0' || tag[len] == '/' || g_ascii_isspace (tag[len]));
}

static void
ensure_newlines (GString *out,
                 guint    count)
{
  guint have = 0;

  if (out->len == 0)
    return;

  while (have < out->len && out->str[out->len - 1 - have] == '\n')
    have++;
  for (; have < count; have++)
    g_string_append_c (out, '\n');
}

/* Decodes one entity at @p ('&'); returns the bytes consumed, 0 when it is none. */
static gsize
append_entity (GString    *out,
               const char *p)
{
  static const struct { const char *name; const char *text; } named[] = {
    { "amp;", "&" }, { "lt;", "<" }, { "gt;", ">" }, { "quot;", "\"" },
    { "apos;", "'" }, { "nbsp;", " " },
  };
  const char *semi;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strncmp (p + 1, named[i].name, strlen (named[i].name)) == 0)
      {
        g_string_append (out, named[i].text);
        return 1 + strlen (named[i].name);
      }

  if (p[1] == '#' && (semi = strchr (p, ';')) != NULL && semi - p <= 10)
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      g_autofree char *digits = g_strndup (p + (hex ? 3 : 2), semi - p - (hex ? 3 : 2));
      char *end = NULL;
      guint64 code = g_ascii_strtoull (digits, &end, hex ? 16 : 10);

      if (digits[0] != '\0' && end != NULL && *end == '\0' && g_unichar_validate ((gunichar) code))
        {
          g_string_append_unichar (out, (gunichar) code);
          return semi - p + 1;
        }
    }

  return 0;
}

static gboolean
looks_like_html (const char *html)
{
  static const char * const markers[] = { "<div", "<br", "<p", "</", "<span", "<a ", NULL };

  for (guint i = 0; markers[i] != NULL; i++)
    if (strstr (html, markers[i]) != NULL)
      return TRUE;
  return FALSE;
}

char *
deck_campaign_body_to_text (const char *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean markup;
  const char *p = html;

  g_return_val_if_fail (html != NULL, NULL);

  /* Plain text sent by other API clients keeps its own line breaks. */
  markup = looks_like_html (html);

  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');
          g_autofree char *tag = NULL;
          const char *name;
          gboolean closing;

          if (close == NULL)
            {
              g_string_append (out, p);
              break;
            }

          tag = g_strndup (p + 1, close - p - 1);
          closing = tag[0] == '/';
          name = closing ? tag + 1 : tag;

          if (tag_is (name, "br"))
            g_string_append_c (out, '\n');
          else if (tag_is (name, "div") || tag_is (name, "li") || tag_is (name, "tr") ||
                   tag_is (name, "h1") || tag_is (name, "h2") || tag_is (name, "h3"))
            ensure_newlines (out, 1);
          else if (tag_is (name, "p"))
            ensure_newlines (out, closing ? 2 : 1);
          /* Any other tag is dropped, its text kept. */

          p = close + 1;
          continue;
        }

      if (*p == '&')
        {
          gsize used = append_entity (out, p);

          if (used > 0)
            {
              p += used;
              continue;
            }
        }

      if (markup && (*p == '\n' || *p == '\r'))
        {
          p++;
          continue;
        }

      g_string_append_c (out, *p);
      p++;
    }

  /* Blocks end in a line break: no trailing or leading blank lines. */
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && out->str[0] == '\n')
    g_string_erase (out, 0, 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Preview */

/* The end of the spintax group opened at @open ('{'), or NULL when unbalanced. */
static const char *
spintax_end (const char *open,
             const char *limit)
{
  int depth = 0;

  for (const char *p = open; p < limit; p++)
    {
      if (*p == '{')
        depth++;
      else if (*p == '}' && --depth == 0)
        return p;
    }

  return NULL;
}

/* The end of the first option of the group between @start and @end (a '|' at depth 0,
 * or @end). */
static const char *
first_option_end (const char *start,
                  const char *end)
{
  int depth = 0;

  for (const char *p = start; p < end; p++)
    {
      if (*p == '{')
        depth++;
      else if (*p == '}')
        depth--;
      else if (*p == '|' && depth == 0)
        return p;
    }

  return end;
}

static gboolean
has_top_level_bar (const char *start,
                   const char *end)
{
  return first_option_end (start, end) != end;
}

static void
render_range (GString    *out,
              const char *p,
              const char *limit,
              GHashTable *values)
{
  while (p < limit)
    {
      if (p[0] == '{' && p + 1 < limit && p[1] == '{')
        {
          const char *close = g_strstr_len (p + 2, limit - p - 2, "}}");

          if (close != NULL)
            {
              g_autofree char *inner = g_strndup (p + 2, close - p - 2);
              const char *value;

              g_strstrip (inner);
              value = values != NULL ? g_hash_table_lookup (values, inner) : NULL;
              if (value != NULL)
                g_string_append (out, value);
              p = close + 2;
              continue;
            }
        }

      if (p[0] == '{')
        {
          const char *end = spintax_end (p, limit);

          if (end != NULL && has_top_level_bar (p + 1, end))
            {
              render_range (out, p + 1, first_option_end (p + 1, end), values);
              p = end + 1;
              continue;
            }
        }

      g_string_append_c (out, *p);
      p++;
    }
}

char *
deck_campaign_render_preview (const char *template_text,
                              GHashTable *values)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (template_text != NULL, NULL);

  out = g_string_new (NULL);
  render_range (out, template_text, template_text + strlen (template_text), values);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
