"""Per-stage time of ``detente analyze``: the seed report, then every shared article on its own.

The spaCy model is loaded (and timed) once before the runs, as in a long-lived process. Each
article is read, coded, drafted and forecast alone, dated from its folder's manifest.jsonl when
its text gives no date (Reuters-21578 texts carry none, and the dictionary's roles are dated).
The script prints the time of each stage for the seed and summed over the articles, how many
articles gave a system and how many had nothing to model, and any article that failed.
``--systems FILE`` writes one JSON line per article (actors, relations, issues with stances)
for reading the drafts. Usage::

    .venv/bin/python bench/analyze_speed.py [--draws 200] [--systems /tmp/systems.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from detente.analyze import Analysis, analyze
from detente.coder.nlp import parser
from detente.ingest import read
from detente.report.analysis import analysis_to_dict

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = DATA / "seed" / "000_2741d365b0e12e5f.txt"


def manifest_dates(folder: Path) -> dict[str, str]:
    """File name → ISO date from the folder's manifest.jsonl (the articles' text may not say)."""
    dates: dict[str, str] = {}
    manifest = folder / "manifest.jsonl"
    if not manifest.is_file():
        return dates
    for line in manifest.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = str(record.get("date") or "")
        for pattern, width in (("%Y-%m-%d", 10), ("%d-%b-%Y", 11)):
            try:
                dates[record["file"]] = datetime.strptime(raw[:width], pattern).date().isoformat()
                break
            except ValueError:
                continue
    return dates


def run(path: Path, draws: int, when: str | None = None) -> tuple[Analysis, dict[str, float]]:
    """One article through the chain, with the time of each stage; ``when`` dates an article
    whose text gives no date."""
    started = time.perf_counter()
    documents = [replace(d, date=d.date or when) for d in read([str(path)])]
    read_time = time.perf_counter() - started
    result = analyze(documents, draws=draws, seed=0)
    return result, {"read": read_time, **result.timings}


def summary(result: Analysis) -> dict[str, object]:
    """What a reader checks: actors, relations, issues with stances."""
    data = analysis_to_dict(result)
    return {
        "nothing_to_model": data["nothing_to_model"],
        "actors": [f"{a['id']} ({a['name']})" for a in data["actors"]],
        "relations": [
            f"{r['a']}–{r['b']} {r['kind']} {r['about'] or ''}" for r in data["relations"]
        ],
        "issues": [
            {
                "question": i["question"],
                "stances": {s["actor"]: s["position"] for s in i["stances"]},
            }
            for i in data["issues"]
        ],
        "cooperation": [f"{c['a']}–{c['b']}: {c['verdict']}" for c in data["cooperation"]],
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--draws", type=int, default=1000)
    options.add_argument("--systems", type=Path, help="write each article's system here")
    args = options.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"skipped: {DATA} is absent (the shared data sits beside the repository)")

    started = time.perf_counter()
    parser()
    print(f"model load: {time.perf_counter() - started:.2f} s")

    _, stages = run(SEED, args.draws)
    print("seed: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))

    articles = sorted(p for p in (DATA / "articles").rglob("*") if p.is_file())
    articles = [p for p in articles if p.suffix == ".txt"]  # manifests and READMEs are not news
    totals: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    out = args.systems.open("w", encoding="utf-8") if args.systems else None
    dates: dict[Path, str] = {}
    for folder in {p.parent for p in articles}:
        dates.update({folder / name: day for name, day in manifest_dates(folder).items()})
    for path in articles:
        try:
            result, stages = run(path, args.draws, dates.get(path))
        except Exception as exc:  # report and go on: one bad article must not stop the rest
            failures.append(f"{path.relative_to(DATA)}: {type(exc).__name__}: {exc}")
            continue
        totals.update(stages)
        outcomes["nothing to model" if result.empty else "system"] += 1
        if out is not None:
            record = {"article": str(path.relative_to(DATA)), **summary(result)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out is not None:
        out.close()
    done = sum(outcomes.values())
    print(f"articles: {len(articles)} read, {done} analysed, {len(failures)} failed")
    print(", ".join(f"{k}: {v}" for k, v in outcomes.items()))
    print(
        "all articles: "
        + ", ".join(f"{k} {v:.1f} s ({v / max(done, 1):.2f} s/article)" for k, v in totals.items())
    )
    for failure in failures:
        print("failed:", failure)


if __name__ == "__main__":
    main()
