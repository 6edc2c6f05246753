"""detente's exchange model against decide-exchange-model: outcomes round by round, and speed.

Runs decide (in its own virtual environment, through bench/decide_driver.py) and detente on
the same Stokman files in one go and prints, per round and issue, detente's outcome beside the
range of decide's over its runs, how far outside that range detente falls, both timings and
the speed ratio. decide breaks ties between equally good exchanges at random, so its runs
differ by seed; it is run once with random tie-breaking off and once per seed. Besides
detente's own run (ties go to the first exchange in decide's list order), each decide run is
replayed: detente is handed the exchange decide chose whenever gains tie, which shows the
rounds where the two agree exactly. Usage::

    .venv/bin/python bench/exchange_vs_decide.py --decide-python /tmp/decide-venv/bin/python

decide's venv: see scripts/build_exchange_fixtures.py. Timings are of the model alone (no
start-up or file reading): decide's inside its process, detente's the best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

import numpy as np

from detente.models.exchange import Candidate, ExchangeDetails, ExchangeParameters, exchange
from detente.models.problem import Problem
from detente.scenario import load_scenario

REPO = Path(__file__).resolve().parents[1]
DRIVER = REPO / "bench" / "decide_driver.py"
DATA = REPO.parent / "shared" / "data" / "bargaining" / "decide-exchange-model"
FIXTURES = REPO / "tests" / "models" / "fixtures"


def run_decide(python: str, path: Path, rounds: int, seeds: list[int]) -> dict:
    """decide's runs on one file, random tie-breaking off first."""
    command = [python, str(DRIVER), str(path), "--rounds", str(rounds), "--first-on-ties"]
    command += ["--seeds", *map(str, seeds)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def replay_parameters(problem: Problem, run: dict, rounds: int) -> ExchangeParameters:
    """Parameters whose tie-breaker picks the exchange decide made in ``run``, where it can."""
    actors = dict(zip(run["actors"], problem.actor_ids, strict=True))
    issues = dict(zip(run["issues"], problem.issue_ids, strict=True))
    made = [
        [
            (actors[e["i"]], issues[e["i_supply"]], actors[e["j"]], issues[e["j_supply"]])
            for e in r["exchanges"]
        ]
        for r in run["rounds"]
    ]

    def follow(number: int, rank: int, candidates: tuple[Candidate, ...]) -> int:
        if rank < len(made[number]):
            wanted = made[number][rank]
            for at, c in enumerate(candidates):
                if (c.first, c.first_issue, c.second, c.second_issue) == wanted:
                    return at
        return 0

    return ExchangeParameters(rounds=rounds, tolerance=0.0, tie_break=follow)


def outcomes(details: ExchangeDetails, key: str) -> np.ndarray:
    """(rounds, issues) outcomes before ('preference') or after ('voting') the exchanges."""
    return np.array([r.before if key == "preference" else r.after for r in details.rounds])


def decide_outcomes(run: dict, key: str) -> np.ndarray:
    return np.array([r[key] for r in run["rounds"]])


def compare(name: str, path: Path, args: argparse.Namespace) -> tuple[float, float]:
    """Print one file's comparison; return decide's and detente's CPU seconds per run."""
    seeds = list(range(args.seeds))
    result = run_decide(args.decide_python, path, args.rounds, seeds)
    runs = result["runs"]
    problem = Problem.from_scenario(load_scenario(path))
    if len(problem.issue_ids) != len(runs[0]["issues"]):
        raise SystemExit(f"{name}: detente and decide read different issues")
    parameters = ExchangeParameters(rounds=args.rounds, tolerance=0.0)
    walls, cpus = [], []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = exchange(problem, parameters)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    details = outcome.details
    assert isinstance(details, ExchangeDetails)
    rounds = len(details.rounds)
    print(
        f"\n== {name}: {len(problem.actor_ids)} actors, {len(problem.issue_ids)} issues; decide "
        f"{result['decide_version']} (Python {result['python']}), {len(runs)} runs: random "
        f"tie-breaking off, then seeds 0..{args.seeds - 1}"
    )
    fixture_path = FIXTURES / f"decide_{name}.json"
    fixture = json.loads(fixture_path.read_text()) if fixture_path.exists() else None
    summary: dict[str, np.ndarray] = {}
    for key in ("voting", "preference"):
        ours = outcomes(details, key)
        theirs = np.stack([decide_outcomes(run, key)[:rounds] for run in runs])
        low, high = theirs.min(axis=0), theirs.max(axis=0)
        outside = np.maximum(0.0, np.maximum(low - ours, ours - high))
        summary[f"{key} vs first"] = np.abs(ours - theirs[0]).max(axis=1)
        summary[f"{key} outside live"] = outside.max(axis=1)
        summary[f"{key} live width"] = (high - low).max(axis=1)
        if fixture is not None:
            f_low = np.array([r[key]["low"] for r in fixture["envelope"]])[:rounds]
            f_high = np.array([r[key]["high"] for r in fixture["envelope"]])[:rounds]
            f_out = np.maximum(0.0, np.maximum(f_low - ours, ours - f_high))
            summary[f"{key} outside fixture"] = f_out.max(axis=1)
        if key == "voting" and not args.quiet:
            print(
                "\nvoting outcome per round and issue: detente, decide with random tie-breaking"
                " off, decide's range over the live runs (and over the fixture's runs), and how"
                " far outside the range detente lies"
            )
            print(
                "round issue                 detente  decide(1st)      live range  outside"
                "   fixture range  outside"
            )
            for r in range(rounds):
                for i, issue in enumerate(problem.issue_ids):
                    line = (
                        f"{r:5d} {issue[:20]:20s} {ours[r, i]:8.3f} {theirs[0, r, i]:11.3f} "
                        f"{low[r, i]:7.3f}..{high[r, i]:7.3f} {outside[r, i]:8.3f}"
                    )
                    if fixture is not None:
                        line += f" {f_low[r, i]:7.3f}..{f_high[r, i]:7.3f} {f_out[r, i]:8.3f}"
                    print(line)
    print(
        "\nper round, max over issues (points). vs 1st: |detente − decide with random"
        " tie-breaking off|; live, fixture: how far outside the range of decide's live runs /"
        " the fixture's runs detente lies; width: of the live voting range"
    )
    columns = [c for c in summary if not c.endswith("width")]
    labels = [c.replace("preference", "pref").replace("voting", "vote") for c in columns]
    labels = [c.replace("outside ", "").replace("vs first", "vs 1st") for c in labels]
    print("round " + " ".join(f"{c:>13s}" for c in labels) + "    width")
    for r in range(rounds):
        print(
            f"{r:5d} "
            + " ".join(f"{summary[c][r]:13.3f}" for c in columns)
            + f" {summary['voting live width'][r]:8.2f}"
        )
    if fixture is not None:
        print(f"(fixture: {len(fixture['seeds'])} decide runs, {fixture_path.relative_to(REPO)})")
    print(
        "\nreplaying decide's tie choices: rounds in exact agreement (max difference < 1e-9),"
        " then the max difference per round"
    )
    for run in runs:
        replayed = exchange(problem, replay_parameters(problem, run, args.rounds)).details
        assert isinstance(replayed, ExchangeDetails)
        diff = np.maximum(
            np.abs(outcomes(replayed, "voting") - decide_outcomes(run, "voting")),
            np.abs(outcomes(replayed, "preference") - decide_outcomes(run, "preference")),
        ).max(axis=1)
        exact = int(np.argmax(diff >= 1e-9)) if (diff >= 1e-9).any() else len(diff)
        label = "first on ties" if run["seed"] is None else f"seed {run['seed']}"
        print(f"  {label:14s} exact rounds {exact:2d}   " + " ".join(f"{d:.2g}" for d in diff))
    decide_wall = float(np.mean([run["seconds"] for run in runs]))
    decide_cpu = float(np.mean([run["cpu_seconds"] for run in runs]))
    ours_wall, ours_cpu = min(walls), min(cpus)
    print(
        f"\ntime for {args.rounds} rounds: decide {decide_wall:.3f} s wall, {decide_cpu:.3f} s "
        f"CPU (mean of {len(runs)} runs); detente {ours_wall:.4f} s wall, {ours_cpu:.4f} s CPU "
        f"(best of {args.repeat})"
    )
    print(f"speed ratio: {decide_wall / ours_wall:.0f}x wall, {decide_cpu / ours_cpu:.0f}x CPU")
    return decide_cpu, ours_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decide-python", default="/tmp/decide-venv/bin/python")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--files", nargs="+", default=["copenhagen", "cop21"])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seeds", type=int, default=10, help="decide runs with seeds 0..N-1")
    parser.add_argument("--repeat", type=int, default=10, help="detente runs to time")
    parser.add_argument("--quiet", action="store_true", help="summaries only")
    args = parser.parse_args()
    for name in args.files:
        compare(name, args.data / f"{name}.csv", args)


if __name__ == "__main__":
    main()
