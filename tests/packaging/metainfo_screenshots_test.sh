#!/usr/bin/env bash
# The metainfo's screenshot: scripts/screenshots.sh takes it from the real window against the
# sandbox (into this build tree); it must be a real picture of the window, small enough to
# commit, the committed one (packaging/screenshots/) must be of the same size, and the
# configured metainfo that names it must validate (appstreamcli, no network).
#   metainfo_screenshots_test.sh <build-dir> <app-id>
set -euo pipefail
BUILD_DIR="$(realpath "$1")"
APP_ID="$2"
SOURCE_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }

OUT="$BUILD_DIR/screenshots-test"
rm -rf "$OUT"
ODWH_BUILD_DIR="$BUILD_DIR" "$SOURCE_DIR/scripts/screenshots.sh" --no-build "$OUT"
SHOT="$OUT/main-window.png"
[ -s "$SHOT" ] || fail "no screenshot at $SHOT"
read -r width height bytes colours <<<"$(identify -format '%w %h %B %k' "$SHOT")"
echo "screenshot: ${width}x${height}, $bytes bytes, $colours colours"
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] || fail "the screenshot is ${width}x${height}: not the main window"
[ "$colours" -gt 50 ] || fail "the screenshot is (nearly) blank: $colours colours"
[ "$bytes" -lt 307200 ] || fail "the screenshot takes $bytes bytes (at most 300 KB)"

COMMITTED="$SOURCE_DIR/packaging/screenshots/main-window.png"
[ -s "$COMMITTED" ] || fail "$COMMITTED is missing: run scripts/screenshots.sh"
committed_size="$(identify -format '%wx%h' "$COMMITTED")"
[ "$committed_size" = "${width}x${height}" ] \
  || fail "the committed screenshot is $committed_size, a fresh one ${width}x${height}: run scripts/screenshots.sh"

METAINFO="$BUILD_DIR/resources/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate $METAINFO"
grep -q '<image type="source">https://[^<]*/main-window.png</image>' "$METAINFO" \
  || fail "the metainfo does not name main-window.png at a web address"
grep -q '<caption xml:lang="de">' "$METAINFO" || fail "the screenshot has no German caption"
echo "metainfo screenshot: OK"
