"""Cooperation under distrust: Kydd's assurance game with private temptations.

Two actors facing a common enemy can act together. Each side gains ``g`` if both cooperate, loses
``c`` if it cooperates and is exploited, and gets ``t`` if it exploits a partner who cooperated
(status quo 0). Cooperating pays for a side only if the chance that the partner reciprocates
reaches Kydd's minimum trust threshold ``c / (g − t + c)``, which rises with the cost of being
exploited and with the temptation to exploit. Neither side knows the other's temptation: the
partner's trust is the probability that the side is not hostile (a hostile side exploits
whatever happens), and a non-hostile side's temptation is uniform on ``[0, 2t]`` around the
scenario's value. The cutoff equilibrium (types tempted less than a cutoff cooperate) is solved in
closed form, vectorised over NumPy arrays so Monte Carlo draws are solved in one call. The
defaults come from the scenario's stances and the pair's relation; docs/cooperation.md has the
equations, the defaults, the verdict cut points and the "what would change it" computation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from detente.errors import ScenarioError, UnknownNameError, suggest
from detente.models.problem import FloatArray, Problem
from detente.scenario.schema import COOPERATION_TERMS, Relation, Scenario

Number = float | FloatArray

#: Verdict cut points on the probability of mutual cooperation: below 1 in 5 is "unlikely",
#: from 1 in 2 (more likely than not) "likely", "possible" in between.
UNLIKELY_BELOW = 0.2
LIKELY_FROM = 0.5
VERDICTS: tuple[str, ...] = ("unlikely", "possible", "likely")

#: Two actors are opposed on an issue when they stand on either side of the scale's midpoint.
MIDPOINT = 50.0
_TOLERANCE = 1e-9
_SEARCH_STEPS = 50
_CHUNK = 5_000
_ROUND = 3


@dataclass(frozen=True, slots=True)
class CooperationParameters:
    """One side's stakes in the joint action and its trust in the partner.

    Stakes are in salience units (1 = winning a fully salient issue outright; only ratios
    matter). Fields may be NumPy arrays of one shape, one entry per Monte Carlo draw.
    """

    gain: Number  # value of mutual cooperation over the status quo
    temptation: Number  # value of exploiting a partner who cooperated (the typical type's)
    exploitation_cost: Number  # loss when this side cooperates and the partner exploits it
    trust: Number  # probability this side puts on the partner not being hostile, 0–1

    def __post_init__(self) -> None:
        for name in ("gain", "temptation", "exploitation_cost", "trust"):
            value = np.asarray(getattr(self, name), dtype=float)
            if not np.all(np.isfinite(value)):
                raise ScenarioError(
                    f"cooperation {name} must be a finite number",
                    hint="check the relation's terms and the stances behind them",
                )
            upper = 1.0 if name == "trust" else np.inf
            if np.any(value < 0) or np.any(value > upper):
                bad = value[(value < 0) | (value > upper)].flat[0]
                allowed = "between 0 and 1" if name == "trust" else "at least 0"
                raise ScenarioError(
                    f"cooperation {name} must be {allowed}, not {bad:g}",
                    hint="fix the value in the relation or the call",
                )

    @property
    def threshold(self) -> Number:
        """Kydd's minimum trust threshold for this side at its typical temptation."""
        return threshold(self.gain, self.temptation, self.exploitation_cost)


@dataclass(frozen=True, slots=True)
class CooperationGame:
    """The assurance game between two actors over one joint action, as the scenario sets it."""

    a: str
    b: str
    side_a: CooperationParameters
    side_b: CooperationParameters
    on: str | None = None  # issue the joint action is about
    enemy: str | None = None  # the common enemy (the relation's ``about``)
    dividing: tuple[str, ...] = ()  # issues on which a and b stand on opposite sides
    overridden: tuple[str, ...] = ()  # relation fields that replaced a derived default
    names: dict[str, str] = field(default_factory=dict)  # actor id → name, for the prose

    def name(self, actor: str) -> str:
        """The actor's name where known, else its id."""
        return self.names.get(actor, actor)


