"""The expected-utility (challenge) model: actors press one another to move, round by round.

Bueno de Mesquita's model as formalised by Scholz, Calbert & Smith (2011, Journal of Theoretical
Politics 23(4)). Every actor weighs challenging every other: the chance of prevailing comes from
everyone's votes on the pair, the stakes from utilities shaped by a risk exponent that reflects how
exposed the actor is. Challenges become offers (confrontation, compromise, capitulation); each
actor accepts its best offer, all move at once, and the game repeats until nobody moves.

Each issue is played on its own, as in the one-dimensional model. Issues and any leading batch
dimensions are flattened into independent *cases* (one issue of one draw), so every step is one
NumPy operation over (case, actor, actor) arrays. The equations and the choices on which published
ports disagree are written up in docs/eum.md; each choice is a field of `EumParameters`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, NamedTuple, get_args

import numpy as np
from numpy.typing import NDArray

from detente.errors import ScenarioError
from detente.models.problem import BoolArray, FloatArray, Outcome, Problem
from detente.models.static import weighted_median

IntArray = NDArray[np.int64]

ProbabilityRule = Literal["pair", "net", "all-pairs"]
CompromiseRule = Literal["proportional", "weighted"]
RivalRisk = Literal["perceiver", "rival"]
OfferChoice = Literal["nearest", "by-kind", "strongest"]
ForecastRule = Literal["median", "mean"]
CLOSER_TO_MEDIAN = "closer-to-median"

#: Exposures closer than this count as equal: every actor is then risk neutral (r = 1). R divides
#: by the spread of exposures, so a smaller spread would turn rounding noise (~1e-15 in sums of
#: utilities in [−2, 2]) into visible differences in r.
EVEN_EXPOSURE = 1e-6
#: Expected utilities closer than this count as equal (and as zero when this close to it), so
#: ties the equations make — two actors neither of which would resist, say — stay ties.
EQUAL_UTILITY = 1e-12
#: Actors closer than this fraction of the issue's range hold the same position and make no
#: offers to each other: a compromise can leave them a rounding error apart, where the signs of
#: their expected utilities are noise.
SAME_POSITION = 1e-9
#: Elements per (case, actor, actor) array a chunk may hold; bounds memory for large batches.
_CHUNK_ELEMENTS = 1 << 20
#: Elements per block when votes are summed over voters (case, voter, actor, actor).
_VOTE_BLOCK_ELEMENTS = 1 << 22


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, slots=True)
class EumParameters:
    """The choices published ports of the model disagree on, each with its default.

    Defaults follow Scholz, Calbert & Smith (their equations, and their code where the prose is
    silent); docs/eum.md says which port made which choice. Values out of range raise
    ScenarioError when the parameters are built.
    """

    #: P_ij: "pair" = votes for i over all votes cast on the pair (Scholz eq. 30);
    #: "net" = net votes for i, floored at 0, over votes cast on the pair (dmasad);
    #: "all-pairs" = votes for i over all votes cast on every pair (jmckib, after Scholz's code).
    probability: ProbabilityRule = "pair"
    #: Q: probability that, absent a challenge, nothing changes between the two actors.
    status_quo_probability: float = 1.0
    #: T: probability that a change absent a challenge is for the better; a number in [0, 1] or
    #: "closer-to-median" (1 if the challenger is nearer the median than to its rival, else 0).
    improvement_probability: float | Literal["closer-to-median"] = CLOSER_TO_MEDIAN
    #: Where a compromise lands: "proportional" moves the receiver the fraction |E_ij| / E_ji of
    #: the way to the proposer; "weighted" takes the |E|-weighted mean of the two positions.
    compromise: CompromiseRule = "proportional"
    #: Whose risk exponent an actor uses when it estimates a rival's expected utility of
    #: challenging it: its own ("perceiver") or the rival's ("rival").
    rival_risk: RivalRisk = "perceiver"
    #: Which offer an actor accepts: the most forceful kind first — confrontation, compromise,
    #: capitulation — then least movement ("by-kind", Scholz's code); the one that moves it least
    #: ("nearest"); or the one whose proposer gains most, then least movement ("strongest").
    offer_choice: OfferChoice = "by-kind"
    #: The forecast and the centre μ in the utilities: weighted median or weighted mean.
    forecast: ForecastRule = "median"
    #: Rounds played at most; a case still moving then is reported as not converged. By default
    #: most games settle within 20 rounds; the rest cycle or creep by ever smaller compromises.
    max_rounds: int = 100
    #: A case has settled when no position moved by more than this (position points) in a round.
    tolerance: float = 1e-4

    def __post_init__(self) -> None:
        choices = (
            ("probability", ProbabilityRule),
            ("compromise", CompromiseRule),
            ("rival_risk", RivalRisk),
            ("offer_choice", OfferChoice),
            ("forecast", ForecastRule),
        )
        for name, allowed in choices:
            value, options = getattr(self, name), get_args(allowed)
            if value not in options:
                raise ScenarioError(
                    f"eum parameter {name} must be one of {', '.join(options)}, not {value!r}"
                )
        q = self.status_quo_probability
        if not (_is_number(q) and 0 <= q <= 1):
            raise ScenarioError(f"eum status_quo_probability must be in [0, 1], not {q!r}")
        t = self.improvement_probability
        if t != CLOSER_TO_MEDIAN and not (_is_number(t) and 0 <= t <= 1):
            raise ScenarioError(
                f"eum improvement_probability must be in [0, 1] or '{CLOSER_TO_MEDIAN}', not {t!r}"
            )
        if not (isinstance(self.max_rounds, int) and not isinstance(self.max_rounds, bool)):
            raise ScenarioError(f"eum max_rounds must be a whole number, not {self.max_rounds!r}")
        if self.max_rounds < 1:
            raise ScenarioError(f"eum max_rounds must be at least 1, not {self.max_rounds}")
        if not (_is_number(self.tolerance) and self.tolerance >= 0):
            raise ScenarioError(f"eum tolerance must be a number ≥ 0, not {self.tolerance!r}")


# --- the account of a run ---------------------------------------------------------------------


class OfferKind(StrEnum):
    """How a proposer gets a receiver to move, from the receiver's point of view."""

    CONFRONTATION = "confrontation"  # both would challenge; the receiver expects to lose
    COMPROMISE = "compromise"  # only the proposer would challenge; the receiver meets it partway
    CAPITULATION = "capitulation"  # only the proposer would challenge; the receiver gives in fully


