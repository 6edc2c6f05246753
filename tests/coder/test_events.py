"""Events from one sentence: recipients as PLOVER reads them (the coder's events module)."""

from __future__ import annotations

import pytest

from detente.coder import Event, code
from detente.coder.nlp import parser
from detente.ingest import Document


@pytest.fixture(scope="module", autouse=True)
def model():
    """Load spaCy once for the module."""
    return parser()


def events_of(text: str) -> list[Event]:
    document = Document(
        id="doc",
        title=None,
        date="2001-05-02",
        dateline=None,
        source=None,
        url=None,
        language="en",
        paragraphs=(text,),
    )
    return list(code([document]))


def only(text: str, event_type: str) -> Event:
    found = [e for e in events_of(text) if e.event == event_type]
    assert len(found) == 1, found
    return found[0]


def test_a_protest_naming_no_target_is_against_the_protesters_own_government():
    event = only("Bolivian farmers began a hunger strike outside the palace.", "PROTEST")
    (recipient,) = event.recipient
    assert (recipient.code, recipient.sector, recipient.implied) == ("BOL", "GOV", True)
    assert recipient.text == "" and recipient.span is None
    assert recipient.name == "Bolivian government"


def test_a_state_acting_with_no_named_target_acts_on_its_own_people():
    event = only("The Kenyan government rejected the proposal on Monday.", "REJECT")
    (recipient,) = event.recipient
    assert (recipient.code, recipient.sector, recipient.implied) == ("KEN", "CVL", True)


def test_a_named_recipient_is_never_replaced_by_an_implied_one():
    event = only("Chilean students protested against Argentina on Monday.", "PROTEST")
    assert [(r.code, r.implied) for r in event.recipient] == [("ARG", False)]


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany agreed to share intelligence.",  # cooperation: no counterpart needed
        "NATO warplanes attacked on Monday.",  # no country to be at home in
    ],
)
def test_no_implied_recipient_outside_domestic_conflict_of_a_country(text):
    events = events_of(text)
    assert events and all(not r.implied for e in events for r in e.recipient)


def test_an_implied_recipient_does_not_become_the_pair_the_two_refers_to():
    text = (
        "Kerry met Lavrov in Paris. The Turkish government rejected the plan. "
        "The two later discussed Syria."
    )
    (talks,) = [e for e in events_of(text) if e.event == "CONSULT" and e.sentence == 2]
    assert {a.code for a in talks.actor} == {"USA", "RUS"}


def test_a_recipient_named_deep_in_the_object_phrase():
    event = only("Portugal announced a suspension of air links with Norway.", "SANCTION")
    assert [r.code for r in event.recipient] == ["NOR"]


def test_a_conditional_threat_is_aimed_at_whom_the_condition_names():
    event = only(
        "Peru threatened to end the talks if Chile goes ahead with the deployment.", "THREATEN"
    )
    assert [r.code for r in event.recipient] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "event_type", "codes"),
    [
        ("The Turkish and Greek sides agreed to share information.", "AGREE", {"TUR", "GRC"}),
        ("U.S. and Russian negotiators held talks in Geneva.", "CONSULT", {"USA", "RUS"}),
    ],
)
def test_conjoined_modifiers_name_every_actor(text, event_type, codes):
    assert {a.code for a in only(text, event_type).actor} == codes


@pytest.mark.parametrize(
    "text",
    [
        "Mubarak said the United States must be ready to mediate.",
        "Egyptian officials announced that Washington must mediate.",
    ],
)
def test_what_a_speaker_says_another_must_do_is_a_demand_on_it(text):
    event = only(text, "REQUEST")
    assert [a.code for a in event.actor] == ["EGY"]
    assert [r.code for r in event.recipient] == ["USA"]


def test_rebels_saying_their_own_government_must_act_make_a_demand_on_it():
    event = only("Rwandan rebels announced that President Kagame must resign.", "REQUEST")
    assert [(a.code, a.sector) for a in event.actor] == [("RWA", "REB")]
    assert [(r.code, r.sector) for r in event.recipient] == [("RWA", "GOV")]


@pytest.mark.parametrize(
    "text",
    [
        "The United States was disappointed by the Iraqi Parliament's decision.",
        "Iraq disappointed the United States.",
    ],
)
def test_the_one_let_down_disapproves_of_the_one_who_let_it_down(text):
    event = only(text, "ACCUSE")
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["IRQ"]


def test_a_titled_unknown_name_is_the_titles_actor_once():
    event = only("Police arrested the Ukrainian pilot Nadia Savchenko.", "COERCE")
    assert [r.code for r in event.recipient] == ["UKR"]


def test_an_office_naming_no_country_keeps_the_unknown_name_it_titles():
    text = "Iraq attacked Iran. Foreign ministry spokeswoman Zoltana Quibberly condemned it."
    event = only(text, "ACCUSE")
    assert "unknown" in [a.code for a in event.actor]


def test_a_court_sentencing_someone_to_prison_sanctions_them_not_the_prison():
    event = only(
        "The Ukrainian pilot was sentenced to 22 years in prison by a Russian court.", "SANCTION"
    )
    assert (event.mode, [a.code for a in event.actor]) == ("convict", ["RUS"])
    assert [r.text for r in event.recipient] == ["The Ukrainian pilot"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Some once-loyal Israeli lawmakers abandoned Prime Minister Netanyahu.", "withdraw"),
        ("The United States abandoned the nuclear accord with Iran.", "withdraw"),
    ],
)
def test_abandoning_an_ally_or_a_deal_withdraws_from_it(text, mode):
    assert only(text, "SANCTION").mode == mode


def test_abandoning_an_ambition_yields_it():
    assert only("Iran abandoned its nuclear ambitions.", "CONCEDE").actor[0].code == "IRN"


@pytest.mark.parametrize(
    ("text", "fought"),
    [
        ("Nigeria is fighting corruption.", False),
        ("The administration uses the trade law to fight unfair practices.", False),
        ("Egypt is fighting terrorism in Sinai.", True),
        ("Hezbollah fought Israeli troops in southern Lebanon.", True),
    ],
)
def test_fighting_an_ill_attacks_no_one(text, fought):
    assert bool([e for e in events_of(text) if e.event == "ASSAULT"]) is fought


def test_heads_of_state_are_of_no_state_but_the_body_named():
    assert events_of("Arab heads of state condemned the coup in Mali.") == []
    event = only("The heads of government of the EU agreed on a budget.", "AGREE")
    assert [a.code for a in event.actor] == ["EUR"]


def test_what_talks_or_deals_are_about_is_no_recipient():
    event = only("Trump and Putin have agreed to share information on North Korea.", "AGREE")
    assert event.recipient == ()
    event = only("Japan agreed to lift its sanctions on Iran.", "AGREE")
    assert [r.code for r in event.recipient] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran condemned the attacks carried out by Israel.",
        "Iran condemned the aggression and the threats made by Israel.",
    ],
)
def test_condemning_a_deed_told_with_its_doer_condemns_the_doer(text):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == ["ISR"]


def test_a_delegation_led_by_someone_is_not_what_was_done():
    event = only("Trump sent a delegation led by Mike Pence to Turkey.", "CONSULT")
    assert "Mike Pence" not in [r.text for r in event.recipient]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Armenian police detained dozens of demonstrators.", "dozens of demonstrators"),
        ("Eritrea has expelled some of the U.N. peacekeepers.", "some of the U.N. peacekeepers"),
    ],
)
def test_a_counted_group_is_named_with_its_count(text, recipient):
    event = next(e for e in events_of(text) if e.recipient)
    assert [r.text for r in event.recipient] == [recipient]


def test_we_in_a_quote_is_whoever_says_it():
    event = only(
        '"The Kurds will align with Assad because we abandoned them," the American president said.',
        "SANCTION",
    )
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["KUR"]


def test_i_in_a_quote_is_whoever_says_it_and_no_one_else():
    event = only(
        '"I urge Hong Kong authorities to free the activists," the American senator said.',
        "REQUEST",
    )
    assert [a.code for a in event.actor] == ["USA"]
    unsaid = events_of("Russia attacked Georgia. I urge the Georgian army to stay calm.")
    assert [e.event for e in unsaid] == ["ASSAULT"]  # the writer's "I" is no actor


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Powell discussed Iraq with the Russian foreign minister.", ["RUS"]),
        ("Powell and Ivanov discussed Iraq.", []),
        ("Pakistan's top military commanders met in Rawalpindi to discuss Kashmir.", []),
    ],
)
def test_what_is_discussed_is_a_topic_and_a_meeting_at_home_has_no_host(text, recipients):
    event = only(text, "CONSULT")
    assert [r.code for r in event.recipient] == recipients


def test_flying_to_a_capital_is_a_trip_there():
    event = only("Putin flew to Tehran for talks with Khatami.", "CONSULT")
    assert [r.code for r in event.recipient] == ["IRN"]


def test_what_one_does_by_or_after_doing_something_is_done_by_the_subject():
    event = only("Russia responded by expelling 60 American diplomats.", "SANCTION")
    assert [a.code for a in event.actor] == ["RUS"]
    events = events_of("Iran withdrew its envoy after being accused by Iraq of spying.")
    accusers = [a.code for e in events if e.event == "ACCUSE" for a in e.actor]
    assert "IRN" not in accusers  # the accused is not the accuser


def test_what_is_done_without_doing_something_else_leaves_that_undone():
    events = events_of("Powell met Ivanov without challenging the Russian denial.")
    assert [e.event for e in events] == ["CONSULT"]  # no challenge, not even a negated one


def test_justifying_a_strike_is_no_strike():
    assert events_of("The Pentagon justified the strike as defensive.") == []


def test_a_hostile_act_naming_no_one_is_aimed_at_the_other_of_the_pair_last_told():
    events = events_of("Iran attacked Iraq. Iran launched a new offensive.")
    implied = events[-1].recipient
    assert [(r.code, r.implied) for r in implied] == [("IRQ", True)]
    events = events_of("Iran attacked Iraq. Iran launched a new offensive near Turkey.")
    assert [r.code for r in events[-1].recipient] != ["IRQ"]  # a third party is named


def test_an_unknown_party_is_of_the_country_where_it_acts():
    event = only("The Umma (Nation) party said it will boycott Algeria's elections.", "THREATEN")
    assert [(a.code, a.sector) for a in event.actor] == [("DZA", "PTY")]


def test_an_untitled_official_is_of_the_country_a_story_is_plainly_about():
    story = (
        "Poland mourned the mayor of Gdansk. Polish police arrested the attacker. "
        "Poland's president spoke. Interior Minister Zoltan Quibberly condemned the stabbing."
    )
    event = [e for e in events_of(story) if e.event == "ACCUSE"][-1]
    assert [a.code for a in event.actor] == ["POL"]
    story = "Israel attacked Gaza. Hamas attacked Israel. Minister Zoltan Quibberly condemned it."
    event = [e for e in events_of(story) if e.event == "ACCUSE"][-1]
    assert [a.code for a in event.actor] == ["unknown"]  # two sides: the title says not whose