@dataclass(frozen=True, slots=True)
class Equilibrium:
    """The most cooperative cutoff equilibrium; every field broadcasts like the inputs."""

    threshold_a: Number  # Kydd threshold of a's typical type (> 1: no trust suffices)
    threshold_b: Number
    cutoff_a: Number  # a's types tempted by at most this much cooperate (−inf: none)
    cutoff_b: Number
    cooperate_a: Number  # probability that a cooperates, as b sees it
    cooperate_b: Number
    probability: Number  # probability of mutual cooperation


@dataclass(frozen=True, slots=True)
class Signal:
    """A costly reassuring signal: who sends it, what it must cost, what it would achieve."""

    senders: tuple[str, ...]
    size: dict[str, float]  # sender → smallest cost a hostile side would not pay
    probability: float  # probability of mutual cooperation once it is sent
    tips: bool  # whether that reaches the target verdict
    worth_it: bool  # whether every sender's typical type gains more than the signal costs


@dataclass(frozen=True, slots=True)
class Change:
    """What would move the verdict to ``target``, each lever on its own."""

    target: str
    trust: float | None  # common trust level needed (up) or below which it falls (down)
    signals: tuple[Signal, ...] = ()
    divide: float | None = None  # share of the dividing stakes that may remain (or growth)
    divide_at_full_trust: float | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class CooperationVerdict:
    """The assessment of one pair: the numbers, a verdict, the reason and what would change it."""

    a: str
    b: str
    on: str | None
    enemy: str | None
    probability: float
    trust: dict[str, float]  # each side's trust in the other
    threshold: dict[str, float]  # each side's Kydd threshold (inf: no trust suffices)
    cooperate: dict[str, float]  # each side's equilibrium probability of cooperating
    verdict: str
    why: str
    what_would_change: Change
    median: float | None = None  # Monte Carlo summary of the probability, when drawn
    p10: float | None = None
    p90: float | None = None
    draws: int = 0
    game: CooperationGame | None = None

    def to_dict(self, *, detail: bool = False) -> dict[str, Any]:
        """The JSON form; ``detail`` adds what would change it and the Monte Carlo interval."""
        out: dict[str, Any] = {
            "a": self.a,
            "b": self.b,
            "on": self.on,
            "probability": _json_number(self.probability),
            "trust": {k: _json_number(v) for k, v in self.trust.items()},
            "threshold": {k: _json_number(v) for k, v in self.threshold.items()},
            "verdict": self.verdict,
            "why": self.why,
        }
        if detail:
            change = self.what_would_change
            out["enemy"] = self.enemy
            out["cooperate"] = {k: _json_number(v) for k, v in self.cooperate.items()}
            if self.draws:
                out["draws"] = self.draws
                out["median"] = _json_number(self.median)
                out["p10"] = _json_number(self.p10)
                out["p90"] = _json_number(self.p90)
            out["what_would_change"] = {
                "target": change.target,
                "trust": _json_number(change.trust),
                "divide": _json_number(change.divide),
                "divide_at_full_trust": _json_number(change.divide_at_full_trust),
                "signals": [
                    {
                        "senders": list(s.senders),
                        "size": {k: _json_number(v) for k, v in s.size.items()},
                        "probability": _json_number(s.probability),
                        "tips": s.tips,
                        "worth_it": s.worth_it,
                    }
                    for s in change.signals
                ],
                "text": change.text,
            }
        return out


def _json_number(value: float | None) -> float | None:
    """Rounded for reports; None for a missing or infinite value, which JSON cannot hold."""
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), _ROUND)


# --- the game --------------------------------------------------------------------------------


def threshold(gain: Number, temptation: Number, exploitation_cost: Number) -> Number:
    """Kydd's minimum trust threshold c / (g − t + c); inf where no trust level suffices.

    It is the probability of reciprocation at which cooperating and defecting pay the same. It
    exceeds 1 when exploiting pays more than mutual cooperation (t > g): then the side defects
    whatever it believes.
    """
    g, t, c = (np.asarray(x, dtype=float) for x in (gain, temptation, exploitation_cost))
    denominator = g - t + c
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(denominator > 0, c / np.where(denominator > 0, denominator, 1.0), np.inf)
    return value if value.ndim else float(value)


