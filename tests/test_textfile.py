from pathlib import Path

import pytest

from detente.errors import InputFileError
from detente.textfile import read_text


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_text(tmp_path / "nope.yaml")


def test_directory(tmp_path):
    with pytest.raises(InputFileError, match="found a directory"):
        read_text(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n", "is empty"),
        (b"\x00\x01\x02", "binary"),
        (b"\xff\xfeabc", "not UTF-8"),
    ],
)
def test_unusable_content(tmp_path, content, message):
    path = Path(tmp_path / "f.yaml")
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        read_text(path)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("detente.textfile.MAX_BYTES", 10)
    path = tmp_path / "f.yaml"
    path.write_text("x" * 11)
    with pytest.raises(InputFileError, match="too large"):
        read_text(path)


def test_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_bytes("\ufeffid: x".encode())
    assert read_text(path) == "id: x"
