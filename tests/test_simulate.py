import numpy as np
import pytest

from detente.errors import DetenteError
from detente.scenario import Actor, Issue, Scenario, Stance, UncertaintyDefaults
from detente.simulate import simulate


def scenario(position_sd=5.0):
    return Scenario(
        id="t",
        title="t",
        actors=(Actor("A", "A", "state", 2.0), Actor("B", "B", "state", 1.0)),
        issues=(Issue("q", "q?", {0: "no", 100: "yes"}),),
        stances=(Stance("A", "q", 20, 1.0), Stance("B", "q", 80, 1.0, uncertainty=0.0)),
        uncertainty=UncertaintyDefaults(position=position_sd, salience=0.0, capability=0.0),
    )


def test_same_seed_same_numbers_other_seed_other_numbers():
    a = simulate(scenario(), draws=200, seed=7)
    b = simulate(scenario(), draws=200, seed=7)
    c = simulate(scenario(), draws=200, seed=8)
    for model in a.models:
        assert np.array_equal(a.samples[model], b.samples[model])
    assert not np.array_equal(a.samples["compromise"], c.samples["compromise"])


def test_point_is_the_unperturbed_forecast_and_the_interval_brackets_it():
    f = simulate(scenario(), draws=2000, seed=1).forecast("compromise", 0)
    assert f.point == pytest.approx(40)
    assert f.p10 < f.median < f.p90
    # only A's position moves (sd 5), with weight 2/3: forecast sd 10/3, 80 % half-width ≈ 4.3
    assert f.p90 - f.p10 == pytest.approx(2 * 1.2816 * 10 / 3, rel=0.1)


def test_no_uncertainty_gives_a_zero_width_interval():
    f = simulate(scenario(position_sd=0.0), draws=50, seed=0).forecast("mean", 0)
    assert f.p10 == f.p90 == f.point == 50


def test_zero_draws_reports_the_point_only():
    sim = simulate(scenario(), draws=0)
    assert sim.forecast("nbs", 0).p10 == sim.forecast("nbs", 0).point


def test_bad_draws_and_unknown_model():
    with pytest.raises(DetenteError, match="--draws must be between"):
        simulate(scenario(), draws=-1)
    with pytest.raises(DetenteError, match="unknown model 'eu'"):
        simulate(scenario(), models=["eu"])
