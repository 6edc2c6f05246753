"""The packaged actor dictionary: phrases in the text → PLOVER actor codes, as of a date.

``data/actors.json.gz`` is built by ``scripts/build_actor_dictionary.py`` from the Phoenix /
PETRARCH-2 dictionaries, pycountry and a short list of additions. Each phrase maps to actors in
order of preference; each actor has roles ``(code, sector, start, end)``, so "Kerry" resolves to
the US government in 2014 and to the US legislature in 2005. Generic agents ("rebels",
"officials") carry only a sector; the country comes from the rest of the noun phrase ("Syrian
rebels") or, in the coder, from the actors the document named before.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from detente.coder.nlp import splitter
from detente.coder.records import ActorRef

#: How a phrase must be written in the text to match: any case, with a capital, all capitals.
MODE_ANY, MODE_PROPER, MODE_UPPER = 0, 1, 2

#: Kinds of actor that stand for a whole country (rather than a named person or body in it).
COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "place"})

#: Readable names of PLOVER sectors, for actors built from a country and an agent.
SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
    "CVL": "civilians", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
    "SPY": "intelligence services", "BUS": "business", "PTY": "party", "UAF": "armed groups",
    "REF": "refugees", "ELI": "elites", "JRN": "media", "MED": "health sector",
    "EDU": "education sector", "REL": "religious groups", "SOC": "civil society",
    "LAB": "labour", "AGR": "farmers", "CRM": "criminals", "PRM": "paramilitaries",
    "PRE": "former government", "UNK": "unidentified actors",
}  # fmt: skip

#: A surname alone names an office holder only when the dictionary has at most this many
#: people of that name ("Bush": George Bush, George W. Bush and one other).
_MAX_NAMESAKES = 3
#: How many sentences' lookups are kept (a sentence is looked up a few times in a row).
_RECENT_LOOKUPS = 4096

#: Countries whose people write the family name first ("Xi Jinping", "Moon Jae-in").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"})

#: Words a capitalised name may keep in lower case ("Islamic State of Iraq and the Levant").
_FUNCTION_WORDS = frozenset({"the", "of", "and", "al", "el", "de", "la", "le", "for", "in", "-"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase without accents, as the build script stores phrases."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


#: A dictionary phrase: its folded tokens, how it must be written, and the actors it names.
Phrase = tuple[tuple[str, ...], int, list[int]]


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary actor in one role: its code ("" for a bare agent), sector, name and kind."""

    code: str
    sector: str | None
    name: str
    kind: str


#: Dictionary phrases found in a sentence: (start, end exclusive, actor).
Matches = tuple[tuple[int, int, ActorEntry], ...]


Role = tuple[str, str | None, str | None, str | None]


def _role(roles: Sequence[Role], when: date | None) -> Role | None:
    """The role an actor held on ``when`` (its current role when the date is unknown)."""
    if not roles:
        return None
    day = when.isoformat() if when else None
    dated = [r for r in roles if r[2] or r[3]]
    undated = [r for r in roles if not (r[2] or r[3])]
    if day is not None:
        held = [r for r in dated if (r[2] or "") <= day and (r[3] is None or day <= r[3])]
        if held:
            return max(held, key=lambda r: r[2] or "")
        if undated:
            return undated[0]
        before = [r for r in dated if (r[2] or "") <= day]
        return max(before, key=lambda r: r[3] or "9999") if before else None
    current = [r for r in dated if r[3] is None]
    if current:
        return max(current, key=lambda r: r[2] or "")
    return undated[0] if undated else max(dated, key=lambda r: r[3] or "")


