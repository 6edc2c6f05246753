"""HTML pages: main text by trafilatura, with title, date (htmldate) and URL from the page's head.

The page is parsed once; its metadata is read from the tree before trafilatura (which prunes
the tree) extracts the main text. Reading only the metadata detente keeps is much cheaper than
trafilatura's full metadata pass.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from urllib.parse import urlparse

import htmldate
import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.sources import Input

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _meta(tree: HtmlElement, *names: str) -> str | None:
    for name in names:
        for value in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
            if str(value).strip():
                return " ".join(str(value).split())
    return None


def page_metadata(tree: HtmlElement, url: str | None) -> dict[str, str | None]:
    """Title, publication date, canonical URL and site name of a parsed page."""
    title = _meta(tree, "og:title", "twitter:title")
    if title is None:
        found = tree.xpath("//title/text()") or tree.xpath("//h1//text()")
        title = " ".join(str(found[0]).split()) if found else None
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    page_url = url or _meta(tree, "og:url") or (str(canonical[0]) if canonical else None)
    site = _meta(tree, "og:site_name", "application-name")
    if site is None and page_url:
        site = urlparse(page_url).hostname
    try:
        date = htmldate.find_date(tree, url=page_url, extensive_search=False, original_date=True)
    except Exception:  # htmldate gives up on odd markup in many ways; the date stays unknown
        date = None
    return {"title": title or None, "date": date, "url": page_url, "source": site}


def extract_html(data: bytes | str, origin: str, url: str | None = None) -> RawArticle | Problem:
    """The main text and metadata of one page, or a Problem when no article text is found."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = load_html(data)
            if tree is None:
                return Problem(origin, "not parseable as HTML", "is the file complete?")
            meta = page_metadata(tree, url)
            result = trafilatura.bare_extraction(
                tree, url=url, include_comments=False, include_tables=False
            )
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup
        return Problem(origin, f"unreadable HTML ({type(exc).__name__})", "check the file")
    if result is None or not (result.text or "").strip():
        return Problem(
            origin, "no article text found in the HTML", "is it a news page, and complete?"
        )
    return RawArticle(text=result.text, origin=origin, **meta)


def read_html_file(source: Input, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """One page as one raw article."""
    yield extract_html(source.read_all(), source.name)
