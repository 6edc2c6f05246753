"""People's names written otherwise than the dictionary has them, as wire copy often does.

The dictionary matches exact spellings only. A run of proper nouns it does not know is looked up
here once more: the same name with its surname one edit away (a letter added, dropped, changed or
two swapped) from a person the dictionary knows ("Mitterand", "Bouteflicka"), the same first name,
and middle names that one of the two leaves out ("Omar Hassan al-Bashir" for "Omar Hassan Ahmad
Al Bashir"); the particles "al", "el" and "ul" count as one, hyphens and leading honorifics
("Sayyid", "Ayatollah") not at all. A surname
alone is left alone (an unknown "Bashir" is not the dictionary's "Bachir"), and so are short
surnames (one letter turns "Khan" into "Kahn") and a name that fits more than one actor in the
document's year. The index holds each surname with every one-letter deletion (symmetric-delete
lookup), so a query costs a handful of dictionary reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache

from detente.coder.dictionary import ActorDictionary, fold
from detente.coder.records import ActorRef

#: Surnames shorter than this are too easily another name when one letter is off.
MIN_SURNAME_LETTERS = 5
_MAX_WORDS = 5
#: Arabic article spellings that name the same person ("Omar El Bashir", "Omar al-Bashir").
_PARTICLES = {"el": "al", "ul": "al", "al": "al"}
#: Religious and courtesy titles written before a name as if part of it ("Sayyid Ali Hosseini
#: Khamenei", "Hojatolislam Sayyed Ali Khamenei"), which the two spellings may not share.
_HONORIFICS = frozenset(
    {"sayyid", "sayyed", "seyed", "seyyed", "ayatollah", "hojatolislam", "hojatoleslam",
     "imam", "mullah", "sheikh", "shaikh", "sir", "dame", "supreme", "grand", "leader"}
)  # fmt: skip


def _deletions(word: str) -> set[str]:
    """The word and every way of dropping one letter from it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _name_words(words: Sequence[str]) -> tuple[str, ...]:
    """Folded name words without hyphens or leading honorifics, Arabic articles written one
    way."""
    folded = [_PARTICLES.get(w, w) for w in (fold(w).strip("-") for w in words) if w]
    while len(folded) > 1 and folded[0] in _HONORIFICS:
        folded.pop(0)
    return tuple(folded)


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def _same_given_names(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names' words before the surname agree: the same first name, and the middle
    names of one a part of the other's ("Omar Hassan" and "Omar Hassan Ahmad Al")."""
    if not a or not b or a[0] != b[0]:
        return False
    return _is_subsequence(a[1:], b[1:]) or _is_subsequence(b[1:], a[1:])


def within_one_edit(a: str, b: str) -> bool:
    """Whether one insertion, deletion, change or swap of neighbours turns ``a`` into ``b``."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 1:
            return True
        i, j = differ[0], differ[-1]
        return len(differ) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


class MisspeltNames:
    """People in the dictionary, found by a surname one edit away."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        """Index every person phrase by the deletions of its last word."""
        self.dictionary = dictionary
        self.phrases: dict[str, list[tuple[tuple[str, ...], list[int]]]] = defaultdict(list)
        self.by_deletion: dict[str, set[str]] = defaultdict(set)
        for group in dictionary.index.values():
            for tokens, _, ids in group:
                surname = tokens[-1]
                if len(surname) < MIN_SURNAME_LETTERS or not surname.isalpha():
                    continue
                people = [i for i in ids if dictionary.actors[i][1] == "person"]
                if not people:
                    continue
                self.phrases[surname].append((tokens, people))
                for variant in _deletions(surname):
                    self.by_deletion[variant].add(surname)

    @classmethod
    @cache
    def load(cls) -> MisspeltNames:
        """The index over the packaged dictionary, built once per process."""
        return cls(ActorDictionary.load())

    def resolve(self, words: Sequence[str], when: date | None) -> ActorRef | None:
        """The one person ``words`` names, written with dropped middle names or the surname one
        letter off, else None."""
        folded = _name_words(words)
        if not 2 <= len(folded) <= _MAX_WORDS or len(folded[-1]) < MIN_SURNAME_LETTERS:
            return None  # a surname alone is too often someone else's ("Bashir", "Bachir")
        surname = folded[-1]
        candidates = {s for v in _deletions(surname) for s in self.by_deletion.get(v, ())}
        found: dict[tuple[str, str | None], ActorRef] = {}
        for candidate in sorted(candidates):
            if not within_one_edit(surname, candidate):
                continue
            for tokens, people in self.phrases[candidate]:
                if not _same_given_names(_name_words(tokens[:-1]), folded[:-1]):
                    continue
                for person in people:
                    entry = self.dictionary.entry(person, when)
                    if entry is not None and entry.code:
                        text = " ".join(words)
                        found[(entry.code, entry.sector)] = ActorRef(
                            text, entry.code, entry.sector, entry.name
                        )
        return next(iter(found.values())) if len(found) == 1 else None
