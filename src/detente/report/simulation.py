"""Report a simulation: a table per issue on the terminal, or one JSON document."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from detente.scenario.schema import Scenario
from detente.simulate import Simulation

NEAREST = 2


def nearest_actors(scenario: Scenario, issue_id: str, point: float) -> list[dict[str, Any]]:
    """The actors whose positions lie closest to a forecast, closest first."""
    stances = sorted(
        scenario.stances_on(issue_id), key=lambda s: (abs(s.position - point), s.actor)
    )
    return [{"actor": s.actor, "position": s.position} for s in stances[:NEAREST]]


def simulation_to_dict(simulation: Simulation, scenario: Scenario) -> dict[str, Any]:
    """The JSON form: per issue, per model, point, median and 80 % interval."""
    issues = []
    for n, issue in enumerate(scenario.issues):
        forecasts: dict[str, Any] = {}
        for model in simulation.models:
            f = simulation.forecast(model, n)
            forecasts[model] = {
                "point": round(f.point, 2),
                "median": round(f.median, 2),
                "p10": round(f.p10, 2),
                "p90": round(f.p90, 2),
                "nearest": nearest_actors(scenario, issue.id, f.point),
            }
            trajectory = simulation.trajectories.get(model)
            if trajectory is not None:
                forecasts[model]["trajectory"] = [
                    {
                        actor.id: round(float(positions[a, n]), 2)
                        for a, actor in enumerate(scenario.actors)
                        if simulation.problem.present[a, n]
                    }
                    for positions in trajectory
                ]
        issues.append(
            {
                "id": issue.id,
                "question": issue.question,
                "anchors": {f"{k:g}": v for k, v in sorted(issue.anchors.items())},
                "forecasts": forecasts,
            }
        )
    return {
        "scenario": scenario.id,
        "seed": simulation.seed,
        "draws": simulation.draws,
        "models": list(simulation.models),
        "issues": issues,
    }


def render_simulation(simulation: Simulation, scenario: Scenario, console: Console) -> None:
    """One table per issue: each model's forecast, 80 % interval and the actors nearest it."""
    console.print(f"[bold]{scenario.title}[/bold] ({scenario.id})")
    console.print(
        f"{simulation.draws} draws, seed {simulation.seed}; "
        "interval = 10th–90th percentile of the draws"
    )
    for n, issue in enumerate(scenario.issues):
        anchors = "; ".join(f"{k:g} = {v}" for k, v in sorted(issue.anchors.items()))
        table = Table(title=f"{issue.id}: {issue.question}", caption=anchors, title_justify="left")
        table.add_column("model")
        table.add_column("forecast", justify="right")
        table.add_column("80 % interval", justify="right")
        table.add_column("nearest actors")
        for model in simulation.models:
            f = simulation.forecast(model, n)
            near = ", ".join(
                f"{a['actor']} ({a['position']:g})"
                for a in nearest_actors(scenario, issue.id, f.point)
            )
            interval = f"{f.p10:.1f}–{f.p90:.1f}" if simulation.draws else "—"
            table.add_row(model, f"{f.point:.1f}", interval, near)
        console.print(table)
