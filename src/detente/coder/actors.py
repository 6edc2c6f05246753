"""Who a parsed sentence names: actors of noun phrases, pronouns, subjects and objects.

A noun phrase names an actor through a dictionary mention at its head, in its modifiers
("Syrian troops", "its army", "Arab League Secretary-General Klibi") or in an "of" / "from" /
"in" phrase ("leaders of the coalition"). A bare agent ("officials") takes its country from its
own phrase, the document's last actor of its sector, or the sentence's first country. Pronouns
take the subject of the verb that reports their clause, else the document's last subject; "the
two" takes the last pair who dealt with each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pycountry
from spacy.tokens import Span, Token

from detente.coder import cues
from detente.coder.dictionary import ActorDictionary
from detente.coder.mentions import NAMED_BY_PLACE, Found, token_index
from detente.coder.qualifiers import ASKING_VERBS, MAKING_VERBS, MESSAGES, speaking_verb
from detente.coder.records import ActorRef

RECIPIENT_PREPS = {
    "to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "from",
    "between",
}  # fmt: skip
_PRONOUNS = {"it", "they", "he", "she", "we", "them", "its", "their", "his", "her", "him"}
#: Pronouns of whoever speaks; the singular ones stand for no one else.
_FIRST_PERSON = frozenset({"we", "us", "our"})
_SPEAKER_ONLY = frozenset({"i", "me", "my"})
_INHERIT = {"xcomp", "conj", "advcl", "pcomp", "acl", "acomp"}
#: Texts, plans and findings, which say what they provide or hold rather than act ("the
#: constitution prevents", "Trump's plan favors Israel", "the U.N.'s findings should inspire").
_TEXTS_AND_PLANS = frozenset(
    {"constitution", "law", "bill", "amendment", "legislation", "clause", "provision", "rule",
     "regulation", "statute", "charter", "ordinance", "plan", "proposal", "program", "programme",
     "policy", "strategy", "decision", "finding", "report", "speech", "argument", "idea",
     "initiative", "vision"}
)  # fmt: skip
#: Verbs whose object, not their subject, does what their infinitive says ("prompted Turkey to
#: attack", "asked Congress to authorize"; but "promised Turkey to withdraw", "used drones to
#: strike").
_OBJECT_CONTROL = ASKING_VERBS | MAKING_VERBS | {
    "tell", "order", "prompt", "lead", "cause", "authorize", "authorise", "get", "instruct",
    "direct", "empower", "inspire", "drive", "spur", "provoke", "embolden", "help", "want",
    "like", "expect", "need", "prefer",
}  # fmt: skip

_MODIFIERS = {"compound", "amod", "nmod", "poss", "npadvmod", "appos"}
_NESTING_PREPS = {"of", "from", "in", "by"}
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Verbs that stand against what their object sets out to do: those attempts are someone else's.
_THWARTING = frozenset(
    {"block", "prevent", "thwart", "foil", "obstruct", "veto", "oppose", "resist", "reject",
     "frustrate", "undermine", "sabotage", "derail", "hinder", "hamper", "stymie", "condemn",
     "denounce", "criticize", "criticise"}
)  # fmt: skip
_ACTIVE_TAGS = {"VBD", "VBG", "VBZ", "VBP"}
#: Nouns of "in …" phrases that name whom an act answers ("in defiance of Beijing").
_ANSWERING = frozenset({"defiance", "protest", "opposition", "retaliation", "response"})
#: Participles that, after "be", state where the subject stands ("Israel is opposed to",
#: "Vietnam is committed to"): the subject is the actor, not the one acted upon.
_STANCES = frozenset({"oppose", "commit", "determine", "dedicate", "devote"})
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
#: Nouns naming someone by whom they stand with or against: "Moscow's ally", "America's
#: enemies", "the Philippines' aid donors" are not Moscow, America or the Philippines.
_PARTNER_NOUNS = frozenset(
    {"ally", "proxy", "client", "partner", "protege", "protégé", "patron", "backer", "sponsor",
     "enemy", "adversary", "foe", "rival", "opponent", "donor", "creditor", "lender",
     "benefactor"}
)  # fmt: skip
_LEADING = {"lead", "back", "sponsor", "support", "run", "arm", "fund", "control", "dominate"}
_CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "conj", "acomp", "pcomp", "prep"}
#: Words that refer back to a named group ("the group claimed responsibility").
_GROUP_WORDS = frozenset({"group", "organization", "organisation", "movement", "faction"})
#: Words that refer back to a named armed group ("the militants", "the terrorists").
_ARMED_WORDS = frozenset({"militant", "jihadist", "extremist", "terrorist", "insurgent", "militia"})
#: Sectors of armed groups.
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM"})
#: Agent words too common to pick out whom a document titled so ("officials", "the president"
#: of either side); "the Chancellor" or "farm ministers" are.
_COMMON_TITLES = frozenset(
    {"official", "leader", "president", "spokesman", "spokeswoman", "spokesperson",
     "government", "authority", "administration", "source", "diplomat", "force", "troop"}
)  # fmt: skip
#: Titles of a state's officials, which place an unknown name in the country a story is about.
_STATE_TITLES = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "governor", "mayor",
     "ambassador", "spokesman", "spokeswoman", "prosecutor", "general", "commander"}
)  # fmt: skip
#: Sectors of a country's own police, courts and parliament, which act at home.
_HOME_SECTORS = frozenset({"COP", "JUD", "LEG"})
#: Determiners by which an event noun refers back to a deed told before ("the attack").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Nouns that refer back to whatever was last done ("the move", "the decision").
_GENERIC_DEEDS = frozenset({"move", "decision", "step", "action", "act", "measure"})
#: Codes that name something other than a country.
_NOT_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "unknown"})


@dataclass
class Memory:
    """What a document said recently, for pronouns, "the two" and bare agents ("officials")."""

    subjects: list[ActorRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    by_sector: dict[str, ActorRef] = field(default_factory=dict)
    pair: tuple[ActorRef, ActorRef] | None = None  # the last two who dealt with each other
    deeds: list[tuple[int, str, str | None, tuple[ActorRef, ...]]] = field(default_factory=list)

    def remember_deed(
        self, sentence: int, event: str, mode: str | None, actors: tuple[ActorRef, ...]
    ) -> None:
        """Note who did an event of this type and mode, for a later "the attack" or "the
        move"."""
        self.deeds.append((sentence, event, mode, actors))
        del self.deeds[:-50]

    def doers(
        self, event: str | None, mode: str | None, sentence: int, within: int
    ) -> tuple[ActorRef, ...]:
        """Who did the last event of this type and mode (any for None) no more than
        ``within`` sentences before this one."""
        for told, kind, manner, actors in reversed(self.deeds):
            if sentence - told > within:
                return ()
            if (event is None or kind == event) and (mode is None or manner == mode):
                return actors
        return ()

    def remember(self, refs: list[ActorRef], subject: bool = False) -> None:
        """Note a sentence's actors (and, with ``subject``, who its main clause was about)."""
        for ref in refs:
            self.actors.append(ref)
            if ref.sector:
                self.by_sector[ref.sector] = ref
        if subject and refs:
            self.subjects = list(refs)
        del self.actors[:-20]

    def last_group(self, armed: bool) -> ActorRef | None:
        """The last named group ("the group" after "ISIS"); with ``armed``, the last armed one
        ("the militants", "the terrorists")."""
        dictionary = ActorDictionary.load()
        for ref in reversed(self.actors):
            if dictionary.kind_of(ref.name) != "group":
                continue
            if not armed or ref.code == "IMG" or ref.sector in ARMED_SECTORS:
                return ref
        return None

    def _most_named_country(self) -> tuple[ActorRef, int, int] | None:
        """The country the document has named most of late, how often, and how often the next
        one."""
        ranked = Counter(ref.code for ref in self.actors if is_country(ref.code)).most_common(2)
        if not ranked:
            return None
        leader = next(ref for ref in reversed(self.actors) if ref.code == ranked[0][0])
        return leader, ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0

    def prevailing_country(self) -> ActorRef | None:
        """The country the document has named most of late, when one clearly leads (at least
        twice, more than any other): whose police or courts a bare "police" are."""
        most = self._most_named_country()
        return most[0] if most and most[1] >= 2 and most[2] < most[1] else None

    def dominant_country(self) -> ActorRef | None:
        """The country the document has named at least three times and twice as often as any
        other of late: the one it is plainly about."""
        most = self._most_named_country()
        return most[0] if most and most[1] >= 3 and most[2] * 2 <= most[1] else None

    def titled(self, title: str) -> ActorRef | None:
        """The last named actor whose mention held this title word ("the Chancellor" after
        "Chancellor of the Exchequer Nigel Lawson")."""
        for ref in reversed(self.actors):
            if ref.sector and ref.code != "unknown" and title in ref.text.lower().split():
                return ref
        return None


