"""Scenarios: the schema, file formats, and the scenarios shipped with detente."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from detente.errors import UnknownNameError, suggest
from detente.scenario.formats import FORMATS, detect_format, get_format
from detente.scenario.native import scenario_from_dict, scenario_to_dict
from detente.scenario.schema import (
    Actor,
    Issue,
    Relation,
    Scenario,
    Stance,
    UncertaintyDefaults,
)
from detente.textfile import read_text

__all__ = [
    "DEFAULT_SCENARIO",
    "FORMATS",
    "Actor",
    "Issue",
    "Relation",
    "Scenario",
    "Stance",
    "UncertaintyDefaults",
    "builtin_scenarios",
    "load_scenario",
    "save_scenario",
    "scenario_from_dict",
    "scenario_to_dict",
]

DEFAULT_SCENARIO = "syria-2014"


def builtin_scenarios() -> dict[str, Path]:
    """Names of the scenarios shipped in the package, with their files."""
    folder = resources.files("detente") / "data" / "scenarios"
    return {
        entry.name.rsplit(".", 1)[0]: Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    }


def load_scenario(source: str | Path, *, fmt: str | None = None) -> Scenario:
    """Read a scenario from a file path, or by name from the built-in scenarios."""
    path = Path(source)
    builtins = builtin_scenarios()
    if not path.exists() and isinstance(source, str) and source in builtins:
        path = builtins[source]
    elif not path.exists() and path.suffix == "" and "/" not in str(source):
        raise UnknownNameError(
            f"'{source}' is neither a file nor a built-in scenario",
            hint=suggest(str(source), list(builtins)),
        )
    text = read_text(path, what="scenario file")
    chosen = get_format(fmt) if fmt else detect_format(path, text)
    return chosen.read(path, text)


def save_scenario(scenario: Scenario, path: Path, *, fmt: str | None = None) -> None:
    """Write a scenario in the format named, or the one its suffix implies."""
    chosen = get_format(fmt) if fmt else detect_format(path)
    chosen.write(scenario, path)
