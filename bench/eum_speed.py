"""Expected-utility model speed: the vectorised model beside the plain reference, one problem.

    python bench/eum_speed.py [--actors 50] [--issues 5] [--rounds 10] [--repeat 5] [--seed 0]

Both play the same random problem for exactly ``--rounds`` rounds (tolerance 0) with the default
choices; the reference is tests/models/eum_reference.py, one issue at a time in Python loops.
Prints both times, the ratio, and the largest difference between their final positions.
Timings vary with the machine; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from detente.models import Problem
from detente.models.eum import EumParameters, eum

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.models.eum_reference import play_issue


def random_problem(actors: int, issues: int, seed: int) -> Problem:
    """Positions, saliences and capabilities drawn at random; every actor on every issue."""
    rng = np.random.default_rng(seed)
    return Problem(
        positions=rng.uniform(0, 100, (actors, issues)),
        saliences=rng.uniform(0.1, 1, (actors, issues)),
        capabilities=rng.uniform(0.1, 10, actors),
        present=np.ones((actors, issues), dtype=bool),
        reference=np.full(issues, np.nan),
    )


def run_reference(problem: Problem, parameters: EumParameters) -> np.ndarray:
    """Final positions (actors × issues) from the reference, issue by issue."""
    columns = []
    for issue in range(problem.present.shape[1]):
        run = play_issue(
            list(problem.positions[:, issue]),
            list(problem.saliences[:, issue]),
            list(problem.capabilities),
            list(problem.present[:, issue]),
            parameters,
        )
        columns.append(run.rounds[-1].positions)
    return np.array(columns).T


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=50)
    parser.add_argument("--issues", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    problem = random_problem(args.actors, args.issues, args.seed)
    parameters = EumParameters(max_rounds=args.rounds, tolerance=0.0)

    eum(problem, parameters)  # warm up
    vectorised = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        outcome = eum(problem, parameters)
        vectorised = min(vectorised, time.perf_counter() - start)
    start = time.perf_counter()
    reference_final = run_reference(problem, parameters)
    reference = time.perf_counter() - start

    rounds = int(outcome.details.rounds_run.max())
    gap = float(np.abs(outcome.trajectory[-1] - reference_final).max())
    print(f"{args.actors} actors, {args.issues} issues, {rounds} rounds (default choices)")
    print(f"vectorised eum   {vectorised * 1000:9.1f} ms  (best of {args.repeat})")
    print(f"reference        {reference * 1000:9.1f} ms")
    print(f"ratio            {reference / vectorised:9.1f} ×")
    print(f"largest difference in final positions: {gap:.2e}")


if __name__ == "__main__":
    main()
