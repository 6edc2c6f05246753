import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import DetenteError, ScenarioError
from detente.models import Problem
from detente.models.exchange import (
    ExchangeBatchDetails,
    ExchangeDetails,
    ExchangeParameters,
    exchange,
)
from detente.scenario import load_scenario

FIXTURES = Path(__file__).parent / "fixtures"


def problem(positions, saliences, capabilities, present=None):
    positions = np.array(positions, dtype=float)
    saliences = np.array(saliences, dtype=float)
    present = np.ones(positions.shape, bool) if present is None else np.array(present)
    return Problem(
        positions=positions,
        saliences=saliences,
        capabilities=np.array(capabilities, dtype=float),
        present=present,
        reference=np.full(positions.shape[1], np.nan),
        actor_ids=tuple(f"a{n}" for n in range(positions.shape[0])),
        issue_ids=tuple(f"i{n}" for n in range(positions.shape[1])),
    )


def details(outcome) -> ExchangeDetails:
    assert isinstance(outcome.details, ExchangeDetails)
    return outcome.details


# --- hand-worked ---------------------------------------------------------------------------


def test_two_actors_trade_votes_for_equal_gain():
    # Issues P (i0) and Q (i1). a0 (capability 1) stands at 0 on both and cares about P
    # (salience 0.8 against 0.2); a1 (capability 2) stands at 100 on both and cares about Q.
    # Weights w = s·c: a0 (0.8, 0.2), a1 (0.4, 1.6); totals W_P = 1.2, W_Q = 1.8.
    # Outcomes: P = 0.4·100/1.2 = 33.333, Q = 1.6·100/1.8 = 88.889. a0 is left of both, a1 right
    # of both, so they can trade: a0 (relatively keener on P) demands P and moves on Q, a1 the
    # reverse. A vote moved by Δ shifts the outcome by Δ·w/W: by Δ/9 for a0 on Q, Δ/3 for a1
    # on P. Equal gain: sq = kq·sp with kq = (0.8 + 0.2)/(0.2 + 0.8) = 1.
    # a0 moving all the way on Q (0 → 100) shifts Q by 11.111; a1 moving all the way on P
    # (100 → 0) would shift P by 33.333. So sp = sq = 11.111: a0 moves all the way, a1 moves
    # 11.111·3 = 33.333 points, 100 → 66.667.
    # Gain, the same for both: a0 0.8·11.111 − 0.2·11.111 = 6.667 = a1 0.8·11.111 − 0.2·11.111.
    # Outcomes after: P = 0.4·66.667/1.2 = 22.222, Q = (0.2·100 + 1.6·100)/1.8 = 100.
    # Each then moves its preference (0.4·(1 − 0.2) + 0.1) = 0.42 of the way to its vote:
    # a0 on Q to 42, a1 on P to 86, so round 1 starts from P = 0.4·86/1.2 = 28.667 and
    # Q = (0.2·42 + 1.6·100)/1.8 = 93.556.
    p = problem([[0, 0], [100, 100]], [[0.8, 0.2], [0.2, 0.8]], [1, 2])
    run = details(exchange(p, ExchangeParameters(rounds=2)))
    first = run.rounds[0]
    assert first.before == pytest.approx((100 / 3, 800 / 9))
    assert len(first.exchanges) == 1
    made = first.exchanges[0]
    assert (made.first.actor, made.first.issue) == ("a0", "i1")
    assert (made.first.start, made.first.end) == pytest.approx((0, 100))
    assert (made.second.actor, made.second.issue) == ("a1", "i0")
    assert (made.second.start, made.second.end) == pytest.approx((100, 200 / 3))
    assert made.gain == pytest.approx(20 / 3)
    assert first.after == pytest.approx((200 / 9, 100))
    gains = {g.actor: g for g in first.gains}
    assert gains["a0"].expected == pytest.approx(20 / 3) == gains["a1"].expected
    assert run.rounds[1].before == pytest.approx((0.4 * 86 / 1.2, (0.2 * 42 + 160) / 1.8))


