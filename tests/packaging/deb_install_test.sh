#!/usr/bin/env bash
# The .deb, end to end, as a user gets it:
#   cpack -G DEB on the already-built tree -> lintian (when installed) -> apt-get install ./pkg.deb
#   -> desktop-file-validate / appstreamcli validate on the installed files
#   -> installed `optimaldial-webhooks --version` and `optimaldial-sandbox --version`
#   -> installed sandbox + the app started with the installed .desktop file's Exec line, extended
#      with --profile/--base-url, on a private Xvfb display -> window found (xdotool), screenshot,
#      the app's authenticated request seen by the sandbox
#   -> apt-get purge -> nothing of `dpkg -L` left behind.
#
# Usage: deb_install_test.sh BUILD_DIR VERSION APP_ID
# Exit 77 (ctest SKIP_RETURN_CODE) when not root, when dpkg/cpack are missing, or when the tree
# has not been built. Without apt-get, or with ODWH_PACKAGING_TEST_EXTRACT=1, it installs nothing
# and runs the package from `dpkg -x` in a throwaway root instead.
# Installs system-wide: registered with RESOURCE_LOCK so that it never overlaps itself; other
# tests are unaffected (they use build-tree executables, and this test uses its own X display
# and its own HOME/XDG directories).
set -uo pipefail

BUILD_DIR="${1:?build dir}"
VERSION="${2:?version}"
APP_ID="${3:?application id}"
PKG=optimaldial-webhooks
SKIP=77

