import json
from pathlib import Path

MINI = Path(__file__).parents[1] / "backtest" / "fixtures" / "deu-mini.tsv"


def test_json_report_shape(run):
    result = run("backtest", "deu", str(MINI), "--format", "json", "--capability", "equal")
    data = json.loads(result.out)
    assert data["n_issues"] == 4 and data["capability"] == "equal"
    assert set(data["models"]) >= {
        "compromise",
        "constant-50",
        "reference-point",
        "nbs",
        "eum",
        "exchange",
    }
    assert set(data["by_procedure"]) == {"COD", "CNS"}
    assert set(data["by_rule"]) == {"QMV", "unanimity"}
    assert set(data["models"]["compromise"]) == {"mae", "median_ae", "hit_rate", "n"}


def test_table_report(run):
    result = run("backtest", "deu", str(MINI))
    assert result.code == 0 and "MAE" in result.out and "procedure = COD" in result.out
    assert "eum" in result.out and "note: exchange: run per proposal on 1 proposal" in result.out


def test_bad_capability_and_missing_file(run, tmp_path):
    bad = run("backtest", "deu", str(MINI), "--capability", "votes")
    assert bad.code == 2
    missing = run("backtest", "deu", str(tmp_path / "none.tsv"))
    assert missing.code == 2 and "no such DEU file" in missing.err


def test_dev_part_from_the_cli(run, shared_data):
    result = run("backtest", "deu", str(shared_data / "deu" / "deu3-dev.tsv"), "--format", "json")
    data = json.loads(result.out)
    assert data["n_issues"] == 229 and data["skipped_no_outcome"] == 6
    # the exchange model plays each proposal's issues together; single-issue ones are skipped
    skipped = data["skipped_by_model"]["exchange"]
    assert skipped["issues"] == skipped["proposals"] > 0
    assert data["models"]["exchange"]["n"] == 229 - skipped["issues"]
    assert data["models"]["eum"]["n"] == 229
