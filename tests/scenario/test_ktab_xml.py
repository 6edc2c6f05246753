from pathlib import Path

import pytest

from detente.errors import InputFileError, ScenarioError
from detente.scenario import load_scenario
from detente.scenario.formats import detect_format
from detente.scenario.ktab_xml import read_ktab_xml, write_ktab_xml

SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<Scenario>
  <name>Tiny test</name><desc>Two actors, two dimensions</desc>
  <Dimensions><dName>Tax</dName><dName>Trade</dName></Dimensions>
  <Actors>
    <Actor><name>Ann</name><description>First</description><capability>10</capability>
      <Position><dCoord>20</dCoord><dCoord></dCoord></Position>
      <Salience><dSal>50</dSal><dSal>0</dSal></Salience></Actor>
    <Actor><name>Ben</name><description>Second</description><capability>5.5</capability>
      <Position><dCoord>80</dCoord><dCoord>40</dCoord></Position>
      <Salience><dSal>25</dSal><dSal>100</dSal></Salience></Actor>
  </Actors>
</Scenario>
"""


def read(tmp_path: Path, text: str):
    path = tmp_path / "scenario.xml"
    path.write_text(text, encoding="utf-8")
    return read_ktab_xml(path, text)


def test_actors_dimensions_and_an_empty_coordinate(tmp_path):
    scenario = read(tmp_path, SMALL)
    assert scenario.id == "Tiny-test" and scenario.title == "Two actors, two dimensions"
    assert [i.id for i in scenario.issues] == ["Tax", "Trade"]
    assert [(a.id, a.name, a.capability) for a in scenario.actors] == [
        ("Ann", "First", 10.0),
        ("Ben", "Second", 5.5),
    ]
    assert [(s.actor, s.issue, s.position, s.salience) for s in scenario.stances] == [
        ("Ann", "Tax", 20.0, 0.5),
        ("Ben", "Tax", 80.0, 0.25),
        ("Ben", "Trade", 40.0, 1.0),
    ]  # Ann takes no position on trade


def test_written_and_read_back_unchanged(tmp_path):
    scenario = read(tmp_path, SMALL)
    out = tmp_path / "out.xml"
    write_ktab_xml(scenario, out)
    again = read_ktab_xml(out, out.read_text())
    assert again.stances == scenario.stances and again.actors == scenario.actors
    assert detect_format(out, out.read_text()).name == "ktab-xml"


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("<Scenario><name>x</name>", InputFileError, "malformed XML"),
        ("<Other/>", InputFileError, "not <Scenario>"),
        ("<Scenario><Dimensions/></Scenario>", ScenarioError, "no dimensions"),
        (SMALL.replace("<dSal>0</dSal>", ""), InputFileError, "1 saliences for 2"),
        (SMALL.replace("<capability>10<", "<capability>ten<"), InputFileError, "'ten'"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, text, error, message):
    with pytest.raises(error, match=message) as raised:
        read(tmp_path, text)
    assert "\n" not in str(raised.value)


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("99")
    text = SMALL.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("<capability>10<", "<capability>&x;<")
    with pytest.raises(InputFileError, match="capability is missing"):
        read(tmp_path, text)


def test_the_ktab_example_reads(shared_data):
    scenario = load_scenario(str(shared_data / "bargaining" / "ktab-smp" / "smpExample.xml"))
    assert len(scenario.actors) == 5 and len(scenario.issues) == 3
    assert len(scenario.stances) == 14  # Alice gives no first coordinate
