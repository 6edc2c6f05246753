"""Stokman ``#A/#P/#M/#D`` files, the input of the decide exchange model, read and written.

Each line is one record whose first cell names its type::

    #O  title                            (optional)
    #/  anything                         (comment)
    #A  actor-id  name  [comment]
    #P  issue-id  name  [description]
    #M  issue-id  value                  (scale points; min and max set the issue's range)
    #D  actor-id  issue-id  position  salience  power

Cells are separated by tabs, semicolons or commas (the character right after the record type
decides, per line) and may be wrapped in single or double quotes.

Choices the format leaves open, made here:

* Power is a property of the actor, but the format repeats it on every ``#D`` line. The first
  value is used; a later one that differs (by more than 1e-9 relative) is an error, because a
  silent average would hide a typo. The real decide data sets all repeat one value per actor.
* The format carries no actor kind, so every actor is read as ``DEFAULT_KIND`` ("state").
* Ids that are not valid detente identifiers (``EU (incl Norway)``) are turned into ones
  (``EU-incl-Norway``) by ``make_identifier``; the original text stays as the name.
* Positions are rescaled linearly from the issue's ``#M`` range (0–100 when it has no ``#M``
  lines) to detente's 0–100; the ``#M`` values as written become the issue's anchor labels.
* An actor with ``#A`` but no ``#D`` line has no power, so it is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from detente.errors import InputFileError, ScenarioError
from detente.scenario.cells import (
    DECIMAL,
    DEFAULT_KIND,
    make_identifier,
    number_text,
    parse_number,
    raise_inconsistency,
    show,
    to_float,
)
from detente.scenario.schema import Actor, Issue, Scenario, Stance
from detente.textfile import write_file

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_RECORD = re.compile(r"""\s*(['"]?)#([A-Za-z/])\1""")
_SEPARATORS = "\t;,"
_RECORD_HINT = (
    "each line starts with #A (actor), #P (issue), #M (scale point), #D (stance), "
    "#O (title) or #/ (comment), followed by a tab, ';' or ','"
)


def _number_text(value: Decimal) -> str:
    """A decimal as plain text, for messages ('160', '0.5', never '1.6E+2')."""
    text = format(value.normalize(DECIMAL), "f")
    return "0" if text in ("-0", "0") else text


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Record:
    line: int
    kind: str  # "O", "A", "P", "M" or "D"
    cells: tuple[str, ...]


def _unquote(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] and cell[0] in "'\"":
        return cell[1:-1].strip()
    return cell


def _split(text: str, sep: str) -> list[str]:
    """Cells of one line; a quoted cell may contain the separator, an unquoted one may not."""
    pieces = text.split(sep)
    cells: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        stripped = piece.strip()
        if stripped[:1] in ("'", '"') and (len(stripped) == 1 or stripped[-1] != stripped[0]):
            quote = stripped[0]
            for j in range(i + 1, len(pieces)):
                if pieces[j].strip().endswith(quote):
                    piece = sep.join(pieces[i : j + 1])
                    i = j
                    break
        cells.append(_unquote(piece))
        i += 1
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _records(path: Path, text: str) -> list[_Record]:
    """Every non-comment line as a record, or an error at the first line that is none."""
    records: list[_Record] = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        match = _RECORD.match(line)
        rest = line[match.end() :].lstrip(" ") if match else ""
        if match is None or (rest and rest[0] not in _SEPARATORS and match.group(2) != "/"):
            token = _unquote(re.split(r"[\t;,]", line.strip(), maxsplit=1)[0])
            raise InputFileError(
                f"unknown record type '{show(token)}'", where=where, hint=_RECORD_HINT
            )
        kind = match.group(2).upper()
        if kind == "/":
            continue
        if kind not in "OAPMD":
            raise InputFileError(f"unknown record type '#{kind}'", where=where, hint=_RECORD_HINT)
        if kind == "O":
            records.append(_Record(number, kind, (_unquote(rest[1:]),) if rest else ()))
        else:
            records.append(_Record(number, kind, tuple(_split(rest[1:], rest[0])) if rest else ()))
    return records


_SHAPES = {
    "A": (1, 3, "an actor id, a name and an optional comment"),
    "P": (1, 3, "an issue id, a name and an optional description"),
    "M": (2, 2, "an issue id and a scale value"),
    "D": (5, 5, "actor id, issue id, position, salience and power"),
}


def _check_shape(record: _Record, where: str) -> None:
    low, high, expected = _SHAPES[record.kind]
    n = len(record.cells)
    if not low <= n <= high:
        raise InputFileError(
            f"#{record.kind} line has {n} cell{'s' if n != 1 else ''} after the record type",
            where=where,
            hint=f"expected {expected}",
        )
    if not record.cells[0]:
        raise InputFileError(
            f"#{record.kind} line has an empty id", where=where, hint="put the id in the 2nd cell"
        )


@dataclass(slots=True)
class _Scale:
    """An issue's #M points: the range positions are given on and the labels of its ends."""

    points: list[tuple[Decimal, str, int]] = field(default_factory=list)

    def bounds(self) -> tuple[Decimal, Decimal]:
        if not self.points:
            return Decimal(0), Decimal(100)
        values = [value for value, _, _ in self.points]
        return min(values), max(values)

    def rescale(self, value: Decimal) -> float:
        low, high = self.bounds()
        return to_float(DECIMAL.divide(DECIMAL.multiply(value - low, Decimal(100)), high - low))

    def anchors(self) -> dict[float, str]:
        if not self.points:
            return {0.0: "0", 100.0: "100"}
        return {self.rescale(value): label for value, label, _ in sorted(self.points)}


def read_stokman(path: Path, text: str) -> Scenario:
    """The scenario in a Stokman file, or a one-line error at the first line at fault."""
    records = _records(path, text)
    for kind, what in (("A", "#A actor"), ("P", "#P issue"), ("D", "#D stance")):
        if not any(r.kind == kind for r in records):
            raise InputFileError(
                f"no {what} lines",
                where=str(path),
                hint="a Stokman file needs #A actor, #P issue and #D stance lines",
            )
    title = next((r.cells[0] for r in records if r.kind == "O" and r.cells), "") or path.stem

    actor_ids: dict[str, str] = {}  # file id -> detente id
    actor_rows: dict[str, _Record] = {}
    issue_ids: dict[str, str] = {}
    issue_rows: dict[str, _Record] = {}
    for record in records:
        if record.kind not in "AP":
            continue
        where = f"{path}:{record.line}"
        _check_shape(record, where)
        raw = record.cells[0]
        ids, rows, noun = (
            (actor_ids, actor_rows, "actor")
            if record.kind == "A"
            else (issue_ids, issue_rows, "issue")
        )
        if raw in rows:
            raise ScenarioError(
                f"second #{record.kind} line for {noun} '{show(raw)}' "
                f"(the first is on line {rows[raw].line})",
                where=where,
                hint=f"give each {noun} one #{record.kind} line",
            )
        ids[raw] = make_identifier(raw, set(ids.values()), f"{noun}-{len(ids) + 1}")
        rows[raw] = record

    scales = {raw: _Scale() for raw in issue_ids}
    for record in records:
        if record.kind != "M":
            continue
        where = f"{path}:{record.line}"
        _check_shape(record, where)
        raw, cell = record.cells
        if raw not in scales:
            raise ScenarioError(
                f"#M scale point for unknown issue '{show(raw)}'",
                where=where,
                hint="declare the issue with a #P line (ids are case-sensitive)",
            )
        value = parse_number(cell, "scale value", where)
        scales[raw].points.append((value, cell, record.line))
    for raw, scale in scales.items():
        low, high = scale.bounds()
        if low == high:
            raise ScenarioError(
                f"issue '{show(raw)}' has a scale from {_number_text(low)} to itself",
                where=f"{path}:{scale.points[0][2]}",
                hint="give the issue two #M lines with its minimum and its maximum",
            )

    powers: dict[str, tuple[Decimal, int]] = {}
    stance_rows: dict[tuple[str, str], _Record] = {}
    stances: list[Stance] = []
    for record in records:
        if record.kind != "D":
            continue
        where = f"{path}:{record.line}"
        _check_shape(record, where)
        actor, issue, position_cell, salience_cell, power_cell = record.cells
        if actor not in actor_ids:
            raise ScenarioError(
                f"#D line for unknown actor '{show(actor)}'",
                where=where,
                hint="declare the actor with a #A line (ids are case-sensitive)",
            )
        if issue not in issue_ids:
            raise ScenarioError(
                f"#D line for unknown issue '{show(issue)}'",
                where=where,
                hint="declare the issue with a #P line (ids are case-sensitive)",
            )
        if (actor, issue) in stance_rows:
            raise ScenarioError(
                f"second #D line for actor '{show(actor)}' on issue '{show(issue)}' "
                f"(the first is on line {stance_rows[actor, issue].line})",
                where=where,
                hint="keep one #D line per actor and issue",
            )
        stance_rows[actor, issue] = record
        position = parse_number(position_cell, "position", where)
        salience = parse_number(salience_cell, "salience", where)
        power = parse_number(power_cell, "power", where)
        scale = scales[issue]
        low, high = scale.bounds()
        if not low <= position <= high:
            raise ScenarioError(
                f"position {_number_text(position)} is outside the issue's scale "
                f"{_number_text(low)}–{_number_text(high)}",
                where=where,
                hint=f"give '{show(actor)}' a position on '{show(issue)}' within the scale, "
                "or widen it with #M lines",
            )
        if not 0 <= salience <= 1:
            raise ScenarioError(
                f"salience {_number_text(salience)} is outside 0–1",
                where=where,
                hint="salience is the share of attention the actor gives the issue, 0 to 1",
            )
        if power < 0:
            raise ScenarioError(
                f"power {_number_text(power)} is negative",
                where=where,
                hint="power (capability) must be 0 or more",
            )
        if actor in powers:
            first, line = powers[actor]
            if abs(power - first) > Decimal("1e-9") * max(abs(power), abs(first)):
                raise ScenarioError(
                    f"power {_number_text(power)} of actor '{show(actor)}' differs from "
                    f"{_number_text(first)} on line {line}",
                    where=where,
                    hint="power belongs to the actor: repeat the same value on each #D line",
                )
        else:
            powers[actor] = (power, record.line)
        stances.append(
            Stance(
                actor=actor_ids[actor],
                issue=issue_ids[issue],
                position=min(100.0, max(0.0, scale.rescale(position))),
                salience=to_float(salience),
            )
        )

    actors: list[Actor] = []
    for raw, record in actor_rows.items():
        if raw not in powers:
            raise ScenarioError(
                f"actor '{show(raw)}' has no #D lines, so its power is unknown",
                where=f"{path}:{record.line}",
                hint="add #D lines for the actor or remove its #A line",
            )
        name = record.cells[1] if len(record.cells) > 1 and record.cells[1] else raw
        note = record.cells[2] if len(record.cells) > 2 else ""
        actors.append(
            Actor(
                id=actor_ids[raw],
                name=name,
                kind=DEFAULT_KIND,
                capability=to_float(powers[raw][0]),
                note=note or None,
            )
        )
    issues: list[Issue] = []
    for raw, record in issue_rows.items():
        question = record.cells[1] if len(record.cells) > 1 and record.cells[1] else raw
        note = record.cells[2] if len(record.cells) > 2 else ""
        issues.append(
            Issue(
                id=issue_ids[raw],
                question=question,
                anchors=scales[raw].anchors(),
                note=note if note and note != question else None,
            )
        )

    scenario = Scenario(
        id=make_identifier(path.stem, (), "scenario"),
        title=title,
        actors=tuple(actors),
        issues=tuple(issues),
        stances=tuple(stances),
    )
    lines = {
        "actors": [r.line for r in actor_rows.values()],
        "issues": [r.line for r in issue_rows.values()],
        "stances": [r.line for r in stance_rows.values()],
    }
    raise_inconsistency(scenario, path, lines)
    return scenario


def looks_like_stokman(text: str) -> bool:
    """Whether the text starts like a Stokman file: a record marker first, and #A or #D lines."""
    lines = [line for line in _LINE_BREAK.split(text, maxsplit=500)[:500] if line.strip()]
    if not lines:
        return False

    def kind(line: str) -> str | None:
        match = _RECORD.match(line)
        if match is None:
            return None
        rest = line[match.end() :].lstrip(" ")
        if match.group(2) == "/" or not rest or rest[0] in _SEPARATORS:
            return match.group(2).upper()
        return None

    return kind(lines[0]) in tuple("OAPMD/") and any(kind(line) in ("A", "D") for line in lines)


# --- writing ---------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Free text made safe for one tab-separated cell."""
    return re.sub(r"[\t\r\n\v\f]+", " ", text).strip()


def write_stokman(scenario: Scenario, path: Path) -> None:
    """Write the scenario as a tab-separated Stokman file the decide model can read.

    Positions are already on 0–100, so every issue gets ``#M 0`` and ``#M 100``; its anchor labels
    go into a ``#/`` comment. Kinds, relations, evidence and uncertainties have no place in the
    format and are left out. An actor without stances would lose its power, so it gets one #D
    line with salience 0 on the first issue, at the issue's reference point (or 50).
    """
    out = [f"#O\t{_cell(scenario.title) or scenario.id}"]
    for actor in scenario.actors:
        cells = ["#A", actor.id, _cell(actor.name) or actor.id]
        if actor.note and _cell(actor.note):
            cells.append(_cell(actor.note))
        out.append("\t".join(cells))
    for issue in scenario.issues:
        cells = ["#P", issue.id, _cell(issue.question) or issue.id]
        if issue.note and _cell(issue.note):
            cells.append(_cell(issue.note))
        out.append("\t".join(cells))
        if issue.anchors:
            labels = "; ".join(
                f"{number_text(at)} = {_cell(label)}" for at, label in sorted(issue.anchors.items())
            )
            out.append(f"#/\tanchors of {issue.id}: {labels}")
        out.extend((f"#M\t{issue.id}\t0", f"#M\t{issue.id}\t100"))
    capability = {actor.id: actor.capability for actor in scenario.actors}
    with_stances = {stance.actor for stance in scenario.stances}
    for stance in scenario.stances:
        out.append(
            "\t".join(
                (
                    "#D",
                    stance.actor,
                    stance.issue,
                    number_text(stance.position),
                    number_text(stance.salience),
                    number_text(capability[stance.actor]),
                )
            )
        )
    if scenario.issues:
        first = scenario.issues[0]
        rest_at = first.reference_point if first.reference_point is not None else 50.0
        for actor in scenario.actors:
            if actor.id not in with_stances:
                out.append(
                    f"#D\t{actor.id}\t{first.id}\t{number_text(rest_at)}\t0"
                    f"\t{number_text(actor.capability)}"
                )
    write_file(path, "\n".join(out) + "\n")


__all__ = [
    "DEFAULT_KIND",
    "looks_like_stokman",
    "make_identifier",
    "read_stokman",
    "write_stokman",
]
