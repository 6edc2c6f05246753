"""The whole chain on the seed report and on the sample brief: the system, the verdict, evidence."""

from __future__ import annotations

import pytest

from detente.analyze import Analysis, analyze, brief_path
from detente.ingest import read

SEED = "seed/000_2741d365b0e12e5f.txt"


def run(path: str, draws: int = 100) -> Analysis:
    return analyze(list(read([path])), draws=draws, seed=0)


@pytest.fixture(scope="module")
def seed(request) -> Analysis:
    shared = request.getfixturevalue("shared_data")
    return run(str(shared / SEED))


@pytest.fixture(scope="module")
def brief() -> Analysis:
    return run(str(brief_path()))


def relation(analysis: Analysis, a: str, b: str, kind: str):
    for r in analysis.draft.relations:
        if {r.a, r.b} == {a, b} and r.kind == kind:
            return r
    raise AssertionError(f"no {kind} relation between {a} and {b}")


def stances(analysis: Analysis, issue_id: str) -> dict[str, float]:
    issue = next(i for i in analysis.draft.issues if i.id == issue_id)
    return {s.actor: s.position for s in issue.stances}


@pytest.mark.parametrize("which", ["seed", "brief"])
def test_the_actors_of_the_standoff_are_found(which, request):
    analysis = request.getfixturevalue(which)
    ids = {a.id for a in analysis.draft.actors}
    assert {"USA", "RUS", "SYR", "ISLAMIC-STATE", "SYR-REB", "KUR", "IRQ"} <= ids
    if which == "seed":
        assert {"TUR", "UNO"} <= ids


@pytest.mark.parametrize("which", ["seed", "brief"])
def test_the_relations_are_recovered_with_evidence(which, request):
    analysis = request.getfixturevalue(which)
    arms = relation(analysis, "RUS", "SYR", "arms-supply")
    assert arms.affinity > 0 and arms.citations
    assert relation(analysis, "USA", "SYR-REB", "support").affinity > 0
    assert relation(analysis, "USA", "ISLAMIC-STATE", "hostility").affinity < 0
    common = relation(analysis, "USA", "RUS", "common-enemy")
    assert common.about == "ISLAMIC-STATE"
    assert common.trust_ab < 0.5 and common.trust_ba < 0.5  # distrust both ways


@pytest.mark.parametrize("which", ["seed", "brief"])
def test_russia_and_the_us_stand_apart_on_strikes_and_on_assad(which, request):
    analysis = request.getfixturevalue(which)
    demand = next(i for i in analysis.draft.issues if i.pattern == "demand")
    assert "strikes" in demand.question and "approval" in demand.question
    on_demand = stances(analysis, demand.id)
    assert on_demand["RUS"] == 100 and on_demand["USA"] == 0
    on_syria = stances(analysis, "syr-future")
    assert on_syria["RUS"] > 50 > on_syria["USA"]


@pytest.mark.parametrize("which", ["seed", "brief"])
def test_us_russian_cooperation_is_unlikely_for_the_reasons_given(which, request):
    analysis = request.getfixturevalue(which)
    assert analysis.simulation is not None
    [verdict] = [v for v in analysis.simulation.cooperation if {v.a, v.b} == {"USA", "RUS"}]
    assert verdict.verdict == "unlikely"
    assert verdict.enemy == "ISLAMIC-STATE"
    demand = next(i for i in analysis.draft.issues if i.pattern == "demand")
    assert "syr-future" in verdict.why  # what divides them: Assad's future…
    assert demand.id in verdict.why  # …and how strikes are authorised


def test_the_drafted_scenario_cites_its_numbers(seed):
    scenario = seed.draft.scenario
    assert scenario is not None
    usa = scenario.actor("USA")
    assert "Penn World Table" in usa.evidence["capability"]
    assert all(s.evidence["position"] for s in scenario.stances)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The weather was mild on Tuesday and the market was busy.", "no political actor"),
        ("Russia held a military parade in Moscow on Tuesday.", "only one actor"),
    ],
)
def test_too_little_political_content_says_so(tmp_path, text, reason):
    path = tmp_path / "quiet.txt"
    path.write_text(f"A quiet day\n\n{text}\n", encoding="utf-8")
    analysis = run(str(path))
    assert analysis.empty and analysis.simulation is None
    assert analysis.draft.empty_reason is not None and reason in analysis.draft.empty_reason
