from pathlib import Path

from detente.evaluation.boilerplate import score_boilerplate

LABELS = Path(__file__).parents[1] / "ingest" / "fixtures" / "boilerplate-labels.jsonl"


def test_cleaning_floor_on_the_labelled_articles(shared_data):
    """Today: 95.0 % of boilerplate lines removed, 100 % of 2,267 sentences kept."""
    score = score_boilerplate(LABELS, shared_data).as_dict()
    assert score["files"] == 61
    assert score["boilerplate_removed"] >= 0.93
    assert score["sentences_kept"] >= 0.99
    assert score["headline_repeats_removed"] == 1.0
    assert score["datelines_found"] >= 0.9
    assert score["captions_flagged"] >= 0.5


def test_scores_a_tiny_labelled_file(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Talks fail\n\nGENEVA - Envoys failed to agree on Monday.\n\nAdvertisement\n\n"
        "The talks resume next week.\n\nSubscribe to our newsletter for free\n"
    )
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        '{"file": "a.txt", "boilerplate": [5, 9], "dateline": 3, '
        '"dateline_text": "GENEVA -", "caption": [], "headline_repeat": []}\n'
    )
    score = score_boilerplate(labels, tmp_path).as_dict()
    assert score["boilerplate_removed"] == 1.0 and score["boilerplate_lines"] == 2
    assert score["sentences"] == 2 and score["sentences_kept"] == 1.0
    assert score["datelines_found"] == 1.0
