"""The words an event's trigger governs, from a parse of its sentence: what is demanded,
refused or denounced ("that US strikes need Syrian and UN approval")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from detente.coder.nlp import parser
from detente.coder.records import Event

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "acl", "relcl", "advcl", "attr"})
_GENERIC = frozenset(
    {"be", "have", "do", "say", "make", "take", "get", "go", "need", "want", "also", "other"}
)
_LEADING = ("that", "to", "for", "on", "with", "of", "about")


@dataclass(frozen=True, slots=True)
class Clause:
    """The governed words as text, their content lemmas and their character span."""

    text: str
    words: frozenset[str]
    start: int = 0
    end: int = 0


def clause_of(event: Event) -> Clause:
    """The clause the event's trigger governs (empty when the trigger governs nothing)."""
    doc = parse(event.text)
    trigger = _token_at(doc, event.span[0])
    if trigger is None:
        return Clause("", frozenset())
    governed = [c for c in trigger.children if c.dep_ in _CLAUSE_DEPS and c.i > trigger.i]
    if addresses_with_clause(trigger):  # "urged the EU to support …": the clause, not the EU
        governed = [c for c in governed if c.dep_ != "dobj"]
    parts: list[Token] = []
    for child in governed:
        parts.extend(child.subtree)
    tokens = sorted({t.i: t for t in parts}.values(), key=lambda t: t.i)
    while tokens and tokens[0].lower_ in _LEADING:
        tokens = tokens[1:]
    return _clause(doc, tokens)


def _clause(doc: Doc, tokens: list[Token]) -> Clause:
    if not tokens:
        return Clause("", frozenset())
    words = frozenset(
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in ("NOUN", "VERB", "ADJ") and not t.is_stop and t.lemma_.lower() not in _GENERIC
    )
    last = tokens[-1]
    return Clause(_text(doc, tokens), words, tokens[0].idx, last.idx + len(last.text))


#: Prepositions that introduce the thing opposed: "protested against the plan".
_AGAINST = frozenset({"against", "on", "over"})


def thing_of(event: Event) -> Clause:
    """The thing an event opposes or backs, as a noun phrase without its relative clauses:
    "denounced the memoranda between Turkey and Libya (, in which …)", "protested against the
    plan". Empty when the trigger governs no such noun (a person, a pronoun, a clause)."""
    doc = parse(event.text)
    trigger = _token_at(doc, event.span[0])
    if trigger is None:
        return Clause("", frozenset())
    head = next((c for c in trigger.children if c.dep_ == "dobj" and c.i > trigger.i), None)
    if head is None:
        prep = next(
            (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _AGAINST), None
        )
        head = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if head is None or head.pos_ != "NOUN":
        return Clause("", frozenset())
    dropped = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in dropped]
    return _clause(doc, tokens)


def addresses_with_clause(trigger: Token) -> bool:
    """Whether the trigger tells someone to do something: an object and then a clause for it
    ("warned the United States not to intervene", "urged the EU to support …")."""
    deps = {c.dep_ for c in trigger.children if c.i > trigger.i}
    return "dobj" in deps and bool(deps & {"xcomp", "ccomp"})


def demands_of_its_object(event: Event) -> bool:
    """Whether the event's trigger addresses an object with a clause (see above)."""
    trigger = _token_at(parse(event.text), event.span[0])
    return trigger is not None and addresses_with_clause(trigger)


def in_order(clause: str, words: set[str] | frozenset[str]) -> list[str]:
    """The content words as the clause has them, first seen first ("strike", "approval")."""
    out: list[str] = []
    for token in parse(clause) if clause else ():
        lemma = token.lemma_.lower()
        if lemma in words and lemma not in out:
            out.append(lemma)
    return out


_PARSES: dict[str, Doc] = {}


def parse(text: str) -> Doc:
    """The sentence parsed once, however many of its events ask."""
    if text not in _PARSES:
        if len(_PARSES) > 512:
            _PARSES.clear()
        _PARSES[text] = parser()(text)
    return _PARSES[text]


def _token_at(doc: Doc, offset: int) -> Token | None:
    for token in doc:
        if token.idx <= offset < token.idx + max(1, len(token.text)):
            return token
    return None


def _text(doc: Doc, tokens: list[Token]) -> str:
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'\"")
    return text if len(text) <= 120 else text[:119].rstrip() + "…"
