"""Coder throughput and memory: ``detente code`` beside spaCy's full pipeline, in one run.

    python bench/coder_speed.py [--shared ../shared/data] [--documents 10000] [--repeat 1]

1. Words per second of detente's coder and of spaCy's full en_core_web_sm pipeline over the same
   text: the paragraphs of every English article under ../shared/data/articles. Each side splits
   them into sentences itself (detente with its rule-based splitter before choosing what to parse,
   spaCy with its parser); spaCy runs ``nlp.pipe`` in batches of 64. Words are the paragraphs'
   whitespace-separated tokens, one count for both. With --repeat N the two are timed N times,
   alternately, and each keeps its best time; the ratio is detente's words/s over spaCy's.
2. Memory over many documents (the articles repeated up to --documents): current resident set
   size is printed every tenth of the way, with the growth from the first reading to the last,
   so a leak shows as a rising column.
Timings vary with the machine; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import time
from pathlib import Path

import spacy

from detente.coder import CoderTally, code, code_document
from detente.coder.nlp import BATCH, MODEL
from detente.ingest import Document, ingest


def rss_mb() -> float:
    """Current resident set size of this process, in MB (peak RSS where /proc is missing)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_mb()


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser_args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).parents[1] / ".." / "shared" / "data"
    parser_args.add_argument("--shared", type=Path, default=default)
    parser_args.add_argument("--documents", type=int, default=10_000)
    parser_args.add_argument("--repeat", type=int, default=1)
    args = parser_args.parse_args()
    files = sorted(str(p) for p in (args.shared / "articles").glob("*/*.txt"))
    if not files:
        raise SystemExit(f"no articles under {args.shared}/articles; pass --shared")
    documents: list[Document] = [
        d for d in ingest(files, on_problem=lambda _: None) if d.language in (None, "en")
    ]
    paragraphs = [p for d in documents for p in d.paragraphs]
    words = sum(len(p.split()) for p in paragraphs)
    list(code(documents[:3]))  # load the dictionary, the splitter and the model before timing
    nlp = spacy.load(MODEL)  # the full pipeline, entity recogniser included

    ours = full = float("inf")
    for _ in range(max(1, args.repeat)):
        tally = CoderTally()
        start = time.perf_counter()
        events = sum(1 for _ in code(documents, tally=tally))
        ours = min(ours, time.perf_counter() - start)
        start = time.perf_counter()
        parsed = nlp.pipe(paragraphs, batch_size=BATCH)
        spacy_sentences = sum(sum(1 for _ in doc.sents) for doc in parsed)
        full = min(full, time.perf_counter() - start)
    print(f"{len(documents)} documents, {len(paragraphs)} paragraphs, {words} words")
    print(
        f"detente code            {ours:7.2f} s  {words / ours:9.0f} words/s  "
        f"({tally.sentences} sentences, {tally.parsed} parsed, {events} events)"
    )
    print(
        f"spaCy full pipeline     {full:7.2f} s  {words / full:9.0f} words/s  "
        f"({spacy_sentences} sentences, nlp.pipe batch_size={BATCH})"
    )
    print(f"ratio (detente / spaCy words per second): {full / ours:.2f}")

    step = max(1, args.documents // 10)
    print(f"memory over {args.documents} documents (current RSS, MB, every {step} documents):")
    print(f"  before: {rss_mb():.0f}")
    sizes = [sum(len(p.split()) for p in d.paragraphs) for d in documents]
    stream = itertools.islice(itertools.cycle(zip(documents, sizes, strict=True)), args.documents)
    readings: list[float] = []
    coded_words = 0
    start = time.perf_counter()
    for n, (document, size) in enumerate(stream, start=1):
        code_document(document)
        coded_words += size
        if n % step == 0:
            readings.append(rss_mb())
            print(f"  {n:>7} documents: {readings[-1]:7.0f}", flush=True)
    elapsed = time.perf_counter() - start
    if readings:
        growth = readings[-1] - readings[0]
        print(
            f"growth, first to last reading: {growth:+.0f} MB "
            f"({100 * growth / readings[0]:+.1f} %); peak RSS {peak_mb():.0f} MB"
        )
    print(
        f"{args.documents} documents coded in {elapsed:.0f} s  "
        f"({coded_words / elapsed:.0f} words/s)"
    )


if __name__ == "__main__":
    main()
