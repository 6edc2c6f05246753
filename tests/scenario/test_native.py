import json

import pytest

from detente.errors import InputFileError, ScenarioError
from detente.scenario import load_scenario, save_scenario

GOOD = """\
id: tiny
title: Tiny standoff
actors:
  - {id: AAA, name: Aland, kind: state, country: AAA, capability: 2}
  - {id: BBB, name: Bland, kind: state, capability: 1, evidence: "stated in the text"}
issues:
  - id: q1
    question: How far?
    anchors: {0: none, 100: all}
    reference_point: 0
stances:
  - {actor: AAA, issue: q1, position: 10, salience: 0.5}
  - actor: BBB
    issue: q1
    position: 70
    salience: 1
    uncertainty: 3
    evidence: {position: "they said so", salience: "judgement"}
relations:
  - {a: AAA, b: BBB, kind: rivalry, affinity: -0.5, trust_ab: 0.2}
"""


def write(tmp_path, text, name="s.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_reads_actors_issues_stances_and_evidence(tmp_path):
    s = load_scenario(write(tmp_path, GOOD))
    assert [a.id for a in s.actors] == ["AAA", "BBB"]
    assert s.actors[1].evidence == {"*": "stated in the text"}
    assert s.issues[0].anchors == {0.0: "none", 100.0: "all"}
    assert s.stances[1].uncertainty == 3
    assert s.stances[1].evidence["position"] == "they said so"
    assert s.relations[0].trust_ab == 0.2 and s.relations[0].trust_ba == 0.5


def test_yaml_and_json_round_trip(tmp_path):
    original = load_scenario(write(tmp_path, GOOD))
    for name in ("copy.yaml", "copy.json"):
        save_scenario(original, tmp_path / name)
        assert load_scenario(tmp_path / name) == original
    json.loads((tmp_path / "copy.json").read_text())


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        (
            "salience: 0.5}",
            "salience: 1.5}",
            r"stances\[0\]\.salience: .*less than or equal to 1",
            12,
        ),
        ("position: 70", "position: 120", r"stances\[1\]\.position", 15),
        ("position: 70", "position: .nan", r"stances\[1\]\.position", 15),
        ("{actor: AAA,", "{actor: ZZZ,", "unknown actor 'ZZZ'", 12),
        ("issue: q1\n    position", "issue: q9\n    position", "unknown issue 'q9'", 14),
        ("kind: rivalry", "kind: frenemy", r"relations\[0\]\.kind", 20),
        ("capability: 2}", "capability: -2}", r"actors\[0\]\.capability", 4),
    ],
)
def test_bad_values_name_the_field_and_line(tmp_path, old, new, message, line):
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ScenarioError, match=message) as info:
        load_scenario(path)
    assert info.value.where == f"{path}:{line}"


def test_issue_without_stances_is_reported(tmp_path):
    extra_issue = "    reference_point: 0\n  - {id: q2, question: Other, anchors: {0: a, 100: b}}\n"
    text = GOOD.replace("    reference_point: 0\n", extra_issue)
    with pytest.raises(ScenarioError, match="issue 'q2' has no stances"):
        load_scenario(write(tmp_path, text))


def test_duplicate_stance_is_reported(tmp_path):
    text = GOOD.replace(
        "relations:", "  - {actor: AAA, issue: q1, position: 5, salience: 0.1}\nrelations:"
    )
    with pytest.raises(ScenarioError, match="second stance of 'AAA' on 'q1'"):
        load_scenario(write(tmp_path, text))


def test_malformed_yaml_gives_the_line(tmp_path):
    path = write(tmp_path, "id: x\ntitle: [unclosed\nactors: []\n")
    with pytest.raises(InputFileError, match="malformed YAML") as info:
        load_scenario(path)
    assert info.value.where.startswith(f"{path}:")


def test_malformed_json_gives_the_line(tmp_path):
    path = write(tmp_path, '{"id": "x",\n "title": }', "s.json")
    with pytest.raises(InputFileError, match="malformed JSON") as info:
        load_scenario(path)
    assert info.value.where == f"{path}:2"


def test_a_list_instead_of_a_mapping_is_reported(tmp_path):
    with pytest.raises(ScenarioError, match="must be a mapping"):
        load_scenario(write(tmp_path, "- a\n- b\n"))


def test_unknown_keys_are_rejected(tmp_path):
    with pytest.raises(ScenarioError, match=r"actors\[0\]\.strength: Extra inputs"):
        load_scenario(
            write(tmp_path, GOOD.replace("capability: 2}", "capability: 2, strength: 3}"))
        )
