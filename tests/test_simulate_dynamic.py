"""simulate() with dynamic models: skipping, round limits, draws, trajectories, cooperation."""

import importlib

import numpy as np
import pytest

from detente.errors import ScenarioError
from detente.models import ModelSpec, Outcome, Problem
from detente.models.registry import MODELS
from detente.scenario import Actor, Issue, Scenario, Stance, UncertaintyDefaults, load_scenario
from detente.simulate import simulate, with_start

simulate_module = importlib.import_module("detente.simulate")

ONE_ISSUE = Scenario(
    id="one",
    title="one issue",
    actors=(Actor("A", "A", "state", 2.0), Actor("B", "B", "state", 1.0)),
    issues=(Issue("q", "q?", {0: "no", 100: "yes"}),),
    stances=(Stance("A", "q", 20, 1.0), Stance("B", "q", 80, 0.5)),
    uncertainty=UncertaintyDefaults(position=5.0, salience=0.05, capability=0.1),
)


def test_a_model_that_cannot_run_is_skipped_by_default_with_a_warning():
    sim = simulate(ONE_ISSUE, draws=20)
    assert "exchange" not in sim.models and "eum" in sim.models
    assert sim.skipped == {"exchange": "it needs at least 2 issues, and there is 1 issue"}
    assert sim.warnings[0] == "exchange skipped: it needs at least 2 issues, and there is 1 issue"


def test_a_model_asked_for_that_cannot_run_is_an_error():
    with pytest.raises(ScenarioError, match="model 'exchange' cannot run on scenario 'one'"):
        simulate(ONE_ISSUE, models=["exchange"])


def test_dynamic_models_forecast_every_draw_reproducibly():
    scenario = load_scenario("syria-2014")
    a = simulate(scenario, models=["eum", "exchange", "compromise"], draws=12, seed=3)
    b = simulate(scenario, models=["eum", "exchange", "compromise"], draws=12, seed=3)
    for model in ("eum", "exchange"):
        assert a.samples[model].shape == (12, 4)
        assert np.array_equal(a.samples[model], b.samples[model])
        assert not np.allclose(a.samples[model], a.points[model])  # the draws do move it
    # static models see the same draws whether or not dynamic models run beside them
    alone = simulate(scenario, models=["compromise"], draws=12, seed=3)
    assert np.array_equal(alone.samples["compromise"], a.samples["compromise"])


def test_dynamic_models_run_their_draws_in_slices_without_changing_them(monkeypatch):
    scenario = load_scenario("syria-2014")
    whole = simulate(scenario, models=["eum"], draws=7, seed=1)
    monkeypatch.setattr(simulate_module, "_DYNAMIC_CELLS", 2 * 36)  # two draws per slice
    sliced = simulate(scenario, models=["eum"], draws=7, seed=1)
    assert np.array_equal(whole.samples["eum"], sliced.samples["eum"])


def test_every_trajectory_starts_at_the_starting_positions():
    scenario = load_scenario("syria-2014")
    sim = simulate(scenario, models=["eum", "exchange"], draws=0)
    problem = sim.problem
    for model in ("eum", "exchange"):
        trajectory = sim.trajectories[model]
        assert trajectory is not None
        assert np.array_equal(trajectory[0][problem.present], problem.positions[problem.present])
        # row k is after round k: as many rows after the start as rounds in the account
        assert trajectory.shape[0] - 1 == len(sim.details[model].rounds)


class _Rounds:
    def __init__(self, count: int) -> None:
        self.rounds = ((),) * count


def test_with_start_prepends_only_when_the_start_is_missing():
    problem = Problem.from_scenario(ONE_ISSUE)
    start = problem.positions[None]
    moved = start + 1
    # without an account of the rounds: by comparing the first row with the start
    assert with_start(np.concatenate([start, moved]), problem).shape[0] == 2
    assert with_start(moved, problem).shape[0] == 2
    assert with_start(None, problem) is None
    # with one: one row per round means the start is missing, even when nothing moved
    assert with_start(start, problem, _Rounds(1)).shape[0] == 2
    assert with_start(np.concatenate([start, moved]), problem, _Rounds(1)).shape[0] == 2


class _Unsettled:
    """Details of a toy model that never settles."""

    def __init__(self, converged: np.ndarray) -> None:
        self.converged = converged
        self.rounds = ((), ())


def stuck(problem: Problem) -> Outcome:
    """A toy dynamic model: two rounds towards the mean, then it reports not having settled."""
    target = problem.positions.mean(axis=-2, keepdims=True)
    rounds = [problem.positions, (problem.positions + target) / 2]
    rounds.append((rounds[-1] + target) / 2)
    trajectory = np.stack(rounds, axis=-3)
    flags = np.zeros(problem.positions.shape[:-2] + problem.positions.shape[-1:], dtype=bool)
    point = trajectory[..., -1, :, :].mean(axis=-2)
    return Outcome(point=point, trajectory=trajectory, details=_Unsettled(flags))


def test_a_model_that_does_not_settle_is_reported_and_its_last_state_used(monkeypatch):
    monkeypatch.setitem(MODELS, "stuck", ModelSpec("stuck", "toy", stuck, dynamic=True))
    sim = simulate(ONE_ISSUE, models=["stuck"], draws=5)
    assert sim.warnings == (
        "stuck did not settle within its round limit (2 rounds) in the unperturbed run "
        "(issue q) and 5 of 5 draws; its last state is used",
    )
    assert sim.points["stuck"][0] == pytest.approx(50)  # the last state: everyone at the mean


def test_cooperation_verdicts_come_with_the_simulation():
    sim = simulate(load_scenario("syria-2014"), models=["mean"], draws=50, seed=2)
    pairs = [(v.a, v.b) for v in sim.cooperation]
    assert ("USA", "RUS") in pairs
    assert sim.cooperation[pairs.index(("USA", "RUS"))].draws == 50
    assert simulate(ONE_ISSUE, models=["mean"], draws=0).cooperation == ()
    off = simulate(load_scenario("syria-2014"), models=["mean"], cooperation=False)
    assert off.cooperation == ()
