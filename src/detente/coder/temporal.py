"""Resolve the time expressions of news against the document's date, never inventing one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from detente.ingest.dates import MONTHS

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?")
_MONTH_ONLY = re.compile(r"\b(?:in|since|during|last|this|early|late|mid)?[\s-]*([a-z]{3,9})\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _before(candidate: date, anchor: date) -> date:
    """A date without a year falls in the year that puts it on or before the anchor."""
    return candidate if candidate <= anchor else candidate.replace(year=candidate.year - 1)


def resolve_date(expression: str, anchor: date | None) -> str | None:
    """ISO date (or YYYY-MM, or YYYY) an expression denotes, relative to the document date.

    "on Wednesday" → the latest Wednesday on or before the anchor; "Sept. 15" → that day in the
    anchor's year, or the year before if that would be later than the anchor; "in August" → the
    latest August; "last / this / next year" (YYYY), "… month" (YYYY-MM) and "… week" (ISO
    week, YYYY-Www); "yesterday" / "today" / "tomorrow". Without an anchor only expressions
    carrying a year resolve.
    """
    text = expression.lower().strip()
    for pattern, day_group, month_group in ((_MONTH_DAY, 2, 1), (_DAY_MONTH, 1, 2)):
        match = pattern.search(text)
        if match and _month(match.group(month_group)):
            month, day = _month(match.group(month_group)), int(match.group(day_group))
            year = match.group(3)
            try:
                if year:
                    return date(int(year), month, day).isoformat()  # type: ignore[arg-type]
                if anchor is None:
                    return None
                return _before(date(anchor.year, month, day), anchor).isoformat()  # type: ignore[arg-type]
            except ValueError:
                return None
    year_match = _YEAR.search(text)
    if anchor is None:
        return year_match.group(1) if year_match and text.strip() == year_match.group(1) else None
    for n, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            back = (anchor.weekday() - n) % 7
            if "last" in text.split() and back == 0:
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    if "yesterday" in text:
        return (anchor - timedelta(days=1)).isoformat()
    if re.search(r"\b(today|tonight)\b", text):
        return anchor.isoformat()
    if "tomorrow" in text:
        return (anchor + timedelta(days=1)).isoformat()
    for shift, modifier in enumerate(("last", "this", "next"), start=-1):
        if f"{modifier} year" in text:
            return str(anchor.year + shift)
        if f"{modifier} month" in text:
            month = anchor.year * 12 + anchor.month - 1 + shift
            return f"{month // 12:04d}-{month % 12 + 1:02d}"
        if f"{modifier} week" in text:
            year, week, _ = (anchor + timedelta(weeks=shift)).isocalendar()
            return f"{year:04d}-W{week:02d}"
    if year_match:
        return year_match.group(1)
    for word in _MONTH_ONLY.findall(text):
        month = _month(word)
        if month and word not in ("may",):
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return f"{year:04d}-{month:02d}"
    return None


def is_later(resolved: str, anchor: date) -> bool:
    """Whether a resolved date (day, ISO week, month or year) lies wholly after the anchor:
    "next week's summit" is still to come."""
    if "W" in resolved:
        year, week, _ = anchor.isocalendar()
        return resolved > f"{year:04d}-W{week:02d}"
    return resolved > anchor.isoformat()[: len(resolved)]


_RELATIVE_DAYS = frozenset({"yesterday", "today", "tonight", "tomorrow"})
_YEAR_MODIFIERS = frozenset({"last", "this", "next", "past"})
#: Calendar periods named relative to the document date: "last week", "next month".
_PERIODS = frozenset({"year", "month", "week"})


def date_phrases(sent: Span) -> list[Span]:
    """The time expressions of a parsed sentence: "on Wednesday", "Sept. 15", "15 September
    2014", "in August", "last year", "next month", "last week", "yesterday", "in 2013"."""
    phrases: list[Span] = []
    tokens = list(sent)
    n = 0
    while n < len(tokens):
        word = tokens[n].lower_.rstrip(".")
        start, end = n, n + 1
        if word in _WEEKDAYS or word in _RELATIVE_DAYS:
            pass
        elif word in MONTHS and (word != "may" or _is_day(tokens, n + 1)):
            if _is_day(tokens, n + 1):
                end = n + 2
            elif n > 0 and _is_day(tokens, n - 1):
                start = n - 1
            if end < len(tokens) and tokens[end].text == "," and _is_year(tokens, end + 1):
                end += 2
            elif _is_year(tokens, end):
                end += 1
        elif word in _PERIODS and n > 0 and tokens[n - 1].lower_ in _YEAR_MODIFIERS:
            start = n - 1
        elif _is_year(tokens, n) and n > 0 and tokens[n - 1].lower_ in ("in", "since", "of"):
            pass
        else:
            n += 1
            continue
        phrases.append(sent[start:end])
        n = end
    return phrases


def _is_day(tokens: list[Token], n: int) -> bool:
    return n < len(tokens) and tokens[n].text.isdigit() and 1 <= int(tokens[n].text) <= 31


def _is_year(tokens: list[Token], n: int) -> bool:
    return n < len(tokens) and bool(_YEAR.fullmatch(tokens[n].text))
