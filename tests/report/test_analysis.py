"""The analysis report: the JSON contract and the terminal view, on the sample brief."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from detente.analyze import Analysis, analyze, brief_path
from detente.ingest import read
from detente.report.analysis import analysis_to_dict, render_analysis


@pytest.fixture(scope="module")
def brief() -> Analysis:
    return analyze(list(read([str(brief_path())])), draws=20, seed=0)


def test_every_stance_and_relation_cites_a_sentence(brief):
    data = analysis_to_dict(brief)
    assert data["nothing_to_model"] is None
    for issue in data["issues"]:
        for stance in issue["stances"]:
            assert stance["evidence"] and stance["evidence"][0]["text"]
    for relation in data["relations"]:
        assert relation["evidence"]
    json.dumps(data)  # plain data throughout


def test_the_same_seed_gives_the_same_report(brief):
    again = analyze(list(read([str(brief_path())])), draws=20, seed=0)
    first, second = analysis_to_dict(brief), analysis_to_dict(again)
    first.pop("timings"), second.pop("timings")
    assert first == second


def test_the_terminal_view_shows_issues_forecasts_and_the_verdict(brief):
    console = Console(record=True, width=140, file=io.StringIO())
    render_analysis(brief, console)
    text = console.export_text()
    assert "syr-future" in text and "forecast (80 % interval)" in text
    assert "unlikely" in text and "what would change it" in text
