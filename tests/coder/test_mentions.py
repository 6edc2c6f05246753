"""Actor mentions in one sentence: names the dictionary does not know (the mentions module)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.coder.mentions import find_mentions, proper_names
from detente.coder.nlp import parser
from detente.coder.records import ActorRef


@pytest.fixture(scope="module")
def nlp():
    return parser()


def names(nlp, text: str) -> list[str]:
    sent = next(nlp(text).sents)
    return [sent[start:end].text for start, end in proper_names(sent)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zoltan Zia-ul-Quibberly met the envoy.", "Zoltan Zia-ul-Quibberly"),
        ("The execution of Ken Saro-Quibb shocked many.", "Ken Saro-Quibb"),
    ],
)
def test_a_hyphenated_name_is_one_name(nlp, text, name):
    assert name in names(nlp, text)


def test_a_spaced_dash_separates_names(nlp):
    found = names(nlp, "Zoltan Quibberly - Ferenc Quabb said so.")
    assert "Zoltan Quibberly - Ferenc Quabb" not in found


def test_a_hyphenated_titled_name_takes_the_countrys_role(nlp):
    sent = next(nlp("Pakistani President Zoltan Zia-ul-Quibberly rejected the offer.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.name) for a in actors] == [("PAK", "Zoltan Zia-ul-Quibberly")]


def test_a_misspelt_known_name_is_that_person(nlp):
    sent = next(nlp("President Francois Mitterand welcomed the visitors.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.name) for a in actors] == [("FRA", "Francois Mitterrand")]


def read_in_turn(nlp, texts: list[str], when: date = date(2019, 3, 1)) -> list[ActorRef]:
    """The actors of the last sentence, read after the earlier ones of the same document (the
    names they introduce remembered)."""
    titled: dict[str, tuple[str, str | None]] = {}
    found: list[ActorRef] = []
    for text in texts:
        sent = next(nlp(text).sents)
        found = [f.actor for f in find_mentions(sent, when, titled) if f.actor]
    return found


def mentioned(nlp, texts: list[str]) -> list[tuple[str, str, str | None]]:
    """The text, code and sector of the last sentence's actors, read in turn."""
    return [(a.text, a.code, a.sector) for a in read_in_turn(nlp, texts)]


def actors_in(nlp, text: str) -> list[tuple[str, str]]:
    sent = next(nlp(text).sents)
    return [(f.actor.text, f.actor.code) for f in find_mentions(sent, None) if f.actor is not None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chelsea Clinton visited Kenya.", "Chelsea Clinton"),  # not Bill or Hillary
        ("Kurdish fighters left Ain Issa.", "Ain Issa"),  # a town, not a Chadian Issa
    ],
)
def test_a_known_surname_after_another_name_word_is_someone_else(nlp, text, name):
    assert (name, "unknown") in actors_in(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police director Vladimir Rebic spoke in Belgrade.",  # no Russian town of Vladimir
        "Protesters gathered in Victoria Park.",  # no Seychelles capital
    ],
)
def test_a_town_that_is_a_first_name_before_a_name_word_is_another_name(nlp, text):
    assert not [code for _, code in actors_in(nlp, text) if code in ("RUS", "SYC")]


def test_a_place_before_who_is_a_person_unless_a_phrase_holds_it(nlp):
    found = actors_in(nlp, "Amman, who was described as knife-obsessed, sent videos.")
    assert ("Amman", "unknown") in found
    found = actors_in(nlp, "Palestinians in Gaza, who advocate many tactics, marched.")
    assert ("Gaza", "PSE") in found


def test_a_capital_after_a_first_name_is_a_person_and_remembered(nlp):
    texts, when = (
        ["The attacker was Sudesh Amman, 20.", "Amman attacked a policeman."],
        date(2020, 2, 3),
    )
    first = read_in_turn(nlp, texts[:1], when)
    assert ("Sudesh Amman", "unknown") in [(a.text, a.code) for a in first]
    found = read_in_turn(nlp, texts, when)
    assert [(a.text, a.code) for a in found] == [("Amman", "unknown")]


@pytest.mark.parametrize(
    "text", ["The Zoltan Quibberly Foundation condemned Israel.", "The Quibberly Institution met."]
)
def test_an_unknown_name_of_a_foundation_or_association_is_an_ngo(nlp, text):
    assert [code for _, code in actors_in(nlp, text)][:1] == ["NGO"]


def test_a_gang_called_the_foundation_is_not_every_foundation(nlp):
    assert ("Foundation", "USA") not in actors_in(nlp, "The Ford Foundation gave money.")


