import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import ScenarioError
from detente.models import Problem
from detente.models import eum as eum_module
from detente.models.eum import (
    CLOSER_TO_MEDIAN,
    EumDetails,
    EumParameters,
    OfferKind,
    eum,
)
from detente.models.static import compromise, weighted_median
from detente.textfile import read_text
from tests.models.eum_reference import play_issue

EXAMPLES = "bargaining/bdm-examples"
EXAMPLE_FILES = [
    "dmasad_ChinaData.csv",
    "dmasad_ExampleActors.csv",
    "dmasad_HondurasCrisisData.csv",
    "eum_argentina.txt",
    "eum_emission-standards.txt",
    "eum_iranian-election.txt",
    "jmckib_ExampleActors.csv",
    "jmckib_Sultan.csv",
]

#: The choices each open-source port made (docs/eum.md); what they cannot express is noted there.
PORTS = {
    "defaults": EumParameters(),
    "dmasad": EumParameters(
        probability="net",
        improvement_probability=1.0,
        rival_risk="rival",
        offer_choice="strongest",
        forecast="mean",
    ),
    "jmckib": EumParameters(probability="all-pairs", offer_choice="by-kind"),
    "decisionmechanics": EumParameters(
        status_quo_probability=0.5,
        compromise="weighted",
        rival_risk="rival",
        offer_choice="by-kind",
    ),
}

_COLUMNS = {
    "capability": "c",
    "resources": "c",
    "c": "c",
    "position": "x",
    "x": "x",
    "salience": "s",
    "s": "s",
}


def load_example(path: Path, *, rescale: bool = True) -> Problem:
    """The ports' actor tables: a name column, then capability, position, salience in any order.

    Comma or tab separated, any line ending, optional BOM; saliences given in percent are
    divided by 100, and positions are mapped linearly onto 0–100 unless ``rescale`` is False.
    """
    lines = [line for line in read_text(path).splitlines() if line.strip()]
    sep = "\t" if "\t" in lines[0] else ","
    header = [_COLUMNS.get(name.strip().lower()) for name in lines[0].split(sep)]
    rows = [line.split(sep) for line in lines[1:]]
    values = {
        key: np.array([float(row[n]) for row in rows])
        for n, key in enumerate(header)
        if key is not None
    }
    x, c, s = values["x"], values["c"], values["s"]
    if s.max() > 1:
        s = s / 100
    if rescale:
        x = 100 * (x - x.min()) / (x.max() - x.min())
    names = tuple(row[0].strip() for row in rows)
    return Problem(
        x[:, None], s[:, None], c, np.ones((len(x), 1), bool), np.array([np.nan]), names, ("issue",)
    )


def problem(positions, saliences=None, capabilities=None, present=None):
    """A problem from per-actor lists (one issue) or nested lists (actors × issues)."""
    positions = np.array(positions, dtype=float)
    if positions.ndim == 1:
        positions = positions[:, None]
    saliences = np.ones_like(positions) if saliences is None else np.array(saliences, float)
    saliences = saliences.reshape(positions.shape)
    n = positions.shape[0]
    capabilities = np.ones(n) if capabilities is None else np.array(capabilities, float)
    present = np.ones(positions.shape, bool) if present is None else np.array(present, bool)
    present = present.reshape(positions.shape)
    return Problem(positions, saliences, capabilities, present, np.full(positions.shape[1], np.nan))


# --- agreement with the reference implementation ------------------------------------------------


