"""Trigger cues: verbs with the words that follow them, light verbs, and event nouns."""

from __future__ import annotations

import pytest

from detente.coder.cues import (
    Cue,
    is_intent_verb,
    is_light_verb,
    is_statement_verb,
    noun_cue,
    noun_cue_with,
    other_sense,
    says_nothing,
    verb_cue,
)


def reading(cue: Cue | None) -> tuple[str, str | None, str | None, str | None] | None:
    return None if cue is None else (cue.event, cue.mode, cue.context, cue.cameo)


# --- verbs --------------------------------------------------------------------------------------


def test_supplying_weapons_is_military_aid():
    cue = verb_cue("supply", ["weapon"])
    assert reading(cue) == ("AID", None, "military", "072")
    assert cue is not None and cue.source == "pattern"


def test_supplying_alone_is_aid():
    assert reading(verb_cue("supply", [])) == ("AID", None, None, "070")


def test_sending_aid_is_aid():
    assert reading(verb_cue("send", ["aid"])) == ("AID", None, None, "070")


def test_sending_weapons_is_military_aid():
    assert reading(verb_cue("send", ["weapon"])) == ("AID", None, "military", "072")


def test_sending_or_deploying_troops_is_mobilisation_through_the_noun():
    # PETRARCH-2's SEND set reads "troop" as military cooperation (062); the noun table pairs the
    # verb with its object, and the coder asks the noun first
    for verb in ("send", "deploy"):
        cue = noun_cue_with("troop", [], (verb,))
        assert reading(cue) == ("MOBILIZE", "troops", "military", "154")
    assert noun_cue_with("troop", [], ("inspect",)) is None


def test_deploying_is_mobilisation():
    assert reading(verb_cue("deploy", [])) == ("MOBILIZE", "troops", "military", "154")


def test_the_noun_table_reads_sending_troops_as_mobilisation():
    assert reading(noun_cue("troop", [], "send")) == ("MOBILIZE", "troops", "military", "154")


def test_accusing_is_accuse():
    cue = verb_cue("accuse", [])
    assert reading(cue) == ("ACCUSE", "allege", None, "112")
    assert cue is not None and cue.source == "verb"


def test_attacking_is_assault():
    assert reading(verb_cue("attack", [])) == ("ASSAULT", None, "military", "190")


@pytest.mark.parametrize("verb", ["see", "view", "regard", "brand"])
def test_seeing_another_as_an_enemy_is_an_accusation(verb):
    cue = verb_cue(verb, ["islamic", "state", "as", "common", "enemy"])
    assert reading(cue) == ("ACCUSE", "disapprove", None, "111")


def test_seeing_another_as_a_partner_is_no_event():
    assert verb_cue("see", ["islamic", "state", "as", "partner"]) is None


@pytest.mark.parametrize("lemma", ["say", "tell"])
def test_statement_verbs_are_no_event_of_their_own(lemma):
    assert verb_cue(lemma, []) is None


@pytest.mark.parametrize("lemma", ["frobnicate", "", "weapon"])
def test_unknown_verbs_have_no_cue(lemma):
    assert verb_cue(lemma, []) is None


# --- verb classes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("lemma", "expected"), [("say", True), ("tell", True), ("attack", False)])
def test_statement_verbs(lemma, expected):
    assert is_statement_verb(lemma) is expected


def test_accuse_is_an_event_not_a_statement_verb():
    assert is_statement_verb("accuse") is False


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("launch", True), ("impose", True), ("carry_out", True), ("attack", False), ("say", False)],
)
def test_light_verbs(lemma, expected):
    assert is_light_verb(lemma) is expected


@pytest.mark.parametrize(("lemma", "expected"), [("offer", True), ("launch", False)])
def test_intent_verbs(lemma, expected):
    assert is_intent_verb(lemma) is expected


def test_intent_verbs_are_light_verbs():
    assert is_light_verb("offer") and is_light_verb("promise")


# --- nouns --------------------------------------------------------------------------------------


def test_an_air_strike_is_an_aerial_assault():
    assert reading(noun_cue("strike", ["air"])) == ("ASSAULT", "aerial", "military", "195")


def test_a_strike_alone_is_an_assault():
    assert reading(noun_cue("strike", [])) == ("ASSAULT", None, "military", "190")


def test_a_hunger_strike_is_a_protest():
    assert reading(noun_cue("strike", ["hunger"])) == ("PROTEST", "hunger", None, "142")


def test_the_compound_noun_entry_wins():
    assert reading(noun_cue("airstrike", [])) == ("ASSAULT", "aerial", "military", "195")


def test_offering_support_is_agreeing_to_support():
    cue = noun_cue("support", [], "offer")
    assert reading(cue) == ("AGREE", None, None, "032")
    assert cue is not None and cue.source == "intent"


def test_offering_concessions_is_agreeing_to_yield():
    assert reading(noun_cue("concession", [], "offer")) == ("AGREE", None, None, "035")


