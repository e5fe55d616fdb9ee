# Shared set-up for start.sh and test.sh: a venv in .venv with OrgDesk installed,
# and the Debian libraries Qt needs. Sourced, not run. Safe to repeat: it only does
# what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "OrgDesk set-up needs these Debian packages, please install them: ${*: -1}" >&2; return 1; fi; }

apt_install() {
  echo "Installing Debian packages: $*" >&2
  [ -n "${ORGDESK_APT_UPDATED:-}" ] || { as_root apt-get update -qq >/dev/null; export ORGDESK_APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

source "$ROOT/scripts/_python.sh"

if [ ! -x "$VENV/bin/python" ]; then
  PYTHON="$(pick_python "apt-get install python3")"
  if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    apt_install python3-venv
    "$PYTHON" -m venv "$VENV"
  fi
fi

# Reinstall only when the dependency list changed.
STAMP="$VENV/.orgdesk-installed$EXTRAS"
WANT="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e "$ROOT$EXTRAS"
  echo "$WANT" > "$STAMP"
fi

# Qt's X11 (xcb) platform plugin needs these for a real window (start.sh) and to build the .deb
# (installer/linux/deb_depends.py finds the package of each library the bundle links).
XCB_PACKAGES="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"

# Qt's own wheels still need a few system libraries (EGL, fontconfig, xkbcommon, and the
# xcb ones for a real window); install them once if Qt cannot load.
QT_PLUGINS="$("$VENV/bin/python" -c 'import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms"))')"
missing_qt_libs() { ldd "$QT_PLUGINS"/$1 2>/dev/null | grep -q "not found"; }
if ! QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c 'from PySide6 import QtWidgets' 2>/dev/null ||
   missing_qt_libs libqoffscreen.so; then
  apt_install libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
fi

# The test command installs every Debian package a test, a benchmark or the installer smoke test
# uses (scripts/test-packages.txt: poppler-utils, qpdf, graphviz, postgresql, fonts-hanazono, …),
# in one apt-get call, only what is missing.
present() { if [[ "$1" == /* ]]; then compgen -G "$1" >/dev/null; else command -v "$1" >/dev/null; fi; }
if [ "$EXTRAS" = "[test]" ]; then
  MISSING_PACKAGES=()
  while read -r thing package _; do
    case "$thing" in ''|'#'*) continue ;; esac
    [[ "$package" == "("* ]] || present "$thing" || MISSING_PACKAGES+=("$package")
  done < "$ROOT/scripts/test-packages.txt"
  if [ "${#MISSING_PACKAGES[@]}" -gt 0 ]; then
    # shellcheck disable=SC2046 # one word per package
    apt_install $(printf '%s\n' "${MISSING_PACKAGES[@]}" | sort -u)
  fi
fi
