"""Evidence: the sentence a drafted number rests on, and how much each coded event weighs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from detente.coder.records import Event

#: How far the text commits to an event: a plan or a hypothesis weighs less than a report.
MODALITY_WEIGHT = {
    "asserted": 1.0,
    "future": 0.7,
    "conditional": 0.5,
    "hypothetical": 0.5,
    "unlikely": 0.5,
}

#: Events that move two actors apart (−) or together (+) when they happen.
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
FRIENDLY = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


def is_pressure(event: Event) -> bool:
    """A demand that the other change or yield; a request for help or a meeting is not one."""
    return event.event == "REQUEST" and event.mode not in ("assist", "meet")


@dataclass(frozen=True, slots=True)
class Citation:
    """One sentence cited for a drafted number: which document, which sentence, which event."""

    doc_id: str
    sentence: int
    text: str
    event: str | None = None  # PLOVER type of the event cited, if the citation is an event
    trigger: str | None = None  # the event's trigger words

    @classmethod
    def of(cls, event: Event) -> Citation:
        """The citation of a coded event."""
        return cls(event.doc_id, event.sentence, event.text, event.event, event.event_text)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "text": self.text,
            "event": self.event,
            "trigger": self.trigger,
        }

    def short(self, width: int = 160) -> str:
        """The sentence, cut to ``width`` characters, for tables and scenario evidence."""
        text = " ".join(self.text.split())
        return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def confidence_of(evidence: int) -> float:
    """1 − 0.5ⁿ for n cited events: one gives 0.5, two 0.75, three 0.875."""
    return 1.0 - 0.5**evidence


def unique(citations: list[Citation], *, per_sentence: bool = False) -> list[Citation]:
    """Citations without repeats, in the order first cited; ``per_sentence`` keeps one per
    sentence even where it was cited for several events."""
    seen: set[tuple[str, int, str | None]] = set()
    out: list[Citation] = []
    for citation in citations:
        key = (citation.doc_id, citation.sentence, None if per_sentence else citation.trigger)
        if key not in seen:
            seen.add(key)
            out.append(citation)
    return out


def signed_value(event: Event) -> float:
    """The event's PLOVER intensity as it bears on the pair, on −10…10.

    A negated or unlikely cooperative event ("failed to agree", "cooperation appears out of the
    question") counts as half its opposite: cooperation that does not happen is a mild sign of
    conflict. Harm that is not done ("will not target") counts for nothing: restraint is not
    support.
    """
    intensity = event.intensity if event.intensity is not None else 0.0
    weight = MODALITY_WEIGHT.get(event.modality, 1.0)
    if event.negated or event.modality == "unlikely":
        return -0.5 * intensity if intensity > 0 else 0.0
    return intensity * weight


def evidence_text(citations: list[Citation], limit: int = 3) -> str:
    """Up to ``limit`` cited sentences as one string, for a scenario's evidence field."""
    distinct = unique(citations)
    parts = [f"[{c.doc_id}#{c.sentence}] {c.short()}" for c in distinct[:limit]]
    more = len(distinct) - limit
    if more > 0:
        parts.append(f"(+{more} more)")
    return " ".join(parts)
