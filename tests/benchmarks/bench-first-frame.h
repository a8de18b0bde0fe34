/* bench-first-frame.h
 *
 * Copyright 2026 The Instadeck developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The protocol between bench-startup and the programs it starts: the parent puts its
 * CLOCK_MONOTONIC start time (µs, g_get_monotonic_time) into INSTADECK_BENCH_T0; the
 * child, at the first paint of its window, prints one line
 *   "first-frame-us=<µs since T0> rss-kb=<VmRSS>"
 * to stdout and quits. */
#define BENCH_T0_ENV "INSTADECK_BENCH_T0"
