"""Report what a dynamic model did round by round, whatever record types its details use.

Each model defines its own ``Outcome.details``. Rather than importing their types, this module
reads them by shape: ``details.rounds`` is a sequence with one record per round; a record with
``exchanges`` (each with a ``gain`` and two sides ``first``/``second`` carrying ``actor``,
``issue``, ``start``, ``end``) is an exchange round, one with ``offers`` and ``accepted`` (each
with ``issue``, ``proposer``, ``receiver``, ``kind``, ``start``, ``target``) an offer round.
Actors and issues may be given as indices or as ids. Rounds are numbered from 1 in the order
listed, so round k matches row k of the trajectory (row 0 being the start).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol, SupportsFloat

import numpy as np

from detente.models.problem import FloatArray

#: Most round columns the positions table shows; longer runs show evenly spaced rounds.
MAX_ROUND_COLUMNS = 9
#: Most moves listed per round in the table (the largest first); JSON lists them all.
MOVES_SHOWN = 2
#: Rounds listed in the table before the rest are elided (the last two are always shown).
ROUNDS_SHOWN = 5
_DIGITS = 2


class _Shift(Protocol):
    """One side of an exchange: an actor moves its vote on an issue."""

    @property
    def actor(self) -> object: ...
    @property
    def issue(self) -> object: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...


class _Offer(Protocol):
    """An offer: the proposer presses the receiver to move from start to target on an issue."""

    @property
    def issue(self) -> object: ...
    @property
    def proposer(self) -> object: ...
    @property
    def receiver(self) -> object: ...
    @property
    def kind(self) -> object: ...
    @property
    def start(self) -> float: ...
    @property
    def target(self) -> float: ...


def _number(value: SupportsFloat) -> float:
    return round(float(value), _DIGITS)


def _name(value: object, ids: Sequence[str]) -> str:
    """An actor or issue given as an index into ``ids`` or as an id already."""
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        index = int(value)
        return ids[index] if 0 <= index < len(ids) else str(index)
    return str(value)


def _records(details: object | None) -> Sequence[Any]:
    rounds = getattr(details, "rounds", None)
    if rounds is None or isinstance(rounds, np.ndarray | str):
        return ()
    try:
        return tuple(rounds)
    except TypeError:
        return ()


def _shift(side: _Shift, actors: Sequence[str], issues: Sequence[str]) -> dict[str, Any]:
    return {
        "actor": _name(side.actor, actors),
        "issue": _name(side.issue, issues),
        "from": _number(side.start),
        "to": _number(side.end),
    }


def _offer(offer: _Offer, actors: Sequence[str], issues: Sequence[str]) -> dict[str, Any]:
    return {
        "issue": _name(offer.issue, issues),
        "actor": _name(offer.receiver, actors),
        "proposer": _name(offer.proposer, actors),
        "kind": str(offer.kind),
        "from": _number(offer.start),
        "to": _number(offer.target),
    }


def _per_issue(values: object, issues: Sequence[str]) -> dict[str, float] | None:
    try:
        numbers = [float(v) for v in values]  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    if len(numbers) != len(issues):
        return None
    return {issue: _number(v) for issue, v in zip(issues, numbers, strict=True)}


def round_account(
    details: object | None, actors: Sequence[str], issues: Sequence[str]
) -> list[dict[str, Any]]:
    """One JSON-ready record per round: the exchanges made, or the offers made and accepted."""
    account = []
    for number, record in enumerate(_records(details), start=1):
        entry: dict[str, Any] = {"round": number}
        if hasattr(record, "exchanges"):
            entry["exchanges"] = [
                {
                    "gain": _number(e.gain),
                    "first": _shift(e.first, actors, issues),
                    "second": _shift(e.second, actors, issues),
                }
                for e in record.exchanges
            ]
        if hasattr(record, "offers") and hasattr(record, "accepted"):
            kinds = Counter(str(o.kind) for o in record.offers)
            entry["offers"] = len(record.offers)
            entry["offers_by_kind"] = dict(sorted(kinds.items()))
            entry["accepted"] = [_offer(o, actors, issues) for o in record.accepted]
        for name in ("before", "after"):
            outcome = _per_issue(getattr(record, name, None), issues)
            if outcome is not None:
                entry[f"outcome_{name}"] = outcome
        account.append(entry)
    return account


def _plain(value: object) -> object:
    """A details field as JSON: dataclasses as dicts, arrays as lists, floats rounded."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, np.ndarray):
        return _plain(value.tolist())
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return _number(value) if np.isfinite(value) else None
    return value if value is None or isinstance(value, str) else str(value)


def dynamics_to_dict(
    details: object | None, actors: Sequence[str], issues: Sequence[str]
) -> dict[str, Any]:
    """A dynamic model's unperturbed run as JSON: convergence, rounds played, round by round."""
    out: dict[str, Any] = {}
    flags = getattr(details, "converged", None)
    if flags is not None:
        converged = np.asarray(flags, dtype=bool)
        if converged.shape == (len(issues),):
            out["converged"] = {i: bool(c) for i, c in zip(issues, converged, strict=True)}
        else:
            out["converged"] = bool(converged.all())
    records = round_account(details, actors, issues)
    out["rounds_played"] = len(records)
    gains = getattr(details, "gains", None)
    if gains is not None:
        out["gains"] = _plain(gains)
    out["rounds"] = records
    return out


# --- the terminal view ------------------------------------------------------------------------


def last_moving_row(trajectory: FloatArray) -> int:
    """The last row of a (rows, A, I) trajectory that differs from the one before it."""
    moved = np.flatnonzero(np.any(np.abs(np.diff(trajectory, axis=0)) > 1e-9, axis=(1, 2)))
    return int(moved[-1]) + 1 if moved.size else 0


def round_columns(trajectory: FloatArray, limit: int = MAX_ROUND_COLUMNS) -> list[int]:
    """Rows to show: every one up to the last move, or evenly spaced ones, always start and end."""
    last = last_moving_row(trajectory)
    if last + 1 <= limit:
        return list(range(last + 1))
    return sorted({round(float(x)) for x in np.linspace(0, last, limit)})


def move_lines(record: dict[str, Any], limit: int = MOVES_SHOWN) -> tuple[str, list[str]]:
    """What a round did, for the table: a count, and its largest moves as short lines."""
    lines: list[str] = []
    if "exchanges" in record:
        made = record["exchanges"]
        count = f"{len(made)} exchange{'s' if len(made) != 1 else ''}"
        for e in sorted(made, key=lambda e: -e["gain"])[:limit]:
            first, second = e["first"], e["second"]
            lines.append(
                f"{first['actor']} on {first['issue']} {first['from']:g}→{first['to']:g} ⇄ "
                f"{second['actor']} on {second['issue']} {second['from']:g}→{second['to']:g} "
                f"(gain {e['gain']:g})"
            )
    elif "accepted" in record:
        made = record["accepted"]
        count = f"{record['offers']} offers, {len(made)} accepted"
        for o in sorted(made, key=lambda o: -abs(o["to"] - o["from"]))[:limit]:
            lines.append(
                f"{o['actor']} on {o['issue']} {o['from']:g}→{o['to']:g} "
                f"({o['kind']}, from {o['proposer']})"
            )
    else:
        return "", []
    if len(made) > limit:
        lines.append(f"… and {len(made) - limit} more")
    return count, lines


def rounds_to_show(count: int, shown: int = ROUNDS_SHOWN) -> list[int | None]:
    """Indices of the rounds to list, with None where a run of rounds is left out."""
    if count <= shown + 2:
        return list(range(count))
    return [*range(shown), None, count - 2, count - 1]
