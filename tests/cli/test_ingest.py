"""``detente ingest``: clean documents on stdout or in a file, problems on stderr, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TITLE = "Russian suspicions of U.S. motives in Syria make cooperation unlikely"
BOILERPLATE = (
    "Purchase this article for republication",
    "AsiaOne stories delivered",
    "By signing up",
    "More about",
)
ARTICLE = (
    "Ferry services resume on the lake\n\n"
    "The lake ferry resumed its crossings on Saturday after a week of storms, and the operator "
    "said the winter timetable would stay in force until the end of March.\n"
)


@pytest.fixture
def seed(shared_data):
    return str(shared_data / "seed" / "000_2741d365b0e12e5f.txt")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return str(path)


def test_seed_article_one_clean_document(run, seed):
    result = run("ingest", seed)
    assert result.code == 0
    assert "Traceback" not in result.err
    (line,) = result.out.splitlines()
    document = json.loads(line)
    assert document["title"] == TITLE
    assert document["dateline"] == "NEW YORK/WASHINGTON"
    assert document["reader"] == "text"
    assert document["language"] == "en"
    assert document["paragraphs"][0].startswith("The United States and Russia see Islamic State")


def test_seed_title_appears_once_not_in_paragraphs(run, seed):
    out = run("ingest", seed).out
    assert out.count(TITLE) == 1  # the title field only: not in paragraphs, text or captions
    assert all(TITLE not in p for p in json.loads(out)["paragraphs"])


def test_seed_caption_set_apart(run, seed):
    document = json.loads(run("ingest", seed).out)
    (caption,) = document["captions"]
    assert caption.startswith("Kurdish Syrian refugees carry their belongings")
    assert all("Kurdish Syrian refugees" not in p for p in document["paragraphs"])


def test_seed_site_boilerplate_removed(run, seed):
    document = json.loads(run("ingest", seed).out)
    for paragraph in document["paragraphs"]:
        for boilerplate in BOILERPLATE:
            assert boilerplate not in paragraph
    assert document["paragraphs"][-1].endswith("a senior US official said.")


def test_summary_on_stderr(run, article):
    result = run("ingest", article)
    assert result.code == 0
    assert "read 1 input(s): wrote 1 document(s), skipped 0 duplicate(s), 0 failed" in result.err
    assert "error:" not in result.err


def test_some_inputs_failed_exit_1(run, article, empty):
    result = run("ingest", article, empty)
    assert result.code == 1
    assert len(result.out.splitlines()) == 1
    assert f"error: {empty}: empty file — nothing to read" in result.err
    assert "1 failed" in result.err
    assert "wrote 1 document(s)" in result.err
    assert "Traceback" not in result.err


def test_nothing_read_exit_2(run, empty, tmp_path):
    result = run("ingest", empty, str(tmp_path / "missing.txt"))
    assert result.code == 2
    assert result.out == ""
    assert "error:" in result.err
    assert "2 failed" in result.err
    assert "Traceback" not in result.err


def test_duplicates_skipped_and_counted(run, article, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", article, str(copy))
    assert result.code == 0
    assert len(result.out.splitlines()) == 1
    assert "skipped 1 duplicate(s)" in result.err


def test_keep_duplicates(run, article, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", "--keep-duplicates", article, str(copy))
    assert len(result.out.splitlines()) == 2


def latin1_article(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(ARTICLE.replace("storms", "st\xf6rms").encode("latin-1"))
    return str(path)


def test_warning_printed_without_failing(run, tmp_path):
    path = latin1_article(tmp_path)
    result = run("ingest", path)
    assert result.code == 0
    assert len(result.out.splitlines()) == 1
    assert f"warning: {path}: invalid UTF-8 from byte " in result.err
    assert "0 failed" in result.err


def test_summary_with_warnings_on_one_line(run, tmp_path):
    result = run("ingest", latin1_article(tmp_path))
    summary = result.err.splitlines()[-1]
    assert summary == (
        "read 1 input(s): wrote 1 document(s), skipped 0 duplicate(s), 0 failed, 1 warning(s)"
    )


def test_jsonl_field_options(run, tmp_path):
    path = tmp_path / "dump.jsonl"
    record = {"body": ARTICLE.split("\n\n", 1)[1], "headline": "Ferry services resume"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run("ingest", "--text-field", "body", "--title-field", "headline", str(path))
    assert result.code == 0
    assert json.loads(result.out)["title"] == "Ferry services resume"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--input-format", "pdf"), "error: unknown input format 'pdf'"),
        (("--max-size", "0"), "error: --max-size must be positive, not 0"),
        (("--format", "xml"), "Invalid value for '--format'"),
    ],
    ids=["input-format", "max-size", "format"],
)
def test_misuse_exit_2(run, article, args, message):
    result = run("ingest", *args, article)
    assert result.code == 2
    assert message in result.err
    assert result.out == ""
    assert "Traceback" not in result.err


def test_misuse_writes_no_output(run, article):
    result = run("ingest", "--input-format", "pdf", "--format", "csv", article)
    assert result.code == 2
    assert result.out == ""


def test_truncated_warc_reported_not_internal_error(run, tmp_path):
    path = tmp_path / "cut.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for n in range(2):
            page = f"<html><body><article><p>{ARTICLE} Crossing {n}.</p></article></body></html>"
            record = writer.create_warc_record(
                f"https://lake.example.net/{n}",
                "response",
                payload=io.BytesIO(page.encode()),
                http_headers=StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
                ),
            )
            writer.write_record(record)
            if n == 0:
                first_end = stream.tell()
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"WARC-Target-URI", first_end)])
    result = run("ingest", str(path))
    assert "internal error" not in result.err
    assert result.code == 1
    assert len(result.out.splitlines()) == 1
    assert f"error: {path}#2" in result.err


def test_input_format_forces_reader(run, tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>" + ARTICLE.replace("\n\n", "</p>\n\n<p>") + "</p>\n", encoding="utf-8")
    result = run("ingest", "--input-format", "text", str(path))
    assert result.code == 0
    assert json.loads(result.out)["reader"] == "text"


def test_max_size_refuses_larger_input(run, article):
    result = run("ingest", "--max-size", "0.0001", article)
    assert result.code == 2
    assert f"error: {article}: larger than the" in result.err
    assert "Traceback" not in result.err


def test_out_file_csv(run, article, tmp_path):
    out = tmp_path / "docs.csv"
    result = run("ingest", article, "--out", str(out), "--format", "csv")
    assert result.code == 0
    assert result.out == ""
    with out.open(encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert row["title"] == "Ferry services resume on the lake"
    assert len(json.loads(row["paragraphs"])) == 1


def test_out_file_parquet(run, article, tmp_path):
    out = tmp_path / "docs.parquet"
    result = run("ingest", article, "-o", str(out), "-f", "parquet")
    assert result.code == 0
    assert result.out == ""
    (row,) = pq.read_table(out).to_pylist()
    assert row["title"] == "Ferry services resume on the lake"
    assert row["paragraphs"][0].startswith("The lake ferry resumed its crossings on Saturday")


def test_parquet_without_out_exit_2(run, article):
    result = run("ingest", "--format", "parquet", article)
    assert result.code == 2
    assert "error: Parquet is binary and cannot go to standard output" in result.err
    assert "Traceback" not in result.err


def test_directory_of_inputs(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(ARTICLE.replace("Saturday", f"day {n}"))
    result = run("ingest", str(folder))
    assert result.code == 0
    origins = [json.loads(line)["origin"] for line in result.out.splitlines()]
    assert origins == [str(folder / f"{n}.txt") for n in range(3)]