def _cutoff(q_partner: FloatArray, g: FloatArray, c: FloatArray) -> FloatArray:
    """The temptation below which a side cooperates when its partner cooperates with q."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        loss = np.where(q_partner > 0, c / np.where(q_partner > 0, q_partner, 1.0), np.inf)
    loss = np.where(c > 0, loss, 0.0)
    return np.where(g > 0, g + c - loss, -np.inf)


def _best_response(
    q_partner: FloatArray, g: FloatArray, t: FloatArray, c: FloatArray, pi: FloatArray
) -> FloatArray:
    """Probability a side cooperates given its partner's: π · P(temptation ≤ cutoff)."""
    cut = _cutoff(q_partner, g, c)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        share = np.clip(cut / np.where(t > 0, 2 * t, 1.0), 0.0, 1.0)
    share = np.where(t > 0, share, (cut >= 0).astype(float))
    return pi * share


def solve(side_a: CooperationParameters, side_b: CooperationParameters) -> Equilibrium:
    """The most cooperative cutoff equilibrium, in closed form, for scalars or arrays.

    Side i's best response is qᵢ = πᵢ·clip((gᵢ + cᵢ − cᵢ/qⱼ) / 2tᵢ, 0, 1), where πᵢ is the
    partner's trust in i. In each regime (all of a side's non-hostile types cooperate, some do,
    none do) the fixed point has a closed form: a side at full cooperation, a linear solution,
    or the roots of A_b·q² + (B_a − B_b − A_a·A_b)·q + A_a·B_b = 0 with Aᵢ = πᵢ(gᵢ + cᵢ)/2tᵢ and
    Bᵢ = πᵢcᵢ/2tᵢ. Each candidate is checked to be a fixed point; the largest wins (no
    cooperation is always one).
    """
    arrays = np.broadcast_arrays(
        *(
            np.asarray(getattr(side, name), dtype=float)
            for side in (side_a, side_b)
            for name in ("gain", "temptation", "exploitation_cost", "trust")
        )
    )
    g_a, t_a, c_a, trust_a, g_b, t_b, c_b, trust_b = (np.array(x) for x in arrays)
    pi_a, pi_b = trust_b, trust_a  # the trust placed *in* each side

    def response_a(q_b: FloatArray) -> FloatArray:
        return _best_response(q_b, g_a, t_a, c_a, pi_a)

    def response_b(q_a: FloatArray) -> FloatArray:
        return _best_response(q_a, g_b, t_b, c_b, pi_b)

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        big_a = pi_a * (g_a + c_a) / (2 * t_a)
        small_a = pi_a * c_a / (2 * t_a)
        big_b = pi_b * (g_b + c_b) / (2 * t_b)
        small_b = pi_b * c_b / (2 * t_b)
        middle = big_a * big_b + small_b - small_a
        # a discriminant a rounding error below zero still marks a tangency; the fixed-point
        # check below rejects a clamped candidate that is not one
        root = np.sqrt(np.maximum(middle**2 - 4 * big_a * big_b * small_b, 0.0))
        candidates = [
            pi_a,  # every non-hostile type of a cooperates
            response_a(pi_b),  # a's answer to all of b's non-hostile types cooperating
            response_a(np.zeros_like(pi_b)),  # a's answer to none (> 0 only when c_a = 0)
            (middle + root) / (2 * big_b),  # some of each side's types
            (middle - root) / (2 * big_b),
        ]
    best = np.zeros_like(pi_a)
    for candidate in candidates:
        q_a = np.where(np.isfinite(candidate), candidate, -1.0)
        q_a = np.clip(q_a, -1.0, pi_a)
        feasible = q_a > 0
        safe = np.where(feasible, q_a, 0.0)
        fixed = np.abs(response_a(response_b(safe)) - safe) <= _TOLERANCE * np.maximum(1.0, safe)
        best = np.where(feasible & fixed & (safe > best), safe, best)
    q_a = best
    q_b = response_b(q_a)
    probability = q_a * q_b

    def out(x: FloatArray) -> Number:
        return x if x.ndim else float(x)

    return Equilibrium(
        threshold_a=out(np.asarray(threshold(g_a, t_a, c_a))),
        threshold_b=out(np.asarray(threshold(g_b, t_b, c_b))),
        cutoff_a=out(_cutoff(q_b, g_a, c_a)),
        cutoff_b=out(_cutoff(q_a, g_b, c_b)),
        cooperate_a=out(q_a),
        cooperate_b=out(q_b),
        probability=out(probability),
    )


