import re
from dataclasses import replace
from html import escape
from html.parser import HTMLParser

import pytest

from detente.analyze import analyze, brief_path
from detente.coder.inputs import read_documents
from detente.ingest import Document, Tally
from detente.report.analysis_html import analysis_html

_VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}


def _brief():
    problems = []
    documents = list(read_documents([str(brief_path())], tally=Tally(), on_problem=problems.append))
    assert documents and not problems
    return documents


@pytest.fixture(scope="module")
def analysis():
    return analyze(_brief(), draws=50)


@pytest.fixture(scope="module")
def page(analysis):
    return analysis_html(analysis)


class _Balance(HTMLParser):
    """Every element opened is closed, in order: the inline SVG did not break the page."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def test_a_complete_well_nested_page(page):
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    checker = _Balance()
    checker.feed(page)
    assert not checker.errors and not checker.stack


def test_nothing_is_fetched_from_outside(page):
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    # every reference is to something in the page itself (SVG clip paths, reused glyphs)
    attributes = re.findall(r"""\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", page)
    urls = re.findall(r"""url\(\s*["']?([^"')]*)""", page)
    assert attributes and urls
    for reference in attributes + urls:
        assert reference.startswith(("#", "data:")), reference


def test_the_plots_are_inline(page):
    plots = page.count("<svg") + page.count("data:image/png")
    assert plots >= 3
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page


def test_every_actor_issue_and_verdict_is_shown(analysis, page):
    assert analysis.simulation is not None and analysis.simulation.cooperation
    for actor in analysis.draft.actors:
        assert escape(actor.id) in page and escape(actor.name) in page
    for issue in analysis.draft.issues:
        assert escape(issue.question) in page
        assert escape(issue.poles[0]) in page and escape(issue.poles[1]) in page
    for verdict in analysis.simulation.cooperation:
        assert f'class="verdict {verdict.verdict}"' in page
        assert escape(verdict.why) in page
        assert escape(verdict.what_would_change.text) in page
    assert "80 % interval" in page


def test_stance_evidence_is_folded_into_details(analysis, page):
    stance = next(s for i in analysis.draft.issues for s in i.stances if s.citations)
    assert "<details" in page
    assert escape(stance.citations[0].text) in page


def test_same_analysis_same_bytes(analysis, page):
    assert analysis_html(analysis) == page


def test_text_from_the_article_is_escaped():
    documents = _brief()
    hostile = '<script>alert("x")</script> & <b>bold</b>'
    documents[0] = replace(documents[0], title=hostile)
    page = analysis_html(analyze(documents, draws=0))
    assert "<script" not in page and "<b>bold" not in page
    assert escape(hostile) in page


def test_nothing_to_model_is_still_a_page():
    calm = Document(
        id="calm",
        title="A quiet day",
        date=None,
        dateline=None,
        source=None,
        url=None,
        language="en",
        paragraphs=("The weather was mild on Tuesday.",),
    )
    analysis = analyze([calm], draws=10)
    assert analysis.empty
    page = analysis_html(analysis)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "Nothing to model" in page
    reason = analysis.draft.empty_reason or ""
    assert escape(reason.removeprefix("nothing to model:").strip()) in page
    assert "A quiet day" in page
    checker = _Balance()
    checker.feed(page)
    assert not checker.errors and not checker.stack