def test_a_move_is_cut_where_it_would_carry_the_outcome_past_the_partner():
    # a0 and a1 as before in spirit; a2 stands on Q only (at 100), so it trades nothing but
    # pulls Q's outcome up. Weights: P a0 0.9, a1 0.1 (W_P = 1); Q a0 0.5, a1 0.9, a2 0.5
    # (W_Q = 1.9). Outcomes: P = 10, Q = (0.9·60 + 0.5·100)/1.9 = 54.737.
    # kq = (0.9 + 0.1)/(0.5 + 0.9) = 1/1.4. a1 all the way on P (100 → 0) shifts P by 10;
    # a0 all the way on Q (0 → 60) would allow sp = (60·0.5/1.9)·1.4 = 22.1, so a1 binds:
    # sp = 10, sq = 10/1.4 = 7.143 and a0 would move 7.143·1.9/0.5 = 27.14 points, to 27.14.
    # That carries Q's outcome to 61.88, past a1's own position 60 (a1 would lose). The move
    # is cut to land the outcome on 60: sq = 60 − 54.737 = 5.263, a0 moves 5.263·3.8 = 20
    # points (0 → 20); equal gain gives sp = 1.4·5.263 = 7.368, so a1 moves 73.684 points
    # (100 → 26.316). Gain = 0.9·7.368 − 0.5·5.263 = 4 = 0.9·5.263 − 0.1·7.368.
    p = problem(
        [[0, 0], [100, 60], [50, 100]],
        [[0.9, 0.5], [0.1, 0.9], [0.0, 0.5]],
        [1, 1, 1],
        present=[[True, True], [True, True], [False, True]],
    )
    run = details(exchange(p, ExchangeParameters(rounds=1)))
    (made,) = run.rounds[0].exchanges
    assert (made.first.actor, made.first.issue) == ("a0", "i1")
    assert made.first.end == pytest.approx(20)
    assert made.second.end == pytest.approx(100 - 1400 / 19)
    assert made.gain == pytest.approx(4)
    assert run.rounds[0].after == pytest.approx((0.1 * (100 - 1400 / 19), 60))


def test_no_exchange_when_both_care_most_about_the_same_issue_alike():
    # Both care most about P, in the same proportion: whatever one gains on P the other loses
    # at the same rate, so no shift sizes give both a gain (the equal gain is zero).
    p = problem([[0, 0], [100, 100]], [[0.8, 0.2], [0.8, 0.2]], [1, 2])
    run = details(exchange(p))
    assert run.rounds[0].exchanges == ()
    assert run.converged and len(run.rounds) == 1
    assert run.rounds[0].after == run.rounds[0].before


def test_relative_salience_decides_who_demands_what():
    # Stokman's condition is on the ratio of saliences: both care most about P here, but a0
    # far more so, so a0 buys P with its vote on Q.
    p = problem([[0, 0], [100, 100]], [[0.9, 0.1], [0.6, 0.4]], [1, 1])
    (made,) = details(exchange(p, ExchangeParameters(rounds=1))).rounds[0].exchanges
    assert (made.first.actor, made.first.issue, made.second.actor, made.second.issue) == (
        "a0",
        "i1",
        "a1",
        "i0",
    )
    assert made.gain > 0


def test_no_exchange_between_actors_on_the_same_side():
    # a0 and a1 are both left of both outcomes (a2 pulls them right): neither can help the
    # other by moving towards it.
    p = problem([[0, 0], [10, 10], [100, 100]], [[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]], [1, 1, 3])
    for made in details(exchange(p, ExchangeParameters(rounds=1))).rounds[0].exchanges:
        assert "a2" in (made.first.actor, made.second.actor)


@st.composite
def problems(draw):
    actors = draw(st.integers(2, 6))
    issues = draw(st.integers(2, 4))
    grid = st.lists(st.integers(0, 100), min_size=issues, max_size=issues)
    positions = draw(st.lists(grid, min_size=actors, max_size=actors))
    sal = st.lists(st.floats(0.05, 1), min_size=issues, max_size=issues)
    saliences = draw(st.lists(sal, min_size=actors, max_size=actors))
    capabilities = draw(st.lists(st.floats(0.1, 10), min_size=actors, max_size=actors))
    return problem(positions, saliences, capabilities)


@settings(max_examples=80, deadline=None)
@given(problems())
def test_votes_never_overshoot_the_partner(p):
    # Each vote moves towards the partner's position on that issue and stops at it at most.
    run = details(exchange(p, ExchangeParameters(rounds=1)))
    where = {a: n for n, a in enumerate(p.actor_ids)}
    issue = {i: n for n, i in enumerate(p.issue_ids)}
    for made in run.rounds[0].exchanges:
        for side, partner in ((made.first, made.second), (made.second, made.first)):
            target = p.positions[where[partner.actor], issue[side.issue]]
            low, high = sorted((side.start, target))
            assert low - 1e-9 <= side.end <= high + 1e-9
            assert side.end != side.start
        assert made.gain > 0
    # and the outcome after the round lies within the range of positions
    assert np.all(run.rounds[0].after >= p.positions.min(axis=0) - 1e-9)
    assert np.all(run.rounds[0].after <= p.positions.max(axis=0) + 1e-9)


@settings(max_examples=40, deadline=None)
@given(problems(), st.floats(0.01, 1000))
def test_scaling_every_capability_changes_nothing(p, factor):
    scaled = p.with_values(p.positions, p.saliences, p.capabilities * factor)
    parameters = ExchangeParameters(rounds=3)
    assert exchange(scaled, parameters).point == pytest.approx(
        exchange(p, parameters).point, abs=1e-6
    )