def verdict_for(probability: float) -> str:
    """'unlikely' below 0.2, 'likely' from 0.5, 'possible' in between."""
    if probability < UNLIKELY_BELOW:
        return "unlikely"
    if probability < LIKELY_FROM:
        return "possible"
    return "likely"


# --- defaults from the scenario ----------------------------------------------------------------


def parameters_from_scenario(
    scenario: Scenario,
    a: str,
    b: str,
    on: str | None = None,
    *,
    about: str | None = None,
    problem: Problem | None = None,
    trust: tuple[Number, Number] | None = None,
) -> CooperationGame:
    """The game between ``a`` and ``b`` with every default derived from the scenario.

    The gain is each side's salience on the joint-action issue ``on`` (named, or the relation's
    ``joint_issue``, or the issue on which the pair stand closer to each other than to the enemy);
    temptation and exploitation cost are each side's salience-weighted gap to the other, averaged
    over the issues where they stand on opposite sides; trust comes from the pair's common-enemy
    relation (any relation if they share no enemy). Terms the relation states override these.
    ``problem`` may be a perturbed batch of the scenario (Monte Carlo) and ``trust`` a pair of
    arrays (a's trust in b, b's trust in a) to use instead of the relation's.
    """
    known = [actor.id for actor in scenario.actors]
    for name in (a, b):
        if name not in known:
            raise UnknownNameError(f"unknown actor '{name}'", hint=suggest(name, known))
    if a == b:
        raise ScenarioError(f"cooperation needs two actors, not '{a}' twice", hint="name two")
    relation, flipped = _relation(scenario, a, b, about)
    enemy = relation.about if relation.kind == "common-enemy" else None
    issue_ids = [issue.id for issue in scenario.issues]
    if on is not None and on not in issue_ids:
        raise UnknownNameError(f"unknown issue '{on}'", hint=suggest(on, issue_ids))
    on = on or relation.joint_issue or _joint_issue(scenario, a, b, enemy)

    base = problem or Problem.from_scenario(scenario)
    actors = {actor_id: n for n, actor_id in enumerate(known)}
    rows = actors[a], actors[b]
    positions = np.asarray(base.positions, dtype=float)
    saliences = np.asarray(base.saliences, dtype=float)
    p_a, p_b = positions[..., rows[0], :], positions[..., rows[1], :]
    s_a, s_b = saliences[..., rows[0], :], saliences[..., rows[1], :]
    both = base.present[rows[0]] & base.present[rows[1]]
    if on is not None:
        both = both & (np.arange(len(issue_ids)) != issue_ids.index(on))
    opposed = both & ((p_a - MIDPOINT) * (p_b - MIDPOINT) < 0)
    gap = np.abs(p_a - p_b) / 100.0
    count = np.maximum(opposed.sum(axis=-1), 1)
    divide_a = (opposed * s_a * gap).sum(axis=-1) / count
    divide_b = (opposed * s_b * gap).sum(axis=-1) / count
    point_opposed = opposed if opposed.ndim == 1 else opposed.reshape(-1, opposed.shape[-1])[0]
    dividing = tuple(issue_ids[n] for n in np.flatnonzero(point_opposed))

    terms = _terms(relation, flipped)
    overridden = tuple(name for name in COOPERATION_TERMS if getattr(relation, name) is not None)
    gains: list[Number] = []
    for n, actor_id in enumerate((a, b)):
        stated = terms["gain"][n]
        if stated is not None:
            gains.append(stated)
            continue
        if on is None:
            raise ScenarioError(
                f"no issue carries the joint action of '{a}' and '{b}', so the gain of "
                f"'{actor_id}' cannot be derived",
                hint="name the issue (joint_issue in the relation, or on=) or state gain_a/gain_b",
            )
        column = issue_ids.index(on)
        if not base.present[rows[n], column]:
            raise ScenarioError(
                f"'{actor_id}' takes no stance on '{on}', the joint action's issue",
                hint=f"add its stance on '{on}' or state its gain in the relation",
            )
        gains.append(_value(saliences[..., rows[n], column]))
    if trust is None:
        trust = (
            (relation.trust_ba, relation.trust_ab)
            if flipped
            else (relation.trust_ab, relation.trust_ba)
        )
    sides = []
    for n, divide in enumerate((divide_a, divide_b)):
        temptation = terms["temptation"][n]
        cost = terms["exploitation_cost"][n]
        sides.append(
            CooperationParameters(
                gain=gains[n],
                temptation=_value(divide) if temptation is None else temptation,
                exploitation_cost=_value(divide) if cost is None else cost,
                trust=_value(np.asarray(trust[n], dtype=float)),
            )
        )
    names = {actor.id: actor.name for actor in scenario.actors}
    return CooperationGame(
        a=a,
        b=b,
        side_a=sides[0],
        side_b=sides[1],
        on=on,
        enemy=enemy,
        dividing=dividing,
        overridden=overridden,
        names=names,
    )


