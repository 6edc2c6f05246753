"""The packaged PWT 9.1 capability table and its lookup, on the real packaged values."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest

from detente.draft import capability
from detente.draft.capability import CapabilityFigure, capability_table, state_capability


def test_real_2014_values_rank_usa_over_russia_over_syria():
    usa, rus, syr = (state_capability(code, 2014) for code in ("USA", "RUS", "SYR"))
    assert usa is not None and rus is not None and syr is not None
    assert usa.value > rus.value > syr.value
    # PWT 9.1 rgdpo for 2014, millions of 2011 US$: USA 16,681,520; RUS 3,707,133; SYR 92,551.
    assert usa.value == pytest.approx(16681.5, rel=1e-3)
    assert rus.value == pytest.approx(3707.1, rel=1e-3)
    assert syr.value == pytest.approx(92.55, rel=1e-3)
    assert {usa.year, rus.year, syr.year} == {2014}


def test_figure_names_its_source_year_and_unit():
    figure = state_capability("IRQ", 2014)
    assert figure == CapabilityFigure(
        value=518.3,
        year=2014,
        source=(
            "Penn World Table 9.1, output-side real GDP at chained PPPs (rgdpo), 2014, "
            "billion 2011 US$ PPP"
        ),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 1.0  # type: ignore[misc]


def test_years_outside_the_table_are_clamped():
    header = capability_table()["header"]
    assert (header["first_year"], header["last_year"]) == (1990, 2017)
    early = state_capability("USA", 1975)
    late = state_capability("USA", 2031)
    latest = state_capability("USA", None)
    assert early is not None and late is not None and latest is not None
    assert early.year == 1990
    assert early.value == pytest.approx(9147.0, rel=1e-3)
    assert late.year == latest.year == 2017
    assert late.value == latest.value == pytest.approx(17780.0, rel=1e-3)
    assert "2017" in latest.source


def test_missing_year_falls_back_to_the_nearest_year_the_state_has():
    # PWT 9.1 has no rgdpo for Curaçao before 2005.
    assert "1995" not in capability_table()["countries"]["CUW"]["rgdpo"]
    figure = state_capability("CUW", 1995)
    assert figure is not None
    assert figure.year == 2005
    assert figure.value == capability_table()["countries"]["CUW"]["rgdpo"]["2005"]
    assert "2005" in figure.source


def test_nearest_year_tie_takes_the_earlier_year(monkeypatch):
    table = {
        "header": dict(capability_table()["header"]),
        "countries": {"XYZ": {"name": "Test", "rgdpo": {"2000": 1.0, "2002": 3.0}}},
    }
    monkeypatch.setattr(capability, "capability_table", lambda: table)
    tie = state_capability("XYZ", 2001)
    assert tie is not None and (tie.year, tie.value) == (2000, 1.0)
    after = state_capability("XYZ", 2010)
    assert after is not None and (after.year, after.value) == (2002, 3.0)


@pytest.mark.parametrize("code", ["PRK", "AFG", "LBY", "SOM", "CUB", "XXX", ""])
def test_states_outside_pwt_have_no_figure(code):
    assert state_capability(code, 2014) is None


def test_codes_are_matched_case_insensitively():
    assert state_capability(" tur ", 2014) == state_capability("TUR", 2014)


def test_file_header_names_its_source_and_stays_small():
    path = resources.files("detente") / "data" / "capability.json"
    assert len(path.read_bytes()) < 200_000
    header = capability_table()["header"]
    assert header["source"] == "Penn World Table 9.1"
    assert "Feenstra" in header["citation"] and "3150" in header["citation"]
    assert header["licence"] == "CC BY 4.0"
    assert header["variable"] == "rgdpo"
    assert header["unit"] == "billion 2011 US$ PPP"
    assert "r-cran-pwt9" in header["route"]


def test_every_key_is_an_alpha3_code_with_years_in_range():
    table = capability_table()
    header = table["header"]
    countries = table["countries"]
    assert len(countries) == header["country_count"] == 182
    for code, entry in countries.items():
        assert len(code) == 3 and code.isascii() and code.isupper()
        years = [int(year) for year in entry["rgdpo"]]
        assert years and min(years) >= header["first_year"] and max(years) <= header["last_year"]
        assert all(value > 0 for value in entry["rgdpo"].values())
