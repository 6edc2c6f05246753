"""``detente analyze``: the built-in brief, the report formats, saving the scenario, bad input."""

from __future__ import annotations

import json

import pytest

from detente.scenario import load_scenario


def test_no_input_runs_the_sample_brief(run):
    result = run("analyze", "--draws", "20")
    assert result.code == 0, result.err
    assert ("USA–RUS" in result.out or "RUS–USA" in result.out) and "unlikely" in result.out


def test_json_report_has_the_documented_shape(run):
    result = run("analyze", "--draws", "20", "--format", "json")
    data = json.loads(result.out)
    assert set(data) >= {"documents", "actors", "relations", "issues", "cooperation", "scenario"}
    assert {"id", "code", "sector", "name", "mentions"} <= set(data["actors"][0])
    assert {"a", "b", "kind", "affinity", "trust", "evidence"} <= set(data["relations"][0])
    issue = data["issues"][0]
    assert {"id", "question", "poles", "stances", "forecasts"} <= set(issue)
    assert {"eum", "compromise"} <= set(issue["forecasts"])
    verdict = data["cooperation"][0]
    assert {"a", "b", "on", "probability", "verdict", "why", "evidence"} <= set(verdict)
    assert verdict["evidence"]


def test_the_saved_scenario_runs_with_simulate(run, tmp_path):
    saved = tmp_path / "draft.yaml"
    result = run("analyze", "--draws", "20", "--save-scenario", str(saved), "--out",
                 str(tmp_path / "report.txt"))  # fmt: skip
    assert result.code == 0, result.err
    scenario = load_scenario(saved)
    assert {"USA", "RUS"} <= {a.id for a in scenario.actors}
    again = run("simulate", str(saved), "--draws", "20")
    assert again.code == 0 and "unlikely" in again.out


def test_an_article_without_actors_is_nothing_to_model_and_not_an_error(run, tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Weather\n\nIt rained all day and the river rose.\n", encoding="utf-8")
    result = run("analyze", str(path))
    assert result.code == 0
    assert "nothing to model" in result.out
    data = json.loads(run("analyze", str(path), "--format", "json").out)
    assert data["nothing_to_model"] and data["issues"] == [] and data["scenario"] is None


def test_a_missing_file_is_one_line_and_status_2(run, tmp_path):
    result = run("analyze", str(tmp_path / "absent.txt"))
    assert result.code == 2
    assert result.err.count("\n") <= 2 and "Traceback" not in result.err


def test_one_bad_input_is_reported_and_the_rest_analysed(run, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    result = run("analyze", str(binary), str(tmp_path / "absent.txt"), "--draws", "10")
    assert result.code == 2 and "Traceback" not in result.err


def test_a_bad_scenario_name_or_draw_count_is_refused(run, tmp_path):
    assert run("analyze", "--save-scenario", str(tmp_path / "draft.txt")).code == 2
    assert run("analyze", "--draws", "-1").code == 2
    assert run("analyze", "--max-size", "0").code == 2


def test_brackets_in_the_text_are_printed_not_read_as_markup(run, tmp_path):
    path = tmp_path / "brackets.txt"
    path.write_text(
        "Talks [/b] resume\n\nRussia accused Ukraine of shelling. Ukraine denied it [/i].\n",
        encoding="utf-8",
    )
    result = run("analyze", str(path), "--draws", "10")
    assert result.code == 0, result.err
    assert "[/b]" in result.out


@pytest.mark.parametrize("command", ["analyze", "simulate"])
def test_a_table_written_to_a_file_is_not_also_printed(run, tmp_path, command):
    out = tmp_path / "report.txt"
    result = run(command, "--draws", "10", "--out", str(out))
    assert result.code == 0, result.err
    assert result.out == ""
    assert "unlikely" in out.read_text(encoding="utf-8")
