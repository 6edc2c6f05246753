"""Write documents as JSON Lines, CSV or Parquet, streaming: rows go out as they come in."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from detente.errors import DetenteError, UnknownNameError, suggest
from detente.ingest.document import Document

_COLUMNS = (
    "id", "title", "date", "dateline", "source", "url", "language", "reader", "origin", "text",
    "paragraphs", "captions", "notes",
)  # fmt: skip
_PARQUET_BATCH = 500

DocumentWriter = Callable[[Iterable[Document], Path | None], int]


def _open(out: Path | None) -> IO[str]:
    if out is None:
        return sys.stdout
    try:
        return out.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise DetenteError(f"cannot write: {exc.strerror}", where=str(out)) from exc


def write_jsonl(documents: Iterable[Document], out: Path | None) -> int:
    """One JSON object per line; returns the number written."""
    stream = _open(out)
    count = 0
    try:
        for document in documents:
            stream.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    finally:
        if out is not None:
            stream.close()
    return count


def write_csv(documents: Iterable[Document], out: Path | None) -> int:
    """One row per document; list fields are JSON-encoded in their cells."""
    stream = _open(out)
    count = 0
    try:
        writer = csv.DictWriter(stream, fieldnames=_COLUMNS)
        writer.writeheader()
        for document in documents:
            writer.writerow(_flat(document.to_dict()))
            count += 1
    finally:
        if out is not None:
            stream.close()
    return count


def write_parquet(documents: Iterable[Document], out: Path | None) -> int:
    """A Parquet table written in batches, list fields as lists of strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None:
        raise DetenteError(
            "Parquet is binary and cannot go to standard output", hint="add --out FILE.parquet"
        )
    text, texts = pa.string(), pa.list_(pa.string())
    schema = pa.schema(
        [
            (name, texts if name in ("paragraphs", "captions", "notes") else text)
            for name in _COLUMNS
        ]
    )
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(out), schema) as writer:
        for document in documents:
            row = document.to_dict()
            batch.append({name: row[name] for name in _COLUMNS})
            count += 1
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {
        name: json.dumps(row[name], ensure_ascii=False)
        if isinstance(row[name], list)
        else row[name]
        for name in _COLUMNS
    }


WRITERS: dict[str, DocumentWriter] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
}


def get_writer(name: str) -> DocumentWriter:
    """The writer registered under ``name``."""
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown output format '{name}'", hint=suggest(name, list(WRITERS))
        ) from None