def test_military_support_is_aid():
    assert reading(noun_cue("support", ["military"])) == ("AID", None, "military", "072")


def test_support_alone_is_support():
    assert reading(noun_cue("support", [])) == ("SUPPORT", None, None, "051")


def test_threatening_strikes_with_an_intent_verb():
    assert reading(noun_cue("strike", ["air"], "promise")) == ("THREATEN", "violence", None, "138")


def test_imposing_sanctions_is_a_sanction():
    assert reading(noun_cue("sanction", [], "impose")) == (
        "SANCTION",
        "discontinue",
        None,
        "163",
    )


@pytest.mark.parametrize(
    ("lemma", "modifiers"),
    [("table", []), ("weapon", []), ("troop", []), ("condition", []), ("plea", ["guilty"])],
)
def test_nouns_without_an_event(lemma, modifiers):
    assert noun_cue(lemma, modifiers) is None


@pytest.mark.parametrize("following", [["lifting", "of", "sanction"], ["end", "to", "sanction"]])
def test_demanding_sanctions_eased_asks_the_target_to_yield(following):
    assert verb_cue("demand", following).event == "REQUEST"


@pytest.mark.parametrize("verb", ["set", "impose", "insist"])
def test_conditions_set_or_pressed_are_demands(verb):
    assert noun_cue("condition", [], verb).event == "REQUEST"


@pytest.mark.parametrize(
    ("lemma", "following", "event"),
    [
        ("speak", ["by", "phone"], "CONSULT"),
        ("talk", ["on", "telephone"], "CONSULT"),
        ("release", ["prisoner"], "RETREAT"),
        ("release", ["statement"], None),
        ("issue", ["report"], None),
        ("demonstrate", ["lack", "understanding"], None),
        ("demonstrate", ["against", "government"], "PROTEST"),
    ],
)
def test_what_follows_decides_whether_there_is_an_event(lemma, following, event):
    cue = verb_cue(lemma, following)
    assert (cue.event if cue else None) == event


@pytest.mark.parametrize(
    ("lemma", "following", "event"),
    [
        ("come", ["to", "power"], None),
        ("come", ["to", "agreement"], "AGREE"),
        ("rule", ["sudan"], None),
        ("lead", ["by", "gazprom"], None),
        ("leave", ["country"], None),
        ("pass", ["bill"], None),
        ("provide", ["breakdown", "figure"], None),  # what is provided decides
        ("provide", ["food"], "AID"),
        ("order", ["diplomat", "leave"], "SANCTION"),
        ("order", ["closure", "russian", "consulate"], "SANCTION"),
        ("withdraw", ["trading", "status"], "SANCTION"),
    ],
)
def test_descriptions_are_no_events_and_expulsions_are_sanctions(lemma, following, event):
    cue = verb_cue(lemma, following)
    assert (cue.event if cue else None) == event


def test_introducing_sanctions_is_a_sanction():
    assert reading(noun_cue("sanction", [], "introduce"))[0] == "SANCTION"


@pytest.mark.parametrize(
    ("following", "event"),
    [
        (["in", "monrovia"], "PROTEST"),  # a place is no pattern
        (["in", "favour"], "SUPPORT"),  # PETRARCH's "(IN FAVOUR/FAVOR)" holds both spellings
        (["in", "favor"], "SUPPORT"),
    ],
)
def test_marching_is_a_protest_unless_in_favour(following, event):
    cue = verb_cue("march", following)
    assert cue is not None and cue.event == event


def test_a_pattern_reading_the_phrase_as_no_event_says_nothing():
    assert says_nothing("release", ["video", "of", "the", "raid"])
    assert not says_nothing("release", ["prisoner"])
    assert not says_nothing("zoltanise", ["video"])


@pytest.mark.parametrize("verb", ["constitute", "import", "export", "pay"])
def test_trade_as_usual_and_copulas_code_only_through_patterns(verb):
    assert verb_cue(verb, []) is None


def test_paying_a_visit_is_still_a_visit():
    assert verb_cue("pay", ["visit", "to", "cuba"]).event == "CONSULT"


def test_cooperating_is_material_cooperation_and_settling_at_a_price_is_none():
    assert verb_cue("cooperate", ["with", "us"]).event == "COOPERATE"
    assert verb_cue("settle", ["at", "58.01", "barrel"]) is None


@pytest.mark.parametrize(
    ("verb", "following", "expected"),
    [
        ("demand", ["explanation"], "REQUEST"),
        ("offer", ["pointed", "remark"], None),
        ("drum", ["up", "sympathy"], None),
        ("sweep", ["to", "victory"], None),
        ("oversee", ["civil", "war"], None),
        ("institute", ["state", "of", "emergency"], "COERCE"),
        ("mobilize", ["protest"], "PROTEST"),
        ("mobilize", ["troop"], "MOBILIZE"),
    ],
)
def test_objects_that_change_or_empty_a_verbs_reading(verb, following, expected):
    cue = verb_cue(verb, following)
    assert (cue.event if cue else None) == expected


