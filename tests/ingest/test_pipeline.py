"""Bad inputs: each reported as a Problem naming where it is, and skipped; the batch goes on."""

from __future__ import annotations

import gzip
import json
import random
import time
import zipfile
from pathlib import Path

import pytest

from detente.ingest import DEFAULT_MAX_BYTES, Problem, Tally, ingest, read

HEADLINE = "Valley towns agree to share the reservoir"
BODY = (
    "The mayors of the two valley towns agreed on Thursday to share water from the upper "
    "reservoir during the summer months, ending a dispute that had lasted three years.",
    "Under the agreement each town will draw no more than half of the weekly release, and a "
    "joint board of engineers will publish the figures every Monday.",
)
ARTICLE = f"{HEADLINE}\n\n{BODY[0]}\n\n{BODY[1]}\n"
OTHER = (
    "The regional rail company said on Friday that the night train to the coast would run again "
    "from June, after the old sleeping cars were refitted at the depot in the capital.\n"
)


def good_file(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(paths: list[Path | str], **options: object) -> tuple[list, list[Problem], Tally]:
    tally = Tally()
    problems: list[Problem] = []
    documents = list(
        ingest([str(p) for p in paths], tally=tally, on_problem=problems.append, **options)
    )
    return documents, problems, tally


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# --- empty and binary inputs ------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"], ids=["zero-bytes", "whitespace"])
def test_empty_file_reported_and_batch_goes_on(tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    good = good_file(tmp_path)
    documents, problems, tally = run([empty, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert (problem.where, problem.message, problem.fatal) == (str(empty), "empty file", True)
    assert (tally.inputs, tally.documents, tally.failed) == (2, 1, 1)


def zip_bytes(folder: Path) -> bytes:
    path = folder / "made.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("story.txt", ARTICLE)
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("scan.png", "a PNG image"),
        ("report.pdf", "a PDF"),
        ("bundle.zip", "a zip archive or office document"),
        ("mislabelled.txt", "a PNG image"),
    ],
)
def test_binary_file_refused_with_its_kind_named(tmp_path, name, kind):
    contents = {
        "scan.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "bundle.zip": zip_bytes(tmp_path),
        "mislabelled.txt": b"\x89PNG\r\n\x1a\n" + bytes(64),
    }
    binary = tmp_path / name
    binary.write_bytes(contents[name])
    good = good_file(tmp_path)
    documents, problems, tally = run([binary, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert problem.where == str(binary)
    assert problem.message == f"this is {kind}, not text, HTML, JSON Lines or WARC"
    assert problem.fatal
    assert tally.failed == 1


def test_bytes_with_nul_refused_as_binary(tmp_path):
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"header\x00\x01\x02" * 50)
    _, problems, _ = run([binary])
    assert only_problem(problems).message.startswith("this is a binary file")


def test_missing_file_reported(tmp_path):
    missing = tmp_path / "nowhere.txt"
    good = good_file(tmp_path)
    documents, problems, _ = run([missing, good])
    assert len(documents) == 1
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (str(missing), "no such file")


# --- encoding ---------------------------------------------------------------------------------


def test_invalid_utf8_replaced_with_a_warning(tmp_path):
    data = ARTICLE.replace("summer months", "summer \xff months").encode("latin-1")
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    (document,), problems, tally = run([path])
    assert "summer \ufffd months" in document.paragraphs[0]
    problem = only_problem(problems)
    offset = data.index(b"\xff")
    message = f"invalid UTF-8 from byte {offset}; undecodable bytes replaced"
    assert (problem.where, problem.message, problem.fatal) == (str(path), message, False)
    assert document.notes == (message,)
    assert (tally.documents, tally.failed, tally.warnings) == (1, 0, 1)


def test_utf8_byte_order_mark_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (document,), problems, _ = run([path])
    assert problems == []
    assert document.title == HEADLINE


# --- size limit -------------------------------------------------------------------------------


def test_file_over_default_limit_refused_without_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.write(ARTICLE.encode() * 40)  # text ahead, so the head is not sniffed as binary
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk used
    good = good_file(tmp_path, "z-good.txt")
    start = time.perf_counter()
    documents, problems, tally = run([huge, good])
    assert time.perf_counter() - start < 2
    assert DEFAULT_MAX_BYTES == 50_000_000
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert problem.where == str(huge)
    assert problem.message.startswith("larger than the ")
    assert problem.message.endswith(" MB limit (210 MB)")
    assert tally.failed == 1


def test_file_over_custom_limit_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(OTHER, encoding="utf-8")
    documents, problems, _ = run([big, small], max_bytes=1000)
    assert [d.origin for d in documents] == [str(small)]
    problem = only_problem(problems)
    assert problem.where == str(big)
    assert "limit" in problem.message
    assert problem.hint == "raise it with --max-size MB, or split the file"


def test_file_at_custom_limit_accepted(tmp_path):
    path = good_file(tmp_path)
    documents, problems, _ = run([path], max_bytes=path.stat().st_size)
    assert (len(documents), problems) == (1, [])


def test_custom_limit_message_states_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 10, encoding="utf-8")
    _, problems, _ = run([big], max_bytes=1000)
    assert "the 0 MB limit" not in only_problem(problems).message


def test_jsonl_line_over_limit_reported_others_read(tmp_path):
    path = tmp_path / "articles.jsonl"
    long_line = json.dumps({"text": ARTICLE * 10})
    path.write_text(f"{json.dumps({'text': OTHER})}\n{long_line}\n", encoding="utf-8")
    documents, problems, _ = run([path], max_bytes=1000)
    assert [d.origin for d in documents] == [f"{path}:1"]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (f"{path}:2", "line larger than the size limit")


# --- malformed HTML ---------------------------------------------------------------------------


def test_html_with_no_content_reported(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><p>", encoding="utf-8")
    good = good_file(tmp_path)
    documents, problems, _ = run([broken, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (str(broken), "no article text found in the HTML")


def noise() -> bytes:
    return random.Random(7).randbytes(3000).replace(b"\x00", b"\x01")


def test_html_file_of_random_bytes_reported(tmp_path):
    broken = tmp_path / "noise.html"
    broken.write_bytes(noise())
    good = good_file(tmp_path)
    documents, problems, _ = run([broken, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (str(broken), "not parseable as HTML")


def test_html_tag_then_random_bytes_reported(tmp_path):
    broken = tmp_path / "noise.html"
    broken.write_bytes(b"<html><body><p>" + noise())
    documents, problems, _ = run([broken])
    assert [p.where for p in problems] == [str(broken)]
    assert all("\ufffd" not in d.text for d in documents)


def test_html_cut_off_mid_tag_still_read(tmp_path):
    page = (
        "<html><head><title>Valley towns agree</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + '<p class="tr'
    )
    path = tmp_path / "cut.html"
    path.write_text(page, encoding="utf-8")
    (document,), problems, _ = run([path])
    assert problems == []
    assert document.paragraphs == BODY


# --- compressed and line-based inputs ---------------------------------------------------------


def test_truncated_gzip_text_reported(tmp_path):
    data = gzip.compress((ARTICLE * 20).encode("utf-8"))
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(data[: len(data) // 2])
    good = good_file(tmp_path, "z-good.txt")
    documents, problems, _ = run([cut, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (str(cut), "truncated gzip file")


def test_gzip_text_read(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (document,), problems, _ = run([path])
    assert problems == []
    assert (document.title, document.paragraphs) == (HEADLINE, BODY)


def test_jsonl_broken_line_reported_with_line_number(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"text": BODY[0]}),
        '{"text": "The line stops in the midd',
        json.dumps({"text": BODY[1]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, problems, tally = run([path])
    assert [d.origin for d in documents] == [f"{path}:1", f"{path}:3"]
    problem = only_problem(problems)
    assert problem.where == f"{path}:2"
    assert problem.message.startswith("malformed JSON")
    assert str(problem).startswith(f"{path}:2: malformed JSON")
    assert (tally.documents, tally.failed) == (2, 1)


def test_jsonl_line_that_is_not_an_object_reported(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(f'["a list"]\n{json.dumps({"text": OTHER})}\n', encoding="utf-8")
    documents, problems, _ = run([path])
    assert [d.origin for d in documents] == [f"{path}:2"]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (f"{path}:1", "a line must hold a JSON object")


def test_jsonl_blank_lines_skipped_silently(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(f"{json.dumps({'text': OTHER})}\n\n   \n", encoding="utf-8")
    documents, problems, _ = run([path])
    assert (len(documents), problems) == (1, [])


# --- duplicates, boilerplate, language, ids ---------------------------------------------------


def test_duplicate_article_written_once(tmp_path):
    first = good_file(tmp_path, "a.txt")
    second = good_file(tmp_path, "b.txt")
    documents, problems, tally = run([first, second])
    assert [d.origin for d in documents] == [str(first)]
    assert problems == []
    assert (tally.documents, tally.duplicates) == (1, 1)


def test_duplicate_differing_only_in_case_and_spacing_written_once(tmp_path):
    first = good_file(tmp_path, "a.txt")
    second = tmp_path / "b.txt"
    second.write_text(
        ARTICLE.replace("reservoir", "Reservoir").replace(" ", "  "), encoding="utf-8"
    )
    documents, _, tally = run([first, second])
    assert len(documents) == 1
    assert tally.duplicates == 1


def test_duplicates_kept_when_dedupe_off(tmp_path):
    first = good_file(tmp_path, "a.txt")
    second = good_file(tmp_path, "b.txt")
    documents, _, tally = run([first, second], dedupe=False)
    assert [d.origin for d in documents] == [str(first), str(second)]
    assert documents[0].id == documents[1].id
    assert (tally.documents, tally.duplicates) == (2, 0)


def test_all_boilerplate_text_reported(tmp_path):
    path = tmp_path / "stub.txt"
    path.write_text("Advertisement\n\nSign up for our newsletter\n", encoding="utf-8")
    good = good_file(tmp_path)
    documents, problems, _ = run([path, good])
    assert [d.origin for d in documents] == [str(good)]
    problem = only_problem(problems)
    assert (problem.where, problem.message) == (str(path), "no article text left after cleaning")


def test_non_english_document_kept_with_a_note(tmp_path):
    path = tmp_path / "vallee.txt"
    path.write_text(
        "Les maires des deux villages de la vallée se sont réunis mardi soir à la mairie pour "
        "discuter du partage de l'eau du barrage. Ils ont promis de publier un accord avant la "
        "fin du mois prochain, après une nouvelle réunion avec les agriculteurs.\n",
        encoding="utf-8",
    )
    (document,), problems, _ = run([path])
    assert [(p.message, p.fatal) for p in problems] == [
        ("language 'fr', not English: later stages may skip it", False)
    ]
    assert document.language == "fr"
    assert document.notes == ("language 'fr', not English: later stages may skip it",)


def test_same_text_in_txt_and_jsonl_gets_same_id(tmp_path):
    txt = good_file(tmp_path, "story.txt")
    jsonl = tmp_path / "story.jsonl"
    record = {"title": HEADLINE, "text": "\n\n".join(BODY), "url": "https://x.example/1"}
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (from_text,), _, _ = run([txt])
    (from_jsonl,), _, _ = run([jsonl])
    assert from_text.id == from_jsonl.id
    assert len(from_text.id) == 16
    assert from_text.paragraphs == from_jsonl.paragraphs


def test_different_text_gets_different_id(tmp_path):
    first = good_file(tmp_path, "a.txt")
    second = tmp_path / "b.txt"
    second.write_text(OTHER, encoding="utf-8")
    documents, _, _ = run([first, second])
    assert documents[0].id != documents[1].id


def test_read_accepts_a_single_path_string(tmp_path):
    path = good_file(tmp_path)
    (document,) = read(str(path))
    assert (document.title, document.paragraphs) == (HEADLINE, BODY)


def test_read_logs_problems_and_skips(tmp_path, caplog):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = good_file(tmp_path)
    with caplog.at_level("WARNING", logger="detente.ingest"):
        documents = list(read([str(empty), str(good)]))
    assert [d.origin for d in documents] == [str(good)]
    assert f"{empty}: empty file" in caplog.text
