"""Score the event coder on three gold sets, so every change to it shows up as a number.

* **PLOVER records** (JSON Lines, one sentence per record, from the CAMEO manual's examples coded
  to PLOVER 0.5b1): event-type accuracy and (source country, target country, type) triples.
  Old types are mapped to PLOVER 2.0 (``PLOVER_2_0``) and actor codes cut to countries
  (``country``).
* **ConfliBERT five-way classes** (``sentence<TAB>label``, 0 statement, 1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict): macro-F1 of the quad class.
* **ConfliBERT spans** (CoNLL ``token tag``, B-/I-S source, T target, R reciprocal): character
  span P/R/F1 of the coder's actors and recipients, exact and head-overlap.

Gold marks one event per sentence, the coder may find several, so each sentence's **chosen event**
stands for it: in text order (by trigger), the first whose actor agrees with the gold source —
the same country for PLOVER records, a span overlapping the head of a gold source or reciprocal
span for ConfliBERT spans — else the first event. The class set has no gold actor: there the
first event is chosen. No event means a wrong type for PLOVER and class 0 (statement) for the
five-way task, since the coder leaves bare statements uncoded.

Scorers take the gold records and the coder's events per record, so they can be tested on
hand-made events; ``run_coder`` produces those events with one streaming call to ``code``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from detente.coder.records import ActorRef, Event
from detente.errors import InputFileError
from detente.ingest.document import Document
from detente.textfile import read_text

GoldKind = Literal["plover", "quad", "span"]

#: PLOVER 0.5b1 types the gold records use → their PLOVER 2.0 successors.
PLOVER_2_0 = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

#: PLOVER 2.0 types in the manual's order, cooperation to conflict.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: The manual's quad table ("Quad categories in PLOVER"), used only when an event lacks a quad.
QUAD_OF = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

QUAD_NAMES = (
    "statement",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)

#: Codes of international organisations. The PLOVER gold codes every one of them as bare "IGO",
#: so a finer code from the coder counts as "IGO" where the gold record says just that.
IGO_CODES = frozenset({"IGO", "UNO", "EUR"})
#: International bodies the 0.5b1 gold files under IGO: the UN, the EU, and international
#: non-governmental ones too (the Red Cross, the Red Crescent, Amnesty International), while a
#: local rights group is NGO there.
_INTERNATIONAL_BODIES = IGO_CODES | {"NGO"}
#: Country codes of the 0.5b1 gold that are not ISO 3166 (its readme says all are): Italy and
#: Vietnam written as CAMEO once did.
_LEGACY_CODES = {"ITL": "ITA", "VTN": "VNM"}

#: Words after which a gold span's noun phrase goes on with a modifier, not its head.
_POSTMODIFIERS = frozenset(
    {
        ",", "(", "-LRB-", ";", ":", "of", "in", "from", "at", "on", "for", "with", "across",
        "near", "who", "which", "that", "whose",
    }
)  # fmt: skip
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TAG = re.compile(r"^(?:O|[BI]-[STR])$")

#: Turns sentences into each one's events, actor spans relative to the sentence it was given.
Coder = Callable[[Sequence[str]], list[list[Event]]]


# --- gold records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One PLOVER gold record: a sentence, its event type and the countries on each side.

    ``compound`` records mark two or more actors as "SRC/TAR": they act jointly ("Israel and the
    Palestinians reached a consensus"), so every one is a source and there is no target.
    """

    id: str
    text: str
    event: str  # PLOVER 2.0
    original_event: str  # as the record gives it
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    compound: bool = False


