"""``detente code``: events on stdout or in a file, problems on stderr, ingest's exit codes."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from detente.coder.nlp import parser

EVENT_FIELDS = [
    "id", "doc_id", "sentence", "date", "event", "mode", "context", "quad_code", "intensity",
    "cameo", "actor", "recipient", "negated", "modality", "attribution", "event_text", "span",
    "text",
]  # fmt: skip
ACTOR_FIELDS = ["text", "code", "sector", "name", "implied"]

SUPPLY = "Russia supplied weapons to Syria on Monday."
ARTICLE = (
    "Russia steps up military aid to Syria\n\n"
    "Published: 26 September 2014\n\n"
    f"{SUPPLY} The United States accused Moscow of prolonging the war, and Washington said it "
    "would consider new sanctions against the government in Damascus.\n"
)
GERMAN = (
    "Russland und Syrien\n\n"
    "Russland hat am Montag Waffen nach Syrien geliefert, sagten Beamte in Damaskus. Die "
    "Vereinigten Staaten warfen Moskau vor, den Krieg zu verlängern. Washington und seine "
    "Verbündeten fliegen seit August Luftangriffe gegen Kämpfer des Islamischen Staates.\n"
)
#: The AID event of ARTICLE, exactly as the issue's JSON Lines spec has it.
SUPPLY_EVENT = {
    "sentence": 1,
    "date": "2014-09-22",
    "event": "AID",
    "mode": None,
    "context": "military",
    "quad_code": 2,
    "intensity": 10.0,
    "cameo": "07",
    "actor": [
        {"text": "Russia", "code": "RUS", "sector": None, "name": "Russia", "implied": False}
    ],
    "recipient": [
        {"text": "Syria", "code": "SYR", "sector": None, "name": "Syria", "implied": False}
    ],
    "negated": False,
    "modality": "asserted",
    "attribution": None,
    "event_text": "supplied weapons",
    "span": [7, 23],
    "text": SUPPLY,
}


@pytest.fixture(scope="module", autouse=True)
def model():
    """Load spaCy once for the module."""
    return parser()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "syria.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.fixture
def records(tmp_path):
    path = tmp_path / "records.jsonl"
    rows = [
        {"id": "d1", "text": SUPPLY, "date": "2014-09-26"},
        {"id": "d2", "text": "US officials accused Moscow of arming the Syrian government.",
         "date": "2014-09-26"},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def events_of(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def by_event(events: list[dict], kind: str) -> dict:
    (found,) = [e for e in events if e["event"] == kind]
    return found


def assert_clean_messages(err: str) -> None:
    """Every line of stderr is one message: an error, a warning or the closing summary."""
    assert "Traceback" not in err
    assert "internal error" not in err
    for line in err.splitlines():
        assert line.startswith(("error: ", "warning: ", "read ")), line


# --- happy path -------------------------------------------------------------------------------


def test_text_file_to_json_lines(run, article):
    result = run("code", article)
    assert result.code == 0
    assert_clean_messages(result.err)
    events = events_of(result.out)
    assert [e["event"] for e in events] == ["AID", "ACCUSE", "THREATEN"]
    assert result.err.splitlines()[-1] == (
        "read 1 input(s): coded 1 document(s), 3 sentence(s) (2 parsed), 3 event(s); "
        "0 skipped, 0 failed"
    )


def test_json_lines_fields_exactly_as_the_spec(run, article):
    events = events_of(run("code", article).out)
    for event in events:
        assert list(event) == EVENT_FIELDS
        for ref in event["actor"] + event["recipient"]:
            assert list(ref) == ACTOR_FIELDS
    aid = by_event(events, "AID")
    doc_id = aid["doc_id"]
    assert len(doc_id) == 16
    assert aid == {"id": f"{doc_id}-1-1", "doc_id": doc_id, **SUPPLY_EVENT}


def test_span_indexes_the_sentence_text(run, article):
    for event in events_of(run("code", article).out):
        start, end = event["span"]
        assert event["text"][start:end] == event["event_text"]


def test_accusation_and_reported_threat(run, article):
    events = events_of(run("code", article).out)
    accuse = by_event(events, "ACCUSE")
    assert [a["code"] for a in accuse["actor"]] == ["USA"]
    assert accuse["recipient"] == [
        {
            "text": "Moscow",
            "code": "RUS",
            "sector": "GOV",
            "name": "Russian government",
            "implied": False,
        }
    ]
    threaten = by_event(events, "THREATEN")
    assert threaten["modality"] == "future"  # "said it would": reported "will"
    assert threaten["attribution"]["speaker"]["code"] == "USA"


def test_json_lines_input_with_ids_and_dates(run, records):
    result = run("code", records)
    assert result.code == 0
    events = events_of(result.out)
    assert [(e["doc_id"], e["sentence"], e["event"], e["date"]) for e in events] == [
        ("d1", 0, "AID", "2014-09-22"),
        ("d2", 0, "ACCUSE", "2014-09-26"),
    ]
    assert events[0]["id"] == "d1-0-1"
    assert [a["name"] for a in events[1]["actor"]] == ["American government"]


def test_ingest_output_is_read_as_it_is(run, article, tmp_path):
    ingested = tmp_path / "docs.jsonl"
    assert run("ingest", article, "--out", str(ingested)).code == 0
    direct = events_of(run("code", article).out)
    result = run("code", str(ingested))
    assert result.code == 0
    assert events_of(result.out) == direct


def test_mentions_file(run, records, tmp_path):
    mentions = tmp_path / "mentions.jsonl"
    result = run("code", records, "--mentions", str(mentions))
    assert result.code == 0
    rows = [json.loads(line) for line in mentions.read_text(encoding="utf-8").splitlines()]
    assert [list(r) for r in rows] == [["doc_id", "sentence", "span", *ACTOR_FIELDS]] * len(rows)
    assert [(r["doc_id"], r["span"], r["text"], r["code"], r["sector"]) for r in rows] == [
        ("d1", [0, 6], "Russia", "RUS", None),
        ("d1", [27, 32], "Syria", "SYR", None),
        ("d2", [0, 12], "US officials", "USA", "GOV"),
        ("d2", [21, 27], "Moscow", "RUS", "GOV"),
        ("d2", [42, 59], "Syrian government", "SYR", "GOV"),
    ]


def test_out_file_csv(run, article, tmp_path):
    out = tmp_path / "events.csv"
    result = run("code", article, "--out", str(out), "--format", "csv")
    assert result.code == 0
    assert result.out == ""
    with out.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert reader.fieldnames == EVENT_FIELDS
    assert [r["event"] for r in rows] == ["AID", "ACCUSE", "THREATEN"]
    assert json.loads(rows[0]["actor"]) == SUPPLY_EVENT["actor"]
    assert json.loads(rows[0]["span"]) == [7, 23]
    assert rows[0]["text"] == SUPPLY


def test_out_file_parquet(run, article, tmp_path):
    out = tmp_path / "events.parquet"
    result = run("code", article, "-o", str(out), "-f", "parquet")
    assert result.code == 0
    assert result.out == ""
    table = pq.read_table(out)
    assert table.column_names == EVENT_FIELDS
    rows = table.to_pylist()
    assert [r["event"] for r in rows] == ["AID", "ACCUSE", "THREATEN"]
    assert json.loads(rows[0]["recipient"]) == SUPPLY_EVENT["recipient"]
    assert int(rows[0]["sentence"]) == 1
    assert rows[0]["event_text"] == "supplied weapons"


# --- misuse: exit 2 before anything is written ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--input-format", "pdf"), "error: unknown input format 'pdf'"),
        (("--max-size", "0"), "error: --max-size must be positive, not 0"),
        (("--format", "xml"), "Invalid value for '--format'"),
        (("--format", "parquet"), "error: Parquet is binary and cannot go to standard output"),
    ],
    ids=["input-format", "max-size", "format", "parquet-to-stdout"],
)
def test_misuse_exit_2(run, article, args, message):
    result = run("code", *args, article)
    assert result.code == 2
    assert message in result.err
    assert result.out == ""
    assert "Traceback" not in result.err


def test_unwritable_mentions_file_exit_2(run, article, tmp_path):
    result = run("code", article, "--mentions", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert result.err.startswith("error: ")


# --- bad input: reported on one line, skipped, the rest coded -------------------------------------


def good_events(out: str) -> list[tuple[str, str]]:
    return [(e["event"], e["text"]) for e in events_of(out)]


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"], ids=["zero-bytes", "whitespace"])
def test_empty_document(run, article, tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    result = run("code", article, str(empty))
    assert result.code == 1
    assert_clean_messages(result.err)
    assert f"error: {empty}: empty file — nothing to read" in result.err.splitlines()
    assert [e for e, _ in good_events(result.out)] == ["AID", "ACCUSE", "THREATEN"]
    assert "coded 1 document(s)" in result.err and "1 failed" in result.err


def test_non_english_document_skipped_with_a_notice(run, article, tmp_path):
    german = tmp_path / "german.txt"
    german.write_text(GERMAN, encoding="utf-8")
    result = run("code", str(german), article)
    assert result.code == 0
    assert_clean_messages(result.err)
    assert f"warning: {german}: skipped: language 'de', the coder reads English" in (
        result.err.splitlines()
    )
    assert [e for e, _ in good_events(result.out)] == ["AID", "ACCUSE", "THREATEN"]
    assert result.err.splitlines()[-1].endswith("1 skipped, 0 failed")


def test_only_non_english_exit_2(run, tmp_path):
    german = tmp_path / "german.txt"
    german.write_text(GERMAN, encoding="utf-8")
    result = run("code", str(german))
    assert result.code == 2
    assert result.out == ""
    assert_clean_messages(result.err)
    assert "coded 0 document(s)" in result.err and "1 skipped" in result.err


FILLER = "the talks went on and on without a pause while the clocks ticked slowly upstairs "


def block(opening: str = "") -> str:
    """Words of exactly 999 characters, so cuts fall at the joining spaces."""
    text = ""
    for word in (opening + " " + FILLER * 20).split():
        longer = f"{text} {word}" if text else word
        if len(longer) > 999:
            break
        text = longer
    return text + "x" * (999 - len(text))


def test_200_kb_paragraph_without_sentence_breaks(run, tmp_path):
    blocks = [block() for _ in range(200)]
    blocks[120] = block("Russia supplied weapons to Syria on Monday while")
    path = tmp_path / "long.txt"
    path.write_text("Long talks\n\n" + " ".join(blocks) + "\n", encoding="utf-8")
    result = run("code", str(path))
    assert result.code == 0
    assert_clean_messages(result.err)
    assert result.err.splitlines()[-1] == (
        "read 1 input(s): coded 1 document(s), 200 sentence(s) (1 parsed), 1 event(s); "
        "0 skipped, 0 failed"
    )
    (event,) = events_of(result.out)
    assert (event["sentence"], event["event"], event["event_text"]) == (
        120,
        "AID",
        "supplied weapons",
    )
    assert event["text"] == blocks[120]


def test_control_characters_and_odd_unicode(run, article, tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_text(
        "Odd\u200d characters\n\n"
        "Russia\x07 supplied weapons\u200b to Syria \u200fon Monday\u200e 🚀🇷🇺, officials said. "
        "The United\u00a0States accused\u202e Moscow\u202c of prolonging the war 👍🏽 and "
        "Iran\u200d\u200d backed Damascus.\n",
        encoding="utf-8",
    )
    result = run("code", str(odd), article)
    assert result.code == 0
    assert_clean_messages(result.err)
    events = events_of(result.out)
    odd_events = [e for e in events if e["doc_id"] != events[-1]["doc_id"]]
    assert [
        (e["event"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]])
        for e in odd_events
    ] == [
        ("AID", ["RUS"], ["SYR"]),
        ("ACCUSE", ["USA"], ["RUS"]),
        ("SUPPORT", ["IRN"], ["SYR"]),
    ]
    for event in events:
        start, end = event["span"]
        assert event["text"][start:end] == event["event_text"]
    assert "🚀🇷🇺" in odd_events[0]["text"]
    assert [e for e, _ in good_events(result.out)][-3:] == ["AID", "ACCUSE", "THREATEN"]


def test_json_lines_record_without_text(run, tmp_path):
    path = tmp_path / "records.jsonl"
    rows = [
        {"id": "a", "text": SUPPLY, "date": "2014-09-26"},
        {"id": "b", "date": "2014-09-26"},
        {"id": "c", "text": "", "date": "2014-09-26"},
        {"id": "d", "text": "The United States accused Moscow of prolonging the war in Syria.",
         "date": "2014-09-26"},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("code", str(path))
    assert result.code == 1
    assert_clean_messages(result.err)
    errors = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {path}:2: no text in field 'text' — name the text field with --text-field",
        f"error: {path}:3: no text in field 'text' — name the text field with --text-field",
    ]
    assert [(e["doc_id"], e["event"]) for e in events_of(result.out)] == [
        ("a", "AID"),
        ("d", "ACCUSE"),
    ]
    assert "coded 2 document(s)" in result.err and "2 failed" in result.err


def test_bad_records_in_ingest_output(run, article, tmp_path):
    ingested = tmp_path / "docs.jsonl"
    assert run("ingest", article, "--out", str(ingested)).code == 0
    record = json.loads(ingested.read_text(encoding="utf-8"))
    no_id = {k: v for k, v in record.items() if k != "id"}
    lines = [
        json.dumps({**record, "id": "good"}),
        json.dumps({**record, "id": "string", "paragraphs": "Russia attacked Syria."}),
        json.dumps({**record, "id": "empty", "paragraphs": [None, " "]}),
        json.dumps({**record, "id": "number-date", "date": 20140926}),
        json.dumps(no_id),
        json.dumps([1, 2]),
        "{broken",
    ]
    ingested.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("code", str(ingested))
    assert result.code == 1
    assert_clean_messages(result.err)
    errors = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert [line.split(": not a document record")[0] for line in errors] == [
        f"error: {ingested}:{n}" for n in (2, 3, 6, 7)
    ]
    events = events_of(result.out)
    assert sorted({e["doc_id"] for e in events}) == sorted(["good", "number-date", record["id"]])
    assert {e["date"] for e in events if e["doc_id"] == "number-date" and e["event"] == "AID"} == {
        "2014-09-22"
    }


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "this is a PNG image"),
        ("blob.dat", b"abc\x00\x01\x02" * 300, "this is a binary file"),
    ],
    ids=["png", "nul-bytes"],
)
def test_binary_file(run, article, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("code", str(path), article)
    assert result.code == 1
    assert_clean_messages(result.err)
    assert (
        f"error: {path}: {message}, not text, HTML, JSON Lines or WARC — convert it to text first"
        in result.err.splitlines()
    )
    assert [e for e, _ in good_events(result.out)] == ["AID", "ACCUSE", "THREATEN"]


def test_missing_file(run, article, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run("code", article, str(missing))
    assert result.code == 1
    assert_clean_messages(result.err)
    assert f"error: {missing}: no such file — check the path" in result.err.splitlines()
    assert [e for e, _ in good_events(result.out)] == ["AID", "ACCUSE", "THREATEN"]


def test_nothing_coded_exit_2(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("code", str(empty), str(tmp_path / "missing.txt"))
    assert result.code == 2
    assert result.out == ""
    assert_clean_messages(result.err)
    assert result.err.splitlines()[-1] == (
        "read 2 input(s): coded 0 document(s), 0 sentence(s) (0 parsed), 0 event(s); "
        "0 skipped, 2 failed"
    )


def test_exit_codes_match_ingest(run, article, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = str(tmp_path / "missing.txt")
    for args in ((article,), (article, str(empty)), (str(empty), missing)):
        assert run("code", *args).code == run("ingest", *args).code, args
