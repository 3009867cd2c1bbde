#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs the packages, builds,
# then runs ctest inside what the tests need: a private session D-Bus with an unlocked
# gnome-keyring (Secret Service), an Xvfb display, and a throwaway HOME/XDG tree so
# that nothing touches the real home. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

scripts/install-deps.sh
# A build of its own, with warnings as errors, so that it never fights scripts/run.sh's.
export ODWH_BUILD_DIR="${ODWH_BUILD_DIR:-build-tests}"
ODWH_WERROR=1 scripts/build.sh
BUILD_DIR="$ODWH_BUILD_DIR"

TEST_HOME="$(mktemp -d /tmp/odwh-test-home.XXXXXX)"
trap 'rm -rf "$TEST_HOME"' EXIT
mkdir -p "$TEST_HOME"/{config,data,cache,state,runtime}
chmod 700 "$TEST_HOME/runtime"
export HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/config" XDG_DATA_HOME="$TEST_HOME/data" \
  XDG_CACHE_HOME="$TEST_HOME/cache" XDG_STATE_HOME="$TEST_HOME/state" XDG_RUNTIME_DIR="$TEST_HOME/runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY || true
# Sanitizer builds: stop at the first report. Leaks are not checked (Qt's own at exit).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ODWH_KEYRING_PASS="odwh-test-$RANDOM$RANDOM"

# Inside the session bus: unlock a fresh keyring, then run ctest under Xvfb. The
# accessibility bus (at-spi2-core) starts on this session bus when the AT-SPI test asks.
# -noreset: Xvfb otherwise resets whenever its last client leaves, and refuses the next
# one (an app a test starts) while it does.
dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf %s "$ODWH_KEYRING_PASS" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  exec xvfb-run -a -s "-screen 0 1280x800x24 -noreset" ctest --test-dir "$0" --output-on-failure -j 2 "$@"
' "$ROOT/$BUILD_DIR" "$@"