@dataclass(frozen=True, slots=True)
class QuadGold:
    """One ConfliBERT sentence with its five-way class (0 statement … 4 material conflict)."""

    id: str
    text: str
    label: int


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One gold actor span in characters, with the head words a lenient match must overlap."""

    role: Literal["S", "T", "R"]
    start: int
    end: int
    heads: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SpanGold:
    """One ConfliBERT sentence as tokens, with its source, target and reciprocal spans."""

    id: str
    tokens: tuple[str, ...]
    spans: tuple[GoldSpan, ...]

    @property
    def text(self) -> str:
        """The sentence the coder reads: tokens joined by single spaces, as the offsets assume."""
        return " ".join(self.tokens)

    def role(self, role: str) -> list[GoldSpan]:
        """The spans of one role."""
        return [s for s in self.spans if s.role == role]


def country(code: str) -> str:
    """The country (or organisation) part of a gold actor code.

    Codes are three letters, possibly followed by a sector ("USAGOV" → "USA"); IGO codes name
    the organisation after the prefix: "IGOUNO" → "UNO", "IGOEUR…" → "EUR", other "IGO…" →
    "IGO", the codes detente's actors use; the gold's two non-ISO country codes read as ISO
    ("ITL" → "ITA", "VTN" → "VNM").
    """
    code = code.strip().upper()
    if code.startswith("IGO"):
        rest = code[3:]
        return rest[:3] if rest[:3] in ("UNO", "EUR") else "IGO"
    return _LEGACY_CODES.get(code[:3], code[:3])


def _distinct(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def _lines(path: Path, what: str) -> list[tuple[int, str]]:
    return [
        (number, line.rstrip("\r"))
        for number, line in enumerate(read_text(path, what=what).split("\n"), start=1)
    ]


def load_plover_gold(path: Path) -> list[GoldEvent]:
    """PLOVER gold records, types in PLOVER 2.0 and actors as country codes."""
    records: list[GoldEvent] = []
    for number, line in _lines(path, "PLOVER gold file"):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"malformed JSON ({exc.msg})", where=where) from exc
        if not isinstance(record, dict) or not record.get("text") or not record.get("event"):
            raise InputFileError("not a PLOVER record (needs 'text' and 'event')", where=where)

        def codes(field: str, record: dict[str, Any] = record) -> tuple[str, ...]:
            actors = record.get(field)
            if not isinstance(actors, list):  # "" or absent: no such actor
                return ()
            return _distinct(country(str(a.get("code") or "")) for a in actors)

        original = str(record["event"]).strip().upper()
        markup = str((record.get("textInfo") or {}).get("markup") or "")
        records.append(
            GoldEvent(
                id=str(record.get("id") or f"{path.name}:{number}"),
                text=str(record["text"]),
                event=PLOVER_2_0.get(original, original),
                original_event=original,
                sources=codes("source"),
                targets=codes("target"),
                compound="SRC/TAR" in markup,
            )
        )
    return records


def load_quad_gold(path: Path) -> list[QuadGold]:
    """ConfliBERT five-way class sentences."""
    records: list[QuadGold] = []
    for number, line in _lines(path, "class gold file"):
        if not line.strip():
            continue
        text, _, label = line.rpartition("\t")
        if not text.strip() or label.strip() not in ("0", "1", "2", "3", "4"):
            raise InputFileError(
                "not a 'sentence<TAB>label' line with a label from 0 to 4",
                where=f"{path}:{number}",
            )
        records.append(QuadGold(f"{path.name}:{number}", text.strip(), int(label)))
    return records


def _heads(tokens: Sequence[str], starts: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Character spans of a phrase's head word and of any possessor ("Libya 's ambassador")."""

    def at(i: int) -> tuple[int, int]:
        return starts[i], starts[i] + len(tokens[i])

    cut = len(tokens)
    for i in range(1, len(tokens)):
        word = tokens[i].lower()
        between_digits = (
            word == ","
            and tokens[i - 1].isdigit()
            and i + 1 < len(tokens)
            and tokens[i + 1].isdigit()
        )
        if word in _POSTMODIFIERS and not between_digits:
            cut = i
            break
    heads: list[tuple[int, int]] = []
    for i in range(1, cut):
        if tokens[i] in _POSSESSIVE and any(c.isalnum() for c in tokens[i - 1]):
            heads.append(at(i - 1))
    last = cut - 1
    while last > 0 and (tokens[last] in _POSSESSIVE or not any(c.isalnum() for c in tokens[last])):
        last -= 1
    if tokens[last] == "s" and last > 0 and tokens[last - 1] in _POSSESSIVE:  # "Iran ’ s"
        last -= 2
    heads.append(at(max(last, 0)))
    return tuple(dict.fromkeys(heads))


