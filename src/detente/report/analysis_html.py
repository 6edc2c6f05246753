"""The analysis as one self-contained HTML page (``detente analyze --format html``).

The page is built from ``analysis_to_dict``, the JSON contract, so it shows what the terminal
report and the JSON show, plus three kinds of plot: the actor network, positions by round and the
forecast intervals. Everything is inline (CSS in a ``<style>`` block, plots as ``<svg>`` elements)
so the file opens offline and can be mailed or archived as it is. Every piece of text from the
input goes through ``html.escape``: articles are untrusted and may contain markup.

Plots use ``matplotlib.figure.Figure`` directly rather than pyplot, so no backend, display or global
figure registry is involved and nothing is left open. The SVG ids are salted per plot and the
date is left out of the metadata, so the same analysis gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import matplotlib
from matplotlib.cm import ScalarMappable
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.ticker import MaxNLocator

from detente.analyze import Analysis
from detente.report.analysis import analysis_to_dict

#: Red for hostile, grey for indifferent, green for friendly: affinity runs from -1 to +1.
AFFINITY_COLOURS = LinearSegmentedColormap.from_list("affinity", ["#c0392b", "#b8b8b8", "#1e8449"])
_AFFINITY_NORM = Normalize(vmin=-1.0, vmax=1.0)
#: The dynamic model whose rounds are drawn, when it ran; otherwise the first dynamic one.
ROUNDS_MODEL = "eum"
_COMMON_ENEMY = "common-enemy"
#: Common-enemy links say what two actors share, not how they treat each other: no affinity colour.
_ENEMY_COLOUR = "#4a4a8a"

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
    colours = _actor_colours([a["id"] for a in data["actors"]])
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
        colour = _hex(AFFINITY_COLOURS(_AFFINITY_NORM(r["affinity"])))
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


# --- plots -------------------------------------------------------------------------------------


def _actor_colours(ids: Sequence[str]) -> dict[str, str]:
    """One colour per actor, the same in every plot, so a line can be followed across issues."""
    palette = matplotlib.colormaps["tab20"]
    # the strong shade of each of the ten hues first, their light partners only past ten actors
    order = [*range(0, 20, 2), *range(1, 20, 2)]
    return {actor: _hex(palette(order[n % 20])) for n, actor in enumerate(ids)}


def _hex(rgba: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgba[:3])


def _svg(figure: Figure, salt: str) -> str:
    """The figure as an inline ``<svg>`` element.

    The XML prolog, DOCTYPE, metadata and namespace declarations are dropped: an HTML parser
    needs none of them for inline SVG, and they are the only URLs the file would otherwise
    contain. Text is drawn as paths so the plot looks the same without any font installed.
    """
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    text = re.sub(r'\s+xmlns(?::\w+)?="[^"]*"', "", text)
    return text.strip()


def _curve_offsets(relations: Iterable[dict[str, Any]]) -> list[float]:
    """How much to bend each relation's line so two relations of one pair do not overlap."""
    seen: dict[frozenset[str], int] = {}
    bends = []
    for r in relations:
        pair = frozenset((r["a"], r["b"]))
        n = seen.get(pair, 0)
        seen[pair] = n + 1
        if r["kind"] == _COMMON_ENEMY:
            n = max(n, 1)
        sign = 1 if n % 2 else -1
        bends.append(0.0 if n == 0 else sign * 0.22 * ((n + 1) // 2))
    return bends


def network_svg(actors: Sequence[dict[str, Any]], relations: Sequence[dict[str, Any]]) -> str:
    """The actor network: actors on a circle, relations coloured by affinity.

    A circle puts no actor in a privileged place, so the colours, not the layout, carry the
    meaning; common-enemy links are dashed arcs because they say what two actors share, not how
    they treat each other.
    """
    ids = [a["id"] for a in actors]
    n = len(ids)
    if n == 1:
        places = {ids[0]: (0.0, 0.0)}
    else:
        places = {
            actor: (
                math.cos(math.pi / 2 - 2 * math.pi * k / n),
                math.sin(math.pi / 2 - 2 * math.pi * k / n),
            )
            for k, actor in enumerate(ids)
        }
    figure = Figure(figsize=(6.0, 4.6), layout="constrained")
    ax = figure.add_subplot()
    drawn = [r for r in relations if r["a"] in places and r["b"] in places]
    for r, bend in zip(drawn, _curve_offsets(drawn), strict=True):
        common = r["kind"] == _COMMON_ENEMY
        ax.add_patch(
            FancyArrowPatch(
                places[r["a"]],
                places[r["b"]],
                arrowstyle="-",
                connectionstyle=f"arc3,rad={bend}",
                color=_ENEMY_COLOUR if common else AFFINITY_COLOURS(_AFFINITY_NORM(r["affinity"])),
                linewidth=1.2 if common else 1.4 + 2.4 * abs(r["affinity"]),
                linestyle=(0, (4, 3)) if common else "-",
                shrinkA=9,
                shrinkB=9,
                zorder=1,
            )
        )
    xs = [places[i][0] for i in ids]
    ys = [places[i][1] for i in ids]
    ax.scatter(xs, ys, s=110, facecolor="white", edgecolor="#1f2328", linewidth=1.3, zorder=2)
    for actor, (x, y) in places.items():
        ha = "center" if abs(x) < 0.2 else ("left" if x > 0 else "right")
        va = "center" if abs(y) >= 0.2 or n == 1 else ("bottom" if y > 0 else "top")
        if n == 1:
            ha, va, x, y = "center", "bottom", x, y + 0.1
        ax.annotate(
            actor,
            (x, y),
            xytext=(1.16 * x, 1.16 * y) if n > 1 else (x, y),
            ha=ha,
            va=va,
            fontsize=8,
            zorder=3,
        )
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.set_axis_off()
    bar = figure.colorbar(
        ScalarMappable(norm=_AFFINITY_NORM, cmap=AFFINITY_COLOURS), ax=ax, shrink=0.6, pad=0.02
    )
    bar.set_label("affinity", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    enemies = sorted({r["about"] or "?" for r in drawn if r["kind"] == _COMMON_ENEMY})
    if enemies:
        ax.legend(
            handles=[Line2D([], [], color=_ENEMY_COLOUR, linestyle=(0, (4, 3)), linewidth=1.2)],
            labels=["common enemy: " + ", ".join(enemies)],
            loc="lower left",
            fontsize=7,
            frameon=False,
        )
    return _svg(figure, "detente-network")


def rounds_svg(
    issue: str, model: str, trajectory: Sequence[dict[str, float]], colours: dict[str, str]
) -> str:
    """Each actor's position by round on one issue; rounds after the last move are cut off."""
    actors = list(dict.fromkeys(a for row in trajectory for a in row))
    last = 0
    for k in range(1, len(trajectory)):
        if any(
            abs(trajectory[k].get(a, 0.0) - trajectory[k - 1].get(a, 0.0)) > 1e-9 for a in actors
        ):
            last = k
    rows = trajectory[: max(last, 1) + 1]
    figure = Figure(figsize=(4.6, 2.8), layout="constrained")
    ax = figure.add_subplot()
    rounds = list(range(len(rows)))
    for actor in actors:
        ax.plot(
            rounds,
            [row.get(actor, float("nan")) for row in rows],
            color=colours.get(actor, "#555555"),
            marker="o" if len(rows) <= 15 else None,
            markersize=3,
            linewidth=1.5,
            label=actor,
        )
    ax.set_ylim(-4, 104)
    ax.set_xlabel("round", fontsize=8)
    ax.set_ylabel("position", fontsize=8)
    ax.set_title(f"{model}: positions by round", fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=7)
    ax.grid(alpha=0.25)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return _svg(figure, f"detente-rounds-{issue}")


def intervals_svg(issue: str, forecasts: dict[str, dict[str, Any]]) -> str:
    """Each model's point forecast with its 80 % interval, on the issue's 0–100 scale.

    The bar and the dot are drawn separately because the unperturbed point need not lie inside
    the interval of the draws.
    """
    models = list(forecasts)
    figure = Figure(figsize=(4.6, 0.95 + 0.3 * len(models)), layout="constrained")
    ax = figure.add_subplot()
    for y, model in enumerate(models):
        f = forecasts[model]
        ax.hlines(y, f["p10"], f["p90"], color="#8fb3d9", linewidth=6, zorder=1)
        ax.plot([f["point"]], [y], "o", color="#1f4e79", markersize=5, zorder=2)
    ax.set_yticks(range(len(models)), models, fontsize=7)
    ax.set_ylim(len(models) - 0.5, -0.5)
    ax.set_xlim(-4, 104)
    ax.set_xlabel("position (0–100)", fontsize=8)
    ax.set_title("forecast and 80 % interval", fontsize=9)
    ax.tick_params(axis="x", labelsize=7)
    ax.grid(axis="x", alpha=0.25)
    return _svg(figure, f"detente-intervals-{issue}")