_KIND_CODES: dict[int, OfferKind] = {
    1: OfferKind.CONFRONTATION,
    2: OfferKind.COMPROMISE,
    3: OfferKind.CAPITULATION,
}


class Offer(NamedTuple):
    """One offer on one issue: ``proposer`` presses ``receiver`` to move from start to target.

    Actors and issues are indices into ``Problem.actor_ids`` and ``Problem.issue_ids``. A named
    tuple rather than a dataclass because a long run on many actors records many thousands.
    """

    issue: int
    proposer: int
    receiver: int
    kind: OfferKind
    start: float
    target: float

    @property
    def shift(self) -> float:
        """How far, and which way, the receiver moves if it accepts."""
        return self.target - self.start


@dataclass(frozen=True, slots=True, eq=False)
class EumRound:
    """One round of an unbatched run: every offer made, and the one each receiver accepted.

    Offers are kept as parallel arrays, one entry per offer, since a long run on many actors
    makes millions; ``offers`` and ``accepted`` give them as `Offer` records.
    """

    number: int  # 1 for the first round
    risk_exponents: FloatArray  # (A, I); NaN for absent actors and issues already settled
    issue: IntArray
    proposer: IntArray
    receiver: IntArray
    kind: NDArray[np.int8]  # a key of _KIND_CODES
    start: FloatArray  # the receiver's position when the offer is made
    target: FloatArray  # where it moves if it accepts
    taken: BoolArray  # whether the receiver accepted this offer

    @property
    def offers(self) -> tuple[Offer, ...]:
        """Every offer made this round, by issue, receiver and proposer."""
        return self._records(np.ones(len(self.issue), dtype=bool))

    @property
    def accepted(self) -> tuple[Offer, ...]:
        """The offer each receiver accepted (at most one per receiver and issue)."""
        return self._records(self.taken)

    def _records(self, chosen: BoolArray) -> tuple[Offer, ...]:
        columns = zip(
            self.issue[chosen].tolist(),
            self.proposer[chosen].tolist(),
            self.receiver[chosen].tolist(),
            self.kind[chosen].tolist(),
            self.start[chosen].tolist(),
            self.target[chosen].tolist(),
            strict=True,
        )
        return tuple(Offer(i, by, to, _KIND_CODES[k], a, b) for i, by, to, k, a, b in columns)


