from detente.scenario import load_scenario


def test_converts_the_builtin_to_json_and_back(run, tmp_path):
    target = tmp_path / "syria.json"
    result = run("convert", "syria-2014", str(target))
    assert result.code == 0, result.err
    assert load_scenario(target) == load_scenario("syria-2014")


def test_converts_to_stokman_and_ktab(run, tmp_path):
    for name, fmt in (("s.txt", "stokman"), ("s.csv", "ktab")):
        target = tmp_path / name
        assert run("convert", "syria-2014", str(target), "--to", fmt).code == 0
        back = load_scenario(target, fmt=fmt)
        assert len(back.actors) == len(load_scenario("syria-2014").actors)
