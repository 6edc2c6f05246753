"""Monte Carlo over uncertain inputs: perturb stances and capabilities, forecast every draw.

Randomness comes only from a ``numpy.random.Generator`` seeded with the caller's seed, and draws
are made in a fixed order, so the same seed gives the same numbers byte for byte. Positions get
normal noise with the stance's ``uncertainty`` (points) clipped to 0–100, saliences normal noise
clipped to 0–1, capabilities log-normal noise with the actor's relative spread; records that state
no spread use the scenario's ``uncertainty`` defaults (5 points, 0.05, 10 %).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from detente.errors import DetenteError
from detente.models import MODELS, Problem, get_model
from detente.models.problem import FloatArray
from detente.scenario.schema import Scenario

MAX_DRAWS = 1_000_000
_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class Spread:
    """Standard deviations for perturbing a problem's inputs."""

    position: FloatArray  # (A, I), points
    salience: FloatArray  # (A, I), on 0–1
    capability: FloatArray  # (A,), relative (log-normal sigma)

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> Spread:
        """Each record's own spread where it states one, else the scenario's default."""
        defaults = scenario.uncertainty
        actor_index = {a.id: n for n, a in enumerate(scenario.actors)}
        issue_index = {i.id: n for n, i in enumerate(scenario.issues)}
        shape = (len(actor_index), len(issue_index))
        position = np.full(shape, defaults.position)
        salience = np.full(shape, defaults.salience)
        for s in scenario.stances:
            cell = actor_index[s.actor], issue_index[s.issue]
            if s.uncertainty is not None:
                position[cell] = s.uncertainty
            if s.salience_uncertainty is not None:
                salience[cell] = s.salience_uncertainty
        capability = np.array(
            [
                defaults.capability
                if a.capability_uncertainty is None
                else a.capability_uncertainty
                for a in scenario.actors
            ]
        )
        return cls(position=position, salience=salience, capability=capability)


@dataclass(frozen=True, slots=True)
class Forecast:
    """One model's forecast for one issue: unperturbed point, median and 80 % interval."""

    point: float
    median: float
    p10: float
    p90: float


@dataclass(frozen=True, slots=True)
class Simulation:
    """Every model's forecasts for every issue of one problem, with the draws behind them."""

    problem: Problem
    seed: int
    draws: int
    points: dict[str, FloatArray]  # model → (I,)
    samples: dict[str, FloatArray]  # model → (draws, I)
    trajectories: dict[str, FloatArray | None]  # model → (rounds, A, I) for dynamic models

    @property
    def models(self) -> tuple[str, ...]:
        """Names of the models run, in the order asked for."""
        return tuple(self.points)

    def forecast(self, model: str, issue: int) -> Forecast:
        """Summary of one model on one issue (the point itself when there were no draws)."""
        point = float(self.points[model][issue])
        if self.draws == 0:
            return Forecast(point, point, point, point)
        p10, median, p90 = np.quantile(self.samples[model][:, issue], [0.1, 0.5, 0.9])
        return Forecast(point, float(median), float(p10), float(p90))


def perturb(problem: Problem, spread: Spread, draws: int, rng: np.random.Generator) -> Problem:
    """A batch of ``draws`` problems with noise added to positions, saliences and capabilities."""
    shape = (draws, *problem.positions.shape)
    positions = np.clip(problem.positions + rng.standard_normal(shape) * spread.position, 0, 100)
    saliences = np.clip(problem.saliences + rng.standard_normal(shape) * spread.salience, 0, 1)
    noise = rng.standard_normal((draws, *problem.capabilities.shape)) * spread.capability
    capabilities = problem.capabilities * np.exp(noise)
    return problem.with_values(positions, saliences, capabilities)


def simulate(
    scenario: Scenario,
    *,
    models: Sequence[str] | None = None,
    draws: int = 1000,
    seed: int = 0,
) -> Simulation:
    """Run the named models (default: all registered) on a scenario with Monte Carlo draws."""
    if not 0 <= draws <= MAX_DRAWS:
        raise DetenteError(
            f"--draws must be between 0 and {MAX_DRAWS:,}, not {draws}",
            hint="use e.g. --draws 1000",
        )
    specs = [get_model(name) for name in (models or list(MODELS))]
    problem = Problem.from_scenario(scenario)
    spread = Spread.from_scenario(scenario)
    rng = np.random.default_rng(seed)
    points: dict[str, FloatArray] = {}
    trajectories: dict[str, FloatArray | None] = {}
    for spec in specs:
        outcome = spec.run(problem)
        points[spec.name] = outcome.point
        trajectories[spec.name] = outcome.trajectory
    chunks: dict[str, list[FloatArray]] = {spec.name: [] for spec in specs}
    done = 0
    while done < draws:
        size = min(_CHUNK, draws - done)
        batch = perturb(problem, spread, size, rng)
        for spec in specs:
            chunks[spec.name].append(spec.run(batch).point)
        done += size
    empty = np.empty((0, len(problem.issue_ids)))
    samples = {name: np.concatenate(parts) if parts else empty for name, parts in chunks.items()}
    return Simulation(problem, seed, draws, points, samples, trajectories)
