"""The shared spaCy pipeline (the coder's nlp module)."""

from __future__ import annotations

import pytest

from detente.coder.nlp import parser


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
