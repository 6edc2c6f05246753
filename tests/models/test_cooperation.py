import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import ScenarioError, UnknownNameError
from detente.models.cooperation import (
    CooperationGame,
    CooperationParameters,
    assess,
    assess_pair,
    cooperation_draws,
    cooperation_pairs,
    parameters_from_scenario,
    solve,
    threshold,
    verdict_for,
)
from detente.models.cooperation import _best_response as best_response
from detente.scenario import load_scenario, save_scenario

# --- hand-solved games ---------------------------------------------------------------------------


def pure_and_mixed_equilibria(row, col):
    """Every equilibrium of a 2×2 game by support enumeration: (p_row_C, p_col_C) pairs.

    ``row[i][j]`` is the row player's payoff when it plays i and the column player j
    (0 = cooperate, 1 = defect); ``col[i][j]`` likewise for the column player.
    """
    found = []
    for i, j in itertools.product(range(2), repeat=2):
        if row[i][j] >= row[1 - i][j] and col[i][j] >= col[i][1 - j]:
            found.append((1.0 - i, 1.0 - j))
    # mixed: the column player's mix q makes the row player indifferent, and vice versa
    row_gap = (row[0][0] - row[1][0]) - (row[0][1] - row[1][1])
    col_gap = (col[0][0] - col[0][1]) - (col[1][0] - col[1][1])
    if row_gap and col_gap:
        q = (row[1][1] - row[0][1]) / row_gap
        p = (col[1][1] - col[1][0]) / col_gap
        if 0 < p < 1 and 0 < q < 1:
            found.append((p, q))
    return found


def assurance(g, t, c):
    """One side's payoffs: (C, C) = g, (C, D) = −c, (D, C) = t, (D, D) = 0."""
    return [[g, -c], [t, 0.0]]


@pytest.mark.parametrize(
    ("g", "t", "c", "expected"),
    [(2, 1, 1, 0.5), (3, 1, 2, 0.5), (1, 0, 1, 0.5), (4, 1, 1, 0.25), (1, 0, 3, 0.75)],
)
def test_threshold_is_the_partner_mix_of_the_hand_solved_assurance_game(g, t, c, expected):
    assert threshold(g, t, c) == pytest.approx(expected)
    # in the symmetric 2×2 game the mixed equilibrium has each side cooperate with exactly the
    # probability that makes the other indifferent: the other's threshold
    payoff = assurance(g, t, c)
    column = [[payoff[0][0], payoff[1][0]], [payoff[0][1], payoff[1][1]]]
    equilibria = pure_and_mixed_equilibria(payoff, column)
    assert (1.0, 1.0) in equilibria and (0.0, 0.0) in equilibria
    mixed = [e for e in equilibria if 0 < e[0] < 1]
    assert mixed == [pytest.approx((expected, expected))]


def test_a_side_tempted_more_than_it_gains_has_a_threshold_above_one():
    assert threshold(1, 1.5, 1) == pytest.approx(2.0)  # prisoner's dilemma: defection dominant
    assert threshold(1, 2, 1) == math.inf  # g − t + c = 0
    payoff = assurance(1, 1.5, 1)
    column = [[payoff[0][0], payoff[1][0]], [payoff[0][1], payoff[1][1]]]
    assert pure_and_mixed_equilibria(payoff, column) == [(0.0, 0.0)]


def side(gain=1.0, temptation=0.0, cost=1.0, trust=1.0):
    return CooperationParameters(gain, temptation, cost, trust)


def test_known_temptation_gives_kydds_two_type_result():
    # temptation 0 for every non-hostile type: each cooperates iff its trust clears c/(g + c)
    eq = solve(side(trust=0.6), side(trust=0.7))
    assert eq.threshold_a == eq.threshold_b == pytest.approx(0.5)
    assert eq.cooperate_a == pytest.approx(0.7) and eq.cooperate_b == pytest.approx(0.6)
    assert eq.probability == pytest.approx(0.42)
    assert solve(side(trust=0.4), side(trust=0.9)).probability == 0.0


def test_full_trust_and_no_temptation_is_certain_cooperation():
    assert solve(side(), side()).probability == pytest.approx(1.0)


