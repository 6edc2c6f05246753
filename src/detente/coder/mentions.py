"""Find the actors a parsed sentence names: dictionary phrases first, then other named entities.

A dictionary match that modifies a noun ("US officials", "Russian arms", "Syrian rebels") is
resolved together with that noun, so the country and the sector come out as one actor. Named
entities no dictionary knows become actors with the code "unknown" rather than being lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from detente.coder.dictionary import (
    COUNTRY_KINDS,
    FAMILY_NAME_FIRST,
    ActorDictionary,
    ActorEntry,
)
from detente.coder.records import ActorRef
from detente.coder.spelling import MisspeltNames

#: Capitalised words that are not names: calendar words and titles in front of a name, written
#: without a final full stop ("Sen." is "sen").
_NOT_NAMES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "president", "minister", "secretary", "prime", "general", "king",
        "queen", "prince", "sheikh", "ambassador", "chancellor", "senator", "sen", "rep", "gov",
        "governor", "mr", "mrs", "ms", "dr", "vice", "foreign", "defence", "defense", "deputy",
        "chief", "spokesman", "spokeswoman", "envoy", "commander", "colonel", "col", "lieutenant",
        "gen", "lt", "sgt", "captain", "capt", "maj", "admiral", "adm", "pope", "premier", "mayor",
        "attorney", "speaker", "judge",
        # time zones ("at 0700 EDT")
        "gmt", "utc", "edt", "est", "cet", "cest", "bst", "pst", "pdt", "cdt", "cst",
    }
)  # fmt: skip
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
#: Organisations whose titles make a named person their actor ("UN envoy Zoltan Quibberly").
_ORGANISATIONS = frozenset({"IGO", "UNO", "EUR", "NGO"})


@dataclass(frozen=True, slots=True)
class Found:
    """One mention: tokens ``start``–``end`` (sentence-relative, end exclusive) and its actor."""

    start: int
    end: int
    actor: ActorRef | None  # None: an agent word without a country ("officials")
    sector: str | None = None  # the agent's sector when actor is None


def _ref(sent: Span, start: int, end: int, code: str, sector: str | None, name: str) -> ActorRef:
    first, last = sent[start], sent[end - 1]
    text = sent[start:end].text  # Doc.text would join the whole document on every call
    offset = sent.start_char
    return ActorRef(text, code, sector, name, (first.idx - offset, last.idx + len(last) - offset))


def _noun_phrase(sent: Span, start: int, end: int) -> tuple[int, int] | None:
    """Tokens of the noun a match modifies, with the match: "US" in "US officials"."""
    root = next((t for t in sent[start:end] if not (start <= t.head.i - sent.start < end)), None)
    if root is None or root.dep_ not in _MODIFIER_DEPS or root.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = root.head
    if head.lemma_.lower() in NAMED_BY_PLACE:
        return None  # "the Paris accord" is an agreement's name, not French officials
    left = min(start, *(t.i - sent.start for t in head.children if t.dep_ in _MODIFIER_DEPS))
    return left, head.i - sent.start + 1


#: Agreements named after where they were made ("the Paris accord", "the Oslo accords") and
#: happenings after where they happened ("the Paris attacks", "the London talks"): the town
#: is a name, not a party.
NAMED_BY_PLACE = frozenset(
    {"accord", "agreement", "treaty", "protocol", "convention", "pact", "declaration", "process",
     "attack", "bombing", "massacre", "shooting", "blast", "raid", "siege", "riot", "uprising",
     "talk", "talks", "summit", "conference", "meeting", "negotiation", "round"}
)  # fmt: skip

#: Names a document has introduced with a title: name or surname → (code, sector) of the role.
TitledNames = dict[str, tuple[str, str | None]]


def find_mentions(sent: Span, when: date | None, titled: TitledNames | None = None) -> list[Found]:
    """Every actor mention in the sentence, left to right, without overlaps.

    A name no dictionary knows, introduced with a country's title ("British Prime Minister
    Boris Johnson"), is that country's actor in that role; ``titled`` carries such names from
    sentence to sentence, so a later "Johnson" is the same actor.
    """
    titled = titled if titled is not None else {}
    matches = ActorDictionary.load().matches([t.text for t in sent], when)
    found = _titled_names(sent, _find(sent, when, titled, matches), titled, _title_words(matches))
    return _described_names(sent, _congress_members(sent, found, titled), titled)


#: A US legislator's party and state after the name: "(D-N.Y.)", ", R-S.C.,", "(D., N.Y.)".
_PARTY_AND_STATE = re.compile(
    r"\s*[(,]\s*[DRI](?:-|\.,?\s)[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?\s*[),]?"
)


def _congress_members(sent: Span, found: list[Found], titled: TitledNames) -> list[Found]:
    """A name the dictionary lacks followed by a party and state ("Nita Lowey (D-N.Y.)") is a
    member of the US Congress; the tag itself names no one."""
    out: list[Found] = []
    tag_end = -1
    for f in found:
        if f.start < tag_end:
            continue  # the "D-N.Y." the tag was read as
        if f.actor is not None and f.actor.code == "unknown" and f.end < len(sent):
            after = sent.text[sent[f.end].idx - sent.start_char :]
            tag = _PARTY_AND_STATE.match(" " + after)
            if tag is not None:
                tag_end = next(
                    (
                        t.i - sent.start
                        for t in sent[f.end :]
                        if t.idx - sent[f.end].idx >= tag.end() - 1
                    ),
                    len(sent),
                )
                _remember(titled, sent, f, f.actor.name, ("USA", "LEG"))
                f = Found(f.start, f.end, _ref(sent, f.start, f.end, "USA", "LEG", f.actor.name))
        out.append(f)
    return out


def _names_role(sent: Span, mention: Found, role: Token) -> bool:
    """Whether a mention is the role noun of an apposition, qualifies it ("Israel's attorney
    general", "the United Nations special rapporteur") or is what a title is of ("the Prime
    Minister of Tunisia", "mayor of the Polish city of Gdansk"), not someone the role only
    relates to ("a close backer of Mr. Netanyahu")."""
    title = role.lower_ in _NOT_NAMES or role.lower_ in _TITLE_SECTORS or role.lower_ in _ROLES
    for token in sent[mention.start : mention.end]:
        while token != role:
            if token.dep_ in ("compound", "poss", "amod", "nmod"):
                token = token.head
            elif title and token.dep_ == "pobj" and token.head.lower_ == "of":
                token = token.head.head
            else:
                break
        if token == role:
            return True
    return False


#: Nouns of office besides titles: "the head of …", "a leader of …".
_ROLES = frozenset({"head", "leader", "member", "rapporteur", "adviser", "advisor", "director"})


def _described_names(sent: Span, found: list[Found], titled: TitledNames) -> list[Found]:
    """A name the dictionary lacks, described by an apposition naming a country's or body's
    role ("Avichai Mandelblit, Israel's attorney general,", "Sam Brownback, the U.S.
    ambassador for religious freedom,"), is that actor in that role; the name is remembered."""
    out = list(found)
    for n, f in enumerate(found):
        if f.actor is None or f.actor.code != "unknown" or f.end >= len(sent):
            continue
        if sent[f.end].text != ",":
            continue
        description = next((c for c in sent[f.end - 1].children if c.dep_ == "appos"), None)
        if description is None:
            continue
        roles = [g for g in found[n + 1 :] if _names_role(sent, g, description)]
        known = next(
            (g.actor for g in roles if g.actor is not None and g.actor.code != "unknown"), None
        )
        if known is None:
            continue
        sector = known.sector or next((g.sector for g in roles if g.actor is None), None)
        if sector is None and known.code not in _ORGANISATIONS:
            continue  # "X, a Syrian," says where someone is from, not whom they act for
        _remember(titled, sent, f, f.actor.name, (known.code, sector))
        out[n] = Found(f.start, f.end, _ref(sent, f.start, f.end, known.code, sector, f.actor.name))
    return out


def _title_words(matches: list[tuple[int, int, ActorEntry]]) -> set[int]:
    """Tokens of the dictionary's generic agents ("finance minister"), which may stand as a
    title between a country and a name."""
    return {i for start, end, entry in matches if not entry.code for i in range(start, end)}


def _titled_names(
    sent: Span, found: list[Found], titled: TitledNames, title_words: set[int]
) -> list[Found]:
    """Merge "<country role> <unknown name>" into one mention and remember the name;
    "Brazil's Finance Minister Dilson Funaro" too, a title word read as a name dropped."""
    found = [
        f
        for f in found
        if not (
            f.actor is not None
            and f.actor.code == "unknown"
            and all(i in title_words for i in range(f.start, f.end))
        )
    ]
    out: list[Found] = []
    for f in found:
        role = out[-1].actor if out else None
        between = sent[out[-1].end : f.start] if out else sent[0:0]
        sector = role.sector if role is not None else None
        if role is not None and sector is None and role.code not in _ORGANISATIONS:
            sector = next(
                (_TITLE_SECTORS[t.lower_] for t in between if t.lower_ in _TITLE_SECTORS), None
            )
        if (
            f.actor is not None
            and f.actor.code == "unknown"
            and role is not None
            and role.code != "unknown"
            and (sector is not None or role.code in _ORGANISATIONS)
            and all(
                t.lower_.rstrip(".") in _NOT_NAMES
                or t.lower_ in _TITLE_SECTORS
                or t.i - sent.start in title_words
                or t.text in ("-", "'s", "’s")
                for t in between
            )
        ):  # "British Prime Minister Zoltan Quibberly", "U.S. negotiator Paul Nitze"
            name = f.actor.name
            _remember(titled, sent, f, name, (role.code, sector))
            start = out[-1].start
            out[-1] = Found(start, f.end, _ref(sent, start, f.end, role.code, sector, name))
            continue
        envoy = _envoy_before_name(sent, out, f)
        if envoy is not None:  # "U.S. Ambassador to the Philippines Philip Goldberg" is the
            # envoy's country's, not the host's
            name = f.actor.name if f.actor is not None else ""
            _remember(titled, sent, f, name, (envoy.code, envoy.sector))
            out.append(
                Found(f.start, f.end, _ref(sent, f.start, f.end, envoy.code, envoy.sector, name))
            )
            continue
        if role is not None and _national_before_name(sent, out[-1], f):
            # "Israeli Naama Issachar": a citizen of the country, in no role the text gives
            name = f.actor.name if f.actor is not None else ""
            _remember(titled, sent, f, name, (role.code, None))
            start = out[-1].start
            out[-1] = Found(start, f.end, _ref(sent, start, f.end, role.code, None, name))
            continue
        if role is not None and _serves_another(sent, role, out[-1].end, f):
            # "U.N. mediator Diego Cordovez", "British Foreign Secretary Sir Geoffrey Howe": the
            # title the text gives says whom the person acts for, whatever the dictionary says
            start = out[-1].start
            acting = _ref(sent, start, f.end, role.code, role.sector, f.actor.name)
            out[-1] = Found(start, f.end, acting)
            continue
        out.append(f)
    return out


#: Titles after a bare country ("U.S. negotiator Paul Nitze") and the sector they give.
_TITLE_SECTORS = {
    **dict.fromkeys(
        ("negotiator", "envoy", "official", "diplomat", "ambassador", "mediator", "spokesman",
         "spokeswoman", "president", "minister", "premier", "chancellor", "counterpart"),
        "GOV",
    ),
    "senator": "LEG",
    "attorney": "JUD",
    **dict.fromkeys(("general", "commander", "colonel", "admiral", "officer"), "MIL"),
}  # fmt: skip

#: Titles of people who act for an organisation ("UN mediator", "EU envoy"); an ambassador to
#: the UN speaks for a country.
_ORGANISATION_TITLES = frozenset(
    {"mediator", "envoy", "negotiator", "chief", "official", "representative", "spokesman",
     "spokeswoman", "inspector", "observer", "commissioner", "coordinator", "monitor"}
)  # fmt: skip


#: Honorifics between a title and a name ("Foreign Secretary Sir Geoffrey Howe").
_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "sheikh"})


