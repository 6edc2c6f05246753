"""Cells, numbers and ids shared by the foreign table formats (Stokman, KTAB)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from decimal import Context, Decimal, InvalidOperation
from pathlib import Path

from detente.errors import InputFileError, ScenarioError
from detente.scenario.schema import ActorKind, Scenario
from detente.scenario.validate import check_consistency

#: Neither format says what an actor is; detente needs a kind, so this one.
DEFAULT_KIND: ActorKind = "state"
#: Enough digits that parsing, rescaling and dividing decimal text rounds only once, into float.
DECIMAL = Context(prec=34)

_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-]*")
_INVALID_RUN = re.compile(r"[^A-Za-z0-9_.:\-]+")


def make_identifier(raw: str, taken: Collection[str], fallback: str) -> str:
    """A valid detente id for a foreign label, unique among ``taken``; the label if it already is.

    Accents are dropped, each run of other characters becomes '-', and leading or trailing
    punctuation goes; ``fallback`` stands in when nothing is left. Clashes get '-2', '-3', ….
    """
    if _IDENTIFIER.fullmatch(raw) and raw not in taken:
        return raw
    ascii_text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
    base = _INVALID_RUN.sub("-", ascii_text).lstrip("_.:-").rstrip("-") or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def parse_number(cell: str, what: str, where: str) -> Decimal:
    """The cell as an exact decimal, or an error naming the field; NaN and infinity are refused."""
    if not cell:
        raise InputFileError(f"{what} is missing", where=where, hint="write a number in the cell")
    try:
        value = Decimal(cell)
    except InvalidOperation:
        hint = (
            "use a dot as the decimal separator"
            if "," in cell
            else "write a plain number such as 0.5"
        )
        raise InputFileError(
            f"{what} '{show(cell)}' is not a number", where=where, hint=hint
        ) from None
    if not value.is_finite() or abs(value) > Decimal("1e300"):
        raise ScenarioError(
            f"{what} is {show(cell)}, not a finite number", where=where, hint="give a number"
        )
    return value


def to_float(value: Decimal) -> float:
    """The nearest float, with −0 made 0 so that output never shows a sign on zero."""
    return float(value) + 0.0


def show(text: str, limit: int = 40) -> str:
    """Cell text short enough, and on one line, to quote in a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def raise_inconsistency(scenario: Scenario, path: Path, lines: dict[str, list[int]]) -> None:
    """Raise check_consistency's first problem as a ScenarioError at the record's line."""
    problem = check_consistency(scenario)
    if problem is None:
        return
    loc, message, hint = problem
    where = str(path)
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        numbers = lines.get(loc[0], [])
        if loc[1] < len(numbers):
            where = f"{path}:{numbers[loc[1]]}"
    raise ScenarioError(message, where=where, hint=hint)


def number_text(value: float) -> str:
    """Shortest text that reads back as exactly this float ('10', '0.26', '1e-05')."""
    value = float(value) + 0.0
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)
