"""Each reader end to end through ``detente.ingest.ingest``: text, HTML, JSON Lines, WARC."""

from __future__ import annotations

import gzip
import io
import json
import sys
import types
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.errors import UnknownNameError
from detente.ingest import FieldNames, Problem, Tally, ingest

HEADLINE = "Lake council approves a winter ferry timetable"
FIRST = (
    "The lake council approved a reduced winter timetable for the island ferry on Tuesday, "
    "cutting the evening crossings from four to two until the ice season ends."
)
SECOND = (
    "Island residents had asked for at least three crossings a day, and the council promised "
    "to review the schedule again in February if the ice forms late."
)

WIRE = """\
GRAIN TRADERS EXPECT A QUIET WEEK AT THE NORTHERN PORTS

    Grain traders at the northern ports said on Monday that they
expected a quiet week, as barge traffic on the upper river remained
slow after the late frost and several elevators stayed closed for
repairs ordered by the provincial inspectors last month.
    Dealers said export demand for feed barley was steady, but that
buyers were waiting for the new crop estimates before they would
commit to large cargoes for shipment in the second half of May.
    One broker said prices could firm if the weather in the south
stayed dry, though he added that stocks held at the coast were
still ample and would cover most of the nearby business.
"""
WIRE_PARAGRAPHS = (
    "Grain traders at the northern ports said on Monday that they expected a quiet week, as "
    "barge traffic on the upper river remained slow after the late frost and several elevators "
    "stayed closed for repairs ordered by the provincial inspectors last month.",
    "Dealers said export demand for feed barley was steady, but that buyers were waiting for the "
    "new crop estimates before they would commit to large cargoes for shipment in the second "
    "half of May.",
    "One broker said prices could firm if the weather in the south stayed dry, though he added "
    "that stocks held at the coast were still ample and would cover most of the nearby business.",
)

PAGE_PARAGRAPHS = (
    "Delegates from the two river provinces met in the old customs hall on Monday to settle a "
    "long quarrel over fishing quotas, water releases from the upper dam and barge tolls.",
    "The northern delegation asked for a larger share of the spring flood, arguing that its "
    "orchards had suffered three dry seasons in a row, while the south kept to the old quota.",
    "After nine hours of talks the mediators announced a provisional accord under which the dam "
    "operator will publish weekly release figures and a joint commission will review the tolls.",
)
PAGE_TITLE = "River provinces agree on dam releases"
PAGE_URL = "https://ledger.example.org/world/river-accord"


def page(title: str = PAGE_TITLE, paragraphs: tuple[str, ...] = PAGE_PARAGRAPHS) -> str:
    """A small news page: metadata in the head, boilerplate around one article."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html><head>
<title>{title} | The Harbour Ledger</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2019-11-18T10:00:00Z">
<link rel="canonical" href="{PAGE_URL}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer><p>Copyright 2019 The Harbour Ledger. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
"""


def collect(paths: list[str], **options: object) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    documents = list(ingest(paths, on_problem=problems.append, **options))
    return documents, problems


# --- text -------------------------------------------------------------------------------------


