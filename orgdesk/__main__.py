"""`python -m orgdesk` / `orgdesk`: a subcommand runs the CLI, anything else opens the app."""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from orgdesk.cli import SUBCOMMANDS

    if arguments and (arguments[0] in SUBCOMMANDS or arguments[0].startswith("-")):
        from orgdesk.cli import main as cli_main

        # `kill` (SIGTERM) ends a command as Ctrl+C does: through every `finally`, so an export
        # in progress leaves no temporary file behind
        signal.signal(signal.SIGTERM, _exit_on_terminate)
        return cli_main(arguments)
    return start_gui(arguments)


def _exit_on_terminate(signum: int, _frame: object) -> None:
    sys.exit(128 + signum)


def gui_main() -> int:
    return start_gui(sys.argv[1:])


def start_gui(arguments: list[str]) -> int:
    """Open the window, or say in one line why it cannot open here (exit 2), before Qt aborts."""
    from orgdesk.startup_check import window_problem

    problem = window_problem()
    if problem is not None:
        print(f"orgdesk: {problem}", file=sys.stderr)
        return 2
    from orgdesk.app import run_gui  # Qt is imported only for the GUI

    return run_gui(arguments)


if __name__ == "__main__":
    sys.exit(main())
