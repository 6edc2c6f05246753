"""The coder's Python API: documents in, events out, streaming, with bounded work per sentence."""

from __future__ import annotations

import inspect

import pytest

from detente.coder import CoderTally, Event, Mention, code, code_document, pipeline
from detente.coder.nlp import parser
from detente.ingest import Document, Problem

SUPPLY = "Russia supplied weapons to Syria on Monday."
ACCUSE = "The United States accused Moscow of prolonging the war."
QUIET = "The weather was mild and the harbour stayed calm all week."


@pytest.fixture(scope="module", autouse=True)
def model():
    """Load spaCy once for the module."""
    return parser()


def document(*paragraphs: str, **fields: object) -> Document:
    values: dict[str, object] = {
        "id": "doc",
        "title": None,
        "date": "2014-09-26",
        "dateline": None,
        "source": None,
        "url": None,
        "language": "en",
        "paragraphs": paragraphs,
    }
    values.update(fields)
    return Document(**values)  # type: ignore[arg-type]


def summary(event: Event) -> tuple:
    return (
        event.doc_id,
        event.sentence,
        event.event,
        [a.code for a in event.actor],
        [r.code for r in event.recipient],
    )


# --- streaming --------------------------------------------------------------------------------


def test_code_is_a_generator():
    assert inspect.isgenerator(code([]))
    assert list(code([])) == []


@pytest.mark.parametrize(("window", "read_first"), [(1, ["first"]), (2, ["first", "second"])])
def test_code_reads_documents_only_as_far_as_one_parse_window(monkeypatch, window, read_first):
    monkeypatch.setattr(pipeline, "PARSE_WINDOW", window)
    pulled: list[str] = []

    def documents():
        for name in ("first", "second", "third"):
            pulled.append(name)
            yield document(SUPPLY, id=name)

    events = code(documents())
    assert pulled == []  # nothing read before the first event is asked for
    first = next(events)
    assert first.doc_id == "first"
    assert pulled == read_first
    assert [e.doc_id for e in events] == ["second", "third"]
    assert pulled == ["first", "second", "third"]


def test_documents_parsed_together_code_as_they_do_alone():
    docs = [document(SUPPLY, id="a"), document(QUIET, ACCUSE, id="b"), document(SUPPLY, id="c")]
    together = [summary(e) for e in code(docs)]
    alone = [summary(e) for d in docs for e in code_document(d)]
    assert together == alone


def test_events_carry_the_document_id_and_sentence_index():
    doc = document(QUIET, f"{SUPPLY} {ACCUSE}", id="d1")
    assert [summary(e) for e in code([doc])] == [
        ("d1", 1, "AID", ["RUS"], ["SYR"]),
        ("d1", 2, "ACCUSE", ["USA"], ["RUS"]),
    ]


def test_the_id_the_input_gave_is_preferred():
    (event,) = code([document(SUPPLY, id="hash", source_id="reuters-17")])
    assert event.doc_id == "reuters-17"
    assert event.id == "reuters-17-0-1"


def test_an_event_indexes_its_own_sentence():
    (event,) = code([document(QUIET, SUPPLY)])
    assert event.text == SUPPLY
    assert event.span == (7, 23)
    assert event.text[event.span[0] : event.span[1]] == event.event_text == "supplied weapons"
    assert event.date == "2014-09-22"  # "on Monday" before Friday 26 September 2014


def test_code_document_returns_a_list_and_counts():
    tally = CoderTally()
    events = code_document(document(QUIET, SUPPLY, ACCUSE), tally=tally)
    assert [e.event for e in events] == ["AID", "ACCUSE"]
    assert (tally.documents, tally.sentences, tally.parsed, tally.events) == (1, 3, 2, 2)
    assert tally.mentions == 4  # Russia, Syria, The United States, Moscow


@pytest.mark.parametrize(
    ("first", "second", "actor"),
    [
        (SUPPLY, "It also condemned the attack on the convoy.", ["RUS"]),
        ("Vladimir Putin met the envoy.", "He also condemned the attack on the convoy.", ["RUS"]),
        (SUPPLY, "He also condemned the attack on the convoy.", None),  # no man was named
        ("Vladimir Putin met the envoy.", "It condemned the attack on the convoy.", None),
    ],
)
def test_a_sentence_whose_actor_is_a_pronoun_is_coded_after_a_fitting_actor(first, second, actor):
    tally = CoderTally()
    events = code_document(document(first, second, QUIET), tally=tally)
    accusations = [[a.code for a in e.actor] for e in events if e.event == "ACCUSE"]
    assert accusations == ([actor] if actor else [])
    assert tally.parsed == 2  # the quiet sentence still is not parsed


