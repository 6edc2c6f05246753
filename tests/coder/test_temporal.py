from datetime import date

import pytest

from detente.coder.temporal import is_later, resolve_date

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
        ("tomorrow", "2014-09-27"),
        ("2011", "2011"),
        ("next year", "2015"),
        ("last month", "2014-08"),
        ("next month", "2014-10"),
        ("last week", "2014-W38"),
        ("this week", "2014-W39"),
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


def test_months_and_weeks_cross_the_year():
    assert resolve_date("last month", date(2019, 1, 5)) == "2018-12"
    assert resolve_date("next month", date(2019, 12, 5)) == "2020-01"
    assert resolve_date("last week", date(2021, 1, 6)) == "2020-W53"


@pytest.mark.parametrize(
    ("resolved", "later"),
    [("2014-W40", True), ("2014-W39", False), ("2014-10", True), ("2014-09", False),
     ("2015", True), ("2014", False), ("2014-09-27", True), ("2014-09-26", False)],
)  # fmt: skip
def test_a_date_is_later_only_when_wholly_after_the_document_date(resolved, later):
    assert is_later(resolved, FRIDAY) is later
