import pytest

from detente.evaluation.extraction import evaluate_folder, score_page, summarise


def test_shingle_scores_on_a_hand_worked_page():
    # 6 expected tokens give 3 shingles; the extraction adds one token and so one wrong shingle
    page = score_page("p", "a b c d e f", "a b c d e f g")
    assert (page.tp, page.fp, page.fn) == (0.75, 0.25, 0.0)
    assert page.precision == 0.75 and page.recall == 1.0
    assert summarise([page])["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)


def test_identical_and_disjoint_texts():
    assert score_page("p", "one two three four", "one two three four").f1 == 1.0
    assert score_page("p", "one two three four", "five six seven eight").f1 == 0.0


def test_scrapinghub_floor(shared_data):
    """Today: F1 0.9985 (trafilatura alone 0.9975); the issue asks for at least 0.95."""
    result = evaluate_folder(shared_data / "html" / "scrapinghub")
    assert result["detente"]["text"]["f1"] >= 0.99


def test_trafilatura_eval_snippets_floor(shared_data):
    """Today: one must-have snippet missing (a link above the article), no boilerplate left."""
    snippets = evaluate_folder(shared_data / "html" / "trafilatura_eval")["detente"]["snippets"]
    assert len(snippets["missing_with"]) <= 1
    assert snippets["remaining_without"] == []
