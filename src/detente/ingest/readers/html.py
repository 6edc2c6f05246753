"""HTML pages: main text by trafilatura, with title, date (metadata or htmldate) and URL."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator

import trafilatura

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.sources import Input

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_html(data: bytes | str, origin: str, url: str | None = None) -> RawArticle | Problem:
    """The main text and metadata of one page, or a Problem when no article text is found."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = trafilatura.bare_extraction(
                data, url=url, with_metadata=True, include_comments=False, include_tables=False
            )
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup
        return Problem(origin, f"unreadable HTML ({type(exc).__name__})", "check the file")
    if result is None or not (result.text or "").strip():
        return Problem(
            origin, "no article text found in the HTML", "is it a news page, and complete?"
        )
    return RawArticle(
        text=result.text,
        origin=origin,
        title=result.title or None,
        date=result.date or None,
        url=result.url or url,
        source=result.sitename or result.hostname or None,
    )


def read_html_file(source: Input, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """One page as one raw article."""
    yield extract_html(source.read_all(), source.name)
