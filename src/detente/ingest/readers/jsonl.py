"""JSON Lines: one article per line, read as a stream; a broken line is reported and skipped."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import BinaryIO

from detente.ingest.problems import Problem
from detente.ingest.readers.base import RawArticle, ReadOptions
from detente.ingest.sources import GZIP_MAGIC, Input


def _lines(source: Input, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None stands for a line over the limit, skipped without being held."""
    stream: BinaryIO = source.open()
    if source.head.startswith(GZIP_MAGIC):
        stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    with stream:
        number = 0
        while True:
            line = stream.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
            else:
                yield number, line


def read_jsonl_file(source: Input, options: ReadOptions) -> Iterator[RawArticle | Problem]:
    """Each line as one raw article; field names come from the options."""
    names = options.fields
    try:
        for number, raw in _lines(source, options.max_bytes):
            where = f"{source.name}:{number}"
            if raw is None:
                yield Problem(where, "line larger than the size limit", "raise --max-size")
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8", errors="replace"))
            except json.JSONDecodeError as exc:
                yield Problem(where, f"malformed JSON ({exc.msg})", "fix or remove the line")
                continue
            if not isinstance(record, dict):
                yield Problem(where, "a line must hold a JSON object", "one article per line")
                continue
            text = record.get(names.text)
            if not isinstance(text, str) or not text.strip():
                yield Problem(
                    where,
                    f"no text in field '{names.text}'",
                    "name the text field with --text-field",
                )
                continue

            def field(name: str, record: dict[str, object] = record) -> str | None:
                value = record.get(name)
                return str(value) if value not in (None, "") else None

            yield RawArticle(
                text=text,
                origin=where,
                title=field(names.title),
                date=field(names.date),
                url=field(names.url),
                source=field(names.source),
                source_id=field(names.id),
                headline_first=field(names.title) is None,
            )
    except (EOFError, OSError) as exc:
        yield Problem(source.name, f"truncated or corrupt compressed file ({exc})")
