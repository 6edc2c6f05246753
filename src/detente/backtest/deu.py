"""Read DEU III (Decision-making in the European Union) into one Problem over all its issues.

Accepts the tab-separated development copy (with a GDP row under the header) and the official
semicolon-separated ``Dataset_DEU_III.csv`` (decimal commas allowed). Actors are the Commission,
the Parliament and the member states; a member state without a position on an issue (not yet a
member, or no stance recorded) takes no part in it. A position with no salience recorded gets 50,
the middle of DEU's 0–100 salience scale. Each issue keeps the legislative proposal (``prnr``) it
belongs to, so models that trade across issues can play one proposal's issues together.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from detente.errors import InputFileError, UnknownNameError, suggest
from detente.models.problem import FloatArray, Problem
from detente.textfile import read_text

#: Column suffixes of the 30 actors, in DEU III's own order.
DEU_ACTORS: tuple[str, ...] = (
    "com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el", "hu",
    "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es", "se", "uk",
)  # fmt: skip

#: Council votes under the Treaty of Nice (EU-27, Croatia 7 from 2013). Commission and Parliament
#: are given the largest member states' weight, 29, as in the DEU literature's compromise model.
NICE_VOTES: dict[str, float] = {
    "com": 29, "ep": 29, "de": 29, "fr": 29, "it": 29, "uk": 29, "es": 27, "pl": 27, "ro": 14,
    "nl": 13, "be": 12, "cz": 12, "el": 12, "hu": 12, "pt": 12, "at": 10, "bu": 10, "se": 10,
    "dk": 7, "ie": 7, "lt": 7, "sk": 7, "fi": 7, "cr": 7, "cy": 4, "ee": 4, "lv": 4, "lu": 4,
    "si": 4, "mt": 3,
}  # fmt: skip

CAPABILITIES = ("equal", "gdp", "council-votes")
MISSING_SALIENCE = 50.0
_REQUIRED = ("proc", "counvte", "out")


@dataclass(frozen=True, slots=True)
class DeuData:
    """Every scored issue of a DEU file as one problem, with outcomes and groupings."""

    problem: Problem  # actors × issues; capabilities as chosen
    outcomes: FloatArray  # (I,)
    procedures: tuple[str, ...]  # per issue: COD or CNS
    rules: tuple[str, ...]  # per issue: QMV or unanimity
    skipped: int  # issues without an outcome
    capability: str
    #: per issue: the legislative proposal (``prnr``) it belongs to; an issue of a file without
    #: that column is a proposal of its own
    proposals: tuple[str, ...] = ()


def load_deu(path: Path, *, capability: str = "council-votes") -> DeuData:
    """Read a DEU III file and weight actors by the chosen capability measure."""
    if capability not in CAPABILITIES:
        raise UnknownNameError(
            f"unknown capability measure '{capability}'",
            hint=suggest(capability, list(CAPABILITIES)),
        )
    text = read_text(path, what="DEU file")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line else ";" if ";" in first_line else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [cell.strip().lower() for cell in rows[0]]
    column = {name: n for n, name in enumerate(header)}
    missing = [c for c in _REQUIRED if c not in column] + [
        f"{kind}{actor}" for actor in DEU_ACTORS for kind in "ps" if f"{kind}{actor}" not in column
    ]
    if missing:
        raise InputFileError(
            f"not a DEU III table: no column {', '.join(missing[:3])}"
            + (f" (and {len(missing) - 3} more)" if len(missing) > 3 else ""),
            where=f"{path}:1",
            hint="pass the DEU III dataset (tab- or semicolon-separated, with its header row)",
        )
    decimal_comma = delimiter == ";"

    def number(cell: str, line: int, name: str) -> float:
        cell = cell.strip()
        if cell == "" or cell == ".":
            return np.nan
        try:
            value = float(cell.replace(",", ".") if decimal_comma else cell)
        except ValueError:
            raise InputFileError(
                f"'{cell}' in column {name} is not a number",
                where=f"{path}:{line}",
                hint="leave the cell blank when the value is unknown",
            ) from None
        if not np.isfinite(value):
            raise InputFileError(f"{name} is not finite", where=f"{path}:{line}")
        return value

    def cell(row: list[str], name: str) -> str:
        return row[column[name]] if column[name] < len(row) else ""

    gdp: FloatArray | None = None
    positions, saliences, outcomes, references = [], [], [], []
    procedures, rules, proposals = [], [], []
    skipped = 0
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if not cell(row, "proc").strip() and not cell(row, "out").strip():
            gdp = np.array([number(cell(row, f"p{a}"), line, f"p{a}") for a in DEU_ACTORS])
            continue
        outcome = number(cell(row, "out"), line, "out")
        pos = [number(cell(row, f"p{a}"), line, f"p{a}") for a in DEU_ACTORS]
        sal = [number(cell(row, f"s{a}"), line, f"s{a}") for a in DEU_ACTORS]
        for name, value in [("out", outcome), *zip(DEU_ACTORS, pos, strict=True)]:
            if not np.isnan(value) and not 0 <= value <= 100:
                raise InputFileError(
                    f"{'out' if name == 'out' else 'p' + name} = {value:g} is outside 0–100",
                    where=f"{path}:{line}",
                    hint="DEU positions and outcomes lie on a 0–100 scale",
                )
        if np.isnan(outcome) or all(np.isnan(pos)):
            skipped += 1
            continue
        positions.append(pos)
        saliences.append(sal)
        outcomes.append(outcome)
        references.append(number(cell(row, "rp"), line, "rp") if "rp" in column else np.nan)
        procedures.append(cell(row, "proc").strip().upper())
        proposal = cell(row, "prnr").strip() if "prnr" in column else ""
        proposals.append(proposal or f"line {line}")
        rules.append(
            "unanimity" if cell(row, "counvte").strip().lower().startswith("unan") else "QMV"
        )
    if not outcomes:
        raise InputFileError(
            "no issue with an outcome and positions", where=str(path), hint="check the file's rows"
        )
    position_array = np.array(positions).T
    present = ~np.isnan(position_array)
    salience_array = np.array(saliences).T
    salience_array = np.where(present & np.isnan(salience_array), MISSING_SALIENCE, salience_array)
    problem = Problem(
        positions=np.nan_to_num(position_array),
        saliences=np.nan_to_num(salience_array) / 100,
        capabilities=_capabilities(capability, gdp, path),
        present=present,
        reference=np.array(references),
        actor_ids=DEU_ACTORS,
        issue_ids=tuple(str(n) for n in range(len(outcomes))),
    )
    return DeuData(
        problem,
        np.array(outcomes),
        tuple(procedures),
        tuple(rules),
        skipped,
        capability,
        tuple(proposals),
    )


def _capabilities(capability: str, gdp: FloatArray | None, path: Path) -> FloatArray:
    if capability == "equal":
        return np.ones(len(DEU_ACTORS))
    if capability == "council-votes":
        return np.array([NICE_VOTES[a] for a in DEU_ACTORS])
    if gdp is None or np.isnan(gdp).any() or (gdp < 0).any():
        raise InputFileError(
            "--capability gdp needs a complete GDP row under the header, and this file has none",
            where=str(path),
            hint="use --capability council-votes or equal",
        )
    return gdp
