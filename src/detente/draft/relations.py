"""How drafted actors relate: affinity, kind and trust per pair, and shared enemies.

Affinity is the mean signed PLOVER intensity of the events between two actors, on −1…1. The kind
follows the strongest pattern among those events: assault, coercion or sanctions make
``hostility``; arms supplied make ``arms-supply``; support or aid make ``support``; accusations,
threats, protests, demands and refusals make ``rivalry``; talks and agreements
``cooperation``. Trust starts at 0.5 (nothing known) in each direction and moves with each
event (see ``TRUST_STEPS``):
an actor trusts another less after accusing it, being threatened, attacked or refused by it, or
failing to agree with it, and more after being supported or aided by it. Two actors that both
act against a third, and distrust each other, share it as a common enemy: whether they can
cooperate against it is the question the cooperation model answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations, permutations

from detente.coder.records import Event
from detente.draft.actors import actor_id
from detente.draft.evidence import FRIENDLY, Citation, confidence_of, is_pressure, signed_value

_COOPERATIVE_TALK = frozenset({"AGREE", "COOPERATE", "CONSULT"})
_MATERIAL_HOSTILITY = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_KIND_ORDER = ("hostility", "arms-supply", "support", "rivalry", "cooperation")

#: How one event moves the trust the first actor places in the second.
TRUST_STEPS = {
    "accuses": -0.15,  # a accuses b (stated suspicion)
    "attacked": -0.15,  # b threatens, coerces, sanctions or attacks a
    "refused": -0.10,  # b rejects a (a demand, an offer)
    "failed": -0.10,  # a and b fail, or are unlikely, to agree or cooperate
    "backed": 0.05,  # b supports, agrees with or cooperates with a
    "aided": 0.10,  # b gives a material aid or concessions
}
TRUST_RANGE = (0.05, 0.95)


@dataclass
class DraftRelation:
    """A pair of drafted actors and the events between them."""

    a: str
    b: str
    kind: str
    affinity: float
    trust_ab: float
    trust_ba: float
    about: str | None = None
    citations: list[Citation] = field(default_factory=list)
    trust_citations: list[Citation] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        """1 − 0.5ⁿ for the n events cited, as for stances."""
        return confidence_of(len(self.citations))

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "about": self.about,
            "affinity": round(self.affinity, 3),
            "trust": {self.a: round(self.trust_ab, 3), self.b: round(self.trust_ba, 3)},
            "confidence": round(self.confidence, 3),
            "evidence": [c.to_dict() for c in self.citations],
            "trust_evidence": [c.to_dict() for c in self.trust_citations],
        }


def pairs_of(event: Event, actors: set[str]) -> list[tuple[str, str, bool]]:
    """The directed pairs an event links, with whether it is a joint act of both."""
    doers = [a for a in dict.fromkeys(actor_id(r) for r in event.actor) if a in actors]
    targets = [b for b in dict.fromkeys(actor_id(r) for r in event.recipient) if b in actors]
    # acting together relates the partners only when the act is one of cooperation: two who
    # both sanction a third are not thereby hostile to each other
    joint = [(a, b, True) for a, b in permutations(doers, 2)] if event.event in FRIENDLY else []
    if not targets:
        return joint
    directed = [(a, b, False) for a in doers for b in targets if a != b]
    return directed + joint  # "joint US-Russian action against …" relates the partners too


@dataclass
class _PairLog:
    values: list[float] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    trust: dict[tuple[str, str], float] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    trust_citations: list[Citation] = field(default_factory=list)


def _kind_of(event: Event) -> str | None:
    kind = event.event
    if event.negated or event.modality == "unlikely":
        return "rivalry" if kind in _COOPERATIVE_TALK else None
    if kind in _MATERIAL_HOSTILITY:
        return "hostility"
    if kind == "AID" and event.context == "military":
        return "arms-supply"
    if kind in ("SUPPORT", "AID"):
        return "support"
    if kind in ("ACCUSE", "THREATEN", "PROTEST", "REJECT") or is_pressure(event):
        return "rivalry"  # a demand presses the other to do what it does not yet do
    if kind in ("AGREE", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT"):
        return "cooperation"
    return None


def _trust_steps(event: Event, a: str, b: str, joint: bool) -> list[tuple[str, str, float]]:
    """(truster, trusted, step) for one event by ``a`` towards ``b``."""
    kind = event.event
    if event.negated or event.modality == "unlikely":
        if kind in _COOPERATIVE_TALK:
            step = TRUST_STEPS["failed"]
            return [(a, b, step), (b, a, step)] if not joint else [(a, b, step)]
        return []
    if kind == "ACCUSE":
        return [(a, b, TRUST_STEPS["accuses"])]
    if kind in _MATERIAL_HOSTILITY or kind == "THREATEN":
        return [(b, a, TRUST_STEPS["attacked"])]
    if kind == "REJECT":
        return [(b, a, TRUST_STEPS["refused"])]
    if kind in ("AID", "CONCEDE", "RETREAT"):
        return [(b, a, TRUST_STEPS["aided"])]
    if kind in ("SUPPORT", "AGREE", "COOPERATE"):
        return [(b, a, TRUST_STEPS["backed"])]
    return []


def draft_relations(events: Iterable[Event], actors: set[str]) -> list[DraftRelation]:
    """One relation per pair that shares events, then one per pair sharing an enemy."""
    logs: dict[frozenset[str], _PairLog] = defaultdict(_PairLog)
    order: dict[frozenset[str], tuple[str, str]] = {}
    hostile_to: dict[str, set[str]] = defaultdict(set)
    enemy_citations: dict[tuple[str, str], list[Citation]] = defaultdict(list)
    for event in events:
        citation = Citation.of(event)
        for a, b, joint in pairs_of(event, actors):
            key = frozenset((a, b))
            order.setdefault(key, (a, b))
            log = logs[key]
            if not joint or a < b:  # a joint act counts once for the pair
                log.values.append(signed_value(event))
                log.citations.append(citation)
            kind = _kind_of(event)
            if kind is not None:
                log.kinds.add(kind)
            for truster, trusted, step in _trust_steps(event, a, b, joint):
                log.trust[(truster, trusted)] = log.trust.get((truster, trusted), 0.0) + step
                log.trust_citations.append(citation)
            if (
                not joint
                and _kind_of(event) in ("hostility", "rivalry")
                and event.event != "REJECT"
            ):
                hostile_to[b].add(a)
                enemy_citations[(a, b)].append(citation)
    relations = [_relation(order[key], log) for key, log in logs.items()]
    relations.extend(_common_enemies(hostile_to, enemy_citations, logs, order))
    return relations


def _trust(log: _PairLog, truster: str, trusted: str) -> float:
    low, high = TRUST_RANGE
    return min(high, max(low, 0.5 + log.trust.get((truster, trusted), 0.0)))


def _relation(pair: tuple[str, str], log: _PairLog) -> DraftRelation:
    a, b = pair
    affinity = sum(log.values) / (10.0 * len(log.values)) if log.values else 0.0
    kind = next((k for k in _KIND_ORDER if k in log.kinds), "cooperation")
    return DraftRelation(
        a,
        b,
        kind,
        max(-1.0, min(1.0, affinity)),
        _trust(log, a, b),
        _trust(log, b, a),
        citations=log.citations,
        trust_citations=log.trust_citations,
    )


def _common_enemies(
    hostile_to: dict[str, set[str]],
    citations: dict[tuple[str, str], list[Citation]],
    logs: dict[frozenset[str], _PairLog],
    order: dict[frozenset[str], tuple[str, str]],
) -> list[DraftRelation]:
    out: list[DraftRelation] = []
    for enemy, foes in hostile_to.items():
        for a, b in combinations(sorted(foes), 2):
            key = frozenset((a, b))
            log = logs.get(key)
            if log is None or min(_trust(log, a, b), _trust(log, b, a)) >= 0.5:
                continue  # cooperation is in question only between two who distrust each other
            first, second = order[key]
            shared = citations[(first, enemy)] + citations[(second, enemy)]
            own = _relation((first, second), log)
            out.append(
                DraftRelation(
                    first,
                    second,
                    "common-enemy",
                    own.affinity,
                    own.trust_ab,
                    own.trust_ba,
                    about=enemy,
                    citations=shared,
                    trust_citations=log.trust_citations,
                )
            )
    return out