def _envoy_before_name(sent: Span, out: list[Found], name: Found) -> ActorRef | None:
    """The office of "<office> to <country> <full name>" ("U.S. Ambassador to the Philippines
    Philip Goldberg"), whose holder acts for the office's country, not the host's."""
    if len(out) < 2 or name.actor is None or name.actor.code != "unknown":
        return None
    office, host = out[-2].actor, out[-1].actor
    if office is None or host is None or office.sector is None or host.sector is not None:
        return None
    between = [t.lower_ for t in sent[out[-2].end : out[-1].start]]
    if out[-1].end != name.start or between not in (["to"], ["to", "the"]):
        return None
    return office if name.end - name.start >= 2 else None


def _national_before_name(sent: Span, nation: Found, name: Found) -> bool:
    """Whether a demonym stands right before a full name the dictionary lacks ("Israeli Naama
    Issachar", "American journalist" aside, which is an agent)."""
    return (
        nation.actor is not None
        and nation.actor.sector is None
        and nation.end - nation.start == 1
        and sent[nation.start].pos_ == "ADJ"
        and nation.end == name.start
        and name.actor is not None
        and name.actor.code == "unknown"
        and name.end - name.start >= 2
        and all(t.is_title for t in sent[name.start : name.end])
    )


def _serves_another(sent: Span, role: ActorRef, end: int, person: Found) -> bool:
    """Whether a known person follows a title naming another actor than the dictionary's:
    an organisation and its title ("U.N. mediator X"), or a country's office ("British
    Foreign Secretary Sir X")."""
    if person.actor is None or person.actor.code in (role.code, "unknown"):
        return False
    between = sent[end : person.start]
    if role.code in _ORGANISATIONS:
        return (
            person.actor.code not in _ORGANISATIONS
            and 0 < len(between) <= 3
            and all(t.pos_ in ("NOUN", "PROPN") for t in between)
            and between[-1].lower_ in _ORGANISATION_TITLES
        )
    return role.sector is not None and all(t.lower_ in _HONORIFICS for t in between)


