#!/usr/bin/env bash
# Builds fuzz_jsoncodec with clang-14 (libFuzzer, ASan, UBSan) into its own build folder,
# makes a seed corpus from the sandbox's own answers, and fuzzes for SECONDS.
#   tests/fuzz/run_fuzz.sh SANDBOX_EXE BUILD_DIR SECONDS
# The long run: tests/fuzz/run_fuzz.sh build/sandbox/optimaldial-sandbox build-fuzz 3600
set -euo pipefail
SANDBOX="$1"; BUILD="$2"; SECONDS_TO_RUN="$3"
cd "$(dirname "$0")/../.."
command -v clang++-14 >/dev/null || { echo "clang++-14 is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DODWH_FUZZ=ON -DODWH_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_jsoncodec

CORPUS="$BUILD/fuzz-corpus"
mkdir -p "$CORPUS"
KEY="od_live_FuzzSeedKeyAAAAAAAAAAAAAAAAAAAAA"
OUT="$(mktemp)"
OPTIMALDIAL_SANDBOX_KEYS="$KEY" "$SANDBOX" --port 0 --generate 12 >"$OUT" 2>/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$OUT"' EXIT
for _ in $(seq 1 50); do [ -s "$OUT" ] && break; sleep 0.1; done
URL="$(head -n 1 "$OUT" | sed -n 's/^listening on //p')"
[ -n "$URL" ] || { echo "the sandbox did not start" >&2; exit 1; }
get() { curl -s -H "Authorization: Bearer $KEY" "$URL/api/v1/webhooks$1"; }
get "" >"$CORPUS/list.json"
ID="$(sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p' "$CORPUS/list.json")"
get "/$ID" >"$CORPUS/endpoint.json"
get "/$ID/deliveries?limit=20" >"$CORPUS/deliveries.json"
get "/00000000-0000-4000-8000-000000000000" >"$CORPUS/not-found.json"
curl -s -X POST -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
  -d '{"url":"https://hooks.example.com/fuzz","description":"caf\u00e9 \ud83d\ude80"}' "$URL/api/v1/webhooks" >"$CORPUS/created.json"
kill $PID 2>/dev/null || true
# URLs as a server might send them: punycode, Unicode, hidden characters, odd parts.
printf 'https://hooks.xn--bcher-versand-wob.de:8443/od/caf%%C3%%A9?a=1&b=%%20#frag' >"$CORPUS/url-punycode.txt"
printf 'https://hooks.b\xc3\xbccher-versand.de/\xe2\x80\xaemoc.elgoog\xe2\x80\x8b?q=\xc2\xa0x' >"$CORPUS/url-hidden.txt"
printf 'https://user:pw@[2001:db8::1]/a/../b?x#y' >"$CORPUS/url-ipv6.txt"

# Qt is not instrumented: coverage comes from our own code. Leaks are Qt's own statics.
# New inputs go to the first folder; tests/fuzz/regressions holds what earlier runs found.
ASAN_OPTIONS=detect_leaks=0 "$BUILD/tests/fuzz/fuzz_jsoncodec" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$BUILD/" "$CORPUS" tests/fuzz/regressions
