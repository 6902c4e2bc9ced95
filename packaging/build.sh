#!/usr/bin/env bash
# Build the self-contained ip-tracker folder here (Linux): dist/ip-tracker/ip-tracker.
#
#   packaging/build.sh [DIST_DIR]
#
# Installs PyInstaller (the `bundle` extra) into the current Python if it is missing, builds from
# packaging/ip-tracker.spec, then checks that the built program answers without a Python in PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="${1:-$root/dist}"
work="${IP_TRACKER_BUILD_DIR:-$root/build}"
python="${PYTHON:-python}"

cd "$root"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install --quiet "pyinstaller>=6.10"
fi

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/ip-tracker.spec
elapsed=$(( $(date +%s) - started ))

program="$dist/ip-tracker/ip-tracker"
# Smoke test with an empty PATH and a throwaway workspace: the bundle must need nothing outside.
check_home="$(mktemp -d)"
trap 'rm -rf "$check_home"' EXIT
env -i HOME="$check_home" PATH="$check_home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$program" --home "$check_home/ws" plan show --json > "$check_home/plan.json"
env -i HOME="$check_home" PATH="$check_home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$program" --home "$check_home/ws" gui --screenshot "$check_home/shot.png"
test -s "$check_home/shot.png"

echo "built $program in ${elapsed}s; folder size $(du -sh "$dist/ip-tracker" | cut -f1)"
