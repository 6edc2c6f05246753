"""Actor mentions in one sentence: names the dictionary does not know (the mentions module)."""

from __future__ import annotations

import pytest

from detente.coder.mentions import find_mentions, proper_names
from detente.coder.nlp import parser


@pytest.fixture(scope="module")
def nlp():
    return parser()


def names(nlp, text: str) -> list[str]:
    sent = next(nlp(text).sents)
    return [sent[start:end].text for start, end in proper_names(sent)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zoltan Zia-ul-Quibberly met the envoy.", "Zoltan Zia-ul-Quibberly"),
        ("The execution of Ken Saro-Quibb shocked many.", "Ken Saro-Quibb"),
    ],
)
def test_a_hyphenated_name_is_one_name(nlp, text, name):
    assert name in names(nlp, text)


def test_a_spaced_dash_separates_names(nlp):
    found = names(nlp, "Zoltan Quibberly - Ferenc Quabb said so.")
    assert "Zoltan Quibberly - Ferenc Quabb" not in found


def test_a_hyphenated_titled_name_takes_the_countrys_role(nlp):
    sent = next(nlp("Pakistani President Zoltan Zia-ul-Quibberly rejected the offer.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.name) for a in actors] == [("PAK", "Zoltan Zia-ul-Quibberly")]


def test_a_misspelt_known_name_is_that_person(nlp):
    sent = next(nlp("President Francois Mitterand welcomed the visitors.").sents)
    actors = [f.actor for f in find_mentions(sent, None) if f.actor is not None]
    assert [(a.code, a.name) for a in actors] == [("FRA", "Francois Mitterrand")]