def _find(
    sent: Span, when: date | None, titled: TitledNames, matches: list[tuple[int, int, ActorEntry]]
) -> list[Found]:
    dictionary = ActorDictionary.load()
    found: list[Found] = []
    covered: set[int] = set()
    other_names: set[int] = set()
    peoples = {m[0] for m in matches if m[2].kind in ("demonym", "ethnic")}
    for start, end, entry in matches:
        if any(i in covered for i in range(start, end)):
            continue
        if _part_of_longer_name(sent, start, end, entry, matches):
            other_names.add(start)  # "Hyde Park" is no Mr Hyde: the run is some other name
            continue
        if entry.kind == "demonym" and start > 0 and sent[start - 1].lower_ == "ethnic":
            # "ethnic Albanians" in Serbia are a group where they live, not Albania: an agent
            # whose country comes from the place, with the ethnicity as its attribute
            found.append(Found(start - 1, end, None, entry.code))
            covered.update(range(start - 1, end))
            continue
        phrase = _noun_phrase(sent, start, end) if entry.code else None
        if phrase is not None and (
            any(
                end <= m_start < phrase[1] < m_end and m.kind == "institution"
                for m_start, m_end, m in matches
            )
            or (
                entry.kind == "institution"
                and phrase[1] - end >= 2
                and all(_is_name_word(t) for t in sent[end : phrase[1]])
            )
        ):  # "U.K. Chancellor of the Exchequer": the longer title stands alone; so does an
            phrase = None  # office before a name ("Chancellor of the Exchequer Nigel Lawson")
        if phrase is not None:
            wider = dictionary.resolve(sent[phrase[0] : phrase[1]].text, when)
            people = phrase[1] - 1 in peoples  # "Bosnian Serbs" live in Bosnia
            if wider is not None and wider.code == entry.code and (wider.sector or people):
                start, end = phrase
                entry_ref = _ref(sent, start, end, wider.code, wider.sector, wider.name)
                found.append(Found(start, end, entry_ref))
                covered.update(range(start, end))
                continue
        remembered = (
            entry.kind == "person"
            and end - start == 1
            and titled.get(sent[start].text, (entry.code, entry.sector))
            != (entry.code, entry.sector)
        ) or (
            entry.kind in ("place", "capital") and end - start == 1 and sent[start].text in titled
        )
        # "Amman" after "Sudesh Amman": the man, not Jordan's capital
        if remembered:  # "Lawson" after "Chancellor of the Exchequer Nigel Lawson": him, not
            key = sent[start].text  # the dictionary's Cina Lawson
            ref = _ref(sent, start, end, *titled[key], _full_name(key, titled))
            found.append(Found(start, end, ref))
        elif entry.code:
            found.append(
                Found(
                    start,
                    end,
                    _ref(sent, start, end, entry.code, entry.sector, dictionary.name_of(entry)),
                )
            )
            if entry.kind == "person" and end - start > 1:
                # "Boris Johnson" named in full: a later "Johnson" is the same person
                _remember_person(titled, sent, start, end, entry.name, (entry.code, entry.sector))
        elif _titles_unknown_name(sent, end, matches):
            continue  # "President Donald Trump": the name, not a remembered country, says who
        else:
            found.append(Found(start, end, None, entry.sector))
        covered.update(range(start, end))
    offices = {  # "… Chancellor of the Exchequer Nigel Lawson", "… to the Philippines Philip
        m_end  # Goldberg": a full name after an office or the country it is to
        for m_start, m_end, m in matches
        if m.kind == "institution"
        or (
            m.kind in COUNTRY_KINDS
            and m_start > 1
            and "to" in (sent[m_start - 1].lower_, sent[m_start - 2].lower_)
        )
    }
    for start, end in _after_offices(proper_names(sent), covered, offices):
        span = (start, end)
        text = sent[start:end].text
        other = any(start <= i < end for i in other_names)
        resolved = None if other else dictionary.resolve(text, when)
        if resolved is None and end - start > 1 and sent[end - 1].lower_ in _BODY_SUFFIXES:
            group = dictionary.resolve(sent[start : end - 1].text, when)  # "the Fatah Party"
            if group is not None and dictionary.kind_of(group.name) == "group":
                resolved = group
        if resolved is None:  # the first name must agree, so "Chelsea Clinton" stays unknown
            resolved = MisspeltNames.load().resolve([t.text for t in sent[start:end]], when)
        if resolved is None and end - start == 1 and _surname(text) not in titled:
            resolved = dictionary.office_holder(_surname(text), when)  # "Reagan" in 1987
        if resolved is not None:
            ref = _ref(sent, *span, resolved.code, resolved.sector, resolved.name)
            person = dictionary.kind_of(resolved.name) == "person"
            if person and end - start > 1:  # "Omar al-Bashir" …
                role = (resolved.code, resolved.sector)
                _remember_person(titled, sent, start, end, resolved.name, role)
        elif _surname(text) in titled:  # "Al-Bashir" after "Omar al-Bashir"
            key = _surname(text)
            ref = _ref(sent, *span, *titled[key], _full_name(key, titled))
        elif sent[end - 1].lower_ in _NGO_HEADS:  # "the Association of African Jurists",
            ref = _ref(sent, *span, "NGO", None, text)  # "the Heritage Foundation"
        else:
            ref = _ref(sent, *span, "unknown", None, text)
            if end - start > 1 and sent[end - 1].is_title:  # "Agnes Chow": a later "Chow" is
                titled.setdefault(sent[end - 1].text, ("unknown", None))  # her, no namesake
        found.append(Found(*span, ref))
        covered.update(range(*span))
    for token in sent:  # "Mandelblit accused …": a remembered name the tagger took for a noun
        i = token.i - sent.start
        known = token.text in titled and titled[token.text][0] != "unknown"
        if i not in covered and known and token.text[:1].isupper():
            ref = _ref(sent, i, i + 1, *titled[token.text], _full_name(token.text, titled))
            found.append(Found(i, i + 1, ref))
    return sorted(found, key=lambda f: f.start)


