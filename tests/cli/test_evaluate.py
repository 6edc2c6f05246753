import json
from pathlib import Path

LABELS = Path(__file__).parents[1] / "ingest" / "fixtures" / "boilerplate-labels.jsonl"


def test_eval_ingest_prints_detente_beside_trafilatura(run, shared_data):
    result = run("eval", "ingest", str(shared_data / "html" / "scrapinghub"), "--format", "json")
    assert result.code == 0, result.err
    (folder,) = json.loads(result.out)
    assert set(folder) == {"folder", "detente", "trafilatura"}
    assert folder["detente"]["text"]["pages"] == folder["trafilatura"]["text"]["pages"] > 0


def test_eval_ingest_table(run, shared_data):
    result = run("eval", "ingest", str(shared_data / "html" / "trafilatura_eval"))
    assert result.code == 0 and "trafilatura" in result.out


def test_eval_ingest_needs_pages(run, tmp_path):
    result = run("eval", "ingest", str(tmp_path))
    assert result.code == 2 and "no page with an X.expected.txt" in result.err


def test_eval_boilerplate(run, shared_data):
    result = run("eval", "boilerplate", str(LABELS), "--root", str(shared_data), "--format", "json")
    data = json.loads(result.out)
    assert data["files"] == 61 and data["sentences_kept"] >= 0.99


def test_eval_boilerplate_bad_label_file(run, tmp_path):
    labels = tmp_path / "l.jsonl"
    labels.write_text('{"file": "a.txt"\n')
    result = run("eval", "boilerplate", str(labels), "--root", str(tmp_path))
    assert result.code == 2 and f"{labels}:1: malformed JSON" in result.err