def _sentence_spans(tokens: list[str], tags: list[str]) -> tuple[GoldSpan, ...]:
    starts, offset = [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    runs: list[tuple[str, int, int]] = []  # role, first token, last token + 1
    for i, tag in enumerate(tags):
        if tag == "O":
            continue
        role = tag[2:]
        if tag.startswith("I-") and runs and runs[-1][0] == role and runs[-1][2] == i:
            runs[-1] = (role, runs[-1][1], i + 1)
        else:  # B-, or an I- that does not continue a span of its role: a span starts
            runs.append((role, i, i + 1))
    return tuple(
        GoldSpan(
            role,  # type: ignore[arg-type]
            starts[first],
            starts[last - 1] + len(tokens[last - 1]),
            _heads(tokens[first:last], starts[first:last]),
        )
        for role, first, last in runs
    )


def load_span_gold(path: Path) -> list[SpanGold]:
    """ConfliBERT CoNLL sentences: tokens and source, target and reciprocal spans."""
    records: list[SpanGold] = []
    tokens: list[str] = []
    tags: list[str] = []
    first_line = 1

    def close() -> None:
        if tokens:
            spans = _sentence_spans(tokens, tags)
            records.append(SpanGold(f"{path.name}:{first_line}", tuple(tokens), spans))
        tokens.clear()
        tags.clear()

    for number, line in _lines(path, "span gold file"):
        if not line.strip():
            close()
            continue
        parts = line.split()
        if len(parts) != 2 or not _TAG.match(parts[1]):
            raise InputFileError(
                "not a 'token TAG' line (tags O, B-/I-S, B-/I-T, B-/I-R)", where=f"{path}:{number}"
            )
        if not tokens:
            first_line = number
        tokens.append(parts[0])
        tags.append(parts[1])
    close()
    return records


def gold_kind(path: Path) -> GoldKind:
    """Which gold set a file holds, from its first line."""
    text = read_text(path, what="gold file")
    first = next(line.rstrip("\r") for line in text.split("\n") if line.strip())
    if first.lstrip().startswith("{"):
        return "plover"
    if "\t" in first and first.rpartition("\t")[2].strip() in ("0", "1", "2", "3", "4"):
        return "quad"
    parts = first.split()
    if len(parts) == 2 and _TAG.match(parts[1]):
        return "span"
    raise InputFileError(
        "not a gold file the coder evaluation knows",
        where=str(path),
        hint="pass PLOVER JSON Lines, a ConfliBERT 'sentence<TAB>label' file or CoNLL spans",
    )


# --- running the coder -----------------------------------------------------------------------


def _sentence_starts(text: str, sentences: Iterable[str]) -> list[int]:
    starts, cursor = [], 0
    for sentence in sentences:
        found = text.find(sentence, cursor)
        found = cursor if found < 0 else found
        starts.append(found)
        cursor = found + len(sentence)
    return starts


def _shift_ref(ref: ActorRef, offset: int) -> ActorRef:
    if ref.span is None:
        return ref
    return replace(ref, span=(ref.span[0] + offset, ref.span[1] + offset))


def _rebase(event: Event, offset: int) -> Event:
    """The event with its spans counted from the start of the whole text, not its sentence."""
    if offset == 0:
        return event
    return replace(
        event,
        span=(event.span[0] + offset, event.span[1] + offset),
        actor=tuple(_shift_ref(a, offset) for a in event.actor),
        recipient=tuple(_shift_ref(r, offset) for r in event.recipient),
    )


def run_coder(texts: Sequence[str], origin: str = "gold") -> list[list[Event]]:
    """Each text's events, in text order, spans relative to the text; one streaming pass."""
    from detente.coder.pipeline import code, sentences

    documents = [
        Document(
            id=f"gold-{i}",
            title=None,
            date=None,
            dateline=None,
            source=None,
            url=None,
            language="en",
            paragraphs=(text,),
            reader="gold",
            origin=f"{origin}#{i}",
        )
        for i, text in enumerate(texts)
    ]
    found: dict[str, list[Event]] = {d.id: [] for d in documents}
    for event in code(documents):
        found[event.doc_id].append(event)
    result = []
    for document, text in zip(documents, texts, strict=True):
        events = found[document.id]
        if any(e.sentence for e in events):  # the splitter cut the text: rebase to its start
            starts = _sentence_starts(text, sentences(document))
            events = [_rebase(e, starts[e.sentence]) for e in events]
        result.append(sorted(events, key=lambda e: e.span))
    return result


# --- scoring -------------------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def prf(predicted: int, correct: int, gold: int, found: int) -> dict[str, float | int]:
    """Precision (correct / predicted), recall (found / gold) and their F1, with the counts.

    Exact matching has ``correct == found``; lenient matching may not, since one prediction can
    match two gold items or two predictions one.
    """
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": predicted,
        "correct": correct,
        "gold": gold,
        "found": found,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def choose(events: Sequence[Event], agrees: Callable[[Event], bool] | None = None) -> Event | None:
    """The event standing for a sentence: the first that agrees with the gold, else the first."""
    ordered = sorted(events, key=lambda e: e.span)
    if agrees is not None:
        for event in ordered:
            if agrees(event):
                return event
    return ordered[0] if ordered else None


def _predicted_country(code: str, gold: GoldEvent) -> str:
    if code == "unknown":
        return code
    found = country(code)
    named = {*gold.sources, *gold.targets}
    if found in _INTERNATIONAL_BODIES and found not in named and "IGO" in named:
        return "IGO"
    return found


def _countries(refs: Iterable[ActorRef], gold: GoldEvent) -> tuple[str, ...]:
    return _distinct(_predicted_country(r.code, gold) for r in refs)


Triple = tuple[str, str, str]


def gold_triples(gold: GoldEvent) -> set[Triple]:
    """The record's (source, target, type) triples; "" is the target when there is none."""
    if gold.compound:
        return {(s, "", gold.event) for s in gold.sources}
    return {(s, t, gold.event) for s in gold.sources for t in gold.targets or ("",)}


def predicted_triples(events: Iterable[Event], gold: GoldEvent) -> set[Triple]:
    """The coder's triples for a record, read at the gold's grain.

    In a compound record an event between two of the joint actors ("Christopher telephoned
    Kozyrev") is the joint act of both: it yields (each, "", type).
    """
    triples: set[Triple] = set()
    for event in events:
        recipients = _countries(event.recipient, gold) or ("",)
        for actor in _countries(event.actor, gold):
            for recipient in recipients:
                if gold.compound and {actor, recipient} <= set(gold.sources):
                    triples |= {(actor, "", event.event), (recipient, "", event.event)}
                else:
                    triples.add((actor, recipient, event.event))
    return triples


def score_plover(gold: Sequence[GoldEvent], predicted: Sequence[Sequence[Event]]) -> dict[str, Any]:
    """Event-type accuracy per record and overall, and triple P/R/F1 micro-averaged over records.

    Triples are counted twice: from all of a sentence's events, and from its chosen event only
    (the gold codes one event per sentence, so other events the coder finds count against
    precision in the first figure even when they are right).
    """
    correct = no_event = 0
    counts = {"all": [0, 0, 0], "chosen": [0, 0, 0]}  # predicted, true positives, gold
    per_type: dict[str, Counter[str]] = {}
    for record, events in zip(gold, predicted, strict=True):
        chosen = choose(
            events, lambda e, r=record: bool(set(r.sources) & set(_countries(e.actor, r)))
        )
        truth = gold_triples(record)
        for name, pool in (("all", events), ("chosen", [chosen] if chosen else [])):
            guess = predicted_triples(pool, record)
            counts[name][0] += len(guess)
            counts[name][1] += len(guess & truth)
            counts[name][2] += len(truth)
        per_type.setdefault(record.event, Counter())["gold"] += 1
        if chosen is None:
            no_event += 1
            continue
        per_type.setdefault(chosen.event, Counter())["predicted"] += 1
        if chosen.event == record.event:
            correct += 1
            per_type[record.event]["correct"] += 1
    order = {name: i for i, name in enumerate(EVENT_TYPES)}
    return {
        "kind": "plover",
        "records": len(gold),
        "event_accuracy": _ratio(correct, len(gold)),
        "events_correct": correct,
        "no_event": no_event,
        "triples": {name: prf(p, tp, g, tp) for name, (p, tp, g) in counts.items()},
        "per_type": {
            name: {
                "gold": c["gold"],
                "correct": c["correct"],
                "accuracy": _ratio(c["correct"], c["gold"]),
                "predicted": c["predicted"],
                "precision": _ratio(c["correct"], c["predicted"]),
            }
            for name, c in sorted(per_type.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
        },
    }


#: CAMEO roots → the ConfliBERT five-way ("PentaClass") label: 01–02 statement and appeal,
#: 03–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material
#: conflict — except 16 (reduce relations: sanctions, expulsions, suspended aid), which the
#: annotators file under verbal conflict (54 of the 61 train sentences the coder codes as 16).
_PENTA_BOUNDS = ((2, 0), (5, 1), (8, 2), (13, 3), (20, 4))
_PENTA_EXCEPTIONS = {16: 3}


def penta_class(cameo: str | None) -> int | None:
    """The five-way class of a CAMEO code, or None when it is not one."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if root in _PENTA_EXCEPTIONS:
        return _PENTA_EXCEPTIONS[root]
    return next((label for top, label in _PENTA_BOUNDS if 1 <= root <= top), None)


def quad_class(event: Event | None) -> int:
    """The five-way class of an event; 0 (statement) when there is no event.

    The labels are CAMEO's (an appeal counts with statements, yielding — lifting a ban, a
    ceasefire — as material cooperation), so the event's CAMEO code decides where it has one;
    otherwise its PLOVER quad class.
    """
    if event is None:
        return 0
    penta = penta_class(event.cameo)
    if penta is not None:
        return penta
    if event.quad_code is not None:
        return event.quad_code
    return QUAD_OF.get(event.event, 0)


def score_quad(gold: Sequence[QuadGold], predicted: Sequence[Sequence[Event]]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the five classes, per-class P/R/F1 and the confusion matrix.

    A class never predicted has precision 0, so it pulls the macro average down, as it should.
    """
    confusion = [[0] * 5 for _ in range(5)]  # rows gold, columns predicted
    for record, events in zip(gold, predicted, strict=True):
        confusion[record.label][quad_class(choose(events))] += 1
    per_class = {}
    for label, name in enumerate(QUAD_NAMES):
        hits = confusion[label][label]
        per_class[name] = {
            "label": label,
            **prf(sum(row[label] for row in confusion), hits, sum(confusion[label]), hits),
        }
    f1s = [c["f1"] for c in per_class.values()]
    return {
        "kind": "quad",
        "sentences": len(gold),
        "accuracy": _ratio(sum(confusion[i][i] for i in range(5)), len(gold)),
        "macro_f1": round(sum(f1s) / len(f1s), 4),
        "per_class": per_class,
        "confusion": confusion,
    }


Spans = set[tuple[int, int]]


def _matches(span: tuple[int, int], gold: GoldSpan, lenient: bool) -> bool:
    if not lenient:
        return span == (gold.start, gold.end)
    return any(span[0] < end and start < span[1] for start, end in gold.heads)


def _span_counts(
    predicted: Spans, gold: list[GoldSpan], neutral: list[GoldSpan], lenient: bool
) -> tuple[int, int, int, int]:
    """Predicted, correct, gold, found; predictions matching only a reciprocal span left out."""
    counted = [
        p
        for p in predicted
        if any(_matches(p, g, lenient) for g in gold)
        or not any(_matches(p, g, lenient) for g in neutral)
    ]
    correct = sum(any(_matches(p, g, lenient) for g in gold) for p in counted)
    found = sum(any(_matches(p, g, lenient) for p in predicted) for g in gold)
    return len(counted), correct, len(gold), found


def _spans_of(refs: Iterable[ActorRef]) -> Spans:
    return {r.span for r in refs if r.span is not None}


def score_spans(gold: Sequence[SpanGold], predicted: Sequence[Sequence[Event]]) -> dict[str, Any]:
    """Source and target span P/R/F1, exact and lenient, for the chosen event and for all events.

    Predicted sources are the events' actor spans, targets their recipient spans (distinct spans
    per sentence). Lenient: a prediction matches a gold span when it overlaps one of its heads
    (the last word before any modifier, and a possessor: "Eritrea" and "ambassador" in
    "Eritrea 's ambassador"). Reciprocal (R) spans are both sides at once: a prediction on one
    is neither right nor wrong as a source or target, and their recall is reported apart.
    Actors without a span (carried over from elsewhere) are left out.
    """
    totals: dict[tuple[str, str, str], list[int]] = {}
    reciprocal = Counter[str]()
    for record, events in zip(gold, predicted, strict=True):
        sources, targets, mutual = record.role("S"), record.role("T"), record.role("R")
        anchors = sources + mutual

        def agrees(event: Event, anchors: list[GoldSpan] = anchors) -> bool:
            return any(_matches(p, g, True) for p in _spans_of(event.actor) for g in anchors)

        chosen = choose(events, agrees)
        pools = {"chosen": [chosen] if chosen else [], "all": list(events)}
        for pool_name, pool in pools.items():
            guess = {
                "source": _spans_of(a for e in pool for a in e.actor),
                "target": _spans_of(r for e in pool for r in e.recipient),
            }
            for role, truth in (("source", sources), ("target", targets)):
                for match in ("exact", "lenient"):
                    counts = _span_counts(guess[role], truth, mutual, match == "lenient")
                    total = totals.setdefault((pool_name, role, match), [0, 0, 0, 0])
                    for i, value in enumerate(counts):
                        total[i] += value
            if pool_name == "all":
                either = guess["source"] | guess["target"]
                reciprocal["gold"] += len(mutual)
                for match in ("exact", "lenient"):
                    reciprocal[match] += sum(
                        any(_matches(p, g, match == "lenient") for p in either) for g in mutual
                    )
    result: dict[str, Any] = {"kind": "span", "sentences": len(gold)}
    for (pool_name, role, match), counts in totals.items():
        result.setdefault(pool_name, {}).setdefault(role, {})[match] = prf(*counts)
    result["reciprocal"] = {
        "gold": reciprocal["gold"],
        "found_exact": reciprocal["exact"],
        "found_lenient": reciprocal["lenient"],
        "recall_exact": _ratio(reciprocal["exact"], reciprocal["gold"]),
        "recall_lenient": _ratio(reciprocal["lenient"], reciprocal["gold"]),
    }
    return result


# --- whole files ---------------------------------------------------------------------------------


def evaluate_coder(
    gold: Path, limit: int | None = None, coder: Coder | None = None
) -> dict[str, Any]:
    """Code every sentence of a gold file (the first ``limit``) and score it as its kind asks.

    ``coder`` stands in for ``run_coder`` (tests pass hand-made events).
    """
    kind = gold_kind(gold)
    coder = coder if coder is not None else run_coder
    result: dict[str, Any]
    if kind == "plover":
        plover = load_plover_gold(gold)[:limit]
        events = coder([r.text for r in plover])
        result = score_plover(plover, events)
    elif kind == "quad":
        quad = load_quad_gold(gold)[:limit]
        events = coder([r.text for r in quad])
        result = score_quad(quad, events)
    else:
        spans = load_span_gold(gold)[:limit]
        events = coder([r.text for r in spans])
        result = score_spans(spans, events)
    return {"gold": str(gold), **result, "events": sum(len(e) for e in events)}


#: Where the three gold files sit under the shared events folder.
SHARED_GOLD = {
    "plover": Path("plover/PLOVER_GSR_CAMEO-dev.jsonl"),
    "quad": Path("conflibert/cameo_class_train.tsv"),
    "span": Path("conflibert/cameo_ner_train.txt"),
}


def evaluate_all(
    shared_events_dir: Path, limit: int | None = None, coder: Coder | None = None
) -> dict[str, dict[str, Any]]:
    """All three gold sets under the shared events folder, keyed by kind."""
    return {
        kind: evaluate_coder(shared_events_dir / name, limit, coder)
        for kind, name in SHARED_GOLD.items()
    }


# --- headline scores and the baseline ------------------------------------------------------------

#: The scores a baseline holds, per kind: name → path into the result.
HEADLINE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "plover": (
        ("event_accuracy", ("event_accuracy",)),
        ("triple_f1", ("triples", "all", "f1")),
        ("triple_f1_chosen", ("triples", "chosen", "f1")),
    ),
    "quad": (("accuracy", ("accuracy",)), ("macro_f1", ("macro_f1",))),
    "span": (
        ("source_f1", ("chosen", "source", "exact", "f1")),
        ("target_f1", ("chosen", "target", "exact", "f1")),
        ("source_lenient_f1", ("chosen", "source", "lenient", "f1")),
        ("target_lenient_f1", ("chosen", "target", "lenient", "f1")),
    ),
}

