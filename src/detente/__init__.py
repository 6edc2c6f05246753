"""detente: turn reporting on a standoff into a bargaining model and forecast how it ends."""

from detente.errors import DetenteError
from detente.models import MODELS, Outcome, Problem, get_model
from detente.scenario import Actor, Issue, Relation, Scenario, Stance, load_scenario
from detente.simulate import Simulation, simulate

__all__ = [
    "MODELS",
    "Actor",
    "DetenteError",
    "Issue",
    "Outcome",
    "Problem",
    "Relation",
    "Scenario",
    "Simulation",
    "Stance",
    "get_model",
    "load_scenario",
    "simulate",
]
__version__ = "0.1.0"
