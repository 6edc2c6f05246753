import pytest

from detente.errors import DetenteError, InputFileError
from detente.report.plot import check_plot_path, plot_positions
from detente.scenario import load_scenario
from detente.simulate import simulate


@pytest.fixture(scope="module")
def syria():
    scenario = load_scenario("syria-2014")
    return scenario, simulate(scenario, models=["eum", "exchange", "mean"], draws=0)


def test_draws_one_panel_per_dynamic_model_and_issue(syria, tmp_path):
    scenario, sim = syria
    path = tmp_path / "positions.png"
    assert plot_positions(sim, scenario, path) == 2 * 4
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_svg_too(syria, tmp_path):
    scenario, sim = syria
    path = tmp_path / "positions.svg"
    plot_positions(sim, scenario, path)
    assert "<svg" in path.read_text()


def test_nothing_to_draw_without_a_dynamic_model(tmp_path):
    scenario = load_scenario("syria-2014")
    sim = simulate(scenario, models=["mean"], draws=0, cooperation=False)
    with pytest.raises(DetenteError, match="none of the models run is dynamic"):
        plot_positions(sim, scenario, tmp_path / "p.png")


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("missing/p.png", InputFileError, "no such folder"),
        ("file.txt/p.png", InputFileError, "no such folder"),
        ("p.gif", DetenteError, r"must end in \.png, \.svg or \.pdf"),
        ("folder.png", InputFileError, "found a folder"),
    ],
)
def test_paths_it_cannot_write_are_refused_up_front(tmp_path, name, error, message):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(error, match=message):
        check_plot_path(tmp_path / name)


def test_a_failed_write_is_a_one_line_error(syria, tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Figure, "savefig", refuse)
    scenario, sim = syria
    with pytest.raises(InputFileError, match="cannot write the plot: Permission denied"):
        plot_positions(sim, scenario, tmp_path / "p.png")
