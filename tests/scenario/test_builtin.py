"""The shipped scenarios load, and syria-2014 holds the system its source describes."""

from detente.scenario import builtin_scenarios, load_scenario


def test_every_builtin_loads():
    for name in builtin_scenarios():
        assert load_scenario(name).id == name


def test_syria_2014_names_the_actors_of_the_report():
    scenario = load_scenario("syria-2014")
    ids = {a.id for a in scenario.actors}
    assert {"USA", "RUS", "SYR", "ISIL", "SYR-REB", "SYR-KRD", "TUR", "IRQ", "UNSC"} <= ids
    assert len(scenario.issues) >= 3


def test_syria_2014_strike_authorisation_splits_washington_and_moscow():
    scenario = load_scenario("syria-2014")
    stance = {s.actor: s for s in scenario.stances_on("strike-authorisation")}
    assert stance["USA"].position >= 90 and stance["RUS"].position <= 10
    assert min(stance["USA"].salience, stance["RUS"].salience) >= 0.7


def test_syria_2014_relations_carry_the_reported_structure():
    scenario = load_scenario("syria-2014")
    kinds = {(r.a, r.b, r.kind): r for r in scenario.relations}
    assert ("RUS", "SYR", "arms-supply") in kinds
    common = kinds[("USA", "RUS", "common-enemy")]
    assert common.about == "ISIL" and max(common.trust_ab, common.trust_ba) < 0.5


def test_every_number_in_syria_2014_has_evidence():
    scenario = load_scenario("syria-2014")
    for record in (*scenario.actors, *scenario.stances, *scenario.relations):
        assert record.evidence, record
