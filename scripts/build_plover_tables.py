"""Build ``src/detente/data/plover.json``: the PLOVER 2.0 ontology tables the coder scores with.

Reads, from the shared data folder:

* ``events/plover/PLOVER_MANUAL.tex`` — event types, definitions, modes, quad classes and the
  "PLOVER conflict--cooperation scores" table (section "Numeric conflict/cooperation scores");
* ``events/plover/CAMEO2PLOVER-2021.txt`` — the CAMEO → PLOVER crosswalk (manual Draft 0.8);
* ``events/cameo/cameo_event_codes.csv`` — CAMEO names, for the codes the crosswalk leaves out;
* ``events/plover/NGEC_PLOVER_structured_codebook_updated.csv`` — the NGEC short definitions.

The crosswalk predates PLOVER 2.0, so each row is kept as printed (``raw``) and also normalised to
2.0 modes and contexts; every normalisation is listed in the output's ``notes``. Run from the
repository root: ``python scripts/build_plover_tables.py [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "detente" / "data" / "plover.json"

EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# --- choices where the sources disagree (each one is also written to the output's "notes") ---

# The score table prints "ACCUSE 3": a verbal-conflict type cannot score positive, its three modes
# score -2 / -3.5 / -3.5 and the earlier table had -2.0, so the sign is taken to be a typo.
SCORE_FIXES = {("ACCUSE", None): -3.0}

# Draft-0.8 crosswalk modes that PLOVER 2.0 renamed or dropped, per event.
MODE_FIXES: dict[str, dict[str, str | None]] = {
    "ASSAULT": {
        "assassinate": "targeted",
        "massacre": "targeted",
        "cleansing": None,
        "seize": "destroy",
        "pro_autocracy": None,
        "execute": "targeted",
        "other": None,
    },
    "RETREAT": {"ease": None, "return": None},
    "THREATEN": {
        "ban": "restrict",
        "political": "restrict",
        "curfew": "restrict",
        "rights": "restrict",
    },
    "COERCE": {"ban": "restrict", "confiscate": "seize", "detain": "arrest", "destroy": "seize"},
    "CONSULT": {"host": "visit"},
    "PROTEST": {
        "demo-org": "demo",
        "demo-spon": "demo",
        "riot-spon": "riot",
        "strike-gen": "strike",
        "strike-hun": "hunger",
    },
}
# Draft-0.8 contexts not in the 2.0 context table.
CONTEXT_FIXES = {"democracy": "pro_democracy", "humanitarian": "human_security"}

# Rows whose event or mode the 2.0 manual's own definitions overrule.
ROW_FIXES: dict[str, dict[str, Any]] = {
    "163": {
        "event": "SANCTION",
        "mode": "discontinue",
        "why": "2.0 SANCTION 'discontinue': international sanctions are coded as discontinue",
    },
    "116": {
        "event": "SANCTION",
        "mode": "convict",
        "contexts": ["legal"],
        "why": "2.0 SANCTION 'convict': find guilty or liable in a court of law",
    },
    "112": {
        "mode": "allege",
        "why": "2.0 ACCUSE 'allege': formally or informally accuse",
    },
    "114": {
        "mode": "disapprove",
        "why": "2.0 ACCUSE 'disapprove': complain; diplomatic protests",
    },
    "195": {
        "mode": "aerial",
        "why": "2.0 added ASSAULT 'aerial' (manned aircraft); Draft 0.8 had only heavy-weapons",
    },
    "055": {
        "event": "CONCEDE",
        "why": "2.0 SUPPORT/CONCEDE: expressions of regret or remorse are CONCEDE",
    },
    "175": {
        "contexts": ["repression"],
        "why": "2.0 context 'repression'; Draft 0.8 put pro_autocracy in the mode slot",
    },
}

# CAMEO codes in the CAMEO codebook that the 2021 crosswalk lacks (codes added after it).
EXTENSIONS: dict[str, tuple[str, str | None, list[str]]] = {
    "155": ("MOBILIZE", "weapons", ["cyber"]),  # Mobilize or increase cyber-forces
    "176": ("COERCE", "cyber", ["cyber"]),  # Attack cybernetically
    "1834": ("ASSAULT", "explosives", []),  # Carry out location bombing
    "1951": ("ASSAULT", "aerial", ["military"]),  # Precision-guided aerial munitions
    "1952": ("ASSAULT", "drone", ["military"]),  # Remotely piloted aerial munitions
}

LABEL_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
LABEL_MAP_MODES = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}


def clean_latex(text: str) -> str:
    """Strip the manual's LaTeX markup to plain text."""
    text = re.sub(r"(?<!\\)%.*", "", text)
    text = re.sub(r"\\fn\{[^{}]*\}", "", text)
    text = re.sub(r"\\(?:ref|label|cite[pt]?|autoref)\{[^{}]*\}", "", text)
    text = re.sub(r"\\hyperref\[[^\]]*\]\{([^{}]*)\}", r"\1", text)
    for _ in range(3):
        text = re.sub(
            r"\\(?:plcat|plcon|plmod|txt|ti|textit|emph|textbf|texttt|textsf|url)\{([^{}]*)\}",
            r"\1",
            text,
        )
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = text.replace("---", "\u2014").replace("--", "\u2013")
    text = text.replace("\\ldots", "\u2026").replace("\\&", "&").replace("\\_", "_")
    text = text.replace("$+$", "+").replace("$", "").replace("~", " ")
    text = re.sub(r"\\[a-zA-Z]+\*?", "", text)
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


