"""Coded events to a scenario draft: actors, relations, issues and stances, each with evidence.

The draft keeps what the scenario file cannot (mention counts, every cited sentence, confidence)
beside the scenario itself, which is a normal scenario: it can be saved, corrected by an analyst
and re-run with ``detente simulate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from detente.coder.records import Event, Mention
from detente.draft.actors import DraftActor, collect_actors, merge_name_variants
from detente.draft.evidence import evidence_text
from detente.draft.issues import DraftIssue, draft_issues
from detente.draft.policies import policy_issues
from detente.draft.relations import DraftRelation, draft_relations
from detente.draft.responses import answer_demands
from detente.ingest import Document
from detente.scenario.schema import Actor, Issue, Relation, Scenario, Stance

#: A stance's position uncertainty (standard deviation, points) at full and at no confidence.
_SURE, _UNSURE = 5.0, 25.0


@dataclass
class Draft:
    """What the text says about the system, and the scenario built from it."""

    documents: list[Document]
    events: list[Event]
    actors: list[DraftActor] = field(default_factory=list)
    relations: list[DraftRelation] = field(default_factory=list)
    issues: list[DraftIssue] = field(default_factory=list)
    scenario: Scenario | None = None
    empty_reason: str | None = None  # why there is nothing to model, when there is not


def draft(
    documents: Sequence[Document], events: Sequence[Event], mentions: Sequence[Mention]
) -> Draft:
    """The system the documents describe, as far as their events show it."""
    events = [_named_recipients(e) for e in events]
    events, mentions = merge_name_variants(events, mentions)
    events = answer_demands(events)
    year = _year(documents)
    found = collect_actors(events, mentions, year)
    result = Draft(list(documents), list(events), list(found.values()))
    if len(found) < 2:
        result.empty_reason = "nothing to model: the text names " + (
            "no political actor" if not found else f"only one actor ({_names(found)})"
        )
        return result
    result.relations = draft_relations(events, set(found))
    policies = policy_issues(events, mentions, found)
    result.issues = _unique_ids(draft_issues(events, found, extra=policies))
    if not result.issues:
        result.empty_reason = (
            "nothing to model: no contested question found (no demand that anyone answers, "
            "no policy both opposed and backed, no actor both backed and opposed)"
        )
    else:
        result.scenario = _scenario(result, year)
    return result


def _named_recipients(event: Event) -> Event:
    """The event with only the recipients its text names: the draft reads who answers whom
    from what is said, not from the coder's domestic convention."""
    if not any(r.implied for r in event.recipient):
        return event
    return replace(event, recipient=tuple(r for r in event.recipient if not r.implied))


def _names(found: dict[str, DraftActor]) -> str:
    return ", ".join(a.name for a in found.values())


def _year(documents: Sequence[Document]) -> int | None:
    years = []
    for document in documents:
        try:
            years.append(date.fromisoformat(document.date or "").year)
        except ValueError:
            continue
    return max(years) if years else None


def _unique_ids(issues: list[DraftIssue]) -> list[DraftIssue]:
    seen: dict[str, int] = {}
    for issue in issues:
        count = seen.get(issue.id, 0)
        seen[issue.id] = count + 1
        if count:
            issue.id = f"{issue.id}-{count + 1}"
    return issues


def _scenario(result: Draft, year: int | None) -> Scenario:
    """The draft as a normal scenario: only actors that take a stance, every number cited."""
    in_play = {s.actor for issue in result.issues for s in issue.stances}
    actors = tuple(
        Actor(
            a.id,
            a.name,
            a.kind,
            a.capability,
            country=a.code if a.kind == "state" else None,
            capability_uncertainty=a.capability_uncertainty,
            evidence={"capability": a.capability_source, "*": evidence_text(a.citations)},
            note=f"{a.mentions} mention(s), {a.events} event(s) in the text",
        )
        for a in result.actors
        if a.id in in_play
    )
    issues = tuple(
        Issue(
            i.id,
            i.question,
            {0.0: i.poles[0], 100.0: i.poles[1]},
            evidence={"*": evidence_text(i.citations)},
            note=f"drafted from a {i.pattern.replace('-', ' ')}",
        )
        for i in result.issues
    )
    stances = tuple(
        Stance(
            s.actor,
            i.id,
            round(s.position, 1),
            round(s.salience, 3),
            uncertainty=round(_UNSURE - (_UNSURE - _SURE) * s.confidence, 1),
            evidence={"position": evidence_text(s.citations)},
            note=f"confidence {s.confidence:.2f} from {len(s.citations)} cited event(s)",
        )
        for i in result.issues
        for s in i.stances
    )
    relations = tuple(
        Relation(
            r.a,
            r.b,
            r.kind,  # type: ignore[arg-type]
            round(r.affinity, 3),
            round(r.trust_ab, 3),
            round(r.trust_ba, 3),
            about=r.about,
            evidence={"*": evidence_text(r.citations), "trust": evidence_text(r.trust_citations)},
        )
        for r in result.relations
        if r.a in in_play and r.b in in_play and (r.about is None or r.about in in_play)
    )
    titles = [d.title for d in result.documents if d.title]
    return Scenario(
        id="draft",
        title=titles[0] if len(titles) == 1 else f"Drafted from {len(result.documents)} documents",
        actors=actors,
        issues=issues,
        stances=stances,
        relations=relations,
        description="Drafted by detente from coded events; every number cites its sentences.",
        date=f"{year}" if year else None,
        sources=tuple(d.origin or d.id for d in result.documents),
    )