def test_text_headline_line_becomes_title_and_rest_paragraphs(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n", encoding="utf-8")
    (document,), problems = collect([str(path)])
    assert problems == []
    assert document.title == HEADLINE
    assert document.paragraphs == (FIRST, SECOND)
    assert document.reader == "text"
    assert document.origin == str(path)
    assert (document.date, document.url, document.language) == (None, None, "en")


def test_text_hard_wrapped_wire_copy_rejoined_into_paragraphs(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    (document,), _ = collect([str(path)])
    assert document.title == "GRAIN TRADERS EXPECT A QUIET WEEK AT THE NORTHERN PORTS"
    assert document.paragraphs == WIRE_PARAGRAPHS


# --- html -------------------------------------------------------------------------------------


def test_html_page_text_title_date_and_url(tmp_path):
    path = tmp_path / "accord.html"
    path.write_text(page(), encoding="utf-8")
    (document,), problems = collect([str(path)])
    assert problems == []
    assert document.reader == "html"
    assert document.title == PAGE_TITLE
    assert document.date == "2019-11-18"
    assert document.url == PAGE_URL
    assert document.source == "ledger.example.org"
    assert document.paragraphs == PAGE_PARAGRAPHS


def test_html_navigation_and_footer_left_out(tmp_path):
    path = tmp_path / "accord.html"
    path.write_text(page(), encoding="utf-8")
    (document,), _ = collect([str(path)])
    for boilerplate in ("Home", "Sport", "Copyright", "All rights reserved", "Privacy policy"):
        assert boilerplate not in document.text


def test_html_real_page_from_shared_data(shared_data):
    path = shared_data / "html" / "scrapinghub" / "1ee91d1fce65.html"
    (document,), problems = collect([str(path)])
    assert problems == []
    assert document.reader == "html"
    assert document.title.startswith("Russia and Syria")
    assert document.date == "2019-11-18"
    assert len(document.paragraphs) > 5


# --- jsonl ------------------------------------------------------------------------------------


def write_jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reads_every_standard_field(tmp_path):
    path = write_jsonl(
        tmp_path / "articles.jsonl",
        {
            "id": "a-1",
            "title": HEADLINE,
            "text": f"{FIRST}\n\n{SECOND}",
            "date": "2019-11-18T10:00:00Z",
            "url": "https://lake.example.net/ferry",
            "source": "Lake Gazette",
        },
    )
    (document,), problems = collect([str(path)])
    assert problems == []
    assert document.reader == "jsonl"
    assert document.origin == f"{path}:1"
    assert document.title == HEADLINE
    assert document.paragraphs == (FIRST, SECOND)
    assert document.date == "2019-11-18"
    assert document.url == "https://lake.example.net/ferry"
    assert document.source == "Lake Gazette"
    assert document.source_id == "a-1"


def test_jsonl_custom_field_names(tmp_path):
    path = write_jsonl(
        tmp_path / "dump.jsonl",
        {
            "body": FIRST,
            "headline": HEADLINE,
            "published": "18 November 2019",
            "link": "https://lake.example.net/ferry",
            "outlet": "Lake Gazette",
            "text": "not this field",
        },
    )
    fields = FieldNames(
        text="body", title="headline", date="published", url="link", source="outlet"
    )
    (document,), problems = collect([str(path)], fields=fields)
    assert problems == []
    assert document.paragraphs == (FIRST,)
    assert document.title == HEADLINE
    assert document.date == "2019-11-18"
    assert document.url == "https://lake.example.net/ferry"
    assert document.source == "Lake Gazette"


def test_jsonl_line_without_text_reported_others_read(tmp_path):
    path = write_jsonl(
        tmp_path / "articles.jsonl",
        {"text": FIRST},
        {"title": "A headline with no body"},
        {"text": SECOND},
    )
    documents, problems = collect([str(path)])
    assert [d.origin for d in documents] == [f"{path}:1", f"{path}:3"]
    assert [(p.where, p.message, p.fatal) for p in problems] == [
        (f"{path}:2", "no text in field 'text'", True)
    ]


def test_jsonl_custom_text_field_named_in_problem(tmp_path):
    path = write_jsonl(tmp_path / "articles.jsonl", {"text": FIRST})
    documents, problems = collect([str(path)], fields=FieldNames(text="body"))
    assert documents == []
    assert [p.message for p in problems] == ["no text in field 'body'"]


def test_jsonl_gzip_compressed(tmp_path):
    lines = json.dumps({"text": FIRST}) + "\n" + json.dumps({"text": SECOND}) + "\n"
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress(lines.encode("utf-8")))
    documents, problems = collect([str(path)])
    assert problems == []
    assert [d.paragraphs for d in documents] == [(FIRST,), (SECOND,)]
    assert [d.origin for d in documents] == [f"{path}:1", f"{path}:2"]


# --- warc -------------------------------------------------------------------------------------

SECOND_TITLE = "Port authority reopens the eastern quay"
SECOND_PARAGRAPHS = (
    "The port authority reopened the eastern quay on Wednesday after four months of repairs to "
    "the sea wall, which was damaged by the autumn storms that flooded the fish market.",
    "Harbour pilots said the first container ship would berth there on Friday, and the fishing "
    "cooperative plans to move its auction hall back to the quay before the spring season.",
)
WARC_RECORDS = (
    ("https://ledger.example.org/world/river-accord", "text/html; charset=utf-8", page()),
    (
        "https://ledger.example.org/city/eastern-quay",
        "text/html",
        page(SECOND_TITLE, SECOND_PARAGRAPHS),
    ),
    ("https://ledger.example.org/api/weather", "application/json", '{"wind": "north"}'),
)


def write_warc(path: Path, *, compress: bool) -> list[int]:
    """Two HTML responses and one JSON response; returns the offset where each record ends."""
    ends = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for uri, content_type, body in WARC_RECORDS:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
            ends.append(stream.tell())
    return ends


def test_warc_html_responses_become_documents_with_target_uri(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, compress=False)
    documents, problems = collect([str(path)])
    assert problems == []
    assert [d.url for d in documents] == [uri for uri, _, _ in WARC_RECORDS[:2]]
    assert [d.title for d in documents] == [PAGE_TITLE, SECOND_TITLE]
    assert [d.origin for d in documents] == [f"{path}#1", f"{path}#2"]
    assert {d.reader for d in documents} == {"warc"}
    assert documents[1].paragraphs == SECOND_PARAGRAPHS


def test_warc_gz_html_responses_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, compress=True)
    documents, problems = collect([str(path)])
    assert problems == []
    assert [d.url for d in documents] == [uri for uri, _, _ in WARC_RECORDS[:2]]
    assert [d.title for d in documents] == [PAGE_TITLE, SECOND_TITLE]


