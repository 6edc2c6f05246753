"""Read and write users' text files, turning every way they can fail into a one-line error."""

from __future__ import annotations

from pathlib import Path

from detente.errors import InputFileError

#: Larger inputs are refused rather than read into memory; no scenario or table comes close.
MAX_BYTES = 200 * 1024 * 1024


def read_text(path: Path, *, what: str = "file") -> str:
    """The file's text, or an InputFileError saying why it cannot be used."""
    if not path.exists():
        raise InputFileError(
            f"no such {what}", where=str(path), hint="check the path and the spelling"
        )
    if path.is_dir():
        raise InputFileError(f"expected a {what}, found a directory", where=str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputFileError(
            f"{what} is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)",
            where=str(path),
            hint="split it into smaller files",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {what}: {exc.strerror}", where=str(path)) from exc
    if b"\x00" in raw[:8192]:
        raise InputFileError(
            f"{what} is binary, not text", where=str(path), hint="pass a UTF-8 text file"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{what} is not UTF-8 text (byte {exc.start})",
            where=str(path),
            hint="save it as UTF-8",
        ) from exc
    if not text.strip():
        raise InputFileError(f"{what} is empty", where=str(path), hint="pass a file with content")
    return text


def write_file(path: Path, content: str) -> None:
    """Write UTF-8 text, turning an OS failure into a one-line error."""
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InputFileError(
            f"cannot write file: {exc.strerror}",
            where=str(path),
            hint="check that the folder exists and is writable",
        ) from exc
