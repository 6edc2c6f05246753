"""Draw dynamic models' positions by round to an image file (``detente simulate --plot``).

matplotlib is imported inside the drawing function, so commands that draw nothing start without
it; the figure is rendered with the Agg canvas directly, so no display or pyplot state is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from detente.errors import DetenteError, InputFileError
from detente.report.rounds import last_moving_row
from detente.scenario.schema import Scenario
from detente.simulate import Simulation

#: Image formats the Agg canvas writes, by file suffix.
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
_PANEL_WIDTH, _PANEL_HEIGHT = 3.4, 2.6


def check_plot_path(path: Path) -> None:
    """Refuse, before any work is done, a path the plot could not be written to."""
    if path.is_dir():
        raise InputFileError(
            "expected a file name for the plot, found a folder",
            where=str(path),
            hint="e.g. --plot positions.png",
        )
    if path.suffix.lower() not in FORMATS:
        raise DetenteError(
            "the plot's file name must end in .png, .svg or .pdf",
            where=str(path),
            hint="e.g. --plot positions.png",
        )
    folder = path.parent
    if not folder.is_dir():
        raise InputFileError(
            "cannot write the plot: no such folder",
            where=str(path),
            hint="create the folder first or choose another path",
        )
    if not os.access(folder, os.W_OK):
        raise InputFileError(
            "cannot write the plot: the folder is not writable",
            where=str(path),
            hint="choose a folder you can write to",
        )


def plot_positions(simulation: Simulation, scenario: Scenario, path: Path) -> int:
    """One panel per dynamic model and issue: each actor's position by round, the forecast dashed.

    Returns the number of panels drawn; raises DetenteError when no dynamic model ran or the file
    cannot be written.
    """
    models = [m for m in simulation.models if simulation.trajectories.get(m) is not None]
    if not models:
        raise DetenteError(
            "--plot draws positions by round, and none of the models run is dynamic",
            hint="add -m eum or -m exchange",
        )
    check_plot_path(path)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    issues = scenario.issues
    figure = Figure(
        figsize=(_PANEL_WIDTH * len(issues), _PANEL_HEIGHT * len(models)), layout="constrained"
    )
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(models), len(issues), squeeze=False, sharey=True)
    colours = {actor.id: f"C{n % 10}" for n, actor in enumerate(scenario.actors)}
    lines = {}
    for row, model in enumerate(models):
        trajectory = simulation.trajectories[model]
        assert trajectory is not None
        last = max(last_moving_row(trajectory), 1)
        rounds = range(min(last + 1, trajectory.shape[0]))
        for column, issue in enumerate(issues):
            ax = axes[row][column]
            for a, actor in enumerate(scenario.actors):
                if simulation.problem.present[a, column]:
                    values = [trajectory[r, a, column] for r in rounds]
                    (line,) = ax.plot(
                        list(rounds), values, color=colours[actor.id], lw=1.2, marker="."
                    )
                    lines.setdefault(actor.id, line)
            point = float(simulation.points[model][column])
            ax.axhline(point, color="black", ls="--", lw=0.8)
            ax.set_title(f"{model} · {issue.id}", fontsize=9)
            ax.set_ylim(-3, 103)
            ax.set_xlabel("round", fontsize=8)
            ax.tick_params(labelsize=7)
            if column == 0:
                ax.set_ylabel("position", fontsize=8)
    order = [actor.id for actor in scenario.actors if actor.id in lines]
    figure.legend(
        [lines[actor] for actor in order],
        order,
        loc="outside right center",
        fontsize=8,
        title="actor (dashed: forecast)",
        title_fontsize=8,
    )
    figure.suptitle(f"{scenario.title} — positions by round", fontsize=10)
    try:
        figure.savefig(path, format=FORMATS[path.suffix.lower()], dpi=120)
    except OSError as exc:
        raise InputFileError(
            f"cannot write the plot: {exc.strerror or exc}",
            where=str(path),
            hint="check that the folder exists and is writable",
        ) from exc
    return len(models) * len(issues)