def _is_stance(verb: Token) -> bool:
    """Whether "is opposed to" or "are committed to": a stance with no agent."""
    return (
        verb.lemma_.lower() in _STANCES
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


class ActorReader:
    """The actors of one parsed sentence's phrases, with the document's memory behind it."""

    def __init__(self, sent: Span, mentions: list[Found], memory: Memory) -> None:
        self.sent = sent
        self.mentions = mentions
        self.index = token_index(mentions)
        self.memory = memory

    def _local(self, token: Token) -> int:
        return token.i - self.sent.start

    def actors_at(self, token: Token, *, follow_conj: bool = True) -> list[ActorRef]:
        """The actors a noun phrase headed by ``token`` names (with its conjuncts)."""
        if token.pos_ == "ADP":  # "provided donations to Palestinians", "to" parsed as dative
            return self._prep_objects(token)
        if token.lemma_.lower() in _CUSTODY and token.dep_ == "pobj" and token.head.lower_ in _HELD:
            return []  # "sentenced to 22 years in prison": where, not a warden
        refs: list[ActorRef] = []
        examples = self._examples(token) if token.pos_ == "NOUN" else []
        found = self.index.get(self._local(token))
        if examples:  # "allies such as Germany", "Tunisia's neighbours including Algeria"
            refs.extend(examples)
        elif found is not None:
            refs.extend(self._resolve_found(found, token))
            if found.actor is not None and found.actor.code == "unknown":
                # "Russian Foreign Minister Kozyrev", "the Ukrainian pilot Nadia Savchenko":
                # the title's actor, not the unknown name again
                titles = self._modifier_actors(token)
                known = [a for a in titles if a.code != "unknown"]
                # but "foreign ministry spokeswoman Hua" says not whose ministry: both stay
                refs = known if known and self._title_names_actor(token) else titles or refs
                if not known:
                    refs = self._official_at_home(token, refs)
            of = [
                a
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for a in self._prep_objects(prep)
                if is_country(a.code)
            ]
            if of and refs and refs[0].code != of[0].code:  # "King Hassan of Morocco"
                first = refs[0]
                refs[0] = ActorRef(first.text, of[0].code, first.sector, first.name, first.span)
        elif token.lower_ in _PRONOUNS and token.pos_ == "PRON":
            refs.extend(self._antecedent(token))
        elif token.lower_ in _SPEAKER_ONLY and token.pos_ == "PRON":  # "'I urge HK
            refs.extend(self._speaker_of(_clause_of(token)))  # authorities …,' he said"
        elif token.lower_ == "two" and any(c.lower_ == "the" for c in token.children):
            if self.memory.pair is not None:
                refs.extend(self.memory.pair)
            else:
                refs.extend(list(reversed(distinct(list(reversed(self.memory.actors)))))[-2:])
        elif token.lemma_.lower() in _PARTNER_NOUNS:
            refs = self._partner(token)
        else:
            refs = self.done_by(token) or self._modifier_actors(token) or self._nested_actors(token)
        refs = [self._party_at_home(self._placed_people(ref, token), token) for ref in refs]
        if follow_conj:
            for child in token.children:
                if child.dep_ == "conj":
                    refs.extend(self.actors_at(child))
        return distinct(refs)

    def _placed_people(self, ref: ActorRef, noun: Token) -> ActorRef:
        """An ethnic group placed by its phrase in a country is that country's, its ethnicity
        the sector, as for "Syrian Kurds" ("Kurdish fighters in northern Syria" → SYR KUR,
        "Druze inhabitants of the Syrian Golan Heights" → SYR DRU)."""
        if is_state(ref.code) or not is_country(ref.code):
            return ref  # a state, an organisation or no one: not a people
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from"):
                places = [a for a in self._prep_objects(prep) if is_state(a.code)]
                if places:
                    place = places[0]
                    return ActorRef(ref.text, place.code, ref.code, ref.name, ref.span)
        return ref

    def deed_referred(self, noun: Token, sentence: int) -> list[ActorRef]:
        """Who did the deed a definite event noun refers back to ("Turkey shot down a Russian
        jet. Moscow condemned the attack": Turkey; "the move", "the decision": the last deed's
        doers), told in this ``sentence`` or shortly before."""
        if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children
        ):
            return []
        lemma = noun.lemma_.lower()
        if lemma in _GENERIC_DEEDS:  # "the move": only the deed just told
            doers = self.memory.doers(None, None, sentence, 1)
        else:  # "the arrests": the last arrest, not a ban
            cue = cues.noun_cue(lemma, [])
            doers = self.memory.doers(cue.event, cue.mode, sentence, 100) if cue else ()
        if not doers:
            return []
        first, last = noun.left_edge, noun
        offset = self.sent.start_char
        text = self.sent.doc[first.i : last.i + 1].text
        span = (first.idx - offset, last.idx + len(last) - offset)
        return [ActorRef(text, a.code, a.sector, a.name, span) for a in doers]

    def _unknown_actor(self, head: Token) -> list[ActorRef]:
        """A subject that names someone the dictionary does not know ("the Azadliq coalition"):
        kept as an unknown actor when its phrase holds a proper name, rather than lost."""
        lemma = head.lemma_.lower()
        if head.pos_ == "PRON" or head.lower_ in _PRONOUNS or lemma in NAMED_BY_PLACE:
            return []  # "the Paris attacks": a happening named after its place, no one's name
        if lemma in _PARTNER_NOUNS:
            return []  # "the Philippines' aid donors": someone the text does not name
        tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "punct")]
        if not any(t.pos_ == "PROPN" for t in tokens) or len(tokens) > 10:
            return []
        while tokens and tokens[0].pos_ in ("DET", "NUM"):
            tokens = tokens[1:]
        if not tokens:
            return []
        offset = self.sent.start_char
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = self.sent.doc[tokens[0].i : tokens[-1].i + 1].text
        return [ActorRef(text, "unknown", None, text, (start - offset, end - offset))]

    def _place_of(self, word: Token) -> list[ActorRef]:
        """The country where an event with no named recipient happens ("peacekeepers in Iraq",
        "arrived in Amman"): PLOVER codes the place as the recipient."""
        holders = [word, *(c for c in word.children if c.dep_ in ("dobj", "attr"))]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "near", "outside"):
                    continue
                inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
                objects = self._prep_objects(inner[0] if inner else prep)  # "outside of Basra"
                places = [a for a in objects if is_country(a.code)]
                if places:
                    return places[:1]
        return []

    def _opening_place(self) -> ActorRef | None:
        """The country a sentence opens in ("In South Africa, the government recalled …"),
        where its bare agents are."""
        first = self.sent[0]
        if first.lower_ != "in" or first.dep_ != "prep":
            return None
        places = {
            found.actor
            for obj in first.children
            if obj.dep_ == "pobj"
            for found in [self.index.get(self._local(obj))]
            if found is not None and found.actor is not None and is_country(found.actor.code)
        }  # the named place itself, nothing resolved from agents
        return places.pop() if len(places) == 1 else None

    def _party_at_home(self, actor: ActorRef, head: Token | None) -> ActorRef:
        """An unknown party or movement is the country's where it acts: the document's
        prevailing one, else the sentence's ("the Umma (Nation) party will boycott Algeria's
        elections")."""
        words = actor.name.lower().split()
        body = words[-1] if words and words[-1] in _DOMESTIC_BODIES else None
        if body is None and head is not None and head.lower_ in _DOMESTIC_BODIES:
            body = head.lower_  # "the Umma (Nation) party"
        if actor.code != "unknown" or body is None:
            return actor
        home = self.memory.prevailing_country() or self._sentence_country()
        if home is None:
            return actor
        sector = "PTY" if body == "party" else "OPP"
        name = actor.name if words[-1] == body else f"{actor.name} {body}"  # not a person
        return ActorRef(actor.text, home.code, sector, name, actor.span, actor.implied)

    def _sentence_country(self) -> ActorRef | None:
        """The first country the sentence names, for agents it leaves without one ("Egyptian
        police … demonstrators"), as PLOVER coders read them."""
        for found in self.mentions:
            if found.actor is not None and is_country(found.actor.code):
                return found.actor
        return None

    def _modifier_actors(self, token: Token, depth: int = 0) -> list[ActorRef]:
        """Actors named in a noun's modifiers: "Syrian" in "Syrian troops", "its" in "its army",
        "Arab League" in "Arab League Secretary-General Klibi"."""
        refs: list[ActorRef] = []
        named_by_place = token.lemma_.lower() in NAMED_BY_PLACE
        for child, role in _with_conjuncts(token.children):
            if role not in _MODIFIERS or (child.i > token.i and role != "appos"):
                continue
            if named_by_place and role == "compound" and _is_place_name(child):
                continue  # "the Paris accord": a name, not France
            inner = self.index.get(self._local(child))
            if inner is not None and inner.actor is None and child.pos_ == "ADJ":
                continue  # "official contact", "military aid": a kind of thing, not an actor
            if inner is not None:
                refs.extend(self._resolve_found(inner, child))
            elif role == "poss" and child.lower_ in _PRONOUNS:
                refs.extend(self._antecedent(child))
            elif child.lemma_.lower() in _LEADING:  # "Vietnamese-led forces"
                for leader in child.children:
                    if leader.dep_ in ("npadvmod", "compound", "amod", "nmod"):
                        refs.extend(self.actors_at(leader, follow_conj=False))
            elif role in ("compound", "nmod") and depth < 3:
                refs.extend(self._modifier_actors(child, depth + 1))
        return refs

    def _partner(self, noun: Token) -> list[ActorRef]:
        """Whom "Moscow's ally" names: not Moscow, but the one it is set beside ("its ally,
        Syria's President Bashar al-Assad") or placed at ("Israel's militia ally in southern
        Lebanon"); no one when the sentence does not say."""
        for child in noun.children:
            if child.dep_ == "appos":
                return self.actors_at(child)
        owners = {
            a.code for c in noun.children if c.dep_ == "poss" for a in self.actors_at(c)
        }  # fmt: skip
        named = [
            a
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ")
            for a in self.actors_at(c, follow_conj=False)
            if a.code not in owners
        ]
        if named:  # "their U.S. allies", "NATO allies"; not "Israel's militia ally"
            return named
        return [a for a in self._nested_actors(noun) if a.code not in owners]

    def _examples(self, noun: Token) -> list[ActorRef]:
        """The actors a common noun is illustrated by: "such as …", "including …"."""
        found: list[ActorRef] = []
        for child in noun.children:
            such = child.i > 0 and child.doc[child.i - 1].lower_ == "such"
            if child.dep_ == "prep" and (
                child.lower_ == "including" or (child.lower_ == "as" and such)
            ):
                found.extend(self._prep_objects(child))
        return found

    def _nested_actors(
        self, token: Token, depth: int = 0, follow_conj: bool = False
    ) -> list[ActorRef]:
        """Actors in a noun's "of" / "from" / "in" phrase: "leaders of the coalition"; with
        ``follow_conj``, all it joins ("companies in China and Singapore")."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _NESTING_PREPS:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    if _office_of_rank(token, obj):  # "heads of state of the EU": the EU's
                        refs = self._nested_actors(obj, depth + 1) if depth < 2 else []
                        if refs:
                            return refs
                        continue
                    refs = self.actors_at(obj, follow_conj=follow_conj)
                    if not refs and depth < 2:
                        refs = self._nested_actors(obj, depth + 1)
                    if refs:
                        return refs
        return []

    def _official_at_home(self, name: Token, refs: list[ActorRef]) -> list[ActorRef]:
        """An unknown name titled as a state's official with no country ("Interior Minister
        Joachim Brudzinski") is an official of the country the document is plainly about, when
        one country dominates it; in a story of two countries the title says not whose."""
        before = [w for w in name.subtree if w.i < name.i]
        titles = [w for w in before if w.lower_ in _STATE_TITLES]
        bodies = [w for w in before if w.is_upper and len(w) > 1]  # "MITI vice president …":
        home = self.memory.dominant_country() if titles and not bodies else None  # MITI's
        if home is None:
            return refs
        return [
            ActorRef(r.text, home.code, "GOV", r.name, r.span, r.implied)
            if r.code == "unknown"
            else r
            for r in refs
        ]

    def _title_names_actor(self, name: Token) -> bool:
        """Whether the title before a name names its actor itself ("Ukrainian pilot",
        "Russian Foreign Minister"), rather than only an office ("foreign ministry
        spokeswoman") that would take its country from elsewhere."""
        for word in name.subtree:
            if word.i >= name.i:
                break
            found = self.index.get(self._local(word))
            if found is not None and found.actor is not None and found.actor.code != "unknown":
                return True
        return False

    def _speaker_of(self, clause: Token) -> list[ActorRef]:
        """Who says the clause: the subject of the statement verb reporting it."""
        verb = speaking_verb(clause, cues.is_statement_verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        return self.actors_at(subjects[0], follow_conj=False)[:1] if subjects else []

    def _antecedent(self, pronoun: Token) -> list[ActorRef]:
        """What a pronoun stands for: the subject of the verb reporting its clause ("Hungary said
        it will …"), else the document's most recent subject."""
        if _is_expletive(pronoun):
            return []  # "It didn't help that Britain refused": no one
        plural = pronoun.lower_ in ("they", "them", "their", "we", "our")
        if pronoun.lower_ in _OBJECT_PRONOUNS and (
            pronoun.dep_ in ("dobj", "dative")
            or (pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep")
        ):
            return self._object_antecedent(pronoun)
        owned = pronoun.head
        if pronoun.dep_ == "poss" and owned.dep_ == "conj":  # "Assad or his forces"
            refs = self.actors_at(owned.head, follow_conj=False)
            if refs:
                return refs[:1]
        clause = pronoun.head
        in_subject = pronoun.dep_ in ("nsubj", "nsubjpass")
        hops = 0
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            in_subject = in_subject or clause.dep_ in ("nsubj", "nsubjpass")
            clause = clause.head  # "his country will not …": start from the clause's verb
            hops += 1
        asked_for = pronoun.head.lemma_.lower() in _ASKED_FOR  # "denied its application"
        if pronoun.dep_ == "poss" and not in_subject and hops <= 3 and not asked_for:
            own = self._own_subject(clause, pronoun)  # "Britain recalled its ambassador"
            if plural and len(own) == 1 and _is_person(own[0]):
                # "Arafat defended Iraq and Libya against criticism of their arms industries"
                own = self._plural_object(clause, pronoun)
            if own:
                return own if plural else own[:1]
        meant = self._message_antecedent(clause) if pronoun.dep_ == "nsubj" else []
        if meant:
            return meant if plural else meant[:1]
        speaking = self._speaker_of(clause) if pronoun.lower_ in _FIRST_PERSON else []
        if speaking:  # "'… because we abandoned them,' Graham said": the one speaking, not
            return speaking  # the quote's subject
        for _ in range(4):
            if clause.dep_ not in _CLAUSE_LINKS or clause.head == clause:
                break
            governor = clause.head
            for child in governor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in _PRONOUNS:
                    # "a UN report concluded evidence supported his murder": not the report's
                    refs = [r for r in self.actors_at(child) if not _mismatched(pronoun, r)]
                    if refs:
                        return refs if plural else refs[:1]
            clause = governor
        subjects = [r for r in self.memory.subjects if _agrees(pronoun, r)]
        if plural and (not subjects or _is_person(subjects[0])):
            subjects = self._plural_object(clause, pronoun) or subjects
        return subjects[:2] if plural else subjects[:1]

    def _own_subject(self, clause: Token, pronoun: Token) -> list[ActorRef]:
        """Whom a possessive among its clause's own objects stands for: that clause's subject
        ("Britain recalled its ambassador", "began the withdrawal of its troops"); one deeper in
        ("barred him because of objections to his intention to …") is left to the reporting
        clause and the document."""
        for child in clause.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child == pronoun:
                continue
            if child.lower_ in _PRONOUNS:
                return self._antecedent(child)
            return self.actors_at(child)
        return []

    def _plural_object(self, clause: Token, pronoun: Token) -> list[ActorRef]:
        """The actors of a clause's direct object when it names more than one and does not hold
        the pronoun itself."""
        for child in clause.children:
            if child.dep_ == "dobj" and pronoun not in child.subtree:
                refs = self.actors_at(child)
                return refs if len(refs) > 1 else []
        return []

    def _message_antecedent(self, clause: Token) -> list[ActorRef]:
        """Whom the subject of a message's content clause stands for: the one it is addressed
        to ("a reminder to Iraq that it must cooperate"), else its sender ("Russia issued a
        statement that it would …")."""
        message = clause.head
        if (
            clause.dep_ not in ("acl", "ccomp")
            or message.lemma_.lower() not in MESSAGES
            or message.dep_ != "dobj"
        ):
            return []
        found: list[ActorRef] = []
        for child in [*message.head.children, *message.children]:
            if (child.dep_ == "dative" and child.pos_ == "ADP") or (
                child.dep_ == "prep" and child.lower_ == "to"
            ):
                found.extend(self._prep_objects(child))
            elif child.dep_ == "dative":
                found.extend(self.actors_at(child))
        return found or self.subject_of(message.head)

    def _object_antecedent(self, pronoun: Token) -> list[ActorRef]:
        """Whom an object pronoun stands for: the last actor named before it in the sentence
        other than its own clause's subject ("Trump called Erdogan and urged him to …"), and
        not one tucked inside a prepositional phrase; no one when there is none."""
        clause = pronoun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        subjects = {
            a.id
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ not in _PRONOUNS
            and pronoun not in c.subtree  # "fear of them grew": no looking into itself
            for a in self.actors_at(c)
        }
        before = [
            f.actor
            for f in self.mentions
            if f.actor is not None
            and f.end <= self._local(pronoun)
            and f.actor.code != "unknown"
            and f.actor.id not in subjects
            and self.sent[f.end - 1].dep_ != "pobj"  # "platforms … east of Qatar … them"
        ]
        return before[-1:]

    def _resolve_found(self, found: Found, head: Token | None = None) -> list[ActorRef]:
        """A mention's actor; a bare agent ("officials") takes its country from a place in its
        phrase ("officials in Baghdad") or else from the last actor of its sector."""
        if found.actor is not None:
            return [found.actor]
        if not found.sector:
            return []
        first, last = self.sent[found.start], self.sent[found.end - 1]
        offset = self.sent.start_char
        text = self.sent.doc[first.i : last.i + 1].text  # not doc.text: it joins the doc
        span = (first.idx - offset, last.idx + len(last) - offset)
        modifiers = self._modifier_actors(head) if head is not None else []
        nested = self._nested_actors(head, follow_conj=True) if head is not None else []
        place = modifiers or nested
        if not place and head is not None and head.dep_ in ("compound", "amod"):
            place = self._owner_country(head)  # "Japan's top business group"
        if not place and head is not None and found.sector in _FLEEING_SECTORS:
            place = self._fled_from(head)  # "refugees fleeing the civil war in Liberia"
        if place and place[0].code in ("unknown", "NGO") and _names_organisation(place[0]):
            return place[:1]  # "members of the Association of African Jurists": the body acts
        if not place and found.sector in _BODIES:  # "a human rights group" placed nowhere
            return [ActorRef(text, found.sector, None, text, span)]  # is an NGO, not local
        if not place and head is not None and _many_states(head):
            return []  # "several governments", "repressive regimes": unnamed states, not one
        # believers and refugees are no one country's by default: not the last one named
        known = place[0] if place else self._opening_place()
        words = {t.lemma_.lower() for t in self.sent.doc[first.i : last.i + 1]}
        if known is None and words & (_GROUP_WORDS | _ARMED_WORDS):
            group = self.memory.last_group(armed=bool(words & _ARMED_WORDS))
            if group is not None:  # "the group", "the militants": the group last named
                return [ActorRef(text, group.code, group.sector, group.name, span)]
        if known is None and found.sector not in ("REL", "REF"):
            titled = None if last.lemma_.lower() in _COMMON_TITLES else last.lower_
            known = (titled and self.memory.titled(titled)) or self.memory.by_sector.get(
                found.sector
            )
        if (known is None or known.code == "unknown") and found.sector != "REF":
            known = self._sentence_country()  # refugees are rarely from where the text places them
        if (known is None or known.code == "unknown") and found.sector in _HOME_SECTORS:
            known = self.memory.prevailing_country()  # "police fired tear gas" in Belgrade
        if known is None or known.code == "unknown":
            return []
        places = [] if modifiers else distinct([p for p in nested if is_country(p.code)])
        if len(places) > 1:  # "companies in China and Singapore": the agents of each
            return [ActorRef(text, p.code, found.sector, p.name, span) for p in places]
        return [ActorRef(text, known.code, found.sector, known.name, span)]

    def _owner_country(self, modifier: Token) -> list[ActorRef]:
        """The country that owns the noun an agent word modifies ("Japan's top business group":
        the business is Japan's, not the last country the sentence named)."""
        for sibling in modifier.head.children:
            found = self.index.get(self._local(sibling))
            if (
                sibling is not modifier
                and sibling.dep_ in ("poss", "amod", "compound")
                and found is not None
                and found.actor is not None
                and is_country(found.actor.code)
            ):
                return [found.actor]
        return []

    def _fled_from(self, people: Token) -> list[ActorRef]:
        """The country people flee ("refugees fleeing Syria", "fleeing the war in Liberia")."""
        for verb in people.children:
            if verb.dep_ == "acl" and verb.lemma_.lower() in ("flee", "escape"):
                fled = [
                    a for obj in verb.children if obj.dep_ == "dobj" for a in self.actors_at(obj)
                ]
                places = [a for a in fled if is_country(a.code)] or self._place_of(verb)
                if places:
                    return places[:1]
        return []

    def subject_of(self, verb: Token) -> list[ActorRef]:
        """The actor of a verb: its subject, the passive's agent, or its governor's subject."""
        if _hung_on_verbless_root(verb):  # "Doctors from two aid groups donated and delivered
            # goods": the parser's root is the subject
            return self.actors_at(verb.sent.root, follow_conj=False)
        if is_read_as_adjective(verb):  # "Khashoggi was slain": the victim, not the killer
            return self._agent_of(verb)
        token = verb
        for _ in range(5):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")] or [
                o
                for mark in token.children
                if mark.dep_ == "mark"
                for o in mark.children
                if o.dep_ == "pobj" and o.i < token.i
            ]  # "after Theresa May stepped down", "May" parsed as the object of "after"
            if not subjects and _is_stance(token):
                subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            if subjects and _bare_participle(token):  # "with 200 of its men killed": the men
                return self._agent_of(token)  # are the victims, not the killers
            relative = token.head.pos_ in ("NOUN", "PROPN") and (
                token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ in _ACTIVE_TAGS)
            )  # "the parties that condemned", "forces fighting", "the air force carried out"
            if token.dep_ == "acl" and _strands_preposition(token):
                return self._agent_of(token)  # "statehood called for in the plan": a passive
            if relative and passive:  # "the ship, which was sanctioned by the U.S.": the agent
                return self._agent_of(token)  # acts on the noun, or no one the text names
            if subjects and subjects[0].lemma_.lower() in _TEXTS_AND_PLANS:
                return []  # "Japan's constitution prevents …", "the bill seeks to …": a text
            if relative and (not subjects or subjects[0].lower_ in _RELATIVE_PRONOUNS):
                if token.head.lemma_.lower() in _TEXTS_AND_PLANS:
                    return []  # "Trump's plan, which favors Israel": what the plan holds
                found = self.actors_at(token.head)
                if found:
                    return found
            if subjects:
                subject = _participle_subject(subjects[0])
                return self.actors_at(subject) or self._unknown_actor(subject)
            if any(c.dep_ == "agent" for c in token.children):
                return self._agent_of(token)
            if token.dep_ not in _INHERIT or token.head == token:
                break
            raised = [c for c in token.head.children if c.dep_ == "nsubjpass"]
            if token.dep_ == "xcomp" and raised:  # "Xi is expected to visit", "was forced to"
                return self.actors_at(raised[0])
            controller = [c for c in token.head.children if c.dep_ == "dobj"]
            infinitive = token.dep_ == "xcomp" or (
                token.dep_ == "advcl" and any(c.lower_ == "to" for c in token.children)
            )
            if (
                infinitive and controller and token.head.lemma_.lower() in _OBJECT_CONTROL
            ):  # "prompting Turkey to attack them": Turkey attacks
                found = self.actors_at(controller[0])
                if found or controller[0].lemma_.lower() in _PARTNER_NOUNS:
                    return found  # "embolden America's enemies to use …": not America
            if token.dep_ == "acl" and token.tag_ == "VBN":
                break  # "sanctions imposed on Eritrea": done by someone the text leaves unsaid
            token = token.head
            if _means_or_time(token) and not passive:  # "responded by expelling diplomats",
                token = token.head  # "after meeting Putin"; not "accused X of …", nor "after
                # being shot", whose subject is the victim
            if token.pos_ == "NOUN":
                owners = self._modifier_actors(token)
                if owners:  # "Russia's plan to send troops"
                    return owners
                if token.head.lemma_.lower() in _THWARTING:
                    return []  # "blocking Western attempts to punish him": not the blocker's
                if relative and token.lemma_.lower() in _BODIES_OF_PEOPLE:
                    return []  # "vetoed a panel investigating …": the panel acts, not the vetoer
            if token.pos_ == "NOUN" and token.dep_ in ("dobj", "attr") and token.head != token:
                token = token.head  # "put out a report accusing …": the report's author
        return self._stray_subject(token)

    def done_by(self, act: Token) -> list[ActorRef]:
        """Who an act is said to be done by ("the attack, reportedly conducted by the
        Taliban", "a bombing claimed by Islamic State", "another attack ascribed to the
        Taliban"), the participle also where the parser hung it on the verb after a comma."""
        participles = [c for c in act.children if c.dep_ == "acl"]
        doc = act.doc
        if act.dep_ == "pobj" and act.i + 2 < len(doc) and doc[act.i + 1].text == ",":
            participles += [
                c
                for c in act.head.head.children
                if c.dep_ == "advcl" and c.left_edge.i == act.i + 2
            ]  # "died in the attack, reportedly conducted by the Taliban"
        for participle in participles:
            lemma = participle.lemma_.lower()
            if lemma in _DOING:
                return self._agent_of(participle)
            if lemma in ASCRIBING:
                return [
                    a
                    for prep in participle.children
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "on")
                    for a in self._prep_objects(prep)
                ]
        return []

    def _agent_of(self, verb: Token) -> list[ActorRef]:
        """The actors of a passive verb's "by" phrase."""
        for agent in verb.children:
            if agent.dep_ == "agent":
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        return self.actors_at(obj)
        return []

    def _stray_subject(self, verb: Token) -> list[ActorRef]:
        """A named actor right before a main verb the parser left without a subject ("…,
        USAID provided …" with "USAID" misread as a modifier)."""
        if verb.dep_ != "ROOT":
            return []
        for i in (verb.i - 1, verb.i - 2):
            found = self.index.get(i - self.sent.start) if i >= self.sent.start else None
            if found is not None and found.actor is not None and found.actor.code != "unknown":
                token = self.sent.doc[i]
                if token.head == verb and token.dep_ in ("advmod", "npadvmod", "amod", "dep"):
                    return [found.actor]
        return self._phrase_after_comma(verb)

    def _phrase_after_comma(self, verb: Token) -> list[ActorRef]:
        """The actors of a noun phrase between a comma and the subjectless main verb, which the
        parser joined to the opening phrase ("With the signing of a Memorandum …, the Sudanese
        government and SPLM/A have agreed")."""
        doc, start = self.sent.doc, self.sent.start
        i = verb.i - 1
        while i > start and doc[i].head == verb and doc[i].dep_ in ("aux", "neg", "advmod"):
            i -= 1
        last = i
        while i > start and doc[i].text != "," and doc[i].pos_ in _PHRASE_POS:
            i -= 1
        if i == last or doc[i].text != ",":
            return []
        found = [
            f.actor
            for f in self.mentions
            if f.actor is not None and i - start < f.start and f.end <= last - start + 1
        ]
        return distinct(found) if any(a.code != "unknown" for a in found) else []

    def objects_of(self, verb: Token, exclude: list[ActorRef]) -> list[ActorRef]:
        """The recipients of a verb: direct, indirect and prepositional objects naming actors,
        or the object's own "to"/"against" phrase ("provide aid to Liberia")."""
        answered = [
            a for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for a in self._answered(c)
        ]  # fmt: skip
        if others(answered, exclude):  # named as whom the act answers, it is the recipient
            return others(distinct(answered), exclude)
        refs: list[ActorRef] = []
        if verb.dep_ == "relcl" and any(
            c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children
        ):  # "the ship Jin Teng, which was sanctioned by the U.S.": the ship
            refs_of_head = self.actors_at(verb.head, follow_conj=False)
            if others(refs_of_head, exclude):
                return others(refs_of_head, exclude)
        patients = ("nsubjpass", "nsubj") if _bare_participle(verb) else ("nsubjpass",)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", *patients)]
        withs: list[ActorRef] = []
        named_object = False  # "threatened Europe with refugees": "with" says what with
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to …"
                refs.extend(self._prep_objects(child))
            elif child.dep_ in ("dobj", "dative", "attr", "oprd", *patients):
                found = self.actors_at(child)
                refs.extend(found)
                named = child.dep_ in ("dobj", "dative") and self._local(child) in self.index
                named_object = named_object or bool(others(found, exclude) and named)
            elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
                found = self._prep_objects(child)
                if child.lower_ == "at":
                    found = self._beyond_venue(child, found, exclude)
                refs.extend(found)
                if child.lower_ == "with":
                    withs.extend(found)
        if named_object:
            refs = [r for r in refs if r not in withs]
        if not others(refs, exclude):  # nothing, or the actor's own ("its invasion of …")
            for obj in objects:
                for child in obj.children:
                    if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
                        refs.extend(self._prep_objects(child))
                if not others(refs, exclude):
                    refs.extend(self._nested_actors(obj))
                if not others(refs, exclude):
                    refs.extend(self._doers_of(obj))
        if not others(refs, exclude) and verb.pos_ == "NOUN":  # "condemned the attacks
            refs.extend(self._doers_of(verb))  # carried out by Israel", the noun its object
        if not others(refs, exclude):
            for clause in _content_clauses(verb):
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subjects:
                    refs.extend(self.actors_at(subjects[0]))
        return others(distinct(refs), exclude)

    def _doers_of(self, deed: Token) -> list[ActorRef]:
        """Who a participle says did a deed named as an object, or its conjuncts ("condemned the
        act of aggression and the threats made by the United States")."""
        deeds = [deed, *(c for c in deed.children if c.dep_ == "conj")]
        return [
            actor
            for noun in deeds
            if noun.lemma_.lower() in _DEEDS or cues.noun_cue(noun.lemma_.lower(), []) is not None
            for participle in noun.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for agent in participle.children
            if agent.dep_ == "agent"
            for actor in self._prep_objects(agent)
        ]

    def _answered(self, prep: Token) -> list[ActorRef]:
        """Whom an act answers: "in defiance of Chinese authorities", "in protest at Israel's
        settlements", "in retaliation for …"."""
        return [
            actor
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _ANSWERING
            for inner in noun.children
            if inner.dep_ == "prep"
            for actor in self._prep_objects(inner)
        ]

    def _beyond_venue(
        self, prep: Token, found: list[ActorRef], actors: list[ActorRef]
    ) -> list[ActorRef]:
        """An "at" phrase naming the actors' own seat is where they act, not whom they act on
        ("Putin met at the Kremlin with Khatami": Khatami, however the parser hangs him)."""
        own = {a.code for a in actors}
        seats = ("institution", "capital", "place")
        kind_of = ActorDictionary.load().kind_of
        if not found or any(r.code not in own or kind_of(r.name) not in seats for r in found):
            return found
        return [
            a
            for obj in prep.children
            if obj.dep_ == "pobj"
            for inner in obj.children
            if inner.dep_ == "prep" and inner.lower_ == "with"
            for a in self._prep_objects(inner)
        ]

    def _prep_objects(self, prep: Token) -> list[ActorRef]:
        if prep.lower_ == "to" and prep.head.lower_ in _NOT_RECEIVING:
            return []  # "according to a U.S. official": a source, not a recipient
        objects = [obj for obj in prep.children if obj.dep_ == "pobj"]
        if not objects and prep.dep_ in ("prep", "dative"):
            objects = _stranded_object(prep)
        return [a for obj in objects for a in self.actors_at(obj)]


