"""Readings of a trigger that its clause changes (the readings module)."""

from __future__ import annotations

import pytest

from detente.coder import cues, readings
from detente.coder.nlp import parser

VISIT = cues.Cue("CONSULT", "visit", None, "042", "verb")


def token(sentence: str, word: str):
    return next(t for t in parser()(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NATO peacekeeping troops arrived in Bosnia.", "AID"),
        ("Russian troops arrived in Crimea.", "MOBILIZE"),
        ("Kerry arrived in Moscow.", "CONSULT"),
    ],
)
def test_troops_arriving_are_deployed(sentence, expected):
    assert readings.reread_verb(token(sentence, "arrived"), VISIT).event == expected


def test_persuading_someone_to_act_is_a_request():
    verb = token("France pressed Iran to release the sailors.", "pressed")
    assert readings.reread_verb(verb, VISIT).event == "REQUEST"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Russia sought to meddle in the election.", "sought", True),
        ("Iran sought help from Russia.", "sought", False),
    ],
)
def test_an_attempt_is_coded_by_what_is_attempted(sentence, word, expected):
    assert readings.passes_event_on(token(sentence, word)) is expected


def test_the_target_of_an_event():
    assert readings.is_targeted(token("Iran became the target of Israeli strikes.", "strikes"))
    assert not readings.is_targeted(token("Iran launched a wave of strikes.", "strikes"))


def test_a_source_named_after_the_fact_is_a_reporting_tag():
    assert readings.is_reporting_tag(
        token("Uzbekistan opened the border, reports Reuters.", "reports")
    )
    assert not readings.is_reporting_tag(
        token("Reuters reports that the border opened.", "reports")
    )


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The US is going to rely on Iraq.", "going"),
        ("Iraq will need to know the rules.", "need"),
        ("The official asked not to be named.", "asked"),
        ("Iran plans to have two cascades running.", "plans"),
    ],
)
def test_verbs_that_pass_the_event_to_their_complement(sentence, word):
    assert readings.passes_event_on(token(sentence, word))


def test_asking_someone_to_act_is_no_anonymity():
    assert not readings.passes_event_on(
        token("Britain asked Iran to release the sailors.", "asked")
    )


@pytest.mark.parametrize(
    ("sentence", "told", "coming"),
    [
        ("Russia warned China.", True, 0),
        ("Washington warned Tehran not to use the missiles.", True, 0),
        ("Police warned that they will no longer tolerate rallies.", False, 1),
        ("Officials warned Sanders that Russia is trying to help him.", False, 0),
        ("Kamalvandi warned that Iran was running out of ways.", False, 0),
        ("Turnbull warned rather gloomily.", False, 0),
    ],
)
def test_what_a_warning_says_will_happen(sentence, told, coming):
    verb = token(sentence, "warned")
    assert readings.is_warning(verb)
    found_told, found_coming = readings.warned_actions(verb)
    assert (found_told, len(found_coming)) == (told, coming)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The minister, when asked whether talks were held, declined to comment.", True),
        ("Reporters asked Putin if he would meet Trump.", True),
        ("Russia asked what the US wanted.", True),
        ("Asked about the strikes, Kerry said nothing.", True),
        ("When he was asked whether he believed the FBI, Trump said nothing.", True),
        ("Iran asked the UN to investigate.", False),
        ("Iran was asked by Russia to withdraw.", False),
        ("Iran asked for help from Russia.", False),
    ],
)
def test_asking_a_question_is_no_request(sentence, question):
    verb = next(t for t in parser()(sentence) if t.lemma_ == "ask")
    assert readings.is_question(verb) == question


ASSAULT = cues.Cue("ASSAULT", None, "military", "190", "verb")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Trump attacked the investigation as a disaster.", "attacked", "ACCUSE"),
        ("Trump attacked Iran's leaders as liars.", "attacked", "ACCUSE"),
        ("Russian troops attacked the town.", "attacked", "ASSAULT"),
        ("In March, Iran test-fired two ballistic missiles.", "fired", "MOBILIZE"),
        ("Iran fired two missiles at the base.", "fired", "ASSAULT"),
    ],
)
def test_attacks_in_words_and_weapons_tests(sentence, word, expected):
    assert readings.reread_verb(token(sentence, word), ASSAULT).event == expected


@pytest.mark.parametrize(
    ("sentence", "retort"),
    [
        ("Powell shot back that the claim made no sense.", True),
        ('Powell shot back that the claim "made no sense," and that she relied on it.', True),
        ("The army fired back at the rebels.", False),
    ],
)
def test_shooting_back_in_words_is_a_retort(sentence, retort):
    verb = next(t for t in parser()(sentence) if t.lemma_ in ("shoot", "fire"))
    assert readings.is_retort(verb) == retort


@pytest.mark.parametrize(
    ("sentence", "hostile"),
    [
        ("Pakistan warned that the move could lead to war.", True),
        ("Iran warned that it would run out of ways to stay in the accord.", False),
    ],
)
def test_a_warning_may_foretell_hostility(sentence, hostile):
    (clause,) = readings.warned_actions(token(sentence, "warned"))[1]
    assert readings.foretells_hostility(clause) == hostile


COOPERATION = cues.Cue("COOPERATE", None, "military", "062", "verb")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North Korea has trained more than 500 computer hackers.", "MOBILIZE"),
        ("The United States trained Iraqi soldiers.", "COOPERATE"),
        ("The United States trained the rebels.", "COOPERATE"),
    ],
)
def test_training_ones_own_forces_builds_them_up(sentence, expected):
    assert readings.reread_verb(token(sentence, "trained"), COOPERATION).event == expected


REQUEST = cues.Cue("REQUEST", None, None, "100", "verb")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin ordered 23 British diplomats out of Russia.", "SANCTION"),
        (
            "Trump ordered 60 Russian diplomats the U.S. considers spies to leave the country.",
            "SANCTION",
        ),
        ("Putin ordered the U.S. to cut staff at its diplomatic missions.", "SANCTION"),
        ("Ukraine ordered 13 Russians to leave.", "COERCE"),
        ("Russia ordered the US to withdraw its troops.", "REQUEST"),
    ],
)
def test_ordering_people_out_expels_or_deports_them(sentence, expected):
    assert readings.reread_verb(token(sentence, "ordered"), REQUEST).event == expected


@pytest.mark.parametrize(
    ("sentence", "declines"),
    [
        ("The Kremlin declined to comment on the report.", True),
        ("McFarland declined to say whether the U.S. had sabotaged the launch.", True),
        ("Russia refused to withdraw its troops.", False),
    ],
)
def test_declining_to_comment_refuses_nothing(sentence, declines):
    verb = next(t for t in parser()(sentence) if t.lemma_ in ("decline", "refuse"))
    assert readings.declines_comment(verb) == declines


GATHERING = cues.Cue("CONSULT", None, None, "040", "verb")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of protesters gathered outside parliament.", "PROTEST"),
        ("EU foreign ministers gathered in Brussels.", "CONSULT"),
    ],
)
def test_a_crowd_gathering_demonstrates(sentence, expected):
    assert readings.reread_verb(token(sentence, "gathered"), GATHERING).event == expected