def test_round_limit_reports_no_convergence():
    p = problem([[0, 0], [100, 100]], [[0.8, 0.2], [0.2, 0.8]], [1, 2])
    run = details(exchange(p, ExchangeParameters(rounds=2)))
    assert len(run.rounds) == 2 and not run.converged
    assert details(exchange(p, ExchangeParameters(rounds=200))).converged


def test_batch_dimensions_run_each_draw():
    base = problem([[0, 0], [100, 100], [40, 70]], [[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]], [1, 2, 1])
    shifted = np.clip(base.positions + np.array([[5, 0], [0, -5], [3, 3]]), 0, 100)
    batch = base.with_values(
        np.stack([np.stack([base.positions, shifted])] * 3),
        np.broadcast_to(base.saliences, (3, 2, 3, 2)).copy(),
        np.broadcast_to(base.capabilities, (3, 2, 3)).copy(),
    )
    parameters = ExchangeParameters(rounds=4)
    out = exchange(batch, parameters)
    assert out.point.shape == (3, 2, 2)
    assert out.trajectory is not None and out.trajectory.shape[:2] == (3, 2)
    assert out.trajectory.shape[-2:] == (3, 2)
    single = exchange(base, parameters)
    assert out.point[1, 0] == pytest.approx(single.point)
    moved = exchange(base.with_values(shifted, base.saliences, base.capabilities), parameters)
    assert out.point[2, 1] == pytest.approx(moved.point)
    assert isinstance(out.details, ExchangeBatchDetails)
    assert out.details.converged.shape == (3, 2) and out.details.rounds.shape == (3, 2)


def test_trajectory_holds_the_votes_after_each_round():
    p = problem([[0, 0], [100, 100]], [[0.8, 0.2], [0.2, 0.8]], [1, 2])
    out = exchange(p, ExchangeParameters(rounds=3))
    assert out.trajectory is not None and out.trajectory.shape == (3, 2, 2)
    assert out.trajectory[0] == pytest.approx(np.array([[0, 100], [200 / 3, 100]]))
    assert out.point == pytest.approx(details(out).rounds[-1].after)


def test_ties_go_to_the_first_exchange_unless_a_tie_breaker_chooses():
    # a1 and a2 are identical: exchanging with either gains a0 the same.
    p = problem([[0, 0], [100, 100], [100, 100]], [[0.8, 0.2], [0.2, 0.8], [0.2, 0.8]], [1, 1, 1])
    first = details(exchange(p, ExchangeParameters(rounds=1))).rounds[0].exchanges[0]
    assert first.second.actor == "a1"
    seen = []

    def last(number, rank, candidates):
        seen.append((number, rank, [c.second for c in candidates]))
        return len(candidates) - 1

    chosen = details(exchange(p, ExchangeParameters(rounds=1, tie_break=last)))
    assert chosen.rounds[0].exchanges[0].second.actor == "a2"
    assert seen[0] == (0, 0, ["a1", "a2"])


@pytest.mark.parametrize(
    ("positions", "saliences", "capabilities", "message"),
    [
        ([[10, 20]], [[1, 1]], [1], "at least two actors and two issues, not 1 actor and 2"),
        ([[10], [90]], [[1], [1]], [1, 1], "not 2 actors and 1 issue"),
        ([[10, np.nan], [90, 50]], [[1, 1], [1, 1]], [1, 1], "a position is missing"),
        ([[10, 20], [90, 50]], [[1, 1.5], [1, 1]], [1, 1], "a salience is missing or outside"),
        ([[10, 20], [90, 50]], [[1, 1], [1, 1]], [1, -1], "a capability is missing or outside"),
    ],
)
def test_bad_problems_are_user_errors(positions, saliences, capabilities, message):
    with pytest.raises(ScenarioError, match=message) as caught:
        exchange(problem(positions, saliences, capabilities))
    assert "\n" not in str(caught.value)


def test_bad_parameters_are_user_errors():
    p = problem([[0, 0], [100, 100]], [[0.8, 0.2], [0.2, 0.8]], [1, 2])
    for parameters in (
        ExchangeParameters(rounds=0),
        ExchangeParameters(tolerance=-1),
        ExchangeParameters(salience_weight=0.8, fixed_weight=0.5),
    ):
        with pytest.raises(DetenteError):
            exchange(p, parameters)


# --- agreement with decide-exchange-model ---------------------------------------------------

