#!/usr/bin/env bash
# The whole test suite, headless (first run: creates .venv and installs what it needs):
# lint (ruff), types (mypy), layering (import-linter), translations, then pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh" "[test]"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
echo "== ruff";          "$VENV/bin/ruff" check orgdesk tests benchmarks scripts
echo "== mypy";          "$VENV/bin/mypy"
echo "== import-linter"; "$VENV/bin/lint-imports"
echo "== pytest"
"$VENV/bin/pytest" -n "${ORGDESK_TEST_WORKERS:-2}" -q "$@"
