"""Stokman's exchange model, equal-gain variant (Stokman & Van Oosten 1994).

Two actors who stand on opposite sides of the outcome on two issues, and who differ in how much
they care about one issue relative to the other, can both gain by trading votes: each shifts its
voting position on the issue it cares relatively less about towards the other, moving that
issue's outcome (the salience × capability weighted mean, "NBS"/"MDS") in the other's favour.
The shifts are sized so both expect the same utility gain, no shift passes the partner's
position, and no shift drags the outcome past the position of the actor it is meant to please.
Within a round the exchange with the highest gain is made first; every remaining exchange that
shares an actor's voting position or demand with it is recomputed from the new positions, and
those that no longer pay are dropped. After the round each actor that traded moves its real
(preference) position part of the way towards its voting position, and the next round starts
from there.

The rules follow decide-exchange-model 2022.1.28 (its ``EqualGainModel`` with randomised value
0), which is the reference implementation this module is checked against; docs/exchange.md gives
the equations, the choices made, and where this code deliberately differs (tie-breaking).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from detente.errors import DetenteError, ScenarioError
from detente.models.problem import BoolArray, FloatArray, Outcome, Problem

IntArray = NDArray[np.intp]

#: decide's thresholds: a move this small is no move, a gain this small is no gain.
MIN_MOVE = 1e-10
MIN_GAIN = 1e-10
SCALE_MAX = 100.0
#: Gains this close (relative) are tied: decide tells them apart only by rounding noise.
GAIN_TIE = 1e-12
#: An outcome this close (points) to a partner's position is on it.
ON_POSITION = 1e-9


@dataclass(frozen=True, slots=True)
class ExchangeParameters:
    """Settings of the exchange model; the defaults are decide's."""

    #: Most rounds to run; decide's command line runs 10.
    rounds: int = 10
    #: The model has converged when a round moves no preference position by more than this.
    tolerance: float = 1e-9
    #: After a round a trading actor moves its preference towards its vote by
    #: ``salience_weight·(1 − salience) + fixed_weight`` of the distance.
    salience_weight: float = 0.4
    fixed_weight: float = 0.1

    def check(self) -> None:
        """Reject settings that would make the model meaningless, as user errors."""
        if self.rounds < 1:
            raise DetenteError(
                f"exchange model rounds must be at least 1, not {self.rounds}",
                hint="give a positive number of rounds",
            )
        if not self.tolerance >= 0:
            raise DetenteError(
                f"exchange model tolerance must be 0 or more, not {self.tolerance}",
                hint="the tolerance is in position points",
            )
        share = self.salience_weight + self.fixed_weight
        if not (self.salience_weight >= 0 and self.fixed_weight >= 0 and share <= 1):
            raise DetenteError(
                "exchange model weights must be non-negative and sum to at most 1, not "
                f"{self.salience_weight} and {self.fixed_weight}",
                hint="decide uses salience_weight 0.4 and fixed_weight 0.1",
            )


@dataclass(frozen=True, slots=True)
class VoteShift:
    """One side of an exchange: an actor moves its vote on an issue it cares less about."""

    actor: str
    issue: str
    start: float
    end: float

    @property
    def move(self) -> float:
        """Signed distance moved, in position points."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Exchange:
    """An exchange made: each side shifts on its supply issue, the other's demand issue."""

    round: int  # 0-based
    order: int  # 0-based rank within the round: the best exchanges are made first
    gain: float  # expected utility gain, equal for both sides
    first: VoteShift
    second: VoteShift


@dataclass(frozen=True, slots=True)
class ActorGain:
    """What exchanging did for one actor, in salience-weighted position points."""

    actor: str
    exchanges: int  # exchanges it took part in
    expected: float  # sum of the equal gains of its own exchanges
    #: Change in Σ salience·(distance from its preference to the outcome), before the round's
    #: exchanges minus after them: includes the effects of everyone else's exchanges.
    realised: float


