"""Run decide-exchange-model's equal-gain model headless and print its rounds as JSON.

Runs inside the peer's own virtual environment (not detente's), e.g.::

    /tmp/decide-venv/bin/python bench/decide_driver.py copenhagen.csv --rounds 10 --seeds 0 1 2

decide's CLI forces the Qt plotting backend and opens an SQLite database; this driver selects
matplotlib's Agg backend before importing decide and attaches only a small observer of its own,
so nothing is written to disk. Per round it records the outcome (decide's "MDS", the salience ×
power weighted mean) of the preference positions before the exchanges and of the voting
positions after them, the exchanges realised, and the number of random tie-breaks.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import time

os.environ["MPLBACKEND"] = "Agg"
import matplotlib

matplotlib.use("Agg")

import decide
from decide.data.modelfactory import ModelFactory
from decide.data.reader import InputDataFile
from decide.model.equalgain import EqualGainModel
from decide.model.observers.observer import Observable, Observer
from decide.model.utils import ModelLoop


class RoundRecorder(Observer):
    """Collects the outcome per issue before and after each round's exchanges."""

    def __init__(self, observable: Observable, issues: list[str]) -> None:
        super().__init__(observable)
        self.issues = issues
        self.rounds: list[dict] = []

    def _outcomes(self) -> list[float]:
        model = self.model_ref
        by_name = {issue.name: value for issue, value in model.nbs.items()}
        return [float(by_name[name]) for name in self.issues]

    def after_loop(self, realized: list, iteration: int, repetition: int) -> None:
        # model.nbs still holds the outcome of the preference positions at the round's start
        exchanges = [
            {
                "gain": float(e.gain),
                "i": e.i.actor.actor_id,
                "i_supply": e.i.supply.issue.name,
                "i_from": float(e.i.supply.position),
                "i_to": float(e.i.y),
                "j": e.j.actor.actor_id,
                "j_supply": e.j.supply.issue.name,
                "j_from": float(e.j.supply.position),
                "j_to": float(e.j.y),
            }
            for e in realized
        ]
        self.rounds.append({"preference": self._outcomes(), "exchanges": exchanges})

    def end_loop(self, iteration: int, repetition: int) -> None:
        # model.nbs now holds the outcome of the voting positions after the exchanges
        self.rounds[-1]["voting"] = self._outcomes()
        self.rounds[-1]["ties"] = self.model_ref.tie_count


def run(path: str, rounds: int, seed: int | None) -> dict:
    """One run of the equal-gain model (randomised value 0.0, as decide's CLI runs it).

    ``seed`` None switches decide's random tie-breaking off (``ALLOW_RANDOM``): of exchanges
    with equal gain the first in its list is made, as detente does.
    """
    EqualGainModel.ALLOW_RANDOM = seed is not None
    random.seed(seed)
    data = InputDataFile.open(path)
    if not data.is_valid:
        raise SystemExit(f"decide could not read {path}: {data.errors}")
    factory = ModelFactory(data)
    model = factory(model_klass=EqualGainModel, randomized_value="0.0")
    issues = [issue.name for issue in model.issues]
    events = Observable(model_ref=model, output_directory=os.devnull)
    recorder = RoundRecorder(events, issues)
    start, cpu = time.perf_counter(), time.process_time()
    loop = ModelLoop(model, events, 0)
    for _ in range(rounds):
        loop.loop()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return {
        "seed": seed,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "issues": issues,
        "actors": [actor.actor_id for actor in model.actors],
        "rounds": recorder.rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seeds", type=int, nargs="*", default=[0])
    parser.add_argument(
        "--first-on-ties",
        action="store_true",
        help="also run once with random tie-breaking off (seed recorded as null)",
    )
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    seeds: list[int | None] = [*([None] if args.first_on_ties else []), *args.seeds]
    runs = [run(args.input, args.rounds, seed) for seed in seeds]
    json.dump(
        {
            "decide_version": decide.__version__,
            "python": sys.version.split()[0],
            "model": "equal gain, randomized_value 0.0",
            "input": os.path.basename(args.input),
            "runs": runs,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
