"""WARC and WARC.gz archives: every HTML response inside is one article; bad records are skipped.

A record shorter than its declared length (a truncated download) is reported rather than read as
if it were whole; so is an archive that breaks off inside a record's headers.
"""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.readers.html import extract_html
from detente.ingest.sources import Input


def _is_truncated(record: object) -> bool:
    """Whether the record's payload ended before the length its header declares."""
    remaining = getattr(getattr(record, "raw_stream", None), "limit", 0)
    return bool(remaining and remaining > 0)


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
                body = record.content_stream().read(options.max_bytes + 1)
                if len(body) > options.max_bytes:
                    yield Problem(where, "record larger than the size limit", "raise --max-size")
                    continue
                record.content_stream().read()  # drain, so a short record shows as such
                if _is_truncated(record):
                    yield Problem(where, "truncated WARC record", "the records before it were read")
                    return
                headers = record.http_headers
                content_type = headers.get_header("Content-Type") if headers else None
                if "html" not in (content_type or "").lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield extract_html(body, where, url=url)
        except Exception as exc:  # warcio signals damage with many exception types
            yield Problem(
                f"{source.name}#{number + 1}",
                f"corrupt or truncated WARC archive ({type(exc).__name__})",
                "the records before this one were read",
            )