@dataclass(frozen=True, slots=True)
class ExchangeRound:
    """One round: outcome before and after its exchanges, the exchanges, the gains."""

    number: int  # 0-based
    before: tuple[float, ...]  # outcome per issue of the preference positions at the start
    after: tuple[float, ...]  # outcome per issue of the voting positions after the exchanges
    exchanges: tuple[Exchange, ...]
    gains: tuple[ActorGain, ...]


@dataclass(frozen=True, slots=True)
class ExchangeDetails:
    """The account of an unbatched exchange-model run (``Outcome.details``)."""

    actor_ids: tuple[str, ...]
    issue_ids: tuple[str, ...]
    rounds: tuple[ExchangeRound, ...]
    converged: bool  # False when the round limit was reached first
    gains: tuple[ActorGain, ...]  # summed over the rounds


@dataclass(frozen=True, slots=True)
class ExchangeBatchDetails:
    """For batched problems only whether each draw converged, and after how many rounds."""

    converged: BoolArray  # (...,)
    rounds: IntArray  # (...,)


# --- the numeric core ---------------------------------------------------------------------


def _outcome(positions: FloatArray, weights: FloatArray, present: BoolArray) -> FloatArray:
    """Weighted mean per issue; actors with a stance count equally where no one has weight."""
    total = weights.sum(axis=0)
    fallback = present.astype(float)
    used = np.where(total > 0, weights, fallback)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (used * positions).sum(axis=0) / used.sum(axis=0)


def _by_key(keys: NDArray[np.int64]) -> dict[int, IntArray]:
    """Exchanges by (actor, issue) key, from a (2, n) table of each side's keys."""
    flat = keys.ravel()
    ids = np.tile(np.arange(keys.shape[1]), 2)
    order = np.argsort(flat, kind="stable")
    values, first = np.unique(flat[order], return_index=True)
    groups = np.split(ids[order], first[1:])
    return {int(key): group for key, group in zip(values, groups, strict=True)}


