"""How sure the text is of an event: negation, modality, and who says so.

All three read the dependency tree around the trigger: the clause's own auxiliaries and
negators, the verbs that govern it through open complements ("fails to agree", "refuses to
consider"), and a governing statement verb whose subject is the speaker ("…, a senior US official
said").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from detente.coder.records import Modality

#: Verbs whose complement did not, or will not, happen: "failed to agree", "refuses to consider".
NEGATING_VERBS = {"fail", "refuse", "decline", "reject", "deny", "avoid", "cease", "stop", "halt"}
_NEGATORS = {"not", "n't", "n’t", "never", "no", "neither", "nor", "without"}
_INCAPABLE = {"unable", "powerless", "reluctant", "unwilling"}
#: Nouns of not doing what their "to" clause says ("Obama's reticence to intervene").
_UNWILLING_NOUNS = {
    "failure", "refusal", "reluctance", "reticence", "hesitation", "unwillingness", "inability",
}  # fmt: skip
#: Nouns whose content is only possible: "the prospect of Putin visiting", "the possibility of
#: strikes".
_PROSPECTS = {"prospect", "possibility", "chance", "likelihood", "scenario", "option", "idea"}
#: Nouns whose "to" clause is only what could or should be done: "the capability to disrupt
#: launches", "it is time to implement sanctions".
_POTENTIAL = {
    "capability", "ability", "capacity", "power", "means", "option", "authority", "time",
    "necessity", "duty", "responsibility", "obligation", "opportunity", "chance", "effort",
    "bid",
}  # fmt: skip
_INTENT_NOUNS = {"plan", "intention", "desire", "wish", "interest", "need", "reason", "right"}
_FUTURE = {"will", "shall", "'ll", "’ll", "wo"}
_HYPOTHETICAL = {"would", "could", "might", "may", "should", "'d", "’d", "can"}
_UNLIKELY = {"unlikely", "improbable", "impossible", "doubtful", "remote"}
_CONDITIONAL = {"if", "unless", "provided", "providing"}
#: Nouns for what someone conveys: a clause on them ("a reminder to Iraq that it must …") is
#: what the subject of the verb issuing them says.
MESSAGES = frozenset(
    {"reminder", "warning", "message", "statement", "note", "letter", "ultimatum", "notice"}
)
#: Opinion verbs whose passive is a forecast ("is expected to visit", "is predicted to win").
_FORECASTING = {"expect", "anticipate", "predict"}
#: Words by which a writer expects something of an actor ("is likely to visit", "is expected to
#: meet", "is set to sign"): the writer's forecast, not the actor's word.
_EXPECTED = {"likely", "expected", "set", "due", "poised", "scheduled", "liable", "apt"}
#: Of those, the words of a guess rather than of a plan ("likely to", "liable to lash out").
_GUESSED = {"likely", "liable", "apt"}
#: Words that make what they govern an intention: "plans to impose", "agreed to postpone".
_INTENDING = {
    "plan", "intend", "promise", "pledge", "vow", "agree", "threaten", "aim", "seek", "want",
    "commit", "swear", "prepare", "intention", "offer", "propose",
}  # fmt: skip
#: …or a readiness: "is willing to send" (an offer made, "offered to hand over", is an
#: intention stated).
_READY = {"willing", "ready", "prepared", "able", "eager", "keen", "position", "capable"}
#: Verbs that let someone do something, which is then only possible.
_ENABLING = frozenset({"allow", "permit", "enable", "let", "authorize", "authorise", "empower"})
#: What may be, not what is: "a deal appeared possible".
_POSSIBLE = {"possible", "conceivable", "feasible", "imaginable"}
#: Nouns whose clause tells what is only suspected, rumoured or alleged.
_SUSPECTED = frozenset(
    {"suspicion", "rumor", "rumour", "speculation", "theory", "allegation", "accusation",
     "claim", "conjecture"}
)  # fmt: skip
#: Stances of willingness that a clause's "for" or "to" phrase may hang beside.
_WILLING = {"open", "ready", "willing", "prepared", "eager", "keen"}
#: Clause links through which a governing verb still qualifies the trigger.
#: An event named as a subject takes its predicate's qualifiers ("joint action appears out of
#: the question").
_OPEN_LINKS = frozenset(
    {
        "xcomp",
        "conj",
        "attr",
        "acomp",
        "pcomp",
        "dobj",
        "pobj",
        "prep",
        "advcl",
        "nsubj",
        "nsubjpass",
    }
)
#: Negation also reaches into a relative clause on a predicate noun: "which is not something we
#: accept" (but not "no sympathy for militants who have seized …").
_NEGATION_LINKS = _OPEN_LINKS | {"acl", "relcl"}


def _governors(trigger: Token, links: frozenset[str] = _OPEN_LINKS, depth: int = 4) -> list[Token]:
    """The trigger and the words governing it within its clause, nearest first."""
    chain = [trigger]
    token = trigger
    for _ in range(depth):
        if token.dep_ not in links or token.head == token:
            break
        if token.dep_ in ("acl", "relcl") and token.head.dep_ not in ("attr", "acomp", "oprd"):
            break
        if token.dep_ in ("nsubj", "nsubjpass") and token is not trigger:
            break  # only the trigger's own predicate, not a subject's
        if _is_past_fact(token) or _is_conceded(token):
            break  # "threatened to push tensions higher after Trump withdrew": withdrawn
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _SPOKEN_OF:
            break  # "wants to acknowledge Russia's invasion": the invasion is no wish
        if token.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children
        ):
            break  # "did not want more information, but was seeking …": the second is so
        token = token.head
        chain.append(token)
    return chain


#: Conjunctions of a clause that tells when or why, in its own tense.
_CIRCUMSTANCE = frozenset({"after", "before", "since", "when", "because", "as", "while", "once"})


#: Verbs that speak of an event as a fact: what one wants to acknowledge or condemn happened.
_SPOKEN_OF = frozenset(
    {"acknowledge", "recognize", "recognise", "admit", "mention", "report", "discuss",
     "describe", "condemn", "denounce", "criticize", "criticise", "deplore", "protest"}
)  # fmt: skip


def _is_conceded(clause: Token) -> bool:
    """Whether a clause or phrase is conceded as fact ("even though Russia is invading
    Ukraine", "to allow Iran to sell oil despite U.S. sanctions")."""
    if clause.dep_ == "pobj" and clause.head.lower_ in ("despite", "notwithstanding", "amid"):
        return True
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("though", "although") for c in clause.children
    )


