"""Readings of a trigger that its surroundings change.

The cue tables say what a word usually means; these rules read the clause around it: troops
arriving are deployed, not visiting; "encouraged X to …" asks X; "sought to …" is coded by what is
attempted; "the target of US sanctions" is done to the subject; "protested that …" or a state's
protest is an accusation; "…, reports aid agencies" only names a source; a warning is a threat
only when it says what is to come; "ordered diplomats out" expels them; "attacked the decision"
or "called the strikes an act of aggression" criticises; "asked whether …", "declined to
comment", "shot back that …" and "recognize that …" code nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder import cues
from detente.coder.actors import is_country
from detente.coder.dictionary import ActorDictionary
from detente.coder.qualifiers import is_infinitive
from detente.coder.records import ActorRef

#: Sectors of a state's own organs (None: the country as a whole).
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PRE", "ELI"})

#: Nouns that make the clause's subject the one an event is done to ("the target of").
_TARGETED_NOUNS = frozenset({"subject", "target", "victim", "object", "focus"})


def is_targeted(noun: Token) -> bool:
    """Whether an event noun hangs off "the target of …" ("the subject of US sanctions")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _TARGETED_NOUNS
        and prep.head.dep_ in ("attr", "dobj")
    )


#: Verbs that, with someone and a "to" clause, ask that someone to act ("pushed Iran to
#: release", "challenged Ukraine's leaders to make …").
_PERSUADING = frozenset(
    {"encourage", "press", "push", "pressure", "persuade", "convince", "lobby", "prod", "nudge",
     "challenge", "dare"}
)  # fmt: skip
_URGING = cues.Cue("REQUEST", None, None, "020", "verb")

#: Verbs whose "to" complement carries the event: trying ("sought to meddle"), the future
#: ("going to rely", "plans to have two cascades") and necessity ("will need to know") ask
#: nothing and visit no one.
_CARRIERS = frozenset(
    {"seek", "try", "attempt", "strive", "endeavour", "endeavor", "go", "need", "aim", "manage",
     "plan", "position"}
)  # fmt: skip
#: "asked not to be named": a source's anonymity, not a request.
_ANONYMOUS = frozenset({"name", "identify", "quote", "cite"})

#: Military units: when they arrive somewhere they are deployed there, not visiting.
_TROOPS = frozenset(
    {"troop", "force", "soldier", "peacekeeper", "contingent", "battalion", "brigade", "unit",
     "warship", "marine", "paratrooper"}
)  # fmt: skip
_ARRIVING = frozenset({"arrive", "land", "reach", "enter", "come"})
_BATCHES = frozenset({"deployment", "batch", "group", "wave", "contingent"})
_PEACEKEEPING = cues.Cue("AID", None, "peacekeeping", "074", "troops")
_DEPLOYMENT = cues.Cue("MOBILIZE", "troops", "military", "154", "troops")


#: Words that make a team a military one ("special operations teams", "commando team").
_ARMED = frozenset({"force", "operation", "commando", "military", "army", "combat", "assault"})


def _armed_team(noun: Token) -> bool:
    """Whether a team is soldiers: "U.S. special operations teams", "a commando team"."""
    return noun.lemma_.lower() == "team" and any(
        c.lemma_.lower() in _ARMED for c in noun.children if c.dep_ in ("compound", "amod")
    )


def _arriving_troops(verb: Token) -> cues.Cue | None:
    """ "NATO peacekeeping troops arrived in Bosnia": a deployment, not a visit; peacekeepers
    arriving are PLOVER's peacekeeping aid."""
    if verb.lemma_.lower() not in _ARRIVING:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    units = [subjects[0]]
    if units[0].lemma_.lower() in _BATCHES:  # "the first deployment of NATO troops"
        units += [o for p in units[0].children if p.lower_ == "of" for o in p.children]
    unit = next((u for u in units if u.lemma_.lower() in _TROOPS or _armed_team(u)), None)
    if unit is None:
        return None
    peace = any(t.lemma_.lower().startswith("peacekeep") for t in unit.subtree)
    return _PEACEKEEPING if peace or unit.lemma_.lower() == "peacekeeper" else _DEPLOYMENT