def assert_matches_reference(p: Problem, parameters: EumParameters) -> None:
    """Every round of every issue: positions, offers made and accepted, risk, the forecast."""
    outcome = eum(p, parameters)
    details = outcome.details
    assert isinstance(details, EumDetails)
    issues = p.present.shape[1]
    for issue in range(issues):
        taking_part = p.present[:, issue]
        ref = play_issue(
            list(p.positions[:, issue]),
            list(p.saliences[:, issue]),
            list(p.capabilities),
            list(taking_part),
            parameters,
        )
        assert details.rounds_run[issue] == len(ref.rounds)
        assert details.converged[issue] == ref.converged
        for n, expected in enumerate(ref.rounds, start=1):
            got = outcome.trajectory[n, taking_part, issue]
            want = np.array(expected.positions)[taking_part]
            np.testing.assert_allclose(got, want, rtol=0, atol=1e-9, err_msg=f"round {n}")
            record = details.rounds[n - 1]
            offers = {(o.receiver, o.proposer): o for o in record.offers if o.issue == issue}
            assert set(offers) == set(expected.offers), f"round {n}"
            for key, (kind, target) in expected.offers.items():
                assert offers[key].kind == kind
                # a compromise target is a ratio of utilities; in long creeping runs it can
                # magnify the last 1e-9 of the positions tenfold (accepted ones are held to 1e-9)
                assert offers[key].target == pytest.approx(target, abs=1e-8)
            accepted = {o.receiver: o for o in record.accepted if o.issue == issue}
            assert set(accepted) == set(expected.accepted), f"round {n}"
            for receiver, (proposer, kind, target) in expected.accepted.items():
                # proposers sharing a position make the same offer; either may be recorded
                offer = accepted[receiver]
                assert offer.kind == kind
                assert offer.target == pytest.approx(target, abs=1e-9)
                assert outcome.trajectory[n - 1, offer.proposer, issue] == pytest.approx(
                    outcome.trajectory[n - 1, proposer, issue], abs=1e-9
                )
            # The exponent divides by the spread of exposures, which shrinks as actors close
            # in; rounding then shows at ~1e-7 while positions still agree to 1e-9.
            for actor, r in expected.risk.items():
                assert record.risk_exponents[actor, issue] == pytest.approx(r, abs=1e-6)
        if math.isnan(ref.forecast):
            assert np.isnan(outcome.point[issue])
        else:
            assert outcome.point[issue] == pytest.approx(ref.forecast, abs=1e-9)


@pytest.mark.parametrize("port", list(PORTS))
@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_matches_reference_on_the_published_examples(shared_data, name, port):
    p = load_example(shared_data / EXAMPLES / name)
    assert_matches_reference(p, replace(PORTS[port], max_rounds=25))


def random_problem(rng: np.random.Generator) -> Problem:
    """Up to 8 actors on up to 3 issues; half on a 10-point grid (shared positions, ties)."""
    actors, issues = int(rng.integers(1, 9)), int(rng.integers(1, 4))
    if rng.random() < 0.5:
        positions = rng.integers(0, 11, (actors, issues)) * 10.0
    else:
        positions = rng.uniform(0, 100, (actors, issues))
    saliences = rng.uniform(0, 1, (actors, issues))
    saliences[rng.random((actors, issues)) < 0.1] = 0.0
    present = rng.random((actors, issues)) < 0.85
    return Problem(
        positions, saliences, rng.uniform(0, 10, actors), present, np.full(issues, np.nan)
    )


def random_parameters(rng: np.random.Generator) -> EumParameters:
    def pick(options):
        return options[int(rng.integers(len(options)))]

    return EumParameters(
        probability=pick(["pair", "net", "all-pairs"]),
        status_quo_probability=pick([1.0, 0.5, float(rng.random())]),
        improvement_probability=pick([CLOSER_TO_MEDIAN, 1.0, 0.0, 0.3]),
        compromise=pick(["proportional", "weighted"]),
        rival_risk=pick(["perceiver", "rival"]),
        offer_choice=pick(["nearest", "by-kind", "strongest"]),
        forecast=pick(["median", "mean"]),
        max_rounds=int(rng.integers(1, 30)),
        tolerance=pick([0.0, 1e-6, 1e-2]),
    )


@pytest.mark.parametrize("seed", range(60))
def test_matches_reference_on_random_scenarios(seed):
    rng = np.random.default_rng(seed)
    assert_matches_reference(random_problem(rng), random_parameters(rng))


# --- published numbers ---------------------------------------------------------------------------


def test_reproduces_dmasads_published_risk_exponents(shared_data):
    """dmasad's 'Comparison with Original' notebook (commit aa3899a) prints the risk exponents
    after the first pass on BDM's emission-standards data, with his net-vote probability (Q = 1,
    so the centre and T do not enter). They match to the 12 digits printed."""
    p = load_example(shared_data / EXAMPLES / "dmasad_ExampleActors.csv")
    published = {
        "Netherlands": 1.1271980463,
        "Belgium": 0.780917839132,
        "Luxembourg": 0.5,
        "Germany": 1.1271980463,
        "France": 1.07789229892,
        "Italy": 1.07789229892,
        "UK": 2.0,
        "Ireland": 0.524782172174,
        "Denmark": 1.47169654498,
        "Greece": 1.14047944802,
    }
    details = eum(p, EumParameters(probability="net", max_rounds=1)).details
    risk = dict(zip(p.actor_ids, details.rounds[0].risk_exponents[:, 0], strict=True))
    assert risk == pytest.approx(published, abs=1e-10)


