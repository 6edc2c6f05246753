from pathlib import Path

import numpy as np
import pytest

from detente.backtest import load_deu
from detente.errors import InputFileError, UnknownNameError

MINI = Path(__file__).parent / "fixtures" / "deu-mini.tsv"


def test_reads_issues_with_outcomes_and_skips_the_rest():
    data = load_deu(MINI)
    assert data.outcomes.tolist() == [60, 100, 30, 0]
    assert data.skipped == 1
    assert data.procedures == ("COD", "CNS", "COD", "CNS")
    assert data.rules == ("QMV", "unanimity", "QMV", "QMV")
    assert np.isnan(data.problem.reference[0]) and data.problem.reference[2] == 20


def test_missing_position_means_no_part_and_missing_salience_means_50():
    problem = load_deu(MINI).problem
    de, fr = problem.actor_ids.index("de"), problem.actor_ids.index("fr")
    assert not problem.present[fr, 2] and problem.present[de, 2]
    assert problem.saliences[de, 2] == 0.5


@pytest.mark.parametrize(
    ("capability", "germany"), [("equal", 1), ("council-votes", 29), ("gdp", 2)]
)
def test_capability_measures(capability, germany):
    problem = load_deu(MINI, capability=capability).problem
    assert problem.capabilities[problem.actor_ids.index("de")] == germany


def test_semicolon_layout_with_decimal_commas(tmp_path):
    text = MINI.read_text().replace("\t", ";").replace("0.5", "0,5")
    path = tmp_path / "Dataset_DEU_III.csv"
    path.write_text(text)
    data = load_deu(path, capability="gdp")
    assert data.outcomes.tolist() == [60, 100, 30, 0]
    assert data.problem.capabilities[2] == 0.5


def test_unknown_capability():
    with pytest.raises(UnknownNameError, match="capability measure 'votes'"):
        load_deu(MINI, capability="votes")


def test_gdp_needs_the_gdp_row(tmp_path):
    lines = MINI.read_text().splitlines()
    path = tmp_path / "no-gdp.tsv"
    path.write_text("\n".join([lines[0], *lines[2:]]))
    with pytest.raises(InputFileError, match="needs a complete GDP row"):
        load_deu(path, capability="gdp")


def test_not_a_deu_table(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("a\tb\n1\t2\n")
    with pytest.raises(InputFileError, match="not a DEU III table") as info:
        load_deu(path)
    assert info.value.where == f"{path}:1"


def test_non_number_is_located(tmp_path):
    lines = MINI.read_text().splitlines()
    lines[2] = lines[2].replace("\t60", "\tsixty")
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join(lines))
    with pytest.raises(InputFileError, match="'sixty' in column out") as info:
        load_deu(path)
    assert info.value.where == f"{path}:3"


def test_out_of_range_position_is_located(tmp_path):
    lines = MINI.read_text().splitlines()
    cells = lines[2].split("\t")
    cells[13] = "140"
    lines[2] = "\t".join(cells)
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join(lines))
    with pytest.raises(InputFileError, match="pcom = 140 is outside 0–100") as info:
        load_deu(path)
    assert info.value.where == f"{path}:3"


def test_dev_part_reads(shared_data):
    data = load_deu(shared_data / "deu" / "deu3-dev.tsv")
    assert data.outcomes.size + data.skipped == 235
    assert data.problem.positions.shape == (30, data.outcomes.size)


def test_each_issue_keeps_its_proposal():
    assert load_deu(MINI).proposals == ("t0001",) * 4


def test_without_a_proposal_column_each_issue_stands_alone(tmp_path):
    lines = MINI.read_text().splitlines()
    header = lines[0].split("\t")
    keep = [n for n, name in enumerate(header) if name != "prnr"]
    path = tmp_path / "no-prnr.tsv"
    path.write_text("\n".join("\t".join(row.split("\t")[n] for n in keep) for row in lines) + "\n")
    assert load_deu(path).proposals == ("line 3", "line 4", "line 5", "line 6")
