"""Monte Carlo over uncertain inputs: perturb stances and capabilities, forecast every draw.

Randomness comes only from a ``numpy.random.Generator`` seeded with the caller's seed, and draws
are made in a fixed order, so the same seed gives the same numbers byte for byte. Positions get
normal noise with the stance's ``uncertainty`` (points) clipped to 0–100, saliences normal noise
clipped to 0–1, capabilities log-normal noise with the actor's relative spread; records that state
no spread use the scenario's ``uncertainty`` defaults (5 points, 0.05, 10 %).

Every model, static or dynamic, forecasts the same draws. A dynamic model's trajectory and
account of the rounds are kept for the unperturbed run only; a model that does not settle within
its round limit is reported in a warning and its last state used. The pairs the scenario marks as
sharing a common enemy are assessed with the same draws and seed (``detente.models.cooperation``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from detente.errors import DetenteError, ScenarioError
from detente.models import MODELS, ModelSpec, Outcome, Problem, get_model
from detente.models.cooperation import CooperationVerdict, cooperation_pairs
from detente.models.problem import BoolArray, FloatArray
from detente.scenario.schema import Scenario

MAX_DRAWS = 1_000_000
_CHUNK = 5_000
#: A dynamic model keeps every round of every draw (rounds × actors × issues per draw, and the
#: expected-utility model may play 1000 rounds), so its draws are run in slices of at most this
#: many actor × issue cells; the draws themselves are made as for the static models.
_DYNAMIC_CELLS = 1 << 15


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
    #: model → (rows, A, I) for dynamic models: row 0 the starting positions, row k after round k
    trajectories: dict[str, FloatArray | None]
    #: model → its ``Outcome.details`` for the unperturbed run (None for static models)
    details: dict[str, object | None] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # model → why it could not run
    warnings: tuple[str, ...] = ()  # one line each: skipped models, rounds limits reached
    cooperation: tuple[CooperationVerdict, ...] = ()  # pairs sharing a common enemy

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
    cooperation: bool = True,
) -> Simulation:
    """Run the named models (default: all registered) on a scenario with Monte Carlo draws.

    By default a model that cannot run on the scenario (the exchange model on one issue) is
    skipped with a warning; a model named in ``models`` that cannot run is an error. With
    ``cooperation`` every pair the scenario marks as sharing a common enemy is assessed too.
    """
    if not 0 <= draws <= MAX_DRAWS:
        raise DetenteError(
            f"--draws must be between 0 and {MAX_DRAWS:,}, not {draws}",
            hint="use e.g. --draws 1000",
        )
    problem = Problem.from_scenario(scenario)
    specs, skipped = _runnable(scenario, problem, models)
    warnings = [f"{name} skipped: {reason}" for name, reason in skipped.items()]
    spread = Spread.from_scenario(scenario)
    rng = np.random.default_rng(seed)
    points: dict[str, FloatArray] = {}
    trajectories: dict[str, FloatArray | None] = {}
    details: dict[str, object | None] = {}
    for spec in specs:
        outcome = spec.run(problem)
        points[spec.name] = outcome.point
        trajectories[spec.name] = with_start(outcome.trajectory, problem, outcome.details)
        details[spec.name] = outcome.details
    chunks: dict[str, list[FloatArray]] = {spec.name: [] for spec in specs}
    unsettled = dict.fromkeys(chunks, 0)
    done = 0
    while done < draws:
        size = min(_CHUNK, draws - done)
        batch = perturb(problem, spread, size, rng)
        for spec in specs:
            for outcome in _run_batch(spec, batch, size):
                chunks[spec.name].append(outcome.point)
                unsettled[spec.name] += _unsettled_draws(outcome.details, outcome.point.shape[0])
        done += size
    for spec in specs:
        note = _settling_warning(
            spec.name, details[spec.name], problem, unsettled[spec.name], draws
        )
        if note:
            warnings.append(note)
    empty = np.empty((0, len(problem.issue_ids)))
    samples = {name: np.concatenate(parts) if parts else empty for name, parts in chunks.items()}
    verdicts = tuple(cooperation_pairs(scenario, draws=draws, seed=seed)) if cooperation else ()
    return Simulation(
        problem,
        seed,
        draws,
        points,
        samples,
        trajectories,
        details=details,
        skipped=skipped,
        warnings=tuple(warnings),
        cooperation=verdicts,
    )


def _runnable(
    scenario: Scenario, problem: Problem, models: Sequence[str] | None
) -> tuple[list[ModelSpec], dict[str, str]]:
    """The models to run, and those left out (with why) when the caller did not name them."""
    actors, issues = problem.present.shape
    if models:
        specs = [get_model(name) for name in models]
        for spec in specs:
            reason = spec.cannot_run(actors, issues)
            if reason:
                raise ScenarioError(
                    f"model '{spec.name}' cannot run on scenario '{scenario.id}': {reason}",
                    hint="choose another model with -m, e.g. -m compromise",
                )
        return specs, {}
    specs, skipped = [], {}
    for spec in MODELS.values():
        reason = spec.cannot_run(actors, issues)
        if reason:
            skipped[spec.name] = reason
        else:
            specs.append(spec)
    return specs, skipped


def _run_batch(spec: ModelSpec, batch: Problem, size: int) -> list[Outcome]:
    """The model on a batch of draws; a dynamic model on slices of it, to bound its memory."""
    if not spec.dynamic:
        return [spec.run(batch)]
    step = max(1, _DYNAMIC_CELLS // max(1, batch.present.size))
    return [
        spec.run(
            batch.with_values(
                batch.positions[start : start + step],
                batch.saliences[start : start + step],
                batch.capabilities[start : start + step],
            )
        )
        for start in range(0, size, step)
    ]


def with_start(
    trajectory: FloatArray | None, problem: Problem, details: object | None = None
) -> FloatArray | None:
    """The trajectory with the starting positions as row 0, prepended if the model left them out.

    Models differ here: the expected-utility model's row 0 is the start, the exchange model's is
    the voting positions after its first round. Where the model's details count its rounds, one
    row per round means the start is missing; otherwise the first row is compared with the
    start. Row k is then, for every model, the positions after round k.
    """
    if trajectory is None or trajectory.shape[0] == 0:
        return trajectory
    start = np.where(problem.present, problem.positions, 0.0)
    rounds = rounds_played(details)
    if rounds:
        missing = trajectory.shape[0] == rounds
    else:
        first = np.where(problem.present, trajectory[0], 0.0)
        missing = not np.allclose(first, start, rtol=0.0, atol=1e-9)
    return np.concatenate([start[None], trajectory]) if missing else trajectory


def converged_flags(details: object | None) -> BoolArray | None:
    """The model's own ``converged`` flags (one, per issue or per draw), if it reports any."""
    flags = getattr(details, "converged", None)
    return None if flags is None else np.asarray(flags, dtype=bool)


