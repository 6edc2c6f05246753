"""Score main-text extraction from HTML against expected text and must / must-not snippets.

The text score follows the article-extraction benchmark's convention: the text is cut into word
4-grams ("shingles"); per page, true positives, false positives and false negatives are counted
over shingles and normalised to sum to one; precision and recall are averaged over pages and F1
is the harmonic mean of those averages. The mean of per-page F1 is reported beside it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from detente.errors import InputFileError

_TOKEN = re.compile(r"\w+")
SHINGLE = 4

Extractor = Callable[[Path], str]


@dataclass(frozen=True, slots=True)
class PageScore:
    """Normalised shingle counts of one page."""

    name: str
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        """Share of extracted shingles that are expected (1 when both are empty)."""
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of expected shingles that were extracted (1 when both are empty)."""
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of this page's precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Word n-grams of a text, counted."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def score_page(name: str, expected: str, extracted: str) -> PageScore:
    """Shingle overlap between expected and extracted text, normalised per page."""
    truth, guess = shingles(expected), shingles(extracted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    if total:
        return PageScore(name, tp / total, fp / total, fn / total)
    return PageScore(name, 0.0, 0.0, 0.0)


def summarise(scores: list[PageScore]) -> dict[str, float]:
    """Benchmark precision, recall and F1, plus the mean of per-page F1."""
    if not scores:
        return {"pages": 0}
    precision = mean(s.precision for s in scores)
    recall = mean(s.recall for s in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pages": len(scores),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "mean_page_f1": round(mean(s.f1 for s in scores), 4),
    }


def expected_text_pages(folder: Path) -> list[tuple[Path, Path]]:
    """(page, expected text) pairs: ``X.html`` beside ``X.expected.txt``."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.txt")):
        page = expected.with_name(expected.name.removesuffix(".expected.txt") + ".html")
        if page.exists():
            pairs.append((page, expected))
    return pairs


def snippet_pages(folder: Path) -> list[tuple[Path, Path]]:
    """(page, expectations) pairs: ``X.html`` beside ``X.expected.json`` with with/without."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        page = expected.with_name(expected.name.removesuffix(".expected.json") + ".html")
        if page.exists():
            pairs.append((page, expected))
    return pairs


def score_text_pages(folder: Path, extract: Extractor) -> list[PageScore]:
    """Score every page that has an expected text."""
    return [
        score_page(page.name, expected.read_text(encoding="utf-8"), extract(page))
        for page, expected in expected_text_pages(folder)
    ]


def check_snippets(folder: Path, extract: Extractor) -> dict[str, object]:
    """Count pages where a must-have snippet is missing or a must-not snippet remains."""
    missing: list[str] = []
    remaining: list[str] = []
    pages = snippet_pages(folder)
    for page, expected_file in pages:
        try:
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputFileError(f"malformed JSON ({exc.msg})", where=str(expected_file)) from exc
        text = extract(page)
        missing += [f"{page.name}: {s}" for s in expected.get("with", []) if s not in text]
        remaining += [f"{page.name}: {s}" for s in expected.get("without", []) if s in text]
    return {"pages": len(pages), "missing_with": missing, "remaining_without": remaining}


def detente_text(page: Path) -> str:
    """The body detente's ingest produces for one page (empty when it produces none)."""
    from detente.ingest import ingest

    documents = list(ingest([str(page)], on_problem=lambda _: None, dedupe=False))
    return documents[0].text if documents else ""


def trafilatura_text(page: Path) -> str:
    """trafilatura's own ``extract`` on the page, with its defaults: the peer to beat."""
    import warnings

    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.extract(page.read_bytes()) or ""


EXTRACTORS: dict[str, Extractor] = {"detente": detente_text, "trafilatura": trafilatura_text}


def evaluate_folder(folder: Path) -> dict[str, object]:
    """Every available score on a folder of pages, for detente and for trafilatura alone."""
    if not folder.is_dir():
        raise InputFileError("not a folder", where=str(folder), hint="pass a folder of HTML pages")
    has_text, has_snippets = expected_text_pages(folder), snippet_pages(folder)
    if not has_text and not has_snippets:
        raise InputFileError(
            "no page with an X.expected.txt or X.expected.json beside its X.html",
            where=str(folder),
            hint="pass a folder of pages with their expectations",
        )
    result: dict[str, object] = {"folder": str(folder)}
    for name, extract in EXTRACTORS.items():
        scores: dict[str, object] = {}
        if has_text:
            scores["text"] = summarise(score_text_pages(folder, extract))
        if has_snippets:
            scores["snippets"] = check_snippets(folder, extract)
        result[name] = scores
    return result