def _value(x: FloatArray) -> Number:
    x = np.asarray(x, dtype=float)
    return float(x) if x.ndim == 0 else x


def _relation(scenario: Scenario, a: str, b: str, about: str | None) -> tuple[Relation, bool]:
    """The pair's common-enemy relation (about ``about`` if named), else their first relation."""
    pair = [r for r in scenario.relations if {r.a, r.b} == {a, b}]
    common = [r for r in pair if r.kind == "common-enemy" and (about is None or r.about == about)]
    if about is not None and not common:
        raise ScenarioError(
            f"'{a}' and '{b}' have no common-enemy relation about '{about}'",
            hint="add one (kind: common-enemy, about: ...) or leave the enemy out",
        )
    chosen = common or pair
    if not chosen:
        raise ScenarioError(
            f"no relation between '{a}' and '{b}' says how far they trust each other",
            hint="add a relation between them with trust_ab and trust_ba",
        )
    return chosen[0], chosen[0].a != a


def _terms(relation: Relation, flipped: bool) -> dict[str, tuple[float | None, float | None]]:
    """The stated terms of the joint action per side, in the order (a, b) of the call."""
    out = {}
    for name in ("gain", "temptation", "exploitation_cost"):
        first, second = getattr(relation, f"{name}_a"), getattr(relation, f"{name}_b")
        out[name] = (second, first) if flipped else (first, second)
    return out


def _joint_issue(scenario: Scenario, a: str, b: str, enemy: str | None) -> str | None:
    """The issue on which acting together against the enemy makes most sense for the pair.

    Score: how far the pair's midpoint stands from the enemy, less how far apart the two stand
    (common ground against a common enemy); without an enemy stance, just minus the gap. Ties go
    to the issue the pair care more about, then to file order. None if they share no issue.
    """
    best: tuple[float, float] | None = None
    chosen = None
    for issue in scenario.issues:
        stances = {s.actor: s for s in scenario.stances_on(issue.id)}
        if a not in stances or b not in stances:
            continue
        first, second = stances[a], stances[b]
        gap = abs(first.position - second.position)
        score = -gap
        if enemy is not None and enemy in stances:
            midpoint = (first.position + second.position) / 2
            score += abs(midpoint - stances[enemy].position)
        key = (score, first.salience + second.salience)
        if best is None or key > best:
            best, chosen = key, issue.id
    return chosen


# --- assessment ------------------------------------------------------------------------------


def assess(game: CooperationGame, *, samples: FloatArray | None = None) -> CooperationVerdict:
    """Solve one game (scalar parameters) and explain the verdict and what would change it."""
    for side in (game.side_a, game.side_b):
        for name in ("gain", "temptation", "exploitation_cost", "trust"):
            if np.ndim(getattr(side, name)):
                raise ScenarioError(
                    "assess takes one game, not a batch",
                    hint="use solve() for arrays, or cooperation_draws() for Monte Carlo",
                )
    eq = solve(game.side_a, game.side_b)
    probability = float(eq.probability)
    verdict = verdict_for(probability)
    count = 0 if samples is None else int(np.size(samples))
    median = p10 = p90 = None
    if count:
        low, middle, high = np.quantile(np.asarray(samples, dtype=float), [0.1, 0.5, 0.9])
        median, p10, p90 = float(middle), float(low), float(high)
    return CooperationVerdict(
        a=game.a,
        b=game.b,
        on=game.on,
        enemy=game.enemy,
        probability=probability,
        trust={game.a: float(game.side_a.trust), game.b: float(game.side_b.trust)},
        threshold={game.a: float(eq.threshold_a), game.b: float(eq.threshold_b)},
        cooperate={game.a: float(eq.cooperate_a), game.b: float(eq.cooperate_b)},
        verdict=verdict,
        why=_why(game, eq, verdict),
        what_would_change=what_would_change(game, verdict),
        median=median,
        p10=p10,
        p90=p90,
        draws=count,
        game=game,
    )


