import json

import pytest


def test_default_runs_the_builtin_syria_scenario(run):
    result = run("simulate", "--draws", "100")
    assert result.code == 0, result.err
    assert "strike-authorisation" in result.out and "80 % interval" in result.out


def test_json_shape(run):
    result = run("simulate", "syria-2014", "--format", "json", "--draws", "200", "--seed", "4")
    data = json.loads(result.out)
    assert (data["scenario"], data["seed"], data["draws"]) == ("syria-2014", 4, 200)
    issue = data["issues"][0]
    assert {"id", "question", "forecasts"} <= set(issue)
    forecast = issue["forecasts"]["compromise"]
    assert {"point", "p10", "p90", "median", "nearest"} <= set(forecast)
    assert forecast["p10"] <= forecast["median"] <= forecast["p90"]


def test_same_seed_same_bytes(run):
    first = run("simulate", "--format", "json", "--draws", "300", "--seed", "11").out
    assert run("simulate", "--format", "json", "--draws", "300", "--seed", "11").out == first


def test_models_option_and_out_file(run, tmp_path):
    out = tmp_path / "r.json"
    result = run("simulate", "-m", "mean", "-m", "nbs", "--format", "json", "--out", str(out))
    assert result.code == 0 and result.out == ""
    assert json.loads(out.read_text())["models"] == ["mean", "nbs"]


def test_runs_a_scenario_file(run, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(
        "id: s\ntitle: S\nactors: [{id: A, name: A, kind: state, capability: 1}]\n"
        "issues: [{id: q, question: Q, anchors: {0: a, 100: b}}]\n"
        "stances: [{actor: A, issue: q, position: 30, salience: 1}]\n"
    )
    data = json.loads(run("simulate", str(path), "--format", "json", "--draws", "0").out)
    assert data["issues"][0]["forecasts"]["compromise"]["point"] == 30


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("simulate", "nowhere.yaml"), "nowhere.yaml: no such scenario file"),
        (("simulate", "syria-2041"), "did you mean 'syria-2014'"),
        (("simulate", "-m", "median"), "unknown model 'median'"),
        (("simulate", "--draws", "-5"), "--draws must be between"),
        (("simulate", "--input-format", "xml"), "unknown scenario format 'xml'"),
    ],
)
def test_bad_input_is_one_line_with_status_2(run, args, message):
    result = run(*args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_bad_scenario_file_names_file_and_line(run, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(
        "id: s\ntitle: S\nactors: [{id: A, name: A, kind: state, capability: 1}]\n"
        "issues: [{id: q, question: Q, anchors: {0: a, 100: b}}]\n"
        "stances:\n  - {actor: A, issue: q, position: 30, salience: 7}\n"
    )
    result = run("simulate", str(path))
    assert result.code == 2
    assert result.err.startswith(f"error: {path}:6: stances[0].salience")


def test_debug_shows_the_traceback(run):
    result = run("--debug", "simulate", "nowhere.yaml")
    assert result.code == 2 and "Traceback" in result.err
