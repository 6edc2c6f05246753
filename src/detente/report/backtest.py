"""Report a backtest as terminal tables (overall, by procedure, by rule)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _table(title: str, scores: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for name, justify in (("model", "left"), ("MAE", "right"), ("median AE", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    table.add_column("hit rate (≤10)", justify="right")
    table.add_column("n", justify="right")
    for model, s in sorted(scores.items(), key=lambda item: item[1]["mae"]):
        table.add_row(
            model, f"{s['mae']:.2f}", f"{s['median_ae']:.2f}", f"{s['hit_rate']:.3f}", str(s["n"])
        )
    return table


def render_backtest(report: dict[str, Any], console: Console) -> None:
    """Print the overall table, then one per procedure and per Council rule."""
    console.print(
        f"[bold]DEU backtest[/bold]: {report['n_issues']} issues scored, "
        f"{report['skipped_no_outcome']} skipped (no outcome); capability = {report['capability']}"
    )
    for note in report.get("notes", ()):
        console.print(f"note: {note}")
    console.print(_table("all issues", report["models"]))
    shared = report.get("common_issues")
    if shared:
        console.print(_table(f"issues every model forecast ({shared['n']})", shared["models"]))
    for group in ("by_procedure", "by_rule"):
        for name, scores in report[group].items():
            console.print(_table(f"{group.removeprefix('by_')} = {name}", scores))
