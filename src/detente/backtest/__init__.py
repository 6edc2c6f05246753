"""Backtests of the forecasting models against recorded outcomes."""

from detente.backtest.deu import CAPABILITIES, DeuData, load_deu
from detente.backtest.scoring import Score, backtest, score

__all__ = ["CAPABILITIES", "DeuData", "Score", "backtest", "load_deu", "score"]
