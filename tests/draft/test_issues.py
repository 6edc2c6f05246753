"""Contested demands and contested actors become issues with stances and evidence."""

from __future__ import annotations

import pytest

from detente.draft.actors import collect_actors
from detente.draft.evidence import confidence_of
from detente.draft.issues import draft_issues
from detente.draft.responses import answer_demands
from tests.draft.events import event

DEMAND = "Moscow insists that US strikes need Syrian and UN approval, and Washington refuses."


def issues_of(events):
    events = answer_demands(events)
    return draft_issues(events, collect_actors(events, [], 2014))


def stance(issue, actor):
    return next(s for s in issue.stances if s.actor == actor)


def test_a_demand_refused_is_an_issue_with_the_two_on_opposite_poles():
    events = [
        event("REQUEST", "RUS", "USA", text=DEMAND, trigger="insists"),
        event("REJECT", "USA", text=DEMAND, trigger="refuses"),
    ]
    [issue] = issues_of(events)
    assert issue.pattern == "demand"
    assert "US strikes need Syrian and UN approval" in issue.question
    assert stance(issue, "RUS").position == 100 and stance(issue, "USA").position == 0
    assert stance(issue, "USA").citations[0].trigger == "refuses"


def test_a_demand_nobody_answers_is_no_issue_of_its_own():
    assert issues_of([event("REQUEST", "RUS", "USA", text=DEMAND, trigger="insists")]) == []


def test_an_actor_both_backed_and_opposed_is_contested():
    events = [
        event("AID", "RUS", "SYR", context="military"),
        event("ACCUSE", "USA", "SYR"),
        event("SUPPORT", "USA", "SYR-REB"),
        event("ASSAULT", "SYR-REB", "SYR"),
    ]
    [issue] = issues_of(events)
    assert issue.id == "syr-future" and issue.pattern == "contested-actor"
    assert stance(issue, "SYR").position == 100 and stance(issue, "SYR").salience == 1.0
    assert stance(issue, "RUS").position > 90
    assert stance(issue, "SYR-REB").position < 10
    assert stance(issue, "USA").position < 30  # accuses it and backs those who fight it
    assert [c.event for c in stance(issue, "USA").citations] == ["ACCUSE", "SUPPORT"]


def test_a_common_enemy_is_contested_between_it_and_its_foes():
    events = [event("ASSAULT", "USA", "IMG"), event("ACCUSE", "RUS", "IMG")]
    [issue] = issues_of(events)
    assert issue.id == "islamic-state-future"
    assert stance(issue, "USA").position < stance(issue, "RUS").position < 50


def test_one_hostile_act_alone_is_no_issue():
    assert issues_of([event("ACCUSE", "USA", "SYR")]) == []


def test_salience_is_the_share_of_an_actors_activity():
    events = [
        event("AID", "RUS", "SYR", context="military"),
        event("ACCUSE", "USA", "SYR"),
        event("ASSAULT", "USA", "IMG"),
        event("ACCUSE", "RUS", "IMG"),
    ]
    issues = {i.id: i for i in issues_of(events)}
    rus_on_syria = stance(issues["syr-future"], "RUS").salience
    rus_on_is = stance(issues["islamic-state-future"], "RUS").salience
    assert rus_on_syria > rus_on_is  # arms to Damascus outweigh one accusation
    assert 0.2 <= rus_on_is <= 1.0


@pytest.mark.parametrize(("n", "expected"), [(1, 0.5), (2, 0.75), (3, 0.875)])
def test_confidence_grows_with_evidence(n, expected):
    assert confidence_of(n) == expected


def test_a_refusal_by_a_bystander_in_the_same_sentence_answers_nothing():
    text = "Moscow insists that US strikes need UN approval, while Damascus refuses any talks."
    events = [
        event("REQUEST", "RUS", "USA", text=text, trigger="insists"),
        event("REJECT", "SYR", text=text, trigger="refuses"),
    ]
    assert issues_of(events) == []


def test_an_addressee_that_threatens_the_demander_stands_against_the_demand():
    text = "Washington urged Tehran to release the tanker."
    events = [
        event("REQUEST", "USA", "IRN", text=text, trigger="urged"),
        event("THREATEN", "IRN", "USA", sentence=1),
    ]
    [issue] = issues_of(events)
    assert issue.pattern == "demand"
    assert stance(issue, "USA").position == 100 and stance(issue, "IRN").position == 0
    assert stance(issue, "IRN").citations[0].event == "THREATEN"


def test_one_act_by_two_actors_is_no_contest():
    assert issues_of([event("SANCTION", "USA GBR", "IRN")]) == []
    both = issues_of([event("SANCTION", "USA GBR", "IRN"), event("ACCUSE", "GBR", "IRN")])
    assert [i.id for i in both] == ["irn-future"]


def test_a_warning_that_tells_the_other_what_to_do_is_a_demand():
    text = "Tehran warned the United States not to intervene in the Gulf."
    events = [
        event("THREATEN", "IRN", "USA", text=text, trigger="warned"),
        event("REJECT", "USA", "IRN", sentence=1),
    ]
    demand = next(i for i in issues_of(events) if i.pattern == "demand")
    assert "not to intervene in the Gulf" in demand.question
    assert stance(demand, "IRN").position == 100 and stance(demand, "USA").position == 0