def test_hand_solved_cutoff_equilibrium():
    # g = 2, c = 1, temptation uniform on [0, 2], trust 0.9 each way:
    # q = 0.9·(3 − 1/q)/2  ⇒  q² − 1.35 q + 0.45 = 0  ⇒  q = 0.75 (the larger root)
    a = side(gain=2, temptation=1, cost=1, trust=0.9)
    eq = solve(a, a)
    assert eq.cooperate_a == pytest.approx(0.75)
    assert eq.probability == pytest.approx(0.5625)
    assert eq.cutoff_a == pytest.approx(3 - 1 / 0.75)
    # with full trust, q = (3 − 1/q)/2 has roots 1/2 and 1: the cooperative one is taken
    assert solve(side(2, 1, 1, 1.0), side(2, 1, 1, 1.0)).probability == pytest.approx(1.0)
    # at trust 0.85 the discriminant 1.275² − 4·0.425 < 0: only no cooperation is left
    assert solve(side(2, 1, 1, 0.85), side(2, 1, 1, 0.85)).probability == 0.0


def test_closed_form_matches_iterating_best_responses_from_the_top():
    rng = np.random.default_rng(7)
    n = 4000

    def draw():
        return CooperationParameters(
            gain=rng.uniform(0.2, 2, n),
            temptation=rng.uniform(0, 1, n) * (rng.random(n) > 0.1),
            exploitation_cost=rng.uniform(0, 2, n) * (rng.random(n) > 0.1),
            trust=np.clip(rng.uniform(0.3, 1.2, n), 0, 1),
        )

    a, b = draw(), draw()
    eq = solve(a, b)
    # best responses are increasing, so iterating from full cooperation falls to the largest
    # equilibrium (Tarski); the closed form must find the same one
    q_a = b.trust.copy()
    for _ in range(5000):
        q_b = best_response(q_a, b.gain, b.temptation, b.exploitation_cost, a.trust)
        q_a = best_response(q_b, a.gain, a.temptation, a.exploitation_cost, b.trust)
    close = np.abs(q_a - eq.cooperate_a) < 1e-6
    assert close.mean() > 0.999  # iteration converges slowly only at exact tangencies
    assert 0.2 < (eq.probability > 0).mean() < 0.9  # both regimes are exercised


def test_solve_takes_arrays_and_broadcasts():
    trust = np.array([0.3, 0.6, 0.9, 1.0])
    eq = solve(side(2, 1, 1, trust), side(2, 1, 1, 0.9))
    one_by_one = [solve(side(2, 1, 1, float(x)), side(2, 1, 1, 0.9)).probability for x in trust]
    np.testing.assert_allclose(eq.probability, one_by_one)
    assert eq.threshold_a.shape == (4,)


def test_verdict_cut_points():
    assert verdict_for(0.0) == verdict_for(0.1999) == "unlikely"
    assert verdict_for(0.2) == verdict_for(0.4999) == "possible"
    assert verdict_for(0.5) == verdict_for(1.0) == "likely"


# --- invariants ------------------------------------------------------------------------------

