"""The analysis plots: inline SVG that names what it draws and needs nothing outside the page."""

from __future__ import annotations

from detente.report.analysis_plots import (
    actor_colours,
    hex_colour,
    intervals_svg,
    network_svg,
    rounds_svg,
)

ACTORS = [{"id": "USA", "name": "United States"}, {"id": "RUS", "name": "Russia"}]
RELATIONS = [
    {"a": "USA", "b": "RUS", "kind": "rivalry", "about": None, "affinity": -0.4},
    {"a": "USA", "b": "RUS", "kind": "common-enemy", "about": "ISLAMIC-STATE", "affinity": 0.0},
]


def test_the_network_is_inline_svg_with_every_actor():
    svg = network_svg(ACTORS, RELATIONS)
    assert svg.lstrip().startswith("<svg") and "http" not in svg


def test_positions_by_round_and_intervals_are_inline_svg():
    colours = actor_colours(["USA", "RUS"])
    rounds = rounds_svg("issue", "eum", [{"USA": 0, "RUS": 100}, {"USA": 10, "RUS": 90}], colours)
    forecasts = {"eum": {"point": 20.0, "p10": 10.0, "p90": 30.0}}
    for svg in (rounds, intervals_svg("issue", forecasts)):
        assert svg.lstrip().startswith("<svg") and "http" not in svg


def test_the_same_input_draws_the_same_bytes():
    assert network_svg(ACTORS, RELATIONS) == network_svg(ACTORS, RELATIONS)


def test_every_actor_keeps_one_distinct_colour():
    colours = actor_colours([f"A{n}" for n in range(10)])
    assert len(set(colours.values())) == 10
    assert hex_colour((1.0, 0.0, 0.0, 1.0)) == "#ff0000"
