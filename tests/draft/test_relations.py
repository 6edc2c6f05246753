"""Relations from events: affinity, kind, trust both ways, common enemies."""

from __future__ import annotations

from detente.draft.relations import TRUST_STEPS, draft_relations
from tests.draft.events import event

ACTORS = {"USA", "RUS", "SYR", "SYR-REB", "ISLAMIC-STATE"}


def relation(relations, a, b, kind=None):
    for r in relations:
        if {r.a, r.b} == {a, b} and (kind is None or r.kind == kind):
            return r
    raise AssertionError(f"no relation {a}–{b} {kind}")


def test_arms_supplied_make_an_arms_supply_relation_with_positive_affinity():
    rels = draft_relations([event("AID", "RUS", "SYR", context="military")], ACTORS)
    r = relation(rels, "RUS", "SYR")
    assert r.kind == "arms-supply" and r.affinity > 0
    assert r.citations and r.citations[0].event == "AID"
    assert r.confidence == 0.5 and r.to_dict()["confidence"] == 0.5


def test_attacks_make_hostility_with_negative_affinity():
    r = relation(draft_relations([event("ASSAULT", "USA", "IMG")], ACTORS), "USA", "ISLAMIC-STATE")
    assert r.kind == "hostility" and r.affinity < 0


def test_an_accusation_lowers_the_accusers_trust_only():
    r = relation(draft_relations([event("ACCUSE", "RUS", "USA")], ACTORS), "RUS", "USA")
    trust_rus_in_usa = r.trust_ab if r.a == "RUS" else r.trust_ba
    trust_usa_in_rus = r.trust_ba if r.a == "RUS" else r.trust_ab
    assert trust_rus_in_usa == 0.5 + TRUST_STEPS["accuses"]
    assert trust_usa_in_rus == 0.5
    assert r.kind == "rivalry"


def test_a_failed_joint_agreement_lowers_trust_both_ways():
    rels = draft_relations([event("AGREE", "USA RUS", negated=True)], ACTORS)
    r = relation(rels, "USA", "RUS")
    assert r.trust_ab < 0.5 and r.trust_ba < 0.5 and r.affinity < 0


def test_restraint_is_not_support():
    rels = draft_relations([event("ASSAULT", "USA", "SYR", negated=True)], ACTORS)
    assert relation(rels, "USA", "SYR").affinity == 0.0


def test_two_actors_hostile_to_a_third_share_it_as_a_common_enemy():
    events = [
        event("ASSAULT", "USA", "IMG"),
        event("ACCUSE", "RUS", "IMG"),
        event("ACCUSE", "RUS", "USA"),
    ]
    r = relation(draft_relations(events, ACTORS), "USA", "RUS", "common-enemy")
    assert r.about == "ISLAMIC-STATE"
    assert min(r.trust_ab, r.trust_ba) < 0.5  # they distrust each other as well
    assert {c.event for c in r.citations} == {"ASSAULT", "ACCUSE"}


def test_a_lone_foe_makes_no_common_enemy():
    rels = draft_relations([event("ASSAULT", "USA", "IMG")], ACTORS)
    assert all(r.kind != "common-enemy" for r in rels)


def test_foes_of_the_same_enemy_who_trust_each_other_are_not_flagged():
    events = [event("ASSAULT", "USA", "IMG"), event("ACCUSE", "RUS", "IMG")]
    assert all(r.kind != "common-enemy" for r in draft_relations(events, ACTORS))


def test_partners_in_a_hostile_act_are_not_hostile_to_each_other():
    rels = draft_relations([event("SANCTION", "USA UNO")], ACTORS | {"UNO"})
    assert rels == []


def test_a_request_for_help_is_no_rivalry():
    rels = draft_relations([event("REQUEST", "SYR", "RUS", mode="assist")], ACTORS)
    assert relation(rels, "SYR", "RUS").kind == "cooperation"
    demand = draft_relations([event("REQUEST", "RUS", "USA", mode="change")], ACTORS)
    assert relation(demand, "RUS", "USA").kind == "rivalry"