def test_defaults_settle_on_every_example(shared_data):
    for name in EXAMPLE_FILES:
        outcome = eum(load_example(shared_data / EXAMPLES / name))
        assert outcome.details.settled, name


def test_rescaling_positions_rescales_the_run(shared_data):
    # Only differences over the range enter the equations, so the run is affine-equivariant.
    path = shared_data / EXAMPLES / "jmckib_Sultan.csv"
    raw, scaled = load_example(path, rescale=False), load_example(path)
    parameters = EumParameters(max_rounds=15, tolerance=0.0)
    low, span = raw.positions.min(), np.ptp(raw.positions)
    got = (eum(raw, parameters).trajectory - low) * 100 / span
    np.testing.assert_allclose(got, eum(scaled, parameters).trajectory, atol=1e-8)


# --- hand-worked cases -----------------------------------------------------------------------


def test_two_actors_hand_worked():
    # Actor 0 at 0 (c = 3, s = 1), actor 1 at 100 (c = 1, s = 0.5); weights w = c·s = 3, 0.5.
    # Votes on 0 vs 1: actor 0 gives 3·100 for, actor 1 gives 0.5·100 against, so
    # P_01 = 300 / 350 = 6/7 and P_10 = 1/7. Distance δ = 1, so U_s = 2, U_f = −2 for any r.
    # Risk pass (r = 1, U_sq = 0): E_01 = 0.5·(6/7·2 − 1/7·2) + 0.5·2 = 12/7;
    # E_10 = 1·(1/7·2 − 6/7·2) = −10/7. Exposures S_0 = −10/7, S_1 = 12/7, so R = −1, +1 and
    # r_0 = 2 (U_sq = 1), r_1 = 1/2 (U_sq = 2 − 2√2).
    # Receiver 1 sees (with its own r = 1/2) A = E_10 = −10/7 − U_sq = 2√2 − 24/7 < 0 and
    # B = E_01 = 12/7 − U_sq = 2√2 − 2/7 > |A|: a compromise, moving the fraction |A|/B toward 0.
    # Receiver 0 sees B = E_10 = −10/7 − 1 < 0 with its r = 2: no offer.
    p = problem([0, 100], saliences=[1, 0.5], capabilities=[3, 1])
    outcome = eum(p, EumParameters(max_rounds=2))
    details = outcome.details
    root2 = math.sqrt(2)
    first = 100 - 100 * (24 / 7 - 2 * root2) / (2 * root2 - 2 / 7)  # 76.3975
    assert details.rounds[0].risk_exponents[:, 0] == pytest.approx([2, 0.5])
    assert [(o.receiver, o.proposer, o.kind) for o in details.rounds[0].accepted] == [
        (1, 0, OfferKind.COMPROMISE)
    ]
    assert outcome.trajectory[1, :, 0] == pytest.approx([0, first])
    assert details.rounds[0].accepted[0].shift == pytest.approx(first - 100)
    # Round 2 from δ = first/100: the same signs, so again r = (2, 1/2) and with r = 1/2
    # U_s = 2 − 4·√(0.5 − δ/2), U_f = 2 − 4·√(0.5 + δ/2); A = U_s/7 + 6·U_f/7 − U_sq,
    # B = (6·U_s/7 + U_f/7)/2 + U_s/2 − U_sq; the new position is first·(1 − |A|/B) ≈ 41.43.
    delta = first / 100
    u_s, u_f = 2 - 4 * math.sqrt(0.5 - delta / 2), 2 - 4 * math.sqrt(0.5 + delta / 2)
    u_sq = 2 - 2 * root2
    a = u_s / 7 + 6 * u_f / 7 - u_sq
    b = (6 * u_s / 7 + u_f / 7) / 2 + u_s / 2 - u_sq
    assert outcome.trajectory[2, 1, 0] == pytest.approx(first * (1 + a / b))
    assert outcome.trajectory[2, 1, 0] == pytest.approx(41.43, abs=0.01)
    assert not details.settled  # still creeping toward 0 after the two rounds allowed


