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
    assert all(not r.implied for e in events_of(text) for r in e.recipient)


def test_an_implied_recipient_does_not_become_the_pair_the_two_refers_to():
    text = (
        "Kerry met Lavrov in Paris. The Turkish government rejected the plan. "
        "The two later discussed Syria."
    )
    (talks,) = [e for e in events_of(text) if e.event == "CONSULT" and e.sentence == 2]
    assert {a.code for a in talks.actor} == {"USA", "RUS"}