#: Last words of the names of parties and movements, which act in their own country.
_DOMESTIC_BODIES = frozenset({"party", "movement", "front"})
#: Places of custody, which a phrase ("in prison", "to jail") names as where, not as a warden.
_CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention"})
#: …with the prepositions that put someone there ("rioted at this jail" targets it).
_HELD = frozenset({"in", "to", "into", "from"})
#: Nouns whose "that" clause is what someone asks for ("demands that the government resign").
_DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "ultimatum", "insistence"})


#: Nouns whose "to" clause is what one side puts to another ("a US offer to host a summit").
_PROPOSAL_NOUNS = _DEMAND_NOUNS | {"offer", "proposal", "invitation", "bid", "suggestion"}
#: What one side puts to another, so that "its" is rarely the one answering ("the police
#: denied its application", "rejected his offer").
_ASKED_FOR = _PROPOSAL_NOUNS | {"application", "petition", "plea", "claim"}


#: Verbs whose clausal complement is what they ask for ("demanded Washington reverse the order").
#: Verbs whose clause is asked for, not done ("insist that" asserts too); "wants Tokyo to ease
#: restrictions" wishes it of Tokyo.
DEMAND_VERBS = frozenset({"demand", "request", "urge", "ask", "want", "wish"})


def is_demanded(clause: Token) -> bool:
    """Whether a clause is what a demand or offer puts forward: asked for, not done ("its
    demands that the government grant …", "demanded Washington reverse the order", "rejected a
    US offer to host a summit")."""
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return clause.head.lemma_.lower() in DEMAND_VERBS
    if clause.dep_ not in ("acl", "ccomp"):
        return False
    noun = clause.head.lemma_.lower()
    if noun in _DEMAND_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return True
    return noun in _PROPOSAL_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


