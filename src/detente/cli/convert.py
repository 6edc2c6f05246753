"""``detente convert``: move a scenario between detente, Stokman and KTAB formats."""

from __future__ import annotations

from pathlib import Path

import typer

from detente.cli.app import app
from detente.scenario import load_scenario, save_scenario


@app.command("convert")
def convert_command(
    source: str = typer.Argument(..., help="Scenario file or built-in name."),
    target: Path = typer.Argument(..., help="File to write; its suffix picks the format."),
    source_format: str | None = typer.Option(None, "--from", help="yaml, json, stokman or ktab."),
    target_format: str | None = typer.Option(None, "--to", help="yaml, json, stokman or ktab."),
) -> None:
    """Read a scenario in one format and write it in another."""
    scenario = load_scenario(source, fmt=source_format)
    save_scenario(scenario, target, fmt=target_format)
    typer.echo(f"wrote {target} ({len(scenario.actors)} actors, {len(scenario.issues)} issues)")
