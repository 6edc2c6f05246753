"""From raw text to paragraphs: hard-wrapped wire copy is rejoined, one-line paragraphs kept apart.

Text arrives in two layouts. Scraped pages and most dumps put each paragraph on one line; old
wire copy (Reuters-21578) wraps lines at about 70 characters and starts paragraphs with an indent.
Joining lines of the first kind would merge a headline or caption into the next sentence, so the
layout is decided per text from the shape of its lines.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n\s*\n")
_TERMINAL = re.compile(r"""[.!?:;…"'”’)\]]\s*$""")
_WORDS = re.compile(r"\S+")


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether most lines are cut at a fixed width rather than at the end of a paragraph."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 4:
        return False
    longest = max(lengths)
    near_width = sum(1 for n in lengths if longest - 25 <= n <= longest)
    return longest <= 100 and near_width / len(lengths) >= 0.6


def paragraphs(text: str) -> list[str]:
    """Paragraphs of the text, whitespace tidied, in order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not is_hard_wrapped(lines):
        return [" ".join(line.split()) for line in lines if line.strip()]
    result: list[str] = []
    for block in _BLANK.split(text):
        current: list[str] = []
        for line in block.split("\n"):
            starts_paragraph = line[:1] in (" ", "\t") and line.strip()
            if starts_paragraph and current:
                result.append(" ".join(" ".join(current).split()))
                current = []
            if line.strip():
                current.append(line.strip())
        if current:
            result.append(" ".join(" ".join(current).split()))
    return result


def looks_like_headline(line: str) -> bool:
    """A short line without the closing punctuation of a sentence."""
    words = _WORDS.findall(line)
    return 0 < len(words) <= 30 and len(line) <= 250 and not re.search(r"[.,;:]\s*$", line)


def same_text(a: str, b: str) -> bool:
    """Whether two lines say the same thing, ignoring case, spacing and punctuation."""

    def key(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())

    return bool(key(a)) and key(a) == key(b)


def ends_sentence(line: str) -> bool:
    """Whether the line ends as a sentence does."""
    return bool(_TERMINAL.search(line))
