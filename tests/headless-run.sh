#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# headless-run.sh CMD [ARGS...]: runs CMD with a private D-Bus session bus, a throwaway
# unlocked gnome-keyring and an Xvfb display (HEADLESS.md). The bus is outside and Xvfb
# inside, so a keyring prompt can never wait on the display (HEADLESS.md G3).
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/instadeck-headless.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/data" "$tmp/runtime" "$tmp/config"
export XDG_DATA_HOME="$tmp/data"
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_CONFIG_HOME="$tmp/config"
export GTK_A11Y="${GTK_A11Y:-none}"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- sh -c '
  # a non-empty line: zero bytes on stdin leave the keyring locked (HEADLESS.md G2)
  printf "%s\n" ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$@"' headless-run "$@"
