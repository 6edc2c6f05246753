"""Score forecasts against recorded outcomes, overall and by procedure and Council rule.

Every model is scored on the issues it forecast (``n`` says how many): the exchange model plays
the issues of one proposal together and cannot play a proposal with one issue, so its n is
smaller; the report says how many it skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from detente.backtest.deu import DeuData
from detente.models import MODELS, Problem, get_model
from detente.models.problem import FloatArray
from detente.simulate import converged_flags, round_limit, rounds_played

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


@dataclass(frozen=True, slots=True)
class ModelRun:
    """One model's forecasts for every issue, and what could not be forecast or did not settle."""

    forecast: FloatArray  # (I,); NaN where the model did not run
    skipped_issues: int = 0
    skipped_proposals: int = 0
    note: str | None = None  # one line for the report, when something needs saying


def run_model(data: DeuData, name: str) -> ModelRun:
    """Forecast every issue with one model.

    A model that plays several issues together (the exchange model) is run on the issues of one
    legislative proposal at a time, as one multi-issue decision; proposals too small for it (one
    issue, or fewer actors than it needs) are skipped and counted.
    """
    spec = get_model(name)
    if not spec.joint_issues:
        outcome = spec.run(data.problem)
        flags = converged_flags(outcome.details)
        note = None
        if flags is not None and not flags.all():
            note = (
                f"{name}: {_limit(outcome.details)} reached on {int((~flags).sum())} of "
                f"{flags.size} issues; their last state is scored"
            )
        return ModelRun(outcome.point, note=note)
    forecast = np.full(data.outcomes.shape, np.nan)
    skipped_issues = skipped_proposals = ran = unsettled = 0
    limit = ""
    for issues in _proposals(data).values():
        taking_part = int(data.problem.present[:, issues].any(axis=1).sum())
        if spec.cannot_run(taking_part, len(issues)):
            skipped_issues += len(issues)
            skipped_proposals += 1
            continue
        outcome = spec.run(_subproblem(data.problem, issues))
        forecast[issues] = outcome.point
        ran += 1
        flags = converged_flags(outcome.details)
        if flags is not None and not flags.all():
            unsettled += 1
            limit = _limit(outcome.details)
    parts = [f"{name}: run per proposal on {ran} proposal{'s' if ran != 1 else ''}"]
    if skipped_proposals:
        parts.append(
            f"{skipped_proposals} proposals ({skipped_issues} issues) too small for it skipped"
        )
    if unsettled:
        parts.append(f"{limit} reached on {unsettled} of {ran}, last state scored")
    return ModelRun(forecast, skipped_issues, skipped_proposals, "; ".join(parts))


def _limit(details: object | None) -> str:
    limit = round_limit(details) or rounds_played(details)
    return f"round limit ({limit} rounds)" if limit else "round limit"


def _proposals(data: DeuData) -> dict[str, list[int]]:
    """Issue indices by proposal, in file order; without proposals each issue stands alone."""
    labels = data.proposals or tuple(str(n) for n in range(data.outcomes.size))
    groups: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        groups.setdefault(label, []).append(n)
    return groups


def _subproblem(problem: Problem, issues: list[int]) -> Problem:
    """The same actors on a subset of the issues."""
    return Problem(
        positions=problem.positions[..., issues],
        saliences=problem.saliences[..., issues],
        capabilities=problem.capabilities,
        present=problem.present[:, issues],
        reference=problem.reference[issues],
        actor_ids=problem.actor_ids,
        issue_ids=tuple(problem.issue_ids[n] for n in issues),
    )


def run_models(data: DeuData, models: Sequence[str] | None = None) -> dict[str, ModelRun]:
    """Every named model's run (default: all registered), then the two baselines."""
    runs = {name: run_model(data, name) for name in (models or list(MODELS))}
    runs["constant-50"] = ModelRun(np.full(data.outcomes.shape, 50.0))
    runs["reference-point"] = ModelRun(data.problem.reference)
    return runs


def forecasts(data: DeuData, models: Sequence[str] | None = None) -> dict[str, FloatArray]:
    """Each model's and baseline's forecast for every issue; NaN where there is none."""
    return {name: run.forecast for name, run in run_models(data, models).items()}


def backtest(data: DeuData, models: Sequence[str] | None = None) -> dict[str, Any]:
    """The backtest report: scores overall and by procedure and rule, as plain data."""
    runs = run_models(data, models)
    predicted = {name: run.forecast for name, run in runs.items()}

    def table(mask: FloatArray) -> dict[str, dict[str, float]]:
        return {name: asdict(score(f[mask], data.outcomes[mask])) for name, f in predicted.items()}

    every = np.ones(data.outcomes.shape, dtype=bool)
    procedures = np.array(data.procedures)
    rules = np.array(data.rules)
    # Where a model skipped issues, its scores rest on fewer of them: score every forecaster on
    # the issues all the models forecast too, so they can be compared like for like.
    common = np.logical_and.reduce(
        [~np.isnan(run.forecast) for name, run in runs.items() if name not in BASELINES] or [every]
    )
    shared = (
        {"n": int(common.sum()), "models": table(common)}
        if any(run.skipped_issues for run in runs.values())
        else None
    )
    return {
        "n_issues": int(data.outcomes.size),
        "skipped_no_outcome": data.skipped,
        "capability": data.capability,
        "skipped_by_model": {
            name: {"issues": run.skipped_issues, "proposals": run.skipped_proposals}
            for name, run in runs.items()
            if run.skipped_issues
        },
        "notes": [run.note for run in runs.values() if run.note],
        "models": table(every),
        "common_issues": shared,
        "by_procedure": {p: table(procedures == p) for p in sorted(set(data.procedures))},
        "by_rule": {r: table(rules == r) for r in sorted(set(data.rules))},
    }