class _Round:
    """Every candidate exchange of one round as parallel arrays, and the rules that move them.

    Side 0 (``i``, actor ``a``) supplies issue ``q`` and demands ``p``; side 1 (``j``, actor
    ``b``) supplies ``p`` and demands ``q``. Per-side arrays have shape (2, n). A cell is an
    (actor, issue) pair, keyed ``actor · issues + issue``.

    Two tables stand in for the copies of positions decide keeps in each exchange. ``votes``
    holds each cell's latest vote: every live exchange in which an actor supplies an issue is
    moved on with each vote made there, so all of them hold that vote. ``learnt`` holds, per
    demand cell (the partner's stance on a side's supply issue), the votes other exchanges made
    in favour of that demand; an exchange sees them when it checks the outcome against its
    partner's position, and all exchanges sharing the demand cell have seen the same ones.
    """

    def __init__(
        self,
        x: FloatArray,
        s: FloatArray,
        w: FloatArray,
        total: FloatArray,
        present: BoolArray,
    ) -> None:
        n_actors, n_issues = x.shape
        outcome = _outcome(x, w, present)
        left = x <= outcome[None, :]
        first, second = np.triu_indices(n_issues, 1)  # issue pairs in combinations() order
        both = present[:, first] & present[:, second]
        group = np.where(both, left[:, first] + 2 * left[:, second], -1)  # (A, pairs)
        gi, gj = group.T[:, None, :, None], group.T[:, None, None, :]
        kinds = np.array([[0, 3], [1, 2]])[None, :, :, None, None]
        mask = (gi == kinds[:, :, 0]) & (gj == kinds[:, :, 1])  # (pairs, A–D or B–C, A, A)
        pair, _, one, other = np.nonzero(mask)
        p, q = first[pair], second[pair]
        # The actor who cares relatively more about p demands it (decide's orientation rule).
        flip = s[one, p] * s[other, q] < s[other, p] * s[one, q]
        a = np.where(flip, other, one)
        b = np.where(flip, one, other)
        keep = (w[a, q] > 0) & (w[b, p] > 0)  # an actor without weight has nothing to trade
        a, b, p, q = a[keep], b[keep], p[keep], q[keep]
        self.a, self.b, self.p, self.q = a, b, p, q
        self.n_issues = n_issues
        self.x0 = x.ravel()
        self.w = w.ravel()
        self.supply = np.stack([a * n_issues + q, b * n_issues + p])  # cells voted on
        self.partner = np.stack([b * n_issues + q, a * n_issues + p])  # partner's demand cells
        self.own = np.stack([a, b])
        self.target = self.x0[self.partner]  # each side moves towards its partner's position
        self.weight = self.w[self.supply]
        self.total = np.stack([total[q], total[p]])
        self.base = (w * x).sum(axis=0)[np.stack([q, p])] - self.weight * self.x0[self.supply]
        self.saq, self.sap = s[a, q], s[a, p]
        #: sq = kq·sp gives both sides the same gain (Stokman & Van Oosten's equal-gain ratio).
        self.kq = (s[a, p] + s[b, p]) / (s[a, q] + s[b, q])
        n = a.size
        cells = n_actors * n_issues
        self.votes = self.x0.copy()
        self.learnt = np.full((cells, n_actors), np.nan)
        self.learnt_sum = np.zeros((cells, n_actors))  # w·(vote − start) per learnt vote
        self.learnt_total = np.zeros(cells)
        self.move = np.zeros((2, n))
        self.y = np.zeros((2, n))
        self.gain = np.zeros(n)
        self.score = np.full(n, -np.inf)  # gain of live exchanges, −∞ for the others
        self.hist = np.zeros((3, 2, n))  # sum, min and max of each side's earlier moves
        self.hist[1] = np.inf
        self.hist[2] = -np.inf
        self.by_supply = _by_key(self.supply)
        self.by_partner = _by_key(self.partner)
        self._calculate(np.arange(n))

    def _moves_ok(self, idx: IntArray, move: FloatArray, y: FloatArray) -> BoolArray:
        """decide's move check: real, inside the scale, and never reversing earlier moves."""
        total, low, high = self.hist[:, :, idx]
        size = np.abs(move)
        one_way = np.minimum(low, move) * np.maximum(high, move) > 0
        ok = (size > MIN_MOVE) & (np.abs(y - SCALE_MAX / 2) <= SCALE_MAX / 2) & one_way
        ok &= total + move <= SCALE_MAX
        return ok[0] & ok[1]

    def _calculate(self, idx: IntArray) -> None:
        """Equal-gain moves for exchanges ``idx`` from the current votes; drop invalid ones."""
        x = self.votes[self.supply[:, idx]]
        d = self.target[:, idx]
        weight, total, kq = self.weight[:, idx], self.total[:, idx], self.kq[idx]
        # The outcome shift each side's move all the way to its partner would give. j moves
        # all the way and i gives the equal-gain shift, unless that would carry i past j: then
        # i moves all the way and j less.
        reach = np.abs(d - x) * weight / total
        i_binds = kq * reach[1] > reach[0]
        sp = np.where(i_binds, reach[0] / kq, reach[1])
        shift = np.stack([sp * kq, sp])
        move = np.sign(d - x) * shift * total / weight
        y = np.where(np.stack([i_binds, ~i_binds]), d, x + move)
        gain = np.abs(sp * self.sap[idx] - shift[0] * self.saq[idx])
        valid = self._moves_ok(idx, move, y) & (gain >= MIN_GAIN)
        ok = np.flatnonzero(valid)
        if ok.size:
            for side in (0, 1):
                self._limit_by_outcome(idx, ok, side, x, d, move, y, gain)
            valid[ok] = self._moves_ok(idx[ok], move[:, ok], y[:, ok])
        self.move[:, idx] = move
        self.y[:, idx] = y
        self.gain[idx] = gain
        self.score[idx] = np.where(valid, gain, -np.inf)

    def _limit_by_outcome(
        self,
        idx: IntArray,
        ok: IntArray,
        side: int,
        x: FloatArray,
        d: FloatArray,
        move: FloatArray,
        y: FloatArray,
        gain: FloatArray,
    ) -> None:
        """Shorten moves that would push the outcome past the partner's own position.

        If side ``side``'s vote would carry its supply issue's outcome across the position of
        the partner (who demands that issue), the move is cut so the outcome lands on that
        position and the other side's move is recomputed for equal gain. The outcome is the one
        this exchange knows: the round's start with the votes it has learnt of.
        """
        ids = idx[ok]
        key, own = self.partner[side, ids], self.own[side, ids]
        weight, total = self.weight[side, ids], self.total[side, ids]
        rest = self.base[side, ids] + self.learnt_total[key] - self.learnt_sum[key, own]
        ds = d[side, ok]
        before = ds - (rest + weight * x[side, ok]) / total
        after = ds - (rest + weight * y[side, ok]) / total
        # Only a strict crossing counts: an outcome already on the position may move on (decide's
        # test read in exact arithmetic).
        crossed = (before * after < 0) & (np.abs(before) > ON_POSITION)
        if not crossed.any():
            return
        c, cid = ok[crossed], ids[crossed]
        rest, weight, total, ds = rest[crossed], weight[crossed], total[crossed], ds[crossed]
        learnt = self.learnt[key[crossed], own[crossed]]
        start = np.where(np.isnan(learnt), x[side, c], learnt)
        delta = np.abs((ds * total - rest) / weight - start)
        shift = delta * weight / total
        kq = self.kq[cid]
        sp = shift / kq if side == 0 else shift
        other = 1 - side
        o_shift = shift / kq if side == 0 else shift * kq
        move[side, c] = np.sign(ds - x[side, c]) * delta
        move[other, c] = (
            np.sign(d[other, c] - x[other, c])
            * o_shift
            * self.total[other, cid]
            / self.weight[other, cid]
        )
        y[:, c] = x[:, c] + move[:, c]
        sq = sp * kq
        gain[c] = np.abs(sp * self.sap[cid] - sq * self.saq[cid])

    def best(self) -> int:
        """The live exchange with the highest gain, earliest on ties; -1 when none is left."""
        top = self.score.max()
        if top == -np.inf:
            return -1
        return int(np.argmax(self.score >= top - GAIN_TIE * abs(top)))

    def make(self, e: int) -> tuple[float, float]:
        """Make exchange ``e``; recompute or drop every live exchange it touches.

        Returns the two votes it started from.
        """
        self.score[e] = -np.inf
        cells = self.supply[:, e]
        start = self.votes[cells]
        self.votes[cells] = self.y[:, e]
        for side in (0, 1):
            self._learn(int(self.partner[side, e]), int(self.own[side, e]), int(cells[side]),
                        float(self.y[side, e]))
        found = [
            group
            for table, keys in ((self.by_supply, cells), (self.by_partner, self.partner[:, e]))
            for key in keys
            if (group := table.get(int(key))) is not None
        ]
        touched = np.concatenate(found)
        touched = touched[self.score[touched] > -np.inf]
        if touched.size:
            supply = self.supply[:, touched]
            grow = (supply == cells[0]) | (supply == cells[1])
            if grow.any():
                # A side whose vote another exchange moved keeps its old move in its history.
                move = np.where(grow, self.move[:, touched], 0.0)
                hist = self.hist[:, :, touched]
                hist[0] += move
                hist[1] = np.where(grow, np.minimum(hist[1], move), hist[1])
                hist[2] = np.where(grow, np.maximum(hist[2], move), hist[2])
                self.hist[:, :, touched] = hist
            self._calculate(touched)
        return float(start[0]), float(start[1])

    def _learn(self, key: int, actor: int, cell: int, vote: float) -> None:
        """Tell exchanges whose partner demands cell ``key`` that ``actor`` now votes ``vote``.

        Where a vote of that actor was already known, the one nearer its start of the round is
        kept when the new vote lies beyond it (decide's ``update_updates``).
        """
        prev = self.learnt[key, actor]
        start = self.x0[cell]
        if np.isnan(prev):
            new = vote
        elif start <= prev:
            new = min(prev, vote)
        else:
            new = max(prev, vote)
        self.learnt[key, actor] = new
        term = self.w[cell] * (new - start)
        self.learnt_total[key] += term - self.learnt_sum[key, actor]
        self.learnt_sum[key, actor] = term

    def votes_table(self, shape: tuple[int, int]) -> FloatArray:
        """Every actor's vote on every issue after the exchanges made so far."""
        return self.votes.reshape(shape).copy()


