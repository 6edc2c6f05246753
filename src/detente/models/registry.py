"""One registry of forecasting models: a stable name to the function that runs it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from detente.errors import UnknownNameError, suggest
from detente.models import static
from detente.models.problem import Outcome, Problem

ModelFunction = Callable[[Problem], Outcome]


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """A registered model: its name, a one-line summary, and whether it returns a trajectory."""

    name: str
    summary: str
    run: ModelFunction
    dynamic: bool = False


MODELS: dict[str, ModelSpec] = {}


def register(spec: ModelSpec) -> ModelSpec:
    """Add a model under its name; names are stable identifiers used on the command line."""
    if spec.name in MODELS:
        raise ValueError(f"model '{spec.name}' is already registered")
    MODELS[spec.name] = spec
    return spec


def get_model(name: str) -> ModelSpec:
    """The model registered under ``name``, or an error listing the known ones."""
    try:
        return MODELS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown model '{name}'", hint=suggest(name, list(MODELS))
        ) from None


register(
    ModelSpec(
        "compromise",
        "salience × capability weighted mean of positions",
        static.compromise,
    )
)
register(ModelSpec("mean", "unweighted mean of positions", static.mean))
register(
    ModelSpec(
        "weighted-median",
        "position where half the salience × capability weight is reached",
        static.weighted_median,
    )
)
register(
    ModelSpec(
        "nbs",
        "Nash bargaining solution, disagreement at the reference point",
        static.nash_bargaining,
    )
)
