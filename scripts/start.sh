#!/usr/bin/env bash
# Start OrgDesk (first run: creates .venv and installs it). With no argument it opens the
# last document, or the bundled sample organisation; `scripts/start.sh FILE.orgdesk` opens FILE.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh" ""
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -n "${DISPLAY:-}" ] && missing_qt_libs libqxcb.so; then
  apt_install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
fi
exec "$VENV/bin/orgdesk" "$@"
