"""Which actors a drafted scenario holds: readable ids, kinds, names and capability.

A state's government, military, legislature and unnamed officials are one actor, the state,
whose id is its ISO code (``USA``); other parts of a country keep their sector (``SYR-REB``);
groups without a country get an id from their name (``ISLAMIC-STATE``). An actor enters the
scenario when the text makes it matter: it takes part in at least ``MIN_EVENTS`` event or is
named at least ``MIN_MENTIONS`` times. Entities no dictionary knows need both, and a name of at
most ``MAX_NAME_WORDS`` words (longer capitalised runs are headlines or titles).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import pycountry

from detente.coder.dictionary import SECTOR_NAMES, ActorDictionary
from detente.coder.records import ActorRef, Event, Mention
from detente.draft.capability import state_capability
from detente.draft.evidence import Citation
from detente.scenario.schema import ActorKind

#: Sectors that act for the state itself.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "UNK", "PRE", "ELI"})
#: PLOVER codes of single, well-known organisations: their code is their id.
ORGANISATION_CODES = {"UNO": "United Nations", "EUR": "European Union"}
#: PLOVER codes shared by many groups: the id comes from the name.
NAMED_CODES = frozenset({"IGO", "IMG", "NGO", "MNC", "unknown"})
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF"})  # armed groups that are not the state's

#: Sectors that report on a standoff rather than take part in it: news media are left out, so
#: an event the coder pins on the outlet that reported it ("…, Reuters reported, warning …")
#: does not make the outlet a party.
REPORTING_SECTORS = frozenset({"JRN"})

MIN_EVENTS = 1
MIN_MENTIONS = 2
#: A run of capitalised words longer than this is a headline or a title, not a name.
MAX_NAME_WORDS = 4

#: Capability of actors the state table cannot cover, in its unit (billion 2011 US$ at PPP):
#: a judgement, stated with a wide relative uncertainty so the draws explore it.
DEFAULT_CAPABILITY: dict[str, float] = {
    "state": 50.0,  # a state missing from the table: a small economy
    "international-organisation": 1000.0,  # the weight of a body's mandate, a middle power's
    "armed-group": 20.0,
    "non-state": 10.0,
    "person": 10.0,
}
DEFAULT_UNCERTAINTY = 0.5
STATE_UNCERTAINTY = 0.1


def actor_id(ref: ActorRef) -> str:
    """The drafted actor a coded reference stands for."""
    if ref.code in ORGANISATION_CODES:
        return ref.code
    if ref.code in NAMED_CODES:
        return _slug(ref.name)
    if ref.sector in STATE_SECTORS:
        return ref.code
    return f"{ref.code}-{ref.sector}"


def _slug(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", name)
    return "-".join(w.upper() for w in words) or "UNNAMED"


def _is_state(ref: ActorRef) -> bool:
    """Whether the code names a country (an ethnic group such as KUR does not)."""
    return pycountry.countries.get(alpha_3=ref.code) is not None


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"[A-Za-z0-9]+", name))


def name_variants(refs: Iterable[ActorRef]) -> dict[str, str]:
    """Short names that end exactly one longer name ("Trump" → "Donald Trump", "Bashir" →
    "Omar al-Bashir"): within one body of reporting they name the same actor."""
    names = {r.name for r in refs if r.code in NAMED_CODES}
    longer: dict[str, str] = {}
    for short in names:
        tail = _words(short)
        fits = [n for n in names if len(_words(n)) > len(tail) and _words(n)[-len(tail) :] == tail]
        longest = max(fits, key=lambda n: len(_words(n)), default=None)
        if longest is not None and all(
            _words(longest)[-len(_words(n)) :] == _words(n) for n in fits
        ):
            longer[short] = longest
    return longer


def merge_name_variants(
    events: Sequence[Event], mentions: Sequence[Mention]
) -> tuple[list[Event], list[Mention]]:
    """Events and mentions with each short name variant replaced by its full name."""
    refs = [r for e in events for r in (*e.actor, *e.recipient)] + [m.actor for m in mentions]
    longer = name_variants(refs)
    if not longer:
        return list(events), list(mentions)

    def full(ref: ActorRef) -> ActorRef:
        if ref.code in NAMED_CODES and ref.name in longer:
            return replace(ref, name=longer[ref.name])
        return ref

    merged_events = [
        replace(e, actor=tuple(map(full, e.actor)), recipient=tuple(map(full, e.recipient)))
        for e in events
    ]
    return merged_events, [replace(m, actor=full(m.actor)) for m in mentions]


@dataclass
class DraftActor:
    """One drafted actor with what the text says of it."""

    id: str
    code: str
    sector: str | None
    name: str
    kind: ActorKind
    mentions: int = 0
    events: int = 0
    capability: float = 0.0
    capability_uncertainty: float = DEFAULT_UNCERTAINTY
    capability_source: str = ""
    citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "id": self.id,
            "code": self.code,
            "sector": self.sector,
            "name": self.name,
            "kind": self.kind,
            "mentions": self.mentions,
            "events": self.events,
            "capability": self.capability,
            "capability_source": self.capability_source,
        }


def _kind(ref: ActorRef) -> ActorKind:
    if ref.code in ORGANISATION_CODES or ref.code == "IGO":
        return "international-organisation"
    if ref.code == "IMG" or ref.sector in ARMED_SECTORS:
        return "armed-group"
    if _is_state(ref) and ref.sector in STATE_SECTORS:
        return "state"
    return "non-state"


def _name(ref: ActorRef, names: Counter[str]) -> str:
    if ref.code in ORGANISATION_CODES:
        return ORGANISATION_CODES[ref.code]
    if names:
        return names.most_common(1)[0][0]
    country = ActorDictionary.load().countries.get(ref.code)
    if country is None:
        return ref.name
    name = country.get("name") or ref.name
    if ref.sector in STATE_SECTORS:
        return name
    sector = SECTOR_NAMES.get(ref.sector or "", (ref.sector or "").lower())
    return f"{country.get('adjective') or name} {sector}"  # "Russian civilians"


def collect_actors(
    events: Iterable[Event], mentions: Iterable[Mention], year: int | None
) -> dict[str, DraftActor]:
    """Every actor that matters in the text, keyed by id, most active first."""
    refs: dict[str, ActorRef] = {}
    names: dict[str, Counter[str]] = {}
    mention_count: Counter[str] = Counter()
    event_count: Counter[str] = Counter()
    citations: dict[str, list[Citation]] = {}
    for mention in mentions:
        key = actor_id(mention.actor)
        refs.setdefault(key, mention.actor)
        if mention.actor.sector is None or key != mention.actor.code:  # "Russia", not "Moscow's"
            names.setdefault(key, Counter())[mention.actor.name] += 1
        mention_count[key] += 1
    for event in events:
        for ref in {actor_id(r): r for r in (*event.actor, *event.recipient)}.values():
            key = actor_id(ref)
            refs.setdefault(key, ref)
            event_count[key] += 1
            citations.setdefault(key, []).append(Citation.of(event))
    chosen: dict[str, DraftActor] = {}
    for key in sorted(refs, key=lambda k: (-event_count[k], -mention_count[k], k)):
        ref = refs[key]
        if ref.sector in REPORTING_SECTORS:
            continue
        known = ref.code != "unknown"
        enough_events = event_count[key] >= MIN_EVENTS
        enough_mentions = mention_count[key] >= MIN_MENTIONS
        if not (enough_events or enough_mentions) or (
            not known
            and (not (enough_events and enough_mentions) or len(_words(ref.name)) > MAX_NAME_WORDS)
        ):
            continue
        kind = _kind(ref)
        actor = DraftActor(
            key,
            ref.code,
            None if kind == "state" else ref.sector,
            _name(ref, names.get(key, Counter())),
            kind,
            mention_count[key],
            event_count[key],
            citations=citations.get(key, []),
        )
        _set_capability(actor, year)
        chosen[key] = actor
    return chosen


def _set_capability(actor: DraftActor, year: int | None) -> None:
    if actor.kind == "state":
        figure = state_capability(actor.code, year)
        if figure is not None:
            actor.capability = figure.value
            actor.capability_uncertainty = STATE_UNCERTAINTY
            actor.capability_source = figure.source
            return
    actor.capability = DEFAULT_CAPABILITY[actor.kind]
    actor.capability_uncertainty = DEFAULT_UNCERTAINTY
    article = "an" if actor.kind[0] in "aeiou" else "a"
    actor.capability_source = (
        f"default for {article} {actor.kind} (judgement, ±{DEFAULT_UNCERTAINTY:.0%}; "
        "see docs/analyze.md)"
    )
