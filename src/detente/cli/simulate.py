"""``detente simulate``: forecast every issue of a scenario with uncertainty."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from detente.cli.app import OutputFormat, app, console_for, emit
from detente.errors import DetenteError
from detente.models import get_model
from detente.report.plot import check_plot_path, plot_positions
from detente.report.simulation import render_simulation, simulation_to_dict
from detente.scenario import DEFAULT_SCENARIO, load_scenario
from detente.simulate import simulate


@app.command("simulate")
def simulate_command(
    scenario: str = typer.Argument(
        DEFAULT_SCENARIO, help="A scenario file (YAML, JSON, Stokman, KTAB CSV) or built-in name."
    ),
    model: list[str] = typer.Option(
        [], "--model", "-m", help="Model to run (repeatable); default: every registered model."
    ),
    draws: int = typer.Option(1000, help="Monte Carlo draws over the stated uncertainty."),
    seed: int = typer.Option(0, help="Seed for the draws; the same seed gives the same output."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
    input_format: str | None = typer.Option(
        None, "--input-format", help="Force the scenario format: yaml, json, stokman, ktab."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    plot: Path | None = typer.Option(
        None, "--plot", help="Draw dynamic models' positions by round to this .png/.svg/.pdf."
    ),
) -> None:
    """Forecast each issue of a scenario: point, 80 % interval and the actors nearest to it.

    Dynamic models (eum, exchange) add their positions round by round and the offers or
    exchanges of each round; pairs sharing a common enemy add a cooperation verdict.
    """
    if plot is not None:
        check_plot_path(plot)
        if model and not any(get_model(name).dynamic for name in model):
            raise DetenteError(
                "--plot draws positions by round, and none of the models asked for is dynamic",
                hint="add -m eum or -m exchange",
            )
    loaded = load_scenario(scenario, fmt=input_format)
    result = simulate(loaded, models=model or None, draws=draws, seed=seed)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if plot is not None:
        plot_positions(result, loaded, plot)
    if output is OutputFormat.json:
        emit(json.dumps(simulation_to_dict(result, loaded), indent=2, ensure_ascii=False), out)
        return
    console = console_for(out)
    render_simulation(result, loaded, console)
    if out is not None:
        emit(console.export_text(), out)