def _after_offices(
    runs: list[tuple[int, int]], covered: set[int], offices: set[int]
) -> list[tuple[int, int]]:
    """The runs of names the dictionary left alone, and the full name after an office that
    ends inside a run ("Chancellor of the Exchequer Nigel Lawson": "Nigel Lawson")."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        taken = [i for i in range(start, end) if i in covered]
        if not taken:
            out.append((start, end))
            continue
        rest = taken[-1] + 1
        if taken == list(range(start, rest)) and rest in offices and end - rest >= 2:
            out.append((rest, end))
    return out


def _titles_unknown_name(sent: Span, end: int, matches: list[tuple[int, int, ActorEntry]]) -> bool:
    """Whether a bare title or agent is followed at once by a name no dictionary knows."""
    if end >= len(sent) or any(start == end for start, _, _ in matches):
        return False
    token = sent[end]
    return token.pos_ == "PROPN" and token.lower_.rstrip(".") not in _NOT_NAMES


#: Prepositions before a place that a following "who" passes over to the phrase's head.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "of", "from", "at", "to", "for", "near", "across", "outside", "inside", "throughout"}
)


def _before_who(sent: Span, end: int) -> bool:
    """Whether "who" or "whose" follows a word at once or after a comma, as after a person."""
    following = [t.lower_ for t in sent[end : end + 2]]
    if following[:1] == [","]:
        following = following[1:]
    return following[:1] in (["who"], ["whose"])


def _part_of_longer_name(
    sent: Span, start: int, end: int, entry: ActorEntry, matches: list[tuple[int, int, ActorEntry]]
) -> bool:
    """A one-word person, group or company match next to a further name word is part of some
    other name ("Hyde Park", "Amal Muntaser", "Ain Issa", "Chelsea Clinton", "Ali bin Tamim"),
    not that one; an initial before a surname ("John F. Kerry") does not count. A town that is
    also a first name, before a further name word, is some other name ("Vladimir Rebic",
    "Victoria Park"), and a place before "who" is a person ("Amman, who …")."""
    if end - start != 1:
        return False
    if entry.kind in ("country", "place", "capital") and _before_who(sent, end):
        # "Amman, who was described as knife-obsessed": a man of that name; but in
        # "Palestinians in Gaza, who …" the "who" is the Palestinians
        return start == 0 or sent[start - 1].lower_ not in _PLACE_PREPOSITIONS
    if entry.kind == "capital" and start > 0 and _is_name_word(sent[start - 1]):
        before = sent[start - 1]  # "Sudesh Amman" is a man; a name run a match begins is not
        return not any(m_end == start for _, m_end, _ in matches) and before.i > sent.start
    if entry.kind in ("place", "capital") and end < len(sent) and _is_name_word(sent[end]):
        if sent[end].lower_ in _PLACE_WORDS:
            return False  # "Vladimir Oblast" is the place
        given = ActorDictionary.load().is_given_name(sent[start].text)
        return given and not any(m_start == end for m_start, _, _ in matches)
    if entry.kind not in ("person", "group", "ngo", "mnc"):
        return False
    if end < len(sent) and _is_name_word(sent[end]):
        return not any(m_start == end for m_start, _, _ in matches)
    if start > 0 and entry.kind == "person" and _is_name_word(sent[start - 1]):
        before = sent[start - 1]
        initial = len(before.text.rstrip(".")) == 1
        return not initial and not any(m_end == start for _, m_end, _ in matches)
    if start > 1 and entry.kind == "person" and sent[start - 1].lower_ in _NAME_PARTICLES:
        return _is_name_word(sent[start - 2])  # "Ali bin Tamim" is no "M. Tamim"
    return False


#: Words that make a name before them a place's ("Vladimir Oblast", "Jackson County").
_PLACE_WORDS = frozenset(
    {"oblast", "province", "governorate", "region", "district", "county", "city", "state",
     "square", "street", "airport", "port", "valley", "river", "island", "islands", "bay",
     "krai", "prefecture", "municipality", "township", "village", "camp"}
)  # fmt: skip
#: Words that name a known group as a body: "the Fatah Party", "the Hamas Movement".
_BODY_SUFFIXES = frozenset({"party", "movement", "group", "organization", "organisation"})
#: Last words of names of non-governmental bodies: a name the dictionary does not know that
#: ends so is an NGO's.
_NGO_HEADS = frozenset(
    {"association", "society", "foundation", "institute", "institution", "federation"}
)
#: "Son / daughter of" inside Arabic names: "Ali bin Tamim" names his father Tamim, so the
#: name is no one called Tamim (unlike "de" in "F.W. de Klerk", part of the surname).
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint"})


def _is_name_word(token: Token) -> bool:
    """A capitalised proper noun that is no title ("de" in "de Klerk" is not one)."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.lower_.rstrip(".") not in _NOT_NAMES
    )


