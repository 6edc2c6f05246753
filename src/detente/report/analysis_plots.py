"""The analysis plots as inline SVG: the actor network, positions by round, forecast intervals.

Plots use ``matplotlib.figure.Figure`` directly rather than pyplot, so no backend, display or
global figure registry is involved and nothing is left open. The SVG ids are salted per plot and
the date is left out of the metadata, so the same analysis gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

import matplotlib
from matplotlib.cm import ScalarMappable
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.ticker import MaxNLocator

#: Red for hostile, grey for indifferent, green for friendly: affinity runs from -1 to +1.
AFFINITY_COLOURS = LinearSegmentedColormap.from_list("affinity", ["#c0392b", "#b8b8b8", "#1e8449"])
AFFINITY_NORM = Normalize(vmin=-1.0, vmax=1.0)
_COMMON_ENEMY = "common-enemy"
#: Common-enemy links say what two actors share, not how they treat each other: no affinity colour.
_ENEMY_COLOUR = "#4a4a8a"


def actor_colours(ids: Sequence[str]) -> dict[str, str]:
    """One colour per actor, the same in every plot, so a line can be followed across issues."""
    palette = matplotlib.colormaps["tab20"]
    # the strong shade of each of the ten hues first, their light partners only past ten actors
    order = [*range(0, 20, 2), *range(1, 20, 2)]
    return {actor: hex_colour(palette(order[n % 20])) for n, actor in enumerate(ids)}


def hex_colour(rgba: tuple[float, ...]) -> str:
    """A matplotlib colour as the ``#rrggbb`` CSS takes."""
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
                color=_ENEMY_COLOUR if common else AFFINITY_COLOURS(AFFINITY_NORM(r["affinity"])),
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
        ScalarMappable(norm=AFFINITY_NORM, cmap=AFFINITY_COLOURS), ax=ax, shrink=0.6, pad=0.02
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
