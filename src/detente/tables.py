"""Write records as JSON Lines, CSV or Parquet, streaming: rows go out as they come in.

Nested values (lists of actors, spans) stay nested in JSON Lines; CSV cells and Parquet columns
hold them JSON-encoded, except declared lists of strings, which Parquet keeps as list columns.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from detente.errors import DetenteError, UnknownNameError, suggest

FORMATS = ("jsonl", "csv", "parquet")
_PARQUET_BATCH = 500


@dataclass(frozen=True, slots=True)
class Columns:
    """The columns of a table and which of them are lists of strings."""

    names: tuple[str, ...]
    string_lists: frozenset[str] = frozenset()


def _open(out: Path | None) -> IO[str]:
    if out is None:
        return sys.stdout
    try:
        return out.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise DetenteError(f"cannot write: {exc.strerror}", where=str(out)) from exc


def _cell(value: object) -> object:
    return (
        json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict | tuple) else value
    )


def write_jsonl(rows: Iterable[dict[str, Any]], out: Path | None, columns: Columns) -> int:
    """One JSON object per line; returns the number written."""
    stream = _open(out)
    count = 0
    try:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if out is not None:
            stream.close()
    return count


def write_csv(rows: Iterable[dict[str, Any]], out: Path | None, columns: Columns) -> int:
    """One row per record; nested values JSON-encoded in their cells."""
    stream = _open(out)
    count = 0
    try:
        writer = csv.DictWriter(stream, fieldnames=columns.names, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: _cell(row.get(name)) for name in columns.names})
            count += 1
    finally:
        if out is not None:
            stream.close()
    return count


def write_parquet(rows: Iterable[dict[str, Any]], out: Path | None, columns: Columns) -> int:
    """A Parquet table written in batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None:
        raise DetenteError(
            "Parquet is binary and cannot go to standard output", hint="add --out FILE.parquet"
        )
    schema = pa.schema(
        [
            (name, pa.list_(pa.string()) if name in columns.string_lists else pa.string())
            for name in columns.names
        ]
    )

    def convert(row: dict[str, Any]) -> dict[str, Any]:
        return {
            name: row.get(name)
            if name in columns.string_lists
            else (None if row.get(name) is None else str(_cell(row.get(name))))
            for name in columns.names
        }

    count = 0
    batch: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(str(out), schema) as writer:
            for row in rows:
                batch.append(convert(row))
                count += 1
                if len(batch) >= _PARQUET_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    except OSError as exc:
        raise DetenteError(f"cannot write: {exc}", where=str(out)) from exc
    return count


Writer = Callable[[Iterable[dict[str, Any]], Path | None, Columns], int]
WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def get_writer(name: str) -> Writer:
    """The table writer registered under ``name``."""
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown output format '{name}'", hint=suggest(name, list(WRITERS))
        ) from None


def columns(names: Sequence[str], string_lists: Iterable[str] = ()) -> Columns:
    """A column spec."""
    return Columns(tuple(names), frozenset(string_lists))