def uncommented(lines: list[str]) -> list[str]:
    """Drop the manual's commented-out lines (old tables and drafts)."""
    return [line for line in lines if not line.lstrip().startswith("%")]


def event_sections(tex: str) -> dict[str, str]:
    """The body of each ``\\section{EVENT}`` in the Event Categories chapter."""
    sections: dict[str, str] = {}
    starts = [(m.group(1), m.start(), m.end()) for m in re.finditer(r"\\section\{(\w+)\}", tex)]
    for index, (name, _start, end) in enumerate(starts):
        if name in EVENT_TYPES:
            stop = starts[index + 1][1] if index + 1 < len(starts) else len(tex)
            body = tex[end:stop]
            chapter = body.find("\\chapter")
            sections[name] = body if chapter < 0 else body[:chapter]
    return sections


def definition(body: str) -> str:
    """One line: the section's opening sentence, with an opening list joined by semicolons."""
    head = "\n".join(uncommented(body.split("\\subsection", 1)[0].splitlines()))
    intro, _, rest = head.partition("\\begin{itemize}")
    items = re.findall(r"\\item\s+(.*?)(?=\\item|\\end\{itemize\})", rest, re.S)
    listed = "; ".join(clean_latex(item).rstrip(".;") for item in items)
    intro = clean_latex(intro.strip().split("\n\n")[0])
    if not intro:
        return listed + "."
    match = re.match(r"(.+?\.)(\s|$)", intro)
    if match:
        return match.group(1)
    return f"{intro}: {listed}." if listed else intro + "."


def mode_table(body: str) -> dict[str, str]:
    """Mode name → definition from the section's modes table (commented rows skipped)."""
    match = re.search(r"\\begin\{tabular\}.*?\\end\{tabular\}", body, re.S)
    if match is None or "Name & Content" not in match.group(0):
        return {}
    rows = " ".join(uncommented(match.group(0).splitlines()))
    rows = rows.split("Name & Content", 1)[1]
    modes: dict[str, str] = {}
    for row in rows.split("\\\\"):
        row = row.replace("\\hline", "").strip()
        if "&" not in row:
            continue
        name, content = (part.strip() for part in row.split("&", 1))
        if name:
            modes[name] = clean_latex(content)
        elif modes:  # a continuation row of the previous cell
            last = next(reversed(modes))
            modes[last] = (modes[last] + " " + clean_latex(content)).strip()
    return modes