def _is_past_fact(clause: Token) -> bool:
    """Whether a clause says what happened, in the past, as the circumstance of another ("after
    the US imposed sanctions", "because Russia had annexed Crimea")."""
    if clause.dep_ not in ("advcl", "pcomp"):
        return False
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE and c.i < clause.i
        for c in clause.children
    ) or (clause.dep_ == "pcomp" and clause.head.lower_ in _CIRCUMSTANCE)
    past = clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
        for c in clause.children
    )
    return marked and past


_OBLIGING = {"must", "should", "ought"}


#: Acts done by saying that one would like to do them: "I would like to congratulate …".
_PERFORMATIVES = frozenset(
    {"congratulate", "thank", "apologize", "apologise", "condemn", "welcome", "praise",
     "commend", "salute", "applaud"}
)  # fmt: skip


def is_performed(trigger: Token) -> bool:
    """Whether saying one would like to do it does it ("I would like to congratulate
    President Trump" congratulates him)."""
    head = trigger.head
    return (
        trigger.lemma_.lower() in _PERFORMATIVES
        and trigger.dep_ == "xcomp"
        and head.lemma_.lower() in ("like", "want", "wish")
        and any(c.dep_ == "aux" and c.lemma_.lower() in ("would", "will") for c in head.children)
    )


def is_obligation(trigger: Token) -> bool:
    """Whether the clause says the actor must do it ("the US must be ready to mediate",
    "Yanukovych has a particular responsibility to pull back forces")."""
    for token in _governors(trigger):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _OBLIGING for c in token.children):
            return True
        if token.dep_ == "acl" and token.head.lemma_.lower() in _DUTIES:
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
            return False  # "whether Netanyahu has to resign": a question
        if _present_need(token):
            return True
    return False


#: Verbs of necessity before a "to" infinitive: "has to", "needs to".
_NEEDING = {"have", "need"}
#: Modals that make a necessity a possibility: "may have to".
_HEDGING = {"may", "might", "could", "would", "will"}
#: What one needs to know or see is advice to oneself, no demand: "need to know that …".
_MINDING = {"know", "understand", "learn", "see", "realize", "realise", "remember", "think"}