def test_warc_gz_truncated_in_second_record_keeps_first(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    ends = write_warc(whole, compress=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole.read_bytes()[: (ends[0] + ends[1]) // 2])
    documents, problems = collect([str(path)])
    assert [d.origin for d in documents] == [f"{path}#1"]
    assert [(p.where, p.fatal) for p in problems] == [(f"{path}#2", True)]


def test_warc_truncated_in_second_record_keeps_first(tmp_path):
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(whole.read_bytes()[: (ends[0] + ends[1]) // 2])
    documents, problems = collect([str(path)])
    assert [d.origin for d in documents] == [f"{path}#1"]
    assert [(p.where, p.fatal) for p in problems] == [(f"{path}#2", True)]


def test_warc_cut_inside_record_headers_reported_not_raised(tmp_path):
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, compress=False)
    data = whole.read_bytes()
    cut = data.index(b"WARC-Target-URI", ends[0])  # second record: type and id, then the end
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    documents, problems = collect([str(path)])
    assert [d.origin for d in documents] == [f"{path}#1"]
    assert [(p.where, p.fatal) for p in problems] == [(f"{path}#2", True)]


def test_warc_cut_inside_http_headers_reported(tmp_path):
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, compress=False)
    data = whole.read_bytes()
    cut = data.index(b"HTTP/1.1 200 OK", ends[0]) + len(b"HTTP/1.1 2")
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    documents, problems = collect([str(path)])
    assert [d.origin for d in documents] == [f"{path}#1"]
    assert [(p.where, p.fatal) for p in problems] == [(f"{path}#2", True)]


def test_warc_cut_near_end_of_payload_reported(tmp_path):
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, compress=False)
    data = whole.read_bytes()
    cut = data.index(b"</article>", ends[0])  # every paragraph there, the page unfinished
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    _, problems = collect([str(path)])
    assert [(p.where, p.fatal) for p in problems] == [(f"{path}#2", True)]


# --- directories and standard input -----------------------------------------------------------


def article(n: int) -> str:
    return (
        f"Ferry crossing number {n} was cancelled on Sunday because of high winds on the lake, "
        f"the operator said, and passengers were offered seats on crossing {n + 1} instead.\n"
    )


def test_directory_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "c.txt").write_text(article(3))
    (tmp_path / "b" / "deep" / "x.txt").write_text(article(2))
    (tmp_path / "a.txt").write_text(article(1))
    documents, problems = collect([str(tmp_path)])
    assert problems == []
    assert [d.origin for d in documents] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "deep" / "x.txt"),
        str(tmp_path / "c.txt"),
    ]


