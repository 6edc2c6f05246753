"""The PLOVER 2.0 ontology the coder scores with: quad classes, intensities and CAMEO roots.

The tables live in ``data/plover.json``, built by ``scripts/build_plover_tables.py`` from the
PLOVER manual and the CAMEO → PLOVER crosswalk, so every figure here traces to those sources.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@cache
def tables() -> dict[str, Any]:
    """The packaged PLOVER tables (loaded once)."""
    text = (resources.files("detente") / "data" / "plover.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _event(event: str) -> dict[str, Any]:
    return tables()["events"].get(event, {})


def quad_class(event: str) -> int | None:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    quad = _event(event).get("quad")
    return int(quad) if quad is not None else None


def intensity(event: str, mode: str | None = None) -> float | None:
    """The PLOVER manual's conflict–cooperation score (−10…10), by mode where it has one."""
    entry = _event(event)
    if mode and mode in entry.get("mode_intensity", {}):
        return float(entry["mode_intensity"][mode])
    value = entry.get("intensity")
    return float(value) if value is not None else None


def cameo_root(event: str, mode: str | None = None) -> str | None:
    """The two-digit CAMEO root the crosswalk files this event (and mode) under."""
    entry = _event(event)
    by_mode = entry.get("mode_cameo_root", {})
    root = by_mode.get(mode or "") or entry.get("cameo_root")
    return str(root) if root else None


def from_cameo(code: str) -> tuple[str, str | None, str | None] | None:
    """A CAMEO code as PLOVER (event, mode, context), or None for statements and unknown codes."""
    data = tables()
    for table in ("crosswalk", "extensions", "appeals"):
        row = data[table].get(code)
        if row is not None and row.get("event"):
            return row["event"], row.get("mode"), row.get("context")
    return None


def normalise_label(label: str) -> str:
    """A PLOVER 0.5b1 label (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) as its 2.0 successor."""
    upper = label.strip().upper()
    mapped: str = tables()["label_map"].get(upper, upper)
    return "ASSAULT" if mapped == "FIGHT" else mapped