def is_reporting_tag(verb: Token) -> bool:
    """Whether a statement verb only names a source after the fact ("…, reports aid agencies"),
    its subject after it or missing."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return (
        before is not None
        and before.text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    )


VERBAL_PROTEST = cues.Cue("ACCUSE", "disapprove", "diplomatic", "114", "verb")


#: Protests that are done rather than said, whoever does them.
_PROTESTS_DONE = frozenset({"boycott", "strike", "march", "demonstrate", "picket"})


def protests_in_words(verb: Token, actors: list[ActorRef]) -> bool:
    """Whether "protested" is a complaint, not a demonstration: it says what it objects to
    ("a rights group protested that the authorities fail …"), or a state protests ("Britain
    protested to Iran"), as PLOVER files official protests under ACCUSE; a boycott or a
    strike is done, not said ("lawmakers boycotted the vote")."""
    if verb.lemma_.lower() in _PROTESTS_DONE:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis":
        return True
    actor = actors[0]
    if not is_country(actor.code) or actor.sector not in STATE_SECTORS:
        return False
    if actor.sector is not None:
        return True
    words = actor.text.split()  # "Egyptians protested in Cairo": a people, not its state
    return not any(e.kind == "demonym" for _, _, e in ActorDictionary.load().matches(words, None))


#: Verbs of warning: a threat only when the warning names what the warner's side will do.
_WARNING = frozenset({"warn", "caution"})
#: Auxiliaries of what someone will or may do.
_PROSPECTIVE = frozenset({"will", "would", "shall", "'ll", "’ll", "wo", "could", "may", "might"})


def is_warning(verb: Token) -> bool:
    """Whether the verb warns or cautions."""
    return verb.lemma_.lower() in _WARNING


def warned_actions(verb: Token) -> tuple[bool, list[Token]]:
    """What a warning says will happen: whether it is addressed to someone as a warning ("Russia
    warned China", "warned Tehran not to use them"), and the clauses of what is to come ("warned
    that police will no longer tolerate rallies"). A warning with neither ("warned that Iran was
    running out of ways", "cautioned that no deadline had been set", "warned Sanders that Russia
    is trying to help him") only voices a fear or passes news on: no PLOVER event."""
    children = {c.dep_ for c in verb.children}
    told = bool(children & {"dobj", "dative"}) and ("xcomp" in children or "ccomp" not in children)
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    contents += [j for c in contents for j in c.children if j.dep_ == "conj"]  # "… and will hold"
    coming = [
        c for c in contents if any(a.dep_ == "aux" and a.lower_ in _PROSPECTIVE for a in c.children)
    ]
    return told, coming


_WH_WORDS = frozenset(
    {"whether", "if", "what", "who", "whom", "why", "how", "when", "where", "which"}
)


def is_question(verb: Token) -> bool:
    """Whether "asked" puts a question, not a request: "asked whether an investigation was
    conducted", "asked Putin if he would meet Trump", or someone being asked by no one named
    ("when asked about the strikes, Kerry said …", "when he was asked whether …")."""
    if verb.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS for c in verb.children):
        return True
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    bare = verb.dep_ in ("advcl", "relcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )
    return passive or bare


#: Words of hostility a warning may foretell ("could lead to war", "will hold … accountable").
_HOSTILITY = frozenset(
    {"war", "attack", "conflict", "retaliate", "retaliation", "sanction", "consequence",
     "accountable", "force", "strike", "punish", "punishment", "response", "respond",
     "escalation", "confrontation", "reprisal", "countermeasure", "violence", "invasion"}
)  # fmt: skip


def foretells_hostility(clause: Token) -> bool:
    """Whether what a warning says will come is hostile: "could lead to war"."""
    return any(t.lemma_.lower() in _HOSTILITY for t in clause.subtree)


#: What one declines to do when one declines to comment: no refusal of anything political.
_COMMENTING = frozenset(
    {"say", "comment", "elaborate", "confirm", "disclose", "speculate", "answer", "specify",
     "discuss", "identify", "name", "reveal", "detail"}
)  # fmt: skip


#: Verbs that, with a "that" clause, only acknowledge a fact ("recognize that this is a battle").
_ACKNOWLEDGING = frozenset(
    {"recognize", "recognise", "acknowledge", "admit", "accept", "concede", "demonstrate",
     "show", "prove"}
)  # fmt: skip


def acknowledges(verb: Token) -> bool:
    """Whether the verb acknowledges what its clause says rather than recognising someone:
    "they recognize that this is a battle", "conceded that no deadline was set"."""
    return (
        verb.lemma_.lower() in _ACKNOWLEDGING
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def insists_on_fact(verb: Token) -> bool:
    """Whether "insisted / suggested that …" states a fact rather than demands: its clause says
    what is ("insisted that police have strict instructions", "the report suggests it is
    difficult to assess"), not what must be ("insists that strikes need Damascus' approval",
    "suggested that Iran should halt enrichment"); and what records and figures suggest is
    what they show ("the data suggest a slowdown")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("insist", "suggest"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if lemma == "suggest" and any(s.lemma_.lower() in _RECORDS for s in subjects):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(_demands_something(c) for c in clauses)


#: What shows rather than proposes: "the report / the data / the evidence suggests …".
_RECORDS = frozenset(
    {"report", "data", "datum", "evidence", "study", "poll", "survey", "research", "finding",
     "analysis", "figure", "statistic", "number", "record", "document", "assessment", "result"}
)  # fmt: skip


def is_press_query(noun: Token) -> bool:
    """Whether a request is a reporter's ("did not respond to a request for comment")."""
    return noun.lemma_.lower() in _ASKING_NOUNS and any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PRESS_ASKS for o in prep.children)
        for prep in noun.children
    )


_ASKING_NOUNS = frozenset({"request", "call", "query", "inquiry", "enquiry", "question"})
#: What reporters ask for.
_PRESS_ASKS = frozenset({"comment", "interview", "clarification", "reaction", "response"})


def _demands_something(clause: Token) -> bool:
    """Whether a clause says what must happen: a bare subjunctive, "must" or "should", or a
    need ("strikes need approval")."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return (
        (clause.tag_ == "VB" and not auxiliaries)
        or bool(auxiliaries & {"must", "should", "ought", "shall"})
        or clause.lemma_.lower() in ("need", "require")
        or (clause.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in clause.children))
    )


def dismisses(verb: Token) -> bool:
    """Whether "fired" dismisses someone from a post ("Trump fired Comey", "Yates, who was
    fired by the administration") rather than shoots: its patient is a person or an office."""
    if verb.lemma_.lower() != "fire" or any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") for c in verb.children
    ):
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
        if any(p.lower_ == "who" for p in patients):
            return True  # "Yates, who was fired": a person, however the tagger reads the name
        patients.append(verb.head)
    return any(
        p.pos_ == "PROPN" or p.lemma_.lower() in _OFFICES
        for p in patients
        if p.lower_ not in ("who", "which", "that")
    )


#: Posts one is fired from.
_OFFICES = frozenset(
    {"director", "official", "minister", "secretary", "aide", "adviser", "advisor", "employee",
     "staff", "chief", "general", "commander", "ambassador", "prosecutor", "judge", "coach",
     "manager", "worker", "head", "spokesman", "spokeswoman", "attorney"}
)  # fmt: skip


def in_contrast(verb: Token) -> bool:
    """Whether the verb only draws a contrast: "as opposed to a paring knife"."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return verb.lemma_.lower() == "oppose" and before is not None and before.lower_ == "as"


def codes_nothing(verb: Token) -> bool:
    """Whether the clause reads the verb as no event of its own: it passes the event on to its
    "to" clause, asks a question, retorts, declines comment, acknowledges a fact, draws a
    contrast, insists on a fact or dismisses someone from a post."""
    return (
        passes_event_on(verb)
        or is_question(verb)
        or is_retort(verb)
        or declines_comment(verb)
        or acknowledges(verb)
        or in_contrast(verb)
        or insists_on_fact(verb)
        or dismisses(verb)
    )


def declines_comment(verb: Token) -> bool:
    """Whether "declined / refused to say …" only withholds comment: no REJECT."""
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _COMMENTING for c in verb.children
    )


def passes_event_on(verb: Token) -> bool:
    """Whether the verb only carries what its "to" clause says ("sought to meddle", "going to
    rely", "need to know"), or asks for a source's anonymity ("asked not to be named")."""
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.lemma_.lower() in _CARRIERS and complements:
        return True
    if (
        verb.lemma_.lower() == "help"
        and complements
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return True  # "helped end the impasse": what was helped along is the event
    return verb.lemma_.lower() == "ask" and any(
        c.lemma_.lower() in _ANONYMOUS and any(a.dep_ == "auxpass" for a in c.children)
        for c in complements
    )


def tells_to(verb: Token) -> bool:
    """Whether a verb of saying tells someone to act ("told Putin to stay out of American
    elections"): a demand, not a statement."""
    return verb.lemma_.lower() == "tell" and _urges(verb)


def _urges(verb: Token) -> bool:
    """Whether the verb has someone and a "to" clause ("pushed Iran to release", its "to"
    clause sometimes parsed as an adverbial)."""
    to_clause = any(
        c.dep_ == "xcomp"
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )
    return to_clause and any(c.dep_ == "dobj" for c in verb.children)


#: What is criticised rather than struck when it is "attacked" ("attacked the investigation").
_CRITICISABLE = frozenset(
    {"investigation", "inquiry", "probe", "decision", "policy", "plan", "proposal", "report",
     "remark", "comment", "statement", "deal", "agreement", "bill", "law", "move", "idea",
     "position", "stance", "record", "claim", "speech", "media", "press", "ruling", "verdict",
     "approach", "strategy", "handling", "response", "leadership", "government", "administration",
     "practice", "rhetoric", "agenda", "tactic", "view", "narrative", "argument", "candidacy",
     "notion", "premise", "logic"}
)  # fmt: skip
_CRITICISM = cues.Cue("ACCUSE", "disapprove", None, "111", "verb")
_PRAISE = cues.Cue("SUPPORT", None, None, "051", "verb")
_WEAPONS_TEST = cues.Cue("MOBILIZE", "weapons", "military", "155", "verb")


#: Forces a state trains for itself: "trained 500 computer hackers" builds up its own means.
_OWN_FORCES = frozenset(
    {"hacker", "soldier", "troop", "recruit", "pilot", "cadet", "unit", "specialist",
     "personnel", "reservist", "conscript", "commando", "sniper"}
)  # fmt: skip
_BUILD_UP = cues.Cue("MOBILIZE", "troops", "military", "150", "verb")


def _trains_own_forces(verb: Token) -> bool:
    """Whether training builds up the trainer's own forces ("North Korea has trained 500
    hackers"), not another's ("trained Iraqi forces": military cooperation)."""
    if verb.lemma_.lower() != "train":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    dictionary = ActorDictionary.load()
    return bool(objects) and all(
        o.lemma_.lower() in _OWN_FORCES
        and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and dictionary.matches([c.text], None)
            for c in o.children
        )  # "Iraqi soldiers", "Kurdish fighters" are another's
        for o in objects
    )


#: Who a state sends home when it expels another state's or organisation's presence rather
#: than deports people: diplomats, missions, agencies, observers.
_ENVOYS = frozenset(
    {"diplomat", "ambassador", "envoy", "staff", "official", "officer", "personnel", "attache",
     "consul", "spy", "embassy", "mission", "agency", "organization", "organisation", "office",
     "delegation", "observer", "monitor", "inspector", "peacekeeper", "representative"}
)  # fmt: skip
_EXPULSION = cues.Cue("SANCTION", "expel", "diplomatic", "166", "verb")
_DEPORTATION = cues.Cue("COERCE", "deport", "legal", "174", "verb")
_ORDERING = frozenset({"order", "force", "instruct"})
_LEAVING = frozenset({"leave", "depart", "go", "quit", "exit"})
_CUTTING = frozenset({"cut", "reduce", "slash", "shrink"})


def _sends_out(verb: Token) -> cues.Cue | None:
    """An order that sends people out of the country: "ordered 23 British diplomats out of
    Russia", "ordered 13 Russians to leave" (diplomats: an expulsion, SANCTION; others: a
    deportation, COERCE); "ordered the U.S. to cut staff at its missions" cuts relations."""
    if verb.lemma_.lower() not in _ORDERING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    envoys = any(o.lemma_.lower() in _ENVOYS for o in objects)
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    clauses += [g for c in clauses for g in c.children if g.dep_ in ("xcomp", "ccomp")]
    leaving = any(c.lemma_.lower() in _LEAVING for c in clauses)  # also "ordered 60 diplomats
    # the U.S. considers spies to leave", the "to leave" parsed under the relative clause
    for child in verb.children:
        if leaving or (child.dep_ in ("prep", "advmod", "prt") and child.lower_ == "out"):
            return _EXPULSION if envoys else _DEPORTATION
        if child.dep_ == "xcomp" and child.lemma_.lower() in _CUTTING:
            cut = [c for c in child.children if c.dep_ == "dobj"]
            if any(c.lemma_.lower() in _ENVOYS for c in cut):
                return _EXPULSION
    return None


#: Verbs that put a name to something ("called the move a smash and grab").
_NAMING = frozenset(
    {"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise",
     "denounce", "decry", "condemn", "view", "regard", "see", "consider", "deem"}
)  # fmt: skip
#: Words of a harsh judgement: naming something so is criticising whoever did it.
_HARSH = frozenset(
    {"attack", "murder", "crime", "criminal", "violation", "aggression", "bloodbath", "massacre",
     "disaster", "catastrophe", "mistake", "blunder", "outrage", "outrageous", "shameful",
     "disgrace", "disgraceful", "dark", "reckless", "illegal", "illegitimate", "unacceptable",
     "irresponsible", "provocation", "provocative", "terrorism", "terrorist", "dangerous",
     "absurd", "ridiculous", "lie", "hoax", "sham", "farce", "smash", "betrayal", "tragedy",
     "genocide", "racist", "fascist", "unjust", "injustice", "hypocrisy", "hypocritical",
     "blackmail", "piracy", "theft", "coup", "invasion", "occupation", "war", "insult",
     "humiliation", "failure", "fiasco", "travesty", "assault", "abuse", "atrocity", "scandal",
     "nonsense", "propaganda", "witch", "hunt", "persecution", "cowardly", "barbaric",
     "threat", "danger", "menace", "shocking", "appalling", "deplorable", "despicable",
     "abhorrent", "heinous", "unjustified", "unjustifiable", "indefensible", "inexcusable",
     "intolerable", "unconscionable", "oppressive", "undemocratic", "whore", "idiot", "fool",
     "liar", "thief", "clown", "moron", "coward", "thug", "butcher", "murderer", "traitor",
     "dictator", "tyrant", "barbarity", "ploy", "stunt", "charade", "maneuver", "manoeuvre",
     "lousy", "terrible", "horrible", "awful", "disastrous", "pathetic", "shameless", "stupid",
     "foolish", "crazy", "insane", "unfair", "misguided", "divisive", "dishonest",
     "nutter", "extremist", "corrupt", "incompetent"}
)  # fmt: skip
#: Words of praise: naming someone so backs them ("called Putin and Xi close friends").
_KIND = frozenset(
    {"friend", "ally", "partner", "brother", "hero", "champion", "statesman", "visionary"}
)


def judges_harshly(verb: Token) -> bool:
    """Whether the verb names something in harsh words, which criticises whoever is behind it
    ("called the decision a very dark moment", "described the court as a sham")."""
    return any(t.lemma_.lower() in _HARSH for j in _judgements(verb) for t in j.subtree)


def judges_kindly(verb: Token) -> bool:
    """Whether the verb names someone in words of praise ("called Putin and Xi close
    friends", "described him as a great statesman"), which backs them."""
    return any(j.lemma_.lower() in _KIND for j in _judgements(verb))


def _judgements(verb: Token) -> list[Token]:
    """What a verb of naming names something as: "a sham", "reckless", "close friends"."""
    if verb.lemma_.lower() not in _NAMING:
        return []
    judgements = [
        c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "ccomp" and c.pos_ != "VERB")
    ]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    judgements += [  # "as a sham", "as reckless", also hung on the object
        o
        for holder in (verb, *objects)
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
    ]
    judgements += [  # "called Israel's response unacceptable", the adjective read as a modifier
        a
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ == "amod" and a.i > o.i
    ]
    judgements += [  # "called Obama a son of a whore", the name read as an apposition, or
        a  # "called the US decision a violation", read as the object's own object
        for o in objects
        for a in o.children
        if a.dep_ == "appos"
        or (
            a.dep_ in ("dobj", "attr", "npadvmod")
            and a.i > o.i
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
        )
    ]
    return judgements


def names_something(verb: Token) -> bool:
    """Whether a verb of naming names its object as something ("called the deal a disaster")."""
    return bool(_judgements(verb))


#: Nouns of a threat, which may be one made or only a danger.
_THREAT_NOUNS = frozenset({"threat", "danger", "menace"})
#: Verbs by which a threat is made: "made threats", "issued a threat", "renewed his threat".
_THREAT_MAKING = frozenset(
    {"make", "issue", "repeat", "renew", "deliver", "voice", "level", "escalate", "step", "carry"}
)  # fmt: skip


def is_only_danger(noun: Token) -> bool:
    """Whether "threat" names a danger rather than a threat someone made: "the threat to oil
    routes", "Iran is / poses a grave threat", "the terrorist threat"; a threat is made when
    it says what will be done ("Trump's threat to slash funding", "the threat of sanctions"),
    whose it is ("Turkey's threats"), whom it is against, or how it was made ("made threats")."""
    if noun.lemma_.lower() not in _THREAT_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ == "poss":
            return False
        if child.dep_ == "acl" and is_infinitive(child):
            return False
        if child.dep_ == "prep" and child.lower_ == "against":
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(cues.noun_cue(o.lemma_.lower(), []) for o in child.children)
        ):
            return False
    made = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _THREAT_MAKING
    return not made


