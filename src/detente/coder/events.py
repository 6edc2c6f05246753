"""Events from one parsed sentence: triggers from the cue dictionary, actors from the parse.

A verb with a cue is a trigger; its subject is the actor (the "by" phrase in the passive), its
object, indirect object or a prepositional object the recipient. A light verb ("launch", "hold",
"impose") takes its event from its noun object ("launch air strikes"). A noun with a cue is a
trigger on its own too ("US-led air strikes against Islamic State"), its actor in its modifiers or
possessor, its recipient in a following "against"/"on"/"to" phrase. Subjects left implicit in
open complements and participles ("failing to agree", "giving Assad support") come from the
governing verb; pronouns and "the two" come from the document's recent actors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from detente.coder import cues, ontology, readings
from detente.coder.actors import (
    ARMED_SECTORS,
    ASCRIBING,
    RECIPIENT_PREPS,
    ActorReader,
    Memory,
    distinct,
    is_country,
    is_demanded,
    is_read_as_adjective,
    others,
)
from detente.coder.dictionary import ActorDictionary
from detente.coder.mentions import NAMED_BY_PLACE, Found
from detente.coder.qualifiers import (
    ASKING_VERBS,
    NEGATING_VERBS,
    is_announced,
    is_forecast,
    is_infinitive,
    is_intention_word,
    is_negated,
    is_obligation,
    is_opinion,
    is_opinion_word,
    is_prospect,
    modality,
    speaking_verb,
)
from detente.coder.readings import STATE_SECTORS
from detente.coder.records import ActorRef, Event
from detente.coder.temporal import date_phrases, is_later, resolve_date

_AGENT_PREPS = {"by", "from"}
#: Verbs whose subject undergoes the event its object names ("face air strikes").
_UNDERGOING = frozenset(
    {"face", "suffer", "endure", "fear", "survive", "escape", "flee", "avoid", "risk", "withstand",
     "undergo", "receive", "get", "witness", "see", "expect", "await", "resist", "repel",
     "win", "earn", "garner", "draw", "attract", "enjoy"}
)  # fmt: skip
#: Verbs of contesting what one is accused of ("battling allegations", "fighting charges").
_CONTESTING = frozenset({"battle", "fight", "combat", "contest", "weather", "fend"})
#: Verbs whose object is what is talked about, not whom one talks to.
_DISCUSSING = frozenset({"discuss", "debate", "review", "consider", "examine"})
#: What one fights that is an armed foe or its violence even when no actor is named.
_ARMED_FOES = frozenset(
    {"terrorism", "terror", "extremism", "militancy", "insurgency", "rebellion", "uprising",
     "jihadism", "jihadist", "militant", "insurgent", "rebel", "terrorist", "extremist",
     "enemy", "invader", "army", "force", "troop", "militia", "fighter", "gunman", "group",
     "war", "battle", "conflict", "campaign", "fight", "occupation", "aggression"}
)  # fmt: skip
#: Verbs that speak about an event named as their object, not do it: "characterized the attack
#: as a violation", "investigated the bombing".
_JUDGING = frozenset(
    {"characterize", "characterise", "describe", "call", "label", "brand", "term", "dub",
     "investigate", "discuss", "mourn", "recall", "remember", "commemorate", "mark", "report",
     "document", "study", "analyse", "analyze", "question", "blame", "attribute", "deny",
     "refute", "rebut", "downplay", "play_down", "exaggerate", "overstate", "understate",
     "minimize", "minimise", "recount", "predict", "anticipate", "assess", "review", "examine",
     "evaluate", "weigh", "process", "justify", "explain"}
)  # fmt: skip
#: Verbs whose object event has not happened: "awaits approval", "needs UN approval".
_WANTING = frozenset({"await", "need", "require", "lack", "want", "expect"})
#: Events whose recipient a nested "against" phrase names when nothing nearer does.
_AGAINST = frozenset(
    {"MOBILIZE", "REQUEST", "SANCTION", "THREATEN", "ACCUSE", "ASSAULT", "COERCE", "PROTEST"}
)
#: Events that answer someone's deed, which a definite noun may name ("condemned the attack",
#: "welcomed the move", "rejected the decision").
_ANSWERING_DEEDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})
#: Events two actors do together: neither is the other's recipient.
_JOINT = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Context:
    """Where a sentence sits: its document, index and date."""

    doc_id: str
    sentence: int
    when: date | None


class SentenceCoder(ActorReader):
    """Code one sentence given its mentions and the document's memory."""

    def __init__(self, sent: Span, mentions: list[Found], memory: Memory, context: Context) -> None:
        super().__init__(sent, mentions, memory)
        self.context = context

    # --- actors -----------------------------------------------------------------------------
    # --- triggers ---------------------------------------------------------------------------

    def code(self) -> list[Event]:
        """Every event in the sentence."""
        found: list[tuple[Token, Event]] = []
        taken: set[int] = set()
        unasserted = {  # "if the US goes ahead", "demands that the government grant …"
            t.i for c in self.sent if _is_condition(c) or is_demanded(c) for t in c.subtree
        }
        for token in self.sent:
            if token.i in taken or token.i in unasserted:
                continue
            event = None
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
                event = self._verb_event(token, taken)
            elif token.pos_ == "NOUN":
                event = self._noun_event(token)
            if event is not None and is_opinion(token):
                event = None  # "hoped for more talks": a hope, not talks
            if event is not None and _concurs(token):
                event = None  # "agreed that the 1979 agreement had worked well": a view shared
            if event is not None and _private_visit(event):
                event = None  # "people visiting Hong Kong": travel, not diplomacy
            if event is not None and _press_work(event):
                event = None  # "Fox News asked the bureau about him": a reporter's question
            if event is not None and _by_onlookers(event):
                event = None  # "Jewish voters supported …", "investors cheered …"
            if event is not None and _what_a_right_allows(token):
                event = None  # "has a right to defend its airspace": nothing defended yet
            if event is not None:
                found.append((token, event))
                taken.add(token.i)
                named = [r for r in event.recipient if not r.implied]
                told = token.pos_ == "NOUN" and ontology.quad_class(event.event) in _MATERIAL
                if event.actor and named and not event.negated and not told:
                    # "the two" are parties acting on each other, not "the assault in Syria"
                    self.memory.pair = (event.actor[0], named[0])
            elif token.pos_ == "VERB":
                lemma = token.lemma_.lower()
                saying = cues.is_statement_verb(lemma)
                if saying:
                    self._remember_interlocutors(token)
                # "said the French decision was unacceptable", "warned that Iran is a threat"
                warning = readings.is_warning(token)
                judged = self._judgement(token, taken) if saying or warning else None
                if judged is not None:
                    found.append((token, judged))
        found.extend(self._demands_in_words(found))
        found.extend(self._wishes_of_others())
        found.extend(self._accusations_in_words(found))
        found.extend(self._rights_in_words())
        subjects = [c for c in self.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            self.memory.remember(self.actors_at(subjects[0]), subject=True)
        self.memory.remember([f.actor for f in self.mentions if f.actor is not None])
        events = [_without_forces_sent(e) for e in _merge_complements(found)]
        for event in events:
            if event.actor and not event.negated and event.modality == "asserted":
                self.memory.remember_deed(
                    self.context.sentence, event.event, event.mode, event.actor
                )
        return events

    def _demands_in_words(self, found: list[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
        """Demands said as what someone must do, where what must be done codes no event of its
        own ("Kerry said Yanukovych must decide"): the speaker asks the clause's subject."""
        triggers = {token.i for token, _ in found}
        out: list[tuple[Token, Event]] = []
        for verb, clause, speakers, asked in self._said_of_others(is_obligation):
            if any(t.i in triggers for t in clause.subtree):
                continue  # "said Russia must withdraw": the withdrawal is asked already
            demand = self._event(_DEMAND, verb, clause, speakers, asked)
            # "HK police should not be puppets": a demand, not a negated one
            out.append((verb, replace(demand, negated=False)))
        return out

    def _wishes_of_others(self) -> list[tuple[Token, Event]]:
        """What one wants another to do ("Seoul wants Tokyo to ease import restrictions"): a
        demand on the other, and the wished act is not done; "does not want the US to strike"
        is still a demand, that it not."""
        return [
            (verb, replace(self._event(_DEMAND, verb, verb, wishers, wanted), negated=False))
            for verb, _, wishers, wanted in self._clauses_on_others(
                lambda verb: verb.lemma_.lower() in _WISHING, is_infinitive
            )
        ]

    def _accusations_in_words(self, found: list[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
        """Claims of another's deed ("the US claims Mahan flies fighters to Syria", "Putin said
        Erdogan is siding with the terrorists"): the claimant accuses whoever the claim is
        about, as PLOVER codes it; the deed stays, told by the claimant."""
        triggers = {token.i for token, _ in found}
        out: list[tuple[Token, Event]] = []
        for token, event in found:
            verb = _claimed_by(token)
            if verb is None or verb.i in triggers or not event.actor:
                continue
            lemma = verb.lemma_.lower()
            hostile = ontology.quad_class(event.event) in _CONFLICT
            if not (
                (lemma in _CLAIMING and hostile)
                or (cues.is_statement_verb(lemma) and _backs_armed_group(event))
            ):
                continue  # "Russia claims the US agreed": no charge
            speakers = self.subject_of(verb)
            accused = others(list(event.actor), speakers)
            if (
                not speakers
                or not accused
                or all(a.code == "unknown" for a in accused)
                or any(_same_side(s, a) for s in speakers for a in accused)
            ):
                continue
            triggers.add(verb.i)  # one accusation however many deeds the claim tells
            out.append((verb, self._event(_CLAIM, verb, verb, speakers, accused)))
        return out

    def _rights_in_words(self) -> list[tuple[Token, Event]]:
        """Saying another has a right to act backs it ("Obama said Turkey had a right to defend
        its airspace"): the speaker supports the clause's subject."""
        return [
            (verb, self._event(_BACKING, verb, clause, speakers, backed))
            for verb, clause, speakers, backed in self._said_of_others(_grants_a_right)
        ]

    def _said_of_others(
        self, says: Callable[[Token], bool]
    ) -> Iterator[tuple[Token, Token, list[ActorRef], list[ActorRef]]]:
        """Clauses of reported speech that ``says`` something of an actor other than the
        speaker's own side: (verb of saying, clause, speakers, the clause's subject)."""

        def saying(verb: Token) -> bool:
            lemma = verb.lemma_.lower()
            return cues.is_statement_verb(lemma) and not is_opinion_word(lemma)

        return self._clauses_on_others(saying, says)

    def _clauses_on_others(
        self, governs: Callable[[Token], bool], says: Callable[[Token], bool]
    ) -> Iterator[tuple[Token, Token, list[ActorRef], list[ActorRef]]]:
        """Clauses under a verb that ``governs`` them which ``says`` something of an actor
        other than the verb's subject's own side: (verb, clause, its subjects, the clause's)."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or not governs(verb):
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp" or not says(clause):
                    continue
                subjects = [c for c in clause.children if c.dep_ == "nsubj"]
                speakers = self.subject_of(verb)
                about = others(self.actors_at(subjects[0]), speakers) if subjects else []
                if (
                    speakers
                    and about
                    and not any(_same_side(s, a) for s in speakers for a in about)
                ):
                    yield verb, clause, speakers, about

    def _remember_interlocutors(self, verb: Token) -> None:
        """Who told whom ("Kerry conveyed the message to Lavrov"), for a later "the two"."""
        speakers = self.subject_of(verb)
        listeners: list[ActorRef] = []
        for child in verb.children:
            if child.dep_ in ("dative", "dobj"):
                listeners.extend(self.actors_at(child))
            elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
                listeners.extend(self._prep_objects(child))
        if not listeners:
            for obj in verb.children:
                for prep in obj.children if obj.dep_ == "dobj" else ():
                    if prep.dep_ == "prep" and prep.lower_ == "to":  # "conveyed the message to"
                        listeners.extend(self._prep_objects(prep))
        listeners = [r for r in others(listeners, speakers) if r.code != "unknown"]
        if speakers and listeners:
            self.memory.pair = (speakers[0], listeners[0])

    @staticmethod
    def _following(verb: Token) -> list[str]:
        """Lemmas of the verb's phrase after it, in order, for pattern matching: particles,
        objects with their modifiers and conjuncts, prepositions and their objects."""
        tokens: list[Token] = []
        for child in verb.children:
            if child.lower_ in _SOURCE_WORDS:
                continue  # "according to a U.S. official" says who told, not what was done
            if child.dep_ == "xcomp" and verb.lemma_.lower() in _ASPECT_VERBS:
                continue  # "began shipping weapons": the shipping is the event, not the start
            if child.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lemma_ == "have" for a in child.children
            ):
                continue  # "were reported to have visited": a past deed, coded on its own
            if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCES:
                continue  # "backed the Ivory Coast during the talks": when, not what
            if child.i > verb.i and (
                child.dep_ in _PATTERN_DEPS or (child.dep_ == "ccomp" and child.pos_ == "ADJ")
            ):  # "will hold the government responsible", read as a small clause
                tokens.extend(_phrase(child))
            elif child.i == verb.i + 1 and child.dep_ == "advmod" and child.lower_ in _PARTICLES:
                tokens.append(child)  # "pull back forces", the particle parsed as an adverb
            elif child.dep_ in ("advcl", "ccomp", "xcomp"):  # "called for the US to stop",
                tokens.extend(  # the "for" read as the clause's complementizer
                    m for m in child.children if m.dep_ == "mark" and m.i == verb.i + 1
                )
        if _object_relative(verb):
            tokens.append(verb.head)  # "the tariffs Reagan ordered": what was ordered
        tokens.sort(key=lambda t: t.i)
        return [
            t.lemma_.lower()
            for t in tokens
            if (t.pos_ not in _SKIPPED_POS or t.dep_ in ("dobj", "dative"))  # "called him on …"
            and not _in_hyphenated_modifier(t)  # "the right-wing party" holds no "right"
        ][:_PATTERN_WORDS]

    def _verb_event(self, verb: Token, taken: set[int]) -> Event | None:
        lemma = verb.lemma_.lower()
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ESCAPED:
            return None  # "civilians fled fighting in Syria": what they flee, not what they do
        following = self._following(verb)
        cue = cues.verb_cue(lemma, following)
        if (
            cues.is_statement_verb(lemma)
            and (cue is None or cue.source != "pattern" or readings.is_reporting_tag(verb))
            and not readings.judges_harshly(verb)
            and not readings.tells_to(verb)
        ):  # "said", "told"; but "refuted the comments" is an accusation, and "told Putin to
            return None  # stay out" a demand
        if any(readings.is_press_query(obj) for obj in _objects(verb)):
            return None  # "declined a request for comment": a reporter's question
        if lemma in _CONTESTING and any(_is_accusation(obj) for obj in _objects(verb)):
            return None  # "battling allegations": no fight; the accusation is the event
        if lemma in _CONTESTING and self._fights_an_ill(verb):
            return None  # "fighting corruption", "to fight unfair practices": no one attacked
        phrasal = f"{lemma}_{following[0]}" if following else lemma
        trigger, end = verb, verb
        described = cue is None and cues.says_nothing(lemma, following)
        objects = [] if described else self._object_nouns(verb)
        for obj in [o for o in objects if not readings.is_only_danger(o)]:
            if obj.lemma_.lower() in _VIOLENT_DEEDS and lemma not in _PERPETRATING:
                continue  # "New York had 328 murders", "sent videos of beheadings": no killer
            modifiers = [c.lemma_.lower() for c in obj.children if c.i < obj.i]
            pattern = cue is not None and cue.source == "pattern"
            if pattern and cues.other_sense(obj.lemma_.lower(), modifiers):
                cue = None  # "launched a charm offensive": no pattern's offensive
                continue
            if cues.noun_cue(obj.lemma_.lower(), modifiers) is not None:
                modifiers += _of_words(obj)  # "the expulsion of refugees": whom it is done to
            paired = cues.noun_cue_with(obj.lemma_.lower(), modifiers, (phrasal, lemma))
            noun = paired
            if noun is None and (
                (cue is None and lemma not in _UNDERGOING and lemma not in _JUDGING)
                or (cues.is_light_verb(lemma) and not any(c.dep_ == "oprd" for c in verb.children))
            ):  # "called a meeting" convenes one; "called the deal a success" names it
                noun = cues.noun_cue(obj.lemma_.lower(), modifiers, lemma)
            if noun is not None:  # "send troops", "launch strikes", "offer support"
                cue, end = noun, obj
                taken.add(obj.i)  # with "mediation" in "halted mediation efforts"
                taken.update(c.i for c in obj.children if c.dep_ == "compound")
                break
            if cues.gives_money(lemma) and any(_is_money(t) for t in obj.subtree):
                cue, end = cues.MONEY_AID, obj  # "gave $2 million to Nigeria"
                break
        cue = readings.reread_verb(verb, cue)
        if cue is None or (cue.mode == "phone" and not self._calls_someone(verb)):
            return None
        if readings.codes_nothing(verb):
            return None  # "sought to meddle": coded by what is attempted; "asked whether …"
        if end is not verb and readings.is_targeted(end):  # "the subject of US sanctions"
            actors = distinct(self._noun_actors(end))
            targets = self.subject_of(verb)
            return self._event(cue, trigger, end, actors, targets) if actors else None
        actors = (
            self._unattributed(verb, cue.event)
            or self._state_agent(verb)
            or self._unseen_attackers(verb, cue.event)
            or self._withdrawn_themselves(verb, cue)
            or self.subject_of(verb)
        )
        crowd = not actors and cue.event == "PROTEST" and lemma in _PROTESTING
        if crowd:
            actors = self._crowd_at(verb)  # "thousands protested in Baghdad"
        if not actors:
            return None
        if cue.event == "PROTEST" and end is verb and readings.protests_in_words(verb, actors):
            cue = readings.VERBAL_PROTEST
        if cue.source == "verb" and readings.is_warning(verb) and not self._threatens(verb, actors):
            return None
        if lemma in _DISCUSSING and end is verb:  # "discussed Syria with Lavrov": Syria is
            recipients = self._talked_with(verb, actors)  # what was talked about
        else:
            recipients = self.objects_of(end if end is not verb else verb, actors)
        if end is not verb and not recipients:
            at = end.idx - self.sent.start_char  # "send troops": the troops are no recipient
            recipients = [
                r
                for r in self.objects_of(verb, actors)
                if r.span is None or not r.span[0] <= at < r.span[1]
            ]
        bare = all(c.dep_ in ("cc", "conj", "punct") for c in verb.rights)
        if not recipients and bare:  # "donated and delivered goods to Iraq": shared objects
            joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            recipients = self.objects_of(joined[0], actors) if joined else []
        if not recipients and cue.event == "REQUEST":  # "called for the US to stop …",
            recipients = others(self._asked(verb), actors)  # "demanded that Japan apologise"
        if not recipients and end is not verb and cue.mode == "disapprove":
            recipients = others(self._whose_deed(verb, end), actors)  # "concern over …"
        if not recipients:
            recipients = others(self._place_of(end) or self._place_of(verb), actors)
            if cue.event == "CONSULT":  # "met in Rawalpindi": at home, a venue, no host
                recipients = [r for r in recipients if r.code not in {a.code for a in actors}]
        if lemma in ASCRIBING and cue.event == "ACCUSE":  # "attributed the Salisbury
            # poisoning to Russia": the accused is whom it is laid on, not the deed's place
            laid_on = [
                a
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "on")
                for a in self._prep_objects(prep)
            ]
            recipients = others(laid_on, actors) or recipients
        if lemma in _LETTING_DOWN and cue.event == "ACCUSE":
            # "Iraq disappointed the US", "the US was disappointed by (with) Iraq": the one let
            # down disapproves of the one who let it down
            actors, recipients = recipients, actors
            if not actors:
                return None
        doers = [a for obj in _objects(verb) for a in self.done_by(obj)]
        if doers and cue.event not in _ANSWERING_DEEDS:
            # "a car bombing killed five, another attack ascribed to the Taliban"; but whoever
            # did the attacks Iran condemned is whom it condemns
            recipients = [r for r in recipients if r not in doers]
            if all(a.sector == "UNK" for a in actors):
                actors = doers
        if end is verb and _mere_arrival(verb, cue, actors, recipients):
            return None
        if cue.source == "verb" and lemma in _PERMITTING and not _someone_else(recipients, actors):
            return None  # "a device allowing them to communicate": no one is let do anything
        taken.update(t.i for t in _objects(verb))  # "ask for permission" is one request
        event = self._event(cue, trigger, end, actors, recipients)
        return None if crowd and not _plain_protest(event) else event

    def _talked_with(self, verb: Token, actors: list[ActorRef]) -> list[ActorRef]:
        """Whom a discussion was held with ("with Lavrov", "between the parties")."""
        return others(
            distinct(
                [
                    a
                    for prep in verb.children
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "among")
                    for a in self._prep_objects(prep)
                ]
            ),
            actors,
        )

    def _fights_an_ill(self, verb: Token) -> bool:
        """Whether what is fought is a social ill or a problem, not an enemy: its object names
        no actor and no kind of violence or armed foe ("corruption", "poverty", "the virus")."""
        foes = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(foes) and all(
            foe.pos_ not in ("PRON", "PROPN")
            and foe.lemma_.lower() not in _ARMED_FOES
            and cues.noun_cue(foe.lemma_.lower(), []) is None
            and not self.actors_at(foe)
            for foe in foes
        )

    def _asked(self, verb: Token) -> list[ActorRef]:
        """Whom a request's clause names as the one to act ("for the US to stop")."""
        clauses = [
            c
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ == "ccomp"
                or (
                    c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                )
            )
        ]
        subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        return distinct([a for s in subjects[:1] for a in self.actors_at(s)])

    def _whose_deed(self, verb: Token, feeling: Token) -> list[ActorRef]:
        """Who did what a disapproval is about: "concern over Israel's strikes", "alarm at the
        arrests by China" (the "by" often hung on the active verb, where it names no agent)."""
        owners: list[Token] = []
        for head in (verb, feeling):
            for prep in head.children:
                if prep.dep_ != "prep":
                    continue
                if prep.lower_ == "by" and head is verb:
                    owners += [o for o in prep.children if o.dep_ == "pobj"]
                if prep.lower_ in _ABOUT:
                    for deed in (o for o in prep.children if o.dep_ == "pobj"):
                        owners += [c for c in deed.children if c.dep_ == "poss"]
                        owners += [
                            o
                            for by in deed.children
                            if by.dep_ == "prep" and by.lower_ == "by"
                            for o in by.children
                            if o.dep_ == "pobj"
                        ]
        return distinct([a for t in owners for a in self.actors_at(t)])

    def _source_of(self, trigger: Token) -> ActorRef | None:
        """Who an "according to" phrase on the trigger's clause names as its source."""
        token = trigger
        for _ in range(6):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in _SOURCE_WORDS:
                    for to in prep.children:
                        objects = [o for o in to.children if o.dep_ == "pobj"]
                        named = [a for o in objects for a in self.actors_at(o)]
                        if to.lower_ == "to" and named:
                            return named[0]
            if token.head == token:
                break
            token = token.head
        return None

    def _judgement(self, verb: Token, taken: set[int]) -> Event | None:
        """An accusation said in a judgement rather than with a verb of blame ("Turkey said the
        French decision was unacceptable"): the speaker accuses whoever the clause judges."""
        judged = readings.judged_in_words(verb)
        if judged is None:
            return None
        subject, word = judged
        about = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if subject.pos_ == "PRON" and about:  # '"This is a blatant violation," he said of
            subject = about[0]  # Israel's move': the move is what is judged
        if subject.lemma_.lower() in _DONE_TO:
            return None  # "Nabil's murder is unacceptable": Nabil is the victim, not the accused
        actors = self.subject_of(verb)
        named = [c for c in subject.children if c.dep_ in _JUDGED_OWNERS]
        named += [  # "Monday's violence by Israel was shocking", "a big mistake by Reagan"
            o
            for t in (subject, word)
            for p in t.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        named += [c for c in word.children if c.dep_ == "poss"]  # "was Iran's doing"
        if self._local(subject) in self.index:  # "the United States", not "the situation in …"
            named.insert(0, subject)
        accused = others(distinct([a for t in named for a in self.actors_at(t)]), actors)
        if not actors or not accused or all(a.code == "unknown" for a in accused):
            return None
        taken.update((verb.i, word.i))  # "said the US was to blame": one accusation
        return self._event(readings.HARSH_JUDGEMENT, verb, word, actors, accused)

    def _threatens(self, warning: Token, actors: list[ActorRef]) -> bool:
        """Whether a warning is a threat: it tells someone not to act, says what the warner's
        own side will do ("warned it will retaliate", "warned that MEPs will not ratify") or
        what hostility is to come ("warned that the move could lead to war")."""
        told, coming = readings.warned_actions(warning)
        own = {a.code for a in actors}
        coming = [clause for clause in coming if not self._if_own_side(clause, own)]
        return (
            told
            or any(a.code in own for clause in coming for a in self.subject_of(clause))
            or any(readings.foretells_hostility(clause) for clause in coming)
        )

    def _if_own_side(self, clause: Token, own: set[str]) -> bool:
        """Whether what is to come hangs on the warner's own side ("warn that if the U.S. does not
        respond, it would embolden America's enemies"): advice at home, not a threat."""
        return any(
            _is_condition(condition) and any(a.code in own for a in self.subject_of(condition))
            for condition in clause.children
        )

    def _calls_someone(self, verb: Token) -> bool:
        """Whether "called" is a call to someone ("Obama called Putin"), not a judgement
        ("called Israel's response unacceptable", "called the deal a disaster")."""
        if any(c.dep_ in ("oprd", "ccomp") for c in verb.children) or readings.names_something(
            verb
        ):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if len(objects) > 1 or any(
            a.dep_ == "amod" and a.i > o.i for o in objects for a in o.children
        ):
            return False  # "called Trump's candidacy a phenomenon"
        named = [
            o
            for o in objects
            if self._local(o) in self.index
            or o.pos_ == "PRON"
            or any(c.dep_ in ("amod", "compound") and self.actors_at(c) for c in o.children)
        ]  # someone, not someone's thing: "his Russian counterpart", not "Trump's candidacy"
        return any(self.actors_at(o) for o in named) or not objects

    def _unattributed(self, verb: Token, event: str) -> list[ActorRef]:
        """Violence done by a blast rather than by someone ("a roadside bombing near Samarra
        killed …", "were killed by an explosive device outside Basra"): as PLOVER coders read
        it, unidentified attackers of the country where it happened."""
        if event not in ("ASSAULT", "COERCE"):
            return []
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "killed one soldier and wounded two others"
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        for doer in doers:
            if doer.lemma_.lower() not in _BLASTS:
                continue
            towns = [c for c in doer.children if c.dep_ == "compound" and self._is_town(c, True)]
            if (self._modifier_actors(doer) or self.done_by(doer)) and not towns:
                continue  # "a Taliban bombing" names who did it; "the Kabul bombing" where
            places = [a for t in towns for a in self.actors_at(t)]
            places = places or self._place_of(doer) or self._place_named_in(verb)
            if not places:
                continue
            country = places[0].code
            offset = self.sent.start_char
            start, end = doer.left_edge.idx, doer.idx + len(doer)
            name = ActorDictionary.load().country_name(country, "UNK")
            text = self.sent.doc[doer.left_edge.i : doer.i + 1].text
            return [ActorRef(text, country, "UNK", name, (start - offset, end - offset))]
        return []

    def _place_named_in(self, verb: Token) -> list[ActorRef]:
        """The first place a verb's phrase names ("was detonated outside the US embassy in
        Kabul" → Kabul), not a body of some country ("the US embassy")."""
        inside = {self._local(t) for t in verb.subtree}
        for found in self.mentions:
            actor, head = found.actor, self.sent[found.end - 1]
            if (
                found.start in inside
                and actor is not None
                and is_country(actor.code)
                and (actor.sector is None or self._is_town(head, capitals=True))
                and head.dep_ not in ("compound", "amod", "poss", "nmod")
            ):
                return [actor]
        return []

    def _crowd_at(self, protest: Token) -> list[ActorRef]:
        """Who protests when the text names no group ("thousands protested in Baghdad",
        "protests erupted in Hong Kong"): as PLOVER coders read it, the people of the place,
        marked ``implied``."""
        holders = [protest, *(c for c in protest.children if c.dep_ in ("nsubj", "nsubjpass"))]
        if protest.head.pos_ in ("VERB", "AUX") and protest.dep_ in ("nsubj", "dobj", "attr"):
            holders.append(protest.head)  # "protests took place in Belgrade"
        for holder in holders:
            places = self._place_of(holder)
            if places and is_country(places[0].code):
                country = places[0].code
                name = ActorDictionary.load().country_name(country, "CVL")
                return [ActorRef("", country, "CVL", name, None, implied=True)]
        return []

    def _state_agent(self, verb: Token) -> list[ActorRef]:
        """Who arrests, charges or jails when the text does not say ("at least eight activists
        were arrested", "was sentenced in Cairo"): only a state does, so as PLOVER coders read
        it, the police or courts of the country where it happened, else of those it was done
        to. Marked ``implied``: the text does not name it."""
        sector = _STATE_ACTS.get(verb.lemma_.lower())
        children = {c.dep_ for c in verb.children}
        if sector is None or "auxpass" not in children or "agent" in children:
            return []
        places = self._place_of(verb)
        undergoing = [c for c in verb.children if c.dep_ == "nsubjpass"]
        people = [a for c in undergoing for a in self.actors_at(c)]
        country = next((a.code for a in places + people if is_country(a.code)), None)
        if country is None:
            return []
        name = ActorDictionary.load().country_name(country, sector)
        return [ActorRef("", country, sector, name, None, implied=True)]

    def _unseen_attackers(self, verb: Token, event: str) -> list[ActorRef]:
        """Who stabbed, murdered or shot someone when the text does not say ("Wiranto was
        stabbed"): as PLOVER coders read it, unidentified attackers (UNK) of the country where
        it happened, else of the victim's. Marked ``implied``."""
        if event not in ("ASSAULT", "COERCE") or verb.lemma_.lower() not in _VIOLENT_ACTS:
            return []
        passive = any(c.dep_ == "auxpass" for c in verb.children) or is_read_as_adjective(verb)
        if not passive or any(c.dep_ == "agent" for c in verb.children):
            return []
        victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if is_read_as_adjective(verb):
            victims = [c for c in verb.head.children if c.dep_ == "nsubj"]
        people = [a for c in victims for a in self.actors_at(c) if not a.implied]
        return self._attackers_unnamed(verb, people)

    def _attackers_unnamed(self, act: Token, victims: list[ActorRef]) -> list[ActorRef]:
        """Unidentified attackers (UNK) of the country where an act against named victims
        happened, else of the victims' (none with no victim named), marked ``implied``."""
        if not victims:
            return []  # "the town was attacked" with no one named: no one to code
        places = self._place_of(act)
        country = next((a.code for a in places + victims if is_country(a.code)), None)
        if country is None:
            return []
        name = ActorDictionary.load().country_name(country, "UNK")
        return [ActorRef("", country, "UNK", name, None, implied=True)]

    def _withdrawn_themselves(self, verb: Token, cue: cues.Cue) -> list[ActorRef]:
        """Forces withdrawn, demobilised or disarmed with no one named doing it ("US troops were
        withdrawn from Somalia"): PLOVER codes the forces themselves as retreating."""
        if cue.event != "RETREAT" or cue.mode != "disarm":
            return []
        children = {c.dep_ for c in verb.children}
        if "auxpass" not in children or "agent" in children:
            return []
        return [
            a
            for c in verb.children
            if c.dep_ == "nsubjpass"
            for a in self.actors_at(c)
            if not a.implied and a.code != "unknown"
        ]

    @staticmethod
    def _object_nouns(verb: Token) -> list[Token]:
        """A verb's object nouns, looking through quantities: "some of the equipment"."""
        out: list[Token] = [verb.head] if _object_relative(verb) else []
        for child in verb.children:
            if child.dep_ not in ("dobj", "attr"):
                continue
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
            if is_prospect(child):
                continue  # "raised the possibility of air strikes": no strikes done
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.extend(c for c in prep.children if c.dep_ == "pobj")
        return out

    def _noun_event(self, noun: Token) -> Event | None:
        if readings.is_press_query(noun):
            return None  # "did not respond to WIRED's request for comment"
        if readings.is_only_danger(noun) or readings.is_threatened(noun):
            return None  # "Iran poses a grave threat", "the threat of sanctions"
        if noun.dep_ == "compound" and (
            noun.head.pos_ != "NOUN"
            or cues.noun_cue(noun.head.lemma_.lower(), []) is not None
            or noun.head.lemma_.lower() in _ARMED_KINDS
        ):  # "air strikes": the head noun is the trigger; "mediation mission": this one;
            return None  # "attack helicopters", "a strike force": a kind of unit, no attack
        first = noun
        while first.dep_ == "conj" and first.head != first:
            first = first.head  # "need Syrian and UN approval"
        if first.dep_ == "dobj" and first.head.lemma_.lower() in _WANTING:
            return None  # "awaited approval by the government": an approval yet to come
        if _striven_for(first):
            return None  # "fighting for the protesters' demands": a goal, not an event
        of_objects = [
            obj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        modifiers = [c.lemma_.lower() for c in noun.children if c.i < noun.i]
        light = self._governing_verb(noun)
        own = cues.noun_cue(noun.lemma_.lower(), modifiers, light)
        of_words = [o.lemma_.lower() for o in of_objects]
        if own is not None and of_words:  # "the expulsion of refugees" is no diplomatic one
            if cues.other_sense(noun.lemma_.lower(), of_words):
                return None  # "the release of a statement" frees no one
            own = cues.noun_cue(noun.lemma_.lower(), modifiers + of_words, light) or own
        cue = own or (cues.noun_cue(noun.lemma_.lower(), of_words, light) if of_objects else None)
        cue = readings.reread_call(noun, cue)  # "Flynn's calls with Kislyak": phone calls
        if cue is None or _agreement_named(noun, cue):
            return None
        object_named = own is None  # "provider of weapons": the "of" phrase is the object
        # "undertook a mediation mission between …": the phrase is the head's
        phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
        parties = self._between(phrase)
        governor = _governing_verb_token(phrase)
        if len(parties) > 1 and cue.event in _JOINT:
            codes = {p.code for p in parties}
            go_between = [
                a
                for a in (self.subject_of(governor) if phrase.dep_ == "dobj" and governor else [])
                if a.code not in codes
            ]
            if go_between:  # "Klibi undertook mediation between Syria and Arafat"
                return self._event(cue, noun, noun, go_between, parties)
            return self._event(cue, noun, noun, parties, [])  # "discussions between Moscow …"
        if len(parties) > 1 and noun.lemma_.lower() in _FIGHTS:
            # "clashes between protesters and police": one side against the other
            return self._event(cue, noun, noun, parties[:1], parties[1:])
        actors = self._noun_actors(noun)
        fallen = self._fallen_fighting(noun, governor)
        if not actors and fallen:  # "were killed in clashes with Israeli soldiers"
            return self._event(cue, noun, noun, fallen[0], fallen[1])
        patients: list[ActorRef] = []
        # "police denied its application": the police refuse the applicant, and the refusal is
        # the event, not a negated application
        said_by = [c for c in governor.children if c.dep_ == "nsubj"] if governor else []
        paired = bool(said_by) and cues.pairs_with(noun.lemma_.lower(), modifiers, light)
        if paired and governor is not None:
            patients, actors = actors, self.subject_of(governor)
        if noun.lemma_.lower() in _DONE_TO and not of_objects:
            # "Bashir's arrest": Bashir is arrested; "Russia's arrest of …": Russia arrests
            owners = [c for c in noun.children if c.dep_ == "poss"]
            patients = [
                a
                for owner in owners
                for a in self.actors_at(owner)
                if a.sector is not None or a.code == "unknown"
            ]
            actors = [a for a in actors if a not in patients]
        if noun.lemma_.lower() in _GIVERS:  # "the Philippines' donors" give to the Philippines
            owners = [c for c in noun.children if c.dep_ == "poss"]
            patients += [a for owner in owners for a in self.actors_at(owner)]
            actors = [a for a in actors if a not in patients]
        if object_named:
            for obj in of_objects:
                actors.extend(self._modifier_actors(obj))
        undergoing = governor is not None and (
            governor.lemma_.lower() in _UNDERGOING
            or (cue.event == "ACCUSE" and governor.lemma_.lower() in _CONTESTING)
        )  # "battling allegations": the accused, not the accuser
        if undergoing and governor is not None:  # "Tunisia is facing terrorist attacks"
            patients.extend(self.subject_of(governor))
            actors = [a for a in actors if a not in patients]
            if not actors:  # "won praise from Congress": Congress praises; but "faced attacks
                # in Sousse" says where, not who attacked
                sources = {"from", "by", "of"} | (
                    set() if ontology.quad_class(cue.event) in _MATERIAL else {"in"}
                )
                actors = [
                    a
                    for holder in (noun, governor)
                    for p in holder.children
                    if p.dep_ in ("prep", "agent") and p.lower_ in sources
                    for a in self._prep_objects(p)
                    if a not in patients
                ]
        elif (
            not actors
            and governor is not None
            and governor.lemma_.lower() not in _JUDGING
            and (
                not (noun.dep_ == "dobj" and governor.lemma_.lower() in _TELLING)
                or _claims_deed(noun, governor, cue)  # "Islamic State claimed the beheading"
            )
            and not _befallen_in(noun, governor)
            and (  # "committed the murder"; not "New York had 328 murders", "videos of …"
                noun.lemma_.lower() not in _VIOLENT_DEEDS
                or governor.lemma_.lower() in _PERPETRATING
            )
        ):  # "launched strikes", "went on strike"; but "a statement saying an attack …"
            actors = self.subject_of(governor)  # names no attacker
        if cue.mode == "visit" and governor is not None:
            actors, patients = self._traveller(noun, governor, actors, patients)
        actors = distinct(actors)
        crowd = not actors and cue.event == "PROTEST" and noun.lemma_.lower() in _PROTESTING
        if crowd:
            actors = self._crowd_at(noun)  # "anti-government protests in Belgrade"
        if not actors and noun.lemma_.lower() in _VIOLENT_DEEDS:
            victims = [a for o in of_objects for a in self.actors_at(o) if not a.implied]
            actors = self._attackers_unnamed(noun, victims)  # "the beheading of 21 Copts"
        if not actors:
            return None
        holders = [noun, *(of_objects if object_named else [])]
        if noun.dep_ == "pobj":
            holders.append(noun.head)
        preps = RECIPIENT_PREPS if object_named else RECIPIENT_PREPS | {"of"}
        recipients = [
            a
            for holder in holders
            for child in holder.children
            if child.dep_ == "prep" and child.lower_ in preps
            for a in self._prep_objects(child)
        ]
        recipients = others(distinct(patients + recipients), actors)
        if not recipients and ontology.quad_class(cue.event) in _MATERIAL:
            recipients = others(self._place_of(noun), actors)  # "an airstrike inside Pakistan"
        trigger = governor if paired and governor is not None else noun
        event = self._event(cue, trigger, noun, actors, recipients)
        return None if crowd and not _plain_protest(event) else event

    def _traveller(
        self, trip: Token, governor: Token, actors: list[ActorRef], patients: list[ActorRef]
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        """Who travels where on "a European trip": the adjective names where to, the one on
        the trip travels ("Funaro is on a European trip"), unless a "to" phrase says where."""
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in trip.children):
            return actors, patients
        places = [a for c in trip.children if c.dep_ == "amod" for a in self.actors_at(c)]
        travellers = self.subject_of(governor)
        if not places or not travellers or any(p in travellers for p in places):
            return actors, patients
        return travellers, [*patients, *places]

    def _fallen_fighting(
        self, fight: Token, governor: Token | None
    ) -> tuple[list[ActorRef], list[ActorRef]] | None:
        """Who fought whom when people "were killed in clashes with X": X against them."""
        if fight.lemma_.lower() not in _FIGHTS or governor is None:
            return None
        if not any(c.dep_ == "auxpass" for c in governor.children):
            return None
        opponents = [
            a
            for p in fight.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for a in self._prep_objects(p)
        ]
        fallen = [a for c in governor.children if c.dep_ == "nsubjpass" for a in self.actors_at(c)]
        fallen = others(fallen, opponents)
        return (opponents, fallen) if opponents and fallen else None

    def _between(self, noun: Token) -> list[ActorRef]:
        """The parties of a noun's "between X and Y" phrase."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                return distinct(self._prep_objects(child))
        return []

    @staticmethod
    def _governing_verb(noun: Token) -> str | None:
        """The light verb whose object the noun is ("give permission", "launch strikes")."""
        if noun.dep_ in ("dobj", "attr"):
            return noun.head.lemma_.lower()
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
            return noun.head.head.lemma_.lower()  # "ask for permission"
        return None

    def _noun_actors(self, noun: Token) -> list[ActorRef]:
        """Who a noun event's modifiers name: "US-led air strikes", "Russia's demand"; or who
        a participle says did it: "the attack, reportedly conducted by the Taliban"."""
        actors: list[ActorRef] = self.done_by(noun)
        for child in noun.children:
            bare = self.index.get(self._local(child))
            if bare is not None and bare.actor is None and child.pos_ == "ADJ":
                continue  # "military collaboration": a kind of event, not who does it
            if child.dep_ in ("compound", "nmod") and self._is_town(child):
                continue  # "the Salisbury attack": where it happened, not who did it
            if noun.lemma_.lower() in NAMED_BY_PLACE and self._is_town(child, capitals=True):
                continue  # "the Paris accord", "the Minsk agreement": a name, not a party
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and child.i < noun.i:
                actors.extend(self.actors_at(child, follow_conj=True))
                for grandchild in child.children:  # "US-led": the leader sits one level down
                    if grandchild.dep_ in ("npadvmod", "compound"):
                        actors.extend(self.actors_at(grandchild))
            elif child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
                actors.extend(self._prep_objects(child))
        return actors

    def _is_town(self, token: Token, capitals: bool = False) -> bool:
        """Whether a name is a city or province the dictionary files under a country (not the
        country, its people or — unless ``capitals`` — its capital, which stands for its
        government)."""
        found = self.index.get(self._local(token))
        if found is None or found.actor is None or token.pos_ != "PROPN":
            return False
        words = [t.text for t in self.sent[found.start : found.end]]
        entries = ActorDictionary.load().matches(words, self.context.when)
        kinds = {"place", "capital"} if capitals else {"place"}
        return len(entries) == 1 and entries[0][2].kind in kinds

    def _event(
        self,
        cue: cues.Cue,
        trigger: Token,
        end: Token,
        actors: list[ActorRef],
        recipients: list[ActorRef],
    ) -> Event:
        start_char = min(trigger.idx, end.idx) - self.sent.start_char
        end_char = max(trigger.idx + len(trigger), end.idx + len(end)) - self.sent.start_char
        speaker_verb = speaking_verb(trigger, cues.is_statement_verb)
        speaker = None
        if speaker_verb is not None:
            said_by = self.subject_of(speaker_verb)
            speaker = said_by[0] if said_by else None
        if speaker is None:
            speaker = self._source_of(trigger)  # "according to Syrian state media, …"
        governing_negation = (
            trigger.dep_ == "xcomp"
            and trigger.head.lemma_.lower() in NEGATING_VERBS
            and not any(c.dep_ == "neg" for c in trigger.head.children)  # "has not stopped"
        )
        negated = governing_negation or is_negated(trigger) or is_negated(end, trigger)
        if speaker_verb is not None and any(
            c.dep_ == "advmod" and c.lower_ in _IN_ERROR for c in speaker_verb.children
        ):
            negated = True  # "the article incorrectly stated that Paul opposed …": retracted
        mood = modality(trigger)
        when = self._date(trigger)
        anchor = self.context.when
        if mood == "asserted" and when and anchor and is_later(when, anchor):
            mood = "future"  # "next week's G-7 summit"
        event_type = cue.event
        duty = is_obligation(trigger)
        own_duty = speaker is not None and any(_same_side(speaker, a) for a in actors)
        if not (is_forecast(trigger) or (duty and not own_duty)):  # "X must act": no offer
            event_type, negated = _as_intention(cue.event, negated, mood, is_announced(trigger))
        mode = cue.mode if event_type == cue.event else None
        recipients = self._settle_recipients(event_type, trigger, end, actors, recipients, speaker)
        if not recipients and not negated:
            recipients = self._counterpart(event_type, trigger, end, actors)
        if event_type in _ABOUT_SOMETHING:  # "agreed to share information on North Korea"
            recipients = [r for r in recipients if not self._only_a_topic(r)]  # shares none with it
        actors = _without_unknown_twins([self._whole_phrase(a, trigger, end) for a in actors])
        recipients = _without_unknown_twins(
            [self._whole_phrase(r, trigger, end) for r in recipients]
        )
        cameo = _cameo_root(cue, event_type)
        if speaker is not None and duty and not own_duty:
            # "Mubarak said the US must mediate": a demand on the US
            event_type, mode, negated, mood = "REQUEST", None, False, "asserted"
            actors, recipients = [speaker], list(actors)
            cameo = ontology.cameo_root("REQUEST")
        return Event(
            id=f"{self.context.doc_id}-{self.context.sentence}-{trigger.i - self.sent.start}",
            doc_id=self.context.doc_id,
            sentence=self.context.sentence,
            text=self.sent.text,
            event=event_type,
            event_text=self.sent.text[start_char:end_char],
            span=(start_char, end_char),
            actor=tuple(actors),
            recipient=tuple(recipients),
            mode=mode,
            context=cue.context,
            date=when,
            quad_code=ontology.quad_class(event_type),
            intensity=ontology.intensity(event_type, mode),
            cameo=cameo,
            negated=negated,
            modality=mood,
            attribution=speaker,
        )

    def _whole_phrase(self, ref: ActorRef, trigger: Token, end: Token) -> ActorRef:
        """The actor with the whole noun phrase that names it as its text: "the Israeli
        government", "Brazil's truck drivers", "a Lebanese man" — determiners, numbers and
        modifiers included, the event's own words left out ("US-led air strikes")."""
        if ref.span is None:
            return ref
        offset = self.sent.start_char
        last = next((t for t in self.sent if t.idx + len(t) - offset == ref.span[1]), None)
        if last is None:
            return ref
        head = last
        for _ in range(3):
            governor = head.head
            if (
                head.dep_ not in ("compound", "amod", "nmod", "poss")
                or governor.i < head.i
                or governor.pos_ not in ("NOUN", "PROPN")
                or governor in (trigger, end)
                or cues.noun_cue(governor.lemma_.lower(), []) is not None
            ):
                break
            head = governor
        stop = max(head.idx + len(head) - offset, ref.span[1])
        quantity = _quantity_of(head)
        if quantity is not None and quantity not in (trigger, end):
            head = quantity  # "dozens of demonstrators", "some of the U.N. peacekeepers"
        start = min(head.left_edge.idx - offset, ref.span[0])
        if start >= ref.span[0] and stop == ref.span[1]:
            return ref
        if any(trigger.i == t.i or end.i == t.i for t in self.sent.doc[head.left_edge.i : head.i]):
            return ref
        text = self.sent.text[start:stop]
        return replace(ref, text=text, span=(start, stop))

    def _only_a_topic(self, ref: ActorRef) -> bool:
        """Whether an actor is named only as what a noun is about ("information on North
        Korea", "talks about Syria"), not as whom an act is done with or to."""
        if ref.span is None:
            return False
        offset = self.sent.start_char
        inside = [t for t in self.sent if ref.span[0] <= t.idx - offset < ref.span[1]]
        heads = [t for t in inside if t.head not in inside or t.head == t]
        return any(
            t.dep_ == "pobj"
            and t.head.lower_ in _TOPIC_PREPS
            and t.head.head.pos_ == "NOUN"
            and not _bears_on(t.head.head)  # "to lift sanctions on Iran": Iran bears them
            for t in heads[:1]
        )

    def _settle_recipients(
        self,
        event: str,
        trigger: Token,
        end: Token,
        actors: list[ActorRef],
        recipients: list[ActorRef],
        speaker: ActorRef | None,
    ) -> list[ActorRef]:
        """Recipients as PLOVER reads them: none of the actors' own countries for a joint act
        ("Israel and Lebanon renewed negotiations") or for forces mobilised; for a protest or
        mobilisation with none named, whom its purpose clause addresses ("to demand the
        resignation of the President", "for a war against Iraq")."""
        own = {a.code for a in actors}
        if (len(own) > 1 and event in _JOINT) or event == "MOBILIZE":
            recipients = [r for r in recipients if r.code not in own]
        recipients = [r for r in recipients if not _own_means(r, actors)]
        if recipients:
            return recipients
        if event in _AGAINST:  # "called for sanctions against Nigeria"
            for token in _phrase(end):
                if token.dep_ == "prep" and token.lower_ in ("against", "toward", "towards"):
                    found = others(self._prep_objects(token), actors)
                    if found:
                        return found
        nested = self._nested_recipients(end, actors)
        if nested:  # "a suspension of air links with Serbia", "part of an aid program for Bosnia"
            return nested
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb_token(trigger)
        if event in ("THREATEN", "REJECT"):  # "… if the United States goes ahead", "refuses
            # to … as long as Moscow insists": whoever the condition names is the other side
            subjects = {t.i for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
            scope = [t for t in (*trigger.subtree, trigger.head) if t.i not in subjects]
            for clause in scope:
                if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children
                ):
                    # the reporter is no condition, however the parser hangs a name ("…, Van
                    # den Broek said": "Van" the subject of a verb "den")
                    found = [r for r in others(self.subject_of(clause), actors) if r != speaker]
                    if found:
                        return found
        for clause in verb.children if verb is not None else ():
            if clause.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" for c in clause.children):
                if clause.lemma_.lower() in _DISCUSSING:  # "met … to discuss the changes in
                    purposed = self._talked_with(clause, actors)  # Kashmir": a topic
                    if purposed:
                        return purposed
                    continue
                purposed = self.objects_of(clause, actors)
                for inner in clause.children:  # "to help defend Saudi Arabia"
                    if not purposed and inner.dep_ == "xcomp":
                        purposed = self.objects_of(inner, actors)
                for obj in clause.children:
                    if not purposed and obj.dep_ == "dobj":
                        purposed = others(self._nested_actors(obj), actors)
                if not purposed:  # "to show their disapproval for the United States' policies"
                    purposed = self._nested_recipients(clause, actors)
                if purposed:
                    return purposed
        if event in _ANSWERING_DEEDS and trigger.pos_ in ("VERB", "AUX"):
            for token in _objects(trigger):  # "Moscow condemned the attack": whoever did it
                referred = others(self.deed_referred(token, self.context.sentence), actors)
                if referred and all(r.code != "unknown" for r in referred):
                    return referred
        named = {f.actor.code for f in self.mentions if f.actor is not None} - {"unknown"}
        if named - {a.code for a in actors}:
            return []  # others are named: no reading it as a domestic affair
        if any(f.actor is None and f.sector == "REF" for f in self.mentions):
            return []  # refugees come from abroad, not from the state taking them in
        return _domestic_counterpart(event, actors)

    def _counterpart(
        self, event: str, trigger: Token, end: Token, actors: list[ActorRef]
    ) -> list[ActorRef]:
        """The other side of the pair the document last told dealing with each other, for a
        hostile act of one of them, not denied, that names no recipient ("Iran launched a new
        offensive" in a story of Iran and Iraq at war: Iraq), when the sentence names no third
        party and the act no victim of its own ("killed 298 people"). Marked ``implied``: the
        text does not name it."""
        pair = self.memory.pair
        if event not in _DEALT_BETWEEN or pair is None or not actors:
            return []
        if any(c.dep_ in ("dobj", "nsubjpass") and c.i != end.i for c in trigger.children):
            return []  # "killed 298 people": the victims are named, if not as actors
        if actors[0].sector == "CVL" or (event == "COERCE" and trigger.lemma_.lower() in _AT_HOME):
            return []  # protesters, crackdowns, arrests: a domestic affair, not the pair's
        own = {a.code for a in actors}
        sides = [side for side in pair if is_country(side.code) and side.code not in own]
        if len(sides) != 1 or len(own & {side.code for side in pair}) != 1:
            return []  # the actor is not one of the pair, or is both
        other = sides[0]
        named = {f.actor.code for f in self.mentions if f.actor is not None} - {"unknown"}
        if named - own - {other.code}:
            return []  # a third party is named: the act may be aimed at it
        return [ActorRef("", other.code, other.sector, other.name, None, implied=True)]

    def _nested_recipients(self, head: Token, actors: list[ActorRef]) -> list[ActorRef]:
        """The first actors named by a recipient preposition anywhere in the phrase after a
        trigger, its objects' phrases included, the actors themselves left out."""
        tokens = [
            token
            for child in head.children
            if child.dep_ in _OBJECT_DEPS and child.i > head.i
            for token in _phrase(child)
        ]
        tokens += [  # "lifted sanctions imposed on Eritrea"
            token
            for obj in [head, *tokens]
            for participle in obj.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for token in _phrase(participle)
        ]
        for token in sorted(tokens, key=lambda t: t.i):
            if token.dep_ == "prep" and token.lower_ in _NESTED_RECIPIENT_PREPS:
                found = others(self._prep_objects(token), actors)
                if found:
                    return found
        return []

    def _date(self, trigger: Token) -> str | None:
        clause = trigger
        while clause.dep_ in ("xcomp", "conj", "pobj", "prep", "dobj") and clause.head != clause:
            clause = clause.head
        inside = {t.i for t in clause.subtree}
        for phrase in date_phrases(self.sent):
            verb = _governing_verb_of(phrase.root)
            if verb is not None and verb is not trigger and verb.dep_ == "conj":
                continue  # "agreed to roll over prices and resume talks next month"
            if phrase.root.head.i in inside or phrase.root.i in inside:
                resolved = resolve_date(phrase.text, self.context.when)
                if resolved:
                    return resolved
        return self.context.when.isoformat() if self.context.when else None


#: Event nouns whose possessor undergoes the event: "Bashir's arrest", "Khashoggi's killing".
_DONE_TO = frozenset(
    {"arrest", "detention", "killing", "murder", "assassination", "execution", "abduction",
     "kidnapping", "capture", "extradition", "trial", "imprisonment", "torture", "release",
     "expulsion", "deportation", "ouster", "removal", "prosecution", "indictment", "sentencing"}
)  # fmt: skip
#: Givers named by whom they give to ("Indonesia's donors", "Greece's creditors").
_GIVERS = frozenset({"donor", "creditor", "lender", "benefactor"})
#: What only a state does to people, and which of its organs does it, for passives that name
#: no one ("were arrested", "was sentenced").
_STATE_ACTS = {
    **dict.fromkeys(("arrest", "detain", "jail", "imprison", "deport", "round_up"), "COP"),
    **dict.fromkeys(("charge", "indict", "sentence", "convict", "prosecute"), "JUD"),
}
#: Deliberate violence against someone, whose doer a passive may leave unsaid ("was stabbed");
#: not "killed" or "injured", which accidents do too.
_VIOLENT_ACTS = frozenset(
    {"stab", "murder", "assassinate", "behead", "shoot", "abduct", "kidnap", "torture",
     "attack", "ambush", "slay", "lynch", "assault", "beat"}
)  # fmt: skip
#: The same deeds named as nouns ("the beheading of 21 Coptic Christians in Libya").
_VIOLENT_DEEDS = frozenset(
    {"beheading", "murder", "assassination", "stabbing", "shooting", "kidnapping", "abduction",
     "killing", "lynching", "torture"}
)  # fmt: skip
#: Verbs whose subject did the deed their object names ("committed the murder").
_PERPETRATING = frozenset(
    {"commit", "carry", "perpetrate", "order", "conduct", "claim", "mount", "stage", "execute"}
)  # fmt: skip
#: What explodes or is fired when a text names no one who did it.
_BLASTS = frozenset(
    {"bombing", "bomb", "explosion", "blast", "device", "mine", "landmine", "rocket", "shell",
     "grenade", "missile", "mortar", "gunfire", "car-bomb", "explosive", "ied"}
)  # fmt: skip
#: Conjunctions of a condition whose subject a threat or refusal is aimed at.
_CONDITIONS = frozenset({"if", "unless", "until", "as"})
#: Sectors of private people, whose visits and meetings are not diplomacy.
_PRIVATE_SECTORS = frozenset({"CVL", "REF", "JRN", "UNK"})
#: Verbs whose gerund complement is what the subject flees or suffers, not what it does.
_ESCAPED = frozenset({"flee", "escape", "avoid", "survive", "endure", "suffer", "face"})
#: Prepositions that say what a feeling is about ("concern over", "alarm at").
_ABOUT = frozenset({"at", "over", "about", "regarding", "with"})
#: Words by which a judged subject names whose it is ("Israel's move", "the French decision"),
#: unlike a place ("the situation in Mosul").
_JUDGED_OWNERS = frozenset({"poss", "amod", "compound", "nmod"})
#: Verbs that tell of something, whose object noun is what they tell of, not what they do.
_TELLING = frozenset({"say", "report", "tell", "state", "describe", "claim", "write", "tweet"})
#: Words of protesting that need no named protester: the place's people protest.
_PROTESTING = frozenset(
    {"protest", "demonstration", "demonstrate", "march", "riot", "strike", "sit-in", "unrest"}
)  # fmt: skip
#: Nouns whose clause says what they hold ("allegations his associates colluded with Russia").
_CONTENT_NOUNS = frozenset(
    {"allegation", "claim", "accusation", "charge", "report", "fact", "news", "suggestion",
     "idea", "notion", "evidence", "sign", "belief", "assertion", "rumor", "rumour", "fear",
     "hope", "view", "argument", "word", "impression", "assumption", "speculation"}
)  # fmt: skip
#: Fights between two sides, which the text names together ("clashes between X and Y").
#: Verbs of answering in kind: "responded with an airstrike" is the airstrike.
_RESPONDING = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter"})
_FIGHTS = frozenset({"clash", "fighting", "battle", "skirmish", "confrontation", "firefight"})
#: Backing said as another's right to act.
_BACKING = cues.Cue("SUPPORT", None, None, "051", "reading")


def _what_a_right_allows(token: Token) -> bool:
    """Whether a verb is what a right allows ("a right to defend its airspace")."""
    head = token.head.lemma_.lower()
    return token.dep_ in ("acl", "relcl") and head == "right" and is_infinitive(token)


def _grants_a_right(clause: Token) -> bool:
    """Whether a clause says its subject has a right to act ("Turkey had a right to defend its
    airspace", "Israel has every right to defend itself")."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    return (
        clause.lemma_.lower() == "have"
        and not negated
        and any(
            o.dep_ == "dobj"
            and o.lemma_.lower() == "right"
            and not any(d.lower_ == "no" for d in o.children)  # "has no right to exist"
            and any(a.dep_ in ("acl", "relcl") and is_infinitive(a) for a in o.children)
            for o in clause.children
        )
    )


#: Verbs of wanting, whose "X to do" clause is a demand on X.
_WISHING = frozenset({"want", "wish"})
#: Verbs that tell of another's deed as a charge against it ("claims Mahan flies fighters").
_CLAIMING = frozenset({"claim", "contend", "charge", "insinuate"})
#: An accusation made by claiming another's deed.
_CLAIM = cues.Cue("ACCUSE", "allege", None, "112", "reading")
#: Links from a deed's trigger up to the clause a claim verb governs.
_WITHIN_CLAIM = frozenset({"conj", "xcomp", "prep", "pobj", "dobj"})


def _claimed_by(trigger: Token) -> Token | None:
    """The verb whose "that" clause tells the trigger's deed ("claims Mahan flies …")."""
    token = trigger
    for _ in range(3):  # the clause's own verb, or a noun on it ("… in support of al-Assad")
        if token.dep_ == "ccomp" and token.head.pos_ == "VERB":
            return token.head
        if token.dep_ not in _WITHIN_CLAIM or token.head == token:
            return None
        token = token.head
    return None


def _backs_armed_group(event: Event) -> bool:
    """Whether an event backs an armed group ("siding with the terrorists", "arming ISIS"):
    said of another, that is a charge."""
    return event.event in ("SUPPORT", "AID", "COOPERATE") and any(
        r.code == "IMG" or r.sector in ARMED_SECTORS for r in event.recipient
    )


#: A demand said as what someone must do.
_DEMAND = cues.Cue("REQUEST", None, None, "100", "reading")
#: Quad classes of conflict, verbal and material.
_CONFLICT = frozenset({3, 4})
#: Quad classes of deeds (material cooperation and conflict), as against words.
_MATERIAL = frozenset({2, 4})
#: Units, craft and groups an event noun can name a kind of ("fighting force", "attack
#: helicopters", "protest group").
_ARMED_KINDS = frozenset(
    {"force", "unit", "helicopter", "aircraft", "plane", "jet", "fighter", "bomber", "drone",
     "ship", "vessel", "boat", "submarine", "tank", "group", "team", "squad", "brigade",
     "battalion", "troop", "soldier", "capability", "vehicle", "craft", "wing"}
)  # fmt: skip
#: Verbs of letting: a concession only when they let someone else do something.
_PERMITTING = frozenset({"allow", "permit"})
#: Verbs of coming and gathering: a consultation only where they name a host abroad.
_ARRIVING = frozenset({"arrive", "come", "gather", "go", "head", "travel", "fly", "return"})
#: Prepositions naming whom an act's object concerns: "mediation efforts among the republics".
_NESTED_RECIPIENT_PREPS = frozenset({*RECIPIENT_PREPS, "among"})
#: Events that always have a counterpart: with none named, the actor's own country is it.
_DOMESTIC = frozenset(
    {"CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "COERCE", "ASSAULT"}
)
#: What a state does at home when no one else is named: repress (bans, arrests, curfews),
#: refuse ("declined to resign") or give way ("approved a law recognising the opposition").
_REPRESSION = frozenset({"COERCE", "REJECT", "CONCEDE"})


#: Auxiliaries of a clause that says what is to be done rather than what is so.
_TO_BE_DONE = frozenset(
    {"would", "will", "should", "shall", "must", "could", "can", "may", "might", "'ll", "to"}
)  # fmt: skip


def _concurs(verb: Token) -> bool:
    """Whether "agree" only shares a view: its "that" clause says what is or was so ("agreed
    that the agreement had worked well"), not what is to be done ("agreed that talks would
    resume", "agreed that troops withdraw")."""
    if verb.lemma_.lower() not in ("agree", "concur"):
        return False
    if any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children):
        return False  # "agreed on a ceasefire", "agreed to withdraw"
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bool(clauses) and all(
        (c.tag_ not in ("VB", "VBP") or c.lemma_ == "be")  # not "that troops withdraw"
        and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _TO_BE_DONE for a in c.children)
        for c in clauses
    )


#: Verbs whose "in" names what their subject takes part in ("engaged in talks", "is in talks").
_TAKING_PART = frozenset(
    {"be", "take", "engage", "participate", "join", "involve", "persist", "continue", "succeed",
     "fail", "lead", "cooperate", "collaborate", "remain", "stay", "enter", "resume", "sit"}
)  # fmt: skip


#: Nouns of agreements and promises, which news names again and again once made.
_AGREEMENTS = frozenset(
    {"deal", "agreement", "accord", "pact", "treaty", "commitment", "pledge", "promise"}
)
#: Verbs by which an agreement or promise is made, not only named ("reached a deal", "signed
#: the accord", "renewed his pledge").
_MAKING_AGREEMENTS = frozenset(
    {"reach", "sign", "strike", "conclude", "seal", "agree", "broker", "negotiate", "clinch",
     "finalize", "finalise", "announce", "approve", "ratify", "unveil", "accept", "endorse",
     "initial", "hammer", "forge", "secure", "make", "cut", "complete", "renew", "reaffirm",
     "reiterate", "give", "offer", "repeat"}
)  # fmt: skip


def _agreement_named(noun: Token, cue: cues.Cue) -> bool:
    """Whether an agreement noun only names an agreement or promise already made ("critical of
    the proposed Iran deal", "mixed messages about his commitment"), not one made in this
    sentence ("reached a deal", "signed the accord", "renewed his pledge")."""
    if cue.event != "AGREE" or noun.lemma_.lower() not in _AGREEMENTS:
        return False
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )
    governor = _governing_verb_token(noun)
    made = governor is not None and governor.lemma_.lower() in _MAKING_AGREEMENTS
    return definite and not made


def _claims_deed(noun: Token, governor: Token, cue: cues.Cue) -> bool:
    """Whether "claimed" takes a violent deed as its object, which claims it as one's own
    ("Islamic State claimed the beheading"), not a report of it."""
    return (
        governor.lemma_.lower() == "claim"
        and noun.dep_ == "dobj"
        and ontology.quad_class(cue.event) == 4
    )


def _befallen_in(noun: Token, governor: Token) -> bool:
    """Whether an event noun is only the circumstance of its clause ("Hollande lost 130 people
    in the Paris attacks", "after the talks, Iran said …"), so the clause's subject did not do
    it; not where the subject takes part ("engaged in talks", "is in talks with Kiev", "said
    in a meeting with Honcharuk")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CIRCUMSTANTIAL:
        return False
    lemma = governor.lemma_.lower()
    taking_part = lemma in _TAKING_PART or cues.is_statement_verb(lemma)  # "said in a meeting"
    return noun.head.lower_ != "in" or not taking_part


def _press_work(event: Event) -> bool:
    """Whether only news media ask or talk to someone: reporting, not a political request or
    consultation ("Fox News asked the bureau about him", "CNN interviewed Putin")."""
    return (
        event.event in ("REQUEST", "CONSULT")
        and bool(event.actor)
        and all(a.sector == "JRN" for a in event.actor)
    )


def _private_visit(event: Event) -> bool:
    """Whether a visit is only private people's travel (civilians, refugees, reporters) or a
    trip at home that meets no one ("visited the hospital", "visiting the town of …")."""
    if event.event != "CONSULT" or event.mode != "visit":
        return False
    if all(a.sector in _PRIVATE_SECTORS and not a.implied for a in event.actor):
        return True
    homes = {a.code for a in event.actor}  # several countries' leaders meet one another
    return len(homes) == 1 and all(  # a place at home, not someone met there
        r.code in homes and r.sector is None for r in event.recipient
    )


#: People who vote or trade in the mass: what they back or cheer is a ballot or a market
#: move, not an act between political actors.
_ONLOOKERS = frozenset({"voter", "electorate", "investor", "trader", "shareholder", "consumer"})


def _by_onlookers(event: Event) -> bool:
    """Whether every actor of the event is a crowd of voters or investors."""
    return bool(event.actor) and all(
        a.text.strip() and _singular(a.text.split()[-1].lower()) in _ONLOOKERS for a in event.actor
    )


def _singular(word: str) -> str:
    """A plural noun's singular, by the regular rule ("voters" → "voter")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _plain_protest(event: Event) -> bool:
    """Whether an event told of an unnamed crowd is a protest that happened: the crowd is read
    from the place only then, not for a protest planned, feared or spoken of."""
    return event.event == "PROTEST" and event.modality == "asserted" and not event.negated


def _mere_arrival(
    verb: Token, cue: cues.Cue, actors: list[ActorRef], hosts: list[ActorRef]
) -> bool:
    """Whether a consultation read from a verb of coming or gathering names no host abroad
    ("Soleimani was arriving by plane", "reporters gathered on the South Lawn"): that is
    travel; "Merkel came to Paris" is a visit."""
    if cue.event != "CONSULT" or verb.lemma_.lower() not in _ARRIVING:
        return False
    if all(a.sector in _PRIVATE_SECTORS for a in actors):
        return True  # "more people are coming to Europe": migration, not a visit
    own = {a.code for a in actors}
    return not any(h.code not in own and h.code != "unknown" for h in hosts)


def _someone_else(recipients: list[ActorRef], actors: list[ActorRef]) -> bool:
    """Whether a recipient the text names is an actor other than the actors themselves."""
    own = {(a.code, a.sector) for a in actors}
    return any(
        not r.implied and r.code != "unknown" and (r.code, r.sector) not in own for r in recipients
    )


def _without_forces_sent(event: Event) -> Event:
    """An event without the forces it moves among its recipients ("promised not to send ground
    forces to Iraq": Iraq, not the forces, whatever country a mobilisation's were given)."""
    kept = tuple(
        r
        for r in event.recipient
        if not (
            r.sector == "MIL"
            and r.text.islower()
            and (event.event == "MOBILIZE" or _own_means(r, list(event.actor)))
        )
    )
    return event if kept == event.recipient else replace(event, recipient=kept)


#: Words that count or measure out a group named after their "of".
_QUANTITIES = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
     "number", "some", "many", "most", "all", "several", "few", "none", "one", "two", "three",
     "four", "five", "group", "handful", "majority", "rest", "scores"}
)  # fmt: skip


def _quantity_of(noun: Token) -> Token | None:
    """The count a group is given in ("dozens of demonstrators", "four of the largest
    corporations"): the word before its "of", whose phrase names the actor in full."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i > noun.i:
        return None
    count = prep.head
    if count.lower_ in _QUANTITIES or count.like_num:
        return count
    return None


def _without_unknown_twins(refs: list[ActorRef]) -> list[ActorRef]:
    """The actors without an `unknown` one named by the very phrase that names a known one
    ("Representative Steny H. Hoyer" of the United States is not also someone unknown)."""
    known = {r.span for r in refs if r.code != "unknown" and r.span is not None}
    kept: list[ActorRef] = []
    for ref in refs:
        twin = ref.code == "unknown" and ref.span in known
        if not twin and not any((k.span, k.code) == (ref.span, ref.code) for k in kept):
            kept.append(ref)
    return kept


def _bears_on(noun: Token) -> bool:
    """Whether a noun is a measure or a deed laid on someone ("sanctions on Iran", "a ban on
    the party", "attacks on Kurds"), whose "on" phrase names whom it is laid on."""
    cue = cues.noun_cue(noun.lemma_.lower(), [])
    return cue is not None and ontology.quad_class(cue.event) in (3, 4)


def _own_means(recipient: ActorRef, actors: list[ActorRef]) -> bool:
    """Whether a recipient is only the actor's own troops, officials or intelligence ("France
    is ready to contribute 4,000 troops to …"): a common noun that took the actor's country."""
    return recipient.text.islower() and any(_same_side(recipient, a) for a in actors)


def _is_condition(verb: Token) -> bool:
    """Whether a verb heads an "if" or "unless" clause: "if India attacks us" is what a threat
    hangs on, not an attack, and nothing in the clause is an event."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    )


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    """Whether two actors are one side: the same country's state, the same country's people
    or group ("Rwandan rebels" and "President Kagame" are not), or the same organisation."""
    return a.code == b.code and (a.sector in STATE_SECTORS) == (b.sector in STATE_SECTORS)


def _domestic_counterpart(event: str, actors: list[ActorRef]) -> list[ActorRef]:
    """The implied recipient of a demand, refusal, protest or use of force that names none, in
    a sentence naming no one abroad: as PLOVER and CAMEO coders read "Algerian landowners began
    a hunger strike", the counterpart is at home — a country's people or groups act on its
    government; its state represses, refuses or gives way to its own people ("police imposed
    a curfew", "the President declined to resign"). A state's accusations, threats, demands
    and attacks with no one named are left without a recipient: they are mostly aimed abroad.
    Marked ``implied``: the text does not name it."""
    if event not in _DOMESTIC or not actors or not is_country(actors[0].code):
        return []
    actor = actors[0]
    state = actor.sector in STATE_SECTORS
    if state and event not in _REPRESSION:
        return []  # "Turkey denounced the summit", "Russia warned": not a domestic affair
    sector = "CVL" if state else "GOV"
    name = ActorDictionary.load().country_name(actor.code, sector)
    return [ActorRef("", actor.code, sector, name, None, implied=True)]


#: Hostile acts, which with no one named are aimed at the other of the pair last told.
_DEALT_BETWEEN = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
#: Coercion a state mostly uses on its own people.
_AT_HOME = frozenset({"crackdown", "crack", "arrest", "detain", "curfew", "detention", "ban"})
#: Material conflict that, announced rather than done, is a threat.
_THREATENING = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"})
#: Events whose nouns' "on" or "about" phrase is their topic, not their other side.
_ABOUT_SOMETHING = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})
#: Verbs whose object, not subject, feels the disapproval: "Iraq disappointed the US".
_LETTING_DOWN = frozenset({"disappoint", "dismay", "dishearten", "sadden"})
_UNREALISED = frozenset({"future", "hypothetical", "conditional"})


def _as_intention(
    event: str, negated: bool, mood: str, announced: bool = False
) -> tuple[str, bool]:
    """PLOVER codes what an actor says it will do as what it does now: offering or promising
    cooperation is AGREE, refusing it is REJECT, announcing force or sanctions is THREATEN —
    unless the sanctions are announced as decided ("announced it will impose")."""
    if mood not in _UNREALISED or event in ("REJECT", "THREATEN"):
        return event, negated
    if event == "AGREE":  # "will not accept" refuses; "will accept" stays an agreement
        return ("REJECT", False) if negated else (event, negated)
    quad = ontology.quad_class(event)
    if quad in (1, 2):
        return ("REJECT", False) if negated else ("AGREE", False)
    if event == "SANCTION" and mood == "future" and announced:
        return event, negated  # "announced it would prohibit all aid": a decision, made now
    if event in _THREATENING and not negated:
        return "THREATEN", False
    return event, negated


def _asking_verb(token: Token) -> Token | None:
    """The verb asking for what ``token`` says: an infinitive after an object, or a conjunct or
    clause of one ("urged Beijing to withdraw the bill and stop …"), or what is called for
    ("calling for an independent U.N. investigation")."""
    if token.dep_ == "pobj" and token.head.lower_ == "for":  # "calling for a U.N. inquiry"
        verb = token.head.head
        return verb if verb.lemma_.lower() in ASKING_VERBS else None
    link = token
    for _ in range(4):
        head = link.head
        if link.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in link.children):
            return None  # "… to consider airstrikes and that the US rejected the request"
        asking = link.dep_ == "xcomp" and head.lemma_.lower() in ASKING_VERBS
        if asking and any(c.dep_ == "dobj" for c in head.children):
            return head
        if link.dep_ not in ("conj", "advcl", "xcomp") or head.pos_ not in ("VERB", "AUX"):
            return None
        link = head  # "… to amend the constitution so that marriages are banned": asked too
    return None


def _merge_complements(found: list[tuple[Token, Event]]) -> list[Event]:
    """One event for "offered to hand over" or "agreed to meet": when a verb's complement codes
    as the same event as the verb, the two become one spanning both, with the complement's
    recipients when the verb has none; an event named inside the subject of a clause coding the
    same event is that clause's."""
    by_token = {token.i: event for token, event in found}
    merged: dict[int, Event] = {}
    dropped: set[int] = set()
    for token, event in found:
        asked_by = _asking_verb(token)
        if asked_by is not None:  # "urged the authorities to guarantee … and engage …"
            outer = by_token.get(asked_by.i)
            if outer is not None and outer.event == "REQUEST" and event.event != "REQUEST":
                merged[asked_by.i] = _asking(merged.get(asked_by.i, outer), event)
                dropped.add(token.i)
                continue
            if outer is None:
                dropped.add(token.i)  # "I urge the authorities to engage in dialogue": asked for
                continue
        head = token.head
        aim = _aim_of_act(token, by_token)
        if aim is not None and aim.event != event.event:
            dropped.add(token.i)  # "launched an offensive to break the siege": what it is for
            continue
        infinitive = token.dep_ == "xcomp" or (  # "have sworn to fight", parsed as an adverbial
            token.dep_ == "advcl" and is_infinitive(token)
        )
        # "carried out a raid, targeting IS commanders", "launched missiles targeting US
        # troops": one act, told twice
        participle = token.dep_ == "advcl" and token.tag_ == "VBG"
        if token.dep_ == "acl" and token.tag_ == "VBG" and head.dep_ == "dobj":
            head, participle = head.head, True
        complement = token.dep_ == "ccomp" or infinitive or participle
        outer = by_token.get(head.i) if complement else None
        if outer is None or head.i in dropped:
            continue
        intending = infinitive and is_intention_word(head.lemma_.lower())
        if outer.event == "REQUEST" and event.event != "REQUEST" and not participle:
            # "demanded that the US cancel plans": the demand is the event, addressed to the US;
            # "Calling the violence unacceptable, Cameron urged …" criticises besides
            merged[head.i] = _asking(outer, event)
            dropped.add(token.i)
            continue
        if infinitive and token.dep_ == "advcl" and event.event == "PROTEST":
            # "shunned work to protest at …", "went on strike to protest": the act is the protest
            actor = outer.actor or event.actor
            merged[head.i] = _spanning(
                event, outer, event, actor, event.recipient, event.attribution
            )
            dropped.add(token.i)
            continue
        purpose = token.dep_ == "advcl" or ontology.quad_class(outer.event) in _MATERIAL
        if infinitive and purpose and outer.event != event.event and not intending:
            # "sent troops to fight the rebels", "massed troops to attack": a purpose, not done
            dropped.add(token.i)
            continue
        if outer.event != event.event and not intending:
            continue
        kind = event if intending else outer  # "plans to impose": the plan is the threat
        if outer.event in ("THREATEN", "REJECT") or (
            outer.event == "AGREE" and event.event == "REJECT"
        ):
            kind = outer  # "threatened to stop talks", "agreed to postpone the protest"
        merged[head.i] = _spanning(
            kind,
            outer,
            event,
            recipient=_named_first(outer.recipient, event.recipient),
            actor=outer.actor or event.actor,
            attribution=outer.attribution or event.attribution,
        )
        dropped.add(token.i)
    for token, event in found:  # "US Predator attacks … have killed": the clause says it all
        for other, main in found:
            subjects = [c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")]
            if (
                other.i != token.i
                and main.event == event.event
                and any(token in subject.subtree for subject in subjects)
            ):
                dropped.add(token.i)
    for token, event in found:  # "train and equip U.S. allies": one act told by two verbs
        outer = by_token.get(token.head.i) if token.dep_ == "conj" else None
        shared = not (_objects(token) and _objects(token.head))  # not "expelled X and shut Y"
        if (
            outer is not None
            and shared
            and token.head.i not in dropped
            and _retold(merged.get(token.head.i, outer), event)
        ):
            dropped.add(token.i)
    return [merged.get(token.i, event) for token, event in found if token.i not in dropped]


def _retold(first: Event, second: Event) -> bool:
    """Whether a conjoined verb's event says again what the first did: same type, actors,
    negation and modality, and no recipient the first lacks."""
    codes = lambda refs: {r.code for r in refs}  # noqa: E731
    return (
        first.event == second.event
        and codes(first.actor) == codes(second.actor)
        and codes(second.recipient) <= codes(first.recipient)
        and first.negated == second.negated
        and first.modality == second.modality
    )


def _in_hyphenated_modifier(token: Token) -> bool:
    """Whether a word is part of a hyphenated modifier of a noun ("right-wing", "anti-war",
    "long-range"), which describes that noun; a hyphenated noun ("cease-fire") is its own."""
    doc, first, last = token.doc, token.i, token.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_:
        last += 2
    return first != last and doc[last].dep_ in ("amod", "compound", "nmod")


def _object_relative(verb: Token) -> bool:
    """Whether a relative clause's noun is the object of its past deed: "the tariffs Reagan
    ordered", "the sanctions Trump lifted" (not "the ship, which was sanctioned")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.tag_ not in ("VBD", "VBN"):
        return False  # "the missiles Iran uses": what it has, not a deed
    if verb.head.lemma_.lower() in _CONTENT_NOUNS:
        return False  # "allegations his associates colluded": what is alleged, not an object
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return bool(subjects) and subjects[0].lower_ not in ("which", "that", "who") and not objects


def _aim_of_act(token: Token, by_token: dict[int, Event]) -> Event | None:
    """The material act an infinitive on its object noun is the aim of ("launched an
    offensive to break the siege", "a deployment to deter Turkey"), if any."""
    noun = token.head
    if token.dep_ != "acl" or not is_infinitive(token):
        return None
    act = by_token.get(noun.i) or (by_token.get(noun.head.i) if noun.dep_ == "dobj" else None)
    if act is None or ontology.quad_class(act.event) not in _MATERIAL:
        return None
    return act


def _asking(request: Event, asked: Event) -> Event:
    """A request addressed to whoever must do what it asks, never the asker itself."""
    doers = tuple(others(list(asked.actor), list(request.actor)))
    return replace(request, recipient=_named_first(request.recipient, doers))


def _spanning(
    kind: Event,
    outer: Event,
    inner: Event,
    actor: tuple[ActorRef, ...],
    recipient: tuple[ActorRef, ...],
    attribution: ActorRef | None,
) -> Event:
    """``kind`` stretched over the outer trigger and its complement, under the outer's id."""
    start, end = outer.span[0], max(outer.span[1], inner.span[1])
    return replace(
        kind,
        id=outer.id,
        span=(start, end),
        event_text=outer.text[start:end],
        actor=actor,
        recipient=recipient,
        attribution=attribution,
    )


def _named_first(first: tuple[ActorRef, ...], second: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The first recipients unless only implied and the second names some."""
    if any(not r.implied for r in first) or not any(not r.implied for r in second):
        return first or second
    return second


def _cameo_root(cue: cues.Cue, event: str) -> str | None:
    """The CAMEO root of the cue's own code when it still names the event, else the crosswalk's."""
    if cue.cameo and event == cue.event:
        return cue.cameo[:2]
    return ontology.cameo_root(event)


#: Dependents holding what a trigger acts on (not its subject or its own clauses).
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "prep", "pobj", "prt"})
_PATTERN_DEPS = {"prt", "prep", "dobj", "xcomp", "attr", "dative", "oprd", "acomp"}
#: Prepositions of when or despite what, whose phrase says nothing of what was done.
_CIRCUMSTANCES = frozenset(
    {"during", "amid", "amidst", "after", "before", "despite", "since", "until", "throughout"}
)
#: Prepositions of the circumstance a clause happens in ("lost 130 people in the attacks").
_CIRCUMSTANTIAL = _CIRCUMSTANCES | {"in", "following"}
#: Verbs that only say an act begins or goes on: the act in their complement is the event.
_ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "keep"})
#: Adverbs by which a report takes back what it said.
_IN_ERROR = frozenset({"incorrectly", "falsely", "wrongly", "erroneously", "mistakenly"})
#: Prepositions of a report's source, never part of what is reported.
_SOURCE_WORDS = frozenset({"according"})
#: Verb particles the parser sometimes reads as adverbs.
_PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "forward", "ahead"})
_SKIPPED_POS = {"DET", "PUNCT", "CCONJ", "NUM", "PRON"}
_PATTERN_WORDS = 12
_NESTED_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "appos", "parataxis"}


def _phrase(token: Token) -> list[Token]:
    """A token with its dependents, leaving out nested clauses."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _NESTED_CLAUSES:
            out.extend(_phrase(child))
    return out


_CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "yuan", "yen", "rouble", "ruble", "rupee", "krone", "franc"}
)


def _striven_for(noun: Token) -> bool:
    """Whether a noun is what a verb whose "for" phrase codes nothing strives for ("fight
    for", "struggle for")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return False
    return cues.says_nothing(prep.head.lemma_.lower(), ["for", noun.lemma_.lower()])


def _governing_verb_of(token: Token) -> Token | None:
    """The nearest verb above a word ("next month" → "resume")."""
    head = token.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        head = head.head
    return None


def _is_accusation(noun: Token) -> bool:
    """Whether a noun names what someone is accused of ("allegations", "charges")."""
    cue = cues.noun_cue(noun.lemma_.lower(), [])
    return noun.lemma_.lower() in ("charge", "indictment") or (
        cue is not None and cue.event == "ACCUSE"
    )


def _is_money(token: Token) -> bool:
    """A currency sign or word: "$2 million", "5.1 million dollars"."""
    return token.tag_ == "$" or token.text in "$€£¥" or token.lemma_.lower() in _CURRENCIES


def _of_words(noun: Token) -> list[str]:
    """The lemmas of a noun's "of" objects ("the expulsion of refugees": refugee)."""
    return [
        obj.lemma_.lower()
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _governing_verb_token(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("on strike")."""
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and (
            prep.lower_ in ("on", "in", "into", "for")
            or (prep.lower_ == "with" and prep.head.lemma_.lower() in _RESPONDING)
        )
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.i > prep.head.i
    ):
        return prep.head
    return None


def _objects(verb: Token) -> list[Token]:
    """A verb's direct objects and the objects of its prepositions."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prep in verb.children:
        if prep.dep_ == "prep":
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out
