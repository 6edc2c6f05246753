"""Which words trigger which PLOVER event: verbs with their patterns, light verbs and nouns.

The cue table ``data/verb_cues.json`` is built by ``scripts/build_verb_cues.py`` from
PETRARCH-2's verb dictionary and the CAMEO → PLOVER crosswalk. A verb's patterns list the words
that may follow it ("send" + "troops" is MOBILIZE, "send" + "aid" is AID); the longest pattern
found among the words after the verb wins, and without one the verb's own code applies.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from detente.coder import ontology


@dataclass(frozen=True, slots=True)
class Cue:
    """What a trigger means: the PLOVER event with its mode and context, and the CAMEO code."""

    event: str
    mode: str | None
    context: str | None
    cameo: str | None
    source: str  # "verb", "pattern", "noun" …: which table said so


#: Prepositions and particles: a pattern of one of these alone is a phrasal verb ("call on").
_PARTICLES = frozenset(
    [
        "to",
        "for",
        "on",
        "upon",
        "in",
        "into",
        "at",
        "with",
        "against",
        "from",
        "by",
        "of",
        "off",
        "out",
        "up",
        "down",
        "over",
        "about",
        "back",
        "away",
    ]
)

#: A pattern: the words after the verb, its code (None: explicitly no event), an override.
Pattern = tuple[tuple[str, ...], str | None, dict[str, Any] | None]


@dataclass(frozen=True, slots=True)
class _Tables:
    codes: dict[str, dict[str, Any]]
    verbs: dict[str, dict[str, Any]]
    patterns: dict[str, dict[str, list[Pattern]]]  # set → first word → patterns, longest first
    nouns: dict[str, dict[str, Any]]
    light_verbs: dict[str, bool]
    intent: dict[str, dict[str, Any]]


@cache
def _tables() -> _Tables:
    text = (resources.files("detente") / "data" / "verb_cues.json").read_text(encoding="utf-8")
    data = json.loads(text)
    patterns: dict[str, dict[str, list[Pattern]]] = {}
    for name, rows in data["pattern_sets"].items():
        by_first: dict[str, list[Pattern]] = defaultdict(list)
        for row in rows:
            words = tuple(row[0].split())
            if words:
                by_first[words[0]].append((words, row[1], row[2] if len(row) > 2 else None))
        for group in by_first.values():
            group.sort(key=lambda p: -len(p[0]))
        patterns[name] = dict(by_first)
    return _Tables(
        data["codes"], data["verbs"], patterns, data["nouns"], data["light_verbs"], data["intent"]
    )


def _from_code(code: str | None, override: dict[str, Any] | None, source: str) -> Cue | None:
    if override and override.get("event"):
        return Cue(override["event"], override.get("mode"), override.get("context"), code, source)
    if code is None:
        return None
    row = _tables().codes.get(code)
    if row is None or row.get("statement"):
        mapped = ontology.from_cameo(code)
        return Cue(*mapped, code, source) if mapped else None
    return Cue(row["event"], row.get("mode"), row.get("context"), code, source)


def _is_subsequence(words: tuple[str, ...], following: list[str], start: int) -> bool:
    position = start + 1
    for word in words[1:]:
        try:
            position = following.index(word, position) + 1
        except ValueError:
            return False
    return True


def _pattern(sets: list[str], following: list[str]) -> Pattern | None:
    """The longest pattern of the verb's sets whose words follow it, in order."""
    best: Pattern | None = None
    tables = _tables().patterns
    for index, word in enumerate(following):
        for name in sets:
            for pattern in tables.get(name, {}).get(word, ()):
                if best is not None and len(pattern[0]) <= len(best[0]):
                    break
                if index > 0 and len(pattern[0]) == 1 and word in _PARTICLES:
                    continue  # a lone preposition counts only right after the verb
                if _is_subsequence(pattern[0], following, index):
                    best = pattern
                    break
    return best


def _verb_entry(lemma: str, following: list[str]) -> tuple[str, dict[str, Any]] | None:
    """The verb's dictionary entry, preferring a phrasal verb ("carry_out") when one follows."""
    verbs = _tables().verbs
    if following and f"{lemma}_{following[0]}" in verbs:
        return f"{lemma}_{following[0]}", verbs[f"{lemma}_{following[0]}"]
    entry = verbs.get(lemma)
    return (lemma, entry) if entry is not None else None


def says_nothing(lemma: str, following: list[str]) -> bool:
    """Whether a pattern of the verb reads its phrase as no event ("released a video of the
    raid", "offered a narrative"): then the object's nouns code nothing either."""
    found = _verb_entry(lemma, following)
    if found is None:
        return False
    pattern = _pattern(found[1].get("sets", []), following)
    return pattern is not None and pattern[1] is None and not pattern[2]


