"""The scenario model: actors, issues, stances and relations, each number with its evidence.

Records are frozen dataclasses; files are validated at the boundary (``detente.scenario.files``)
and converted to these. Units: positions 0–100 on the issue's scale, salience 0–1, capability
≥ 0 (any unit, only ratios matter), affinity −1…1, trust 0–1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["state", "international-organisation", "non-state", "armed-group", "person"]
ACTOR_KINDS: tuple[str, ...] = (
    "state",
    "international-organisation",
    "non-state",
    "armed-group",
    "person",
)

RelationKind = Literal[
    "alliance", "support", "arms-supply", "common-enemy", "rivalry", "hostility", "cooperation"
]
RELATION_KINDS: tuple[str, ...] = (
    "alliance",
    "support",
    "arms-supply",
    "common-enemy",
    "rivalry",
    "hostility",
    "cooperation",
)

#: Evidence per field name ("position", "salience", …); the key "*" covers the whole record.
Evidence = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to the standoff with the capability it can bring to bear."""

    id: str
    name: str
    kind: ActorKind
    capability: float
    country: str | None = None
    capability_uncertainty: float | None = None  # relative standard deviation, e.g. 0.2
    evidence: Evidence = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Issue:
    """A contested question on a 0–100 scale whose anchor points carry labels."""

    id: str
    question: str
    anchors: Mapping[float, str]
    reference_point: float | None = None  # status quo / disagreement point, 0–100
    evidence: Evidence = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Stance:
    """Where one actor stands on one issue and how much it cares."""

    actor: str
    issue: str
    position: float  # 0–100
    salience: float  # 0–1
    uncertainty: float | None = None  # standard deviation of the position, in points
    salience_uncertainty: float | None = None  # standard deviation of the salience
    evidence: Evidence = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """How two actors relate; trust is given in each direction."""

    a: str
    b: str
    kind: RelationKind
    affinity: float  # −1 (hostile) … 1 (aligned)
    trust_ab: float = 0.5  # how far a trusts b, 0–1; 0.5 when nothing is known
    trust_ba: float = 0.5  # how far b trusts a
    about: str | None = None  # third actor the relation concerns (the shared enemy)
    # Optional terms of the joint action a common-enemy relation offers (detente.models.cooperation
    # derives each from the stances when it is absent): the issue the joint action is about, and
    # per side the gain from mutual cooperation, the temptation to exploit the other and the cost
    # of being exploited, all ≥ 0 in salience units (1 = winning a fully salient issue outright).
    joint_issue: str | None = None
    gain_a: float | None = None
    gain_b: float | None = None
    temptation_a: float | None = None
    temptation_b: float | None = None
    exploitation_cost_a: float | None = None
    exploitation_cost_b: float | None = None
    evidence: Evidence = field(default_factory=dict)
    note: str | None = None


#: Relation fields only a common-enemy relation may carry: the terms of its joint action.
COOPERATION_TERMS: tuple[str, ...] = (
    "joint_issue",
    "gain_a",
    "gain_b",
    "temptation_a",
    "temptation_b",
    "exploitation_cost_a",
    "exploitation_cost_b",
)


@dataclass(frozen=True, slots=True)
class UncertaintyDefaults:
    """Spread used for Monte Carlo draws where a record states none of its own."""

    position: float = 5.0  # standard deviation in points
    salience: float = 0.05  # standard deviation on the 0–1 scale
    capability: float = 0.1  # relative standard deviation (log-normal)


@dataclass(frozen=True, slots=True)
class Scenario:
    """A complete, consistent system of actors, issues, stances and relations."""

    id: str
    title: str
    actors: tuple[Actor, ...]
    issues: tuple[Issue, ...]
    stances: tuple[Stance, ...]
    relations: tuple[Relation, ...] = ()
    description: str = ""
    date: str | None = None
    sources: tuple[str, ...] = ()
    uncertainty: UncertaintyDefaults = field(default_factory=UncertaintyDefaults)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError if absent)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def stances_on(self, issue_id: str) -> tuple[Stance, ...]:
        """Every stance taken on one issue, in file order."""
        return tuple(s for s in self.stances if s.issue == issue_id)