def test_launching_a_charm_offensive_is_no_attack():
    assert events_of("Russia launched a charm offensive in Europe.") == []
    assert only("Israel launched an offensive in Gaza.", "ASSAULT").actor[0].code == "ISR"


def test_what_the_writer_says_an_actor_should_do_is_no_offer_of_it():
    event = only("The United States should negotiate with the Taliban.", "CONSULT")
    assert event.modality == "hypothetical"


def test_a_speaker_saying_its_own_side_must_act_makes_no_demand():
    events = events_of("Egyptian officials said Egypt must be ready to mediate.")
    assert [e.event for e in events] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bombing near the town of Kandahar killed one Canadian soldier.",
        "Two Canadian soldiers were killed by an explosive device outside of Kandahar.",
    ],
)
def test_a_blast_with_no_one_named_is_unidentified_attackers_where_it_happened(text):
    event = only(text, "ASSAULT")
    assert [(a.code, a.sector) for a in event.actor] == [("AFG", "UNK")]
    assert [r.code for r in event.recipient] == ["CAN"]


def test_a_blast_in_no_named_place_is_not_given_a_country():
    events = events_of("A roadside bomb killed one Canadian soldier on Sunday.")
    assert all(a.sector != "UNK" for e in events for a in e.actor)


def test_a_go_between_mediates_between_the_parties():
    event = only(
        "Norway's envoy undertook a mediation mission between Israel and Syria.", "CONSULT"
    )
    assert [a.code for a in event.actor] == ["NOR"]
    assert [r.code for r in event.recipient] == ["ISR", "SYR"]


def test_talks_between_two_parties_are_their_joint_act():
    event = only("Talks between Moscow and Kiev resumed on Monday.", "CONSULT")
    assert [a.code for a in event.actor] == ["RUS", "UKR"]
    assert not event.recipient


def test_the_actors_own_troops_are_not_its_recipient():
    event = only("France is ready to contribute 4,000 troops to a force in Liberia.", "AGREE")
    assert [r.code for r in event.recipient] == ["LBR"]


def test_a_government_acting_on_its_own_rebels_keeps_them_as_recipient():
    event = only("The Syrian army attacked rebels near Aleppo.", "ASSAULT")
    assert [(r.code, r.sector) for r in event.recipient] == [("SYR", "REB")]


def test_a_vow_to_fight_parsed_as_an_adverbial_is_one_threat():
    events = events_of("Ethnic Albanians in Macedonia have sworn to fight until they win.")
    assert [e.event for e in events] == ["THREATEN"]
    assert events[0].event_text == "sworn to fight"


def test_a_recipient_after_a_to_parsed_as_a_dative():
    event = only("Germany and Norway provided their annual donations to Palestinians.", "AID")
    assert [r.code for r in event.recipient] == ["PSE"]


def test_an_object_pronoun_is_someone_other_than_its_clauses_subject():
    event = only("Obama phoned Putin and warned him against sending troops.", "THREATEN")
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["RUS"]


def test_sanctions_imposed_on_a_country_name_it_when_they_are_lifted():
    events = events_of("The Security Council lifted sanctions imposed on Eritrea in 1999.")
    (lifted,) = [e for e in events if e.event == "CONCEDE"]
    assert [r.code for r in lifted.recipient] == ["ERI"]
    assert not [e for e in events if e.event == "COERCE" and e.actor[0].code == "UNO"]


def test_attempts_an_actor_blocks_are_not_its_own():
    events = events_of("Moscow blocked Western attempts to punish Damascus with sanctions.")
    assert [(e.event_text, e.actor[0].code) for e in events] == [("blocked", "RUS")]


def test_an_object_pronoun_inside_its_clauses_subject_is_resolved_without_looping():
    events = events_of("Russia warned China. Fear of them grew as Russia threatened China.")
    assert [e.event for e in events] == ["THREATEN", "THREATEN"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor_text", "recipient_text"),
    [
        (
            "The Israeli government expelled a Lebanese man on Monday.",
            "SANCTION",
            "The Israeli government",
            "a Lebanese man",
        ),
        (
            "Israeli army bulldozers demolished Palestinian homes in Gaza.",
            "ASSAULT",
            "Israeli army bulldozers",
            "Palestinian homes",
        ),
    ],
)
def test_actors_are_named_by_their_whole_noun_phrase(text, event_type, actor_text, recipient_text):
    event = only(text, event_type)
    assert [a.text for a in event.actor] == [actor_text]
    assert [r.text for r in event.recipient] == [recipient_text]
    for ref in (*event.actor, *event.recipient):
        assert ref.span is not None and text[ref.span[0] : ref.span[1]] == ref.text


def test_the_events_own_words_are_not_part_of_its_actor():
    event = only("US-led air strikes hit Islamic State positions.", "ASSAULT")
    assert [a.text for a in event.actor] == ["US"]


def test_no_domestic_reading_when_the_sentence_names_someone_abroad():
    event = only("Moscow insists that US strikes need Syrian and UN approval.", "ASSAULT")
    assert not event.recipient


def test_a_refusal_is_aimed_at_whoever_its_condition_names():
    event = only(
        "Washington refuses to work together as long as Moscow insists on approval.", "REJECT"
    )
    assert [r.code for r in event.recipient] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey denounced the conclusions of the summit.",
        "Russia warned that it would respond to the move with force.",
    ],
)
def test_a_states_accusation_or_threat_is_not_read_as_domestic(text):
    events = events_of(text)
    assert events and all(not r.implied for e in events for r in e.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Michel called Israel's response unacceptable.",
        "The president called the deal a disaster.",
        "Iran called the US decision a violation of international law.",
    ],
)
def test_calling_something_a_name_is_no_phone_call(text):
    assert not [e for e in events_of(text) if e.mode == "phone"]


def test_calling_anothers_deed_a_harsh_name_accuses_its_doer():
    event = only("Iran called the US decision a violation of international law.", "ACCUSE")
    assert [r.code for r in event.recipient] == ["USA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Powell's calls with Russian Foreign Minister Igor Ivanov were cordial.", ["CONSULT"]),
        ("Obama's knowledge of the details of Flynn's overseas calls raised eyebrows.", []),
        ("Britain's calls for restraint went unheeded.", ["REQUEST"]),
    ],
)
def test_a_call_is_a_demand_only_when_it_calls_for_something(text, expected):
    assert [e.event for e in events_of(text)] == expected


def test_calling_someone_is_a_phone_call():
    event = only("Obama called Putin on Monday.", "CONSULT")
    assert event.mode == "phone" and [r.code for r in event.recipient] == ["RUS"]


def test_nothing_inside_an_if_or_unless_clause_is_an_event():
    events = events_of(
        "Druze leaders threatened to hold a general strike unless Israel rescinded its "
        "annexation of the region."
    )
    assert [(e.event, e.actor[0].code) for e in events] == [("THREATEN", "DRU")]
    assert [r.code for r in events[0].recipient] == ["ISR"]


def test_a_persons_arrest_is_done_to_them():
    (arrest,) = events_of("Sudan's police confirmed Omar Quibberly's arrest on Monday.")
    assert [a.code for a in arrest.actor] == ["SDN"]
    assert [r.text for r in arrest.recipient] == ["Omar Quibberly"]


def test_a_countrys_arrest_of_someone_is_done_by_it():
    event = only("Russia's arrest of the American journalist was condemned.", "COERCE")
    assert [a.code for a in event.actor] == ["RUS"]
    assert [r.code for r in event.recipient] == ["USA"]


def test_a_plan_to_act_is_its_owners():
    events = events_of("The United States criticised Russia's plan to send troops to Syria.")
    (troops,) = [e for e in events if e.event_text.startswith("send")]
    assert [a.code for a in troops.actor] == ["RUS"]
    assert [r.code for r in troops.recipient] == ["SYR"]  # the troops sent are no recipient


@pytest.mark.parametrize(
    "text",
    [
        "The resolution still awaited approval by the Iraqi government.",
        "Moscow insists that US strikes need Syrian and UN approval.",
    ],
)
def test_an_event_still_awaited_or_needed_is_not_coded(text):
    assert not [e for e in events_of(text) if e.event_text == "approval"]


def test_speaking_about_an_event_is_not_doing_it():
    events = events_of("The Iraqi foreign ministry characterized the attack as a violation.")
    assert not [e for e in events if e.event == "ASSAULT"]
    event = only(
        "World Bank teams are in Manila to assess Philippine requests for funding.", "REQUEST"
    )
    assert [a.code for a in event.actor] == ["PHL"]


def test_a_countrys_donors_are_not_that_country():
    text = "Japan will provide the financing while the Philippines' aid donors contribute the rest."
    assert "PHL" not in [a.code for e in events_of(text) for a in e.actor]
    event = only("The German Government is one of the largest bilateral donors.", "AID")
    assert [a.code for a in event.actor] == ["DEU"]


def test_the_forces_an_actor_sends_are_not_its_recipients():
    events = events_of(
        "South African trainers left in May. Obama has promised not to send ground forces to "
        "Iraq or Syria."
    )
    (event,) = [e for e in events if e.event == "MOBILIZE"]
    assert [r.code for r in event.recipient] == ["IRQ", "SYR"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Turkey shot down a Russian jet. Moscow condemned the attack.", "TUR"),
        ("Russia annexed Crimea. The European Union condemned the move.", "RUS"),
    ],
)
def test_answering_a_deed_told_before_answers_its_doer(text, doer):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == [doer]


def test_the_arrests_answered_are_the_last_arrests_not_any_coercion():
    text = (
        "Police arrested eight activists in Hong Kong. The party was banned by the government of "
        "China. Several European officials condemned the arrests."
    )
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == ["HKG"]


def test_a_move_told_long_before_is_not_guessed():
    text = (
        "Russia annexed Crimea. Markets fell. Oil rose. Talks stalled. The European Union "
        "condemned the move."
    )
    assert only(text, "ACCUSE").recipient == ()


def test_what_is_called_for_is_no_caller():
    text = "Netanyahu downplayed the notion of Palestinian statehood called for in the plan."
    assert [e for e in events_of(text) if e.event == "REQUEST"] == []
    event = only("The withdrawal called for by the UN has not happened.", "REQUEST")
    assert [a.code for a in event.actor] == ["UNO"]


@pytest.mark.parametrize(
    "text",
    [
        "Hollande lost 130 people to ISIS in the Paris attacks this month.",
        "After the talks, Iran said it would continue enrichment.",
    ],
)
def test_an_event_that_is_only_the_circumstance_is_not_the_subjects(text):
    assert [e for e in events_of(text) if e.event in ("ASSAULT", "CONSULT")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia engaged in talks with Ukraine.",
        "Russia is in talks with Ukraine.",
        "Kuchma said in a meeting with Putin that the war must end.",
    ],
)
def test_taking_part_in_an_event_is_doing_it(text):
    event = only(text, "CONSULT")
    assert event.actor[0].code in ("RUS", "UKR")


