"""Full calendar dates in the forms news uses, to ISO 8601; a date without a year is not a date."""

from __future__ import annotations

import re
from datetime import date

#: Month names and their usual abbreviations, lowercase, to month numbers.
MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<num>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"),
    re.compile(r"(?P<day>\d{1,2})/(?P<num>\d{1,2})/(?P<year>\d{4})"),  # day first, as most sites
    re.compile(rf"(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>\d{{4}})"),  # "31-MAR-1987", as wires
)
_PUBLISHED = re.compile(
    r"^(?:first\s+)?(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*"
    r"(?P<rest>.{6,60})$",
    re.IGNORECASE,
)


#: A line holding only a date, perhaps after its weekday ("Wednesday, September 11, 2019").
_BARE_DATE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<rest>.{6,30}?)\.?", re.IGNORECASE
)


def parse_date(text: str) -> str | None:
    """The first full date (day, month and year) in the text as YYYY-MM-DD, else None."""
    for form in _FORMS:
        match = form.search(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = parts.get("num") or MONTHS.get((parts.get("month") or "").lower())
        try:
            return date(int(parts["year"]), int(month or 0), int(parts["day"])).isoformat()
        except ValueError:
            continue
    return None


def date_from_paragraphs(paragraphs: list[str]) -> str | None:
    """A publication date stated on its own line ("Published: 5 March 2019") near either end,
    or a line that is nothing but a date near the top ("Wednesday, September 11, 2019")."""
    for paragraph in (*paragraphs[:3], *paragraphs[-3:]):
        match = _PUBLISHED.match(paragraph.strip())
        if match:
            found = parse_date(match.group("rest"))
            if found:
                return found
    for paragraph in paragraphs[:3]:
        match = _BARE_DATE.fullmatch(paragraph.strip())
        if match and any(form.fullmatch(match.group("rest")) for form in _FORMS):
            return parse_date(match.group("rest"))
    return None