stake = st.floats(0, 2, allow_nan=False)
unit = st.floats(0, 1, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(stake, stake, stake, unit, stake, stake, stake, unit, unit, unit)
def test_more_trust_never_lowers_cooperation(ga, ta, ca, pa, gb, tb, cb, pb, more_a, more_b):
    low = solve(side(ga, ta, ca, pa), side(gb, tb, cb, pb)).probability
    high_a, high_b = pa + (1 - pa) * more_a, pb + (1 - pb) * more_b
    high = solve(side(ga, ta, ca, high_a), side(gb, tb, cb, high_b)).probability
    assert high >= low - 1e-9


@settings(max_examples=300, deadline=None)
@given(stake, stake, stake, unit, stake, stake, stake, unit, st.floats(0, 1))
def test_higher_stakes_against_cooperation_never_raise_it(ga, ta, ca, pa, gb, tb, cb, pb, extra):
    base = solve(side(ga, ta, ca, pa), side(gb, tb, cb, pb)).probability
    costlier = solve(side(ga, ta, ca + extra, pa), side(gb, tb, cb, pb)).probability
    tempted = solve(side(ga, ta + extra, ca, pa), side(gb, tb, cb, pb)).probability
    richer = solve(side(ga + extra, ta, ca, pa), side(gb, tb, cb, pb)).probability
    assert costlier <= base + 1e-9 and tempted <= base + 1e-9 and richer >= base - 1e-9


@settings(max_examples=300, deadline=None)
@given(st.floats(0.01, 2), st.one_of(st.just(0.0), st.floats(1e-6, 2)), unit, st.floats(0.01, 1))
def test_threshold_rises_with_exploitation_cost_and_temptation(g, c, t_share, extra):
    t = g * t_share * 0.99  # an assurance-game side: temptation below gain
    assert threshold(g, t, c + extra) > threshold(g, t, c) or c + extra == 0
    if c > 0:
        assert threshold(g, t + extra * (g - t) / 2, c) > threshold(g, t, c)


# --- the built-in scenario ------------------------------------------------------------------


@pytest.fixture(scope="module")
def syria():
    return load_scenario("syria-2014")


def test_syria_2014_defaults_follow_from_the_stances(syria):
    game = parameters_from_scenario(syria, "USA", "RUS")
    assert game.on == "russia-role" and game.enemy == "ISIL"
    assert game.dividing == ("strike-authorisation", "assad-future", "rebel-arms")
    usa, rus = game.side_a, game.side_b
    assert usa.gain == 0.4 and rus.gain == 0.5  # salience on russia-role
    # salience × gap on the three dividing issues, averaged
    assert usa.temptation == pytest.approx((0.9 * 1.0 + 0.5 * 0.8 + 0.6 * 0.75) / 3)
    assert rus.temptation == pytest.approx((0.85 * 1.0 + 0.85 * 0.8 + 0.6 * 0.75) / 3)
    assert usa.exploitation_cost == usa.temptation and rus.exploitation_cost == rus.temptation
    assert (usa.trust, rus.trust) == (0.15, 0.1)


def test_syria_2014_us_russian_cooperation_against_isil_is_unlikely(syria):
    verdict = assess_pair(syria, "USA", "RUS", draws=500, seed=3)
    assert verdict.verdict == "unlikely"
    assert verdict.probability == 0.0
    assert verdict.threshold["USA"] == pytest.approx(1.75 / 3 / 0.4)
    assert verdict.threshold["RUS"] == pytest.approx(1.98 / 3 / 0.5)
    assert all(verdict.threshold[x] > 1 > verdict.trust[x] for x in ("USA", "RUS"))
    assert verdict.p90 < 0.2 and verdict.median == 0.0
    change = verdict.what_would_change
    assert change.target == "possible"
    assert change.trust is None and change.divide is None  # trust caps it at 0.15 × 0.10
    assert not any(s.tips for s in change.signals)
    assert 0.3 < change.divide_at_full_trust < 0.5
    assert "0.015" in change.text


def test_syria_2014_verdict_serialises_to_the_report_shape(syria):
    (verdict,) = cooperation_pairs(syria)
    out = verdict.to_dict()
    assert list(out) == ["a", "b", "on", "probability", "trust", "threshold", "verdict", "why"]
    assert out["a"] == "USA" and out["b"] == "RUS" and out["on"] == "russia-role"
    assert out["trust"] == {"USA": 0.15, "RUS": 0.1}
    assert out["threshold"] == {"USA": 1.458, "RUS": 1.32}
    assert out["verdict"] == "unlikely" and "Islamic State" in out["why"]
    detail = verdict.to_dict(detail=True)
    assert detail["what_would_change"]["trust"] is None


def test_monte_carlo_is_reproducible(syria):
    game = parameters_from_scenario(syria, "USA", "RUS")
    first = cooperation_draws(syria, game, draws=300, rng=np.random.default_rng(5))
    second = cooperation_draws(syria, game, draws=300, rng=np.random.default_rng(5))
    assert first.shape == (300,) and np.array_equal(first, second)


def test_order_of_the_pair_swaps_the_sides(syria):
    forward = parameters_from_scenario(syria, "USA", "RUS")
    backward = parameters_from_scenario(syria, "RUS", "USA")
    assert backward.side_a == forward.side_b and backward.side_b == forward.side_a


# --- what would change it -------------------------------------------------------------------


def game(a, b):
    return CooperationGame("A", "B", a, b, names={"A": "Aland", "B": "Bland"})


def test_trust_needed_to_tip_a_two_type_game():
    verdict = assess(game(side(trust=0.3), side(trust=0.3)))
    assert verdict.verdict == "unlikely"
    # both must clear the threshold 0.5 and x² ≥ 0.2 — the threshold binds
    assert verdict.what_would_change.trust == pytest.approx(0.5, abs=1e-6)


def test_trust_below_which_a_likely_verdict_falls():
    verdict = assess(game(side(trust=0.9), side(trust=0.9)))
    assert verdict.verdict == "likely"
    assert verdict.what_would_change.target == "possible"
    assert verdict.what_would_change.trust == pytest.approx(math.sqrt(0.5), abs=1e-6)


def test_a_reassuring_signal_makes_the_partner_trust_the_sender():
    a, b = side(temptation=0.1, trust=0.9), side(temptation=0.1, trust=0.3)
    verdict = assess(game(a, b))
    assert verdict.verdict == "unlikely"
    by_a = next(s for s in verdict.what_would_change.signals if s.senders == ("A",))
    after = solve(a, side(temptation=0.1, trust=1.0))  # B now trusts A fully
    assert by_a.probability == pytest.approx(after.probability) and by_a.tips
    assert by_a.size["A"] == pytest.approx(0.1 * after.cooperate_b)  # a hostile mimic's gain
    assert by_a.worth_it
    assert "signal by Aland" in verdict.what_would_change.text


def test_narrowing_the_divide_is_reported_as_the_share_that_may_remain():
    a = side(gain=0.5, temptation=0.5, cost=0.5, trust=1.0)
    verdict = assess(game(a, a))
    share = verdict.what_would_change.divide
    assert share is not None and 0 < share < 1
    shrunk = side(gain=0.5, temptation=0.5 * share, cost=0.5 * share, trust=1.0)
    assert solve(shrunk, shrunk).probability >= 0.2 - 1e-9


# --- errors ----------------------------------------------------------------------------------


def test_unknown_actor_is_named_with_a_suggestion(syria):
    with pytest.raises(UnknownNameError, match="unknown actor 'USB'") as info:
        parameters_from_scenario(syria, "USB", "RUS")
    assert "did you mean 'USA'" in str(info.value)


def test_unknown_issue_and_self_pair_are_refused(syria):
    with pytest.raises(UnknownNameError, match="unknown issue 'rusia-role'") as info:
        parameters_from_scenario(syria, "USA", "RUS", on="rusia-role")
    assert "russia-role" in str(info.value)
    with pytest.raises(ScenarioError, match="two actors"):
        parameters_from_scenario(syria, "USA", "USA")


def test_pair_without_a_relation_or_a_shared_enemy_is_refused(syria):
    with pytest.raises(ScenarioError, match="no relation between 'SYR-KRD' and 'UNSC'"):
        parameters_from_scenario(syria, "SYR-KRD", "UNSC")
    with pytest.raises(ScenarioError, match="no common-enemy relation about 'SYR'"):
        parameters_from_scenario(syria, "USA", "RUS", about="SYR")


def test_actor_without_a_stance_on_the_joint_issue_is_refused(syria):
    with pytest.raises(ScenarioError, match="'ISIL' takes no stance on 'strike-authorisation'"):
        parameters_from_scenario(syria, "USA", "ISIL", on="strike-authorisation")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("trust", 1.5, "trust must be between 0 and 1, not 1.5"),
        ("trust", -0.1, "trust must be between 0 and 1"),
        ("gain", -1.0, "gain must be at least 0, not -1"),
        ("exploitation_cost", float("nan"), "exploitation_cost must be a finite number"),
        ("temptation", np.array([0.1, -2.0]), "temptation must be at least 0, not -2"),
    ],
)
def test_parameters_out_of_range_are_refused(field, value, message):
    values = {"gain": 1.0, "temptation": 0.1, "exploitation_cost": 1.0, "trust": 0.5}
    values[field] = value
    with pytest.raises(ScenarioError, match=message):
        CooperationParameters(**values)


