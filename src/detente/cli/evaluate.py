"""``detente eval``: accuracy of a stage on gold data, printed beside a peer where there is one."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.app import OutputFormat, app, emit
from detente.evaluation.boilerplate import score_boilerplate
from detente.evaluation.extraction import evaluate_folder

eval_app = typer.Typer(help="Score a stage against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("ingest")
def eval_ingest(
    folders: list[Path] = typer.Argument(..., help="Folders of X.html with X.expected.txt/json."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
) -> None:
    """Main-text extraction: shingle F1 against expected text, must/must-not snippets."""
    results = [evaluate_folder(folder) for folder in folders]
    if output is OutputFormat.json:
        emit(json.dumps(results, indent=2, ensure_ascii=False), None)
        return
    console = Console()
    for result in results:
        table = Table(title=str(result["folder"]), title_justify="left")
        for column in ("extractor", "pages", "precision", "recall", "F1", "mean page F1"):
            table.add_column(column, justify="left" if column == "extractor" else "right")
        table.add_column("snippets missing / remaining", justify="right")
        for name in ("detente", "trafilatura"):
            scores = result[name]
            text = scores.get("text", {})
            snippets = scores.get("snippets")
            table.add_row(
                name,
                str(text.get("pages", snippets["pages"] if snippets else 0)),
                *(
                    f"{text[k]:.4f}" if k in text else "—"
                    for k in ("precision", "recall", "f1", "mean_page_f1")
                ),
                f"{len(snippets['missing_with'])} / {len(snippets['remaining_without'])}"
                if snippets
                else "—",
            )
        console.print(table)
        for line in result["detente"].get("snippets", {}).get("missing_with", []):
            console.print(f"  detente missing: {line}", markup=False)
        for line in result["detente"].get("snippets", {}).get("remaining_without", []):
            console.print(f"  detente kept boilerplate: {line}", markup=False)


@eval_app.command("boilerplate")
def eval_boilerplate(
    labels: Path = typer.Argument(..., help="Line-labelled check set (JSON Lines)."),
    root: Path = typer.Option(Path("../shared/data"), help="Folder the labelled paths start in."),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
    show_failures: bool = typer.Option(False, "--failures", help="List every miss."),
) -> None:
    """Text cleaning: boilerplate lines removed, genuine sentences kept, captions, datelines."""
    score = score_boilerplate(labels, root).as_dict()
    failures = score.pop("failures")
    if output is OutputFormat.json:
        emit(json.dumps({**score, "failures": failures}, indent=2, ensure_ascii=False), None)
        return
    console = Console()
    table = Table("measure", "value", title=f"cleaning on {labels}", title_justify="left")
    for key, value in score.items():
        table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    console.print(table)
    if show_failures:
        for line in failures:  # type: ignore[union-attr]
            console.print(f"  {line}", markup=False)
