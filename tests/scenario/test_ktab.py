import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import InputFileError, ScenarioError
from detente.scenario.ktab import looks_like_ktab, read_ktab, write_ktab
from detente.scenario.schema import Actor, Issue, Scenario, Stance
from detente.scenario.stokman import looks_like_stokman

KTAB_FILES = [
    "SOE-Competitive.csv",
    "SOE-Pol-Comp.csv",
    "SOE-Policy.csv",
    "dummyData-a040.csv",
    "dummyData-a080.csv",
    "dummyData-a160.csv",
    "dummyData_3Dim-no-final-comma.csv",
    "dummyData_3Dim.csv",
    "dummyData_6Dim.csv",
]


@pytest.fixture
def ktab(shared_data):
    """The KTAB SMP examples in the shared data folder."""
    folder = shared_data / "bargaining" / "ktab-smp"
    if not folder.is_dir():
        pytest.skip(f"KTAB SMP examples not found at {folder}")
    return folder


def read(path):
    return read_ktab(path, path.read_text(encoding="utf-8"))


def stance(scenario, actor, issue):
    (found,) = [s for s in scenario.stances if s.actor == actor and s.issue == issue]
    return found


# --- the real KTAB files ----------------------------------------------------------------------


def test_dummy_data_3dim(ktab):
    s = read(ktab / "dummyData_3Dim.csv")
    assert (s.id, s.title) == ("DummyData_3Dim", "Dummy scenario to test reading format")
    assert (len(s.actors), len(s.issues), len(s.stances)) == (7, 3, 21)
    assert [i.id for i in s.issues] == ["Pstn1", "Pstn2", "Pstn3"]
    first = s.actor("SActor-00")
    assert (first.name, first.kind, first.capability) == ("Random Spatial Actor", "state", 102.543)
    assert stance(s, "SActor-00", "Pstn1").position == 75.79
    assert stance(s, "SActor-00", "Pstn1").salience == 0.4953
    assert stance(s, "SActor-02", "Pstn3").position == 0.07
    assert s.issues[0].anchors == {0.0: "0", 100.0: "100"}


def test_a_missing_final_comma_changes_nothing(ktab):
    with_comma = read(ktab / "dummyData_3Dim.csv")
    without = read(ktab / "dummyData_3Dim-no-final-comma.csv")
    assert without.actors == with_comma.actors
    assert without.issues == with_comma.issues
    assert without.stances == with_comma.stances


def test_soe_policy_and_competition(ktab):
    s = read(ktab / "SOE-Pol-Comp.csv")
    assert (len(s.actors), len(s.issues)) == (13, 2)
    assert [(i.id, i.question) for i in s.issues] == [
        ("Policy", "Policy"),
        ("Competitive", "Competitive"),
    ]
    xi = s.actor("XJ")
    assert (xi.name, xi.capability) == ("Xi Jinping", 100.0)
    assert (stance(s, "XJ", "Policy").position, stance(s, "XJ", "Policy").salience) == (30, 0.24)
    assert stance(s, "WY", "Competitive").salience == 0.46
    assert s.actor("LH").name == "Liu He - Deputy Director of DRC"


def test_one_dimension_files_with_padding(ktab):
    assert len(read(ktab / "SOE-Policy.csv").actors) == 26
    assert len(read(ktab / "SOE-Competitive.csv").actors) == 34
    s = read(ktab / "dummyData-a040.csv")
    assert (s.id, s.title, len(s.actors), [i.id for i in s.issues]) == (
        "XYZ",
        "XYZ Issue",
        40,
        ["XYZ"],
    )
    assert s.actor("Act-1001").name == "Desc-1001"
    assert (stance(s, "Act-1001", "XYZ").position, stance(s, "Act-1001", "XYZ").salience) == (
        63.03,
        0.4331,
    )


def test_six_dimensions_with_crlf_and_an_extra_count(ktab):
    s = read(ktab / "dummyData_6Dim.csv")
    assert (len(s.actors), len(s.issues)) == (27, 6)
    assert [i.id for i in s.issues] == [f"Dim{n}" for n in range(6)]
    assert stance(s, "AA00", "Dim3").position == 100.0
    assert stance(s, "AA00", "Dim3").salience == 0.2799
    assert s.actor("AA26").capability == 33.33


def test_sniffing_recognises_the_real_files(ktab):
    for name in KTAB_FILES:
        text = (ktab / name).read_text()
        assert looks_like_ktab(text), name
        assert not looks_like_stokman(text), name


@pytest.mark.parametrize(
    "text",
    [
        "id: x\ntitle: y\n",
        "#A\tUSA\tUSA\n#D\tUSA\tq\t1\t1\t1\n",
        "a,b,c,d\ne,f,g,h,i\n",
        "name,desc,many,3\nActor,Description,Power,P,S\n",
    ],
)
def test_sniffing_rejects_other_text(text):
    assert not looks_like_ktab(text)


