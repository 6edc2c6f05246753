"""Documents out as JSON Lines, CSV and Parquet, list fields kept as lists."""

from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detente.errors import DetenteError, UnknownNameError
from detente.ingest import Document
from detente.ingest.writers import get_writer, write_csv, write_jsonl, write_parquet

DOCUMENTS = (
    Document(
        id="0123456789abcdef",
        title="Valley towns agree to share the reservoir",
        date="2019-11-18",
        dateline="HILLFORD",
        source="Valley Courier",
        url="https://courier.example.net/reservoir",
        language="en",
        paragraphs=(
            'The mayors agreed on Thursday to share the reservoir, "for good", they said.',
            "Each town may draw half of the weekly release; engineers will publish the figures.",
        ),
        captions=("The upper reservoir at dusk, seen from the dam (Photo: J. Doe/Courier)",),
        reader="text",
        origin="in/reservoir.txt",
        notes=("invalid UTF-8 from byte 12; undecodable bytes replaced",),
    ),
    Document(
        id="fedcba9876543210",
        title=None,
        date=None,
        dateline=None,
        source=None,
        url=None,
        language="fr",
        paragraphs=("Les maires se sont réunis mardi à la mairie.",),
        reader="jsonl",
        origin="in/dump.jsonl:2",
    ),
)


def test_jsonl_one_object_per_document(tmp_path):
    out = tmp_path / "docs.jsonl"
    assert write_jsonl(iter(DOCUMENTS), out) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [d.to_dict() for d in DOCUMENTS]
    assert rows[0]["paragraphs"] == list(DOCUMENTS[0].paragraphs)
    assert rows[0]["text"] == "\n\n".join(DOCUMENTS[0].paragraphs)


def test_jsonl_keeps_non_ascii_readable(tmp_path):
    out = tmp_path / "docs.jsonl"
    write_jsonl(DOCUMENTS, out)
    assert "réunis" in out.read_text(encoding="utf-8")


def test_jsonl_to_standard_output_without_out(capsys):
    assert write_jsonl(DOCUMENTS[:1], None) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "0123456789abcdef"


def test_csv_header_and_rows_with_list_fields_json_encoded(tmp_path):
    out = tmp_path / "docs.csv"
    assert write_csv(DOCUMENTS, out) == 2
    with out.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert reader.fieldnames == [
        "id", "title", "date", "dateline", "source", "url", "language", "reader", "origin",
        "source_id", "text", "paragraphs", "captions", "notes",
    ]  # fmt: skip
    first, second = rows
    assert json.loads(first["paragraphs"]) == list(DOCUMENTS[0].paragraphs)
    assert json.loads(first["captions"]) == list(DOCUMENTS[0].captions)
    assert json.loads(first["notes"]) == list(DOCUMENTS[0].notes)
    assert first["text"] == DOCUMENTS[0].text  # newlines and quotes survive quoting
    assert (first["id"], first["dateline"], first["origin"]) == (
        "0123456789abcdef",
        "HILLFORD",
        "in/reservoir.txt",
    )
    assert (second["title"], second["captions"], second["notes"]) == ("", "[]", "[]")


def test_parquet_list_columns_read_back(tmp_path):
    out = tmp_path / "docs.parquet"
    assert write_parquet(DOCUMENTS, out) == 2
    table = pq.read_table(out)
    assert table.schema.field("paragraphs").type == pa.list_(pa.string())
    assert table.schema.field("captions").type == pa.list_(pa.string())
    assert table.schema.field("title").type == pa.string()
    rows = table.to_pylist()
    assert rows[0]["paragraphs"] == list(DOCUMENTS[0].paragraphs)
    assert rows[0]["captions"] == list(DOCUMENTS[0].captions)
    assert rows[1]["paragraphs"] == ["Les maires se sont réunis mardi à la mairie."]
    assert (rows[1]["title"], rows[1]["captions"]) == (None, [])
    assert [r["id"] for r in rows] == ["0123456789abcdef", "fedcba9876543210"]


def test_parquet_many_documents_written_in_batches(tmp_path):
    many = [
        Document(
            id=f"{n:016x}",
            title=None,
            date=None,
            dateline=None,
            source=None,
            url=None,
            language="en",
            paragraphs=(f"Paragraph number {n}.",),
        )
        for n in range(1203)
    ]
    out = tmp_path / "many.parquet"
    assert write_parquet(iter(many), out) == 1203
    table = pq.read_table(out)
    assert table.num_rows == 1203
    assert table.column("paragraphs").to_pylist()[-1] == ["Paragraph number 1202."]


def test_parquet_with_no_documents_has_the_columns(tmp_path):
    out = tmp_path / "none.parquet"
    assert write_parquet(iter(()), out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0
    assert "paragraphs" in table.column_names


def test_parquet_without_out_refused():
    with pytest.raises(DetenteError, match="Parquet is binary") as raised:
        write_parquet(DOCUMENTS, None)
    assert raised.value.hint == "add --out FILE.parquet"


def test_writer_unknown_name_suggests_known():
    assert get_writer("csv") is write_csv
    with pytest.raises(UnknownNameError, match="unknown output format 'parqet'") as raised:
        get_writer("parqet")
    assert "did you mean 'parquet'" in raised.value.hint


def test_unwritable_out_reported(tmp_path):
    with pytest.raises(DetenteError, match="cannot write"):
        write_jsonl(DOCUMENTS, tmp_path / "no-such-folder" / "docs.jsonl")
