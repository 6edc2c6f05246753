"""Names one letter off resolve to the person the dictionary knows (the spelling module)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.coder.spelling import MisspeltNames, within_one_edit

IN_1990 = date(1990, 6, 1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("mitterand", "mitterrand", True),  # a letter dropped
        ("bouteflicka", "bouteflika", True),  # a letter added
        ("kozyrew", "kozyrev", True),  # a letter changed
        ("kozyerv", "kozyrev", True),  # neighbours swapped
        ("kozyrev", "kozyrev", True),
        ("kzyerv", "kozyrev", False),
        ("mitteran", "mitterrand", False),
        ("abcd", "badc", False),
    ],
)
def test_within_one_edit(a, b, expected):
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


@pytest.mark.parametrize(
    ("words", "code", "name"),
    [
        (["Francois", "Mitterand"], "FRA", "Francois Mitterrand"),
        (["Abdelaziz", "Bouteflicka"], "DZA", "Abdelaziz Bouteflika"),
        # a middle name dropped, the article hyphenated or spelt "El"
        (["Omar", "Hassan", "al", "-", "Bashir"], "SDN", None),
        (["Omar", "El", "Bashir"], "SDN", None),
        (["Laurent", "Gbago"], "CIV", "Laurent Gbagbo"),  # five letters suffice
        # honorifics before the given name, on either side
        (["Sayyid", "Ali", "Hosseini", "Khamenei"], "IRN", None),
        (["Supreme", "Leader", "Ali", "Khamenei"], "IRN", None),
    ],
)
def test_a_name_written_differently_finds_the_person(words, code, name):
    found = MisspeltNames.load().resolve(words, IN_1990)
    assert found is not None and found.code == code
    assert name is None or found.name == name


@pytest.mark.parametrize(
    "words",
    [
        ["Mitterand"],  # a surname alone
        ["Bouteflicka"],  # a surname alone, even when only one person fits
        ["Francois", "Mitteran"],  # two letters off
        ["Pierre", "Mitterand"],  # the first name differs
        ["Chelsea", "Clinton"],  # a known surname after another first name
        ["Hassan", "al", "Bashir"],  # the first name is the dictionary's middle name
        ["Obamma"],  # the surname is too short to trust one letter
        ["Zoltan", "Quibberly"],
        ["Ayatollah", "Khamenei"],  # an honorific and a surname are a surname alone
    ],
)
def test_no_guess_when_the_name_is_ambiguous_far_or_short(words):
    assert MisspeltNames.load().resolve(words, IN_1990) is None