def _why(game: CooperationGame, eq: Equilibrium, verdict: str) -> str:
    """One paragraph: the verdict, then each side's threshold against its trust."""
    against = f" against {game.name(game.enemy)}" if game.enemy else ""
    on = f" (joint action on '{game.on}')" if game.on else ""
    text = (
        f"Cooperation between {game.name(game.a)} and {game.name(game.b)}{against} is "
        f"{verdict}{on}: the chance that both cooperate is {float(eq.probability):.2f}."
    )
    clauses = []
    cleared = True
    for me, other, side, tau in (
        (game.a, game.b, game.side_a, float(eq.threshold_a)),
        (game.b, game.a, game.side_b, float(eq.threshold_b)),
    ):
        trust = float(side.trust)
        if tau > 1:
            cleared = False
            clauses.append(
                f"{game.name(me)} would not cooperate even if sure of {game.name(other)}, since "
                f"exploiting it would be worth {float(side.temptation):.2f} to "
                f"{game.name(me)}, more than the joint action's {float(side.gain):.2f} "
                f"(threshold {_threshold_text(tau)}, trust {trust:.2f})"
            )
        elif trust < tau:
            cleared = False
            clauses.append(
                f"{game.name(me)} would cooperate only if its trust that {game.name(other)} "
                f"reciprocates reached {tau:.2f}, and it is {trust:.2f}"
            )
        else:
            clauses.append(
                f"{game.name(me)}'s trust in {game.name(other)} ({trust:.2f}) clears its "
                f"threshold ({tau:.2f})"
            )
    text += " " + "; ".join(clauses) + "."
    if cleared:
        text += (
            f" In equilibrium {game.name(game.a)} cooperates with probability "
            f"{float(eq.cooperate_a):.2f} and {game.name(game.b)} with "
            f"{float(eq.cooperate_b):.2f}, since each may still be hostile or tempted."
        )
    if game.dividing:
        text += f" What divides them: {', '.join(game.dividing)}."
    return text


def _threshold_text(tau: float) -> str:
    return "unreachable" if not np.isfinite(tau) else f"{tau:.2f}"


# --- what would change it --------------------------------------------------------------------


def _with(
    game: CooperationGame,
    *,
    trust_a: float | None = None,
    trust_b: float | None = None,
    divide: float = 1.0,
) -> float:
    """Probability of mutual cooperation with trusts replaced and dividing stakes scaled."""
    sides = []
    for side, trust in ((game.side_a, trust_a), (game.side_b, trust_b)):
        sides.append(
            replace(
                side,
                trust=float(side.trust) if trust is None else trust,
                temptation=float(side.temptation) * divide,
                exploitation_cost=float(side.exploitation_cost) * divide,
            )
        )
    return float(solve(sides[0], sides[1]).probability)


def _first_true(check: Callable[[float], bool], low: float, high: float) -> float | None:
    """Smallest x in [low, high] with check(x) true, for a check monotone in x; None if none."""
    if not check(high):
        return None
    if check(low):
        return low
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        if check(middle):
            high = middle
        else:
            low = middle
    return high


