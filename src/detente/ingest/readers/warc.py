"""WARC and WARC.gz archives: every HTML response inside is one article; bad records are skipped."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.readers.html import extract_html
from detente.ingest.sources import Input


def read_warc_file(source: Input, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """HTML responses of the archive, each extracted like an HTML page."""
    number = 0
    with source.open() as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                number += 1
                where = f"{source.name}#{number}"
                content_type = (
                    record.http_headers.get_header("Content-Type") if record.http_headers else ""
                )
                if "html" not in (content_type or "").lower():
                    continue
                try:
                    body = record.content_stream().read(options.max_bytes + 1)
                except Exception as exc:  # decompression and chunking errors vary by library
                    yield Problem(where, f"unreadable record ({type(exc).__name__})")
                    continue
                if len(body) > options.max_bytes:
                    yield Problem(where, "record larger than the size limit", "raise --max-size")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield extract_html(body, where, url=url)
        except ArchiveLoadFailed as exc:
            yield Problem(f"{source.name}#{number + 1}", f"corrupt WARC record: {exc}".strip())
        except (EOFError, OSError, ValueError) as exc:
            yield Problem(
                f"{source.name}#{number + 1}",
                f"truncated WARC archive ({type(exc).__name__})",
                "the records before this one were read",
            )