def _present_need(verb: Token) -> bool:
    """Whether the verb says someone has or needs to do something now ("Iran has to abide",
    "Obama needs to act"), not that they had to, may have to, or need to know."""
    if verb.lemma_.lower() not in _NEEDING or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _HEDGING for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and is_infinitive(c) and c.lemma_.lower() not in _MINDING
        for c in verb.children
    )


#: Nouns of what someone must do: "has a responsibility / duty / obligation to …".
_DUTIES = {"responsibility", "duty", "obligation"}


#: Words of opinion: what they govern is someone's hope or fear, not an event.
_OPINING = {
    "hope", "expect", "believe", "think", "fear", "doubt", "wish", "predict", "anticipate",
    "concern", "pessimism", "optimism", "worry", "suspect",
}  # fmt: skip


def is_opinion_word(lemma: str) -> bool:
    """Whether a word holds a view ("believes that all of Palestine must be …"), whose clause
    is someone's hope, fear or belief rather than a demand or a deed."""
    return lemma in _OPINING


def is_infinitive(clause: Token) -> bool:
    """Whether a clause is a "to" infinitive ("sent troops to fight", "a threat to cut")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def is_opinion(trigger: Token) -> bool:
    """Whether the trigger sits in what someone hopes, fears or expects ("said it hoped for
    more talks", "expressed pessimism over holding negotiations")."""
    token = trigger
    for _ in range(5):
        if token.head == token:
            return False
        if token.dep_ in ("ccomp", "xcomp", "pobj", "pcomp", "prep", "acl", "dobj") and (
            token.head.lemma_.lower() in _OPINING
        ):  # but "is expected to visit" is a forecast of the visit
            forecast = token.head.lemma_.lower() in _FORECASTING
            return not (forecast and any(c.dep_ == "auxpass" for c in token.head.children))
        if token.dep_ not in ("ccomp", "xcomp", "pobj", "pcomp", "prep", "dobj", "conj", "advcl"):
            return False
        token = token.head
    return False


def is_prospect(token: Token) -> bool:
    """Whether a noun holds only a possibility ("the prospect of …", "the possibility of …")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _PROSPECTS


def is_intention_word(lemma: str) -> bool:
    """Whether a word governing a clause makes it an intention or an offer ("plans to")."""
    return lemma in _INTENDING or lemma in _READY


def is_negated(trigger: Token, verb: Token | None = None) -> bool:
    """Whether the text says the event did not or will not happen; ``verb`` is the verb an
    object trigger belongs to ("stopped aid", "denied entry"), part of the event, not its
    negation."""
    chain = _governors(trigger, _NEGATION_LINKS)
    if _nobody_does(chain[0]):
        return True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        return True  # "without challenging Putin's denial"
    for n, token in enumerate(chain):
        if n > 0 and chain[n - 1].dep_ == "conj" and _has_subject(chain[n - 1]):
            break  # "the deal does not include …, and the Council lifted sanctions": a new clause
        if token.dep_ == "prep" and token.lower_ in _CIRCUMSTANCE_PREPS:
            break  # "not to toss out the plea despite the department's request": it was made
        negator = any(
            (c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("det", "advmod")))
            and not _not_only(c)
            and not _denies_only_the_noun(chain, n, c)
            for c in token.children
        )
        negating = (
            n > 0
            and chain[n - 1].dep_ != "conj"  # "ceased operations but warned": a sibling act
            and (verb is None or token.i != verb.i)
            and _negates(token)
            and token.pos_ in ("VERB", "NOUN")
        )
        if negator and negating:
            return False  # "has not stopped amplifying": goes on doing it
        if negator or negating:
            return True
        if n > 0 and token.lower_ in _INCAPABLE:  # "unable to provide", "powerless to stop"
            return True
    last = chain[-1]
    infinitive = is_infinitive(last)
    # "Islamabad's failure to crack down", "Iran's refusal to cooperate"
    refused = infinitive and last.head.lemma_.lower() in _UNWILLING_NOUNS
    if last.dep_ == "acl" and (_denied_intent(last.head) or refused):
        return True
    if trigger.i - 2 < trigger.sent.start:
        return False
    noun, to = trigger.doc[trigger.i - 2], trigger.doc[trigger.i - 1]
    # "reticence to intervene", however the parser hangs the clause
    return to.lower_ == "to" and noun.lemma_.lower() in _UNWILLING_NOUNS


#: Prepositions whose phrase tells what happened anyway ("despite the request").
_CIRCUMSTANCE_PREPS = frozenset({"despite", "after", "since", "amid", "following"})


def _denies_only_the_noun(chain: list[Token], n: int, negator: Token) -> bool:
    """Whether a "no" on a noun above the trigger denies that noun, not the trigger inside its
    "with" or "for" phrase ("no collusion with Putin's attack"; but "no question of Brazil
    agreeing" rules the agreeing out)."""
    return (
        n > 1
        and negator.dep_ == "det"
        and chain[n].pos_ == "NOUN"
        and chain[n - 1].dep_ == "prep"
        and chain[n - 1].lower_ in ("with", "for")
    )


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _not_only(negator: Token) -> bool:
    """Whether "not" only opens "not just / only … but": "not just condemning the violence but
    threatening action" negates neither."""
    following = negator.nbor(1) if negator.i + 1 < len(negator.doc) else None
    return following is not None and following.lower_ in ("just", "only", "merely", "simply")


def _negates(token: Token) -> bool:
    """Whether a verb says what it governs does not happen: "refused to", "ruled out"."""
    lemma = token.lemma_.lower()
    return lemma in NEGATING_VERBS or (
        lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    )


def _nobody_does(clause: Token) -> bool:
    """Whether a clause's subject is no one ("no American was arrested", "not a single soldier
    was hurt", "none of the diplomats left")."""
    for subject in clause.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ in ("none", "nobody", "neither"):
            return True
        words = {c.lower_ for c in subject.children}
        if "no" in words:
            return True
        if "not" in words and any(t.lower_ in ("single", "one") for t in subject.subtree):
            return True
    return False


def _denied_intent(noun: Token) -> bool:
    """Whether a noun of intent is denied: "has no plans to withdraw", "no intention to
    attack" (the "to" clause hangs off the noun, beyond the clause links above)."""
    return noun.lemma_.lower() in _INTENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def modality(trigger: Token) -> Modality:
    """Asserted, future, hypothetical, conditional or unlikely, from the trigger's clause."""
    if is_performed(trigger):
        return "asserted"
    chain = _governors(trigger)
    for token in chain:
        words = {c.lower_ for c in token.children} | {token.lower_}
        if words & _UNLIKELY or ("question" in words and "out" in words):
            return "unlikely"
        for child in token.children:
            if (
                child.dep_ == "prep"
                and child.lower_ == "out"
                and "question" in {t.lower_ for t in child.subtree}
            ):
                return "unlikely"
    for n, token in enumerate(chain):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in token.children):
            return "conditional"
        if _asks_whether(token) or (n == 2 and _holds_prospect(chain)):
            return "hypothetical"  # "declined to say whether …", "the prospect of … visiting"
        if _asks_how(token) or _one_of_alternatives(token):
            return "hypothetical"  # "discussed how to ensure …", "will either sit … or support"
        if n > 0 and token.lower_ in _EXPECTED and chain[n - 1].dep_ == "xcomp":
            return "hypothetical" if token.lower_ in _GUESSED else "future"
        if any(c.dep_ == "advcl" and _is_conditional_clause(c) for c in token.children):
            return "conditional"  # "will withdraw its force unless the president arranges …"
        if n > 0 and token.lemma_.lower() in _INTENDING and not _perpetrates(token):
            return "future"
        if n > 0 and token.lemma_.lower() in _READY:
            return "hypothetical"
        if _only_allowed(token):
            return "hypothetical"  # "a law to allow China to extradite anyone": only let
        if n > 0 and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _WILLING for c in token.children
        ):
            return "hypothetical"  # "remains open for direct talks", the "for" on "remains"
        if any(
            c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in _POSSIBLE for c in token.children
        ):
            return "hypothetical"  # "a deal still appeared possible"
        aux = {  # "who'd campaigned": "had", no "would"
            c.lower_
            for c in token.children
            if c.dep_ in ("aux", "auxpass") and not (c.lower_[-1:] == "d" and c.lemma_ == "have")
        }
        if aux & _FUTURE or ("going" in aux and any(c.lower_ == "to" for c in token.children)):
            return "future"
        if aux & _HYPOTHETICAL:
            return "future" if aux <= {"would"} and _reported_in_past(token) else "hypothetical"
        if aux & _OBLIGING or _present_need(token):
            return "hypothetical"  # "the US must negotiate", "Obama needs to act": not done
    if _still_ahead(trigger):
        return "future"  # "ahead of his trip to Washington", "on the eve of the summit"
    named_as = _named_as_unrealised(trigger)
    if named_as is not None:
        return named_as  # "his annexation plans", "a sanctions bill", "the next meeting"
    last = chain[-1]
    if last.dep_ == "acl" and last.head.lemma_.lower() in (*_INTENDING, "threat"):
        return "future"  # "has plans to withdraw", "its intention to attack", "threat to cut"
    if _only_potential(last):
        return "hypothetical"  # "a well-documented capability to disrupt weapons systems"
    if _only_suspected(last):
        return "hypothetical"  # "suspicions that Syria is continuing to use these weapons"
    return "asserted"