def _unsettled_draws(details: object | None, size: int) -> int:
    """How many draws of a batch did not settle on every issue within the round limit."""
    flags = converged_flags(details)
    if flags is None or flags.size == 0 or flags.size % size:
        return 0
    return int((~flags.reshape(size, -1).all(axis=1)).sum())


def rounds_played(details: object | None) -> int:
    """Rounds in a dynamic model's account of its unperturbed run (0 when it has none)."""
    rounds = getattr(details, "rounds", None)
    try:
        return len(rounds)  # type: ignore[arg-type]
    except TypeError:
        return 0


def round_limit(details: object | None) -> int | None:
    """The round limit a model's details state through its parameters, if they do."""
    parameters = getattr(details, "parameters", None)
    for name in ("max_rounds", "rounds"):
        limit = getattr(parameters, name, None)
        if isinstance(limit, int) and not isinstance(limit, bool):
            return limit
    return None


def _settling_warning(
    name: str, details: object | None, problem: Problem, unsettled: int, draws: int
) -> str | None:
    """One line when a model reached its round limit in the unperturbed run or in draws."""
    flags = converged_flags(details)
    base = flags is not None and not bool(flags.all())
    if not base and not unsettled:
        return None
    where = []
    if base:
        assert flags is not None
        text = "the unperturbed run"
        if flags.shape == (len(problem.issue_ids),):
            issues = [problem.issue_ids[n] for n in np.flatnonzero(~flags)]
            text += f" (issue{'s' if len(issues) > 1 else ''} {', '.join(issues)})"
        where.append(text)
    if unsettled:
        where.append(f"{unsettled} of {draws} draws")
    limit = round_limit(details) or (rounds_played(details) if base else 0)
    within = f"within its round limit ({limit} rounds)" if limit else "within its round limit"
    return f"{name} did not settle {within} in {' and '.join(where)}; its last state is used"
