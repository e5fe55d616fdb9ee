#!/usr/bin/env bash
# Build the Linux bundle (dist/orgdesk/, PyInstaller one-folder) and wrap it as a Debian
# package (dist/orgdesk_<version>_<arch>.deb) on Debian/Ubuntu.
#
#   bash installer/build_linux.sh            # bundle + .deb
#   bash installer/build_linux.sh --no-deb   # bundle only
#
# The build venv (build/installer-venv, or $ORGDESK_BUILD_VENV) holds OrgDesk's run-time
# dependencies and PyInstaller only -- nothing from the test extra can end up in the bundle.
# It is reused while pyproject.toml is unchanged. Build on the oldest Debian/Ubuntu release
# you want to support: the bundle links against that release's C library.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MAKE_DEB=1
for argument in "$@"; do
  case "$argument" in
    --no-deb) MAKE_DEB=0 ;;
    *) echo "usage: bash installer/build_linux.sh [--no-deb]" >&2; exit 2 ;;
  esac
done
VENV="${ORGDESK_BUILD_VENV:-$ROOT/build/installer-venv}"
START=$SECONDS

source "$ROOT/scripts/_python.sh"

# ----- 1. the build venv: run-time dependencies + the 'installer' extra, nothing else --------
if [ ! -x "$VENV/bin/python" ]; then
  "$(pick_python "apt-get install python3 python3-venv")" -m venv "$VENV" || {
    echo "Could not create a venv: apt-get install python3-venv, then run this again." >&2; exit 1; }
fi
STAMP="$VENV/.orgdesk-build-deps"
WANT="$(sha256sum pyproject.toml | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT" ]; then
  echo "== installing the build dependencies into $VENV"
  "$VENV/bin/python" - > "$VENV/requirements.txt" <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["installer"]))
PY
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -r "$VENV/requirements.txt"
  echo "$WANT" > "$STAMP"
fi
VERSION="$("$VENV/bin/python" -c 'import re; print(re.search(r"^__version__ = \"([^\"]+)\"", open("orgdesk/__init__.py").read(), re.M)[1])')"

# ----- 2. the PyInstaller bundle -----------------------------------------------------------------
echo "== building the OrgDesk $VERSION bundle (PyInstaller)"
rm -rf dist/orgdesk
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/orgdesk.spec
QT_QPA_PLATFORM=offscreen dist/orgdesk/orgdesk --version
echo "bundle: dist/orgdesk/ $(du -sm dist/orgdesk | cut -f1) MB, built in $((SECONDS - START)) s"

# ----- 3. the Debian package ----------------------------------------------------------------------
if [ "$MAKE_DEB" = 1 ]; then
  bash installer/linux/make_deb.sh "$VERSION" "$VENV/bin/python"
fi
echo "== done in $((SECONDS - START)) s"
