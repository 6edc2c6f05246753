import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.models import MODELS, Problem
from detente.models.static import compromise, mean, nash_bargaining, weighted_median

#: The invariants below are the static models'; the dynamic ones have their own tests.
STATIC = [spec for spec in MODELS.values() if not spec.dynamic]


def problem(positions, saliences=None, capabilities=None, reference=None, present=None):
    positions = np.array(positions, dtype=float).reshape(-1, 1)
    n = positions.shape[0]
    saliences = (
        np.ones_like(positions) if saliences is None else np.array(saliences, float)[:, None]
    )
    capabilities = np.ones(n) if capabilities is None else np.array(capabilities, float)
    present = np.ones_like(positions, bool) if present is None else np.array(present)[:, None]
    ref = np.array([np.nan if reference is None else reference])
    return Problem(positions, saliences, capabilities, present, ref)


def test_compromise_weights_by_salience_and_capability():
    assert compromise(problem([10, 40, 90], capabilities=[3, 1, 1])).point[0] == pytest.approx(32)
    assert compromise(problem([0, 100], saliences=[1, 0.25])).point[0] == pytest.approx(20)


def test_mean_ignores_weights_and_absent_actors():
    p = problem([10, 40, 90, 0], capabilities=[3, 1, 1, 9], present=[True, True, True, False])
    assert mean(p).point[0] == pytest.approx(140 / 3)


def test_weighted_median_takes_the_position_where_half_the_weight_is_reached():
    assert weighted_median(problem([10, 40, 90], capabilities=[3, 1, 1])).point[0] == 10
    assert weighted_median(problem([90, 10, 40], capabilities=[1, 1, 1])).point[0] == 40


def test_weighted_median_splits_an_exact_half_like_the_ordinary_median():
    assert weighted_median(problem([20, 60])).point[0] == pytest.approx(40)
    assert weighted_median(problem([20, 60, 70], capabilities=[2, 1, 1])).point[0] == pytest.approx(
        40
    )


def test_nbs_without_reference_point_uses_each_actors_worst_outcome():
    assert nash_bargaining(problem([0, 100])).point[0] == pytest.approx(50)
    # maximise 3·log(100 − x) + log(x): x = 25
    assert nash_bargaining(problem([0, 100], capabilities=[3, 1])).point[0] == pytest.approx(25)


def test_nbs_with_reference_point():
    # gains 40 − |x − 40| and x; maximise log(80 − x) + 3·log(x) beyond 40: x = 60
    p = problem([40, 100], capabilities=[1, 3], reference=0)
    assert nash_bargaining(p).point[0] == pytest.approx(60)


def test_nbs_returns_the_reference_point_when_an_actor_sits_on_it():
    assert nash_bargaining(problem([0, 100], reference=0)).point[0] == 0


def test_zero_total_weight_falls_back_to_equal_weights():
    p = problem([20, 60], saliences=[0, 0])
    assert compromise(p).point[0] == pytest.approx(40)


def test_models_accept_batch_dimensions():
    base = problem([10, 40, 90], capabilities=[3, 1, 1])
    batch = base.with_values(
        np.stack([base.positions, base.positions + 1]),
        np.stack([base.saliences, base.saliences]),
        np.stack([base.capabilities, base.capabilities]),
    )
    for spec in MODELS.values():
        if spec.cannot_run(3, 1):
            continue  # the exchange model needs two issues
        points = spec.run(batch).point
        assert points.shape == (2, 1)
        assert points[0, 0] == pytest.approx(spec.run(base).point[0])


# --- invariants ---------------------------------------------------------------------------

positions_st = st.lists(st.integers(0, 100), min_size=2, max_size=8)


@st.composite
def problems(draw):
    pos = draw(positions_st)
    n = len(pos)
    sal = draw(st.lists(st.floats(0.05, 1), min_size=n, max_size=n))
    cap = draw(st.lists(st.floats(0.1, 100), min_size=n, max_size=n))
    ref = draw(st.one_of(st.none(), st.integers(0, 100)))
    return problem(pos, sal, cap, reference=ref)


@settings(max_examples=60, deadline=None)
@given(problems())
def test_forecast_lies_within_the_range_of_positions(p):
    for spec in STATIC:
        x = spec.run(p).point[0]
        assert p.positions.min() - 1e-9 <= x <= p.positions.max() + 1e-9, spec.name


@settings(max_examples=60, deadline=None)
@given(problems(), st.randoms())
def test_reordering_actors_changes_nothing(p, rnd):
    order = list(range(p.positions.shape[0]))
    rnd.shuffle(order)
    shuffled = Problem(
        p.positions[order], p.saliences[order], p.capabilities[order], p.present[order], p.reference
    )
    for spec in STATIC:
        assert spec.run(shuffled).point[0] == pytest.approx(spec.run(p).point[0], abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(problems(), st.floats(0.01, 1000))
def test_scaling_every_capability_changes_nothing(p, factor):
    scaled = p.with_values(p.positions, p.saliences, p.capabilities * factor)
    for spec in STATIC:
        assert spec.run(scaled).point[0] == pytest.approx(spec.run(p).point[0], abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(problems(), st.integers(0, 100))
def test_an_actor_with_zero_salience_has_no_influence(p, position):
    extra = p.with_values(
        np.vstack([p.positions, [[position]]]),
        np.vstack([p.saliences, [[0.0]]]),
        np.append(p.capabilities, 50.0),
    )
    extra = Problem(
        extra.positions,
        extra.saliences,
        extra.capabilities,
        np.vstack([p.present, [[True]]]),
        p.reference,
    )
    for spec in STATIC:
        if spec.name == "mean":
            continue  # the unweighted mean counts every stance by design
        assert spec.run(extra).point[0] == pytest.approx(spec.run(p).point[0], abs=1e-6), spec.name
