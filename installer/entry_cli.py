"""The bundled `orgdesk` program: CLI subcommands, or the GUI when there is none."""

from __future__ import annotations

import sys

from orgdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