def what_would_change(game: CooperationGame, verdict: str) -> Change:
    """The trust, the costly signal or the narrowing of what divides them that moves the verdict.

    Upward (from "unlikely" or "possible"): the common trust level both sides' trust must reach,
    the reassuring signals that would reach the next verdict, and the share of the dividing stakes
    (temptation and exploitation cost) that may remain, at present trust and at full trust.
    Downward (from "likely"): the trust level, and the growth of the dividing stakes, that would
    take it below 0.5.
    """
    up = verdict != "likely"
    level = VERDICTS.index(verdict)
    target = VERDICTS[level + 1] if up else "possible"
    cut = (UNLIKELY_BELOW, LIKELY_FROM)[level] if up else LIKELY_FROM
    trust_a, trust_b = float(game.side_a.trust), float(game.side_b.trust)

    if up:

        def trusted(x: float) -> bool:
            return _with(game, trust_a=max(trust_a, x), trust_b=max(trust_b, x)) >= cut

        trust = _first_true(trusted, 0.0, 1.0)
        divide = _largest_divide(game, cut, trust_a, trust_b)
        divide_full = _largest_divide(game, cut, 1.0, 1.0)
        signals = _signals(game, cut)
    else:

        def distrusted(x: float) -> bool:
            return _with(game, trust_a=min(trust_a, x), trust_b=min(trust_b, x)) < cut

        # the highest trust level at which it has already fallen below "likely"
        rising = _first_true(lambda x: not distrusted(x), 0.0, 1.0)
        trust = rising
        grown = _first_true(lambda f: _with(game, divide=f) < cut, 1.0, 1000.0)
        divide, divide_full, signals = grown, None, ()
    change = Change(
        target=target,
        trust=trust,
        signals=signals,
        divide=divide,
        divide_at_full_trust=divide_full,
    )
    return replace(change, text=_change_text(game, change, up))


def _largest_divide(
    game: CooperationGame, cut: float, trust_a: float, trust_b: float
) -> float | None:
    """Largest share of the dividing stakes at which the probability still reaches ``cut``."""
    shrink = _first_true(
        lambda x: _with(game, trust_a=trust_a, trust_b=trust_b, divide=1.0 - x) >= cut, 0.0, 1.0
    )
    return None if shrink is None else 1.0 - shrink


def _signals(game: CooperationGame, cut: float) -> tuple[Signal, ...]:
    """Each way of reassuring: a alone, b alone, both; with size, result and worth.

    A signal that a hostile side would not pay reveals its sender as non-hostile, so the
    partner's trust in it becomes 1. A hostile sender would pay up to what it then gains by
    exploiting: its temptation times the partner's cooperation once reassured, which is the
    smallest convincing size. It is worth its cost to the sender's typical type only if that
    type then cooperates (its partner's cooperation reaches its threshold).
    """
    out = []
    for senders in ((game.a,), (game.b,), (game.a, game.b)):
        side_a = replace(game.side_a, trust=1.0) if game.b in senders else game.side_a
        side_b = replace(game.side_b, trust=1.0) if game.a in senders else game.side_b
        eq = solve(side_a, side_b)
        size: dict[str, float] = {}
        worth = True
        for sender, side, partner_q, tau in (
            (game.a, game.side_a, float(eq.cooperate_b), float(eq.threshold_a)),
            (game.b, game.side_b, float(eq.cooperate_a), float(eq.threshold_b)),
        ):
            if sender in senders:
                size[sender] = float(side.temptation) * partner_q
                worth = worth and partner_q > 0 and partner_q >= tau
        probability = float(eq.probability)
        out.append(Signal(senders, size, probability, probability >= cut, worth))
    return tuple(out)


def _change_text(game: CooperationGame, change: Change, up: bool) -> str:
    sentences = []
    if up:
        if change.trust is None:
            full = _with(game, trust_a=1.0, trust_b=1.0)
            sentences.append(
                f"No level of trust alone would make it {change.target}: with full trust the "
                f"chance is {full:.2f}."
            )
        else:
            sentences.append(
                f"Trust would make it {change.target} if both sides' trust reached "
                f"{change.trust:.2f}."
            )
        tipping = [s for s in change.signals if s.tips]
        if tipping:
            best = min(tipping, key=lambda s: sum(s.size.values()))
            who = " and ".join(game.name(x) for x in best.senders)
            sizes = ", ".join(
                f"{game.name(x)} {v:.2f} ({_share(v, game, x)})" for x, v in best.size.items()
            )
            worth = "" if best.worth_it else "; it would not repay a sender that then defects"
            sentences.append(
                f"A costly reassuring signal by {who}, one a hostile side would not pay, "
                f"would do it: at least {sizes}, raising the chance to {best.probability:.2f}"
                f"{worth}."
            )
        else:
            sentences.append(
                "No costly reassuring signal would: at most it makes the partner's trust certain."
            )
        if change.divide is not None:
            sentences.append(
                f"At present trust, what divides them would have to shrink to "
                f"{change.divide:.0%} of its weight."
            )
        else:
            cap = float(game.side_a.trust) * float(game.side_b.trust)
            sentences.append(
                f"Narrowing what divides them cannot do it at present trust: mutual "
                f"cooperation is capped at the product of the trusts, {cap:.3f}."
            )
            if change.divide_at_full_trust is not None:
                sentences.append(
                    f"With full trust on both sides, what divides them would have to shrink to "
                    f"{change.divide_at_full_trust:.0%} of its weight."
                )
    else:
        if change.trust is not None:
            sentences.append(
                f"It would fall to {change.target} if both sides' trust dropped below "
                f"{change.trust:.2f}."
            )
        if change.divide is not None:
            sentences.append(
                f"It would also fall if what divides them grew to {change.divide:.1f} times "
                f"its weight."
            )
    return " ".join(sentences)


