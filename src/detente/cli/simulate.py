"""``detente simulate``: forecast every issue of a scenario with uncertainty."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from detente.cli.app import OutputFormat, app, console_for, emit
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
) -> None:
    """Forecast each issue of a scenario: point, 80 % interval and the actors nearest to it."""
    loaded = load_scenario(scenario, fmt=input_format)
    result = simulate(loaded, models=model or None, draws=draws, seed=seed)
    if output is OutputFormat.json:
        emit(json.dumps(simulation_to_dict(result, loaded), indent=2, ensure_ascii=False), out)
        return
    console = console_for(out)
    render_simulation(result, loaded, console)
    if out is not None:
        emit(console.export_text(), out)
