from pathlib import Path

import numpy as np
import pytest

from detente.backtest import backtest, load_deu, score

MINI = Path(__file__).parent / "fixtures" / "deu-mini.tsv"


def test_score_ignores_missing_forecasts():
    s = score(np.array([50, np.nan, 0]), np.array([60, 0, 30]))
    assert (s.mae, s.median_ae, s.hit_rate, s.n) == (20, 20, 0.5, 2)


def test_backtest_figures_on_the_hand_worked_fixture():
    report = backtest(load_deu(MINI, capability="council-votes"))
    assert report["n_issues"] == 4 and report["skipped_no_outcome"] == 1
    # compromise forecasts 50, 66.67, 32, 50 against outcomes 60, 100, 30, 0
    assert report["models"]["compromise"] == {
        "mae": 23.83,
        "median_ae": 21.67,
        "hit_rate": 0.5,
        "n": 4,
    }
    assert report["models"]["constant-50"] == {
        "mae": 32.5,
        "median_ae": 35.0,
        "hit_rate": 0.25,
        "n": 4,
    }
    assert report["models"]["reference-point"] == {
        "mae": 5.0,
        "median_ae": 5.0,
        "hit_rate": 1.0,
        "n": 2,
    }
    assert report["by_procedure"]["COD"]["compromise"]["mae"] == 6.0
    assert report["by_rule"]["unanimity"]["compromise"]["mae"] == pytest.approx(33.33)


def test_dev_part_compromise_is_near_the_published_figure(shared_data):
    """Whole DEU III: compromise MAE about 23.0 (constant 50: 28.0); dev part: 23.49 today."""
    report = backtest(load_deu(shared_data / "deu" / "deu3-dev.tsv", capability="council-votes"))
    assert report["models"]["compromise"]["mae"] < 24.5
    assert report["models"]["compromise"]["mae"] < report["models"]["constant-50"]["mae"] - 3
