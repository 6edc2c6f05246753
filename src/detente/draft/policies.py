"""Contested policies: something one actor denounces or rejects and another makes or backs.

"Athens denounced the memoranda between Turkey and Libya" names no recipient: what is opposed
is a thing, a policy, deal or plan — a noun phrase, not a person or a clause
(``detente.draft.clauses.thing_of``). It becomes an issue, "Does it stand?", when someone else
stands behind it: an actor the clause itself names (the memoranda's parties) or one whose
agreement or support concerns the same things (shared content words). Opposers stand at 0
("dropped or undone"), backers at 100 ("stands"). Opposed things sharing content words and
opposers are one issue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from detente.coder.records import Event, Mention
from detente.draft.actors import DraftActor, actor_id
from detente.draft.clauses import Clause, clause_of, in_order, thing_of
from detente.draft.evidence import Citation
from detente.draft.issues import DraftIssue, issue_id, new_stance

_OPPOSING = frozenset({"REJECT", "ACCUSE", "PROTEST"})
_BACKING = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
_WEIGHT = 0.3  # an opposed or backed policy weighs like a demand


@dataclass
class _Policy:
    clause: Clause
    words: set[str]
    opposers: dict[str, list[Event]] = field(default_factory=dict)
    backers: dict[str, list[Event]] = field(default_factory=dict)


def _doers(event: Event, actors: Mapping[str, DraftActor]) -> list[str]:
    return [a for a in dict.fromkeys(actor_id(r) for r in event.actor) if a in actors]


def _opposes_a_thing(event: Event) -> bool:
    return (
        event.event in _OPPOSING
        and not event.recipient
        and not event.negated
        and event.modality in ("asserted", "future")
    )


def policy_issues(
    events: Sequence[Event], mentions: Sequence[Mention], actors: Mapping[str, DraftActor]
) -> list[DraftIssue]:
    """Every opposed policy someone stands behind, as an issue with stances."""
    policies: list[_Policy] = []
    for event in events:
        doers = _doers(event, actors)
        if not doers or not _opposes_a_thing(event):
            continue
        clause = thing_of(event)
        if not clause.words:
            continue
        policy = next((p for p in policies if p.words & clause.words), None)
        if policy is None:
            policy = _Policy(clause, set(clause.words))
            policies.append(policy)
        policy.words |= clause.words
        for actor in doers:
            policy.opposers.setdefault(actor, []).append(event)
        for owner in _named_in(event, clause, mentions, actors):
            if owner not in doers:
                policy.backers.setdefault(owner, []).append(event)
    for policy in policies:
        _find_backers(policy, events, actors)
    return [_issue(p, actors) for p in policies if set(p.backers) - set(p.opposers)]


def _named_in(
    event: Event, clause: Clause, mentions: Sequence[Mention], actors: Mapping[str, DraftActor]
) -> list[str]:
    """Actors the clause itself names: "the memoranda between Turkey and Libya"."""
    named = (
        actor_id(m.actor)
        for m in mentions
        if m.doc_id == event.doc_id
        and m.sentence == event.sentence
        and clause.start <= m.start
        and m.end <= clause.end
    )
    return [a for a in dict.fromkeys(named) if a in actors]


def _find_backers(
    policy: _Policy, events: Sequence[Event], actors: Mapping[str, DraftActor]
) -> None:
    for event in events:
        if event.event not in _BACKING or event.negated or event.modality == "unlikely":
            continue
        if not clause_of(event).words & policy.words:
            continue
        for actor in _doers(event, actors):
            if actor not in policy.opposers:
                policy.backers.setdefault(actor, []).append(event)


def _issue(policy: _Policy, actors: Mapping[str, DraftActor]) -> DraftIssue:
    thing = policy.clause.text
    issue = DraftIssue(
        issue_id("", "policy", in_order(thing, policy.words)[:3]),
        f"Does it stand: {thing}?",
        (f"dropped or undone: {thing}", f"stands: {thing}"),
        "policy",
    )
    for pole, side in ((0.0, policy.opposers), (100.0, policy.backers)):
        for actor, events in side.items():
            if any(s.actor == actor for s in issue.stances):
                continue
            issue.stances.append(new_stance(actor, pole, events, _WEIGHT * len(events)))
            issue.citations.extend(Citation.of(e) for e in events)
    return issue