def test_a_light_verb_still_does_its_objects_event():
    event = only("US aircraft carried out strikes on Mosul.", "ASSAULT")
    assert [a.code for a in event.actor] == ["USA"]


def test_an_object_pronoun_does_not_reach_into_a_place_phrase():
    event = only(
        "Sailors on oil platforms east of Qatar were hurt when US warships bombarded them.",
        "ASSAULT",
    )
    assert [a.code for a in event.actor] == ["USA"]
    assert "QAT" not in [r.code for r in event.recipient]


def test_a_town_before_an_event_is_where_it_happened():
    events = events_of("Britain expelled diplomats over the Salisbury attack.")
    assert not [e for e in events if e.event == "ASSAULT"]
    event = only("The Kabul bombing killed twenty Canadian soldiers.", "ASSAULT")
    assert [(a.code, a.sector) for a in event.actor] == [("AFG", "UNK")]


def test_a_capital_before_a_happening_is_where_it_happened():
    assert not [e for e in events_of("The Paris attacks killed 130 people.") if e.actor]
    event = only("Pakistan condemned the Moscow talks.", "ACCUSE")
    assert event.recipient == ()


def test_a_suspected_deed_keeps_its_type():
    event = only("It fed suspicions that Syria is using these weapons on its people.", "ASSAULT")
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Russia claimed that Turkish jets had bombed Kurdish villages.", "RUS", "TUR"),
        ("Syria charged that Israel had violated the ceasefire.", "SYR", "ISR"),
        ("Putin said Erdogan is siding with the terrorists.", "RUS", "TUR"),
    ],
)
def test_claiming_anothers_hostile_deed_accuses_it(text, accuser, accused):
    event = only(text, "ACCUSE")
    assert [a.code for a in event.actor] == [accuser]
    assert [r.code for r in event.recipient] == [accused]


@pytest.mark.parametrize(
    "text",
    [
        "Russia claims the US agreed to the plan.",
        "The US said Iran is arming the Iraqi army.",
        "Russia claimed that Russian jets had bombed the rebels.",
    ],
)
def test_claiming_a_friendly_or_own_deed_accuses_no_one(text):
    assert [e for e in events_of(text) if e.event == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Seoul government wants Tokyo to ease import restrictions.",
        "Seoul does not want Tokyo to keep import restrictions.",
    ],
)
def test_wanting_another_to_act_is_a_demand_on_it(text):
    (event,) = events_of(text)
    assert (event.event, event.negated) == ("REQUEST", False)
    assert [a.code for a in event.actor] == ["KOR"]
    assert [r.code for r in event.recipient] == ["JPN"]


@pytest.mark.parametrize(
    "text",
    [
        "Gerard Guillonneau of France agreed that the 1979 agreement had worked well.",
        "Russia agreed that Iran is a threat.",
    ],
)
def test_agreeing_with_a_view_is_no_agreement(text):
    assert [e for e in events_of(text) if e.event == "AGREE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Egypt agreed that talks would resume next week.",
        "Iran and Iraq agreed that troops withdraw from the border.",
    ],
)
def test_agreeing_that_something_be_done_is_an_agreement(text):
    assert [e.event for e in events_of(text) if e.event == "AGREE"] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Wiranto, who was visiting the town of Pandeglang, survived the attack.",
        "Polish politicians visited the hospital on Monday.",
        "Putin visited Kazan.",
    ],
)
def test_a_trip_at_home_meeting_no_one_is_no_consultation(text):
    assert [e for e in events_of(text) if e.event == "CONSULT"] == []


def test_a_meeting_at_home_with_someone_is_a_consultation():
    # both American, so only the person met keeps it from being a trip at home
    event = only(
        "Senator Joe Biden attended the meeting with Secretary of State Colin Powell.", "CONSULT"
    )
    assert [r.code for r in event.recipient] == ["USA"]


def test_a_visit_abroad_is_a_consultation():
    event = only("Kerry visited Moscow on Tuesday.", "CONSULT")
    assert [r.code for r in event.recipient] == ["RUS"]


def test_a_deed_reported_to_have_been_done_is_not_the_reporters():
    events = events_of("Polish politicians were reported by local media to have visited Kyiv.")
    assert [e.event for e in events] == ["CONSULT"]
    assert [a.code for a in events[0].actor] == ["POL"]


def test_a_subject_parsed_as_the_object_of_after_still_acts():
    event = only(
        "Johnson became prime minister after Theresa May stepped down on July 24.", "RETREAT"
    )
    assert [a.name for a in event.actor] == ["Theresa May"]


def test_bare_police_are_the_documents_prevailing_countrys():
    events = events_of(
        "Serbians protested in Belgrade. Serbia's government dropped the measures. "
        "Police fired tear gas at them."
    )
    assault = [e for e in events if e.event == "ASSAULT"]
    assert [a.code for e in assault for a in e.actor] == ["SRB"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Indonesia's security minister Wiranto was stabbed on Thursday.", "IDN"),
        ("Two Indian soldiers were shot in Kashmir.", "IND"),
    ],
)
def test_violence_with_no_doer_named_is_unidentified_attackers(text, place):
    event = only(text, "ASSAULT")
    assert [(a.code, a.sector, a.implied) for a in event.actor] == [(place, "UNK", True)]
    assert event.recipient


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Kurdish fighters in northern Syria attacked Islamic State.", "KUR"),
        ("Druze inhabitants of the Syrian Golan Heights threatened to strike.", "DRU"),
    ],
)
def test_a_people_placed_in_a_country_is_that_countrys(text, people):
    (event,) = events_of(text)
    assert [(a.code, a.sector) for a in event.actor] == [("SYR", people)]


def test_forces_withdrawn_with_no_one_named_withdraw_themselves():
    event = only("US troops were withdrawn from Somalia in 1994.", "RETREAT")
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["SOM"]
    assert [e for e in events_of("Hundreds of prisoners were released on Monday.")] == []


@pytest.mark.parametrize(
    "text", ["Two people were killed in a car crash in Kenya.", "The town was attacked on Monday."]
)
def test_no_attackers_are_implied_for_accidents_or_for_no_victim(text):
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


def test_a_passive_read_as_an_adjective_makes_no_victim_the_actor():
    event = only("Officials said Khashoggi was slain by Saudi agents.", "ASSAULT")
    assert [a.code for a in event.actor] == ["SAU"]
    assert [r.text for r in event.recipient] == ["Khashoggi"]


def test_regretting_ones_mistake_is_an_apology_and_anothers_decision_a_rebuke():
    assert only("Iran deeply regrets this disastrous mistake.", "CONCEDE").actor[0].code == "IRN"
    assert only("The EU regrets the decision by Israel.", "ACCUSE").recipient[0].code == "ISR"


def test_a_reminder_that_another_must_act_is_a_demand_on_its_addressee():
    event = only("Chirac issued a stern reminder to Iraq that it must cooperate.", "REQUEST")
    assert [a.code for a in event.actor] == ["FRA"]
    assert [r.code for r in event.recipient] == ["IRQ"]


def test_a_message_with_no_addressee_speaks_for_its_sender():
    event = only("Russia issued a statement that it would send aid to Syria.", "AGREE")
    assert [a.code for a in event.actor] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Israel is opposed to French mediation.", "REJECT", "ISR", "FRA"),
        ("Vietnam is committed to opening up its economy.", "AGREE", "VNM", None),
    ],
)
def test_being_opposed_or_committed_is_the_subjects_stance(text, event_type, actor, recipient):
    event = only(text, event_type)
    assert [a.code for a in event.actor] == [actor]
    named = [r.code for r in event.recipient if not r.implied]
    assert named[:1] == ([recipient] if recipient else [])


def test_committing_an_act_is_no_pledge():
    assert not [e for e in events_of("Syrian rebels committed atrocities.") if e.event == "AGREE"]


def test_what_is_done_to_protest_is_the_protest():
    events = events_of("Palestinians shunned work on Monday to protest at Israeli settlement.")
    assert [e.event for e in events] == ["PROTEST"]
    assert events[0].event_text.startswith("shunned")


def test_police_stopping_a_demonstration_restrict_it():
    event = only("Turkish police prevented the demonstration by students.", "COERCE")
    assert [(a.code, a.sector) for a in event.actor] == [("TUR", "COP")]


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("The United States announced it would prohibit all aid to Cuba.", "SANCTION", "future"),
        ("The United States said it would prohibit all aid to Cuba.", "THREATEN", "future"),
        ("The United States could prohibit all aid to Cuba.", "THREATEN", "hypothetical"),
        (
            "Nigeria announced it will withdraw its peacekeeping force from Chad unless Chad "
            "agrees.",
            "THREATEN",
            "conditional",
        ),
    ],
)
def test_sanctions_announced_are_decided_sanctions_held_out_threats(text, event_type, modality):
    event = only(text, event_type)
    assert event.modality == modality and not event.negated


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("The first NATO peacekeeping troops have arrived in Bosnia.", "AID", "BIH"),
        ("Russian troops arrived in Crimea on Friday.", "MOBILIZE", "UKR"),
        ("Kerry arrived in Moscow on Friday.", "CONSULT", "RUS"),
    ],
)
def test_troops_arriving_are_deployed_not_visiting(text, event_type, recipient):
    event = only(text, event_type)
    assert [r.code for r in event.recipient] == [recipient]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # whom an act defies
        (
            "Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
            "PROTEST",
            "CHN",
        ),
        # a preposition the parser left without an object
        (
            "Peru has granted asylum to five Panamanian army officers holed up in a residence.",
            "AID",
            "PAN",
        ),
    ],
)
def test_recipients_the_parse_hides(text, event_type, recipient):
    assert [r.code for r in only(text, event_type).recipient] == [recipient]


def test_what_a_demand_asks_for_is_not_done_and_its_subject_is_the_recipient():
    events = events_of("The rebels insisted on their demands that Burundi's government resign.")
    assert [e.event for e in events] == ["REQUEST"]
    asked = events_of("Obama asked Congress to authorize $500 million to train Syrian rebels.")
    assert [e.event for e in asked] == ["REQUEST"]
    assert [(r.code, r.sector) for r in events[0].recipient] == [("BDI", "GOV")]


@pytest.mark.parametrize(
    "text",
    [
        "Britain protested to Iran over the seizure of its sailors.",
        "The Chinese government protested to Japan on Monday.",
        "Iran is violating the accord, an Iraqi human rights group protested on Monday.",
    ],
)
def test_a_protest_in_words_is_an_accusation(text):
    assert "ACCUSE" in [e.event for e in events_of(text)]
    assert "PROTEST" not in [e.event for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    ["Thousands of Iranian students protested against the United States.", "Egyptians protested."],
)
def test_people_protesting_demonstrate(text):
    assert [e.event for e in events_of(text)] == ["PROTEST"]