skip() { echo "SKIP: $*"; exit $SKIP; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
have() { command -v "$1" >/dev/null 2>&1; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install a package system-wide"
have dpkg && have dpkg-deb || skip "dpkg is missing (not a Debian system)"
have cpack || skip "cpack is missing"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || skip "$BUILD_DIR has no CPackConfig.cmake (configure first)"
[ -x "$BUILD_DIR/ui/optimaldial-webhooks" ] && [ -x "$BUILD_DIR/sandbox/optimaldial-sandbox" ] \
  || skip "build optimaldial-webhooks and optimaldial-sandbox first"

WORK="$(mktemp -d /tmp/odwh-packaging.XXXXXX)"
OUT="$BUILD_DIR/packaging-test"   # kept after the run: screenshot, logs
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.log
PIDS=()
INSTALLED_BY_US=0
ROOT=""   # empty: installed system-wide; otherwise the dpkg -x root

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  local status
  status="$(dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null)"
  if [ "$INSTALLED_BY_US" = 1 ] && [ -n "$status" ] && [[ "$status" != *not-installed ]]; then
    echo "cleanup: purging $PKG"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 purge -y -q "$PKG" >/dev/null 2>&1 || dpkg --purge "$PKG" >/dev/null 2>&1
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
step "cpack -G DEB (already-built tree: $BUILD_DIR)"
( cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/cpack" ) >"$OUT/cpack.log" 2>&1 \
  || { cat "$OUT/cpack.log"; fail "cpack -G DEB failed"; }
DEB="$(ls "$WORK"/cpack/${PKG}_*.deb 2>/dev/null | head -n 1)"
[ -n "$DEB" ] || { cat "$OUT/cpack.log"; fail "no .deb produced"; }
cp "$DEB" "$OUT/"
echo "package: $DEB"
dpkg-deb -f "$DEB"

step "one version number"
deb_version="$(dpkg-deb -f "$DEB" Version)"
[ "$deb_version" = "$VERSION" ] || fail "package version $deb_version, project version $VERSION"
depends="$(dpkg-deb -f "$DEB" Depends)"
for dep in libsecret-1-0 libqt6svg6 libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
  grep -q "\\b$dep\\b" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
echo "Version $deb_version, Depends has libsecret-1-0, the Qt libraries and QtKeychain"
grep -q "qt6-translations-l10n" <<<"$(dpkg-deb -f "$DEB" Recommends)" || fail "Recommends lacks qt6-translations-l10n (Qt's own translations)"

step "lintian"
if have lintian; then
  # Errors and warnings fail the test; informational tags are listed (and justified in
  # README.md, "Installers").
  lintian --tag-display-limit 0 --info "$DEB" >"$OUT/lintian.log" 2>&1
  cat "$OUT/lintian.log"
  if grep -E '^(E|W): ' "$OUT/lintian.log"; then fail "lintian reports errors or warnings"; fi
  echo "lintian: no errors, no warnings"
else
  echo "NOTE: lintian is not installed (scripts/install-deps.sh installs it): not checked"
fi

# ---------------------------------------------------------------------------------------------
if have apt-get && [ "${ODWH_PACKAGING_TEST_EXTRACT:-0}" != 1 ]; then
  step "apt-get install ./$(basename "$DEB")"
  if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed"; then
    echo "NOTE: $PKG $(dpkg-query -W -f='${Version}' "$PKG") was already installed: it is replaced, then purged"
  fi
  INSTALLED_BY_US=1
  # --no-install-recommends: the test must not pull extra packages (qt6-wayland ...) from the net.
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$DEB" >"$OUT/apt-install.log" 2>&1 \
    || { cat "$OUT/apt-install.log"; fail "apt-get install failed"; }
  dpkg-query -W -f='${Status} ${Version}\n' "$PKG"
  dpkg -L "$PKG" | sort >"$WORK/files.txt"
else
  step "dpkg -x into a throwaway root (no system-wide install)"
  ROOT="$WORK/root"
  dpkg -x "$DEB" "$ROOT" || fail "dpkg -x failed"
  dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' | sort >"$WORK/files.txt"
  export PATH="$ROOT/usr/bin:$PATH"
fi
cat "$WORK/files.txt"

for f in /usr/bin/optimaldial-webhooks /usr/bin/optimaldial-sandbox \
         "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         /usr/share/man/man1/optimaldial-webhooks.1.gz /usr/share/man/man1/optimaldial-sandbox.1.gz \
         "/usr/share/doc/$PKG/copyright" "/usr/share/doc/$PKG/changelog.gz"; do
  [ -e "$ROOT$f" ] || fail "not installed: $f"
done
for size in 16 22 24 32 48 64 128 256; do
  png="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  [ -e "$png" ] || fail "not installed: $png"
  if have identify; then
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
  fi
done
echo "binaries, desktop file, metainfo, icons (SVG + 8 PNG sizes), man pages, copyright, changelog: present"

step "validators on the installed files"
DESKTOP="$ROOT/usr/share/applications/$APP_ID.desktop"
METAINFO="$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
if have desktop-file-validate; then
  desktop-file-validate "$DESKTOP" || fail "desktop-file-validate"
  echo "desktop-file-validate: OK"
else
  echo "NOTE: desktop-file-validate is not installed: not checked"
fi
if have appstreamcli; then
  appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"
else
  echo "NOTE: appstreamcli is not installed: not checked"
fi
grep -q "<release version=\"$VERSION\"" "$METAINFO" || fail "metainfo's release is not $VERSION"

step "German: the installed program's own translation, the desktop entry and the metainfo"
grep -q '^Name\[de\]=' "$DESKTOP" && grep -q '^Comment\[de\]=' "$DESKTOP" || fail "the desktop entry has no German Name/Comment"
grep -q '<summary xml:lang="de">' "$METAINFO" || fail "the metainfo has no German summary"
help_de="$(LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE= optimaldial-webhooks --help 2>&1)" || true
grep -q 'Das Profil <name> öffnen' <<<"$help_de" || { echo "$help_de"; fail "the installed program does not speak German"; }
echo "German: desktop entry, metainfo summary and the program's translation present"

# ---------------------------------------------------------------------------------------------
# The app runs in its own throwaway HOME/XDG tree (its settings never meet other tests'), but
# keeps the session bus (and so the test keyring) it was given.
APP_HOME="$WORK/home"
mkdir -p "$APP_HOME"/{config,data,cache,state}
export HOME="$APP_HOME" XDG_CONFIG_HOME="$APP_HOME/config" XDG_DATA_HOME="$APP_HOME/data" \
  XDG_CACHE_HOME="$APP_HOME/cache" XDG_STATE_HOME="$APP_HOME/state"

# A private X display, so that our window is never in another test's screenshot and theirs never
# in ours. Falls back to the display we were given.
if have Xvfb; then
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >"$OUT/xvfb.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  [ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$OUT/xvfb.log")"
  export DISPLAY=":$(tr -d '\n' <"$WORK/display")"
fi
[ -n "${DISPLAY:-}" ] || skip "no X display (needs Xvfb or DISPLAY)"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb
echo "display $DISPLAY"

step "--version of the installed executables"
APP_EXE="$ROOT/usr/bin/optimaldial-webhooks"
SANDBOX_EXE="$ROOT/usr/bin/optimaldial-sandbox"
app_version="$(timeout 30 "$APP_EXE" --version)" || fail "optimaldial-webhooks --version failed"
sandbox_version="$(timeout 30 "$SANDBOX_EXE" --version)" || fail "optimaldial-sandbox --version failed"
echo "$app_version"
echo "$sandbox_version"
[ "$app_version" = "optimaldial-webhooks $VERSION" ] || fail "app reports '$app_version', expected $VERSION"
[ "$sandbox_version" = "optimaldial-sandbox $VERSION" ] || fail "sandbox reports '$sandbox_version'"

step "installed sandbox"
KEY="od_live_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"   # 32 characters [A-Za-z0-9_-]
OPTIMALDIAL_SANDBOX_KEYS="$KEY" "$SANDBOX_EXE" --port 0 --generate 20 --enable-control \
  >"$WORK/sandbox.out" 2>"$OUT/sandbox.log" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$WORK/sandbox.out" ] && break; sleep 0.1; done
URL="$(head -n 1 "$WORK/sandbox.out" | sed -n 's/^listening on //p')"
[ -n "$URL" ] || fail "the sandbox did not start: $(cat "$OUT/sandbox.log")"
echo "sandbox at $URL, key ${KEY:0:12}..."

step "the app, started as its desktop entry starts it"
EXEC_LINE="$(sed -n 's/^Exec=//p' "$DESKTOP" | head -n 1)"
[ -n "$EXEC_LINE" ] || fail "no Exec= line in $DESKTOP"
# Drop field codes (%f %U ...): the entry takes no files or URLs.
read -r -a EXEC_ARGV <<<"$(sed 's/ *%[fFuUdDnNickvm]//g' <<<"$EXEC_LINE")"
resolved="$(command -v "${EXEC_ARGV[0]}")" || fail "Exec program ${EXEC_ARGV[0]} is not on PATH"
# (readlink -f: with merged /usr, /bin/x and /usr/bin/x are one file)
[ "$(readlink -f "$resolved")" = "$(readlink -f "$APP_EXE")" ] \
  || fail "Exec runs $resolved, not the installed $APP_EXE"
echo "Exec=$EXEC_LINE -> $resolved"
echo "running: OPTIMALDIAL_API_KEY=<key> ${EXEC_ARGV[*]} --profile Sandbox --base-url $URL"
OPTIMALDIAL_API_KEY="$KEY" "${EXEC_ARGV[@]}" --profile Sandbox --base-url "$URL" >"$OUT/app.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)

WINDOW=""
for _ in $(seq 1 60); do
  kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log"; fail "the app exited"; }
  if have xdotool; then
    WINDOW="$(xdotool search --all --onlyvisible --pid "$APP_PID" --name "OptimalDial Webhooks" 2>/dev/null | head -n 1)"
  elif have xwininfo; then
    WINDOW="$(xwininfo -root -children | grep -F '"Sandbox' | grep -F 'OptimalDial Webhooks"' | awk '{print $1}' | head -n 1)"
  fi
  [ -n "$WINDOW" ] && break
  sleep 0.5
done
[ -n "$WINDOW" ] || { cat "$OUT/app.log"; fail "no window titled 'OptimalDial Webhooks' appeared in 30 s"; }
title="$(xdotool getwindowname "$WINDOW" 2>/dev/null || true)"
echo "window $WINDOW: $title"
[ -z "$title" ] || grep -q "Sandbox" <<<"$title" || fail "window title '$title' does not name the profile"

# The endpoints are on screen once the app's list request has been answered.
listed=""
for _ in $(seq 1 40); do
  if have curl; then
    listed="$(curl -s "$URL/__sandbox/requests" | grep -o '"path":"/api/v1/webhooks","query":"[^"]*","body":"","status":200' | head -n 1)"
  else
    listed="$(grep -o 'GET.*/api/v1/webhooks.*200' "$OUT/app.log" | head -n 1)"
  fi
  [ -n "$listed" ] && break
  sleep 0.5
done
[ -n "$listed" ] || { cat "$OUT/app.log"; fail "the app never listed the endpoints (GET /api/v1/webhooks -> 200)"; }
echo "the app listed the endpoints with the key from the environment: $listed"
sleep 2   # let the table paint

SHOT="$OUT/installed-app.png"
if have import; then
  import -window root "$SHOT" || fail "import (screenshot) failed"
elif have xwd && have convert; then
  xwd -root -silent | convert xwd:- "$SHOT" || fail "xwd (screenshot) failed"
fi
if [ -s "$SHOT" ] && have convert; then
  colours="$(convert "$SHOT" -format '%k' info:)"
  echo "screenshot: $SHOT ($colours colours)"
  [ "$colours" -gt 50 ] || fail "the screenshot is (nearly) blank: $colours colours"
else
  echo "NOTE: no screenshot tool (imagemagick): the window check stands alone"
fi

kill "$APP_PID" 2>/dev/null
wait "$APP_PID" 2>/dev/null

# ---------------------------------------------------------------------------------------------
if [ -z "$ROOT" ]; then
  step "apt-get purge $PKG"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 purge -y -q "$PKG" >"$OUT/apt-purge.log" 2>&1 \
    || { cat "$OUT/apt-purge.log"; fail "apt-get purge failed"; }
  INSTALLED_BY_US=0
  if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -qv "not-installed"; then
    fail "dpkg still knows $PKG: $(dpkg-query -W -f='${Status}' "$PKG")"
  fi
  left=0
  while IFS= read -r path; do
    [ -n "$path" ] && [ "$path" != "/." ] || continue
    if [ -L "$path" ] || [ -f "$path" ]; then
      echo "left behind: $path"; left=1
    elif [ -d "$path" ] && [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
      echo "left behind (empty directory nobody owns): $path"; left=1
    fi
  done <"$WORK/files.txt"
  [ "$left" = 0 ] || fail "files left behind after purge"
  echo "all $(wc -l <"$WORK/files.txt") paths of dpkg -L are gone (shared directories stay with their owners)"
fi

echo
if [ -z "$ROOT" ]; then
  echo "PASS: .deb built, linted, installed, run from its desktop entry (screenshot $SHOT), purged clean"
else
  echo "PASS: .deb built, linted, extracted, run from its desktop entry (screenshot $SHOT); nothing installed"
fi
exit 0
