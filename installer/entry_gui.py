"""The bundled `orgdesk-gui` program (Windows: no console window): always the GUI."""

from __future__ import annotations

import os
import sys

from orgdesk.__main__ import gui_main

if __name__ == "__main__":
    # A windowed Windows program has no stdout/stderr; a stray print must not crash it.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the program
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.exit(gui_main())
