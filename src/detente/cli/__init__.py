"""The ``detente`` command line: a Typer app whose commands wrap plain API functions.

Errors a user can cause are printed as one line and exit with status 2; ``--debug`` shows the
traceback instead.
"""

from __future__ import annotations

import sys
import traceback

from detente.cli import analyze, backtest, code, convert, evaluate, ingest, listing, simulate
from detente.cli.app import app
from detente.errors import DetenteError

__all__ = ["app", "main"]

_COMMAND_MODULES = (
    analyze,
    backtest,
    code,
    convert,
    evaluate,
    ingest,
    listing,
    simulate,
)  # imported for their registrations


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning user errors into one line on standard error and exit status 2."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        app(args=args, prog_name="detente")
    except DetenteError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
        if debug:
            traceback.print_exc()
        print(
            f"internal error: {type(exc).__name__}: {exc} (run again with --debug for details)",
            file=sys.stderr,
        )
        sys.exit(1)
