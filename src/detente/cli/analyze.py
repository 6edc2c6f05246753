"""``detente analyze``: articles in; the system they describe, its forecast and evidence out."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from detente.analyze import analyze, brief_path
from detente.cli.app import app, console_for, emit
from detente.cli.batch import max_input_bytes, problem_printer
from detente.coder.inputs import read_documents
from detente.errors import DetenteError
from detente.ingest import Tally
from detente.ingest.sources import DEFAULT_MAX_BYTES
from detente.report.analysis import analysis_to_dict, render_analysis
from detente.scenario import save_scenario


class ReportFormat(StrEnum):
    """How ``analyze`` writes its report."""

    table = "table"
    json = "json"
    html = "html"


@app.command("analyze")
def analyze_command(
    paths: list[str] = typer.Argument(
        None, help="Articles (text, HTML, JSON Lines, WARC, directories, -); default: a sample."
    ),
    output: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    save: Path | None = typer.Option(
        None, "--save-scenario", help="Also write the drafted scenario (.yaml or .json)."
    ),
    seed: int = typer.Option(0, help="Seed for the Monte Carlo draws."),
    draws: int = typer.Option(1000, help="Monte Carlo draws over the drafted uncertainty."),
    model: list[str] = typer.Option(
        [], "--model", "-m", help="Model to run (repeatable); default: every registered model."
    ),
    input_format: str | None = typer.Option(
        None, "--input-format", help="Force the reader: text, html, jsonl or warc."
    ),
    max_size: float = typer.Option(
        DEFAULT_MAX_BYTES / 1e6, "--max-size", help="Largest single input, in MB."
    ),
) -> None:
    """Read articles, draft the system they describe, forecast it and cite the evidence.

    With no input, runs the sample brief bundled with detente.
    """
    max_bytes = max_input_bytes(max_size)
    if draws < 0:
        raise DetenteError(f"--draws must be 0 or more, not {draws}")
    if save is not None and save.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise DetenteError(
            f"cannot tell the scenario format from '{save.name}'",
            hint="end the --save-scenario file name in .yaml or .json",
        )
    errors = Console(stderr=True, highlight=False)
    tally = Tally()
    documents = list(
        read_documents(
            list(paths or [str(brief_path())]),
            fmt=input_format,
            max_bytes=max_bytes,
            tally=tally,
            on_problem=problem_printer(errors),
        )
    )
    if not documents:
        raise DetenteError(
            "no article could be read from the input", hint="see the lines above for each input"
        )
    result = analyze(documents, draws=draws, seed=seed, models=model or None)
    for problem in result.problems:
        errors.print(f"warning: {problem}", markup=False, soft_wrap=True)
    if result.simulation is not None:
        for warning in result.simulation.warnings:
            errors.print(f"warning: {warning}", markup=False, soft_wrap=True)
    if save is not None:
        if result.draft.scenario is None:
            errors.print(f"no scenario saved: {result.draft.empty_reason}", markup=False)
        else:
            save_scenario(result.draft.scenario, save)
    if output is ReportFormat.json:
        emit(json.dumps(analysis_to_dict(result), indent=2, ensure_ascii=False), out)
    elif output is ReportFormat.html:
        from detente.report.analysis_html import analysis_html

        emit(analysis_html(result), out)
    else:
        console = console_for(out)
        render_analysis(result, console)
        if out is not None:
            emit(console.export_text(), out)
    if tally.failed:
        sys.exit(1)