#: detente's outcomes must lie within 0.5 points of the range of decide's 101 runs per file
#: (random tie-breaking off, seeds 0-99), round by round, except where listed: cop21's voting
#: outcome in rounds 5 and 9, where decide's own runs scatter over 15-18 points and detente's
#: lies up to 1.67 (round 5) and 0.61 (round 9) outside their range. (Each decide run is one
#: path through random tie-breaks and rounding noise; one run left out of the others' range
#: falls several points outside it in these rounds too.)
TOLERANCE = 0.5
WIDER = {("cop21", "voting", 5): 2.0, ("cop21", "voting", 9): 1.0}
#: Rounds of the kept decide run that detente reproduces exactly when handed decide's tie
#: choices (in cop21's last round decide's rounding noise settles a boundary case otherwise).
REPLAYED_ROUNDS = {"copenhagen": 10, "cop21": 9}


def decide_fixture(name: str) -> dict:
    return json.loads((FIXTURES / f"decide_{name}.json").read_text())


def shared_problem(shared_data: Path, name: str) -> Problem:
    path = shared_data / "bargaining" / "decide-exchange-model" / f"{name}.csv"
    return Problem.from_scenario(load_scenario(path))


@pytest.mark.parametrize("name", ["copenhagen", "cop21"])
def test_outcomes_agree_with_decide_round_by_round(shared_data, name):
    fixture = decide_fixture(name)
    p = shared_problem(shared_data, name)
    assert len(p.issue_ids) == len(fixture["issues"])
    assert len(fixture["seeds"]) == 101
    run = details(exchange(p, ExchangeParameters(rounds=fixture["rounds"], tolerance=0)))
    assert len(run.rounds) == fixture["rounds"]
    for number, envelope in enumerate(fixture["envelope"]):
        ours = {"preference": run.rounds[number].before, "voting": run.rounds[number].after}
        for key, values in ours.items():
            margin = WIDER.get((name, key, number), TOLERANCE)
            low = np.array(envelope[key]["low"]) - margin
            high = np.array(envelope[key]["high"]) + margin
            assert np.all((low <= values) & (values <= high)), (name, number, key)


@pytest.mark.parametrize("name", ["copenhagen", "cop21"])
def test_replaying_decides_tie_choices_reproduces_it(shared_data, name):
    fixture = decide_fixture(name)
    p = shared_problem(shared_data, name)
    kept = fixture["replay"]["rounds"]

    def follow(number, rank, candidates):
        if rank < len(kept[number]["exchanges"]):
            i, iq, j, jp = kept[number]["exchanges"][rank]
            wanted = (p.actor_ids[i], p.issue_ids[iq], p.actor_ids[j], p.issue_ids[jp])
            for at, c in enumerate(candidates):
                if (c.first, c.first_issue, c.second, c.second_issue) == wanted:
                    return at
        return 0

    parameters = ExchangeParameters(rounds=fixture["rounds"], tolerance=0, tie_break=follow)
    run = details(exchange(p, parameters))
    for number in range(REPLAYED_ROUNDS[name]):
        assert run.rounds[number].before == pytest.approx(kept[number]["preference"], abs=1e-6)
        assert run.rounds[number].after == pytest.approx(kept[number]["voting"], abs=1e-6)
        assert len(run.rounds[number].exchanges) == len(kept[number]["exchanges"])


@pytest.mark.parametrize(
    "parameters",
    [ExchangeParameters(), ExchangeParameters(rounds=25, tolerance=2.0)],
    ids=["default", "loose"],
)
def test_a_batch_gives_each_draw_what_it_gets_alone(parameters):
    # Batches run all draws in lockstep; that must be bookkeeping only, never a new answer.
    base = Problem.from_scenario(load_scenario("syria-2014"))
    rng = np.random.default_rng(2014)
    shape = (4, 5, *base.positions.shape)
    positions = np.clip(base.positions + rng.normal(0, 15, shape), 0, 100)
    positions[0] = np.round(positions[0] / 25) * 25  # equal positions make tied gains
    saliences = np.clip(base.saliences + rng.normal(0, 0.15, shape), 0, 1)
    capabilities = base.capabilities * rng.lognormal(0, 0.4, shape[:-1])
    out = exchange(base.with_values(positions, saliences, capabilities), parameters)
    assert isinstance(out.details, ExchangeBatchDetails) and out.trajectory is not None
    for at in np.ndindex(*shape[:2]):
        alone = exchange(
            base.with_values(positions[at], saliences[at], capabilities[at]), parameters
        )
        assert alone.trajectory is not None
        used = alone.trajectory.shape[0]
        assert out.details.rounds[at] == used
        assert out.details.converged[at] == details(alone).converged
        np.testing.assert_allclose(out.point[at], alone.point, rtol=0, atol=1e-12)
        np.testing.assert_allclose(out.trajectory[at][:used], alone.trajectory, rtol=0, atol=1e-12)
        # Draws that stop early hold their last votes.
        np.testing.assert_array_equal(
            out.trajectory[at][used:],
            np.broadcast_to(alone.trajectory[-1], out.trajectory[at][used:].shape),
        )
    if parameters.tolerance > 1:
        assert 0 < out.details.converged.sum() < out.details.converged.size
