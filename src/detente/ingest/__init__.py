"""Ingest: news articles from text, HTML, JSON Lines and WARC into clean Documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.ingest.clean import Cleaned, clean_text
from detente.ingest.document import Document
from detente.ingest.pipeline import Tally, ingest
from detente.ingest.problems import Problem
from detente.ingest.readers import READERS, FieldNames
from detente.ingest.sources import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "Cleaned",
    "Document",
    "FieldNames",
    "Problem",
    "Tally",
    "clean_text",
    "ingest",
    "read",
]


def read(paths: Iterable[str] | str, **options: object) -> Iterator[Document]:
    """Stream clean documents from files, directories or "-" (standard input).

    Unreadable inputs are logged on the ``detente.ingest`` logger and skipped; use ``ingest`` with
    a ``Tally`` or ``on_problem`` callback to collect them instead.
    """
    return ingest([paths] if isinstance(paths, str) else paths, **options)  # type: ignore[arg-type]
