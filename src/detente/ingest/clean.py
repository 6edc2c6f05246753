"""Clean article text whatever its origin: boilerplate out, headline once, dateline split off.

The steps, in order: split into paragraphs (``layout``); take the first line as the headline when
the reader asks for it and it looks like one; drop boilerplate lines and inline stubs
(``boilerplate``); drop the headline where the body repeats it; split a dateline off the opening
paragraph; set photo captions apart — lines ending in a photo credit, and any lines between the
headline and a dateline-led opening, where wire copy puts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.ingest.boilerplate import boilerplate_rule, is_caption, strip_inline
from detente.ingest.dateline import split_dateline
from detente.ingest.layout import ends_sentence, looks_like_headline, paragraphs, same_text

#: A dateline further into the text than this is part of a quote or a later story.
_DATELINE_WITHIN = 4
#: Words a byline may hold besides capitalised names ("John Bacon and Jane Doe", "Special for X").
_BYLINE_GLUE = {"and", "for", "of", "the", "de", "van", "von", "al", "bin", "&"}
#: An author's bio closing an article: "• Jane Doe is a columnist and author."
_BIO = re.compile(
    r"[•*·]?\s*[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){1,3} is (a|an|the) [^.]{0,200}\b(host|author"
    r"|contributor|writer|columnist|correspondent|fellow|professor|analyst|editor|candidate"
    r"|researcher|director)\b.{0,300}"
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning keeps, and what it dropped and why (for inspection and tests)."""

    title: str | None
    dateline: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]  # (rule, text)


def clean_text(text: str, *, title: str | None = None, headline_first: bool = False) -> Cleaned:
    """Clean raw article text; with ``headline_first`` the first line may be the headline."""
    parts = paragraphs(text)
    dropped: list[tuple[str, str]] = []
    if (
        headline_first
        and title is None
        and len(parts) > 1
        and looks_like_headline(parts[0])
        and boilerplate_rule(parts[0]) in (None, "caps-link")  # wire headlines are in capitals
    ):
        title = parts.pop(0)
    body: list[str] = []
    captions: list[str] = []
    for part in parts:
        rule = boilerplate_rule(part)
        if rule is not None:
            dropped.append((rule, part))
            continue
        if title and same_text(part, title):
            dropped.append(("headline-repeat", part))
            continue
        stripped = strip_inline(part)
        if stripped != part:
            dropped.append(("inline", part))
        if not stripped:
            continue
        if is_caption(stripped):
            captions.append(stripped)
            continue
        body.append(stripped)
    while body and _is_byline(body[0]):
        dropped.append(("byline", body.pop(0)))
    while body and len(body) > 1 and _BIO.fullmatch(body[-1]):
        dropped.append(("author-bio", body.pop()))
    dateline = None
    for n, part in enumerate(body[:_DATELINE_WITHIN]):
        found, rest = split_dateline(part)
        if found is not None:
            dateline = found
            captions.extend(body[:n])
            body = [rest, *body[n + 1 :]]
            break
    return Cleaned(title, dateline, tuple(body), tuple(captions), tuple(dropped))


def _is_byline(paragraph: str) -> bool:
    """A short run of capitalised names at the top of a body: "Jane Doe and John Roe"."""
    words = paragraph.split()
    return (
        0 < len(words) <= 6
        and not ends_sentence(paragraph)
        and all(w[:1].isupper() or w.lower() in _BYLINE_GLUE for w in words)
    )
