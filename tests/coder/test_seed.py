"""The seed article end to end: the events an analyst reads out of it, with their flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coder import Event, code
from detente.ingest import read

SEED = Path("seed") / "000_2741d365b0e12e5f.txt"


@pytest.fixture(scope="module")
def events(shared_data: Path) -> list[Event]:
    return list(code(read([str(shared_data / SEED)])))


def find(
    events: list[Event], kind: str, actor: str, recipient: str | None = None, words: str = ""
) -> list[Event]:
    return [
        e
        for e in events
        if e.event == kind
        and any(a.code == actor for a in e.actor)
        and (recipient is None or any(r.code == recipient for r in e.recipient))
        and words in e.text
    ]


def test_russia_demands_approval_for_us_strikes(events):
    (demand,) = find(events, "REQUEST", "RUS", "USA", "insists")
    assert demand.actor[0].sector == "GOV" and not demand.negated
    assert demand.modality == "asserted"


def test_us_refusal(events):
    (refusal,) = find(events, "REJECT", "USA", words="refuses to consider")
    assert refusal.event_text == "refuses" and not refusal.negated
    assert refusal.text[slice(*refusal.span)] == "refuses"


def test_not_something_we_accept_is_a_negated_agreement_reported_by_an_official(events):
    (accept,) = find(events, "AGREE", "USA", words="not something we accept")
    assert accept.negated
    assert accept.attribution is not None and "official" in accept.attribution.text


def test_us_air_strikes_on_islamic_state(events):
    strikes = find(events, "ASSAULT", "USA", "IMG")
    assert strikes and strikes[0].mode == "aerial"
    assert strikes[0].recipient[0].name == "Islamic State"


def test_russian_arms_supplies_to_damascus(events):
    supplies = find(events, "AID", "RUS", "SYR")
    assert {e.event_text for e in supplies} >= {"flow", "provider"}
    assert all(e.context == "military" for e in supplies)


def test_us_backs_the_rebels(events):
    (backing,) = find(events, "SUPPORT", "USA", "SYR", "backs moderate Syrian rebels")
    assert backing.recipient[0].sector == "REB"


def test_kerry_offers_assurances(events):
    (assurance,) = find(events, "AGREE", "USA", words="Kerry offered assurances")
    assert assurance.actor[0].name == "John Kerry" and assurance.actor[0].sector == "GOV"
    assert assurance.attribution is not None


def test_us_will_never_ask_permission_and_would_not_target_assad(events):
    (ask,) = find(events, "REQUEST", "USA", "SYR", "never ask")
    assert ask.negated and ask.modality == "future"
    (target,) = find(events, "ASSAULT", "USA", "SYR", "would not directly target")
    assert target.negated and target.modality == "hypothetical"


def test_failing_to_agree_is_negated(events):
    agree = [e for e in find(events, "AGREE", "USA", words="failing to overcome") if e.negated]
    assert agree and {a.code for a in agree[0].actor} == {"USA", "RUS"}


def test_the_two_are_kerry_and_lavrov(events):
    (talks,) = find(events, "CONSULT", "USA", words="the two again discussed")
    assert {a.code for a in talks.actor} == {"USA", "RUS"}


def test_joint_action_out_of_the_question_is_unlikely(events):
    (joint,) = find(events, "COOPERATE", "USA", words="appears out of the question")
    assert {a.code for a in joint.actor} == {"USA", "RUS"} and joint.modality == "unlikely"


def test_discussions_between_moscow_and_washington_are_joint(events):
    (talks,) = find(events, "CONSULT", "RUS", words="private discussions between Moscow")
    assert {a.code for a in talks.actor} == {"USA", "RUS"} and talks.recipient == ()