#: Predicates whose "it" stands for the clause that follows ("it seems that", "it is clear that").
_EXPLETIVE_PREDICATES = frozenset(
    {"help", "matter", "seem", "appear", "happen", "follow", "turn", "be", "remain", "look"}
)


#: Pronouns that stand for a person, and for a state or organisation.
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_IMPERSONAL = frozenset({"it", "its"})
#: Words that make a name the dictionary does not hold an organisation's ("Civil Human Rights
#: Front"), which "it" may stand for.
_ORGANISATION_WORDS = frozenset(
    {"front", "party", "movement", "group", "council", "committee", "union", "association",
     "organisation", "organization", "agency", "ministry", "army", "forces", "brigade",
     "network", "alliance", "coalition", "league", "company", "corporation", "corp", "inc",
     "bank", "institute", "foundation", "commission", "court", "parliament", "assembly",
     "congress", "senate", "government", "administration", "department", "office", "service",
     "fund", "board", "authority", "militia", "brigades", "federation", "society", "center",
     "centre", "watch", "international"}
)  # fmt: skip


#: Words whose "to" names no one acted upon ("according to", "due to", "thanks to").
_NOT_RECEIVING = frozenset({"according", "due", "thanks", "owing", "prior", "contrary", "next"})
#: Agent sectors that are PLOVER actor codes of their own when no country is named with them.
_BODIES = frozenset({"NGO", "IGO"})
#: Parts of speech a plain noun phrase is made of ("the Sudanese government and SPLM/A").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "SYM", "NUM", "PART"})


