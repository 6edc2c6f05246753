"""The analysis as one self-contained HTML page (``detente analyze --format html``).

The page is built from ``analysis_to_dict``, the JSON contract, so it shows what the terminal
report and the JSON show, plus three kinds of plot: the actor network, positions by round and the
forecast intervals. Everything is inline (CSS in a ``<style>`` block, plots as ``<svg>`` elements)
so the file opens offline and can be mailed or archived as it is. Every piece of text from the
input goes through ``html.escape``: articles are untrusted and may contain markup.

The plots come from ``detente.report.analysis_plots``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from detente.analyze import Analysis
from detente.report.analysis import analysis_to_dict
from detente.report.analysis_plots import (
    AFFINITY_COLOURS,
    AFFINITY_NORM,
    actor_colours,
    hex_colour,
    intervals_svg,
    network_svg,
    rounds_svg,
)

#: The dynamic model whose rounds are drawn, when it ran; otherwise the first dynamic one.
ROUNDS_MODEL = "eum"

_CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --band: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  max-width: 1100px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
p { margin: .4rem 0; }
.muted, caption, .meta { color: var(--muted); }
.meta { font-size: .9rem; }
ul.docs { margin: .3rem 0; padding-left: 1.2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; width: 100%; }
caption { caption-side: bottom; text-align: left; font-size: .85rem; padding-top: .3rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.source { color: var(--muted); font-size: .8rem; }
td.id, td .id, h3 .id { white-space: nowrap; }
code, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: .85em; }
details summary { cursor: pointer; color: var(--muted); }
details ol { margin: .3rem 0; padding-left: 1.4rem; }
details li { margin: .2rem 0; }
.tag { display: inline-block; font-size: .75rem; color: var(--muted); border: 1px solid var(--line);
  border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; white-space: nowrap; }
.chip { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  vertical-align: -.05em; margin-right: .35em; }
.notice { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .7rem 1rem;
  margin: 1rem 0; }
.warnings { font-size: .85rem; color: var(--muted); }
.poles { font-size: .9rem; }
.plots { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: .5rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .8rem; color: var(--muted); }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .6rem;
  margin: 1rem 0; }
.verdict { font-weight: 700; padding: .05rem .5rem; border-radius: 4px; color: #fff; }
.verdict.unlikely { background: #c0392b; }
.verdict.possible { background: #b9770e; }
.verdict.likely { background: #1e8449; }
.ok { color: #1e8449; }
.short { color: #c0392b; }
footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
"""


def analysis_html(analysis: Analysis) -> str:
    """The whole report as one HTML page that needs nothing but itself to display."""
    data = analysis_to_dict(analysis)
    names = {a["id"]: a["name"] for a in data["actors"]}
    colours = actor_colours([a["id"] for a in data["actors"]])
    titles = [d["title"] or d["origin"] or d["id"] for d in data["documents"]]
    parts: list[str] = [_header(data, titles)]
    notes = [*data["warnings"], *(str(p) for p in analysis.problems)]
    if notes:
        parts.append(
            '<ul class="warnings">' + "".join(f"<li>warning: {_e(n)}</li>" for n in notes) + "</ul>"
        )
    reason = data["nothing_to_model"]
    if reason:
        # the reason usually says "nothing to model: ..." itself; do not say it twice
        head, _, rest = reason.partition(":")
        if rest and head.strip().lower() == "nothing to model":
            reason = rest.strip()
        parts.append(f'<p class="notice"><strong>Nothing to model:</strong> {_e(reason)}</p>')
    if data["actors"]:
        parts.append(_actors(data["actors"]))
    if not data["nothing_to_model"]:
        parts.append(_relations(data, names))
        if data["issues"]:
            parts.append("<h2>Issues and forecasts</h2>")
        for issue in data["issues"]:
            parts.append(_issue(issue, names, colours, len(data["documents"]) > 1))
        if data["cooperation"]:
            parts.append(_cooperation(data, names))
    parts.append(_footer(data))
    title = "detente analyze: " + (", ".join(titles) or "no document")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )


# --- sections ----------------------------------------------------------------------------------


def _e(value: object) -> str:
    """Escaped text; None shows as a dash so empty cells read as deliberate."""
    return "—" if value is None else escape(str(value), quote=True)


def _num(value: float | None, spec: str = ".2f") -> str:
    return "—" if value is None else format(value, spec)


def _header(data: dict[str, Any], titles: list[str]) -> str:
    items = []
    for doc, title in zip(data["documents"], titles, strict=True):
        extra = [x for x in (doc["date"], doc["origin"]) if x]
        meta = f' <span class="meta">({_e(" · ".join(extra))})</span>' if extra else ""
        items.append(f"<li>{_e(title)}{meta}</li>")
    models = ", ".join(data["models"]) or "none"
    return (
        "<header>\n<h1>detente analyze</h1>\n"
        f'<ul class="docs">{"".join(items) or "<li>no document</li>"}</ul>\n'
        f'<p class="meta">seed {data["seed"]} · {data["draws"]} Monte Carlo draws · '
        f"models: {_e(models)}</p>\n</header>"
    )


def _actors(actors: list[dict[str, Any]]) -> str:
    rows = []
    for a in actors:
        source = a["capability_source"] or ""
        rows.append(
            f'<tr><td class="id">{_e(a["id"])}</td><td>{_e(a["name"])}</td><td>{_e(a["kind"])}</td>'
            f'<td class="num">{a["mentions"]}</td><td class="num">{a["events"]}</td>'
            f'<td class="num">{a["capability"]:g}</td>'
            f'<td class="source">{_e(source)}</td></tr>'
        )
    return (
        "<h2>Actors</h2>\n<table><thead><tr><th>id</th><th>name</th><th>kind</th>"
        '<th class="num">mentions</th><th class="num">events</th>'
        '<th class="num">capability</th><th>capability source</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _relations(data: dict[str, Any], names: dict[str, str]) -> str:
    relations = data["relations"]
    out = ["<h2>Relations</h2>"]
    if data["actors"]:
        out.append(
            _figure(
                network_svg(data["actors"], relations),
                "Actors on a circle; each line is a relation coloured by affinity (red hostile, "
                "grey neutral, green friendly); dark dashed arcs join pairs that share a common "
                "enemy.",
            )
        )
    if not relations:
        out.append('<p class="muted">No relation between the actors was found in the text.</p>')
        return "\n".join(out)
    rows = []
    for r in relations:
        kind = _e(r["kind"])
        if r["about"] is not None:
            kind += f' <span class="muted">({_e(names.get(r["about"], r["about"]))})</span>'
        trust = r["trust"]
        colour = hex_colour(AFFINITY_COLOURS(AFFINITY_NORM(r["affinity"])))
        rows.append(
            f'<tr><td class="id">{_e(r["a"])}–{_e(r["b"])}</td><td>{kind}</td>'
            f'<td class="num"><span class="chip" style="background:{colour}"></span>'
            f"{r['affinity']:+.2f}</td>"
            f'<td class="num">{_num(trust.get(r["a"]))} / {_num(trust.get(r["b"]))}</td>'
            f"<td>{_evidence(r['evidence'], len(data['documents']) > 1)}</td></tr>"
        )
    out.append(
        '<table><thead><tr><th>pair</th><th>kind</th><th class="num">affinity</th>'
        '<th class="num">trust a→b / b→a</th><th>evidence</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody><caption>affinity runs from −1 (hostile) to +1 (allied); trust a→b is how "
        "far a trusts b to reciprocate, from 0 to 1.</caption></table>"
    )
    return "\n".join(out)


def _issue(
    issue: dict[str, Any], names: dict[str, str], colours: dict[str, str], several: bool
) -> str:
    poles = issue["poles"]
    out = [
        f'<section class="issue">\n<h3>{_e(issue["question"])} '
        f'<span class="tag">{_e(issue["id"])}</span></h3>',
        f'<p class="poles"><strong>0</strong> = {_e(poles[0])}; '
        f"<strong>100</strong> = {_e(poles[1])}</p>",
    ]
    rows = []
    for s in issue["stances"]:
        rows.append(
            f'<tr><td><span class="id">{_e(s["actor"])}</span> '
            f'<span class="muted">{_e(names.get(s["actor"], ""))}</span></td>'
            f'<td class="num">{s["position"]:.0f}</td><td class="num">{s["salience"]:.2f}</td>'
            f'<td class="num">{s["confidence"]:.2f}</td>'
            f"<td>{_evidence(s['evidence'], several)}</td></tr>"
        )
    out.append(
        '<table><thead><tr><th>actor</th><th class="num">position</th>'
        '<th class="num">salience</th><th class="num">confidence</th><th>evidence</th></tr>'
        "</thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    forecasts = issue["forecasts"]
    if forecasts:
        rows = []
        for model, f in forecasts.items():
            nearest = ", ".join(
                f"{_e(n['actor'])} ({n['position']:.0f})" for n in f.get("nearest", [])
            )
            rows.append(
                f'<tr><td>{_e(model)}</td><td class="num">{f["point"]:.1f}</td>'
                f'<td class="num">{f["median"]:.1f}</td>'
                f'<td class="num">{f["p10"]:.1f} – {f["p90"]:.1f}</td><td>{nearest}</td></tr>'
            )
        out.append(
            '<table><thead><tr><th>model</th><th class="num">point</th>'
            '<th class="num">median</th><th class="num">80 % interval</th>'
            "<th>nearest actors</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody><caption>point: the unperturbed run; median and 80 % interval (10th–90th "
            "percentile): the Monte Carlo draws.</caption></table>"
        )
        plots = []
        model, trajectory = _trajectory(forecasts)
        if trajectory:
            plots.append(
                _figure(
                    rounds_svg(issue["id"], model, trajectory, colours),
                    f"{_e(model)}: each actor's position by round (unperturbed run).",
                )
            )
        plots.append(
            _figure(
                intervals_svg(issue["id"], forecasts),
                "Each model's forecast (dot) and its 80 % interval (bar).",
            )
        )
        out.append('<div class="plots">' + "".join(plots) + "</div>")
    out.append("</section>")
    return "\n".join(out)


def _trajectory(forecasts: dict[str, Any]) -> tuple[str, list[dict[str, float]]]:
    """The rounds to draw: eum's when it ran, else the first dynamic model's, else none."""
    ordered = sorted(forecasts, key=lambda m: m != ROUNDS_MODEL)
    for model in ordered:
        trajectory = forecasts[model].get("trajectory")
        if trajectory:
            return model, trajectory
    return "", []


def _cooperation(data: dict[str, Any], names: dict[str, str]) -> str:
    questions = {i["id"]: i["question"] for i in data["issues"]}
    out = [
        "<h2>Cooperation against a common enemy</h2>",
        '<p class="muted">Cooperating pays a side only when its trust that the other reciprocates '
        "reaches its threshold; a threshold above 1 cannot be reached by trust alone.</p>",
    ]
    for v in data["cooperation"]:
        a, b = v["a"], v["b"]
        enemy = v.get("enemy")
        against = f" against {_e(names.get(enemy, enemy))}" if enemy else ""
        probability = f"{v['probability']:.2f}"
        if v.get("draws") and v.get("p10") is not None and v.get("p90") is not None:
            probability += (
                f' <span class="muted">(80 % interval {v["p10"]:.2f} – {v["p90"]:.2f} '
                f"over {v['draws']} draws)</span>"
            )
        on = v.get("on")
        on_text = (
            f'<p>Joint action on <span class="tag">{_e(on)}</span> {_e(questions.get(on, ""))}</p>'
            if on
            else ""
        )
        sides = []
        for actor in (a, b):
            trust = v["trust"].get(actor)
            threshold = v["threshold"].get(actor)
            sides.append(
                f'<tr><td><span class="id">{_e(actor)}</span> '
                f'<span class="muted">{_e(names.get(actor, ""))}</span></td>'
                f'<td class="num">{_num(trust)}</td>'
                f'<td class="num">{"∞" if threshold is None else f"{threshold:.2f}"}</td>'
                f"<td>{_reach(trust, threshold)}</td>"
                f'<td class="num">{_num(v.get("cooperate", {}).get(actor))}</td></tr>'
            )
        change = v.get("what_would_change") or {}
        out.append(
            f'<div class="card">\n<h3><span class="id">{_e(a)}</span> – '
            f'<span class="id">{_e(b)}</span>{against}: '
            f'<span class="verdict {_e(v["verdict"])}">{_e(v["verdict"])}</span></h3>\n'
            f"{on_text}<p>P(both cooperate): <strong>{probability}</strong></p>\n"
            '<table><thead><tr><th>side</th><th class="num">trust</th>'
            '<th class="num">threshold</th><th>trust vs threshold</th>'
            '<th class="num">P(cooperates)</th></tr></thead><tbody>'
            + "".join(sides)
            + "</tbody></table>\n"
            f"<p><strong>Why.</strong> {_e(v['why'])}</p>\n"
            + (
                f"<p><strong>What would change it.</strong> {_e(change['text'])}</p>\n"
                if change.get("text")
                else ""
            )
            + _evidence(v.get("evidence", []), len(data["documents"]) > 1, opened=True)
            + "\n</div>"
        )
    return "\n".join(out)


def _reach(trust: float | None, threshold: float | None) -> str:
    """Whether a side's trust clears its threshold, in words the table can show."""
    if trust is None:
        return "—"
    if threshold is None or threshold > 1:
        return '<span class="short">out of reach: no trust suffices</span>'
    if trust >= threshold:
        return '<span class="ok">clears it</span>'
    return f'<span class="short">short by {threshold - trust:.2f}</span>'


def _evidence(
    citations: Sequence[dict[str, Any]], several: bool = False, *, opened: bool = False
) -> str:
    """Cited sentences, folded away so the tables stay readable.

    A sentence cited for several events is listed once with each event's tag; the document is
    named only when there is more than one.
    """
    if not citations:
        return '<span class="muted">—</span>'
    sentences: dict[tuple[str, int], tuple[str, list[str]]] = {}
    for c in citations:
        _, tags = sentences.setdefault((c["doc_id"], c["sentence"]), (c["text"], []))
        if c.get("event"):
            trigger = f" · {_e(c['trigger'])}" if c.get("trigger") else ""
            tag = f'<span class="tag">{_e(c["event"])}{trigger}</span>'
            if tag not in tags:
                tags.append(tag)
    items = []
    for (doc_id, sentence), (text, tags) in sentences.items():
        where = f"{doc_id} #{sentence}" if several else f"#{sentence}"
        items.append(f'<li><span class="muted">{_e(where)}</span> {_e(text)}{"".join(tags)}</li>')
    count = len(sentences)
    label = f"{count} cited sentence{'s' if count != 1 else ''}"
    return (
        f"<details{' open' if opened else ''}><summary>{label}</summary>"
        f"<ol>{''.join(items)}</ol></details>"
    )


def _figure(svg: str, caption: str) -> str:
    """A plot and its caption; the caption is already escaped by the caller."""
    return f"<figure>{svg}<figcaption>{caption}</figcaption></figure>"


def _footer(data: dict[str, Any]) -> str:
    timings = ", ".join(f"{_e(k)} {v:.2f} s" for k, v in data["timings"].items())
    return f"<footer>detente analyze{' · ' + timings if timings else ''}</footer>"