def test_upholding_rights_is_no_threat():
    events = events_of("The Croatian government must uphold the property rights of refugees.")
    assert "THREATEN" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The European Community halted mediation efforts in Serbia.", "SANCTION"),
        ("Britain called off talks with Iraq.", "SANCTION"),
        ("The European Community may halt mediation efforts if the parties refuse.", "THREATEN"),
    ],
)
def test_halting_talks_or_mediation_reduces_relations(text, event_type):
    assert [e.event for e in events_of(text)] == [event_type]


def test_violating_a_ban_defies_it():
    event = only("A Lebanese newspaper has violated a ban by General Michel Aoun.", "REJECT")
    assert [r.code for r in event.recipient] == ["LBN"]


@pytest.mark.parametrize(
    "text",
    [
        "The Sri Lankan army is holding refugees, according to a press release by the Tigers.",
        "Uzbekistan opened the border, reports aid agencies.",
    ],
)
def test_a_press_release_or_a_trailing_source_is_no_event(text):
    assert not [e for e in events_of(text) if e.event_text in ("release", "reports")]


def test_blowing_up_power_lines_is_violence_not_criticism():
    event = only("Afghan guerillas blew up three main electric power lines.", "ASSAULT")
    assert [a.code for a in event.actor] == ["AFG"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Arafat rejected a US offer to host a summit in July.", ["REJECT"]),
        ("Yemen has rejected a U.S. request to interrogate detainees.", ["REJECT"]),
        ("Peru has issued an ultimatum to Ecuador to halt attacks.", ["THREATEN"]),
    ],
)
def test_what_an_offer_or_request_puts_forward_is_not_done(text, found):
    assert [e.event for e in events_of(text)] == found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Putin is likely to visit Saudi Arabia next month.", "hypothetical"),
        ("Putin is expected to visit Saudi Arabia next month.", "future"),
        ("Putin is liable to visit Saudi Arabia next month.", "hypothetical"),
    ],
)
def test_a_writers_forecast_keeps_the_event_type(text, modality):
    event = only(text, "CONSULT")  # not the AGREE of an actor's own promise
    assert event.modality == modality
    assert [a.code for a in event.actor] == ["RUS"]


def test_a_belief_about_an_act_is_not_the_act():
    assert not events_of("Iran is believed to have attacked the tanker.")


def test_the_subject_of_a_passive_does_what_it_is_made_to_do():
    event = only("Iran was forced to release the sailors.", "RETREAT")
    assert [a.code for a in event.actor] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "The Sea of Oman connects to the Strait of Hormuz.",
        "US-Russia relations have been damaged by accusations that Russia sought to meddle.",
        "The Afghan government must demonstrate a modicum of competence.",
        "Referring to that attack, the Iranian minister spoke.",
    ],
)
def test_descriptions_are_no_events(text):
    assert events_of(text) == []


def test_what_a_demand_verb_asks_for_is_not_done():
    events = events_of("Russia denounced the decision and demanded Washington reverse the order.")
    assert "SANCTION" not in [e.event for e in events]


def test_the_target_of_an_event_is_its_recipient():
    event = only("Iran became the target of Israeli air strikes.", "ASSAULT")
    assert [a.code for a in event.actor] == ["ISR"]
    assert [r.code for r in event.recipient] == ["IRN"]


def test_pushing_someone_to_act_asks_them_to():
    event = only("France pushed Iran to release the sailors.", "REQUEST")
    assert [r.code for r in event.recipient] == ["IRN"]


def test_encouraging_someone_to_act_asks_them_to():
    event = only("The US has been encouraging allies such as Germany to restrict Mahan.", "REQUEST")
    assert [r.code for r in event.recipient] == ["DEU"]


def test_deploying_ones_own_missiles_mobilizes():
    event = only("Iran has deployed about six large missiles in Iraq.", "MOBILIZE")
    assert event.mode == "weapons"


def test_the_countries_a_phrase_lists_are_its_actors():
    event = only(
        "Tunisia's neighbouring countries including Algeria and Morocco have imposed bans on "
        "niqabs.",
        "COERCE",
    )
    assert [a.code for a in event.actor] == ["DZA", "MAR"]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Tunisia is facing terrorist attacks, officials said.", None, None),
        ("Iran faced Israeli air strikes on Monday.", ["ISR"], ["IRN"]),
    ],
)
def test_who_faces_an_attack_suffers_it(text, actors, recipients):
    found = [e for e in events_of(text) if e.event == "ASSAULT"]
    if actors is None:
        assert found == []  # no one is named as attacking: the victim is not the attacker
    else:
        assert [a.code for a in found[0].actor] == actors
        assert [r.code for r in found[0].recipient] == recipients


@pytest.mark.parametrize(
    "text",
    [
        "The official, who asked not to be named, spoke on Monday.",
        "The United States is going to have to rely on Iraq.",
        "Iraqi companies will need to know the rules.",
        "He served as an adviser to the Iraqi government.",
        "Iran denied the accusation.",
        "Manila aims at soft borrowings.",
        "Shimon Peres, former president of Israel, died at age 93.",
        "Israel's Likud party controls 20 seats.",
        "The civil war in Sudan led to the break-up of the country.",
        "Iran plans to have two cascades running in two months.",
        "The United States started pushing men and materiel into Syria in 2012.",
        "Israel's decision affects the lives of Palestinians.",
        "Reporters asked Putin if he would meet Trump.",
        "Asked about the strikes, Kerry said nothing.",
        "Poland would meet its financial obligations to the United States.",
        "Jeb Bush called Donald Trump's candidacy a phenomenon.",
        "Tillerson and Putin seem to have hit it off.",
        "Russia raised the possibility of air strikes on Syria.",
        "The website was linked to Russia's intelligence services.",
        "Iran prefers diplomacy with the United States.",
        "Ms. Livni heads the Israeli Hatnuah party.",
        "Iraqi activists struggled to renew confidence in peaceful protest.",
        "Iraqi officials recognize that this is a battle.",
        "Obama made a comment in January downplaying the threat that the militants posed.",
        "For weeks, Obama, chastened by Iraq and Afghanistan, deferred passing judgment.",
        "Mr. Netanyahu's Likud commands 19 seats in the Israeli parliament.",
        "The Iranian study demonstrated that the sanctions had failed.",
        "North Korea helped end the impasse in the talks.",
        "The US intelligence community released an assessment of Russian meddling.",
        "It is time to take this threat seriously and implement sanctions against Russia.",
    ],
)
def test_routines_anonymity_and_denials_are_no_events(text):
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Egypt's security chief warned that police will no longer tolerate rallies.", True),
        ("The Syrian army ceased its operations but warned it will retaliate.", True),
        ("Washington warned Tehran not to use the missiles against ships.", True),
        ("Pakistan warned that the move could lead to war.", True),
        (
            "Iran's nuclear chief warned that Iran was running out of ways to stay in the accord.",
            False,
        ),
        ("Australian prime minister Malcolm Turnbull warned rather gloomily.", False),
        ("US officials warned Bernie Sanders that Russia is trying to help him.", False),
    ],
)
def test_a_warning_is_a_threat_only_when_it_says_what_the_warner_will_do(text, threat):
    threats = [e for e in events_of(text) if e.event == "THREATEN"]
    assert bool(threats) == threat
    assert not any(e.negated for e in threats)  # "ceased … but warned": the sibling negates not


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Britain ordered the expulsion of 23 Russian diplomats.", "SANCTION"),
        ("Russia ordered the expulsion of the refugees.", "COERCE"),
    ],
)
def test_expelling_diplomats_is_a_sanction(text, event):
    assert [e.event for e in events_of(text)] == [event]


def test_a_purpose_is_not_yet_done():
    events = events_of("Russia sent troops to Syria to fight the rebels.")
    assert [e.event for e in events] == ["MOBILIZE"]


def test_a_placeholder_it_is_no_one():
    events = events_of("Russia attacked Ukraine. It didn't help that Britain refused the deal.")
    assert "AID" not in [e.event for e in events]
    event = only("Syria says it is willing to withdraw its troops from Lebanon.", "AGREE")
    assert [a.code for a in event.actor] == ["SYR"]


def test_a_wish_is_no_promise():
    assert events_of("Iran wants war with Israel.") == []
    assert [e.event for e in events_of("Hungary wants EU aid.")] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "event", "recipients"),
    [
        (
            "Russia attacked Ukraine. Britain recalled its ambassador from Moscow.",
            "SANCTION",
            ["RUS"],
        ),
        (
            "Turkey recalled its ambassadors to Israel and the United States.",
            "SANCTION",
            ["ISR", "USA"],
        ),
        ("Israel today mounted its long-threatened invasion of South Lebanon.", "ASSAULT", ["LBN"]),
    ],
)
def test_a_possessive_among_the_objects_is_the_subjects_own(text, event, recipients):
    found = [e for e in events_of(text) if e.event == event]
    assert [r.code for r in found[-1].recipient] == recipients


def test_a_possessive_deep_in_a_phrase_is_not_the_subjects():
    events = events_of(
        "The Dutch barred the Turkish minister because of objections to his intention to attend "
        "a rally."
    )
    dutch = [e.event for e in events if [a.code for a in e.actor] == ["NLD"]]
    assert dutch == ["COERCE"]  # his intention to attend is not the Dutch's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese Communist Party has broken its promise to Hong Kong.", ["REJECT"]),
        ("Israel broke the deadlock in the talks.", ["AGREE"]),
        ("China broke the record for exports.", []),
        ("Trump broke with precedent in recognizing Jerusalem.", []),
    ],
)
def test_breaking_is_read_by_what_is_broken(text, expected):
    assert [e.event for e in events_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "event", "recipients"),
    [
        ("Turkey threatened Germany with a flood of Syrian refugees.", "THREATEN", ["DEU"]),
        ("Iran signed a deal with Russia.", "SUPPORT", ["RUS"]),
        ("Putin met at the Kremlin with Iranian President Khatami.", "CONSULT", ["IRN"]),
        ("Israeli police fired at protesters in Jerusalem.", "ASSAULT", ["ISR"]),
    ],
)
def test_with_and_at_name_a_partner_only_when_no_one_else_is(text, event, recipients):
    assert [r.code for r in only(text, event).recipient] == recipients


@pytest.mark.parametrize(
    ("text", "event", "recipients"),
    [
        ("Hezbollah guerrillas killed a commander of Israel's militia ally in southern Lebanon.",
         "ASSAULT", ["LBN"]),
        ("Russia criticised the removal of its ally, Syria's President Bashar al-Assad.",
         "ACCUSE", ["SYR"]),
    ],
)  # fmt: skip
def test_someones_ally_is_not_that_someone(text, event, recipients):
    assert [r.code for r in only(text, event).recipient] == recipients


def test_allies_named_by_their_country_are_that_country():
    event = only("France and its U.S. allies criticised Russia.", "ACCUSE")
    assert [a.code for a in event.actor] == ["FRA", "USA"]