def test_compromise_rules_and_rival_risk_hand_worked():
    p = problem([0, 100], saliences=[1, 0.5], capabilities=[3, 1])
    root2 = math.sqrt(2)
    # Weighted: (|A|·100 + B·0) / (|A| + B) with |A| + B = 22/7 exactly.
    weighted = eum(p, EumParameters(compromise="weighted", max_rounds=1))
    assert weighted.trajectory[1, 1, 0] == pytest.approx(100 * (24 - 14 * root2) / 22)  # 19.10
    # Rival risk: receiver 1 rates actor 0's gain with r_0 = 2, so B = 12/7 − 1 = 5/7 and the
    # fraction moved is |A|/B = 7·(24/7 − 2√2)/5, leaving 100·(14√2 − 19)/5.
    rival = eum(p, EumParameters(rival_risk="rival", max_rounds=1))
    assert rival.trajectory[1, 1, 0] == pytest.approx(100 * (14 * root2 - 19) / 5)  # 15.98


def test_lone_actor_facing_a_united_pair_is_confronted():
    # Actors at 0, 0, 100, all c = s = 1. P(0 vs 100) = 200/300 = 2/3 for either actor at 0.
    # Risk pass: E_0→2 = 2/3·2 − 1/3·2 = 2/3 (twice), E_2→0 = −2/3, E between the pair = 0;
    # exposures −2/3, −2/3, 4/3 give r = 2, 2, 1/2. Actor 2 (r = 1/2, U_sq = 2 − 2√2) sees
    # A = E_2→0 = −2/3 − U_sq = 2√2 − 8/3 ≈ 0.16 > 0 and B = E_0→2 = 2/3 − U_sq ≈ 1.50 > A:
    # it loses the confrontation and moves to 0; then everyone agrees and nothing is offered.
    outcome = eum(problem([0, 0, 100]))
    details = outcome.details
    first = details.rounds[0]
    assert first.risk_exponents[:, 0] == pytest.approx([2, 2, 0.5])
    assert {(o.receiver, o.proposer, o.kind) for o in first.offers} == {
        (2, 0, OfferKind.CONFRONTATION),
        (2, 1, OfferKind.CONFRONTATION),
    }
    assert [o.receiver for o in first.accepted] == [2]
    assert outcome.trajectory[:, :, 0].tolist() == [[0, 0, 100], [0, 0, 0], [0, 0, 0]]
    assert details.rounds[1].offers == ()
    assert details.converged.tolist() == [True] and details.rounds_run.tolist() == [2]
    assert outcome.point.tolist() == [0]


def test_an_even_standoff_makes_no_offers():
    # Equal actors at 0 and 100: P = 1/2 each way, so E = s·(U_s + U_f)/2 = 0 for both.
    outcome = eum(problem([0, 100]))
    assert outcome.details.rounds[0].offers == ()
    assert outcome.details.rounds_run.tolist() == [1]
    assert outcome.point.tolist() == [50]  # the weighted median splits an exact half


def test_probability_rules_hand_worked():
    # Positions 0, 40, 100 with weights 1, 2, 1. On 0 vs 40 the votes are +40, −80, −40: 40 for,
    # 160 cast, net −80. Every pair's votes cast: 160 (0·40), 240 (0·100), 240 (40·100), so all
    # ordered pairs together cast 1280. On 40 vs 100 the support for 40 is 60 + 120 = 180.
    x = np.array([[0.0, 40.0, 100.0]])
    taking_part = np.ones((1, 3), bool)
    cases = eum_module._Cases(
        np.ones((1, 3)), np.array([[1.0, 2.0, 1.0]]), taking_part, np.array([100.0])
    )
    pair = eum_module._win_probabilities(x, cases, "pair")[0]
    net = eum_module._win_probabilities(x, cases, "net")[0]
    everything = eum_module._win_probabilities(x, cases, "all-pairs")[0]
    assert (pair[0, 1], pair[1, 0], pair[1, 2]) == pytest.approx((40 / 160, 120 / 160, 180 / 240))
    assert (net[0, 1], net[1, 0]) == pytest.approx((0, 80 / 160))
    assert (everything[0, 1], everything[1, 2]) == pytest.approx((40 / 1280, 180 / 1280))