@dataclass(slots=True)
class _Run:
    starts: FloatArray  # (rounds, A, I): preference positions at each round's start
    voting: FloatArray  # (rounds, A, I)
    before: FloatArray  # (rounds, I)
    after: FloatArray  # (rounds, I)
    made: list[list[tuple[int, int, int, int, float, float, float, float, float]]]
    converged: bool


def _run(
    x: FloatArray,
    s: FloatArray,
    c: FloatArray,
    present: BoolArray,
    parameters: ExchangeParameters,
) -> _Run:
    """Rounds of exchange from preference positions ``x`` until converged or out of rounds."""
    w = s * c[:, None] * present
    total = w.sum(axis=0)
    starts, voting, before, after, made = [], [], [], [], []
    converged = False
    share = parameters.salience_weight * (1 - s) + parameters.fixed_weight
    for _ in range(parameters.rounds):
        book = _Round(x, s, w, total, present)
        records = []
        while (e := book.best()) >= 0:
            xi, xj = book.make(e)
            a, b, p, q = int(book.a[e]), int(book.b[e]), int(book.p[e]), int(book.q[e])
            yi, yj = float(book.y[0, e]), float(book.y[1, e])
            records.append((a, b, p, q, xi, yi, xj, yj, float(book.gain[e])))
        vote = book.votes_table(x.shape)
        # Actors move their preferences part of the way towards the votes they cast.
        preference = x + share * (vote - x)
        starts.append(x)
        voting.append(vote)
        before.append(_outcome(x, w, present))
        after.append(_outcome(vote, w, present))
        made.append(records)
        shift = float(np.abs(preference - x).max())
        x = preference
        if not records or shift <= parameters.tolerance:
            converged = True
            break
    return _Run(
        np.array(starts), np.array(voting), np.array(before), np.array(after), made, converged
    )


