"""What ``detente code`` reads: anything ``detente ingest`` reads, or ingest's own JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from detente.ingest import Document, FieldNames, Problem, Tally, ingest
from detente.ingest.document import document_id
from detente.ingest.sources import DEFAULT_MAX_BYTES, expand


def _is_ingested(path: str) -> bool:
    """Whether a file is JSON Lines written by ``detente ingest`` (records with paragraphs)."""
    if not path.endswith((".jsonl", ".ndjson")) or not Path(path).is_file():
        return False
    with Path(path).open(encoding="utf-8", errors="replace") as stream:
        for line in stream:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(record, dict) and isinstance(record.get("paragraphs"), list)
    return False


def _text(value: object) -> str | None:
    """A record's field as text: None stays None, numbers and the like become strings."""
    return None if value is None or value == "" else str(value)


def _read_ingested(
    path: str, tally: Tally, report: Callable[[Problem], None]
) -> Iterator[Document]:
    with Path(path).open(encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("paragraphs"), list):
                    raise ValueError("not an object with a list of paragraphs")
                paragraphs = tuple(
                    p for p in record["paragraphs"] if isinstance(p, str) and p.strip()
                )
                if not paragraphs:
                    raise ValueError("no paragraphs")
                title = _text(record.get("title"))
                document = Document(
                    id=_text(record.get("id")) or document_id(title, paragraphs),
                    title=title,
                    date=_text(record.get("date")),
                    dateline=_text(record.get("dateline")),
                    source=_text(record.get("source")),
                    url=_text(record.get("url")),
                    language=_text(record.get("language")),
                    paragraphs=paragraphs,
                    reader=_text(record.get("reader")) or "",
                    origin=_text(record.get("origin")) or where,
                    source_id=_text(record.get("source_id")),
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                tally.failed += 1
                report(Problem(where, f"not a document record ({exc})", "fix or remove the line"))
                continue
            tally.documents += 1
            yield document


def read_documents(
    paths: list[str],
    *,
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: FieldNames | None = None,
    tally: Tally,
    on_problem: Callable[[Problem], None],
    on_input: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Documents from every input; ingest's JSON Lines are taken as they are, the rest ingested."""
    names = list(expand(paths))
    raw = [n for n in names if fmt is not None or not _is_ingested(n)]
    for name in names:
        if name in raw:
            continue
        tally.inputs += 1
        if on_input is not None:
            on_input(name)
        yield from _read_ingested(name, tally, on_problem)
    if raw:
        yield from ingest(
            raw,
            fmt=fmt,
            max_bytes=max_bytes,
            fields=fields,
            tally=tally,
            on_problem=on_problem,
            on_input=on_input,
        )