#: Participles that name who did an act: "conducted by", "carried out by", "claimed by".
_DOING = frozenset(
    {"conduct", "carry", "launch", "claim", "stage", "perpetrate", "mount", "commit", "execute",
     "orchestrate", "organise", "organize", "mastermind"}
)  # fmt: skip
#: Verbs that lay an act at someone's door: "ascribed to", "blamed on".
ASCRIBING = frozenset({"ascribe", "attribute", "blame", "pin"})
#: Sectors of people who may be fleeing somewhere ("refugees", "civilians").
_FLEEING_SECTORS = frozenset({"REF", "CVL"})
#: Common nouns for bodies of people, which act themselves in "a panel investigating …".
_BODIES_OF_PEOPLE = _ORGANISATION_WORDS | {
    "panel", "team", "body", "tribunal", "inquiry", "mission", "delegation", "unit",
}  # fmt: skip


def _strands_preposition(verb: Token) -> bool:
    """Whether a participle ends in a preposition with no object ("called for", "asked for"):
    its noun is what is called for, a passive whatever tag the parser gave it."""
    return not any(c.dep_ in ("dobj", "nsubj") for c in verb.children) and any(
        c.dep_ == "prep" and c.i == verb.i + 1 and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def is_read_as_adjective(verb: Token) -> bool:
    """Whether a passive participle was parsed as an adjective after "be" ("Khashoggi was
    slain": "slain" the complement of "was"), so the subject of "be" is the one acted upon."""
    return (
        verb.dep_ == "acomp"
        and verb.tag_ == "VBN"
        and verb.head.lemma_ == "be"
        and verb.lemma_.lower() not in _STANCES  # "Israel is opposed to": Israel opposes
        and not any(  # "will be prepared to meet", "is opposed to the plan": a stance
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
        )
    )


def _hung_on_verbless_root(verb: Token) -> bool:
    """Whether the parser made a sentence's subject noun its root and hung the main verb on a
    noun inside it as a participle: the verb, or one joined to it, is finite or has an object,
    and it has no "by" phrase of its own."""
    root = verb.sent.root
    head = verb.head if verb.dep_ == "conj" else verb
    if root.pos_ not in ("NOUN", "PROPN") or head.dep_ != "acl" or head.i < root.i:
        return False
    if root not in head.ancestors or any(c.dep_ == "agent" for c in head.children):
        return False
    joined = [head, *(c for c in head.children if c.dep_ == "conj")]
    return any(v.tag_ == "VBD" or any(c.dep_ == "dobj" for c in v.children) for v in joined)


def _bare_participle(verb: Token) -> bool:
    """Whether a verb is a past participle without auxiliary after "with", whose subject is what
    it was done to ("with 200 of its personnel killed or wounded")."""
    if verb.dep_ == "conj":
        verb = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in ("with", "without")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _names_organisation(ref: ActorRef) -> bool:
    """Whether an actor's name reads as an organisation's ("Civil Human Rights Front")."""
    return any(w.lower() in _ORGANISATION_WORDS for w in ref.name.split())


def _is_person(ref: ActorRef) -> bool:
    """Whether an actor is one person: so the dictionary says, or an unknown name that does not
    read as an organisation's."""
    kind = ActorDictionary.load().kind_of(ref.name)
    words = ref.name.split()
    return kind == "person" or (
        kind is None
        and not _names_organisation(ref)
        and (ref.code == "unknown" or all(w[:1].isupper() for w in words))
    )  # a name the dictionary does not hold is a person's unless it reads "Sudanese military"


def _mismatched(pronoun: Token, ref: ActorRef) -> bool:
    """Whether a pronoun plainly cannot stand for an actor: "he" or "his" for a state or body
    the dictionary knows, "it" for a person ("the ELN said it will …" is still the ELN)."""
    word = pronoun.lower_
    if ref.code == "unknown":
        return False  # a name the dictionary lacks may be anyone's
    if word in _PERSONAL:
        return not _is_person(ref)
    return word in _IMPERSONAL and _is_person(ref)


def _agrees(pronoun: Token, ref: ActorRef) -> bool:
    """Whether a pronoun can stand for an actor named in an earlier sentence: "he" for a person
    or a name the dictionary does not hold ("Minister Gerrit Braks"), "it" for a country or
    organisation it holds — not "it prohibits citizens …" for the last man named."""
    word = pronoun.lower_
    if word not in _PERSONAL and word not in _IMPERSONAL:
        return True
    person = _is_person(ref)
    if word in _PERSONAL:
        return person
    return not person and (ref.code != "unknown" or _names_organisation(ref))


def _is_place_name(token: Token) -> bool:
    """Whether a proper noun is a city, capital or province ("Paris", "Minsk", "Kyoto")."""
    if token.pos_ != "PROPN":
        return False
    entries = ActorDictionary.load().matches([token.text], None)
    return len(entries) == 1 and entries[0][2].kind in ("capital", "place")


def _is_expletive(pronoun: Token) -> bool:
    """Whether "it" is a placeholder for a "that" clause or an infinitive rather than someone
    ("it is clear that …", "it is a crime to encourage …"; but "it is willing to withdraw" is
    the country)."""
    head = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "expl"):
        return False
    if head.lemma_.lower() not in _EXPLETIVE_PREDICATES:
        return False
    if any(
        c.dep_ in ("ccomp", "csubj") and any(m.lower_ == "that" for m in c.children)
        for c in (*head.children, *(g for a in head.children for g in a.children))
    ):
        return True
    predicate = any(c.dep_ in ("attr", "acomp") for c in head.children)
    return predicate and any(
        c.dep_ == "xcomp" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        for c in head.children
    )  # the infinitive hangs on "is", not on "willing"


