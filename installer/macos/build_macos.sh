#!/usr/bin/env bash
# Build OrgDesk.app and a disk image on macOS (cannot be built on Linux):
#   bash installer/macos/build_macos.sh
# Needs Python 3.11+ from python.org (a universal2 or arm64 build) and the Xcode command line
# tools (codesign, hdiutil). Output: dist/OrgDesk.app and dist/OrgDesk-<version>.dmg.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ "$(uname)" = Darwin ] || { echo "build_macos.sh runs on macOS; on Linux use installer/build_linux.sh." >&2; exit 1; }
PYTHON="${PYTHON:-python3}"
VENV="${ORGDESK_BUILD_VENV:-$ROOT/build/installer-venv}"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q ".[installer]"
VERSION="$("$VENV/bin/python" -c 'import re; print(re.search(r"^__version__ = \"([^\"]+)\"", open("orgdesk/__init__.py").read(), re.M)[1])')"

rm -rf dist/OrgDesk.app dist/orgdesk
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/orgdesk.spec
# The command line works from the bundle too.
QT_QPA_PLATFORM=offscreen dist/OrgDesk.app/Contents/MacOS/orgdesk --version

# Ad-hoc signature so Gatekeeper lets a locally built app start (right-click › Open the first
# time). For distribution sign with a Developer ID and notarise instead (see the README).
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" dist/OrgDesk.app

DMG="dist/OrgDesk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "OrgDesk $VERSION" -srcfolder dist/OrgDesk.app -ov -format UDZO "$DMG"
echo "built dist/OrgDesk.app and $DMG"
