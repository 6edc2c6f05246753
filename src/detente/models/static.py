"""Static forecasts: one formula from positions, saliences and capabilities to an outcome.

Each function is vectorised over issues and any leading batch dimensions. Where no actor on an
issue has any weight (all saliences or capabilities zero), the weighted models fall back to
treating every actor with a stance equally, so a forecast always exists.
"""

from __future__ import annotations

import numpy as np

from detente.models.problem import FloatArray, Outcome, Problem

SCALE_MIN, SCALE_MAX = 0.0, 100.0
_BISECTION_STEPS = 60


def _effective_weights(problem: Problem) -> FloatArray:
    weights = problem.weights
    total = weights.sum(axis=-2, keepdims=True)
    equal = np.broadcast_to(problem.present, weights.shape).astype(float)
    return np.where(total > 0, weights, equal)


def mean(problem: Problem) -> Outcome:
    """Unweighted mean of the positions taken."""
    present = np.broadcast_to(problem.present, problem.positions.shape)
    total = (problem.positions * present).sum(axis=-2)
    return Outcome(point=total / present.sum(axis=-2))


def compromise(problem: Problem) -> Outcome:
    """Σ salience·capability·position / Σ salience·capability (the compromise model)."""
    weights = _effective_weights(problem)
    return Outcome(point=(weights * problem.positions).sum(axis=-2) / weights.sum(axis=-2))


def weighted_median(problem: Problem) -> Outcome:
    """Position of the actor at which half the salience-weighted capability is reached.

    Where the cumulative weight lands exactly on one half, the midpoint between that position and
    the next weighted one is taken, as the ordinary median does for an even count.
    """
    weights = _effective_weights(problem)
    order = np.argsort(problem.positions, axis=-2, kind="stable")
    positions = np.take_along_axis(problem.positions, order, axis=-2)
    weights = np.take_along_axis(weights, order, axis=-2)
    cumulative = np.cumsum(weights, axis=-2)
    half = cumulative[..., -1:, :] / 2
    tolerance = 1e-12 * cumulative[..., -1:, :]
    first = np.argmax(cumulative >= half - tolerance, axis=-2)[..., None, :]
    after = np.argmax(cumulative > half + tolerance, axis=-2)[..., None, :]
    lower = np.take_along_axis(positions, first, axis=-2)[..., 0, :]
    upper = np.take_along_axis(positions, after, axis=-2)[..., 0, :]
    exact = (
        np.abs(np.take_along_axis(cumulative, first, axis=-2) - half)[..., 0, :]
        <= tolerance[..., 0, :]
    )
    return Outcome(point=np.where(exact, (lower + upper) / 2, lower))


def nash_bargaining(problem: Problem) -> Outcome:
    """Asymmetric Nash bargaining solution with linear loss utilities.

    Maximises Σ wᵢ·log(gainᵢ(x)), gainᵢ(x) = |d − pᵢ| − |x − pᵢ| with bargaining power
    wᵢ = salience·capability. The disagreement point d is the issue's reference point; without
    one, each actor's disagreement outcome is the end of the scale farthest from its position, so
    every actor gains from any settlement. An actor with weight that already sits at the
    reference point gains from nothing else, so the solution is then the reference point itself.
    """
    weights = _effective_weights(problem)
    positions = problem.positions
    reference = problem.reference
    has_reference = ~np.isnan(reference)
    worst = np.maximum(positions - SCALE_MIN, SCALE_MAX - positions)
    room = np.where(has_reference, np.abs(np.nan_to_num(reference) - positions), worst)
    active = weights > 0
    lo = np.max(np.where(active, positions - room, -np.inf), axis=-2)
    hi = np.min(np.where(active, positions + room, np.inf), axis=-2)
    lo, hi = np.maximum(lo, SCALE_MIN), np.minimum(hi, SCALE_MAX)
    stuck = np.any(active & (room <= 0), axis=-2) | (lo >= hi)

    def slope(x: FloatArray) -> FloatArray:
        gap = room - np.abs(x[..., None, :] - positions)
        terms = np.sign(positions - x[..., None, :]) / np.where(gap > 0, gap, np.inf)
        return np.where(active, weights * terms, 0.0).sum(axis=-2)

    left, right = lo.copy(), hi.copy()
    for _ in range(_BISECTION_STEPS):
        middle = (left + right) / 2
        rising = slope(middle) > 0
        left = np.where(rising, middle, left)
        right = np.where(rising, right, middle)
    point = (left + right) / 2
    fallback = np.where(has_reference, reference, point)
    return Outcome(point=np.where(stuck, fallback, point))
