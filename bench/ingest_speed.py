"""Ingest throughput: detente beside trafilatura's own ``extract`` on the same pages, one run.

    python bench/ingest_speed.py [--repeat 5] [--shared ../shared/data]

Prints documents per second and MB per second for HTML pages (detente's ``ingest`` and
``trafilatura.extract`` with its defaults) and for plain-text articles (detente only), and the
ratio of the HTML times. Timings vary with the machine; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import trafilatura

from detente.ingest import ingest


def timed(label: str, files: list[Path], run: Callable[[Path], object], repeat: int) -> float:
    """Best-of-``repeat`` wall time to process every file once; prints the rates."""
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for f in files:
            run(f)
        best = min(best, time.perf_counter() - start)
    print(
        f"{label:<34} {len(files):>4} docs {megabytes:7.2f} MB  {best:7.3f} s  "
        f"{len(files) / best:8.1f} docs/s  {megabytes / best:6.2f} MB/s"
    )
    return best


def detente_one(path: Path) -> object:
    return list(ingest([str(path)], on_problem=lambda _: None, dedupe=False))


def trafilatura_one(path: Path) -> object:
    return trafilatura.extract(path.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).parents[1] / ".." / "shared" / "data"
    )
    args = parser.parse_args()
    html = sorted((args.shared / "html").glob("*/*.html"))
    text = sorted((args.shared / "articles").glob("*/*.txt"))
    if not html or not text:
        raise SystemExit(f"no pages under {args.shared}/html or articles; pass --shared")
    warnings.simplefilter("ignore")
    detente_one(html[0])  # load models and caches before timing
    trafilatura_one(html[0])
    ours = timed("HTML  detente ingest", html, detente_one, args.repeat)
    peer = timed("HTML  trafilatura.extract", html, trafilatura_one, args.repeat)
    timed("text  detente ingest", text, detente_one, args.repeat)
    print(f"HTML overhead of detente over trafilatura: {100 * (ours / peer - 1):+.1f} %")


if __name__ == "__main__":
    main()
