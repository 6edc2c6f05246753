def test_models_lists_every_registered_model(run):
    result = run("models")
    assert result.code == 0
    for name in ("compromise", "mean", "weighted-median", "nbs", "eum", "exchange"):
        assert name in result.out
    assert "dynamic" in result.out


def test_scenarios_lists_the_builtin(run):
    result = run("scenarios")
    assert result.code == 0 and "syria-2014" in result.out


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "detente", "models"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "compromise" in done.stdout