def test_a_verb_that_decides_a_nouns_event_acts_on_whoever_the_noun_belongs_to():
    event = only(
        "Hong Kong police denied the Civil Human Rights Front's application for a march.",
        "REJECT",
    )
    assert [a.code for a in event.actor] == ["HKG"]
    assert [r.text for r in event.recipient] == ["the Civil Human Rights Front"]
    assert not event.negated  # the refusal is the event, not a negated application
    assert event.event_text.startswith("denied")


def test_an_applicant_is_not_made_the_refuser_when_the_refuser_is_unknown():
    events = events_of("Police denied the Civil Human Rights Front's application for a march.")
    assert not [e for e in events if e.event == "REJECT"]


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        ("At least eight Hong Kong activists were arrested on Friday.", ("HKG", "COP"), ["HKG"]),
        ("Two British journalists were detained in Iran.", ("IRN", "COP"), ["GBR"]),
    ],
)
def test_an_arrest_by_no_one_named_is_the_states(text, actor, recipients):
    event = only(text, "COERCE")
    (doer,) = event.actor
    assert (doer.code, doer.sector, doer.implied) == (*actor, True)
    assert [r.code for r in event.recipient] == recipients


def test_an_arrest_with_no_country_to_give_it_is_not_coded():
    assert events_of("Protesters were arrested on Friday.") == []


@pytest.mark.parametrize(
    ("text", "event", "recipients"),
    [
        ("Obama called his Russian counterpart on Monday.", "CONSULT", ["RUS"]),
        ("Russia attacked Ukraine. Obama called on him to resign.", "REQUEST", []),
    ],
)
def test_whom_a_call_reaches(text, event, recipients):
    assert [r.code for r in only(text, event).recipient] == recipients


@pytest.mark.parametrize(
    ("text", "event", "actors", "recipients"),
    [
        ("Israel drew criticism from the European Union.", "ACCUSE", ["EUR"], ["ISR"]),
        ("Russia won the support of China.", "SUPPORT", ["CHN"], ["RUS"]),
    ],
)
def test_who_wins_or_draws_a_reaction_receives_it(text, event, actors, recipients):
    found = only(text, event)
    assert [a.code for a in found.actor] == actors
    assert [r.code for r in found.recipient] == recipients


def test_european_officials_are_the_european_unions():
    event = only("Several European officials condemned the arrests.", "ACCUSE")
    assert [a.code for a in event.actor] == ["EUR"]


def test_an_adjective_on_a_trip_names_where_to():
    event = only("Secretary of State Colin Powell is on a European trip.", "CONSULT")
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["EUR"]


@pytest.mark.parametrize(
    "text",
    [
        "Syria says it will not accept any more refugees.",
        "Syria says it will not accept any more refugees if war starts in Iraq.",
    ],
)
def test_saying_one_will_not_accept_is_a_refusal_even_on_a_condition(text):
    assert [e.event for e in events_of(text)] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Bush authorized sanctions against Iraq.", "SANCTION"),
        ("Bush ordered air strikes against Iraq.", "ASSAULT"),
    ],
)
def test_deciding_an_act_is_doing_it(text, event):
    assert [e.event for e in events_of(text)] == [event]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Russia called the US strikes an act of aggression.", ["USA"]),
        ("Sudan described the ICC as a sham court.", ["IGO"]),
        ("Pompeo described Iran's behavior as reckless.", ["IRN"]),
        ('The British opposition called Tony Blair\'s plan "lousy".', ["GBR"]),
    ],
)
def test_naming_something_in_harsh_words_criticises(text, recipients):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == recipients


def test_naming_something_kindly_is_no_event():
    assert events_of("Iran called the deal a success.") == []  # names the deal, agrees nothing


def test_defending_someone_backs_them():
    event = only("Arafat's Palestine defended Iraq and Libya against Western criticism.", "SUPPORT")
    assert [r.code for r in event.recipient] == ["IRQ", "LBY"]


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        ("U.S. forces are positioned to strike Iraqi positions.", "THREATEN", "hypothetical"),
        ("Russia moved troops to the border with Ukraine.", "MOBILIZE", "asserted"),
    ],
)
def test_positioned_forces(text, event, modality):
    assert only(text, event).modality == modality


def test_assailing_is_criticism():
    assert [
        e.event for e in events_of("President Bush assailed the Russian intelligence services.")
    ] == ["ACCUSE"]


def test_an_agreement_named_after_a_city_is_not_that_countrys():
    events = events_of("The United States withdrew from the Paris accord.")
    assert events and all(a.code != "FRA" for e in events for a in (*e.actor, *e.recipient))


def test_violating_an_agreement_defies_it():
    assert [e.event for e in events_of("Russia violated the Minsk agreement.")] == ["REJECT"]


def test_the_speaker_of_a_report_is_not_its_recipient():
    event = only(
        "The European Community may halt mediation efforts among Serbia's feuding republics if "
        "cooperation by all parties founders, Dutch Foreign Minister Hans Van den Broek said.",
        "THREATEN",
    )
    assert [r.code for r in event.recipient] == ["SRB"]


def test_refugees_are_not_given_the_country_that_takes_them_in():
    event = only("Syria says it will not accept any more refugees if war starts.", "REJECT")
    assert event.recipient == ()


def test_members_of_an_unknown_body_are_that_body():
    event = only(
        "Members of the Association of African Jurists investigated the welfare of 2,000 Libyans.",
        "ACCUSE",
    )
    assert [(a.text, a.code) for a in event.actor] == [("the Association", "NGO")]


def test_their_is_not_one_persons_when_the_object_names_several():
    event = only(
        "Palestinian leader Yasser Arafat defended Iraq and Libya on Friday against Western "
        "criticism of their arms industries.",
        "SUPPORT",
    )
    assert {r.code for r in event.recipient} == {"IRQ", "LBY"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A brief has been submitted by a group of lawyers in Cairo.", []),
        ("Iraq submitted to the demands of the UN.", ["CONCEDE"]),
    ],
)
def test_submitting_a_paper_is_no_concession(text, expected):
    assert [e.event for e in events_of(text)] == expected


def test_a_subject_the_parser_joined_to_an_opening_phrase_still_acts():
    event = only(
        "With the signing of a Memorandum of Understanding on Cessation of Hostilities, the "
        "Sudanese government and the SPLA have agreed to allow humanitarian access.",
        "AGREE",
    )
    assert event.actor[0].code == "SDN"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A human rights group criticized Croatia.", "NGO"),
        ("An Egyptian human rights group criticized Egypt.", "EGY"),
    ],
)
def test_a_rights_group_placed_nowhere_is_an_ngo_not_the_local_country(text, code):
    assert only(text, "ACCUSE").actor[0].code == code


@pytest.mark.parametrize(
    "text",
    [
        "The protests in Algeria and Sudan offer a very different narrative.",
        "Polish Minister Janusz Kaczurba recognised this fact recently.",
        "Western politicians impose curious double standards on Israel.",
        "Iran's Mahan airline contributed to human suffering in Syria.",
        "Iran's network could have been compromised by cyber means, Israeli officials said.",
    ],
)
def test_verbs_that_describe_by_their_object_code_nothing(text):
    assert events_of(text) == []


def test_an_it_before_an_infinitive_is_no_one():
    events = events_of("French commentators criticized Iran. It is a crime to encourage murder.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_the_object_of_a_verb_of_making_does_what_its_infinitive_says():
    event = only("The rebels seized a town, prompting Turkey to attack them.", "ASSAULT")
    assert [a.code for a in event.actor] == ["TUR"]
    event = only("The war forced Ukraine to withdraw its troops from Crimea.", "RETREAT")
    assert [a.code for a in event.actor] == ["UKR"]


def test_what_an_object_is_urged_to_do_is_not_done():
    events = events_of(
        "Britain urged Hong Kong authorities to guarantee the freedoms of Hong Kongers and engage "
        "in dialogue."
    )
    assert [e.event for e in events] == ["REQUEST"]
    asked = events_of("Obama asked Congress to authorize $500 million to train Syrian rebels.")
    assert [e.event for e in asked] == ["REQUEST"]


def test_a_body_named_by_a_participle_acts_itself():
    events = events_of(
        "Russia used its veto to scuttle a separate panel investigating the use of chemical "
        "weapons."
    )
    assert "ACCUSE" not in [e.event for e in events]


def test_a_participle_on_an_attacks_object_is_the_same_attack():
    event = only("Iran launched missiles targeting US troops.", "ASSAULT")
    assert [a.code for a in event.actor] == ["IRN"]
    assert [r.code for r in event.recipient] == ["USA"]


def test_a_passive_relative_clause_is_done_to_its_noun_by_its_agent():
    event = only(
        "The ship Jin Teng, which was sanctioned by the U.S. in March, was later renamed.",
        "SANCTION",
    )
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.text for r in event.recipient] == ["Jin Teng"]
    assert events_of("Hong Kong's autonomy, which was guaranteed in 1997, is eroding.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan's constitution prevents its armed forces from being deployed overseas.",
        "The bill seeks to fast-track citizenship to Hindus fleeing Pakistan.",
        "Netanyahu left after the unveiling of Trump's plan, which hugely favors Israel.",
        "The U.N.'s findings should inspire a serious conversation among world leaders.",
    ],
)
def test_a_text_plan_or_finding_is_no_actor(text):
    assert events_of(text) == []


def test_a_responsibility_to_act_is_not_the_act():
    event = only("President Yanukovych has a responsibility to pull back his forces.", "RETREAT")
    assert event.modality == "hypothetical"


def test_a_sentence_opening_in_a_country_places_its_bare_agents():
    events = events_of(
        "Trump criticized Iran. In South Africa, the government recalled its ambassador to Israel."
    )
    recalled = [e for e in events if e.event == "SANCTION"]
    assert [a.code for a in recalled[0].actor] == ["ZAF"]


def test_believers_are_not_the_last_country_named():
    events = events_of("Israel attacked Gaza. Most Jewish voters supported the Democrats.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_ceasing_transfers_of_funding_is_a_sanction():
    event = only("The U.S. ceased transfers of security funding to Pakistan.", "SANCTION")
    assert [r.code for r in event.recipient] == ["PAK"]


def test_what_is_called_for_is_asked_not_done():
    events = events_of("Germany was among nations calling for an independent U.N. investigation.")
    assert "ACCUSE" not in [e.event for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Regina Ip of Hong Kong said in a press conference that the lawmakers were wrong.",
        "It's a playground approach, as opposed to a paring knife, the U.S. official said.",
        "The protesters' demands have expanded to the dismissal of the bill.",
        "U.S. officials are grappling with how to respond to Iran.",
        "The Washington Post newsroom struggled with the relevance of the calls.",
        "Hundreds of Islamic State fighters escaped from a camp in Syria.",
        "American conservatives hear such phrases and scoff.",
    ],
)
def test_ordinary_words_that_read_like_events_code_nothing(text):
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court will determine whether Netanyahu can form a government.",
        "The Hong Kong government proposed a bill to allow extraditions to China.",
        "The European Parliament postponed a vote on the resolution on India.",
        "President Obama cleared his first hurdle in Congress on Wednesday.",
    ],
)
def test_deciding_matters_and_proposing_laws_at_home_code_nothing(text):
    assert events_of(text) == []


