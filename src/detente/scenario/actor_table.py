"""One-issue actor tables, as the expected-utility ports circulate them, read and written.

The layout: a header row naming an actor column and capability, position and salience columns
in any order, then one row per actor; commas or tabs between cells, any line ending, an optional
byte-order mark::

    Actor,Capability,Position,Salience
    Netherlands,0.08,4,80

Header names accepted (case aside): actor / name / stakeholder / an empty first cell for the
actor; capability / resources / power / c; position / x; salience / s.

Choices the format leaves open, made here:

* Positions on another scale are mapped linearly onto 0–100 when any lies outside 0–100 (ends
  to ends) or all lie within 0–1 (×100), keeping their order and proportions; the issue's
  anchors then record the original ends. Other positions within 0–100 are kept as they are.
* Saliences above 1 are percentages and are divided by 100.
* The single issue is named after the file (``issue``); actors get kind ``state``, ids made
  valid and unique by ``make_identifier``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from detente.errors import InputFileError, ScenarioError
from detente.scenario.cells import (
    DEFAULT_KIND,
    make_identifier,
    number_text,
    parse_number,
    raise_inconsistency,
    to_float,
)
from detente.scenario.schema import Actor, Issue, Scenario, Stance
from detente.textfile import write_file

_COLUMNS = {
    "actor": "actor",
    "name": "actor",
    "stakeholder": "actor",
    "": "actor",
    "capability": "capability",
    "resources": "capability",
    "power": "capability",
    "c": "capability",
    "position": "position",
    "x": "position",
    "salience": "salience",
    "s": "salience",
}
_NEEDED = ("actor", "capability", "position", "salience")
_HINT = "the first line must name the columns, e.g. 'Actor,Capability,Position,Salience'"


def _lines(text: str) -> list[tuple[int, str]]:
    rows = re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))
    return [(n, line) for n, line in enumerate(rows, start=1) if line.strip()]


def _header(line: str) -> tuple[str, dict[str, int]] | None:
    """The separator and the column of each needed field, or None when this is no header."""
    separator = "\t" if "\t" in line else ","
    cells = [cell.strip().lower() for cell in line.split(separator)]
    columns: dict[str, int] = {}
    for n, cell in enumerate(cells):
        field = _COLUMNS.get(cell)
        if field is not None and field not in columns:
            columns[field] = n
    return (separator, columns) if all(f in columns for f in _NEEDED) else None


def looks_like_actor_table(text: str) -> bool:
    """Whether the first line is an actor table's header."""
    lines = _lines(text[:2000])
    return bool(lines) and _header(lines[0][1]) is not None


def read_actor_table(path: Path, text: str) -> Scenario:
    """The one-issue scenario in an actor table, or a one-line error at the first line at fault."""
    lines = _lines(text)
    if not lines:
        raise InputFileError("the file has no rows", where=str(path), hint=_HINT)
    header = _header(lines[0][1])
    if header is None:
        raise InputFileError(
            "no actor, capability, position and salience columns in the header",
            where=f"{path}:{lines[0][0]}",
            hint=_HINT,
        )
    separator, columns = header
    if len(lines) < 2:
        raise ScenarioError("the table has no actors", where=str(path), hint="add a row per actor")
    names: list[str] = []
    values: dict[str, list[Decimal]] = {"capability": [], "position": [], "salience": []}
    for number, line in lines[1:]:
        cells = [cell.strip() for cell in line.split(separator)]
        where = f"{path}:{number}"
        if len(cells) <= max(columns.values()):
            raise InputFileError(
                f"row has {len(cells)} cells, fewer than the header's columns",
                where=where,
                hint="give a name, capability, position and salience on every row",
            )
        names.append(cells[columns["actor"]])
        for field in values:
            values[field].append(parse_number(cells[columns[field]], field, where))
    for field in ("capability", "salience"):
        if any(v < 0 for v in values[field]):
            raise ScenarioError(
                f"a {field} is negative", where=str(path), hint=f"give each {field} as ≥ 0"
            )
    positions = [to_float(v) for v in values["position"]]
    low, high = min(positions), max(positions)
    anchors = {0.0: "0", 100.0: "100"}
    if low < 0 or high > 100:
        span = (high - low) or 1.0
        positions = [100 * (p - low) / span for p in positions]
        anchors = {0.0: f"{number_text(low)} on the file's scale", 100.0: number_text(high)}
    elif high <= 1:  # a 0–1 scale
        positions = [100 * p for p in positions]
        anchors = {0.0: "0 on the file's scale", 100.0: "1"}
    saliences = [to_float(v) for v in values["salience"]]
    if max(saliences) > 1:
        saliences = [s / 100 for s in saliences]
    issue_id = make_identifier(path.stem, (), "issue")
    taken: set[str] = set()
    actors: list[Actor] = []
    stances: list[Stance] = []
    for name, capability, position, salience in zip(
        names, values["capability"], positions, saliences, strict=True
    ):
        actor_id = make_identifier(name, taken, "actor")
        taken.add(actor_id)
        actors.append(Actor(actor_id, name or actor_id, DEFAULT_KIND, to_float(capability)))
        stances.append(Stance(actor_id, issue_id, position, salience))
    scenario = Scenario(
        id=issue_id,
        title=path.stem,
        actors=tuple(actors),
        issues=(Issue(issue_id, path.stem, anchors),),
        stances=tuple(stances),
        relations=(),
    )
    raise_inconsistency(scenario, path, {"actors": [n for n, _ in lines[1:]]})
    return scenario


def write_actor_table(scenario: Scenario, path: Path) -> None:
    """Write a one-issue scenario as an actor table (saliences 0–1)."""
    if len(scenario.issues) != 1:
        raise ScenarioError(
            f"an actor table holds one issue; scenario '{scenario.id}' has {len(scenario.issues)}",
            hint="write it as YAML, Stokman or KTAB instead",
        )
    stance = {s.actor: s for s in scenario.stances}
    rows = ["Actor,Capability,Position,Salience"]
    for actor in scenario.actors:
        found = stance.get(actor.id)
        if found is not None:
            rows.append(
                f"{actor.id},{number_text(actor.capability)},{number_text(found.position)},"
                f"{number_text(found.salience)}"
            )
    write_file(path, "\n".join(rows) + "\n")
