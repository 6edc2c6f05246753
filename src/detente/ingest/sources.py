"""Find the inputs behind the paths a user gives, and read their bytes safely.

Directories are walked recursively (hidden files, READMEs, licences and metadata sidecars
skipped, sorted for a stable order), ``-`` is standard input, and a file is refused — not read —
when it exceeds the size limit. Binary files (images, PDFs, archives, office documents) are
recognised by their first bytes.
"""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from detente.ingest.problems import SkipInput
from detente.ingest.sidecar import is_sidecar

#: Default largest single input (a text or HTML file, a JSON line, a WARC record), in bytes.
DEFAULT_MAX_BYTES = 50_000_000
STDIN = "-"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a zip archive or office document"),
    (b"\x7fELF", "a program"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
)
GZIP_MAGIC = b"\x1f\x8b"


def expand(paths: list[str]) -> Iterator[str]:
    """Every input file named by the paths, directories walked recursively."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                hidden = any(part.startswith(".") for part in relative)
                if child.is_file() and not hidden and not _about_the_files(child):
                    yield str(child)
        else:
            yield raw


#: Names (before any extension) of a folder's own documentation, which is no article.
_FOLDER_DOCS = frozenset({"readme", "license", "licence", "notice", "copying", "changelog"})


def _about_the_files(path: Path) -> bool:
    """Whether a file in a walked directory describes the others (a README, a licence, a
    metadata sidecar) rather than being an article; named on its own, it is still read."""
    return path.name.split(".")[0].lower() in _FOLDER_DOCS or is_sidecar(path)


def megabytes(size: int) -> str:
    """A byte count in MB as people write it: '50 MB', '0.001 MB'."""
    return f"{size / 1e6:.3g} MB"


def too_large(name: str, limit: int, size: int | None = None) -> SkipInput:
    """The error for an input over the size limit."""
    actual = f" ({megabytes(size)})" if size is not None else ""
    return SkipInput(
        f"larger than the {megabytes(limit)} limit{actual}",
        where=name,
        hint="raise it with --max-size MB, or split the file",
    )


def describe_binary(head: bytes) -> str | None:
    """What kind of binary file these first bytes belong to, or None for text or gzip."""
    if head.startswith(GZIP_MAGIC):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head[:4096]:
        return "a binary file"
    return None


class Input:
    """One input file (or standard input) that readers may open, and its first bytes."""

    HEAD = 65536

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self._buffer: bytes | None = None
        if name == STDIN:
            self._buffer = read_limited(sys.stdin.buffer, "standard input", limit)
            self.head = self._buffer[: self.HEAD]
            return
        path = Path(name)
        if not path.exists():
            raise SkipInput("no such file", where=name, hint="check the path")
        try:
            with path.open("rb") as stream:
                self.head = stream.read(self.HEAD)
        except OSError as exc:
            raise SkipInput(f"cannot read: {exc.strerror}", where=name) from exc
        self.size = path.stat().st_size

    def open(self) -> BinaryIO:
        """A fresh binary stream over the whole input."""
        if self._buffer is not None:
            return io.BytesIO(self._buffer)
        return Path(self.name).open("rb")

    def read_all(self) -> bytes:
        """The whole input as one document's bytes (gunzipped), refused above the size limit."""
        if self._buffer is None and self.size > self.limit and not self.head.startswith(GZIP_MAGIC):
            raise too_large(self.name, self.limit, self.size)
        with self.open() as stream:
            data = read_limited(stream, self.name, self.limit)
        if data.startswith(GZIP_MAGIC):
            data = gunzip(data, self.name, self.limit)
        return data


def read_limited(stream: BinaryIO, name: str, limit: int) -> bytes:
    """All bytes of a stream, refusing (without reading on) anything over ``limit``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(name, limit)
    return data


def gunzip(data: bytes, name: str, limit: int) -> bytes:
    """Decompress gzip data within the size limit; a truncated stream is an error."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise SkipInput(f"corrupt gzip data ({exc})", where=name) from None
    if len(out) > limit:
        raise SkipInput(f"decompresses to more than the {megabytes(limit)} limit", where=name)
    if not decompressor.eof:
        raise SkipInput("truncated gzip file", where=name, hint="download or copy it again")
    return out


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """UTF-8 text and, when bytes had to be replaced, a warning saying so."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, f"invalid UTF-8 from byte {exc.start}; undecodable bytes replaced"
