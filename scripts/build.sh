#!/usr/bin/env bash
# Configures and builds everything into build/ (or $ODWH_BUILD_DIR).
# In CI (CI=true) warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${ODWH_BUILD_DIR:-build}"
WERROR=OFF
if [ "${CI:-}" = "true" ] || [ "${ODWH_WERROR:-}" = "1" ]; then WERROR=ON; fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${ODWH_BUILD_TYPE:-RelWithDebInfo}" \
  -DODWH_WARNINGS_AS_ERRORS="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