def score_table(tex: str) -> dict[tuple[str, str | None], float]:
    """(EVENT, mode or None) → score from the live "PLOVER conflict--cooperation scores" table."""
    lines = uncommented(tex.splitlines())
    live = "\n".join(lines)
    start = live.index("\\caption{PLOVER conflict--cooperation scores}")
    body = live[start : live.index("\\end{tabular}", start)]
    body = re.sub(r"\\cellcolor\{[^}]*\}", "", body)
    scores: dict[tuple[str, str | None], float] = {}
    for row in body.split("\\\\"):
        cells = [c.replace("\\hline", "").strip() for c in row.split("&")]
        if any("textbf" in c for c in cells):
            continue
        for label, value in zip(cells[0::2], cells[1::2], strict=False):
            if not label or not value:
                continue
            event, _, mode = label.partition(":")
            key = (event.strip(), mode.strip().lower() or None)
            scores[key] = float(value)
    return scores


def quad_table(tex: str) -> dict[str, int]:
    """EVENT → numeric quad from the manual's "Quad categories in PLOVER" table."""
    start = tex.index("\\caption{Quad categories in PLOVER}")
    body = tex[start : tex.index("\\end{tabular}", start)]
    quads: dict[str, int] = {}
    for row in body.split("\\\\"):
        cells = [c.replace("\\hline", "").strip() for c in row.split("&")]
        if len(cells) == 3 and cells[2].isdigit():
            for event in cells[1].split(","):
                quads[event.strip()] = int(cells[2])
    return quads


def section_quad(body: str) -> int | None:
    """The quad named by a section's "Quad category:" heading."""
    match = re.search(r"Quad category: ([A-Z ]+)\}", body)
    if match is None:
        return None
    name = match.group(1).strip().lower()
    return next(q for q, n in QUAD_NAMES.items() if n == name)


def requires_recipient(body: str) -> bool | None:
    """The section's "Requires recipient: Yes/No" heading."""
    match = re.search(r"Requires recipient: (\w+)", body)
    return None if match is None else match.group(1) == "Yes"


def read_crosswalk(path: Path) -> dict[str, dict[str, Any]]:
    """Parse "<code>: <EVENT>, <mode>, <context> # <description>" rows, header rows included."""
    rows: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if match is None:
            continue
        code, rest = match.groups()
        fields, _, description = rest.partition("#")
        parts = [p.strip() for p in fields.split(",")]
        parts += [""] * (3 - len(parts))
        event, mode, context = parts[0], parts[1] or None, parts[2] or None
        if code in rows:  # "08: CONCEDE" then "08: RETREAT"; duplicate 175 rows
            continue
        rows[code] = {
            "event": event,
            "mode": mode,
            "context": context,
            "description": description.strip() or None,
        }
    return rows


def split_contexts(context: str | None) -> list[str]:
    """Draft-0.8 contexts ("crime; corruption") → 2.0 context names."""
    if not context:
        return []
    return [CONTEXT_FIXES.get(c.strip(), c.strip()) for c in context.split(";") if c.strip()]


def normalise_row(code: str, raw: dict[str, Any], valid: dict[str, set[str]]) -> dict[str, Any]:
    """A crosswalk row in PLOVER 2.0 terms, with the reason for any change."""
    event = raw["event"]
    mode = raw["mode"]
    contexts = split_contexts(raw["context"])
    why: list[str] = []
    fix = ROW_FIXES.get(code)
    if fix is not None:
        event = fix.get("event", event)
        mode = fix.get("mode", mode)
        contexts = fix.get("contexts", contexts)
        why.append(fix["why"])
    if mode is not None and mode not in valid[event]:
        fixed = MODE_FIXES.get(event, {}).get(mode, None)
        why.append(f"mode {mode!r} is not a 2.0 {event} mode" + (f" → {fixed}" if fixed else ""))
        mode = fixed
    row = {
        "event": event,
        "mode": mode,
        "context": ", ".join(contexts) or None,
        "contexts": contexts,
        "description": raw["description"],
    }
    printed = [c.strip() for c in (raw["context"] or "").split(";") if c.strip()]
    if (event, mode, contexts) != (raw["event"], raw["mode"], printed):
        row["raw"] = {k: raw[k] for k in ("event", "mode", "context")}
    if why:
        row["why"] = "; ".join(why)
    return row


