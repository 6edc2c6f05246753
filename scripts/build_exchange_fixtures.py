"""Record decide-exchange-model's rounds as small fixtures, so tests check agreement offline.

decide breaks ties between equally good exchanges at random, so its runs differ by seed. Per
input file this runs decide (in its own virtual environment, through bench/decide_driver.py)
once with random tie-breaking off and once per seed, and writes
tests/models/fixtures/decide_<name>.json with, per round and issue, the lowest and highest
outcome over all those runs (preference positions before the round's exchanges, voting
positions after them), plus one run in full (outcomes and the exchanges in the order made) for
replaying decide's own tie choices. Usage::

    python3 -m venv /tmp/decide-venv
    /tmp/decide-venv/bin/pip install --no-deps decide-exchange-model==2022.1.28
    /tmp/decide-venv/bin/pip install numpy pandas matplotlib peewee blinker requests \\
        typesystem==0.2.5
    python scripts/build_exchange_fixtures.py --decide-python /tmp/decide-venv/bin/python

(decide's data reader needs the typesystem 0.2 API it pins.)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DRIVER = REPO / "bench" / "decide_driver.py"
FIXTURES = REPO / "tests" / "models" / "fixtures"
DATA = REPO.parent / "shared" / "data" / "bargaining" / "decide-exchange-model"
#: file → (number of seeds, the seed whose run is kept in full)
FILES = {"copenhagen": (100, 0), "cop21": (100, 3)}


def run_decide(python: str, path: Path, rounds: int, seeds: list[int]) -> dict:
    """decide's runs on one file: random tie-breaking off, then each seed."""
    command = [python, str(DRIVER), str(path), "--rounds", str(rounds), "--first-on-ties"]
    command += ["--seeds", *map(str, seeds)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def _rounded(values: list[float]) -> list[float]:
    return [round(v, 9) for v in values]


def fixture(result: dict, kept_seed: int, rounds: int) -> dict:
    """The envelope of all runs and the kept run, with what produced them."""
    runs = result["runs"]
    first = runs[0]
    actors, issues = first["actors"], first["issues"]
    envelope = []
    for number in range(rounds):
        entry = {}
        for key in ("preference", "voting"):
            columns = list(zip(*(run["rounds"][number][key] for run in runs), strict=True))
            entry[key] = {
                "low": _rounded([min(c) for c in columns]),
                "high": _rounded([max(c) for c in columns]),
            }
        envelope.append(entry)
    kept = next(run for run in runs if run["seed"] == kept_seed)
    actor_at = {a: n for n, a in enumerate(actors)}
    issue_at = {i: n for n, i in enumerate(issues)}
    return {
        "decide_version": result["decide_version"],
        "python": result["python"],
        "model": result["model"],
        "input": result["input"],
        "rounds": rounds,
        "seeds": [run["seed"] for run in runs],
        "note": "seed null is decide with random tie-breaking off (EqualGainModel.ALLOW_RANDOM "
        "= False); the others seed Python's random module before the run. Outcomes are the "
        "salience x power weighted mean per issue (decide's MDS/NBS), in decide's issue order.",
        "actors": actors,
        "issues": issues,
        "envelope": envelope,
        "replay": {
            "seed": kept_seed,
            "rounds": [
                {
                    "preference": _rounded(r["preference"]),
                    "voting": _rounded(r["voting"]),
                    # [actor i, issue i moves on, actor j, issue j moves on], as indices
                    "exchanges": [
                        [
                            actor_at[e["i"]],
                            issue_at[e["i_supply"]],
                            actor_at[e["j"]],
                            issue_at[e["j_supply"]],
                        ]
                        for e in r["exchanges"]
                    ],
                }
                for r in kept["rounds"]
            ],
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decide-python", default="/tmp/decide-venv/bin/python")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--only", choices=sorted(FILES), help="build one file's fixture")
    args = parser.parse_args()
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, (count, kept_seed) in FILES.items():
        if args.only and name != args.only:
            continue
        result = run_decide(
            args.decide_python, args.data / f"{name}.csv", args.rounds, list(range(count))
        )
        out = FIXTURES / f"decide_{name}.json"
        out.write_text(json.dumps(fixture(result, kept_seed, args.rounds), indent=1) + "\n")
        print(f"wrote {out.relative_to(REPO)} ({len(result['runs'])} decide runs)", file=sys.stderr)


if __name__ == "__main__":
    main()
