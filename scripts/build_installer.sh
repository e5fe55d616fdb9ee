#!/usr/bin/env bash
# Build the Linux bundle and .deb, then smoke-test them (tests/installer). Slow (minutes): kept
# out of scripts/test.sh; see "Building the installers" in the README.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/_setup.sh" "[test]"
cd "$ROOT"
if missing_qt_libs libqxcb.so; then  # the .deb depends on the packages of these libraries
  # shellcheck disable=SC2086 # one word per package
  apt_install $XCB_PACKAGES
fi
START=$SECONDS
bash installer/build_linux.sh "$@"
echo "== smoke test of the bundle and the package"
QT_QPA_PLATFORM=offscreen "$VENV/bin/pytest" -q -s -p no:cacheprovider tests/installer
echo "== build and smoke test: $((SECONDS - START)) s"
