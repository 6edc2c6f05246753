"""Plain text: one article per file, its first line the headline when it looks like one."""

from __future__ import annotations

from collections.abc import Iterator

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.sources import Input, decode


def read_text_file(source: Input, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """The file as one raw article."""
    text, warning = decode(source.read_all(), source.name)
    notes = (warning,) if warning else ()
    yield RawArticle(text=text, origin=source.name, headline_first=True, notes=notes)
