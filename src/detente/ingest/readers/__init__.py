"""Registry of input readers, keyed by format, chosen by extension or by sniffing the content."""

from __future__ import annotations

import re
import zlib

from detente.errors import UnknownNameError, suggest
from detente.ingest.readers.base import FieldNames, RawArticle, Reader, ReadOptions
from detente.ingest.readers.html import read_html_file
from detente.ingest.readers.jsonl import read_jsonl_file
from detente.ingest.readers.text import read_text_file
from detente.ingest.readers.warc import read_warc_file
from detente.ingest.sources import GZIP_MAGIC, Input

READERS: dict[str, Reader] = {
    "text": read_text_file,
    "html": read_html_file,
    "jsonl": read_jsonl_file,
    "warc": read_warc_file,
}

_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
}
_HTML = re.compile(rb"<(!doctype html|html|head|body|meta|div|p)[\s>]", re.IGNORECASE)

__all__ = ["READERS", "FieldNames", "RawArticle", "ReadOptions", "Reader", "choose_reader"]


def get_reader(name: str) -> Reader:
    """The reader registered under ``name``."""
    try:
        return READERS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown input format '{name}'", hint=suggest(name, list(READERS))
        ) from None


def choose_reader(source: Input) -> str:
    """The format of an input: from its extension, else from its first bytes."""
    name = source.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, fmt in _SUFFIXES.items():
        if name.endswith(suffix):
            return fmt
    return sniff(source.head)


def sniff(head: bytes) -> str:
    """Guess a format from the first bytes of an input."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 65536)
        except zlib.error:
            return "text"
    stripped = head.lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML.search(stripped[:4096]):
        return "html"
    return "text"
