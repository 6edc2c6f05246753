from detente.ingest.clean import clean_text

DUMP = """Envoys fail to agree on ceasefire terms

Envoys fail to agree on ceasefire terms
Displaced families wait at a checkpoint near the border on Sept 25. Thousands have fled.

GENEVA/BEIRUT - Envoys from both sides failed to agree on ceasefire terms on Monday, officials said.

The talks will resume next week, a spokesman said.

Advertisement

More about

Purchase this article for republication.

Your daily headlines - stories delivered straight to your inbox
By signing up, you agree to our Privacy policy and Terms and Conditions."""


def test_a_dirty_dump_comes_out_clean():
    cleaned = clean_text(DUMP, headline_first=True)
    assert cleaned.title == "Envoys fail to agree on ceasefire terms"
    assert cleaned.dateline == "GENEVA/BEIRUT"
    assert cleaned.paragraphs == (
        "Envoys from both sides failed to agree on ceasefire terms on Monday, officials said.",
        "The talks will resume next week, a spokesman said.",
    )
    assert cleaned.captions == (
        "Displaced families wait at a checkpoint near the border on Sept 25. Thousands have fled.",
    )
    rules = [rule for rule, _ in cleaned.dropped]
    assert rules == [
        "headline-repeat",
        "ad-marker",
        "read-more",
        "republication",
        "sign-up",
        "sign-up",
    ]


def test_a_known_title_is_not_taken_from_the_text():
    cleaned = clean_text("First line of the body\n\nSecond paragraph.", title="Given")
    assert cleaned.title == "Given"
    assert cleaned.paragraphs[0] == "First line of the body"


def test_leading_bylines_and_a_closing_author_bio_are_dropped():
    text = (
        "Headline here\n\nJane Doe and John Roe\n\nSpecial for EXAMPLE TODAY\n\n"
        "Troops withdrew from the town on Friday, the ministry said.\n\n"
        "• Jane Doe is a columnist and author of two books."
    )
    cleaned = clean_text(text, headline_first=True)
    assert cleaned.paragraphs == ("Troops withdrew from the town on Friday, the ministry said.",)
    assert [rule for rule, _ in cleaned.dropped] == ["byline", "byline", "author-bio"]


def test_a_dateline_deep_in_the_text_is_left_alone():
    text = "\n\n".join(["Para one ends here."] * 5 + ["PARIS - A late line."])
    assert clean_text(text).dateline is None


def test_seed_article(shared_data):
    text = (shared_data / "seed" / "000_2741d365b0e12e5f.txt").read_text()
    cleaned = clean_text(text, headline_first=True)
    assert cleaned.title == "Russian suspicions of U.S. motives in Syria make cooperation unlikely"
    assert cleaned.dateline == "NEW YORK/WASHINGTON"
    assert len(cleaned.captions) == 1 and cleaned.captions[0].startswith("Kurdish Syrian refugees")
    body = " ".join(cleaned.paragraphs)
    assert cleaned.paragraphs[0].startswith("The United States and Russia see Islamic State")
    for gone in ("More about", "republication", "AsiaOne", "By signing up", cleaned.title):
        assert gone not in body
    assert cleaned.paragraphs[-1].endswith(
        '"It didn\'t change anything," a senior US official said.'
    )
