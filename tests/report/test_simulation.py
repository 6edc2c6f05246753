import numpy as np

from detente.models import ModelSpec, Outcome, Problem
from detente.models.registry import MODELS
from detente.report.simulation import nearest_actors, simulation_to_dict
from detente.scenario import Actor, Issue, Scenario, Stance
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