def is_threatened(noun: Token) -> bool:
    """Whether an event noun is what a threat threatens ("the threat of sanctions"): the
    threat is the event, the sanctions are not imposed."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _THREAT_NOUNS


#: What a clause says someone did in words of blame ("was responsible for", "was behind").
HARSH_JUDGEMENT = cues.Cue("ACCUSE", "disapprove", None, "111", "reading")
#: Nouns that say whose deed something was ("Iran's doing", "Russia's fault").
_ONES_DOING = frozenset({"doing", "fault", "handiwork"})
#: Predicates that lay blame when what they are for is harmful ("responsible for the attack").
_BLAMING = frozenset({"responsible", "guilty", "culpable", "complicit", "accountable"})


def judged_in_words(verb: Token) -> tuple[Token, Token] | None:
    """For a verb of saying, the subject its clause judges harshly and the judging word: "said
    the French decision was unacceptable", "Israel's move is a blatant violation, the minister
    said", "said Russia was responsible for the attack", "… was behind the bombing"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        for part in clause.children:
            word = _harsh_predicate(part)
            if word is not None:
                return subjects[0], word
    return None


def _harsh_predicate(part: Token) -> Token | None:
    """The harsh word of a copula's complement: the complement itself or a word qualifying it
    ("a blatant violation", "unacceptable"), or the harm that a word of blame or "behind"
    points to ("responsible for the attack", "behind the bombing", "to blame")."""
    if part.dep_ in ("attr", "acomp"):
        for word in (part, *(c for c in part.children if c.dep_ in ("amod", "compound"))):
            if word.lemma_.lower() in _HARSH:
                return word
    if part.dep_ == "xcomp" and part.lemma_.lower() == "blame":
        return part
    if (
        part.dep_ == "attr"
        and part.lemma_.lower() in _ONES_DOING
        and any(c.dep_ == "poss" for c in part.children)
    ):
        return part  # "the crash was likely Iran's doing", "the attack was Russia's fault"
    blaming = part.dep_ == "acomp" and part.lemma_.lower() in _BLAMING
    preps = [c for c in part.children if c.dep_ == "prep"] if blaming else []
    if part.dep_ == "prep" and part.lower_ == "behind":
        preps = [part]
    for prep in preps:
        for harm in prep.children:
            if harm.dep_ == "pobj" and _is_harm(harm):
                return harm
    return None


