"""Write documents as JSON Lines, CSV or Parquet (see ``detente.tables``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from detente import tables
from detente.ingest.document import Document

DOCUMENT_COLUMNS = tables.columns(
    (
        "id", "title", "date", "dateline", "source", "url", "language", "reader", "origin",
        "source_id", "text", "paragraphs", "captions", "notes",
    ),
    string_lists=("paragraphs", "captions", "notes"),
)  # fmt: skip

DocumentWriter = Callable[[Iterable[Document], Path | None], int]


def _writer(fmt: str) -> DocumentWriter:
    table_writer = tables.get_writer(fmt)

    def write(documents: Iterable[Document], out: Path | None) -> int:
        return table_writer((d.to_dict() for d in documents), out, DOCUMENT_COLUMNS)

    return write


write_jsonl = _writer("jsonl")
write_csv = _writer("csv")
write_parquet = _writer("parquet")
WRITERS: dict[str, DocumentWriter] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
}


def get_writer(name: str) -> DocumentWriter:
    """The document writer for a table format (an unknown name raises UnknownNameError)."""
    tables.get_writer(name)
    return WRITERS[name]
