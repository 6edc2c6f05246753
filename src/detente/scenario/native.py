"""detente's own scenario files: YAML, or the same structure as JSON, validated with pydantic.

Errors name the file, the line (found by walking the parsed document to the failing field) and
the field path, so a user can go straight to the mistake.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from detente.errors import InputFileError, ScenarioError
from detente.scenario.schema import (
    Actor,
    Evidence,
    Issue,
    Relation,
    Scenario,
    Stance,
    UncertaintyDefaults,
)
from detente.scenario.validate import check_consistency
from detente.textfile import write_file

Position = Annotated[float, Field(ge=0, le=100)]
Unit = Annotated[float, Field(ge=0, le=1)]
Stake = Annotated[float, Field(ge=0)]
EvidenceIn = str | dict[str, str] | None
Identifier = Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


class ActorIn(_Record):
    id: Identifier
    name: str = Field(min_length=1)
    kind: Literal["state", "international-organisation", "non-state", "armed-group", "person"]
    capability: Annotated[float, Field(ge=0)]
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    capability_uncertainty: Annotated[float, Field(ge=0)] | None = None
    evidence: EvidenceIn = None
    note: str | None = None


class IssueIn(_Record):
    id: Identifier
    question: str = Field(min_length=1)
    anchors: dict[Position, str] = Field(min_length=2)
    reference_point: Position | None = None
    evidence: EvidenceIn = None
    note: str | None = None


class StanceIn(_Record):
    actor: str
    issue: str
    position: Position
    salience: Unit
    uncertainty: Annotated[float, Field(ge=0)] | None = None
    salience_uncertainty: Annotated[float, Field(ge=0)] | None = None
    evidence: EvidenceIn = None
    note: str | None = None


class RelationIn(_Record):
    a: str
    b: str
    kind: Literal[
        "alliance", "support", "arms-supply", "common-enemy", "rivalry", "hostility", "cooperation"
    ]
    affinity: Annotated[float, Field(ge=-1, le=1)]
    trust_ab: Unit = 0.5
    trust_ba: Unit = 0.5
    about: str | None = None
    joint_issue: str | None = None
    gain_a: Stake | None = None
    gain_b: Stake | None = None
    temptation_a: Stake | None = None
    temptation_b: Stake | None = None
    exploitation_cost_a: Stake | None = None
    exploitation_cost_b: Stake | None = None
    evidence: EvidenceIn = None
    note: str | None = None


class UncertaintyIn(_Record):
    position: Annotated[float, Field(ge=0)] = 5.0
    salience: Annotated[float, Field(ge=0)] = 0.05
    capability: Annotated[float, Field(ge=0)] = 0.1


class ScenarioIn(_Record):
    detente: int | None = None  # file-format version
    id: Identifier
    title: str = Field(min_length=1)
    description: str = ""
    date: str | None = None
    sources: list[str] = []
    uncertainty: UncertaintyIn = UncertaintyIn()
    actors: list[ActorIn] = Field(min_length=1)
    issues: list[IssueIn] = Field(min_length=1)
    stances: list[StanceIn] = Field(min_length=1)
    relations: list[RelationIn] = []


def _evidence(value: EvidenceIn) -> Evidence:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"*": value}
    return dict(value)


def scenario_from_dict(
    data: object, *, where: str = "<scenario>", text: str | None = None
) -> Scenario:
    """Validate a parsed scenario document and build the Scenario, or raise ScenarioError."""
    if not isinstance(data, Mapping):
        raise ScenarioError(
            "a scenario file must be a mapping with id, title, actors, issues and stances",
            where=where,
        )
    try:
        parsed = ScenarioIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        more = exc.error_count() - 1
        suffix = f" (and {more} more)" if more else ""
        raise ScenarioError(
            f"{_field_path(loc)}: {first['msg']}{suffix}",
            where=_where(where, text, loc),
            hint="fix the value and run again",
        ) from exc
    scenario = Scenario(
        id=parsed.id,
        title=parsed.title,
        description=parsed.description,
        date=parsed.date,
        sources=tuple(parsed.sources),
        uncertainty=UncertaintyDefaults(**parsed.uncertainty.model_dump()),
        actors=tuple(
            Actor(**{**a.model_dump(), "evidence": _evidence(a.evidence)}) for a in parsed.actors
        ),
        issues=tuple(
            Issue(**{**i.model_dump(), "evidence": _evidence(i.evidence)}) for i in parsed.issues
        ),
        stances=tuple(
            Stance(**{**s.model_dump(), "evidence": _evidence(s.evidence)}) for s in parsed.stances
        ),
        relations=tuple(
            Relation(**{**r.model_dump(), "evidence": _evidence(r.evidence)})
            for r in parsed.relations
        ),
    )
    problem = check_consistency(scenario)
    if problem is not None:
        loc, message, hint = problem
        raise ScenarioError(
            f"{_field_path(loc)}: {message}", where=_where(where, text, loc), hint=hint
        )
    return scenario


def read_native(path: Path, text: str) -> Scenario:
    """Parse a YAML or JSON scenario file's text."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputFileError(
                f"malformed JSON: {exc.msg}",
                where=f"{path}:{exc.lineno}",
                hint="fix the JSON syntax (a validator or editor will show it)",
            ) from exc
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or "syntax error"
            raise InputFileError(
                f"malformed YAML: {problem}",
                where=f"{path}{line}",
                hint="check indentation, colons and quotes on that line",
            ) from exc
    return scenario_from_dict(data, where=str(path), text=text)


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """The scenario as the plain structure of a native file (round-trips through the reader)."""

    def evidence(ev: Evidence) -> str | dict[str, str] | None:
        if not ev:
            return None
        if set(ev) == {"*"}:
            return ev["*"]
        return dict(ev)

    def clean(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if v is not None and v != ""}

    out: dict[str, Any] = {
        "detente": 1,
        "id": scenario.id,
        "title": scenario.title,
        "description": scenario.description,
        "date": scenario.date,
        "sources": list(scenario.sources),
        "uncertainty": {
            "position": scenario.uncertainty.position,
            "salience": scenario.uncertainty.salience,
            "capability": scenario.uncertainty.capability,
        },
    }
    out = clean(out)
    for key, records in (
        ("actors", scenario.actors),
        ("issues", scenario.issues),
        ("stances", scenario.stances),
        ("relations", scenario.relations),
    ):
        rows = []
        for record in records:
            row = {name: getattr(record, name) for name in record.__slots__}
            row["evidence"] = evidence(row["evidence"])
            if "anchors" in row:
                row["anchors"] = dict(row["anchors"])
            rows.append(clean(row))
        out[key] = rows
    return out


def write_native(scenario: Scenario, path: Path) -> None:
    """Write the scenario as YAML, or as JSON when the path ends in .json."""
    data = scenario_to_dict(scenario)
    if path.suffix.lower() == ".json":
        write_file(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        write_file(path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def _field_path(loc: Sequence[Any]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def _where(where: str, text: str | None, loc: Sequence[Any]) -> str:
    line = _line_of(text, loc) if text is not None else None
    return f"{where}:{line}" if line else where


def _line_of(text: str, loc: Sequence[Any]) -> int | None:
    """1-based line of the node at ``loc`` in a YAML/JSON document, or of its nearest parent."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if part < len(node.value) else None
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line
