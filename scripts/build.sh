#!/usr/bin/env bash
# Configures and builds into $ODWH_BUILD_DIR (default build/). Arguments name the
# targets to build (default: everything). ODWH_WERROR=1 or CI=true: warnings are errors.
# ODWH_SANITIZE=address,undefined: a sanitizer build (use its own ODWH_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${ODWH_BUILD_DIR:-build}"
WERROR=OFF
if [ "${CI:-}" = "true" ] || [ "${ODWH_WERROR:-}" = "1" ]; then WERROR=ON; fi
# ccache, when installed, lets build/ and build-tests/ (and other checkouts) share objects.
LAUNCHER=()
if command -v ccache >/dev/null; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=true
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${ODWH_BUILD_TYPE:-RelWithDebInfo}" \
  -DODWH_WARNINGS_AS_ERRORS="$WERROR" -DODWH_SANITIZE="${ODWH_SANITIZE:-}" "${LAUNCHER[@]}" >/dev/null
if [ $# -gt 0 ]; then
  cmake --build "$BUILD_DIR" -j "$(nproc)" --target "$@"
else
  cmake --build "$BUILD_DIR" -j "$(nproc)"
fi
