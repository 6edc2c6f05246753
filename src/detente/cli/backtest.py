"""``detente backtest``: score the models against recorded outcomes."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from detente.backtest import backtest, load_deu
from detente.cli.app import OutputFormat, app, console_for, emit
from detente.report.backtest import render_backtest

backtest_app = typer.Typer(help="Score the models against recorded outcomes.", no_args_is_help=True)
app.add_typer(backtest_app, name="backtest")


class Capability(StrEnum):
    equal = "equal"
    gdp = "gdp"
    council_votes = "council-votes"


@backtest_app.command("deu")
def deu_command(
    file: Path = typer.Argument(..., help="DEU III table (tab- or semicolon-separated)."),
    capability: Capability = typer.Option(Capability.council_votes, help="Actor capability."),
    model: list[str] = typer.Option([], "--model", "-m", help="Model to score (repeatable)."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
) -> None:
    """Forecast every DEU III issue and score the forecasts against the recorded outcomes."""
    report = backtest(load_deu(file, capability=capability.value), model or None)
    if output is OutputFormat.json:
        emit(json.dumps(report, indent=2), out)
        return
    console = console_for(out)
    render_backtest(report, console)
    if out is not None:
        emit(console.export_text(), out)
