import pytest

from detente.errors import UnknownNameError
from detente.models import MODELS, get_model


def test_registry_holds_the_baseline_models_with_summaries():
    assert {"compromise", "mean", "weighted-median", "nbs"} <= set(MODELS)
    assert all(spec.summary and spec.name == name for name, spec in MODELS.items())


def test_unknown_model_suggests_the_closest_name():
    with pytest.raises(UnknownNameError, match="did you mean 'compromise'"):
        get_model("compromize")