def test_assess_refuses_a_batch():
    batch = side(trust=np.array([0.2, 0.4]))
    with pytest.raises(ScenarioError, match="one game"):
        assess(game(batch, side()))


# --- terms stated in the scenario file --------------------------------------------------------

FILE = """\
id: pair
title: Two allies of convenience
actors:
  - {id: AAA, name: Aland, kind: state, capability: 1}
  - {id: BBB, name: Bland, kind: state, capability: 1}
  - {id: EEE, name: Enemy, kind: armed-group, capability: 1}
issues:
  - {id: fight, question: "How hard to fight the enemy together?", anchors: {0: not, 100: fully}}
  - {id: border, question: "Where is the border?", anchors: {0: west, 100: east}}
stances:
  - {actor: AAA, issue: fight, position: 90, salience: 0.8}
  - {actor: BBB, issue: fight, position: 80, salience: 0.6}
  - {actor: EEE, issue: fight, position: 0, salience: 1}
  - {actor: AAA, issue: border, position: 20, salience: 0.4}
  - {actor: BBB, issue: border, position: 70, salience: 0.5}
relations:
  - a: BBB
    b: AAA
    kind: common-enemy
    about: EEE
    affinity: 0.2
    trust_ab: 0.9
    trust_ba: 0.8
    TERMS
"""


