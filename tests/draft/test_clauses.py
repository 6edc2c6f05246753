"""The clause an event's trigger governs, with its content words and where it stands."""

from __future__ import annotations

from detente.draft.clauses import clause_of, in_order
from tests.draft.events import event

DEMAND = "Moscow insists that US strikes need Syrian and UN approval, and Washington refuses."


def test_the_clause_a_demand_governs_and_its_content_words():
    demand = event("REQUEST", "RUS", "USA", text=DEMAND, trigger="insists")
    clause = clause_of(demand)
    assert clause.text == "US strikes need Syrian and UN approval"
    assert {"strike", "approval"} <= clause.words
    assert DEMAND[clause.start : clause.end] == clause.text


def test_content_words_in_the_order_the_clause_has_them():
    assert in_order("US strikes need Syrian and UN approval", {"approval", "strike"}) == [
        "strike",
        "approval",
    ]


def test_a_trigger_governing_nothing_gives_an_empty_clause():
    refusal = event("REJECT", "USA", text="Washington refuses.", trigger="refuses")
    assert clause_of(refusal).text == "" and not clause_of(refusal).words


def test_telling_someone_to_act_gives_the_act_not_the_addressee():
    from detente.draft.clauses import demands_of_its_object

    text = "Tehran warned the United States not to intervene in the Gulf."
    warning = event("THREATEN", "IRN", "USA", text=text, trigger="warned")
    assert clause_of(warning).text == "not to intervene in the Gulf"
    assert demands_of_its_object(warning)
    threat = event(
        "THREATEN", "IRN", "USA", text="Tehran threatened reprisals.", trigger="threatened"
    )
    assert not demands_of_its_object(threat)


def test_the_thing_opposed_is_a_noun_phrase_without_its_relative_clause():
    from detente.draft.clauses import thing_of

    text = "Greece denounced the maritime deal between Turkey and Libya, which angered Cyprus."
    assert thing_of(event("ACCUSE", "GRC", text=text, trigger="denounced")).text == (
        "the maritime deal between Turkey and Libya"
    )
    protest = "Farmers protested against the new quota plan on Monday."
    assert thing_of(event("PROTEST", "FRA-AGR", text=protest, trigger="protested")).text == (
        "the new quota plan"
    )
    person = "Kyiv accused him of scuttling a trade pact."
    assert thing_of(event("ACCUSE", "UKR", text=person, trigger="accused")).text == ""