#: A headline score may fall by this much before the baseline check fails (one point).
TOLERANCE = 0.01


def headline(results: Sequence[dict[str, Any]]) -> dict[str, float]:
    """The headline scores of some results, named "kind.score" ("kind[file].score" on repeats)."""
    kinds = Counter(r["kind"] for r in results)
    scores: dict[str, float] = {}
    for result in results:
        kind = result["kind"]
        prefix = kind if kinds[kind] == 1 else f"{kind}[{Path(result['gold']).name}]"
        for name, path in HEADLINE[kind]:
            value: Any = result
            for key in path:
                value = value[key]
            scores[f"{prefix}.{name}"] = float(value)
    return scores


def compare_to_baseline(
    current: dict[str, float], baseline: dict[str, float], tolerance: float = TOLERANCE
) -> list[str]:
    """One line per score that fell more than ``tolerance`` below the baseline; rises pass.

    Only scores present in both are compared, so a baseline of all three gold sets also holds a
    run on one of them.
    """
    drops = []
    for name, before in baseline.items():
        now = current.get(name)
        if now is not None and round(before - now, 6) > tolerance:
            drops.append(f"{name}: {now:.4f}, baseline {before:.4f} (down {before - now:.4f})")
    return drops


def load_baseline(path: Path) -> dict[str, float]:
    """Headline scores written by ``--write-baseline``."""
    try:
        data = json.loads(read_text(path, what="baseline"))
    except json.JSONDecodeError as exc:
        raise InputFileError(f"malformed JSON ({exc.msg})", where=str(path)) from exc
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()
    ):
        raise InputFileError(
            "not a baseline (a JSON object of score names to numbers)",
            where=str(path),
            hint="write one with 'detente eval coder GOLD --write-baseline FILE'",
        )
    return {str(k): float(v) for k, v in data.items()}


def baseline_json(scores: dict[str, float]) -> str:
    """Headline scores as the baseline file stores them."""
    return json.dumps(dict(sorted(scores.items())), indent=2) + "\n"
