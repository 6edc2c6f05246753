from dataclasses import dataclass

import numpy as np
from rich.console import Console

from detente.models import ModelSpec, Outcome, Problem
from detente.models.registry import MODELS
from detente.report.rounds import (
    dynamics_to_dict,
    move_lines,
    round_account,
    round_columns,
    rounds_to_show,
)
from detente.report.simulation import nearest_actors, render_simulation, simulation_to_dict
from detente.scenario import Actor, Issue, Scenario, Stance, load_scenario
from detente.simulate import simulate

SCENARIO = Scenario(
    id="t",
    title="t",
    actors=(
        Actor("A", "A", "state", 1.0),
        Actor("B", "B", "state", 1.0),
        Actor("C", "C", "state", 1),
    ),
    issues=(Issue("q", "q?", {0: "no", 100: "yes"}),),
    stances=(Stance("A", "q", 10, 1.0), Stance("B", "q", 60, 1.0), Stance("C", "q", 90, 0.5)),
)


def test_nearest_actors_are_closest_first():
    assert nearest_actors(SCENARIO, "q", 70) == [
        {"actor": "B", "position": 60},
        {"actor": "C", "position": 90},
    ]


def halfway(problem: Problem) -> Outcome:
    """A toy dynamic model: every actor moves halfway to the mean each round."""
    rounds = [problem.positions]
    for _ in range(2):
        target = problem.positions.mean(axis=-2, keepdims=True)
        rounds.append((rounds[-1] + target) / 2)
    trajectory = np.stack(rounds, axis=-3)
    return Outcome(point=trajectory[..., -1, :, :].mean(axis=-2), trajectory=trajectory)


def test_dynamic_models_report_their_trajectory(monkeypatch):
    monkeypatch.setitem(MODELS, "halfway", ModelSpec("halfway", "toy", halfway, dynamic=True))
    data = simulation_to_dict(simulate(SCENARIO, models=["halfway"], draws=10), SCENARIO)
    trajectory = data["issues"][0]["forecasts"]["halfway"]["trajectory"]
    assert trajectory[0] == {"A": 10, "B": 60, "C": 90}
    assert trajectory[1] == {"A": 31.67, "B": 56.67, "C": 71.67}  # halfway to 53.33
    assert len(trajectory) == 3


# --- dynamic models and cooperation in the report ---------------------------------------------


@dataclass
class Side:
    actor: str
    issue: str
    start: float
    end: float


@dataclass
class Trade:
    gain: float
    first: Side
    second: Side


@dataclass
class TradeRound:
    exchanges: tuple
    before: tuple
    after: tuple


@dataclass
class Proposal:
    issue: int
    proposer: int
    receiver: int
    kind: str
    start: float
    target: float


@dataclass
class OfferRound:
    offers: tuple
    accepted: tuple


@dataclass
class Details:
    rounds: tuple
    converged: object = True


def test_round_account_reads_exchange_rounds_by_shape():
    trade = Trade(1.23456, Side("A", "q", 10, 30), Side("B", "r", 80, 60))
    details = Details((TradeRound((trade,), (40.0, 50.0), (45.0, 50.0)),))
    [record] = round_account(details, ("A", "B"), ("q", "r"))
    assert record == {
        "round": 1,
        "exchanges": [
            {
                "gain": 1.23,
                "first": {"actor": "A", "issue": "q", "from": 10, "to": 30},
                "second": {"actor": "B", "issue": "r", "from": 80, "to": 60},
            }
        ],
        "outcome_before": {"q": 40, "r": 50},
        "outcome_after": {"q": 45, "r": 50},
    }
    count, lines = move_lines(record)
    assert count == "1 exchange" and lines == ["A on q 10→30 ⇄ B on r 80→60 (gain 1.23)"]


def test_round_account_reads_offer_rounds_with_indices():
    taken = Proposal(1, 0, 1, "compromise", 80.0, 62.5)
    other = Proposal(0, 1, 0, "capitulation", 10.0, 90.0)
    details = Details((OfferRound((taken, other), (taken,)), OfferRound((), ())))
    first, second = round_account(details, ("A", "B"), ("q", "r"))
    assert first["offers"] == 2
    assert first["offers_by_kind"] == {"capitulation": 1, "compromise": 1}
    assert first["accepted"] == [
        {"issue": "r", "actor": "B", "proposer": "A", "kind": "compromise", "from": 80, "to": 62.5}
    ]
    assert second == {"round": 2, "offers": 0, "offers_by_kind": {}, "accepted": []}
    assert move_lines(first) == ("2 offers, 1 accepted", ["B on r 80→62.5 (compromise, from A)"])


def test_details_without_rounds_give_an_empty_account():
    assert round_account(None, ("A",), ("q",)) == []
    assert round_account(object(), ("A",), ("q",)) == []
    assert dynamics_to_dict(Details((), np.array([True, False])), ("A",), ("q", "r")) == {
        "converged": {"q": True, "r": False},
        "rounds_played": 0,
        "rounds": [],
    }


def test_round_columns_stop_at_the_last_move_and_thin_long_runs():
    moving = np.zeros((30, 1, 1))
    moving[:4, 0, 0] = [0, 1, 2, 3]
    moving[4:] = 3
    assert round_columns(moving) == [0, 1, 2, 3]
    long = np.arange(100, dtype=float).reshape(100, 1, 1)
    columns = round_columns(long, limit=5)
    assert columns[0] == 0 and columns[-1] == 99 and len(columns) == 5
    assert rounds_to_show(4, shown=2) == [0, 1, 2, 3]
    assert rounds_to_show(10, shown=2) == [0, 1, None, 8, 9]


def test_json_has_trajectories_round_accounts_and_cooperation():
    scenario = load_scenario("syria-2014")
    data = simulation_to_dict(simulate(scenario, models=["eum", "exchange"], draws=0), scenario)
    for model in ("eum", "exchange"):
        trajectory = data["issues"][0]["forecasts"][model]["trajectory"]
        assert trajectory[0]["RUS"] == 0  # row 0 is the start for every model
        dynamics = data["dynamics"][model]
        assert dynamics["rounds_played"] == len(trajectory) - 1 == len(dynamics["rounds"])
    assert "accepted" in data["dynamics"]["eum"]["rounds"][0]
    assert "exchanges" in data["dynamics"]["exchange"]["rounds"][0]
    assert isinstance(data["dynamics"]["eum"]["converged"], dict)
    assert {g["actor"] for g in data["dynamics"]["exchange"]["gains"]} >= {"USA", "RUS"}
    [pair] = [c for c in data["cooperation"] if (c["a"], c["b"]) == ("USA", "RUS")]
    assert set(pair) == {"a", "b", "on", "probability", "trust", "threshold", "verdict", "why"}
    assert data["skipped"] == {} and isinstance(data["warnings"], list)


def test_table_shows_positions_by_round_rounds_and_cooperation():
    scenario = load_scenario("syria-2014")
    console = Console(record=True, width=120, force_terminal=False, color_system=None)
    render_simulation(simulate(scenario, models=["eum", "exchange"], draws=10), scenario, console)
    text = console.export_text()
    assert "eum · assad-future: positions by round" in text
    assert "exchange: rounds (unperturbed run)" in text and "exchanges" in text
    assert "offers," in text and "accepted" in text
    assert "cooperation against a common enemy" in text
    assert "USA–RUS" in text and "unlikely" in text and "vs 0.15" in text
