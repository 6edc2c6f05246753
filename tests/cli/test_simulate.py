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
    # every model, the dynamic ones and the cooperation verdicts included
    first = run("simulate", "--format", "json", "--draws", "60", "--seed", "11").out
    assert run("simulate", "--format", "json", "--draws", "60", "--seed", "11").out == first


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


ONE_ISSUE = (
    "id: s\ntitle: S\nactors: [{id: A, name: A, kind: state, capability: 1},"
    " {id: B, name: B, kind: state, capability: 2}]\n"
    "issues: [{id: q, question: Q, anchors: {0: a, 100: b}}]\n"
    "stances: [{actor: A, issue: q, position: 30, salience: 1},"
    " {actor: B, issue: q, position: 70, salience: 0.5}]\n"
)


def test_models_that_cannot_run_are_skipped_with_one_warning(run, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(ONE_ISSUE)
    result = run("simulate", str(path), "--format", "json", "--draws", "10")
    assert result.code == 0
    assert result.err == (
        "warning: exchange skipped: it needs at least 2 issues, and there is 1 issue\n"
    )
    data = json.loads(result.out)
    assert "exchange" not in data["models"] and "eum" in data["models"]
    assert data["skipped"] == {"exchange": "it needs at least 2 issues, and there is 1 issue"}


def test_asking_for_a_model_that_cannot_run_is_an_error(run, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(ONE_ISSUE)
    result = run("simulate", str(path), "-m", "exchange")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "error: model 'exchange' cannot run on scenario 's': it needs at least 2 issues" in (
        result.err
    )


def test_dynamic_models_show_their_rounds_and_the_cooperation_verdicts(run):
    result = run("simulate", "-m", "eum", "-m", "exchange", "--draws", "20")
    assert result.code == 0
    for text in (
        "eum · strike-authorisation: positions by round",
        "exchange · rebel-arms: positions by round",
        "eum: rounds (unperturbed run)",
        "exchange: rounds (unperturbed run)",
        "cooperation against a common enemy",
        "USA–RUS",
    ):
        assert text in result.out
    # the exchange model plays its 10 rounds without settling: one warning line, last state used
    assert result.err.count("warning: exchange did not settle within its round limit") == 1


def test_json_trajectories_round_accounts_and_cooperation(run):
    result = run("simulate", "-m", "eum", "-m", "exchange", "-f", "json", "--draws", "20")
    data = json.loads(result.out)
    assert data["issues"][1]["forecasts"]["eum"]["trajectory"][0]["RUS"] == 0
    assert set(data["dynamics"]) == {"eum", "exchange"}
    assert data["dynamics"]["exchange"]["rounds"][0]["exchanges"]
    [pair] = [c for c in data["cooperation"] if {c["a"], c["b"]} == {"USA", "RUS"}]
    assert pair["verdict"] == "unlikely" and pair["on"] == "russia-role"
    assert any("exchange did not settle" in w for w in data["warnings"])


def test_plot_writes_an_image(run, tmp_path):
    path = tmp_path / "p.png"
    result = run("simulate", "-m", "eum", "--draws", "0", "--plot", str(path), "-f", "json")
    assert result.code == 0 and path.stat().st_size > 1000
    assert json.loads(result.out)["models"] == ["eum"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--plot", "{tmp}/missing/p.png"), "cannot write the plot: no such folder"),
        (("--plot", "{tmp}/p.gif"), "must end in .png, .svg or .pdf"),
        (("--plot", "{tmp}/p.png", "-m", "mean"), "none of the models asked for is dynamic"),
    ],
)
def test_bad_plot_requests_are_one_line_errors(run, tmp_path, args, message):
    result = run("simulate", "--draws", "0", *(a.format(tmp=tmp_path) for a in args))
    assert result.code == 2 and result.out == ""
    assert message in result.err and len(result.err.strip().splitlines()) == 1