@dataclass(frozen=True, slots=True, eq=False)
class EumDetails:
    """What ``Outcome.details`` holds for this model: convergence, and for one run, every round."""

    converged: BoolArray  # (..., I): whether the issue settled before the round limit
    rounds_run: IntArray  # (..., I): rounds played; 0 when there was nothing to bargain over
    parameters: EumParameters
    rounds: tuple[EumRound, ...] = field(default=())  # filled for unbatched problems only

    @property
    def settled(self) -> bool:
        """Whether every issue of every draw settled before the round limit."""
        return bool(np.all(self.converged))


# --- cases: one issue of one draw each -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cases:
    """Independent one-issue games stacked along the first axis; arrays are (case, actor)."""

    salience: FloatArray
    weight: FloatArray  # voting weight c·s, zero without a stance; equal if all are zero
    taking_part: BoolArray
    scale: FloatArray  # (case,): range of the starting positions, 1 where it is zero

    def subset(self, rows: IntArray) -> _Cases:
        return _Cases(
            self.salience[rows], self.weight[rows], self.taking_part[rows], self.scale[rows]
        )


def _voting_weights(
    salience: FloatArray, capability: FloatArray, taking_part: BoolArray
) -> FloatArray:
    """c·s for actors with a stance; where nobody on an issue has weight, all count equally."""
    weight = salience * capability * taking_part
    unweighted = weight.sum(axis=-1, keepdims=True) <= 0
    return np.where(unweighted, taking_part.astype(float), weight)


def _starting_range(positions: FloatArray, taking_part: BoolArray) -> FloatArray:
    high = np.where(taking_part, positions, -np.inf).max(axis=-1)
    low = np.where(taking_part, positions, np.inf).min(axis=-1)
    return np.where(taking_part.sum(axis=-1) >= 2, high - low, 0.0)


# --- the equations --------------------------------------------------------------------------------


def _centre(positions: FloatArray, cases: _Cases, rule: ForecastRule) -> FloatArray:
    """μ per case: the weighted median (as the `weighted-median` model) or the weighted mean."""
    if rule == "mean":
        return (cases.weight * positions).sum(axis=1) / cases.weight.sum(axis=1)
    as_problem = Problem(
        positions=positions[:, :, None],
        saliences=cases.weight[:, :, None],
        capabilities=np.ones_like(positions),
        present=np.ones((positions.shape[1], 1), dtype=bool),
        reference=np.full(1, np.nan),
    )
    return weighted_median(as_problem).point[:, 0]