def _is_harm(noun: Token) -> bool:
    """Whether a noun names violence or another wrong ("the attack", "the killings")."""
    cue = cues.noun_cue(noun.lemma_.lower(), [])
    return noun.lemma_.lower() in _HARSH or (cue is not None and cue.event in ("ASSAULT", "COERCE"))


def _verbal_attack(verb: Token) -> bool:
    """Whether "attacked" is criticism: "attacked Mueller's investigation as a disaster"."""
    if verb.lemma_.lower() == "assail":
        return True  # assailing is in words on the news ("assailed the intelligence community")
    if verb.lemma_.lower() != "attack":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects]
    if any(p.dep_ == "prep" and p.lower_ == "as" for h in holders for p in h.children):
        return True
    return any(o.lemma_.lower() in _CRITICISABLE for o in objects)


#: Leaving someone to their fate: ending one's backing (SANCTION), not yielding to them.
_DESERTING = frozenset({"abandon", "desert", "forsake", "betray"})
_DESERTION = cues.Cue("SANCTION", "withdraw", None, "160", "verb")
#: Those one stands by, whom abandoning deserts.
_STOOD_BY = frozenset(
    {"ally", "partner", "friend", "kurd", "rebel", "supporter", "people", "fighter", "militia"}
)


def _deserts_someone(verb: Token) -> bool:
    """Whether "abandoned" leaves a person, people or ally ("Trump's decision to abandon the
    Kurds", "lawmakers abandon Mr. Netanyahu"), not a plan, a claim or a site."""
    if verb.lemma_.lower() not in _DESERTING:
        return False
    return any(
        c.dep_ == "dobj"
        and (
            c.pos_ == "PROPN"
            or c.lower_ in ("him", "her", "them", "us")
            or c.lemma_.lower() in _STOOD_BY
        )
        for c in verb.children
    )


