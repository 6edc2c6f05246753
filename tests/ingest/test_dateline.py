import pytest

from detente.ingest.dateline import split_dateline


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("NEW YORK/WASHINGTON - The United States", "NEW YORK/WASHINGTON", "The United States"),
        ("BEIRUT (Reuters) - Syrian forces", "BEIRUT (Reuters)", "Syrian forces"),
        ("WASHINGTON — The Senate", "WASHINGTON", "The Senate"),
        ("WASHINGTON, March 3 - The House", "WASHINGTON, March 3", "The House"),
        ("MOSUL, Iraq — Iraqi forces", "MOSUL, Iraq", "Iraqi forces"),
        ("JERUSALEM—The cabinet", "JERUSALEM", "The cabinet"),
        ("Washington (CNN) The Senate", "Washington (CNN)", "The Senate"),
        ("Kiev, Ukraine (CNN) -- Protesters", "Kiev, Ukraine (CNN)", "Protesters"),
        ("Brussels (AFP) - EU ministers", "Brussels (AFP)", "EU ministers"),
        ('WASHINGTON — "We will not', "WASHINGTON", '"We will not'),
    ],
)
def test_datelines_are_split_off(paragraph, dateline, rest):
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "U.S. officials - who asked not to be named - said",
        "IS - the group - holds towns",
        "UN - The body met",
        "NATO-Russia council met on Monday",
        "The US — Russia talks stalled",
        "President Obama (D) Said nothing",
    ],
)
def test_other_openings_are_not_datelines(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)
