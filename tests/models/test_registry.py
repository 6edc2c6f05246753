import pytest

from detente.errors import UnknownNameError
from detente.models import MODELS, get_model


def test_registry_holds_the_baseline_models_with_summaries():
    assert {"compromise", "mean", "weighted-median", "nbs"} <= set(MODELS)
    assert all(spec.summary and spec.name == name for name, spec in MODELS.items())


def test_unknown_model_suggests_the_closest_name():
    with pytest.raises(UnknownNameError, match="did you mean 'compromise'"):
        get_model("compromize")


def test_eum_and_exchange_are_registered_as_dynamic_models():
    assert get_model("eum").dynamic and get_model("exchange").dynamic
    assert "Scholz" in get_model("eum").summary
    assert "equal-gain" in get_model("exchange").summary


def test_what_a_model_needs_is_stated_up_front():
    exchange = get_model("exchange")
    assert exchange.joint_issues and not get_model("eum").joint_issues
    assert exchange.cannot_run(9, 4) is None
    assert exchange.cannot_run(3, 1) == "it needs at least 2 issues, and there is 1 issue"
    assert exchange.cannot_run(1, 2) == "it needs at least 2 actors, and there is 1 actor"
    assert get_model("eum").cannot_run(1, 1) is None
