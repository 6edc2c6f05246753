"""Contested issues and where each actor stands on them, from coded events.

Two patterns in reporting make an issue with two poles (a third, contested policies, lives in
``detente.draft.policies``):

- **A contested demand.** An actor demands something of another (REQUEST) and someone refuses
  or accepts it (REJECT, a negated AGREE, an AGREE), or the addressee, answering nothing,
  threatens, coerces, attacks or accuses the demander. The question is whether the demand is
  met; the demander stands at 100 ("met"), refusers at 0, those who accept at 100. Demands
  made by the same actors about the same things (shared content words) are one issue.
- **A contested actor.** An actor is the target of hostile acts and is either backed by
  someone else or opposed by two or more. The question is how far it is backed or pushed back:
  0 = pushed back, weakened or removed, 100 = backed and kept in place. Each actor's position
  follows the balance of its acts towards the target (support and aid for; accusations,
  demands, coercion and attacks against), plus half the weight of its backing for others who
  act on the target, plus half the weight of the harm the target does it (a victim wants its
  aggressor pushed back); the target itself stands at 100. An actor opposed by one other and
  harming a third is contested too: a conflict with two sides. One act alone (a background
  sentence) makes no contest: at least ``MIN_ACTS_ON_ACTOR`` are needed.

Salience is the share of an actor's activity that bears on the issue (0.2 + 0.8 × share; a
contested actor cares fully about its own fate). Confidence grows with the number of cited
events, 1 − 0.5ⁿ, and sets the position's uncertainty.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from detente.coder.records import Event
from detente.draft.actors import DraftActor, actor_id
from detente.draft.clauses import clause_of, in_order
from detente.draft.evidence import (
    FRIENDLY,
    HOSTILE,
    MODALITY_WEIGHT,
    Citation,
    confidence_of,
    is_pressure,
)
from detente.draft.relations import pairs_of
from detente.draft.responses import is_demand, is_refusal

#: Acts that say nothing about where the actor wants the target to end up (a refusal is
#: already a stance on the demand it answers).
_NEUTRAL = frozenset({"CONSULT", "REJECT"})
#: Acts that make their target a victim, who then wants the aggressor pushed back.
_HARM = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
#: Acts of backing through which support for an ally counts towards the ally's targets.
_BACKING = frozenset({"SUPPORT", "AID", "COOPERATE"})
_INDIRECT = 0.5
_PRESSURE = 3.0  # a demand weighs like a PLOVER intensity of 3: pressure, short of force
_SHARP = 2.0  # positions: 50 + 50·tanh(_SHARP · score)
#: A contested actor needs at least this many acts on it (for, against, or harm it did).
MIN_ACTS_ON_ACTOR = 2


@dataclass
class DraftStance:
    """Where one actor stands on a drafted issue, how much it cares, how sure the text is."""

    actor: str
    position: float
    salience: float
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    strength: float = 0.0  # raw weight of the actor's acts on the issue, for salience shares

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "actor": self.actor,
            "position": round(self.position, 1),
            "salience": round(self.salience, 3),
            "confidence": round(self.confidence, 3),
            "evidence": [c.to_dict() for c in self.citations],
        }


@dataclass
class DraftIssue:
    """A contested question with two poles and the stances taken on it."""

    id: str
    question: str
    poles: tuple[str, str]  # the 0 pole, the 100 pole
    pattern: str  # "demand" or "contested-actor"
    stances: list[DraftStance] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output (forecasts are added by the analysis)."""
        return {
            "id": self.id,
            "question": self.question,
            "poles": list(self.poles),
            "pattern": self.pattern,
            "stances": [s.to_dict() for s in self.stances],
        }


def draft_issues(
    events: Sequence[Event],
    actors: Mapping[str, DraftActor],
    extra: Sequence[DraftIssue] = (),
) -> list[DraftIssue]:
    """Every contested demand and contested actor, plus ``extra`` issues found by other
    patterns, with salience shares set; issues without two sides are dropped."""
    issues = _demand_issues(events, actors) + _actor_issues(events, actors) + list(extra)
    _set_salience(issues)
    return [i for i in issues if _has_two_sides(i)]


# --- contested demands ----------------------------------------------------------------------


@dataclass
class _Demand:
    demanders: tuple[str, ...]
    addressees: tuple[str, ...]
    clause: str
    words: set[str]
    events: list[Event]
    refusers: dict[str, list[Event]] = field(default_factory=dict)
    acceptors: dict[str, list[Event]] = field(default_factory=dict)