# --- batches -------------------------------------------------------------------------------


def draws_of(p: Problem, rng: np.random.Generator, count: int) -> Problem:
    noise = rng.normal(0, 8, (count, *p.positions.shape))
    return p.with_values(
        np.clip(p.positions + noise, 0, 100),
        np.clip(p.saliences + rng.normal(0, 0.1, (count, *p.saliences.shape)), 0, 1),
        p.capabilities * np.exp(rng.normal(0, 0.2, (count, *p.capabilities.shape))),
    )


def assert_batch_equals_single_runs(batch: Problem, parameters: EumParameters) -> None:
    outcome = eum(batch, parameters)
    details = outcome.details
    assert details.rounds == ()
    for n in range(batch.positions.shape[0]):
        single = eum(
            batch.with_values(batch.positions[n], batch.saliences[n], batch.capabilities[n]),
            parameters,
        )
        rows = single.trajectory.shape[0]
        np.testing.assert_allclose(outcome.trajectory[n, :rows], single.trajectory, atol=1e-9)
        # a settled draw keeps its final positions for the rest of the batch's rows
        np.testing.assert_allclose(
            outcome.trajectory[n, rows:],
            single.trajectory[-1:].repeat(outcome.trajectory.shape[1] - rows, axis=0),
            atol=1e-9,
        )
        np.testing.assert_allclose(outcome.point[n], single.point, atol=1e-9)
        assert details.converged[n].tolist() == single.details.converged.tolist()
        assert details.rounds_run[n].tolist() == single.details.rounds_run.tolist()


def test_batched_draws_equal_single_runs():
    rng = np.random.default_rng(7)
    base = random_problem(rng)
    while base.present.shape[0] < 4:
        base = random_problem(rng)
    batch = draws_of(base, rng, 12)
    assert_batch_equals_single_runs(batch, EumParameters(max_rounds=60))
    outcome = eum(batch, EumParameters(max_rounds=60))
    assert outcome.point.shape == (12, base.present.shape[1])
    assert outcome.trajectory.shape[0] == 12 and outcome.trajectory.shape[2:] == base.present.shape


def test_batches_split_into_chunks_give_the_same_answer(monkeypatch):
    rng = np.random.default_rng(11)
    base = problem([[10, 80], [30, 20], [55, 60], [90, 5], [70, 45]], capabilities=[1, 2, 3, 1, 2])
    batch = draws_of(base, rng, 7)
    whole = eum(batch, EumParameters(max_rounds=40))
    monkeypatch.setattr(eum_module, "_CHUNK_ELEMENTS", 3 * 25)  # three cases per chunk
    split = eum(batch, EumParameters(max_rounds=40))
    np.testing.assert_allclose(split.trajectory, whole.trajectory, atol=1e-12)
    np.testing.assert_allclose(split.point, whole.point, atol=1e-12)
    assert split.details.rounds_run.tolist() == whole.details.rounds_run.tolist()


def test_several_batch_dimensions():
    base = problem([[10, 80], [30, 20], [55, 60]], capabilities=[1, 2, 3])
    batch = draws_of(base, np.random.default_rng(3), 6)
    nested = batch.with_values(
        batch.positions.reshape(2, 3, 3, 2),
        batch.saliences.reshape(2, 3, 3, 2),
        batch.capabilities.reshape(2, 3, 3),
    )
    flat, deep = eum(batch), eum(nested)
    assert deep.point.shape == (2, 3, 2)
    assert deep.details.converged.shape == (2, 3, 2)
    np.testing.assert_allclose(deep.point.reshape(6, 2), flat.point)


# --- invariants --------------------------------------------------------------------------------


@st.composite
def problems(draw):
    actors = draw(st.integers(1, 6))
    issues = draw(st.integers(1, 2))
    cells = actors * issues
    positions = draw(st.lists(st.integers(0, 100), min_size=cells, max_size=cells))
    saliences = draw(st.lists(st.floats(0, 1), min_size=cells, max_size=cells))
    capabilities = draw(st.lists(st.floats(0.1, 100), min_size=actors, max_size=actors))
    present = draw(st.lists(st.booleans(), min_size=cells, max_size=cells))
    return problem(
        np.reshape(positions, (actors, issues)),
        np.reshape(saliences, (actors, issues)),
        capabilities,
        np.reshape(present, (actors, issues)),
    )