def _win_probabilities(positions: FloatArray, cases: _Cases, rule: ProbabilityRule) -> FloatArray:
    """P[n, i, j]: the chance i prevails against j, from every actor's votes on the pair.

    Actor k casts v_k(i, j) = w_k·(|x_k − x_j| − |x_k − x_i|) for i (against i when negative);
    dividing every vote by the range, as the papers do, cancels in the ratio. Where no vote is
    cast, P = 1/2.
    """
    count, actors = positions.shape
    distance = np.abs(positions[:, :, None] - positions[:, None, :])  # [n, k, j] = |x_k − x_j|
    # Σ_k v_k(i, j) = L_j − L_i with L_a = Σ_k w_k·|x_k − x_a|; only Σ_k |v_k| needs every voter.
    spread = np.einsum("nk,nka->na", cases.weight, distance)
    net = spread[:, None, :] - spread[:, :, None]
    cast = np.zeros((count, actors, actors))
    block = max(1, _VOTE_BLOCK_ELEMENTS // max(1, count * actors * actors))
    for first in range(0, actors, block):
        voters = slice(first, first + block)
        to_voter = distance[:, voters, :]
        gaps = to_voter[:, :, None, :] - to_voter[:, :, :, None]
        np.abs(gaps, out=gaps)
        cast += np.einsum("nk,nkij->nij", cases.weight[:, voters], gaps)
    support = (net + cast) / 2  # the votes for i: half of Σ v plus Σ |v|
    if rule == "net":
        numerator, denominator = np.maximum(net, 0.0), cast
    elif rule == "all-pairs":
        pairs = cases.taking_part[:, :, None] & cases.taking_part[:, None, :]
        numerator = support
        denominator = np.broadcast_to(
            np.where(pairs, cast, 0.0).sum(axis=(1, 2))[:, None, None], cast.shape
        )
    else:
        numerator, denominator = support, cast
    voted = denominator > 0
    return np.where(voted, numerator / np.where(voted, denominator, 1.0), 0.5)


def _utility(base: FloatArray, exponent: FloatArray | float) -> FloatArray:
    """u = 2 − 4·base^r, the shape every utility in the model shares."""
    return 2.0 - 4.0 * np.maximum(base, 0.0) ** exponent


def _challenge_utilities(
    positions: FloatArray,
    centre: FloatArray,
    probabilities: FloatArray,
    exponent: FloatArray | float,
    cases: _Cases,
    parameters: EumParameters,
) -> FloatArray:
    """E[n, a, b]: a's expected utility of challenging b, evaluated with risk exponent r[n, a, b].

    E = s_b·(P·U_s + (1 − P)·U_f) + (1 − s_b)·U_s − Q·U_sq − (1 − Q)·(T·U_b + (1 − T)·U_w)
    """
    scale = cases.scale[:, None, None]
    gap = np.abs(positions[:, :, None] - positions[:, None, :])
    distance = gap / scale
    success = _utility(0.5 - 0.5 * distance, exponent)
    failure = _utility(0.5 + 0.5 * distance, exponent)
    status_quo = 2.0 - 4.0 * 0.5**exponent
    resists = cases.salience[:, None, :]
    q = parameters.status_quo_probability
    contest = probabilities * success + (1 - probabilities) * failure
    utility = resists * contest + (1 - resists) * success - q * status_quo
    if q == 1:
        return utility  # no chance of change without a challenge: U_b and U_w drop out
    off_centre = np.abs(positions - centre[:, None])[:, :, None]
    drift = 0.25 * (off_centre / scale + distance)
    better = _utility(0.5 - drift, exponent)
    worse = _utility(0.5 + drift, exponent)
    if parameters.improvement_probability == CLOSER_TO_MEDIAN:
        closer = off_centre < gap - SAME_POSITION * scale  # a centre on x_b is no closer
        improve: FloatArray | float = closer.astype(float)
    else:
        improve = float(parameters.improvement_probability)
    return utility - (1 - q) * (improve * better + (1 - improve) * worse)


def _risk_exponents(neutral: FloatArray, cases: _Cases) -> FloatArray:
    """r_i from how much the others expect to gain by challenging i (with everyone at r = 1).

    R_i = (2·S_i − S_max − S_min) / (S_max − S_min), S_i = Σ_{j≠i} E_ji; r_i = (1 − R_i/3) /
    (1 + R_i/3), so r runs from 2 (least exposed) to 1/2 (most exposed).
    """
    actors = neutral.shape[1]
    challengers = cases.taking_part[:, :, None] & ~np.eye(actors, dtype=bool)
    exposure = np.where(challengers, neutral, 0.0).sum(axis=1)
    high = np.where(cases.taking_part, exposure, -np.inf).max(axis=1, keepdims=True)
    low = np.where(cases.taking_part, exposure, np.inf).min(axis=1, keepdims=True)
    spread = high - low
    even = spread <= EVEN_EXPOSURE
    relative = (2 * exposure - high - low) / np.where(even, 1.0, spread)
    relative = np.where(even | ~cases.taking_part, 0.0, relative)  # r = 1
    return (1 - relative / 3) / (1 + relative / 3)


@dataclass(frozen=True, slots=True)
class _RoundPlay:
    risk: FloatArray  # (n, A)
    kind: NDArray[np.int8]  # (n, A receiver, A proposer): 0 none, else a _KIND_CODES key
    target: FloatArray  # (n, A, A): where the receiver would move
    chosen: IntArray  # (n, A): proposer whose offer the receiver accepts, −1 for none
    positions: FloatArray  # (n, A) after the round


def _offers(
    positions: FloatArray,
    own: FloatArray,
    rival: FloatArray,
    cases: _Cases,
    rule: CompromiseRule,
) -> tuple[NDArray[np.int8], FloatArray]:
    """Offer kinds and targets for receiver i (axis 1) from proposer j (axis 2).

    ``own`` is E_ij (i challenging j), ``rival`` E_ji as i perceives it.
    """
    here = positions[:, :, None]
    there = positions[:, None, :]
    apart = np.abs(here - there) > SAME_POSITION * cases.scale[:, None, None]
    valid = cases.taking_part[:, :, None] & cases.taking_part[:, None, :] & apart
    tie = EQUAL_UTILITY
    confront = valid & (own > tie) & (rival > own + tie)
    yields = valid & (own <= tie) & (rival > tie)
    compromise = yields & (rival > -own + tie)
    capitulate = yields & ~compromise
    kind = np.select([confront, compromise, capitulate], [1, 2, 3], 0).astype(np.int8)
    if rule == "proportional":
        meet = here + (there - here) * (-own / np.where(compromise, rival, 1.0))
    else:
        meet = (-own * here + rival * there) / np.where(compromise, rival - own, 1.0)
    meet = np.clip(meet, np.minimum(here, there), np.maximum(here, there))
    return kind, np.where(kind == 2, meet, there)


def _accepted(
    positions: FloatArray,
    kind: NDArray[np.int8],
    target: FloatArray,
    rival: FloatArray,
    rule: OfferChoice,
) -> IntArray:
    """For each receiver, the proposer whose offer it accepts (−1 if none).

    The rule picks the offers in contention; among them the least movement wins, then the
    proposer that gains most, then the lower target — so the order actors are listed in never
    matters. Proposers at one position offer the same move; the lowest index is recorded.
    """
    offered = kind > 0
    move = np.abs(target - positions[:, :, None])
    gain = np.where(offered, rival, -np.inf)
    contending = offered
    if rule == "by-kind":
        rank = np.where(offered, kind, 4)
        contending &= rank == rank.min(axis=2, keepdims=True)
    elif rule == "strongest":
        contending &= gain >= gain.max(axis=2, keepdims=True) - EQUAL_UTILITY
    shortest = np.where(contending, move, np.inf)
    contending &= shortest == shortest.min(axis=2, keepdims=True)
    gain = np.where(contending, gain, -np.inf)
    contending &= gain >= gain.max(axis=2, keepdims=True) - EQUAL_UTILITY
    lowest = np.where(contending, target, np.inf)
    contending &= lowest == lowest.min(axis=2, keepdims=True)
    return np.where(offered.any(axis=2), np.argmax(contending, axis=2), -1)


def _play_round(positions: FloatArray, cases: _Cases, parameters: EumParameters) -> _RoundPlay:
    """One round for every case at once: risk, expected utilities, offers, simultaneous moves."""
    centre = _centre(positions, cases, parameters.forecast)
    probabilities = _win_probabilities(positions, cases, parameters.probability)
    shape = probabilities.shape
    neutral = _challenge_utilities(positions, centre, probabilities, 1.0, cases, parameters)
    risk = _risk_exponents(neutral, cases)
    by_challenger = np.broadcast_to(risk[:, :, None], shape)
    own = _challenge_utilities(positions, centre, probabilities, by_challenger, cases, parameters)
    if parameters.rival_risk == "rival":
        rival = own.transpose(0, 2, 1)
    else:
        by_target = np.broadcast_to(risk[:, None, :], shape)
        perceived = _challenge_utilities(
            positions, centre, probabilities, by_target, cases, parameters
        )
        rival = perceived.transpose(0, 2, 1)
    kind, target = _offers(positions, own, rival, cases, parameters.compromise)
    chosen = _accepted(positions, kind, target, rival, parameters.offer_choice)
    taken = np.take_along_axis(target, np.maximum(chosen, 0)[:, :, None], axis=2)[:, :, 0]
    return _RoundPlay(risk, kind, target, chosen, np.where(chosen >= 0, taken, positions))


# --- playing until positions settle ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Moves:
    """One round's new positions for the cases still playing; its record in an unbatched run."""

    rows: IntArray
    positions: FloatArray
    record: EumRound | None


@dataclass(frozen=True, slots=True)
class _Run:
    trajectory: FloatArray  # (case, row, A): the start, then after each round
    converged: BoolArray
    rounds_run: IntArray
    records: tuple[EumRound, ...]


def _record(
    number: int,
    rows: IntArray,
    start: FloatArray,
    play: _RoundPlay,
    cases: _Cases,
    shape: tuple[int, int],
) -> EumRound:
    """The typed account of one round of an unbatched run, whose cases are its issues."""
    risk = np.full(shape, np.nan)
    risk[:, rows] = np.where(cases.taking_part, play.risk, np.nan).T
    case, receiver, proposer = np.nonzero(play.kind)
    return EumRound(
        number=number,
        risk_exponents=risk,
        issue=rows[case],
        proposer=proposer,
        receiver=receiver,
        kind=play.kind[case, receiver, proposer],
        start=start[case, receiver],
        target=play.target[case, receiver, proposer],
        taken=play.chosen[case, receiver] == proposer,
    )


def _play(
    positions: FloatArray, cases: _Cases, parameters: EumParameters, shape: tuple[int, int] | None
) -> _Run:
    """Rounds until every case settles or the limit; settled cases are frozen as they are.

    ``shape`` (actors, issues) asks for the typed per-round records of an unbatched run.
    """
    x = positions.copy()
    active = cases.taking_part.sum(axis=1) >= 2
    active &= _starting_range(x, cases.taking_part) > 0
    converged = ~active
    rounds_run = np.zeros(len(x), dtype=np.int64)
    moves: list[_Moves] = []
    for number in range(1, parameters.max_rounds + 1):
        if not active.any():
            break
        rows = np.flatnonzero(active)
        start, playing = x[rows], cases.subset(rows)
        play = _play_round(start, playing, parameters)
        moved = np.where(playing.taking_part, np.abs(play.positions - start), 0.0)
        settled = moved.max(axis=1) <= parameters.tolerance
        x[rows] = play.positions
        rounds_run[rows] = number
        converged[rows[settled]] = True
        active[rows[settled]] = False
        record = None if shape is None else _record(number, rows, start, play, playing, shape)
        moves.append(_Moves(rows, play.positions, record))
    trajectory = np.empty((len(x), len(moves) + 1, x.shape[1]))
    trajectory[:, 0] = positions
    for row, step in enumerate(moves, start=1):
        trajectory[:, row] = trajectory[:, row - 1]
        trajectory[step.rows, row] = step.positions
    records = tuple(step.record for step in moves if step.record is not None)
    return _Run(trajectory, converged, rounds_run, records)


def _check_inputs(problem: Problem, present: BoolArray) -> None:
    positions = problem.positions
    if not np.all(np.isfinite(positions[present])):
        raise ScenarioError("eum needs a finite position for every stance")
    saliences = problem.saliences[present]
    if not np.all((saliences >= 0) & (saliences <= 1)):
        raise ScenarioError("eum needs saliences between 0 and 1")
    capabilities = problem.capabilities
    if not np.all(np.isfinite(capabilities) & (capabilities >= 0)):
        raise ScenarioError("eum needs finite capabilities ≥ 0")


def eum(problem: Problem, parameters: EumParameters | None = None) -> Outcome:
    """Play the expected-utility model on every issue (and draw) and forecast where it settles.

    Returns the forecast per issue, the positions round by round (row 0 is the start; a settled
    issue keeps its final positions in later rows) and an `EumDetails` in ``details``.
    """
    parameters = parameters or EumParameters()
    actors, issues = problem.present.shape
    batch = np.broadcast_shapes(
        problem.positions.shape[:-2], problem.saliences.shape[:-2], problem.capabilities.shape[:-1]
    )
    shape = (*batch, actors, issues)
    present = np.broadcast_to(problem.present, shape)
    _check_inputs(problem, present)
    count = math.prod(batch) * issues

    def as_cases(values: NDArray[Any]) -> NDArray[Any]:
        return np.moveaxis(np.broadcast_to(values, shape), -1, -2).reshape(count, actors)

    taking_part = as_cases(present).astype(bool)
    given = as_cases(problem.positions).astype(float)
    # entries without a stance may hold anything (even NaN); they must not reach the sums
    positions = np.where(taking_part, given, 0.0)
    salience = np.where(taking_part, as_cases(problem.saliences).astype(float), 0.0)
    capability = as_cases(np.asarray(problem.capabilities)[..., :, None]).astype(float)
    scale = _starting_range(positions, taking_part)
    cases = _Cases(
        salience,
        _voting_weights(salience, capability, taking_part),
        taking_part,
        np.where(scale > 0, scale, 1.0),
    )

    unbatched = not batch
    chunk = max(1, count if unbatched else _CHUNK_ELEMENTS // max(1, actors * actors))
    record_shape = (actors, issues) if unbatched else None
    runs = [
        _play(positions[rows], cases.subset(rows), parameters, record_shape)
        for rows in np.array_split(np.arange(count), range(chunk, count, chunk))
    ]
    length = max(run.trajectory.shape[1] for run in runs)
    trajectory = np.concatenate(
        [
            np.pad(run.trajectory, ((0, 0), (0, length - run.trajectory.shape[1]), (0, 0)), "edge")
            for run in runs
        ]
    )  # (case, row, A); a chunk that settled sooner keeps its final positions
    final = trajectory[:, -1, :]
    trajectory = np.where(taking_part[:, None, :], trajectory, given[:, None, :])
    with np.errstate(invalid="ignore", divide="ignore"):
        point = _centre(final, cases, parameters.forecast)
    point = np.where(taking_part.any(axis=1), point, np.nan)
    converged = np.concatenate([run.converged for run in runs])
    rounds_run = np.concatenate([run.rounds_run for run in runs])

    details = EumDetails(
        converged=converged.reshape(*batch, issues),
        rounds_run=rounds_run.reshape(*batch, issues),
        parameters=parameters,
        rounds=runs[0].records,
    )
    rows = trajectory.reshape(*batch, issues, length, actors)
    return Outcome(
        point=point.reshape(*batch, issues),
        trajectory=np.moveaxis(rows, -3, -1),
        details=details,
    )