def _demand_issues(events: Sequence[Event], actors: Mapping[str, DraftActor]) -> list[DraftIssue]:
    demands: list[_Demand] = []
    for event in events:
        if not is_demand(event):
            continue
        doers = tuple(a for a in dict.fromkeys(actor_id(r) for r in event.actor) if a in actors)
        targets = tuple(
            b for b in dict.fromkeys(actor_id(r) for r in event.recipient) if b in actors
        )
        targets = tuple(b for b in targets if b not in doers)
        if not doers or not targets:
            continue
        found = clause_of(event)
        clause, words = found.text, set(found.words)
        same = next(
            (d for d in demands if d.demanders == doers and d.words & words),
            None,
        )
        if same is not None:
            same.events.append(event)
            same.words |= words
            continue
        demands.append(_Demand(doers, targets, clause, words, [event]))
    for demand in demands:
        _find_answers(demand, events, actors)
    return [_demand_issue(d, actors) for d in demands if d.refusers or d.acceptors]


def _find_answers(
    demand: _Demand, events: Sequence[Event], actors: Mapping[str, DraftActor]
) -> None:
    for event in events:
        if event in demand.events:
            continue
        answerers = [a for a in dict.fromkeys(actor_id(r) for r in event.actor) if a in actors]
        answerers = [a for a in answerers if a not in demand.demanders]
        if not answerers:
            continue
        refusal = is_refusal(event) or (event.event == "REQUEST" and event.negated)
        acceptance = event.event in ("AGREE", "CONCEDE") and not event.negated
        if not (refusal or acceptance) or not _answers(event, demand, answerers):
            continue
        bucket = demand.refusers if refusal else demand.acceptors
        for actor in answerers:
            bucket.setdefault(actor, []).append(event)
    if not demand.refusers and not demand.acceptors:
        _hostile_addressees(demand, events)


def _hostile_addressees(demand: _Demand, events: Sequence[Event]) -> None:
    """An addressee that threatens, coerces, attacks or accuses the demander has, in effect,
    not complied: it stands against the demand (on the strength of those acts)."""
    for event in events:
        if event.event not in _HARM | {"ACCUSE"} or event.negated:
            continue
        doers = {actor_id(r) for r in event.actor} & set(demand.addressees)
        if doers and {actor_id(r) for r in event.recipient} & set(demand.demanders):
            for actor in doers:
                demand.refusers.setdefault(actor, []).append(event)


def _answers(event: Event, demand: _Demand, answerers: list[str]) -> bool:
    """Whether an event answers the demand: addressed to the demander, or the addressee's own
    words in the same sentence or about the same things."""
    recipients = {actor_id(r) for r in event.recipient}
    if recipients & set(demand.demanders):
        return True
    if not set(answerers) & set(demand.addressees):
        return False
    for made in demand.events:
        if made.doc_id == event.doc_id and made.sentence == event.sentence:
            return True
    return bool(clause_of(event).words & demand.words)


def _demand_issue(demand: _Demand, actors: Mapping[str, DraftActor]) -> DraftIssue:
    demander = " and ".join(actors[a].name for a in demand.demanders)
    addressee = " and ".join(actors[a].name for a in demand.addressees)
    clause = demand.clause or "what it asks"
    issue = DraftIssue(
        issue_id(demand.demanders[0], "demand", in_order(demand.clause, demand.words)[:3]),
        f"{demander} demands of {addressee}: {clause}. Is the demand met?",
        (f"not met: {clause}", f"met: {clause}"),
        "demand",
        citations=[Citation.of(e) for e in demand.events],
    )
    for actor in demand.demanders:
        issue.stances.append(
            new_stance(actor, 100.0, demand.events, _PRESSURE / 10 * len(demand.events))
        )
    for pole, bucket in ((0.0, demand.refusers), (100.0, demand.acceptors)):
        for actor, answers in bucket.items():
            if any(s.actor == actor for s in issue.stances):
                continue
            issue.stances.append(new_stance(actor, pole, answers, _PRESSURE / 10 * len(answers)))
            issue.citations.extend(Citation.of(e) for e in answers)
    return issue


def issue_id(actor: str, kind: str, words: list[str]) -> str:
    """A readable id: "rus-demand-strike-syrian-approval", "policy-memorandum"."""
    slug = "-".join(re.sub(r"[^a-z0-9]+", "", w) for w in words if w)
    return "-".join(p for p in (actor.lower(), kind, slug) if p)


# --- contested actors -----------------------------------------------------------------------


