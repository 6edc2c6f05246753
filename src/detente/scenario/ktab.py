"""KTAB SMP CSV files (the KAPSARC Toolkit for Behavioral Analysis), read and written.

The layout, as in KTAB's own examples::

    name, description, number of actors, number of dimensions[, anything…]
    Actor, Description, Power, <dim> Position, <dim> Salience, …
    id, description, power, position, salience, …          (one row per actor)

Cells may carry padding spaces, quotes (with commas inside) and trailing commas. Positions are
0–100 as in detente; saliences are 0–100 and become 0–1; power becomes capability.

Choices the format leaves open, made here:

* The dimension name is the position column's header without a trailing "Position"
  ("Policy Position" → "Policy"; "Pstn1" stays "Pstn1"); it is the issue's question and, made
  a valid identifier, its id. Every issue gets the anchors {0: "0", 100: "100"}.
* The scenario id is line 1's name made a valid identifier (the file stem when it is blank);
  the title is line 1's description (the name when that is blank).
* KTAB has no actor kind, so every actor is ``DEFAULT_KIND`` ("state"), as for Stokman files;
  ids are made valid and unique by ``make_identifier``, the description becomes the name.
"""

from __future__ import annotations

import csv
import io
import re
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

_HEADER_HINT = "the second line must be 'Actor,Description,Power,<dim> Position,<dim> Salience,…'"
_FIRST_LINE_HINT = "the first line must be 'name,description,number of actors,number of dimensions'"