def _tests_weapons(verb: Token) -> bool:
    """Whether a launch is a weapons test ("Iran test-fired two ballistic missiles")."""
    return verb.lemma_.lower() in ("fire", "launch") and any(
        c.lemma_.lower() == "test" and c.i < verb.i for c in verb.children
    )


def is_retort(verb: Token) -> bool:
    """Whether "shot back" or "hit back" answers in words ("Powell shot back that the claim
    made no sense"): a statement, no attack."""
    return (
        verb.lemma_.lower() in ("shoot", "fire", "hit", "strike")
        and any(c.lower_ == "back" for c in verb.children)
        and any(
            c.dep_ in ("ccomp", "parataxis") or any(g.dep_ == "mark" for g in c.children)
            for c in verb.children
        )  # "shot back that the claim …", even with "claim" parsed as the object
    )


#: Crowds: when they gather, they demonstrate rather than meet.
_CROWDS = frozenset(
    {"protester", "demonstrator", "crowd", "activist", "student", "supporter", "marcher",
     "thousand", "hundred", "people", "opponent", "worker"}
)  # fmt: skip
_GATHERING = frozenset({"gather", "assemble", "converge"})
_DEMONSTRATION = cues.Cue("PROTEST", "demo", None, "141", "verb")


def _crowd_gathers(verb: Token) -> bool:
    """Whether a crowd gathers ("thousands of protesters gathered outside parliament"): a
    demonstration, not a meeting."""
    if verb.lemma_.lower() not in _GATHERING:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    heads = subjects + [
        o for s in subjects for p in s.children if p.lower_ == "of" for o in p.children
    ]
    return any(h.lemma_.lower() in _CROWDS for h in heads)


