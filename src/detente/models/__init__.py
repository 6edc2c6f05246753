"""Forecasting models behind one registry; each maps a Problem to an Outcome."""

from detente.models.problem import Outcome, Problem
from detente.models.registry import MODELS, ModelSpec, get_model, register

__all__ = ["MODELS", "ModelSpec", "Outcome", "Problem", "get_model", "register"]
