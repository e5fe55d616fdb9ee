"""The command line (`orgdesk new | info | export | import | diff | check | …`); no Qt is imported here.

Layout: `dispatch` (parser and dispatch), `common` (what every subcommand shares), one module per group
of subcommands (`documents`, `export`, `importing`, `analysis`, `team`) and `arguments` (number types).
Importing this package is cheap: the window's start-up asks only whether a word is a subcommand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

SUBCOMMANDS = ("new", "info", "duties", "export", "diff", "check", "scenario", "import", "copy", "history")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one subcommand; the exit code (orgdesk.cli.dispatch)."""
    from orgdesk.cli.dispatch import main as run

    return run(argv, out)