# --- the public function ------------------------------------------------------------------


def _check(problem: Problem) -> tuple[int, int]:
    present = np.asarray(problem.present)
    if present.ndim != 2:
        raise ScenarioError("the exchange model needs an actors × issues table of stances")
    n_actors, n_issues = present.shape
    if n_actors < 2 or n_issues < 2:
        raise ScenarioError(
            f"the exchange model needs at least two actors and two issues, not {n_actors} "
            f"actor{'s' if n_actors != 1 else ''} and {n_issues} issue{'s' if n_issues != 1 else ''}",
            hint="actors trade votes across pairs of issues; use a static model such as "
            "'compromise' for a single issue",
        )
    shape = problem.positions.shape
    if (
        shape[-2:] != present.shape
        or problem.saliences.shape != shape
        or problem.capabilities.shape != shape[:-1]
    ):
        raise ScenarioError(
            "positions, saliences and capabilities do not fit one actors × issues table "
            f"(shapes {shape}, {problem.saliences.shape}, {problem.capabilities.shape})"
        )
    for name, values in (
        ("position", problem.positions),
        ("salience", problem.saliences),
        ("capability", problem.capabilities),
    ):
        if not np.all(np.isfinite(np.where(present, values, 0.0) if name != "capability" else values)):
            raise ScenarioError(f"a {name} is missing or not finite", hint="give every stance numbers")
    return n_actors, n_issues


def _names(ids: tuple[str, ...], count: int, prefix: str) -> tuple[str, ...]:
    return ids if len(ids) == count else tuple(f"{prefix}-{n + 1}" for n in range(count))


