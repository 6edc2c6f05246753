from pathlib import Path

import pytest

from detente.errors import InputFileError, ScenarioError
from detente.models import Problem
from detente.models.eum import eum
from detente.scenario import load_scenario
from detente.scenario.actor_table import (
    looks_like_actor_table,
    read_actor_table,
    write_actor_table,
)
from detente.scenario.formats import detect_format

EXAMPLES = Path("bargaining") / "bdm-examples"


def read(tmp_path: Path, text: str, name: str = "table.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_actor_table(path, text)


def test_columns_in_any_order_percent_saliences_and_a_foreign_scale(tmp_path):
    scenario = read(tmp_path, "Name\tx\tc\ts\nA\t4\t0.5\t80\nB\t10\t0.25\t40\nC\t-2\t0.25\t100\n")
    positions = [s.position for s in scenario.stances]
    assert positions == pytest.approx([50.0, 100.0, 0.0])  # −2…10 mapped onto 0…100
    assert [s.salience for s in scenario.stances] == pytest.approx([0.8, 0.4, 1.0])
    assert [a.capability for a in scenario.actors] == [0.5, 0.25, 0.25]
    assert scenario.issues[0].anchors == {0.0: "-2 on the file's scale", 100.0: "10"}


def test_positions_within_0_to_100_are_kept_and_a_0_to_1_scale_is_stretched(tmp_path):
    kept = read(tmp_path, "Actor,Capability,Position,Salience\nA,1,20,0.5\nB,1,70,0.5\n")
    assert [s.position for s in kept.stances] == [20.0, 70.0]
    stretched = read(tmp_path, "Stakeholder,Resources,Position,Salience\rA,1,0,1\rB,1,0.5,1\r")
    assert [s.position for s in stretched.stances] == [0.0, 50.0]


def test_detected_by_content_and_written_back(tmp_path):
    text = "\ufeffActor,Capability,Position,Salience\nUK,0.16,10,0.9\nFrance,0.16,60,0.6\n"
    path = tmp_path / "eu.txt"
    path.write_text(text, encoding="utf-8")
    assert looks_like_actor_table(text) and detect_format(path, text).name == "actor-table"
    scenario = load_scenario(str(path))
    out = tmp_path / "out.csv"
    write_actor_table(scenario, out)
    again = read_actor_table(out, out.read_text())
    assert [(s.actor, s.position, s.salience) for s in again.stances] == [
        ("UK", 10.0, 0.9),
        ("France", 60.0, 0.6),
    ]


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("Actor,Capability,Position\nA,1,2\n", InputFileError, "no actor, capability"),
        ("Actor,Capability,Position,Salience\n", ScenarioError, "no actors"),
        ("Actor,Capability,Position,Salience\nA,1,x,0.5\n", InputFileError, "'x' is not"),
        ("Actor,Capability,Position,Salience\nA,1,5\n", InputFileError, "fewer than"),
        ("Actor,Capability,Position,Salience\nA,-1,5,0.5\n", ScenarioError, "negative"),
    ],
)
def test_bad_tables_give_one_line_errors(tmp_path, text, error, message):
    with pytest.raises(error, match=message) as raised:
        read(tmp_path, text)
    assert "\n" not in str(raised.value)


def test_more_than_one_issue_cannot_be_written(tmp_path):
    with pytest.raises(ScenarioError, match="one issue"):
        write_actor_table(load_scenario("syria-2014"), tmp_path / "x.csv")


@pytest.mark.parametrize(
    "name",
    [
        "dmasad_ChinaData.csv",
        "dmasad_ExampleActors.csv",
        "dmasad_HondurasCrisisData.csv",
        "eum_argentina.txt",
        "eum_emission-standards.txt",
        "eum_iranian-election.txt",
        "jmckib_ExampleActors.csv",
        "jmckib_Sultan.csv",
    ],
)
def test_every_expected_utility_example_reads_and_runs(shared_data, name):
    scenario = load_scenario(str(shared_data / EXAMPLES / name))
    assert len(scenario.issues) == 1 and len(scenario.actors) >= 5
    assert all(0 <= s.position <= 100 and 0 <= s.salience <= 1 for s in scenario.stances)
    outcome = eum(Problem.from_scenario(scenario))
    assert 0 <= outcome.point[0] <= 100 and outcome.trajectory is not None