def cameo_names(path: Path) -> dict[str, str]:
    """CAMEO code → name."""
    with path.open(encoding="utf-8") as handle:
        return {r["cameo_code"]: r["name"] for r in csv.DictReader(handle)}


def ngec_definitions(path: Path) -> dict[str, str]:
    """EVENT → the NGEC codebook's short event definition."""
    with path.open(encoding="utf-8") as handle:
        out: dict[str, str] = {}
        for row in csv.DictReader(handle):
            out.setdefault(row["event"].strip(), " ".join(row["event_def"].split()))
        return out


def root_of(code: str) -> str:
    """The 2-digit CAMEO cue category of a code."""
    return code[:2]


def most_common_root(codes: list[str], prefer: str | None) -> str | None:
    """Most frequent root; ties go to ``prefer`` if it is among them, else the lowest root."""
    if not codes:
        return None
    counts = Counter(root_of(c) for c in codes)
    top = max(counts.values())
    tied = sorted(r for r, n in counts.items() if n == top)
    return prefer if prefer in tied else tied[0]


def build(shared: Path) -> dict[str, Any]:
    """Assemble the tables."""
    plover = shared / "events" / "plover"
    tex = (plover / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    sections = event_sections(tex)
    scores = score_table(tex)
    quads = quad_table(tex)
    names = cameo_names(shared / "events" / "cameo" / "cameo_event_codes.csv")
    ngec = ngec_definitions(plover / "NGEC_PLOVER_structured_codebook_updated.csv")
    notes: list[str] = []

    events: dict[str, dict[str, Any]] = {}
    valid: dict[str, set[str]] = {}
    for event in EVENT_TYPES:
        body = sections[event]
        modes = mode_table(body)
        if event == "REJECT" and not modes:
            modes = mode_table(sections["REQUEST"])
        valid[event] = set(modes)
        printed = scores[(event, None)]
        score = SCORE_FIXES.get((event, None), printed)
        if score != printed:
            notes.append(
                f"{event}: the score table prints {printed:+g}; used {score:+g} "
                "(verbal conflict, all its modes score -2 to -3.5: a sign typo)"
            )
        mode_scores = {m: s for (e, m), s in scores.items() if e == event and m is not None}
        for mode in mode_scores:
            if mode not in modes:
                notes.append(f"{event}: scored mode {mode!r} has no row in the modes table")
        for mode in modes:
            if mode_scores and mode not in mode_scores:
                notes.append(f"{event}: mode {mode!r} has no score; it falls back to {score:+g}")
        quad = quads[event]
        in_section = section_quad(body)
        if in_section != quad:
            notes.append(
                f"{event}: the 'Quad categories in PLOVER' table gives {quad} "
                f"({QUAD_NAMES[quad]}), its section heading says {in_section} "
                f"({QUAD_NAMES[in_section] if in_section else '?'}) and the summary table agrees "
                f"with the heading; quad uses the numeric table, quad_section keeps the heading"
            )
        events[event] = {
            "quad": quad,
            "quad_name": QUAD_NAMES[quad],
            "quad_section": in_section,
            "intensity": score,
            "intensity_printed": printed,
            "mode_intensity": dict(sorted(mode_scores.items())),
            "modes": modes,
            "requires_recipient": requires_recipient(body),
            "definition": definition(body),
            "definition_ngec": ngec.get(event),
        }

    raw_rows = read_crosswalk(plover / "CAMEO2PLOVER-2021.txt")
    crosswalk = {code: normalise_row(code, raw, valid) for code, raw in raw_rows.items()}
    for code, row in crosswalk.items():
        if code in ROW_FIXES or (row.get("raw") and row["raw"]["mode"] != row["mode"]):
            notes.append(f"crosswalk {code}: {row.get('why', 'normalised')}")
        row["name"] = names.get(code)
    extensions = {
        code: {
            "event": event,
            "mode": mode,
            "context": ", ".join(contexts) or None,
            "contexts": contexts,
            "name": names[code],
            "why": "CAMEO code missing from the 2021 crosswalk; mapped by detente",
        }
        for code, (event, mode, contexts) in EXTENSIONS.items()
    }
    # CAMEO 02 APPEAL mirrors 10 DEMAND code for code (021x ↔ 101x … 028 ↔ 108).
    appeals: dict[str, dict[str, Any]] = {}
    for code, name in names.items():
        if code.startswith("02"):
            twin = "10" + code[2:]
            source = crosswalk.get(twin) or crosswalk["10"]
            appeals[code] = {
                "event": "REQUEST",
                "mode": source["mode"],
                "context": source["context"],
                "contexts": source["contexts"],
                "name": name,
                "why": "CAMEO 02 (APPEAL) is dropped by PLOVER; "
                f"mapped like its DEMAND twin {twin}",
            }
    statements = {code: name for code, name in names.items() if code.startswith("01")}

    # CAMEO root per event and per (event, mode): the most frequent root among mapped codes.
    rows = {**crosswalk, **extensions}
    for event, info in events.items():
        codes = [c for c, r in rows.items() if r["event"] == event and len(c) > 2]
        event_root = most_common_root(codes, None)
        info["cameo_root"] = event_root
        per_mode: dict[str, str] = {}
        for mode in [None, *info["modes"]]:
            mode_codes = [c for c in codes if rows[c]["mode"] == mode]
            root = most_common_root(mode_codes, event_root) or event_root
            per_mode["" if mode is None else mode] = root
        info["mode_cameo_root"] = per_mode

    notes.append(
        "crosswalk contexts renamed to 2.0 names: "
        + ", ".join(f"{old}→{new}" for old, new in CONTEXT_FIXES.items())
        + "; multiple contexts are joined with ', ' as in the gold data"
    )
    legacy_modes = {e: dict(sorted(m.items())) for e, m in MODE_FIXES.items()}
    notes.append(
        "0.5b1 → 2.0 labels (gold data): "
        + ", ".join(f"{old}→{new}" for old, new in LABEL_MAP.items())
    )
    return {
        "about": (
            "PLOVER 2.0 ontology tables for detente, built by scripts/build_plover_tables.py from "
            "the PLOVER manual (DRAFT 2.0), CAMEO2PLOVER-2021.txt and the CAMEO codebook."
        ),
        "sources": {
            "types_modes_definitions": "PLOVER_MANUAL.tex, chapter Event Categories",
            "quad": "PLOVER_MANUAL.tex, table 'Quad categories in PLOVER' (CAMEO vs. PLOVER)",
            "intensity": (
                "PLOVER_MANUAL.tex, section 'Numeric conflict/cooperation scores', "
                "table 'PLOVER conflict--cooperation scores'"
            ),
            "crosswalk": "CAMEO2PLOVER-2021.txt (PLOVER manual Draft 0.8, 17-Sep-2021)",
            "definition_ngec": "NGEC_PLOVER_structured_codebook_updated.csv",
        },
        "event_types": list(EVENT_TYPES),
        "quad_names": {str(q): n for q, n in QUAD_NAMES.items()},
        "events": events,
        "crosswalk": dict(sorted(crosswalk.items())),
        "extensions": extensions,
        "appeals": dict(sorted(appeals.items())),
        "statements": dict(sorted(statements.items())),
        "label_map": LABEL_MAP,
        "label_map_modes": LABEL_MAP_MODES,
        "legacy_modes": legacy_modes,
        "notes": notes,
    }


def main() -> None:
    """Parse arguments, build and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    tables = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(tables, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    for event, info in tables["events"].items():
        print(
            f"  {event:<10} quad {info['quad']} intensity {info['intensity']:+5.1f} "
            f"root {info['cameo_root']} modes {len(info['modes'])}"
        )
    for note in tables["notes"]:
        print("  note:", note)


if __name__ == "__main__":
    main()