def _share(size: float, game: CooperationGame, actor: str) -> str:
    side = game.side_a if actor == game.a else game.side_b
    gain = float(side.gain)
    return f"{size / gain:.0%} of its gain" if gain > 0 else "no gain to set against it"


# --- Monte Carlo and the scenario-wide list ------------------------------------------------------


def cooperation_draws(
    scenario: Scenario,
    game: CooperationGame,
    *,
    draws: int,
    rng: np.random.Generator,
    trust_spread: float | None = None,
) -> FloatArray:
    """The probability of mutual cooperation in ``draws`` perturbed copies of the scenario.

    Positions, saliences and capabilities are perturbed as ``detente simulate`` does; each trust
    gets normal noise with ``trust_spread`` (default: the scenario's salience spread, both being
    0–1 judgements) clipped to 0–1. The joint-action issue stays the one of ``game``; terms the
    relation states are not perturbed.
    """
    from detente.simulate import Spread, perturb  # here, since simulate may import this module

    if draws <= 0:
        return np.empty(0)
    problem = Problem.from_scenario(scenario)
    spread = Spread.from_scenario(scenario)
    sigma = scenario.uncertainty.salience if trust_spread is None else trust_spread
    base = (float(game.side_a.trust), float(game.side_b.trust))
    parts = []
    done = 0
    while done < draws:
        size = min(_CHUNK, draws - done)
        batch = perturb(problem, spread, size, rng)
        noise = rng.standard_normal((2, size)) * sigma
        trust = (np.clip(base[0] + noise[0], 0, 1), np.clip(base[1] + noise[1], 0, 1))
        drawn = parameters_from_scenario(
            scenario, game.a, game.b, game.on, about=game.enemy, problem=batch, trust=trust
        )
        parts.append(np.asarray(solve(drawn.side_a, drawn.side_b).probability))
        done += size
    return np.concatenate(parts)


def assess_pair(
    scenario: Scenario,
    a: str,
    b: str,
    on: str | None = None,
    *,
    about: str | None = None,
    draws: int = 0,
    seed: int = 0,
    rng: np.random.Generator | None = None,
) -> CooperationVerdict:
    """Derive the pair's game from the scenario, assess it, and summarise ``draws`` draws."""
    game = parameters_from_scenario(scenario, a, b, on, about=about)
    samples = None
    if draws > 0:
        generator = rng if rng is not None else np.random.default_rng(seed)
        samples = cooperation_draws(scenario, game, draws=draws, rng=generator)
    return assess(game, samples=samples)


def cooperation_pairs(
    scenario: Scenario, *, draws: int = 0, seed: int = 0
) -> list[CooperationVerdict]:
    """A verdict for every pair the scenario marks as sharing a common enemy, in file order."""
    rng = np.random.default_rng(seed)
    seen: set[tuple[frozenset[str], str | None]] = set()
    out = []
    for relation in _common_enemy_relations(scenario.relations):
        key = (frozenset((relation.a, relation.b)), relation.about)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            assess_pair(
                scenario, relation.a, relation.b, about=relation.about, draws=draws, rng=rng
            )
        )
    return out


def _common_enemy_relations(relations: Sequence[Relation]) -> list[Relation]:
    return [r for r in relations if r.kind == "common-enemy"]
