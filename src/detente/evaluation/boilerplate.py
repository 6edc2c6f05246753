"""Score text cleaning against a line-labelled check set of real articles.

The check set (JSON Lines, one record per file) names lines by number only, so the articles stay
where they are: ``boilerplate`` lines must be gone (credit lines are part of the article and left
out of the score), genuine lines' sentences must remain, ``caption`` lines should be set apart,
``headline_repeat`` lines dropped and a ``dateline`` split off.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import InputFileError
from detente.ingest.clean import clean_text
from detente.textfile import read_text

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z0-9])")
_SPACE = re.compile(r"\s+")
#: Labels whose lines are neither boilerplate to remove nor sentences to keep.
_NEUTRAL = ("credit", "sections", "dek", "embed", "pullquote", "note")


@dataclass
class BoilerplateScore:
    """Counts over the check set, with the failures behind them."""

    files: int = 0
    boilerplate: int = 0
    boilerplate_removed: int = 0
    sentences: int = 0
    sentences_kept: int = 0
    captions: int = 0
    captions_flagged: int = 0
    headline_repeats: int = 0
    headline_repeats_removed: int = 0
    datelines: int = 0
    datelines_found: int = 0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Rates and counts as plain data."""

        def rate(hit: int, total: int) -> float | None:
            return round(hit / total, 4) if total else None

        return {
            "files": self.files,
            "boilerplate_removed": rate(self.boilerplate_removed, self.boilerplate),
            "boilerplate_lines": self.boilerplate,
            "sentences_kept": rate(self.sentences_kept, self.sentences),
            "sentences": self.sentences,
            "captions_flagged": rate(self.captions_flagged, self.captions),
            "captions": self.captions,
            "headline_repeats_removed": rate(self.headline_repeats_removed, self.headline_repeats),
            "datelines_found": rate(self.datelines_found, self.datelines),
            "failures": self.failures,
        }


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).replace(" ,", ",").strip()


def score_boilerplate(labels: Path, root: Path) -> BoilerplateScore:
    """Clean every labelled file under ``root`` and count what was removed and kept."""
    score = BoilerplateScore()
    for number, line in enumerate(read_text(labels, what="label file").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"malformed JSON ({exc.msg})", where=f"{labels}:{number}") from exc
        _score_file(record, root, score)
    return score


def _score_file(record: dict[str, object], root: Path, score: BoilerplateScore) -> None:
    name = str(record["file"])
    lines = read_text(root / name, what="labelled article").split("\n")
    cleaned = clean_text("\n".join(lines), headline_first=True)
    body = _squash(" ".join(cleaned.paragraphs))
    everything = _squash(" ".join((*cleaned.paragraphs, *cleaned.captions)))
    score.files += 1

    def labelled(key: str) -> set[int]:
        value = record.get(key) or []
        return {int(n) for n in value}  # type: ignore[union-attr]

    credit = labelled("credit")
    boilerplate = labelled("boilerplate") - credit
    captions = labelled("caption")
    repeats = labelled("headline_repeat")
    neutral = set().union(*(labelled(key) for key in _NEUTRAL))
    inline: dict[int, list[tuple[int, int]]] = {}
    for item in record.get("inline") or []:  # type: ignore[union-attr]
        inline.setdefault(int(item["line"]), []).append((int(item["start"]), int(item["end"])))

    def text_of(n: int) -> str:
        raw = lines[n - 1]
        for start, end in sorted(inline.get(n, []), reverse=True):
            raw = raw[:start] + " " + raw[end:]
        return raw

    for n in sorted(boilerplate):
        text = _squash(lines[n - 1])
        score.boilerplate += 1
        if text and text in everything:
            score.failures.append(f"{name}:{n}: boilerplate kept")
        else:
            score.boilerplate_removed += 1
    for n in sorted(captions):
        score.captions += 1
        if any(_squash(text_of(n)) in _squash(c) for c in cleaned.captions):
            score.captions_flagged += 1
        else:
            score.failures.append(f"{name}:{n}: caption not set apart")
    for n in sorted(repeats):
        score.headline_repeats += 1
        if _squash(lines[n - 1]) in body:
            score.failures.append(f"{name}:{n}: repeated headline kept")
        else:
            score.headline_repeats_removed += 1
    if record.get("dateline"):
        score.datelines += 1
        expected = str(record.get("dateline_text") or "").rstrip(" -–—")
        if cleaned.dateline == expected:
            score.datelines_found += 1
        else:
            score.failures.append(f"{name}: dateline {cleaned.dateline!r}, expected {expected!r}")

    skip = boilerplate | credit | captions | repeats | neutral | {1}
    for n in range(1, len(lines) + 1):
        raw = text_of(n)
        if n in skip or not raw.strip():
            continue
        if record.get("dateline") == n and record.get("dateline_text"):
            raw = raw.replace(str(record["dateline_text"]), "", 1)
        for sentence in _SENTENCE_END.split(_squash(raw)):
            if len(sentence.split()) < 3:
                continue
            score.sentences += 1
            if sentence in everything:
                score.sentences_kept += 1
            else:
                score.failures.append(f"{name}:{n}: sentence lost: {sentence[:60]}")
