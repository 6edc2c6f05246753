"""Articles to forecast: read, code, draft a scenario, run the models, keep the evidence.

Each stage is the one its own command runs (``ingest``, ``code``, ``simulate``); this module only
chains them and times each. Captions are coded with the body (they often name who is affected:
refugees, neighbours), after it, so body sentence numbers match ``detente code``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from detente.coder.pipeline import code
from detente.coder.records import Event, Mention
from detente.draft import Draft, draft
from detente.ingest import Document, Problem
from detente.simulate import Simulation, simulate

#: The sample brief ``detente analyze`` reads when given no input.
BRIEF = "brief.jsonl"


def brief_path() -> Path:
    """The packaged sample brief, written from the facts of the 2014 seed report."""
    return Path(str(resources.files("detente") / "data" / BRIEF))


@dataclass
class Analysis:
    """Everything one run found: the draft with its evidence and the models' forecasts."""

    draft: Draft
    simulation: Simulation | None
    seed: int
    draws: int
    timings: dict[str, float] = field(default_factory=dict)  # stage → seconds
    problems: list[Problem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether the text gave nothing to model."""
        return self.draft.scenario is None


def _with_captions(documents: Iterable[Document]) -> Iterator[Document]:
    for document in documents:
        if document.captions:
            document = replace(document, paragraphs=document.paragraphs + document.captions)
        yield document


def analyze(
    documents: Sequence[Document],
    *,
    draws: int = 1000,
    seed: int = 0,
    models: Sequence[str] | None = None,
) -> Analysis:
    """Code the documents, draft the system they describe and forecast it."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    mentions: list[Mention] = []
    problems: list[Problem] = []
    coded = code(_with_captions(documents), on_mention=mentions.append, on_problem=problems.append)
    events: list[Event] = list(coded)
    timings["code"] = time.perf_counter() - started
    started = time.perf_counter()
    drafted = draft(documents, events, mentions)
    timings["draft"] = time.perf_counter() - started
    simulation = None
    if drafted.scenario is not None:
        started = time.perf_counter()
        simulation = simulate(drafted.scenario, models=models, draws=draws, seed=seed)
        timings["models"] = time.perf_counter() - started
    return Analysis(drafted, simulation, seed, draws, timings, problems)
