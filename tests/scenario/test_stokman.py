import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import InputFileError, ScenarioError
from detente.scenario.schema import Actor, Issue, Scenario, Stance
from detente.scenario.stokman import (
    looks_like_stokman,
    read_stokman,
    write_stokman,
)


@pytest.fixture
def decide(shared_data):
    """The decide-exchange-model examples in the shared data folder."""
    folder = shared_data / "bargaining" / "decide-exchange-model"
    if not folder.is_dir():
        pytest.skip(f"decide-exchange-model examples not found at {folder}")
    return folder


def read(path):
    return read_stokman(path, path.read_text(encoding="utf-8"))


def stance(scenario, actor, issue):
    (found,) = [s for s in scenario.stances if s.actor == actor and s.issue == issue]
    return found


# --- the real decide files --------------------------------------------------------------------


def test_copenhagen(decide):
    s = read(decide / "copenhagen.csv")
    assert (s.id, s.title) == ("copenhagen", "copenhagen")
    assert len(s.actors) == 11 and len(s.issues) == 7
    assert len(s.stances) == 75  # Russia states nothing on Commitments and Extra
    usa = stance(s, "USA", "Newtreaty")
    assert (usa.position, usa.salience) == (10.0, 0.9)
    assert s.actor("USA").capability == 0.26
    assert s.actor("USA").kind == "state"
    eu = s.actor("EU-incl-Norway")
    assert (eu.name, eu.capability) == ("EU (incl Norway)", 0.156)
    assert stance(s, "EU-incl-Norway", "DevlopC2020").position == 70.0
    assert s.issues[0].anchors == {0.0: "0", 100.0: "100"}


def test_cop21_sizes(decide):
    s = read(decide / "cop21.csv")
    assert (len(s.actors), len(s.issues), len(s.stances)) == (15, 13, 181)
    assert stance(s, "African_grp", "finance_vol").position == 100.0
    assert s.actor("AILAC2").capability == 0.35


def test_sample_data_rescales_an_issue_measured_from_half_to_seven(decide):
    s = read(decide / "sample_data.txt")
    assert (len(s.actors), len(s.issues)) == (10, 6)
    height = next(i for i in s.issues if i.id == "tol-hoogte")
    assert height.anchors == {0.0: "0.5", 100.0: "7"}
    assert stance(s, "Willems", "tol-hoogte").position == pytest.approx((3 - 0.5) / 6.5 * 100)
    assert stance(s, "VVDs", "tol-hoogte").position == 0.0
    assert stance(s, "Willems", "tol-hoogte").salience == 0.7
    assert s.actor("Willems").note == "Test"
    when = next(i for i in s.issues if i.id == "wanneer-tol")
    assert (when.question, when.note) == ("wanneer-tol", "Wat is dit voor onzin?")


def test_copenhagen_with_errors_reports_the_position_160_line(decide):
    path = decide / "copenhagen_with_errors.csv"
    with pytest.raises(ScenarioError) as caught:
        read(path)
    assert caught.value.where == f"{path}:86"
    assert caught.value.message == "position 160 is outside the issue's scale 0–100"


def test_copenhagen_with_errors_then_reports_the_negative_power(decide, tmp_path):
    text = (decide / "copenhagen_with_errors.csv").read_text()
    path = tmp_path / "copenhagen.csv"
    path.write_text(text.replace("\t160\t", "\t60\t"))
    with pytest.raises(ScenarioError) as caught:
        read(path)
    assert caught.value.message == "power -0.247 is negative"
    assert caught.value.where == f"{path}:87"
    path.write_text(text.replace("\t160\t", "\t60\t").replace("-0.247", "0.247"))
    s = read(path)
    assert s.title == "Copenhagen negotiations"
    assert len(s.actors) == 11 and len(s.stances) == 75
    assert s.issues[0].question == "Copenhagen new treaty vs extension of Kyoto"
    assert s.issues[0].anchors == {0.0: "0", 100.0: "100"}  # no #M lines: 0–100


def test_sniffing_recognises_the_real_files(decide):
    for name in ("copenhagen.csv", "cop21.csv", "sample_data.txt", "copenhagen_with_errors.csv"):
        assert looks_like_stokman((decide / name).read_text()), name


@pytest.mark.parametrize(
    "text",
    [
        "id: x\ntitle: y\n",
        "# a YAML comment\nid: x\n",
        "#Actors are listed below\nid: x\n",
        "DummyData,desc,7,3,\nActor,Description,Power,Pstn1,Sal1\n",
        "#O\tonly a title\n",
    ],
)
def test_sniffing_rejects_other_text(text):
    assert not looks_like_stokman(text)


