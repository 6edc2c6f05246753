"""The Document record every later stage reads: clean paragraphs plus what is known about them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned article. ``date`` is ISO 8601 or None — never guessed."""

    id: str
    title: str | None
    date: str | None
    dateline: str | None
    source: str | None
    url: str | None
    language: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    reader: str = ""
    origin: str = ""  # file path, with ":line" or "#record" inside a multi-article file
    source_id: str | None = None  # the id the input itself gave the article, if any
    notes: tuple[str, ...] = field(default=())  # non-fatal remarks, e.g. invalid UTF-8 replaced

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON Lines, CSV and Parquet (lists instead of tuples, text included)."""
        data = asdict(self)
        data["paragraphs"] = list(self.paragraphs)
        data["captions"] = list(self.captions)
        data["notes"] = list(self.notes)
        data["text"] = self.text
        return data


def normalise(text: str) -> str:
    """Text reduced to what identifies an article: NFKC, case-folded, single-spaced."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def document_id(title: str | None, paragraphs: tuple[str, ...]) -> str:
    """A stable id from the normalised body, so the same article read twice gets the same id."""
    body = normalise(" ".join(paragraphs)) or normalise(title or "")
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