def _content_clauses(verb: Token) -> list[Token]:
    """What a verb says or asks: its clausal complement, or the content of the demand it makes
    ("insisted on its demands that the government grant …")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return clauses + [c for noun in nouns for c in noun.children if is_demanded(c)]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object ("granted
    asylum to five Panamanian officers holed up …", with "officers" made a clause's subject)."""
    if prep.i + 1 >= prep.sent.end:
        return []
    token = prep.doc[prep.i + 1]
    while token.dep_ in ("det", "nummod", "amod", "compound", "poss") and token.head.i > token.i:
        token = token.head
    return [token] if token.pos_ in ("NOUN", "PROPN") and token.i != prep.i else []


def _with_conjuncts(modifiers: Iterable[Token]) -> list[tuple[Token, str]]:
    """Modifiers with their roles, conjuncts taking their head's role: "Turkish and Greek" in
    "the Turkish and Greek sides" both modify "sides"."""
    out: list[tuple[Token, str]] = []
    for modifier in modifiers:
        out.append((modifier, modifier.dep_))
        if modifier.dep_ in _MODIFIERS and modifier.dep_ != "appos":
            out.extend((c, modifier.dep_) for c in modifier.children if c.dep_ == "conj")
    return out


#: Words for states themselves, which in the plural name several unnamed ones.
_STATE_WORDS = frozenset({"government", "regime", "country", "nation", "state", "power"})


