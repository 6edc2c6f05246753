from detente.scenario.cells import make_identifier


def test_ids_are_made_valid_and_unique():
    assert make_identifier("USA", set(), "x") == "USA"
    assert make_identifier("EU (incl Norway)", set(), "x") == "EU-incl-Norway"
    assert make_identifier("China India", {"China-India"}, "x") == "China-India-2"
    assert make_identifier("China-India", {"China-India", "China-India-2"}, "x") == "China-India-3"
    assert make_identifier("Curaçao", set(), "x") == "Curacao"
    assert make_identifier("(?)", set(), "actor-3") == "actor-3"
    assert make_identifier("_hidden", set(), "x") == "hidden"
