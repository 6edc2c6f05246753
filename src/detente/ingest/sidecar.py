"""Metadata files beside the articles: a dataset's manifest gives each file its date, URL and
source, which plain text files do not carry themselves.

A sidecar is a JSON Lines file named ``manifest.jsonl`` or ``metadata.jsonl`` in the articles'
directory, one record per article, naming its file under ``file`` or ``file_name`` (the
convention of dataset hubs) and giving any of ``date``, ``url`` and ``source``. It fills only
what the article's own file leaves unknown, so an HTML page's dates still win.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from detente.ingest.problems import Problem

#: File names a sidecar may have.
SIDECAR_NAMES = frozenset({"manifest.jsonl", "metadata.jsonl"})
#: Keys under which a sidecar record names its article's file.
_FILE_KEYS = ("file", "file_name")


@dataclass(frozen=True, slots=True)
class FileMetadata:
    """What a sidecar says of one article file."""

    date: str | None = None
    url: str | None = None
    source: str | None = None


def is_sidecar(path: Path) -> bool:
    """Whether a file is a metadata sidecar: named like one, its first record naming a file."""
    if path.name.lower() not in SIDECAR_NAMES:
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            first = next((line for line in stream if line.strip()), "")
        record = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and any(isinstance(record.get(k), str) for k in _FILE_KEYS)


class Sidecars:
    """The sidecar metadata of each directory, read once; a bad line is reported and ignored."""

    def __init__(self, max_bytes: int, report: Callable[[Problem], None]) -> None:
        self.max_bytes = max_bytes
        self.report = report
        self._by_directory: dict[Path, dict[str, FileMetadata]] = {}

    def lookup(self, name: str) -> FileMetadata | None:
        """The metadata a sidecar beside the file gives it, if any."""
        path = Path(name)
        directory = path.parent.resolve()
        if directory not in self._by_directory:
            self._by_directory[directory] = self._read(directory)
        return self._by_directory[directory].get(path.name)

    def _read(self, directory: Path) -> dict[str, FileMetadata]:
        found: dict[str, FileMetadata] = {}
        for sidecar in sorted(p for p in directory.glob("*") if is_sidecar(p)):
            try:
                if sidecar.stat().st_size > self.max_bytes:
                    self.report(_unused(sidecar, "metadata file over the size limit; not used"))
                    continue
                with sidecar.open(encoding="utf-8", errors="replace") as stream:
                    for number, line in enumerate(stream, start=1):
                        if line.strip():
                            self._record(f"{sidecar}:{number}", line, found)
            except OSError as exc:
                reason = f"metadata file unreadable ({exc.strerror}); not used"
                self.report(_unused(sidecar, reason))
        return found

    def _record(self, where: str, line: str, found: dict[str, FileMetadata]) -> None:
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict):
            self.report(
                Problem(where, "not a JSON object", "its article keeps its own metadata", False)
            )
            return
        name = next((record[k] for k in _FILE_KEYS if isinstance(record.get(k), str)), None)
        if name is None:
            return
        found.setdefault(
            Path(name).name,
            FileMetadata(
                _text(record.get("date")), _text(record.get("url")), _text(record.get("source"))
            ),
        )


def _unused(sidecar: Path, message: str) -> Problem:
    return Problem(str(sidecar), message, "its articles keep their own metadata", fatal=False)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