def _many_states(head: Token) -> bool:
    """Whether a bare agent names several unnamed states ("several governments condemned …",
    "repressive regimes"), which no one country stands for."""
    return head.tag_ == "NNS" and head.lemma_.lower() in _STATE_WORDS


def is_state(code: str) -> bool:
    """Whether a code is a state's (ISO 3166, or Kosovo's KOS), not an ethnic group's ("KUR")."""
    return code in ActorDictionary.load().countries or (
        is_country(code) and pycountry.countries.get(alpha_3=code) is not None
    )


def is_country(code: str) -> bool:
    """Whether a code names a country (ISO 3166 alpha-3) rather than an organisation."""
    return len(code) == 3 and code.isupper() and code not in _NOT_COUNTRIES


def others(refs: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """Recipients other than the actors themselves. A government acting on its own country's
    opposition is a recipient ("Museveni banned Ugandan opposition candidates"); the same
    mention, or the same actor named twice, is not."""
    spans = {a.span for a in actors if a.span is not None}
    same = {(a.code, a.sector, a.name) for a in actors}
    return [r for r in refs if r.span not in spans and (r.code, r.sector, r.name) not in same]


def _participle_subject(subject: Token) -> Token:
    """The noun of a subject the parser made a participle clause ("The Red Cross operating in
    Iraq said …": the Red Cross said it, not Iraq)."""
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN"):
        nouns = [c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")]
        if nouns and nouns[0].i < subject.i:
            return nouns[0]
    return subject


#: Nouns for what someone did or said, whose participle's agent did it (beside event nouns).
_DEEDS = frozenset(
    {"act", "action", "threat", "crime", "statement", "remark", "comment", "decision", "move",
     "step", "measure", "policy", "violation", "provocation", "claim"}
)  # fmt: skip


def _means_or_time(prep: Token) -> bool:
    """Whether a preposition on a verb introduces how or when its subject acted ("by
    expelling", "after meeting", "while visiting"), not what another did ("accused … of") or
    what was left undone ("without challenging")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("by", "after", "before", "while", "upon")
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _clause_of(token: Token) -> Token:
    """The verb whose clause a word is in."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    return clause


def _office_of_rank(head: Token, obj: Token) -> bool:
    """Whether "of state" or "of government" only ranks an office ("heads of state", "chiefs
    of government"), naming no state."""
    return (
        head.lemma_.lower() in ("head", "chief", "leader")
        and obj.lower_ in ("state", "government")
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in obj.children)
    )


def distinct(refs: list[ActorRef]) -> list[ActorRef]:
    """The actors once each, in order of first mention."""
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref.id not in seen:
            seen.add(ref.id)
            out.append(ref)
    return out
