"""Citable state capability for drafted scenarios: real GDP from the Penn World Table 9.1.

A scenario drafted from news needs a capability figure for every state, and a reader should be
able to check where it came from. The packaged table ``data/capability.json`` (built by
``scripts/build_capability_table.py``) holds one published series, PWT 9.1 output-side real GDP
at chained PPPs (``rgdpo``), in billions of 2011 US$, by ISO 3166 alpha-3 code and year. Each
figure returned here carries its year and a source string that can go straight into a scenario.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class CapabilityFigure:
    """One state's capability: the value, the year it is for, and where it comes from."""

    value: float
    """Real GDP (rgdpo), billions of 2011 US$ at chained PPPs."""
    year: int
    """The year of the figure, which may differ from the year asked for."""
    source: str
    """A short citation naming the table, the variable, the year and the unit."""


@cache
def capability_table() -> dict[str, Any]:
    """The packaged table (header and countries), read once because lookups repeat per state."""
    text = (resources.files("detente") / "data" / "capability.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def state_capability(country: str, year: int | None = None) -> CapabilityFigure | None:
    """A state's real GDP for a year, or None when the table does not cover the state.

    ``country`` is an ISO 3166 alpha-3 code. The year is clamped to the table's range (the latest
    year when ``year`` is None) so a scenario about the present still gets the newest figure; if
    the state lacks that exact year, the nearest year it has is used, the earlier on a tie, since
    an earlier figure is one a contemporary reader could have known. The figure's ``year`` says
    which year was used.
    """
    table = capability_table()
    header = table["header"]
    variable = header["variable"]
    entry = table["countries"].get(country.strip().upper())
    if entry is None or not entry[variable]:
        return None
    first, last = int(header["first_year"]), int(header["last_year"])
    wanted = last if year is None else min(max(year, first), last)
    series = {int(key): float(value) for key, value in entry[variable].items()}
    used = min(series, key=lambda have: (abs(have - wanted), have))
    source = (
        f"{header['source']}, {header['variable_label']} ({variable}), {used}, {header['unit']}"
    )
    return CapabilityFigure(value=series[used], year=used, source=source)
