"""Each cleaning rule with an example of the kind found in real scraped articles."""

import pytest

from detente.ingest.boilerplate import boilerplate_rule, is_caption, strip_inline


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Advertisement", "ad-marker"),
        ("ADVERTISEMENT", "ad-marker"),
        ("AD", "ad-marker"),
        ("Story Continued Below", "ad-marker"),
        ("SHARE THIS ARTICLE Share Tweet Post Email", "share-buttons"),
        ("Play Facebook", "share-buttons"),
        ("Twitter", "share-buttons"),
        ("Sign up for our Daily Briefing newsletter", "sign-up"),
        ("Your morning news, delivered straight to your inbox", "sign-up"),
        ("By signing up, you agree to our Privacy policy and Terms and Conditions.", "sign-up"),
        ("Purchase this article for republication.", "republication"),
        (
            "Copyright © 2019 Example Media, LLC. Click here for reprint permission.",
            "republication",
        ),
        ("© 2020 Example Broadcasting Inc. All Rights Reserved.", "copyright"),
        ("More about", "read-more"),
        ("Read more:", "read-more"),
        ("RELATED: Leaders Meet Again In Vienna", "read-more"),
        ("( Also on EXAMPLE: Ten things to know about the summit)", "read-more"),
        ("More: Talks stall as deadline nears", "read-more"),
        ("Related Coverage Ministers say sanctions have had no effect", "read-more"),
        ("NOW WATCH: 'Envoy speaks at the assembly'", "read-more"),
        ("You might also be interested in:", "read-more"),
        ("JUST WATCHED Envoy speaks Replay More Videos ... MUST WATCH 02:10", "video-player"),
        (
            "Media playback is unsupported on your device Media caption Crowds gather",
            "video-player",
        ),
        ("Are you in the region? Send us your photos and experiences.", "reader-prompt"),
        ("ANALYSIS/OPINION:", "rubric"),
        ("By Example Middle East correspondent Jane Doe, Cairo", "byline"),
        ("OFFICIAL KNEW DETAILS OF THE CASE, DOCUMENTS SHOW", "caps-link"),
        ("Image copyright Getty Images", "image-credit"),
        ("Jane Doe | AFP | Getty Images", "image-credit"),
        ("Embed autoplay autoplay Copy this code to your website or blog", "embed"),
        ("Write to Jane Doe at jane.doe@example.com", "contact-line"),
        ("Follow Jane Doe on Twitter", "contact-line"),
        ("Send tips to jane@example.org.", "contact-line"),
        ("Our Standards: The Example Trust Principles.", "site-notice"),
        ("Reuter", "wire-signature"),
        ("___", "separator"),
    ],
)
def test_boilerplate_lines_are_recognised(line, rule):
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Twitter said it would suspend the accounts, a spokesman said.",
        "He refused to subscribe to the plan, officials said.",
        "The newsletter, officials said, had been sent to every embassy.",
        "Latest figures show a rise in casualties along the border.",
        "What Happens Next:",
        "- WHY IS THE SURGE HAPPENING NOW? -",
        "The Associated Press contributed to this report.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Watchdog groups said the vote was flawed.",
    ],
)
def test_reporting_and_credit_lines_are_kept(line):
    assert boilerplate_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Protesters march in the city centre on Aug. 30, 2019. (Jane Doe/AFP/Getty Images)",
        "The minister speaks in the capital on October 10, 2019. Jane Doe | AFP | Getty Images",
        "The flag flies over the consulate, September 2, 2017. REUTERS/Jane Doe",
        "The envoy (Example photo: Jane Doe)",
        "Leaders meet at the border. Photograph: Handout/Reuters",
    ],
)
def test_lines_ending_in_a_photo_credit_are_captions(line):
    assert is_caption(line)


def test_a_sentence_citing_an_agency_is_no_caption():
    assert not is_caption("He met agency reporters in the capital on Monday (Reuters).")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The bomb cost millions. (RELATED: Officials Review The Budget) Nobody knew more.",
            "The bomb cost millions. Nobody knew more.",
        ),
        (
            "The index DJIA, +0.68% rose and the S&P SPX, +0.75% too.",
            "The index rose and the S&P too.",
        ),
        (
            "Senator Jane Doe Jane Quinn DoeDoe wins in close race Other teaser MORE said no.",
            "Senator Jane Doe said no.",
        ),
        ("Facebook Twitter Pinterest Leaders meet at the border.", "Leaders meet at the border."),
    ],
)
def test_inline_boilerplate_is_cut_and_the_paragraph_kept(paragraph, expected):
    assert strip_inline(paragraph) == expected
