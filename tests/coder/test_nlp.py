"""The shared spaCy pipeline (the coder's nlp module)."""

from __future__ import annotations

import pytest

from detente.coder.nlp import parse, parser


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Trump hoped to meet Putin.", "hoped", "hope"),
        ("Protesters staged a rally.", "staged", "stage"),
        ("Russia is waging war.", "waging", "wage"),
        ("Iran uses drones.", "uses", "use"),
        ("The rabbit hopped away.", "hopped", "hop"),
        ("Russia visited Syria.", "visited", "visit"),
        ("They banned the party.", "banned", "ban"),
    ],
)
def test_verbs_keep_their_silent_e(text, word, lemma):
    (token,) = [t for t in parser()(text) if t.text == word]
    assert token.lemma_ == lemma


def test_a_typographic_apostrophe_is_read_as_a_plain_one_and_kept():
    text = "It’s a crime, and Iran didn’t attack."
    (doc,) = parse([text])
    assert doc.text == text
    contraction = next(t for t in doc if t.text == "’s")
    assert contraction.lemma_ == "be"
    assert next(t for t in doc if t.text == "n’t").dep_ == "neg"


def test_plain_text_is_parsed_as_it_is():
    (doc,) = parse(["Russia visited Syria."])
    assert [t.dep_ for t in doc][:2] == ["nsubj", "ROOT"]
