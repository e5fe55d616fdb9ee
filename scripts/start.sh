#!/usr/bin/env bash
# Start OrgDesk (first run: creates .venv and installs it). With no argument it opens the
# last document, or the bundled sample organisation; `scripts/start.sh FILE.orgdesk` opens FILE.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh" ""
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -n "${DISPLAY:-}" ] && missing_qt_libs libqxcb.so; then
  # shellcheck disable=SC2086 # one word per package
  apt_install $XCB_PACKAGES
fi
exec "$VENV/bin/orgdesk" "$@"
