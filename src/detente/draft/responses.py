"""Refusals answer demands: give a refusal without a named recipient the demander it answers.

"Washington refuses … as long as Moscow insists that …" codes a REQUEST by Moscow of
Washington and a REJECT by Washington of no one. The refusal answers the demand, so its
recipient is the demander when a demand of the refuser stands in the same sentence or in the
``WINDOW`` sentences before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from detente.coder.records import Event
from detente.draft.actors import actor_id
from detente.draft.clauses import demands_of_its_object

WINDOW = 3
_REFUSALS = frozenset({"REJECT"})
_NEGATED_ACCEPTANCE = frozenset({"AGREE", "CONCEDE", "COOPERATE"})


def is_refusal(event: Event) -> bool:
    """A rejection, or an acceptance the text negates ("not something we accept")."""
    if event.event in _REFUSALS:
        return not event.negated
    return event.event in _NEGATED_ACCEPTANCE and event.negated


def is_demand(event: Event) -> bool:
    """A request the text asserts (not one it negates or calls unlikely), or a warning that
    tells its recipient what to do ("warned the United States not to intervene")."""
    if event.negated or event.modality == "unlikely":
        return False
    if event.event == "THREATEN":
        return bool(event.recipient) and demands_of_its_object(event)
    return event.event == "REQUEST"


def answer_demands(events: Sequence[Event]) -> list[Event]:
    """The events, each refusal without a recipient given the demander it answers."""
    out: list[Event] = []
    for event in events:
        if event.recipient or not is_refusal(event):
            out.append(event)
            continue
        refusers = {actor_id(r) for r in event.actor}
        demand = _latest_demand_of(events, event, refusers)
        out.append(event if demand is None else replace(event, recipient=demand.actor))
    return out


def _latest_demand_of(events: Sequence[Event], refusal: Event, refusers: set[str]) -> Event | None:
    best: Event | None = None
    for event in events:
        if event.doc_id != refusal.doc_id or not is_demand(event):
            continue
        if not 0 <= refusal.sentence - event.sentence <= WINDOW:
            continue
        if refusers & {actor_id(r) for r in event.actor}:
            continue
        if refusers & {actor_id(r) for r in event.recipient} and (
            best is None or event.sentence >= best.sentence
        ):
            best = event
    return best