def _rows(path: Path, text: str) -> list[tuple[int, list[str]]]:
    """Non-blank CSV rows with their 1-based first line, cells stripped, trailing blanks dropped."""
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    rows: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            cells = [cell.strip() for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append((start, cells))
    except csv.Error as exc:
        raise InputFileError(
            f"unreadable CSV: {exc}", where=f"{path}:{reader.line_num}", hint="fix the quoting"
        ) from exc
    return rows


def _count(cell: str, what: str, where: str) -> int:
    try:
        value = int(cell)
    except ValueError:
        raise InputFileError(
            f"number of {what} '{show(cell)}' is not a whole number",
            where=where,
            hint=_FIRST_LINE_HINT,
        ) from None
    if value < 1:
        raise InputFileError(
            f"number of {what} is {value}",
            where=where,
            hint=f"a KTAB file needs at least one {what[:-1]}",
        )
    return value


def _dimension(header: str) -> str:
    """'Policy Position' → 'Policy'; a header without that suffix is the name itself."""
    if header.lower().endswith("position"):
        stem = header[: -len("position")].rstrip()
        if stem:
            return stem
    return header


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def read_ktab(path: Path, text: str) -> Scenario:
    """The scenario in a KTAB SMP CSV file, or a one-line error at the first line at fault."""
    rows = _rows(path, text)
    if not rows:
        raise InputFileError("no CSV rows", where=str(path), hint=_FIRST_LINE_HINT)
    first_line, first = rows[0]
    where = f"{path}:{first_line}"
    if first[0].lower() == "actor":
        raise InputFileError(
            "the file starts with the column header", where=where, hint=_FIRST_LINE_HINT
        )
    if len(first) < 4:
        raise InputFileError(
            f"first line has {len(first)} cells, not 4", where=where, hint=_FIRST_LINE_HINT
        )
    name, description = first[0], first[1]
    n_actors = _count(first[2], "actors", where)
    n_dims = _count(first[3], "dimensions", where)

    if len(rows) < 2:
        raise InputFileError("missing column header", where=where, hint=_HEADER_HINT)
    header_line, header = rows[1]
    if len(header) < 3 or _is_number(header[2]):  # a number under "Power" is an actor row
        raise InputFileError(
            "missing column header", where=f"{path}:{header_line}", hint=_HEADER_HINT
        )
    columns = len(header) - 3
    if columns != 2 * n_dims:
        raise InputFileError(
            f"the header has {columns} position and salience columns, but line {first_line} "
            f"declares {n_dims} dimension{'s' if n_dims != 1 else ''}",
            where=f"{path}:{header_line}",
            hint=f"give a position and a salience column for each dimension ({2 * n_dims} in "
            f"all), or correct the count on line {first_line}",
        )
    actor_rows = rows[2:]
    width = 3 + 2 * n_dims
    for line, cells in actor_rows:
        if len(cells) != width:
            raise InputFileError(
                f"row has {len(cells)} cells, not {width}",
                where=f"{path}:{line}",
                hint=f"give id, description, power and a position and salience for each of "
                f"the {n_dims} dimensions",
            )
    if len(actor_rows) != n_actors:
        raise InputFileError(
            f"line {first_line} declares {n_actors} actors, but the file has "
            f"{len(actor_rows)} actor rows",
            where=where,
            hint=f"make the count on line {first_line} match the actor rows",
        )

    issue_ids: list[str] = []
    issues: list[Issue] = []
    for n in range(n_dims):
        dim = _dimension(header[3 + 2 * n]) or f"dim{n + 1}"
        issue_ids.append(make_identifier(dim, issue_ids, f"dim{n + 1}"))
        issues.append(Issue(id=issue_ids[-1], question=dim, anchors={0.0: "0", 100.0: "100"}))

    seen: dict[str, int] = {}
    actors: list[Actor] = []
    stances: list[Stance] = []
    stance_lines: list[int] = []
    for line, cells in actor_rows:
        where = f"{path}:{line}"
        raw = cells[0]
        if not raw:
            raise InputFileError(
                "actor id is empty", where=where, hint="put the id in the 1st cell"
            )
        if raw in seen:
            raise ScenarioError(
                f"second row for actor '{show(raw)}' (the first is on line {seen[raw]})",
                where=where,
                hint="give each actor one row",
            )
        seen[raw] = line
        power = parse_number(cells[2], "power", where)
        if power < 0:
            raise ScenarioError(
                f"power {show(cells[2])} is negative", where=where, hint="power must be 0 or more"
            )
        actor_id = make_identifier(raw, [a.id for a in actors], f"actor-{len(actors) + 1}")
        actors.append(
            Actor(id=actor_id, name=cells[1] or raw, kind=DEFAULT_KIND, capability=to_float(power))
        )
        for n, issue in enumerate(issues):
            position = parse_number(cells[3 + 2 * n], f"{show(issue.question)} position", where)
            salience = parse_number(cells[4 + 2 * n], f"{show(issue.question)} salience", where)
            if not 0 <= position <= 100:
                raise ScenarioError(
                    f"{show(issue.question)} position {show(cells[3 + 2 * n])} is outside 0–100",
                    where=where,
                    hint="KTAB positions run from 0 to 100",
                )
            if not 0 <= salience <= 100:
                raise ScenarioError(
                    f"{show(issue.question)} salience {show(cells[4 + 2 * n])} is outside 0–100",
                    where=where,
                    hint="KTAB saliences run from 0 to 100",
                )
            stances.append(
                Stance(
                    actor=actor_id,
                    issue=issue.id,
                    position=to_float(position),
                    salience=to_float(DECIMAL.divide(salience, Decimal(100))),
                )
            )
            stance_lines.append(line)

    scenario = Scenario(
        id=make_identifier(name, (), make_identifier(path.stem, (), "scenario")),
        title=description or name or path.stem,
        actors=tuple(actors),
        issues=tuple(issues),
        stances=tuple(stances),
    )
    lines = {
        "actors": [line for line, _ in actor_rows],
        "issues": [header_line] * n_dims,
        "stances": stance_lines,
    }
    raise_inconsistency(scenario, path, lines)
    return scenario


def looks_like_ktab(text: str) -> bool:
    """Whether the text starts like a KTAB SMP CSV: two counts on line 1, then an Actor header."""
    head = "\n".join([line for line in text.splitlines()[:50] if line.strip()][:2])
    try:
        rows = [row for row in csv.reader(io.StringIO(head), skipinitialspace=True) if row]
    except csv.Error:
        return False
    if len(rows) < 2 or len(rows[0]) < 4 or len(rows[1]) < 5:
        return False
    counts = (rows[0][2].strip(), rows[0][3].strip())
    return all(c.isdigit() for c in counts) and rows[1][0].strip().lower() == "actor"


def _salience_text(salience: float) -> str:
    """Salience ×100 as decimal text, exact, so that reading divides back to the same float."""
    text = format(Decimal(repr(float(salience))).scaleb(2).normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _free(text: str) -> str:
    """Free text kept on one line, without the padding the reader would strip."""
    return re.sub(r"[\r\n\v\f]+", " ", text).strip()


def write_ktab(scenario: Scenario, path: Path) -> None:
    """Write the scenario as a KTAB SMP CSV file, saliences ×100.

    KTAB needs a stance of every actor on every dimension: a missing one is written at the
    issue's reference point (or 50) with salience 0, which KTAB treats as not caring. Issue
    questions, anchors, kinds, relations and evidence have no place in the format.
    """
    title = _free(scenario.title).replace('"', '""')
    out = io.StringIO()
    out.write(f'{scenario.id},"{title}",{len(scenario.actors)},{len(scenario.issues)},\n')
    writer = csv.writer(out, lineterminator="\n")
    header = ["Actor", "Description", "Power"]
    for issue in scenario.issues:
        header += [f"{issue.id} Position", f"{issue.id} Salience"]
    writer.writerow([*header, ""])
    stance = {(s.actor, s.issue): s for s in scenario.stances}
    for actor in scenario.actors:
        row = [actor.id, _free(actor.name) or actor.id, number_text(actor.capability)]
        for issue in scenario.issues:
            found = stance.get((actor.id, issue.id))
            if found is None:
                rest = issue.reference_point if issue.reference_point is not None else 50.0
                row += [number_text(rest), "0"]
            else:
                row += [number_text(found.position), _salience_text(found.salience)]
        writer.writerow([*row, ""])
    write_file(path, out.getvalue())
