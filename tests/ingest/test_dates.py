import pytest

from detente.ingest.dates import date_from_paragraphs, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 5, 2019", "2019-03-05"),
        ("5 March 2019", "2019-03-05"),
        ("Sept. 15, 2014", "2014-09-15"),
        ("2014-09-26T10:00:00Z", "2014-09-26"),
        ("26/09/2014", "2014-09-26"),
        ("31-MAR-1987 14:50:40.44", "1987-03-31"),
    ],
)
def test_full_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["Sept 25", "on Wednesday", "31/02/2019", "last year"])
def test_no_date_is_invented(text):
    assert parse_date(text) is None


def test_publication_line_near_either_end():
    assert date_from_paragraphs(["Published: 12 June 2014", "Body."]) == "2014-06-12"
    assert date_from_paragraphs(["Body.", "Updated on March 3, 2020"]) == "2020-03-03"
    assert date_from_paragraphs(["He said on March 3, 2020 that talks failed."]) is None


def test_a_line_that_is_only_a_date_near_the_top_dates_the_article():
    assert date_from_paragraphs(["Wednesday, September 11, 2019", "Body."]) == "2019-09-11"
    assert date_from_paragraphs(["12 June 2014", "Body."]) == "2014-06-12"
    assert date_from_paragraphs(["Body.", "More.", "Still more.", "June 12, 2014"]) is None
    assert date_from_paragraphs(["Talks ended on June 12, 2014.", "Body."]) is None
