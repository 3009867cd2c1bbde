#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine: installs the packages, builds, starts
# the local sandbox server with sample data that keeps moving (--simulate), and opens
# the app connected to it. The sandbox key is made up for this run and handed to the
# app through the environment (used for the session, never stored, never in argv).
# Closing the window stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# After scripts/test.sh, its build (build-tests/, warnings as errors) already holds the
# app and the sandbox: use it with the same settings, so that nothing is compiled twice.
if [ -z "${ODWH_BUILD_DIR:-}" ] && [ -d build-tests ] && [ ! -d build ]; then
  export ODWH_BUILD_DIR=build-tests ODWH_WERROR=1
fi
scripts/build.sh optimaldial-webhooks optimaldial-sandbox
BUILD_DIR="${ODWH_BUILD_DIR:-build}"
SANDBOX="$BUILD_DIR/sandbox/optimaldial-sandbox"
APP="$BUILD_DIR/ui/optimaldial-webhooks"

KEY="od_live_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
export OPTIMALDIAL_SANDBOX_KEYS="$KEY"
LOG="$(mktemp /tmp/odwh-sandbox.XXXXXX.log)"
"$SANDBOX" --port "${ODWH_SANDBOX_PORT:-0}" --generate "${ODWH_SAMPLE_COUNT:-60}" --simulate >"$LOG.out" 2>"$LOG" &
SANDBOX_PID=$!
# The demo's profile ("Local sandbox", this run's port) and window state go to a
# throwaway settings folder: the user's own settings stay as they were.
DEMO_SETTINGS="$(mktemp -d /tmp/odwh-demo-settings.XXXXXX)"
trap 'kill $SANDBOX_PID 2>/dev/null || true; rm -rf "$DEMO_SETTINGS"' EXIT

for _ in $(seq 1 100); do
  if [ -s "$LOG.out" ]; then break; fi
  sleep 0.1
done
URL="$(head -n 1 "$LOG.out" | sed -n 's/^listening on //p')"
if [ -z "$URL" ]; then
  echo "The sandbox did not start; its log:" >&2
  cat "$LOG" >&2
  exit 1
fi
echo "Sandbox: $URL (log: $LOG), key prefix ${KEY:0:12}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: the app needs a desktop session. The sandbox keeps running; reach it with"
  echo "  KEY=$KEY   # made up for this sandbox run only"
  echo "  curl -H \"Authorization: Bearer \$KEY\" $URL/api/v1/webhooks"
  echo "Press Ctrl+C to stop it."
  wait $SANDBOX_PID
  exit 0
fi

OPTIMALDIAL_API_KEY="$KEY" "$APP" --settings-dir "$DEMO_SETTINGS" --profile "Local sandbox" --base-url "$URL" "$@"
