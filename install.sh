#!/usr/bin/env bash
# Install ip-tracker and what it needs from the system, on Debian/Ubuntu (and CI).
#   ./install.sh          the app
#   ./install.sh --dev    the app and everything its tests and checks use
set -euo pipefail
cd "$(dirname "$0")"

# Qt's offscreen/xcb platforms need these shared libraries; poppler checks PDFs in the tests.
SYSTEM_PACKAGES=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1
                 libdbus-1-3 libglib2.0-0)
# LibreOffice reads exported workbooks back in the tests (what a WPS/Excel user would do).
DEV_SYSTEM_PACKAGES=(poppler-utils libreoffice-calc-nogui)

extras=""
if [[ "${1:-}" == "--dev" ]]; then
    SYSTEM_PACKAGES+=("${DEV_SYSTEM_PACKAGES[@]}")
    extras="[dev]"
fi

if command -v apt-get >/dev/null 2>&1; then
    missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if ((${#missing[@]})); then
        sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"
    fi
fi

python3 -m pip install --quiet --disable-pip-version-check -e ".${extras}"
