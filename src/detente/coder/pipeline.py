"""Documents to events, streaming: split every sentence, parse only those that name an actor."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from detente.coder.actors import Memory
from detente.coder.dictionary import ActorDictionary
from detente.coder.events import Context, SentenceCoder
from detente.coder.mentions import TitledNames, find_mentions
from detente.coder.nlp import parse, splitter
from detente.coder.records import Event, Mention
from detente.ingest import Document, Problem

#: Longer "sentences" (a paragraph without breaks) are cut into pieces of about this many
#: characters at spaces, so work stays bounded.
MAX_SENTENCE_CHARS = 1000
#: Sentences of consecutive documents parsed in one stream before they are coded.
PARSE_WINDOW = 256


#: Pronouns that may stand for an actor named in an earlier sentence ("He condemned the
#: attack"): a sentence with one is parsed once the document has named someone.
_REFERRING = frozenset({"he", "she", "they", "it"})


@dataclass
class CoderTally:
    """Counts for the closing summary."""

    documents: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0
    mentions: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)


#: Control and invisible format characters (bell, zero-width joiners and spaces, direction
#: marks and overrides, soft hyphens, byte-order marks): they glue themselves to words
#: ("Russia\x07", "accused\u202e") so that no dictionary phrase or verb is recognised.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
#: Spaces other than the plain one ("United\u00a0States"), which the tokenizer keeps inside words.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _readable(paragraph: str) -> str:
    """The paragraph without invisible characters, its odd spaces made plain."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", paragraph))


def _date(document: Document) -> date | None:
    try:
        return date.fromisoformat(document.date) if document.date else None
    except (TypeError, ValueError):
        return None


def _pieces(text: str) -> Iterator[str]:
    # Walk by offsets: slicing off the rest of the text at every cut would copy it each time,
    # making a long unbroken paragraph quadratic.
    start, end = 0, len(text)
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield text[start:cut]
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if text[start:].strip():
        yield text[start:]


def sentences(document: Document) -> Iterator[str]:
    """The document's sentences in order, overlong ones cut into bounded pieces."""
    for paragraph in document.paragraphs:
        for sent in splitter()(_readable(paragraph)).sents:
            yield from _pieces(sent.text.strip())


@dataclass
class _Selected:
    """A document with the sentences worth parsing picked out: (number, text) each."""

    document: Document
    when: date | None
    candidates: list[tuple[int, str]]


def _select(document: Document, tally: CoderTally) -> _Selected:
    """Split a document and keep the sentences that name an actor or may refer to one."""
    when = _date(document)
    dictionary = ActorDictionary.load()
    candidates: list[tuple[int, str]] = []
    for number, text in enumerate(sentences(document)):
        tally.sentences += 1
        words = [t.text for t in splitter().tokenizer(text)]
        if (
            dictionary.matches(words, when)
            or sum(w[:1].isupper() for w in words[1:]) >= 2
            or (candidates and any(w.lower() in _REFERRING for w in words))
        ):
            candidates.append((number, text))
    return _Selected(document, when, candidates)


def _code_selected(
    selected: _Selected,
    parses: Iterable[Doc],
    on_mention: Callable[[Mention], None] | None,
    tally: CoderTally,
) -> list[Event]:
    """Every event of a document from the parses of its selected sentences, in text order."""
    document, when = selected.document, selected.when
    doc_id = document.source_id or document.id
    memory = Memory()
    titled: TitledNames = {}
    events: list[Event] = []
    for (number, _), parsed in zip(selected.candidates, parses, strict=True):
        tally.parsed += 1
        sent = parsed[:]
        mentions = find_mentions(sent, when, titled)
        for found in mentions:
            if found.actor is not None:
                tally.mentions += 1
                if on_mention is not None:
                    span = found.actor.span or (0, 0)
                    on_mention(Mention(doc_id, number, span[0], span[1], found.actor))
        coded = SentenceCoder(sent, mentions, memory, Context(doc_id, number, when)).code()
        events.extend(coded)
    tally.documents += 1
    tally.events += len(events)
    return events


def code_document(
    document: Document,
    *,
    on_mention: Callable[[Mention], None] | None = None,
    tally: CoderTally | None = None,
) -> list[Event]:
    """Every event in one document, in text order."""
    tally = tally if tally is not None else CoderTally()
    selected = _select(document, tally)
    parses = parse([text for _, text in selected.candidates])
    return _code_selected(selected, parses, on_mention, tally)


def _coded_window(
    window: list[_Selected], on_mention: Callable[[Mention], None] | None, tally: CoderTally
) -> Iterator[Event]:
    """Parse the selected sentences of several documents in one stream (the parser works best
    on long batches), then code each document in turn."""
    parses = parse([text for selected in window for _, text in selected.candidates])
    for selected in window:
        mine = [next(parses) for _ in selected.candidates]
        yield from _code_selected(selected, mine, on_mention, tally)


def code(
    documents: Iterable[Document],
    *,
    on_mention: Callable[[Mention], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    tally: CoderTally | None = None,
) -> Iterator[Event]:
    """Events of every document, in document order; non-English ones skipped with a notice.
    Documents are parsed a few at a time (about ``PARSE_WINDOW`` sentences), so the stream
    holds little in memory however many documents come."""
    tally = tally if tally is not None else CoderTally()
    window: list[_Selected] = []
    waiting = 0
    for document in documents:
        if document.language not in (None, "en"):
            tally.skipped += 1
            problem = Problem(
                document.origin or document.id,
                f"skipped: language '{document.language}', the coder reads English",
                fatal=False,
            )
            tally.problems.append(problem)
            if on_problem is not None:
                on_problem(problem)
            continue
        selected = _select(document, tally)
        window.append(selected)
        waiting += len(selected.candidates)
        if waiting >= PARSE_WINDOW:
            yield from _coded_window(window, on_mention, tally)
            window, waiting = [], 0
    if window:
        yield from _coded_window(window, on_mention, tally)
