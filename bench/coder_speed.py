"""Coder throughput and memory: ``detente code`` beside spaCy's full pipeline, in one run.

    python bench/coder_speed.py [--shared ../shared/data] [--documents 10000]

1. Words per second of detente's coder and of spaCy's full en_core_web_sm pipeline run over
   every sentence of the same articles (../shared/data/articles), and their ratio.
2. Memory over many documents (the articles repeated up to --documents): resident set size is
   printed every tenth of the way, so a leak shows as a rising column.
Timings vary with the machine; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import time
from pathlib import Path

from detente.coder import code, code_document
from detente.coder.nlp import parser
from detente.coder.pipeline import sentences
from detente.ingest import Document, ingest


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser_args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).parents[1] / ".." / "shared" / "data"
    parser_args.add_argument("--shared", type=Path, default=default)
    parser_args.add_argument("--documents", type=int, default=10_000)
    args = parser_args.parse_args()
    files = sorted(str(p) for p in (args.shared / "articles").glob("*/*.txt"))
    if not files:
        raise SystemExit(f"no articles under {args.shared}/articles; pass --shared")
    documents: list[Document] = list(ingest(files, on_problem=lambda _: None))
    texts = [s for d in documents for s in sentences(d)]
    words = sum(len(t.split()) for t in texts)
    list(code(documents[:3]))  # load models before timing
    nlp = parser()

    start = time.perf_counter()
    events = sum(1 for _ in code(documents))
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    full = time.perf_counter() - start
    print(f"{len(documents)} documents, {len(texts)} sentences, {words} words")
    print(f"detente code            {ours:7.2f} s  {words / ours:9.0f} words/s  ({events} events)")
    print(f"spaCy full pipeline     {full:7.2f} s  {words / full:9.0f} words/s")
    print(f"ratio (detente / spaCy words per second): {full / ours:.2f}")

    print(f"memory over {args.documents} documents (peak RSS, MB, every tenth):")
    stream = itertools.islice(itertools.cycle(documents), args.documents)
    step = max(1, args.documents // 10)
    readings = []
    for n, document in enumerate(stream, start=1):
        code_document(document)
        if n % step == 0:
            readings.append(f"{rss_mb():.0f}")
    print("  " + " ".join(readings))


if __name__ == "__main__":
    main()