def test_congratulations_offered_are_given_not_promised():
    event = only("Putin offered congratulations to Netanyahu.", "SUPPORT")
    assert [r.code for r in event.recipient] == ["ISR"]


def test_those_killed_in_a_with_phrase_are_victims_not_killers():
    events = events_of(
        "Iran said Iraqi Brigade 604 was destroyed, with 200 of its personnel killed or wounded."
    )
    assert all("IRQ" not in [a.code for a in e.actor] for e in events)


def test_a_credit_line_floated_is_offered():
    event = only("France floated a proposed $15 billion line of credit to Iran.", "AGREE")
    assert [r.code for r in event.recipient] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "A man approached and attacked a group of men in Reading.",
        "The Iranians will pursue what they have always intended.",
        "Germany is boosting economic growth with tax cuts.",
        "Iran doesn't seek a nuclear weapon, Iran's foreign minister said.",
    ],
)
def test_verbs_that_only_code_with_their_object_code_nothing_without_it(text):
    assert events_of(text) == []


def test_intending_to_act_still_codes_the_act():
    assert [e.event for e in events_of("Iran intends to attack Israel.")] == ["THREATEN"]


def test_private_peoples_visits_are_no_diplomacy():
    assert events_of("Many people visiting Hong Kong were shocked by the violence.") == []
    assert [e.event for e in events_of("Putin visited China.")] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Soleimani was arriving by plane.",
        "Reporters gathered on the South Lawn of the White House.",
        "Obama will head back to Martha's Vineyard for the second week of his trip.",
    ],
)
def test_coming_or_gathering_with_no_host_abroad_is_travel(text):
    assert [e.event for e in events_of(text) if e.event in ("CONSULT", "AGREE")] == []


@pytest.mark.parametrize(
    ("text", "host"),
    [("Putin arrived in Beijing on Monday.", "CHN"), ("Kerry travelled to Moscow.", "RUS")],
)
def test_arriving_abroad_is_a_visit(text, host):
    (event,) = events_of(text)
    assert event.event == "CONSULT"
    assert [r.code for r in event.recipient] == [host]


def test_a_warning_about_ones_own_sides_failure_is_no_threat():
    events = events_of(
        "Secretary of State John Kerry warned that if the U.S. does not respond to the strike, "
        "it would embolden America's enemies to use chemical weapons."
    )
    assert all(e.actor and e.actor[0].code != "USA" for e in events)


def test_someones_enemies_are_not_that_someone_nor_a_named_unknown():
    events = events_of("Erdogan's enemies accused Turkey of aggression.")
    assert not [a for e in events for a in e.actor if a.code in ("TUR", "unknown")]


def test_a_source_is_no_recipient():
    event = only(
        "Russia attacked Ukrainian bases overnight, according to a U.S. defense official.",
        "ASSAULT",
    )
    assert "USA" not in [r.code for r in event.recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Likud may beat Blue and White by two seats, Israeli media said.",
        "The U.S. would press forward toward forcing Assad out of power.",
        "A group of Iranian reporters visited newly-captured areas in Iraq.",
    ],
)
def test_elections_pressing_ahead_and_reporters_visits_code_nothing(text):
    assert events_of(text) == []


def test_challenging_someone_to_act_asks_them():
    event = only(
        "British Prime Minister David Cameron challenged Ukraine's leaders to make safety their "
        "first priority.",
        "REQUEST",
    )
    assert [r.code for r in event.recipient] == ["UKR"]


def test_authorizing_force_threatens_it():
    event = only(
        "The Senate Foreign Relations Committee voted to authorize the use of military force "
        "against Syria.",
        "THREATEN",
    )
    assert [r.code for r in event.recipient] == ["SYR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's foreign minister insisted that police have strict orders.", []),
        ("Russia insists that US strikes in Syria need the approval of Damascus.", ["REQUEST"]),
        ("Russia insisted that the US withdraw its troops.", ["REQUEST"]),
        ("The Pentagon report suggests it is difficult to assess the strategy.", []),
        ("The data suggest a slowdown in Russian attacks.", []),
        ("Flynn suggested to Strzok that such conversations might have happened.", []),
        ("Obama suggested that Iran should halt enrichment.", ["REQUEST"]),
    ],
)
def test_insisting_on_a_fact_demands_nothing(text, expected):
    assert [e.event for e in events_of(text) if e.event == "REQUEST"] == expected


def test_dropping_ones_support_turns_against_its_object():
    event = only("France abandoned its support for Assad.", "REJECT")
    assert [r.code for r in event.recipient] == ["SYR"]


def test_what_a_bill_would_compel_others_to_do_is_no_threat_of_theirs():
    events = events_of(
        "Cheney will introduce legislation that would compel the Trump administration to "
        "eradicate the remaining vestiges of the Iran nuclear deal."
    )
    assert "THREATEN" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Trump administration fired the acting attorney general.", []),
        ("Hamas fired rockets into Israel.", ["ASSAULT"]),
    ],
)
def test_firing_someone_from_a_post_is_no_attack(text, expected):
    assert [e.event for e in events_of(text)] == expected


def test_what_a_report_says_in_error_is_negated():
    event = only("The agency falsely reported that Russia attacked Ukraine.", "ASSAULT")
    assert event.negated is True
    assert only("The agency reported that Russia attacked Ukraine.", "ASSAULT").negated is False


def test_an_arrest_warrant_threatens_arrest():
    event = only("Iran issued an arrest warrant for Israel's prime minister.", "THREATEN")
    assert (event.mode, [r.code for r in event.recipient]) == ("arrest", ["ISR"])


def test_granting_a_sanctions_waiver_is_a_concession():
    event = only("The US granted Iran sanctions waivers.", "CONCEDE")
    assert [r.code for r in event.recipient] == ["IRN"]


def test_a_person_introduced_by_role_acts_for_that_country_later_on():
    events = events_of(
        "Avichai Mandelblit, Israel's attorney general, spoke on Monday. "
        "Mandelblit accused Netanyahu of bribery."
    )
    (accusation,) = [e for e in events if e.event == "ACCUSE"]
    assert [a.code for a in accusation.actor] == ["ISR"]
    assert [r.code for r in accusation.recipient] == ["ISR"]


def test_what_a_record_shows_is_not_done_by_who_publishes_it():
    assert events_of("The Pentagon released a video of the raid.") == []


def test_what_is_hoped_for_is_no_event():
    assert events_of("Trump hoped to meet Putin in Helsinki.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The YPG is the main fighting force of the SDF.",
        "Ukraine has a strike force near Kiev.",
        "Russia sent attack helicopters to Syria.",
    ],
)
def test_an_event_noun_naming_a_kind_of_unit_or_craft_is_no_event(text):
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Iraqi forces launched an offensive to break the siege of Amerli.", ["ASSAULT"]),
        ("Turkey massed troops on the border to attack the Kurds.", ["MOBILIZE"]),
    ],
)
def test_what_a_deed_is_for_is_not_yet_done(text, done):
    assert [e.event for e in events_of(text)] == done


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia began shipping weapons to the rebels.", "AID"),
        ("Israel continued bombing Gaza.", "ASSAULT"),
    ],
)
def test_beginning_or_going_on_with_an_act_is_that_act(text, event_type):
    (event,) = events_of(text)
    assert event.event == event_type
    assert event.event_text.split()[0] in ("shipping", "bombing")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The United Nations will provide food aid to refugees fleeing the war in Liberia.", "LBR"),
        ("Turkey gave shelter to refugees fleeing Syria.", "SYR"),
    ],
)
def test_refugees_come_from_what_they_flee(text, origin):
    (event,) = events_of(text)
    assert [r.code for r in event.recipient] == [origin]


@pytest.mark.parametrize(
    "text",
    [
        "Civilians fled fighting in Syria.",
        "The UN gave aid to people fleeing fighting in Syria.",
        "Tunisia faced terrorist attacks in Sousse.",
    ],
)
def test_violence_fled_or_faced_is_not_done_by_its_victims_or_its_place(text):
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sanders campaign did not immediately respond to WIRED's request for comment.",
        "The State Department declined a request for comment.",
    ],
)
def test_a_reporters_request_for_comment_is_no_event(text):
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has developed an encryption device, allowing them to communicate.", []),
        ("He allowed the denial to stand.", []),
        ("Iran would allow U.N. inspectors to continue to monitor sites.", [("AGREE", "UNO")]),
        ("Washington allowed the Turkish offensive.", [("CONCEDE", "TUR")]),
    ],
)
def test_letting_is_a_concession_only_when_someone_else_is_let(text, expected):
    found = [
        (e.event, r.code)
        for e in events_of(text)
        if e.event in ("AGREE", "CONCEDE")
        for r in e.recipient
    ]
    assert found == expected


def test_raising_objections_is_criticism():
    event = only("China voiced strong objections to the US arms sale to Taiwan.", "ACCUSE")
    assert [a.code for a in event.actor] == ["CHN"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Turkey said the French decision was unacceptable.", ["FRA"]),
        ("Israel's move is a blatant violation of international law, Turkey said.", ["ISR"]),
        ("Russia said the United States was behind the bombing.", ["USA"]),
        ("Iran said the United States was to blame.", ["USA"]),
        ("The minister said the violence by Israel was shocking.", ["ISR"]),
        ("Iran said the attack was a big mistake by the United States.", ["USA"]),
        ("Belgian Prime Minister Charles Michel called Israel's response unacceptable.", ["ISR"]),
    ],
)
def test_a_harsh_judgement_in_reported_words_accuses(text, accused):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == accused


@pytest.mark.parametrize(
    "text",
    [
        "The situation in Mosul is dangerous, said Col. Smith.",
        "Nabil's murder is unacceptable, said the Yemeni minister.",
        "Germany said the talks with Iran were useful.",
    ],
)
def test_a_judgement_of_a_place_a_victim_or_in_kind_words_accuses_no_one(text):
    assert [e for e in events_of(text) if e.event == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dozens died in the attack, reportedly conducted by the Taliban.",
        "The attack, conducted by the Taliban, killed dozens of Afghan soldiers.",
        "A car bombing in Kabul killed five, another attack ascribed to the Taliban.",
        "A bombing blamed on the Taliban killed 20 people in Kabul.",
    ],
)
def test_an_attack_said_to_be_done_by_someone_is_theirs(text):
    (attack,) = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert [a.text for a in attack.actor] == ["the Taliban"]
    assert "the Taliban" not in [r.text for r in attack.recipient]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A car bomb was detonated outside the US embassy in Kabul.", "AFG"),
        ("A roadside bomb went off near a NATO convoy in Afghanistan.", "AFG"),
    ],
)
def test_a_bomb_set_off_by_no_one_named_is_an_attack_by_unidentified_locals(text, where):
    (attack,) = events_of(text)
    assert attack.event == "ASSAULT"
    assert [(a.code, a.sector) for a in attack.actor] == [(where, "UNK")]