def _act_weight(event: Event) -> float:
    """Signed weight of one act towards its target: + backs it, − works against it."""
    if event.event in _NEUTRAL:
        return 0.0
    modality = MODALITY_WEIGHT.get(event.modality, 1.0)
    size = max(abs(event.intensity or 0.0), _PRESSURE) / 10.0 * modality
    hostile = event.event in HOSTILE or is_pressure(event)
    friendly = event.event in FRIENDLY or (event.event == "REQUEST" and event.mode == "assist")
    if event.negated or event.modality == "unlikely":
        return -0.5 * size if friendly else 0.0  # support withheld counts against; restraint not
    return -size if hostile else size if friendly else 0.0


def _actor_issues(events: Sequence[Event], actors: Mapping[str, DraftActor]) -> list[DraftIssue]:
    direct: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    cited: dict[tuple[str, str], list[Event]] = defaultdict(list)
    backing: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    harmed: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for event in events:
        weight = _act_weight(event)
        for a, b, joint in pairs_of(event, set(actors)):
            if joint or weight == 0.0:
                continue
            direct[b][a] += weight
            cited[(a, b)].append(event)
            if event.event in _BACKING and weight > 0:
                backing[a][b] += weight
            if event.event in _HARM and weight < 0:
                harmed[a][b] += weight
                cited[(b, a)].append(event)
    issues: list[DraftIssue] = []
    for target, scores in direct.items():
        against = [a for a, s in scores.items() if s < 0]
        backers = [a for a, s in scores.items() if s > 0]
        victims = [v for v in harmed.get(target, {}) if v not in scores or scores[v] <= 0]
        if not against or not (backers or len(set(against) | set(victims)) >= 2):
            continue
        acts = {e.id for a in scores for e in cited[(a, target)]}
        acts |= {e.id for v in victims for e in cited[(v, target)]}
        if len(acts) < MIN_ACTS_ON_ACTOR:
            continue  # one act in a background sentence is no contest
        total = dict(scores)
        for victim in victims:  # those it harms want it pushed back
            total[victim] = total.get(victim, 0.0) + _INDIRECT * harmed[target][victim]
        for actor, allies in backing.items():
            if actor == target:
                continue
            for ally, weight in allies.items():
                if ally != target and ally in scores and scores[ally] != 0:
                    sign = 1.0 if scores[ally] > 0 else -1.0
                    total[actor] = total.get(actor, 0.0) + _INDIRECT * weight * sign
                    cited[(actor, target)].extend(cited[(actor, ally)])
        issues.append(_actor_issue(target, total, cited, actors))
    return issues


def _actor_issue(
    target: str,
    scores: Mapping[str, float],
    cited: Mapping[tuple[str, str], list[Event]],
    actors: Mapping[str, DraftActor],
) -> DraftIssue:
    name = actors[target].name
    issue = DraftIssue(
        f"{target.lower()}-future",
        f"How far is {name} backed or pushed back?",
        (f"{name} pushed back, weakened or removed", f"{name} backed and kept in place"),
        "contested-actor",
    )
    against_target: list[Event] = []
    for actor, score in sorted(scores.items(), key=lambda kv: kv[1]):
        if actor == target or abs(score) < 1e-9:
            continue
        events = cited[(actor, target)]
        against_target.extend(events)
        position = 50.0 + 50.0 * math.tanh(_SHARP * score)
        issue.stances.append(new_stance(actor, position, events, abs(score)))
        issue.citations.extend(Citation.of(e) for e in events)
    own = new_stance(target, 100.0, against_target, 0.0)
    own.salience = 1.0
    issue.stances.insert(0, own)
    return issue


# --- shared ---------------------------------------------------------------------------------


def new_stance(actor: str, position: float, events: list[Event], strength: float) -> DraftStance:
    """A stance citing its events, its confidence from how many there are."""
    citations = list(dict.fromkeys(Citation.of(e) for e in events))
    return DraftStance(
        actor, position, 0.0, confidence_of(len(citations)), citations, strength=strength
    )


def _set_salience(issues: list[DraftIssue]) -> None:
    totals: dict[str, float] = defaultdict(float)
    for issue in issues:
        for stance in issue.stances:
            totals[stance.actor] += stance.strength
    for issue in issues:
        for stance in issue.stances:
            if stance.salience:  # already set (an actor's own fate)
                continue
            share = stance.strength / totals[stance.actor] if totals[stance.actor] else 0.0
            stance.salience = 0.2 + 0.8 * share


def _has_two_sides(issue: DraftIssue) -> bool:
    return any(s.position < 50 for s in issue.stances) and any(
        s.position > 50 for s in issue.stances
    )
