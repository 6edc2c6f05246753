"""``detente ingest``: articles in, clean documents out, one line each."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from detente.cli.app import app
from detente.cli.batch import max_input_bytes, problem_printer
from detente.ingest import FieldNames, Tally, ingest
from detente.ingest.sources import DEFAULT_MAX_BYTES, expand
from detente.ingest.writers import get_writer


class TableFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, directories (walked) or - for stdin."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    output: TableFormat = typer.Option(TableFormat.jsonl, "--format", "-f", help="Output table."),
    input_format: str | None = typer.Option(
        None, "--input-format", help="Force the reader: text, html, jsonl or warc."
    ),
    max_size: float = typer.Option(
        DEFAULT_MAX_BYTES / 1e6, "--max-size", help="Largest single input, in MB."
    ),
    text_field: str = typer.Option("text", help="JSON Lines field holding the text."),
    id_field: str = typer.Option("id", help="JSON Lines field holding the id."),
    title_field: str = typer.Option("title", help="JSON Lines field holding the title."),
    date_field: str = typer.Option("date", help="JSON Lines field holding the date."),
    url_field: str = typer.Option("url", help="JSON Lines field holding the URL."),
    source_field: str = typer.Option("source", help="JSON Lines field holding the source."),
    keep_duplicates: bool = typer.Option(False, help="Write an article again when seen twice."),
) -> None:
    """Read articles and write clean documents; exit 1 if some inputs failed, 2 if all did."""
    max_bytes = max_input_bytes(max_size)
    writer = get_writer(output.value)
    names = list(expand(paths))
    errors = Console(stderr=True, highlight=False)
    tally = Tally()
    fields = FieldNames(text_field, id_field, title_field, date_field, url_field, source_field)
    show = problem_printer(errors)

    with Progress(
        console=errors, transient=True, disable=not errors.is_terminal or len(names) < 2
    ) as bar:
        task = bar.add_task("reading", total=len(names))
        documents = ingest(
            names,
            fmt=input_format,
            max_bytes=max_bytes,
            fields=fields,
            dedupe=not keep_duplicates,
            tally=tally,
            on_problem=show,
            on_input=lambda _: bar.advance(task),
        )
        writer(documents, out)
    errors.print(
        f"read {tally.inputs} input(s): wrote {tally.documents} document(s), "
        f"skipped {tally.duplicates} duplicate(s), {tally.failed} failed"
        + (f", {tally.warnings} warning(s)" if tally.warnings else ""),
        highlight=False,
        soft_wrap=True,
    )
    if tally.documents == 0:
        sys.exit(2)
    if tally.failed:
        sys.exit(1)