def _plurals(word: str) -> list[str]:
    """Regular plural spellings of an agent noun ("rebel" → "rebels", "authority" → …)."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("man"):
        return [word[:-3] + "men"]
    return [word + "s"]


class ActorDictionary:
    """Phrase lookup over token sequences, longest match first, with dated roles."""

    def __init__(self, data: dict[str, Any]) -> None:
        """Index the phrases by their first token."""
        self.actors: list[tuple[str, str, list[Role]]] = [
            (name, kind, [tuple(r) for r in roles]) for name, kind, roles in data["actors"]
        ]
        self.countries: dict[str, dict[str, str | None]] = data.get("countries", {})
        index: dict[str, list[tuple[tuple[str, ...], int, list[int]]]] = defaultdict(list)
        known = {tuple(tokens) for tokens, _, _ in data["phrases"]}
        for tokens, mode, ids in data["phrases"]:
            key = tuple(tokens)
            index[key[0]].append((key, mode, ids))
            if mode == MODE_ANY and all(self.actors[i][1] == "agent" for i in ids):
                for plural in _plurals(key[-1]):
                    variant = (*key[:-1], plural)
                    if variant not in known:
                        index[variant[0]].append((variant, mode, ids))
        for group in index.values():
            group.sort(key=lambda p: -len(p[0]))
        self.index = dict(index)
        # the same phrases by first token, then by length (longest first), then by their
        # tokens, so a lookup compares one slice per length instead of every phrase
        self._by_length: dict[str, list[tuple[int, dict[tuple[str, ...], list[Phrase]]]]] = {}
        for first, group in self.index.items():
            lengths: dict[int, dict[tuple[str, ...], list[Phrase]]] = {}
            for phrase in group:
                lengths.setdefault(len(phrase[0]), {}).setdefault(phrase[0], []).append(phrase)
            self._by_length[first] = sorted(lengths.items(), key=lambda item: -item[0])
        self._recent: OrderedDict[tuple[tuple[str, ...], date | None], Matches] = OrderedDict()

    @classmethod
    @cache
    def load(cls) -> ActorDictionary:
        """The packaged dictionary, read once per process."""
        path = resources.files("detente") / "data" / "actors.json.gz"
        with gzip.open(path.open("rb"), "rt", encoding="utf-8") as fh:  # type: ignore[arg-type]
            return cls(json.load(fh))

    # --- lookup -----------------------------------------------------------------------------

    def kind_of(self, name: str) -> str | None:
        """The kind of actor a canonical name is ("person" for "Vladimir Putin", "country" for
        "Russia"), None for a name the dictionary does not hold."""
        if not hasattr(self, "_kinds"):
            kinds: dict[str, str] = {}
            for actor_name, kind, _ in self.actors:
                kinds.setdefault(actor_name, kind)
            self._kinds = kinds
        return self._kinds.get(name)

    def entry(
        self, actor: int, when: date | None, before_office: bool = False
    ) -> ActorEntry | None:
        """One actor as of ``when``, or None when it held no role then; a person named in full
        (``before_office``) is of his country even before his first role."""
        name, kind, roles = self.actors[actor]
        role = _role(roles, when)
        if role is None and kind == "person" and roles and before_office:
            # before any office ("Donald Trump" in 2016): of the country, in no role yet
            first = min(roles, key=lambda r: r[2] or "")
            return ActorEntry(first[0], None, name, kind)
        if role is None:
            return None
        code, sector = role[0], role[1]
        if kind == "ethnic" and not code:
            code, sector = sector or "", None  # an ethnic group with no country: its own code
        return ActorEntry(code, sector, name, kind)

    @staticmethod
    def _written_right(words: Sequence[str], mode: int) -> bool:
        if mode == MODE_UPPER:
            return all(w.isupper() for w in words if any(c.isalpha() for c in w))
        if mode == MODE_PROPER:
            first = next((w for w in words if fold(w) not in _FUNCTION_WORDS), words[0])
            return first[:1].isupper() or first[:1].isdigit()
        return True

    def matches(self, words: Sequence[str], when: date | None) -> list[tuple[int, int, ActorEntry]]:
        """Dictionary phrases among ``words`` (tokens): (start, end exclusive, actor), leftmost
        longest, without overlaps. A sentence is looked up more than once (to decide whether to
        parse it, then for its mentions), so recent answers are kept."""
        key = (tuple(words), when)
        if key in self._recent:
            self._recent.move_to_end(key)
            return list(self._recent[key])
        found = self._matches(words, when)
        self._recent[key] = tuple(found)
        if len(self._recent) > _RECENT_LOOKUPS:
            self._recent.popitem(last=False)
        return found

    def _matches(
        self, words: Sequence[str], when: date | None
    ) -> list[tuple[int, int, ActorEntry]]:
        folded = [fold(w) for w in words]
        found: list[tuple[int, int, ActorEntry]] = []
        i = 0
        while i < len(words):
            hit = self._match_at(words, folded, i, when)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit[1]
        return found

    def _match_at(
        self, words: Sequence[str], folded: list[str], i: int, when: date | None
    ) -> tuple[int, int, ActorEntry] | None:
        for length, phrases in self._by_length.get(folded[i], ()):
            end = i + length
            if end > len(folded):
                continue
            for tokens, mode, ids in phrases.get(tuple(folded[i:end]), ()):
                if not self._written_right(words[i:end], mode):
                    continue
                for actor in ids:
                    entry = self.entry(actor, when, before_office=len(tokens) > 1)
                    if entry is not None:
                        return i, end, entry
        return None

    def resolve(self, phrase: str, when: date | None) -> ActorRef | None:
        """A noun phrase as one actor: "Syrian rebels" → SYR REB, "US officials" → USA GOV."""
        words = [t.text for t in splitter().tokenizer(phrase)]
        found = [entry for _, _, entry in self.matches(words, when)]
        if not found:
            return None
        named = [e for e in found if e.code and e.kind not in COUNTRY_KINDS]
        places = [e for e in found if e.code and e.kind in COUNTRY_KINDS]
        agents = [e for e in found if not e.code]
        ethnic = [e for e in found if e.kind == "ethnic"]
        if named and not (places and named[0] in ethnic):
            main = named[0]
            sector = main.sector or (agents[-1].sector if agents else None)
            return ActorRef(phrase, main.code, sector, main.name)
        if places:
            place = places[0]
            if ethnic:
                adjective = self.countries.get(place.code, {}).get("adjective") or place.name
                name = f"{adjective} {ethnic[0].name}"
                return ActorRef(phrase, place.code, ethnic[0].code, name)
            sector = agents[-1].sector if agents else place.sector
            return ActorRef(phrase, place.code, sector, self._name(place, sector))
        return None

    def office_holder(self, surname: str, when: date | None) -> ActorRef | None:
        """A lone surname ("Reagan" in 1987) as the person of that surname who held an office on
        the date, when every such person held the same one; None without a date or for a
        common name, since an elite's standing or a finished term says nothing of who a bare
        surname means."""
        namesakes = self._surnames().get(fold(surname), ())
        if when is None or len(namesakes) > _MAX_NAMESAKES:
            return None  # "Smith", "Khan": too common a name to say who is meant
        day = when.isoformat()
        held: list[tuple[str, str | None, str]] = []
        for actor in namesakes:
            name, _, roles = self.actors[actor]
            held += [
                (code, sector, name)
                for code, sector, start, end in roles
                if sector not in (None, "ELI", "PRE")
                and start
                and start <= day
                and (end is None or day <= end)
            ]
        if not held or len({(code, sector) for code, sector, _ in held}) > 1:
            return None
        code, sector, name = held[0]
        return ActorRef(surname, code, sector, name)

    def _surnames(self) -> dict[str, list[int]]:
        """People by the last word of their name ("reagan" → Ronald Reagan), and by the first
        where the family name comes first ("xi" → Xi Jinping)."""
        if not hasattr(self, "_by_surname"):
            by_surname: dict[str, list[int]] = defaultdict(list)
            for actor, (name, kind, roles) in enumerate(self.actors):
                words = name.replace('"', " ").split()
                if kind != "person" or len(words) < 2:
                    continue
                by_surname[fold(words[-1])].append(actor)
                if any(role[0] in FAMILY_NAME_FIRST for role in roles):
                    by_surname[fold(words[0])].append(actor)
            self._by_surname = dict(by_surname)
        return self._by_surname

    def is_given_name(self, word: str) -> bool:
        """Whether some person of the dictionary has this first name ("Vladimir"), so a place
        of that name before a further name word is a person ("Vladimir Rebic")."""
        if not hasattr(self, "_given_names"):
            self._given_names = {
                fold(name.split()[0])
                for name, kind, roles in self.actors
                if kind == "person"
                and len(name.split()) > 1
                and not any(role[0] in FAMILY_NAME_FIRST for role in roles)
            }
        return fold(word) in self._given_names

    def name_of(self, entry: ActorEntry) -> str:
        """The canonical name of a matched actor: a country's common name ("United States",
        not "The US"), "<adjective> government" for a capital, else the dictionary's name."""
        if entry.kind in COUNTRY_KINDS and entry.code in self.countries:
            return self._name(entry, entry.sector)
        return entry.name

    def country_name(self, code: str, sector: str | None) -> str:
        """The canonical name of a country or one of its sectors ("Algerian government")."""
        return self._name(ActorEntry(code, sector, code, "country"), sector)

    def _name(self, place: ActorEntry, sector: str | None) -> str:
        country = self.countries.get(place.code, {})
        name = country.get("name") or place.name
        if sector is None:
            return name
        adjective = country.get("adjective") or name
        return f"{adjective} {SECTOR_NAMES.get(sector, sector.lower())}"
