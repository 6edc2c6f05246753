from detente.ingest.layout import is_hard_wrapped, looks_like_headline, paragraphs, same_text

WRAPPED = """    The minister said today the country deeply regretted the
opposition to reforms aimed at halting unwanted food production
in the community.
    He told journalists he had rounded on his counterpart during
a private meeting of party politicians on Sunday evening.
"""


def test_one_line_paragraphs_stay_apart():
    text = "A headline without a full stop\nA caption under it.\n\nThe body."
    assert paragraphs(text) == [
        "A headline without a full stop",
        "A caption under it.",
        "The body.",
    ]


def test_hard_wrapped_wire_copy_is_rejoined_at_indents():
    assert is_hard_wrapped(WRAPPED.split("\n"))
    assert paragraphs(WRAPPED) == [
        "The minister said today the country deeply regretted the opposition to reforms aimed "
        "at halting unwanted food production in the community.",
        "He told journalists he had rounded on his counterpart during a private meeting of party "
        "politicians on Sunday evening.",
    ]


def test_headlines_and_repeats():
    assert looks_like_headline("Russian suspicions make cooperation unlikely")
    assert not looks_like_headline("This is a sentence.")
    assert same_text("Talks fail: envoys leave", "talks fail  envoys leave!")
    assert not same_text("Talks fail", "Talks resume")
