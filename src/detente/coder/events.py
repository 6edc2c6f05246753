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

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from detente.coder import cues, ontology
from detente.coder.mentions import Found, token_index
from detente.coder.qualifiers import NEGATING_VERBS, is_negated, modality, speaking_verb
from detente.coder.records import ActorRef, Event
from detente.coder.temporal import resolve_date

_RECIPIENT_PREPS = {"to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for"}
_AGENT_PREPS = {"by", "from"}
_PRONOUNS = {"it", "they", "he", "she", "we", "them", "its", "their", "his", "her"}
_INHERIT = {"xcomp", "conj", "advcl", "pcomp", "acl"}


@dataclass
class Memory:
    """What a document said recently, for pronouns, "the two" and bare agents ("officials")."""

    subjects: list[ActorRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    by_sector: dict[str, ActorRef] = field(default_factory=dict)

    def remember(self, refs: list[ActorRef], subject: bool = False) -> None:
        for ref in refs:
            self.actors.append(ref)
            if ref.sector:
                self.by_sector[ref.sector] = ref
        if subject and refs:
            self.subjects = list(refs)
        del self.actors[:-20]


@dataclass(frozen=True, slots=True)
class Context:
    """Where a sentence sits: its document, index and date."""

    doc_id: str
    sentence: int
    when: date | None


class SentenceCoder:
    """Code one sentence given its mentions and the document's memory."""

    def __init__(self, sent: Span, mentions: list[Found], memory: Memory, context: Context) -> None:
        self.sent = sent
        self.mentions = mentions
        self.index = token_index(mentions)
        self.memory = memory
        self.context = context

    # --- actors -----------------------------------------------------------------------------

    def _local(self, token: Token) -> int:
        return token.i - self.sent.start

    def actors_at(self, token: Token, *, follow_conj: bool = True) -> list[ActorRef]:
        """The actors a noun phrase headed by ``token`` names (with its conjuncts)."""
        refs: list[ActorRef] = []
        found = self.index.get(self._local(token))
        if found is not None:
            refs.extend(self._resolve_found(found))
        elif token.lower_ in _PRONOUNS and token.pos_ == "PRON":
            refs.extend(
                self.memory.subjects[:2]
                if token.lower_ in ("they", "them", "their")
                else self.memory.subjects[:1]
            )
        elif token.lower_ == "two" and any(c.lower_ == "the" for c in token.children):
            refs.extend(_distinct(self.memory.actors)[-2:])
        else:
            for child in token.children:
                if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "appos"):
                    inner = self.index.get(self._local(child))
                    if inner is not None:
                        refs.extend(self._resolve_found(inner))
            if not refs:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for obj in child.children:
                            if obj.dep_ == "pobj":
                                refs.extend(self.actors_at(obj))
        if follow_conj:
            for child in token.children:
                if child.dep_ == "conj":
                    refs.extend(self.actors_at(child))
        return _distinct(refs)

    def _resolve_found(self, found: Found) -> list[ActorRef]:
        if found.actor is not None:
            return [found.actor]
        if found.sector and found.sector in self.memory.by_sector:
            known = self.memory.by_sector[found.sector]
            first, last = self.sent[found.start], self.sent[found.end - 1]
            offset = self.sent.start_char
            text = self.sent.doc.text[first.idx : last.idx + len(last)]
            span = (first.idx - offset, last.idx + len(last) - offset)
            return [ActorRef(text, known.code, known.sector, known.name, span)]
        return []

    def subject_of(self, verb: Token) -> list[ActorRef]:
        """The actor of a verb: its subject, the passive's agent, or its governor's subject."""
        token = verb
        for _ in range(4):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                return self.actors_at(subjects[0])
            agents = [c for c in token.children if c.dep_ == "agent"]
            for agent in agents:
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        return self.actors_at(obj)
            if token.dep_ not in _INHERIT or token.head == token:
                break
            token = token.head
        return []

    def objects_of(self, verb: Token, exclude: list[ActorRef]) -> list[ActorRef]:
        """The recipients of a verb: direct, indirect and prepositional objects naming actors."""
        refs: list[ActorRef] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
                refs.extend(self.actors_at(child))
            elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        refs.extend(self.actors_at(obj))
        if not refs:
            for child in verb.children:
                if child.dep_ == "ccomp":
                    subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if subjects:
                        refs.extend(self.actors_at(subjects[0]))
        keep = {a.id for a in exclude}
        return [r for r in _distinct(refs) if r.id not in keep]

    # --- triggers ---------------------------------------------------------------------------

    def code(self) -> list[Event]:
        """Every event in the sentence."""
        events: list[Event] = []
        taken: set[int] = set()
        for token in self.sent:
            if token.i in taken:
                continue
            event = None
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
                event = self._verb_event(token, taken)
            elif token.pos_ == "NOUN":
                event = self._noun_event(token)
            if event is not None:
                events.append(event)
                taken.add(token.i)
        subjects = [c for c in self.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            self.memory.remember(self.actors_at(subjects[0]), subject=True)
        self.memory.remember([f.actor for f in self.mentions if f.actor is not None])
        return events

    def _following(self, verb: Token) -> list[str]:
        words = []
        for child in verb.children:
            if child.i < verb.i:
                continue
            if child.dep_ in ("prt", "prep", "dobj", "xcomp", "attr"):
                words.append(child.lemma_.lower())
                if child.dep_ == "prep":
                    words.extend(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
        return words

    def _verb_event(self, verb: Token, taken: set[int]) -> Event | None:
        lemma = verb.lemma_.lower()
        if cues.is_statement_verb(lemma):
            return None
        cue = cues.verb_cue(lemma, self._following(verb))
        trigger, end = verb, verb
        if cue is None or cues.is_light_verb(lemma):
            for child in verb.children:
                if child.dep_ in ("dobj", "attr"):
                    modifiers = [c.lemma_.lower() for c in child.children if c.i < child.i]
                    noun = cues.noun_cue(child.lemma_.lower(), modifiers, lemma)
                    if noun is not None:
                        cue, end = noun, child
                        taken.add(child.i)
        if cue is None:
            return None
        actors = self.subject_of(verb)
        if not actors:
            return None
        recipients = self.objects_of(end if end is not verb else verb, actors)
        if end is not verb and not recipients:
            recipients = self.objects_of(verb, actors)
        return self._event(cue, trigger, end, actors, recipients)

    def _noun_event(self, noun: Token) -> Event | None:
        if noun.dep_ in ("compound",):
            return None
        modifiers = [c.lemma_.lower() for c in noun.children if c.i < noun.i]
        verb = noun.head.lemma_.lower() if noun.dep_ in ("dobj", "attr") else None
        cue = cues.noun_cue(noun.lemma_.lower(), modifiers, verb)
        if cue is None:
            return None
        actors: list[ActorRef] = []
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and child.i < noun.i:
                actors.extend(self.actors_at(child, follow_conj=True))
                for grandchild in child.children:  # "US-led": the leader sits one level down
                    if grandchild.dep_ in ("npadvmod", "compound"):
                        actors.extend(self.actors_at(grandchild))
            elif child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
                actors.extend(
                    a for obj in child.children if obj.dep_ == "pobj" for a in self.actors_at(obj)
                )
        if not actors and noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ == "VERB":
            actors = self.subject_of(noun.head)
        actors = _distinct(actors)
        if not actors:
            return None
        recipients: list[ActorRef] = []
        for holder in (noun, noun.head if noun.dep_ == "pobj" else None):
            if holder is None:
                continue
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | {"of"}:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            recipients.extend(self.actors_at(obj))
        keep = {a.id for a in actors}
        recipients = [r for r in _distinct(recipients) if r.id not in keep]
        return self._event(cue, noun, noun, actors, recipients)

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
        governing_negation = (
            trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in NEGATING_VERBS
        )
        event_type = cue.event
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
            mode=cue.mode,
            context=cue.context,
            date=self._date(trigger),
            quad_code=ontology.quad_class(event_type),
            intensity=ontology.intensity(event_type, cue.mode),
            cameo=cue.cameo[:2] if cue.cameo else ontology.cameo_root(event_type, cue.mode),
            negated=governing_negation or is_negated(trigger) or is_negated(end),
            modality=modality(trigger),
            attribution=speaker,
        )

    def _date(self, trigger: Token) -> str | None:
        clause = trigger
        while clause.dep_ in ("xcomp", "conj", "pobj", "prep", "dobj") and clause.head != clause:
            clause = clause.head
        for ent in self.sent.ents:
            if ent.label_ in ("DATE", "TIME") and ent.root.head.i in {t.i for t in clause.subtree}:
                resolved = resolve_date(ent.text, self.context.when)
                if resolved:
                    return resolved
        return self.context.when.isoformat() if self.context.when else None


def _distinct(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref.id not in seen:
            seen.add(ref.id)
            out.append(ref)
    return out
