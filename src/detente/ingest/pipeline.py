"""Inputs to clean documents, streaming: one document in memory at a time, problems reported."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from detente.errors import DetenteError
from detente.ingest.clean import clean_text
from detente.ingest.dates import date_from_paragraphs, parse_date
from detente.ingest.document import Document, document_id
from detente.ingest.language import detect_language
from detente.ingest.problems import Problem, SkipInput
from detente.ingest.readers import FieldNames, RawArticle, ReadOptions, choose_reader, get_reader
from detente.ingest.sidecar import Sidecars
from detente.ingest.sources import DEFAULT_MAX_BYTES, STDIN, Input, describe_binary, expand

log = logging.getLogger("detente.ingest")


@dataclass
class Tally:
    """Counts for the closing summary of a batch."""

    inputs: int = 0
    documents: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0
    problems: list[Problem] = field(default_factory=list)


#: Readers of one article per file, which a sidecar beside the file may describe.
_FILE_READERS = frozenset({"text", "html"})

#: More replacement characters than this share of the text means it is not readable text.
_MAX_REPLACED = 0.05


def build_document(raw: RawArticle, reader: str) -> Document | Problem:
    """Clean one raw article into a Document, or a Problem when no readable text survives."""
    cleaned = clean_text(raw.text, title=raw.title, headline_first=raw.headline_first)
    if not cleaned.paragraphs:
        return Problem(raw.origin, "no article text left after cleaning", "is it an article?")
    body = list(cleaned.paragraphs)
    replaced = sum(p.count("\ufffd") for p in body)
    if replaced > _MAX_REPLACED * sum(len(p) for p in body):
        return Problem(
            raw.origin, f"not readable text ({replaced} undecodable characters)", "check the file"
        )
    date = parse_date(raw.date) if raw.date else None
    notes = list(raw.notes)
    if replaced and not notes:
        notes.append(f"{replaced} undecodable characters replaced")
    if raw.date and date is None:
        notes.append(f"date '{raw.date}' not understood; left unknown")
    language = detect_language(" ".join(body))
    if language not in (None, "en"):
        notes.append(f"language '{language}', not English: later stages may skip it")
    return Document(
        id=document_id(cleaned.title, cleaned.paragraphs),
        title=cleaned.title,
        date=date or date_from_paragraphs(body),
        dateline=cleaned.dateline,
        source=raw.source,
        url=raw.url,
        language=language,
        paragraphs=cleaned.paragraphs,
        captions=cleaned.captions,
        reader=reader,
        origin=raw.origin,
        source_id=raw.source_id,
        notes=tuple(notes),
    )


def ingest(
    paths: Iterable[str],
    *,
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: FieldNames | None = None,
    dedupe: bool = True,
    tally: Tally | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_input: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Every clean document in the inputs; each unreadable input is reported and skipped.

    Misuse (an unknown format, a size limit below one byte) raises at once, before any input is
    read or any output written.
    """
    if fmt is not None:
        get_reader(fmt)
    if max_bytes < 1:
        raise DetenteError(f"the size limit must be positive, not {max_bytes}")
    options = ReadOptions(max_bytes=max_bytes, fields=fields or FieldNames())
    return _documents(
        list(paths),
        fmt,
        options,
        dedupe,
        tally if tally is not None else Tally(),
        on_problem,
        on_input,
    )


def _documents(
    paths: list[str],
    fmt: str | None,
    options: ReadOptions,
    dedupe: bool,
    tally: Tally,
    on_problem: Callable[[Problem], None] | None,
    on_input: Callable[[str], None] | None,
) -> Iterator[Document]:
    seen: set[str] = set()
    max_bytes = options.max_bytes

    def report(problem: Problem) -> None:
        tally.problems.append(problem)
        if problem.fatal:
            tally.failed += 1
        else:
            tally.warnings += 1
        (on_problem or _log_problem)(problem)

    sidecars = Sidecars(max_bytes, report)
    for name in expand(paths):
        tally.inputs += 1
        if on_input is not None:
            on_input(name)
        try:
            source = Input(name, max_bytes)
            if not source.head.strip():
                raise SkipInput("empty file", where=name, hint="nothing to read")
            kind = describe_binary(source.head)
            if kind is not None:
                raise SkipInput(
                    f"this is {kind}, not text, HTML, JSON Lines or WARC",
                    where=name,
                    hint="convert it to text first",
                )
            reader = fmt or choose_reader(source)
            beside = sidecars.lookup(name) if name != STDIN and reader in _FILE_READERS else None
            for item in get_reader(reader)(source, options):
                if isinstance(item, Problem):
                    report(item)
                    continue
                if beside is not None:  # the dataset's manifest dates a plain text file
                    item = replace(
                        item,
                        date=item.date or beside.date,
                        url=item.url or beside.url,
                        source=item.source or beside.source,
                    )
                document = build_document(item, reader)
                if isinstance(document, Problem):
                    report(document)
                    continue
                for note in document.notes:
                    report(Problem(item.origin, note, fatal=False))
                if dedupe and document.id in seen:
                    tally.duplicates += 1
                    continue
                seen.add(document.id)
                tally.documents += 1
                yield document
        except SkipInput as exc:
            report(exc.problem())


def _log_problem(problem: Problem) -> None:
    (log.warning if problem.fatal else log.info)(str(problem))
