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
the equations, the choices made, and where this code deliberately differs (ties go to the first
exchange rather than a coin flip, and a vote never passes its partner's position).
"""

from __future__ import annotations

from collections.abc import Callable
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
class Candidate:
    """An exchange that could be made next, as offered to a tie-breaker."""

    first: str  # the actor demanding the pair's first issue (decide's i) ...
    first_issue: str  # ... and the issue it moves its vote on
    second: str
    second_issue: str
    gain: float


#: Chooses among exchanges whose gains tie: called with the round (0-based), the number of
#: exchanges already made in it, and the tied candidates in decide's list order; returns the
#: position of the one to make.
TieBreak = Callable[[int, int, tuple[Candidate, ...]], int]


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
    #: How to choose among exchanges with equal gain; None makes the first in decide's list
    #: order (issue pairs in input order, then actors in input order), so runs are repeatable.
    tie_break: TieBreak | None = None

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
    total = weights.sum(axis=-2, keepdims=True)
    fallback = present.astype(float)
    used = np.where(total > 0, weights, fallback)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (used * positions).sum(axis=-2) / used.sum(axis=-2)


@dataclass(frozen=True, slots=True)
class _Index:
    """Exchange numbers by key, from a (2, n) table of each side's key: a sorted list of the
    exchanges and, per key, where its run starts (``ids[starts[k]:starts[k + 1]]``)."""

    ids: IntArray
    starts: list[int]

    @classmethod
    def build(cls, keys: NDArray[np.int64], count: int) -> _Index:
        flat = keys.ravel()
        if count < np.iinfo(np.int16).max:
            flat = flat.astype(np.int16)  # small keys sort by radix
        order = np.argsort(flat, kind="stable")
        starts = np.zeros(count + 1, np.intp)
        np.cumsum(np.bincount(flat, minlength=count), out=starts[1:])
        return cls(order % keys.shape[1], starts.tolist())

    def get(self, key: int) -> IntArray:
        return self.ids[self.starts[key] : self.starts[key + 1]]


class _Round:
    """Every candidate exchange of one round as parallel arrays, and the rules that move them.

    Side 0 (``i``, actor ``a``) supplies issue ``q`` and demands ``p``; side 1 (``j``, actor
    ``b``) supplies ``p`` and demands ``q``. Per-side arrays have shape (2, n). A cell is an
    (actor, issue) pair, numbered ``actor · issues + issue``; outcome shifts are in points.

    Two tables stand in for the copies of positions decide keeps in each exchange. ``votes``
    holds each cell's latest vote: every live exchange in which an actor supplies an issue is
    moved on with each vote made there, so all of them hold that vote. ``learnt`` holds, per
    demand cell (the partner's stance on a side's supply issue), the votes other exchanges made
    in favour of that demand; an exchange sees them when it checks the outcome against its
    partner's position, and all live exchanges sharing the demand cell have seen the same ones.

    decide keeps each side's moves in a list and rejects a move that reverses an earlier one or
    takes their sum past 100. A side always moves towards its partner's position, and its vote
    changes only when another exchange moves it, which is when its last (valid, so same-way)
    move joins the list; so the list's direction is that of the side's first move, and only
    its sum needs keeping.
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
        self.n_issues = n_issues
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
        n = a.size
        self.n_actors = n_actors
        with np.errstate(invalid="ignore", divide="ignore"):
            cell_share = np.where(total > 0, w / total, 0.0).ravel()  # outcome shift per point
        self.x0 = x.ravel()
        self.cell_share = cell_share
        supply = np.stack([a * n_issues + q, b * n_issues + p])  # cells voted on
        partner = np.stack([b * n_issues + q, a * n_issues + p])  # partner's demand cells
        own = np.stack([a, b])
        share = cell_share[supply]
        #: sq = kq·sp gives both sides the same gain (Stokman & Van Oosten's equal-gain ratio);
        #: the gain is then sp·|s_ap − kq·s_aq| for both.
        kq = (s[a, p] + s[b, p]) / (s[a, q] + s[b, q])
        ratio = np.stack([kq, np.ones(n)])  # (sq, sp) = sp · ratio
        issue_outcome = (cell_share.reshape(x.shape) * x).sum(axis=0)
        rest = issue_outcome[np.stack([q, p])] - share * self.x0[supply]
        self.cells = np.concatenate([supply, partner, partner * n_actors + own])  # (6, n)
        #: rows: target (2), share/ratio (2), ratio/share (2), share (2), rest at the start (2),
        #: gain per unit of sp, direction of each side's moves (2)
        self.static = np.concatenate(
            [
                self.x0[partner],
                share / ratio,
                ratio / share,
                share,
                rest,
                np.abs(s[a, p] - kq * s[a, q])[None, :],
                np.sign(self.x0[partner] - self.x0[supply]),
            ]
        )
        self.supply, self.partner, self.own = supply, partner, own
        cells = n_actors * n_issues
        self.votes = self.x0.copy()
        self.learnt: dict[tuple[int, int], float] = {}
        self.learnt_own = np.full(cells * n_actors, np.nan)  # by partner cell · actors + actor
        self.learnt_shift = np.zeros(cells * n_actors)  # outcome shift of each learnt vote
        self.learnt_total = np.zeros(cells)  # per partner cell
        self.state = np.zeros((5, n))  # move (2), vote after it (2), gain
        self.score = np.full(n, -np.inf)  # gain of live exchanges, −∞ for the others
        self.room = np.full((2, n), SCALE_MAX)  # 100 − the sum of each side's earlier moves
        self.by_supply = _Index.build(supply, cells)  # an exchange's sides vote on two cells
        self.by_partner = _Index.build(partner, cells)
        self._by_exchange = np.ascontiguousarray(np.concatenate([supply, partner, own]).T)
        self._calculate(np.arange(n))

    @property
    def y(self) -> FloatArray:
        """Each side's vote after its move, (2, n)."""
        return self.state[2:4]

    @property
    def gain(self) -> FloatArray:
        """The equal gain of each exchange."""
        return self.state[4]

    def _calculate(self, idx: IntArray) -> None:
        """Equal-gain moves for exchanges ``idx`` from the current votes; drop invalid ones."""
        # take keeps the gathered blocks C-ordered (``a[:, idx]`` does not, and arithmetic
        # mixing the two orders is several times slower).
        st = self.static.take(idx, axis=1)
        cells = self.cells.take(idx, axis=1)
        d, share_per_ratio, ratio_per_share, share = st[0:2], st[2:4], st[4:6], st[6:8]
        x = self.votes[cells[0:2]]
        # The outcome each exchange knows: the round's start plus the votes it has learnt of.
        rest = st[8:10] + self.learnt_total[cells[2:4]] - self.learnt_shift[cells[4:6]]
        move, y, gain, valid, before, crossed = _equal_gain(
            st, x, self.room.take(idx, axis=1), rest
        )
        if crossed.any():
            local = np.concatenate(
                [d, x, rest, share, share_per_ratio, ratio_per_share, before, st[10:13]]
            )
            self._limit_by_outcome(idx, cells, crossed, local, move, y, gain, valid)
        self.state[:, idx] = np.concatenate([move, y, gain[None, :]])
        self.score[idx] = np.where(valid, gain, -np.inf)

    def _limit_by_outcome(
        self,
        idx: IntArray,
        cells: NDArray[np.int64],
        crossed: BoolArray,
        local: FloatArray,
        move: FloatArray,
        y: FloatArray,
        gain: FloatArray,
        valid: BoolArray,
    ) -> None:
        """Shorten moves that would push the outcome past the partner's own position.

        If a side's vote would carry its supply issue's outcome across the position of the
        partner (who demands that issue), the move is cut so the outcome lands on that position
        and the other side's move is recomputed for equal gain; side 0 is checked first, then
        side 1 with side 0's cut applied. Only a strict crossing counts: an outcome already on
        the position may move on (decide's test read in exact arithmetic). ``local`` holds the
        rows target, vote, rest of the outcome, share, share/ratio, ratio/share and the
        distance from outcome to target before the move, two rows (sides) each, then the gain
        per unit of outcome shift on p and the directions of the sides' moves.
        """
        first = crossed[0].nonzero()[0]
        if first.size:
            self._cut(0, first, cells, local, move, y, gain)
            # Side 0's cut shortens side 1's move: check it again.
            before = local[12:14, first]
            after = before[1] - local[6:8, first][1] * move[1, first]
            crossed[1, first] = (before[1] * after < 0) & (np.abs(before[1]) > ON_POSITION)
        second = crossed[1].nonzero()[0]
        if second.size:
            self._cut(1, second, cells, local, move, y, gain)
        redo = (crossed[0] | crossed[1]).nonzero()[0]  # every exchange cut on either side
        m, v = move.take(redo, axis=1), y.take(redo, axis=1)
        ok = (
            (local[15:17].take(redo, axis=1) * m > MIN_MOVE)
            & (m <= self.room.take(idx[redo], axis=1))
            & (np.abs(v - SCALE_MAX / 2) <= SCALE_MAX / 2)
        )
        valid[redo] = ok[0] & ok[1]

    def _cut(
        self,
        side: int,
        c: IntArray,
        cells: NDArray[np.int64],
        local: FloatArray,
        move: FloatArray,
        y: FloatArray,
        gain: FloatArray,
    ) -> None:
        """Cut side ``side``'s move in exchanges ``c`` (local numbers) to land on the target."""
        sub = local.take(c, axis=1)
        learnt = self.learnt_own[cells[4 + side, c]]
        cut, cut_y, sp = _cut_to_target(
            side, sub[0:2], sub[2:4], sub[4:6], sub[6:8], sub[8:10], sub[10:12], learnt
        )
        move[:, c] = cut
        y[:, c] = cut_y
        gain[c] = sp * sub[14]

    def tied(self) -> IntArray:
        """Live exchanges with the highest gain (several only on ties), in list order."""
        score = self.score
        top = score.max() if score.size else -np.inf
        if top == -np.inf:
            return np.empty(0, np.intp)
        return (score >= top - GAIN_TIE * abs(top)).nonzero()[0]

    def make(self, e: int) -> tuple[int, int, int, int, float, float, float, float, float]:
        """Make exchange ``e``; recompute or drop every live exchange it touches.

        Returns its record: actors a and b, issues p and q, a's vote on q before and after,
        b's vote on p before and after, and the gain.
        """
        self.score[e] = -np.inf
        listed = self._by_exchange[e].tolist()
        cells, partners, own = listed[0:2], listed[2:4], listed[4:6]
        votes = self.state[2:4, e].tolist()
        gain = float(self.state[4, e])
        start = self.votes[cells].tolist()
        self.votes[cells[0]] = votes[0]
        self.votes[cells[1]] = votes[1]
        for side in (0, 1):
            self._learn(partners[side], own[side], cells[side], votes[side])
        by_supply, by_partner = self.by_supply, self.by_partner
        touched = np.concatenate(
            [
                by_supply.get(cells[0]),
                by_supply.get(cells[1]),
                by_partner.get(partners[0]),
                by_partner.get(partners[1]),
            ]
        )
        touched = touched[self.score[touched] > -np.inf]
        if touched.size:
            supply = self.supply.take(touched, axis=1)
            grow = (supply == cells[0]) | (supply == cells[1])
            if grow.any():
                # A side whose vote another exchange moved keeps its old move in its history.
                last = self.state[0:2].take(touched, axis=1)
                self.room[:, touched] -= np.where(grow, last, 0.0)
            self._calculate(touched)
        a, b = own
        issues = self.n_issues
        return (
            a,
            b,
            cells[1] % issues,
            cells[0] % issues,
            start[0],
            votes[0],
            start[1],
            votes[1],
            gain,
        )

    def _learn(self, key: int, actor: int, cell: int, vote: float) -> None:
        """Tell exchanges whose partner demands cell ``key`` that ``actor`` now votes ``vote``.

        Where a vote of that actor was already known, the one nearer its start of the round is
        kept when the new vote lies beyond it (decide's ``update_updates``).
        """
        prev = self.learnt.get((key, actor))
        start = float(self.x0[cell])
        if prev is None:
            new = vote
        elif start <= prev:
            new = min(prev, vote)
        else:
            new = max(prev, vote)
        self.learnt[key, actor] = new
        at = key * self.n_actors + actor
        shift = float(self.cell_share[cell]) * (new - start)
        self.learnt_total[key] += shift - self.learnt_shift[at]
        self.learnt_shift[at] = shift
        self.learnt_own[at] = new

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


def _candidates(
    book: _Round, tied: IntArray, names: tuple[tuple[str, ...], tuple[str, ...]]
) -> tuple[Candidate, ...]:
    """The tied exchanges as records for a tie-breaker."""
    actors, issues = names
    return tuple(
        Candidate(
            actors[book.a[e]],
            issues[book.q[e]],
            actors[book.b[e]],
            issues[book.p[e]],
            float(book.gain[e]),
        )
        for e in tied
    )


def _run(
    x: FloatArray,
    s: FloatArray,
    c: FloatArray,
    present: BoolArray,
    parameters: ExchangeParameters,
    names: tuple[tuple[str, ...], tuple[str, ...]],
) -> _Run:
    """Rounds of exchange from preference positions ``x`` until converged or out of rounds."""
    w = s * c[:, None] * present
    total = w.sum(axis=0)
    starts, voting, before, after, made = [], [], [], [], []
    converged = False
    share = parameters.salience_weight * (1 - s) + parameters.fixed_weight
    for number in range(parameters.rounds):
        book = _Round(x, s, w, total, present)
        records = []
        while (tied := book.tied()).size:
            e = int(tied[0])
            if tied.size > 1 and parameters.tie_break is not None:
                e = int(
                    tied[parameters.tie_break(number, len(records), _candidates(book, tied, names))]
                )
            records.append(book.make(e))
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


# --- many draws at once -------------------------------------------------------------------


class _Rounds:
    """``_Round`` for a stack of draws in lockstep, so NumPy's per-call cost is paid once per
    step rather than once per draw.

    Arrays gain a draw axis after the row axis: (rows, D, n), where each draw's candidate
    exchanges sit in its own list order in the first slots of its row and the rest are padding
    that is never live. Every rule is the same elementwise arithmetic as ``_Round``'s, so each
    draw gets the results it would get alone; methods take ``rows``, the draws they act on.
    """

    def __init__(self, x: FloatArray, s: FloatArray, w: FloatArray, present: BoolArray) -> None:
        n_draws, n_actors, n_issues = x.shape
        self.n_actors = n_actors
        total = w.sum(axis=1, keepdims=True)
        outcome = _outcome(x, w, present)
        left = x <= outcome[:, None, :]
        first, second = np.triu_indices(n_issues, 1)
        both = present[:, first] & present[:, second]
        group = np.where(both, left[:, :, first] + 2 * left[:, :, second], -1)
        g = group.transpose(0, 2, 1)  # (D, pairs, A)
        gi, gj = g[:, :, None, :, None], g[:, :, None, None, :]
        kinds = np.array([[0, 3], [1, 2]])[None, None, :, :, None, None]
        mask = (gi == kinds[:, :, :, 0]) & (gj == kinds[:, :, :, 1])  # (D, pairs, 2, A, A)
        draw, pair, _, one, other = np.nonzero(mask)
        p, q = first[pair], second[pair]
        flip = s[draw, one, p] * s[draw, other, q] < s[draw, other, p] * s[draw, one, q]
        a = np.where(flip, other, one)
        b = np.where(flip, one, other)
        keep = (w[draw, a, q] > 0) & (w[draw, b, p] > 0)
        draw, a, b, p, q = draw[keep], a[keep], b[keep], p[keep], q[keep]
        count = a.size
        with np.errstate(invalid="ignore", divide="ignore"):
            cell_share = np.where(total > 0, w / total, 0.0).reshape(n_draws, -1)
        x0 = x.reshape(n_draws, -1)
        supply = np.stack([a * n_issues + q, b * n_issues + p])
        partner = np.stack([b * n_issues + q, a * n_issues + p])
        own = np.stack([a, b])
        share = cell_share[draw, supply]
        kq = (s[draw, a, p] + s[draw, b, p]) / (s[draw, a, q] + s[draw, b, q])
        ratio = np.stack([kq, np.ones(count)])
        issue_outcome = (cell_share.reshape(x.shape) * x).sum(axis=1)
        rest = issue_outcome[draw, np.stack([q, p])] - share * x0[draw, supply]
        static = np.concatenate(
            [
                x0[draw, partner],
                share / ratio,
                ratio / share,
                share,
                rest,
                np.abs(s[draw, a, p] - kq * s[draw, a, q])[None, :],
                np.sign(x0[draw, partner] - x0[draw, supply]),
            ]
        )
        # Lay each draw's exchanges out in its own row, in list order.
        per_draw = np.bincount(draw, minlength=n_draws)
        n = int(per_draw.max()) if count else 0
        slot = np.arange(count) - (np.cumsum(per_draw) - per_draw)[draw]
        self.static = np.zeros((static.shape[0], n_draws, n))
        self.static[:, draw, slot] = static
        self.cells = np.zeros((6, n_draws, n), np.intp)
        self.cells[:, draw, slot] = np.concatenate([supply, partner, partner * n_actors + own])
        self.own = np.zeros((2, n_draws, n), np.intp)
        self.own[:, draw, slot] = own
        real = np.zeros((n_draws, n), bool)
        real[draw, slot] = True
        cells = n_actors * n_issues
        self.x0 = x0
        self.cell_share = cell_share
        self.votes = x0.copy()
        self.learnt_own = np.full((n_draws, cells * n_actors), np.nan)
        self.learnt_shift = np.zeros((n_draws, cells * n_actors))
        self.learnt_total = np.zeros((n_draws, cells))
        self.state = np.zeros((5, n_draws, n))
        self.score = np.full((n_draws, n), -np.inf)
        self.room = np.full((2, n_draws, n), SCALE_MAX)
        if count:
            self._calculate(*real.nonzero())

    def _calculate(self, r: IntArray, e: IntArray) -> None:
        """``_Round._calculate`` for exchange ``e[k]`` of draw ``r[k]``, each k."""
        # Gathering by flat index with take is several times quicker than by (r, e) pairs.
        at = r * self.static.shape[2] + e
        st = self.static.reshape(self.static.shape[0], -1).take(at, axis=1)
        cells = self.cells.reshape(6, -1).take(at, axis=1)
        share, direction = st[6:8], st[11:13]
        x = self.votes.take(r * self.votes.shape[1] + cells[0:2])
        room = self.room.reshape(2, -1).take(at, axis=1)
        total = self.learnt_total.take(r * self.learnt_total.shape[1] + cells[2:4])
        own = self.learnt_shift.take(r * self.learnt_shift.shape[1] + cells[4:6])
        rest = st[8:10] + total - own
        move, y, gain, valid, before, crossed = _equal_gain(st, x, room, rest)
        if crossed.any():
            c0 = crossed[0]
            if c0.any():
                cut, cut_y, cut_gain = self._cut(0, r, cells, st, x, rest)
                move = np.where(c0, cut, move)
                y = np.where(c0, cut_y, y)
                gain = np.where(c0, cut_gain, gain)
                after = before[1] - share[1] * move[1]
                again = (before[1] * after < 0) & (np.abs(before[1]) > ON_POSITION)
                crossed[1] = np.where(c0, again, crossed[1])
            c1 = crossed[1]
            if c1.any():
                cut, cut_y, cut_gain = self._cut(1, r, cells, st, x, rest)
                move = np.where(c1, cut, move)
                y = np.where(c1, cut_y, y)
                gain = np.where(c1, cut_gain, gain)
            ok = (
                (direction * move > MIN_MOVE)
                & (move <= room)
                & (np.abs(y - SCALE_MAX / 2) <= SCALE_MAX / 2)
            )
            valid = np.where(c0 | c1, ok[0] & ok[1], valid)
        self.state.reshape(5, -1)[:, at] = np.concatenate([move, y, gain[None]])
        self.score.reshape(-1)[at] = np.where(valid, gain, -np.inf)

    def _cut(
        self,
        side: int,
        r: IntArray,
        cells: NDArray[np.intp],
        st: FloatArray,
        x: FloatArray,
        rest: FloatArray,
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``_Round._cut`` for every exchange given: the cut moves, votes and gains."""
        learnt = self.learnt_own[r, cells[4 + side]]
        cut, cut_y, sp = _cut_to_target(side, st[0:2], x, rest, st[6:8], st[2:4], st[4:6], learnt)
        return cut, cut_y, sp * st[10]

    def step(self) -> IntArray:
        """Make the best live exchange of every draw that has one; return those draws."""
        if not self.score.shape[1]:
            return np.empty(0, np.intp)
        top = self.score.max(axis=1)
        rows = (top > -np.inf).nonzero()[0]
        if rows.size:
            top = top[rows]
            tied = self.score[rows] >= (top - GAIN_TIE * np.abs(top))[:, None]
            self._make(rows, np.argmax(tied, axis=1))
        return rows

    def _make(self, rows: IntArray, e: IntArray) -> None:
        """``_Round.make`` for exchange ``e[k]`` of draw ``rows[k]``."""
        self.score[rows, e] = -np.inf
        listed = self.cells[:, rows, e]
        cells, partners = listed[0:2], listed[2:4]
        own = self.own[:, rows, e]
        votes = self.state[2:4, rows, e]
        self.votes[rows, cells[0]] = votes[0]
        self.votes[rows, cells[1]] = votes[1]
        for side in (0, 1):
            self._learn(rows, partners[side], own[side], cells[side], votes[side])
        supply = self.cells[0:2, rows]
        partner = self.cells[2:4, rows]
        grow = (supply == cells[0][:, None]) | (supply == cells[1][:, None])
        hit = (partner == partners[0][:, None]) | (partner == partners[1][:, None])
        touched = (grow[0] | grow[1] | hit[0] | hit[1]) & (self.score[rows] > -np.inf)
        k, t = touched.nonzero()
        if k.size:
            r = rows[k]
            # A side whose vote another exchange moved keeps its old move in its history.
            self.room[:, r, t] -= np.where(grow[:, k, t], self.state[0:2, r, t], 0.0)
            self._calculate(r, t)

    def _learn(
        self, rows: IntArray, key: IntArray, actor: IntArray, cell: IntArray, vote: FloatArray
    ) -> None:
        """``_Round._learn`` for one vote in each of draws ``rows``."""
        at = key * self.n_actors + actor
        prev = self.learnt_own[rows, at]
        start = self.x0[rows, cell]
        new = np.where(
            np.isnan(prev),
            vote,
            np.where(start <= prev, np.minimum(prev, vote), np.maximum(prev, vote)),
        )
        shift = self.cell_share[rows, cell] * (new - start)
        self.learnt_total[rows, key] += shift - self.learnt_shift[rows, at]
        self.learnt_shift[rows, at] = shift
        self.learnt_own[rows, at] = new


@dataclass(slots=True)
class _BatchRun:
    trajectory: FloatArray  # (D, rounds used by the longest run, A, I), padded
    point: FloatArray  # (D, I)
    converged: BoolArray  # (D,)
    rounds: IntArray  # (D,)


def _run_batch(
    x: FloatArray,
    s: FloatArray,
    c: FloatArray,
    present: BoolArray,
    parameters: ExchangeParameters,
) -> _BatchRun:
    """``_run`` for a stack of draws (D, A, I), keeping only what a batched outcome returns."""
    x = x.copy()
    w = s * c[..., None] * present
    share = parameters.salience_weight * (1 - s) + parameters.fixed_weight
    n_draws, n_actors, n_issues = x.shape
    trajectory = np.empty((n_draws, parameters.rounds, n_actors, n_issues))
    point = np.empty((n_draws, n_issues))
    converged = np.zeros(n_draws, bool)
    used = np.zeros(n_draws, np.intp)
    live = np.arange(n_draws)
    for number in range(parameters.rounds):
        xs, ws = x[live], w[live]
        book = _Rounds(xs, s[live], ws, present)
        made = np.zeros(live.size, bool)
        while (rows := book.step()).size:
            made[rows] = True
        vote = book.votes.reshape(xs.shape)
        trajectory[live, number] = vote
        point[live] = _outcome(vote, ws, present)
        used[live] = number + 1
        preference = xs + share[live] * (vote - xs)
        shift = np.abs(preference - xs).max(axis=(1, 2))
        x[live] = preference
        done = ~made | (shift <= parameters.tolerance)
        converged[live[done]] = True
        live = live[~done]
        if not live.size:
            break
    most = int(used.max())
    for count in np.unique(used):  # pad shorter runs with their final votes
        which = (used == count).nonzero()[0]
        trajectory[which, count:most] = trajectory[which, count - 1][:, None]
    return _BatchRun(trajectory[:, :most], point, converged, used)


# --- the public function ------------------------------------------------------------------


def _check(problem: Problem) -> tuple[int, int]:
    """Actor and issue counts, or a user error when the problem cannot be traded on."""
    present = np.asarray(problem.present)
    if present.ndim != 2:
        raise ScenarioError("the exchange model needs an actors × issues table of stances")
    n_actors, n_issues = present.shape
    if n_actors < 2 or n_issues < 2:
        actors = f"{n_actors} actor{'s' if n_actors != 1 else ''}"
        issues = f"{n_issues} issue{'s' if n_issues != 1 else ''}"
        raise ScenarioError(
            f"the exchange model needs at least two actors and two issues, not {actors} and "
            f"{issues}",
            hint="actors trade votes across pairs of issues; for one issue use a static model "
            "such as 'compromise'",
        )
    shape = problem.positions.shape
    if (
        shape[-2:] != present.shape
        or problem.saliences.shape != shape
        or problem.capabilities.shape != shape[:-1]
    ):
        raise ScenarioError(
            "positions, saliences and capabilities do not fit one actors × issues table "
            f"(shapes {shape}, {problem.saliences.shape} and {problem.capabilities.shape})"
        )
    stances = np.broadcast_to(present, shape)
    checks = (
        ("position", np.where(stances, problem.positions, 0.0), 0.0, SCALE_MAX),
        ("salience", np.where(stances, problem.saliences, 0.0), 0.0, 1.0),
        ("capability", problem.capabilities, 0.0, np.inf),
    )
    for name, values, low, high in checks:
        if not np.all((values >= low) & (values <= high)):  # also rejects NaN
            bounds = f"{low:g}–{high:g}" if np.isfinite(high) else f"{low:g} or more"
            raise ScenarioError(
                f"a {name} is missing or outside {bounds}", hint=f"give every {name} a number"
            )
    return n_actors, n_issues


def _names(ids: tuple[str, ...], count: int, prefix: str) -> tuple[str, ...]:
    """The problem's ids, or numbered stand-ins when it carries none."""
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
    names = (
        _names(problem.actor_ids, n_actors, "actor"),
        _names(problem.issue_ids, n_issues, "issue"),
    )
    size = int(np.prod(batch))
    if batch and size and parameters.tie_break is None:
        # A tie-breaker is asked draw by draw, so only runs without one go in lockstep.
        flat = (n_actors, n_issues)
        done = _run_batch(
            positions.reshape(size, *flat),
            saliences.reshape(size, *flat),
            capabilities.reshape(size, n_actors),
            present,
            parameters,
        )
        return Outcome(
            point=done.point.reshape(*batch, n_issues),
            trajectory=done.trajectory.reshape(*batch, -1, *flat),
            details=ExchangeBatchDetails(
                converged=done.converged.reshape(batch), rounds=done.rounds.reshape(batch)
            ),
        )
    runs: dict[tuple[int, ...], _Run] = {}
    for at in np.ndindex(*batch):
        runs[at] = _run(positions[at], saliences[at], capabilities[at], present, parameters, names)
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
    details = _details(runs[()], *names, saliences, present)
    return Outcome(point=point, trajectory=trajectory, details=details)


def _equal_gain(
    st: FloatArray, x: FloatArray, room: FloatArray, rest: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, BoolArray, FloatArray, BoolArray]:
    """Equal-gain moves of a column of exchanges: each side's move and new vote, the gain,
    whether decide's checks pass, the distance from outcome to target before the move, and
    whether the move would carry the outcome past the partner's position.

    ``st`` holds the exchanges' static rows (targets, share/ratio, ratio/share, shares, round
    start outcome, gain factor, directions), ``x`` the votes, ``room`` how far each side may
    still move, ``rest`` the outcome each exchange knows apart from its own vote.
    """
    d, share_per_ratio, ratio_per_share, share = st[0:2], st[2:4], st[4:6], st[6:8]
    # The outcome shift on p each side's move all the way to its partner allows: j moves all
    # the way and i gives the equal-gain shift, unless that would carry i past j: then i moves
    # all the way and j less. A side that moves all the way lands on its partner.
    gap = d - x
    allowed = np.abs(gap) * share_per_ratio
    sp = np.minimum(allowed[0], allowed[1])
    binds = allowed == sp
    move = np.where(binds, gap, np.copysign(sp * ratio_per_share, gap))
    y = np.where(binds, d, x + move)
    gain = sp * st[10]
    # decide's checks: a real move that never reverses the side's earlier ones and keeps their
    # sum within the scale (a move towards the partner cannot leave the scale).
    direction = st[11:13]
    ok = (direction * move > MIN_MOVE) & (move <= room)
    valid = ok[0] & ok[1] & (gain >= MIN_GAIN)
    # A move shifts the known outcome the same way, so it crosses the partner's position when
    # that lies ahead (by more than ON_POSITION) but nearer than the shift.
    before = d - rest - share * x
    ahead = direction * before
    crossed = (ahead > ON_POSITION) & (share * direction * move > ahead) & valid
    return move, y, gain, valid, before, crossed


def _cut_to_target(
    side: int,
    d: FloatArray,
    x: FloatArray,
    rest: FloatArray,
    share: FloatArray,
    share_per_ratio: FloatArray,
    ratio_per_share: FloatArray,
    learnt: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Both sides' moves when side ``side``'s is cut so the outcome lands on its target: the
    moves, the new votes and the shared gain's scale. decide measures the cut from the side's
    learnt vote where it has one, which can differ from its current vote; neither side may then
    pass its partner, though."""
    start = np.where(np.isnan(learnt), x[side], learnt)
    with np.errstate(invalid="ignore", divide="ignore"):  # uncut exchanges are discarded
        delta = np.abs((d[side] - rest[side]) / share[side] - start)
    gap = d - x
    cut_sp = delta * share_per_ratio[side]
    full_sp = np.abs(gap) * share_per_ratio
    sp = np.minimum(cut_sp, np.minimum(full_sp[0], full_sp[1]))
    cut = np.copysign(sp * ratio_per_share, gap)
    cut[side] = np.where(sp == cut_sp, np.copysign(delta, gap[side]), cut[side])
    full = full_sp == sp
    cut = np.where(full, gap, cut)
    return cut, np.where(full, d, x + cut), sp
