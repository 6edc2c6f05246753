"""``detente models`` and ``detente scenarios``: what is available."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from detente.cli.app import app
from detente.models import MODELS
from detente.scenario import builtin_scenarios, load_scenario


@app.command("models")
def list_models() -> None:
    """List the forecasting models with a one-line description."""
    table = Table("model", "kind", "description")
    for spec in MODELS.values():
        table.add_row(spec.name, "dynamic" if spec.dynamic else "static", spec.summary)
    Console().print(table)


@app.command("scenarios")
def list_scenarios() -> None:
    """List the scenarios shipped with detente."""
    table = Table("scenario", "title", "actors", "issues")
    for name in sorted(builtin_scenarios()):
        scenario = load_scenario(name)
        table.add_row(name, scenario.title, str(len(scenario.actors)), str(len(scenario.issues)))
    Console().print(table)