def _surname(text: str) -> str:
    """A name without a leading Arabic article, as the person is remembered ("al-Bashir",
    "El Bashir" → "Bashir")."""
    return re.sub(r"^(?:[Aa]l|[Ee]l)(?:-|\s+)(?=[A-Z])", "", text)


def _remember_person(
    titled: TitledNames,
    sent: Span,
    start: int,
    end: int,
    name: str,
    role: tuple[str, str | None],
) -> None:
    """Remember a known person named in full by surname: the last word, and the first where
    the family name comes first ("Kim Jong-un" … "Kim")."""
    if sent[end - 1].is_title:
        titled.setdefault(sent[end - 1].text, role)
    family = name.split()[0]
    if role[0] in FAMILY_NAME_FIRST and family in (t.text for t in sent[start:end]):
        titled.setdefault(family, role)
        titled.setdefault(name, role)


def _remember(
    titled: TitledNames, sent: Span, found: Found, name: str, role: tuple[str, str | None]
) -> None:
    """Remember a name by itself, its last word and its last token ("Adil Abdul-Mahdi",
    "Abdul-Mahdi", "Mahdi"), over any earlier note that no one is known by them."""
    titled[name] = titled[name.split()[-1]] = role
    last = sent[found.end - 1].text
    if titled.get(last, role) == ("unknown", None):
        titled[last] = role


