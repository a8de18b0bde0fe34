/* deck-chart-private.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "deck-chart.h"
#include "deck-chart-axis.h"
#include "deck-chart-layer.h"

G_BEGIN_DECLS

/* The chart's data as a table: the distinct x values of all series ("stops"),
 * sorted, and each series' value at each stop (NAN where it has none). Tables,
 * CSV, the focus text and the layers all read this one table. */
typedef struct
{
  GArray    *stops;        /* double */
  GPtrArray *stop_labels;  /* char *, NULL where no series names the x */
  GPtrArray *series;       /* DeckChartSeries *, in legend order */
  GPtrArray *layers;       /* DeckChartLayer * of each series */
  GPtrArray *values;       /* GArray of double per series, aligned to stops */
} DeckChartData;

typedef enum
{
  DECK_CHART_SHAPE_RULE,   /* a thin filled rectangle: grid lines, axes */
  DECK_CHART_SHAPE_PANEL,  /* a rounded rectangle with an optional border */
  DECK_CHART_SHAPE_BAR,    /* a bar, rounded at its far end */
  DECK_CHART_SHAPE_LINE,   /* a polyline stroke */
  DECK_CHART_SHAPE_AREA,   /* the polyline closed down to the baseline, filled */
  DECK_CHART_SHAPE_DOT,    /* a filled circle: centre and radius */
  DECK_CHART_SHAPE_TEXT,   /* one line of text, the box's top-left at x, y */
} DeckChartShapeKind;

typedef struct
{
  DeckChartShapeKind  kind;
  int                 series;      /* index into DeckChartData.series, or -1 */
  GdkRGBA             color;
  GdkRGBA             border;      /* PANEL; alpha 0 for none */
  graphene_rect_t     rect;        /* RULE, PANEL, BAR, TEXT box */
  float               radius;      /* PANEL, BAR corners; DOT radius */
  gboolean            bar_down;    /* BAR: negative, rounded at the bottom */
  float               line_width;  /* LINE */
  float               baseline;    /* AREA: y to close to; TEXT: baseline from the top */
  GArray             *points;      /* LINE, AREA: graphene_point_t; DOT: one centre */
  char               *text;        /* TEXT */
  double              font_scale;  /* TEXT */
  gboolean            bold;        /* TEXT */
} DeckChartShape;

struct _DeckChartScene
{
  float                 width;
  float                 height;
  GdkRGBA               background;  /* alpha 0: transparent */
  graphene_rect_t       plot;
  PangoFontDescription *font;        /* the base font */
  double                font_px;     /* its size in pixels */
  GPtrArray            *shapes;      /* DeckChartShape *, in drawing order */
  GArray               *stop_px;     /* float: x of each stop, for hit-testing */
  gboolean              enough_data;
};

/* The palette a scene is drawn with (light or dark). */
typedef struct
{
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA grid;
  GdkRGBA axis;
  GdkRGBA view_bg;
  GdkRGBA card_bg;
  GdkRGBA card_border;
} DeckChartPalette;

struct _DeckChartFrame
{
  graphene_rect_t      plot;
  DeckChartAxis       *x_axis;
  DeckChartAxis       *y_axis;
  const DeckChartData *data;
  const GdkRGBA       *colors;       /* per series */
  const DeckChartPalette *palette;
  gboolean             slots;        /* the x axis is cut into equal slots */
  float                slot_width;
  float                zero_y;       /* y of the value 0, clamped to the plot */
};

/* Frame maths for layers */
float           _deck_chart_frame_x_for_stop   (const DeckChartFrame *frame,
                                                guint                 stop);
float           _deck_chart_frame_y_for_value  (const DeckChartFrame *frame,
                                                double                value);
double          _deck_chart_frame_get_value    (const DeckChartFrame *frame,
                                                guint                 series,
                                                guint                 stop);
/* Indexes into data->series of @layer's visible series. */
GArray         *_deck_chart_frame_visible_series (const DeckChartFrame *frame,
                                                  DeckChartLayer       *layer);

/* Scenes */
DeckChartScene *_deck_chart_scene_new          (float                 width,
                                                float                 height,
                                                PangoContext         *context);
void            _deck_chart_scene_free         (DeckChartScene       *scene);
DeckChartShape *_deck_chart_scene_add          (DeckChartScene       *scene,
                                                DeckChartShapeKind    kind,
                                                int                   series,
                                                const GdkRGBA        *color);
DeckChartShape *_deck_chart_scene_add_rect     (DeckChartScene       *scene,
                                                DeckChartShapeKind    kind,
                                                int                   series,
                                                const GdkRGBA        *color,
                                                float                 x,
                                                float                 y,
                                                float                 width,
                                                float                 height);
DeckChartShape *_deck_chart_scene_add_text     (DeckChartScene       *scene,
                                                PangoContext         *context,
                                                const char           *text,
                                                double                font_scale,
                                                gboolean              bold,
                                                const GdkRGBA        *color,
                                                float                 x,
                                                float                 y);
void            _deck_chart_scene_measure      (DeckChartScene       *scene,
                                                PangoContext         *context,
                                                const char           *text,
                                                double                font_scale,
                                                gboolean              bold,
                                                float                *width,
                                                float                *height,
                                                float                *baseline);
void            _deck_chart_scene_snapshot     (DeckChartScene       *scene,
                                                PangoContext         *context,
                                                GtkSnapshot          *snapshot);
GBytes         *_deck_chart_scene_to_svg       (DeckChartScene       *scene,
                                                const DeckChartData  *data,
                                                const char           *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeckChartScene, _deck_chart_scene_free)

/* Layers (deck-chart-layer.c) */
guint           _deck_chart_layer_get_min_points (DeckChartLayer       *self);
gboolean        _deck_chart_layer_uses_slots     (DeckChartLayer       *self);
void            _deck_chart_layer_build          (DeckChartLayer       *self,
                                                  const DeckChartFrame *frame,
                                                  DeckChartScene       *scene);

/* The chart (deck-chart.c) */
const DeckChartData *_deck_chart_get_data      (DeckChart            *self);
/* Builds the scene at @width x @height; exports add the title, legend and a
 * background, the widget the focus overlay. */
DeckChartScene *_deck_chart_build_scene        (DeckChart            *self,
                                                PangoContext         *context,
                                                float                 width,
                                                float                 height,
                                                gboolean              for_export);

G_END_DECLS
