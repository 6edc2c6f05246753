"""Report an analysis: the system found in the text, the forecasts, and the sentences behind them.

The JSON form is the contract (``analysis_to_dict``); the terminal report and the HTML page show
the same content.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente.analyze import Analysis
from detente.draft.evidence import Citation, unique
from detente.draft.relations import DraftRelation
from detente.models.cooperation import CooperationVerdict
from detente.report.rounds import dynamics_to_dict
from detente.report.simulation import issue_forecasts, render_cooperation
from detente.scenario.native import scenario_to_dict


def _document(analysis: Analysis, n: int) -> dict[str, Any]:
    doc = analysis.draft.documents[n]
    return {
        "id": doc.source_id or doc.id,
        "title": doc.title,
        "date": doc.date,
        "origin": doc.origin,
    }


def _forecasts(analysis: Analysis, issue_id: str) -> dict[str, Any]:
    simulation, scenario = analysis.simulation, analysis.draft.scenario
    if simulation is None or scenario is None:
        return {}
    return issue_forecasts(simulation, scenario, [i.id for i in scenario.issues].index(issue_id))


def _pair_relation(analysis: Analysis, verdict: CooperationVerdict) -> DraftRelation | None:
    for relation in analysis.draft.relations:
        if {relation.a, relation.b} == {verdict.a, verdict.b} and relation.about == verdict.enemy:
            return relation
    return None


def cooperation_evidence(analysis: Analysis, verdict: CooperationVerdict) -> list[Citation]:
    """The sentences behind a cooperation verdict: the shared enmity and the (dis)trust."""
    relation = _pair_relation(analysis, verdict)
    if relation is None:
        return []
    return list(dict.fromkeys(relation.citations + relation.trust_citations))


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The JSON form: documents, actors, relations, issues with stances and forecasts,
    cooperation verdicts with their evidence, and the drafted scenario."""
    drafted, simulation = analysis.draft, analysis.simulation
    issues = []
    for issue in drafted.issues:
        record = issue.to_dict()
        record["forecasts"] = _forecasts(analysis, issue.id)
        issues.append(record)
    cooperation = []
    for verdict in simulation.cooperation if simulation is not None else ():
        record = verdict.to_dict(detail=True)
        record["evidence"] = [c.to_dict() for c in cooperation_evidence(analysis, verdict)]
        cooperation.append(record)
    dynamics: dict[str, Any] = {}
    if simulation is not None:
        problem = simulation.problem
        dynamics = {
            model: dynamics_to_dict(
                simulation.details.get(model), problem.actor_ids, problem.issue_ids
            )
            for model in simulation.models
            if simulation.trajectories.get(model) is not None
        }
    return {
        "documents": [_document(analysis, n) for n in range(len(drafted.documents))],
        "nothing_to_model": drafted.empty_reason,
        "seed": analysis.seed,
        "draws": analysis.draws,
        "models": list(simulation.models) if simulation is not None else [],
        "warnings": list(simulation.warnings) if simulation is not None else [],
        "actors": [a.to_dict() for a in drafted.actors],
        "relations": [r.to_dict() for r in drafted.relations],
        "issues": issues,
        "cooperation": cooperation,
        "dynamics": dynamics,
        "scenario": scenario_to_dict(drafted.scenario) if drafted.scenario is not None else None,
        "timings": {k: round(v, 3) for k, v in analysis.timings.items()},
    }


def _cite(citations: list[Citation], width: int = 90) -> str:
    if not citations:
        return "—"
    first = citations[0]
    more = f" (+{len(citations) - 1})" if len(citations) > 1 else ""
    return f"#{first.sentence} {first.short(width)}{more}"


def render_analysis(analysis: Analysis, console: Console) -> None:
    """The terminal report: actors, relations, issues with stances and evidence, forecasts,
    and cooperation verdicts with their reasons and what would change them."""
    drafted = analysis.draft
    titles = ", ".join(d.title or d.origin or d.id for d in drafted.documents) or "no document"
    console.print(f"[bold]detente analyze[/bold]: {escape(titles)}")
    names = {a.id: a.name for a in drafted.actors}
    if drafted.actors:
        table = Table(title="actors", title_justify="left")
        for column in ("id", "name", "kind", "mentions", "events", "capability"):
            table.add_column(
                column, justify="right" if column in ("mentions", "events") else "left"
            )
        for a in drafted.actors:
            table.add_row(
                escape(a.id), escape(a.name), a.kind, str(a.mentions), str(a.events),
                f"{a.capability:g}",
            )  # fmt: skip
        console.print(table)
    if drafted.relations:
        _render_relations(drafted.relations, names, console)
    if drafted.empty_reason:
        console.print(f"[bold]{escape(drafted.empty_reason)}[/bold]", highlight=False)
        return
    for issue in drafted.issues:
        table = Table(
            title=escape(f"{issue.id}: {issue.question}"),
            caption=escape(f"0 = {issue.poles[0]}; 100 = {issue.poles[1]}"),
            title_justify="left",
        )
        for column in ("actor", "position", "salience", "confidence", "evidence"):
            table.add_column(column, justify="right" if column != "evidence" else "left")
        table.columns[0].justify = "left"
        for s in issue.stances:
            table.add_row(
                escape(s.actor), f"{s.position:.0f}", f"{s.salience:.2f}", f"{s.confidence:.2f}",
                escape(_cite(s.citations)),
            )  # fmt: skip
        console.print(table)
        _render_forecasts(analysis, issue.id, console)
    simulation = analysis.simulation
    if simulation is not None and simulation.cooperation:
        render_cooperation(simulation.cooperation, console)
        for verdict in simulation.cooperation:
            console.print(f"  what would change it: {escape(verdict.what_would_change.text)}")
            for citation in unique(cooperation_evidence(analysis, verdict), per_sentence=True)[:4]:
                console.print(f"  evidence #{citation.sentence}: {escape(citation.short(120))}")


def _render_relations(
    relations: list[DraftRelation], names: dict[str, str], console: Console
) -> None:
    table = Table(title="relations", title_justify="left")
    for column in ("pair", "kind", "affinity", "trust a→b / b→a", "evidence"):
        table.add_column(column)
    for r in relations:
        kind = r.kind if r.about is None else f"{r.kind} ({names.get(r.about, r.about)})"
        table.add_row(
            escape(f"{r.a}–{r.b}"), escape(kind), f"{r.affinity:+.2f}",
            f"{r.trust_ab:.2f} / {r.trust_ba:.2f}", escape(_cite(r.citations, 70)),
        )  # fmt: skip
    console.print(table)


def _render_forecasts(analysis: Analysis, issue_id: str, console: Console) -> None:
    forecasts = _forecasts(analysis, issue_id)
    if not forecasts:
        return
    parts = [
        f"{model} {f['point']:.0f} ({f['p10']:.0f}–{f['p90']:.0f})"
        for model, f in forecasts.items()
    ]
    console.print("  forecast (80 % interval): " + "; ".join(parts))