def verb_cue(lemma: str, following: list[str]) -> Cue | None:
    """The event a verb expresses given the lemmas that follow it in its phrase."""
    found = _verb_entry(lemma, following)
    if found is None:
        return None
    _, entry = found
    pattern = _pattern(entry.get("sets", []), following)
    if pattern is not None:
        return _from_code(pattern[1], pattern[2], "pattern")
    override = {k: entry[k] for k in ("event", "mode", "context") if k in entry} or None
    return _from_code(entry.get("cameo"), override, "verb")


#: Verbs of handing over: with a sum of money as object they are economic aid.
_GIVING = frozenset(
    {"give", "provide", "contribute", "donate", "allocate", "grant", "send", "transfer", "disburse"}
)
MONEY_AID = Cue("AID", None, "economic", "071", "money")


def gives_money(lemma: str) -> bool:
    """Whether "<verb> $2 million to …" is economic aid ("gave", "contributed", "allocated")."""
    return lemma in _GIVING


def is_statement_verb(lemma: str) -> bool:
    """Verbs of saying ("say", "tell", "add"): their subject is the speaker of what follows."""
    entry = _tables().verbs.get(lemma)
    if entry is None or entry.get("cameo") is None or "event" in entry:
        return False
    return bool(_tables().codes.get(entry["cameo"], {}).get("statement"))


def is_light_verb(lemma: str) -> bool:
    """Verbs whose event lives in their object: "launch strikes", "impose sanctions"."""
    return lemma in _tables().light_verbs


def is_intent_verb(lemma: str) -> bool:
    """Light verbs of intent ("offer", "promise"): "offer support" is AGREE, not SUPPORT."""
    return bool(_tables().light_verbs.get(lemma))


def _noun_cue_row(row: dict[str, Any] | None) -> Cue | None:
    if not row:
        return None
    return Cue(row["event"], row.get("mode"), row.get("context"), row.get("cameo"), "noun")


def noun_cue_with(lemma: str, modifiers: list[str], verbs: tuple[str, ...]) -> Cue | None:
    """The event a noun makes with one of these governing verbs when the table pairs them
    explicitly ("deploy" + "troops" is MOBILIZE whatever "deploy" means alone)."""
    entry = _noun_entry(lemma, modifiers)
    if entry is None:
        return None
    for verb in verbs:
        if verb in entry.get("verbs", {}):
            return _noun_cue_row(entry["verbs"][verb])
    return None


def _noun_entry(lemma: str, modifiers: list[str]) -> dict[str, Any] | None:
    nouns = _tables().nouns
    for modifier in reversed(modifiers):
        entry = nouns.get(f"{modifier}_{lemma}")
        if entry is not None:
            return entry
    return nouns.get(lemma)


def pairs_with(lemma: str, modifiers: list[str], verb: str | None) -> bool:
    """Whether the verb governing a noun decides its event ("denied … application", "rejected
    … offer"): the verb's subject acts, whoever the noun belongs to."""
    entry = _noun_entry(lemma, modifiers)
    return entry is not None and verb is not None and verb in entry.get("verbs", {})


def other_sense(lemma: str, words: list[str]) -> bool:
    """Whether one of these words makes the noun mean something that is no event ("release"
    of a statement, a "guilty" plea)."""
    entry = _noun_entry(lemma, [])
    modifiers = entry.get("modifiers", {}) if entry else {}
    return any(w in modifiers and not modifiers[w] for w in words)


def noun_cue(lemma: str, modifiers: list[str], verb: str | None = None) -> Cue | None:
    """The event a noun names, read with its modifiers ("air strike") and governing light verb."""
    entry = _noun_entry(lemma, modifiers)
    if entry is None:
        return None
    if verb is not None and verb in entry.get("verbs", {}):
        return _noun_cue_row(entry["verbs"][verb])  # paired explicitly: no intent reading
    cue = None
    for modifier in modifiers:
        if modifier in entry.get("modifiers", {}):
            row = entry["modifiers"][modifier]
            if not row:
                return None  # "chief occupation": the noun in another sense
            cue = _noun_cue_row(row)
            break
    if cue is None:
        cue = _noun_cue_row(entry.get("default"))
    if cue is not None and verb is not None and is_intent_verb(verb):
        intent = _tables().intent.get(cue.event)
        if intent is not None:
            cue = Cue(intent["event"], intent.get("mode"), None, intent.get("cameo"), "intent")
    return cue