def scenario_file(tmp_path, terms="", name="pair.yaml"):
    path = tmp_path / name
    path.write_text(FILE.replace("TERMS", terms))
    return path


def test_defaults_of_a_small_scenario(tmp_path):
    scenario = load_scenario(scenario_file(tmp_path))
    game = parameters_from_scenario(scenario, "AAA", "BBB")
    assert game.on == "fight" and game.dividing == ("border",) and game.overridden == ()
    assert (game.side_a.gain, game.side_b.gain) == (0.8, 0.6)
    assert game.side_a.temptation == pytest.approx(0.4 * 0.5)
    assert game.side_b.exploitation_cost == pytest.approx(0.5 * 0.5)
    assert (game.side_a.trust, game.side_b.trust) == (0.8, 0.9)  # relation is written B→A


def test_terms_in_the_relation_override_the_defaults(tmp_path):
    terms = "joint_issue: border\n    gain_a: 2\n    temptation_b: 0.05\n    exploitation_cost_b: 0"
    scenario = load_scenario(scenario_file(tmp_path, terms))
    game = parameters_from_scenario(scenario, "AAA", "BBB")
    assert game.on == "border" and game.dividing == ()  # fight is not dividing: both above 50
    # the relation's a is BBB, so gain_a is BBB's gain and temptation_b AAA's temptation
    assert game.side_b.gain == 2.0 and game.side_a.gain == 0.4
    assert game.side_a.temptation == 0.05 and game.side_a.exploitation_cost == 0.0
    assert set(game.overridden) == {"joint_issue", "gain_a", "temptation_b", "exploitation_cost_b"}
    for name in ("copy.yaml", "copy.json"):
        save_scenario(scenario, tmp_path / name)
        assert load_scenario(tmp_path / name) == scenario


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("gain_a: -1", r"relations\[0\]\.gain_a: .*greater than or equal to 0"),
        ("temptation_b: .nan", r"relations\[0\]\.temptation_b"),
        ("joint_issue: fihgt", r"relations\[0\]\.joint_issue: unknown issue 'fihgt'"),
    ],
)
def test_bad_terms_in_the_file_are_refused(tmp_path, terms, message):
    with pytest.raises(ScenarioError, match=message):
        load_scenario(scenario_file(tmp_path, terms))


def test_only_common_enemy_relations_carry_terms(tmp_path):
    path = scenario_file(tmp_path, "gain_a: 1")
    path.write_text(path.read_text().replace("kind: common-enemy", "kind: rivalry"))
    with pytest.raises(ScenarioError, match="'rivalry' relation cannot carry the terms"):
        load_scenario(path)
