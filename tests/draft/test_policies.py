"""A policy one actor denounces and another stands behind is an issue: does it stand?"""

from __future__ import annotations

from detente.coder.records import Mention
from detente.draft.actors import collect_actors
from detente.draft.issues import draft_issues
from detente.draft.policies import policy_issues
from tests.draft.events import event, ref

TEXT = "Greece denounced the maritime deal between Turkey and Libya."


def mentions_of(text: str, *names: tuple[str, str]) -> list[Mention]:
    out = []
    for token, surface in names:
        start = text.index(surface)
        out.append(Mention("d1", 0, start, start + len(surface), ref(token)))
    return out


def test_the_parties_a_denounced_deal_names_stand_behind_it():
    events = [event("ACCUSE", "GRC", text=TEXT, trigger="denounced")]
    mentions = mentions_of(TEXT, ("GRC", "Greece"), ("TUR", "Turkey"), ("LBY", "Libya"))
    actors = collect_actors(events, mentions + mentions, None)
    [issue] = policy_issues(events, mentions, actors)
    assert issue.pattern == "policy" and "maritime deal" in issue.question
    positions = {s.actor: s.position for s in issue.stances}
    assert positions == {"GRC": 0.0, "TUR": 100.0, "LBY": 100.0}
    assert draft_issues(events, actors, extra=[issue]) == [issue]  # two sides: kept


def test_backing_the_same_thing_elsewhere_counts():
    later = "Ankara agreed that the maritime deal protects its rights."
    events = [
        event("REJECT", "GRC", text="Greece rejected the maritime deal.", trigger="rejected"),
        event("AGREE", "TUR", text=later, trigger="agreed", sentence=1),
    ]
    actors = collect_actors(events, [], None)
    [issue] = policy_issues(events, [], actors)
    assert {s.actor: s.position for s in issue.stances} == {"GRC": 0.0, "TUR": 100.0}


def test_a_denounced_thing_nobody_backs_is_no_issue():
    events = [event("ACCUSE", "GRC", text=TEXT, trigger="denounced")]
    assert policy_issues(events, [], collect_actors(events, [], None)) == []
