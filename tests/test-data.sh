#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-data.sh potfiles SRCROOT         every src/ and data/ file with translatable strings
#                                       is listed in po/POTFILES.in, each listed file exists,
#                                       and the list is sorted
# test-data.sh flatpak-manifest FILE    flatpak-builder --show-manifest parses FILE without
#                                       any warning (unknown keys are only warnings)
set -eu

potfiles() {
  root=$1
  list=$root/po/POTFILES.in
  status=0
  listed=$(mktemp)
  wanted=$(mktemp)
  trap 'rm -f "$listed" "$wanted"' EXIT
  grep -v '^[[:space:]]*#' "$list" | sed '/^[[:space:]]*$/d' >"$listed"

  for f in $(cat "$listed"); do
    if [ ! -f "$root/$f" ]; then
      echo "POTFILES.in lists $f, which does not exist"
      status=1
    fi
  done

  if ! LC_ALL=C sort -c "$listed" 2>/dev/null; then
    echo "POTFILES.in is not sorted (LC_ALL=C sort)"
    status=1
  fi

  cd "$root"
  {
    grep -rlE '(^|[^A-Za-z0-9_])(N_|C_|NC_|_|g_dngettext|ngettext)[[:space:]]*\(' \
      --include='*.c' src data 2>/dev/null || true
    grep -rl 'translatable="yes"' --include='*.ui' src data 2>/dev/null || true
    find data -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml'
  } | LC_ALL=C sort -u >"$wanted"

  for f in $(cat "$wanted"); do
    if ! grep -qxF "$f" "$listed"; then
      echo "$f has translatable strings but is missing from po/POTFILES.in"
      status=1
    fi
  done

  [ $status -eq 0 ] && echo "POTFILES.in is complete: $(wc -l <"$listed") files"
  return $status
}

flatpak_manifest() {
  manifest=$1
  builder=${FLATPAK_BUILDER:-flatpak-builder}
  err=$(mktemp)
  trap 'rm -f "$err"' EXIT
  if ! "$builder" --show-manifest "$manifest" >/dev/null 2>"$err"; then
    cat "$err"
    echo "flatpak-builder could not parse $manifest"
    return 1
  fi
  if grep -q WARNING "$err"; then
    cat "$err"
    echo "flatpak-builder warned about $manifest"
    return 1
  fi
  echo "$manifest parses without warnings"
}

case "${1:-}" in
  potfiles) potfiles "$2" ;;
  flatpak-manifest) flatpak_manifest "$2" ;;
  *) echo "usage: $0 potfiles SRCROOT | flatpak-manifest FILE" >&2; exit 2 ;;
esac