# --- small inline files -----------------------------------------------------------------------

TINY = """\
tiny,"A tiny, quoted scenario",2,2,
Actor,Description,Power,Oil Position,Oil Salience,Gas Position,Gas Salience,
A1,"First, with a comma",  10, 20, 30, 40, 50,
A2,Second,                 5.5, 60, 70, 80, 90,
"""


def write(tmp_path, text, name="tiny.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_reads_quoted_cells_and_padding(tmp_path):
    s = read(write(tmp_path, TINY))
    assert (s.id, s.title) == ("tiny", "A tiny, quoted scenario")
    assert [(a.id, a.name, a.capability) for a in s.actors] == [
        ("A1", "First, with a comma", 10),
        ("A2", "Second", 5.5),
    ]
    assert [(i.id, i.question) for i in s.issues] == [("Oil", "Oil"), ("Gas", "Gas")]
    assert [(x.actor, x.issue, x.position, x.salience) for x in s.stances] == [
        ("A1", "Oil", 20, 0.3),
        ("A1", "Gas", 40, 0.5),
        ("A2", "Oil", 60, 0.7),
        ("A2", "Gas", 80, 0.9),
    ]


def test_ids_and_dimension_names_are_made_valid(tmp_path):
    text = TINY.replace("A1,", "Saudi Arabia,").replace("Gas Position", "Oil Position")
    s = read(write(tmp_path, text.replace("tiny,", "Tiny scenario 1,")))
    assert s.id == "Tiny-scenario-1"
    assert s.actors[0].id == "Saudi-Arabia"
    assert s.actors[0].name == "First, with a comma"
    assert [i.id for i in s.issues] == ["Oil", "Oil-2"]


def test_blank_lines_are_skipped_but_counted(tmp_path):
    path = write(tmp_path, "\n" + TINY.replace("A2,", "\nA2,"))
    s = read(path)
    assert len(s.actors) == 2
    with pytest.raises(ScenarioError) as caught:
        read(write(tmp_path, "\n" + TINY.replace("A2,", "\nA2,").replace("5.5", "-5.5")))
    assert caught.value.where.endswith("tiny.csv:6")


@pytest.mark.parametrize(
    ("old", "new", "error", "message", "line"),
    [
        (",2,2,", ",3,2,", InputFileError, "line 1 declares 3 actors, but the file has 2", 1),
        (",2,2,", ",1,2,", InputFileError, "line 1 declares 1 actors, but the file has 2", 1),
        (",2,2,", ",2,3,", InputFileError, "the header has 4 position and salience columns", 2),
        (",2,2,", ",2,1,", InputFileError, "the header has 4 position and salience columns", 2),
        (",2,2,", ",two,2,", InputFileError, "number of actors 'two' is not a whole number", 1),
        (",2,2,", ",2,0,", InputFileError, "number of dimensions is 0", 1),
        (
            '"A tiny, quoted scenario",2,2,',
            '"A, B",2,',
            InputFileError,
            "first line has 3 cells",
            1,
        ),
        (" 20,", " x20,", InputFileError, "Oil position 'x20' is not a number", 3),
        (" 20,", " ,", InputFileError, "Oil position is missing", 3),
        (" 20,", " nan,", ScenarioError, "Oil position is nan, not a finite number", 3),
        (" 20,", " 100.5,", ScenarioError, "Oil position 100.5 is outside 0–100", 3),
        (" 20,", " -1,", ScenarioError, "Oil position -1 is outside 0–100", 3),
        (" 90,", " 120,", ScenarioError, "Gas salience 120 is outside 0–100", 4),
        ("5.5,", "-5.5,", ScenarioError, "power -5.5 is negative", 4),
        (" 50,\n", "\n", InputFileError, "row has 6 cells, not 7", 3),
        (" 50,\n", " 50, 1, 2\n", InputFileError, "row has 9 cells, not 7", 3),
        ("A2,Second", "A1,Second", ScenarioError, "second row for actor 'A1'", 4),
        ("A2,Second", ",Second", InputFileError, "actor id is empty", 4),
    ],
)
def test_errors_name_the_line(tmp_path, old, new, error, message, line):
    assert old in TINY
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(error) as caught:
        read(path)
    assert type(caught.value) is error
    assert message in caught.value.message
    assert caught.value.where == f"{path}:{line}"


def test_a_missing_header_is_reported(tmp_path):
    lines = TINY.splitlines(keepends=True)
    path = write(tmp_path, lines[0] + "".join(lines[2:]))
    with pytest.raises(InputFileError, match="missing column header") as caught:
        read(path)
    assert caught.value.where == f"{path}:2"
    path = write(tmp_path, "".join(lines[1:]))
    with pytest.raises(InputFileError, match="starts with the column header") as caught:
        read(path)
    assert caught.value.where == f"{path}:1"
    path = write(tmp_path, lines[0])
    with pytest.raises(InputFileError, match="missing column header") as caught:
        read(path)


def test_errors_render_as_one_line(tmp_path):
    path = write(tmp_path, TINY.replace(",2,2,", ",3,2,"))
    with pytest.raises(InputFileError) as caught:
        read(path)
    rendered = str(caught.value)
    assert "\n" not in rendered
    assert rendered.startswith(f"{path}:1: line 1 declares 3 actors, but the file has 2 actor")


# --- writing ----------------------------------------------------------------------------------


def key(s):
    return (s.actor, s.issue, s.position, s.salience)


def same_content(a: Scenario, b: Scenario) -> None:
    assert (a.id, a.title) == (b.id, b.title)
    assert [(x.id, x.name, x.capability) for x in a.actors] == [
        (x.id, x.name, x.capability) for x in b.actors
    ]
    assert [x.id for x in a.issues] == [x.id for x in b.issues]
    assert sorted(map(key, a.stances)) == sorted(map(key, b.stances))


def test_writer_output_is_what_ktab_reads(tmp_path):
    s = read(write(tmp_path, TINY))
    out = tmp_path / "out.csv"
    write_ktab(s, out)
    lines = out.read_text().splitlines()
    assert lines[0] == 'tiny,"A tiny, quoted scenario",2,2,'
    assert (
        lines[1] == "Actor,Description,Power,Oil Position,Oil Salience,Gas Position,Gas Salience,"
    )
    assert lines[2] == 'A1,"First, with a comma",10,20,30,40,50,'
    assert lines[3] == "A2,Second,5.5,60,70,80,90,"
    assert looks_like_ktab(out.read_text())


def test_round_trip_of_real_files(ktab, tmp_path):
    for name in ("dummyData_3Dim.csv", "dummyData_6Dim.csv", "SOE-Pol-Comp.csv"):
        original = read(ktab / name)
        out = tmp_path / name
        write_ktab(original, out)
        same_content(original, read(out))


def test_writer_fills_missing_stances_with_zero_salience(tmp_path):
    s = Scenario(
        id="x",
        title='Say "when"',
        actors=(
            Actor(id="a", name="A", kind="state", capability=3),
            Actor(id="b", name="B\nnewline", kind="person", capability=0.5),
        ),
        issues=(
            Issue(id="q", question="Q?", anchors={0: "no", 100: "yes"}, reference_point=30),
            Issue(id="r", question="R?", anchors={0: "no", 100: "yes"}),
        ),
        stances=(
            Stance(actor="a", issue="q", position=10, salience=0.4),
            Stance(actor="a", issue="r", position=90, salience=0.6),
        ),
    )
    out = tmp_path / "x.csv"
    write_ktab(s, out)
    again = read(out)
    assert again.title == 'Say "when"'
    assert again.actor("b").name == "B newline"
    assert [key(x) for x in again.stances if x.actor == "b"] == [
        ("b", "q", 30, 0),
        ("b", "r", 50, 0),
    ]


def test_writing_to_a_missing_folder_is_a_one_line_error(tmp_path):
    s = read(write(tmp_path, TINY))
    with pytest.raises(InputFileError, match="cannot write file"):
        write_ktab(s, tmp_path / "missing" / "out.csv")


IDS = st.from_regex(r"[A-Za-z][A-Za-z0-9_.\-]{0,5}", fullmatch=True)
TEXT = st.text(alphabet='abcXYZ 019,;()-."/&', min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """Small scenarios with a stance of every actor on every issue, as KTAB requires."""
    actor_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    issue_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    return Scenario(
        id=draw(IDS),
        title=draw(TEXT),
        actors=tuple(
            Actor(id=a, name=draw(TEXT), kind="state", capability=draw(st.floats(0, 1e9)))
            for a in actor_ids
        ),
        issues=tuple(Issue(id=i, question=i, anchors={0: "0", 100: "100"}) for i in issue_ids),
        stances=tuple(
            Stance(
                actor=a,
                issue=i,
                position=draw(st.floats(0, 100)),
                salience=draw(st.floats(0, 1)),
            )
            for a in actor_ids
            for i in issue_ids
        ),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scenarios())
def test_round_trip_of_random_scenarios(tmp_path, scenario):
    out = tmp_path / "random.csv"
    write_ktab(scenario, out)
    same_content(scenario, read(out))
