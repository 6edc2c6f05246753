"""Rules that recognise the lines a site adds around an article: ads, prompts, credits, notices.

Each rule is a general pattern of the kind a list of common web boilerplate holds, named so a test
can show which rule fired. Whole-line rules only fire on short lines or on lines whose whole shape
is a prompt, so a sentence of reporting that mentions "Twitter" or "copyright" survives.
Credit lines ("Reporting by …", "X contributed to this report") are part of the article and kept.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: (rule name, pattern matched against the whole stripped line)
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ad-marker",
        re.compile(
            r"(advertisement|advertising|advert|ad|sponsored( content)?"
            r"|(story|article) continued? (below|after (the )?(advertisement|ad))"
            r"|continue reading( (the )?(main )?story)?( below)?)[.:]?",
            _I,
        ),
    ),
    (
        "share-buttons",
        re.compile(
            r"((share|tweet|post|email|e-mail|print|save|copy link|comments?|whatsapp|twitter"
            r"|facebook|messenger|linkedin|reddit|pinterest|flipboard|play( facebook| twitter)?"
            r"|this article|on (facebook|twitter|whatsapp|linkedin))[\s|,/·•]*){1,10}",
            _I,
        ),
    ),
    (
        "sign-up",
        re.compile(
            r"(.{0,120}\b(sign up|signing up|subscribe|subscription|newsletters?|unsubscribe"
            r"|(delivered|straight) to your inbox|in your inbox)\b.*)",
            _I,
        ),
    ),
    (
        "republication",
        re.compile(
            r".{0,160}\b(republication|republish|reprint(s| rights| permission)|syndication rights"
            r"|licensing options|eligible news publishers?)\b.{0,200}",
            _I,
        ),
    ),
    (
        "copyright",
        re.compile(r"(copyright|©|\(c\))\s.{0,200}|.{0,120}\ball rights reserved\b.{0,80}", _I),
    ),
    (
        "read-more",
        re.compile(
            r"(read more|more about|more from|more on this( story)?|see also|also read|read also"
            r"|related|recommended( for you)?|most read|go deeper|quicktake|ireport"
            r"|you (might|may) also (like|be interested in)|don'?t miss|(now )?watch|listen"
            r"|top stories|trending( now)?|latest( news)?)"
            r"(\s*[:\-–—|].{0,160}|(\W+\w+){0,4}\W*)"
            r"|(more|read|photos?|videos?|also on [\w .]{2,30})\s*:.{0,160}"
            r"|related (coverage|videos?|content|articles?|stories)\b.{0,200}"
            r"|\(\s*((also|more) on [\w .]{2,30}|photos?|videos?|related|read more|see also)"
            r"\s*:.{0,200}\)",
            _I,
        ),
    ),
    (
        "video-player",
        re.compile(
            r".{0,40}\b(just watched|must watch|replay more videos|media playback is unsupported"
            r"|play video \d{1,2}:\d\d)\b.{0,400}",
            _I,
        ),
    ),
    (
        "reader-prompt",
        re.compile(
            r".{0,80}\b(send us your (photos|videos|pictures|stories|experiences)"
            r"|share your (thoughts|views|story|experiences)|do you have a story to share"
            r"|listen to .{0,120}\b(podcast|episode))\b.{0,200}",
            _I,
        ),
    ),
    (
        "rubric",
        re.compile(
            r"(analysis|opinion|commentary|editorial|exclusive|breaking( news)?|update[d]?|urgent"
            r"|vote now)(\s*/\s*\w+)?\s*:",
            _I,
        ),
    ),
    ("byline", re.compile(r"[Bb]y [A-Z][\w.'’-]*( [\w.'’-]+){0,9}(, [\w .'’-]{2,60})?")),
    ("caps-link", re.compile(r"(?!- )[^a-z]{25,300}")),
    (
        "app-promo",
        re.compile(
            r"(click|tap) here\b.{0,160}|(download|get) (our|the) .{0,60}\bapp\b.{0,80}", _I
        ),
    ),
    (
        "image-credit",
        re.compile(
            r"((image|photo|picture|video|graphic) (copyright|credit|source)|image caption"
            r"|photograph(er)?:|photos?:|photos?/video:|credit:|source:)\s?.{0,200}"
            r"|(\w+\W+){0,6}(getty images|afp|ap photo|shutterstock|epa|xinhua)\W*",
            _I,
        ),
    ),
    ("embed", re.compile(r".{0,40}\bembed\b.{0,80}\bcopy this code\b.{0,80}", _I)),
    (
        "contact-line",
        re.compile(
            r"((write|e-?mail|contact) (to )?.{1,80}\bat\s+|(send|e-?mail) (us )?(your )?tips to )"
            r"\S+@\S+\.?|follow [\w .'’-]{2,60} on (twitter|facebook|instagram|x)\.?",
            _I,
        ),
    ),
    (
        "site-notice",
        re.compile(
            r"(our|editorial) (standards|ethics|principles|corrections policy)\b\s*:?.{0,120}"
            r"|.{0,60}\btrust principles\.?",
            _I,
        ),
    ),
    ("wire-signature", re.compile(r"(reuters?|\(?(ap|afp|upi)\)?)\.?", _I)),
    ("separator", re.compile(r"[\W_]{1,40}")),
)

#: A sign-up rule needs one of these too, so "He refused to subscribe to the plan" survives.
_PROMPT_CUES = re.compile(
    r"\b(sign up|signing up|subscribe now|free|privacy policy|terms|email|inbox|newsletter"
    r"|unsubscribe|get (our|the)|be the first|never miss|delivered)\b",
    _I,
)
#: Words that mark a line as reporting rather than a prompt (reported speech, attribution).
_REPORTING = re.compile(r"\b(said|says|told|according to|announced|reported)\b", _I)

#: Boilerplate that sits inside a genuine paragraph: removed, the paragraph kept.
INLINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "inline-related",
        re.compile(r"\s*\((related|read more|see also|watch|video)\s*:[^)]{0,200}\)", _I),
    ),
    ("inline-reprint", re.compile(r"\s*click here for reprint permission\.?", _I)),
    ("inline-copyright", re.compile(r"\s*copyright ©?\s*\d{4}\b[^.]{0,80}\.(?=\s|$)", _I)),
    ("inline-ticker", re.compile(r" [A-Z0-9]{2,12}, [+-]\d+\.\d+%")),
    (
        "inline-share",
        re.compile(r"^((facebook|twitter|pinterest|whatsapp|email|linkedin) ){2,6}", _I),
    ),
)


def boilerplate_rule(line: str) -> str | None:
    """The name of the rule that marks this whole line as boilerplate, or None to keep it."""
    text = line.strip()
    if not text:
        return None
    for name, pattern in LINE_RULES:
        if not pattern.fullmatch(text):
            continue
        if name == "sign-up" and (not _PROMPT_CUES.search(text) or _REPORTING.search(text)):
            continue
        if name == "caps-link" and sum(ch.isupper() for ch in text) < 20:
            continue
        if name in ("copyright", "republication") and _REPORTING.search(text):
            continue
        return name
    return None


#: A photo credit closing a line: "(Name/AFP/Getty Images)", "| AFP | Getty Images", "Photo: …".
_CREDIT_TAIL = re.compile(
    r"(?P<paren>\([^()]*(/|\bphoto\b|\bimages?\b)[^()]*\)"
    r"|\b(photo|photograph(er)?|source|credit|picture)\s*:\s*[^.:]{2,80}"
    r"|\b(reuters|afp|epa|ap|xinhua|getty images)/[A-Z][\w .'’-]{1,40})\W*$"
    r"|(?P<pipe>\|[^|]*\b(getty images|afp|reuters|epa)\b[^|]*(\|[^|]*)*)\W*$",
    _I,
)
_WORD = re.compile(r"\w+")


def is_caption(line: str) -> bool:
    """Whether a line describes a photo: a sentence or more that ends with the photo's credit."""
    match = _CREDIT_TAIL.search(line.strip())
    if match is None:
        return False
    described = len(_WORD.findall(line.strip()[: match.start()]))
    return described >= (6 if match.group("pipe") else 2)


#: A hover card: a name run into the first of its teaser headlines ("TrumpTrump faces"), the
#: teasers closed by "MORE". The card starts after the surname's previous mention in the text.
_HOVERCARD_JOIN = re.compile(r"\b(?P<surname>[A-Z][a-z'’-]+)(?=[A-Z][a-z'’])[^\n]{0,400}? MORE ")


def _strip_hovercards(paragraph: str) -> str:
    while match := _HOVERCARD_JOIN.search(paragraph):
        before = paragraph[: match.start()]
        display = [m.end() for m in re.finditer(rf"\b{re.escape(match['surname'])}\b ", before)]
        if not display:
            break
        paragraph = paragraph[: display[-1]] + paragraph[match.end() :]
    return paragraph


def strip_inline(paragraph: str) -> str:
    """The paragraph without boilerplate embedded in it (related-story links, tickers, cards)."""
    for _, pattern in INLINE_RULES:
        paragraph = pattern.sub("", paragraph)
    return _strip_hovercards(paragraph).strip()