def _only_allowed(clause: Token) -> bool:
    """Whether a clause is what someone is let do, by a law or a licence that does not say it
    was done ("a law to allow China to extradite anyone", "would allow", "has been authorized
    to fire"); what "has allowed Russian forces to move" did happen."""
    head = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in _ENABLING:
        return False
    auxiliaries = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & (_FUTURE | _HYPOTHETICAL | _OBLIGING | {"to"}):
        return True
    if any(c.dep_ == "auxpass" for c in head.children):
        return True  # "the army has been authorized to fire": a licence, not a deed
    return not (head.tag_ == "VBD" or (head.tag_ == "VBN" and auxiliaries))


def _asks_whether(clause: Token) -> bool:
    """Whether a clause is a "whether" question ("declined to say whether the U.S. had …") or
    asks who or what ("did not announce whom they would support")."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return True
    return clause.dep_ == "ccomp" and any(
        c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        for c in clause.children
    )


#: Nouns an event names the content of, which is then only planned or proposed.
_PLANNING_HEADS = {"plan", "plot", "scheme", "programme", "timetable", "threat", "intention"}
_PROPOSING_HEADS = {"bill", "proposal", "draft", "idea", "option", "legislation", "package"}
#: Words before an event noun that put it ahead or make it only possible.
_AHEAD_WORDS = {"next", "upcoming", "forthcoming", "planned", "scheduled", "coming", "future"}
_POSSIBLE_WORDS = {"possible", "potential", "proposed", "prospective", "hypothetical", "would-be"}


def _named_as_unrealised(noun: Token) -> Modality | None:
    """The modality an event noun takes from the phrase naming it: the content of a plan is
    ahead ("his annexation plans", "the next meeting"), that of a bill or proposal only possible
    ("a sanctions bill", "a possible strike")."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        head = noun.head.lemma_.lower()
        if head in _PLANNING_HEADS:
            return "future"
        if head in _PROPOSING_HEADS:
            return "hypothetical"
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod") and c.i < noun.i}
    if words & _POSSIBLE_WORDS:
        return "hypothetical"
    if words & _AHEAD_WORDS:
        return "future"
    return None