def _details(
    run: _Run, actors: tuple[str, ...], issues: tuple[str, ...], s: FloatArray, present: BoolArray
) -> ExchangeDetails:
    """The typed account of one run: exchanges per round and what they gained each actor."""
    rounds = []
    totals = {actor: [0, 0.0, 0.0] for actor in actors}
    for number, records in enumerate(run.made):
        count = dict.fromkeys(actors, 0)
        expected = dict.fromkeys(actors, 0.0)
        exchanges = []
        for order, (a, b, p, q, xi, yi, xj, yj, gain) in enumerate(records):
            exchanges.append(
                Exchange(
                    round=number,
                    order=order,
                    gain=gain,
                    first=VoteShift(actors[a], issues[q], xi, yi),
                    second=VoteShift(actors[b], issues[p], xj, yj),
                )
            )
            for actor in (actors[a], actors[b]):
                count[actor] += 1
                expected[actor] += gain
        start, end = run.before[number], run.after[number]
        positions = run.starts[number]
        loss_before = (s * present * np.abs(positions - start[None, :])).sum(axis=1)
        loss_after = (s * present * np.abs(positions - end[None, :])).sum(axis=1)
        gains = tuple(
            ActorGain(actor, count[actor], expected[actor], float(loss_before[n] - loss_after[n]))
            for n, actor in enumerate(actors)
        )
        for gain in gains:
            total = totals[gain.actor]
            total[0] += gain.exchanges
            total[1] += gain.expected
            total[2] += gain.realised
        rounds.append(
            ExchangeRound(
                number=number,
                before=tuple(float(v) for v in start),
                after=tuple(float(v) for v in end),
                exchanges=tuple(exchanges),
                gains=gains,
            )
        )
    return ExchangeDetails(
        actor_ids=actors,
        issue_ids=issues,
        rounds=tuple(rounds),
        converged=run.converged,
        gains=tuple(ActorGain(a, int(t[0]), t[1], t[2]) for a, t in totals.items()),
    )


def exchange(problem: Problem, parameters: ExchangeParameters | None = None) -> Outcome:
    """Stokman's equal-gain exchange model: vote trading over rounds, outcome per issue.

    ``point`` is the outcome of the voting positions after the last round's exchanges,
    ``trajectory`` the voting positions after each round; both carry the problem's batch
    dimensions. A batch of draws whose runs end after different numbers of rounds is padded
    with each draw's final positions (a converged run stays put).
    """
    parameters = parameters or ExchangeParameters()
    parameters.check()
    n_actors, n_issues = _check(problem)
    present = np.asarray(problem.present, bool)
    batch = problem.positions.shape[:-2]
    positions = np.asarray(problem.positions, float)
    saliences = np.asarray(problem.saliences, float)
    capabilities = np.asarray(problem.capabilities, float)
    runs: dict[tuple[int, ...], _Run] = {}
    for at in np.ndindex(*batch):
        runs[at] = _run(positions[at], saliences[at], capabilities[at], present, parameters)
    most = max(run.voting.shape[0] for run in runs.values())
    trajectory = np.empty((*batch, most, n_actors, n_issues))
    point = np.empty((*batch, n_issues))
    converged = np.empty(batch, bool)
    used = np.empty(batch, np.intp)
    for at, run in runs.items():
        count = run.voting.shape[0]
        trajectory[at][:count] = run.voting
        trajectory[at][count:] = run.voting[-1]
        point[at] = run.after[-1]
        converged[at] = run.converged
        used[at] = count
    if batch:
        return Outcome(
            point=point,
            trajectory=trajectory,
            details=ExchangeBatchDetails(converged=converged, rounds=used),
        )
    actors = _names(problem.actor_ids, n_actors, "actor")
    issues = _names(problem.issue_ids, n_issues, "issue")
    details = _details(runs[()], actors, issues, saliences, present)
    return Outcome(point=point, trajectory=trajectory, details=details)