parameter_sets = st.builds(
    EumParameters,
    probability=st.sampled_from(["pair", "net", "all-pairs"]),
    status_quo_probability=st.sampled_from([1.0, 0.5, 0.0]),
    compromise=st.sampled_from(["proportional", "weighted"]),
    rival_risk=st.sampled_from(["perceiver", "rival"]),
    offer_choice=st.sampled_from(["nearest", "by-kind", "strongest"]),
    forecast=st.sampled_from(["median", "mean"]),
    max_rounds=st.integers(1, 60),
)


@settings(max_examples=80, deadline=None)
@given(problems(), parameter_sets)
def test_positions_stay_within_the_starting_range(p, parameters):
    trajectory = eum(p, parameters).trajectory
    for issue in range(p.present.shape[1]):
        taking_part = p.present[:, issue]
        if not taking_part.any():
            continue
        start = p.positions[taking_part, issue]
        path = trajectory[:, taking_part, issue]
        assert start.min() <= path.min() and path.max() <= start.max()
        assert path.min() >= 0 and path.max() <= 100


@settings(max_examples=80, deadline=None)
@given(problems(), parameter_sets)
def test_moves_are_the_accepted_offers(p, parameters):
    outcome = eum(p, parameters)
    for n, record in enumerate(outcome.details.rounds, start=1):
        assert set(record.accepted) <= set(record.offers)
        receivers = [(o.issue, o.receiver) for o in record.accepted]
        assert len(receivers) == len(set(receivers))
        expected = outcome.trajectory[n - 1].copy()
        for offer in record.accepted:
            assert offer.start == expected[offer.receiver, offer.issue]
            expected[offer.receiver, offer.issue] = offer.target
        np.testing.assert_array_equal(outcome.trajectory[n], expected)


@settings(max_examples=60, deadline=None)
@given(problems(), parameter_sets, st.integers(0, 100), st.floats(0, 1))
def test_an_actor_without_a_stance_is_ignored(p, parameters, position, salience):
    extra = Problem(
        np.vstack([p.positions, np.full((1, p.positions.shape[1]), float(position))]),
        np.vstack([p.saliences, np.full((1, p.positions.shape[1]), salience)]),
        np.append(p.capabilities, 50.0),
        np.vstack([p.present, np.zeros((1, p.positions.shape[1]), bool)]),
        p.reference,
    )
    before, after = eum(p, parameters), eum(extra, parameters)
    # sums over the actor axis may round differently with one more row
    np.testing.assert_allclose(after.point, before.point, atol=1e-9)
    np.testing.assert_allclose(after.trajectory[:, :-1], before.trajectory, atol=1e-9)
    assert not any(
        o.receiver == p.positions.shape[0] or o.proposer == p.positions.shape[0]
        for r in after.details.rounds
        for o in r.offers
    )


def test_an_actor_alone_on_an_issue_never_moves():
    # Actor 2 is the only one on issue 1; on issue 0 three actors bargain.
    p = problem(
        [[0, 0], [40, 0], [100, 35]],
        present=[[True, False], [True, False], [True, True]],
    )
    outcome = eum(p)
    assert outcome.details.rounds_run[0] > 0
    assert np.all(outcome.trajectory[:, 2, 1] == 35)
    assert outcome.point[1] == 35
    assert outcome.details.rounds_run[1] == 0 and outcome.details.converged[1]
    assert all(o.issue == 0 for r in outcome.details.rounds for o in r.offers)


@pytest.mark.parametrize("forecast,model", [("median", weighted_median), ("mean", compromise)])
def test_forecast_is_the_central_position_of_the_final_round(forecast, model):
    p = problem(
        [[5, 90], [20, 60], [50, 10], [85, 40], [95, 70]],
        saliences=[[0.9, 0.3], [0.5, 0.8], [0.7, 0.6], [0.4, 1.0], [1.0, 0.2]],
        capabilities=[3, 1, 2, 2, 1],
    )
    outcome = eum(p, EumParameters(forecast=forecast, max_rounds=20))
    final = p.with_values(outcome.trajectory[-1], p.saliences, p.capabilities)
    np.testing.assert_allclose(outcome.point, model(final).point, atol=1e-12)


