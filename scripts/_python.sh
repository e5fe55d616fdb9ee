# pick_python HINT: print the first python3 on PATH that is 3.11 or newer; else print
# "OrgDesk needs Python 3.11 or newer (HINT)." to stderr and fail. Sourced, not run.
pick_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "OrgDesk needs Python 3.11 or newer ($1)." >&2; return 1
}
