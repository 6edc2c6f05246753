"""The numeric form every model works on: arrays over actors and issues, with batch dimensions.

Arrays may carry leading batch dimensions (Monte Carlo draws), so one call forecasts every draw:
positions and saliences are ``(..., actors, issues)``, capabilities ``(..., actors)``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from detente.scenario.schema import Scenario

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Problem:
    """Positions (0–100), saliences (0–1) and capabilities (≥ 0) of actors on issues."""

    positions: FloatArray  # (..., A, I); entries without a stance are ignored
    saliences: FloatArray  # (..., A, I)
    capabilities: FloatArray  # (..., A)
    present: BoolArray  # (A, I): whether the actor has a stance on the issue
    reference: FloatArray  # (I,): reference point (status quo), NaN where none is given
    actor_ids: tuple[str, ...] = ()
    issue_ids: tuple[str, ...] = ()

    @property
    def weights(self) -> FloatArray:
        """Influence of each actor on each issue: salience × capability, zero without a stance."""
        return self.saliences * self.capabilities[..., :, None] * self.present

    def with_values(
        self, positions: FloatArray, saliences: FloatArray, capabilities: FloatArray
    ) -> Problem:
        """The same actors and issues with other (e.g. perturbed, batched) values."""
        return Problem(
            positions=positions,
            saliences=saliences,
            capabilities=capabilities,
            present=self.present,
            reference=self.reference,
            actor_ids=self.actor_ids,
            issue_ids=self.issue_ids,
        )

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> Problem:
        """Arrange a scenario's stances into actor × issue arrays."""
        actor_index = {a.id: n for n, a in enumerate(scenario.actors)}
        issue_index = {i.id: n for n, i in enumerate(scenario.issues)}
        shape = (len(actor_index), len(issue_index))
        positions = np.zeros(shape)
        saliences = np.zeros(shape)
        present = np.zeros(shape, dtype=bool)
        for stance in scenario.stances:
            row, col = actor_index[stance.actor], issue_index[stance.issue]
            positions[row, col] = stance.position
            saliences[row, col] = stance.salience
            present[row, col] = True
        reference = np.array(
            [np.nan if i.reference_point is None else i.reference_point for i in scenario.issues]
        )
        return cls(
            positions=positions,
            saliences=saliences,
            capabilities=np.array([a.capability for a in scenario.actors], dtype=float),
            present=present,
            reference=reference,
            actor_ids=tuple(actor_index),
            issue_ids=tuple(issue_index),
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a model returns: the forecast per issue and, for dynamic models, the path to it."""

    point: FloatArray  # (..., I)
    trajectory: FloatArray | None = None  # (..., rounds, A, I): positions round by round
    #: Model-specific account of the rounds (offers made and accepted, exchanges, gains), for
    #: the unbatched run; None for static models.
    details: object | None = None