def test_a_pronoun_before_anyone_is_named_is_not_parsed():
    tally = CoderTally()
    assert code_document(document("They condemned the attack.", QUIET), tally=tally) == []
    assert tally.parsed == 0


def test_mentions_are_reported_with_their_sentence_and_span():
    mentions: list[Mention] = []
    list(code([document(QUIET, SUPPLY, id="d1")], on_mention=mentions.append))
    assert [(m.doc_id, m.sentence, m.start, m.end, m.actor.code) for m in mentions] == [
        ("d1", 1, 0, 6, "RUS"),
        ("d1", 1, 27, 32, "SYR"),
    ]
    assert all(SUPPLY[m.start : m.end] == m.actor.text for m in mentions)


# --- bad input ----------------------------------------------------------------------------------


def test_non_english_documents_are_skipped_with_a_notice():
    problems: list[Problem] = []
    tally = CoderTally()
    german = document(
        "Russland hat am Montag Waffen nach Syrien geliefert.", id="de", language="de"
    )
    events = list(
        code([german, document(SUPPLY, id="en")], on_problem=problems.append, tally=tally)
    )
    assert [e.doc_id for e in events] == ["en"]
    (problem,) = problems
    assert problem.where == "de"
    assert problem.message == "skipped: language 'de', the coder reads English"
    assert problem.fatal is False
    assert (tally.skipped, tally.documents) == (1, 1)
    assert tally.problems == [problem]


def test_an_unknown_language_is_coded():
    (event,) = code([document(SUPPLY, language=None)])
    assert event.event == "AID"


@pytest.mark.parametrize("when", [None, "", "26/09/2014", "2014-02-30", 20140926])
def test_a_missing_or_unreadable_document_date_leaves_relative_dates_unresolved(when):
    (event,) = code([document(SUPPLY, date=when)])
    assert event.event == "AID"
    assert event.date is None


def test_a_document_without_sentences_gives_no_events():
    tally = CoderTally()
    assert code_document(document("   "), tally=tally) == []
    assert (tally.documents, tally.sentences, tally.events) == (1, 0, 0)


def test_control_and_invisible_characters_do_not_hide_actors_or_verbs():
    odd = (
        "Russia\x07 supplied weapons\u200b to Syria \u200fon Monday\u200e 🚀🇷🇺. "
        "The United\u00a0States accused\u202e Moscow\u202c of prolonging the war 👍🏽."
    )
    events = list(code([document(odd)]))
    assert [(e.event, e.actor[0].code, e.recipient[0].code) for e in events] == [
        ("AID", "RUS", "SYR"),
        ("ACCUSE", "USA", "RUS"),
    ]
    for event in events:
        assert event.text[event.span[0] : event.span[1]] == event.event_text
        assert not any(c in event.text for c in "\x07\u200b\u200d\u200e\u200f\u202c\u202e")
    assert "🚀🇷🇺" in events[0].text and "👍🏽" in events[1].text


# --- bounded work -------------------------------------------------------------------------------

FILLER = "the talks went on and on without a pause while the clocks ticked slowly upstairs "


def block(opening: str = "", size: int = 999) -> str:
    """Words of exactly ``size`` characters, no space at either end."""
    text = ""
    for word in (opening + " " + FILLER * 20).split():
        longer = f"{text} {word}" if text else word
        if len(longer) > size:
            break
        text = longer
    return text + "x" * (size - len(text))


def test_pieces_of_a_5_mb_paragraph_without_sentence_breaks():
    text = " ".join([block()] * 5005)
    assert len(text) > 5_000_000
    pieces = list(pipeline._pieces(text))
    assert len(pieces) == 5005
    assert max(len(p) for p in pieces) <= pipeline.MAX_SENTENCE_CHARS
    assert " ".join(pieces) == text


