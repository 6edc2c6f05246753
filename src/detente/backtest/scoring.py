"""Score forecasts against recorded outcomes, overall and by procedure and Council rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from detente.backtest.deu import DeuData
from detente.models import MODELS, get_model
from detente.models.problem import FloatArray

HIT_TOLERANCE = 10.0
BASELINES = ("constant-50", "reference-point")


@dataclass(frozen=True, slots=True)
class Score:
    """Error summary of one forecaster over the issues it forecast."""

    mae: float
    median_ae: float
    hit_rate: float  # share of issues with |error| ≤ 10 points
    n: int


def score(forecast: FloatArray, outcomes: FloatArray) -> Score:
    """Mean and median absolute error and hit rate over issues with a forecast (NaN = none)."""
    errors = np.abs(forecast - outcomes)
    errors = errors[~np.isnan(errors)]
    if errors.size == 0:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    return Score(
        mae=round(float(errors.mean()), 2),
        median_ae=round(float(np.median(errors)), 2),
        hit_rate=round(float((errors <= HIT_TOLERANCE).mean()), 3),
        n=int(errors.size),
    )


def forecasts(data: DeuData, models: Sequence[str] | None = None) -> dict[str, FloatArray]:
    """Each model's and baseline's forecast for every issue; the reference point may be NaN."""
    out = {name: get_model(name).run(data.problem).point for name in (models or list(MODELS))}
    out["constant-50"] = np.full(data.outcomes.shape, 50.0)
    out["reference-point"] = data.problem.reference
    return out


def backtest(data: DeuData, models: Sequence[str] | None = None) -> dict[str, Any]:
    """The backtest report: scores overall and by procedure and rule, as plain data."""
    predicted = forecasts(data, models)

    def table(mask: FloatArray) -> dict[str, dict[str, float]]:
        return {name: asdict(score(f[mask], data.outcomes[mask])) for name, f in predicted.items()}

    every = np.ones(data.outcomes.shape, dtype=bool)
    procedures = np.array(data.procedures)
    rules = np.array(data.rules)
    return {
        "n_issues": int(data.outcomes.size),
        "skipped_no_outcome": data.skipped,
        "capability": data.capability,
        "models": table(every),
        "by_procedure": {p: table(procedures == p) for p in sorted(set(data.procedures))},
        "by_rule": {r: table(rules == r) for r in sorted(set(data.rules))},
    }
