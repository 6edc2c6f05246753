"""One registry of forecasting models: a stable name to the function that runs it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from detente.errors import UnknownNameError, suggest
from detente.models import static
from detente.models.eum import eum
from detente.models.exchange import exchange
from detente.models.problem import Outcome, Problem

ModelFunction = Callable[[Problem], Outcome]


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """A registered model: its name, a one-line summary, and whether it returns a trajectory.

    ``min_actors`` and ``min_issues`` say what a scenario needs for the model to mean anything, so
    callers can skip it (or refuse it) up front instead of catching the model's own error. A model
    that needs two or more issues plays them together (trades across them), so a backtest runs it
    on the issues of one decision at a time.
    """

    name: str
    summary: str
    run: ModelFunction
    dynamic: bool = False
    min_actors: int = 1
    min_issues: int = 1

    @property
    def joint_issues(self) -> bool:
        """Whether the model plays several issues together rather than each on its own."""
        return self.min_issues > 1

    def cannot_run(self, actors: int, issues: int) -> str | None:
        """Why the model cannot run on this many actors and issues, or None when it can."""
        for what, need, have in (
            ("actor", self.min_actors, actors),
            ("issue", self.min_issues, issues),
        ):
            if have < need:
                return f"it needs at least {need} {what}s, and there {_are(have, what)}"
        return None


def _are(count: int, what: str) -> str:
    return f"is {count} {what}" if count == 1 else f"are {count} {what}s"


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
register(
    ModelSpec(
        "eum",
        "expected-utility challenge model (Bueno de Mesquita, as formalised by Scholz et al. 2011)",
        eum,
        dynamic=True,
    )
)
register(
    ModelSpec(
        "exchange",
        "Stokman & Van Oosten's exchange model, equal-gain variant",
        exchange,
        dynamic=True,
        min_actors=2,
        min_issues=2,
    )
)