@pytest.mark.parametrize(
    "text",
    [
        "Britain attributed the Salisbury poisoning to Russia.",
        "Britain blamed the poisoning on Russia.",
        "Britain ascribed the attack to Russia.",
    ],
)
def test_laying_an_attack_at_someones_door_accuses_them(text):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported Monday's attack the deadliest since an assault in Ghazni.",
        "The task force released a statement saying an attack on an Iraqi air base produced "
        "no casualties.",
    ],
)
def test_telling_of_an_attack_is_not_attacking(text):
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


def test_announcing_measures_still_takes_them():
    assert [e.event for e in events_of("Iran announced sanctions against the US.")] == ["SANCTION"]


def test_europe_acts_as_eur_and_migrants_coming_there_are_no_visit():
    assert [a.code for a in only("Europe criticized Japan.", "ACCUSE").actor] == ["EUR"]
    assert events_of("More civilians are coming directly to Europe from Syria.") == []


def test_an_event_dated_after_the_article_is_still_to_come():
    (summit,) = events_of("Reagan said the Gulf was high on the agenda for next week's G-7 summit.")
    assert (summit.event, summit.modality) == ("AGREE", "future")


def test_what_is_ruled_out_does_not_happen():
    patrol = only("Japan ruled out sending ships to patrol the Gulf.", "MOBILIZE")
    assert patrol.negated


def test_gatt_is_known_by_its_full_name():
    event = only("The U.S. asked the General Agreement on Tariffs and Trade to rule.", "REQUEST")
    assert [r.code for r in event.recipient] == ["IGO"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran poses a threat to the region.",
        "The threat to oil routes in the Gulf was high on the agenda.",
    ],
)
def test_a_danger_is_no_threat_made(text):
    assert [e for e in events_of(text) if e.event == "THREATEN"] == []


@pytest.mark.parametrize(
    ("text", "threatener"),
    [
        ("Turkey's threats against the Kurds worried Europe.", "TUR"),
        ("Iraqi militias had made threats against US forces.", "IRQ"),
        ("Russia faces the threat of sanctions from the US.", "USA"),
    ],
)
def test_a_threat_someone_made_is_a_threat(text, threatener):
    events = events_of(text)
    assert [(e.event, [a.code for a in e.actor]) for e in events] == [("THREATEN", [threatener])]


def test_warning_that_someone_is_a_threat_accuses_them():
    event = only("Israel warned that Iran is a grave threat to the United States.", "ACCUSE")
    assert ([a.code for a in event.actor], [r.code for r in event.recipient]) == (["ISR"], ["IRN"])


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Anti-government protests have been taking place since Tuesday in Belgrade.", "SRB"),
        ("Thousands protested in Baghdad against the government.", "IRQ"),
        ("Demonstrations continued in Hong Kong.", "HKG"),
    ],
)
def test_a_protest_by_an_unnamed_crowd_is_the_places_people(text, where):
    (protest,) = events_of(text)
    assert protest.event == "PROTEST"
    assert [(a.code, a.sector, a.implied) for a in protest.actor] == [(where, "CVL", True)]


@pytest.mark.parametrize(
    "text",
    [
        "He intended to attend a referendum rally in Rotterdam.",
        "The protests in Algeria offer a very different narrative.",
        "Austerity played a big role in provoking anti-EU sentiment in Great Britain.",
    ],
)
def test_no_crowd_is_read_into_rallies_plans_or_provocation(text):
    assert [e for e in events_of(text) if e.event in ("PROTEST", "THREATEN")] == []


def test_a_subject_the_parser_made_the_root_still_acts():
    events = events_of(
        "Doctors from two American aid groups donated and personally delivered $50,000 worth "
        "of goods to Baghdad University Medical School."
    )
    assert {(e.event, e.actor[0].code, e.recipient[0].code) for e in events} == {
        ("AID", "USA", "IRQ")
    }


def test_verbs_joined_by_and_share_their_object():
    (attack,) = [e for e in events_of("US warships attacked and destroyed an Iranian platform.")
                 if e.event_text == "attacked"]  # fmt: skip
    assert [r.code for r in attack.recipient] == ["IRN"]


def test_a_verb_with_its_own_complement_does_not_take_the_next_ones_object():
    event = only(
        "Pakistan has refused to deploy peacekeepers in Iraq and has urged its citizens to leave.",
        "REJECT",
    )
    assert [r.code for r in event.recipient] == ["IRQ"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Officials said the tariffs President Reagan ordered on Japanese goods will stay.",
         "SANCTION"),
        ("It repeated a pledge Putin made when he visited Beijing.", "AGREE"),
    ],
)  # fmt: skip
def test_a_relative_clauses_noun_is_the_object_of_its_past_deed(text, event_type):
    assert event_type in [e.event for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The missiles Iran uses are old.",
        "The senator, battling allegations his associates colluded with Russia, signed the bill.",
    ],
)
def test_no_deed_is_read_from_a_habit_or_a_content_clause(text):
    assert [e for e in events_of(text) if e.event in ("ASSAULT", "ACCUSE")] == []


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("Obama will hold the Ukrainian government responsible for the violence.", "ACCUSE", "UKR"),
        ("The Ukrainian opposition hit the streets against Yanukovych.", "PROTEST", "UKR"),
        ("Iran ignored UN resolutions.", "REJECT", "UNO"),
        ("Barroso vowed targeted measures against Ukraine.", "THREATEN", "UKR"),
        ("Clashes between Ukrainian protesters and police left 26 dead.", "ASSAULT", "UKR"),
    ],
)
def test_holding_responsible_streets_ignoring_measures_and_clashes(text, event_type, recipient):
    (event,) = events_of(text)
    assert event.event == event_type
    assert [r.code for r in event.recipient] == [recipient]


def test_saying_what_someone_must_do_asks_them():
    event = only("Kerry said the Ukrainian president must decide.", "REQUEST")
    assert ([a.code for a in event.actor], [r.code for r in event.recipient]) == (["USA"], ["UKR"])
    assert not event.negated


@pytest.mark.parametrize(
    "text",
    [
        "Hamas believes that all of Palestine must be under Islamic control.",
        "Putin said Russia must be careful.",
    ],
)
def test_a_belief_or_ones_own_duty_asks_no_one(text):
    assert [e for e in events_of(text) if e.event == "REQUEST"] == []


def test_another_sides_responsibility_to_act_is_a_demand():
    event = only(
        '"Ukraine\'s president has a particular responsibility to pull back government forces," '
        "the British foreign minister said.",
        "REQUEST",
    )
    assert ([a.code for a in event.actor], [r.code for r in event.recipient]) == (["GBR"], ["UKR"])


def test_a_hyphenated_modifier_holds_no_pattern_word():
    text = "Naftali Bennett heads the right-wing Israel Our Home party."
    assert [e for e in events_of(text) if e.event == "CONCEDE"] == []
    assert [e.event for e in events_of("Russia agreed to a cease-fire.")] == ["AGREE"]


def test_an_agent_word_modifying_a_countrys_noun_is_that_countrys():
    event = only(
        "To calm trade relations with the U.S., Japan's top business group has urged "
        "Tokyo to remove import restrictions.",
        "REQUEST",
    )
    assert {a.code for a in event.actor} == {"JPN"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to Syrian state media, Turkish forces shelled Kobani.", "SYR"),
        ("Turkish forces shelled Kobani, according to the Kurdish Red Crescent.", "NGO"),
    ],
)
def test_according_to_names_the_source_of_an_event(text, source):
    (event,) = events_of(text)
    assert event.attribution is not None and event.attribution.code == source


def test_a_harsh_judgement_said_of_something_accuses_its_owner():
    event = only(
        '"This is a blatant violation of international law," the Turkish foreign minister said '
        "of Israel's move.",
        "ACCUSE",
    )
    assert [r.code for r in event.recipient] == ["ISR"]


def test_a_judging_participle_is_criticism_beside_the_main_demand():
    events = events_of(
        "Calling Israel's response completely unacceptable, the British prime minister urged "
        "Egypt to mediate."
    )
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert [r.code for e in accusations for r in e.recipient] == ["ISR"]
    assert [e for e in events if e.event == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia expressed outrage over the strikes by Israel.",
        "Russia voiced displeasure at Israel's strikes.",
    ],
)
def test_voicing_outrage_at_a_deed_accuses_whoever_did_it(text):
    event = only(text, "ACCUSE")
    assert [a.code for a in event.actor] == ["RUS"]
    assert [r.code for r in event.recipient] == ["ISR"]


def test_expressing_concern_is_a_statement_not_an_accusation():
    events = events_of("Russia expressed concern about Israel's strikes.")
    assert not [e for e in events if e.event == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu is battling allegations of corruption.",
        "The minister has been fighting charges of bribery for years.",
    ],
)
def test_battling_allegations_is_no_fight_and_accuses_no_one_unnamed(text):
    assert [e for e in events_of(text) if e.event in ("ASSAULT", "ACCUSE")] == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("China called for the United States to stop interfering.", ["USA"]),
        ("China demanded that Japan apologise.", ["JPN"]),
    ],
)
def test_calling_for_someone_to_act_is_a_request_to_them(text, asked):
    event = only(text, "REQUEST")
    assert [r.code for r in event.recipient] == asked
    assert not [e for e in events_of(text) if e.mode == "phone"]


def test_a_request_asks_nothing_of_a_clause_that_only_says_when():
    events = events_of("Egypt called for new talks after Israel withdrew its envoy.")
    assert all("ISR" not in [r.code for r in e.recipient] for e in events if e.event == "REQUEST")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ('"Iran has to abide by U.N. resolutions," the German foreign minister said.', ["IRN"]),
        ("The German foreign minister said Russia needs to withdraw its troops.", ["RUS"]),
    ],
)
def test_saying_another_has_or_needs_to_act_is_a_demand_on_it(text, asked):
    event = only(text, "REQUEST")
    assert [a.code for a in event.actor] == ["DEU"]
    assert [r.code for r in event.recipient] == asked


@pytest.mark.parametrize(
    "text",
    [
        "The German foreign minister said the court will decide whether Russia has to pay.",
        "The German foreign minister said Russia may have to pay.",
        "The German foreign minister said Russian firms need to know the rules.",
        "The German foreign minister said Russia had to pay in 1990.",
    ],
)
def test_a_question_possibility_or_past_need_is_no_demand(text):
    assert [e for e in events_of(text) if e.event == "REQUEST"] == []


