from detente.ingest.language import detect_language


def test_languages_are_told_apart():
    assert (
        detect_language("The two governments failed to agree on how to tackle the threat.") == "en"
    )
    assert (
        detect_language("Les deux gouvernements ne sont pas parvenus à un accord sur la menace.")
        == "fr"
    )


def test_too_little_text_is_unknown():
    assert detect_language("OK 12") is None
