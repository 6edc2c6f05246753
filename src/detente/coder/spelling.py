"""People's names written one letter off ("Mitterand", "Bouteflicka"), as wire copy often has them.

The dictionary matches exact spellings only. A run of proper nouns it does not know is looked up
here once more: the same name with its surname one edit away (a letter added, dropped, changed or
two swapped) from a person the dictionary knows, the other words the same. A surname alone is
left alone (an unknown "Bashir" is not the dictionary's "Bachir"), and so are short surnames (one
letter turns "Khan" into "Kahn") and a name that fits more than one actor in the document's
year. The index holds each surname with every one-letter deletion
(symmetric-delete lookup), so a query costs a handful of dictionary reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache

from detente.coder.dictionary import ActorDictionary, fold
from detente.coder.records import ActorRef

#: Surnames shorter than this are too easily another name when one letter is off.
MIN_SURNAME_LETTERS = 6
_MAX_WORDS = 4


def _deletions(word: str) -> set[str]:
    """The word and every way of dropping one letter from it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


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
        """The one person ``words`` names with the surname misspelt by one letter, else None."""
        folded = tuple(fold(w) for w in words)
        if not 2 <= len(folded) <= _MAX_WORDS or len(folded[-1]) < MIN_SURNAME_LETTERS:
            return None  # a surname alone is too often someone else's ("Bashir", "Bachir")
        surname = folded[-1]
        candidates = {s for v in _deletions(surname) for s in self.by_deletion.get(v, ())}
        found: dict[tuple[str, str | None], ActorRef] = {}
        for candidate in sorted(candidates - {surname}):
            if not within_one_edit(surname, candidate):
                continue
            for tokens, people in self.phrases[candidate]:
                if tokens[:-1] != folded[:-1]:
                    continue
                for person in people:
                    entry = self.dictionary.entry(person, when)
                    if entry is not None and entry.code:
                        text = " ".join(words)
                        found[(entry.code, entry.sector)] = ActorRef(
                            text, entry.code, entry.sector, entry.name
                        )
        return next(iter(found.values())) if len(found) == 1 else None
