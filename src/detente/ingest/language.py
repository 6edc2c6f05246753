"""Guess a document's language, so later stages can skip what the English coder cannot read."""

from __future__ import annotations

import py3langid

_SAMPLE = 3000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    code, _ = py3langid.classify(sample)
    return str(code)
