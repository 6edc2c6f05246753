"""The PLOVER tables: quad classes, intensities, CAMEO roots, the crosswalk and old labels."""

from __future__ import annotations

import pytest

from detente.coder.ontology import (
    EVENT_TYPES,
    cameo_root,
    from_cameo,
    intensity,
    normalise_label,
    quad_class,
    tables,
)


@pytest.mark.parametrize(
    ("event", "quad"),
    [("AGREE", 1), ("CONSULT", 1), ("AID", 2), ("COOPERATE", 2), ("ACCUSE", 3), ("ASSAULT", 4)],
)
def test_quad_class(event, quad):
    assert quad_class(event) == quad


def test_every_event_type_has_a_quad_class_and_an_intensity():
    for event in EVENT_TYPES:
        assert quad_class(event) in (1, 2, 3, 4), event
        score = intensity(event)
        assert score is not None and -10 <= score <= 10, event


def test_cooperation_scores_above_conflict():
    for event in EVENT_TYPES:
        score = intensity(event)
        assert score is not None
        if quad_class(event) in (1, 2):
            assert score > 0, event
        else:
            assert score <= 0, event


def test_intensity_by_mode():
    assert intensity("ASSAULT", "aerial") == -9.5
    assert intensity("ASSAULT", "unconventional") == -10.0


def test_intensity_without_or_with_an_unknown_mode_is_the_events():
    assert intensity("ASSAULT") == -9.0
    assert intensity("ASSAULT", None) == -9.0
    assert intensity("ASSAULT", "no-such-mode") == -9.0


def test_cameo_root():
    assert cameo_root("ASSAULT") == "18"
    assert cameo_root("ASSAULT", "aerial") == "19"
    assert cameo_root("AID") == "07"
    assert cameo_root("ACCUSE") == "11"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("190", ("ASSAULT", None, "military")),
        ("112", ("ACCUSE", "allege", None)),
        ("0874", ("RETREAT", "disarm", "military")),
    ],
)
def test_from_cameo(code, expected):
    assert from_cameo(code) == expected


@pytest.mark.parametrize("code", ["010", "999", ""])
def test_statements_and_unknown_codes_have_no_plover_event(code):
    assert from_cameo(code) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("DEMAND", "REQUEST"),
        ("FIGHT", "ASSAULT"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("demand", "REQUEST"),
        (" agree ", "AGREE"),
        ("ASSAULT", "ASSAULT"),
    ],
)
def test_normalise_label(label, expected):
    assert normalise_label(label) == expected


def test_unknown_events_have_nothing():
    assert (quad_class("NOPE"), intensity("NOPE"), cameo_root("NOPE")) == (None, None, None)


def test_the_tables_are_loaded_once():
    assert tables() is tables()
