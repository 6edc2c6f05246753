"""Report a simulation: a table per issue on the terminal, or one JSON document.

Dynamic models add their positions by round and what each round did (offers or exchanges, from
the unperturbed run); pairs sharing a common enemy add the cooperation verdicts.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente.models.cooperation import CooperationVerdict
from detente.report.rounds import (
    dynamics_to_dict,
    last_moving_row,
    move_lines,
    round_account,
    round_columns,
    rounds_to_show,
)
from detente.scenario.schema import Scenario
from detente.simulate import Simulation

NEAREST = 2


def nearest_actors(scenario: Scenario, issue_id: str, point: float) -> list[dict[str, Any]]:
    """The actors whose positions lie closest to a forecast, closest first."""
    stances = sorted(
        scenario.stances_on(issue_id), key=lambda s: (abs(s.position - point), s.actor)
    )
    return [{"actor": s.actor, "position": s.position} for s in stances[:NEAREST]]


def issue_forecasts(simulation: Simulation, scenario: Scenario, n: int) -> dict[str, Any]:
    """Issue ``n``'s forecast by each model: point, median, 80 % interval, nearest actors and,
    for dynamic models, positions by round."""
    issue_id = scenario.issues[n].id
    forecasts: dict[str, Any] = {}
    for model in simulation.models:
        f = simulation.forecast(model, n)
        forecasts[model] = {
            "point": round(f.point, 2),
            "median": round(f.median, 2),
            "p10": round(f.p10, 2),
            "p90": round(f.p90, 2),
            "nearest": nearest_actors(scenario, issue_id, f.point),
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
    return forecasts


def simulation_to_dict(simulation: Simulation, scenario: Scenario) -> dict[str, Any]:
    """The JSON form: per issue, per model, point, median and 80 % interval."""
    issues = [
        {
            "id": issue.id,
            "question": issue.question,
            "anchors": {f"{k:g}": v for k, v in sorted(issue.anchors.items())},
            "forecasts": issue_forecasts(simulation, scenario, n),
        }
        for n, issue in enumerate(scenario.issues)
    ]
    problem = simulation.problem
    return {
        "scenario": scenario.id,
        "seed": simulation.seed,
        "draws": simulation.draws,
        "models": list(simulation.models),
        "skipped": dict(simulation.skipped),
        "warnings": list(simulation.warnings),
        "issues": issues,
        "dynamics": {
            model: dynamics_to_dict(
                simulation.details.get(model), problem.actor_ids, problem.issue_ids
            )
            for model in simulation.models
            if simulation.trajectories.get(model) is not None
        },
        "cooperation": [verdict.to_dict() for verdict in simulation.cooperation],
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
    for model in simulation.models:
        if simulation.trajectories.get(model) is not None:
            for heading, table in _positions_tables(simulation, scenario, model):
                console.print(heading)
                console.print(table)
            rounds = _rounds_table(simulation, model)
            if rounds is not None:
                console.print(rounds)
    if simulation.cooperation:
        render_cooperation(simulation.cooperation, console)


def _positions_tables(
    simulation: Simulation, scenario: Scenario, model: str
) -> list[tuple[str, Table]]:
    """Per issue, each actor's position round by round up to the last move (a selection of the
    rounds when there are many)."""
    trajectory = simulation.trajectories[model]
    assert trajectory is not None
    flags = getattr(simulation.details.get(model), "converged", None)
    per_issue = flags is not None and np.shape(flags) == (len(scenario.issues),)
    rounds = trajectory.shape[0] - 1
    tables = []
    for n, issue in enumerate(scenario.issues):
        path = trajectory[:, :, n : n + 1]
        columns = round_columns(path)
        last = last_moving_row(path)
        note = f"last move in round {last} of {rounds}" if last else "no move"
        if per_issue and not bool(flags[n]):
            note += "; round limit reached"
        if len(columns) < last + 1:
            note += "; evenly spaced rounds shown"
        heading = f"[bold]{model} · {issue.id}[/bold]: positions by round ({note})"
        table = Table(box=None, pad_edge=False)
        table.add_column("actor")
        for row in columns:
            table.add_column("start" if row == 0 else str(row), justify="right")
        for a, actor in enumerate(scenario.actors):
            if simulation.problem.present[a, n]:
                table.add_row(actor.id, *(f"{trajectory[row, a, n]:.1f}" for row in columns))
        tables.append((heading, table))
    return tables


def _rounds_table(simulation: Simulation, model: str) -> Table | None:
    """What each round did: offers made and accepted, or exchanges, the largest listed."""
    problem = simulation.problem
    account = round_account(simulation.details.get(model), problem.actor_ids, problem.issue_ids)
    if not account:
        return None
    table = Table(title=f"{model}: rounds (unperturbed run)", title_justify="left")
    table.add_column("round", justify="right")
    table.add_column("made")
    table.add_column("largest moves")
    for index in rounds_to_show(len(account)):
        if index is None:
            left_out = len(account) - len(rounds_to_show(len(account))) + 1
            table.add_row("…", f"{left_out} rounds left out", "--format json lists every round")
            continue
        record = account[index]
        made, lines = move_lines(record)
        table.add_row(str(record["round"]), made, "\n".join(lines))
    return table


def _side(verdict: CooperationVerdict, actor: str) -> str:
    threshold = verdict.threshold.get(actor, float("nan"))
    shown = f"{threshold:.2f}" if threshold == threshold and threshold != float("inf") else "∞"
    return f"{actor} {shown} vs {verdict.trust.get(actor, float('nan')):.2f}"


def render_cooperation(verdicts: tuple[CooperationVerdict, ...], console: Console) -> None:
    """The verdict on each pair sharing a common enemy, then why, one paragraph per pair."""
    table = Table(
        title="cooperation against a common enemy",
        title_justify="left",
        caption="cooperating pays a side only when its trust reaches its threshold",
    )
    table.add_column("pair")
    table.add_column("joint action on")
    table.add_column("P(both cooperate)", justify="right")
    table.add_column("threshold vs trust")
    table.add_column("verdict")
    for v in verdicts:
        probability = f"{v.probability:.2f}"
        if v.draws and v.p10 is not None and v.p90 is not None:
            probability += f" ({v.p10:.2f}–{v.p90:.2f})"
        table.add_row(
            f"{v.a}–{v.b}",
            v.on or "—",
            probability,
            "; ".join(_side(v, actor) for actor in (v.a, v.b)),
            v.verdict,
        )
    console.print(table)
    for v in verdicts:
        console.print(f"[bold]{escape(v.a)}–{escape(v.b)}[/bold]: {escape(v.why)}")
