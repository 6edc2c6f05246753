"""The Typer application object and options shared by every command."""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from detente.textfile import write_file

app = typer.Typer(
    name="detente",
    help="Turn reporting on a standoff into a bargaining model and forecast how it ends.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of any error."),
) -> None:
    """detente: read a standoff, model it, forecast it."""


def emit(text: str, out: Path | None) -> None:
    """Write text to a file when one is named, else to standard output."""
    text = text if text.endswith("\n") else text + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        write_file(out, text)


def console_for(out: Path | None) -> Console:
    """A console writing to the terminal, or a plain one recording for a file."""
    if out is None:
        return Console()
    # recorded for the file only: nothing reaches the terminal
    return Console(
        record=True, file=io.StringIO(), width=120, force_terminal=False, color_system=None
    )


class OutputFormat(StrEnum):
    """How a command prints its result."""

    table = "table"
    json = "json"
