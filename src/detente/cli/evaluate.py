"""``detente eval``: accuracy of a stage on gold data, printed beside a peer where there is one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.app import OutputFormat, app, emit
from detente.evaluation.boilerplate import score_boilerplate
from detente.evaluation.coder import (
    baseline_json,
    compare_to_baseline,
    evaluate_all,
    evaluate_coder,
    headline,
    load_baseline,
)
from detente.evaluation.extraction import evaluate_folder
from detente.textfile import write_file

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


def _coder_tables(console: Console, result: dict[str, Any]) -> None:
    """Print one gold file's coder scores as tables."""
    title = f"coder on {result['gold']}"
    if result["kind"] == "plover":
        table = Table("measure", "value", title=f"{title}: PLOVER records", title_justify="left")
        table.add_row("records", str(result["records"]))
        table.add_row("event type accuracy", f"{result['event_accuracy']:.4f}")
        table.add_row("records without an event", str(result["no_event"]))
        for name, triples in result["triples"].items():
            table.add_row(
                f"triples, {name} event{'s' if name == 'all' else ''} (P / R / F1)",
                f"{triples['precision']:.4f} / {triples['recall']:.4f} / {triples['f1']:.4f}",
            )
        console.print(table)
        types = Table(title="per event type", title_justify="left")
        for column in ("type", "gold", "correct", "accuracy", "predicted", "precision"):
            types.add_column(column, justify="left" if column == "type" else "right")
        for name, row in result["per_type"].items():
            types.add_row(
                name,
                *(str(row[k]) for k in ("gold", "correct")),
                f"{row['accuracy']:.4f}",
                str(row["predicted"]),
                f"{row['precision']:.4f}",
            )
        console.print(types)
    elif result["kind"] == "quad":
        table = Table(
            title=f"{title}: five-way class, accuracy {result['accuracy']:.4f}, "
            f"macro-F1 {result['macro_f1']:.4f}",
            title_justify="left",
        )
        for column in ("class", "gold", "predicted", "precision", "recall", "F1"):
            table.add_column(column, justify="left" if column == "class" else "right")
        for name, row in result["per_class"].items():
            table.add_row(
                f"{row['label']} {name}",
                str(row["gold"]),
                str(row["predicted"]),
                *(f"{row[k]:.4f}" for k in ("precision", "recall", "f1")),
            )
        console.print(table)
        confusion = Table(title="confusion (rows gold, columns predicted)", title_justify="left")
        confusion.add_column("gold")
        for label in range(5):
            confusion.add_column(str(label), justify="right")
        for label, row in enumerate(result["confusion"]):
            confusion.add_row(str(label), *(str(n) for n in row))
        console.print(confusion)
    else:
        table = Table(title=f"{title}: actor spans", title_justify="left")
        for column in ("events", "role", "match", "predicted", "gold", "precision", "recall", "F1"):
            table.add_column(
                column, justify="left" if column in ("events", "role", "match") else "right"
            )
        for events in ("chosen", "all"):
            for role in ("source", "target"):
                for match in ("exact", "lenient"):
                    row = result[events][role][match]
                    table.add_row(
                        events,
                        role,
                        match,
                        str(row["predicted"]),
                        str(row["gold"]),
                        *(f"{row[k]:.4f}" for k in ("precision", "recall", "f1")),
                    )
        console.print(table)
        mutual = result["reciprocal"]
        console.print(
            f"  reciprocal spans found: {mutual['found_exact']} exact, "
            f"{mutual['found_lenient']} lenient of {mutual['gold']}",
            markup=False,
        )


@eval_app.command("coder")
def eval_coder(
    gold: list[Path] = typer.Argument(
        ...,
        help="PLOVER JSON Lines, ConfliBERT 'sentence<TAB>label' or CoNLL span files; "
        "a folder runs the three shared gold sets under it.",
    ),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N records."),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Headline scores to hold: exit 1 if one drops by over 0.01."
    ),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="Write the headline scores to this JSON file."
    ),
) -> None:
    """Event coder: PLOVER type accuracy and triples, five-way class F1, actor span F1."""
    held = load_baseline(baseline) if baseline is not None else None
    results = []
    for path in gold:
        if path.is_dir():
            results.extend(evaluate_all(path, limit).values())
        else:
            results.append(evaluate_coder(path, limit))
    scores = headline(results)
    drops = compare_to_baseline(scores, held) if held is not None else []
    if output is OutputFormat.json:
        data: dict[str, Any] = {"results": results, "headline": scores}
        if held is not None:
            data["drops"] = drops
        emit(json.dumps(data, indent=2, ensure_ascii=False), None)
    else:
        console = Console()
        for result in results:
            _coder_tables(console, result)
        table = Table("score", "value", title="headline", title_justify="left")
        for name, value in scores.items():
            before = held.get(name) if held is not None else None
            table.add_row(name, f"{value:.4f}" + ("" if before is None else f" ({before:.4f})"))
        console.print(table)
    if write_baseline is not None:
        write_file(write_baseline, baseline_json(scores))
    if drops:
        errors = Console(stderr=True)
        for line in drops:
            errors.print(f"score dropped: {line}", markup=False)
        raise typer.Exit(1)