def _still_ahead(noun: Token) -> bool:
    """Whether an event noun is what something comes ahead of ("ahead of his trip", "on the
    eve of the summit", "pending talks"); "before" is left alone, as past narrative uses it for
    what then happened."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "pending":
        return True
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "of":
        prep = prep.head.head  # "ahead of an EC heads of government meeting"
    return prep.lower_ == "of" and prep.head.lower_ in ("ahead", "eve")


def _perpetrates(verb: Token) -> bool:
    """Whether "commit" is doing a deed ("committed a campaign of ethnic cleansing, killing
    thousands") rather than pledging ("committed to withdraw")."""
    return verb.lemma_.lower() == "commit" and any(
        c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves")) for c in verb.children
    )  # "committed itself to …" still pledges


def _asks_how(clause: Token) -> bool:
    """Whether a clause is a "how to" question ("discussed how to ensure its cooperation")."""
    words = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "aux")}
    return {"how", "to"} <= words


def _one_of_alternatives(clause: Token) -> bool:
    """Whether a clause is one of "either … or" alternatives ("will either sit in opposition or
    support Netanyahu")."""
    first = clause.head if clause.dep_ == "conj" else clause
    return any(c.dep_ == "preconj" and c.lower_ == "either" for c in first.children)


def _holds_prospect(chain: list[Token]) -> bool:
    """Whether the trigger is what a prospect noun holds, right under its "of" ("the prospect
    of Putin visiting"; not "… of leverage over the flow of arms": the flow is no prospect)."""
    return len(chain) > 2 and chain[1].lower_ == "of" and is_prospect(chain[2])


