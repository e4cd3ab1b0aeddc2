#!/bin/sh
# Install what the browser tests need: Debian's chromium (driven by Playwright
# with executable_path=/usr/bin/chromium) and fonts that cover Latin and Han
# text, so screenshots of the graph page are legible. Idempotent: does
# nothing when chromium and the fonts are already there.
# Never runs `playwright install` (it would download a browser at test time).
set -eu
PACKAGES="chromium fonts-liberation fonts-wqy-microhei"
if [ -x /usr/bin/chromium ] && dpkg -s $PACKAGES >/dev/null 2>&1; then
    echo "test deps present: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
/usr/bin/chromium --version