def test_responding_with_an_airstrike_is_the_airstrike_on_the_place():
    event = only("India responded with an airstrike inside Pakistan.", "ASSAULT")
    assert [a.code for a in event.actor] == ["IND"]
    assert [r.code for r in event.recipient] == ["PAK"]


def test_people_killed_in_clashes_with_soldiers_were_attacked_by_them():
    event = only("Two Palestinians were killed in clashes with Israeli soldiers.", "ASSAULT")
    assert [a.code for a in event.actor] == ["ISR"]
    assert [r.code for r in event.recipient] == ["PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "About 87% of Jewish voters in Israel supported the Likud party.",
        "Investors in Japan cheered the trade agreement with the United States.",
    ],
)
def test_what_voters_or_investors_back_is_no_political_event(text):
    assert [e for e in events_of(text) if e.event in ("SUPPORT", "AGREE")] == []


def test_an_infinitive_after_its_with_a_curly_apostrophe_is_no_ones():
    events = events_of("French commentators criticized Iran. It’s a crime to encourage murder.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_a_negation_with_a_curly_apostrophe_negates():
    event = only("Iran didn’t attack Iraq.", "ASSAULT")
    assert event.negated


@pytest.mark.parametrize(
    "text",
    ["Netanyahu fights for his political survival.", "Protesters in Sudan fight for democracy."],
)
def test_fighting_for_something_is_striving_not_an_accusation(text):
    assert [e for e in events_of(text) if e.event == "ACCUSE"] == []


def test_a_bare_title_is_whoever_the_document_gave_that_title():
    document = Document(
        id="doc",
        title=None,
        date="1987-03-02",
        dateline=None,
        source=None,
        url=None,
        language="en",
        paragraphs=(
            "U.K. Chancellor of the Exchequer Nigel Lawson met Brazil's Finance Minister "
            "Zoltan Quibberly.",
            "The Chancellor urged Quibberly to reach an agreement with the banks.",
        ),
    )
    (request,) = [e for e in code([document]) if e.event == "REQUEST"]
    assert [a.code for a in request.actor] == ["GBR"]
    assert [r.code for r in request.recipient] == ["BRA"]


def test_a_pattern_word_in_a_phrase_of_when_codes_nothing():
    event = only("France backed the Ivory Coast during the talks.", "SUPPORT")
    assert [r.code for r in event.recipient] == ["CIV"]
    assert [
        e
        for e in events_of("France backed the Ivory Coast during the talks.")
        if e.event == "AGREE"
    ] == []


def test_special_operations_teams_arriving_are_a_deployment():
    event = only("U.S. special operations teams arrived in Iraq on Monday.", "MOBILIZE")
    assert [r.code for r in event.recipient] == ["IRQ"]


def test_two_verbs_for_one_act_make_one_event():
    events = events_of("U.S. warships attacked and destroyed an Iranian oil platform.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_two_acts_of_one_kind_on_different_things_stay_two():
    events = events_of(
        "The Obama administration expelled 35 Russian diplomats and shut down two embassy "
        "compounds in Maryland."
    )
    assert [e.event for e in events] == ["SANCTION", "SANCTION"]


def test_the_group_and_the_militants_are_the_group_last_named():
    document = Document(
        id="doc",
        title=None,
        date="2015-11-25",
        dateline=None,
        source=None,
        url=None,
        language="en",
        paragraphs=(
            "The United States bombed Islamic State positions near Raqqa.",
            "The group attacked Kurdish forces in Kobani on Monday.",
            "The militants also shelled Iraqi troops near Mosul.",
        ),
    )
    attacks = [e for e in code([document]) if e.event == "ASSAULT" and e.sentence > 0]
    assert [[a.code for a in e.actor] for e in attacks] == [["IMG"], ["IMG"]]


def test_a_clause_with_its_own_subject_after_a_request_is_no_part_of_it():
    events = events_of(
        "The New York Times reports that Iraq requested the US to consider airstrikes and that "
        "the US rejected the request."
    )
    assert "REJECT" in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Palestinians view Israeli settlements as illegal.", ["ISR"]),
        ("Iran sees the U.S. move as a provocation.", ["USA"]),
    ],
)
def test_seeing_someones_deed_as_wrong_accuses_them(text, accused):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == accused


def test_seeing_another_as_a_partner_accuses_no_one():
    assert [e for e in events_of("Germany sees Russia as a partner.") if e.event == "ACCUSE"] == []


def test_saying_another_has_a_right_to_act_backs_it():
    events = events_of("Obama said Turkey had a right to defend its airspace.")
    assert [
        (e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events
    ] == [("SUPPORT", ["USA"], ["TUR"])]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas believes that Israel has no right to exist.",
        "Obama said Turkey did not have a right to shoot down the jet.",
    ],
)
def test_denying_or_believing_a_right_backs_no_one(text):
    assert [e for e in events_of(text) if e.event == "SUPPORT"] == []


def test_agents_of_several_places_are_each_places_agents():
    event = only(
        "The foreign ministers of France, Germany and Poland traveled to Kiev on Thursday.",
        "CONSULT",
    )
    assert [a.code for a in event.actor] == ["FRA", "DEU", "POL"]


def test_a_date_of_a_later_act_joined_by_and_does_not_date_the_agreement():
    document = Document(
        id="doc",
        title=None,
        date="1987-03-02",
        dateline=None,
        source=None,
        url=None,
        language="en",
        paragraphs=(
            "EC farm ministers agreed to roll over the present year for two months and resume "
            "negotiations in Brussels next month.",
        ),
    )
    (agreement,) = [e for e in code([document]) if e.event_text == "agreed"]
    assert agreement.modality == "asserted" and agreement.date == "1987-03-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia blocked the resolution at the Security Council.", "REJECT"),
        ("The United States said it will work with Israel on a peace plan.", "AGREE"),
    ],
)
def test_blocking_a_resolution_rejects_it_and_working_with_another_cooperates(text, expected):
    assert expected in [e.event for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Duterte called Obama a son of a whore.", "ACCUSE"),
        ("Duterte called Putin a close friend.", "SUPPORT"),
        ("The Iraqi prime minister spoke out against the American strike.", "ACCUSE"),
        ("Britain protested to Iran over the detention.", "ACCUSE"),
        ("Kurdish lawmakers in Iraq boycotted the vote.", "PROTEST"),
    ],
)
def test_names_called_words_spoken_and_boycotts(text, event_type):
    assert event_type in [e.event for e in events_of(text)]
    assert "CONSULT" not in [e.event for e in events_of(text)]


def test_telling_someone_to_act_asks_them():
    event = only("Sanders told Putin to stay out of American elections.", "REQUEST")
    assert [r.code for r in event.recipient] == ["RUS"]


def test_a_subject_read_as_a_participle_clause_is_its_noun():
    event = only(
        "The Red Cross operating in Iraq said US forces must ensure security for aid convoys.",
        "REQUEST",
    )
    assert [a.code for a in event.actor] == ["NGO"]


def test_committing_troops_deploys_them():
    event = only("Obama committed 30,000 more troops to Afghanistan.", "MOBILIZE")
    assert [r.code for r in event.recipient] == ["AFG"]


@pytest.mark.parametrize(
    "text",
    [
        "Duterte expressed particular affection for Putin.",
        "Duterte said he would like to congratulate Putin.",
    ],
)
def test_warmth_expressed_and_performed_congratulations_back_someone(text):
    event = only(text, "SUPPORT")
    assert event.modality == "asserted"
    assert [r.code for r in event.recipient] == ["RUS"]


def test_expressing_a_view_accuses_no_one():
    events = events_of("The Sudanese envoy said he was expressing the view of the government.")
    assert [e for e in events if e.event == "ACCUSE"] == []


def test_someone_who_was_fired_was_dismissed_not_shot():
    text = (
        "Yates, who was fired by the Trump administration after refusing to defend the ban, spoke."
    )
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Republican leaders have been critical of the proposed Iran deal.",
        "Clinton has voiced guarded support for the Iran deal.",
    ],
)
def test_an_agreement_only_named_again_is_no_new_agreement(text):
    assert [e for e in events_of(text) if e.event == "AGREE"] == []


def test_an_agreement_reached_is_an_agreement():
    assert only("Iran and Russia reached a deal in Vienna.", "AGREE").actor[0].code in (
        "IRN",
        "RUS",
    )


def test_but_ends_a_negation_and_a_wish():
    event = only(
        "Obama did not want more information, but was seeking advice from Kerry.", "REQUEST"
    )
    assert (event.negated, event.modality) == (False, "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Reuters asked the ministry about the report.",
        "CNN interviewed Russian President Vladimir Putin on Monday.",
    ],
)
def test_reporters_asking_or_interviewing_is_no_political_event(text):
    assert [e for e in events_of(text) if e.event in ("REQUEST", "CONSULT")] == []


def test_a_promise_named_again_is_no_new_promise():
    text = "Putin is sending mixed messages about his commitment to the ceasefire."
    assert [e for e in events_of(text) if e.event == "AGREE"] == []


@pytest.mark.parametrize(
    "text",
    ["Powell said the crash was likely Iran's doing.", "Powell said the attack was Iran's fault."],
)
def test_saying_a_harm_was_anothers_doing_accuses_it(text):
    event = only(text, "ACCUSE")
    assert [r.code for r in event.recipient] == ["IRN"]


def test_a_killing_named_with_no_killer_is_unidentified_attackers():
    event = only(
        "The beheading of 21 Coptic Christians in Libya was the latest outrage.", "ASSAULT"
    )
    assert [(a.code, a.sector, a.implied) for a in event.actor] == [("LBY", "UNK", True)]


@pytest.mark.parametrize(
    "text",
    [
        "New York had 328 murders in a city of 8.4 million.",
        "He sent his friends videos of beheadings.",
    ],
)
def test_killings_counted_or_shown_have_no_killer(text):
    assert [e for e in events_of(text) if e.event == "ASSAULT"] == []


def test_claiming_a_killing_is_doing_it():
    event = only("Islamic State claimed the beheading of 21 Egyptians.", "ASSAULT")
    assert [a.code for a in event.actor] == ["IMG"]


def test_his_is_a_person_not_the_report_that_tells_of_him():
    text = "A UN report concluded that evidence supported his murder in the Saudi consulate."
    assert "UNO" not in [a.code for e in events_of(text) for a in e.actor]


def test_it_after_a_group_the_dictionary_lacks_is_still_the_group():
    event = only("Farc has said it will release the Colombian sergeant.", "AGREE")
    assert [a.text for a in event.actor] == ["Farc"]


@pytest.mark.parametrize(
    "text",
    [
        "Several governments condemned the attack on Israel.",
        "Russia cracked down. Repressive regimes are trying to suppress political opposition.",
    ],
)
def test_unnamed_states_in_the_plural_are_no_one_country(text):
    events = [e for e in events_of(text) if e.event in ("ACCUSE", "COERCE")]
    assert all(
        a.text.lower() not in ("several governments", "repressive regimes")
        for e in events
        for a in e.actor
    )
