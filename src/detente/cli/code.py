"""``detente code``: articles in, PLOVER events out, one per line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from detente import tables
from detente.cli.app import app
from detente.cli.batch import max_input_bytes, problem_printer
from detente.cli.ingest import TableFormat
from detente.coder import CoderTally, Mention, code
from detente.coder.inputs import read_documents
from detente.errors import DetenteError
from detente.ingest import FieldNames, Tally
from detente.ingest.sources import DEFAULT_MAX_BYTES, expand

EVENT_COLUMNS = tables.columns(
    (
        "id", "doc_id", "sentence", "date", "event", "mode", "context", "quad_code",
        "intensity", "cameo", "actor", "recipient", "negated", "modality", "attribution",
        "event_text", "span", "text",
    )
)  # fmt: skip


@app.command("code")
def code_command(
    paths: list[str] = typer.Argument(
        ..., help="Articles as ingest reads them, ingest's JSON Lines, or - for stdin."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    output: TableFormat = typer.Option(TableFormat.jsonl, "--format", "-f", help="Output table."),
    mentions: Path | None = typer.Option(
        None, "--mentions", help="Also write every actor mention to this JSON Lines file."
    ),
    input_format: str | None = typer.Option(
        None, "--input-format", help="Force the reader: text, html, jsonl or warc."
    ),
    max_size: float = typer.Option(
        DEFAULT_MAX_BYTES / 1e6, "--max-size", help="Largest single input, in MB."
    ),
    text_field: str = typer.Option("text", help="JSON Lines field holding the text."),
    date_field: str = typer.Option("date", help="JSON Lines field holding the date."),
) -> None:
    """Code events: who did what to whom, with negation, modality, attribution and evidence."""
    max_bytes = max_input_bytes(max_size)
    writer = tables.get_writer(output.value)
    names = list(expand(paths))
    errors = Console(stderr=True, highlight=False)
    tally, coded = Tally(), CoderTally()
    show = problem_printer(errors)

    mention_stream = None
    if mentions is not None:
        try:
            mention_stream = mentions.open("w", encoding="utf-8")
        except OSError as exc:
            raise DetenteError(f"cannot write: {exc.strerror}", where=str(mentions)) from exc

    def write_mention(mention: Mention) -> None:
        assert mention_stream is not None
        mention_stream.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")

    fields = FieldNames(text=text_field, date=date_field)
    bar_off = not errors.is_terminal or len(names) < 2
    try:
        with Progress(console=errors, transient=True, disable=bar_off) as bar:
            task = bar.add_task("coding", total=len(names))
            documents = read_documents(
                names,
                fmt=input_format,
                max_bytes=max_bytes,
                fields=fields,
                tally=tally,
                on_problem=show,
                on_input=lambda _: bar.advance(task),
            )
            events = code(
                documents,
                on_mention=write_mention if mention_stream else None,
                on_problem=show,
                tally=coded,
            )
            writer((e.to_dict() for e in events), out, EVENT_COLUMNS)
    finally:
        if mention_stream is not None:
            mention_stream.close()
    errors.print(
        f"read {tally.inputs} input(s): coded {coded.documents} document(s), "
        f"{coded.sentences} sentence(s) ({coded.parsed} parsed), {coded.events} event(s); "
        f"{coded.skipped} skipped, {tally.failed} failed",
        highlight=False,
        soft_wrap=True,
    )
    if coded.documents == 0:
        sys.exit(2)
    if tally.failed:
        sys.exit(1)