def test_a_missile_launch_is_a_weapons_test_and_other_launches_are_none():
    assert noun_cue("launch", ["missile"]).event == "MOBILIZE"
    assert noun_cue("launch", ["product"]) is None


def test_moving_into_positions_deploys_and_moving_into_a_country_occupies():
    assert verb_cue("move", ["into", "defensive", "position"]).event == "MOBILIZE"
    assert verb_cue("move", ["into", "crimea"]).event == "COERCE"


@pytest.mark.parametrize(
    ("lemma", "following"),
    [
        ("capture", ["nomination"]),
        ("capture", ["78", "%", "of", "voter"]),
        ("inspect", ["honor", "guard"]),
        ("steer", ["clear"]),
        ("beg", ["differ"]),
        ("back", ["away"]),
        ("undermine", ["unity"]),
        ("differ", ["on", "quota"]),
        ("bother", ["to", "have", "debate"]),
        ("annoy", ["washington"]),
        ("sign", ["government", "decree"]),
        ("hit", ["cable", "news"]),
        ("count", ["on", "president"]),
        ("send", ["mixed", "message"]),
        ("take", ["mediterranean", "route"]),
        ("grab", ["large", "knife"]),
        ("fight", ["for", "democracy"]),
    ],
)
def test_figurative_or_ceremonial_phrases_code_nothing(lemma, following):
    assert verb_cue(lemma, following) is None


def test_capturing_a_town_is_still_a_seizure():
    cue = verb_cue("capture", ["town"])
    assert cue is not None and cue.event == "COERCE"


def test_aiding_a_country_is_aid():
    cue = verb_cue("aid", ["syria"])
    assert cue is not None and cue.event == "AID"


def test_withdrawing_ones_own_request_concedes():
    cue = verb_cue("withdraw", ["request", "for", "immunity"])
    assert cue is not None and cue.event == "CONCEDE"


def test_pulling_a_country_out_of_a_deal_withdraws_from_it():
    cue = verb_cue("pull", ["united", "states", "out", "of", "deal"])
    assert cue is not None and (cue.event, cue.mode) == ("SANCTION", "withdraw")


def test_intervening_alone_codes_nothing():
    assert verb_cue("intervene", ["in", "syria"]) is None


def test_negotiating_with_someone_is_negotiation():
    cue = verb_cue("negotiate", ["with", "taliban"])
    assert cue is not None and cue.event == "CONSULT"


def test_an_attack_in_words_is_criticism_and_a_charm_offensive_no_attack():
    assert reading(noun_cue("attack", ["verbal"])) == ("ACCUSE", "disapprove", None, "111")
    assert noun_cue("offensive", ["charm"]) is None
    assert noun_cue("offensive", ["diplomatic"]) is None
    cue = noun_cue("offensive", ["military"])
    assert cue is not None and cue.event == "ASSAULT"


def test_price_support_is_a_subsidy_not_support():
    assert noun_cue("support", ["price"]) is None
    cue = noun_cue("support", ["military"])
    assert cue is not None and cue.event == "AID"


def test_a_chief_occupation_is_a_task_not_an_occupation():
    assert noun_cue("occupation", ["chief"]) is None
    cue = noun_cue("occupation", ["israeli"])
    assert cue is not None and cue.event == "COERCE"


@pytest.mark.parametrize(
    ("lemma", "following"),
    [("help", ["trump", "campaign"]), ("boost", ["trump", "electoral", "chance"])],
)
def test_helping_a_campaign_backs_the_candidate(lemma, following):
    cue = verb_cue(lemma, following)
    assert cue is not None and cue.event == "SUPPORT"


def test_helping_a_country_is_still_aid():
    cue = verb_cue("help", ["iraq", "rebuild", "army"])
    assert cue is not None and cue.event == "AID"


@pytest.mark.parametrize("verb", ["suspend", "cut", "cancel", "withdraw"])
def test_cutting_or_cancelling_aid_is_a_sanction(verb):
    assert noun_cue("aid", [], verb).event == "SANCTION"


def test_crowd_control_weapons_deployed_are_used_on_people():
    assert verb_cue("deploy", ["tear", "gas", "at", "protester"]).event == "ASSAULT"


def test_releasing_a_statement_is_the_nouns_other_sense():
    assert other_sense("release", ["statement"]) and not other_sense("release", ["prisoner"])


@pytest.mark.parametrize("verb", ["express", "convey", "voice"])
def test_voicing_support_backs_now(verb):
    cue = verb_cue(verb, ["support", "for", "protester"])
    assert (cue.event, cue.cameo) == ("SUPPORT", "051")


def test_discussing_election_interference_is_a_discussion():
    assert verb_cue("discuss", ["russian", "election", "interference"]).event == "CONSULT"
