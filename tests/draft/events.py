"""Hand-made coded events for draft tests: what the coder would emit for short sentences."""

from __future__ import annotations

from itertools import count

from detente.coder import ontology
from detente.coder.records import ActorRef, Event, Modality

_ids = count()

NAMES = {
    "USA": "United States", "RUS": "Russia", "SYR": "Syria", "IRQ": "Iraq", "TUR": "Turkey",
    "IMG": "Islamic State", "UNO": "United Nations", "KUR": "Kurd",
}  # fmt: skip


def ref(token: str) -> ActorRef:
    """'USA', 'SYR-REB' or 'IMG' as a coded actor reference."""
    code, _, sector = token.partition("-")
    return ActorRef(token, code, sector or None, NAMES.get(code, token))


def event(
    kind: str,
    actors: str,
    recipients: str = "",
    *,
    sentence: int = 0,
    text: str | None = None,
    trigger: str | None = None,
    negated: bool = False,
    modality: Modality = "asserted",
    context: str | None = None,
    mode: str | None = None,
    doc: str = "d1",
) -> Event:
    """One event; ``actors`` and ``recipients`` are space-separated tokens."""
    text = text or f"{actors} did {kind} to {recipients}."
    trigger = trigger or kind.lower()
    start = max(text.find(trigger), 0)
    return Event(
        id=f"e{next(_ids)}",
        doc_id=doc,
        sentence=sentence,
        text=text,
        event=kind,
        event_text=trigger,
        span=(start, start + len(trigger)),
        actor=tuple(ref(t) for t in actors.split()),
        recipient=tuple(ref(t) for t in recipients.split()),
        mode=mode,
        context=context,
        intensity=ontology.intensity(kind, mode),
        negated=negated,
        modality=modality,
    )