def test_pieces_of_5_mb_without_a_single_space():
    text = "a" * 5_000_000
    pieces = list(pipeline._pieces(text))
    assert len(pieces) == 5000
    assert {len(p) for p in pieces} == {pipeline.MAX_SENTENCE_CHARS}
    assert "".join(pieces) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   ", []),
        ("short sentence", ["short sentence"]),
        ("x" * 1000, ["x" * 1000]),
        ("x" * 1001, ["x" * 1000, "x"]),
        ("y " * 600, ["y " * 499 + "y", "y " * 100]),
        ("a" * 500 + "\n\t  " + "b" * 600, ["a" * 500 + "\n\t ", "b" * 600]),
    ],
    ids=["empty", "blank", "short", "exactly-max", "max+1", "cut-at-space", "whitespace-run"],
)
def test_pieces_cut_at_the_last_space_before_the_limit(text, expected):
    assert list(pipeline._pieces(text)) == expected


def test_sentences_of_a_5_mb_paragraph_are_bounded():
    paragraph = " ".join([block()] * 5005)
    found = list(pipeline.sentences(document(paragraph)))
    assert len(found) == 5005
    assert max(len(s) for s in found) <= pipeline.MAX_SENTENCE_CHARS


def test_a_long_paragraph_is_coded_piece_by_piece():
    blocks = [block() for _ in range(60)]
    blocks[42] = block("Russia supplied weapons to Syria on Monday while")
    tally = CoderTally()
    events = code_document(document(" ".join(blocks)), tally=tally)
    assert (tally.sentences, tally.parsed) == (60, 1)  # only the piece naming actors is parsed
    assert [summary(e) for e in events] == [("doc", 42, "AID", ["RUS"], ["SYR"])]
    assert len(events[0].text) == 999


def test_a_title_before_a_name_no_dictionary_knows_does_not_borrow_a_country():
    doc = document(
        "Iran rejected the plan on Monday.",
        "President Zoltan Quibberly accused Iran of lying.",
    )
    [*_, accusation] = code_document(doc)
    assert accusation.event == "ACCUSE"
    assert [a.code for a in accusation.actor] == ["unknown"]
    assert accusation.actor[0].name == "Zoltan Quibberly"


def test_a_name_introduced_with_a_countrys_title_is_that_country_later_too():
    doc = document(
        "British Prime Minister Zoltan Quibberly met Iranian officials on Monday.",
        "Quibberly accused Iran of lying.",
    )
    events = code_document(doc)
    first = events[0].actor[0]
    assert (first.code, first.sector, first.name) == ("GBR", "GOV", "Zoltan Quibberly")
    assert first.text == "British Prime Minister Zoltan Quibberly"
    [accusation] = [e for e in events if e.event == "ACCUSE"]
    actor = accusation.actor[0]
    assert (actor.code, actor.sector, actor.name) == ("GBR", "GOV", "Zoltan Quibberly")


def test_a_known_person_spelt_differently_is_remembered_by_surname():
    doc = document(
        "Omar al-Bashir met Egyptian officials on Monday.",
        "Bashir accused Egypt of lying.",
    )
    [accusation] = [e for e in code_document(doc) if e.event == "ACCUSE"]
    assert [a.code for a in accusation.actor] == ["SDN"]


def test_a_name_after_an_organisations_title_is_that_organisation():
    doc = document("Arab League Secretary-General Zoltan Quibberly urged Iran to talk.")
    [request] = [e for e in code_document(doc) if e.event == "REQUEST"]
    (actor,) = request.actor
    assert (actor.code, actor.name) == ("IGO", "Zoltan Quibberly")


def test_an_organisation_and_a_name_apart_stay_apart():
    doc = document("The Arab League and Zoltan Quibberly urged Iran to talk.")
    [request] = [e for e in code_document(doc) if e.event == "REQUEST"]
    assert [a.code for a in request.actor] == ["IGO", "unknown"]


def test_a_dictionary_surname_starting_a_longer_name_is_not_that_person():
    # "Hyde" alone is a Belizean minister in the dictionary; "Hyde Park" is a London park
    doc = document("Protesters marched from Hyde Park to Parliament Square in London.")
    mentions: list[Mention] = []
    code_document(doc, on_mention=mentions.append)
    assert all(m.actor.code != "BLZ" for m in mentions)
