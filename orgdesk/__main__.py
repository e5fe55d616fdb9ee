"""`python -m orgdesk` / `orgdesk`: a subcommand runs the CLI, anything else opens the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from orgdesk.cli import SUBCOMMANDS

    if arguments and (arguments[0] in SUBCOMMANDS or arguments[0].startswith("-")):
        from orgdesk.cli import main as cli_main

        return cli_main(arguments)
    from orgdesk.app import run_gui  # Qt is imported only for the GUI

    return run_gui(arguments)


def gui_main() -> int:
    from orgdesk.app import run_gui

    return run_gui(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
