#!/usr/bin/env bash
# Takes the AppStream metainfo's screenshot from the real main window against the sandbox, on
# a private Xvfb display (1280x800, no window manager), with throwaway HOME and settings:
# <out-dir>/main-window.png (default packaging/screenshots/). The metainfo names it at
# ODWH_SCREENSHOTS_URL (resources/CMakeLists.txt), where it is published with a release.
#   scripts/screenshots.sh [--no-build] [out-dir]
# --no-build: use the programs already in $ODWH_BUILD_DIR (default build/), as the test does.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1
if [ "${1:-}" = "--no-build" ]; then BUILD=0; shift; fi
OUT_DIR="$(realpath -m "${1:-packaging/screenshots}")"
BUILD_DIR="${ODWH_BUILD_DIR:-build}"
if [ "$BUILD" = 1 ]; then
  scripts/install-deps.sh
  scripts/build.sh optimaldial-webhooks optimaldial-sandbox
fi
APP="$(realpath "$BUILD_DIR/ui/optimaldial-webhooks")"
SANDBOX="$(realpath "$BUILD_DIR/sandbox/optimaldial-sandbox")"
mkdir -p "$OUT_DIR"

WORK="$(mktemp -d /tmp/odwh-screenshots.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK"/{config,data,cache,runtime,settings}
chmod 700 "$WORK/runtime"
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" \
  XDG_RUNTIME_DIR="$WORK/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY || true

# The sandbox's generated organization (the same every run: its default random seed), still.
KEY="od_live_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
OPTIMALDIAL_SANDBOX_KEYS="$KEY" "$SANDBOX" --port 0 --generate 40 --enable-control \
  >"$WORK/sandbox.out" 2>"$WORK/sandbox.log" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
URL="$(head -n 1 "$WORK/sandbox.out" | sed -n 's/^listening on //p')"
[ -n "$URL" ] || { echo "screenshots: the sandbox did not start: $(cat "$WORK/sandbox.log")" >&2; exit 1; }

export APP URL KEY WORK OUT_DIR
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" bash -c '
  set -euo pipefail
  QT_QPA_PLATFORM=xcb OPTIMALDIAL_API_KEY="$KEY" "$APP" --settings-dir "$WORK/settings" --profile Acme \
    --base-url "$URL" >"$WORK/app.log" 2>&1 &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  window=""
  for _ in $(seq 1 60); do
    window="$(xdotool search --onlyvisible --pid "$app" --name "OptimalDial Webhooks" 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.5
  done
  [ -n "$window" ] || { cat "$WORK/app.log" >&2; echo "screenshots: no window" >&2; exit 1; }
  for _ in $(seq 1 60); do
    curl -s "$URL/__sandbox/requests" | grep -q "\"path\":\"/api/v1/webhooks\",\"query\":\"[^\"]*\",\"body\":\"\",\"status\":200" && break
    sleep 0.5
  done
  # The first failing endpoint selected, so that the details pane has something to show.
  xdotool mousemove --window "$window" 300 283 click 1
  sleep 2
  # 256 colours, undithered: the same picture of flat widgets at a third of the size.
  import -window "$window" png:- | convert - -strip +dither -colors 256 "PNG8:$OUT_DIR/main-window.png"
'
echo "screenshots: $OUT_DIR/main-window.png ($(identify -format "%wx%h, %b" "$OUT_DIR/main-window.png"))"
