from datetime import date

import pytest

from detente.coder.temporal import resolve_date

FRIDAY = date(2014, 9, 26)


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("Wednesday", "2014-09-24"),
        ("on Friday", "2014-09-26"),
        ("last Friday", "2014-09-19"),
        ("Sept. 15", "2014-09-15"),
        ("December 3", "2013-12-03"),
        ("15 September", "2014-09-15"),
        ("Sept. 15, 2012", "2012-09-15"),
        ("August", "2014-08"),
        ("in October", "2013-10"),
        ("last year", "2013"),
        ("this year", "2014"),
        ("yesterday", "2014-09-25"),
        ("2011", "2011"),
    ],
)
def test_expressions_resolve_against_the_document_date(expression, iso):
    assert resolve_date(expression, FRIDAY) == iso


@pytest.mark.parametrize("expression", ["recent weeks", "the nearly four-year", "Feb. 30"])
def test_nothing_is_invented(expression):
    assert resolve_date(expression, FRIDAY) is None


def test_without_a_document_date_only_full_dates_resolve():
    assert resolve_date("Sept. 15, 2012", None) == "2012-09-15"
    assert resolve_date("Wednesday", None) is None
