"""What a reader hands on: the raw article text and whatever metadata its format carried."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from detente.ingest.problems import Problem
from detente.ingest.sources import Input


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article before cleaning."""

    text: str
    origin: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    source_id: str | None = None
    headline_first: bool = False  # the text's first line may be its headline
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Names of the JSON Lines fields that hold each part of an article."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    source: str = "source"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Settings every reader honours."""

    max_bytes: int
    fields: FieldNames = field(default_factory=FieldNames)


Reader = Callable[[Input, ReadOptions], Iterator[RawArticle | Problem]]