def test_a_clock_time_is_no_name(nlp):
    assert actors_in(nlp, "Iranian gunboats attacked the tanker at 0700 EDT.") == [
        ("Iranian", "IRN")
    ]


def test_a_town_before_a_place_word_is_still_the_place(nlp):
    assert ("Vladimir", "RUS") in actors_in(nlp, "Russian jets bombed Vladimir Oblast.")


@pytest.mark.parametrize("text", ["John F. Kerry met Lavrov.", "F.W. de Klerk met Mandela."])
def test_initials_and_particles_before_a_surname_keep_the_person(nlp, text):
    found = actors_in(nlp, text)
    assert found and found[0][1] != "unknown"


def test_a_misspelt_surname_alone_is_not_guessed(nlp):
    assert ("Bouteflicka", "unknown") in actors_in(nlp, "Bouteflicka spoke on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels met U.N. mediator Diego Cordovez.", ("U.N. mediator Diego Cordovez", "UNO")),
        # an ambassador to the UN speaks for a country, so the dictionary's role stays
        ("U.N. ambassador Diego Cordovez spoke.", ("Diego Cordovez", "ECU")),
    ],
)
def test_an_organisations_title_before_a_known_person_says_whom_he_acts_for(nlp, text, expected):
    assert expected in actors_in(nlp, text)