# --- tolerant reading -------------------------------------------------------------------------

TINY = """\
#A\tA1\tFirst
#A\tA2\tSecond
#P\tq\tHow much?
#D\tA1\tq\t20\t0.5\t2
#D\tA2\tq\t80\t1\t1
"""
TINY_ACTORS = [("A1", "First", 2), ("A2", "Second", 1)]
TINY_STANCES = [("A1", 20, 0.5), ("A2", 80, 1)]


def write(tmp_path, text, name="tiny.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_reads_a_minimal_file_without_scale_or_title(tmp_path):
    s = read(write(tmp_path, TINY))
    assert (s.id, s.title) == ("tiny", "tiny")
    assert [(a.id, a.name, a.capability) for a in s.actors] == TINY_ACTORS
    assert s.issues[0].question == "How much?"
    assert [(x.position, x.salience) for x in s.stances] == [(20, 0.5), (80, 1)]


@pytest.mark.parametrize(
    "text",
    [
        TINY.replace("\t", ";"),
        TINY.replace("\t", ","),
        TINY.replace("\n", "\r\n"),
        "".join(";".join(f'"{c}"' for c in line.split("\t")) + "\n" for line in TINY.splitlines()),
        "".join(
            "\t".join(f"'{c}'" for c in line.split("\t")) + "\t\n" for line in TINY.splitlines()
        ),
        "#/ a comment; with separators\n\n" + TINY.replace("#D\tA1", "#/\n\n#D\tA1"),
        TINY + "#M\tq\t0\n#M\tq\t100\n",  # scale points after the stances
    ],
    ids=["semicolons", "commas", "crlf", "double-quotes", "single-quotes", "comments", "late-#M"],
)
def test_separators_quotes_comments_and_order_do_not_matter(tmp_path, text):
    s = read(write(tmp_path, text))
    assert [(a.id, a.name, a.capability) for a in s.actors] == TINY_ACTORS
    assert [(x.actor, x.position, x.salience) for x in s.stances] == TINY_STANCES


def test_a_quoted_cell_may_hold_the_separator(tmp_path):
    text = "'#A';'EU; incl. Norway';'Europe; roughly'\n#P;q;q\n'#D';'EU; incl. Norway';q;5;0.5;1\n"
    s = read(write(tmp_path, text))
    assert (s.actors[0].id, s.actors[0].name) == ("EU-incl.-Norway", "Europe; roughly")
    assert s.stances[0].actor == "EU-incl.-Norway"


def test_title_comes_from_the_o_line(tmp_path):
    s = read(write(tmp_path, "#O\tA title, with a comma\n" + TINY))
    assert s.title == "A title, with a comma"


def test_scale_points_rescale_positions_and_become_anchors(tmp_path):
    text = TINY.replace("\t20\t", "\t-1\t").replace("\t80\t", "\t3\t")
    text += "#M\tq\t-1\n#M\tq\t1\n#M\tq\t3\n"
    s = read(write(tmp_path, text))
    assert [x.position for x in s.stances] == [0.0, 100.0]
    assert s.issues[0].anchors == {0.0: "-1", 50.0: "1", 100.0: "3"}


def test_ids_that_sanitise_alike_stay_apart(tmp_path):
    text = "#A\tA B\n#A\tA-B\n#P\tq\tq\n#D\tA B\tq\t1\t1\t1\n#D\tA-B\tq\t2\t1\t1\n"
    s = read(write(tmp_path, text))
    assert [(a.id, a.name) for a in s.actors] == [("A-B", "A B"), ("A-B-2", "A-B")]
    assert [x.actor for x in s.stances] == ["A-B", "A-B-2"]


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "error", "message", "line"),
    [
        ("#D\tA1\tq", "#D\tA9\tq", ScenarioError, "unknown actor 'A9'", 4),
        ("#D\tA2\tq", "#D\tA2\tQ", ScenarioError, "unknown issue 'Q'", 5),
        ("\t20\t", "\tabc\t", InputFileError, "position 'abc' is not a number", 4),
        ("\t20\t", "\t20,5\t", InputFileError, "position '20,5' is not a number", 4),
        ("\t20\t", "\t\t", InputFileError, "position is missing", 4),
        ("\t20\t", "\tnan\t", ScenarioError, "position is nan, not a finite number", 4),
        ("\t0.5\t", "\tinf\t", ScenarioError, "salience is inf, not a finite number", 4),
        ("\t20\t", "\t101\t", ScenarioError, "position 101 is outside the issue's scale 0–100", 4),
        ("\t20\t", "\t-3\t", ScenarioError, "position -3 is outside the issue's scale 0–100", 4),
        ("\t0.5\t", "\t1.5\t", ScenarioError, "salience 1.5 is outside 0–1", 4),
        ("\t0.5\t2", "\t0.5\t-2", ScenarioError, "power -2 is negative", 4),
        ("\t0.5\t2\n", "\t0.5\n", InputFileError, "#D line has 4 cells", 4),
        ("\t0.5\t2\n", "\t0.5\t2\t7\n", InputFileError, "#D line has 6 cells", 4),
        ("#A\tA2\tSecond", "#X\tA2\tSecond", InputFileError, "unknown record type '#X'", 2),
        ("#A\tA2\tSecond", "A2\tSecond", InputFileError, "unknown record type 'A2'", 2),
        ("#A\tA2\tSecond", "#Actor\tA2", InputFileError, "unknown record type '#Actor'", 2),
        ("#A\tA2\tSecond", "#A\tA2\tSecond\tnote\textra", InputFileError, "#A line has 4", 2),
        ("#A\tA2\tSecond", "#A\t\tSecond", InputFileError, "#A line has an empty id", 2),
        ("#A\tA2\tSecond", "#A\tA1\tSecond", ScenarioError, "second #A line for actor 'A1'", 2),
        ("#D\tA2\tq", "#D\tA1\tq", ScenarioError, "second #D line for actor 'A1' on issue 'q'", 5),
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


def test_decimal_comma_hint(tmp_path):
    with pytest.raises(InputFileError) as caught:
        read(write(tmp_path, TINY.replace("\t20\t", "\t20,5\t")))
    assert "dot" in caught.value.hint


@pytest.mark.parametrize(
    ("drop", "message"),
    [("#A", "no #A actor lines"), ("#P", "no #P issue lines"), ("#D", "no #D stance lines")],
)
def test_a_file_without_actors_issues_or_stances(tmp_path, drop, message):
    text = "".join(line + "\n" for line in TINY.splitlines() if not line.startswith(drop))
    path = write(tmp_path, text)
    with pytest.raises(InputFileError, match=message) as caught:
        read(path)
    assert caught.value.where == str(path)


def test_power_must_be_the_same_on_every_line_of_an_actor(tmp_path):
    text = TINY + "#P\tr\tAnother\n#D\tA1\tr\t50\t0.5\t2.5\n"
    path = write(tmp_path, text)
    with pytest.raises(ScenarioError) as caught:
        read(path)
    assert caught.value.message == "power 2.5 of actor 'A1' differs from 2 on line 4"
    assert caught.value.where == f"{path}:7"
    assert read(write(tmp_path, text.replace("2.5\n", "2.0\n"))).actor("A1").capability == 2


def test_an_issue_without_stances_is_reported_at_its_p_line(tmp_path):
    path = write(tmp_path, TINY + "#P\tlonely\tNobody cares\n")
    with pytest.raises(ScenarioError, match="issue 'lonely' has no stances") as caught:
        read(path)
    assert caught.value.where == f"{path}:6"


def test_an_actor_without_stances_has_no_power(tmp_path):
    path = write(tmp_path, "#A\tA0\tZero\n" + TINY)
    with pytest.raises(ScenarioError, match="actor 'A0' has no #D lines") as caught:
        read(path)
    assert caught.value.where == f"{path}:1"


@pytest.mark.parametrize(
    ("extra", "error", "message", "line"),
    [
        ("#M\tq\t7\n", ScenarioError, "issue 'q' has a scale from 7 to itself", 6),
        ("#M\tz\t7\n#M\tz\t9\n", ScenarioError, "#M scale point for unknown issue 'z'", 6),
        ("#M\tq\tlots\n", InputFileError, "scale value 'lots' is not a number", 6),
        ("#M\tq\n", InputFileError, "#M line has 1 cell after", 6),
        (
            "#M\tq\t50\n#M\tq\t100\n",
            ScenarioError,
            "position 20 is outside the issue's scale 50",
            4,
        ),
    ],
)
def test_scale_errors(tmp_path, extra, error, message, line):
    path = write(tmp_path, TINY + extra)
    with pytest.raises(error) as caught:
        read(path)
    assert message in caught.value.message
    assert caught.value.where == f"{path}:{line}"


def test_errors_render_as_one_line(tmp_path):
    path = write(tmp_path, TINY.replace("\t20\t", "\t160\t"))
    with pytest.raises(ScenarioError) as caught:
        read(path)
    rendered = str(caught.value)
    assert "\n" not in rendered
    assert rendered.startswith(f"{path}:4: position 160 is outside the issue's scale 0–100 — ")


# --- writing ----------------------------------------------------------------------------------


def same_content(a: Scenario, b: Scenario, *, questions: bool = True) -> None:
    assert [(x.id, x.name, x.capability) for x in a.actors] == [
        (x.id, x.name, x.capability) for x in b.actors
    ]
    assert [x.id for x in a.issues] == [x.id for x in b.issues]
    if questions:
        assert [x.question for x in a.issues] == [x.question for x in b.issues]
    key = lambda s: (s.actor, s.issue, s.position, s.salience)  # noqa: E731
    assert sorted(map(key, a.stances)) == sorted(map(key, b.stances))


def test_writer_output_is_plain_tab_separated(tmp_path):
    s = read(write(tmp_path, "#O\tTiny\n" + TINY))
    out = tmp_path / "out.csv"
    write_stokman(s, out)
    text = out.read_text()
    assert text.splitlines()[0] == "#O\tTiny"
    assert "#A\tA1\tFirst\n" in text
    assert "#M\tq\t0\n#M\tq\t100\n" in text
    assert "#D\tA1\tq\t20\t0.5\t2\n" in text
    assert "'" not in text and '"' not in text
    assert looks_like_stokman(text)


def test_round_trip_of_a_real_file(decide, tmp_path):
    for name in ("copenhagen.csv", "sample_data.txt"):
        original = read(decide / name)
        out = tmp_path / name
        write_stokman(original, out)
        again = read(out)
        same_content(original, again)
        assert again.title == original.title


def test_writer_keeps_the_power_of_an_actor_without_stances(tmp_path):
    s = Scenario(
        id="x",
        title="X",
        actors=(
            Actor(id="a", name="A", kind="state", capability=3),
            Actor(id="b", name="B", kind="person", capability=0.5),
        ),
        issues=(Issue(id="q", question="Q?", anchors={0: "no", 100: "yes"}, reference_point=30),),
        stances=(Stance(actor="a", issue="q", position=10, salience=0.4),),
    )
    out = tmp_path / "x.csv"
    write_stokman(s, out)
    again = read(out)
    assert again.actor("b").capability == 0.5
    assert (stance(again, "b", "q").position, stance(again, "b", "q").salience) == (30, 0)
    assert "#/\tanchors of q: 0 = no; 100 = yes" in out.read_text()


def test_writing_to_a_missing_folder_is_a_one_line_error(tmp_path):
    s = read(write(tmp_path, TINY))
    with pytest.raises(InputFileError, match="cannot write file"):
        write_stokman(s, tmp_path / "missing" / "out.csv")


IDS = st.from_regex(r"[A-Za-z][A-Za-z0-9_.\-]{0,5}", fullmatch=True)
TEXT = st.text(alphabet="abcXYZ 019,;()-.:/&", min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """Small scenarios in which every actor and every issue has at least one stance."""
    actor_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    issue_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    pairs = [(a, i) for a in actor_ids for i in issue_ids]
    keep = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    chosen = {p for p, k in zip(pairs, keep, strict=True) if k}
    chosen |= {(a, issue_ids[n % len(issue_ids)]) for n, a in enumerate(actor_ids)}
    chosen |= {(actor_ids[n % len(actor_ids)], i) for n, i in enumerate(issue_ids)}
    position = st.floats(0, 100, allow_nan=False)
    unit = st.floats(0, 1, allow_nan=False)
    return Scenario(
        id="random",
        title=draw(TEXT),
        actors=tuple(
            Actor(id=a, name=draw(TEXT), kind="state", capability=draw(st.floats(0, 1e9)))
            for a in actor_ids
        ),
        issues=tuple(
            Issue(id=i, question=draw(TEXT), anchors={0: "0", 100: "100"}) for i in issue_ids
        ),
        stances=tuple(
            Stance(actor=a, issue=i, position=draw(position), salience=draw(unit))
            for a, i in pairs
            if (a, i) in chosen
        ),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scenarios())
def test_round_trip_of_random_scenarios(tmp_path, scenario):
    out = tmp_path / "random.csv"
    write_stokman(scenario, out)
    again = read(out)
    same_content(scenario, again)
    assert again.title == scenario.title