def _full_name(text: str, titled: TitledNames) -> str:
    """The longest titled name ending in ``text`` ("Johnson" → "Boris Johnson"), or beginning
    with it where the family name comes first ("Kim" → "Kim Jong Un")."""
    words = text.split()
    longer = [n for n in titled if n.split()[-len(words) :] == words]
    longer += [
        n for n in titled if titled[n][0] in FAMILY_NAME_FIRST and n.split()[: len(words)] == words
    ]
    return max(longer, key=len, default=text)


def proper_names(sent: Span) -> list[tuple[int, int]]:
    """Runs of proper nouns (sentence-relative token offsets), titles and dates left out: the
    named people, organisations and places the dictionary may not know."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, token in enumerate([*sent, None]):
        named = token is not None and (
            (token.pos_ == "PROPN" and token.lower_.rstrip(".") not in _NOT_NAMES)
            or (start is not None and _joins_name(sent, i))
        )
        if named and start is None:
            start = i
        elif not named and start is not None:
            if any(c.isalpha() for c in sent[start:i].text):
                runs.append((start, i))
            start = None
    return runs


def _joins_name(sent: Span, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a name ("Zia-ul-Haq", "Saro-Wiwa")."""
    hyphen = sent[i]
    return (
        hyphen.text == "-"
        and not sent[i - 1].whitespace_
        and not hyphen.whitespace_
        and i + 1 < len(sent)
        and sent[i + 1].pos_ == "PROPN"
    )


def token_index(found: list[Found]) -> dict[int, Found]:
    """Sentence-relative token index → the mention covering it."""
    return {i: f for f in found for i in range(f.start, f.end)}