# --- degenerate input and bad parameters -------------------------------------------------------


def test_one_actor_settles_at_once():
    outcome = eum(problem([42]))
    assert outcome.point.tolist() == [42]
    assert outcome.trajectory.shape == (1, 1, 1)
    assert outcome.details.rounds == () and outcome.details.settled
    assert outcome.details.rounds_run.tolist() == [0]


def test_all_equal_positions_settle_at_once():
    outcome = eum(problem([30, 30, 30], capabilities=[1, 5, 2]))
    assert outcome.point.tolist() == [30]
    assert outcome.trajectory.shape == (1, 3, 1)
    assert outcome.details.rounds == () and outcome.details.settled


def test_an_issue_nobody_takes_a_stance_on_has_no_forecast():
    outcome = eum(problem([[10, 0], [90, 0]], present=[[True, False], [True, False]]))
    assert np.isnan(outcome.point[1]) and not np.isnan(outcome.point[0])


def test_entries_without_a_stance_may_hold_anything():
    clean = problem(
        [[10, 0], [50, 70], [90, 20]], present=[[True, False], [True, True], [True, True]]
    )
    messy = Problem(
        np.where(clean.present, clean.positions, np.nan),
        np.where(clean.present, clean.saliences, np.nan),
        clean.capabilities,
        clean.present,
        clean.reference,
    )
    a, b = eum(clean), eum(messy)
    np.testing.assert_array_equal(a.point, b.point)
    np.testing.assert_array_equal(a.trajectory[:, 1:], b.trajectory[:, 1:])
    assert np.isnan(b.trajectory[:, 0, 1]).all()  # handed back as given
    assert np.isnan(b.details.rounds[0].risk_exponents[0, 1])


def test_zero_weight_everywhere_counts_everyone_equally():
    outcome = eum(problem([0, 0, 100], saliences=[0, 0, 0]))
    assert outcome.details.settled
    assert 0 <= outcome.point[0] <= 100


def test_reaching_the_round_limit_is_reported():
    outcome = eum(
        problem([0, 100], saliences=[1, 0.5], capabilities=[3, 1]), EumParameters(max_rounds=3)
    )
    assert not outcome.details.settled
    assert outcome.details.converged.tolist() == [False]
    assert outcome.details.rounds_run.tolist() == [3]
    assert outcome.trajectory.shape == (4, 2, 1)


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"probability": "votes"}, "probability must be one of pair, net, all-pairs"),
        ({"compromise": "half"}, "compromise must be one of"),
        ({"rival_risk": "mine"}, "rival_risk must be one of"),
        ({"offer_choice": "first"}, "offer_choice must be one of"),
        ({"forecast": "mode"}, "forecast must be one of"),
        ({"status_quo_probability": 1.5}, "status_quo_probability must be in"),
        ({"status_quo_probability": float("nan")}, "status_quo_probability must be in"),
        ({"improvement_probability": -0.1}, "improvement_probability must be in"),
        ({"improvement_probability": "sometimes"}, "improvement_probability must be in"),
        ({"max_rounds": 0}, "max_rounds must be at least 1"),
        ({"max_rounds": 2.5}, "max_rounds must be a whole number"),
        ({"tolerance": -1e-3}, "tolerance must be a number"),
        ({"tolerance": float("inf")}, "tolerance must be a number"),
    ],
)
def test_parameters_out_of_range_are_refused(kwargs, message):
    with pytest.raises(ScenarioError, match=message) as caught:
        EumParameters(**kwargs)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda p: p.positions.__setitem__((0, 0), np.nan), "finite position"),
        (lambda p: p.saliences.__setitem__((1, 0), 1.5), "saliences between 0 and 1"),
        (lambda p: p.capabilities.__setitem__(2, -1.0), "capabilities"),
    ],
)
def test_bad_values_are_refused(change, message):
    p = problem([10, 50, 90])
    change(p)
    with pytest.raises(ScenarioError, match=message):
        eum(p)


def test_details_record_the_parameters_used():
    parameters = EumParameters(offer_choice="by-kind")
    assert eum(problem([0, 30, 100]), parameters).details.parameters is parameters
