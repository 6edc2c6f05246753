"""What the coder produces: actor references, mentions and PLOVER events with their evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Modality = Literal["asserted", "future", "hypothetical", "conditional", "unlikely"]


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the text names it and as it resolves.

    ``code`` is an ISO 3166 alpha-3 country or one of PLOVER's IGO / UNO / EUR / NGO / IMG / MNC
    codes, or "unknown" for a named entity no dictionary knows; ``sector`` is a PLOVER sector
    (GOV, MIL, REB, OPP, CVL, …) or None.
    """

    text: str
    code: str
    sector: str | None
    name: str  # canonical name, e.g. "United States" or "Islamic State"
    span: tuple[int, int] | None = None  # character offsets of ``text`` within its sentence
    #: Not named by the text but supplied by PLOVER's domestic convention (a protest with no
    #: named target is against the protesters' own government).
    implied: bool = False

    @property
    def id(self) -> str:
        """A stable, readable id: the code, with the sector unless it is a government."""
        if self.code == "unknown":
            return "unknown:" + "-".join(self.name.lower().split())
        return self.code if self.sector in (None, "GOV") else f"{self.code}-{self.sector}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "text": self.text,
            "code": self.code,
            "sector": self.sector,
            "name": self.name,
            "implied": self.implied,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a document names an actor."""

    doc_id: str
    sentence: int  # index of the sentence in the document
    start: int  # character offsets of the mention within the sentence
    end: int
    actor: ActorRef

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "span": [self.start, self.end],
            **self.actor.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event: who did what to whom, how sure the text is of it, and where it says so."""

    id: str
    doc_id: str
    sentence: int
    text: str  # the sentence
    event: str  # PLOVER type, e.g. "REJECT"
    event_text: str  # the trigger words
    span: tuple[int, int]  # character span of the trigger within the sentence
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...] = ()
    mode: str | None = None
    context: str | None = None
    date: str | None = None  # ISO date the event happened, when the text and the document tell
    quad_code: int | None = None  # 1 verbal cooperation … 4 material conflict (0 = statement)
    intensity: float | None = None  # PLOVER conflict–cooperation score
    cameo: str | None = None  # CAMEO root code via the crosswalk
    negated: bool = False
    modality: Modality = "asserted"
    attribution: ActorRef | None = None  # the speaker when the event is reported speech

    def to_dict(self) -> dict[str, Any]:
        """PLOVER-style JSON record."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "date": self.date,
            "event": self.event,
            "mode": self.mode,
            "context": self.context,
            "quad_code": self.quad_code,
            "intensity": self.intensity,
            "cameo": self.cameo,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "negated": self.negated,
            "modality": self.modality,
            "attribution": (
                {"speaker": self.attribution.to_dict()} if self.attribution is not None else None
            ),
            "event_text": self.event_text,
            "span": list(self.span),
            "text": self.text,
        }


__all__ = ["ActorRef", "Event", "Mention", "Modality"]
