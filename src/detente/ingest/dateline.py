"""Split a leading dateline ("NEW YORK/WASHINGTON -", "BEIRUT (Reuters) —") off a paragraph.

Two shapes are recognised: a place in capitals followed by a dash ("MOSUL, Iraq —",
"JERUSALEM—"), and a place in any case followed by a wire service in parentheses, with or without
a dash ("Washington (CNN)", "Brussels (AFP) -").
"""

from __future__ import annotations

import re

_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*)*"
_ANY_PLACE = r"[A-Z][\w.'’\-]*(?:[ /][A-Z][\w.'’\-]*){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"  # , Iraq / , Calif.
_DAY = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"  # , March 3
_PAREN = r"\((?:[A-Z][\w .&'-]{0,30})\)"
#: Wire services and broadcasters that put their name in a dateline.
_WIRES = (
    "AP|AFP|Reuters|UPI|CNN|BBC|DPA|dpa|Xinhua|TASS|Bloomberg|ANSA|EFE|IANS|PTI|Yonhap|Kyodo"
    "|RIA|Interfax|Sputnik|AA|IRNA|JTA|CNA|KUNA|MENA|WAM|SPA|NNA|VOA|RFE/RL|Al Jazeera"
)
#: A dash between spaces, or an en or em dash with or without them ("NATO-Russia" is no dateline).
_DASH = r"(?:\s+(?:--|[-–—])\s*|\s*[–—]\s*|\s*--\s+)"
_START = r"(?=[A-Z0-9\"“‘'])"
_SHAPES = (
    re.compile(rf"^(?P<dateline>{_CAPS_PLACE}{_REGION}{_DAY}(?:\s*{_PAREN})?){_DASH}{_START}"),
    re.compile(
        rf"^(?P<dateline>{_ANY_PLACE}{_REGION}{_DAY}\s*\((?:{_WIRES})\))(?:{_DASH}|\s+){_START}"
    ),
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """The dateline and the rest of the paragraph, or (None, paragraph) when there is none."""
    for shape in _SHAPES:
        match = shape.match(paragraph)
        if match is None:
            continue
        place = match.group("dateline")
        if len(place) <= 80 and re.search(r"[A-Za-z]{3}", place):
            return place.strip(), paragraph[match.end() :]
    return None, paragraph