def _only_potential(clause: Token) -> bool:
    """Whether a "to" clause only says what could or should be done ("the capability to …")."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in _POTENTIAL


def _only_suspected(clause: Token) -> bool:
    """Whether a clause is what a suspicion, rumour or allegation holds ("rumors that Clinton
    had stolen the caucus"): told as unproven, not as done."""
    return (
        clause.dep_ in ("acl", "ccomp", "relcl")
        and clause.head.pos_ == "NOUN"
        and clause.head.lemma_.lower() in _SUSPECTED
    )


def _is_conditional_clause(clause: Token) -> bool:
    """Whether a clause is an "if" / "unless" condition."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in clause.children)


#: Verbs that make what they report a decision rather than a statement of intent.
_DECIDING = frozenset({"announce", "decide", "declare", "order", "confirm", "approve"})


def is_forecast(trigger: Token) -> bool:
    """Whether the writer forecasts, suspects or wonders about the event ("is likely to visit",
    "whether the U.S. had sabotaged", "how to fight", "the capability to disrupt", "the prospect
    of Putin visiting", "suspicions that Syria is using")
    rather than the actor announcing it: PLOVER's reading of intentions does not apply."""
    chain = _governors(trigger)
    if any(t.lower_ in _EXPECTED and below.dep_ == "xcomp" for below, t in pairwise(chain)):
        return True
    asks = any(_asks_whether(t) or _asks_how(t) or _made_to(t) for t in chain)
    unproven = _only_potential(chain[-1]) or _only_suspected(chain[-1])
    return asks or unproven or _holds_prospect(chain)


#: Verbs that make or let their object do what their infinitive says.
MAKING_VERBS = frozenset({"compel", "force", "oblige", "require", *_ENABLING})
#: Verbs whose object is asked or pressed to do what their infinitive says, which is not yet
#: done ("urged Beijing to withdraw the bill", "a drive to convince Parliament to amend …").
ASKING_VERBS = frozenset(
    {"urge", "ask", "request", "call", "press", "implore", "beg", "convince", "persuade",
     "encourage", "push", "pressure", "invite", "advise", "warn", "want", "expect",
     "challenge", "dare", "lobby"}
)  # fmt: skip


def _made_to(clause: Token) -> bool:
    """Whether a clause is what someone else is made or let to do ("legislation that would
    compel the administration to eradicate …"): not that actor's own word."""
    head = clause.head
    if head.lemma_.lower() not in MAKING_VERBS:
        return False
    if clause.dep_ == "ccomp":  # "allows the government of China to extradite", parsed so
        return is_infinitive(clause) or clause.tag_ in ("VB", "VBP")  # "let US jets strike"
    return clause.dep_ in ("xcomp", "advcl") and any(
        c.dep_ in ("dobj", "nsubjpass") for c in head.children
    )  # "compel the administration to …", "the army has been authorized to fire"


def _first_conjunct(token: Token) -> Token:
    """The first of a run of conjoined clauses, which carries their link to the sentence."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def is_announced(trigger: Token) -> bool:
    """Whether the clause is what an actor announced or decided ("announced it would
    prohibit all aid"), not merely said it would do."""
    clause = _first_conjunct(trigger)
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _DECIDING


def _reported_in_past(clause: Token) -> bool:
    """Whether "would" is a past report's future ("announced it would prohibit aid and would
    deny entry")."""
    clause = _first_conjunct(clause)
    reporter = clause.head
    if clause.dep_ == "acl" and reporter.lemma_.lower() in MESSAGES:
        reporter = reporter.head  # "issued a statement that it would send aid"
    elif clause.dep_ != "ccomp":
        return False
    return reporter.tag_ == "VBD"


def speaking_verb(trigger: Token, is_statement: object) -> Token | None:
    """The statement verb ("said", "told") that reports the trigger's clause, if any."""
    token = trigger
    for _ in range(6):
        head = token.head
        if head == token:
            break
        if (
            token.dep_ in ("acl", "ccomp")
            and head.lemma_.lower() in MESSAGES
            and head.dep_ == "dobj"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        ):
            return head.head  # "issued a reminder to Iraq that it must cooperate"
        if (
            token.dep_ in ("ccomp", "parataxis", "conj")
            and callable(is_statement)
            and is_statement(head.lemma_.lower())
        ):
            return head
        token = head
    root = trigger.sent.root
    if (
        root != trigger
        and callable(is_statement)
        and is_statement(root.lemma_.lower())
        and trigger in root.subtree
        and not any(c.dep_ == "nsubj" and trigger in c.subtree for c in root.children)
    ):
        return root
    return None