def test_a_known_name_with_a_middle_name_dropped_is_that_person(nlp):
    sent = next(nlp("President Omar Hassan al-Bashir toured Darfur.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert actors[0].code == "SDN"


def test_a_title_after_a_bare_country_gives_the_unknown_name_its_role(nlp):
    sent = next(nlp("U.S. negotiator Zoltan Quibberly met the envoy.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.sector, a.name) for a in actors][:1] == [("USA", "GOV", "Zoltan Quibberly")]


def test_a_countrys_office_before_a_known_person_says_whom_he_acts_for(nlp):
    # the dictionary's only role for Howe is a European one; the text names his British office
    found = actors_in(nlp, "British Foreign Secretary Sir Geoffrey Howe backed the strike.")
    assert found[0] == ("British Foreign Secretary Sir Geoffrey Howe", "GBR")


def test_a_known_person_named_in_full_is_remembered_by_surname(nlp):
    texts = ["Prime Minister Boris Johnson spoke.", "Johnson criticised the opposition."]
    found = read_in_turn(nlp, texts, date(2019, 9, 1))
    assert [(a.text, a.code) for a in found] == [("Johnson", "GBR")]


@pytest.mark.parametrize("later", ["Al-Bashir criticised the opposition.", "El Bashir spoke."])
def test_a_remembered_surname_is_found_without_its_arabic_article(nlp, later):
    found = read_in_turn(nlp, ["President Omar al-Bashir spoke.", later], date(2015, 9, 1))
    assert [a.code for a in found][:1] == ["SDN"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Zoltan Quibberly, Israel's attorney general, spoke.", "Zoltan Quibberly", ("ISR", "GOV")),
        ("Zoltan Quibberly, the U.S. ambassador for religious freedom, spoke.", "Zoltan Quibberly",
         ("USA", "GOV")),
        ("Zoltan Quibberly, the Prime Minister of Tunisia, spoke.", "Zoltan Quibberly",
         ("TUN", "GOV")),
        ("Zoltan Quibberly, the United Nations special rapporteur, spoke.", "Zoltan Quibberly",
         ("UNO", None)),
    ],
)  # fmt: skip
def test_an_unknown_name_described_by_a_role_is_that_actor_and_remembered(nlp, text, person, role):
    assert mentioned(nlp, [text])[0] == (person, *role)
    assert mentioned(nlp, [text, "Quibberly criticised Iran."])[0] == ("Quibberly", *role)


def test_a_name_described_only_as_someones_backer_stays_unknown(nlp):
    found = mentioned(nlp, ["It is financed by Zoltan Quibberly, a close backer of Netanyahu."])
    assert ("Zoltan Quibberly", "unknown", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Zoltan Quibberly (D-N.Y.) condemned Iran.",
        "Sen. Zoltan Quibberly, R-S.C., condemned Iran.",
        "Zoltan Quibberly (D., N.Y.) condemned Iran.",
    ],
)
def test_a_party_and_state_tag_makes_a_member_of_congress(nlp, text):
    found = mentioned(nlp, [text])
    assert found[0] == ("Zoltan Quibberly", "USA", "LEG")
    assert [code for _, code, _ in found] == ["USA", "IRN"]


def test_an_office_in_the_possessive_before_an_unknown_name_gives_its_country(nlp):
    found = mentioned(
        nlp, ["Israel's Attorney General Zoltan Quibberly spoke.", "Quibberly spoke."]
    )
    assert found == [("Quibberly", "ISR", "JUD")]


def test_a_patronymic_names_no_one_called_by_the_fathers_name(nlp):
    found = mentioned(nlp, ["Ali bin Tamim spoke."])
    assert found[0][:2] == ("Ali bin Tamim", "unknown")
    assert mentioned(nlp, ["F.W. de Klerk spoke."])[0][1] == "ZAF"


@pytest.mark.parametrize(
    ("text", "name"),
    [("The defeated Fatah Party staged rallies.", "Fatah"), ("The Hamas Movement spoke.", "Hamas")],
)
def test_a_known_group_named_as_a_party_or_movement_is_that_group(nlp, text, name):
    sent = next(nlp(text).sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.name) for a in actors] == [("PSE", name)]


def test_a_surname_alone_is_the_namesake_then_in_office(nlp):
    sent = next(nlp("Reagan criticised the Japanese trade practices.").sents)
    found = [f.actor for f in find_mentions(sent, date(1987, 4, 1)) if f.actor]
    assert [(a.text, a.code, a.sector) for a in found][:1] == [("Reagan", "USA", "GOV")]


def test_a_surname_alone_after_someone_else_of_that_name_is_that_person(nlp):
    texts = ["The activist Zoltan Reagan spoke.", "Reagan criticised the police."]
    found = read_in_turn(nlp, texts, date(1987, 4, 1))
    assert [(a.text, a.code) for a in found] == [("Reagan", "unknown")]


def test_a_portfolio_in_a_possessive_title_gives_the_name_its_country(nlp):
    found = actors_in(nlp, "Brazil's Finance Minister Zoltan Quibberly spoke to reporters.")
    assert found == [("Brazil's Finance Minister Zoltan Quibberly", "BRA")]


def test_an_office_with_an_of_phrase_before_a_name_titles_that_name(nlp):
    texts = [
        "U.K. Chancellor of the Exchequer Nigel Lawson met the bankers.",
        "Lawson said the talks were useful.",
    ]
    found = read_in_turn(nlp, texts[:1], date(1987, 3, 2))
    assert ("Nigel Lawson", "GBR") in [(a.name, a.code) for a in found]
    later_found = read_in_turn(nlp, texts, date(1987, 3, 2))
    assert [(a.text, a.code) for a in later_found] == [("Lawson", "GBR")]


def test_a_demonym_before_an_unknown_full_name_gives_it_the_country(nlp):
    titled: dict[str, tuple[str, str | None]] = {}
    sent = next(nlp("Russian courts sentenced Israeli Zoltan Quibberly to prison.").sents)
    found = [f.actor for f in find_mentions(sent, date(2019, 10, 1), titled) if f.actor]
    assert ("Israeli Zoltan Quibberly", "ISR", None) in [(a.text, a.code, a.sector) for a in found]
    assert titled["Quibberly"] == ("ISR", None)


def test_a_described_hyphenated_name_is_remembered_by_its_last_part(nlp):
    texts = [
        "Zoltan Abdul-Quibberly, the acting prime minister of Iraq, spoke to reporters.",
        "Quibberly criticised the attack.",
    ]
    found = read_in_turn(nlp, texts, date(2020, 1, 3))
    assert [(a.text, a.code) for a in found] == [("Quibberly", "IRQ")]


def test_a_counterpart_of_a_country_is_its_government(nlp):
    sent = next(nlp("Braks met his West German counterpart Zoltan Quibberly on Monday.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert ("Zoltan Quibberly", "DEU", "GOV") in [(a.name, a.code, a.sector) for a in actors]


def test_a_family_name_written_first_is_remembered_alone(nlp):
    texts = [
        "North Korean leader Kim Jong-un met South Korean President Moon Jae-in.",
        "Kim told Moon he would visit Seoul.",
    ]
    found = read_in_turn(nlp, texts, date(2018, 9, 20))
    assert [(a.text, a.code, a.name) for a in found][:2] == [
        ("Kim", "PRK", "Kim Jong Un"),
        ("Moon", "KOR", "Moon Jae In"),
    ]


def test_an_envoy_to_a_country_acts_for_his_own(nlp):
    found = actors_in(nlp, "U.S. Ambassador to the Philippines Zoltan Quibberly left Manila.")
    assert ("Zoltan Quibberly", "USA") in found
    assert ("Philippines", "PHL") in found
