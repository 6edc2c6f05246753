"""Registry of scenario file formats: a stable name to its reader and writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from detente.errors import UnknownNameError, suggest
from detente.scenario.actor_table import (
    looks_like_actor_table,
    read_actor_table,
    write_actor_table,
)
from detente.scenario.ktab import looks_like_ktab, read_ktab, write_ktab
from detente.scenario.ktab_xml import looks_like_ktab_xml, read_ktab_xml, write_ktab_xml
from detente.scenario.native import read_native, write_native
from detente.scenario.schema import Scenario
from detente.scenario.stokman import looks_like_stokman, read_stokman, write_stokman

Reader = Callable[[Path, str], Scenario]
Writer = Callable[[Scenario, Path], None]


@dataclass(frozen=True, slots=True)
class ScenarioFormat:
    """One file format detente reads and writes."""

    name: str
    summary: str
    suffixes: tuple[str, ...]
    read: Reader
    write: Writer


FORMATS: dict[str, ScenarioFormat] = {
    "yaml": ScenarioFormat(
        "yaml", "detente's native scenario file", (".yaml", ".yml"), read_native, write_native
    ),
    "json": ScenarioFormat(
        "json", "the native structure as JSON", (".json",), read_native, write_native
    ),
    "stokman": ScenarioFormat(
        "stokman",
        "Stokman #A/#P/#M/#D table (decide-exchange-model)",
        (".dat", ".txt", ".tsv"),
        read_stokman,
        write_stokman,
    ),
    "ktab": ScenarioFormat(
        "ktab", "KTAB Spatial Model of Politics CSV", (".csv",), read_ktab, write_ktab
    ),
    "ktab-xml": ScenarioFormat(
        "ktab-xml", "KTAB Spatial Model of Politics XML", (".xml",), read_ktab_xml, write_ktab_xml
    ),
    "actor-table": ScenarioFormat(
        "actor-table",
        "one-issue table of actor, capability, position, salience (expected-utility ports)",
        (),
        read_actor_table,
        write_actor_table,
    ),
}


def get_format(name: str) -> ScenarioFormat:
    """The format registered under ``name``."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown scenario format '{name}'", hint=suggest(name, list(FORMATS))
        ) from None


def detect_format(path: Path, text: str | None = None) -> ScenarioFormat:
    """Choose a format from the content when given (CSV is ambiguous), else from the suffix."""
    if text is not None:
        if looks_like_stokman(text):
            return FORMATS["stokman"]
        if looks_like_ktab(text):
            return FORMATS["ktab"]
        if looks_like_ktab_xml(text):
            return FORMATS["ktab-xml"]
        if looks_like_actor_table(text):
            return FORMATS["actor-table"]
    suffix = path.suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    return FORMATS["yaml"]
