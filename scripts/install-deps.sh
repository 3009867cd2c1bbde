#!/usr/bin/env bash
# Installs the Debian 12 packages this project needs to build, run and test.
# Idempotent: does nothing when everything is already there. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libsecret-tools gnome-keyring dbus
  xvfb xauth at-spi2-core python3-pyatspi fonts-dejavu-core imagemagick
  qt6-qpa-plugins libgl-dev
  file lintian desktop-file-utils appstream rpm xdotool curl tzdata
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
# Another apt-get (unattended upgrades, a second terminal) holds the lock: wait for it.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