#: A phone call between two sides.
PHONE_CALL = cues.Cue("CONSULT", "phone", None, "041", "reading")


def reread_call(noun: Token, cue: cues.Cue | None) -> cues.Cue | None:
    """A "call" is a demand only when it calls for something or on someone ("calls for
    restraint", "a call on Iran to comply", "calls to withdraw"); "Flynn's calls with Kislyak"
    were phone calls, and "Flynn's overseas calls" name no one called."""
    if noun.lemma_.lower() != "call" or cue is None or cue.event != "REQUEST":
        return cue
    asks = any(
        (c.dep_ == "prep" and c.lower_ in ("for", "on"))
        or (c.dep_ in ("acl", "relcl") and is_infinitive(c))
        for c in noun.children
    )
    if asks:
        return cue
    spoken = any(c.dep_ == "prep" and c.lower_ in ("with", "to", "between") for c in noun.children)
    return PHONE_CALL if spoken else None


def reread_verb(verb: Token, cue: cues.Cue | None) -> cues.Cue | None:
    """The cue as the clause reads it: "encouraged allies to restrict …" is a request to the
    allies (whatever the verb means alone: "pushed men into Syria" is none); troops arriving
    are a deployment; "attacked the investigation" is criticism; "test-fired missiles" a
    weapons test."""
    if (verb.lemma_.lower() in _PERSUADING or tells_to(verb)) and _urges(verb):
        return _URGING
    sent_out = _sends_out(verb)
    if sent_out is not None:
        return sent_out
    if judges_harshly(verb):
        return _CRITICISM
    if judges_kindly(verb):
        return _PRAISE
    if cue is None:
        return None
    if cue.event == "CONSULT" and _crowd_gathers(verb):
        return _DEMONSTRATION
    if cue.event == "CONSULT":
        return _arriving_troops(verb) or cue
    if cue.event == "ASSAULT" and _verbal_attack(verb):
        return _CRITICISM
    if cue.event == "CONCEDE" and _deserts_someone(verb):
        return _DESERTION
    if cue.event == "ASSAULT" and _tests_weapons(verb):
        return _WEAPONS_TEST
    if cue.event == "COOPERATE" and _trains_own_forces(verb):
        return _BUILD_UP
    return cue