def test_directory_skips_hidden_files_and_folders(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(article(1))
    (tmp_path / ".draft.txt").write_text(article(2))
    (tmp_path / "story.txt").write_text(article(3))
    tally = Tally()
    documents, _ = collect([str(tmp_path)], tally=tally)
    assert [d.origin for d in documents] == [str(tmp_path / "story.txt")]
    assert tally.inputs == 1


def test_directory_order_stable_across_runs(tmp_path):
    for n in (5, 1, 4, 2, 3):
        (tmp_path / f"story-{n}.txt").write_text(article(n))
    first, _ = collect([str(tmp_path)])
    second, _ = collect([str(tmp_path)])
    assert [d.origin for d in first] == [str(tmp_path / f"story-{n}.txt") for n in range(1, 6)]
    assert [d.id for d in first] == [d.id for d in second]


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


def test_standard_input_read_as_text(monkeypatch):
    fake_stdin(monkeypatch, f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n".encode())
    (document,), problems = collect(["-"])
    assert problems == []
    assert (document.origin, document.reader) == ("-", "text")
    assert document.title == HEADLINE
    assert document.paragraphs == (FIRST, SECOND)


def test_standard_input_format_sniffed(monkeypatch):
    fake_stdin(monkeypatch, (json.dumps({"text": FIRST}) + "\n").encode())
    (document,), _ = collect(["-"])
    assert (document.origin, document.reader) == ("-:1", "jsonl")


def test_standard_input_over_limit_refused(monkeypatch):
    fake_stdin(monkeypatch, (FIRST + "\n").encode() * 20)
    documents, problems = collect(["-"], max_bytes=1000)
    assert documents == []
    assert [p.where for p in problems] == ["standard input"]
    assert "limit" in problems[0].message


# --- format sniffing --------------------------------------------------------------------------


def test_file_without_extension_holding_html_read_as_html(tmp_path):
    path = tmp_path / "download"
    path.write_text(page(), encoding="utf-8")
    (document,), _ = collect([str(path)])
    assert document.reader == "html"
    assert document.title == PAGE_TITLE
    assert document.paragraphs == PAGE_PARAGRAPHS


def test_forced_text_format_reads_html_as_text(tmp_path):
    path = tmp_path / "download"
    path.write_text(page(), encoding="utf-8")
    (document,), _ = collect([str(path)], fmt="text")
    assert document.reader == "text"
    assert document.title == "<!doctype html>"
    assert "<title>" in document.text


@pytest.mark.parametrize(
    ("content", "reader"),
    [
        (json.dumps({"text": FIRST}) + "\n", "jsonl"),
        (f"{HEADLINE}\n\n{FIRST}\n", "text"),
    ],
)
def test_file_without_extension_sniffed(tmp_path, content, reader):
    path = tmp_path / "download"
    path.write_text(content, encoding="utf-8")
    (document,), _ = collect([str(path)])
    assert document.reader == reader


def test_file_without_extension_holding_warc_read_as_warc(tmp_path):
    path = tmp_path / "download"
    write_warc(path, compress=False)
    documents, _ = collect([str(path)])
    assert [d.reader for d in documents] == ["warc", "warc"]


def test_unknown_format_is_misuse(tmp_path):
    with pytest.raises(UnknownNameError, match="unknown input format 'pdf'"):
        list(ingest([str(tmp_path)], fmt="pdf"))
